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
# # 03 · Themes · المواضيع
#
# Which themes the articles and quotes touch, who speaks on which theme, and how each
# outlet and each month distributes them. Labels are bilingual: Arabic · English.

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
# ## Themes · المواضيع

# %% tags=[]
summaries.theme_counts(corpus)

# %% tags=[]
charts.save(charts.barh(summaries.theme_counts(corpus)["articles"],
                        "المواضيع · themes", "articles / مقالات", "no themes found"),
            "03_themes", FIGURES)

# %% [markdown] tags=[]
# ## Speaker x theme · المتحدث × الموضوع

# %% tags=[]
summaries.speaker_theme(corpus)

# %% tags=[]
charts.save(charts.heatmap(summaries.speaker_theme(corpus),
                           "المتحدث × الموضوع · quotes by speaker and theme",
                           "no quotes with themes found"),
            "03_speaker_theme", FIGURES)

# %% [markdown] tags=[]
# ## Theme by outlet · الموضوع حسب المصدر

# %% tags=[]
summaries.theme_by_outlet(corpus)

# %% tags=[]
charts.save(charts.heatmap(summaries.theme_by_outlet(corpus),
                           "الموضوع حسب المصدر · articles by theme and outlet",
                           "no themes found"),
            "03_theme_by_outlet", FIGURES)

# %% [markdown] tags=[]
# ## Themes over time · المواضيع عبر الزمن

# %% tags=[]
summaries.theme_by_month(corpus)

# %% tags=[]
charts.save(charts.lines(summaries.theme_by_month(corpus),
                         "المواضيع شهريًا · themes per month", "articles / مقالات",
                         "no dated themes found"),
            "03_themes_per_month", FIGURES)
