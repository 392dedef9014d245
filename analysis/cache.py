"""Load a corpus once per report: the report pickles it, every notebook reads the pickle.

Loading 2,860 articles with every extractor takes minutes on two cores; four notebooks
loading it again each would multiply that. ``python -m analysis report`` loads the corpus
once, writes ``build/cache/corpus.pkl`` and passes its path as the notebooks' ``CACHE``
parameter. Run interactively (``CACHE = None``), a notebook loads the articles itself.
"""

from __future__ import annotations

import pickle
from pathlib import Path

from analysis.corpus import Corpus, load


def open_corpus(source, jobs: int = 1, cache: str | Path | None = None) -> Corpus:
    """The corpus from ``cache`` (a pickle written by :func:`save`) if given, else loaded."""
    if cache is None:
        return load(source, jobs=jobs)
    with open(cache, "rb") as fh:
        corpus = pickle.load(fh)
    if not isinstance(corpus, Corpus):
        raise TypeError(f"{cache} does not hold a Corpus")
    return corpus


def save(corpus: Corpus, path: Path) -> Path:
    """Pickle ``corpus`` to ``path`` (only files this package wrote are ever read back)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        pickle.dump(corpus, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return path
