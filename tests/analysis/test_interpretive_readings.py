"""Per-stage cases written for Claimtrack: the readings an interpretive memo or a news analysis gives in plain
words — a temper compared, a mood told as changed, a risk weighed, a cause weighed — beside the told sentences
that look like them."""
import datetime as dt

import pytest

from claims.analysis import Document, analyze

from .stage_helpers import CONFIG, analyzed, only_claim

MARCH_2025 = dt.date(2025, 3, 10)


def kinds(text, published=MARCH_2025):
    return [c.kind for c in analyzed(text, published=published).values()]


@pytest.mark.parametrize("text,kind", [
    ("Tajik officials were more cautious.", "opinion"),
    ("Russian commentators are less diplomatic.", "opinion"),
    ("The foreign minister was far more guarded about the timetable.", "opinion"),
    ("Independent engineers are less confident.", "opinion"),
    # a comparison measured, or a deed, stays told
    ("Exports were 12 per cent more valuable than in 2023.", "fact"),
    ("Tajik officials were more than 40 minutes late.", "fact"),
])
def test_a_temper_compared_is_the_writer_s_reading(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text,kind", [
    ("That perception has collapsed.", "opinion"),
    ("This fear has largely faded.", "opinion"),
    ("The mood in Yerevan has soured.", "opinion"),
    # a change measured is told
    ("That trust has fallen to 31 percent, a poll by the institute found in December 2024.", "fact"),
    ("The ferry has collapsed into the harbour.", "fact"),
])
def test_a_mood_or_belief_told_as_changed_with_no_measure_is_a_view(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Yerevan cannot close it without provoking Moscow, and Moscow cannot use it without provoking the West.", "opinion"),
    ("The government cannot raise fuel duty without losing the coalition's support.", "opinion"),
    # what a rule forbids without a step taken is told
    ("Tenants cannot be evicted without a court order.", "fact"),
])
def test_a_risk_weighed_in_cannot_without_is_a_view(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Analysts say the treaty owes much to Russia's distraction with Ukraine.", "opinion"),
    ("The recovery owes a great deal to remittances.", "opinion"),
    # a debt owed is told, and so is a second report with a figure or a quotation beside the reading
    ("The company owes £4 million to its suppliers.", "fact"),
    ('The chamber said the charge had cost its members "tens of thousands of pounds" and argued that the fall owed '
     'more to newer cars than to the zone.', "fact"),
])
def test_a_cause_weighed_is_a_view_and_a_debt_is_told(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The base is a relic of a security arrangement that no longer works.", "opinion"),
    # the change told in the main clause stays checkable
    ("The ferry no longer stops at Sandsend.", "fact"),
])
def test_no_longer_in_a_relative_clause_tells_no_change_of_the_sentence(text, kind):
    assert kinds(text) == [kind]


def test_an_arrangement_to_be_carried_out_with_also_looks_ahead():
    claim = only_claim("They are also to hand over the checkpoint on the border with Turkey by the end of 2025.", MARCH_2025)
    assert claim.kind == "prediction"
    assert only_claim("They also handed over the checkpoint on the border with Turkey in January.", MARCH_2025).kind == "fact"


@pytest.mark.parametrize("text", [
    "Both governments, they argue, concluded that no outside power would arbitrate for them.",
    "Both governments concluded that no outside power would arbitrate for them, the analysts argue.",
])
def test_a_position_argued_in_commas_is_a_view_not_a_forecast(text):
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize("text,kind", [
    ("Some argue that Yerevan is being lured into a Western trap.", "opinion"),
    ("Many argue that the border talks are a distraction.", "opinion"),
])
def test_a_group_named_by_how_many_argues_a_position(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text,value", [
    ("A spokesman said demarcation would take at least two more years.", "P2Y"),
    ("The board should fund the service for three more years.", "P3Y"),
])
def test_a_span_of_more_years_is_a_duration(text, value):
    claim = only_claim(text, MARCH_2025)
    assert [t.value for t in claim.times] == [value]
    assert not claim.quantities


