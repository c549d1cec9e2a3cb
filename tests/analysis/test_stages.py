"""Per-stage cases written for Claimtrack: time, quantities and time sensitivity."""
import datetime as dt

import pytest

from claims.analysis import Document, analyze
from claims.analysis.attribution import attribute
from claims.analysis.quantities import find_quantities
from claims.analysis.temporal import Narrative, find_times
from claims.analysis.words import grams

from .stage_helpers import CONFIG, analyzed, only_claim


def times(text, published=dt.date(2026, 3, 14), precision="day", narrative_year=None):
    n = Narrative(published, precision, year=narrative_year)
    return [(t.text, t.value) for t in find_times(text, 0, n, grams(text))]


@pytest.mark.parametrize("text,expected", [
    ("The plant closed on 4 May 2019.", [("4 May 2019", "2019-05-04")]),
    ("It reopened on June 2, 2021, after repairs.", [("June 2, 2021", "2021-06-02")]),
    ("The law passed in January of 2023.", [("January of 2023", "2023-01")]),
    ("Prices rose last year.", [("last year", "2025")]),
    ("The strike began on Tuesday.", [("on Tuesday", "2026-03-10")]),
    ("The site will stay closed for five years.", [("for five years", "P5Y")]),
    ("The upgrade is to be paid for over three years.", [("over three years", "P3Y")]),
    ("Rents doubled in the space of two years.", [("in the space of two years", "P2Y")]),
    # a span qualified as counted without a break, or as a rough or average measure
    ("It has been dry for 40 consecutive months.", [("for 40 consecutive months", "P40M")]),
    ("Each day of stoppage took roughly five days to clear.", [("took roughly five days", "P5D")]),
    ("Containers were delayed by an average of nine days.", [("by an average of nine days", "P9D")]),
    # a most, a least or a total
    ("The NHS offers the drug for a maximum of two years.", [("for a maximum of two years", "P2Y")]),
    # a notice period
    ("A withdrawal requires notice six months in advance.", [("six months in advance", "P6M")]),
    ("Tenants must give 28 days' notice.", [("28 days' notice", "P28D")]),
    # a window of "a year" to act in
    ("After that, the force will have a year to withdraw its troops.", [("a year", "P1Y")]),
    ("Pupils over seven years old walk to school.", []),
    ("The dam must release 180 cubic metres a second during the summer months.", []),
    ("The pool will close during the summer.", [("during the summer", "2026")]),
    # the summer months are the coming summer's in a forecast, every summer's in a rule
    ("We expect detentions to rise in the summer months.", [("in the summer months", "2026")]),
    ("Sudria will raise the dispute at the river commission's December session.", [("commission's December", "2026-12")]),
    # a plan in the present is for the coming month; one told in the past names the month it was for
    ("A further round is planned for January.", [("for January", "2027-01")]),
    ("The round was planned for January.", [("for January", "2026-01")]),
    # advice the writer gives now is for what is ahead; a deed beside it was done
    ("We recommend moving a third of January's orders to other ports.", [("January's", "2027-01")]),
    ("We recommend, as we did in January, that the pool close.", [("in January", "2026-01")]),
    ("Emissions must halve by 2030.", [("by 2030", "2030")]),
    ("Talks may last over the next decade.", [("over the next decade", "P10Y")]),
    ("The town grew by 9% over the past decade.", [("over the past decade", "P10Y")]),
    # the twelve months to or from the writing, not the calendar year before or after it
    ("Prices rose 4% in the past year.", [("in the past year", "P1Y")]),
    ("Another 450 examiners will be recruited over the next year.", [("over the next year", "P1Y")]),
    ("The pass rate has stayed at about 48% for the past five years.", [("for the past five years", "P5Y")]),
    ("It was the first such fine since 1998.", [("since 1998", "1998")]),
    ("The 12-day strike ended.", [("12-day", "P12D")]),
    # relative to publication (a Saturday in ISO week 11): calendar weeks and months, "ago"
    ("The figures were published last week.", [("last week", "2026-W10")]),
    ("Rivers were high after 70 mm fell last weekend.", [("last weekend", "2026-W10")]),
    ("Staff rescheduled 54,000 appointments during last week's walkout.", [("last week's", "2026-W10")]),
    ("Talks resume next week and end next month.", [("next week", "2026-W12"), ("next month", "2026-04")]),
    ("The pier closed two weeks ago.", [("two weeks ago", "2026-W09")]),
    ("It opened three years ago, 18 months ago it shut, and 10 days ago it reopened.",
     [("three years ago", "2023"), ("18 months ago", "2024-09"), ("10 days ago", "2026-03-04")]),
    # both ends of a span of months, and a horizon with "at least"
    ("Sales fell between January and March.", [("between January", "2026-01"), ("March", "2026-03")]),
    # the end of a span runs on from its start, also where the start is ahead of the writing and the end alone
    # would be read as past; or into the next year
    ("The reservoir releases water between April and September.", [("between April", "2026-04"), ("September", "2026-09")]),
    ("Ferries run from November to February.", [("from November", "2025-11"), ("February", "2026-02")]),
    # a day in figures, day first with a stop or a slash, month first only where the day could not be a month
    ("Registrations closed on 03.03.2025.", [("03.03.2025", "2025-03-03")]),
    ("The convoy reached Gori on 12/03/2025.", [("12/03/2025", "2025-03-12")]),
    ("The form was filed on 03/14/2025.", [("03/14/2025", "2025-03-14")]),
    # a notice period in the possessive singular, as in the plural
    ("Tenants must give a month's notice.", [("a month's notice", "P1M")]),
    # told in the past, a range whose end has not come by the writing is the last one over
    ("Pollution exceeded the limit on 64 days between November and April.", [("between November", "2024-11"), ("April", "2025-04")]),
    # a sentence that names its year lends it to its bare months and days
    ("Exports rose from May to August last year.", [("from May", "2025-05"), ("August", "2025-08"), ("last year", "2025")]),
    # … but a year named after a comparison dates only what is compared
    ("Patients waited 16 days in July, up from 11 days in July 2024.", [("in July", "2025-07"), ("July 2024", "2024-07")]),
    ("Delays cost 1,240 crew hours in October, against 610 in October 2024.", [("in October", "2025-10"), ("October 2024", "2024-10")]),
    # … but a comparison's "last year" dates only what is compared, also after "up 9% on"
    ("Journeys rose in February, up 9% on February last year.", [("in February", "2026-02"), ("February last year", "2025-02")]),
    ("Sales fell in January, down 3 per cent on the same month last year.", [("in January", "2026-01"), ("last year", "2025")]),
    ("On 1 March, 212 were waiting, compared with 167 on the same date last year.",
     [("1 March", "2026-03-01"), ("last year", "2025")]),
    ("How many waited on 2 March, and how does that compare with the same date last year?",
     [("2 March", "2026-03-02"), ("last year", "2025")]),
    # a year counted from the one the sentence names before it; with none, "the next year" is the coming one
    ("She retired in 2005 and was appointed MBE the following year.", [("in 2005", "2005"), ("the following year", "2006")]),
    ("The next year will be hard.", [("next year", "2027")]),
    # "the year before" the year just named, in figures or as "last year"; before an event it is not read
    ("Spills fell to 23 last year, from 58 the year before.", [("last year", "2025"), ("the year before", "2024")]),
    ("Sales rose to 40 in 2019 and to 52 the year after.", [("in 2019", "2019"), ("the year after", "2020")]),
    ("Turnout was lower the year before the election.", []),
    # a year in a reported clause dates that clause, not the telling before its "that"
    ("The operator told councillors in February that it carried 410,000 passengers last year.",
     [("in February", "2026-02"), ("last year", "2025")]),
    ("Fares rose from May to August last year.", [("from May", "2025-05"), ("August", "2025-08"), ("last year", "2025")]),
    # early, mid- and late in a month
    ("It has raised £8,000 since mid-February.", [("since mid-February", "2026-02")]),
    ("Prices rose in mid-January and again by late February.", [("in mid-January", "2026-01"), ("by late February", "2026-02")]),
    # since the start or turn of the year: the story's year
    ("It was the third burst since the turn of the year.", [("since the turn of the year", "2026")]),
    ("Sales have risen since the start of the year.", [("since the start of the year", "2026")]),
    # … but a month in a clause of its own keeps its own year
    ("The tender closes in September, with work starting early next year.", [("in September", "2026-09"), ("next year", "2027")]),
    ("The tender closed in January, and the works start next year.", [("in January", "2026-01"), ("next year", "2027")]),
    # what must be done by a day is due ahead of the writing; what must have happened is past
    ("The council must publish the report by 30 June.", [("30 June", "2026-06-30")]),
    ("It must have closed on 30 June.", [("30 June", "2025-06-30")]),
    # counted from a month the sentence names before it
    ("There were 1,870 in September, up from 1,512 a year earlier.", [("in September", "2025-09"), ("a year earlier", "2024")]),
    ("It opened in 1998; a year later it closed, and in 2003, a year later than planned, it reopened.",
     [("in 1998", "1998"), ("a year later", "1999"), ("in 2003", "2003"), ("a year later", "2004")]),
    # days counted from the day the sentence names before them; with none, or against a plan, no day
    ("He was struck on 4 March 2025 and died three days later.", [("4 March 2025", "2025-03-04"), ("three days later", "2025-03-07")]),
    ("She was discharged on 2 May 2025 and readmitted the next day.", [("2 May 2025", "2025-05-02"), ("the next day", "2025-05-03")]),
    ("The board met on 9 June 2024; a week earlier, officers had said it was ready.",
     [("9 June 2024", "2024-06-09"), ("a week earlier", "2024-06-02")]),
    ("The report came out two days later than planned, on 9 June 2024.", [("9 June 2024", "2024-06-09")]),
    ("The pool reopened three days later.", []),
    ("I'll be asking at Thursday's meeting why.", [("Thursday's", "2026-03-19")]),
    # advice looks ahead; a regret ("should have") looks back
    ("The board should approve the works before the summer season.", [("before the summer", "2026")]),
    ("The council should reject the deal when it votes on October 21.", [("October 21", "2026-10-21")]),
    ("Payments should have arrived in March.", [("in March", "2026-03")]),
    ("Talks began on 3 May 2019 and ended on June 4.", [("3 May 2019", "2019-05-03"), ("June 4", "2019-06-04")]),
    # a horizon's year dates nothing before it
    ("In October, 68% were seen within four hours, against a target of 78% by March 2027.",
     [("In October", "2025-10"), ("within four hours", "PT4H"), ("March 2027", "2027-03")]),
    ("The ban will last until at least June.", [("until at least June", "2026-06")]),
    ("The final two nights will be in the first week of January.", [("the first week of January", "2027-01")]),
    ("Smith and June Carter spoke.", []),
    # a weekday that starts or ends something in a sentence that looks ahead is the coming one
    ("From Monday, fares will rise by 5%.", [("From Monday", "2026-03-16")]),
    # an expectation told in the progressive looks ahead too
    ("“We’re expecting the busiest roads we’ve ever seen on Wednesday,” said Aixa Diaz.", [("on Wednesday", "2026-03-18")]),
    ("The line will not open before late 2027.", [("before late 2027", "2027")]),
    # quarters, and the month a year-on-year figure runs to
    # the first day of a span of days
    ("Next year's fair is scheduled for Aug. 6–15, 2027.", [("Next year's", "2027"), ("Aug. 6–15, 2027", "2027-08-06")]),
    ("The festival runs 6-15 August 2027.", [("6-15 August 2027", "2027-08-06")]),
    ("Revenue rose 4% in Q3 2024 and in the second quarter of 2025.",
     [("Q3 2024", "2024-Q3"), ("second quarter of 2025", "2025-Q2")]),
    ("Rents rose 11.4% in the year to September.", [("year to September", "2025-09")]),
    ("She gave the keys to June.", []),
    # a feast on a fixed day, ahead or behind as the sentence looks; "Christmas markets" is no date
    ("If we keep defending, we will be in the top three by Christmas.", [("by Christmas", "2026-12-25")]),
    ("Shops were busy over Christmas, and sales rose over Christmas 2024.",
     [("over Christmas", "2025-12-25"), ("over Christmas 2024", "2024-12-25")]),
    ("Christmas markets drew crowds.", []),
    ("The ban starts on New Year's Day.", [("on New Year's Day", "2027-01-01")]),
    # a schedule told in the present looks ahead; beside a past it does not ("housing starts" are homes)
    ("The ban starts on January 1.", [("January 1", "2027-01-01")]),
    ("Town travel to Dunmore on Saturday.", [("on Saturday", "2026-03-21")]),
    ("Housing starts fell 8.4% in April.", [("in April", "2025-04")]),
    ("The heaviest rain is likely on Saturday afternoon.", [("on Saturday", "2026-03-21")]),
    # a capitalised lead word counts; "down from" compares and does not look ahead (published in March)
    ("From April, bills will rise by 6%.", [("From April", "2026-04")]),
    ("Prices rose 2.9% in the year to January, down from 3.4% in December.",
     [("year to January", "2026-01"), ("in December", "2025-12")]),
    ("By Friday, the fire had spread to the docks.", [("By Friday", "2026-03-13")]),
    # a participle of something done just before the weekday keeps it in the past
    ("Flights would double under plans published on Tuesday.", [("on Tuesday", "2026-03-10")]),
    ("The pier will be reopened on Tuesday.", [("on Tuesday", "2026-03-17")]),
    ("Arrears stood at 3,450 at the end of February.", [("at the end of February", "2026-02")]),
    # a season to its year: ISO dates name no seasons
    ("The depth fell to 7.8 metres last autumn.", [("last autumn", "2025")]),
    ("It hopes to fill the posts by next summer.", [("next summer", "2027")]),
    # (a winter named as next while one is ending, or a season named as last once it is over, is this year's)
    ("It wants the repairs done before next winter.", [("next winter", "2026")]),
    ("The river ran dry last summer.", [("last summer", "2025")]),
    # a weekday naming a kind of thing is no date
    ("Most Saturday appointments are for repeat prescriptions.", []),
    ("The Saturday closures began on Saturday.", [("on Saturday", "2026-03-14")]),
    # a month naming an event of the story's year: "the January floods"
    ("The sample over-represents clean-up after the January floods.", [("the January", "2026-01")]),
    # a duration after the verb that spends it; a year of the nineteenth century
    ("Repairs will take about eight months.", [("take about eight months", "P8M")]),
    ("The bridge was built in 1887 and widened in 1962.", [("in 1887", "1887"), ("in 1962", "1962")]),
    ("The shipyard has reported delays of at least nine months.", [("of at least nine months", "P9M")]),
    ("The Board will consider three options at its March meeting.", [("its March", "2026-03")]),
    # a deadline on a weekday lies ahead; "since January" in the present perfect is the latest January
    ("Residents have been told to leave their flats by Friday.", [("by Friday", "2026-03-20")]),
    ("Two practices have closed their lists since January.", [("since January", "2026-01")]),
    # spans in hours and minutes are durations too
    ("Crews answered 71% of calls within 15 minutes.", [("within 15 minutes", "PT15M")]),
    ("Rain is expected over the next 48 hours.", [("over the next 48 hours", "PT48H")]),
    # a month after "next" or "last" is the first after or the latest before the writing (14 March)
    ("Births will move to Kenton from next January.", [("next January", "2027-01")]),
    ("Prices fell last June.", [("last June", "2025-06")]),
    # "the summer": the one ahead in a sentence that looks ahead, the one behind in one that does not
    ("A final decision is expected in the summer.", [("in the summer", "2026")]),
    ("The pier was repaired in the summer.", [("in the summer", "2025")]),
    ("The pier was repaired in the summer of 2019.", [("2019", "2019")]),
    # a month after a participle and its agent is done, though the sentence looks ahead
    ("Bills will rise until 2030, under a settlement approved by the regulator in December.",
     [("until 2030", "2030"), ("in December", "2025-12")]),
    # a weekday a hope or a forecast looks to is the coming one (14 March 2026 is a Saturday)
    ("Engineers had restored 40,000 customers and hoped to reconnect the rest by Monday.", [("by Monday", "2026-03-16")]),
    ("More rain is forecast for Monday.", [("Monday", "2026-03-16")]),
    # an irregular past with its particle before a month keeps it behind, though the sentence looks ahead
    ("Spending will grow by 1.2%, down from the 1.3% she set out in October.", [("in October", "2025-10")]),
    # a comma and a figure after a month are no day of it; "expect" looks ahead
    ("In February, 68% of patients were seen, up from 61% in January.", [("In February", "2026-02"), ("in January", "2026-01")]),
    ("We expect to meet the standard by the summer.", [("by the summer", "2026")]),
])
def test_time_expressions_are_normalized(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("That question will shape the next decade.", [("the next decade", "P10Y")]),
    ("The plan will define the coming two decades.", [("the coming two decades", "P20Y")]),
    # the next decade of something is no span ahead
    ("The next decade of growth matters.", []),
])
def test_the_span_ahead_as_a_verb_s_object_is_a_horizon(text, expected):
    assert times(text) == expected


