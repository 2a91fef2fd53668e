"""Every opening shape of docs/datelines.md, with composed sentences, and what is NOT one.

Grouped by where the shape comes from (the shapes table of shared FORMATS.md, the issue's list,
agency house styles). Each dump is cut into one paragraph block per line, so these cases test
the credits stage alone, whatever the layout stage decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

import arnews
from arnews._dateline import Credits, find_credits
from arnews._fold import clean_text
from arnews._structure import RawBlock

_LINE = re.compile(r"[^\n]+")


def blocks_of(text: str) -> list[RawBlock]:
    """One paragraph block per non-blank line, trimmed."""
    out = []
    for m in _LINE.finditer(text):
        raw = m.group()
        if raw.strip():
            start = m.start() + len(raw) - len(raw.lstrip())
            out.append(RawBlock("paragraph", start, start + len(raw.strip())))
    return out


def credits_of(text: str) -> Credits:
    return find_credits(text, blocks_of(text))


def first_paragraph(text: str, credits: Credits) -> str:
    block = next(b for b in credits.blocks if b.kind == "paragraph")
    return clean_text(text[block.start : block.end])


@dataclass(frozen=True)
class Case:
    text: str
    place: str | None  # as written
    place_en: str | None
    country: str | None
    dateline: str | None  # the whole dateline as written
    agencies: tuple[tuple[str | None, str], ...] = ()  # (name, as written)
    body: str = "أعلنت الوزارة افتتاح المشروع."  # the first paragraph, clean
    date: str | None = None
    byline: str | None = None


BODY = "أعلنت الوزارة افتتاح المشروع."

# --- the shapes table of FORMATS.md, composed anew ---------------------------------------------
FORMATS = [
    Case(
        f"دهوك (كوردستان24)- {BODY}",
        "دهوك",
        "Duhok",
        "IQ",
        "دهوك (كوردستان24)-",
        (("Kurdistan24", "كوردستان24"),),
    ),
    Case(
        f"دهوك (كوردستان 24) – {BODY}",
        "دهوك",
        "Duhok",
        "IQ",
        "دهوك (كوردستان 24) –",
        (("Kurdistan24", "كوردستان 24"),),
    ),
    Case(f"الموصل - {BODY}", "الموصل", "Mosul", "IQ", "الموصل -"),
    Case(f"عمّان: {BODY}", "عمّان", "Amman", "JO", "عمّان:"),
    Case(f"البصرة/ {BODY}", "البصرة", "Basra", "IQ", "البصرة/"),
    Case(f"القاهرة | {BODY}", "القاهرة", "Cairo", "EG", "القاهرة |"),
    Case(
        f"الخرطوم ـ اليوم التالي {BODY}",
        "الخرطوم",
        "Khartoum",
        "SD",
        "الخرطوم ـ اليوم التالي",
        (("Al Yaum Al Tali", "اليوم التالي"),),
    ),
    Case(
        f"الرباط - المغرب اليوم\n{BODY}",
        "الرباط",
        "Rabat",
        "MA",
        "الرباط - المغرب اليوم",
        (("Al-Maghrib Al-Youm", "المغرب اليوم"),),
    ),
    Case(
        f"الشارقة (الاتحاد)\n{BODY}",
        "الشارقة",
        "Sharjah",
        "AE",
        "الشارقة (الاتحاد)",
        (("Al-Ittihad", "الاتحاد"),),
    ),
    Case(
        f"شفق نيوز- كركوك\n{BODY}",
        "كركوك",
        "Kirkuk",
        "IQ",
        "شفق نيوز- كركوك",
        (("Shafaq News", "شفق نيوز"),),
    ),
    Case(
        f"بغداد اليوم - البصرة\n{BODY}",
        "البصرة",
        "Basra",
        "IQ",
        "بغداد اليوم - البصرة",
        (("Baghdad Today", "بغداد اليوم"),),
    ),
    Case(
        f"أفريقيا برس – تونس. {BODY}",
        "تونس",
        "Tunis",
        "TN",
        "أفريقيا برس – تونس.",
        (("Africa Press", "أفريقيا برس"),),
    ),
    Case(
        f"روما - (أ. ف. ب): {BODY}",
        "روما",
        "Rome",
        "IT",
        "روما - (أ. ف. ب):",
        (("AFP", "أ. ف. ب"),),
    ),
    Case(
        f"أربيل (العراق) 23 يوليو تموز (رويترز) - {BODY}",
        "أربيل",
        "Erbil",
        "IQ",
        "أربيل (العراق) 23 يوليو تموز (رويترز) -",
        (("Reuters", "رويترز"),),
        date="23 يوليو تموز",
    ),
    Case(
        f"سرت (ليبيا) (أ ف ب) – {BODY}",
        "سرت",
        "Sirte",
        "LY",
        "سرت (ليبيا) (أ ف ب) –",
        (("AFP", "أ ف ب"),),
    ),
    Case(
        f"الإسكندرية في 14 يونيو /أ ش أ/ {BODY}",
        "الإسكندرية",
        "Alexandria",
        "EG",
        "الإسكندرية في 14 يونيو /أ ش أ/",
        (("MENA", "أ ش أ"),),
        date="14 يونيو",
    ),
    Case(
        f"العين في 3 مارس/ وام/ {BODY}",
        "العين",
        "Al Ain",
        "AE",
        "العين في 3 مارس/ وام/",
        (("WAM", "وام"),),
        date="3 مارس",
    ),
    Case(
        f"سبها 4 فبراير 2026 (وال) – {BODY}",
        "سبها",
        "Sabha",
        "LY",
        "سبها 4 فبراير 2026 (وال) –",
        (("LANA", "وال"),),
        date="4 فبراير 2026",
    ),
    Case(
        f"الجهراء - 6 - 1 (كونا) -- {BODY}",
        "الجهراء",
        "Jahra",
        "KW",
        "الجهراء - 6 - 1 (كونا) --",
        (("KUNA", "كونا"),),
        date="6 - 1",
    ),
    Case(
        f"بيروت: «الشرق الأوسط»\n{BODY}",
        "بيروت",
        "Beirut",
        "LB",
        "بيروت: «الشرق الأوسط»",
        (("Asharq Al-Awsat", "الشرق الأوسط"),),
    ),
    Case(f"طرابلس - سعاد علي: {BODY}", "طرابلس", "Tripoli", "LY", "طرابلس -", byline="سعاد علي"),
    # a known credit in quotation marks, curly or straight, after the place's dash
    Case(
        f"الدوحة- “القدس العربي”: {BODY}",
        "الدوحة",
        "Doha",
        "QA",
        "الدوحة- “القدس العربي”:",
        (("Al-Quds Al-Arabi", "القدس العربي"),),
    ),
    Case(
        f'الرباط – "هسبريس": {BODY}',
        "الرباط",
        "Rabat",
        "MA",
        'الرباط – "هسبريس":',
        (("Hespress", "هسبريس"),),
    ),
]

# --- the rest of the issue's list ----------------------------------------------------------------
ISSUE = [
    # credits in brackets with no place, an underscore for a dash, an outlet after the place
    Case(f"(رويترز) – {BODY}", None, None, None, "(رويترز) –", (("Reuters", "رويترز"),)),
    Case(
        f"الصحافة _ الرباط\n{BODY}",
        "الرباط",
        "Rabat",
        "MA",
        "الصحافة _ الرباط",
        (("Assahafa", "الصحافة"),),
    ),
    Case(
        f"الخرطوم - مصر اليوم\n{BODY}",
        "الخرطوم",
        "Khartoum",
        "SD",
        "الخرطوم - مصر اليوم",
        (("Misr Alyoum", "مصر اليوم"),),
    ),
    # an outlet missing from the lexicon, known by its shape
    Case(
        f"المسار الإخباري : – {BODY}",
        None,
        None,
        None,
        "المسار الإخباري : –",
        ((None, "المسار الإخباري"),),
    ),
    Case(
        f"صدى بريس - الرباط - {BODY}",
        "الرباط",
        "Rabat",
        "MA",
        "صدى بريس - الرباط -",
        ((None, "صدى بريس"),),
    ),
    Case(
        f"دبي، الإمارات العربية المتحدة (CNN) -- {BODY}",
        "دبي",
        "Dubai",
        "AE",
        "دبي، الإمارات العربية المتحدة (CNN) --",
        (("CNN Arabic", "CNN"),),
    ),
    Case(
        f"وكالة الفلاني للأنباء(نواكشوط):{BODY}",
        "نواكشوط",
        "Nouakchott",
        "MR",
        "وكالة الفلاني للأنباء(نواكشوط):",
        ((None, "وكالة الفلاني للأنباء"),),
    ),
    # a run of tatweels as the dash, and an outlet after it that does not open with "ال"
    Case(
        f"الفاشر ــــ دارفور فيرست\n{BODY}",
        "الفاشر",
        "El Fasher",
        "SD",
        "الفاشر ــــ دارفور فيرست",
        ((None, "دارفور فيرست"),),
    ),
    # an outlet known by its shape before a known credit is a credit, never an unknown place
    Case(
        f"الساحل نت / سبأ نت\n{BODY}",
        None,
        None,
        None,
        "الساحل نت / سبأ نت",
        ((None, "الساحل نت"), ("Saba", "سبأ نت")),
    ),
    # a whole line: an unknown outlet, a slash and a known place (the desk's label may follow)
    Case(
        f"صوت المدينة /أبين / خاص:\n{BODY}",
        "أبين",
        "Abyan",
        "YE",
        "صوت المدينة /أبين / خاص:",
        ((None, "صوت المدينة"),),
    ),
    Case(
        f"المرصد الجديد/عدن\n{BODY}",
        "عدن",
        "Aden",
        "YE",
        "المرصد الجديد/عدن",
        ((None, "المرصد الجديد"),),
    ),
    # a reporter's name before the slash (a family name in "ال...ي"): the byline, no outlet
    Case(f"عزيز الحلبي / أسوان\n{BODY}", "أسوان", "Aswan", "EG", "أسوان", byline="عزيز الحلبي"),
    # a known place, a separator, then a label and a name
    Case(
        f"مراكش : متابعة سامر علي\n{BODY}", "مراكش", "Marrakesh", "MA", "مراكش :", byline="سامر علي"
    ),
    # a known place, then a labelled byline with no separator between them
    Case(f"مراكش كتب: سامر علي\n{BODY}", "مراكش", "Marrakesh", "MA", "مراكش", byline="سامر علي"),
    # a date (a year or not) and a slash before the body, no credit between (Somali sites)
    Case(
        f"مقديشو 26 نوفمبر/ {BODY}",
        "مقديشو",
        "Mogadishu",
        "SO",
        "مقديشو 26 نوفمبر/",
        date="26 نوفمبر",
    ),
    Case(
        f"الدوحة في 22 يوليو 2024/ {BODY}",
        "الدوحة",
        "Doha",
        "QA",
        "الدوحة في 22 يوليو 2024/",
        date="22 يوليو 2024",
    ),
    # an unknown outlet in guillemets after the place: known by its shape ("24" closes it)
    Case(
        f"بيروت: «الجبل 24»\n{BODY}",
        "بيروت",
        "Beirut",
        "LB",
        "بيروت: «الجبل 24»",
        ((None, "الجبل 24"),),
    ),
    # an unambiguous outlet's name and a slash, then the body (a credit-only name, "وام", needs a
    # dash: a slash after it opens "وام/ PLACE")
    Case(f"شفق نيوز/ {BODY}", None, None, None, "شفق نيوز/", (("Shafaq News", "شفق نيوز"),)),
    # an outlet in quotation marks or guillemets, a dash and a known place
    Case(
        f"“نبض المدينة”- القاهرة\n{BODY}",
        "القاهرة",
        "Cairo",
        "EG",
        "“نبض المدينة”- القاهرة",
        ((None, "نبض المدينة"),),
    ),
    Case(
        f"«الخليج» - دبي: {BODY}",
        "دبي",
        "Dubai",
        "AE",
        "«الخليج» - دبي:",
        (("Al-Khaleej", "الخليج"),),
    ),
    # no separator after the marks: the place must end the line
    Case(
        f"« صوت الساحل » حضرموت\n{BODY}",
        "حضرموت",
        "Hadhramaut",
        "YE",
        "« صوت الساحل » حضرموت",
        ((None, "صوت الساحل"),),
    ),
    # a known place, a comma and a credit filling the line (an unknown outlet of two words)
    Case(
        f"إب، الوادي الأخضر:\n{BODY}",
        "إب",
        "Ibb",
        "YE",
        "إب، الوادي الأخضر:",
        ((None, "الوادي الأخضر"),),
    ),
    Case(f"أسوان، فيتو\n{BODY}", "أسوان", "Aswan", "EG", "أسوان، فيتو", (("Vetogate", "فيتو"),)),
    # after the tatweel a colon closes a reporter's name, not an outlet's (the Egyptian style)
    Case(f"الأقصر ـ عطية منصور:\n{BODY}", "الأقصر", "Luxor", "EG", "الأقصر ـ", byline="عطية منصور"),
    Case(
        f"وادي ميديا-الرقة\n{BODY}",
        "الرقة",
        "Raqqa",
        "SY",
        "وادي ميديا-الرقة",
        ((None, "وادي ميديا"),),
    ),
    Case(
        f"الموصل- الشمال اليوم:\n{BODY}",
        "الموصل",
        "Mosul",
        "IQ",
        "الموصل- الشمال اليوم:",
        ((None, "الشمال اليوم"),),
    ),
    # an exclusive ("خاص") after the credit, doubled slashes, an outlet named by its shape
    Case(
        f"المكلا (الساحل اليوم) خاص\n{BODY}",
        "المكلا",
        "Mukalla",
        "YE",
        "المكلا (الساحل اليوم) خاص",
        ((None, "الساحل اليوم"),),
    ),
    Case(f"الشاطئ نيوز – خاص\n{BODY}", None, None, None, None, ((None, "الشاطئ نيوز"),)),
    # a known place before the desk label is the dateline, never an outlet crediting itself
    Case(f"عدن – متابعات\n{BODY}", "عدن", "Aden", "YE", "عدن – متابعات"),
    Case(f"المكلا/خاص\n{BODY}", "المكلا", "Mukalla", "YE", "المكلا/خاص"),
    # a desk label after a known credit is no unknown place: "رصد" (monitoring), nor before one
    Case(f"متابعات-«الخليج»\n{BODY}", None, None, None, None, (("Al-Khaleej", "الخليج"),)),
    Case(f"الوطن|رصد\n{BODY}", None, None, None, None, (("Al-Watan", "الوطن"),)),
    # a site section after the credit is no unknown place
    Case(
        f"بغداد بوست - أخبار العراق - {BODY}",
        None,
        None,
        None,
        None,
        (("Baghdad Post", "بغداد بوست"),),
        body=f"أخبار العراق - {BODY}",
    ),
    # the date first, a dash, then the dateline
    Case(
        f"12 مارس 2025 - بغداد (واع) - {BODY}",
        "بغداد",
        "Baghdad",
        "IQ",
        "12 مارس 2025 - بغداد (واع) -",
        (("INA", "واع"),),
        date="12 مارس 2025",
    ),
    # a weekday and a date, a dash, the place, and the outlet between slashes with its desk
    Case(
        f"الخميس 18/أغسطس/2016- المكلا/موقع محافظة حضرموت/خاص\n{BODY}",
        "المكلا",
        "Mukalla",
        "YE",
        "الخميس 18/أغسطس/2016- المكلا/موقع محافظة حضرموت/خاص",
        ((None, "موقع محافظة حضرموت"),),
        date="الخميس 18/أغسطس/2016",
    ),
    # the place, a dash, the date and the bracketed credit alone on the line (never a caption)
    Case(
        f"بنغازي- 29 أكتوبر 2022م (وام)\n{BODY}",
        "بنغازي",
        "Benghazi",
        "LY",
        "بنغازي- 29 أكتوبر 2022م (وام)",
        (("WAM", "وام"),),
        date="29 أكتوبر 2022م",
    ),
    # the place, the date and an outlet known by its shape, parted by bars, then the body
    Case(
        f"الحديدة | 25 فبراير | الساحل نت: {BODY}",
        "الحديدة",
        "Hodeidah",
        "YE",
        "الحديدة | 25 فبراير | الساحل نت:",
        ((None, "الساحل نت"),),
        date="25 فبراير",
    ),
    # the place, the date and a known agency, parted by dashes
    Case(
        f"بغداد - 5 تموز 2025 - رويترز - {BODY}",
        "بغداد",
        "Baghdad",
        "IQ",
        "بغداد - 5 تموز 2025 - رويترز -",
        (("Reuters", "رويترز"),),
        date="5 تموز 2025",
    ),
    # the place and the date, then the body after a second dash
    Case(
        f"بغداد - 5 تموز 2025 - {BODY}",
        "بغداد",
        "Baghdad",
        "IQ",
        "بغداد - 5 تموز 2025 -",
        date="5 تموز 2025",
    ),
    # a date alone after the credit and its dash, to the line end
    Case(
        f"صيدا (وكالة الجنوب) - 6 تشرين الثاني 2025\n{BODY}",
        "صيدا",
        "Sidon",
        "LB",
        "صيدا (وكالة الجنوب) - 6 تشرين الثاني 2025",
        ((None, "وكالة الجنوب"),),
        date="6 تشرين الثاني 2025",
    ),
    # an outlet known by its shape, a slash and a known place
    Case(f"البلد برس/ غزة\n{BODY}", "غزة", "Gaza", "PS", "البلد برس/ غزة", ((None, "البلد برس"),)),
    # the editorial team ends the outlet's own line as an exclusive does
    Case(f"المنصة- فريق التحرير\n{BODY}", None, None, None, None, ((None, "المنصة"),)),
    # the news desk ends the outlet's own line as an exclusive does
    Case(
        f"يمن مونيتور/ قسم الأخبار\n{BODY}",
        None,
        None,
        None,
        None,
        (("Yemen Monitor", "يمن مونيتور"),),
    ),
    Case(
        f"تعز // وكالة الأخبار اليمنية //\n{BODY}",
        "تعز",
        "Taiz",
        "YE",
        "تعز // وكالة الأخبار اليمنية //",
        ((None, "وكالة الأخبار اليمنية"),),
    ),
    Case(
        f"نواذيبو (الوادي نيوز) {BODY}",
        "نواذيبو",
        "Nouadhibou",
        "MR",
        "نواذيبو (الوادي نيوز)",
        ((None, "الوادي نيوز"),),
    ),
    Case(
        f"الرائد (نواكشوط) - {BODY}",
        "نواكشوط",
        "Nouakchott",
        "MR",
        "الرائد (نواكشوط) -",
        ((None, "الرائد"),),
    ),
    # an outlet missing from the lexicon and of no known shape: one word and a dash, or a bar
    Case(f"نبراس – {BODY}", None, None, None, "نبراس –", ((None, "نبراس"),)),
    Case(f"صدى الوادي| {BODY}", None, None, None, "صدى الوادي|", ((None, "صدى الوادي"),)),
    # place, date and a credit with no brackets; a place and its country alone on the line
    Case(
        f"مراكش 9-9-2023 وفا- {BODY}",
        "مراكش",
        "Marrakesh",
        "MA",
        "مراكش 9-9-2023 وفا-",
        (("WAFA", "وفا"),),
        date="9-9-2023",
    ),
    Case(
        f"الرباط 9 سبتمبر 2023 و.م.ع - {BODY}",
        "الرباط",
        "Rabat",
        "MA",
        "الرباط 9 سبتمبر 2023 و.م.ع -",
        (("MAP", "و.م.ع"),),
        date="9 سبتمبر 2023",
    ),
    Case(f"عمان، الأردن\n{BODY}", "عمان", "Amman", "JO", "عمان، الأردن"),
    # a diaspora city and its country, a country outside the Arab world
    Case(f"ساو باولو ، البرازيل: {BODY}", "ساو باولو", "Sao Paulo", "BR", "ساو باولو ، البرازيل:"),
    Case(f"هرجيسيا: {BODY}", "هرجيسيا", "Hargeisa", "SO", "هرجيسيا:"),  # a spelling of Somaliland's
    # an unknown outlet after the place, then the date to the end of the line
    Case(
        f"كسلا – الوادي الآن | 12 فبراير 2026\n{BODY}",
        "كسلا",
        "Kassala",
        "SD",
        "كسلا – الوادي الآن | 12 فبراير 2026",
        ((None, "الوادي الآن"),),
        date="12 فبراير 2026",
    ),
    # a desk label, then a known credit: the agency, no reporter named "الأناضول"
    Case(f"رصد – الأناضول\n{BODY}", None, None, None, "رصد – الأناضول", (("Anadolu", "الأناضول"),)),
    # an unknown outlet alone above the body: by its shape, or before a known place
    Case(f"الوادي برس\n{BODY}", None, None, None, "الوادي برس", ((None, "الوادي برس"),)),
    # a town of the gazetteer glued to its dash
    Case(f"جنديرس- {BODY}", "جنديرس", "Jindires", "SY", "جنديرس-"),
    # a colon with a dash after it
    Case(
        f"صدى الوادي نيوز :- {BODY}",
        None,
        None,
        None,
        "صدى الوادي نيوز :-",
        ((None, "صدى الوادي نيوز"),),
    ),
    Case(f"بغداد:- {BODY}", "بغداد", "Baghdad", "IQ", "بغداد:-"),
    # one word with the number mark glued to it
    Case(f"منبر24\n{BODY}", None, None, None, "منبر24", ((None, "منبر24"),)),
    Case(f"الساحل24:\n{BODY}", None, None, None, "الساحل24:", ((None, "الساحل24"),)),
    # a city, a dash, its country and the agency in brackets
    Case(
        f"طرابلس-ليبيا(بانا)- {BODY}",
        "طرابلس",
        "Tripoli",
        "LY",
        "طرابلس-ليبيا(بانا)-",
        (("PANA", "بانا"),),
    ),
    Case(f"بوارق: الدمام\n{BODY}", "الدمام", "Dammam", "SA", "بوارق: الدمام", ((None, "بوارق"),)),
    # the Anadolu style: place, reporter and agency between slashes
    Case(
        f"الرباط/ سعاد حسن/ الأناضول\n{BODY}",
        "الرباط",
        "Rabat",
        "MA",
        "الرباط/",
        (("Anadolu", "الأناضول"),),
        byline="سعاد حسن",
    ),
    # a slash between the credit and the place, either way round
    Case(
        f"المعلومة/ البصرة..\n{BODY}",
        "البصرة",
        "Basra",
        "IQ",
        "المعلومة/ البصرة..",
        (("Almaalomah", "المعلومة"),),
    ),
    Case(f"واس/الرياض: {BODY}", "الرياض", "Riyadh", "SA", "واس/الرياض:", (("SPA", "واس"),)),
    Case(f"عدن/الأمناء – {BODY}", "عدن", "Aden", "YE", "عدن/الأمناء –", ((None, "الأمناء"),)),
    Case(
        f"نابلس- الساحل برس:\n{BODY}",
        "نابلس",
        "Nablus",
        "PS",
        "نابلس- الساحل برس:",
        ((None, "الساحل برس"),),
    ),
    Case(
        f"صيدا - الجنوب نيوز\n{BODY}",
        "صيدا",
        "Sidon",
        "LB",
        "صيدا - الجنوب نيوز",
        ((None, "الجنوب نيوز"),),
    ),
    Case(
        f"متابعات _ صدى نيوز\n{BODY}", None, None, None, "متابعات _ صدى نيوز", ((None, "صدى نيوز"),)
    ),
    # the desk's label and the outlet with no mark between them, alone on the line
    Case(
        f"متابعة صدى اونلاين\n{BODY}",
        None,
        None,
        None,
        "متابعة صدى اونلاين",
        ((None, "صدى اونلاين"),),
    ),
    Case(f"الأناضول-\n{BODY}", None, None, None, "الأناضول-", (("Anadolu", "الأناضول"),)),
    Case(f"بغداد\n{BODY}", "بغداد", "Baghdad", "IQ", "بغداد"),
    Case(f"القاهرة - الرياض - {BODY}", "القاهرة", "Cairo", "EG", "القاهرة - الرياض -"),
    Case(f"محمد علي – بغداد\n{BODY}", "بغداد", "Baghdad", "IQ", "بغداد", byline="محمد علي"),
    Case(
        f"كوردستان24 - أربيل\n{BODY}",
        "أربيل",
        "Erbil",
        "IQ",
        "كوردستان24 - أربيل",
        (("Kurdistan24", "كوردستان24"),),
    ),
    Case(
        f"الوطنية - بيروت: {BODY}",
        "بيروت",
        "Beirut",
        "LB",
        "الوطنية - بيروت:",
        (("NNA", "الوطنية"),),
    ),
    Case(f"رويترز - {BODY}", None, None, None, None, (("Reuters", "رويترز"),)),
    Case(
        f"الفلوجة (رويترز، أ ف ب) - {BODY}",
        "الفلوجة",
        "Fallujah",
        "IQ",
        "الفلوجة (رويترز، أ ف ب) -",
        (("Reuters", "رويترز"), ("AFP", "أ ف ب")),
    ),
    Case(f"دمشق {{سانا}} - {BODY}", "دمشق", "Damascus", "SY", "دمشق {سانا} -", (("SANA", "سانا"),)),
    Case(f"غزة [وفا] - {BODY}", "غزة", "Gaza", "PS", "غزة [وفا] -", (("WAFA", "وفا"),)),
    Case(f"بغداد (العراق) - {BODY}", "بغداد", "Baghdad", "IQ", "بغداد (العراق) -"),
    Case(f"القدس المحتلة - {BODY}", "القدس المحتلة", "Jerusalem", "PS", "القدس المحتلة -"),
    Case(f"اربيل—{BODY}", "اربيل", "Erbil", "IQ", "اربيل—"),
    Case(f"هولير ‐ {BODY}", "هولير", "Erbil", "IQ", "هولير ‐"),
    Case(f"زاخو ـ {BODY}", "زاخو", "Zakho", "IQ", "زاخو ـ"),
    Case(
        f"كركوك   (روداو)   -   {BODY}",
        "كركوك",
        "Kirkuk",
        "IQ",
        "كركوك   (روداو)   -",
        (("Rudaw", "روداو"),),
    ),
    Case(
        f"واشنطن (أ ب) — {BODY}", "واشنطن", "Washington", "US", "واشنطن (أ ب) —", (("AP", "أ ب"),)
    ),
]

# --- unknown places and credits: kept, with None --------------------------------------------------
UNKNOWN = [
    Case(
        f"قرية الحمدانية (رويترز) - {BODY}",
        "قرية الحمدانية",
        None,
        None,
        "قرية الحمدانية (رويترز) -",
        (("Reuters", "رويترز"),),
    ),
    Case(
        f"بلدة السلام في 3 مارس (أ ش أ) - {BODY}",
        "بلدة السلام",
        None,
        None,
        "بلدة السلام في 3 مارس (أ ش أ) -",
        (("MENA", "أ ش أ"),),
        date="3 مارس",
    ),
    Case(
        f"النجف (الصباح الجديد) - {BODY}",
        "النجف",
        "Najaf",
        "IQ",
        "النجف (الصباح الجديد) -",
        ((None, "الصباح الجديد"),),
    ),
    Case(f"الرباط اليوم: متابعة\n{BODY}", None, None, None, None, ((None, "الرباط اليوم"),)),
]

# --- bylines -------------------------------------------------------------------------------
BYLINES = [
    Case(f"كتب - محمد علي\n{BODY}", None, None, None, None, byline="محمد علي"),
    Case(f"كتب : محمد علي\n{BODY}", None, None, None, None, byline="محمد علي"),
    Case(f"بقلم: د. سعاد علي\n{BODY}", None, None, None, None, byline="د. سعاد علي"),
    Case(f"تقرير: حسين كريم\n{BODY}", None, None, None, None, byline="حسين كريم"),
    Case(f"إعداد: ليلى حسن\n{BODY}", None, None, None, None, byline="ليلى حسن"),
    Case(f"متابعة - أحمد جاسم\n{BODY}", None, None, None, None, byline="أحمد جاسم"),
    Case(f"كتب - محمد علي\nبغداد - {BODY}", "بغداد", "Baghdad", "IQ", "بغداد -", byline="محمد علي"),
    Case(f"كتب - محمد علي - البصرة\n{BODY}", "البصرة", "Basra", "IQ", "البصرة", byline="محمد علي"),
    # the reporter, a slash and the place (the Moroccan style), alone or opening the body
    Case(f"سعاد حسن / الرباط\n{BODY}", "الرباط", "Rabat", "MA", "الرباط", byline="سعاد حسن"),
    Case(f"سعاد حسن / الرباط- {BODY}", "الرباط", "Rabat", "MA", "الرباط-", byline="سعاد حسن"),
    Case(f"متابعة : سعاد حسن/\n{BODY}", None, None, None, None, byline="سعاد حسن"),
    # an honorific's dot glued to the name
    Case(f"كتبت: د.سناء الحداد\n{BODY}", None, None, None, None, byline="د.سناء الحداد"),
    Case(f"كتبت أ.سناء الحداد\n{BODY}", None, None, None, None, byline="أ.سناء الحداد"),
    # a kunya binds the next word into the name, though "طالب" is also a verb of saying
    Case(f"كتب - محمود أبو طالب:\n{BODY}", None, None, None, None, byline="محمود أبو طالب"),
    # a known place in brackets, maybe with its date, then a separator (a municipality's style)
    Case(
        f"(نابلس، 14-11-2011): {BODY}",
        "نابلس",
        "Nablus",
        "PS",
        "(نابلس، 14-11-2011):",
        date="14-11-2011",
    ),
    Case(f"(نابلس) - {BODY}", "نابلس", "Nablus", "PS", "(نابلس) -"),
    # the place, the reporter's name, then "في" and the date before the dash
    Case(
        f"الرياض - سعاد الحلبي في الأربعاء 21 يناير 2026 03:31 مساءً - {BODY}",
        "الرياض",
        "Riyadh",
        "SA",
        "الرياض -",
        date="الأربعاء 21 يناير 2026 03:31 مساءً",
        byline="سعاد الحلبي",
    ),
    # a desk label, then a lead mark's name: the outlet, never a person
    Case(f"متابعة – منصة الساحل\n{BODY}", None, None, None, None, ((None, "منصة الساحل"),)),
    # a desk label, then one word with the article: the outlet, never a whole person's name
    Case(f"متابعات – الساحلي –\n{BODY}", None, None, None, None, ((None, "الساحلي"),)),
    Case(f"رصد - الميدان - {BODY}", None, None, None, None, ((None, "الميدان"),)),
    # after a credit, a first name that is also a word ("joy", "hope"), then the father's name
    Case(
        f"رويترز - فرح موسى\n{BODY}",
        None,
        None,
        None,
        None,
        (("Reuters", "رويترز"),),
        byline="فرح موسى",
    ),
    Case(
        f"رويترز - أمل حسين - {BODY}",
        None,
        None,
        None,
        None,
        (("Reuters", "رويترز"),),
        byline="أمل حسين",
    ),
]


# --- shapes met on real pages after the first release --------------------------------------------
PAGES = [
    Case(f"وكالات\n{BODY}", None, None, None, None, (("Agencies", "وكالات"),)),
    Case(f"أ ش أ\n{BODY}", None, None, None, None, (("MENA", "أ ش أ"),)),
    Case(
        f"إيلاف من الرباط: {BODY}",
        "الرباط",
        "Rabat",
        "MA",
        "إيلاف من الرباط:",
        (("Elaph", "إيلاف"),),
    ),
    Case(
        f"القاهرة في الأحد 12 أكتوبر 2025 12:20 مساءً - {BODY}",
        "القاهرة",
        "Cairo",
        "EG",
        "القاهرة في الأحد 12 أكتوبر 2025 12:20 مساءً -",
        date="الأحد 12 أكتوبر 2025 12:20 مساءً",
    ),
    Case(
        f"بغداد، 5 تموز 2025 - {BODY}",
        "بغداد",
        "Baghdad",
        "IQ",
        "بغداد، 5 تموز 2025 -",
        date="5 تموز 2025",
    ),
    Case(
        f"سامر حسن - القاهرة في الخميس 9 يناير 2025 03:33 مساءً - {BODY}",
        "القاهرة",
        "Cairo",
        "EG",
        "القاهرة في الخميس 9 يناير 2025 03:33 مساءً -",
        date="الخميس 9 يناير 2025 03:33 مساءً",
        byline="سامر حسن",
    ),
    Case(f"الدمام - سامر حسن - {BODY}", "الدمام", "Dammam", "SA", "الدمام -", byline="سامر حسن"),
    Case(
        f"المواطن - واس\n{BODY}", None, None, None, None, (("Almowaten", "المواطن"), ("SPA", "واس"))
    ),
    Case(f"كتابة: سامر حسن\n{BODY}", None, None, None, None, byline="سامر حسن"),
    # a syndication site citing the agency, then the agency's own dateline
    Case(
        f"MENAFN - Jordan News Agency)\nعمان 18 كانون الثاني (بترا)- {BODY}",
        "عمان",
        "Amman",
        "JO",
        "عمان 18 كانون الثاني (بترا)-",
        (("MENAFN", "MENAFN"), ("Petra", "Jordan News Agency"), ("Petra", "بترا")),
        date="18 كانون الثاني",
    ),
    # an unknown place with known credits alone on its line
    Case(
        f"عواصم (الاتحاد، وكالات)\n{BODY}",
        "عواصم",
        None,
        None,
        "عواصم (الاتحاد، وكالات)",
        (("Al-Ittihad", "الاتحاد"), ("Agencies", "وكالات")),
    ),
    Case(f"الرياض - كتبت رنا علي - {BODY}", "الرياض", "Riyadh", "SA", "الرياض -", byline="رنا علي"),
    Case(
        f"كتب: سامر حسن في بغداد - {BODY}",
        "بغداد",
        "Baghdad",
        "IQ",
        "في بغداد -",
        byline="سامر حسن",
    ),
    Case(
        f"كتبت: رنا علي في الثلاثاء 5 أغسطس 2025 12:58 مساءً - {BODY}",
        None,
        None,
        None,
        None,
        date="الثلاثاء 5 أغسطس 2025 12:58 مساءً",
        byline="رنا علي",
    ),
    Case(
        f"الدمام في الثلاثاء 5 أغسطس 2025 10:25 مساءً كتب سامر حسن - {BODY}",
        "الدمام",
        "Dammam",
        "SA",
        "الدمام في الثلاثاء 5 أغسطس 2025 10:25 مساءً",
        date="الثلاثاء 5 أغسطس 2025 10:25 مساءً",
        byline="سامر حسن",
    ),
]

# the reporter after "PLACE - CREDIT -" (one opening a first name, or any name ending the line)
PAGES += [
    Case(
        f"بغداد-واع-سعاد الحلبي\n{BODY}",
        "بغداد",
        "Baghdad",
        "IQ",
        "بغداد-واع-",
        (("INA", "واع"),),
        byline="سعاد الحلبي",
    ),
    Case(
        f"بغداد (واع) - سعاد الحلبي\n{BODY}",
        "بغداد",
        "Baghdad",
        "IQ",
        "بغداد (واع) -",
        (("INA", "واع"),),
        byline="سعاد الحلبي",
    ),
    Case(
        f"بغداد - واع - آمنة السامر\n{BODY}",
        "بغداد",
        "Baghdad",
        "IQ",
        "بغداد - واع -",
        (("INA", "واع"),),
        byline="آمنة السامر",
    ),
    Case(
        "بغداد - واع - الشرطة تعلن إغلاق الطريق.",
        "بغداد",
        "Baghdad",
        "IQ",
        "بغداد - واع -",
        (("INA", "واع"),),
        body="الشرطة تعلن إغلاق الطريق.",
    ),
    # an outlet's longer name opening with an ambiguous word, ending the line
    Case(
        f"الرياض – الوطن اليوم\n{BODY}",
        "الرياض",
        "Riyadh",
        "SA",
        "الرياض – الوطن اليوم",
        ((None, "الوطن اليوم"),),
    ),
    # a lead mark ("شبكة", "موقع") and the name, alone with its colon or dash
    Case(f"شبكة أخبار الريف:\n{BODY}", None, None, None, None, ((None, "شبكة أخبار الريف"),)),
    Case(f"موقع صدى المدينة -\n{BODY}", None, None, None, None, ((None, "موقع صدى المدينة"),)),
    # an outlet known by its shape, a slash, then the body's sentence
    Case(
        "ضفاف الريف نيوز / أعلن المدير أن الخطة جاهزة للتنفيذ.",
        None,
        None,
        None,
        None,
        ((None, "ضفاف الريف نيوز"),),
        body="أعلن المدير أن الخطة جاهزة للتنفيذ.",
    ),
    # an outlet known by its shape, a slash and its writer's name ending the line
    Case(
        f"المورد نيوز / سعاد حسن\n{BODY}",
        None,
        None,
        None,
        None,
        ((None, "المورد نيوز"),),
        byline="سعاد حسن",
    ),
    # an outlet known by its shape before a known place: its credit, never a reporter
    Case(
        f"أطلس سكوب ـ أزيلال\n{BODY}",
        "أزيلال",
        "Azilal",
        "MA",
        "أطلس سكوب ـ أزيلال",
        ((None, "أطلس سكوب"),),
    ),
    # an agency's dotted initials, no brackets
    Case(f"أ.ف.ب - {BODY}", None, None, None, None, (("AFP", "أ.ف.ب"),)),
    Case(f"د.ب.أ - {BODY}", None, None, None, None, (("dpa", "د.ب.أ"),)),
    # an unknown outlet's one word, a dash and its section ending the line
    Case(f"الساحلي – أخبار محلية\n{BODY}", None, None, None, None, ((None, "الساحلي"),)),
    # the desk's word after a bar ends the outlet's line, a full stop after it
    Case(f"صدى الساحل برس | خاص .\n{BODY}", None, None, None, None, ((None, "صدى الساحل برس"),)),
    # after "PLACE - ", a lead mark ("مكتب", "إعلام", "موقع") opens an outlet, never a reporter
    Case(
        f"نابلس - إعلام الحركة - {BODY}",
        "نابلس",
        "Nablus",
        "PS",
        "نابلس - إعلام الحركة -",
        ((None, "إعلام الحركة"),),
    ),
    Case(
        f"حمص – مكتب أخبار المدينة\n{BODY}",
        "حمص",
        "Homs",
        "SY",
        "حمص – مكتب أخبار المدينة",
        ((None, "مكتب أخبار المدينة"),),
    ),
    # guillemets after the place's dash set an unknown outlet apart, alone or before a dash
    Case(
        f"نواكشوط ـ «الساحل»\n{BODY}",
        "نواكشوط",
        "Nouakchott",
        "MR",
        "نواكشوط ـ «الساحل»",
        ((None, "الساحل"),),
    ),
    Case(
        f"بيروت - «صدى المدينة» - {BODY}",
        "بيروت",
        "Beirut",
        "LB",
        "بيروت - «صدى المدينة» -",
        ((None, "صدى المدينة"),),
    ),
    # but a quoted subject goes on with its verb: no credit
    Case(
        "بيروت - «الحزب» يعلن رفض الخطة الجديدة.",
        "بيروت",
        "Beirut",
        "LB",
        "بيروت -",
        body="«الحزب» يعلن رفض الخطة الجديدة.",
    ),
    # an outlet opening with a lead mark, then its place: never a reporter's byline
    Case(
        f"أخبار الساحل - عدن\n{BODY}",
        "عدن",
        "Aden",
        "YE",
        "أخبار الساحل - عدن",
        ((None, "أخبار الساحل"),),
    ),
    # the lead mark opening the body's sentence after the dateline is no outlet
    Case(
        "غزة - موقع الحادث شهد إقبالا كبيرا من المواطنين.",
        "غزة",
        "Gaza",
        "PS",
        "غزة -",
        body="موقع الحادث شهد إقبالا كبيرا من المواطنين.",
    ),
    Case(
        f"مكتب أخبار المدينة – حمص\n{BODY}",
        "حمص",
        "Homs",
        "SY",
        "مكتب أخبار المدينة – حمص",
        ((None, "مكتب أخبار المدينة"),),
    ),
    # the outlet, its region, the town and the desk's label with a colon, alone on the line
    Case(
        f"الساحل نيوز - المهرة - الغيضة- خاص :\n{BODY}",
        "المهرة",
        "Al Mahrah",
        "YE",
        "الساحل نيوز - المهرة - الغيضة- خاص :",
        ((None, "الساحل نيوز"),),
    ),
    # a known outlet, a slash, the region, its town, a slash and the desk's label
    Case(
        f"عنكاوا كوم / البصرة – ميسان / خاص\n{BODY}",
        "البصرة",
        "Basra",
        "IQ",
        "عنكاوا كوم / البصرة – ميسان / خاص",
        (("Ankawa.com", "عنكاوا كوم"),),
    ),
    # an outlet known by its ".com" shape ("كوم" closing its name)
    Case(
        f"صدى البلدة كوم – البصرة –\n{BODY}",
        "البصرة",
        "Basra",
        "IQ",
        "صدى البلدة كوم – البصرة –",
        ((None, "صدى البلدة كوم"),),
    ),
    # the place, the Maghreb's "first" of a month, then the agency (MAP's style)
    Case(
        f"سيدي بنور – فاتح شتنبر 2023 – ومع :\n{BODY}",
        "سيدي بنور",
        "Sidi Bennour",
        "MA",
        "سيدي بنور – فاتح شتنبر 2023 – ومع :",
        (("MAP", "ومع"),),
        date="فاتح شتنبر 2023",
    ),
    # "the capital" before a known city; a paper's name ending with "اليوم"; the desk
    Case(
        f"صدى اليوم - العاصمة عدن - خاص\n{BODY}",
        "العاصمة عدن",
        "Aden",
        "YE",
        "صدى اليوم - العاصمة عدن - خاص",
        ((None, "صدى اليوم"),),
    ),
    # an unknown outlet in guillemets or quotation marks after the place, then the desk
    Case(
        f"غيل باوزير «الجسر» خاص\n{BODY}",
        "غيل باوزير",
        "Ghayl Ba Wazir",
        "YE",
        "غيل باوزير «الجسر» خاص",
        ((None, "الجسر"),),
    ),
    Case(
        f'تعز "الوادي نيوز" خاص\n{BODY}',
        "تعز",
        "Taiz",
        "YE",
        'تعز "الوادي نيوز" خاص',
        ((None, "الوادي نيوز"),),
    ),
    # the place, an unknown outlet, its reporter closing the line (tatweel dashes)
    Case(
        f"القريات ـ واصل ـ سامر حسن :\n{BODY}",
        "القريات",
        "Qurayyat",
        "SA",
        "القريات ـ واصل ـ",
        ((None, "واصل"),),
        byline="سامر حسن",
    ),
    # quotes and the desk glued to the place, then the body on the same line
    Case(
        f'المكلا"المكلا اليوم"خاص {BODY}',
        "المكلا",
        "Mukalla",
        "YE",
        'المكلا"المكلا اليوم"خاص',
        ((None, "المكلا اليوم"),),
    ),
    # the place, a bracketed outlet, then its reporter filling the line
    Case(
        f"المحفد (أبين اليوم) سامر حسن\n{BODY}",
        "المحفد",
        "Al Mahfad",
        "YE",
        "المحفد (أبين اليوم)",
        ((None, "أبين اليوم"),),
        byline="سامر حسن",
    ),
    # a press release: the city, its country, the date, the wire between slashes
    Case(
        f"دبي، الإمارات العربية المتحدة، 20 يناير 2026 /PRNewswire/ -- {BODY}",
        "دبي",
        "Dubai",
        "AE",
        "دبي، الإمارات العربية المتحدة، 20 يناير 2026 /PRNewswire/ --",
        (("PR Newswire", "PRNewswire"),),
        date="20 يناير 2026",
    ),
    # the date, then an outlet known by its shape between slashes, then the body (no place)
    Case(
        f"18 أكتوبر 2024/صحيفة الوادي/ {BODY}",
        None,
        None,
        None,
        None,
        ((None, "صحيفة الوادي"),),
        date="18 أكتوبر 2024",
    ),
    # a place, its country and a comma before the date (an ASCII comma from a translation)
    Case(
        f"مصراتة، ليبيا, 20 يناير 2026 - {BODY}",
        "مصراتة",
        "Misrata",
        "LY",
        "مصراتة، ليبيا, 20 يناير 2026 -",
        date="20 يناير 2026",
    ),
    # a known credit in brackets, then the body with no separator
    Case("(شينخوا) أعلنت الوزارة افتتاح المشروع.", None, None, None, None, (("Xinhua", "شينخوا"),)),
    # a site's name ending in ".org" spelt out, a slash, the pooled credit: no place
    Case(
        f"الوادي اورغ/ وكالات\n{BODY}",
        None,
        None,
        None,
        None,
        ((None, "الوادي اورغ"), ("Agencies", "وكالات")),
    ),
    # an unknown outlet after the place, then the desk's word: the word is no part of the name
    Case(
        f"تونس – المسرح خاص\n{BODY}",
        "تونس",
        "Tunis",
        "TN",
        "تونس – المسرح خاص",
        ((None, "المسرح"),),
    ),
    # the place, its province, then the date ending the line
    Case(
        f"العمارة – ميسان – ١٠ ايار ٢٠١٨\n{BODY}",
        "العمارة",
        "Amarah",
        "IQ",
        "العمارة – ميسان – ١٠ ايار ٢٠١٨",
        date="١٠ ايار ٢٠١٨",
    ),
    # two reporters after the place, parted by a dash, filling the line
    Case(
        f"الخرطوم – سامر حسن – سعاد علي\n{BODY}",
        "الخرطوم",
        "Khartoum",
        "SD",
        "الخرطوم –",
        byline="سامر حسن – سعاد علي",
    ),
    # one word with no article glued to a colon after the place: the outlet
    Case(
        f"رام الله- وطن: {BODY}", "رام الله", "Ramallah", "PS", "رام الله- وطن:", ((None, "وطن"),)
    ),
    # ... or closing the line above the body
    Case(
        f"نواكشوط – أكم:\n{BODY}", "نواكشوط", "Nouakchott", "MR", "نواكشوط – أكم:", ((None, "أكم"),)
    ),
    Case(
        f"الدمازين/ مدى:\n{BODY}",
        "الدمازين",
        "Ed Damazin",
        "SD",
        "الدمازين/ مدى:",
        ((None, "مدى"),),
    ),
    # the story's date opening the body, no place: its year printed, then a separator and the
    # body's sentence (five words or more)
    Case(
        "7 أغسطس 2017:  قضت المحكمة اليوم بالسجن المشدد على المتهمين في القضية.",
        None,
        None,
        None,
        None,
        body="قضت المحكمة اليوم بالسجن المشدد على المتهمين في القضية.",
        date="7 أغسطس 2017",
    ),
    Case(
        "الخميس 21/12/2023 : قال مندوب غرفة العمليات إن حركة السير طبيعية على كل الطرق.",
        None,
        None,
        None,
        None,
        body="قال مندوب غرفة العمليات إن حركة السير طبيعية على كل الطرق.",
        date="الخميس 21/12/2023",
    ),
    # ... and a credit between slashes after it
    Case(
        "13 أكتوبر 2025 / شبكة الصين / تواصل الفعالية الثقافية في العاصمة لليوم الثالث.",
        None,
        None,
        None,
        None,
        (("China.org.cn", "شبكة الصين"),),
        body="تواصل الفعالية الثقافية في العاصمة لليوم الثالث.",
        date="13 أكتوبر 2025",
    ),
    # an outlet's name (no first name) and a colon before the place: the credit, no writer
    Case(
        f"شروين المهرة: شبوة\n{BODY}",
        "شبوة",
        "Shabwah",
        "YE",
        "شروين المهرة: شبوة",
        ((None, "شروين المهرة"),),
    ),
    # a writer opening with a first name, a colon and a known place, alone on the line
    Case(
        f"محمد ولد يحى : نواكشوط\n{BODY}",
        "نواكشوط",
        "Nouakchott",
        "MR",
        "نواكشوط",
        byline="محمد ولد يحى",
    ),
    # the desk's word, then one plain word glued to a colon: the outlet, no writer
    Case(
        f"بيت لحم – خاصّ نبأ: {BODY}",
        "بيت لحم",
        "Bethlehem",
        "PS",
        "بيت لحم – خاصّ نبأ:",
        ((None, "نبأ"),),
    ),
    # a place the story covers: the peninsula, then the reporter
    Case(
        f"سيناء – محمود الشوربجي\n{BODY}",
        "سيناء",
        "Sinai",
        "EG",
        "سيناء –",
        byline="محمود الشوربجي",
    ),
    # the desk's word, then a known credit, ending the line
    Case(
        f"القدس المحتلة - خــاص صفا\n{BODY}",
        "القدس المحتلة",
        "Jerusalem",
        "PS",
        "القدس المحتلة - خــاص صفا",
        (("Safa", "صفا"),),
    ),
    # a place's name and "اليوم", a dash, alone above the body: a paper's name
    Case(f"البلقاء اليوم -\n{BODY}", None, None, None, None, ((None, "البلقاء اليوم"),)),
    # an outlet known by its shape, a bar and a small town of the gazetteer, first on the page
    Case(
        f"واحات نيوز | أكدز\n{BODY}",
        "أكدز",
        "Agdz",
        "MA",
        "واحات نيوز | أكدز",
        ((None, "واحات نيوز"),),
    ),
    # a known place, a comma and the date, alone on the line above the body
    Case(
        f"دمشق، ٢٥ كانون الأول/ ديسمبر ٢٠٢٤\n{BODY}",
        "دمشق",
        "Damascus",
        "SY",
        "دمشق، ٢٥ كانون الأول/ ديسمبر ٢٠٢٤",
        date="٢٥ كانون الأول/ ديسمبر ٢٠٢٤",
    ),
    # an agency, then the outlet that ran its story: an outlet's shape is never a place
    Case(
        f"العمانية – صحيفة الوادي\n{BODY}",
        None,
        None,
        None,
        None,
        (("ONA", "العمانية"), (None, "صحيفة الوادي")),
    ),
    # marks after the place on a credit line of its own are the line's, not a paragraph
    Case(
        f"النهار – النجف ..\n{BODY}",
        "النجف",
        "Najaf",
        "IQ",
        "النهار – النجف .",
        (("Annahar", "النهار"),),
    ),
]


@pytest.mark.parametrize("case", PAGES, ids=lambda c: c.text[:24])
def test_page_shapes(case: Case) -> None:
    _check(case)


def _check(case: Case) -> None:
    credits = credits_of(case.text)
    d = credits.dateline
    if case.place is None:
        assert d is None
    else:
        assert d is not None
        assert (d.place, d.place_en, d.country, d.text) == (
            case.place,
            case.place_en,
            case.country,
            case.dateline,
        )
        assert case.text[d.span[0] : d.span[1]] == case.dateline
    assert [(a.name, a.text) for a in credits.agencies] == list(case.agencies)
    for a in credits.agencies:
        assert case.text[a.span[0] : a.span[1]] == a.text
    if case.byline is None:
        assert credits.byline is None
    else:
        assert credits.byline is not None and credits.byline.name == case.byline
    if case.date is None:
        assert credits.date_span is None
    else:
        assert credits.date_span is not None
        assert case.text[credits.date_span[0] : credits.date_span[1]] == case.date
    assert first_paragraph(case.text, credits) == case.body


@pytest.mark.parametrize("case", FORMATS, ids=lambda c: c.text[:24])
def test_formats_shapes(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", ISSUE, ids=lambda c: c.text[:24])
def test_issue_shapes(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", UNKNOWN, ids=lambda c: c.text[:24])
def test_unknown_names_are_kept(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", BYLINES, ids=lambda c: c.text[:24])
def test_bylines(case: Case) -> None:
    _check(case)


def test_unknown_place_and_credit_warn_with_spans() -> None:
    text = f"النجف (الصباح الجديد) - {BODY}"
    credits = credits_of(text)
    assert [w.code for w in credits.warnings] == ["unknown-agency"]
    text = f"قرية الحمدانية (رويترز) - {BODY}"
    (warning,) = credits_of(text).warnings
    assert warning.code == "unknown-place" and warning.span == (0, text.index(" -") + 2)


# --- what is NOT a dateline ---------------------------------------------------------------------
NOT_DATELINES = [
    # a date with no year, or too few words after it, opens no dated lead
    "7 أغسطس: قضت المحكمة اليوم بالسجن المشدد على المتهمين.",
    "7 أغسطس 2017: الحكم النهائي",
    # a place and "اليوم" opening a sentence: no separator after them
    "العراق اليوم يواجه أزمة مياه خانقة بعد تراجع الإطلاقات.",
    # an agency whose name is also a word, before a dash: a sentence's subject
    "الوطنية - قال الوزير إن الخطة جاهزة.",
    # an unknown "place" in Latin letters before a credit
    "Breaking - رويترز: ارتفعت أسعار النفط اليوم.",
    # an outlet's words, a slash and a place, then more than the desk's label
    "صوت المدينة /أبين / الحكومة تقر خطة جديدة للطرق.",
    # a quotation, a dash, then a sentence that opens with a place
    "“لن نتراجع” - بيروت تشهد احتجاجات واسعة.",
    "«لن نتراجع» بيروت تشهد احتجاجات واسعة.",
    # a place, a comma and a day or one plain word: no outlet
    "بغداد، الأربعاء",
    "بيروت، العاصمة:",
    # a place then words that are no date before the dash
    "القاهرة في يوم الأحد - قالت الوزارة إن الاجتماع تأجل.",
    "بغداد في 2025 - قال المتحدث إن الخطة جاهزة.",
    # ordinary words and a dash or colon in running text
    "قال الوزير - في بيان مقتضب - إن الحكومة ماضية في خطتها.",
    "الاجتماع المقبل: سيناقش المجلس الموازنة الأسبوع المقبل.",
    "الاتحاد الأوروبي - أعلن المجلس فرض عقوبات جديدة.",
    "أسعار النفط: ارتفعت العقود الآجلة في التعاملات المبكرة.",
    # speaker labels
    "وزير الخارجية: لن نتراجع عن موقفنا.",
    "المتحدث باسم الحكومة: الانتخابات في موعدها.",
    "رئيس الوزراء - في كلمة متلفزة - دعا إلى التهدئة.",
    # quotations and questions
    "«لن نتراجع» - قال الوزير في بيانه.",
    '"الوضع مستقر" - هكذا وصف المسؤول الأمر.',
    "هل تنجح الحكومة؟ - سؤال يطرحه الجميع.",
    "لماذا الآن: يتساءل المراقبون عن التوقيت.",
    # credit-only words in running text
    "وام - قالت الوكالة إن الاجتماع ناجح.",
    # a section name is no unknown place
    "رياضة / صحيفة الفلاني - فاز الفريق في مباراة الأمس.",
    # places listed with commas are no qualifier
    "بغداد، البصرة، الموصل - شهدت المدن الثلاث أمطارا غزيرة.",
    # words that look like an outlet's name and are not
    "موقع الحادث - هرعت سيارات الإسعاف إلى المكان.",
    "قناة السويس - أعلنت الهيئة زيادة رسوم العبور.",
    "مكتب الوزير - أعلن اليوم عن خطة جديدة للنقل.",
    # a bracket that holds no known credit, nor a known place
    "(أرشيفية) - قالت الوزارة إن الاجتماع تأجل.",
    "(نابلس، مدينة الصابون): قالت الوزارة إن الاجتماع تأجل.",
    "الوطنية: تقرير جديد يكشف الأرقام.",
    "العمانية للطيران - أعلنت الشركة رحلات جديدة.",
    "سبأ القديمة - مملكة عرفها التاريخ.",
    "الاتحاد قوة - شعار رفعه المتظاهرون.",
    # one word and a dash that open a sentence, not an outlet's name
    "اليوم - قررت الحكومة رفع الأسعار.",
    "أيضا - قررت الحكومة رفع الأسعار.",
    "بالصور - قررت الحكومة رفع الأسعار.",
    "خاص - قررت الحكومة رفع الأسعار.",
    "الحكومة - التي تواجه أزمة - قررت رفع الأسعار.",
    "وأضاف – خلال مؤتمر صحفي – أن المناقشات مستمرة.",
    "تصـ ـعيد عسكري تشهده المنطقة.",
    "2026 - عام الانتخابات في العراق.",
    # a place word in running text, not before a separator
    "بغداد تستضيف القمة العربية المقبلة.",
    "في بغداد - أعلنت الحكومة خطة جديدة.",
    "أربيل عاصمة إقليم كوردستان.",
    # an ordinary bracket after a known place, with no separator
    "بغداد (العاصمة) تشهد ازدحاما كبيرا.",
    # a caption-like opening: unknown words before a bracketed credit, no dash
    "جنود في الشارع (أ ف ب) يراقبون المارة.",
    # digits are not places
    "2026 - عام الانتخابات في العراق.",
    # a number in the lead sentence is no date before a credit, nor its guillemets a credit
    "ربحت 18 شركة مدرجة في السوق الموازية «نمو» أكثر من العام الماضي.",
    "سجلت ١٢ شركة في السوق «تاسي» أرباحا فصلية.",
    # nor is a weekday, nor the month of a date cut by a line break a credit
    "الخميس 21/12/",
    "الأربعاء 09/أبريل/",
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_a_dateline(text: str) -> None:
    credits = credits_of(text)
    assert credits.dateline is None and credits.agencies == () and credits.byline is None
    assert [(b.kind, b.start, b.end) for b in credits.blocks] == [("paragraph", 0, len(text))]


@pytest.mark.parametrize("word", ["الشرطة", "عاجل", "تقرير"])
def test_an_office_a_banner_or_a_label_and_a_colon_after_the_place_is_no_credit(
    word: str,
) -> None:
    credits = credits_of(f"القاهرة - {word}: ضبط عصابة متخصصة في سرقة السيارات بالمنطقة.")
    assert credits.dateline is not None and credits.agencies == ()


def test_a_date_label_is_no_place() -> None:
    """ "نشر بتاريخ" before a date and a bar is the date's label, never an unknown place."""
    credits = credits_of(f"نشر بتاريخ: 31-01-2023 | مختارات المحرر\n{BODY}")
    assert credits.dateline is None


