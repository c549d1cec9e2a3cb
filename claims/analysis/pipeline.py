"""The engine: normalize -> segment -> per-claim stages -> sources -> relations -> flags."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from . import (
    attribution, capitals, classify as classify_stage, date_headings, dating, iso_dates, quantities, quote_speakers, relations, sensitivity, sources, subjects, temporal, time_patterns,
)
from .checkworthiness import CheckworthinessModel, is_checkworthy
from .normalize import normalize
from .normalize.furniture import SERIES_BY_YEAR
from .normalize.layout import OUTLOOK_HEADING
from .time_cues import FORECAST_TITLE
from .segment import segment
from .words import grams as sentence_grams
from .types import (
    Analysis, AnalysisConfig, AnalysisError, Claim, Document, DocumentInfo, Evidence, Flag, Heading,
)

_RESOLVED = re.compile(r"\s*(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided)\s*:?\s*")
_RESOLVES = re.compile(r"\b(?:council|committee|cabinet|board|meeting)\s+(?:resolves|recommends|is\s+recommended)\b|^\W*recommendations?\b",
                       re.IGNORECASE)
# "What we are asking for", "Our demands": a list of what a group wants done
_DEMANDS = re.compile(r"\W*(?:what\s+we\s+(?:are\s+)?(?:asking|calling|ask|call)\s+for|what\s+we\s+want|our\s+(?:demands|asks|requests))\b",
                      re.IGNORECASE)
# "What to watch", "Indicators to watch", "Things to look out for": the open items a brief lists
_WATCHED = re.compile(r"\W*(?:(?:what|things|indicators|signs|issues|questions|developments)\s+to\s+(?:watch|look\s+(?:out\s+)?for)"
                      r"|watch\s+list|watchlist)\b", re.IGNORECASE)
_TENURE = re.compile(r"\s+of\s+(?:[a-z]+\s+)?(?:trading|service|operation|marriage|experience|business|history)\b")
# how long something took, measured ("took 41 weeks to decide", "delayed by an average of nine days"):
# a figure to check as well as a span; what "will take" is only a span ahead
# (and a notice period, "28 days' notice", "six months in advance", or a most, least or total, "for a maximum
# of two years": a term a rule sets)
_MEASURED_SPAN = re.compile(r"(?:took|lasted)\b|.*\b(?:average\s+of|maximum\s+of|minimum\s+of|total\s+of|notice|in\s+advance|beforehand)\b",
                            re.IGNORECASE)
# (and the headings that look ahead, "What happens next", "Outlook", found as `outlook_headings`, and a brief's
# "What to watch"; an "Assessment" is the writer's reading as of writing)
_PRESENT_HEADING = re.compile(r"\b(?:recent|latest|current|currently|now|today|this\s+(?:week|month|year)|new\s+developments|"
                              r"where\s+things\s+stand|the\s+situation\s+now|assessment)\b", re.IGNORECASE)
_GUILLEMETS = str.maketrans("«»‹›", "“”‘’")
_LOWERCASE_WORD = re.compile(r"(?<![\w’'-])[a-z]{3,}(?![\w’'-])")


def analyze(document: Document, *, config: AnalysisConfig) -> Analysis:
    if not document.raw or not document.raw.strip():
        raise AnalysisError("empty document: there is no text to analyze")
    norm = normalize(document.raw, document.format)
    text = norm.text
    sentences = segment(norm)
    dateline = next((body for what, body in norm.removed if what == "dateline"), None)
    published, precision, published_value, estimated = dating.publication(
        document, norm.metadata.published, text, dateline, config.now,
        set_aside=tuple(body for what, body in norm.removed if what == "boilerplate"),
        series_year=max((int(m.group("year")) for what, body in norm.removed
                         if what == "boilerplate" and (m := SERIES_BY_YEAR.match(body))), default=None),
        cited=tuple(u for block in norm.url_blocks for u in block.urls) + tuple(link.href for link in norm.links)
        + tuple(u for ref in norm.references for u in ref.urls))
    narrative = temporal.Narrative(published, precision)
    title = document.title or norm.metadata.title
    narrative.forecast = bool(title and FORECAST_TITLE.search(title))
    model = CheckworthinessModel.default()
    lowercase_words = frozenset(_LOWERCASE_WORD.findall(text))
    claims: list[Claim] = []
    previous_speaker = previous_group = None
    claim_grams: dict[str, frozenset[str]] = {}
    spans = [sources.ClaimSpan(f"c{n}", sent.start, sent.end, text[sent.start:sent.end], norm.blocks[sent.block].page)
             for n, sent in enumerate(sentences, start=1)]
    found_sources, source_notes = sources.link_sources(norm, spans, document.pdf_links)
    by_claim: dict[str, list[str]] = {}
    for s in found_sources:
        for cid in s.claims:
            by_claim.setdefault(cid, []).append(s.id)
    marker_spans = sorted((m.start, m.end) for m in norm.markers if m.end > m.start)
    heading_over = _heading_over(norm.blocks)
    heading_times: dict[int, tuple] = {}
    # headings that look ahead ("What to expect", "Outlook"): what may happen under them is forecast
    outlook_headings = {i for i, b in enumerate(norm.blocks)
                        if b.kind == "heading" and OUTLOOK_HEADING.match(text[b.start:b.end])}
    # a minute's "RESOLVED:" over what was decided; a motion's "This Council resolves:" over what it puts
    # (and a group's "What we are asking for" over what it demands)
    # (and "What to watch" over the open items it lists)
    resolutions = {i: ("passed" if _RESOLVED.fullmatch(text[b.start:b.end]) else "asked" if _DEMANDS.match(text[b.start:b.end])
                       else "watched" if _WATCHED.match(text[b.start:b.end]) else "put") for i, b in enumerate(norm.blocks)
                   if b.kind == "heading" and (_RESOLVED.fullmatch(text[b.start:b.end]) or _RESOLVES.search(text[b.start:b.end])
                                               or _DEMANDS.match(text[b.start:b.end]) or _WATCHED.match(text[b.start:b.end]))}
    for n, sent in enumerate(sentences, start=1):
        written = spans[n - 1].text
        # a sentence set in capitals (a telex) is read in sentence case; what is found in it is shown
        # as written
        body = capitals.sentence_case(written) if capitals.in_capitals(written) else written
        if "«" in body or "»" in body or "‹" in body:
            body = body.translate(_GUILLEMETS)  # «…», as much of Europe quotes, read as “…”
        g = sentence_grams(body)
        claim_grams[f"c{n}"] = g
        evidence: list[Evidence] = []
        heading = heading_over[sent.block]
        if heading is not None and heading not in heading_times:
            # read once, where the story reaches it: a date heading moves the story as a date would
            block = norm.blocks[heading]
            heading_times[heading] = date_headings.date_heading_times(text[block.start:block.end], block.start, narrative)
            if not heading_times[heading] and published and (heading in outlook_headings
                                                             or _PRESENT_HEADING.search(text[block.start:block.end])
                                                             or _WATCHED.match(text[block.start:block.end])):
                # "2. Recent developments" after a section on 1992: the story is back in the writing's present
                narrative.year = published.year
                narrative.month = published.month if precision in ("day", "month") else None
        if time_patterns.MONTH_WORDS.any(g):
            for _, month in time_patterns.narrative_month_ranges(body):
                narrative.month = temporal.MONTH_NUMBER_OF(month)
        # "March 2016" heading a timeline entry dates what the entry says
        entry_times = heading_times.get(heading, ())
        body_times = tuple(temporal.find_times(body, sent.start, narrative, g))
        if entry_times and body_times:
            body_times = date_headings.counted_from_entry(body_times, entry_times, published.isoformat() if published else None)
        times = entry_times + body_times
        if body is not written:
            times = tuple(replace(t, text=text[t.start:t.end]) for t in times)
        if times:
            evidence.append(Evidence("temporal", ", ".join(f"'{t.text}' = {t.value}" for t in times)))
        # a span in hours or minutes ("within 15 minutes") is a measure too, which a date is not, and
        # so is a window to act in ("has 56 days to respond")
        # and so is a span counted out as a tenure ("after 92 years of trading"), and a span measured
        # (a note's marker, "… is a concern (3).", counts nothing)
        markers = marker_spans[bisect.bisect_left(marker_spans, (sent.start, sent.start)):
                               bisect.bisect_left(marker_spans, (sent.end, sent.end))]
        qty = tuple(quantities.find_quantities(body, sent.start, [(t.start, t.end) for t in times
                                                                  if not (t.value.startswith("PT") or t.window or _MEASURED_SPAN.match(t.text)
                                                                          or _TENURE.match(body, t.end - sent.start))] + markers, g))
        if body is not written:
            qty = tuple(replace(q, text=text[q.start:q.end]) for q in qty)
        if qty:
            evidence.append(Evidence("quantities", ", ".join(f"'{q.text}' = {q.value:g}{' ' + q.unit if q.unit else ''}" for q in qty)))
        who = attribution.attribute(body, g, previous_speaker, quoted_by=norm.blocks[sent.block].speaker, previous_group=previous_group)
        if body is not written and who.speaker:
            who = replace(who, speaker=capitals.as_written(who.speaker, body, written))
        if who.why:
            evidence.append(Evidence("attribution", who.why))
        previous_group = who.speaker if who.speaker and who.vague else None if who.speaker else subjects.group_subject(body)
        previous_speaker = (who.speaker if who.speaker and not who.vague and not attribution.POSSESSED_GROUP.fullmatch(who.speaker)
                            else capitals.as_written(subjects.named_subject(body), body, written) or previous_speaker)
        # (an age after a name, "Kerry Lowe, 38,", tells who speaks, not a figure to check)
        verdict = classify_stage.classify(body, g, has_time=any(t.kind == "date" for t in times),
                                          has_quantity=any(q.unit != "age" for q in qty),
                                          speaker=None if who.by_layout else who.speaker, model=model, has_horizon=any(t.kind in ("horizon", "duration") for t in times),
                                          has_date_ahead=bool(published) and any(
                                              t.kind == "date" and iso_dates.after_writing(t.value, published, precision) for t in times),
                                          lowercase_words=lowercase_words, under_outlook=heading in outlook_headings,
                                          forecast_day=narrative.forecast and _dated_from_writing(times, published, precision),
                                          resolution=resolutions.get(heading))
        # (the question may be the heading the answer is the first sentence under: "## Will it be enough?")
        asked = claims[-1].text if claims and claims[-1].kind == "question" else None
        if heading is not None and (not claims or heading_over[claims[-1].block] != heading):
            asked = text[norm.blocks[heading].start:norm.blocks[heading].end]
        if verdict.kind == "opinion" and asked and (answered := _answer_ahead(body, asked)):
            verdict = replace(verdict, kind="prediction", reasons=verdict.reasons + (answered,))
        evidence.append(Evidence("classify", "; ".join(verdict.reasons)))
        checkworthy = is_checkworthy(verdict.kind, verdict.checkworthiness, config.checkworthy_threshold)
        if verdict.checkworthiness >= config.checkworthy_threshold and not checkworthy:
            article = "an" if verdict.kind[0] in "aeiou" else "a"  # ("an opinion", "a prediction")
            evidence.append(Evidence("classify", f"not check-worthy: {article} {verdict.kind} cannot be checked as it stands"))
        anchor = _narrative_anchor(times, narrative, published, precision)
        as_of = (published, precision) if published else anchor
        # "for five years" counts from when the story's events happened; "over the next decade"
        # and plain forecasts count from when the text was written
        state = sensitivity.assess(g, verdict.kind, times, anchor=anchor if _has_duration(times) else as_of,
                                   shelf_life_days=config.shelf_life_days.get(verdict.kind, 365), text=body, as_of=as_of)
        if state.why:
            evidence.append(Evidence("time_sensitivity", state.why + (f"; expires {state.expires}" if state.expires else "")))
        claims.append(Claim(
            id=f"c{n}", start=sent.start, end=sent.end, text=written, block=sent.block, kind=verdict.kind,
            checkworthiness=verdict.checkworthiness, checkworthy=checkworthy,
            speaker=who.speaker, speaker_vague=who.vague, times=times, quantities=qty,
            time_sensitive=state.time_sensitive, expires=state.expires, evidence=tuple(evidence),
            sources=tuple(by_claim.get(f"c{n}", ())),
        ))
    claims = quote_speakers.carry_quote_speakers(claims)
    sections = {c.id: (heading, text[norm.blocks[heading].start:norm.blocks[heading].end])
                for c in claims if (heading := heading_over[c.block]) is not None}
    review = (norm.metadata.reviewed_claim, norm.metadata.review_rating) if norm.metadata.reviewed_claim else None
    found_relations = relations.find_relations(tuple(claims), claim_grams=claim_grams, sections=sections, blocks=norm.blocks,
                                               review=review)
    flags = stale_flags(claims, config.now)
    headings = tuple(Heading(text[b.start:b.end], b.start, b.end, b.level) for b in norm.blocks if b.kind == "heading")
    notes = tuple(Evidence("normalize", f"{what} lifted out: {body[:80]}") for what, body in norm.removed)
    notes += tuple(Evidence("sources", n) for n in source_notes)
    if estimated and published_value:
        source = _estimated_from(precision, dating.latest_date(text, None)[0], published_value)
        notes += (Evidence("temporal", f"publication date not given: estimated {published_value}, {source}"),)
    info = DocumentInfo(
        title=document.title or norm.metadata.title, author=norm.metadata.author, publisher=norm.metadata.publisher,
        published=published_value, published_estimated=estimated, language="en", format=norm.format,
    )
    return Analysis(info, text, headings, tuple(claims), tuple(found_sources), tuple(found_relations), tuple(flags), notes)


# "Will Tiraspol accept Europe's terms? Probably not, as long as …": a hedged answer to a question about
# what will happen foretells it
# (not what "you" will do, asked in an interview, nor what "could" be, a possibility weighed)
_ASKED_AHEAD = re.compile(r"\W*(?:Will|(?:Is|Are)\s+(?:\S+\s+){1,4}?going\s+to)\b(?![^?]*\byou\b)")
# ("Will the courts change course? Not while the current leadership of the judiciary is in place.": no, for as
# long as a state lasts)
_HEDGED_ANSWER = re.compile(r"\W*(?:Probably|Almost\s+certainly|Very\s+likely|Most\s+likely|Likely|Unlikely|Possibly|Perhaps|"
                            r"Maybe|Certainly|Not\s+yet|Not\s+soon|Not\s+any\s+time\s+soon|Not\s+while|Not\s+as\s+long\s+as|"
                            r"Not\s+until|Not\s+before|Not\s+unless)\b", re.IGNORECASE)


def _answer_ahead(sentence: str, asked: str) -> str | None:
    if not _ASKED_AHEAD.match(asked) or not asked.rstrip().endswith("?") or not _HEDGED_ANSWER.match(sentence):
        return None
    return f"a hedged answer to a question about what will happen: '{_HEDGED_ANSWER.match(sentence).group(0).strip()}'"


def _dated_from_writing(times, published, precision) -> bool:
    """Whether a date the sentence names, or the heading over it, is the day of writing or after."""
    return bool(published) and any(t.kind == "date" and (t.value == published.isoformat()
                                                         or iso_dates.after_writing(t.value, published, precision)) for t in times)


def _has_duration(times) -> bool:
    return any(t.kind == "duration" for t in times)


def _heading_over(blocks) -> list[int | None]:
    """For each block, the heading it stands under (None before the first). A list item's own label
    ("<li><time>25 November</time> The Vienna round opens.</li>") heads that item only: the prose
    after the list is under the section's heading again."""
    over: list[int | None] = []
    current = section = None
    item_label = False
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            current = i
            item_label = block.level == 4 and i + 1 < len(blocks) and blocks[i + 1].kind == "list_item"
            section = section if item_label else i
        elif item_label and block.kind != "list_item":
            current, item_label = section, False
        over.append(current)
    return over


