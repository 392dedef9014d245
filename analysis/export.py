"""Write the corpus tables to a folder as Parquet or CSV."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.corpus import Corpus

LIST_SEPARATOR = " | "


def write_tables(corpus: Corpus, out: Path, fmt: str = "parquet") -> dict[str, tuple[Path, int]]:
    """One file per table; list columns become ' | '-joined strings in CSV."""
    out.mkdir(parents=True, exist_ok=True)
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
