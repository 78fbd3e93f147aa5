"""A question is no claim (redteam16, issue #8).

"The Taliban hold five districts in Herat province?", "Zaranj fell to the Taliban?", "The
Taliban control 150 districts, despite the US airstrikes?": a headline or a sentence that
ends in a question mark asks whether a side holds the units; it does not say so. The grammar
keeps "?" among the words it must read, so a question is refused when every word is read by
it; but the readers that set a part aside whole (a province name, a clause of circumstance,
the named-units grammar) took the "?" with the word before it and read the question as the
claim. A question mark that ends the sentence or one of its clauses (before a space, a closing
quote or bracket, or the end) is refused here, before any reader runs. A "?" inside a word
(a web address's "?q=") is none.
"""

from __future__ import annotations

import re

from .model import ClaimParseError

#: A question mark closing a sentence or clause: before the end, a space, or closing quotes
#: and brackets.
_QUESTION = re.compile(r"\S*\?+(?=[\s\"'”’»)\]]*(?:\s|$))")


def refuse_question(text: str) -> None:
    """Refuse ``text`` (as published) when a question mark closes it or one of its clauses."""
    m = _QUESTION.search(text)
    if m is not None:
        raise ClaimParseError(
            text,
            m.group(0),
            "a question ('?') asks whether a side holds the units, it does not say so: not "
            "read as a claim; state what a side holds",
        )
