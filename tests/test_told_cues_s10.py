"""A report inside a report through a telling verb with an object pronoun
(rules/told_object_forms.txt): "أن قادة الجيش أبلغوه أن ..." gives the inner clause to the
tellers as well. Invented sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes


def test_told_him_gives_the_inner_clause_to_the_tellers() -> None:
    assert quotes("وأوضح الرئيس أن قادة عسكريين أبلغوه أن الجنود بخير، وأن المفاوضات تتقدم.") == [
        ("indirect", "قادة عسكريين أبلغوه أن الجنود بخير", "الرئيس"),
        ("indirect", "الجنود بخير", "قادة عسكريين"),
        ("indirect", "المفاوضات تتقدم", "الرئيس"),
        ("indirect", "المفاوضات تتقدم", "قادة عسكريين"),
    ]


def test_told_them_with_bi_an_and_a_named_teller() -> None:
    assert quotes("وقال المتحدث إن وزير الدفاع أخبرهم بأن الحدود مغلقة.") == [
        ("indirect", "وزير الدفاع أخبرهم بأن الحدود مغلقة", "المتحدث"),
        ("indirect", "الحدود مغلقة", "وزير الدفاع"),
    ]


def test_the_outer_speaker_who_told_them_keeps_the_clause() -> None:
    assert quotes("وأضاف الحارس أنه أبلغهم أن المخزن فارغ.") == [
        ("indirect", "أبلغهم أن المخزن فارغ", "الحارس"),
        ("indirect", "المخزن فارغ", "الحارس"),
    ]


def test_told_with_a_noun_is_no_cue_for_the_marks_after_it() -> None:
    text = "والتقى الوزير بالقادة، وأبلغهم تطمينات الرئيس عن «عدم وجود أي خطة لإقامة قواعد أجنبية»."
    assert quotes(text) == []


def test_told_with_a_bi_thing_is_no_cue() -> None:
    assert quotes("وحتى لو أخبرته بذلك فكيف له أن يصدق الرواية.") == []


def test_told_me_is_no_cue() -> None:
    # first-person objects stay out: mostly inside a direct quote, and "أبلغنا" is also "we told"
    assert quotes("وأوضح الرئيس أن قادة عسكريين أبلغوني أن الجنود بخير.") == [
        ("indirect", "قادة عسكريين أبلغوني أن الجنود بخير", "الرئيس"),
    ]


def test_coordinated_told_inside_a_clause_has_no_teller_of_its_own() -> None:
    # the teller is the clause's subject (the company), unnamed at the verb: no inner quote
    assert quotes("وقال الفنان إن الشركة رفضت طلبه وأخبرته أنه لم يدفع الرسوم.") == [
        ("indirect", "الشركة رفضت طلبه وأخبرته أنه لم يدفع الرسوم", "الفنان"),
    ]


def test_told_thing_is_not_an_adverb_before_the_complementizer() -> None:
    # "أبلغه بالقرار" names the thing told; "أبلغه بالأمس أن" is a time adverb, then a report
    from analysis.quotes.reported import _TOLD_THING
    assert _TOLD_THING.match(" بالقرار الجديد", 0)
    assert _TOLD_THING.match(" بذلك فكيف له", 0)
    assert _TOLD_THING.match(" بالامس ان الحدود مغلقه", 0) is None
