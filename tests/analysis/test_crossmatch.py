"""Judging a pair of claims from different articles: figures, times of day, sources, disputes."""
from claims.analysis.crossmatch import ClaimView, clock_times, decide, document_frequencies

BACKGROUND = [
    "The council approved the new budget for the harbour district.",
    "Ferry services were suspended while divers inspected the pier.",
    "The mayor opened the renovated library in the old customs house.",
    "Residents complained about the noise from the container terminal.",
    "The port authority published its annual report on cargo volumes.",
    "A new bus line will connect the station with the university.",
]


def judge(a: ClaimView, b: ClaimView):
    df, n = document_frequencies(BACKGROUND + [a.text, b.text])
    return decide(a, b, df, n)


def test_times_of_day_become_minutes_after_midnight():
    assert [t[0] for t in clock_times("at 11:20 a.m., shortly after 11 o'clock, by 9pm, at 12 a.m.")] == [
        680.0, 660.0, 1260.0, 0.0]
    assert clock_times("flight 11 from gate 20") == ()


WRECK_RAISED = ClaimView.of("Divers lifted the wreck out of the channel at 4:10 p.m., the coastguard said.",
                            speaker="the coastguard")


def test_one_source_giving_one_moment_in_other_words_is_the_same_statement():
    b = ClaimView.of("The coastguard has confirmed that the sunken barge was raised shortly after 4 o'clock.",
                     speaker="The coastguard")
    verdict = judge(WRECK_RAISED, b)
    assert verdict is not None and verdict.type == "same_as"
    assert "time 16:10 ~ 4:00" in verdict.evidence  # "4 o'clock" may be morning or afternoon


def test_the_same_moment_from_different_sources_needs_more_shared_words():
    # shares "divers" and "channel" and the moment, yet too few words for another source's account
    b = ClaimView.of("Divers raised the barge from the channel shortly after 4 o'clock, a harbour pilot said.",
                     speaker="a harbour pilot")
    assert judge(WRECK_RAISED, b) is None


def test_the_same_happening_at_hours_apart_conflicts():
    a = ClaimView.of("The coastguard said the channel reopened to shipping at 9:30 a.m. on Friday.",
                     speaker="The coastguard")
    b = ClaimView.of("The channel reopened to shipping at 3 p.m. on Friday, the harbour master said.",
                     speaker="the harbour master")
    verdict = judge(a, b)
    assert verdict is not None and verdict.type == "conflicts"
    assert "time 9:30 vs 15:00" in verdict.evidence
