"""Events: triggers typed with ACLED's taxonomy, with actors, places and dates."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pytest

import marsad
from marsad.config import ExtractConfig, load_config
from marsad.errors import DataFileError
from marsad.extract.event_resources import EventResources, load_event_resources
from marsad.extract.events import find_events
from marsad.records import Precision, Span, TimeExpr
from tests.extract.builders import MentionSpec, analyse, analysis_of

B, E, S, V = (
    "Battles",
    "Explosions/Remote violence",
    "Strategic developments",
    "Violence against civilians",
)
GOV, REBEL = "Government regains territory", "Non-state actor overtakes territory"
CHANGE = "Change to group/activity"

SAA = ("قوات النظام", "actor", "Syrian Arab Army")
ASAD = ("قوات الأسد", "actor", "Syrian Arab Army")
IZZA = ("جيش العزة", "actor", "Jaysh al-Izza")
NASR = ("جيش النصر", "actor", "Jaysh al-Nasr")
N_HAMA = ("ريف حماة الشمالي", "place", "Northern Hama countryside")
S_IDLIB = ("جنوب إدلب", "place", "Southern Idlib countryside")
EN_SAA = ("Syrian Army", "actor", "Syrian Arab Army")
EN_IZZA = ("Jaysh al-Izza", "actor", "Jaysh al-Izza")
LIWA_QUDS = ("Liwa al-Quds", "actor", "Liwa al-Quds")
FIFTH_CORPS = ("5th Corps", "actor", "5th Assault Corps")

TimeSpec = tuple[str, str, Precision]
Row = tuple[str, str, str, str | None, tuple[str, ...], tuple[str, ...]]


@cache
def resources() -> EventResources:
    return load_event_resources(load_config().extract, analyse)


def events_of(
    text: str, mentions: Sequence[MentionSpec], times: Sequence[TimeSpec] = ()
) -> list[Row]:
    """(event_type, sub_event_type, kind, date, place canonicals, actor canonicals)."""
    normalised = analyse(text).normalised
    exprs = []
    for surface, value, precision in times:
        start = normalised.index(surface)
        exprs.append(TimeExpr(Span(start, start + len(surface)), value, precision))
    analysis = analysis_of(text, mentions, times=exprs)
    name = {entity.id: entity.canonical for entity in analysis.entities}
    return [
        (
            event.event_type,
            event.sub_event_type,
            event.kind,
            event.date,
            tuple(name[p] for p in event.places),
            tuple(name[a] for a in event.actors),
        )
        for event in find_events(analysis, resources())
    ]


ARABIC = [
    pytest.param(
        "وسيطرت قوات النظام يوم 3 أيار 2019 على قرية كفرنبودة وقلعة المضيق في ريف حماة الشمالي.",
        [
            SAA,
            ("كفرنبودة", "place", "Kafr Nabudah"),
            ("قلعة المضيق", "place", "Qalaat al-Madiq"),
            N_HAMA,
        ],
        [("3 أيار 2019", "2019-05-03", "day")],
        [
            (B, GOV, "capture", "2019-05-03", ("Kafr Nabudah",), ("Syrian Arab Army",)),
            (B, GOV, "capture", "2019-05-03", ("Qalaat al-Madiq",), ("Syrian Arab Army",)),
        ],
        id="government capture: one event per village, the region left out",
    ),
    pytest.param(
        "أعلن جيش النصر سيطرته على بلدتي الخوين والحمدانية جنوب إدلب، "
        "إضافة لسيطرته على قرية عطشان، باشتباكات مع قوات الأسد.",
        [
            NASR,
            ("الخوين", "place", "Al-Khuwayn"),
            ("الحمدانية", "place", "Al-Hamdaniyah"),
            S_IDLIB,
            ("عطشان", "place", "Atshan"),
            ASAD,
        ],
        [],
        [
            (B, REBEL, "capture", None, ("Al-Khuwayn",), ("Jaysh al-Nasr",)),
            (B, REBEL, "capture", None, ("Al-Hamdaniyah",), ("Jaysh al-Nasr",)),
            (B, REBEL, "capture", None, ("Atshan",), ("Jaysh al-Nasr", "Syrian Arab Army")),
        ],
        id="rebel capture list; clashes as the manner give no event of their own",
    ),
    pytest.param(
        "سيطر جيش العزة على ريف حماة الشمالي",
        [IZZA, N_HAMA],
        [],
        [(B, REBEL, "capture", None, ("Northern Hama countryside",), ("Jaysh al-Izza",))],
        id="only a region named: one event with it",
    ),
    pytest.param(
        "لم تتمكن قوات النظام من السيطرة على قرية تل ملح.",
        [SAA, ("تل ملح", "place", "Tell Malah")],
        [],
        [],
        id="negated",
    ),
    pytest.param(
        "تحركت الفصائل لاستعادة قرية تل ملح من قوات النظام بهدف السيطرة على الطريق.",
        [SAA, ("تل ملح", "place", "Tell Malah")],
        [],
        [],
        id="purpose: ل on the verbal noun, بهدف",
    ),
    pytest.param(
        "تقع القرية تحت سيطرة قوات النظام منذ سنوات.",
        [SAA],
        [],
        [],
        id="under control is a state",
    ),
    pytest.param(
        "اندلعت اشتباكات عنيفة بين جيش العزة وقوات النظام في ريف حماة الشمالي.",
        [IZZA, SAA, N_HAMA],
        [],
        [
            (
                B,
                "Armed clash",
                "clash",
                None,
                ("Northern Hama countryside",),
                ("Jaysh al-Izza", "Syrian Arab Army"),
            )
        ],
        id="clash: both sides",
    ),
    pytest.param(
        "لا تزال المعارك مستمرة بين جيش العزة وقوات النظام في ريف حماة الشمالي.",
        [IZZA, SAA, N_HAMA],
        [],
        [
            (
                B,
                "Armed clash",
                "clash",
                None,
                ("Northern Hama countryside",),
                ("Jaysh al-Izza", "Syrian Arab Army"),
            ),
        ],
        id="'still' is no negation",
    ),
    pytest.param(
        "تعرضت بلدة كفرنبل لقصف مدفعي من قوات النظام.",
        [SAA, ("كفرنبل", "place", "Kafr Nabl")],
        [],
        [
            (
                E,
                "Shelling/artillery/missile attack",
                "shelling",
                None,
                ("Kafr Nabl",),
                ("Syrian Arab Army",),
            )
        ],
        id="subjected to shelling: this ل is no purpose",
    ),
    pytest.param(
        "تمكن جيش العزة من صد محاولة تقدم لقوات النظام على جبهة تل ملح.",
        [IZZA, SAA, ("تل ملح", "place", "Tell Malah")],
        [],
        [
            (
                B,
                "Armed clash",
                "repelled_advance",
                None,
                ("Tell Malah",),
                ("Jaysh al-Izza", "Syrian Arab Army"),
            )
        ],
        id="repelled advance",
    ),
    pytest.param(
        "وشنت قوات النظام قصفا مدفعيا على بلدة كفرنبل.",
        [SAA, ("كفرنبل", "place", "Kafr Nabl")],
        [],
        [
            (
                E,
                "Shelling/artillery/missile attack",
                "shelling",
                None,
                ("Kafr Nabl",),
                ("Syrian Arab Army",),
            )
        ],
        id="shelling, accusative form",
    ),
    pytest.param(
        "تزامنا مع قصف جوي ومدفعي لقوات النظام على مدينة اللطامنة.",
        [SAA, ("اللطامنة", "place", "Al-Lataminah")],
        [],
        [
            (E, "Air/drone strike", "airstrike", None, ("Al-Lataminah",), ("Syrian Arab Army",)),
            (
                E,
                "Shelling/artillery/missile attack",
                "shelling",
                None,
                ("Al-Lataminah",),
                ("Syrian Arab Army",),
            ),
        ],
        id="air and artillery bombardment: two events",
    ),
    pytest.param(
        "استهدف جيش العزة دبابة لقوات النظام بصاروخ مضاد للدروع على محور قرية الجبين.",
        [IZZA, SAA, ("الجبين", "place", "Al-Jubayn")],
        [],
        [
            (
                E,
                "Shelling/artillery/missile attack",
                "atgm_strike",
                None,
                ("Al-Jubayn",),
                ("Jaysh al-Izza",),
            )
        ],
        id="anti-tank missile with an attack verb",
    ),
    pytest.param(
        "يمتلك جيش العزة صواريخ مضادة للدروع من نوع تاو.",
        [IZZA],
        [],
        [],
        id="weapons without an attack are no event",
    ),
    pytest.param(
        "أعلن جيش النصر إصابة طائرة حربية لقوات النظام في ريف حماة الشمالي.",
        [NASR, SAA, N_HAMA],
        [],
        [
            (
                B,
                "Armed clash",
                "aircraft_hit",
                None,
                ("Northern Hama countryside",),
                ("Jaysh al-Nasr", "Syrian Arab Army"),
            )
        ],
        id="aircraft hit",
    ),
    pytest.param(
        "أعلنت فصائل جيش النصر وجيش العزة تشكيل غرفة عمليات رد الطغيان في ريف حماة الشمالي.",
        [NASR, IZZA, ("رد الطغيان", "actor", "Radd al-Tughyan"), N_HAMA],
        [],
        [
            (
                S,
                CHANGE,
                "formation",
                None,
                ("Northern Hama countryside",),
                ("Jaysh al-Izza", "Jaysh al-Nasr", "Radd al-Tughyan"),
            )
        ],
        id="formation of an operations room by several groups",
    ),
    pytest.param(
        "وأطلقت فصائل من جيش العزة اليوم معركة جديدة ضد قوات النظام في ريف حماة الشمالي.",
        [IZZA, SAA, N_HAMA],
        [("اليوم", "2019-06-20", "day")],
        [
            (
                S,
                CHANGE,
                "offensive_launch",
                "2019-06-20",
                ("Northern Hama countryside",),
                ("Jaysh al-Izza", "Syrian Arab Army"),
            )
        ],
        id="launch of a battle, the operation noun a few words after the verb",
    ),
    pytest.param(
        "وأن قوات الأسد بدأت بالانسحاب من البلدات التي تقدمت إليها.",
        [ASAD],
        [],
        [(S, CHANGE, "withdrawal", None, (), ("Syrian Arab Army",))],
        id="withdrawal; 'began' without an operation noun is no offensive",
    ),
    pytest.param(
        "ونفت هيئة تحرير الشام سيطرة قوات النظام على بلدة سراقب.",
        [("هيئة تحرير الشام", "actor", "Hayat Tahrir al-Sham"), SAA, ("سراقب", "place", "Saraqib")],
        [],
        [],
        id="denied; the trigger inside a group's name is no trigger",
    ),
    pytest.param(
        "وأسقطت الفصائل طائرة مروحية لقوات النظام قرب بلدة النيرب.",
        [SAA, ("النيرب", "place", "Al-Nayrab")],
        [],
        [(B, "Armed clash", "aircraft_downed", None, ("Al-Nayrab",), ("Syrian Arab Army",))],
        id="aircraft downed, verb and aircraft apart",
    ),
    pytest.param(
        "استعادت فصائل المعارضة قرية الحويز التي سيطرت عليها قوات النظام الشهر الماضي.",
        [
            ("فصائل المعارضة", "actor", "Syrian opposition forces"),
            ("الحويز", "place", "Al-Huwayz"),
            SAA,
        ],
        [],
        [
            (B, REBEL, "recapture", None, ("Al-Huwayz",), ("Syrian opposition forces",)),
            (B, GOV, "capture", None, ("Al-Huwayz",), ("Syrian Arab Army",)),
        ],
        id="a relative clause has its own subject",
    ),
    pytest.param(
        "وأشار ناشطون إلى غياب جيش العزة عن المشاركة في المعركة.",
        [IZZA],
        [],
        [],
        id="absence from the battle",
    ),
]


@pytest.mark.parametrize(("text", "mentions", "times", "expected"), ARABIC)
def test_arabic_events(
    text: str, mentions: list[MentionSpec], times: list[TimeSpec], expected: list[Row]
) -> None:
    assert events_of(text, mentions, times) == expected


ENGLISH = [
    pytest.param(
        "Kafr Zita and Al-Lataminah were captured by the Syrian Army in August 2019.",
        [("Kafr Zita", "place", "Kafr Zita"), ("Al-Lataminah", "place", "Al-Lataminah"), EN_SAA],
        [("August 2019", "2019-08", "month")],
        [
            (B, GOV, "capture", "2019-08", ("Kafr Zita",), ("Syrian Arab Army",)),
            (B, GOV, "capture", "2019-08", ("Al-Lataminah",), ("Syrian Arab Army",)),
        ],
        id="passive capture: agent after 'by', places before",
    ),
    pytest.param(
        "Regime forces retook the village of Tell Malah from Jaysh al-Izza.",
        [
            ("Regime forces", "actor", "Syrian Arab Army"),
            ("Tell Malah", "place", "Tell Malah"),
            EN_IZZA,
        ],
        [],
        [(B, GOV, "recapture", None, ("Tell Malah",), ("Syrian Arab Army", "Jaysh al-Izza"))],
        id="recapture by the government side",
    ),
    pytest.param(
        "Jaysh al-Izza said Russian jets struck its base after the start of recruitment by the "
        "latter.",
        [EN_IZZA, ("Russian", "actor", "Russian Air Force")],
        [],
        [
            (E, "Air/drone strike", "airstrike", None, (), ("Russian Air Force", "Jaysh al-Izza")),
            (S, CHANGE, "recruitment", None, (), ("Jaysh al-Izza",)),
        ],
        id="'by the latter' names the main group as the agent",
    ),
    pytest.param(
        "The group aims to capture Morek, but Jaysh al-Izza failed to take control of the town.",
        [EN_IZZA, ("Morek", "place", "Morek")],
        [],
        [],
        id="aims and failures are no events",
    ),
    pytest.param(
        "On 23 November 2019, Russian warplanes carried out airstrikes on Jaysh al-Izza's "
        "headquarters near Kafr Nabl.",
        [("Russian", "actor", "Russian Air Force"), EN_IZZA, ("Kafr Nabl", "place", "Kafr Nabl")],
        [("23 November 2019", "2019-11-23", "day")],
        [
            (
                E,
                "Air/drone strike",
                "airstrike",
                "2019-11-23",
                ("Kafr Nabl",),
                ("Russian Air Force", "Jaysh al-Izza"),
            )
        ],
        id="airstrike",
    ),
    pytest.param(
        "In September 2016, Jaysh al-Izza fighters used a TOW missile to blow up a helicopter.",
        [EN_IZZA],
        [("September 2016", "2016-09", "month")],
        [(B, "Armed clash", "aircraft_downed", "2016-09", (), ("Jaysh al-Izza",))],
        id="a target outranks the weapon",
    ),
    pytest.param(
        "Russian warplanes struck the town of Kafr Nabl.",
        [("Russian", "actor", "Russian Air Force"), ("Kafr Nabl", "place", "Kafr Nabl")],
        [],
        [(E, "Air/drone strike", "airstrike", None, ("Kafr Nabl",), ("Russian Air Force",))],
        id="warplanes as the attacker are not downed",
    ),
    pytest.param(
        "On 9 October 2019, 500 fighters from Jaysh al-Izza defected to the National Front for "
        "Liberation.",
        [EN_IZZA, ("National Front for Liberation", "actor", "National Front for Liberation")],
        [("9 October 2019", "2019-10-09", "day")],
        [
            (
                S,
                CHANGE,
                "defection",
                "2019-10-09",
                (),
                ("Jaysh al-Izza", "National Front for Liberation"),
            )
        ],
        id="defection",
    ),
    pytest.param(
        "Jaysh al-Izza was formed in 2013. On 11 August 2019, its commander retired as "
        "commander-in-chief of the group.",
        [EN_IZZA],
        [("2013", "2013", "year"), ("11 August 2019", "2019-08-11", "day")],
        [
            (S, CHANGE, "formation", "2013", (), ("Jaysh al-Izza",)),
            (S, CHANGE, "leadership_change", "2019-08-11", (), ("Jaysh al-Izza",)),
        ],
        id="formation; 'the group' stands for the main actor",
    ),
    pytest.param(
        "Jaysh al-Izza rejected the agreement. In September 2018, Russia and Turkey signed an "
        "agreement on Idlib.",
        [
            EN_IZZA,
            ("Russia", "actor", "Russia"),
            ("Turkey", "actor", "Turkey"),
            ("Idlib", "place", "Idlib"),
        ],
        [("September 2018", "2018-09", "month")],
        [(S, "Agreement", "agreement", "2018-09", ("Idlib",), ("Turkey", "Russia"))],
        id="an undated agreement noun is background; a signed one is an event",
    ),
    pytest.param(
        "The Syrian Army captured Morek on 3 May 2019. Jaysh al-Izza withdrew from Morek.",
        [EN_SAA, EN_IZZA, ("Morek", "place", "Morek")],
        [("3 May 2019", "2019-05-03", "day")],
        [
            (B, GOV, "capture", "2019-05-03", ("Morek",), ("Syrian Arab Army",)),
            (S, CHANGE, "withdrawal", "2019-05-03", ("Morek",), ("Jaysh al-Izza",)),
        ],
        id="date of the previous sentence of the paragraph",
    ),
    pytest.param(
        "The Syrian Army captured Morek in 2019.\n\nThe Syrian Army took control of Morek after "
        "heavy fighting.",
        [EN_SAA, ("Morek", "place", "Morek")],
        [("2019", "2019", "year")],
        [(B, GOV, "capture", "2019", ("Morek",), ("Syrian Arab Army",))],
        id="a repeat in the document is merged",
    ),
    pytest.param(
        'Jaysh al-Izza holds Kafr Nabl.\n  12. ^ "Rebels capture Morek". Reuters. 2014.',
        [EN_IZZA, ("Morek", "place", "Morek"), ("Kafr Nabl", "place", "Kafr Nabl")],
        [("2014", "2014", "year")],
        [],
        id="a reference list's titles are not this document's events",
    ),
    pytest.param(
        "Regime forces could launch an offensive on the town after the Syrian Army shelled "
        "Kafr Nabl.",
        [
            ("Regime forces", "actor", "Syrian Arab Army"),
            ("Kafr Nabl", "place", "Kafr Nabl"),
            EN_SAA,
        ],
        [],
        [
            (
                E,
                "Shelling/artillery/missile attack",
                "shelling",
                None,
                ("Kafr Nabl",),
                ("Syrian Arab Army",),
            )
        ],
        id="a possible offensive is no event",
    ),
    pytest.param(
        "Protesters gathered in Kafr Nabl. Gunmen kidnapped an activist in Kafr Nabl.",
        [("Kafr Nabl", "place", "Kafr Nabl")],
        [],
        [
            ("Protests", "Peaceful protest", "protest", None, ("Kafr Nabl",), ()),
            (V, "Abduction/forced disappearance", "abduction", None, ("Kafr Nabl",), ()),
        ],
        id="protest and abduction",
    ),
    pytest.param(
        "A commander of Liwa al-Quds defected to the 5th Corps on 3 March 2019.",
        [LIWA_QUDS, FIFTH_CORPS],
        [("3 March 2019", "2019-03-03", "day")],
        [(S, CHANGE, "defection", "2019-03-03", (), ("Liwa al-Quds", "5th Assault Corps"))],
        id="a defection between two government-side groups",
    ),
    pytest.param(
        "The 5th Corps was formed in late 2016. The 5th Corps formed a new unit.",
        [FIFTH_CORPS, FIFTH_CORPS],
        [("late 2016", "2016", "year")],
        [(S, CHANGE, "formation", "2016", (), ("5th Assault Corps",))],
        id="a government-side formation needs its date",
    ),
]


@pytest.mark.parametrize(("text", "mentions", "times", "expected"), ENGLISH)
def test_english_events(
    text: str, mentions: list[MentionSpec], times: list[TimeSpec], expected: list[Row]
) -> None:
    assert events_of(text, mentions, times) == expected


def test_evidence_and_reason() -> None:
    analysis = analysis_of("The Syrian Army captured Morek.", [EN_SAA, ("Morek", "place", "Morek")])
    (event,) = find_events(analysis, resources())
    assert analysis.text.original[event.evidence.span.start : event.evidence.span.end] == "captured"
    assert event.evidence.sentence == Span(0, len(analysis.text.original))
    assert "'captured'" in event.reason and "capture" in event.reason


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("captured\tBattles\tArmed clash\tcapture\tplace|weather", "unknown need 'weather'"),
        ("captured\tBattles\tArmed clash\t\t", "column 'kind' is empty"),
        ("by\tcue\tsubjunctive\t\t", "unknown cue class 'subjunctive'"),
    ],
)
def test_table_errors_name_the_line(tmp_path: Path, line: str, problem: str) -> None:
    table = tmp_path / "triggers.tsv"
    table.write_text("# comment\nphrase\tevent_type\tsub_event_type\tkind\tneeds\n" + line + "\n")
    with pytest.raises(DataFileError, match=rf"triggers.tsv:3: {problem}"):
        load_event_resources(ExtractConfig(triggers_table=str(table)), analyse)


def test_the_date_of_an_event_is_the_nearest_in_its_clause() -> None:
    text = "The Sham Legion captured Saraqib in 2016, then captured Atarib in 2018."
    rows = events_of(
        text,
        [
            ("Sham Legion", "actor", "Sham Legion"),
            ("Saraqib", "place", "Saraqib"),
            ("Atarib", "place", "Atarib"),
        ],
        [("2016", "2016", "year"), ("2018", "2018", "year")],
    )
    dates = {row[4]: row[3] for row in rows}
    assert dates == {("Saraqib",): "2016", ("Atarib",): "2018"}


@pytest.mark.parametrize(
    ("text", "mentions", "times", "kind"),
    [
        (
            "In March 2014 the Sham Legion, which had broken away in 2012, captured Saraqib.",
            [("Sham Legion", "actor", "Sham Legion"), ("Saraqib", "place", "Saraqib")],
            [("March 2014", "2014-03", "month"), ("2012", "2012", "year")],
            "capture",
        ),
        (
            "In March 2014 the Sham Legion, which had broken away on 3 March 2014, captured"
            " Saraqib.",
            [("Sham Legion", "actor", "Sham Legion"), ("Saraqib", "place", "Saraqib")],
            [("March 2014", "2014-03", "month"), ("3 March 2014", "2014-03-03", "day")],
            "capture",
        ),
        (
            "في آذار 2014 أعلن الرائد سامر خليل، المنشق عن الجيش عام 2012، تشكيل لواء الفجر في"
            " بلدة كفرنبودة.",
            [("لواء الفجر", "actor", "Liwa al-Fajr"), ("كفرنبودة", "place", "Kafr Nabudah")],
            [("آذار 2014", "2014-03", "month"), ("2012", "2012", "year")],
            "formation",
        ),
    ],
)
def test_a_date_in_an_aside_does_not_date_the_event_outside_it(
    text: str, mentions: list[MentionSpec], times: list[tuple[str, str, str]], kind: str
) -> None:
    """The defection the aside tells may keep its own date; the main verb's event
    takes the date of its clause."""
    rows = events_of(text, mentions, times)
    assert [(r[2], r[3]) for r in rows if r[2] != "defection"] == [(kind, "2014-03")]


def test_a_trigger_that_begins_on_the_last_word_of_a_name_follows_the_name() -> None:
    rows = events_of(
        "Russian warplanes carried out strikes on the villages of Maarzaf and Hish.",
        [
            ("Russian warplanes", "actor", "Russian Air Force"),
            ("Maarzaf", "place", "Maarzaf"),
            ("Hish", "place", "Hish"),
        ],
    )
    assert [(r[2], r[4], r[5]) for r in rows] == [
        ("airstrike", ("Maarzaf", "Hish"), ("Russian Air Force",))
    ]


def test_an_actor_in_an_aside_takes_no_part_in_the_event_of_its_clause() -> None:
    rows = events_of(
        "In 2013 Sami Haddad, who had left the Syrian Army a year before, founded the "
        "Dawn Brigade in Atarib.",
        [
            ("Syrian Army", "actor", "Syrian Arab Army"),
            ("Dawn Brigade", "actor", "Dawn Brigade"),
            ("Atarib", "place", "Atarib"),
        ],
        [("2013", "2013", "year")],
    )
    assert [(r[2], r[5]) for r in rows] == [("formation", ("Dawn Brigade",))]


BULLETIN = (
    "Daily toll\n\n"
    "The monitor recorded the following incidents on {day}.\n\n"
    "Idlib:\n"
    "- Government artillery shelled the town of Kafr Nabl.\n\n"
    "Aleppo:\n"
    "- Russian warplanes struck the village of Kafr Taal.\n"
)


@pytest.mark.parametrize(
    ("day", "published", "expected"),
    [
        ("Saturday, 13 March 2021", "2021-03-14", ("2021-03-13", "2021-03-13")),
        ("Saturday", "2021-03-14", ("2021-03-13", "2021-03-13")),
        # Without a report's day the first item keeps the year of the context.
        ("13 March 2021", "2021-04-30", ("2021", None)),
        ("13 March 2021", None, ("2021", None)),
    ],
    ids=["dated lead", "relative lead", "lead day weeks before publication", "undated report"],
)
def test_undated_items_take_the_day_their_reports_lead_names(
    day: str, published: str | None, expected: tuple[str | None, str | None]
) -> None:
    facts = marsad.read(BULLETIN.format(day=day), lang="en", published=published)
    kinds = {event.kind: event.date for event in facts.events}
    assert kinds == {"shelling": expected[0], "airstrike": expected[1]}


def test_an_undated_sentence_takes_the_main_date_of_the_one_before() -> None:
    """Not the date of the earlier sentence's aside."""
    facts = marsad.read(
        "في كانون الثاني 2013 أعلن الرائد سامر خليل، المنشق عن الجيش عام 2012، تشكيل لواء الفجر في"
        " بلدة كفرنبودة. وبعد أيام سيطر اللواء على قرية الهبيط.",
        published="2023-02-22",
    )
    assert [(e.kind, e.date) for e in facts.events] == [
        ("formation", "2013-01"),
        ("capture", "2013-01"),
    ]


