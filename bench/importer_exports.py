"""Writers of synthetic chat exports for ``bench/importers.py``, one per format, streamed to disk.

Every text is invented, everyday and non-explicit (the same kind of lines as
``scan_throughput.py``). Each writer takes a path, a message count and ``pad``: bytes of
base64-like data per message in a field importers skip (as exports carry thumbnails and
media payloads), to grow the file without growing the chat. WhatsApp and CSV have no such
field and ignore it.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import quoteattr

LINES = [
    "hey whats up", "lol same", "did u finish the maths homework?", "practice is at 5 tmrw",
    "omg that game last night was insane", "can u send me the notes from bio", "ok see u at lunch",
    "my mum says i can come to the party", "haha no way", "what time does the movie start",
    "im so tired rn", "bring ur charger pls", "we won 3-1!!", "gg", "brb dinner", "wanna play later?",
]  # fmt: skip
WORDS = "maths lunch bus park game level team coach mum dad pizza movie song weekend homework quiz".split()
PEOPLE = ("Sam", "Alex")
START = datetime(2024, 1, 1, 8, 0, tzinfo=UTC)


def _messages(n: int, seed: int = 7) -> Iterator[tuple[int, datetime, str, str]]:
    """(number, UTC time, sender, text) for n mostly distinct messages."""
    rng = random.Random(seed)
    when = START
    for i in range(n):
        when += timedelta(seconds=rng.randint(5, 600))
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 6)))
        yield i, when, PEOPLE[rng.random() < 0.5], f"{rng.choice(LINES)} {words}".strip()


def _ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def whatsapp(path: Path, n: int, pad: int = 0) -> None:
    with path.open("w", encoding="utf-8") as f:
        for _, when, who, text in _messages(n):
            f.write(f"{when:%d/%m/%Y, %H:%M} - {who}: {text}\n")


def _blob(pad: int) -> str:
    return ("QUJDRA" * (pad // 6 + 1))[:pad]


def _json_array(path: Path, head: str, items: Iterator[dict[str, object]], tail: str, pad: int = 0) -> None:
    blob = _blob(pad)
    with path.open("w", encoding="utf-8") as f:
        f.write(head)
        for i, item in enumerate(items):
            if pad:
                item["x_thumbnail_base64"] = blob
            f.write(("," if i else "") + "\n  " + json.dumps(item, ensure_ascii=False))
        f.write(tail)


def telegram(path: Path, n: int, pad: int = 0) -> None:
    head = '{\n "name": "Sam",\n "type": "personal_chat",\n "id": 4400002,\n "messages": ['
    items = ({"id": i + 1, "type": "message", "date": f"{t:%Y-%m-%dT%H:%M:%S}",
              "date_unixtime": str(int(t.timestamp())), "from": who,
              "from_id": f"user{PEOPLE.index(who) + 1}", "text": text}
             for i, t, who, text in _messages(n))
    _json_array(path, head, items, "\n ]\n}\n", pad)


def discord(path: Path, n: int, pad: int = 0) -> None:
    head = ('{\n "guild": {"id": "0", "name": "Direct Messages"},\n "channel": {"id": "900000000000000501", '
            '"type": "DirectTextChat", "category": "Private", "name": "sam"},\n "messages": [')
    items = ({"id": str(900000000000001000 + i), "type": "Default", "timestamp": t.isoformat(timespec="milliseconds"),
              "content": text, "author": {"id": str(900000000000000020 + PEOPLE.index(who)), "name": who.lower(),
                                          "nickname": who, "isBot": False}, "attachments": [], "reactions": []}
             for i, t, who, text in _messages(n))
    _json_array(path, head, items, f'\n ],\n "messageCount": {n}\n}}\n', pad)


def meta(path: Path, n: int, pad: int = 0) -> None:
    head = '{\n "participants": [{"name": "Sam"}, {"name": "Alex"}],\n "messages": ['
    items = ({"sender_name": who, "timestamp_ms": _ms(t), "content": text, "is_geoblocked_for_viewer": False}
             for _, t, who, text in reversed(list(_messages(n))))  # Meta writes newest first
    _json_array(path, head, items, '\n ],\n "title": "Sam",\n "thread_path": "inbox/sam_1093284756"\n}\n', pad)


def sms(path: Path, n: int, pad: int = 0) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
                "<!--File Created By SMS Backup & Restore v10.20.002 on 20/03/2024 19:00:00-->\n"
                f'<smses count="{n}" type="full">\n')
        extra = f' x_thumbnail_base64="{_blob(pad)}"' if pad else ""
        for _, t, who, text in _messages(n):
            kind = 2 if who == "Alex" else 1
            f.write(f'  <sms protocol="0" address="+15550100199" date="{_ms(t)}" type="{kind}" subject="null" '
                    f'body={quoteattr(text)} read="1" status="-1" contact_name="Sam"{extra} />\n')
        f.write("</smses>\n")


def generic(path: Path, n: int, pad: int = 0) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["timestamp", "sender", "text"])
        for _, t, who, text in _messages(n):
            out.writerow([t.isoformat(), who, text])


def slack(path: Path, n: int, pad: int = 0) -> None:
    """One (very busy) channel day file; real exports split a channel by day."""
    items = ({"type": "message", "user": f"U0{who.upper():0<7}", "text": text, "ts": f"{t.timestamp():.6f}",
              "user_profile": {"real_name": who, "display_name": who.lower()}}
             for _, t, who, text in _messages(n))
    _json_array(path, "[", items, "\n]\n", pad)


# format -> (file name the export would have, writer)
PADDED = ("telegram", "discord", "meta", "sms", "slack")
GENERATORS: dict[str, tuple[str, Callable[[Path, int, int], None]]] = {
    "whatsapp": ("WhatsApp Chat with Sam.txt", whatsapp),
    "telegram": ("result.json", telegram),
    "discord": ("Direct Messages - Private - sam [900000000000000501].json", discord),
    "meta": ("messages/inbox/sam_1093284756/message_1.json", meta),
    "sms": ("sms-20240320190000.xml", sms),
    "generic": ("chats.guardian.csv", generic),
    "slack": ("general/2024-03-14.json", slack),
}
