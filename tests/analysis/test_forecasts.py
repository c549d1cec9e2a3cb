"""A forecast laid out by day: its day labels head the lines under them, its weekdays are the coming
ones, and its lines with no verb telling anything as done say what is coming."""
from claims.analysis import Document, analyze

from .stage_helpers import CONFIG

FORECAST = """{title}

Issued at 05:00 on Friday 20 November 2026

Roads flooded near Fenby on Tuesday.

Headline: Cold and bright, with a widespread frost on Saturday night.
Today: Dry with sunny spells after early fog. Highs of 7C.
Saturday: Frost clearing slowly; a cold, bright day.
Monday and Tuesday: Unsettled, with showers and strong winds.

Outlook: A yellow warning for ice is in force from 6pm on Saturday.
"""


def _claims(title, fmt="text"):
    result = analyze(Document(FORECAST.format(title=title), fmt), config=CONFIG)
    return {c.text: c for c in result.claims}, [h.text for h in result.headings]


def test_a_forecast_s_day_labels_head_its_lines_and_its_weekdays_are_the_coming_ones():
    claims, headings = _claims("Five-day forecast for the Kelby Valley")
    assert {"Headline", "Today", "Saturday", "Monday and Tuesday"} <= set(headings)
    assert [t.value for t in claims["Frost clearing slowly; a cold, bright day."].times] == ["2026-11-21"]
    assert [t.value for t in claims["Cold and bright, with a widespread frost on Saturday night."].times] == ["2026-11-21"]
    # told in the past, a weekday is the one gone by
    assert [t.value for t in claims["Roads flooded near Fenby on Tuesday."].times] == ["2026-11-17"]


def test_a_forecast_s_lines_with_nothing_told_as_done_are_forecasts():
    claims, _ = _claims("Five-day forecast for the Kelby Valley")
    kinds = {text: c.kind for text, c in claims.items()}
    assert kinds == {"Cold and bright, with a widespread frost on Saturday night.": "prediction",
                     "Dry with sunny spells after early fog.": "prediction",
                     "Highs of 7C.": "prediction",
                     "Frost clearing slowly; a cold, bright day.": "prediction",
                     "Unsettled, with showers and strong winds.": "prediction",
                     # a state told in the present, and a past
                     "A yellow warning for ice is in force from 6pm on Saturday.": "fact",
                     "Roads flooded near Fenby on Tuesday.": "fact"}


def test_the_same_lines_in_a_text_that_is_no_forecast_are_read_as_news():
    claims, _ = _claims("Kelby weather diary")
    assert claims["Highs of 7C."].kind == "fact"
    assert [t.value for t in claims["Frost clearing slowly; a cold, bright day."].times] == ["2026-11-14"]
