#!/usr/bin/env python3
"""Deterministic generator of synthetic CampaignPortal sites, for benchmarks.

    python3 bench/generate.py SIZE OUTDIR [--seed N] [--stories-only] [--force]

SIZE is `ward` (about ten times the sample site) or `city` (10,000 stories, 1,000 plans,
2,000 decisions with 100,000 awards, 3,000 exemplars). OUTDIR receives a whole site:
portal.yaml, content/ and a copy of the repository's templates/. The same size and seed give
byte-identical files. `--stories-only` writes the same stories without the other records (and
without the links to them): the site the Hugo comparison builds.

Python 3 standard library only. Importable: `build_site(size, seed)` returns the records in memory
and `write_site(site, outdir)` writes them, so other benchmarks reuse the same content.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SEED = 2025


@dataclasses.dataclass(frozen=True)
class Size:
    stories: int
    plans: int
    decisions: int
    awards: int
    exemplars: int
    tags: int
    # The one decision that carries a long list (a year-end roll), as real wards publish them.
    largest_decision: int


SIZES = {
    "ward": Size(stories=140, plans=50, decisions=40, awards=700, exemplars=70, tags=16, largest_decision=150),
    "city": Size(stories=10_000, plans=1_000, decisions=2_000, awards=100_000, exemplars=3_000, tags=40,
                 largest_decision=5_000),
}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def words(text: str) -> list[str]:
    """A word bank written one entry a line, normalised to NFC once."""
    return [nfc(line.strip()) for line in text.strip().splitlines() if line.strip()]


# ---------------------------------------------------------------------------------------------
# Word banks. Names follow the usual shares of Vietnamese family names; given names include
# the Đ/D pairs and every tone, since those are what sorting and search get wrong.

FAMILY_NAMES = words("""
Nguyễn
Nguyễn
Nguyễn
Trần
Trần
Lê
Lê
Phạm
Hoàng
Huỳnh
Phan
Vũ
Võ
Đặng
Bùi
Đỗ
Hồ
Ngô
Dương
Lý
Đinh
Đoàn
Trịnh
Lương
Mai
Tạ
Đào
Cao
Lâm
Hà
Quách
Tô
Chu
Triệu
Kiều
La
Lưu
Thái
Vương
Tăng
Âu
Ông
Ưng
""")

MIDDLE_MALE = words("""
Văn
Văn
Hữu
Đức
Minh
Quang
Công
Đình
Xuân
Quốc
Thế
Mạnh
Tuấn
Bá
Duy
Gia
Hoàng
Ngọc
Thanh
Trọng
""")

MIDDLE_FEMALE = words("""
Thị
Thị
Thị
Ngọc
Thu
Hồng
Kim
Thanh
Minh
Diệu
Phương
Bảo
Hoài
Mỹ
Khánh
Quỳnh
Thùy
Ánh
""")

GIVEN_MALE = words("""
An
Anh
Bảo
Bình
Cường
Chiến
Danh
Dũng
Duy
Dương
Đạt
Đức
Đông
Định
Đăng
Giang
Hải
Hào
Hiếu
Hòa
Hùng
Huy
Khải
Khang
Khoa
Kiên
Lâm
Lộc
Long
Luân
Mạnh
Minh
Nam
Nghĩa
Nhân
Phong
Phúc
Quân
Quang
Sơn
Tài
Tâm
Thắng
Thành
Thịnh
Tiến
Toàn
Trí
Trung
Tú
Tuấn
Việt
Vinh
Vũ
""")

GIVEN_FEMALE = words("""
An
Anh
Ánh
Bích
Châu
Chi
Diệp
Dung
Duyên
Đào
Điệp
Giang
Hà
Hạnh
Hằng
Hiền
Hoa
Hòa
Huế
Hương
Hường
Khánh
Lan
Liên
Linh
Loan
Mai
My
Nga
Ngân
Ngọc
Nhung
Nhi
Oanh
Phương
Quyên
Quỳnh
Tâm
Thảo
Thơ
Thủy
Trang
Trinh
Tuyết
Uyên
Vân
Vy
Xuân
Yến
Ý
""")

WARDS = words("""
Nguyễn Trãi
Hòa Bình
Tân Phong
Đông Hải
Phú Lợi
Quang Trung
Thạnh Mỹ
Bến Thành
Điện Biên
Duy Tân
Kim Liên
Ngọc Hà
Yên Hòa
Định Công
Long Biên
Đống Đa
Vĩnh Tuy
Tương Mai
Hoàng Liệt
Ô Chợ Dừa
Láng Thượng
Ưng Hòa
Ea Tam
Đắk Cấm
""")

DISTRICTS = words("""
quận Hà Đông
quận Gò Vấp
quận Hoàng Mai
thị xã Vĩnh Châu
huyện Đắk Hà
quận Ninh Kiều
""")

THEMES = words("""
thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội
xây dựng đô thị văn minh, sạch đẹp
chuyển đổi số cộng đồng
cải cách hành chính, nâng cao chỉ số hài lòng của người dân
vì người nghèo - không để ai bị bỏ lại phía sau
toàn dân bảo vệ an ninh Tổ quốc
học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
khuyến học, khuyến tài, xây dựng xã hội học tập
bảo vệ môi trường, phân loại rác thải tại nguồn
xây dựng gia đình văn hóa, tổ dân phố văn hóa
chăm sóc người cao tuổi và gia đình chính sách
phòng, chống dịch bệnh và chăm sóc sức khỏe Nhân dân
phát triển kinh tế hộ gia đình
dân vận khéo
thanh niên tình nguyện vì cộng đồng
phụ nữ tích cực học tập, lao động sáng tạo
cựu chiến binh gương mẫu
lao động giỏi, lao động sáng tạo
dạy tốt, học tốt
an toàn giao thông
phòng cháy, chữa cháy
xây dựng nông thôn mới, đô thị văn minh
hiến đất mở rộng đường, ngõ xóm
kỷ niệm ngày thành lập phường
chào mừng Đại hội Đảng bộ các cấp
thi đua nước rút về đích cuối năm
""")

TAG_POOL = words("""
Thi đua
Khen thưởng
Người tốt việc tốt
Chuyển đổi số
An sinh xã hội
Môi trường
Văn hóa
Giáo dục
Y tế
Quốc phòng - an ninh
Cải cách hành chính
Thanh niên
Phụ nữ
Người cao tuổi
Cựu chiến binh
Khuyến học
Đô thị văn minh
Kỷ niệm ngày thành lập
Dân vận khéo
Gia đình văn hóa
Phòng cháy chữa cháy
An toàn giao thông
Kinh tế hộ gia đình
Thể dục thể thao
Lễ hội truyền thống
Hiến đất mở đường
Điển hình tiên tiến
Tình nguyện
Nhân đạo - từ thiện
Hội nghị
Sơ kết
Tổng kết
Phát động
Trẻ em
Việc làm
Bầu cử
Sáp nhập đơn vị hành chính
Đảng bộ
Mặt trận Tổ quốc
Công đoàn
""")

AWARD_FORMS = words("""
Huân chương Lao động hạng Ba
Bằng khen của Thủ tướng Chính phủ
Bằng khen của Chủ tịch UBND thành phố
Giấy khen của Chủ tịch UBND thành phố
Giấy khen của Chủ tịch UBND phường
""")
# How often each form is given: most awards are a ward's Giấy khen.
AWARD_FORM_WEIGHTS = [1, 2, 8, 20, 69]

AWARD_TITLES = words("""
Lao động tiên tiến
Chiến sĩ thi đua cơ sở
Tập thể lao động tiên tiến
Tập thể lao động xuất sắc
Tổ dân phố văn hóa tiêu biểu
Gia đình văn hóa tiêu biểu
""")

POSITIONS = words("""
Tổ trưởng tổ dân phố
Tổ phó tổ dân phố
Bí thư Chi bộ
Trưởng Ban Công tác Mặt trận
Chi hội trưởng Chi hội Phụ nữ
Chi hội trưởng Chi hội Cựu chiến binh
Chi hội trưởng Chi hội Người cao tuổi
Bí thư Chi đoàn
Giáo viên
Hiệu trưởng
Y sĩ
Điều dưỡng
Công an viên
Công chức Văn phòng – Thống kê
Công chức Văn hóa – Xã hội
Công chức Địa chính – Xây dựng
Tổ viên Tổ bảo vệ an ninh, trật tự
Học sinh
Sinh viên
Hội viên
Đoàn viên
Nhân viên y tế
Kế toán
""")

AGENCIES = words("""
Trạm Y tế phường
Công an phường
Ban Chỉ huy Quân sự phường
Văn phòng HĐND và UBND phường
Hội Liên hiệp Phụ nữ phường
Hội Cựu chiến binh phường
Đoàn Thanh niên phường
Hội Người cao tuổi phường
Hội Chữ thập đỏ phường
Ủy ban Mặt trận Tổ quốc Việt Nam phường
Trường Mầm non Hoa Sen
Trường Tiểu học Kim Đồng
Trường Trung học cơ sở Lê Lợi
Trường Trung học cơ sở Đinh Tiên Hoàng
Hợp tác xã Dịch vụ Thương mại Đồng Tâm
""")

COLLECTIVE_KINDS = words("""
Chi hội Phụ nữ khu dân cư số
Chi hội Cựu chiến binh khu phố
Chi đoàn khu phố
Ban Công tác Mặt trận khu dân cư số
Câu lạc bộ Dưỡng sinh khu phố
Tổ hòa giải khu dân cư số
Đội Thanh niên tình nguyện số
""")

HEADINGS = words("""
Kết quả nổi bật
Những con số ấn tượng
Cách làm sáng tạo
Người đi đầu
Lan tỏa trong cộng đồng
Mục tiêu thời gian tới
Ý kiến của người dân
Bài học kinh nghiệm
Khó khăn, vướng mắc
Giải pháp trọng tâm
Từ phong trào đến hiệu quả thiết thực
Sức mạnh của sự đồng thuận
Gương sáng giữa đời thường
Những việc làm thầm lặng
""")

CLAUSES = words("""
tạo khí thế thi đua sôi nổi, rộng khắp trong các tầng lớp Nhân dân
phát huy tinh thần đoàn kết, chủ động, sáng tạo của cán bộ, công chức
góp phần hoàn thành thắng lợi các chỉ tiêu kinh tế - xã hội của địa phương
huy động mọi nguồn lực trong dân để chỉnh trang ngõ xóm
tuyên truyền sâu rộng trên hệ thống truyền thanh và trang thông tin điện tử của phường
kịp thời phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến
gắn phong trào thi đua với nhiệm vụ chính trị của từng cơ quan, đơn vị
bảo đảm công khai, dân chủ, đúng người, đúng thành tích
chăm lo đời sống vật chất, tinh thần cho Nhân dân
hỗ trợ người dân sử dụng dịch vụ công trực tuyến và ứng dụng định danh điện tử
vận động các hộ gia đình phân loại rác thải sinh hoạt tại nguồn
giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn
duy trì hiệu quả mô hình tự quản ở khu dân cư
nâng cao chất lượng hoạt động của Ban Công tác Mặt trận
thăm hỏi, tặng quà các gia đình chính sách và hộ có hoàn cảnh khó khăn
tổ chức lớp học tiếng Anh miễn phí cho thiếu nhi vào dịp hè
trồng thêm cây xanh dọc các tuyến đường nội bộ
lắp đặt hệ thống chiếu sáng công cộng bằng nguồn xã hội hóa
tổ chức ngày hội đại đoàn kết toàn dân tộc ở khu dân cư
khám sàng lọc, tư vấn sức khỏe miễn phí cho người cao tuổi
xây dựng tủ sách khuyến học tại nhà văn hóa
khơi dậy niềm tự hào, ý chí tự lực, tự cường của Nhân dân
đẩy mạnh cải cách hành chính, rút ngắn thời gian giải quyết hồ sơ
thực hiện tốt quy chế dân chủ ở cơ sở
quan tâm giáo dục truyền thống cho thế hệ trẻ
phối hợp chặt chẽ giữa chính quyền và các đoàn thể
lấy sự hài lòng của người dân làm thước đo
tận tình giúp đỡ hàng xóm lúc khó khăn
không quản ngại khó khăn, vất vả
làm việc đến tận khuya để kịp tiến độ
được bà con trong khu phố tin yêu, quý mến
tích cực tham gia các hoạt động tình nguyện
quyên góp ủng hộ đồng bào vùng bị thiên tai
hướng dẫn bà con cài đặt và sử dụng ứng dụng trên điện thoại
vận động con em đến trường đúng độ tuổi
giữ gìn vệ sinh môi trường, cảnh quan đô thị
tham gia tuần tra, bảo vệ bình yên khu phố
hòa giải thành công nhiều vụ việc mâu thuẫn trong cộng đồng
""")

OPENERS = words("""
Thực hiện kế hoạch của UBND phường
Hưởng ứng phong trào thi đua
Trong những năm qua
Với phương châm “dân biết, dân bàn, dân làm, dân kiểm tra”
Bằng những việc làm cụ thể, thiết thực
Sau một thời gian triển khai
Theo báo cáo của UBND phường
Tại hội nghị
Nhờ sự vào cuộc của cả hệ thống chính trị
Từ đầu năm đến nay
""")

EVENTS = words("""
hội nghị sơ kết phong trào thi đua
lễ phát động đợt thi đua cao điểm
hội nghị tổng kết công tác thi đua, khen thưởng
buổi gặp mặt, biểu dương người tốt việc tốt
ngày hội đại đoàn kết toàn dân tộc
lễ ra quân chiến dịch tình nguyện hè
buổi trao giấy khen cho các tập thể, cá nhân tiêu biểu
hội nghị đối thoại giữa lãnh đạo phường với Nhân dân
""")

DEEDS = words("""
trả lại tài sản nhặt được
dũng cảm cứu người đuối nước
cứu người trong đám cháy
hiến đất mở rộng ngõ xóm
nấu cơm miễn phí cho người bệnh
mở lớp học tình thương
giúp đỡ người già neo đơn
giữ gìn tủ sách khuyến học
hỗ trợ người dân làm thủ tục trực tuyến
vận động phân loại rác tại nguồn
bắt giữ đối tượng trộm cắp
hiến máu tình nguyện nhiều lần
trồng cây xanh nơi công cộng
""")

QUOTES = words("""
Việc nhỏ thôi, nhưng ai cũng làm thì khu phố mình sẽ đẹp hơn
Thấy bà con vui là mình cũng vui
Của mình không phải thì không được lấy
Tôi chỉ làm những gì một người hàng xóm nên làm
Ngõ rộng thì con cháu cả xóm đều được nhờ
Có khó khăn thì cùng nhau bàn, cùng nhau làm
Được giúp người là niềm vui của tôi
""")

AUTHORS_DESK = "Ban Biên tập"
UNIT_WORDS_ACHIEVE = words("""
hộ gia đình
lượt người dân
suất quà
cây xanh
mét đường
học sinh
người cao tuổi
hồ sơ trực tuyến
""")


# ---------------------------------------------------------------------------------------------
# Small helpers.

_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


def slug(text: str) -> str:
    """As portal's Slug.make: Vietnamese letters folded to ASCII, anything else separates words."""
    folded = unicodedata.normalize("NFD", text.translate(_FOLD))
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_only))


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


