"""Per-stage cases written for Claimtrack: what kind of claim a sentence makes."""
import datetime as dt

import pytest

from claims.analysis import Document, analyze

from .stage_helpers import CONFIG, analyzed, only_claim


@pytest.mark.parametrize("text,kind", [
    # what a public body does in its own name is checkable
    ("The council sends the contents of recycling bins to landfill.", "fact"),
    ("The government funds the scheme through a levy.", "fact"),
    ("The council's contractor sorts the waste by hand.", "fact"),
    # a view a body holds is not a deed
    ("The council believes the scheme works.", "opinion"),
])
def test_what_a_public_body_does_is_a_fact_and_what_it_believes_is_not(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ('A council spokesperson said: "We would much rather help people get it right than punish them."', "opinion"),
    ("The council would prefer to keep the library open.", "opinion"),
    # "see the" after a speaker's "would rather" points nowhere; told to the reader, it does
    ("We would rather see the money spent on buses, she said.", "opinion"),
    ("For details, see the council's website.", "reference"),
    ("See the timetable for the new routes.", "reference"),
])
def test_a_preference_is_no_forecast_and_see_points_only_when_told_to_the_reader(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # counsel's submission is a position argued
    ("Ms Priya Lal, for the claimant, submitted that four weeks was too short for a change of this kind.", "opinion"),
    ("In my judgment the council did not have the due regard the statute requires.", "opinion"),
    ("In our opinion the accounts give a true and fair view.", "opinion"),
])
def test_a_submission_judged_and_a_view_in_my_judgment_are_opinions(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The board has agreed a long-term plan to bring the harbour's finances back into balance by 2028.", "fact"),
    ("The council has published a plan to build 500 homes by 2030.", "fact"),
    # a plan of one's own, told as a verb, stays a forecast
    ("The council plans to build 500 homes by 2030.", "prediction"),
])
def test_a_plan_agreed_or_published_is_a_decision_taken_not_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Consumer groups argue that customers are being asked to pay for decades of underinvestment.", "opinion"),
    ("Some local historians have argued that the original design was never suited to the salt air.", "opinion"),
    # evidence put forward, a figure, or one body's argued finding stay reports
    ("Operators argue that the figures show e-scooters are as safe as cycling.", "fact"),
    ("Supporters of the sale argue that the city needs 2,000 new homes by 2030.", "fact"),
    ("The regulator has argued that the benefits do not yet justify the cost.", "fact"),
])
def test_a_position_a_group_argues_without_figure_or_evidence_is_an_opinion(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The union said a first strike would begin on June 17 if no new offer was made.", "prediction"),
    # under a condition with no date ahead, "would" stays no forecast
    ("Progress would quicken if all parties cooperated.", "opinion"),
])
def test_a_threat_under_a_condition_dated_ahead_is_a_forecast(text, kind):
    claims = analyzed(text, published=dt.date(2025, 6, 3))
    assert [c.kind for c in claims.values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The first bus arrives at 10.40am, and the last leaves at 4.15pm.", "fact"),
    ("Car parking at the station is now full by 8am on most weekdays.", "fact"),
    # a would in a relative clause with its own teller forecasts nothing of the sentence's
    ("The partnership has asked the county council to fund 120 more spaces, which it estimates would cost £1.1 million.",
     "fact"),
])
def test_a_time_of_day_anchors_a_fact_and_a_relative_would_with_its_teller_is_no_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("It is the largest penalty the regulator has imposed on a ferry company.", "fact"),
    ("It was the largest fall since 2008.", "fact"),
    # with no record to measure it against, "largest" judges
    ("Removing land mines presents the largest danger of all.", "opinion"),
])
def test_a_largest_measured_against_a_record_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("I would like more, but the budget does not allow it.", "opinion"),
    ("I want every victim of burglary to get a visit within 24 hours.", "opinion"),
])
def test_a_wish_is_an_opinion_not_a_forecast_or_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Traders say the deal is fragile.", "opinion"),
    ("Independent engineers say the estimate is optimistic.", "opinion"),
    ("Critics said the recovery was precarious and the plan deeply flawed.", "opinion"),
    # the word describing a thing, not judging what is said
    ("Police said the fragile ice had cracked on Monday.", "fact"),
])
def test_how_sound_a_thing_is_judged_to_be_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("We regard this verdict as politically motivated.", "opinion"),
    ("The party says the charges against its leader are groundless.", "opinion"),
    # the verdict itself is a deed told
    ("The court sentenced the governor to seven years in prison on Tuesday.", "fact"),
])
def test_a_charge_or_a_verdict_dismissed_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The information spread by the opposition that our troops shelled the village on Monday is false.", "opinion"),
    ("Reports that the minister resigned in March are completely untrue.", "opinion"),
    # a report told as false by someone, with the telling after it, is what they said
    ("Reports that the minister resigned in March were false, the ministry said on Friday.", "fact"),
])
def test_an_account_called_false_as_a_whole_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("There were no casualties among the crew.", "fact"),
    ("There have been no reported injuries at the plant.", "fact"),
    # no count of the dead or hurt
    ("There were no easy answers for the crew.", "opinion"),
])
def test_a_toll_of_none_is_a_count_to_check(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Welcoming the report of the Secretary-General of 3 May 2024 on the mission,", "opinion"),
    ("Expressing grave concern at the shelling of the port on 2 June 2024,", "opinion"),
    ("Requests the Secretary-General to report on the mission by 1 June 2025;", "opinion"),
    # a participle opening a sentence of its own, and a plural noun, take no stance
    ("Welcoming the decision, the minister said exports rose 5% in 2024.", "fact"),
    ("Requests for asylum rose 20% in 2024.", "fact"),
])
def test_a_resolution_s_clause_takes_the_stance_of_the_body_that_resolves(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("We reaffirm our commitment to the 1991 Kessel River Agreement.", "opinion"),
    ("We condemn the attack on the dam on 3 November.", "opinion"),
    # a finding counted in what is welcomed is the claim
    ("We welcome the commission's report, which found that the basin received 38% less rain than average.", "fact"),
    ("We welcome the report, which found that services were good.", "opinion"),
])
def test_a_communique_s_stances_are_views_and_a_finding_it_welcomes_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("We assess that the complaint is aimed at his supporters rather than at the commission.", "opinion"),
    ("In our assessment the new rules are aimed at the smaller parties.", "opinion"),
    # assessing as a task is a deed
    ("We assess applications within ten working days.", "fact"),
])
def test_an_analyst_s_assessment_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("A decision is due in March 2026.", "prediction"),
    ("The alliance's next summit is due in Minsk in November.", "prediction"),
    ("Eleven contracts are due for renewal in July 2027.", "prediction"),
    ("The report is due next week.", "prediction"),
    ("The final investigation report is due by the end of the year.", "prediction"),
    # no time ahead named
    ("The fall is due in part to higher prices.", "opinion"),
])
def test_something_due_by_a_time_ahead_is_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 2, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a question left unanswered is told; the future inside it is no forecast
    ("The plan does not say how the money will be raised.", "fact"),
    ("Ministers have not explained when the line will open.", "fact"),
    ("The council hasn't said whether fares will rise.", "fact"),
    ("Fares will rise in April.", "prediction"),
])
def test_a_future_in_a_question_left_unanswered_is_no_forecast(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 2, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a position taken on a proposal; supporting people is something done
    ("We support the target but the plan does not show how it will be reached.", "opinion"),
    ("We strongly oppose the proposals to close the library.", "opinion"),
    ("We support 300 families a year.", "fact"),
])
def test_a_position_taken_on_a_proposal_is_an_opinion(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a promise heard in the past is reported; one told now is still a forecast
    ("We were told this would be finished before the next floods.", "fact"),
    ("Residents were promised that the road would reopen in May.", "fact"),
    ("We are told the road will reopen in May.", "prediction"),
    # what might have been, with an irregular participle; a question put to a panel
    ('"Without them those libraries would have shut," said Ellen Marsh.', "opinion"),
    ("The panel is asked whether it supports a consultation on the change.", "opinion"),
])
def test_a_promise_heard_what_might_have_been_and_a_question_put_to_a_panel(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 2, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # what a decision already taken settles is no forecast
    ("The fire service will close two stations from January, under plans approved by the authority on Tuesday.", "fact"),
    ("The mine will stay open until 2031 under a licence extension approved by the ministry last month.", "fact"),
    ("Bus fares will rise by 4% in March under a deal agreed with the drivers' union.", "fact"),
    ("The fire service will close two stations from January.", "prediction"),
    # a demand on someone else, a priority stated; a body's own plan, a result
    ("Campaigners want the county to bring back the £2 fare.", "opinion"),
    ('"Public safety has to come first," said harbour master Colin Reid.', "opinion"),
    ("The council wants to build 500 homes.", "fact"),
    ("Kelby came first in the league.", "fact"),
])
def test_a_decision_taken_a_demand_and_a_priority(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 10, 8)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a speech telling what it will do, and its speaker naming themself
    ("Tonight I want to set out what our budget for 2026 means for you.", "reference"),
    ("I'm Dana Whitfield, leader of Kelby Council.", "fact"),
    ("I want to tell you that the plan works.", "opinion"),
])
def test_a_speech_s_purpose_and_its_speaker_s_name(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # gladness or pleasure expressed in the first person is a feeling, not a fact
    ('"We are glad to have our people back," said chief executive Clara Holt.', "opinion"),
    ("I'm pleased with the result.", "opinion"),
    ("The council said it was pleased with the result in March 2026.", "fact"),
])
def test_gladness_expressed_is_a_feeling(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a forecast denied is still a forecast
    ("We are not going to hit good status by 2027 at this rate.", "prediction"),
    ("We are going to hit good status by 2027.", "prediction"),
])
def test_a_forecast_denied_is_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a course argued for is a view; a standing duty that recurs is a fact
    ("Clean Air Kelby argues that the council should close Station Road.", "opinion"),
    ("The council must publish an annual status report by 30 June each year.", "fact"),
    ("The council must act now to close Station Road.", "opinion"),
])
def test_a_course_argued_for_is_a_view_and_a_recurring_duty_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_a_state_still_holding_in_a_present_verb_ending_in_eed_is_time_sensitive():
    claim = next(iter(analyzed("Two sites still exceed the legal annual limit of 40 micrograms.", published=dt.date(2026, 3, 2)).values()))
    assert claim.time_sensitive


@pytest.mark.parametrize("text,kind", [
    # what an option would do if chosen is told of the option, no forecast
    ("Option A would refurbish the building at a cost of £9.2 million.", "fact"),
    # opposing, now, is a stance; opposing then is a deed
    ("Ward councillors oppose any cut to the evening buses.", "opinion"),
    ("The union opposed the cut in 2024.", "fact"),
])
def test_an_option_s_cost_is_told_and_opposing_now_is_a_stance(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_a_side_that_will_oppose_something_is_forecast_not_a_stance_now():
    claim = next(iter(analyzed("Residents' groups have said they will oppose any option that closes the pool.").values()))
    assert claim.kind == "prediction"


@pytest.mark.parametrize("text,kind", [
    ("In this episode we look at where the extra £76 million went.", "reference"),
    ("In this town we look after our own.", "opinion"),
])
def test_an_episode_s_own_plan_is_a_pointer(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a remark quoted whole, judging, with nothing counted or dated in it, is the speaker's view
    ("“Nobody wants to put up council tax,” said Cllr Priya Malhotra.", "opinion"),
    ("“It's not everything we asked for, but it's a fair deal,” said union organiser Femi Adeyemi.", "opinion"),
    ('Councillor Ravi Mehta said: "Most landlords in Westmoor do the right thing."', "opinion"),
    ('"Bookings were strong across all of our hotels," said chief executive Ana Ruiz.', "opinion"),
    ('"The difference is small for any one person, but across a population it matters," said Professor Amir Khan.', "opinion"),
    ('"Keeping the ferry is a matter of the island\'s survival," said Councillor Ewan Tait.', "opinion"),
    # a verdict on what is lawful, or a likeness drawn; a figure in the telling after it counts nothing said
    ('"Protecting children online is not unconstitutional," Ken Paxton said in a statement on Tuesday.', "opinion"),
    ('"The Act is akin to a law that would require every bookstore to check ages," the judge wrote in a 37-page opinion.', "opinion"),
    ('"The Act took effect on 1 September," the judge wrote in a 37-page opinion.', "fact"),
    ('"The information spread by Azerbaijan does not correspond to reality," the ministry said.', "opinion"),
    # a thing's worth or cost weighed
    ('"This is a landmark study," said Professor Ana Ruiz, a cardiologist.', "opinion"),
    ('"The drug is expensive and supplies are limited," she said.', "opinion"),
    # a remark quoted whole from an analyst or a think tank is their reading
    ('"It shows the talks are alive," said Olesya Vartanyan of the International Crisis Group.', "opinion"),
    ('"Any disruption to the pipeline is a disruption to global supply," said an oil analyst in Almaty.', "opinion"),
    # a deed an analyst tells is checkable
    ('"Moscow spent hundreds of millions of euros trying to buy this election," said Dionis Cenusa, a political analyst.', "fact"),
    # a quoted statement of fact stays one
    ('"The valve is a matter of routine maintenance," said the engineer, Ruth Ames.', "fact"),
    ('"Our reserves have never been higher," said the treasurer.', "fact"),
    ('"Buses that never turn up are not counted as late," said Ann Mercer.', "fact"),
])
def test_a_quoted_remark_that_judges_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ('The schools minister has called attendance "everybody\'s business".', "opinion"),
    ('Union leaders described pay as "an insult to nurses".', "opinion"),
    # a name given to a thing is no label pinned on one
    ('They set up a group called "Friends of the Park" in 2019.', "fact"),
])
def test_a_label_pinned_in_quotes_needs_no_article_before_the_thing_named(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Governor Ilse Marten said the decision had been “finely balanced”.", "opinion"),
    ('Both sides said the talks had been "constructive".', "opinion"),
    # what was said to have happened, in quotes, still describes
    ('The mediator said the two sides had been "not far apart" on pay.', "fact"),
])
def test_a_call_or_talks_judged_in_the_speaker_s_words_after_had_been(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind,when", [
    # what the odds favour is a forecast, and a month it names is the coming one
    ("Lena Ruud, chief economist at Nordbank, said a cut in February now looked “all but certain”.", "prediction", "2027-02"),
    ("A cut is likely in February.", "prediction", "2027-02"),
    ("Further savings are likely.", "prediction", None),
    # a measured ratio, and a mind made up, forecast nothing
    ("Smokers were twice as likely to be admitted in March.", "fact", "2026-03"),
    ("She was certain.", "opinion", None),
])
def test_what_the_odds_favour_is_a_forecast_of_it(text, kind, when):
    claim = next(iter(analyzed(text, published=dt.date(2026, 11, 5)).values()))
    assert claim.kind == kind
    assert [t.value for t in claim.times] == ([when] if when else [])


@pytest.mark.parametrize("text,kind", [
    # a duty a named rule sets is a fact, the rule named before or after it, the duty now or ahead
    ("Schools must publish their attendance policies by January, under guidance issued in May.", "fact"),
    ("From April 2027, landlords will have to fix emergency hazards within 24 hours under Awaab’s Law.", "fact"),
    # with no rule named, a duty ahead is a forecast and one now is advice
    ("Residents will have to wait under the new timetable.", "prediction"),
    ("Schools must publish their attendance policies.", "opinion"),
    # what a rule would require of a step, were it taken
    ("A formal withdrawal would require notice six months in advance under the organisation's charter.", "fact"),
    ("A withdrawal would hurt the alliance, under the charter's spirit.", "prediction"),
    # a declared emergency or an order sets duties as a rule does
    ("Under the emergency, farmers must cut irrigation by 80%.", "fact"),
    ("Under the order, bars must close at 10 p.m.", "fact"),
])
def test_a_duty_set_by_a_rule_named_at_the_end_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Ombudsman Richard Kaye said: “Too many landlords treat damp as a lifestyle problem rather than a repair.”", "opinion"),
    ("The union said too few nurses were on the ward in March.", "opinion"),
    # a count told as it was is no judgement of it
    ("The union said 12 nurses were on the ward in March.", "fact"),
    # a degree a group said it sees is its view, as one it says now is
    ("Residents said the lane was too narrow for the extra traffic.", "opinion"),
    ("Board member Carla Ruiz said families had not been consulted enough.", "opinion"),
    # what an inquiry found is told as found, a degree and all
    ("The inquiry found that too few nurses were on the ward in March.", "fact"),
    ("Auditors concluded that the council had paid too much for the depot.", "fact"),
])
def test_too_many_and_too_few_judge_a_count(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_twice_as_likely_to_do_something_is_a_measured_ratio():
    text = "Pupils eligible for free school meals are more than twice as likely to be persistently absent as their classmates."
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 11, 18)).values()] == ["fact"]


