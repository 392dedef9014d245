"""The per-article pipeline: one raw input -> an ArticleResult, or a Rejection.

A pure function of its input (rules are read-only data), so it can be mapped over
processes or a cluster. Steps: decode -> parse -> boilerplate -> checks -> paragraphs and
sentences -> quotes and speakers -> themes -> claims.
"""

from __future__ import annotations

import hashlib
import json
from typing import NamedTuple

from analysis import segment
from analysis.claims import find_claims
from analysis.ingest.boilerplate import strip_boilerplate
from analysis.ingest.dates import parse_date
from analysis.ingest.decode import declared_charset, decode_bytes
from analysis.ingest.parse_html import parse_html
from analysis.ingest.parse_json import parse_record
from analysis.ingest.parse_text import parse_text
from analysis.normalize import arabic_ratio, normalize_key
from analysis.quotes import find_quotes
from analysis.records import Article, ArticleResult, RawInput, Rejection
from analysis.themes import tag_themes

MIN_ARABIC_RATIO = 0.5


def article_id_for(raw: RawInput) -> str:
    """Stable across runs and machines: a hash of the input's bytes."""
    return hashlib.sha256(raw.data).hexdigest()[:16]


def process(raw: RawInput) -> ArticleResult | Rejection:
    """Run every per-article step on one input."""
    result = ingest(raw)
    if isinstance(result, Rejection):
        return result
    article_id, text, paras = result.article.article_id, result.article.text, result.paragraphs
    sents = segment.sentences(text, paras)
    quotes, speakers = find_quotes(text, paras, sents)
    themes = tag_themes(article_id, text, paras, quotes)
    claims = find_claims(article_id, text, paras, sents, quotes, speakers)
    result.quotes, result.speakers, result.themes, result.claims = quotes, speakers, themes, claims
    return result


def ingest(raw: RawInput) -> ArticleResult | Rejection:
    """Decode, parse, clean and check one input: the article and its paragraphs only.

    The first half of :func:`process`; on its own it loads articles without analysing
    them (``load(..., analyse=False)``), with the same articles and rejections.
    """
    fields = _parse(raw)
    if isinstance(fields, Rejection):
        return fields
    source_path, encoding, outlet, title, byline, published, body = fields
    text = strip_boilerplate(body)
    if not text.strip():
        return Rejection(source_path, empty_reason(title, body))
    if (reason := not_arabic(text)) is not None:
        return Rejection(source_path, reason)
    article_id = article_id_for(raw)
    paras = segment.paragraphs(article_id, text)
    article = Article(article_id, source_path, outlet, title, byline, published, text,
                      encoding, len(paras))
    return ArticleResult(article, paras,
                         dedup_key=hashlib.sha256(normalize_key(text).encode("utf-8")).hexdigest())


def empty_reason(title: str | None, body: str) -> str:
    """Why nothing is left to load: no body at all, or only site boilerplate."""
    if body.strip():
        return "empty: only site boilerplate (rules/boilerplate.txt), no article text"
    return "empty: a title but no article text" if title else "empty: no article text"


def not_arabic(body: str) -> str | None:
    """Why a body is not an Arabic article, or None when it is.

    Judged on the body alone (an Arabic article may carry a Latin headline or masthead),
    counting letters only: digits, punctuation and URLs do not vote, and presentation
    forms count as Arabic (aawsat-422551 writes part of its body as "ﻭﻗﺎﻝ").
    """
    ratio = arabic_ratio(body)
    if ratio < MIN_ARABIC_RATIO:
        return f"not Arabic: {ratio:.0%} of the body's letters are Arabic (at least 50% needed)"
    return None


class Fields(NamedTuple):
    """What parsing one input gives, before boilerplate removal and checks."""

    source_path: str
    encoding: str
    outlet: str | None
    title: str | None
    byline: str | None
    published: str | None  # ISO, naive UTC; None when missing or unreadable
    body: str


def _parse(raw: RawInput) -> Fields | Rejection:
    """Decode and parse one input by its kind (JSON record, HTML page, text file)."""
    if raw.kind == "record":
        return _parse_record(raw)
    declared = declared_charset(raw.data) if raw.kind == "html" else None
    decoded = decode_bytes(raw.data, declared)
    if decoded.text is None or decoded.encoding is None:
        return Rejection(raw.source_path, decoded.reason or "undecodable")
    if raw.kind == "html":
        page = parse_html(decoded.text)
        return Fields(raw.source_path, decoded.encoding, page.outlet, page.title, page.byline,
                      parse_date(page.published), page.body)
    doc = parse_text(decoded.text)
    return Fields(raw.source_path, decoded.encoding, doc.outlet, doc.title, doc.byline, None,
                  doc.body)


def _parse_record(raw: RawInput) -> Fields | Rejection:
    """One JSON record; its source_path names the file and the record's id."""
    try:
        record = json.loads(raw.data.decode("utf-8"))
    except json.JSONDecodeError as exc:
        line = raw.source_path.rsplit("#L", 1)[-1]
        return Rejection(raw.source_path, f"broken JSON on line {line}: {exc.msg} (column {exc.colno})")
    parsed = parse_record(record)
    if isinstance(parsed, str):
        return Rejection(raw.source_path, parsed)
    path = raw.source_path
    if parsed.record_id:
        path = raw.source_path.rsplit("#", 1)[0] + "#" + parsed.record_id
    return Fields(path, raw.encoding or "utf-8", parsed.outlet, parsed.title, parsed.byline,
                  parse_date(parsed.published), parsed.body)
