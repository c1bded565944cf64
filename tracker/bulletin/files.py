"""Bulletin files → text: encodings detected, HTML reduced to its text, PDF read from its text layer.

Every failure is a :class:`~tracker.errors.BulletinError` naming the file, so a batch can report
one bad file and go on with the rest.
"""

from __future__ import annotations

import codecs
import html
import io
import logging
import re
from html.parser import HTMLParser
from pathlib import PurePath

from tracker.errors import BulletinError

#: Larger uploads are refused: no real bulletin comes near this, and it bounds memory and time.
MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|head|body|p|div|article|br|span|table)\b", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def display_name(name: str | None) -> str:
    """The label shown for an uploaded file: its last path part, printable, at most 120 characters.

    Upload names are labels only; they never become paths on this machine.

    >>> display_name("../../etc/passwd")
    'passwd'
    >>> display_name("C:\\\\Users\\\\x\\\\news.txt")
    'news.txt'
    """
    base = PurePath(str(name or "").replace("\\", "/")).name
    base = _CONTROL.sub("", base).strip().lstrip(".") or "bulletin"
    return base[:120]


def decode_bytes(data: bytes, name: str = "bulletin") -> str:
    """Bytes of a bulletin → its text.

    Order: a byte-order mark decides; else strict UTF-8; else charset detection (Big5, GB18030,
    Shift-JIS, Windows-1252 …); Latin-1 only when detection is unsure and the bytes still look
    like text. Raises :class:`BulletinError` for empty, binary or oversized input.
    """
    if len(data) > MAX_BYTES:
        raise BulletinError(name, f"file is {len(data) / 1e6:.1f} MB; bulletins over {MAX_BYTES // 2**20} MB are refused")
    if not data.strip():
        raise BulletinError(name, "file is empty")
    if data[:5] == b"%PDF-":
        return pdf_text(data, name)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise BulletinError(name, f"starts with a {enc} byte-order mark but does not decode: {exc.reason}") from None
    if _looks_binary(data):
        raise BulletinError(name, "looks like a binary file, not text, HTML or PDF")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _detect(data)
    if text is None:
        raise BulletinError(name, "could not tell the text encoding")
    return text


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    nuls = sample.count(0)
    if nuls > max(2, len(sample) // 1000):
        # UTF-16 without a BOM has a NUL in every other byte; real binaries have them scattered.
        # A stray NUL or two (a copy-paste from a terminal) leaves a text a text.
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2 or 1
        return not (odd > 0.8 * half or even > 0.8 * half)
    bad = sum(b < 9 or 13 < b < 32 for b in sample)
    return bad > 0.05 * len(sample)


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    if data.count(b"\x00") > len(data) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace") if best is None else None


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML page: scripts, styles and templates dropped."""

    _SKIP = frozenset({"script", "style", "template", "noscript", "svg", "head", "iframe", "object"})
    _BLOCK = frozenset({
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
        "header", "footer", "table", "ul", "ol", "blockquote", "pre", "dd", "dt", "figcaption", "title",
    })

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(markup: str) -> str:
    """The readable text of an HTML document, one paragraph per line.

    >>> html_text("<p>A <b>magnitude 5.1</b> quake</p><script>alert(1)</script>")
    'A magnitude 5.1 quake'
    """
    # A <head> holds the <title>, which is often the only dateline: keep the title, drop the rest.
    title = re.search(r"<title[^>]*>(.*?)</title>", markup[:20000], re.I | re.S)
    p = _TextExtractor()
    p.feed(markup)
    p.close()
    text = "".join(p.parts)
    if title and "<body" in markup.lower():
        text = html.unescape(title.group(1)).strip() + "\n" + text
    lines = [re.sub(r"[ \t\r\f\v\xa0]+", " ", ln).strip() for ln in text.split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return out


def looks_like_html(text: str) -> bool:
    """True when a text is an HTML document or fragment rather than prose that mentions a tag."""
    head = text[:4096].encode("utf-8", "ignore")
    return bool(_HTML_SNIFF.search(head)) and text.count("<") >= 3


def pdf_text(data: bytes, name: str = "bulletin.pdf") -> str:
    """The text layer of a PDF, page by page. A PDF with no text layer (a scan) is an error."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a runtime requirement
        raise BulletinError(name, "PDF support needs the pypdf package") from None
    # pypdf logs its repairs ("EOF marker not found") as warnings; the error below says it once
    pdf_log = logging.getLogger("pypdf")
    level = pdf_log.level
    pdf_log.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise BulletinError(name, f"unreadable PDF ({exc})") from None
    finally:
        pdf_log.setLevel(level)
    text = "\n\n".join(p.strip() for p in pages).strip()
    if not text:
        raise BulletinError(name, "PDF has no text layer (a scanned image?)")
    return text


def bulletin_text(data: bytes, name: str = "bulletin") -> str:
    """Bytes of an uploaded or on-disk bulletin (text, HTML or PDF) → the text to parse."""
    text = decode_bytes(data, name)
    if name.lower().endswith((".html", ".htm", ".xhtml")) or looks_like_html(text):
        text = html_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise BulletinError(name, "no text found in the file")
    return text