def test_a_new_paragraph_of_a_news_report_is_not_dated_by_an_older_background_year() -> None:
    """The lead dates the report; "since 2019" before it is background, not the news."""
    facts = marsad.read(
        "إدلب – الأربعاء 9 آذار 2022\n\n"
        "أعلنت جبهة الصقور مساء أمس الثلاثاء تشكيل قيادة جديدة.\n\n"
        "وتلا البيان العقيد سامي حداد، الذي يقود الجبهة منذ عام 2019، وقد سمي قائداً عاماً.\n\n"
        "وفي المقابل، قصفت الطائرات الروسية قرية كفر تعال.",
        lang="ar",
        published="2022-03-09",
    )
    assert {e.kind: e.date for e in facts.events}.get("airstrike") == "2022-03-08"


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "تشكّل لواء الفجر عام 2014 من اندماج كتيبة الأنصار وكتيبة البدر.",
            [
                ("لواء الفجر", "actor", "Dawn Brigade"),
                ("كتيبة الأنصار", "actor", "Ansar Battalion"),
                ("كتيبة البدر", "actor", "Badr Battalion"),
            ],
        ),
        (
            "The Dawn Brigade was formed in 2014 from the merger of the Ansar Battalion "
            "and the Badr Battalion.",
            [
                ("Dawn Brigade", "actor", "Dawn Brigade"),
                ("Ansar Battalion", "actor", "Ansar Battalion"),
                ("Badr Battalion", "actor", "Badr Battalion"),
            ],
        ),
    ],
)
def test_a_formation_from_a_merger_is_one_founding(
    text: str, mentions: Sequence[MentionSpec]
) -> None:
    rows = events_of(text, mentions, [("2014", "2014", "year")])
    assert [(r[2], set(r[5])) for r in rows] == [
        ("formation", {"Dawn Brigade", "Ansar Battalion", "Badr Battalion"})
    ]


