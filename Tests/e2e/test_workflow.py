"""The press officer's and editor's workflow (issue 9), through the real `portal` binary:
`new` for each kind, `serve` with live reload and the error overlay, `archive`, the JSON schemas,
and the command line's friendliness (Vietnamese help, suggestions, --format json).

Each test works on its own copy of the sample site in a temporary folder, so the repository's
content/ and public/ are never touched.
"""
from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import jsonschema
import pytest
import yaml

from site_tools import manifest, manifest_diff

TODAY = "2025-03-08"
KINDS = {"story": "stories", "exemplar": "exemplars", "plan": "plans", "decision": "honours"}
# The story the serve tests edit, and a sentence of its body.
STORY = "content/stories/2024-hoc-sinh-tra-lai-vi.md"
STORY_PAGE = "tin-tuc/2024-hoc-sinh-tra-lai-vi/index.html"
STORY_TEXT = "Chiều ngày 03/9/2024"


# ---------------------------------------------------------------------------------------------
# helpers

@pytest.fixture
def site(source, tmp_path) -> Path:
    """A copy of the sample site's sources (no public/, no schema/)."""
    copy = tmp_path / "site"
    copy.mkdir()
    shutil.copy2(source / "portal.yaml", copy / "portal.yaml")
    for folder in ("content", "templates"):
        shutil.copytree(source / folder, copy / folder)
    return copy


def portal(portal_bin: Path, *args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(portal_bin), *args], cwd=cwd, capture_output=True, text=True, timeout=timeout)


class YAMLWithDateStrings(yaml.SafeLoader):
    """YAML as editors' language servers read it (1.2 core schema): `2024-05-02` stays a string."""


YAMLWithDateStrings.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        match = re.match(r"---\n(.*?)\n---\s*\n", text, re.S)
        assert match, f"{path}: no front matter"
        text = match.group(1)
    data = yaml.load(text, Loader=YAMLWithDateStrings)
    assert isinstance(data, dict), f"{path}: front matter is not a map"
    return data


