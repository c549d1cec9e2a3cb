"""Per-stage cases written for Claimtrack: lines around the prose that are no claims."""
import pytest

from claims.analysis import Document, analyze

from .stage_helpers import CONFIG


def claim_texts(raw, fmt):
    return [c.text for c in analyze(Document(raw, fmt), config=CONFIG).claims]


def test_a_journal_page_s_affiliations_and_keywords_are_no_claims():
    html = ("<html><body><article><h1>School streets and air</h1>"
            "<p class='affiliations'><sup>1</sup> Department of Public Health, University of Eastmere.</p>"
            "<p>Concentrations at the gate fell by 23% at 9 schools.</p>"
            "<p><strong>Keywords:</strong> air pollution; nitrogen dioxide; children</p>"
            "<p>No increase was found on surrounding roads.</p></article></body></html>")
    assert claim_texts(html, "html") == ["Concentrations at the gate fell by 23% at 9 schools.",
                                         "No increase was found on surrounding roads."]


def test_keywords_in_markdown_and_a_prompt_to_write_in_are_no_claims():
    md = ("# Five myths about the bins\n\nThe council paid £840,000 for 52,000 bins.\n\n"
          "**Keywords:** recycling; bins; council tax\n\n"
          "*Have you seen a claim you want checked? Email factcheck@dunmorenews.example.*\n")
    assert claim_texts(md, "markdown") == ["The council paid £840,000 for 52,000 bins."]


def test_an_address_in_a_sentence_that_reports_is_kept():
    text = "Residents can report missed collections to bins@dunmore.example, the council said."
    assert claim_texts(text, "text") == [text]


def test_a_postal_address_in_a_footer_is_no_claim():
    html = ("<html><body><h1>Health bulletin</h1><p>A second scanner opened at Westfield Hospital on 6 October.</p>"
            "<p>Harbourside Health Trust, Quay Road, Harbourside HB1 2QQ</p>"
            "<p>Riverside Clinic, 40 Main Street, Springfield, IL 62701</p></body></html>")
    assert claim_texts(html, "html") == ["A second scanner opened at Westfield Hospital on 6 October."]


def test_a_reply_header_names_who_writes_below_it_and_a_signature_may_be_a_handle():
    md = ("# Re: Is the new cycle lane used?\n\n> The council claims 1,200 cyclists a day use the lane.\n>\n"
          "> — quoted from **dave_k**\n\nThe council's counter recorded 1,180 bikes a day in August.\n\n"
          "**Reply from dave_k** · 4 September 2025\n\nI still think the lane is too narrow for cargo bikes.\n\n"
          "## Background\n\nThe lane opened in March.\n\n"
          "To report an error, email corrections@kelbycourier.example or call 01632 960 441.\n")
    claims = analyze(Document(md, "markdown"), config=CONFIG).claims
    assert [(c.text, c.speaker) for c in claims] == [
        ("The council claims 1,200 cyclists a day use the lane.", "The council"),
        ("The council's counter recorded 1,180 bikes a day in August.", None),
        ("I still think the lane is too narrow for cargo bikes.", "dave_k"),
        ("The lane opened in March.", None)]


def test_a_page_drawn_by_a_script_is_read_from_its_json_ld_article_body():
    html = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Tram late\", "
            "\"articleBody\": \"The tram extension will not open until 2028. A report puts the cost at £312 million.\"}"
            "</script></head><body><noscript>You need to enable JavaScript to run this app.</noscript>"
            "<div id='root'></div></body></html>")
    result = analyze(Document(html, "html"), config=CONFIG)
    assert [c.text for c in result.claims] == ["The tram extension will not open until 2028.",
                                               "A report puts the cost at £312 million."]
    assert all(result.text[c.start:c.end] == c.text for c in result.claims)


def test_a_page_with_its_own_text_ignores_the_article_body():
    html = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            "\"articleBody\": \"A summary the page also prints.\"}</script></head>"
            "<body><article><p>The council approved the budget on Monday.</p></article></body></html>")
    assert claim_texts(html, "html") == ["The council approved the budget on Monday."]


