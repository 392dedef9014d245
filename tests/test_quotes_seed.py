"""Seed acceptance: the six direct quotes and three reported clauses of seeds/seed-article.txt."""

from __future__ import annotations

import pytest

from analysis import segment
from analysis.quotes import find_quotes
from tests.conftest import SEED

DIRECT = [
    ("المهمة لم تنتهِ", "كيفين كوبسي"),
    ("وهذا لا يعني انسحاباً من سوريا.", "كيفين كوبسي"),
    ("تم إنجاز مهمتنا", "كوبسي"),
    ("يجب على الدولة التركية", "كوبسي"),
    ("أنجزنا المهام الموكلة إلينا", "واين ماروتو"),
    ("هناك جهود مشتركة", "كينو كبرييل"),
]
INDIRECT = [
    ("ملتزمون بالقضاء على داعش، وعلى شبكاته المالية", "كيفين كوبسي"),
    ("قرار سحب القوات الأميركية من العراق", "كيفين كوبسي"),
    ("مهمتهم تنحصر في محاربة داعش", "كوبسي"),
]


@pytest.fixture(scope="module")
def seed():
    from analysis.ingest.boilerplate import strip_boilerplate
    from analysis.ingest.parse_text import parse_text

    text = strip_boilerplate(parse_text(SEED.read_text(encoding="utf-8")).body)
    paras = segment.paragraphs("seed", text)
    quotes, speakers = find_quotes(text, paras, segment.sentences(text, paras))
    return text, quotes, speakers


def test_offsets(seed):
    text, quotes, _ = seed
    assert quotes and all(text[q.start:q.end] == q.text for q in quotes)


def test_direct_quotes(seed):
    _, quotes, _ = seed
    direct = [q for q in quotes if q.kind == "direct"]
    assert [(q.text[:len(p)], q.mention.text) for q, (p, _) in zip(direct, DIRECT)] == DIRECT
    assert len(direct) == 6
    assert direct[0].text == "المهمة لم تنتهِ"
    assert direct[2].text.endswith("والقوات العراقية")
    assert direct[3].text.endswith("شمال شرقي سوريا")


def test_reported_clauses(seed):
    _, quotes, _ = seed
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert [(q.text[:len(p)], q.mention.text) for q, (p, _) in zip(indirect, INDIRECT)] == INDIRECT
    assert indirect[0].text == INDIRECT[0][0]
    assert indirect[1].text.endswith("وإنما يجري تبديل وإعادة تموضع للقوات كل فترة")
    assert indirect[2].text.endswith("وتقديم الدعم لقوات سوريا الديمقراطية")


def test_one_person_one_key(seed):
    _, quotes, speakers = seed
    keys = {}
    for q in quotes:
        keys.setdefault(q.mention.text.split()[-1], set()).add(q.speaker_key)
    assert len(keys["كوبسي"]) == 1 and None not in keys["كوبسي"]
    assert keys["كوبسي"] != keys["ماروتو"]