def test_a_definite_event_noun_after_with_points_back_to_one_told_already() -> None:
    told = events_of(
        "اندلعت اشتباكات عنيفة في بلدة الأتارب. وبالتزامن مع الاشتباكات، تعرضت بلدة "
        "كفرناها لقصف مدفعي.",
        [("الأتارب", "place", "Atarib"), ("كفرناها", "place", "Kafr Naha")],
    )
    assert [(r[2], r[4]) for r in told if "Kafr Naha" in r[4]] == [("shelling", ("Kafr Naha",))]
    # told for the first time, the definite noun is a new event
    first = events_of(
        "في ظل القصف المدفعي على بلدة كفرنبل، نزح آلاف المدنيين.",
        [("كفرنبل", "place", "Kafr Nabl")],
    )
    assert "shelling" in [r[2] for r in first]
    new = events_of(
        "انسحبت قوات النظام من البلدة تزامناً مع قصف جوي على بلدة كفرناها.",
        [("قوات النظام", "actor", "Syrian Arab Army"), ("كفرناها", "place", "Kafr Naha")],
    )
    assert "airstrike" in [r[2] for r in new]


def test_a_merger_at_another_date_is_no_part_of_the_founding() -> None:
    rows = events_of(
        "Formed in 2014, the Dawn Brigade merged into the Sham Legion in 2016.",
        [("Dawn Brigade", "actor", "Dawn Brigade"), ("Sham Legion", "actor", "Sham Legion")],
        [("2014", "2014", "year"), ("2016", "2016", "year")],
    )
    assert sorted((r[2], r[3]) for r in rows) == [("formation", "2014"), ("merger", "2016")]


