"""Speaker names cut short or run on (round s10b): a verb glued before the name with و,
invented sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import mention, quotes


@pytest.mark.parametrize("phrase, expected", [
    # و + a verb that opens the sentence: the name is the words after it
    ("وشكك معهد بحثي بارز", "معهد بحثي بارز"),
    ("وتعمل هالة", "هالة"),
    ("ويتفق المخرج سامي فرحات", "المخرج سامي فرحات"),
    ("ويعد منير سالم", "منير سالم"),
    ("ويزيد سمير", "سمير"),
    # ... the verb alone names nobody
    ("وبعدما", None),
    ("ولذا", None),
    # read only with و and only first: a name, a noun inside a name, a verbal noun
    ("يزيد سمير", "يزيد سمير"),
    ("ويدين", "ويدين"),
    ("لجنة عرض الأفلام", "لجنة عرض الأفلام"),
    ("وليد فرحات", "وليد فرحات"),
])
def test_wa_verb_before_the_name(phrase, expected):
    assert mention(phrase) == expected


def test_wa_verb_sentence_with_participle():
    text = "وشكك مركز بحثي بارز، أمس، في رواية الحكومة، قائلا إن الطريق لم يكن مغلقا."
    assert quotes(text) == [("indirect", "الطريق لم يكن مغلقا", "مركز بحثي بارز")]


def speakers(text: str) -> list[str]:
    return [name for _, _, name in quotes(text)]


@pytest.mark.parametrize("text, expected", [
    # "ولي" is a title with its complement, not و + the stopword "لي"
    ("وقال ولي العهد السعودي إن بلاده ستدعم الحوار.", ["ولي العهد السعودي"]),
    ("وقال ولي عهد دبي إن بلاده ستدعم الحوار.", ["ولي عهد دبي"]),
    # a title before the name still leaves the name
    ("وقال ولي العهد الأمير سامر إن بلاده ستدعم الحوار.", ["سامر"]),
])
def test_wali_title_kept(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a second, indefinite title after "title + one complement": the first is the description
    ("ولي عهد دبي نائب رئيس المجلس الأعلى", "ولي عهد دبي"),
    ("مدير عام الشركة نائب رئيس البرلمان", "مدير عام الشركة"),
    # a name after the title's complement stays the speaker
    ("وزير خارجية إيران سامر حداد", "سامر حداد"),
    ("ولي العهد الأمير سامر بن فهد", "سامر بن فهد"),
])
def test_title_complement_before_second_title(phrase, expected):
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a long name is capped by units: "بن"/"عبد"/"آل" and the word after count as one
    ("الأمير فهد بن سامر بن عبد العزيز", "فهد بن سامر بن عبد العزيز"),
    ("الشيخ سامر بن عبد الله آل حداد", "سامر بن عبد الله آل حداد"),
    # a title word after "آل" is the family name
    ("الشيخ فهد بن سامر آل الشيخ، مفتي المنطقة،", "فهد بن سامر آل الشيخ"),
    # six plain words: still five
    ("سامر حداد فهد علي حسن كريم", "سامر حداد فهد علي حسن"),
    # a title after a full name still starts an apposition
    ("فهد سامر الشيخ المتحدث باسم الحزب", "فهد سامر الشيخ"),
])
def test_long_names_whole(phrase, expected):
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # و + a verb after the name ends it
    ("بيان صادر عن الهيئة ونشر", "بيان صادر عن الهيئة"),
    ("سامر حداد ويعمل", "سامر حداد"),
    # a coordinated name or noun stays
    ("سامر ووعد", "سامر ووعد"),
    ("وعد الخطيب", "وعد الخطيب"),
])
def test_wa_verb_after_the_name(phrase, expected):
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # the occasion after "في" is no part of the speaker
    ("وزير خارجية البلاد في المقابلة", "وزير خارجية البلاد"),
    ("المتحدث باسم الرئاسة في البيان", "المتحدث باسم الرئاسة"),
    ("مصدر في الوزارة", "مصدر في الوزارة"),
])
def test_occasion_after_fi(phrase, expected):
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a document and ل glued to a title: the titled person after the ل
    ("تصريحات لوزير الزراعة المصري سامر حداد", "سامر حداد"),
    ("تصريحات لوزير الزراعة المصري", "وزير الزراعة المصري"),
    # not ل glued to a name
    ("تصريحات لسامر حداد", "تصريحات لسامر حداد"),
])
def test_document_of_titled_person(phrase, expected):
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # after a verb of name_wa_verbs.txt the name may follow its title
    ("وطمأن وزير البيئة سامر حداد بعد انتهاء الجلسة", "سامر حداد"),
    # not past a comma
    ("وطمأن وزير البيئة، سامر حداد", None),
])
def test_wa_verb_then_title(phrase, expected):
    assert mention(phrase) == expected
