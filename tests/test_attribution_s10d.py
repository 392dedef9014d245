"""A و-joined speech verb or a participle after a verb-initial clause shares that
clause's subject, without the object the subject phrase runs on to."""

from tests.quote_helpers import quotes


def test_participle_subject_without_title_object() -> None:
    assert quotes("وامتدح بعض الطلاب الرئيس التونسي قائلين إنه رجل شجاع.") == [
        ("indirect", "رجل شجاع", "بعض الطلاب")]


def test_joined_verb_subject_without_title_object() -> None:
    assert quotes("وهاجم المعارضون الوزير الأول وقالوا إنه أخطأ في التقدير.") == [
        ("indirect", "أخطأ في التقدير", "المعارضون")]


def test_title_then_name_is_one_subject() -> None:
    # a name after the second title: an appositive, the whole phrase speaks
    assert quotes("وأكد المتحدث باسم الوزارة السفير سامي داود قائلا إن الوفد وصل.") == [
        ("indirect", "الوفد وصل", "سامي داود")]


def test_title_in_construct_is_kept() -> None:
    # "نائب الرئيس السابق": الرئيس completes the title before it, no object
    assert quotes("وتحدث نائب الرئيس السابق قائلا إن الزيارة مهمة.") == [
        ("indirect", "الزيارة مهمة", "نائب الرئيس السابق")]
