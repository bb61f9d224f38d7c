"""The built site in a real browser (issue 5): Debian's Chromium driven by Selenium, over file:// and
from nginx on 127.0.0.1; console, network, images, phone layout, accessibility (axe-core), search,
page weight and screenshots."""
from __future__ import annotations

import json
import os
import posixpath
import re
import time
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.etree
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import conftest
from site_tools import (kind_of, html_pages_of, page_kinds_of, parse_html, resolve, site_url_to_file,
                        SEARCH_PAGE)

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
PHONE = (360, 640)
DESKTOP = (1280, 900)
ORIGINS = ["file", "http"]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
KB = 1000
BUDGETS = {"home": 30 * KB}
DEFAULT_BUDGET = 50 * KB

# Page kinds are known at collection time so that axe and screenshots report one test per kind.
KINDS = page_kinds_of(html_pages_of(Path(os.environ["PORTAL_PUBLIC"]))) if os.environ.get("PORTAL_PUBLIC") else {}


def no_problems(problems: list[str], what: str, limit: int = 60) -> None:
    if problems:
        more = f"\n… and {len(problems) - limit} more" if len(problems) > limit else ""
        pytest.fail(f"{len(problems)} {what}:\n" + "\n".join(problems[:limit]) + more, pytrace=False)


# ---------------------------------------------------------------------------------------------
# nginx: a real host on a free loopback port

@pytest.fixture(scope="session")
def nginx(public, serve):
    return serve(public)


# ---------------------------------------------------------------------------------------------
# Chromium

def new_driver():
    for path in (CHROMIUM, CHROMEDRIVER):
        assert os.access(path, os.X_OK), f"{path} not found: scripts/install-deps.sh test installs chromium and chromium-driver"
    opts = Options()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--disable-background-networking", "--disable-component-update",
                "--disable-default-apps", "--disable-extensions", "--disable-sync", "--no-first-run",
                "--disable-features=Translate,MediaRouter,OptimizationHints", "--lang=vi",
                f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


@pytest.fixture(scope="session")
def drivers():
    made: dict[str, webdriver.Chrome] = {}

    def get(origin: str):
        if origin not in made:
            made[origin] = new_driver()
        return made[origin]

    yield get
    for d in made.values():
        d.quit()


def set_viewport(driver, width: int, height: int):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


class Origin:
    """Maps between the URLs of one origin and the files of public/."""

    def __init__(self, name: str, public: Path, http_root: str | None):
        self.name, self.public = name, public
        if name == "file":
            self.root = public.as_uri() + "/"
            self.start = self.root + "index.html"
        else:
            self.root = http_root
            self.start = http_root
        parts = urlsplit(self.root)
        self.scheme, self.netloc, self.root_path = parts.scheme, parts.netloc, unquote(parts.path)

    def rel(self, url: str) -> tuple[str | None, bool]:
        """(path relative to public/, names-a-directory) for a URL of this site, or (None, False)."""
        p = urlsplit(url)
        if p.scheme != self.scheme or p.netloc != self.netloc:
            return None, False
        path = unquote(p.path)
        if not path.startswith(self.root_path) and path + "/" != self.root_path:
            return None, False
        rel = path[len(self.root_path):]
        if rel == "" or rel.endswith("/") or (self.public / rel).is_dir():
            return posixpath.join(rel, "index.html"), True
        return rel, False

    def is_same_host(self, url: str) -> bool:
        p = urlsplit(url)
        if p.scheme in ("data", "blob", "about"):
            return True
        if self.name == "file":
            return p.scheme == "file"
        return p.scheme == self.scheme and p.netloc == self.netloc


PAGE_JS = r"""
const done = arguments[arguments.length - 1];
const imgs = Array.from(document.images);
imgs.forEach(i => { if (i.loading === 'lazy') i.loading = 'eager'; });
const settle = i => i.complete ? Promise.resolve() : new Promise(r => {
  i.addEventListener('load', r, {once: true}); i.addEventListener('error', r, {once: true}); setTimeout(r, 5000); });
Promise.all(imgs.map(settle)).then(() => {
  const W = window.innerWidth;
  const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
  const wide = document.documentElement.scrollWidth > W ?
      Array.from(document.body.querySelectorAll('*')).filter(e => e.getBoundingClientRect().right > W + 0.5)
        .slice(-3).map(e => describe(e) + ' (right ' + Math.round(e.getBoundingClientRect().right) + 'px)') : [];
  done({
    links: Array.from(document.querySelectorAll('a[href]')).map(a => [a.getAttribute('href'), a.href]),
    images: imgs.map(i => ({src: i.getAttribute('src'), url: i.currentSrc || i.src, ok: i.complete && i.naturalWidth > 0})),
    nav: Array.from(document.querySelectorAll('nav a')).filter(a => a.getClientRects().length)
      .map(a => { const r = a.getBoundingClientRect();
                  return {text: a.textContent.trim().slice(0, 40), href: a.getAttribute('href'), h: r.height, w: r.width}; })
      .filter(x => x.w > 0 && x.h > 0),
    scrollWidth: document.documentElement.scrollWidth, innerWidth: W, wide: wide,
  });
});
"""


