#!/usr/bin/env python3
"""Realistic, reproducible OCOP registry data for the benchmarks: producers and products as XLSX files in the
import template's columns, and a list of search requests drawn from the same data.

    bench/registry-data.py producers --start 0 --count 10000 --out p.xlsx
    bench/registry-data.py products --producers 20000 --start 0 --count 10000 --out q.xlsx
    bench/registry-data.py queries --producers 20000 --products 50000 --count 600 --out paths.txt

Producer i (0, 1, 2, ...) is always the same organisation: the attributes come from a random generator seeded
with i, so a products file can name its producers by registration number without reading anything back.
Registration numbers are 10 digits (4100000000 + i) for firms and cooperatives, "<province>A<7 digits>" for
household businesses and farms (whose tax code is then the 12-digit personal number), so that different
--start ranges never collide: use a fresh range for every committed import.

Product j belongs to producer j mod P (P = --producers) and is variant j div P of that producer's speciality,
so the names of one producer's products differ (the product key is producer + accent-free name). Product
codes are left blank: the import assigns them.

Communes are the real ones of the map (src/main/resources/adminunit/map/2025-07-01/units.csv), spread evenly.
Names carry Vietnamese accents; the queries are accent-free words taken from the data (1 to 3 words), some
with a province filter, some asking for a later page, as "group<TAB>path" lines (path URL-encoded).

XLSX is written like Excel does: shared strings, dates as serial numbers with a date style. Standard library
only.
"""
import argparse
import csv
import datetime
import os
import random
import sys
import tempfile
import unicodedata
import urllib.parse
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = os.path.join(HERE, "..", "src", "main", "resources", "adminunit", "map", "2025-07-01", "units.csv")


# ---------------------------------------------------------------------------------------------- word lists

# speciality: (word used in producer names, [(product name pattern, product set), ...])
SPECIALITIES = [
    ("Cam bù", [("Cam bù {p}", "01"), ("Cam bù sấy dẻo {p}", "07"), ("Nước ép cam bù {p}", "17"), ("Mứt vỏ cam {p}", "07")]),
    ("Bưởi", [("Bưởi {p}", "01"), ("Bưởi da xanh {p}", "01"), ("Trà vỏ bưởi {p}", "12"), ("Tinh dầu bưởi {p}", "20")]),
    ("Nước mắm", [("Nước mắm {p}", "09"), ("Nước mắm nhĩ {p}", "09"), ("Mắm tôm {p}", "09"), ("Mắm ruốc {p}", "09")]),
    ("Chè", [("Chè xanh {p}", "11"), ("Chè búp khô {p}", "11"), ("Trà túi lọc {p}", "11"), ("Trà hoa vàng {p}", "12")]),
    ("Mật ong", [("Mật ong {p}", "04"), ("Mật ong bạc hà {p}", "04"), ("Mật ong rừng {p}", "04"), ("Sữa ong chúa {p}", "08")]),
    ("Gạo", [("Gạo {p}", "03"), ("Gạo nếp cái hoa vàng {p}", "03"), ("Bún khô {p}", "06"), ("Bánh đa nem {p}", "06")]),
    ("Nhung hươu", [("Nhung hươu {p}", "18"), ("Rượu nhung hươu {p}", "15"), ("Cao ban long {p}", "18")]),
    ("Kẹo cu đơ", [("Kẹo cu đơ {p}", "06"), ("Kẹo lạc {p}", "07"), ("Bánh gai {p}", "06")]),
    ("Hải sản", [("Chả mực {p}", "08"), ("Mực khô {p}", "08"), ("Sá sùng {p}", "08"), ("Hàu {p}", "02")]),
    ("Rượu", [("Rượu ngô {p}", "14"), ("Rượu nếp cẩm {p}", "14"), ("Rượu mơ {p}", "15")]),
    ("Cà phê", [("Cà phê rang xay {p}", "13"), ("Cà phê hạt {p}", "13"), ("Ca cao {p}", "13")]),
    ("Miến dong", [("Miến dong {p}", "06"), ("Tinh bột dong riềng {p}", "06")]),
    ("Tinh dầu", [("Tinh dầu sả chanh {p}", "20"), ("Tinh dầu tràm {p}", "20"), ("Dầu gội thảo dược {p}", "19")]),
    ("Mây tre đan", [("Mây tre đan {p}", "21"), ("Nón lá {p}", "21"), ("Chiếu cói {p}", "21"), ("Gốm {p}", "21")]),
    ("Thổ cẩm", [("Thổ cẩm {p}", "22"), ("Lụa tơ tằm {p}", "22")]),
    ("Du lịch cộng đồng", [("Du lịch cộng đồng {p}", "26"), ("Homestay {p}", "26")]),
    ("Thực phẩm", [("Giò bê {p}", "08"), ("Lạp xưởng {p}", "08"), ("Thịt trâu gác bếp {p}", "08")]),
    ("Nấm", [("Nấm linh chi {p}", "18"), ("Nấm hương {p}", "01")]),
    ("Hoa cây cảnh", [("Lan hồ điệp {p}", "23"), ("Đào cảnh {p}", "24")]),
    ("Gia vị", [("Muối {p}", "10"), ("Muối ớt {p}", "10"), ("Hạt tiêu {p}", "10")]),
]

