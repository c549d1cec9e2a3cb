"""`manage.py analyze FILE --json`: the analysis of one file, with no database."""
import json

from django.core.management.base import BaseCommand, CommandError

from claims.analysis import AnalysisConfig, AnalysisError, analysis_to_json, analyze
from claims.analysis.types import FORMATS
from claims.documents import parse_date, read_document


class Command(BaseCommand):
    help = "Analyze an article file and print claimtrack.analysis/1 JSON (no database needed)."
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--json", action="store_true", help="print the analysis as JSON (the default)")
        parser.add_argument("--format", choices=FORMATS, default=None)
        parser.add_argument("--published", default=None, help="publication date, YYYY-MM-DD")
        parser.add_argument("--now", default=None, help="reference date for staleness, YYYY-MM-DD (default: today)")

    def handle(self, *args, **opts):
        from claims.config_factory import analysis_config

        try:
            document = read_document(opts["file"], fmt=opts["format"], published=parse_date(opts["published"], "--published"))
            now = parse_date(opts["now"], "--now")
            config: AnalysisConfig = analysis_config(now=now)
            result = analyze(document, config=config)
        except AnalysisError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(json.dumps(analysis_to_json(result), ensure_ascii=False))
