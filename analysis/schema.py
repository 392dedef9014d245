"""The column registry: every table's columns, in order, with dtype and meaning.

Each column is declared once here (after PUDL's ``fields.py``); tables list only their
field names. :func:`enforce` checks and casts a DataFrame before any entry point returns
it, and raises on drift instead of coercing silently.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Field:
    """One column: its pandas dtype and a one-line description."""

    dtype: str
    description: str


# dtype names: "str" (pandas 3 string), "Int64" (nullable int), "Float64",
# "datetime64[s]" (naive UTC), "object" (a list of strings per row).
FIELDS: dict[str, Field] = {
    "article_id": Field("str", "stable id: a hash of the article's input bytes"),
    "source_path": Field("str", "the input file as given, with #record-id or #line-N for JSON records"),
    "outlet": Field("str", "the news outlet (masthead, JSON source, og:site_name)"),
    "title": Field("str", "the headline"),
    "byline": Field("str", "dateline and/or reporter line, as printed"),
    "published": Field("datetime64[s]", "publication (or crawl) time, naive UTC"),
    "text": Field("str", "the body or span text exactly as in the source"),
    "encoding": Field("str", "detected encoding of the input bytes"),
    "n_paragraphs": Field("Int64", "number of paragraphs in the body"),
    "para": Field("Int64", "0-based paragraph index within the article"),
    "start": Field("Int64", "start offset into articles.text"),
    "end": Field("Int64", "end offset into articles.text (exclusive)"),
    "quote_id": Field("str", "stable id of a quote: <article_id>-q<n>"),
    "speaker_id": Field("str", "corpus-level speaker id; NA when the speaker is unknown"),
    "speaker": Field("str", "canonical display name of the speaker"),
    "kind": Field("str", "a category; allowed values depend on the table"),
    "verb": Field("str", "the speech verb or cue that introduced the quote"),
    "name": Field("str", "canonical name: the fullest form seen in the corpus"),
    "aliases": Field("object", "every spelling of the name seen (list of str)"),
    "role": Field("str", "role from appositive titles (الناطق الرسمي باسم ...)"),
    "organization": Field("str", "organisation from appositive titles"),
    "n_quotes": Field("Int64", "number of quotes attributed to the speaker"),
    "theme": Field("str", "theme id from the taxonomy"),
    "label_ar": Field("str", "Arabic theme label"),
    "label_en": Field("str", "English theme label"),
    "evidence": Field("object", "the words that triggered the tag (list of str)"),
    "claim_id": Field("str", "stable id of a claim: <article_id>-c<n>"),
    "value": Field("Float64", "normalised number of a statistic, else NA"),
    "unit": Field("str", "what a statistic counts (people, troops, dollars, percent ...)"),
    "reason": Field("str", "why an input was not loaded, in plain words"),
}

TABLES: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "source_path", "outlet", "title", "byline", "published",
                 "text", "encoding", "n_paragraphs"),
    "paragraphs": ("article_id", "para", "start", "end", "text"),
    "quotes": ("quote_id", "article_id", "para", "speaker_id", "speaker", "kind", "verb",
               "text", "start", "end"),
    "speakers": ("speaker_id", "name", "kind", "aliases", "role", "organization", "n_quotes"),
    "themes": ("article_id", "para", "quote_id", "theme", "label_ar", "label_en", "evidence"),
    "claims": ("claim_id", "article_id", "para", "quote_id", "speaker_id", "kind", "text",
               "value", "unit", "start", "end"),
    "rejected": ("source_path", "reason"),
}

ALLOWED_KINDS: dict[str, frozenset[str]] = {
    "quotes": frozenset({"direct", "indirect"}),
    "speakers": frozenset({"person", "organization", "anonymous"}),
    "claims": frozenset({"statistic", "achievement", "commitment", "denial", "demand",
                         "assertion"}),
}


class SchemaError(ValueError):
    """A table does not match the registry."""


def empty(table: str) -> pd.DataFrame:
    """An empty DataFrame with the table's columns and dtypes."""
    return enforce(pd.DataFrame({c: [] for c in TABLES[table]}), table)


def from_records(records: list, table: str) -> pd.DataFrame:
    """Build a table from tuples/NamedTuples in column order, then enforce it."""
    if not records:
        return empty(table)
    frame = pd.DataFrame.from_records([tuple(r) for r in records], columns=list(TABLES[table]))
    return enforce(frame, table)


def enforce(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Check the columns against the registry and cast each to its declared dtype.

    Raises :class:`SchemaError` on missing, extra or misordered columns, on a value that
    cannot take the dtype, and on a ``kind`` outside the table's allowed values.
    """
    expected = list(TABLES[table])
    if list(frame.columns) != expected:
        raise SchemaError(f"{table}: columns {list(frame.columns)} != {expected}")
    out = {}
    for col in expected:
        dtype = FIELDS[col].dtype
        series = frame[col]
        try:
            if dtype == "object":
                out[col] = series.map(lambda v: list(v) if isinstance(v, (list, tuple)) else []
                                      ).astype(object)
            elif dtype.startswith("datetime64"):
                out[col] = pd.to_datetime(series, errors="raise", utc=True
                                          ).dt.tz_localize(None).astype(dtype)
            elif dtype == "str":
                out[col] = series.astype(object).where(series.notna(), None).astype("str")
            else:
                out[col] = series.astype(dtype)
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"{table}.{col}: cannot be {dtype}: {exc}") from exc
    result = pd.DataFrame(out, index=pd.RangeIndex(len(frame)))
    allowed = ALLOWED_KINDS.get(table)
    if allowed is not None and len(result):
        bad = set(result["kind"].dropna()) - allowed
        if bad:
            raise SchemaError(f"{table}.kind: unexpected values {sorted(bad)}")
    return result
