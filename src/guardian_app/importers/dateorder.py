"""Deciding whether ambiguous numeric dates are day-first or month-first, from a whole file.

Used by WhatsApp (and any future format that writes local dates without saying which order).
Rules, in order (export-formats.md section 1.3):

1. a first component over 12 means day first; a second component over 12 means month first;
2. within one year, a component that goes *down* between consecutive lines is the day
   (months only go up); lines can be out of order, so the direction with more such places wins;
3. otherwise the component that changes more often is the day;
4. otherwise day first, and the note says it was a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateOrder:
    day_first: bool
    note: str


def _label(day_first: bool) -> str:
    return "day/month/year" if day_first else "month/day/year"


def _decided(day_first: bool, why: str) -> DateOrder:
    return DateOrder(day_first, f"Dates read as {_label(day_first)} ({why}).")


def decide(dates: Sequence[tuple[int, int, int]]) -> DateOrder:
    """``dates`` are (first, second, year) components in file order."""
    if not dates:
        return DateOrder(True, "")
    first_big = sum(1 for a, _, _ in dates if a > 12)
    second_big = sum(1 for _, b, _ in dates if b > 12)
    if first_big or second_big:
        day_first = first_big >= second_big
        count = first_big if day_first else second_big
        lines = "line" if count == 1 else "lines"
        why = f"decided from {count} {lines} where the day is over 12"
        result = _decided(day_first, why)
        against = second_big if day_first else first_big
        if against:
            result = DateOrder(day_first, result.note + f" {against} lines did not fit that order.")
        return result

    first_down = second_down = first_changes = second_changes = 0
    for (a1, b1, y1), (a2, b2, y2) in zip(dates, dates[1:], strict=False):
        first_changes += a1 != a2
        second_changes += b1 != b2
        if y1 != y2:
            continue
        if a2 < a1 and b2 >= b1:
            first_down += 1
        elif b2 < b1 and a2 >= a1:
            second_down += 1
    if first_down != second_down:
        day_first = first_down > second_down
        count = max(first_down, second_down)
        places = "place" if count == 1 else "places"
        return _decided(
            day_first,
            f"decided from {count} {places} where the day went down "
            "within a year, which a month cannot do",
        )
    if first_changes != second_changes:
        day_first = first_changes > second_changes
        return _decided(day_first, "decided because the day changes more often than the month")
    return DateOrder(
        True,
        "Dates read as day/month/year, but the file does not show the order, so this is a guess.",
    )
