"""Paragraph and sentence spans (invented Arabic text)."""

from __future__ import annotations

import pytest

from analysis.segment import paragraphs, sentences


@pytest.mark.parametrize("text, expected", [
    ("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"]),
    ("سطر أول\n\n سطر ثان \n\n", ["سطر أول", "سطر ثان"]),
    ("\n\n  \n", []),
])
def test_paragraphs_are_non_blank_lines(text, expected):
    paras = paragraphs("a", text)
    assert [p.text for p in paras] == expected
    assert [text[p.start:p.end] for p in paras] == expected
    assert [p.para for p in paras] == list(range(len(expected)))


@pytest.mark.parametrize("text, expected", [
    ("قتل شخصان. وأصيب ثلاثة؟ لا! نعم", ["قتل شخصان.", "وأصيب ثلاثة؟", "لا!", "نعم"]),
    # a decimal point is not a sentence end
    ("بلغ النمو 3.5 في المئة. وتراجع التضخم.", ["بلغ النمو 3.5 في المئة.", "وتراجع التضخم."]),
    # the closing mark stays with its sentence
    ("وقال «انتهى الأمر.» ثم غادر.", ["وقال «انتهى الأمر.»", "ثم غادر."]),
    # one-letter abbreviations: (أ.ف.ب), د. (doctor)
    ("ونقلت وكالة الصحافة الفرنسية (أ.ف.ب) عن مصدر أن الهجوم فشل. وانتهى الأمر.",
     ["ونقلت وكالة الصحافة الفرنسية (أ.ف.ب) عن مصدر أن الهجوم فشل.", "وانتهى الأمر."]),
    ("وقال د. سامي داود إن العلاج متوفر.", ["وقال د. سامي داود إن العلاج متوفر."]),
    # ... but a word of two letters or more ends its sentence
    ("وصل الوفد إلى هنا. ثم غادر.", ["وصل الوفد إلى هنا.", "ثم غادر."]),
])
def test_sentences(text, expected):
    paras = paragraphs("a", text)
    sents = sentences(text, paras)
    assert [text[s.start:s.end] for s in sents] == expected


def test_sentences_stay_in_their_paragraph():
    text = "جملة أولى بلا نقطة\nجملة ثانية. وثالثة."
    sents = sentences(text, paragraphs("a", text))
    assert [(s.para, text[s.start:s.end]) for s in sents] == [
        (0, "جملة أولى بلا نقطة"), (1, "جملة ثانية."), (1, "وثالثة.")]
