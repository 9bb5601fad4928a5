"""The ``guardian`` command: scan (read-only), ingest into the profile, list alerts."""

from __future__ import annotations

import os

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")  # before anything imports onnxruntime

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402

from . import __version__  # noqa: E402

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors: one clear line, exit 2
        self.print_usage(sys.stderr)
        print(f"guardian: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _child_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--child", action="append", default=[], metavar="NAME",
                        help="the child's name as it appears in the chats (repeatable)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="guardian", description="Guardian checks saved chat exports for the warning "
                     "signs of online grooming. Everything happens on this computer.")
    parser.add_argument("--version", action="version", version=f"guardian {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    scan = sub.add_parser("scan", help="check exports and print what was found (writes nothing)")
    scan.add_argument("paths", nargs="+", metavar="PATH", help="chat export files, folders or zips")
    _child_option(scan)
    scan.add_argument("--json", action="store_true", help="print one JSON document (schema 1)")
    scan.set_defaults(func=_cmd_scan)

    ingest = sub.add_parser("ingest", help="add exports to your profile's store and update its alerts")
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="chat export files, folders or zips")
    _child_option(ingest)
    ingest.add_argument("--json", action="store_true", help="print the ingest report as JSON")
    ingest.set_defaults(func=_cmd_ingest)

    watch = sub.add_parser("watch", help="watch folders and add every export saved there (until Ctrl+C)")
    watch.add_argument("folders", nargs="+", metavar="FOLDER", help="folders where chat exports are saved")
    _child_option(watch)
    watch.add_argument("--poll", action="store_true", help="poll the folders (network or synced folders)")
    watch.set_defaults(func=_cmd_watch)

    report = sub.add_parser("report", help="write a printable case report (PDF) for exports (stores nothing)")
    report.add_argument("paths", nargs="+", metavar="PATH", help="chat export files, folders or zips")
    _child_option(report)
    report.add_argument("--country", metavar="CC", help="two-letter country code for the helplines, e.g. GB")
    report.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write the PDF")
    report.set_defaults(func=_cmd_report)

    alerts = sub.add_parser("alerts", help="list the alerts stored in your profile")
    alerts.add_argument("--json", action="store_true", help="print the alerts as JSON")
    alerts.set_defaults(func=_cmd_alerts)

    selftest = sub.add_parser("self-test", help="check that this installation works (model, resources, "
                              "store, keyring, no network)")
    _profile_option(selftest)
    selftest.set_defaults(func=_cmd_self_test)
    return parser


def _profile_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", nargs="?", const="", default=None, metavar="DIR",
                        help="check the store of your own profile, or of the profile in DIR "
                        "(default: a temporary profile; nothing in it is kept)")


def _cmd_self_test(args: argparse.Namespace) -> int:
    from .selftest import run_self_test

    return run_self_test(args.profile)


def _cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest import ingest_paths
    from .store import StoreError

    try:
        report = ingest_paths(args.paths, args.child)
    except StoreError as exc:
        print(f"guardian: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    if args.json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for src in report.sources:
            if src.error:
                print(f"Could not read: {src.error}")
            elif src.unchanged:
                print(f"{src.path}: already added, unchanged.")
            else:
                print(f"{src.path}: {src.new_messages} new message(s), {src.duplicates} already stored.")
        for change in report.alerts_created:
            print(f"New alert: {change.contact} in \"{change.conversation}\" (level: {change.level}).")
        for change in report.alerts_escalated:
            print(f"Alert raised: {change.contact} in \"{change.conversation}\" went from "
                  f"{change.previous_level} to {change.level}{_because(change.reasons)}.")
        if not report.alerts_created and not report.alerts_escalated:
            print("No new alerts.")
    return EXIT_OK if report.ok and report.sources else EXIT_UNREADABLE


def _because(reasons: Sequence[str]) -> str:
    """The reasons for an alert's level (fixed sentences from the risk engine, never chat text)."""
    return f": {'; '.join(reasons)}" if reasons else ""


def _cmd_watch(args: argparse.Namespace) -> int:
    import signal
    import threading
    from pathlib import Path

    from .store import Store, StoreError
    from .store.alerts import AlertChange
    from .watch.service import WatchService

    missing = [f for f in args.folders if not Path(f).is_dir()]
    if missing:
        print(f"guardian: not a folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        Store().close()  # a store that cannot be opened is reported now, not in a thread
    except StoreError as exc:
        print(f"guardian: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())

    def show_alert(change: AlertChange) -> None:  # names and levels only, never message text
        verb = f"raised from {change.previous_level} to" if change.escalated else "new alert,"
        print(f"Alert: {change.contact} in \"{change.conversation}\": {verb} level {change.level}"
              f"{_because(change.reasons)}.", flush=True)

    service = WatchService(args.folders, args.child, on_status=lambda s: print(s.message, flush=True),
                           on_alert=show_alert, force_polling=args.poll)
    service.start()
    try:
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        service.stop()
    return EXIT_OK


def _cmd_alerts(args: argparse.Namespace) -> int:
    from .ingest import list_alerts
    from .store import StoreError

    try:
        alerts = list_alerts()
    except StoreError as exc:
        print(f"guardian: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    if args.json:
        json.dump(alerts, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return EXIT_OK
    if not alerts:
        print("No alerts stored.")
    for a in alerts:
        print(f"[{a['level']}] {a['contact']} in \"{a['conversation']}\" (child: {a['child'] or 'not known'}), "
              f"first alert {a['first_alert_time'] or 'time unknown'}; status: {a['status']}; "
              f"signs: {', '.join(i['id'] for i in a['indicators'])}")
    return EXIT_OK


def _cmd_scan(args: argparse.Namespace) -> int:
    from .pipeline import model_version, scan_paths

    result = scan_paths(args.paths, args.child)
    name, version = model_version()
    if args.json:
        from .scan_json import to_document

        json.dump(to_document(result, name, version), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from .summary import render_summary

        sys.stdout.write(render_summary(result, name, version))
    return EXIT_OK if result.ok and result.sources else EXIT_UNREADABLE


def _cmd_report(args: argparse.Namespace) -> int:
    from .reports.cli_report import run_report

    return run_report(args.paths, args.output, args.child, args.country)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .logs import setup_logging

    setup_logging()  # console only: `scan` must write nothing, not even a log file
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("guardian: stopped.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
