"""The dashboard in a real Chromium: `streamlit run app.py` on loopback, driven by Playwright.

Uploads a sample bulletin, sees its values, visits every page, checks the Plotly figures have
data, that no console error was logged and that no request left 127.0.0.1 (the map's outline
included). Screenshots of every page go to the test's tmp_path.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SAMPLE = ROOT / "data" / "samples" / "hualien_2024_news.txt"
FALLBACK_TEXT = ("HUALIEN, Taiwan, April 3, 2024 - A magnitude 7.2 earthquake struck off Hualien at 7:58am "
                 "today at a depth of 15.5km, the Central Weather Administration said. A magnitude 6.5 "
                 "aftershock followed at 8:11am. <b>Bold markup</b> stays text.\n")
PAGES = ("Sequence", "Magnitudes", "Forecast", "Catalogue")

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium); no browser is downloaded",
                allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    tmp = tmp_path_factory.mktemp("browser")
    port = _free_port()
    env = {**os.environ, "TRACKER_DB": str(tmp / "tracker.db")}
    streamlit = shutil.which("streamlit", path=str(Path(sys.executable).parent)) or "streamlit"
    log = (tmp / "server.log").open("w")
    proc = subprocess.Popen(
        [streamlit, "run", "app.py", "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not become healthy:\n{(tmp / 'server.log').read_text()}")
            time.sleep(0.3)
        yield base, tmp
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _wait_idle(page: sync_api.Page, timeout_s: float = 60) -> None:
    """Until the app's script run has finished (the status widget gone) and the page settled."""
    page.wait_for_timeout(500)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if page.locator('[data-testid="stStatusWidget"]').count() == 0:
            break
        page.wait_for_timeout(200)
    page.wait_for_timeout(800)


def _plot_lengths(page: sync_api.Page, expected: int, timeout_s: float = 30) -> list[int]:
    """Trace counts of the page's Plotly figures, once ``expected`` of them have drawn (charts
    below the fold draw when scrolled to)."""
    deadline = time.monotonic() + timeout_s
    js = "[...document.querySelectorAll('.js-plotly-plot')].map(d => (d.data || []).length)"
    lengths: list[int] = page.evaluate(js)
    while time.monotonic() < deadline:
        for el in page.locator(".js-plotly-plot").all():
            el.scroll_into_view_if_needed()
        lengths = page.evaluate(js)
        if len(lengths) >= expected and all(n > 0 for n in lengths):
            break
        page.wait_for_timeout(500)
    page.wait_for_timeout(1000)  # the map fetches its outline, WebGL draws
    return lengths


def test_dashboard_offline_in_chromium(server: tuple[str, Path]) -> None:
    base, tmp = server
    requests: list[str] = []
    console_errors: list[str] = []
    bulletin = SAMPLE if SAMPLE.is_file() else tmp / "bulletin.txt"
    if not SAMPLE.is_file():
        bulletin.write_text(FALLBACK_TEXT, encoding="utf-8")

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 2600})
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: console_errors.append(str(e)))
            page.goto(base + "/", wait_until="domcontentloaded")
            page.get_by_role("heading", name="Bulletins").first.wait_for(timeout=60_000)
            _wait_idle(page)
            page.screenshot(path=str(tmp / "bulletins-first-open.png"))

            # Upload a bulletin and save it.
            page.locator('[data-testid="stFileUploader"] input[type="file"]').first.set_input_files(str(bulletin))
            page.locator(f'[data-testid="stFileChip"][aria-label^="{bulletin.name}"]').first.wait_for(timeout=30_000)
            _wait_idle(page)
            page.get_by_role("button", name="Read and save").click()
            message = page.get_by_text(f"{bulletin.name}: ").first
            message.wait_for(timeout=60_000)
            _wait_idle(page)
            text = message.inner_text()
            assert "added" in text or "already there" in text, text
            n_events = int(text.split("added, ")[1].split(" events")[0]) if "added, " in text else None
            # Its text is shown with every extracted value marked, and its table is there.
            page.locator(".bulletin-text").first.wait_for(timeout=30_000)
            marks = page.locator(".bulletin-text mark.event").count()
            if n_events:
                assert marks >= 1
                assert page.locator(".bulletin-text mark.event").first.get_attribute("title").startswith(("M", "m"))
            assert page.locator('[data-testid="stDataFrame"], [data-testid="stDataEditor"]').count() >= 2
            assert page.locator(".bulletin-text script").count() == 0
            page.screenshot(path=str(tmp / "bulletins.png"))

            for name in PAGES:
                page.get_by_role("link", name=name).first.click()
                page.get_by_role("heading", name=name).first.wait_for(timeout=60_000)
                _wait_idle(page)
                if name in ("Sequence", "Magnitudes"):
                    page.wait_for_selector(".js-plotly-plot", timeout=60_000)
                    lengths = _plot_lengths(page, 5 if name == "Sequence" else 2)
                    page.screenshot(path=str(tmp / f"{name.lower()}.png"))
                    assert len(lengths) >= (5 if name == "Sequence" else 2), (lengths, console_errors)
                    assert all(n > 0 for n in lengths), (lengths, console_errors)
                    assert page.evaluate("document.querySelectorAll('.js-plotly-plot')[0].data.length") > 0
                if name == "Sequence":
                    # The map drew land from the locally served topojson.
                    assert page.locator(".js-plotly-plot .geo .layer.land path, "
                                        ".js-plotly-plot .geo path.land").count() > 0
                if name == "Forecast":
                    assert page.get_by_text("So far").count() >= 1
                page.screenshot(path=str(tmp / f"{name.lower()}.png"))
        finally:
            browser.close()

    hosts = {urlsplit(u).hostname for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")}
    assert hosts <= {"127.0.0.1"}, sorted(hosts)
    assert any("/app/static/world_" in u for u in requests), "the map did not load its local outline"
    assert not console_errors, console_errors
    print(f"screenshots in {tmp}")
