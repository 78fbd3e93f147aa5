"""The side a sentence is about: side names, anaphora, other actors, contested predicates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from ..vocabulary import GENERIC_ACTOR_NOUNS, Vocabulary
from .grammar import attributions, unread_words
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


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: The tag Russian outlets put after an actor's name: "the Taliban movement (banned in
#: Russia)", "(outlawed in Russia)", "(a terrorist organisation banned in Russia)", "(banned as
#: a terrorist organization in Russia)", "(recognized as terrorist movement and banned in
#: Russia)". A closed grammar: DESC? STATUS (and STATUS)? in Russia (as DESC)?; it holds no
#: figure, no control verb and no place of Afghanistan. Set aside with a note.
_DESC = r"(?:an?\s+)?(?:terrorist|extremist)\s+(?:organi[sz]ation|group|movement)"
_STATUS = (
    rf"(?:(?:banned|outlawed|prohibited)(?:\s+as\s+{_DESC})?"
    rf"|(?:recogni[sz]ed|designated|listed|declared)\s+as\s+{_DESC})"
)
_BANNED_TAG = re.compile(
    rf"\s*\(\s*(?:{_DESC}\s*,?\s*)?(?:which\s+is\s+|that\s+is\s+)?{_STATUS}"
    rf"(?:\s*,?\s*and\s+{_STATUS})?\s+in\s+(?:russia|the\s+russian\s+federation)"
    rf"(?:\s+as\s+{_DESC})?\s*\)"
)
#: A gloss in brackets after a side's name that says what the name is ("ANDSF [the Afghan
#: National Defense and Security Forces]", "the Islamic Emirate [the self-name of the
#: Taliban political system]"): its words are the same side's names or these (no figure, no
#: control verb, no place, no negation), and it is set aside with a note.
_BRACKET = re.compile(r"\s*[\[(]\s*([^\[\]()]{1,100}?)\s*[\])]")
_GLOSS_WORDS = _words(
    """the a an of self name self-name own official political system movement group
    organization organisation also known as formerly its their i e"""
)
#: "Taliban members, who refer to themselves as the "Islamic Emirate of Afghanistan", say
#: ...": a relative clause naming the side by its own name (the same side), set aside.
_SELF_NAME = re.compile(
    r"\s*,\s*(?:who|which)\s+(?:refers?\s+to|calls?|describes?|styles?)\s+(?:themselves|itself)"
    r"\s+(?:as\s+)?"
    r"(?P<name>[^,;:\d%]{1,60}?)\s*,"
)
#: After a verb of taking, "from X" names the side that lost the units ("ANDSF has
#: re-captured the Kaldar district ... from the Taliban"): not the claim's side. A closed
#: list; "fled from", "withdrew from" are not in it.
_TAKING = _words(
    """captured capture captures recaptured recapture recaptures retook retake retakes
    retaken took take takes taken seized seize seizes regained regain regains reclaimed
    reclaim reclaims wrested wrest liberated liberate liberates freed cleared gained
    won"""
)
#: Words that end the clause of the taking verb before "from" (another clause's "from").
_CLAUSE_BREAK = _words(
    """and but while as after before which who that said says say told reported when
    where since whereas"""
)
#: Counts of an actor's men before its name ("thousands of Taliban fighters").
_MEN_COUNTS = frozenset(["dozens", "scores", "hundreds", "thousands"])
#: The longest side phrase read (in words): "Afghan National Defense and Security Forces".
_LONGEST_SIDE = 6


def _find_side(
    text: str,
    s: str,
    vocabulary: Vocabulary,
    side: str | None,
    on: dt.date | None = None,
    notes: list[str] | None = None,
) -> tuple[str, str, list[tuple[int, int]]]:
    """The one side ``s`` names: (key, as written, spans of its names). Refused: an actor that
    is no side of the vocabulary or a word that may name two; two sides; no side; a generic
    noun ("the group") or a pronoun with no side named before it that it may refer to; a
    side's name that may name another actor on the date ``on`` (the vocabulary's
    ``ambiguous_from``: "the government" after 15 August 2021). Read too: glosses on a
    side's name (:data:`_BANNED_TAG`, :data:`_BRACKET`, :data:`_SELF_NAME`), the side a
    unit was taken from (:data:`_TAKING`), a generic noun naming the side of who said it
    named after it. ``notes``: where to say what was set aside or how a noun was read."""
    notes = [] if notes is None else notes
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
    # glosses on a side's name, set aside: "The Taliban movement (banned in Russia)" (the
    # legal tag Russian outlets add), "ANDSF [the Afghan National Defense and Security
    # Forces]", "Taliban members, who refer to themselves as the Islamic Emirate, ..."
    tags = _glosses(text, s, toks, mentions, vocabulary, notes)
    in_tags = {n for n, t in enumerate(toks) if any(a <= t[1] < b for a, b in tags)}
    mentions = _refuse_other_actors(text, s, toks, mentions, vocabulary, in_tags, notes)
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
    outside = [m for m in mentions if not set(range(m[1], m[2])) & in_tags]
    # "ANDSF re-captured Kaldar district from the Taliban", "the Taliban captured Zaranj, in a
    # major blow to government forces": the side it was taken from, named only as the loser
    for loser_of, what in (
        (_taken_from, "the side it was taken from"),
        (_dealt_a_blow, "the side dealt the blow, that lost it"),
    ):
        lost_to = loser_of(s, toks, outside) if len(found) == 2 else None
        if lost_to is None:
            continue
        loser, loser_spans = lost_to
        lost = found.pop(loser)
        spans += loser_spans
        notes.append(
            f"'{_as_written(text, s, loser_spans[0])}' ({what}) set aside: the claim is about "
            f"what {next(iter(found))} holds, not {lost}"
        )
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
    _check_references(
        text, toks, mentions, vocabulary, in_tags, said=lambda: attributions(s, text, local=True),
        keys=set(found), notes=notes, s=s,
    )  # fmt: skip
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


def _glosses(
    text: str,
    s: str,
    toks: list[tuple[str, int, int]],
    mentions: list[tuple[str, int, int]],
    vocabulary: Vocabulary,
    notes: list[str],
) -> list[tuple[int, int]]:
    """Spans of the glosses on a side's name (set aside; a note names each), and an
    abbreviation glossed in square brackets by a side's name added to ``mentions`` ("terrorist
    TB [the Taliban's] control": TB is the Taliban), as is a pronoun an editor glossed so in a
    quotation ('"They [the Taliban] control 85% of the country," Lavrov said'; not with a
    name that may name another actor on some day, "they [government forces]")."""
    tags: list[tuple[int, int]] = []
    for key, _i, j in list(mentions):
        k = j + 1 if j < len(toks) and toks[j][0] in GENERIC_ACTOR_NOUNS else j
        end = toks[k - 1][2]
        if any(a <= end < b for a, b in tags):
            continue
        tag = _BANNED_TAG.match(s, end)
        if tag is not None:
            tags.append(tag.span())
            notes.append(
                f"'{_as_written(text, s, tag.span())}' (a note on a side's legal status) set aside"
            )
            continue
        m = _BRACKET.match(s, end)
        if m is not None and _names_only(m.group(1), key, vocabulary):
            tags.append(m.span())
            notes.append(
                f"'{_as_written(text, s, m.span())}' (a gloss on the side's name: the same "
                "side, no figure, control verb or place) set aside"
            )
            continue
        m = _SELF_NAME.match(s, end)
        if m is None and k < len(toks) and toks[k][0] in ("members", "leaders", "officials"):
            m = _SELF_NAME.match(s, toks[k][2])
        if m is not None and _slot_side(m.group("name").strip(" \"'"), vocabulary) == key:
            tags.append((m.start(), m.end() - 1))
            notes.append(
                f"'{_as_written(text, s, (m.start(), m.end() - 1)).replace(chr(34), '')}' "
                "(the side's own name for "
                "itself, the same side) set aside"
            )
    # "TB [the Taliban's]": an abbreviation (capitals as written) glossed by a side's name
    inside = {t for _k, i, j in mentions for t in range(i, j)}
    for m in _BRACKET.finditer(s):
        if s[m.start() : m.end()].lstrip()[0] != "[":
            continue
        at = next((n for n, t in enumerate(toks) if t[2] <= m.start() and (
            n + 1 == len(toks) or toks[n + 1][1] >= m.start())), None)  # fmt: skip
        if at is None or at in inside or not 2 <= len(toks[at][0]) <= 6:
            continue
        pronoun = toks[at][0] in _PRONOUNS and s[toks[at][2] : m.start()].strip() == ""
        if not pronoun and re.search(rf"\b{re.escape(toks[at][0].upper())}\s*\[", text) is None:
            continue
        inner = [w for w, _a, _b in _tokens(m.group(1)) if w != "the"]
        named = _side_of(" ".join(inner), vocabulary) if inner else None
        if named is None:
            continue
        if pronoun and vocabulary.ambiguous_on(" ".join(inner), dt.date.max) is not None:
            continue  # "they [government forces]": a name that may name another actor on
            # some day is not read for a pronoun (the date check sees the pronoun only)
        mentions.append((named, at, at + 1))
        mentions.sort(key=lambda x: x[1])
        tags.append(m.span())
        notes.append(
            f"'{_as_written(text, s, (toks[at][1], m.end()))}]' read as {named}: "
            + (
                "a pronoun glossed in square brackets by the side's name (an editor's "
                "insertion in a quotation)"
                if pronoun
                else "an abbreviation glossed in brackets by the side's name"
            )
        )
    return tags


def _without_gloss(phrase: str, vocabulary: Vocabulary) -> str:
    """``phrase`` (a side's slot, "the Islamic Emirate [the self-name of the Taliban political
    system]") without a bracketed gloss that names the same side as the rest of it."""
    m = _BRACKET.search(phrase)
    if m is None or phrase[m.end() :].strip(" ,\"'"):
        return phrase
    rest = phrase[: m.start()]
    key = _slot_side(rest, vocabulary)
    return rest if key is not None and _names_only(m.group(1), key, vocabulary) else phrase


def _names_only(inner: str, key: str, vocabulary: Vocabulary) -> bool:
    """Whether a bracketed gloss names side ``key`` and holds nothing else than the words of
    :data:`_GLOSS_WORDS` (each run of other words one name of the side)."""
    words = [w for w, _a, _b in _tokens(inner)]
    runs: list[list[str]] = [[]]
    for w in words:
        if w in _GLOSS_WORDS:
            runs.append([])
        else:
            runs[-1].append(w)
    names = [" ".join(r) for r in runs if r]
    return bool(names) and all(_slot_side(n, vocabulary) == key for n in names)


def _taken_from(
    s: str, toks: list[tuple[str, int, int]], mentions: list[tuple[str, int, int]]
) -> tuple[str, list[tuple[int, int]]] | None:
    """(the side, the spans of "from <side>") when one of two sides is named only as what a
    unit was taken from: "from" right before each of its names, a verb of taking
    (:data:`_TAKING`) before that in the same clause, and the other side named before the
    verb (its subject). ``None`` otherwise."""
    keys = {k for k, _i, _j in mentions}
    if len(keys) != 2:
        return None
    for loser in sorted(keys):
        winner = next(k for k in keys if k != loser)
        spans: list[tuple[int, int]] = []
        for k, i, j in mentions:
            if k != loser:
                continue
            f = i - 1
            while f >= 0 and toks[f][0] == "the":
                f -= 1
            if f < 1 or toks[f][0] != "from":
                break
            v = f - 1
            while v >= 0 and f - v <= 14 and toks[v][0] not in _TAKING:
                if toks[v][0] in _CLAUSE_BREAK or any(a <= v < b for _k, a, b in mentions):
                    v = -1
                    break
                v -= 1
            if v < 0 or toks[v][0] not in _TAKING or re.search(r"[;:]", s[toks[v][2] : toks[f][1]]):
                break
            if not any(kk == winner and jj <= v for kk, _ii, jj in mentions):
                break
            spans.append((toks[f][1], toks[j - 1][2]))
        else:
            return loser, spans
    return None


#: "in a major blow to government forces", "a significant setback for the Taliban": the
#: side a capture was a blow to, named after the capture (the side that lost the unit). A
#: closed form: "(in) a|another", up to two of these words, "blow to" or "setback for|to",
#: then the side's name (an article, "Afghan" or one of these words before it) ending the
#: sentence or its clause. "a boost to", "a gift to" (the same side or an ally) are not it.
_BLOW_WORDS = (
    r"major|big|huge|serious|severe|heavy|significant|fresh|further|new|latest|crushing"
    r"|devastating|stunning|humiliating|symbolic|psychological|strategic|military|political"
    r"|morale|body|damaging|crippling|setback"
)
_BLOW = re.compile(
    rf"(?:,\s*|\s+)(?:in\s+)?(?:a|another)\s+(?:(?:{_BLOW_WORDS})\s+){{0,2}}"
    r"(?:blow\s+to|setback\s+(?:to|for))\s+(?:(?:the|an?)\s+)?"
    r"(?:(?:beleaguered|embattled|besieged|struggling|demoralised|demoralized|afghan)\s+)*$"
)


def _dealt_a_blow(
    s: str, toks: list[tuple[str, int, int]], mentions: list[tuple[str, int, int]]
) -> tuple[str, list[tuple[int, int]]] | None:
    """(the side, the spans of "in a major blow to <side>") when one of two sides is named
    only as what a capture was a blow to (:data:`_BLOW` right before each of its names, each
    name ending the sentence or followed by a comma or a full stop), and the other side named
    before the first of them. ``None`` otherwise."""
    keys = {k for k, _i, _j in mentions}
    if len(keys) != 2:
        return None
    for loser in sorted(keys):
        winner = next(k for k in keys if k != loser)
        spans: list[tuple[int, int]] = []
        for k, i, j in mentions:
            if k != loser:
                continue
            m = _BLOW.search(s, 0, toks[i][1])
            if m is None or s[toks[j - 1][2] :].strip()[:1] not in ("", ",", ".", ";"):
                break
            if not any(kk == winner and toks[jj - 1][2] <= m.start() for kk, _ii, jj in mentions):
                break
            spans.append((m.start(), toks[j - 1][2]))
        else:
            if spans:
                return loser, spans
    return None


def _as_written(text: str, s: str, span: tuple[int, int]) -> str:
    """The words of ``s[span]`` as the sentence writes them (for notes)."""
    words = re.findall(r"[a-z0-9]+", s[span[0] : span[1]])
    m = re.search(r"\W*?".join(re.escape(w) for w in words), text, re.IGNORECASE) if words else None
    return m.group(0) if m else s[span[0] : span[1]].strip()


#: The Islamic State's abbreviations as the sentence writes them, in capitals ("IS militants
#: have captured ...", "IS-K", "ISIL", "pro-IS fighters", "IS-linked militants"): "IS"
#: normalised is the verb "is", so these are found in the sentence as written, never in its
#: normalised words. Red-team finding (#8): "Insurgents have captured Zaranj, IS said" was
#: read as the Taliban's (the generic "insurgents"), the Islamic State set aside as who said it.
_ISLAMIC_STATE_ABBREVIATION = re.compile(
    r"(?<![\w.-])(?:pro-)?(?P<a>IS(?:IL|IS)?(?:-?KP?)?)"
    r"(?:-(?:linked|affiliated|aligned|allied|inspired|backed))?(?![\w])"
)


def refuse_actors_no_side(text: str, s: str, vocabulary: Vocabulary) -> None:
    """Refuse a sentence naming an actor that is no side of the vocabulary where the reader
    would set it aside or not see it: the Islamic State's abbreviations in capitals, anywhere
    (:data:`_ISLAMIC_STATE_ABBREVIATION`; "IS" is the verb once normalised), and an actor of
    ``other_actors`` as who said it ("Militants captured Zaranj, Daesh said": the militants
    may be the speaker's own; who said it is otherwise set aside unread). ``s``: ``text``
    normalised. Red-team finding (#8): both were read as the Taliban's."""
    if vocabulary.not_a_side("islamic state") is not None:
        # the vocabulary's own ("ISIS", "ISIS-K") are refused where its words are read
        m = next(
            (
                a
                for a in _ISLAMIC_STATE_ABBREVIATION.finditer(text)
                if vocabulary.other_actor(a["a"]) is None
            ),
            None,
        )
        if m is not None:
            verb = (
                " (in a sentence written all in capitals it may be the verb 'is': not told apart)"
                if not re.search(r"[a-z]", text)
                else ""
            )
            raise ClaimParseError(
                text,
                m.group(0),
                f"{m.group(0)!r} (in capitals) is the Islamic State's abbreviation{verb}, and "
                f"the Islamic State is not a side of this vocabulary; the sides are "
                f"{', '.join(vocabulary.sides)}: name one (an actor that is no side is never "
                "read as one, nor set aside as who said it)",
            )
    toks = _tokens(s)
    for a, b in {*attributions(s, text), *attributions(s, text, local=True)}:
        inside = [t for t, x, y in toks if a <= x and y <= b]
        for n in (4, 3, 2, 1):
            for i in range(len(inside) - n + 1):
                phrase = " ".join(inside[i : i + n])
                why = vocabulary.other_actor(phrase)
                if why is not None:
                    raise ClaimParseError(
                        text,
                        phrase,
                        f"{why}, and it is who said it: a claim its speaker makes may be about "
                        "its own men ('militants', 'fighters'), so who said it is not set "
                        f"aside; the sides are {', '.join(vocabulary.sides)}: name one",
                    )


def _refuse_other_actors(
    text: str,
    s: str,
    toks: list[tuple[str, int, int]],
    mentions: list[tuple[str, int, int]],
    vocabulary: Vocabulary,
    skip: set[int],
    notes: list[str] | None = None,
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
    if hits and out:
        # an ambiguous word describing who said it ("..., the extremist group's spokesman,
        # Zabihullah Mujahid, said"), with a side named outside who said it: the speaker is
        # set aside (the claim is checked as stated, whoever made it), so the word names no
        # side of the claim; a named other actor ("an ISIS-K spokesman") stays refused
        said = attributions(s, text, local=True)

        def in_said(a: int, b: int) -> bool:
            return any(x <= toks[a][1] and toks[b - 1][2] <= y for x, y in said)

        if any(not in_said(a, b) for _k, a, b in out):
            for hit in list(hits):
                i, j, _phrase, form, _why = hit
                describes = any(vocabulary.may_describe(form, k) for k in vocabulary.sides)
                if in_said(i, j) and describes:
                    hits.remove(hit)
                    if notes is not None:
                        notes.append(
                            f"'{_as_written(text, s, (toks[i][1], toks[j - 1][2]))}' describes "
                            "who said it, not the side of the claim: set aside with it"
                        )
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
    said: Callable[[], list[tuple[int, int]]] | None = None,
    keys: set[str] | None = None,
    notes: list[str] | None = None,
    s: str = "",
) -> None:
    """A generic noun ("the group", "fighters") or a pronoun ("it", "they") that is not part
    of a side's name refers back to the side named before it in the sentence: refused when no
    side is named before it, or when the noun may not refer to that side (the vocabulary's
    ``anaphora``: "officials said the group ..." is never the government). "We" is the
    speaker's own side, named anywhere in the sentence. A generic noun before any side's
    name refers forward to the one side the sentence names only when that side is named
    first in who said it (``said``: its spans): "The group now controls 250 districts, a
    Taliban representative told a press conference" (the speaker's own group)."""
    ends = {j for _k, _i, j in mentions}
    spans_said: list[tuple[int, int]] | None = None
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
            last = max((j for _k, _i, j in mentions if j <= at), default=0)
            if (
                s
                and last
                and _refers(toks, at)
                and _in_direct_speech(s, toks[last - 1][2], toks[at][1])
            ):
                # 'The Taliban said: "They control 15% ..."': in the speaker's own words a
                # third person is not the speaker's side (it was read as the Taliban; the
                # speaker says "we" of its own side). Red-team finding (#8)
                raise ClaimParseError(
                    text,
                    word,
                    f"'{word}' stands in a quotation after the side named before it: in the "
                    "speaker's own words a third person names someone else (the speaker says "
                    "'we'); name the side",
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
            later = [(k, i) for k, i, _j in mentions if i > at]
            if later and said is not None and keys is not None and len(keys) == 1:
                key, first = later[0]
                if spans_said is None:
                    spans_said = said()
                if (
                    key in keys
                    and vocabulary.may_refer_to(word, key)
                    and any(a <= toks[first][1] < b for a, b in spans_said)
                ):
                    if notes is not None:
                        notes.append(
                            f"'{word}' read as {key}: the one side the sentence names, named "
                            "after it by who said it (the speaker's own side)"
                        )
                    continue
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


def _in_direct_speech(s: str, after: int, at: int) -> bool:
    """Whether position ``at`` stands in direct speech opened after position ``after``: a
    colon between them, or a quotation still open at ``at`` that opened after ``after``
    ('said: "They ...', 'said "they ...'; not the scare quotes of 'The "Taliban" movement
    said that it ...')."""
    if ":" in s[after:at]:
        return True
    opened = -1
    for i, ch in enumerate(s[:at]):
        if ch in "\u201c\u00ab" or (ch == '"' and opened < 0):
            opened = i
        elif ch in '"\u201d\u00bb':
            opened = -1
    return opened >= after


def _refers(toks: list[tuple[str, int, int]], at: int) -> bool:
    """Whether the pronoun at ``at`` stands for an actor: not the "it" of "it is estimated
    that ..." (followed by a form of "be")."""
    word = toks[at][0]
    nxt = toks[at + 1][0] if at + 1 < len(toks) else ""
    return not (word == "it" and nxt in ("is", "was", "appears", "seems"))


#: Nouns for the men of a side that a side's name may stand before in its slot ("Taliban
#: militants seized Kunduz"): read only when the vocabulary gives the noun for the same side.
_SIDE_NOUNS = frozenset(["militants", "insurgents"])


def _slot_side(phrase: str, vocabulary: Vocabulary) -> str | None:
    """The side a whole noun phrase names, as the subject of a clause: a side's name with
    generic nouns after it and descriptions the vocabulary allows for it before it ("the
    Taliban movement", "Taliban forces", "the Islamist militant group"); ``None`` when any
    word is left over."""
    words = [w for w, _b, _e in _tokens(_normalise(phrase))]
    if words[:1] == ["the"]:
        words = words[1:]
    men = _men_of_a_side(words, vocabulary)
    if men is not None:
        return men
    end = len(words)
    while end > 0:
        for start in range(end):
            key = _side_of(" ".join(words[start:end]), vocabulary)
            if key is not None and all(vocabulary.may_describe(w, key) for w in words[:start]):
                return key
        if end >= 2 and words[end - 1] in _SIDE_NOUNS and words[end - 2] not in GENERIC_ACTOR_NOUNS:
            # "Taliban militants", "Taliban insurgents": a one-word noun the vocabulary
            # itself gives for a side after that same side's name (another side's noun
            # after it, "Taliban government", is no slot of one side)
            rest = _slot_side(" ".join(words[: end - 1]), vocabulary)
            if rest is not None and rest == _side_of(words[end - 1], vocabulary):
                return rest
            break
        if end < 2 or words[end - 1] not in GENERIC_ACTOR_NOUNS:
            break
        end -= 1  # "Taliban forces": a generic noun after the side's name
    return _described_slot(words, vocabulary)


#: A count of a side's men before its name in a side's slot ("Hundreds of Taliban fighters
#: captured ...", "a small number of Taliban took control of ..."): a closed list, each
#: followed by "of".
_MEN_QUANTIFIERS = (
    ("dozens",), ("scores",), ("hundreds",), ("thousands",), ("a", "few"), ("a", "handful"),
    ("a", "small", "number"), ("a", "large", "number"), ("a", "number"),
)  # fmt: skip
#: Nouns for a side's men after its name in such a slot ("Taliban fighters").
_MEN_NOUNS = frozenset(["fighters", "militants", "insurgents", "members", "troops", "soldiers"])


def _men_of_a_side(words: list[str], vocabulary: Vocabulary) -> str | None:
    """The side of a slot that counts a side's men (:data:`_MEN_QUANTIFIERS`, "of", then the
    side's name alone or with one noun of :data:`_MEN_NOUNS` the side's own ("Taliban
    fighters", "Afghan troops")); ``None`` for any other slot ("hundreds of civilians", "a
    group of Taliban fighters": "group" may refer to another actor)."""
    for q in _MEN_QUANTIFIERS:
        n = len(q)
        if tuple(words[:n]) != q or words[n : n + 1] != ["of"]:
            continue
        rest = words[n + 1 :]
        if rest[:1] == ["the"]:
            rest = rest[1:]
        if not rest:
            return None
        key = _side_of(" ".join(rest), vocabulary)
        if key is None and len(rest) >= 2 and rest[-1] in _MEN_NOUNS:
            key = _side_of(" ".join(rest[:-1]), vocabulary)
            if key is not None and rest[-1] in GENERIC_ACTOR_NOUNS:
                key = key if vocabulary.may_refer_to(rest[-1], key) else None
        return key
    return None


#: Words that describe any armed actor, read in a side's slot beside its name only ("Armed
#: Taliban have captured ..."); alone ("armed men") they name no side.
_SLOT_DESCRIPTIONS = frozenset(["armed"])


def _described_slot(words: list[str], vocabulary: Vocabulary) -> str | None:
    """The side of a slot that is one side's name with words around it that each name or
    describe that same side, generic nouns last: "the Taliban militant group", "the Taliban
    terrorist group", "Armed Taliban", "the Taliban in Afghanistan" (the country's own name
    after "in"). Every word must be the side's own one-word name ("militant", "insurgent"), a
    description the vocabulary allows for it ("terrorist", "Islamist") or one of
    :data:`_SLOT_DESCRIPTIONS`; another side's word ("Taliban government"), an unknown word
    or another place ("the Taliban in Kunduz") leaves ``None``."""
    if len(words) >= 3 and words[-2] == "in" and vocabulary.is_country(words[-1]):
        words = words[:-2]  # "the Taliban in Afghanistan": the country's own name
    if not words:
        return None
    end = len(words)
    while end > 1 and words[end - 1] in GENERIC_ACTOR_NOUNS:
        end -= 1
    core = words[:end]
    found: set[str] = set()
    for i in range(len(core)):
        for j in range(i + 1, min(len(core), i + _LONGEST_SIDE) + 1):
            key = _side_of(" ".join(core[i:j]), vocabulary)
            if key is None:
                continue
            rest = core[:i] + core[j:]
            if all(
                w in _SLOT_DESCRIPTIONS
                or vocabulary.may_describe(w, key)
                or _side_of(w, vocabulary) == key
                for w in rest
            ):
                found.add(key)
    return found.pop() if len(found) == 1 else None


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
