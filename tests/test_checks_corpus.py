"""The checker on its corpora (issue #8): no verdict under a wrong reading.

* tests/data/checker/adversarial.csv (written by make_adversarial.py): every sentence is
  refused or read exactly as the row says, and every read sentence gets a verdict (or a
  CheckError) in every ``--unclaimed`` mode on a tiny world.
* tests/data/checker/real_reporting.csv (sentences from 2021 reporting, outlet and URL per row,
  written by the ``research`` session): every reading the checker gives is the row's reading;
  the share read is reported and must not fall below the floor measured when the harness was
  written (the issue's 85 % target is not reached: see README, "What the checker refuses").
* A property: inserting a word outside the grammar into a readable sentence makes it refused
  or leaves its reading unchanged.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper.boundaries import load_units
from mapper.checks import (
    FILLER_WORDS,
    CheckError,
    ClaimParseError,
    ParsedClaim,
    check_claim,
    parse_claim,
)
from mapper.claims import read_claims
from mapper.matching import Gazetteer
from mapper.snapshots import state_at
from tests.checker_corpus import (
    DATA,
    load,
    mismatches,
    reading,
    refusal_table,
    with_refusal_table,
)
from tests.conftest import mirror_dir
from tests.worlds import tiny_units, write_claims

ADVERSARIAL = load("adversarial.csv")
MODES = ("open", "nobody", "taliban", "government")


def test_the_corpus_is_large_enough() -> None:
    assert len(ADVERSARIAL) >= 300
    assert len({r["sentence"] for r in ADVERSARIAL}) == len(ADVERSARIAL)
    cats = {r["category"] for r in ADVERSARIAL}
    assert {"negation-hedge", "modal-tense", "exclusion", "unknown-place", "number", "symbols",
            "long", "two-claims", "denominator"} <= cats  # fmt: skip


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    units = tiny_units()
    rows = [
        {"date": "2021-07-01", "province": "North", "district": "Nolan", "status": "taliban"},
        {"date": "2021-07-01", "province": "North", "district": "Narin", "status": "contested"},
        {"date": "2021-07-01", "province": "South", "district": "Sorkh", "status": "government"},
    ]
    ledger = read_claims(write_claims(tmp_path_factory.mktemp("adv"), rows), units)
    return units, ledger, state_at(ledger, units, "2021-07-01")


@pytest.mark.parametrize("row", ADVERSARIAL, ids=[r["id"] for r in ADVERSARIAL])
def test_adversarial(row: dict[str, str], world) -> None:
    if row["expect"] == "refuse":
        with pytest.raises(ClaimParseError):
            c = parse_claim(row["sentence"])
            pytest.fail(f"read as {reading(c)}, expected a refusal ({row['category']})")
        return
    c = parse_claim(row["sentence"])
    assert mismatches(row, c) == [], reading(c)
    # the verdict is given under this reading only, in every --unclaimed mode (the tiny world
    # has no Herat, borders or population: those are refused by check_claim, never guessed)
    units, ledger, state = world
    for mode in MODES:
        try:
            v = check_claim(c, state, units, vocabulary=ledger.vocabulary, unclaimed=mode)
        except CheckError:
            continue
        assert v.claim is c and v.unclaimed == mode
        assert v.verdict in ("supported", "contradicted", "depends-on-assumptions", "undetermined")


# --------------------------------------------------------------------------------------------
# Real reporting (written by the research session; tested when present)

_REAL = DATA / "real_reporting.csv"
REAL = load("real_reporting.csv") if _REAL.exists() else []
#: Share of the rows expected to be read that the checker reads, measured when the harness was
#: written (a floor: it may rise, it must not fall). The issue's target is 0.85.
#: Over all rows (0.68 since r143-r189 were added: 47 rows of attribution and trailing-clause
#: reporting, expectations written before the checker ran, 14 a reader understands, 7 read);
#: and over the research session's r001-r142 alone, whose floor stays where it was measured.
#: 0.67 since r190-r200 (helper `sides`: every control sentence of 4 pages naming the sides,
#: expectations written first; 4 a reader understands, 1 read): 76 of 113.
#: 0.60 since r201-r244 (helper `units`: every control sentence of 11 pages of named-unit
#: reporting, expectations written first; 19 a reader understands, 4 read): 80 of 132.
#: Helper `windows` (a count of districts taken over a span: r125): r001-r142 69 of 95.
#: 0.61 with `sides` reading a named-units subject as a side's whole name ("Taliban forces"):
#: 81 of 132.
#: 0.63 with `units5` reading 'was now under the control of' and appositions that locate or
#: describe a named unit (r239, r241): 84 of 132.
#: 0.64 with helper `denoms5` (an increment then its total, "putting nine out of the
#: country's 34 in the insurgents' hands": r178): 85 of 132; r001-r142 69 of 95.
#: 0.64 since r245-r279 (helper `units5`: every control sentence of 7 pages of capitals named as
#: cities, ordinals of falls and districts retaken, expectations written first; 12 a reader
#: understands, 2 read at first): 86 of 143; with denoms5 and the others merged, 92 of 143.
#: r280-r282 (helper `denoms5`: every control sentence of an AP page of increment-then-total
#: reporting, expectations written first; 1 a reader understands, 0 read: the dateline
#: "KABUL, Afghanistan (AP) —" and "amid the U.S. withdrawal from the country" are refused; a
#: second page was removed: it is in the held-out corpus): 0.63, 92 of 144.
#: Helper `sides5` (who said it: an outlet told, citing/quoting, local sources; glosses on a
#: side's name; "from X" after a verb of taking) read r091 r201 r213 r217 r242 r243 r244 (89 ->
#: 96 of 152 measured against a tree without its commits), then r283-r312 (every control
#: sentence of 7 pages, expectations written first; 9 a reader understands, 1 read): 0.63, 96 of
#: 152; r001-r142 70 of 95 (0.73).
#: `clauses5` (mapper/check/circumstance.py, a closed grammar of clauses that carry no claim,
#: each named in "Read as"): 97 of 152 (r184 and one of r245-r279 read).
#: 0.68 with `units5`'s ordinals of falls and named units beside them (two claims, both
#: checked: r204, r245, r251, r257, r073 as the capital and its ordinal, r249, r263), 'reclaim'
#: and a list of capitals beside a count: 104 of 152; r001-r142 70 of 95.
#: Then clauses5's r313-r329 (every control sentence of 3 pages with clauses of circumstance,
#: campaign and description, expectations written first; two sentences left out as they are
#: dev d146 and dev2 e205; 6 a reader understands, 2 read): 0.67, 106 of 158.
#: Session 16 (6 December, 04:53 UTC, main 4e17cdf): 136 of 159 (0.855), the issue's 0.85 met;
#: r001-r142 76 of 94 (0.81). The floors are raised to hold it.
REAL_READ_FLOOR = 0.85
REAL_READ_FLOOR_FIRST_142 = 0.80


@pytest.fixture(scope="module")
def real_gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer | None:
    """The names `mapper check` reads real sentences with: the default boundary set's
    (districts included, so "all but one district in Herat" is counted on its districts);
    the built-in province table when the boundary mirror is absent."""
    mirror = mirror_dir()
    if not (mirror / "geoBoundaries-AFG-ADM2.shp").is_file():
        return None
    cache = tmp_path_factory.mktemp("real-gaz")
    return load_units("afg-districts", mirror=mirror, cache_dir=cache).gazetteer()


def _written(row: dict[str, str]) -> dt.date | None:
    """The date the sentence was published: the anchor of a relative date in it ("three weeks
    ago"), as `mapper check --date` is."""
    return dt.date.fromisoformat(row["date_published"]) if row.get("date_published") else None


@pytest.mark.skipif(not REAL, reason="tests/data/checker/real_reporting.csv not present")
@pytest.mark.parametrize("row", REAL, ids=[r["id"] for r in REAL])
def test_real_reporting_readings_are_right(row: dict[str, str], real_gaz: Gazetteer | None) -> None:
    """Every sentence read is read as the row says; a row expected refused is refused."""
    try:
        c = parse_claim(row["sentence"], anchor=_written(row), gazetteer=real_gaz)
    except ClaimParseError:
        return  # refused: listed in the README (never a wrong verdict)
    assert row["expect"] == "read", f"{row['id']}: read as {reading(c)}; expected a refusal"
    assert mismatches(row, c) == [], reading(c)


@pytest.mark.skipif(not REAL, reason="tests/data/checker/real_reporting.csv not present")
def test_real_reporting_read_share(real_gaz: Gazetteer | None) -> None:
    expected = [r for r in REAL if r["expect"] == "read"]
    read: set[str] = set()
    for r in expected:
        try:
            parse_claim(r["sentence"], anchor=_written(r), gazetteer=real_gaz)
            read.add(r["id"])
        except ClaimParseError:
            pass
    share = len(read) / len(expected)
    n = len(read)
    print(f"real reporting: {n} of {len(expected)} expected readable are read ({share:.0%})")
    assert share >= REAL_READ_FLOOR
    first = [r["id"] for r in expected if int(r["id"][1:]) <= 142]
    first_share = len(read & set(first)) / len(first)
    print(f"  r001-r142: {len(read & set(first))} of {len(first)} ({first_share:.0%})")
    assert first_share >= REAL_READ_FLOOR_FIRST_142


@pytest.mark.skipif(not REAL, reason="tests/data/checker/real_reporting.csv not present")
def test_the_readme_lists_every_real_sentence_refused(real_gaz: Gazetteer | None) -> None:
    """README.md's table of refused rows is what the checker refuses today, row for row (after
    a change to the grammar: ``python scripts/corpus_refusals.py real --readme``)."""
    if real_gaz is None:
        pytest.skip("the boundary mirror is absent: the table is read with its names")
    readme = (DATA.parent.parent.parent / "README.md").read_text(encoding="utf-8")
    table = refusal_table(REAL, real_gaz)
    assert with_refusal_table(readme, table) == readme, (
        "README's refused rows are stale: run python scripts/corpus_refusals.py real --readme"
    )


# --------------------------------------------------------------------------------------------
# Property: a word outside the grammar never changes a reading

READABLE = [r["sentence"] for r in ADVERSARIAL if r["expect"] == "read"]
#: Readable sentences with no attribution (in "Officials said ...", who said it is set aside,
#: words and all, as long as it holds no figure and no place) and no clause of circumstance
#: (", as the militants mount an offensive" is set aside the same way), and no change clause
#: before a state clause ("The Taliban seized Herat, giving them control of ..."): the change
#: is set aside whole, and the note quotes it.
PLAIN = [
    r["sentence"]
    for r in ADVERSARIAL
    if r["expect"] == "read"
    and r["category"]
    not in ("date-source", "long", "set-aside", "change-then-state", "sides-speaker")
]
#: Real words outside the grammar (and its filler list): negations, hedges, places, tense.
_OUTSIDE = [
    "northern", "southern", "north", "maybe", "not", "outside", "except", "alleged",
    "disputed", "former", "future", "planned", "partially", "mostly", "allegedly", "twice",
    "never", "no", "?", "contested", "lost", "might", "would", "used", "hardly", "barely",
    "beyond", "excluding", "Narnia", "Herta", "city", "km", "since", "another", "several",
    "minus", "dozens", "unless", "if", "yet", "until", "roughly-ish", "Kabulistan",
]  # fmt: skip


def _known_word(w: str) -> bool:
    """Whether a list of the grammar knows ``w`` (outlets such as FDD, BBC, CNN, WSJ are
    consonants only): such a word is not nonsense."""
    from mapper.check import attribution

    lists = (attribution.ROLES, attribution.TITLES, attribution.MODIFIERS, FILLER_WORDS)
    return any(w in words for words in lists) or bool(attribution._OUTLET_RE.fullmatch(w))


nonsense = st.from_regex(r"[bcdfghjklmnpqrstvwxz]{3,9}", fullmatch=True).filter(
    lambda w: not _known_word(w)
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sentence=st.sampled_from(READABLE),
    word=st.one_of(nonsense, st.sampled_from(_OUTSIDE)),
    at=st.integers(min_value=0, max_value=40),
)
def test_inserting_a_word_never_changes_a_reading(sentence: str, word: str, at: int) -> None:
    """A word outside the grammar (nonsense, a negation, an unknown place ...), inserted
    anywhere: the sentence is refused or read exactly as before. (Filler words are part of the
    grammar: "gained control over 150" reads "over" as a preposition, as it should.)"""
    words = sentence.split()
    i = at % (len(words) + 1)
    if word == "no" and i < len(words) and words[i] in ("more", "fewer", "less"):
        return  # "no more than" / "no fewer than" is a comparison of the grammar (at most ...)
    changed = " ".join([*words[:i], word, *words[i:]])
    base = _meaning(parse_claim(sentence))
    try:
        new = parse_claim(changed)
    except ClaimParseError:
        return
    assert _meaning(new) == base, changed


def _meaning(c: ParsedClaim) -> dict[str, object]:
    """The reading without the figure's wording ("a half" and "half" are the same figure)."""
    r = reading(c)
    r.pop("figure")
    return r


def test_nonsense_words_are_not_known_outlets() -> None:
    """'fdd' (the Foundation for Defense of Democracies) is an outlet of who-said-it, so
    "fdd Afghan officials say ..." is read: the property test below drew it as nonsense."""
    assert _known_word("fdd") and _known_word("bbc") and not _known_word("bdd")
    s = "Afghan officials say the Taliban control 85% of Afghanistan."
    assert parse_claim("fdd " + s).side == "taliban"
    with pytest.raises(ClaimParseError, match="bdd"):
        parse_claim("bdd " + s)


@settings(max_examples=300, deadline=None)
@given(
    sentence=st.sampled_from(PLAIN),
    word=nonsense,
    at=st.integers(min_value=0, max_value=40),
)
def test_inserting_an_unknown_word_is_refused(sentence: str, word: str, at: int) -> None:
    """Stronger for words no list has: always refused, naming the word."""
    words = sentence.split()
    i = at % (len(words) + 1)
    with pytest.raises(ClaimParseError) as info:
        parse_claim(" ".join([*words[:i], word, *words[i:]]))
    e = info.value
    if e.unread:  # refused by the word count: the word is named
        assert word in e.unread


# --------------------------------------------------------------------------------------------
# Held-out real reporting (issue #8): sentences from 2021 reporting that are NOT in
# real_reporting.csv, with expected readings written before the checker was run on them. Nobody
# tunes the grammar on these; they measure how the checker does on material it has not seen.

HELDOUT = load("real_reporting_heldout.csv")
#: Rows that fail today (a refusal that is read, or a reading that differs from the row): each
#: is xfail(strict=True), so the test passes while it is broken and fails once it is fixed (then
#: take the row out of this list). Reported in issue #8's notes.
HELDOUT_XFAIL: dict[str, str] = {}


def test_the_heldout_corpus_is_held_out() -> None:
    """Large enough, one sentence per row, and no sentence or URL shared with the corpora the
    grammar is written against (copying a row there would make it tuned, not held out)."""
    assert len(HELDOUT) >= 60
    assert len({r["sentence"] for r in HELDOUT}) == len(HELDOUT)
    assert {r["expect"] for r in HELDOUT} == {"read", "refuse"}
    assert all(r["outlet"] and r["url"] and r["date_published"] for r in HELDOUT)
    tuned = {r["sentence"].casefold() for r in [*REAL, *ADVERSARIAL]}
    assert not [r["id"] for r in HELDOUT if r["sentence"].casefold() in tuned]
    assert not {r["url"] for r in HELDOUT} & {r["url"] for r in REAL}
    assert set(HELDOUT_XFAIL) <= {r["id"] for r in HELDOUT}


def _assert_well_formed(
    rows: list[dict[str, str]],
    xfail: dict[str, str],
    others: list[dict[str, str]],
    *,
    min_rows: int,
    min_pages: int = 0,
    last_day: dt.date = dt.date(2023, 12, 31),
) -> None:
    """A development corpus: large enough, ids and sentences unique, every row with its source,
    a date in 2021-05-01..``last_day``, a reading complete or a reason to refuse; no sentence
    shared with ``others`` (and the adversarial corpus) and no URL shared with ``others``."""
    assert len(rows) >= min_rows
    assert len({r["url"] for r in rows}) >= min_pages
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["sentence"].casefold() for r in rows}) == len(rows)
    assert {r["expect"] for r in rows} == {"read", "refuse"}
    assert all(r["outlet"] and r["url"] and r["date_published"] for r in rows)
    dates = [dt.date.fromisoformat(r["date_published"]) for r in rows]
    assert all(dt.date(2021, 5, 1) <= d <= last_day for d in dates)
    for r in rows:
        if r["expect"] == "read":
            wanted = ("side", "relation", "unit", "measure", "scope")
            assert all(r[k] for k in wanted), r["id"]
            assert r["low"] or r["high"], r["id"]
        else:
            assert r["refuse_reason"] and not (r["side"] or r["relation"] or r["low"]), r["id"]
    sentences = {r["sentence"].casefold() for r in [*others, *ADVERSARIAL]}
    assert not [r["id"] for r in rows if r["sentence"].casefold() in sentences]
    assert not {r["url"] for r in rows} & {r["url"] for r in others}
    assert set(xfail) <= {r["id"] for r in rows}


