"""`python -m analysis extract`: summary lines, exit codes, one-line errors, formats, jobs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import schema
from analysis.corpus import Corpus
from analysis.export import LIST_SEPARATOR, write_tables
from analysis.records import Rejection, Speaker
from ingest_helpers import SEED, build_mixed_folder

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis", "extract", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def mixed_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli") / "in"
    build_mixed_folder(root)
    return root


@pytest.fixture(scope="module")
def extracted(mixed_dir, tmp_path_factory):
    """The mixed folder extracted with --jobs 1 and --jobs 2 (parquet)."""
    outs = {}
    for jobs in (1, 2):
        out = tmp_path_factory.mktemp(f"out{jobs}")
        proc = run(str(mixed_dir), "--out", str(out), "--format", "parquet", "--jobs", str(jobs))
        assert proc.returncode == 0, proc.stderr
        outs[jobs] = (out, proc)
    return outs


def test_one_summary_line_per_table(extracted, mixed_dir):
    out, proc = extracted[1]
    lines = proc.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(schema.TABLES)
    corpus = analysis.load(mixed_dir)
    for line, (name, frame) in zip(lines, corpus.tables().items()):
        assert line.split()[1:3] == [str(len(frame)), "rows"]
        assert line.endswith(str(out / f"{name}.parquet"))
    assert "Traceback" not in proc.stderr
    assert "skipped 1 documentation file(s)" in proc.stderr


def test_jobs_2_writes_identical_tables(extracted):
    (one, _), (two, _) = extracted[1], extracted[2]
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(pd.read_parquet(one / f"{name}.parquet"),
                                      pd.read_parquet(two / f"{name}.parquet"), obj=name)


def test_parquet_round_trips_arabic(extracted, mixed_dir):
    out, _ = extracted[1]
    corpus = analysis.load(mixed_dir)
    back = pd.read_parquet(out / "articles.parquet")
    assert back.text.tolist() == corpus.articles.text.tolist()
    assert back.title.tolist() == corpus.articles.title.tolist()
    assert list(back.columns) == list(schema.TABLES["articles"])


def test_csv_round_trips_arabic(tmp_path):
    proc = run(str(SEED), "--out", str(tmp_path), "--format", "csv", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    corpus = analysis.load(SEED)
    back = pd.read_csv(tmp_path / "articles.csv")
    assert back.loc[0, "text"] == corpus.articles.loc[0, "text"]
    assert back.loc[0, "byline"] == "نورث بالس"
    paras = pd.read_csv(tmp_path / "paragraphs.csv")
    assert paras.text.tolist() == corpus.paragraphs.text.tolist()


def test_csv_joins_list_columns(tmp_path):
    speakers = schema.from_records([Speaker("s1", "كيفين كوبسي", "person", ["كيفين كوبسي", "كوبسي"],
                                            "المتحدث", "التحالف الدولي", 2)], "speakers")
    corpus = Corpus(**{name: schema.empty(name) for name in schema.TABLES})
    corpus.speakers = speakers
    corpus.rejected = schema.from_records([Rejection("x.txt", "empty file")], "rejected")
    write_tables(corpus, tmp_path, "csv")
    back = pd.read_csv(tmp_path / "speakers.csv")
    assert back.loc[0, "aliases"] == f"كيفين كوبسي{LIST_SEPARATOR}كوبسي"
    assert back.loc[0, "name"] == "كيفين كوبسي"
    write_tables(corpus, tmp_path / "pq", "parquet")
    assert list(pd.read_parquet(tmp_path / "pq" / "speakers.parquet").loc[0, "aliases"]) == [
        "كيفين كوبسي", "كوبسي"]


@pytest.mark.parametrize("make_args, message", [
    (lambda tmp: ["/no/such/folder", "--out", str(tmp / "o")], "error: no such file or folder: /no/such/folder"),
    (lambda tmp: [str(SEED), "--out", str(tmp / "a-file" / "out")], "error: cannot write to "),
    (lambda tmp: [str(SEED), "--out", str(tmp / "a-file")], "error: cannot write to "),
    (lambda tmp: [str(tmp / "empty")], "error: no files in folder"),
], ids=["missing-path", "out-under-a-file", "out-is-a-file", "empty-folder"])
def test_errors_are_one_line_with_exit_2(tmp_path, make_args, message):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    args = make_args(tmp_path)
    if "--out" not in args:
        args += ["--out", str(tmp_path / "o")]
    proc = run(*args)
    assert (proc.returncode, proc.stdout) == (2, ""), proc.stderr
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith(message), proc.stderr
    assert "Traceback" not in proc.stderr


def test_bad_input_files_do_not_fail_the_run(tmp_path):
    """Exit 0 when every input was loaded or listed in rejected (here: all rejected)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    proc = run(str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert pd.read_csv(tmp_path / "o" / "rejected.csv").reason.tolist() == ["empty file"]
