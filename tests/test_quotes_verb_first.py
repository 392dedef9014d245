"""Verb-first sentences with material before the subject, source asides, a name before its
definite title as relative antecedent, quotes that hold no subject, newspapers named in
marks: invented sentences (no corpus text)."""

from __future__ import annotations

import pytest

from tests.test_quotes_attribution import speakers_of


@pytest.mark.parametrize("text, expected", [
    # the verb's complement and an adverb between commas come before the subject
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. اهتمت بهذا الملف، أيضا، صحيفة «الأفق»، "
     "وقالت إن الحكومة تتأخر.",
     [("الطرق مغلقة", "كريم فتوحي"), ("الحكومة تتأخر", "صحيفة «الأفق»")]),
    # the sentence before names the newspaper after the complement; the bracket is left out
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. رحبت بالقرار صحيفة «الأفق» (المستقلة)، "
     "ونشرته في صفحتها الأولى. وتوقعت أن تتحسن الأمور.",
     [("الطرق مغلقة", "كريم فتوحي"), ("تتحسن الأمور", "صحيفة «الأفق»")]),
    # a name with a titled appositive, then the object: the name speaks next
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. في الشهر الماضي، نصح سامي داود، وكيل وزارة "
     "المالية لشؤون الضرائب، الشركات الأجنبية بتوخي الحذر. وقال: «لن نقبل أي تأخير». "
     "وقال داود إن «الأمر واضح».",
     [("الطرق مغلقة", "كريم فتوحي"), ("لن نقبل", "سامي داود"), ("«الأمر واضح»", "داود")]),
])
def test_subject_after_the_complement(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "في مؤتمر صحافي": the adjective after an indefinite object of في is no subject
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. وأضاف في مؤتمر صحافي عقده الأحد في مبنى البلدية، "
     "وأوضح فيه أن الأمر واضح.",
     [("الطرق مغلقة", "كريم فتوحي"), ("الأمر واضح", "كريم فتوحي")]),
])
def test_no_subject_in_the_complement(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after لكن the clause opens with its subject, even when it is cut before the comma
    ("قال الوزير كريم فتوحي إن الامتحان سهل. لكن منظمات أخرى للمهاجرين، مثل منظمة رعاية "
     "الوافدين، تقول إن الأسئلة صعبة.",
     [("الامتحان سهل", "كريم فتوحي"), ("الأسئلة صعبة", "منظمات أخرى")]),
    # a clause that opens with a verb and its object: the subject comes after
    ("وفي سياق آخر، أصدر المجلس الأعلى للعلماء، فتوى دعا فيها إلى الحوار، معتبرا أن العنف مرفوض.",
     [("العنف مرفوض", "المجلس الأعلى للعلماء")]),
])
def test_clause_opening(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقالت متحدثة باسم الدفاع المدني كما جاء في نشرات إذاعية محلية: «نحقق في الحادث».",
     [("نحقق في", "متحدثة باسم الدفاع المدني")]),
    ("وأوضح سامي داود حسبما نقل عنه التلفزيون الرسمي أن «الأمر واضح».",
     [("«الأمر واضح»", "سامي داود")]),
    ("وقال داود كما ورد في مقتطفات من خطابه إن \"الأمر واضح\".",
     [("\"الأمر واضح\"", "داود")]),
])
def test_source_aside_is_no_subject(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ونقلت الصحف ما جاء على لسان سامي داود المتحدث باسم الحركة الذي قال: «لن نتراجع عن "
     "مواقفنا في هذه المرحلة». وأكد داود أن الحركة موحدة.",
     [("لن نتراجع", "سامي داود"), ("الحركة موحدة", "داود")]),
    ("وأشار التقرير إلى تصريحات سامي داود المتحدث باسم الحركة الذي قال إن الحركة موحدة. "
     "وقال داود إن الأمر واضح.",
     [("الحركة موحدة", "سامي داود"), ("الأمر واضح", "داود")]),
    # a title alone before the relative: the title phrase, not the noun before it
    ("واستعاد المقال خطب الزعيم الذي قال ذات مرة إن الثورة مستمرة.",
     [("الثورة مستمرة", "الزعيم")]),
])
def test_name_before_its_title(text, expected):
    assert speakers_of(text) == expected


