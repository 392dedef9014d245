"""Quantifiers before an idea or a detail that heads a speech verb's subject (rules/
speaker_quantifiers.txt): "أحد التفاصيل" is narration like "إحدى النظريات", while "أحد
الباحثين" still reports words. Invented sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import texts


@pytest.mark.parametrize("text, expected", [
    ("ويكشف أحد التفاصيل الجديدة أن الشركة دفعت مبالغ كبيرة للوسطاء.", []),
    ("وتكشف بعض التفاصيل أن الشركة دفعت مبالغ كبيرة للوسطاء.", []),
    # a person after the quantifier still reports words
    ("وكشف أحد الباحثين أن الشركة دفعت مبالغ كبيرة للوسطاء.",
     ["الشركة دفعت مبالغ كبيرة للوسطاء"]),
])
def test_quantifier_before_a_thing_subject(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