def test_the_places_the_fire_came_from_are_not_the_places_hit() -> None:
    rows = events_of(
        "تعرضت بلدتا كفرناها وخان العسل لقصف مدفعي مصدره مواقع قوات النظام في حي الحمدانية.",
        [
            ("كفرناها", "place", "Kafr Naha"),
            ("خان العسل", "place", "Khan al-Asal"),
            ("قوات النظام", "actor", "Syrian Arab Army"),
            ("الحمدانية", "place", "Hamdaniyah"),
        ],
    )
    assert [(r[2], set(r[4])) for r in rows] == [("shelling", {"Kafr Naha", "Khan al-Asal"})]


def test_an_event_told_with_an_earlier_one_takes_its_date() -> None:
    facts = marsad.read(
        "إدلب – الأربعاء 9 آذار 2022\n\n"
        "وكانت اشتباكات عنيفة قد اندلعت في 20 شباط 2022 بين جبهة الصقور وقوات النظام في "
        "بلدة الأتارب.\n\n"
        "وبالتزامن مع الاشتباكات، قصفت قوات النظام بلدة كفرناها.",
        lang="ar",
        published="2022-03-09",
    )
    assert {e.kind: e.date for e in facts.events}.get("shelling") == "2022-02-20"


def test_an_interview_answer_takes_the_time_its_question_names() -> None:
    """Only its own answer: the next answer, under an undated question, does not."""
    facts = marsad.read(
        "Talking to a commander of the Jabal Brigade\n\n"
        "What happened near Kafr Nabl in March 2019?\n\n"
        "The regime forces shelled the town for three days.\n\n"
        "And the market in Maarat al-Numan?\n\n"
        "Russian warplanes bombed the market.\n",
        lang="en",
        published="2020-06-01",
    )
    dates = {e.kind: e.date for e in facts.events}
    assert dates["shelling"] == "2019-03"
    assert dates["airstrike"] != "2019-03"


