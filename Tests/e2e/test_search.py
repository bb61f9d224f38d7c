"""Search (issue 8) in headless Chromium, from file:// and from nginx on 127.0.0.1: typing without
diacritics, names, plan numbers, no match, links, highlighting, the page without JavaScript, and the
word rules of the page's script on the table the Swift indexer passes too.

Expectations come from the content (portal.yaml, content/), not from the built index."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import time
import unicodedata
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pytest
import yaml
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
SEARCH = "tim-kiem/index.html"
ORIGINS = ["file", "http"]
AWARD_KIND = "Khen thưởng"


# ---------------------------------------------------------------------------------------------
# What the content says

def fold(text: str) -> str:
    """Lower case, đ → d, marks removed: enough to pick expectations out of the content."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.category(c).startswith("M")).lower()


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---", 2)[1]) or {}


def awards_of(source: Path) -> list[tuple[str, str]]:
    """(honouree name, decision id) of every award: the YAML lists and their CSV files."""
    awards = []
    for path in sorted((source / "content/honours").glob("*.yaml")):
        decision = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        names = [a["name"] for a in decision.get("awards") or []]
        if decision.get("awards_csv"):
            text = (path.parent / decision["awards_csv"]).read_text(encoding="utf-8-sig")
            separator = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
            names += [row["name"] for row in csv.DictReader(io.StringIO(text), delimiter=separator)]
        awards += [(unicodedata.normalize("NFC", n.strip()), path.stem) for n in names]
    return awards


# ---------------------------------------------------------------------------------------------
# Origins: the built site from disk and from nginx

def root_url(origin: str, root: Path, serve) -> str:
    return root.as_uri() + "/" if origin == "file" else serve(root)


def site_path(url: str, root_address: str) -> str:
    """The file of the site a URL opens, relative to the site's root."""
    root = unquote(urlsplit(root_address).path)
    path = unquote(urlsplit(url).path)
    assert path.startswith(root), f"{url} is outside the site {root_address}"
    rel = path[len(root):]
    return rel + "index.html" if rel == "" or rel.endswith("/") else rel


# ---------------------------------------------------------------------------------------------
# Chromium

def chromium(javascript: bool = True) -> webdriver.Chrome:
    for path in (CHROMIUM, CHROMEDRIVER):
        assert os.access(path, os.X_OK), f"{path} not found: scripts/install-deps.sh test installs chromium and chromium-driver"
    options = Options()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=vi",
                "--window-size=1280,900", "--disable-background-networking", "--disable-extensions"):
        options.add_argument(arg)
    if not javascript:
        options.add_argument("--blink-settings=scriptEnabled=false")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    return driver


@pytest.fixture(scope="session")
def browser():
    driver = chromium()
    yield driver
    driver.quit()


class SearchPage:
    """The search page as a person uses it: type, wait for the results, read them."""

    def __init__(self, driver, root: str):
        self.driver, self.root = driver, root

    def open(self, query: str | None = None):
        self.driver.get(self.root + SEARCH + ("?q=" + quote(query) if query is not None else ""))
        if query is not None:
            self.wait(query)
        return self

    def type(self, query: str):
        box = self.driver.find_element(By.ID, "tu_khoa")
        box.clear()
        box.send_keys(query)
        return self.wait(query)

    def wait(self, query: str, seconds: float = 10):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            last = self.driver.execute_script("return window.portalSearch && window.portalSearch.last")
            if last and last.get("query") == query:
                return self
            time.sleep(0.05)
        status = self.driver.find_element(By.ID, "ket_qua_trang_thai").text
        pytest.fail(f"searching {query!r}: no results shown within {seconds} s (status: {status!r})")

    def all_results(self) -> list[dict]:
        """Every result, pressing "Xem thêm kết quả" until there are no more."""
        more = self.driver.find_element(By.ID, "ket_qua_them")
        for _ in range(200):
            if not more.is_displayed():
                break
            shown = len(self.results())
            more.click()
            deadline = time.monotonic() + 10
            while len(self.results()) == shown and time.monotonic() < deadline:
                time.sleep(0.05)
        return self.results()

    def results(self) -> list[dict]:
        return self.driver.execute_script("""
            return Array.from(document.querySelectorAll('#ket_qua_danh_sach li')).map(li => ({
              kind: li.querySelector('.search-kind').textContent.split(' · ')[0],
              title: li.querySelector('h2').textContent,
              href: li.querySelector('h2 a').href,
              marks: Array.from(li.querySelectorAll('mark')).map(m => m.textContent),
              html: li.innerHTML}));""")

    @property
    def status(self) -> str:
        return self.driver.find_element(By.ID, "ket_qua_trang_thai").text

    def console_errors(self) -> list[str]:
        # The missing site icon (/favicon.ico, asked by the browser itself) is test_browser.py's to report.
        return [e["message"] for e in self.driver.get_log("browser")
                if e.get("level") == "SEVERE" and "/favicon.ico " not in e["message"]]


