"""Helpers shared by the end-to-end tests: page kinds, link extraction and resolution, hash manifests."""
from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
import os
import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html

# Page kinds of the site map (DESIGN.md, "The site: public/"), first match wins.
KIND_PATTERNS: list[tuple[str, str]] = [
    ("home", r"index\.html"),
    ("404", r"404\.html"),
    ("plans", r"ke-hoach/index\.html"),
    ("plan", r"ke-hoach/[^/]+/index\.html"),
    ("honours", r"khen-thuong/index\.html"),
    ("honours-by-plan", r"khen-thuong/theo-ke-hoach/[^/]+/index\.html"),
    ("honours-view", r"khen-thuong/(?:theo-[^/]+|a-z)/(?:.+/)?index\.html"),   # by year, form, A–Z
    ("decision", r"khen-thuong/[^/]+/index\.html"),
    ("exemplars", r"guong-dien-hinh/index\.html"),
    ("exemplar", r"guong-dien-hinh/[^/]+/index\.html"),
    ("stories", r"tin-tuc/index\.html"),
    ("stories-page", r"tin-tuc/trang-\d+/index\.html"),
    ("story", r"tin-tuc/[^/]+/index\.html"),
    ("tags", r"chu-de/index\.html"),
    ("tag", r"chu-de/[^/]+/index\.html"),
    ("search", r"tim-kiem/index\.html"),
]
# Kinds every build of the sample site must have (stories-page needs more stories than one page holds).
REQUIRED_KINDS = ["home", "404", "plans", "plan", "honours", "honours-by-plan", "decision",
                  "exemplars", "exemplar", "stories", "story", "tag", "search"]

SEARCH_PAGE = "tim-kiem/index.html"


def kind_of(rel: str) -> str:
    for kind, pattern in KIND_PATTERNS:
        if re.fullmatch(pattern, rel):
            return kind
    return "other"


def html_pages_of(public: Path) -> list[str]:
    pages = []
    for dirpath, _dirs, files in os.walk(public):
        for name in files:
            if name.endswith(".html"):
                pages.append(Path(dirpath, name).relative_to(public).as_posix())
    return sorted(pages)


def page_kinds_of(pages: list[str], public: Path | None = None) -> dict[str, str]:
    """kind -> one representative page: the first in sorted order (stable across builds)."""
    kinds: dict[str, str] = {}
    for rel in pages:
        kinds.setdefault(kind_of(rel), rel)
    return kinds


def manifest(root: Path) -> dict[str, str]:
    """relative path -> sha256 of every file under root (symlinks followed); files are hashed on every
    core (hashlib frees the GIL), which matters for a city-size site of 36,000 files."""
    paths = [Path(d, f) for d, _dirs, files in os.walk(root, followlinks=True) for f in files]

    def digest(path: Path) -> str:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()

    with ThreadPoolExecutor(max_workers=(os.cpu_count() or 2) * 2) as pool:
        return {p.relative_to(root).as_posix(): h for p, h in zip(paths, pool.map(digest, paths))}


