"""The seed article loads as one article with its metadata and exact paragraph offsets."""

from __future__ import annotations


def test_seed_metadata(seed_corpus):
    assert len(seed_corpus.articles) == 1
    assert seed_corpus.rejected.empty
    art = seed_corpus.articles.iloc[0]
    assert art.outlet == "NORTH PULSE NETWORK NPN"
    assert art.title == "التحالف الدولي: المهمة لم تنته وملتزمون بالقضاء على داعش وشبكاته المالية"
    assert art.byline == "نورث بالس"
    assert art.encoding == "utf-8"
    assert art.n_paragraphs == 8
    assert "التعليقات مغلقة" not in art.text
    assert art.text.startswith("وصل اليوم الثلاثاء")


def test_seed_paragraph_offsets(seed_corpus):
    text = seed_corpus.articles.iloc[0].text
    paras = seed_corpus.paragraphs
    assert list(paras.para) == list(range(8))
    for row in paras.itertuples():
        assert text[row.start:row.end] == row.text
