"""Reading a sentence into a :class:`~mapper.check.model.ParsedClaim`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import cast

from ..borders import NEIGHBOUR_NAMES
from ..matching import Gazetteer, read_aliases, read_province_table
from ..vocabulary import DEFAULT, Vocabulary
from .lexicon import (
    _BORDER_WORD,
    _CMP_AFTER,
    _CMP_BEFORE,
    _COMPARATORS,
    _CONTROL_NOUN,
    _FRAC_DEN,
    _FRAC_NUM,
    _LEAD_WORDS,
    _MEASURE_NOUNS,
    _NEIGHBOUR_WORDS,
    _QUANTITY_PATTERNS,
    _REFUSE,
    _STOP_WORDS,
    _WORD_NUMBERS,
)
from .model import (
    ACTOR_PHRASES,
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
    parts = re.split(r"[ -]", token)
    return float(sum(_WORD_NUMBERS[p] for p in parts))


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
    text = m.group(0)
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


def _noun_phrase(rest: str) -> tuple[list[str], int]:
    """Words of the noun phrase after a figure, and how many characters it spans."""
    words: list[str] = []
    end = 0
    leading = True
    for m in re.finditer(r"[a-z0-9]+", rest):
        w = m.group(0)
        if leading and w in _LEAD_WORDS:
            end = m.end()
            continue
        leading = False
        if w in _STOP_WORDS or len(words) >= 5:
            break
        words.append(w)
        end = m.end()
    return words, end


def _measure_of(words: list[str]) -> Measure | None:
    heads = [_MEASURE_NOUNS[w] for w in words if w in _MEASURE_NOUNS]
    return heads[-1] if heads else None


def parse_claim(
    text: str,
    *,
    vocabulary: Vocabulary = DEFAULT,
    gazetteer: Gazetteer | None = None,
    side: str | None = None,
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
    s = _normalise(text)
    if not s:
        raise ClaimParseError(text, "", "the sentence is empty")
    for pat, why in _REFUSE:
        m = pat.search(s)
        if m:
            raise ClaimParseError(text, m.group(0), why)

    cands = _candidates(s)
    if not cands:
        raise ClaimParseError(
            text,
            "",
            "found no figure: a share (two-thirds, 2/3, 66%, half, a third) or a count of "
            "districts or provinces (five districts, 150-180 districts, 250 of 398 districts)",
        )
    gaz = gazetteer or _default_gazetteer()
    district = _find_district(text, s, gaz)
    # the named district ("half of Kunduz district") is a scope, not the measure "districts"
    masked = s if district is None else _mask(s, district[1], district[2])
    readable: list[tuple[_Candidate, Measure, int]] = []
    failures: list[tuple[_Candidate, str]] = []
    for c in cands:
        if district is not None and c.start < district[2] and district[1] < c.end:
            continue
        rest = _strip_after_modifier(masked[c.end :])
        words, span = _noun_phrase(rest)
        measure = _measure_of(words)
        if measure is None and c.figure.form == "share" and _names_province(words, gaz):
            measure = "area"  # "a third of Herat": the province's area
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
        elif c.figure.form == "count" and measure not in ("districts", "provinces"):
            failures.append(
                (
                    c,
                    f"a count ({c.figure.text!r}) must count districts or provinces, not "
                    f"{measure!r}",
                )
            )
        elif c.kind == "count" and _looks_like_date(s, c):
            failures.append((c, "looks like a date or a year"))
        else:
            readable.append((c, measure, c.end + span))
    if not readable:
        c, why = failures[0]
        raise ClaimParseError(text, c.figure.text, why)
    if len(readable) > 1:
        figs = " and ".join(repr(c.figure.text) for c, _, _ in readable)
        raise ClaimParseError(
            text, figs, "found more than one figure; check one figure per sentence"
        )
    cand, measure, _phrase_end = readable[0]
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

    comparison, comparison_text = _comparison(text, s, cand)
    if figure.lo != figure.hi and comparison != "as-stated":
        raise ClaimParseError(
            text,
            f"{comparison_text} {figure.text}",
            "a range cannot also carry a comparison; write '150-180 districts' or "
            "'over 150 districts'",
        )

    used = [(cand.start, cand.end)]
    neighbours, border_spans = _find_neighbours(s)
    has_border = bool(_BORDER_WORD.search(s))
    used += border_spans
    if neighbours and not has_border:
        names = ", ".join(NEIGHBOUR_NAMES[n] for n in neighbours)
        raise ClaimParseError(
            text,
            names,
            "names a neighbouring country but no border; write 'on the border with "
            f"{NEIGHBOUR_NAMES[neighbours[0]]}' or 'the Afghan-"
            f"{NEIGHBOUR_NAMES[neighbours[0]]} border'",
        )
    if measure == "border" and not has_border:
        raise ClaimParseError(
            text, "line", "a line that is not a border; write 'of the border with ...'"
        )
    border_districts = has_border and measure != "border"

    side_key, side_text, side_spans = _find_side(text, s, vocabulary, side)
    used += side_spans
    district_id: str | None = None
    district_name = ""
    if district is not None:
        used.append((district[1], district[2]))
    province, province_text, province_word = _find_province(text, s, gaz, used)
    if district is not None:
        district_id, district_name, district_prov = _resolve_district(
            text, district[0], province, gaz
        )
        province, province_text, province_word = district_prov, "", False
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
    )


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


def _mask(s: str, start: int, end: int) -> str:
    """``s`` with ``s[start:end]`` blanked (so the noun-phrase reader skips it)."""
    return s[:start] + "#" * (end - start) + s[end:]


def _only_lead_words(between: str) -> bool:
    return all(w in _LEAD_WORDS for w in re.findall(r"[a-z0-9]+", between))


def _names_province(words: list[str], gaz: Gazetteer) -> bool:
    return any(
        gaz.resolve_province(" ".join(words[i:j]))
        for i in range(len(words))
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


def _comparison(text: str, s: str, c: _Candidate) -> tuple[Comparison, str]:
    before = s[: c.start]
    m = _CMP_BEFORE.search(before)
    pre: tuple[Comparison, str] | None = None
    if m:
        word = m["cmp"]
        if word == "over" and _CONTROL_NOUN.search(before[: m.start("cmp")] + " "):
            pre = None  # "have control over half": a preposition
        else:
            pre = (dict(_COMPARATORS)[word], word)
    post: tuple[Comparison, str] | None = None
    for pat, cmp in _CMP_AFTER:
        pm = pat.match(s[c.end :])
        if pm:
            post = (cast(Comparison, cmp), pm.group(0).strip())
    if c.implied:
        if pre or post:
            extra = (pre or post or ("", ""))[1]
            raise ClaimParseError(
                text, f"{extra} {c.figure.text}", "'most' / 'majority' already says 'over half'"
            )
        return c.implied, c.figure.text
    if pre and post:
        raise ClaimParseError(
            text,
            f"{pre[1]} {c.figure.text} {post[1]}",
            "two comparisons for one figure",
        )
    return pre or post or ("as-stated", "")


def _find_neighbours(s: str) -> tuple[list[str], list[tuple[int, int]]]:
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    for pat, iso3 in _NEIGHBOUR_WORDS:
        for m in re.finditer(rf"\b(?:{pat})\b", s):
            spans.append((m.start(), m.end()))
            if iso3 not in found:
                found.append(iso3)
    return sorted(found, key=list(NEIGHBOUR_NAMES).index), spans


def _tokens(s: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+", s)]


def _find_side(
    text: str, s: str, vocabulary: Vocabulary, side: str | None
) -> tuple[str, str, list[tuple[int, int]]]:
    toks = _tokens(s)
    found: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    claimed: set[int] = set()
    # shortest first: "Taliban control" is read as "Taliban", "security forces" still whole
    for n in (1, 2, 3):
        for i in range(len(toks) - n + 1):
            if claimed & set(range(i, i + n)):
                continue
            phrase = " ".join(t for t, _, _ in toks[i : i + n])
            key = _side_of(phrase, vocabulary)
            if key is None:
                continue
            found.setdefault(key, s[toks[i][1] : toks[i + n - 1][2]])
            spans.append((toks[i][1], toks[i + n - 1][2]))
            claimed |= set(range(i, i + n))
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
    if not found:
        raise ClaimParseError(
            text,
            "",
            "could not tell which side the claim is about; name the actor (e.g. Taliban, "
            "militants, insurgents; government, Afghan forces) or pass a side "
            f"({', '.join(vocabulary.sides)})",
        )
    if len(found) > 1:
        names = " and ".join(repr(v) for v in found.values())
        raise ClaimParseError(
            text,
            names,
            "names more than one side; pass the side the claim is about "
            f"({', '.join(vocabulary.sides)})",
        )
    key, words = next(iter(found.items()))
    return key, words, spans


def _side_of(phrase: str, vocabulary: Vocabulary) -> str | None:
    key = ACTOR_PHRASES.get(phrase)
    if key is not None and key in vocabulary.sides:
        return key
    for form in (phrase, phrase[:-1] if phrase.endswith("s") and len(phrase) > 3 else None):
        if form and len(form) > 2:
            k = vocabulary.resolve_side(form)
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
) -> tuple[str | None, str, bool]:
    """The province named in the sentence (canonical), as written, and whether the word
    "province" follows it."""
    toks = [
        (t, b, e)
        for t, b, e in _tokens(s)
        if not any(b < ue and ub < e for ub, ue in used) and not t.isdigit()
    ]
    found: dict[str, str] = {}
    explicit: dict[str, bool] = {}
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
            if prov is not None:
                found.setdefault(prov, s[toks[i][1] : toks[i + n - 1][2]])
                after = s[toks[i + n - 1][2] :].split()
                explicit.setdefault(prov, bool(after) and after[0].startswith("province"))
                claimed |= set(range(i, i + n))
    if len(found) > 1:
        raise ClaimParseError(
            text,
            " and ".join(found.values()),
            "names more than one province; check one province per sentence",
        )
    if not found:
        return None, "", False
    prov = next(iter(found))
    return prov, _as_written(text, found[prov]), explicit[prov]


def _as_written(text: str, words: str) -> str:
    """``words`` (from the normalised sentence) with the sentence's own capitals."""
    pattern = r"[\s'’-]*".join(re.escape(w) for w in re.findall(r"[a-z0-9]+", words))
    m = re.search(pattern, text, re.IGNORECASE) if pattern else None
    return m.group(0) if m else words.title()
