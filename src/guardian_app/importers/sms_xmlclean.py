"""A streaming repair pass between an SMS Backup & Restore file and the XML parser.

Three things in real backups make every XML parser fail or use too much memory:

* emoji written as one character reference per UTF-16 half (``&#55357;&#56841;``): joined into
  one reference to the real character; a lone half becomes U+FFFD;
* other references and raw characters XML 1.0 forbids (control characters): dropped;
* media kept as base64 in a ``data`` attribute, sometimes tens of MB in one attribute: the value
  is discarded while it streams past, so the parser (and Guardian) never hold it.

The bytes are decoded (UTF-8 unless a BOM or the declaration says otherwise, undecodable bytes
counted and replaced), repaired, and handed on as UTF-8 without the XML declaration.
"""

from __future__ import annotations

import codecs
import re
from typing import BinaryIO

from guardian_app.importers.base import ExportError
from guardian_app.importers.streams import ConvertingStream
from guardian_app.importers.textdecode import detect_bom

CHUNK = 256 * 1024
BIG_TAG = 1024 * 1024  # a tag longer than this is looked into for a data attribute to skip
MAX_TAG = 64 * 1024 * 1024  # no message needs a single tag this long (media aside)

_TAG = re.compile(r"""<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*+>""")
_TAG_REST = re.compile(r"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*+>""")
_TAG_NAME = re.compile(r"<[^\s>/\"']*")
_ATTR = re.compile(r"""\s*[^\s=>/"']+\s*=\s*(?:"[^"]*"|'[^']*')""")
_OPEN_DATA = re.compile(r"""\s*data\s*=\s*(["'])""")
_DATA_VALUE = re.compile(r"""(\sdata\s*=\s*)("[^"]*"|'[^']*')|(\s[^\s=>/"']+\s*=\s*(?:"[^"]*"|'[^']*'))""")
_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DECLARED = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']""")


class TagTooLarge(ValueError):
    """One element is larger than any message can be."""


def _code(m: re.Match[str]) -> int:
    return int(m.group(1), 16) if m.group(1) is not None else int(m.group(2))


def _allowed(cp: int) -> bool:
    return cp in (0x9, 0xA, 0xD) or 0x20 <= cp <= 0xD7FF or 0xE000 <= cp <= 0xFFFD or 0x10000 <= cp <= 0x10FFFF


def fix_references(text: str) -> tuple[str, int]:
    """Character references XML forbids, repaired; returns (text, how many were repaired)."""
    if "&#" not in text:
        return text, 0
    matches = list(_REF.finditer(text))
    parts: list[str] = []
    last = fixed = i = 0
    while i < len(matches):
        m = matches[i]
        cp = _code(m)
        i += 1
        if _allowed(cp):
            continue
        parts.append(text[last : m.start()])
        last = m.end()
        fixed += 1
        low = matches[i] if i < len(matches) and matches[i].start() == m.end() else None
        if 0xD800 <= cp <= 0xDBFF and low is not None and 0xDC00 <= _code(low) <= 0xDFFF:
            parts.append(f"&#{0x10000 + ((cp - 0xD800) << 10) + (_code(low) - 0xDC00)};")
            last = low.end()
            i += 1
        elif 0xD800 <= cp <= 0xDFFF:
            parts.append("&#65533;")
    parts.append(text[last:])
    return "".join(parts), fixed


def _empty_data(tag: str) -> str:
    """The tag with every ``data`` attribute's value emptied."""
    if "data" not in tag:
        return tag
    return _DATA_VALUE.sub(lambda m: m.group(0) if m.group(3) else m.group(1) + '""', tag)


