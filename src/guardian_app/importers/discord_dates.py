"""Dates written by DiscordChatExporter (export-formats.md sections 3 and 14).

JSON always writes ISO 8601 with an offset. CSV, TXT and HTML write whatever the exporting
computer's locale made of .NET's ``"g"`` format (``3/14/2024 9:05 PM``, ``14.03.2024 21:05``,
``2024-03-14 21:05``), old versions wrote ``01-Jan-20 01:33 AM``, newer CSV writes ISO (``"o"``),
and old HTML titles use the long ``"f"`` form (``Thursday, March 14, 2024 9:05 PM``).
Numeric day/month order is decided once per file with :mod:`dateorder`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from guardian_app.importers import dateorder

_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2068\u2069\ufeff"))
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_TIME = r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?"
_NUMERIC = re.compile(rf"^(?P<a>\d{{1,4}})[./-] ?(?P<b>\d{{1,2}})[./-] ?(?P<c>\d{{1,4}})\.?,? {_TIME}$")
_DAY_MONTH = re.compile(rf"^(?P<d>\d{{1,2}})[- ](?P<mon>[A-Za-z]{{3,9}})\.?[- ](?P<y>\d{{2,4}}),? {_TIME}$")
_MONTH_DAY = re.compile(
    rf"^(?:[A-Za-z]+, )?(?P<mon>[A-Za-z]{{3,9}})\.? (?P<d>\d{{1,2}}), (?P<y>\d{{4}}),? {_TIME}$"
)
_MONTHS = {
    name: n
    for n, full in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"),
        start=1,
    )
    for name in (full, full[:3], "sept" if n == 9 else full[:3])
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class LocalDate:
    """A wall-clock date as written. ``month`` is None while day/month order is undecided."""

    first: int
    second: int
    year: int
    hour: int
    minute: int
    second_of_minute: int
    month: int | None  # known month (named, or year-first); then ``first`` is the day


def parse_iso(text: str) -> datetime | None:
    """An ISO 8601 timestamp; zone-aware ones come back in UTC, others stay naive."""
    value = text.strip()
    if not value or len(value) > 40 or not value[:4].isdigit():
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed


def _hour(match: re.Match[str]) -> int | None:
    hour = int(match["h"])
    marker = (match["ampm"] or "").replace(".", "").replace(" ", "").lower()
    if marker:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if marker == "pm" else 0)
    return hour


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def parse_local(text: str) -> LocalDate | None:
    """A locale-formatted date and time, or None when the form is not one we know."""
    value = _SPACES.sub(" ", text.translate(_INVISIBLE)).strip()
    if len(value) > 60:
        return None
    for pattern in (_NUMERIC, _DAY_MONTH, _MONTH_DAY):
        match = pattern.match(value)
        if match is None:
            continue
        hour = _hour(match)
        if hour is None:
            return None
        minute, sec = int(match["mi"]), int(match["s"] or 0)
        if pattern is _NUMERIC:
            a, b, c = match["a"], match["b"], match["c"]
            if len(a) == 4:  # year first: y-m-d
                return LocalDate(int(c), int(b), int(a), hour, minute, sec, int(b))
            if len(c) not in (2, 4):
                return None
            return LocalDate(int(a), int(b), _year(c), hour, minute, sec, None)
        month = _MONTHS.get(match["mon"].lower())
        if month is None:
            return None
        return LocalDate(int(match["d"]), month, _year(match["y"]), hour, minute, sec, month)
    return None


def _build(year: int, month: int, day: int, d: LocalDate) -> datetime | None:
    try:
        return datetime(year, month, day, d.hour, d.minute, d.second_of_minute)
    except ValueError:
        return None


def resolve(dates: Sequence[LocalDate | None]) -> tuple[list[datetime | None], str]:
    """Wall-clock datetimes for a whole file's dates, and a note on the day/month order used."""
    ambiguous = [(d.first, d.second, d.year) for d in dates if d is not None and d.month is None]
    order = dateorder.decide(ambiguous)
    out: list[datetime | None] = []
    for d in dates:
        if d is None:
            out.append(None)
        elif d.month is not None:
            out.append(_build(d.year, d.month, d.first, d))
        elif order.day_first:
            out.append(_build(d.year, d.second, d.first, d))
        else:
            out.append(_build(d.year, d.first, d.second, d))
    return out, order.note if ambiguous else ""


def parse_any(text: str) -> datetime | LocalDate | None:
    """ISO first (aware or naive datetime), then a locale form (LocalDate, resolved later)."""
    return parse_iso(text) or parse_local(text)