@pytest.mark.parametrize("text,kind", [
    # how someone stands now is no deed done
    ("Not everyone is convinced.", "opinion"),
    ("Residents are worried about the closure.", "opinion"),
    # told in the past it is reported, and a participle that acts is a deed
    ("Residents were worried about the closure.", "fact"),
    ("The board convinced the bank.", "fact"),
])
def test_a_state_of_mind_held_now_is_no_past_action(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("An economist said the firms had volunteered for the trial and were “hardly typical”.", "opinion"),
    ('The inspector said the repairs were "far from perfect".', "opinion"),
    # a plain quoted description stays told
    ('The inspector said the repairs were "finished in May".', "fact"),
])
def test_a_quality_denied_in_the_speaker_s_words_is_their_verdict(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Twelve months after the clean air zone went live, we look at what the monitors say.", "reference"),
    # what the writers did, in the past, is a deed
    ("When the figures came out, we asked why the council had not acted.", "fact"),
])
def test_the_piece_s_own_question_after_a_clause_that_sets_it_is_a_pointer(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Lead author Dr Fiona Reid said: “We were surprised by how high the levels were.”", "opinion"),
    ('"I was shocked when I saw the bill," said one resident.', "opinion"),
    # what surprised someone else, reported, is told
    ("The inspectors were sent to 14 sites in May.", "fact"),
])
def test_a_feeling_told_in_the_past_is_expressed(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The fall reflects lower wholesale gas prices over the past three months.", "fact"),
    # a span ahead is no anchor of a fact
    ("Prices may rise over the next three months.", "prediction"),
])
def test_a_span_up_to_the_writing_anchors_a_statement(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Any fall in prices will be welcome news for households.", "opinion"),
    ("The closure is bad news for the town.", "opinion"),
    # the worth hedged or denied is still weighed
    ("For Armenia, which is negotiating its own peace treaty with Azerbaijan, this is not necessarily good news.", "opinion"),
    ("That was hardly welcome news for Moscow in 2024.", "opinion"),
    # news as a thing done is told
    ("The news was released on Monday.", "fact"),
])
def test_what_a_thing_is_worth_as_news_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("\"Please do not travel unless you have to,\" said Chief Inspector Kay Dunn.", "opinion"),
    ("\"Don't take the car,\" said the ferry operator.", "opinion"),
    # a quoted statement of what was done stays told
    ("\"We closed the road at 6pm,\" said the ferry operator.", "fact"),
])
def test_a_request_quoted_whole_is_no_statement_of_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # plans that open a sentence are its subject, a noun; what they are said to do is read on
    ("Plans to scrap the cap were criticised in 2025.", "fact"),
    ("The council plans to close the library in May.", "prediction"),
])
def test_plans_opening_a_sentence_are_a_noun(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]



def test_a_dated_criticism_reporting_a_cost_is_a_dated_report():
    text = ("Plans to scrap the cap were criticised on Tuesday by the Taxpayers' Alliance, "
            "which said they would cost £3.4 billion a year.")
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 11, 18)).values()] == ["fact"]


@pytest.mark.parametrize("text,kind", [
    ('A Treasury source said the policy was "not affordable this side of an election".', "opinion"),
    # affordable homes are a kind of home, counted
    ('"We have built 1,200 affordable homes since 2021," the mayor said.', "fact"),
])
def test_what_a_thing_is_worth_the_money_in_the_speaker_s_words_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The prime minister is said to favour a phased approach.", "opinion"),
    ("Health experts are said to be doubtful that any money will arrive before the winter.", "opinion"),
    # the hearsay passes on a doubt or a belief held, as "Some diplomats doubt …" would tell it
    ("Some diplomats are said to doubt that a treaty can be signed.", "opinion"),
    ("Several ministers are reported to believe the plan is doomed.", "opinion"),
    # a deed passed on by no one named is still a deed
    ("The minister is said to have resigned.", "fact"),
    ("Officials are said to have agreed the text on Monday.", "fact"),
    ("Uzbekistan is reportedly in talks about buying the radars.", "fact"),
    ("The minister is reportedly furious.", "opinion"),
])
def test_a_stance_passed_on_by_no_one_named_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Report it online within two working days and we will return to collect it.", "opinion"),
    ("Transfer them to community groups, which could take up to 18 months.", "opinion"),
    # an auxiliary opening an inverted clause tells no one what to do
    ("Had it risen with prices, it would now stand at about £9,900.", "fact"),
])
def test_a_bare_verb_before_it_or_them_tells_the_reader_what_to_do(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("I am writing on behalf of constituents affected by the two-child limit.", "reference"),
    ("We are writing to ask for an urgent meeting about the closure.", "reference"),
    ("We are writing as 14 tenants' associations that represent the estate's residents since 2019.", "reference"),
    # what the writer is writing is no letter's purpose
    ("I am writing a book about the port.", "opinion"),
])
def test_a_letter_s_own_purpose_tells_what_the_text_does(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # the feeling frames the news, and the news is the claim
    ("I am delighted to tell you that our breakfast club will open on Monday 14 September.", "prediction"),
    ("We are pleased to confirm that the pool reopened on Monday after repairs.", "fact"),
    # a feeling about something is still a feeling
    ("We are delighted with the result.", "opinion"),
])
def test_news_framed_by_a_feeling_is_read_for_the_news(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 9, 9)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("It is the third increase in two years.", "fact"),
    ("It is the third dry year in a row.", "fact"),
    # "the first step" is a figure of speech, no count
    ("It was the first step.", "opinion"),
])
def test_a_count_of_events_by_its_order_is_checkable(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("More research is needed on rural roads.", "opinion"),
    # a need with a figure, or told in the past, is checked as told
    ("Planning permission is required for 40 homes.", "fact"),
    ("Extra staff were needed in May.", "fact"),
])
def test_what_is_needed_now_is_no_deed_done(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a "would" someone told, told in the past, is reported
    ("Places are limited to 60 children a day, and last year 92 families told us they would use it.", "fact"),
    # what someone told us will happen is still their forecast
    ("Sarah Webb told us the evening services will be reviewed in January.", "prediction"),
])
def test_a_would_someone_told_us_is_reported(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]



@pytest.mark.parametrize("text,kind", [
    # a record over a span named is measured, quoted or not
    ("“This is the largest investment in social housing in a decade.”", "fact"),
    ("These were the worst floods in 20 years.", "fact"),
    ("The attack was the deadliest in Kosovo in years.", "fact"),
    ("“This is the worst drought since records began,” the president told reporters.", "fact"),
    # a place in a measured order
    ("Armenia was one of the main destinations for Russians leaving their country after the invasion of Ukraine.", "fact"),
    # a superlative with nothing to measure it against judges
    ("It is the best film of the year.", "opinion"),
    ("“This is the largest and most wasteful scheme,” she said.", "opinion"),
])
def test_a_record_over_a_span_named_is_checkable(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_a_choice_judged_in_the_speaker_s_words_is_their_verdict():
    text = "Sarah Parady told reporters that the city was “spending money on the wrong things.”"
    assert [c.kind for c in analyzed(text).values()] == ["opinion"]


@pytest.mark.parametrize("text,kind", [
    ("Not everything works: the subplot about the insurance company feels rushed.", "opinion"),
    ("The ending seemed tacked on.", "opinion"),
    # an impression dated is told
    ("The room felt crowded in May.", "fact"),
])
def test_an_impression_given_is_no_deed_done(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("It is the best British film I have seen this year.", "opinion"),
    # a record over a span is measured
    ("It was the wettest October in 20 years.", "fact"),
])
def test_the_writer_s_best_of_what_they_have_met_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a figure forecast on a condition is a forecast
    ("If the grant is not awarded, borrowing would rise to £8.5 million.", "prediction"),
    ("If the scheme goes ahead, it would create 120 permanent jobs, the developer said.", "prediction"),
    # with nothing counted, a conditional "would" hedges
    ("Without a doubt, repairs would go faster if everyone cooperated.", "opinion"),
])
def test_a_figure_forecast_on_a_condition_is_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a hedge the records settle is told by the records
    ("The slipway appears to have been used by fewer than 20 boats a year, the harbour master's records show.", "fact"),
    # hedged by the writer alone, it stays a view
    ("The slipway appears to have been used by fewer than 20 boats a year.", "opinion"),
])
def test_a_hedge_the_records_settle_is_told_by_the_records(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_a_future_in_a_relative_clause_is_found_where_its_phrase_stands():
    # the first "is" of the sentence is not the "is expected to" of its relative clause
    text = "The Environment Agency is carrying out its own criminal investigation, which is expected to conclude next year."
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 8, 3)).values()] == ["fact"]


@pytest.mark.parametrize("text,kind", [
    # a forecast inside a habit's condition forecasts nothing
    ("The council treats 480 km of roads, about 38% of the network, when temperatures are forecast to fall below 1°C.", "fact"),
    # a "when" after a day names that day ahead; a future in the main clause forecasts
    ("The new council meets for the first time on 20 May, when it is expected to elect Ms Shah as leader.", "prediction"),
    ("The bridge will close when the new one is expected to open.", "prediction"),
])
def test_a_forecast_inside_a_habit_s_condition_forecasts_nothing(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_what_is_not_expected_until_a_day_is_a_forecast():
    text = "The Met Office said rain was not expected until Wednesday."
    claim = next(iter(analyzed(text, published=dt.date(2026, 7, 20)).values()))
    assert (claim.kind, [t.value for t in claim.times]) == ("prediction", ["2026-07-22"])


@pytest.mark.parametrize("text,kind", [
    ("“If it changes direction overnight, we may have to move more people,” he said.", "prediction"),
    ("Roads may be icy tonight.", "prediction"),
    # a possibility with nothing ahead named stays a view
    ("Roads may be icy.", "opinion"),
])
def test_a_possibility_overnight_or_tonight_is_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # none of a group, placed by where it is, can be counted
    ("No practice in the town is taking new adult NHS patients.", "fact"),
    # a view held by none is still a view
    ("No one in the town wants the tip.", "opinion"),
])
def test_none_of_a_group_placed_by_where_it_is_can_be_counted(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_earlier_opening_a_sentence_is_no_order_to_the_reader():
    text = "Earlier this month, the contractor said it needed another £12m."
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 5, 14)).values()] == ["fact"]


@pytest.mark.parametrize("text,kind", [
    ("Manager Kate Brennan said it was “the proudest day of my career”.", "opinion"),
    # a superlative measured over years is checkable
    ('The minister said it was "the best deal in 20 years".', "fact"),
])
def test_the_speaker_s_own_superlative_in_quotes_is_their_verdict(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a duty with its day or year, told outside quotation marks, is an obligation
    ("The council must save £1.1 million from its library budget by April 2027.", "fact"),
    ("The council must pass a budget by June 30, before the fiscal year begins July 1.", "fact"),
    # a notice period is a deadline too
    ("The branch must give the trust at least 14 days' notice of any action.", "fact"),
    # or with a season or a span ahead named after a decision to take
    ("Its mandate expires in February, and the member states must decide this winter whether to renew it.", "fact"),
    ("You must stay positive this year.", "opinion"),
    # with no deadline it is advice
    ("The council must save more money.", "opinion"),
])
def test_a_duty_with_its_day_or_year_is_an_obligation(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The Kelby Civic Society opposes Option B.", "opinion"),
    # a vote recorded against an option is a deed
    ("Councillors voted against Option B in March.", "fact"),
])
def test_opposing_an_option_named_by_its_letter_is_a_stance(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_not_enough_judges_a_count_even_when_a_speaker_tells_it():
    claims = list(analyzed("“Staff are doing everything they can,” says Gary Moss. "
                           "“But there simply aren’t enough beds.”").values())
    assert (claims[1].speaker, claims[1].kind) == ("Gary Moss", "opinion")
    # enough, said plainly, is no judgement of degree
    assert [c.kind for c in analyzed("The fund raised enough to reopen the pool in May.").values()] == ["fact"]


@pytest.mark.parametrize("text,kind", [
    # what an option does if chosen, however it is named, is what the option is
    ("Under option A, all 12 libraries would stay open but most would close on Mondays.", "fact"),
    ("Option B would build a new centre on the Mill Road site for £21 million.", "fact"),
    # with a date ahead in it too
    ("Option B would allow the board to require a hybrid vessel from 2029.", "fact"),
    # a proposal's effect if adopted
    ("The proposed rise would add about £86 a year to a Band D bill.", "fact"),
])
def test_what_an_option_does_if_chosen_is_told(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 10, 15)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Judge Amanda Fry said the company had shown \"a cavalier attitude to safety\".", "opinion"),
    ("She said the fine reflected his \"wholesale disregard\" for safety.", "opinion"),
    # a quoted term of art is no verdict
    ("The judge said the firm had pleaded guilty to a \"breach of duty\" in May.", "fact"),
])
def test_conduct_judged_in_the_judge_s_quoted_words_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("In the officer’s view, the proposal would not harm the character of the conservation area.", "opinion"),
    ("In the view of the inspectors, the home will need a new manager.", "opinion"),
    ("In my view the scheme would cause significant harm to the landscape.", "opinion"),
    # a forecast with no view framing it stays a forecast
    ("The proposal would create 40 jobs at the depot.", "prediction"),
])
def test_a_view_framed_as_one_holds_whatever_its_clause_forecasts(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The council’s planning guidance says no more than five should be allowed within that distance.", "fact"),
    ("National policy states that new homes should meet the accessible standard.", "fact"),
    # what a body, not its rules, says should happen is its advice
    ("The council says landlords should pay more for licences.", "opinion"),
])
def test_what_a_rule_says_should_or_must_happen_is_what_it_requires(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("“These were missed chances,” she told the hearing.", "opinion"),
    ("His brother told reporters that the family felt “let down”.", "opinion"),
    # a remark quoted whole, its teller named before the verb, that judges
    ('"We were the better side for an hour," Cole said.', "opinion"),
    # a missed chance counted is a fact
    ("The striker missed two chances in the first half.", "fact"),
])
def test_a_missed_chance_or_a_let_down_in_quoted_words_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_a_recommendation_that_points_to_its_conditions_is_still_a_recommendation():
    recommended, pointer = analyzed("It is recommended that permission is granted, subject to the conditions set out below. "
                                    "The conditions are set out in Appendix B.").values()
    assert (recommended.kind, pointer.kind) == ("opinion", "reference")


@pytest.mark.parametrize("text,kind", [
    ("These are skilled jobs that this town cannot afford to lose.", "opinion"),
    # a loss counted is a fact
    ("The plant lost 140 skilled jobs last year.", "fact"),
])
def test_what_a_place_cannot_afford_to_lose_is_a_judgement(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Chair Iain Munro said: “This is a clear result.”", "opinion"),
    ('The union said the figures were "beyond dangerous".', "opinion"),
    ('Opposition leader Antony Hook said the authority had "run out of road".', "opinion"),
    ('Laura Finch, 38, said: "It\'s a disgrace.', "opinion"),
    ("The superintendent said: “The violence we saw on Sunday was completely unacceptable.”", "opinion"),
    ('Cllr Sam Idris says the cuts are "short-sighted" and will cost more in the long run.', "opinion"),
    ('The chancellor welcomed the fall but said families were "still feeling the squeeze".', "opinion"),
    ('Chief executive Lisa Grant said: "We know this is inconvenient, but we have to protect supplies."', "opinion"),
    # a result counted is a fact
    ("Chair Iain Munro said 612 of the 843 residents who voted backed the change.", "fact"),
])
def test_a_clear_result_an_inconvenience_or_a_danger_in_quoted_words_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text", ["The flood was a wake-up call for the county.", "The closure of the mine closed a chapter for the valley.",
                                  "For the ferry company the subsidy is a double-edged sword."])
def test_a_figure_of_speech_characterises_and_tells_nothing_to_check(text):
    assert only_claim(text).kind == "opinion"


def test_a_term_a_blocked_measure_would_have_set_is_no_state_as_of_writing():
    claim = only_claim("The bill would have given landlords tax breaks for ten years.", published=dt.date(2026, 3, 1))
    assert not claim.time_sensitive
    # a term set that began is one
    assert only_claim("The bill gives landlords tax breaks for ten years.", published=dt.date(2026, 3, 1)).time_sensitive


@pytest.mark.parametrize("text,kind", [
    ("The inspectors say they checked the records where they could.", "fact"),
    ("Staff moved patients to other wards as far as they could.", "fact"),
    # a "could" of the sentence's own still weighs what might be
    ("The ward could close where it can.", "opinion"),
])
def test_as_far_as_possible_is_no_modal_of_the_sentence(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text,kind", [
    ("The new depot is to be built and run by a private operator.", "prediction"),
    # told inside another clause, the arrangement is part of a deed done
    ("The council agreed in May on a plan setting out how the depot is to be built.", "fact"),
])
def test_an_arrangement_still_to_be_carried_out_is_foretold(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text,kind", [
    ('"It is a small step, but an honest one," the mayor told reporters.', "opinion"),
    ('The chief executive said the recovery plan was "on track".', "opinion"),
])
def test_progress_judged_in_quoted_words_is_a_verdict(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text,kind", [
    ("Hoteliers say a direct flight could double that.", "prediction"),
    ("The new timetable might halve the wait.", "prediction"),
])
def test_a_change_by_a_multiple_that_may_come_is_foretold(text, kind):
    assert only_claim(text).kind == kind