# (label in the template, share, registration style)
LEGAL_TYPES = [
    ("Hợp tác xã", 35, "firm"), ("Tổ hợp tác", 8, "firm"), ("Công ty TNHH một thành viên", 10, "firm"),
    ("Công ty TNHH hai thành viên trở lên", 8, "firm"), ("Công ty cổ phần", 7, "firm"),
    ("Doanh nghiệp tư nhân", 3, "firm"), ("Hộ kinh doanh", 24, "household"), ("Trang trại", 5, "household"),
]
BRANDS = ["Xanh", "Việt", "Phát Đạt", "Hưng Thịnh", "An Khang", "Thành Công", "Sao Mai", "Hoàng Gia", "Tân Tiến",
          "Đại Phát", "Minh Long", "Bình An", "Phúc Lộc", "Kim Ngân", "Trường Sơn", "Hồng Hà", "Ngọc Lan", "Thiên An",
          "Quê Hương", "Đất Việt", "Sông Lam", "Núi Hồng", "Biển Xanh", "Mộc Châu", "Hương Quê", "Lộc Phát"]
COOP_KINDS = ["", "", "Nông nghiệp", "Dịch vụ nông nghiệp", "Sản xuất và kinh doanh", "Dịch vụ tổng hợp"]
SURNAMES = (["Nguyễn"] * 9 + ["Trần"] * 3 + ["Lê"] * 3 + ["Phạm"] * 2 + ["Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lò", "Hà", "Triệu", "Lường", "Cầm"])
MIDDLE = {"Nam": ["Văn", "Văn", "Đình", "Đức", "Minh", "Quốc", "Hữu", "Công", "Xuân"],
          "Nữ": ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng"]}
GIVEN = {"Nam": ["Thắng", "Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Long", "Sơn", "Bình", "Cường", "Phúc", "Trung",
                 "Quang", "Hiếu", "Khánh", "Tâm", "Đạt", "Việt", "Thành", "Lực"],
         "Nữ": ["Lan", "Hương", "Mai", "Hoa", "Hằng", "Thảo", "Nga", "Cúc", "Hạnh", "Yến", "Loan", "Trang", "Liên",
                "Nhung", "Cam", "Huyền", "Oanh", "Tuyết", "Dung", "Hà"]}
VILLAGES = ["Tân Hương", "Trung Thành", "Đông Sơn", "Yên Thịnh", "Phú Lộc", "Hòa Bình", "Tân Lập", "Quyết Thắng",
            "Đồng Tâm", "Bắc Sơn", "Nam Hà", "Liên Hòa", "Khe Su", "Bản Mường", "Làng Chùa", "Thượng Phúc",
            "Hạ Long", "Xuân Thành", "Kim Cương", "Minh Tiến", "Phố Châu", "Đông Thịnh", "Nà Phặc", "Bản Lác"]
STREETS = ["Trần Phú", "Lê Lợi", "Nguyễn Du", "Hàm Nghi", "Quang Trung", "Lý Thường Kiệt", "Hai Bà Trưng",
           "Phan Đình Phùng", "Nguyễn Huệ", "Hùng Vương"]
RATINGS = ["Tốt", "Khá", "Khá", "Trung bình", "Yếu"]
STATUSES = ["Đang hoạt động"] * 18 + ["Tạm ngừng hoạt động", "Đã giải thể"]
CHANNELS = ["Siêu thị, cửa hàng tiện lợi", "Điểm bán sản phẩm OCOP", "Đại lý, nhà phân phối", "Chợ truyền thống",
            "Bán tại cơ sở sản xuất", "Sàn thương mại điện tử", "Mạng xã hội", "Điểm du lịch"]
MARKETS = ["Nhật Bản", "Hàn Quốc", "Trung Quốc", "Hoa Kỳ", "Đài Loan", "Singapore", "Úc", "Liên minh châu Âu"]
PACKAGING = ["Hộp giấy 500 g", "Túi zip 200 g", "Chai thủy tinh 500 ml", "Hộp carton 5 kg, lưới PE", "Lọ 250 g",
             "Túi hút chân không 1 kg", "Hộp quà tặng", "Bao 5 kg"]
DESCRIPTIONS = ["{n} được làm theo quy trình truyền thống của {c}, không chất bảo quản.",
                "{n} trồng và chế biến tại {c}, đạt tiêu chuẩn VietGAP, hương vị đặc trưng của vùng.",
                "Sản phẩm {n} do bà con {c} làm ra từ nguyên liệu địa phương, đóng gói và truy xuất nguồn gốc bằng mã QR."]
STORIES = ["Nghề làm {s} ở {c} có từ nhiều đời. Năm {y} các hộ trong thôn cùng nhau góp vốn, thống nhất quy trình và "
           "bao tiêu chung cho thành viên, để sản phẩm quê hương đến được với người tiêu dùng cả nước.",
           "Từ một cơ sở nhỏ của gia đình, {s} {c} được mở rộng từ năm {y}, tạo việc làm cho lao động nữ lúc nông nhàn "
           "và giữ lại nghề truyền thống của làng."]

HEADERS_PRODUCERS = ["Mã số ĐKKD", "Ngày cấp ĐKKD", "Mã số thuế", "Tên chủ thể", "Loại hình", "Mã xã", "Địa chỉ",
                     "Người đại diện theo pháp luật", "Giới tính người đại diện",
                     "Người đại diện là người dân tộc thiểu số", "Điện thoại", "Thư điện tử", "Trang web",
                     "Tỷ lệ vốn góp của cộng đồng (%)", "Xếp loại hợp tác xã", "Số lao động",
                     "Số lao động địa phương", "Trạng thái"]
HEADERS_PRODUCTS = ["Mã sản phẩm", "Tên sản phẩm", "Mã số ĐKKD của chủ thể", "Bộ sản phẩm", "Mô tả", "Nhãn hiệu",
                    "Chỉ dẫn địa lý / nhãn hiệu tập thể", "Bao bì", "Nhãn sản phẩm", "Câu chuyện sản phẩm",
                    "Hướng dẫn sử dụng", "Nguồn gốc nguyên liệu", "Tỷ lệ nguyên liệu địa phương (%)",
                    "Năng lực sản xuất", "Hợp đồng liên kết", "Kênh phân phối", "Thị trường xuất khẩu"]


def search_key(text):
    """Exactly VietText.searchKey: NFD, marks dropped, đ→d, lower case, non-alphanumerics → one space."""
    if not text or not text.strip():
        return ""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.category(ch).startswith("M"))
    bare = bare.replace("đ", "d").replace("Đ", "D").lower()
    out, space = [], False
    for ch in bare:
        if ("a" <= ch <= "z") or ("0" <= ch <= "9"):
            out.append(ch)
            space = False
        elif not space:
            out.append(" ")
            space = True
    return "".join(out).strip()


