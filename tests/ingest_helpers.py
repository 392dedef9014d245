"""Small hand-written Arabic inputs for the ingestion tests (no corpus text), and a mixed
folder that holds one of every kind of input, good and bad, with what each must become."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SEED = ROOT.parent / "seeds" / "seed-article.txt"
HTML = ROOT / "fixtures" / "ingest" / "article.html"

# Three short articles written for these tests.
WATER = ("وزارة الزراعة تطلق حملة لحماية المحاصيل",
         "أطلقت وزارة الزراعة اليوم حملة وطنية لحماية المحاصيل من موجة الحر.\n\n"
         "وقال المتحدث باسم الوزارة إن الحملة تشمل ١٢ محافظة.")
PORT = ("افتتاح ميناء جديد على البحر الأحمر",
        "افتتحت الحكومة ميناء جديدا يستقبل السفن التجارية الكبيرة.\n"
        "وأكد رئيس هيئة الموانئ أن الميناء سيوفر ثلاثة آلاف وظيفة.")
SCHOOL = ("عودة الطلاب إلى المدارس بعد العطلة",
          "عاد أكثر من مليوني طالب إلى المدارس صباح اليوم.\n\n"
          "وأوضح وزير التربية أن الوزارة وزعت الكتب قبل بدء العام الدراسي.")
ENGLISH = ("Ministers meet in Cairo",
           "Foreign ministers met in Cairo on Sunday to discuss the water agreement.")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")


def as_text(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


def record(rid: str, title: str, body: str, date: str | None = "2015-08-06 01:46:57") -> str:
    return json.dumps({"id": rid, "title": title, "text": body, "source": "وكالة الاختبار",
                       "date": date, "url": f"http://example.org/{rid}"}, ensure_ascii=False)


def build_mixed_folder(root: Path) -> dict[str, str | None]:
    """Write the folder; return {source_path: None (loaded) or the expected reason prefix}."""
    root.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {
        "a_seed.txt": SEED.read_bytes(),
        "b_seed_copy_with_bom.txt": codecs.BOM_UTF8 + SEED.read_bytes(),
        "c_water_cp1256.txt": as_text(*WATER).translate(
            str.maketrans("١٢", "12")).encode("cp1256"),
        "d_port_utf16.txt": as_text(*PORT).encode("utf-16"),
        "e_page.html": HTML.read_bytes(),
        "f_empty.txt": b"",
        "g_blank.txt": b" \n\n\t \n",
        "h_image.png": PNG,
        "i_english.txt": as_text(*ENGLISH).encode("utf-8"),
        "j_mojibake.txt": as_text(*SCHOOL).encode("utf-8").decode("cp1252", "replace").encode("utf-8"),
        "README.md": "# Notes on this folder\n".encode("utf-8"),
    }
    lines = [
        record("r1", *SCHOOL),
        '{"id": "r2", "title": "عنوان", "text": "نص مقطوع',           # broken JSON
        "",                                                             # blank: not an input
        record("r3", *ENGLISH),
        record("r4", "خبر بلا نص", ""),
        record("r5", "تاريخ غير مقروء", "قال الوزير إن التاريخ المكتوب لا يقرأ.", date="أمس"),
        record("r6", *SCHOOL),                                          # duplicate of r1
    ]
    files["k_feed.jsonl"] = "\n".join(lines).encode("utf-8")
    files["l_array.json"] = ("[" + record("j1", *PORT) + ", " + record(
        "j2", "مؤتمر للطاقة المتجددة", "افتتح المؤتمر الدولي للطاقة المتجددة أعماله اليوم.") + "]"
    ).encode("utf-8")
    for name, data in files.items():
        (root / name).write_bytes(data)
    p = root.as_posix()
    return {
        f"{p}/a_seed.txt": None,
        f"{p}/b_seed_copy_with_bom.txt": f"duplicate of {p}/a_seed.txt",
        f"{p}/c_water_cp1256.txt": None,
        f"{p}/d_port_utf16.txt": None,
        f"{p}/e_page.html": None,
        f"{p}/f_empty.txt": "empty file",
        f"{p}/g_blank.txt": "empty: only white space",
        f"{p}/h_image.png": "binary file, not text",
        f"{p}/i_english.txt": "not Arabic",
        f"{p}/j_mojibake.txt": "mojibake",
        f"{p}/k_feed.jsonl#r1": None,
        f"{p}/k_feed.jsonl#L2": "broken JSON on line 2",
        f"{p}/k_feed.jsonl#r3": "not Arabic",
        f"{p}/k_feed.jsonl#L5": "JSON record without text",
        f"{p}/k_feed.jsonl#r5": None,
        f"{p}/k_feed.jsonl#r6": f"duplicate of {p}/k_feed.jsonl#r1",
        f"{p}/l_array.json#j1": f"duplicate of {p}/d_port_utf16.txt",
        f"{p}/l_array.json#j2": None,
    }