def test_one_of_the_main_routes_named_in_two_words_is_a_rank():
    assert only_claim("Kelby is now one of the main ferry ports for freight to Ireland.").kind == "fact"


@pytest.mark.parametrize("text,kind", [
    ("Good schools are worth more than new roads.", "opinion"),
    ("For most families, time matters more than money.", "opinion"),
    # a worth in figures is measured
    ("The contract is worth more than £2 million.", "fact"),
])
def test_a_worth_weighed_without_a_sum_is_a_view(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text,kind", [
    # a proper name given to a thing is reported, not a verdict
    ('The mayor called the scheme the "Kelby Green Corridor".', "fact"),
    ('Ministers have dubbed it the "Northern Powerhouse Line".', "fact"),
    # a label that judges stays a verdict
    ('The mayor called the scheme "a disgrace".', "opinion"),
])
def test_a_proper_name_given_to_a_thing_is_reported_not_judged(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text,kind", [
    ("Contractors continue to dump spoil in the Kel estuary.", "fact"),
    ("The two armies keep exchanging fire along the northern stretch of the border.", "fact"),
    # a view kept up is still a view
    ("Critics continue to argue that the bypass is a waste of money.", "opinion"),
])
def test_a_deed_told_as_going_on_is_checkable(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text,kinds", [
    ("Will the ferry strike end before Easter? Probably not, as long as the pay offer stands.", ["question", "prediction"]),
    ("Is the council going to sell the pier? Almost certainly.", ["question", "prediction"]),
    # no, for as long as a state lasts
    ("Will the courts change course? Not while the current leadership of the judiciary is in place.", ["question", "prediction"]),
    ("Was the trial fair? Not while the judges answer to the party.", ["question", "opinion"]),
    # what "you" will do, asked in an interview, or what could be, stays a view
    ("Will you stand again? Probably.", ["question", "opinion"]),
    ("Could the grant be doubled? Perhaps.", ["question", "opinion"]),
])
def test_a_hedged_answer_to_what_will_happen_foretells_it(text, kinds):
    assert [c.kind for c in analyzed(text).values()] == kinds


def test_a_hedged_answer_under_a_heading_that_asks_what_will_happen_foretells_it():
    page = "# Almaty's air\n\n## Will the new plant be enough?\n\nProbably not on its own.\n\nTraffic has doubled since 2010.\n"
    claims = analyze(Document(page, "markdown"), config=CONFIG).claims
    assert [c.kind for c in claims] == ["prediction", "fact"]
    # a heading that asks what was is no question of what will happen
    page = page.replace("Will the new plant be enough?", "Was the plan enough?")
    assert analyze(Document(page, "markdown"), config=CONFIG).claims[0].kind == "opinion"


@pytest.mark.parametrize("text,kind", [
    # "That" opening the sentence points at what was just put: what it would do is foretold
    ("That would anger the unions, which still run most of the depots.", "prediction"),
    ("This would leave the town without a maternity unit.", "prediction"),
    # a "would" inside a relative clause is no forecast of the sentence's own
    ("Ministers rejected a plan that would have closed the depot.", "fact"),
])
def test_what_that_would_do_opening_a_sentence_is_foretold(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Without the new bridge, the ferry cannot carry lorries before 2031.", "prediction"),
    ("The depot can't open until September, the council says.", "prediction"),
    # an inability as it stands, with no day ahead, stays what it is
    ("The caretaker government cannot pass a budget for 2027 without a parliament.", "fact"),
    # what a treaty or a covenant forbids before a day is a rule, not a forecast
    ("Kelby Council cannot sell Mill Park before 2030 without breaking the 1998 covenant.", "fact"),
    # (not in a clause that qualifies a noun: the accusation told is the claim)
    ("Armenian officials say Azerbaijan is holding the treaty hostage to a referendum that cannot take place before 2027.", "fact"),
])
def test_what_cannot_happen_before_a_day_ahead_is_foretold(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 3, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a judging word inside an example set between commas judges the example, not what the sentence tells
    ("The council's cuts, such as the disastrous closure of the Mill Road library, angered residents across the town.", "fact"),
    ("Western sanctions, including the notorious oil price cap, reduced Russia's revenue during the war.", "fact"),
    # the same word outside the aside, or a judgement of its own, still judges
    ("The disastrous closure of the Mill Road library angered residents across the town.", "opinion"),
    ("The council's cuts, such as the closure of the Mill Road library, were a terrible mistake.", "opinion"),
])
def test_a_judging_word_inside_an_example_aside_does_not_judge_the_sentence(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a dated deed reported in a clause of its own before the quoted verdict is checkable
    ("The port authority said that the quay had been built without a licence in 1987 and that its closure was “long overdue”.",
     "fact"),
    ("The union said that members had voted for the strike on 3 May and that the offer was “an insult”.", "fact"),
    # the verdict alone, or a deed with no date, stays a verdict quoted
    ("The union said that the offer was “an insult”.", "opinion"),
    ("The union said that members voted for the strike and that the offer was “an insult”.", "opinion"),
])
def test_a_dated_deed_reported_before_a_quoted_verdict_is_checkable(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The new timetable adds an early sailing on weekdays and drops the last Sunday sailing.", "fact"),
    ("The bill bans the sale of energy drinks to children.", "fact"),
    # a measure that would do something is still a forecast or a view
    ("The new timetable will add an early sailing on weekdays.", "prediction"),
])
def test_what_a_written_measure_does_told_in_the_present_is_checkable(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The charter contains no provision on dual citizenship.", "fact"),
    ("Nothing in the signed agreement refers to the disputed islands.", "fact"),
    ("None of the leaked documents mentions the pipeline.", "fact"),
    ("The final communiqué does not mention Crimea.", "fact"),
    # what a thing holds that is no text is weighed, not read
    ("This contains risks for everyone.", "opinion"),
])
def test_what_a_written_text_holds_or_leaves_out_is_checkable(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Customers who break the ban could be fined up to £1,000.", "fact"),
    ("Drivers could face fines of up to £2,500.", "fact"),
    # what a body could choose to do stays a possibility
    ("The council could raise fares by up to 10%.", "opinion"),
])
def test_the_most_a_rule_lets_a_court_impose_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The port authority says it could invest up to $400 million in the new terminal.", "prediction"),
    ("Engineers say the cable could carry 2 gigawatts of power.", "prediction"),
    ("The wind farm could power 300,000 homes.", "prediction"),
    # in a clause that qualifies a noun, the figure is no forecast of the sentence's
    ("The group is exploring a sale of its ferries that could fetch about $90 million, two people said.", "fact"),
])
def test_what_a_plan_could_bring_or_hold_in_figures_is_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ('"This is the biggest threat to our town in a generation," said Margaret Ellis.', "opinion"),
    ("Flooding is the main risk to the new homes.", "opinion"),
    # a risk measured is a fact
    ("The flood risk rose by 12% in 2025, the agency said.", "fact"),
])
def test_naming_the_main_risk_or_the_biggest_threat_is_a_judgement(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("They asked us to make sure that history is as well planned as it is in English and maths.", "fact"),
    # the hedge in its own use
    ("It is in everyone's interest to settle quickly.", "opinion"),
])
def test_as_it_is_in_compares_and_hedges_nothing(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Attendance this year has been 95.1%, up from 93.4% last year.", "fact"),
    # a bare verb before "this year's …" still tells the reader what to do
    ("Check this year's timetable before you travel.", "opinion"),
])
def test_a_noun_before_this_year_is_no_order(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_a_once_in_a_generation_chance_in_quoted_words_is_a_verdict():
    text = '"This is a once-in-a-generation chance to study a comet up close," said Dr Elena Vasquez.'
    assert [c.kind for c in analyzed(text).values()] == ["opinion"]


@pytest.mark.parametrize("text,kind", [
    ("The comet should be visible with binoculars for about a week around its closest approach.", "prediction"),
    ("The road should reopen on Friday.", "prediction"),
    # what ought to be done stays advice
    ("Councils should publish their contracts.", "opinion"),
])
def test_what_should_happen_by_the_course_of_things_is_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("A passenger in the minivan also died.", "fact"),
    ("Two men fled the scene.", "fact"),
])
def test_a_four_letter_past_in_ed_is_a_past_action(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The latest forecasts show heavy rain on Friday.", "prediction"),
    ("Seasonal outlooks give probabilities, not day-to-day forecasts.", "fact"),
    ("The bank forecasts growth of 2% next year.", "prediction"),
])
def test_forecasts_as_a_noun_tell_nothing_ahead_unless_they_show_it(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("On 4 November, 3,200 customers could not log in to the app.", "fact"),
    # with a date ahead it is a possibility
    ("The council could not afford the repairs in 2027.", "prediction"),
])
def test_what_could_not_be_done_on_a_day_gone_by_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 11, 6)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Police are appealing for witnesses after a man was injured in Market Street on Sunday.", "fact"),
    # the writer's own appeal, or a force's in its own release
    ("We are appealing for witnesses to come forward.", "opinion"),
    ("Officers are keen to hear from anyone who saw the crash.", "opinion"),
])
def test_an_appeal_reported_in_the_third_person_is_news(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("I know this news will be deeply unsettling, and I am sorry.", "opinion"),
    ('"We know some patients are still waiting too long, and we are sorry," Dr Haddad said.', "opinion"),
    ("We are deeply sorry for the distress this has caused.", "opinion"),
    # sorry to tell the news: the news is read
    ("We are sorry to tell you that the pool closed on Friday.", "fact"),
])
def test_an_apology_is_a_feeling_expressed(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_a_regret_in_the_speaker_s_words_after_a_lead_in_s_colon_is_their_judgement():
    text = 'Resident Tom Harker, whose house flooded twice in five years, said: "It should have been built a decade ago."'
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 6, 4)).values()] == ["opinion"]


@pytest.mark.parametrize("text,kind", [
    ("The voucher scheme has been too slow.", "opinion"),
    ("Parents in Fenby say the 30 extra places came too late for many families.", "opinion"),
    # a second report beside it is checkable
    ("The institute said the estimate looked too low and put the figure at £9 billion.", "fact"),
    # a motion's resolution, and what it notes
    ("This council resolves to ask the combined authority to begin an assessment of bus franchising.", "opinion"),
    ("This council notes that bus passenger numbers fell by 18% between 2019 and 2025.", "fact"),
])
def test_too_slow_or_too_late_judge_degree_and_a_motion_s_resolution_is_put(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The service is not one the council has to provide by law.", "fact"),
    ("Councils must by law publish their accounts.", "fact"),
    # a "must" with no law, day or rule is advice
    ("The council must save more money.", "opinion"),
])
def test_a_duty_the_law_sets_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,is_question", [
    ("To ask the Secretary of State for Health, what assessment she has made of waiting times for hip operations.", True),
    ("To ask His Majesty's Government whether they plan to review the rural bus grant.", True),
    # a purpose clause with a question word in it is no question put
    ("To ask residents what they want, the council held six meetings.", False),
])
def test_a_written_question_put_to_a_minister_is_a_question(text, is_question):
    assert [c.kind == "question" for c in analyzed(text).values()] == [is_question]


@pytest.mark.parametrize("text,kind", [
    ("I would like to thank the crews who kept the ferry running through the storms.", "opinion"),
    ("We would like to apologise to every family whose bin was missed.", "opinion"),
    # what a body would like to do is its plan
    ("The trust would like to open a second scanner next year.", "prediction"),
])
def test_thanks_or_an_apology_put_politely_are_given_not_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The Ministry does not hold data on ferry cancellations by island.", "fact"),
    ("The council does not collect this information centrally.", "fact"),
    ("The trust publishes its cancer waiting time figures every month.", "fact"),
    # a view a body holds is no record it keeps
    ("The council does not hold the view that the tip should close.", "opinion"),
])
def test_what_records_a_body_keeps_can_be_checked(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The failure to reply for a year caused injustice to Mr Y.", "opinion"),
    ("We find maladministration in how the council handled the repairs.", "opinion"),
    # a finding reported by the body that made it, with its year, is news
    ("The Ombudsman found maladministration by the trust in 2024.", "fact"),
])
def test_an_ombudsman_s_own_finding_of_injustice_is_a_judgement(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("\"The state of the pavements in the old town is not good enough,\" said Cllr Ruth Dale.", "opinion"),
    # a second report beside it is checkable
    ("The inspectors said the care was not good enough and closed the ward in May.", "fact"),
])
def test_not_good_enough_judges(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The trust must cut £9 million from its budget over the next three years.", "fact"),
    ("The county must find 1,200 school places within the next two years.", "fact"),
    # quoted, the "must" is the speaker's own call; a future without a duty stays a forecast
    ("\"We must cut £9 million over the next three years,\" she said.", "prediction"),
    ("The trust will cut £9 million from its budget over the next three years.", "prediction"),
])
def test_a_duty_over_a_span_ahead_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("It is the only cash machine in Eastby village.", "fact"),
    ("This is the only maternity unit in the county.", "fact"),
    ("Upper Lars, on the border, is the only land crossing between Russia and the South Caucasus that is open all year.", "fact"),
    ("Armenia's southern province of Syunik is the country's only land link to Iran.", "fact"),
    ("The Lachin corridor is the only road linking Nagorno-Karabakh with Armenia.", "fact"),
    # the only way, the only thing, the only check on a power: a view
    ("It is the only way to fix the problem.", "opinion"),
    ("The alliance is the only real check on Ankara's ambitions.", "opinion"),
])
def test_the_only_one_of_its_kind_in_a_place_can_be_counted(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Objections to the licence can be lodged until 4 December.", "fact"),
    ("The decision may be called in by five councillors before 5pm on 21 May.", "fact"),
    # a possibility before a day is no procedure
    ("The decision may be reversed before May.", "opinion"),
])
def test_what_a_procedure_permits_up_to_a_day_is_a_rule(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("An independent statistician said people who already have the illness may exercise less.", "opinion"),
    ("The engineer told me the leak could only be fixed by digging up the road.", "opinion"),
    # a reported possibility told with its date is checkable as told
    ("Officials said in March 2026 that the bridge may close for repairs.", "fact"),
])
def test_a_possibility_reported_with_nothing_dated_or_counted_is_the_speaker_s_view(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,points_elsewhere", [
    ("You can report a burst main online or by calling 0800 555 0188.", True),
    # a number others called is no pointer
    ("Staff were calling 01632 960 555 all night to reach the site.", False),
])
def test_a_number_to_call_put_after_by_points_the_reader_elsewhere(text, points_elsewhere):
    assert [c.kind == "reference" for c in analyzed(text).values()] == [points_elsewhere]


@pytest.mark.parametrize("text,kind", [
    ("From April 2027 every council in England must collect garden waste weekly.", "fact"),
    ("Landlords must register every tenancy from 2028.", "fact"),
    # from an hour on a weekday's date, as a notice sets it
    ("From 00:01 on Friday 4 December 2026, customers must not use a hosepipe to water a garden.", "fact"),
    ("From 6pm on Monday, March 2, 2026, drivers must not park on Mill Road.", "fact"),
    # quoted, the duty is the speaker's call
    ("\"From April 2027 every council must do more,\" she said.", "opinion"),
])
def test_a_duty_from_the_day_it_starts_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("I would welcome your agreement to start the tender in March.", "opinion"),
    ("We would be grateful if you could reply by 1 October.", "opinion"),
    # to welcome people is no request
    ("The council said it would welcome 40 refugee families next year.", "prediction"),
])
def test_a_request_put_politely_is_no_forecast(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 9, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Most of the rise is in rural primary schools.", "fact"),
    ("A third of the overspend is on agency staff.", "fact"),
    # a share of a change judged is a view
    ("Most of the change is welcome.", "opinion"),
])
def test_where_a_change_or_a_sum_lies_can_be_checked(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,points_elsewhere", [
    ("You can also report information anonymously to Crimestoppers on 0800 555 111.", True),
    ("Please report damaged bins on 0300 555 0190.", True),
    # what people report to a number is news
    ("Residents report 40 leaks a week to 0800 555 0123, the company said.", False),
])
def test_where_to_report_something_by_phone_points_the_reader_elsewhere(text, points_elsewhere):
    assert [c.kind == "reference" for c in analyzed(text).values()] == [points_elsewhere]


