"""Checking sentences against one ledger: the loop `mapper check` and `mapper report
--checks` share.

Both read each sentence with its own date as the anchor, check it on the day the sentence
names (or the date given), and add the ledger's notes to the verdict. The state on each day
and the border pieces are built once, the first time a sentence needs them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .evaluation import check_claim
from .grammar import mentions_border
from .reading import parse_claim

if TYPE_CHECKING:
    import pandas as pd

    from ..boundaries import UnitSet
    from ..claims import Ledger
    from ..matching import Gazetteer
    from .model import ParsedClaim
    from .verdict import Verdict


class SentenceChecker:
    """Reads and checks sentences on one ledger and boundary set.

    Parameters
    ----------
    gazetteer
        The names sentences are read with (the boundary set's, with any ``--aliases``).
    segments
        Called once, the first time a sentence needs border pieces (border claims).
    neighbour_names
        Called once, the first time a sentence on a set outside Afghanistan mentions a
        border: the country names "the border with X" may name.
    places
        Provincial capitals (:func:`mapper.places.read_places`) for boundary sets without
        built-in capitals.
    """

    def __init__(
        self,
        ledger: Ledger,
        units: UnitSet,
        *,
        gazetteer: Gazetteer,
        max_age: int | None = None,
        population: pd.Series | None = None,
        unclaimed: str = "open",
        segments: Callable[[], Any] | None = None,
        neighbour_names: Callable[[], Sequence[str]] | None = None,
        places: Any = None,
    ) -> None:
        self.ledger = ledger
        self.units = units
        self.gazetteer = gazetteer
        self.max_age = max_age
        self.population = population
        self.unclaimed = unclaimed
        self._segments_of = segments
        self._neighbours_of = neighbour_names
        self.places = places
        self.segments: Any = None
        self._names: Sequence[str] | None = None
        self._states: dict[dt.date, pd.DataFrame] = {}

    def read(self, text: str, day: dt.date, side: str | None = None) -> ParsedClaim:
        """The sentence read, with ``day`` (its date of writing) as the anchor of a relative
        date in it.

        Raises
        ------
        ClaimParseError
            The sentence holds words or a construction the checker does not read.
        """
        if (
            self._names is None
            and self._neighbours_of is not None
            and self.units.country not in (None, "", "AFG")
            and mentions_border(text)
        ):
            self._names = self._neighbours_of()
        return parse_claim(
            text,
            vocabulary=self.ledger.vocabulary,
            gazetteer=self.gazetteer,
            side=side,
            neighbour_names=self._names or (),
            anchor=day,
        )

    def state(self, day: dt.date) -> pd.DataFrame:
        """The state of control on ``day`` (built once per day)."""
        if day not in self._states:
            from ..snapshots import state_at

            self._states[day] = state_at(self.ledger, self.units, day, max_age=self.max_age)
        return self._states[day]

    def verdict(self, parsed: ParsedClaim, day: dt.date) -> tuple[Verdict, dt.date]:
        """The verdict on a sentence read by :meth:`read` with date of writing ``day``, and
        the day it was checked on: the day the sentence names ("three weeks ago"), the last
        day of a window it names ("late last month": every day is checked), else ``day``.

        Raises
        ------
        CheckError
            The ledger or boundary set cannot answer the claim.
        """
        if parsed.check_date:
            day = dt.date.fromisoformat(parsed.check_date)
        elif parsed.window_end:
            day = dt.date.fromisoformat(parsed.window_end)
        wants_border = parsed.measure == "border" or bool(parsed.border_districts)
        if self.segments is None and self._segments_of is not None and wants_border:
            self.segments = self._segments_of()
        state = self.state(day)
        verdict = check_claim(
            parsed,
            state,
            self.units,
            vocabulary=self.ledger.vocabulary,
            population=self.population,
            segments=self.segments,
            unclaimed=self.unclaimed,
            places=self.places,
            ledger=self.ledger,
        )
        # what the ledger says about this verdict: baseline share, skipped rows (#9 parts 5-6)
        from ..stats import annotate_verdict

        verdict = annotate_verdict(
            verdict, self.ledger, self.units, state, day, vocabulary=self.ledger.vocabulary
        )
        return verdict, day
