"""Gold annotations kept without article text: offsets in, texts back out.

Annotators write gold records as ``ANNOTATION.md`` describes, with each quote's
``text`` copied from the article. Articles of a licensed corpus must not be copied into
this repository, so a record committed here keeps, per quote, only ``start``/``end``
(offsets into the corpus record's ``text`` field) and the speaker's names; the record
carries ``text_sha256`` of the article so a changed corpus fails loudly, not silently.

    python -m analysis.gold_offsets strip ANNOTATED.jsonl... --corpus-root ../shared > OUT.jsonl

:func:`fill_texts` puts the texts back from ``<corpus-root>/corpus/<corpus>/articles.jsonl``
before scoring (``python -m analysis evaluate`` does this for any record without texts).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from analysis.ingest.sources import InputError


class CorpusLine(NamedTuple):
    """One corpus record as stored: where it is, the raw JSONL line, and its ``text``."""
    path: Path
    lineno: int
    line: str
    text: str


def corpus_lines(wanted: dict[str, set[str]], corpus_root: str | Path) -> dict[tuple[str, str], CorpusLine]:
    """``{(corpus, id): CorpusLine}`` for the wanted ids of each corpus (one pass per file).

    Both the texts for offset-only gold and the pipeline's inputs come from these lines,
    so evaluating reads each corpus file once."""
    out: dict[tuple[str, str], CorpusLine] = {}
    for corpus, ids in wanted.items():
        path = Path(corpus_root) / "corpus" / corpus / "articles.jsonl"
        if not path.is_file():
            raise InputError(f"gold names corpus {corpus!r} but {path} does not exist")
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not any(i in line for i in ids):
                    continue        # most lines are not wanted: skip the JSON decode
                rec = json.loads(line)
                if rec.get("id") in ids:
                    out[(corpus, rec["id"])] = CorpusLine(path, lineno, line, rec.get("text", ""))
    return out


def article_texts(wanted: dict[str, set[str]], corpus_root: str | Path) -> dict[tuple[str, str], str]:
    """``{(corpus, id): text}`` for the wanted ids of each corpus (one pass per file)."""
    return {key: got.text for key, got in corpus_lines(wanted, corpus_root).items()}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def wanted_ids(records: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
    wanted: dict[str, set[str]] = {}
    for r in records:
        wanted.setdefault(r["corpus"], set()).add(r["id"])
    return wanted


def _find_unused(article: str, text: str, pos: int, used: set[tuple[int, str]]) -> int:
    """The first occurrence of ``text`` at or after ``pos`` not taken by an earlier quote
    (-1 if none); when every one is taken, the first (one span, two speakers)."""
    first = s = article.find(text, pos)
    while s >= 0 and (s, text) in used:
        s = article.find(text, s + 1)
    return s if s >= 0 else first


def strip_texts(records: list[dict[str, Any]], texts: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    """The records with every quote's ``text`` replaced by its offsets in the article.

    Quotes are in text order, so each text is looked up from the previous quote's start,
    skipping occurrences an earlier quote took (a sentence repeated in an article maps
    to the right occurrence); failing that, from the article's start. A text that is not
    in the article is an error.
    """
    out = []
    for r in records:
        article = texts.get((r["corpus"], r["id"]))
        if article is None:
            raise InputError(f"{r['corpus']}/{r['id']}: article not found")
        quotes, pos, used = [], 0, set()
        for q in r["quotes"]:
            s = _find_unused(article, q["text"], pos, used)
            if s < 0:
                s = _find_unused(article, q["text"], 0, used)
            if s < 0 or not q["text"]:
                raise InputError(f"{r['id']}: quote text is not in the article: {q['text'][:40]!r}")
            pos = s
            used.add((s, q["text"]))
            kept = {k: v for k, v in q.items() if k != "text"}
            quotes.append({**kept, "start": s, "end": s + len(q["text"])})
        out.append({"corpus": r["corpus"], "id": r["id"], "text_sha256": _digest(article),
                    "quotes": quotes})
    return out


def fill_texts(records: list[dict[str, Any]], corpus_root: str | Path,
               lines: dict[tuple[str, str], CorpusLine] | None = None) -> list[dict[str, Any]]:
    """Records whose quotes have offsets get their ``text`` back; others pass unchanged.

    ``lines``: the records' corpus lines when the caller has read them already."""
    need = [any("text" not in q for q in r.get("quotes", [])) for r in records]
    if not any(need):
        return records
    if lines is None:
        lines = corpus_lines(wanted_ids(r for r, n in zip(records, need) if n), corpus_root)
    texts = {key: got.text for key, got in lines.items()}
    out = []
    for r, n in zip(records, need):
        if not n:
            out.append(r)
            continue
        article = texts.get((r["corpus"], r["id"]))
        if article is None:
            raise InputError(f"gold article {r['corpus']}/{r['id']} is not under {corpus_root}")
        if r.get("text_sha256") not in (None, _digest(article)):
            raise InputError(f"gold article {r['corpus']}/{r['id']} differs from the one annotated "
                             f"(text_sha256 {r['text_sha256']} != {_digest(article)})")
        quotes = [q if "text" in q else {**q, "text": article[q["start"]:q["end"]]}
                  for q in r["quotes"]]
        out.append({**r, "quotes": quotes})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m analysis.gold_offsets", description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("strip",))
    ap.add_argument("gold", nargs="+", help="annotated gold JSONL files, with quote texts")
    ap.add_argument("--corpus-root", default="../shared", help="folder holding corpus/")
    args = ap.parse_args(argv)
    try:
        records = [json.loads(line) for p in args.gold
                   for line in Path(p).read_text(encoding="utf-8").splitlines() if line.strip()]
        stripped = strip_texts(records, article_texts(wanted_ids(records), args.corpus_root))
    except (InputError, OSError, json.JSONDecodeError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for r in stripped:
        print(json.dumps(r, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
