"""Charts with Arabic labels that render right, saved byte-identically as PNG and SVG.

Every label goes through :func:`label`: matplotlib >= 3.11 shapes and orders Arabic
itself (libraqm), so the logical string goes in as it is; only an older matplotlib needs
arabic-reshaper + python-bidi, and feeding that visual-order string to 3.11 renders the
words reversed. The Arabic face comes from the package index (fontpkg-noto-sans-arabic);
it misplaces word spaces in PDF, so figures are PNG and SVG only.

Chart functions take the tables of :mod:`analysis.summaries` and return a
``matplotlib.figure.Figure`` (not a pyplot figure, so notebooks never show it twice). An
empty table gives a figure that says so ("no quotes found"), never an exception.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib import ft2font
from matplotlib.figure import Figure

ARABIC_FONT = "Noto Sans Arabic"
# Noto Sans Arabic has no Latin letters: English labels fall back to DejaVu Sans.
FONT_FAMILY = [ARABIC_FONT, "DejaVu Sans"]
SVG_HASHSALT = "arabic-news-analysis"
DPI = 110
BAR_COLOR = "#3b6ea5"
KIND_COLORS = {"direct": "#3b6ea5", "indirect": "#e0a030"}
_registered = False


def shapes_arabic() -> bool:
    """True when this matplotlib shapes and orders complex text itself (libraqm)."""
    return hasattr(ft2font, "__libraqm_version__")


def label(text: object) -> str:
    """Prepare one label for the installed matplotlib (logical order in, right glyphs out)."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    text = str(text)
    if shapes_arabic():
        return text
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(text))


def font_path() -> Path:
    """The Arabic font file that charts use (for independent renderings in tests)."""
    import fontpkg

    return Path(fontpkg.path(ARABIC_FONT))


def register_fonts() -> None:
    """Register the Arabic font and fixed rcParams in this process (idempotent).

    ``addfont`` does not persist across processes, so every kernel calls this (the chart
    functions do it for you).
    """
    global _registered
    if _registered:
        return
    import fontpkg.mpl

    fontpkg.mpl.use(ARABIC_FONT)
    matplotlib.rcParams["font.family"] = FONT_FAMILY
    matplotlib.rcParams["svg.hashsalt"] = SVG_HASHSALT
    matplotlib.rcParams["axes.unicode_minus"] = False
    _registered = True


def new_figure(width: float = 8.0, height: float = 4.5) -> Figure:
    """A blank figure with the Arabic font registered."""
    register_fonts()
    return Figure(figsize=(width, height), dpi=DPI, layout="constrained")


def message_figure(title: str, message: str) -> Figure:
    """A figure that only says why there is nothing to draw (e.g. "no quotes found")."""
    fig = new_figure(8.0, 2.0)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(label(title))
    ax.text(0.5, 0.5, label(message), ha="center", va="center", fontsize=14, color="#555555",
            transform=ax.transAxes)
    return fig


def barh(values: pd.Series, title: str, xlabel: str, empty: str, log: bool = False) -> Figure:
    """Horizontal bars in the series' order, top down; the index holds the labels."""
    values = values.dropna()
    if values.empty:
        return message_figure(title, empty)
    fig = new_figure(8.0, 1.2 + 0.35 * len(values))
    ax = fig.add_subplot()
    bars = ax.barh(range(len(values)), values.to_numpy(dtype=float), color=BAR_COLOR)
    ax.bar_label(bars, labels=[f"{v:,.0f}" if v >= 10 else f"{v:g}" for v in values],
                 padding=3, fontsize=8)
    _labels(ax, values.index, axis="y")
    ax.invert_yaxis()
    if log:
        ax.set_xscale("log")
    _finish(ax, title, xlabel)
    return fig


def stacked_barh(frame: pd.DataFrame, title: str, xlabel: str, empty: str,
                 colors: dict[str, str] | None = None) -> Figure:
    """Horizontal bars stacked over the frame's columns (e.g. direct vs indirect)."""
    frame = frame.fillna(0)
    if frame.empty or not frame.to_numpy(dtype=float).any():
        return message_figure(title, empty)
    colors = colors or {}
    fig = new_figure(8.0, 1.5 + 0.35 * len(frame))
    ax = fig.add_subplot()
    left = pd.Series(0.0, index=frame.index)
    for col in frame.columns:
        vals = frame[col].astype(float)
        ax.barh(range(len(frame)), vals.to_numpy(), left=left.to_numpy(), label=label(col),
                color=colors.get(str(col)))
        left = left + vals
    _labels(ax, frame.index, axis="y")
    ax.invert_yaxis()
    fig.legend(loc="outside lower center", ncols=len(frame.columns), frameon=False)
    _finish(ax, title, xlabel)
    return fig