def test_a_question_naming_two_times_dates_no_answer() -> None:
    facts = marsad.read(
        "Talking to a commander of the Jabal Brigade\n\n"
        "Did the shelling of Kafr Nabl last week break the truce signed in March 2020?\n\n"
        "The regime forces shelled the town for three days.\n\n"
        "What do you want?\n\n"
        "Peace.\n",
        lang="en",
        published="2021-05-01",
    )
    dates = [e.date for e in facts.events if e.kind == "shelling"]
    assert dates and "2020-03" not in dates


def test_the_agent_of_a_later_attack_is_not_on_the_other_side_of_the_first() -> None:
    facts = marsad.read(
        "Syrian government forces captured the town of Kafr Nabl on Tuesday after a night "
        "of heavy Russian air strikes, pushing rebels back.",
        lang="en",
        published="2021-06-20",
    )
    names = {e.id: e.canonical for e in facts.entities}
    capture = next(e for e in facts.events if e.kind == "capture")
    assert "Russia" not in {names[a] for a in capture.actors}
    assert not [r for r in facts.relations if r.type == "opposed_to"]


@pytest.mark.parametrize(
    "text",
    [
        "Fighting raged around the village of Hazarin until government forces retook it on "
        "Tuesday.",
        "اشتدت المعارك في محيط قرية حزارين ثم استعادتها قوات النظام يوم الثلاثاء.",
    ],
)
def test_a_trigger_whose_object_is_a_pronoun_takes_the_place_before_it(text: str) -> None:
    facts = marsad.read(text, published="2020-11-18")
    names = {e.id: e.canonical for e in facts.entities}
    retaken = [e for e in facts.events if e.kind == "recapture"]
    assert retaken and {names[p] for p in retaken[0].places} == {
        next(e.canonical for e in facts.entities if e.type == "place")
    }


