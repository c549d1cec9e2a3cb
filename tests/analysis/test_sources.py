import datetime as dt

from claims.analysis import AnalysisConfig, Document, analyze

CONFIG = AnalysisConfig(now=dt.date(2026, 11, 25))

MEMO = """The river port handled record cargo volumes in the first quarter. Grain exports
to Egypt doubled after the new terminal opened. Dredging of the channel was
delayed by a dispute over contaminated silt. The port's cargo volumes shaped the
regional budget, and the river port remains the region's largest employer. The
river port authority is expected to publish its full-year figures

2 Lena Marsh is a fellow at the Delta Policy Institute.

https://www.deltapolicy.example
https://news.example/2025/04/grain-exports-egypt-doubled-new-terminal
https://news.example/2025/05/river-port-channel-dredging-contaminated-silt-dispute
https://news.example/2025/05/river-port-channel-dredging-contaminated-silt-dispute
https://www.deltapolicy.example/people/lena-marsh

in the spring, when its board meets.
"""


def sources_by_url(result):
    claims = {c.id: c.text for c in result.claims}
    return {s.url or s.name: (s.role, s.how, [claims[c] for c in s.claims]) for s in result.sources}


def test_a_pdf_pages_link_targets_align_to_its_claims_by_order_and_rare_address_words():
    found = sources_by_url(analyze(Document(MEMO, "pdf-text"), config=CONFIG))
    assert found["https://www.deltapolicy.example"][:2] == ("publisher", "url_block")
    assert found["https://www.deltapolicy.example/people/lena-marsh"][0] == "author"
    grain = found["https://news.example/2025/04/grain-exports-egypt-doubled-new-terminal"]
    assert grain == ("citation", "url_block", ["Grain exports to Egypt doubled after the new terminal opened."])
    silt = found["https://news.example/2025/05/river-port-channel-dredging-contaminated-silt-dispute"]
    assert silt[2] == ["Dredging of the channel was delayed by a dispute over contaminated silt."]


def test_the_same_address_twice_is_one_source():
    result = analyze(Document(MEMO, "pdf-text"), config=CONFIG)
    assert len([s for s in result.sources if s.url and "silt" in s.url]) == 1


def test_inline_links_attach_to_the_claim_holding_the_anchor_and_tracking_is_dropped():
    html = ('<article><p>Exports rose 4 per cent, <a href="HTTPS://Stats.Example/trade/?utm_source=feed&amp;id=9">the statistics office</a> said. '
            'Imports fell.</p><p>See <a href="https://stats.example/trade?id=9">the tables</a>.</p></article>')
    found = sources_by_url(analyze(Document(html, "html"), config=CONFIG))
    # (one source, kept as first written less its tracking: the path's slash before the query stays)
    assert found == {"https://stats.example/trade/?id=9": ("citation", "inline", ["Exports rose 4 per cent, the statistics office said.", "See the tables."])}


def test_an_outlet_credited_in_brackets_after_a_digest_item_is_its_named_linked_source():
    md = ("# Briefing\n\n- Rail fares will rise by 4.6% in March, the government confirmed. ([BBC](https://bbc.example/fares))\n"
          "- Scientists say last year was the warmest on record in the UK. ([Met Office](https://metoffice.example/2025))\n")
    analysis = analyze(Document(md, "markdown"), config=CONFIG)
    found = {s.name: (s.url, [c.text[:10] for c in analysis.claims if c.id in s.claims]) for s in analysis.sources}
    assert found == {"BBC": ("https://bbc.example/fares", ["Rail fares"]),
                     "Met Office": ("https://metoffice.example/2025", ["Scientists"])}


def test_named_sources_without_an_address_are_sources_with_a_name():
    text = "Satellite images from Planet Labs and the European Space Agency show the flooded fields."
    found = sources_by_url(analyze(Document(text, "text"), config=CONFIG))
    assert set(found) == {"Planet Labs", "European Space Agency"}


def test_a_named_source_keeps_the_words_of_its_name_after_of():
    text = ("Fewer than 40 lorries a day cross it, according to figures compiled by the International Committee of the Red Cross. "
            "Deaths rose by 9%, according to a study by the London School of Hygiene and Tropical Medicine and the ONS.")
    found = sources_by_url(analyze(Document(text, "text"), config=CONFIG))
    assert set(found) == {"International Committee of the Red Cross", "London School of Hygiene and Tropical Medicine", "ONS"}

