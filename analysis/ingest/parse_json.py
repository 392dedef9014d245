"""JSON records (one per JSONL line, or a .json object/array) -> article fields.

Field names vary between scrapers; the first one present wins:
title; text | body | content; outlet | source | site; published | date | time;
byline | author; id | article_id | url.
"""

from __future__ import annotations

from typing import Any, NamedTuple

_FIELDS = {
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article"),
    "outlet": ("outlet", "source", "site", "publisher"),
    "published": ("published", "date", "time", "datetime", "published_at"),
    "byline": ("byline", "author", "authors"),
    "id": ("id", "article_id", "url"),
}


class ParsedRecord(NamedTuple):
    record_id: str | None
    outlet: str | None
    title: str | None
    byline: str | None
    published: str | None
    body: str


def _first(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, list):
            value = "، ".join(str(v) for v in value if v)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def parse_record(record: Any) -> ParsedRecord | str:
    """The record's fields, or a plain reason why it is not an article."""
    if not isinstance(record, dict):
        return f"not a JSON object but {type(record).__name__}"
    body = _first(record, _FIELDS["text"])
    if body is None:
        return "JSON record without text (expected a text, body or content field)"
    return ParsedRecord(
        record_id=_first(record, _FIELDS["id"]),
        outlet=_first(record, _FIELDS["outlet"]),
        title=_first(record, _FIELDS["title"]),
        byline=_first(record, _FIELDS["byline"]),
        published=_first(record, _FIELDS["published"]),
        body=body,
    )
