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
