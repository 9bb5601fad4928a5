"""What a LINE "Export chat history" file looks like in the phone languages we know
(export-formats.md section 9): headers, date headings, times, media placeholders, notices."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "[LINE] Chat history with X" (1:1) / "in X" (group), and the localised forms.
_TITLES: tuple[tuple[re.Pattern[str], bool], ...] = tuple(
    (re.compile(p), group)
    for p, group in (
        (r"^Chat history with (?P<t>.+)$", False),
        (r"^Chat history in (?P<t>.+)$", True),
        (r"^Chat history of (?P<t>.+)$", True),
        (r"^(?P<t>.+)とのトーク履歴$", False),
        (r"^(?P<t>.+)のトーク履歴$", True),
        (r"^与(?P<t>.+)的聊天记录$", False),
        (r"^與(?P<t>.+)的聊天記錄$", False),
        (r"^(?P<t>.+)的聊天[记記][录錄]$", True),
        (r"^ประวัติการแชทกับ\s*(?P<t>.+)$", False),
        (r"^ประวัติการแชท(?:ใน|ของ)\s*(?P<t>.+)$", True),
        (r"^Riwayat (?:chat|obrolan) dengan (?P<t>.+)$", False),
        (r"^Riwayat (?:chat|obrolan) (?:di|dalam) (?P<t>.+)$", True),
        (r"^(?P<t>.+)\s*님과의 대화$", False),
    )
)
_PREFIX = re.compile(r"^\ufeff?\s*\[LINE\]\s*")

# Date headings: 2024/03/14(Thu), 2015/12/25 Fri, 2024.02.01 Thursday, 2024/1/2週二,
# 2024年3月14日(木), and day-or-month-first "Sun, 26/04/2026" (order decided per file).
_WEEKDAY = r"(?:\s*[(（]?\s*\S{1,12}?\s*[)）]?)?\s*$"
_YMD = re.compile(r"^(\d{4})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,2})\s*日?" + _WEEKDAY)
_DMY = re.compile(r"^(?:[^\d\t]{1,12},?\s*)?(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})" + _WEEKDAY)

# Times: 07:33, 04:35PM, 10:00 AM, 下午03:04, 午後03:04, 오후 3:04.
_MORNING = ("am", "a.m.", "上午", "午前", "오전", "ก่อนเที่ยง")
_AFTERNOON = ("pm", "p.m.", "下午", "午後", "오후", "หลังเที่ยง")
_MARK = r"(?:[AaPp]\.?[Mm]\.?|上午|下午|午前|午後|오전|오후)"
TIME = re.compile(rf"^(?P<pre>{_MARK})?\s*(?P<h>\d{{1,2}}):(?P<m>\d{{2}})\s*(?P<post>{_MARK})?(?=\t| |$)")

# Media placeholders (a whole message, optionally followed by a caption or address).
_MEDIA = {
    "image": ("Photo", "Photos", "写真", "照片", "圖片", "图片", "รูป", "รูปภาพ", "Foto", "Gambar", "사진"),
    "sticker": ("Sticker", "スタンプ", "貼圖", "贴图", "表情贴", "สติกเกอร์", "Stiker", "스티커"),
    "video": ("Video", "動画", "影片", "视频", "วิดีโอ", "동영상"),
    "audio": ("Voice message", "Audio", "ボイスメッセージ", "語音訊息", "语音消息", "语音", "ข้อความเสียง",
              "Pesan suara", "음성메시지"),
    "document": ("File", "ファイル", "檔案", "文件", "ไฟล์", "파일"),
    "location": ("Location", "位置情報", "位置資訊", "位置信息", "位置", "ตำแหน่ง", "Lokasi", "위치"),
    "contact": ("Contact", "連絡先", "聯絡人資訊", "联系人", "ข้อมูลติดต่อ", "Kontak", "연락처"),
    "other": ("Notes", "Note", "ノート", "記事本", "记事本", "Album", "アルバム", "相簿", "相册", "โน้ต",
              "Catatan", "null", "Gift", "プレゼント", "禮物"),
}  # fmt: skip
_PLACEHOLDER = re.compile(r"^\[(?P<w>[^\[\]\n]{1,24})\](?:\s+(?P<rest>.*))?$", re.DOTALL)
_BY_WORD = {w.casefold(): kind for kind, words in _MEDIA.items() for w in words}

UNSENT = ("unsent a message", "メッセージの送信を取り消しました", "已收回訊息", "已撤回消息",
          "收回了訊息", "ยกเลิกข้อความ", "membatalkan pesan", "메시지 전송을 취소했습니다")  # fmt: skip
CALL_MARK = "☎"


@dataclass(frozen=True, slots=True)
class Title:
    title: str
    group: bool | None


def title_of(line: str) -> Title | None:
    """The chat's title from the header line (with or without the ``[LINE]`` prefix)."""
    prefixed = _PREFIX.match(line)
    body = line[prefixed.end():].strip() if prefixed else line.strip().lstrip("\ufeff")
    for pattern, group in _TITLES:
        found = pattern.match(body)
        if found:
            return Title(found.group("t").strip(), group)
    if prefixed and body:
        return Title(body, None)
    return None


def is_line_file_name(name: str) -> bool:
    return name.startswith("[LINE]")


def title_from_file_name(name: str) -> Title | None:
    stem = name.rsplit(".", 1)[0]
    return title_of(stem) if is_line_file_name(stem) else None


def date_of(line: str) -> tuple[str, int, int, int] | None:
    """("ymd" | "ambiguous", a, b, year) for a date heading, else None."""
    text = line.strip()
    if "\t" in line or len(text) > 40:
        return None
    found = _YMD.match(text)
    if found:
        return "ymd", int(found.group(2)), int(found.group(3)), _year(int(found.group(1)))
    found = _DMY.match(text)
    if found:
        return "ambiguous", int(found.group(1)), int(found.group(2)), _year(int(found.group(3)))
    return None


def _year(year: int) -> int:
    return year - 543 if year > 2400 else year  # Thai phones may write the Buddhist year


def clock(found: re.Match[str]) -> tuple[int, int] | None:
    """(hour, minute) on a 24-hour clock from a :data:`TIME` match, or None if impossible."""
    hour, minute = int(found.group("h")), int(found.group("m"))
    mark = (found.group("pre") or found.group("post") or "").casefold()
    if mark in _AFTERNOON and hour < 12:
        hour += 12
    elif mark in _MORNING and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def media_of(text: str) -> tuple[str, str] | None:
    """(media kind, remaining caption) when the message is a media placeholder."""
    found = _PLACEHOLDER.match(text.strip())
    if not found:
        return None
    kind = _BY_WORD.get(found.group("w").strip().casefold())
    if kind is None:
        return None
    return kind, (found.group("rest") or "").strip()


def is_unsent(text: str) -> bool:
    folded = text.casefold()
    return any(u in folded for u in UNSENT) and len(text) < 80