_PLAIN_SAFE = re.compile(r"^[^-?:,\[\]{}#&*!|>'\"%@`\s]")
_LOOKS_TYPED = re.compile(r"^(?:[-+]?[0-9][0-9._:-]*|true|false|yes|no|on|off|null|~|y|n)$", re.IGNORECASE)


def ystr(text: str, flow: bool = False) -> str:
    """A YAML scalar: plain when YAML reads it back as the same string, double-quoted otherwise.
    `flow`: the scalar sits inside `[…]`, where `,` and brackets end it."""
    if flow and any(c in text for c in ",[]{}"):
        return json.dumps(text, ensure_ascii=False)
    if (_PLAIN_SAFE.match(text) and ": " not in text and " #" not in text and not text.endswith(":")
            and not text.endswith(" ") and not _LOOKS_TYPED.match(text) and "\n" not in text):
        return text
    return json.dumps(text, ensure_ascii=False)


def day(start: dt.date, rng: random.Random, span_days: int) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(span_days))


def short_date(d: dt.date) -> str:
    return f"{d.day}/{d.month}/{d.year}"


def number_phrase(rng: random.Random) -> str:
    """An amount as Vietnamese writes it: small, grouped with `.`, never a run that looks like an ID."""
    n = rng.choice((rng.randrange(2, 60), rng.randrange(60, 1000), rng.randrange(1000, 50_000)))
    return f"{n:,}".replace(",", ".")