def test_a_marker_with_no_reference_is_noted_not_raised():
    md = "Fares rose by 9 per cent [4].\n\n## References\n\n1. Fare table, 2025. https://transit.example/fares\n"
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert any("marker 4" in n.why for n in result.notes)


def test_a_pdf_footnote_with_an_address_is_the_source_of_the_sentence_its_marker_ends():
    text = ("The tunnel cost 2.1 billion euros, twice the first estimate. 4\nWork began in 2015 and ended in\n\n"
            "4 Audit office report, https://audit.example/tunnel-2023\n\n3\n\nlate 2022 after two delays.\n")
    result = analyze(Document(text, "pdf-text"), config=CONFIG)
    found = sources_by_url(result)
    assert found["https://audit.example/tunnel-2023"][2] == ["The tunnel cost 2.1 billion euros, twice the first estimate."]
    assert [c.text for c in result.claims][-1] == "Work began in 2015 and ended in late 2022 after two delays."


def test_ten_thousand_links_and_broken_html_are_handled():
    links = "".join(f'<a href="https://example.org/p/{i}">w{i}</a> ' for i in range(10000))
    html = f"<html><body><p>Many links: {links}.</p><p>Unclosed <b>bold <i>and <a href='javascript:x()'>js</a> data" \
           f" <a href='data:text/html,x'>d</a></p><div><p>Tail sentence here.</body>"
    result = analyze(Document(html, "html"), config=CONFIG)
    assert len([s for s in result.sources if s.url]) == 10000
    assert not any(s.url and s.url.startswith(("javascript", "data")) for s in result.sources)
    assert result.claims[-1].text == "Tail sentence here."


def test_a_reference_list_with_missing_numbers_still_resolves_the_numbers_it_has():
    md = ("Rents rose 8 per cent [1]. Wages rose 3 per cent [3].\n\n## References\n\n"
          "1. Rent index 2025. https://rents.example/2025\n3. Wage survey. https://wages.example/s\n")
    found = sources_by_url(analyze(Document(md, "markdown"), config=CONFIG))
    assert found["https://rents.example/2025"][2] == ["Rents rose 8 per cent [1]."]
    assert found["https://wages.example/s"][2] == ["Wages rose 3 per cent [3]."]


def test_a_bare_slash_link_without_a_page_address_is_no_source():
    raw = ("<html><body><header><a href='/'>Gazette</a></header><main><h1>Tolls</h1>"
           "<p>Tolls will rise by 15% on June 1, the operator said.</p></main></body></html>")
    result = analyze(Document(raw, "html"), config=CONFIG)
    assert not any(s.url == "" for s in result.sources)


def test_news_outlets_named_as_where_a_statement_was_made_are_sources():
    text = ("The governor told the BBC that rates could fall. Food prices rose 4.1%, the Financial Times reported. "
            "The mayor told John Smith about the plan.")
    result = analyze(Document(text, "text"), config=CONFIG)
    named = {(s.name, s.claims) for s in result.sources if s.how == "named"}
    assert named == {("BBC", ("c1",)), ("Financial Times", ("c2",))}


def test_an_agency_a_broadcaster_named_by_its_kind_and_data_opening_a_sentence_are_named_sources():
    text = ("Russian peacekeepers have begun withdrawing, Interfax reported on Wednesday, citing a source. "
            "Aliyev told the Turkish broadcaster TRT that the decision was joint. "
            "Footage published by the news agency APA showed vehicles leaving. "
            "Data from the Office for National Statistics shows prices rose 6%. "
            "The mayor told a local man about the plan.")
    result = analyze(Document(text, "text"), config=CONFIG)
    named = {(s.name, s.claims) for s in result.sources if s.how == "named"}
    assert named == {("Interfax", ("c1",)), ("TRT", ("c2",)), ("APA", ("c3",)), ("Office for National Statistics", ("c4",))}


