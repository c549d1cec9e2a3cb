"""The kind of a claim — fact, opinion, prediction, question or reference — and the cue that decided it."""
from __future__ import annotations

import re

from . import actors
from .checkable import (
    EVIDENCE_SAYS,
    checkable_without_anchor,
    hedge_measures,
    modal_reports,
)
from .future_cues import future_cue
from .future_readings import future_read_otherwise
from .imperatives import opening_verb
from .judgement import (
    ABOUT_ITSELF,
    ARGUED_FUTURE,
    FORMAL_QUESTION,
    IMPRESSION,
    JUDGING,
    RATED,
    RESOLUTION,
    SHOULD_WORDS,
    TOO_MUCH,
    WARNED,
    advises,
    group_argues,
    proposing,
    thanks_given,
    would_judges,
)
from .kind_cues import (
    AHEAD_WORDS,
    ANNOUNCED,
    ARGUING,
    ASSESSED,
    ASSESSED_WITH_CONFIDENCE,
    BELIEVED,
    CONSEQUENCE_FORETOLD,
    COULD_HARDLY_HAVE,
    COULD_HAVE_OR_DOUBTED,
    COUNTED_DEED_THEN_FORECAST,
    DATED_REPORT,
    DECIDED_THEN_STANCE,
    DEED_THEN_SCHEDULE,
    FACED_UNLESS,
    FEELING_FRAMES_NEWS,
    FOUND_THAT,
    LASTED,
    MEASURED_RATIO,
    NO_COMMENT,
    NO_COMMENT_WORDS,
    NO_LONGER_DOES,
    NOT_SO,
    OBLIGATION,
    OPTION_PUT,
    REASON_AFTER_DEED,
    POLL_FOUND_WOULD,
    POSSIBILITY,
    POSSIBLE_CONSEQUENCE,
    PROVISION_DROPPED,
    QUOTED_PROMISE,
    RECOMMENDING,
    RESOLVES_TO,
    SAY_NOW_OR_SAID,
    SPAN_UP_TO_NOW,
    STUDY_FOUND_COULD,
    TOO_AND_WORD,
    WHERE_POSSIBLE,
    WHETHER_ALONE,
    cannot_before,
    has_clock_time,
    only_belief,
    reports_speech,
    said_needed,
    verbless_item,
)
from .lexicon import (
    EVALUATIVE,
    EXPRESSIVE,
    HEDGES,
    RECORD_LEVEL,
    REFERENCE_CUES,
    REPORTING,
)
from .measured_words import measures_not_judges
from .obligations import (
    BY_LAW,
    BY_MAJORITY,
    CHANGE_FORESEEN,
    COMPLY_WITH,
    DEADLINE,
    DUTY_AHEAD,
    STEP_PENDING,
    UNDER_RULES,
    UNDER_RULES_CLOSING,
    WE_NEED,
    dated_duty,
    own_appeal,
)
from .past_actions import past_action
from .pointers import LABELLED_LINK, points_elsewhere, where_to_go
from .tense import (
    MULTIPLIED,
    POSSIBLE_CHANGE,
    SUPPOSING,
    WOULD_HAVE,
    decided_ahead,
    embedded_future,
    heard_before,
    main_modal,
)
from .time_cues import SCHEDULE_TOLD, nothing_told_done
from .verdict_cues import VIOLATION_CHARGED
from .verdicts import verdict_of


# "is reportedly in talks", "have allegedly been moved", "reportedly plans to": hearsay of a deed or a state one can
# check (not "is reportedly furious", a mood)
HEARSAY_OF_DEED = re.compile(r"\b(?:reportedly|allegedly)\s+(?:in|on|at|under|among|been|being|to|plans?|wants?|"
                             r"[a-z]+(?:ed|en|ing))\b", re.IGNORECASE)
MUST_ARGUED = re.compile(r"\b(?:argues?|argued|insists?|insisted|maintains?|contends?)\s+(?:that\s+)?[^.;:,]{0,60}?\bmust\b")
_IMPRESSION_VERBS = frozenset("feels felt seems seemed sounds sounded".split())
_RELATIVE_BEFORE_MODAL = re.compile(r"\b(?:that|which|who)\s+$", re.IGNORECASE)


