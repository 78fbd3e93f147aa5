"""mapper: reported territorial-control claims -> dated maps and checkable numbers.

The data flows claims -> names -> units -> snapshot -> stats -> map; each step is a module.
"""

from .boundaries import UnitSet, available, fetch, load_units
from .checks import CheckError, ClaimParseError, ParsedClaim, Verdict, check_claim, parse_claim
from .compare import changes, status_deltas, transitions
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
from .timeline import Timeline, TimelineError, build_timeline, status_series, timeline_dates
from .vocabulary import DEFAULT as DEFAULT_VOCABULARY
from .vocabulary import Vocabulary, load_vocabulary

__version__ = "0.1.0"

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