def test_a_body_credited_with_according_to_is_a_named_source_but_a_person_or_a_side_is_not():
    text = ("Exports fell 12% in May, according to the Bureau of Trade Statistics. "
            "According to the IMF, debt reached 70% of output. "
            "Wages rose 3%, according to the Daily Herald. "
            "The bridge cost $40m, according to Maria Lopez. "
            "Nine soldiers died, according to the Velorian government. "
            "Troops withdrew, according to EU officials. "
            "Some 40,000 fled, according to the UN refugee agency.")
    result = analyze(Document(text, "text"), config=CONFIG)
    named = {(s.name, s.claims) for s in result.sources if s.how == "named"}
    assert named == {("Bureau of Trade Statistics", ("c1",)), ("IMF", ("c2",)), ("Daily Herald", ("c3",)),
                     ("UN refugee agency", ("c7",))}


def test_an_address_with_a_broken_port_or_host_is_kept_as_written_and_never_raises():
    from claims.analysis import urls

    for bad in ("http://y.example:(Graphic", "http://[abc/x"):
        assert urls.normalize_url(bad) == bad
        urls.domain(bad), urls.is_site_root(bad), urls.words(bad), urls.looks_like_profile(bad, "Ann Lee")
    md = "# Fares\n\nFares rose.\n\n## Sources\n\n1. Memo http://y.example:(Graphic and http://[abc/x\n"
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.text for c in result.claims] == ["Fares rose."]


