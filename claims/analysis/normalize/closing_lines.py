"""The lines that close a story and are no part of it: who worked on it, where to write or ring, a postal
address, a newsletter's sign-off."""
from __future__ import annotations

import re

from ..lexicon import PHONE_NUMBER, WEEKDAY_NAMES

# "Additional reporting by Tom Reyes.", "Editing by Ana Ruiz and Li Wei": who worked on the story
_NAME = r"[A-ZÀ-Þ][\w.’'-]+(?:\s+[A-ZÀ-Þ][\w.’'-]+){0,3}"
# a wire's credit says where each reporter was: "Reporting by Lena Marsh in Moscow; additional reporting by
# Farrukh Yusupov in Dushanbe"
# ("Compiled by the Eurasia Desk": a desk, named with its article)
_CREDITED = rf"(?:the\s+)?{_NAME}(?:\s+in\s+{_NAME})?"
_CREDIT = (rf"(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch|[Ee]dited|[Ww]ritten|[Cc]ompiled)"
           rf"\s+by\s+{_CREDITED}(?:(?:,\s*|\s+and\s+|;\s*(?:[a-z]+\s+by\s+)?){_CREDITED})*")
# several credits in a line: "Additional reporting by Pablo Ortega. Edited by Lucía Serra."
# "Tribune reporter Sam Ortiz contributed to this report."
_CONTRIBUTED = (rf"(?:[\w’'-]+\s+){{0,3}}?{_NAME}(?:,?\s+and\s+{_NAME})?\s+contributed(?:\s+reporting)?"
                r"(?:\s+to\s+this\s+(?:report|story|article))?")
# "Hana Kovač reported from Sarno.": where the reporter was, a line of its own under the story
_REPORTED_FROM = rf"{_NAME}(?:,?\s+and\s+{_NAME})?\s+reported\s+from\s+{_NAME}(?:,?\s+and\s+{_NAME})?"
# ("Report an error · Editing by Helen Park": a wire's correction link beside its credit)
CREDIT_LINE = re.compile(rf"^(?:(?:Report\s+an\s+error|Contact\s+us|Corrections?)\s*[·|•]\s*)?"
                         rf"(?:{_CREDIT}(?:[.;]\s+{_CREDIT})*|{_CONTRIBUTED}|{_REPORTED_FROM})\.?$")


# "Have you seen a claim you want checked? Email factcheck@dunmorenews.example.", "To report an error,
# email corrections@…": the reader asked to write in, to an address
# ("For further information, please contact: Ana Petrovic, OCHA Sarno, petrovic@ocha.example")
_WRITE_IN = re.compile(r"(?:^|[.?!,]\s+)(?:for\s+(?:further|more)\s+information,?\s+(?:please\s+)?)?"
                       r"(?:e-?mail|write\s+to|contact|send|tell)\b[^.?!@]{0,40}?\s[\w.+-]+@[\w-]+\.\w", re.IGNORECASE)


# "Harbourside Health Trust, Quay Road, Harbourside HB1 2QQ": a postal address, ending on a UK postcode
# or a US state and ZIP code, with no full stop
# "Telephone 020 7008 3100", "Email newsdesk@…": a media enquiries line
_CONTACT_NUMBER = re.compile(rf"(?:Telephone|Tel\.?|Phone|Mobile|Out\s+of\s+hours)\s*:?\s*{PHONE_NUMBER}"
                             r"|(?:Email|E-mail)\s*:?\s*\S+@\S+", re.IGNORECASE)
_POSTAL_ADDRESS = re.compile(r"[^.!?]{0,150},[^,.!?]{0,40}\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]{2}\s+\d{5}(?:-\d{4})?)")


# a newsletter's close and the writer's name under it: "Thanks for reading, Owen Hughes"
_CLOSING_WORDS = (r"(?:thanks?(?:\s+you)?\s+(?:so\s+much\s+)?for\s+reading(?:\s+(?:the|this)\s+(?-i:[A-Z])[^.!?]{0,60})?|"
                  # a post's "Subscribe for free to receive new posts and support my work."
                  r"subscribe\s+(?:for\s+free\s+)?to\s+receive\s+new\s+posts(?:\s+and\s+support\s+(?:my|our)\s+work)?|"
                  r"until\s+(?:next\s+(?:time|week|month)|tomorrow)|"
                  rf"see\s+you\s+(?:next\s+(?:time|week|month|{WEEKDAY_NAMES})|tomorrow|then)|that['’]?s\s+(?:all|it)\s+for\s+(?:this|today)(?:\s+week)?|"
                  # a live page's close: "That's it from us tonight. Thanks for following."
                  r"that['’]?s\s+(?:all|it)\s+from\s+(?:us|me)(?:\s+(?:tonight|today|for\s+now|for\s+today))?|"
                  r"thanks?(?:\s+you)?\s+(?:so\s+much\s+)?for\s+following|"
                  # a newsletter's "Reply to this email to tell us what we missed."
                  r"(?:just\s+)?(?:hit\s+)?reply\s+to\s+this\s+(?:email|e-mail|newsletter|message)\b[^.!?]{0,60}|"
                  # "Forward this email to a friend who might like it."
                  r"forward\s+this\s+(?:email|e-mail|newsletter)\s+to\b[^.!?]{0,60})")
# ("That's it for today. See you tomorrow.": two of them in a row)
_CLOSING = re.compile(rf"{_CLOSING_WORDS}\s*[,.!—–-]*(?:\s*{_CLOSING_WORDS}\s*[,.!—–-]*)?"
                      r"(?-i:\s*[A-ZÀ-Þ][\w’'.-]*(?:\s+[A-ZÀ-Þ][\w’'.-]*){0,3})?\s*[.!]?", re.IGNORECASE)


def is_closing_line(text: str) -> bool:
    """A credit, a sign-off, a request to write in, a contact number or a postal address."""
    return bool(CREDIT_LINE.match(text) or _CLOSING.fullmatch(text)
                or "@" in text and len(text.split()) <= 30 and _WRITE_IN.search(text) or _POSTAL_ADDRESS.fullmatch(text)
                or _CONTACT_NUMBER.fullmatch(text))
