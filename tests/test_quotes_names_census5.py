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
    assert _m("سامر تحديدا الأرقام") == "سامر"
    assert _m("مصادر محلية") == "مصادر محلية"


def test_leftover_adjective_or_adverb_names_nobody() -> None:
    assert _m("كبيرة") is None
    assert _m("وفعلا") is None
    assert _m("قيادات كبيرة") == "قيادات كبيرة"
