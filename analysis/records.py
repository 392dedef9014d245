"""Small typed records that the per-article steps produce; tables are built from them.

Row records (``Article``, ``Paragraph``, ...) have exactly the columns of their table in
``schema.TABLES``, in order. Intermediate records (``RawInput``, ``QuoteSpan``,
``LocalSpeaker``) carry what later steps need and never reach a table directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class RawInput(NamedTuple):
    """One candidate article before parsing.

    ``kind`` is ``"txt"``, ``"html"`` (``data`` holds the file's bytes) or ``"record"``
    (``data`` holds one JSON record's UTF-8 bytes, already decoded from its file, whose
    encoding is in ``encoding``).
    """

    source_path: str
    kind: str
    data: bytes
    encoding: str | None = None


class Article(NamedTuple):
    article_id: str
    source_path: str
    outlet: str | None
    title: str | None
    byline: str | None
    published: str | None
    text: str
    encoding: str
    n_paragraphs: int


class Paragraph(NamedTuple):
    article_id: str
    para: int
    start: int
    end: int
    text: str


class Sentence(NamedTuple):
    """A sentence span inside one paragraph (offsets into articles.text)."""

    para: int
    start: int
    end: int


class Mention(NamedTuple):
    """A span of articles.text that names or describes a speaker."""

    text: str
    start: int
    end: int


class QuoteSpan(NamedTuple):
    """A quote found in one article, before speakers get corpus ids.

    ``speaker_key`` indexes the article's ``LocalSpeaker`` list (None: unknown).
    ``mention`` is the name or description that the attribution used, if any.
    """

    kind: str
    verb: str
    text: str
    start: int
    end: int
    para: int
    speaker_key: int | None = None
    mention: Mention | None = None


@dataclass
class LocalSpeaker:
    """A speaker as seen in one article: all its surface forms and its titles."""

    name: str
    kind: str
    forms: list[str] = field(default_factory=list)
    role: str | None = None
    organization: str | None = None


class Quote(NamedTuple):
    quote_id: str
    article_id: str
    para: int
    speaker_id: str | None
    speaker: str | None
    kind: str
    verb: str
    text: str
    start: int
    end: int


class Speaker(NamedTuple):
    speaker_id: str
    name: str
    kind: str
    aliases: list[str]
    role: str | None
    organization: str | None
    n_quotes: int


class ThemeTag(NamedTuple):
    article_id: str
    para: int
    quote_id: str | None
    theme: str
    label_ar: str
    label_en: str
    evidence: list[str]


class Claim(NamedTuple):
    claim_id: str
    article_id: str
    para: int
    quote_id: str | None
    speaker_id: str | None
    kind: str
    text: str
    value: float | None
    unit: str | None
    start: int
    end: int


class Rejection(NamedTuple):
    source_path: str
    reason: str


@dataclass
class ArticleResult:
    """Everything the per-article pipeline found in one article.

    ``claims`` carry the article-local speaker key in ``speaker_id`` (as ``"local:<k>"``)
    until the corpus step replaces it with the corpus speaker id.
    """

    article: Article
    paragraphs: list[Paragraph]
    quotes: list[QuoteSpan] = field(default_factory=list)
    speakers: list[LocalSpeaker] = field(default_factory=list)
    themes: list[ThemeTag] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    dedup_key: str = ""