def test_participle_after_a_quote_keeps_its_speaker():
    # "مشيرا" after a quote that opens the sentence: no word of the quote is its subject
    text = ("وقال الوزير كريم فتوحي إن تعيينه جاء بطلب منه.\nوأضاف: \"سيتم تشكيل لجنة "
            "تضم خبراء من الخارج\"، مشيرا إلى أنه \"يجري النظر الآن في عدد من الأسماء\".\n"
            "وأوضح البيان أنه سيتم الإعلان عن الأسماء لاحقا.")
    assert speakers_of(text) == [("تعيينه جاء", "كريم فتوحي"), ("سيتم تشكيل", "كريم فتوحي"),
                                 ("يجري النظر", "كريم فتوحي"), ("سيتم الإعلان", "البيان")]


def test_the_newspaper_named_in_marks_not_a_later_mention():
    text = ("قالت صحيفة \"الأفق\" في عنوانها \"الطرق مغلقة\". والصحيفة معروفة بمتابعة أخبار "
            "الشرطة. وقالت الصحيفة \"ستصل القوات غدا\".")
    assert speakers_of(text)[-1] == ("ستصل القوات", "صحيفة \"الأفق\"")


@pytest.mark.parametrize("text, expected", [
    # a group after the verb, before it, and as subject of an earlier verb: the group speaks
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. ويرى كثيرون أن الحكومة تتأخر في الإصلاح.",
     [("الطرق مغلقة", "كريم فتوحي"), ("الحكومة تتأخر", "كثيرون")]),
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. لكن البعض يقول إن الحكومة تتأخر في الإصلاح.",
     [("الطرق مغلقة", "كريم فتوحي"), ("الحكومة تتأخر", "البعض")]),
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. لكن الكثير من سكان الحي يرون أن الحكومة تتأخر.",
     [("الطرق مغلقة", "كريم فتوحي"), ("الحكومة تتأخر", "الكثير من سكان الحي")]),
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. وانتقده معارضوه قائلين إن الحكومة تتأخر.",
     [("الطرق مغلقة", "كريم فتوحي"), ("الحكومة تتأخر", "معارضوه")]),
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. وأبدى كثيرون من سكان الحي غضبهم، ورجحوا أن "
     "تتأخر الحكومة في الإصلاح.",
     [("الطرق مغلقة", "كريم فتوحي"), ("تتأخر الحكومة", "كثيرون من سكان الحي")]),
    # a group as object of a singular speaker's clause does not speak
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. وقال الوزير إن كثيرين غادروا المدينة، محذرا من أن "
     "الحكومة تتأخر.",
     [("الطرق مغلقة", "كريم فتوحي"), ("كثيرين غادروا", "كريم فتوحي"), ("الحكومة تتأخر", "كريم فتوحي")]),
    # a group quoted once: the next "وقال" goes back to the latest person
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. ويرى كثيرون أن الحكومة تتأخر. وقال في كلمته أمس "
     "إن الطرق ستفتح قريبا.",
     [("الطرق مغلقة", "كريم فتوحي"), ("الحكومة تتأخر", "كثيرون"), ("الطرق ستفتح", "كريم فتوحي")]),
])
def test_group_speakers(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name, then a titled appositive with no closing comma, then the verb: the name speaks
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. سامي داود، مدير جمعية المزارعين في الريف قال في "
     "حديث لنا: «المحصول ضعيف هذا العام».",
     [("الطرق مغلقة", "كريم فتوحي"), ("المحصول ضعيف", "سامي داود")]),
])
def test_appositive_without_closing_comma(text, expected):
    assert speakers_of(text) == expected
