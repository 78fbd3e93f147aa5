"""Hostile text (HTML/JS in claims, names, notes, URLs, titles) is inert in every output.

Every payload, if it ever ran, would set ``window.__pwned`` or open a dialog. The static
checks look for the payload's markup unescaped; the browser checks open every popup,
tooltip and <details> of every page (iframes included) and assert nothing ran.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from browser import open_page
from worlds import tiny_units, write_claims

from mapper._html import link, script_json
from mapper.claims import read_claims
from mapper.errors import ClaimsError
from mapper.plot import figure_bytes, plot_state
from mapper.render import MapOptions, build_map
from mapper.report import report_html, report_markdown
from mapper.snapshots import state_at

FLAG = "window.__pwned=1"
PAYLOADS = [
    f"</script><script>{FLAG}</script>",
    f'<img src=x onerror="{FLAG}">',
    f'"><svg onload={FLAG}>',
    f"' onmouseover='{FLAG}' x='",
    f"<!--<script>{FLAG}</script>-->",
    "$\\frac{1}{0}$ and $5 \\\\ text",  # matplotlib mathtext must stay literal
]
HOSTILE = " ".join(PAYLOADS)
# markup that must never appear unescaped in an HTML output
RAW = ["<script>window.__pwned", "<img src=x", "<svg onload", "onmouseover='window"]
TODAY = dt.date(2021, 12, 31)


@pytest.fixture
def hostile(tmp_path: Path):
    units = tiny_units()
    # names and attribution from the boundary file, text from the ledger
    units.units.loc["N/n2", "name"] = f'Narin<img src=x onerror="{FLAG}">'
    units.attribution = f"Test squares <script>{FLAG}</script>"
    units.files = {f"<b>{FLAG}</b>.geojson": "0" * 64}
    bad_url = f"https://evil.example/?q=\"><script>{FLAG}</script>&x='y"
    path = write_claims(
        tmp_path,
        [
            {
                "date": "2021-07-01",
                "province": "North",
                "district": "Nolan",
                "status": "taliban",
                "source": HOSTILE,
                "url": bad_url,
                "note": HOSTILE,
            },
            {
                "date": "2021-07-02",
                "province": "North",
                "district": f'Narin<img src=x onerror="{FLAG}">',
                "status": "government",
                "source": "B",
                "note": HOSTILE,
            },
            {
                "date": "2021-07-03",
                "province": "South",
                "district": "Sorkh",
                "status": "taliban",
                "source": HOSTILE,
                "url": bad_url,
            },
            {
                "date": "2021-07-03",
                "province": "South",
                "district": "Sorkh",
                "status": "contested",
                "source": "C",
                "note": HOSTILE,
            },
        ],
        name=f"claims-{'x' * 3}.csv",
    )
    ledger = read_claims(path, units, today=TODAY)
    state = state_at(ledger, units, "2021-07-10")
    assert state.loc["N/n2", "status"] == "government"  # the hostile name did resolve
    return units, ledger, state


def _assert_inert_html(html: str) -> None:
    for raw in RAW:
        assert raw not in html, raw
    assert "javascript:" not in html.lower()
    # no href is anything but http(s) or an in-page anchor
    for href in re.findall(r"""href=["']([^"']*)""", html):
        assert href.startswith(("https://", "http://", "#")), href


def test_javascript_urls_are_rejected_by_the_ledger(tmp_path: Path) -> None:
    units = tiny_units()
    for url in (
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,<b>x</b>",
        "//evil.example/x",
        "vbscript:x",
    ):
        path = write_claims(
            tmp_path,
            [
                {
                    "date": "2021-07-01",
                    "province": "North",
                    "district": "Nolan",
                    "status": "taliban",
                    "url": url,
                }
            ],
        )
        with pytest.raises(ClaimsError) as e:
            read_claims(path, units, today=TODAY)
        assert [p.column for p in e.value.problems] == ["url"]


def test_link_and_script_json_helpers() -> None:
    assert link("javascript:alert(1)", "x") == "x"
    assert link('https://a.example/?a="b"<', "<i>") == (
        '<a href="https://a.example/?a=&quot;b&quot;&lt;" target="_blank" '
        'rel="noopener noreferrer">&lt;i&gt;</a>'
    )
    text = script_json({"k": "</script><!-- \u2028"})
    assert "</" not in text and "<!--" not in text and "\u2028" not in text


def test_map_report_and_svg_are_inert(hostile) -> None:
    units, ledger, state = hostile
    title = f"<script>{FLAG}</script> title"
    for html in (
        build_map(state, units, ledger, options=MapOptions(title=title)),
        build_map(state, units, ledger, options=MapOptions(title=title, embed=True)),
        report_html(
            state,
            units,
            ledger,
            checks=[{"sentence": HOSTILE, "verdict": HOSTILE, "detail": HOSTILE}],
        ),
    ):
        _assert_inert_html(html)
    from mapper.render_timeline import build_compare_page, build_timeline_page
    from mapper.timeline import build_timeline

    tl = build_timeline(ledger, units, ["2021-07-01", "2021-07-10"])
    _assert_inert_html(build_timeline_page(tl, units, ledger))
    _assert_inert_html(build_compare_page(ledger, units, "2021-07-01", "2021-07-10"))
    md = report_markdown(
        state, units, ledger, map_image="m.png", checks=[{"sentence": HOSTILE, "verdict": HOSTILE}]
    )
    # Markdown passes raw HTML through: there must be none at all
    assert "<" not in md
    for target in re.findall(r"\]\(([^)]*)\)", md):
        assert target == "m.png" or target.startswith("https://"), target
    svg = figure_bytes(plot_state(state, units, ledger, title=title), fmt="svg").decode()
    # Inert as XML: the payloads survive only as character data. Parse the SVG and look at
    # every element and attribute (a string search would flag the escaped text itself).
    import xml.etree.ElementTree as ET

    root = ET.fromstring(svg.split("?>", 1)[1] if svg.startswith("<?xml") else svg)
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1].lower()
        assert tag not in {"script", "img", "iframe", "foreignobject", "a"}, tag
        for name, value in el.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()
            assert not local.startswith("on"), (tag, name, value)
            if local == "href":
                assert value.startswith("#") or value.startswith("data:image/png"), value
    assert "<img" not in svg and "<script" not in svg
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt; title" in svg


