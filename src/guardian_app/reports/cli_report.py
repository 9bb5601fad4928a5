"""``guardian report PATH... [--child NAME]... [--country CC] -o report.pdf``.

Exit status as for ``guardian scan``: 0 every input read, 1 some input could not be read
(the report still covers the rest and names each unreadable file) or the PDF could not be
written, 2 usage error. Nothing is written except the PDF named by ``-o``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


def check_output(output: str, inputs: Sequence[str]) -> str | None:
    """Why ``output`` cannot be used for the report, or None when it can."""
    out = Path(output)
    if out.is_dir():
        return f"the output {output} is a folder; give a file name such as report.pdf"
    if not out.resolve().parent.is_dir():
        return f"the folder for the output {output} does not exist"
    target = out.resolve()
    for p in inputs:
        src = Path(p).resolve()
        if target == src or src in target.parents:
            return f"the output {output} would be written over or inside an input ({p})"
    return None


def run_report(paths: Sequence[str], output: str, children: Sequence[str] = (), country: str | None = None,
               locale: str = "en") -> int:
    problem = check_output(output, paths)
    if country is not None and not _COUNTRY.match(country):
        problem = f"--country takes a two-letter country code such as GB or US, not {country!r}"
    if problem:
        print(f"guardian: {problem}", file=sys.stderr)
        return EXIT_USAGE

    from guardian_app.pipeline import model_version, scan_paths
    from guardian_app.reports import make_report

    result = scan_paths(paths, children)
    name, version = model_version()
    try:
        case = make_report(result, output, name, version, country.upper() if country else None, locale)
    except OSError as exc:
        print(f"guardian: could not write the report to {output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    for src in result.sources:
        if src.error:
            print(f"Could not read: {src.error}")
    alerts = len(case.sections)
    print(f"Wrote the case report to {output}: {len(result.assessments)} chat(s), "
          f"{alerts} contact(s) with an alert.")
    return EXIT_OK if result.ok and result.sources else EXIT_UNREADABLE
