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
    local += [("b", [L("هاني حداد", "person", ["هاني حداد"])]),
              ("c", [L("حداد", "person", ["حداد"])]),
              ("d", [L("فرانسوا دوران", "person", ["فرانسوا دوران"])]),
              ("e", [L("فرنسوا دوران", "person", ["فرنسوا دوران"])])]
    mapping, rows = merge_speakers(local)
    # "حداد" alone: "سمير حداد" (4 articles) against another full name used once
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


def _one(rows, mapping, refs):
    sids = {mapping[r] for r in refs}
    assert len(sids) == 1
    return next(r for r in rows if r.speaker_id in sids)


def test_a_glued_common_word_neither_names_nor_ties_a_person():
    # "إقناع نوري" (persuading Nouri): the verbal noun is no first name
    local = [("a", [L("إقناع نوري", "person", ["إقناع نوري", "نوري"], None, "المجلس الأعلى")]),
             ("b", [L("نوري", "person", ["نوري"], None, "المجلس الأعلى")]),
             ("c", [L("نوري", "person", ["نوري"], None, "المجلس الأعلى")])]
    mapping, rows = merge_speakers(local)
    row = _one(rows, mapping, [("a", 0), ("b", 0), ("c", 0)])
    assert row.name == "نوري"
    assert row.aliases == ["نوري"]              # the glued word is not shown either
    # a real first name in the same place wins and draws the surname mentions in
    local[0] = ("a", [L("كمال نوري", "person", ["كمال نوري", "نوري"])])
    mapping, rows = merge_speakers(local)
    assert _one(rows, mapping, [("a", 0), ("b", 0), ("c", 0)]).name == "كمال نوري"


def test_a_name_of_non_name_words_stays_in_its_article():
    local = [(a, [L("حتى الآن", "person", ["حتى الآن"]), L("نص الرسالة", "person", ["نص الرسالة"])])
             for a in "ab"]
    mapping, rows = merge_speakers(local)
    assert mapping[("a", 0)] != mapping[("b", 0)]
    assert mapping[("a", 1)] != mapping[("b", 1)]
    assert sorted(r.name for r in rows) == ["حتى الآن", "حتى الآن", "نص الرسالة", "نص الرسالة"]


def test_the_name_is_the_fullest_form_seen_in_two_articles():
    local = [("a", [L("عادل بن سعيد الفارس", "person", ["عادل بن سعيد الفارس", "عادل الفارس"])])]
    local += [(f"b{i}", [L("عادل الفارس", "person", ["عادل الفارس"])]) for i in range(3)]
    mapping, rows = merge_speakers(local)
    refs = [("a", 0)] + [(f"b{i}", 0) for i in range(3)]
    assert _one(rows, mapping, refs).name == "عادل الفارس"
    # seen in two articles, the fuller form wins
    local.append(("c", [L("عادل بن سعيد الفارس", "person", ["عادل بن سعيد الفارس"])]))
    mapping, rows = merge_speakers(local)
    assert _one(rows, mapping, refs + [("c", 0)]).name == "عادل بن سعيد الفارس"
    # of one name's spellings, the one used in most articles
    local = [("a", [L("فرانشيسكو روسي", "person", ["فرانشيسكو روسي"])]),
             ("b", [L("فرانشسكو روسي", "person", ["فرانشسكو روسي"])]),
             ("c", [L("فرانشسكو روسي", "person", ["فرانشسكو روسي"])])]
    mapping, rows = merge_speakers(local)
    assert _one(rows, mapping, [("a", 0), ("b", 0), ("c", 0)]).name == "فرانشسكو روسي"


def test_a_surname_with_no_full_name_joins_only_on_a_shared_organisation_or_role():
    local = [("a", [L("الحمداني", "person", ["الحمداني"])]),
             ("b", [L("الحمداني", "person", ["الحمداني"])]),
             ("c", [L("الحمداني", "person", ["الحمداني"], "الرئيس")]),
             ("d", [L("الحمداني", "person", ["الحمداني"], "الرئيس")]),
             ("e", [L("الحمداني", "person", ["الحمداني"], None, "نقابة الأطباء")]),
             ("f", [L("الحمداني", "person", ["الحمداني"], None, "نقابة الاطباء")]),
             ("g", [L("الحمداني", "person", ["الحمداني"], "نائب وزير الصحة")]),
             ("h", [L("الحمداني", "person", ["الحمداني"], "نائب وزير الصحة", "الحكومة")])]
    mapping, rows = merge_speakers(local)
    # nothing ties a-b, and a bare title ("الرئيس") does not tie c-d
    assert len({mapping[(a, 0)] for a in "abcd"}) == 4
    assert mapping[("e", 0)] == mapping[("f", 0)]        # one organisation, two spellings
    assert mapping[("g", 0)] == mapping[("h", 0)]        # a title with its complement
    assert len(rows) == 6 and {r.name for r in rows} == {"الحمداني"}
    # the ids hang on content: the same articles in another order give the same rows
    assert merge_speakers(list(reversed(local))) == (mapping, rows)


