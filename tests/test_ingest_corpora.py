"""Both shared corpora load completely, as they are (skipped where ../shared is absent).

Loaded with ``analyse=False``: ingestion alone decides what loads and what is rejected
(test_ingest_folder checks that both modes give the same articles and rejections), and
it takes seconds where the full analysis of 2,860 articles takes minutes on CI.
"""

from __future__ import annotations

import hashlib
import json

import pytest

import analysis
from conftest import CORPUS

COUNTS = {"bbc_arabic_2013": ("BBC Arabic", 1627), "aawsat_2015": ("Asharq Al-Awsat", 1233)}


@pytest.fixture(scope="module")
def corpora():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return analysis.load(CORPUS, analyse=False)


@pytest.fixture(scope="module")
def records():
    out = {}
    for name in COUNTS:
        path = CORPUS / name / "articles.jsonl"
        out[name] = [(line, json.loads(line)) for line in
                     path.read_text(encoding="utf-8").split("\n") if line.strip()]
    return out


def test_both_corpora_load_completely(corpora):
    assert corpora.rejected.empty, corpora.rejected.head().to_string()
    assert corpora.articles.outlet.value_counts().to_dict() == {o: n for o, n in COUNTS.values()}
    assert sorted(p.rsplit("/", 2)[-2] for p in corpora.skipped) == sorted(COUNTS)


def test_text_is_the_record_text_unchanged(corpora, records):
    texts = dict(zip(corpora.articles.source_path, corpora.articles.text))
    for name, recs in records.items():
        base = (CORPUS / name / "articles.jsonl").as_posix()
        for _, rec in recs:
            assert texts[f"{base}#{rec['id']}"] == rec["text"].strip(), rec["id"]


def test_presentation_forms_article_is_arabic(corpora):
    """aawsat-422551 is written partly in Arabic presentation forms ("ﻭﻗﺎﻝ")."""
    row = corpora.articles[corpora.articles.source_path.str.endswith("#aawsat-422551")]
    assert len(row) == 1
    assert "\ufead" in row.text.iloc[0] or any("\ufe70" <= ch <= "\ufeff" for ch in row.text.iloc[0])


def test_article_ids_are_unique_and_hash_the_record_bytes(corpora, records):
    assert corpora.articles.article_id.is_unique
    ids = dict(zip(corpora.articles.source_path, corpora.articles.article_id))
    for name, recs in records.items():
        base = (CORPUS / name / "articles.jsonl").as_posix()
        for line, rec in recs[:50]:
            assert ids[f"{base}#{rec['id']}"] == hashlib.sha256(line.encode("utf-8")).hexdigest()[:16]


def test_metadata(corpora):
    arts = corpora.articles
    assert arts.published.notna().all()
    assert arts.published.min().year == 2012 and arts.published.max().year == 2015
    assert arts.title.notna().all() and (arts.encoding == "utf-8").all()
    aawsat = arts[arts.outlet == "Asharq Al-Awsat"]
    assert aawsat.byline.notna().all() and aawsat.byline.str.contains(":").all()
    assert arts[arts.outlet == "BBC Arabic"].byline.isna().all()


def test_paragraph_offsets(corpora):
    texts = dict(zip(corpora.articles.article_id, corpora.articles.text))
    paras = corpora.paragraphs
    assert all(texts[a][s:e] == t for a, s, e, t in zip(paras.article_id, paras.start, paras.end, paras.text))
    counts = paras.groupby("article_id").size().to_dict()
    assert dict(zip(corpora.articles.article_id, corpora.articles.n_paragraphs)) == counts
