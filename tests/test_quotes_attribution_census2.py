"""Continuations given to the wrong earlier speaker (census 2; invented sentences)."""

from __future__ import annotations

from tests.test_quotes_attribution import speakers_of

_MAN = "وقال الوزير كريم فتوحي إن الطرق مغلقة. "


def test_feminine_verb_continues_a_woman_named_by_a_feminine_verb():
    # "نيرمين شاكر" ends in no ة, but "وقالت" showed she is a woman: "وأضافت" is hers,
    # not the project's of the sentence between
    text = (_MAN + "وقالت نيرمين شاكر إن الخدمة ناجحة. ويعتبر مشروع النور الأول من نوعه. "
            "وأضافت \"هناك طلب كبير على خدماتنا\".")
    assert speakers_of(text)[-1] == ("هناك طلب", "نيرمين شاكر")


def test_feminine_verb_after_a_man_only_still_has_no_woman():
    # no woman was named by a feminine verb: nothing new to choose
    text = _MAN + "ويعتبر مشروع النور الأول من نوعه. وأضافت \"هناك طلب كبير على خدماتنا\"."
    assert speakers_of(text)[-1][1] != "نيرمين شاكر"
    assert speakers_of(text)[-1][0] == "هناك طلب"


def test_title_phrase_with_a_place_then_the_name():
    # "زعيم الحركة الحاكمة في البلاد فلان": the place belongs to the title, the name
    # after it is the subject of "ودان", which "، وقال" shares
    text = (_MAN + "ودان زعيم حركة الأمل الحاكمة في البلاد عادل النجار عملية التفجير، "
            "وقال إن المهاجمين يريدون إشعال الفتنة.")
    assert speakers_of(text)[-1] == ("المهاجمين يريدون", "عادل النجار")


def test_title_phrase_with_a_pronoun_after_fi_is_no_name():
    # "في كلمته": a prepositional phrase of the verb, not a place of the title
    text = (_MAN + "ودان رئيس الحزب في كلمته الهجوم، وقال إن المهاجمين يريدون إشعال الفتنة.")
    assert speakers_of(text)[-1][1] != "الهجوم"


def test_opening_adverbial_phrase_before_the_first_verb():
    # "وقبل ذلك، عبر الوزير ... وذكر": the adverbial phrase is skipped, the minister speaks
    text = ("وصرح المتحدث باسم الوزارة سامر الخطيب في بيان بأن «الحكومة لن تقبل بالنتائج». "
            "وقبل ذلك، عبر وزير الخارجية السويدي يوهان كارلسون عن «أسفه» لتنظيم التصويت "
            "وذكر بأن بلاده ستراجع تعاونها مع الحكومة.")
    assert speakers_of(text)[-1] == ("بلاده ستراجع", "يوهان كارلسون")


def test_qabla_an_is_no_adverbial_phrase():
    # "قبل أن" with no comma opens no phrase to skip: the sentence keeps its speaker
    text = ("قال الوزير سامر الخطيب إن الحكومة لن تقبل بالنتائج. "
            "قبل أن يغادر القاعة قال إن بلاده ستراجع تعاونها.")
    assert speakers_of(text)[-1] == ("بلاده ستراجع", "سامر الخطيب")


def test_ma_adverbial_before_the_verb_whose_subject_lakinnahu_takes():
    # "ومع تراجع ذلك القلق، غادر الرئيس ... ولكنه أقر": the subject of "غادر"
    text = ("ويقول المستشار حسن بدير إن الزيارة مهمة. ومع تراجع ذلك القلق، غادر الرئيس "
            "سليم حداد إلى العاصمة، ولكنه أقر بأن الرحلة لن تكون سهلة.")
    assert speakers_of(text)[-1] == ("الرحلة لن", "سليم حداد")


def test_ma_anna_is_a_clause_of_its_own():
    text = ("قال الوزير سامر الخطيب إن الحكومة لن تقبل بالنتائج. "
            "ومع أن البلد كبير، ولكنه أقر بأن الرحلة لن تكون سهلة.")
    assert speakers_of(text)[-1][1] != "البلد كبير"


def test_object_after_a_subject_first_verb_is_no_speaker():
    # "فالعادة تؤكد رابطة قديمة": "العادة" is the subject, "رابطة قديمة" the object;
    # the bare "ويضيف" stays with the man quoted before
    text = ("غير أن الراهب سمير داود يؤكد أن الناس يسيئون فهم العادة، فالعادة تؤكد رابطة "
            "قديمة بين الجيران. ويضيف: \"الأمر لا يتعلق بالمال\".")
    assert speakers_of(text)[-1] == ("الأمر لا", "الراهب سمير داود")


def test_subject_after_a_relative_still_speaks():
    text = ("قال الوزير سامر الخطيب إن الطرق مغلقة. وهي الخطة التي أعلنت الحكومة عنها أمس. "
            "وأضافت \"سنفتح الطرق قريبا\".")
    assert speakers_of(text)[-1] == ("سنفتح الطرق", "الحكومة")


def test_title_phrase_with_a_two_word_place_and_the_name_between_commas():
    text = ("وقالت منظمة العفو الدولية إن \"السجناء حكم عليهم بأحكام قاسية\". ونددت مديرة "
            "منظمة العفو الدولية في الشرق الأوسط، سلمى الراشد، بالحكم، وقالت إن السلطات "
            "لا تسمح بأي نقد.")
    assert speakers_of(text)[-1] == ("السلطات لا", "سلمى الراشد")



def test_participle_skips_a_verb_inside_the_report_before_it():
    # "قال السفير إن مواقع أوردت تقارير تفيد بأن ...، مضيفا أن": the ambassador adds,
    # not the reports he spoke of
    text = ("وقال السفير علي الصادق إن مواقع إخبارية أوردت تقارير تفيد بأن البلد نصح مواطنيه "
            "بعدم السفر، مضيفا أن العلاقات بين البلدين متميزة.")
    assert speakers_of(text)[-1] == ("العلاقات بين", "علي الصادق")


def test_participle_after_a_plain_report_keeps_its_speaker():
    text = "وقالت تقارير صحافية إن البلد نصح مواطنيه بعدم السفر، مضيفة أن الوضع خطر."
    assert speakers_of(text)[-1] == ("الوضع خطر", "تقارير صحافية")