def manifest_diff(old: dict[str, str], new: dict[str, str], limit: int = 15) -> str:
    missing = sorted(set(old) - set(new))
    extra = sorted(set(new) - set(old))
    changed = sorted(k for k in set(old) & set(new) if old[k] != new[k])
    lines = [f"{len(missing)} missing, {len(extra)} extra, {len(changed)} changed files"]
    for label, items in (("missing", missing), ("extra", extra), ("changed", changed)):
        lines += [f"  {label}: {x}" for x in items[:limit]]
        if len(items) > limit:
            lines.append(f"  … and {len(items) - limit} more {label}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# References of a page

@dataclass(frozen=True)
class Ref:
    page: str     # relative path of the page (or stylesheet) holding the reference
    line: int
    tag: str
    attr: str
    value: str
    role: str     # "link" (navigation), "resource" (loaded by the browser), "canonical", "og", "alternate"

    def where(self) -> str:
        return f"{self.page}:{self.line}: <{self.tag} {self.attr}=\"{self.value}\">"


RESOURCE_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload",
                 "manifest", "prefetch", "mask-icon"}
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3""")


def parse_html(path: Path):
    return lxml.html.parse(str(path)).getroot()


def _srcset_urls(value: str) -> list[str]:
    urls = []
    for item in value.split(","):
        item = item.strip()
        if item:
            urls.append(item.split()[0])
    return urls


def refs_of_html(public: Path, rel: str) -> list[Ref]:
    root = parse_html(public / rel)
    refs: list[Ref] = []

    def add(el, attr, value, role):
        if value is None:
            return
        refs.append(Ref(rel, el.sourceline or 0, _tag(el), attr, value.strip(), role))

    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = _tag(el)
        a = el.attrib
        if tag in ("a", "area"):
            add(el, "href", a.get("href"), "link")
        elif tag == "link":
            rels = set((a.get("rel") or "").lower().split())
            if "canonical" in rels:
                role = "canonical"
            elif rels & RESOURCE_RELS:
                role = "resource"
            elif "alternate" in rels:
                role = "alternate"
            else:
                role = "link"
            add(el, "href", a.get("href"), role)
        elif tag == "meta":
            prop = (a.get("property") or a.get("name") or "").lower()
            content = a.get("content") or ""
            if prop.startswith(("og:", "twitter:")) and re.match(r"^(https?:)?//|^/|^\.", content) \
                    or prop in ("og:url", "og:image", "og:image:url", "og:image:secure_url", "twitter:image"):
                add(el, "content", content, "og")
            if (a.get("http-equiv") or "").lower() == "refresh" and "url=" in content.lower():
                add(el, "content", content.split("=", 1)[1].strip(" '\""), "link")
        elif tag == "form":
            if a.get("action"):
                add(el, "action", a.get("action"), "link")
        for attr in ("src", "poster", "data"):
            if attr in a and tag in ("img", "script", "iframe", "source", "audio", "video", "track",
                                      "embed", "input", "object", "image"):
                add(el, attr, a[attr], "resource")
        if "srcset" in a:
            for url in _srcset_urls(a["srcset"]):
                add(el, "srcset", url, "resource")
        if tag in ("use", "image", "feimage"):
            for attr in ("href", "{http://www.w3.org/1999/xlink}href", "xlink:href"):
                if attr in a:
                    add(el, attr, a[attr], "resource")
        if "style" in a:
            for url in _css_urls(a["style"]):
                add(el, "style", url, "resource")
        if tag == "style" and el.text:
            for url in _css_urls(el.text):
                add(el, "style", url, "resource")
    return refs


def refs_of_css(public: Path, rel: str) -> list[Ref]:
    text = (public / rel).read_text(encoding="utf-8", errors="replace")
    refs = []
    for m in CSS_URL.finditer(text):
        url = m.group(2) if m.group(2) is not None else m.group(4)
        if url is None or url.startswith("data:"):
            continue
        line = text.count("\n", 0, m.start()) + 1
        refs.append(Ref(rel, line, "css", "url", url.strip(), "resource"))
    return refs


def _css_urls(text: str) -> list[str]:
    out = []
    for m in CSS_URL.finditer(text):
        url = m.group(2) if m.group(2) is not None else m.group(4)
        if url and not url.startswith("data:"):
            out.append(url.strip())
    return out


def _tag(el) -> str:
    tag = el.tag
    if "}" in tag:
        tag = tag.split("}", 1)[1]
    return tag.lower()


@lru_cache(maxsize=None)
def ids_of(path: str) -> frozenset[str]:
    root = lxml.html.parse(path).getroot()
    ids = set(root.xpath("//@id")) | set(root.xpath("//a/@name"))
    return frozenset(ids)


# ---------------------------------------------------------------------------------------------
# Resolving a reference

@dataclass
class Resolved:
    kind: str            # "internal", "fragment", "external", "other-scheme", or an error below
    target: str | None   # relative path of the target file (internal) or the URL
    fragment: str = ""


ERRORS = {"absolute-path", "bare-directory", "broken", "outside-site", "protocol-relative", "javascript"}


def resolve(public: Path, page: str, value: str) -> Resolved:
    """Resolves an href/src written in `page` (relative path) against the site on disk."""
    parts = urlsplit(value)
    if parts.scheme:
        scheme = parts.scheme.lower()
        if scheme in ("http", "https"):
            return Resolved("external", value)
        if scheme == "javascript":
            return Resolved("javascript", value)
        return Resolved("other-scheme", value)   # mailto:, tel:, data:, …
    if value.startswith("//"):
        return Resolved("protocol-relative", value)
    path = unquote(parts.path)
    if path == "":
        return Resolved("fragment", page, parts.fragment)
    if path.startswith("/"):
        return Resolved("absolute-path", value)
    base = posixpath.dirname(page)
    target = posixpath.normpath(posixpath.join(base, path))
    if target == ".." or target.startswith("../"):
        return Resolved("outside-site", value)
    if path.endswith("/") or path in (".", "..") or (public / target).is_dir():
        return Resolved("bare-directory", target)
    if not (public / target).is_file():
        return Resolved("broken", target)
    return Resolved("internal", target, parts.fragment)


def site_url_to_file(public: Path, base_url: str, url: str) -> tuple[str | None, str | None]:
    """Maps an absolute URL under base_url to (relative file, None) or (None, error)."""
    if not url.startswith(base_url):
        return None, f"not under base_url {base_url}"
    path = unquote(urlsplit(url).path)
    base_path = unquote(urlsplit(base_url).path)
    rel = path[len(base_path):] if path.startswith(base_path) else path.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    elif (public / rel).is_dir():
        rel += "/index.html"
    if not (public / rel).is_file():
        return None, f"no file {rel} in the built site"
    return rel, None