def test_a_day_a_deed_was_done_on_stays_in_the_past_in_a_sentence_that_looks_ahead():
    assert times("The deal signed on 8 February is unlikely to take effect before 2028.", published=dt.date(2026, 3, 14)) == [
        ("8 February", "2026-02-08"), ("before 2028", "2028")]


def test_a_span_word_that_opens_a_compound_is_no_span():
    assert times("Two officers died in a day-long siege of the depot.") == []
    assert times("The strike lasted a week.") == [("lasted a week", "P1W")]


def test_a_bare_date_takes_its_year_from_the_story():
    assert times("The ceasefire broke down on March 3.", narrative_year=2019) == [("March 3", "2019-03-03")]
    # … unless the sentence looks ahead of the writing: what someone expects to happen
    assert times("Pollsters expect the gap to narrow before the budget on 26 November.", narrative_year=2024) == [
        ("26 November", "2026-11-26")]
    # … or asks someone to act by a day
    for year in (2025, 2026):
        assert times("The Cabinet Member is asked to approve the routes before 1 November.", published=dt.date(2026, 10, 14),
                     narrative_year=year) == [("1 November", "2026-11-01")]
    # … or names a target or a deadline for a day, in a sentence told in the past
    assert times("Reservoirs were 81% full on 30 September, above the 75% target set for 1 November.",
                 published=dt.date(2026, 10, 2)) == [("30 September", "2026-09-30"), ("1 November", "2026-11-01")]
    assert times("Councils missed the deadline of 15 January for their plans.", published=dt.date(2026, 2, 2)) == [
        ("15 January", "2026-01-15")]


def test_a_day_of_the_writing_week_brings_the_story_back_to_its_present():
    # after a paragraph on 2024, a weekday or "yesterday" is told from the writing's week: the bare
    # months beside it and after it are this year's
    for day in ("on Friday", "yesterday"):
        claims = analyzed("The mission was deployed in March 2024 after the fighting. "
                          f"The assembly rejected it {day}, saying the shelling went on in October. "
                          "Officials said no shelling was recorded in October.", published=dt.date(2026, 11, 20))
        assert [t.value for c in list(claims.values())[1:] for t in c.times if t.text == "in October"] == ["2026-10", "2026-10"]
    # with no day of the week, the story stays in 2024
    claims = analyzed("The mission was deployed in March 2024. Shelling went on in October.", published=dt.date(2026, 11, 20))
    assert [t.value for t in list(claims.values())[1].times] == ["2024-10"]


def test_a_diary_s_day_with_its_month_cut_short_dates_the_entry_under_it():
    md = ("# The Brussels Week\n\n*Monday 23 November 2026*\n\n## Diary\n\n"
          "- **24 Nov** – Foreign ministers meet in Brussels.\n- **26–27 Nov** – The European Council meets.\n"
          "- **1 Dec** – Estonia takes over the rotating chair.\n")
    claims = analyze(Document(md, "markdown"), config=CONFIG).claims
    assert [[t.value for t in c.times] for c in claims] == [["2026-11-24"], ["2026-11-27"], ["2026-12-01"]]
    # a page's own date line with its month cut short dates nothing under it
    md = "# Budget\n\n## Sept. 20, 2026\n\nAbout 1,200 jobs had been promised.\n"
    assert [c.times for c in analyze(Document(md, "markdown"), config=CONFIG).claims] == [()]


def test_a_bare_date_later_than_publication_in_a_past_tense_sentence_is_last_year():
    assert times("The bridge was shut on October 21.") == [("October 21", "2025-10-21")]
    # told in the present, a day a few weeks off is the coming one; one far off is still last year's
    assert times("This page summarises the review for the committee on 24 March.") == [("24 March", "2026-03-24")]
    assert times("This page summarises the review for the committee on 24 October.") == [("24 October", "2025-10-24")]


def test_a_weekday_called_or_planned_for_is_the_coming_one_unless_it_went_ahead_and_the_weekend_is_the_nearest():
    # 14 March 2026 is a Saturday
    assert times("Opposition parties have called another march for Sunday evening.") == [("Sunday", "2026-03-15")]
    assert times("The strike set for Monday went ahead.") == [("Monday", "2026-03-09")]

    # the weekend nearest the writing: the one just gone, or the coming one looked ahead to (14 March 2026, a
    # Saturday, is in ISO week 11; the Saturday before, week 10)
    assert times("Tens of thousands rallied over the weekend.", published=dt.date(2026, 3, 12)) == [("over the weekend", "2026-W10")]
    assert times("More rallies are expected over the weekend.", published=dt.date(2026, 3, 12)) == [("over the weekend", "2026-W11")]


def test_a_weekday_after_a_word_that_looks_ahead_is_the_coming_one():
    # 14 March 2026 is a Saturday
    assert times("Inspectors are expected to visit the depot on Thursday.") == [("on Thursday", "2026-03-19")]
    assert times("The council said on Monday that the board will meet on Friday.") == [
        ("on Monday", "2026-03-09"), ("on Friday", "2026-03-20")]
    assert times("Officials from the port said on Tuesday that it was closed.") == [("on Tuesday", "2026-03-10")]
    assert times("The road will stay shut until May, the council said on Friday.") == [
        ("until May", "2026-05"), ("on Friday", "2026-03-13")]


def test_the_month_a_plan_was_told_in_is_past_and_a_thing_named_by_its_date_leaves_the_story_in_the_present():
    claims = analyzed("So far, the army has deployed 6,000 soldiers under the ceasefire of November 2024. "
                      "It plans to recruit another 4,500 by the end of the year, the army command said in July.",
                      published=dt.date(2025, 9, 2))
    assert [(t.text, t.value) for t in list(claims.values())[1].times] == [("by the end of the year", "2025"), ("in July", "2025-07")]
    # a time of day of a date does move the story
    claims = analyzed("On the evening of 11 May 2024 the bridge closed. Repairs began in June.", published=dt.date(2025, 9, 2))
    assert [t.value for t in list(claims.values())[1].times] == ["2024-06"]


def test_years_ago_today_a_month_following_and_a_season_of_a_year_date_the_story():
    claims = analyzed("Four years ago today, the leaders signed a statement. On 12 December 2022, activists blocked the road. "
                      "Azerbaijan set up a checkpoint the following April. By the summer of 2023, food was running out. "
                      "The Red Cross said in July that it could not bring aid.", published=dt.date(2024, 11, 10))
    assert [[(t.text, t.value) for t in c.times] for c in claims.values()] == [
        [("Four years ago today", "2020-11-10")], [("12 December 2022", "2022-12-12")], [("the following April", "2023-04")],
        [("2023", "2023")], [("in July", "2023-07")]]
    # with no month to follow, "the following April" is not dated
    assert only_claim("The checkpoint opened the following April.", published=dt.date(2024, 11, 10)).times == ()


def test_that_year_is_the_last_year_the_text_named_even_one_that_left_the_story_in_its_present():
    claims = analyzed("Troops have held positions near the road since 2021. In that year, forces took control of a "
                      "stretch of it. Schools reported that year's results late.", published=dt.date(2024, 9, 30))
    assert [[(t.text, t.value) for t in c.times] for c in list(claims.values())[1:]] == [[("In that year", "2021")], []]


def test_the_end_of_the_month_is_the_story_s_month_told_of_the_past_and_the_writing_s_ahead():
    claims = analyzed("The offensive began on 19 September 2023. By the end of the month, 100,000 people had left. "
                      "The report will be published by the end of the month.", published=dt.date(2024, 10, 1))
    assert [[t.value for t in c.times] for c in list(claims.values())[1:]] == [["2023-09"], ["2024-10"]]


def test_a_year_told_in_the_past_lends_itself_up_to_where_the_sentence_starts_to_look_ahead():
    claims = analyzed("The offensive began on 19 September 2023. The withdrawal began in April 2024 and was completed in June, "
                      "eighteen months before the mandate was due to expire.", published=dt.date(2024, 10, 1))
    assert [t.value for t in list(claims.values())[1].times] == ["2024-04", "2024-06"]


def test_days_counted_with_no_day_before_them_in_the_sentence_count_from_the_last_day_the_story_named():
    claims = analyzed("On 2 December the ministry added 140 firms to its list. "
                      "Beijing said the next day that it would ban gallium exports. "
                      "Two days later, shipping firms said cargoes were stuck.", published=dt.date(2024, 12, 9))
    assert [[(t.text, t.value) for t in c.times] for c in list(claims.values())[1:]] == [
        [("the next day", "2024-12-03")], [("Two days later", "2024-12-05")]]
    # "the day before" and "the day after", closing their clause, count from the story's day too (not "the day
    # before the vote", counted from an event)
    claims = analyzed("The deal was signed on 3 March. The day before, the plant had cut its output.", published=dt.date(2025, 3, 20))
    assert [t.value for t in list(claims.values())[1].times] == ["2025-03-02"]
    claim = only_claim("The deal was signed on 3 March and ratified the day after.", published=dt.date(2025, 3, 20))
    assert [t.value for t in claim.times] == ["2025-03-03", "2025-03-04"]
    assert only_claim("Protests began the day before the vote.", published=dt.date(2025, 3, 20)).times == ()
    # a day in what was foretold is not the story's: the day before counts from the telling's
    claims = analyzed("The grid company announced last Thursday that power would be cut from Saturday. The day before, the "
                      "plant had cut its output.", published=dt.date(2025, 4, 9))
    assert [t.value for t in list(claims.values())[1].times] == ["2025-04-02"]
    # a story that has named only a month has no day to count from
    claims = analyzed("In March the plant shut. It reopened three days later.", published=dt.date(2024, 12, 9))
    assert list(claims.values())[1].times == ()


def test_a_bare_year_in_a_dated_article_does_not_move_the_story():
    claims = analyzed("Reservoirs are at their lowest level since records began in 1961. "
                      "On 6 August, the governor announced rationing.", published=dt.date(2024, 8, 14))
    assert [t.value for t in list(claims.values())[1].times] == ["2024-08-06"]


def test_a_since_date_starts_a_span_and_leaves_the_story_in_the_present():
    claims = analyzed("Since July 2022, grain has left the ports. The agreement expires on 18 March.",
                      published=dt.date(2023, 3, 10))
    assert [t.value for t in list(claims.values())[1].times] == ["2023-03-18"]


def qty(text):
    return [(q.text, q.value, q.unit, q.approx) for q in find_quantities(text, 0, [], grams(text))]


@pytest.mark.parametrize("text,expected", [
    ("Around 3,000 soldiers died.", [("Around 3,000", 3000.0, "soldiers", True)]),
    ("Damage reached €9 million.", [("€9 million", 9e6, "EUR", False)]),
    ("Repairs would cost €4.1 billion.", [("€4.1 billion", 4.1e9, "EUR", False)]),
    ("The plan costs about EUR 4 million.", [("about EUR 4 million", 4e6, "EUR", True)]),
    ("Turnout was 61.5 per cent.", [("61.5 per cent", 61.5, "percent", False)]),
    ("Seven ministers resigned.", [("Seven", 7.0, "ministers", False)]),
    ("Six of our members were injured.", [("Six", 6.0, "members", False)]),
    ("Between 40 and 60 homes flooded.", [("40 and 60", 40.0, "homes", False)]),
    ("The 40-km corridor opened.", [("40-km", 40.0, "km", False)]),
    # a change from one figure to another gives both
    ("Forecasts were cut from 42,000 to 31,000 trips.", [("42,000", 42000.0, "trips", False), ("31,000", 31000.0, "trips", False)]),
    # "out of" shares, half a million, and per cent as "pc"
    ("Nine out of ten clubs lose money.", [("Nine out of ten", 0.9, "share", False)]),
    ("The owner put in half a million pounds.", [("half a million", 500000.0, "pounds", False)]),
    ("She won half the seats; half the time she lost.", [("half", 0.5, "share", False)]),
    ("Half received the drug and half a placebo.", [("Half", 0.5, "share", False)]),
    ("Incidents fell by about two thirds.", [("about two thirds", 0.6667, "share", True)]),
    ("About 78pc of members backed action.", [("About 78pc", 78.0, "percent", True)]),
    # a change by a figure and the level it reached; "by 5 to 10 per cent" stays a range
    ("The population grew by around 9,000 to 87,500.", [("around 9,000", 9000.0, None, True), ("87,500", 87500.0, None, False)]),
    ("Prices will rise by 5 to 10 per cent.", [("5 to 10 per cent", 5.0, "percent", False)]),
    # a figure set against another counts the same thing; "over" is no counted noun
    ("Police recorded 4,812 offences, compared with 3,950 in 2021.",
     [("4,812", 4812.0, "offences", False), ("3,950", 3950.0, "offences", False), ("2021", 2021.0, None, False)]),
    ("The vote was 23 to 9.", [("23", 23.0, None, False), ("9", 9.0, None, False)]),
    # shares as fractions of one; "the first half of 2024" is a time, "half an hour" no share
    ("A third of treated water never reaches a tap.", [("A third", 0.3333, "share", False)]),
    ("Two-thirds of voters backed the plan in the first half of the year.", [("Two-thirds", 0.6667, "share", False)]),
    ("Spending has fallen by a quarter.", [("a quarter", 0.25, "share", False)]),
    ("Both figures have fallen by about a third.", [("about a third", 0.3333, "share", True)]),
    ("Costs would fall by up to a third.", [("up to a third", 0.3333, "share", True)]),
    # a bound set by a negation is read whole: "no more than" is at most, not over
    ("Fees may rise by no more than 4% a year.", [("no more than 4%", 4.0, "percent", True)]),
    ("The fund will pay not less than £2,000 per household.", [("not less than £2,000", 2000.0, "GBP", True)]),
    ("It was late by about half an hour.", []),
    ("She spent half an hour at the site.", []),
    ("The play is too long by half an hour.", []),
    # a telephone number is no figure
    ("Call the recall line on 0800 555 0199 or +44 (0)20 7946 0000.", []),
    # "m" and "k" count millions and thousands of things, but a "5m wall" is in metres; temperatures
    ("The city has 1.2m residents and 350k cars.", [("1.2m", 1.2e6, "residents", False), ("350k", 3.5e5, "cars", False)]),
    ("A 5m wall collapsed.", [("5m", 5.0, "m", False)]),
    # a change in a share is counted in percentage points, its whole name in the figure's text
    ("Turnout rose by 12 percentage points to 61%.", [("12 percentage points", 12.0, "percentage points", False),
                                                        ("61%", 61.0, "percent", False)]),
    # the first of a range counts what its partner counts
    ("Between 1.5m and 2m people fled.", [("1.5m", 1.5e6, None, False), ("2m", 2e6, "people", False)]),
    ("The wall is 1.5m to 2m high.", [("1.5m", 1.5, "m", False), ("2m", 2.0, "m", False)]),
    # what is counted, told before the figure it rose or fell to
    ("Visitors rose to 2.5m.", [("2.5m", 2.5e6, None, False)]),
    ("The river peaked at 4.2m overnight.", [("4.2m", 4.2, "m", False)]),
    ("Temperatures reached 41.5C, or 106.7F.", [("41.5C", 41.5, "°C", False), ("106.7F", 106.7, "°F", False)]),
    ("Knife crime rose from 212 offences to 301 over the period.",
     [("212", 212.0, "offences", False), ("301", 301.0, "offences", False)]),
    # a crowd is counted in people
    ("Police estimated the crowd at about 2,000.", [("about 2,000", 2000.0, "people", True)]),
    # pence are pounds; "5p.m." is a time of day
    ("A toll of 40p was charged, then about 85p.", [("40p", 0.4, "GBP", False), ("about 85p", 0.85, "GBP", True)]),
    ("The office shuts at 5p.m. on Fridays.", []),
    # a capitalised word before a number labels it ("Warehouse 4"), unless a unit of measure follows
    ("Leakage 182 megalitres a day, down 6%", [("182", 182.0, "megalitres", False), ("6%", 6.0, "percent", False)]),
    # thousands grouped with spaces; never after another figure, nor a figure before a hyphen
    ("The agency approved 48 250 applications, against a goal of 40 000.",
     [("48 250", 48250.0, "applications", False), ("40 000", 40000.0, None, False)]),
    ("Each grant is worth up to €7 500.", [("up to €7 500", 7500.0, "EUR", True)]),
    ("Rents rose from 1 200 to 1 450 euros.", [("1 200", 1200.0, "euros", False), ("1 450", 1450.0, "euros", False)]),
    ("He ran 3 100-metre races.", [("3", 3.0, "races", False), ("100-metre", 100.0, "metre", False)]),
    # hundreds spelled out, as a script read aloud writes them
    ("It will raise around four hundred thousand pounds.", [("around four hundred thousand", 400000.0, "pounds", True)]),
    ("It cost two hundred and fifty pounds.", [("two hundred and fifty", 250.0, "pounds", False)]),
    # a time after the figure is not what it counts
    ("Spills fell to 23 last year.", [("23", 23.0, None, False)]),
])
def test_quantities_carry_value_unit_and_approximation(text, expected):
    assert qty(text) == expected