def test_an_unknown_word_a_comma_and_a_date_is_no_dateline() -> None:
    """Only a known place takes the date ending its line: "تحديث" is a label."""
    assert credits_of(f"تحديث، 5 تموز 2025\n{BODY}").dateline is None


def test_a_place_alone_after_the_body_started_is_not_a_dateline() -> None:
    text = f"{BODY}\nبغداد\nوقال المسؤول إن العمل مستمر."
    assert credits_of(text).dateline is None


def test_a_section_name_is_not_a_place_alone() -> None:
    text = f"كوردستان\n{BODY}"  # also a site section
    assert credits_of(text).dateline is None


def test_a_quotation_after_the_place_is_no_credit() -> None:
    text = 'بيروت - "لن نتراجع عن القرار": قال الوزير إن الحكومة ماضية في خطتها.'
    found = credits_of(text)
    assert found.agencies == ()
    assert first_paragraph(text, found).startswith('"لن نتراجع عن القرار"')


def test_a_place_a_separator_and_a_labelled_byline_first_is_no_title() -> None:
    text = f"مراكش : متابعة عبد العزيز العلوي\n\n{BODY}"  # four words after the colon
    art = arnews.parse(text)
    assert art.title is None
    assert art.dateline is not None and art.dateline.place_en == "Marrakesh"
    assert art.byline is not None and art.byline.name == "عبد العزيز العلوي"


