"""Theme tagging: clitic-aware matching, thresholds, evidence, quote rows, seed acceptance."""

from __future__ import annotations

import pytest

from analysis import rules_io
from analysis.arabic_tokens import TermIndex, tokenize
from analysis.records import Paragraph, QuoteSpan
from analysis.themes import tag_themes, themes_of_span


def matched(term: str, text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[tokens[i].start:tokens[j - 1].end] for i, j, _, _ in TermIndex([(term, 1)]).find(tokens)]


@pytest.mark.parametrize("term, text, expected", [
    ("مخيم", "زار المخيمات ثم عاد", ["المخيمات"]),
    ("مخيم", "في داخل والمخيم", ["والمخيم"]),
    ("مخيم", "ونقلوا بالمخيمات", ["بالمخيمات"]),
    ("مخيم", "مخيمهم مكتظ", ["مخيمهم"]),
    ("مخيم", "التقى محمد مخيمر", []),                 # a name that starts like the term
    ("قسد", "التنسيق مع التحالف وقسد", ["وقسد"]),
    ("قسد", "لم يقصد ذلك", []),                       # a short term inside another word
    ("تمويل", "مصادر تمويله المالية", ["تمويله"]),
    ("لاجئ", "عودة اللاجئين السوريين", ["اللاجئين"]),
    ("محافظة", "في ثلاث محافظات", ["محافظات"]),
    ("الهجمات التركية", "على الهجمات التركية المستمرة", ["الهجمات التركية"]),
    ("الهجمات التركية", "على الهجمات الأخيرة التركية", []),   # multi-word terms are consecutive
    ("انسحاب", "لا يعني انسحاباً من سوريا", ["انسحاباً"]),    # diacritics kept in the surface
    ("إيران", "للفصائل التابعة لإيران", ["لإيران"]),
])
def test_term_matching(term, text, expected):
    assert matched(term, text) == expected


@pytest.mark.parametrize("text, theme, present", [
    ("شنت الطائرات التركية غارات على القرى", "turkey_military", True),   # one strong term
    ("زار وزير خارجية تركيا العاصمة أنقرة", "turkey_military", False),   # two anchors, no weak
    ("قصف مدفعي من تركيا على الحدود", "turkey_military", True),          # anchor + weak
    ("قصف مدفعي وغارات على الحدود", "turkey_military", False),           # weak without anchor
    ("تركيا بلد جميل", "turkey_military", False),                         # a single weak term
    ("يعيش آلاف النازحين في خيام", "displacement", True),
    ("قتل 13 شخصا في تفجير انتحاري", "casualties_attacks", True),
    ("فاز الفريق بالمباراة", "casualties_attacks", False),
])
def test_threshold(text, theme, present):
    assert (theme in themes_of_span(text, 0, len(text))) is present


def test_taxonomy_is_complete():
    themes = rules_io.table("themes.json")["themes"]
    assert len(themes) >= 15
    assert len({t["id"] for t in themes}) == len(themes)
    for t in themes:
        assert t["label_ar"] and t["label_en"] and t["strong"]


def test_paragraph_and_quote_rows():
    text = "قال المتحدث إن \"المخيمات مكتظة باللاجئين\" وإن داعش هزم."
    paras = [Paragraph("a1", 0, 0, len(text), text)]
    q_start = text.index("المخيمات")
    q_end = text.index("\" وإن")
    quotes = [QuoteSpan("direct", "قال", text[q_start:q_end], q_start, q_end, 0, 0)]
    rows = tag_themes("a1", text, paras, quotes)
    by = {(r.quote_id, r.theme): r.evidence for r in rows}
    assert by[(None, "detention")] == ["المخيمات"]
    assert by[(None, "displacement")] == ["باللاجئين"]
    assert by[(None, "isis")] == ["داعش"]
    assert by[("a1-q0", "detention")] == ["المخيمات"]
    assert ("a1-q0", "isis") not in by
    assert all(r.para == 0 and r.label_en for r in rows)


SEED_THEMES = {
    "isis": "داعش",
    "financing": "شبكاته المالية",
    "troops_withdrawal": "إعادة تموضع",
    "turkey_military": "الهجمات التركية",
    "iran_militias": "الفصائل التابعة لإيران",
    "detention": "ومراكز اعتقال",
    "displacement": "للعودة إلى منازلهم",
}


@pytest.mark.parametrize("theme, word", sorted(SEED_THEMES.items()))
def test_seed_themes(seed_corpus, theme, word):
    rows = seed_corpus.themes[seed_corpus.themes.theme == theme]
    assert not rows.empty
    evidence = [w for ev in rows.evidence for w in ev]
    assert any(word in w for w in evidence)
    text = seed_corpus.articles.text.iloc[0]
    assert all(w in text for w in evidence)


def test_tokens_skip_lone_controls():
    text = "قال \u202b \ufeff داعش"
    assert [t.norm for t in tokenize(text)] == ["قال", "داعش"]


@pytest.mark.parametrize("text, theme", [
    ("زار وزير الخارجية الولايات المتحدة", "elections_government"),   # الولايات is not ولاية
    ("أنهى عمله في الشركة الخاصة", "economy_sanctions"),              # عمله (his work) folds like عملة
])
def test_folding_false_friends(text, theme):
    assert theme not in themes_of_span(text, 0, len(text))