def test_an_unmarked_reference_entry_cites_the_one_claim_that_names_its_author():
    md = ("Only 2% of rented flats in Ostrava have solar panels, according to the city's 2024 housing survey. "
          "The national grid operator disputes that figure. Panels are cheaper than ever.\n\n## Sources\n\n"
          "- Ostrava City, Housing Survey 2024: https://ostrava.example/survey\n"
          "- Grid Operator, Connection Statistics: https://grid.example/stats\n"
          "- Solar Trade Body, Price Index: https://solar.example/prices\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    cited = {s.url: [c.text.split()[0] for c in result.claims if c.id in s.claims] for s in result.sources}
    assert cited == {"https://ostrava.example/survey": ["Only"], "https://grid.example/stats": ["The"],
                     "https://solar.example/prices": []}


def test_an_encyclopedia_page_s_bracketed_superscripts_cite_its_reference_list_and_its_last_edit_dates_it():
    raw = ("<html><body><div id='content'><h1>Kel Bridge</h1>"
           "<p>The bridge opened in 1968.<sup class='reference'><a href='#cite_note-1'>[1]</a></sup> "
           "It cost £2 million.<sup class='reference'><a href='#cite_note-2'>[2]</a></sup> "
           "Some say it was badly built.<sup class='noprint'><i>[<a href='/wiki/Citation_needed'>citation needed</a>]</i></sup></p>"
           "<h2><span class='mw-headline' id='References'>References</span></h2>"
           "<ol class='references'><li id='cite_note-1'><a href='https://echo.example/1968/bridge'>Bridge opens</a>. Echo.</li>"
           "<li id='cite_note-2'><a href='https://council.example/bridge'>Bridge costs</a>. Council.</li></ol></div>"
           "<footer><ul><li>This page was last edited on 3 March 2025, at 14:12 (UTC).</li>"
           "<li>Text is available under a licence.</li></ul></footer></body></html>")
    result = analyze(Document(raw, "html"), config=CONFIG)
    found = sources_by_url(result)
    assert [c.text for c in result.claims] == ["The bridge opened in 1968.", "It cost £2 million.", "Some say it was badly built."]
    assert found["https://echo.example/1968/bridge"][2] == ["The bridge opened in 1968."]
    assert found["https://council.example/bridge"][2] == ["It cost £2 million."]
    assert result.document.published == "2025-03-03" and not result.document.published_estimated


def test_a_link_wrapped_in_a_redirect_is_the_address_it_carries():
    from claims.analysis.urls import normalize_url

    assert normalize_url("https://www.google.com/url?q=https://www.gov.uk/flood-scheme&sa=D&ust=17") == "https://www.gov.uk/flood-scheme"
    assert normalize_url("https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1&data=x") \
        == "https://example.org/a?b=1"
    assert normalize_url("https://l.facebook.com/l.php?u=https%3A%2F%2Fnews.example%2Fs&h=AT0") == "https://news.example/s"
    # a search is no redirect
    assert normalize_url("https://www.google.com/search?q=flood") == "https://www.google.com/search?q=flood"


def test_an_author_year_citation_in_brackets_names_its_source():
    text = ("Youth unemployment in the region rose to 14.2% in the year to June (ONS, 2026). "
            "Young people out of work for a year earn about 12% less a decade later (Gregg and Tominey, 2005). "
            "That is almost double the rate in the south-east (9.1%).")
    result = analyze(Document(text, "text"), config=CONFIG)
    named = {s.name: s.claims for s in result.sources if s.name}
    assert named == {"ONS": (result.claims[0].id,), "Gregg and Tominey": (result.claims[1].id,)}


def test_brackets_that_are_part_of_an_address_are_kept_and_a_closing_one_is_not():
    from claims.analysis.urls import normalize_url

    assert normalize_url("https://undocs.example/S/RES/2674(2023)") == "https://undocs.example/S/RES/2674(2023)"
    assert normalize_url("https://wiki.example/Cyprus_(island)).") == "https://wiki.example/Cyprus_(island)"
    assert normalize_url("https://news.example/a).") == "https://news.example/a"
    text = ("The Security Council renewed the mandate for another year.1\n\n"
            "1 UN Security Council, Resolution 2674 (2023), https://undocs.example/S/RES/2674(2023).\n")
    result = analyze(Document(text, "pdf-text", published=dt.date(2023, 2, 1)), config=CONFIG)
    assert [s.url for s in result.sources] == ["https://undocs.example/S/RES/2674(2023)"]


def test_a_page_s_printed_addresses_go_to_the_claims_whose_notes_give_none():
    text = ("Around 30 armed men attacked Kosovo police near Banjska on September 24. The two sides accepted an EU plan "
            "in February.1 NATO sent 200 extra troops to KFOR in October.2 Since the attack, Serbia has\n\n"
            "1 The annex was agreed orally.\n2 NATO press release, October 3, 2023.\n"
            "https://eeas.example/eu-proposal-kosovo-serbia\nhttps://nato.example/kfor-reinforcement-2023\n\n"
            "1\n\nwithdrawn some of its forces.\n")
    result = analyze(Document(text, "pdf-text", published=dt.date(2023, 11, 1)), config=CONFIG)
    found = sources_by_url(result)
    assert found["https://eeas.example/eu-proposal-kosovo-serbia"][2] == ["The two sides accepted an EU plan in February."]
    assert found["https://nato.example/kfor-reinforcement-2023"][2] == ["NATO sent 200 extra troops to KFOR in October."]


def test_a_bare_bracketed_number_defined_as_a_link_is_a_marker_for_that_address():
    md = ("Officials in Transnistria asked Moscow for protection [2].\n\n"
          "[2]: https://newsmaker.example/transnistria-congress-2024\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert sources_by_url(result)["https://newsmaker.example/transnistria-congress-2024"][2] == [
        "Officials in Transnistria asked Moscow for protection [2]."]


def test_two_brackets_side_by_side_cite_two_entries_unless_the_second_is_a_defined_link_label():
    refs = "## References\n\n1. Rent index. https://rents.example/i\n2. Wage survey. https://wages.example/s\n"
    md = "Rents rose faster than wages in every region [1][2].\n\n" + refs
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.text for c in result.claims] == ["Rents rose faster than wages in every region [1][2]."]
    found = sources_by_url(result)
    assert found["https://rents.example/i"][2] == found["https://wages.example/s"][2] == [result.claims[0].text]
    # a reference-style link whose label is defined stays a link on its words
    linked = analyze(Document("Rents rose in every region [1][2].\n\n[2]: https://rents.example/i\n", "markdown"),
                     config=CONFIG)
    assert [c.text for c in linked.claims] == ["Rents rose in every region 1."]
    assert sources_by_url(linked)["https://rents.example/i"][2] == [linked.claims[0].text]


def test_a_citation_number_written_as_a_link_to_its_entry_s_anchor_cites_that_entry():
    md = ("Rents rose 8 per cent [[1]](#ref-1). Wages rose 3 per cent [[2]](#ref-2).\n\n## References\n\n"
          '<a id="ref-1"></a>1. Rent index 2025. https://rents.example/2025\n\n'
          '<a id="ref-2"></a>2. Wage survey. https://wages.example/s\n')
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.text for c in result.claims] == ["Rents rose 8 per cent [1].", "Wages rose 3 per cent [2]."]
    found = sources_by_url(result)
    assert found["https://rents.example/2025"][2] == ["Rents rose 8 per cent [1]."]
    assert found["https://wages.example/s"][2] == ["Wages rose 3 per cent [2]."]


