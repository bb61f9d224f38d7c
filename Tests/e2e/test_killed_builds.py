"""Faults while publishing: SIGKILL at 50 random moments of a city-size build (10,000 stories,
100,000 awards; the benchmark's generator). `public/` must always be the whole old site or the whole
new one, checked against a manifest of every file's SHA-256; the next build must clean up after them.

Environment: E2E_KILLS (default 50), E2E_KILL_SIZE (`city`, or `ward` for a quick run), E2E_SEED."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import conftest
from site_tools import manifest, manifest_diff
from test_static import must_build

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402  (the benchmark's deterministic site generator)

KILLS = int(os.environ.get("E2E_KILLS", "50"))
SIZE = os.environ.get("E2E_KILL_SIZE", "city")
TODAY = ("--today", "2025-06-01")


def leftovers(folder: Path, keep: list[str]) -> list[str]:
    """What is beside the output besides `keep`, once old sites removed in the background are gone."""
    deadline = time.monotonic() + 120
    while sorted(os.listdir(folder)) != keep and time.monotonic() < deadline:
        time.sleep(0.2)
    return sorted(set(os.listdir(folder)) - set(keep))


def test_killed_city_builds_always_leave_a_whole_site(portal_bin, tmp_path):
    src = tmp_path / "src"
    counts = generate.write_site(generate.build_site(SIZE, generate.DEFAULT_SEED), src)
    out = tmp_path / "site" / "public"
    urls = ["https://a.example.org/", "https://b.example.org/"]   # every page differs between the two
    t0 = time.monotonic()
    must_build(portal_bin, src, out, "--base-url", urls[0], *TODAY)
    duration = time.monotonic() - t0
    manifests = {urls[0]: manifest(out)}
    must_build(portal_bin, src, tmp_path / "ref-b", "--base-url", urls[1], *TODAY)
    manifests[urls[1]] = manifest(tmp_path / "ref-b")
    subprocess.run(["rm", "-rf", str(tmp_path / "ref-b")], check=True)
    assert manifests[urls[0]] != manifests[urls[1]]
    siblings = sorted(os.listdir(out.parent))

    seed = int(os.environ.get("E2E_SEED", str(random.randrange(1 << 30))))
    rnd = random.Random(seed)
    # One moment in each fiftieth of a build (a little past its end too), in random order: early
    # kills, kills while pages are written and kills around the swap are all sure to happen.
    moments = [(i + rnd.random()) / KILLS * duration * 1.05 for i in range(KILLS)]
    rnd.shuffle(moments)
    current, outcomes, log = urls[0], {"old site": 0, "new site": 0}, []
    for i, delay in enumerate(moments):
        target = urls[1] if current == urls[0] else urls[0]
        proc = subprocess.Popen([str(portal_bin), "build", "--source", str(src), "--output", str(out),
                                 "--base-url", target, "--quiet", *TODAY],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay)
        finished = proc.poll() is not None
        if not finished:
            os.killpg(proc.pid, signal.SIGKILL)   # the build and anything it started
        proc.wait()
        now = manifest(out)
        if now == manifests[target]:
            state, current = "new site", target
        else:
            assert now == manifests[current], (
                f"seed {seed}, kill {i + 1} after {delay:.2f} s of a {duration:.2f} s build: the output is "
                f"neither the old nor the new site:\n" + manifest_diff(manifests[current], now))
            state = "old site"
        outcomes[state] += 1
        log.append(f"kill {i + 1:2} at {delay:6.2f} s ({delay / duration:4.0%}): "
                   f"{'finished first, ' if finished else ''}{state}")

    # The next build works whatever the killed ones left, publishes the new site and clears up.
    target = urls[1] if current == urls[0] else urls[0]
    must_build(portal_bin, src, out, "--base-url", target, *TODAY)
    assert manifest(out) == manifests[target], "a build after the killed builds differs from a clean build:\n" \
        + manifest_diff(manifests[target], manifest(out))
    conftest.SUMMARY_SECTIONS["killed builds"] = (
        f"{SIZE} site ({counts['stories']:,} stories, {counts['awards']:,} awards): a build of "
        f"{len(manifests[urls[0]]):,} files takes {duration:.2f} s; {KILLS} kills, seed {seed} (E2E_SEED): "
        f"{outcomes['old site']} left the old site whole, {outcomes['new site']} the new one, 0 a mixture\n"
        + "\n".join(log))
    left = leftovers(out.parent, siblings)
    assert not left, f"left beside the output after the killed builds and a good one: {left} (must not pile up)"
