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
