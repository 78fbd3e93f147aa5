"""Headless Chromium (Debian's, driven by Playwright) for offline page checks.

Tests using this are marked ``browser`` and skip when Chromium is not installed.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class PageLog:
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    @property
    def external(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:", "about:"))]


def require_chromium() -> str:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return CHROMIUM


@contextmanager
def open_page(path: Path, *, width: int = 1200, height: int = 800) -> Iterator[tuple[Any, PageLog]]:
    """Open a local HTML file offline; yield (page, log of requests and errors)."""
    exe = require_chromium()
    from playwright.sync_api import sync_playwright

    log = PageLog()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=ARGS)
        try:
            ctx = browser.new_context(viewport={"width": width, "height": height})
            # belt and braces: any non-file request is recorded and refused
            ctx.route(
                "**/*",
                lambda route: (
                    route.continue_()
                    if route.request.url.startswith(("file:", "data:"))
                    else route.abort()
                ),
            )
            page = ctx.new_page()
            page.on("request", lambda r: log.requests.append(r.url))
            page.on("requestfailed", lambda r: log.failed.append(r.url))
            page.on("pageerror", lambda e: log.errors.append(str(e)))
            page.on(
                "console",
                lambda m: log.console_errors.append(m.text) if m.type == "error" else None,
            )
            page.goto(path.resolve().as_uri())
            page.wait_for_timeout(300)
            yield page, log
        finally:
            browser.close()
