"""A side named only as who said it, over a claim that names no side (redteam16, issue #8).

The reader takes the side of a claim from who said it when the claim refers back to the
speaker ("the Taliban said *they* control 85 percent", "Taliban spokesman: *we* have captured
Kohsan"). A claim whose predicate names no one who took or holds the units ("seven districts
have fallen", "85 percent of the country has been captured", "seven districts are under
control") says nothing of the speaker's side: "The government says seven districts have
fallen" was read as seven districts held by the government, the opposite of what it says.
Such a sentence is refused: the side is named only as who said it, and the claim names
neither a side nor a word that refers back to the speaker.
"""

from __future__ import annotations

import re

from .model import ClaimParseError

#: Words of the claim that refer back to who said it (a closed list): a pronoun of the
#: speaker's own side ("they", "its", "we", "our") or a generic noun for it ("the group").
_BACK = re.compile(
    r"\b(?:they|them|their|theirs|it|its|we|us|our|ours|themselves|itself|group|movement"
    r"|militants|insurgents|fighters|rebels|mujahideen|forces|troops|army)\b"
)

#: A predicate that names no one who took or holds the units (a closed list): a fall with no
#: one it fell to ("have fallen", "fell"), a passive with no agent ("have been captured",
#: "were taken"), a bare "under control" ("are under control": whose?).
_AGENTLESS = re.compile(
    r"\b(?:fall|falls|fell|fallen|falling)\b(?!\s+(?:to|into|under|in)\b)"
    r"|\b(?:been|is|are|was|were)\s+(?:now\s+|also\s+)?(?:captured|taken|seized|overrun"
    r"|overran|recaptured|retaken|controlled|held|occupied|won)\b(?!\s+by\b)"
    r"|\b(?:is|are|was|were|been|come|came)\s+(?:now\s+)?under\s+(?:full\s+)?control\b"
)


def refuse_speaker_only_side(
    text: str,
    s: str,
    said: list[tuple[int, int]],
    side_spans: list[tuple[int, int]],
) -> None:
    """Refuse a claim whose predicate names no side (:data:`_AGENTLESS`) when the side is named
    only in who said it (``said``: spans of ``s``, the normalised sentence) and no word of the
    claim refers back to the speaker (:data:`_BACK`)."""
    if not said or not side_spans:
        return
    if not all(any(a <= x and y <= b for a, b in said) for x, y in side_spans):
        return
    claim = s
    for a, b in said:
        claim = claim[:a] + " " * (b - a) + claim[b:]
    bare = _AGENTLESS.search(claim)
    if bare is None or _BACK.search(claim):
        return
    raise ClaimParseError(
        text,
        bare.group(0),
        f"the side is named only as who said it, and the claim ({bare.group(0)!r}) names no "
        "side that took or holds the units: what a speaker says has fallen or been captured "
        "may be another side's (a government saying districts have fallen reports losses); "
        "name the side ('have fallen to the Taliban')",
    )
