"""`manage.py ingest FILE`: store an article and its analysis; prints the article id."""
from django.core.management.base import BaseCommand, CommandError

from claims import services
from claims.analysis import AnalysisError
from claims.analysis.types import FORMATS
from claims.documents import parse_date, read_document


class Command(BaseCommand):
    help = "Ingest an article file into a newsroom (created when missing) and analyze it."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--newsroom", default="default", help="newsroom slug (default: default)")
        parser.add_argument("--title", default="")
        parser.add_argument("--url", default="")
        parser.add_argument("--published", default=None, help="publication date, YYYY-MM-DD")
        parser.add_argument("--format", choices=FORMATS, default=None)

    def handle(self, *args, **opts):
        try:
            document = read_document(opts["file"], fmt=opts["format"], published=parse_date(opts["published"], "--published"),
                                     title=opts["title"] or None)
        except AnalysisError as exc:
            raise CommandError(str(exc)) from None
        newsroom = services.newsroom_get_or_create(slug=opts["newsroom"])
        version, created = services.article_ingest(newsroom=newsroom, document=document, title=opts["title"], url=opts["url"])
        if not created:
            self.stderr.write(f"unchanged: this content is already version {version.id} of article {version.article_id}")
        self.stdout.write(str(version.article_id))
