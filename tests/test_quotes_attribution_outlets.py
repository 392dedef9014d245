"""An outlet after أبلغ / علمت is told or learns; it does not speak (invented sentences)."""

from __future__ import annotations

from tests.test_quotes_attribution import speakers_of


def test_outlet_after_informing_verb_is_told_name_after_speaks() -> None:
    text = "وأبلغ «الحياة» سامر الحلبي رئيس لجنة الخدمات أن الميناء يعمل."
    assert speakers_of(text) == [("الميناء يعمل", "سامر الحلبي")]


def test_outlet_after_informing_verb_subject_before_speaks() -> None:
    text = "مصادر ميدانية في المنطقة أبلغت «الحياة» أن الطريق مغلق."
    assert speakers_of(text) == [("الطريق مغلق", "مصادر ميدانية في المنطقة")]


def test_outlet_with_head_word_is_told() -> None:
    text = "لكن النائب سامر الحلبي أبلغ صحيفة «النجم» أن الميناء يعمل."
    assert speakers_of(text) == [("الميناء يعمل", "سامر الحلبي")]


def test_told_outlet_subject_after_last_complementizer() -> None:
    # "إلا أن فلان الذي ... قال ... وأبلغ «...» أن": not the spokeswoman quoted before
    text = ("وقالت متحدثة باسم الشرطة إن «التحقيق مستمر». إلا أن سامر الحلبي الذي يسكن "
            "قرب المكان قال إنه رأى ما جرى وأبلغ وكالة «النجم» أن الشرطة وصلت متأخرة.")
    assert speakers_of(text)[-1] == ("الشرطة وصلت", "سامر الحلبي")


def test_marked_body_that_is_no_outlet_still_speaks() -> None:
    text = "وأبلغت «منظمة العفو» الصحافيين أن الطريق مغلق."
    assert speakers_of(text) == [("الطريق مغلق", "منظمة العفو")]


def test_outlet_learned_from_source_source_speaks() -> None:
    text = "وعلمت «الحياة» من مصادر دبلوماسية مطلعة أن الوفد سيصل غدا."
    assert speakers_of(text) == [("الوفد سيصل", "مصادر دبلوماسية مطلعة")]


def test_outlet_learned_without_source_stays() -> None:
    text = "وعلمت «الحياة» أن الوفد سيصل غدا."
    assert speakers_of(text) == [("الوفد سيصل", "الحياة")]


def test_marked_body_that_is_no_outlet_learns_and_speaks() -> None:
    text = "وعلمت «منظمة العفو» من مصادر محلية أن الوفد سيصل غدا."
    assert speakers_of(text) == [("الوفد سيصل", "منظمة العفو")]
