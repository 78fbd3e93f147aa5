"""How the checker names sides (issue #8): the vocabulary's words (longest name of a side
read whole), its ``anaphora`` (generic nouns that may refer back to a side named before
them), ``other_actors`` and ``ambiguous`` words (refused, with the reason), and a third side
when a vocabulary has one."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.vocabulary import VocabularyError, load_vocabulary


@pytest.mark.parametrize(
    ("sentence", "side", "named"),
    [
        ("The Ghani government controls 120 districts", "government", "ghani government"),
        ("The Islamic Emirate of Afghanistan controls 85% of the country", "taliban",
         "islamic emirate of afghanistan"),
        ("Afghan National Defense and Security Forces hold 120 districts", "government",
         "afghan national defense and security forces"),
        ("The IEA controls 85% of the country", "taliban", "iea"),
        ("The Taliban said Friday the group now controls 85% of the country", "taliban",
         "taliban"),
    ],
)  # fmt: skip
def test_a_side_is_read_by_its_whole_name(sentence: str, side: str, named: str) -> None:
    c = parse_claim(sentence)
    assert (c.side, c.side_text) == (side, named)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("The group controls 85% of the country", "'group' names no side by itself"),
        ("They control 85% of the country, the Taliban said", "'they' refers to an actor"),
        ("Government officials said the group controls 85% of the country",
         "'group' does not refer back to the side named before it \\('government'\\)"),
        ("Terrorists control 150 districts", "may name more than one actor \\(taliban, ISIS-K"),
        ("The NRF controls 60% of Panjshir", "'NRF' is not a side of this vocabulary"),
        ("The Islamic State group controls 5 districts", "not a side of this vocabulary"),
    ],
)  # fmt: skip
def test_an_unclear_actor_is_refused_with_the_reason(sentence: str, why: str) -> None:
    with pytest.raises(ClaimParseError, match=why):
        parse_claim(sentence)


THREE_SIDES = """
[vocabulary]
title = "Afghanistan, September 2021: Taliban, Republic, resistance"
country = ["Afghanistan"]
ambiguous = { rebels = ["taliban", "resistance"] }
other_actors = ["ISIS-K"]
[[status]]
key = "taliban"
colour = "#D55E00"
words = ["Taliban", "militants"]
anaphora = ["group", "movement"]
[[status]]
key = "government"
colour = "#0072B2"
words = ["Afghan forces"]
[[status]]
key = "resistance"
colour = "#009E73"
words = ["National Resistance Front", "NRF", "resistance forces"]
anaphora = ["fighters"]
"""


def test_a_third_side_is_read_from_a_vocabulary_that_has_one(tmp_path: Path) -> None:
    path = tmp_path / "three.toml"
    path.write_text(THREE_SIDES, "utf-8")
    vocab = load_vocabulary(path)
    c = parse_claim("The National Resistance Front controls 60% of Panjshir", vocabulary=vocab)
    assert (c.side, c.side_text, c.province) == ("resistance", "national resistance front",
                                                 "Panjshir")  # fmt: skip
    assert parse_claim("The NRF said its fighters hold 60% of Panjshir", vocabulary=vocab).side == (
        "resistance"
    )
    for sentence, why in [
        ("The NRF said the group holds 60% of Panjshir", "does not refer back"),
        ("The rebels hold 60% of Panjshir", r"more than one actor \(taliban, resistance\)"),
        ("ISIS-K holds 60% of Panjshir", "not a side"),
        ("The NRF and the Taliban each hold 50% of Panjshir", "more than one side"),
    ]:
        with pytest.raises(ClaimParseError, match=why):
            parse_claim(sentence, vocabulary=vocab)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('anaphora = ["army"]', "not a generic noun the checker reads"),
        ('[vocabulary]\nambiguous = ["rebels"]', "must be a table"),
        ('[vocabulary]\nother_actors = ["Taliban"]', "also names the side 'taliban'"),
        ('[vocabulary]\nother_actors = ["x"]\nambiguous = { x = ["y", "z"] }', "both other_actors"),
        ('[vocabulary]\nambiguous = { x = "y" }', "must be a table"),
    ],
)
def test_the_new_vocabulary_keys_are_strict(tmp_path: Path, extra: str, message: str) -> None:
    side = '[[status]]\nkey = "taliban"\ncolour = "#D55E00"\nwords = ["Taliban"]\n'
    text = side + extra + "\n" if extra.startswith("anaphora") else extra + "\n" + side
    path = tmp_path / "v.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(VocabularyError, match=message):
        load_vocabulary(path)


def test_a_name_of_the_republic_is_refused_after_kabul_fell() -> None:
    """ "The government" and the forces' generic names may name the Taliban's own government
    from 16 August 2021 (the preset's ``ambiguous_from``): refused in claims about those dates,
    read before them; the Republic's own names stay read."""
    import datetime as dt

    after, before = dt.date(2021, 9, 6), dt.date(2021, 7, 6)
    for sentence in [
        "Government forces hold 40% of the country",
        "The Afghan government controls 40% of the country",
        "Afghan security forces hold 120 districts",
    ]:
        assert parse_claim(sentence, anchor=before).side == "government"
        with pytest.raises(ClaimParseError, match="from 2021-08-16"):
            parse_claim(sentence, anchor=after)
    # the date the sentence gives decides, not the date of writing
    c = parse_claim("On 1 July 2021, government forces held 40% of the country", anchor=after)
    assert (c.side, c.check_date) == ("government", "2021-07-01")
    for sentence, side in [
        ("The Islamic Republic controls 1% of the country", "government"),
        ("The ANDSF control 10 districts", "government"),
        ("The Taliban control 90% of the country", "taliban"),
    ]:
        assert parse_claim(sentence, anchor=after).side == side


def test_ambiguous_from_is_strict(tmp_path: Path) -> None:
    path = tmp_path / "v.toml"
    path.write_text(
        '[vocabulary.ambiguous_from."August"]\ngovernment = ["a", "b"]\n'
        '[[status]]\nkey = "taliban"\ncolour = "#D55E00"\n',
        "utf-8",
    )
    with pytest.raises(VocabularyError, match="ISO date"):
        load_vocabulary(path)
