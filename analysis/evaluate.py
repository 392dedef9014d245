"""Score the extractor against hand-annotated gold (``../shared/gold/*.jsonl``).

``python -m analysis evaluate GOLD.jsonl... [--src ...] [--corpus-root ../shared]``

Quotes are matched one-to-one within their kind by token overlap (Dice >= 0.5 on
normalised word tokens), because annotators differ a little on boundaries (a leading و,
an إن kept inside the marks). A speaker is right when one of the predicted speaker's
forms equals one of the gold ``speaker_forms`` after normalisation (or contains it as a
run of two or more words). :func:`evaluate` returns the metrics as a dict; more scores
(numeric claims) can be added as further keys by another ``score_*`` function.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.ingest.sources import expand, iter_inputs
from analysis.normalize import normalize_key
from analysis.pipeline import process
from analysis.records import ArticleResult, RawInput

MIN_OVERLAP = 0.5
KINDS = ("direct", "indirect")
_TOKEN = re.compile(r"\w+")


@dataclass
class Scored:
    """One article: its gold record and what the extractor found."""

    gold: dict[str, Any]
    result: ArticleResult


# ---------------------------------------------------------------- loading

def load_gold(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            out.extend(json.loads(line) for line in fh if line.strip())
    return out


def _record_key(source_path: str) -> str:
    """'.../articles.jsonl#aawsat-410826' -> 'aawsat-410826'; a file -> its name."""
    return source_path.rsplit("#", 1)[-1] if "#" in source_path else Path(source_path).name


def _gold_inputs(gold: list[dict[str, Any]], corpus_root: Path) -> list[RawInput]:
    """Only the gold's articles, read from ``corpus_root`` (one pass per corpus file)."""
    wanted: dict[str, set[str]] = {}
    for g in gold:
        wanted.setdefault(g["corpus"], set()).add(g["id"])
    raws = []
    for corpus, ids in wanted.items():
        if corpus == "seed":
            path = corpus_root / "seed-article.txt"
            raws.append(RawInput(str(path), "txt", path.read_bytes()))
            continue
        path = corpus_root / "corpus" / corpus / "articles.jsonl"
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                m = re.search(r'"id"\s*:\s*"([^"]+)"', line)
                if m and m.group(1) in ids:
                    raws.append(RawInput(f"{path}#L{lineno}", "record", line.encode("utf-8"), "utf-8"))
    return raws


def extract_for_gold(gold: list[dict[str, Any]], src: list[str] | None,
                     corpus_root: str | Path) -> list[Scored]:
    """Run the pipeline on the gold's articles; gold records with no article are skipped."""
    if src:
        raws = [x for x in iter_inputs(expand(src)) if isinstance(x, RawInput)]
    else:
        raws = _gold_inputs(gold, Path(corpus_root))
    results: dict[str, ArticleResult] = {}
    for raw in raws:
        res = process(raw)
        if isinstance(res, ArticleResult):
            results[_record_key(res.article.source_path)] = res
    out = []
    for g in gold:
        res = results.get(g["id"])
        if res is not None:
            out.append(Scored(g, res))
    return out


# ---------------------------------------------------------------- matching

def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalize_key(text))


def overlap(a: str, b: str) -> float:
    """Dice coefficient of the two texts' token multisets."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    rest = list(tb)
    common = 0
    for t in ta:
        if t in rest:
            rest.remove(t)
            common += 1
    return 2 * common / (len(ta) + len(tb))


def match(pred: list[str], gold: list[str]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap (best pairs first), above MIN_OVERLAP."""
    pairs = sorted(((overlap(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
                   reverse=True)
    used_p, used_g, out = set(), set(), []
    for score, i, j in pairs:
        if score < MIN_OVERLAP:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _words(key: str) -> list[str]:
    return key.split()


def same_speaker(pred_forms: Iterable[str], gold_forms: Iterable[str]) -> bool:
    """Any predicted form equals a gold form, or holds it as a run of >= 2 words."""
    pk = {normalize_key(f) for f in pred_forms if f}
    gk = {normalize_key(f) for f in gold_forms if f}
    if pk & gk:
        return True
    for p in pk:
        for g in gk:
            short, long_ = sorted((_words(p), _words(g)), key=len)
            if len(short) >= 2 and any(long_[i:i + len(short)] == short
                                       for i in range(len(long_) - len(short) + 1)):
                return True
    return False


def pred_forms(res: ArticleResult, qi: int) -> list[str]:
    q = res.quotes[qi]
    forms = [q.mention.text] if q.mention is not None else []
    if q.speaker_key is not None:
        sp = res.speakers[q.speaker_key]
        forms += [sp.name, *sp.forms]
    return forms


# ---------------------------------------------------------------- scoring

def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def score_quotes(scored: list[Scored]) -> dict[str, Any]:
    """Detection per kind, attribution accuracy and attributed-quote F1."""
    counts = {k: [0, 0, 0] for k in (*KINDS, "all")}
    attributed_tp = matched = right = 0
    for s in scored:
        gq = s.gold["quotes"]
        for kind in KINDS:
            pi = [i for i, q in enumerate(s.result.quotes) if q.kind == kind]
            gi = [j for j, q in enumerate(gq) if q["kind"] == kind]
            pairs = match([s.result.quotes[i].text for i in pi], [gq[j]["text"] for j in gi])
            for c in (counts[kind], counts["all"]):
                c[0] += len(pairs)
                c[1] += len(pi)
                c[2] += len(gi)
            for a, b in pairs:
                g = gq[gi[b]]
                ok = same_speaker(pred_forms(s.result, pi[a]), [g["speaker"], *g["speaker_forms"]])
                matched += 1
                right += ok
                attributed_tp += ok
    out: dict[str, Any] = {k: _prf(*counts[k]) for k in counts}
    out["attribution_accuracy"] = right / matched if matched else 0.0
    out["attributed"] = _prf(attributed_tp, counts["all"][1], counts["all"][2])
    return out


def evaluate(gold_paths: Iterable[str | Path], src: list[str] | None = None,
             corpus_root: str | Path = "../shared") -> dict[str, Any]:
    """All metrics as a dict: {'quotes': {...}, 'n_articles': n}."""
    gold = load_gold(gold_paths)
    scored = extract_for_gold(gold, src, corpus_root)
    return {"n_articles": len(scored), "n_gold_articles": len(gold), "quotes": score_quotes(scored)}


def format_table(metrics: dict[str, Any]) -> str:
    q = metrics["quotes"]
    lines = [f"articles scored: {metrics['n_articles']} of {metrics['n_gold_articles']} in the gold",
             f"{'':<22}{'precision':>10}{'recall':>8}{'F1':>7}{'pred':>6}{'gold':>6}"]
    for name, key in (("direct quotes", "direct"), ("indirect quotes", "indirect"),
                      ("all quotes", "all"), ("attributed quotes", "attributed")):
        m = q[key]
        lines.append(f"{name:<22}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['f1']:>7.3f}"
                     f"{m['n_pred']:>6}{m['n_gold']:>6}")
    lines.append(f"attribution accuracy (matched quotes): {q['attribution_accuracy']:.3f}")
    return "\n".join(lines)


def run_evaluation(gold_paths: list[str], src: list[str] | None, corpus_root: str) -> int:
    """The CLI entry: print the table; exit 0, or 2 when no gold article could be found."""
    metrics = evaluate(gold_paths, src, corpus_root)
    print(format_table(metrics))
    if metrics["n_articles"] == 0:
        print("error: none of the gold's articles were found (check --corpus-root / --src)",
              file=sys.stderr)
        return 2
    return 0
