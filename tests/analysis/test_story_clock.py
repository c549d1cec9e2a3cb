"""Per-stage cases written for Claimtrack: bare days and months read on a story's clock — a chronology over
several years, a telling dated before what it foretells, a day counted since or in the year after."""
import datetime as dt

from claims.analysis import Document, analyze

from .stage_helpers import CONFIG

MARCH_2025 = dt.date(2025, 3, 10)


def times_of(text, published=MARCH_2025):
    result = analyze(Document(text, "text", published=published), config=CONFIG)
    return [[t.value for t in c.times if t.value[:1] == "2"] for c in result.claims]


def test_what_a_dated_telling_foretells_is_counted_from_the_telling_s_day():
    text = ("A new contract was signed on October 29, 2021.\n\n"
            "On December 11, 2024, Gazprom said it would halt supplies from January 1 over the debt. "
            "Deliveries stopped on New Year's Day.")
    assert times_of(text) == [["2021-10-29"], ["2024-12-11", "2025-01-01"], ["2025-01-01"]]
    assert times_of("On 2 March 2023, the council said it would close the pool on 1 June.") == [["2023-03-02", "2023-06-01"]]


def test_a_day_since_which_a_state_has_lasted_is_the_latest_up_to_the_writing():
    text = ("Moldova has been weaning itself off Russian gas since the autumn of 2021. Transnistria has been without "
            "supplies since January 1.")
    assert times_of(text)[1] == ["2025-01-01"]


def test_a_day_of_the_following_year_is_in_the_year_after_the_story_s():
    text = ("A new contract was signed on October 29, 2021, with Gazprom demanding that the debt be paid by May 1 of the "
            "following year.")
    assert "2022-05-01" in times_of(text)[0]


def test_a_brief_that_traces_the_crisis_points_at_itself_and_its_series_line_is_no_title():
    text = ("MOLDOVA'S LONG WINTER: FOUR YEARS OF GAS COERCION\n\nPolicy Brief No. 31, Eastern Partnership Energy Observatory\n"
            "Natalia Ciobanu\nMarch 2025\n\nThis brief traces how the crisis unfolded. Gazprom cut deliveries in October 2021.\n")
    result = analyze(Document(text, "text"), config=CONFIG)
    assert result.document.title == "MOLDOVA'S LONG WINTER: FOUR YEARS OF GAS COERCION"
    assert [c.kind for c in result.claims] == ["reference", "fact"]


def test_a_month_foretold_in_a_telling_dated_by_its_month_counts_from_that_month():
    text = ("It began in September 2021, when Kosovo started requiring temporary plates.\n\n"
            "Kosovo said in June 2022 that Serbian-issued plates would have to be replaced by the end of September. "
            "Officials said in June 2022 that the rule would be reviewed in May.")
    assert times_of(text, dt.date(2024, 6, 14))[1:] == [["2022-06", "2022-09"], ["2022-06", "2023-05"]]


def test_the_following_month_is_the_month_after_the_one_named_before_it():
    text = ("Kosovo said in June 2022 that the plates would have to go. In November, hundreds of Serb police officers "
            "resigned, and the following month Serbs set up barricades. The previous month had been calm.")
    assert times_of(text, dt.date(2024, 6, 14))[1:] == [["2022-11", "2022-12"], ["2022-11"]]


def test_a_day_of_the_month_alone_is_in_the_story_s_month_when_the_story_is_in_the_past():
    text = ("On 12 December 2022, activists blocked the road. Three days later, the government said food was short. "
            "The Red Cross began carrying patients on the 20th. Convoys resumed on the 3rd.")
    assert times_of(text, dt.date(2024, 6, 12))[2:] == [["2022-12-20"], ["2023-01-03"]]
    # with the story in the writing's month, the day is this month's, as before
    assert times_of("The bridge reopened on the 4th.", dt.date(2024, 6, 12)) == [["2024-06-04"]]


