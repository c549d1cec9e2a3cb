"""The one place where Django settings become the engine's frozen `AnalysisConfig`."""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from claims.analysis import AnalysisConfig


def analysis_config(*, now: dt.date | None = None, newsroom=None) -> AnalysisConfig:
    shelf = dict(settings.CLAIMTRACK_SHELF_LIFE_DAYS)
    if newsroom is not None and newsroom.shelf_life_days:
        shelf.update({k: int(v) for k, v in newsroom.shelf_life_days.items() if k in shelf})
    return AnalysisConfig(
        now=now or timezone.now().date(),
        checkworthy_threshold=settings.CLAIMTRACK_CHECKWORTHY_THRESHOLD,
        shelf_life_days=shelf,
    )