def test_a_markdown_table_cell_of_whole_sentences_is_prose_and_figures_are_not():
    md = ("# Promise tracker\n\n| Promise | Status | What we found |\n|---|---|---|\n"
          "| Freeze bus fares | Kept | Fares have stayed at £1.80 since May 2024. |\n"
          "| Plant 20,000 trees | Broken | Only 3,100 trees were planted in the first year. |\n\n"
          "| Year | Trees |\n|---|---|\n| 2024 | 3,100 |\n")
    assert claim_texts(md, "markdown") == ["Fares have stayed at £1.80 since May 2024.",
                                           "Only 3,100 trees were planted in the first year."]



def test_a_markdown_table_cell_quoting_a_speaker_is_a_claim_of_theirs():
    md = ("# Fact check\n\nWe checked the claims made in Tuesday's debate.\n\n| Claim | Verdict | What the figures show |\n|---|---|---|\n"
          '| "Burglary has doubled since 2020." – Dan Pryce | False | Police recorded 1,240 burglaries in 2025. |\n')
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [(c.text, c.speaker) for c in result.claims][1:] == [('"Burglary has doubled since 2020."', "Dan Pryce"),
                                                            ("Police recorded 1,240 burglaries in 2025.", None)]

TELEX = ("ZCZC LON042 4 NEWS\nURGENT\n\nSTRIKE BALLOT/DOCKS\n\n"
         "LONDON, JUNE 3 - DOCKERS AT THE PORT OF FELIXSTOWE HAVE VOTED TO STRIKE OVER PAY, THE UNITE UNION SAID ON TUESDAY.\n\n"
         "OF THE 1,900 MEMBERS BALLOTED, 82 PER CENT VOTED FOR ACTION, THE UNION SAID.\n\n"
         "WE MAY STRIKE IN MAY, A SHOP STEWARD SAID.\n\nNNNN\n")


def test_a_telex_in_capitals_is_read_as_prose_and_what_is_found_is_shown_as_written():
    result = analyze(Document(TELEX, "text"), config=CONFIG)
    voted, balloted, may = result.claims
    assert voted.text.startswith("DOCKERS AT THE PORT") and voted.speaker == "THE UNITE UNION"
    # no year anywhere: the dateline's June 3 that fell on the Tuesday the story names
    assert (result.document.published, result.document.published_estimated) == ("2025-06-03", True)
    assert [(t.text, t.value) for t in voted.times] == [("ON TUESDAY", "2025-06-03")]
    assert [(q.text, q.value) for q in balloted.quantities][1:] == [("82 PER CENT", 82)]
    # "may" is read as a month only where it is one
    assert [t.value for t in may.times] == ["2025-05"] and may.speaker == "A SHOP STEWARD"
    assert all(result.text[c.start:c.end] == c.text for c in result.claims)


AGENCY = ("Kremlin says mission working as planned\n\nMOSCOW, November 10. /Regional Press Agency/. The mission is "
          "fulfilling its tasks, the Kremlin spokesman told reporters on Thursday.\n\nThe mission was deployed on "
          "November 10, 2020, under a trilateral statement.\n")


def test_an_agency_s_dateline_between_slashes_is_set_aside_and_its_day_takes_the_year_of_the_weekday_named():
    result = analyze(Document(AGENCY, "text"), config=CONFIG)
    assert result.claims[0].text.startswith("The mission is fulfilling")
    # November 10 fell on a Thursday first in 2022 after the 2020 the text names
    assert (result.document.published, result.document.published_estimated) == ("2022-11-10", True)

def test_a_wire_s_day_before_the_newest_month_named_is_the_next_year_s_on_the_weekday_named():
    story = ("Kosovo closes two offices\n\nPRISTINA, Jan 15 (Balkan Wire) - Kosovo police {day}closed two offices run by "
             "Serbia.\n\nThe talks have made little progress since an agreement reached in Ohrid in March 2023.\n")
    # 15 January after March 2023 is 2024's; on a Wednesday, 2025's
    assert analyze(Document(story.format(day=""), "text"), config=CONFIG).document.published == "2024-01-15"
    assert analyze(Document(story.format(day="on Wednesday "), "text"), config=CONFIG).document.published == "2025-01-15"