def test_one_bracket_of_several_numbers_or_a_span_cites_each_entry():
    refs = "1. Rent index. https://rents.example/i\n2. Wage survey. https://wages.example/s\n3. Price bulletin. https://prices.example/b\n"
    for fmt, text in (("markdown", "Rents rose faster than wages [1, 2]. Prices rose too [1–3].\n\n## References\n\n" + refs),
                      ("markdown", "Rents rose faster than wages [[1, 2]](#ref-1). Prices rose too [[1–3]](#ref-1).\n\n## References\n\n" + refs),
                      ("text", "Rents rose faster than wages [1, 2]. Prices rose too [1-3].\n\nReferences\n\n" + refs)):
        found = sources_by_url(analyze(Document(text, fmt), config=CONFIG))
        rents, prices = found["https://rents.example/i"][2], found["https://prices.example/b"][2]
        assert [c[:11] for c in found["https://wages.example/s"][2]] == ["Rents rose ", "Prices rose"], (fmt, text)
        assert len(rents) == 2 and [c[:11] for c in prices] == ["Prices rose"], (fmt, text)


def test_numbers_in_round_brackets_cite_a_list_whose_entries_open_on_them_and_an_enumeration_cites_nothing():
    body = "Fares rose by 5% in May (1). Wages rose by 2% (2, 3). The council will (1) cut routes and (2) raise fares."
    refs = ("(1) Kelby Council, fares report, https://kelby.example/fares\n\n(2) Wage survey, https://wages.example/s\n\n"
            "(3) Office for Statistics, https://ons.example/w\n")
    for fmt, text in (("text", f"{body}\n\nSources\n\n{refs}"), ("markdown", f"{body}\n\n## Sources\n\n{refs}")):
        found = sources_by_url(analyze(Document(text, fmt), config=CONFIG))
        assert found["https://kelby.example/fares"][2] == ["Fares rose by 5% in May (1)."], fmt
        assert found["https://wages.example/s"][2] == found["https://ons.example/w"][2] == ["Wages rose by 2% (2, 3)."], fmt


def test_a_note_marker_counts_nothing():
    refs = "1. Wage survey, https://wages.example/s\n2. Office for Statistics, https://ons.example/w\n"
    for fmt, text in (("markdown", "Wages rose by 2% [1, 2].\n\n## References\n\n" + refs),
                      ("markdown", "Wages rose by 2% (1, 2).\n\n## References\n\n" + refs.replace("1.", "(1)").replace("2.", "(2)"))):
        claim = analyze(Document(text, fmt), config=CONFIG).claims[0]
        assert [q.value for q in claim.quantities] == [2.0], text


def test_an_author_date_citation_cites_the_entry_of_that_author_and_year():
    html = ("<article><h1>Grain</h1><p>Exports through the corridor reached 60 million tonnes in its first year "
            "(Kyiv School of Economics, 2024). Insurance costs fell by half (Lloyd's List, 2024).</p><h2>References</h2><ul>"
            "<li>Kyiv School of Economics (2024) <a href='https://kse.example/corridor'>The sea corridor: one year on</a>.</li>"
            "<li>Lloyd's List (2024) <a href='https://lloyds.example/premiums'>War risk premiums in the Black Sea</a>.</li></ul></article>")
    found = sources_by_url(analyze(Document(html, "html"), config=CONFIG))
    assert [c[:11] for c in found["https://kse.example/corridor"][2]] == ["Exports thr"]
    assert [c[:11] for c in found["https://lloyds.example/premiums"][2]] == ["Insurance c"]


