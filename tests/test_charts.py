"""Arabic labels render joined and right-to-left; figures are byte-identical; empty is fine.

The rendering test compares matplotlib's pixels for ``charts.label(s)`` with an
independent Pillow + libraqm rendering of the same logical string (direction="rtl"):
both are cropped to their ink, scaled to one size, and compared by the intersection over
union of their ink masks. The old recipe, ``get_display(reshape(s))``, must fail it.
Measured here (48 px, Noto Sans Arabic): right 0.79-0.92, reversed 0.14-0.25.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import arabic_reshaper
import numpy as np
import pandas as pd
import pytest
from bidi import get_display
from PIL import Image, ImageDraw, ImageFont, features

from analysis import charts

SIZE = 48
SAME = 0.6  # IoU above which two renderings show the same glyphs in the same order

LABELS = [
    "المتحدث الرسمي باسم التحالف الدولي",
    "قوات سوريا الديمقراطية",
    "كوبسي",
    "تدريب ١٢٠ ألفًا من القوات",
]


def _ink(image: Image.Image, size=(480, 64)) -> np.ndarray:
    """The ink mask cropped to its bounding box and scaled to ``size``."""
    mask = np.asarray(image.convert("L")) < 128
    ys, xs = np.nonzero(mask)
    assert len(xs), "nothing was drawn"
    crop = mask[ys.min():ys.max() + 1, xs.min():xs.max() + 1]
    scaled = Image.fromarray(crop.astype(np.uint8) * 255).resize(size, Image.Resampling.BILINEAR)
    return np.asarray(scaled) >= 128


def _iou(a: np.ndarray, b: np.ndarray) -> float:
    return float((a & b).sum() / (a | b).sum())


def render_matplotlib(text: str) -> Image.Image:
    fig = charts.new_figure(12, 2)
    fig.text(0.5, 0.5, text, fontsize=SIZE, ha="center", va="center", family=charts.ARABIC_FONT)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=72, facecolor="white")
    return Image.open(buf)


def render_pillow(text: str) -> Image.Image:
    font = ImageFont.truetype(str(charts.font_path()), SIZE, layout_engine=ImageFont.Layout.RAQM)
    image = Image.new("L", (1400, 200), 255)
    ImageDraw.Draw(image).text((20, 40), text, font=font, fill=0, direction="rtl")
    return image


needs_raqm = pytest.mark.skipif(not features.check("raqm"), reason="Pillow without libraqm")


@needs_raqm
@pytest.mark.parametrize("text", LABELS)
def test_label_renders_like_pillow_raqm(text):
    reference = _ink(render_pillow(text))
    assert _iou(_ink(render_matplotlib(charts.label(text))), reference) > SAME


@needs_raqm
@pytest.mark.skipif(not charts.shapes_arabic(), reason="this matplotlib does not shape Arabic")
@pytest.mark.parametrize("text", LABELS)
def test_reversed_recipe_fails_the_comparison(text):
    reference = _ink(render_pillow(text))
    reversed_recipe = get_display(arabic_reshaper.reshape(text))
    assert _iou(_ink(render_matplotlib(reversed_recipe)), reference) < SAME


@needs_raqm
def test_comparison_tells_different_words_apart():
    """The metric is not fooled by two strings of similar length and weight."""
    assert _iou(_ink(render_matplotlib("قوات سوريا الديمقراطية")),
                _ink(render_pillow("الناطق باسم التحالف"))) < SAME


def test_label_passes_logical_text_when_matplotlib_shapes():
    if not charts.shapes_arabic():
        pytest.skip("old matplotlib")
    assert charts.label("الأمن · security") == "الأمن · security"


def test_label_reshapes_on_old_matplotlib(monkeypatch):
    monkeypatch.setattr(charts, "shapes_arabic", lambda: False)
    text = "قال كوبسي"
    assert charts.label(text) == get_display(arabic_reshaper.reshape(text))
    assert charts.label(text) != text


@pytest.mark.parametrize("value", [None, float("nan"), pd.NA])
def test_label_of_missing_is_empty(value):
    assert charts.label(value) == ""


def _texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [
        ax.get_title() for ax in fig.axes]


@pytest.mark.parametrize("draw", [
    lambda: charts.barh(pd.Series(dtype="int64"), "t", "x", "no quotes found"),
    lambda: charts.stacked_barh(pd.DataFrame(columns=["direct", "indirect"]), "t", "x",
                                "no quotes found"),
    lambda: charts.heatmap(pd.DataFrame(), "t", "no quotes found"),
    lambda: charts.lines(pd.DataFrame(), "t", "y", "no quotes found"),
    lambda: charts.histogram(pd.Series(dtype="float64"), "t", "x", "no quotes found"),
])
def test_empty_data_draws_a_message(draw, tmp_path):
    fig = draw()
    assert "no quotes found" in _texts(fig)
    saved = charts.save(fig, "empty", tmp_path)
    assert saved.png.stat().st_size > 0 and saved.svg.stat().st_size > 0


def test_bars_carry_their_arabic_labels():
    fig = charts.barh(pd.Series({"أحمد سالم": 3, "كوبسي": 5}), "t", "x", "none")
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks == ["أحمد سالم", "كوبسي"]
    assert [p.get_width() for p in fig.axes[0].patches] == [3.0, 5.0]


SAVE_SCRIPT = """
import sys, pandas as pd
from analysis import charts
fig = charts.stacked_barh(pd.DataFrame({"direct": [2, 1], "indirect": [1, 3]},
                          index=["أحمد سالم", "كوبسي"]), "الاقتباسات · quotes", "n", "none")
charts.save(fig, "fig", sys.argv[1])
"""


def test_saved_figures_are_byte_identical_across_processes(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {"PYTHONHASHSEED": seed, "MPLBACKEND": "Agg", "PATH": "/usr/bin:/bin"}
        subprocess.run([sys.executable, "-c", SAVE_SCRIPT, str(out)], check=True, env=env,
                       cwd=Path(__file__).resolve().parents[1])
        outs.append(out)
    for name in ("fig.png", "fig.svg"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes()
    svg = (outs[0] / "fig.svg").read_text()
    assert "<dc:date>" not in svg
    assert b"matplotlib version" not in (outs[0] / "fig.png").read_bytes()