@pytest.mark.parametrize("word", ["بعد", "قبل", "كل"])
def test_an_adverb_after_the_place_opens_no_reporters_name(word: str) -> None:
    # "PLACE / KICKER : HEADLINE": the kicker's words end sentences but open no name
    text = f"القيروان / {word} غياب دام سنتين : المهرجان يعود\n{BODY}"
    credits = credits_of(text)
    assert credits.byline is None
    assert credits.dateline is not None and credits.dateline.place == "القيروان"
    # a name after the same slash is still read
    named = credits_of(f"القيروان / سعاد الحلبي : المهرجان يعود\n{BODY}")
    assert named.byline is not None and named.byline.name == "سعاد الحلبي"


def test_a_place_alone_over_the_date_line_is_the_dateline() -> None:
    # "عمان" / "25 تشرين الأول 2015" / body: the date line between them parts nothing
    text = f"افتتاح المعرض الدولي للكتاب\n\nعمان\n\n25 تشرين الأول 2015\n\n{BODY}"
    art = arnews.parse(text)
    assert art.dateline is not None and art.dateline.place_en == "Amman"
    assert art.timestamp is not None and art.timestamp.text == "25 تشرين الأول 2015"
    # under the body's first paragraph it is still no dateline
    late = arnews.parse(f"افتتاح المعرض الدولي للكتاب\n\n{BODY}\n\nعمان\n\n25 تشرين الأول 2015")
    assert late.dateline is None