def test_an_organisation_known_by_a_description_stays_in_its_article():
    orgs = ["صحيفة", "صحيفة الأيام", "وزارة الخارجية", "وزارة الخارجية الروسية",
            "وكالة الأنباء الرسمية", "الحكومة المالية"]
    local = [(a, [L(o, "organization", [o]) for o in orgs]) for a in "ab"]
    mapping, rows = merge_speakers(local)
    apart = [mapping[("a", i)] != mapping[("b", i)] for i in range(len(orgs))]
    # a head alone, a ministry of no country, "the official news agency": apart;
    # a name, a nationality (of Mali, although المالية also reads "finance"): one
    assert apart == [True, False, True, False, True, False]
    # a description in one article with the name it stands for merges through the name
    local = [("a", [L("وزارة الخارجية الروسية", "organization",
                      ["وزارة الخارجية الروسية", "وزارة الخارجية"])]),
             ("b", [L("وزارة الخارجية الروسية", "organization", ["وزارة الخارجية الروسية"])]),
             ("c", [L("وزارة الخارجية", "organization", ["وزارة الخارجية"])])]
    mapping, rows = merge_speakers(local)
    assert mapping[("a", 0)] == mapping[("b", 0)] != mapping[("c", 0)]


def test_organisation_name_without_stray_marks_and_describing_adjective():
    local = [("a", [L("صحيفة «الأيام", "organization", ["صحيفة «الأيام"])]),
             ("b", [L("صحيفة «الأيام", "organization", ["صحيفة «الأيام", "صحيفة الأيام"])]),
             ("c", [L("هيئة التنسيق الوطنية المعارضة", "organization",
                      ["هيئة التنسيق الوطنية المعارضة"])]),
             ("d", [L("هيئة التنسيق الوطنية", "organization", ["هيئة التنسيق الوطنية"])])]
    mapping, rows = merge_speakers(local)
    assert _one(rows, mapping, [("a", 0), ("b", 0)]).name == "صحيفة الأيام"
    # the adjective describes: the two articles name one organisation
    assert _one(rows, mapping, [("c", 0), ("d", 0)]).name == "هيئة التنسيق الوطنية"


def test_spellings_of_one_organisation_join():
    local = [("a", [L("وزارة الزراعة الأميركية", "organization", ["وزارة الزراعة الأميركية"])]),
             ("b", [L("وزارة الزراعة الأمريكية", "organization", ["وزارة الزراعة الأمريكية"])]),
             ("c", [L("صحيفة الفاينانشيال بوست", "organization", ["صحيفة الفاينانشيال بوست"])]),
             ("d", [L("صحيفة الفاينانشال بوست", "organization", ["صحيفة الفاينانشال بوست"])]),
             # one letter more that is no long vowel: another word
             ("e", [L("هيئة الموانئ البحرية", "organization", ["هيئة الموانئ البحرية"])]),
             ("f", [L("هيئة الموانئ البحرينية", "organization", ["هيئة الموانئ البحرينية"])])]
    local += [("g", [L("صحيفة الصنداي نيوز", "organization", ["صحيفة الصنداي نيوز"])]),
              ("h", [L("صنداي نيوز", "organization", ["صنداي نيوز"])]),
              # another head word: an agency, not the paper
              ("i", [L("وكالة صنداي نيوز", "organization", ["وكالة صنداي نيوز"])]),
              # no newspaper word: ال and the head stay ("الهيئة" / "هيئة" ...)
              ("j", [L("جريدة الوطن", "organization", ["جريدة الوطن"])]),
              ("k", [L("الوطن", "organization", ["الوطن"])])]
    mapping, rows = merge_speakers(local)
    assert mapping[("a", 0)] == mapping[("b", 0)]
    assert mapping[("c", 0)] == mapping[("d", 0)]
    assert mapping[("e", 0)] != mapping[("f", 0)]
    assert mapping[("g", 0)] == mapping[("h", 0)] != mapping[("i", 0)]
    assert mapping[("j", 0)] != mapping[("k", 0)]


