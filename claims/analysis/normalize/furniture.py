"""Lines that are a page's furniture, not its prose: a release's and a newsletter's stock lines, a
button's word, a site's credits and imprints, an export's stamps (`BOILERPLATE`), and the cue lines
of a broadcast script and the age line of a social post."""
from __future__ import annotations

import re

# the kinds of paper a series numbers ("Working Paper 2024/11", "Policy Brief 9/2024")
SERIES_KINDS = r"(?:briefing|bulletin|paper|note|memo|memorandum|brief|commentary|analysis)"
BOILERPLATE = re.compile(
    r"""^(?:
        for\ immediate\ release(?:\s*[:,.–—-]?\s+.{0,60})?   # ("For immediate release: 2 October 2026")
      | (?:press|news|media)\ release(?:\s*[:,.–—-]?\s+.{0,60})?   # ("Press release — Thursday 23 April 2026")
      | news\ provided\ by\b.*
      | \(c\)\s*\d{4}\b.*
      | media\ (?:contact|enquiries|inquiries)\b.*
      | contact:.*
      # an encyclopedia page's furniture, copied as text
      | from\ wikipedia,?\ the\ free\ encyclopedia
      | jump\ to\ (?:navigation|search|content)
      # a page's skip link, read where the page gives it no class ("Skip to main content")
      | skip\ to\ (?:the\ )?(?:main\ )?(?:content|navigation|search|footer)
      | retrieved\ from\ ["“].*
      | categories?:\ .*
      # a video page's views line, chapter stamps' label, support link, music credit and "Show less"
      | [\d,.]+[kmb]?\ views\b.*
      | chapters:
      | support\ (?:the|this|our|my)\ (?:channel|show|podcast|work)\b.*
      | music:.*
      | show\ (?:less|more)
      # a series line over a title: "Kelby Business Partnership — Briefing No. 14"
      # ("Policy Brief No. 31, Eastern Partnership Energy Observatory")
      # (not a meta line whose series is one part between bars: "Anna Sargsyan | Policy Memo No. 31 | October 2024")
      | [^.!?|·]{0,60}\b(?:briefing|bulletin|newsletter|paper|note|series|report|memo|memorandum|brief|commentary)\s+(?:no\.?|number|\#)\s*\d{1,4}
        (?:\s+[|·•–—-]?\s*(?:[a-z]+\s+)?(?:19|20)\d\d)?   # ("SOUTH CAUCASUS POLICY MEMO No. 27   April 2024")
        (?:\s*[,|·•–—]\s*[^.!?\d]{2,60})?   # (", Eastern Partnership Energy Observatory": who puts the series out)
      # a series numbered by its year: "Working Paper 2024/11", "Nordic Security Commentary 7/2023",
      # "Yerevan Policy Forum | Policy Brief 9/2024", "TBILISI POLICY CENTRE Memo 2025/07"
      | [^.!?]{0,60}\b""" + SERIES_KINDS + r"""\s+\d{1,4}/\d{1,4}
      # where a paper stands on a meeting's agenda: "Agenda item 7.2", "Item 5(b)", "Enclosure 3"
      | (?:agenda\ )?item\ (?:no\.?\ )?\d{1,2}(?:\.\d{1,2})*(?:\s*\(?[a-z]\)?)?\.?
      | enclosure\ \d{1,2}\.?
      # a reporting service's credit and a page's call to follow it
      | this\ article\ was\ (?:written|produced|reported)\ by\ [^.!?]{2,120}\.?
      | follow\ [^.!?]{2,40}\ on\ (?:facebook|twitter|instagram|tiktok|youtube|threads|bluesky|linkedin|x(?=\.?$|,|\ and\b))\b.*
      # a reporter's place under the byline, and a print edition's line at the foot
      | reporting\ from\ (?-i:[A-Z])[^.!?…]{1,60}\.?
      | a\ version\ of\ this\ article\ appears\ in\ print\b.*
      | back\ to\ (?:news|top|the\ news|all\ news|the\ top)
      # a press service's standing notes: "For information media. Not an official record.", a
      # speech's "Check against delivery", a translation's "Unofficial translation"
      | (?:for\ information\ media\.?\s*)?not\ an\ official\ record\.?
      | for\ information\ media\.?
      | (?:please\ )?check\ against\ delivery\.?
      | unofficial\ translation\.?
      # a statement's note on its languages: "This statement is also available in Romanian.", "However, the English
      # version remains the only official document."
      | (?:this\ )?(?:statement|document|report|release|text)\ is\ (?:also\ )?available\ in\ [A-Z][a-z]+(?:\ and\ [A-Z][a-z]+)?\.?
        (?:\s+(?:however,?\ )?the\ [A-Z][a-z]+\ (?:version|text)\ (?:remains|is)\ the\ only\ official\ (?:document|version|text)\.?)?
      | (?:however,?\ )?the\ [A-Z][a-z]+\ (?:version|text)\ (?:remains|is)\ the\ only\ official\ (?:document|version|text)\.?
      # a newsletter's pointer to what follows: "Three things to know today.", "Five things to watch this week:"
      | (?:here\ are\ )?(?:two|three|four|five|six|seven|\d)\ (?:things|stories|numbers)\ (?:to\ (?:know|watch|read)|you\ need\ to\ know)
        (?:\ (?:today|this\ week|this\ morning))?[.:]?
      # ("Five stories from the region this week, with links to the original reports.")
      | (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\ (?:stories|items|things|reads)\ from\ the\ (?:region|week|world)\b[^.!?]{0,80}\.?
      # a live page's notice and its posts' hours on lines of their own ("15:05 GMT")
      | this\ page\ (?:will\ )?(?:updates?|refresh(?:es)?)\ automatically\.?
      | \d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|BST|UTC|CET|CEST|EET|EST|EDT|CST|CDT|PST|PDT|AEST|AEDT))?
      # a classification banner at the head and foot of an analysis: "UNCLASSIFIED//FOR OFFICIAL USE ONLY",
      # "SECRET//NOFORN", "OFFICIAL-SENSITIVE"
      | (?-i:(?:UNCLASSIFIED|(?:TOP\ )?SECRET|CONFIDENTIAL|RESTRICTED|OFFICIAL(?:[-\ ]SENSITIVE)?|CUI)
          (?:\s*//\s*[A-Z][A-Z0-9 ,/-]{1,60})?)
      | (?-i:FOR\ OFFICIAL\ USE\ ONLY|FOUO)
      # an item of minutes with nothing under it ("Any other business" / "None.")
      | (?:none|nil|n/a)\.?
      # an embedded player's placeholder ("Video player loading . . .")
      | (?:video\ )?(?:player\ )?loading\s*(?:\.\s*){2,}|(?:video\ )?(?:player\ )?loading…
      # a wiki export's attachment list and stamp; a document's margin markup printed with it
      | attachments?:
      | .{0,200}\((?:application|image|text|audio|video)/[\w.+-]+\)
      # a download link with its file's type and size: "EU opening statement (pdf, 120 KB)"
      | .{1,160}\((?:pdf|docx?|xlsx?|odt|ods|pptx?|csv|zip|epub)\s*[,·|-]\s*[\d.,]+\s*(?:kb|mb|gb|bytes)\)
      | document\ generated\ by\ .*
      | commented\ \[[a-z]{1,5}\d{1,3}\]:.*
      | (?:deleted|inserted|formatted|moved\ \((?:insertion|deletion)\)):\ .{0,80}
      # an election leaflet's legal imprint: who promoted it, on whose behalf, and who printed it
      | promoted\ by\ .{2,80}\ on\ behalf\ of\ .*
      | printed\ (?:and\ published\ )?by\ [^.]{2,80}\b(?:ltd|limited|plc|printers?|printing|print|press)\b.*
      | (?:e-?mail|tel|telephone|phone|fax):.*
      | -+\ ?ends\ ?-+ | (?-i:ENDS|Ends)   # (not "ends" in lower case: a title's last word wrapped onto its own line)
      | \#\#\#
      | related:.*
      | (?:see\ also|further\ reading|more\ on\ this(?:\ story)?):.*
      | read\ more:?.*
      | (?:don['’]t\ miss|must\ read|most\ read|also\ read|read\ also|you\ (?:may|might)\ also\ like):.*
      | (?:sign\ up|subscribe)\b.*
      | (?:strictly\ )?embargoed?\b.*
      # a court's press summary: its case name ("R (on the application of …) v Secretary of State …"), a
      # neutral citation, and its standard note
      | (?:r\ \(on\ the\ application\ of\ [^()]{2,80}\)|[a-z][\w&.’'-]*(?:\ [a-z][\w&.’'-]*){0,5})\ v\.?\ [a-z][^.!?]{2,120}
      | [^.!?]{0,200}\[(?:19|20)\d\d\]\ (?:UKSC|UKHL|UKPC|EWCA\ (?:Civ|Crim)|EWHC|UKUT|UKFTT|CSIH|CSOH|NICA|NIQB)\ \d{1,4}(?:\ \([A-Za-z]+\))?
      | this\ summary\ is\ provided\ to\ (?:help|assist)\ in\ understanding\b.*
      | it\ does\ not\ form\ part\ of\ the\ reasons\ for\ the\ (?:decision|judgment)\b.*
      # a wire story's note of what an update added, and its credit: "(Updates with economist comment in
      # fifth paragraph.)", "— With assistance from Andrew Atkinson"
      | \(?\s*updates?\ with\ [^()]{3,80}\)?\.?\)?
      | (?:[—–-]\s*)?with\ assistance\ (?:from|by)\ [^.!?]{2,80}
      # ("With reporting by Armenpress and Interfax.": the agencies a story draws on, credited at its foot)
      | (?:[—–-]\s*)?with\ (?:additional\ )?reporting\ (?:by|from)\ [^.!?]{2,80}\.?
      # a health page's disclaimer: "This article is for information only and is not a substitute for medical advice."
      | (?:this|the)\ (?:article|page|information|content|guide)\ (?:on\ this\ (?:page|site)\ )?is\ (?:for\ (?:general\ )?information(?:al)?\ (?:purposes\ )?only|not\ (?:a\ substitute\ for|intended\ (?:as|to\ replace)))\b.*
      # a letters page's or a comment section's note about itself: "Letters may be edited for length.",
      # "The views expressed are the writers' own."
      | .{0,120}?\b(?:letters|contributions|comments|submissions)\ (?:may|will)\ be\ edited\ for\ (?:length|clarity|space|style)\b.*
      | (?:the\ )?views\ expressed\ (?:here\ |on\ this\ page\ |in\ (?:this|these)\ \w+\ )?are\ (?:those\ of\ the|the)\ (?:writer|author|contributor)s?['’]?s?\b.*
      | (?:was\ this\ (?:page|article|information|answer)\ (?:helpful|useful)|did\ you\ find\ (?:this|what\ you\ needed))\b.*
      | (?:have\ we\ missed\ (?:something|anything)|got\ a\ (?:story|tip)|(?:e-?mail|write\ to|contact)\ us\ at)\b.*
      | have\ your\ say\b[^.!?]{0,60}\b(?:comments?|below)\b.*
      # a minute's line giving the next meeting's date ("Next meeting: 12 January 2027")
      | (?:date\ of\ )?(?:the\ )?next\ meeting\s*:\s*[^.!?]{0,80}\.?
      | you(?:\ are|['’]re)?\ receiv(?:e|ed|ing)\ this\ (?:e-?mail|newsletter|message|digest|bulletin|because)\b.*
      # ("Forwarded this email? Subscribe here.", "Was this forwarded to you? Sign up")
      | (?:was\ this\ forwarded\ to\ you|(?:got\ )?forwarded\ this\ (?:e-?mail|newsletter|message|digest|bulletin))\?.*
      # a newsletter's line about itself: "Energy Desk Weekly is published every Wednesday. Reply to this email …"
      # (on a day of the week: "The price index is published every month" is a statistic's schedule)
      # (or every two weeks: "Yerevan Economic Brief is published every two weeks. Subscribe at …")
      | [^.!?]{0,60}?\b(?:is|are)\ (?:published|sent|sent\ out|delivered)\ (?:(?:every|each)\ (?:weekday|
        monday|tuesday|wednesday|thursday|friday|saturday|sunday)|every\ (?:two|three|four|other)\ (?:weeks|week)|every\ fortnight)\b.*
      | reply\ to\ this\ (?:e-?mail|newsletter|message)\b.*
      | view\ (?:the\ )?source\ version\b.*
      # a syndicated story's note of where it first ran, and a video player's browser notice
      | (?:this\ (?:article|story)\ )?(?:originally|first)\ (?:appeared|published|ran)\ (?:on|in)\ [^.!?]{2,160}
      | please\ use\ [^.!?]{0,40}\ browser\ for\ [^.!?]{0,80}
      # a record's note about itself: "This is not a verbatim transcript.", "This transcript has been
      # edited for length and clarity."
      | this\ is\ not\ a\ (?:verbatim\ |full\ )?(?:transcript|record)\b.*
      | (?:this|the)\ (?:transcript|interview|conversation)\ (?:has\ been|was|is)\ (?:lightly\ )?(?:edited|condensed)\b.*
      # a button's word on a line of its own; a social post's row of them ("Like Comment Repost Send"),
      # its "…see more" and a line of hashtags
      | (?:share|subscribe(?:\ now)?|follow|listen|print|sign\ in|log\ in|donate|like|comment|repost|send|reply|retweet)
      | (?:(?:like|comment|repost|send|reply|retweet)\s*){3,}
      | (?:…|\.\.\.)\ ?see\ more
      | (?:\#[\w-]+\s*){2,}
      | (?:\[?unsubscribe\]?|manage\ (?:your\ )?(?:subscription|preferences)|view\ (?:this\ e-?mail\ )?in\ (?:your\ )?browser)\b.*
      | share\ (?:this|on)\b.*
      | advertisement
      # a blog platform's shortcode printed unrendered, alone in its paragraph: "[gallery ids="4410,4411"]",
      # "[embed]https://…[/embed]", "[pullquote]“A long four years”[/pullquote]", a [caption] round an image's words
      | \[(?P<shortcode>[a-z][\w-]{1,30})(?:\s+[\w-]{1,30}=(?:"[^"\]]{0,200}"|'[^'\]]{0,200}'|[^\s\]]{1,100}))*\s*\]
        (?:.{0,600}?\[/(?P=shortcode)\])?
      # an ad break's marker in the story: "Story continues below advertisement", "Continue reading the main story"
      | (?:(?:the\ )?(?:story|article)\ continues|continue\ reading)(?:\ (?:below|after|under))?(?:\ (?:this\ |the\ )?(?:advertisement|advert|ad|main\ story))?
      # a video or audio player's label: "Watch: Lawmakers vote in Tbilisi (2:14)"
      | (?:watch|video|listen|audio)\s*:\s*[^.!?]{2,120}?(?:\s*\(\d{1,2}:\d{2}(?::\d{2})?\))?
      # ("This explainer will be updated as more information becomes available.", "This is a developing story.")
      | this\ (?:article|story|explainer|page|piece|report|post|timeline|guide|live\ page|live\ blog|note|brief|briefing|memo|
               summary|tracker|update|list|factsheet|fact\ sheet|q&a)\ will\ be\ (?:regularly\ |further\ )?updated\b.*
      | (?:this\ is\ a\ )?(?:developing|breaking)\ (?:news\ )?story\b[^.!?]{0,80}\.?
      | this\ (?:page|blog|live\ page|live\ blog|coverage|story)\ (?:is|has)\ (?:no\ longer|now\ stopped)\ (?:being\ )?updat\w*.*
      | we\ (?:have\ )?(?:now\ )?(?:stopped|paused|ended)\ (?:updating|our\ live\ coverage)\b.*
      | (?:photo|image|picture)\ ?(?:credit)?:.*
      | all\ rights\ reserved.*
      | .{0,80}\b(?:registered\ )?(?:charity|company)(?:\ registration)?,?\ (?:no\.?|number)\s*:?\s*\d[\d\ ]{4,}\b.*
      | registered\ (?:office|in\ england)\b.*
      | ©.*
      | copyright\b.*
      | page\ \d+(?:\ of\ \d+)?
      | \((?:reporting|writing|editing|additional\ reporting|compiled)\b.*\)
      | \((?:graphics?|photos?|videos?|charts?|interactive|maps?|factbox|related|watch|listen)\b.*\)
      | our\ standards:.*
      | this\ (?:announcement|release|document|report|statement|presentation)\ (?:contains|includes|may\ contain)\ (?:certain\ )?forward[-\ ]looking\ statements\b.*
      | \d{1,4}
      | [-–—]\ ?\d{1,4}\ ?[-–—]
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# a series numbered by the year it came out in ("Working Paper 2024/11"): furniture, but its year dates the text
SERIES_BY_YEAR = re.compile(r"[^.!?]{0,60}\b" + SERIES_KINDS + r"\s+(?P<year>(?:19|20)\d\d)/\d{1,3}\s*$", re.IGNORECASE)

# a broadcast script's cue lines, in capitals: "CUE: The trust's finance director …" (read on air
# to bring in a clip), "AUDIO: LIN_PARKING_0714 DUR: 0'18\"", "IN: …", "OUT: …" (the clip's first and
# last words, not the script's)
_CLIP_LABELS = "AUDIO|SOT|SFX|DUR|IN|OUT|VT|PKG|GFX"
SCRIPT_CUE = re.compile(rf"\s*(?P<label>CUE|OOV|{_CLIP_LABELS})\s*:\s")
# a production cue in brackets and capitals: "[STING: NEWS INTRO]", "[BED UNDER]", "[ADVERTISEMENT]"
PRODUCTION_CUE = re.compile(r"\[[A-Z][A-Z0-9 :'’/&,.-]{2,40}\]")
SCRIPT_CLIP_LINE = re.compile(rf"\s*(?:{_CLIP_LABELS})\s*:\s")

# a social post's age under its author's name: "2d • Edited •", "5h •", "3w • 🌐"
SOCIAL_AGE = re.compile(r"\s*\d{1,2}\s?(?:s|m|min|h|hr|d|w|wk|mo|y|yr)\s*•(?:\s*(?:Edited|Promoted)\s*•?)?\s*\S?\s*")


# "-- " alone on a line: the mark a mail or a tool's export puts over its signature, what follows is
# about the message, not part of it
_SIGNATURE_MARK = re.compile(r"--\s?")
# the signature is the text's last few lines
_SIGNATURE_LINES = 6


def signature_apart(lines: list[tuple[str, int] | None]) -> tuple[list[tuple[str, int] | None], list[tuple[str, str]]]:
    """The lines before a closing signature mark, and the signature's lines as set aside."""
    present = [k for k, line in enumerate(lines) if line is not None]
    for k in present[-_SIGNATURE_LINES - 1:-1]:
        if _SIGNATURE_MARK.fullmatch(lines[k][0]):
            return lines[:k], [("signature", line[0].strip()) for line in lines[k + 1:] if line is not None]
    return lines, []
