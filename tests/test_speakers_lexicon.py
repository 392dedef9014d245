"""Token look-ups in the speaker word lists (analysis.speakers.lexicon): the memberships
found at once (``lists_of``, ``is_in_any``) agree with the list-by-list definition."""

from __future__ import annotations

import pytest

from analysis.speakers import lexicon
from analysis.speakers.lexicon import bases, is_in, is_in_any, lists_of, norm, words

LISTS = ("titles", "ranks", "org_heads", "org_names", "anonymous", "descriptors",
         "references", "quantifiers", "name_particles", "org_generic")
TOKENS = ["الناطق", "والمتحدث", "للجيش", "الجنرال", "نفسه", "كوبسي", "أبو", "قال", "", "ـ"]


def _by_definition(token: str, name: str) -> bool:
    return not words(name).isdisjoint(bases(norm(token)))


@pytest.mark.parametrize("token", TOKENS)
def test_is_in_is_a_base_in_the_list(token):
    for name in LISTS + ("documents", "reflexives"):     # the last two are looked up alone
        assert is_in(token, name) == _by_definition(token, name)


@pytest.mark.parametrize("token", TOKENS)
def test_lists_of_holds_a_bit_per_list(token):
    got = {name for name in LISTS if lists_of(token) & lexicon._BIT[name]}
    assert got == {name for name in LISTS if _by_definition(token, name)}


@pytest.mark.parametrize("token, names, expected", [
    ("والمتحدث", ("titles", "ranks"), True),       # a title head behind a glued و
    ("الجنرال", ("titles", "ranks"), True),         # a rank
    ("الجنرال", ("titles",), False),
    ("كوبسي", LISTS, False),                        # a name: in no list
    ("نفسه", ("documents", "references"), True),    # a list looked up one by one
    ("نفسه", ("documents", "reflexives", "titles"), True),
    ("كوبسي", ("documents", "reflexives"), False),
])
def test_is_in_any(token, names, expected):
    assert is_in_any(token, names) is expected
    assert expected == any(_by_definition(token, n) for n in names)
