"""``python -m analysis report``: rerun every notebook on a corpus, then write the HTML report.

Layout (run from the repository root; notebooks run with ``notebooks/`` as working
directory, as in JupyterLab):

- the seed (``seeds/``, the default): the notebooks are executed in place with their
  default parameters, figures go to ``figures/`` and the page to ``report/index.html``;
  all three are committed, and a rerun changes no byte.
- any other corpus: executed copies go to ``build/notebooks/``, figures to
  ``build/figures/``, the page to ``build/report/index.html`` (git-ignored, so corpus text
  never enters the repository).

The page is one self-contained file: inline CSS, figures embedded as SVG data URIs, no
script, nothing loaded from the network; every value is HTML-escaped.
"""

from __future__ import annotations

import base64
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from analysis import cache
from analysis.corpus import Corpus, default_jobs, load

NOTEBOOKS = Path("notebooks")
SEEDS = Path("seeds")
BUILD = Path("build")
CACHE = BUILD / "cache" / "corpus.pkl"
INJECTED_ID = "injected-parameters"


def _from_notebooks(path: Path) -> str:
    """``path`` relative to ``notebooks/``, where the kernels run."""
    return Path(os.path.relpath(path.resolve(), NOTEBOOKS.resolve())).as_posix()


@dataclass(frozen=True)
class Layout:
    """Where one run writes its notebooks, figures and page, and the parameters it injects."""

    notebooks: Path
    figures: Path
    page: Path
    parameters: dict = field(default_factory=dict)


def layout_for(corpus: str, jobs: int) -> Layout:
    """The seed writes into the repository; any other corpus into ``build/``."""
    if Path(corpus).resolve() == SEEDS.resolve():
        return Layout(NOTEBOOKS, Path("figures"), Path("report") / "index.html")
    figures = BUILD / "figures"
    params = {"CORPUS": _from_notebooks(Path(corpus)), "FIGURES": _from_notebooks(figures),
              "JOBS": jobs, "CACHE": _from_notebooks(CACHE)}
    return Layout(BUILD / "notebooks", figures, BUILD / "report" / "index.html", params)


def clean_notebook(nb) -> None:
    """Drop what changes on every run: timings, papermill's bookkeeping, the random cell id."""
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if INJECTED_ID in cell.metadata.get("tags", []):
            cell.id = INJECTED_ID


def run_notebook(src: Path, dst: Path, parameters: dict) -> None:
    """Execute one notebook with papermill (cwd ``notebooks/``) and write it cleaned."""
    import nbformat
    import papermill

    nb = papermill.execute_notebook(str(src), None, parameters=parameters or None,
                                    kernel_name="python3", cwd=str(NOTEBOOKS),
                                    progress_bar=False, log_output=False)
    clean_notebook(nb)
    dst.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(dst))


def build_report(corpus: str = "seeds/", jobs: int | None = None) -> int:
    """Rerun the notebooks on ``corpus``, write figures and the page; 0 on success."""
    try:
        import papermill
    except ImportError:
        print("error: the report needs papermill: pip install -e '.[test]'", file=sys.stderr)
        return 2
    notebooks = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    if not notebooks:
        print("error: no notebooks/ here: run from the repository root", file=sys.stderr)
        return 2
    jobs = jobs or default_jobs()
    layout = layout_for(corpus, jobs)
    print(f"loading {corpus}", file=sys.stderr, flush=True)
    data = load(corpus, jobs=jobs, progress=True)
    print(file=sys.stderr)
    if "CACHE" in layout.parameters:
        cache.save(data, CACHE)
    for src in notebooks:
        print(f"running {src.name}", file=sys.stderr, flush=True)
        try:
            run_notebook(src, layout.notebooks / src.name, layout.parameters)
        except papermill.PapermillExecutionError as exc:
            print(f"error: {src.name} failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue}",
                  file=sys.stderr)
            return 1
    write_page(data, layout.figures, layout.page, corpus)
    print(f"figures in {layout.figures}/, report in {layout.page}")
    return 0


def write_page(corpus: Corpus, figures: Path, page: Path, source: str) -> None:
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(render(corpus, figures, source), encoding="utf-8")


def _embed(figures: Path, name: str) -> str | None:
    svg = figures / f"{name}.svg"
    if not svg.is_file():
        return None
    return "data:image/svg+xml;base64," + base64.b64encode(svg.read_bytes()).decode("ascii")


def render(corpus: Corpus, figures: Path, source: str) -> str:
    """The report page as a string (deterministic for the same corpus and figures)."""
    from jinja2 import Environment, PackageLoader, select_autoescape
    from markupsafe import Markup

    from analysis.report_sections import sections

    env = Environment(loader=PackageLoader("analysis", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      keep_trailing_newline=True)
    blocks = []
    for sec in sections(corpus):
        blocks.append({
            "title": sec.title,
            "note": sec.note,
            "figures": [(name, _embed(figures, name)) for name in sec.figures],
            # DataFrame.to_html escapes every cell and header (escape=True).
            "tables": [(caption, Markup(frame.to_html(escape=True, na_rep="—", border=0))
                        if len(frame) else None) for caption, frame in sec.tables],
        })
    from analysis.summaries import headline

    return env.get_template("report.html.j2").render(
        source=source, summary=headline(corpus), sections=blocks)
