"""`manage.py flag_dismiss FLAG_ID --user NAME --note TEXT`: a reviewer dismisses an open flag."""
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from reviews import services
from reviews.models import Flag


class Command(BaseCommand):
    help = "Dismiss an open flag with a note; the same reason will not raise it again."

    def add_arguments(self, parser):
        parser.add_argument("flag_id", type=int)
        parser.add_argument("--user", required=True, help="the reviewer's username")
        parser.add_argument("--note", required=True, help="why the flag does not apply")

    def handle(self, *args, **opts):
        flag = Flag.objects.select_related("claim__article").filter(pk=opts["flag_id"]).first()
        if flag is None:
            raise CommandError(f"no flag {opts['flag_id']}")
        user = get_user_model().objects.filter(username=opts["user"]).first()
        if user is None:
            raise CommandError(f"no user {opts['user']!r}")
        try:
            services.flag_dismiss(flag=flag, user=user, note=opts["note"])
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from None
        self.stdout.write(f"flag {flag.id} dismissed")
