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
# # 01 · Corpus overview · نظرة عامة على المقالات
#
# How many articles, from which outlets, over which dates, and how long they are.
# The notebooks run with `notebooks/` as the working directory (JupyterLab does this);
# `make report CORPUS=path` reruns all of them on another corpus.

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
# ## Articles per outlet · المقالات حسب المصدر

# %% tags=[]
summaries.overview(corpus)

# %% tags=[]
charts.save(charts.barh(summaries.articles_per_outlet(corpus),
                        "المقالات حسب المصدر · articles per outlet", "articles / مقالات",
                        "no articles found"),
            "01_articles_per_outlet", FIGURES)

# %% [markdown] tags=[]
# ## Over time · عبر الزمن

# %% tags=[]
summaries.articles_per_month(corpus)

# %% tags=[]
charts.save(charts.lines(summaries.articles_per_month(corpus),
                         "المقالات شهريًا · articles per month", "articles / مقالات",
                         "no dates found"),
            "01_articles_per_month", FIGURES)

# %% [markdown] tags=[]
# ## Lengths · طول المقالات

# %% tags=[]
summaries.article_lengths(corpus).describe().round(1)

# %% tags=[]
charts.save(charts.histogram(summaries.article_lengths(corpus),
                             "طول المقالات · article length", "words / كلمات",
                             "no articles found"),
            "01_article_lengths", FIGURES)

# %% [markdown] tags=[]
# ## Inputs that could not be read · مدخلات مرفوضة

# %% tags=[]
corpus.rejected
