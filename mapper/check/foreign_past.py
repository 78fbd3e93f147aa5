"""Where foreign troops once fought, said of a named capital (issue #8).

"Tarin Kowt, the capital of Uruzgan province, where Australian troops fought and died for 13
years, is among more than two dozen provincial centres now in Taliban hands" (Sydney Morning
Herald): the relative clause is the town's past, foreign troops' years there, and holds no
claim of who holds it now; its number counts years, not units. It is set aside, with a note,
only in a closed form:

- *where*, then foreign troops: a nationality or alliance of the foreign forces (a closed
  list: no Afghan side, whose fighting there would make the place contested) and *troops /
  soldiers / forces*;
- one to three verbs of their presence (*fought, died, served, were based, were stationed*),
  joined by *and* or commas, in the simple past (no *are fighting*, no modal);
- optionally *for N years* (a span of years: never a count of units);
- closed by a comma.

Anything else in the clause (a side of the ledger, a verb of taking, another number) is left
in the sentence and refused there.
"""

from __future__ import annotations

_FOREIGN = (
    r"(?:australian|american|us|british|canadian|german|italian|dutch|danish|norwegian"
    r"|nato|coalition|foreign|western|international)"
)
_PRESENCE = r"(?:fought|died|served|were\s+based|were\s+stationed)"
_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)"

#: ", where Australian troops fought and died for 13 years," (normalised text, lower case)
FOREIGN_PAST = (
    rf"where\s+(?:the\s+)?{_FOREIGN}\s+(?:troops|soldiers|forces)\s+{_PRESENCE}"
    rf"(?:(?:\s*,\s*|\s+and\s+){_PRESENCE}){{0,2}}(?:\s+for\s+(?:more\s+than\s+)?{_NUMBER}"
    r"\s+years)?"
)


def foreign_past_note(clause: str) -> str:
    """The note for a set-aside clause of foreign troops' past presence."""
    return (
        f"'{clause}' (where foreign troops once were: the place's past, no claim of who holds "
        "it; its number counts years) set aside, not checked"
    )
