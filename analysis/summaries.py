"""The tables the notebooks and the report show, computed from a Corpus and nothing else.

Every function is pure, works on empty tables (returns an empty frame with the same
columns), and orders its rows deterministically (count descending, then name), so stored
notebook outputs do not change between runs. Column names are English; Arabic stays in
the values. Each number can be traced back: the counts are plain group-bys of the
contract's tables.
"""

from __future__ import annotations

import pandas as pd

from analysis.corpus import Corpus

UNATTRIBUTED = "غير منسوب (unattributed)"
NO_OUTLET = "(no outlet)"
KINDS = ("direct", "indirect")


def _outlet(articles: pd.DataFrame) -> pd.Series:
    return articles.set_index("article_id")["outlet"].fillna(NO_OUTLET)


def _words(text: pd.Series) -> pd.Series:
    return text.str.split().str.len().fillna(0).astype("int64")


def overview(corpus: Corpus) -> pd.DataFrame:
    """One row per outlet and one for all: articles, first and last date, words per article."""
    arts = corpus.articles.assign(outlet=corpus.articles["outlet"].fillna(NO_OUTLET),
                                  words=_words(corpus.articles["text"]))
    cols = ["articles", "first", "last", "paragraphs", "median_words", "total_words"]
    if arts.empty:
        return pd.DataFrame(columns=cols, index=pd.Index([], name="outlet"))

    def row(g: pd.DataFrame) -> dict:
        return {"articles": len(g), "first": g["published"].min(), "last": g["published"].max(),
                "paragraphs": int(g["n_paragraphs"].sum()),
                "median_words": int(g["words"].median()), "total_words": int(g["words"].sum())}

    rows = {name: row(g) for name, g in sorted(arts.groupby("outlet"), key=lambda kv: kv[0])}
    if len(rows) > 1:
        rows["all"] = row(arts)
    out = pd.DataFrame.from_dict(rows, orient="index")[cols]
    out.index.name = "outlet"
    for col in ("first", "last"):
        out[col] = out[col].dt.strftime("%Y-%m-%d").fillna("—")
    return out


def articles_per_outlet(corpus: Corpus) -> pd.Series:
    """Articles per outlet, most first."""
    counts = corpus.articles["outlet"].fillna(NO_OUTLET).value_counts().sort_index()
    return counts.sort_values(ascending=False, kind="stable").rename("articles")


def article_lengths(corpus: Corpus) -> pd.Series:
    """Words per article (whitespace tokens of the body)."""
    return _words(corpus.articles["text"]).rename("words")


def articles_per_month(corpus: Corpus) -> pd.DataFrame:
    """Articles per calendar month (rows "YYYY-MM", every month from the first to the last)
    and outlet (columns); undated articles left out."""
    arts = corpus.articles.dropna(subset=["published"])
    if arts.empty:
        return pd.DataFrame()
    month = arts["published"].dt.strftime("%Y-%m")
    out = _every_month(pd.crosstab(month, arts["outlet"].fillna(NO_OUTLET)))
    out.index.name, out.columns.name = "month", "outlet"
    return out


def _every_month(counts: pd.DataFrame) -> pd.DataFrame:
    """Counts per "YYYY-MM" row with the months in between that have none added as 0, so
    that a time chart spaces months evenly (Dec 2012 and Jul 2015 are not neighbours)."""
    months = pd.period_range(counts.index.min(), counts.index.max(), freq="M").strftime("%Y-%m")
    return counts.reindex(months, fill_value=0)


def speaker_labels(corpus: Corpus) -> pd.Series:
    """``speaker_id`` -> a label naming one speaker only.

    Counting by name would pool different speakers who share one: every article's own
    "التقرير" (a per-article description), two men each known only as "الأحمدي". A
    shared name gets the speaker's organisation or role in brackets; speakers still alike
    are numbered ("· 2", "· 3"), the most quoted first, then by ``speaker_id`` (a hash of
    content, so the labels do not depend on the input order).
    """
    sp = corpus.speakers.sort_values(["n_quotes", "speaker_id"], ascending=[False, True])
    label = sp["name"].astype("object")
    shared = label.duplicated(keep=False)
    if shared.any():
        about = sp["organization"].where(sp["organization"].fillna("") != "", sp["role"])
        about = about.where(about.fillna("") != "")
        label = label.where(~shared | about.isna(), label + " (" + about + ")")
        nth = label.groupby(label).cumcount() + 1
        label = label.where(~label.duplicated(keep=False) | (nth == 1),
                            label + " · " + nth.astype(str))
    return pd.Series(label.to_numpy(), index=sp["speaker_id"].to_numpy(), dtype="object")


def _speaker_of_quotes(corpus: Corpus) -> pd.Series:
    """Each quote's speaker label (NA when the quote has no speaker), by quote row."""
    return corpus.quotes["speaker_id"].map(speaker_labels(corpus))


def quotes_per_speaker(corpus: Corpus, top: int | None = 15) -> pd.DataFrame:
    """Per speaker: direct and indirect quotes, total, share direct; unknown speakers pooled."""
    q = corpus.quotes.assign(speaker=_speaker_of_quotes(corpus).fillna(UNATTRIBUTED))
    out = _kind_counts(q, "speaker")
    return out.head(top) if top else out


