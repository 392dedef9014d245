# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] tags=[]
# # 04 · Claims · الادعاءات
#
# Check-worthy statements; those with a number carry its normalised value
# (١٢٠ ألفًا -> 120000) and what it counts, with the sentence and the article it came from.

# %% tags=["parameters"]
CORPUS = "../seeds/"  # a folder, a file or a glob of articles, relative to notebooks/
FIGURES = "../figures"  # where the PNG and SVG figures go
JOBS = 1  # worker processes for loading
CACHE = None  # the corpus pickled by `make report` (read instead of loading again)

# %% tags=[]
from analysis import cache, charts, summaries

corpus = cache.open_corpus(CORPUS, jobs=JOBS, cache=CACHE)
corpus

# %% [markdown] tags=[]
# ## Claims by kind · الادعاءات حسب النوع

# %% tags=[]
summaries.claim_kinds(corpus)

# %% [markdown] tags=[]
# ## Numeric claims · الادعاءات الرقمية

# %% tags=[]
summaries.numeric_claims(corpus)

# %% tags=[]
charts.save(charts.barh(summaries.claim_values(corpus),
                        "أكبر الأرقام المذكورة · largest numeric claims",
                        "value (log scale) / القيمة", "no numeric claims found", log=True),
            "04_numeric_claims", FIGURES)
