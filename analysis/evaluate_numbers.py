"""Numeric claims against the gold set: value recall and precision, micro-averaged.

For each gold article, the ``statistic`` claims of the matching corpus article are
compared with the gold ``numbers`` (``../shared/ANNOTATION.md``):

- *value*: a multiset match on the normalised value (13 found three times matches three
  gold 13s at most);
- *span*: a value match whose claim span also overlaps an occurrence of the gold number's
  text in the article (one-to-one, greedy in text order).

A gold article is found by its ``source_path`` ending in ``#<id>`` (``seed`` records by
the file name). A gold article missing from the corpus counts all its numbers as missed
and is listed under ``missing``.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd


def _key(v: float) -> float:
    return round(float(v), 6)


def find_article(gold: dict, articles: pd.DataFrame) -> pd.Series | None:
    """The corpus article a gold record names, or None."""
    suffix = gold["id"] if gold["corpus"] == "seed" else "#" + gold["id"]
    hit = articles[articles["source_path"].str.endswith(suffix)]
    return None if hit.empty else hit.iloc[0]


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while i >= 0 and needle:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def score_article(gold: dict, text: str, claims: pd.DataFrame) -> dict:
    """Counts for one article: gold, predicted, value and span true positives."""
    stats = claims[claims["kind"] == "statistic"]
    pred = [(_key(r.value), int(r.start), int(r.end)) for r in stats.itertuples()]
    numbers = gold.get("numbers", [])
    value_tp = sum((Counter(_key(n["value"]) for n in numbers) & Counter(p[0] for p in pred)).values())
    used: set[int] = set()
    span_tp = 0
    for n in numbers:
        spans = _occurrences(text, n["text"])
        for k, (v, s, e) in enumerate(pred):
            if k not in used and v == _key(n["value"]) and any(s < b and a < e for a, b in spans):
                used.add(k)
                span_tp += 1
                break
    missed = sorted((Counter(_key(n["value"]) for n in numbers)
                     - Counter(p[0] for p in pred)).elements())
    extra = sorted((Counter(p[0] for p in pred)
                    - Counter(_key(n["value"]) for n in numbers)).elements())
    return {"id": gold["id"], "corpus": gold["corpus"], "gold": len(numbers),
            "predicted": len(pred), "value_tp": value_tp, "span_tp": span_tp,
            "missed": missed, "extra": extra}


def score_numbers(gold_records: list[dict], corpus) -> dict:
    """Micro-averaged numeric-claim metrics of ``corpus`` against the gold records that
    annotate numbers (a record without a ``numbers`` key annotates quotes only)."""
    rows, missing = [], []
    claims = corpus.claims
    for g in gold_records:
        if "numbers" not in g:
            continue
        art = find_article(g, corpus.articles)
        if art is None:
            missing.append(f"{g['corpus']}:{g['id']}")
            rows.append({"id": g["id"], "corpus": g["corpus"], "gold": len(g.get("numbers", [])),
                         "predicted": 0, "value_tp": 0, "span_tp": 0, "missed": [], "extra": []})
            continue
        rows.append(score_article(g, art["text"], claims[claims["article_id"] == art["article_id"]]))
    gold_n = sum(r["gold"] for r in rows)
    pred_n = sum(r["predicted"] for r in rows)
    vtp = sum(r["value_tp"] for r in rows)
    stp = sum(r["span_tp"] for r in rows)
    return {"articles": len(rows), "gold": gold_n, "predicted": pred_n,
            "value_tp": vtp, "span_tp": stp,
            "value_recall": vtp / gold_n if gold_n else 1.0,
            "value_precision": vtp / pred_n if pred_n else 1.0,
            "span_recall": stp / gold_n if gold_n else 1.0,
            "span_precision": stp / pred_n if pred_n else 1.0,
            "missing": missing, "per_article": rows}


def format_numbers(m: dict) -> str:
    """A short plain-text report of :func:`score_numbers`' metrics."""
    lines = [f"numeric claims: {m['articles']} articles, {m['gold']} gold, {m['predicted']} found",
             f"  by value:        recall {m['value_recall']:.3f}  precision {m['value_precision']:.3f}",
             f"  by value + span: recall {m['span_recall']:.3f}  precision {m['span_precision']:.3f}"]
    if m["missing"]:
        lines.append(f"  articles not in the corpus: {', '.join(m['missing'])}")
    for r in m["per_article"]:
        if r["missed"] or r["extra"]:
            lines.append(f"  {r['id']}: missed {r['missed']} extra {r['extra']}")
    return "\n".join(lines)
