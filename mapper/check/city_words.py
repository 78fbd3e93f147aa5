"""Which words stop a reading when a city word the grammar reads stands in it (issue #8).

The reader refuses every city, town and "the capital" it meets outside its own constructions
(``lexicon.CITY_WORDS``): "could not read 'capital': a city, a town or 'the capital' is not a
unit of the boundary set". That refusal is right for a city the grammar does not read ("the
city of Narnia", "Afghanistan's second-largest city", "major cities", "two northern cities").
It names the wrong words when the city words belong to a provincial capital the named-units
grammar reads with its title ("the provincial capital of Farah province", "Kunduz, the
capital of northern Kunduz province", "the city of Jalalabad"): the sentence is refused for
something else ("..., three sources have confirmed", "The latest to fall is ...").

:func:`capitals_read` says whether every city word of the sentence is one such capital, each
checked by the units grammar itself (:func:`~mapper.check.unit_names.read_units`) on the
words around it. :func:`refusal` names the first city word that is not; when all are, it
takes the refusal of the named-units reading of the whole sentence, if that names other
words of the sentence than the city words; otherwise the city words stay named. It only
chooses which refusal is raised: a sentence refused before stays refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .figures import _candidates
from .lexicon import _MEASURE_NOUNS, CITY_WORDS
from .model import ClaimParseError, ParsedClaim
from .unit_names import NamedUnit, name_words, read_units

if TYPE_CHECKING:
    from ..matching import Gazetteer

#: How many words before a city word, and after it, its capital's title may reach: "kandahar,
#: afghanistan second-largest city" (four before), "jalalabad, one of the biggest cities"
#: (five before), "the capital of the southern province of nimroz" (seven after).
_BEFORE = 6
_AFTER = 8

_WORD = re.compile(r"[a-z][a-z'-]*")


#: A name and a comma before a capital's title ("kunduz, the capital of ..."): the apposition
#: the title belongs to, read with it
_HEAD = re.compile(r"(?P<head>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})\s*,\s*(?:(?:the|an?)\s+)?$")


def _capitals_only(s: str, part: str, gaz: Gazetteer) -> bool:
    """Whether the units grammar reads ``part`` of ``s`` as provincial capitals only."""
    try:
        found: list[NamedUnit] = read_units(s, part, gaz, change=True)[0]
    except ClaimParseError:
        return False
    return bool(found) and all(u.kind == "capital" for u in found)


def _read_as_capitals(
    s: str, a: int, b: int, gaz: Gazetteer, earlier: tuple[int, ...] = ()
) -> str | None:
    """The shortest span of ``s`` around the city word at ``s[a:b]`` that the units grammar
    reads as provincial capitals only, or ``None``. A title after a name and a comma must be
    read with it ("kunduz, the capital of herat province" is not read: the places data
    disagrees, though "the capital of herat province" alone is Herat). ``earlier``: where
    the spans read for the city words before it start, tried too ("jalalabad, the capital
    city of nangarhar province and one of the biggest cities": one apposition of two parts)."""
    words = list(_WORD.finditer(s))
    starts = sorted({*earlier, *[w.start() for w in words if w.start() <= a][-_BEFORE:]})
    ends = [w.end() for w in words if w.end() >= b][:_AFTER]
    names = name_words(gaz)
    spans = sorted(((i, j) for i in starts for j in ends), key=lambda ij: ij[1] - ij[0])
    for i, j in spans:
        part = s[i:j]
        if not names & set(re.findall(r"[a-z]+", part)) and "afghan" not in part:
            continue  # no name of the places data (nor "the Afghan capital"): none read
        if not _capitals_only(s, part, gaz):
            continue
        head = _HEAD.search(s[:i])
        if head is not None and head["head"].split()[-1] in names:
            heads = [head.start("head") + w.start() for w in _WORD.finditer(head["head"])]
            if not any(_capitals_only(s, s[k:j], gaz) for k in heads):
                return None
        return part
    return None


def capitals_read(s: str, gaz: Gazetteer) -> tuple[list[str], re.Match[str] | None]:
    """For each city word of the normalised sentence ``s`` (``lexicon.CITY_WORDS``), the
    words around it the units grammar reads as a provincial capital with its title ("the
    provincial capital of farah province", "kunduz, the capital of northern kunduz"), up to
    the first city word not read so (a city the grammar does not read), returned second
    (``None`` when every one is read)."""
    spans: list[str] = []
    at: list[int] = []
    for m in CITY_WORDS.finditer(s):
        span = _read_as_capitals(s, m.start(), m.end(), gaz, tuple(at[-1:]))
        if span is None:
            return spans, m
        spans.append(span)
        at.append(s.rfind(span, 0, m.end()))
    return spans, None


def _a_measured_figure(s: str, part: str) -> bool:
    """Whether ``part`` (as the named-units grammar refused it: words of ``s``, or its unread
    words joined) holds a figure of ``s`` that counts or shares a measure ("three districts
    in uruzgan", "half of the country's 34 provincial capitals"): the figure grammar reads
    that, so the named-units grammar refusing it names no blocker."""
    at = s.find(part)
    words = set(re.findall(r"[a-z0-9]+", part))
    for c in _candidates(s):
        inside = (
            c.end > at and c.start < at + len(part)
            if at >= 0
            else set(re.findall(r"[a-z0-9]+", s[c.start : c.end])) <= words
        )
        if inside and any(w in _MEASURE_NOUNS for w in re.findall(r"[a-z]+", s[c.end :])[:4]):
            return True
    return False


def refusal(
    text: str,
    s: str,
    gaz: Gazetteer,
    why: str,
    units_reading: Callable[[frozenset[str]], ParsedClaim | None],
) -> ClaimParseError:
    """The refusal of ``text``, whose normalised words ``s`` hold a city word: ``why`` naming
    the first city word the grammar does not read; when every one is a provincial capital it
    reads, the refusal of the named-units reading of the sentence instead, if it names other
    words of the sentence (not the city words, nor a figure of a measure the figure grammar
    reads); else ``why`` naming the first city word.

    Parameters
    ----------
    text
        The sentence as published.
    s
        The normalised sentence (clauses set aside blanked), with a city word.
    gaz
        The boundary set's names.
    why
        The reason a city word is refused.
    units_reading
        The named-units reading of the whole sentence, a figure in it or not: raises its
        refusal (the words it does not read, but for the words given, those of the capitals
        read, when its construction is not there), or returns the claim, or ``None`` when
        the sentence has no verb of that grammar.
    """
    spans, unread = capitals_read(s, gaz)
    if unread is not None:
        return ClaimParseError(text, unread.group(0), why)
    first = CITY_WORDS.search(s)
    assert first is not None
    read = frozenset(w for p in spans for w in re.findall(r"[a-z]+", p))
    try:
        units_reading(read)
    except ClaimParseError as e:
        named = re.findall(r"[a-z0-9]+", e.part.lower())
        if (
            named
            and not CITY_WORDS.search(" ".join([e.part.lower(), *e.unread]))
            and set(named) <= set(re.findall(r"[a-z0-9]+", text.lower()))
            and not _a_measured_figure(s, e.part.lower())
        ):
            listed = ", ".join(repr(p) for p in spans)
            return ClaimParseError(
                text,
                e.part,
                f"{e.problem} (the city words are read as provincial capitals of the places "
                f"data: {listed})",
                unread=e.unread,
            )
    # read whole by the units grammar (a figure beside it stops the reading), not its
    # construction, or refused for the city words or a figure: the city words stay named
    return ClaimParseError(text, first.group(0), why)