def test_a_header_in_capitals_over_ordinary_prose_stays_out():
    text = "WESTMOOR TOWN COUNCIL\n\nThe council approved the budget on Monday, the clerk said.\n"
    assert claim_texts(text, "text") == ["The council approved the budget on Monday, the clerk said."]


REPLY = ("From: Tom Reyes <tom.reyes@kelbyecho.example>\nTo: Newsdesk <newsdesk@kelbyecho.example>\n"
         "Date: Tue, 14 Oct 2025 16:42:10 +0100\nSubject: Re: Ferry fares\n\n"
         "The single fare is going up from £4.80 to £5.60.\n\nTom\n\n"
         "On Tue, 14 Oct 2025 at 11:05, Ana Ruiz <ana.ruiz@kelbyecho.example> wrote:\n"
         "> Can you check the fare figures before we run this?\n> I also heard the service might be cut.\n")


def test_an_email_quoting_the_message_it_answers_is_plain_text_and_the_quoted_lines_are_its_writer_s():
    from claims.analysis.normalize import detect_format
    assert detect_format(REPLY, "reply.txt") == "text"
    result = analyze(Document(REPLY, "text"), config=CONFIG)
    assert result.document.author == "Tom Reyes" and result.document.published == "2025-10-14"
    assert [(c.text, c.speaker) for c in result.claims] == [
        ("The single fare is going up from £4.80 to £5.60.", None),
        ("Can you check the fare figures before we run this?", "Ana Ruiz"),
        ("I also heard the service might be cut.", "Ana Ruiz")]


def test_markdown_with_quotes_and_other_signs_is_still_markdown():
    from claims.analysis.normalize import detect_format
    assert detect_format("# Title\n\n> A quoted line.\n> Another.\n\n- a point\n") == "markdown"


def test_soft_hyphens_and_zero_width_spaces_do_not_split_words():
    html = ("<html><body><article><h1>Ferry fined</h1><p>The operator can&shy;celled 1,340 sailings, "
            "Island&#8203;ers say.</p></article></body></html>")
    assert claim_texts(html, "html") == ["The operator cancelled 1,340 sailings, Islanders say."]
    assert claim_texts("The operator can\u00adcelled 1,340 sailings, Island\u200bers say.", "text") == [
        "The operator cancelled 1,340 sailings, Islanders say."]


def test_a_lead_in_that_ends_on_a_colon_and_opens_with_from_is_prose_and_a_short_from_line_a_tagline():
    md = ("# School transport changes\n\n*Education desk, 2 June 2025*\n\n"
          "From September the county will change who qualifies for free school transport:\n\n"
          "1. Children under eight will qualify if they live more than two miles from school.\n")
    assert claim_texts(md, "markdown")[0] == "From September the county will change who qualifies for free school transport:"
    html = ("<html><body><p>From Kelbypedia, the free encyclopedia</p><h1>Harwick Bridge</h1>"
            "<p>The bridge opened in 1968.</p></body></html>")
    assert claim_texts(html, "html") == ["The bridge opened in 1968."]


def test_an_interview_with_q_and_a_stops_names_the_asker_from_its_byline_and_the_answerer():
    text = ("Ten questions for the chief constable\n\nInterview by Sam Ortiz, 12 February 2026\n\n"
            "Chief Constable Rachel Adeyemi took charge of Kelby Police in January.\n\n"
            "Q. How much has crime fallen?\n\nA. Recorded crime fell by 8% last year.\n\n"
            "Q. Are there enough officers?\n\nA. We have 1,340 officers.\n")
    result = analyze(Document(text, "text"), config=CONFIG)
    assert result.document.author == "Sam Ortiz"
    assert [(c.text, c.speaker) for c in result.claims][1:] == [
        ("How much has crime fallen?", "Sam Ortiz"), ("Recorded crime fell by 8% last year.", "Rachel Adeyemi"),
        ("Are there enough officers?", "Sam Ortiz"), ("We have 1,340 officers.", "Rachel Adeyemi")]


