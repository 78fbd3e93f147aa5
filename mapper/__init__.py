"""mapper: reported territorial-control claims -> dated maps and checkable numbers.

The data flows claims -> names -> units -> snapshot -> stats -> map; each step is a module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    BoundaryError,
    ClaimsError,
    DownloadError,
    HashMismatchError,
    MapperError,
    MatchError,
    OutputExistsError,
    Problem,
    ReportError,
    ValidationError,
    WriteError,
)

if TYPE_CHECKING:
    from .boundaries import UnitSet, available, fetch, load_units
    from .checks import (
        CheckError,
        ClaimParseError,
        ParsedClaim,
        Verdict,
        check_claim,
        parse_claim,
    )
    from .compare import changes, status_deltas, transitions
    from .timeline import (
        Timeline,
        TimelineError,
        build_timeline,
        status_series,
        timeline_dates,
    )
    from .vocabulary import DEFAULT as DEFAULT_VOCABULARY
    from .vocabulary import Vocabulary, load_vocabulary

__version__ = "0.1.0"

# Public name -> (module, attribute). Imported on first use (PEP 562) so that
# `import mapper` or `mapper stats` does not load folium, matplotlib or the checker.
_LAZY: dict[str, tuple[str, str]] = {
    "UnitSet": ("boundaries", "UnitSet"),
    "available": ("boundaries", "available"),
    "fetch": ("boundaries", "fetch"),
    "load_units": ("boundaries", "load_units"),
    "CheckError": ("checks", "CheckError"),
    "ClaimParseError": ("checks", "ClaimParseError"),
    "ParsedClaim": ("checks", "ParsedClaim"),
    "Verdict": ("checks", "Verdict"),
    "check_claim": ("checks", "check_claim"),
    "parse_claim": ("checks", "parse_claim"),
    "changes": ("compare", "changes"),
    "status_deltas": ("compare", "status_deltas"),
    "transitions": ("compare", "transitions"),
    "Timeline": ("timeline", "Timeline"),
    "TimelineError": ("timeline", "TimelineError"),
    "build_timeline": ("timeline", "build_timeline"),
    "status_series": ("timeline", "status_series"),
    "timeline_dates": ("timeline", "timeline_dates"),
    "DEFAULT_VOCABULARY": ("vocabulary", "DEFAULT"),
    "Vocabulary": ("vocabulary", "Vocabulary"),
    "load_vocabulary": ("vocabulary", "load_vocabulary"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        # `import mapper; mapper.render...` worked when __init__ imported every module
        try:
            return importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{name}":
                raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attr = _LAZY[name]
    value = getattr(importlib.import_module(f".{module}", __name__), attr)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "DEFAULT_VOCABULARY",
    "BoundaryError",
    "CheckError",
    "ClaimParseError",
    "ClaimsError",
    "DownloadError",
    "HashMismatchError",
    "MapperError",
    "MatchError",
    "OutputExistsError",
    "ParsedClaim",
    "Problem",
    "ReportError",
    "Timeline",
    "TimelineError",
    "UnitSet",
    "ValidationError",
    "Verdict",
    "Vocabulary",
    "WriteError",
    "available",
    "build_timeline",
    "changes",
    "check_claim",
    "fetch",
    "load_units",
    "load_vocabulary",
    "parse_claim",
    "status_deltas",
    "status_series",
    "timeline_dates",
    "transitions",
]
