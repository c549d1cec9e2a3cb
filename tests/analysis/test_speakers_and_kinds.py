"""Per-stage cases written for Claimtrack: speakers, kinds and the check-worthiness priors."""
import datetime as dt

import pytest

from claims.analysis import Document, analyze
from claims.analysis.attribution import attribute
from claims.analysis.words import grams

from .stage_helpers import CONFIG, analyzed, only_claim


def test_the_first_sentences_of_a_quotation_belong_to_the_speaker_its_last_one_names():
    claims = analyzed("“We are shocked by what happened. The plant passed every inspection,” said Tomasz Wirth.")
    assert [c.speaker for c in claims.values()] == ["Tomasz Wirth", "Tomasz Wirth"]


def test_an_expectation_has_its_speaker_and_stays_a_forecast():
    claims = analyzed('"Costs are biting," said Lena Holm, an economist. She expects building to recover in 2025.')
    expects = list(claims.values())[1]
    assert (expects.speaker, expects.kind) == ("Lena Holm", "prediction")


def test_a_quotation_on_its_own_continues_the_previous_speaker():
    text = "“We will not see a turnaround before the summer.”"
    assert attribute(text, grams(text), "Rob Dobson").speaker == "Rob Dobson"


def test_he_after_a_group_named_by_whose_it_is_is_the_person_named_before():
    claims = analyzed("Rashad Mammadov has cleared mines for four years. Last month he walked a field where, his team "
                      "believes, about 300 mines were laid. \"We find them everywhere,\" he said.")
    assert list(claims.values())[-1].speaker == "Rashad Mammadov"


def test_a_pronoun_after_a_month_opening_the_sentence_is_the_speaker_before():
    claims = analyzed("Prime Minister Nikol Pashinyan announced the freeze in February 2024. "
                      "In June 2024 he told parliament that Armenia would leave the bloc.")
    assert list(claims.values())[1].speaker == "Prime Minister Nikol Pashinyan"


def test_speech_in_single_quotation_marks_is_read_as_speech():
    # British papers print speech in single quotation marks
    said, fiction = analyzed("'Our members were told to sign the logbook and get back to work,' said Mick Hale, "
                             "the union's organiser. 'That is not a drill, that is a fiction.'").values()
    assert said.speaker == fiction.speaker == "Mick Hale"
    assert any("quoted remark" in e.why for e in said.evidence)
    # a plural's apostrophe is no quotation mark
    assert only_claim("Crews' pay rose 4% last year.").speaker is None


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
    # a text telling what it does is its own: no source
    ("This guide explains how the new charges work.", None, False),
    ("A survey by the association found that 38% of landlords were considering leaving.", "A survey by the association", False),
    ("But the council's own bus data shows route 7 carried more passengers than any other.", "the council's own bus data", False),
    ("The data shows improved results.", None, False),
    # "forecast" after a conjunction qualifies a noun: nobody forecasts anything
    ("The council treats 1,140 km of road, about 38% of it, before forecast frost or snow.", None, False),
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
    ("Costs rose, according to a report published on Tuesday by the National Audit Office.", "the National Audit Office", False),
    ("Costs rose, according to a report published in March 2025 by the regulator.", "the regulator", False),
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
    ('"No child should go hungry," Collins said.', "Collins", False),
    ("Analysts said the plan would fail.", "Analysts", True),
    ("The proposed bridge will cost €2 billion.", None, False),
    ("Hauliers cite fuel prices as the main cost.", "Hauliers", True),
    ("Officers estimate that the levy would raise £2 million.", "Officers", True),
    ('"Owners are not the villains," said Pieter de Groot of the Owners\' Federation.', "Pieter de Groot", False),
    ("The minister ruled out a freeze but said she would consider limits.", "The minister", False),
    ("The rise is more than double the company's first estimate of £4 million.", None, False),
    ("The mayor dismissed claims that the valve was never replaced.", None, False),
    ("Amid reports that the valve failed, shares fell.", None, False),
    # a doubt raised is told; a suspect questioned by police tells nothing
    ("Some pollsters have questioned whether online panels overstate support.", "Some pollsters", True),
    ("The suspect was questioned by police on Monday.", None, False),
    # a title with a possessive before the name; a judging word pinned on something without quotes
    ('"It was a mess," said its director, Leon Fairweather.', "Leon Fairweather", False),
    ("Commissioner Ruth Calder, who cast the only vote against, called the decision short-sighted.",
     "Commissioner Ruth Calder", False),
    ("The union called the strike off.", None, False),
    ("Officers attribute the rise to the wet winter.", "Officers", True),
    # a noun in apposition sums up the clause before: its telling is not the sentence's
    ("The board voted to close three libraries, a move officials say will save $1 million.", None, False),
    ("Opening hours were cut by half, a review by the taskforce found.", "a review by the taskforce", False),
    # a contracted "not" is no part of the subject; "reports to" answers to someone, or is sent there
    ("The council hasn't said whether fares will rise.", "The council", False),
    ("Ministers haven’t explained the delay.", "Ministers", True),
    ("We moved all damp and mould reports to a dedicated team.", None, False),
    ("The unit reports to the chief executive.", None, False),
    ("The chief officer reported to the committee that costs had risen.", "The chief officer", False),
    # a demand is told by who makes it; a wish of one's own, or a plan, tells nothing
    ("Campaigners want the county to bring back the £2 fare.", "Campaigners", True),
    # a telling in a participle after "by": told by who did the deed; a result in a participle tells nothing
    ("Spokesperson Ani Badalyan opened the briefing by confirming that the text had been finalised.", "Spokesperson Ani Badalyan", False),
    ("The deal did not mention Karabakh, thus confirming Baku's claim.", None, False),
    # whose reckoning gives a figure, as "according to"; a deed done by someone is no telling
    ("The route carries about 4% of the volume, by the association's own estimate.", "the association", False),
    ("The road was built by the army in 2019.", None, False),
    # a party pressed to act, as one urged, past the auxiliary; a button pressed is no demand
    ("Germany has pressed Belgrade to recognise the plates.", "Germany", False),
    ("The driver pressed the button to open the doors.", None, False),
    ("We want the council to act.", None, False),
    ("The council wants to build 500 homes.", None, False),
    # claims and reports as nouns before "from", "for", "by" or "about" tell nothing
    ("Insurance claims from that event reached £9.1m, the Association of British Insurers says [2].",
     "the Association of British Insurers", False),
    ("Council leader Rita Osei made several claims about the county's finances.", None, False),
    # a body named in one word between commas after what it is
    ("In a statement, the operator, WendLink, said it had held talks since January.", "WendLink, the operator", False),
    ("The trust, however, said costs rose.", "The trust", False),
    # a statement's words are its sender's
    ('A statement from the club read: "We will appeal against this decision."', "the club", False),
    # a reporting verb in the passive tells nothing ("heard" as a court hears)
    ("The appeal will be heard within 28 days, the league said.", "the league", False),
    # a speaker named after the verb, with who they are after the name
    ("The line carried 6.2 million passengers in 2025, said Becker, who advised the council.", "Becker", False),
    ("The line carried 6.2 million passengers, said Tom Becker, a professor at Kelby University.", "Tom Becker", False),
    # an aside's "as previously reported" tells nothing of the sentence
    ("The mission has 240 monitors, not 420 as previously reported.", None, False),
    # a body's own statement on its website is the body's telling
    ("In September, the European Commission said it would help pay for a study, according to a statement on its website.",
     "the European Commission", False),
    ("Exports fell 9%, according to its statistics office.", "its statistics office", False),
    # a subject of two names opening the sentence tells as one
    ("Russia and Iran have long argued that any pipeline needs the approval of all five states.", "Russia and Iran", False),
    ("The Office of Rail and Road said the fine should send a clear message.", "The Office of Rail and Road", False),
    # "states" after a count is the noun
    ("We agree to install 14 gauges by June 2027, paid for equally by the three states.", None, False),
    ("The report states that fares rose.", "The report", False),
    # a date before "which found" is no teller
    ("We welcome the commission's report of 2 November, which found that rain fell by 38%.", None, False),
    # a reaction told as a deed names who reacted
    ("The government in Sarno welcomed the decision.", "The government in Sarno", False),
    ("The mayor has hailed the report as a turning point.", "The mayor", False),
    ("The plan was welcomed.", None, False),
    # the verb of a relative clause tells nothing; a telling after it still does
    ("The authorities are persecuting anyone who disagrees with the plan.", None, False),
    ("Tenants who complained said the repairs took a month.", "Tenants who complained", False),
    # the plural present of "insist" tells as "insists" does
    ("Armenian officials insist the decision is not aimed at Russia.", "Armenian officials", True),
    ("Critics point out that the company was placed on a sanctions list in 2020.", "Critics", True),
    # a participle's teller is the sentence's subject, a name's office too, past a day and an aside
    ("Kazakhstan's central bank raised its base rate to 16.5% on Friday, its first increase since 2023, saying inflation "
     "risks had grown.", "Kazakhstan's central bank", False),
    # a post's long name before the holder's, closing the sentence
    ('"This project will turn Georgia into a bridge," said Minister of Economy and Sustainable Development Levan Davitashvili.',
     "Levan Davitashvili", False),
    # a body named with lower-case words before its noun
    ("The de facto authorities have ruled out sabotage, but have not said what happened.", "The de facto authorities", False),
    # nor does the verb of a clause of place
    ("About 50,000 Serbs live in the four northern municipalities, where most reject Kosovo's independence.", None, False),
    # a reporting word as an adjective after a determiner tells nothing
    ("It assigns the disputed Dostuk water point to joint management.", None, False),
    ("A deal on the disputed road has since been agreed.", None, False),
    # a reply told with "counter that" (not a counter in a shop)
    ("Rights groups counter that the US law targets lobbying for foreign governments.", "Rights groups", True),
    ("Staff behind the counter said nothing.", "Staff behind the counter", False),
    # a verdict given by dismissing ("dismissed … as …") names who gives it
    ("Moldova's government dismissed the appeal as propaganda.", "Moldova's government", False),
    ("Police dismissed two officers last year.", None, False),
    # a relative clause's verb tells nothing; a teller kept unnamed is vague
    ("An official there, who asked not to be named, said the agreement had not been signed.", "An official there", True),
    ("A diplomat, speaking on condition of anonymity, said talks had stalled.", "A diplomat", True),
    # a name after its own title in apposition tells
    ("Its leader, former president Igor Dodon, said the vote had been rigged.", "Igor Dodon, Its leader", False),
    ("Critics, including the Liberal Democrats, say the cap punishes children.", "Critics", True),
    # a group left unnamed but for one word of whose, and lawmakers among such groups
    ("Some Georgian lawmakers have called for a referendum.", "Some Georgian lawmakers", True),
    ("Many local residents say the bridge should be rebuilt.", "Many local residents", True),
    ("Some of the money has been spent.", None, False),
    # a telling inside the quotation that opens the sentence is the quotation's, not who speaks it
    ('"Nobody will sign until 2045 when the targets say demand will fall," one executive told us.', "one executive", True),
    ('"The critics warned us, and they were wrong," the mayor said.', "the mayor", False),
    # a figure put on a thing is given by who puts it
    ("An alliance of opposition groups put turnout at no more than 20%.", "An alliance of opposition groups", False),
    ("He put the phone down at 9pm.", None, False),
    # a deed named a crime, unquoted, is told by who names it
    ("Kremlin spokesman Dmitry Peskov has called the attacks terrorism.", "Kremlin spokesman Dmitry Peskov", False),
])
def test_speakers_and_vague_attributions(text, speaker, vague):
    who = attribute(text, grams(text))
    assert (who.speaker, who.vague) == (speaker, vague)