def test_a_full_name_joins_the_fuller_name_it_ends_only_with_a_shared_organisation():
    local = [("a", [L("رامي سالم حداد", "person", ["رامي سالم حداد"], "رئيس", "الهيئة الوطنية")]),
             ("b", [L("سالم حداد", "person", ["سالم حداد"], "رئيس", "الهيئة الوطنية")]),
             ("c", [L("نادر كمال عيسى", "person", ["نادر كمال عيسى"], "نائب", "حزب الأمل")]),
             ("d", [L("كمال عيسى", "person", ["كمال عيسى"], "رئيس", "حزب الفجر")])]
    mapping, rows = merge_speakers(local)
    assert mapping[("a", 0)] == mapping[("b", 0)]
    assert _one(rows, mapping, [("a", 0), ("b", 0)]).name == "رامي سالم حداد"
    # a son's full name holds his father's: without a shared tie they stay two
    assert mapping[("c", 0)] != mapping[("d", 0)]


def test_a_word_glued_before_a_full_name_is_dropped_when_it_starts_no_other_name():
    local = [(f"a{i}", [L("سالم حداد", "person", ["سالم حداد"])]) for i in range(3)]
    local += [("b", [L("أمهل سالم حداد", "person", ["أمهل سالم حداد"])]),
              ("c", [L("رامي كمال عيسى", "person", ["رامي كمال عيسى"])]),
              ("d", [L("كمال عيسى", "person", ["كمال عيسى"])]),
              ("e", [L("كمال عيسى", "person", ["كمال عيسى"])]),
              ("f", [L("رامي نادر", "person", ["رامي نادر"])])]
    mapping, rows = merge_speakers(local)
    # "أمهل" (gave a deadline) starts no other name: "سالم حداد", one speaker
    assert _one(rows, mapping, [("a0", 0), ("b", 0)]).name == "سالم حداد"
    assert _one(rows, mapping, [("a0", 0), ("b", 0)]).aliases == ["سالم حداد"]
    # "رامي" starts another name: "رامي كمال عيسى" is a fuller name, not a run-on
    assert mapping[("c", 0)] != mapping[("d", 0)]
    assert merge_speakers(list(reversed(local))) == (mapping, rows)


def test_a_surname_with_another_office_does_not_join_the_full_name():
    local = [(f"a{i}", [L("سمير حداد", "person", ["سمير حداد", "حداد"], "المتحدث باسم الجيش",
                          "الجيش")]) for i in range(4)]
    local += [("b", [L("حداد", "person", ["حداد"], "رئيس المجلس البلدي")]),
              ("c", [L("حداد", "person", ["حداد"], "المتحدث")]),
              ("d", [L("حداد", "person", ["حداد"])])]
    mapping, rows = merge_speakers(local)
    # the head of a town council is someone else; a bare title or nothing says nothing
    assert mapping[("b", 0)] != mapping[("a0", 0)]
    assert mapping[("c", 0)] == mapping[("d", 0)] == mapping[("a0", 0)]


def test_a_nationality_and_its_country_are_one_context():
    local = [(f"a{i}", [L("سمير حداد", "person", ["سمير حداد", "حداد"], "رئيس الوزراء",
                          "لبنان")]) for i in range(4)]
    local += [("b", [L("حداد", "person", ["حداد"], None, "الحكومة اللبنانية")])]
    mapping, _ = merge_speakers(local)
    assert mapping[("b", 0)] == mapping[("a0", 0)]


def test_aliases_show_no_stray_mark_or_invisible_control():
    local = [("a", [L("وكالة النجم", "organization", ["وكالة «النجم", "\u202cوكالة النجم"])]),
             ("b", [L("وكالة النجم", "organization", ["وكالة النجم", "وكالة «النجم» الدولية"])])]
    mapping, rows = merge_speakers(local)
    row = _one(rows, mapping, [("a", 0), ("b", 0)])
    assert row.aliases == ["وكالة «النجم» الدولية", "وكالة النجم"]


def test_a_form_with_a_non_name_word_inside_is_no_alias_of_a_named_person():
    # "نادر تصريحات حداد" (Nader [criticised] Haddad's statements): no name of Haddad
    local = [("a", [L("سالم حداد", "person", ["سالم حداد", "نادر تصريحات حداد"])]),
             ("b", [L("سالم حداد", "person", ["سالم حداد"])])]
    mapping, rows = merge_speakers(local)
    assert _one(rows, mapping, [("a", 0), ("b", 0)]).aliases == ["سالم حداد"]
    # a speaker known only by such a form keeps it: it is all there is to show
    mapping, rows = merge_speakers([("c", [L("نادر تصريحات حداد", "person",
                                             ["نادر تصريحات حداد"])])])
    assert rows[0].aliases == ["نادر تصريحات حداد"]