def schema(source: Path, name: str) -> jsonschema.Draft202012Validator:
    document = json.loads((source / "schema" / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(document)
    return jsonschema.Draft202012Validator(document)


def errors_of(validator: jsonschema.Draft202012Validator, data: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in validator.iter_errors(data)]


# ---------------------------------------------------------------------------------------------
# portal new

@pytest.mark.parametrize("kind", KINDS)
def test_new_file_of_each_kind_passes_check_and_its_schema(portal_bin, site, source, kind):
    made = portal(portal_bin, "new", kind, "Phường ra quân: \"Ngày Chủ nhật xanh\" #1", "--today", TODAY, cwd=site)
    assert made.returncode == 0, made.stderr
    path = made.stdout.strip()
    ext = "yaml" if kind == "decision" else "md"
    assert path == f"content/{KINDS[kind]}/{TODAY}-phuong-ra-quan-ngay-chu-nhat-xanh-1.{ext}"
    text = (site / path).read_text(encoding="utf-8")
    assert f"# yaml-language-server: $schema=../../schema/{kind}.json" in text
    assert (site / path).parent.joinpath("../../schema").resolve() == (site / "schema").resolve()

    checked = portal(portal_bin, "check", "--source", str(site))
    assert checked.returncode == 0, checked.stderr
    assert "error:" not in checked.stderr and "warning:" not in checked.stderr, checked.stderr
    assert errors_of(schema(source, f"{kind}.json"), front_matter(site / path)) == []


def test_new_refuses_to_overwrite(portal_bin, site):
    first = portal(portal_bin, "new", "story", "Tin mới", "--today", TODAY, cwd=site)
    assert first.returncode == 0, first.stderr
    path = site / first.stdout.strip()
    path.write_text("đã sửa", encoding="utf-8")
    second = portal(portal_bin, "new", "story", "Tin mới", "--today", TODAY, cwd=site)
    assert second.returncode == 1
    assert "không ghi đè" in second.stderr
    assert path.read_text(encoding="utf-8") == "đã sửa"


# ---------------------------------------------------------------------------------------------
# portal serve

class Server:
    """`portal serve --port 0` on a site copy; the address is read from its first line of stdout."""

    def __init__(self, portal_bin: Path, site: Path):
        self.site = site
        self.proc = subprocess.Popen([str(portal_bin), "serve", "--port", "0", "--source", str(site), "--today", TODAY],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.url = self._read_address(timeout=60)

    def _read_address(self, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.proc.stdout], [], [], 0.2)
            if ready:
                line = self.proc.stdout.readline()
                match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
                if match:
                    return match.group(1)
            if self.proc.poll() is not None:
                break
        self.stop()
        pytest.fail(f"portal serve printed no address: {self.proc.stderr.read()}")

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=5) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def wait_for(self, path: str, predicate, timeout: float) -> tuple[float, str]:
        """Seconds until the page at `path` satisfies `predicate`, and the page; fails after `timeout`."""
        started = time.monotonic()
        body = ""
        while time.monotonic() - started < timeout:
            _, body = self.get(path)
            if predicate(body):
                return time.monotonic() - started, body
            time.sleep(0.05)
        pytest.fail(f"{path} did not change as expected within {timeout} s; last page ends with {body[-600:]!r}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def server(portal_bin, site):
    running = Server(portal_bin, site)
    yield running
    running.stop()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path}: {old!r} not found"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_serve_shows_an_edited_story_within_two_seconds(server):
    status, page = server.get(STORY_PAGE)
    assert status == 200 and STORY_TEXT in page
    assert "/__portal/events" in page, "the live-reload script is not injected"
    edit(server.site / STORY, STORY_TEXT, STORY_TEXT + " (ĐÃ SỬA)")
    seconds, _ = server.wait_for(STORY_PAGE, lambda body: "(ĐÃ SỬA)" in body, timeout=2)
    assert seconds < 2
    assert not (server.site / "public").exists(), "serve wrote public/"


def test_serve_keeps_the_last_good_page_under_an_escaped_error_overlay(server):
    edit(server.site / STORY, STORY_TEXT, STORY_TEXT + " (BẢN TỐT)")
    server.wait_for(STORY_PAGE, lambda body: "(BẢN TỐT)" in body, timeout=2)

    edit(server.site / STORY, "date: 2024-09-12", 'date: "<script>alert(1)</script>"')
    _, page = server.wait_for(STORY_PAGE, lambda body: 'id="portal-loi"' in body, timeout=2)
    assert "(BẢN TỐT)" in page, "the last good page is no longer served under the overlay"
    overlay = page[page.index('id="portal-loi"'):]
    assert f"{STORY}:3:7" in overlay, overlay
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in overlay
    assert "<script>alert(1)" not in page

    edit(server.site / STORY, 'date: "<script>alert(1)</script>"', "date: 2024-09-12")
    server.wait_for(STORY_PAGE, lambda body: 'id="portal-loi"' not in body and "(BẢN TỐT)" in body, timeout=2)
    server.stop()
    assert f"{STORY}:3:7: error:" in server.proc.stderr.read()


def search_terms(server) -> str:
    """Every word file of the served search index, one after the other."""
    _, manifest_js = server.get("tim-kiem/index.js")
    count = len(json.loads(re.search(r'"words":(\[.*?\])', manifest_js).group(1)))
    return "".join(server.get(f"tim-kiem/t/w{n}.js")[1] for n in range(count))


def test_serve_updates_the_search_index_once_the_edits_pause(server):
    word = "khủnglongxanh"
    assert word not in search_terms(server)
    edit(server.site / STORY, STORY_TEXT, f"{STORY_TEXT} {word}")
    saved = time.monotonic()
    # The page first: a story edit re-renders only its pages, and the index follows.
    server.wait_for(STORY_PAGE, lambda body: word in body, timeout=2)
    while word not in search_terms(server):
        assert time.monotonic() - saved < 15, "the search index did not learn the edited story's new word"
        time.sleep(0.2)


def test_serve_sends_a_reload_event_after_a_rebuild(server):
    received: list[float] = []

    def listen():
        with urllib.request.urlopen(server.url + "__portal/events", timeout=10) as stream:
            for line in stream:
                if line.startswith(b"event: reload"):
                    received.append(time.monotonic())
                    return

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    time.sleep(0.3)
    saved = time.monotonic()
    edit(server.site / STORY, STORY_TEXT, STORY_TEXT + " (SỰ KIỆN)")
    listener.join(timeout=3)
    assert received, "no reload event within 3 s of saving a story"
    assert received[0] - saved < 2


def test_sigint_stops_serve_cleanly_even_with_a_page_listening(server):
    stream = urllib.request.urlopen(server.url + "__portal/events", timeout=10)
    try:
        assert stream.readline().startswith(b": portal")
        started = time.monotonic()
        server.proc.send_signal(signal.SIGINT)
        code = server.proc.wait(timeout=5)
        assert code == 0, server.proc.stderr.read()
        assert time.monotonic() - started < 3
        assert "Đã dừng" in server.proc.stderr.read()
    finally:
        stream.close()


# ---------------------------------------------------------------------------------------------
# portal archive

def test_archive_is_one_dated_folder_with_the_whole_site_and_its_media(portal_bin, site, tmp_path):
    media = site / "content/media/anh/le-phat-dong.png"
    media.parent.mkdir(parents=True)
    media.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    out = tmp_path / "usb"
    out.mkdir()
    made = portal(portal_bin, "archive", "--source", str(site), "--output", str(out), "--today", TODAY, "--quiet")
    assert made.returncode == 0, made.stderr
    archive = Path(made.stdout.strip())
    assert archive == out / f"luu-tru-phuong-nguyen-trai-{TODAY}.zip"
    assert not (site / "public").exists(), "archive wrote public/"

    unpacked = tmp_path / "giai-nen"
    with zipfile.ZipFile(archive) as z:
        assert z.testzip() is None
        z.extractall(unpacked)
    assert [p.name for p in unpacked.iterdir()] == [archive.stem]
    top = unpacked / archive.stem
    assert (top / "index.html").is_file()
    assert (top / "media/anh/le-phat-dong.png").read_bytes() == media.read_bytes()

    # Everything a build publishes is in the archive, byte for byte (the search index too, when the site has one).
    built = tmp_path / "public"
    build = portal(portal_bin, "build", "--source", str(site), "--output", str(built), "--today", TODAY, "--quiet")
    assert build.returncode == 0, build.stderr
    expected, got = manifest(built), manifest(top)
    assert got == expected, manifest_diff(expected, got)


def test_archive_opens_from_disk_in_the_browser(portal_bin, site, tmp_path):
    chromium, chromedriver = os.environ.get("CHROMIUM", "/usr/bin/chromium"), os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
    if not (os.access(chromium, os.X_OK) and os.access(chromedriver, os.X_OK)):
        pytest.skip("no chromium: scripts/install-deps.sh test installs it")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    made = portal(portal_bin, "archive", "--source", str(site), "--output", str(tmp_path / "a.zip"), "--today", TODAY, "--quiet")
    assert made.returncode == 0, made.stderr
    with zipfile.ZipFile(tmp_path / "a.zip") as z:
        z.extractall(tmp_path / "x")
    top = tmp_path / "x" / f"luu-tru-phuong-nguyen-trai-{TODAY}"

    opts = Options()
    opts.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=vi"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=opts)
    try:
        driver.get((top / "index.html").as_uri())
        assert "Nguyễn Trãi" in driver.title
        # Follow a link to a story, as someone reading the archive would.
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a[href*='tin-tuc/']")]
        assert links, "no link to the stories from the archived home page"
        driver.get(links[0])
        assert driver.current_url.startswith("file://") and driver.find_elements(By.TAG_NAME, "h1")
        search = top / "tim-kiem/index.html"
        if search.is_file():
            driver.get(search.as_uri())
            boxes = driver.find_elements(By.CSS_SELECTOR, "input[type=search], input[name=q]")
            assert boxes, "archived search page has no search box"
            boxes[0].send_keys("nguyen trai")
            deadline = time.monotonic() + 4
            while time.monotonic() < deadline and not driver.find_elements(By.CSS_SELECTOR, "main a[href*='ke-hoach/'], main a[href*='tin-tuc/']"):
                time.sleep(0.2)
            assert driver.find_elements(By.CSS_SELECTOR, "main a[href*='ke-hoach/'], main a[href*='tin-tuc/']"), \
                "search in the archive found nothing for 'nguyen trai'"
        severe = [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        assert not severe, severe
    finally:
        driver.quit()


# ---------------------------------------------------------------------------------------------
# portal schema

SAMPLES = [("story.json", "content/stories", "*.md"), ("exemplar.json", "content/exemplars", "*.md"),
           ("plan.json", "content/plans", "*.md"), ("decision.json", "content/honours", "*.yaml")]


@pytest.mark.parametrize("name,folder,pattern", SAMPLES)
def test_every_sample_record_fits_its_schema(source, name, folder, pattern):
    validator = schema(source, name)
    files = sorted((source / folder).glob(pattern))
    assert files, f"no sample in {folder}"
    problems = {f.name: errors_of(validator, front_matter(f)) for f in files}
    assert {k: v for k, v in problems.items() if v} == {}


def test_portal_yaml_fits_its_schema(source):
    assert errors_of(schema(source, "portal.json"), front_matter(source / "portal.yaml")) == []


@pytest.mark.parametrize("change,expected", [
    (lambda d: d.update(tittle=d.pop("title")), "'title' is a required property"),
    (lambda d: d.update(date="12/9/2024"), "does not match"),
    (lambda d: d.update(draft="có"), "is not of type 'boolean'"),
    (lambda d: d.update(cover={"file": "../bi-mat.jpg", "alt": "Ảnh"}), "does not match"),
    (lambda d: d.update(tags={"a": 1}), "is not valid under any of the given schemas"),
])
def test_a_wrong_front_matter_fails_its_schema(source, change, expected):
    story = front_matter(source / STORY)
    change(story)
    problems = errors_of(schema(source, "story.json"), story)
    assert any(expected in p for p in problems), problems


def test_schema_command_writes_what_is_committed(portal_bin, source, tmp_path):
    made = portal(portal_bin, "schema", "--output", str(tmp_path / "schema"), "--quiet")
    assert made.returncode == 0, made.stderr
    for committed in sorted((source / "schema").glob("*.json")):
        assert (tmp_path / "schema" / committed.name).read_bytes() == committed.read_bytes(), f"schema/{committed.name} is stale"


# ---------------------------------------------------------------------------------------------
# a friendly command line

@pytest.mark.parametrize("command", ["", "new", "serve", "check", "build", "archive", "schema"])
def test_help_is_in_vietnamese_with_an_example(portal_bin, command):
    shown = portal(portal_bin, *([command] if command else []), "--help")
    assert shown.returncode == 0, shown.stderr
    assert "Ví dụ" in shown.stdout and "CÁCH DÙNG" in shown.stdout
    for english in ("Show help information", "USAGE:", "OPTIONS:", "default:", "values:"):
        assert english not in shown.stdout, f"`portal {command} --help` still says {english!r}"


@pytest.mark.parametrize("args,suggestion", [(["bulid"], "portal build"), (["serv"], "portal serve"),
                                              (["build", "--draft"], "--drafts"), (["serve", "--prot", "1"], "--port")])
def test_a_mistyped_command_or_flag_suggests_the_nearest(portal_bin, args, suggestion):
    run = portal(portal_bin, *args)
    assert run.returncode == 2
    assert suggestion in run.stderr and "Có phải ý bạn là" in run.stderr, run.stderr


def test_a_missing_content_folder_says_how_to_start(portal_bin, tmp_path):
    (tmp_path / "portal.yaml").write_text("title: UBND phường Thử\nbase_url: https://thu.example/\n", encoding="utf-8")
    run = portal(portal_bin, "check", "--source", str(tmp_path))
    assert run.returncode == 1
    assert "content/" in run.stderr and "portal new story" in run.stderr, run.stderr


def test_format_json_gives_machine_readable_diagnostics(portal_bin, site):
    edit(site / STORY, "date: 2024-09-12", "date: 2024-13-45")
    run = portal(portal_bin, "check", "--source", str(site), "--format", "json", "--quiet")
    assert run.returncode == 1
    diagnostics = json.loads(run.stdout)
    assert diagnostics and all(set(d) == {"file", "line", "column", "severity", "message"} for d in diagnostics)
    assert {"file": STORY, "line": 3, "column": 7, "severity": "error"}.items() <= diagnostics[0].items()
    assert run.stderr == "", "--quiet --format json printed more than the JSON"


def test_quiet_build_prints_nothing_when_all_is_well(portal_bin, site, tmp_path):
    run = portal(portal_bin, "build", "--source", str(site), "--output", str(tmp_path / "out"), "--quiet")
    assert run.returncode == 0 and run.stdout == "" and run.stderr == "", run.stderr
