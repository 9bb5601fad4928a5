"""The settings dialog's children tab: each child's chat names, age, country and sensitivity.

The list holds copies of the children; editing the form changes the selected copy at
once, and nothing is saved until the dialog is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guardian_app import settings as st
from guardian_app.ui.countries import COUNTRIES, country_name
from guardian_app.ui.i18n import translate

NO_AGE = st.MIN_AGE - 1  # the spin box's "not given" value
SENSITIVITY_WORDS = {
    "low": QT_TRANSLATE_NOOP("ChildrenEditor", "Fewer alerts: only serious warning signs"),
    "medium": QT_TRANSLATE_NOOP("ChildrenEditor", "Balanced (recommended)"),
    "high": QT_TRANSLATE_NOOP("ChildrenEditor", "More alerts: early warning signs too"),
}


def copy_child(child: st.Child) -> st.Child:
    return st.Child(list(child.names), child.age, child.country, child.sensitivity)


class ChildrenEditor(QWidget):
    def __init__(self, children: list[st.Child], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.children_list = [copy_child(c) for c in children]
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your children"))
        self.list.setWordWrap(True)
        self.btn_add = QPushButton(self.tr("&Add a child"))
        self.btn_remove = QPushButton(self.tr("&Remove this child"))
        self.names = QLineEdit()
        self.names.setPlaceholderText(self.tr("For example: Emma, em_draws, Emmy"))
        self.names.setAccessibleName(self.tr("Names this child uses in chats, separated by commas"))
        self.age = QSpinBox()
        self.age.setRange(NO_AGE, st.MAX_AGE)
        self.age.setSpecialValueText(self.tr("not given"))
        self.age.setAccessibleName(self.tr("This child's age"))
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country, for helplines"))
        for code, _name in sorted(COUNTRIES.items(), key=lambda kv: country_name(kv[0])):
            self.country.addItem(country_name(code), code)
        self.country.addItem(self.tr("Another country"), "")
        self.sensitivity = QComboBox()
        self.sensitivity.setAccessibleName(self.tr("How readily Guardian alerts about this child"))
        for value in st.SENSITIVITIES:
            self.sensitivity.addItem(translate("ChildrenEditor", SENSITIVITY_WORDS[value]), value)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Names used in chats:"), self.names)
        form.addRow(self.tr("A&ge:"), self.age)
        form.addRow(self.tr("C&ountry (for helplines):"), self.country)
        form.addRow(self.tr("&Sensitivity:"), self.sensitivity)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_add)
        buttons.addWidget(self.btn_remove)
        buttons.addStretch(1)
        intro = QLabel(self.tr(
            "Choose a child to change their details. Write every name the child uses in chats, "
            "so Guardian knows which side of a chat is your child. \"More alerts\" also tells "
            "you about early warning signs; \"Fewer alerts\" only about serious ones."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        self.btn_add.clicked.connect(self.add_child)
        self.btn_remove.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(self._show_child)
        self.names.textEdited.connect(self._store_form)
        self.age.valueChanged.connect(self._store_form)
        self.country.currentIndexChanged.connect(self._store_form)
        self.sensitivity.currentIndexChanged.connect(self._store_form)
        for child in self.children_list:
            self.list.addItem(self._describe(child))
        self.list.setCurrentRow(0 if self.children_list else -1)
        self._show_child(self.list.currentRow())

    def _describe(self, child: st.Child) -> str:
        age = str(child.age) if child.age is not None else self.tr("age not given")
        names = ", ".join(child.names) or self.tr("(no name yet)")
        return f"{names} ({age}, {country_name(child.country)})"

    def _show_child(self, row: int) -> None:
        child = self.children_list[row] if 0 <= row < len(self.children_list) else None
        self.form.setEnabled(child is not None)
        self.btn_remove.setEnabled(child is not None)
        if child is None:
            return
        self._loading = True
        self.names.setText(", ".join(child.names))
        self.age.setValue(child.age if child.age is not None else NO_AGE)
        found = self.country.findData(child.country)
        self.country.setCurrentIndex(found if found >= 0 else self.country.count() - 1)
        self.sensitivity.setCurrentIndex(max(0, self.sensitivity.findData(child.sensitivity)))
        self._loading = False

    def _store_form(self, *_args: object) -> None:
        row = self.list.currentRow()
        if getattr(self, "_loading", False) or not 0 <= row < len(self.children_list):
            return
        child = self.children_list[row]
        child.names = [n.strip() for n in self.names.text().split(",") if n.strip()]
        child.age = None if self.age.value() == NO_AGE else self.age.value()
        child.country = self.country.currentData() or ""
        child.sensitivity = self.sensitivity.currentData()
        self.list.item(row).setText(self._describe(child))

    def add_child(self) -> None:
        self.children_list.append(st.Child([], 12, ""))
        self.list.addItem(self._describe(self.children_list[-1]))
        self.list.setCurrentRow(len(self.children_list) - 1)
        self.names.setFocus()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.children_list):
            del self.children_list[row]
            self.list.takeItem(row)
            self._show_child(self.list.currentRow())

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def problem(self) -> tuple[int, str] | None:
        """(row, sentence) for the first child that cannot be saved; None if all can."""
        for row, child in enumerate(self.children_list):
            if not child.names:
                return row, self.tr("Each child needs at least one name used in chats.")
            if child.age is not None and not st.MIN_AGE <= child.age <= st.MAX_AGE:
                return row, self.tr("The age must be between {low} and {high}.").format(
                    low=st.MIN_AGE, high=st.MAX_AGE)
        return None
