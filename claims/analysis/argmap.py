"""Argument maps from claims and their relations: a JSON graph, AIF (the Argument Interchange
Format of AIFdb: I-nodes for claims, RA for support, CA for conflict, MA for restatement) and
Argdown text. Pure: plain dicts in, plain data out; the API and the pages use the same functions."""
from __future__ import annotations

from dataclasses import dataclass

SCHEME = {"supports": ("RA", "Default Inference"), "counters": ("CA", "Default Conflict"),
          "conflicts": ("CA", "Default Conflict"), "same_as": ("MA", "Default Rephrase")}


@dataclass(frozen=True)
class Node:
    id: str
    text: str
    kind: str
    article: int | None = None
    checkworthiness: float | None = None


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    type: str
    score: float
    origin: str = "detected"
    evidence: str = ""


def to_graph(nodes: list[Node], edges: list[Edge]) -> dict:
    return {
        "nodes": [{"id": n.id, "text": n.text, "kind": n.kind, "article": n.article, "checkworthiness": n.checkworthiness}
                  for n in nodes],
        "edges": [{"from": e.source, "to": e.target, "type": e.type, "score": e.score, "origin": e.origin,
                   "evidence": e.evidence} for e in edges],
    }


def to_aif(nodes: list[Node], edges: list[Edge]) -> dict:
    aif_nodes, aif_edges = [], []
    ids = {}
    for n in nodes:
        ids[n.id] = str(len(aif_nodes) + 1)
        aif_nodes.append({"nodeID": ids[n.id], "text": n.text, "type": "I"})
    for e in edges:
        if e.source not in ids or e.target not in ids:
            continue
        node_type, text = SCHEME[e.type]
        scheme_id = str(len(aif_nodes) + 1)
        aif_nodes.append({"nodeID": scheme_id, "text": text, "type": node_type})
        for a, b in ((ids[e.source], scheme_id), (scheme_id, ids[e.target])):
            aif_edges.append({"edgeID": str(len(aif_edges) + 1), "fromID": a, "toID": b})
    return {"nodes": aif_nodes, "edges": aif_edges, "locutions": []}


def _argdown_text(text: str) -> str:
    return " ".join(text.replace("[", "(").replace("]", ")").split())


def to_argdown(nodes: list[Node], edges: list[Edge]) -> str:
    """Each claim once as a titled statement, then under each the claims that bear on it:
    `+` supports, `-` attacks, `><` contradicts (a conflicting figure), and restatements as comments."""
    by_id = {n.id: n for n in nodes}
    lines = [f"[{n.id}]: {_argdown_text(n.text)} #{n.kind}" for n in nodes]
    incoming: dict[str, list[Edge]] = {}
    for e in edges:
        if e.source in by_id and e.target in by_id:
            incoming.setdefault(e.target, []).append(e)
    for target, bearing in incoming.items():
        lines.append("")
        lines.append(f"[{target}]")
        for e in bearing:
            if e.type == "same_as":
                lines.append(f"  // same as [{e.source}]")
            else:
                sign = {"supports": "+", "counters": "-", "conflicts": "><"}[e.type]
                lines.append(f"  {sign} [{e.source}]")
    return "\n".join(lines) + "\n"