def test_a_section_label_before_a_known_outlet_is_no_writer() -> None:
    # "SECTION – OUTLET": the site's section, then the credit; no person's name
    credits = credits_of(f"أخبار العراق اليوم – رويترز\n{BODY}")
    assert credits.byline is None
    assert [a.name for a in credits.agencies] == ["Reuters"]
    # a person's name before the same credit is still the writer
    named = credits_of(f"سعاد الحلبي – رويترز\n{BODY}")
    assert named.byline is not None and named.byline.name == "سعاد الحلبي"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("خاص /المركز الخبري الوطني", "المركز الخبري الوطني"), ("خاص - شبكة الأخبار", "شبكة الأخبار")],
)
def test_a_desk_label_then_an_outlet_is_the_outlets_credit_not_the_title(
    line: str, outlet: str
) -> None:
    art = arnews.parse(f"{line}\n\n{BODY}")
    assert art.title is None and art.byline is None
    assert [a.text for a in art.agencies] == [outlet]
    # after a colon the label is a headline's kicker: the line stays the title
    kicker = "خاص: موقع الوزارة يكشف تفاصيل الخطة"
    titled = arnews.parse(f"{kicker}\n\n{BODY}")
    assert titled.title is not None and titled.title.text == kicker
    assert titled.agencies == ()


