"""Census 2 round: names cut at a quote mark, a compound rank, "وفقا لفلان". Invented sentences only."""

from analysis.quotes import lexicon
from analysis.quotes.names import find_mention


def _m(phrase: str, start: int = 0) -> str | None:
    got = find_mention(phrase, start, len(phrase), lexicon())
    return got.text if got else None


def test_marked_name_after_a_company_or_channel_head_is_kept() -> None:
    assert _m("شركة «سامكو» الإيطالية") == "شركة «سامكو» الإيطالية"
    assert _m("تلفزيون «النيل»") == "تلفزيون «النيل»"
    assert _m("أنصار «الحزب»") == "أنصار «الحزب»"


def test_marked_name_after_a_head_inside_a_title_is_unchanged() -> None:
    # the head is the reporter's complement: the place after the mark stays out
    assert _m("مراسل تلفزيون «النيل» من القاهرة") == "مراسل تلفزيون «النيل»"
    assert _m("الشركة «سامكو»") == "الشركة"


def test_star_goes_on_a_newspaper_name() -> None:
    assert _m("صحيفة «الديلي ستار»، اللبنانية") == "صحيفة «الديلي ستار»"
    assert _m("صحيفة «النهار الجديد»") == "صحيفة «النهار الجديد»"


def test_second_word_of_a_compound_rank_is_no_first_name() -> None:
    assert _m("وزير الدفاع الفريق أول سامر حداد") == "سامر حداد"
    assert _m("الفريق أول ركن سامر حداد") == "سامر حداد"
    assert _m("اللواء ركن سامر حداد") == "سامر حداد"
    # a plain rank as before
    assert _m("اللواء سامر حداد") == "سامر حداد"


def test_according_to_drops_the_glued_lam() -> None:
    text = "ووفقا لسامر حداد، المدير في الشركة"
    assert _m(text, text.index("لسامر")) == "سامر حداد"
    assert _m(text) == "سامر حداد"


def test_according_to_a_head_word_or_a_name_starting_with_lam_is_unchanged() -> None:
    text = "وفقا لمصادر محلية"
    assert _m(text, text.index("لمصادر")) == "لمصادر محلية"
    # no "وفقا" before: a name that starts with ل keeps it
    assert _m("لامار حداد") == "لامار حداد"


def test_marked_acronym_after_a_channel_head_is_unchanged() -> None:
    # «سي إن إن»: its letter إن is no complementizer; the head keeps its old reading
    assert _m("تلفزيون «سي إن إن» إعلان الوزير") == "تلفزيون"
