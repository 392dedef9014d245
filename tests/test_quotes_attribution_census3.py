"""Census 3 attribution classes (invented sentences)."""

from __future__ import annotations

from tests.test_quotes_attribution import speakers_of

_MAN = "وأنكر الوزير كريم فتوحي أي تهمة أمام المحكمة. "


def test_suffixed_lawyer_speaks_not_his_client():
    # "وقال محاميه": his lawyer, not the minister named before
    text = _MAN + "وقال محاميه إن موكله سيستأنف الحكم."
    assert speakers_of(text)[-1] == ("موكله سيستأنف", "محاميه")


def test_suffixed_mother_with_a_feminine_verb():
    text = _MAN + "وقالت والدتها لصحيفة محلية: \"كل ما نريده هو الحقيقة\"."
    assert speakers_of(text)[-1] == ("كل ما", "والدتها")


def test_suffixed_relative_then_his_name():
    # a name right after the relative (past "السابق" or a comma) is his
    text = _MAN + "وقال محاميه السابق سليم داود للإذاعة إن موكله بريء."
    assert speakers_of(text)[-1] == ("موكله بريء", "سليم داود")
    text = _MAN + "ويقول والده، نبيل فتوحي، إن ابنه بريء."
    assert speakers_of(text)[-1] == ("ابنه بريء", "نبيل فتوحي")


def test_relative_title_without_suffix_is_not_taken_as_suffixed():
    # "والدة" (ة, no pronoun) before a name: not "والد" + "ه"
    text = _MAN + "وقالت والدة سليم داود إن ابنها بريء."
    assert speakers_of(text)[-1][1] != "سليم داود"


def test_other_suffixed_noun_is_no_speaker():
    # "وقال بيانه": no relative, the rule does not apply
    text = _MAN + "وأضاف في بيانه إن الحكم ظالم."
    assert speakers_of(text)[-1][1] != "بيانه"


def test_object_of_a_verb_after_a_relative_is_no_speaker():
    # "الذي يتابع التطورات في ...، إن": the correspondent speaks, not "التطورات"
    text = ("وقال الوزير سامر الخطيب إن الطرق مغلقة. ويقول كريم فتوحي، مراسل الإذاعة الذي "
            "يتابع التطورات في المدينة من العاصمة، إن عدد الهجمات انخفض.")
    assert speakers_of(text)[-1] == ("عدد الهجمات", "كريم فتوحي")


def test_subject_after_a_relative_before_its_complement_still_speaks():
    # "التي تشير الإحصاءات إلى أن": the statistics are the source
    text = ("زرعت البلدية أشجار الزيتون في الحديقة الشرقية، والتي تشير الإحصاءات إلى أن "
            "مساحتها تتجاوز ثلاثين دونما.")
    assert speakers_of(text)[-1] == ("مساحتها تتجاوز", "الإحصاءات")


def test_people_after_a_relative_still_speak():
    # "التي توقع الكثيرون من أنها": the many expected it
    text = "وتأجلت الجولة التي توقع الكثيرون من أنها ستحسم اللقب بسبب المطر."
    assert speakers_of(text)[-1][1] == "الكثيرون"


def test_reported_clause_verb_object_is_no_speaker():
    # "وأن الحكومة تعتبر الحركة ...، لكنه قال": "الحركة" is the object of a reported verb;
    # "لكنه" is the minister who reports it
    text = ("وأوضح الوزير نبيل عواد أن وزارته حريصة على تطوير الموانئ، وأن الحكومة تعتبر "
            "النقابة الطرف المسؤول عن إضراب العمال، لكنه قال إنه \"لا مجال لتأجيل الإصلاح\"، "
            "مشددا أنه \"سنواصل الحوار\".")
    assert [s for _, s in speakers_of(text)] == ["نبيل عواد"] * 3


def test_reported_clause_verb_with_its_quote_goes_to_the_reporter():
    # "وأضاف أن الاتحاد يدعو الحكومة إلى «...»": the one who reports, not the object
    text = ("وقالت الوزيرة سلمى داود إن الوضع صعب. وأضافت أن الاتحاد يدعو الحكومة إلى "
            "\"إعادة حقوق الزيارة فورا\".")
    assert speakers_of(text)[-1] == ("إعادة حقوق", "سلمى داود")


def test_subject_first_verb_outside_a_complement_keeps_its_rule():
    # "والحكومة تعتبر": no أن before the subject: the reported-clause rule does not apply
    text = "قال الوزير سامر الخطيب إن الطرق مغلقة. وتعتبر الحكومة أن الوضع خطير."
    assert speakers_of(text)[-1] == ("الوضع خطير", "الحكومة")


def test_the_sources_are_the_ones_just_named_outside_a_speech_verb():
    # "وصفته مصادر رسمية يونانية بأنه": named by no speech verb, but nearer than the first
    text = ("وقالت مصادر محلية إن الهجوم وقع ليلا. وجرى لقاء وصفته مصادر رسمية يونانية بأنه "
            "«مثمر» بين الوزيرين. وقالت المصادر إن الاتفاق كان كاملا.")
    assert speakers_of(text)[-1] == ("الاتفاق كان", "مصادر رسمية يونانية")


def test_sources_inside_a_report_are_not_the_antecedent():
    # "إن العشرات من مصادر ..." is what was said, not who speaks next
    text = ("وقالت مصادر محلية إن العشرات من مصادر الدخل توقفت في المدينة. "
            "وأضافت المصادر إن الوضع صعب.")
    assert speakers_of(text)[-1] == ("الوضع صعب", "مصادر محلية")


def test_is_considered_predicate_is_no_speaker():
    # "أن افتتاح ... يعتبر خطوة مهمة ...، مجددا تأكيده": the envoy who reports it speaks
    text = ("وأكد المبعوث فادي منصور أن افتتاح المعبر الذي تم الأسبوع الماضي، يعتبر خطوة مهمة "
            "نحو التهدئة، مجددا تأكيده على أن لجنة المراقبين تتابع التنفيذ.")
    assert speakers_of(text)[-1] == ("لجنة المراقبين", "فادي منصور")


def test_considers_with_a_name_and_complement_keeps_its_subject():
    # "وتعتبر نادين أن": a person who considers, not "is considered"
    text = "وقال الوزير سامر الخطيب إن الطرق مغلقة. وتعتبر نادين أن المشكلة في الإدارة."
    assert speakers_of(text)[-1] == ("المشكلة في", "نادين")


_WRITER = "وقالت الكاتبة سلمى نوري: «الرواية جديدة». "


def test_verb_after_comma_and_auxiliary_shares_the_sentence_subject():
    # "، وكان يقول": like "، وقال", the subject of the sentence's first verb
    text = _WRITER + "ومال الممثل كريم فتوحي إلى الكوميديا، وكان يقول لأصدقائه: «الضحك أصعب من البكاء»."
    assert speakers_of(text)[-1] == ("الضحك أصعب", "كريم فتوحي")
    text = _WRITER + "وعرف الممثل كريم فتوحي بحبه للمسرح، وكان يقول لأصدقائه: «الضحك أصعب من البكاء»."
    assert speakers_of(text)[-1] == ("الضحك أصعب", "كريم فتوحي")


def test_verb_after_comma_and_auxiliary_takes_no_thing_as_speaker():
    # "وتراجعت الأسعار، وكان يقول": a thing cannot say it
    text = _WRITER + "وتراجعت الأسعار في السوق، وكان يقول لأصدقائه: «الضحك أصعب من البكاء»."
    assert speakers_of(text)[-1][1] != "الأسعار"
