"""The first-run wizard: what Guardian does, the children, the folders, how to export.

Finishing it saves the settings (``onboarded = True``). A parent PIN page belongs with
the security work and is not part of this wizard yet.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from guardian_app import settings as st
from guardian_app.ui import icons
from guardian_app.ui.dialogs.onboarding_pages import ChildrenPage, FoldersPage, describe
from guardian_app.ui.i18n import translate
from guardian_app.ui.widgets.export_help import ExportHelp

WELCOME_HTML = QT_TRANSLATE_NOOP(
    "OnboardingWizard",
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
        self.setTitle(self.tr("How to save a chat"))
        self.setSubTitle(self.tr("Each app saves chats differently. Pick an app to see its steps."))
        self.help = ExportHelp()
        QVBoxLayout(self).addWidget(self.help)


class DonePage(QWizardPage):
    def __init__(self, wizard: OnboardingWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Check your choices, then press Finish."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of your choices"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        s = self._wizard.collected()
        kids = "".join(f"<li>{escape(describe(c))}</li>" for c in s.children)
        folders = "".join(f"<li>{escape(f)}</li>" for f in s.watched_folders) \
            or "<li>{}</li>".format(escape(self.tr("none yet")))
        tray = self.tr("Guardian will sit in the tray (near the clock). It tells you when it "
                       "finds something, without showing any message text in the "
                       "notification. You can change all of this later in Settings.")
        kids_title, folders_title = self.tr("Children:"), self.tr("Folders Guardian watches:")
        self.summary.setText(
            f"<p>{escape(kids_title)}</p><ul>{kids}</ul>"
            f"<p>{escape(folders_title)}</p><ul>{folders}</ul><p>{escape(tray)}</p>")


class OnboardingWizard(QWizard):
    """Emits ``sig_saved(Settings)`` after finishing saved the settings."""

    sig_saved = Signal(object)

    def __init__(self, current: st.Settings | None = None, parent: QWidget | None = None,
                 choose_folder: Callable[[QWidget], str] | None = None) -> None:
        super().__init__(parent)
        self.base = current or st.Settings()
        self.setWindowTitle(self.tr("Welcome to Guardian"))
        self.setWindowIcon(icons.icon(icons.OK))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(620, 520)
        self.resize(760, 600)
        self.welcome = _text_page(
            self.tr("Welcome to Guardian"), self.tr("What Guardian does, and what it never does."),
            translate("OnboardingWizard", WELCOME_HTML))
        self.children_page = ChildrenPage()
        self.folders_page = FoldersPage(choose=choose_folder)
        self.export_page = ExportHelpPage()
        self.done_page = DonePage(self)
        for page in (self.welcome, self.children_page, self.folders_page, self.export_page,
                     self.done_page):
            self.addPage(page)
        for which, name in ((QWizard.WizardButton.NextButton, self.tr("Next page")),
                            (QWizard.WizardButton.BackButton, self.tr("Previous page")),
                            (QWizard.WizardButton.FinishButton, self.tr("Finish and start Guardian")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel set-up"))):
            self.button(which).setAccessibleName(name)
        # PySide6-Essentials ships no Qt catalogue for Chinese: Guardian names the buttons.
        for which, text in ((QWizard.WizardButton.NextButton, self.tr("&Next >")),
                            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
                            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(which, text)
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
            self.done_page.summary.setText(
                self.tr("Guardian could not save your choices: {reason}").format(reason=exc))
            return
        self.saved = settings
        self.sig_saved.emit(settings)
        super().accept()