def test_the_author_s_own_we_takes_no_earlier_speaker_while_they_does():
    for text, speaker in (("We believe the levy is too low.", None), ("They believe the levy is too low.", "the union"),
                          # a pronoun with its auxiliary or contraction is still the pronoun
                          ("I don't doubt the total.", None), ("We've heard that before.", None),
                          ("They have also denied it.", "the union")):
        assert attribute(text, grams(text), previous="the union").speaker == speaker


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
    ("The council treats 1,140 km of road, about 38% of it, before forecast frost or snow.", "fact"),
    # how a group is made up, or what most of it does, can be counted; a mood of many cannot
    ("Most of those passengers are shift workers, students and older people without cars.", "fact"),
    ("Nearly all councils in England already charge for garden waste.", "fact"),
    ("Many residents are angry.", "opinion"),
])
def test_kinds_of_plain_news_sentences(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_possession_is_not_a_completed_action_and_abstract_subjects_do_not_report():
    claims = analyzed("The city has several options for the old depot. Such rising costs put the plan at risk.")
    assert [c.kind for c in claims.values()] == ["opinion", "opinion"]
    assert all(c.speaker is None for c in claims.values())


def test_a_quotation_running_on_past_its_paragraph_keeps_its_speaker_and_an_opening_one_takes_the_later_name():
    claims = analyzed('The guild said talks had failed. "Our members have had enough," said Guild president Carlos Mendez. '
                      '"They kept this port running through the pandemic.\n\n'
                      '"Now they are being told to accept a pay cut."\n\n'
                      'The mayor spoke first. "We are shocked. The plant passed every inspection," said Tomasz Wirth.')
    speakers = {text[:20]: c.speaker for text, c in claims.items()}
    assert speakers['"They kept this port'] == "Guild president Carlos Mendez"
    assert speakers['"Now they are being '] == "Guild president Carlos Mendez"
    assert speakers['"We are shocked.'] == "Tomasz Wirth"


def test_a_quotation_opening_a_paragraph_after_a_signed_one_is_the_same_speaker_s():
    claims = analyzed('"We have not taken this decision lightly," said Helen Moss, the regional director.\n\n'
                      '"Over the past 12 months our members have worked 40,000 hours of unpaid overtime.\n\n'
                      '"They cannot go on like this."\n\n'
                      '"It is a fair offer," the trust said.\n\nStaff were told on Monday.\n\n"Nobody wants this.\n\n"We will fight."')
    speakers = {text[:20]: c.speaker for text, c in claims.items()}
    assert speakers['"Over the past 12 mo'] == "Helen Moss"
    assert speakers['"They cannot go on l'] == "Helen Moss"
    assert speakers['"Nobody wants this.'] is None  # a paragraph of narration came between


def test_a_common_noun_that_opens_a_sentence_names_no_actor_while_a_name_does():
    kinds = [c.kind for c in analyzed("Noise harms sleep. Ostrava seeks quieter roads. "
                                      "The noise from the ring road rose in 2023.").values()]
    assert kinds == ["opinion", "fact", "fact"]


def test_a_recommendation_is_not_check_worthy_whatever_it_counts():
    claims = analyzed("We recommend that the council prioritise the 150 schools with the highest recorded temperatures.")
    claim = next(iter(claims.values()))
    assert (claim.kind, claim.checkworthy) == ("opinion", False)
    assert any("kind prior (recommendation)" in e.why for e in claim.evidence)


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
    # what must come first for a deed's doer to act is no forecast
    ("Baku has made two demands before it will sign the treaty.", "fact"),
    ("Baku will sign the treaty before the summer.", "prediction"),
    # the second half of a compound adjective is no past action; "Nobody" names no actor
    ("It is a short-sighted plan.", "opinion"),
    ("Nobody disputes that.", "opinion"),
    ("The regulator has argued that the benefits do not justify the cost.", "fact"),
    ("We disagree with the regulator's assessment of the cable.", "opinion"),
    ("Even counting every sapling, the total would be 49,480.", "fact"),
])
def test_recommendations_argued_judgements_and_futures_inside_other_clauses(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_she_points_back_to_the_person_a_sentence_was_about_rather_than_an_earlier_speaker():
    claims = analyzed("The landlords' federation says costs rose by 12% last year. "
                      "Housing minister Ana Ribeiro is due to present a bill in April. "
                      "She said last week that she would consider limits on increases.")
    assert [c.speaker for c in claims.values()] == ["The landlords' federation", None, "Ana Ribeiro"]


def test_a_quotation_after_a_sentence_about_a_named_person_in_the_irregular_past_is_theirs():
    claims = analyzed("Council leader Rita Osei made several boasts in Wednesday's debate.\n\n"
                      '"Council tax here is the lowest in the region."')
    assert [c.speaker for c in claims.values()] == [None, "Rita Osei"]


def test_a_remark_quoted_whole_without_a_figure_weighs_less_than_one_with_a_figure():
    claims = analyzed('"Our members have had enough," said union leader Carlos Mendez. '
                      '"Our members lost 4% of their pay in 2024," said union leader Carlos Mendez.')
    remark, figure = claims.values()
    assert any("kind prior (quoted remark)" in e.why for e in remark.evidence)
    assert not any("quoted remark" in e.why for e in figure.evidence)
    assert (remark.checkworthy, figure.checkworthy) == (False, True)


def test_a_signed_quotation_takes_its_signature_over_the_speaker_of_the_sentence_before():
    who = attribute('"We could not have foreseen it."', grams('"We could not have foreseen it."'),
                    previous="the water board", quoted_by="Anders Holm")
    assert who.speaker == "Anders Holm"


def test_a_forecast_with_a_figure_weighs_less_than_the_same_figure_reported():
    forecast, report = analyzed("Bus fares are expected to rise by 5% in May, the operator said. "
                                "Bus fares rose by 5% in May, the operator said.").values()
    assert (forecast.kind, forecast.checkworthy) == ("prediction", False)
    assert (report.kind, report.checkworthy) == ("fact", True)


@pytest.mark.parametrize("text,kind", [
    # a label pinned on something, in quotes, judges it
    ('The mayor called the merger "a slow-motion takeover" and said she would vote against it.', "opinion"),
    # a forecast a side argues is its position; a forecast denied is none
    ("Landlords argue that a cap would drive owners out of the market.", "opinion"),
    ("The operator disputes that fares will rise, saying most tickets are fixed by contract.", "fact"),
    # a course of action judged with "would be"
    ("Cutting the timetable with the drivers we have would be irresponsible.", "opinion"),
    ("Running the line would cost $40 million a year.", "prediction"),
    # a future in a relative clause qualifies its noun; a future told to someone is what they were told
    ("The union said 78% of members backed a walkout, which is due to start on June 2.", "fact"),
    ("Tenants were told on Monday that the lifts would stay closed for a month.", "prediction"),
    # an appeal for witnesses is no finding, whatever times it names
    ('Police said: "We are keen to hear from anyone who was on Mill Road between 9pm and 10pm."', "opinion"),
    # an obligation a named rule sets is a fact; a bare "must" is advice
    ("Under the new licence, operators must run a bus every 20 minutes.", "fact"),
    ("Operators must run a bus every 20 minutes.", "opinion"),
    # an attitude in the speaker's own quoted word is their view
    ('The club said it was "confident" of meeting the new rules.', "opinion"),
    # the writer's own need is an appeal to the reader; a need found by others is reported
    ("We still need 12 more volunteer drivers for the winter.", "opinion"),
    ("The pool needs £2 million of repairs, a survey found.", "fact"),
    # how things stand as of writing is checkable now, with no date or figure; a view that lasts is not
    ("A flood warning remains in force along the coast.", "fact"),
    ("The inquiry into the collapse is still ongoing.", "fact"),
    ("The problem remains serious.", "opinion"),
    # what a group says a measure does that judges it is a view; what a group says happened is reported
    ("Tenants' groups say the new fee punishes families on low incomes.", "opinion"),
    ("Rail unions say the official figures overstate how many trains run on time.", "opinion"),
    ("Drivers say the toll is a tax on people who live on the island.", "opinion"),
    ("Drivers say the toll booths were closed on the first morning.", "fact"),
    # a degree judged by a group that holds it now is a view; one a group warned of once is reported
    ("Islanders say the last sailing, at 9.30pm, is too early for anyone working late shifts.", "opinion"),
    ("Headteachers welcomed the plan but warned that many school kitchens were too small to cope.", "fact"),
    # a committee "is recommended to" decide, as it "is asked to"
    ("The committee is recommended to approve a fee rise of 6% from 1 April.", "opinion"),
    # a council report's recommendation is advice; officers' refusal to recommend something is reported
    ("Officers recommend Option A.", "opinion"),
    ("Parish councils have asked to be included, but officers do not recommend this.", "fact"),
    # money already set aside over years ahead is a done deed; to be set aside, a forecast
    ("The authority has set aside £1.2bn over the next decade.", "fact"),
    ("The authority will set aside £1.2bn over the next decade.", "prediction"),
    # how something feels to the speaker is a feeling expressed
    ('"It feels like the decision was made months ago," she said.', "opinion"),
    # disappointment felt and said is a reaction; a crowd's disappointment reported is a fact
    ('"We are deeply disappointed by this decision," the club said.', "opinion"),
    ("Fans were left disappointed by the result.", "fact"),
    # a "would" in an embedded question forecasts nothing; a free one beside it does; a refusal tells
    ("Asked whether emergency care would be covered, Moss said that intensive care would be fully staffed.", "prediction"),
    ("The trust did not say how many staff it would need.", "fact"),
    ("Officials would not say whether the road would reopen.", "fact"),
    # what might have been, in a relative clause, qualifies its noun
    ("A council spokesperson said the figure included design work that would have been needed anyway.", "fact"),
    ("Fleet renewal would have brought levels down anyway.", "opinion"),
    # what a group warns could happen is a forecast, as what one body warns
    ("The report's authors warn that the list could rise again.", "prediction"),
    # a figure that may change is a forecast; a speculation with nothing counted is a view
    ("If it slips again, ticket prices may have to rise by as much as 15%.", "prediction"),
    ("Fishermen could lose £6 million a year.", "prediction"),
    ("Azerbaijan could become the hub where both routes meet.", "opinion"),
])
def test_labels_argued_and_denied_forecasts_judged_options_and_futures_told(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,speaker", [
    ("Our engineers disagree, saying the cracks are on the surface.", "Our engineers"),
    ("Opposition councillors blame the operator for the delays.", "Opposition councillors"),
    ("Several landlords have criticised the register as costly.", "Several landlords"),
    ("The blame lies with the operator.", None),
    ("The health ministry puts the cost at €41 million.", "The health ministry"),
    ("About 14% of trains ran late, the inspectorate's annual report shows, against 9% in 2022.",
     "the inspectorate's annual report"),
    ("The council's own figures show 1,236 homes completed since April 2021.", "The council's own figures"),
    ("The figures show 1,236 homes.", None),
    # a recommendation has its recommender
    ("Officers recommend that the council adopt a target of 250 accredited employers by 2028.", "Officers"),
    # a projection has its projector; projects as a noun have none
    ("The Ministry of Justice projects that it will reach 100,000 by November 2028.", "The Ministry of Justice"),
    ("The projects that were funded last year created 200 jobs.", None),
    ("Three projects have stalled since 2024.", None),
    # a concession told has its teller; a goal conceded has none
    ("Officials in Brussels privately concede that the rules could not work for 35 members.", "Officials in Brussels"),
    ("The home side concedes two goals a game.", None),
    # a forecaster's assumption has its forecaster
    ("The Office for Budget Responsibility assumes net migration will settle at around 340,000 a year.",
     "The Office for Budget Responsibility"),
])
def test_stance_verbs_and_bodies_that_put_a_figure_name_their_speaker(text, speaker):
    assert attribute(text, grams(text)).speaker == speaker


def test_a_forecast_figure_in_a_report_published_on_a_day_is_what_the_report_says():
    reported = analyzed("The extension will cost £312 million, according to a report published on Tuesday by the audit office. "
                        "The extension will cost £312 million, according to the audit office.", published=dt.date(2026, 4, 16))
    assert [c.kind for c in reported.values()] == ["fact", "prediction"]


def test_the_evidence_that_a_high_scored_view_is_not_check_worthy_reads_as_english():
    view = next(iter(analyzed('The club said it was "confident" of meeting the rules on 3 March 2026.').values()))
    notes = [e.why for e in view.evidence if e.why.startswith("not check-worthy")]
    assert view.kind == "opinion" and notes == ["not check-worthy: an opinion cannot be checked as it stands"]


