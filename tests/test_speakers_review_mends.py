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
