"""Command line: ``python -m analysis extract|evaluate|report ...``.

Errors are one line on stderr with exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.corpus import default_jobs, load
from analysis.ingest.sources import InputError
from analysis.export import OutputError, ensure_writable, write_tables


def _extract(args: argparse.Namespace) -> int:
    out = Path(args.out)
    ensure_writable(out)  # fail before the work, not after it
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    corpus = load(args.src, jobs=args.jobs, progress=progress)
    if corpus.skipped:
        print(f"note: skipped {len(corpus.skipped)} documentation file(s) "
              f"(rules/skip_files.txt): {', '.join(corpus.skipped[:3])}"
              + (" ..." if len(corpus.skipped) > 3 else ""), file=sys.stderr)
    written = write_tables(corpus, out, args.format)
    for name, (path, rows) in written.items():
        print(f"{name:<11}{rows:>8} rows  {path}")
    return 0


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 1, not {value!r}")
    return jobs


def _evaluate(args: argparse.Namespace) -> int:
    from analysis.evaluate import run_evaluation

    return run_evaluation(args.gold, args.src, args.corpus_root)


def _report(args: argparse.Namespace) -> int:
    from analysis.report import build_report

    return build_report(args.corpus)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    ext = sub.add_parser("extract", help="load articles and write one file per table")
    ext.add_argument("src", nargs="+", help="folders, files or globs of articles")
    ext.add_argument("--out", required=True, help="output folder")
    ext.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    ext.add_argument("--jobs", type=_jobs, default=default_jobs(),
                     help="worker processes (default: up to 4); results do not depend on it")
    ext.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="show progress on stderr (default: when stderr is a terminal)")
    ext.set_defaults(func=_extract)

    ev = sub.add_parser("evaluate", help="score quotes, speakers and numbers against gold")
    ev.add_argument("gold", nargs="+", help="gold JSONL files (see ANNOTATION.md)")
    ev.add_argument("--src", nargs="*", default=None,
                    help="articles to extract from (default: the gold's corpora)")
    ev.add_argument("--corpus-root", default="../shared",
                    help="folder holding corpus/ and seed-article.txt")
    ev.set_defaults(func=_evaluate)

    rep = sub.add_parser("report", help="rerun the notebooks; write figures/ and the HTML report")
    rep.add_argument("--corpus", default="seeds/", help="articles to report on")
    rep.set_defaults(func=_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (InputError, OutputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
