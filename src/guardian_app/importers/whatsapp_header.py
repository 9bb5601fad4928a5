"""WhatsApp header lines ("[3/14/24, 9:05:12 PM] Ana: ..." or "14.03.24, 21:05 - Ana: ...").

Matching runs on a *cleaned* copy of the line (bidi marks removed, NBSP/NNBSP made plain
spaces); :func:`raw_offset` maps a position in the cleaned copy back to the raw line.
Each match records its *shape* (brackets, time-first, date separator, comma, trailer) so the
parser can accept continuation lines strictly against the file's own header layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_REMOVED = frozenset(BIDI + "\ufeff\u200b\u2060")
_CLEAN = {**dict.fromkeys(map(ord, _REMOVED), None), 0xA0: " ", 0x202F: " ", 0x2007: " "}

_DATE = (
    r"(?P<d1>\d{1,4})(?P<sep>[./-])\s?(?P<d2>\d{1,2})(?P=sep)\s?"
    r"(?P<d3>\d{1,4}|R\d{1,2})(?P<be>\s?BE)?\.?"
)
_TIME = r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?"
_CJK_MARK = r"上午|下午|凌晨|早上|中午|晚上|오전|오후"
_MARK = rf"[AaPp]\.?\s?[Mm]\.?(?![^\W\d_])|{_CJK_MARK}|ص|م"
_PRE = rf"(?:(?P<pre>{_CJK_MARK})\s?)?"
_POST = rf"(?:\s?(?P<post>{_MARK}))?"
_CLOSE = r"\.?(?(open)(?P<bracket>\]\s)|(?P<trail>\s[-–]\s|:\s))"
DATE_FIRST = re.compile(
    rf"^(?P<open>\[)?{_DATE}(?P<comma>[,،])?\s(?:klo\s)?{_PRE}{_TIME}{_POST}{_CLOSE}(?P<rest>.*)$"
)
TIME_FIRST = re.compile(
    rf"^(?P<open>\[)?{_TIME}{_POST}(?P<comma>[,،])?\s{_DATE}{_CLOSE}(?P<rest>.*)$"
)
_PM = frozenset({"pm", "下午", "中午", "晚上", "오후", "م"})


def clean(text: str) -> str:
    """Remove bidi/zero-width marks and turn NBSP/NNBSP into plain spaces."""
    return text.translate(_CLEAN)


def raw_offset(raw: str, clean_index: int) -> int:
    """The index in ``raw`` where the character at ``clean_index`` of ``clean(raw)`` begins.

    Marks just before that character stay on the raw side (so a body keeps its leading LRM).
    """
    count = 0
    for i, char in enumerate(raw):
        if count == clean_index:
            return i
        if char not in _REMOVED:
            count += 1
    return len(raw)


@dataclass(frozen=True, slots=True)
class Header:
    """One recognised header line (positions refer to the cleaned line)."""

    shape: tuple[bool, bool, str, bool, str]
    d1: str
    d2: str
    d3: str
    buddhist: bool
    hour: int
    minute: int
    second: int
    marker: str | None
    rest_start: int
    rest: str

    @property
    def year_first(self) -> bool:
        return len(self.d1) >= 3

    @property
    def bracketed(self) -> bool:
        return self.shape[0]


def match_header(cleaned: str) -> Header | None:
    """Recognise a header in a cleaned line (leading spaces/marks already removed)."""
    time_first = False
    m = DATE_FIRST.match(cleaned)
    if m is None:
        m = TIME_FIRST.match(cleaned)
        time_first = True
        if m is None:
            return None
    marker = m.group("post") or (None if time_first else m.group("pre"))
    trailer = "]" if m.group("open") else m.group("trail").strip()
    shape = (bool(m.group("open")), time_first, m.group("sep"), bool(m.group("comma")), trailer)
    return Header(
        shape=shape,
        d1=m.group("d1"),
        d2=m.group("d2"),
        d3=m.group("d3"),
        buddhist=bool(m.group("be")),
        hour=int(m.group("h")),
        minute=int(m.group("mi")),
        second=int(m.group("s") or 0),
        marker=marker,
        rest_start=m.start("rest"),
        rest=m.group("rest"),
    )


def year_of(token: str, buddhist: bool) -> tuple[int, str | None]:
    """A Gregorian year from a year token, with a note when a calendar was converted."""
    if token[:1] in "Rr":
        return 2018 + int(token[1:]), "Years in the Japanese era calendar (Reiwa) were converted."
    value = int(token)
    if len(token) <= 2:
        return 2000 + value, None
    if buddhist or value > 2400:
        return value - 543, "Years in the Thai Buddhist calendar were converted."
    return value, None


def _hour(header: Header) -> int:
    hour = header.hour
    if header.marker is None:
        return hour
    mark = header.marker.lower().replace(".", "").replace(" ", "")
    if mark in _PM or mark == "pm":
        return hour + 12 if hour < 12 else hour
    return 0 if hour == 12 else hour  # AM; "00:08 a. m." also occurs and stays 0


def to_datetime(header: Header, day_first: bool) -> tuple[datetime | None, str | None]:
    """The header's wall-clock time (None if the date is impossible) and a calendar note."""
    try:
        if header.year_first:
            year, note = year_of(header.d1, header.buddhist)
            month, day = int(header.d2), int(header.d3)
        else:
            year, note = year_of(header.d3, header.buddhist)
            a, b = int(header.d1), int(header.d2)
            day, month = (a, b) if day_first else (b, a)
        return datetime(year, month, day, _hour(header), header.minute, header.second), note
    except ValueError:
        return None, None
