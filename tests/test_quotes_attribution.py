"""Attribution rules on invented sentences: who said each quote (no corpus text)."""

from __future__ import annotations

import pytest

from analysis import segment
from analysis.quotes import find_quotes
from analysis.quotes.lexicon import lexicon
from analysis.quotes.names import find_mention


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    """(first words of each quote, its speaker mention)."""
    paras = segment.paragraphs("t", text)
    quotes, _ = find_quotes(text, paras, segment.sentences(text, paras))
    out = []
    for q in quotes:
        assert text[q.start:q.end] == q.text
        if q.mention is not None:
            assert text[q.mention.start:q.mention.end] == q.mention.text
        out.append((" ".join(q.text.split()[:2]), q.mention.text if q.mention else None))
    return out


@pytest.mark.parametrize("phrase, mention", [
    # a word with a pronoun suffix is an object, not part of the name
    ("سامي داود انتقاده الشديد", "سامي داود"),
    ("المصدر قوله", "المصدر"),
    # a title after the name starts an appositive; a last word that is a title is a name
    ("منير حداد أستاذ القانون في جامعة بغداد", "منير حداد"),
    ("سامي داود المتحدث الرسمي باسم الوزارة", "سامي داود"),
    ("محمد رحيم أمين", "محمد رحيم أمين"),
    # days, adverbs and refusals end the phrase
    ("الحكومة اليمنية السبت", "الحكومة اليمنية"),
    ("مصدر أمني طلب عدم كشف اسمه", "مصدر أمني"),
    ("مسؤول تركي رفض الكشف عن هويته", "مسؤول تركي"),
    # a description ends where its object starts
    ("الحكومة المالية مقتل ثلاثة جنود", "الحكومة المالية"),
    # a definite description as the subject
    ("السلطات التركية", "السلطات التركية"),
    ("الدراسة", "الدراسة"),
    # على is a preposition, علي a name; أمام a preposition, إمام a title
    ("الرئيس علي صالح", "علي صالح"),
    ("المدير سامي داود على هامش المؤتمر", "سامي داود"),
    ("أمام البرلمان", None),
    # feminine titles
    ("الدكتورة هالة سامي", "هالة سامي"),
    # relays: the source after نقلا عن
    ("صحيفة الأيام نقلا عن مسؤول رفيع قوله", "مسؤول رفيع"),
    # a short name after a person's description is the speaker; not after sources or bodies
    ("الناشط الإعلامي وسيم سعد", "وسيم سعد"),
    ("الفنان الصيني المعارض تشن وانغ", "تشن وانغ"),
    ("مصادر في المعارضة السورية", "مصادر في المعارضة السورية"),
    ("الناشط الإعلامي في المدينة", "الناشط الإعلامي في المدينة"),
    # a name after a marked organisation ends the title phrase
    ("أمين عام «الائتلاف الوطني» المعارض محمد مكتبي", "محمد مكتبي"),
    ("مديرة «التحالف لإنهاء العبودية»", "مديرة «التحالف لإنهاء العبودية»"),
    ("مديرة «التحالف لإنهاء العبودية»، ميليسا سبربر، لوكالة", "ميليسا سبربر"),
    ("أمين عام «الائتلاف» أنّ", "أمين عام «الائتلاف»"),
    # a name in marks; ل-phrases in construct stay in the description
    ("«المرصد السوري لحقوق الإنسان»", "المرصد السوري لحقوق الإنسان"),
    ("المفوض الدولي للأمم المتحدة لشؤون اللاجئين", "المفوض الدولي للأمم المتحدة لشؤون اللاجئين"),
    ("المفوض الدولي لشؤون اللاجئين أنطونيو غوتيريس", "أنطونيو غوتيريس"),
    ("قاض المحكمة ناصر سراج", "ناصر سراج"),
    # an accusative word after the subject is its object; a description ends at الصادر
    ("سفارة الدولة لدى واشنطن بيانًا", "سفارة الدولة لدى واشنطن"),
    ("البيان المشترك الصادر عن القمة", "البيان المشترك"),
    # a marked name after a preposition continues the description
    ("مصادر في «الجيش الحر»، لـ«الشرق الأوسط»", "مصادر في «الجيش الحر»"),
    ("الوزير البريطاني عن «الأمل» بأن", "الوزير البريطاني"),
    # "تابع ل..." after a source is an adjective, not the speech verb تابع
    ("مصدر تابع لها", "مصدر تابع لها"),
    ("مصدر تابع للجيش", "مصدر تابع للجيش"),
    # an indefinite title in construct with one word is the description, not the place
    ("محافظ حلب", "محافظ حلب"),
    ("المحافظ سامي", "سامي"),
    # a name stops before an apposition title; a title word between them is a family name
    ("قائد سامي المتحدث باسم الكتيبة", "سامي"),
    ("وزير خارجية الأردن", "وزير خارجية الأردن"),
    ("هشام الشيخ المتحدث باسم الكتيبة", "هشام الشيخ"),
    ("هشام داود الأمين العام للحزب", "هشام داود"),
    # a first name with ال before a bare name; a profession or nationality is left out
    ("المهدي سلام", "المهدي سلام"),
    ("الصحافي وسيم سعد", "وسيم سعد"),
    ("المصري وسيم سعد", "وسيم سعد"),
    # "تصريح أصدرته السفارة": the issuer of the document; a ب-phrase is not the name
    ("تصريح أصدرته السفارة الكندية بالعاصمة في وقت متأخر", "السفارة الكندية"),
    ("بيان مشترك أصدرته وزارة الصحة", "وزارة الصحة"),
    ("بيان للوزارة", "بيان للوزارة"),
    ("السفارة الكندية بالعاصمة", "السفارة الكندية"),
    # not names
    ("بتنحيه", None),
    ("الكثير من المراقبين", None),
    ("في تصريح صحافي", None),
])
def test_mention_spans(phrase, mention):
    found = find_mention(phrase, 0, len(phrase), lexicon())
    assert (found.text if found else None) == mention


