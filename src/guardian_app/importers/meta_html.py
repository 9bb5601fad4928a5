"""Reading one Messenger / Instagram HTML thread file (``message_1.html``), incrementally.

Meta's class names change from one export vintage to the next, so the page is read by its
shape instead: the text of each block element becomes a line; after the title and a
"Participants: …" line, every message is a sender line, body lines, and a date line. Text in
lists (reactions) is ignored; ``<img>``/``<video>``/``<audio>`` only record that media existed.
"""

from __future__ import annotations

import codecs
import re
from datetime import datetime
from html.parser import HTMLParser

from guardian_app.domain import MEDIA, TEXT, Message
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.meta_records import MAX_TEXT, fix_text
from guardian_app.importers.meta_thread import Thread
from guardian_app.importers.textdecode import detect_bom

CHUNK = 64 * 1024
MAX_BODY_LINES = 64
_BLOCKS = frozenset(
    "div p li td th tr table h1 h2 h3 h4 h5 h6 section footer header article main body".split()
)
_MEDIA_TAGS = {"img": "image", "video": "video", "audio": "audio"}
_SPACES = re.compile(r"[ \t\u00a0\u202f\u2009]+")
_FORMATS = [
    f"{date}{sep}{time}"
    for date in ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y")
    for sep in (", ", " at ", " ")
    for time in ("%I:%M %p", "%I:%M:%S %p", "%I:%M%p", "%I:%M:%S%p", "%H:%M", "%H:%M:%S")
]


def parse_time(line: str) -> datetime | None:
    """A date line in any of the layouts Meta has used (wall clock, no zone), else None."""
    text = _SPACES.sub(" ", line).strip()
    if not 10 <= len(text) <= 40 or not any(c.isdigit() for c in text):
        return None
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


class _Page(HTMLParser):
    """Turns HTML into tokens: ``("line", text)`` and ``("media", kind)``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[tuple[str, str]] = []
        self.title = ""
        self._buffer: list[str] = []
        self._size = 0
        self._hidden = 0  # inside <script>, <style>, <head>'s <title> or a list (reactions)
        self._in_title = False

    def _flush(self) -> None:
        text = "\n".join(_SPACES.sub(" ", part).strip() for part in "".join(self._buffer).split("\n"))
        text = text.strip("\n ")
        if text:
            self.tokens.append(("line", fix_text(text)))
        self._buffer, self._size = [], 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "ul", "ol"):
            self._hidden += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "br":
            self._buffer.append("\n")
        elif tag in _MEDIA_TAGS and not self._hidden:
            self._flush()
            self.tokens.append(("media", _MEDIA_TAGS[tag]))
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "ul", "ol"):
            self._hidden = max(0, self._hidden - 1)
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title + data)[:500]
        elif not self._hidden and self._size < MAX_TEXT:
            self._buffer.append(data)
            self._size += len(data)


class _Blocks:
    """Consumes tokens: the header (title, participants), then sender / body / date blocks."""

    def __init__(self, thread: Thread) -> None:
        self.thread = thread
        self.started = False
        self.pending: list[tuple[str, str]] = []
        self.overflowed = False

    def feed(self, tokens: list[tuple[str, str]]) -> None:
        for token in tokens:
            if not self.started:
                self._header(token)
            elif token[0] == "line" and (when := parse_time(token[1])) is not None:
                self._message(when)
            else:
                self.pending.append(token)
                if len(self.pending) > MAX_BODY_LINES:  # no date in sight: drop the oldest
                    self.pending.pop(0)
                    self.thread.skipped += not self.overflowed
                    self.overflowed = True

    def _header(self, token: tuple[str, str]) -> None:
        kind, text = token
        if kind == "line" and text.casefold().startswith("participants:"):
            names = re.split(r",\s*|\s+and\s+", text.split(":", 1)[1].strip())
            self.thread.listed = [n.strip() for n in names if n.strip()]
            self.started = True
        elif kind == "line" and parse_time(text) is not None:
            self.started = True  # no participants line: what came before was one message
            self._message(parse_time(text))

    def _message(self, when: datetime | None) -> None:
        lines = [text for kind, text in self.pending if kind == "line"]
        media = tuple(dict.fromkeys(text for kind, text in self.pending if kind == "media"))
        self.pending, self.overflowed = [], False
        if not lines:
            self.thread.skipped += 1
            return
        sender, body = lines[0], "\n".join(lines[1:])
        kind = MEDIA if media else TEXT
        self.thread.messages.append(Message(sender, body, when, kind, media))


def read_thread(ef: ExportFile) -> Thread:
    """The thread in an HTML file. Raises :class:`ExportError` when no message is found."""
    thread = Thread(newest_first=False, timezone_known=False)
    page, blocks = _Page(), _Blocks(thread)
    with ef.open() as stream:
        try:
            first = stream.read(CHUNK)
            encoding, skip = detect_bom(first)
            decoder = codecs.getincrementaldecoder(encoding or "utf-8")(errors="replace")
            data = first[skip:]
            while True:
                page.feed(decoder.decode(data, final=not data))
                blocks.feed(page.tokens)
                page.tokens = []
                if not data:
                    break
                data = stream.read(CHUNK)
            page.close()
        except ExportError:
            raise
        except (OSError, EOFError, ValueError) as exc:
            raise ExportError(f"Could not read {ef.display}: {type(exc).__name__}.") from exc
    thread.title = fix_text(page.title).strip()
    if not thread.messages:
        raise ExportError(
            f"{ef.display} does not look like a Messenger or Instagram chat: no message was found."
        )
    first, last = thread.messages[0].timestamp, thread.messages[-1].timestamp
    thread.newest_first = bool(first and last and first > last)
    return thread
