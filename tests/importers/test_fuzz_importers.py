"""Property-based fuzzing of every importer in ``registry.FORMATS`` (hypothesis).

For any bytes, and for near-valid files made by damaging the format's own fixtures (bytes
inserted, deleted or replaced, format tokens spliced in, the file cut short), reading an export
either gives well-formed conversations or raises :class:`ExportError`; never another exception,
never the registry's "unexpected problem" safety net (that would be a parser bug), and never a
hang. Sniffers never raise and stay within 0..1. Runs are derandomised so CI is reproducible.
"""

from __future__ import annotations

import io
import signal
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from guardian_app.domain import DELETED, MEDIA, SYSTEM, TEXT, Conversation
from guardian_app.importers.registry import FORMATS, ExportError, ExportFile, detect, discover, read_export

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MAX_SEED_BYTES = 64 * 1024
TIME_LIMIT = 10  # seconds one read may take before it counts as a hang
FUZZ = settings(
    max_examples=80,
    derandomize=True,
    database=None,
    deadline=None,  # hangs are caught by the alarm below, which also interrupts them
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TOKENS = [
    b"\n", b"\r\n", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xc3", b"\xe2\x80\xae", b"\\", b"\\u",
    b"\\ud83d", b'"', b"'", b",", b":", b";", b"{", b"}", b"[", b"]", b"<", b">", b"</", b"&", b"&#55357;", b"&#0;",
    b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"<![CDATA[", b"<!--", b"null", b"true", b"NaN", b"1e999", b"-0",
    b"99999999999999999999", b"1710446712.000200", b'"ts": "1"', b'"timestamp_ms": -1', b'"date": "2024-02-30"',
    b"31/12/99, 25:61 - ", b"[2024-01-01 00:00:00] ", b"2024-13-45 ", b"\t", b"\xe3\x80\x80", b"=" * 62,
    b'"subtype": ["x"], ', b'"type": {}, ', b'"user": [], ', b'"text": [[]], ', b'"from": 7, ',  # wrong JSON types
]  # fmt: skip


def _seeds() -> dict[str, list[tuple[str, bytes]]]:
    """Each format's fixture files (as detected), keyed by format name: (relative path, bytes)."""
    found: dict[str, list[tuple[str, bytes]]] = {}
    for path in sorted(p for p in FIXTURES.rglob("*") if p.is_file()):
        if path.stat().st_size > MAX_SEED_BYTES:
            continue
        fmt = detect(ExportFile(path))
        if fmt:
            found.setdefault(fmt[0], []).append((path.relative_to(FIXTURES).as_posix(), path.read_bytes()))
    return found


SEEDS = _seeds()
# Bugs these tests found in other modules, expected to fail until fixed (strict: a fix must
# remove the entry). generic_rows.header_delimiter feeds a first line holding a lone "\r" to
# csv.reader, which raises csv.Error from generic.sniff and generic.parse.
KNOWN_BUGS: dict[str, type[Exception]] = {}


def _known_bug(module: ModuleType) -> pytest.MarkDecorator | tuple[()]:
    raises = KNOWN_BUGS.get(module.NAME)
    return pytest.mark.xfail(raises=raises, strict=True, reason="known importer bug") if raises else ()


def _formats_with_known_bugs() -> list[object]:
    return [pytest.param(m, id=m.NAME, marks=_known_bug(m)) for m in FORMATS]


class Hang(BaseException):  # a BaseException, so no importer's ``except Exception`` can swallow it
    pass


@contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    if sys.platform == "win32" or not hasattr(signal, "setitimer"):
        yield
        return

    def _raise(signum: int, frame: object) -> None:
        raise Hang(f"reading took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@st.composite
def damaged(draw: st.DrawFn, seeds: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """A fixture file with a few random edits, perhaps cut short."""
    name, data = draw(st.sampled_from(seeds))
    buf = bytearray(data)
    for _ in range(draw(st.integers(0, 6))):
        pos = draw(st.integers(0, len(buf)))
        op = draw(st.sampled_from(["insert", "token", "delete", "replace"]))
        if op == "insert":
            buf[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        elif op == "token":
            buf[pos:pos] = draw(st.sampled_from(TOKENS)) * draw(st.integers(1, 3))
        elif op == "delete":
            del buf[pos : pos + draw(st.integers(1, 64))]
        else:
            buf[pos : pos + 1] = bytes([draw(st.integers(0, 255))])
    if draw(st.booleans()):
        del buf[draw(st.integers(0, len(buf))) :]
    return name, bytes(buf)


def _check_conversation(conv: Conversation) -> None:
    assert isinstance(conv, Conversation)
    assert [m.index for m in conv.messages] == list(range(len(conv.messages)))
    assert all(m.kind in (TEXT, MEDIA, SYSTEM, DELETED) for m in conv.messages)
    assert all(isinstance(m.text, str) for m in conv.messages) and conv.skipped >= 0


def _read(relative: str, data: bytes) -> None:
    """Writes the bytes where the fixture lived (same name, same folder names) and reads them."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        with _time_limit(TIME_LIMIT):
            try:
                conversations = read_export(ExportFile(path))
            except ExportError as exc:
                assert "unexpected problem" not in str(exc), repr(exc.__cause__)  # a parser bug
                return
        assert isinstance(conversations, list)
        for conv in conversations:
            _check_conversation(conv)


def _module_id(module: ModuleType) -> str:
    return str(module.NAME)


@pytest.mark.parametrize("module", FORMATS, ids=_module_id)
def test_damaged_fixtures_give_conversations_or_export_error(module: ModuleType) -> None:
    seeds = SEEDS.get(module.NAME)
    if not seeds:
        pytest.skip(f"no fixture in tests/fixtures is detected as {module.NAME}")

    @FUZZ
    @given(damaged(seeds))
    def run(case: tuple[str, bytes]) -> None:
        _read(*case)

    run()


@pytest.mark.parametrize("module", _formats_with_known_bugs())
def test_each_parser_alone_raises_only_export_error(module: ModuleType) -> None:
    """The registry turns a parser's stray exception into an error; this finds the stray ones."""
    seeds = SEEDS.get(module.NAME)
    if not seeds:
        pytest.skip(f"no fixture in tests/fixtures is detected as {module.NAME}")

    name, data = seeds[0]
    lone_cr = (name, data[:5] + b"\r" + data[5:])  # old Mac line ends, half converted

    @FUZZ
    @given(damaged(seeds))
    @example(lone_cr)
    def run(case: tuple[str, bytes]) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / case[0]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(case[1])
            with _time_limit(TIME_LIMIT):
                try:
                    conversations = module.parse(ExportFile(path))
                except ExportError:
                    return
            for conv in conversations:
                _check_conversation(conv)

    run()


@pytest.mark.parametrize("module", FORMATS, ids=_module_id)
def test_any_bytes_under_a_format_file_name_give_conversations_or_export_error(module: ModuleType) -> None:
    names = [name for name, _ in SEEDS.get(module.NAME, [])] or ["export" + module.EXTENSIONS[0]]

    @settings(FUZZ, max_examples=20)
    @given(st.sampled_from(names), st.binary(max_size=4096))
    def run(name: str, data: bytes) -> None:
        _read(name, data)

    run()


@pytest.mark.parametrize("module", _formats_with_known_bugs())
def test_sniffers_never_raise(module: ModuleType) -> None:
    heads = st.binary(max_size=8192)
    if SEEDS.get(module.NAME):
        heads = heads | damaged(SEEDS[module.NAME]).map(lambda case: case[1][:8192])
    names = st.sampled_from(["", "a.txt", "_chat.txt", "result.json", "messages.html", "2024-03-14.json",
                             "message_1.json", "sms-1.xml", "chat.db", "x.guardian.csv", "é ü.json"]) | st.text()

    @settings(FUZZ, max_examples=80)
    @given(heads, names)
    @example(b"timestamp,sender\r,text\n", "x.csv")  # a lone CR in the first line
    def run(head: bytes, name: str) -> None:
        score = module.sniff(head, name)
        assert isinstance(score, float | int) and 0.0 <= score <= 1.0

    run()


def _zipped(members: list[tuple[str, bytes]], method: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


# Stored zips let damage reach the members' text; deflated ones exercise the decompressor.
ZIP_SEEDS = [(f"{fmt}-{method}.zip", _zipped(SEEDS[fmt], method)) for fmt in sorted(SEEDS) if len(SEEDS[fmt]) < 12
             for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)]


@settings(FUZZ, max_examples=80)
@given(damaged(ZIP_SEEDS))
def test_damaged_zips_of_fixtures_only_raise_export_error(case: tuple[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / case[0]
        path.write_bytes(case[1])
        with _time_limit(TIME_LIMIT):
            try:
                for ef in discover(path):
                    for conv in read_export(ef):
                        _check_conversation(conv)
            except ExportError as exc:
                assert "unexpected problem" not in str(exc), repr(exc.__cause__)


def test_the_alarm_really_interrupts_a_hang() -> None:
    if sys.platform == "win32":
        pytest.skip("SIGALRM is POSIX only")
    with pytest.raises(Hang), _time_limit(1):
        while True:
            pass
