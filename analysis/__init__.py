"""Who said what in Arabic news: articles, quotes, speakers, themes and claims as tables.

>>> import analysis
>>> corpus = analysis.load("seeds/")
>>> corpus.quotes  # doctest: +SKIP
"""

from analysis.corpus import Corpus, load
from analysis.ingest.sources import InputError

__all__ = ["Corpus", "InputError", "load"]
__version__ = "0.1.0"
