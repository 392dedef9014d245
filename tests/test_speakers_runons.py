"""Run-on speaker names (speakers.resolve, speakers.merge): a lone surname finds the full
name written in front of it before it joins a form that runs on after it; a form that runs
on after a full name never names the merged speaker; a word spelled أل/إل with a hamza
vouches for no first name. Invented sentences."""

from __future__ import annotations

from analysis.records import LocalSpeaker, Mention
from analysis.speakers.merge import merge_speakers
from analysis.speakers.resolve import _Text, resolve_speakers


def _m(text: str, span: str, after: str = "") -> Mention:
    i = text.index(span, text.index(after) if after else 0)
    return Mention(span, i, i + len(span))


_TEXT = ("وتحدث الرجل القوي سامر حسن داود في مؤتمر. وقال داود إن العمل بدأ. وأكد داود "
         "بأهمية الحوار أن الوقت ضيق. وجدد داود المطالبة بتوفير الغذاء.")


def test_lone_surname_takes_the_full_name_written_in_front():
    # "داود بأهمية" is cut to "داود"; it must not join the run-on "داود المطالبة بتوفير"
    ms = [_m(_TEXT, "داود", "وقال"), _m(_TEXT, "داود بأهمية"), _m(_TEXT, "داود المطالبة بتوفير")]
    speakers, keys = resolve_speakers(_TEXT, ms)
    assert keys[0] == keys[1] and speakers[keys[0]].name == "سامر حسن داود"


def test_lone_name_without_a_full_name_still_joins_as_first_name():
    text = "وقال بان كي مون إن السلام ممكن. وأضاف بان أن الحوار بدأ."
    speakers, keys = resolve_speakers(text, [_m(text, "بان كي مون"), _m(text, "بان", "وأضاف")])
    assert keys == [0, 0] and speakers[0].name == "بان كي مون"


def _sp(name: str, *forms: str) -> LocalSpeaker:
    return LocalSpeaker(name=name, kind="person", forms=[name, *forms])


def test_run_on_form_never_names_the_merged_speaker():
    run_on = "داود توفير الغذاء العاجل"
    mapping, rows = merge_speakers([("a1", [_sp("سامر حسن داود", "داود", run_on)]),
                                    ("a2", [_sp("سامر حسن داود", "داود", run_on)])])
    assert len(rows) == 1 and rows[0].name == "سامر حسن داود"
    assert run_on not in rows[0].aliases


def test_one_word_name_keeps_its_longer_forms():
    mapping, rows = merge_speakers([("a1", [_sp("سامر", "سامر داود")]),
                                    ("a2", [_sp("سامر", "سامر داود")])])
    assert [r.name for r in rows] == ["سامر داود"]


def test_hamza_alef_word_vouches_for_no_first_name():
    text = "وأوضح أن صديقا ألهمه اختيار اسم ماجد عندما التقاه. وقال ماجد إن العمل بدأ."
    assert _Text(text).full_name_before("ماجد") is None
    text = "وقال الوزير السوري سامر ماجد إن العمل بدأ. وأضاف ماجد أن الطريق مقطوع."
    assert _Text(text).full_name_before("ماجد") == "سامر ماجد"


def test_glued_preposition_starts_the_name():
    # "لسامر" is used without its ل more often: the word before it is no first name
    text = ("وقال سامر إن الطريق مقطوع. ونشرت الصحيفة مقالا لسامر داود عن الزراعة. "
            "وأضاف سامر أن العمل بدأ. وأضاف داود أن الوقت ضيق.")
    assert _Text(text).full_name_before("داود") is None


def test_word_with_tanween_is_no_first_name():
    text = "ونشرت الصحيفة مقالاً لسامر داود عن الزراعة. وأضاف داود أن الوقت ضيق."
    assert _Text(text).full_name_before("داود") is None