def test_times_of_day_and_words_inside_codes_are_not_quantities():
    assert qty("The call came at 2:34 a.m. from flat B12.") == []
    assert qty("One of them spoke.") == []
    assert qty("It was contained shortly after 11 o'clock.") == []


def test_labels_and_reference_markers_are_not_quantities():
    assert qty("Warehouse 4 will stay shut, as the valve had failed [2].") == []
    assert qty("About 300 vehicles crossed it.") == [("About 300", 300, "vehicles", True)]


def test_a_person_s_age_after_the_name_is_an_age_and_mum_of_three_no_count():
    assert qty("Mum-of-three Kerry Lowe, 38, fumed at the rise.") == [("38", 38, "age", False)]
    # a count after a place and a comma is a count
    assert qty("In Westbury, four libraries closed.") == [("four", 4, "libraries", False)]


def test_an_age_does_not_make_a_quoted_judgement_checkable():
    claims = list(analyzed('Mum-of-three Kerry Lowe, 38, fumed: "It\'s daylight robbery."').values())
    assert [(c.kind, c.speaker) for c in claims] == [("opinion", "Kerry Lowe")]


def test_a_temperature_below_zero_keeps_its_minus():
    assert qty("Expect frost, with lows of -3C and highs of 4C.") == [("-3C", -3, "°C", False), ("4C", 4, "°C", False)]
    # a hyphen joining words is no minus
    assert all(value >= 0 for _, value, _, _ in qty("The 2-3C rise is small."))


def test_the_number_after_no_names_something_and_counts_nothing():
    assert qty("No. 10 said 40 staff would move.") == [("40", 40, "staff", False)]


def test_a_dozen_counts_a_possessive_plural():
    assert qty("A dozen tenants' groups wrote to the minister.") == [("A dozen", 12, "tenants", False)]


def test_a_past_verb_after_a_singular_noun_ends_the_counted_noun():
    assert qty("A 5.2 tremor struck the coast.") == [("5.2", 5.2, "tremor", False)]


def test_a_plural_without_s_ends_the_counted_noun():
    assert qty("The company employs 15,000 people worldwide.") == [("15,000", 15000, "people", False)]


def test_a_wire_dateline_gives_the_day_and_the_text_the_year():
    result = analyze(Document("SINGAPORE, Oct 14 (Reuters) - Veltra will cut 1,200 jobs, the company said on Tuesday. "
                              "It has closed two plants since 2023.", "text"), config=CONFIG)
    assert (result.document.published, result.document.published_estimated) == ("2023-10-14", True)
    assert [t.value for t in result.claims[0].times] == ["2023-10-10"]


def test_the_counted_noun_skips_a_possessive_and_a_number():
    assert [q[2] for q in qty("Two of the terminal’s five berths closed.")] == ["berths", "berths"]


def test_a_weekday_whose_own_verb_is_past_stays_in_the_past():
    assert times("The plant will close after a leak on Saturday injured 14 people.") == [("on Saturday", "2026-03-14")]


def test_states_as_of_writing_and_forecasts_are_time_sensitive_and_dated_events_are_not():
    claims = analyzed("The dam burst on April 3, 2021. So far, 40 families have been rehoused. "
                      "The road is currently closed. The new dam will be finished by 2028.",
                      published=dt.date(2021, 6, 1))
    burst, rehoused, closed, dam = claims.values()
    assert not burst.time_sensitive and burst.expires is None
    assert rehoused.time_sensitive and rehoused.expires == "2022-06-01"
    assert closed.time_sensitive
    assert dam.time_sensitive and dam.expires == "2028-12-31"


@pytest.mark.parametrize("text,sensitive", [
    ("The ferry no longer stops at Kelby.", True),
    # a change told in the past is no state as of writing
    ("By July 2023, the Red Cross said it could no longer deliver food.", False),
    ("In 2019 the ferry was no longer stopping at Kelby.", False),
])
def test_no_longer_is_a_state_as_of_writing_unless_told_in_the_past(text, sensitive):
    assert only_claim(text, published=dt.date(2024, 4, 23)).time_sensitive is sensitive


def test_a_state_held_up_to_now_ages_from_writing_and_until_a_month_is_a_horizon():
    claims = analyzed("The dock has been closed for twenty weeks. "
                      "The ferry will run until the end of September.", published=dt.date(2024, 8, 14))
    closed, ferry = claims.values()
    assert closed.time_sensitive and closed.expires == "2025-08-14"
    assert [(t.value, t.kind) for t in ferry.times] == [("2024-09", "horizon")]
    assert ferry.time_sensitive and ferry.expires == "2024-09"
    # a past perfect reaches a moment in the past, and "within" a span counts from something else
    had, within = analyzed("Dockers had worked at the port for twenty years. "
                           "Volunteer libraries have closed within five years elsewhere.", published=dt.date(2024, 8, 14)).values()
    assert not had.time_sensitive and not within.time_sensitive
    # a deed or a trend that went on up to now is told of the past, and a decision's term still runs
    worked, fallen, voted = analyzed("Dockers have worked at the port for twenty years. "
                                     "Mortgage rates have fallen for six straight months. "
                                     "The council has voted to freeze fares for two years.", published=dt.date(2024, 8, 14)).values()
    assert (worked.time_sensitive, fallen.time_sensitive, voted.time_sensitive) == (False, False, True)


def test_a_court_s_date_ahead_without_its_year_is_the_coming_one():
    bailed, adjourned, past = analyzed("The driver has been released on bail until 12 January. "
                                       "The case was adjourned until 3 February. "
                                       "The driver was arrested on 12 January.", published=dt.date(2026, 10, 18)).values()
    assert [t.value for t in bailed.times] == ["2027-01-12"]
    assert [t.value for t in adjourned.times] == ["2027-02-03"]
    assert [t.value for t in past.times] == ["2026-01-12"]


def test_the_length_of_a_penalty_is_no_span_up_to_now():
    jailed, closed = analyzed("A care home owner has been jailed for six years. "
                              "The pier has been closed for six months.", published=dt.date(2026, 7, 22)).values()
    assert not jailed.time_sensitive
    assert closed.time_sensitive


def test_a_prison_term_the_law_sets_is_no_horizon_where_a_stay_is():
    term, stay = analyzed("Breaking the law is punishable by up to five years in prison. "
                          "The monitors will stay for up to five years.", published=dt.date(2025, 5, 28)).values()
    assert (term.time_sensitive, term.expires) == (False, None)
    assert (stay.time_sensitive, stay.expires) == (True, "2030-05-28")


@pytest.mark.parametrize("text, sensitive", [
    # how long a thing takes whenever it is done, or took, is no term that runs out
    ("Crossing the Caspian can take up to two weeks in bad weather.", False),
    ("The trip took up to two weeks.", False),
    ("The repairs will take up to two weeks.", True),
])
def test_how_long_a_thing_takes_is_no_horizon(text, sensitive):
    assert only_claim(text, published=dt.date(2025, 6, 10)).time_sensitive is sensitive


@pytest.mark.parametrize("text, sensitive", [
    # what went on before a past deed ended with it
    ("Russian border guards left Zvartnots airport in Yerevan at the end of July 2024, after guarding it for three decades.", False),
    ("The old chairman stepped down from the board of the shipping company in 2020, after running it for 30 years.", False),
    # a term still ahead after the deed
    ("The monitors will leave after serving for five years.", True),
])
def test_a_span_gone_on_before_a_past_deed_is_no_horizon(text, sensitive):
    assert only_claim(text, published=dt.date(2025, 9, 3)).time_sensitive is sensitive


@pytest.mark.parametrize("text, sensitive", [
    # a span opening a sentence told in the past is how long it went on, comma after it or not
    ("For three decades Russia supplied almost all of Armenia's weapons, usually at discounted prices.", False),
    ("For three years, the plant ran at a loss.", False),
    ("For five years the monitors will patrol the border.", True),
])
def test_a_span_opening_a_sentence_told_in_the_past_is_no_horizon(text, sensitive):
    assert only_claim(text, published=dt.date(2025, 9, 3)).time_sensitive is sensitive


def test_the_term_a_court_sentences_someone_to_is_a_span():
    assert times("A court sentenced the governor, Ana Lupu, to seven years in prison on Tuesday.") == [
        ("to seven years", "P7Y"), ("on Tuesday", "2026-03-10")]
    assert [v for _, v in times("The judge sentenced him to 12 years' imprisonment.")] == ["P12Y"]
    # a figure risen to, not a term
    assert times("Exports rose to seven million tonnes in 2024.") == [("in 2024", "2024")]


def test_something_under_construction_or_review_is_under_way_as_of_writing():
    built, reviewed = analyzed("A further 140 homes are under construction. The decision is under review.",
                               published=dt.date(2026, 10, 28)).values()
    assert built.time_sensitive and reviewed.time_sensitive
    # a halt holds as of writing; one that recurs on a day does not
    stalled, held, weekly = analyzed("Talks on a new water-sharing treaty are stalled. The works are on hold. "
                                     "Services are suspended on Sundays.", published=dt.date(2026, 10, 28)).values()
    assert stalled.time_sensitive and held.time_sensitive and not weekly.time_sensitive


def test_an_action_under_way_is_time_sensitive():
    claims = analyzed("The collapse is being investigated by the water board. Engineers are pumping out the valley. "
                      "The board is based in Arnhem.", published=dt.date(2021, 6, 1))
    investigated, pumping, based = claims.values()
    assert investigated.time_sensitive and pumping.time_sensitive
    assert not based.time_sensitive
    # people on their way or at the scene are at work as of writing too
    on_way, at_scene = analyzed("Engineers are on their way to the bridge. Firefighters are at the scene.",
                                published=dt.date(2026, 3, 12)).values()
    assert (on_way.kind, on_way.time_sensitive, at_scene.kind, at_scene.time_sensitive) == ("fact", True, "fact", True)
    # a verdict in an adjective ending in -ing is nothing under way
    verdict, = analyzed("Campaigners say the visit figures are misleading because two counters were broken in 2024.",
                        published=dt.date(2026, 3, 2)).values()
    assert not verdict.time_sensitive
    # a course begun and going on; one begun and done is past
    begun, done = analyzed("Russian peacekeepers have begun withdrawing from the region. The withdrawal began in April and ended in June.",
                           published=dt.date(2024, 10, 1)).values()
    assert begun.time_sensitive and not done.time_sensitive


def test_a_passive_under_way_in_reported_speech_is_under_way_as_of_writing():
    drawn_up, treated, spent = analyzed(
        "A council spokesperson said a new design for the junction was being drawn up. "
        "Police said the death was being treated as unexplained. "
        "The audit said the grant was spent on roads in 2019.", published=dt.date(2026, 10, 14)).values()
    assert drawn_up.time_sensitive and treated.time_sensitive
    assert not spent.time_sensitive


def test_a_horizon_counts_from_the_narrative_date():
    claims = analyzed("The peace deal was signed in March 2020. Monitors are said to stay for three years.")
    assert claims["Monitors are said to stay for three years."].expires == "2023-03"


def test_a_span_counted_from_the_story_s_date_that_ran_out_before_the_writing_and_a_day_years_ago_do_not_age():
    claims = analyzed("The offensive began on 19 September 2023. Within a week, 100,000 people had fled. "
                      "Monitors are said to stay for three years. Four years ago today, the leaders signed a statement.",
                      published=dt.date(2024, 11, 10))
    _, fled, monitors, signed = claims.values()
    assert not fled.time_sensitive and not signed.time_sensitive
    assert monitors.time_sensitive and monitors.expires == "2026-09"


def test_a_span_ahead_ages_a_duty_but_not_a_deed_done():
    claims = analyzed("The trust must cut £9 million from its budget over the next three years. "
                      "The board has already earmarked £2 million over the next three years.", published=dt.date(2026, 5, 4))
    duty, deed = claims.values()
    assert duty.time_sensitive and duty.expires == "2029-05-04"
    assert not deed.time_sensitive


@pytest.mark.parametrize("text,sensitive", [
    ("No decision on the sale of the depot has been made.", True),
    ("No final decision has yet been taken.", True),
    ("Armenia plans a referendum on a new constitution, but no date has been set.", True),
    # a decision taken is done
    ("A decision on the sale of the depot was made in May.", False),
])
def test_nothing_settled_as_of_writing_is_a_state_that_ages(text, sensitive):
    assert only_claim(text, published=dt.date(2026, 6, 2)).time_sensitive is sensitive


@pytest.mark.parametrize("text,sensitive", [
    # what the text itself does, and a course urged for a span, stand whatever the date
    ("This paper sets out how the depot will be staffed from December to March.", False),
    ("We recommend that the pilot is extended for two years.", False),
    # a forecast over a span ages with it
    ("The depot will close for two years.", True),
])
def test_the_text_s_own_purpose_and_a_course_urged_for_a_span_do_not_age(text, sensitive):
    assert only_claim(text, published=dt.date(2026, 6, 2)).time_sensitive is sensitive


def test_publication_date_is_estimated_from_the_text_when_not_given():
    result = analyze(Document("The factory opened in 2018. It was sold in February 2021.", "text"), config=CONFIG)
    assert result.document.published == "2021" and result.document.published_estimated
    # a year the text looks ahead to does not date it
    ahead = analyze(Document("The line opened in 2019. It is not expected to reach the port before 2027.", "text"), config=CONFIG)
    assert ahead.document.published == "2019"


