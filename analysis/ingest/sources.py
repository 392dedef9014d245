"""Expand what the user gave (folders, files, globs, lists) into raw inputs, in a stable order.

A JSONL file yields one input per non-blank line and a .json file one per record (an
object or an array of them), so "loaded + rejected = inputs" counts records, not files.
Documentation beside the articles (README, SOURCE.md: ``rules/skip_files.txt``) is
passed over when a folder is walked, and reported as skipped. Only the reading of bytes and
the splitting of JSON files happen here; parsing is per article, in the pipeline.
"""

from __future__ import annotations

import codecs
import fnmatch
import glob
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from analysis import rules_io
from analysis.ingest.decode import decode_bytes
from analysis.records import RawInput, Rejection

JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


class InputError(Exception):
    """Nothing to read at a path the user gave (a one-line, user-facing message)."""


class Expanded(NamedTuple):
    """The files to read, and the documentation files passed over (rules/skip_files.txt)."""

    files: list[Path]
    skipped: list[Path]


def is_skipped(path: Path) -> bool:
    """A documentation or metadata file beside the articles (README, SOURCE.md, .hidden)."""
    name = path.name.lower()
    return any(fnmatch.fnmatchcase(name, pat.lower()) for pat in rules_io.lines("skip_files.txt"))


def expand(sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> Expanded:
    """Files named by the sources, each folder walked recursively, sorted within a source.

    Raises :class:`InputError` for a path that does not exist, a glob that matches
    nothing, or a folder without any file to read.
    """
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    files: list[Path] = []
    skipped: list[Path] = []
    for src in sources:
        src = str(src)
        path = Path(src)
        if path.is_file():
            files.append(path)
            continue
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(path).parts[:-1]))
            if not found:
                raise InputError(f"no files in folder {src}")
        elif glob.has_magic(src):
            found = sorted(Path(p) for p in glob.glob(src, recursive=True) if Path(p).is_file())
            if not found:
                raise InputError(f"no files match {src}")
        else:
            raise InputError(f"no such file or folder: {src}")
        for p in found:
            (skipped if is_skipped(p) else files).append(p)
    return Expanded(files, skipped)


def iter_inputs(files: Iterable[Path]) -> Iterator[RawInput | Rejection]:
    """Raw inputs (or rejections of whole files) for each file, in order."""
    for path in files:
        name = path.as_posix()
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Rejection(name, f"unreadable: {exc.strerror or exc}")
            continue
        suffix = path.suffix.lower()
        if suffix in JSON_SUFFIXES:
            yield from _json_inputs(name, data, suffix)
        elif suffix in HTML_SUFFIXES:
            yield RawInput(name, "html", data)
        else:
            yield RawInput(name, "txt", data)


def _json_inputs(name: str, data: bytes, suffix: str) -> Iterator[RawInput | Rejection]:
    if suffix != ".json" and not data.startswith(BOMS) and b"\x00" not in data[:4096]:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # One bad line must not take the file down (nor make it all look cp1256):
            # decode line by line, so only that line is rejected, with its number.
            yield from _jsonl_lines(name, data)
            return
        yield from _jsonl_records(name, text, "utf-8")
        return
    decoded = decode_bytes(data)
    if decoded.text is None or decoded.encoding is None:
        yield Rejection(name, decoded.reason or "undecodable")
        return
    if suffix != ".json":
        yield from _jsonl_records(name, decoded.text, decoded.encoding)
        return
    try:
        payload = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        yield Rejection(name, f"broken JSON at line {exc.lineno}: {exc.msg}")
        return
    records = payload if isinstance(payload, list) else [payload]
    if not records:
        yield Rejection(name, "empty: a JSON array without records")
    for i, record in enumerate(records, 1):
        blob = json.dumps(record, ensure_ascii=False).encode("utf-8")
        yield RawInput(f"{name}#{i}", "record", blob, decoded.encoding)


def _jsonl_records(name: str, text: str, encoding: str) -> Iterator[RawInput]:
    # Split on "\n" only: str.splitlines() also breaks at U+2028, U+0085 and other
    # controls, which JSON strings may hold raw (BBC texts carry stray C1 controls).
    for lineno, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield RawInput(f"{name}#L{lineno}", "record", line.encode("utf-8"), encoding)


def _jsonl_lines(name: str, data: bytes) -> Iterator[RawInput | Rejection]:
    for lineno, line in enumerate(data.split(b"\n"), 1):
        if not line.strip():
            continue
        decoded = decode_bytes(line)
        if decoded.text is None or decoded.encoding is None:
            yield Rejection(f"{name}#L{lineno}", f"line {lineno}: {decoded.reason}")
        else:
            yield RawInput(f"{name}#L{lineno}", "record", decoded.text.encode("utf-8"),
                           decoded.encoding)