def test_a_headline_telling_the_bodys_event_again_is_one_event() -> None:
    """The headline's event, dated only by the report's day, is the body's dated one."""
    facts = marsad.read(
        "IS ambush on NDF convoy near Kabajib kills 9\n\n"
        "8 November 2021 | Desk\n\n"
        "Islamic State fighters ambushed a convoy of the National Defence Forces near "
        "Kabajib late on Saturday, killing nine men, a local monitor said.\n\n"
        "The group claimed the attack on Sunday through its news agency.\n",
        lang="en",
        published="2021-11-08",
    )
    assert [(e.kind, e.date) for e in facts.events if e.kind == "ambush"] == [
        ("ambush", "2021-11-06")
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Fighters of the Eighth Brigade deployed on Wednesday in Tafas, a day after gunmen "
            "ambushed a bus near Kahil.",
            "2020-06-30",
        ),
        (
            "انتشرت قوات النظام يوم الأربعاء في طفس، بعد يوم من كمين استهدف حافلة قرب كحيل.",
            "2020-06-30",
        ),
    ],
)
def test_a_day_after_a_written_day_is_the_day_before_it(text: str, day: str) -> None:
    facts = marsad.read(text, published="2020-07-02")
    assert [e.date for e in facts.events if e.kind == "ambush"] == [day]


