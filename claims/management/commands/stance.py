"""`manage.py stance FILE.jsonl`: supports or counters for each claim/perspective pair."""
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from claims.analysis.stance import default_model


class Command(BaseCommand):
    help = "Read {claim, perspective[, stance]} lines; print supports|counters per line (accuracy on stderr)."
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, **opts):
        model = default_model()
        right = labelled = 0
        try:
            handle = open(opts["file"], encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"{opts['file']}: {exc.strerror}") from None
        with handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    claim, perspective = row["claim"], row["perspective"]
                except (ValueError, KeyError, TypeError):
                    raise CommandError(f"{opts['file']}:{number}: expected a JSON object with claim and perspective") from None
                label = model.predict(claim, perspective).label
                self.stdout.write(label)
                if row.get("stance") in ("supports", "counters"):
                    labelled += 1
                    right += label == row["stance"]
        if labelled:
            sys.stderr.write(f"accuracy {right / labelled:.4f} on {labelled} labelled pairs\n")
