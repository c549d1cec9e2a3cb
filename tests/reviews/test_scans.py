import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from reviews import services
from reviews.models import AuditEvent, Flag
from tests.reviews.conftest import claim_with

pytestmark = pytest.mark.django_db(transaction=True)
LATER = dt.datetime(2026, 11, 25, 12, tzinfo=dt.timezone.utc)
SOON = dt.datetime(2021, 4, 1, 12, tzinfo=dt.timezone.utc)


def open_flags(kind):
    return {f.claim.text[:40]: f for f in Flag.objects.filter(kind=kind, state="open").select_related("claim")}


def test_stale_scan_flags_passed_horizons_and_old_state_claims_but_not_dated_events(article_version):
    result = services.scan_run(kind="stale", now=LATER)
    flags = open_flags("stale")
    pumps = claim_with(article_version, "temporary pumps")
    assert pumps.text[:40] in flags
    assert "horizon 'for two years' from 2020-03" in flags[pumps.text[:40]].reasons[0]
    assert "2022-03" in flags[pumps.text[:40]].reasons[0]
    assert claim_with(article_version, "So far").text[:40] in flags
    assert claim_with(article_version, "currently").text[:40] in flags
    forecast = flags[claim_with(article_version, "second gate").text[:40]]
    assert forecast.reasons[0].startswith("prediction due: check the outcome")
    assert claim_with(article_version, "On March 3, 2020").text[:40] not in flags
    assert result == {"raised": len(flags), "resolved": 0, "open": len(flags)}


def test_nothing_is_stale_before_its_time(article_version):
    assert services.scan_run(kind="stale", now=SOON)["open"] == 0


def test_a_second_scan_raises_nothing_new_and_audits_each_flag_once(article_version):
    first = services.scan_run(kind="stale", now=LATER)
    second = services.scan_run(kind="stale", now=LATER)
    assert second == {"raised": 0, "resolved": 0, "open": first["open"]}
    assert AuditEvent.objects.filter(action="flag_raised").count() == first["raised"]


def test_contested_scan_flags_both_sides_of_a_dispute_with_the_other_claim_as_reason(article_version):
    services.scan_run(kind="contested", now=LATER)
    flags = open_flags("contested")
    claimed = claim_with(article_version, "Fenwick Ltd claimed")
    denied = claim_with(article_version, "denied that the maintenance budget")
    assert claimed.text[:40] in flags and denied.text[:40] in flags
    assert "denied that the maintenance budget" in flags[claimed.text[:40]].reasons[0]


def test_a_fresh_review_resolves_a_stale_flag(article_version, reviewer):
    services.scan_run(kind="stale", now=LATER)
    pumps = claim_with(article_version, "temporary pumps")
    services.review_submit(claim=pumps, reviewer=reviewer, verdict="true", note="pumps removed in 2023")
    result = services.scan_run(kind="stale", now=dt.datetime.now(dt.timezone.utc))
    assert result["resolved"] >= 1
    assert Flag.objects.get(claim=pumps, kind="stale").state == "resolved"


def test_a_dismissed_flag_is_not_raised_again_for_the_same_reason(article_version, reviewer):
    services.scan_run(kind="stale", now=LATER)
    flag = Flag.objects.get(claim=claim_with(article_version, "currently"), kind="stale", state="open")
    with pytest.raises(ValidationError):
        services.flag_dismiss(flag=flag, user=reviewer, note="  ")
    services.flag_dismiss(flag=flag, user=reviewer, note="still true, checked by phone")
    services.scan_run(kind="stale", now=LATER)
    assert list(Flag.objects.filter(claim=flag.claim, kind="stale").values_list("state", flat=True)) == ["dismissed"]
    assert AuditEvent.objects.filter(action="flag_dismissed", target_id=str(flag.id)).exists()


def test_reviewers_who_disagree_make_a_claim_contested(article_version, reviewer):
    from django.contrib.auth import get_user_model

    other = get_user_model().objects.create_user("second", password="x")
    claim = claim_with(article_version, "three spring floods")
    services.review_submit(claim=claim, reviewer=reviewer, verdict="true")
    services.review_submit(claim=claim, reviewer=other, verdict="false")
    services.scan_run(kind="contested", now=LATER)
    assert Flag.objects.get(claim=claim, kind="contested", state="open").reasons == ["reviewers disagree about this claim"]


def test_the_database_allows_one_open_flag_per_claim_and_kind(article_version):
    from django.db import IntegrityError, transaction

    claim = claim_with(article_version, "currently")
    Flag.objects.create(claim=claim, kind="stale", reasons=["a"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Flag.objects.create(claim=claim, kind="stale", reasons=["b"])
    Flag.objects.create(claim=claim, kind="stale", state="resolved", reasons=["c"])


def test_flag_dismiss_command_records_the_note_and_refuses_a_closed_flag(article_version, reviewer):
    from django.core.management import CommandError, call_command

    services.scan_run(kind="stale", now=LATER)
    flag = Flag.objects.filter(kind="stale", state="open").first()
    call_command("flag_dismiss", str(flag.id), "--user", "checker", "--note", "checked with the utility")
    flag.refresh_from_db()
    assert (flag.state, flag.note, flag.closed_by_id) == ("dismissed", "checked with the utility", reviewer.id)
    with pytest.raises(CommandError, match="only an open flag"):
        call_command("flag_dismiss", str(flag.id), "--user", "checker", "--note", "again")


def test_the_article_page_shows_open_flags_with_their_reason(article_version, client):
    services.scan_run(kind="stale", now=LATER)
    page = client.get(f"/articles/{article_version.article_id}/").content.decode()
    assert page.count("stale: prediction due: check the outcome") == 2