def test_a_schedule_told_in_the_present_is_a_fact_not_worth_checking_yet():
    claims = analyzed("A public consultation on the plans closes on 30 November. "
                      "The consultation closed on 30 September. "
                      "The bridge was due to open in 2025 but has been delayed to 2027.", published=dt.date(2026, 10, 14))
    schedule, past, delayed = claims.values()
    assert [c.kind for c in (schedule, past, delayed)] == ["fact", "fact", "fact"]
    assert any("schedule ahead" in e.why for e in schedule.evidence) and not schedule.checkworthy
    assert past.checkworthy and not any("schedule ahead" in e.why for e in delayed.evidence)
    # a noun made of such a verb ("the run-off", "a start-up") tells no schedule
    confirmed = only_claim("The election commission confirmed on 16 November that the presidential run-off will be held "
                           "on 13 December.", published=dt.date(2026, 11, 17))
    assert confirmed.kind == "fact" and confirmed.checkworthy
    # a diary's meeting and a handover told in the present
    for text in ("Foreign ministers meet in Brussels on 24 November.", "Estonia takes over the rotating chair on 1 December."):
        diary = only_claim(text, published=dt.date(2026, 11, 23))
        assert any("schedule ahead" in e.why for e in diary.evidence) and not diary.checkworthy
    # (a reaction told as a deed stays a deed)
    assert only_claim("The government in Sarno welcomed the decision.").kind == "fact"
    assert not any("schedule ahead" in e.why for e in confirmed.evidence)


def test_a_side_taken_with_nothing_to_check_weighs_less_than_a_denial_with_content():
    bare, content = list(analyzed("The operator was fined $2 million in 2023 for late trains, the regulator said. "
                             "The operator disputes those figures. "
                             "The operator disputes that fares will rise, saying 80% of tickets are fixed by contract.").values())[1:]
    assert any("kind prior (stance alone)" in e.why for e in bare.evidence)
    assert (bare.checkworthy, content.checkworthy) == (False, True)