@pytest.mark.parametrize("phrase, mention", [
    ("وكالة الأنباء عن مصدر عسكري", "مصدر عسكري"),
    ("وكالة الأنباء عنه", None),            # the speaker already named
    ("وكالة الأنباء الرسمية", "وكالة الأنباء الرسمية"),
])
def test_relay_source(phrase, mention):
    """After نقل / روى the speaker is the source after عن."""
    found = find_mention(phrase, 0, len(phrase), lexicon(), relay=True)
    assert (found.text if found else None) == mention


@pytest.mark.parametrize("text, expected", [
    # a participle has no subject of its own: the sentence's speaker
    ("وأشاد الوزير سامي داود بالاتفاق، مؤكدا دعم الحكومة لأي «خطوة تخدم مصلحة البلاد».",
     [("خطوة تخدم", "سامي داود")]),
    # a plural verb: the subject before it
    ("وكان المتظاهرون طالبوا برحيله قائلين إن الحكومة فشلت في إدارة البلاد.",
     [("الحكومة فشلت", "المتظاهرون")]),
    # subject before the verb after لكن, with an appositive
    ("نجح المشروع في عامه الأول، لكن منير حداد، أستاذ الاقتصاد في جامعة بغداد، قال إن "
     "النتائج ما زالت ضعيفة.", [("النتائج ما", "منير حداد")]),
    ("وقال سامي داود إن الاتفاق جيد. لكن مصادر قالت إن المفاوضات تعثرت.",
     [("الاتفاق جيد", "سامي داود"), ("المفاوضات تعثرت", "مصادر")]),
    # the subject of the sentence's first verb: "أصدرت ... بيانا قالت فيه"
    ("وأصدرت وزارة الصحة بيانا قالت فيه إن عدد المصابين ارتفع.",
     [("عدد المصابين", "وزارة الصحة")]),
    # "، وقال" after a verb that is not a speech verb shares its subject
    ("وندد رئيس الوزراء سامي داود بالهجوم، وقال إن الحكومة لن تسكت عنه.",
     [("الحكومة لن", "سامي داود")]),
    # a continuation with no name: the previous speaker
    ("وقال سامي داود إن الاتفاق جيد. وأضاف أن الحكومة ستلتزم به.",
     [("الاتفاق جيد", "سامي داود"), ("الحكومة ستلتزم", "سامي داود")]),
    # a report inside a report does not change who speaks next
    ("وقال سامي داود إن الجيش يقول إن العملية انتهت. وأضاف أن الوضع هادئ.",
     [("الجيش يقول", "سامي داود"), ("العملية انتهت", "الجيش"), ("الوضع هادئ", "سامي داود")]),
    # نقلت الوكالة عنه: the speaker already named
    ("وقال الوزير سامي داود إن الاتفاق جيد. ونقلت وكالة الأنباء عنه القول إن الحكومة ستلتزم به.",
     [("الاتفاق جيد", "سامي داود"), ("الحكومة ستلتزم", "سامي داود")]),
    # "وقالت الجريدة": the latest newspaper named in the text, not the one quoted before
    ("ونشرت صحيفة الأيام تقريرا عن الانتخابات. وقالت الصحيفة إن النتائج تأخرت. "
     "أما جريدة النهار فنشرت مقالا عن الاقتصاد. وقالت الجريدة إن الأسعار ارتفعت.",
     [("النتائج تأخرت", "صحيفة الأيام"), ("الأسعار ارتفعت", "جريدة النهار")]),
    ("ونشرت الديلي تلغراف مقالا عن الاقتصاد. وكتبت الجريدة أن الأسعار ارتفعت.",
     [("الأسعار ارتفعت", "الديلي تلغراف")]),
    # the noun before a relative pronoun: "فلان الذي قال", "بعض ... الذين قالوا"
    ("حكم الرئيس الكوبي فيدل كاسترو البلاد عقودا. واستعاد المقال خطب كاسترو الذي قال ذات مرة "
     "إن الثورة مستمرة.", [("الثورة مستمرة", "كاسترو")]),
    ("واستعاد المقال خطب الزعيم الذي قال ذات مرة إن الثورة مستمرة.",
     [("الثورة مستمرة", "الزعيم")]),
    ("وردا على بعض النواب في البرلمان الذين قالوا إن الاتفاق سيئ، قال الوزير سامي داود "
     "إن الاتفاق جيد. ونقلت وكالة «الأنباء» الرسمية عنه القول إن الحكومة ستلتزم به.",
     [("الاتفاق سيئ", "بعض النواب في البرلمان"), ("الاتفاق جيد", "سامي داود"),
      ("الحكومة ستلتزم", "سامي داود")]),
    # "وقال" after a group was quoted: the latest single person
    ("وقال سامي داود إن الاتفاق جيد. لكن مسؤولين في المعارضة قالوا إن الاتفاق سيئ. "
     "وقال إن الحكومة ستلتزم به.",
     [("الاتفاق جيد", "سامي داود"), ("الاتفاق سيئ", "مسؤولين في المعارضة"),
      ("الحكومة ستلتزم", "سامي داود")]),
    # a feminine verb is not followed by its subject when a masculine title follows
    ("وكانت قيادات المعارضة أبلغت رئيس المجلس بأن الحوار فشل.",
     [("الحوار فشل", "قيادات المعارضة")]),
    # a participle after "، و<verb> <subject>": that clause's subject
    ("ووضعت الحكومة خطة جديدة، وأعلنها وزير المالية سامي داود داعيا إلى «دعم كامل للخطة الجديدة».",
     [("دعم كامل", "سامي داود")]),
    # diacritics do not hide a connector: "لكنَّ"
    ("وقال سامي داود إن الاتفاق جيد. لكنَّ أصواتًا معارضة، وبينهم نواب، أكدوا أن الاتفاق سيئ.",
     [("الاتفاق جيد", "سامي داود"), ("الاتفاق سيئ", "أصواتًا معارضة")]),
    # a bare subject is cut after the words the article uses as a name
    ("وقال المرشد الأعلى آية الله علي خامنئي إن الاتفاق جيد. وحتى الآن لم يصدر خامنئي حكما صريحا، "
     "لكنه قال إن الحرب بعيدة.", [("الاتفاق جيد", "علي خامنئي"), ("الحرب بعيدة", "خامنئي")]),
    # "الزعيم الأعلى": the earlier speaker whose title shares the adjective
    ("وقال الرئيس الإيراني حسن روحاني إن الاتفاق جيد. وكان المرشد الأعلى علي خامنئي قد أكد أن "
     "الحوار مستمر. وقال روحاني إن الحكومة ستلتزم به. وقال الزعيم الأعلى إن الحرب بعيدة.",
     [("الاتفاق جيد", "حسن روحاني"), ("الحوار مستمر", "علي خامنئي"),
      ("الحكومة ستلتزم", "روحاني"), ("الحرب بعيدة", "علي خامنئي")]),
    # "المصدر" refers to the latest source, also one cited with بحسب
    ("وقال مصدر عسكري إن الهجوم بدأ. ورأت الفصائل، بحسب مصدر تابع لها، أن الوضع صعب. "
     "وأكد المصدر أن الاشتباكات مستمرة.",
     [("الهجوم بدأ", "مصدر عسكري"), ("الوضع صعب", "الفصائل"),
      ("الاشتباكات مستمرة", "مصدر تابع لها")]),
    # a document speaks for whoever issued it
    ("وذكرت الوكالة الرسمية أن الرئيس أصدر مرسوما بالعفو. وجاء في المرسوم أن العفو يشمل الجميع.",
     [("الرئيس أصدر", "الوكالة الرسمية"), ("العفو يشمل", "الرئيس")]),
    ("وأصدرت الهيئة العليا للانتخابات بيانا قالت فيه إن النتائج دقيقة. وخلص البيان إلى أن "
     "الانتخابات نزيهة.", [("النتائج دقيقة", "الهيئة العليا للانتخابات"),
                           ("الانتخابات نزيهة", "الهيئة العليا للانتخابات")]),
    # "ما قالت إنه": the subject of the verb before ما; "هذه التقارير": the source just quoted
    ("وقال سامي داود إن الاتفاق جيد. وبالرغم من التكتم، نشرت الصحف المحلية ما قالت إنه "
     "نص الاتفاق. وأشارت هذه التقارير إلى أن الاتفاق سري.",
     [("الاتفاق جيد", "سامي داود"), ("نص الاتفاق", "الصحف المحلية"),
      ("الاتفاق سري", "الصحف المحلية")]),
    # a plural verb opening a sentence: the plural subject of the sentence before
    ("وقال سامي داود إن الاتفاق جيد. ويرغب المزارعون في تعويض عادل. ويقولون إن الأرض أرضهم.",
     [("الاتفاق جيد", "سامي داود"), ("الأرض أرضهم", "المزارعون")]),
    # "حيث دعا" / "إذ قال" with nothing after the verb: the latest name before it
    ("وقال الوزير سامي داود إن الاتفاق جيد. وجاء القرار بناء على مقترح قدمه رئيس الوزراء "
     "منير حداد خلال الجلسة، حيث دعا إلى «خفض رواتب جميع المسؤولين».",
     [("الاتفاق جيد", "سامي داود"), ("خفض رواتب", "منير حداد")]),
    # a bare name that runs into its object is cut to the name the article uses elsewhere
    ("ووصف سامي داود حفل افتتاح المعرض باللحظة الجميلة، مبرزا أن الزوار كثيرون. "
     "وقال سامي داود إن المعرض يستمر أسبوعا.",
     [("الزوار كثيرون", "سامي داود"), ("المعرض يستمر", "سامي داود")]),
    # ... but not to a first name alone
    ("وقال منير حداد الربيعي إن المعرض يستمر أسبوعا. وقال منير إن الزوار كثيرون.",
     [("المعرض يستمر", "منير حداد الربيعي"), ("الزوار كثيرون", "منير")]),
    # a description that is not a newspaper keeps its own reading
    ("وقال المتحدث إن الوفد وصل.", [("الوفد وصل", "المتحدث")]),
])
def test_attribution(text, expected):
    assert speakers_of(text) == expected
