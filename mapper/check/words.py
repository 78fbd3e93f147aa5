"""Word-level helpers of the reader: normalising, tokens, masking a span, quoting words as
written."""

from __future__ import annotations

import re

from .grammar import normalise
from .lexicon import _LEAD_WORDS


def _normalise(text: str) -> str:
    """:func:`~mapper.check.grammar.normalise` without a closing question mark either (the
    reader's constituents; the grammar keeps "?" to refuse a question)."""
    return normalise(text).rstrip(".!?;: ")


def _mask(s: str, start: int, end: int) -> str:
    """``s`` with ``s[start:end]`` blanked (so the noun-phrase reader skips it)."""
    return s[:start] + "#" * (end - start) + s[end:]


def _only_lead_words(between: str) -> bool:
    return all(w in _LEAD_WORDS for w in re.findall(r"[a-z0-9]+", between))


def _tokens(s: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+", s)]


def _as_written(text: str, words: str) -> str:
    """``words`` (from the normalised sentence) with the sentence's own capitals."""
    pattern = r"[\s'’-]*".join(re.escape(w) for w in re.findall(r"[a-z0-9]+", words))
    m = re.search(pattern, text, re.IGNORECASE) if pattern else None
    return m.group(0) if m else words.title()
