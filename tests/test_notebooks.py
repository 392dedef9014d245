"""The notebooks: thin, paired with jupytext, parameterised, clean stored outputs, and a
changed stored output makes nbval fail."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
IDS = [p.stem for p in NOTEBOOKS]


def test_there_are_four_numbered_notebooks():
    assert IDS == ["01_corpus_overview", "02_quotes_by_speaker", "03_themes", "04_claims"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_defines_no_functions_or_classes(path):
    tree = ast.parse(path.with_suffix(".py").read_text(encoding="utf-8"))
    defs = [type(n).__name__ for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda))]
    assert defs == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_ipynb_and_py_pair_have_the_same_cells(path):
    jupytext = pytest.importorskip("jupytext")
    text = jupytext.read(path.with_suffix(".py"))
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert [(c.cell_type, c.source) for c in text.cells] == [
        (c["cell_type"], "".join(c["source"])) for c in nb["cells"]]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_parameters_cell_defaults_to_the_seed(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    params = [c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", [])]
    assert len(params) == 1
    source = "".join(params[0]["source"])
    assert 'CORPUS = "../seeds/"' in source and 'FIGURES = "../figures"' in source


LEAKS = re.compile(r"/work/|/tmp/|/home/|[A-Z]:\\\\|0x[0-9a-f]{6,}|\d{4}-\d\d-\d\dT\d\d:\d\d")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_stored_outputs_are_clean(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert "papermill" not in nb["metadata"]
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(c["outputs"] or "parameters" in c["metadata"].get("tags", []) for c in code), \
        "run `make notebooks` to store the outputs"
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    for cell in code:
        assert set(cell["metadata"]) <= {"tags"}
        for out in cell["outputs"]:
            assert out["output_type"] != "error"
            text = json.dumps({k: v for k, v in out.get("data", {}).items() if k != "image/png"})
            text += "".join(out.get("text", []))
            assert not LEAKS.search(text), LEAKS.search(text).group(0)
            assert "dtype: <" not in text and "StringDtype" not in text


def _nbval(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval",
         "notebooks/01_corpus_overview.ipynb"],
        cwd=folder, capture_output=True, text=True, timeout=300)


def test_nbval_fails_when_a_stored_output_changes(tmp_path):
    """Copy notebook 01 and the seed; unchanged it passes, one altered number fails."""
    (tmp_path / "notebooks").mkdir()
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    src = ROOT / "notebooks" / "01_corpus_overview.ipynb"
    dst = tmp_path / "notebooks" / src.name
    shutil.copy(src, dst)
    ok = _nbval(tmp_path)
    assert ok.returncode == 0, ok.stdout[-2000:]

    nb = json.loads(dst.read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "".join(c["source"]) == "summaries.overview(corpus)")
    html = cell["outputs"][0]["data"]["text/html"]
    changed = [line.replace("<td>1</td>", "<td>2</td>", 1) for line in html]
    assert changed != html
    cell["outputs"][0]["data"]["text/html"] = changed
    dst.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    bad = _nbval(tmp_path)
    assert bad.returncode == 1
    assert "Cell outputs differ" in bad.stdout