@pytest.mark.parametrize(
    ("line", "place"), [("القاهرة، مصر 12 مايو 2024", "القاهرة"), ("غزة/فلسطين 7 مايو 2022", "غزة")]
)
def test_a_place_its_country_and_a_date_alone_above_the_body(line: str, place: str) -> None:
    art = arnews.parse(f"افتتاح المعرض الدولي للكتاب\n\n{line}\n\n{BODY}")
    assert art.dateline is not None and art.dateline.text == line
    assert art.dateline.place == place
    assert art.timestamp is not None and line.endswith(art.timestamp.text)


@pytest.mark.parametrize(
    "line", ["ديربورن، ميشيغان – ", "ديربورن ، ميشيغان – ", "تورنتو، أونتاريو - "]
)
def test_a_city_and_its_state_or_province_open_the_body(line: str) -> None:
    # diaspora outlets qualify a city by its state or province, not by its country
    art = arnews.parse(f"{line}{BODY}")
    assert art.dateline is not None and art.dateline.text == line.strip()
    assert art.dateline.country in ("US", "CA")


def test_an_unknown_outlet_in_quotation_marks_closing_the_dateline_line_is_its_credit() -> None:
    art = arnews.parse(
        f"فوز ثلاثة مرشحين في الانتخابات البلدية\n\nميشيغان – “الجالية اليوم”\n\n{BODY}"
    )
    assert art.dateline is not None and art.dateline.place_en == "Michigan"
    assert [a.text for a in art.agencies] == ["الجالية اليوم"]
    # the same quotes opening the lead are a quotation, not a credit
    quoted = arnews.parse(f"ميشيغان – “لن نغادر” قالها رئيس البلدية أمام أعضاء المجلس.\n\n{BODY}")
    assert quoted.agencies == ()


