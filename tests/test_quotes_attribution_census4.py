"""Census 4 attribution classes: continuations and back-references (invented sentences)."""

from __future__ import annotations

from tests.test_quotes_attribution import speakers_of


def test_nationality_keeps_its_own_ministry():
    # "الخارجية المصرية" is not the "وزارة الخارجية الأردنية" quoted before
    text = ("وقالت وزارة الخارجية الأردنية إن الحدود آمنة. "
            "واعتبرت الخارجية المصرية أن «الحوار هو الحل الوحيد».")
    assert speakers_of(text)[-1] == ("الحوار هو", "الخارجية المصرية")


def test_same_nationality_still_refers_back():
    text = ("وقالت وزارة الخارجية الأردنية إن الحدود آمنة. "
            "وأضافت الخارجية الأردنية أن «الحوار هو الحل الوحيد».")
    assert speakers_of(text)[-1][1] == "وزارة الخارجية الأردنية"


def test_place_without_comma_then_non_speech_verb():
    # "وفي عمان وجه فلان ... وقال": the place is skipped, the subject of وجه speaks
    text = ("وفي عمان وجه الوزير الأردني سامر خليل رسالة إلى نظيره وقال إن التعاون مستمر.")
    assert speakers_of(text)[-1] == ("التعاون مستمر", "سامر خليل")


def test_place_with_comma_is_skipped_as_before():
    text = "وفي عمان، قال الوزير الأردني سامر خليل إن التعاون مستمر."
    assert speakers_of(text)[-1] == ("التعاون مستمر", "سامر خليل")


def test_family_name_after_quote_less_verb_speaks_next():
    # "دعا الخزرجي إلى ..." names no quote, but the next "وقال" is his
    text = ("وقالت هيئة الموانئ في بيان إن العمل مستمر. "
            "ويرأس الاجتماع الوزير ماجد الخزرجي منذ أسبوع. "
            "ودعا الخزرجي إلى أهمية تسريع العمل في الميناء. وقال خلال لقائه المحافظ إن «الموانئ أولوية».")
    assert speakers_of(text)[-1] == ("«الموانئ أولوية»", "الخزرجي")


def test_definite_word_in_ya_without_a_first_name_is_no_family_name():
    # "حذر النبي": a word in ي the article never gives after a first name
    text = ("وقال المفتي ماجد الخزرجي إن الصدق واجب. "
            "وهو ما حذر النبي منه في الحديث. وتابع: «الكذب يهدم المجتمع». "
            "وحذر النبي من الكذب.")
    assert speakers_of(text)[1] == ("الكذب يهدم", "ماجد الخزرجي")


def test_name_with_age_in_brackets_speaks_next():
    # "يعيش فلان (30 عاما) ... . وقال إنه": the man with an age continues
    text = ("وقالت منظمة الهجرة إن الأعداد ترتفع. "
            "يعيش كريم داود (30 عاما)، وهو سوداني، في المخيم منذ شهر. وقال إنه يريد العودة إلى بلاده.")
    assert speakers_of(text)[-1] == ("يريد العودة", "كريم داود")


def test_name_without_age_does_not_continue():
    text = ("وقالت منظمة الهجرة إن الأعداد ترتفع. "
            "يعيش كريم داود في المخيم منذ شهر. وقالت إنها تريد المزيد من الدعم.")
    assert speakers_of(text)[-1][1] == "منظمة الهجرة"


def test_bare_back_reference_keeps_the_body_it_refers_to():
    # "وقالت الصحيفة" stands for the newspaper named before; "الصحيفة البريطانية" goes
    # back to that newspaper through it (it names no other country)
    text = ("نشرت صحيفة ذا ستار تقريرا عن الانتخابات. وقالت الصحيفة إن الإقبال كان ضعيفا. "
            "وأفادت الصحيفة البريطانية بأن النتائج ستعلن غدا.")
    assert speakers_of(text)[-1] == ("النتائج ستعلن", "صحيفة ذا ستار")


def test_bare_back_reference_to_another_country_is_skipped():
    text = ("وقالت وزارة الخارجية الأردنية إن الحدود آمنة. وأوضحت الخارجية أن الحوار مستمر. "
            "وأضافت الخارجية المصرية أن الاجتماع سيعقد غدا.")
    assert speakers_of(text)[-1] == ("الاجتماع سيعقد", "الخارجية المصرية")
