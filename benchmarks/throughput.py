"""Throughput of load + quotes over the corpora, next to the floor measured in the same run.

    python benchmarks/throughput.py --corpus ../shared/corpus [--rounds 3] [--stages]

Floor: read the JSONL files, JSON-decode every record and run one regex pass over the
texts. Measured: the same reading plus the per-article pipeline's load steps (parse,
boilerplate, paragraphs, sentences) and the quote extractor, on one core. Prints
articles/s and MB/s (of article text) for both, and their ratio (target: >= 5%).

Each round runs in a fresh process, so load + quotes starts with cold caches (every
article is read once, as a user's first run reads it), and measures the floor just
before and just after it: on a shared machine the speed of the moment moves both, and
the ratio of neighbours is steadier than that of runs minutes apart.

``--stages`` adds one more fresh process that times each stage of load + quotes per
article (load, detection, attribution, speakers) next to the time per article that the
5% target allows, so it is plain where the time goes.
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
from analysis.quotes import assemble, attribute, detect, find_quotes, in_letters  # noqa: E402

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


def stage_times(files: list[Path]) -> tuple[int, float, dict[str, float]]:
    """Articles, MB of article text, and seconds spent in each stage of load + quotes over
    all articles (one cold pass).

    The stages are those :func:`analysis.quotes.find_quotes` runs, called here one by one
    (reading a text drawn in presentation forms in letters counts as detection; mapping
    its offsets back, done by find_quotes for those 32 articles only, is left out).
    """
    spent = dict.fromkeys(("load", "detection", "attribution", "speakers"), 0.0)
    n = size = 0
    clock = time.perf_counter
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                t0 = clock()
                rec = parse_record(json.loads(line))
                if isinstance(rec, str):
                    continue
                text = strip_boilerplate(rec.body)
                paras = segment.paragraphs("bench", text)
                segment.sentences(text, paras)
                t1 = clock()
                spans: list = []
                mentions: list = []
                if paras:
                    letters, paras, _ = in_letters(text, paras)
                    found = detect(letters, paras)
                    t2 = clock()
                    spans, mentions = attribute(found)
                else:
                    letters, t2 = text, clock()
                t3 = clock()
                assemble(letters, spans, mentions)
                t4 = clock()
                for stage, secs in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
                    spent[stage] += secs
                n += 1
                size += len(text.encode("utf-8"))
    return n, size / 1e6, spent


def print_stages(files: list[Path], floor_mb: float, floor_seconds: float) -> bool:
    """Per-article milliseconds of each stage, against what the 5% target allows (the
    floor's seconds per MB, times 20, for the same text); False when the pass failed."""
    run = subprocess.run([sys.executable, __file__, "--corpus", str(files[0].parents[1]),
                          "--one-stages"], capture_output=True, text=True)
    if run.returncode != 0:
        last = (run.stderr.strip().splitlines() or ["no message"])[-1]
        print(f"error: the stage pass failed: {last}", file=sys.stderr)
        return False
    got = json.loads(run.stdout)
    n, mb, spent = got["articles"], got["mb"], got["spent"]
    total = sum(spent.values())
    if n == 0 or total <= 0:
        print("stages: no article was read", file=sys.stderr)
        return False
    allowed = floor_seconds / floor_mb * mb / 0.05 / n * 1e3
    print(f"stages, ms per article (one more cold pass; the 5% target allows {allowed:.2f} ms "
          f"per article in all):")
    for stage, secs in spent.items():
        print(f"  {stage:<12}{secs / n * 1e3:>7.2f}  {secs / total:>4.0%}")
    print(f"  {'all':<12}{total / n * 1e3:>7.2f}  ({total / n * 1e3 / allowed:.1f} times the allowance)")
    return True


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
    ap.add_argument("--stages", action="store_true", help="also time each stage of load + quotes")
    ap.add_argument("--one-round", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--one-stages", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    files = _files(Path(args.corpus))
    if not files:
        print(f"error: no */articles.jsonl under {args.corpus}", file=sys.stderr)
        return 2
    if args.one_round:
        print(json.dumps(one_round(files)))
        return 0
    if args.one_stages:
        n, mb, spent = stage_times(files)
        print(json.dumps({"articles": n, "mb": mb, "spent": spent}))
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
    if args.stages and not print_stages(files, r["floor_mb"], r["floor_seconds"]):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
