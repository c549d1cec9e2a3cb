"""`claimtrack.analysis/1` JSON for an `Analysis` (see ANALYSIS_JSON.md)."""
from __future__ import annotations

from .types import SCHEMA, Analysis


def analysis_to_json(a: Analysis) -> dict:
    d = a.document
    return {
        "schema": SCHEMA,
        "document": {"title": d.title, "author": d.author, "publisher": d.publisher, "published": d.published,
                     "published_estimated": d.published_estimated, "language": d.language, "format": d.format},
        "text": a.text,
        "headings": [{"text": h.text, "start": h.start, "end": h.end, "level": h.level} for h in a.headings],
        "claims": [
            {
                "id": c.id, "start": c.start, "end": c.end, "text": c.text, "kind": c.kind,
                "checkworthiness": c.checkworthiness, "checkworthy": c.checkworthy,
                "speaker": c.speaker, "speaker_vague": c.speaker_vague,
                "times": [t.as_json() for t in c.times], "quantities": [q.as_json() for q in c.quantities],
                "time_sensitive": c.time_sensitive, "expires": c.expires, "sources": list(c.sources),
                "evidence": [e.as_json() for e in c.evidence],
            }
            for c in a.claims
        ],
        "sources": [{"id": s.id, "url": s.url, "name": s.name, "role": s.role, "how": s.how, "claims": list(s.claims),
                     "evidence": s.evidence} for s in a.sources],
        "relations": [{"from": r.source, "to": r.target, "type": r.type, "score": r.score, "evidence": r.evidence}
                      for r in a.relations],
        "flags": [{"claim": f.claim, "kind": f.kind, "reasons": list(f.reasons)} for f in a.flags],
        "notes": [e.as_json() for e in a.notes],
    }