def test_a_span_that_runs_up_to_now_sets_no_horizon():
    claims = analyzed("Prices have doubled within the last five years. The levy will apply within five years.",
                      published=dt.date(2024, 8, 14))
    doubled, levy = claims.values()
    assert [(t.value, t.kind) for t in doubled.times] == [("P5Y", "duration")]
    assert not doubled.time_sensitive and doubled.expires is None
    assert levy.time_sensitive and levy.expires == "2029-08-14"


def test_how_long_something_went_on_is_no_horizon():
    claims = analyzed("The study followed 12,400 patients for a decade. The site will stay closed for five years.",
                      published=dt.date(2025, 7, 14))
    followed, closed = claims.values()
    assert not followed.time_sensitive and followed.expires is None
    assert closed.time_sensitive and closed.expires == "2030-07-14"


def test_yet_to_and_at_the_time_of_writing_hold_as_of_writing():
    claims = analyzed("The operator has yet to publish its accounts. At the time of writing, no arrests had been made. "
                      "The line has been closed to freight since 1992.", published=dt.date(2025, 7, 14))
    yet, writing, since = claims.values()
    assert yet.time_sensitive and writing.time_sensitive
    assert not since.time_sensitive


def test_a_financial_year_is_a_time_and_not_two_figures():
    claim, = analyzed("The deficit widened in 2023-24.", published=dt.date(2025, 7, 14)).values()
    assert [t.value for t in claim.times] == ["2023"] and claim.quantities == ()


def test_a_date_looked_ahead_to_does_not_move_the_story_and_a_later_bare_month_is_the_coming_one():
    claims = analyzed("The operator said the backlog would be cleared by March 2028. The board will decide in September.",
                      published=dt.date(2026, 7, 10))
    assert [t.value for c in claims.values() for t in c.times] == ["2028-03", "2026-09"]


def test_a_date_ahead_of_writing_makes_a_plan_time_sensitive_until_then_but_not_a_done_deed():
    claims = analyzed("Ferry fares will rise by 4% on 1 June. Tenders are due in August. "
                      "The board voted on Monday to keep the timetable until June 2027.", published=dt.date(2026, 3, 14))
    by_text = {text.split()[0]: (c.time_sensitive, c.expires) for text, c in claims.items()}
    assert by_text["Ferry"] == (True, "2026-06-01")
    assert by_text["Tenders"] == (True, "2026-08")
    assert by_text["The"] == (False, None)
    # a request to act by a day lapses on it, though "asked" is in the past tense
    asked, = analyzed("The Cabinet Member is asked to approve the revised routes before 1 November.",
                      published=dt.date(2026, 10, 14)).values()
    assert (asked.time_sensitive, asked.expires) == (True, "2026-11-01")
    # a participle opening a clause with its agent describes, and tells no deed done
    agreed, = analyzed("We agree to install 14 flow gauges by June 2027, paid for equally by the three states.",
                       published=dt.date(2026, 11, 24)).values()
    assert (agreed.time_sensitive, agreed.expires) == (True, "2027-06")


def test_a_past_event_on_a_later_month_is_last_year_s_even_after_a_date_in_the_publication_year():
    claims = analyzed("The council met on Friday. The bridge was shut on October 21.", published=dt.date(2026, 3, 14))
    assert [t.value for c in claims.values() for t in c.times] == ["2026-03-13", "2025-10-21"]


def test_an_open_ended_start_year_does_not_date_an_undated_text_unless_it_is_the_only_year():
    dated = analyze(Document("Ships emitted 41,000 tonnes in 2021. Ships must use shore power from 2030.", "text"), config=CONFIG)
    only = analyze(Document("Prices have risen every year from 2019.", "text"), config=CONFIG)
    assert (dated.document.published, only.document.published) == ("2021", "2019")
    # a year something has been put back to is ahead of the writing too
    delayed = analyze(Document("The bridge was promised for 2025 but has been delayed to 2027.", "text"), config=CONFIG)
    assert delayed.document.published == "2025"


def test_a_bare_month_in_a_sentence_that_says_what_will_happen_is_the_coming_one_and_a_question_never_goes_stale():
    claims = analyzed("In a 2021 review, the agency argued that quotas worked. "
                      "The agency is expected to publish new limits in October. Is a fair fishery still possible?",
                      published=dt.date(2022, 3, 1))
    by_first = {text.split()[0]: c for text, c in claims.items()}
    assert [t.value for t in by_first["The"].times] == ["2022-10"]
    assert by_first["Is"].time_sensitive is False
    assert attribute("The Commission has defended the system.", grams("The Commission has defended the system.")).speaker == "The Commission"


def test_one_in_four_is_a_share_and_a_bare_count_beside_in_is_not():
    claim = only_claim("Nearly 1 in 4 patients waited more than 12 hours, up from 1 in 10 a year earlier.")
    assert [(q.text, q.value, q.unit) for q in claim.quantities] == [
        ("Nearly 1 in 4", 0.25, "share"), ("more than 12", 12, "hours"), ("1 in 10", 0.1, "share")]
    claim = only_claim("The vote was 2 in favour and 9 against.")
    assert not any(q.unit == "share" for q in claim.quantities)


def test_something_done_today_is_no_state_of_affairs_while_a_state_today_is():
    done, state = analyzed("The trust today published a study of 3,600 overflows. "
                           "Fewer than one in five berths can supply shore power today.").values()
    assert (done.time_sensitive, state.time_sensitive) == (False, True)
    # the day opening a deed done on it, and a state it opens
    opened, held = analyzed("Today we discussed the next steps in our partnership. Today the bridge remains closed.",
                            published=dt.date(2025, 5, 15)).values()
    assert (opened.time_sensitive, held.time_sensitive) == (False, True)


def test_a_weekday_after_would_in_a_reported_future_is_the_coming_one():
    claim = only_claim("Moira Bain said schools would stay closed on Thursday and Friday.",
                               published=dt.date(2025, 12, 4))
    assert [t.value for t in claim.times] == ["2025-12-04", "2025-12-05"]


def test_a_weekday_foretold_in_a_telling_dated_by_an_earlier_weekday_counts_from_the_telling():
    claim = only_claim("The grid company announced last Thursday that power would be cut for ten hours a day from Saturday.",
                       published=dt.date(2025, 4, 9))
    assert [(t.text, t.value) for t in claim.times][0::2] == [("last Thursday", "2025-04-03"), ("from Saturday", "2025-04-05")]
    # a day foretold that has not come by the writing is the coming one
    claim = only_claim("The ministry said on Monday that it would publish the figures on Friday.", published=dt.date(2025, 4, 9))
    assert [t.value for t in claim.times] == ["2025-04-07", "2025-04-11"]


def test_the_writing_s_month_named_as_a_deadline_still_open_makes_a_telling_time_sensitive_to_its_end():
    claim = only_claim("Russia said on Monday that it would send 15,000 tonnes of fuel oil by the middle of April.",
                       published=dt.date(2025, 4, 9))
    assert (claim.time_sensitive, claim.expires) == (True, "2025-04-30")
    # a month of the writing's named as when something was done is no deadline
    claim = only_claim("Russia said on Monday that it had sent 15,000 tonnes of fuel oil in April.", published=dt.date(2025, 4, 9))
    assert not claim.time_sensitive


def test_a_relative_year_foretold_in_a_telling_dated_by_a_bare_month_counts_from_the_telling():
    claims = analyzed("The pipeline failed in the winter of 2023. Its energy ministry said in September that imports would grow "
                      "by a third next year.", published=dt.date(2025, 1, 15))
    claim = list(claims.values())[1]
    assert [(t.text, t.value) for t in claim.times] == [("in September", "2024-09"), ("next year", "2025")]
    # told in a month of the writing's year, the next year is the writing's next
    claim = only_claim("The ministry said in January that imports would grow next year.", published=dt.date(2025, 6, 15))
    assert [t.value for t in claim.times] == ["2025-01", "2026"]


def test_a_horizon_long_past_at_the_writing_makes_no_claim_time_sensitive():
    claim = only_claim("Damp was reported in about 220,000 homes, most of them built before 1919.",
                               published=dt.date(2026, 3, 3))
    assert [t.value for t in claim.times] == ["1919"] and not claim.time_sensitive


def test_a_span_counted_from_a_date_the_sentence_names_that_ended_before_the_writing_is_no_horizon():
    ended = only_claim("Reoffending within a year of release fell from 29.1% in 2015 to 25.4% in 2023.",
                       published=dt.date(2026, 6, 24))
    assert [t.value for t in ended.times] == ["P1Y", "2015", "2023"] and not ended.time_sensitive
    running = only_claim("The council agreed in May to lease 60 homes for five years.", published=dt.date(2026, 6, 24))
    assert running.time_sensitive and running.expires == "2031-05"


def test_a_date_compared_with_does_not_move_the_story_to_its_year():
    compared, later = analyzed("Bookings rose by a third in March compared with March last year. "
                               "A speed survey in January recorded 1,140 vehicles a day.", published=dt.date(2026, 4, 10)).values()
    assert [t.value for t in compared.times] == ["2026-03", "2025-03"]
    assert [t.value for t in later.times] == ["2026-01"]
    moved, after = analyzed("Bookings rose by a third in March last year. "
                            "A speed survey in January recorded 1,140 vehicles a day.", published=dt.date(2026, 4, 10)).values()
    assert [t.value for t in after.times] == ["2025-01"]


def test_a_span_in_minutes_is_a_measure_as_well_as_a_duration_and_dates_nothing():
    claim = only_claim("The force answered 71% of emergency calls within 15 minutes last year.",
                               published=dt.date(2025, 9, 4))
    assert [t.value for t in claim.times] == ["PT15M", "2024"]
    assert [q.value for q in claim.quantities] == [71, 15]
    assert not claim.time_sensitive


@pytest.mark.parametrize("text,counted", [
    ("The average application took 41 weeks to decide.", [41]),
    ("Containers were delayed by an average of nine days.", [9]),
    ("The strike lasted two days.", [2]),
    # what will take a span, or lasts by a rule, is a span only
    ("The repairs will take five days.", []),
    ("The consultation period lasts 45 days.", []),
])
def test_how_long_something_took_measured_is_a_figure_as_well_as_a_span(text, counted):
    claim = only_claim(text, published=dt.date(2026, 11, 12))
    assert len(claim.times) == 1 and claim.times[0].value.startswith("P")
    assert [q.value for q in claim.quantities] == counted


def test_a_notice_period_is_a_count_as_well_as_a_span():
    claim = only_claim("The branch must give the trust at least 14 days' notice of any action.", published=dt.date(2026, 11, 12))
    assert [t.value for t in claim.times] == ["P14D"] and [q.value for q in claim.quantities] == [14]


def test_a_window_to_act_in_is_a_span_from_the_story_s_date_and_a_count_as_well():
    claim = only_claim("The developer has six months to lodge an appeal.", published=dt.date(2026, 11, 12))
    assert [t.value for t in claim.times] == ["P6M"]
    assert [q.value for q in claim.quantities] == [6]
    assert claim.time_sensitive and claim.expires == "2027-05-12"
    # a span that is had, not given to act in, is none
    assert only_claim("The firm has six months of orders.", published=dt.date(2026, 11, 12)).times == ()


@pytest.mark.parametrize("text,values", [
    # a time opening the sentence, before what will happen then, is the coming one
    ("From January we will run a debt advice clinic each week.", ["2027-01"]),
    ("In March the council said it will close the pool.", ["2026-03"]),
    # a state left until a month, told as of now, lasts until the coming one
    ("The operator has cancelled its timetable, leaving two sailings a week until March.", ["2027-03"]),
    ("The road was closed until March.", ["2026-03"]),
])
def test_a_fronted_month_before_a_future_and_until_a_month_told_as_of_now_look_ahead(text, values):
    assert [t.value for t in only_claim(text, published=dt.date(2026, 11, 25)).times] == values


def test_a_month_after_a_decision_just_taken_is_the_coming_one():
    claim = only_claim("The council has agreed to make parking free on Saturdays in December.", published=dt.date(2026, 11, 19))
    assert [t.value for t in claim.times] == ["2026-12"]
    # what was done in a month later in the year than the writing, told in the past, is last year's
    claim = only_claim("The council made parking free on Saturdays in December.", published=dt.date(2026, 11, 19))
    assert [t.value for t in claim.times] == ["2025-12"]


@pytest.mark.parametrize("text,published,values", [
    # a month that owns something is that month; "May's" may be a name's
    ("The rise is below July's rate of inflation.", dt.date(2026, 11, 24), ["2026-07"]),
    ("The rise is below May's forecast.", dt.date(2026, 11, 24), []),
    # the new year is the coming one late in a year, the one begun early in it
    ("I will set out plans in the new year.", dt.date(2026, 11, 24), ["2027"]),
    ("The scheme will open in the new year.", dt.date(2027, 1, 5), ["2027"]),
])
def test_a_month_s_possessive_and_the_new_year_are_times(text, published, values):
    assert [t.value for t in only_claim(text, published=published).times] == values


def test_still_in_reported_speech_put_in_the_past_by_the_telling_is_a_state_of_now():
    reported, past = analyzed("The finance chief said the council still faced a gap of £6 million. "
                              "Three streets still recorded levels above the limit in 2024.",
                              published=dt.date(2026, 11, 20)).values()
    assert (reported.time_sensitive, past.time_sensitive) == (True, False)


def test_still_before_a_past_verb_tells_of_the_past_and_before_a_state_of_now():
    past, now = analyzed("Three streets still recorded levels above the limit in 2024. "
                         "The ring road is still closed to lorries.", published=dt.date(2025, 6, 12)).values()
    assert (past.time_sensitive, now.time_sensitive) == (False, True)


def test_tens_and_units_joined_by_a_hyphen_are_one_number():
    claim = only_claim("Forty-two of the 48 councillors are present.")
    assert [q.value for q in claim.quantities] == [42, 48]


def test_what_might_have_been_by_a_date_ahead_is_not_time_sensitive():
    claim = only_claim("Without the new funding, the board says, fares would have risen by about 9% in April.",
                               published=dt.date(2025, 3, 4))
    assert (claim.kind, claim.time_sensitive) == ("opinion", False)


def test_a_date_heading_dates_the_sentences_under_it_and_moves_the_story():
    raw = "# Tram\n\n## Timeline\n\nThe plan was drawn up.\n\n- **March 2016** — The council approves the plan. Work starts in May.\n" \
          "- **Last month:** The cost is put at £310 million.\n\n## What next\n\nTesting is due to begin in the autumn.\n"
    analysis = analyze(Document(raw, "markdown", published=dt.date(2025, 6, 12)), config=CONFIG)
    claims = analysis.claims
    assert [[t.value for t in c.times] for c in claims] == [[], ["2016-03"], ["2016-03", "2016-05"], ["2025-05"], ["2025"]]
    label = claims[1].times[0]  # it points at the heading, outside the sentence
    assert analysis.text[label.start:label.end] == "March 2016" and label.end < claims[1].start


@pytest.mark.parametrize("text,sensitive", [
    # a state that holds now, to a date still ahead
    ("The £2 cap is funded only until March 2026.", True),
    # a deed done whose content is dated ahead stays true
    ("The council voted to hold the fare until March 2027.", False),
])
def test_a_present_passive_up_to_a_date_ahead_is_a_state_that_will_lapse(text, sensitive):
    claim = only_claim(text, published=dt.date(2025, 5, 12))
    assert claim.time_sensitive is sensitive


