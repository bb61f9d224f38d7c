"""Plans as documents (issue 7), checked on the built site against the plans' own front matter:
the page shows each field as the file has it, lich.ics holds every phase and deadline with the right
dates and stable UIDs, the list filters by status without script, and a plan prints like the paper."""
from __future__ import annotations

import datetime as dt
import posixpath
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import icalendar
import lxml.html
import pytest
import yaml

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


# ---------------------------------------------------------------------------------------------
# The plans as their files write them

@dataclass
class PlanFile:
    id: str
    data: dict
    # Target values as the YAML text writes them (`59.60`), since parsing would lose the decimals.
    raw_values: list[str | None]

    @property
    def page(self) -> str:
        return f"ke-hoach/{self.id}/index.html"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def front_matter(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"\A---\r?\n(.*?)\r?\n---\r?\n", text, re.S)
    assert match, f"{path}: no front matter"
    return match.group(1)


def raw_target_values(front: str) -> list[str | None]:
    root = yaml.compose(front)
    for key, value in root.value:
        if key.value == "targets":
            out = []
            for item in value.value:
                fields = {k.value: v for k, v in item.value}
                out.append(fields["value"].value if "value" in fields else None)
            return out
    return []


def load_plans(source: Path) -> list[PlanFile]:
    plans = []
    for path in sorted((source / "content" / "plans").glob("*.md")):
        front = front_matter(path)
        plans.append(PlanFile(path.stem, yaml.safe_load(front), raw_target_values(front)))
    assert plans, f"{source}: no plans"
    for plan in plans:
        # Sample ids are already slugs, so the page path is the id.
        assert re.fullmatch(r"[a-z0-9-]+", plan.id), plan.id
    return plans


@pytest.fixture(scope="session")
def plans(source) -> list[PlanFile]:
    return load_plans(source)


# Vietnamese formats as Nghị định 30/2020 and DESIGN.md state them, written here independently of the Swift code.

def long_date(d: dt.date) -> str:
    day = f"{d.day:02d}" if d.day < 10 else str(d.day)
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"ngày {day} tháng {month} năm {d.year}"


def short_date(d: dt.date) -> str:
    return f"{d.day}/{d.month}/{d.year}"


def grouped(digits: str) -> str:
    out = ""
    for i, ch in enumerate(digits):
        if i and (len(digits) - i) % 3 == 0:
            out += "."
        out += ch
    return out


def vn_number(raw: str) -> str:
    """`28500` → `28.500`, `59.60` → `59,60`, `0.39` → `0,39`, as the file writes the decimals."""
    raw = raw.strip()
    sign = "-" if raw.startswith("-") else ""
    whole, _, fraction = raw.lstrip("+-").partition(".")
    return sign + grouped(whole) + ("," + fraction if fraction else "")


def file_size(n: int) -> str:
    if n < 1024:
        return f"{grouped(str(n))} B"
    kb = n / 1024
    if round(kb * 10) < 10240:
        return f"{kb:.1f}".replace(".", ",") + " KB"
    return f"{n / 1024 / 1024:.1f}".replace(".", ",") + " MB"


def text_of(element) -> str:
    return nfc(" ".join(element.text_content().split()))


def squash(text: str) -> str:
    return nfc(" ".join(str(text).split()))