def test_a_news_page_s_date_line_under_its_byline_dates_no_sentence():
    page = ("<html><head><meta property='article:published_time' content='2025-04-17T09:30:00+05:00'></head><body><article>"
            "<h1>Border road reopens</h1><p class='byline'>By Aida Sultanova, Bishkek</p>"
            "<time datetime='2025-04-17'>17 April 2025</time>"
            "<p>Tajik officials were more cautious.</p><p>The road had been closed since April 2021.</p></article></body></html>")
    result = analyze(Document(page, "html"), config=CONFIG)
    assert [h.text for h in result.headings] == ["Border road reopens"]
    assert [(c.text, [t.value for t in c.times]) for c in result.claims] == [
        ("Tajik officials were more cautious.", []), ("The road had been closed since April 2021.", ["2021-04"])]
    # a timeline's dates, after prose, still head their entries
    page = ("<html><body><article><h1>Tram delays</h1><p>The line has been delayed twice.</p>"
            "<div>March 2016</div><p>The council approves the extension.</p></article></body></html>")
    claims = analyze(Document(page, "html"), config=CONFIG).claims
    assert [t.value for t in claims[-1].times] == ["2016-03"]


@pytest.mark.parametrize("credit", ["Additional reporting by Farrukh Yusupov in Dushanbe.", "Compiled by the Eurasia Desk.",
                                    "Reporting by Lena Marsh in Moscow; additional reporting by Ana Ruiz in Kyiv; Editing by Tom Reyes"])
def test_a_credit_that_says_where_each_reporter_was_is_no_claim(credit):
    page = f"<article><h1>Talks</h1><p>The talks collapsed on Monday.</p><p><em>{credit}</em></p></article>"
    assert [c.text for c in analyze(Document(page, "html"), config=CONFIG).claims] == ["The talks collapsed on Monday."]


def test_a_deed_told_beside_a_quoted_phrase_with_its_day_between_is_checkable():
    claim = only_claim("Vladimir Putin apologized for the \u201ctragic incident\u201d on December 28 but stopped short of accepting "
                       "responsibility.", dt.date(2025, 6, 1))
    assert claim.kind == "fact"
    assert only_claim('The minister called the report "a disgrace" on Monday and urged a review.', MARCH_2025).kind == "opinion"


@pytest.mark.parametrize("text,kind", [
    ("Azerbaijan's leverage has grown.", "opinion"),
    ("Moscow's influence has waned.", "opinion"),
    # a change dated by what it followed is told
    ("Russia's influence in the region has weakened since its invasion of Ukraine.", "fact"),
])
def test_a_side_s_sway_told_as_changed_with_no_measure_is_a_view(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The crash did not create the crisis; it exposed it.", "opinion"),
    ("Local elections on October 4 exposed the dilemma.", "opinion"),
    # what an attack or a blackout is taken to show, as a crash or a war
    ("Still, the attack exposed how much the island depends on a single ferry.", "opinion"),
    ("The blackout showed that the grid cannot cope with a cold week.", "opinion"),
    # what an audit shows is evidence, told by it
    ("An audit showed that the grid lost 12% of its power.", "fact"),
    ("But the old hierarchy, in which Baku deferred to Moscow on regional matters, is over.", "opinion"),
    # a cause ruled out by someone named is reported
    ("The storm did not cause the outage, the operator said on Monday.", "fact"),
])
def test_a_course_of_events_read_or_an_order_declared_over_is_a_view(text, kind):
    assert kinds(text, published=dt.date(2025, 10, 14)) == [kind]


def test_a_view_passed_on_from_private_talk_is_a_view_with_its_group_as_teller():
    claim = only_claim("Some opposition leaders now privately admit the strategy has failed.", MARCH_2025)
    assert (claim.kind, claim.speaker, claim.speaker_vague) == ("opinion", "Some opposition leaders", True)
    assert only_claim("Some opposition leaders admitted on Monday that the strategy had failed.", MARCH_2025).kind == "fact"