def _narrative_anchor(times, narrative: temporal.Narrative, published, precision):
    """When a claim's clock starts: the newest date it names, else where the story is."""
    dated = [iso_dates.parse_iso(t.value) for t in times if t.kind == "date"]
    dated = [d for d in dated if d]
    if dated:
        return max(dated)
    if narrative.year:
        if narrative.month:
            return dt.date(narrative.year, narrative.month, 1), "month"
        return dt.date(narrative.year, 1, 1), "year"
    if published:
        return published, precision
    return None


def stale_flags(claims, now: dt.date) -> list[Flag]:
    out = []
    for c in claims:
        if not c.expires:
            continue
        parsed = iso_dates.parse_iso(c.expires)
        if parsed and parsed[0] <= now:
            why = next((e.why for e in c.evidence if e.stage == "time_sensitivity"), "")
            out.append(Flag(c.id, "stale", (f"{why.split(';')[0]} passed on {c.expires}",)))
    return out


def _estimated_from(precision: str, newest: str | None, published: str) -> str:
    """What an estimated publication date was read from, as its evidence says."""
    if precision == "day":
        # a dateline's day: its year the newest the text names, or moved to the weekday the story names
        if newest and newest[:4] == published[:4]:
            return "the day from the dateline, the year from the newest date in the text"
        return "the day from the dateline, the year from the weekday the story names"
    if newest and newest[:4] < published[:4]:
        return "from the newest year in a cited address"
    return "from the newest date in the text"