@pytest.mark.parametrize("text,kind", [
    ("Detectives believe three men were involved in the raid.", "opinion"),
    ("Firefighters believe the blaze started at about 2am on Sunday.", "opinion"),
    # what they say they found is told
    ("Detectives said three men were involved in the raid.", "fact"),
])
def test_a_belief_held_is_a_view_whatever_it_counts_or_dates(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 8, 14)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("If you saw the collision, please call 101 quoting log 318.", "opinion"),
    ("When you receive the form, please return it within 14 days.", "opinion"),
    # … also with no "please"
    ("If you think a road has been left off wrongly, tell us by 30 November.", "opinion"),
    ("If you see a fallen line, do not touch it.", "opinion"),
    # a condition with no request in it is told
    ("If you live in the zone, the charge is £4 a day.", "fact"),
])
def test_a_request_after_the_case_it_is_put_for_tells_what_to_do(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ('Outside court, Insp Dawn Ellis said the sentence "sends a strong message" to other drivers.', "opinion"),
    ('The coroner told the inquest: "A young family has paid the price for these failings."', "opinion"),
    ('Her brother said: "Anna was the heart of every room she walked into."', "opinion"),
    # where a place is, quoted, is told
    ('"The shop is in the heart of the old town," the owner said.', "fact"),
])
def test_a_remark_that_weighs_a_deed_or_pays_a_tribute_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Flooding is expected.", "prediction"),
    ("More heavy rain is expected overnight.", "prediction"),
    # a duty, and a delay told beside its past
    ("Staff know what is expected of them.", "fact"),
    ("The ship was due in 2023 but is now expected in 2027.", "fact"),
])
def test_an_expectation_with_no_to_after_it_is_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 10, 14)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ('The finance director said: "Sales of our frozen range have been exceptionally weak."', "opinion"),
    ('"The rota is extremely tight," the ward manager said.', "opinion"),
    # a remark that compares can be checked
    ('The manager said: "We are incredibly busy, and demand is higher than it has ever been."', "fact"),
])
def test_a_quality_turned_up_by_an_intensifier_in_a_remark_is_weighed(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Move cars and bins away from the river bank before 6pm.", "opinion"),
    ("Keep pets indoors until the warning is lifted.", "opinion"),
    # the same word as a noun, or after a subject, tells
    ("Keepers moved 40 animals to higher ground on Sunday.", "fact"),
])
def test_a_warning_s_orders_tell_what_to_do(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 10, 14)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The City Council voted 11-2 on Tuesday to approve a $300 million plan to build 900 homes by 2029.", "fact"),
    ("Members voted unanimously to close the pool in 2027.", "fact"),
    # the vote told after what it decided, with its day
    ("The authority will eliminate 14 bus routes in January, its board voted Monday, as ridership lags.", "fact"),
    # a vote still to come is a forecast
    ("Residents will vote next month on whether to close the pool.", "prediction"),
])
def test_a_vote_cast_for_a_plan_ahead_records_the_deed(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 5, 13)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The homework club has been a huge success, with 60 pupils a week.", "opinion"),
    ("The one-way trial on Mill Road was a failure.", "opinion"),
    # a rate of success is measured
    ("Success rates rose to 81% in 2025.", "fact"),
])
def test_a_thing_s_worth_weighed_as_a_success_or_a_failure_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The kettle's lid can come loose and scald the user.", "fact"),
    ("The charger can overheat and catch fire.", "fact"),
    # a possibility weighed is no fault found
    ("Prices could fail to keep pace with wages.", "opinion"),
])
def test_a_product_s_fault_as_a_recall_tells_it_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Thanks to Amira and Joe for their help with the survey on Saturday.", "opinion"),
    ("Special thanks to the caretakers for everything they did in 2025.", "opinion"),
    # thanks to a cause is a cause
    ("Thanks to the new bypass, journeys are 10 minutes faster.", "fact"),
])
def test_thanks_given_are_a_feeling_expressed(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Households on a low income may qualify for a reduction of up to 100%.", "fact"),
    ("Unpaid carers may be eligible for a discount.", "fact"),
    # what may happen to a bill is no rule
    ("Bills may rise again next year.", "prediction"),
])
def test_who_a_scheme_s_rules_cover_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 3, 4)).values()] == [kind]


@pytest.mark.parametrize("text,points_elsewhere", [
    ("Apply online at kelby.gov.example/ctr.", True),
    ("Read the full report at www.kelby.gov.example/report.", True),
    # a figure about visitors to an address is news
    ("Visitors at kelbyzoo.example/tickets rose by 20%.", False),
])
def test_an_order_to_go_to_a_web_address_points_the_reader_elsewhere(text, points_elsewhere):
    assert [c.kind == "reference" for c in analyzed(text).values()] == [points_elsewhere]


@pytest.mark.parametrize("text,kind", [
    ("The Court of Appeal unanimously dismisses the appeal.", "fact"),
    ("The planning permission is therefore quashed.", "fact"),
    # a tribunal's judgment, the claim named in law ("unfair dismissal" judges nothing)
    ("The claim of unfair dismissal succeeds.", "fact"),
    ("The complaint of unlawful deductions from wages fails.", "fact"),
    # a ruling hoped for is no ruling
    ("The residents hope the court will quash the permission.", "prediction"),
])
def test_a_court_s_ruling_told_in_the_present_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Wages rose faster than expected in May, complicating the central bank's plans to cut rates.", "fact"),
    # whose plans they are, as the subject, still forecasts
    ("The central bank plans to cut rates in August.", "prediction"),
])
def test_someone_s_plans_as_a_noun_forecast_nothing(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 6, 10)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ('"This makes a rate cut in July very unlikely," said the economist.', "prediction"),
    ("The council is unlikely to approve the plan.", "prediction"),
    # odds measured in a comparison are no forecast
    ("Smokers were twice as likely to be admitted.", "fact"),
    # the odds a market puts on an event
    ("Markets now price a rate cut as more likely than not.", "prediction"),
    ("Traders see a cut in March as unlikely.", "prediction"),
    # the odds a judgement gives an event
    ("We judge a return to open war unlikely before the elections.", "prediction"),
    ("Most diplomats consider a deal this year highly unlikely.", "prediction"),
    # the odds a court weighs in its ruling are the ruling told
    ("Judge Ana Ruiz ruled that the law likely violates the First Amendment.", "fact"),
])
def test_the_odds_given_an_event_ahead_are_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ('"This is the most exciting day of my career," said the mission scientist.', "opinion"),
    ('"It was the best decision we have ever made," the founder said.', "opinion"),
    # a record measured against the county's past is checkable
    ('"It was the largest fire in the county since 1976," said the chief fire officer.', "fact"),
])
def test_a_superlative_measured_against_the_speaker_s_own_life_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Drivers are advised to allow an extra 20 minutes for journeys at peak times.", "opinion"),
    ("Residents are urged to keep their windows closed.", "opinion"),
    # what people were told to do, in the past, is news
    ("Residents were told to leave their homes on Sunday.", "fact"),
])
def test_advice_given_in_the_passive_tells_what_to_do(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 11, 5)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("All emergency services are running as normal.", "fact"),
    ("Shops in the town centre are trading as usual.", "fact"),
])
def test_a_service_running_as_normal_is_a_state_that_can_be_checked(text, kind):
    claims = list(analyzed(text).values())
    assert [c.kind for c in claims] == [kind] and claims[0].time_sensitive


@pytest.mark.parametrize("text,kind", [
    ("The expansion would cost £340,000, most of it for camera enforcement.", "fact"),
    ("The refurbishment would save £45,000 a year in heating.", "fact"),
    # what a scheme would bring about stays a forecast
    ("The scheme would create 120 jobs.", "prediction"),
])
def test_what_a_proposal_would_cost_or_save_is_told_as_its_option(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ('The drivers\' group said motorists were being caught by "confusing" signs.', "opinion"),
    ('Campaigners said the leaflet was "misleading".', "opinion"),
])
def test_signs_or_words_called_confusing_or_misleading_in_quotes_are_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Batteries can no longer go in your general waste bin.", "fact"),
    ("Residents can now book a slot at the tip online.", "fact"),
    # what a reader can do, with no change told, is guidance
    ("You can recycle glass at the tip.", "opinion"),
])
def test_a_rule_or_a_service_changed_as_it_stands_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("We are proposing a bus lane on Mill Road, operating from 7am to 7pm.", "opinion"),
    # a body's proposal told of in the third person is news
    ("The council is proposing to close two tips.", "fact"),
])
def test_the_writer_s_own_proposal_in_the_progressive_is_put_for_comment(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,points_elsewhere", [
    ("Fill in the survey at kelby.gov.example/millroad by 26 October.", True),
    ("Complete the form at www.kelby.gov.example/permits.", True),
    ("Plan your journey at kvr.example/timetable.", True),
    ("Pay your bill at kelby.gov.example/pay.", True),
])
def test_an_order_to_fill_in_a_form_at_an_address_points_elsewhere(text, points_elsewhere):
    assert [c.kind == "reference" for c in analyzed(text).values()] == [points_elsewhere]


@pytest.mark.parametrize("text,kind", [
    # what could not be done, told in the past, is a fact of the teller's
    ("Inspectors rejected the plan, saying the trust could not show a three-year budget for the ward.", "fact"),
    ("The firm said it could not find enough drivers.", "fact"),
    # what could not have been is supposed, and what could be done over a span ahead is a possibility
    ("The mayor said the council could not have acted sooner.", "opinion"),
    ("The depot could close within two years.", "prediction"),
])
def test_an_inability_told_in_the_past_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind,sensitive", [
    # what is needed now, costed over a span ahead, is a fact as of writing
    ("The pool opened in 1979 and needs £6.8 million of repairs over the next five years.", "fact", True),
    ("Partners need US$6.2 million to assist 10,000 people over the next three months.", "fact", True),
    # what will be spent over the span is a forecast
    ("The council will spend £6.8 million on repairs over the next five years.", "prediction", True),
])
def test_a_need_costed_over_a_span_ahead_is_a_state_not_a_forecast(text, kind, sensitive):
    claim, = analyzed(text).values()
    assert (claim.kind, claim.time_sensitive) == (kind, sensitive)


@pytest.mark.parametrize("text,kind", [
    # what the evidence cannot show is a limit of it, checkable, not a possibility
    ("The study was observational and cannot show that green space causes lower blood pressure.", "fact"),
    ("The survey did not prove that the scheme cut crime.", "fact"),
    # a possibility stays one
    ("The scheme could cut crime.", "opinion"),
])
def test_what_evidence_cannot_show_is_a_fact_about_it(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,points_elsewhere", [
    ("Representations about the ban can be made by email to tub@kelbywater.example until 30 November 2026.", True),
    ("Objections should be sent to planning@kelby.example by 4 December.", True),
    ("Please email library.friends@kelby.example to volunteer.", True),
    # an address someone wrote to is no pointer
    ("The landlord emailed 40 tenants from rents@kelbyhomes.example on Friday to say rents would rise 6%.", False),
])
def test_an_email_address_to_write_to_points_the_reader_elsewhere(text, points_elsewhere):
    assert [c.kind == "reference" for c in analyzed(text).values()] == [points_elsewhere]


@pytest.mark.parametrize("text,kind", [
    ("“We’re expecting the busiest roads we’ve ever seen,” said AAA spokesperson Aixa Diaz.", "prediction"),
    # what was expected is told
    ("Forecasters had been expecting a mild winter, but snow fell in November.", "fact"),
])
def test_an_expectation_told_in_the_progressive_is_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("“We are doing everything we can with the staff we have,” Ortiz said.", "opinion"),
    ('"We have not taken this decision lightly," said Helen Moss, the union\'s regional director.', "opinion"),
    ("“Staff are doing everything they can,” says branch secretary Gary Moss.", "opinion"),
    # a remark with something to check in it is told
    ('"We have taken on 40 extra staff since June," he said.', "fact"),
])
def test_a_spokesperson_s_stock_phrase_of_effort_or_care_is_no_claim_to_check(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 11, 20)).values()] == [kind]


def test_a_resolution_put_in_a_report_is_proposed_and_one_under_a_minute_s_resolved_is_passed():
    report = "Care home places\n\n4. Recommendation\n\nThat the committee approves option 3.1.\n"
    minutes = "Minutes of the Parks Committee\n\n4. Play areas\n\nRESOLVED: That the Committee approves the plan for new swings.\n"
    assert [c.kind for c in analyzed(report).values()] == ["opinion"]
    assert [c.kind for c in analyzed(minutes).values()] == ["fact"]


@pytest.mark.parametrize("text,kind", [
    ("Planting trees along rivers is one of the cheapest ways to protect fish.", "opinion"),
    # what it cost is told
    ("Planting the trees cost £40,000 in 2025.", "fact"),
])
def test_a_means_weighed_as_the_cheapest_or_easiest_way_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Repairs to the riverside path should be finished by the end of Q1 2027.", "prediction"),
    ("Northern Grid said all customers should be reconnected by Thursday evening.", "prediction"),
    # done by an agent, or with no time, it is what ought to be
    ("Cllr Grady said the remaining conversions should be finished before the winter.", "opinion"),
    ("The potholes should be fixed by the council, not by residents.", "opinion"),
])
def test_work_expected_done_by_a_time_is_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 11, 24)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("There were 61 patients each day who were fit to leave hospital but could not be discharged.", "fact"),
    ("Most of them were waiting for a care home place or a home care package.", "fact"),
    ("Most of that trade travels by lorry along the M2.", "fact"),
    # how much of a measured whole is of one sort
    ("Much of that money is loans and guarantees, not grants.", "fact"),
    ("Much of the news is bad.", "opinion"),
    # what could not be done ahead stays a possibility's judgement
    ("The patients could not be discharged without more care places.", "opinion"),
])
def test_what_could_not_be_done_then_and_most_of_a_group_named_before_are_told(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Froze all income bands at their 2025/26 levels.", "fact"),
    ("Raised the maximum discount from 75% to 80%.", "fact"),
    # a bare verb still tells what to do
    ("Shut the gate behind you.", "opinion"),
])
def test_a_change_log_s_deed_in_the_past_is_no_order(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("We ask the council to publish an employment land study before the plan is submitted.", "opinion"),
    # an appeal an authority is making, quoted, is reported
    ('"We are asking people to have their plans ready now," Commissioner Lowe said.', "fact"),
])
def test_the_writer_s_own_request_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_a_motion_s_resolutions_are_put_and_its_notes_are_told():
    md = ("# Motion: Free school meals\n\n**Proposed by:** Cllr Nadia Karim  \n**Seconded by:** Cllr Owen Price  \n"
          "**Full Council, 26 November 2026**\n\n## This Council notes:\n\n1. That 3,100 pupils are not eligible for free meals.\n\n"
          "## This Council resolves:\n\n1. To ask the Leader to write to the Education Secretary.\n"
          "2. To fund a pilot in six schools from April 2027, at a cost of £420,000.\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.kind for c in result.claims] == ["fact", "opinion", "opinion"]
    assert (result.document.author, result.document.published) == ("Nadia Karim", "2026-11-26")


@pytest.mark.parametrize("text,kind", [
    ("The trust is forecasting a deficit of £1.4 million for the 2026/27 financial year.", "prediction"),
    ("Economists are predicting a rise in unemployment next year.", "prediction"),
])
def test_a_forecast_made_in_the_progressive_is_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ('Dr Ann Other said the ward\'s 28 beds were "no longer fit for purpose".', "opinion"),
    # the phrase unquoted, told as an inspector's finding, is checkable as found
    ("Inspectors found that the ward's 28 beds were no longer fit for purpose.", "fact"),
])
def test_a_thing_called_unfit_for_its_use_in_quoted_words_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("No. 10 said on Monday that the rail link would be funded in the spring budget.", "fact"),
    # with no day to the telling it is a forecast told
    ("No. 10 said the rail link would be funded in the spring budget.", "prediction"),
])
def test_what_would_happen_told_in_a_report_with_its_day_records_the_report(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 11, 20)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("A survey by the government in January found that only 3% would go back.", "fact"),
    ("A poll last month showed 61% of voters would back the deal.", "fact"),
    # a forecast told beside a survey is still one
    ("The survey's authors say it would lead to reform in 70% of councils.", "prediction"),
])
def test_what_a_poll_found_people_would_do_is_its_finding(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 11, 10)).values()] == [kind]


@pytest.mark.parametrize("telling,kind", [
    ("said the next day", "fact"),
    ("said two days later", "fact"),
    # with no day to the telling it is a forecast told
    ("said", "prediction"),
])
def test_what_would_happen_told_a_day_counted_from_the_story_s_records_the_report(telling, kind):
    claims = analyzed(f"On 2 May the council cut bus fares. The drivers' union {telling} that it would strike over pay.",
                      published=dt.date(2026, 5, 9))
    assert [c.kind for c in claims.values()][1] == kind


@pytest.mark.parametrize("text,points_elsewhere", [
    ("Donations can be made at the Post Office or online at fenbyhall.example/roof.", True),
    # what was done at an address is told
    ("Donations of £4,000 were made at fenbyhall.example/roof last month.", False),
])
def test_where_the_reader_can_do_it_online_points_elsewhere(text, points_elsewhere):
    assert [c.kind == "reference" for c in analyzed(text).values()] == [points_elsewhere]


@pytest.mark.parametrize("text,kind", [
    ("People with long-term conditions such as asthma or diabetes can also get it free.", "fact"),
    ("You can book online at kelbyhealth.example/flu or ask at your pharmacy.", "reference"),
    # what someone can do, no rule or address in it, is still a view
    ("You can make a difference this winter.", "opinion"),
])
def test_who_a_scheme_covers_and_where_to_book_online(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]



