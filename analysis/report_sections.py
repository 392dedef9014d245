"""What the report page shows: per section, a title, figures (by name) and tables.

Figure names are those the notebooks save (``NN_name`` in the figures folder); tables are
computed here from :mod:`analysis.summaries`, so the page and the notebooks agree.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from analysis import summaries
from analysis.corpus import Corpus

ARTICLES_SHOWN = 30
CLAIMS_SHOWN = 50


class Section(NamedTuple):
    title: str
    note: str
    figures: list[str]
    tables: list[tuple[str, pd.DataFrame]]


def articles_table(corpus: Corpus, n: int = ARTICLES_SHOWN) -> pd.DataFrame:
    """The first ``n`` articles (by date, then id) with outlet, date, title and paragraphs."""
    arts = corpus.articles.sort_values(["published", "article_id"], na_position="last")
    out = arts[["outlet", "published", "title", "n_paragraphs"]].head(n).copy()
    out["published"] = out["published"].dt.strftime("%Y-%m-%d")
    return out.reset_index(drop=True)


def sections(corpus: Corpus) -> list[Section]:
    return [
        Section("المقالات · Corpus", "Articles per outlet, month and length.",
                ["01_articles_per_outlet", "01_articles_per_month", "01_article_lengths"],
                [("Outlets", summaries.overview(corpus)),
                 (f"Articles (first {ARTICLES_SHOWN})", articles_table(corpus)),
                 ("Inputs that could not be read", corpus.rejected)]),
        Section("المتحدثون · Speakers",
                "Quotes per speaker: direct (inside quotation marks) or reported (قال إن ...).",
                ["02_quotes_per_speaker", "02_quote_kinds_by_outlet"],
                [("Quotes per speaker", summaries.quotes_per_speaker(corpus)),
                 ("Direct vs reported per outlet", summaries.quote_kinds_by_outlet(corpus))]),
        Section("المواضيع · Themes", "Themes per article, per speaker and per outlet.",
                ["03_themes", "03_speaker_theme", "03_theme_by_outlet", "03_themes_per_month"],
                [("Themes", summaries.theme_counts(corpus)),
                 ("Speaker x theme (quotes)", summaries.speaker_theme(corpus))]),
        Section("الأرقام · Numeric claims",
                "Statements with a number, its normalised value and unit, and their source.",
                ["04_numeric_claims"],
                [("Claims by kind", summaries.claim_kinds(corpus)),
                 (f"Numeric claims (the {CLAIMS_SHOWN} largest; all in notebook 04)",
                  summaries.numeric_claims(corpus).head(CLAIMS_SHOWN))]),
    ]
