"""_fronted: the sentence searched for a word that fronts a clause answered by "فإن".

Every sentence here is invented for the test (no corpus text). The search starts at the last
sentence end before the speech verb; "د." (an abbreviation) and "2.5" (a decimal) end no
sentence, so a fronting word before them still counts.
"""

from __future__ import annotations

import pytest

from analysis.quotes.lexicon import fold
from analysis.quotes.reported import _fronted


def fronted(text: str) -> bool:
    folded = fold(text)
    vstart = folded.index("قال")
    comp_end = folded.index("فان") + len("فان")
    return _fronted(folded, vstart, comp_end)


@pytest.mark.parametrize("text, expected", [
    ("ورغم الخلاف مع د. سامي قال الوزير فإن الجلسة انتهت", True),
    ("ورغم أن المبلغ بلغ 2.5 مليون قال الوزير فإن الجلسة انتهت", True),
    ("ورغم الخلاف انتهى الاجتماع. وقال الوزير فإن الجلسة انتهت", False),
    ("وانتهى الاجتماع مساء أمس وقال الوزير فإن الجلسة انتهت", False),
])
def test_fronting_word_in_sentence(text, expected):
    assert fronted(text) is expected
