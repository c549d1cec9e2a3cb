"""Per-stage cases written for Claimtrack: time, quantities, speakers, kinds and time sensitivity."""
import datetime as dt

import pytest

from claims.analysis import AnalysisConfig, Document, analyze
from claims.analysis.attribution import attribute
from claims.analysis.quantities import find_quantities
from claims.analysis.temporal import Narrative, find_times
from claims.analysis.words import grams

CONFIG = AnalysisConfig(now=dt.date(2026, 11, 25))


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
    ("Pupils over seven years old walk to school.", []),
    ("Emissions must halve by 2030.", [("by 2030", "2030")]),
    ("Talks may last over the next decade.", [("over the next decade", "P10Y")]),
    ("The town grew by 9% over the past decade.", [("over the past decade", "P10Y")]),
    ("It was the first such fine since 1998.", [("since 1998", "1998")]),
    ("The 12-day strike ended.", [("12-day", "P12D")]),
    # relative to publication (a Saturday in ISO week 11): calendar weeks and months, "ago"
    ("The figures were published last week.", [("last week", "2026-W10")]),
    ("Talks resume next week and end next month.", [("next week", "2026-W12"), ("next month", "2026-04")]),
    ("The pier closed two weeks ago.", [("two weeks ago", "2026-W09")]),
    ("It opened three years ago, 18 months ago it shut, and 10 days ago it reopened.",
     [("three years ago", "2023"), ("18 months ago", "2024-09"), ("10 days ago", "2026-03-04")]),
    # both ends of a span of months, and a horizon with "at least"
    ("Sales fell between January and March.", [("between January", "2026-01"), ("March", "2026-03")]),
    # a sentence that names its year lends it to its bare months and days
    ("Exports rose from May to August last year.", [("from May", "2025-05"), ("August", "2025-08"), ("last year", "2025")]),
    ("Talks began on 3 May 2019 and ended on June 4.", [("3 May 2019", "2019-05-03"), ("June 4", "2019-06-04")]),
    ("The ban will last until at least June.", [("until at least June", "2026-06")]),
    ("Smith and June Carter spoke.", []),
    # a weekday that starts or ends something in a sentence that looks ahead is the coming one
    ("From Monday, fares will rise by 5%.", [("From Monday", "2026-03-16")]),
    ("The line will not open before late 2027.", [("before late 2027", "2027")]),
    # quarters, and the month a year-on-year figure runs to
    ("Revenue rose 4% in Q3 2024 and in the second quarter of 2025.",
     [("Q3 2024", "2024-Q3"), ("second quarter of 2025", "2025-Q2")]),
    ("Rents rose 11.4% in the year to September.", [("year to September", "2025-09")]),
    ("She gave the keys to June.", []),
    # a capitalised lead word counts; "down from" compares and does not look ahead (published in March)
    ("From April, bills will rise by 6%.", [("From April", "2026-04")]),
    ("Prices rose 2.9% in the year to January, down from 3.4% in December.",
     [("year to January", "2026-01"), ("in December", "2025-12")]),
    ("By Friday, the fire had spread to the docks.", [("By Friday", "2026-03-13")]),
    ("Arrears stood at 3,450 at the end of February.", [("at the end of February", "2026-02")]),
])
def test_time_expressions_are_normalized(text, expected):
    assert times(text) == expected


def test_a_bare_date_takes_its_year_from_the_story():
    assert times("The ceasefire broke down on March 3.", narrative_year=2019) == [("March 3", "2019-03-03")]


def test_a_bare_date_later_than_publication_in_a_past_tense_sentence_is_last_year():
    assert times("The bridge was shut on October 21.") == [("October 21", "2025-10-21")]


