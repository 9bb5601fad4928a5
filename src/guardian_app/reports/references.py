"""Helplines for the chosen country and the sources the report's guidance rests on.

The helplines come from ``guardian_app.guidance.helplines`` when that module exists. The
report reads each entry defensively (a dataclass, a mapping or a plain object), so a
missing module, an unknown country or a changed field name leaves the report without
helplines instead of breaking it.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

# The bodies whose advice the "what to do now" steps follow (see docs/guidance-sources.md).
GUIDANCE_SOURCES: tuple[str, ...] = (
    "CEOP (UK National Crime Agency), reporting an incident: "
    "https://www.ceopeducation.co.uk/parents/get-help/reporting-an-incident/",
    "NCMEC CyberTipline and steps after financial sextortion (US): "
    "https://www.nationalcac.org/steps-to-take-following-financial-sextortion/",
    "Australian Centre to Counter Child Exploitation (ACCCE), how and what to report: "
    "https://www.accce.gov.au/help-and-support/how-and-what-to-report",
    "eSafety Commissioner (Australia), unwanted contact and grooming: "
    "https://esafety.gov.au/esafety-information/esafety-issues/unwanted-contact",
    "Canadian Centre for Child Protection, reporting concerning behaviour: "
    "https://www.protectkidsonline.ca/app/en/report_concerning_behaviour",
    "UK Council for Internet Safety, sharing nudes and semi-nudes (never copy or share an image): "
    "https://gov.uk/government/publications/sharing-nudes-and-semi-nudes-advice-for-education-settings-"
    "working-with-children-and-young-people/sharing-nudes-and-semi-nudes-how-to-respond-to-an-incident-overview",
    "Take It Down (NCMEC), image removal: https://takeitdown.ncmec.org/faq/",
    "ECPAT, Disrupting Harm (do not judge the child): https://ecpat.org/story/do-not-judge-me-disrupting-harm-survivors/",
)

_NAME_KEYS = ("name", "title", "organisation", "organization")
_KIND_KEYS = ("kind_label", "kind", "type", "category", "role")
_CONTACT_KEYS = ("number", "phone", "telephone", "sms", "text", "url", "website", "web", "email", "hours")
_SOURCE_KEYS = ("source", "sources")
_NOTE_KEYS = ("notes", "note", "description")
_SKIP_KEYS = {"id", "country", "country_code", "region", "locale", "checked", "check", "status", "name_i18n",
              *_NOTE_KEYS, *_SOURCE_KEYS}


@dataclass(frozen=True, slots=True)
class HelplineRow:
    name: str
    kind: str
    contact: str
    source: str
    notes: str = ""


def _as_dict(entry: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(entry) and not isinstance(entry, type):
        return dataclasses.asdict(entry)
    if isinstance(entry, Mapping):
        return dict(entry)
    if hasattr(entry, "_asdict"):
        return dict(entry._asdict())
    return {k: getattr(entry, k) for k in dir(entry) if not k.startswith("_") and not callable(getattr(entry, k))}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_text(v) for v in value if _text(v))
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {_text(v)}" for k, v in value.items() if _text(v))
    return " ".join(str(value).split())


def _first(d: Mapping[str, Any], keys: tuple[str, ...]) -> str:
    return next((_text(d[k]) for k in keys if _text(d.get(k))), "")


def helpline_row(entry: Any, country: str | None = None) -> HelplineRow | None:
    d = _as_dict(entry)
    name = _first(d, _NAME_KEYS)
    region = _text(d.get("region"))
    if name and region and country and region.upper() != country.upper():  # an EU-wide or worldwide service
        name += " (EU-wide)" if region.upper() == "EU" else f" ({region})"
    parts = [f"{_text(d[k])}" for k in _CONTACT_KEYS if _text(d.get(k))]
    if not parts:  # unknown field names: show the other plain values
        used = {*_NAME_KEYS, *_KIND_KEYS, *_SKIP_KEYS}
        parts = [_text(v) for k, v in d.items() if k not in used and isinstance(v, (str, int)) and _text(v)]
    if not name and not parts:
        return None
    kind = _first(d, _KIND_KEYS).replace("_", " ")
    return HelplineRow(name, kind, " · ".join(parts), _first(d, _SOURCE_KEYS), _first(d, _NOTE_KEYS))


def helplines_for(country: str | None, locale: str = "en") -> tuple[list[HelplineRow], str | None]:
    """(rows, note): the helplines for ``country``; the note says why there are none."""
    if not country:
        return [], "No country was chosen (use --country, for example --country GB), so no helplines are listed."
    try:
        module = importlib.import_module("guardian_app.guidance.helplines")
        lookup = module.helplines
    except (ImportError, AttributeError):
        return [], "This version of Guardian has no helplines list yet."
    try:
        entries = list(lookup(country, locale))
    except Exception as exc:  # missing data or an unknown country must not break the report
        log.info("helplines for %s not available (%s)", country, type(exc).__name__)
        entries = []
    rows = [r for r in (helpline_row(e, country) for e in entries) if r is not None]
    if not rows:
        return [], f"Guardian has no helplines listed for the country code {country}."
    return rows, None


def sources_for(rows: list[HelplineRow]) -> list[str]:
    """Each distinct helpline source that the guidance sources do not already cite."""
    seen: list[str] = []
    for r in rows:
        if r.source and r.source not in seen and not any(r.source in g for g in GUIDANCE_SOURCES):
            seen.append(r.source)
    return seen
