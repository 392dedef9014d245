"""One saved HTML page -> title, outlet, byline, date and main text.

Parsed with BeautifulSoup (the standard library's parser backend): scripts, styles,
navigation, headers, footers, asides, forms and comments are dropped; the main text is
the ``<p>`` paragraphs of ``<article>`` (or ``<main>``, or ``<body>``), one per line.
"""

from __future__ import annotations

from typing import NamedTuple

from bs4 import BeautifulSoup, Comment

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
         "iframe", "svg", "button", "template")


class ParsedHtml(NamedTuple):
    outlet: str | None
    title: str | None
    byline: str | None
    published: str | None
    body: str


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    for key in keys:
        tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
        if tag and tag.get("content", "").strip():
            return tag["content"].strip()
    return None


def parse_html(text: str) -> ParsedHtml:
    soup = BeautifulSoup(text, "html.parser")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    outlet = _meta(soup, "og:site_name", "application-name")
    byline = _meta(soup, "author", "article:author")
    published = _meta(soup, "article:published_time", "datePublished", "date")
    if published is None and (t := soup.find("time")) and t.get("datetime"):
        published = t["datetime"]
    h1 = soup.find("h1")
    title = (h1.get_text(" ", strip=True) if h1 else None) or _meta(soup, "og:title") or (
        soup.title.get_text(" ", strip=True) if soup.title else None)
    for tag in soup.find_all(_DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    paras = [p.get_text(" ", strip=True) for p in root.find_all("p")]
    if not paras:
        paras = [line.strip() for line in root.get_text("\n").splitlines()]
    paras = [" ".join(p.split()) for p in paras if p and p.strip()]
    if title and paras and paras[0] == title:
        paras = paras[1:]
    return ParsedHtml(outlet, title, byline, published, "\n\n".join(paras))
