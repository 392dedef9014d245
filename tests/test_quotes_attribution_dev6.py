"""Dialogue in narrative text: who speaks after "قال له", "فقالت", "ثم قال" (invented sentences)."""

from __future__ import annotations

import pytest

from tests.test_quotes_attribution import speakers_of

_OPEN = "قال الوزير كريم فتوحي إن الطرق مغلقة. "


@pytest.mark.parametrize("text, expected", [
    # the subject after whom it was said to
    (_OPEN + "ثم قال له الرئيس: «لماذا تأخرت عن الموعد يا صديقي؟».",
     [("الطرق مغلقة", "كريم فتوحي"), ("لماذا تأخرت", "الرئيس")]),
    (_OPEN + "وقالت لي سلمى داود إن الحكومة تعرف كل شيء.",
     [("الطرق مغلقة", "كريم فتوحي"), ("الحكومة تعرف", "سلمى داود")]),
    # one word after "لي" that the article names nowhere else is no speaker
    (_OPEN + "وقال لي إحساسي إن الحكومة تعرف كل شيء.",
     [("الطرق مغلقة", "كريم فتوحي"), ("الحكومة تعرف", "كريم فتوحي")]),
    # a manner word or the quote itself after "له" is no subject
    (_OPEN + "وقال له بغضب: «هذا كلام غير معقول أبدا».",
     [("الطرق مغلقة", "كريم فتوحي"), ("هذا كلام", "كريم فتوحي")]),
    (_OPEN + "وقال لي «هذا كلام غير معقول أبدا».",
     [("الطرق مغلقة", "كريم فتوحي"), ("هذا كلام", "كريم فتوحي")]),
])
def test_addressee_before_subject(text, expected):
    assert speakers_of(text) == expected


def test_addressee_of_a_verb_that_introduces_nothing():
    # "روى لي القصة": the object of a verb with no quote, not the next verb's speaker
    text = _OPEN + "وراح سامي يروي لي خلاصة الحكاية، فقال لي إنها رواية عتيقة جدا."
    assert speakers_of(text)[1][1] != "خلاصة الحكاية"


@pytest.mark.parametrize("text, expected", [
    # a joined verb after a comma: a lone definite noun of the clause is no speaker
    ("وقالت سلمى داود إن الطرق مغلقة. انهارت الآمال التي بنتها طويلا، فقالت له: "
     "«خلاص سأبحث عن غيرك يا صديقي».",
     [("الطرق مغلقة", "سلمى داود"), ("خلاص سأبحث", "سلمى داود")]),
    # ... but an organisation or a noun with its adjective is
    (_OPEN + "ونددت الحركة الوطنية بالتفجير، وقالت: «هذا عمل إرهابي جبان».",
     [("الطرق مغلقة", "كريم فتوحي"), ("هذا عمل", "الحركة الوطنية")]),
    (_OPEN + "وتسعى السلطات المحلية لفتح الطرق، وتقول إن الأمطار سببت الإغلاق.",
     [("الطرق مغلقة", "كريم فتوحي"), ("الأمطار سببت", "السلطات المحلية")]),
])
def test_joined_verb_after_a_comma(text, expected):
    assert speakers_of(text) == expected


def test_no_noun_after_an_as_subject_of_a_joined_verb():
    text = ("وقالت سلمى داود إن الطرق مغلقة. ثم سألها عن تفاصيل الخطة فقالت له: "
            "«لاحقا أخبرك بكل شيء يا صديقي».")
    assert speakers_of(text) == [("الطرق مغلقة", "سلمى داود"), ("لاحقا أخبرك", "سلمى داود")]


def test_feminine_participle_in_ta_marbuta():
    # "قائلة": a participle that carries the subject of the sentence's first verb
    text = ("قال الوزير كريم فتوحي إن الطرق مغلقة. وأعلنت الجبهة الشعبية مسؤوليتها عن الهجوم، "
            "لكنها نفت مقتل عناصرها، قائلة إنها أرسلت مقاتلين اثنين فقط.")
    assert speakers_of(text)[1] == ("أرسلت مقاتلين", "الجبهة الشعبية")


@pytest.mark.parametrize("text, not_expected", [
    # "لافتة" (a banner) and "داعية" (a preacher) are nouns, not the participle "قائلة"
    (_OPEN + "ورفع المتظاهرون اللافتات الكبيرة، ومن بينها لافتة تقول «الخبز حق للجميع».",
     "اللافتات الكبيرة"),
    # a phrase of the other gender in an aside is no speaker of "وقالت"
    ("وتتوقع الهيئة الوطنية للإحصاء أن يرتفع عدد السكان. وعلى سبيل المثال، كان عدد سكان "
     "المدينة نحو مليون نسمة، وقالت إن العدد قد يصل إلى مليونين.", "سبيل المثال"),
])
def test_no_junk_speaker_from_an_earlier_clause(text, not_expected):
    assert all(s != not_expected for _, s in speakers_of(text))


@pytest.mark.parametrize("text, expected", [
    # a definite noun the article uses twice is a speaker ("المؤلف")
    ("يتناول المؤلف تاريخ المدينة القديمة. ويربط المؤلف تلك الحقبة بالحاضر، "
     "ويوضح أن العادات القديمة ما زالت حية.", "المؤلف"),
])
def test_earlier_clause_subject_kept(text, expected):
    assert speakers_of(text)[-1][1] == expected
