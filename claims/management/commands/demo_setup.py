"""`manage.py demo_setup FILE`: a demo newsroom, a reviewer login and one ingested sample article."""
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from claims import services
from claims.analysis import AnalysisError
from claims.documents import read_document
from newsrooms.models import Membership


class Command(BaseCommand):
    help = "Create the demo newsroom and reviewer, and ingest a sample article (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--newsroom", default="demo")

    def handle(self, *args, **opts):
        try:
            document = read_document(opts["file"])
        except AnalysisError as exc:
            raise CommandError(str(exc)) from None
        newsroom = services.newsroom_get_or_create(slug=opts["newsroom"])
        User = get_user_model()
        user, created = User.objects.get_or_create(username="reviewer", defaults={"is_staff": True})
        password = None
        if created:
            password = secrets.token_urlsafe(9)
            user.set_password(password)
            user.save()
        Membership.objects.get_or_create(user=user, newsroom=newsroom, defaults={"role": Membership.Role.REVIEWER})
        version, _ = services.article_ingest(newsroom=newsroom, document=document)
        self.stdout.write(f"newsroom: {newsroom.slug}")
        if password:
            self.stdout.write(f"reviewer login: reviewer / {password}  (admin at http://127.0.0.1:8000/admin/)")
        else:
            self.stdout.write("reviewer login: reviewer (password as printed when it was created)")
        self.stdout.write(f"sample article: http://127.0.0.1:8000/articles/{version.article_id}/")