class XmlCleaner:
    """Repairs text fed to it in pieces; see the module docstring."""

    def __init__(self) -> None:
        self._buf = ""
        self._state = "out"  # "out" between tags, "tag" inside one, "skip" inside a data value
        self._quote = '"'
        self.repaired = 0  # character references and raw characters repaired or dropped
        self.media_skipped = 0  # data attributes skipped while streaming

    def feed(self, text: str, final: bool = False) -> str:
        buf, pos, out = self._buf + text, 0, []
        while pos < len(buf):
            if self._state == "skip":
                end = buf.find(self._quote, pos)
                if end < 0:
                    pos = len(buf)
                    break
                out.append(self._quote)
                pos, self._state = end + 1, "tag"
            elif self._state == "tag":
                m = _TAG_REST.match(buf, pos)
                if m is None:
                    if not self._big_tag(buf, pos, out, final):
                        break
                    pos = self._pos
                    continue
                out.append(_empty_data(" " + m.group())[1:])
                pos, self._state = m.end(), "out"
            else:
                start = buf.find("<", pos)
                if start < 0:
                    cut = len(buf) if final else buf.find("&", max(pos, len(buf) - 32))
                    cut = len(buf) if cut < 0 else cut
                    out.append(buf[pos:cut])
                    pos = cut
                    break
                out.append(buf[pos:start])
                pos = start
                end = self._markup_end(buf, pos)
                if end < 0:
                    if not self._big_tag(buf, pos, out, final):
                        break
                    pos = self._pos
                    continue
                piece = buf[pos:end]
                if not (piece.startswith("<?xml") and piece[5:6].isspace()):
                    out.append(_empty_data(piece))
                pos = end
        self._buf = buf[pos:] if self._state != "skip" else ""
        if final and self._buf:
            out.append(self._buf)
            self._buf = ""
        return self._finish("".join(out))

    def _markup_end(self, buf: str, pos: int) -> int:
        """The end of the comment, instruction, CDATA section or tag at ``pos`` (-1: incomplete)."""
        for opening, closing in (("<!--", "-->"), ("<?", "?>"), ("<![CDATA[", "]]>")):
            if buf.startswith(opening, pos):
                end = buf.find(closing, pos + len(opening))
                return end + len(closing) if end >= 0 else -1
        m = _TAG.match(buf, pos)
        return m.end() if m else -1

    def _big_tag(self, buf: str, pos: int, out: list[str], final: bool) -> bool:
        """An incomplete tag (or its rest) at ``pos``: skip an open data value if the tag is big.

        Returns True (and sets ``_pos``) when it consumed something, False to wait for more.
        """
        if final:
            out.append(buf[pos:])  # the parser will report the file as cut short
            self._pos, self._state = len(buf), "out"
            return True
        if len(buf) - pos < BIG_TAG:
            return False
        i = pos
        if self._state == "out":
            i = _TAG_NAME.match(buf, pos).end()  # type: ignore[union-attr]
        while (m := _ATTR.match(buf, i)) is not None:
            i = m.end()
        opened = _OPEN_DATA.match(buf, i)
        if opened is None:
            if len(buf) - pos > MAX_TAG:
                raise TagTooLarge("one element is too large")
            return False
        out.append(_empty_data(" " + buf[pos : opened.end()])[1:])
        self._pos, self._state, self._quote = opened.end(), "skip", opened.group(1)
        self.media_skipped += 1
        return True

    def _finish(self, text: str) -> str:
        text, fixed = fix_references(text)
        text, dropped = _ILLEGAL.subn("", text)
        self.repaired += fixed + dropped
        return text


class CleanXmlStream(ConvertingStream):
    """A readable byte stream: the export's XML, decoded, repaired and re-encoded as UTF-8."""

    chunk_size = CHUNK

    def __init__(self, raw: BinaryIO, display: str) -> None:
        super().__init__(raw, display)
        first = self._read()
        bom, skip = detect_bom(first)
        declared = _DECLARED.match(first[skip:])
        encoding = bom or (declared.group(1).decode("ascii") if declared else "utf-8")
        try:
            self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        except LookupError as exc:
            raise ExportError(f"{display} uses a text encoding Guardian does not know ({encoding}).") from exc
        self.cleaner = XmlCleaner()
        self.undecodable = 0
        self._pending = self._convert(first[skip:], final=not first)

    def _convert(self, data: bytes, final: bool) -> bytes:
        text = self._decoder.decode(data, final=final)
        if "\ufffd" in text:
            self.undecodable += max(0, text.count("\ufffd") - data.count("\ufffd".encode()))
        return self.cleaner.feed(text, final=final).encode("utf-8")
