"""Number normalisation: every number form, and the numbers that are not statistics."""

from __future__ import annotations

from decimal import Decimal

import pytest

from analysis.numbers import find_numbers, parse_digits


def values(text: str) -> list[float]:
    return [m.value for m in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    # digits: Western, Arabic-Indic, Persian
    ("قتل 13 شخصا في الهجوم", [13]),
    ("قتل ١٣ شخصا في الهجوم", [13]),
    ("قتل ۱۳ شخصا في الهجوم", [13]),
    # separators
    ("ينتشر 12.500 جندي أجنبي", [12500]),
    ("ينتشر 12,500 جندي أجنبي", [12500]),
    ("ينتشر ١٢٬٥٠٠ جندي أجنبي", [12500]),
    ("بلغ الطول 1.7 متر", [1.7]),
    ("نزح ٣٫٥ مليون شخص", [3500000]),
    ("و1,5 مليون مهجر", [1500000]),
    ("بلغت 2.142 مليار دولار", [2142000000]),
    ("مقارنة بـ608.5 مليون دولار", [608500000]),
    # scale words after digits
    ("بتدريب ١٢٠ ألفًا من القوات", [120000]),
    ("تحرير ٨ مليون شخصًا", [8000000]),
    ("نحو 3.5 مليون لاجئ", [3500000]),
    ("نحو 3 آلاف لاجئ يوميا", [3000]),
    ("قد يصل إلى 4 ملايين", [4000000]),
    ("عائدات قدرت بـ150 مليار دولار", [150000000000]),
    ("منها 99 مليارًا من النفط", [99000000000]),
    ("15 الف قتيل", [15000]),
    ("دراسة فحصت 44 ألفا و500 حالة", [44500]),
    # number words
    ("قتل ثلاثة عسكريين", [3]),
    ("أصيب أربعة بجروح", [4]),
    ("استهدفت المدينة بثمانية براميل", [8]),
    ("عشرين مليون شخص", [20000000]),
    ("اختلس ثلاثة مليارات دولار", [3000000000]),
    ("مئة وعشرون ألفا من المقاتلين", [120000]),
    ("خمسة وعشرون جنديا", [25]),
    ("ثلاثة عشر قتيلا", [13]),
    ("مئتان وخمسون أسرة", [250]),
    ("ألفان من العناصر", [2000]),
    ("سقط مليون انسان", [1000000]),
    ("حكم على المتهمين الأربعة", [4]),
    ("اثنان منهم", [2]),
    ("مصاب بعشر اصابات", [10]),
    ("انتخب ست مرات", [6]),
    # percentages
    ("بنسبة 17 في المائة", [17]),
    ("بنسبة 10 في المئة", [10]),
    ("بنسبة 32 بالمئة", [32]),
    ("ارتفعت 40% عن العام الماضي", [40]),
    ("ارتفعت ٤٠٪ عن العام الماضي", [40]),
    # ranges take the second number's scale and unit
    ("ما بين 5 و12 مليون عامل", [5000000, 12000000]),
    ("تتراوح من 5 الى 10 في المئة", [5, 10]),
    # a bare number after a quantity cue
    ("يرتفع الى 600 عدد القتلى", [600]),
    # a four-digit count with its noun is not a year
    ("خضع 1066 شخصا للعلاج", [1066]),
])
def test_statistics(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "منذ عام 2012 والأزمة مستمرة",            # year
    "في 2011 قالت الحكومة",                  # year without عام
    "بتاريخ 30 يونيو (حزيران) الماضي",        # date
    "يومي 26 و27 من الشهر الجاري",            # dates
    "في الفترة من 9 إلى 29 سبتمبر",           # date range
    "قرابة الساعة 7:15 صباحا",                # time
    "في الساعة السادسة (1.30 توقيت غرينتش)",   # time
    "استمرت المحادثات 3 أيام",                # duration
    "انطلقت قبل 6 أشهر",                      # duration
    "حكم عليه بالسجن ثلاث سنوات",              # prison term
    "وقال صابر (50 عاما) إن الشرطة",           # age
    "توفي في الثانية والثلاثين من العمر",      # age, ordinal words
    "دورتها الـ23 في إسطنبول",                # ordinal
    "بنديكت السادس عشر",                      # ordinal
    "قرار مجلس الأمن 2170",                   # resolution number
    "المرسوم التشريعي رقم 32",                 # decree number
    "في إطار جنيف 3 المقبل",                   # a name
    "صواريخ سام-2 المضادة",                   # a model
    "خسر امام هامبورغ 1-4",                    # a score
    "قتل عشرات الأشخاص",                       # vague
    "نزح مئات الآلاف",                         # vague
    "ملايين السوريين في الخارج",               # vague
    "رواتب الرئاسات الثلاث",                   # a name with a number word
    "وأثنى البيان على الحكومة",               # أثنى is not اثنا
    "ولست أعارض ذلك",                          # لست is not ست
    "وقال أحد السكان",                         # أحد is not a statistic
    "اتصل على 0501234567 للاستفسار",           # phone number
    "خلال الشهور الستة القادمة",               # duration with a number word
])
def test_not_statistics(text):
    assert values(text) == []


@pytest.mark.parametrize("text, unit", [
    ("قتل 13 شخصا", "people killed"),
    ("سقوط 13 قتيلا", "killed"),
    ("بتدريب ١٢٠ ألفًا من القوات العراقية", "troops trained"),
    ("بلغت 827 مليون دولار", "dollars"),
    ("بنسبة 17 في المائة", "percent"),
    ("أقام فلسطينيون 24 خيمة", "خيمة"),       # unknown nouns: the surface word
])
def test_units(text, unit):
    assert [m.unit for m in find_numbers(text)] == [unit]


def test_span_is_the_number_phrase():
    text = "وقال إن 15 من الكفار قتلوا"
    [m] = find_numbers(text)
    assert text[m.start:m.end] == "15 من الكفار"


@pytest.mark.parametrize("raw, scaled, value", [
    ("12.500", False, Decimal("12500")),
    ("12.500", True, Decimal("12.5")),
    ("1,5", False, Decimal("1.5")),
    ("1.250.000", False, Decimal("1250000")),
    ("3\u066b5", False, Decimal("3.5")),
    ("12\u066c500", False, Decimal("12500")),
])
def test_parse_digits(raw, scaled, value):
    assert parse_digits(raw, scaled) == value
