#!/usr/bin/env python3
"""One command that measures `portal build` against Hugo and against the floor, on this machine.

    python3 bench/run.py                  # city size, 3 runs each, with Hugo
    python3 bench/run.py --size ward      # the same at ward size
    python3 bench/run.py --smoke          # ward, 1 run, no Hugo: the CI smoke test

In one run it:
  1. builds portal in release mode (`swift build -c release --product portal`);
  2. generates the site with bench/generate.py (and the same stories alone, for the comparison);
  3. times `portal build` on the whole site and on the stories alone, N runs each, reporting
     the median wall time, HTML pages per second and peak RSS (from `/usr/bin/time -v`), and
     checks that every run wrote byte-identical output;
  4. times Hugo on the same stories with the minimal theme in bench/hugo/;
  5. times the floor (bench/floor/floor.c): cmark over every Markdown body, then as many bytes
     and files as portal wrote, on the same disk;
  6. serves the site with `portal serve`, saves one story --edits times and times each save
     until the open page is told to reload (bench/reload_latency.py);
  7. prints one Markdown table and writes it to bench/results/latest.md.

Needs: Swift, cc and libcmark-dev, GNU time (`/usr/bin/time`, Debian package `time`) and, unless
--no-hugo, Hugo (Debian package `hugo`). Missing Debian packages are installed with apt-get when
the runner may (root, or sudo without a password); otherwise it says what to install.
Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
import generate  # noqa: E402  (bench/generate.py, beside this file)
import reload_latency  # noqa: E402

# Pages on the home page depend on the day; a fixed one keeps every run's output identical.
TODAY = "2025-06-01"


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Tools.

def ensure_debian_packages(packages: dict[str, str]) -> None:
    """`packages`: command path → Debian package. Installs what is missing, when allowed."""
    missing = sorted({pkg for path, pkg in packages.items() if not shutil.which(path)})
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    if sudo and not shutil.which("sudo"):
        raise SystemExit(f"Missing {', '.join(missing)}: install with `apt-get install -y {' '.join(missing)}`.")
    log(f"installing {' '.join(missing)} with apt-get")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    result = subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", *missing], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        subprocess.run(sudo + ["apt-get", "update", "-qq"], env=env, check=False)
        result = subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", *missing], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit(f"Could not install {', '.join(missing)}: {result.stderr.strip()}\n"
                         f"Install them with `apt-get install -y {' '.join(missing)}`.")


def build_portal() -> Path:
    log("swift build -c release --product portal")
    subprocess.run(["swift", "build", "-c", "release", "--product", "portal"], cwd=REPO, check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO, check=True,
                             capture_output=True, text=True).stdout.strip()
    return Path(bin_dir) / "portal"


def build_floor(work: Path) -> Path:
    binary = work / "floor"
    subprocess.run(["cc", "-O2", "-o", str(binary), str(BENCH / "floor" / "floor.c"), "-lcmark"], check=True)
    return binary


def tool_version(command: list[str]) -> str:
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return out.strip().splitlines()[0] if out.strip() else "?"


# ---------------------------------------------------------------------------------------------
# Measuring.

class Run:
    def __init__(self, seconds: float, rss_kib: int, pages: int, files: int, bytes_: int, digest: str | None):
        self.seconds, self.rss_kib, self.pages, self.files, self.bytes, self.digest = (
            seconds, rss_kib, pages, files, bytes_, digest)


def tree_stats(root: Path, digest: bool) -> tuple[int, int, int, str | None]:
    """HTML pages, files, bytes and (optionally) one hash over every path and its contents."""
    pages = files = size = 0
    hasher = hashlib.sha256() if digest else None
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            files += 1
            pages += name.endswith(".html")
            size += path.stat().st_size
            if hasher:
                hasher.update(str(path.relative_to(root)).encode() + b"\0")
                hasher.update(path.read_bytes())
    return pages, files, size, hasher.hexdigest() if hasher else None


def clear(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path)
    # Earlier runs' writes must not be flushed during the next timed run.
    os.sync()


def timed(command: list[str], output: Path, timeout: float, digest: bool, stdin: str | None = None,
          cwd: Path | None = None) -> Run:
    """Runs `command` under GNU time; wall time from here, peak RSS from `time -v`.

    Each run writes a new folder, and nothing is deleted until every run is done: on ext4 without
    a journal (this machine's disk) the kernel skips inodes freed in the last minutes when it makes
    a file (`recently_deleted`), so deleting the previous run's 36,000 files just before a build
    made the build pay seconds of kernel time for them (3 to 5 s of CPU on the city site)."""
    if output.exists():
        raise SystemExit(f"{output} exists: each run writes a new folder")
    os.sync()
    report = output.parent / (output.name + ".time")
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v", "-o", str(report), *command], input=stdin, text=True,
                            capture_output=True, timeout=timeout, cwd=cwd)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}")
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report.read_text())
    rss = int(match.group(1)) if match else 0
    pages, files, size, tree_digest = tree_stats(output, digest)
    return Run(seconds, rss, pages, files, size, tree_digest)


def measure(name: str, runs: int, one_run) -> list[Run]:
    """`one_run(n)` times run `n` (from 1), into a folder of its own."""
    results = []
    for n in range(runs):
        run = one_run(n + 1)
        log(f"{name}: run {n + 1}/{runs}: {run.seconds:.2f} s, {run.rss_kib / 1024:.0f} MiB, "
            f"{run.pages:,} pages, {run.bytes / 1e6:.1f} MB")
        results.append(run)
    return results


# ---------------------------------------------------------------------------------------------
# The Hugo site: the same stories, in Hugo's front matter.

def write_hugo_site(site: generate.Site, root: Path) -> None:
    stories = root / "content" / "tin-tuc"
    stories.mkdir(parents=True)
    (root / "content" / "tin-tuc" / "_index.md").write_text('---\ntitle: "Tin tức"\n---\n', encoding="utf-8")
    shutil.copy(BENCH / "hugo" / "hugo.toml", root / "hugo.toml")
    shutil.copytree(BENCH / "hugo" / "layouts", root / "layouts")
    # portal copies templates/assets/ to assets/; Hugo copies static/ the same way.
    shutil.copytree(REPO / "templates" / "assets", root / "static" / "assets")
    q = lambda text: json.dumps(text, ensure_ascii=False)  # noqa: E731  (YAML reads JSON strings)
    for s in site.stories:
        front = [f"title: {q(s.title)}", f"date: {s.date.isoformat()}", f"author: {q(s.author)}",
                 f"summary: {q(s.summary)}", f"tags: [{', '.join(q(t) for t in s.tags)}]"]
        if s.draft:
            front.append("draft: true")
        with open(stories / f"{s.id}.md", "w", encoding="utf-8", newline="\n") as handle:
            handle.write("---\n" + "\n".join(front) + "\n---\n\n" + s.body_stories_only)


# ---------------------------------------------------------------------------------------------
# The report.

def median(runs: list[Run], attr: str) -> float:
    return statistics.median(getattr(r, attr) for r in runs)


def row(label: str, runs: list[Run], unit: str = "pages") -> list[str]:
    seconds = median(runs, "seconds")
    count = runs[0].pages if unit == "pages" else runs[0].files
    identical = {r.digest for r in runs}
    same = "—" if None in identical or len(runs) < 2 else ("yes" if len(identical) == 1 else "**no**")
    return [label, f"{seconds:.2f} s", f"{min(r.seconds for r in runs):.2f}–{max(r.seconds for r in runs):.2f} s",
            f"{count:,} {unit}", f"{count / seconds:,.0f}", f"{max(r.rss_kib for r in runs) / 1024:,.0f} MiB",
            f"{runs[0].bytes / 1e6:,.1f} MB", same]


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, AttributeError):
        pass
    return f"{os.cpu_count()} cores ({cpu}), {mem} RAM, {platform.system()} {platform.release()}"


def git_commit() -> str:
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "Sources", "Package.swift", "templates"],
                           cwd=REPO, capture_output=True, text=True).stdout.strip()
    return result.stdout.strip() + (" (with uncommitted changes)" if dirty else "")


# ---------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark portal build against Hugo and the floor.")
    parser.add_argument("--size", choices=sorted(generate.SIZES), default="city")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each build (default 3)")
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--smoke", action="store_true", help="ward size, 1 run, no Hugo: the CI smoke test")
    parser.add_argument("--no-hugo", action="store_true", help="skip the Hugo comparison")
    parser.add_argument("--portal", type=Path, help="use this portal binary instead of building one")
    parser.add_argument("--workdir", type=Path, help="where sites and outputs go (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds one build may take (default 1800)")
    parser.add_argument("--edits", type=int, default=20, help="saves of one story under `portal serve` (default 20)")
    parser.add_argument("--results", type=Path, default=BENCH / "results" / "latest.md")
    args = parser.parse_args(argv)
    if args.smoke:
        args.size, args.runs, args.no_hugo, args.edits = "ward", 1, True, 5
    size = generate.SIZES[args.size]

    tools = {"/usr/bin/time": "time", "cc": "gcc"}
    if not args.no_hugo:
        tools["hugo"] = "hugo"
    ensure_debian_packages(tools)
    if not Path("/usr/include/cmark.h").exists():
        ensure_debian_packages({"/usr/include/cmark.h": "libcmark-dev"})
    if not Path("/usr/include/jemalloc/jemalloc.h").exists():
        ensure_debian_packages({"/usr/include/jemalloc/jemalloc.h": "libjemalloc-dev"})

    portal = args.portal.resolve() if args.portal else build_portal()
    work = args.workdir.resolve() if args.workdir else Path(tempfile.mkdtemp(prefix="portal-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    started = dt.datetime.now().astimezone()
    try:
        floor = build_floor(work)
        log(f"generating the {args.size} site (seed {args.seed}) in {work}")
        site = generate.build_site(args.size, args.seed)
        site_dir, stories_dir = work / "site", work / "stories"
        for folder in (site_dir, stories_dir, work / "hugo-site", *work.glob("out-*")):
            clear(folder)
        generate.write_site(site, site_dir)
        stories_only = generate.build_site(args.size, args.seed, stories_only=True) if not args.smoke else None
        if stories_only:
            generate.write_site(stories_only, stories_dir)
        digest = args.runs > 1

        def portal_run(source: Path, out: str):
            return lambda n: timed([str(portal), "build", "--source", str(source), "--output", str(work / f"{out}-{n}"),
                                    "--today", TODAY], work / f"{out}-{n}", args.timeout, digest)

        rows, notes = [], []
        full = measure(f"portal {args.size}", args.runs, portal_run(site_dir, "out-portal"))
        rows.append(row(f"portal build, {args.size} (all records)", full))
        stories_runs = hugo_runs = None
        if stories_only:
            stories_runs = measure("portal stories", args.runs, portal_run(stories_dir, "out-portal-stories"))
            rows.append(row(f"portal build, the {size.stories:,} stories alone", stories_runs))
        if not args.no_hugo:
            write_hugo_site(stories_only, work / "hugo-site")
            hugo_runs = measure("hugo", args.runs, lambda n: timed(
                ["hugo", "--source", str(work / "hugo-site"), "--destination", str(work / f"out-hugo-{n}"), "--quiet",
                 "--noBuildLock"], work / f"out-hugo-{n}", args.timeout, digest))
            rows.append(row(f"Hugo, the same {size.stories:,} stories", hugo_runs))

        # The floor writes what portal wrote for the whole site: its bytes, as many files.
        markdown_files = "\n".join(str(p) for p in sorted((site_dir / "content").rglob("*.md"))) + "\n"
        floor_runs = measure("floor", args.runs, lambda n: timed(
            [str(floor), str(work / f"out-floor-{n}"), str(full[0].bytes), str(full[0].files)], work / f"out-floor-{n}",
            args.timeout, False, stdin=markdown_files))
        rows.append(row("floor: cmark over every body + write the same bytes", floor_runs, unit="files"))

        # Last: it edits a story of the site (and puts it back).
        story = max((site_dir / "content" / "stories").glob("*.md")).relative_to(site_dir)
        log(f"serve: saving {story} {args.edits} times")
        served = reload_latency.serve_and_edit(str(portal), site_dir, str(story), args.edits)
        # Saves far enough apart that each meets the search index's rebuild in the background.
        served_slowly = reload_latency.serve_and_edit(str(portal), site_dir, str(story), max(3, args.edits // 4), pause=2.5)

        header = ["build", f"wall (median of {args.runs})", "range", "output", "pages/s", "peak RSS", "bytes",
                  "identical runs"]
        ratios = []
        t_full, t_floor = median(full, "seconds"), median(floor_runs, "seconds")
        ratios.append(f"- portal ({args.size}) / floor: **{t_full / t_floor:.1f}×** the time "
                      f"({t_full:.2f} s vs {t_floor:.2f} s; target ≤ 3×)")
        if hugo_runs and stories_runs:
            t_s, t_h = median(stories_runs, "seconds"), median(hugo_runs, "seconds")
            rss_s = max(r.rss_kib for r in stories_runs)
            rss_h = max(r.rss_kib for r in hugo_runs)
            ratios.append(f"- portal / Hugo on the same {size.stories:,} stories: **{t_s / t_h:.2f}×** the time "
                          f"(Hugo is {t_h / t_s:.2f}× portal's; target: portal ≥ 3× faster, i.e. ≤ 0.33×), "
                          f"**{rss_s / rss_h:.2f}×** the peak RSS (target ≤ 0.25×)")
            ratios.append(f"- HTML pages: portal {stories_runs[0].pages:,}, Hugo {hugo_runs[0].pages:,} "
                          "(Hugo also writes taxonomy list pages and alias redirects: see bench/hugo/)")
        if served:
            startup, times = served
            ratios.append(f"- `portal serve`, {args.size}: save → reload **{statistics.median(times):.0f} ms** median, "
                          f"{max(times):.0f} ms worst over {len(times)} saves of one story (target ≤ 200 ms on city; "
                          f"first build and listening {startup:.1f} s)")
        if served_slowly:
            _, times = served_slowly
            ratios.append(f"- `portal serve`, {args.size}, saves 2.5 s apart (the search index rebuilds in the background 1.5 s after each): "
                          f"**{statistics.median(times):.0f} ms** median, {max(times):.0f} ms worst over {len(times)} saves")
        if not served or not served_slowly:
            notes.append("- **`portal serve`: a save was not followed by a reload within 5 s.**")
        if args.size == "city":
            ratios.append(f"- city targets: wall ≤ 5 s (measured {t_full:.2f} s), "
                          f"peak RSS ≤ 1 GiB (measured {max(r.rss_kib for r in full) / 1024:,.0f} MiB)")
        load_after = os.getloadavg()
        conditions = [
            f"- {started:%Y-%m-%d %H:%M %Z}, {machine()}",
            f"- load average 1/5/15 min: {load_before[0]:.2f}/{load_before[1]:.2f}/{load_before[2]:.2f} before, "
            f"{load_after[0]:.2f}/{load_after[1]:.2f}/{load_after[2]:.2f} after (other work on the machine counts)",
            f"- portal {git_commit()} (release build: {portal}); {tool_version(['hugo', 'version']) if hugo_runs else 'Hugo not run'}; "
            f"cmark {tool_version(['pkg-config', '--modversion', 'libcmark'])}; "
            f"floor built with `cc -O2`",
            f"- site: `{args.size}`, seed {args.seed}: {len(site.plans):,} plans, {len(site.decisions):,} decisions, "
            f"{sum(d.award_count for d in site.decisions):,} awards, {len(site.exemplars):,} exemplars, "
            f"{len(site.stories):,} stories; `--today {TODAY}`; outputs in {work} (same disk for every build), "
            "page cache warm (sources just written), `sync` before each run, each run into a new folder "
            "and nothing deleted until all are done",
            "- wall time from the runner; peak RSS from `/usr/bin/time -v`; pages = .html files written",
        ]
        for outcome in (full, stories_runs):
            if outcome and len({r.digest for r in outcome}) > 1:
                notes.append("- **portal's output differed between runs** (see `identical runs`).")
        report = "\n".join([f"# Benchmark: {args.size}", "", markdown_table(header, rows), "", *ratios, *notes, "",
                            "Conditions:", *conditions, ""])
        print(report)
        args.results.parent.mkdir(parents=True, exist_ok=True)
        args.results.write_text(report, encoding="utf-8")
        log(f"written to {args.results}")
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