def test_a_table_of_contents_with_dot_leaders_is_no_prose():
    text = ("Coastal Erosion Review 2025\n\nContents\n\n1. Summary 2 ..............................\n"
            "2. Rates of erosion ...................... 3\n\n"
            "The cliffs at Thornby retreated by 1.8 metres a year between 2015 and 2025.\n")
    assert claim_texts(text, "text") == ["The cliffs at Thornby retreated by 1.8 metres a year between 2015 and 2025."]


def test_html_comments_in_markdown_are_no_text_over_one_line_or_several():
    md = ("# Harbour wall\n\n<!-- Editor: check the figure. -->\n\nThe wall was breached in three places.\n\n"
          "<!--\nCut from an earlier draft:\nThe harbour master said the wall could collapse.\n-->\n\nWork is due to start in November.\n")
    assert claim_texts(md, "markdown") == ["The wall was breached in three places.", "Work is due to start in November."]


def test_a_plain_text_update_with_mixed_bullet_marks_is_text_and_each_point_a_claim():
    from claims.analysis.normalize import detect_format
    text = ("WINTER PRESSURES UPDATE\nKelby General Hospital - 8 January 2026\n\nKey points this week:\n\n"
            "• A&E saw 2,910 attendances.\n* 71% of patients were seen within four hours.\n"
            "- Ambulance handovers took an average of 52 minutes.\no Flu admissions doubled to 184.\n\n"
            "N.B. Figures for the last week are provisional and may change.\n\n"
            "The trust has opened 30 extra beds.\n")
    assert detect_format(text, "update.txt") == "text"
    assert claim_texts(text, "text") == [
        "A&E saw 2,910 attendances.", "71% of patients were seen within four hours.",
        "Ambulance handovers took an average of 52 minutes.", "Flu admissions doubled to 184.",
        "The trust has opened 30 extra beds."]


def test_an_image_with_its_italic_caption_and_a_form_s_fields_are_no_claims():
    md = ("# Flood defences fail\n\n![A flooded street](flood.jpg)\n*Water stood a metre deep on Mill Lane. Photo: Tom Hale*\n\n"
          "Temporary barriers gave way on Monday, flooding 46 homes.\n")
    assert claim_texts(md, "markdown") == ["Temporary barriers gave way on Monday, flooding 46 homes."]
    notice = ("NOTICE OF PLANNING APPLICATION\n\nApplication number: 25/01412/FUL\nSite: Former bus depot, Station Road\n"
              "Proposal: Demolition of the depot and erection of 84 flats.\n\nThe application includes 21 affordable homes.\n")
    assert claim_texts(notice, "text") == ["The application includes 21 affordable homes."]


def test_a_published_line_with_only_a_month_dates_the_text_to_its_month():
    from claims.analysis.normalize import line_dates
    assert line_dates.published_in("Published July 2026") == "2026-07"
    assert line_dates.published_in("Published: July 2026") == "2026-07"
    assert line_dates.published_in("Published 2 July 2026") == "2026-07-02"
    # a month somewhere in a longer line is no publication date
    assert line_dates.published_in("Published in July 2026 by the trust") is None


def test_a_body_named_by_its_words_signs_a_blockquote():
    text = ('# Drones\n\nUpdated 21 November 2026\n\n> "This was a deliberate provocation, not an accident."\n>\n'
            "> — Polish defence ministry statement, 19 November\n\nMoscow has denied that the drones were Russian.\n")
    result = analyze(Document(text, "markdown"), config=CONFIG)
    quoted = result.claims[0]
    assert (quoted.text, quoted.speaker) == ('"This was a deliberate provocation, not an accident."', "Polish defence ministry")


def test_marks_typed_raised_or_as_printer_s_symbols_in_markdown_point_to_the_notes_at_the_foot():
    from claims.analysis.normalize import normalize

    md = ("Exports rose 5% in 2024.¹ Imports fell 3% in 2024.†\n\n| Item | 2024 |\n|---|---|\n| Exports ($bn) | 4.9\\* |\n\n"
          "---\n\n¹ Provisional.  \n† Revised.  \n\\* Estimate.\n")
    assert claim_texts(md, "markdown") == ["Exports rose 5% in 2024.", "Imports fell 3% in 2024."]
    norm = normalize(md, "markdown")
    assert [(r.label, r.text) for r in norm.references] == [("1", "Provisional."), ("†", "Revised."), ("*", "Estimate.")]
    # a raised digit after a letter is a unit's power, and a bare asterisk after a stop closes emphasis
    assert claim_texts("The flat is 40 m² in size. *It was sold in May 2024.*\n", "markdown") == [
        "The flat is 40 m² in size.", "It was sold in May 2024."]


