"""Junk speaker mentions: an adverbial, an accusative or an earlier quote's words are no
speaker; the quote goes to the named subject or the previous speaker (invented text)."""

from __future__ import annotations

from tests.test_quotes_attribution import speakers_of


def test_manner_adverbial_ends_the_subject():
    out = speakers_of("وقال مسؤول كبير في وزارة المالية دون الخوض في التفاصيل إن الميزانية ستعلن قريبا.")
    assert out == [("الميزانية ستعلن", "مسؤول كبير في وزارة المالية")]


def test_subject_without_adverbial_unchanged():
    out = speakers_of("وقال مسؤول كبير في وزارة المالية إن الميزانية ستعلن قريبا.")
    assert out == [("الميزانية ستعلن", "مسؤول كبير في وزارة المالية")]


def test_adverbial_after_the_verb_is_no_speaker():
    # "قال لي تحت المطر": the previous speaker goes on, not "تحت المطر"
    out = speakers_of("وقال سامر النجار إن المدينة هادئة. وقال لي تحت المطر إن الحصار سينتهي قريبا.")
    assert out[0][1] == "سامر النجار"
    assert out[1][1] != "تحت المطر"


def test_accusative_adverb_is_no_speaker():
    # "ورأت خصوصًا أن": the tanween word is an adverb, not the subject
    out = speakers_of("وانتقدت الصحيفة الاتفاق الجديد بشدة، ورأت خصوصًا أن المفاوضين قدموا تنازلات كبيرة.")
    assert out == [("المفاوضين قدموا", None)]


def test_earlier_quote_words_are_no_speaker():
    out = speakers_of("وقال التاجر سليم إن السوق هادئ. ويوضح مبتسما: «ركبنا قطار الثورة مبكرا»، "
                      "لكنه يضيف أنه بعد الحرب لم تهدأ الأمور.")
    assert out == [("السوق هادئ", "التاجر سليم"), ("ركبنا قطار", "التاجر سليم"),
                   ("بعد الحرب", "التاجر سليم")]


def test_short_name_in_marks_kept():
    out = speakers_of("وأعلنت «الكتيبة الثالثة» أن مقاتليها سيطروا على التلة.")
    assert out == [("مقاتليها سيطروا", "الكتيبة الثالثة")]


def test_mention_ends_before_qad_and_its_verb():
    # "وكان أحد هؤلاء قد انتقد": قد + verb is the predicate, not part of the speaker
    out = speakers_of("وكان أحد هؤلاء قد انتقد صباح الأحد خطة الري قائلا إن المشروع مكلف ويرهق المزارعين.")
    assert out == [("المشروع مكلف", "أحد هؤلاء")]
    out = speakers_of("وكانت وسائل إعلام محلية قد تناقلت الأسبوع الماضي تقارير تقول إن الوزير استقال.")
    assert out == [("الوزير استقال", "وسائل إعلام محلية")]


def test_titled_speaker_before_qad_unchanged():
    out = speakers_of("وكان وزير الزراعة قد انتقد صباح الأحد خطة الري قائلا إن المشروع مكلف ويرهق المزارعين.")
    assert out == [("المشروع مكلف", "وزير الزراعة")]


def test_described_object_with_pronoun_preposition_is_no_speaker():
    # "وصف القضية المرفوعة ضده بأنها": the thing described, the subject stands before the verb
    out = speakers_of("وقال النائب فهد العلي إن المحكمة ظالمة.\n"
                      "غير ان العلي وصف القضية المرفوعة ضده بانها سياسية بالكامل.")
    assert out == [("المحكمة ظالمة", "فهد العلي"), ("سياسية بالكامل", "العلي")]


def test_described_construct_noun_is_no_speaker():
    # "ووصف قرار رحيله بأنه": a common noun owned by the next word's pronoun
    out = speakers_of("وقال الدبلوماسي سامر حداد إنه غادر البلاد مضطرا بعد القرار الأخير.\n"
                      "ووصف قرار رحيله عن البلاد بأنه رسالة إلى العالم كله.")
    assert out == [("غادر البلاد", "سامر حداد"), ("رسالة إلى", "سامر حداد")]


def test_name_before_its_own_object_still_speaks():
    out = speakers_of("وزار المغني جاستن نوفل لندن.\nووصف نوفل زيارته إلى لندن بأنها ممتعة للغاية.")
    assert out == [("ممتعة للغاية", "نوفل")]


def test_first_name_that_is_also_an_adjective_still_speaks():
    # "سعيد" / "اليوم السعيد": a first name that the article also writes as a definite
    # adjective is no common noun owned by the next word's pronoun
    out = speakers_of("ووصف سعيد زيارته بأنها ناجحة. وكان اليوم السعيد قد بدأ.")
    assert out == [("ناجحة", "سعيد")]


def test_described_object_with_ladayhi_is_no_speaker():
    # "لديه" (لدى + pronoun) after the object, like "ضده": the subject stands before the verb
    out = speakers_of("وقال النائب فهد العلي إن الوثائق صحيحة.\n"
                      "غير ان العلي وصف الملفات الموجودة لديه بانها سليمة تماما.")
    assert out == [("الوثائق صحيحة", "فهد العلي"), ("سليمة تماما", "العلي")]


def test_described_object_with_second_person_pronoun_is_no_speaker():
    # "عليكم": a preposition with "كم" (you), not only with a third-person pronoun
    out = speakers_of("وقال النائب فهد العلي إن المحكمة ظالمة.\n"
                      "غير ان العلي وصف الحملة المرفوعة عليكم بانها سياسية بالكامل.")
    assert out == [("المحكمة ظالمة", "فهد العلي"), ("سياسية بالكامل", "العلي")]


def test_laallahu_is_no_preposition_with_pronoun():
    # "لعله" (perhaps he) is no "على" + pronoun: the listed stems, whole
    from analysis.quotes.attribution import _prep_pronoun
    from analysis.quotes.lexicon import fold
    from analysis.quotes.names import Tok
    def tok(w: str) -> Tok:
        return Tok(w, 0, len(w), fold(w), fold(w))
    assert [_prep_pronoun(tok(w)) for w in ("عليه", "لديه", "له", "إليكم", "علها", "لعله", "بيته")] \
        == [True, True, True, True, False, False, False]
