"""An outlet written as one word ("ArianaNews", as Ariana News writes its own name) is who
was told, as "Ariana News" is (#8, dev6 f4236: "Meanwhile, sources confirmed to ArianaNews
that Taliban seized Khwaja Sabz Posh district of Faryab province this morning"). A name the
closed list does not hold after "confirmed to" stays refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer

JUNE19 = dt.date(2021, 6, 19)


def test_ariananews_is_an_outlet(gaz: Gazetteer) -> None:
    c = parse_claim(
        "Meanwhile, sources confirmed to ArianaNews that Taliban seized Khwaja Sabz Posh "
        "district of Faryab province this morning.",
        anchor=JUNE19,
        gazetteer=gaz,
    )
    assert (c.side, [u.name for u in c.named_units]) == ("taliban", ["Khwaja Sabz Posh"])


def test_an_unknown_name_after_confirmed_to_stays_refused(gaz: Gazetteer) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(
            "Sources confirmed to Ariana that Taliban seized Khwaja Sabz Posh district.",
            anchor=JUNE19,
            gazetteer=gaz,
        )
