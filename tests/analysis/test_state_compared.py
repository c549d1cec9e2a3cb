"""Per-stage cases written for Claimtrack: a state compared by eye ("in better condition than ten years ago") is a
view however it is dated, beside the told and measured states that look like it."""
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