def drain(driver):
    driver.get_log("browser")
    driver.get_log("performance")


def network_problems(origin: Origin, perf_entries) -> tuple[list[str], list[str]]:
    """(failed requests, requests to another host) from Chrome's performance log."""
    failed, external, urls = [], [], {}
    for entry in perf_entries:
        msg = json.loads(entry["message"])["message"]
        method, params = msg.get("method", ""), msg.get("params", {})
        if method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            urls[params["requestId"]] = url
            if not origin.is_same_host(url):
                external.append(url[:200])
        elif method == "Network.responseReceived":
            resp = params["response"]
            if resp["url"].startswith("http") and resp.get("status", 200) >= 400:
                hint = " (the browser asks for /favicon.ico when a page declares no <link rel=\"icon\">: " \
                       "ship an icon file and link it relatively)" if resp["url"].endswith("/favicon.ico") else ""
                failed.append(f"{resp['url']}: HTTP {resp['status']}{hint}")
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            failed.append(f"{urls.get(params['requestId'], params['requestId'])}: {params.get('errorText')}"
                          f"{' ' + params['blockedReason'] if params.get('blockedReason') else ''}")
    return failed, external


@pytest.fixture(scope="session")
def crawls(public, drivers, request):
    """origin name -> crawl result; each origin is crawled once, at 360×640, on first use."""
    done: dict[str, dict] = {}

    def get(name: str) -> dict:
        if name not in done:
            http_root = request.getfixturevalue("nginx") if name == "http" else None
            done[name] = crawl(drivers(name), Origin(name, public, http_root))
        return done[name]

    return get


def crawl(driver, origin: Origin) -> dict:
    set_viewport(driver, *PHONE)
    res = {"pages": {}, "console": [], "failed": [], "external": [], "images": [], "links": [],
           "overflow": [], "nav": [], "inner_widths": set()}
    t0 = time.monotonic()
    queue, seen = [("index.html", origin.start)], {"index.html"}
    drain(driver)
    while queue:
        rel, url = queue.pop(0)
        driver.get(url)
        if driver.current_url.startswith("chrome-error:"):
            res["failed"].append(f"{rel}: the page did not load")
            continue
        info = driver.execute_async_script(PAGE_JS)
        res["pages"][rel] = url
        for e in driver.get_log("browser"):
            if e.get("level") == "SEVERE":
                res["console"].append(f"{rel}: {e.get('message', '')[:300]}")
        failed, external = network_problems(origin, driver.get_log("performance"))
        res["failed"] += [f"{rel}: {x}" for x in failed]
        res["external"] += [f"{rel}: {x}" for x in external]
        res["images"] += [f"{rel}: <img src=\"{i['src']}\"> did not load ({i['url'][:120]})" for i in info["images"] if not i["ok"]]
        res["inner_widths"].add(info["innerWidth"])
        if info["scrollWidth"] > info["innerWidth"]:
            res["overflow"].append(f"{rel}: scrollWidth {info['scrollWidth']} > innerWidth {info['innerWidth']}; "
                                   f"wide: {', '.join(info['wide']) or '?'}")
        for n in info["nav"]:
            if n["h"] < 40:
                res["nav"].append(f"{rel}: nav link \"{n['text']}\" ({n['href']}) is {n['h']:.0f} px high")
        here = driver.current_url.split("#")[0]
        for raw, absolute in info["links"]:
            if absolute.split("#")[0] == here:
                continue   # a link within the page (#fragment): checked on disk by test_static
            target, bare = origin.rel(absolute)
            if target is None:
                continue   # another site, mailto:, tel: …
            if bare:
                res["links"].append(f"{rel}: <a href=\"{raw}\"> names a directory")
            elif not (origin.public / target).is_file():
                res["links"].append(f"{rel}: <a href=\"{raw}\">: no such file {target}")
            elif target.endswith(".html") and target not in seen:
                seen.add(target)
                queue.append((target, absolute.split("#")[0]))
    res["seconds"] = time.monotonic() - t0
    return res