@pytest.mark.parametrize("text,kind", [
    # what a decision taken settles is reported, not forecast
    ("Householders will pay 4.99% more from April after councillors approved the budget on Thursday.", "fact"),
    ("Mr Brannigan believes so.", "opinion"),
    ("The finance director told councillors that reserves were likely to run out within two years.", "prediction"),
    # advice from a source is advice; a "should" inside a noun or a question is not
    ("The council should publish a full list of the contracts, he added.", "opinion"),
    ('The director said the cost came from "defects that should never have been there."', "fact"),
    ('The health director has described the quay as "the most polluted street in the city".', "opinion"),
    # a passive past is a past action
    ("We do not agree: the sample was drawn at random from all claims.", "fact"),
])
def test_decisions_views_held_advice_names_pinned_and_passive_pasts(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_a_remark_in_single_quotes_and_an_option_put_to_the_reader_weigh_as_remark_and_advice():
    remark, option = analyzed("‘The budget has been set,’ said Cllr Priya Malhotra. "
                              "Equip every berth, including the cruise terminal, for about £31 million.").values()
    assert any("kind prior (quoted remark)" in e.why for e in remark.evidence)
    assert any("kind prior (recommendation)" in e.why for e in option.evidence)
    assert not option.checkworthy


def test_a_regret_is_no_advice_a_request_and_a_record_name_their_speakers_and_a_closing_quotation_keeps_its_opener():
    claims = list(analyzed("The agency has said its warning was issued three hours later than it should have been. "
                           "Residents of Quay Street have asked for a permanent wall. "
                           "Its own figures show that maintenance spending fell by a quarter. "
                           "Mayor Lina Holt said: “Nobody is going to risk a collapse. "
                           "The bridge will stay restricted until it has been repaired.”").values())
    assert claims[0].kind == "fact"
    assert [c.speaker for c in claims[1:]] == ["Residents of Quay Street", "Its own figures", "Mayor Lina Holt",
                                                "Mayor Lina Holt"]


@pytest.mark.parametrize("text,kind", [
    # a schedule with "now" or "still" inside it; a pointer to what follows; a tribute's verdict
    ("The first trams are now due to run in spring 2027, eight years later than promised.", "prediction"),
    ("The ferry is still expected to sail on Monday.", "prediction"),
    ("Here is how the project got here.", "reference"),
    ('"She was fearless, and she was usually right," said Dan Corr, the station\'s coxswain.', "opinion"),
    ('The mayor said the delay was "regrettable".', "opinion"),
    ("Ruth Calder called the decision short-sighted.", "opinion"),
    ("The board voted on Monday to close three libraries, a move officials say will save $1 million.", "fact"),
    ("Parking charges rose by 20% in May, a change that will bring in £300,000.", "fact"),
    ("Critics called the ruling wrong.", "opinion"),
    # what was done, judged after the fact; a "should have" inside a comparison judges nothing
    ("Opposition councillors say the authority should have drawn on its reserves.", "opinion"),
    ("The report said the trains arrived later than they should have.", "fact"),
    # two named actors doing something now; two holding a view
    ("Scotland and Wales already offer free meals to all pupils.", "fact"),
    ("Smith and Jones believe the plan is wrong.", "opinion"),
    # advice with its date is still advice
    ("Cllr Grady said the remaining conversions should be finished before the winter.", "opinion"),
    # "forecast" after a body and before what it forecast is the verb's past
    ("The bank forecast growth of 2% next year.", "prediction"),
    ("The weather forecast was wrong.", "opinion"),
    # a number to call is where to ask; "I'll" looks ahead
    ("If you have questions, call the Brightwarm recall line on 0800 555 0199.", "reference"),
    ("I'll be asking at Thursday's meeting why this was not in the consultation.", "prediction"),
    # who sets, runs or pays for a thing, as it stands
    ("Fares on the replacement buses are set by the operator, not by the Government.", "fact"),
    ("The school is run by a charity.", "fact"),
    # what a named thing is, placed by another name, and the post a named person holds; a
    # characterisation is no such statement
    ("Harwick Bridge is a road bridge over the River Kel linking Harwick and Kelby.", "fact"),
    ("With me is Tom Reyes, who chairs the Kelby Bus Users' Group.", "fact"),
    ("Kelby Town is a club in crisis.", "opinion"),
    # a decision said to be right or wrong is judged; a figure said to be correct is a claim
    ("Town manager Ellen Cole said the decision was correct and that her side deserved the win.", "opinion"),
    ("The minister said the figure was correct.", "fact"),
    # a warning's amounts expected and its likely timing forecast
    ("Between 40 and 60 mm of rain is expected widely, with up to 90 mm over higher ground.", "prediction"),
    ("The heaviest rain is likely on Saturday afternoon.", "prediction"),
])
def test_schedules_with_an_adverb_pointers_and_tributes(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_figures_that_show_a_clause_with_no_determiner_speak_for_it():
    (claim,) = analyzed("The council's own figures show bus use in Westmoor has fallen by 22% since 2019.").values()
    assert claim.speaker == "The council's own figures"


def test_a_quotation_s_speaker_is_the_name_after_the_title():
    group, planning, named = analyzed('"People have voted for cleaner air," said the Green group leader, Amira Shah. '
                                      '"It works," said the council\'s head of planning, Jo Marsh. '
                                      '"It works," said the mayor.').values()
    assert (group.speaker, planning.speaker, named.speaker) == ("Amira Shah", "Jo Marsh", "the mayor")


def test_whoever_puts_a_figure_at_a_number_gives_it_but_putting_things_out_reports_nothing():
    estimate, pronoun, chore, shared = analyzed("Its own consultants put the figure at 120. They put the total cost at £4m. "
                                                "Some residents put their bins out at 7am. "
                                                "The council approves the tram and puts the cost at £120 million.").values()
    assert estimate.speaker == "Its own consultants"
    assert pronoun.speaker == "Its own consultants"
    assert chore.speaker is None
    assert shared.speaker == "The council"  # the sentence's subject, after "and"
    # … also a saving, after a conjunction opening the sentence
    saving, = analyzed("But its own transport report puts the saving at £840,000 once lost fares are counted.").values()
    assert saving.speaker == "its own transport report"


@pytest.mark.parametrize("text,kind", [
    # a verdict in the speaker's quoted words, unless something checkable is reported beside it
    ('A spokeswoman said the result was "disappointing but not a surprise".', "opinion"),
    # a few quoted words that judge, wherever they stand; a figure of speech that judges
    ('In his resignation letter, Tom Ashby said the decision "makes a mockery" of the process.', "opinion"),
    ('The minister said the government was "turning the corner".', "opinion"),
    ('The board said the figures were "provisional" and would be revised.', "prediction"),
    ('The operator said the offer was "fair and affordable" and accused the union of walking away.', "fact"),
    # what a thing is likened to in the speaker's words is a verdict; a kind of thing spelt out is not
    ('Cllr Dawn Price told me the decision was "a gift to the developer".', "opinion"),
    ('The finance director told me the grant was "a one-off that should not be counted twice".', "fact"),
    # a forecast told as understood is still a forecast
    ("It is understood that ministers will announce extra funding for the region next week.", "prediction"),
    ("It was a remarkable night for a party that won no seats a decade ago.", "opinion"),
    ("That was real progress, and I supported it.", "opinion"),
    ("That would be a historic shift.", "opinion"),
    ("The smart move would be to diversify export routes faster.", "opinion"),
    ("There are three reasons to doubt that Armenia will return.", "opinion"),
    ("The deal was a breakthrough for both sides.", "opinion"),
    ('"These figures are a national scandal," said Helen Ward, chief executive of the trust.', "opinion"),
    ('"This is a political persecution," his lawyer, Ara Zohrabyan, told reporters outside the court on Friday.', "opinion"),
    ("Critics still say the line cost too much.", "opinion"),
    # the reason a dated or counted deed is given, judging, in a participle after it: the deed is the claim
    ("The central bank kept its base rate at 18% on Friday, saying inflation was too high.", "fact"),
    ("Some producers have warned that they may also raise prices to cover the costs.", "prediction"),
    # a future in a counted noun's relative clause; a request put to a decision-maker; "without" is no condition
    ("The county subsidises 38 bus routes that commercial operators will not run.", "fact"),
    ("The Cabinet Member is asked to approve the changes.", "opinion"),
    ("Passenger groups have said that the cuts would leave shift workers without a way home.", "prediction"),
    # a fact check's verdict; a judge's quoted verdict
    ("We rate the claim mostly false: fewer than 40% of the trees were planted.", "opinion"),
    ("The claim is misleading because it describes two routes as if they were the whole network.", "opinion"),
    ('Judge Helen Marsh said the failings were "serious and sustained".', "opinion"),
    ("The fire service said the building would be reassessed, which is expected to take six weeks.", "prediction"),
    ("Patient groups doubt that the posts can be filled.", "opinion"),
    # a future announced is a decision made public
    ("Ferry fares will rise by 9% from 1 April, the operator Wendlink has announced.", "fact"),
    # a memo's purpose; a judgement reported; a position argued in a participle
    ("To inform members of the proposed increase in the charge for parking permits.", "reference"),
    ("Residents' associations have said a 50% rise is unjustified.", "opinion"),
    ("Fishing organisations had opposed the plan, arguing that it would close the richest grounds.", "opinion"),
    ("“We know this is unwelcome news,” said Sara Lind, the chief executive.", "opinion"),
    ("This note summarises the county's absence figures for the last school year.", "reference"),
    ("This page summarises the review for the communities committee.", "reference"),
    ("This paper updates the Board on performance against the four-hour standard in October 2025.", "reference"),
    ("This briefing was prepared for the Children's Scrutiny Committee on 17 February 2026.", "reference"),
    # a show's or an issue's own subject
    ("This week we talk to Anna Ohanyan about the route through the south.", "reference"),
    ("In this episode, I ask why the talks failed.", "reference"),
    ("This week we raised the price of tickets.", "fact"),
    ("Using police records for 2019 to 2025, we compare casualties on those streets with streets elsewhere.", "reference"),
    ("We compare well with other towns on road safety.", "opinion"),
    ("Absence is highest among pupils who live more than 3 miles away (see Table 2).", "fact"),
    # a link under a label of a few words points the reader to it
    ("Minutes of the meeting: https://kelby.example/minutes/2026-03.", "reference"),
    ("Full report and methodology, with tables: www.kelbypoverty.example/survey2026.", "reference"),
    ("Turnout: 61% in 2025, up from 55% in 2021.", "fact"),
])
def test_verdicts_quoted_and_given_a_text_about_itself_and_a_pointer_in_brackets(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_a_difficulty_weighed_against_all_the_past_is_judged_though_dated_today():
    claim = only_claim("That balancing act has never been harder than it is today.", published=dt.date(2023, 6, 8))
    assert (claim.kind, claim.checkworthy) == ("opinion", False)
    # a measure's record stays a fact
    assert only_claim("Inflation has never been higher than it is today.", published=dt.date(2023, 6, 8)).kind == "fact"


def test_a_possibility_dated_after_the_writing_is_a_forecast():
    claims = analyzed("Polls suggest that the Greens could gain seats in May.", published=dt.date(2024, 3, 8))
    assert [c.kind for c in claims.values()] == ["prediction"]


@pytest.mark.parametrize("text,speaker", [
    ("The union wants 12% over two years and says real wages have fallen by a fifth.", "The union"),
    ("The court heard that the scaffold had been altered without checks.", "The court"),
    ("Without a doubt, repairs would be quicker if the parties cooperated.", None),
    ("A study of 62 local authorities found no increase in night-time crime.", "A study of 62 local authorities"),
    ("Some residents worry they will feel unsafe walking home late.", "Some residents"),
    ('"We planted 10,000 trees in 2024." — Mayor Tom Reyes, in a speech on 3 March.', "Mayor Tom Reyes"),
    ("Its owners want to build a second runway and say it will create 3,500 jobs.", None),
    ("Officers propose withdrawing the evening services on six routes.", "Officers"),
    ("Overall absence was 8.9% in 2023/24 (Department for Education, 2024).", "Department for Education"),
    ("The rate fell to 4% (March 2024).", None),
    ("The council's own survey of 1,200 parents, carried out in June, found that one in five kept a child home.",
     "The council's own survey of 1,200 parents"),
    # an investigation or an inquiry finds, as a study does
    ("The investigation found that a crack in the points had not been detected in September.", "The investigation"),
    ("An inquiry found that the company had ignored warnings.", "An inquiry"),
    ("The inspectors found that pupils behave well.", "The inspectors"),
    ("The group found that the council has not retendered the contracts since 2019.", "The group"),
    # a teller set between commas inside what they tell, past the evidence it speaks of
    ("The study did not show that phone use causes poorer sleep, the authors note, only that the two are linked.",
     "the authors"),
])
def test_an_author_date_citation_and_a_survey_named_with_its_sample_are_speakers(text, speaker):
    assert attribute(text, grams(text)).speaker == speaker


@pytest.mark.parametrize("text,kind", [
    # a course of action argued for as of writing; a proposal made is a deed done
    ("The council proposes to raise social rents by 7.7% from April.", "opinion"),
    ("Officers propose raising the charge to £72.", "opinion"),
    ("The cabinet has proposed closing three branch libraries.", "fact"),
    # a view held, not a report
    ("Business groups are not convinced.", "opinion"),
    ("Opposition councillors remain sceptical of the figures.", "opinion"),
    # what might have been is no forecast, and no fact
    ('"Fleet renewal would have brought levels down anyway," she said.', "opinion"),
    ('"Patching it up would only have bought us a year or two," he said.', "opinion"),
    # an order or advice heard is reported, not given
    ("Swimmers reacted with fury after the pool was told it must close.", "fact"),
    ("Residents were told they should boil their water.", "fact"),
    ("The council must publish the figures.", "opinion"),
    # what is planned for a time ahead, with no verb after it; what land is set aside for is a fact
    ("A second tank is planned for 2028, subject to funding.", "prediction"),
    ("The site is earmarked for housing.", "fact"),
    # a figure in the name of the group that argues is none of its position's
    ("Critics of 20 mph limits argue that drivers ignore them.", "opinion"),
    ("Critics of the scheme argue that 40% of drivers ignore it.", "fact"),
    # how long something took is measured, whatever adjective the sentence has; what it may take is not
    ("The average application for a major site took 41 weeks to decide.", "fact"),
    ("Transfer them to community groups, which could take up to 18 months.", "opinion"),
    # how long a thing takes as it goes is measured too
    ("Crossing the Caspian can take up to two weeks.", "fact"),
    ("Treatment usually lasts three months.", "fact"),
    ("The repairs could take two years.", "prediction"),
    ("Without the grant, the library would have closed in 2019.", "opinion"),
    ("Ministers said the line would have to close by 2030.", "prediction"),
    # a pointer to where readers can look something up
    ("Readers can check the readings for their nearest monitor on the council's website.", "reference"),
])
def test_proposals_views_held_what_might_have_been_and_where_to_look(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,speaker,vague", [
    ("Business groups are not convinced.", "Business groups", True),
    ("Opposition councillors remain sceptical of the figures.", "Opposition councillors", True),
    ("The Valley Chamber of Commerce is unconvinced.", "The Valley Chamber of Commerce", False),
    ("The council's own forecast shows the reserves would still be above £5 million in 2027.",
     "The council's own forecast", False),
    ("The plan shows the route of the new road.", None, False),
    # a hope held that something will happen; an aim ("hopes to …") names no one who tells anything
    ("Many in Brussels hope that popular pressure will force the government to change course.", "Many in Brussels", True),
    ("The government hopes to draw displaced people back to the region.", None, False),
    # a telling in a clause after the author's own deed is the clause's subject's; a relative clause's deed is the
    # speakers' own
    ("The strike began days after the union said talks had failed.", "the union", False),
    ("Officials who arrived after the storm said the bridge was safe.", "Officials who arrived after the storm", False),
    # a concern voiced is a telling; prices raised are not
    ("Human rights groups have raised concerns about the defendants' access to lawyers.", "Human rights groups", True),
    ("The firm raised prices in May.", None, False),
    # a view shared is told by those who agreed
    ("Participants broadly agreed that the agreement was the most significant step since the 1994 ceasefire.", "Participants", True),
    ("The two sides agreed that talks would resume in May 2026.", "The two sides", False),
    # a telling in a relative clause set between commas is not the sentence's
    ("After the crash in December 2024, which Baku blames on Russian air defences, Aliyev accused Moscow of a cover-up.",
     "Aliyev", False),
    # alone, it is the sentence's
    ("It also leaves out the cost of moving a sewer, which Kelby Water puts at up to £900,000.", "Kelby Water", False),
])
def test_who_holds_a_view_and_a_forecast_that_shows_what_follows_are_speakers(text, speaker, vague):
    found = attribute(text, grams(text))
    assert (found.speaker, found.vague) == (speaker, vague)


def test_only_a_claim_of_fact_is_check_worthy_though_a_forecast_keeps_its_score():
    forecast, fact = analyzed("Officials expect the deficit to reach £4.1 million, 12% of the budget, by 2027. "
                              "The deficit was £4.1 million, 12% of the budget, in 2024.", published=dt.date(2025, 1, 14)).values()
    assert (forecast.kind, fact.kind) == ("prediction", "fact")
    assert forecast.checkworthiness > 0.5 and not forecast.checkworthy
    assert fact.checkworthy
    assert any("cannot be checked as it stands" in e.why for e in forecast.evidence)


def test_an_answer_s_speaker_from_the_layout_makes_no_short_reply_a_fact():
    result = analyze(Document(INTERVIEW, "markdown"), config=CONFIG)
    said = {c.text: c for c in result.claims}
    assert (said["No."].speaker, said["No."].kind, said["No."].checkworthy) == ("Maya Ortiz", "opinion", False)
    assert (said["We closed two depots in 2023."].speaker, said["We closed two depots in 2023."].kind) == ("Maya Ortiz", "fact")


INTERVIEW = """---
author: Joel Brandt
---

*Maya Ortiz runs the city's bus company. She spoke to Joel Brandt.*

**Are you cutting routes?**

No. We closed two depots in 2023.

**Do you regret that?**

I think it was the right decision.
"""


@pytest.mark.parametrize("text,kind", [
    # "plans" after a preposition or determiner is a noun, and no plan of the subject's
    ("Thousands of people marched on Sunday to protest against plans to close the maternity unit.", "fact"),
    # "would have" owning something ahead is a forecast; before a participle, what might have been
    ("The health board said the new unit would have consultants on site around the clock.", "prediction"),
    ("A final decision is expected in the summer.", "prediction"),
    # a measured ratio is a figure
    ("Loneliness was twice as common among those living alone as among those living with others.", "fact"),
    # a verdict in the speaker's quoted words
    ('Tom Grady said the cuts were "a false economy" and the savings of £180,000 "trivial".', "opinion"),
    ("Fiona MacRae said: “This is good news for the 18,000 people who rely on these sailings.", "opinion"),
    ("“It is 40 metres long,” she said.", "fact"),
])
def test_plans_as_a_noun_possession_ahead_what_is_expected_ratios_and_quoted_verdicts(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_a_named_record_gives_its_figure_and_she_points_past_a_title_in_commas():
    text = "The national figure for people over 75, from the Community Life Survey, is 26%."
    assert attribute(text, grams(text)).speaker == "the Community Life Survey"
    presented, said = analyzed("Councillor Amira Shah, the finance lead, presented the budget. "
                               "She said the council faces a gap of £6.3 million.").values()
    assert said.speaker == "Councillor Amira Shah"


@pytest.mark.parametrize("text,kind,speaker", [
    # a resolution a report puts to its committee: advice, and nobody's statement
    ("That the Committee approves part-night lighting on residential roads from 1 April 2025.", "opinion", None),
    ("That the Committee notes the responses to the public consultation.", "opinion", None),
    # and a recommendation's subjunctive, its "recommends that:" in the line above
    ("City Council adopt a 20-hour standard for clearing residential streets.", "opinion", None),
    # (the indicative tells what the council does)
    ("City Council adopts a budget every February.", "fact", None),
    # a resolution's sub-points under "It is recommended that Cabinet:", each opening on its verb
    ("notes that 1,900 people responded to the consultation; and", "opinion", None),
    ("approves the closure of the mobile library service from 1 April 2027;", "opinion", None),
    # what is forecast is a forecast, and a passive "is forecast" names nobody
    ("More rain is forecast for Monday, with a yellow warning in place.", "prediction", None),
    ('First Minister Eluned Morgan said the damage was "devastating".', "opinion", "First Minister Eluned Morgan"),
    # a condition put first and inverted is no forecast; the computed figure stands
    ("Had it risen with prices, it would now stand at about £9,900.", "fact", None),
    # a quantifier opening the subject a later verb shares
    ("Several neighbouring councils adopted it in 2016 and reported no rise in crime.", "fact", "Several neighbouring councils"),
])
def test_resolutions_passive_forecasts_inverted_conditions_and_quantified_subjects(text, kind, speaker):
    claim = only_claim(text)
    assert (claim.kind, claim.speaker) == (kind, speaker)


def test_telling_the_reader_what_to_do_by_a_date_looks_ahead():
    claim = only_claim("Contact us before 1 April to switch from 10 to 12 monthly payments.",
                               published=dt.date(2025, 3, 1))
    assert (claim.kind, [t.value for t in claim.times], claim.time_sensitive) == ("opinion", ["2025-04-01"], True)


@pytest.mark.parametrize("text,kind", [
    # a pointer's words before a time point at no text
    ("Spending will grow by 1.2% from 2026, down from the 1.3% she set out in October.", "prediction"),
    ("The options are set out in section 3.", "reference"),
    # an audit's verdict
    ("Overall, we give a limited assurance opinion on the controls over fuel cards.", "opinion"),
    # an order or a rule with its deadline, against advice
    ("Dell must pay the fine within 28 days.", "fact"),
    ("The council must act now.", "opinion"),
])
def test_pointers_to_a_time_audit_verdicts_and_obligations_with_deadlines(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 27)).values()] == [kind]


def test_a_head_of_something_is_the_subject_a_later_verb_shares():
    text = "The head of fleet services accepts the findings and says all cards were cancelled in June 2024."
    assert attribute(text, grams(text)).speaker == "The head of fleet services"


@pytest.mark.parametrize("text,kind", [
    ("We study road deaths in Stockholm, Milan and Gothenburg before and after each city's charge.", "reference"),
    ("We estimate that deaths fell by 18%.", "fact"),
    ("Please find below a statement from the trust about waiting times.", "reference"),
    ("Here is what they show.", "reference"),
])
def test_a_paper_s_own_method_and_pointers_to_what_follows(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,speaker", [
    ("Lindqvist and colleagues found no change in traffic counts in a 2021 study of 30 schemes.", "Lindqvist"),
    ("In 2021, Per Lindqvist and his colleagues reported a fall of 12%.", "Per Lindqvist"),
    ("Marsh et al. found that exposure fell by 10% in 2020.", "Marsh et al."),
])
def test_a_named_author_and_colleagues_is_the_named_author(text, speaker):
    assert attribute(text, grams(text)).speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Mr Daniel Stone, for the council, replied that the council's own policy sets a minimum of four weeks.",
     "Mr Daniel Stone"),
    ("Ms Priya Lal, for the claimant, submitted that the consultation was unlawful.", "Ms Priya Lal"),
    # a deed, not a telling
    ("The council submitted its plans in May.", None),
    ("The minister replied to the letter on Monday.", None),
    # a count of people tells nothing in anyone's name
    ("It received 412 responses, of which 389 opposed the closure.", None),
    ("Asked who would make the best prime minister, 29% said the current prime minister.", None),
])
def test_counsel_submits_and_replies_that_and_a_count_is_no_speaker(text, speaker):
    assert attribute(text, grams(text)).speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ("An article on 2 July about the Northgate housing scheme said the council had approved 450 homes.", "An article"),
    ('A report on 9 July ("Hospital parking charges rise") said charges had doubled since 2022.', "A report"),
    # "claims" here is a noun, and no head noun stands before "at random"
    ("We do not agree: the sample was drawn at random from all overtime claims.", None),
    # a relative clause describing the subject: its head tells, not a name inside the clause
    ("Inspectors who visited the 1,300-pupil school at Kelby in September found that too many pupils missed lessons.",
     "Inspectors"),
    ("Residents who have lived beside the quarry at Mill Road for decades say the blasting cracked their walls.",
     "Residents"),
])
def test_a_long_subject_is_its_head_before_what_places_it_and_brackets_are_skipped(text, speaker):
    assert attribute(text, grams(text)).speaker == speaker