@pytest.mark.parametrize("text,kind,sensitive", [
    ("The monitors' mandate runs until the end of 2029.", "fact", True),
    # a hyphened word holds no schedule's verb
    ("Open a council-run children's home, which would take two years.", "opinion", False),
])
def test_a_term_told_as_a_schedule_in_the_present_is_a_fact_until_it_ends(text, kind, sensitive):
    claim = next(iter(analyzed(text, published=dt.date(2026, 11, 25)).values()))
    assert (claim.kind, claim.time_sensitive) == (kind, sensitive)


@pytest.mark.parametrize("text,kind", [
    ("Most analysts think not.", "opinion"),
    ("Officers think two men were involved.", "opinion"),
    # what is thought ahead is still a forecast
    ("Analysts think the talks will fail.", "prediction"),
])
def test_a_view_someone_thinks_is_held_like_a_belief(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Turkmenistan holds the world's fourth-largest proven gas reserves.", "fact"),
    # first among its owner's, somewhere
    ("Russia's 201st military base is its largest outside its own territory.", "fact"),
    ("Kelby is the country's second-biggest port.", "fact"),
    # a superlative that ranks nothing measured judges
    ("It is the best plan we have.", "opinion"),
])
def test_a_rank_in_a_measured_order_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind,sensitive", [
    ("Hungary was the only large member state below the target.", "fact", False),
    ("The breakaway region of Transnistria still receives Russian gas, which it does not pay for.", "fact", True),
    # the only course is a view
    ("It is the only way to fix it.", "opinion", False),
])
def test_the_one_below_a_line_and_a_supply_that_goes_on_are_facts(text, kind, sensitive):
    claim = next(iter(analyzed(text, published=dt.date(2026, 11, 20)).values()))
    assert (claim.kind, claim.time_sensitive) == (kind, sensitive)


@pytest.mark.parametrize("text,kind", [
    ("If Transnistria's supplies stop, the region's steel plant and power station would have to shut.", "prediction"),
    ("If the lease lapses, the council would have to leave the building within three months.", "prediction"),
    ("If the rail line were cut for months, the army's supply lines would be stretched.", "prediction"),
    # a verdict put as a consequence judges
    ("If it closed, that would be a mistake.", "opinion"),
])
def test_what_a_condition_would_bring_is_foretold(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("If you travel against official advice, your insurance could be invalidated.", "prediction"),
    ("If the bridge closes, traders might lose half their trade.", "prediction"),
    # what the reader may do under a condition is a permission
    ("If you are unhappy with this response, you may ask for an internal review.", "opinion"),
])
def test_what_may_befall_under_a_condition_is_foretold(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The Foreign Office advises against all travel within 20km of the border.", "opinion"),
    # advice withdrawn, and any state of affairs that has changed, is checkable as it stands
    ("The Foreign Office no longer advises against travel to the port.", "fact"),
    ("The ferry no longer stops at Sandsend.", "fact"),
    ("Garden waste can no longer go in the green bin.", "fact"),
    # a change ahead is a forecast, a view given up a view
    ("The ferry will no longer stop at Sandsend from January.", "prediction"),
    ("The council no longer believes the plan is affordable.", "opinion"),
])
def test_travel_advice_is_advice_and_what_no_longer_holds_is_checkable(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Call 112 and ask for an ambulance, the police or the fire service.", "reference"),
    ("In an emergency, dial 999.", "reference"),
    # an appeal to call stays an appeal, and calls counted are a fact
    ("Anyone with information is asked to call 101.", "opinion"),
    ("The service answered 4,000 calls to 999 last year.", "fact"),
])
def test_an_emergency_number_to_call_points_elsewhere(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_what_a_group_lists_under_what_it_asks_for_is_a_demand_whatever_date_it_sets():
    text = ("# Harbour fire: our members warned the company\n\nSix of our members were taken to hospital after the fire.\n\n"
            "## What we are asking for\n\n1. An independent inquiry into the fire.\n"
            "2. An inspection of the sprinklers in every warehouse by 30 September 2027.\n\n"
            "## What happened\n\n3. An alarm failed at 4am on Tuesday.\n")
    kinds = {c.text: c.kind for c in analyze(Document(text, "markdown"), config=CONFIG).claims}
    assert kinds["An inspection of the sprinklers in every warehouse by 30 September 2027."] == "opinion"
    assert kinds["An independent inquiry into the fire."] == "opinion"
    # under any other heading a dated line is told as so
    assert kinds["An alarm failed at 4am on Tuesday."] == "fact"


@pytest.mark.parametrize("text,kind", [
    ("Parents expect better from the school.", "opinion"),
    ('Joanna Reid said: "Our customers expect more of us, and we are not where we want to be."', "opinion"),
    # what is expected to happen is a forecast
    ("We expect prices to rise next year.", "prediction"),
    ("Analysts expect more rate cuts from the central bank next year.", "prediction"),
])
def test_a_standard_expected_of_someone_is_no_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ('"Two buses a day is not a timetable," she said.', "opinion"),
    ('"Tenants are not the problem here," said Ana Ruiz of the Renters Union.', "opinion"),
    ('"This is about safety, not money," the union said.', "opinion"),
    # outside a speaker's words, or naming a kind of thing, a negation is checkable
    ("The bridge is not a listed building.", "fact"),
    ('"The bridge is not a listed building," the council said.', "fact"),
])
def test_a_name_or_a_motive_denied_in_quoted_words_is_a_judgement(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("School streets close the road outside a school to traffic at drop-off times.", "fact"),
    ("Under franchising, the authority decides the network and pays operators to run it.", "fact"),
    ("The statistics office does not collect data on landlords' costs.", "fact"),
    # an order and a "let's" are no such telling
    ("Stop using the heater and return it to the shop.", "opinion"),
    ("Mayor Hale, let's start with housing.", "opinion"),
])
def test_what_a_named_thing_does_told_in_the_present_is_checkable(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_how_a_thing_works_with_nothing_counted_or_dated_is_seldom_check_worthy():
    claim = next(iter(analyzed("School streets close the road outside a school to traffic at drop-off times.").values()))
    assert claim.kind == "fact" and not claim.checkworthy


@pytest.mark.parametrize("text,kind", [
    ("Up to 2,000 jobs could be lost at the plant.", "prediction"),
    ("The union says 15% of the town's output could be shut out of the market.", "prediction"),
    # the most a court may impose stays a fact
    ("Customers who break the ban could be fined up to £1,000.", "fact"),
])
def test_a_figure_that_could_be_lost_or_shut_out_is_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


def test_what_a_rule_still_allows_is_checkable():
    assert [c.kind for c in analyzed("You can still use a watering can or a bucket.").values()] == ["fact"]


@pytest.mark.parametrize("text,kind", [
    ("Speaking to reporters on Monday, the chief executive said the merger would save £14 million a year.", "fact"),
    ("On Tuesday, the council said it would close the pool.", "fact"),
    # a year or a month of a year set before the telling, with or without a comma
    ("In 2019 the regional governor said the province would build a second airport.", "fact"),
    ("In May 2021, the operator told shareholders it would sell its stake.", "fact"),
    # a year the telling only interrupts is what is foretold
    ("In 2031, the operator said, the line would carry its first freight.", "prediction"),
    # with no day set for the telling, what would happen is a forecast
    ("The chief executive said the merger would save £14 million a year.", "prediction"),
])
def test_a_day_set_before_the_telling_makes_a_dated_report(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 11, 25)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Option B would ask the EU asylum agency to deploy staff.", "fact"),
    ("Under option 2, the council would sell the depot.", "fact"),
    # a hedge or a judgement of the option is a view
    ("Option C would probably be the hardest to reverse.", "opinion"),
    ("The reception centre is at twice its capacity.", "fact"),
])
def test_what_an_option_would_do_and_a_ratio_to_capacity_are_checkable(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("58% said they would accept shorter hours if all branches stayed open.", "fact"),
    ("About 40% of residents say they will move within five years.", "fact"),
    # a forecast of a share, not a share that said so, stays a forecast
    ("About 40% of residents will move within five years.", "prediction"),
])
def test_what_a_share_of_those_asked_said_is_a_survey_finding(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The agreement says the mandate will be extended automatically unless either side objects.", "fact"),
    ("Under the deal, the treaty states that the river will be shared equally.", "fact"),
    # a body's own word about what it will do stays a forecast
    ("The ministry says the mandate will be extended.", "prediction"),
])
def test_what_a_written_agreement_or_law_provides_is_checkable(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("I know this will worry some of you.", "opinion"),
    ('"We understand the decision will disappoint regular users," said the chair.', "opinion"),
    # what is known to be coming stays a forecast when it is no feeling acknowledged
    ("The library will close for six weeks from Monday.", "prediction"),
])
def test_how_news_will_be_taken_acknowledged_is_an_opinion(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Figures come from the library service's own counts.", "reference"),
    ("Prices are from the nurseries' published fees.", "reference"),
    ("Visit counts come from door counters at all 14 branches.", "reference"),
    # what figures show is a claim
    ("The figures show that visits fell by 12% last year.", "fact"),
])
def test_where_a_text_s_figures_come_from_points_elsewhere(text, kind):
    claims = analyzed("Library visits fell by 9% in 2025. " + text)
    assert claims[text].kind == kind


@pytest.mark.parametrize("text,kind", [
    ("We assess with moderate confidence that neither side can afford to resume fighting before March.", "prediction"),
    # an assessment of how things are is a view
    ("We assess that the complaint is aimed at his supporters.", "opinion"),
])
def test_an_assessment_of_what_will_be_by_a_date_ahead_is_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2026, 11, 27)).values()] == [kind]


def test_a_reading_of_someone_s_motives_about_the_future_is_a_view():
    claim = next(iter(analyzed('"The junta is betting that Moscow will protect it," said a researcher.').values()))
    assert claim.kind == "opinion"
    assert next(iter(analyzed("Moscow will protect the junta, a researcher said.").values())).kind == "prediction"


@pytest.mark.parametrize("text,kind,speaker", [
    # a name of the speaker's own pinned on what was just told
    ("Tbilisi calls this creeping annexation.", "opinion", "Tbilisi"),
    ("Moscow calls it a special military operation.", "opinion", "Moscow"),
    ("Residents called the police.", "fact", None),
    # a group qualified by a place argues a position
    ("Some diplomats in Tbilisi argue that Brussels fears provoking Moscow.", "opinion", "Some diplomats in Tbilisi"),
    # a need a group claims is the position it takes; one body's, with a figure, stays checkable
    ("Turkish Cypriot authorities say the road is needed to link the village to the north.", "opinion", "Turkish Cypriot authorities"),
    ("The administration says the cuts are needed to close a £6.3m gap.", "fact", "The administration"),
])
def test_a_name_pinned_a_group_s_position_and_a_need_claimed_are_views(text, kind, speaker):
    claim = next(iter(analyzed(text).values()))
    assert (claim.kind, claim.speaker) == (kind, speaker)


@pytest.mark.parametrize("text,kind", [
    # what the reader is told to expect is a forecast; what to do is advice
    ("Expect more incidents like Pyla over the coming summer.", "prediction"),
    ("Book early to avoid disappointment.", "opinion"),
    # what a rule allowed is checkable against the rule; a change it may bring is foreseen
    ("Under a 2011 arrangement, ethnic Serbs in northern Kosovo could keep driving with plates issued by Serbia.", "fact"),
    ("Under the deal, prices could rise by 10% next year.", "prediction"),
])
def test_told_to_expect_is_a_forecast_and_what_a_rule_allows_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a size among members is counted, not a verdict
    ("Since the invasion, the council has worked without its largest member.", "fact"),
    ("It was the largest mistake of his career.", "opinion"),
    # the second of a kind of event over a span is counted; the second of a life's mistakes is judged
    ("It was the second major flood in the valley in less than a year.", "fact"),
    ("It was the second major mistake of his career.", "opinion"),
    # a size among works of one kind is counted too
    ("Georgia's largest copper mine has been in state hands for three years.", "fact"),
    ("It was the largest blunder of the campaign.", "opinion"),
    # a plural after a preposition is a noun, not a telling
    ("In June 2022 the seven resumed work on projects that did not involve Russia.", "fact"),
    ("The bank projects growth of 2% in 2024.", "prediction"),
    # what may happen by a season or within weeks is a forecast
    ("Norwegian diplomats say working groups could meet online by the autumn.", "prediction"),
    ("A deal may be reached within weeks, two officials familiar with the talks said.", "prediction"),
    # odds that hold as of writing, in a clause of their own after a past
    ("A return to armed conflict remains improbable.", "prediction"),
    ("Norway, which took over the chair on May 11, hopes to restore some cooperation, but formal meetings remain unlikely.",
     "prediction"),
    # the reason a denial gives is part of the denial
    ("The government denies this, saying a bypass road will be built within two years.", "fact"),
    # blame laid, and a demand in the subjunctive, are positions
    ("The Kremlin says the crisis is of Chisinau's own making.", "opinion"),
    ("Baku still insists that Armenia first change its constitution.", "opinion"),
    ("Baku insists that Armenia started the war.", "fact"),
    ("The union insists that the figures show a fall.", "fact"),
])
def test_sizes_plural_nouns_seasons_ahead_odds_denials_blame_and_demands(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2023, 6, 12)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # what a plan on the table provides is checkable against its text
    ("Under the plan, Serbia would not object to Kosovo's membership in international organizations.", "fact"),
    # a possibility with its condition told after it is a forecast
    ("The EU could reimpose the measures it lifted in June if Pristina does not hold new elections.", "prediction"),
    ("You could save money if you switch.", "opinion"),
    # a deed done or not done beside a verdict is checkable
    ('Romanian officials describe the incursions as "unacceptable" but have not asked NATO to invoke Article 4.', "fact"),
    ('Romanian officials describe the incursions as "unacceptable".', "opinion"),
    # a name called in a participle after a telling with a stand of its own: the telling is the claim
    ('President Salome Zourabichvili said on Sunday that she did not recognise the result, calling it a "Russian special '
     'operation".', "fact"),
    ('The minister said on Sunday, calling it a "Russian special operation".', "opinion"),
    # … or after a deed
    ('Opposition lawmakers walked out before the vote, calling the bill a "pre-election stunt".', "fact"),
    # … or joined to a denial
    ('The interior ministry denied every one of the reports and called them "fabrications".', "fact"),
    ('The interior ministry called the reports "fabrications".', "opinion"),
    # … also with its teller named again by pronoun
    ('Moscow called the decision "unfriendly", but it has not threatened to retaliate.', "fact"),
    # a telling dated by its day, set before it, records what was told
    ("On 1 March 2024 Armenia told Russia that its border guards would stop working at the airport.", "fact"),
    ("Armenia told Russia that its border guards would stop working at the airport.", "prediction"),
    # an intention disowned is a position told
    ("Prime Minister Nikol Pashinyan said Armenia did not intend to expel the Russian base in Gyumri.", "fact"),
    ("Prime Minister Nikol Pashinyan says Armenia intends to expel the Russian base in Gyumri.", "prediction"),
    # where a text comes from, told before what it will do, is checkable against the text it is said to copy
    ("The ruling party says the law is modelled on the US Foreign Agents Registration Act and will make funding transparent.", "fact"),
    ("The ruling party says the law will make funding transparent.", "prediction"),
])
def test_a_plan_s_provisions_a_condition_after_and_a_deed_beside_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 3, 8)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # an analyst's judgement of what has happened is a view; of what will be by a day ahead, a forecast
    ("We assess with high confidence that the ministry has taken control of most of the group's operations since August 2023.",
     "opinion"),
    ("We assess with moderate confidence that neither side can afford to resume fighting before March.", "prediction"),
    # "widely expected to" foretells as "expected to" does
    ("The ruling party has governed since 2012 and is widely expected to win again.", "prediction"),
])
def test_an_assessment_with_its_confidence_and_a_wide_expectation(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 3, 4)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # what the text itself covers points to it
    ("The present report on the United Nations operation in Cyprus covers developments from 13 December 2023 to 12 June 2024.",
     "reference"),
    # a deed done beside a name called is checkable; a call beside a verdict is a position still
    ("The Estonian foreign ministry called the move “a provocation” and summoned the Russian chargé d’affaires.", "fact"),
    ('Patient group Kelby Voices said the figures were "shocking" and called for an independent inquiry.', "opinion"),
    # whose duty something is, said
    ("The Kremlin said it was up to Moldova to explain the result.", "opinion"),
    # a deed done, then what is scheduled after it, is one fact; a change foretold after a deed is a forecast
    ("Sandu won 42% in the first round and will face Alexandr Stoianoglo in a runoff on November 3.", "fact"),
    ("The incumbent, Maia Sandu, received 42.5 per cent of the vote and will face Alexandr Stoianoglo on 3 November.", "fact"),
    ("Prices rose 5% and will rise again next year.", "prediction"),
])
def test_the_text_s_own_scope_deeds_beside_names_duties_and_a_schedule_after_a_deed(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 10, 21)).values()] == [kind]


