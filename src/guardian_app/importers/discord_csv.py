"""DiscordChatExporter CSV: ``AuthorID,Author,Date,Content,Attachments,Reactions``, every field
quoted, content may span lines. No guild, channel or message id is written, so the chat's name
and channel id come from DCE's default file name (``Guild - Category - Channel [id].csv``)."""

from __future__ import annotations

import csv

from guardian_app.domain import MEDIA, SYSTEM, TEXT
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.discord_chat import (
    MAX_TEXT,
    SYSTEM_TEXT,
    Draft,
    Parsed,
    info_from_file_name,
    media_kind,
    plain_name,
    system_text,
)
from guardian_app.importers.discord_dates import parse_any
from guardian_app.importers.discord_text import text_stream

HEADER = ("AuthorID", "Author", "Date", "Content", "Attachments")


def _draft(row: list[str], line: int) -> Draft | None:
    author_id, author, date, content = (cell.strip() if i < 3 else cell for i, cell in enumerate(row[:4]))
    if not author:
        return None
    when = parse_any(date)
    sender = plain_name(author) or author
    text = content[:MAX_TEXT]
    media = tuple(media_kind(url.strip()) for url in row[4].split(",") if url.strip())
    if not media and SYSTEM_TEXT.match(text):
        return Draft(sender, system_text(sender, text), when, SYSTEM, line=line)
    return Draft(sender, text, when, MEDIA if media else TEXT, media, line=line, aliases=(author, author_id))


def read(ef: ExportFile) -> Parsed:
    """Every row of one DCE CSV file; a row with the wrong number of fields is skipped."""
    info, _ = info_from_file_name(ef)
    parsed = Parsed(info)
    with text_stream(ef) as stream:
        reader = csv.reader(stream)
        try:
            header = next(reader, None)
            if header is None or tuple(h.strip() for h in header[:5]) != HEADER:
                raise ExportError(
                    f"{ef.display} does not look like a Discord chat export: its first line is not DCE's CSV header."
                )
            line = reader.line_num + 1
            for row in reader:
                draft = _draft(row, line) if len(row) == len(header) else None
                if draft is None:
                    if any(cell.strip() for cell in row):
                        parsed.skipped += 1
                else:
                    parsed.drafts.append(draft)
                line = reader.line_num + 1
        except csv.Error as exc:
            if not parsed.drafts:
                raise ExportError(f"{ef.display} could not be read as a Discord export: the CSV is damaged.") from exc
            parsed.skipped += 1
            parsed.notes.append("The file is damaged after some rows; the rows before the damage were read.")
    if parsed.skipped:
        parsed.notes.append(f"{parsed.skipped} row(s) could not be read and were skipped.")
    return parsed
