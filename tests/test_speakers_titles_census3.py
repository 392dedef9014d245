"""Census 3 round: titles whose last words are an organisation, not a name. Invented."""

from analysis.speakers.titles import strip_title


def test_last_word_after_bism_is_the_organisations() -> None:
    m = "المتحدث باسم القصر الأخضر"
    assert strip_title(m) == (m, len(m))
    # a family name after a plain title is still read as one
    assert strip_title("الرئيس الأسد") == ("الرئيس", 7)


def test_word_in_construct_with_an_indefinite_head_is_no_name() -> None:
    m = "وزير شؤون المرأة اليمني"
    assert strip_title(m) == (m, len(m))
    # a compound first name after a head is a name
    assert strip_title("شيخ عبد الرحمن") == ("شيخ", 4)
    assert strip_title("الوزير سامر حداد") == ("الوزير", 7)


def test_feminine_adjective_of_the_titles_noun_is_no_name() -> None:
    # "-ية" after a definite feminine noun agrees with it: the title's adjective
    for m in ("رئيس الرابطة الوطنية", "مديرة الهيئة الدولية", "وزير الإدارة المحلية"):
        assert strip_title(m) == (m, len(m))
    # after a masculine noun a definite last word is still a family name
    assert strip_title("رئيس الوزراء الحمادية") == ("رئيس الوزراء", 13)
    # and a name after a feminine title is one
    assert strip_title("رئيسة الهيئة الدولية سلمى نوري") == ("رئيسة الهيئة الدولية", 21)
