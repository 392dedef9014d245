"""Summary tables on a hand-made corpus (counts checked by hand) and on empty tables."""

from __future__ import annotations

import pandas as pd
import pytest
from synthetic_corpus import make_corpus

from analysis import schema, summaries
from analysis.corpus import Corpus
from analysis.records import Quote, Speaker

EMPTY = Corpus(**{name: schema.empty(name) for name in schema.TABLES})


def test_quotes_per_speaker_counts_kinds_and_pools_unattributed():
    out = summaries.quotes_per_speaker(make_corpus())
    assert out.index.tolist() == ["أحمد سالم", summaries.UNATTRIBUTED]
    assert out.to_dict("list") == {"direct": [1, 0], "indirect": [1, 1], "total": [2, 1],
                                   "direct_share": [0.5, 0.0]}


def _namesakes() -> Corpus:
    """Six quotes by five speakers, four of whom share two names."""
    speakers = [Speaker("r1", "التقرير", "organization", ["التقرير"], None, None, 2),
                Speaker("r2", "التقرير", "organization", ["التقرير"], None, None, 1),
                Speaker("p1", "الأحمدي", "person", ["الأحمدي"], "العميد", "الشرطة", 1),
                Speaker("p2", "الأحمدي", "person", ["الأحمدي"], "المتحدث", None, 1),
                Speaker("s1", "أحمد سالم", "person", ["أحمد سالم"], None, None, 1)]
    quotes = [Quote(f"a1-q{n}", "a1", 0, sid, name, "indirect", "قال", "نص", 0, 2)
              for n, (sid, name) in enumerate([("r1", "التقرير"), ("r1", "التقرير"),
                                               ("r2", "التقرير"), ("p1", "الأحمدي"),
                                               ("p2", "الأحمدي"), ("s1", "أحمد سالم")])]
    base = make_corpus()
    return Corpus(**{**{name: getattr(base, name) for name in schema.TABLES},
                     "quotes": schema.from_records(quotes, "quotes"),
                     "speakers": schema.from_records(speakers, "speakers")})


def test_speakers_who_share_a_name_are_counted_apart():
    out = summaries.quotes_per_speaker(_namesakes())
    assert out["total"].to_dict() == {"التقرير": 2, "أحمد سالم": 1, "الأحمدي (الشرطة)": 1,
                                      "الأحمدي (المتحدث)": 1, "التقرير · 2": 1}
    by_outlet = summaries.speaker_by_outlet(_namesakes())
    assert by_outlet.sum(axis=1).to_dict() == out["total"].to_dict()


def test_speaker_labels_keep_a_unique_name_as_it_is():
    labels = summaries.speaker_labels(make_corpus())
    assert labels.to_dict() == {"s1": "أحمد سالم"}


def test_quote_kinds_by_outlet():
    out = summaries.quote_kinds_by_outlet(make_corpus())
    assert out["total"].to_dict() == {"وكالة الأنباء": 2, "صحيفة الغد": 1}
    assert out["direct"].to_dict() == {"وكالة الأنباء": 1, "صحيفة الغد": 0}


def test_speaker_theme_counts_quotes_not_paragraphs():
    out = summaries.speaker_theme(make_corpus())
    assert out.to_dict("index") == {"أحمد سالم": {"الأمن · security": 1,
                                                  "النزوح · displacement": 1}}


def test_theme_counts_and_by_outlet():
    counts = summaries.theme_counts(make_corpus())
    assert counts.loc["النزوح · displacement"].tolist() == [1, 1, 1]
    assert counts.loc["المساعدات · aid"].tolist() == [1, 1, 0]
    by_outlet = summaries.theme_by_outlet(make_corpus())
    assert by_outlet.loc["المساعدات · aid"].to_dict() == {"وكالة الأنباء": 0, "صحيفة الغد": 1}


def test_numeric_claims_keep_only_numbers_with_their_source():
    out = summaries.numeric_claims(make_corpus(title_a="عنوان"))
    assert len(out) == 1
    row = out.iloc[0]
    assert (row.speaker, row.value, row.unit, row.title, row.published) == (
        "أحمد سالم", 120000.0, "people", "عنوان", "2015-07-21")
    values = summaries.claim_values(make_corpus())
    assert values.tolist() == [120000.0]
    assert values.index[0] == "أحمد سالم: وأكد أن 120 ألف شخص عادوا إلى منازلهم. [people]"
    short = summaries.claim_values(make_corpus(), width=20)
    assert short.index[0] == "أحمد سالم: وأكد أن 120 ألف شخص … [people]"


def test_overview_per_outlet_and_all():
    out = summaries.overview(make_corpus())
    assert out.index.tolist() == ["صحيفة الغد", "وكالة الأنباء", "all"]
    assert out.loc["all", "articles"] == 2
    assert out.loc["all", "first"] == "2015-07-21" and out.loc["all", "last"] == "2015-08-02"


@pytest.mark.parametrize("table", [
    summaries.overview, summaries.articles_per_month, summaries.quotes_per_speaker,
    summaries.quote_kinds_by_outlet, summaries.speaker_by_outlet, summaries.theme_counts,
    summaries.speaker_theme, summaries.theme_by_outlet, summaries.theme_by_month,
    summaries.numeric_claims, summaries.claim_kinds, summaries.claim_values,
])
def test_empty_tables_give_empty_frames(table):
    out = table(EMPTY)
    assert isinstance(out, (pd.DataFrame, pd.Series)) and len(out) == 0


def test_months_without_articles_are_rows_of_zero():
    corpus = make_corpus(published_b="2015-10-02 09:30:00")
    per_month = summaries.articles_per_month(corpus)
    assert per_month.index.tolist() == ["2015-07", "2015-08", "2015-09", "2015-10"]
    assert per_month.sum(axis=1).tolist() == [1, 0, 0, 1]
    themes = summaries.theme_by_month(corpus)
    assert themes.index.tolist() == ["2015-07", "2015-08", "2015-09", "2015-10"]
    assert themes.loc["2015-09"].sum() == 0 and themes.loc["2015-07"].sum() > 0