@pytest.mark.parametrize("text", [
    "How much of the fall do you expect to recover next year?",
    "What did the minister say about the cuts?",
])
def test_a_question_that_asks_what_someone_expects_or_said_tells_nothing(text):
    assert attribute(text, grams(text)).speaker is None


def test_the_teller_of_a_comparison_s_standard_is_not_the_sentence_s_speaker():
    text = "Dredging will cost £11.5 million, £4 million more than the port authority estimated last year."
    assert attribute(text, grams(text)).speaker is None
    assert only_claim(text, published=dt.date(2026, 11, 23)).kind == "prediction"


def test_the_source_of_an_aside_with_as_is_not_the_sentence_s_speaker():
    text = "The single fare is going up from £4.80 to £5.60, not £6 as the council leaflet says."
    assert attribute(text, grams(text)).speaker is None


def test_an_author_date_citation_with_et_al_names_its_authors():
    text = "Earlier studies found that collisions fell after 2003 (Green et al., 2016)."
    assert attribute(text, grams(text)).speaker == "Green et al."


def test_a_possibility_under_a_heading_that_looks_ahead_is_a_forecast():
    md = ("# Yellow warning of rain\n\n## What to expect\n\nSome homes could be flooded.\n\n"
          "## Background\n\nSome homes could be flooded.\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.kind for c in result.claims] == ["prediction", "opinion"]



def test_the_name_before_an_auxiliary_is_who_calls_a_thing_something():
    text = 'The schools minister, Catherine Rowe, has called attendance "everybody\'s business".'
    assert "Catherine Rowe" in attribute(text, grams(text)).speaker
    assert not attribute(text, grams(text)).speaker.endswith("has")


def test_a_we_inside_an_opened_quotation_leaves_the_telling_to_she_said():
    claims = list(analyzed("Governor Ilse Marten said the decision had been close. "
                           "“We expect inflation to return to our 2% target by the end of next year,” she said.").values())
    assert claims[1].speaker == "Governor Ilse Marten"
    assert "'she'" in next(e.why for e in claims[1].evidence if e.stage == "attribution")


def test_a_title_owned_by_a_body_names_the_person_who_holds_it():
    text = "\"Please do not travel unless you have to,\" said Police Scotland's Chief Inspector Kay Dunn."
    assert attribute(text, grams(text)).speaker == "Chief Inspector Kay Dunn"


@pytest.mark.parametrize("text,speaker", [
    ("The plans were criticised by the Taxpayers' Alliance, which said they would cost £3.4 billion a year.",
     "the Taxpayers' Alliance"),
    ("The plan was backed by residents, who said it would help.", "residents"),
])
def test_a_relative_clause_that_tells_names_what_it_follows(text, speaker):
    assert attribute(text, grams(text)).speaker == speaker


def test_a_time_before_a_counted_subject_is_not_part_of_it():
    text = "Last year 92 families told us they would use it."
    assert attribute(text, grams(text)).speaker == "92 families"


def test_a_rule_s_start_told_in_the_present_is_weighed_as_a_schedule():
    for text in ("The budget takes effect Jan. 1.", "The rise takes effect on 1 November."):
        claim = only_claim(text, published=dt.date(2026, 10, 20))
        assert claim.kind == "fact" and not claim.checkworthy
        assert "schedule ahead" in next(e.why for e in claim.evidence if e.stage == "classify")


@pytest.mark.parametrize("text,speaker", [
    ("Ofwat has ruled that the fine cannot be passed on to customers.", "Ofwat"),
    # ruling something out tells nothing
    ("The council has ruled out a freeze.", None),
    # a ruling closing the sentence tells the clause before it; a reply alone after a day tells nothing
    ("The cyclist was the victim of an accident, a coroner has ruled.", "a coroner"),
    ("On Monday, the council replied.", None),
])
def test_a_ruling_that_tells_names_who_ruled(text, speaker):
    assert attribute(text, grams(text)).speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Residents described thick smoke filling the valley.", "Residents"),
    # a participle names no describer before it
    ("A steep path described by walkers as treacherous leads to the summit.", None),
])
def test_who_described_what_they_saw_tells_it(text, speaker):
    assert attribute(text, grams(text)).speaker == speaker


@pytest.mark.parametrize("text,sensitive", [
    # a day already gone in the writing's month tells of the past
    ("Earlier this month, the contractor said it needed another £12m.", False),
    # a running count this year is as of writing
    ("It is the fourth fatal collision on the road this year.", True),
])
def test_earlier_this_month_is_no_state_as_of_writing(text, sensitive):
    assert only_claim(text, published=dt.date(2026, 5, 14)).time_sensitive is sensitive


def test_a_tally_this_season_is_as_of_writing():
    text = "Jordan Diallo scored twice, taking his tally to 27 goals this season."
    assert only_claim(text, published=dt.date(2026, 5, 9)).time_sensitive


def test_an_aside_between_dashes_before_the_verb_leaves_the_speaker_before_it():
    text = ("Health committee chair Sir Paul Dean – who has campaigned for a new hospital since 2019 – "
            "said the figures were “appalling”.")
    assert "Paul Dean" in attribute(text, grams(text)).speaker


def test_a_title_of_several_lower_case_words_after_says_reaches_the_name():
    text = "“Staff are doing everything they can,” says Unison branch secretary Gary Moss."
    assert attribute(text, grams(text)).speaker.endswith("Gary Moss")


@pytest.mark.parametrize("text,speaker", [
    ("The Green group wants a cap of 90 nights a year on whole-home lets.", "The Green group"),
    ("Opposition councillors want a public inquiry.", "Opposition councillors"),
])
def test_a_measure_demanded_names_who_demands_it_and_stays_a_statement(text, speaker):
    claim = only_claim(text)
    assert (claim.speaker, claim.kind) == (speaker, "fact")


def test_a_meeting_told_in_the_present_is_weighed_as_a_schedule():
    claim = only_claim("Kelby's full council meets at 7pm on Tuesday in the Guildhall.", published=dt.date(2026, 10, 12))
    assert claim.kind == "fact" and not claim.checkworthy


def test_claims_against_someone_are_a_noun_not_a_telling():
    text = "Armenia must first drop the territorial claims against Azerbaijan in its constitution."
    assert attribute(text, grams(text)).speaker is None


def test_he_naming_a_thing_after_a_sentence_about_someone_opening_on_a_time_is_that_person():
    claims = list(analyzed('A year ago, Mayor Lena Osei unveiled a plan to pedestrianise the centre. '
                           'She called it the "Kelby Green Corridor".').values())
    assert claims[1].speaker == "Mayor Lena Osei"


@pytest.mark.parametrize("text,speaker", [
    ("In a survey by the Kelby Chamber of Commerce in May, 58% of respondents said parking was too expensive.",
     "the Kelby Chamber of Commerce"),
    ("In a poll for Westmoor Radio, only 22 per cent of those asked described the service as reliable.", "Westmoor Radio"),
])
def test_a_share_of_a_poll_s_respondents_is_told_by_the_pollster(text, speaker):
    assert attribute(text, grams(text)).speaker == speaker


@pytest.mark.parametrize("text,speaker", [("Kelby Council has called such conditions unacceptable.", "Kelby Council"),
                                          ("The union called these terms insulting.", "The union")])
def test_a_judging_word_pinned_on_what_was_just_told_is_told_by_who_pins_it(text, speaker):
    assert attribute(text, grams(text)).speaker == speaker


@pytest.mark.parametrize("text", ["The new constitution contains no territorial claims.",
                                  "Kelby Council has filed two insurance claims.",
                                  "The ministry has withdrawn its earlier estimates."])
def test_a_plural_held_or_made_is_a_noun_not_a_telling(text):
    assert attribute(text, grams(text)).speaker is None


def test_a_reporting_participle_before_by_is_no_telling_by_the_noun_before_it():
    text = "Figures reported by the BBC show 40 deaths."
    assert attribute(text, grams(text)).speaker == "Figures reported by the BBC"


@pytest.mark.parametrize("text,speaker", [
    ("Kelby Town Council objects to the application.", "Kelby Town Council"),
    ("Ward councillors oppose any cut to the evening buses.", "Ward councillors"),
    # the noun is no position, and names no one
    ("The museum lends objects to the schools.", None),
    # the writer's own position names no speaker
    ("We oppose these proposals.", None),
])
def test_who_takes_a_position_on_a_proposal_holds_it(text, speaker):
    assert only_claim(text).speaker == speaker


def test_a_teller_named_inside_a_closing_quotation_is_the_quoted_speaker_s_words():
    opened, closing = analyzed("Chair Iain Munro said: “This is a clear result. "
                               "People have told us the early sailing matters most.”").values()
    assert opened.speaker == closing.speaker == "Chair Iain Munro"
    # a teller after the closing mark is the speaker
    _, closing = analyzed("Mayor Lina Holt said: “Nobody is going to risk a collapse. "
                          "The bridge will stay shut,” the council's engineer added.").values()
    assert closing.speaker == "the council's engineer"


@pytest.mark.parametrize("text,speaker", [
    ("The housing association has apologised and says each household will receive £250.", "The housing association"),
    ("The chancellor, Rachel Ward, welcomed the fall but said families were struggling.", "Rachel Ward"),
    ("Rachel Ward welcomed the fall but said families were struggling.", "Rachel Ward"),
    # a ward, a post and a name before the verb: five capitalised words
    ("Embakasi East MCA Grace Akinyi welcomed the plan but said previous projects had stalled.",
     "Embakasi East MCA Grace Akinyi"),
])
def test_a_name_set_beside_a_title_tells_what_a_later_verb_reports(text, speaker):
    assert only_claim(text).speaker == speaker


def test_a_group_that_said_something_was_still_inadequate_judges_it():
    claim = only_claim("Commuter groups have welcomed the announcement but said feeder buses were still inadequate.")
    assert (claim.kind, claim.speaker) == ("opinion", "Commuter groups")


