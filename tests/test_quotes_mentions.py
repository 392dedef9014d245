"""Speaker mentions on invented sentences: newspaper names, titles before a name, subjects
before the verb (no corpus text)."""

from __future__ import annotations

import pytest

from analysis import segment
from analysis.quotes import find_quotes
from analysis.quotes.lexicon import lexicon
from analysis.quotes.names import find_mention, is_head, tokens


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    """(first two words of each quote, its speaker mention)."""
    paras = segment.paragraphs("t", text)
    quotes, _ = find_quotes(text, paras, segment.sentences(text, paras))
    out = []
    for q in quotes:
        if q.mention is not None:
            assert text[q.mention.start:q.mention.end] == q.mention.text
        out.append((" ".join(q.text.split()[:2]), q.mention.text if q.mention else None))
    return out


@pytest.mark.parametrize("phrase, mention", [
    # a transliterated newspaper name goes on after its definite word ...
    ("صحيفة الصنداي تايمز", "صحيفة الصنداي تايمز"),
    ("الديلي تلغراف", "الديلي تلغراف"),
    ("صحيفة الإندبندنت أون صنداي", "صحيفة الإندبندنت أون صنداي"),
    # ... and ends before a preposition or an object
    ("صحيفة الديلي تلغراف في مقالة افتتاحية", "صحيفة الديلي تلغراف"),
    ("صحيفة الغارديان مقالا", "صحيفة الغارديان"),
    ("الحكومة البريطانية تقريرا", "الحكومة البريطانية"),
    # an envoy's "إلى <place>" is part of the title; elsewhere "إلى" ends the subject
    ("موفد بي بي سي إلى القاهرة سامي داود", "سامي داود"),
    ("مبعوث الأمم المتحدة إلى اليمن جون سميث", "جون سميث"),
    ("المبعوث الأممي إلى اليمن", "المبعوث الأممي إلى اليمن"),
    ("الوزير الفرنسي إلى القاهرة سامي داود", "الوزير الفرنسي"),
    # "السير" is a title
    ("السير جون سميث مدير التطوير", "جون سميث"),
    # a foreign name ending in ا is no participle; "مخاطبا", "مقالا", "مكتوبا" stay out
    ("المبعوث جون ميستورا", "جون ميستورا"),
    ("سارة موهانا", "سارة موهانا"),
    ("سامي داود مخاطبا الحضور", "سامي داود"),
    ("سامي داود مقالا", "سامي داود"),
    ("سامي داود مكتوبا", "سامي داود"),
    # a definite title after a name starts an apposition ("المشرف العام", "الملحق")
    ("منصور داود المشرف العام على المركز", "منصور داود"),
    ("منصور داود الملحق الإعلامي", "منصور داود"),
    ("السيناتور جون سميث", "جون سميث"),
    ("ضابط بارز في الجيش، رفض الإفصاح عن اسمه", "ضابط بارز في الجيش"),
    # "كان" starts the predicate; "نفس الضابط" refers back with "الضابط"
    ("ضابط سابق كان يعمل في المخابرات", "ضابط سابق"),
    ("نفس الضابط", "الضابط"),
    # "ومضى يقول": an auxiliary verb, no subject
    ("ومضى", None),
    # a direction adjective ends a country's name; an abstract noun is the object
    ("كوريا الشمالية", "كوريا الشمالية"),
    # a name after a title inside a source's description is that title's, not the speaker's
    ("مصدر مقرب من رئيس الحكومة سامي داود", "مصدر مقرب من رئيس الحكومة سامي داود"),
    ("مسؤول في مكتب رئيس الوزراء سامي داود", "مسؤول في مكتب رئيس الوزراء سامي داود"),
    ("الناشط الإعلامي سامي داود", "سامي داود"),
    # "لفريق 14 آذار": a bloc named by a date inside the title; "التابع لـ..." goes on
    ("منسق الأمانة العامة لفريق 14 آذار سامي داود على صفحته", "سامي داود"),
    ("خطيب مسجد المدينة التابع للتيار الوطني", "خطيب مسجد المدينة التابع للتيار الوطني"),
    ("خطيب مسجد المدينة للتيار الوطني", "خطيب مسجد المدينة"),
    # "في ولاية بورنو": a place head and its name inside the title phrase
    ("مفوض الشرطة في ولاية بورنو سامي داود", "سامي داود"),
    ("قائد الشرطة في مدينة حلب", "قائد الشرطة في مدينة حلب"),
    ("سامي داود الاشتراكية", "سامي داود"),
    # "أول من أمس" is a time after the subject, not part of it
    ("الوزير سامي داود أول من أمس", "سامي داود"),
    ("أول رئيس للحكومة", "أول"),
    # a definite family name before an apposition title; a definite first name before a name
    ("الحمدان المشرف العام على المركز", "الحمدان"),
    ("المهدي سلام", "المهدي سلام"),
    # "لحركة حماس": ل + an organisation head and its name, inside the title phrase
    ("المتحدث الرسمي لحركة حماس سامي داود", "سامي داود"),
    ("المتحدث الرسمي لحركة حماس", "المتحدث الرسمي"),
    # whom it was said to, before the subject: "قال لـ«الشرق الأوسط» مصدر"
    ("لـ«الشرق الأوسط» مصدر أمني", "مصدر أمني"),
    ("لوكالة الأنباء الألمانية مصدر أمني", "مصدر أمني"),
    ("لـ«الشرق الأوسط» أحد منظميها سامي داود", "سامي داود"),
    ("لوكالة فرانس برس", None),
    ("لـ«الشرق الأوسط» وصول القضية", None),
    # "تسمى الدكتورة فلانة", "يدعى فلان": the name given; not a marked name or a thing
    ("أكاديمية تدرس في إحدى الكليات تسمى الدكتورة هالة سامي قولها", "هالة سامي"),
    ("شاب يدعى سامي داود", "سامي داود"),
    ("الحركة التي تسمى «الأمل الجديد»", "الحركة"),
    ("مسؤول طلب عدم ذكر اسمه", "مسؤول"),
])
def test_mention_spans(phrase, mention):
    found = find_mention(phrase, 0, len(phrase), lexicon())
    assert (found.text if found else None) == mention


