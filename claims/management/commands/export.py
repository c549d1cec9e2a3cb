"""`manage.py export ARTICLE_ID --format aif|argdown|graph [--claim N]`: the article's argument map."""
import json

from django.core.management.base import BaseCommand, CommandError

from claims.analysis.argmap import to_aif, to_argdown, to_graph
from claims.argument_maps import article_map, claim_map
from claims.models import Article, Claim


class Command(BaseCommand):
    help = "Print an article's argument map (or one claim's neighbourhood) as AIF JSON, Argdown or a JSON graph."

    def add_arguments(self, parser):
        parser.add_argument("article_id", type=int)
        parser.add_argument("--format", choices=["aif", "argdown", "graph"], default="graph")
        parser.add_argument("--claim", type=int, default=None, help="the claim's number in the article (1 = first)")

    def handle(self, *args, **opts):
        article = Article.objects.filter(pk=opts["article_id"]).first()
        if article is None:
            raise CommandError(f"no article {opts['article_id']}")
        if opts["claim"] is not None:
            claim = Claim.objects.filter(article=article, ordinal=opts["claim"] - 1).exclude(anchor_state="orphaned").first()
            if claim is None:
                raise CommandError(f"article {article.id} has no claim {opts['claim']}")
            nodes, edges = claim_map(claim=claim)
        else:
            nodes, edges = article_map(article=article)
        if opts["format"] == "argdown":
            self.stdout.write(to_argdown(nodes, edges), ending="")
        else:
            data = to_aif(nodes, edges) if opts["format"] == "aif" else to_graph(nodes, edges)
            self.stdout.write(json.dumps(data, ensure_ascii=False))