def test_the_addresses_on_a_sources_line_under_an_item_back_each_claim_of_the_item():
    md = ("# Weekly\n\n### Treaty\n\nArmenia and Azerbaijan finished the treaty text on Thursday. Baku wants a new constitution first.\n\n"
          "Sources: [Foreign ministry](https://mfa.example/treaty), [OC Media](https://oc.example/treaty)\n\n"
          "### Court\n\nA court jailed an opposition leader on Wednesday.\n\nSource: [Civil Georgia](https://civil.example/court)\n")
    html = ("<article><h1>Weekly</h1><h3>Treaty</h3><p>Armenia and Azerbaijan finished the treaty text on Thursday. "
            "Baku wants a new constitution first.</p><p>Sources: <a href='https://mfa.example/treaty'>Foreign ministry</a>, "
            "<a href='https://oc.example/treaty'>OC Media</a></p><h3>Court</h3><p>A court jailed an opposition leader on "
            "Wednesday.</p><p>Source: <a href='https://civil.example/court'>Civil Georgia</a></p></article>")
    for fmt, text in (("markdown", md), ("html", html)):
        found = sources_by_url(analyze(Document(text, fmt), config=CONFIG))
        treaty = ["Armenia and Azerbaijan finished the treaty text on Thursday.", "Baku wants a new constitution first."]
        assert found["https://mfa.example/treaty"][2] == found["https://oc.example/treaty"][2] == treaty, fmt
        assert found["https://civil.example/court"][2] == ["A court jailed an opposition leader on Wednesday."], fmt


def test_a_reference_list_laid_out_as_a_table_resolves_its_numbers():
    md = ("# Gas\n\nSupplies stopped on 1 January [1]. Tariffs rose by 75 percent [2].\n\n## References\n\n"
          "| No. | Source | Link |\n|---|---|---|\n| 1 | Naftogaz, transit report | https://naftogaz.example/transit |\n"
          "| 2 | ANRE, tariff decision | https://anre.example/tariffs |\n")
    found = sources_by_url(analyze(Document(md, "markdown"), config=CONFIG))
    assert found["https://naftogaz.example/transit"][2] == ["Supplies stopped on 1 January [1]."]
    assert found["https://anre.example/tariffs"][2] == ["Tariffs rose by 75 percent [2]."]


def test_unnumbered_author_date_entries_are_one_a_line_and_cite_the_claim_naming_their_author():
    text = ("Azerbaijan set up a checkpoint on the road in April 2023 (Crisis Group 2023). More than 100,000 people left "
            "within a week (UNHCR 2023).\n\nSources\n\nCrisis Group (2023) The corridor standoff. https://crisis.example/europe-\n"
            "central-asia/lachin\nUNHCR (2023) Refugee response update. https://unhcr.example/armenia/2023\n")
    found = sources_by_url(analyze(Document(text, "pdf-text"), config=CONFIG))
    assert [c[:10] for c in found["https://crisis.example/europe-central-asia/lachin"][2]] == ["Azerbaijan"]
    assert [c[:10] for c in found["https://unhcr.example/armenia/2023"][2]] == ["More than "]


def test_an_entry_that_gives_a_doi_and_no_address_cites_the_doi_s_address():
    md = ("# Heat\n\nHeatwaves killed 62,000 people in Europe in 2022 [1]. Older women were most at risk [2].\n\n## References\n\n"
          "1. Ballester, J. et al. Heat-related mortality in Europe. Nature Medicine 29 (2023). doi:10.1038/s41591-023-02419-z\n"
          "2. WHO Europe, heat and health fact sheet, 2024. DOI: 10.5555/who.heat.2024.\n")
    found = sources_by_url(analyze(Document(md, "markdown"), config=CONFIG))
    assert found["https://doi.org/10.1038/s41591-023-02419-z"][2] == ["Heatwaves killed 62,000 people in Europe in 2022 [1]."]
    assert found["https://doi.org/10.5555/who.heat.2024"][2] == ["Older women were most at risk [2]."]


def test_a_page_target_dated_by_its_address_goes_to_the_claim_naming_that_month():
    memo = ("Armenia froze its participation in the bloc and is buying weapons from France. Azerbaijani forces struck "
            "targets inside Armenia in September 2022. Prime Minister Nikol Pashinyan said in February 2024 that the\n\n"
            "https://www.reuters.com/world/armenia-freezes-participation-2024-02-23/\n\n"
            "participation was frozen. Armenia has not paid its share of the budget since then.\n")
    found = sources_by_url(analyze(Document(memo, "pdf-text"), config=CONFIG))
    assert [c[:20] for c in found["https://www.reuters.com/world/armenia-freezes-participation-2024-02-23"][2]] == ["Prime Minister Nikol"]