def test_printer_s_marks_after_a_stop_end_a_sentence_in_text_and_html_and_point_to_their_notes():
    text = ("Armenia's trade with Russia\n\n25 October 2024\n\nExports rose 5% in 2024.† Imports fell 3% in 2024.‡\n\n"
            "The rest rose 4% in May.\n\n† Provisional.\n‡ Revised.\n")
    assert claim_texts(text, "text") == ["Exports rose 5% in 2024.", "Imports fell 3% in 2024.", "The rest rose 4% in May."]
    html = ("<html><body><main><h1>Trade</h1><p>Exports rose 5% in 2024.† Imports fell 3% in 2024.‡</p>"
            "<p>The rest rose 4% in May.</p><p>† Provisional.<br>‡ Revised.</p></main></body></html>")
    assert claim_texts(html, "html") == ["Exports rose 5% in 2024.", "Imports fell 3% in 2024.", "The rest rose 4% in May."]
    # a dagger no mark in the prose points to opens no note
    assert claim_texts("<html><body><main><h1>Trade</h1><p>† Deaths rose to 40 in 2024.</p></main></body></html>", "html") == [
        "† Deaths rose to 40 in 2024."]


def test_a_social_post_s_comments_copied_under_their_sort_order_are_no_claims_of_the_post():
    post = ("Fenby Town Council\n3h · 🌍\n\nThe pool reopened on Monday after repairs costing £40,000.\n\n"
            "👍 320   41 comments   12 shares\n\nLike   Comment   Share\n\nMost relevant\n\n"
            "Jo Hart\nIt was shut for two years and the price doubled.\n2h   Like   Reply\n")
    assert claim_texts(post, "text") == ["The pool reopened on Monday after repairs costing £40,000."]


def test_a_side_note_written_inside_its_paragraph_is_a_note_and_its_link_cites_the_sentence():
    html = ("<html><body><article><h1>Freight</h1><p>Freight rose to 4.5 million tonnes in 2024."
            "<label for='sn-1' class='margin-toggle sidenote-number'></label><input type='checkbox' id='sn-1' class='margin-toggle'/>"
            "<span class='sidenote'>Figures from <a href='https://corridor.example/stats-2024'>the route's association</a>.</span>"
            " Ships are scarce,<label for='mn-1' class='margin-toggle'>&#8853;</label><input type='checkbox' id='mn-1' class='margin-toggle'/>"
            "<span class='marginnote'>The count excludes tankers.</span> and crossings are slow.</p></article></body></html>")
    result = analyze(Document(html, "html"), config=CONFIG)
    assert [c.text for c in result.claims] == ["Freight rose to 4.5 million tonnes in 2024.", "Ships are scarce, and crossings are slow."]
    cited = {s.url: s.claims for s in result.sources if s.role == "citation"}
    assert cited.get("https://corridor.example/stats-2024") == ("c1",)


def test_a_newsletter_s_line_for_a_reader_it_was_forwarded_to_is_no_claim():
    md = ("Gas prices rose 4% in March.\n\n*Forwarded this email? [Subscribe here](https://news.example/subscribe).*\n\n"
          "Was this forwarded to you? Sign up at news.example.\n")
    assert claim_texts(md, "markdown") == ["Gas prices rose 4% in March."]


@pytest.mark.parametrize("note", ["This note will be updated as the commissions meet.", "This briefing will be regularly updated."])
def test_a_brief_s_line_saying_it_will_be_updated_is_no_claim(note):
    md = f"# Border talks\n\nThe commissions agreed 12.7 km of the border on 19 April 2024.\n\n*{note}*\n"
    assert claim_texts(md, "markdown") == ["The commissions agreed 12.7 km of the border on 19 April 2024."]