def _param(row: dict[str, str], xfail: dict[str, str]) -> object:
    reason = xfail.get(row["id"])
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(row, id=row["id"], marks=marks)


def _assert_read_right(row: dict[str, str], gaz: Gazetteer | None) -> None:
    """No row expected refused is read; a row that is read is read as the row says. Read as
    `mapper check --date <published>` reads it: anchored on the publication date, with the
    default boundary set's gazetteer."""
    try:
        c = parse_claim(row["sentence"], anchor=_written(row), gazetteer=gaz)
    except ClaimParseError:
        return  # refused: never a wrong verdict (the share read is printed)
    assert row["expect"] == "read", (
        f"{row['id']}: read as {reading(c)}; expected a refusal ({row['refuse_reason']})"
    )
    assert mismatches(row, c) == [], reading(c)


def _print_read_share(name: str, rows: list[dict[str, str]], gaz: Gazetteer | None) -> None:
    """Print the share of the rows expected readable that the checker reads (no floor)."""
    expected = [r for r in rows if r["expect"] == "read"]
    read = right = 0
    for r in expected:
        try:
            c = parse_claim(r["sentence"], anchor=_written(r), gazetteer=gaz)
        except ClaimParseError:
            continue
        read += 1
        right += not mismatches(r, c)
    n = len(expected)
    print(f"{name} reporting: {read} of {n} expected readable are read ({read / n:.0%}), "
          f"{right} read as expected")  # fmt: skip
    assert n > 0


