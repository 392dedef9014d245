"""Mends of the speaker kinds (speakers.kinds._no_person, resolve._heads): a glued
preposition heads no mention, a document of a ل-phrase is its author's, a run-on of two
mentions is headed by its first, a story body is one per story. Invented sentences."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.kinds import parse
from analysis.speakers.resolve import resolve_speakers


@pytest.mark.parametrize("text", [
    "لأبحاث الفضاء",            # cut from "المعهد الوطني لأبحاث الفضاء"
    "لمحطة إذاعية",
    "وللمحامية",
    "تصريحات لوزير",            # the statements of a minister named on
])
def test_glued_preposition_is_not_kinded(text):
    assert parse(text).kind == "person"


@pytest.mark.parametrize("text, kind", [
    ("أبحاث الفضاء", "organization"),     # the same words with no ل: findings
    ("بعثة الأمم المتحدة", "organization"),  # ب of the word itself
    ("لجان التنسيق", "anonymous"),          # ل of the word itself
    ("تصريحات المسؤولين", "organization"),  # no ل-phrase after the document
    ("المحامية", "anonymous"),
])
def test_listed_word_is_still_kinded(text, kind):
    assert parse(text).kind == kind


def _m(text: str, span: str, after: str) -> Mention:
    i = text.index(span, text.index(after))
    return Mention(span, i, i + len(span))


def test_run_on_is_not_headed_by_the_document_after_fi():
    t = ("وقالت صحيفة النهار الجديد إن الأزمة طويلة. وكتبت الصحيفة في الافتتاحية أن الحل بعيد. "
         "وترى الافتتاحية أن الحوار ضروري.")
    _, keys = resolve_speakers(t, [_m(t, "صحيفة النهار الجديد", "وقالت"),
                                   _m(t, "الصحيفة في الافتتاحية", "وكتبت"),
                                   _m(t, "الافتتاحية", "وترى")])
    assert keys == [0, 1, 2]        # was [0, 1, 1]: the editorial taken for the run-on


def test_story_body_is_one_per_article_and_keeps_its_place():
    from analysis.records import LocalSpeaker as L
    from analysis.speakers.merge import merge_speakers
    org = "organization"
    local = [("a", [L("بعثة الأمم المتحدة في تشاد", org, ["بعثة الأمم المتحدة في تشاد",
                                                       "بعثة الأمم المتحدة"])]),
             ("b", [L("بعثة الأمم المتحدة", org, ["بعثة الأمم المتحدة"])]),
             ("c", [L("بعثة الأمم المتحدة", org, ["بعثة الأمم المتحدة"])])]
    mapping, rows = merge_speakers(local)
    names = {r.speaker_id: r.name for r in rows}
    assert names[mapping[("a", 0)]] == "بعثة الأمم المتحدة في تشاد"
    assert len({mapping[("a", 0)], mapping[("b", 0)], mapping[("c", 0)]}) == 3


def test_named_body_still_joins_across_articles():
    from analysis.records import LocalSpeaker as L
    from analysis.speakers.merge import merge_speakers
    local = [(a, [L("موقع الرصد الإخباري", "organization", ["موقع الرصد الإخباري"])])
             for a in "ab"]
    mapping, _ = merge_speakers(local)
    assert mapping[("a", 0)] == mapping[("b", 0)]
