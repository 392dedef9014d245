"""Census 5 round: where a bare name ends (an organisation head that opens the verb's
object, "كبير" + a plural opening a title, an adverb after the subject) and single words
that name nobody. Invented sentences only."""

from analysis.quotes import lexicon
from analysis.quotes.names import find_mention


def _m(phrase: str) -> str | None:
    got = find_mention(phrase, 0, len(phrase), lexicon())
    return got.text if got else None


def test_org_head_after_a_full_name_opens_the_object() -> None:
    assert _m("سلمى حداد وزارة الصحة في حفل الوداع") == "سلمى حداد"
    assert _m("سامر يوسف منظمة الإغاثة") == "سامر يوسف"
    # one noun in construct with the head keeps it: a group, a document, a title
    assert _m("أعضاء مجلس الشورى") == "أعضاء مجلس الشورى"
    assert _m("قرار مجلس الأمن") == "قرار مجلس الأمن"
    assert _m("مسؤولو وزارة الزراعة") == "مسؤولو وزارة الزراعة"
    # a name word that is also a head ("بيت") stays in the name
    assert _m("براد بيت الممثل") == "براد بيت"


def test_chief_of_opens_an_apposition_title() -> None:
    assert _m("سامر حداد كبير مستشاري الوزير") == "سامر حداد"
    assert _m("سلمى حداد كبيرة الباحثين في المعهد") == "سلمى حداد"
    # a surname "كبير" at the end or before a preposition stays
    assert _m("عثمان سامر كبير") == "عثمان سامر كبير"
    assert _m("عثمان سامر كبير في مؤتمر") == "عثمان سامر كبير"
    assert _m("مسؤول حكومي كبير") == "مسؤول حكومي كبير"


def test_adverb_after_the_subject_ends_it() -> None:
    assert _m("مصادر خصوصا") == "مصادر"
    assert _m("مصادر محلية خصوصًا") == "مصادر محلية"
    assert _m("سامر تحديدا الأرقام") == "سامر"
    assert _m("مصادر محلية") == "مصادر محلية"


def _in(text: str, phrase: str) -> str | None:
    """The mention found in ``phrase`` read inside the whole ``text``."""
    s = text.index(phrase)
    got = find_mention(text, s, s + len(phrase), lexicon())
    return got.text if got else None


def test_surname_then_definite_object_after_an_object_verb() -> None:
    text = "قال الطبيب سامر قدورة، إن الوضع سيئ. ووصف قدورة الحادث بأنه كارثة."
    assert _in(text, "قدورة الحادث") == "قدورة"
    text = "التقى وليد نصار الوزير. ودعا نصار المعارضة المحلية إلى الحوار."
    assert _in(text, "نصار المعارضة المحلية") == "نصار"
    # a first name with an ال-family name: no other name ends with the first word
    text = "ودعا محمد البرادعي الشباب إلى المشاركة. والتقى الرئيس محمد مرسي الوفد."
    assert _in(text, "محمد البرادعي الشباب") == "محمد البرادعي الشباب"
    # no object verb before the phrase: the run is read as before
    text = "قال الطبيب سامر قدورة، إن الوضع سيئ. وأكد قدورة الحداد أن"
    assert _in(text, "قدورة الحداد") == "قدورة الحداد"


def test_surname_elsewhere_is_read_with_the_word_before_its_spaces() -> None:
    # two spaces before the surname: the word before them is still its first name
    text = "التقى وليد  نصار الوزير. ودعا نصار المعارضة المحلية إلى الحوار."
    assert _in(text, "نصار المعارضة المحلية") == "نصار"
    # a line break before "وأكد نصار": the verb, not the last word of the line before,
    # stands before the surname, so that place shows no name ending with it
    text = "وصل الوفد أمس\nوأكد نصار أن الحوار مستمر. ودعا نصار المعارضة إلى الحوار."
    assert _in(text, "نصار المعارضة") == "نصار المعارضة"


def test_news_noun_opens_the_object() -> None:
    assert _m("فلاديمير سامر نبأ وفاة الرئيس") == "فلاديمير سامر"
    assert _m("وكالة الأنباء") == "وكالة الأنباء"


def test_feminine_noun_after_a_masculine_subject_is_the_object() -> None:
    assert _in("ودعا البيان الحكومة المحلية إلى الإصلاح.", "البيان الحكومة المحلية") == "البيان"
    assert _in("يصف الكاتب الرواية الجديدة بأنها جميلة.", "الكاتب الرواية الجديدة") == "الكاتب"
    assert _in("ويتهم المتمردون الحكومة بقطع الطرق.", "المتمردون الحكومة") == "المتمردون"
    # an adjective that agrees, a masculine noun in ة, a broken plural, a ل-complement
    assert _in("ودعت الحكومة المحلية السكان", "الحكومة المحلية") == "الحكومة المحلية"
    assert _in("ودعا الشيخ العلامة سامر", "الشيخ العلامة") == "الشيخ العلامة"
    assert _in("واتهمت المصادر المطلعة الحكومة بالتقصير", "المصادر المطلعة") == "المصادر المطلعة"
    # no verb that takes an object before the phrase
    assert _in("وقال البيان الحكومة", "البيان الحكومة") == "البيان الحكومة"


def test_phrase_that_starts_with_its_addressee_names_nobody() -> None:
    assert _m("للجنة الوطنية بعد يوم من الاجتماع") is None
    assert _m("للمجلس المحلي") is None
    # an addressee before a subject is skipped; ل glued to a name stays as before
    assert _m("للصحافيين مصدر أمني") == "مصدر أمني"
    assert _m("لسامر حداد") == "لسامر حداد"


def test_l_phrase_after_owner_or_according_word_is_kept() -> None:
    # after "تابع" (whose it is) or "وفقًا" (according to) the ل-phrase is the source
    assert _in("ونشر بيان تابع للتنظيم على الإنترنت", "للتنظيم على الإنترنت") == "للتنظيم"
    assert _in("ووفقًا للمسؤول المحلي، فإن", "للمسؤول المحلي") == "للمسؤول المحلي"
    assert _in("وقال للمجلس المحلي إن", "للمجلس المحلي") is None