@pytest.mark.parametrize("text,value", [
    ("The ban takes effect on New Year's Day.", "2026-01-01"),
    ("The law comes into force on 6 April.", "2026-04-06"),
    # done, so the day already passed this year
    ("The rules took effect on 1 January.", "2025-01-01"),
])
def test_a_rule_that_takes_effect_on_a_day_earlier_in_the_year_takes_effect_next_year(text, value):
    claim = only_claim(text, published=dt.date(2025, 6, 1))
    assert [t.value for t in claim.times] == [value]


@pytest.mark.parametrize("text,sensitive", [
    ("Two promises are not rated yet because the figures have not been published.", True),
    ("No decision has been made yet.", True),
    ("Nobody has surveyed the mountain sections there yet.", True),
    ("The figures have not been published.", False),
])
def test_not_yet_with_words_between_is_a_state_as_of_writing(text, sensitive):
    claim = only_claim(text, published=dt.date(2025, 5, 20))
    assert claim.time_sensitive is sensitive


@pytest.mark.parametrize("text,sensitive", [
    ("About 38,000 homes already receive the social tariff.", True),
    ("Part-night lighting is already used by 60 councils.", True),
    # (a name after it: "is already Armenia's largest donor")
    ("The fund is already Kelby's largest donor.", True),
    ("The fleet has already shrunk from 40 boats to 14.", False),
    ("Rivers were already high after the storm.", False),
    ("The company already knew of the fault.", False),
    ("Councils should enrol children automatically, as some already do.", False),
])
def test_already_with_a_present_verb_is_a_state_as_of_writing(text, sensitive):
    claim = only_claim(text, published=dt.date(2026, 2, 10))
    assert claim.time_sensitive is sensitive


@pytest.mark.parametrize("text,value", [
    ("Dock workers have voted to strike from March 17, their union said.", "2026-03-17"),
    ("The council agreed to freeze fares from 1 April.", "2026-04-01"),
    # a past span: no infinitive before "from"
    ("Prices rose sharply from March 17.", "2025-03-17"),
    # … or from a month, when a decision says so
    ("The council voted to withdraw 14 evening bus routes from June.", "2026-06"),
    ("Prices rose to record levels from June.", "2025-06"),
])
def test_what_a_decision_starts_from_a_day_is_ahead(text, value):
    claim = only_claim(text, published=dt.date(2026, 3, 3))
    assert [t.value for t in claim.times] == [value]


@pytest.mark.parametrize("text,kind,sensitive", [
    ("Knife crime is at a record high.", "fact", True),
    ("House prices remain at an all-time high.", "fact", True),
    ("Unemployment stood at its lowest level in May.", "fact", False),
])
def test_a_level_against_a_record_is_a_fact_and_in_the_present_a_state_as_of_writing(text, kind, sensitive):
    claim = only_claim(text, published=dt.date(2026, 4, 22))
    assert (claim.kind, claim.time_sensitive) == (kind, sensitive)


@pytest.mark.parametrize("text,sensitive", [
    ("We have fewer officers than ten years ago.", True),
    ("Our reserves have never been higher.", True),
    ("Crime was lower than ten years ago.", False),
    ("The town had never been busier.", False),
])
def test_now_set_against_the_past_is_a_state_as_of_writing(text, sensitive):
    claim = only_claim(text, published=dt.date(2026, 4, 22))
    assert claim.time_sensitive is sensitive


@pytest.mark.parametrize("text,expected", [
    ("Installations should reach 35,000 by the end of the year.", [("by the end of the year", "2026")]),
    ("In March 2019 the council promised to finish by the end of the year.",
     [("March 2019", "2019-03"), ("by the end of the year", "2019")]),
    ("Prices will rise by the end of next year.", [("next year", "2027")]),
])
def test_the_end_of_the_year_is_the_year_the_text_or_its_story_is_in(text, expected):
    assert times(text) == expected


def test_a_day_in_a_condition_put_to_the_reader_is_ahead():
    assert times("A subscription costs £45 if you sign up before 1 April.", published=dt.date(2026, 3, 2)) \
        == [("1 April", "2026-04-01")]
    assert times("The pool closed on 1 April.", published=dt.date(2026, 3, 2)) == [("1 April", "2025-04-01")]


def test_a_text_that_names_no_date_takes_its_year_from_its_copyright_line():
    text = "Dock strike ends\n\nDock workers returned to work on Thursday.\n\n(c) 2026 Kelby Wire Service. All rights reserved.\n"
    analysis = analyze(Document(text, "text"), config=CONFIG)
    assert (analysis.document.published, analysis.document.published_estimated) == ("2026", True)
    assert analyze(Document(text.replace("(c) 2026 ", ""), "text"), config=CONFIG).document.published is None


@pytest.mark.parametrize("text,published,expected", [
    # a quarter with no year: the latest one over by the writing, or the next one not yet over
    ("Mortgage approvals rose by 1.2% in the third quarter.", dt.date(2026, 11, 5), [("in the third quarter", "2026-Q3")]),
    ("Sales fell in the fourth quarter.", dt.date(2026, 11, 5), [("in the fourth quarter", "2025-Q4")]),
    ("Growth is expected to pick up in the first quarter.", dt.date(2026, 11, 5), [("in the first quarter", "2027-Q1")]),
    # so too by its abbreviation; with its year, that year's
    ("The port handled 4,500 wagons a month in Q2.", dt.date(2026, 11, 5), [("in Q2", "2026-Q2")]),
    ("The port handled 4,500 wagons a month in Q2 2025.", dt.date(2026, 11, 5), [("Q2 2025", "2025-Q2")]),
    # counting quarters names none
    ("Empty homes fell for the second quarter running.", dt.date(2026, 11, 5), []),
])
def test_a_quarter_without_a_year_is_the_story_s_latest_or_next(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text,expected", [
    # a duty's deadline is the coming month; what a duty was issued under is behind
    ("Schools must publish their attendance policies by January, under guidance issued in May.",
     [("by January", "2027-01"), ("in May", "2026-05")]),
    ("Landlords must register by February.", [("by February", "2027-02")]),
    # a regret of the past is not a duty
    ("The council must have known by January.", [("by January", "2026-01")]),
])
def test_a_duty_s_deadline_is_the_coming_month(text, expected):
    assert times(text, dt.date(2026, 9, 14)) == expected


@pytest.mark.parametrize("text,expected", [
    # what has been called or set takes place on its day ahead
    ("The union has called strike action on 24 October.", [("24 October", "2026-10-24")]),
    # a deed told in the past on a later day of the year is last year's
    ("The bridge closed on 24 October.", [("24 October", "2025-10-24")]),
])
def test_a_day_announced_in_the_present_perfect_is_ahead(text, expected):
    assert times(text, dt.date(2026, 10, 9)) == expected


@pytest.mark.parametrize("text,expected", [
    # a future told as reported is ahead of the telling
    ("Sources close to the prime minister said a review would report by March.", [("by March", "2027-03")]),
    # the month of the telling itself stays behind
    ("Three shipping lines told the port in February that they would move their calls.", [("in February", "2026-02")]),
    # told in a reply, and with a past form after "once" in what would be done
    ("Dr Hughes replied that the practice would reopen its list in January.", [("in January", "2027-01")]),
    ("She said the practice would reopen its list once a replacement started in January.", [("in January", "2027-01")]),
    # what is recommended or asked for is still to be done
    ("I recommend that we take both options to Cabinet in January.", [("in January", "2027-01")]),
    ("The council is asked to take both options to Cabinet in January.", [("in January", "2027-01")]),
    # what a body has agreed to do is still to come
    ("The county council has agreed to install two speed signs in January.", [("in January", "2027-01")]),
    # a service that restarts in a month told in the present restarts in the coming one
    ("Green waste collections stop for the winter after 4 December and restart in March.", [("4 December", "2026-12-04"), ("in March", "2027-03")]),
    # (a deed done is still done: "started in January" with no "would" before it)
    ("She said a replacement started in January.", [("in January", "2026-01")]),
])
def test_a_month_after_a_reported_would_is_the_coming_one(text, expected):
    assert times(text, dt.date(2026, 11, 18)) == expected


@pytest.mark.parametrize("text,expected", [
    # a participle after "is" or "are" is still to happen
    ("The sale of the depot waits until a valuation is received in December.", [("in December", "2026-12")]),
    # one with no present before it was done
    ("A valuation of the depot was completed in December.", [("in December", "2025-12")]),
])
def test_a_month_after_a_present_passive_is_the_coming_one(text, expected):
    assert times(text, dt.date(2026, 11, 18)) == expected


@pytest.mark.parametrize("text,expected", [
    # what was put off is put off to a time still to come
    ("The hearing was postponed until December.", [("until December", "2026-12")]),
    # what was closed until a month later in the year than the writing was closed last year
    ("The footbridge was closed until December.", [("until December", "2025-12")]),
    # a putting off done on a weekday was done then
    ("Some planned operations were postponed on Monday.", [("on Monday", "2026-11-16")]),
])
def test_a_month_something_was_put_off_until_is_the_coming_one(text, expected):
    assert times(text, dt.date(2026, 11, 18)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The school closes on Monday 26 October.", [("26 October", "2026-10-26")]),
    ("The vote is on Tuesday, October 27.", [("October 27", "2026-10-27")]),
    # a weekday with no date after it is read as before
    ("The bridge closed on Monday, after a crash.", [("on Monday", "2026-10-12")]),
])
def test_a_weekday_right_before_its_date_names_that_date(text, expected):
    assert times(text, dt.date(2026, 10, 16)) == expected


@pytest.mark.parametrize("text,published,expected", [
    # the weekday printed with the day settles the year where the story's year disagrees
    ("Tuesday 6 January – INSET day, school closed to pupils.", dt.date(2025, 12, 12), [("6 January", "2026-01-06")]),
    ("The strike began on Thursday 13 November.", dt.date(2026, 10, 16), [("13 November", "2025-11-13")]),
])
def test_a_weekday_printed_with_its_day_settles_the_year(text, published, expected):
    assert times(text, published) == expected


@pytest.mark.parametrize("text,expected", [
    # figures for a month are dated by it
    ("Today it is one in ten, according to the operator's figures for August.", [("Today", "2026-09-10"), ("for August", "2026-08")]),
    # "for May" may be a name; figures to be published for months say nothing of when
    ("Councillors voted for May as leader.", []),
])
def test_a_month_after_for_dates_what_it_counts(text, expected):
    assert times(text, dt.date(2026, 9, 10)) == expected


def test_a_meeting_told_in_the_present_with_its_hour_is_the_coming_one():
    assert times("Kelby's full council meets at 7pm on Tuesday in the Guildhall.", dt.date(2026, 10, 12)) == \
        [("on Tuesday", "2026-10-13")]


def test_a_window_told_in_the_present_to_close_on_a_day_closes_on_the_coming_one():
    # 6 May 2026: 19 June is seven weeks off
    assert times("The consultation period lasts 45 days and ends on 19 June.", published=dt.date(2026, 5, 6)) == [
        ("lasts 45 days", "P45D"), ("19 June", "2026-06-19")]
    assert times("Nominations close on 30 June.", published=dt.date(2026, 5, 6)) == [("30 June", "2026-06-30")]
    # told in the past it closed last year
    assert times("The consultation closed on 19 June.", published=dt.date(2026, 5, 6)) == [("19 June", "2025-06-19")]


def test_a_weekday_naming_a_kind_of_service_after_the_last_or_first_is_no_date():
    # 14 March 2026 is a Saturday
    assert times("The new timetable drops the last Sunday sailing.") == []
    assert times("The first Monday train will leave at 06:10.") == []
    # the last of a month's weekdays, and last Sunday itself, are dates
    assert times("The fair is held on the last Sunday of the month.") != []
    assert times("The ferry sailed last Sunday evening.") == [("last Sunday", "2026-03-08")]


def test_a_telling_done_today_is_no_state_but_a_future_it_announces_ages_as_a_forecast():
    voted, invest = analyzed(
        "Residents have voted in favour of the new timetable, the community council announced today. "
        "The government will invest $1.2 billion over four years, the minister announced today.",
        published=dt.date(2026, 10, 2)).values()
    assert not voted.time_sensitive
    assert invest.kind == "fact" and invest.time_sensitive
    # the telling before what it announces
    send, = analyzed("NATO has announced it will send 700 more troops to reinforce KFOR.", published=dt.date(2023, 6, 1)).values()
    assert send.kind == "fact" and send.time_sensitive
    # a meeting held on the day, "today" closing a sentence that tells a past
    met, = analyzed("The commander met representatives of the police and EULEX today.", published=dt.date(2023, 9, 27)).values()
    assert not met.time_sensitive
    took, = analyzed("The central bank's ban on the dinar took effect today.", published=dt.date(2024, 2, 1)).values()
    assert not took.time_sensitive  # (an irregular past as well)
    # a state told today stays one
    open_now, = analyzed("The bridge is closed today.", published=dt.date(2026, 10, 2)).values()
    assert open_now.time_sensitive


def test_a_year_named_in_an_improvement_from_a_figure_dates_only_what_is_compared():
    claims = analyzed("In May 2026, 71.4% of patients were seen within four hours. "
                      "This is an improvement from 66.2% in May 2025. "
                      "Long waits fell to 410 in May, from 655 in April.", published=dt.date(2026, 6, 24))
    assert [(t.text, t.value) for t in list(claims.values())[2].times] == [("in May", "2026-05"), ("in April", "2026-04")]


def test_a_season_still_to_come_told_in_the_present_is_the_coming_one():
    # written in June 2026
    assert times("Handover delays remain the main risk over the winter.", published=dt.date(2026, 6, 24)) == [
        ("over the winter", "2026")]
    # told in the past, it is the one gone
    assert times("Sales fell over the winter.", published=dt.date(2026, 6, 24)) == [("over the winter", "2025")]


def test_a_study_s_length_after_an_age_range_and_findings_published_today_are_no_state():
    tracked, published = analyzed(
        "The researchers tracked 2,300 pupils aged 13 to 16 for six months using sleep monitors. "
        "The findings are published today in the journal Sleep Health.", published=dt.date(2026, 11, 12)).values()
    assert not tracked.time_sensitive
    assert not published.time_sensitive


def test_the_month_after_the_writing_told_in_the_present_is_the_coming_one():
    # written on 27 November 2026
    assert times("Heavy rain is more likely than usual in December.", published=dt.date(2026, 11, 27)) == [
        ("in December", "2026-12")]
    # told in the past, or further off, it is last year's
    assert times("Rain fell in December.", published=dt.date(2026, 11, 27)) == [("in December", "2025-12")]
    assert times("The report summarises the review in October.", published=dt.date(2026, 3, 2)) == [("in October", "2025-10")]


def test_a_window_told_in_the_present_to_end_or_expire_in_a_month_ends_in_the_coming_one():
    # written in September 2026
    for text in ("The free parking scheme ends in March.", "The contract expires in March."):
        assert times(text, published=dt.date(2026, 9, 1)) == [("in March", "2027-03")]
    assert times("The contract expired in March.", published=dt.date(2026, 9, 1)) == [("in March", "2026-03")]


def test_what_has_been_stopped_while_something_is_done_is_so_as_of_writing():
    stopped, habit = analyzed("Production has been stopped while the factory is cleaned. "
                              "Ferries run their engines while they are berthed.", published=dt.date(2026, 5, 29)).values()
    assert stopped.time_sensitive
    assert not habit.time_sensitive


def test_a_relative_year_does_not_move_the_story_of_a_text_dated_to_the_month():
    text = ("Night-time economy\n\nSeptember 2026\n\nBars employed 2,900 people last year.\n\n"
            "The free parking scheme ends in March.")
    result = analyze(Document(text, "text"), config=CONFIG)
    assert result.document.published == "2026-09"
    assert [(t.text, t.value) for t in result.claims[1].times] == [("in March", "2027-03")]