def heatmap(frame: pd.DataFrame, title: str, empty: str) -> Figure:
    """A count matrix as coloured cells with the numbers written in.

    The side with the longer labels (e.g. bilingual theme names) goes on the y axis, where
    labels read horizontally; the figure grows with the number of rows and columns.
    """
    if frame.empty or not frame.to_numpy(dtype=float).any():
        return message_figure(title, empty)
    if _longest(frame.columns) > _longest(frame.index):
        frame = frame.T
    data = frame.to_numpy(dtype=float)
    width = min(16.0, 2.5 + 0.09 * _longest(frame.index) + 0.8 * frame.shape[1])
    height = 1.6 + 0.4 * frame.shape[0] + 0.07 * _longest(frame.columns)
    fig = new_figure(max(6.0, width), height)
    ax = fig.add_subplot()
    ax.imshow(data, cmap="Blues", aspect="auto", vmin=0)
    top = data.max()
    for (i, j), v in pd.DataFrame(data).stack().items():
        if v:
            ax.text(j, i, f"{v:g}", ha="center", va="center", fontsize=9,
                    color="white" if v > top / 2 else "black")
    _labels(ax, frame.index, axis="y")
    _labels(ax, frame.columns, axis="x", rotation=30)
    fig.suptitle(label(title))
    return fig


def _longest(values) -> int:
    return max((len(str(v)) for v in values), default=0)


def lines(frame: pd.DataFrame, title: str, ylabel: str, empty: str) -> Figure:
    """One line per column over the (string) index, e.g. months."""
    if frame.empty:
        return message_figure(title, empty)
    fig = new_figure(8.0, 4.0)
    ax = fig.add_subplot()
    x = range(len(frame))
    for col in frame.columns:
        ax.plot(x, frame[col].to_numpy(dtype=float), marker="o", label=label(col))
    step = max(1, len(frame) // 12)
    ax.set_xticks(list(x)[::step], [label(v) for v in frame.index[::step]], rotation=30)
    fig.legend(loc="outside lower center", ncols=min(4, len(frame.columns)), frameon=False)
    fig.suptitle(label(title))
    ax.set_ylabel(label(ylabel))
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def histogram(values: pd.Series, title: str, xlabel: str, empty: str, bins: int = 30) -> Figure:
    """Distribution of one numeric column."""
    values = values.dropna()
    if values.empty:
        return message_figure(title, empty)
    fig = new_figure(8.0, 3.5)
    ax = fig.add_subplot()
    ax.hist(values.to_numpy(dtype=float), bins=min(bins, max(1, values.nunique())),
            color=BAR_COLOR)
    _finish(ax, title, xlabel)
    ax.set_ylabel(label("articles / مقالات"))
    return fig


def _labels(ax, values, axis: str, rotation: float = 0) -> None:
    ticks = list(range(len(values)))
    texts = [label(v) for v in values]
    if axis == "y":
        ax.set_yticks(ticks, texts)
    else:
        ax.set_xticks(ticks, texts, rotation=rotation, ha="right" if rotation else "center")


def _finish(ax, title: str, xlabel: str) -> None:
    # A figure title, not an axes title: long y labels shift the axes right, and an axes
    # title centred over them gets cut at the edge.
    ax.figure.suptitle(label(title))
    ax.set_xlabel(label(xlabel))
    ax.spines[["top", "right"]].set_visible(False)


@dataclass(frozen=True)
class SavedFigure:
    """Where a figure was written; shows as the PNG in a notebook, as its paths in text."""

    png: Path
    svg: Path

    def _repr_png_(self) -> bytes:
        return self.png.read_bytes()

    def __repr__(self) -> str:
        return f"saved {self.png.as_posix()} and {self.svg.name}"


def save(fig: Figure, name: str, folder: str | Path) -> SavedFigure:
    """Write ``folder/name.png`` and ``folder/name.svg``, byte-identical on every run.

    PNG: no Software version in the metadata. SVG: a fixed hash salt for element ids and no
    Date (both are needed; either alone still differs between runs).
    """
    register_fonts()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    png, svg = folder / f"{name}.png", folder / f"{name}.svg"
    fig.savefig(png, format="png", dpi=DPI, metadata={"Software": None})
    with matplotlib.rc_context({"svg.hashsalt": SVG_HASHSALT}):
        fig.savefig(svg, format="svg", metadata={"Date": None})
    return SavedFigure(png, svg)
