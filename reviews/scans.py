"""The flag scans: set-based SQL over the claims table, batched by id range.

Each rule is one INSERT … SELECT (a flag per claim that meets it and has no open flag of that
kind, unless a reviewer dismissed the same reason before) and the kind's rules together make one
UPDATE that resolves open flags whose condition no longer holds. The partial unique index
"one open flag per claim and kind" makes concurrent and repeated scans harmless: a conflicting
insert does nothing. No Python loop runs per claim.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Max, Min
from django.utils import timezone

from claims.models import Claim
from newsrooms.models import Newsroom

BATCH = 100_000
TRUEISH = ("true", "mostly_true")
FALSEISH = ("false", "mostly_false")


@dataclass(frozen=True)
class Rule:
    kind: str
    name: str
    where: str  # condition on claim c (and article a); %(name)s placeholders
    reason: str  # SQL text expression
    key: str  # SQL text expression identifying the condition
    severity: str = "CASE WHEN c.checkworthy THEN 'high' ELSE 'medium' END"


def _json_array() -> str:
    return "jsonb_build_array" if connection.vendor == "postgresql" else "json_array"


def _as_text(expr: str) -> str:
    return f"CAST({expr} AS TEXT)"


def _related(rel_type: str) -> str:
    """Claims at either end of a relation of this type, as a set the planner can hash once."""
    return (f"c.id IN (SELECT r.from_claim_id FROM claims_claimrelation r WHERE r.type = '{rel_type}' "
            f"UNION ALL SELECT r.to_claim_id FROM claims_claimrelation r WHERE r.type = '{rel_type}')")


def _other_claim(rel_type: str) -> str:
    """A subquery: the strongest related claim of type rel_type, in either direction."""
    return (f"(SELECT CASE WHEN r.from_claim_id = c.id THEN r.to_claim_id ELSE r.from_claim_id END "
            f"FROM claims_claimrelation r WHERE r.type = '{rel_type}' AND (r.from_claim_id = c.id OR r.to_claim_id = c.id) "
            f"ORDER BY r.score DESC, r.id LIMIT 1)")


def stale_rules() -> list[Rule]:
    return [
        Rule("stale", "expired",
             "c.time_sensitive AND c.expires_on IS NOT NULL AND c.expires_on <= %(today)s "
             "AND (c.reviewed_at IS NULL OR c.reviewed_at < c.expires_on)",
             "CASE WHEN c.kind = 'prediction' THEN 'prediction due: check the outcome (' || c.time_basis || ', due ' || c.expires || ')' "
             "ELSE c.time_basis || ' passed on ' || c.expires END",
             "'expired:' || c.expires"),
        Rule("stale", "shelf_life_since_review",
             "c.time_sensitive AND c.reviewed_at IS NOT NULL AND c.reviewed_at <= "
             "CASE c.kind WHEN 'fact' THEN %(shelf_fact)s WHEN 'opinion' THEN %(shelf_opinion)s "
             "WHEN 'prediction' THEN %(shelf_prediction)s WHEN 'question' THEN %(shelf_question)s ELSE %(shelf_reference)s END",
             "'time-sensitive claim past its shelf life since its last review on ' || substr(" + _as_text("c.reviewed_at") + ", 1, 10)",
             "'reviewed:' || substr(" + _as_text("c.reviewed_at") + ", 1, 10)"),
        Rule("stale", "review_policy",
             "c.reviewed_at IS NOT NULL AND c.reviewed_at <= %(policy_cutoff)s",
             "'last review on ' || substr(" + _as_text("c.reviewed_at") + ", 1, 10) || ' is older than the newsroom''s review policy'",
             "'policy:' || substr(" + _as_text("c.reviewed_at") + ", 1, 10)", "'medium'"),
        Rule("source_dead", "source_dead",
             "c.id IN (SELECT ci.claim_id FROM sources_citation ci JOIN sources_source s ON s.id = ci.source_id "
             "WHERE s.liveness = 'dead')",
             "'cited source is dead: ' || (SELECT COALESCE(s.url, s.name) FROM sources_citation ci JOIN sources_source s "
             "ON s.id = ci.source_id WHERE ci.claim_id = c.id AND s.liveness = 'dead' ORDER BY s.id LIMIT 1)",
             "'dead:' || " + _as_text("(SELECT MIN(s.id) FROM sources_citation ci JOIN sources_source s ON s.id = ci.source_id "
                                     "WHERE ci.claim_id = c.id AND s.liveness = 'dead')")),
        Rule("text_changed", "text_changed",
             "c.anchor_state = 'changed'",
             "'the article text of this claim changed in a later version'",
             "'changed:' || " + _as_text("c.version_id"), "'high'"),
    ]


def link_rules() -> list[Rule]:
    return [r for r in stale_rules() if r.kind == "source_dead"]


def contested_rules() -> list[Rule]:
    trueish = ", ".join(f"'{v}'" for v in TRUEISH)
    falseish = ", ".join(f"'{v}'" for v in FALSEISH)
    return [
        Rule("contested", "counters",
             _related("counters"),
             "'counter-position: \"' || (SELECT substr(o.text, 1, 160) FROM claims_claim o WHERE o.id = " + _other_claim("counters") + ") || '\"'",
             "'counters:' || " + _as_text(_other_claim("counters"))),
        Rule("contested", "conflicts",
             _related("conflicts"),
             "'conflicting figure or date: \"' || (SELECT substr(o.text, 1, 160) FROM claims_claim o WHERE o.id = " + _other_claim("conflicts") + ") || '\"'",
             "'conflicts:' || " + _as_text(_other_claim("conflicts"))),
        Rule("contested", "verdicts_conflict",
             "c.id IN (SELECT x.cid FROM (SELECT r.from_claim_id AS cid, r.to_claim_id AS oid FROM claims_claimrelation r "
             "WHERE r.type = 'same_as' UNION ALL SELECT r.to_claim_id, r.from_claim_id FROM claims_claimrelation r "
             "WHERE r.type = 'same_as') x JOIN reviews_review v1 ON v1.claim_id = x.cid JOIN reviews_review v2 ON v2.claim_id = x.oid "
             f"WHERE (v1.verdict IN ({trueish}) AND v2.verdict IN ({falseish})) OR (v1.verdict IN ({falseish}) AND v2.verdict IN ({trueish})))",
             "'the same claim elsewhere received the opposite verdict'", "'verdicts'"),
        Rule("contested", "reviewers_disagree",
             f"c.id IN (SELECT v.claim_id FROM reviews_review v WHERE v.verdict IN ({trueish})) "
             f"AND c.id IN (SELECT v.claim_id FROM reviews_review v WHERE v.verdict IN ({falseish}))",
             "'reviewers disagree about this claim'", "'reviewers'"),
    ]


def _value(moment: dt.datetime | dt.date):
    """PostgreSQL takes typed values; SQLite compares the text Django stores."""
    if connection.vendor == "postgresql":
        return moment
    if isinstance(moment, dt.datetime):
        return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    return moment.isoformat()


def _params(newsroom: Newsroom, now: dt.datetime, shelf: dict[str, int], stamp) -> dict:
    params = {
        "stamp": stamp,
        "today": _value(now.date()),
        "now": _value(now),
        "policy_cutoff": _value(now - dt.timedelta(days=newsroom.review_policy_days)),
        "newsroom": newsroom.id,
    }
    for kind, days in shelf.items():
        params[f"shelf_{kind}"] = _value(now - dt.timedelta(days=days))
    return params


def _run(sql: str, params: dict) -> int:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return max(cursor.rowcount, 0)


def _raise(rule: Rule, params: dict, lo: int, hi: int) -> int:
    sql = f"""
        INSERT INTO reviews_flag (claim_id, kind, state, severity, reasons, reason_key, note, created_at)
        SELECT c.id, '{rule.kind}', 'open', {rule.severity}, {_json_array()}({rule.reason}), {rule.key}, '', %(stamp)s
        FROM claims_claim c JOIN claims_article a ON a.id = c.article_id
        WHERE a.newsroom_id = %(newsroom)s AND c.id BETWEEN %(lo)s AND %(hi)s AND ({rule.where})
          AND NOT EXISTS (SELECT 1 FROM reviews_flag d WHERE d.claim_id = c.id AND d.kind = '{rule.kind}'
                          AND d.state = 'dismissed' AND d.reason_key = {rule.key})
        ON CONFLICT DO NOTHING
    """  # an open flag of this kind already there: the partial unique index turns the insert into nothing
    return _run(sql, {**params, "lo": lo, "hi": hi})


def _resolve(kind: str, rules: list[Rule], params: dict, lo: int, hi: int) -> int:
    holds = " OR ".join(f"({r.where})" for r in rules)
    sql = f"""
        UPDATE reviews_flag SET state = 'resolved', closed_at = %(stamp)s
        WHERE state = 'open' AND kind = '{kind}' AND claim_id BETWEEN %(lo)s AND %(hi)s
          AND claim_id IN (SELECT c.id FROM claims_claim c JOIN claims_article a ON a.id = c.article_id
                           WHERE a.newsroom_id = %(newsroom)s AND c.id BETWEEN %(lo)s AND %(hi)s)
          AND claim_id NOT IN (SELECT c.id FROM claims_claim c JOIN claims_article a ON a.id = c.article_id
                               WHERE a.newsroom_id = %(newsroom)s AND c.id BETWEEN %(lo)s AND %(hi)s AND ({holds}))
    """
    return _run(sql, {**params, "lo": lo, "hi": hi})


def _audit(action: str, kinds: tuple[str, ...], since: str, state_column: str) -> None:
    """One audit event per flag the scan raised or resolved, written by one statement."""
    placeholders = ", ".join(f"'{k}'" for k in kinds)
    data = f"{_json_array()}(f.reason_key)"
    _run(f"""
        INSERT INTO reviews_auditevent (newsroom_id, actor_id, action, target_type, target_id, data, created_at)
        SELECT a.newsroom_id, NULL, '{action}', 'flag', {_as_text('f.id')}, {data}, %(stamp)s
        FROM reviews_flag f JOIN claims_claim c ON c.id = f.claim_id JOIN claims_article a ON a.id = c.article_id
        WHERE f.kind IN ({placeholders}) AND f.{state_column} = %(stamp)s
    """, {"stamp": since})


def scan(kind: str, *, now: dt.datetime, default_shelf: dict[str, int], batch: int = BATCH) -> dict:
    """Run the rules of one scan ('stale' or 'contested') over every claim; counts per flag kind."""
    rules = {"stale": stale_rules, "contested": contested_rules, "links": link_rules}[kind]()
    kinds = tuple(dict.fromkeys(r.kind for r in rules))
    raised = resolved = 0
    # the wall-clock time of this run marks its rows (the rules' "now" may be another day)
    stamp = _value(timezone.now())
    for newsroom in Newsroom.objects.all():
        bounds = Claim.objects.filter(article__newsroom=newsroom).aggregate(lo=Min("id"), hi=Max("id"))
        if bounds["lo"] is None:
            continue
        shelf = {**default_shelf, **{k: int(v) for k, v in (newsroom.shelf_life_days or {}).items() if k in default_shelf}}
        params = _params(newsroom, now, shelf, stamp)
        for lo in range(bounds["lo"], bounds["hi"] + 1, batch):
            hi = lo + batch - 1
            with transaction.atomic():
                for rule in rules:
                    raised += _raise(rule, params, lo, hi)
                for k in kinds:
                    resolved += _resolve(k, [r for r in rules if r.kind == k], params, lo, hi)
    _audit("flag_raised", kinds, stamp, "created_at")
    _audit("flag_resolved", kinds, stamp, "closed_at")
    from reviews.models import Flag

    return {"raised": raised, "resolved": resolved, "open": Flag.objects.filter(kind__in=kinds, state="open").count()}