# ---------------------------------------------------------------------------------------------- the data

_communes = None


def communes():
    global _communes
    if _communes is None:
        provinces, items = {}, []
        with open(UNITS, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["level"] == "PROVINCE":
                    provinces[row["code"]] = row["name"]
                else:
                    items.append(row)
        _communes = [(r["code"], r["name"], r["type"], r["parent_code"], provinces[r["parent_code"]]) for r in items]
        _communes.sort()
    return _communes


def short_place(commune_name):
    for prefix in ("Xã ", "Phường ", "Đặc khu "):
        if commune_name.startswith(prefix):
            return commune_name[len(prefix):]
    return commune_name


def person(rng):
    gender = rng.choice(["Nam", "Nữ"])
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}", gender


def pick_weighted(rng, items):
    total = sum(w for _, w, _ in items)
    x = rng.uniform(0, total)
    for item in items:
        x -= item[1]
        if x <= 0:
            return item
    return items[-1]


def producer(i):
    """Producer number i, always the same."""
    rng = random.Random(f"producer-{i}")
    code, commune_name, ctype, province, province_name = rng.choice(communes())
    legal, _, style = pick_weighted(rng, LEGAL_TYPES)
    spec = rng.randrange(len(SPECIALITIES))
    spec_word = SPECIALITIES[spec][0]
    place = short_place(commune_name)
    rep, gender = person(rng)
    brand = rng.choice(BRANDS)
    village = rng.choice(VILLAGES)
    if legal == "Hợp tác xã":
        kind = rng.choice(COOP_KINDS)
        name = f"Hợp tác xã {kind + ' ' if kind else ''}{spec_word} {place}"
    elif legal == "Tổ hợp tác":
        name = f"Tổ hợp tác {spec_word} thôn {village}"
    elif legal.startswith("Công ty TNHH"):
        name = f"Công ty TNHH {spec_word} {place} {brand}" if rng.random() < 0.5 else f"Công ty TNHH {brand} {place}"
    elif legal == "Công ty cổ phần":
        name = f"Công ty cổ phần {spec_word} {brand}"
    elif legal == "Doanh nghiệp tư nhân":
        name = f"Doanh nghiệp tư nhân {brand} {rep.split()[-1]}"
    elif legal == "Hộ kinh doanh":
        name = f"Hộ kinh doanh {rep}"
    else:
        name = f"Trang trại {spec_word} {rep.split()[-1]} {place}"
    if style == "firm":
        registration = f"{4100000000 + i:010d}"
        tax = registration if rng.random() < 0.9 else None
    else:
        registration = f"{province}A{i:07d}"
        tax = f"0{province}{i:09d}" if rng.random() < 0.7 else None
    if ctype == "PHUONG":
        address = rng.choice([f"Số {rng.randint(1, 300)} đường {rng.choice(STREETS)}", f"Tổ dân phố {rng.randint(1, 25)}"])
    else:
        address = f"Thôn {village}"
    workers = rng.randint(2, 120)
    coop = legal == "Hợp tác xã"
    return {
        "i": i, "registration": registration, "date": datetime.date(2005, 1, 1) + datetime.timedelta(days=rng.randint(0, 7200)),
        "tax": tax, "name": name, "legal": legal, "commune": code, "commune_name": commune_name, "place": place,
        "province": province, "province_name": province_name, "address": address, "rep": rep, "gender": gender,
        "minority": "Có" if rng.random() < 0.12 else "Không", "phone": f"09{rng.randint(10000000, 99999999)}",
        "email": f"lienhe{i}@example.vn" if rng.random() < 0.6 else None,
        "website": f"https://chuthe{i}.example.vn" if rng.random() < 0.2 else None,
        "share": 100 if coop else (rng.choice([None, 0, 10, 25, 51]) if legal != "Hộ kinh doanh" else None),
        "rating": rng.choice(RATINGS) if coop and rng.random() < 0.8 else None,
        "workers": workers, "local": rng.randint(1, workers), "status": rng.choice(STATUSES),
        "spec": spec, "brand": brand,
    }


