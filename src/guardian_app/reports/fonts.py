"""Fonts for the case report: a Latin/Cyrillic text font plus a CJK font, chosen per character.

Chats are often in Chinese, so the report embeds a CJK-capable TrueType font when one is
installed (Debian's ``fonts-droid-fallback``, WenQuanYi, Windows' YaHei/SimSun, macOS'
Arial Unicode). Without one it falls back to reportlab's built-in CID font ``STSong-Light``,
which needs no file (the PDF viewer supplies the glyphs). The text font is DejaVu Sans when
installed, else the Vera font that ships inside reportlab. Chinese-only fonts such as Droid
Sans Fallback lack Latin letters, so :func:`markup` switches font per run of characters.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from guardian_app import paths

log = logging.getLogger(__name__)

TEXT, TEXT_BOLD, CJK = "GuardianText", "GuardianText-Bold", "GuardianCJK"
CID_FALLBACK = "STSong-Light"

_VERA = Path(reportlab.__file__).resolve().parent / "fonts"
_WIN = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"

# (regular, bold) text fonts, best first; Vera always exists (it ships with reportlab).
TEXT_CANDIDATES: tuple[tuple[Path, Path], ...] = (
    (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
     Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")),
    (Path("/usr/share/fonts/TTF/DejaVuSans.ttf"), Path("/usr/share/fonts/TTF/DejaVuSans-Bold.ttf")),
    (Path("/Library/Fonts/Arial.ttf"), Path("/Library/Fonts/Arial Bold.ttf")),
    (Path("/System/Library/Fonts/Supplemental/Arial.ttf"), Path("/System/Library/Fonts/Supplemental/Arial Bold.ttf")),
    (_WIN / "arial.ttf", _WIN / "arialbd.ttf"),
    (_VERA / "Vera.ttf", _VERA / "VeraBd.ttf"),
)

# CJK-capable TrueType fonts (glyf outlines; reportlab cannot embed CFF-based OpenType).
# An installer can bundle one as resources/fonts/DroidSansFallbackFull.ttf (Apache-2.0).
CJK_CANDIDATES: tuple[Path, ...] = (
    paths.resources_dir() / "fonts" / "DroidSansFallbackFull.ttf",
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    Path("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf"),
    _WIN / "msyh.ttc",
    _WIN / "simsun.ttc",
    _WIN / "msjh.ttc",
    Path("/Library/Fonts/Arial Unicode.ttf"),
    Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
)


@dataclass(slots=True)
class FontSet:
    """The registered fonts and which characters each one can draw."""

    text_file: str
    cjk_file: str | None  # None: the CID fallback (not embedded)
    text_chars: frozenset[int] = field(default_factory=frozenset)
    cjk_chars: frozenset[int] | None = None  # None: assume every CJK code point
    cjk_face: str = CID_FALLBACK  # the font's PostScript name, as the PDF records it

    @property
    def cjk_embedded(self) -> bool:
        return self.cjk_file is not None

    @property
    def cjk_name(self) -> str:
        """The registered name of the CJK font (the CID font's own name when falling back)."""
        return CJK if self.cjk_file else CID_FALLBACK

    def font_for(self, ch: str) -> str:
        code = ord(ch)
        if code in self.text_chars or code < 0x80:
            return TEXT
        if self.cjk_chars is None:
            return self.cjk_name if is_cjk(ch) else TEXT
        return self.cjk_name if code in self.cjk_chars else TEXT


def is_cjk(ch: str) -> bool:
    """Han, kana, hangul, CJK punctuation and full-width forms."""
    code = ord(ch)
    return (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFE30 <= code <= 0xFE4F or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x2FA1F)


def _load_ttf(name: str, path: Path) -> TTFont | None:
    if not path.is_file():
        return None
    try:
        return TTFont(name, str(path), subfontIndex=0) if path.suffix.lower() == ".ttc" else TTFont(name, str(path))
    except Exception as exc:  # a damaged or unsupported font file: try the next one
        log.info("font %s not usable (%s)", path.name, type(exc).__name__)
        return None


_REGISTERED: dict[tuple[tuple[tuple[Path, Path], ...], tuple[Path, ...]], FontSet] = {}


def register_fonts(text_candidates: Sequence[tuple[Path, Path]] = TEXT_CANDIDATES,
                   cjk_candidates: Sequence[Path] = CJK_CANDIDATES) -> FontSet:
    """Registers the report's fonts with reportlab (once per candidate list) and returns them."""
    cache_key = (tuple(text_candidates), tuple(cjk_candidates))
    if cache_key in _REGISTERED:
        return _REGISTERED[cache_key]
    text_file, text_chars = "", frozenset[int]()
    for regular, bold in (*text_candidates, TEXT_CANDIDATES[-1]):
        font, font_bold = _load_ttf(TEXT, regular), _load_ttf(TEXT_BOLD, bold)
        if font and font_bold:
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFont(font_bold)
            text_file, text_chars = regular.name, frozenset(font.face.charToGlyph)
            break
    for bold_flag, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
        addMapping(TEXT, bold_flag, italic, TEXT_BOLD if bold_flag else TEXT)
    fonts = None
    for path in cjk_candidates:
        cjk = _load_ttf(CJK, path)
        if cjk is not None:
            pdfmetrics.registerFont(cjk)
            face = cjk.face.name.decode("latin-1") if isinstance(cjk.face.name, bytes) else str(cjk.face.name)
            fonts = FontSet(text_file, path.name, text_chars, frozenset(cjk.face.charToGlyph), face)
            break
    if fonts is None:
        log.info("no CJK TrueType font found; using the built-in CID font %s", CID_FALLBACK)
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
        fonts = FontSet(text_file, None, text_chars, None)
    for bold_flag, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
        addMapping(fonts.cjk_name, bold_flag, italic, fonts.cjk_name)
    _REGISTERED[cache_key] = fonts
    return fonts


def runs(text: str, fonts: FontSet) -> list[tuple[str, str]]:
    """Splits ``text`` into (font name, run) pieces."""
    out: list[tuple[str, str]] = []
    for ch in text:
        name = fonts.font_for(ch) if not ch.isspace() else (out[-1][0] if out else TEXT)
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


def markup(text: str, fonts: FontSet) -> str:
    """``text`` escaped for a reportlab Paragraph, with CJK runs set in the CJK font."""
    return "".join(escape(run) if name == TEXT else f'<font name="{name}">{escape(run)}</font>'
                   for name, run in runs(text, fonts))


def has_cjk(text: str) -> bool:
    return any(is_cjk(ch) for ch in text)
