"""Bytes -> text, with the encoding named, or a plain reason why not.

Order: a byte-order mark decides (UTF-8, UTF-16 LE/BE); then UTF-16 without a BOM, only
when exactly one byte order reads as Arabic text; then binary sniffing; then strict
UTF-8; then Windows-1256, accepted only when the result reads as Arabic. Text that
decodes but reads as mojibake (UTF-8 Arabic once decoded as cp1252/latin-1 or cp1256
and saved again: "Ø§Ù„" or "ط§ظ„" for "ال") is refused rather than loaded wrong.
HTML pages may declare their charset (:func:`declared_charset`); the pipeline passes it.
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


# Encoding names as recorded in articles.encoding (Python codec names).
UTF8, UTF8_SIG, UTF16LE, UTF16BE, CP1256 = "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp1256"

# The UTF-8 lead bytes of Arabic (0xD8-0xDB) shown as Latin-1/cp1252 ("Ø", "Ù", "Ú", "Û")
# followed by a continuation byte (0x80-0xBF) shown the same way.
_CONT_CP1252 = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")
_CONT_LATIN1 = bytes(range(0x80, 0xC0)).decode("latin-1")
_MOJIBAKE_LATIN = re.compile("[ØÙÚÛ][" + re.escape("".join(set(_CONT_CP1252 + _CONT_LATIN1))) + "]")
# The same bytes shown as cp1256: "ط" (0xD8) and "ظ" (0xD9) followed by a continuation
# byte. Genuine Arabic has such pairs too ("فقط،"), so only their share counts.
_MOJIBAKE_1256 = re.compile("[طظ][" + re.escape(bytes(range(0x80, 0xC0)).decode("cp1256")) + "]")
_C0 = re.compile(r"[\x00-\x08\x0e-\x1f]")
_C0_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13))
_ASCII = re.compile(r"[\x00-\x7f]+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
MIN_ARABIC_RATIO = 0.5
# Tried when the bytes are not UTF-8. ISO-8859-6 is not guessed (French cp1252 reads as
# Arabic in it: "é" -> "ى"); a page that declares it is read with it.
LEGACY = (CP1256,)
LEGACY_MIN_ARABIC = 0.95
EMPTY = "empty: only white space"
# Something visible: not white space, not a zero-width or bidi control, not a BOM.
_VISIBLE = re.compile(r"[^\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\u00ad\ufeff]")


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 2% C0 control bytes (tab, newlines and form feed aside).

    The whole file is checked, not its head: a PDF saved as .txt starts with a text
    header, and its binary streams read as cp1256 would be mostly "Arabic" letters.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in data:
        return True
    controls = len(data) - len(data.translate(None, _C0_BYTES))
    return controls > max(8, len(data) // 50)


def mojibake_reason(text: str) -> str | None:
    """Why a decoded text is mojibake, or None when it is not."""
    latin = len(_MOJIBAKE_LATIN.findall(text))
    if latin >= 3 and latin > len(_ARABIC_LETTER.findall(text)):
        return "mojibake: Arabic UTF-8 that was decoded as Latin-1/cp1252 and saved again"
    pairs = len(_MOJIBAKE_1256.findall(text))
    if pairs >= 3 and pairs > 0.3 * len(_ARABIC_LETTER.findall(text)):
        return "mojibake: Arabic UTF-8 that was decoded as Windows-1256 and saved again"
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode an input file's bytes, or say why it cannot be read as Arabic text.

    ``declared`` is a charset the file names itself (an HTML ``<meta charset>``): it is
    used when no BOM says otherwise and it decodes the bytes strictly.
    """
    if not data:
        return Decoded(None, None, "empty file")
    if not data.strip():
        return Decoded(None, None, EMPTY)
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[3:], UTF8_SIG)
    if data.startswith(codecs.BOM_UTF16_LE):
        return _checked(data[2:], UTF16LE)
    if data.startswith(codecs.BOM_UTF16_BE):
        return _checked(data[2:], UTF16BE)
    if (utf16 := _bomless_utf16(data)) is not None:
        return utf16
    if looks_binary(data):
        return Decoded(None, None, "binary file, not text")
    if declared is not None and (result := _declared(data, declared)) is not None:
        return result
    try:
        text = data.decode(UTF8)
    except UnicodeDecodeError:
        pass
    else:
        return _accepted(text, UTF8)
    for encoding in LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _reads_as_arabic(text):
            return _accepted(text, encoding)
    return Decoded(None, None, "undecodable: not UTF-8, and as Windows-1256 it is not Arabic")


def _reads_as_arabic(text: str) -> bool:
    """The letters outside ASCII are Arabic, nearly all (what a legacy encoding decides).

    Latin-1 French ("déjà") stays Latin in cp1256 and is refused; ISO-8859-6 read as
    cp1256 turns و and ي into "è" and "ê", so a few Latin letters among the Arabic ones
    mean the wrong code page. Judged without ASCII, so an Arabic JSON line with more
    ASCII keys and URLs than Arabic words still counts.
    """
    return arabic_ratio(_ASCII.sub(" ", text)) >= LEGACY_MIN_ARABIC


def _accepted(text: str, encoding: str) -> Decoded:
    if not _VISIBLE.search(text):
        return Decoded(None, None, EMPTY)
    reason = mojibake_reason(text)
    return Decoded(None, None, reason) if reason else Decoded(text, encoding, None)


def _checked(body: bytes, encoding: str) -> Decoded:
    """Decode after a byte-order mark: the BOM is trusted, the bytes must follow it."""
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        return Decoded(None, None, f"undecodable: invalid {encoding} despite its byte-order mark")
    if len(_C0.findall(text)) > max(8, len(text) // 50):
        return Decoded(None, None, "binary file, not text")
    return _accepted(text, encoding)


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM, when exactly one byte order gives clean Arabic text.

    Arabic in UTF-16 has 0x06 as the high byte of its letters and 0x00 for ASCII
    spaces and digits, so it is full of NULs: judged here before the binary check.
    """
    if len(data) % 2 or b"\x00" not in data[:4096]:
        return None
    found = []
    for encoding in (UTF16LE, UTF16BE):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _C0.search(text) and arabic_ratio(text) >= MIN_ARABIC_RATIO:
            found.append((text, encoding))
    if len(found) != 1:
        return None
    return _accepted(*found[0])


# Charset labels (WHATWG names and common aliases) -> Python codecs we accept.
_CHARSETS = {
    "utf-8": UTF8, "utf8": UTF8, "unicode-1-1-utf-8": UTF8,
    "windows-1256": CP1256, "cp1256": CP1256, "x-cp1256": CP1256,
    "iso-8859-6": "iso-8859-6", "arabic": "iso-8859-6", "iso-8859-1": "cp1252",
    "latin1": "cp1252", "windows-1252": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KiB (``<meta charset>`` or
    ``http-equiv="Content-Type"``), lower-cased; None when it declares none."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _declared(data: bytes, label: str) -> Decoded | None:
    """Decode with the page's own charset; None to fall back to detection.

    Pages often mislabel: a windows-1256 page that says iso-8859-1 would decode without
    error to Latin letters ("ÇáÚÑÇÞ"), so a Latin label only stands when the bytes are
    plain ASCII, and any label only when it decodes strictly without mojibake.
    """
    encoding = _CHARSETS.get(label)
    if encoding is None:
        return None
    if encoding == "cp1252":
        return _accepted(data.decode("ascii"), UTF8) if data.isascii() else None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if mojibake_reason(text):
        return None
    return Decoded(text, encoding, None)
