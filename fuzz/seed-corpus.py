#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets, fuzz/corpus/<target>/, from the sample site in content/.

Seeds are kept small (a few kB): libFuzzer mutates short inputs faster, and a record's first
fields reach as much code as its last. Run it again after the sample content changes, and commit
the result. The inputs libFuzzer finds on its own go to fuzz/out/, which is not committed.
"""
import csv
import hashlib
import io
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
CORPUS = ROOT / "fuzz" / "corpus"
MAX_BYTES = 4096


def main():
    shutil.rmtree(CORPUS, ignore_errors=True)
    records, bodies = [], []
    for path in sorted(CONTENT.glob("*/*.md")):
        text = path.read_text(encoding="utf-8")
        front, body = split_front_matter(text)
        records.append(first_bytes(f"---\n{first_fields(front)}---\n{body}"))
        bodies.append(first_bytes(body))
    records += [first_bytes(p.read_text(encoding="utf-8")) for p in sorted(CONTENT.glob("honours/*.yaml"))]
    records.append((ROOT / "portal.yaml").read_text(encoding="utf-8"))
    write("records", records)
    write("markdown", bodies)
    write("award-csv", csv_seeds())
    texts = titles_and_names()
    write("slug", texts[::max(1, len(texts) // 64)])
    names = [t for t in texts if len(t.split()) in (2, 3, 4)]
    write("collation", ["\n".join(names[i:i + 3]) for i in range(0, len(names), 3)])


def split_front_matter(text):
    """The YAML between the two `---` lines, and the body after them."""
    _, front, body = text.split("---\n", 2)
    return front, body


def first_fields(yaml, limit=MAX_BYTES // 2):
    """Whole top-level fields from the start, at most `limit` bytes: a long plan's front matter stays valid."""
    fields = re.split(r"\n(?=[^\s-])", yaml.rstrip("\n"))
    out = fields[:1]
    for field in fields[1:]:
        if len("\n".join(out + [field]).encode("utf-8")) > limit:
            break
        out.append(field)
    return "\n".join(out) + "\n"


def first_bytes(text, limit=MAX_BYTES):
    """Whole lines from the start, at most `limit` bytes of UTF-8."""
    out, size = [], 0
    for line in text.splitlines(keepends=True):
        size += len(line.encode("utf-8"))
        if size > limit:
            break
        out.append(line)
    return "".join(out)


def csv_seeds():
    """The sample award list in slices of a few rows: as exported (BOM, `;`), and with `,`."""
    raw = (CONTENT / "honours" / "2024-khen-thuong-20-nam.csv").read_text(encoding="utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(raw), delimiter=";"))
    seeds = []
    for start in range(0, len(rows), 6):
        for delimiter, bom in ((";", "\ufeff"), (",", "")):
            out = io.StringIO()
            csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([header] + rows[start:start + 6])
            seeds.append(bom + out.getvalue())
    return seeds


def titles_and_names():
    """Titles, names, numbers and tags as they stand in the sample, one per seed."""
    found = []
    field = re.compile(r"^\s*-?\s*(title|name|number|unit|issuer|tags|form):\s*(.+)$", re.M)
    for path in sorted(CONTENT.glob("*/*.*")):
        if path.suffix not in (".md", ".yaml", ".csv"):
            continue
        text = path.read_text(encoding="utf-8-sig")
        found.append(path.stem)
        for _, value in field.findall(text):
            found += [v.strip() for v in value.strip("[]").split(",")] if value.startswith("[") else [value.strip()]
        if path.suffix == ".csv":
            found += [row[0] for row in csv.reader(io.StringIO(text), delimiter=";")][1:]
    return list(dict.fromkeys(v for v in found if v))


def write(target, inputs):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    for text in inputs:
        data = text.encode("utf-8")
        # Named by content, as libFuzzer names what it finds, so a seed is never written twice.
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
    print(f"{target}: {len(list(folder.iterdir()))} seeds")


if __name__ == "__main__":
    main()
