"""Per-stage cases written for Claimtrack: states read rather than told — a state compared by eye ("in better
condition than ten years ago"), a clause judged whole at the sentence's close (", which looks optimistic"), a gain
read as borrowed from the future, a shared mood told as running out — are views however they are dated, beside the
told and measured sentences that look like them."""
import datetime as dt

import pytest

from .stage_helpers import analyzed


@pytest.mark.parametrize("text,kind", [
    ("The old terminal is in better condition today than it was five years ago.", "opinion"),
    ("The fleet was in worse shape in 2019 than at any time since the war.", "opinion"),
    ("The roads remain in far worse repair than the ministry admits.", "opinion"),
    # a condition counted or told by its keeper stays checkable
    ("The reactor is in good condition, the operator said.", "fact"),
    ("Of the 40 bridges inspected in 2024, 12 were in poor condition.", "fact"),
])
def test_a_state_compared_by_eye_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 9, 18)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The plan assumes exports will double by 2030, which looks optimistic.", "opinion"),
    ("The forecast puts growth at 6% next year, which seems rather ambitious.", "opinion"),
    # a clause after "which" that measures, or a forecast left unjudged, stays as it was
    ("The bridge will open in 2027, which is three years late.", "prediction"),
    ("The plan assumes exports will double by 2030.", "prediction"),
])
def test_a_clause_judged_whole_at_the_close_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 2, 12)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The boom is real, but it is borrowed from the future.", "opinion"),
    # money borrowed from a lender is a deed told
    ("The council borrowed £2 million from the bank in 2023.", "fact"),
])
def test_a_gain_read_as_borrowed_from_the_future_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 2, 12)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Some delegates, speaking on condition of anonymity, say patience in Riyadh is running out.", "opinion"),
    ("Diplomats said trust between the two sides was wearing thin.", "opinion"),
    # supplies running out are counted stock, told
    ("Officials say supplies of fuel are running out.", "fact"),
])
def test_a_shared_mood_told_as_running_out_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 5, 6)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Ukrainian officials say the bridge remains a legitimate military target.", "opinion"),
    # a strike told by one body, with no group's judgement, stays its report
    ("The ministry says the strike hit a fuel depot.", "fact"),
])
def test_a_group_saying_a_thing_is_a_legitimate_target_judges_it(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 6, 1)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("I am not optimistic that either will happen soon.", "opinion"),
    ("We are far from sure that the talks will resume this year.", "opinion"),
    # confidence in what will come stays a forecast
    ("We are confident that the talks will resume in May.", "prediction"),
])
def test_the_writer_s_doubt_of_what_may_come_is_a_view(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 9, 3)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("His predecessor, Salome Zourabichvili, says she remains the country's only legitimate president.", "opinion"),
    ("The opposition says the new parliament is illegitimate.", "opinion"),
    # who holds an office, told, stays a report
    ("The commission says Mikheil Kavelashvili was elected president on 14 December.", "fact"),
])
def test_a_claim_to_legitimacy_is_a_judgement(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2024, 12, 29)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Moscow expects loyalty; Washington expects sanctions to be enforced.", "opinion"),
    # what is expected to happen by a day stays a forecast
    ("The bank expects growth of 4% next year.", "prediction"),
])
def test_a_demand_a_side_holds_is_no_forecast(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 6, 11)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("That approach served the country well.", "opinion"),
    ("But the war in Ukraine has narrowed the room for manoeuvre.", "opinion"),
    # a service run until a year is told
    ("The bus served the town until 2019.", "fact"),
])
def test_a_course_judged_by_how_it_turned_out_and_a_side_s_freedom_narrowed_are_readings(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 6, 11)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Residents of the valley said they hoped trade would resume quickly.", "opinion"),
    # a forecast told with no hope in it stays one
    ("Residents of the valley said trade would resume quickly.", "prediction"),
])
def test_a_hope_reported_is_held_not_foretold(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 4, 2)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Local drivers say the bridge has been unsafe for years.", "opinion"),
    # a closure told by the body that ordered it stays a report
    ("The bridge was closed because it was unsafe, the ministry said.", "fact"),
])
def test_a_group_saying_a_thing_is_unsafe_judges_it(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 2, 18)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("Azerbaijan, however, insists that Armenia must first amend its constitution, whose preamble refers to a 1989 "
     "declaration.", "opinion"),
    # a duty told with no arguing stays the rule it is
    ("Under the treaty, Armenia must notify Moscow a year in advance.", "fact"),
])
def test_a_demand_insisted_on_with_must_is_a_position(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 3, 14)).values()] == [kind]


@pytest.mark.parametrize("text,kind", [
    ("The study found that demand in Europe could justify the cable only if wind farms are connected to it.", "fact"),
    # what may be, said with no finding, stays a view
    ("The minister said demand could justify the cable.", "opinion"),
])
def test_what_a_study_found_may_be_is_its_finding(text, kind):
    assert [c.kind for c in analyzed(text, published=dt.date(2025, 6, 9)).values()] == [kind]
