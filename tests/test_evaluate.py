"""The evaluation's matching rules, and the quality gate on ../shared/gold (skips without it)."""

from __future__ import annotations

import pytest

from analysis.evaluate import evaluate, format_table, match, overlap, same_speaker, speaker_ok

# Acceptance targets of issue 3; the gate stays at the target (see the report for the
# currently measured figures).
ATTRIBUTED_F1 = 0.85
DIRECT_RECALL = 0.95


@pytest.mark.parametrize("a, b, expected", [
    ("المهمة لم تنته", "المهمة لم تنتهِ", 1.0),          # diacritics fold
    ("إن المهمة لم تنته", "المهمة لم تنته", 6 / 7),
    ("المهمة لم تنته", "الحرب انتهت", 0.0),
    ("", "الحرب انتهت", 0.0),
])
def test_overlap(a, b, expected):
    assert overlap(a, b) == pytest.approx(expected)


def test_match_is_one_to_one_and_needs_half_the_tokens():
    pred = ["المهمة لم تنته بعد", "قال شيئا آخر تماما", "المهمة لم تنته"]
    gold = ["المهمة لم تنته", "كلام مختلف كليا هنا"]
    assert match(pred, gold) == [(2, 0)]


@pytest.mark.parametrize("pred, gold, ok", [
    (["كوبسي"], ["كيفين كوبسي", "كوبسي"], True),
    (["كيفين كوبسي"], ["كيفين كوبسي"], True),
    (["الجنرال كيفين كوبسي"], ["كيفين كوبسي"], True),     # a title stripped
    (["وزير الخارجية الروسي سيرغي لافروف"], ["سيرغي لافروف"], True),   # title + adjectives
    (["الرئيس الأسد"], ["بشار الأسد", "الأسد"], True),
    (["وكوبسي"], ["كيفين كوبسي", "كوبسي"], True),          # a glued و dropped
    (["كوبسي"], ["كيفين كوبسي"], False),                   # one word is not the full name
    (["لافروف انتقاده"], ["سيرغي لافروف", "لافروف"], False),  # a span that runs on
    (["الحكومة المالية مقتل ثلاثة عسكريين"], ["الحكومة المالية"], False),
    (["المتحدث باسم الجيش الإسرائيلي"], ["الجيش الإسرائيلي"], False),  # another speaker
    (["مستشار أوباما"], ["باراك أوباما", "أوباما"], False),
    (["واين ماروتو"], ["كيفين كوبسي", "كوبسي"], False),
    ([], ["كوبسي"], False),
])
def test_same_speaker(pred, gold, ok):
    assert same_speaker(pred, gold) is ok


ARTICLE = {"كيفين كوبسي": ["كيفين كوبسي", "كوبسي", "المتحدث"],
           "مصدر عسكري": ["مصدر عسكري", "المصدر"],
           "مصدر طبي": ["مصدر طبي", "المصدر"],
           "وزارة الدفاع": ["وزارة الدفاع", "البيان"]}


@pytest.mark.parametrize("pred, gold, ok", [
    (["كوبسي", "كيفين كوبسي"], "كيفين كوبسي", True),
    (["المتحدث"], "كيفين كوبسي", True),           # a description only he has
    (["البيان"], "وزارة الدفاع", True),
    (["المصدر"], "مصدر عسكري", False),            # two sources are "المصدر"
    (["مصدر طبي", "المصدر"], "مصدر عسكري", False),  # the other source
    (["كوبسي", "المتحدث"], "مصدر عسكري", False),
    (["كوبسي", "مصدر عسكري"], "مصدر عسكري", False),  # one speaker for two people
    (["مصدر عسكري", "كوبسي"], "مصدر عسكري", True),   # ... whose displayed name is right
    (["مصدر عسكري", "كوبسي"], "كيفين كوبسي", False),  # ... and wrong for the other
    (["واين ماروتو", "المتحدث"], "كيفين كوبسي", False),  # a name that is not his
])
def test_speaker_ok_within_an_article(pred, gold, ok):
    assert speaker_ok(pred, gold, ARTICLE) is ok


def test_seed_gold(gold_dir):
    m = evaluate([gold_dir / "seed.jsonl"], None, gold_dir.parent)
    assert m["n_articles"] == 1
    q = m["quotes"]
    assert q["direct"]["tp"] == 6 and q["direct"]["n_pred"] == 6
    assert q["indirect"]["tp"] == 3
    assert q["attributed"]["tp"] == 9
    assert "attributed quotes" in format_table(m)