def test_a_newsletter_s_line_about_itself_at_its_foot_is_no_claim():
    md = ("Gas prices rose 4% in March.\n\n---\n\n*The Kelby Energy Note is sent every Friday morning. Reply to this "
          "newsletter with your questions.*\n\nReply to this email to tell us what you think.\n")
    assert claim_texts(md, "markdown") == ["Gas prices rose 4% in March."]
    # a schedule of something else, told in the prose, stays
    told = "Gas prices rose 4% in March.\n\nThe regulator's price index is published every month.\n"
    assert len(claim_texts(told, "markdown")) == 2
    # every two weeks, with where to subscribe, the same
    fortnightly = "Gas prices rose 4% in March.\n\n---\n\n*The Kelby Energy Note is published every two weeks. Subscribe at note.example.*\n"
    assert claim_texts(fortnightly, "markdown") == ["Gas prices rose 4% in March."]


def test_notes_marked_by_raised_numerals_or_letters_are_markers_and_meet_their_numbered_notes():
    html = ("<html><body><main><h1>Trade</h1><p>Exports rose 5% in 2024.<sup>i</sup> Imports fell 3% in 2024.<sup>ii</sup>"
            " The 1<sup>st</sup> quarter was the weakest.</p><h2>Notes</h2><ol type='i'>"
            "<li>Statistics Office, <a href='https://stats.example/exports'>Exports bulletin</a>, 2025.</li>"
            "<li>Customs data, <a href='https://customs.example/imports'>Imports</a>.</li></ol></main></body></html>")
    result = analyze(Document(html, "html"), config=CONFIG)
    assert [c.text for c in result.claims] == ["Exports rose 5% in 2024.", "Imports fell 3% in 2024.",
                                               "The 1st quarter was the weakest."]
    assert {s.url: s.claims for s in result.sources} == {"https://stats.example/exports": ("c1",),
                                                         "https://customs.example/imports": ("c2",)}
    md = ("Exports rose 5% in 2024.<sup>i</sup> Imports fell 3% in 2024.<sup>b</sup>\n\n## Notes\n\n"
          "1. Statistics Office, https://stats.example/exports\n")
    assert claim_texts(md, "markdown") == ["Exports rose 5% in 2024.", "Imports fell 3% in 2024."]


def test_a_notes_section_numbered_in_roman_numerals_meets_its_raised_numerals():
    md = ("Exports rose 5% in 2024.<sup>i</sup> Imports fell 3% in 2024.<sup>ii</sup>\n\n## Notes\n\n"
          "i. Statistics Office, https://stats.example/exports\nii. Customs data, https://customs.example/imports\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert {s.url: s.claims for s in result.sources} == {"https://stats.example/exports": ("c1",),
                                                         "https://customs.example/imports": ("c2",)}


def test_a_bracketed_note_on_how_the_text_was_made_is_no_claim_but_brackets_inside_a_quotation_stay():
    html = ("<html><body><main><h1>Talks</h1><p>“The text is agreed, but [the signing] cannot happen yet,” the minister said.</p>"
            "<p><em>[Quotations translated from Azerbaijani by the desk.]</em></p>"
            "<p>[This interview has been edited for length and clarity.]</p></main></body></html>")
    assert claim_texts(html, "html") == ["“The text is agreed, but [the signing] cannot happen yet,” the minister said."]


def test_words_struck_through_in_markdown_are_withdrawn_as_a_del_is():
    md = "The EU will give Moldova ~~€200 million~~ €250 million, the Commission said.\n\nPrices rose ~~4%~~ 5% in May.\n"
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.text for c in result.claims] == ["The EU will give Moldova €250 million, the Commission said.", "Prices rose 5% in May."]
    assert [[q.text for q in c.quantities] for c in result.claims] == [["€250 million"], ["5%"]]


def test_a_note_that_an_earlier_version_of_a_brief_or_a_post_said_otherwise_is_no_claim():
    md = ("*Updated 21 February: an earlier version of this brief gave the wrong sum for the grant.*\n\n"
          "The grant is €250 million.\n\nAn earlier version of this post said 12 ferries.\n")
    assert claim_texts(md, "markdown") == ["The grant is €250 million."]


