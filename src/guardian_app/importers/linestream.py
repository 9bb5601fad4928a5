"""Reading a text export line by line without ever holding the whole file in memory.

Used by the LINE, QQ and WeChat text importers. A BOM picks UTF-8 / UTF-16 / UTF-32; without
one the bytes are read as UTF-8. Undecodable bytes become U+FFFD and are counted
(reliability-security.md section 5), and a pathological line is cut into bounded pieces.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator

from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.textdecode import detect_bom, looks_binary

CHUNK = 64 * 1024
MAX_LINE = 1024 * 1024  # characters; a longer "line" is split rather than held whole


def _read(stream, ef: ExportFile) -> bytes:  # type: ignore[no-untyped-def]
    try:
        return stream.read(CHUNK)
    except ExportError:
        raise
    except (OSError, EOFError, ValueError) as exc:
        raise ExportError(f"Could not read {ef.display}: {type(exc).__name__}.") from exc


class TextLines:
    """Iterates the lines of an export (without line endings). ``replaced`` counts characters
    that could not be decoded; ``encoding`` is known once iteration has started."""

    def __init__(self, ef: ExportFile, label: str) -> None:
        self._ef = ef
        self._label = label
        self.replaced = 0
        self.encoding = "utf-8"

    def __iter__(self) -> Iterator[str]:
        with self._ef.open() as stream:
            first = _read(stream, self._ef)
            if not first.strip():
                raise self.error("the file is empty")
            if looks_binary(first):
                raise self.error("it is not a text file")
            encoding, skip = detect_bom(first)
            self.encoding = encoding or "utf-8"
            decoder = codecs.getincrementaldecoder(self.encoding)(errors="replace")
            data, carry = first[skip:], ""
            while True:
                final = not data
                text = decoder.decode(data, final=final)
                self.replaced += text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
                carry += text
                lines = carry.split("\n")
                carry = lines.pop()
                for line in lines:
                    yield line.removesuffix("\r")
                while len(carry) > MAX_LINE:
                    yield carry[:MAX_LINE]
                    carry = carry[MAX_LINE:]
                if final:
                    if carry:
                        yield carry.removesuffix("\r")
                    self.replaced = max(0, self.replaced)
                    return
                data = _read(stream, self._ef)

    def error(self, reason: str) -> ExportError:
        """The one error for a file that is not this kind of export."""
        return ExportError(f"{self._ef.display} does not look like a {self._label} chat export: {reason}.")


def plural(count: int, word: str) -> str:
    """``"1 line"`` / ``"3 lines"``."""
    return f"{count} {word}" + ("" if count == 1 else "s")