def test_a_bare_denial_of_any_wrongdoing_is_not_check_worthy():
    claim = next(iter(analyzed("Shor, who lives in Moscow, denies any wrongdoing.", published=dt.date(2024, 10, 21)).values()))
    assert (claim.kind, claim.checkworthy) == ("fact", False)


@pytest.mark.parametrize("text,kind", [
    # what a dropped text provided is checkable against it; what might have been is a view
    ("The deal would have let Russian investors buy property in the breakaway region.", "fact"),
    ("The law, signed by the governor in May, would have required parental consent before anyone under 18 could buy an app.", "fact"),
    ("Fleet renewal would have brought levels down anyway.", "opinion"),
    # a verdict given in rejecting, and a belief whose content holds a telling word
    ("The army-led government rejects the higher figures as “politically motivated”.", "opinion"),
    # … and in praising
    ("Leaders in all three capitals hailed the agreement as historic.", "opinion"),
    ("The prime minister praised the rescuers as heroes.", "opinion"),
    ("Some analysts in Tbilisi believe the crisis shows the limits of Russian influence.", "opinion"),
    # a want with its object's fate after it; a survey's shares of what people wanted stay a finding
    ("Pakistan says it wants the Indus Waters Treaty, which India suspended in April, restored before any talks.", "opinion"),
    ("A survey of 1,230 residents found 52% wanted the scheme kept, 41% wanted it removed.", "fact"),
    # where the text's figures come from is about the text itself
    ("Figures in this brief come from official statements unless stated otherwise.", "reference"),
])
def test_dropped_provisions_dismissals_beliefs_wants_and_the_text_s_own_figures(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 5, 20)).values()] == [kind]


def test_a_denial_of_any_role_in_something_is_a_bare_stance():
    claim = next(iter(analyzed("The Kremlin denies any role in the vote.").values()))
    assert (claim.kind, claim.checkworthy) == ("fact", False)


@pytest.mark.parametrize("text,kind", [
    # advice reported after its telling's "that"
    ("Earlier this month, Russia's foreign ministry warned that outside powers should not “impose” solutions.", "opinion"),
    # a judgement of degree outranks the "would" it is told with
    ("Critics in Yerevan say the route would cede too much control.", "opinion"),
    ("Critics in Yerevan say the route would open next year.", "prediction"),
])
def test_reported_advice_and_a_degree_judged_in_a_would(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 8, 6)).values()] == [kind]


def test_a_decision_taken_that_says_what_will_happen_is_a_fact_and_its_span_is_read():
    claim = next(iter(analyzed("Its mandate runs until August 31, 2026, after which the Security Council has decided it will "
                               "begin a final withdrawal lasting one year.", published=dt.date(2025, 10, 1)).values()))
    assert claim.kind == "fact" and [t.value for t in claim.times] == ["2026-08-31", "P1Y"]


def test_what_a_named_body_does_told_in_the_present_past_a_relative_clause_is_checkable():
    claim = only_claim("The Joint Control Commission, which oversees the security zone along the river, meets every week in Bender.")
    assert claim.kind == "fact"


@pytest.mark.parametrize("text,kind", [
    ("The official name of the new bridge is the Kelby Crossing.", "fact"),
    ("The name of the river in Georgian is Mtkvari, which is the term used on the maps.", "fact"),
    # a name judged is no name told
    ("The name of the scheme is an insult to residents.", "opinion"),
])
def test_what_a_thing_is_called_is_checkable(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text", ["Talks with the EU remain frozen over a dispute with Bulgaria.", "The bridge works remain stalled."])
def test_what_remains_frozen_or_stalled_is_a_checkable_state(text):
    assert only_claim(text).kind == "fact"


def test_what_a_state_does_not_recognise_is_checkable():
    assert only_claim("Serbia does not recognise the declaration.").kind == "fact"
    assert only_claim("Five EU members do not recognize Kosovo.").kind == "fact"


def test_what_a_named_model_does_with_a_number_in_its_name_is_checkable():
    assert only_claim("Huawei's Ascend 910B uses memory that Chinese firms cannot make.").kind == "fact"
    assert only_claim("The Airbus A320neo uses a new engine.").kind == "fact"


@pytest.mark.parametrize("text", ["The budget of the Russian contingent is not public.", "The terms of the deal are secret."])
def test_what_is_not_disclosed_is_a_checkable_state(text):
    assert only_claim(text).kind == "fact"


@pytest.mark.parametrize("text", ["The deal does not settle the wider border or the status of the enclaves.",
                                  "The treaty mentions no withdrawal date.",
                                  # what it puts off to another text, or leaves out of its reach
                                  "The treaty leaves the transit route through the valley to a separate deal.",
                                  "The deal exempts small farms from the levy."])
def test_what_a_written_measure_leaves_out_is_as_checkable_as_what_it_holds(text):
    assert only_claim(text).kind == "fact"


@pytest.mark.parametrize("text,kind", [
    # an expectation dismissed as naive or wrong is the writer's view, not a forecast
    ("It is naive to think Georgia will be different.", "opinion"),
    ("But it would be a mistake to assume the ceasefire will hold.", "opinion"),
    ("The ceasefire will hold until the spring.", "prediction"),
    # the writer siding with what someone says
    ("The ruling party says the law is about transparency, and I agree.", "opinion"),
    ("The ruling party says the law is about transparency.", "fact"),
    # agreeing to do something is a deed
    ("The ministry says it will publish the list, and we agree to check it.", "prediction"),
    # a power a vote gives is a procedure, not a judgement of what could be
    ("The president has promised to veto the bill, but parliament can override her veto with a simple majority.", "fact"),
])
def test_a_dismissed_expectation_and_a_view_the_writer_shares_are_views_a_vote_s_power_a_fact(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 5, 17)).values()] == [kind]


def test_what_is_not_known_as_of_writing_is_no_forecast_and_stays_open():
    for text in ("It is unclear whether Serbia will hand the suspect over.", "How long the base will stay is unclear."):
        unclear = only_claim(text, published=dt.date(2023, 9, 29))
        assert (unclear.kind, unclear.time_sensitive) == ("fact", True), text
    # a question left open about what is to come is a view
    assert only_claim("How long Yerevan will tolerate it is another question.").kind == "opinion"
    assert only_claim("Whether the talks will succeed remains to be seen.").kind == "opinion"
    assert only_claim("It remains to be seen whether the new government will change course.").kind == "opinion"
    assert only_claim("Whether it will do so is another matter.").kind == "opinion"
    assert only_claim("The real question is what Brussels will do.").kind == "opinion"
    assert only_claim("Serbia will hand the suspect over.", published=dt.date(2023, 9, 29)).kind == "prediction"


@pytest.mark.parametrize("text,kind", [
    # a course judged by what it would cost; a cost foretold stays a forecast
    ("Leaving the customs union would be far more costly: Russia takes around a third of its exports.", "opinion"),
    ("Closing the line would be dangerous.", "opinion"),
    ("Leaving the bloc would be largely symbolic while Russian troops remain at the base.", "opinion"),
    ("The council said the repairs would cost £4 million.", "prediction"),
])
def test_a_course_judged_costly_or_dangerous_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 9, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # what a deal settles is checkable against its terms
    ("Under a deal struck with the opposition, the vice-president will run the region until an early election.", "fact"),
    ("The vice-president will run the region until an early election.", "prediction"),
    ("Under the declaration, the United States will receive rights to a transit route for 99 years.", "fact"),
    ("Under the framework initialled in Washington on August 8, the United States will hold development rights to the route "
     "for 99 years.", "fact"),
    ("Russia will provide 7.5 billion roubles in budget support next year, according to a draft agreement.", "fact"),
    ("Prices will rise next year, according to economists.", "prediction"),
    ("Russia will allow Georgians to enter without visas from 25 December, a decree signed by Vladimir Putin shows.", "fact"),
    # the deal named at the end; a change it brings is still foreseen
    ("Russian troops will remain on the border with Turkey under a 1992 treaty.", "fact"),
    ("Bills will keep rising each year until 2030, under a settlement approved by the regulator.", "prediction"),
    # a need argued is a position; a need one body states as a report stays one
    ("The government argued that the region badly needs investment.", "opinion"),
    ("The region badly needs investment, the minister said.", "fact"),
    # a doubt held about what will be is a view; what is not known yet is not
    ("It is far from certain that the new leadership will be any less dependent on Moscow.", "opinion"),
    ("It is not clear whether the talks will resume.", "fact"),
    ("It was not immediately clear when the agreements would take effect.", "fact"),
])
def test_a_deal_s_terms_a_need_argued_and_a_doubt_held(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 11, 20)).values()] == [kind]


def test_projects_as_a_noun_names_no_teller():
    claim = only_claim("The agreement would have allowed Russian companies to buy property and take part in large construction "
                       "projects in Abkhazia.")
    assert (claim.speaker, claim.kind) == (None, "fact")
    assert only_claim("The IMF projects growth of 3% next year.").speaker == "The IMF"


@pytest.mark.parametrize("text,kind", [
    # a deed named as an assault on what the speaker holds dear is a verdict; an attack made is a deed
    ('"Vote-buying on this scale is an attack on our democracy," Sandu said on election night.', "opinion"),
    ('"The rebels launched an attack on our positions at dawn," the commander said.', "fact"),
    # a verdict quoted after "would": what a decision will do to people, in the speaker's figure of speech
    ('Guterres said the decision would "strike a blow to people in need everywhere".', "opinion"),
    ('The minister said the bridge would "reopen in May".', "prediction"),
    # a deed named as a crime in the speaker's word
    ('Kobakhidze blames Brussels for "blackmail".', "opinion"),
    ('"This was a planned provocation," the foreign minister told reporters by phone.', "opinion"),
    # praise in a figure of speech
    ('"You have given a lesson in democracy," Sandu told supporters in Chisinau.', "opinion"),
    # an emphasis on how things were is no possibility
    ("The margin could hardly have been thinner: 50.35% voted yes, a lead of about 11,000 votes.", "fact"),
    ("The talks could have been shorter.", "opinion"),
])
def test_a_harm_or_praise_named_in_quoted_words_is_a_verdict_and_could_hardly_have_been_an_emphasis(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 10, 24)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # what a side is said to make of a thing, in the speaker's quoted likeness
    ('Russia\'s foreign ministry said that the EU was turning Moldova into "a second Ukraine".', "opinion"),
    ('Critics say the mayor turned the party into "a personal vehicle".', "opinion"),
    ('Officials said the site was divided into "three zones".', "fact"),
    # bad faith charged in the speaker's words, wherever the statement was posted
    ('In a statement posted on X, spokesman Aykhan Hajizada wrote that Armenia "keeps inventing new preconditions".', "opinion"),
    ('Moscow accused Kyiv of "looking for pretexts".', "opinion"),
    ('Moscow accused Kyiv of looking for a deal.', "fact"),
    # a plight in the speaker's figure of speech
    ('Krasnoselsky said the region had been "on the brink of a humanitarian catastrophe".', "opinion"),
    ('Krasnoselsky said the region had been without gas since January 1.', "fact"),
    # a deed done beside the report is still checkable
    ('The ministry posted a video and said the talks were "a farce".', "fact"),
])
def test_a_likeness_or_bad_faith_in_quoted_words_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 14)).values()] == [kind]


def test_a_participle_with_its_agent_tells_no_past_and_leaves_a_day_ahead_in_the_year_of_writing():
    claims = analyzed("Prices rose by almost 30% in 2022. Sandu faces Alexandr Stoianoglo, a former prosecutor general backed by "
                      "the Socialists, in a run-off on 3 November.", published=dt.date(2024, 10, 24))
    runoff = claims["Sandu faces Alexandr Stoianoglo, a former prosecutor general backed by the Socialists, in a run-off on 3 November."]
    assert [t.value for t in runoff.times] == ["2024-11-03"] and runoff.time_sensitive
    past = analyzed("Prices rose by almost 30% in 2022. The run-off was won by Sandu on 3 November.", published=dt.date(2024, 11, 24))
    assert [t.value for t in past["The run-off was won by Sandu on 3 November."].times] == ["2024-11-03"]


@pytest.mark.parametrize("text,kind", [
    # a hope the writer holds about what will be is a view
    ("We hope that the Armenian side will take the necessary steps without delay.", "opinion"),
    ("The Armenian side will take the necessary steps without delay.", "prediction"),
    # the writer's own call, whatever clause follows it
    ("We also call for the dissolution of the OSCE Minsk Group, which has long outlived its purpose.", "opinion"),
    # a condition a side sets is checkable
    ("Azerbaijan has made clear that the treaty can only be signed after Armenia changes its constitution.", "fact"),
])
def test_a_hope_and_a_call_of_the_writer_s_own_are_views_and_a_condition_set_is_a_fact(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 14)).values()] == [kind]


def test_a_course_that_has_continued_runs_up_to_the_writing():
    assert only_claim("Protests have continued every night since the vote.", published=dt.date(2025, 1, 14)).time_sensitive
    assert not only_claim("Protests went on every night after the vote.", published=dt.date(2025, 1, 14)).time_sensitive


def test_a_position_that_has_not_changed_holds_as_of_writing():
    assert only_claim("This position has not changed.", published=dt.date(2025, 3, 14)).time_sensitive
    assert not only_claim("This position did not change in 2023.", published=dt.date(2025, 3, 14)).time_sensitive


@pytest.mark.parametrize("text,kind", [
    # a difficulty weighed is a judgement
    ("Rotating troops is therefore almost impossible.", "opinion"),
    # a group expecting more of something by a day ahead forecasts it; a standard held does not
    ("Fact-checkers expect more of them ahead of the presidential vote in October.", "prediction"),
    ("Customers expect more of us.", "opinion"),
    # a size as a fraction of another is measured
    ("Russia's force in the region is about a seventh of that size.", "fact"),
])
def test_a_difficulty_weighed_an_expectation_dated_ahead_and_a_fraction_of_a_size(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 3, 8)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a first after a span named is a record
    ("It was the first UN visit to the region in about 30 years.", "fact"),
    # an exhortation in the speaker's words
    ('"The world cannot pretend it did not see this coming."', "opinion"),
])
def test_a_first_in_years_is_a_record_and_an_exhortation_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2023, 10, 5)).values()] == [kind]


def test_the_noun_a_relative_clause_qualifies_is_the_teller():
    assert only_claim("A UN mission that visited Stepanakert on October 1 said it had found the city almost empty.").speaker == "A UN mission"
    assert only_claim("Officials said that protesters blocked the road.").speaker == "Officials"


def test_a_verbless_item_under_what_to_watch_is_an_open_question():
    md = ("# Brief\n\n## What to watch\n\n- Progress on the Aras bridge.\n- Any US proposal for third-party management of the route.\n"
          "- The commission meets on 9 December to decide whether to appoint an auditor.\n")
    kinds = [c.kind for c in analyze(Document(md, "markdown", published=dt.date(2025, 1, 15)), config=CONFIG).claims]
    assert kinds == ["question", "question", "fact"]
    # under another heading the same item is no question
    other = md.replace("What to watch", "Background")
    assert [c.kind for c in analyze(Document(other, "markdown", published=dt.date(2025, 1, 15)), config=CONFIG).claims][0] != "question"


@pytest.mark.parametrize("text,kind", [
    # a thing named as someone's instrument is a name called
    ("Azerbaijan has objected to the mission from the start and calls it a tool of Western influence.", "opinion"),
    ("The ministry calls it a front for smuggling.", "opinion"),
    ("Residents called it a day.", "fact"),
])
def test_a_thing_named_someone_s_tool_is_a_name_called(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a consequence warned of is a forecast, under a condition or not
    ("Russia's deputy prime minister warned that Armenia would lose access to cheap gas if it left the bloc.", "prediction"),
    ("Armenia would lose access to cheap gas if it left the bloc.", "opinion"),
])
def test_a_consequence_warned_of_under_a_condition_is_a_forecast(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 26)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a deed judged against a rule is a verdict; one a court rules so is its ruling
    ("These actions are a gross violation of the ceasefire agreement of 12 August 2008.", "opinion"),
    ("The court ruled that the fence was a breach of the agreement.", "fact"),
    # a deed ahead called one, the rule unnamed
    ("Umerov said any movement of Russian warships outside the eastern Black Sea would be a violation.", "opinion"),
    # a commitment held is a stance
    ("Georgia remains committed to the peaceful resolution of the conflict.", "opinion"),
])
def test_a_violation_judged_and_a_commitment_held_are_views(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2023, 8, 22)).values()] == [kind]


