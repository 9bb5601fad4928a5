"""Countries offered when a parent adds a child (used to pick helplines)."""

from __future__ import annotations

# ISO 3166-1 alpha-2 code -> English name. The helplines data covers these first.
COUNTRIES: dict[str, str] = {
    "AU": "Australia", "BR": "Brazil", "BG": "Bulgaria", "CA": "Canada", "CN": "China (mainland)",
    "FR": "France", "DE": "Germany", "HK": "Hong Kong", "IN": "India", "ID": "Indonesia",
    "IE": "Ireland", "IT": "Italy", "JP": "Japan", "KE": "Kenya", "MY": "Malaysia",
    "MX": "Mexico", "NL": "Netherlands", "NZ": "New Zealand", "NG": "Nigeria",
    "PH": "Philippines", "PL": "Poland", "PT": "Portugal", "RU": "Russia", "SG": "Singapore",
    "ZA": "South Africa", "KR": "South Korea", "ES": "Spain", "SE": "Sweden", "TW": "Taiwan",
    "TH": "Thailand", "GB": "United Kingdom", "US": "United States",
}  # fmt: skip


def country_name(code: str) -> str:
    return COUNTRIES.get(code.upper(), code.upper()) if code else "not set"