@pytest.mark.parametrize("text,speaker", [
    ("Mr Y complains the council lost his planning application in March.", "Mr Y"),
    ("Tenants complained that the lifts had been broken since June.", "Tenants"),
    # a complaint as a noun names no one
    ("The ombudsman upheld 41 complaints about the council in 2025.", None),
])
def test_who_complains_tells_what_went_wrong(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ("The council's own consultation found that 64% of respondents opposed the closure.", "The council's own consultation"),
    ("A two-year trial found that the drug cut deaths by a fifth.", "A two-year trial"),
])
def test_a_consultation_or_a_trial_tells_what_it_found_not_who_it_counted(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize("text", [
    "A spokesperson for the mayor did not respond to a request for comment on Wednesday.",
    "The developer declined to comment on the figures.",
    "Brennan could not be reached for comment.",
    # what a source left out when asked
    "Police did not give a figure.",
    "He did not give a date.",
])
def test_a_no_comment_line_is_not_worth_checking(text):
    assert not only_claim(text, published=dt.date(2026, 5, 13)).checkworthy


@pytest.mark.parametrize("text,worth", [
    ("It has yet to be signed.", True),
    ("Work is currently suspended while both sides prepare for elections.", True),
    # a state judged is still a view
    ("The talks are currently a farce.", False),
    # the term a mandate or a contract runs for, set and checkable, though its end is ahead
    ("The mission's mandate currently runs until February 2027.", True),
    ("The current contract ends on 30 November 2026.", True),
    # and the term a grant or funding is paid for
    ("The government's funding runs out in March 2026.", True),
    # an event due ahead stays a schedule
    ("A public consultation closes on 30 November 2025.", False),
])
def test_a_state_as_of_writing_or_a_term_set_told_as_fact_is_worth_checking(text, worth):
    assert only_claim(text, published=dt.date(2025, 11, 20)).checkworthy is worth


@pytest.mark.parametrize("text,speaker", [
    ("Kelby Walking Group welcomes the plan's target of 30% of trips on foot by 2035.", "Kelby Walking Group"),
    ("The Federation of Small Businesses backs the council's proposal to cut parking charges.", "The Federation of Small Businesses"),
])
def test_a_side_taken_on_a_plan_is_the_teller_s_view(text, speaker):
    claim = only_claim(text)
    assert (claim.kind, claim.speaker) == ("opinion", speaker)


def test_what_a_grant_supports_is_no_side_taken():
    assert only_claim("The grant supports 400 jobs in the town.").kind == "fact"


@pytest.mark.parametrize("text,speaker", [
    ("The Rovers Supporters' Trust has called for an independent review of the club's finances.", "The Rovers Supporters' Trust"),
    ("Opposition councillors call for a public inquiry into the contract.", "Opposition councillors"),
])
def test_a_call_for_a_measure_names_who_calls_and_stays_a_statement(text, speaker):
    claim = only_claim(text)
    assert (claim.kind, claim.speaker) == ("fact", speaker)


@pytest.mark.parametrize("raw,fmt", [
    ("STATE OF THE CITY\n\nSpeech by Mayor Ana Ruiz to the city council, 3 March 2026\n\n"
     "Last year we built 400 homes.\n\nSome people say we cannot afford more.\n", "text"),
    ("# State of the city\n\n*Speech by Mayor Ana Ruiz to the city council, 3 March 2026*\n\n"
     "Last year we built 400 homes.\n\nSome people say we cannot afford more.\n", "markdown"),
])
def test_a_speech_by_line_over_the_text_names_who_says_it_unless_a_sentence_names_another(raw, fmt):
    result = analyze(Document(raw, fmt), config=CONFIG)
    assert [c.speaker for c in result.claims] == ["Ana Ruiz", "Some people"]


def test_a_written_statement_s_made_by_field_names_who_says_it():
    raw = ("Written Ministerial Statement\nRail fares 2027\nDepartment: Department for Transport\n"
           "Made by: Simon Lister (Minister for Rail)\nMade on: 24 November 2026\n\n"
           "Regulated fares make up around 45% of all fares.\n")
    assert [c.speaker for c in analyze(Document(raw, "text"), config=CONFIG).claims] == ["Simon Lister"]


def test_a_statement_by_a_body_inside_a_sentence_names_no_speech_giver():
    md = "# Club news\n\nA statement by Harbour FC said it was sorry.\n\nTickets cost £20.\n"
    told, priced = analyze(Document(md, "markdown"), config=CONFIG).claims
    assert "Harbour FC" in told.speaker and priced.speaker is None


def test_a_ticker_and_a_time_between_a_company_and_its_verb_are_no_part_of_its_name():
    text = "Lakeshore Health Systems (NYSE: LKH) today reported revenue of $2.31 billion."
    assert attribute(text, grams(text)).speaker == "Lakeshore Health Systems"


def test_they_point_back_to_staff_named_by_the_body_they_work_for():
    claims = list(analyzed("Analysts at Fenby Securities cut their price target to 340p from 420p. "
                           "\"The warning is bigger than we feared,\" they wrote in a note to clients.").values())
    assert claims[1].speaker == "Analysts at Fenby Securities"
    # "at" a time is no body
    claims = list(analyzed("Analysts at the moment expect a cut. \"It is close,\" they wrote.").values())
    assert claims[1].speaker != "Analysts at the moment"


@pytest.mark.parametrize("text,speaker", [
    ("The plan was criticised by the Kelby Cycling Campaign.", "the Kelby Cycling Campaign"),
    ("The figures were disputed by the union.", "the union"),
    # a decision in the passive is a deed, told by no one in it
    ("The scheme was approved by the council.", None),
    ("Plans for 120 homes have been rejected by Westmoor District Council.", None),
])
def test_a_stance_told_in_the_passive_names_its_agent_as_teller(text, speaker):
    assert attribute(text, grams(text)).speaker == speaker


def test_a_quotation_left_open_at_a_paragraph_s_end_is_the_speaker_s_who_signs_the_next():
    page = ("<html><body><article><h1>Bakery closes</h1><p>The bakery closed on Saturday.</p>"
            "<p>\"Our electricity bill went from £900 a month to £2,600.</p>"
            "<p>\"We put our prices up twice,\" said Ian Harker, the owner.</p></article></body></html>")
    claims = analyze(Document(page, "html"), config=CONFIG).claims
    assert [c.speaker for c in claims] == [None, "Ian Harker", "Ian Harker"]
    # signed by a pronoun for the speaker named before
    page = page.replace("<p>The bakery closed on Saturday.</p>", "<p>Ian Harker, the owner, said costs had soared.</p>")
    page = page.replace("said Ian Harker, the owner.", "he said.")
    claims = analyze(Document(page, "html"), config=CONFIG).claims
    assert [c.speaker for c in claims] == ["Ian Harker"] * 3



@pytest.mark.parametrize("text,speaker,kind", [
    ("Members expressed concern that the signs would not slow traffic on their own.", "Members", "opinion"),
    ("Residents expressed fears about the closure of the ward.", "Residents", None),
    # a thanks expressed, or a figure expressed in pounds, tells nothing
    ("The chair expressed her thanks to the volunteers.", None, None),
    # a thing seen as something by people of a place, unnamed; an unconvinced body in quoted words
    ("Many in Yerevan now see the Russian base in Gyumri as a liability rather than a guarantee.", "Many in Yerevan", "opinion"),
    # or seen as being of some sort, the view's word an adjective
    ("Diplomats in Vienna see the closure as largely symbolic.", "Diplomats in Vienna", "opinion"),
    ("Aid groups regard the new rules as unworkable.", "Aid groups", "opinion"),
    ('Governor Andrew Bailey said the Bank was "not yet convinced" that inflation was on track.', "Governor Andrew Bailey", "opinion"),
    # at one remove, "said to regard" is a report
    ("Russian officials are said to regard the fairway as a matter for negotiation.", None, "fact"),
])
def test_a_concern_expressed_names_who_holds_it_and_is_a_view(text, speaker, kind):
    assert attribute(text, grams(text)).speaker == speaker
    if kind:
        assert [c.kind for c in analyzed(text).values()] == [kind]


def test_no_comment_on_a_figure_is_told_by_the_body_is_open_as_of_writing_and_not_worth_checking():
    silent = only_claim("The ministry has not commented on that figure.", published=dt.date(2026, 11, 24))
    assert (silent.speaker, silent.time_sensitive, silent.checkworthy) == ("The ministry", True, False)
    # a comment made is told
    assert only_claim("The mayor commented that the plan was late.").speaker == "The mayor"


def test_what_neither_side_has_said_is_a_no_comment_line_open_as_of_writing_and_told_by_no_one():
    silent = only_claim("Neither side said when flights between the two countries would fully resume.",
                        published=dt.date(2025, 11, 7))
    assert (silent.speaker, silent.checkworthy, silent.time_sensitive) == (None, False, True)


def test_reports_left_unconfirmed_are_a_no_comment_line_open_as_of_writing():
    silent = only_claim("The energy ministry has not confirmed the talks.", published=dt.date(2025, 10, 22))
    assert (silent.kind, silent.checkworthy, silent.time_sensitive) == ("fact", False, True)
    # a deed confirmed is told
    assert only_claim("The energy ministry confirmed the talks on Monday.", published=dt.date(2025, 10, 22)).checkworthy


def test_an_answer_not_given_to_what_was_just_told_is_a_no_comment_line_told_by_who_has_not_answered():
    claims = analyzed("Tbilisi offered to let Abkhazia take 60% of the dam's output. Sukhumi has not replied.",
                      published=dt.date(2025, 4, 9))
    silent = claims["Sukhumi has not replied."]
    assert (silent.speaker, silent.time_sensitive, silent.checkworthy) == ("Sukhumi", True, False)
    # beside a deed of its own, the sentence is the deed's
    proposed = only_claim("Yerevan proposed a joint mechanism to investigate ceasefire violations; Azerbaijan has not responded.")
    assert (proposed.speaker, proposed.checkworthy) == (None, True)


def test_they_after_an_unnamed_group_is_that_group_not_the_named_speaker_before_it():
    claims = list(analyzed("The government says targeted subsidies now protect the poorest third of households. "
                           "Opposition parties reject that claim. "
                           "They say the subsidies reach fewer than 200,000 families.").values())
    assert [c.speaker for c in claims] == ["The government", "Opposition parties", "Opposition parties"]
    # "she" after a group is still the person named before it
    claims = list(analyzed("The minister, Ana Ruiz, said fares would rise. Some residents disagree. "
                           "She said the rise was needed.").values())
    assert claims[2].speaker == claims[0].speaker == "Ana Ruiz, The minister"


def test_no_longer_before_the_reporting_verb_is_no_part_of_the_speaker():
    claim = only_claim("The council no longer says the plan is affordable.")
    assert claim.speaker == "The council"


def test_he_after_a_passive_names_its_agent_not_the_body_that_spoke_before():
    claims = analyzed("The army said on Monday that it would stay in power. The statement was read out on "
                      "television by its spokesman, Colonel Omar Sane. \"Elections would be a gift to the rebels,\" he said.")
    said = claims['"Elections would be a gift to the rebels," he said.']
    assert said.speaker == "Omar Sane"
    assert said.kind == "opinion"
    assert claims["The statement was read out on television by its spokesman, Colonel Omar Sane."].kind == "fact"


def test_a_quotation_s_closing_mark_is_no_part_of_the_title_set_before_the_name():
    claim = only_claim('"We will rebuild the pier," the port\'s director, Anna Berg, told reporters.')
    assert claim.speaker == "Anna Berg, the port's director"


def test_reports_and_studies_in_the_plural_tell_what_they_show():
    claim = only_claim("The mission's own reports show that shelling fell by 60% after it opened field offices.")
    assert claim.speaker == "The mission's own reports"


@pytest.mark.parametrize("text,kind", [
    ('"We cannot rule out that this was deliberate," the minister told reporters.', "opinion"),
    ("Police said they could not rule out foul play.", "opinion"),
    # what was ruled out is a stance taken, told as done
    ("The chancellor has ruled out a freeze on fuel duty.", "fact"),
])
def test_what_cannot_be_ruled_out_is_a_hedge(text, kind):
    assert only_claim(text).kind == kind


def test_an_accusation_told_in_the_passive_names_its_agent():
    claim = only_claim("The militia has been accused by the United States of committing genocide in the region.")
    assert claim.speaker == "the United States"


@pytest.mark.parametrize("text,speaker", [
    ('The port\'s owner, Harbour Holdings, posted on X that it had made "a fair and final offer".', "Harbour Holdings, The port's owner"),
    ("The mayor tweeted that the bridge would reopen on Friday.", "The mayor"),
    ("Per the company's latest accounts, the group made a profit of £212 million last year.", "the company's latest accounts"),
    ("Transport Secretary Anna Grey was quoted by the Kelby Post as saying the government would not intervene.",
     "Transport Secretary Anna Grey"),
    # a post that tells nothing, and "per" inside a sentence, name no one
    ("The firm posted a loss of £3 million.", None),
    ("Fares rose by 20p per journey.", None),
])
def test_a_post_a_per_and_a_quotation_reported_by_another_paper_name_their_teller(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize("text,kind", [
    ("Sources close to the talks say a deal could be reached by the weekend.", "prediction"),
    ('A spokesperson told reporters that talks were "the only way forward".', "opinion"),
])
def test_a_possibility_by_the_weekend_is_a_forecast_and_the_only_way_forward_a_verdict(text, kind):
    assert only_claim(text).kind == kind


def test_a_body_s_one_word_name_set_beside_its_title_names_the_speaker():
    assert only_claim("The regulator, Ofwat, said bills would rise by £123 a year.").speaker == "Ofwat, The regulator"
    # a connective between commas is no name
    assert only_claim("The council, however, said it would appeal against the ruling.").speaker == "The council"


def test_a_verdict_in_an_adverb_on_what_will_be_done_is_an_opinion():
    claim = only_claim('"Customers will rightly ask what they are getting for their money," said David Black.')
    assert claim.kind == "opinion"
    assert only_claim('"Customers will ask what they are getting for their money," said David Black.').kind == "prediction"


@pytest.mark.parametrize("text,speaker", [
    ("Sudria continues to accuse Norland of holding back water during the summer.", "Sudria"),
    ("The union went on to say that the offer was too low.", "The union"),
    # a refusal to tell names no teller
    ("The council declined to comment.", None),
])
def test_a_telling_kept_up_names_its_teller(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ("On August 27, Moldova's new president, Maia Sandu, again called for the troops to leave.", "Maia Sandu, Moldova's new president"),
    ("Residents have called for the council to reopen the pool.", "Residents"),
    ("Chisinau has repeatedly called for the depot to be destroyed under international supervision.", "Chisinau"),
])
def test_a_call_for_someone_to_act_names_who_makes_it(text, speaker):
    claim = only_claim(text)
    # told as a deed, not a view
    assert (claim.speaker, claim.kind) == (speaker, "fact")


def test_a_day_with_its_month_before_the_subject_is_no_part_of_the_speaker():
    claim = only_claim("On March 13 both foreign ministries announced that negotiations on all 17 articles were complete.",
                       published=dt.date(2025, 3, 20))
    assert claim.speaker == "both foreign ministries"
    assert only_claim("In March 2024 92 families told us they were waiting.", published=dt.date(2025, 3, 20)).speaker == "92 families"


def test_a_time_closing_the_telling_is_no_speaker():
    claim = only_claim("The ferry resumed its crossings, the port's spokeswoman, Daniella Misail-Nichitin, said on Sunday.")
    assert claim.speaker == "Daniella Misail-Nichitin, the port's spokeswoman"
    assert only_claim("The road is open, said Mayor Tom Hale.").speaker == "Mayor Tom Hale"


def test_a_promise_in_the_speaker_s_words_stays_a_forecast_however_the_telling_is_dated():
    promise = only_claim("“We will publish a full count when the water goes down,” the minister, Ion Rusu, said on Sunday.",
                         published=dt.date(2025, 9, 22))
    assert (promise.kind, promise.checkworthy) == ("prediction", False)
    # a day ahead makes it a schedule announced, and the report of it checkable
    schedule = only_claim("“We will reopen the bridge on Friday,” the minister said on Sunday.", published=dt.date(2025, 9, 22))
    assert schedule.kind == "fact"


def test_a_task_given_in_the_present_passive_is_checkable():
    assert only_claim("Control over the crossing is given to the border service of the interior ministry.").kind == "fact"


@pytest.mark.parametrize("text,speaker", [
    ("Armenian officials call that claim a pretext and say no weapons have been found.", "Armenian officials"),
    ("Local officials dismiss the figure and say only 40 lorries crossed.", "Local officials"),
])
def test_a_people_s_officials_tell_the_second_verb_they_share(text, speaker):
    assert only_claim(text).speaker == speaker


def test_what_someone_has_not_yet_said_is_no_claim_to_check():
    assert only_claim("Moscow has not said how it will vote on the mandate.").checkworthy is False
    # what a body did not say when it announced something is a gap in its account, still worth checking
    gap = only_claim("The council sold the land on Monday but did not say how much it would receive from the sale.",
                     published=dt.date(2026, 3, 4))
    assert gap.checkworthy is True


@pytest.mark.parametrize("text,kind", [
    ("But the target for 2027 looks unrealistic.", "opinion"),
    ("The 2024 budget was unfair.", "opinion"),
    # a judging word that does not close the sentence leaves a dated, counted statement checkable
    ("The £4m plan is unfair to tenants, the council's own audit found in 2024.", "fact"),
])
def test_a_sentence_that_closes_by_judging_its_dated_subject_is_a_verdict(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text,kind,speaker", [
    ("Tbilisi calls the closure a violation of freedom of movement.", "opinion", "Tbilisi"),
    ("The union called the decision a serious mistake.", "opinion", "The union"),
    # a name that does not damn is no verdict
    ("The council called the report a draft.", "fact", None),
])
def test_a_damning_name_for_a_deed_is_a_verdict_of_whoever_calls_it_so(text, kind, speaker):
    claim = only_claim(text)
    assert (claim.kind, claim.speaker) == (kind, speaker)