@pytest.mark.parametrize("text,kind,speaker", [
    # an apology told is a report, and a term quoted as the subject of what follows is no verdict
    ('Vladimir Putin apologised that the "tragic incident" had occurred in Russian airspace, but stopped short of '
     "admitting that a Russian missile hit the aircraft.", "fact", "Vladimir Putin"),
    ('The mayor said the decision "makes a mockery" of the process.', "opinion", "The mayor"),
    # a demand made in the past is a deed told; one held now is a view
    ("President Ilham Aliyev said on 29 December that the plane had been hit, and demanded that Moscow admit guilt.",
     "fact", "President Ilham Aliyev"),
    ("Baku still insists that Armenia first change its constitution.", "opinion", "Baku"),
])
def test_an_apology_and_a_past_demand_are_told_where_a_demand_held_is_a_view(text, kind, speaker):
    claim = only_claim(text, published=dt.date(2025, 1, 10))
    assert (claim.kind, claim.speaker) == (kind, speaker)


@pytest.mark.parametrize("text,kind", [
    # a course urged whose future is only in the question it is to answer
    ("The Government should set out, within three months of this report, how it intends to support a peace agreement.", "opinion"),
    ("The Government will set out how it intends to support a peace agreement.", "prediction"),
])
def test_a_course_urged_to_answer_how_something_will_be_done_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 2, 20)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # the writer's side states its readiness: a position; one quoted from a speaker is reported
    ("We are ready to sign a peace treaty based on the Alma-Ata Declaration of 1991.", "opinion"),
    ("The United Nations stands ready to support efforts to achieve a lasting peace.", "opinion"),
    ("KFOR remains ready to take all necessary measures to maintain a safe and secure environment.", "opinion"),
    ("“We are ready to talk day and night,” union negotiator Alina Wrobel told reporters after the meeting.", "fact"),
    # a plan named with its article is a noun, no forecast
    ('In October 2023 my government presented the "Crossroads of Peace", a plan to reopen the roads of the region.', "fact"),
])
def test_the_writer_s_readiness_is_a_position_and_a_plan_to_a_noun(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2023, 11, 1)).values()] == [kind]


def test_a_day_judged_historic_in_quotes_and_talks_continuing():
    claims = analyzed('"For the first time, Moldova can buy gas from somewhere other than Russia," said chief executive Ion Ceban. '
                      '"This is a historic day for our energy security." Talks on a new contract are continuing.',
                      published=dt.date(2021, 10, 22))
    _, historic, talks = claims.values()
    # an event judged, in quotation marks as well
    assert historic.kind == "opinion"
    # talks going on are a state as of writing
    assert talks.kind == "fact" and talks.time_sensitive


def test_a_red_line_quoted_with_a_titled_teller_is_a_verdict_and_his_office_does_not_tell_for_him():
    claim = only_claim('"The Islamic Republic considers the closure of the border a red line," a senior adviser, Ali Akbar Velayati, '
                       "said in a separate statement.")
    assert claim.kind == "opinion" and claim.speaker.startswith("Ali Akbar Velayati")
    told = only_claim("Iran will not tolerate any change to its border, Supreme Leader Ayatollah Ali Khamenei told the envoy "
                      "on Wednesday, according to his office.")
    assert told.speaker == "Supreme Leader Ayatollah Ali Khamenei"


@pytest.mark.parametrize("text,kind", [
    # a status a side holds a place to have is its view
    ("Georgia considers both regions occupied territory.", "opinion"),
    ("Georgia considers the plan a violation of its sovereignty.", "opinion"),
    ("The council considers all applications within eight weeks.", "fact"),
    # what a body does not publish, and figures a named body estimated, are checkable
    ("Moscow does not publish the size of its foreign garrisons.", "fact"),
    # a judging word that is only part of a name judges nothing
    ("The figures in the table are estimates by the International Institute for Strategic Studies (IISS).", "fact"),
    ("The decision was strategic.", "opinion"),
])
def test_a_status_held_what_is_not_published_figures_estimated_and_a_word_in_a_name(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 3, 5)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # where a case against someone stands is checkable against the court's record
    ("The defendants face charges including war crimes and terrorism.", "fact"),
    ("Three men are on trial in Kelby.", "fact"),
    ("Azimuth is under EU sanctions.", "fact"),
    # a choice faced is no charge, nor pressure a sanction
    ("The city faces a difficult choice.", "opinion"),
    ("The company is under pressure.", "opinion"),
])
def test_charges_faced_and_a_trial_under_way_are_checkable(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 1, 20)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("I will not comment on characterisations.", "opinion"),
    ("We won't comment on the leaked draft.", "opinion"),
    # a comment ahead, from someone else, is a forecast
    ("The minister will comment on the figures on Monday.", "prediction"),
])
def test_a_spokesperson_s_refusal_to_comment_is_no_forecast(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Belgrade says the ban is an attack on the Serb community.", "opinion"),
    ("The union says the pay cap is an assault on nurses.", "opinion"),
    # an attack told is a deed
    ("Police said the attack on the embassy was carried out by one man.", "fact"),
])
def test_a_measure_a_source_names_an_attack_on_a_people_is_its_verdict(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ('The US embassy said it was "concerned" by the choice.', "opinion"),
    ('The embassy said it had been "informed" of the choice on Monday.', "fact"),
])
def test_a_worry_in_the_speaker_s_quoted_word_is_an_attitude(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]



@pytest.mark.parametrize("text,kind", [
    # quotation marks as much of Europe prints them
    ("Azerbaijan's foreign ministry called the deaths «extrajudicial killings».", "opinion"),
    ("Maria Zakharova, the ministry's spokeswoman, said Baku's actions were «unfriendly».", "opinion"),
    ('John Kirby had said on Friday that the build-up was "unprecedented".', "opinion"),
    ('The board rejected a "hostile" bid worth £2bn on Monday.', "fact"),
])
def test_a_conduct_judged_in_a_diplomat_s_quoted_word_in_guillemets_too(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 7, 1)).values()] == [kind]


def test_a_speaker_after_a_quotation_in_guillemets_is_found():
    called, = analyzed("Azerbaijan's foreign ministry called the deaths «extrajudicial killings».",
                       published=dt.date(2025, 7, 1)).values()
    assert called.speaker == "Azerbaijan's foreign ministry" and called.text.endswith("».")


@pytest.mark.parametrize("text,kind", [
    ('"Today is a historic day for Moldova and for the European Union."', "opinion"),
    ('"This is a goodwill gesture toward the Georgian people," Kremlin spokesman Dmitry Peskov told reporters.', "opinion"),
    # a death named a crime with its motive, in the speaker's words; the police's finding told stays a report
    ('"This was a cold-blooded, racially motivated killing," the victim\'s brother told reporters.', "opinion"),
    ("Police said the attack on the shop was racially motivated.", "fact"),
    ('"The bridge reached 1,000 crossings on Monday," the operator said.', "fact"),
])
def test_a_day_called_historic_in_a_remark_quoted_whole_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 6, 25)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The breakaway region of Velora remains outside the control of the government in Sarno.", "fact"),
    ("The region remains a worry for the government.", "opinion"),
])
def test_who_controls_a_place_as_of_writing_is_checkable(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 6, 25)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("That bet has failed.", "opinion"),
    ("The plan has worked.", "opinion"),
    # an outcome measured is checkable
    ("The pilot has succeeded in cutting waits by 20%.", "fact"),
    # a deed told after "has since"
    ("Yerevan has since frozen its participation in the alliance.", "fact"),
    # a likeness drawn between two situations is a reading of them
    ("The standoff on the river is analogous to the one over the dam in 1998.", "opinion"),
    ("The new levy is tantamount to a tax on commuters.", "opinion"),
    ("The 2024 floods were comparable to those of 2007 in the depth of water recorded.", "fact"),
    # a lesson drawn is the writer's reading; a lesson given is a deed
    ("The lesson for the region is that security guaranteed by one outside power is no security at all.", "opinion"),
    ("The lesson for pupils was taught by the head teacher in March.", "fact"),
])
def test_a_course_s_outcome_judged_in_a_word_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 3, 12)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Both governments have said they want a negotiated settlement.", "opinion"),
    ('Lukashenko has said he wants a "big deal" with Washington.', "opinion"),
    # a measure demanded stays a statement
    ("The Green group wants a cap of 90 nights a year.", "fact"),
    # a priority a side states is its stance
    ("The Kremlin said protecting the region's residents was a priority.", "opinion"),
    ("The council said 1,200 repairs had been done, and that priority was given to damp.", "fact"),
])
def test_an_aim_a_side_says_it_holds_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 9, 12)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a joint statement's own voice: a stance restated, a decision taken in the present
    ("The two countries reconfirm their intention to normalize relations.", "opinion"),
    ("The Republic of Armenia withdraws its candidacy to host the conference, supporting the bid of Azerbaijan.", "fact"),
    # a confirmation of figures is no stance
    ("The ministry confirms its figures for 2023 show a fall of 4%.", "fact"),
])
def test_a_statement_s_stance_restated_and_its_decision_taken(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2023, 12, 7)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The presidential election held in Belarus on 26 January was neither free nor fair.", "opinion"),
    ("Observers said the vote on 5 May was free and fair.", "opinion"),
    # a fair held on a day is no vote judged
    ("The county fair on 5 May drew 12,000 visitors.", "fact"),
])
def test_a_vote_judged_free_and_fair_or_not_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 1, 27)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a future in a clause with no "that", under a deed done, qualifies a noun
    ("Armenia and Azerbaijan have agreed on the rules their border commissions will follow.", "fact"),
    ("The council has published the figures officers will use next year.", "fact"),
    # a future that is the sentence's own stays a forecast
    ("The border commissions will follow the new rules.", "prediction"),
])
def test_a_future_in_a_clause_with_no_that_under_a_deed_done_qualifies_a_noun(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 8, 31)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Western officials say the deployment is meant to intimidate Poland and the Baltic states.", "opinion"),
    ("Gvaramia said the move was designed to pull Georgia back into Moscow's orbit.", "opinion"),
    # what a thing is built for, told by who built it
    ("The council says the wall is designed to protect against a 1-in-100-year flood.", "fact"),
])
def test_a_motive_a_source_reads_into_another_side_s_step_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 12, 17)).values()] == [kind]


@pytest.mark.parametrize("text, kind", [
    # a "should" put before its subject opens a condition, as "if" would; it advises nothing
    ("Should relations with the EU continue to deteriorate, financing could also be delayed.", "prediction"),
    ("Should the vote fail, the treaty lapses in March 2027.", "fact"),
    ("Should the talks fail, the government should call an election.", "opinion"),
    ("Should the council raise taxes, or cut spending?", "question"),
    ("The council should raise taxes, the report says.", "opinion"),
])
def test_a_should_opening_a_condition_is_no_advice(text, kind):
    assert analyzed("Fares rose by 5% in May. " + text)[text].kind == kind


@pytest.mark.parametrize("text, kind", [
    ("“The money has not been found, and nobody has surveyed the mountain sections,” said Tigran Petrosyan.", "fact"),
    ("“No one was hurt,” said the station manager, Ann Lee.", "fact"),
    ("“Nobody wants to pay more for water,” said Ann Lee.", "opinion"),
])
def test_a_deed_nobody_did_is_checked_where_nobody_wanting_judges(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text, kind", [
    ("Baku insisted on what it called the “Zangezur corridor”, free of Armenian checks.", "fact"),
    ("Azerbaijan began what it called “local anti-terrorist measures” in the region on Tuesday.", "fact"),
    ("The minister called the plan “a disaster”.", "opinion"),
    ("Baku called the route “a corridor of peace”.", "opinion"),
])
def test_a_name_a_side_uses_for_a_thing_is_reported_not_a_verdict(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text, kind", [
    # the penalty a law sets is checked against the law
    ("Breaking the law is punishable by up to five years in prison.", "fact"),
    ("Drink-driving is punishable by a fine and a driving ban.", "fact"),
    # a deed supposed, judged against a law, is a verdict
    ("Any restart without the regulator's approval would breach Ukrainian law.", "opinion"),
    ("The deal would violate the 2020 ceasefire agreement, Baku said.", "opinion"),
    # a worry held, and a side's verdict on what is lawful (a court that says so rules)
    ("The IAEA has repeatedly said the staffing level is a concern.", "opinion"),
    ("Energoatom says the registration is void under international law.", "opinion"),
    ("The Constitutional Court said the 2022 cancellation was unlawful.", "fact"),
    # held rather than said, the same verdict
    ("Georgia and the EU consider the vote illegitimate.", "opinion"),
    ("Most states regard the annexation as illegal.", "opinion"),
])
def test_a_penalty_set_by_law_is_checked_and_a_breach_a_worry_or_a_voiding_said_by_a_side_are_views(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text, kind", [
    ("Baku says the checkpoint is a matter of border control and is fully legal.", "opinion"),
    ("Yerevan argues the checkpoint violated the ceasefire statement.", "opinion"),
    ("The union argued that the company breached the contract.", "opinion"),
    # a breach told as done, not argued, is checked
    ("The company breached the contract in May, the court found.", "fact"),
])
def test_a_side_s_verdict_that_a_thing_is_legal_and_a_breach_it_argues_are_views(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text, kind", [
    ("After that, the region faces rolling blackouts unless Chisinau or Brussels steps in.", "prediction"),
    ("The club faces relegation if it loses on Saturday.", "prediction"),
])
def test_what_a_side_faces_unless_something_is_done_is_foretold(text, kind):
    assert only_claim(text).kind == kind


def test_the_odds_a_sentence_gives_forecast_whatever_future_a_relative_clause_after_them_holds():
    claim = only_claim("A new government is unlikely to be formed before the summer, which will delay any such step.",
                       published=dt.date(2025, 3, 20))
    assert (claim.kind, claim.time_sensitive) == ("prediction", True)


@pytest.mark.parametrize("text, kind", [
    ("Rich countries will provide at least $300 billion a year by 2035, according to the final text.", "fact"),
    ("Both sides will withdraw their troops by March, according to the declaration.", "fact"),
    # a statement is a telling, not a document that provides
    ("The Commission said it would help pay for a study, according to a statement on its website.", "prediction"),
])
def test_what_a_final_text_or_a_declaration_provides_is_told_as_a_fact(text, kind):
    assert only_claim(text, published=dt.date(2024, 11, 24)).kind == kind


@pytest.mark.parametrize("text, kind", [
    ("Heat is already the deadliest weather hazard in Armenia.", "fact"),
    ("The port is the largest employer in the North East.", "fact"),
    ("It is the best team in England.", "opinion"),
    ("Carbapenem-resistant Klebsiella pneumoniae is the fastest-growing threat.", "fact"),
])
def test_first_by_a_measure_in_a_place_is_a_rank_to_check(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text, kind", [
    ("Regional climate models project between 20 and 40 more hot days a year by 2050.", "prediction"),
    ("Models predict a sea level rise of 30cm by 2100.", "prediction"),
    ("The models were built in 2020.", "fact"),
])
def test_what_models_project_by_a_year_is_a_forecast(text, kind):
    assert only_claim(text, published=dt.date(2024, 7, 18)).kind == kind


@pytest.mark.parametrize("text, kind", [
    ("Armenia also buys nearly all of its gas and most of its wheat from Russia.", "fact"),
    ("Georgia sells most of its wine to Russia.", "fact"),
    ("A break with Moscow would therefore be costly, and Yerevan knows it.", "opinion"),
])
def test_what_a_country_buys_or_sells_is_checked_and_a_cost_weighed_after_an_adverb_judges(text, kind):
    assert only_claim(text).kind == kind


@pytest.mark.parametrize("text, kind", [
    ("His life is not in danger.", "fact"),
    ("She is in a stable condition in hospital.", "fact"),
    ("The real danger is complacency.", "opinion"),
])
def test_a_patient_s_condition_is_told_not_judged(text, kind):
    assert only_claim(text).kind == kind


def test_an_investigation_called_political_persecution_is_a_verdict():
    claim = only_claim("Shor denies any wrongdoing and calls the investigation political persecution.")
    assert (claim.kind, claim.speaker) == ("opinion", "Shor")


def test_a_course_said_unable_to_continue_is_a_verdict_and_no_state_as_of_writing():
    claim = only_claim("The corporation says the losses cannot continue.")
    assert (claim.kind, claim.time_sensitive) == ("opinion", False)
    assert only_claim("Fighting continues in the east.").time_sensitive


@pytest.mark.parametrize("text, kind", [
    ("The government's target of 600,000 installations a year by 2028 now looks out of reach.", "opinion"),
    ("Ministers argue that the target is unachievable.", "opinion"),
    ("Baku, for its part, insists that the 2027 target is achievable.", "opinion"),
    ("The summit of the mountain is 3,000 metres high.", "fact"),
])
def test_a_target_judged_out_of_reach_is_a_view(text, kind):
    assert only_claim(text, published=dt.date(2025, 3, 14)).kind == kind


