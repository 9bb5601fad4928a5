"""Helplines and reporting channels per country, from ``resources/helplines/helplines.json``.

The file is validated against ``helplines.schema.json`` in the tests (jsonschema is a
dev dependency only). At run time it is read defensively: an entry that lacks what a
parent needs (a name, a way to reach it, a source) is skipped, never shown half-filled,
and a missing or broken file gives an empty list instead of a crash. No Qt, no network.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from guardian_app import paths
from guardian_app.guidance.advice import helpline_kind_label
from guardian_app.guidance.texts import DEFAULT_LOCALE, resolve_locale

log = logging.getLogger(__name__)

# The order a worried parent needs them in.
KIND_ORDER = (
    "emergency", "report", "image_removal", "child_helpline", "parent_helpline", "crisis_line"
)
EU_MEMBERS = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)


@dataclass(frozen=True, slots=True)
class Helpline:
    """One way to get help or report, as a parent reads it."""

    region: str  # "US", "EU" or "worldwide"
    kind: str  # one of KIND_ORDER
    kind_label: str  # "Report abuse", in the reader's language
    name: str
    phone: str | None
    text: str | None  # SMS / WhatsApp instructions
    url: str | None
    notes: str | None
    status: str  # "confirmed", "secondary" or "unverified"
    source: str
    checked: str  # ISO date
    check: str  # how it was checked


def helplines_path() -> Path:
    return paths.resources_dir() / "helplines" / "helplines.json"


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = helplines_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.error("Cannot read the helplines file %s: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def _entry(raw: Any, region: str, locale: str) -> Helpline | None:
    if not isinstance(raw, dict):
        return None
    name, kind, source = raw.get("name"), raw.get("kind"), raw.get("source")
    reach = raw.get("phone") or raw.get("url") or raw.get("notes")
    if not (isinstance(name, str) and name and kind in KIND_ORDER and source and reach):
        log.warning("Skipping an incomplete helpline entry for %s", region)
        return None
    i18n = raw.get("name_i18n") if isinstance(raw.get("name_i18n"), dict) else {}

    def opt(key: str) -> str | None:
        value = raw.get(key)
        return value if isinstance(value, str) and value else None

    return Helpline(
        region=region, kind=kind, kind_label=helpline_kind_label(kind, locale),
        name=str(i18n.get(locale) or name), phone=opt("phone"), text=opt("text"),
        url=opt("url"), notes=opt("notes"), status=str(raw.get("status", "unverified")),
        source=str(source), checked=str(raw.get("checked", "")), check=str(raw.get("check", "")),
    )


def _place(group: str, code: str) -> dict[str, Any]:
    place = _data().get(group, {}).get(code)
    return place if isinstance(place, dict) else {}


def countries() -> list[str]:
    """The country codes (ISO 3166-1 alpha-2, "GB" for the UK) the file covers."""
    return sorted(_data().get("countries", {}))


def country_name(country_code: str, locale: str = DEFAULT_LOCALE) -> str:
    code = country_code.upper()
    names = (_place("countries", code) or _place("regions", code)).get("name", {})
    return str(names.get(resolve_locale(locale)) or names.get("en") or code)


def gaps(country_code: str) -> list[str]:
    """What the file knows it lacks for a country (e.g. no parent helpline found)."""
    return [str(g) for g in _place("countries", country_code.upper()).get("gaps", [])]


def helplines(
    country_code: str, locale: str = DEFAULT_LOCALE, include_worldwide: bool = True
) -> list[Helpline]:
    """Helplines for a country ("UK" is taken as "GB"), most urgent kind first.

    EU member states also get the EU-wide numbers their own list lacks; every country
    gets the worldwide services (Take It Down, the IWF/ICMEC portal) unless told not to.
    An unknown country gets only the worldwide services.
    """
    loc = resolve_locale(locale)
    code = (country_code or "").upper()
    code = {"UK": "GB"}.get(code, code)
    places = [(code, _place("countries", code) or _place("regions", code))]
    if code in EU_MEMBERS:
        places.append(("EU", _place("regions", "EU")))
    found: list[Helpline] = []
    for region, place in places:
        own = {h.phone for h in found if h.phone}  # the country's own numbers win
        for raw in place.get("entries", []):
            entry = _entry(raw, region, loc)
            if entry and not (entry.phone and entry.phone in own):
                found.append(entry)
    if include_worldwide:
        found += [e for raw in _data().get("worldwide", []) if (e := _entry(raw, "worldwide", loc))]
    return sorted(found, key=lambda h: KIND_ORDER.index(h.kind))