def html(public: Path, rel: str):
    return lxml.html.document_fromstring((public / rel).read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# The plan page reads like the document

def test_each_plan_page_shows_its_front_matter_exactly(public, plans, source):
    problems = []
    for plan in plans:
        d = plan.data
        root = html(public, plan.page)
        article = root.find_class("document")
        assert article, f"{plan.page}: no article.document"
        doc = article[0]

        def expect(found: bool, what: str):
            if not found:
                problems.append(f"{plan.page}: {what}")

        header = text_of(doc.find_class("doc-header")[0])
        if "number" in d:
            expect(f"Số: {squash(d['number'])}" in header, f"number Số: {d['number']}")
        if "issued" in d:
            line = f"{squash(d['place'])}, {long_date(d['issued'])}" if "place" in d else long_date(d["issued"])
        else:
            line = f"năm {d['year']}"
        date_lines = [text_of(p) for p in doc.find_class("date-line")]
        expect(any(x.lower().endswith(line.lower()) for x in date_lines), f"date line {line!r} (found {date_lines})")
        expect(squash(d["issuer"]).upper() in header, f"issuer {d['issuer']}")
        expect("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header and "Độc lập - Tự do - Hạnh phúc" in header, "national motto")
        expect([text_of(p) for p in doc.find_class("doc-kind")] == ["KẾ HOẠCH"], "KẾ HOẠCH")
        expect(text_of(doc.find_class("doc-title")[0]) == squash(d["title"]), "trích yếu")

        bases = [text_of(em) for em in doc.xpath(".//div[@class='bases']//em")]
        expect(bases == [squash(b) for b in d.get("bases", [])], f"bases in italics {bases}")

        rows = [[text_of(td) for td in tr.xpath("./td")] for tr in doc.xpath(".//table[contains(@class,'targets')]/tbody/tr")]
        wanted = [[squash(t["text"]), vn_number(raw) if raw is not None else "", squash(t.get("unit", ""))]
                  for t, raw in zip(d.get("targets", []), plan.raw_values)]
        expect(rows == wanted, f"targets table\n  got  {rows}\n  want {wanted}")

        phases = [text_of(li) for li in doc.xpath(".//ol[@class='phases']/li")]
        wanted = [f"{squash(p['name'])}: {short_date(p['from'])} – {short_date(p['to'])}" + (f". {squash(p['goal'])}" if "goal" in p else "")
                  for p in d.get("phases", [])]
        expect(phases == wanted, f"phases\n  got  {phases}\n  want {wanted}")

        deadlines = [text_of(li) for li in doc.xpath(".//ul[@class='deadlines']/li")]
        wanted = [f"{short_date(x['date'])}: {squash(x['what'])}" + (f" ({squash(x['who'])})" if "who" in x else "")
                  for x in sorted(d.get("deadlines", []), key=lambda x: x["date"])]
        expect(deadlines == wanted, f"deadlines\n  got  {deadlines}\n  want {wanted}")

        forms = [text_of(li) for li in doc.xpath(".//section[@aria-labelledby='hinh_thuc']//li")]
        expect(forms == [squash(a) for a in d.get("awards", [])], f"award forms {forms}")
        units = [text_of(h) for h in doc.xpath(".//section[@aria-labelledby='to_chuc_thuc_hien']/h3")]
        expect(units == [f"{i}. {squash(r['unit'])}" for i, r in enumerate(d.get("responsibilities", []), 1)], f"units {units}")

        recipients = [text_of(li) for li in doc.xpath(".//div[@class='recipients']//li")]
        expect(recipients == [squash(r) for r in d.get("recipients", [])], f"recipients {recipients}")

        signature = [text_of(p) for p in doc.xpath(".//div[@class='signature']/p")]
        if "signer" in d:
            s = d["signer"]
            wanted = [squash(s[k]) for k in ("on_behalf", "signing_for", "title", "name") if k in s]
            expect(signature == wanted, f"signature block {signature} (want {wanted})")
        else:
            expect(signature == [], "a signature block the file does not have")

        for attachment in d.get("attachments", []):
            size = (source / "content" / "media" / attachment["file"]).stat().st_size
            ext = attachment["file"].rsplit(".", 1)[-1].upper()
            links = [a for a in doc.xpath(".//section[contains(@class,'attachments')]//a") if text_of(a) == squash(attachment["title"])]
            expect(len(links) == 1, f"attachment link {attachment['title']}")
            if links:
                li = text_of(links[0].getparent())
                expect(li.endswith(f"({ext}, {file_size(size)})"), f"attachment type and size in {li!r}")
                target = (public / plan.page).parent / links[0].get("href")
                expect(target.resolve().is_file(), f"attachment {links[0].get('href')} is not in the site")
    assert not problems, "\n".join(problems)


def test_the_document_comes_in_the_order_of_the_issued_plan(public, plans):
    markers = ['class="doc-header"', "Số:", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 'class="date-line"', 'class="doc-kind"',
               'class="doc-title"', 'class="bases"', 'class="toc"', 'class="prose"', 'id="chi_tieu"', 'id="dot_thi_dua"',
               'id="hinh_thuc"', 'id="to_chuc_thuc_hien"', 'id="thoi_han"', 'class="recipients"', 'class="signature"']
    for plan in plans:
        page = (public / plan.page).read_text(encoding="utf-8")
        article = page[page.index('<article class="document">'):page.index("</article>")]
        positions = [article.find(m) for m in markers if article.find(m) >= 0]
        assert positions == sorted(positions), f"{plan.page}: parts of the document out of order"


def test_each_dated_plan_has_an_accessible_timeline_and_its_dates_as_a_list(public, plans):
    for plan in plans:
        d = plan.data
        root = html(public, plan.page)
        svgs = root.xpath("//figure[@class='timeline']/svg")
        if not (d.get("period") or d.get("phases") or d.get("deadlines")):
            assert not svgs, f"{plan.page}: a timeline with nothing on it"
            continue
        assert len(svgs) == 1, f"{plan.page}: no timeline"
        svg = svgs[0]
        assert svg.get("role") == "img" and svg.get("width") == "100%" and svg.get("height") is None
        assert re.fullmatch(r"0 0 \d+ \d+(\.\d)?", svg.get("viewbox") or svg.get("viewBox") or ""), "no viewBox"
        ids = {el.get("id") for el in svg.iter() if el.get("id")}
        labelled = set((svg.get("aria-labelledby") or "").split()) | set((svg.get("aria-describedby") or "").split())
        assert labelled and labelled <= ids, f"{plan.page}: aria-labelledby/describedby name no title/desc in the SVG"
        listed = " | ".join(text_of(li) for li in root.xpath("//ul[@class='timeline-dates']/li"))
        for p in d.get("phases", []):
            assert f"{squash(p['name'])}: {short_date(p['from'])} – {short_date(p['to'])}" in listed, f"{plan.page}: {p['name']} not listed"
        for x in d.get("deadlines", []):
            assert short_date(x["date"]) in listed, f"{plan.page}: {x['date']} not listed"


# ---------------------------------------------------------------------------------------------
# lich.ics

def expected_events(plan: PlanFile) -> dict[str, tuple[dt.date, dt.date, str]]:
    """UID prefix → (DTSTART, DTEND exclusive, SUMMARY prefix), as the issue asks for each phase and deadline."""
    out: dict[str, tuple[dt.date, dt.date, str]] = {}
    counts: dict[str, int] = {}
    for kind, items in (("phase", plan.data.get("phases", [])), ("deadline", sorted(plan.data.get("deadlines", []), key=lambda x: x["date"]))):
        for item in items:
            first, last = (item["from"], item["to"]) if kind == "phase" else (item["date"], item["date"])
            summary = f"{squash(item['name'])}: " if kind == "phase" else f"Hạn: {squash(item['what'])}"
            key = f"{plan.id}.{kind}-" + (slug(item["name"]) if kind == "phase" else item["date"].isoformat())
            counts[key] = counts.get(key, 0) + 1
            if counts[key] > 1:
                key += f"-{counts[key]}"
            out[key] = (first, last + dt.timedelta(days=1), summary)
    return out


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_ = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")


def read_calendar(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_lich_ics_holds_every_phase_and_deadline_with_the_right_dates(public, plans, base_url):
    cal = read_calendar(public / "lich.ics")
    assert str(cal["VERSION"]) == "2.0" and cal.get("PRODID") and str(cal["CALSCALE"]) == "GREGORIAN"
    assert cal.get("X-WR-CALNAME")
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    wanted = {}
    for plan in plans:
        wanted.update({f"{key}@": (plan, *value) for key, value in expected_events(plan).items()})
    assert len(events) == len(wanted), f"{len(events)} events, want {len(wanted)}"
    for prefix, (plan, start, end, summary) in wanted.items():
        matches = [e for uid, e in events.items() if uid.startswith(prefix)]
        assert len(matches) == 1, f"no single event with UID {prefix}…"
        e = matches[0]
        assert e["DTSTART"].dt == start and e["DTEND"].dt == end, f"{prefix}: {e['DTSTART'].dt}–{e['DTEND'].dt}, want {start}–{end}"
        assert isinstance(e["DTSTART"].dt, dt.date) and not isinstance(e["DTSTART"].dt, dt.datetime), "not an all-day event"
        assert nfc(str(e["SUMMARY"])).startswith(summary), f"{prefix}: SUMMARY {e['SUMMARY']!r}"
        assert str(e["URL"]) == f"{base_url}ke-hoach/{plan.id}/", f"{prefix}: URL {e['URL']}"
        assert e.get("DTSTAMP")


def test_lich_ics_lines_are_crlf_and_folded_at_75_octets(public):
    for path in [public / "lich.ics", *sorted(public.glob("ke-hoach/*/lich.ics"))]:
        data = path.read_bytes()
        assert data.endswith(b"END:VCALENDAR\r\n")
        assert b"\n" not in data.replace(b"\r\n", b""), f"{path}: bare LF"
        lines = data.split(b"\r\n")[:-1]
        assert max(len(line) for line in lines) <= 75, f"{path}: a line longer than 75 octets"
        for line in lines:
            line.decode("utf-8")  # folding never cuts a letter in two


def test_each_plan_links_its_own_ics_with_the_same_events(public, plans):
    site_events = {str(e["UID"]): e.to_ical() for e in read_calendar(public / "lich.ics").walk("VEVENT")}
    for plan in plans:
        own = public / "ke-hoach" / plan.id / "lich.ics"
        if not expected_events(plan):
            assert not own.exists()
            continue
        links = html(public, plan.page).xpath("//a[@type='text/calendar']/@href")
        assert links and all((public / plan.page).parent.joinpath(h).resolve() == own.resolve() for h in links), f"{plan.page}: .ics link {links}"
        events = {str(e["UID"]): e.to_ical() for e in read_calendar(own).walk("VEVENT")}
        assert len(events) == len(expected_events(plan))
        assert all(site_events.get(uid) == body for uid, body in events.items()), f"{own}: events differ from lich.ics"


def test_calendar_uids_and_bytes_are_stable_across_builds_and_build_dates(portal_bin, source, public, tmp_path):
    outputs = []
    for name, today in (("a", "2024-03-15"), ("b", "2026-01-01")):
        out = tmp_path / name
        subprocess.run([str(portal_bin), "build", "--source", str(source), "--output", str(out), "--today", today],
                       check=True, capture_output=True, timeout=120)
        outputs.append(out)
    first, second = ((o / "lich.ics").read_bytes() for o in outputs)
    assert first == second, "lich.ics depends on the build date or the clock"
    uids = lambda data: sorted(str(e["UID"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT"))
    assert uids(first) == uids((public / "lich.ics").read_bytes())


# ---------------------------------------------------------------------------------------------
# The plans list

def test_plans_list_is_by_year_newest_first_with_number_title_period_and_status(public, plans):
    root = html(public, "ke-hoach/index.html")
    years = [int(re.sub(r"\D", "", text_of(h))) for h in root.xpath("//main//section/h2")]
    assert years == sorted(years, reverse=True) and len(set(years)) == len(years)
    cards = {c.xpath(".//a/@href")[0]: text_of(c) for c in root.xpath("//main//article[@class='card']")}
    assert len(cards) == len(plans)
    for plan in plans:
        card = next(text for href, text in cards.items()
                    if posixpath.normpath(posixpath.join("ke-hoach", href)) == f"ke-hoach/{plan.id}/index.html")
        assert squash(plan.data["title"]) in card
        if "number" in plan.data:
            assert squash(plan.data["number"]) in card
        if "period" in plan.data:
            assert f"{short_date(plan.data['period']['from'])} – {short_date(plan.data['period']['to'])}" in card
        assert re.search(r"Đang diễn ra|Sắp diễn ra|Đã kết thúc|Không ghi thời gian", card), f"{plan.id}: no status"


def test_status_filters_are_pages_that_split_the_plans_without_script(public, plans):
    root = html(public, "ke-hoach/index.html")
    links = root.xpath("//nav[@aria-label='Lọc kế hoạch theo trạng thái']//a/@href")
    assert len(links) >= 4
    assert not root.xpath("//script")
    by_status = {}
    for href in links:
        assert not href.startswith("/") and href.endswith("index.html"), f"filter link {href} is not relative and file-named"
        page = ((public / "ke-hoach") / href).resolve()
        assert page.is_file(), href
        rel = page.relative_to(public.resolve()).as_posix()
        by_status[rel] = {a.split("/")[-2] for a in html(public, rel).xpath("//main//article[@class='card']//h3/a/@href")}
    statuses = {k: v for k, v in by_status.items() if "luu-tru" not in k and k != "ke-hoach/index.html"}
    ids = [i for ids in statuses.values() for i in ids]
    assert sorted(ids) == sorted(p.id for p in plans), "each plan is in exactly one status page"


# ---------------------------------------------------------------------------------------------
# Print

def test_a_plan_prints_on_a4_like_the_document(public, plans, artifacts, tmp_path):
    plan = next(p for p in plans if {"number", "issued", "signer"} <= p.data.keys())
    pdf = tmp_path / "plan.pdf"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", (public / plan.page).as_uri()],
                   check=True, capture_output=True, timeout=120)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert re.search(r"Page size:\s+59[45]\.\d* x 84[12]\.\d* pts \(A4\)", info), info

    def page_text(n: int) -> str:
        out = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], check=True, capture_output=True, text=True).stdout
        return squash(out)

    first, last = page_text(1), page_text(pages)
    d = plan.data
    assert f"Số: {squash(d['number'])}" in first
    assert f"{squash(d['place'])}, {long_date(d['issued'])}" in first
    assert "KẾ HOẠCH" in first
    assert squash(d["signer"]["name"]) in last
    everything = squash(" ".join(page_text(n) for n in range(1, pages + 1)))
    for absent in ("Bỏ qua, đến nội dung chính", "Trang chủ", "Theo dõi tin mới", "Mục lục", "Tiến độ", "Xem tiến độ"):
        assert absent not in everything, f"{absent!r} is printed"
    for attachment in d.get("attachments", []):
        # pdftotext joins a line broken after a hyphen without it, so spaces and hyphens are ignored.
        bare = lambda text: re.sub(r"[\s-]", "", text)
        assert bare(f"media/{attachment['file']}") in bare(everything), "attachment address not printed"
    # A picture of page 1 for a person to look at.
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(artifacts / "plan-print")],
                   check=True, capture_output=True, timeout=60)
