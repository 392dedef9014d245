"""Within-article speaker resolution (analysis.speakers.resolve)."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.resolve import resolve_speakers
from tests.conftest import SEED


def _m(text: str, span: str, after: str = "") -> Mention:
    i = text.index(span, text.index(after) if after else 0)
    return Mention(span, i, i + len(span))


@pytest.fixture(scope="module")
def seed_text() -> str:
    import analysis

    return analysis.load(SEED).articles.iloc[0].text


def test_seed_three_speakers(seed_text):
    t = seed_text
    mentions = [_m(t, "كيفين كوبسي", "أشاد"), _m(t, "كيفين كوبسي", "أشاد"), _m(t, "كوبسي", "ونوه"),
                _m(t, "كوبسي", "وتعليقاً"), _m(t, "واين ماروتو", "الناطق باسم قوات التحالف"),
                _m(t, "كينو كبرييل"), _m(t, "كوبسي", "وفيما يخص"), None]
    speakers, keys = resolve_speakers(t, mentions)
    assert keys == [0, 0, 0, 0, 1, 2, 0, None]
    assert [(s.name, s.kind) for s in speakers] == [
        ("كيفين كوبسي", "person"), ("واين ماروتو", "person"), ("كينو كبرئيل", "person")]
    kevin, wayne, kino = speakers
    assert kevin.forms == ["كيفين كوبسي", "كوبسي"]
    assert kevin.role == "نائب القائد العام؛ نائب قائد العمليات الخاصة"
    assert kevin.organization == "التحالف الدولي"
    assert "المتحدث الرسمي" in wayne.role and wayne.organization == "التحالف الدولي"
    assert kino.forms == ["كينو كبرئيل", "كينو كبرييل"]
    assert kino.role == "الناطق الرسمي" and kino.organization == "قوات سوريا الديمقراطية"


def test_seed_surname_only_finds_full_name_in_text(seed_text):
    """Only "كوبسي" and "كبرييل" are quote mentions: full names come from the text."""
    t = seed_text
    speakers, keys = resolve_speakers(t, [_m(t, "كوبسي", "ونوه"), _m(t, "كبرييل", "ومن جانبه")])
    assert keys == [0, 1]
    assert [s.name for s in speakers] == ["كيفين كوبسي", "كينو كبرئيل"]
    assert "كبرييل" in speakers[1].forms


TWO_MARIS = ("قال وزير الداخلية سمير مرعي إن الحدود مغلقة. وقال النائب خالد مرعي إن القرار خاطئ. "
             "وأضاف مرعي أن الحكومة أخطأت.")


def test_shared_surname_stays_apart_and_ambiguous_surname_is_not_merged():
    t = TWO_MARIS
    speakers, keys = resolve_speakers(t, [_m(t, "سمير مرعي"), _m(t, "خالد مرعي"),
                                          _m(t, "مرعي", "وأضاف")])
    assert [s.name for s in speakers] == ["سمير مرعي", "خالد مرعي", "مرعي"]
    assert keys == [0, 1, 2]
    assert speakers[0].role == "وزير الداخلية"


DESCRIPTIONS = ("قال المتحدث باسم الجيش العقيد رامي حداد إن الهجوم فشل. وأضاف المتحدث نفسه أن "
                "القوات تقدمت. ونقلت صحيفة الغارديان عن مصدر عسكري أن الخسائر كبيرة. وقالت "
                "الصحيفة إن الوضع خطير. وأكد المصدر أن التعزيزات وصلت. وقال بيان لوزارة الدفاع "
                "إن العملية انتهت. وقال مصدر عسكري آخر إن المعارك مستمرة.")


def test_descriptions_refer_back():
    t = DESCRIPTIONS
    mentions = [_m(t, "رامي حداد"), _m(t, "المتحدث نفسه"), _m(t, "صحيفة الغارديان"),
                _m(t, "مصدر عسكري"), _m(t, "الصحيفة", "وقالت"), _m(t, "المصدر", "وأكد"),
                _m(t, "وزارة الدفاع"), _m(t, "مصدر عسكري آخر")]
    speakers, keys = resolve_speakers(t, mentions)
    assert keys == [0, 0, 1, 2, 1, 2, 3, 4]
    assert [(s.name, s.kind) for s in speakers] == [
        ("رامي حداد", "person"), ("صحيفة الغارديان", "organization"),
        ("مصدر عسكري", "anonymous"), ("وزارة الدفاع", "organization"),
        ("مصدر عسكري آخر", "anonymous")]
    assert speakers[0].forms == ["رامي حداد", "المتحدث نفسه"]
    assert speakers[0].role == "المتحدث" and speakers[0].organization == "الجيش"


def test_description_without_antecedent_is_its_own_speaker():
    t = "وقال المتحدث نفسه إن الوضع هادئ. وقال الوزير إن الحكومة مستمرة."
    speakers, keys = resolve_speakers(t, [_m(t, "المتحدث نفسه"), _m(t, "الوزير")])
    assert keys == [0, 1]
    assert [s.kind for s in speakers] == ["anonymous", "anonymous"]


def test_title_description_joins_the_titled_person():
    t = ("وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مفيدة. ثم قال الرئيس الأميركي "
         "باراك أوباما إن الاتفاق قريب. وأضاف الوزير الروسي أن موسكو مستعدة.")
    speakers, keys = resolve_speakers(t, [_m(t, "سيرغي لافروف"), _m(t, "باراك أوباما"),
                                          _m(t, "الوزير الروسي")])
    assert keys == [0, 1, 0]
    assert (speakers[0].role, speakers[0].organization) == ("وزير الخارجية", "روسيا")
    assert (speakers[1].role, speakers[1].organization) == ("الرئيس", "الولايات المتحدة")


def test_glued_conjunction_is_not_part_of_the_name():
    t = "قال رامي حداد إن الهجوم فشل. ثم تحدث حداد ووليد سالم. وقال وحداد إن القوات تقدمت."
    speakers, keys = resolve_speakers(t, [_m(t, "رامي حداد"), _m(t, "وحداد"), _m(t, "وليد سالم")])
    assert keys == [0, 0, 1]
    assert speakers[0].forms == ["رامي حداد", "حداد"]
    assert speakers[1].name == "وليد سالم"


def test_organisations_merge_on_name_and_prefix():
    t = ("وقال المرصد السوري لحقوق الإنسان إن القصف مستمر. وأضاف المرصد السوري أن الضحايا كثر. "
         "وقالت وزارة الخارجية الأمريكية إن الوضع مقلق. وقالت الخارجية الأمريكية إنها تتابع.")
    speakers, keys = resolve_speakers(t, [_m(t, "المرصد السوري لحقوق الإنسان"),
                                          _m(t, "المرصد السوري", "وأضاف"),
                                          _m(t, "وزارة الخارجية الأمريكية"),
                                          _m(t, "الخارجية الأمريكية", "وقالت الخارجية")])
    assert keys == [0, 0, 1, 1]
    assert [s.name for s in speakers] == ["المرصد السوري لحقوق الإنسان", "وزارة الخارجية الأمريكية"]


def test_no_mentions():
    assert resolve_speakers("نص قصير.", [None, None]) == ([], [None, None])


@pytest.mark.parametrize("mention", ["لكنه", "إلى", "على"])
def test_function_words_are_no_speaker(mention):
    t = f"وقال رامي حداد إن الاتفاق جيد. {mention} قال إن الطريق طويل."
    i = t.rindex(mention)
    assert resolve_speakers(t, [Mention(mention, i, i + len(mention))]) == ([], [None])


def _occurrences_by_scan(text: str, surface: str) -> list[tuple[int, int]]:
    """The spans a plain regex scan of the normalised text gives (the definition)."""
    import re

    from analysis.normalize import normalize, normalize_with_map
    from analysis.speakers.lexicon import WORD

    norm, index = normalize_with_map(text)
    pat = re.compile(r"(?<!\w)[وفب]?(" + r"\s+".join(re.escape(normalize(w)) for w in
                                                     WORD.findall(surface)) + r")(?!\w)")
    return [(index[m.start(1)], index[m.end(1) - 1] + 1) for m in pat.finditer(norm)]


@pytest.mark.parametrize("text, surface, expected", [
    ("قال كوبسي ثم أضاف كوبسي.", "كوبسي", ["كوبسي", "كوبسي"]),
    ("وقال وكوبسي وبكوبسي", "كوبسي", ["كوبسي"]),              # one glued letter only
    ("زار وليد ثم ووليد", "وليد", ["وليد", "وليد"]),            # a name that starts with و
    ("الكوبسي كوبسيات كوبسي", "كوبسي", ["كوبسي"]),               # whole words only
    ("علي علي علي", "علي علي", ["علي علي"]),
    ("xعلي علي علي", "علي علي", ["علي علي"]),                    # after a rejected start
    ("قال كيفين  كوبسي", "كيفين كوبسي", ["كيفين  كوبسي"]),
    ("قال كُوبسي", "كوبسي", ["كُوبسي"]),                        # diacritics in the text
    ("فففف ففف", "ففف", ["ففف", "ففف"]),                     # ف + ففف, then ففف
])
def test_occurrences(text, surface, expected):
    from analysis.speakers.resolve import _Text

    got = _Text(text).occurrences(surface)
    assert [text[s:e] for s, e in got] == expected
    assert got == _occurrences_by_scan(text, surface)


@pytest.mark.parametrize("text, spans, names", [
    # a two-letter name is a name, alone and inside a full name
    ("وقال الفنان آي سونغ إن المعرض افتتح. وقال آي إنه سعيد.", ["آي سونغ", "آي"],
     ["آي سونغ", "آي سونغ"]),
    ("وقال آي إنه سعيد.", ["آي"], ["آي"]),
    # one letter is not
    ("وقال ن إنه سعيد.", ["ن"], [None]),
])
def test_short_names(text, spans, names):
    mentions, at = [], 0
    for s in spans:
        i = text.index(s, at)
        mentions.append(Mention(s, i, i + len(s)))
        at = i + len(s)
    speakers, keys = resolve_speakers(text, mentions)
    assert [speakers[k].name if k is not None else None for k in keys] == names


@pytest.mark.parametrize("text, span, name", [
    # a family name that is also a weekday without ال stays in the name
    ("وقالت الناشطة سلمى جمعة إن الوضع صعب.", "سلمى جمعة", "سلمى جمعة"),
    ("وقال المحامي سامي خميس إن الوضع صعب.", "سامي خميس", "سامي خميس"),
])
def test_weekday_family_names(text, span, name):
    assert _speaker_name(text, span, text.index(span)) == name


def _speaker_name(text: str, span: str, i: int) -> str:
    """The speaker name resolved for one mention ``span`` at ``i``."""
    speakers, keys = resolve_speakers(text, [Mention(span, i, i + len(span))])
    return speakers[keys[0]].name


@pytest.mark.parametrize("text, span, name", [
    # a first name with a hamza on its alef is no definite word: the full name is found
    ("وأشارت وزيرة الشؤون الاجتماعية أليس حداد إلى أن الوضع صعب.", "حداد", "أليس حداد"),
    ("وقال رئيس الوزراء اليوناني ألكسيس تسيبراس إن الاتفاق قريب.", "تسيبراس", "ألكسيس تسيبراس"),
    # a preposition with a pronoun is no first name ("إليه" is no "أليس")
    ("وهو ما أشار إليه كمال مرة عضو القيادة. واعتبر مرة أن الوضع صعب.", "مرة", "كمال مرة"),
])
def test_first_name_with_hamza_alef(text, span, name):
    assert _speaker_name(text, span, text.rindex(span)) == name


@pytest.mark.parametrize("span, name", [
    # a describing adjective after the name is left out of the speaker's name
    ("المجلس الوطني الليبي المعارض", "المجلس الوطني الليبي"),
    ("حزب النهضة الوطنية الحاكم", "حزب النهضة الوطنية"),
    # "المعارضة" as the noun after an indefinite word or a preposition names the opposition
    ("ائتلاف المعارضة", "ائتلاف المعارضة"),
    ("قيادة عسكرية للمعارضة", "قيادة عسكرية للمعارضة"),
    ("هيئة قريبة من المعارضة", "هيئة قريبة من المعارضة"),
])
def test_organisation_name_without_describing_adjective(span, name):
    text = f"وقال {span} إن المفاوضات متوقفة."
    i = text.index(span)
    speakers, keys = resolve_speakers(text, [Mention(span, i, i + len(span))])
    assert speakers[keys[0]].kind == "organization"
    assert speakers[keys[0]].name == name
    assert speakers[keys[0]].forms == [span]


STATEMENT = ("وأصدر المجلس الوطني بيانا قال فيه إن الحوار ضروري. ودعا البيان إلى وقف القتال مع "
             "تنظيم داعش في الشمال. وأكد البيان أن الهدنة ممكنة.")


def test_statement_refers_to_the_organisation_that_spoke_not_the_one_it_named():
    t = STATEMENT
    speakers, keys = resolve_speakers(t, [_m(t, "المجلس الوطني"), _m(t, "البيان", "وأكد")])
    assert keys == [0, 0]
    assert speakers[0].name == "المجلس الوطني"


def test_statement_before_its_organisation_speaks_takes_the_latest_named_one():
    t = ("وقصفت قوات التحالف مواقع في الشمال. وقال البيان إن الغارات نجحت. وقالت قوات "
         "التحالف إن العمليات مستمرة.")
    speakers, keys = resolve_speakers(t, [_m(t, "البيان"), _m(t, "قوات التحالف", "وقالت")])
    assert keys == [0, 0]
    assert speakers[0].name == "قوات التحالف"


CORRESPONDENT = ("ويرى مراسل بي بي سي في تونس سامي داود أن الشوارع هادئة. وأضاف مراسلنا أن "
                 "المحلات فتحت. وقال المتحدث باسم الشرطة إن الوضع مستقر.")


def test_our_correspondent_joins_the_correspondent_named_before():
    t = CORRESPONDENT
    speakers, keys = resolve_speakers(t, [_m(t, "مراسل بي بي سي في تونس سامي داود"),
                                          _m(t, "مراسلنا"),
                                          _m(t, "المتحدث باسم الشرطة")])
    assert keys == [0, 0, 1]
    assert speakers[0].name == "سامي داود"
    assert "مراسلنا" in speakers[0].forms


def test_our_correspondent_alone_is_an_unnamed_source():
    t = "وقال مراسلنا إن الشوارع هادئة."
    speakers, keys = resolve_speakers(t, [_m(t, "مراسلنا")])
    assert (speakers[0].name, speakers[0].kind) == ("مراسلنا", "anonymous")


def test_no_first_name_from_an_organisation_written_in_words():
    t = "وقال محرر بي بي سي نيك روبنسون إن الانتخابات قريبة. وأضاف روبنسون أن النتيجة غامضة."
    speakers, keys = resolve_speakers(t, [_m(t, "روبنسون", "وأضاف")])
    assert speakers[0].name == "نيك روبنسون"


def test_time_words_are_no_speaker():
    t = "وقال الأسبوع الماضي إن الوضع صعب."
    i = t.index("الأسبوع الماضي")
    assert resolve_speakers(t, [Mention("الأسبوع الماضي", i, i + 14)]) == ([], [None])


def test_rank_with_first_keeps_the_full_name():
    t = "وقال وزير الدفاع، الفريق أول عبد الكريم سالم، إن الجيش جاهز. وأضاف سالم أن الحدود آمنة."
    speakers, keys = resolve_speakers(t, [_m(t, "سالم", "وأضاف")])
    assert speakers[keys[0]].name == "عبد الكريم سالم"


def test_words_run_on_after_a_surname_are_not_the_name():
    t = ("وقال كيري إن المحادثات جيدة. وأضاف كيري أن الطريق طويل. وجدد كيري التأكيد على أن "
         "البلدين شريكان.")
    speakers, keys = resolve_speakers(t, [_m(t, "كيري"), _m(t, "كيري", "وأضاف"),
                                          _m(t, "كيري التأكيد")])
    assert keys == [0, 0, 0]
    assert speakers[0].name == "كيري"


def test_full_name_introduced_first_is_the_name():
    t = "وقال الأمين العام بان كي مون إن الوضع خطير. وأضاف بان أن المساعدات وصلت."
    speakers, keys = resolve_speakers(t, [_m(t, "بان كي مون"), _m(t, "بان", "وأضاف")])
    assert keys == [0, 0]
    assert speakers[0].name == "بان كي مون"


@pytest.mark.parametrize("span, name", [
    ("لمكتب رئيس الوزراء", "مكتب رئيس الوزراء"),
    ("للجيش الوطني", "الجيش الوطني"),
    ("بالائتلاف الوطني", "الائتلاف الوطني"),
    ("بيان الرئاسة", "بيان الرئاسة"),         # "بيان" is no ب + "يان"
    ("لجنة التحقيق", "لجنة التحقيق"),         # nor "لجنة" ل + "جنة"
])
def test_glued_preposition_is_not_part_of_an_organisation_name(span, name):
    text = f"وجاء في بيان تابع {span} إن القرار نهائي."
    i = text.index(span)
    speakers, keys = resolve_speakers(text, [Mention(span, i, i + len(span))])
    assert speakers[keys[0]].name == name


def test_the_news_is_not_the_news_agency():
    t = "وقالت وكالة الأنباء الرسمية إن الهدوء عاد. وتفيد الأنباء بأن القوات وصلت."
    speakers, keys = resolve_speakers(t, [_m(t, "وكالة الأنباء الرسمية"), _m(t, "الأنباء", "وتفيد")])
    assert keys == [0, 1]
    assert (speakers[1].name, speakers[1].kind) == ("الأنباء", "anonymous")


def test_a_statement_joins_an_organisation_named_before_it_quoted():
    # the army is quoted after the statement, but its name stood before it: its
    # occurrences in the text anchor it too
    t = ("نشر الجيش اللبناني قوات في المدينة. وقال البيان إن الوضع هادئ. وقال الجيش اللبناني "
         "إن القوات باقية.")
    speakers, keys = resolve_speakers(t, [_m(t, "البيان"), _m(t, "الجيش اللبناني", "وقال")])
    assert keys == [0, 0]
    assert [(s.name, s.kind) for s in speakers] == [("الجيش اللبناني", "organization")]
    # no earlier occurrence of the name: the statement stands alone
    t2 = "نشرت قوات في المدينة. وقال البيان إن الوضع هادئ. وقال الجيش اللبناني إن القوات باقية."
    _, keys2 = resolve_speakers(t2, [_m(t2, "البيان"), _m(t2, "الجيش اللبناني")])
    assert keys2 == [0, 1]


@pytest.mark.parametrize("surface, kind, expected", [
    ("والجيش الإسرائيلي", "organization", "الجيش الإسرائيلي"),   # a glued و
    ("وزارة الدفاع", "organization", "وزارة الدفاع"),              # و is the word's own
    ("للجيش", "organization", "الجيش"),                            # a glued ل
    ("لمكتب الرئيس", "organization", "مكتب الرئيس"),
    ("ليبيا", "organization", "ليبيا"),                            # not a glued ل
])
def test_group_name_drops_a_glued_conjunction_or_preposition(surface, kind, expected):
    from analysis.speakers.resolve import _group_name
    assert _group_name(surface, kind) == expected


def test_a_statement_in_construct_is_its_author_s():
    # "بيان المكتب": the office named before speaks
    t = ("أعلن مكتب رئيس الوزراء أن الزيارة تأجلت. وقال بيان المكتب إن الموعد الجديد "
         "سيعلن لاحقا.")
    speakers, keys = resolve_speakers(t, [_m(t, "مكتب رئيس الوزراء"), _m(t, "بيان المكتب")])
    assert keys == [0, 0] and speakers[0].name == "مكتب رئيس الوزراء"
    # a body that points back to no one keeps its document as written
    t2 = "وقال بيان المكتب الأخير إن الموعد الجديد سيعلن لاحقا."
    speakers, keys = resolve_speakers(t2, [_m(t2, "بيان المكتب الأخير")])
    assert [(s.name, s.kind) for s in speakers] == [("بيان المكتب", "organization")]
    # a body that names itself stands alone
    t3 = "وقال بيان البنتاغون إن الموعد الجديد سيعلن لاحقا."
    speakers, keys = resolve_speakers(t3, [_m(t3, "بيان البنتاغون")])
    assert [(s.name, s.kind) for s in speakers] == [("البنتاغون", "organization")]
