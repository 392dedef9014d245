"""Mentions completed from the words after them (analysis.speakers.extend) and what that
changes in the article's speakers."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.extend import complete
from analysis.speakers.resolve import resolve_speakers


def _m(text: str, span: str, after: str = "") -> Mention:
    i = text.index(span, text.index(after) if after else 0)
    return Mention(span, i, i + len(span))


@pytest.mark.parametrize("text, span, expected", [
    # a reflexive after a description belongs to it
    ("وتابع المصدر نفسه، إن الطريق مغلق.", "المصدر", "المصدر نفسه"),
    ("وأضافت المصادر ذاتها أن الطريق مغلق.", "المصادر", "المصادر ذاتها"),
    # after a name it only stresses the name
    ("وقال سمير حداد نفسه إن الطريق مغلق.", "سمير حداد", "سمير حداد"),
    # "الفرقة نفسها" is the second noun's, not the mention's
    ("وقال المرصد والفرقة نفسها إن الطريق مغلق.", "المرصد والفرقة", "المرصد والفرقة"),
    # not across a comma, a line end or the end of the text; a tab is a space
    ("وقال المصدر، نفسه إن الطريق مغلق.", "المصدر", "المصدر"),
    ("وقالت صحيفة الصنداي\nتايمز إن", "صحيفة الصنداي", "صحيفة الصنداي"),
    ("وقالت صحيفة الصنداي", "صحيفة الصنداي", "صحيفة الصنداي"),
    ("وقالت صحيفة الصنداي\tتايمز إن", "صحيفة الصنداي", "صحيفة الصنداي\tتايمز"),
    # the rest of a newspaper's name
    ("وننتقل إلى صحيفة الصنداي تايمز التي ترى أن", "صحيفة الصنداي", "صحيفة الصنداي تايمز"),
    ("وتقول الإندبندنت أون صنداي إن الحكومة", "الإندبندنت", "الإندبندنت أون صنداي"),
    ("وتقول الصانداي تليغراف إن الحكومة", "الصانداي", "الصانداي تليغراف"),
    ("وتقول صحيفة وول ستريت جورنال إن", "صحيفة وول", "صحيفة وول ستريت جورنال"),
    # "أون" alone continues nothing; a person's name takes no newspaper word
    ("وتقول الإندبندنت أون الخط إن", "الإندبندنت", "الإندبندنت"),
    ("وقال سمير بوست إن الطريق مغلق.", "سمير", "سمير"),
    # a family name after a one-word name, closed by a comma or a speech verb
    ("وقالت مايو حداد، وهي عضو في اللجنة، إن", "مايو", "مايو حداد"),
    ("أما وديع الراشد فأعرب عن أمله في", "وديع", "وديع الراشد"),
    ("وقال نزار السعدي: «الوضع صعب»", "نزار", "نزار السعدي"),
    # no closing comma or verb; a pronoun or a particle; a family name already
    ("وقالت مايو حداد إن الطريق مغلق.", "مايو", "مايو"),
    ("وقال سمير حديثه، إن", "سمير", "سمير"),
    ("وقال سمير للصحافيين، إن", "سمير", "سمير"),
    ("وقال سمير بأن، الطريق", "سمير", "سمير"),
    ("وقال الخطيب السوري، إن", "الخطيب", "الخطيب"),
    ("وقال شتاينماير مبتسمًا: «نعم»", "شتاينماير", "شتاينماير"),
    # a particle is never the end of a name; "فإن" and "لا" are no particles here
    ("وقال الرئيس عبد ربه سالم إن", "عبد", "عبد ربه"),
    ("وقال أبو مازن إن", "أبو", "أبو مازن"),
    ("وقال فابيوس فإن المحادثات صعبة", "فابيوس فإن", "فابيوس فإن"),
    # the name after a description that ends on a definite word or a title
    ("وحذر مصدر مقرب من رئيس الوزراء كمال ناصر من أن الحكومة", "مصدر مقرب من رئيس الوزراء",
     "مصدر مقرب من رئيس الوزراء كمال ناصر"),
    ("وذكر متحدث باسم بان أن المنظمة الدولية", "متحدث", "متحدث باسم بان"),
    ("وقالت مصادر قريبة من الوزير وليد سالم، إن", "مصادر قريبة من الوزير",
     "مصادر قريبة من الوزير وليد سالم"),
    # a place with a glued preposition, a verb after an indefinite word, no closing word
    ("وقال مصدر في اللجان الشعبية بتعز إن القتال", "مصدر في اللجان الشعبية",
     "مصدر في اللجان الشعبية"),
    ("وقال مصدر طبي طلب كشف هويته إن", "مصدر طبي", "مصدر طبي"),
    ("وحذر مصدر مقرب من رئيس الوزراء كمال ناصر الحكومة", "مصدر مقرب من رئيس الوزراء",
     "مصدر مقرب من رئيس الوزراء"),
])
def test_complete(text, span, expected):
    got = complete(text, _m(text, span))
    assert got.text == expected
    assert text[got.start:got.end] == expected


def test_complete_keeps_none_and_a_mention_off_the_text():
    assert complete("نص", None) is None
    m = Mention("غيره", 0, 4)
    assert complete("وقال المصدر نفسه", m) is m


BACK = ("وقال الناشط سمير حداد إن الاعتقالات مستمرة. وأضاف أن السجون مكتظة. "
        "وتابع المصدر نفسه، إن الحكومة لم ترد. وقال مصدر أمني إن التحقيق جار.")


def test_source_itself_joins_the_latest_named_speaker():
    t = BACK
    # the quote side stopped before "نفسه"
    speakers, keys = resolve_speakers(t, [_m(t, "سمير حداد"), _m(t, "المصدر", "وتابع"),
                                          _m(t, "مصدر أمني")])
    assert keys == [0, 0, 1]
    assert speakers[0].name == "سمير حداد" and "المصدر نفسه" in speakers[0].forms
    assert (speakers[1].name, speakers[1].kind) == ("مصدر أمني", "anonymous")


def test_bare_source_without_reflexive_stays_a_source():
    t = BACK.replace("المصدر نفسه،", "المصدر،")
    speakers, keys = resolve_speakers(t, [_m(t, "سمير حداد"), _m(t, "المصدر", "وتابع")])
    assert keys == [0, 1]
    assert (speakers[1].name, speakers[1].kind) == ("المصدر", "anonymous")


PRESS = ("وننتقل إلى صحيفة الصنداي تايمز التي ترى أن الانتخابات قريبة. وتضيف الصنداي تايمز أن "
         "الأحزاب مستعدة. وتقول الصحيفة إن النتائج غير مؤكدة.")


def test_newspaper_cut_short_joins_its_full_name():
    t = PRESS
    speakers, keys = resolve_speakers(t, [_m(t, "صحيفة الصنداي"), _m(t, "الصنداي تايمز", "وتضيف"),
                                          _m(t, "الصحيفة", "وتقول")])
    assert keys == [0, 0, 0]
    assert (speakers[0].name, speakers[0].kind) == ("صحيفة الصنداي تايمز", "organization")


def test_source_forms_name_without_reflexive():
    t = "وقال مصدر إن الطريق مغلق. وأضافت المصادر نفسها أن الجسر مغلق."
    speakers, keys = resolve_speakers(t, [_m(t, "مصدر"), _m(t, "المصادر", "وأضافت")])
    assert keys == [0, 0]
    assert speakers[0].name == "مصدر"


def test_family_name_after_the_mention_joins_the_full_name():
    t = ("وقالت مايو حداد، وهي عضو في لجنة التحكيم، إن الصورة مؤثرة. وأضافت حداد أن اللجنة "
         "اختارتها بالإجماع.")
    speakers, keys = resolve_speakers(t, [_m(t, "مايو"), _m(t, "حداد", "وأضافت")])
    assert keys == [0, 0]
    assert speakers[0].name == "مايو حداد"
