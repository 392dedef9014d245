"""Score the extractor against hand-annotated gold (``../shared/gold/*.jsonl``).

``python -m analysis evaluate GOLD.jsonl... [--src ...] [--corpus-root ../shared]``

Quotes are matched one-to-one within their kind by token overlap (Dice >= 0.5 on
normalised word tokens), because annotators differ a little on boundaries (a leading و,
an إن kept inside the marks). The predicted speaker of a quote is its canonical speaker
(``quotes.speaker``) with all its aliases; names are compared after normalisation (a و/ف
glued to the name dropped, leading titles stripped). It is right when the canonical name
is a form of the quote's gold speaker; when the canonical name names no gold speaker, when
an alias is one and no alias names another gold speaker of the article; a bare
description ("المتحدث") counts only where it describes that gold speaker alone
(:func:`speaker_ok`). A name that runs on ("لافروف انتقاده") or names someone else is
wrong. :func:`evaluate` returns the metrics as a dict; more scores
(numeric claims) can be added as further keys by another ``score_*`` function.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.ingest.sources import expand, iter_inputs
from analysis.normalize import normalize_key
from analysis.corpus import assemble
from analysis.evaluate_numbers import format_numbers, score_numbers
from analysis.gold_offsets import CorpusLine, corpus_lines, fill_texts, wanted_ids
from analysis.pipeline import process
from analysis.quotes.lexicon import lexicon
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


def _gold_inputs(gold: list[dict[str, Any]], corpus_root: Path,
                 lines: dict[tuple[str, str], CorpusLine]) -> list[RawInput]:
    """Only the gold's articles: the seed from ``corpus_root``, the others from ``lines``
    (their corpus lines, read once by :func:`corpus_lines`)."""
    raws = []
    if any(g["corpus"] == "seed" for g in gold):
        path = corpus_root / "seed-article.txt"
        raws.append(RawInput(str(path), "txt", path.read_bytes()))
    for got in lines.values():
        raws.append(RawInput(f"{got.path}#L{got.lineno}", "record", got.line.encode("utf-8"), "utf-8"))
    return raws


def _corpus_gold(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [g for g in gold if g["corpus"] != "seed"]


def extract_for_gold(gold: list[dict[str, Any]], src: list[str] | None, corpus_root: str | Path,
                     lines: dict[tuple[str, str], CorpusLine] | None = None) -> list[Scored]:
    """Run the pipeline on the gold's articles; gold records with no article are skipped.

    ``lines``: the gold's corpus lines when the caller has read them already."""
    if src:
        raws = [x for x in iter_inputs(expand(src)) if isinstance(x, RawInput)]
    else:
        if lines is None:
            lines = corpus_lines(wanted_ids(_corpus_gold(gold)), corpus_root)
        raws = _gold_inputs(gold, Path(corpus_root), lines)
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


_NON_WORD = re.compile(r"[^\w\s]+")
_PREP_WORDS = frozenset({"في", "باسم", "لدي", "الي", "علي", "من", "عن", "مع"})
# one definite word that is a bare description ("المتحدث", "المصدر", "البيان"): it names a
# speaker only where no other speaker of the article is described the same way
_DOCUMENTS = frozenset({"بيان", "تقرير", "وثيقه", "صحيفه", "جريده", "مرسوم", "رساله", "دراسه"})


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """(title words, all description head words), normalised, without ال."""
    lex = lexicon()
    titles = frozenset(normalize_key(w) for w in lex.titles)
    return titles, titles | {normalize_key(w) for w in (*lex.org_heads, *lex.anon_heads)} | _DOCUMENTS


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def speaker_keys(form: str) -> set[str]:
    """Comparison keys of one speaker form: normalised; without a و/ف glued to its first
    word ("وكيري"); without leading titles and the definite words after them
    ("الرئيس الأمريكي باراك أوباما" -> "باراك أوباما", "الرئيس الأسد" -> "الأسد")."""
    words = _NON_WORD.sub(" ", normalize_key(form)).split()
    if not words:
        return set()
    keys = {" ".join(words)}
    if words[0][:1] in "وف" and len(words[0]) > 3:
        keys.add(" ".join([words[0][1:], *words[1:]]))
    titles = _heads()[0]
    i = 0
    while i < len(words) - 1 and _bare(words[i]) in titles:
        i += 1
    if i:
        j = i
        while j < len(words) - 1 and words[j].startswith("ال"):
            j += 1
        # an indefinite title right before a name is a construct: "مستشار أوباما"
        construct = j == i and not words[i - 1].startswith("ال")
        if not construct and words[j] not in _PREP_WORDS and not words[j].startswith(("لل", "بال")):
            keys.add(" ".join(words[j:]))
    return keys


