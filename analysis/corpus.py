"""The corpus step: run the per-article pipeline over all inputs, then assemble tables.

Corpus-level work happens only here: dropping exact duplicates (same normalised body),
merging speakers across articles, counting quotes, and building the DataFrames.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import pandas as pd

from analysis import schema
from analysis.ingest.sources import expand, iter_inputs
from analysis.pipeline import ingest, process
from analysis.records import ArticleResult, Claim, Quote, RawInput, Rejection
from analysis.speakers.merge import merge_speakers


@dataclass
class Corpus:
    """The tables of ``CONTRACT.md`` as pandas DataFrames."""

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    quotes: pd.DataFrame
    speakers: pd.DataFrame
    themes: pd.DataFrame
    claims: pd.DataFrame
    rejected: pd.DataFrame
    # Documentation files passed over in folders (rules/skip_files.txt); not a table.
    skipped: list[str] = field(default_factory=list)

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in schema.TABLES}

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(df)}" for name, df in self.tables().items())
        return f"Corpus({sizes})"


def load(sources, jobs: int = 1, progress: bool = False, analyse: bool = True) -> Corpus:
    """Load a folder, a file, a glob, or a list of them into a :class:`Corpus`.

    ``analyse=False`` stops after ingestion: articles, paragraphs and rejected are the
    same, the other tables are empty (a quick look at what loads, and why not).
    """
    found = expand(sources)
    results = _run(iter_inputs(found.files), jobs, progress, ingest if not analyse else process)
    corpus = assemble(results)
    corpus.skipped = [p.as_posix() for p in found.skipped]
    return corpus


def _run(inputs: Iterable[RawInput | Rejection], jobs: int, progress: bool,
         step: Callable[[RawInput], ArticleResult | Rejection] = process
         ) -> Iterator[ArticleResult | Rejection]:
    items = (x for x in inputs)
    pending = _batched(items, 256)
    done = 0
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for batch in pending:
                raws = [x for x in batch if isinstance(x, RawInput)]
                out = iter(pool.map(step, raws, chunksize=16))
                for x in batch:
                    yield next(out) if isinstance(x, RawInput) else x
                done += len(batch)
                _report(done, progress)
    else:
        for batch in pending:
            for x in batch:
                yield step(x) if isinstance(x, RawInput) else x
            done += len(batch)
            _report(done, progress)
    if progress and done:
        print(file=sys.stderr, flush=True)


def _batched(items: Iterator, n: int) -> Iterator[list]:
    batch: list = []
    for x in items:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


def _report(done: int, progress: bool) -> None:
    if progress:
        print(f"\r{done} inputs processed", end="", file=sys.stderr, flush=True)


def assemble(results: Iterable[ArticleResult | Rejection]) -> Corpus:
    """Deduplicate, merge speakers, and build every table (checked against the schema)."""
    kept: list[ArticleResult] = []
    rejected: list[Rejection] = []
    seen: dict[str, str] = {}
    for res in results:
        if isinstance(res, Rejection):
            rejected.append(res)
            continue
        # Same normalised body, or same input bytes (a .txt and a .html copy of one file
        # could parse to different bodies but would share an article_id).
        first = seen.get(res.dedup_key) or seen.get(res.article.article_id)
        if first is not None:
            rejected.append(Rejection(res.article.source_path, f"duplicate of {first}"))
            continue
        seen[res.dedup_key] = seen[res.article.article_id] = res.article.source_path
        kept.append(res)

    mapping, speaker_rows = merge_speakers([(r.article.article_id, r.speakers) for r in kept])
    names = {s.speaker_id: s.name for s in speaker_rows}
    quotes: list[Quote] = []
    claims: list[Claim] = []
    n_quotes: dict[str, int] = {}
    for r in kept:
        aid = r.article.article_id
        for i, q in enumerate(r.quotes):
            sid = mapping.get((aid, q.speaker_key)) if q.speaker_key is not None else None
            if sid is not None:
                n_quotes[sid] = n_quotes.get(sid, 0) + 1
            quotes.append(Quote(f"{aid}-q{i}", aid, q.para, sid, names.get(sid) if sid else None,
                                q.kind, q.verb, q.text, q.start, q.end))
        for c in r.claims:
            sid = c.speaker_id
            if sid is not None and sid.startswith("local:"):
                sid = mapping.get((aid, int(sid.split(":", 1)[1])))
            claims.append(c._replace(speaker_id=sid))
    speakers = [s._replace(n_quotes=n_quotes.get(s.speaker_id, 0)) for s in speaker_rows]
    speakers.sort(key=lambda s: (-s.n_quotes, s.name, s.speaker_id))
    return Corpus(
        articles=schema.from_records([r.article for r in kept], "articles"),
        paragraphs=schema.from_records([p for r in kept for p in r.paragraphs], "paragraphs"),
        quotes=schema.from_records(quotes, "quotes"),
        speakers=schema.from_records(speakers, "speakers"),
        themes=schema.from_records([t for r in kept for t in r.themes], "themes"),
        claims=schema.from_records(claims, "claims"),
        rejected=schema.from_records(rejected, "rejected"),
    )


def default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))
