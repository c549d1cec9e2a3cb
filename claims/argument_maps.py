"""Reads claims and relations for an argument map: a whole article, or the neighbourhood of one claim."""
from __future__ import annotations

from django.db.models import Q

from claims import selectors
from claims.analysis.argmap import Edge, Node
from claims.models import Article, Claim, ClaimRelation


def _node_id(claim: Claim) -> str:
    return f"a{claim.article_id}c{claim.ordinal + 1}"


def _map(claims: list[Claim], relations) -> tuple[list[Node], list[Edge]]:
    seen = {c.id: c for c in claims}
    edges = []
    for r in relations:
        for end in (r.from_claim, r.to_claim):
            seen.setdefault(end.id, end)
        edges.append(Edge(_node_id(r.from_claim), _node_id(r.to_claim), r.type, r.score, r.origin, r.evidence))
    nodes = [Node(_node_id(c), c.text, c.kind, c.article_id, c.checkworthiness) for c in seen.values()]
    return nodes, edges


def article_map(*, article: Article) -> tuple[list[Node], list[Edge]]:
    version = selectors.article_current_version(article=article)
    claims = list(Claim.objects.filter(version=version).order_by("ordinal")) if version else []
    ids = [c.id for c in claims]
    relations = (ClaimRelation.objects.filter(Q(from_claim_id__in=ids) | Q(to_claim_id__in=ids))
                 .select_related("from_claim", "to_claim").order_by("id"))
    return _map(claims, relations)


def claim_map(*, claim: Claim) -> tuple[list[Node], list[Edge]]:
    relations = (ClaimRelation.objects.filter(Q(from_claim=claim) | Q(to_claim=claim))
                 .select_related("from_claim", "to_claim").order_by("id"))
    return _map([claim], relations)
