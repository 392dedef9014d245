"""A speech verb after a pronoun takes the person named right before it: "فلان، وهو
يقول إن" and "وهو ما نفاه فلان وقال إن", not an older speaker."""

from tests.quote_helpers import quotes


def test_name_then_comma_huwa() -> None:
    assert quotes("قالت الوزارة إن المبنى جديد. وقد أنقذ المعهد مديره سامر حداد، "
                  "وهو يقول إن الأزمة كانت سببا في النجاح.") == [
        ("indirect", "المبنى جديد", "الوزارة"),
        ("indirect", "الأزمة كانت سببا في النجاح", "سامر حداد")]


def test_hiya_after_a_man_keeps_the_older_speaker() -> None:
    # "وهي" cannot be the man named before it: no change
    assert quotes("قالت الوزارة إن المبنى جديد. وقد أنقذ المعهد مديره سامر حداد، "
                  "وهي تقول إن الأزمة انتهت.") == [
        ("indirect", "المبنى جديد", "الوزارة"),
        ("indirect", "الأزمة انتهت", "الوزارة")]


def test_huwa_after_a_thing_keeps_the_older_speaker() -> None:
    # no name right before "، وهو": the older speaker speaks on
    assert quotes("قالت الوزارة إن المبنى جديد. وقد افتتح المعهد الجديد، "
                  "وهو يقول إن الأزمة انتهت.") == [
        ("indirect", "المبنى جديد", "الوزارة"),
        ("indirect", "الأزمة انتهت", "الوزارة")]


def test_denier_after_huwa_ma_speaks_on() -> None:
    assert quotes("قالت الحكومة إنها أعدمت العامل. ووجهت إليه تهمة القتل، "
                  "وهو ما نفاه العامل الهندي وقال إنه بريء تماما.") == [
        ("indirect", "أعدمت العامل", "الحكومة"),
        ("indirect", "بريء تماما", "العامل الهندي")]


def test_denier_feminine() -> None:
    assert quotes("قالت الحكومة إنها أعدمت العاملة. ووجهت إليها تهمة القتل، "
                  "وهو ما نفته العاملة الهندية وقالت إنها بريئة تماما.") == [
        ("indirect", "أعدمت العاملة", "الحكومة"),
        ("indirect", "بريئة تماما", "العاملة الهندية")]

