import pytest

from claims.analysis.normalize import normalize
from claims.analysis.segment import segment


def split(text):
    norm = normalize(text, "text")
    return [norm.text[s.start:s.end] for s in segment(norm)]


@pytest.mark.parametrize("text,expected", [
    ("Dr. Mira Patel met the U.S. envoy. They talked.", ["Dr. Mira Patel met the U.S. envoy.", "They talked."]),
    ("The alarm sounded at 4:10 a.m. Crews arrived soon after.", ["The alarm sounded at 4:10 a.m.", "Crews arrived soon after."]),
    ("It left at 4:10 a.m. and returned at noon.", ["It left at 4:10 a.m. and returned at noon."]),
    ("Coun. Shawn Cleary spoke. Cllr. Ann Roy agreed.", ["Coun. Shawn Cleary spoke.", "Cllr. Ann Roy agreed."]),
    # a clock time's day or time zone runs on
    ("A van crashed around 2 a.m. Saturday, police said. Lanes reopened by 7 a.m. Eastern.",
     ["A van crashed around 2 a.m. Saturday, police said.", "Lanes reopened by 7 a.m. Eastern."]),
    ("Growth was 2.5 per cent. It was No. 3 in the list.", ["Growth was 2.5 per cent.", "It was No. 3 in the list."]),
    ("John F. Kennedy spoke. “We choose to go.” Then he left.", ["John F. Kennedy spoke.", "“We choose to go.”", "Then he left."]),
    ("Was it safe? Nobody knew! Officials stayed silent.", ["Was it safe?", "Nobody knew!", "Officials stayed silent."]),
    ("Policy in the U.S. The debate continues.", ["Policy in the U.S.", "The debate continues."]),
    ("Is this the end? No. It is not.", ["Is this the end?", "No.", "It is not."]),
    ("The firm, Smith & Co. Ltd., paid £4m. It sold to Acme Co. The deal closed.",
     ["The firm, Smith & Co. Ltd., paid £4m.", "It sold to Acme Co.", "The deal closed."]),
    # a callout's or a list's pictograph opens no sentence; a sign inside one stays
    ("💡 This page sums up the review. ⚠️ Counters were replaced in 2025.\n\n→ Fares rose 4% → 5%.",
     ["This page sums up the review.", "Counters were replaced in 2025.", "Fares rose 4% → 5%."]),
    # a bracketed aside of its own after a stop opens a sentence
    ("Fares rose. (Buses were spared.) Trains ran.", ["Fares rose.", "(Buses were spared.)", "Trains ran."]),
])
def test_it_splits_sentences_around_abbreviations_times_and_quotes(text, expected):
    assert split(text) == expected


def test_offsets_slice_exactly_to_each_sentence():
    raw = "First line wraps\nonto the next. Second   sentence here.\n\nNew paragraph?"
    norm = normalize(raw, "text")
    for s in segment(norm):
        assert norm.text[s.start:s.end].strip() == norm.text[s.start:s.end]
        assert "\n" not in norm.text[s.start:s.end]


def test_a_text_typed_all_in_lower_case_still_splits_at_its_full_stops():
    assert split("kelby council voted last night to shut the pool. it cost £210,000 to run last year. "
                 "the trust says repairs would cost £1.6m. there's a petition.") == [
        "kelby council voted last night to shut the pool.", "it cost £210,000 to run last year.",
        "the trust says repairs would cost £1.6m.", "there's a petition."]
    # one capital after a stop and the text is cased: "e.g. the" runs on as before
    assert split("Fees rose, e.g. the pool fee. It went up. prices did too. costs as well.") == [
        "Fees rose, e.g. the pool fee.", "It went up. prices did too. costs as well."]


def test_a_speech_s_pleasantries_state_nothing_but_a_thanks_for_something_does():
    assert split("Thank you, and good afternoon.\n\nThank you.\n\nThanks to the 40 volunteers who cleared the beach.") == [
        "Thanks to the 40 volunteers who cleared the beach."]
    # a live page's greeting states nothing either; what follows it in the post does
    assert split("Good afternoon and welcome to our live coverage. The march began on 4 May.") == ["The march began on 4 May."]


def test_the_outlet_a_digest_credits_in_brackets_closes_the_sentence_before_it():
    norm = normalize("# Briefing\n\n- Rail fares will rise by 4.6% in March, the government confirmed. (BBC)\n"
                     "- Fares rose. (Buses were spared.)\n", "markdown")
    assert [norm.text[s.start:s.end] for s in segment(norm)] == [
        "Rail fares will rise by 4.6% in March, the government confirmed. (BBC)", "Fares rose.", "(Buses were spared.)"]


def test_a_label_s_letter_ends_a_sentence_where_an_initial_does_not():
    assert split("The Subcommittee should support Option B. A smaller presence would weaken the mission.") == [
        "The Subcommittee should support Option B.", "A smaller presence would weaken the mission."]
    assert split("John F. Kennedy was shot in Dallas.") == ["John F. Kennedy was shot in Dallas."]


def test_a_post_on_x_ends_its_sentence():
    assert split('"We are not ruling anything out," President Alexander Stubb wrote on X. NATO said it would send ships.') == [
        '"We are not ruling anything out," President Alexander Stubb wrote on X.', "NATO said it would send ships."]
    assert split("Malcolm X. Little was born in Omaha.") == ["Malcolm X. Little was born in Omaha."]


def test_the_outlet_a_digest_links_after_its_item_closes_the_sentence_before_it():
    norm = normalize("# Week\n\n*Issue 112 · 8 March 2025*\n\n## Monday, 3 March\n\nThe bill was tabled in January.\n\n"
                     "The law passed in its third reading. The opposition boycotted the vote. "
                     "[Civil.ge](https://civil.ge/archives/661234)\n\nSee [the full text](https://example.org/law) of the law.\n",
                     "markdown")
    assert [norm.text[s.start:s.end] for s in segment(norm)][1:] == [
        "The law passed in its third reading.", "The opposition boycotted the vote. Civil.ge", "See the full text of the law."]


def test_a_key_number_and_its_label_is_no_claim():
    text = ("The pipeline carries around 80% of the oil.\n\n## Key numbers\n\n30% — fall in flow after the strike\n\n"
            "2 months — longest repair estimate\n\n40% — that is how much the flow fell.\n")
    norm = normalize(text, "markdown")
    # a figure, a dash and what it counts state nothing; with a verb after the dash it is a sentence
    assert [norm.text[s.start:s.end] for s in segment(norm)] == [
        "The pipeline carries around 80% of the oil.", "40% — that is how much the flow fell."]


def test_a_case_s_name_runs_on_past_its_v():
    assert split("In the case of Avetisyan and Others v. Azerbaijan the Court found a violation. It awarded damages.") == [
        "In the case of Avetisyan and Others v. Azerbaijan the Court found a violation.", "It awarded damages."]


def test_a_chair_s_close_states_nothing():
    assert split("Revenue rose 4% in the quarter. That concludes today's call. Thank you.") == ["Revenue rose 4% in the quarter."]


def test_a_show_s_chapters_listed_with_their_times_are_no_claims():
    md = ("Armenia has agreed to reopen the railway.\n\n## In this episode\n\n- (02:10) What the 2020 statement actually says\n"
          "- (14:35) Why Iran is nervous\n- Iran closed the crossing in 2023.\n")
    norm = normalize(md, "markdown")
    assert [norm.text[s.start:s.end] for s in segment(norm)] == [
        "Armenia has agreed to reopen the railway.", "Iran closed the crossing in 2023."]