@pytest.mark.parametrize("text,sensitive", [
    # a course urged, dated to a month or a year ahead, is a standing position
    ("The council should introduce school streets at all 14 schools by September 2027.", False),
    ("Extend the pilot to all 31 primary schools from April 2027.", False),
    # one asked by a day lapses on that day; what the writer will do, or a body proposes, ages
    ("Contact us before 1 April 2027 to switch to monthly payments.", True),
    ("I will be asking the cabinet to back a £2 cap in March 2027.", True),
    ("Officers propose raising it to £72 from April 2027.", True),
])
def test_a_course_urged_for_a_month_or_year_ahead_is_no_state_but_a_deadline_by_a_day_is(text, sensitive):
    assert [c.time_sensitive for c in analyzed(text, published=dt.date(2026, 9, 9)).values()] == [sensitive]


def test_a_season_after_until_at_least_is_read():
    assert times("The road will stay closed until at least the summer.", published=dt.date(2026, 2, 12)) == [
        ("until at least the summer", "2026")]


def test_what_someone_has_not_yet_said_or_decided_is_open_as_of_writing():
    undecided, said = analyzed("The government has not said whether it will allow other councils to follow. "
                               "The minister said in May whether councils could follow.", published=dt.date(2026, 6, 18)).values()
    assert undecided.time_sensitive
    assert not said.time_sensitive
    # no evidence shown yet, as against none shown on a day gone by
    unshown, shown = analyzed("She has not presented evidence of Russian involvement. "
                              "He did not present evidence at the hearing.", published=dt.date(2024, 10, 29)).values()
    assert unshown.time_sensitive and not shown.time_sensitive
    # who did it, or why, not yet told
    who, why = analyzed("The agency has not said who carried out the strikes. "
                        "The ministry has not explained why the figures changed.", published=dt.date(2024, 4, 8)).values()
    assert who.time_sensitive and why.time_sensitive
    unclear, = analyzed("It was not immediately clear when the agreements would take effect.",
                        published=dt.date(2025, 3, 25)).values()
    assert unclear.time_sensitive


def test_indian_scales_and_rupees_are_read():
    spend, fine = analyzed("The state will spend ₹2,500 crore on roads and build 5 lakh homes. "
                           "The fine is Rs. 5,000 for a first offence.").values()
    assert [(q.text, q.value, q.unit) for q in spend.quantities] == [("₹2,500 crore", 25_000_000_000, "INR"),
                                                                    ("5 lakh", 500_000, "homes")]
    assert [(q.text, q.value, q.unit) for q in fine.quantities] == [("Rs. 5,000", 5000, "INR")]


@pytest.mark.parametrize("text,values", [
    # "any one", "no one": ways of speaking, not counts
    ("No one company should hold most of the quota.", []),
    ("It is small for any one person.", []),
    ("One company holds 40% of the quota.", [1, 40]),
])
def test_any_one_and_no_one_count_nothing(text, values):
    assert [q.value for q in only_claim(text).quantities] == values


@pytest.mark.parametrize("text,values", [
    # a name before a share is a party's or a team's, not a label like "Route 66"
    ("Labour won, with Green on 7% and Reform UK on 19%.", [7, 19]),
    ("Labour 34 per cent of the vote is its best share.", [34]),
    ("Route 66 reopens to traffic.", []),
    # a figure opening the sentence is no label, whatever word closes it
    ("38 council homes were handed over on Tuesday.", [38]),
])
def test_a_share_after_a_name_is_a_measure_not_a_label(text, values):
    assert [q.value for q in only_claim(text, published=dt.date(2026, 11, 22)).quantities] == values


@pytest.mark.parametrize("text,quantities", [
    # shillings and naira as East and West African papers write them, glued to the figure or not
    ("The county will spend Sh4.2 billion on pipes.", [("Sh4.2 billion", 4_200_000_000, "KES")]),
    ("Households spend up to KSh 1,500 a month.", [("up to KSh 1,500", 1500, "KES")]),
    ("Education gets N412 billion and ₦3.4 trillion goes on roads.",
     [("N412 billion", 412_000_000_000, "NGN"), ("₦3.4 trillion", 3_400_000_000_000, "NGN")]),
    ("The scheme cost R2.5bn.", [("R2.5bn", 2_500_000_000, "ZAR")]),
    # a letter before a bare figure names a road or a code, not a currency
    ("Take the N7 towards Naas.", []),
])
def test_african_currencies_are_read(text, quantities):
    claim = only_claim(text, published=dt.date(2026, 11, 24))
    assert [(q.text, q.value, q.unit) for q in claim.quantities] == quantities


def test_a_passive_under_way_with_an_irregular_participle_is_under_way():
    built, = analyzed("The project, which is being built at a cost of ₹8,313 crore, is about 87% complete.",
                      published=dt.date(2026, 8, 14)).values()
    assert built.time_sensitive


def test_a_month_s_end_after_to_is_read():
    assert times("Income to the end of September was £1.31 million.", published=dt.date(2026, 11, 12)) == [
        ("to the end of September", "2026-09")]


def test_a_quarter_that_results_are_for_and_a_fraction_before_a_comparison_are_read():
    assert times("The firm reported revenue of £84.2 million for the third quarter.", published=dt.date(2026, 10, 22)) == [
        ("for the third quarter", "2026-Q3")]
    vacancies, = analyzed("Vacancies stood at around 3,400 in September, a quarter fewer than in mid-2025.").values()
    assert [(q.text, q.value) for q in vacancies.quantities] == [("around 3,400", 3400), ("a quarter", 0.25)]


def test_a_release_s_own_telling_today_is_no_state():
    reports, = analyzed("Kelby Engineering plc today reports revenue of £84.2 million for the third quarter.",
                        published=dt.date(2026, 10, 22)).values()
    assert not reports.time_sensitive


def test_a_month_a_past_plan_was_for_is_read():
    assert times("The work was originally planned for October but was postponed.", published=dt.date(2026, 11, 2)) == [
        ("for October", "2026-10")]
    # the months a figure will cover are no date ahead
    assert times("The office will publish its figures for April.", published=dt.date(2026, 3, 2)) == []


def test_a_day_a_comparison_names_in_a_forward_sentence_is_the_past_one():
    # 21 October 2026 is a Wednesday
    assert times("Traders see a 70% chance the bank will cut rates in November, up from 45% on Tuesday.",
                 published=dt.date(2026, 10, 21)) == [("in November", "2026-11"), ("on Tuesday", "2026-10-20")]


def test_a_request_opening_on_please_is_advice_dated_ahead_and_lapses_on_its_day():
    request, = analyzed("Please sign and return the enclosed agreement by 10 June.", published=dt.date(2026, 5, 20)).values()
    assert (request.kind, request.time_sensitive, [t.value for t in request.times]) == ("opinion", True, ["2026-06-10"])


@pytest.mark.parametrize("text,sensitive", [
    ("Our attendance this half term is 95.8%.", True),
    ("The school has had 14 snow days this term.", True),
    # a day already gone this term is no state
    ("Earlier this term, the school replaced its boiler.", False),
])
def test_a_school_term_s_running_tally_is_a_state_as_of_writing(text, sensitive):
    assert only_claim(text, published=dt.date(2026, 10, 16)).time_sensitive is sensitive


@pytest.mark.parametrize("text,expected", [
    ("Two crew members were off sick for most of August.", [("most of August", "2026-08")]),
    ("The pool was shut for the whole of July.", [("the whole of July", "2026-07")]),
    # "of May" may be a name
    ("The leader was a friend of May.", []),
])
def test_a_share_of_a_month_is_read_as_the_month(text, expected):
    assert times(text, dt.date(2026, 10, 22)) == expected


@pytest.mark.parametrize("text,expected", [
    # a day of the month alone: this month's, the month before's when told in the past of a day to come
    ("The building had been empty since the tenant left on the 14th.", [("on the 14th", "2026-11-14")]),
    ("The shop closed on the 28th.", [("on the 28th", "2026-10-28")]),
    ("Bids must arrive by the 3rd.", [("by the 3rd", "2026-12-03")]),
    # an ordinal naming no day
    ("It was built in the 14th century.", []),
    # the year's end
    ("Demolition should be finished by year-end.", [("by year-end", "2026")]),
])
def test_a_day_of_the_month_alone_and_the_year_end(text, expected):
    assert times(text, dt.date(2026, 11, 25)) == expected


def test_a_span_counted_out_as_a_tenure_is_a_figure_too():
    claim = only_claim("Harker's Bakery closed on Saturday after 92 years of trading.", published=dt.date(2026, 11, 23))
    assert [(q.value, q.unit) for q in claim.quantities] == [(92, "years")]
    # a span with nothing after it stays a span alone
    assert only_claim("The bakery traded for 92 years.", published=dt.date(2026, 11, 23)).quantities == ()


@pytest.mark.parametrize("text,values", [
    # before or after a month, told as of now, is the coming one
    ("Neither side can afford to resume fighting before March.", ["2027-03"]),
    ("The works finish after June.", ["2027-06"]),
    # told in the past, the one gone by
    ("The two sides met before March.", ["2026-03"]),
    # "May" after "before" may be a name
    ("He joined the party before May became prime minister.", []),
])
def test_a_month_before_or_after_which_something_happens_is_read(text, values):
    assert [t.value for t in only_claim(text, published=dt.date(2026, 11, 25)).times] == values


def test_last_year_brings_the_story_back_to_the_year_of_writing():
    claims = analyzed("The mission was set up in March 2023 after the ceasefire. Monitors recorded 312 violations "
                      "between January and October, down from 540 in the same period last year.", published=dt.date(2026, 11, 23))
    values = [t.value for t in claims["Monitors recorded 312 violations between January and October, down from 540 "
                                      "in the same period last year."].times]
    assert values == ["2026-01", "2026-10", "2025"]


def test_a_bare_month_told_after_a_later_date_in_the_same_year_is_in_the_year_after():
    claims = analyzed("In December 2024, four cables were cut. Investigators seized the ship on December 28 and "
                      "released it in January.", published=dt.date(2026, 11, 19))
    values = [t.value for t in claims["Investigators seized the ship on December 28 and released it in January."].times]
    assert values == ["2024-12-28", "2025-01"]
    # months told in calendar order stay in their year
    order = analyzed("In December 2023, four cables were cut. The ship was seized in March and released in June.",
                     published=dt.date(2026, 11, 19))
    assert [t.value for t in order["The ship was seized in March and released in June."].times] == ["2023-03", "2023-06"]


def test_a_deadline_set_in_the_story_s_autumn_by_a_day_of_spring_is_the_spring_after():
    claims = analyzed("A deal was reached on 29 October 2021. Moldara agreed to pay for an audit of its debts by May 1. "
                      "By May 1, only 300 households had signed up.", published=dt.date(2022, 3, 14))
    assert [t.value for t in claims["Moldara agreed to pay for an audit of its debts by May 1."].times] == ["2022-05-01"]
    # with nothing that sets a deadline, the story's own year
    assert [t.value for t in claims["By May 1, only 300 households had signed up."].times] == ["2021-05-01"]


def test_a_story_that_reached_the_late_months_of_last_year_moves_on_into_the_year_of_writing():
    claims = analyzed("The price reached $1,900 in December 2021. The minister said in January that the country "
                      "would buy gas from Poland.", published=dt.date(2022, 3, 14))
    assert [t.value for t in claims["The minister said in January that the country would buy gas from Poland."].times] == ["2022-01"]
    # a flashback in the past perfect stays in the story's year
    back = analyzed("The price reached $1,900 in December 2021. Prices had fallen in January.", published=dt.date(2022, 3, 14))
    assert [t.value for t in back["Prices had fallen in January."].times] == ["2021-01"]
    # from the summer before too, and a past perfect in a relative clause after the month is no flashback
    claims = analyzed("Blackouts lasted 12 hours a day in July 2024. Washington ended a waiver in March that had allowed "
                      "Iraq to pay Iran.", published=dt.date(2025, 6, 9))
    assert [t.value for t in claims["Washington ended a waiver in March that had allowed Iraq to pay Iran."].times] == ["2025-03"]
    back = analyzed("Blackouts lasted 12 hours a day in July 2024. The ministry had warned in March that supplies would fall.",
                    published=dt.date(2025, 6, 9))
    assert [t.value for t in back["The ministry had warned in March that supplies would fall."].times] == ["2024-03"]
    # a quarter before the story's, as far as the writing's own month
    claims = analyzed("Azerbaijan took the region in September 2023. The last Russian units left Karabakh in June.",
                      published=dt.date(2024, 6, 14))
    assert [t.value for t in claims["The last Russian units left Karabakh in June."].times] == ["2024-06"]
    # a month only just before the story's stays in its year
    near = analyzed("Blackouts lasted 12 hours a day in July 2024. Protests began in May.", published=dt.date(2025, 6, 9))
    assert [t.value for t in near["Protests began in May."].times] == ["2024-05"]


def test_a_count_up_to_a_month_in_the_past_perfect_moves_on_into_the_year_of_writing():
    claims = analyzed("The price reached $1,900 in December 2021. By the end of January only 300 permits had been issued.",
                      published=dt.date(2022, 3, 14))
    assert [t.value for t in claims["By the end of January only 300 permits had been issued."].times] == ["2022-01"]


def test_months_counted_on_from_the_story_name_a_month_and_move_it():
    claims = analyzed("The camp opened in August 2022. Nineteen months later, half its tents were empty, a count in "
                      "November found. By then 40 families had left.", published=dt.date(2024, 5, 2))
    assert [t.value for t in claims["Nineteen months later, half its tents were empty, a count in November found."].times] \
        == ["2024-03", "2023-11"]
    earlier = analyzed("The dam burst on 6 June 2023. Engineers had warned of cracks two months earlier.",
                       published=dt.date(2024, 5, 2))
    assert [t.value for t in earlier["Engineers had warned of cracks two months earlier."].times] == ["2023-04"]
    # counted from a date the sentence names, which this does not read, it is left unread
    dated = analyzed("The camp opened in August 2022. He was arrested in May 2023 and freed six months later.",
                     published=dt.date(2024, 5, 2))
    assert [t.value for t in dated["He was arrested in May 2023 and freed six months later."].times] == ["2023-05"]


def test_years_counted_on_from_the_story_move_it():
    # landing within the year before the writing, the story is back in its present
    claims = analyzed("The talks ended on November 10, 2020. More than four years later, no road has been built. "
                      "A treaty text was agreed in March, but it has not been signed.", published=dt.date(2025, 4, 16))
    assert [t.value for t in claims["A treaty text was agreed in March, but it has not been signed."].times] == ["2025-03"]
    # landing further back, the story is in the year counted
    earlier = analyzed("The plant opened in June 2010. Five years later, it was sold. The buyer closed it in March.",
                       published=dt.date(2025, 4, 16))
    assert [t.value for t in earlier["The buyer closed it in March."].times] == ["2015-03"]
    # with no count, the story stays where it was
    still = analyzed("The plant opened in June 2010. Years later, it was sold. The buyer closed it in March.",
                     published=dt.date(2025, 4, 16))
    assert [t.value for t in still["The buyer closed it in March."].times] == ["2010-03"]


def test_years_and_a_half_counted_on_and_a_count_that_falls_a_little_short_move_the_story():
    text = ("The statement was signed on November 10, 2020. Almost two and a half years later, no track has been laid. "
            "A plan was presented in January.")
    claims = analyzed(text, published=dt.date(2023, 3, 10))
    assert [t.value for t in claims["A plan was presented in January."].times] == ["2023-01"]
    # a count past the writing, with nothing to say it falls short, moves nothing
    beyond = analyzed(text.replace("Almost two", "Two"), published=dt.date(2023, 3, 10))
    assert [t.value for t in beyond["A plan was presented in January."].times] != ["2023-01"]