@pytest.mark.parametrize("text, expected", [
    # "وتقول الصحيفة": the newspaper named before, with the whole of its name
    ("نشرت صحيفة الإندبندنت أون صنداي تقريرا عن الحرب. وتقول الصحيفة إن الحرب ستطول.",
     [("الحرب ستطول", "الإندبندنت أون صنداي")]),
    ("وننتقل إلى صحيفة الصنداي تايمز التي ترى أن الحكومة ستسقط.",
     [("الحكومة ستسقط", "صحيفة الصنداي تايمز")]),
    ("ونشرت صحيفة الأيام تقريرا. وتقول الصحيفة إن الحرب ستطول.",
     [("الحرب ستطول", "صحيفة الأيام")]),
    # a title before the verb bounds the name: its definite family name stays
    ("أما رئيس اللجنة الوطنية سامي الخازن فأكد أن الوضع هادئ.",
     [("الوضع هادئ", "سامي الخازن")]),
    # "ما أعلنه فلان عن أن": the subject of the verb whose object is ما
    ("وبدا لافتا ما أعلنه سامي داود أمس في حديث إلى الوكالة عن أن «الحكومة باقية في مكانها».",
     [("الحكومة باقية", "سامي داود")]),
    ("ولفت ما أعلنه وزير العمل سامي داود عن أن «الحكومة باقية في مكانها».",
     [("الحكومة باقية", "سامي داود")]),
    ("وقال سامي داود إن الاتفاق جيد. ولفت ما جرى أمس إلى أن «الحكومة باقية في مكانها».",
     [("الاتفاق جيد", "سامي داود"), ("الحكومة باقية", "سامي داود")]),
    # a subject after "فإن"; after "عنه" / "فيه" when a subject follows them
    ("ورغم تعثر الحل، فإن مصادر في التيار أكدت لـ«الشرق الأوسط» أنهم يدعمون الحوار.",
     [("يدعمون الحوار", "مصادر في التيار")]),
    ("وفي الوقت الذي قال فيه الوزير سامي داود إن الحكومة ستلتزم، رفض آخرون ذلك.",
     [("الحكومة ستلتزم،", "سامي داود")]),
    ("وكان كارلسون وزيرا. ويقول عنه كارلسون \"إنه رجل عظيم ولا يتراجع أبدا\".",
     [("إنه رجل", "كارلسون")]),
    ("وقال سامي داود إن الاتفاق جيد. وقال عنه إنه \"رجل عظيم ولا يتراجع أبدا\".",
     [("الاتفاق جيد", "سامي داود"), ("رجل عظيم", "سامي داود")]),
    # "بالقول": the subject of its clause's verb; after a participle, the speaker before
    ("وردّ الوزير سامي داود على الانتقادات بالقول إن الحكومة باقية.",
     [("الحكومة باقية", "سامي داود")]),
    ("وفيما اكتفى وزير العمل سامي داود بعد اللقاء بالقول: «إنه وقت للصمود وليس للانسحاب».",
     [("إنه وقت", "سامي داود")]),
    ("وقال سامي داود إن الاتفاق جيد، مكتفيا بالقول: «لن نتراجع عن هذا الاتفاق أبدا».",
     [("الاتفاق جيد", "سامي داود"), ("لن نتراجع", "سامي داود")]),
    # "في وقت قال فيه فلان": a time clause; "بيانا دعا فيه الحكومة": the issuer, not the object
    ("وفي وقت أكد فيه الوزير سامي داود أن الحكومة باقية، رفض آخرون ذلك.",
     [("الحكومة باقية،", "سامي داود")]),
    ("وأصدرت الهيئة العليا بيانا دعت فيه الحكومة إلى أن تستقيل فورا.",
     [("تستقيل فورا", "الهيئة العليا")]),
    # "ومضى يقول": the speaker before; "وقالت الصحيفة": the newspaper named before in full
    ("وقال سامي داود إن الاتفاق جيد. ومضى يقول إن الحكومة ستلتزم به.",
     [("الاتفاق جيد", "سامي داود"), ("الحكومة ستلتزم", "سامي داود")]),
    ("ونشرت صحيفة نيويورك تايمز تقريرا عن الحرب. وقالت الصحيفة إن الحرب ستطول.",
     [("الحرب ستطول", "نيويورك تايمز")]),
    # a definite plural group before "الذين"; "أحد" goes with it
    ("ورحب الوزير بالقرار، ما أغضب المحافظين في الحزب الذين قالوا إن القرار خاطئ.",
     [("القرار خاطئ", "المحافظين في الحزب")]),
    ("وتعليقا على سؤال أحد الحاضرين الذي قال إن القرار خاطئ، رد الوزير.",
     [("القرار خاطئ", "أحد الحاضرين")]),
    # "إبان" (during) is no speech verb; "أبان" is
    ("وقال مسؤول كبير في البيت الأبيض إبان فترة الحرب إن القرار كان خطأ.",
     [("القرار كان", "مسؤول كبير في البيت الأبيض")]),
    ("وأبان الوزير سامي داود أن القرار كان خطأ.", [("القرار كان", "سامي داود")]),
])
def test_attribution(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("sentence, speaker", [
    # "التأكيد" after جدد is the verb's object: the name stops before it
    ("وجدد وزير الخارجية سامي الحداد التأكيد على أن المحادثات ستستمر.", "سامي الحداد"),
    ("وجدد الحداد التأكيد على أن المحادثات ستستمر.", "الحداد"),
    # without it the name runs to the complementizer as before
    ("وجدد وزير الخارجية سامي الحداد على أن المحادثات ستستمر.", "سامي الحداد"),
])
def test_a_verbal_noun_object_ends_the_name(sentence, speaker):
    text = "عنوان\n\n" + sentence
    paras = segment.paragraphs("t", text)
    quotes, speakers = find_quotes(text, paras, segment.sentences(text, paras))
    assert [speakers[q.speaker_key].name for q in quotes] == [speaker]


@pytest.mark.parametrize("word, heads", [
    ("الوزير", True), ("مديرة", True),            # titles, masculine and feminine
    ("وزارة", True), ("مصدر", True),              # an organisation head, an unnamed source
    ("سامر", False), ("على", False), ("الاتفاق", False),
])
def test_is_head(word, heads):
    [tok] = tokens(word, 0, len(word))
    assert is_head(tok, lexicon()) is heads