def test_roles_and_organisations_are_shown_without_a_glued_preposition():
    local = [("a", [L("سالم حداد", "person", ["سالم حداد"], "لمدير المعهد", "بالهيئة الوطنية")]),
             ("b", [L("سالم حداد", "person", ["سالم حداد"], "مدير المعهد", "الهيئة الوطنية")])]
    mapping, rows = merge_speakers(local)
    row = _one(rows, mapping, [("a", 0), ("b", 0)])
    assert (row.role, row.organization) == ("مدير المعهد", "الهيئة الوطنية")


def test_a_role_is_shown_without_the_name_it_ran_on_into():
    local = [("a", [L("سالم حداد", "person", ["سالم حداد"], "وزير الخارجية الكندي سالم")]),
             ("b", [L("سالم حداد", "person", ["سالم حداد"], "وزير الخارجية الكندي")])]
    mapping, rows = merge_speakers(local)
    assert _one(rows, mapping, [("a", 0), ("b", 0)]).role == "وزير الخارجية الكندي"


def test_a_two_word_surname_joins_the_one_full_name_ending_with_it():
    local = [("a", [L("نادر قره أوغلو", "person", ["نادر قره أوغلو"], "رئيس الوزراء", "تركيا")]),
             ("b", [L("قره أوغلو", "person", ["قره أوغلو"])]),
             ("c", [L("قره أوغلو", "person", ["قره أوغلو"], "رئيس")]),
             ("e", [L("نادر قره أوغلو", "person", ["نادر قره أوغلو"])])]
    mapping, rows = merge_speakers(local)
    assert _one(rows, mapping, [("a", 0), ("b", 0), ("c", 0), ("e", 0)]).name == "نادر قره أوغلو"
    # another office: another man of that family
    local[1] = ("b", [L("قره أوغلو", "person", ["قره أوغلو"], "رئيس", "حزب الفجر")])
    mapping, _ = merge_speakers(local[:2])
    assert mapping[("a", 0)] != mapping[("b", 0)]
    # two full names end with it: no telling which
    two = local[:1] + [("b", [L("قره أوغلو", "person", ["قره أوغلو"])]),
                       ("d", [L("سامي قره أوغلو", "person", ["سامي قره أوغلو"])])]
    mapping, _ = merge_speakers(two)
    assert len({mapping[("a", 0)], mapping[("b", 0)], mapping[("d", 0)]}) == 3
    # no surname word at the end: a first and a last name, as before
    mapping, _ = merge_speakers([("a", [L("رامي سالم حداد", "person", ["رامي سالم حداد"])]),
                                 ("b", [L("سالم حداد", "person", ["سالم حداد"])])])
    assert mapping[("a", 0)] != mapping[("b", 0)]


def test_an_organisation_is_shown_by_its_name_not_by_its_statement():
    # a statement with no issuer it could read: the body named beside it is shown
    local = [("a", [L("بيان صحفي نشر في باريس من وزارة الزراعة", "organization",
                      ["بيان صحفي نشر في باريس من وزارة الزراعة", "وزارة الزراعة"])]),
             ("b", [L("التقرير", "organization", ["التقرير", "المنظمة"])]),
             ("c", [L("التقرير", "organization", ["التقرير", "الدراسة"])])]
    mapping, rows = merge_speakers(local)
    by_id = {r.speaker_id: r.name for r in rows}
    assert [by_id[mapping[(a, 0)]] for a in "abc"] == ["وزارة الزراعة", "المنظمة", "التقرير"]


def test_a_country_run_on_after_a_full_name_is_left_out_and_joins_the_name():
    local = [("a", [L("سالم حداد فرنسا", "person", ["الرئيس سالم حداد فرنسا"], "الرئيس")]),
             ("b", [L("سالم حداد", "person", ["سالم حداد"])])]
    mapping, rows = merge_speakers(local)
    assert _one(rows, mapping, [("a", 0), ("b", 0)]).name == "سالم حداد"
    # alone in the corpus it is shown without the country too
    mapping, rows = merge_speakers(local[:1])
    assert [(r.name, r.aliases) for r in rows] == [("سالم حداد", ["سالم حداد"])]
