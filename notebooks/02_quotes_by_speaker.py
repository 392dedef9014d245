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
# # 02 · Quotes by speaker · الاقتباسات حسب المتحدث
#
# Whose voices are carried, how often, and whether they are quoted directly (inside
# quotation marks) or reported (قال إن، أكد أن ...). Quotes without a speaker are counted
# as "unattributed", never dropped.

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
# ## Most quoted speakers · أكثر المتحدثين اقتباسًا

# %% tags=[]
summaries.quotes_per_speaker(corpus)

# %% tags=[]
charts.save(charts.stacked_barh(summaries.quotes_per_speaker(corpus)[["direct", "indirect"]],
                                "الاقتباسات لكل متحدث · quotes per speaker",
                                "quotes / اقتباسات", "no quotes found", charts.KIND_COLORS),
            "02_quotes_per_speaker", FIGURES)

# %% [markdown] tags=[]
# ## Direct vs reported, per outlet · مباشر أم منقول حسب المصدر

# %% tags=[]
summaries.quote_kinds_by_outlet(corpus)

# %% tags=[]
charts.save(charts.stacked_barh(summaries.quote_kinds_by_outlet(corpus)[["direct", "indirect"]],
                                "مباشر أم منقول · direct vs reported, per outlet",
                                "quotes / اقتباسات", "no quotes found", charts.KIND_COLORS),
            "02_quote_kinds_by_outlet", FIGURES)

# %% [markdown] tags=[]
# ## Speakers per outlet · المتحدثون حسب المصدر

# %% tags=[]
summaries.speaker_by_outlet(corpus)

# %% [markdown] tags=[]
# ## Speakers · المتحدثون (canonical names, roles, organisations)

# %% tags=[]
corpus.speakers.head(20)
