"""`manage.py relations [--newsroom SLUG] --json`: every relation in a newsroom's corpus."""
import json

from django.core.management.base import BaseCommand, CommandError

from claims.models import ClaimRelation
from newsrooms.models import Newsroom


class Command(BaseCommand):
    help = "Print every claim relation of a newsroom (in and across articles) as a JSON array."

    def add_arguments(self, parser):
        parser.add_argument("--newsroom", default=None, help="newsroom slug (default: every newsroom)")
        parser.add_argument("--json", action="store_true", help="JSON output (the default)")

    def handle(self, *args, **opts):
        relations = ClaimRelation.objects.select_related("from_claim", "to_claim").order_by("id")
        if opts["newsroom"]:
            newsroom = Newsroom.objects.filter(slug=opts["newsroom"]).first()
            if newsroom is None:
                raise CommandError(f"no newsroom {opts['newsroom']!r}")
            relations = relations.filter(from_claim__article__newsroom=newsroom)
        out = [
            {"from": {"article": r.from_claim.article_id, "claim": r.from_claim_id, "text": r.from_claim.text},
             "to": {"article": r.to_claim.article_id, "claim": r.to_claim_id, "text": r.to_claim.text},
             "type": r.type, "score": r.score, "origin": r.origin, "evidence": r.evidence}
            for r in relations.iterator()
        ]
        self.stdout.write(json.dumps(out, ensure_ascii=False))
