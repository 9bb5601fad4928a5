"""The two pages of the first-run wizard that collect something: children and folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from guardian_app import settings as st
from guardian_app.ui.countries import country_name, sorted_countries
from guardian_app.ui.i18n import translate


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ChildForm(QWidget):
    """Names used in chats, age and country of one child."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = QLineEdit()
        self.names.setPlaceholderText(self.tr("For example: Emma, em_draws, Emmy"))
        self.names.setAccessibleName(self.tr("Names your child uses in chats, separated by commas"))
        self.age = QSpinBox()
        self.age.setRange(st.MIN_AGE, st.MAX_AGE)
        self.age.setValue(12)
        self.age.setMaximumWidth(140)
        self.age.setAccessibleName(self.tr("Your child's age"))
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country you live in, for helplines"))
        for code, name in sorted_countries():
            self.country.addItem(name, code)
        self.country.addItem(self.tr("Another country"), "")
        self.country.setCurrentIndex(self.country.findData("GB"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Names used in chats:"), self.names)
        form.addRow(self.tr("&Age:"), self.age)
        form.addRow(self.tr("&Country (for helplines):"), self.country)

    def child(self) -> st.Child | None:
        names = [n.strip() for n in self.names.text().split(",") if n.strip()]
        if not names:
            return None
        return st.Child(names, self.age.value(), self.country.currentData() or "")

    def clear(self) -> None:
        self.names.clear()


def describe(child: st.Child) -> str:
    return translate("ChildForm", "{names} (age {age}, {country})").format(
        names=", ".join(child.names), age=child.age, country=country_name(child.country))


class ChildrenPage(QWizardPage):
    """Adds each child; the wizard goes on once at least one child is listed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your children"))
        self.setSubTitle(self.tr("Add each child whose chats you want Guardian to check."))
        self.children_added: list[st.Child] = []
        self.form = ChildForm()
        self.btn_add = QPushButton(self.tr("&Add this child"))
        self.btn_add.setAccessibleName(self.tr("Add this child to the list"))
        self.btn_remove = QPushButton(self.tr("&Remove selected"))
        self.btn_remove.setAccessibleName(self.tr("Remove the selected child from the list"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Children added"))
        self.list.setWordWrap(True)
        self.btn_add.clicked.connect(self.add_child)
        self.btn_remove.clicked.connect(self.remove_selected)
        self.form.names.textChanged.connect(self.completeChanged)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_add)
        buttons.addWidget(self.btn_remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr(
            "Write every name your child uses in chats: first name, nickname, user names. "
            "Guardian uses them to know which side of a chat is your child. The country "
            "chooses which helplines Guardian shows you.")))
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        listed = _label(self.tr("Children you added:"))
        listed.setBuddy(self.list)
        layout.addWidget(listed)
        layout.addWidget(self.list, 1)

    def add_child(self) -> bool:
        child = self.form.child()
        if child is None:
            self.form.names.setFocus()
            return False
        self.children_added.append(child)
        self.list.addItem(describe(child))
        self.form.clear()
        self.completeChanged.emit()
        return True

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            del self.children_added[row]
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.children_added) or self.form.child() is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.form.child() is not None:  # typed but not added: add it for the parent
            self.add_child()
        return bool(self.children_added)


class FoldersPage(QWizardPage):
    """Chooses the folder(s) Guardian watches for new exports (optional)."""

    def __init__(self, parent: QWidget | None = None,
                 choose: Callable[[QWidget], str] | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where you will save the chats"))
        self.setSubTitle(self.tr("Guardian checks new chat exports in these folders by itself."))
        self.choose = choose or (lambda w: QFileDialog.getExistingDirectory(
            w, self.tr("Choose a folder for chat exports"), str(Path.home())))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Folders Guardian watches"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.btn_add = QPushButton(self.tr("Add a &folder…"))
        self.btn_add.setAccessibleName(self.tr("Add a folder to watch"))
        self.btn_remove = QPushButton(self.tr("&Remove selected"))
        self.btn_remove.setAccessibleName(self.tr("Stop watching the selected folder"))
        self.btn_add.clicked.connect(self.add_folder)
        self.btn_remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_add)
        buttons.addWidget(self.btn_remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr(
            "Make one folder for exports, for example Documents → Guardian exports, and add "
            "it here. You can skip this and check files by hand from the tray menu.")))
        layout.addLayout(buttons)
        listed = _label(self.tr("Folders Guardian watches:"))
        listed.setBuddy(self.list)
        layout.addWidget(listed)
        layout.addWidget(self.list, 1)

    def folders(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add_folder(self) -> str | None:
        folder = self.choose(self)
        if not folder or folder in self.folders():
            return None
        self.list.addItem(folder)
        return folder

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
