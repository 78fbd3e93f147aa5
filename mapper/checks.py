"""The claim checker, kept at its old import path: the code lives in :mod:`mapper.check`
(grammar and reading, evaluation, explanation, page, batch). Everything public is
re-exported here unchanged."""

from __future__ import annotations

from .check import *  # noqa: F403
from .check import __all__ as __all__
from .check import __doc__ as _package_doc

__doc__ = (__doc__ or "") + "\n\n" + (_package_doc or "")