@pytest.mark.parametrize("text,kind", [
    ("Its North\u2013South trade route to Iran and India runs through Azerbaijani territory.", "fact"),
    ("The gas pipeline passes under the Caspian Sea.", "fact"),
    # the places a route joins, named
    ("The Trans-Caspian Route, known as the Middle Corridor, links China to Europe by rail and ferry.", "fact"),
    ("The new transport corridor connects Armenia with Iran.", "fact"),
])
def test_where_a_built_route_runs_is_checkable_on_a_map(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text,kind", [
    # what a text holds or leaves out is checkable against it, "appears" there no hedge
    ("Neither demand appears in the treaty itself.", "fact"),
    ("The agreement makes no mention of winter releases.", "fact"),
    ("The demand appears unreasonable.", "opinion"),
    # a text's terms told by pronoun, binding named parties
    ("It gives Tajikistan a road link to its Vorukh exclave.", "fact"),
    ("It requires both sides to withdraw troops from the line.", "fact"),
    ("It gives me hope.", "opinion"),
    # what a step taken does, measurable
    ("The move shortens the ships' sailing time to Azerbaijan's coast.", "fact"),
    # a deal's terms told in the present after the deal is named; weighed with a modal, a view
    ("Under the swap, Kazakh oil enters Russia's pipelines in the east and Russia ships the same volume from Novorossiysk.", "fact"),
    ("Under the contract, the firm could lose heavily.", "opinion"),
    # a step the rules require, not yet taken
    ("Both parliaments must still ratify the treaty.", "fact"),
    ("We must still try to talk to them.", "opinion"),
])
def test_what_a_text_holds_or_leaves_out_is_checkable_against_it(text, kind):
    assert kinds(text) == [kind]


