"""Throughput of load + quotes over the corpora, next to the floor measured in the same run.

    python benchmarks/throughput.py --corpus ../shared/corpus [--rounds 3]

Floor: read the JSONL files, JSON-decode every record and run one regex pass over the
texts. Measured: the same reading plus the per-article pipeline's load steps (parse,
boilerplate, paragraphs, sentences) and the quote extractor, on one core. Prints
articles/s and MB/s (of article text) for both, and their ratio (target: >= 5%).

Each round runs in a fresh process, so load + quotes starts with cold caches (every
article is read once, as a user's first run reads it), and measures the floor just
before and just after it: on a shared machine the speed of the moment moves both, and
the ratio of neighbours is steadier than that of runs minutes apart.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import segment  # noqa: E402
from analysis.ingest.boilerplate import strip_boilerplate  # noqa: E402
from analysis.ingest.parse_json import parse_record  # noqa: E402
from analysis.quotes import find_quotes  # noqa: E402

_FLOOR_RE = re.compile(r"[«»\"“”]|قال")


def _files(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*/articles.jsonl"))


def floor(files: list[Path]) -> tuple[int, int, float]:
    t0 = time.perf_counter()
    n = size = 0
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text", "")
                n += 1
                size += len(text.encode("utf-8"))
                sum(1 for _ in _FLOOR_RE.finditer(text))
    return n, size, time.perf_counter() - t0


def load_and_quotes(files: list[Path]) -> tuple[int, int, int, float]:
    t0 = time.perf_counter()
    n = size = quotes = 0
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                rec = parse_record(json.loads(line))
                if isinstance(rec, str):
                    continue
                text = strip_boilerplate(rec.body)
                paras = segment.paragraphs("bench", text)
                sents = segment.sentences(text, paras)
                found, _ = find_quotes(text, paras, sents)
                n += 1
                size += len(text.encode("utf-8"))
                quotes += len(found)
    return n, size, quotes, time.perf_counter() - t0


FLOOR_RUNS = 3     # per side of a round: the floor takes a fifth of a second, so one busy
                   # moment on a shared machine would halve it and flatter the ratio


def one_round(files: list[Path]) -> dict[str, float]:
    """Floor (best of its runs before and after), then load + quotes once, cold."""
    before = [floor(files) for _ in range(FLOOR_RUNS)]
    n, size, quotes, secs = load_and_quotes(files)
    after = [floor(files) for _ in range(FLOOR_RUNS)]
    fl = min(before + after, key=lambda r: r[2])
    return {"articles": n, "mb": size / 1e6, "quotes": quotes, "seconds": secs,
            "floor_articles": fl[0], "floor_mb": fl[1] / 1e6, "floor_seconds": fl[2]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="../shared/corpus", help="folder of <corpus>/articles.jsonl")
    ap.add_argument("--rounds", type=int, default=3, help="rounds, each in a fresh process")
    ap.add_argument("--one-round", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    files = _files(Path(args.corpus))
    if not files:
        print(f"error: no */articles.jsonl under {args.corpus}", file=sys.stderr)
        return 2
    if args.one_round:
        print(json.dumps(one_round(files)))
        return 0
    print(f"{'':<22}{'articles':>9}{'MB':>8}{'seconds':>9}{'articles/s':>12}{'MB/s':>8}{'ratio':>8}")
    ratios = []
    for k in range(1, max(1, args.rounds) + 1):
        run = subprocess.run([sys.executable, __file__, "--corpus", args.corpus, "--one-round"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            last = (run.stderr.strip().splitlines() or ["no message"])[-1]
            print(f"error: round {k} failed: {last}", file=sys.stderr)
            return 1
        r = json.loads(run.stdout)
        ratio = (r["mb"] / r["seconds"]) / (r["floor_mb"] / r["floor_seconds"])
        ratios.append(ratio)
        for name, n, mb, secs, shown in (
                (f"round {k}: floor", r["floor_articles"], r["floor_mb"], r["floor_seconds"], ""),
                (f"round {k}: load+quotes", r["articles"], r["mb"], r["seconds"], f"{ratio:.1%}")):
            print(f"{name:<22}{n:>9}{mb:>8.1f}{secs:>9.2f}{n / secs:>12.0f}{mb / secs:>8.1f}{shown:>8}")
    print(f"quotes found: {r['quotes']}; load + quotes runs at {statistics.median(ratios):.1%} of the "
          f"floor (median of {len(ratios)} rounds; lowest {min(ratios):.1%}, highest {max(ratios):.1%}; "
          f"target >= 5%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
