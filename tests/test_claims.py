"""Claims: segments at quote boundaries, kinds from cue data, links, offsets, acceptance."""

from __future__ import annotations

import pytest

from analysis.claims import classify, find_claims
from analysis.records import QuoteSpan
from analysis.segment import paragraphs, sentences


def claims_of(text: str, quotes: list[QuoteSpan]):
    paras = paragraphs("a1", text)
    return find_claims("a1", text, paras, sentences(text, paras), quotes, [])


def quote(text: str, inner: str, speaker: int | None = 0, verb: str = "قال") -> QuoteSpan:
    start = text.index(inner)
    return QuoteSpan("direct", verb, inner, start, start + len(inner), 0, speaker)


@pytest.mark.parametrize("segment, in_quote, verb, kind", [
    ("يجب على الحكومة أن تتحمل مسؤولياتها", True, "قال", "demand"),
    ("على المجتمع الدولي أن يتحرك فورا", True, "قال", "demand"),
    ("ندعو جميع الأطراف إلى ضبط النفس", True, "قال", "demand"),
    ("وهذا لا يعني انسحاباً من سوريا", True, "قال", "denial"),
    ("هذه الأنباء عارية عن الصحة تماما", True, "قال", "denial"),
    ("المهمة لم تنته بعد في المنطقة", True, "قال", "denial"),
    ("نحن ملتزمون بالقضاء على الإرهاب", True, "قال", "commitment"),
    ("سنواصل دعم القوات الشريكة في المنطقة", True, "قال", "commitment"),
    ("أنجزنا المهام الموكلة إلينا كاملة", True, "قال", "achievement"),
    ("لقد استطعنا تحرير المدينة بالكامل", True, "قال", "achievement"),
    ("القوات تتقدم نحو المدينة من ثلاثة محاور", True, "قال", "assertion"),
    ("الوضع صعب", True, "قال", None),                        # too short to check
    ("الجيش سيطر على البلدة بعد معارك", True, "نفى", "denial"),  # the verb decides
    ("المهمة لم تنته بعد في المنطقة", False, "", None),      # weak negation: quotes only
    ("نفى المتحدث وجود أي اتفاق سري", False, "", "denial"),
    ("وصل الوفد إلى العاصمة صباح اليوم", False, "", None),  # reporter narration
    ("بحسب ما نقلت وكالة الأنباء عن مصادر محلية", False, "", "assertion"),
])
def test_classify(segment, in_quote, verb, kind):
    assert classify(segment, 0, len(segment), in_quote, verb) == kind


def test_two_numbers_give_two_statistics_with_the_sentence_span():
    text = "وقال المتحدث \"قتل 13 شخصا وأصيب 15 آخرون في الهجوم\"."
    q = quote(text, "قتل 13 شخصا وأصيب 15 آخرون في الهجوم", speaker=2)
    rows = claims_of(text, [q])
    stats = [c for c in rows if c.kind == "statistic"]
    assert [(c.value, c.unit) for c in stats] == [(13.0, "people killed"), (15.0, "people injured")]
    for c in stats:
        assert c.text == q.text and (c.start, c.end) == (q.start, q.end)
        assert c.quote_id == "a1-q0" and c.speaker_id == "local:2"
    assert [c.claim_id for c in rows] == [f"a1-c{n}" for n in range(len(rows))]


def test_reporter_text_has_no_quote_or_speaker():
    text = "قتل 13 شخصا في تفجير. ونفى الجيش أي تورط في الحادث."
    rows = claims_of(text, [])
    assert [(c.kind, c.quote_id, c.speaker_id) for c in rows] == [
        ("statistic", None, None), ("denial", None, None)]
    assert rows[0].text == "قتل 13 شخصا في تفجير"


def test_sentence_is_cut_at_quote_boundaries():
    text = "وأكد أن \"المهمة لم تنته بعد في المنطقة\" وأن بلاده ملتزمة بالحل."
    q = quote(text, "المهمة لم تنته بعد في المنطقة", speaker=None)
    rows = claims_of(text, [q])
    assert [(c.kind, c.text, c.quote_id, c.speaker_id) for c in rows] == [
        ("denial", "المهمة لم تنته بعد في المنطقة", "a1-q0", None),
        ("commitment", "وأن بلاده ملتزمة بالحل", None, None)]


def test_offsets_always_match(seed_corpus):
    text = seed_corpus.articles.text.iloc[0]
    assert len(seed_corpus.claims)
    for c in seed_corpus.claims.itertuples():
        assert text[c.start:c.end] == c.text


def _speaker_name(corpus, speaker_id):
    row = corpus.speakers[corpus.speakers.speaker_id == speaker_id]
    return row.name.iloc[0] if len(row) else None


@pytest.mark.parametrize("value, unit", [(120000.0, "troops trained"), (8000000.0, "people liberated")])
def test_seed_statistics_attributed_to_kobsi(seed_corpus, value, unit):
    """Fails only if the quote extractor does not find the quote around the number."""
    c = seed_corpus.claims
    row = c[(c.kind == "statistic") & (c.value == value)]
    assert len(row) == 1
    assert row.unit.iloc[0] == unit
    assert isinstance(row.quote_id.iloc[0], str) and row.quote_id.iloc[0] in set(seed_corpus.quotes.quote_id)
    assert "كوبسي" in _speaker_name(seed_corpus, row.speaker_id.iloc[0])


@pytest.mark.parametrize("kind, words", [
    ("denial", "وهذا لا يعني انسحاباً من سوريا"),
    ("demand", "يجب على الدولة التركية أن تدعم المسار السياسي"),
    ("commitment", "ملتزمون بالقضاء على داعش"),
    ("achievement", "أنجزنا المهام الموكلة إلينا"),
])
def test_seed_claim_kinds(seed_corpus, kind, words):
    c = seed_corpus.claims
    rows = c[(c.kind == kind) & c.text.str.contains(words, regex=False)]
    assert len(rows) >= 1
    assert rows.text.iloc[0].startswith(words.split()[0])


def test_numeric_claims_on_gold(gold_dir):
    from analysis.evaluate import evaluate

    m = evaluate(sorted(gold_dir.glob("*.jsonl")), None, gold_dir.parent)["numbers"]
    assert m["missing"] == []
    assert m["value_recall"] >= 0.9
    assert m["value_precision"] >= 0.85
    assert m["span_recall"] >= 0.9