def test_a_dateline_with_the_place_in_title_case_and_the_day_before_its_month_dates_the_release():
    text = ('FOR IMMEDIATE RELEASE\n\nShusha Global Media Forum closes with call for "responsible journalism"\n\n'
            "Baku, 22 July 2024 - The forum ended on Sunday after two days of talks, the organisers said. "
            "The president addressed the opening session on Saturday.\n")
    result = analyze(Document(text, "text"), config=CONFIG)
    assert (result.document.published, result.document.title) == (
        "2024-07-22", 'Shusha Global Media Forum closes with call for "responsible journalism"')
    assert [[t.value for t in c.times if t.value[:1] == "2"] for c in result.claims] == [["2024-07-21"], ["2024-07-20"]]
    md = "# Forum closes\n\nBaku, 22 July 2024 - The forum ended on Sunday, the organisers said.\n"
    assert analyze(Document(md, "markdown"), config=CONFIG).document.published == "2024-07-22"
    # a place in title case with no full date and dash after it opens a sentence
    text = "Baku, the capital, hosted the forum on 22 July 2024."
    assert [c.text for c in analyze(Document(text, "text"), config=CONFIG).claims] == [text]


def test_a_decade_is_its_three_digits_and_one_ahead_is_a_horizon():
    result = analyze(Document("The contracts, signed in the 1990s, protect the operators. "
                              "Analysts doubt a new reactor can be built before the mid-2030s.", "text", published=MARCH_2025),
                     config=CONFIG)
    assert [[(t.value, t.kind) for t in c.times] for c in result.claims] == [[("199", "date")], [("203", "horizon")]]
    # a decade moves the story to no year: a bare month after it is still the writing's year's
    result = analyze(Document("Prices doubled in the 1990s and fell again in May.", "text", published=MARCH_2025), config=CONFIG)
    assert [t.value for t in result.claims[0].times] == ["199", "2024-05"]


def test_a_day_in_the_subject_of_what_will_happen_is_the_coming_one():
    text = ("Students began the blockade in late November.\n\n"
            "The largest rally, in Belgrade on 15 March, is expected to draw 100,000 people.\n\n"
            "The prime minister resigned in January.")
    assert times_of(text, dt.date(2025, 3, 14)) == [["2024-11"], ["2025-03-15"], ["2025-01"]]
    # a day told in the past before it, or a second clause between, keeps the story's year
    text = ("Students began the blockade in late November.\n\n"
            "Students who marched on 15 March will march again.\n\n"
            "Reserves stood at £3 million at the end of October and are expected to fall.")
    assert times_of(text, dt.date(2025, 3, 14)) == [["2024-11"], ["2024-03-15"], ["2024-10"]]


def test_a_span_in_quotation_marks_is_still_a_span():
    result = analyze(Document('The governor said repairs would take "at least a week".', "text", published=MARCH_2025), config=CONFIG)
    assert [t.value for t in result.claims[0].times] == ["P1W"]


def test_a_year_set_before_the_sentence_lends_itself_to_its_bare_months():
    nov_2024 = dt.date(2024, 11, 21)
    assert times_of("In 2019 the council approved the plan in March, and work began in June.", nov_2024) == [
        ["2019", "2019-03", "2019-06"]]
    assert times_of("In 2021 the bank kept its rate in October and said it may raise it in December.", nov_2024) == [
        ["2021", "2021-10", "2021-12"]]
    # a year inside the sentence lends nothing to a month in another clause
    assert times_of("Three buses a day run now, down from nine in 2019, after the operator cut services in January.",
                    nov_2024) == [["2019", "2024-01"]]


def test_the_month_of_what_may_be_done_in_a_story_of_the_writing_s_year_is_the_coming_one():
    text = "The bank kept its rate at 14.25% in October and has signalled that it may raise it in December."
    assert times_of(text, dt.date(2024, 11, 21)) == [["2024-10", "2024-12"]]
    # a month earlier in the year than the writing, in what may be done, keeps to the telling's year
    assert times_of("We may strike in May, a shop steward said on Tuesday.", dt.date(2025, 6, 3)) == [["2025-05", "2025-06-03"]]


def test_a_quarter_told_from_the_writing_and_the_last_quarter_of_a_year():
    nov_2024 = dt.date(2024, 11, 21)
    assert times_of("The bank has sold $1 billion of reserves this quarter.", nov_2024) == [["2024-Q4"]]
    assert times_of("Profits fell by 4% last quarter.", dt.date(2025, 2, 3)) == [["2024-Q4"]]
    assert times_of("Sales rose in the last quarter of 2023.", nov_2024) == [["2023-Q4"]]