@pytest.mark.parametrize("row", [_param(r, HELDOUT_XFAIL) for r in HELDOUT])
def test_heldout_reporting_readings_are_right(
    row: dict[str, str], real_gaz: Gazetteer | None
) -> None:
    _assert_read_right(row, real_gaz)


def test_heldout_reporting_read_share(real_gaz: Gazetteer | None) -> None:
    _print_read_share("held-out", HELDOUT, real_gaz)


# --------------------------------------------------------------------------------------------
# Development batch of real reporting (issue #8, helper `devbatch`): 175 sentences from 50
# pages of 2021 reporting that no other corpus shares (no URL of real_reporting.csv or of the
# held-out corpus, no equal sentence), every sentence on a page that says who controls how
# much, expectations committed before the checker was first run on them. Unlike the held-out
# corpus, this one may be used to find constructions to read; what it measures is printed
# (no floor). Per-row results, refusals grouped by cause: issue #8's notes.

DEV = load("real_reporting_dev.csv")
#: Rows that fail today (a refusal that is read, or a reading that differs from the row): each
#: is xfail(strict=True), so the test passes while it is broken and fails once it is fixed (then
#: take the row out). Each is reported in issue #8's notes.
DEV_XFAIL: dict[str, str] = {
    "d065": "'border areas' read as the area of the border districts; the row expects a "
    "refusal (the headline paraphrases a claim about the border's length)",
}


def test_the_dev_corpus_is_well_formed_and_disjoint() -> None:
    _assert_well_formed(
        DEV, DEV_XFAIL, [*REAL, *HELDOUT], min_rows=110, last_day=dt.date(2021, 9, 30)
    )


@pytest.mark.parametrize("row", [_param(r, DEV_XFAIL) for r in DEV])
def test_dev_reporting_readings_are_right(row: dict[str, str], real_gaz: Gazetteer | None) -> None:
    _assert_read_right(row, real_gaz)


def test_dev_reporting_read_share(real_gaz: Gazetteer | None) -> None:
    _print_read_share("dev", DEV, real_gaz)


# --------------------------------------------------------------------------------------------
# Second development batch (issue #8, helper `corpus5`): 240 sentences from 62 pages of 58
# outlets not used much in the other corpora (wire copies, Gulf/South Asian/Maltese English
# editions, Wikipedia copies, the Long War Journal archive, a SIGAR summary), May-September 2021
# and later retrospectives. No URL of real_reporting.csv or of the held-out corpus; pages that copy
# or rewrite a held-out page were dropped whole (found by comparing URLs and sentences
# programmatically). Every sentence on a page that says who controls how much; expectations
# committed before the checker was first run on them (e001-e184 first, then the supplements
# e185-e212 and e213-e240). Printed, no floor. Per-row results and the refusals grouped by
# construction: issue #8's notes.

DEV2 = load("real_reporting_dev2.csv")
#: Rows that fail today (a refusal that is read, or a reading that differs from the row): each
#: is xfail(strict=True); take the row out once it passes. Reported in
#: issue #8's notes.
#: e191 ('claims control over 85%' read as more than 85%) was one until corpus5's fix.
DEV2_XFAIL: dict[str, str] = {}


def test_the_dev2_corpus_is_well_formed_and_disjoint() -> None:
    _assert_well_formed(DEV2, DEV2_XFAIL, [*REAL, *HELDOUT, *DEV], min_rows=150, min_pages=40)


@pytest.mark.parametrize("row", [_param(r, DEV2_XFAIL) for r in DEV2])
def test_dev2_reporting_readings_are_right(row: dict[str, str], real_gaz: Gazetteer | None) -> None:
    _assert_read_right(row, real_gaz)


def test_dev2_reporting_read_share(real_gaz: Gazetteer | None) -> None:
    _print_read_share("dev2", DEV2, real_gaz)


# --------------------------------------------------------------------------------------------
# Third development batch (issue #8, helper `fresh5`; the "fresh" corpus until 3 December):
# 216 sentences from 47 pages of May-September
# 2021 reporting and one 2022 rewrite (Pakistani, Indian, Iranian, Russian, Turkish, Gulf and
# wire copies, trackers, wiki copies), no URL and no sentence of the four other corpora
# (compared programmatically), every sentence on a page that says who controls how much;
# expectations committed (5b2edc8, 0bccc27) before the checker was first run on them. Measured
# once on main at 17:40 UTC; printed, no floor. Per-row results and the refusals grouped by
# construction: issue #8's notes.
# That measurement landed (10 of 87 read, README "Unseen reporting"); since then the batch is
# a development corpus like dev and dev2, and a new unseen batch measures what generalises.