# ---------------------------------------------------------------------------------------------
# Records, as plain data. `refs` are ids; `body` is Markdown.

@dataclasses.dataclass
class Person:
    family: str
    middle: str
    given: str
    female: bool

    @property
    def full(self) -> str:
        return f"{self.family} {self.middle} {self.given}"


@dataclasses.dataclass
class Plan:
    id: str
    fields: list  # [(key, yaml text)] in file order
    body: str
    title: str
    number: str | None
    issued: dt.date
    period_end: dt.date
    issuer: str
    ward: str
    theme: str
    signer: str  # the signer's name


@dataclasses.dataclass
class Decision:
    id: str
    yaml: str
    csv_name: str | None
    csv_bytes: bytes | None
    award_count: int


@dataclasses.dataclass
class Exemplar:
    id: str
    name: str
    text: str


@dataclasses.dataclass
class Story:
    id: str
    title: str
    date: dt.date
    author: str
    summary: str
    tags: list
    plans: list
    exemplars: list
    draft: bool
    body: str  # Markdown with links to plans, exemplars and stories
    body_stories_only: str  # the same, with links to other records' pages written as emphasis


@dataclasses.dataclass
class Site:
    size_name: str
    seed: int
    stories_only: bool
    portal_yaml: str
    plans: list
    decisions: list
    exemplars: list
    stories: list