def test_a_part_of_the_year_is_the_year():
    nov_2024 = dt.date(2024, 11, 21)
    assert times_of("The deficit reached 2.1 trillion tenge in the first nine months of the year.", nov_2024) == [["2024"]]
    assert times_of("Agency spending reached £1.9m in the first half of the year.", nov_2024) == [["2024"]]


def test_a_bare_year_of_last_year_or_this_brings_a_story_of_earlier_years_up_to_it():
    jan_2025 = dt.date(2025, 1, 28)
    text = ("In July 2022, the two sides signed a memorandum.\n\n"
            "Deliveries reached 12.9 bcm in 2024, up from 8.1 bcm in 2021.\n\n"
            "The minister said in December that output would rise.")
    assert times_of(text, jan_2025) == [["2022-07"], ["2024", "2021"], ["2024-12"]]
    # a year further back, or one only compared with, moves nothing
    text = ("In July 2022, the two sides signed a memorandum.\n\n"
            "Croatia applied in 2003.\n\nThe minister said in December that the talks would resume.")
    assert times_of(text, jan_2025)[2] == ["2022-12"]


def test_a_schedule_told_in_the_present_after_a_story_of_last_december_is_the_coming_day():
    text = "Inflation rose to 8.9% in January from 8.6% in December. The central bank meets again on 7 March."
    assert times_of(text, dt.date(2025, 2, 14)) == [["2025-01", "2024-12"], ["2025-03-07"]]
    # a timeline's present, years back, stays in its year
    text = "The council approved the plan in March 2016. Work starts on 7 May."
    assert times_of(text, dt.date(2025, 2, 14)) == [["2016-03"], ["2016-05-07"]]


def test_the_end_of_the_century_is_its_last_year_and_one():
    assert times_of("Scientists warn the sea could fall by up to 9 metres by the end of the century.",
                    dt.date(2025, 9, 3)) == [["2100"]]


def test_a_past_perfect_inside_what_was_told_is_no_flashback():
    text = ("Moscow withdrew its border guards from the airport on August 1, 2024.\n\n"
            'The prime minister said in February that the base had "not fulfilled its function".')
    assert times_of(text, dt.date(2025, 5, 12)) == [["2024-08-01"], ["2025-02"]]
    # the main clause's own past perfect is one
    text = ("Moscow withdrew its border guards from the airport on August 1, 2024.\n\n"
            "The prime minister had warned in February that the base was useless.")
    assert times_of(text, dt.date(2025, 5, 12)) == [["2024-08-01"], ["2024-02"]]


def test_a_telling_that_looks_ahead_to_the_writing_s_years_is_a_recent_one():
    text = ("Four countries signed an agreement in December 2022 to build the cable.\n\n"
            "The energy minister said in April that tenders would be issued by the end of 2025.")
    assert times_of(text, dt.date(2025, 6, 9))[1] == ["2025-04", "2025"]
    # a telling that looks ahead to no year of the writing's keeps the story's
    text = ("Four countries signed an agreement in December 2022 to build the cable.\n\n"
            "The energy minister said in April that tenders would follow.")
    assert times_of(text, dt.date(2025, 6, 9))[1] == ["2022-04"]


def test_a_level_as_measured_beside_a_forecast_is_the_latest_such_month():
    december = dt.date(2024, 12, 7)
    assert times_of("Inflation, at 1.9% in November, is expected to pass 4% early next year.", december) == [
        ["2024-11", "2025"]]
    assert times_of("Inflation is expected to rise to 4%, from 1.9% in November.", december) == [["2024-11"]]
    # the month of what is foretold stays the coming one
    assert times_of("Inflation is expected to pass 4% in November.", december) == [["2025-11"]]


def test_a_telling_after_the_story_s_late_month_of_the_year_before_is_the_latest_up_to_the_writing():
    february = dt.date(2025, 2, 11)
    text = ("The ferry sank near the harbour in December 2024. "
            "The mayor said in remarks broadcast on local radio in January that the hull had been holed.")
    assert times_of(text, february) == [["2024-12"], ["2025-01"]]
    # a month with no telling before it keeps the story's year
    assert times_of("The ferry sank near the harbour in December 2024. Repairs had begun in January.", february) == [
        ["2024-12"], ["2024-01"]]