def test_a_later_ground_attacks_agent_stays_on_the_other_side() -> None:
    facts = marsad.read(
        "The SDF retook the village of Baghouz after IS attacked it on Monday.",
        lang="en",
        published="2021-05-01",
    )
    names = {e.id: e.canonical for e in facts.entities}
    retaken = next(e for e in facts.events if e.kind == "recapture")
    assert "Islamic State" in {names[a] for a in retaken.actors}


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        # a comma closing "a day after …" leaves the main clause on the day written
        (
            "On Wednesday, a day after the Astana talks ended, HTS shelled Jurin.",
            "shelling",
            "2021-04-28",
        ),
        ("يوم الجمعة، غداة إعلان الهدنة، قصفت قوات النظام بلدة كفرنبل.", "shelling", "2021-04-30"),
        # "the heaviest since March" compares; it does not date the shelling
        ("قصفت قوات النظام كفرنبل، في أعنف قصف تتعرض له البلدة منذ آذار.", "shelling", None),
    ],
)
def test_dates_that_do_not_move_the_main_event(text: str, kind: str, day: str | None) -> None:
    facts = marsad.read(text, published="2021-05-01")
    assert [e.date for e in facts.events if e.kind == kind] == [day]


def test_an_older_dated_telling_is_another_event_than_todays() -> None:
    facts = marsad.read(
        "قصفت قوات النظام بلدة كفرنبل بالمدفعية الثقيلة اليوم السبت.\n\n"
        "وكانت قوات النظام قد قصفت كفرنبل في 3 نيسان الماضي.\n",
        lang="ar",
        published="2021-05-01",
    )
    assert sorted(e.date or "" for e in facts.events if e.kind == "shelling") == [
        "2021-04-03",
        "2021-05-01",
    ]