def quote_kinds_by_outlet(corpus: Corpus) -> pd.DataFrame:
    """Per outlet: direct and indirect quotes, total, share direct."""
    q = corpus.quotes.assign(outlet=corpus.quotes["article_id"].map(_outlet(corpus.articles)))
    return _kind_counts(q.assign(outlet=q["outlet"].fillna(NO_OUTLET)), "outlet")


def _kind_counts(quotes: pd.DataFrame, by: str) -> pd.DataFrame:
    cols = [*KINDS, "total", "direct_share"]
    if quotes.empty:
        return pd.DataFrame(columns=cols, index=pd.Index([], name=by)).astype(
            {"direct": "int64", "indirect": "int64", "total": "int64", "direct_share": "float64"})
    out = pd.crosstab(quotes[by], quotes["kind"]).reindex(columns=list(KINDS), fill_value=0)
    out["total"] = out.sum(axis=1)
    out["direct_share"] = (out["direct"] / out["total"]).round(2)
    out = out.reset_index().sort_values(["total", by], ascending=[False, True]).set_index(by)
    out.columns.name = None
    return out[cols]


def speaker_by_outlet(corpus: Corpus, top: int | None = 15) -> pd.DataFrame:
    """Quotes per speaker (rows, most quoted first) and outlet (columns)."""
    q = corpus.quotes.assign(speaker=_speaker_of_quotes(corpus)).dropna(subset=["speaker"])
    if q.empty:
        return pd.DataFrame()
    out = pd.crosstab(q["speaker"], q["article_id"].map(_outlet(corpus.articles)))
    return _order_rows(out, top)


def theme_label(themes: pd.DataFrame) -> pd.Series:
    """Bilingual theme label, e.g. "الأمن · security"."""
    ar = themes["label_ar"].fillna(themes["theme"])
    en = themes["label_en"].fillna("")
    return (ar + " · " + en).where(en != "", ar)


def theme_counts(corpus: Corpus) -> pd.DataFrame:
    """Per theme: articles, paragraphs and quotes tagged with it."""
    t = corpus.themes
    cols = ["articles", "paragraphs", "quotes"]
    if t.empty:
        return pd.DataFrame(columns=cols, index=pd.Index([], name="theme"), dtype="int64")
    t = t.assign(label=theme_label(t))
    out = pd.DataFrame({
        "articles": t.groupby("label")["article_id"].nunique(),
        "paragraphs": t[t["quote_id"].isna()].drop_duplicates(["article_id", "para", "label"])
        .groupby("label").size(),
        "quotes": t.dropna(subset=["quote_id"]).groupby("label")["quote_id"].nunique(),
    }).fillna(0).astype("int64")
    out.index.name = "theme"
    # Ties in articles (always, for one article) go to the theme tagged on more
    # paragraphs and quotes, then to the label.
    out = out.assign(_tags=out["paragraphs"] + out["quotes"]).reset_index()
    return out.sort_values(["articles", "_tags", "theme"], ascending=[False, False, True]
                           ).drop(columns="_tags").set_index("theme")


def speaker_theme(corpus: Corpus, top: int | None = 12) -> pd.DataFrame:
    """Quotes per speaker (rows) and theme (columns): what each voice talks about."""
    t = corpus.themes.dropna(subset=["quote_id"])
    q = corpus.quotes.assign(speaker=_speaker_of_quotes(corpus)).dropna(subset=["speaker"]
                                                                        ).set_index("quote_id")["speaker"]
    t = t.assign(speaker=t["quote_id"].map(q), label=theme_label(t)).dropna(subset=["speaker"])
    if t.empty:
        return pd.DataFrame()
    t = t.drop_duplicates(["quote_id", "label"])
    return _order_rows(pd.crosstab(t["speaker"], t["label"]), top)


def theme_by_outlet(corpus: Corpus) -> pd.DataFrame:
    """Articles per theme (rows) and outlet (columns)."""
    t = corpus.themes
    if t.empty:
        return pd.DataFrame()
    t = t.assign(label=theme_label(t), outlet=t["article_id"].map(_outlet(corpus.articles)))
    t = t.drop_duplicates(["article_id", "label"])
    out = _order_rows(pd.crosstab(t["label"], t["outlet"]), None)
    out.index.name = "theme"
    return out


def theme_by_month(corpus: Corpus, top: int = 6) -> pd.DataFrame:
    """Articles per month (rows "YYYY-MM", every month from the first to the last) for the
    most frequent themes (columns)."""
    t = corpus.themes
    if t.empty:
        return pd.DataFrame()
    dates = corpus.articles.set_index("article_id")["published"]
    t = t.assign(label=theme_label(t), published=t["article_id"].map(dates)).dropna(
        subset=["published"])
    if t.empty:
        return pd.DataFrame()
    t = t.drop_duplicates(["article_id", "label"])
    keep = t["label"].value_counts().sort_index().sort_values(ascending=False, kind="stable")
    t = t[t["label"].isin(keep.index[:top])]
    out = _every_month(pd.crosstab(t["published"].dt.strftime("%Y-%m"), t["label"]))
    out = out[list(keep.index[:top])]
    out.index.name, out.columns.name = "month", "theme"
    return out


