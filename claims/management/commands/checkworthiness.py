"""`manage.py checkworthiness FILE.tsv`: a score and Yes/No for each sentence of a TSV file."""
import csv
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.analysis.checkworthiness import CheckworthinessModel
from claims.analysis.sentence import checkworthiness


class Command(BaseCommand):
    help = "Read Sentence_id<TAB>Text[<TAB>class_label]; print Sentence_id<TAB>score<TAB>Yes|No (P/R/F1 on stderr)."
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, **opts):
        model = CheckworthinessModel.default()
        threshold = settings.CLAIMTRACK_CHECKWORTHY_THRESHOLD
        tp = fp = fn = labelled = 0
        try:
            handle = open(opts["file"], encoding="utf-8", newline="")
        except OSError as exc:
            raise CommandError(f"{opts['file']}: {exc.strerror}") from None
        with handle:
            for number, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
                if not row or (number == 1 and row[0].lower() == "sentence_id"):
                    continue
                if len(row) < 2:
                    raise CommandError(f"{opts['file']}:{number}: expected Sentence_id<TAB>Text[<TAB>class_label]")
                score, _ = checkworthiness(row[1], model)
                predicted = score >= threshold
                self.stdout.write(f"{row[0]}\t{score:.3f}\t{'Yes' if predicted else 'No'}")
                if len(row) > 2 and row[2] in ("Yes", "No"):
                    labelled += 1
                    gold = row[2] == "Yes"
                    tp += predicted and gold
                    fp += predicted and not gold
                    fn += gold and not predicted
        if labelled:
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            sys.stderr.write(f"Yes: precision {precision:.4f} recall {recall:.4f} F1 {f1:.4f} on {labelled} labelled sentences\n")