def is_generic(key: str) -> bool:
    """A one-word description ("المتحدث", "الوزير", "البيان") rather than a name."""
    return " " not in key and key.startswith("ال") and _bare(key) in _heads()[1]


def speaker_ok(pred: Iterable[str], gold_speaker: str, speakers: dict[str, list[str]]) -> bool:
    """Whether the predicted speaker (its canonical name and aliases) is the gold speaker.

    ``pred`` starts with the canonical name. ``speakers`` maps every gold speaker of the
    article to its forms. The canonical name decides when it names a gold speaker (it is
    what users see); otherwise the aliases: right when one of them is a form of the gold
    speaker and none is a form of another gold speaker (one speaker for two people is
    wrong for both). A prediction with no name at all (only descriptions such as
    "المتحدث") is right when the description is shared with that gold speaker alone.
    """
    pred = [f for f in pred if f]
    pk = set().union(*(speaker_keys(f) for f in pred))
    if not pk:
        return False
    gk = {s: set().union(*(speaker_keys(f) for f in [s, *forms] if f)) for s, forms in speakers.items()}
    canon = {k for k in speaker_keys(pred[0]) if not is_generic(k)}
    hit = {s for s, keys in gk.items() if keys & canon}
    if hit:
        return hit == {gold_speaker}
    names = {k for k in pk if not is_generic(k)}
    hit = {s for s, keys in gk.items() if keys & names}
    if hit:
        return hit == {gold_speaker}
    if any(not is_generic(k) for k in pk):
        return False      # a named prediction that names nobody of the gold
    hit = {s for s, keys in gk.items() if keys & pk}
    return hit == {gold_speaker}


def same_speaker(pred_forms: Iterable[str], gold_forms: Iterable[str]) -> bool:
    """:func:`speaker_ok` for an article with this one gold speaker."""
    gold_forms = [f for f in gold_forms if f]
    if not gold_forms:
        return False
    return speaker_ok(pred_forms, gold_forms[0], {gold_forms[0]: gold_forms})


def pred_forms(res: ArticleResult, qi: int) -> list[str]:
    """The predicted speaker of quote ``qi``: canonical name and aliases ([] when none)."""
    q = res.quotes[qi]
    if q.speaker_key is None:
        return []
    sp = res.speakers[q.speaker_key]
    return [sp.name, *sp.forms]


def gold_speakers(quotes: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Every gold speaker of an article with all its forms."""
    out: dict[str, list[str]] = {}
    for q in quotes:
        out.setdefault(q["speaker"], [])
        out[q["speaker"]] += [f for f in q["speaker_forms"] if f not in out[q["speaker"]]]
    return out


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
        speakers = gold_speakers(gq)
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
                ok = speaker_ok(pred_forms(s.result, pi[a]), g["speaker"], speakers)
                matched += 1
                right += ok
                attributed_tp += ok
    out: dict[str, Any] = {k: _prf(*counts[k]) for k in counts}
    out["attribution_accuracy"] = right / matched if matched else 0.0
    out["attributed"] = _prf(attributed_tp, counts["all"][1], counts["all"][2])
    return out


def evaluate(gold_paths: Iterable[str | Path], src: list[str] | None = None,
             corpus_root: str | Path = "../shared") -> dict[str, Any]:
    """All metrics as a dict: {'quotes': {...}, 'numbers': {...}, 'n_articles': n}."""
    gold = load_gold(gold_paths)
    # one read of the corpus files serves both the gold's texts and the pipeline's inputs
    lines = None if src else corpus_lines(wanted_ids(_corpus_gold(gold)), corpus_root)
    gold = fill_texts(gold, corpus_root, lines)
    scored = extract_for_gold(gold, src, corpus_root, lines)
    corpus = assemble(s.result for s in scored)
    return {"n_articles": len(scored), "n_gold_articles": len(gold), "quotes": score_quotes(scored),
            "numbers": score_numbers(gold, corpus)}


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
    if metrics.get("numbers", {}).get("articles"):
        lines.append(format_numbers(metrics["numbers"]))
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
