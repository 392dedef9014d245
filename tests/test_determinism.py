"""Tables do not depend on the process's hash seed (set/frozenset iteration order).

Users run notebooks in JupyterLab without PYTHONHASHSEED; a unit chosen by iterating a
frozenset of word readings once gave "cities" on one run and "civilians" on another.
"""

from __future__ import annotations

import os
import subprocess
import sys

from analysis.arabic_tokens import ordered_readings, readings
from tests.conftest import ROOT, SEED

ARTICLE = """عنوان تجريبي عن النزوح

وقال المتحدث باسم المفوضية إن الحرب أدت إلى تشريد أربعة ملايين من المدنيين، وإن 300 ألف لاجئ عادوا.
"""

SCRIPT = """
import sys, hashlib, analysis
c = analysis.load(sys.argv[1:])
for name, frame in c.tables().items():
    print(name, hashlib.sha256(frame.to_csv(index=False).encode()).hexdigest())
print("units", sorted(c.claims.unit.dropna()))
"""


def _run(seed: str, paths: list[str]) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    proc = subprocess.run([sys.executable, "-c", SCRIPT, *paths], capture_output=True,
                          text=True, env=env, cwd=ROOT, check=True)
    return proc.stdout


def test_tables_identical_under_different_hash_seeds(tmp_path):
    extra = tmp_path / "displacement.txt"
    extra.write_text(ARTICLE, encoding="utf-8")
    paths = [str(SEED), str(extra)]
    outputs = {_run(seed, paths) for seed in ("1", "2", "3")}
    assert len(outputs) == 1, outputs
    assert "civilians" in outputs.pop()


def test_ordered_readings_is_a_fixed_order_of_the_readings():
    word = "والمدنيين"
    assert set(ordered_readings(word)) == set(readings(word))
    assert ordered_readings(word)[0] == word
    lengths = [len(r) for r in ordered_readings(word)]
    assert lengths == sorted(lengths, reverse=True)
