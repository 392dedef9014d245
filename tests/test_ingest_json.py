"""JSON and JSONL records: the corpora's field names, broken lines, objects and arrays."""

from __future__ import annotations

import codecs
import json

import pandas as pd
import pytest

import analysis
from analysis.ingest.parse_json import parse_record
from ingest_helpers import PORT, SCHOOL, WATER, record


def test_corpus_style_record_fields():
    rec = {"id": "aawsat-1", "source": "Asharq Al-Awsat", "title": "عنوان", "text": "نص",
           "date": "2015-07-21 02:51:32", "url": "http://aawsat.com/1", "byline": "بغداد: فلان"}
    parsed = parse_record(rec)
    assert parsed == ("aawsat-1", "Asharq Al-Awsat", "عنوان", "بغداد: فلان", "2015-07-21 02:51:32", "نص")


@pytest.mark.parametrize("rec, expected", [
    ({"url": "http://x/1", "body": "نص", "outlet": "س", "author": ["أ", "ب"]},
     ("http://x/1", "س", None, "أ، ب", None, "نص")),
    ({"article_id": 7, "content": "  نص  ", "published": "2015-01-01"},
     ("7", None, None, None, "2015-01-01", "نص")),
])
def test_alternative_field_names(rec, expected):
    assert tuple(parse_record(rec)) == expected


@pytest.mark.parametrize("rec, reason", [
    ({"title": "عنوان"}, "JSON record without text (expected a text, body or content field)"),
    ({"text": "   "}, "JSON record without text (expected a text, body or content field)"),
    (["نص"], "not a JSON object but list"),
    ("نص", "not a JSON object but str"),
])
def test_records_that_are_not_articles(rec, reason):
    assert parse_record(rec) == reason


def test_broken_line_is_rejected_with_its_number_and_the_rest_load(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([record("a", *WATER), "{not json", "", record("b", *PORT),
                               '{"id": "c", "text": "نص', record("d", *SCHOOL)]) + "\n",
                    encoding="utf-8")
    corpus = analysis.load(path)
    p = path.as_posix()
    assert corpus.articles.source_path.tolist() == [f"{p}#a", f"{p}#b", f"{p}#d"]
    assert corpus.rejected.source_path.tolist() == [f"{p}#L2", f"{p}#L5"]
    assert corpus.rejected.reason.str.startswith("broken JSON on line ").all()
    assert [r.split(":")[0] for r in corpus.rejected.reason] == ["broken JSON on line 2",
                                                                  "broken JSON on line 5"]


def test_a_line_with_bad_bytes_does_not_take_the_file_down(tmp_path):
    """Lines decode one by one when the file is not UTF-8 as a whole: a cp1256 line
    (pasted from an old export) reads as cp1256, a Latin-1 line is rejected alone."""
    path = tmp_path / "feed.jsonl"
    lines = [record("a", *WATER).encode("utf-8"),
             '{"id": "x", "text": "déjà vu, très français"}'.encode("cp1252"),
             record("b", *PORT).encode("utf-8"),
             record("c", "خبر", "قال الوزير إن الخطة جاهزة").encode("cp1256")]
    path.write_bytes(b"\n".join(lines) + b"\n")
    corpus = analysis.load(path)
    p = path.as_posix()
    assert dict(zip(corpus.articles.source_path, corpus.articles.encoding)) == {
        f"{p}#a": "utf-8", f"{p}#b": "utf-8", f"{p}#c": "cp1256"}
    assert corpus.articles.text.iloc[-1] == "قال الوزير إن الخطة جاهزة"
    assert corpus.rejected.source_path.tolist() == [f"{p}#L2"]
    assert corpus.rejected.reason.iloc[0].startswith("line 2: undecodable")


def test_raw_line_separators_inside_strings_do_not_split_records(tmp_path):
    # JSON allows U+2028 and C1 controls raw inside strings; BBC texts carry "\x93".
    body = "قال الوزير\u2028إن \x93الخطة\x94 جاهزة\x85 للتنفيذ."
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": body}, ensure_ascii=False) + "\n", encoding="utf-8")
    corpus = analysis.load(path)
    assert corpus.rejected.empty
    assert corpus.articles.text.tolist() == [body]


@pytest.mark.parametrize("payload, n", [
    (lambda: json.loads(record("o", *WATER)), 1),
    (lambda: [json.loads(record("x", *WATER)), json.loads(record("y", *PORT))], 2),
])
def test_json_object_or_array(tmp_path, payload, n):
    path = tmp_path / "data.json"
    path.write_text(json.dumps(payload(), ensure_ascii=False, indent=2), encoding="utf-8")
    corpus = analysis.load(path)
    assert len(corpus.articles) == n and corpus.rejected.empty
    assert corpus.articles.outlet.tolist() == ["وكالة الاختبار"] * n
    assert (corpus.articles.published == pd.Timestamp("2015-08-06 01:46:57")).all()


@pytest.mark.parametrize("content, reason", [
    ("[1, 2", "broken JSON at line 1: "),
    ("[]", "empty: a JSON array without records"),
])
def test_broken_or_empty_json_file(tmp_path, content, reason):
    path = tmp_path / "data.json"
    path.write_text(content, encoding="utf-8")
    corpus = analysis.load(path)
    assert corpus.articles.empty
    assert corpus.rejected.reason.iloc[0].startswith(reason)


@pytest.mark.parametrize("encode, encoding", [
    (lambda s: s.encode("utf-16"), "utf-16-le"),
    (lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "utf-8-sig"),
])
def test_jsonl_in_other_encodings(tmp_path, encode, encoding):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(encode(record("a", *WATER) + "\r\n" + record("b", *PORT) + "\r\n"))
    corpus = analysis.load(path)
    assert corpus.rejected.empty
    assert corpus.articles.encoding.tolist() == [encoding, encoding]
    assert corpus.articles.title.tolist() == [WATER[0], PORT[0]]
