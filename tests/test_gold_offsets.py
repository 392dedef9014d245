"""Gold kept as offsets: strip the texts, fill them back, refuse a changed article."""

from __future__ import annotations

import json

import pytest

from analysis.gold_offsets import article_texts, corpus_lines, fill_texts, main, strip_texts
from analysis.ingest.sources import InputError

# an invented article; the same sentence twice, so the second quote must map to the second
ARTICLE = ("قال وزير الزراعة سامي الحداد إن الموسم جيد. وأضاف أن الموسم جيد. "
           "وقالت النقابة في بيان: «الأسعار سترتفع قريبا».")
RECORD = {"corpus": "demo_news", "id": "demo-1", "numbers": [], "quotes": [
    {"kind": "indirect", "speaker": "سامي الحداد", "speaker_kind": "person",
     "speaker_forms": ["سامي الحداد"], "verb": "قال", "text": "الموسم جيد"},
    {"kind": "indirect", "speaker": "سامي الحداد", "speaker_kind": "person",
     "speaker_forms": ["سامي الحداد"], "verb": "وأضاف", "text": "الموسم جيد"},
    {"kind": "direct", "speaker": "النقابة", "speaker_kind": "organization",
     "speaker_forms": ["النقابة"], "verb": "وقالت", "text": "الأسعار سترتفع قريبا"},
]}


@pytest.fixture
def root(tmp_path):
    folder = tmp_path / "corpus" / "demo_news"
    folder.mkdir(parents=True)
    lines = [{"id": "other", "text": "نص آخر لا علاقة له"}, {"id": "demo-1", "text": ARTICLE}]
    (folder / "articles.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return tmp_path


def test_corpus_lines_give_the_wanted_records_line_and_text(root):
    got = corpus_lines({"demo_news": {"demo-1", "absent"}}, root)
    assert list(got) == [("demo_news", "demo-1")]
    line = got[("demo_news", "demo-1")]
    assert line.lineno == 2 and line.text == ARTICLE
    assert json.loads(line.line) == {"id": "demo-1", "text": ARTICLE}
    assert line.path == root / "corpus" / "demo_news" / "articles.jsonl"


def test_corpus_lines_refuse_a_missing_corpus(root):
    with pytest.raises(InputError, match="no_such_news"):
        corpus_lines({"no_such_news": {"x"}}, root)


def test_filled_from_given_lines_reads_no_file(root, tmp_path):
    lines = corpus_lines({"demo_news": {"demo-1"}}, root)
    stripped = strip_texts([RECORD], article_texts({"demo_news": {"demo-1"}}, root))
    # a root with no corpus at all: only the given lines can fill the texts
    [filled] = fill_texts(stripped, tmp_path / "nowhere", lines)
    assert [q["text"] for q in filled["quotes"]] == [q["text"] for q in RECORD["quotes"]]


def test_strip_keeps_offsets_and_names_but_no_text(root):
    texts = article_texts({"demo_news": {"demo-1"}}, root)
    [out] = strip_texts([RECORD], texts)
    assert all("text" not in q for q in out["quotes"])
    first, second, third = out["quotes"]
    assert ARTICLE[first["start"]:first["end"]] == "الموسم جيد"
    assert second["start"] > first["start"]          # the repeated sentence's 2nd occurrence
    assert ARTICLE[third["start"]:third["end"]] == "الأسعار سترتفع قريبا"
    assert third["speaker"] == "النقابة" and "numbers" not in out


def test_fill_restores_the_annotated_texts(root):
    stripped = strip_texts([RECORD], article_texts({"demo_news": {"demo-1"}}, root))
    [filled] = fill_texts(stripped, root)
    assert [q["text"] for q in filled["quotes"]] == [q["text"] for q in RECORD["quotes"]]
    assert [q["speaker"] for q in filled["quotes"]] == [q["speaker"] for q in RECORD["quotes"]]


def test_records_with_texts_pass_unchanged(root):
    assert fill_texts([RECORD], root) == [RECORD]


def test_a_changed_article_is_refused(root):
    stripped = strip_texts([RECORD], article_texts({"demo_news": {"demo-1"}}, root))
    path = root / "corpus" / "demo_news" / "articles.jsonl"
    path.write_text(path.read_text(encoding="utf-8").replace("جيد", "ممتاز"), encoding="utf-8")
    with pytest.raises(InputError, match="differs from the one annotated"):
        fill_texts(stripped, root)


def test_a_quote_not_in_the_article_is_refused(root):
    bad = {**RECORD, "quotes": [{**RECORD["quotes"][0], "text": "جملة لم ترد في المقال"}]}
    with pytest.raises(InputError, match="not in the article"):
        strip_texts([bad], article_texts({"demo_news": {"demo-1"}}, root))


def test_cli_strip_prints_offset_records(root, tmp_path, capsys):
    src = tmp_path / "annotated.jsonl"
    src.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["strip", str(src), "--corpus-root", str(root)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["quotes"][2]["end"] == ARTICLE.index("»")


def test_cli_missing_corpus_is_one_line_error(tmp_path, capsys):
    src = tmp_path / "annotated.jsonl"
    src.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["strip", str(src), "--corpus-root", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: gold names corpus 'demo_news'") and err.count("\n") == 1


def test_evaluate_scores_offset_gold_and_skips_unannotated_numbers(root, tmp_path):
    from analysis.evaluate import evaluate, format_table

    stripped = strip_texts([RECORD], article_texts({"demo_news": {"demo-1"}}, root))
    gold = tmp_path / "heldout.jsonl"
    gold.write_text(json.dumps(stripped[0], ensure_ascii=False) + "\n", encoding="utf-8")
    m = evaluate([gold], None, root)
    assert m["n_articles"] == 1
    assert m["quotes"]["all"]["n_gold"] == 3
    assert m["numbers"]["articles"] == 0          # this record annotates quotes only
    assert "numeric claims" not in format_table(m)