def test_an_assessment_or_a_watch_list_speaks_from_the_writing_s_present():
    md = ("# Georgia's opposition boycott, one year on\n\n*Briefing · 14 October 2025 · Nino Kapanadze*\n\n## Background\n\n"
          "The election was held on October 26, 2024. Her term ended in December.\n\n## Assessment\n\n"
          "Local elections on October 4 were held without the main parties.\n\n## What to watch\n\n"
          "- Whether the parties that ran in October take up their council seats.\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [[t.value for t in c.times] for c in result.claims] == [["2024-10-26"], ["2024-12"], ["2025-10-04"], ["2025-10"]]


def test_a_day_early_in_the_year_after_a_story_of_last_december_is_this_year_s():
    text = ("Azerbaijan Airlines halted flights to 10 Russian cities on December 27. The ministry said on January 31 that its "
            "report would be published within 12 months. Traffic fell by a third in January, executives said.")
    result = analyze(Document(text, "text", published=dt.date(2025, 2, 3)), config=CONFIG)
    assert [[t.value for t in c.times if t.value[:2] == "20"] for c in result.claims] == [
        ["2024-12-27"], ["2025-01-31"], ["2025-01"]]
    # a flashback in the past perfect stays in the year before
    text = "The airline halted flights on December 27. It had grounded the jet on January 9 for checks."
    result = analyze(Document(text, "text", published=dt.date(2025, 2, 3)), config=CONFIG)
    assert [t.value for t in result.claims[1].times] == ["2024-01-09"]


def test_what_came_before_a_deed_done_is_done_though_the_sentence_looks_ahead():
    claim = only_claim("Russia and Azerbaijan agreed on Monday to resume flights from March 1, ending a suspension that began "
                       "after the crash of an Azerbaijan Airlines jet in December.", dt.date(2025, 2, 3))
    assert [t.value for t in claim.times] == ["2025-02-03", "2025-03-01", "2024-12"]


@pytest.mark.parametrize("text,kind", [
    ('Last month, Azerbaijan closed the Baku office of Russia\'s Sputnik news agency, a move Moscow called "unfriendly".', "fact"),
    ('Baku closed the office in January, a move that critics described as "a disgrace".', "fact"),
    # the name given, told on its own, is the side's verdict
    ('Moscow called the closure "unfriendly".', "opinion"),
])
def test_a_verdict_set_in_apposition_after_a_deed_leaves_the_deed_told(text, kind):
    assert kinds(text, published=dt.date(2025, 2, 3)) == [kind]


@pytest.mark.parametrize("text,kind", [
    # the future qualifies the object a verb gives, in a clause with no "that"
    ("It gives the government a mandate it will use for years.", "opinion"),
    ("The vote hands the president a weapon he will use against the courts.", "opinion"),
    # a future of the sentence's own
    ("In the end it will fail.", "prediction"),
])
def test_a_future_in_a_clause_with_no_that_qualifies_the_object(text, kind):
    assert kinds(text, published=dt.date(2024, 10, 21)) == [kind]


def test_a_telling_with_who_was_told_between_dates_the_telling_not_what_it_foretells():
    claim = only_claim('"We will choose the best technology, whatever its flag," Energy Minister Almasadam Satkaliyev told '
                       'parliament in September.', dt.date(2024, 10, 21))
    assert [t.value for t in claim.times] == ["2024-09"]


def test_a_page_s_link_targets_with_the_next_page_right_under_them_are_set_apart():
    text = (" Kyrgyzstan declared an energy emergency in August 2023. A cascading blackout cut power to Tashkent in\n"
            "January 2023.\n\n1 Aigerim Toktosunova is a researcher at the OSCE Academy in Bishkek.\n\n\n\n"
            "http://www.ponarseurasia.org\nhttps://www.reuters.com/world/blackout-hits-tashkent-2023-01-25/\n"
            "http://www.ponarseurasia.org/members/aigerim-toktosunova\n"
            " PONARS Eurasia Policy Memo No. 902                                           October 2024\n\n"
            "The feasibility study is still under way.\n")
    result = analyze(Document(text, "text"), config=CONFIG)
    assert [c.text for c in result.claims] == [
        "Kyrgyzstan declared an energy emergency in August 2023.", "A cascading blackout cut power to Tashkent in January 2023.",
        "The feasibility study is still under way."]
    cited = {s.url: s.claims for s in result.sources if s.role == "citation"}
    assert cited == {"https://www.reuters.com/world/blackout-hits-tashkent-2023-01-25": (result.claims[1].id,)}


@pytest.mark.parametrize("text,kind", [
    ("The three governments have not yet agreed how the water will be shared in dry years.", "fact"),
    ("The government has yet to say how it will fund next year's deficit.", "fact"),
    ("The energy squeeze has done the rest.", "opinion"),
    ("Still, the politics have shifted for good.", "opinion"),
    ("Russia's war in Ukraine has made regional self-reliance more attractive.", "opinion"),
    # a forecast of the sentence's own, and a deed done, stay as they are
    ("The three governments will agree how the water is shared next year.", "prediction"),
    ("The builders have done the wiring in May.", "fact"),
])
def test_what_is_not_yet_settled_is_told_and_a_course_finished_or_shifted_is_read(text, kind):
    assert kinds(text, published=dt.date(2024, 10, 1)) == [kind]


@pytest.mark.parametrize("text,kind", [
    # a modal in a relative clause with its own subject is not the sentence's
    ("The 2018 Convention requires the consent of the states the pipeline crosses, but it also demands environmental "
     "assessments that Moscow could use to delay the project.", "fact"),
    # ("can" too, and a subject a name owns)
    ("Armenia stopped the trade in goods that Russia's army can use.", "fact"),
    ("Lithuania closed the crossing to lorries that Belarus can inspect.", "fact"),
    # a question a deed leaves open keeps its modal to itself
    ("The commission meets every year but has never agreed how much water each side may take.", "fact"),
    ("Each side may take half of the water.", "opinion"),
    # to appear before a body is no hedge
    ("A court jailed three opposition leaders for refusing to appear before a parliamentary commission.", "fact"),
    ("The minister appears to have misled parliament.", "opinion"),
    # what was told keeps its modal
    ("Officials said that Moscow could use the law to delay the project.", "opinion"),
    ("What has changed is the politics.", "opinion"),
    ("What is new is the money.", "opinion"),
])
def test_a_relative_clause_s_modal_and_a_reading_put_first(text, kind):
    assert kinds(text, published=dt.date(2024, 9, 1)) == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The new base is closer to Azerbaijan and Iran.", "fact"),
    ("The more plausible risk is coercion: exercises timed to coincide with disputes.", "opinion"),
    ("Kazakhstan faces the same exposure.", "opinion"),
    # a judgement of closeness that is no distance stays a view, and a reported plausibility stays reported
    ("The new government is closer to Moscow than its predecessor.", "opinion"),
    ("The envoy said in 2024 that estimates of up to 150,000 deaths were plausible.", "fact"),
])
def test_a_distance_on_a_map_is_told_and_a_likelier_risk_or_a_shared_plight_is_read(text, kind):
    assert kinds(text, published=dt.date(2025, 5, 20)) == [kind]