def test_a_thing_judged_nothing_new_is_a_view_and_nothing_under_way():
    claim = only_claim("Closures are nothing new.")
    assert (claim.kind, claim.time_sensitive) == ("opinion", False)
    assert only_claim("Crews are searching the river.").time_sensitive is True


def test_the_likeliest_outcome_is_a_forecast():
    assert only_claim("If the talks fail again, the likeliest outcome is a frozen conflict for years to come.").kind == "prediction"


@pytest.mark.parametrize("text,kind,speaker", [
    ("The Ministry of Foreign Affairs strongly condemns this unprovoked aggression.", "opinion", "The Ministry of Foreign Affairs"),
    ("The EU welcomes the agreement.", "opinion", "The EU"),
    # told in the past, the reaction is a deed
    ("The ministry condemned the attack on Tuesday.", "fact", "The ministry"),
])
def test_a_stance_taken_in_the_present_is_a_view_of_whoever_takes_it(text, kind, speaker):
    claim = only_claim(text, published=dt.date(2022, 9, 14))
    assert (claim.kind, claim.speaker) == (kind, speaker)


@pytest.mark.parametrize("text", [
    "Regional Wire could not independently verify either account.",
    "The claims could not be independently verified.",
    "The mission was not in a position to verify these allegations.",
    "Neither figure can yet be checked independently: journalists have not been allowed into the region.",
])
def test_what_a_newsroom_could_not_verify_is_told_not_judged(text):
    assert only_claim(text).kind == "fact"


def test_a_modal_in_what_someone_declined_to_comment_on_is_not_theirs():
    claim = only_claim("The spokesman declined to comment on reports that the contingent could be enlarged.")
    assert (claim.kind, claim.checkworthy) == ("fact", False)


@pytest.mark.parametrize("text,speaker", [
    ("Azerbaijan wants the mission gone once a peace treaty is signed.", "Azerbaijan"),
    ("Residents want the old bridge closed.", "Residents"),
])
def test_wanting_a_thing_gone_or_closed_is_a_demand_of_whoever_wants_it(text, speaker):
    claim = only_claim(text)
    assert (claim.kind, claim.speaker) == ("opinion", speaker)


def test_a_forecast_in_a_relative_clause_with_its_own_subject_qualifies_the_deed_before_it():
    claim = only_claim("A second scanner has opened at Kelby General Hospital, which the trust says will allow 4,000 more scans a year.")
    assert claim.kind == "fact"


@pytest.mark.parametrize("text,kind", [
    ("The remaining staff are to leave by the end of 2025.", "prediction"),
    ("The troops are to stay for five years.", "prediction"),
    # an aim's content is no arrangement
    ("The aim is to reduce waiting times by 2026.", "opinion"),
])
def test_what_is_to_happen_by_a_time_ahead_is_foreseen(text, kind):
    assert only_claim(text, published=dt.date(2025, 1, 2)).kind == kind


@pytest.mark.parametrize("text,kind,speaker", [
    ("The Parliamentary Assembly is deeply concerned about the situation of the 100 000 people who fled.", "opinion", "The Parliamentary Assembly"),
    ("The Assembly regrets that the delegation did not take part in the debate.", "opinion", "The Assembly"),
    ("The Assembly calls on Azerbaijan to guarantee the right of return.", "opinion", "The Assembly"),
    # a call told in the past is a deed done, its speaker who made it
    ("The EU called on Baku to allow access to the region.", "fact", "The EU"),
])
def test_an_assembly_s_worry_regret_and_demand_in_the_present_are_its_views(text, kind, speaker):
    claim = only_claim(text)
    assert (claim.kind, claim.speaker) == (kind, speaker)


def test_a_pronoun_making_a_call_goes_on_with_the_speaker_before():
    claims = analyzed("The representative of Armenia said some 120,000 people were living under a blockade. "
                      "He called on the Council to demand the reopening of the corridor.")
    assert [c.speaker for c in claims.values()] == ["The representative of Armenia"] * 2


def test_a_telling_after_a_deed_in_an_irregular_past_shares_the_sentence_s_subject():
    claims = analyzed("Salome Zourabichvili says she remains president. "
                      "She left the palace on Sunday but said she would return.", published=dt.date(2024, 12, 29))
    assert [c.speaker for c in claims.values()] == ["Salome Zourabichvili"] * 2
    (claim,) = analyzed("The minister left the palace on Sunday but said the handover was lawful.").values()
    assert claim.speaker == "The minister"


def test_a_counted_deed_with_a_forecast_added_after_it_is_told_as_a_fact():
    claim = only_claim("Armenia's GDP grew by 8.3% in 2023, the statistics committee said, and the central bank expects "
                       "growth of about 6% this year.", published=dt.date(2024, 5, 17))
    assert (claim.kind, claim.checkworthy) == ("fact", True)
    # a forecast alone stays one
    assert only_claim("The central bank expects growth of about 6% this year.", published=dt.date(2024, 5, 17)).kind == "prediction"
    # a dated deed with a forecast added after it, counted by its dates alone, is told too
    dated = only_claim("Cases fell in January and February 2024, but the ministry expects another rise in the spring.",
                       published=dt.date(2024, 3, 4))
    # and it ages as its forecast does
    assert (dated.kind, dated.time_sensitive) == ("fact", True)
    # a warning of what could come, added after a counted fall, the same
    warned = only_claim("The lake has dropped by about 1.5 metres since 2005, and scientists warn it could fall by up to 9 metres "
                        "by 2050.", published=dt.date(2025, 9, 3))
    assert (warned.kind, warned.time_sensitive) == ("fact", True)
    # a change dated by its weekday, with weather forecast after it, the same; weather forecast alone is a forecast
    fallen = only_claim("Water levels have fallen since Wednesday, but more rain is forecast for next week.", published=dt.date(2025, 5, 9))
    assert (fallen.kind, fallen.checkworthy, fallen.time_sensitive) == ("fact", True, True)
    assert only_claim("More rain is forecast for next week.", published=dt.date(2025, 5, 9)).kind == "prediction"
    # a counted deed with the writer's own forecast after it, the same
    funded = only_claim("The World Bank has approved $350 million for the project, but the dam will not be finished before 2033.",
                        published=dt.date(2025, 12, 29))
    assert (funded.kind, funded.checkworthy, funded.time_sensitive) == ("fact", True, True)
    # a source's forecast said after a counted deed, and a deed in an irregular past, the same
    said = only_claim("Deliveries reached about 5.6 billion cubic metres in 2024, and Gazprom has said they could rise to 11 "
                      "billion cubic metres a year by 2026.", published=dt.date(2025, 1, 15))
    assert (said.kind, said.checkworthy, said.time_sensitive) == ("fact", True, True)
    cut = only_claim("We have cut business rates for 400 small firms, and we will do it again next year.", published=dt.date(2026, 11, 19))
    assert (cut.kind, cut.checkworthy) == ("fact", True)


@pytest.mark.parametrize("text,speaker", [
    ("The UN's humanitarian office has cited a figure of about 15,000 for Khartoum alone.", "The UN's humanitarian office"),
    ("A day later the ministry gave a figure of about 650 for the same district.", "the ministry"),
    # a figure not given is told by no one
    ("The army has not published a toll of its own.", None),
])
def test_whoever_gives_a_figure_tells_it(text, speaker):
    assert only_claim(text).speaker == speaker


