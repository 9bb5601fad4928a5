"""Countries offered when a parent adds a child (used to pick helplines)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from guardian_app.ui.i18n import translate

# ISO 3166-1 alpha-2 code -> English name. The helplines data covers these first.
COUNTRIES: dict[str, str] = {
    "AU": QT_TRANSLATE_NOOP("Countries", "Australia"),
    "BR": QT_TRANSLATE_NOOP("Countries", "Brazil"),
    "BG": QT_TRANSLATE_NOOP("Countries", "Bulgaria"),
    "CA": QT_TRANSLATE_NOOP("Countries", "Canada"),
    "CN": QT_TRANSLATE_NOOP("Countries", "China (mainland)"),
    "FR": QT_TRANSLATE_NOOP("Countries", "France"),
    "DE": QT_TRANSLATE_NOOP("Countries", "Germany"),
    "HK": QT_TRANSLATE_NOOP("Countries", "Hong Kong"),
    "IN": QT_TRANSLATE_NOOP("Countries", "India"),
    "ID": QT_TRANSLATE_NOOP("Countries", "Indonesia"),
    "IE": QT_TRANSLATE_NOOP("Countries", "Ireland"),
    "IT": QT_TRANSLATE_NOOP("Countries", "Italy"),
    "JP": QT_TRANSLATE_NOOP("Countries", "Japan"),
    "KE": QT_TRANSLATE_NOOP("Countries", "Kenya"),
    "MY": QT_TRANSLATE_NOOP("Countries", "Malaysia"),
    "MX": QT_TRANSLATE_NOOP("Countries", "Mexico"),
    "NL": QT_TRANSLATE_NOOP("Countries", "Netherlands"),
    "NZ": QT_TRANSLATE_NOOP("Countries", "New Zealand"),
    "NG": QT_TRANSLATE_NOOP("Countries", "Nigeria"),
    "PH": QT_TRANSLATE_NOOP("Countries", "Philippines"),
    "PL": QT_TRANSLATE_NOOP("Countries", "Poland"),
    "PT": QT_TRANSLATE_NOOP("Countries", "Portugal"),
    "RU": QT_TRANSLATE_NOOP("Countries", "Russia"),
    "SG": QT_TRANSLATE_NOOP("Countries", "Singapore"),
    "ZA": QT_TRANSLATE_NOOP("Countries", "South Africa"),
    "KR": QT_TRANSLATE_NOOP("Countries", "South Korea"),
    "ES": QT_TRANSLATE_NOOP("Countries", "Spain"),
    "SE": QT_TRANSLATE_NOOP("Countries", "Sweden"),
    "TW": QT_TRANSLATE_NOOP("Countries", "Taiwan"),
    "TH": QT_TRANSLATE_NOOP("Countries", "Thailand"),
    "GB": QT_TRANSLATE_NOOP("Countries", "United Kingdom"),
    "US": QT_TRANSLATE_NOOP("Countries", "United States"),
}


def country_name(code: str) -> str:
    """The country's name in the interface language; the code itself for one not listed."""
    if not code:
        return translate("Countries", "not set")
    name = COUNTRIES.get(code.upper())
    return translate("Countries", name) if name else code.upper()


def sorted_countries() -> list[tuple[str, str]]:
    """(code, name in the interface language) pairs, sorted by that name."""
    return sorted(((code, country_name(code)) for code in COUNTRIES), key=lambda kv: kv[1])
