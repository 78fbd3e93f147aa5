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


# ---- page furniture: popups, overlays (phones, narrow frames; tests/test_phones.py)

#: Click a unit whose centre is not covered by anything (panel, strip, control); return
#: where, or null. Works for SVG paths (folium pages) and canvas layers (timeline, compare).
CLICK_TARGET = """
() => {
  const hit = (x, y, ok) => {
    if (x < 2 || y < 2 || x > innerWidth - 2 || y > innerHeight - 2) return false;
    const el = document.elementFromPoint(x, y);
    return el && ok(el);
  };
  const paths = Array.from(document.querySelectorAll('path.leaflet-interactive'))
    .map(p => [p, p.getBoundingClientRect()])
    .sort((a, b) => b[1].width * b[1].height - a[1].width * a[1].height);
  for (const [p, r] of paths.slice(0, 80)) {
    const x = r.x + r.width / 2, y = r.y + r.height / 2;
    if (hit(x, y, el => el === p)) return [x, y];
  }
  const m = window.mapper;
  const views = m ? [m.view, m.b, m.a].filter(v => v && v.layers) : [];
  for (const v of views) {
    const box = v.map.getContainer().getBoundingClientRect();
    const layers = v.layers.slice().sort((a, b) => {
      const s = l => { const bb = l.getBounds(); return (bb.getNorth() - bb.getSouth()) *
        (bb.getEast() - bb.getWest()); };
      return s(b) - s(a);
    });
    for (const l of layers.slice(0, 80)) {
      const p = v.map.latLngToContainerPoint(l.getCenter());
      const x = box.left + p.x, y = box.top + p.y;
      if (x < box.left + 4 || x > box.right - 4 || y < box.top + 4 || y > box.bottom - 4) continue;
      if (hit(x, y, el => el.tagName === 'CANVAS')) return [x, y];
    }
  }
  return null;
}
"""

#: The open popup: its box, whether it is inside the viewport, and, for every panel, strip or
#: control it overlaps, whether the popup is the one on top there.
POPUP_STATE = """
() => {
  const pop = document.querySelector('.leaflet-popup');
  if (!pop) return null;
  const r = pop.getBoundingClientRect();
  const inside = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
  const under = [];
  document.querySelectorAll('.mapper-panel, .mapper-verdict, .mapper-method, ' +
      '.mapper-controls, .mapper-map-legend, .mapper-stamp, .leaflet-control').forEach(el => {
    const b = el.getBoundingClientRect();
    const x0 = Math.max(r.left, b.left), x1 = Math.min(r.right, b.right);
    const y0 = Math.max(r.top, b.top), y1 = Math.min(r.bottom, b.bottom);
    if (x1 - x0 < 6 || y1 - y0 < 6 || !el.offsetParent) return;
    const top = document.elementFromPoint((x0 + x1) / 2, (y0 + y1) / 2);
    under.push([String(el.className), !!top && pop.contains(top)]);
  });
  const tips = Array.from(document.querySelectorAll('.leaflet-tooltip-pane'))
    .filter(p => getComputedStyle(p).display !== 'none' && p.children.length).length;
  return {box: [r.left, r.top, r.width, r.height], inside: inside, under: under,
          viewport: [innerWidth, innerHeight], tooltips: tips};
}
"""

#: Pairs of page furniture that overlap by more than ``tol`` px both ways, where one of the
#: two is a legend (panel, map legend) or the verdict box.
OVERLAPS = """
(tol) => {
  const guarded = Array.from(document.querySelectorAll(
    '.mapper-panel, .mapper-verdict, .mapper-map-legend'));
  const others = Array.from(document.querySelectorAll(
    '.mapper-panel, .mapper-verdict, .mapper-map-legend, .mapper-method, .mapper-controls, ' +
    '.mapper-pane-label, .mapper-credit, .mapper-stamp, .leaflet-control'));
  const out = [];
  for (const g of guarded) {
    if (!g.offsetParent) continue;
    const a = g.getBoundingClientRect();
    for (const o of others) {
      if (o === g || o.contains(g) || g.contains(o) || !o.offsetParent) continue;
      const b = o.getBoundingClientRect();
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > tol && h > tol)
        out.push([String(g.className), String(o.className), Math.round(w), Math.round(h)]);
    }
  }
  return out;
}
"""