def kind_of(sentence: str, grams: frozenset[str], *, has_time: bool, has_quantity: bool,
            speaker: str | None, has_horizon: bool = False, has_date_ahead: bool = False,
            lowercase_words: frozenset[str] = frozenset(), under_outlook: bool = False,
            resolution: str | None = None) -> tuple[str, list[str]]:
    """`lowercase_words`: the words the whole text writes in lower case somewhere; `has_date_ahead`:
    the sentence names a date after the writing ("could gain seats in May", written in March);
    `under_outlook`: it stands under a heading that looks ahead ("What to expect", "Outlook")."""
    reasons: list[str] = []
    if not has_quantity and ("twice" in grams or "half" in grams or "times" in grams or "double" in grams) \
            and MEASURED_RATIO.search(sentence):
        has_quantity = True  # "Loneliness was twice as common among those living alone": a measured ratio
    stripped = sentence.rstrip("\"'”’) ")
    future, standard = future_cue(sentence, grams, speaker, has_quantity=has_quantity, has_date_ahead=has_date_ahead,
                                  has_horizon=has_horizon)
    # "the money would be better spent on service": a judgement, whatever other modal the sentence has
    judging_would = would_judges(sentence) if "would" in grams else None
    changing = None
    modal = None if judging_would else main_modal(sentence, grams)
    if modal and not NO_COMMENT_WORDS.isdisjoint(grams) and (refused := NO_COMMENT.search(sentence)) \
            and not re.search(rf"\b{re.escape(modal)}\b", sentence[:refused.start()], re.IGNORECASE):
        modal = None  # ("He declined to comment on reports that the contingent could be enlarged": not his "could")
    rule = "under" in grams and (UNDER_RULES.match(sentence) or UNDER_RULES_CLOSING.search(sentence)) \
        or "law" in grams and BY_LAW.search(sentence) or "majority" in grams and BY_MAJORITY.search(sentence) \
        or "comply" in grams and COMPLY_WITH.search(sentence)
    if modal and modal_reports(modal, sentence, grams, dated_past=has_time and not has_date_ahead) \
            or modal in ("can", "could", "may") and rule and not CHANGE_FORESEEN.search(sentence) \
            or modal in ("would", "could", "can", "may") and PROVISION_DROPPED.match(sentence) or modal == "could" and COULD_HARDLY_HAVE.search(sentence) \
            or modal in ("could", "can") and (possible := WHERE_POSSIBLE.search(sentence)) and possible.group("modal").lower() == modal \
            and len(re.findall(rf"\b{modal}\b", sentence, re.IGNORECASE)) == 1:
        # ("adjusted for those factors where they could": as far as possible, no modal of the sentence's own)
        # ("Under a 2011 arrangement, Serbs could keep driving with Serbian plates": what a rule allows)
        modal = None
    hedge = HEDGES.first(grams) or ("assess" in grams and ASSESSED_WITH_CONFIDENCE.search(sentence) and "we assess that")
    duty_ahead = rule and DUTY_AHEAD.search(sentence) or modal == "must" and "next" in grams and dated_duty(sentence, grams)
    if hedge and hedge_measures(hedge, sentence):
        hedge = None
    evaluative = [w for w in EVALUATIVE.all(grams) if not measures_not_judges(w, sentence)
                  and not (w in OBLIGATION and heard_before(sentence, w))]  # ("was told it must close": reported)
    reference = REFERENCE_CUES.first(grams) or where_to_go(sentence, grams)
    # ("Whether the loan-funded supplies continue after March.": an open question a watch list puts)
    if stripped.endswith("?") or FORMAL_QUESTION.match(sentence) or "whether" in grams and WHETHER_ALONE.match(sentence):
        kind = "question"
        reasons.append("ends with a question mark" if stripped.endswith("?") else "a written question put to a minister")
    elif reference and points_elsewhere(sentence, reference) and not RESOLUTION.match(sentence):
        kind = "reference"
        reasons.append(f"points the reader elsewhere: '{reference}'")
    elif ":" in sentence and LABELLED_LINK.fullmatch(sentence):
        kind = "reference"
        reasons.append("a link under a label")
    elif rated := RATED.match(sentence):
        kind = "opinion"
        reasons.append(f"a verdict given: '{rated.group(0)}'")
    elif resolution != "put" and (about_itself := ABOUT_ITSELF.match(sentence)):
        kind = "reference"
        reasons.append(f"tells what the text itself does: '{about_itself.group(0)}'")
    elif resolved := RESOLUTION.match(sentence) or resolution == "put" and RESOLVES_TO.match(sentence):
        # ("To fund a pilot in six schools …" under "This Council resolves:")
        kind = "fact" if resolution == "passed" else "opinion"
        reasons.append(f"a resolution {'passed' if resolution == 'passed' else 'proposed'}: '{resolved.group(0)}'")
    elif resolution == "asked" and nothing_told_done(sentence, grams):
        # ("An inspection of the sprinkler systems … before the end of September." under "What we are
        # asking for": a demand, whatever date it sets)
        kind = "opinion"
        reasons.append("a demand listed under what a group asks for")
    elif resolution == "watched" and nothing_told_done(sentence, grams) and verbless_item(sentence):
        # ("Progress on the Aras bridge." under "What to watch": an open item, as "Whether …" is)
        kind = "question"
        reasons.append("an item on a watch list")
    elif imperative := opening_verb(sentence):
        # ("Expect more incidents over the coming summer": what the reader is told to expect is a forecast)
        kind = "prediction" if imperative.lower() == "expect" else "opinion"
        reasons.append(f"tells what to do: '{imperative}'")
    elif appeal := WE_NEED.match(sentence) or own_appeal(sentence):
        # "We also need 15 more drivers to collect donations": the writer's appeal, not a finding
        kind = "opinion"
        reasons.append(f"an appeal: '{appeal.group(0).strip()}'")
    elif (expressive := EXPRESSIVE.first(grams) or ("thanks" in grams and thanks_given(sentence))) \
            and not FEELING_FRAMES_NEWS.search(sentence):
        kind = "opinion"
        reasons.append(f"expresses a feeling: '{expressive}'")
    elif not speaker and "longer" in grams and (changed := NO_LONGER_DOES.search(sentence)):
        kind = "fact"
        reasons.append(f"a state of affairs that has changed: '{changed.group(0).strip()}'")
    elif recommending := RECOMMENDING.first(grams) or proposing(sentence, grams):
        kind = "opinion"
        reasons.append(f"recommendation: '{recommending}'")
    elif verdict := verdict_of(sentence, grams, evaluative):
        kind = "opinion"
        reasons.append(verdict)
    elif not future and not speaker and (foretold := CONSEQUENCE_FORETOLD.match(sentence) or POSSIBLE_CONSEQUENCE.match(sentence)
                                                  or FACED_UNLESS.search(sentence)):
        kind = "prediction"
        reasons.append(f"a consequence foretold under a condition: '{foretold.group(0).strip()}'")
    elif (future or modal == "would") and (reading := future_read_otherwise(sentence)):
        kind, why = reading
        reasons.append(why)
    elif (future or modal in POSSIBILITY) and (argued := ARGUED_FUTURE.search(sentence)):
        # "Campaigners argue that closures would cost more than they save": a position argued
        kind = "opinion"
        reasons.append(f"position argued: '{argued.group(0)}'")
    elif future and not (speaker and reports_speech(grams) and (has_time and DATED_REPORT.search(sentence)
                                                                 and (has_date_ahead or not QUOTED_PROMISE.match(sentence))
                                                                 or ANNOUNCED.search(sentence))) \
            and not embedded_future(sentence, future) and not decided_ahead(sentence) and not duty_ahead \
            and not (has_date_ahead and DEED_THEN_SCHEDULE.match(sentence)) \
            and not ((has_quantity or has_time) and (future in ("expect", "expects", "will") or future.endswith("forecast for"))
                     and COUNTED_DEED_THEN_FORECAST.match(sentence)) \
            and not ("too" in grams and speaker and TOO_MUCH.search(sentence)) and not DECIDED_THEN_STANCE.match(sentence) \
            and not (future == "would" and has_quantity and POLL_FOUND_WOULD.search(sentence)):
        # (not "say the route would cede too much control", a judgement, nor what a poll found people would do)
        kind = "prediction"
        reasons.append(f"future or forecast: '{future}'")
    elif (modal in POSSIBILITY and (has_horizon or has_date_ahead or under_outlook or AHEAD_WORDS.any(grams) or WARNED.search(sentence)
                                     or (changing := POSSIBLE_CHANGE.search(sentence) if has_quantity else MULTIPLIED.search(sentence)))
          # ("Without that section, the line cannot carry freight before 2030": what cannot happen before a day ahead)
          or ("cannot" in grams or "can't" in grams or "can’t" in grams) and (has_horizon or has_date_ahead)
          and cannot_before(sentence)
          # "said a first strike would begin on June 17 if no new offer was made": a threat, dated ahead
          or modal == "would" and has_date_ahead and not WOULD_HAVE.search(sentence) and not embedded_future(sentence, modal)
          and not SUPPOSING.match(sentence)
          # ("No. 10 said on Monday that the rail link would be funded in the spring": a dated report records it)
          and not (speaker and reports_speech(grams) and has_time and DATED_REPORT.search(sentence))) \
            and not COULD_HAVE_OR_DOUBTED.search(sentence) \
            and not ((has_quantity or has_time) and COUNTED_DEED_THEN_FORECAST.match(sentence)):
        # "homes at risk could double to 140,000 by 2040", "ships due this week may be diverted",
        # "products could be in short supply for up to two weeks": what may happen ahead is a forecast
        kind = "prediction"
        reasons.append(f"possibility by a horizon: '{modal}'" if not changing else f"a figure that may change: '{changing.group(0)}'")
    elif ("too" in grams or "enough" in grams) and len(REPORTING.all(grams)) <= 1 \
            and (too_much := TOO_MUCH.search(sentence) or SAY_NOW_OR_SAID.any(grams) and group_argues(sentence, speaker, False)
                 and TOO_AND_WORD.search(sentence)) \
            and not (speaker and (finding := FOUND_THAT.search(sentence)) and finding.end() <= too_much.start()) \
            and not ((has_quantity or has_time) and (reason := REASON_AFTER_DEED.search(sentence)) and reason.end() <= too_much.start()):
        # ("Inspectors found that too many pupils were missing lessons": a finding told, what they found checkable)
        # "Critics still say the line cost too much": a judgement of degree, whoever makes it; "Islanders
        # say the last sailing is too early", "Residents said the lane was too narrow": any degree a
        # group says it sees (what a group "warned" once, "kitchens were too small to cope", is
        # reported; a second report beside it, "…
        # and put the figure at £9 billion", is checkable)
        kind = "opinion"
        reasons.append(f"judgement of degree: '{too_much.group(0)}'")
    elif (arguing := ARGUING.first(grams)) and (JUDGING.any(grams) or TOO_AND_WORD.search(sentence) or SHOULD_WORDS.any(grams)
                                                 # ("insists that Armenia must first amend its constitution": a demand)
                                                 or "must" in grams and MUST_ARGUED.search(sentence)
                                                 or VIOLATION_CHARGED.search(sentence)
                                                 or group_argues(sentence, speaker, has_quantity or has_time)
                                                 or said_needed(sentence, grams)):
        # "cruise lines argue that the deadline is too tight", "The government argued that the region badly
        # needs investment": a position argued, not a fact reported
        kind = "opinion"
        reasons.append(f"judgement argued: '{arguing}'")
    elif ("say" in grams or "says" in grams) and (judged := JUDGING.first(grams) or said_needed(sentence, grams)) \
            and group_argues(sentence, speaker, has_quantity or has_time):
        # "Owners say the premium punishes people who cannot afford repairs": a group's judgement
        kind = "opinion"
        reasons.append(f"a group's judgement: '{judged}'")
    elif judging_would:
        kind = "opinion"
        reasons.append(f"judgement: '{judging_would.group(0)}'")
    elif "would" in grams and (might_have_been := WOULD_HAVE.search(sentence)) \
            and not _RELATIVE_BEFORE_MODAL.search(sentence, 0, might_have_been.start()) \
            and not PROVISION_DROPPED.match(sentence):
        # ("said the figure included design work that would have been needed anyway": what might
        # have been qualifies a noun; the claim is what the figure included)
        kind = "opinion"
        reasons.append(f"what might have been: '{might_have_been.group(0)}'")
    elif standard and not has_quantity and not has_time:
        # ("Moscow expects loyalty; Washington expects sanctions to be enforced": a demand a side holds, told by it)
        kind = "opinion"
        reasons.append(f"a standard or a demand held: '{standard.group(0)}'")
    elif modal in ("should", "ought to") and speaker and advises(sentence):
        # "The council should publish the contracts, he added", "said the conversions should be
        # finished before the winter": advice, whoever gives it and whenever for
        kind = "opinion"
        reasons.append(f"advice given: '{modal}'")
    elif (modal == "must" or duty_ahead) and (deadline := DEADLINE.search(sentence) or rule or (
            modal == "must" and (dated_duty(sentence, grams) or "still" in grams and STEP_PENDING.match(sentence)))):
        # "Dell must pay the fine within 28 days", "Under league rules, wages must not exceed …", "From
        # April 2027, landlords will have to fix hazards … under Awaab's Law": an order or a rule, not
        # advice or a forecast
        kind = "fact"
        how = "a rule sets" if deadline.re in (UNDER_RULES, UNDER_RULES_CLOSING, COMPLY_WITH) else \
            "still to be met" if deadline.re is STEP_PENDING else "with a deadline"
        reasons.append(f"an obligation {how}: '{deadline.group(0).strip()}'")
    elif speaker and only_belief(grams, sentence) and (believed := BELIEVED.search(sentence)):
        kind = "opinion"  # "Officers believe two men were involved": a belief held, counted or dated or not
        reasons.append(f"a belief held: '{believed.group(0)}'")
    # ("the average application took 41 weeks to decide": how long something took is measured too)
    elif (has_time or has_quantity or speaker and not only_belief(grams, sentence) or has_clock_time(sentence)
          # ("The monitors' mandate runs until the end of 2029": a term told as a schedule in the present)
          or has_horizon and (LASTED.search(sentence) or SPAN_UP_TO_NOW.search(sentence) or SCHEDULE_TOLD.search(sentence))) and not hedge \
            and (speaker and not (modal in POSSIBILITY and not (has_time or has_quantity) and not STUDY_FOUND_COULD.search(sentence))
                 or modal not in NOT_SO):
        # "ships due this week may be diverted": a figure or a date in a possibility is no fact
        kind = "fact"
        reasons.append("dated, counted or attributed statement")
    elif not hedge and not evaluative and OPTION_PUT.match(sentence):
        # "Option B would ask the EU asylum agency to deploy staff": what an option put for a decision does
        # if chosen, checkable against the paper that puts it (as "Option A would refurbish … at £9.2 million")
        kind = "fact"
        reasons.append("what an option put for a decision would do")
    elif (has_date_ahead or has_horizon) and (hedge in ASSESSED or "assess" in grams and ASSESSED_WITH_CONFIDENCE.search(sentence)):
        # "We assess with moderate confidence that neither side can afford to resume fighting before
        # March": an analyst's judgement of what will be by a day ahead
        kind = "prediction"
        reasons.append("an assessment of what will be by a date ahead")
    elif hedge or modal or len(evaluative) >= 1 \
            or (not _IMPRESSION_VERBS.isdisjoint(grams) and (impression := IMPRESSION.search(sentence))):
        kind = "opinion"
        cue = hedge or modal or (impression.group(0) if not evaluative and impression else None)
        reasons.append("judgement: " + ", ".join(filter(None, [f"'{cue}'" if cue else None] + [f"'{w}'" for w in evaluative[:3]])))
    elif past_action(sentence, grams):
        kind = "fact"
        reasons.append("past action")
    elif EVIDENCE_SAYS.search(sentence):
        kind = "fact"
        reasons.append("says what evidence shows")
    elif " at " in sentence and (level := RECORD_LEVEL.search(sentence)):
        kind = "fact"
        reasons.append(f"a level against a record: '{level.group(0)}'")
    elif actors.at_work(sentence, lowercase_words):
        kind = "fact"
        reasons.append("an action under way")
    elif standing := checkable_without_anchor(sentence, grams):
        kind = "fact"
        reasons.append(standing)
    elif ("reportedly" in grams or "allegedly" in grams) and not evaluative and not hedge and HEARSAY_OF_DEED.search(sentence):
        # ("Uzbekistan is reportedly in talks about buying the model": a state or a deed passed on by hearsay, checkable)
        kind = "fact"
        reasons.append("a state or a deed passed on by hearsay")
    else:
        kind = "opinion"
        reasons.append("no verifiable anchor (no date, number, source or past action)")
    return kind, reasons
