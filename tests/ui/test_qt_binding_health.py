"""A guard against a Qt binding that mismanages Python's reference counts.

PySide6 6.12.0 on Python 3.11 released a reference to None on every Qt call that returns
nothing; after a few thousand calls (minutes of a normal session) the interpreter aborted
with 'none_dealloc'. pyproject.toml excludes that release; this test fails if a binding
with the same fault is ever installed.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_leave_none_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.setEnabled(True)
    assert sys.getrefcount(None) >= before - 10
