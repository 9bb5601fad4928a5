"""Settings: children, watched folders, notifications, how long data is kept, language.

Saving validates (names, age range, folders that exist), writes through
``settings.save`` and emits ``sig_saved(Settings)``; the controller then restarts the
folder watch when the folders or the children changed. Cancel changes nothing. Values
the dialog does not edit (trusted contacts, onboarding) are re-read at save time, so a
contact trusted in the alert centre meanwhile is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guardian_app import settings as st
from guardian_app.ui import icons
from guardian_app.ui.dialogs.settings_children import ChildrenEditor, copy_child

LANGUAGE_NAMES = {"en": "English", "zh-Hans": "简体中文", "zh-Hant": "繁體中文"}  # own names


class SettingsDialog(QDialog):
    sig_saved = Signal(object)  # the saved Settings

    def __init__(self, current: st.Settings | None = None, parent: QWidget | None = None,
                 choose_folder: Callable[[QWidget], str] | None = None) -> None:
        super().__init__(parent)
        self.base = current or st.load()
        self.saved: st.Settings | None = None
        self.choose_folder = choose_folder or (lambda w: QFileDialog.getExistingDirectory(
            w, self.tr("Choose a folder for chat exports"), str(Path.home())))
        self.setWindowTitle(self.tr("Guardian: settings"))
        self.setWindowIcon(icons.icon(icons.OK))
        self.setMinimumSize(560, 480)
        self.children_tab = ChildrenEditor(self.base.children)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.addTab(self.children_tab, self.tr("Children"))
        self.tabs.addTab(self._folders_tab(), self.tr("Folders"))
        self.tabs.addTab(self._general_tab(), self.tr("Alerts, data and language"))
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(self.tr("Problem with these settings"))
        self.problem_label.setStyleSheet("color: #b71c1c; font-weight: bold")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def _folders_tab(self) -> QWidget:
        tab = QWidget()
        self.folders = QListWidget()
        self.folders.setAccessibleName(self.tr("Folders Guardian watches"))
        self.folders.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.folders.addItems(self.base.watched_folders)
        self.btn_add_folder = QPushButton(self.tr("Add a &folder…"))
        self.btn_remove_folder = QPushButton(self.tr("Stop &watching the selected folder"))
        self.btn_add_folder.clicked.connect(self.add_folder)
        self.btn_remove_folder.clicked.connect(self.remove_folder)
        intro = QLabel(self.tr("Guardian checks new chat exports saved in these folders by "
                               "itself. It never changes or deletes your files."))
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_add_folder)
        buttons.addWidget(self.btn_remove_folder)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addWidget(self.folders, 1)
        layout.addLayout(buttons)
        return tab

    def _general_tab(self) -> QWidget:
        tab = QWidget()
        self.notifications = QCheckBox(self.tr("Show a &notification when Guardian finds "
                                               "warning signs (it never shows message text)"))
        self.notifications.setChecked(self.base.notifications)
        self.retention = QComboBox()
        self.retention.setAccessibleName(self.tr("How long Guardian keeps checked chats"))
        words = {30: self.tr("30 days"), 90: self.tr("90 days"), 180: self.tr("6 months"),
                 365: self.tr("1 year"), 0: self.tr("Until I delete them")}
        for days in st.RETENTION_CHOICES:
            self.retention.addItem(words[days], days)
        if self.retention.findData(self.base.retention_days) < 0:
            self.retention.addItem(self.tr("{days} days").format(days=self.base.retention_days),
                                   self.base.retention_days)
        self.retention.setCurrentIndex(self.retention.findData(self.base.retention_days))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of Guardian's windows"))
        for code in st.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.base.language)))
        form = QFormLayout(tab)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.notifications)
        form.addRow(self.tr("&Keep checked chats and alerts for:"), self.retention)
        form.addRow(self._note(self.tr("Only Guardian's own records are affected: your saved "
                                       "export files are never changed or deleted.")))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self._note(self.tr("A new language is used in the windows you open after "
                                       "saving.")))
        return tab

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    # -- folders ----------------------------------------------------------------------
    def folder_list(self) -> list[str]:
        return [self.folders.item(i).text() for i in range(self.folders.count())]

    def add_folder(self) -> str | None:
        """Asks for a folder; one that does not exist (or is listed already) is refused."""
        folder = self.choose_folder(self)
        if not folder:
            return None
        if not Path(folder).is_dir():
            self.show_problem(self.tr("This folder cannot be found: {folder}").format(folder=folder))
            return None
        if folder in self.folder_list():
            return None
        self.folders.addItem(folder)
        self.show_problem("")
        return folder

    def remove_folder(self) -> None:
        row = self.folders.currentRow()
        if row >= 0:
            self.folders.takeItem(row)

    # -- saving -----------------------------------------------------------------------
    def show_problem(self, text: str) -> None:
        self.problem_label.setText(text)

    def collected(self) -> st.Settings:
        """The settings as chosen in the dialog (not saved), over the latest stored ones."""
        latest = st.load() if st.settings_path().exists() else st.from_dict(st.to_dict(self.base))
        latest.children = [copy_child(c) for c in self.children_tab.children_list]
        latest.watched_folders = self.folder_list()
        latest.notifications = self.notifications.isChecked()
        latest.retention_days = int(self.retention.currentData())
        latest.language = self.language.currentData()
        latest.onboarded = latest.onboarded or self.base.onboarded
        return latest

    def problem(self) -> str | None:
        """The first thing that keeps these settings from being saved, in plain words."""
        found = self.children_tab.problem()
        if found is not None:
            self.tabs.setCurrentWidget(self.children_tab)
            self.children_tab.select(found[0])
            return found[1]
        for row, folder in enumerate(self.folder_list()):
            if not Path(folder).is_dir():
                self.tabs.setCurrentIndex(1)
                self.folders.setCurrentRow(row)
                return self.tr("This folder cannot be found: {folder}. Remove it, or connect "
                               "the drive it is on.").format(folder=folder)
        return None

    def accept(self) -> None:
        problem = self.problem()
        settings = self.collected()
        if problem is None:
            try:
                st.save(settings)
            except (st.SettingsError, OSError) as exc:
                problem = self.tr("Guardian could not save the settings: {reason}").format(
                    reason=exc)
        if problem is not None:
            self.show_problem(problem)
            return
        self.saved = settings
        self.sig_saved.emit(settings)
        super().accept()