def test_a_weekday_after_a_modal_that_follows_the_last_telling_is_the_coming_one():
    claim = only_claim("Hospitals were told on Thursday to cancel operations next week as forecasters warned that "
                       "temperatures could reach 39C on Tuesday.", published=dt.date(2023, 7, 14))
    assert [t.value for t in claim.times] == ["2023-07-13", "2023-W29", "2023-07-18"]
    # compared with a day gone by, the weekday is past
    compared = only_claim("Traders see a 70% chance that the bank will cut rates, up from 45% on Tuesday.",
                          published=dt.date(2023, 7, 14))
    assert [t.value for t in compared.times] == ["2023-07-11"]


def test_a_season_with_its_possessive_is_read():
    claim = only_claim("At least 1,200 people died during last summer's heatwaves.", published=dt.date(2023, 7, 14))
    assert [t.value for t in claim.times] == ["2022"]


def test_by_a_month_told_as_of_now_is_the_coming_one():
    assert times("Option A would open a second centre by January.", dt.date(2026, 11, 5)) == [("by January", "2027-01")]
    assert times("Sales were up 5% by March.", dt.date(2026, 11, 5)) == [("by March", "2026-03")]


def test_a_month_after_an_irregular_past_back_in_the_year_of_writing_is_last_year_s():
    claims = analyzed("The ceasefire was signed on 14 October 2020. The minister said last year that his government "
                      "would object. \"The monitors have done their job,\" he told parliament in May.", published=dt.date(2024, 3, 8))
    said = claims['"The monitors have done their job," he told parliament in May.']
    assert [t.value for t in said.times] == ["2023-05"]


def test_a_term_s_length_after_the_term_named_is_a_horizon():
    claims = analyzed("The ceasefire was signed on 14 October 2020. Monitors were deployed on November 2 for an initial "
                      "period of five years.", published=dt.date(2024, 3, 8))
    deployed = claims["Monitors were deployed on November 2 for an initial period of five years."]
    assert deployed.time_sensitive and deployed.expires == "2025-11-02"


def test_how_long_a_supply_is_to_hold_out_is_a_horizon_from_the_telling():
    claims = analyzed("The region's leader said on Wednesday that coal reserves would last about 50 days. "
                      "Prices rose over the last five years. Stocks lasted 50 days.", published=dt.date(2025, 1, 9))
    reserves = claims["The region's leader said on Wednesday that coal reserves would last about 50 days."]
    assert reserves.time_sensitive and reserves.expires == "2025-02-27"
    assert not claims["Prices rose over the last five years."].time_sensitive
    assert not claims["Stocks lasted 50 days."].time_sensitive


@pytest.mark.parametrize("text,values", [
    ("Some two dozen aftershocks have been recorded.", [24]),
    ("A quarter of a million homes were damaged.", [250000]),
    ("Three-quarters of a million people voted.", [750000]),
    # a dozen alone, and dozens, stay as they were
    ("A dozen tenants' groups wrote in.", [12]),
    ("Dozens of homes flooded.", []),
    # a seventh, an eighth: shares as a fraction of one, where an ordinal in a row counts nothing
    ("The force is about a seventh of that size.", [round(1 / 7, 4)]),
    ("He was the seventh of nine children.", [9]),
])
def test_dozens_and_shares_of_a_million_in_words_are_counted(text, values):
    assert [q.value for q in only_claim(text).quantities] == values


def test_a_window_told_in_the_present_after_last_year_s_late_months_closes_in_the_year_of_writing():
    claims = analyzed("The deal was extended for 120 days in November 2022. It expires on March 18 unless it is renewed.",
                      published=dt.date(2023, 1, 22))
    assert [t.value for t in claims["It expires on March 18 unless it is renewed."].times] == ["2023-03-18"]


def test_the_end_of_the_year_looked_back_on_in_the_past_perfect_is_the_story_s_year():
    claims = analyzed("The deal was signed on July 22, 2022. By the end of the year, 17 million tonnes had been shipped. "
                      "By the end of the year the council will decide.", published=dt.date(2023, 1, 22))
    assert [t.value for t in claims["By the end of the year, 17 million tonnes had been shipped."].times] == ["2022"]
    assert [t.value for t in claims["By the end of the year the council will decide."].times] == ["2023"]
    # a future told before it in a sentence of the past still looks ahead from the writing
    told = analyzed("The region fell last September. Baku has said the withdrawal will be completed by the end of the year.",
                    published=dt.date(2024, 4, 19))
    assert [t.value for t in told["Baku has said the withdrawal will be completed by the end of the year."].times] == ["2024"]


def test_another_span_a_coming_season_and_into_a_season_are_read():
    assert times("The Security Council renewed its mandate for another year.", dt.date(2023, 2, 1)) == [("for another year", "P1Y")]
    assert times("It will run for another two years.", dt.date(2023, 2, 1)) == [("for another two years", "P2Y")]
    # the coming season is this year's while it is still ahead, else next year's
    assert times("Expect more incidents over the coming summer.", dt.date(2023, 2, 1)) == [("coming summer", "2023")]
    assert times("Expect more incidents over the coming summer.", dt.date(2023, 9, 1)) == [("coming summer", "2024")]
    assert times("The north is likely to stay without police into the spring.", dt.date(2022, 11, 30)) == [("into the spring", "2023")]


def test_a_term_lengthened_by_another_span_holds_the_span():
    assert times("Diplomats favour extending the mandate by another two years.", dt.date(2024, 5, 20)) == [("by another two years", "P2Y")]
    assert times("The mandate was extended by a further six months.", dt.date(2024, 5, 20)) == [("by a further six months", "P6M")]
    # a rise by another amount is no span
    assert times("Prices rose by another 5% in the spring.", dt.date(2024, 5, 20)) == [("in the spring", "2024")]

def test_a_count_so_far_in_the_present_perfect_brings_the_story_back_to_the_writing():
    claims = analyzed("The war began in August 2008. Since then, the line has advanced at least 56 times so far. "
                      "In July, the fence moved 500 metres.", published=dt.date(2019, 8, 14))
    assert [t.value for t in claims["In July, the fence moved 500 metres."].times] == ["2019-07"]
    # a count told in the past perfect stays in the story's year
    past = analyzed("The war began in August 2008. By then, the line had advanced 56 times so far. "
                    "In July, the fence moved 500 metres.", published=dt.date(2019, 8, 14))
    assert [t.value for t in past["In July, the fence moved 500 metres."].times] == ["2008-07"]


def test_a_term_a_view_asks_for_is_no_horizon_and_what_keeps_going_on_is_a_state():
    wants = only_claim("The partnership wants the council to extend the parking scheme for another year.", published=dt.date(2026, 11, 5))
    assert not wants.time_sensitive
    keeps = only_claim("Fences along the boundary keep creeping forward.", published=dt.date(2019, 8, 14))
    assert keeps.time_sensitive
    allowed = only_claim("Under a 2011 arrangement, Serbs could keep driving with plates issued by Serbia.",
                         published=dt.date(2022, 11, 30))
    assert not allowed.time_sensitive


def test_a_length_compared_is_no_state_and_priorities_for_the_next_years_age():
    assert not only_claim("The pause should last no longer than it must.", published=dt.date(2023, 6, 12)).time_sensitive
    priorities = only_claim("Oslo's priorities for the next two years are climate and oceans.", published=dt.date(2023, 6, 12))
    assert priorities.time_sensitive and priorities.expires == "2025-06-12"


def test_a_month_right_after_a_past_telling_dates_the_telling():
    claim = only_claim("Gazprom said in December that it would halt supplies.", published=dt.date(2025, 1, 15))
    assert [t.value for t in claim.times] == ["2024-12"]
    # a month after the telling's words, in what was foretold, looks ahead
    ahead = only_claim("The ministry said in a statement that talks would resume in March.", published=dt.date(2025, 1, 15))
    assert [t.value for t in ahead.times] == ["2025-03"]


def test_they_after_a_sentence_about_an_unnamed_group_is_that_group():
    claims = analyzed('Hikmet Hajiyev called it "a historic step." Thousands of people have rallied in Yerevan since early May. '
                      "They argue that the new line leaves the main road exposed.", published=dt.date(2024, 5, 20))
    assert claims["They argue that the new line leaves the main road exposed."].speaker == "Thousands of people"


def test_a_deadline_a_request_sets_a_year_in_a_relative_clause_and_a_telling_s_clause():
    # a deadline set by a request told with its month falls after that month
    asked = only_claim("In March, Yerevan asked them to leave the airport by August 1.", published=dt.date(2024, 7, 15))
    assert [t.value for t in asked.times] == ["2024-03", "2024-08-01"]
    docked = only_claim("In March, the ship docked on August 1.", published=dt.date(2024, 7, 15))
    assert [t.value for t in docked.times] == ["2024-03", "2023-08-01"]
    # a year in a clause set off by commas dates that clause only
    junta = analyzed("About 100 instructors landed in January 2024. Niger's junta, which seized power in July 2023, "
                     "ordered US forces to leave in March.", published=dt.date(2024, 3, 4))
    assert [t.value for t in junta["Niger's junta, which seized power in July 2023, ordered US forces to leave in March."].times] \
        == ["2023-07", "2024-03"]
    # what a telling said is dated apart from the telling
    freeze = only_claim("Pashinyan announced the freeze in February, saying the alliance had failed him in September 2022.",
                        published=dt.date(2024, 7, 15))
    assert [t.value for t in freeze.times] == ["2024-02", "2022-09"]


def test_a_further_span_and_a_state_as_at_a_day():
    assert times("The Council should extend the mandate for a further 12 months.", dt.date(2024, 6, 14)) == [
        ("for a further 12 months", "P12M")]
    assert times("It was extended for a further year.", dt.date(2024, 6, 14)) == [("for a further year", "P1Y")]
    assert only_claim("As at 12 June, the strength of the military component stood at 802.", published=dt.date(2024, 6, 14)).time_sensitive


def test_an_undated_text_is_no_older_than_the_newest_year_in_the_addresses_it_cites():
    from claims.analysis import Document, analyze

    from .stage_helpers import CONFIG

    text = ("Russian border guards removed 24 buoys on May 23. Since 2022, Estonia has closed most crossings.\n\n"
            "https://vm.example.ee/en/news/buoys-removed-2024\n\nThe river runs for 77 kilometres.\n")
    result = analyze(Document(text, "pdf-text"), config=CONFIG)
    assert (result.document.published, result.document.published_estimated) == ("2024", True)
    assert [t.value for t in result.claims[0].times] == ["2024-05-23"]


def test_a_span_since_a_year_in_the_present_perfect_brings_the_story_back_to_the_writing():
    claims = analyzed("Ukraine retook the island on June 30, 2022. Romania's navy has cleared more than 100 mines since 2022. "
                      "A joint group began operations in July.", published=dt.date(2024, 9, 10))
    assert [t.value for t in claims["A joint group began operations in July."].times] == ["2024-07"]


def test_a_start_told_in_a_present_relative_clause_is_the_coming_one():
    claim = only_claim("Aid agencies warn that the lean season, which starts in June, will push more areas into famine.",
                       published=dt.date(2025, 4, 15))
    assert [t.value for t in claim.times] == ["2025-06"]


def test_a_span_the_past_went_on_for_opening_the_sentence_is_no_horizon():
    told = only_claim("For a decade, the EU told Georgians that the door was open.", published=dt.date(2024, 12, 2))
    assert [t.value for t in told.times] == ["P10Y"] and not told.time_sensitive
    ahead = only_claim("For five years, the fund will pay the rent.", published=dt.date(2024, 12, 2))
    assert ahead.time_sensitive


def test_what_was_agreed_to_go_on_is_no_state_as_of_writing():
    agreed = only_claim('The two leaders last met in Abu Dhabi in July, where they agreed to continue talks "without intermediaries".',
                        published=dt.date(2025, 8, 6))
    assert not agreed.time_sensitive
    assert only_claim("Talks continue, and both sides agreed to continue them.", published=dt.date(2025, 8, 6)).time_sensitive


def test_a_year_with_its_part_after_a_capitalised_in_is_read():
    assert times("In mid-2023, the UN peacekeeping mission was asked to leave.", dt.date(2025, 6, 18)) == [("In mid-2023", "2023")]


def test_the_end_of_the_year_told_in_the_past_of_an_earlier_story_is_the_story_s_year():
    claims = analyzed("The road section opened in May 2018. By the end of the year, ships were waiting an average of 52 hours.",
                      published=dt.date(2025, 4, 14))
    waiting = claims["By the end of the year, ships were waiting an average of 52 hours."]
    assert [t.value for t in waiting.times] == ["2018"] and not waiting.time_sensitive


def test_a_deployment_in_the_past_for_a_span_sets_a_term_that_runs_on():
    deployed = only_claim("About 1,960 Russian troops were deployed along the corridor for five years.", published=dt.date(2024, 4, 19))
    assert deployed.time_sensitive is True
    launched = only_claim("The mission was launched in February 2023 for an initial two years.", published=dt.date(2024, 11, 4))
    assert [t.value for t in launched.times] == ["2023-02", "P2Y"] and launched.time_sensitive is True
    # how long a study went on is no term
    followed = only_claim("The study followed 12,400 patients for a decade.", published=dt.date(2024, 4, 19))
    assert followed.time_sensitive is False


def test_a_course_urged_for_this_year_is_a_standing_view_but_a_verdict_up_to_now_ages():
    urged = only_claim("We recommend that the partners fund a technical survey of the depot this year.", published=dt.date(2023, 3, 6))
    assert urged.time_sensitive is False
    judged = only_claim("It is the best British film I have seen this year.", published=dt.date(2023, 3, 6))
    assert judged.time_sensitive is True


def test_a_month_after_what_is_arranged_to_happen_is_the_coming_one():
    claim = only_claim("Talks are to resume in March.", published=dt.date(2025, 1, 2))
    assert ([t.value for t in claim.times], claim.kind) == (["2025-03"], "prediction")


def test_an_ultimatum_s_span_and_what_a_deal_settles_ahead_age():
    claims = analyzed("He has given Nikol Pashinyan one hour to resign. Under the deal, agreed on 19 April, Armenia will "
                      "transfer four villages to Azerbaijan.", published=dt.date(2024, 5, 9))
    ultimatum, deal = claims.values()
    assert [(t.text, t.value) for t in ultimatum.times] == [("one hour", "PT1H")] and ultimatum.time_sensitive
    assert deal.kind == "fact" and deal.time_sensitive


def test_what_is_due_in_the_year_of_writing_is_ahead_until_the_year_ends():
    claims = analyzed("In October 2023 the two states began building a bridge, which is due to be finished in 2025. "
                      "The bridge was finished in 2025.", published=dt.date(2025, 1, 15))
    due, done = claims.values()
    assert due.time_sensitive and due.expires == "2025-12-31"
    assert not done.time_sensitive


def test_a_term_lengthened_by_a_span_reads_the_span():
    assert times("Option A would extend the mandate by two years with the current strength.",
                 published=dt.date(2025, 1, 14)) == [("by two years", "P2Y")]


def test_what_may_happen_in_a_month_named_looks_ahead_unless_a_past_is_told():
    claims = analyzed("As of 15 December, the plan was only 62% funded. Without more money, partners warn, winter aid for "
                      "about 20,000 people could stop in January. The EU could reimpose the measures it lifted in June.",
                      published=dt.date(2023, 12, 15))
    _, aid, measures = claims.values()
    assert [t.value for t in aid.times] == ["2024-01"] and aid.kind == "prediction"
    assert [t.value for t in measures.times] == ["2023-06"]


def test_a_span_opening_the_sentence_with_more_before_its_comma_is_how_long_the_past_went_on():
    blocked = only_claim("For more than nine months before that, the Lachin corridor had been blocked.", published=dt.date(2023, 9, 21))
    assert [t.value for t in blocked.times] == ["P9M"] and not blocked.time_sensitive


