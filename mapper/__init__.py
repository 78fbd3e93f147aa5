"""mapper: reported territorial-control claims -> dated maps and checkable numbers.

The data flows claims -> names -> units -> snapshot -> stats -> map; each step is a module.
"""

from .boundaries import UnitSet, available, fetch, load_units
from .checks import CheckError, ClaimParseError, ParsedClaim, Verdict, check_claim, parse_claim
from .errors import (
    BoundaryError,
    ClaimsError,
    DownloadError,
    HashMismatchError,
    MapperError,
    MatchError,
    OutputExistsError,
    Problem,
    ValidationError,
)
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
    "UnitSet",
    "ValidationError",
    "Verdict",
    "Vocabulary",
    "available",
    "check_claim",
    "fetch",
    "load_units",
    "load_vocabulary",
    "parse_claim",
]