class Names:
    """Vietnamese personal names drawn from one random stream."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def person(self) -> Person:
        r = self.rng
        female = r.random() < 0.5
        middle = r.choice(MIDDLE_FEMALE if female else MIDDLE_MALE)
        given = r.choice(GIVEN_FEMALE if female else GIVEN_MALE)
        return Person(r.choice(FAMILY_NAMES), middle, given, female)


class Prose:
    """Vietnamese-like Markdown: sentences built from clause banks, with emphasis, lists and quotes."""

    def __init__(self, rng: random.Random, ward: str):
        self.rng = rng
        self.ward = ward
        self.names = Names(rng)

    def sentence(self) -> str:
        r = self.rng
        parts = r.sample(CLAUSES, r.randrange(1, 4))
        roll = r.random()
        if roll < 0.12:
            parts[-1] = f"**{parts[-1]}**"
        elif roll < 0.22:
            parts[-1] = f"*{parts[-1]}*"
        if r.random() < 0.35:
            parts.insert(0, r.choice(OPENERS))
        if r.random() < 0.3:
            parts.append(f"với {number_phrase(r)} {r.choice(UNIT_WORDS_ACHIEVE)} tham gia")
        return cap(", ".join(parts)) + "."

    def paragraph(self, sentences: tuple[int, int] = (2, 5)) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randrange(*sentences)))

    def bullets(self, ordered: bool = False) -> str:
        r = self.rng
        items = r.sample(CLAUSES, r.randrange(3, 6))
        lines = []
        for n, item in enumerate(items, 1):
            mark = f"{n}." if ordered else "-"
            lines.append(f"{mark} {cap(item)}{';' if n < len(items) else '.'}")
        return "\n".join(lines)

    def quote(self) -> str:
        person = self.names.person()
        who = "bà" if person.female else "ông"
        return (f"> *“{self.rng.choice(QUOTES)}”* – {who} {person.full} chia sẻ.")

    def event_lead(self, on: dt.date) -> str:
        return (f"Ngày {short_date(on)}, UBND phường {self.ward} tổ chức {self.rng.choice(EVENTS)}. "
                + self.paragraph((1, 3)))


# ---------------------------------------------------------------------------------------------
# Generation.

def _allocate(total: int, parts: int, largest: int, rng: random.Random) -> list[int]:
    """`parts` positive counts summing to `total`, one of them `largest`, the rest uneven."""
    rest = total - largest
    weights = [0.2 + rng.random() ** 3 * 4 for _ in range(parts - 1)]
    scale = (rest - (parts - 1)) / sum(weights)
    counts = [1 + int(w * scale) for w in weights]
    for i in range(rest - sum(counts)):
        counts[i % len(counts)] += 1
    position = rng.randrange(parts)
    return counts[:position] + [largest] + counts[position:]


def _signer(rng: random.Random, names: Names) -> tuple[str, str]:
    """YAML lines of a signer block and the signer's name."""
    name = names.person().full
    if rng.random() < 0.6:
        return (f"signer:\n  on_behalf: TM. ỦY BAN NHÂN DÂN\n  title: CHỦ TỊCH\n  name: {name}\n", name)
    return (f"signer:\n  on_behalf: TM. ỦY BAN NHÂN DÂN\n  signing_for: KT. CHỦ TỊCH\n  title: PHÓ CHỦ TỊCH\n"
            f"  name: {name}\n", name)


def _ward_of(index: int, size: Size) -> str:
    # A ward site is one ward; a city site publishes every ward's records.
    return WARDS[0] if size.plans <= 50 else WARDS[index % len(WARDS)]


