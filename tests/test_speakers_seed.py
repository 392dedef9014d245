"""End to end: the seed's speakers table (needs the quote extractor to find the quotes)."""

from __future__ import annotations


def test_seed_speakers_table(seed_corpus):
    sp = seed_corpus.speakers
    assert sorted(sp.name) == sorted(["كيفين كوبسي", "واين ماروتو", "كينو كبرئيل"])
    assert set(sp.kind) == {"person"}
    rows = {r.name: r for r in sp.itertuples()}
    kevin, wayne, kino = rows["كيفين كوبسي"], rows["واين ماروتو"], rows["كينو كبرئيل"]
    assert "كوبسي" in list(kevin.aliases)
    assert "نائب القائد العام" in kevin.role and kevin.organization == "التحالف الدولي"
    assert ("المتحدث الرسمي" in wayne.role or "الناطق" in wayne.role)
    assert wayne.organization == "التحالف الدولي"
    assert "كينو كبرييل" in list(kino.aliases) or "كبرييل" in list(kino.aliases)
    assert "الناطق" in kino.role and kino.organization == "قوات سوريا الديمقراطية"
    quotes = seed_corpus.quotes
    assert set(quotes.speaker.dropna()) <= set(sp.name)
    assert sp.set_index("name").n_quotes["كيفين كوبسي"] >= 4
