"""Spans that are not speech (round s10): the writer's asides, inner verbs that take the
complementizer, ideas as subjects, impersonal "وورد أن", acronyms in marks. Invented text."""

from analysis import segment
from analysis.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str, str]]:
    quotes, _ = find_quotes(text, segment.paragraphs("t", text), [])
    return [(q.kind, q.verb, q.text) for q in quotes]


def _speakers(text: str) -> list[tuple[str, str | None]]:
    quotes, speakers = find_quotes(text, segment.paragraphs("t", text), [])
    return [(q.text, speakers[q.speaker_key].name if q.speaker_key is not None else None)
            for q in quotes]


def test_aside_after_comma_is_narration():
    assert _quotes("وأعلنت الهيئة في بيان استئناف العمل في المصنع، علما بأن المبنى قديم جدا.") == []
    assert _quotes("ولم يرد الوزير على الأسئلة، مع العلم أن الصحافيين انتظروا طويلا.") == []
    assert _quotes("وأعلنت الهيئة في بيان أن العمل سيستأنف في المصنع.") == [
        ("indirect", "أعلن", "العمل سيستأنف في المصنع")]


def test_cause_and_however_are_narration():
    assert _quotes("وشدد الوزير على الحاجة إلى الإصلاح، إذ إن الموارد قليلة في المحافظة.") == []
    assert _quotes("وأعرب اللاعب عن سعادته بالفوز، بيد أنه أبدى أسفه لإصابة زميله.") == []


def test_inner_modal_verb_takes_the_complementizer():
    assert _quotes("وشدد الخبير على المهمة التي يتوجب أن تؤديها اللجنة في الرقابة.") == []


def test_subject_reads_on_past_an_inner_belief_verb():
    text = "وقال متحدث باسم الحركة، الذي يعتقد أنه خطط للهجوم، لصحيفة محلية إن الهجمات ستستمر."
    assert _quotes(text) == [("indirect", "قال", "الهجمات ستستمر")]


def test_held_subject_still_names_the_next_speaker():
    text = ("وشدد البروفسور سامي داود، مدير المركز، على المهمة التي يتوجب أن تؤديها اللجنة.\n\n"
            "وقال إن الحكومة تتجاهل التقارير.")
    assert _speakers(text) == [("الحكومة تتجاهل التقارير", "سامي داود")]


def test_idea_before_the_verb_is_narration():
    assert _quotes("وقال الوزير إن الحكومة ستبني المدارس، لكن الواقع يؤكد أن المدارس قليلة.") == [
        ("indirect", "قال", "الحكومة ستبني المدارس")]
    assert _quotes("والأدلة تشير إلى أن الحريق كان متعمدا.") == []
    assert _quotes("وتشير الأدلة إلى أن الحريق كان متعمدا.") == []
    # the word before a participle is not its subject
    assert _quotes("وأبدى الوزير قلقه حيال هذه الفرضية معتبرا أن نتائج الفحص غير كاملة.") == [
        ("indirect", "اعتبر", "نتائج الفحص غير كاملة")]
    # reports speak
    assert _quotes("وتشير التقارير إلى أن الحريق كان متعمدا.") == [
        ("indirect", "أشار", "الحريق كان متعمدا")]


def test_impersonal_warada():
    assert _quotes("وورد أن معظم المصابين من الأطفال.") == []
    assert _quotes("وورد في البيان أن معظم المصابين من الأطفال.") == [
        ("indirect", "جاء في", "معظم المصابين من الأطفال")]


def test_acronym_with_w_is_a_name():
    text = "وقالت المديرة إن المؤسسة تتلقى دعما من شركة «شل» و«بي دبليو سي» وغيرهما."
    assert [q for q in _quotes(text) if q[0] == "direct"] == []
    assert _quotes("وقال المدير: «سيارات بي إم دبليو جيدة جدا».") == [
        ("direct", "قال", "سيارات بي إم دبليو جيدة جدا")]


def test_cause_after_comma_is_narration():
    text = "وتعتبر الطائفة من أكبر الأقليات في البلاد، حيث إنها تشكل عشرة في المائة من السكان."
    assert _quotes(text) == []
    # "، حيث أكد أن": a new attribution, still speech
    assert _quotes("وزار الوزير المصنع، حيث أكد أن العمل سيستأنف قريبا.") == [
        ("indirect", "أكد", "العمل سيستأنف قريبا")]


def test_reaction_is_a_noun():
    assert _quotes("وجاء رد فعل الشارع غاضبا، خصوصا أنه لم يعلم بالقرار.") == []
    assert _quotes("ورد الوزير بأن الحكومة لن تتراجع.") == [("indirect", "رد", "الحكومة لن تتراجع")]


def test_title_in_marks_is_a_name():
    assert _quotes('ونشرت الصحيفة مقالا تحت عنوان "الحكومة تواجه أزمة جديدة في الشمال".') == []
    assert _quotes("وكتب الوزير مقالا بعنوان «الطريق إلى السلام يمر من هنا».") == []
    assert _quotes("وقال الوزير: «الطريق إلى السلام يمر من هنا».") == [
        ("direct", "قال", "الطريق إلى السلام يمر من هنا")]


def test_idea_object_before_a_new_speech_verb_keeps_the_quote():
    # the و of "وقال" starts a new clause: the idea before it is the object of the verb
    # before, not the subject of "قال" (review of the idea-subject rule)
    assert _quotes("وعرض الوزير الأدلة وقال إن الحريق كان متعمدا.") == [
        ("indirect", "قال", "الحريق كان متعمدا")]
    assert _quotes("وقدم المحامي الأدلة ويؤكد أن موكله بريء.") == [
        ("indirect", "أكد", "موكله بريء")]
    # the idea as the subject of a verb with no و is still narration
    assert _quotes("والأدلة تشير إلى أن الخطة فشلت.") == []
