from claims.analysis.argmap import Edge, Node, to_aif, to_argdown, to_graph

NODES = [Node("c1", "The bridge opened in 2019.", "fact"), Node("c2", "The bridge [east] opened in 2020.", "fact"),
         Node("c3", "Records show the 2019 opening.", "fact"), Node("c4", "It opened in 2019, officials said.", "fact")]
EDGES = [Edge("c2", "c1", "conflicts", 0.7), Edge("c3", "c1", "supports", 0.6), Edge("c4", "c1", "same_as", 0.9)]


def test_aif_has_i_nodes_for_claims_and_scheme_nodes_between_them():
    aif = to_aif(NODES, EDGES)
    types = [n["type"] for n in aif["nodes"]]
    assert types.count("I") == 4 and types.count("CA") == 1 and types.count("RA") == 1 and types.count("MA") == 1
    by_id = {n["nodeID"]: n for n in aif["nodes"]}
    ra = next(n["nodeID"] for n in aif["nodes"] if n["type"] == "RA")
    into = [by_id[e["fromID"]]["text"] for e in aif["edges"] if e["toID"] == ra]
    out = [by_id[e["toID"]]["text"] for e in aif["edges"] if e["fromID"] == ra]
    assert into == ["Records show the 2019 opening."] and out == ["The bridge opened in 2019."]


def test_argdown_lists_statements_and_what_bears_on_them():
    text = to_argdown(NODES, EDGES)
    assert "[c2]: The bridge (east) opened in 2020. #fact" in text
    block = text.split("\n\n")[1].splitlines()
    assert block == ["[c1]", "  >< [c2]", "  + [c3]", "  // same as [c4]"]


def test_graph_keeps_every_edge_with_its_type_and_score():
    graph = to_graph(NODES, EDGES)
    assert [(e["from"], e["to"], e["type"]) for e in graph["edges"]] == [("c2", "c1", "conflicts"), ("c3", "c1", "supports"), ("c4", "c1", "same_as")]
    assert len(graph["nodes"]) == 4
