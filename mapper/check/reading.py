"""Reading a sentence into a :class:`~mapper.check.model.ParsedClaim`."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import cast

from ..borders import NEIGHBOUR_NAMES
from ..matching import Gazetteer, read_aliases, read_province_table
from ..vocabulary import DEFAULT, GENERIC_ACTOR_NOUNS, Vocabulary
from . import capitals, clauses, complements, units, windows
from .grammar import (
    FILLER_WORDS,
    MAX_SENTENCE_CHARS,
    attributions,
    check_length,
    day_named,
    idioms,
    normalise,
    number_words_value,
    prepare,
    resolve_when,
    set_aside,
    unread_words,
)
from .lexicon import (
    _BORDER_WORD,
    _CMP_AFTER,
    _CMP_BEFORE,
    _COMPARATORS,
    _CONTROL_NOUN,
    _DENOMINATOR_APPROX,
    _FRAC_DEN,
    _FRAC_NUM,
    _LEAD_WORDS,
    _MEASURE_NOUNS,
    _NEIGHBOUR_WORDS,
    _QUANTITY_PATTERNS,
    _REFUSE,
    _STOP_WORDS,
    _TAKE_OVER,
    _WORD_NUMBERS,
)
from .model import (
    ACTOR_PHRASES,
    SHARE_ABOUT_TOL,
    SHARE_FRACTION_TOL,
    ClaimParseError,
    Comparison,
    Figure,
    Measure,
    ParsedClaim,
)

# --------------------------------------------------------------------------------------------
# Parser


def _normalise(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"'s\b", "", s)  # possessive: "Herat's districts"
    s = re.sub(r"\s+", " ", s).strip()
    return s.rstrip(".!?;: ")


@functools.lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    provinces = {
        r["name"]: [a for a in (r.get("aliases") or "").split("|") if a]
        for r in read_province_table()
    }
    return Gazetteer({}, provinces, aliases=read_aliases())


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


def _trailing_denominator(s: str, phrase: _Phrase) -> None:
    """ "12 districts of Ghazni's 19 districts", "five districts out of Sar-e-Pul's seven
    districts": the denominator after the measure noun, when it counts the same noun. The
    place between is left for the province reader (an unknown one is refused there)."""
    m = _OF_TOTAL.match(s, phrase.end)
    noun = phrase.words[-1]
    if m is None:
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


def _country_tokens(vocabulary: Vocabulary) -> frozenset[str]:
    """Words of the vocabulary's names for the whole territory ("Afghanistan", "Afghan
    territory" -> afghanistan, afghan): they name the country, a measure of area."""
    out: set[str] = set()
    for name in vocabulary.country:
        out.update(re.findall(r"[a-z]+", _normalise(name)))
    return frozenset(out - _MEASURE_NOUNS.keys() - {"the", "of"})