def product(j, producers_count):
    p = producer(j % producers_count)
    variant = j // producers_count
    rng = random.Random(f"product-{j}")
    variants = SPECIALITIES[p["spec"]][1]
    pattern, product_set = variants[variant % len(variants)]
    suffix = "" if variant < len(variants) else f" loại {variant // len(variants) + 1}"
    name = pattern.format(p=p["place"]) + suffix
    channels = rng.sample(CHANNELS, rng.randint(1, 3))
    export = rng.random() < 0.08
    if export:
        channels.append("Xuất khẩu")
    spec_word = SPECIALITIES[p["spec"]][0].lower()
    return {
        "name": name, "producer": p["registration"], "set": product_set,
        "description": rng.choice(DESCRIPTIONS).format(n=name, c=p["commune_name"]),
        "brand": f"{SPECIALITIES[p['spec']][0]} {p['brand']}" if rng.random() < 0.5 else None,
        "gi": f"Chỉ dẫn địa lý {p['place']}" if rng.random() < 0.1 else None,
        "packaging": rng.choice(PACKAGING), "label": "Tem nhãn có mã QR truy xuất nguồn gốc" if rng.random() < 0.7 else None,
        "story": rng.choice(STORIES).format(s=spec_word, c=p["commune_name"], y=rng.randint(2005, 2023)) if rng.random() < 0.35 else None,
        "usage": "Bảo quản nơi khô ráo, thoáng mát; dùng trong 12 tháng kể từ ngày sản xuất." if rng.random() < 0.6 else None,
        "origin": f"Vùng nguyên liệu của thành viên tại {p['commune_name']}", "local": rng.choice([60, 80, 90, 100]),
        "capacity": f"{rng.randint(1, 500)} tấn/năm",
        "linkage": f"Hợp đồng bao tiêu với {rng.randint(5, 120)} hộ" if rng.random() < 0.2 else None,
        "channels": "; ".join(channels), "markets": "; ".join(rng.sample(MARKETS, rng.randint(1, 2))) if export else None,
        "p": p,
    }


