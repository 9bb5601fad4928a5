"""Builders for hostile inputs used by test_parser_safety.py: hand-made zips and large files.

``zipfile`` refuses to write most of what an attacker would (lying sizes, symlinks with
chosen modes, names with NUL, entries that share or overlap data), so :func:`raw_zip` writes
the archive structures directly. Everything here is synthetic.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

CANARY = "CANARY-7f3a-not-for-logs"
CHAT = (
    "14/03/2024, 21:05 - Jake: how old are you?\n"
    "14/03/2024, 21:06 - Emma: 13\n"
    f"14/03/2024, 21:07 - Jake: keep this between us {CANARY}\n"
)


@dataclass
class Entry:
    """One member of a hand-made zip. ``data`` is what is stored (already compressed)."""

    name: bytes
    data: bytes
    method: int = 0  # 0 stored, 8 deflated
    crc: int | None = None  # None: the CRC of ``data`` (right for stored members)
    size: int | None = None  # the uncompressed size to declare; None: len(data)
    mode: int = 0o100644  # Unix mode in the external attributes (0o120777 = symlink)
    offset: int | None = None  # central directory: point at this local header instead


def raw_zip(path: Path, entries: list[Entry], central: list[Entry] | None = None) -> Path:
    """Write a zip exactly as described: ``entries`` as local headers plus data, then the
    central directory (``central`` if given, else the same entries), then the end record.
    A central entry without an ``offset`` points at the local entry of the same index."""
    body = bytearray()
    offsets: list[int] = []
    for e in entries:
        offsets.append(len(body))
        body += _header(b"PK\x03\x04", e, local=True) + e.name + e.data
    directory = bytearray()
    listed = entries if central is None else central
    for i, e in enumerate(listed):
        offset = e.offset if e.offset is not None else offsets[i]
        directory += _header(b"PK\x01\x02", e, local=False, offset=offset) + e.name
    n = len(listed)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, n, n, len(directory), len(body), 0)
    path.write_bytes(bytes(body + directory + end))
    return path


def _header(sig: bytes, e: Entry, *, local: bool, offset: int = 0) -> bytes:
    crc = zlib.crc32(e.data) if e.crc is None else e.crc
    size = len(e.data) if e.size is None else e.size
    if local:
        return sig + struct.pack(
            "<5H3L2H", 20, 0, e.method, 0, 0x21, crc, len(e.data), size, len(e.name), 0
        )
    return sig + struct.pack(
        "<6H3L5H2L", 0x0314, 20, 0, e.method, 0, 0x21, crc, len(e.data), size,
        len(e.name), 0, 0, 0, 0, e.mode << 16, offset,
    )  # fmt: skip


def deflate(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def deflate_bomb(head: bytes, filler: bytes, megabytes: int) -> bytes:
    """A raw deflate stream of ``head`` then ``megabytes`` MB of ``filler``, built in
    milliseconds: full flushes make each 1 MB block byte-aligned and self-contained, so one
    compressed block is simply repeated."""
    first = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = first.compress(head) + first.flush(zlib.Z_FULL_FLUSH)
    block = zlib.compressobj(9, zlib.DEFLATED, -15)
    mega = block.compress(filler * (1024 * 1024 // len(filler))) + block.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    return start + mega * megabytes + final


def big_telegram_json(path: Path, messages: int, padding: int) -> int:
    """A Telegram ``result.json`` of ``messages`` short messages, each carrying ``padding``
    bytes in a field Guardian ignores. Returns the file size."""
    pad = "p" * padding
    with path.open("w", encoding="utf-8") as out:
        out.write('{"name": "Jake", "type": "personal_chat", "id": 4400000001, "messages": [')
        for start in range(0, messages, 1000):
            out.write(",".join(
                f'{{"id": {i}, "type": "message", "date": "2024-03-14T21:05:00", '
                f'"date_unixtime": "{1710446700 + i}", "from": "{"Jake" if i % 2 else "Emma"}", '
                f'"from_id": "user{4400000001 + i % 2}", "text": "message {i}", '
                f'"text_entities": [{{"type": "plain", "text": "message {i}"}}], '
                f'"x_unused": "{pad}"}}'
                for i in range(start, min(start + 1000, messages))
            ) + ("," if start + 1000 < messages else ""))
        out.write("]}")
    return path.stat().st_size


def sms_backup(body: str, extra: str = "") -> str:
    """A minimal SMS Backup & Restore file whose one received message has ``body`` (raw XML)."""
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
        f"{extra}"
        '<smses count="1">\n'
        '  <sms protocol="0" address="+15550100" date="1710446712000" type="1" '
        f'body="{body}" read="1" contact_name="Jake" />\n'
        "</smses>\n"
    )
