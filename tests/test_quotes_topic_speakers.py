"""A topic a sentence opens with ("وعن الأزمة، قال ...", "وحول المطالب، أوضح ...", "أما عن
...") is no speaker: the quote keeps the previous speaker or the one named after the verb
(rules/topic_prepositions.txt; invented text)."""

from __future__ import annotations

from tests.test_quotes_attribution import speakers_of


def test_topic_after_wan_is_no_speaker():
    out = speakers_of("قال الوزير خالد منصور إن الحكومة ستعمل بجد.\n"
                      "وعن الأزمة الاقتصادية، قال إن الأسعار سترتفع قريبا.")
    assert out == [("الحكومة ستعمل", "خالد منصور"), ("الأسعار سترتفع", "خالد منصور")]


def test_topic_after_hawla_is_no_speaker():
    out = speakers_of("قالت الطبيبة سعاد كمال إن المستشفى مزدحم.\n"
                      "وحول المساعدات الطبية، أوضحت أن الشحنات تأخرت كثيرا.")
    assert out == [("المستشفى مزدحم", "الطبيبة سعاد كمال"), ("الشحنات تأخرت", "الطبيبة سعاد كمال")]


def test_topic_after_bishan_is_no_speaker():
    out = speakers_of("قالت الطبيبة سعاد كمال إن المستشفى مزدحم.\n"
                      "وبشأن المساعدات الطبية، قالت إن الشحنات تأخرت كثيرا.")
    assert out == [("المستشفى مزدحم", "الطبيبة سعاد كمال"), ("الشحنات تأخرت", "الطبيبة سعاد كمال")]


def test_speaker_named_after_the_verb_kept():
    out = speakers_of("وعن الأزمة الاقتصادية، قال الوزير خالد منصور إن الأسعار سترتفع قريبا.")
    assert out == [("الأسعار سترتفع", "خالد منصور")]


def test_subject_after_the_topic_verb_kept():
    # no comma: the words after the verb are its subject, not the topic
    out = speakers_of("وحول هذا الأمر يقول الخبير سمير عادل إن الحل سياسي.")
    assert out == [("الحل سياسي", "سمير عادل")]


def test_quoting_from_a_source_is_no_topic():
    out = speakers_of("ونقلت الوكالة عن المتحدث سامي فريد قوله إن الوضع هادئ تماما.")
    assert out == [("الوضع هادئ", "سامي فريد")]