@pytest.fixture(params=ORIGINS)
def search_page(request, browser, public, serve):
    page = SearchPage(browser, root_url(request.param, public, serve))
    browser.get_log("browser")   # start each test with an empty console
    yield page
    errors = page.console_errors()
    assert not errors, f"console errors on the search page: {errors}"


# ---------------------------------------------------------------------------------------------
# The tests

def test_typing_nguyen_van_lists_every_honouree_whose_name_starts_so(search_page, source):
    expected = sorted((name, decision) for name, decision in awards_of(source) if fold(name).startswith("nguyen van"))
    assert expected, "the sample content has no honouree named Nguyễn Văn …: the test needs one"
    search_page.open().type("nguyen van")
    found = sorted((r["title"], site_path(r["href"], search_page.root).split("/")[1])
                   for r in search_page.all_results() if r["kind"] == AWARD_KIND and fold(r["title"]).startswith("nguyen van"))
    assert found == expected, f"honourees named Nguyễn Văn … listed for 'nguyen van': {found}, in the content: {expected}"


def test_duc_without_diacritics_finds_duc(search_page, source):
    search_page.open().type("duc")
    results = search_page.all_results()
    titles = [r["title"] for r in results]
    wanted = {name for name, _ in awards_of(source) if "Đức" in name.split()}
    assert wanted, "the sample content has no honouree named … Đức …"
    assert wanted <= set(titles), f"'duc' does not list {sorted(wanted - set(titles))}"
    assert any("Đức" in r["marks"] for r in results), "'duc' marks no 'Đức' in the results"


def test_query_with_diacritics_ranks_the_written_form_first(search_page):
    search_page.open("Đức")
    first = search_page.results()[0]
    assert "Đức" in first["marks"], f"first result for 'Đức' has no 'Đức': {first['title']!r}"


def test_plan_number_finds_its_plan_first(search_page, source):
    plans = [(p.stem, str(front_matter(p)["number"])) for p in sorted((source / "content/plans").glob("*.md"))
             if front_matter(p).get("number")]
    assert plans, "no plan of the sample content has a number"
    for plan_id, number in plans:
        for query in (number, number.split("/")[0]):
            first = search_page.open(query).results()[0]
            assert site_path(first["href"], search_page.root) == f"ke-hoach/{plan_id}/index.html", \
                f"searching {query!r}: first result is {first['title']!r} ({first['href']}), not plan {number}"


