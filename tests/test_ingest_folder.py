"""A folder with one of every input, good and bad: loaded + rejected = inputs, always."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.pipeline import article_id_for
from analysis.records import RawInput
from ingest_helpers import build_mixed_folder


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    root = tmp_path_factory.mktemp("mixed") / "in"
    expected = build_mixed_folder(root)
    return root, expected, analysis.load(root, jobs=1)


def test_loaded_plus_rejected_equals_inputs(mixed):
    _, expected, corpus = mixed
    loaded = set(corpus.articles.source_path)
    rejected = set(corpus.rejected.source_path)
    assert not loaded & rejected
    assert len(corpus.articles) + len(corpus.rejected) == len(expected)
    assert loaded | rejected == set(expected)


def test_each_input_loads_or_is_rejected_for_its_reason(mixed):
    _, expected, corpus = mixed
    reasons = dict(zip(corpus.rejected.source_path, corpus.rejected.reason))
    loaded = set(corpus.articles.source_path)
    for path, reason in expected.items():
        if reason is None:
            assert path in loaded, (path, reasons.get(path))
        else:
            assert reasons[path].startswith(reason), (path, reasons[path])


def test_reasons_are_one_plain_line(mixed):
    for reason in mixed[2].rejected.reason:
        assert reason and "\n" not in reason and "Traceback" not in reason and len(reason) < 200


def test_documentation_is_skipped_not_rejected(mixed):
    root, _, corpus = mixed
    assert corpus.skipped == [f"{root.as_posix()}/README.md"]


def test_encodings_are_recorded(mixed):
    root, _, corpus = mixed
    enc = dict(zip(corpus.articles.source_path, corpus.articles.encoding))
    p = root.as_posix()
    assert enc[f"{p}/a_seed.txt"] == "utf-8"
    assert enc[f"{p}/c_water_cp1256.txt"] == "cp1256"
    assert enc[f"{p}/d_port_utf16.txt"] == "utf-16-le"
    assert enc[f"{p}/e_page.html"] == "utf-8"
    assert enc[f"{p}/k_feed.jsonl#r1"] == "utf-8"


def test_cp1256_text_reads_as_written(mixed):
    root, _, corpus = mixed
    art = corpus.articles.set_index("source_path").loc[f"{root.as_posix()}/c_water_cp1256.txt"]
    assert art.title == "وزارة الزراعة تطلق حملة لحماية المحاصيل"
    assert art.text.endswith("إن الحملة تشمل 12 محافظة.")
    assert art.n_paragraphs == 2


def test_unreadable_date_loads_as_na(mixed):
    root, _, corpus = mixed
    arts = corpus.articles.set_index("source_path")
    p = root.as_posix()
    assert pd.isna(arts.loc[f"{p}/k_feed.jsonl#r5", "published"])
    assert arts.loc[f"{p}/k_feed.jsonl#r1", "published"] == pd.Timestamp("2015-08-06 01:46:57")
    assert arts.loc[f"{p}/e_page.html", "published"] == pd.Timestamp("2024-06-02 06:30:00")


def test_article_ids_are_unique_and_paragraph_offsets_exact(mixed):
    corpus = mixed[2]
    assert corpus.articles.article_id.is_unique
    texts = dict(zip(corpus.articles.article_id, corpus.articles.text))
    for row in corpus.paragraphs.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
    counts = corpus.paragraphs.groupby("article_id").size()
    assert dict(zip(corpus.articles.article_id, corpus.articles.n_paragraphs)) == counts.to_dict()


def test_same_bytes_same_id_across_runs(mixed, tmp_path):
    root, _, corpus = mixed
    again = analysis.load(root)
    pd.testing.assert_frame_equal(corpus.articles, again.articles)
    # a copy elsewhere keeps its id (the id hashes bytes, not the path)
    copy = tmp_path / "elsewhere.txt"
    copy.write_bytes((root / "a_seed.txt").read_bytes())
    seed_id = corpus.articles.set_index("source_path").loc[f"{root.as_posix()}/a_seed.txt", "article_id"]
    assert analysis.load(copy).articles.article_id.tolist() == [seed_id]
    assert article_id_for(RawInput("x", "txt", b"abc")) != article_id_for(RawInput("x", "txt", b"abd"))


def test_jobs_do_not_change_the_tables(mixed):
    root, _, corpus = mixed
    parallel = analysis.load(root, jobs=2)
    for name, frame in corpus.tables().items():
        pd.testing.assert_frame_equal(frame, parallel.tables()[name], obj=name)


def test_ingestion_alone_loads_and_rejects_the_same(mixed):
    root, _, corpus = mixed
    quick = analysis.load(root, analyse=False)
    for name in ("articles", "paragraphs", "rejected"):
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(quick, name), obj=name)
    assert quick.quotes.empty and quick.themes.empty and quick.claims.empty


@pytest.mark.parametrize("src, message", [
    ("missing-folder", "no such file or folder"),
    ("empty-folder", "no files in folder"),
    ("*.nothing", "no files match"),
])
def test_nothing_to_read_raises_input_error(tmp_path, src, message):
    (tmp_path / "empty-folder").mkdir()
    with pytest.raises(analysis.InputError, match=message):
        analysis.load(str(tmp_path / src))


def test_a_named_file_is_always_read(tmp_path):
    """Skip rules apply inside folders only: a README named explicitly is an input."""
    readme = tmp_path / "README.md"
    readme.write_text("# Notes\n\nThis folder holds the articles of May.\n", encoding="utf-8")
    corpus = analysis.load(readme)
    assert corpus.rejected.reason.tolist() == ["not Arabic: 0% of the body's letters are Arabic (at least 50% needed)"]


@pytest.mark.parametrize("content, reason", [
    ("عنوان وحيد بلا نص\n", "empty: a title but no article text"),
    ("عنوان الخبر\n\nالتعليقات مغلقة، ولكن تركبكس وبينغبكس مفتوحة.\n",
     "empty: only site boilerplate (rules/boilerplate.txt), no article text"),
    ("عنوان الخبر\n\nقال الوزير إن الخطة جاهزة.\n", None),
])
def test_title_only_and_boilerplate_only(tmp_path, content, reason):
    path = tmp_path / "one.txt"
    path.write_text(content, encoding="utf-8")
    corpus = analysis.load(path)
    assert corpus.rejected.reason.tolist() == ([reason] if reason else [])
    assert len(corpus.articles) == (0 if reason else 1)