DEV3 = load("real_reporting_dev3.csv")
#: Rows that fail at the measurement (a refusal that is read, or a reading that differs from
#: the row): each is xfail(strict=True); take the row out once it passes.
DEV3_XFAIL: dict[str, str] = {}


def test_the_dev3_corpus_is_well_formed_and_disjoint() -> None:
    _assert_well_formed(
        DEV3, DEV3_XFAIL, [*REAL, *HELDOUT, *DEV, *DEV2], min_rows=200, min_pages=40
    )


@pytest.mark.parametrize("row", [_param(r, DEV3_XFAIL) for r in DEV3])
def test_dev3_reporting_readings_are_right(row: dict[str, str], real_gaz: Gazetteer | None) -> None:
    _assert_read_right(row, real_gaz)


def test_dev3_reporting_read_share(real_gaz: Gazetteer | None) -> None:
    _print_read_share("dev3", DEV3, real_gaz)


# --------------------------------------------------------------------------------------------
# Fourth development batch (issue #8, helper `corpus6`; the unseen "fresh2" batch until the
# end of 3 December): 329 sentences (133 expected
# readable) from 85 pages of 79 outlets of May-September 2021 reporting (wire copies, regional
# and non-English outlets' English editions, timelines, UN and Pentagon briefings), no URL and no
# sentence of the other corpora (compared programmatically; with the held-out corpus by counts
# only), every sentence of the stored page text that says who controls how much or which units
# fell; expectations committed (g001-g243 first, then the supplement g244-g329, each in its own
# commit) before the checker was first run on them. Nobody tunes on these: other
# helpers do not open the file, and its per-row results are not used to change the grammar.
# Printed, no floor. Measured once at 20:10 UTC on 3 December: 13 of 133 expected readable read
# (10 %), every one as the row says; none of the 196 expected refusals read. Measurement and the
# refusals grouped by construction (counts): issue #8's notes.
# That measurement landed (README "Unseen reporting"); since 3 December 21:00 UTC the batch is a
# development corpus like dev3, and a new unseen batch measures what generalises.

DEV4 = load("real_reporting_dev4.csv")
#: Rows that fail at the measurement (a refusal that is read, or a reading that differs from
#: the row): each is xfail(strict=True), a finding; take the row out once it passes.
DEV4_XFAIL: dict[str, str] = {}


def test_the_dev4_corpus_is_well_formed_and_disjoint() -> None:
    _assert_well_formed(
        DEV4,
        DEV4_XFAIL,
        [*REAL, *HELDOUT, *DEV, *DEV2, *DEV3],
        min_rows=200,
        min_pages=40,
        last_day=dt.date(2021, 9, 30),
    )


@pytest.mark.parametrize("row", [_param(r, DEV4_XFAIL) for r in DEV4])
def test_dev4_reporting_readings_are_right(row: dict[str, str], real_gaz: Gazetteer | None) -> None:
    _assert_read_right(row, real_gaz)


def test_dev4_reporting_read_share(real_gaz: Gazetteer | None) -> None:
    _print_read_share("dev4", DEV4, real_gaz)


# --------------------------------------------------------------------------------------------
# Fifth development batch (issue #8, helper `corpus7`; the unseen "fresh3" batch until 4 December
# 06:29 UTC): 284 sentences (113 expected readable) from 74 pages of 65 outlets of
# May-September 2021 reporting (wire copies, Afghan, Pakistani, Indian, Iranian, Turkish, Gulf,
# Russian, Chinese and European outlets' English pages, machine-translated and spun copies,
# tweets, a search snippet), every sentence of the stored page text that says who controls how
# much or which units fell. No URL and no sentence of the other corpora (compared
# programmatically; with the held-out corpus by counts only). Expectations were written from the
# sentence alone and committed before the checker was run on any row.
# Measured once at 06:29 UTC on 4 December (main cefeac2): 18 of 113 expected readable read
# (16 %), none of the 171 expected refusals read, no reading wrong (h279 read as its capital
# with the ordinal checked beside it, which the comparison did not yet match: see
# checker_corpus._capital_beside_ordinal). That measurement landed (README "Unseen reporting");
# since then the batch is a development corpus like dev4.

DEV5 = load("real_reporting_dev5.csv")
#: Rows that fail (a refusal that is read, or a reading that differs from the row): each is
#: xfail(strict=True), a finding; take the row out once it passes.
DEV5_XFAIL: dict[str, str] = {}


def test_the_dev5_corpus_is_well_formed_and_disjoint() -> None:
    _assert_well_formed(
        DEV5,
        DEV5_XFAIL,
        [*REAL, *HELDOUT, *DEV, *DEV2, *DEV3, *DEV4],
        min_rows=220,
        min_pages=50,
        last_day=dt.date(2021, 9, 30),
    )


@pytest.mark.parametrize("row", [_param(r, DEV5_XFAIL) for r in DEV5])
def test_dev5_reporting_readings_are_right(row: dict[str, str], real_gaz: Gazetteer | None) -> None:
    _assert_read_right(row, real_gaz)


def test_dev5_reporting_read_share(real_gaz: Gazetteer | None) -> None:
    _print_read_share("dev5", DEV5, real_gaz)


# --------------------------------------------------------------------------------------------
# Sixth unseen batch, "fresh4", now dev6 (issue #8, helper `corpus8`, built 4 December 2026
# from 14:00 UTC, as corpus7 built fresh3): every sentence of the stored page text (the search
# tool's "pages" corpus, May-September 2021 reporting) that says who holds, took or lost how much or
# which units: wire copies, Afghan, Pakistani, Indian, Gulf, Russian, Chinese, African and
# European outlets' English pages, machine-translated and spun copies, a Facebook post, live
# blogs. No URL and no sentence of the other corpora (compared programmatically; with the
# held-out corpus by URL and by a similarity count only, no row looked at); sentences within
# 0.85 similarity of any other corpus's sentence were left out, and pages that copy another
# corpus's page whole. Expectations were written from the sentence alone and committed before
# the checker was run on any row.
# Measured once at 15:44 UTC on 4 December (main 1508e5b): 11 of 115 expected readable read
# (10 %), every one as the row says; 2 of 225 expected refusals read: f4203 (an ordinal after
# an event, fixed since) and f4274 (below). Since then the batch is the development corpus
# dev6 (real_reporting_dev6.csv), run in CI like dev5.

DEV6 = load("real_reporting_dev6.csv")
#: Rows that fail at the measurement (a refusal that is read, or a reading that differs from
#: the row): each is xfail(strict=True), a finding; take the row out once it passes.
DEV6_XFAIL: dict[str, str] = {
    "f4274": (
        "'Taliban captures Kandahar' (a headline over a story about Panjwai district) is read "
        "as the city of Kandahar, the documented rule for a bare name of a province and its "
        "capital after a verb of capture; the row expects a refusal because the name is "
        "ambiguous. The reading is the headline's words (CONTRADICTED on 4 July, as it should "
        "be for the city); left as a disagreement, not changed after the measurement"
    ),
}


def test_the_dev6_corpus_is_well_formed_and_disjoint() -> None:
    _assert_well_formed(
        DEV6,
        DEV6_XFAIL,
        [*REAL, *HELDOUT, *DEV, *DEV2, *DEV3, *DEV4, *DEV5],
        min_rows=200,
        min_pages=50,
        last_day=dt.date(2021, 9, 30),
    )
    assert all(r["id"].startswith("f4") for r in DEV6)