@pytest.fixture(scope="module")
def dev_all():
    from tests.conftest import GOLD

    if not GOLD.is_dir():
        pytest.skip("../shared/gold is not present")
    return evaluate(sorted(GOLD.glob("*.jsonl")), None, GOLD.parent)


@pytest.fixture(scope="module")
def dev_metrics(dev_all):
    return dev_all["quotes"]


def test_attributed_quote_f1_on_gold(dev_metrics):
    assert dev_metrics["attributed"]["f1"] >= ATTRIBUTED_F1


def test_direct_quote_recall_on_gold(dev_metrics):
    assert dev_metrics["direct"]["recall"] >= DIRECT_RECALL


def test_quality_does_not_drop_below_the_measured_level(dev_metrics):
    """Floors just under the level measured (0.943 accuracy, attributed F1 0.891, indirect
    F1 0.910), so a regression fails CI."""
    assert dev_metrics["attribution_accuracy"] >= 0.93
    assert dev_metrics["attributed"]["f1"] >= 0.88
    assert dev_metrics["indirect"]["f1"] >= 0.90
    assert dev_metrics["direct"]["precision"] >= 0.95


def test_evaluate_scores_numeric_claims_too(dev_all):
    numbers = dev_all["numbers"]
    assert numbers["articles"] == dev_all["n_gold_articles"] and not numbers["missing"]
    assert numbers["value_recall"] >= 0.9 and numbers["value_precision"] >= 0.85
    assert "numeric claims:" in format_table(dev_all)


def _repo_gold_metrics(name: str) -> dict:
    """Scores on one of this repository's gold files (``gold/<name>``), which keep offsets
    into ../shared/corpus instead of article text."""
    from pathlib import Path

    from tests.conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return evaluate([Path(__file__).resolve().parents[1] / "gold" / name], None, CORPUS.parent)


@pytest.fixture(scope="module")
def heldout_metrics():
    return _repo_gold_metrics("heldout.jsonl")


def test_heldout_gold_is_scored_whole(heldout_metrics):
    assert heldout_metrics["n_articles"] == heldout_metrics["n_gold_articles"] == 32
    assert heldout_metrics["quotes"]["all"]["n_gold"] == 217


def test_heldout_quality_does_not_drop(heldout_metrics):
    """Floors just under the level measured on the held-out gold (gold/README.md): a
    regression on unseen articles fails CI as well. Raise them as the scores rise."""
    q = heldout_metrics["quotes"]
    assert q["direct"]["recall"] >= 0.92       # measured 0.933 (the target 0.95 is met on dev)
    assert q["all"]["f1"] >= 0.90              # 0.923
    assert q["attributed"]["f1"] >= 0.76       # 0.777
    assert q["attribution_accuracy"] >= 0.82   # 0.842


# This repository's further development sets (gold/README.md): floors just under the level
# measured. (file, articles, gold quotes, attributed F1, attribution accuracy, all quotes F1)
# with the measured attributed F1 / accuracy / all-quotes F1 in the comment.
DEV_GOLD_FLOORS = [
    ("dev2.jsonl", 20, 166, 0.78, 0.90, 0.85),     # 0.808 / 0.926 / 0.873
    ("dev3.jsonl", 24, 171, 0.83, 0.91, 0.90),     # 0.851 / 0.929 / 0.917
    ("dev4.jsonl", 24, 179, 0.77, 0.85, 0.89),     # 0.791 / 0.875 / 0.904
    ("dev5.jsonl", 24, 166, 0.76, 0.86, 0.87),     # 0.781 / 0.880 / 0.887
    ("dev6.jsonl", 24, 326, 0.65, 0.74, 0.86),     # 0.667 / 0.760 / 0.878
    ("dev7.jsonl", 24, 186, 0.77, 0.86, 0.88),     # 0.790 / 0.879 / 0.899
    ("dev8.jsonl", 24, 222, 0.81, 0.88, 0.90),     # 0.825 / 0.900 / 0.917
]


@pytest.mark.parametrize("name, articles, quotes, attributed, accuracy, all_f1", DEV_GOLD_FLOORS)
def test_further_dev_gold_quality_does_not_drop(name, articles, quotes, attributed, accuracy, all_f1):
    metrics = _repo_gold_metrics(name)
    assert metrics["n_articles"] == articles
    assert metrics["quotes"]["all"]["n_gold"] == quotes
    q = metrics["quotes"]
    assert q["attributed"]["f1"] >= attributed
    assert q["attribution_accuracy"] >= accuracy
    assert q["all"]["f1"] >= all_f1