@pytest.mark.parametrize("label", ["متابعة", "كتب", "كتبت:"])
def test_a_label_before_the_reporter_after_the_credit_stays_out_of_the_name(label: str) -> None:
    art = arnews.parse(f"بيروت - رويترز - {label} سامر الخطيب\n\n{BODY}")
    assert art.dateline is not None and art.dateline.place_en == "Beirut"
    assert [a.name for a in art.agencies] == ["Reuters"]
    assert art.byline is not None and art.byline.name == "سامر الخطيب"
    assert art.byline.text.startswith(label.rstrip(":"))


def test_a_reporter_and_a_place_closed_by_a_slash_on_their_own_line() -> None:
    # the Iraqi papers' "NAME / PLACE/" over the body
    art = arnews.parse(f"افتتاح محطة ماء جديدة في المدينة\n\nسعاد الحلبي / العمارة/\n\n{BODY}")
    assert art.byline is not None and art.byline.name == "سعاد الحلبي"
    assert art.dateline is not None and art.dateline.place_en == "Amarah"
    assert art.dateline.text == "العمارة/"
    assert art.paragraphs[0].text == BODY


def test_a_magazine_and_its_city_credit_the_magazine_not_a_writer() -> None:
    art = arnews.parse(f"جاليتنا ماغازين – ساو باولو\n\n{BODY}")
    assert art.byline is None
    assert [a.text for a in art.agencies] == ["جاليتنا ماغازين"]
    assert art.dateline is not None and art.dateline.place_en == "Sao Paulo"


