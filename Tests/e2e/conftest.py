"""Shared fixtures of the end-to-end suite.

The suite checks an already built site. scripts/e2e.sh builds the sample site into a temporary folder
and sets:
  PORTAL_PUBLIC     the built site (required)
  PORTAL_SOURCE     the source folder it was built from (portal.yaml, content/); default: the cwd
  PORTAL_BIN        the portal binary (for the tests that build on their own)
  PORTAL_ARTIFACTS  where screenshots and the page-weight table go; default: ./artifacts
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from nginx_server import NginxError, start_nginx, stop_nginx
from site_tools import page_kinds_of, html_pages_of

PUBLIC_ENV = os.environ.get("PORTAL_PUBLIC")
SOURCE = Path(os.environ.get("PORTAL_SOURCE", os.getcwd())).resolve()
ARTIFACTS = Path(os.environ.get("PORTAL_ARTIFACTS", "artifacts")).resolve()

# Lines the tests want shown after the run (the page-weight table): filled by tests, printed by
# pytest_terminal_summary below, so they are visible without `-s`.
SUMMARY_SECTIONS: dict[str, str] = {}


def pytest_configure(config):
    if not PUBLIC_ENV:
        raise pytest.UsageError("PORTAL_PUBLIC is not set: run the suite with scripts/e2e.sh")
    if not (Path(PUBLIC_ENV) / "index.html").is_file():
        raise pytest.UsageError(f"PORTAL_PUBLIC={PUBLIC_ENV} has no index.html: is it a built site?")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    for title, text in SUMMARY_SECTIONS.items():
        terminalreporter.write_sep("-", title)
        terminalreporter.write(text if text.endswith("\n") else text + "\n")


@pytest.fixture(scope="session")
def public() -> Path:
    return Path(PUBLIC_ENV).resolve()


@pytest.fixture(scope="session")
def source() -> Path:
    return SOURCE


@pytest.fixture(scope="session")
def portal_bin() -> Path:
    value = os.environ.get("PORTAL_BIN")
    if not value:
        pytest.skip("PORTAL_BIN is not set")
    path = Path(value).resolve()
    if not os.access(path, os.X_OK):
        pytest.fail(f"PORTAL_BIN={value} is not an executable")
    return path


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def config(source) -> dict:
    path = source / "portal.yaml"
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    assert isinstance(data, dict), f"{path}: not a YAML map"
    return data


@pytest.fixture(scope="session")
def base_url(config) -> str:
    url = str(config.get("base_url", "")).strip()
    assert re.match(r"^https?://[^/]+", url), f"portal.yaml: base_url {url!r} is not absolute"
    return url if url.endswith("/") else url + "/"


@pytest.fixture(scope="session")
def html_pages(public) -> list[str]:
    """Every HTML file of the site, as paths relative to public/ with '/' separators."""
    pages = html_pages_of(public)
    assert pages, f"{public}: no HTML page"
    return pages


@pytest.fixture(scope="session")
def page_kinds(html_pages) -> dict[str, str]:
    """One representative page (relative path) of each kind found in the site."""
    return page_kinds_of(html_pages)


@pytest.fixture(scope="session")
def serve(tmp_path_factory):
    """serve(root) → the http:// address of a real nginx serving the folder root (one per folder)."""
    servers: dict[Path, tuple] = {}

    def start(root: Path) -> str:
        if root not in servers:
            try:
                servers[root] = start_nginx(root, tmp_path_factory.mktemp("nginx"))
            except NginxError as error:
                pytest.fail(str(error))
        return servers[root][1]

    yield start
    for proc, _ in servers.values():
        stop_nginx(proc)
