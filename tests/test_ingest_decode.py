"""Bytes -> text: each encoding detected and named, every bad input refused with a reason."""

from __future__ import annotations

import codecs

import pytest

from analysis.ingest.decode import declared_charset, decode_bytes, mojibake_reason
from conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
# cp1256 has no Arabic-Indic digits (the seed has "١٢٠"): the cp1256 copy uses ASCII ones.
SEED_1256 = SEED_TEXT.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")


@pytest.mark.parametrize("data, text, encoding", [
    (SEED_TEXT.encode("utf-8"), SEED_TEXT, "utf-8"),
    (SEED_TEXT.encode("utf-8-sig"), SEED_TEXT, "utf-8-sig"),
    (codecs.BOM_UTF16_LE + SEED_TEXT.encode("utf-16-le"), SEED_TEXT, "utf-16-le"),
    (codecs.BOM_UTF16_BE + SEED_TEXT.encode("utf-16-be"), SEED_TEXT, "utf-16-be"),
    # Without a BOM, UTF-16 is accepted when exactly one byte order reads as Arabic.
    (SEED_TEXT.encode("utf-16-le"), SEED_TEXT, "utf-16-le"),
    (SEED_TEXT.encode("utf-16-be"), SEED_TEXT, "utf-16-be"),
    (SEED_1256.encode("cp1256"), SEED_1256, "cp1256"),
    ("قال الوزير إن الخطة جاهزة".encode("cp1256"), "قال الوزير إن الخطة جاهزة", "cp1256"),
    # An English text decodes fine: "not Arabic" is judged later, on the body.
    (b"The minister said the plan is ready.", "The minister said the plan is ready.", "utf-8"),
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be",
        "cp1256-seed", "cp1256-short", "ascii"])
def test_decodes_and_names_the_encoding(data, text, encoding):
    decoded = decode_bytes(data)
    assert decoded == (text, encoding, None)


def test_cp1256_never_decoded_as_something_else():
    """Windows-1256 bytes are not valid UTF-8; read any other way they would be Latin."""
    data = SEED_1256.encode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_bytes(data).text == SEED_1256


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"  \n\t\r\n  ", "empty: only white space"),
    ("\u200f\u00a0\u200b\n".encode("utf-8"), "empty: only white space"),
    (codecs.BOM_UTF8 + b"\n\n", "empty: only white space"),
    (PNG, "binary file, not text"),
    (b"\x00\x01\x02\x03" * 64, "binary file, not text"),
    # UTF-8 Arabic decoded as cp1252 and saved again: "Ø§Ù„..." for "ال..."
    (SEED_TEXT.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"),
     "mojibake: Arabic UTF-8 that was decoded as Latin-1/cp1252 and saved again"),
    (SEED_TEXT.encode("utf-8").decode("latin-1").encode("utf-8"),
     "mojibake: Arabic UTF-8 that was decoded as Latin-1/cp1252 and saved again"),
    # ... or decoded as cp1256 and saved again: "ط§ظ„..." (looks Arabic, is not).
    (SEED_TEXT.encode("utf-8").decode("cp1256").encode("utf-8"),
     "mojibake: Arabic UTF-8 that was decoded as Windows-1256 and saved again"),
    ("Café au lait, déjà vu à la française".encode("cp1252"),
     "undecodable: not UTF-8, and as Windows-1256 it is not Arabic"),
    (codecs.BOM_UTF8 + b"\xff\xfe\xfa broken", "undecodable: invalid utf-8-sig despite its byte-order mark"),
    # ISO-8859-6 read as cp1256 turns و and ي into "è" and "ê": not guessed, refused.
    ("قال الوزير إن الحكومة ستعلن خطة جديدة يوم الاثنين".encode("iso-8859-6"),
     "undecodable: not UTF-8, and as Windows-1256 it is not Arabic"),
    # A text header followed by binary: the whole file is checked, not its head.
    (b"%PDF-1.4\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 200 + bytes(range(256)) * 4,
     "binary file, not text"),
], ids=["empty", "whitespace", "invisible-controls", "bom-only", "png", "control-bytes",
        "mojibake-cp1252", "mojibake-latin1", "mojibake-cp1256", "latin-cp1252", "bad-after-bom",
        "iso-8859-6-undeclared", "binary-after-text-head"])
def test_refuses_with_a_reason(data, reason):
    assert decode_bytes(data) == (None, None, reason)


@pytest.mark.parametrize("text, expected", [
    ("Ø§Ù„Ø­ÙƒÙˆÙ…Ø©", True),
    ("ط§ظ„ط­ظƒظˆظ…ط©", True),
    # Genuine Arabic with ط or ظ before a comma ("فقط،") is not mojibake.
    ("قال إنه سيبقى فقط، ولن يضغط، ولن يحتفظ، بأي منصب آخر في الحكومة الجديدة", False),
    ("Øresund Ørsted Ølstykke", False),  # Danish names: Ø before ordinary letters
    ("الحكومة", False),
])
def test_mojibake_detection(text, expected):
    assert (mojibake_reason(text) is not None) is expected


def test_bomless_utf16_needs_arabic():
    """UTF-16 without a BOM and without Arabic is not guessed: it is binary."""
    assert decode_bytes("plain English text".encode("utf-16-le")).reason == "binary file, not text"


@pytest.mark.parametrize("head, label", [
    (b'<html><head><meta charset="windows-1256">', "windows-1256"),
    (b"<meta http-equiv='Content-Type' content='text/html; charset=UTF-8'>", "utf-8"),
    (b"<META CHARSET=iso-8859-6>", "iso-8859-6"),
    (b"<html><head><title>x</title></head>", None),
])
def test_declared_charset(head, label):
    assert declared_charset(head) == label


@pytest.mark.parametrize("declared, data, encoding", [
    ("windows-1256", "<p>قال الوزير</p>".encode("cp1256"), "cp1256"),
    # A page that says UTF-8 but holds cp1256 bytes: the label fails strictly, bytes decide.
    ("utf-8", "<p>قال الوزير</p>".encode("cp1256"), "cp1256"),
    # A page that says windows-1256 but holds UTF-8: read as cp1256 it is mojibake.
    ("windows-1256", "<p>قال الوزير إن الحكومة ستعلن</p>".encode("utf-8"), "utf-8"),
    # A Latin label on Arabic bytes is not trusted.
    ("iso-8859-1", "<p>قال الوزير</p>".encode("cp1256"), "cp1256"),
    ("iso-8859-6", "<p>قال الوزير</p>".encode("iso-8859-6"), "iso-8859-6"),
])
def test_declared_charset_is_used_only_when_it_fits(declared, data, encoding):
    decoded = decode_bytes(data, declared)
    assert decoded.encoding == encoding
    assert decoded.text == "<p>قال الوزير</p>" or "الحكومة" in decoded.text