def _country_scope_spans(s: str, country: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of "of the country", "in Afghanistan" ...: the scope the sentence is read in
    when no province is named."""
    names = "|".join(sorted({*country, "country", "nation"}, key=len, reverse=True))
    pat = re.compile(rf"\b(?:of|in|across|throughout)\s+(?:the\s+)?(?:{names})\b")
    return [m.span() for m in pat.finditer(s)]


def _total_of(figure: Figure, phrase: _Phrase) -> float:
    return float(figure.of_total or phrase.denominator or 0)


def _restatement(
    readable: list[tuple[_Candidate, Measure, _Phrase]],
) -> tuple[_Candidate, _Phrase] | None:
    """The second figure when it only restates the first as a percentage ("224 out of a
    possible 421 districts, some 53 percent"): the count's own share, within a point."""
    if len(readable) != 2:
        return None
    (c1, _m1, p1), (c2, _m2, p2) = readable
    total = _total_of(c1.figure, p1)
    if c1.figure.form != "count" or c1.figure.lo != c1.figure.hi or not total:
        return None
    if c2.figure.form != "share" or c2.kind != "pct" or c2.figure.lo != c2.figure.hi:
        return None
    if abs(c1.figure.lo / total - c2.figure.lo) > 0.01 + c2.figure.precision:
        return None
    return c2, p2


_PROVINCE_BORDER = re.compile(
    r"\b(?:bordering|borders?\s+(?:with|of)|borders?|adjacent\s+to|next\s+to)\s+(?:the\s+)?"
    r"(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})"
)
_ACROSS_BORDER = re.compile(r"\b(?:across|over|beyond)\s+the\s+(?:border|frontier|durand\s+line)")


def _refuse_province_border(text: str, s: str, gaz: Gazetteer) -> None:
    """Refuse a border that is a province's, not the country's: "the districts bordering
    Herat", "on the border with Herat province" are districts next to Herat (or on its
    provincial line), which were read as Herat's districts on the international border; and
    "across the border" (the other country's side). Red-team findings (#8)."""
    m = _ACROSS_BORDER.search(s)
    if m:
        raise ClaimParseError(
            text,
            m.group(0),
            "'across the border' is the other side of the border: no district of the "
            "boundary set is read from it",
        )
    for m in _PROVINCE_BORDER.finditer(s):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if gaz.resolve_province(name) is not None:
                raise ClaimParseError(
                    text,
                    m.group(0),
                    f"a border with {name!r} is a province's line, not an international "
                    "border: the districts next to a province are not read (say 'the border "
                    "districts of ...' or 'on the border with Iran')",
                )


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


def parse_claim(
    text: str,
    *,
    vocabulary: Vocabulary = DEFAULT,
    gazetteer: Gazetteer | None = None,
    side: str | None = None,
    max_chars: int | None = MAX_SENTENCE_CHARS,
    neighbour_names: Sequence[str] = (),
    anchor: dt.date | None = None,
) -> ParsedClaim:
    """Read a sentence into its side, comparison, number, measure and scope.

    Parameters
    ----------
    text
        The sentence as published.
    vocabulary
        Status vocabulary; its sides (and their spellings) name the actors.
    gazetteer
        Province names for scopes such as "in Herat" (default: the built-in Afghan table;
        pass ``units.gazetteer()`` to read the boundary set's own names).
    side
        The side the claim is about, when the sentence names none (or several).
    max_chars
        Sentences longer than this are refused at once (:data:`MAX_SENTENCE_CHARS`);
        ``None`` lifts the limit (the benchmark measures the reader's cost with it lifted).
    neighbour_names
        For a boundary set outside Afghanistan: the countries (Natural Earth names) that
        "the border with X" may name, written in full. Empty (the default): Afghanistan's
        six neighbours, by name or adjective. A country outside the list is not read.
    anchor
        The date the sentence was written (the CLI passes ``--date``): a relative date in
        the sentence ("three weeks ago", "before May 1", "earlier on Friday") is resolved
        from it into ``ParsedClaim.check_date``. Without it such a sentence is refused.

    Raises
    ------
    ClaimParseError
        With the part that could not be read and examples of sentences that can.

    Examples
    --------
    >>> c = parse_claim("The Taliban have captured over two-thirds of the country")
    >>> c.side, c.comparison, round(c.figure.lo, 4), c.measure, c.scope_text()
    ('taliban', 'over', 0.6667, 'area', 'the country')
    """
    check_length(text, max_chars)
    s0 = _normalise(text)
    if not s0:
        raise ClaimParseError(text, "", "the sentence is empty")
    gaz = gazetteer or _default_gazetteer()
    rewritten = complements.rewrite(
        text,
        gaz,
        lambda t: _find_province(t, _normalise(t), gaz, [])[0],
        lambda t: _side_named(t, vocabulary),
        lambda t: _side_named(t, vocabulary, exact=True),
    ) or clauses.state_clause(
        text,
        lambda t: _side_named(t, vocabulary),
        lambda t: _side_named(t, vocabulary, exact=True),
    )
    if rewritten is not None:
        # "all but one district in Herat": the count it says, read by the whole grammar
        said_as = parse_claim(
            rewritten.text,
            vocabulary=vocabulary,
            gazetteer=gazetteer,
            side=side,
            max_chars=max_chars,
            neighbour_names=neighbour_names,
            anchor=anchor,
        )
        if isinstance(rewritten, complements.Rewrite) and rewritten.count is not None:
            f = said_as.figure
            stated = f.of_total if f.of_total is not None else said_as.stated_total
            if (f.form, f.lo, f.hi, stated) != ("count", rewritten.count, rewritten.count,
                                                 rewritten.stated):  # fmt: skip
                raise ClaimParseError(
                    text,
                    rewritten.note.split("'")[1],
                    "the complement is not the sentence's one figure (another figure or a "
                    "stated total stands with it): not read",
                )
        return replace(said_as, text=text, reading_notes=(rewritten.note, *said_as.reading_notes))
    base, status = _contested_predicate(text, vocabulary)
    s0 = _normalise(base)
    # provincial capitals: their constructions become the ordinary grammar (capitals.py)
    cap = capitals.rewrite(normalise(base), base, gaz.resolve_province)
    work = cap.text if cap.notes or capitals.TOKEN in cap.text else base
    if work is not base:
        s0 = _normalise(work)
    if status is None:
        # named units ("The Taliban captured Zaranj"): no figure; read by units.py
        named = _named_units(text, work, gaz, vocabulary, side, anchor)
        if named is not None:
            return named
    s0_kept = set_aside(s0)[0]  # clauses set aside are not refused for their words
    for pat, why in _REFUSE:
        m = pat.search(s0_kept)
        if m:
            raise ClaimParseError(text, m.group(0), why)
    try:
        s_all, date_text, aside = prepare(work)
    except ClaimParseError as e:  # name the sentence as published, not as rewritten
        if work is text:
            raise
        if work is base and e.text == base:
            raise ClaimParseError(text, e.part, e.problem, unread=e.unread) from None
        raise ClaimParseError(text, e.part, e.problem, unread=e.unread) from None
    s_all = _front_denominator(s_all)
    country = _country_tokens(vocabulary)
    # who said it is set aside for the figure and the scope (the side may be the speaker:
    # "the Taliban said they control ...")
    notes: list[str] = _aside_notes(text, aside, gaz) + cap.notes
    check_date, when_note, window = _check_date(text, aside, date_text, anchor)
    if when_note:
        notes.append(when_note)
    found = attributions(s_all, text)
    said = [span for span in found if not _names_a_province(s_all, span, gaz)]
    # "Officials in Kabul say ...": Kabul names a province too; set aside below only when the
    # claim states the country as its scope
    seat = [
        span
        for span in found
        if span not in said
        and re.search(r"\bin\s+kabul\b", s_all[span[0] : span[1]])
        and not _names_a_province(re.sub(r"\bin\s+kabul\b", "", s_all[span[0] : span[1]]),
                                  (0, span[1] - span[0]), gaz)
    ]  # fmt: skip
    s = s_all
    said_notes = []  # quoted last, after the notes on the reading itself
    for a, b in sorted(said):
        s = _mask(s, a, b).replace("#", " ")
        said_notes.append(_said_note(text, s_all[a:b]))
    if said and not check_date and window is None:
        check_date, said_when = _said_when(text, [s_all[a:b] for a, b in said], anchor)
        if said_when:
            notes.append(said_when)

    cands = _candidates(s)
    if not cands:
        raise ClaimParseError(
            text,
            "",
            "found no figure: a share (two-thirds, 2/3, 66%, half, a third) or a count of "
            "districts, provinces or provincial capitals (five districts, 150-180 districts, "
            "250 of 398 districts, 17 of the 34 provincial capitals)",
        )
    district = _find_district(text, s, gaz)
    # the named district ("half of Kunduz district") is a scope, not the measure "districts"
    masked = s if district is None else _mask(s, district[1], district[2])
    readable: list[tuple[_Candidate, Measure, _Phrase]] = []
    failures: list[tuple[_Candidate, str]] = []
    inside: list[tuple[int, int]] = []  # noun phrases of readable figures
    context: list[tuple[_Candidate, _Phrase]] = []
    for c in cands:
        if district is not None and c.start < district[2] and district[1] < c.end:
            continue
        if any(a <= c.start < b for a, b in inside):
            continue  # a stated denominator, read with its figure
        after = _strip_after_modifier(masked[c.end :])
        phrase = _noun_phrase(masked, len(masked) - len(after), country)
        if (
            c.kind in ("total", "all")
            and phrase.denominator is not None
            and (
                c.figure.text.startswith("every")
                or not all(
                    w in _MEASURE_NOUNS or w in country or gaz.resolve_province(w)
                    for w in phrase.words
                )
            )
        ):
            # "complete control of seized 12 provinces", "every district of 117 districts":
            # the whole is not of a stated total there; the count is read (or refused) alone
            continue
        words = phrase.words
        measure = _measure_of(words, country)
        if measure is None and c.figure.form == "share" and _names_province(words[:3], gaz, 1):
            # "a third of Herat": the province's area; the name must open the noun phrase
            # ("The Taliban half captured Kunduz" was read as half of Kunduz province)
            measure = "area"
        if (
            measure is None
            and c.figure.form == "share"
            and district is not None
            and not words
            and _only_lead_words(s[c.end : district[1]])
        ):
            measure = "area"  # "half of Kunduz district": the district's area
        if measure == "provinces" and words[-1] == "province" and _names_province(words, gaz):
            measure = "area"  # "half of Kunduz province": the province's area
        if (
            measure == "districts"
            and c.figure.form == "share"
            and words[-1] == "district"
            and len(words) > 1
        ):
            name = " ".join(words[:-1])
            raise ClaimParseError(text, f"{name} district", _unknown_district(name, gaz))
        shown = " ".join(words) or "(nothing)"
        subset = _SUBSET_WORDS.intersection(re.findall(r"[a-z]+", masked[c.end : phrase.end]))
        if measure is None:
            what = "a share of" if c.figure.form == "share" else "counts"
            failures.append(
                (
                    c,
                    f"could not tell what {c.figure.text!r} {what}: it is followed by "
                    f"{shown!r}; expected e.g. 'of the country', 'of the districts', "
                    "'of the border with Tajikistan'"
                    + (", 'districts' or 'provinces'" if c.figure.form == "count" else ""),
                )
            )
        elif c.figure.form == "share" and subset:
            failures.append(
                (
                    c,
                    f"{' and '.join(sorted(subset))!r} picks a part of {shown!r} that the "
                    "boundary set does not mark: a share of that part is no share of the whole",
                )
            )
        elif subset and (phrase.denominator is not None or c.figure.of_total is not None):
            # "10 of the 20 key districts": the 20 are the key ones, not the country's districts
            # (it was read as the sentence's count of all districts; red-team finding, #8)
            failures.append(
                (
                    c,
                    f"{' and '.join(sorted(subset))!r} picks a part of {shown!r}: the "
                    "sentence's total counts that part, not the boundary set's districts",
                )
            )
        elif c.figure.form == "count" and measure not in ("districts", "provinces", "capitals"):
            failures.append(
                (
                    c,
                    f"a count ({c.figure.text!r}) must count districts, provinces or "
                    f"provincial capitals, not {measure!r}",
                )
            )
        elif c.kind == "count" and _looks_like_date(s, c):
            failures.append((c, "looks like a date or a year"))
        elif readable and _is_context(s, c, readable[0], measure, len(gaz.province_names)):
            context.append((c, phrase))  # "districts in 34 provinces": context
            inside.append((c.end, phrase.end))
        else:
            readable.append((c, measure, phrase))
            inside.append((c.end, phrase.end))
    if not readable:
        c, why = failures[0]
        raise ClaimParseError(text, c.figure.text, why)
    restated = _restatement(readable)
    if restated is not None:
        readable = readable[:1]
    if len(readable) > 1:
        figs = " and ".join(repr(c.figure.text) for c, _, _ in readable)
        raise ClaimParseError(
            text,
            figs,
            "found more than one figure; check one figure per sentence (two claims in one "
            "sentence are checked one at a time: split it)",
        )
    cand, measure, phrase = readable[0]
    figure = cand.figure
    if figure.form == "share" and figure.hi > 1.0:
        raise ClaimParseError(
            text,
            figure.text,
            f"a share above 100% ({100 * figure.hi:g}%) cannot be checked: no side can hold "
            "more than the whole; give a share up to 100% or a count of districts",
        )
    if district is not None and measure in ("districts", "provinces"):
        raise ClaimParseError(
            text,
            district[0],
            "a single district is one unit: give a share of its area, population or border, "
            "not a count of districts or provinces",
        )

    comparison, comparison_text, cmp_spans = _comparison(text, s, cand, phrase.end)
    if figure.kind == "total" and comparison != "as-stated":
        raise ClaimParseError(
            text,
            f"{comparison_text} {figure.text}",
            "a hedged whole ('almost fully', 'nearly the entire') is no figure; give a share",
        )
    if figure.kind == "total":
        notes.append(f"'{s[cand.start : cand.end]}' read as the whole (100%) of the scope")
    periods = [t for kind, t in aside if kind == "period"]
    change_days = None
    gain = figure.form == "count" or comparison not in ("over", "at-least")
    if periods and gain and not re.search(r"\bnow\b", s):
        # provincial capitals: a count (or a share as stated) over a period is checked as a
        # change (capitals.py)
        change_days = capitals.period_days(periods) if measure == "capitals" else None
        if change_days is not None:
            notes = capitals.change_notes(notes, periods[0], change_days)
    window_start = window_end = ""
    window_taken = False
    if window is not None:
        w, wphrase, lead, resolved = window
        taken = (
            _TAKEN.search(s)
            and lead not in ("by", "as of", "as at")
            and not re.search(r"\bnow\b", s)
        )
        if taken and measure == "capitals" and not periods and gain and not resolved:
            raise ClaimParseError(
                text,
                wphrase,
                "a count of provincial capitals over a span of days is a change: checking it "
                "needs the date the sentence was written (--date), to date the span",
            )
        if taken and measure == "capitals" and not periods and gain:
            # "On 6-9 August, the Taliban captured six provincial capitals": a change over the
            # span, checked as the state on its last day only if the side held none the day
            # before it began (capitals.change_start)
            change_days = w.days
            periods = [wphrase]
            check_date = w.end.isoformat()
            notes = [n for n in notes if not n.startswith(f"'{wphrase}':")]
            notes = capitals.change_notes(notes, wphrase, w.days)
        elif taken and figure.form == "share" and comparison in ("over", "at-least"):
            # "Earlier this week ... the Taliban captured most of Badakhshan": what was taken in
            # the span is at least the share, so the state on its last day is too (as for a
            # period: README, "Clauses set aside")
            if resolved:
                check_date = w.end.isoformat()
                notes = [n for n in notes if not n.startswith(f"'{wphrase}':")]
                notes.append(
                    f"'{wphrase}' ({w.start} to {w.end}; {w.how}): a share taken in the span, as "
                    f"a lower bound, is entailed by the state on its last day, {w.end}, which is "
                    "checked (a unit taken and lost again inside the span would make it lower)"
                )
        elif taken and resolved and measure == "districts" and figure.form == "count":
            # "four districts fell between 19 May and 13 July": the districts taken in the
            # span, counted on the ledger as a change (spans.py)
            window_start, window_end, window_taken = w.start.isoformat(), w.end.isoformat(), True
            notes = [n for n in notes if not n.startswith(f"'{wphrase}':")]
            notes.append(
                f"'{wphrase}' ({w.start} to {w.end}; {w.how}): a count of districts taken in "
                "the span is a change: checked as the districts that became the side's on a day "
                "of it, not theirs the day before"
            )
        elif taken:
            raise ClaimParseError(
                text,
                wphrase,
                f"a figure taken over a span of days ({wphrase!r}"
                + (f", {w.start} to {w.end}" if resolved else "")
                + ") counts "
                "what changed, not what a side holds on a day; over a span the checker reads "
                "a count of districts or provincial capitals, or a share as a lower bound ('more "
                "than half'), with the date of writing (--date); else state what a side holds, "
                "with 'by' or 'as of'",
            )
        elif resolved:
            window_start, window_end = w.start.isoformat(), w.end.isoformat()
    if change_days is None and periods and figure.form == "count" and not re.search(r"\bnow\b", s):
        raise ClaimParseError(
            text,
            periods[0],
            f"change over a period is not read: a count over a period ({figure.text!r} "
            f"{periods[0]!r}) counts what changed, not what a side holds; state the total a "
            "side holds (e.g. 'now holds 150 districts') or a share",
        )
    if (
        change_days is None
        and periods
        and figure.form == "share"
        and comparison not in ("over", "at-least")
        and not re.search(r"\bnow\b", s)
    ):
        # "captured a third of the country in the last week": what was taken in the period;
        # the side may hold more. Only a lower bound ("more than half ... since May") is
        # entailed by the state
        raise ClaimParseError(
            text,
            periods[0],
            f"a share taken over a period ({(comparison_text + ' ' + figure.text).strip()!r} "
            f"{periods[0]!r}) is what changed; the side may hold more: read only as a lower "
            "bound ('more than half ... since May', 'at least') or with 'now'",
        )
    if figure.lo != figure.hi and comparison != "as-stated":
        if comparison in ("nearly",):
            raise ClaimParseError(
                text,
                f"{comparison_text} {figure.text}",
                "a range cannot also carry this comparison; write '150-180 districts' or "
                "'nearly 150 districts'",
            )
        end = {
            "over": "more than its low end",
            "at-least": "at least its low end",
            "under": "less than its high end",
            "up-to": "at most its high end",
            "about": "the range widened by the 'about' tolerance",
        }[comparison]
        notes.append(f"'{comparison_text} {figure.text}' read as {end}")
    if comparison == "up-to":
        notes.append(
            f"'{comparison_text}' read as a cap (at most {figure.text}); if the sentence "
            "gives an upper estimate, read it as 'about'"
        )
    if (
        figure.form == "count"
        and comparison == "as-stated"
        and figure.lo == figure.hi
        and figure.of_total is None
        and figure.kind != "ordinal"
        and phrase.denominator is None
        and change_days is None
        and not periods
        and _TAKEN_ONLY.search(s)
        and not _STATE_NOW.search(normalise(text))
        # "Four of Laghman province's six districts fell": a count of a stated total ("five
        # of Herat's districts" states none: what was taken, a lower bound)
        and not _OF_STATED_TOTAL.match(s[cand.end :])
    ):
        # "The Taliban captured five districts in Herat", "Five districts fell to the
        # Taliban": an event, not a total; the side may hold others taken before. Read as
        # "= 5" it was CONTRADICTED whenever the side held more: only a lower bound is said
        comparison, comparison_text = "at-least", "at least"
        notes.append(
            f"'{figure.text}' after a verb of taking, with no total ('of N') and no 'now': "
            + (
                f"the sentence reports {figure.text} taken in the span, not that no other "
                "was: read as a lower bound on the districts taken"
                if window_taken
                else f"what was taken, so the side holds at least {figure.text} (it may hold "
                "others taken before); read as a lower bound"
            )
        )

    used = [(cand.start, cand.end), *phrase.spans, *cmp_spans]
    appos = _apposition(text, s, cand, measure, phrase, [c for c, _ in failures], gaz)
    if appos is not None:
        used += appos[0]
        notes.append(appos[1])
    if restated is not None:
        rc, rphrase = restated
        _rcmp, rtext, rspans = _comparison(text, s, rc, rphrase.end)
        used += [(rc.start, rc.end), *rphrase.spans, *rspans]
        notes.append(
            f"'{(rtext + ' ') if rtext else ''}{rc.figure.text}' restates the count "
            f"({figure.text} of {_total_of(figure, phrase):g} is "
            f"{100 * figure.lo / _total_of(figure, phrase):.1f}%): read as the same claim, "
            "not checked again"
        )
    for c, cphrase in context:
        used += [(c.start, c.end), *cphrase.spans]
        notes.append(f"'{c.figure.text} {' '.join(cphrase.words)}' read as context, not checked")
    neighbours, border_spans = _find_neighbours(s, neighbour_names)
    border_word_spans = [(m.start(), m.end()) for m in _BORDER_WORD.finditer(s)]
    has_border = bool(border_word_spans)
    used += border_spans + border_word_spans
    if neighbours and not has_border:
        names = ", ".join(NEIGHBOUR_NAMES.get(n, n) for n in neighbours)
        raise ClaimParseError(
            text,
            names,
            "names a neighbouring country but no border; write 'on the border with "
            + (
                f"{NEIGHBOUR_NAMES[neighbours[0]]}' or 'the Afghan-"
                f"{NEIGHBOUR_NAMES[neighbours[0]]} border'"
                if neighbours[0] in NEIGHBOUR_NAMES
                else f"{neighbours[0]}'"
            ),
        )
    if measure == "border" and not has_border:
        raise ClaimParseError(
            text, "line", "a line that is not a border; write 'of the border with ...'"
        )
    border_districts = has_border and measure != "border"
    _refuse_province_border(text, s, gaz)
    if has_border and not neighbours:
        # "Islamabad: The Taliban control half of the border", "..., officials said in
        # Tehran": a neighbour named only in a part set aside may be the border meant
        hint = _NEIGHBOUR_HINT.search(normalise(text))
        if hint is not None:
            raise ClaimParseError(
                text,
                hint.group(0),
                "a neighbouring country is named outside the claim (where it was said or "
                "written) and the claim's border names none: which border is meant is not "
                "clear; write 'the border with ...'",
            )

    if status is not None:
        # "80 districts are contested": the status is what is counted; a side named too is
        # another claim
        if _side_named(s_all, vocabulary) is not None or side is not None:
            raise ClaimParseError(
                text,
                status,
                "a side and a contested status in one sentence are two claims; check one",
            )
        side_key, side_text = status, status
        side_spans: list[tuple[int, int]] = []
        notes.append(
            f"'{status}' read as the status counted (the units whose status is {status!r}), "
            "not a side"
        )
    else:
        on = dt.date.fromisoformat(check_date) if check_date else anchor
        side_key, side_text, side_spans = _find_side(text, s_all, vocabulary, side, on)
    if phrase.denominator_at > cand.end and any(
        cand.end <= a < phrase.denominator_at for a, _b in side_spans
    ):
        # "34 Taliban 18 districts": the side's name stands between a figure and a number
        raise ClaimParseError(
            text,
            f"{figure.text} ... {phrase.denominator_text}",
            "the side's name stands between the figure and the number read as its total; "
            "write 'the Taliban hold 18 of the 34 districts'",
        )
    if cap.capture_zero and side_key == "government":
        capitals.refuse_capture_zero(text, cap)
    used += said
    used += side_spans
    used += idioms(s)
    district_id: str | None = None
    district_name = ""
    if district is not None:
        used.append((district[1], district[2]))
    if seat and measure == "area" and set(phrase.words) & ({"country", "nation"} | country):
        for a, b in seat:
            used.append((a, b))
            said_notes.append(
                _said_note(text, s_all[a:b])
                + " ('in Kabul' is the seat of the government: the claim states the country as "
                "its scope)"
            )
    province, province_text, province_word, prov_spans = _find_province(text, s, gaz, used)
    used += prov_spans
    for a, _b in prov_spans:
        said_in = re.search(
            r"\b(?:said|says|say|claim(?:s|ed)?|reported|told\s+reporters|stated|announced)"
            r"\s+(?:(?:on\s+)?[a-z]+day\s+)?(?:in|from|at)\s+(?:the\s+)?$",
            s_all[max(0, a - 60) : a],
        )
        if said_in:
            # "they said in Herat", "The Taliban said in Helmand they control ...": where it
            # was said is not the claim's scope, and which the claim's scope is is not said
            raise ClaimParseError(
                text,
                f"{said_in.group(0).strip()} {province_text}",
                "a place named as where it was said may not be the claim's scope: name the "
                "scope in the claim itself (e.g. 'five districts in Helmand')",
            )
    if (
        province is not None
        and not province_word
        and figure.form == "share"
        and _TAKEN_ONLY.search(s)
        and (cap_named := capitals.capital_named(province_text)) is not None
        and cap_named[1] == province
    ):
        # "The Taliban fully captured Kunduz", "captured most of Kunduz": after a verb of
        # taking a bare "Kunduz" is the city in the reporting (the units measure reads it so),
        # not the province whose area the share would measure
        raise ClaimParseError(
            text,
            province_text,
            f"after a verb of taking, {province_text!r} may be the city ({cap_named[0]}, the "
            f"capital of {province} province) or the province: write '{province} province' "
            f"for a share of the province",
        )
    if (
        province is not None
        and measure == "area"
        and set(phrase.words) & ({"country", "nation"} | country)
        and not set(phrase.words) & {"province", "provinces", "district", "districts"}
        and not any(cand.start <= a < phrase.end for a, _b in prov_spans)
    ):
        # "In Herat, the Taliban control half of the country", "Kabul: ... half of the
        # country": the figure's own phrase names the country, another word a province
        raise ClaimParseError(
            text,
            province_text,
            "the figure is a share of the country but the sentence also names a province: "
            "which one is the claim's scope is not clear; check one scope per sentence",
        )
    if (
        province is None
        and district is None
        and any(
            not any(a <= m.start() < b for a, b in said)
            for m in re.finditer(r"\b(?:the|this|that) province\b", s_all)
        )
    ):
        # "half of the province's districts": which province is not said
        raise ClaimParseError(
            text,
            "province",
            "'the province' names no province: name it (e.g. 'half of Herat's districts')",
        )
    if (
        measure == "provinces"
        and figure.form == "share"
        and phrase.words
        and phrase.words[-1] == "province"
    ):
        # "a third of the province of Herat" is a share of Herat's area, never a share of
        # provinces; "a third of the province" names none
        if province is None:
            raise ClaimParseError(
                text,
                "province",
                "a share of 'the province' names no province: name it (e.g. 'a third of Herat "
                "province')",
            )
        measure = "area"
    if district is not None:
        district_id, district_name, district_prov = _resolve_district(
            text, district[0], province, gaz
        )
        province, province_text, province_word = district_prov, "", False
    if measure == "capitals":
        _capitals_scope(text, province_text or province, district, border_districts)
    used += _country_scope_spans(s, country) if province is None else []
    unread = unread_words(s, used, allowed=country)
    if unread:
        raise ClaimParseError(
            text,
            " ".join(unread),
            "words the checker does not read ("
            + ", ".join(repr(w) for w in unread)
            + "); unknown words are refused, never skipped: an unknown place is not widened "
            "to the country. Name a province of the boundary set, the country, or a border",
            unread=unread,
        )
    return ParsedClaim(
        text=text,
        side=side_key,
        side_text=side_text,
        comparison=comparison,
        comparison_text=comparison_text,
        figure=figure,
        measure=measure,
        province=province,
        neighbours=tuple(neighbours),
        border_districts=border_districts,
        district=district_id,
        district_name=district_name,
        province_text=province_text,
        province_word=province_word,
        date_text=date_text,
        period_text="; ".join(periods),
        check_date=check_date,
        window_start=window_start,
        window_end=window_end,
        window_taken=window_taken,
        stated_total=phrase.denominator,
        stated_total_text=phrase.denominator_text,
        reading_notes=(*notes, *said_notes),
        capitals_named=tuple(cap.named),
        change_days=change_days,
    )


def _named_units(
    text: str,
    work: str,
    gaz: Gazetteer,
    vocabulary: Vocabulary,
    side: str | None,
    anchor: dt.date | None,
) -> ParsedClaim | None:
    """A claim about named units (:mod:`mapper.check.units`), or ``None`` when the sentence
    has a figure or no verb of that grammar: it is then read (or refused) as before. A
    sentence with no figure was refused before this measure, so nothing read changes."""
    try:
        s_all, date_text, aside = prepare(work)
    except ClaimParseError:
        return None  # refused below, as before
    if _candidates(s_all):
        return None
    said = [span for span in attributions(s_all, text) if not _names_a_province(s_all, span, gaz)]
    s = s_all
    for a, b in said:
        s = _mask(s, a, b).replace("#", " ")
    if not units.looks_like(s):
        return None
    notes = _aside_notes(text, aside, gaz)
    for kind, clause in aside:
        if kind == "period":
            # "Kunduz city has been under Taliban control since 2015": held on every day since
            # then, not only on the date checked (a SUPPORTED on the date alone was a verdict
            # on less than the sentence says; red-team finding, #8)
            raise ClaimParseError(
                text,
                clause,
                "a period ('since', 'for years' ...) says the unit was held on every day of it; "
                "only the date checked would be: not read for named units",
            )
    check_date, when_note, window = _check_date(text, aside, date_text, anchor)
    if window is not None:
        raise ClaimParseError(
            text,
            window[1],
            "a span of days is not read for named units yet; give one day (or none: the "
            "state on --date is checked)",
        )
    if date_text and not check_date:
        raise ClaimParseError(
            text,
            date_text,
            "a date in a sentence about named units is checked only as the day it names, "
            "resolved from the date the sentence was written (mapper check --date D); a "
            "capture is never checked on another day",
        )
    if when_note:
        notes.append(when_note)
    notes += [f"'{s_all[a:b].strip(' ,')}' (who said it) set aside" for a, b in said]
    # the side is found on the whole sentence, who said it included: a pronoun in the side's
    # place ("Taliban says it has taken control of Panjshir") refers back to the speaker
    on = dt.date.fromisoformat(check_date) if check_date else anchor
    try:
        whole = _find_side(text, s_all, vocabulary, side, on)[0]
    except ClaimParseError:
        whole = None

    def find_side(
        t: str, masked: str, v: Vocabulary, sd: str | None
    ) -> tuple[str, str, list[tuple[int, int]]]:
        try:
            return _find_side(t, masked, v, sd, on)
        except ClaimParseError:
            first = _tokens(masked)[:1]
            if whole is None or not first or first[0][0] not in _PRONOUNS | _FIRST_PERSON:
                raise
            return whole, first[0][0], []  # "it" after who said it: the speaker's side

    def slot_side(phrase: str, v: Vocabulary) -> str | None:
        if _normalise(phrase) in _PRONOUNS | _FIRST_PERSON:
            return whole
        return _slot_side(phrase, v)

    return units.read(
        text,
        s,
        gaz=gaz,
        vocabulary=vocabulary,
        side=side,
        find_side=find_side,
        side_of=slot_side,
        anchor=anchor,
        notes=notes,
        date_text=date_text,
        check_date=check_date,
    )


def _capitals_scope(
    text: str, province: str | None, district: object, border_districts: bool
) -> None:
    """Provincial capitals are counted over the country: a province has one capital, and a
    district or a border is no scope for them."""
    if province or district is not None or border_districts:
        where = province or ("the district" if district is not None else "the border")
        raise ClaimParseError(
            text,
            str(where),
            "provincial capitals are counted over the country (one a province); a scope "
            "narrower than the country is not read for them: check the province's districts "
            "or area instead",
        )


#: A verb of taking or falling: with a span of days ("captured six provincial capitals on
#: 6-9 August", "five districts fell last week") the figure is what changed in the span.
_TAKEN = re.compile(
    r"\b(?:captur\w*|seiz\w*|took|tak(?:en|ing)|overr[au]n\w*|fell|fallen|falling|swept"
    r"|grabbed|gained|won|conquer\w*|lost|losing)\b"
)


#: A verb of taking (no loss): a bare count after it is what was taken, a lower bound.
_TAKEN_ONLY = re.compile(
    r"\b(?:captur\w*|seiz\w*|took|tak(?:en|ing)|overr[au]n\w*|fell|fallen|swept|grabbed"
    r"|gained|won|conquer\w*|retook|retaken|recaptur\w*)\b"
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


#: Stands for "no date of writing" when only the shape of a date phrase is wanted.
_FAR = dt.date(2400, 12, 31)


#: A day or a time in who said it: the statement's day is the claim's ("Milley said
#: Wednesday that ...", "officials said yesterday"), or an earlier day not given ("had said",
#: "said recently").
_SAID_DAY = re.compile(
    r"\b(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b"
)
_SAID_EARLIER = re.compile(
    r"\bhad\s+(?:said|told|claimed|stated|declared|announced|reported|estimated)\b"
    r"|\brecently\b|\bearlier\b|\blast\s+(?:week|month|year)\b|\bpreviously\b"
)


def _said_when(text: str, said: list[str], anchor: dt.date | None) -> tuple[str, str]:
    """The day who said it names ("said Wednesday": the last Wednesday on or before the date
    of writing), as ISO with a note; ("", "") when it names none. A statement made on an
    earlier day it does not give ("had said", "said recently") is refused: the state on the
    date of writing is not what was said."""
    joined = " ".join(said)
    earlier = _SAID_EARLIER.search(joined)
    if earlier:
        raise ClaimParseError(
            text,
            earlier.group(0),
            "who said it puts the statement on an earlier day the sentence does not give; the "
            "state on the date of writing is not what was said: give the date (e.g. 'said on "
            "12 July') or check the statement on its own day with --date",
        )
    days = list(_SAID_DAY.finditer(joined))
    if not days:
        return "", ""
    if len({m["wd"] for m in days}) > 1:
        raise ClaimParseError(
            text, " and ".join(m.group(0) for m in days), "more than one date; check one"
        )
    wd, phrase = days[0]["wd"], days[0].group(0)
    if anchor is None:
        # no date of writing (a library call): shown, the check is on the date given, as an
        # absolute date is without one (`mapper check` always has one: --date)
        return "", (
            f"'{phrase}' (when it was said) is not resolved without the date the sentence was "
            "written; the check uses the date given"
        )
    day, how = day_named(wd, anchor)
    return day.isoformat(), (
        f"'{phrase}' (when it was said): the state on {day.isoformat()} is checked ({how}; "
        f"{anchor.isoformat()} read as the date the sentence was written)"
    )


def _check_date(
    text: str, aside: list[tuple[str, str]], date_text: str, anchor: dt.date | None
) -> tuple[str, str, tuple[windows.Window, str, str, bool] | None]:
    """The day a date in the sentence names (ISO, or ""), a note saying how, and the window
    (with its phrase and leading word) when it names a span of days.

    Without an anchor a relative date is refused and an absolute one is only shown (the
    check is on the date given, as before windows); with one, both are resolved
    (:mod:`mapper.check.windows`)."""
    whens = [t for kind, t in aside if kind == "when"]
    if not whens and date_text and anchor is None:
        # no date of writing: the date is only shown, but a span of days is still one (a
        # figure taken over it is a change: the reader refuses it)
        try:
            w = windows.resolve_absolute(date_text, _FAR, text)
        except ClaimParseError as e:
            if "ambiguous" in e.problem:  # "by July": shown, as before windows
                return "", "", None
            raise  # "9-6 August", "30-32 July": no date at all
        lead_m = re.match(r"(as\s+of|as\s+at|by)\s", date_text)
        lead = " ".join(lead_m.group(1).split()) if lead_m else ""
        return "", "", ((w, date_text, lead, False) if w.days > 1 else None)
    if not whens and not date_text:
        return "", "", None
    phrases = [*whens, *([date_text] if date_text else [])]
    if len(phrases) > 1 or "; " in date_text:
        raise ClaimParseError(
            text,
            " and ".join(phrases),
            "more than one date; check one date per sentence",
        )
    phrase = phrases[0]
    lead_m = re.match(r"(as\s+of|as\s+at|by|in|on|at|during|from|over)\s", phrase)
    lead = " ".join(lead_m.group(1).split()) if lead_m else ""
    if whens and windows.WINDOW_REL.fullmatch(" ".join(phrase.split())):
        w = windows.resolve_relative(phrase, anchor, text)
    elif whens:
        day, how = resolve_when(phrase, anchor)
        if day is None and how:
            raise ClaimParseError(text, phrase, how)
        if day is None:
            raise ClaimParseError(
                text,
                phrase,
                "a date relative to when the sentence was written needs that date: give it "
                "(mapper check --date D reads D as the date of writing when the sentence has "
                "a relative date)",
            )
        w = windows.Window(day, day, how)
    else:
        assert anchor is not None
        w = windows.resolve_absolute(phrase, anchor, text)
    written = f"; {anchor.isoformat()} read as the date the sentence was written" if anchor else ""
    if w.days == 1:
        return (
            w.start.isoformat(),
            (f"'{phrase}': the state on {w.start.isoformat()} is checked ({w.how}{written})"),
            None,
        )
    return (
        "",
        (
            f"'{phrase}': the days from {w.start.isoformat()} to {w.end.isoformat()} "
            f"({w.days} days; {w.how}{written}): the state is checked on every day of them, and "
            "the verdict holds only if it holds whatever the day"
        ),
        (w, phrase, lead, True),
    )


def _aside_notes(text: str, aside: list[tuple[str, str]], gaz: Gazetteer) -> list[str]:
    """Notes for the clauses set aside (:func:`mapper.check.grammar.set_aside`); a clause of
    circumstance or time that names a place is refused (the place may be the claim's scope)."""
    notes = []
    for kind, clause in aside:
        if kind == "when":
            continue  # read by _check_date
        words = re.findall(r"[a-z]+", clause)
        if kind != "doubt" and (
            _names_province([w for w in words if w not in _NOT_PLACES], gaz)
            or _find_neighbours(clause)[0]
        ):
            raise ClaimParseError(
                text,
                clause,
                "a clause of time or circumstance that names a place is not set aside (the "
                "place may be the claim's scope); check the claim without it",
            )
        if kind == "period":
            notes.append(
                f"'{clause}' (a period) set aside: the state on the date is checked, which the "
                "claim entails (a share held, or a count said to be held now: not a change)"
            )
        elif kind == "doubt":
            notes.append(
                f"'{clause}' (the writer's doubt) set aside: the claim is checked as stated, "
                "not read as its negation"
            )
        elif kind == "earlier":
            notes.append(
                f"'{clause}' (an earlier figure, given for comparison) set aside: not checked"
            )
        elif kind == "marker":
            notes.append(f"'{clause}' (a discourse marker) set aside")
        elif kind == "dateline":
            notes.append(f"'{clause}' (a dateline: where the report was written) set aside")
        else:
            notes.append(f"'{clause}' (a circumstance, no claim in it) set aside")
    return notes


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


#: "(are|were|remain) (still) contested (between the two sides)": the predicate of a claim
#: about a contested status, with the units counted as its subject ("around 80 districts are
#: contested"). The status is the vocabulary's contested one.
_CONTESTED = re.compile(
    r"\s+(?:are|were|is|was|remain|remains|remained)\s+(?:still\s+|now\s+|currently\s+)?"
    r"contested(?:\s+between\s+(?:the\s+)?(?:two\s+sides|two\s+parties|warring\s+sides"
    r"|taliban\s+and\s+(?:the\s+)?(?:afghan\s+)?(?:government|security\s+forces)"
    r"|(?:afghan\s+)?(?:government|security\s+forces)\s+and\s+(?:the\s+)?taliban))?"
    r"(?=\s*(?:[,.;]|$))",
    re.IGNORECASE,
)


def _contested_predicate(text: str, vocabulary: Vocabulary) -> tuple[str, str | None]:
    """The sentence with its contested predicate blanked, and the contested status (or the
    sentence unchanged and ``None``)."""
    kinds = vocabulary.of_kind("contested")
    m = _CONTESTED.search(text)
    if m is None or len(kinds) != 1:
        return text, None
    return text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :], kinds[0]


def _units_in_scope(text: str, s: str, measure: Measure, gaz: Gazetteer) -> float:
    """How many districts (or provinces) the gazetteer has in the scope the sentence names
    (the province it names, else the country); 0 when it has no district names."""
    province = _find_province(text, s, gaz, [])[0]
    if measure == "provinces":
        return 0.0 if province else float(len(gaz.province_names))
    return float(sum(1 for _n, p in gaz.district_names.values() if province in (None, p)))


def _side_named(
    text: str, vocabulary: Vocabulary, *, exact: bool = False
) -> tuple[str, str] | None:
    """(side key, side as written) of the one side ``text`` names; ``None`` for none; a
    refusal for two. ``exact``: ``text`` must be the side's name and nothing else (filler
    and the country's words aside), else ``None``."""
    s = _normalise(text)
    try:
        key, words, spans = _find_side(text, s, vocabulary, None)
    except ClaimParseError as e:
        if "could not tell which side" in e.problem:
            return None
        raise
    if exact and unread_words(s, spans, allowed=_country_tokens(vocabulary)):
        return None
    return key, words


#: Words that can stand before "district" without naming one ("one district", "a key
#: district", "each district").
_NOT_DISTRICT_NAMES = {"each", "every", "single", "another", "one", "same", "this", "that"}


def _find_district(text: str, s: str, gaz: Gazetteer) -> tuple[str, int, int] | None:
    """A district named as such ("Kunduz district", "Imam Sahib district"): the name as
    written and the span of "NAME district" in ``s``, or ``None``. Names are looked up in
    the gazetteer (up to three words before "district", the longest that names one); a
    gazetteer without district names finds none."""
    if not gaz.district_names:
        return None
    toks = _tokens(s)
    found: list[tuple[str, int, int]] = []
    for i, (t, _b, e) in enumerate(toks):
        if t != "district":
            continue
        for n in (3, 2, 1):
            if i - n < 0:
                continue
            words = [w for w, _, _ in toks[i - n : i]]
            if any(
                w in _NOT_PLACES or w in _NOT_DISTRICT_NAMES or w in _WORD_NUMBERS or w.isdigit()
                for w in words
            ):
                continue
            start = toks[i - n][1]
            if toks[i - 1][2] - start > len(" ".join(words)) + 3:
                continue  # not adjacent in the sentence
            m = gaz.match("", " ".join(words))
            if n > 1 and m.unit_ids and m.unit_ids == gaz.match("", " ".join(words[1:])).unit_ids:
                continue  # the first word is not part of the name: leave it to be refused
            if m.unit_ids or (m.problem or "").find("ambiguous") >= 0:
                found.append((s[start : toks[i - 1][2]], start, e))
                break
    if len(found) > 1:
        raise ClaimParseError(
            text,
            " and ".join(f[0] for f in found),
            "names more than one district; check one district per sentence",
        )
    return found[0] if found else None


def _resolve_district(
    text: str, name: str, province: str | None, gaz: Gazetteer
) -> tuple[str, str, str]:
    """(unit id, district name, province) of a district named in a sentence."""
    if not gaz.district_names:
        raise ClaimParseError(
            text,
            f"{name} district",
            "naming a district needs the boundary set's district names; parse with "
            "gazetteer=units.gazetteer() (the CLI does)",
        )
    m = gaz.match(province or "", name)
    if m.problem or len(m.unit_ids) != 1:
        hint = f" (did you mean {', '.join(m.suggestions)}?)" if m.suggestions else ""
        raise ClaimParseError(text, f"{name} district", f"{m.problem}{hint}")
    uid = m.unit_ids[0]
    dname, dprov = gaz.district_names[uid]
    return uid, dname, dprov


def _unknown_district(name: str, gaz: Gazetteer) -> str:
    if not gaz.district_names:
        return (
            f"{name!r} before 'district' is not a name this parser knows; to check one district "
            "parse with the boundary set's names (gazetteer=units.gazetteer())"
        )
    m = gaz.match("", name)
    hint = f" (did you mean {', '.join(m.suggestions)}?)" if m.suggestions else ""
    return f"{name!r} is not a district of the boundary set{hint}"


#: A denominator put first: "out of the 419 district centers in Afghanistan, about half are
#: under Taliban control" says "about half of the 419 district centers ... are".
_FRONTED = re.compile(
    r"\bout\s+of\s+(?P<den>(?:the\s+|afghanistan\s+|a\s+possible\s+)?(?:approximately\s+|about\s+"
    r"|roughly\s+|some\s+|nearly\s+)?\d+\s+(?:district\s+cent(?:er|re)s|districts|provinces)"
    r"(?:\s+in\s+afghanistan)?)\s*,\s*(?P<fig>(?:(?:about|around|nearly|almost|roughly|over|more"
    r"\s+than|less\s+than|some)\s+)?(?:half|a\s+third|two-thirds|a\s+quarter|three-quarters"
    r"|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)))\s+(?=(?:are|were|is|was)\b)"
)


def _front_denominator(s: str) -> str:
    """The sentence with a fronted denominator put after its share (:data:`_FRONTED`)."""
    m = _FRONTED.search(s)
    if not m:
        return s
    return f"{s[: m.start()]}{m['fig']} of {m['den']} {s[m.end() :]}"


def _names_a_province(s: str, span: tuple[int, int], gaz: Gazetteer) -> bool:
    """Whether who-said-it names a province ("Herat officials said"): then it may be the
    claim's scope, and it is not set aside."""
    words = re.findall(r"[a-z]+", s[span[0] : span[1]])
    return any(
        gaz.resolve_province(" ".join(words[i : i + n])) is not None
        for n in (1, 2, 3)
        for i in range(len(words) - n + 1)
        if words[i] not in _NOT_PLACES and words[i + n - 1] not in _NOT_PLACES
    )


def _mask(s: str, start: int, end: int) -> str:
    """``s`` with ``s[start:end]`` blanked (so the noun-phrase reader skips it)."""
    return s[:start] + "#" * (end - start) + s[end:]


def _only_lead_words(between: str) -> bool:
    return all(w in _LEAD_WORDS for w in re.findall(r"[a-z0-9]+", between))


def _names_province(words: list[str], gaz: Gazetteer, starts: int = 0) -> bool:
    """Whether some one to three words of ``words`` name a province (with ``starts`` = 1, only
    words beginning with the first)."""
    return any(
        gaz.resolve_province(" ".join(words[i:j]))
        for i in range(starts or len(words))
        for j in range(i + 1, min(len(words), i + 3) + 1)
    )


def _strip_after_modifier(rest: str) -> str:
    for pat, _cmp in _CMP_AFTER:
        m = pat.match(rest)
        if m:
            return rest[m.end() :]
    return rest


def _looks_like_date(s: str, c: _Candidate) -> bool:
    v = c.figure.lo
    return 1900 <= v <= 2100 and c.figure.text.isdigit()


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
        if word == "over" and (_CONTROL_NOUN.search(before + " ") or _TAKE_OVER.search(before)):
            spans.append(m.span("cmp"))  # "have control over half", "taken over 127"
        else:
            pre = (dict(_COMPARATORS)[word], word)
            spans.append(m.span("cmp"))
            # "has control over around 90%": "over" is the preposition of "control"
            po = re.search(r"\bover\s+$", s[max(0, m.start("cmp") - 10) : m.start("cmp")])
            if word != "over" and po is not None:
                at = max(0, m.start("cmp") - 10) + po.start()
                if _CONTROL_NOUN.search(s[max(0, at - 40) : at]):
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


def _find_neighbours(s: str, extra: Sequence[str] = ()) -> tuple[list[str], list[tuple[int, int]]]:
    """Neighbouring countries named in ``s``: Afghanistan's six by their adjectives too;
    with ``extra`` (Natural Earth names, for other boundary sets) a name written in full."""
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    pats = list(_NEIGHBOUR_WORDS) if not extra else []
    pats += [(re.escape(name.lower()), name) for name in sorted(extra, key=len, reverse=True)]
    for pat, key in pats:
        for m in re.finditer(rf"\b(?:{pat})\b", s):
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue  # inside a longer name already read
            spans.append((m.start(), m.end()))
            if key not in found:
                found.append(key)
    order = list(NEIGHBOUR_NAMES)
    return sorted(found, key=lambda k: (order.index(k) if k in order else len(order), k)), spans


def _tokens(s: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+", s)]


#: Pronouns that refer back to a side named before them in the sentence ("the Taliban said
#: they control ..."); a possessive before a generic noun ("its fighters") does the same.
_PRONOUNS = frozenset(["it", "they", "its", "their", "them"])
#: First-person pronouns: the speaker's own side ("the Taliban said: we control ...").
_FIRST_PERSON = frozenset(["we", "our", "us"])
#: The tag Russian outlets put after an actor's name: "the Taliban movement (banned in
#: Russia)", "(outlawed in Russia)", "(a terrorist organisation banned in Russia)". Part of
#: the side's name; nothing else in parentheses is.
_BANNED_TAG = re.compile(
    r"\s*\((?:an?\s+)?(?:(?:terrorist|extremist)\s+(?:organi[sz]ation|group|movement)\s*,?\s*)?"
    r"(?:which\s+is\s+|that\s+is\s+)?(?:banned|outlawed|prohibited)\s+in\s+"
    r"(?:russia|the\s+russian\s+federation)\)"
)
#: Counts of an actor's men before its name ("thousands of Taliban fighters").
_MEN_COUNTS = frozenset(["dozens", "scores", "hundreds", "thousands"])
#: The longest side phrase read (in words): "Afghan National Defense and Security Forces".
_LONGEST_SIDE = 6


def _find_side(
    text: str, s: str, vocabulary: Vocabulary, side: str | None, on: dt.date | None = None
) -> tuple[str, str, list[tuple[int, int]]]:
    """The one side ``s`` names: (key, as written, spans of its names). Refused: an actor that
    is no side of the vocabulary or a word that may name two; two sides; no side; a generic
    noun ("the group") or a pronoun with no side named before it that it may refer to; a
    side's name that may name another actor on the date ``on`` (the vocabulary's
    ``ambiguous_from``: "the government" after 15 August 2021)."""
    toks = _tokens(s)
    found: dict[str, str] = {}
    mentions: list[tuple[str, int, int]] = []  # (side, first token, token after)
    claimed: set[int] = set()
    memo: dict[str, str | None] = {}
    # shortest first: "Taliban control" is read as "Taliban", "security forces" still whole
    for n in (1, 2, 3, 4):
        for i in range(len(toks) - n + 1):
            if claimed & set(range(i, i + n)):
                continue
            phrase = " ".join(t for t, _, _ in toks[i : i + n])
            if phrase not in memo:  # repeated words cost one look-up (linear time)
                memo[phrase] = _side_of(phrase, vocabulary)
            key = memo[phrase]
            if key is None:
                continue
            mentions.append((key, i, i + n))
            claimed |= set(range(i, i + n))
    # a longer name of the same side around a short one: "the Ghani government", "the
    # Islamic Emirate of Afghanistan", "Afghan National Defense and Security Forces"
    mentions = [_widen(m, toks, claimed, vocabulary) for m in sorted(mentions, key=lambda m: m[1])]
    # "The Taliban movement (banned in Russia)": the legal tag Russian outlets add
    tags: list[tuple[int, int]] = []
    for _key, _i, j in mentions:
        k = j + 1 if j < len(toks) and toks[j][0] in GENERIC_ACTOR_NOUNS else j
        tag = _BANNED_TAG.match(s, toks[k - 1][2])
        if tag:
            tags.append(tag.span())
    in_tags = {n for n, t in enumerate(toks) if any(a <= t[1] < b for a, b in tags)}
    mentions = _refuse_other_actors(text, s, toks, mentions, vocabulary, in_tags)
    spans: list[tuple[int, int]] = list(tags)
    # what stands with a side's name and is part of it: generic nouns after it ("the insurgent
    # organization"), a count of its men before it ("thousands of Taliban fighters")
    for _key, i, j in mentions:
        k = j
        while k < len(toks) and toks[k][0] in GENERIC_ACTOR_NOUNS:
            k += 1
        if k > j:
            spans.append((toks[j][1], toks[k - 1][2]))
        q = i - 2 if i >= 2 and toks[i - 1][0] == "of" else i - 3
        if (
            q >= 0
            and toks[q][0] in _MEN_COUNTS
            and " ".join(t for t, _, _ in toks[q + 1 : i]) in ("of", "of the")
            and (k > j or toks[j - 1][0] in ("militants", "insurgents"))
        ):
            spans.append((toks[q][1], toks[q][2]))
    for key, i, j in mentions:
        named = s[toks[i][1] : toks[j - 1][2]]
        why = vocabulary.ambiguous_on(named, on)
        if why is not None:
            raise ClaimParseError(
                text, named, f"{why}: name the side by a name that is one side's only"
            )
        found.setdefault(key, named)
        spans.append((toks[i][1], toks[j - 1][2]))
    if side is not None:
        key = vocabulary.resolve_side(side) or (side if side in vocabulary.sides else None)
        if key is None:
            raise ClaimParseError(
                text, side, f"unknown side; valid sides: {', '.join(vocabulary.sides)}"
            )
        if found and key not in found:
            raise ClaimParseError(
                text,
                " and ".join(found.values()),
                f"the sentence names {', '.join(found)} but the side given is {key!r}",
            )
        return key, found.get(key, ""), spans
    if len(found) > 1:
        names = " and ".join(repr(v) for v in found.values())
        raise ClaimParseError(
            text,
            names,
            "names more than one side; pass the side the claim is about "
            f"({', '.join(vocabulary.sides)})",
        )
    _check_references(text, toks, mentions, vocabulary, in_tags)
    if not found:
        raise ClaimParseError(
            text,
            "",
            "could not tell which side the claim is about; name the actor (e.g. Taliban, "
            "militants, insurgents; government, Afghan forces) or pass a side "
            f"({', '.join(vocabulary.sides)})",
        )
    key, words = next(iter(found.items()))
    return key, words, spans


def _refuse_other_actors(
    text: str,
    s: str,
    toks: list[tuple[str, int, int]],
    mentions: list[tuple[str, int, int]],
    vocabulary: Vocabulary,
    skip: set[int],
) -> list[tuple[str, int, int]]:
    """Refuse a sentence naming an actor that is no side of the vocabulary ("ISIS-K", "the
    National Resistance Front") or using a word that may name more than one ("terrorists")
    on its own. Beside a side's name (before it, or after it, a generic noun between
    allowed) an ambiguous word that may name that side describes it: "the Taliban terrorist
    group", "Islamist militants", "the radical movement Taliban"; the mentions are returned
    widened to it."""
    out = list(mentions)
    inside = {t for _k, i, j in mentions for t in range(i, j)} | skip
    hits: list[tuple[int, int, str, str, str]] = []  # (first, after, phrase, form, why)
    for n in (5, 4, 3, 2, 1):
        for i in range(len(toks) - n + 1):
            if (inside | {t for a, b, *_ in hits for t in range(a, b)}) & set(range(i, i + n)):
                continue
            if toks[i][0] == "the" and n > 1:
                continue  # read without it, one word shorter
            phrase = " ".join(t for t, _, _ in toks[i : i + n])
            form = phrase
            why = vocabulary.not_a_side(phrase)
            if why is None and n == 1 and phrase.endswith("s") and len(phrase) > 3:
                form = phrase[:-1]
                why = vocabulary.not_a_side(form)
            if why is not None:
                hits.append((i, i + n, phrase, form, why))
    # an ambiguous word beside a side's name, or beside one already read as describing it
    # ("the Sunni Muslim insurgent group"), describes that side
    changed = True
    while changed and hits:
        changed = False
        for hit in list(hits):
            i, j, _phrase, form, _why = hit
            at = _beside(out, toks, s, i, j)
            if at is not None and vocabulary.may_describe(form, out[at][0]):
                key, a, b = out[at]
                out[at] = (key, min(a, i), max(b, j))
                hits.remove(hit)
                changed = True
    if hits:
        _i, _j, phrase, _form, why = min(hits)
        raise ClaimParseError(
            text,
            phrase,
            f"{why}; the sides are {', '.join(vocabulary.sides)}: name one "
            "(a word that may name two actors is never guessed)",
        )
    return out


def _beside(
    mentions: list[tuple[str, int, int]],
    toks: list[tuple[str, int, int]],
    s: str,
    i: int,
    j: int,
) -> int | None:
    """The mention that tokens ``[i, j)`` stand next to, in one noun phrase: only spaces or
    hyphens between, a generic noun between allowed ("radical movement Taliban"; "Taliban
    fighters, the extremists" is not next to)."""

    def joined(a: int, b: int) -> bool:  # tokens a..b-1 with only spaces/hyphens between
        return all(not s[toks[t][2] : toks[t + 1][1]].strip(" -") for t in range(a, b - 1))

    for at, (_k, a, b) in enumerate(mentions):
        before = j == a or (j + 1 == a and toks[j][0] in GENERIC_ACTOR_NOUNS)
        after = b == i or (b + 1 == i and toks[b][0] in GENERIC_ACTOR_NOUNS)
        if (before and joined(i, b)) or (after and joined(a, j)):
            return at
    return None


def _widen(
    mention: tuple[str, int, int],
    toks: list[tuple[str, int, int]],
    claimed: set[int],
    vocabulary: Vocabulary,
) -> tuple[str, int, int]:
    """The longest name of the same side that contains ``mention`` and no other name."""
    key, i, j = mention
    best = (i, j)
    # only to a longer word of the side as the vocabulary writes it (never "the", never a
    # status alias such as "government control")
    words = {" ".join(re.findall(r"[a-z0-9]+", _normalise(w))) for w in vocabulary.side_words(key)}
    for a in range(max(0, j - _LONGEST_SIDE), i + 1):
        for b in range(j, min(len(toks), a + _LONGEST_SIDE) + 1):
            if (a, b) == (i, j) or b - a <= best[1] - best[0]:
                continue
            if claimed & (set(range(a, i)) | set(range(j, b))):
                continue
            if " ".join(t for t, _, _ in toks[a:b]) in words:
                best = (a, b)
    claimed |= set(range(best[0], best[1]))
    return key, best[0], best[1]


def _check_references(
    text: str,
    toks: list[tuple[str, int, int]],
    mentions: list[tuple[str, int, int]],
    vocabulary: Vocabulary,
    skip: Sequence[int] | set[int] = (),
) -> None:
    """A generic noun ("the group", "fighters") or a pronoun ("it", "they") that is not part
    of a side's name refers back to the side named before it in the sentence: refused when no
    side is named before it, or when the noun may not refer to that side (the vocabulary's
    ``anaphora``: "officials said the group ..." is never the government). "We" is the
    speaker's own side, named anywhere in the sentence."""
    ends = {j for _k, _i, j in mentions}
    for at, (word, _b, _e) in enumerate(toks):
        inside = at in skip or any(i <= at < j for _k, i, j in mentions)
        if inside or word in _FIRST_PERSON:
            continue
        before = [k for k, _i, j in mentions if j <= at]
        if word in _PRONOUNS:
            if not before and _refers(toks, at):
                raise ClaimParseError(
                    text,
                    word,
                    f"could not tell which side the claim is about: '{word}' refers to an "
                    "actor the sentence does not name before it; name the side (a pronoun is "
                    "read only after the side it stands for)",
                )
            continue
        if word not in GENERIC_ACTOR_NOUNS:
            continue
        if at in ends or (at - 1 in ends and toks[at - 1][0] in GENERIC_ACTOR_NOUNS):
            continue  # "Taliban fighters", "government forces": part of the side's name
        prev = toks[at - 1][0] if at > 0 else ""
        if prev in _FIRST_PERSON or (prev in _PRONOUNS and before):
            continue  # "our fighters", "its fighters": the possessive's side
        if not before:
            raise ClaimParseError(
                text,
                word,
                f"could not tell which side the claim is about: '{word}' names no side by "
                "itself and the sentence names none before it; name the side",
            )
        if not vocabulary.may_refer_to(word, before[-1]):
            raise ClaimParseError(
                text,
                word,
                f"'{word}' does not refer back to the side named before it "
                f"({before[-1]!r}): it names another actor; name the side",
            )


def _refers(toks: list[tuple[str, int, int]], at: int) -> bool:
    """Whether the pronoun at ``at`` stands for an actor: not the "it" of "it is estimated
    that ..." (followed by a form of "be")."""
    word = toks[at][0]
    nxt = toks[at + 1][0] if at + 1 < len(toks) else ""
    return not (word == "it" and nxt in ("is", "was", "appears", "seems"))


def _slot_side(phrase: str, vocabulary: Vocabulary) -> str | None:
    """The side a whole noun phrase names, as the subject of a clause: a side's name with
    generic nouns after it and descriptions the vocabulary allows for it before it ("the
    Taliban movement", "Taliban forces", "the Islamist militant group"); ``None`` when any
    word is left over."""
    words = [w for w, _b, _e in _tokens(_normalise(phrase))]
    if words[:1] == ["the"]:
        words = words[1:]
    end = len(words)
    while end > 0:
        for start in range(end):
            key = _side_of(" ".join(words[start:end]), vocabulary)
            if key is not None and all(vocabulary.may_describe(w, key) for w in words[:start]):
                return key
        if end < 2 or words[end - 1] not in GENERIC_ACTOR_NOUNS:
            break
        end -= 1  # "Taliban forces": a generic noun after the side's name
    return None


def _side_of(phrase: str, vocabulary: Vocabulary) -> str | None:
    key = ACTOR_PHRASES.get(phrase)
    if key is not None and key in vocabulary.sides:
        return key
    for form in (phrase, phrase[:-1] if phrase.endswith("s") and len(phrase) > 3 else None):
        if form and len(form) > 2:
            k = vocabulary.side_of_phrase(form)
            if k is not None:
                return k
    return None


_NOT_PLACES = set(_MEASURE_NOUNS) | _LEAD_WORDS | _STOP_WORDS | {
    "the", "taliban", "government", "afghan", "control", "controls", "hold", "holds", "held",
    "captured", "capture", "seized", "taken", "took", "over", "half", "third", "thirds",
    "quarter", "quarters", "percent", "cent", "per", "about", "nearly", "almost", "roughly",
    "up", "most", "majority", "than", "least", "militants", "insurgents", "forces",
}  # fmt: skip


def _find_province(
    text: str, s: str, gaz: Gazetteer, used: list[tuple[int, int]]
) -> tuple[str | None, str, bool, list[tuple[int, int]]]:
    """The province named in the sentence (canonical), as written, whether the word
    "province" follows it, and the spans it accounts for (name and "province")."""
    toks = [
        (t, b, e)
        for t, b, e in _tokens(s)
        if not any(b < ue and ub < e for ub, ue in used) and not t.isdigit()
    ]
    found: dict[str, str] = {}
    explicit: dict[str, bool] = {}
    spans: list[tuple[int, int]] = []
    claimed: set[int] = set()
    for n in (3, 2, 1):
        for i in range(len(toks) - n + 1):
            if claimed & set(range(i, i + n)):
                continue
            words = [t for t, _, _ in toks[i : i + n]]
            if words[0] in _NOT_PLACES or words[-1] in _NOT_PLACES:
                continue
            if toks[i + n - 1][2] - toks[i][1] > len(" ".join(words)) + 3:
                continue  # not adjacent in the sentence
            prov = gaz.resolve_province(" ".join(words))
            if (
                prov is not None
                and n > 1
                and not set(words) <= set(re.findall(r"[a-z]+", _normalise(prov)))
                and prov
                in (
                    gaz.resolve_province(" ".join(words[1:])),
                    gaz.resolve_province(" ".join(words[:-1])),
                )
            ):
                # a word the name does not need ("ggg Ghazni" folds like "Ghazni"): the
                # shorter name is read and the extra word is left to be refused
                prov = None
            if prov is not None:
                end = toks[i + n - 1][2]
                found.setdefault(prov, s[toks[i][1] : end])
                after = s[end:].split()
                word = bool(after) and after[0].startswith("province")
                explicit.setdefault(prov, word)
                spans.append((toks[i][1], end))
                if word:
                    at = s.index(after[0], end)
                    spans.append((at, at + len(after[0])))
                claimed |= set(range(i, i + n))
    if len(found) > 1:
        raise ClaimParseError(
            text,
            " and ".join(found.values()),
            "names more than one province; check one province per sentence",
        )
    if not found:
        return None, "", False, []
    prov = next(iter(found))
    return prov, _as_written(text, found[prov]), explicit[prov], spans


#: A neighbour or its capital (Afghanistan's six): named outside a claim about "the border".
_NEIGHBOUR_HINT = re.compile(
    r"\b(?:islamabad|tehran|beijing|dushanbe|tashkent|ashgabat|pakistan\w*|iran\w*|china"
    r"|chinese|tajik\w*|uzbek\w*|turkmen\w*)\b"
)


def _said_note(text: str, said: str) -> str:
    """The note quoting who-said-it as written in the sentence."""
    words = re.findall(r"[a-z0-9]+", said)
    if len(words) >= 3 and words[0] in ("is", "are", "was", "were") and words[-1] == "to":
        # "are believed to control": the source is not named
        return (
            f"'{' '.join(words)}' (the claim attributed to no one named) set aside: the claim "
            "is checked as stated"
        )
    pattern = r"\W*?".join(re.escape(w) for w in words)
    m = re.search(pattern, text, re.IGNORECASE) if pattern else None
    quoted = m.group(0) if m else said.strip(" ,:;-")
    return f"'{quoted}' (who said it) set aside: the claim is checked as stated, whoever made it"


def _as_written(text: str, words: str) -> str:
    """``words`` (from the normalised sentence) with the sentence's own capitals."""
    pattern = r"[\s'’-]*".join(re.escape(w) for w in re.findall(r"[a-z0-9]+", words))
    m = re.search(pattern, text, re.IGNORECASE) if pattern else None
    return m.group(0) if m else words.title()
