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