def test_a_line_saying_where_a_post_went_over_it_names_who_posted():
    result = analyze(Document("President Maia Sandu said the result was clear. She posted on X:\n\n> We won the fight.\n",
                              "markdown"), config=CONFIG)
    assert result.claims[1].text == "She posted on X:" and result.claims[1].speaker == "President Maia Sandu"


def test_not_having_commented_on_nothing_named_takes_the_no_comment_prior():
    assert only_claim("Russia, which has a military base in Armenia, has not commented.").checkworthy is False


def test_a_future_in_a_place_s_relative_clause_qualifies_the_fact_before_it():
    claim = only_claim("About 50,000 Serbs live in the four northern municipalities, where local elections are due in April.",
                       published=dt.date(2023, 3, 20))
    assert claim.kind == "fact"
    assert only_claim("Local elections are due in April.", published=dt.date(2023, 3, 20)).kind == "prediction"


def test_a_doubt_held_is_a_view_of_who_holds_it():
    claim = only_claim("Diplomats in Pristina doubt it, pointing to ten years of missed deadlines.")
    assert (claim.kind, claim.speaker) == ("opinion", "Diplomats in Pristina")


def test_it_after_a_person_named_by_a_post_is_no_teller():
    said, shows = analyzed("Kremlin spokesman Dmitry Peskov said the two countries would discuss the matter. "
                           "The move is mostly symbolic, but it shows how far Yerevan has drifted from Moscow.",
                           published=dt.date(2024, 3, 14)).values()
    assert said.speaker == "Kremlin spokesman Dmitry Peskov"
    assert shows.speaker is None and shows.kind == "opinion"
    # after a body, "it" is the body
    _, says = analyzed("The ministry's press office denied the report. It says the figures are wrong.",
                       published=dt.date(2024, 3, 14)).values()
    assert says.speaker == "The ministry's press office"
    # after a group, "it" is the thing they spoke of
    _, says = analyzed("Leaders in all three capitals hailed the pact. It says nothing about winter releases.",
                       published=dt.date(2024, 3, 14)).values()
    assert says.speaker is None


@pytest.mark.parametrize("text, speaker", [
    ("The Office for Democratic Institutions and Human Rights reported pressure on voters.",
     "The Office for Democratic Institutions and Human Rights"),
    ("About 150 people were evacuated, Greater Kelby Fire and Rescue Service said.", "Greater Kelby Fire and Rescue Service"),
    ("Observers from the Organization for Security and Co-operation in Europe reported pressure on public sector employees.",
     "Observers from the Organization for Security and Co-operation in Europe"),
    ("Kelby Council and Fenby Water said the main had burst.", "Kelby Council and Fenby Water"),
])
def test_an_and_inside_a_body_s_name_and_a_group_sent_from_a_body_keep_the_whole_teller(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # the side named first tells it; the work cited in brackets is its evidence
    ("Yerevan argues the checkpoint violated the ceasefire statement (Mirzoyan 2023).", "Yerevan"),
    # with no side telling, the work cited is the source
    ("Exports rose by 5 percent (Eurostat 2024).", "Eurostat"),
    ("A study of 20mph limits found that casualties fell by 20% (Pilkington et al. 2018).", "Pilkington et al."),
])
def test_a_side_that_opens_its_own_telling_tells_it_before_the_work_cited_in_brackets(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize("text, speaker, kind", [
    ("Belgrade calls the closures an attack on the Serb community.", "Belgrade", "opinion"),
    ('Chandni Raina called the $300 billion figure "a paltry sum".', "Chandni Raina", "opinion"),
    ("The Kremlin branded the sanctions an assault on Russian culture.", "The Kremlin", "opinion"),
])
def test_a_thing_named_an_attack_or_a_figure_named_in_quotes_is_a_verdict_told_by_who_names_it(text, speaker, kind):
    claim = only_claim(text)
    assert (claim.speaker, claim.kind) == (speaker, kind)


@pytest.mark.parametrize("text, speaker", [
    ("Their demand was backed by most African and island states.", None),
    ("The plan was opposed by the Baltic states.", "the Baltic states"),
    ("The figure is wrong, the report states.", "the report"),
])
def test_states_after_the_kind_of_state_are_countries_not_a_telling(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize("text, speaker, kind", [
    ("Foreign ministry spokesman Aykhan Hajizada said the observers' conclusions were biased.", "Aykhan Hajizada", "opinion"),
    ('"The releases are a bargaining chip, not a change of course," said Pavel Sapelka, a lawyer.', "Pavel Sapelka", "opinion"),
    ("The human rights centre Viasna still counts 1,265 political prisoners.", "Viasna", "fact"),
])
def test_a_finding_called_biased_and_a_thing_framed_against_another_judge_and_who_counts_tells_the_count(text, speaker, kind):
    claim = only_claim(text)
    assert speaker in (claim.speaker or "") and claim.kind == kind


def test_odds_given_under_a_condition_forecast():
    claim = only_claim("Further releases are likely if Minsk sees a chance of easing Western sanctions.", published=dt.date(2025, 1, 20))
    assert (claim.kind, claim.time_sensitive) == ("prediction", True)


@pytest.mark.parametrize("text, speaker, kind", [
    ("Critics note that Georgia has not joined Western sanctions against Russia.", "Critics", "fact"),
    ("The government argues that the economic ties are pragmatic and do not amount to a rapprochement.", "The government", "opinion"),
    ("The note was found on the table.", None, "fact"),
])
def test_note_tells_and_a_course_argued_pragmatic_is_a_view(text, speaker, kind):
    claim = only_claim(text)
    assert (claim.speaker, claim.kind) == (speaker, kind)


def test_a_deed_of_several_words_called_a_coup_attempt_is_a_verdict_of_who_calls_it():
    claim = only_claim("Bzhania called the storming of parliament a coup attempt.")
    assert (claim.speaker, claim.kind) == ("Bzhania", "opinion")


@pytest.mark.parametrize("text, speaker", [
    ("Baku, for its part, wants guarantees of unimpeded transit through Syunik.", "Baku"),
    ("The families want compensation for the lost homes.", "The families"),
    ("Whatever is agreed, the valley's residents will want guarantees that the shelling does not return.", None),
])
def test_who_wants_guarantees_or_compensation_holds_that_demand(text, speaker):
    assert only_claim(text).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Meta declined to sign, saying the code "introduces a number of legal uncertainties".', "Meta"),
    ("The union walked out of the talks, saying the offer was too low.", "The union"),
    ("Prices rose sharply, adding to pressure on households.", None),
])
def test_a_participle_telling_after_a_deed_is_told_by_the_sentence_s_subject(text, speaker):
    assert only_claim(text).speaker == speaker


def test_a_duty_to_comply_with_a_law_is_a_rule_not_advice():
    claim = only_claim("Providers must now publish a summary of their training data and comply with EU copyright law.")
    assert claim.kind == "fact"


@pytest.mark.parametrize("text,speaker,kind", [
    # a view held in the past, told by who held it (not "is thought to", hearsay, nor "thought of")
    ("Most delegates thought the deadline too tight.", "Most delegates", "opinion"),
    ("The wreck is thought to lie in 40 metres of water.", None, "fact"),
    # a view those at a meeting share; states agreeing that a road will be built strike a deal
    ("Panellists agreed that no single port can absorb the extra traffic.", "Panellists", "opinion"),
    ("Serbia and Hungary agreed that a new crossing would be opened.", "Serbia and Hungary", "fact"),
    # a cause named, by who names it, beside another group's telling after it
    ("Some residents pointed to the new quarry, while others blamed the wet spring.", "Some residents", "fact"),
    # a plan or a fear voiced
    ("Russian officials have spoken of adding drones to the base.", "Russian officials", "fact"),
])
def test_a_view_held_in_the_past_shared_at_a_meeting_or_a_cause_named_is_told_by_its_holder(text, speaker, kind):
    claim = only_claim(text)
    assert (claim.speaker, claim.kind) == (speaker, kind)


@pytest.mark.parametrize("text,speaker", [
    # what a group meets, told by the group in the present
    ("Yet pickers still report pressure from local officials to meet harvest quotas.", "pickers"),
    ("Head teachers report fewer pupils arriving hungry in the afternoon.", "Head teachers"),
    # a bare "report" after a list of places is a measure, and after a modal an errand
    ("Greece, Italy and Romania report the highest rates.", None),
    ("Officers should report back to the committee in June.", None),
])
def test_what_a_group_reports_meeting_is_told_by_the_group(text, speaker):
    assert only_claim(text, dt.date(2024, 4, 15)).speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    # the verb, then the name and the body it speaks from, closing the sentence
    ("That was the risk all along, argues Umida Niyazova of the Uzbek Forum for Human Rights.", "Umida Niyazova"),
    ("The figures are too low, said Tom Becker of the Kelby Tenants' Union, who has asked for an audit.", "Tom Becker"),
    ("Monitoring must go on, notes Anna Berg at the Institute for Labour Studies.", "Anna Berg"),
])
def test_a_teller_after_the_verb_with_the_body_they_speak_from(text, speaker):
    assert only_claim(text, dt.date(2024, 4, 15)).speaker == speaker


def test_a_dated_measure_compared_then_a_forecast_said_is_told_and_ages_as_its_forecast():
    compared = only_claim("Attendance on Saturday was lower than a week earlier, but organisers say the vigils will continue "
                          "until the mill reopens.", published=dt.date(2026, 3, 10))
    assert (compared.kind, compared.checkworthy, compared.time_sensitive) == ("fact", True, True)
    # undated, the forecast said is what the sentence tells
    assert only_claim("Attendance was lower than a week earlier, but organisers say the vigils will continue.",
                      published=dt.date(2026, 3, 10)).kind == "prediction"


@pytest.mark.parametrize("text,speaker", [
    # the source closing the sentence tells all of it, the telling inside included
    ("The mayor told councillors the pier would reopen in May, the council said.", "the council"),
    ("Putin apologised to Aliyev that the incident had occurred in Russian airspace, the Kremlin said at the time.", "the Kremlin"),
    ("The coast road will stay closed until the summer, North Yorkshire Council has said.", "North Yorkshire Council"),
    ("Kelby has asked the ferry company to pay £2 million, two people familiar with the talks said.",
     "two people familiar with the talks"),
    # with no source closing it, the telling inside stays the source
    ("The mayor told councillors the pier would reopen in May.", "The mayor"),
])
def test_a_source_closing_the_sentence_tells_the_telling_inside_it(text, speaker):
    assert only_claim(text, dt.date(2025, 2, 11)).speaker == speaker


def test_it_stands_for_no_source_kept_unnamed():
    claims = analyzed("A person with knowledge of the matter said the council had offered less. "
                      "The inspectors published an interim report on 5 February. "
                      "It found that the wall had been damaged by the storm.", published=dt.date(2025, 2, 11))
    assert [c.speaker for c in claims.values()] == ["A person with knowledge of the matter", None, None]


@pytest.mark.parametrize("text,speaker", [
    # a court's holding is told by the court, its vote set between commas or not
    ("The Court held that the town was to pay each applicant 26,000 euros.", "The Court"),
    ("The European Court of Human Rights held, unanimously, that there had been a violation of Article 3.",
     "The European Court of Human Rights"),
    # what is held otherwise tells nothing
    ("The two sides held talks in Geneva.", None),
])
def test_a_court_s_holding_is_told_by_the_court(text, speaker):
    assert only_claim(text, dt.date(2025, 9, 16)).speaker == speaker


def test_a_decision_taken_with_the_side_s_stance_added_is_told():
    claim = only_claim("The council has agreed to reopen the pier, but insists it will keep the car park closed.",
                       published=dt.date(2025, 6, 3))
    assert (claim.kind, claim.checkworthy) == ("fact", True)
    # the stance alone looks ahead
    assert only_claim("The council insists it will keep the car park closed.", published=dt.date(2025, 6, 3)).kind == "prediction"


@pytest.mark.parametrize("text,speaker", [
    # a phrase opening the sentence leaves the unnamed teller after it the teller
    ("In an interview with the Courier, a senior official said the deal would hold.", "a senior official"),
    ("Speaking in Kelby on Monday, a council spokesperson said the pier would reopen.", "a council spokesperson"),
    # a noun in apposition after a clause sums the clause up and tells nothing
    ("The port will close, a move officials say will save money.", None),
])
def test_a_teller_after_a_phrase_opening_the_sentence_is_the_teller(text, speaker):
    assert only_claim(text, dt.date(2025, 2, 18)).speaker == speaker