def test_a_byline_label_before_an_unknown_outlet_stays_out_of_its_credit() -> None:
    art = arnews.parse(f"بواسطة سوس بريس - {BODY}")
    assert [(a.name, a.text) for a in art.agencies] == [(None, "سوس بريس")]
    assert art.paragraphs[0].text == BODY


@pytest.mark.parametrize(
    ("opening", "place", "credit"),
    [("رويترز- خاص: ", None, "رويترز"), ("بغداد - خاص: ", "بغداد", None)],
)
def test_a_desk_label_and_a_colon_before_the_body_is_no_place(
    opening: str, place: str | None, credit: str | None
) -> None:
    art = arnews.parse(f"{opening}{BODY}")
    assert art.paragraphs[0].text == BODY
    assert (art.dateline.place if art.dateline else None) == place  # never "خاص"
    assert [a.text for a in art.agencies] == ([credit] if credit else [])


def test_a_press_release_label_is_no_title_and_a_link_to_the_source_credits_it() -> None:
    headline = "شراكة جديدة لتطوير ميناء المدينة الحرة"
    text = f"بيان صحفي\n\n{headline}\n\n{BODY}\n\nيمكنك قراءة الخبر في مصدره صحيفة الساحل"
    art = arnews.parse(text)
    assert art.title is not None and art.title.text == headline
    assert [a.text for a in art.agencies] == ["صحيفة الساحل"]
    assert [p.text for p in art.paragraphs] == [BODY]


