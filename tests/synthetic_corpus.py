"""A small hand-made Corpus with every table filled (invented sentences, no corpus text).

Used by the summaries, charts and report tests while the extractors are being written,
and as a known input whose counts can be checked by hand.
"""

from __future__ import annotations

from analysis import schema
from analysis.corpus import Corpus
from analysis.records import Article, Claim, Paragraph, Quote, Speaker, ThemeTag

TEXT_A = ("قال المتحدث باسم الوزارة أحمد سالم إن \"الوضع مستقر\". "
          "وأكد أن 120 ألف شخص عادوا إلى منازلهم.")
TEXT_B = "وقالت منظمة الإغاثة إن الحاجة إلى المساعدات كبيرة."


def make_corpus(title_a: str = "عودة النازحين إلى المدينة", outlet_b: str = "صحيفة الغد",
                published_b: str = "2015-08-02 09:30:00") -> Corpus:
    """Two articles, two outlets, three quotes (one unattributed), themes and claims."""
    articles = [
        Article("a1", "x/a1.txt", "وكالة الأنباء", title_a, None, "2015-07-21 10:00:00",
                TEXT_A, "utf-8", 1),
        Article("b2", "x/b2.txt", outlet_b, "نداء للمساعدة", None, published_b,
                TEXT_B, "utf-8", 1),
    ]
    paragraphs = [Paragraph("a1", 0, 0, len(TEXT_A), TEXT_A), Paragraph("b2", 0, 0, len(TEXT_B), TEXT_B)]
    q1 = TEXT_A.index("الوضع مستقر")
    q2 = TEXT_A.index("120 ألف")
    q3 = TEXT_B.index("الحاجة")
    quotes = [
        Quote("a1-q0", "a1", 0, "s1", "أحمد سالم", "direct", "قال", "الوضع مستقر", q1, q1 + 11),
        Quote("a1-q1", "a1", 0, "s1", "أحمد سالم", "indirect", "أكد",
              TEXT_A[q2:len(TEXT_A) - 1], q2, len(TEXT_A) - 1),
        Quote("b2-q0", "b2", 0, None, None, "indirect", "قالت", TEXT_B[q3:-1], q3,
              len(TEXT_B) - 1),
    ]
    speakers = [Speaker("s1", "أحمد سالم", "person", ["أحمد سالم", "سالم"],
                        "المتحدث باسم الوزارة", "الوزارة", 2)]
    themes = [
        ThemeTag("a1", 0, None, "displacement", "النزوح", "displacement", ["منازلهم"]),
        ThemeTag("a1", 0, "a1-q1", "displacement", "النزوح", "displacement", ["منازلهم"]),
        ThemeTag("a1", 0, "a1-q0", "security", "الأمن", "security", ["مستقر"]),
        ThemeTag("b2", 0, None, "aid", "المساعدات", "aid", ["المساعدات"]),
    ]
    claims = [
        Claim("a1-c0", "a1", 0, "a1-q1", "s1", "statistic", TEXT_A[TEXT_A.index("وأكد"):],
              120000.0, "people", TEXT_A.index("وأكد"), len(TEXT_A)),
        Claim("b2-c0", "b2", 0, "b2-q0", None, "assertion", TEXT_B, None, None, 0, len(TEXT_B)),
    ]
    return Corpus(
        articles=schema.from_records(articles, "articles"),
        paragraphs=schema.from_records(paragraphs, "paragraphs"),
        quotes=schema.from_records(quotes, "quotes"),
        speakers=schema.from_records(speakers, "speakers"),
        themes=schema.from_records(themes, "themes"),
        claims=schema.from_records(claims, "claims"),
        rejected=schema.from_records([], "rejected"),
    )
