"""Write the corpus tables to a folder as Parquet or CSV."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from analysis.corpus import Corpus

LIST_SEPARATOR = " | "
FORMATS = ("parquet", "csv")


class OutputError(Exception):
    """The output folder cannot be created or written (a one-line, user-facing message)."""


def ensure_writable(out: Path) -> None:
    """Create ``out`` if needed and prove a file can be written there, before any work."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".write-test-"):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise OutputError(f"cannot write to {out}: {reason}") from None
    if not os.access(out, os.W_OK):
        raise OutputError(f"cannot write to {out}: permission denied")


def write_tables(corpus: Corpus, out: Path, fmt: str = "parquet") -> dict[str, tuple[Path, int]]:
    """One file per table; list columns become ' | '-joined strings in CSV."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    ensure_writable(out)
    written: dict[str, tuple[Path, int]] = {}
    for name, frame in corpus.tables().items():
        path = out / f"{name}.{fmt}"
        if fmt == "parquet":
            frame.to_parquet(path, index=False)
        else:
            _for_csv(frame).to_csv(path, index=False)
        written[name] = (path, len(frame))
    return written


def _for_csv(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(lambda v: LIST_SEPARATOR.join(v) if isinstance(v, list) else v)
    return out