def numeric_claims(corpus: Corpus) -> pd.DataFrame:
    """Claims with a normalised number: who, what kind, value, unit, sentence, source."""
    cols = ["speaker", "kind", "value", "unit", "text", "outlet", "published", "title",
            "claim_id"]
    c = corpus.claims.dropna(subset=["value"])
    if c.empty:
        return pd.DataFrame(columns=cols)
    names = corpus.speakers.set_index("speaker_id")["name"]
    arts = corpus.articles.set_index("article_id")
    out = c.assign(
        speaker=c["speaker_id"].map(names).fillna(UNATTRIBUTED),
        outlet=c["article_id"].map(arts["outlet"]).fillna(NO_OUTLET),
        published=c["article_id"].map(arts["published"]).dt.strftime("%Y-%m-%d"),
        title=c["article_id"].map(arts["title"]),
    )
    out = out.sort_values(["value", "claim_id"], ascending=[False, True])
    return out[cols].reset_index(drop=True)


def claim_kinds(corpus: Corpus) -> pd.DataFrame:
    """Claims per kind: all of them, and those with a normalised number."""
    c = corpus.claims
    out = pd.DataFrame({"claims": c.groupby("kind").size(),
                        "with_number": c.dropna(subset=["value"]).groupby("kind").size()})
    out = out.fillna(0).astype("int64")
    out.index.name = "kind"
    return out.reset_index().sort_values(["claims", "kind"], ascending=[False, True]
                                         ).set_index("kind")


def claim_values(corpus: Corpus, top: int = 15, width: int = 40) -> pd.Series:
    """The largest numeric claims as chart values, labelled "speaker: sentence…"."""
    claims = numeric_claims(corpus).head(top)
    text = claims["text"].str.slice(0, width)
    more = (claims["text"].str.len() > width).map({True: "…", False: ""})
    unit = claims["unit"].fillna("").map(lambda u: f" [{u}]" if u else "")
    labels = claims["speaker"] + ": " + text + more + unit
    return pd.Series(claims["value"].astype("float64").to_numpy(), index=labels.to_numpy(),
                     name="value")


def _order_rows(frame: pd.DataFrame, top: int | None) -> pd.DataFrame:
    total = frame.sum(axis=1)
    order = sorted(frame.index, key=lambda k: (-total[k], str(k)))
    frame = frame.loc[order[:top] if top else order]
    frame = frame[sorted(frame.columns, key=lambda k: (-frame[k].sum(), str(k)))]
    frame.columns.name = None
    return frame


def _iso(text: object) -> str:
    """Wrap a name in Unicode bidi isolates (FSI ... PDI), so an Arabic name followed by
    "(8)," inside an English sentence keeps its count beside it on every display."""
    return f"\u2068{text}\u2069"


def headline(corpus: Corpus, top: int = 5) -> list[str]:
    """The report's plain-language summary, one sentence per line (English)."""
    a, q = corpus.articles, corpus.quotes
    outlets = a["outlet"].fillna(NO_OUTLET).value_counts().sort_index()
    lines = [f"{len(a)} articles from {len(outlets)} outlet(s)"
             + (": " + ", ".join(f"{_iso(k)} ({v})" for k, v in outlets.items()) if len(outlets) else "")
             + (f"; {len(corpus.rejected)} input(s) could not be read." if len(corpus.rejected)
                else ".")]
    dated = a["published"].dropna()
    if not dated.empty:
        lines.append(f"Published between {dated.min():%Y-%m-%d} and {dated.max():%Y-%m-%d}.")
    if q.empty:
        lines.append("No quotes found.")
    else:
        direct = int((q["kind"] == "direct").sum())
        lines.append(f"{len(q)} quotes ({direct} direct, {len(q) - direct} reported) from "
                     f"{q['speaker_id'].nunique()} speakers; {int(q['speaker_id'].isna().sum())} "
                     "without a speaker.")
        per = quotes_per_speaker(corpus, top=None).drop(index=UNATTRIBUTED, errors="ignore")
        lines.append("Most quoted: " + ", ".join(
            f"{_iso(name)} ({n})" for name, n in per["total"].head(top).items()) + ".")
    themes = theme_counts(corpus)
    lines.append("No themes found." if themes.empty else "Top themes (articles): " + ", ".join(
        f"{_iso(name)} ({n})" for name, n in themes["articles"].head(top).items()) + ".")
    claims = numeric_claims(corpus)
    lines.append("No numeric claims found." if claims.empty else
                 f"{len(claims)} numeric claims; largest: " + "; ".join(
                     f"{_iso(r.speaker)}: {r.value:,.0f} {r.unit if isinstance(r.unit, str) else ''}"
                     .rstrip() for r in claims.head(3).itertuples()) + ".")
    return lines
