"""`guardian report` end to end: the PDF's text, exit codes, and that nothing else is written."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from guardian_app.cli import main
from guardian_app.reports import SIGNAL_SENTENCE

TESTS = Path(__file__).resolve().parents[1]
JAKE = TESTS / "fixtures" / "chats" / "grooming_jake.txt"
AJIE = Path(__file__).resolve().parent / "fixtures" / "WhatsApp Chat with 阿杰.txt"
MEDIA_NAME = "IMG-20240404-WA0007"

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private system temp folder, so a stray temporary copy would be caught."""
    folder = tmp_path / "systemp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


def test_report_for_grooming_chat_writes_only_the_pdf(tmp_path, capsys, monkeypatch, private_tmp, _private_profile):
    chats = tmp_path / "chats"
    chats.mkdir()
    chat = chats / "WhatsApp Chat with Jake.txt"
    shutil.copy(JAKE, chat)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    before = files_under(chats)

    code = main(["report", str(chat), "--child", "Emma", "-o", "case.pdf"])

    assert code == 0
    assert "1 contact(s) with an alert" in capsys.readouterr().out
    assert files_under(work) == {work / "case.pdf"}
    assert (work / "case.pdf").read_bytes().startswith(b"%PDF-")
    assert files_under(chats) == before
    assert not files_under(private_tmp), "the report left temporary files"
    assert not files_under(_private_profile), "the report wrote into the profile"


@needs_pdftotext
def test_grooming_pdf_states_the_signal_and_shows_the_evidence(tmp_path, capsys):
    pdf = tmp_path / "case.pdf"
    assert main(["report", str(JAKE), "--child", "Emma", "-o", str(pdf)]) == 0
    text = pdf_text(pdf)
    assert SIGNAL_SENTENCE in text
    assert "Guardian 0.1.0" in text and "guardian-risk" in text
    assert "Contact: Jake" in text
    assert "send me a pic of you rn, just for me" in text  # an evidence line
    assert "Sign: Asked for photos" in text
    assert "mostly the school one" in text  # context before the first evidence message
    assert "What to do now" in text and "Sources" in text


@needs_pdftotext
def test_chinese_chat_renders_and_shows_media_only_as_a_placeholder(tmp_path, capsys):
    pdf = tmp_path / "案例.pdf"
    assert main(["report", str(AJIE), "--child", "小雨", "--country", "cn", "-o", str(pdf)]) == 0
    text = pdf_text(pdf)
    assert "Contact: 阿杰" in text
    assert "发一张你现在的照片给我，只给我看" in text
    assert "[a photo was shared here — not opened]" in text
    assert MEDIA_NAME not in text and ".jpg" not in text
    assert "Where to get help (CN)" in text


def test_chinese_text_is_set_in_an_embedded_cjk_font_when_one_is_installed(tmp_path, capsys):
    from guardian_app.reports.fonts import register_fonts

    fonts = register_fonts()
    pdf = tmp_path / "zh.pdf"
    assert main(["report", str(AJIE), "--child", "小雨", "-o", str(pdf)]) == 0
    data = pdf.read_bytes()
    assert f"/BaseFont /AAAAAA+{fonts.cjk_face}".encode() in data or f"/BaseFont /{fonts.cjk_face}".encode() in data
    assert (b"STSong-Light" in data) == (not fonts.cjk_embedded)


def test_unreadable_input_still_gives_a_report_and_exit_1(tmp_path, capsys):
    junk = tmp_path / "notes.bin"
    junk.write_bytes(b"\x00\x01 not a chat at all")
    pdf = tmp_path / "r.pdf"
    assert main(["report", str(JAKE), str(junk), "-o", str(pdf)]) == 1
    assert pdf.is_file()
    assert "Could not read" in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["-o", "{tmp}"], "is a folder"),
    (["-o", "{tmp}/missing/r.pdf"], "does not exist"),
    (["-o", "{tmp}/r.pdf", "--country", "United Kingdom"], "two-letter"),
    (["-o", str(JAKE)], "written over or inside an input"),
])
def test_usage_errors_exit_2_and_write_nothing(tmp_path, capsys, args, message):
    before = files_under(tmp_path)
    code = main(["report", str(JAKE), *[a.format(tmp=tmp_path) for a in args]])
    assert code == 2
    assert message in capsys.readouterr().err
    assert files_under(tmp_path) == before


def test_missing_output_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["report", str(JAKE)])
    assert exc.value.code == 2


def test_unwritable_output_exits_1(tmp_path, capsys, monkeypatch):
    import builtins

    real_open = builtins.open

    def failing_open(file, mode="r", *a, **kw):  # noqa: ANN001
        if str(file).endswith("denied.pdf") and "w" in mode:
            raise PermissionError(13, "Permission denied")
        return real_open(file, mode, *a, **kw)

    monkeypatch.setattr(builtins, "open", failing_open)
    assert main(["report", str(JAKE), "-o", str(tmp_path / "denied.pdf")]) == 1
    assert "could not write the report" in capsys.readouterr().err


_GUARDED_REPORT = r"""
import json, os, sys
sys.dont_write_bytecode = True
writes, network = [], []
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
def hook(event, args):
    if event.startswith(("socket.", "urllib.", "http.", "ftplib.", "smtplib.")) or event == "webbrowser.open":
        network.append(event)
        raise RuntimeError("network use blocked by the test: " + event)
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        mode, flags = args[1], args[2] or 0
        if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (mode is None and flags & WRITE_FLAGS):
            writes.append(os.fsdecode(args[0]))
    elif event in ("os.mkdir", "os.rename", "os.remove", "shutil.copyfile", "os.symlink"):
        writes.append(event + ":" + os.fsdecode(args[0]))
sys.addaudithook(hook)
from guardian_app.cli import main
code = main(["report", *sys.argv[1:]])
sys.stderr.write("\nAUDIT=" + json.dumps({"writes": writes, "network": network}) + "\n")
sys.exit(code)
"""


def test_report_opens_nothing_for_writing_but_the_pdf_and_uses_no_network(tmp_path):
    import json
    import os
    import sys

    pdf = tmp_path / "case.pdf"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run([sys.executable, "-c", _GUARDED_REPORT, str(JAKE), str(AJIE), "--country", "GB",
                           "-o", str(pdf)], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    audit = json.loads(proc.stderr.rsplit("AUDIT=", 1)[1])
    assert audit["network"] == []
    assert audit["writes"] == [str(pdf)]