@pytest.mark.parametrize(
    ("line", "place"),
    [("تغطيات – سامر الحلبي – الباحة:", "الباحة"), ("تغطية: بواسطة: سامر الحلبي", None)],
)
def test_a_coverage_label_opens_a_byline_and_two_labels_name_no_one(
    line: str, place: str | None
) -> None:
    art = arnews.parse(f"{line}\n\n{BODY}")
    assert art.byline is not None and art.byline.name == "سامر الحلبي"
    assert (art.dateline.place if art.dateline else None) == place
    assert art.title is None


@pytest.mark.parametrize(
    ("line", "name"),
    [("المستقبل العراقي / سامر الحلبي", "Al-Mustaqbal Al-Iraqi"), ("عرب لندن", "Arab London")],
)
def test_diaspora_and_iraqi_papers_credit_their_pieces(line: str, name: str) -> None:
    art = arnews.parse(f"{line}\n\n{BODY}")
    assert [a.name for a in art.agencies] == [name]
    assert art.paragraphs[0].text == BODY
    assert art.title is None


@pytest.mark.parametrize("desk", ["متابعة", "متابعات", "خاص"])
def test_an_outlet_a_bar_and_the_desk_credit_the_outlet(desk: str) -> None:
    art = arnews.parse(f"صدى الواحة | {desk}\n\n{BODY}")
    assert [a.text for a in art.agencies] == ["صدى الواحة"]
    assert art.title is None and art.paragraphs[0].text == BODY


@pytest.mark.parametrize("outlet", ["“صوت الجزيرة”", "«صوت الجزيرة»"])
def test_a_place_the_desk_and_an_outlet_in_quotes_on_the_first_line(outlet: str) -> None:
    line = f"القامشلي خاص {outlet}"
    art = arnews.parse(f"{line}\n{BODY}")
    assert art.title is None
    assert art.dateline is not None and art.dateline.place_en == "Qamishli"
    assert art.dateline.text == line
    assert [a.text for a in art.agencies] == ["صوت الجزيرة"]


def test_a_labelled_writer_then_his_paper_after_a_dash() -> None:
    art = arnews.parse(f"بقلم /سامر الحلبي – فرسان الملاعب\n\n{BODY}")
    assert art.byline is not None and art.byline.name == "سامر الحلبي"
    assert [a.text for a in art.agencies] == ["فرسان الملاعب"]
    assert art.paragraphs[0].text == BODY
    # two writers parted by a dash stay one byline; a place after the dash is the dateline
    both = arnews.parse(f"كتب - سامر الحلبي – محمد حسن\n\n{BODY}")
    assert both.byline is not None and both.byline.name == "سامر الحلبي – محمد حسن"
    placed = arnews.parse(f"كتب - سامر الحلبي - بغداد\n\n{BODY}")
    assert placed.dateline is not None and placed.dateline.place_en == "Baghdad"


@pytest.mark.parametrize(
    "opening", ["ديربورن – خاص “صدى الجالية” – ", "ديربورن –\nخاص “صدى الجالية” –\n"]
)
def test_the_desk_and_an_outlet_in_quotes_after_the_place(opening: str) -> None:
    art = arnews.parse(f"فوز ثلاثة مرشحين في الانتخابات البلدية\n\n{opening}{BODY}")
    assert art.dateline is not None and art.dateline.place_en == "Dearborn"
    assert [a.text for a in art.agencies] == ["صدى الجالية"]
    assert [p.text for p in art.paragraphs] == [BODY]


def test_a_labelled_writer_from_a_place() -> None:
    art = arnews.parse(f"كتب سامر الحلبي من تونس\n\n{BODY}")
    assert art.byline is not None and art.byline.name == "سامر الحلبي"
    assert art.dateline is not None and art.dateline.place_en == "Tunis"
    # a sentence with a writer's verb and a place goes on: no byline, no dateline
    said = arnews.parse("كتب الوزير من بغداد رسالة إلى نظيره يدعوه فيها إلى زيارة العاصمة.")
    assert said.byline is None and said.dateline is None


@pytest.mark.parametrize("desk", ["متابعات- ", "متابعات: ", "خاص - "])
def test_a_desk_label_and_a_place_alone_name_no_outlet(desk: str) -> None:
    art = arnews.parse(f"{desk}عدن\n\n{BODY}")
    assert art.dateline is not None and art.dateline.place_en == "Aden"
    assert art.agencies == ()


def test_a_labelled_writer_and_his_nickname_in_brackets() -> None:
    art = arnews.parse(f"العنوان الرئيسي للخبر اليوم\n\nبقلم / سامر الحلبي( ابو نشوان )\n\n{BODY}")
    assert art.byline is not None and art.byline.name == "سامر الحلبي"
    assert art.byline.text == "بقلم / سامر الحلبي( ابو نشوان )"
    assert [p.text for p in art.paragraphs] == [BODY]
