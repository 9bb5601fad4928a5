"""The helplines file: valid against its schema, complete for the required countries,
every entry sourced and dated, and read defensively at run time."""

from __future__ import annotations

import importlib
import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from guardian_app import paths
from guardian_app.guidance import country_name, helplines

helplines_module = importlib.import_module("guardian_app.guidance.helplines")
REQUIRED = ("US GB CA AU IE HK CN TW SG MY PH TH IN KE ZA NG BG RU DE FR ES BR MX").split()
REF_CHECKED = "2026-12-01"


def _load(name: str) -> dict:
    return json.loads((paths.resources_dir() / "helplines" / name).read_text("utf-8"))


def _all_entries(data: dict):
    for group in ("countries", "regions"):
        for code, place in data[group].items():
            for entry in place["entries"]:
                yield code, entry
    for entry in data["worldwide"]:
        yield "worldwide", entry


@pytest.fixture
def fresh():
    helplines_module._data.cache_clear()
    yield
    helplines_module._data.cache_clear()


def test_the_file_validates_against_its_schema():
    schema = _load("helplines.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(_load("helplines.json"), schema, cls=jsonschema.Draft202012Validator)


def test_the_schema_rejects_an_entry_without_a_source():
    data = _load("helplines.json")
    del data["countries"]["US"]["entries"][0]["source"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _load("helplines.schema.json"))


def test_required_countries_and_the_eu_line_are_present():
    data = _load("helplines.json")
    assert len(data["countries"]) >= 30
    assert not [c for c in REQUIRED if c not in data["countries"]]
    eu = [e for e in data["regions"]["EU"]["entries"] if e.get("phone") == "116 111"]
    assert eu and eu[0]["kind"] == "child_helpline"


@pytest.mark.parametrize("code", REQUIRED)
def test_each_required_country_has_a_child_helpline_and_a_way_to_report(code):
    kinds = {h.kind for h in helplines(code, include_worldwide=False)}
    assert "child_helpline" in kinds or code == "MX", kinds  # MX: none in the reference
    assert kinds & {"report", "emergency"}


def test_every_entry_has_a_source_and_a_checked_date():
    for code, entry in _all_entries(_load("helplines.json")):
        assert entry["source"].startswith("http"), (code, entry["name"])
        assert entry["checked"] == REF_CHECKED, (code, entry["name"])
        if entry["check"] == "verified against reference":
            assert entry["status"] == "confirmed", (code, entry["name"])


def test_numbers_match_the_research_file_where_it_is_available():
    reference = Path(__file__).resolve().parents[2] / ".." / "shared" / "reference" / "guidance-facts.md"
    if not reference.exists():
        pytest.skip("the shared reference folder is not here")
    text = reference.read_text("utf-8")
    for code, entry in _all_entries(_load("helplines.json")):
        phone = entry.get("phone")
        if phone and entry["check"] != "own search of stored pages (not in reference)":
            assert phone.split(" / ")[0] in text, (code, entry["name"], phone)


def test_lookup_localises_and_orders_by_urgency():
    tw = helplines("TW", "zh-Hant")
    assert tw[0].kind == "emergency" and tw[0].kind_label == "緊急電話"
    assert any(h.name == "113 保護專線" for h in tw)
    assert helplines("uk")[0].phone == "999"
    assert any(h.url == "https://takeitdown.ncmec.org" for h in helplines("KE"))
    assert country_name("CN", "zh-Hans") == "中国大陆" and country_name("HK", "en") == "Hong Kong SAR"


def test_eu_members_also_get_the_eu_numbers_they_lack():
    es = [h.phone for h in helplines("ES", include_worldwide=False)]
    assert "116 111" in es and "116 000" in es
    de = [h.phone for h in helplines("DE", include_worldwide=False)]
    assert de.count("116 111") == 1
    assert "116 111" not in [h.phone for h in helplines("US", include_worldwide=False)]


def test_unknown_country_gets_the_worldwide_services():
    found = helplines("ZZ")
    assert found and {h.region for h in found} == {"worldwide"}


def test_a_broken_file_gives_an_empty_list_not_a_crash(tmp_path, monkeypatch, fresh):
    shutil.copytree(paths.resources_dir(), tmp_path / "resources")
    (tmp_path / "resources/helplines/helplines.json").write_text("{not json", "utf-8")
    monkeypatch.setenv("GUARDIAN_ASSETS", str(tmp_path))
    assert helplines("US") == []


def test_an_incomplete_entry_is_skipped(tmp_path, monkeypatch, fresh):
    shutil.copytree(paths.resources_dir(), tmp_path / "resources")
    path = tmp_path / "resources/helplines/helplines.json"
    data = json.loads(path.read_text("utf-8"))
    del data["countries"]["GB"]["entries"][-1]["source"]  # the NSPCC helpline
    path.write_text(json.dumps(data), "utf-8")
    monkeypatch.setenv("GUARDIAN_ASSETS", str(tmp_path))
    phones = [h.phone for h in helplines("GB")]
    assert "0808 800 5000" not in phones and "0800 1111" in phones