def test_a_weekday_after_a_word_that_looks_ahead_is_the_coming_one():
    # 14 March 2026 is a Saturday
    assert times("Inspectors are expected to visit the depot on Thursday.") == [("on Thursday", "2026-03-19")]
    assert times("The council said on Monday that the board will meet on Friday.") == [
        ("on Monday", "2026-03-09"), ("on Friday", "2026-03-20")]
    assert times("Officials from the port said on Tuesday that it was closed.") == [("on Tuesday", "2026-03-10")]
    assert times("The road will stay shut until May, the council said on Friday.") == [
        ("until May", "2026-05"), ("on Friday", "2026-03-13")]


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
    # a figure set against another counts the same thing; "over" is no counted noun
    ("Police recorded 4,812 offences, compared with 3,950 in 2021.",
     [("4,812", 4812.0, "offences", False), ("3,950", 3950.0, "offences", False), ("2021", 2021.0, None, False)]),
    ("The vote was 23 to 9.", [("23", 23.0, None, False), ("9", 9.0, None, False)]),
    # shares as fractions of one; "the first half of 2024" is a time, "half an hour" no share
    ("A third of treated water never reaches a tap.", [("A third", 0.3333, "share", False)]),
    ("Two-thirds of voters backed the plan in the first half of the year.", [("Two-thirds", 0.6667, "share", False)]),
    ("Spending has fallen by a quarter.", [("a quarter", 0.25, "share", False)]),
    ("She spent half an hour at the site.", []),
    # "m" and "k" count millions and thousands of things, but a "5m wall" is in metres; temperatures
    ("The city has 1.2m residents and 350k cars.", [("1.2m", 1.2e6, "residents", False), ("350k", 3.5e5, "cars", False)]),
    ("A 5m wall collapsed.", [("5m", 5.0, "m", False)]),
    ("Temperatures reached 41.5C, or 106.7F.", [("41.5C", 41.5, "°C", False), ("106.7F", 106.7, "°F", False)]),
    ("Knife crime rose from 212 offences to 301 over the period.",
     [("212", 212.0, "offences", False), ("301", 301.0, "offences", False)]),
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


def test_the_first_sentences_of_a_quotation_belong_to_the_speaker_its_last_one_names():
    claims = analyzed("“We are shocked by what happened. The plant passed every inspection,” said Tomasz Wirth.")
    assert [c.speaker for c in claims.values()] == ["Tomasz Wirth", "Tomasz Wirth"]


def test_a_weekday_whose_own_verb_is_past_stays_in_the_past():
    assert times("The plant will close after a leak on Saturday injured 14 people.") == [("on Saturday", "2026-03-14")]


def test_an_expectation_has_its_speaker_and_stays_a_forecast():
    claims = analyzed('"Costs are biting," said Lena Holm, an economist. She expects building to recover in 2025.')
    expects = list(claims.values())[1]
    assert (expects.speaker, expects.kind) == ("Lena Holm", "prediction")


def test_a_quotation_on_its_own_continues_the_previous_speaker():
    text = "“We will not see a turnaround before the summer.”"
    assert attribute(text, grams(text), "Rob Dobson").speaker == "Rob Dobson"