def test_a_glossary_or_abbreviations_section_holds_definitions_not_claims_until_the_next_heading():
    md = ("# CSTO\n\nArmenia froze its participation in February 2024.\n\n## Glossary\n\n"
          "**CSTO** – Collective Security Treaty Organization, an alliance led by Russia.\n**Freeze** – not taking part.\n\n"
          "## Abbreviations\n\n- EU – European Union\n\n## Background\n\nRussia keeps a base in Gyumri.\n")
    assert claim_texts(md, "markdown") == ["Armenia froze its participation in February 2024.", "Russia keeps a base in Gyumri."]
    text = ("Armenia and the CSTO\n\nArmenia froze its participation in February 2024.\n\nGlossary\n\n"
            "CSTO – Collective Security Treaty Organization, an alliance led by Russia.\nEU – European Union\n\n"
            "Background\n\nRussia keeps a base in Gyumri.\n")
    assert claim_texts(text, "text") == ["Armenia froze its participation in February 2024.", "Russia keeps a base in Gyumri."]
    html = ("<html><body><main><h1>CSTO</h1><p>Armenia froze its participation in 2024.</p><h2>Key terms</h2>"
            "<dl><dt>CSTO</dt><dd>Collective Security Treaty Organization, an alliance led by Russia.</dd></dl>"
            "<p>EU – European Union</p><h2>Background</h2><p>Russia keeps a base in Gyumri.</p></main></body></html>")
    assert claim_texts(html, "html") == ["Armenia froze its participation in 2024.", "Russia keeps a base in Gyumri."]


@pytest.mark.parametrize("note", [
    "*Summary of a roundtable held in Tbilisi on 4 March 2025. The discussion was held under the Chatham House Rule; "
    "remarks are not attributed.*",
    "_The meeting was held under the Chatham House Rule._",
    "Summary of a workshop convened by the Institute in Bishkek on 2 May 2025.",
])
def test_a_meeting_summary_s_note_on_what_it_records_and_on_what_terms_is_no_claim(note):
    page = f"# Water on the Naryn\n\n{note}\n\nThe river's flow fell by 12% in 2024, one participant said.\n"
    assert claim_texts(page, "markdown") == ["The river's flow fell by 12% in 2024, one participant said."]
    # a meeting held, told in the prose, is a claim
    told = "The roundtable was held in Bishkek on 2 May, and 30 experts attended."
    assert told in claim_texts(page.replace(note, told), "markdown")


def test_a_txt_file_wrapped_as_a_page_with_hyphen_bullets_is_plain_text():
    from claims.analysis.normalize import detect_format
    memo = ("Leaving Without Leaving\n\nArmenia froze its participation in the alliance in February 2024, after it\n"
            "failed to respond to incursions into Armenian territory. Yerevan has skipped every\nsummit since then, and it "
            "has stopped paying its share of the\nbudget.\n\nRecommendations\n\n- Yerevan should keep the freeze in place "
            "until a treaty is\nsigned.\n- Partners should expand training.\n- The EU should extend its mission.\n")
    assert detect_format(memo, "memo.txt") == "text"
    # unwrapped, its bullets still read as Markdown's, and so does a file not named as text
    assert detect_format(memo.replace(" is\nsigned", " is signed").replace("it\nfailed", "it failed")
                         .replace("every\nsummit", "every summit").replace("the\nbudget", "the budget"), "memo.txt") == "markdown"
    assert detect_format(memo) == "markdown"


def test_a_roundup_s_note_on_how_many_stories_it_holds_is_no_claim():
    page = ("# Region roundup — 7 November 2025\n\n*Five stories from the region this week, with links to the original "
            "reports.*\n\n**Armenia.** Parliament passed the 2026 budget.\n")
    assert claim_texts(page, "markdown") == ["Parliament passed the 2026 budget."]


def test_a_press_release_s_links_for_more_information_are_no_claims():
    html = ("<html><body><main><h1>Plan adopted</h1><p>The council adopted the plan on Monday.</p>"
            "<h2>For More Information</h2><ul><li><a href='https://kelby.example/plan'>The plan in full</a></li></ul>"
            "</main></body></html>")
    assert claim_texts(html, "html") == ["The council adopted the plan on Monday."]