@pytest.mark.parametrize("text,kind", [
    ("Details of the new fares are set out in the annex.", "reference"),
    ("In December 2023 the Council granted Georgia candidate status on the understanding that it would take the steps "
     "set out in the Commission's recommendation.", "fact"),
])
def test_set_out_in_points_elsewhere_only_as_what_a_text_is_said_to_hold(text, kind):
    assert [c.kind for c in analyzed(text).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a depth measured names a kind of port or berth; a depth of feeling judges
    ("Georgia's plans to build a deep-sea port at Anaklia have stalled for years.", "fact"),
    ("The new deep-water berth opened in 2023.", "fact"),
    ("The crisis has deep roots.", "opinion"),
])
def test_deep_as_a_depth_measured_judges_nothing(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 6, 10)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a reading set against another, or a risk weighed with no sum, is a view
    ("Yet the economy tells a different story.", "opinion"),
    ("But in the villages it's a different story.", "opinion"),
    ("A country that buys its gas from one supplier cannot afford to provoke it.", "opinion"),
    ("President Erdogan cannot afford to be seen abandoning Baku, whose support matters more to him than trade with a country of "
     "2.8 million people.", "opinion"),
    # what a body says it cannot pay for is reported
    ("The trust says it cannot afford to raise pay this year.", "fact"),
    # a cost weighed against what it buys, or a conduct judged, dated or not
    ("In other words, Baku has decided that open confrontation with Moscow is a price worth paying.", "opinion"),
    ("For most of the last three decades, Azerbaijan managed its relationship with Russia with remarkable care.", "opinion"),
    ("The council voted in 2023 to take the risk.", "fact"),
    # what the writer draws from a fact, told to the reader
    ("The report was shelved within a week, which tells you how seriously the ministry took it.", "opinion"),
    ("The mayor skipped the launch, which says a lot about the project.", "opinion"),
    ("The ministry told us how many permits it had issued.", "fact"),
])
def test_a_reading_set_against_another_or_a_risk_weighed_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 9, 3)).values()] == [kind]


def test_the_series_an_article_belongs_to_points_elsewhere():
    assert [c.kind for c in analyzed("This article is part of our series on Armenia's foreign policy. "
                                     "Read the previous instalment here.").values()] == ["reference", "reference"]


@pytest.mark.parametrize("text,kind", [
    # what an event is taken to show is a lesson drawn; what an audit shows is evidence
    ("The crash has shown that Russia's leverage over its southern neighbours is weaker than it was before the war.", "opinion"),
    ("The protests showed how deep the anger runs.", "opinion"),
    ("The audit has shown that 40% of the claims were wrong.", "fact"),
    # the analyst's account of why, with its count of causes
    ("Three factors explain Baku's confidence.", "opinion"),
    ("Three people explain the rules at the desk.", "fact"),
])
def test_a_lesson_drawn_from_an_event_or_an_account_of_why_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 7, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # an adjective that only ends like a participle tells no deed done
    ("The reversal was not sudden.", "opinion"),
    ("The bridge was broken in two places.", "fact"),
    # what a body has little of is weighed; what it limited is a deed
    ("The EU has limited tools.", "opinion"),
    ("The council has limited the number of permits.", "fact"),
    ("To be sure, Iran's leverage is limited.", "opinion"),
    ("Access is limited to members.", "fact"),
    ("Growth was limited by the drought.", "fact"),
    # "has been" before a degree judged is no deed done; a figure or a date still anchors it
    ("Progress has been modest but real.", "opinion"),
    ("Since then, progress has been slow.", "opinion"),
    ("Growth has been slow at 1.2% in 2024.", "fact"),
])
def test_a_word_shaped_like_a_participle_is_no_deed_done(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 18)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a hedge set after a dated deed, on what the deed was taken to mean, leaves the deed told
    ("Georgia was granted EU candidate status in December 2023, a decision that seemed to anchor the country firmly in the West.",
     "fact"),
    ("The decision seemed to anchor the country in the West.", "opinion"),
])
def test_a_hedge_in_an_apposition_after_a_deed_leaves_the_deed_told(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 18)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a course of events told in a figure of speech, or read as one thing's logical end
    ("It was the culmination of a decade in which the ruling party steadily hollowed out the institutions that EU membership "
     "requires.", "opinion"),
    ("The vote was the logical conclusion of that policy.", "opinion"),
    ("The summit was the culmination of two years of talks in 2024.", "fact"),
])
def test_a_course_of_events_read_as_a_whole_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 18)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # what a group expected is a view it held, dated or not
    ("Few observers expected the mission to end so quietly.", "opinion"),
    ("Many observers expected Astana to pay for this help with closer alignment with Moscow.", "opinion"),
    ("Officials expected the talks to fail in 2023.", "opinion"),
    # a passive "was expected to" looks ahead; a forecast a body told is reported
    ("The bridge was expected to open in May 2026.", "prediction"),
    ("The company expected sales to reach 2 million, it said in 2023.", "fact"),
])
def test_what_a_group_expected_is_a_view_it_held(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 3, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # what matters most to a side, as the writer reads it, is a view; the issue a decision turns on is stated
    ("For Tehran, the most sensitive issue is the 43-kilometer border with Armenia's Syunik province.", "opinion"),
    ("The main issue is the effect of the proposed 85 homes on the character of the village.", "fact"),
])
def test_what_matters_most_to_a_side_is_the_writer_s_reading(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 11, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a side holding to what its own course is worth takes a position
    ("Paris insists that the weapons are purely defensive.", "opinion"),
    ("Moscow insists its specialists run the site safely.", "opinion"),
    ("Bzhania's supporters insisted that it was the only way to attract investment.", "opinion"),
    # where it stands, insisted on, is checkable
    ("The Kremlin insists that its instructors are in Africa only at the invitation of sovereign governments.", "fact"),
])
def test_what_a_side_insists_its_own_course_is_worth_is_a_position(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 2, 12)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a gain read in a figure of speech is a view
    ("The trial opened weeks after the talks, and it gives Baku a bargaining chip it did not have before.", "opinion"),
    ("Russian control over the region gives Moscow trading cards with all stakeholders.", "opinion"),
    ("The card was signed by 40 staff in 2024.", "fact"),
])
def test_a_gain_read_as_a_card_to_play_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 1, 21)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # reading a thing as something is a reading, not a pointer to a text
    ("It would be a mistake to read the vote as a ringing endorsement of the government.", "opinion"),
    ("Read the full report on our website.", "reference"),
])
def test_reading_a_thing_as_something_points_nowhere(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 10, 6)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a part weighed, or a way forward put, is a view
    ("The diaspora again played a decisive role.", "opinion"),
    ("Brussels can help by releasing the €1.9 billion growth plan faster.", "opinion"),
    ("She played the role of Juliet in 2019.", "fact"),
])
def test_a_part_weighed_or_a_way_forward_put_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 10, 6)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a meeting summary telling what it records is about itself; a report's figure recorded is told
    ("This summary records the main points of a roundtable held on 30 September 2025 with 24 participants.", "reference"),
    ("This report records a 12% rise in crime.", "fact"),
])
def test_a_summary_telling_what_it_records_points_at_itself(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 10, 2)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a weight given with no measure to rank by is a view; a size ranked over a span is a record
    ("The agreement initialled in Washington on 8 August 2025 was the most significant step since the 1994 ceasefire.", "opinion"),
    ("It was the largest protest since 1991.", "fact"),
])
def test_the_most_significant_step_is_a_weight_given_not_a_record(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 10, 2)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # what may come, doubted or questioned, is a doubt held, not a forecast
    ("Several participants questioned whether a constitutional referendum could pass in Armenia before the 2026 elections.",
     "opinion"),
    # what is so, questioned, and a deed of questioning, are told
    ("Some pollsters have questioned whether online panels overstate support for smaller parties.", "fact"),
    ("Police questioned two men on Monday.", "fact"),
    ("Prices could rise by 2027.", "prediction"),
])
def test_what_may_come_questioned_is_a_doubt_held(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 10, 2)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a motive insinuated, or what the future turns on, is weighed
    ("It is no coincidence that Transnistrian officials reported alleged drone attacks on their territory in March 2022.", "opinion"),
    ("Much depends on the outcome of the war in Ukraine and on whether the EU is willing to pay.", "opinion"),
    ("Transnistrian officials reported alleged drone attacks on their territory in March 2022.", "fact"),
])
def test_a_motive_insinuated_or_what_the_future_turns_on_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 4, 9)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a capacity lost, as of writing, is checkable
    ("The garrison can no longer rotate troops.", "fact"),
    ("The garrison can rotate troops more easily than the army.", "opinion"),
])
def test_what_a_body_can_no_longer_do_is_a_state_told(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 4, 9)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a name given to a deed, unquoted, is a verdict; a call made is a deed
    ("Azerbaijani officials called the deaths murder, and Moscow called them a tragic accident.", "opinion"),
    ("The minister called the police in May 2025.", "fact"),
])
def test_a_name_given_to_a_deed_unquoted_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 9, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # how bad a thing is, closing the sentence, is weighed, whatever figure its subject carries
    ("For Armenians in Karabakh, about 120,000 people, the consequences are severe.", "opinion"),
    ("About 120,000 people live in Karabakh.", "fact"),
])
def test_how_bad_a_thing_is_closing_the_sentence_is_a_verdict(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2022, 12, 20)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # the odds given of what may come while a state lasts foretell it
    ("A regional water agreement that includes Afghanistan is unlikely while the Taliban remain internationally isolated.",
     "prediction"),
    ("A deal is unlikely as long as the war lasts.", "prediction"),
])
def test_the_odds_while_a_state_lasts_foretell(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a reading of what was told before, restated, is a view; a forecast or a figure restated stays one
    ("In that sense, the Taliban are exploiting a gap that previous governments in Kabul left open.", "opinion"),
    ("In other words, the deal will collapse.", "prediction"),
    ("Put simply, prices rose by 12% in 2024.", "fact"),
])
def test_a_reading_restated_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # how much of a need one source meets is measured; a dependence alone is not
    ("Uzbekistan and Turkmenistan depend on the Amu Darya for most of their irrigation water.", "fact"),
    ("Farmers depend on the river.", "opinion"),
])
def test_how_much_of_a_need_one_source_meets_is_checkable(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a view passed on by no one named is a view; a description of someone sought, or a plan weighed, is told
    ("Only three years ago, enlargement was widely seen as dead.", "opinion"),
    ("The Suwalki Gap has long been described as NATO's most vulnerable point.", "opinion"),
    ("One is described as white, in his 20s, about 6ft tall.", "fact"),
    ("The plan was considered as part of the budget in May 2024.", "fact"),
    # a reading, with the place where it is made
    ("When the drones arrived last October, the purchase was read in Bishkek as a message to Dushanbe.", "opinion"),
    ("The names of the dead were read as the ceremony began on 3 May.", "fact"),
])
def test_a_view_passed_on_in_the_passive_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 5, 12)).values()] == [kind]


def test_a_view_passed_on_in_a_relative_clause_leaves_the_sentence_told():
    text = ("Relations between the two neighbours have been tense since the 2020 war, in which Iran was seen as sympathetic to "
            "Armenia.")
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 5, 12)).values()] == ["fact"]


@pytest.mark.parametrize("text,kind", [
    # each restating turn is read on its own words ("way" lets "Put another way" and "Seen this way" in)
    ("Put another way, Baku has stopped treating Moscow as its protector.", "opinion"),
    ("Seen this way, Baku has stopped treating Moscow as its protector.", "opinion"),
    ("Baku has stopped buying Russian gas.", "fact"),
])
def test_every_restating_turn_is_read_on_its_own_words(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # an event weighed by what it means for someone, whatever deed a clause after it tells
    ("The ruling is a blow to the mayor, who had promised the tunnel by 2027.", "opinion"),
    ("The vote was a major setback for the coalition, which had campaigned for a yes in 2023.", "opinion"),
    ("The grant is a welcome boost for the harbour, which lost its ferry last year.", "opinion"),
    # a blow struck is a deed told
    ("The storm dealt a blow to the harbour wall, which collapsed in March.", "fact"),
    ("The mayor, who had promised the tunnel by 2027, resigned in March.", "fact"),
])
def test_an_event_weighed_by_what_it_means_for_someone_is_judged(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 6, 3)).values()] == [kind]


@pytest.mark.parametrize("text,kind,speaker", [
    # what a measure shows, weighed by the writer: a view, and the measure tells no one anything
    ("Output alone says little.", "opinion", None),
    ("The new figures tell us little about who benefits.", "opinion", None),
    ("The turnout on its own reveals next to nothing about the mood in the villages.", "opinion", None),
    # a body saying little is its own deed, and a survey telling a figure is told by the survey
    ("The ministry says little about the budget.", "fact", "The ministry"),
    ("The survey says the council has closed four libraries since 2019.", "fact", "The survey"),
])
def test_what_a_measure_shows_weighed_is_a_view_told_by_no_one(text, kind, speaker):
    claim = only_claim(text, published=dt.date(2025, 3, 12))
    assert (claim.kind, claim.speaker) == (kind, speaker)


@pytest.mark.parametrize("text,kind", [
    # a count of those who take a side is what a poll or a vote found
    ("Some 62% of residents oppose the bypass, according to a poll by the Courier.", "fact"),
    ("Two thirds of members oppose the merger.", "fact"),
    ("Of the 1,100 members who voted, 640 oppose the merger.", "fact"),
    # the side a group or the writer takes stays a stance
    ("Ward councillors oppose any cut to the evening buses.", "opinion"),
    ("We oppose the plan.", "opinion"),
])
def test_a_count_of_those_taking_a_side_is_what_a_poll_found(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 12)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # the writer's conclusion, drawn whichever way things go
    ("Either way, the era of cheap ferry fares is over.", "opinion"),
    ("Whatever happens next, the balance of power on the council has shifted.", "opinion"),
    # with a future it is a forecast, and with a date a told deed
    ("Either way, the council will decide in March.", "prediction"),
    ("In any case, the mill closed in 2019.", "fact"),
])
def test_a_conclusion_drawn_whichever_way_things_go_is_the_writer_s_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 8, 14)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a difficulty weighed as a bar, whatever cause is given for it
    ("Independent verification is impossible, because reporters were kept out of the valley.", "opinion"),
    ("It is impossible to say how many people left.", "opinion"),
    # what a deed made impossible is told, and so is a bar someone reports
    ("The landslide made the road impossible to use for three weeks.", "fact"),
    ("The ministry said access to the valley was impossible because of snow.", "fact"),
])
def test_a_difficulty_weighed_as_a_bar_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2022, 10, 4)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a view shared, or not, by a group counted vaguely
    ("Few economists share that confidence.", "opinion"),
    ("Most residents share the council's optimism about the bypass.", "opinion"),
    # a thing shared out or held in common is told
    ("The two towns share the cost of the ferry.", "fact"),
    ("Georgia and Armenia share a border.", "fact"),
])
def test_a_view_shared_is_a_view_and_a_thing_shared_is_told(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 12, 7)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a past step weighed against what might have been is no forecast
    ("Neither step was inevitable.", "opinion"),
    ("None of this was inevitable.", "opinion"),
    # the odds of what is ahead still are
    ("Conflict is inevitable.", "prediction"),
    ("A strike now looks inevitable.", "prediction"),
])
def test_a_past_step_judged_not_bound_to_happen_is_no_forecast(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 20)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a position held over years
    ("The two states have long argued that any such project needs the approval of every coastal state.", "opinion"),
    ("Residents have long insisted that the bypass is in the wrong place.", "opinion"),
    # what was said is told
    ("The city has long said it wants a second bridge.", "fact"),
])
def test_a_position_long_argued_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 8, 12)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # first in a role counted by what it gives, buys or brings is a measured rank
    ("The EU is already the island's largest donor.", "fact"),
    ("China is the largest buyer of the republic's gas.", "fact"),
    ("Damp and mould remain the biggest source of complaints.", "fact"),
    # the biggest of what is weighed stays a judgement
    ("It was the biggest mistake of his career.", "opinion"),
])
def test_first_in_a_counted_role_is_a_measured_rank(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 11, 21)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    # a person's character as others read it
    ("Colleagues describe her as meticulous and stubborn.", "opinion"),
    ("Friends described him as shy, private and kind.", "opinion"),
    # a thing described beside a deed not done is told
    ("Officials describe the incursions as unacceptable but have not asked for talks.", "fact"),
])
def test_a_person_s_traits_described_are_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 1)).values()] == [kind]


def test_a_person_as_others_remember_them_is_their_view():
    claim = only_claim("Colleagues remember him as patient and dry-witted.", published=dt.date(2025, 11, 12))
    assert (claim.kind, claim.speaker, claim.speaker_vague) == ("opinion", "Colleagues", True)
    # a thing remembered is no view of a person
    assert only_claim("Residents remember the flood of 1998.", published=dt.date(2025, 11, 12)).speaker is None


@pytest.mark.parametrize("text,kind", [
    # what a teller argues, the teller closing the sentence
    ("The border guards no longer have a role, Ohanyan argues.", "opinion"),
    ("The guards, who were sent under the 2020 statement, have no role left, one analyst contends.", "opinion"),
    # with a figure or a date of its own, what is argued can be checked
    ("Exports fell by 8% in 2024, the economist argues.", "fact"),
])
def test_a_position_argued_by_a_teller_closing_the_sentence_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 6, 3)).values()] == [kind]