def test_5531_finds_the_plan_numbered_5531_kh_ubnd(browser, serve, portal_bin, tmp_path_factory):
    """The sample content has no plan 5531/KH-UBND: a small site of its own has one, beside others."""
    site = tmp_path_factory.mktemp("site-5531")
    shutil.copytree(Path(__file__).resolve().parents[2] / "templates", site / "templates")
    files = {
        "portal.yaml": "title: Ủy ban nhân dân phường Thử\nbase_url: https://thu.example.gov.vn/\n",
        "content/plans/ke-hoach-5531.md": "---\nnumber: 5531/KH-UBND\nissuer: Ủy ban nhân dân quận Gò Vấp\n"
                                          "issued: 2023-11-01\ntitle: Phát động phong trào thi đua nước rút\n---\n"
                                          "Hoàn thành 5530 hồ sơ trước ngày 15/12/2023.\n",
        "content/plans/ke-hoach-khac.md": "---\nnumber: 88/KH-UBND\nissuer: Ủy ban nhân dân quận Gò Vấp\n"
                                          "issued: 2023-01-10\ntitle: Kế hoạch thi đua năm 2023\n---\n"
                                          "Căn cứ Kế hoạch số 5531/KH-UBND của quận.\n",
    }
    for rel, text in files.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(text, encoding="utf-8")
    out = site / "public"
    run = subprocess.run([str(portal_bin), "build", "--source", str(site), "--output", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    for origin in ORIGINS:
        page = SearchPage(browser, root_url(origin, out, serve))
        for query in ("5531", "5531/KH-UBND", "5531/kh-ubnd"):
            results = page.open(query).results()
            paths = [site_path(r["href"], page.root) for r in results]
            assert paths[:1] == ["ke-hoach/ke-hoach-5531/index.html"], f"{origin}: {query!r} lists {paths}"
            # The plan that only cites it comes after.
            assert "ke-hoach/ke-hoach-khac/index.html" in paths[1:], f"{origin}: {query!r} lists {paths}"


def test_no_match_says_so(search_page):
    query = "xyzzy khongcotrongtrang"
    search_page.open().type(query)
    assert search_page.results() == []
    assert search_page.status.startswith("Không tìm thấy kết quả nào"), search_page.status
    assert query in search_page.status


def test_result_links_open_the_right_pages(search_page, browser):
    results = search_page.open("thi dua").results() + search_page.open("nguyen van").results()
    kinds = {r["kind"] for r in results}
    assert {"Kế hoạch", "Tin tức", AWARD_KIND} <= kinds, f"'thi dua' and 'nguyen van' list only {kinds}"
    for r in results:
        browser.get(r["href"])
        assert not browser.title.startswith("Không tìm thấy trang"), f"{r['href']} is the 404 page"
        h1 = browser.find_element(By.TAG_NAME, "h1").text
        body = browser.find_element(By.TAG_NAME, "main").text
        if r["kind"] == AWARD_KIND:
            assert r["title"] in body, f"{r['href']} does not list the honouree {r['title']!r}"
        elif r["kind"] == "Quyết định khen thưởng":
            assert r["title"].removeprefix("Quyết định số ") in body, f"{r['href']} is not {r['title']!r}"
        else:
            assert " ".join(h1.split()) == " ".join(r["title"].split()), f"{r['href']}: h1 {h1!r}, result {r['title']!r}"


def test_query_is_read_from_the_address_and_put_back_in_the_box(search_page):
    search_page.open("Đặng Văn Đức")
    assert search_page.driver.find_element(By.ID, "tu_khoa").get_attribute("value") == "Đặng Văn Đức"
    assert search_page.results(), "no results for ?q=Đặng Văn Đức"


def test_typed_markup_is_shown_as_text(search_page):
    query = '<img src=x onerror="document.title=1">đức'
    search_page.open().type(query)
    driver = search_page.driver
    assert driver.find_elements(By.CSS_SELECTOR, "#ket_qua img") == []
    assert query in search_page.status
    for r in search_page.results():
        assert "<img" not in r["html"]


def test_header_form_opens_the_search_page_with_results(search_page):
    driver = search_page.driver
    driver.get(search_page.root + "index.html")
    box = driver.find_element(By.CSS_SELECTOR, "header input[type=search][name=q]")
    box.send_keys("duc", Keys.ENTER)
    search_page.wait("duc")
    assert site_path(driver.current_url, search_page.root) == SEARCH
    assert search_page.results()


def test_page_without_javascript_links_to_the_honour_roll_and_the_plans(public, serve):
    driver = chromium(javascript=False)
    try:
        for origin in ORIGINS:
            root = root_url(origin, public, serve)
            driver.get(root + SEARCH)
            text = driver.find_element(By.TAG_NAME, "main").text
            assert "JavaScript" in text, f"{origin}: the search page does not say it needs JavaScript"
            links = {site_path(a.get_attribute("href"), root) for a in driver.find_elements(By.CSS_SELECTOR, "main a[href]")
                     if a.is_displayed()}
            assert {"khen-thuong/index.html", "ke-hoach/index.html"} <= links, f"{origin}: links without JavaScript: {links}"
            assert not driver.find_element(By.ID, "ket_qua").is_displayed()
    finally:
        driver.quit()


def test_script_splits_words_as_the_indexer_does(browser, public):
    """Tests/search-folding-cases.json, which SearchFoldingTableTests checks in Swift, in Chromium."""
    table = json.loads((Path(__file__).resolve().parents[1] / "search-folding-cases.json").read_text(encoding="utf-8"))
    browser.get(public.as_uri() + "/" + SEARCH)
    got = browser.execute_script("""
        return arguments[0].map(c => {
          const phrases = window.portalSearch.tokenize(c.text);
          return {folded: phrases.map(p => p.map(w => w.folded).join(' ')),
                  exact: phrases.map(p => p.map(w => w.exact).join(' '))};
        });""", table["cases"])
    wrong = [f"{c['text']!r}: {g} ≠ {{'folded': {c['folded']}, 'exact': {c['exact']}}}"
             for c, g in zip(table["cases"], got) if g != {"folded": c["folded"], "exact": c["exact"]}]
    assert not wrong, "\n".join(wrong)


def test_search_loads_scripts_only_from_the_site(search_page):
    search_page.open("nguyen van")
    sources = search_page.driver.execute_script("return Array.from(document.scripts).map(s => s.src)")
    assert sources and all(s.startswith(search_page.root) for s in sources), sources
    assert any("/tim-kiem/t/" in s for s in sources) and any("/tim-kiem/d/" in s for s in sources), sources