@pytest.fixture(scope="session")
def sitemap_files(public, base_url) -> list[str]:
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    files = []
    for loc in lxml.etree.parse(str(public / "sitemap.xml")).getroot().iter(ns + "loc"):
        rel, _err = site_url_to_file(public, base_url, loc.text.strip())
        if rel:
            files.append(rel)
    return files


# ---------------------------------------------------------------------------------------------
# The crawl, both origins

@pytest.mark.parametrize("origin", ORIGINS)
def test_crawl_reaches_every_sitemap_page(crawls, origin, sitemap_files):
    c = crawls(origin)
    missing = [p for p in sitemap_files if p not in c["pages"]]
    no_problems(missing, f"sitemap pages not reached by following links from index.html over {origin} "
                         f"(crawled {len(c['pages'])} pages in {c['seconds']:.1f}s)")


@pytest.mark.parametrize("origin", ORIGINS)
def test_crawl_links_exist(crawls, origin):
    no_problems(crawls(origin)["links"], f"broken links found while crawling over {origin}")


@pytest.mark.parametrize("origin", ORIGINS)
def test_no_console_errors(crawls, origin):
    no_problems(crawls(origin)["console"], f"console errors over {origin}")


@pytest.mark.parametrize("origin", ORIGINS)
def test_no_failed_requests(crawls, origin):
    no_problems(crawls(origin)["failed"], f"failed requests over {origin}")


@pytest.mark.parametrize("origin", ORIGINS)
def test_no_request_to_another_host(crawls, origin):
    no_problems(crawls(origin)["external"], f"requests to another host over {origin}")


@pytest.mark.parametrize("origin", ORIGINS)
def test_every_image_loads(crawls, origin):
    no_problems(crawls(origin)["images"], f"images that did not load over {origin}")


def test_phone_no_horizontal_scroll(crawls):
    c = crawls("file")
    assert c["inner_widths"] == {PHONE[0]}, f"the viewport was not {PHONE[0]} px wide: innerWidth {c['inner_widths']}"
    no_problems(c["overflow"], f"pages that scroll sideways at {PHONE[0]}×{PHONE[1]}")


def test_phone_nav_tap_targets(crawls):
    no_problems(crawls("file")["nav"], f"navigation links lower than 40 px at {PHONE[0]} px wide")


# ---------------------------------------------------------------------------------------------
# Search, typed and read, both origins

def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


