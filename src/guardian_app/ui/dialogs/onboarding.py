"""The first-run wizard: what Guardian does, the children, the folders, how to export.

Finishing it saves the settings (``onboarded = True``). A parent PIN page belongs with
the security work and is not part of this wizard yet.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from guardian_app import settings as st
from guardian_app.ui import icons
from guardian_app.ui.dialogs.onboarding_pages import ChildrenPage, FoldersPage, describe
from guardian_app.ui.widgets.export_help import ExportHelp

WELCOME_HTML = (
    "<p>Guardian reads chats you saved (\"exported\") from your child's apps and looks for "
    "the tactics adults use to groom children online: asking for secrecy, offering gifts, "
    "asking for photos, pushing to meet.</p>"
    "<p><b>What Guardian does</b></p><ul>"
    "<li>Checks saved chats and tells you in plain words what it noticed and why it matters.</li>"
    "<li>Suggests calm next steps and helplines in your country.</li></ul>"
    "<p><b>What Guardian does not do</b></p><ul>"
    "<li>It does not read your child's phone or accounts. It only reads files you save.</li>"
    "<li>It never opens photos, videos or voice messages. It only notes that they were there.</li>"
    "<li>It is not a verdict. A warning is a reason to look closer and talk, not proof.</li></ul>"
    "<p><b>Our privacy promise:</b> everything stays on this computer. Guardian never "
    "connects to the internet and sends nothing to anyone.</p>"
)


def _text_page(title: str, subtitle: str, html: str) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(title)
    page.setSubTitle(subtitle)
    label = QLabel(html)
    label.setWordWrap(True)
    label.setAccessibleName(title)
    layout = QVBoxLayout(page)
    layout.addWidget(label)
    layout.addStretch(1)
    return page


class ExportHelpPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle("How to save a chat")
        self.setSubTitle("Each app saves chats differently. Pick an app to see its steps.")
        self.help = ExportHelp()
        QVBoxLayout(self).addWidget(self.help)


class DonePage(QWizardPage):
    def __init__(self, wizard: OnboardingWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Ready")
        self.setSubTitle("Check your choices, then press Finish.")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Summary of your choices")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        s = self._wizard.collected()
        kids = "".join(f"<li>{escape(describe(c))}</li>" for c in s.children)
        folders = "".join(f"<li>{escape(f)}</li>" for f in s.watched_folders) or "<li>none yet</li>"
        self.summary.setText(
            f"<p>Children:</p><ul>{kids}</ul><p>Folders Guardian watches:</p><ul>{folders}</ul>"
            "<p>Guardian will sit in the tray (near the clock). It tells you when it finds "
            "something, without showing any message text in the notification. You can "
            "change all of this later in Settings.</p>")


class OnboardingWizard(QWizard):
    """Emits ``sig_saved(Settings)`` after finishing saved the settings."""

    sig_saved = Signal(object)

    def __init__(self, current: st.Settings | None = None, parent: QWidget | None = None,
                 choose_folder: Callable[[QWidget], str] | None = None) -> None:
        super().__init__(parent)
        self.base = current or st.Settings()
        self.setWindowTitle("Welcome to Guardian")
        self.setWindowIcon(icons.icon(icons.OK))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(620, 520)
        self.resize(760, 600)
        self.welcome = _text_page(
            "Welcome to Guardian", "What Guardian does, and what it never does.", WELCOME_HTML)
        self.children_page = ChildrenPage()
        self.folders_page = FoldersPage(choose=choose_folder)
        self.export_page = ExportHelpPage()
        self.done_page = DonePage(self)
        for page in (self.welcome, self.children_page, self.folders_page, self.export_page,
                     self.done_page):
            self.addPage(page)
        for which, name in ((QWizard.WizardButton.NextButton, "Next page"),
                            (QWizard.WizardButton.BackButton, "Previous page"),
                            (QWizard.WizardButton.FinishButton, "Finish and start Guardian"),
                            (QWizard.WizardButton.CancelButton, "Cancel set-up")):
            self.button(which).setAccessibleName(name)
        self.saved: st.Settings | None = None

    def collected(self) -> st.Settings:
        """The settings as chosen so far (not saved)."""
        s = st.from_dict(st.to_dict(self.base))
        s.children = list(self.children_page.children_added)
        s.watched_folders = self.folders_page.folders()
        s.onboarded = True
        return s

    def accept(self) -> None:
        settings = self.collected()
        try:
            st.save(settings)
        except (st.SettingsError, OSError) as exc:
            self.done_page.summary.setText(f"Guardian could not save your choices: {exc}")
            return
        self.saved = settings
        self.sig_saved.emit(settings)
        super().accept()
