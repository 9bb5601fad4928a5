"""Localised WhatsApp bodies: system notices, media placeholders and deleted markers."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardian_app.importers.registry import ExportFile, read_export
from guardian_app.importers.whatsapp_body import classify, media_kind

LRM = "\u200e"


def one_line(tmp_path: Path, line: str):
    path = tmp_path / "chat.txt"
    path.write_text(line + "\n[3/15/24, 9:00:00 PM] Ana: ok\n", encoding="utf-8")
    (c,) = read_export(ExportFile(path))
    return c.messages[0]


@pytest.mark.parametrize(
    "body",
    [
        "Ana added Ben",  # en
        "Ana hat Ben hinzugefügt",  # de
        "Ana añadió a Ben",  # es
        "Ana adicionou Ben",  # pt
        "Ana a ajouté Ben",  # fr
        "Ana heeft Ben toegevoegd",  # nl
        "Ана добавил(а) Бена",  # ru
        "Ana ha aggiunto Ben",  # it
        "Ana menambahkan Ben",  # id
        "Ana 添加了 Ben",  # zh
        "Los mensajes y las llamadas están cifrados de extremo a extremo.",
        "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.",
        "Les messages et les appels sont chiffrés de bout en bout.",
        "I messaggi e le chiamate sono crittografati end-to-end.",
        "Pesan dan panggilan terenkripsi secara end-to-end.",
        "消息和通话都进行端到端加密。",
        "Сообщения и звонки защищены сквозным шифрованием.",
        "Votre code de sécurité avec Ben a changé.",
    ],
)
def test_ios_system_lines_carry_the_chat_name(tmp_path: Path, body: str) -> None:
    message = one_line(tmp_path, f"[3/14/24, 9:05:12 PM] Class 7B: {LRM}{body}")
    assert message.kind == "system"
    assert message.sender is None
    assert message.text == body


def test_a_person_typing_a_system_phrase_stays_text(tmp_path: Path) -> None:
    message = one_line(tmp_path, "[3/14/24, 9:05:12 PM] Ana: I added Ben to the list")
    assert (message.kind, message.sender) == ("text", "Ana")


def test_android_notice_with_a_colon_inside_quotes(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text(
        '14/03/2024, 21:06 - Ana changed the subject from "Trip: day 1" to "Trip"\n'
        "14/03/2024, 21:07 - Ben: nice\n",
        encoding="utf-8",
    )
    (c,) = read_export(ExportFile(path))
    assert c.messages[0].kind == "system" and c.messages[0].sender is None
    assert c.participants == ["Ben"]


@pytest.mark.parametrize(
    ("body", "media", "text"),
    [
        ("<Media omitted>", ("other",), ""),
        ("<media omitted>\nlook", ("other",), "look"),
        ("<Medien ausgeschlossen>", ("other",), ""),
        ("<Media weggelaten>", ("other",), ""),
        ("<multimedia omitido>", ("other",), ""),
        ("<Без медиафайлов>", ("other",), ""),
        ("<Media omitted>\nHomework.pdf", ("document",), ""),
        (f"{LRM}image omitted", ("image",), ""),
        (f"{LRM}Bild weggelassen", ("image",), ""),
        (f"{LRM}Contact card omitted", ("contact",), ""),
        (f"Notes.pdf • {LRM}2 pages {LRM}document omitted", ("document",), ""),
        (f"{LRM}<attached: 00000035-PHOTO-2024-03-14-21-05-12.jpg>", ("image",), ""),
        (
            f"so pretty {LRM}<attached: 00000036-PHOTO-2024-03-14-21-05-13.jpg>",
            ("image",),
            "so pretty",
        ),
        (f"{LRM}<attached: 00000040-STICKER-2024-03-14-21-05-14.webp>", ("sticker",), ""),
        (f"{LRM}<attached: 00000041-GIF-2024-03-14-21-05-15.mp4>", ("gif",), ""),
        (f"Essay.docx {LRM}<attached: 00000042-Essay.docx>", ("document",), ""),
        ("IMG-20240314-WA0001.jpg (file attached)\nat the park", ("image",), "at the park"),
        (f"{LRM}PTT-20240314-WA0002.opus (bestand bijgevoegd)", ("audio",), ""),
        ("Foto.jpg (Datei angehängt)", ("image",), ""),
        ("DOC-20240314-WA0003.pdf (archivo adjunto)", ("document",), ""),
        (f"{LRM}Location: https://maps.google.com/?q=1.0,2.0", ("location",), ""),
        ("location: https://maps.google.com/?q=1.0,2.0", ("location",), ""),
        ("null", ("other",), ""),
    ],
)
def test_media_placeholders(body: str, media: tuple[str, ...], text: str) -> None:
    result = classify(body)
    assert (result.kind, result.media, result.text) == ("media", media, text)


@pytest.mark.parametrize(
    ("body", "by_owner"),
    [
        ("This message was deleted", False),
        (f"{LRM}You deleted this message.", True),
        (f"{LRM}Diese Nachricht wurde gelöscht.", False),
        ("Se eliminó este mensaje.", False),
        ("Esta mensagem foi apagada", False),
        ("Ce message a été supprimé", False),
        ("Dit bericht is verwijderd", False),
        ("U hebt dit bericht verwijderd", True),
        ("Данное сообщение удалено", False),
        ("Questo messaggio è stato eliminato", False),
        ("Pesan ini telah dihapus", False),
        ("此消息已删除", False),
    ],
)
def test_deleted_markers(body: str, by_owner: bool) -> None:
    result = classify(body)
    assert (result.kind, result.text, result.by_owner) == ("deleted", "", by_owner)


def test_text_is_cleaned_but_keeps_its_words() -> None:
    result = classify(
        "see\u202fyou\u00a0at\u200e 5\nbring the \U0001f468\u200d\U0001f469"
        " <This message was edited>"
    )
    assert result.kind == "text"
    assert result.text == "see you at 5\nbring the \U0001f468\u200d\U0001f469"


def test_media_kind_from_file_names() -> None:
    assert media_kind("VID-20240314-WA0001.mp4") == "video"
    assert media_kind("AUD-20240314-WA0001.m4a") == "audio"
    assert media_kind("00000046-Some file.txt") == "document"
    assert media_kind("Alex.vcf") == "contact"


def test_russian_android_file_name_with_kontaktom_names_the_contact():
    from guardian_app.importers.whatsapp_names import title_from_name

    assert title_from_name("Чат WhatsApp с контактом Олег.txt") == "Олег"
    assert title_from_name("Чат WhatsApp с Олег.txt") == "Олег"
