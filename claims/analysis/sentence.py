"""One sentence on its own through the per-claim stages (time, quantities, speaker, kind,
check-worthiness): what the `checkworthiness` command and model training use."""
from __future__ import annotations

from dataclasses import dataclass

from . import attribution, kinds, quantities, temporal
from .checkworthiness import CheckworthinessModel, signals
from .words import grams


@dataclass(frozen=True)
class SentenceView:
    kind: str
    has_time: bool
    has_quantity: bool
    speaker: str | None
    signals: tuple[str, ...]


def view(text: str) -> SentenceView:
    g = grams(text)
    times = temporal.find_times(text, 0, temporal.Narrative(None, "none"), g)
    qty = quantities.find_quantities(text, 0, [(t.start, t.end) for t in times], g)
    who = attribution.attribute(text, g)
    has_time = any(t.kind == "date" for t in times)
    kind, _ = kinds.kind_of(text, g, has_time=has_time, has_quantity=bool(qty), speaker=who.speaker)
    return SentenceView(kind, has_time, bool(qty), who.speaker,
                        tuple(signals(text, g, kind=kind, has_time=has_time, has_quantity=bool(qty), speaker=who.speaker)))


def checkworthiness(text: str, model: CheckworthinessModel | None = None) -> tuple[float, list[str]]:
    """A sentence without its article: no editorial prior from the article's kinds."""
    model = model or CheckworthinessModel.default()
    v = view(text)
    return model.score(text, grams(text), kind=v.kind, has_time=v.has_time, has_quantity=v.has_quantity,
                       speaker=v.speaker, in_article=False)
