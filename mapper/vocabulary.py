"""Status vocabulary: which sides and statuses a ledger may use, their colours, what they mean,
and the words reporting uses for each side.

Presets ship as files in ``mapper/data/vocabularies/`` (:func:`available` lists them:
``afghanistan-2021`` is the default, plus Russia/Ukraine, Sudan SAF/RSF and Myanmar). Any
command that reads a ledger takes ``--vocabulary NAME|FILE``; a file is TOML or JSON::

    [vocabulary]
    title = "Rebels and army, 2024"
    country = ["Freedonia"]          # names of the whole territory: never a side

    [[status]]
    key = "rebels"
    label = "Rebel control"
    colour = "#D55E00"
    kind = "side"                    # side | contested | unconfirmed | unknown | disputed
    aliases = ["rebel controlled"]   # spellings a ledger's status or actor column may use
    words = ["the rebels", "insurgents"]  # how reporting names the side (actor column, checker)
    anaphora = ["group", "fighters"] # generic nouns that may refer back to the side when the
                                     # sentence names it first ("the Taliban said the group ...")

Two optional ``[vocabulary]`` keys close the checker's reading of actors: ``other_actors``
(actors of the conflict that are not sides of this vocabulary, e.g. ``["ISIS-K", "NRF"]``: a
sentence naming one is refused) and ``ambiguous`` (a table, word -> the actors it may name,
side keys or other actors, e.g. ``{ terrorists = ["taliban", "ISIS-K"] }``: refused alone,
with that reason; beside the name of a side it lists, it describes that side: "the Taliban
terrorist group").

The loader is strict: every value has the type shown (a string is never split into a list,
``hatch`` is a real boolean), unknown keys are refused, and a spelling given to two statuses
is an error naming both. Colours are fixed per status (Okabe-Ito, colour-blind safe) so maps
of different dates and reports are comparable.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from .errors import MapperError, Problem, ValidationError
from .matching import normalize

Kind = Literal["side", "contested", "unconfirmed", "unknown", "disputed"]
_KINDS = ("side", "contested", "unconfirmed", "unknown", "disputed")
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
_KEY = re.compile(r"[a-z][a-z0-9_-]*")
#: Preset that commands use when no ``--vocabulary`` is given.
DEFAULT_PRESET = "afghanistan-2021"

#: Statuses that need an actor to say whose control they mean.
GENERIC_CONTROL = (
    "controlled",
    "control",
    "captured",
    "seized",
    "taken",
    "retaken",
    "recaptured",
    "held",
)

_STATUS_FIELDS = (
    "key", "label", "colour", "color", "kind", "hatch", "aliases", "words", "anaphora"
)  # fmt: skip
_META_FIELDS = (
    "name", "title", "country", "iso3", "note", "sources", "other_actors", "ambiguous",
    "ambiguous_from",
)  # fmt: skip
#: Generic nouns a sentence may use for an actor it named before ("the group", "the
#: movement"): a side's ``anaphora`` lists the ones that may refer back to it.
GENERIC_ACTOR_NOUNS = frozenset(
    [
        "group",
        "movement",
        "militia",
        "militias",
        "fighters",
        "forces",
        "troops",
        "soldiers",
        "organization",
        "organisation",
    ]
)
_SOURCE_FIELDS = ("outlet", "url", "date", "quote")


class VocabularyError(ValidationError):
    """A vocabulary file or preset name is invalid."""


def _bare(spelling: str) -> str:
    """The lookup form of a spelling: normalised, without a leading "the"."""
    n = normalize(spelling)
    return n[4:] if n.startswith("the ") else n


@dataclass(frozen=True)
class Status:
    """One status: its key in ledgers, label in legends, fixed colour and meaning.

    ``aliases`` are spellings a ledger's status (or actor) column may use; ``words`` (sides
    only) are how reporting names the side ("Russian forces", "Moscow"): accepted in the
    actor column and read by the checker, never as a status. ``anaphora`` (sides only):
    the generic nouns (:data:`GENERIC_ACTOR_NOUNS`) that may refer back to the side when a
    sentence names it before them ("the Taliban said the group controls ..."); a generic
    noun not listed for the side named is refused by the checker ("officials said the group
    ..." is never the government).
    """

    key: str
    label: str
    colour: str
    kind: Kind
    hatch: bool = False
    aliases: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    anaphora: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """An ordered set of statuses (legend order). Exactly one has kind ``unknown`` and
    exactly one kind ``disputed``; at least one is a ``side``.

    ``country`` names the whole territory ("Ukraine", "Ukrainian territory"): words that
    are a scope, never a side. ``name`` is the preset name (or "" for a file).
    ``other_actors`` names actors that are not sides of this vocabulary ("ISIS-K", "the
    National Resistance Front"); ``ambiguous`` maps words that may name more than one actor
    ("terrorists") to the actors they may name (side keys or other actors). The checker
    refuses a sentence using either (an ambiguous word beside the name of a side it may
    name describes that side).
    """

    statuses: tuple[Status, ...]
    source: str = "built-in"
    name: str = ""
    title: str = ""
    country: tuple[str, ...] = ()
    iso3: str = ""
    other_actors: tuple[str, ...] = ()
    ambiguous: tuple[tuple[str, tuple[str, ...]], ...] = ()
    ambiguous_from: tuple[tuple[dt.date, str, tuple[str, ...]], ...] = ()
    _lookup: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _sides: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _others: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for s in self.statuses:
            for spelling in (s.key, s.label, *s.aliases):
                self._lookup.setdefault(normalize(spelling), s.key)
        for s in self.statuses:
            if s.kind != "side":
                continue
            for spelling in (s.key, s.label, *s.aliases, *s.words):
                self._sides.setdefault(_bare(spelling), s.key)
        for actor in self.other_actors:
            self._others.setdefault(_bare(actor), f"{actor!r} is not a side of this vocabulary")
        for word, may_name in self.ambiguous:
            self._ambiguous.setdefault(_bare(word), may_name)

    @property
    def keys(self) -> list[str]:
        return [s.key for s in self.statuses]

    def __getitem__(self, key: str) -> Status:
        for s in self.statuses:
            if s.key == key:
                return s
        raise KeyError(key)

    def of_kind(self, kind: Kind) -> list[str]:
        return [s.key for s in self.statuses if s.kind == kind]

    @property
    def sides(self) -> list[str]:
        return self.of_kind("side")

    @property
    def unknown(self) -> str:
        return self.of_kind("unknown")[0]

    @property
    def disputed(self) -> str:
        return self.of_kind("disputed")[0]

    @property
    def side_phrases(self) -> dict[str, str]:
        """Every spelling that names a side (normalised, without a leading "the") -> side
        key: keys, labels, aliases and reporting words. What the checker reads actors with."""
        return dict(self._sides)

    def side_words(self, key: str) -> tuple[str, ...]:
        """How reporting names side ``key``, as written in the vocabulary."""
        return self[key].words

    def is_country(self, phrase: str) -> bool:
        """Whether ``phrase`` names the whole territory (``"Ukraine"``), not a side."""
        return _bare(phrase) in {_bare(c) for c in self.country}

    def side_of_phrase(self, phrase: str) -> str | None:
        """The side a phrase in running text names, or None; the country's own name
        ("Ukraine" in "a fifth of Ukraine") is the territory there, never a side."""
        if not phrase or self.is_country(phrase):
            return None
        return self._sides.get(_bare(phrase))

    def not_a_side(self, phrase: str) -> str | None:
        """Why a phrase in running text names no side of this vocabulary though it names an
        actor: one of ``other_actors`` ("ISIS-K") or an ``ambiguous`` word ("terrorists");
        ``None`` for any other phrase."""
        if not phrase:
            return None
        if _bare(phrase) in self._ambiguous:
            actors = self._ambiguous[_bare(phrase)]
            return f"{phrase!r} may name more than one actor ({', '.join(actors)})"
        return self._others.get(_bare(phrase))

    def other_actor(self, phrase: str) -> str | None:
        """Why a phrase names no side though it names an actor: one of ``other_actors``
        ("ISIS-K"; an ``ambiguous`` word is not one); ``None`` for any other phrase."""
        return self._others.get(_bare(phrase)) if phrase else None

    def ambiguous_on(self, phrase: str, on: dt.date | None) -> str | None:
        """Why a side's name is ambiguous on the date ``on`` (``ambiguous_from``: "the
        government" names the Taliban's after 15 August 2021); ``None`` when it is not, or
        when no date is known."""
        if on is None or not phrase:
            return None
        for start, word, actors in self.ambiguous_from:
            if on >= start and _bare(word) == _bare(phrase):
                return (
                    f"{phrase!r} may name more than one actor from {start.isoformat()} "
                    f"({', '.join(actors)}); the claim is about {on.isoformat()}"
                )
        return None

    def may_describe(self, phrase: str, key: str) -> bool:
        """Whether the ``ambiguous`` word ``phrase`` ("terrorists") lists side ``key``: beside
        that side's name ("the Taliban terrorist group", "Islamist militants") it describes
        it; alone, or beside another side, it is refused."""
        return key in self._ambiguous.get(_bare(phrase), ())

    def may_refer_to(self, noun: str, key: str) -> bool:
        """Whether the generic noun ``noun`` ("group", "fighters") may refer back to side
        ``key`` (its ``anaphora``)."""
        return noun in {normalize(a) for a in self[key].anaphora}

    def resolve_side(self, actor: str) -> str | None:
        """The side key an actor name refers to (``"Taliban"`` -> ``"taliban"``,
        ``"Russian forces"`` -> ``"russia"`` with the Russia/Ukraine preset)."""
        return self._sides.get(_bare(actor)) if actor else None

    def resolve(self, status: str, actor: str = "") -> tuple[str, str]:
        """Map a ledger's (status, actor) to (status key, side key or "").

        Raises
        ------
        ValueError
            With a message listing what would be valid.
        """
        norm = normalize(status)
        side = self.resolve_side(actor) if actor else None
        if actor and side is None:
            raise ValueError(f"unknown actor {actor!r}; valid actors: {self.sides}")
        if norm in GENERIC_CONTROL:
            if side is None:
                raise ValueError(
                    f"status {status!r} needs an actor naming the side ({', '.join(self.sides)})"
                )
            return side, side
        key = self._lookup.get(norm)
        if key is None:
            valid = ", ".join(self.keys)
            raise ValueError(
                f"unknown status {status!r}; valid statuses: {valid} (or "
                f"'controlled' with an actor)"
            )
        if self[key].kind == "side":
            if side is not None and side != key:
                raise ValueError(f"status {status!r} contradicts actor {actor!r}")
            return key, key
        return key, side or ""


# ---------------------------------------------------------------- presets


def _preset_dir() -> Any:
    return resources.files("mapper") / "data" / "vocabularies"


def available() -> list[str]:
    """Names of the shipped vocabulary presets (``--vocabulary NAME``)."""
    return sorted(p.name[:-5] for p in _preset_dir().iterdir() if p.name.endswith(".toml"))


def get_vocabulary(name_or_path: str | Path | None = None) -> Vocabulary:
    """A preset by name, or a vocabulary file by path; the default preset for ``None``.

    Raises
    ------
    VocabularyError
        Neither a preset nor an existing file (the message lists the presets), or the file
        is invalid.
    """
    if name_or_path is None:
        return DEFAULT
    text = str(name_or_path)
    if text in available():
        return _load_preset(text)
    p = Path(text)
    if p.is_file():
        return load_vocabulary(p)
    raise VocabularyError(
        [
            Problem(
                "--vocabulary",
                None,
                None,
                text,
                f"neither a preset nor a file; presets: {', '.join(available())}, "
                "or the path of a TOML/JSON vocabulary file",
            )
        ],
        summary=f"unknown vocabulary {text!r}",
    )


def _load_preset(name: str) -> Vocabulary:
    res = _preset_dir() / f"{name}.toml"
    raw = tomllib.loads(res.read_text("utf-8"))
    return _build(raw, f"preset {name}", name=name)


# ---------------------------------------------------------------- the loader


def load_vocabulary(path: str | Path) -> Vocabulary:
    """Read a vocabulary from TOML (``[[status]]`` tables) or JSON (``{"status": [...]}``).

    A vocabulary without an ``unknown`` or ``disputed`` status gets the default's ones.

    Raises
    ------
    VocabularyError
        Listing every problem: file, status number, field, value and what would be valid.
    """
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except UnicodeDecodeError as e:
        raise VocabularyError(
            [Problem(str(p), None, None, None, f"not UTF-8 (byte {e.start}); save it as UTF-8")]
        ) from e
    except OSError as e:
        raise VocabularyError(
            [Problem(str(p), None, None, None, f"cannot read: {e.strerror or e}")]
        ) from e
    try:
        raw = tomllib.loads(text) if p.suffix.lower() == ".toml" else json.loads(text)
    except RecursionError as e:
        raise VocabularyError(
            [Problem(str(p), None, None, None, "nested too deeply to be a vocabulary")]
        ) from e
    except ValueError as e:
        kind = "TOML" if p.suffix.lower() == ".toml" else "JSON"
        raise VocabularyError(
            [Problem(str(p), None, None, None, f"invalid {kind}: {e}")],
            summary=f"{p}: invalid status vocabulary",
        ) from e
    return _build(raw, str(p), name="")


def _strings(
    value: Any, where: str, column: str, problems: list[Problem], file: str, row: int | None
) -> tuple[str, ...]:
    """A list of non-empty strings, or a problem (a bare string is never split)."""
    if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
        problems.append(
            Problem(
                file,
                row,
                column,
                _short(value),
                f'{where}: {column} must be a list of strings, e.g. ["a", "b"]',
            )
        )
        return ()
    out: list[str] = []
    for a in value:
        if not normalize(a):
            problems.append(
                Problem(file, row, column, a, f"{where}: an empty or punctuation-only spelling")
            )
        elif a.strip() not in out:
            out.append(a.strip())
    return tuple(out)


def _short(value: Any) -> str:
    r = repr(value)
    return r if len(r) <= 80 else r[:77] + "..."


def _text(
    item: dict[str, Any],
    name: str,
    where: str,
    problems: list[Problem],
    file: str,
    row: int | None,
    *,
    default: str | None = None,
) -> str:
    value = item.get(name, default)
    if not isinstance(value, str):
        what = "is missing" if value is None else "must be a string"
        problems.append(Problem(file, row, name, _short(value), f"{where}: {name} {what}"))
        return ""
    return value.strip()


def _build(raw: Any, file: str, *, name: str) -> Vocabulary:
    problems: list[Problem] = []
    if not isinstance(raw, dict):
        raise VocabularyError(
            [Problem(file, None, None, _short(raw), "expected a table with [[status]] entries")],
            summary=f"{file}: invalid status vocabulary",
        )
    for k in raw:
        if k not in ("status", "vocabulary"):
            problems.append(
                Problem(
                    file, None, str(k), None, "unknown top-level key; valid: status, vocabulary"
                )
            )
    meta = raw.get("vocabulary", {})
    title, iso3 = "", ""
    country: tuple[str, ...] = ()
    if not isinstance(meta, dict):
        problems.append(Problem(file, None, "vocabulary", _short(meta), "must be a table"))
        meta = {}
    for k in meta:
        if k not in _META_FIELDS:
            problems.append(
                Problem(
                    file, None, f"vocabulary.{k}", None, f"unknown key; valid: {list(_META_FIELDS)}"
                )
            )
    if "title" in meta:
        title = _text(meta, "title", "[vocabulary]", problems, file, None)
    if "iso3" in meta:
        iso3 = _text(meta, "iso3", "[vocabulary]", problems, file, None)
        if iso3 and not re.fullmatch(r"[A-Z]{3}", iso3):
            problems.append(
                Problem(file, None, "iso3", iso3, "must be three capital letters (ISO 3166-1)")
            )
    if "country" in meta:
        country = _strings(meta["country"], "[vocabulary]", "country", problems, file, None)
    others: tuple[str, ...] = ()
    if "other_actors" in meta:
        others = _strings(
            meta["other_actors"], "[vocabulary]", "other_actors", problems, file, None
        )
    ambiguous = _ambiguous(meta.get("ambiguous", {}), file, problems)
    ambiguous_from = _ambiguous_from(meta.get("ambiguous_from", {}), file, problems)
    sources = meta.get("sources", [])
    if not isinstance(sources, list) or not all(
        isinstance(s, dict) and set(s) <= set(_SOURCE_FIELDS) and "outlet" in s for s in sources
    ):
        problems.append(
            Problem(
                file,
                None,
                "sources",
                _short(sources),
                f"must be a list of tables with keys {list(_SOURCE_FIELDS)} (outlet required)",
            )
        )

    items = raw.get("status")
    if not isinstance(items, list) or not items:
        problems.append(
            Problem(file, None, "status", None, "expected a non-empty list of [[status]] entries")
        )
        items = []
    statuses: list[Status] = []
    for i, item in enumerate(items, start=1):
        where = f"status #{i}"
        if not isinstance(item, dict):
            problems.append(Problem(file, i, None, _short(item), f"{where}: must be a table"))
            continue
        for k in item:
            if k not in _STATUS_FIELDS:
                problems.append(
                    Problem(
                        file,
                        i,
                        str(k),
                        None,
                        f"{where}: unknown key; valid: {_STATUS_FIELDS[:2] + _STATUS_FIELDS[3:]}",
                    )
                )
        if "colour" in item and "color" in item:
            problems.append(
                Problem(file, i, "colour", None, f"{where}: give colour or color, not both")
            )
        key = _text(item, "key", where, problems, file, i)
        if key and not _KEY.fullmatch(key):
            problems.append(
                Problem(
                    file, i, "key", key, f"{where}: key must be lower-case letters, digits, - or _"
                )
            )
        colour_field = "color" if "color" in item and "colour" not in item else "colour"
        colour = _text(item, colour_field, where, problems, file, i)
        if colour and not _HEX.match(colour):
            problems.append(Problem(file, i, "colour", colour, f"{where}: colour must be #RRGGBB"))
        kind = _text(item, "kind", where, problems, file, i, default="side")
        if kind and kind not in _KINDS:
            problems.append(
                Problem(file, i, "kind", kind, f"{where}: kind must be one of {list(_KINDS)}")
            )
        label = _text(item, "label", where, problems, file, i, default=key) or key
        hatch = item.get("hatch", kind in ("contested", "disputed"))
        if not isinstance(hatch, bool):
            problems.append(
                Problem(file, i, "hatch", _short(hatch), f"{where}: hatch must be true or false")
            )
            hatch = False
        aliases = _strings(item.get("aliases", []), where, "aliases", problems, file, i)
        words = _strings(item.get("words", []), where, "words", problems, file, i)
        anaphora = _strings(item.get("anaphora", []), where, "anaphora", problems, file, i)
        for column, given in (("words", words), ("anaphora", anaphora)):
            if given and kind != "side":
                problems.append(
                    Problem(
                        file, i, column, None, f"{where}: {column} name a side; kind is {kind!r}"
                    )
                )
        for noun in anaphora:
            if normalize(noun) not in GENERIC_ACTOR_NOUNS:
                problems.append(
                    Problem(
                        file,
                        i,
                        "anaphora",
                        noun,
                        f"{where}: not a generic noun the checker reads; valid: "
                        f"{sorted(GENERIC_ACTOR_NOUNS)}",
                    )
                )
        statuses.append(Status(key, label, colour, kind, hatch, aliases, words, anaphora))  # type: ignore[arg-type]

    keys = [s.key for s in statuses if s.key]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        problems.append(Problem(file, None, "key", ",".join(dupes), "duplicate status keys"))
    _spelling_clashes(statuses, country, file, problems)
    _actor_clashes(statuses, others, ambiguous, file, problems)
    if statuses and not any(s.kind == "side" for s in statuses):
        problems.append(Problem(file, None, "kind", None, "no status of kind 'side'"))
    for kind_needed in ("disputed", "unknown"):
        if sum(s.kind == kind_needed for s in statuses) > 1:
            problems.append(
                Problem(
                    file, None, "kind", kind_needed, f"more than one status of kind {kind_needed!r}"
                )
            )
    if problems:
        raise VocabularyError(problems, summary=f"{file}: invalid status vocabulary")
    for kind_needed in ("disputed", "unknown"):
        if not any(s.kind == kind_needed for s in statuses):
            statuses.append(_FALLBACK[kind_needed])
    return Vocabulary(
        tuple(statuses),
        source=file,
        name=name,
        title=title,
        country=country,
        iso3=iso3,
        other_actors=others,
        ambiguous=ambiguous,
        ambiguous_from=ambiguous_from,
    )


def _ambiguous(
    value: Any, file: str, problems: list[Problem]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``ambiguous``: a table of word -> the actors it may name (two or more non-empty
    strings: side keys or other actors)."""
    if not isinstance(value, dict) or not all(
        isinstance(k, str)
        and normalize(k)
        and isinstance(v, list)
        and len(v) >= 2
        and all(isinstance(a, str) and a.strip() for a in v)
        for k, v in value.items()
    ):
        problems.append(
            Problem(
                file,
                None,
                "ambiguous",
                _short(value),
                "must be a table of word = [the two or more actors it may name: side keys or "
                'other actors], e.g. { terrorists = ["taliban", "ISIS-K"] }',
            )
        )
        return ()
    return tuple((k.strip(), tuple(a.strip() for a in v)) for k, v in value.items())


def _ambiguous_from(
    value: Any, file: str, problems: list[Problem]
) -> tuple[tuple[dt.date, str, tuple[str, ...]], ...]:
    """``ambiguous_from``: a table of ISO date -> an ``ambiguous`` table, the words that may
    name more than one actor in claims about that date or later."""
    out: list[tuple[dt.date, str, tuple[str, ...]]] = []
    if not isinstance(value, dict):
        value = {"": value}
    for day, words in value.items():
        try:
            start = dt.date.fromisoformat(str(day))
        except ValueError:
            problems.append(
                Problem(
                    file,
                    None,
                    "ambiguous_from",
                    _short(day),
                    'must be a table of ISO date = { word = ["actor", "actor"] }, e.g. '
                    '{ "2021-08-16" = { government = ["government", "taliban"] } }',
                )
            )
            continue
        for word, actors in _ambiguous(words, file, problems):
            out.append((start, word, actors))
    return tuple(out)


def _actor_clashes(
    statuses: list[Status],
    others: tuple[str, ...],
    ambiguous: tuple[tuple[str, tuple[str, ...]], ...],
    file: str,
    problems: list[Problem],
) -> None:
    """A word is a side's, another actor's or ambiguous: never two of these."""
    sides: dict[str, str] = {}
    for s in statuses:
        if s.kind == "side":
            for sp in (s.key, s.label, *s.aliases, *s.words):
                sides.setdefault(_bare(sp), s.key)
    seen: dict[str, str] = {}
    for column, spellings in (("other_actors", others), ("ambiguous", [w for w, _ in ambiguous])):
        for sp in spellings:
            n = _bare(sp)
            if n in sides:
                problems.append(
                    Problem(
                        file,
                        None,
                        column,
                        sp,
                        f"{sp!r} also names the side {sides[n]!r}; a word names one side, "
                        "another actor or is ambiguous, never two of these",
                    )
                )
            elif n in seen and seen[n] != column:
                problems.append(
                    Problem(file, None, column, sp, f"{sp!r} is in both other_actors and ambiguous")
                )
            seen.setdefault(n, column)


def _spelling_clashes(
    statuses: list[Status], country: tuple[str, ...], file: str, problems: list[Problem]
) -> None:
    """A spelling may name one status only, never a generic verb or the whole country."""
    owner: dict[str, tuple[str, str]] = {}
    reserved = {normalize(g) for g in GENERIC_CONTROL}
    countries = {_bare(c): c for c in country}
    for i, s in enumerate(statuses, start=1):
        for column, spellings in (
            ("key", (s.key,)),
            ("label", (s.label,)),
            ("aliases", s.aliases),
            ("words", s.words),
        ):
            for sp in spellings:
                if not sp:
                    continue
                # statuses match in full, sides also without "the": check the form used
                forms = {normalize(sp)} | ({_bare(sp)} if s.kind == "side" else set())
                for n in forms:
                    if column in ("aliases", "words") and n in reserved:
                        problems.append(
                            Problem(
                                file,
                                i,
                                column,
                                sp,
                                f"status {s.key!r}: {sp!r} is a generic control word "
                                "(it needs an actor); it cannot name one status",
                            )
                        )
                    # a key or label may be the country's name ("ukraine"): in a ledger's
                    # status or actor column it can only mean the side
                    if s.kind == "side" and n in countries and column in ("aliases", "words"):
                        problems.append(
                            Problem(
                                file,
                                i,
                                column,
                                sp,
                                f"status {s.key!r}: {sp!r} is also listed as the country "
                                f"({countries[n]!r}); a word is either a side or the territory",
                            )
                        )
                    prev = owner.get(n)
                    if prev is not None and prev[0] != s.key:
                        problems.append(
                            Problem(
                                file,
                                i,
                                column,
                                sp,
                                f"{sp!r} is given to two statuses: {prev[0]!r} ({prev[1]!r}) "
                                f"and {s.key!r}; a spelling may name one status only",
                            )
                        )
                    elif prev is None:
                        owner[n] = (s.key, sp)


_FALLBACK: dict[str, Status] = {
    "disputed": Status("disputed", "Disputed (conflicting claims)", "#F0E442", "disputed", True),
    "unknown": Status(
        "unknown", "No claim / unknown", "#DDDDDD", "unknown", aliases=("no data", "none", "n/a")
    ),
}

try:
    DEFAULT: Vocabulary = _load_preset(DEFAULT_PRESET)
except (OSError, MapperError) as _e:  # a broken install, not a user error
    raise ImportError(f"mapper's default vocabulary preset is unreadable: {_e}") from _e
