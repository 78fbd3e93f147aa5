"""A headline's passive with its auxiliary left out: "Mazar-i-Sharif city overrun by Taliban"
(issue #8, dev6 f4263).

Headlines drop "was" / "were": a whole sentence made of a noun phrase, a participle of taking
and its agent ("<place> captured by <side>") says that the place was taken by the side. It
is rewritten with the auxiliary ("Mazar-i-Sharif city was overrun by Taliban") and read by
the whole grammar; only a reading of named units is kept (anything else is read, or
refused, as written: "Ten districts captured by Taliban" as a count after a verb of taking).

Only the whole sentence, no comma, colon or quotation, a noun phrase with no verb, negation
or auxiliary of its own, and a closed list of participles ("captured", "seized", "overrun",
"taken", "taken over", "conquered", "occupied"); a verb of taking back ("recaptured") is not
in it.
"""

from __future__ import annotations

import re

_PASSIVE = re.compile(
    r"^(?P<np>[A-Za-z][^,;:!?\"“”‘’']*?)\s+"
    r"(?P<verb>captured|seized|overrun|taken(?:\s+over)?|conquered|occupied)\s+by\s+"
    r"(?P<by>[^,;:!?\"“”‘’]+?)\s*\.?$"
)
_NOT_A_NOUN_PHRASE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|not|no|never|nearly|almost|partly"
    r"|partially|reportedly|allegedly)\b",
    re.IGNORECASE,
)


def headline_passive(text: str) -> tuple[str, str] | None:
    """``text`` with the auxiliary a headline's passive leaves out put back, and the note
    saying so; ``None`` when ``text`` is not such a headline."""
    m = _PASSIVE.match(" ".join(text.split()))
    if m is None or _NOT_A_NOUN_PHRASE.search(m["np"]):
        return None
    aux = "were" if re.search(r"\band\b", m["np"], re.IGNORECASE) else "was"
    rewritten = f"{m['np']} {aux} {m['verb']} by {m['by']}."
    note = (
        f"'{m['np']} {m['verb']} by {m['by']}' (a headline's passive, its auxiliary left out) "
        f"read as '{m['np']} {aux} {m['verb']} by {m['by']}'"
    )
    return rewritten, note
