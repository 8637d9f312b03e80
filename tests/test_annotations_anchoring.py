"""Finding an annotation's quote again after the text changed (offsets, then quote + context)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.annotations import Anchor, Annotation, locate, reanchor
from workbench.annotations.model import CONTEXT_CHARS

TEXT = "The mayor said yes. The council said yes. Nobody else said anything."


def anchor_of(text: str, phrase: str, occurrence: int = 0) -> Anchor:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Anchor.from_text(text, start, start + len(phrase))


def test_an_anchor_keeps_its_offsets_quote_and_context():
    anchor = anchor_of(TEXT, "The council")
    assert (anchor.start, anchor.end, anchor.quote) == (20, 31, "The council")
    assert anchor.prefix == "The mayor said yes. " and anchor.suffix == " said yes. Nobody else said anyt"


def test_an_unchanged_text_keeps_the_anchor_as_is():
    anchor = anchor_of(TEXT, "said yes", occurrence=1)
    assert locate(anchor, TEXT) == anchor


def test_an_insertion_before_moves_the_anchor_by_its_length():
    anchor = anchor_of(TEXT, "The council")
    moved = locate(anchor, "Update: " + TEXT)
    assert (moved.start, moved.quote) == (anchor.start + 8, "The council")


def test_a_repeated_quote_is_told_apart_by_its_context():
    second = anchor_of(TEXT, "said yes", occurrence=1)  # the council's
    edited = "Breaking news from the harbour. " + TEXT  # now the mayor's is nearer the old offset
    moved = locate(second, edited)
    assert abs(edited.index("said yes") - second.start) < abs(moved.start - second.start)
    assert edited[moved.start - len("council ") : moved.start] == "council "


def test_among_equally_fitting_places_the_nearest_to_the_old_offset_wins():
    text = "yes yes yes yes"
    anchor = Anchor(8, 11, "yes")  # no context remembered
    assert locate(anchor, "x" + text).start == 9  # 1, 5, 9 and 13 fit alike; 9 is nearest
    assert locate(anchor, "xxx" + text).start == 7


def test_a_rewrapped_quote_is_found_despite_changed_whitespace():
    anchor = anchor_of(TEXT, "The council said yes.")
    rewrapped = TEXT.replace("council said", "council\n  said")
    moved = locate(anchor, rewrapped)
    assert moved.quote == "The council\n  said yes." and rewrapped[moved.start : moved.end] == moved.quote


def test_a_quote_no_longer_in_the_text_is_not_found():
    assert locate(anchor_of(TEXT, "The council said yes."), TEXT.replace("council", "board")) is None


def test_reanchor_reports_moves_and_losses_and_drops_nothing():
    council = Annotation(key="claim:1", target="claim", anchor=anchor_of(TEXT, "The council said yes."))
    nobody = Annotation(key="claim:2", target="claim", anchor=anchor_of(TEXT, "Nobody else"))
    mayor = Annotation(key="claim:0", target="claim", anchor=anchor_of(TEXT, "The mayor"))
    edited = TEXT.replace("Nobody else", "No one else").replace("The mayor", "The mayor (who)")
    result = reanchor([mayor, council, nobody], edited)
    assert [a.key for a in result.annotations] == ["claim:0", "claim:1", "claim:2"]
    kept = result.annotations[0].anchor  # same offsets, context read afresh, no warning
    assert (kept.start, kept.end, kept.suffix) == (0, 9, " (who) said yes. The council sai")
    assert result.annotations[1].start == council.start + len(" (who)")
    assert result.unanchored == [nobody] and result.annotations[2] == nobody
    assert result.warnings == [
        "claim:1: re-anchored 'The council said yes.' from 20-41 to 26-47",
        "claim:2: could not re-anchor 'Nobody else' (no longer in the text); kept at 42-53 and flagged unanchored",
    ]


# --- property: edits elsewhere never lose an anchor ----------------------------------------------

WORDS = st.lists(
    st.sampled_from(["the", "minister", "said", "yes", "no", "war", ".", ",", " ", "\n"]), min_size=3, max_size=60
)


@st.composite
def text_anchor_and_edit(draw):
    text = "".join(draw(WORDS))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 25)))
    # an edit (replace text[a:b] by an insertion) wholly before or wholly after the anchor
    if draw(st.booleans()) and start > 0:
        a = draw(st.integers(0, start))
        b = draw(st.integers(a, start))
        shift_before = True
    else:
        a = draw(st.integers(end, len(text)))
        b = draw(st.integers(a, len(text)))
        shift_before = False
    inserted = "".join(draw(st.lists(st.sampled_from(["said", "war", "x", " ", "."]), max_size=6)))
    edited = text[:a] + inserted + text[b:]
    expected = start + (len(inserted) - (b - a) if shift_before else 0)
    return text, Anchor.from_text(text, start, end), edited, expected


@settings(max_examples=300, deadline=None)
@given(text_anchor_and_edit())
def test_edits_elsewhere_keep_the_quote_found(case):
    text, anchor, edited, expected = case
    found = locate(anchor, edited)
    assert found is not None
    assert edited[found.start : found.end] == found.quote == anchor.quote
    if _occurrences(edited, anchor.quote) == 1:  # overlapping ones too: "saidsaids" twice in "saidsaidsaidsaid"
        assert found.start == expected


def _occurrences(text: str, quote: str) -> int:
    return sum(text.startswith(quote, i) for i in range(len(text)))


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=80), st.data())
def test_an_anchor_always_matches_the_text_it_was_taken_from(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    anchor = Anchor.from_text(text, start, end)
    assert anchor.matches(text) and locate(anchor, text) == anchor
    assert text[start - len(anchor.prefix) : end + len(anchor.suffix)] == anchor.prefix + anchor.quote + anchor.suffix
    assert len(anchor.prefix) == min(start, CONTEXT_CHARS) and len(anchor.suffix) == min(len(text) - end, CONTEXT_CHARS)
