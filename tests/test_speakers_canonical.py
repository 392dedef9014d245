"""Name keys and display names of corpus speakers (analysis.speakers.canonical)."""

from __future__ import annotations

from analysis.speakers import names
from analysis.speakers.canonical import (choose, clean, is_name_unit, person_key, stray_marks,
                                         role_shown, unglued)


def _key(name: str) -> tuple[str, ...]:
    return person_key(names.units(name))


def test_leading_non_name_words_are_dropped():
    assert _key("إقناع سالم") == names.units("سالم")
    assert _key("تصريحات سالم حداد") == names.units("سالم حداد")
    assert _key("سالم حداد") == names.units("سالم حداد")


def test_a_non_name_word_further_on_means_no_name():
    assert _key("نص الرسالة") == ()
    assert _key("حتى الآن") == ()
    assert _key("سالم حسبما") == ()


def test_names_that_fold_like_listed_words_stay_names():
    # "الله" is not ال + "له", "علي" is not "على", "آن" is not "أن"
    for name in ("ذبيح الله صابر", "علي حداد", "آن روبرتس", "متى الخوري"):
        assert _key(name) == names.units(name), name
    assert not is_name_unit(names.fold("الرسالة"))
    assert is_name_unit(names.fold("الخطاب"))


def test_clean_cuts_an_open_bracket_and_drops_a_stray_quote():
    assert clean("سالم حداد (نائب") == "سالم حداد"
    assert clean("وكالة (النجم") == "وكالة النجم"        # the bracket holds the name
    assert clean("صحيفة «الأيام") == "صحيفة الأيام"
    assert clean('مجلة "الفجر') == "مجلة الفجر"
    assert clean("وزارة الدفاع (البنتاغون) الأميركية") == "وزارة الدفاع (البنتاغون) الأميركية"
    assert stray_marks("صحيفة «الأيام»") == 0 and stray_marks("صحيفة «الأيام") == 1


def test_choose_prefers_full_attested_forms():
    k = names.units
    seen = [("a", k("سالم"), "سالم"), ("b", k("سالم"), "سالم"),
            ("a", k("رامي سالم"), "رامي سالم")]
    assert choose("person", seen) == ("رامي سالم", k("رامي سالم"))   # full before surname
    seen = [("a", k("مرصد الجبل"), "مرصد الجبل"), ("b", k("مرصد الجبل"), "مرصد الجبل"),
            ("a", k("مرصد الجبل في"), "مرصد الجبل في")]
    assert choose("organization", seen) == ("مرصد الجبل", k("مرصد الجبل"))
    assert choose("person", [("a", (), "حتى الآن")]) is None


def test_similar_spellings():
    from analysis.speakers.canonical import similar, skeleton
    k = names.units
    assert similar(k("الخارجية الأمريكية"), k("الخارجية الأميركية"))
    assert skeleton(k("الخارجية الأمريكية")) == skeleton(k("الخارجية الأميركية"))
    assert similar(k("الفاينانشال تايمز"), k("الفاينانشيال تايمز"))
    assert not similar(k("الخارجية الأمريكية"), k("الداخلية الأمريكية"))
    assert not similar(k("بنك الدول"), k("بنك الدولي"))        # short words never
    assert not similar(k("الأمريكية"), k("الأمريكية الجديدة"))


def test_a_word_that_folds_like_a_first_name_is_a_name_only_first():
    assert _key("آلان روبير") == names.units("آلان روبير")
    assert _key("حتى الآن") == () and _key("الآن") == ()
    assert _key("كارين ألان") == ()


def test_clean_drops_invisible_controls_and_line_breaks():
    assert clean("\u202cمرصد النجم") == "مرصد النجم"
    assert clean("سالم\u200f حداد\u2069") == "سالم حداد"
    assert clean('مجلة "\nالفجر') == "مجلة الفجر"
    assert clean("مصادر طبية\nفي المدينة") == "مصادر طبية في المدينة"
    assert clean("مصادر طبية.\n\n حصيلة جديدة") == "مصادر طبية"
    assert clean("سالم) حداد") == "سالم حداد"
    assert clean("مجلة «الفجر» الأسبوعية") == "مجلة «الفجر» الأسبوعية"   # balanced: kept


def test_unglued_drops_a_preposition_before_a_listed_office_word():
    assert unglued("لمدير المعهد الوطني") == "مدير المعهد الوطني"
    assert unglued("بالهيئة الوطنية") == "الهيئة الوطنية"
    assert unglued("للمتحدث") == "المتحدث"
    # the word is itself an office or organisation word, or the rest is none
    assert unglued("لجنة الانتخابات") == "لجنة الانتخابات"
    assert unglued("بلدية المدينة") == "بلدية المدينة"
    assert unglued("لبنان") == "لبنان"
    assert unglued("مدير المعهد") == "مدير المعهد"


def test_role_shown_cuts_the_first_name_or_honorific_it_ran_on_into():
    assert role_shown("وزير الخارجية الكندي سالم", "سالم حداد") == "وزير الخارجية الكندي"
    assert role_shown("السفيرة نادية", "نادية سمعان") == "السفيرة"
    assert role_shown("وزير الداخلية الكندي الشيخ", "سالم حداد") == "وزير الداخلية الكندي"
    assert role_shown("المفتي السابق الشيخ", "سالم حداد") == "المفتي السابق"
    # after a title or an organisation word the honorific is a complement
    assert role_shown("مستشار الأمير", "سالم حداد") == "مستشار الأمير"
    assert role_shown("نائب رئيس كتلة حزب الله", "سالم حداد") == "نائب رئيس كتلة حزب الله"
    assert role_shown("وزير الخارجية الكندي", "سالم حداد") == "وزير الخارجية الكندي"
    assert role_shown("سالم", "سالم حداد") == "سالم"
    # after a definite word or a place it is the next title of the name
    assert role_shown("رئيس اللجنة السفير", "سالم حداد") == "رئيس اللجنة"
    assert role_shown("أمير الكويت الشيخ", "سالم حداد") == "أمير الكويت"
    assert role_shown("رئيس كتلة حزب الله", "سالم حداد") == "رئيس كتلة حزب الله"


def test_a_country_after_a_full_name_is_no_unit_of_it():
    # "حث سالم حداد فرنسا على ...": the verb's object ran on after the name
    assert _key("سالم حداد فرنسا") == names.units("سالم حداد")
    assert _key("سالم حداد الأردن") == names.units("سالم حداد")
    # a one-word name keeps it (no full name is left), and a country inside stays
    assert _key("سالم فرنسا") == names.units("سالم فرنسا")
    assert _key("سالم مصر حداد") == names.units("سالم مصر حداد")


def test_clean_drops_a_dash_at_either_end():
    assert clean("الهيئة-") == "الهيئة"
    assert clean("- سالم حداد") == "سالم حداد"
    assert clean("هانز - بيتر") == "هانز - بيتر"      # inside a name it stays
    assert clean("سكان البلدة -أكبر مدن الإقليم-") == "سكان البلدة"
