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