def test_a_heading_that_names_the_present_brings_the_story_back_to_the_writing():
    text = ("1. Background\n\nA ceasefire signed in July 1992 created a joint peacekeeping force.\n\n"
            "2. Recent developments\n\nIn February, a congress of officials asked Moscow for protection.\n")
    result = analyze(Document(text, "text", published=dt.date(2024, 3, 20)), config=CONFIG)
    assert [t.value for t in result.claims[-1].times] == ["2024-02"]


def test_a_sum_converted_at_current_rates_holds_as_of_writing():
    converted, dated = analyzed("That is about $77 million at current exchange rates. "
                                "That was about $70 million at the 2020 exchange rate.", published=dt.date(2024, 11, 14)).values()
    assert converted.time_sensitive and not dated.time_sensitive


def test_a_past_in_a_relative_clause_set_apart_does_not_send_a_bare_date_back_a_year():
    claim = only_claim("President Maia Sandu, who won the first round of the election held the same day, faces a run-off on 3 November.",
                       published=dt.date(2024, 10, 24))
    assert [t.value for t in claim.times] == ["2024-11-03"] and claim.time_sensitive


def test_by_the_end_of_the_decade_is_a_horizon_at_the_decade_s_last_year():
    claim = only_claim("Growth will slow to about 5% by the end of the decade, the IMF forecasts.", published=dt.date(2024, 12, 5))
    assert [(t.value, t.kind) for t in claim.times] == [("2029", "horizon")] and claim.expires == "2029-12-31"


@pytest.mark.parametrize("text, times", [
    ("The plant will close before the end of this decade.", [("before the end of this decade", "2029")]),
    ("Output will not double within this decade.", [("within this decade", "2029")]),
    # a decade looked back on names no last year to go by
    ("Prices rose within the decade.", []),
])
def test_this_decade_s_end_is_its_last_year(text, times):
    claim = only_claim(text, published=dt.date(2025, 6, 10))
    assert [(t.text, t.value) for t in claim.times] == times


@pytest.mark.parametrize("text, values", [
    ("Debt reached $1.2tn in late 2022.", [1.2e12]),
    ("Global debt is £3trn.", [3e12]),
    ("He scored in the 88th minute.", []),
])
def test_trillions_written_tn_or_trn_are_counted(text, values):
    assert [q.value for q in only_claim(text).quantities] == values


def test_the_first_days_of_a_month_counted_are_that_month():
    assert times("The money buys power for the first ten days of February.", dt.date(2025, 2, 20)) == [
        ("the first ten days of February", "2025-02")]


@pytest.mark.parametrize("text, sensitive", [
    # "Still," opening a sentence is "nevertheless", no state that still holds
    ("Still, the crash has shown that Russia's leverage over its neighbours is weaker.", False),
    ("Still, prices are still rising.", True),
    ("Still, the plant remains closed.", True),
    # after a comparative it is "even"
    ("Container traffic grew faster still in 2024.", False),
    ("Costs rose higher still after the storm.", False),
    ("Supporters of the former leader still hope for his return.", True),
])
def test_still_opening_a_sentence_is_nevertheless(text, sensitive):
    assert only_claim(text, published=dt.date(2025, 7, 1)).time_sensitive is sensitive


@pytest.mark.parametrize("text, sensitive", [
    # "so far" as a degree measures how far, not up to when
    ("Not since 2008 has the currency fallen so far in a single week.", False),
    ("The council has gone so far as to close two libraries.", False),
    # up to the writing it still marks a state as of writing
    ("The currency has fallen 4% so far this year.", True),
    ("No drone has been downed so far.", True),
])
def test_so_far_as_a_degree_marks_no_state_as_of_writing(text, sensitive):
    assert only_claim(text, published=dt.date(2024, 12, 7)).time_sensitive is sensitive


def test_a_season_told_in_the_past_before_what_might_come_is_behind():
    polls = only_claim("Polls in the summer had suggested that PAS could lose its majority.", published=dt.date(2025, 10, 6))
    assert [(t.text, t.value) for t in polls.times] == [("in the summer", "2025")]
    ahead = only_claim("The bridge will reopen in the summer.", published=dt.date(2025, 10, 6))
    assert [(t.text, t.value) for t in ahead.times] == [("in the summer", "2026")]
    # (a participle is no past told: the government not formed before the summer is ahead)
    formed = only_claim("A new government is unlikely to be formed before the summer, which will delay any such step.",
                        published=dt.date(2025, 3, 20))
    assert [(t.text, t.value) for t in formed.times] == [("before the summer", "2025")]


def test_a_day_something_began_on_is_behind_the_writing_though_the_sentence_looks_ahead_after_it():
    claim = only_claim("More than 400 people have been detained since protests began on Nov. 28, when the government announced "
                       "it was shelving talks on joining the EU until 2028.", published=dt.date(2025, 1, 27))
    assert [(t.text, t.value) for t in claim.times] == [("Nov. 28", "2024-11-28"), ("until 2028", "2028")]


def test_a_day_in_a_relative_clause_of_a_deed_done_is_behind_the_writing_though_the_sentence_foretells():
    claims = analyzed("The contract expired on Jan. 1. Fico, who visited Moscow on Dec. 22 to discuss supplies, said the halt "
                      "would cost Slovakia dearly.", published=dt.date(2025, 1, 6))
    claim = claims["Fico, who visited Moscow on Dec. 22 to discuss supplies, said the halt would cost Slovakia dearly."]
    assert [t.value for t in claim.times] == ["2024-12-22"]
    # so is a month closing a clause of its own, joined on, with a deed done and its object before it
    claim = only_claim("Azerbaijan plans to expand the port of Alat by 2028, and the Asian Development Bank approved a loan for "
                       "Georgian railways in March.", published=dt.date(2025, 7, 22))
    assert [t.value for t in claim.times] == ["2028", "2025-03"]
    claim = only_claim("Azerbaijan plans to expand the port by 2028, and the bank is expected to approve a loan in March.",
                       published=dt.date(2025, 7, 22))
    assert [t.value for t in claim.times] == ["2028", "2026-03"]
    # what the relative clause says will be done then is still ahead
    claims = analyzed("The contract expired on Jan. 1. Fico, who will visit Moscow on Dec. 22, said the halt would cost "
                      "Slovakia dearly.", published=dt.date(2025, 1, 6))
    assert [t.value for t in claims["Fico, who will visit Moscow on Dec. 22, said the halt would cost Slovakia dearly."].times] \
        == ["2025-12-22"]


def test_a_bare_day_told_in_the_past_in_the_month_of_the_thing_a_date_names_is_in_that_month():
    claims = analyzed("The office says 238 people were killed during the unrest of January 2022. Troops were deployed on "
                      "January 6. They left by January 19.", published=dt.date(2025, 1, 5))
    assert [[t.value for t in c.times] for c in list(claims.values())[1:]] == [["2022-01-06"], ["2022-01-19"]]
    # a day of another month keeps to the writing's clock
    claims = analyzed("The office says 238 people were killed during the unrest of January 2022. The inquiry closed on "
                      "December 12.", published=dt.date(2025, 1, 5))
    assert [t.value for t in list(claims.values())[1].times] == ["2024-12-12"]


def test_a_day_in_figures_is_a_date_and_no_figure_to_count():
    claim = only_claim("Registrations closed on 03.03.2025, the commission said.", published=dt.date(2025, 3, 20))
    assert ([t.value for t in claim.times], claim.quantities) == (["2025-03-03"], ())


def test_a_month_after_a_sum_is_a_rate_not_a_month_on():
    claims = analyzed("The camp opened in August 2022. Farmers there earn less than $200 a month on average.",
                      published=dt.date(2024, 3, 14))
    assert claims["Farmers there earn less than $200 a month on average."].times == ()
    claims = analyzed("The camp opened in August 2022. A month on, half its tents were empty.", published=dt.date(2024, 3, 14))
    assert [t.value for t in claims["A month on, half its tents were empty."].times] == ["2022-09"]


def test_a_season_named_as_last_once_it_is_over_is_this_year_s():
    claim = only_claim("Last summer's drought cut the flow of the river.", published=dt.date(2025, 12, 29))
    assert [t.value for t in claim.times] == ["2025"]


def test_a_part_of_the_year_already_over_in_a_forecast_is_the_coming_year_s():
    claim = only_claim("A referendum is expected in the first half of the year.", published=dt.date(2025, 12, 29))
    assert [t.value for t in claim.times] == ["2026"]
    claim = only_claim("A referendum is expected by the end of the year.", published=dt.date(2025, 12, 29))
    assert [t.value for t in claim.times] == ["2025"]
    claim = only_claim("Exports fell in the first half of the year.", published=dt.date(2025, 12, 29))
    assert [t.value for t in claim.times] == ["2025"]
    # a figure measured against a forecast is no forecast
    claim = only_claim("Tax revenues in the first eight months of the year were 1.9 trillion tenge lower than expected.",
                       published=dt.date(2024, 9, 16))
    assert [t.value for t in claim.times] == ["2024"]


def test_a_span_counted_from_an_event_named_after_it_is_no_horizon_from_the_story():
    claims = analyzed("The fighting began in September 2022. The treaty requires both sides to withdraw troops within 30 days "
                      "of ratification.", published=dt.date(2025, 3, 13))
    assert not claims["The treaty requires both sides to withdraw troops within 30 days of ratification."].time_sensitive
    claims = analyzed("The fighting began in September 2022. Both sides must withdraw troops within 30 days.",
                      published=dt.date(2022, 9, 20))
    assert claims["Both sides must withdraw troops within 30 days."].time_sensitive


def test_a_date_in_the_subject_of_a_present_perfect_does_not_move_the_story():
    claims = analyzed("The Taliban takeover of Kabul in August 2021 has made the base more important. "
                      "On March 5, Russian and Tajik troops held joint exercises.", published=dt.date(2022, 4, 15))
    assert [t.value for t in claims["On March 5, Russian and Tajik troops held joint exercises."].times] == ["2022-03-05"]
    # a date the story moves to, told in the past, still lends its year
    # (a later month: March, half a year before August, would be the March of the writing's year)
    claims = analyzed("The Taliban took Kabul in August 2021. On October 5, the embassy closed.", published=dt.date(2022, 4, 15))
    assert [t.value for t in claims["On October 5, the embassy closed."].times] == ["2021-10-05"]


def test_a_day_with_its_own_preposition_opening_what_is_due_then_is_the_coming_one():
    ruling = "On 22 February, the International Court of Justice is due to rule on Armenia's request for provisional measures."
    claims = analyzed("Under the ceasefire statement of 10 November 2020, it was placed under the control of Russian "
                      "peacekeepers. " + ruling, published=dt.date(2023, 2, 20))
    assert [t.value for t in claims[ruling].times] == ["2023-02-22"]


def test_a_sentence_in_the_present_perfect_with_no_time_brings_the_story_back_to_the_writing():
    text = ("Azerbaijani troops crossed the border in September 2022. Public opinion has shifted since then. "
            "In a poll in June, only 7% named Russia as a partner.")
    claims = analyzed(text.replace(" since then", ""), published=dt.date(2024, 9, 2))
    assert [t.value for t in claims["In a poll in June, only 7% named Russia as a partner."].times] == ["2024-06"]
    # told in the simple past, the story stays where it was
    claims = analyzed(text.replace("Public opinion has shifted since then.", "Public opinion shifted."), published=dt.date(2024, 9, 2))
    assert [t.value for t in claims["In a poll in June, only 7% named Russia as a partner."].times] == ["2022-06"]


def test_a_month_closing_a_since_clause_of_a_present_perfect_is_the_latest_up_to_the_writing():
    claims = analyzed("A fire at the same depot in August 2023 destroyed two tanks. "
                      "Abkhazia has faced fuel shortages since Russia cut subsidised supplies in December.", published=dt.date(2025, 1, 14))
    assert [t.value for t in claims["Abkhazia has faced fuel shortages since Russia cut subsidised supplies in December."].times] == ["2024-12"]


def test_a_deed_told_as_done_by_a_weekday_is_done_by_the_latest_one():
    claims = analyzed("An explosion killed two workers on Monday night. Firefighters brought the fire under control by Tuesday morning.",
                      published=dt.date(2025, 1, 14))
    assert [t.value for t in claims["Firefighters brought the fire under control by Tuesday morning."].times] == ["2025-01-14"]
    # a deadline set is ahead
    claims = analyzed("The workers were told to leave by Friday.", published=dt.date(2025, 1, 14))
    assert [t.value for t in claims["The workers were told to leave by Friday."].times] == ["2025-01-17"]


def test_a_day_an_order_sets_as_a_deadline_is_ahead_of_the_order():
    text = "President Rahmon ordered the government to rebuild damaged schools before the start of the school year on 1 September."
    claim = only_claim(text, published=dt.date(2024, 5, 13))
    assert [t.value for t in claim.times] == ["2024-09-01"]
    # a day told of the past, later in the year than the writing, is last year's still
    assert [t.value for t in only_claim("The schools reopened on 1 September.", published=dt.date(2024, 5, 13)).times] == ["2023-09-01"]


def test_the_start_of_a_year_is_a_noun_and_tells_no_schedule():
    # an order to rebuild, a deed, is worth checking though its deadline is ahead
    text = "President Rahmon ordered the government to rebuild damaged schools before the start of the school year on 1 September."
    assert only_claim(text, published=dt.date(2024, 5, 13)).checkworthy


@pytest.mark.parametrize("text, sensitive", [
    # a level told as reached by a time is no horizon ahead, even in the year of writing
    ("The key rate, which stood at 6.75% by mid-2025, has since been cut.", False),
    ("Unemployment had risen to 9% by 2025.", False),
    # what is to be done by then still is
    ("The rate will fall to 6% by mid-2026.", True),
    ("The council has promised to finish the road by December.", True),
])
def test_a_level_reached_by_a_time_is_no_horizon(text, sensitive):
    assert only_claim(text, published=dt.date(2025, 10, 15)).time_sensitive is sensitive


@pytest.mark.parametrize("text, sensitive", [
    # nothing owned to as of writing
    ("Russia has not admitted responsibility.", True),
    ("The company has not accepted any liability.", True),
    ("No group has claimed responsibility for the blast.", True),
    # owned to, it is done
    ("The company has admitted liability.", False),
])
def test_responsibility_not_admitted_is_a_state_as_of_writing(text, sensitive):
    assert only_claim(text, published=dt.date(2025, 2, 11)).time_sensitive is sensitive


@pytest.mark.parametrize("text, sensitive", [
    # a plan adopted for years ahead is a deed done, as a budget is
    ("The Commission adopted a plan for 2025 to 2028.", False),
    ("We have asked the provider to send us an action plan by 30 November 2026.", False),
    # what is planned to happen then still looks ahead
    ("The Commission plans to adopt the budget in 2027.", True),
])
def test_a_plan_named_is_no_plan_to_act(text, sensitive):
    assert only_claim(text, published=dt.date(2024, 11, 21)).time_sensitive is sensitive


@pytest.mark.parametrize("text, value, sensitive", [
    # an office's start told in the present is ahead, as a rule's is
    ("She takes office on Monday.", "2025-03-03", True),
    ("The new president is sworn in on Friday.", "2025-03-07", True),
    # told in the past it is done
    ("He took office on Monday.", "2025-02-24", False),
])
def test_an_office_taken_in_the_present_is_ahead(text, value, sensitive):
    claim = only_claim(text, published=dt.date(2025, 3, 1))
    assert ([t.value for t in claim.times], claim.time_sensitive) == ([value], sensitive)


@pytest.mark.parametrize("text, value", [
    # a day's possessive names the day
    ("In today's judgment the court found a violation.", "2025-09-16"),
    ("Yesterday's vote was close.", "2025-09-15"),
])
def test_a_day_s_possessive_names_the_day(text, value):
    assert [t.value for t in only_claim(text, published=dt.date(2025, 9, 16)).times] == [value]
