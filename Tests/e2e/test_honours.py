"""The honour roll (issue 6): every award once on the roll and once on its decision page, charts
that draw the numbers their tables show, and a 5,000-award decision that builds into valid pages."""
from __future__ import annotations

import csv
import io
import random
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from site_tools import parse_html
from test_static import copy_source, must_build, vnu_errors


def content_awards(source: Path) -> Counter:
    """(decision number, honouree name) → how many times the content grants it."""
    awards: Counter = Counter()
    for path in sorted((source / "content/honours").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        rows = list(data.get("awards") or [])
        if data.get("awards_csv"):
            text = (path.parent / data["awards_csv"]).read_text(encoding="utf-8-sig")
            delimiter = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
            rows += [r for r in csv.DictReader(io.StringIO(text), delimiter=delimiter) if (r.get("name") or "").strip()]
        for row in rows:
            awards[(str(data["number"]), " ".join(str(row["name"]).split()))] += 1
    return awards


def text(el) -> str:
    return " ".join(el.text_content().split())


def test_every_award_is_once_on_the_roll_and_once_on_its_decision(public, source):
    expected = content_awards(source)
    assert sum(expected.values()) >= 60

    on_roll: Counter = Counter()
    for page in sorted(public.glob("khen-thuong/nam-*/index.html")):
        for item in parse_html(page).cssselect("ol.roll > li"):
            number = re.sub(r"^QĐ số ", "", text(item.cssselect("a")[0]))
            on_roll[(number, text(item.cssselect(".honouree")[0]))] += 1
    assert on_roll == expected

    on_decisions: Counter = Counter()
    for page in sorted(public.glob("khen-thuong/*/index.html")):
        root = parse_html(page)
        caption = root.cssselect("table.awards caption")
        if not caption:
            continue
        number = text(caption[0]).rsplit("Quyết định số ", 1)[1]
        for row in root.cssselect("table.awards tbody tr"):
            name_cell = row.cssselect("th")[0]
            name = " ".join((name_cell.text or "").split())
            on_decisions[(number, name)] += 1
    assert on_decisions == expected


def test_charts_draw_the_numbers_their_tables_show(public):
    pages = [public / "khen-thuong/index.html", *sorted(public.glob("khen-thuong/theo-ke-hoach/*/index.html"))]
    checked = 0
    for page in pages:
        root = parse_html(page)
        for figure, table in zip(root.cssselect("figure.chart-figure"), root.cssselect("table.chart-table")):
            svg = figure.cssselect("svg")[0]
            assert svg.get("role") == "img" and svg.cssselect("title") and svg.cssselect("desc")
            drawn = [int(t.text_content().rsplit(": ", 1)[1].replace(".", "")) for t in svg.cssselect("rect > title")]
            totals = [int(t.text_content().replace(".", "")) for t in svg.cssselect("text.chart-value")]
            cells = [[int(td.text_content().replace(".", "")) for td in tr.cssselect("td")] for tr in table.cssselect("tbody tr")]
            assert [c[-1] for c in cells] == totals, page
            assert [v for c in cells for v in c[:-1] if v > 0] == drawn, page
            assert [sum(c[:-1]) for c in cells] == totals, page
            checked += 1
    assert checked >= 2


def test_a_decision_of_5000_awards_builds_into_valid_pages(portal_bin, source, tmp_path):
    site = copy_source(source, tmp_path / "site")
    rng = random.Random(5000)
    families = ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Đỗ", "Dương", "Vũ", "Bùi", "Hoàng"]
    middles = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức"]
    givens = ["An", "Ánh", "Bình", "Dũng", "Đạt", "Đức", "Hà", "Hòa", "Lan", "Mai", "Nam", "Oanh", "Sơn", "Tâm", "Yến"]
    lines = ["name;kind;unit;position;form;title;achievement"]
    for i in range(5000):
        name = f"{rng.choice(families)} {rng.choice(middles)} {rng.choice(givens)}"
        lines.append(f"{name};individual;Tổ dân phố {i + 1};Hội viên {i};Giấy khen của Chủ tịch UBND phường;;"
                     f"\"Có thành tích; số {i}\"")
    (site / "content/honours/zz-lon.csv").write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    (site / "content/honours/zz-lon.yaml").write_text(
        "number: 999/QĐ-UBND\nissued: 2025-01-10\nissuer: Ủy ban nhân dân phường Nguyễn Trãi\n"
        "title: Về việc khen thưởng 5.000 hội viên\nplan: 2024-nguyen-trai-thi-dua-nam-2024\nawards_csv: zz-lon.csv\n",
        encoding="utf-8")
    out = tmp_path / "public"
    must_build(portal_bin, site, out)
    decision = out / "khen-thuong/zz-lon/index.html"
    rows = parse_html(decision).cssselect("table.awards tbody tr")
    assert len(rows) == 5000
    pages = [decision, out / "khen-thuong/nam-2025/index.html", out / "khen-thuong/index.html",
             out / "khen-thuong/theo-ke-hoach/2024-nguyen-trai-thi-dua-nam-2024/index.html"]
    assert vnu_errors(pages, out) == []
