#!/usr/bin/env python3
"""Measures the search of a built site in headless Chromium over file://: the index's size on disk,
and for each query the index bytes the page loaded and the time from the query to the results shown.

    bench/search/measure.py PUBLIC [QUERY ...]

Needs selenium (the e2e venv: scripts/install-deps.sh test) and Debian's chromium and chromium-driver.
"Cold" is a fresh page opened at tim-kiem/index.html?q=QUERY: manifest, term files and document files
all loaded by the query. "Warm" is the same query typed again on that page. "index KB" counts the
index files the query loaded (manifest, term files, document files), not search.js itself."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

TYPICAL = ["nguyen van", "thi dua", "khen thuong", "hien dat", "tra lai", "to dan", "bep com",
           "duc", "Đức", "5531", "nguyen van a", "xyzzy plugh"]


def driver() -> webdriver.Chrome:
    options = Options()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)


def index_size(public: Path) -> tuple[int, int, int, int]:
    files = [p for p in (public / "tim-kiem").rglob("*.js")]
    terms = [p.stat().st_size for p in files if p.parent.name == "t"]
    return sum(p.stat().st_size for p in files), len(files), (public / "tim-kiem/index.js").stat().st_size, max(terms or [0])


def wait_for(d, query: str, seconds: float = 30) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        last = d.execute_script("return window.portalSearch && window.portalSearch.last")
        if last and last.get("query") == query:
            return last
        time.sleep(0.02)
    raise TimeoutError(f"no results for {query!r} within {seconds} s")


def loaded_index_bytes(d, public: Path) -> dict[str, int]:
    """Bytes of the index files the page loaded: all, term files, document files; and how many files."""
    sources = d.execute_script("return Array.from(document.querySelectorAll('script[src]')).map(s => s.src)")
    loaded = {"all": 0, "terms": 0, "documents": 0, "files": 0}
    for src in sources:
        path = Path(unquote(urlsplit(src).path))
        if (public / "tim-kiem") in path.parents:
            size = path.stat().st_size
            loaded["all"] += size
            loaded["files"] += 1
            if path.parent.name == "t":
                loaded["terms"] += size
            elif path.parent.name == "d":
                loaded["documents"] += size
    return loaded


def main() -> None:
    public = Path(sys.argv[1]).resolve()
    queries = sys.argv[2:] or TYPICAL
    size, files, manifest, largest = index_size(public)
    script = (public / "assets/search.js").stat().st_size
    print(f"index on disk: {size / 1000:,.1f} KB in {files} files (manifest {manifest / 1000:.1f} KB, "
          f"largest term file {largest / 1000:.1f} KB); search.js {script / 1000:.1f} KB")
    d = driver()
    try:
        page = public.as_uri() + "/tim-kiem/index.html"
        # Chromium's first search of a session costs 100 ms more whatever the query (compiling the
        # script's paths): paid once here, on a word of no query below, and reported apart.
        d.get(page + "?q=" + quote("zz"))
        first = wait_for(d, "zz")
        print(f"first search of the browser session (warm-up): {first['milliseconds']:.1f} ms")
        print(f"{'query':<16}{'results':>9}{'files':>7}{'index KB':>10}{'terms KB':>10}{'docs KB':>9}{'cold ms':>9}{'warm ms':>9}")
        for query in queries:
            d.get(page + "?q=" + quote(query))
            cold = wait_for(d, query)
            loaded = loaded_index_bytes(d, public)
            d.execute_script("window.portalSearch.last = null; window.portalSearch.run(arguments[0])", query)
            warm = wait_for(d, query)
            print(f"{query:<16}{cold['count']:>9}{loaded['files']:>7}{loaded['all'] / 1000:>10.1f}"
                  f"{loaded['terms'] / 1000:>10.1f}{loaded['documents'] / 1000:>9.1f}"
                  f"{cold['milliseconds']:>9.1f}{warm['milliseconds']:>9.1f}")
    finally:
        d.quit()


if __name__ == "__main__":
    main()
