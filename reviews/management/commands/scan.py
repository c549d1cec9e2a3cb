"""`manage.py scan [--kind stale|contested|links|all] [--now DATE]`: the scans, synchronously."""
import datetime as dt
import json

from django.core.management.base import BaseCommand, CommandError

from reviews import services
from sources.services import link_check_run


class Command(BaseCommand):
    help = "Run the stale, contested and link scans now; print per kind {raised, resolved, open} as JSON."

    def add_arguments(self, parser):
        parser.add_argument("--kind", choices=["stale", "contested", "links", "all"], default="all")
        parser.add_argument("--now", default=None, help="evaluate the rules as of this date (YYYY-MM-DD)")

    def handle(self, *args, **opts):
        now = None
        if opts["now"]:
            try:
                day = dt.date.fromisoformat(opts["now"])
            except ValueError:
                raise CommandError(f"--now must be a date as YYYY-MM-DD, not {opts['now']!r}") from None
            now = dt.datetime.combine(day, dt.time(12, 0), tzinfo=dt.timezone.utc)
        kinds = ["stale", "contested", "links"] if opts["kind"] == "all" else [opts["kind"]]
        out = {}
        for kind in kinds:
            out[kind] = link_check_run(now=now) if kind == "links" else services.scan_run(kind=kind, now=now)
        self.stdout.write(json.dumps(out))