def make_plans(size: Size, seed: int) -> list[Plan]:
    plans: list[Plan] = []
    first = dt.date(2019, 1, 2)
    for i in range(size.plans):
        r = random.Random(seed * 1_000_003 + 1_000_000 + i)
        names = Names(r)
        prose = Prose(r, _ward_of(i, size))
        ward = prose.ward
        theme = r.choice(THEMES)
        issued = day(first, r, 6 * 365 + 150)
        district = issued < dt.date(2025, 7, 1) and r.random() < 0.1
        issuer = (f"Ủy ban nhân dân {r.choice(DISTRICTS)}" if district else f"Ủy ban nhân dân phường {ward}")
        seq = r.randrange(1, 900)
        number = f"{seq}/KH-UBND"
        year_only = r.random() < 0.04
        title = f"Phát động phong trào thi đua {theme} năm {issued.year}"
        pid = f"{issued.year}-{slug(ward)}-kh-{seq}-{slug(theme)[:40].rstrip('-')}-{i:04d}"
        start = issued + dt.timedelta(days=r.randrange(0, 20))
        end = start + dt.timedelta(days=r.randrange(60, 330))
        f: list[str] = []
        if not year_only:
            f.append(f"number: {number}")
        f.append(f"issuer: {ystr(issuer)}")
        if not district:
            f.append("parent_issuer: Ủy ban nhân dân thành phố Hà Nội" if issued >= dt.date(2025, 7, 1)
                     else f"parent_issuer: Ủy ban nhân dân {DISTRICTS[i % len(DISTRICTS)]}")
        f.append(f"place: {ystr(ward)}")
        f.append(f"year: {issued.year}" if year_only else f"issued: {issued.isoformat()}")
        f.append(f"title: {ystr(title)}")
        f.append("bases:")
        # The law in force on the day of issue: the 2022 law and its decree apply from 2024.
        if issued >= dt.date(2024, 1, 1):
            f.append("  - Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
            f.append("  - Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;")
        else:
            f.append("  - Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003 và các Luật sửa đổi, bổ sung;")
            f.append("  - Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;")
        if r.random() < 0.5:
            f.append(f"  - {ystr('Căn cứ Nghị quyết của Hội đồng nhân dân phường về nhiệm vụ năm ' + str(issued.year) + '.')}")
        f.append(f"period: {{from: {start.isoformat()}, to: {end.isoformat()}}}")
        f.append("phases:")
        phase_count = r.randrange(1, 4)
        span = (end - start).days
        for p in range(phase_count):
            p_from = start + dt.timedelta(days=span * p // phase_count)
            p_to = start + dt.timedelta(days=span * (p + 1) // phase_count - (1 if p < phase_count - 1 else 0))
            f.append(f"  - name: Đợt {'I' * (p + 1) if p < 3 else p + 1}")
            f.append(f"    from: {p_from.isoformat()}")
            f.append(f"    to: {p_to.isoformat()}")
            f.append(f"    goal: {ystr(cap(r.choice(CLAUSES)))}")
        f.append("targets:")
        for _ in range(r.randrange(2, 6)):
            kind = r.random()
            f.append(f"  - text: {ystr(cap(r.choice(CLAUSES)))}")
            if kind < 0.4:
                f.append(f"    value: {r.randrange(50, 100)}")
                f.append('    unit: "%"')
            elif kind < 0.7:
                f.append(f"    value: {r.randrange(1, 2000)}")
                f.append(f"    unit: {r.choice(UNIT_WORDS_ACHIEVE)}")
            elif kind < 0.8:
                f.append(f"    value: {r.randrange(1, 100) / 100}")
                f.append('    unit: "%"')
        f.append("awards:")
        for form in sorted(r.sample(AWARD_FORMS[2:], r.randrange(1, 4))):
            f.append(f"  - {form}")
        f.append("responsibilities:")
        for unit in r.sample(AGENCIES, r.randrange(2, 5)):
            f.append(f"  - unit: {ystr(unit)}")
            f.append("    tasks:")
            for task in r.sample(CLAUSES, r.randrange(1, 4)):
                f.append(f"      - {ystr(cap(task) + '.')}")
        f.append("deadlines:")
        for d in sorted(start + dt.timedelta(days=r.randrange(span + 1)) for _ in range(r.randrange(1, 5))):
            f.append(f"  - date: {d.isoformat()}")
            f.append(f"    what: {ystr(r.choice(['Gửi bản đăng ký thi đua', 'Báo cáo sơ kết', 'Gửi hồ sơ đề nghị khen thưởng', 'Báo cáo tổng kết']) + ' về UBND phường')}")
            if r.random() < 0.6:
                f.append("    who: Các ngành, đoàn thể và tổ dân phố")
        f.append("recipients:")
        for line in ("Thường trực Đảng ủy;", "Thường trực HĐND phường;", "UBMTTQ và các đoàn thể CT-XH phường;",
                     "Các ngành thuộc UBND phường;", '"Lưu: VT."'):
            f.append(f"  - {line}")
        signer_yaml, signer_name = _signer(r, names)
        # Body: the document's prose, with links to an earlier plan as real plans cite them.
        body = [f"UBND phường xây dựng Kế hoạch phát động phong trào thi đua {theme} với những nội dung cụ thể như sau:",
                "## I. MỤC ĐÍCH, YÊU CẦU", "### 1. Mục đích", prose.bullets(), "### 2. Yêu cầu", prose.paragraph(),
                "## II. ĐỐI TƯỢNG, THỜI GIAN THI ĐUA",
                f"Thời gian thi đua bắt đầu từ ngày **{short_date(start)}** đến hết ngày **{short_date(end)}**.",
                "## III. NỘI DUNG THI ĐUA", prose.bullets(ordered=True), prose.paragraph()]
        earlier = plans[r.randrange(len(plans))] if plans and r.random() < 0.4 else None
        if earlier and earlier.issued < issued:
            follow = prose.sentence()
            body.append(f"Tiếp nối kết quả của [Kế hoạch {earlier.title.lower()}](../plans/{earlier.id}.md), "
                        + follow[0].lower() + follow[1:])
        body += ["## IV. TỔ CHỨC THỰC HIỆN", prose.paragraph(), prose.paragraph((1, 3)),
                 "Trên đây là Kế hoạch của UBND phường. Đề nghị các ngành, đoàn thể và tổ dân phố nghiêm túc triển khai thực hiện./."]
        f.append(signer_yaml.rstrip("\n"))
        plans.append(Plan(id=pid, fields=f, body="\n\n".join(body) + "\n", title=title,
                          number=None if year_only else number, issued=issued, period_end=end,
                          issuer=issuer, ward=ward, theme=theme, signer=signer_name))
    return plans


def _award(r: random.Random, names: Names, ward: str, form: str, theme: str) -> dict:
    roll = r.random()
    award: dict = {"form": form}
    if roll < 0.7:
        p = names.person()
        award.update(name=p.full, kind="individual",
                     unit=f"Tổ dân phố {r.randrange(1, 40)}" if r.random() < 0.6 else r.choice(AGENCIES),
                     position=r.choice(POSITIONS))
    elif roll < 0.95:
        award.update(name=(f"{r.choice(COLLECTIVE_KINDS)} {r.randrange(1, 60)}" if r.random() < 0.6
                           else f"Tổ dân phố {r.randrange(1, 200)}" if r.random() < 0.5 else r.choice(AGENCIES)),
                     kind="collective")
        if r.random() < 0.3:
            award["unit"] = f"phường {ward}"
    else:
        p = names.person()
        award.update(name=f"Hộ gia đình {'bà' if p.female else 'ông'} {p.full}", kind="household",
                     unit=f"Tổ dân phố {r.randrange(1, 40)}")
    if r.random() < 0.2:
        award["title"] = r.choice(AWARD_TITLES[:2] if award["kind"] == "individual" else AWARD_TITLES[2:])
    if r.random() < 0.8:
        award["achievement"] = (f"Có thành tích xuất sắc trong phong trào thi đua {theme}; "
                                + r.choice(CLAUSES) + f", với {number_phrase(r)} {r.choice(UNIT_WORDS_ACHIEVE)} được hưởng lợi.")
        if r.random() < 0.01:
            # Spreadsheet cells hold line breaks now and then (Alt+Enter).
            award["achievement"] += "\nĐề nghị cấp trên xem xét khen thưởng."
    return award


AWARD_KEYS = ("name", "kind", "unit", "position", "form", "title", "achievement")


def _csv_cell(value: str, sep: str) -> str:
    if sep in value or '"' in value or "\n" in value or "," in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def _csv(awards: list[dict], r: random.Random) -> bytes:
    """An award list as spreadsheets export it: BOM, `;` (mostly) or `,`, CRLF, columns in any order."""
    sep = ";" if r.random() < 0.75 else ","
    columns = list(AWARD_KEYS)
    if r.random() < 0.3:
        r.shuffle(columns)
    lines = [sep.join(columns)]
    for a in awards:
        lines.append(sep.join(_csv_cell(a.get(c, ""), sep) for c in columns))
    text = "\r\n".join(lines) + "\r\n"
    return ("\ufeff" + text).encode("utf-8")


def make_decisions(size: Size, seed: int, plans: list[Plan]) -> list[Decision]:
    r0 = random.Random(seed * 7 + 3)
    counts = _allocate(size.awards, size.decisions, size.largest_decision, r0)
    decisions = []
    for i, count in enumerate(counts):
        r = random.Random(seed * 1_000_003 + 2_000_000 + i)
        names = Names(r)
        plan = plans[r.randrange(len(plans))] if r.random() < 0.85 else None
        ward = plan.ward if plan else _ward_of(i, size)
        theme = plan.theme if plan else r.choice(THEMES)
        issued = (plan.period_end + dt.timedelta(days=r.randrange(1, 40))) if plan else day(dt.date(2019, 3, 1), r, 6 * 365)
        seq = r.randrange(1, 999)
        did = f"{issued.year}-{slug(ward)}-qd-{seq}-khen-thuong-{i:04d}"
        forms = r.sample(AWARD_FORMS, r.randrange(1, 3)) if count < 200 else AWARD_FORMS
        weights = [AWARD_FORM_WEIGHTS[AWARD_FORMS.index(f)] for f in forms]
        seen: set = set()
        awards = []
        while len(awards) < count:
            form = r.choices(forms, weights)[0]
            a = _award(r, names, ward, form, theme)
            key = (a["name"], a["form"])
            if key in seen:
                continue
            seen.add(key)
            awards.append(a)
        lines = [f"number: {seq}/QĐ-UBND", f"issued: {issued.isoformat()}",
                 f"issuer: {ystr('Ủy ban nhân dân phường ' + ward)}", f"place: {ystr(ward)}",
                 f"title: {ystr(f'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua {theme}')}"]
        if plan:
            lines.append(f"plan: {plan.id}")
        lines.append(_signer(r, names)[0].rstrip("\n"))
        via = r.random()
        in_yaml, in_csv = (awards, []) if via < 0.65 else ([], awards) if via < 0.9 else (awards[:3], awards[3:])
        if count >= 1000:
            in_yaml, in_csv = [], awards  # long rolls always come from a spreadsheet
        csv_name = f"{did}.csv" if in_csv else None
        if in_yaml:
            lines.append("awards:")
            for a in in_yaml:
                first = True
                for k in AWARD_KEYS:
                    if k in a:
                        lines.append(f"  {'- ' if first else '  '}{k}: {ystr(a[k])}")
                        first = False
        if csv_name:
            lines.append(f"awards_csv: {csv_name}")
        decisions.append(Decision(id=did, yaml="\n".join(lines) + "\n", csv_name=csv_name,
                                  csv_bytes=_csv(in_csv, r) if in_csv else None, award_count=count))
    return decisions


def make_exemplars(size: Size, seed: int, plans: list[Plan], decisions: list[Decision]) -> list[Exemplar]:
    out = []
    for i in range(size.exemplars):
        r = random.Random(seed * 1_000_003 + 3_000_000 + i)
        names = Names(r)
        prose = Prose(r, _ward_of(i, size))
        deed = r.choice(DEEDS)
        collective = r.random() < 0.2
        if collective:
            name = f"{r.choice(COLLECTIVE_KINDS)} {r.randrange(1, 60)}"
            person = None
        else:
            person = names.person()
            name = person.full
        kind = "nguoi-tot-viec-tot" if r.random() < 0.7 else "dien-hinh-tien-tien"
        published = day(dt.date(2019, 2, 1), r, 6 * 365 + 200)
        consent = published - dt.timedelta(days=r.randrange(0, 30))
        eid = f"{slug(name)}-{slug(deed)}-{i:04d}"
        f = [f"name: {ystr(name)}", f"kind: {kind}"]
        if person and r.random() < 0.6:
            f.append(f"birth_year: {r.randrange(1940, 2013)}")
        f.append(f"unit: Tổ dân phố {r.randrange(1, 40)}" if r.random() < 0.7 else f"unit: {ystr(r.choice(AGENCIES))}")
        f.append(f"published: {published.isoformat()}")
        who = name if collective else f"{'chị' if person.female else 'anh'} {person.given}"
        summary = f"{cap(who)} {deed}, {r.choice(CLAUSES)}."
        f.append(f"summary: {ystr(summary)}")
        if r.random() < 0.4:
            f.append(f"plan: {plans[r.randrange(len(plans))].id}")
        if r.random() < 0.3:
            f.append(f"decision: {decisions[r.randrange(len(decisions))].id}")
        f.append(f"consent: {consent.isoformat()}")
        body = [f"{prose.event_lead(published - dt.timedelta(days=r.randrange(3, 40)))} Nhắc đến **{name}**, bà con trong khu phố ai cũng nhớ chuyện {deed}.",
                f"## {r.choice(HEADINGS)}", prose.paragraph(), prose.quote(), prose.paragraph(),
                f"## {r.choice(HEADINGS)}", prose.bullets(), prose.paragraph((1, 3))]
        out.append(Exemplar(id=eid, name=name, text="---\n" + "\n".join(f) + "\n---\n\n" + "\n\n".join(body) + "\n"))
    return out


def make_stories(size: Size, seed: int, plans: list[Plan], exemplars: list[Exemplar]) -> list[Story]:
    tags = TAG_POOL[:size.tags]
    # A few tags carry most stories, as on real portals.
    tag_weights = [1 / (k + 1) for k in range(len(tags))]
    authors = [AUTHORS_DESK] * 4 + [Names(random.Random(seed + k)).person().full for k in range(12)]
    ids: list[str] = []
    drafts: list[bool] = []
    titles: list[str] = []
    dates: list[dt.date] = []
    rngs = []
    # Ids and titles first: a story may link to any other published story.
    for i in range(size.stories):
        r = random.Random(seed * 1_000_003 + 4_000_000 + i)
        rngs.append(r)
        d = day(dt.date(2019, 1, 1), r, 6 * 365 + 300)
        ward = _ward_of(i, size)
        kind = r.random()
        if kind < 0.3:
            title = f"Phường {ward} {r.choice(EVENTS)} năm {d.year}"
        elif kind < 0.55:
            title = f"{cap(r.choice(DEEDS))}: gương sáng ở phường {ward}"
        elif kind < 0.8:
            title = f"Lan tỏa phong trào {r.choice(THEMES)}"
        else:
            title = f"{cap(r.choice(CLAUSES))}"
        titles.append(title)
        dates.append(d)
        ids.append(f"{d.year}-{slug(title)[:60].rstrip('-')}-{i:05d}")
        drafts.append(r.random() < 0.01)
    published = [k for k in range(size.stories) if not drafts[k]]
    out = []
    for i in range(size.stories):
        r = rngs[i]
        prose = Prose(r, _ward_of(i, size))
        story_tags = []
        for t in r.choices(tags, tag_weights, k=r.randrange(1, 4)):
            if t not in story_tags:
                story_tags.append(t)
        linked_plans = [plans[r.randrange(len(plans))] for _ in range(r.randrange(0, 3))] if r.random() < 0.4 else []
        linked_plans = list({p.id: p for p in linked_plans}.values())
        linked_ex = [exemplars[r.randrange(len(exemplars))]] if r.random() < 0.2 else []
        other = published[r.randrange(len(published))]
        if other == i:
            other = published[(published.index(i) + 1) % len(published)]
        summary = cap(r.choice(CLAUSES)) + ", " + r.choice(CLAUSES) + "."
        # Paragraphs that name other records: a link in the full site, plain emphasis without them.
        full_refs, bare_refs = [], []
        for p in linked_plans:
            label = f"Kế hoạch số {p.number}" if p.number else "Kế hoạch của UBND phường"
            follow = prose.sentence()
            full_refs.append(f"Thực hiện [{label}](../plans/{p.id}.md), {follow[0].lower()}{follow[1:]}")
            bare_refs.append(full_refs[-1].replace(f"[{label}](../plans/{p.id}.md)", f"*{label}*"))
        for e in linked_ex:
            full_refs.append(f"Đọc thêm câu chuyện của {e.name} trong chuyên mục [Người tốt, việc tốt](../exemplars/{e.id}.md).")
            bare_refs.append(f"Đọc thêm câu chuyện của {e.name} trong chuyên mục *Người tốt, việc tốt*.")
        story_link = f"Xem thêm: [{titles[other]}](../stories/{ids[other]}.md)."
        head = [prose.event_lead(dates[i] - dt.timedelta(days=r.randrange(0, 5))), prose.paragraph()]
        middle = [f"## {r.choice(HEADINGS)}", prose.paragraph(), prose.bullets(ordered=r.random() < 0.3),
                  prose.paragraph((1, 4))]
        if r.random() < 0.5:
            middle.append(prose.quote())
        tail = [f"## {r.choice(HEADINGS)}", prose.paragraph(), prose.paragraph((1, 3)), story_link]
        body_full = "\n\n".join(head + full_refs + middle + tail) + "\n"
        body_bare = "\n\n".join(head + bare_refs + middle + tail) + "\n"
        out.append(Story(id=ids[i], title=titles[i], date=dates[i], author=r.choice(authors), summary=summary,
                         tags=story_tags, plans=[p.id for p in linked_plans], exemplars=[e.id for e in linked_ex],
                         draft=drafts[i], body=body_full, body_stories_only=body_bare))
    return out


def portal_yaml(size_name: str) -> str:
    ward = WARDS[0]
    title = f"Ủy ban nhân dân phường {ward}" if size_name == "ward" else "Cổng thi đua, khen thưởng thành phố Hà Nội"
    return "\n".join([
        f"title: {title}",
        f"short_title: {'UBND phường ' + ward if size_name == 'ward' else 'Thi đua – Khen thưởng Hà Nội'}",
        "parent: thành phố Hà Nội",
        f"base_url: https://{size_name}.bench.example.gov.vn/",
        "contact:",
        f"  address: Trụ sở UBND phường {ward}, thành phố Hà Nội",
        "  phone: (024) 3382 0000",
        f"  email: ubnd@{size_name}.bench.example.gov.vn",
        "markdown:",
        "  unsafe_html: false",
        "privacy:",
        "  show_birth_year: true",
        "stories_per_page: 10",
        "award_forms:",
        *[f"  - {form}" for form in AWARD_FORMS],
    ]) + "\n"


def build_site(size_name: str, seed: int = DEFAULT_SEED, stories_only: bool = False) -> Site:
    size = SIZES[size_name]
    plans = make_plans(size, seed)
    decisions = make_decisions(size, seed, plans)
    exemplars = make_exemplars(size, seed, plans, decisions)
    stories = make_stories(size, seed, plans, exemplars)
    if stories_only:
        plans, decisions, exemplars = [], [], []
    return Site(size_name, seed, stories_only, portal_yaml(size_name), plans, decisions, exemplars, stories)


def story_markdown(story: Story, stories_only: bool) -> str:
    f = [f"title: {ystr(story.title)}", f"date: {story.date.isoformat()}", f"author: {ystr(story.author)}",
         f"summary: {ystr(story.summary)}", f"tags: [{', '.join(ystr(t, flow=True) for t in story.tags)}]"]
    if not stories_only:
        if story.plans:
            f.append(f"plans: [{', '.join(story.plans)}]")
        if story.exemplars:
            f.append(f"exemplars: [{', '.join(story.exemplars)}]")
    if story.draft:
        f.append("draft: true")
    body = story.body_stories_only if stories_only else story.body
    return "---\n" + "\n".join(f) + "\n---\n\n" + body


def write_site(site: Site, out: Path) -> dict:
    """Writes the site under `out` (which must not exist or be empty); returns file counts."""
    content = out / "content"
    folders = {name: content / name for name in ("plans", "honours", "exemplars", "stories")}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    (out / "portal.yaml").write_text(site.portal_yaml, encoding="utf-8")

    def put(path: Path, text: str) -> None:
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)

    for p in site.plans:
        put(folders["plans"] / f"{p.id}.md", "---\n" + "\n".join(p.fields) + "\n---\n\n" + p.body)
    for d in site.decisions:
        put(folders["honours"] / f"{d.id}.yaml", d.yaml)
        if d.csv_name:
            (folders["honours"] / d.csv_name).write_bytes(d.csv_bytes)
    for e in site.exemplars:
        put(folders["exemplars"] / f"{e.id}.md", e.text)
    for s in site.stories:
        put(folders["stories"] / f"{s.id}.md", story_markdown(s, site.stories_only))
    shutil.copytree(REPO / "templates", out / "templates")
    return {"plans": len(site.plans), "decisions": len(site.decisions),
            "awards": sum(d.award_count for d in site.decisions),
            "exemplars": len(site.exemplars), "stories": len(site.stories)}


def generate(size_name: str, out: Path, seed: int = DEFAULT_SEED, stories_only: bool = False,
             force: bool = False) -> dict:
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        if not force:
            raise SystemExit(f"{out} is not empty; pass --force to replace it")
        shutil.rmtree(out)
    return write_site(build_site(size_name, seed, stories_only), out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic CampaignPortal site for benchmarks.")
    parser.add_argument("size", choices=sorted(SIZES))
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--stories-only", action="store_true",
                        help="only the stories, without links to other records (the Hugo comparison)")
    parser.add_argument("--force", action="store_true", help="replace OUTDIR if it is not empty")
    args = parser.parse_args(argv)
    counts = generate(args.size, args.outdir, args.seed, args.stories_only, args.force)
    print(", ".join(f"{v:,} {k}" for k, v in counts.items()), "→", args.outdir, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