def test_the_dev6_scopes_are_written_in_the_schema() -> None:
    """Each expected reading names its scope as the harness writes it: the country, a province
    of the built-in table, or ``units:KIND:NAME+...`` (a capital by the name the place table
    gives it, the count the number of units named); a stated denominator is a number."""
    import csv

    data = Path(__file__).resolve().parent.parent / "mapper" / "data"
    with (data / "afg_provinces.csv").open(encoding="utf-8") as fh:
        provinces = {r["name"] for r in csv.DictReader(fh)}
    with (data / "afg_places.csv").open(encoding="utf-8") as fh:
        capitals = {r["name"] for r in csv.DictReader(line for line in fh if line[0] != "#")}
    for r in DEV6:
        if r["expect"] != "read":
            continue
        scope = r["scope"]
        if scope.startswith("units:"):
            named = [part.split(":", 1) for part in scope[len("units:") :].split("+")]
            assert {kind for kind, _ in named} <= {"province", "district", "capital"}, r["id"]
            assert all(n in capitals for kind, n in named if kind == "capital"), r["id"]
            assert all(n in provinces for kind, n in named if kind == "province"), r["id"]
            assert r["measure"] == "units" and r["unit"] == "count", r["id"]
            assert r["low"] == r["high"] == str(len(named)), r["id"]
        else:
            assert scope == "country" or scope in provinces, r["id"]
        if r["stated_denominator"]:
            assert r["stated_denominator"].lstrip("~").isdigit(), r["id"]


@pytest.mark.parametrize("row", [_param(r, DEV6_XFAIL) for r in DEV6])
def test_dev6_reporting_readings_are_right(row: dict[str, str], real_gaz: Gazetteer | None) -> None:
    _assert_read_right(row, real_gaz)


def test_dev6_reporting_read_share(real_gaz: Gazetteer | None) -> None:
    _print_read_share("dev6", DEV6, real_gaz)


# --------------------------------------------------------------------------------------------
# Seventh unseen batch, "fresh5", now dev7 (issue #8, helper `corpus9`, built 4 December 2026
# from 17:10 UTC, as corpus8 built fresh4): every sentence of the stored page text (the search
# tool's "pages" corpus, May-September 2021 reporting) that says who holds, took or lost how much or
# which units, headlines, standfirsts and photo captions included: Afghan, Pakistani, Indian,
# Gulf, Iranian, Russian, Tajik, African, Australian, European and US outlets' English pages,
# wire copies (AFP, AP, Reuters, dpa, Xinhua, IANS, ANI, Anadolu, Sputnik), machine-translated and
# spun copies, forum reposts, a researcher's Twitter thread, a category listing. No URL and no
# sentence of the other corpora (compared programmatically; with the held-out corpus by URL and
# by a similarity count only, no row looked at); sentences within 0.85 similarity of any other
# corpus's sentence were left out, and pages that copy another corpus's page whole.
# Expectations were written from the sentence alone and committed before the checker was run on
# any row.
# Measured once as unseen at 19:06 UTC on 4 December (the day's work integrated, int9 54ce1e7):
# 9 of 68 expected readable read (13 %), each as the row says; 5 of 232 expected refusals read,
# each a documented rule the row disagrees with (below). Six rows had been made refusals by
# the lead before the measurement (f5d0603: no side named in the sentence). It is now dev7
# (real_reporting_dev7.csv), run in CI like dev6.

DEV7 = load("real_reporting_dev7.csv")
#: Rows that fail at the measurement (a refusal that is read, or a reading that differs from
#: the row): each is xfail(strict=True), a finding; take the row out once it passes.
DEV7_XFAIL: dict[str, str] = {
    "f5052": "the headline 'Insurgents say control 85 percent of country' is read as the "
    "Taliban controlling 85 % of the area ('insurgents' is a Taliban word of the default "
    "vocabulary; the elided subject of 'control' is the speaker's); the row expects a refusal "
    "for the missing subject. Expectation kept as written before the measurement",
    "f5147": "'fell to the militant group' is read as the Taliban ('militant' is a Taliban "
    "word of the default vocabulary, as in the README's 'Militants hold 150-180 districts'); "
    "the row (and dev6 f4027) say 'the militant group' names no side: the rule and the rows "
    "disagree. Expectation kept",
    "f5148": "'On June 04, the Taliban claimed control of Deh Yak district' is read as the "
    "side's claim, checked as said on 4 June (the documented rule for 'claimed control of', "
    "sources8); the row expects a refusal of a dated past claim and says the reading is "
    "defensible. Expectation kept",
    "f5222": "'the seventh provincial capital to fall since Friday' beside Farah is read as "
    "Farah held and 7 falls in the 5 days from Friday 6 to Tuesday 10 August (falls.py); the "
    "row expects a refusal and says the reading is defensible. Expectation kept",
    "f5227": "'captured eighth provincial capital in five days' is read as 8 falls over 6-10 "
    "August (as dev6 f4092 'a sixth provincial capital in four days' expects to be read); the "
    "row expects a refusal. Expectation kept",
    "f5061": "'Afghan forces recapture 2 districts' (a headline) is read as at least two "
    "districts held by the government in the country, as a bare count after a verb of taking is "
    "(dev8 f6141 'Afghan Forces Retake Control of Five Districts From the Taliban' expects that "
    "reading; so does 'captured two more districts'); the row expects a refusal for the unnamed "
    "districts. Expectation kept",
    "f5236": "'The Taliban have detained ... Ismail Khan after seizing the western city of "
    "Herat' is read as Herat taken by the Taliban (presupposed.py: a taking in a clause of time "
    "is taken as fact whatever the main clause says; fresh8 k8296 '..., three weeks after "
    "seizing control of most of the country' expects that reading of the same shape); the row "
    "expects a refusal ('the city only in a clause of time'): the rows disagree. Expectation "
    "kept",
}


def test_the_dev7_corpus_is_well_formed_and_disjoint() -> None:
    _assert_well_formed(
        DEV7,
        DEV7_XFAIL,
        [*REAL, *HELDOUT, *DEV, *DEV2, *DEV3, *DEV4, *DEV5, *DEV6],
        min_rows=250,
        min_pages=60,
        last_day=dt.date(2021, 9, 30),
    )
    assert all(r["id"].startswith("f5") for r in DEV7)
    assert len({r["outlet"] for r in DEV7}) >= 50


def _assert_scopes_in_schema(rows: list[dict[str, str]], cache_dir: Path) -> None:
    """Each expected reading names its scope as the harness writes it: the country, a province
    of the built-in table, or ``units:KIND:NAME+...`` (a capital by the name the place table
    gives it, a district by the name the default boundary set gives it when the mirror is
    present, the count the number of units named); a stated denominator is a number."""
    import csv

    data = Path(__file__).resolve().parent.parent / "mapper" / "data"
    with (data / "afg_provinces.csv").open(encoding="utf-8") as fh:
        provinces = {r["name"] for r in csv.DictReader(fh)}
    with (data / "afg_places.csv").open(encoding="utf-8") as fh:
        capitals = {r["name"] for r in csv.DictReader(line for line in fh if line[0] != "#")}
    districts: set[str] | None = None
    mirror = mirror_dir()
    if (mirror / "geoBoundaries-AFG-ADM2.shp").is_file():
        units = load_units("afg-districts", mirror=mirror, cache_dir=cache_dir)
        districts = set(units.table["name"])
    for r in rows:
        if r["expect"] != "read":
            continue
        scope = r["scope"]
        if scope.startswith("units:"):
            named = [part.split(":", 1) for part in scope[len("units:") :].split("+")]
            assert {kind for kind, _ in named} <= {"province", "district", "capital"}, r["id"]
            assert all(n in capitals for kind, n in named if kind == "capital"), r["id"]
            assert all(n in provinces for kind, n in named if kind == "province"), r["id"]
            if districts is not None:
                assert all(n in districts for kind, n in named if kind == "district"), r["id"]
            assert r["measure"] == "units" and r["unit"] == "count", r["id"]
            assert r["low"] == r["high"] == str(len(named)), r["id"]
        elif scope.startswith("border:"):
            neighbours = set(scope[len("border:") :].split("+"))
            assert neighbours <= {"ALL", "TJK", "UZB", "TKM", "IRN", "PAK", "CHN"}, r["id"]
            assert r["measure"] == "border", r["id"]
        else:
            assert scope == "country" or scope in provinces, r["id"]
        if r["stated_denominator"]:
            assert r["stated_denominator"].lstrip("~").isdigit(), r["id"]


