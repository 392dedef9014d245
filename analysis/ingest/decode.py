"""Bytes -> text, with the encoding named, or a plain reason why not.

Order: a BOM decides (UTF-8, UTF-16); else strict UTF-8; else Windows-1256, accepted only
when the result reads as Arabic. Text that decodes but reads as mojibake (UTF-8 Arabic
shown through Latin-1/cp1252, e.g. "Ø§Ù„") is refused rather than loaded wrong.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from analysis.normalize import arabic_ratio


class Decoded(NamedTuple):
    text: str | None
    encoding: str | None
    reason: str | None  # None when decoded


_MOJIBAKE = re.compile(r"[ØÙ][\u0080-\u00ff]")
_C0 = re.compile(r"[\x00-\x08\x0e-\x1f]")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many C0 control bytes in the first 4 KiB (without a UTF-16 BOM)."""
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > max(8, len(head) // 50)


def decode_bytes(data: bytes) -> Decoded:
    """Decode an input file's bytes, or say why it cannot be read as Arabic text."""
    if not data.strip():
        return Decoded(None, None, "empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[3:], "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data, "utf-16")
    if looks_binary(data):
        return Decoded(None, None, "binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _MOJIBAKE.search(text) and len(_MOJIBAKE.findall(text)) > 3:
            return Decoded(None, None, "mojibake: Arabic UTF-8 that was decoded as Latin and saved again")
        return Decoded(text, "utf-8", None)
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return Decoded(None, None, "undecodable: neither UTF-8, UTF-16 nor Windows-1256")
    if arabic_ratio(text) < 0.5:
        return Decoded(None, None, "undecodable: not UTF-8, and as Windows-1256 it is not Arabic")
    return Decoded(text, "cp1256", None)


def _checked(body: bytes, encoding: str) -> Decoded:
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        return Decoded(None, None, f"undecodable: invalid {encoding} despite its byte-order mark")
    if _C0.search(text.replace("\x00", "")) and looks_binary(text.encode("utf-8")):
        return Decoded(None, None, "binary file, not text")
    return Decoded(text, "utf-16" if encoding == "utf-16" else "utf-8-sig", None)