def test_a_body_that_has_not_commented_publicly_is_a_no_comment_line():
    claim = only_claim("Azerbaijani officials have not commented publicly on the move.", dt.date(2025, 5, 20))
    assert (claim.kind, claim.checkworthy) == ("fact", False)


@pytest.mark.parametrize("text,kind", [
    # a proper name a side gives a thing, in capitals inside the quotes, is no verdict
    ('The route, which the White House called the "Trump Route for International Peace and Prosperity," will link '
     'mainland Azerbaijan with its Nakhchivan exclave.', "prediction"),
    ('"We have opened a new page," Pashinyan said.', "opinion"),
    # a courtesy beside a verdict is no deed
    ('Aliyev called the day "historic" and thanked President Donald Trump for his mediation.', "opinion"),
    # the future of a noun's "that" clause is not the sentence's; the odds put in one are
    ("Details of the company that will run the route have not been published.", "fact"),
    ("There is a real danger that the ceasefire will collapse.", "prediction"),
])
def test_names_given_courtesies_and_a_noun_s_that_clause(text, kind):
    assert kinds(text, published=dt.date(2025, 8, 9)) == [kind]


def test_a_bold_line_opening_a_markdown_story_with_no_heading_is_its_headline():
    md = ("**Washington brokers transit route through Armenia's south**\n\n*By Ani Grigoryan* | *Updated August 9, 2025*\n\n"
          "Armenia and Azerbaijan initialled a peace agreement on Friday.\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert result.document.title == "Washington brokers transit route through Armenia's south"
    assert [c.text for c in result.claims] == ["Armenia and Azerbaijan initialled a peace agreement on Friday."]
    # a document's kind in bold over a memo's head is no title
    md = "**MEMO**\n\n**To:** Transport Committee  \n**Date:** 9 October 2026\n\nThe strike closed 14 stations on Monday.\n"
    assert analyze(Document(md, "markdown"), config=CONFIG).document.title != "MEMO"


def test_a_thing_read_as_the_measure_of_another_is_a_view():
    assert kinds("For almost three years, a row over car number plates has been a barometer of relations between "
                 "Belgrade and Pristina.", published=dt.date(2024, 6, 14)) == ["opinion"]


@pytest.mark.parametrize("text,kind", [
    ('"This is the end of free television in Georgia," said Nika Gvaramia.', "opinion"),
    ('In a post on Facebook, the speaker wrote that the law "copies the best European practice".', "opinion"),
    # an end told with its date stays told
    ('"The line will close at the end of March," said the operator.', "prediction"),
])
def test_an_end_declared_or_a_law_judged_by_a_standard_in_quoted_words_is_a_view(text, kind):
    assert kinds(text, published=dt.date(2025, 4, 3)) == [kind]


def test_a_charge_brushed_aside_is_told_by_who_brushes_it():
    claim = only_claim("Georgian Dream has dismissed the criticism.", dt.date(2025, 4, 3))
    assert (claim.kind, claim.speaker, claim.checkworthy) == ("fact", "Georgian Dream", False)
    assert only_claim("The court dismissed the case.", dt.date(2025, 4, 3)).speaker is None


def test_steps_that_would_do_more_than_another_are_weighed_not_foretold():
    assert kinds("These steps would do more for Armenia's security than any declaration in parliament.",
                 published=dt.date(2025, 1, 15)) == ["opinion"]
    assert kinds("The new line would carry 40,000 passengers a day from 2027.", published=dt.date(2025, 1, 15)) == ["prediction"]


def test_a_meta_line_s_person_is_the_author_and_the_bio_under_the_piece_is_no_claim():
    md = ("# Armenia should not wait for Brussels\n\n*Opinion* · *Tigran Grigoryan* · *January 15, 2025*\n\n"
          "Croatia applied in 2003 and became a member in 2013.\n\n"
          "*Tigran Grigoryan heads the Regional Center for Democracy and Security in Yerevan.*\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert result.document.author == "Tigran Grigoryan"
    assert [c.text for c in result.claims] == ["Croatia applied in 2003 and became a member in 2013."]
    # a desk or a unit named in the same place is no author
    md = "# Fares rise\n\n*Kelby Transport Desk* · *3 March 2025*\n\nBus fares rose by 4% in March. The transport desk checked them.\n"
    assert analyze(Document(md, "markdown"), config=CONFIG).document.author is None


@pytest.mark.parametrize("text,kind", [
    ("Whether demand will follow is far from certain.", "opinion"),
    ("Whether the line will reopen is by no means assured.", "opinion"),
    # what is unclear as of writing stays told (the recorded convention)
    ("It is unclear whether demand will follow.", "fact"),
])
def test_a_question_of_what_is_to_come_put_as_far_from_certain_is_left_open(text, kind):
    assert kinds(text, published=dt.date(2024, 11, 1)) == [kind]


@pytest.mark.parametrize("text,speaker", [
    ("The organisers, led by Archbishop Bagrat Galstanyan, put the figure at 40,000.", "The organisers"),
    ("The protesters have vowed to return every day until the government resigns.", "The protesters"),
    # a figure put by no teller, and a vow in a clause of the author's, stay untold
    ("The storm put the harbour out of action for a week.", None),
])
def test_a_figure_put_past_an_aside_and_a_vow_are_told_by_their_subject(text, speaker):
    assert only_claim(text, dt.date(2024, 5, 10)).speaker == speaker


@pytest.mark.parametrize("text,kind", [
    # the future of a noun's relative clause with its own subject is not the sentence's
    ("President Erdogan has little to gain from a gesture that nationalists would attack.", "opinion"),
    # what was told, or what a danger or a statement holds, still looks ahead
    ("The minister said that prices would rise.", "prediction"),
    ("There is a real danger that nationalists will attack.", "prediction"),
    ("The committee said in a statement that inspectors would visit the jail.", "prediction"),
])
def test_a_relative_clause_with_its_own_subject_holds_no_forecast_of_the_sentence(text, kind):
    assert kinds(text, published=dt.date(2025, 2, 20)) == [kind]


@pytest.mark.parametrize("text,kind", [
    ("A report by the International Crisis Group argues that the treaty could be signed within months.", "opinion"),
    # what may come, told with no arguing, is a forecast
    ("The agency said the bridge could reopen within months.", "prediction"),
])
def test_what_may_come_argued_is_a_position(text, kind):
    assert kinds(text, published=dt.date(2025, 3, 8)) == [kind]


@pytest.mark.parametrize("text,kind", [
    # a state's course read as the undoing of what holds it in check, and a reading set against a claim
    ("The ruling party has spent two years dismantling the institutions that once made the country a model.", "opinion"),
    ("The government is steadily eroding the independence of the courts.", "opinion"),
    ("The evidence points the other way.", "opinion"),
    # a charge told is a deed reported
    ("The United States announced visa restrictions on officials \"responsible for undermining democracy\" in 2024.", "fact"),
])
def test_institutions_undone_and_evidence_pointing_elsewhere_are_readings(text, kind):
    assert kinds(text, published=dt.date(2025, 3, 20)) == [kind]
