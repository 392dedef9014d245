"""Expand what the user gave (folders, files, globs, lists) into raw inputs, in a stable order.

A JSONL file yields one input per non-blank line and a .json file one per record, so
"loaded + rejected = inputs" counts records, not files. Only the reading of bytes and
the splitting of JSON files happen here; parsing is per article, in the pipeline.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from analysis.ingest.decode import decode_bytes
from analysis.records import RawInput, Rejection

JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


class InputError(Exception):
    """Nothing to read at a path the user gave (a one-line, user-facing message)."""


def expand(sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files named by the sources, each folder walked recursively, sorted within a source."""
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    files: list[Path] = []
    for src in sources:
        src = str(src)
        path = Path(src)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()
                                and not any(part.startswith(".") for part in p.relative_to(path).parts[:-1])))
        elif path.is_file():
            files.append(path)
        elif glob.has_magic(src):
            matched = sorted(Path(p) for p in glob.glob(src, recursive=True) if Path(p).is_file())
            if not matched:
                raise InputError(f"no files match {src}")
            files.extend(matched)
        else:
            raise InputError(f"no such file or folder: {src}")
    return files


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
    decoded = decode_bytes(data)
    if decoded.text is None:
        yield Rejection(name, decoded.reason or "undecodable")
        return
    text = decoded.text
    if suffix == ".json":
        try:
            payload = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Rejection(name, f"broken JSON at line {exc.lineno}: {exc.msg}")
            return
        records = payload if isinstance(payload, list) else [payload]
        for i, record in enumerate(records, 1):
            blob = json.dumps(record, ensure_ascii=False).encode("utf-8")
            yield RawInput(f"{name}#{i}", "record", blob, decoded.encoding)
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield RawInput(f"{name}#L{lineno}", "record", line.encode("utf-8"), decoded.encoding)
