"""HTML pages: a real parser, the article's own text only, metadata from the page."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.ingest.parse_html import parse_html
from ingest_helpers import HTML

PAGE = HTML.read_text(encoding="utf-8")
BODY = ("أعلن وزير المياه خالد عبد الرحيم، اليوم الأحد، خطة لترشيد استهلاك المياه خلال أشهر الصيف.\n\n"
        "وقال الوزير في مؤتمر صحافي إن «الخطة تستهدف خفض الاستهلاك بنسبة ١٥ في المائة».\n\n"
        "وأضاف أن الوزارة ستبدأ التنفيذ في الأول من يوليو المقبل.")


def test_fixture_page_fields():
    page = parse_html(PAGE)
    assert page.outlet == "صحيفة الوادي"
    assert page.title == "وزير المياه يعلن خطة لترشيد الاستهلاك في الصيف"
    assert page.byline == "القاهرة: سارة منصور"
    assert page.published == "2024-06-02T09:30:00+03:00"
    assert page.body == BODY


@pytest.mark.parametrize("furniture", [
    "نص برمجي",            # <script>
    "رياضة",               # <nav class="menu">
    "الرئيسية",            # <header>
    "تعليق داخلي",         # <!-- comment -->
    "شارك على فيسبوك",     # div.share-buttons
    "اقرأ أيضا",           # aside.related
    "تعليق من قارئ",       # section#comments
    "جميع الحقوق محفوظة",  # <footer>
    "color: red",          # <style>
])
def test_no_furniture_in_the_body(furniture):
    assert furniture in PAGE
    assert furniture not in parse_html(PAGE).body


def test_windows_1256_page_with_meta_charset(tmp_path):
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1256">')
    page = page.translate(str.maketrans("١٥", "15"))  # cp1256 has no Arabic-Indic digits
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1256"))
    corpus = analysis.load(path)
    art = corpus.articles.iloc[0]
    assert (art.encoding, art.outlet, art.byline) == ("cp1256", "صحيفة الوادي", "القاهرة: سارة منصور")
    assert art.text == BODY.replace("١٥", "15")
    assert art.published == pd.Timestamp("2024-06-02 06:30:00")  # +03:00 -> UTC


@pytest.mark.parametrize("html, field, expected", [
    # title: <h1>, else og:title, else <title> without " | outlet"
    ("<title>خبر عاجل | الموقع</title><meta property='og:site_name' content='الموقع'><p>نص</p>",
     "title", "خبر عاجل"),
    ("<meta property='og:title' content='عنوان من الوسم'><title>آخر</title><p>نص</p>",
     "title", "عنوان من الوسم"),
    ("<title>عنوان - جزء منه</title><p>نص</p>", "title", "عنوان - جزء منه"),
    # byline: meta author, else rel=author or a .byline element
    ("<p class='byline'>بيروت: علي حسن</p><p>قال المصدر</p>", "byline", "بيروت: علي حسن"),
    ("<a rel='author'>منى سالم</a><p>نص</p>", "byline", "منى سالم"),
    ("<p>نص</p>", "byline", None),
    # date: meta, else <time datetime>
    ("<time datetime='2013-01-05T10:00:00Z'>٥ يناير</time><p>نص</p>", "published", "2013-01-05T10:00:00Z"),
    ("<meta itemprop='datePublished' content='2013-01-05'><p>نص</p>", "published", "2013-01-05"),
    # outlet
    ("<meta name='application-name' content='الشروق'><p>نص</p>", "outlet", "الشروق"),
    ("<p>نص</p>", "outlet", None),
])
def test_metadata_fallbacks(html, field, expected):
    assert getattr(parse_html(html), field) == expected


@pytest.mark.parametrize("html, body", [
    # inline tags add no spaces; <br> is a space inside a paragraph
    ("<p>قال <b>الوزير</b>، إن <a href='#'>الخطة</a> جاهزة</p>", "قال الوزير، إن الخطة جاهزة"),
    ("<p>السطر الأول<br/>السطر الثاني</p>", "السطر الأول السطر الثاني"),
    # <article> wins over the rest of the page
    ("<div><p>خارج المقال</p></div><article><p>داخل المقال</p></article>", "داخل المقال"),
    # a furniture class on a container that holds the article does not drop the article
    ("<div class='page with-sidebar'><article><p>نص المقال</p></article>"
     "<div class='sidebar'><p>روابط</p></div></div>", "نص المقال"),
    # no <p>: text lines of the main element
    ("<main><div>الفقرة الأولى</div><div>الفقرة الثانية</div></main>", "الفقرة الأولى\n\nالفقرة الثانية"),
    # the headline is not repeated in the body
    ("<article><h1>العنوان</h1><p>العنوان</p><p>النص</p></article>", "النص"),
])
def test_body_extraction(html, body):
    assert parse_html(html).body == body


def test_page_without_text_is_rejected(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav class='menu'><a>الرئيسية</a></nav><script>x()</script></body></html>",
                    encoding="utf-8")
    assert analysis.load(path).rejected.reason.tolist() == ["empty: no article text"]
