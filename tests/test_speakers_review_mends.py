"""Review mends of the speaker side: titles with portfolios, trailing honorifics,
bracketed asides after a name, offsets in resolve/issuer, the country after a shown name."""

from __future__ import annotations

import pytest

from analysis.speakers.titles import split


@pytest.mark.parametrize("phrase, role, org", [
    # a portfolio takes its complement (next word and adjectives) into the role
    ("مستشار الرئيس للشؤون العربية", "مستشار الرئيس للشؤون العربية", None),
    ("مبعوث الملك لشؤون الشرق الأوسط", "مبعوث الملك لشؤون الشرق الأوسط", None),
    # both spellings (لشؤون / للشؤون) after الدولة go one way: a minister of state
    ("وزير الدولة لشؤون الخارجية", "وزير الدولة لشؤون الخارجية", None),
    ("وزير الدولة للشؤون الخارجية", "وزير الدولة للشؤون الخارجية", None),
    # negative: الدولة with no portfolio after it, or دولة named, stays an organisation
    ("رئيس دولة الجزر", "رئيس", "دولة الجزر"),
    # negative: an organisation after the portfolio's complement is cut by في
    ("مستشار الوزير للشؤون المالية في الحكومة", "مستشار الوزير للشؤون المالية", None),
])
def test_split_portfolio_complement(phrase, role, org):
    t = split(phrase.split())
    assert (t.role, t.organization) == (role, org)


@pytest.mark.parametrize("role, name, shown", [
    # a two-word honorific after an adjective goes as a whole
    ("المرشد الأعلى آية الله", "علي حداد", "المرشد الأعلى"),
    ("رئيس المجلس حجة الإسلام", "علي حداد", "رئيس المجلس"),
    # negative: after a plain noun it is a complement; one word of it alone is no honorific
    ("ممثل آية الله", "علي حداد", "ممثل آية الله"),
    ("نائب كتلة حزب الله", "علي حداد", "نائب كتلة حزب الله"),
    ("وزير الداخلية الكندي الشيخ", "سالم حداد", "وزير الداخلية الكندي"),
])
def test_role_shown_two_word_honorific(role, name, shown):
    from analysis.speakers.canonical import role_shown
    assert role_shown(role, name) == shown


@pytest.mark.parametrize("phrase, role, org", [
    # الدولة cut off by في is still a minister of state's
    ("وزير الدولة في وزارة الزراعة", "وزير الدولة", None),
])
def test_split_minister_of_state_before_fi(phrase, role, org):
    t = split(phrase.split())
    assert (t.role, t.organization) == (role, org)


def test_role_shown_honorific_left_after_rank_dropped():
    """titles.split drops the rank آية: its الله is left after the adjective."""
    from analysis.speakers.canonical import role_shown
    assert split("المرشد الأعلى الإيراني آية الله".split()).role == "المرشد الأعلى الإيراني الله"
    assert role_shown("المرشد الأعلى الإيراني الله", "علي حداد") == "المرشد الأعلى الإيراني"


@pytest.mark.parametrize("form, shown", [
    # a name in brackets after an organisation or media head word is shown bare
    ("صحيفة (النجم اليومي)", "صحيفة النجم اليومي"),
    ("حزب (الأمل)", "حزب الأمل"),
    # negative: an aside after a name, a number, Latin letters keep their brackets
    ("حداد (مستقل)", "حداد (مستقل)"),
    ("سالم (45)", "سالم (45)"),
    ("يونيسف (UNICEF)", "يونيسف (UNICEF)"),
    ("صحيفة (النجم 24)", "صحيفة (النجم 24)"),
])
def test_clean_head_bracketed_only_after_org_head(form, shown):
    from analysis.speakers.canonical import clean
    assert clean(form) == shown


def test_issued_document_cut_by_offsets():
    """The document's text up to its author is cut at the author's span, not at the first
    place its words occur."""
    from analysis.records import Mention
    from analysis.speakers.resolve import _up_to
    text = "تقرير المجلس عن المجلس"
    whole = Mention(text, 40, 40 + len(text))
    author = Mention("المجلس", 40 + text.rindex("المجلس"), 40 + len(text))
    assert _up_to(whole, author) == text
    first = Mention("المجلس", 46, 52)
    assert _up_to(whole, first) == "تقرير المجلس"


@pytest.mark.parametrize("text, start", [
    ("بيان الشرطة", (5, True)),          # in construct
    ("بيان لوزارة الدفاع", (6, False)),   # after a glued ل
    ("بيان صادر عن الجيش", (13, False)),  # after a link
    ("قال سالم", None),                   # no document word
])
def test_issuer_start_says_construct(text, start):
    from analysis.speakers.issuer import _issuer_start
    from analysis.speakers.lexicon import WORD
    assert _issuer_start(list(WORD.finditer(text))) == start


def test_clean_head_bracketed_after_title_head():
    from analysis.speakers.canonical import clean
    assert clean("قائد (القوة المشتركة)") == "قائد القوة المشتركة"


@pytest.mark.parametrize("form, key, shown", [
    # a country after the name, which person_key leaves out, is not shown
    ("سالم حداد فرنسا", ("سالم", "حداد"), "سالم حداد"),
    # negative: any other last word is not dropped to fit a key
    ("سالم حداد يوسف", ("سالم", "حداد"), "سالم حداد يوسف"),
])
def test_display_drops_only_a_country(form, key, shown):
    from analysis.speakers.kinds import PERSON
    from analysis.speakers.merge import _display
    assert _display(form, key, PERSON) == shown