def test_the_dev7_scopes_are_written_in_the_schema(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    _assert_scopes_in_schema(DEV7, tmp_path_factory.mktemp("dev7-units"))


@pytest.mark.parametrize("row", [_param(r, DEV7_XFAIL) for r in DEV7])
def test_dev7_reporting_readings_are_right(row: dict[str, str], real_gaz: Gazetteer | None) -> None:
    _assert_read_right(row, real_gaz)


def test_dev7_reporting_read_share(real_gaz: Gazetteer | None) -> None:
    _print_read_share("dev7", DEV7, real_gaz)


# --------------------------------------------------------------------------------------------
# Eighth unseen batch, "fresh6", now dev8 (issue #8, helper `corpus12`, built 5 December 2026 from
# 08:10 to 08:40 UTC, as corpus9 built fresh5): every sentence of the stored page text (the search
# tool's "pages" corpus, June-September 2021 reporting) that says who holds, took, lost or contests
# how much or which units, headlines, standfirsts, photo captions and embedded tweets included.
# About 40 queries: by outlet kind (Turkish, Chinese, Iranian, Gulf, African, Russian, Pakistani,
# Indian, wire copies), by district (Kaldar, Taywara, Almar, Sayghan and Kahmard, Dand Patan, Chahar
# Dara, Wakhan, Ghormach, Andarab's districts, Panjshir's), by provincial capital (Zaranj,
# Sheberghan, Qala-i-Naw, Pul-i-Alam, Asadabad, Jalalabad, Maidan Shar, Lashkar Gah, Chaghcharan,
# Nili, Mihtarlam), by border crossing (Islam Qala, Spin Boldak, Sher Khan Bandar, Hairatan, Milak)
# and by share of the country or of the border claimed. 57 pages of 49 outlets: Afghan (KabulNow,
# Afghanistan Times, Afghan Peace Watch, a TOLOnews copy), Pakistani (The News, The Correspondent,
# Channel News Pakistan, City24, UrduPoint's Sputnik copies), Indian (ANI, Free Press Journal/IANS,
# Mid-day, Mint, Embedy), Gulf (Gulf Today, The National), Iranian (Sarkhat/Mehr), Russian (TASS,
# SouthFront), Bangladeshi, Nigerian, Kenyan and Ghanaian pages (dpa, AFP), US outlets and blogs
# (Star Tribune/NYT, Just the News/AP, Antiwar.com, La Prensa Latina/EFE), the Long War Journal,
# ISWNews bullets, spun and machine-translated rewrites, tag and day listings. No URL of the other
# corpora or of the held-out corpus (notes/usedurls.txt); sentences within 0.85 difflib similarity
# of any other corpus's sentence were left out, and pages that copy another corpus's page (several
# such sentences, or any sentence near a held-out one: compared by a count only, no held-out row
# looked at) were dropped whole. Expectations were written from the sentence alone and committed
# before the checker was run on any row.
# Measured once as unseen at 11:56 UTC on 5 December (the day's work integrated, s12/int
# 163675f): 9 of 82 expected readable read (11 %), 8 as the row says; 1 of 230 expected
# refusals read (f6267). Both findings are strict xfails below, expectations not changed.
# It is now dev8 (real_reporting_dev8.csv), run in CI like dev7.

DEV8 = load("real_reporting_dev8.csv")
#: Rows that fail at the measurement (a refusal that is read, or a reading that differs from
#: the row): each is xfail(strict=True), a finding.
DEV8_XFAIL: dict[str, str] = {
    "f6267": "'The Taliban took control of Kunduz and Takhar earlier this week' is read as the "
    "two named units; the row expects a refusal (the story is about their capitals; 'Kunduz' "
    "names the province and its capital). Expectation kept",
}


def test_the_dev8_corpus_is_well_formed_and_disjoint() -> None:
    _assert_well_formed(
        DEV8,
        DEV8_XFAIL,
        [*REAL, *HELDOUT, *DEV, *DEV2, *DEV3, *DEV4, *DEV5, *DEV6, *DEV7],
        min_rows=300,
        min_pages=55,
        last_day=dt.date(2021, 9, 30),
    )
    assert all(r["id"].startswith("f6") for r in DEV8)
    assert len({r["outlet"] for r in DEV8}) >= 45


def test_the_dev8_scopes_are_written_in_the_schema(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    _assert_scopes_in_schema(DEV8, tmp_path_factory.mktemp("dev8-units"))


@pytest.mark.parametrize("row", [_param(r, DEV8_XFAIL) for r in DEV8])
def test_dev8_reporting_readings_are_right(row: dict[str, str], real_gaz: Gazetteer | None) -> None:
    _assert_read_right(row, real_gaz)


def test_dev8_reporting_read_share(real_gaz: Gazetteer | None) -> None:
    _print_read_share("dev8", DEV8, real_gaz)


# --------------------------------------------------------------------------------------------
# Ninth unseen batch, "fresh7", now dev9 (issue #8, helper `corpus13`, built 5 December 2026 from
# 13:07 to 13:46 UTC, as corpus12 built fresh6): every sentence of the stored page text (the
# search tool's "pages" corpus, May-September 2021 reporting) that says who holds, took, lost,
# retook or contests how much or which units, headlines, standfirsts, photo captions, tag-page
# entries and search-listing snippets included; the refusals taken as they came. About 50
# queries, chosen to avoid earlier builders' ground: by district of provinces not queried before
# (Qaisar and Dawlatabad in Faryab, Dihrawud and Chora in Uruzgan, Shinkay and Shahjoy in Zabul,
# Shahrak in Ghor, Paktika's and Paktia's districts, Panjwai and Arghistan in Kandahar, Kapisa's
# Alasay, Tagab and Nijrab, Sar-e Pul's districts, Khost, Kunar and Nuristan (Doab, Mandol,
# Waygal), Samangan's Dara-i-Suf, Baghlan's Doshi, Jilga, Burka and Dahana-i-Ghori, Logar's
# Charkh, Badghis, Laghman's Dawlat Shah, Malistan and Deh Yak in Ghazni, Parwan's Siahgard,
# Shinwari and Surkh-o-Parsa, Helmand's Nawa and Garmsir, Nimroz's Delaram, Takhar's and
# Badakhshan's districts), by recapture ("recaptured", "retook", "17 districts within one week"),
# by "district centre"/"overran", by share of territory, by border crossing (Islam Qala, Torkham,
# Ghulam Khan) and the Andarab resistance, and by outlet kind (Iranian, Turkish, Gulf, Chinese,
# Russian, Nigerian, Indonesian, Indian, Pakistani wires). 57 pages of 50 outlets: Afghan
# (KabulNow, Pajhwok, TOLOnews, Ariana copies, AVA, Afghanistan Times, Afghanistan Mirror, The
# Orient News, Hasht-e Subh's English site), Pakistani (The News, The Frontier Post/Pajhwok, The
# Correspondent, Daily Pakistan, UrduPoint's APP/AFP and Sputnik copies), Indian (Oneindia, Daily
# News 24, India.com, OpIndia, Deccan Herald/Reuters, Prag News, Real News India, Aaj Tak,
# Republic World, Industry Buzz), Iranian (Press TV, IranWire, Mehr), Gulf and Arab (Arab News
# Today bullets, Al Bawaba/Anadolu), Armenian (News.am), Bangladeshi (The Business Standard),
# Indonesian (Kompas English), Russian copies (Generico/RIA), UK and US (Channel 4, CNN live,
# Guardian and Foreign Policy mirrors and rewrites), blogs, a forum, tag and search-listing pages,
# ISWNews and Shia Waves. Months: 23 rows of May, 81 of June, 84 of July, 109 of August, 3 of
# September. No URL of the other corpora or of the held-out corpus (notes/usedurls.txt); sentences
# within 0.85 difflib similarity (casefolded) of any other corpus's sentence were left out (4),
# and pages with two or more such sentences were dropped whole (9: AFP, AP, dpa and Ariana copies
# already in dev..dev8); one page with sentences near held-out ones (compared by a count only, no
# held-out row looked at: 2 sentences) was dropped whole. 51 rows are expected readable.
# Expectations were written from the sentence alone and its date, and committed before the checker
# was run on any row.
# Measured once as unseen at 17:10 UTC on 5 December (the day's work integrated, main d504413): 9
# of 51 expected readable read (18 %), 8 as the row says (g7172 read as a change over the week,
# the row says at least); 5 of 249 expected refusals read (g7072, g7146, g7154, g7171, g7203). All
# six are strict xfails below, expectations not changed. It is now dev9 (real_reporting_dev9.csv),
# run in CI like dev8.

DEV9 = load("real_reporting_dev9.csv")
#: Rows that fail at the measurement (a refusal that is read, or a reading that differs from
#: the row): each is xfail(strict=True), a finding.
DEV9_XFAIL: dict[str, str] = {
    "g7072": "'Two districts fall to Taliban as offensives intensifying countrywide' was read as "
    "exactly two districts held (the headline present 'fall to' was no verb of taking); now "
    "read as at least two, as 'captured two districts' is (dev8 f6141 expects that reading); "
    "the row expects a refusal (the districts unnamed). Expectation kept",
    "g7146": "'Delaram district in Nimroz province' is read as Khash Rod through the built-in "
    "alias Delaram -> Khash Rod (aliases.csv: the town and the newer district lie in Khash Rod "
    "of the boundary set); the row expects a refusal (Delaram is no district of the set)",
    "g7154": "'the militants have overrun Dahan-e-Ghori district' is read with the side Taliban "
    "('the militants', as real r041, r117 expect); the row expects a refusal (side unnamed)",
    "g7171": "'Ghazni and Herat also fell into the hands of the Taliban' is read as the two "
    "capitals; the row expects a refusal (the bare names name provinces and capitals; as "
    "dev8 f6267)",
    "g7172": "'captured 11 provincial capitals in one week' is read as a change over 7 days "
    "(checked as the state only when the side held none before; refused otherwise); the row "
    "expects at least 11 held",
    "g7203": "'The Taliban fighters are believed to control two-thirds of the country's "
    "territory' is read as two-thirds (as real r171 'are believed to control about half' "
    "expects); the row expects a refusal (hedged)",
}


def test_the_dev9_corpus_is_well_formed_and_disjoint() -> None:
    _assert_well_formed(
        DEV9,
        DEV9_XFAIL,
        [*REAL, *HELDOUT, *DEV, *DEV2, *DEV3, *DEV4, *DEV5, *DEV6, *DEV7, *DEV8],
        min_rows=300,
        min_pages=55,
        last_day=dt.date(2021, 9, 30),
    )
    assert all(r["id"].startswith("g7") for r in DEV9)
    assert len({r["outlet"] for r in DEV9}) >= 45


def test_the_dev9_scopes_are_written_in_the_schema(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    _assert_scopes_in_schema(DEV9, tmp_path_factory.mktemp("dev9-units"))


@pytest.mark.parametrize("row", [_param(r, DEV9_XFAIL) for r in DEV9])
def test_dev9_reporting_readings_are_right(row: dict[str, str], real_gaz: Gazetteer | None) -> None:
    _assert_read_right(row, real_gaz)


def test_dev9_reporting_read_share(real_gaz: Gazetteer | None) -> None:
    _print_read_share("dev9", DEV9, real_gaz)


# --------------------------------------------------------------------------------------------
# Tenth unseen batch, "fresh8" (issue #8, helper `corpus15`, built 5 December 2026 from 22:40 to
# 23:05 UTC, as corpus13 built fresh7): every sentence of the stored page text (the search
# tool's "pages" corpus, May-September 2021 reporting) that says who holds, took, lost, retook or
# contests how much or which units, headlines, standfirsts, photo captions, related-story links
# and subheadings included; the refusals taken as they came. About 45 queries, chosen to avoid
# earlier builders' ground: by province and district not queried before (Bamyan's Kahmard and
# Saighan, Daikundi's Nili, Nimroz's Kang and Chakhansur, Faryab's Almar, Farah's Khak-e Safed,
# Nuristan's Kamdesh, Logar, Wardak's Sayedabad, Khost, Takhar's Rustaq and Darqad, Balkh's
# Sholgara, Ghazni's Malistan, Laghman's Dawlat Shah, Uruzgan's Gizab, Badghis), by phrasing
# ("percent of Afghanistan", "district centers", "border crossing seized", "retaken", "last
# holdout", "controls the highway", "all 34 provinces"), and mostly by topics beside the war where
# control is said in passing (refugees and UNHCR, cricket, Iran trade and customs, China and the
# Wakhan, Central Asian borders and the CSTO, India's consulates and evacuation flights,
# interpreters' visas, the afghani, burqas, journalists, Turkey and Kabul airport, Sikhs in a
# Kabul gurdwara, Australian and New Zealand evacuations, domestic flights, the interim
# government). 98 pages of 88 outlets: Afghan (KabulNow, TOLOnews, AVA, Afghanistan Times,
# Ariana copies), Pakistani (Geo, Business Recorder, DNA News, Naya Daur, UrduPoint's APP/AFP and
# Sputnik copies), Indian (Hindustan Times, The Indian Express, Scroll, The Quint, Outlook, Mint,
# CNBC-TV18, Deccan Herald, News18, OpIndia, Republic World, Lokmat, NTV Telugu, ETV Bharat,
# Devdiscourse, Sify, KSH Vid, Business Khabar), wires and their copies (Anadolu via The Asia
# Today and MINA, Reuters via Cyprus Today, In-Cyprus, NewsBreak and a Saudi copy, AP via
# Dayton Daily News and ETV, AFP via Business Recorder, dpa via IM Arabic, RIA via News.am, TASS
# via News.am, Sputnik via News Ghana), Asian (SCMP, CNA, The Straits Times, Yahoo Malaysia,
# Today China, VNews BD), Iranian (Mehr), Russian (RT), Gulf and Mediterranean (Kathimerini), US,
# UK, Irish and Canadian (VOA, RFE/RL, The Washington Post, The Irish Times, City A.M., FDD's
# Long War Journal, PJ Media, The DC Patriot), African (The Guardian Nigeria,
# The Ghana Web, News Ghana), French (France 24, The Reference Paris), blogs, mirrors and rewrite
# sites. Months: 12 rows of May, 56 of June, 61 of July, 152 of August, 23 of September. No URL of
# the other corpora or of the held-out corpus (notes/usedurls.txt); sentences within 0.85 difflib
# similarity (casefolded) of any other corpus's sentence were left out (6), and pages with two or
# more such sentences were dropped whole (7, 39 rows: dpa, AP, AFP and Reuters copies already in
# dev..dev9; one of them also held a sentence near a held-out one, compared by a count only, no
# held-out row looked at; one single row left out was near a held-out sentence). 101 of 304 rows
# are expected readable. Expectations were written from the sentence alone and its date, and
# committed before the checker was run on any row; nobody tunes on these. The well-formed and
# schema tests always run; the readings are measured once, by the lead, with
# MAPPER_MEASURE_FRESH8=1.
# Measured once as unseen at 00:17 UTC on 6 December (session 15's work integrated, main cc73afb):
# 9 of 101 expected readable read (9 %), 8 as the row says (k8127 read as a change since Friday,
# the row says at least); 1 of 203 expected refusals parsed (k8221, a misprinted denominator;
# `mapper check` gave no verdict on it; refused at the parse since session 16, garbled16:
# a total that cannot count its unit). Both were strict xfails (k8127 still is), expectations
# not changed.
# The batch now runs in CI without the gate.

FRESH8 = load("real_reporting_fresh8.csv")
#: Rows that fail at the measurement (a refusal that is read, or a reading that differs from
#: the row): each is xfail(strict=True), a finding.
FRESH8_XFAIL: dict[str, str] = {
    "k8127": "'Since Friday, the Taliban have captured five provincial capitals' is read as a "
    "change of five capitals since Friday (as g7172's 'in one week'); the row expects at least "
    "five held. Expectation kept",
}


def test_the_fresh8_corpus_is_well_formed_and_disjoint() -> None:
    _assert_well_formed(
        FRESH8,
        FRESH8_XFAIL,
        [*REAL, *HELDOUT, *DEV, *DEV2, *DEV3, *DEV4, *DEV5, *DEV6, *DEV7, *DEV8, *DEV9],
        min_rows=300,
        min_pages=55,
        last_day=dt.date(2021, 9, 30),
    )
    assert all(r["id"].startswith("k8") for r in FRESH8)
    assert len({r["outlet"] for r in FRESH8}) >= 45


def test_the_fresh8_scopes_are_written_in_the_schema(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    _assert_scopes_in_schema(FRESH8, tmp_path_factory.mktemp("fresh8-units"))


@pytest.mark.parametrize("row", [_param(r, FRESH8_XFAIL) for r in FRESH8])
def test_fresh8_reporting_readings_are_right(
    row: dict[str, str], real_gaz: Gazetteer | None
) -> None:
    _assert_read_right(row, real_gaz)


def test_fresh8_reporting_read_share(real_gaz: Gazetteer | None) -> None:
    _print_read_share("fresh8", FRESH8, real_gaz)


# --------------------------------------------------------------------------------------------
# Eleventh unseen batch, "fresh9" (issue #8, helper `corpus16`, built 6 December 2026 from 03:00 to
# 03:25 UTC, as corpus15 built fresh8): every sentence of the stored page text (the search tool's
# "pages" corpus) that says who holds, took, lost, retook or contests how much or which units,
# headlines, standfirsts, photo captions, related-story links and subheadings included; the
# refusals taken as they came. Unlike fresh8's side stories, aimed at news about control as
# fact-checkers meet it: district falls and government retakes (Nerkh, Panjwai, Kaldar, Karukh,
# Kham Ab, Day Mirdad, Ghaziabad, Dasht-e Archi and Takhar's eight, Baghlan's Andarab uprising,
# Panjshir's districts), capital falls (Zaranj, Sheberghan, Taloqan, Kunduz, Fayzabad, Farah,
# Ghazni, Herat, Kandahar, Lashkar Gah, Sharana, Maidan Shar, Jalalabad, Mazar-i-Sharif, Kabul),
# tallies and shares (Milley's 212 of 419, dpa's mid-July survey, the Taliban's 85 percent and 162
# of 398, Faryab's 13 of 14 and Badakhshan's 27 of 28 districts, 33 of 34 provinces), border claims
# (the 90 percent claim and its rejection, Tajikistan and Uzbekistan), trackers' summaries (FDD's
# Long War Journal), fact-check roundups, timelines, and 2022-2023 anniversaries that state 2021
# control. 65 queries (by capital, by district, by province, by outlet: Khaama, Pajhwok, Ariana,
# 8am, Salaam Times, TOLOnews, Bakhtar; by tracker: Long War Journal, Critical Threats, AAN; by
# phrasing: "percent of Afghanistan's territory", "all provinces except Panjshir", "90 percent of
# borders", "retake district"; by anniversary), most of whose top pages other corpora already hold.
# 66 pages of 63 outlets: Afghan (Bakhtar, TOLOnews via Tech Consulting Studies), Pakistani
# (UrduPoint's APP/AFP and Sputnik copies, Pakistan Point, Daily Pakistan, The Frontier Post's AIP,
# Business Recorder), Indian (Hindustan Times, The Hindu, Devdiscourse, Lokmat Times, Republic
# World, CanIndia, Naveen Bharat, The Aware National, NewsBytes, NewsMobile, Deccan Herald, The
# Statesman, Indian Economic Observer), wires and their copies (AFP via IgbereTV, AP, Reuters via
# National Post and CGTN, dpa via the Qatar Tribune, EFE via La Prensa Latina, Xinhua via Asian
# Lite, UPI via Ghanamma, BBC via Loop Vanuatu and ecoi.net, Deutsche Welle via Webdunia, Sputnik
# and Sputnik Globe, TRT World, VNA, NYT and Daily Mail copies), US and UK (USA Today's fact check,
# Vice, The Times, Task & Purpose, Good Morning America, Air & Space Forces Magazine, Straight
# Arrow News, Yahoo's Axios, Quint and Washington Examiner copies, KCEN's VERIFY, Revolt, FDD's
# Long War Journal, RFE/RL via AOP News), others (VOI, PH Tribune, Oreanda, Reflecții Geopolitice,
# ISWNews, Jago Times, Andrew Quilty on Instagram), blogs, forums and rewrite sites. Months: 3 rows
# of May, 18 of June, 90 of July, 172 of August, 21 of September 2021; 11 of 2022 and 6 of 2023
# (retrospectives). No URL of the other corpora or of the held-out corpus (notes/usedurls.txt);
# sentences within 0.85 difflib similarity (casefolded) of any other corpus's sentence were left
# out (63, wire copies mostly), and 2 near a held-out sentence (compared by a count only, no
# held-out row looked at); pages were kept with their other sentences. 105 of 321 rows are expected
# readable. Expectations were written from the sentence alone and its date, and committed before
# the checker was run on any row; nobody tunes on these. The well-formed and schema tests always
# run; the readings are measured once, by the lead, with MAPPER_MEASURE_FRESH9=1.
# Measured once as unseen at 04:52 UTC on 6 December (session 16's work integrated, main 4e17cdf):
# 17 of 105 expected readable read (16 %), all 17 as the row says; none of the 216 expected
# refusals read. The batch now runs in CI without the gate.

FRESH9 = load("real_reporting_fresh9.csv")
#: Rows that fail at the measurement (a refusal that is read, or a reading that differs from
#: the row): each is xfail(strict=True), a finding.
FRESH9_XFAIL: dict[str, str] = {}


def test_the_fresh9_corpus_is_well_formed_and_disjoint() -> None:
    _assert_well_formed(
        FRESH9,
        FRESH9_XFAIL,
        [*REAL, *HELDOUT, *DEV, *DEV2, *DEV3, *DEV4, *DEV5, *DEV6, *DEV7, *DEV8, *DEV9, *FRESH8],
        min_rows=300,
        min_pages=60,
        last_day=dt.date(2023, 12, 31),
    )
    assert all(r["id"].startswith("k9") for r in FRESH9)
    assert len({r["outlet"] for r in FRESH9}) >= 60


def test_the_fresh9_scopes_are_written_in_the_schema(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    _assert_scopes_in_schema(FRESH9, tmp_path_factory.mktemp("fresh9-units"))


@pytest.mark.parametrize("row", [_param(r, FRESH9_XFAIL) for r in FRESH9])
def test_fresh9_reporting_readings_are_right(
    row: dict[str, str], real_gaz: Gazetteer | None
) -> None:
    _assert_read_right(row, real_gaz)


def test_fresh9_reporting_read_share(real_gaz: Gazetteer | None) -> None:
    _print_read_share("fresh9", FRESH9, real_gaz)