# ---------------------------------------------------------------------------------------------- XLSX

def excel_date(d):
    return (d - datetime.date(1899, 12, 30)).days


class XlsxOut:
    """Streams one sheet to a temporary file, collects the shared strings, zips everything at the end."""

    NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    def __init__(self, path, sheet_name, headers):
        self.path, self.sheet_name = path, sheet_name
        self.strings, self.string_list, self.string_count = {}, [], 0
        self.tmp = tempfile.NamedTemporaryFile("w", encoding="utf-8", delete=False, suffix=".xml")
        self.tmp.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{self.NS}"><sheetData>')
        self.rows = 0
        self.row(headers)

    def _col(self, n):
        s = ""
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s

    def row(self, values):
        self.rows += 1
        r = self.rows
        cells = []
        for c, v in enumerate(values):
            if v is None or v == "":
                continue
            ref = f"{self._col(c)}{r}"
            if isinstance(v, datetime.date):
                cells.append(f'<c r="{ref}" s="1"><v>{excel_date(v)}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                idx = self.strings.get(v)
                if idx is None:
                    idx = self.strings[v] = len(self.string_list)
                    self.string_list.append(v)
                self.string_count += 1
                cells.append(f'<c r="{ref}" t="s"><v>{idx}</v></c>')
        self.tmp.write(f'<row r="{r}">{"".join(cells)}</row>')

    def close(self):
        self.tmp.write("</sheetData></worksheet>")
        self.tmp.close()
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
        ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        with zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
            z.writestr("[Content_Types].xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                       '<Default Extension="xml" ContentType="application/xml"/>'
                       f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
                       f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/>'
                       f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/>'
                       f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/></Types>')
            z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{pkg}">'
                       f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
            z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       f'<workbook xmlns="{self.NS}" xmlns:r="{rel}"><sheets>'
                       f'<sheet name="{escape(self.sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
            z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       f'<Relationships xmlns="{pkg}">'
                       f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                       f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
                       f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
            z.writestr("xl/styles.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{self.NS}">'
                       '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                       '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
                       '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                       '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                       '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                       '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
                       '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
            with z.open("xl/sharedStrings.xml", "w") as out:
                out.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{self.NS}" '
                          f'count="{self.string_count}" uniqueCount="{len(self.string_list)}">'.encode())
                for s in self.string_list:
                    out.write(f'<si><t xml:space="preserve">{escape(s)}</t></si>'.encode())
                out.write(b"</sst>")
            z.write(self.tmp.name, "xl/worksheets/sheet1.xml")
        os.unlink(self.tmp.name)


def write_producers(args):
    x = XlsxOut(args.out, "Chủ thể", HEADERS_PRODUCERS)
    for i in range(args.start, args.start + args.count):
        p = producer(i)
        x.row([p["registration"], p["date"], p["tax"], p["name"], p["legal"], p["commune"], p["address"], p["rep"],
               p["gender"], p["minority"], p["phone"], p["email"], p["website"], p["share"], p["rating"],
               p["workers"], p["local"], p["status"]])
    x.close()


def write_products(args):
    x = XlsxOut(args.out, "Sản phẩm", HEADERS_PRODUCTS)
    for j in range(args.start, args.start + args.count):
        q = product(j, args.producers)
        x.row([None, q["name"], q["producer"], q["set"], q["description"], q["brand"], q["gi"], q["packaging"],
               q["label"], q["story"], q["usage"], q["origin"], q["local"], q["capacity"], q["linkage"],
               q["channels"], q["markets"]])
    x.close()


# ---------------------------------------------------------------------------------------------- queries

def first_words(text, n):
    return " ".join(search_key(text).split()[:n])


def product_terms(q):
    """What people type to find a product: its kind ("mat ong", "nuoc mam nhi"), its place ("son kim"), both
    ("cam bu huong son"), at most 3 words."""
    place = q["p"]["place"]
    kind = q["name"].split(place)[0]
    return [first_words(kind, 1), first_words(kind, 2), first_words(kind, 3), first_words(place, 2),
            " ".join((first_words(kind, 2) + " " + first_words(place, 1)).split()[:3]),
            " ".join((first_words(kind, 1) + " " + first_words(place, 2)).split()[:3])]


def producer_terms(p):
    """What people type to find a producer: the legal form ("hop tac xa", "cong ty"), the speciality, the place,
    the representative's name, the brand."""
    spec = SPECIALITIES[p["spec"]][0]
    return [first_words(p["name"], 3), first_words(p["name"], 2), first_words(spec, 2), first_words(p["place"], 2),
            " ".join((first_words(spec, 2) + " " + first_words(p["place"], 1)).split()[:3]), search_key(p["rep"]),
            first_words(p["rep"], 2), first_words(p["brand"], 2)]


def path(kind, q=None, province=None, page=None):
    params = []
    if q:
        params.append(("q", q))
    if province:
        params.append(("province", province))
    if page:
        params.append(("page", str(page)))
    return f"/api/v1/{kind}?" + urllib.parse.urlencode(params)


def write_queries(args):
    """A realistic mix: mostly word searches of products and producers (1-3 accent-free words from names and
    places), some with the province filter, some asking for a later page (0-based), a few by registration
    number."""
    rng = random.Random(args.seed)
    lines = []
    for n in range(args.count):
        x = rng.random()
        q = product(rng.randrange(args.products), args.producers)
        p = producer(rng.randrange(args.producers))
        if x < 0.40:      # product words, e.g. "cam bu", "nuoc mam son kim", "mat ong"
            lines.append(("product-q", path("products", rng.choice(product_terms(q)))))
        elif x < 0.55:    # product words within a province
            lines.append(("product-q-province", path("products", rng.choice(product_terms(q)), province=q["p"]["province"])))
        elif x < 0.62:    # product words, a later page
            lines.append(("product-q-page", path("products", rng.choice(product_terms(q)), page=rng.randint(1, 4))))
        elif x < 0.80:    # producer words, e.g. "hop tac xa", "nguyen van thang", "mat ong"
            lines.append(("producer-q", path("producers", rng.choice(producer_terms(p)))))
        elif x < 0.90:    # producer words within a province
            lines.append(("producer-q-province", path("producers", rng.choice(producer_terms(p)), province=p["province"])))
        elif x < 0.95:    # producer words, a later page
            lines.append(("producer-q-page", path("producers", rng.choice(producer_terms(p)), page=rng.randint(1, 4))))
        else:             # a registration number
            lines.append(("producer-registration", path("producers", p["registration"].lower())))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# group<TAB>path, generated by bench/registry-data.py queries "
                f"--producers {args.producers} --products {args.products} --count {args.count} --seed {args.seed}\n")
        for group, p in lines:
            f.write(f"{group}\t{p}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    a = sub.add_parser("producers")
    a.add_argument("--start", type=int, default=0)
    a.add_argument("--count", type=int, required=True)
    a.add_argument("--out", required=True)
    b = sub.add_parser("products")
    b.add_argument("--producers", type=int, required=True, help="producers 0..P-1 exist")
    b.add_argument("--start", type=int, default=0)
    b.add_argument("--count", type=int, required=True)
    b.add_argument("--out", required=True)
    c = sub.add_parser("queries")
    c.add_argument("--producers", type=int, required=True)
    c.add_argument("--products", type=int, required=True)
    c.add_argument("--count", type=int, default=600)
    c.add_argument("--seed", type=int, default=2026)
    c.add_argument("--out", required=True)
    args = ap.parse_args()
    if getattr(args, "count", 0) > 100_000:
        sys.exit("at most 100,000 rows per file (the import's limit)")
    {"producers": write_producers, "products": write_products, "queries": write_queries}[args.what](args)


if __name__ == "__main__":
    main()
