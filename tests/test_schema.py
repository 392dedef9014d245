"""The column registry: enforce() raises on drift; every loaded table matches it exactly."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis import schema
from analysis.schema import SchemaError
from ingest_helpers import build_mixed_folder

GOOD_ARTICLE = {
    "article_id": "a1", "source_path": "x.txt", "outlet": "صحيفة", "title": "عنوان",
    "byline": None, "published": "2015-08-06T01:46:57", "text": "نص المقال",
    "encoding": "utf-8", "n_paragraphs": 1,
}


def _frame(row: dict) -> pd.DataFrame:
    return pd.DataFrame([row], columns=list(row))


def test_every_table_column_is_declared_once():
    for table, columns in schema.TABLES.items():
        assert len(columns) == len(set(columns)), table
        assert set(columns) <= set(schema.FIELDS), table


def test_enforce_accepts_and_casts_a_good_table():
    out = schema.enforce(_frame(GOOD_ARTICLE), "articles")
    assert list(out.columns) == list(schema.TABLES["articles"])
    assert out.loc[0, "published"] == pd.Timestamp("2015-08-06 01:46:57")
    assert pd.isna(out.loc[0, "byline"])
    assert str(out["n_paragraphs"].dtype) == "Int64"


@pytest.mark.parametrize("change, message", [
    (lambda r: {k: v for k, v in r.items() if k != "encoding"}, "columns"),
    (lambda r: {**r, "extra": 1}, "columns"),
    (lambda r: dict(reversed(list(r.items()))), "columns"),
    (lambda r: {**r, "n_paragraphs": "eight"}, "n_paragraphs"),
    (lambda r: {**r, "published": "not a date"}, "published"),
], ids=["missing", "extra", "misordered", "bad-int", "bad-date"])
def test_enforce_raises_on_drift(change, message):
    with pytest.raises(SchemaError, match=message):
        schema.enforce(_frame(change(GOOD_ARTICLE)), "articles")


@pytest.mark.parametrize("table, kind, ok", [
    ("quotes", "direct", True), ("quotes", "indirect", True), ("quotes", "paraphrase", False),
    ("speakers", "anonymous", True), ("speakers", "group", False),
    ("claims", "statistic", True), ("claims", "opinion", False),
])
def test_enforce_checks_allowed_kinds(table, kind, ok):
    row = {c: None for c in schema.TABLES[table]}
    row.update({"kind": kind, **{c: 0 for c in ("para", "start", "end", "n_quotes") if c in row}})
    frame = pd.DataFrame([row], columns=list(schema.TABLES[table]))
    if ok:
        assert schema.enforce(frame, table).loc[0, "kind"] == kind
    else:
        with pytest.raises(SchemaError, match="kind"):
            schema.enforce(frame, table)


@pytest.mark.parametrize("table", list(schema.TABLES))
def test_empty_tables_have_registry_dtypes(table):
    frame = schema.empty(table)
    assert list(frame.columns) == list(schema.TABLES[table])
    assert [str(d) for d in frame.dtypes] == [schema.FIELDS[c].dtype for c in schema.TABLES[table]]


def _check(corpus) -> None:
    for name, frame in corpus.tables().items():
        assert list(frame.columns) == list(schema.TABLES[name]), name
        assert [str(d) for d in frame.dtypes] == [schema.FIELDS[c].dtype
                                                  for c in schema.TABLES[name]], name


def test_seed_tables_match_the_registry(seed_corpus):
    _check(seed_corpus)


def test_mixed_folder_tables_match_the_registry(tmp_path):
    build_mixed_folder(tmp_path)
    corpus = analysis.load(tmp_path)
    assert len(corpus.articles) and len(corpus.rejected)
    _check(corpus)
