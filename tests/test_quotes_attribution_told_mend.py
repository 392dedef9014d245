"""Review mends of the sixth census round: who told an outlet, a comma after the outlet
(invented sentences)."""

from __future__ import annotations

from tests.test_quotes_attribution import speakers_of


def test_told_subject_skips_the_inna_of_another_verbs_speech() -> None:
    # "قال إن" opens what was said: الشرطة is no subject
    text = "إلا أن سامر الحلبي قال إن الشرطة تأخرت وأبلغ «الحياة» أن الإسعاف لم يصل."
    assert speakers_of(text) == [("الشرطة تأخرت", "سامر الحلبي"), ("الإسعاف لم", "سامر الحلبي")]


def test_told_subject_opener_still_read_without_speech_before() -> None:
    text = "لكن سامر الحلبي الذي يسكن قرب المكان أبلغ «الحياة» أن الإسعاف لم يصل."
    assert speakers_of(text) == [("الإسعاف لم", "سامر الحلبي")]


def test_comma_after_told_outlet_name_after_speaks() -> None:
    text = "وأبلغ «الحياة»، سامر حداد، أن الميناء يعمل."
    assert speakers_of(text) == [("الميناء يعمل", "سامر حداد")]


def test_comma_after_learning_outlet_source_speaks() -> None:
    text = "وعلمت «الحياة»، من مصادر دبلوماسية مطلعة، أن الوفد سيصل غدا."
    assert speakers_of(text) == [("الوفد سيصل", "مصادر دبلوماسية مطلعة")]


def test_comma_after_told_outlet_without_name_subject_before_speaks() -> None:
    text = "مصادر ميدانية في المنطقة أبلغت «الحياة»، أن الطريق مغلق."
    assert speakers_of(text) == [("الطريق مغلق", "مصادر ميدانية في المنطقة")]
