"""Round s10: a verb with no subject of its own ("وأضاف", "وشددت", "وقال") goes on with the
subject of the sentence before, not an older speaker (invented sentences)."""

from __future__ import annotations

from tests.test_quotes_attribution import speakers_of


def test_singular_title_in_yin_is_no_group() -> None:
    # "الأمين العام" ends in ين but is one man: a later "وأضاف" stays with him, not the
    # one man quoted before him (taken for "the latest one person" after a group)
    text = ("وقال الوزير كريم داود إن «الخطة جاهزة». "
            "وردا على خطاب الوزير، قال الأمين العام للاتحاد: «نحن نؤيد الخطة». "
            "وأضاف أن «التنفيذ يحتاج وقتا».")
    assert speakers_of(text)[-1] == ("التنفيذ يحتاج", "الأمين العام للاتحاد")


def test_plural_in_yin_still_a_group() -> None:
    # the negative: "المحتجين" is a group, so a bare "وقال" after them goes to one man
    text = ("وقال الوزير كريم داود إن «الخطة جاهزة». "
            "وقال المحتجون إن «الخطة فاشلة». "
            "وقال «سنمضي في التنفيذ».")
    assert speakers_of(text)[-1] == ("سنمضي في", "كريم داود")


def test_besides_opener_then_country_speaks_on() -> None:
    # "إلى ذلك، أدانت الكويت الهجوم ... . وشددت على أن": the country, not the body before
    text = ("وقالت الحكومة الفرنسية إن «الهجوم مدان». "
            "إلى ذلك، أدانت الكويت الهجوم الإرهابي الذي وقع أمس. "
            "وشددت على أن الجريمة لا دين لها، وأنها تخالف كل القيم.")
    assert speakers_of(text)[-2:] == [("الجريمة لا", "الكويت"), ("تخالف كل", "الكويت")]


def test_besides_opener_without_comma_is_not_skipped() -> None:
    # "إلى الوزارة ..." is no "إلى ذلك،": the sentence has no verb-first subject to take
    text = ("وقالت الحكومة الفرنسية إن «الهجوم مدان». "
            "إلى الوزارة وصلت رسائل كثيرة أمس. "
            "وشددت على أن الجريمة لا دين لها.")
    assert speakers_of(text)[-1] == ("الجريمة لا", "الحكومة الفرنسية")


def test_contrast_subject_with_appositive_speaks_next() -> None:
    # "لكن الناطق باسم ...، فلان الفلاني، حمّل ... . وقال إن": the man after لكن
    text = ("وقال رئيس الحكومة سامي داود إن «العملية إرهابية». "
            "لكن الناطق باسم الرئاسة، نادر حمدان، حمل الحكومة المسؤولية الكاملة. "
            "وقال إن الجريمة ما كانت لتحدث لولا الإهمال.")
    assert speakers_of(text)[-1] == ("الجريمة ما", "نادر حمدان")


def test_contrast_opening_a_thing_sets_no_speaker() -> None:
    # "لكن الأسعار المرتفعة زادت ...": no speaker after لكن, the one before speaks on
    text = ("وقال رئيس الحكومة سامي داود إن «العملية إرهابية». "
            "لكن الأسعار المرتفعة زادت الأزمة تعقيدا. "
            "وقال إن الحكومة ستتدخل قريبا.")
    assert speakers_of(text)[-1] == ("الحكومة ستتدخل", "سامي داود")


def test_pluperfect_subject_speaks_in_joined_clause() -> None:
    # "وكان الخطيب اشترط ...، وأبدى استعداده للحوار مع «...»": the surname after كان
    # (the article names him "نزار الخطيب"), not the reporter quoted before
    text = ("ويقول المراسل سامي داود إن «الوزير لم يرد على دعوة رئيس الائتلاف نزار الخطيب». "
            "وكان الخطيب اشترط للحوار إطلاق سراح السجناء، وأبدى استعداده للحوار مع أشخاص "
            "«لم يشاركوا في العنف».")
    assert speakers_of(text)[-1] == ("لم يشاركوا", "الخطيب")


def test_kana_with_a_thing_is_no_subject() -> None:
    # "وكان الطقس باردا ...، وأبدى": a thing after كان names no speaker; the one before goes on
    text = ("ويقول المراسل سامي داود إن «الوزير لم يرد على الدعوة». "
            "وكان الطقس تحسن كثيرا أمس، وأبدى استعداده للسفر مع أشخاص «لم يشاركوا في العنف».")
    assert speakers_of(text)[-1] == ("لم يشاركوا", "سامي داود")


def test_preposition_abr_opens_no_stance() -> None:
    # "عبر" opening a sentence is "across/via" here, not the verb "expressed": the country
    # after it does not take the next bare verb (عبرت, the feminine verb, still does)
    text = ("وقالت الحكومة الفرنسية إن الهجوم مدان. عبر الكويت مر الوفد أمس. "
            "وشددت على أن الجريمة لا دين لها.")
    assert speakers_of(text)[-1][1] == "الحكومة الفرنسية"
    text = ("وقالت الحكومة الفرنسية إن الهجوم مدان. إلى ذلك، عبرت الكويت عن إدانتها للهجوم. "
            "وشددت على أن الجريمة لا دين لها.")
    assert speakers_of(text)[-1][1] == "الكويت"
