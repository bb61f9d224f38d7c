#!/usr/bin/env python3
"""A deterministic synthetic site for the search benchmark, in the portal's content format
(docs/content-format.md): stories made of the sample site's own sentences with new names mixed in,
commendation decisions whose awards come from CSV files, plans with numbers (one is 5531/KH-UBND),
and good-deed profiles.

    bench/search/generate.py OUT [--stories 10000] [--awards 50000] [--seed 8]

OUT gets portal.yaml, content/ and a copy of templates/. Same arguments, same bytes."""
from __future__ import annotations

import argparse
import random
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

FAMILY = ([("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4), ("Phan", 4),
           ("Vũ", 4), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1), ("Lý", 1)])
MIDDLE_MEN = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thành", "Xuân", "Ngọc", "Tiến"]
MIDDLE_WOMEN = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Bích", "Hồng", "Mai", "Phương"]
GIVEN_MEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Huy", "Khoa", "Long", "Nam", "Phong", "Quân",
             "Sơn", "Tâm", "Thắng", "Thành", "Tuấn", "Việt", "Vinh", "Duy", "Đạt", "Hiếu", "Lâm", "Trung"]
GIVEN_WOMEN = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Loan", "Mai", "Ngân",
               "Nhung", "Phương", "Quyên", "Thảo", "Trang", "Tuyết", "Vân", "Yến", "Diệp", "Hằng", "Nga", "Oanh"]
FORMS = ["Giấy khen của Chủ tịch UBND phường", "Giấy khen của Chủ tịch UBND thành phố",
         "Bằng khen của Chủ tịch UBND thành phố", "Bằng khen của Thủ tướng Chính phủ"]
POSITIONS = ["Tổ trưởng tổ dân phố", "Chi hội trưởng Chi hội Phụ nữ", "Bí thư Chi đoàn", "Hội viên Hội Cựu chiến binh",
             "Công chức Văn phòng – Thống kê", "Giáo viên", "Y sĩ Trạm Y tế phường", "Tiểu thương", "Học sinh"]
TAGS = ["Thi đua", "Khen thưởng", "Người tốt việc tốt", "Chuyển đổi số", "An ninh trật tự", "Môi trường",
        "Khuyến học", "Kỷ niệm", "Văn hóa", "Y tế", "Giao thông", "Nông thôn mới"]
TITLE_WORDS = ["Phát động", "Tổng kết", "Sơ kết", "Tuyên dương", "Khen thưởng", "Ra quân", "Hưởng ứng",
               "Ra mắt mô hình", "Trao tặng", "Biểu dương"]
TITLE_TOPICS = ["phong trào thi đua yêu nước", "đợt thi đua cao điểm", "mô hình tuyến phố văn minh",
                "tủ sách khuyến học", "hiến đất mở ngõ", "bếp cơm yêu thương", "tổ công nghệ số cộng đồng",
                "thu gom phế liệu gây quỹ", "tuần tra an ninh", "ngày hội đại đoàn kết", "hiến máu tình nguyện",
                "trả lại tài sản nhặt được", "cứu người trong đám cháy", "giữ gìn vệ sinh môi trường"]


def name(rng: random.Random) -> str:
    family = rng.choices([f for f, _ in FAMILY], weights=[w for _, w in FAMILY])[0]
    if rng.random() < 0.5:
        return f"{family} {rng.choice(MIDDLE_MEN)} {rng.choice(GIVEN_MEN)}"
    return f"{family} {rng.choice(MIDDLE_WOMEN)} {rng.choice(GIVEN_WOMEN)}"


def sample_sentences() -> list[str]:
    """Sentences of the sample site's stories and profiles, front matter and markup removed."""
    sentences = []
    for folder in ("stories", "exemplars", "plans"):
        for path in sorted((REPO / "content" / folder).glob("*.md")):
            text = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
            text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
            text = re.sub(r"[*_>#`]", "", text)
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                sentence = " ".join(sentence.split())
                if 30 <= len(sentence) <= 400:
                    sentences.append(sentence)
    return sentences


def yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(out: Path, stories: int, awards: int, seed: int) -> None:
    rng = random.Random(seed)
    sentences = sample_sentences()
    if out.exists():
        shutil.rmtree(out)
    content = out / "content"
    for folder in ("plans", "honours", "exemplars", "stories"):
        (content / folder).mkdir(parents=True)
    shutil.copytree(REPO / "templates", out / "templates")
    (out / "portal.yaml").write_text(
        "title: Ủy ban nhân dân phường Thử Nghiệm\nshort_title: UBND phường Thử Nghiệm\n"
        "base_url: https://thunghiem.example.gov.vn/\nstories_per_page: 20\n", encoding="utf-8")

    start = date(2015, 1, 1)
    plan_ids = []
    for n in range(40):
        issued = start + timedelta(days=n * 91)
        number = "5531/KH-UBND" if n == 17 else f"{rng.randint(1, 9999)}/KH-UBND"
        plan_id = f"{issued.year}-ke-hoach-{n:02d}"
        plan_ids.append(plan_id)
        body = "\n\n".join(" ".join(rng.sample(sentences, 4)) for _ in range(6))
        (content / "plans" / f"{plan_id}.md").write_text(
            f"---\nnumber: {number}\nissuer: Ủy ban nhân dân phường Thử Nghiệm\nissued: {issued.isoformat()}\n"
            f"title: {yaml_string(rng.choice(TITLE_WORDS) + ' ' + rng.choice(TITLE_TOPICS) + ' năm ' + str(issued.year))}\n"
            f"bases:\n  - Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n---\n{body}\n", encoding="utf-8")

    per_decision = 500
    decisions = (awards + per_decision - 1) // per_decision
    written = 0
    for n in range(decisions):
        issued = start + timedelta(days=n * 36)
        decision_id = f"{issued.year}-quyet-dinh-{n:03d}"
        rows = ["name,kind,unit,position,form"]
        seen = set()   # one person gets one award of a form per decision: the portal rejects repeats
        while len(rows) - 1 < min(per_decision, awards - written):
            honouree, form = name(rng), rng.choice(FORMS)
            if (honouree, form) in seen:
                continue
            seen.add((honouree, form))
            rows.append(f"{honouree},individual,Tổ dân phố {rng.randint(1, 30)},{rng.choice(POSITIONS)},{form}")
        written += len(rows) - 1
        (content / "honours" / f"{decision_id}.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        (content / "honours" / f"{decision_id}.yaml").write_text(
            f"number: {n + 1}/QĐ-UBND\nissued: {issued.isoformat()}\nissuer: Ủy ban nhân dân phường Thử Nghiệm\n"
            f"title: Về việc khen thưởng các tập thể, cá nhân có thành tích trong {rng.choice(TITLE_TOPICS)}\n"
            f"plan: {rng.choice(plan_ids)}\nawards_csv: {decision_id}.csv\n", encoding="utf-8")

    for n in range(200):
        published = start + timedelta(days=n * 18)
        person = name(rng)
        body = "\n\n".join(" ".join(rng.sample(sentences, 3)) + f" Anh chị {person} được bà con quý mến." for _ in range(4))
        (content / "exemplars" / f"{published.year}-guong-{n:03d}.md").write_text(
            f"---\nname: {person}\nkind: nguoi-tot-viec-tot\nunit: Tổ dân phố {rng.randint(1, 30)}\n"
            f"published: {published.isoformat()}\nsummary: {yaml_string(rng.choice(sentences))}\n"
            f"consent: {published.isoformat()}\n---\n{body}\n", encoding="utf-8")

    for n in range(stories):
        day = start + timedelta(days=n * 4000 // max(stories, 1))
        people = [name(rng) for _ in range(3)]
        paragraphs = []
        for _ in range(rng.randint(4, 7)):
            chosen = rng.sample(sentences, rng.randint(2, 4))
            chosen.insert(rng.randint(0, len(chosen)), f"Ông (bà) {rng.choice(people)} ở Tổ dân phố {rng.randint(1, 30)} cho biết thêm.")
            paragraphs.append(" ".join(chosen))
        tags = ", ".join(rng.sample(TAGS, rng.randint(1, 3)))
        title = f"{rng.choice(TITLE_WORDS)} {rng.choice(TITLE_TOPICS)} tại Tổ dân phố {rng.randint(1, 30)}"
        (content / "stories" / f"{day.year}-tin-{n:05d}.md").write_text(
            f"---\ntitle: {yaml_string(title)}\ndate: {day.isoformat()}\nsummary: {yaml_string(rng.choice(sentences))}\n"
            f"tags: [{tags}]\n---\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--awards", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    generate(args.out, args.stories, args.awards, args.seed)


if __name__ == "__main__":
    main()