@pytest.mark.parametrize("text,speaker,vague", [
    ("The ministry said the budget would rise.", "The ministry", False),
    ("Prices will fall, according to the central bank.", "the central bank", False),
    ("“We are ready,” said Anna Berg, the mayor.", "Anna Berg", False),
    ("“Costs will rise,” the minister said.", "the minister", False),
    ("Some analysts had warned of a recession.", "Some analysts", True),
    ("The leaders are said to favour a deal.", None, True),
    ("France, for example, accused the company of fraud.", "France", False),
    ("Residents were told to keep their windows closed.", None, False),
    ("The mayor told reporters the bridge was safe.", "The mayor", False),
    ("None of the reports the crew made led to a repair.", None, False),
    ("Every safety report made by staff was filed.", None, False),
    ("The union claims the valve was broken.", "The union", False),
    ("The board must say so in writing.", None, False),
    ("A recent IMF report forecast growth of 1.1% for 2025.", "A recent IMF report", False),
    ("The forecast was wrong.", None, False),
    # a group the text does not name is a vague speaker; a named body or a possessive is not
    ("Local campaigners have long argued that the plant is too close to homes.", "Local campaigners", True),
    ("Some hydrologists believe the lake is shrinking.", "Some hydrologists", True),
    ("Analysts expect prices to rise.", "Analysts", True),
    ("The company's engineers said the pipe was sound.", "The company's engineers", False),
    ("Scientists at the University of Valdora said the study was flawed.", "Scientists at the University of Valdora", False),
    ("The weather forecasts were wrong in 2023.", None, False),
    ("The state spent €2.4 billion, about 60% of what its own plan said was needed.", None, False),
    ("The mayor did not say when the line would reopen.", "The mayor", False),
    ('The Riders Alliance, a passenger group, called the increase "a tax on workers."', "The Riders Alliance", False),
    ('Critics described the plan as "reckless".', "Critics", True),
    ('A group called "Save the Pier" met on Monday.', None, False),
    ("Each year of delay adds roughly $85 million in costs.", None, False),
    ("Repairing them would cost an estimated €4.1 billion.", None, False),
    ("The schedule assumes that no further conflicts will be found.", None, False),
    ("The mayor added that the bridge would reopen.", "The mayor", False),
    ("Should the committee require monthly cost reports?", None, False),
    ("If the team's owners believe in the project, they can pay for it themselves.", None, False),
    ("Quotas were cut in 2022, after scientists warned that stocks were close to collapse.", None, False),
    ("In 2022 the national police inspectorate told forces to record threats.", "the national police inspectorate", False),
    ("On Monday the harbour master said the port would reopen.", "the harbour master", False),
    ('"This is money the town does not have," said local councillor Aoife Brennan.', "local councillor Aoife Brennan", False),
    ("The Dockworkers' Guild, which represents roughly 1,100 workers, said the offer was too low.", "The Dockworkers' Guild", False),
    ('"It is a scandal," said one resident, who asked not to be named.', "one resident", True),
    ('"We will appeal," said local residents.', "local residents", True),
    ('"It is over," said officials on Monday.', "officials", True),
    ("One can see that the plan works, while one also cannot say it is cheap.", None, False),
    ('"Our members have had enough," said Guild president Carlos Mendez.', "Guild president Carlos Mendez", False),
    ("The fire is 15% contained, says incident commander Jo Marsh.", "incident commander Jo Marsh", False),
    ("Environment Secretary Priya Shah today announced £200 million of funding.", "Environment Secretary Priya Shah", False),
    ("Two firefighters were hurt, according to a statement from the county fire service.", "the county fire service", False),
    ("According to figures released by the health ministry on Sunday, nine remain in hospital.", "the health ministry", False),
    ("Rainfall fell by 41 per cent, according to the National Weather Office [2].", "the National Weather Office", False),
    ("In a statement, the mayor of Brask, Ewa Nowak, said residents were warned late.", "Ewa Nowak, the mayor of Brask", False),
    ("Every complaint made by tenants is logged by the housing office.", None, False),
    # a verb that closes its sentence attributes it, named body or not
    ("The levy will raise about €9 million a year, the finance department estimated in a note.", "the finance department", False),
    ("The levy will raise about €9 million a year, the finance department estimated the revenue.", None, False),
    ("A review by the Tarn Institute, however, found that the 2021 count was too high.", "A review by the Tarn Institute", False),
    ("The ministry's own surveys suggest the queue is growing.", "The ministry's own surveys", False),
    ("The port authority has since said it will appeal.", "The port authority", False),
    ("The authority estimates that the works will cost €14 million.", "The authority", False),
    ("The union claims that the valve was never replaced.", "The union", False),
    ("Freight fell by 9% in May, the port's own figures show.", "the port's own figures", True),
    ("But dock workers warned that the cranes were unsafe.", "dock workers", True),
    ("The Commission has proposed that ferries use shore power.", "The Commission", False),
    ("The proposed bridge will cost €2 billion.", None, False),
    ("Hauliers cite fuel prices as the main cost.", "Hauliers", True),
    ("Officers estimate that the levy would raise £2 million.", "Officers", True),
    ('"Owners are not the villains," said Pieter de Groot of the Owners\' Federation.', "Pieter de Groot", False),
    ("The minister ruled out a freeze but said she would consider limits.", "The minister", False),
    ("The rise is more than double the company's first estimate of £4 million.", None, False),
    ("The mayor dismissed claims that the valve was never replaced.", None, False),
    ("Amid reports that the valve failed, shares fell.", None, False),
])
def test_speakers_and_vague_attributions(text, speaker, vague):
    who = attribute(text, grams(text))
    assert (who.speaker, who.vague) == (speaker, vague)