_OPEN_EVERYTHING = """
() => {
  document.querySelectorAll('details').forEach(d => d.open = true);
  const maps = Object.keys(window).filter(n => /^map_[0-9]+$/.test(n)).map(n => window[n]);
  if (window.mapper && window.mapper.map) maps.push(window.mapper.map);
  for (const v of maps) {
    if (v && v instanceof L.Map) {
      v.eachLayer(l => {
        if (l.getTooltip && l.getTooltip()) { l.openTooltip(); }
        if (l.getPopup && l.getPopup()) { l.openPopup(); }
      });
    }
  }
  return true;
}
"""


@pytest.mark.browser
def test_no_payload_runs_in_chromium(hostile, tmp_path: Path) -> None:
    units, ledger, state = hostile
    title = f"<script>{FLAG}</script> title"
    pages = {
        "map.html": build_map(state, units, ledger, options=MapOptions(title=title)),
        "embed.html": build_map(state, units, ledger, options=MapOptions(title=title, embed=True)),
        "report.html": report_html(
            state, units, ledger, checks=[{"sentence": HOSTILE, "verdict": HOSTILE}]
        ),
    }
    for name, html in pages.items():
        path = tmp_path / name
        path.write_text(html, encoding="utf-8")
        with open_page(path) as (page, log):
            dialogs: list[str] = []
            page.on("dialog", lambda d, _seen=dialogs: (_seen.append(d.message), d.dismiss()))
            opened = 0
            if name == "report.html":  # the map is a srcdoc iframe that loads after the page
                page.frame_locator("iframe").locator(".leaflet-container").wait_for(timeout=15_000)
            for frame in page.frames:
                if frame.evaluate("typeof L !== 'undefined'"):
                    frame.evaluate(_OPEN_EVERYTHING)
                    opened += 1
                else:
                    frame.evaluate(
                        "document.querySelectorAll('details').forEach(d => d.open = true)"
                    )
            assert opened == 1, name  # the map ran (in the report: inside its iframe)
            # hover every element that carries text, so attribute-breaking payloads get a chance
            page.mouse.move(300, 300)
            page.wait_for_timeout(300)
            pwned = [f.evaluate("window.__pwned === 1") for f in page.frames]
            assert not any(pwned), name
            assert dialogs == [], name
            assert log.errors == [], (name, log.errors)
            assert log.external == [], name
            # the payload text is shown as text somewhere (escaped, not dropped)
            texts = "".join(f.evaluate("document.body.innerText") for f in page.frames)
            assert "window.__pwned=1" in texts, name
