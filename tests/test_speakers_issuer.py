"""A document mention that names its issuer: the issuer is the speaker (speakers.issuer).
Invented phrases."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.issuer import issuer
from analysis.speakers.resolve import resolve_speakers


def _issuer(surface: str) -> Mention:
    return issuer(Mention(surface, 10, 10 + len(surface)))


@pytest.mark.parametrize("surface, expected, offset", [
    ("بيان لوزارة الزراعة", "وزارة الزراعة", 6),
    ("بيان صحفي للرئاسة", "الرئاسة", 11),            # ل + ال: the ال written back
    ("تقرير جديد للجنة الانتخابات", "اللجنة الانتخابات", 12),   # ل + ال + ل
    ("بيان صادر عن مكتب المحافظ", "مكتب المحافظ", 13),
    ("التقرير السنوي للهيئة", "الهيئة", 16),         # a definite document and adjective
    # a document in construct with its author
    ("تقرير الصحيفة", "الصحيفة", 6),
    ("بيان اللجنة العليا لشؤون المياه", "اللجنة العليا لشؤون المياه", 5),
    ("بيان تحالف الأحزاب", "تحالف الأحزاب", 5),       # an indefinite body head
    ("بيان النائب المستقل", "النائب المستقل", 5),     # a title with no name
    ("بيان المتظاهرين", "المتظاهرين", 5),             # a group
])
def test_the_issuer_speaks(surface, expected, offset):
    m = _issuer(surface)
    assert (m.text, m.start, m.end) == (expected, 10 + offset, 10 + len(surface))


@pytest.mark.parametrize("surface", [
    "بيان له",                       # a pronoun
    "تقرير الزراعة",                 # a common noun that would read as a name
    "نتائج الاستفتاء",               # another document
    "بيان تأسيس الحزب",              # the document's own complement
    "بيان صحفي",                     # an adjective
    "وثيقة تخطيط لتلك الرحلة",       # what follows the ل is no body or person
    "تقرير صادر",                    # nothing after the link
    "مكتب لوزارة الزراعة",           # no document
])
def test_no_issuer(surface):
    assert _issuer(surface).text == surface


def test_document_adjective_ends_the_author():
    m = _issuer("تقرير الهيئة الأخير")
    assert (m.text, m.start, m.end) == ("الهيئة", 16, 22)
    m = _issuer("بيان الهيئة الأخيرة")        # no document adjective: the body's own
    assert m.text == "الهيئة الأخيرة"


def test_statement_joins_its_issuer_quoted_elsewhere():
    t = ("وقالت وزارة الزراعة إن المحصول وفير. وذكر بيان لوزارة الزراعة أن الأسعار "
         "ستنخفض.")
    i = t.index("بيان")
    speakers, keys = resolve_speakers(t, [Mention("وزارة الزراعة", 6, 19),
                                          Mention("بيان لوزارة الزراعة", i, i + 19)])
    assert keys == [0, 0] and speakers[0].name == "وزارة الزراعة"