def test_the_author_s_own_we_takes_no_earlier_speaker_while_they_does():
    for text, speaker in (("We believe the levy is too low.", None), ("They believe the levy is too low.", "the union")):
        assert attribute(text, grams(text), previous="the union").speaker == speaker


def analyzed(text, published=None):
    return {c.text: c for c in analyze(Document(text, "text", published=published), config=CONFIG).claims}


def test_kinds():
    claims = analyzed("The council approved the budget on May 2, 2024. Will the mayor resign? "
                      "The new tram line will open in 2027. This is probably the worst plan in years. "
                      "Full figures can be found on the council's website.")
    assert [c.kind for c in claims.values()] == ["fact", "question", "prediction", "opinion", "reference"]


@pytest.mark.parametrize("text,kind", [
    ("Early tests point to a cracked weld in the main pipe.", "fact"),
    ("The Ferry Company is negotiating with the harbour board over berths.", "fact"),
    ("Some 40 trains this week may be cancelled at short notice.", "opinion"),
    ("Passengers were expected to board the replacement ferry on Sunday.", "prediction"),
    ("We thank the volunteers who cleared the beach.", "opinion"),
    ("The press office can be reached on the usual number.", "reference"),
    ("See Figure 2 for the monthly totals.", "reference"),
    ("The data are summarised in Table 3.", "reference"),
    ("A significant share of the fleet stayed in port during the storm.", "fact"),
    ("Norway seeks to expand its fishing quota in the northern zone.", "fact"),
    ("The Oslo-led consortium appears stronger than its rivals.", "opinion"),
    ("We welcome the board's promise that no depot will close, but it must say so in writing.", "opinion"),
    ("“Our thoughts are with the crew who were on duty last night,” said the harbour master.", "opinion"),
    # a belief held by a vague group is an opinion; what they say is reported as a fact
    ("Some hydrologists believe the region must rethink how it stores water.", "opinion"),
    ("Some hydrologists say the region has lost a third of its stored water.", "fact"),
    # a recommendation is no fact for naming a date; a forecast said in the speaker's own verb looks ahead
    ("Empty-homes charges should be doubled from April 2025.", "opinion"),
    ("The institute forecasts a rise of between 6% and 8% in 2025.", "prediction"),
    ("The weather forecasts were wrong in 2023.", "fact"),
    ("Sea levels are projected to rise by 20 centimetres by 2050.", "prediction"),
    ("The number of homes at risk could double to about 140,000 by 2040.", "prediction"),
    ("Turkey is likely to push for a further extension.", "prediction"),
    ("We recommend that the ministry publish a costed timetable.", "opinion"),
    ("The ministry attributes the rise to more frequent storms.", "fact"),
    ("The line is not expected to open before late 2027.", "prediction"),
    ("Smokers were twice as likely to be admitted to hospital.", "fact"),
    # what may happen ahead is a forecast, said or not; what might have happened is not
    ("Trains due at the station next week may be cancelled.", "prediction"),
    ("The grocer said fresh bread could be scarce for up to two weeks.", "prediction"),
    ("The fire could have started in the kitchen.", "opinion"),
    ("Analysts estimate that food prices could rise by 10 to 20 per cent.", "prediction"),
    ("Half of all households rent their homes.", "fact"),
    # "would" tells what will follow, unless under a condition or inside a relative clause
    ("The new bridge would cut the journey to the port by half.", "prediction"),
    ("Traffic would ease if the council opened the bypass.", "opinion"),
    ("The council sold the plots that would later hold the depot.", "fact"),
    # "would be better" judges; a modal inside a relative clause qualifies a noun, not the claim
    ("The harbour master said the grant would be better spent on dredging.", "opinion"),
    ("Engineers are still inspecting the pier, which could delay the ferry timetable.", "fact"),
    ("Dredging the channel could delay the ferry timetable.", "opinion"),
    ("Landlords argue that the register would be costly and unfair to small owners.", "opinion"),
    ("The city plans to open two schools by 2027.", "prediction"),
    ("Meteorologists expect the drought to ease in October.", "prediction"),
    ('"Prices will stabilise next year," the chief executive told analysts on a call.', "prediction"),
    ("The ministry said in March 2024 that prices will stabilise the following year.", "fact"),
])
def test_kinds_of_plain_news_sentences(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_states_as_of_writing_and_forecasts_are_time_sensitive_and_dated_events_are_not():
    claims = analyzed("The dam burst on April 3, 2021. So far, 40 families have been rehoused. "
                      "The road is currently closed. The new dam will be finished by 2028.",
                      published=dt.date(2021, 6, 1))
    burst, rehoused, closed, dam = claims.values()
    assert not burst.time_sensitive and burst.expires is None
    assert rehoused.time_sensitive and rehoused.expires == "2022-06-01"
    assert closed.time_sensitive
    assert dam.time_sensitive and dam.expires == "2028-12-31"


def test_a_span_up_to_now_ages_from_writing_and_until_a_month_is_a_horizon():
    claims = analyzed("Dockers have worked at the port for twenty years. "
                      "The ferry will run until the end of September.", published=dt.date(2024, 8, 14))
    worked, ferry = claims.values()
    assert worked.time_sensitive and worked.expires == "2025-08-14"
    assert [(t.value, t.kind) for t in ferry.times] == [("2024-09", "horizon")]
    assert ferry.time_sensitive and ferry.expires == "2024-09"


def test_an_action_under_way_is_time_sensitive():
    claims = analyzed("The collapse is being investigated by the water board. Engineers are pumping out the valley. "
                      "The board is based in Arnhem.", published=dt.date(2021, 6, 1))
    investigated, pumping, based = claims.values()
    assert investigated.time_sensitive and pumping.time_sensitive
    assert not based.time_sensitive


def test_a_horizon_counts_from_the_narrative_date():
    claims = analyzed("The peace deal was signed in March 2020. Monitors are said to stay for three years.")
    assert claims["Monitors are said to stay for three years."].expires == "2023-03"


def test_publication_date_is_estimated_from_the_text_when_not_given():
    result = analyze(Document("The factory opened in 2018. It was sold in February 2021.", "text"), config=CONFIG)
    assert result.document.published == "2021" and result.document.published_estimated
    # a year the text looks ahead to does not date it
    ahead = analyze(Document("The line opened in 2019. It is not expected to reach the port before 2027.", "text"), config=CONFIG)
    assert ahead.document.published == "2019"


def test_possession_is_not_a_completed_action_and_abstract_subjects_do_not_report():
    claims = analyzed("The city has several options for the old depot. Such rising costs put the plan at risk.")
    assert [c.kind for c in claims.values()] == ["opinion", "opinion"]
    assert all(c.speaker is None for c in claims.values())


def test_a_span_that_runs_up_to_now_sets_no_horizon():
    claims = analyzed("Prices have doubled within the last five years. The levy will apply within five years.",
                      published=dt.date(2024, 8, 14))
    doubled, levy = claims.values()
    assert [(t.value, t.kind) for t in doubled.times] == [("P5Y", "duration")]
    assert not doubled.time_sensitive and doubled.expires is None
    assert levy.time_sensitive and levy.expires == "2029-08-14"


def test_a_quotation_running_on_past_its_paragraph_keeps_its_speaker_and_an_opening_one_takes_the_later_name():
    claims = analyzed('The guild said talks had failed. "Our members have had enough," said Guild president Carlos Mendez. '
                      '"They kept this port running through the pandemic.\n\n'
                      '"Now they are being told to accept a pay cut."\n\n'
                      'The mayor spoke first. "We are shocked. The plant passed every inspection," said Tomasz Wirth.')
    speakers = {text[:20]: c.speaker for text, c in claims.items()}
    assert speakers['"They kept this port'] == "Guild president Carlos Mendez"
    assert speakers['"Now they are being '] == "Guild president Carlos Mendez"
    assert speakers['"We are shocked.'] == "Tomasz Wirth"


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


def test_a_common_noun_that_opens_a_sentence_names_no_actor_while_a_name_does():
    kinds = [c.kind for c in analyzed("Noise harms sleep. Ostrava seeks quieter roads. "
                                      "The noise from the ring road rose in 2023.").values()]
    assert kinds == ["opinion", "fact", "fact"]


def test_a_recommendation_is_not_check_worthy_whatever_it_counts():
    claims = analyzed("We recommend that the council prioritise the 150 schools with the highest recorded temperatures.")
    claim = next(iter(claims.values()))
    assert (claim.kind, claim.checkworthy) == ("opinion", False)
    assert any("kind prior (recommendation)" in e.why for e in claim.evidence)


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


def test_a_past_event_on_a_later_month_is_last_year_s_even_after_a_date_in_the_publication_year():
    claims = analyzed("The council met on Friday. The bridge was shut on October 21.", published=dt.date(2026, 3, 14))
    assert [t.value for c in claims.values() for t in c.times] == ["2026-03-13", "2025-10-21"]


@pytest.mark.parametrize("text,kind", [
    ("The Secretariat recommends that members apply jointly for co-funding by March 2027.", "opinion"),
    ("Ferry operators argue that the deadline is too tight.", "opinion"),
    ("Ferry operators argue that the deadline falls in 2030.", "fact"),
    ("The mayor did not say how many staff the port would need.", "fact"),
    ("Hauliers said the cut came late, because most of their lorries will need refits.", "fact"),
    # a bare verb with its object tells the reader what to do
    ("Reopen the grant scheme with a cap per landlord.", "opinion"),
    ("Require a heat pump at the next change of tenancy from 2027.", "opinion"),
    ("Given the cost, the council delayed the scheme in 2024.", "fact"),
    ("Half the grants went to ten landlords in 2023.", "fact"),
    # a forecast reported with "warned that" is the speaker's forecast; a future under "in the hopes that" is not
    ("The operator warned that fewer than half of its ferries would sail during the strike.", "prediction"),
    ("The council has backed the plan in the hope that it will revive the harbour.", "fact"),
    # the second half of a compound adjective is no past action; "Nobody" names no actor
    ("It is a short-sighted plan.", "opinion"),
    ("Nobody disputes that.", "opinion"),
    ("Even counting every sapling, the total would be 49,480.", "fact"),
])
def test_recommendations_argued_judgements_and_futures_inside_other_clauses(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_an_open_ended_start_year_does_not_date_an_undated_text_unless_it_is_the_only_year():
    dated = analyze(Document("Ships emitted 41,000 tonnes in 2021. Ships must use shore power from 2030.", "text"), config=CONFIG)
    only = analyze(Document("Prices have risen every year from 2019.", "text"), config=CONFIG)
    assert (dated.document.published, only.document.published) == ("2021", "2019")


def test_a_bare_month_in_a_sentence_that_says_what_will_happen_is_the_coming_one_and_a_question_never_goes_stale():
    claims = analyzed("In a 2021 review, the agency argued that quotas worked. "
                      "The agency is expected to publish new limits in October. Is a fair fishery still possible?",
                      published=dt.date(2022, 3, 1))
    by_first = {text.split()[0]: c for text, c in claims.items()}
    assert [t.value for t in by_first["The"].times] == ["2022-10"]
    assert by_first["Is"].time_sensitive is False
    assert attribute("The Commission has defended the system.", grams("The Commission has defended the system.")).speaker == "The Commission"


def test_she_points_back_to_the_person_a_sentence_was_about_rather_than_an_earlier_speaker():
    claims = analyzed("The landlords' federation says costs rose by 12% last year. "
                      "Housing minister Ana Ribeiro is due to present a bill in April. "
                      "She said last week that she would consider limits on increases.")
    assert [c.speaker for c in claims.values()] == ["The landlords' federation", None, "Ana Ribeiro"]


def test_a_remark_quoted_whole_without_a_figure_weighs_less_than_one_with_a_figure():
    claims = analyzed('"Our members have had enough," said union leader Carlos Mendez. '
                      '"Our members lost 4% of their pay in 2024," said union leader Carlos Mendez.')
    remark, figure = claims.values()
    assert any("kind prior (quoted remark)" in e.why for e in remark.evidence)
    assert not any("quoted remark" in e.why for e in figure.evidence)
    assert (remark.checkworthy, figure.checkworthy) == (False, True)
