"""The report in a real browser (headless Chromium driven by Selenium): every finding is
highlighted, accepting fixes in the page gives the text qa fix gives, and a screenshot is kept
in test-artifacts/. `make test` installs Debian's chromium and chromium-driver."""

import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By

from qa.api import check_document, fix_document, load_document
from qa.cli import run
from qa.fixer import apply_edits

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
SAMPLE = ROOT / "samples" / "sample-paper.txt"
SEED = ROOT.parent / "shared" / "corpus" / "dev" / "seed-alash-sot" / "raw.txt"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_port(port: int, what: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            assert time.monotonic() < deadline, f"{what} did not start"
            time.sleep(0.1)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Chromium started here on 127.0.0.1, chromedriver attached to it: nothing depends on the
    name "localhost", which a bare machine without /etc/hosts cannot resolve."""
    assert Path(CHROMIUM).exists() and Path(DRIVER).exists(), \
        "headless Chromium is needed: apt-get install chromium chromium-driver (make test does it as root)"
    chrome_port, driver_port = _free_port(), _free_port()
    chrome = subprocess.Popen(
        [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--remote-debugging-port={chrome_port}", "--remote-debugging-address=127.0.0.1",
         f"--user-data-dir={tmp_path_factory.mktemp('chrome')}", "--window-size=1400,1000", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    driver = subprocess.Popen([DRIVER, f"--port={driver_port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_port(chrome_port, "chromium")
        _wait_port(driver_port, "chromedriver")
        opts = webdriver.ChromeOptions()
        opts.debugger_address = f"127.0.0.1:{chrome_port}"
        drv = webdriver.Remote(command_executor=f"http://127.0.0.1:{driver_port}", options=opts)
        drv.set_window_size(1400, 1000)
        yield drv
        drv.quit()
    finally:
        for proc in (driver, chrome):
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _open(browser, paper: Path, out: Path):
    assert run(["report", str(paper), "-o", str(out)]) == 0
    page = out / (paper.stem + ".html")
    browser.get(page.as_uri())
    return page


def _highlighted_ids(browser) -> set[int]:
    ids = browser.execute_script(
        "return [...document.querySelectorAll('#text mark')].flatMap(m => m.dataset.ids.split(' ').map(Number));")
    return set(ids)


@pytest.mark.parametrize("paper", [SAMPLE, pytest.param(SEED, marks=pytest.mark.skipif(
    not SEED.exists(), reason="the shared seed paper is not beside this checkout"))], ids=["sample", "seed"])
def test_report_in_browser(browser, tmp_path, paper):
    _open(browser, paper, tmp_path)
    doc = load_document(paper)
    findings = check_document(doc)
    assert _highlighted_ids(browser) == set(range(len(findings)))
    assert len(browser.find_elements(By.CSS_SELECTOR, "#list li")) == len(findings)

    # accept all safe fixes in the page: the same text as qa fix --level safe
    browser.find_element(By.ID, "accept-safe").click()
    in_page = browser.execute_script("return document.getElementById('corrected').value;")
    assert in_page == fix_document(doc, level="safe").text

    # reset, then accept one fix by hand
    browser.find_element(By.ID, "reset").click()
    first = next(i for i, f in enumerate(findings) if f.fix is not None)
    browser.find_element(By.CSS_SELECTOR, f"#f{first} button.accept").click()
    in_page = browser.execute_script("return document.getElementById('corrected').value;")
    assert in_page == apply_edits(doc.text, list(findings[first].fix.edits))
    assert "accepted" in browser.find_element(By.ID, f"f{first}").get_attribute("class")

    # filters hide list entries of an unchecked category
    cat = findings[first].category
    browser.find_element(By.CSS_SELECTOR, f'#f-cat input[data-cat="{cat}"]').click()
    assert "hidden" in browser.find_element(By.ID, f"f{first}").get_attribute("class")

    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / f"report-{paper.stem}.png"))


def test_script_in_document_stays_text(browser, tmp_path):
    p = tmp_path / "evil.txt"
    p.write_text('Мәтін <script>document.title="hacked"</script> , соңы.\n<img src=x onerror="document.title=1">\n',
                 encoding="utf-8")
    _open(browser, p, tmp_path / "r")
    assert browser.title.startswith("qa report")
    assert '<script>document.title="hacked"</script>' in browser.find_element(By.ID, "text").text
