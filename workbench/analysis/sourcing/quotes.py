"""Attributions in the headline and body paragraphs: direct, split, floating, indirect and mixed quotes.

This module keeps the import path of the names the rest of the package uses; the work is done in
:mod:`.reader` (the paragraph reader and the order of the constructions), :mod:`.constructions` (one
module per construction), :mod:`.paragraph` (the ledger of claimed spans), :mod:`.boundaries` (where
content starts and ends), :mod:`.subjects`, :mod:`.marks` (quotation-mark pairing), :mod:`.model`.

Each paragraph is read twice. First its quotation marks are paired and every quotation is asked
whether a reporting cue is attached to it: after it (‘“…,” Doo explained’, ‘“…,” said Yang’),
before it (‘Putin said: “…”’), or none, where a quotation that makes a sentence of its own
continues the previous speaker (a floating quote). Quotations that are none of these are scare
quotes, titles or nicknames, and never attributions on their own. Then every sentence is
searched for reporting cues outside those quotations: "X said (that) …", "…, X said", "according
to X, …", "X, …, described … as …", "…, adding that …"; a partial quotation inside such reported
content makes it a mixed quote. Beliefs, intentions and evaluations count as PolNeAR annotates them:
"X seemed unconvinced", "X is believed to …" (subject and predicate, no source), "X was endorsed by
Y", "donors backing X", "Cruz's attacks on Trump", "her decision to …", "X was critical of …",
"In a CBS poll, …", and a headline's "X: …". Reported content keeps its complementizer ("that …").
"""

from __future__ import annotations

from .marks import QUOTE_MARKS, quoted_spans
from .model import Attribution, Draft, Quoted
from .reader import ParagraphReader, find_attributions

__all__ = ["QUOTE_MARKS", "Attribution", "Draft", "ParagraphReader", "Quoted", "find_attributions", "quoted_spans"]
