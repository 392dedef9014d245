"""The per-article pipeline: one raw input -> an ArticleResult, or a Rejection.

A pure function of its input (rules are read-only data), so it can be mapped over
processes or a cluster. Steps: decode -> parse -> boilerplate -> checks -> paragraphs and
sentences -> quotes and speakers -> themes -> claims.
"""

from __future__ import annotations

import hashlib
import json

from analysis import segment
from analysis.claims import find_claims
from analysis.ingest.boilerplate import strip_boilerplate
from analysis.ingest.decode import decode_bytes
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
    fields = _parse(raw)
    if isinstance(fields, Rejection):
        return fields
    source_path, encoding, outlet, title, byline, published, body = fields
    text = strip_boilerplate(body)
    if not text.strip():
        return Rejection(source_path, "empty: no article text" + (" after boilerplate" if body.strip() else ""))
    if arabic_ratio((title or "") + " " + text) < MIN_ARABIC_RATIO:
        return Rejection(source_path, "not Arabic: fewer than half of the letters are Arabic")
    article_id = article_id_for(raw)
    paras = segment.paragraphs(article_id, text)
    sents = segment.sentences(text, paras)
    quotes, speakers = find_quotes(text, paras, sents)
    themes = tag_themes(article_id, text, paras, quotes)
    claims = find_claims(article_id, text, paras, sents, quotes, speakers)
    article = Article(article_id, source_path, outlet, title, byline, published, text,
                      encoding, len(paras))
    return ArticleResult(article, paras, quotes, speakers, themes, claims,
                         dedup_key=hashlib.sha256(normalize_key(text).encode("utf-8")).hexdigest())


def _parse(raw: RawInput):
    """(source_path, encoding, outlet, title, byline, published, body) or a Rejection."""
    if raw.kind == "record":
        try:
            record = json.loads(raw.data.decode("utf-8"))
        except json.JSONDecodeError as exc:
            line = raw.source_path.rsplit("#L", 1)[-1]
            return Rejection(raw.source_path, f"broken JSON on line {line}: {exc.msg}")
        parsed = parse_record(record)
        if isinstance(parsed, str):
            return Rejection(raw.source_path, parsed)
        path = raw.source_path
        if parsed.record_id:
            path = raw.source_path.rsplit("#", 1)[0] + "#" + parsed.record_id
        return (path, raw.encoding or "utf-8", parsed.outlet, parsed.title, parsed.byline,
                parsed.published, parsed.body)
    decoded = decode_bytes(raw.data)
    if decoded.text is None:
        return Rejection(raw.source_path, decoded.reason or "undecodable")
    if raw.kind == "html":
        page = parse_html(decoded.text)
        return (raw.source_path, decoded.encoding, page.outlet, page.title, page.byline,
                page.published, page.body)
    doc = parse_text(decoded.text)
    return (raw.source_path, decoded.encoding, doc.outlet, doc.title, doc.byline, None, doc.body)
