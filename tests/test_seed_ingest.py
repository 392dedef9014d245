"""The seed article loads as one article with its metadata and exact paragraph offsets."""

from __future__ import annotations

import codecs

import pytest

import analysis
from conftest import SEED


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


SEED_TEXT = SEED.read_text(encoding="utf-8")
# cp1256 has no Arabic-Indic digits ("١٢٠" in the seed): its copy carries ASCII digits.
_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


@pytest.mark.parametrize("encode, encoding", [
    (lambda s: s.encode("utf-8-sig"), "utf-8-sig"),
    (lambda s: s.encode("utf-16"), "utf-16-le"),
    (lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), "utf-16-be"),
    (lambda s: s.encode("utf-16-le"), "utf-16-le"),
    (lambda s: s.translate(_ASCII_DIGITS).encode("cp1256"), "cp1256"),
    (lambda s: s.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
], ids=["utf-8-bom", "utf-16-bom", "utf-16-be-bom", "utf-16-le-no-bom", "cp1256", "crlf"])
def test_seed_in_other_encodings_loads_the_same(tmp_path, seed_corpus, encode, encoding):
    path = tmp_path / "seed.txt"
    path.write_bytes(encode(SEED_TEXT))
    corpus = analysis.load(path, analyse=False)
    assert corpus.rejected.empty
    art, ref = corpus.articles.iloc[0], seed_corpus.articles.iloc[0]
    assert art.encoding == encoding
    assert (art.outlet, art.title, art.byline, art.n_paragraphs) == (
        ref.outlet, ref.title, ref.byline, ref.n_paragraphs)
    expected = ref.text.translate(_ASCII_DIGITS) if encoding == "cp1256" else ref.text
    assert art.text == expected
    for row in corpus.paragraphs.itertuples():
        assert art.text[row.start:row.end] == row.text


def test_seed_text_is_the_file_without_header_and_footer(seed_corpus):
    """articles.text is a slice of the decoded file: nothing inside it is changed."""
    text = seed_corpus.articles.iloc[0].text
    assert text in SEED_TEXT
    assert SEED_TEXT.rstrip().endswith("التعليقات مغلقة، ولكن تركبكس وبينغبكس مفتوحة.")
