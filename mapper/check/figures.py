"""Figures of a sentence: number candidates, the noun phrase a figure counts, stated
denominators, comparisons, and whether a count after a taking verb is a total or a lower bound."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import cast

from ..matching import Gazetteer
from . import capitals
from .grammar import FILLER_WORDS, number_words_value
from .lexicon import (
    _CMP_AFTER,
    _CMP_BEFORE,
    _COMPARATORS,
    _CONTROL_NOUN,
    _DENOMINATOR_APPROX,
    _FRAC_DEN,
    _FRAC_NUM,
    _LEAD_WORDS,
    _MEASURE_NOUNS,
    _QUANTITY_PATTERNS,
    _STOP_WORDS,
    _TAKE_OVER,
)
from .model import (
    SHARE_ABOUT_TOL,
    SHARE_FRACTION_TOL,
    ClaimParseError,
    Comparison,
    Figure,
    Measure,
    ParsedClaim,
)
from .scopes import _units_in_scope


def _to_number(token: str) -> float:
    token = token.strip().replace(",", "")
    if token.replace(".", "", 1).isdigit():
        return float(token)
    value = number_words_value(token)
    if value is None:
        raise ClaimParseError(token, token, "number words that are not one number")
    return float(value)


def _decimals_precision(token: str) -> float:
    """Half of the last written digit of a percentage, as a share: '85' -> 0.005."""
    decimals = len(token.split(".")[1]) if "." in token else 0
    return 0.5 * 10.0 ** (-decimals) / 100.0


@dataclass
class _Candidate:
    kind: str
    start: int
    end: int
    figure: Figure
    implied: Comparison | None = None


def _candidates(s: str) -> list[_Candidate]:
    taken: list[tuple[int, int]] = []
    out: list[_Candidate] = []
    for kind, pat in _QUANTITY_PATTERNS:
        for m in pat.finditer(s):
            if any(m.start() < e and b < m.end() for b, e in taken):
                continue
            fig, implied = _figure(kind, m)
            if fig is None:
                continue
            taken.append((m.start(), m.end()))
            out.append(_Candidate(kind, m.start(), m.end(), fig, implied))
    return sorted(out, key=lambda c: c.start)


def _figure(kind: str, m: re.Match[str]) -> tuple[Figure | None, Comparison | None]:
    text = re.sub(r"\s+", " ", m.group(0))  # a blanked "or 213" leaves spaces
    if kind == "ordinal":  # "1th" is the rewritten token: show "1st", "2nd", "3rd", "11th"
        n = int(m["a"])
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        text = f"{n}{suffix}"
    if kind == "pct-range":
        a, b = float(m["a"]) / 100, float(m["b"]) / 100
        prec = max(_decimals_precision(m["a"]), _decimals_precision(m["b"]))
        return Figure("share", min(a, b), max(a, b), prec, text, kind=kind), None
    if kind == "pct":
        v = float(m["a"]) / 100
        return Figure("share", v, v, _decimals_precision(m["a"]), text, kind=kind), None
    if kind == "slash":
        num, den = int(m["a"]), int(m["b"])
        if den == 0 or num > den or den > 20:
            return None, None  # not a fraction of a whole ("17/07", "3/2")
        return Figure("share", num / den, num / den, SHARE_FRACTION_TOL, text, kind=kind), None
    if kind == "fraction":
        den_word = m["b"].rstrip("s") if m["b"] != "halves" else "halves"
        den = _FRAC_DEN[den_word]
        if m["a"] is None and den != 2:
            return None, None  # "third" alone is an ordinal ("the third district")
        num = _FRAC_NUM[m["a"]] if m["a"] else 1
        if num >= den:
            return None, None
        return Figure("share", num / den, num / den, SHARE_FRACTION_TOL, text, kind=kind), None
    if kind == "all":
        return Figure("share", 1.0, 1.0, 0.0, text, kind=kind), None
    if kind == "total":
        # the whole of the scope: exactly 1 (a hair of rounding for sums of areas)
        return Figure("share", 1.0, 1.0, 1e-9, "100%", kind=kind), None
    if kind == "most":
        return Figure("share", 0.5, 0.5, 0.0, text, kind=kind), "over"
    if kind == "count-of":
        a, b = _to_number(m["a"]), _to_number(m["b"])
        if a > b:
            return None, None
        return Figure("count", a, a, 0.0, text, of_total=int(b), kind=kind), None
    if kind == "count-or":
        a, b = _to_number(m["a"]), _to_number(m["b"])
        if b != a + 1:
            return None, None  # "5 or 10" is one of two figures, not the range between them
        return Figure("count", a, b, 0.0, text, kind=kind), None
    if kind in ("count-between", "count-range"):
        a, b = _to_number(m["a"]), _to_number(m["b"])
        return Figure("count", min(a, b), max(a, b), 0.0, text, kind=kind), None
    v = _to_number(m["a"])
    return Figure("count", v, v, 0.0, text, kind=kind), None


@dataclass
class _Phrase:
    """The noun phrase after a figure: its words, where it ends, the spans it accounts for
    (lead words, measure nouns, the country's name, a stated denominator)."""

    words: list[str]
    end: int
    spans: list[tuple[int, int]] = field(default_factory=list)
    denominator: float | None = None
    denominator_text: str = ""
    denominator_at: int = -1  # where the stated denominator stands in the sentence


#: Number words that may be a stated denominator ("two of Kunduz's seven districts").
_SMALL_NUMBER_WORDS = frozenset(
    [
        *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
        *("twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"),
        *("nineteen", "twenty", "thirty", "forty"),
    ]
)
#: Lead words that pick a part of what follows: descriptive after a count ("three key
#: districts" are three districts), a subset after a share ("half of the key districts").
_SUBSET_WORDS = frozenset(["key", "rural", "strategic"])
#: Plural nouns a count counts: after one of them, no denominator and no other unit noun.
_COUNT_NOUNS = frozenset(["districts", "provinces", "provincialcapitals", "centres", "centers"])
_NP_TOKEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|[a-z]+|[,;:()\[\]]")


def _noun_phrase(s: str, start: int, country: frozenset[str]) -> _Phrase:
    """The noun phrase of ``s`` from ``start``: up to five words, to the first stop word.
    A number in it ("of Afghanistan's 421 districts", "out of a possible 421") is the
    sentence's own denominator."""
    phrase = _Phrase([], start)
    leading = True
    saw_of = False  # a stated total follows "of" / "out of" ("of Afghanistan's 421")
    pending: list[tuple[str, tuple[int, int]]] = []
    for m in _NP_TOKEN.finditer(s, start):
        w, span = m.group(0), m.span()
        if w in ",;:()[]":
            break  # punctuation ends the noun phrase
        if leading and w in _LEAD_WORDS:
            saw_of = saw_of or w in ("of", "out")
            phrase.spans.append(span)
            phrase.end = m.end()
            continue
        if w[0].isdigit() or (w in _SMALL_NUMBER_WORDS and not leading):
            if phrase.denominator is not None:
                break
            if not saw_of or any(
                x in _COUNT_NOUNS or (x in FILLER_WORDS and x not in _LEAD_WORDS)
                for x in phrase.words
            ):
                # "18 districts 34", "34 the Taliban hold 18 districts", "one 18 districts": a
                # number after the noun, after a verb or with no "of" before it is no
                # denominator of this figure: leave it unread
                break
            phrase.denominator_at = span[0]
            phrase.denominator = _to_number(w)
            phrase.denominator_text = " ".join(
                [*(p for p, _ in pending if p not in ("an", "possible")), w]
            )
            phrase.spans += [sp for _, sp in pending] + [span]
            pending = []
            phrase.end = m.end()
            continue
        if w in _DENOMINATOR_APPROX and phrase.denominator is None:
            pending.append((w, span))
            continue
        leading = False
        if w in _STOP_WORDS or len(phrase.words) >= 5:
            break
        if w in _MEASURE_NOUNS and any(x in _COUNT_NOUNS for x in phrase.words):
            break  # "34 districts province": a second unit noun after the counted one: unread
        phrase.words += [p for p, _ in pending]
        pending = []
        phrase.words.append(w)
        phrase.end = m.end()
        if w in _MEASURE_NOUNS or w in country:
            phrase.spans.append(span)
    if phrase.denominator is not None and not (
        phrase.words
        and _MEASURE_NOUNS.get(phrase.words[-1]) in ("districts", "provinces", "capitals")
    ):
        # a number not followed by districts or provinces is no denominator: leave it unread
        phrase.spans = [sp for sp in phrase.spans if not s[sp[0]].isdigit()]
        phrase.denominator, phrase.denominator_text = None, ""
    if phrase.denominator is None and phrase.words:
        _trailing_denominator(s, phrase)
    return phrase


_OF_TOTAL = re.compile(
    r"\s*(?P<of>(?:out\s+)?of)\s+(?:the\s+)?"
    r"(?:(?!(?:roughly|about|approximately|some|around|nearly|almost)\b)"
    r"(?P<place>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+)?"
    r"(?P<approx>(?:roughly|about|approximately|some|around|nearly|almost)\s+)?"
    r"(?P<num>\d+(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+"
    r"(?P<noun>districts|provinces|provincialcapitals)\b"
)


#: "about 250 Afghan districts out of 398", "150 districts out of a possible 421.": a total
#: with its noun left out, after the counted noun; only with "out of" and only where the
#: clause ends (a place or anything else after the number leaves it unread).
_OUT_OF_BARE = re.compile(
    r"\s*(?P<of>out\s+of)\s+(?P<approx>(?:a\s+possible|a\s+total\s+of|roughly|about"
    r"|approximately|some|around|nearly|almost)\s+)?(?P<num>\d{1,3}(?:,\d{3})?)(?=\s*(?:[,;:)]|$))"
)


def _trailing_denominator(s: str, phrase: _Phrase) -> None:
    """ "12 districts of Ghazni's 19 districts", "five districts out of Sar-e-Pul's seven
    districts": the denominator after the measure noun, when it counts the same noun. The
    place between is left for the province reader (an unknown one is refused there)."""
    m = _OF_TOTAL.match(s, phrase.end)
    noun = phrase.words[-1]
    if m is None:
        bare = _OUT_OF_BARE.match(s, phrase.end)
        if bare is not None and noun in _COUNT_NOUNS:
            phrase.denominator = _to_number(bare["num"])
            approx = (bare["approx"] or "").strip()
            phrase.denominator_text = " ".join(
                w for w in (approx if approx != "a possible" else "", bare["num"]) if w
            )
            for g in ("of", "approx", "num"):
                if bare[g]:
                    phrase.spans.append(bare.span(g))
            phrase.end = bare.end()
        return
    counted = _MEASURE_NOUNS.get(m["noun"])
    # "nine provincial capitals of the country's 34 provinces": one capital a province
    same = counted == _MEASURE_NOUNS.get(noun) or (
        _MEASURE_NOUNS.get(noun) == "capitals" and counted == "provinces"
    )
    if not same:
        return
    if m["place"] and any(
        w in _MEASURE_NOUNS
        # "of the country's 34 provinces" after provincial capitals: the country is the scope
        and not (same and counted != "districts" and w in ("country", "nation"))
        for w in m["place"].split()
    ):
        return
    phrase.denominator = _to_number(m["num"])
    phrase.denominator_text = ((m["approx"] or "") + m["num"]).strip()
    for g in ("of", "approx", "num", "noun"):
        if m[g]:
            phrase.spans.append(m.span(g))
    phrase.end = m.end()


def _measure_of(words: list[str], country: frozenset[str] = frozenset()) -> Measure | None:
    for i, w in enumerate(words):
        after_district = i > 0 and words[i - 1] in ("district", "districts")
        if w in ("centres", "centers") and not after_district:
            # "district centres" are the districts; "population centres", "urban centres" and
            # bare "centres" are towns: no unit of the boundary set, so nothing is measured
            return None
    heads: list[Measure] = [
        _MEASURE_NOUNS.get(w, "area") for w in words if w in _MEASURE_NOUNS or w in country
    ]
    return heads[-1] if heads else None


def _total_of(figure: Figure, phrase: _Phrase) -> float:
    return float(figure.of_total or phrase.denominator or 0)


def _restatement(
    readable: list[tuple[_Candidate, Measure, _Phrase]],
) -> tuple[_Candidate, _Phrase] | None:
    """The second figure when it only restates the first as a percentage ("224 out of a
    possible 421 districts, some 53 percent"): the count's own share, within a point."""
    if len(readable) != 2:
        return None
    (c1, m1, p1), (c2, m2, p2) = readable
    total = _total_of(c1.figure, p1)
    if c1.figure.form != "count" or c1.figure.lo != c1.figure.hi or not total:
        return None
    # the share restates the count only as a share of the same units, or of "the country" as
    # reporting loosely says it; "53 percent of the population / of the territory / of the
    # border" is another measure: a second claim (it was set aside as the count's own share;
    # red-team finding, #8)
    if m2 != m1 and not (m2 == "area" and set(p2.words) <= {"country", "afghanistan"}):
        return None
    if c2.figure.form != "share" or c2.kind != "pct" or c2.figure.lo != c2.figure.hi:
        return None
    if abs(c1.figure.lo / total - c2.figure.lo) > 0.01 + c2.figure.precision:
        return None
    return c2, p2


def _is_context(
    s: str,
    c: _Candidate,
    first: tuple[_Candidate, Measure, _Phrase],
    measure: Measure,
    n_provinces: int = 0,
) -> bool:
    """Whether count ``c`` is context for the first figure ("districts in 34 provinces").

    Only after a count: "50 districts in 20 provinces" counts 50 wherever they are, but "half
    of the districts in 20 provinces" is a share of the districts of those 20 provinces (a
    part the sentence does not name), not of the country's (red-team finding, #8). After a
    share, only every province of the boundary set ("50 percent of the approximately 400
    districts in 34 provinces") is context."""
    _cand, first_measure, phrase = first
    before = s[phrase.end : c.start].split()
    return (
        (_cand.figure.form == "count" or (c.figure.lo == c.figure.hi == n_provinces > 0))
        and c.figure.form == "count"
        and c.kind == "count"
        and first_measure == "districts"
        and measure == "provinces"
        and before in (["in"], ["across"], ["spread", "across"], ["in", "all"])
    )


#: A verb of taking or falling: with a span of days ("captured six provincial capitals on
#: 6-9 August", "five districts fell last week") the figure is what changed in the span.
_TAKEN = re.compile(
    r"\b(?:captur\w*|seiz\w*|took|tak(?:en|ing)|overr[au]n\w*|fell|fallen|falling|swept"
    r"|grabbed|gained|won|conquer\w*|lost|losing)\b"
)


#: A verb of taking (no loss): a bare count after it is what was taken, a lower bound. The
#: headline present "fall(s) to" and the noun "the fall of" too ("Two districts fall to
#: Taliban", fresh7 g7072).
_TAKEN_ONLY = re.compile(
    r"\b(?:captur\w*|seiz\w*|took|tak(?:en|ing)|overr[au]n\w*|fell|fallen|swept|grabbed"
    r"|gained|won|conquer\w*|retook|retaken|recaptur\w*"
    r"|falls?(?=\s+(?:to|into)\b)|fall(?=\s+of\b))\b"
)
#: A verb of taking back ("retook", "recaptured", "regained control of", "reclaimed"): what
#: was taken back is part of what the side holds, never its total (it held others before).
_RETAKEN = re.compile(
    r"\b(?:re-?(?:tak(?:e|es|en|ing)|took|captur\w*|claim(?:s|ed|ing)?|gain(?:s|ed|ing)?))\b"
)
#: "of Laghman province's six districts", "out of 419 district centres": a stated total.
_OF_STATED_TOTAL = re.compile(
    r"\s*(?:out\s+)?of\s+(?:[a-z'-]+\s+){0,4}?(?:\d+(?:,\d{3})*|"
    + "|".join(sorted(_SMALL_NUMBER_WORDS, key=len, reverse=True))
    + r")\s+(?:district|province|provincialcapital)"
)
#: Words that make a count after a verb of taking the side's total ("now holds", "in all").
_STATE_NOW = re.compile(
    r"\b(?:now|total|in all|altogether|currently|so far|to date)\b"
    r"|\bby\s+(?:the\s+end\s+of\s+|mid-?|early\s+|late\s+)?"
    r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)


#: A share between commas right after a count's noun phrase ("about 212 of Afghanistan's
#: district centers, about half, are ..."): it may restate the count.
_APPOSITION_BEFORE = re.compile(r"^\s*,\s*$")


def _apposition(
    text: str,
    s: str,
    cand: _Candidate,
    measure: Measure,
    phrase: _Phrase,
    others: list[_Candidate],
    gaz: Gazetteer,
) -> tuple[list[tuple[int, int]], str] | None:
    """The spans and note of a share in apposition that restates the count (", about half,"):
    checked against the count over its total (the sentence's own, else the gazetteer's units);
    a share that does not restate it, or with no total to check it on, is refused."""
    f = cand.figure
    if f.form != "count" or f.lo != f.hi or measure not in ("districts", "provinces"):
        return None
    for c in others:
        if c.figure.form != "share" or c.figure.lo != c.figure.hi:
            continue
        cmp_, cmp_text, spans = _comparison(text, s, c, c.end)
        lead = s[phrase.end : min(spans[0][0], c.start) if spans else c.start]
        if not _APPOSITION_BEFORE.match(lead) or not re.match(r"\s*,", s[c.end :]):
            continue
        total = float(f.of_total or phrase.denominator or 0) or _units_in_scope(
            text, s, measure, gaz
        )
        shown = f"{cmp_text} {c.figure.text}".strip()
        if not total:
            raise ClaimParseError(
                text,
                shown,
                "a share beside a count restates it only on a known total of "
                "districts: parse with the boundary set's names (the CLI does)",
            )
        share, v = f.lo / total, c.figure.lo
        tol = {"about": SHARE_ABOUT_TOL, "as-stated": SHARE_FRACTION_TOL}.get(cmp_)
        if tol is None or abs(share - v) > tol:
            raise ClaimParseError(
                text,
                shown,
                f"'{shown}' beside {f.text} {measure} does not restate it "
                f"({f.lo:g} of {total:g} is {100 * share:.1f}%): two figures, two claims",
            )
        note = (
            f"'{shown}' restates the count ({f.lo:g} of {total:g} {measure} is "
            f"{100 * share:.1f}%): read as the same claim, not checked again"
        )
        return [(c.start, c.end), *spans], note
    return None


#: A denominator put first, at the head of the sentence: "Out of 421 districts and district
#: centers in the country, the insurgents have taken control of nearly a third", "Of Ghazni's
#: 18 districts, seven have fallen", "out of the 419 district centers in Afghanistan, about
#: half are under Taliban control" (also after "X said that"). Only "of" / "out of" (a
#: partitive): "From 18 districts in May, ..." may be a change, and stays refused.
_FRONTED = re.compile(
    r"(?:^\s*|(?<=\bthat\s)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\bsay\s))"
    r"(?:(?:out\s+)?of|(?P<frm>from))\s+(?P<den>(?:the\s+)?(?:(?!(?:out|of|the)\b)[a-z][a-z-]*\s+){0,2}?"
    r"(?:a\s+possible\s+|a\s+total\s+of\s+)?(?:approximately\s+|about\s+|roughly\s+|some\s+"
    r"|nearly\s+|almost\s+|around\s+)?\d{1,3}(?:,\d{3})?\s+(?P<unit>districts(?:\s+and\s+district"
    r"\s+cent(?:er|re)s)?|district\s+cent(?:er|re)s|provinces|provincialcapitals)"
    r"(?:\s+in\s+(?:(?!(?:out|of)\b)[a-z][a-z-]*)(?:\s+(?!(?:out|of)\b)[a-z][a-z-]*){0,2})?)"
    r"\s*,\s*"
)
#: The unit nouns a fronted denominator's figure may repeat ("..., seven districts have
#: fallen"); any other noun after the figure leaves the sentence as written (and refused for
#: its two figures).
_FRONT_UNIT = {
    "districts": ("districts", "district centers", "district centres"),
    "district centers": ("districts", "district centers", "district centres"),
    "district centres": ("districts", "district centers", "district centres"),
    "provinces": ("provinces",),
    "provincialcapitals": ("provincialcapitals",),
}


def _front_denominator(s: str) -> tuple[str, str, str]:
    """The sentence with a fronted denominator (:data:`_FRONTED`) put after its figure, a
    note saying so ("" when there is none) and the denominator as written (its place, if
    any, is the only scope the claim may have: the reader checks it). The rest of the
    sentence must hold exactly one figure, standing alone ("nearly a third", "seven have
    fallen") or before the same unit noun ("seven districts have fallen"); else the sentence
    is left as written."""
    m = _FRONTED.search(s)
    if not m or re.search(r"\S\s{2,}\S", s[m.start() : m.end()]):
        # a phrase set aside inside it ("Of 398 districts in 2001, ..." has its date blanked):
        # the date or clause would be the denominator's, not the claim's: left as written
        return s, "", ""
    rest = s[m.end() :]
    if m["frm"] and not re.search(
        r"\b(?:have|has|had)\s+(?:all\s+)?fallen\s+to\b|\bfell\s+to\b", rest
    ):
        # "From 18 districts in Ghazni, seven have fallen to the Taliban" is out of 18; "From
        # 18 districts, the government now holds seven" may be a fall from 18: not read
        return s, "", ""
    cands = _candidates(rest)
    if len(cands) != 1 or cands[0].kind not in ("count", "pct", "fraction", "slash", "most"):
        return s, "", ""
    c = cands[0]
    unit = m["unit"].split(" and ")[0]
    after = rest[c.end :]
    noun = re.match(r"\s+(district\s+cent(?:er|re)s|[a-z]+)\b", after)
    at = c.end
    if noun and noun.group(1) in _FRONT_UNIT.get(unit, ()):
        if c.figure.form != "count":
            return s, "", ""  # "a third districts": not a share of the fronted total
        at = c.end + noun.end()
        joined = " out of "
    elif noun and noun.group(1) in (*_MEASURE_NOUNS, "of", "out"):
        return s, "", ""  # "half of Herat", "150 provinces": not the fronted denominator's figure
    else:
        joined = " of " if c.figure.form == "share" else " out of "
    den = m["den"]
    moved = f"{rest[:at]}{joined}{den}{rest[at:]}"
    note = (
        f"'{s[m.start() : m.end()].strip(' ,')}' (a denominator put first) read with its "
        f"figure: '{(rest[c.start : at] + joined + den).strip()}'"
    ).replace(capitals.TOKEN, "provincial capitals")
    return s[: m.start()] + moved, note, den


def _strip_after_modifier(rest: str) -> str:
    for pat, _cmp in _CMP_AFTER:
        m = pat.match(rest)
        if m:
            return rest[m.end() :]
    return rest


def _looks_like_date(s: str, c: _Candidate) -> bool:
    v = c.figure.lo
    return 1900 <= v <= 2100 and c.figure.text.isdigit()


_CONTROL_WORD = r"(?:control|power|authority|sway|grip|hold)"


def _control_noun_read_before(text: str, before: str) -> bool:
    """Is "control" just before this "over" a noun whose left context the reader has already
    taken out of ``before`` (the normalised, masked sentence)? The attribution verb ("The
    Taliban claim control over 85%": side and "claim" are masked) and the possessive ("the
    Taliban's control over 85%": the normaliser drops "'s"), so the written sentence is asked
    (claims, maintains, retains, regains, asserts, keeps, won control over; holds sway over).
    "The Taliban control over 85%" and "The Taliban, officials say, control over 85%" (the
    verb) are neither: "over" stays "more than"."""
    if re.search(_CONTROL_WORD + r"\s+$", before) is None:
        return False
    verb = (
        r"\b(?:claim|maintain|retain|regain|assert)(?:s|ed|ing)?|\bkeeps?|\bkept"
        r"|\bwin(?:s|ning)?|\bwon|\bhold(?:s|ing)?|\bheld"
    )
    noun = r"(?:\w['\u2019]s|" + verb + r")(?:\s+(?:a|an|the))?\s+" + _CONTROL_WORD + r"\s+over\b"
    return re.search(noun, text, re.IGNORECASE) is not None


def _comparison(
    text: str, s: str, c: _Candidate, phrase_end: int
) -> tuple[Comparison, str, list[tuple[int, int]]]:
    """The comparison around a figure (before it, or "or more" after it or after its noun
    phrase), as written, and the spans it accounts for."""
    window = max(0, c.start - 40)
    m = _CMP_BEFORE.search(s, window, c.start)
    pre: tuple[Comparison, str] | None = None
    spans: list[tuple[int, int]] = []
    if m:
        word = m["cmp"]
        before = s[max(0, m.start("cmp") - 40) : m.start("cmp")]
        if word == "over" and (
            _CONTROL_NOUN.search(before + " ")
            or _TAKE_OVER.search(before)
            or _control_noun_read_before(text, s[: m.start("cmp")])
        ):
            spans.append(m.span("cmp"))  # "have control over half", "taken over 127"
        else:
            pre = (dict(_COMPARATORS)[word], word)
            spans.append(m.span("cmp"))
            # "has control over around 90%": "over" is the preposition of "control"
            po = re.search(r"\bover\s+[\"“]?$", s[max(0, m.start("cmp") - 10) : m.start("cmp")])
            if word != "over" and po is not None:
                at = max(0, m.start("cmp") - 10) + po.start()
                if _CONTROL_NOUN.search(s[max(0, at - 40) : at]) or _control_noun_read_before(
                    text, s[:at]
                ):
                    spans.append((at, at + 4))
    post: tuple[Comparison, str] | None = None
    for at in dict.fromkeys((c.end, phrase_end)):
        for pat, cmp in _CMP_AFTER:
            pm = pat.match(s[at : at + 40])
            if pm:
                post = (cast(Comparison, cmp), pm.group(0).strip())
                spans.append((at + pm.start(), at + pm.end()))
    if c.implied:
        if pre or post:
            extra = (pre or post or ("", ""))[1]
            raise ClaimParseError(
                text, f"{extra} {c.figure.text}", "'most' / 'majority' already says 'over half'"
            )
        return c.implied, c.figure.text, spans
    if pre and post:
        raise ClaimParseError(
            text,
            f"{pre[1]} {c.figure.text} {post[1]}",
            "two comparisons for one figure",
        )
    cmp_, cmp_text = pre or post or ("as-stated", "")
    return cmp_, cmp_text, spans


# --------------------------------------------------------------------------------------------
# A share closing the sentence that restates its count (counts7, #8)

_SHARE_WORDS = {
    "half": 1 / 2,
    "a third": 1 / 3,
    "one-third": 1 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 1 / 4,
    "one-quarter": 1 / 4,
    "three-quarters": 3 / 4,
}
_SHARE_CMP: dict[str, Comparison] = {
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "nearly": "nearly",
    "almost": "nearly",
}
#: "212 or 213 of the district centers are in Taliban control – it's about half of the 419
#: that are out there": a dash, comma or semicolon, "it's / that's / which is", an optional
#: approximation, a share word, optionally "of the N" (the total counted: "that are out
#: there" only after it), and the end of the sentence. Nothing else may stand in it.
_CLOSING_SHARE = re.compile(
    r"\s*(?:[–—-]|,|;)\s*(?:it[’']s|it\s+is|that[’']s|that\s+is|which\s+is)\s+"
    r"(?:(?P<cmp>" + "|".join(_SHARE_CMP) + r")\s+)?"
    r"(?P<share>" + "|".join(sorted(_SHARE_WORDS, key=len, reverse=True)) + r")"
    r"(?:\s+of\s+the\s+(?P<tot>\d{1,3}(?:,\d{3})?)(?:\s+(?:that\s+are\s+)?out\s+there)?)?"
    r"\s*[.!\"'”’]*\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ClosingShare:
    """The sentence without its closing share, and the share as written."""

    text: str
    shown: str
    value: float
    comparison: Comparison
    total: int | None


def closing_share(text: str) -> ClosingShare | None:
    """A share closing the sentence after its claim (:data:`_CLOSING_SHARE`), or ``None``."""
    m = _CLOSING_SHARE.search(text)
    if m is None or not m.start():
        return None
    share = m["share"].lower()
    cmp_word = (m["cmp"] or "").lower()
    return ClosingShare(
        text=text[: m.start()].rstrip() + ".",
        shown=m.group(0).strip(" \t.!\"'”’;,–—-"),
        value=_SHARE_WORDS[share],
        comparison=_SHARE_CMP.get(cmp_word, "as-stated"),
        total=int(m["tot"].replace(",", "")) if m["tot"] else None,
    )


def restated_count(text: str, closing: ClosingShare, kept: ParsedClaim) -> ParsedClaim:
    """The count of ``kept`` when the closing share only restates it over the same total:
    every value of the count over the total within the share's tolerance ("about": 5 points,
    "nearly": up to 5 below, a bare share word: 2). Anything else is two claims, refused."""
    f = kept.figure
    own = f.of_total if f.of_total is not None else kept.stated_total
    why = ""
    if (
        f.form != "count"
        or kept.measure not in ("districts", "provinces", "capitals")
        or kept.comparison not in ("as-stated", "about")
        or kept.ordinal is not None
        or kept.change_days is not None
        or kept.window_taken
        or kept.also_units
    ):
        why = (
            "a closing share is read only as restating a count of districts, provinces or "
            "provincial capitals held (a plain count or a range): here it is a second claim"
        )
    total = closing.total if closing.total is not None else own
    if not why and total is None:
        why = "a closing share restates a count only over a total the sentence states"
    elif not why and own is not None and closing.total is not None and own != closing.total:
        why = f"two stated totals ({own:g} and {closing.total}): which one is counted is not clear"
    elif not why and total is not None and f.hi > total:
        why = f"the count ({f.text}) is more than the total ({total:g}) the share is of"
    if not why and total is not None:
        lo, hi = f.lo / total, f.hi / total
        v = closing.value
        if closing.comparison == "about":
            ok = abs(lo - v) <= SHARE_ABOUT_TOL and abs(hi - v) <= SHARE_ABOUT_TOL
        elif closing.comparison == "nearly":
            ok = v - SHARE_ABOUT_TOL <= lo and hi <= v
        else:
            ok = abs(lo - v) <= SHARE_FRACTION_TOL and abs(hi - v) <= SHARE_FRACTION_TOL
        if not ok:
            why = (
                f"'{closing.shown}' does not restate {f.text}"
                + (f" of {total:g}" if f.of_total is None else "")
                + " "
                f"({100 * lo:.1f}%): two figures, two claims"
            )
    if why:
        raise ClaimParseError(text, closing.shown, why)
    assert total is not None
    note = (
        f"'{closing.shown}' restates the count ({f.text}"
        + (f" of {total:g}" if f.of_total is None else "")
        + f" {kept.measure} is "
        f"{100 * f.lo / total:.1f}%"
        + (f" to {100 * f.hi / total:.1f}%" if f.hi != f.lo else "")
        + "): read as the same claim, not checked again"
        + (f"; its {closing.total} is the count's stated total" if own is None else "")
    )
    out = replace(kept, text=text, reading_notes=(*kept.reading_notes, note))
    if own is None:
        out = replace(out, stated_total=float(total), stated_total_text=str(closing.total))
    return out


# --------------------------------------------------------------------------------------------
# "the number of districts under Taliban control has exceeded 35": the number now

_HELD_NOUN = r"(?:afghan\s+)?(?P<noun>districts|provinces)"
_ACTOR = r"(?:the\s+)?[a-z]+(?:\s+[a-z]+)?"
#: Who holds the units counted, closed: "under Taliban control", "under the control of the
#: Taliban", "controlled / held / seized / captured / taken by the Taliban", "in Taliban
#: hands", "Taliban-controlled", "fallen to the Taliban" (as the capitals' number in
#: capitals.rewrite, which reads "seized by" as held: the running total).
_HELD_BY = (
    rf"(?:{_HELD_NOUN}\s+(?:under\s+(?P<a1>{_ACTOR})\s+control"
    rf"|under\s+the\s+control\s+of\s+(?P<a2>{_ACTOR})"
    rf"|(?:controlled|held)\s+by\s+(?P<a3>{_ACTOR})"
    rf"|(?:seized|captured|taken|overrun)\s+by\s+(?P<a8>{_ACTOR})"
    rf"|in\s+(?P<a4>{_ACTOR})\s+hands|(?:that\s+have\s+)?fallen\s+to\s+(?P<a5>{_ACTOR}))"
    rf"|(?P<a6>[a-z]+)-(?:controlled|held)\s+{_HELD_NOUN.replace('noun', 'noun2')}"
    rf"|fallen\s+{_HELD_NOUN.replace('noun', 'noun3')}\s+to\s+(?P<a7>{_ACTOR}))"
    r"(?:\s+(?:across\s+the\s+country|in\s+the\s+country|in\s+afghanistan|across\s+afghanistan"
    r"|nationwide))?"
)
_N_NOW = rf"(?P<n>{capitals._NUM})(?![\s-]*(?:\d|%|percent|per\s+cent|of\b|or\b|and\b|to\b))"
_CMP_NOW = r"(?P<cmp>(?:more\s+than|over|at\s+least|about|around|nearly|almost)\s+)?"
#: The number now, closed: "has risen / grown / climbed / increased to", "has reached",
#: "has dropped / fallen to" (the number after the change, not the change), "stands at";
#: "has exceeded / crossed / surpassed" N is more than N.
_NUMBER_NOW = re.compile(
    rf"\bthe\s+(?:total\s+)?number\s+of\s+{_HELD_BY}\s+(?P<verb>"
    r"(?:has\s+(?:now\s+|reportedly\s+|already\s+)?|now\s+)?(?:risen\s+to|grown\s+to|climbed\s+to"
    r"|increased\s+to|gone\s+up\s+to|reached|dropped\s+to|fallen\s+to|decreased\s+to)"
    r"|(?:rose|grew|climbed|increased|dropped|fell|decreased)\s+to|reached"
    r"|(?:now\s+)?stands\s+at"
    r"|(?P<over>(?:has\s+(?:now\s+|reportedly\s+|already\s+)?)?(?:exceeded|crossed|surpassed)))"
    rf"\s+{_CMP_NOW}{_N_NOW}"
    # "it brings the total of districts fallen to the Taliban to more than 60"
    rf"|^(?:it|this|that)\s+(?P<verb2>brings|brought|has\s+brought|takes|took|has\s+taken)\s+"
    rf"the\s+total\s+(?:number\s+)?(?:of\s+)?{_HELD_BY.replace('(?P<', '(?P<t_')}"
    rf"\s+to\s+{_CMP_NOW.replace('cmp', 't_cmp')}{_N_NOW.replace('<n>', '<t_n>')}"
)


def number_now(s: str) -> tuple[str, str] | None:
    """``s`` (normalised) with "the number of districts under Taliban control has exceeded 35"
    rewritten as "taliban now hold more than 35 districts", and the note saying so; ``None``
    when the form is absent.

    Read: the number of districts or provinces a side holds (:data:`_HELD_BY`), after a verb
    that gives the number now ("has risen to", "reached", "stands at": the figure; "has
    exceeded / crossed / surpassed": more than it), and "it / this brings the total of
    districts fallen to the Taliban to more than 60" (the running total). The change itself
    ("has risen") is not checked. Anything else stays with the reader: a place between the
    noun and the verb ("in Herat"), a share ("to 35%"), a second figure ("to 35 of 370"),
    "doubled", a past perfect ("had risen")."""
    m = _NUMBER_NOW.search(s)
    if m is None:
        return None
    g = m.groupdict()
    t = "t_" if g["verb2"] else ""
    actor = next((g[f"{t}a{i}"] for i in range(1, 9) if g[f"{t}a{i}"]), None)
    noun = g[f"{t}noun"] or g[f"{t}noun2"] or g[f"{t}noun3"]
    if actor is None or noun is None:
        return None
    cmp_ = g[f"{t}cmp"] or ""
    if g["over"]:
        if cmp_:
            return None  # "has exceeded more than 35": not one figure
        cmp_ = "more than "
    n = g[f"{t}n"]
    if any(g[f"{t}a{i}"] for i in _TAKEN_GROUPS):
        return _number_taken(s, m, actor, cmp_, n, noun)
    said = f"{actor} now hold {cmp_}{n} {noun}"
    note = (
        f"'{m.group(0).strip()}' read as: the side holds {cmp_}{n} {noun} (the number now, "
        "not the change)"
    )
    return s[: m.start()] + said + s[m.end() :], note


#: The groups of :data:`_HELD_BY` that count units taken ("seized / captured / taken / overrun
#: by", "fallen to"), not held (redteam9).
_TAKEN_GROUPS = (5, 7, 8)


def _number_taken(
    s: str, m: re.Match[str], actor: str, cmp_: str, n: str, noun: str
) -> tuple[str, str] | None:
    """ "the number of districts captured by government forces has reached 35" (redteam9): a
    count of units taken is not what the side holds (it may hold others it never lost, as the
    government did), so it is read as the grammar reads a count of takings ("government forces
    have captured 35 districts": at least 35, "more than 35": over 35). A number that drops
    ("has fallen to 30": units taken do not drop; held?) or an approximate one ("about 35":
    the grammar reads "have captured about 35" as about 35 held) is left to the reader
    (refused)."""
    if cmp_.strip() in ("about", "around", "nearly", "almost") or re.search(
        r"\b(?:dropped|fallen|fell|decreased)\b", m["verb"] or ""
    ):
        return None
    said = f"{actor} have captured {cmp_}{n} {noun}"
    note = (
        f"'{m.group(0).strip()}' read as: the side has taken {cmp_ or 'at least '}{n} {noun} "
        "(the number now of units taken, not of all it holds: it holds at least as many; the "
        "change is not checked)"
    )
    return s[: m.start()] + said + s[m.end() :], note
