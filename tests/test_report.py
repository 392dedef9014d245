"""The HTML report: escaped text, right-to-left, self-contained, deterministic."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pandas as pd
import pytest
from bs4 import BeautifulSoup
from synthetic_corpus import make_corpus

from analysis import charts, report, schema
from analysis.corpus import Corpus

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'


def _page(corpus: Corpus, figures: Path) -> BeautifulSoup:
    return BeautifulSoup(report.render(corpus, figures, "seeds/"), "html.parser")


def test_markup_in_titles_and_outlets_shows_as_text(tmp_path):
    html = report.render(make_corpus(title_a=SCRIPT, outlet_b=IMG), tmp_path, "seeds/")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find_all("script") == []
    assert [i for i in soup.find_all("img") if i.get("src") == "x"] == []
    cells = [td.get_text() for td in soup.find_all(["td", "th"])]
    assert SCRIPT in cells
    assert IMG in cells
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_page_is_arabic_right_to_left_and_loads_nothing(tmp_path):
    fig = charts.barh(pd.Series({"كوبسي": 2}), "t", "x", "none")
    charts.save(fig, "02_quotes_per_speaker", tmp_path)
    soup = _page(make_corpus(), tmp_path)
    assert soup.html["dir"] == "rtl" and soup.html["lang"] == "ar"
    assert soup.find_all(["script", "link", "iframe", "object", "embed"]) == []
    srcs = [tag.get("src") or tag.get("href") for tag in soup.find_all(src=True) + soup.find_all(href=True)]
    assert srcs and all(s.startswith("data:image/svg+xml;base64,") for s in srcs)
    assert not re.search(r"(https?:)?//[a-z]", str(soup.style))


def test_missing_figures_are_named_not_broken(tmp_path):
    soup = _page(make_corpus(), tmp_path)
    missing = [p.get_text() for p in soup.select("p.missing")]
    assert "figure 04_numeric_claims was not written" in missing
    assert soup.find_all("img") == []


def test_summary_counts_speakers_themes_and_claims(tmp_path):
    items = [li.get_text() for li in _page(make_corpus(), tmp_path).select(".summary li")]
    assert items[0] == "2 articles from 2 outlet(s): \u2068صحيفة الغد\u2069 (1), \u2068وكالة الأنباء\u2069 (1)."
    assert "3 quotes (1 direct, 2 reported) from 1 speakers; 1 without a speaker." in items
    assert "Most quoted: \u2068أحمد سالم\u2069 (2)." in items
    assert items[-1] == "1 numeric claims; largest: \u2068أحمد سالم\u2069: 120,000 people."


def test_empty_corpus_renders_with_no_quotes_message(tmp_path):
    empty = Corpus(**{name: schema.empty(name) for name in schema.TABLES})
    soup = _page(empty, tmp_path)
    items = [li.get_text() for li in soup.select(".summary li")]
    assert items == ["0 articles from 0 outlet(s).", "No quotes found.", "No themes found.",
                     "No numeric claims found."]


def test_render_is_deterministic(tmp_path):
    corpus = make_corpus()
    assert report.render(corpus, tmp_path, "x") == report.render(make_corpus(), tmp_path, "x")


def test_layouts_keep_other_corpora_out_of_the_repository(monkeypatch, tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path)
    seed = report.layout_for("seeds/", 2)
    assert (seed.notebooks, seed.figures, seed.page, seed.parameters) == (
        Path("notebooks"), Path("figures"), Path("report/index.html"), {})
    other = report.layout_for("../shared/corpus", 2)
    assert other.page == Path("build/report/index.html")
    assert other.parameters == {"CORPUS": "../../shared/corpus", "FIGURES": "../build/figures",
                                "JOBS": 2, "CACHE": "../build/cache/corpus.pkl"}


def test_clean_notebook_drops_run_specific_metadata():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("CORPUS = 'x'")
    cell.metadata.update({"tags": ["injected-parameters"], "papermill": {"duration": 1.2},
                          "execution": {"iopub.status.idle": "2026-11-29T02:00:00Z"}})
    nb.cells.append(cell)
    nb.metadata["papermill"] = {"start_time": "2026-11-29T02:00:00"}
    report.clean_notebook(nb)
    assert "papermill" not in nb.metadata
    assert cell.id == "injected-parameters"
    assert cell.metadata == {"tags": ["injected-parameters"]}


def test_cache_round_trip_gives_the_same_tables(tmp_path):
    from analysis import cache

    corpus = make_corpus()
    path = cache.save(corpus, tmp_path / "c" / "corpus.pkl")
    back = cache.open_corpus("ignored", cache=path)
    for name, frame in corpus.tables().items():
        pd.testing.assert_frame_equal(back.tables()[name], frame)


def test_cache_rejects_a_pickle_that_is_not_a_corpus(tmp_path):
    from analysis import cache

    path = tmp_path / "x.pkl"
    path.write_bytes(pickle.dumps({"articles": 1}))
    with pytest.raises(TypeError, match="does not hold a Corpus"):
        cache.open_corpus("ignored", cache=path)
