"""Census 5 round: a title's closing adjective or country is no family name, and a title
with a nationality is not a person of another country. Invented sentences."""

from analysis.speakers.lexicon import nationality
from analysis.speakers.titles import strip_title
from tests.quote_helpers import found


def test_listed_adjective_closing_a_title_is_no_name() -> None:
    for m in ("المتحدث الرئاسي", "المستشار القانوني", "قائد الحرس الجمهوري",
              "الأمين العام لمجلس التعاون الخليجي", "وزير الداخلية الاتحادي"):
        assert strip_title(m) == (m, len(m))
    # a family name after the same titles is still one
    assert strip_title("المستشار الحمداني") == ("المستشار", 9)
    assert strip_title("قائد الحرس الزيدي") == ("قائد الحرس", 11)


def test_feminine_adjective_after_a_plural_or_feminine_noun_is_no_name() -> None:
    for m in ("باحث في شؤون الجماعات المسلحة", "رئيس اللجنة المنظمة"):
        assert strip_title(m) == (m, len(m))
    # a family name in -ة after a plain title stays a name
    assert strip_title("الوزير الطراونة") == ("الوزير", 7)
    # and after a feminine person's title too: no noun for the -ة word to agree with
    assert strip_title("الوزيرة الصرايرة") == ("الوزيرة", 8)
    assert strip_title("السفيرة القطاونة") == ("السفيرة", 8)
    assert strip_title("النائبة الزعابلة") == ("النائبة", 8)


def test_indefinite_head_in_construct_with_a_place_is_no_name() -> None:
    m = "نائب مدير ميناء بيروت"
    assert strip_title(m) == (m, len(m))
    # a two-word name after the head is one
    assert strip_title("نائب المدير سامر حداد") == ("نائب المدير", 12)


def test_definite_nationality_written_with_hamza_alef() -> None:
    # "ألماني" folds to "الماني": its ال is no article
    assert nationality("الألماني") == "ألمانيا"
    assert nationality("ألماني") == "ألمانيا"
    assert nationality("الألمانية") == "ألمانيا"
    assert nationality("البلغاري") == "بلغاريا"
    assert nationality("الأماني") is None
    assert strip_title("وزير الخارجية الألماني") == ("وزير الخارجية الألماني", 22)


def _speaker_of(text: str, words: str) -> str | None:
    qs, sp = found(text)
    q = next(q for q in qs if words in q.text)
    return sp[q.speaker_key].name if q.speaker_key is not None else None


def test_title_of_another_country_is_not_the_minister_named_before() -> None:
    text = ("وقال وزير الخارجية السعودي سامر الحداد إن المحادثات كانت مثمرة جدا. "
            "وقال وزير الخارجية المصري إن الاتفاق سيوقع الشهر المقبل في القاهرة.")
    assert _speaker_of(text, "الاتفاق سيوقع") == "وزير الخارجية المصري"
    # the same country's title is the minister named before
    text2 = ("وقال وزير الخارجية السعودي سامر الحداد إن المحادثات كانت مثمرة جدا. "
             "وقال وزير الخارجية السعودي إن الاتفاق سيوقع الشهر المقبل في القاهرة.")
    assert _speaker_of(text2, "الاتفاق سيوقع") == "سامر الحداد"


def test_country_is_not_its_minister() -> None:
    text = ("وقال الوزير الأرجنتيني سامر حداد إن الجزر ملك لبلاده منذ قرون طويلة. "
            "وتقول الأرجنتين إن بريطانيا احتلت الجزر بالقوة قبل قرنين.")
    assert _speaker_of(text, "بريطانيا احتلت") == "الأرجنتين"
    assert _speaker_of(text, "الجزر ملك") == "سامر حداد"


def test_title_in_marks_vouches_for_the_full_name_before_a_surname() -> None:
    text = ("وقال نائب «محافظ المدينة الحرة» سامر داود لوكالة محلية، إن القصف لم يتوقف. "
            "وأشار داود إلى أن المساعدات لم تصل بعد إلى الأحياء الشرقية.")
    assert _speaker_of(text, "المساعدات لم تصل") == "سامر داود"


def test_outlet_in_marks_vouches_for_nothing() -> None:
    # the word after «الشرق الأوسط» is a verb, not a first name
    text = ("وفي حديث مطول لـ«الشرق الأوسط» يسترجع داود أيام الحصار الطويلة. "
            "وأشار داود إلى أن المساعدات لم تصل بعد إلى الأحياء الشرقية.")
    assert _speaker_of(text, "المساعدات لم تصل") == "داود"


def test_country_of_a_later_description_counts_for_the_minister() -> None:
    text = ("وقال وزير الخارجية سامر الحداد إن المحادثات كانت مثمرة جدا. "
            "ورأى وزير الخارجية السعودي أن الحل السياسي ما زال ممكنا. "
            "وقال وزير الخارجية الألماني إن بلاده ستدعم الاتفاق.")
    assert _speaker_of(text, "الحل السياسي") == "سامر الحداد"
    assert _speaker_of(text, "بلاده ستدعم") == "وزير الخارجية الألماني"


def test_family_name_in_ta_marbuta_after_a_feminine_title_is_the_speaker() -> None:
    text = ("وقالت السفيرة القطاونة إن العلاقات بين البلدين متينة جدا. "
            "وأضافت القطاونة أن الزيارة ستتم قريبا.")
    assert _speaker_of(text, "العلاقات بين") == "القطاونة"
    assert _speaker_of(text, "الزيارة ستتم") == "القطاونة"


def test_family_name_like_a_nationality_gives_no_country() -> None:
    # "المصري" is his family name, not his country: a Jordanian title may still be his
    text = ("وقال وزير الخارجية سامر المصري إن المحادثات كانت مثمرة جدا. "
            "وأكد وزير الخارجية الأردني أن الحل السياسي ما زال ممكنا.")
    assert _speaker_of(text, "الحل السياسي") == "سامر المصري"
    # a country in his title still keeps another country's minister apart
    text2 = ("وقال وزير الخارجية السوري سامر المصري إن المحادثات كانت مثمرة جدا. "
             "وأكد وزير الخارجية الأردني أن الحل السياسي ما زال ممكنا.")
    assert _speaker_of(text2, "الحل السياسي") == "وزير الخارجية الأردني"
