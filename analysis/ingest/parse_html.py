"""One saved HTML page -> title, outlet, byline, date and main text.

Parsed with BeautifulSoup (the standard library's parser backend). Dropped: scripts,
styles, navigation, headers, footers, asides, forms, comments, and any element whose
class or id names site furniture (``rules/html_furniture.txt``: menus, share bars,
comment threads, related links). The main text is the ``<p>`` paragraphs of the
article element (``<article>``, ``itemprop=articleBody``, ``<main>``, else ``<body>``),
one per line with a blank line between; inline tags add no spaces.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bs4 import BeautifulSoup, Comment, Tag

from analysis import rules_io

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
         "iframe", "svg", "button", "template", "select", "menu")
_KEEP = ("html", "body", "article", "main")
_BYLINE_CLASS = re.compile(r"\b(?:byline|author|writer)\b", re.I)
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")


class ParsedHtml(NamedTuple):
    outlet: str | None
    title: str | None
    byline: str | None
    published: str | None  # as printed; parsed by ingest.dates
    body: str


def _clean(text: str | None) -> str | None:
    text = " ".join(text.split()) if text else ""
    return text or None


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            tag = soup.find("meta", attrs={attr: key})
            if isinstance(tag, Tag) and (value := _clean(str(tag.get("content") or ""))):
                return value
    return None


def _is_furniture(tag: Tag) -> bool:
    """Class or id names furniture, and the element does not hold the article itself
    (a ``<body class="has-sidebar">`` or a layout ``<div>`` around ``<article>`` stays)."""
    if tag.attrs is None or tag.name in _KEEP:  # attrs None: removed with its parent
        return False
    names = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")])
    if not names.strip() or not any(p.search(names) for p in rules_io.patterns("html_furniture.txt")):
        return False
    return tag.find(_KEEP) is None


def _title(soup: BeautifulSoup, root: Tag, outlet: str | None) -> str | None:
    h1 = root.find("h1") or soup.find("h1")
    if isinstance(h1, Tag) and (title := _clean(h1.get_text())):
        return title
    if title := _meta(soup, "og:title", "twitter:title", "headline"):
        return title
    title = _clean(soup.title.get_text()) if soup.title else None
    if title and outlet:  # "<title>Headline | Outlet</title>"
        for sep in _TITLE_SEPARATORS:
            head, _, tail = title.rpartition(sep)
            if head and tail.strip() == outlet:
                return head.strip()
    return title


def _byline(soup: BeautifulSoup) -> str | None:
    if found := _meta(soup, "author", "article:author", "byl"):
        return found
    tag = soup.find(attrs={"rel": "author"}) or soup.find(class_=_BYLINE_CLASS)
    return _clean(tag.get_text()) if isinstance(tag, Tag) else None


def _published(soup: BeautifulSoup) -> str | None:
    found = _meta(soup, "article:published_time", "datePublished", "pubdate",
                  "publish-date", "date", "dc.date", "DC.date.issued")
    if found is None:
        time = soup.find("time", attrs={"datetime": True})
        if isinstance(time, Tag):
            found = _clean(str(time["datetime"]))
    return found


def parse_html(text: str) -> ParsedHtml:
    """Title, outlet, byline, date (as printed) and the paragraphs of the main text."""
    soup = BeautifulSoup(text, "html.parser")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    outlet = _meta(soup, "og:site_name", "application-name", "publisher")
    byline = _byline(soup)
    published = _published(soup)
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(True):
        if _is_furniture(tag):
            tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    root = (soup.find("article") or soup.find(attrs={"itemprop": "articleBody"})
            or soup.find("main") or soup.body or soup)
    title = _title(soup, root, outlet)
    for h1 in root.find_all("h1"):
        h1.decompose()
    for tag in root.find_all(class_=_BYLINE_CLASS):
        tag.decompose()
    paras = [_clean(p.get_text()) for p in root.find_all("p")]
    if not any(paras):
        paras = [_clean(line) for line in root.get_text("\n").splitlines()]
    body = [p for p in paras if p and p != title]
    return ParsedHtml(outlet, title, byline, published, "\n\n".join(body))
