"""The three stages of find_quotes (detect, attribute, assemble), and the benchmark's
per-stage pass over a corpus folder. Invented articles only."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from analysis import segment
from analysis.quotes import assemble, attribute, detect, find_quotes

ARTICLE = ("قال وزير الخارجية سامي داود إن المحادثات ستستأنف غدا.\n\n"
           "وأضاف: «لن نقبل بأي شروط مسبقة».\n\n"
           "من جهتها، أكدت المتحدثة باسم الحكومة ليلى حسن أن الوفد سيصل مساء الأحد.")


def test_stages_in_order_give_what_find_quotes_gives() -> None:
    paras = segment.paragraphs("t", ARTICLE)
    found = detect(ARTICLE, paras)
    assert len(found.cues) == 3 and len(found.clauses) == 2
    spans, mentions = attribute(found)
    assert [(kind, ARTICLE[s:e]) for s, e, kind, _p, _v in spans] == [
        ("indirect", "المحادثات ستستأنف غدا"), ("direct", "لن نقبل بأي شروط مسبقة"),
        ("indirect", "الوفد سيصل مساء الأحد")]
    assert [m.text if m else None for m in mentions] == ["سامي داود", "سامي داود", "ليلى حسن"]
    staged = assemble(ARTICLE, spans, mentions)
    assert staged == find_quotes(ARTICLE, paras, segment.sentences(ARTICLE, paras))
    assert [s.name for s in staged[1]] == ["سامي داود", "ليلى حسن"]


def _benchmark():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "throughput.py"
    spec = importlib.util.spec_from_file_location("throughput", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_stage_pass_counts_articles_and_skips_rejected_records(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    records = [{"id": "a1", "title": "محادثات", "text": ARTICLE},
               {"id": "a2", "title": "خبر", "text": "وصل الوفد إلى العاصمة أمس."},
               {"id": "a3", "title": "بلا نص"}]
    (folder / "articles.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    bench = _benchmark()
    n, mb, spent = bench.stage_times(bench._files(tmp_path))
    assert n == 2
    assert round(mb * 1e6) == len((ARTICLE + "وصل الوفد إلى العاصمة أمس.").encode("utf-8"))
    assert list(spent) == ["load", "detection", "attribution", "speakers"]
    assert all(secs >= 0 for secs in spent.values())
