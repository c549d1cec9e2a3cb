"""The shipped models load from the package, score in the documented ranges and explain themselves."""
from claims.analysis.checkworthiness import CheckworthinessModel
from claims.analysis.sentence import checkworthiness, view
from claims.analysis.stance import claim_direction, default_model


def test_a_dated_counted_attributed_statement_is_more_check_worthy_than_an_opinion():
    model = CheckworthinessModel.default()
    assert model.vocabulary, "the trained weights ship with the package"
    fact, why = checkworthiness("Unemployment fell to 4.1 percent in March 2024, the statistics office said.", model)
    opinion, _ = checkworthiness("I think we all deserve a little more kindness in our lives.", model)
    assert 0 <= opinion < fact <= 1
    assert why and all("(" in w for w in why)


def test_sentence_view_reports_the_signals_it_used():
    v = view("The ministry said 300 nurses were hired in 2023.")
    assert v.kind == "fact" and v.has_time and v.has_quantity and v.speaker == "The ministry"
    assert {"number", "reporting verb", "has time", "kind fact"} <= set(v.signals)


def test_claim_direction_tells_calls_to_stop_from_calls_to_act():
    assert claim_direction("Smoking should be banned in public parks") == -1
    assert claim_direction("Cities should build more cycle lanes") == 1


def test_stance_separates_an_argument_for_from_an_argument_against():
    model = default_model()
    claim = "Cities should build more cycle lanes"
    pro = model.predict(claim, "Cycle lanes make cycling safer and reduce traffic and pollution.")
    con = model.predict(claim, "Cycle lanes waste money and cause dangerous congestion for drivers.")
    assert pro.label == "supports" and con.label == "counters"
    assert pro.score > con.score and pro.evidence