@pytest.mark.parametrize("origin", ORIGINS)
def test_search_without_diacritics(public, drivers, request, origin):
    plan = KINDS.get("plan")
    if not plan or "search" not in KINDS:
        pytest.fail("no plan page or no search page to test search with")
    h1 = parse_html(public / plan).xpath("//h1")[0].text_content()
    words = [w for w in re.split(r"\W+", fold(h1)) if w]
    mid = max(0, len(words) // 2 - 1)
    query = " ".join(words[mid:mid + 3])
    o = Origin(origin, public, request.getfixturevalue("nginx") if origin == "http" else None)
    driver = drivers(origin)
    set_viewport(driver, *DESKTOP)
    driver.get(o.root + SEARCH_PAGE)
    boxes = driver.find_elements(By.CSS_SELECTOR, "input[type=search], input[name=q], input[type=text]")
    assert boxes, f"{SEARCH_PAGE}: no search box"
    boxes[0].send_keys(query)

    def found():
        for a in driver.find_elements(By.CSS_SELECTOR, "main a[href], [role=search] ~ * a[href], a[href]"):
            rel, _ = o.rel(a.get_attribute("href") or "")
            if rel == plan:
                return True
        return False

    deadline = time.monotonic() + 3
    while not found() and time.monotonic() < deadline:
        time.sleep(0.2)
    if not found():
        driver.find_elements(By.CSS_SELECTOR, "input[type=search], input[name=q], input[type=text]")[0].send_keys(Keys.ENTER)
        deadline = time.monotonic() + 4
        while not found() and time.monotonic() < deadline:
            time.sleep(0.2)
    assert found(), f"searching {query!r} (from the h1 of {plan}, diacritics removed) over {origin} shows no link to {plan}"
    severe = [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    assert not severe, f"console errors on the search page: {severe}"


# ---------------------------------------------------------------------------------------------
# axe-core, one page of each kind

def axe_source() -> str:
    """The newest axe-core installed: axe-core-python's (4.4.3), else axe-selenium-python's (3.1.1)."""
    try:
        import axe_core_python
        path = Path(axe_core_python.__file__).parent / "axe.min.js"
    except ImportError:
        path = None
    if path is None or not path.exists():
        import axe_selenium_python
        path = Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
    return path.read_text(encoding="utf-8")


AXE_RUN = """
const done = arguments[arguments.length - 1];
const known = new Set(axe.getRules().flatMap(r => r.tags));
const missing = arguments[0].filter(t => !known.has(t));
if (missing.length) { done({error: 'axe-core ' + axe.version + ' has no rules tagged ' + missing.join(', ')}); return; }
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
        nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 160),
                                   summary: (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 300)}))}))))
  .catch(e => done({error: String(e)}));
"""


@pytest.fixture(scope="session")
def axe_js() -> str:
    return axe_source()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_axe(kind, public, drivers, nginx, axe_js):
    rel = KINDS[kind]
    driver = drivers("http")
    set_viewport(driver, *PHONE)
    driver.get(nginx + rel)
    driver.execute_script(axe_js)
    result = driver.execute_async_script(AXE_RUN, WCAG_TAGS)
    if isinstance(result, dict):
        pytest.fail(f"axe failed on {rel}: {result.get('error')}")
    lines = []
    for v in result:
        lines.append(f"{rel}: [{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for n in v["nodes"][:8]:
            lines.append(f"    at {n['target']}: {n['html']}")
            if n["summary"]:
                lines.append(f"       {n['summary']}")
        if len(v["nodes"]) > 8:
            lines.append(f"    … and {len(v['nodes']) - 8} more elements")
    if result:
        pytest.fail(f"{len(result)} WCAG 2.1 A/AA violations on {rel} ({kind}):\n" + "\n".join(lines), pytrace=False)


# ---------------------------------------------------------------------------------------------
# Screenshots of each page kind, phone and desktop

@pytest.mark.parametrize("kind", sorted(KINDS))
def test_screenshots(kind, drivers, nginx, artifacts):
    out = artifacts / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    driver = drivers("http")
    for width, height in (PHONE, DESKTOP):
        set_viewport(driver, width, height)
        driver.get(nginx + KINDS[kind])
        full = driver.execute_script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
        set_viewport(driver, width, min(max(full, height), 12000))
        path = out / f"{kind}-{width}.png"
        assert driver.save_screenshot(str(path)), f"no screenshot of {KINDS[kind]} at {width} px"
    set_viewport(driver, *PHONE)


# ---------------------------------------------------------------------------------------------
# Page weight: HTML + CSS + JS of every page, by kind

def page_weight(public: Path, rel: str) -> tuple[int, list[str]]:
    total = (public / rel).stat().st_size
    parts = [rel]
    root = parse_html(public / rel)
    # What a phone needs to show the page: a stylesheet for print only (media="print") is not
    # loaded before the page shows and is not counted.
    assets = [l.get("href") for l in root.xpath("//link[@href]")
              if "stylesheet" in (l.get("rel") or "").lower().split()
              and (l.get("media") or "all").strip().lower() != "print"]
    assets += [s.get("src") for s in root.xpath("//script[@src]")]
    seen = set()
    todo = [(rel, a) for a in assets]
    while todo:
        frm, value = todo.pop()
        r = resolve(public, frm, value)
        if r.kind != "internal" or r.target in seen:
            continue
        seen.add(r.target)
        total += (public / r.target).stat().st_size
        parts.append(r.target)
        if r.target.endswith(".css"):
            text = (public / r.target).read_text(encoding="utf-8", errors="replace")
            todo += [(r.target, m.group(2)) for m in re.finditer(r"""@import\s+(?:url\()?\s*(['"]?)([^'")\s]+)\1""", text)]
    return total, parts


def test_page_weight(public, html_pages, artifacts):
    by_kind: dict[str, list[tuple[int, str]]] = {}
    over = []
    for rel in html_pages:
        kind = kind_of(rel)
        weight, parts = page_weight(public, rel)
        by_kind.setdefault(kind, []).append((weight, rel))
        budget = BUDGETS.get(kind, DEFAULT_BUDGET)
        if weight > budget:
            over.append(f"{rel} ({kind}): {weight:,} bytes > {budget:,} ({' + '.join(parts)})")
    rows = [f"{'kind':<16} {'pages':>5} {'heaviest':>9} {'budget':>7}  heaviest page"]
    for kind in sorted(by_kind):
        weight, rel = max(by_kind[kind])
        budget = BUDGETS.get(kind, DEFAULT_BUDGET)
        flag = "  OVER" if weight > budget else ""
        rows.append(f"{kind:<16} {len(by_kind[kind]):>5} {weight / KB:>7.1f}kB {budget // KB:>5}kB  {rel}{flag}")
    table = "HTML + CSS + JS per page (1 kB = 1000 bytes, uncompressed, images excluded)\n" + "\n".join(rows) + "\n"
    (artifacts / "page-weight.txt").write_text(table, encoding="utf-8")
    conftest.SUMMARY_SECTIONS["page weight"] = table
    no_problems(over, "pages over their weight budget")
