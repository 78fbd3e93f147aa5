"""The side a sentence is about: side names, anaphora, other actors, contested predicates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..vocabulary import GENERIC_ACTOR_NOUNS, Vocabulary
from .grammar import unread_words
from .model import ACTOR_PHRASES, ClaimParseError
from .scopes import _country_tokens
from .words import _normalise, _tokens

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
