"""Words shaped like speech verbs that are nouns or adverbs, and "فإن" with no fronted
clause before it (census 3, second pass).

Every sentence here is invented for the test (no corpus text). A verbal noun after
"تم" / "وسيلة" ("تم نقل", "وسيلة نقل") and the adverb "مجددا" (again) start no attribution,
so the reported clause runs on to the end of its sentence; a real speech verb after a comma
still cuts it. "فإن" after a speech verb is narration only where a fronting word stands
before it in its sentence; "فان" after "مدينة" is the city Van, not a name particle.
"""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes, texts


@pytest.mark.parametrize("text, expected", [
    # a verbal noun after "تم" / "وسيلة": the clause runs to the end of its sentence
    ("وأضاف الوزير سامي داود أن الشركة قدمت الحافلات للركاب، وتم نقل معظمهم إلى الفندق، "
     "إلا أن عشرة منهم بقوا في المطار.",
     ["الشركة قدمت الحافلات للركاب، وتم نقل معظمهم إلى الفندق، إلا أن عشرة منهم بقوا في المطار"]),
    ("وأضاف الوزير سامي داود أن الشركة قدمت حافلات للركاب، ووفرت وسيلة نقل لهم، "
     "إلا أن عشرة منهم بقوا في المطار.",
     ["الشركة قدمت حافلات للركاب، ووفرت وسيلة نقل لهم، إلا أن عشرة منهم بقوا في المطار"]),
    # the verb نقل after a comma is a new attribution: it cuts the clause
    ("وقال الوزير سامي داود إن المصنع توقف عن العمل، ونقل التلفزيون عن العمال أنهم غاضبون.",
     ["المصنع توقف عن العمل", "غاضبون"]),
    # the adverb "مجددا" (again) away from a comma
    ("وقال الوزير سامي داود إن السوق ستفتح أبوابها مجددا غدا بعد إغلاق طويل.",
     ["السوق ستفتح أبوابها مجددا غدا بعد إغلاق طويل"]),
    # ... right after a comma it is the participle "renewing": a new attribution
    ("وقال الوزير سامي داود إن الحرب يجب أن تتوقف فورا، مجددا دعوته إلى الحوار بين الأطراف.",
     ["الحرب يجب أن تتوقف فورا"]),
])
def test_noun_and_adverb_forms(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no fronted clause: "فإن" is written for "إن", the words are the speaker's
    ("وقال الوزير سامي داود في ختام كلمته فإن الحزب سيصوت للخطة.",
     [("indirect", "الحزب سيصوت للخطة", "سامي داود")]),
    # a fronting word before the verb: "فإن" answers it, narration
    ("ورغم أن الوزير سامي داود أعلن رفضه للخطة، فإن الحزب صوت لصالحها.", []),
    ("وبينما حذر الوزير سامي داود من الفوضى، فإن الشارع بقي هادئا.", []),
    # ... or inside the subject ("وبالتالي فإن")
    ("وأكد الوزير سامي داود دعمه للخطة وبالتالي فإن الحزب سيصوت لها.", []),
])
def test_fa_inna_without_fronting(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert quotes(text) == expected


def test_van_city() -> None:
    """"في مدينة فان": the city, neither "فإن" nor a name particle."""
    got = quotes("وقال سامي داود في مدينة فان التركية إن الهجوم أوقع عشرات القتلى.")
    assert got == [("indirect", "الهجوم أوقع عشرات القتلى", "سامي داود")]
