from claims.analysis.spans import DisjointSpans


def test_a_span_overlaps_only_a_neighbour_it_shares_characters_with():
    spans = DisjointSpans([(10, 20), (30, 40)])
    assert [spans.overlaps(s, e) for s, e in ((0, 10), (5, 11), (20, 30), (19, 21), (39, 50), (40, 45), (12, 15))] == \
        [False, True, False, True, True, False, True]
    spans.add(20, 30)
    assert spans.overlaps(25, 26) and not spans.overlaps(40, 41)
