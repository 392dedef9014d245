"""Corpus-level speaker merge (analysis.speakers.merge)."""

from __future__ import annotations

import random

from analysis.records import LocalSpeaker as L
from analysis.speakers.merge import merge_speakers

ARTICLES = [
    ("a", [L("كينو كبرئيل", "person", ["كينو كبرئيل", "كينو كبرييل"], "الناطق الرسمي",
             "قوات سوريا الديمقراطية"),
           L("مصدر عسكري", "anonymous", ["مصدر عسكري"]),
           L("وزارة الخارجية الروسية", "organization", ["وزارة الخارجية الروسية", "الوزارة"])]),
    ("b", [L("كبرييل", "person", ["كبرييل"]),
           L("مصدر عسكري", "anonymous", ["مصدر عسكري"]),
           L("وزارة الخارجية الروسيه", "organization", ["وزارة الخارجية الروسيه"]),
           L("بشار الأسد", "person", ["بشار الأسد", "الأسد"], "الرئيس", "سوريا")]),
    ("c", [L("حافظ الأسد", "person", ["حافظ الأسد"]),
           L("الأسد", "person", ["الأسد"]),
           L("باراك أوباما", "person", ["الرئيس باراك أوباما", "باراك أوباما", "أوباما"], "الرئيس")]),
    ("d", [L("أوباما", "person", ["أوباما"], "الرئيس"),
           L("جورج بوش", "person", ["جورج بوش"]),
           L("جورج دبليو بوش", "person", ["جورج دبليو بوش"], "الرئيس السابق")]),
]


def _by_name(rows):
    return {r.name: r for r in rows}


def test_merge_people_orgs_and_anonymous():
    mapping, rows = merge_speakers(ARTICLES)
    names = sorted(r.name for r in rows)
    assert names == sorted(["كينو كبرئيل", "مصدر عسكري", "مصدر عسكري", "وزارة الخارجية الروسية",
                            "بشار الأسد", "حافظ الأسد", "الأسد", "باراك أوباما", "جورج دبليو بوش"])
    # spelling variants and a surname-only speaker: one person
    assert mapping[("a", 0)] == mapping[("b", 0)]
    kino = _by_name(rows)["كينو كبرئيل"]
    assert kino.aliases == ["كبرييل", "كينو كبرئيل", "كينو كبرييل"]
    assert (kino.role, kino.organization) == ("الناطق الرسمي", "قوات سوريا الديمقراطية")
    # unnamed sources stay per article
    assert mapping[("a", 1)] != mapping[("b", 1)]
    # organisations merge on their normalised name; descriptions are not aliases
    assert mapping[("a", 2)] == mapping[("b", 2)]
    assert _by_name(rows)["وزارة الخارجية الروسية"].aliases == [
        "وزارة الخارجية الروسية", "وزارة الخارجية الروسيه"]
    # two people with one family name stay apart; the bare surname is ambiguous
    assert len({mapping[("b", 3)], mapping[("c", 0)], mapping[("c", 1)]}) == 3
    # unambiguous surname joins; a middle name does not split a person
    assert mapping[("c", 2)] == mapping[("d", 0)]
    assert mapping[("d", 1)] == mapping[("d", 2)]
    assert _by_name(rows)["باراك أوباما"].aliases == ["أوباما", "باراك أوباما"]
    assert _by_name(rows)["باراك أوباما"].role == "الرئيس"


def test_merge_is_independent_of_input_order():
    mapping, rows = merge_speakers(ARTICLES)
    shuffled = list(ARTICLES)
    random.Random(7).shuffle(shuffled)
    assert merge_speakers(shuffled) == (mapping, rows)
    assert merge_speakers(list(reversed(ARTICLES))) == (mapping, rows)


def test_ids_are_stable_hashes_of_the_name():
    _, rows = merge_speakers([("x", [L("كينو كبرئيل", "person", ["كينو كبرئيل"])])])
    mapping, _ = merge_speakers(ARTICLES)
    assert rows[0].speaker_id == mapping[("a", 0)]


def test_most_frequent_role_wins():
    arts = [(str(i), [L("رامي حداد", "person", ["رامي حداد"], role, "الجيش")])
            for i, role in enumerate(["المتحدث", "المتحدث", "قائد"])]
    _, rows = merge_speakers(arts)
    assert (rows[0].role, rows[0].organization) == ("المتحدث", "الجيش")


def test_merged_organisation_name_leaves_out_its_describing_adjective():
    local = [("a", [L("المرصد الوطني لحقوق الإنسان المعارض", "organization",
                      ["المرصد الوطني لحقوق الإنسان المعارض"])]),
             ("b", [L("المرصد الوطني لحقوق الإنسان", "organization",
                      ["المرصد الوطني لحقوق الإنسان", "المرصد الوطني لحقوق الإنسان المعارض"])])]
    mapping, rows = merge_speakers(local)
    assert mapping[("a", 0)] == mapping[("b", 0)]
    assert [r.name for r in rows] == ["المرصد الوطني لحقوق الإنسان"]
    assert "المرصد الوطني لحقوق الإنسان المعارض" in rows[0].aliases


def test_surname_joins_the_dominant_full_name_and_spellings_join():
    local = [(f"a{i}", [L("سمير حداد", "person", ["سمير حداد", "حداد"])]) for i in range(4)]
    local += [("b", [L("تصريحات حداد", "person", ["تصريحات حداد"])]),
              ("c", [L("حداد", "person", ["حداد"])]),
              ("d", [L("فرانسوا دوران", "person", ["فرانسوا دوران"])]),
              ("e", [L("فرنسوا دوران", "person", ["فرنسوا دوران"])])]
    mapping, rows = merge_speakers(local)
    # "حداد" alone: "سمير حداد" (4 articles) against a run-on used once
    assert mapping[("c", 0)] == mapping[("a0", 0)]
    assert mapping[("b", 0)] != mapping[("a0", 0)]
    # one long vowel apart in a long first name: one person
    assert mapping[("d", 0)] == mapping[("e", 0)]


def test_surname_of_two_comparable_full_names_stays_apart():
    local = [("a", [L("بشير سالم", "person", ["بشير سالم"])]),
             ("b", [L("وليد سالم", "person", ["وليد سالم"])]),
             ("c", [L("سالم", "person", ["سالم"])])]
    mapping, rows = merge_speakers(local)
    assert len({mapping[("a", 0)], mapping[("b", 0)], mapping[("c", 0)]}) == 3