def test_an_address_written_in_plain_prose_cites_the_sentence_it_stands_in():
    text = ("Exports rose by 5% in 2024 [https://stats.example/trade]. Imports fell by 2% <https://customs.example/imports>. "
            "Prices were flat.\n")
    found = sources_by_url(analyze(Document(text, "text"), config=CONFIG))
    assert [c[:12] for c in found["https://stats.example/trade"][2]] == ["Exports rose"]
    assert [c[:12] for c in found["https://customs.example/imports"][2]] == ["Imports fell"]


def test_markers_written_as_text_in_an_html_page_cite_its_reference_paragraphs():
    html = ("<article><h1>Trade</h1><p>Exports rose by 5% in 2024 [1]. Imports fell by 2% [2].</p><h3>Sources</h3>"
            "<p>[1] Statistics Office, trade bulletin, <a href='https://stats.example/trade'>https://stats.example/trade</a></p>"
            "<p>[2] Customs Service, import data, https://customs.example/imports</p></article>")
    found = sources_by_url(analyze(Document(html, "html"), config=CONFIG))
    assert found["https://stats.example/trade"][2] == ["Exports rose by 5% in 2024 [1]."]
    assert found["https://customs.example/imports"][2] == ["Imports fell by 2% [2]."]


def test_a_superscript_holding_a_link_to_its_note_is_that_note_s_marker():
    md = ("# Trade\n\nExports rose by 5% in 2024.<sup>[1](#fn1)</sup> Imports fell by 2%.<sup>[[2]](#fn2)</sup>\n\n## Notes\n\n"
          "1. Statistics Office, trade bulletin, https://stats.example/trade\n2. Customs Service, import data, https://customs.example/imports\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.text for c in result.claims] == ["Exports rose by 5% in 2024.", "Imports fell by 2%."]
    found = sources_by_url(result)
    assert found["https://customs.example/imports"][2] == ["Imports fell by 2%."]


def test_an_address_keeps_its_query_as_written_less_tracking_and_a_front_page_s_slash_before_it():
    from claims.analysis import urls

    assert urls.normalize_url("https://icsid.example/case-detail?CaseNo=ARB/20/50&utm_source=x") == \
        "https://icsid.example/case-detail?CaseNo=ARB/20/50"
    assert urls.normalize_url("https://www.economy.example/?page=news&nw=2571") == "https://www.economy.example/?page=news&nw=2571"
    assert urls.normalize_url("https://eur-lex.example/TXT/?uri=CELEX:32023H0622(01)") == "https://eur-lex.example/TXT/?uri=CELEX:32023H0622(01)"
    assert urls.identity("https://stats.example/trade/?id=9") == urls.identity("https://stats.example/trade?id=9")


def test_a_note_s_address_cut_anywhere_at_the_line_s_end_is_one_address():
    text = ("Observers reported pressure on voters.1 They noted vote buying.2\n\n"
            "1 OSCE/ODIHR, Statement of Preliminary Findings, 27 October 2024, https://www.osce.example/odihr/elections/geor\n"
            "gia/578134\n2 Transparency International, report, https://transparency.example/en/post/vote-bu\nying-2024\n")
    found = sources_by_url(analyze(Document(text, "pdf-text"), config=CONFIG))
    assert found["https://www.osce.example/odihr/elections/georgia/578134"][2] == ["Observers reported pressure on voters."]
    assert found["https://transparency.example/en/post/vote-buying-2024"][2] == ["They noted vote buying."]


def test_numbers_in_round_brackets_cite_a_dot_numbered_list_only_when_two_or_more_cite_it():
    refs = "\n\n## References\n\n1. Statistics Office, trade bulletin, https://stats.example/trade\n2. Customs Service, imports, https://customs.example/imports\n"
    found = sources_by_url(analyze(Document("# T\n\nExports rose by 5% in 2024 (1). Imports fell by 2% (2)." + refs, "markdown"), config=CONFIG))
    assert found["https://stats.example/trade"][2] == ["Exports rose by 5% in 2024 (1)."]
    assert found["https://customs.example/imports"][2] == ["Imports fell by 2% (2)."]
    # one lone number in brackets may be anything else
    found = sources_by_url(analyze(Document("# T\n\nThe plan has three parts (1). Imports fell." + refs, "markdown"), config=CONFIG))
    assert found["https://stats.example/trade"][2] == []
