"""Reports, static maps, the embed page and the method section, on the tiny world and real data.

Tiny world (tests/worlds.py): n1 10 km², n2 20 km², s1 30 km², s2 40 km². On 2021-07-10:
n1 Taliban (row 2), n2 government (row 3), s1 contested (row 4), s2 disputed (rows 5 and 6
disagree on 2021-07-09). A claim of 2021-07-20 (row 7) lies after the date and must not count.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE, NEWS_ONLY
from worlds import tiny_units, write_claims

from mapper import report as rpt
from mapper._html import esc
from mapper.claims import Ledger, read_claims
from mapper.cli import main
from mapper.errors import ValidationError
from mapper.method import method_html, method_markdown, method_record
from mapper.plot import figure_bytes, plot_state
from mapper.render import MapOptions, build_map
from mapper.snapshots import state_at

DATE = "2021-07-10"


@pytest.fixture
def world(tmp_path: Path) -> tuple[object, Ledger]:
    units = tiny_units()
    path = write_claims(
        tmp_path,
        [
            {
                "date": "2021-07-01",
                "province": "North",
                "district": "Nolan",
                "status": "taliban",
                "source": "Outlet A",
                "url": "https://a.example/1",
            },
            {
                "date": "2021-07-02",
                "province": "North",
                "district": "Narin",
                "status": "government",
                "source": "Outlet B",
            },
            {
                "date": "2021-07-03",
                "province": "South",
                "district": "Sarak",
                "status": "contested",
                "source": "Outlet C",
            },
            {
                "date": "2021-07-09",
                "province": "South",
                "district": "Sorkh",
                "status": "taliban",
                "source": "Outlet D",
                "url": "https://d.example/x",
            },
            {
                "date": "2021-07-09",
                "province": "South",
                "district": "Sorkh",
                "status": "government",
                "source": "Outlet E",
            },
            {
                "date": "2021-07-20",
                "province": "North",
                "district": "Nolan",
                "status": "government",
                "source": "Later outlet",
            },
        ],
    )
    return units, read_claims(path, units, today=__import__("datetime").date(2021, 12, 31))


def test_disputes_list_every_disagreeing_claim(world) -> None:
    units, ledger = world
    state = state_at(ledger, units, DATE)
    found = rpt.disputes(state, ledger)
    assert [d["unit_id"] for d in found] == ["S/s2"]
    assert found[0]["date"] == "2021-07-09"
    assert [(c["row"], c["status"], c["source"]) for c in found[0]["claims"]] == [
        (5, "Taliban control", "Outlet D"),
        (6, "Government control", "Outlet E"),
    ]


def test_markdown_report_numbers_and_sections(world) -> None:
    units, ledger = world
    state = state_at(ledger, units, DATE)
    md = rpt.report_markdown(state, units, ledger, map_image="r-map.png")
    assert "State on **2021-07-10**" in md
    assert "![Map of reported control on 2021-07-10](r-map.png)" in md
    # 1 of 4 districts, 10 of 100 km² for each row written out by hand
    assert "| Taliban control | 1 | 25.0% | 10 | 10.0% |" in md
    assert "| Government control | 1 | 25.0% | 20 | 20.0% |" in md
    assert "| Contested | 1 | 25.0% | 30 | 30.0% |" in md
    assert "| Disputed (conflicting claims) | 1 | 25.0% | 40 | 40.0% |" in md
    assert "| No claim / unknown | 0 | 0.0% | 0 | 0.0% |" in md
    # Taliban: low n1 only (10%), high + s1 and s2 (80%)
    assert "| Taliban control | 1–1–3 | 10.0%–10.0%–80.0% |" in md
    assert "4 districts of boundary set 'tiny'; area 100 km²" in md
    assert "[Outlet D](https://d.example/x)" in md
    assert "## Checked claims" not in md
    assert "## Method and sources" in md
    # 5 claims up to the date, the later one counted but ignored
    assert "6 valid claim(s); 5 dated on or before 2021-07-10 were used, 1 later one(s)" in md
    assert "Later outlet" not in md


def test_report_with_precomputed_verdicts(world) -> None:
    units, ledger = world
    state = state_at(ledger, units, DATE)
    verdicts = [
        {
            "sentence": "The Taliban hold most of the country",
            "verdict": "not supported",
            "detail": "10%-80% of the area",
            "numbers": {"share_area_low": 0.1},
        },
    ]
    md = rpt.report_markdown(state, units, ledger, map_image=None, checks=verdicts)
    # no date, no form: the date is "not given" and the numbers are shown as they are
    assert (
        "| The Taliban hold most of the country | not given | **not supported** | 10%-80% of "
        "the area Measured: share\\_area\\_low = 0.1. |" in md
    )
    assert "1 of 1 claims do not say which date they were checked against." in md
    html = rpt.report_html(state, units, ledger, checks=verdicts)
    assert (
        "<td class='mapper-verdict' data-verdict='not supported' "
        f"style='color:{rpt.OTHER_VERDICT_COLOUR}'>not supported</td>" in html
    )


def test_bad_verdicts_are_reported_together() -> None:
    with pytest.raises(ValidationError) as e:
        rpt.normalize_verdicts([{"sentence": "x"}, "nope", {"verdict": "ok", "sentence": " "}])
    rows = sorted((p.row, p.column) for p in e.value.problems)
    assert rows == [(1, "verdict"), (2, None), (3, "sentence")]
    with pytest.raises(ValidationError):
        rpt.normalize_verdicts({"not": "a list"})


def test_checker_verdicts_on_the_tiny_world(world) -> None:
    """Taliban: low = n1 (10 km²), mid = low (no Taliban unconfirmed claims), high = n1 + the
    contested s1 + the disputed s2 = 80 km², of 100 km²."""
    units, ledger = world
    out = rpt.run_checker(
        [
            "The Taliban control over two-thirds of the country",
            "The Taliban control at least 10% of the country",
            "The Taliban control under 5% of the country",
            "gibberish without a number",
        ],
        ledger,
        units,
        date=DATE,
    )
    assert [v["verdict"] for v in out] == [
        "depends-on-assumptions",
        "supported",
        "contradicted",
        rpt.NOT_CHECKED,
    ]
    assert out[0]["numbers"] == {"high": 0.8, "low": 0.1, "mid": 0.1}
    assert "4 districts" in out[0]["detail"] or "100 km²" in out[0]["detail"]
    assert out[3]["detail"]  # the checker's reason


def test_checker_json_is_accepted_as_verdicts() -> None:
    out = rpt.normalize_verdicts(
        [
            {
                "sentence": "a",
                "verdict": "supported",
                "explanation": "Why.",
                "denominator": "100 km²",
                "values": {"low": 0.5},
            },
            {"sentence": "b", "verdict": None, "error": "cannot read 'b'"},
        ]
    )
    empty = {
        "date": "",
        "form": "",
        "amounts": {},
        "unit": "",
        "notes": [],
        "open": {},
        "extra": {},
    }
    assert out == [
        {
            "sentence": "a",
            "verdict": "supported",
            "detail": "Why. Out of: 100 km².",
            "numbers": {"low": 0.5},
            **empty,
        },
        {
            "sentence": "b",
            "verdict": "not checked",
            "detail": "cannot read 'b'",
            "numbers": {},
            **empty,
        },
    ]


def _checked(world, sentences, date):
    units, ledger = world
    return rpt.run_checker(sentences, ledger, units, date=date)


def test_checked_claims_show_their_own_date_and_flag_another(world) -> None:
    units, ledger = world
    state = state_at(ledger, units, DATE)
    same = _checked(world, ["The Taliban control at least 10% of the country"], DATE)
    later = _checked(world, ["The Taliban control under 5% of the country"], "2021-07-20")
    assert (same[0]["date"], later[0]["date"]) == (DATE, "2021-07-20")
    md = rpt.report_markdown(state, units, ledger, map_image=None, checks=same)
    assert "| The Taliban control at least 10% of the country | 2021-07-10 | **supported** |" in md
    assert "not the report's date" not in md and "**Note:**" not in md
    md = rpt.report_markdown(state, units, ledger, map_image=None, checks=same + later)
    assert (
        "**Note:** 1 of 2 claims were checked against the state on 2021-07-20, not on this "
        "report's date (2021-07-10)" in md
    )
    assert (
        "| The Taliban control under 5% of the country | ⚠ 2021-07-20 (not the report's date) |"
        in md
    )
    html = rpt.report_html(state, units, ledger, checks=same + later)
    assert "<p class='mapper-warning'>1 of 2 claims were checked against the state on " in html
    assert (
        "<tr data-date='2021-07-20'><td>The Taliban control under 5% of the country</td>"
        "<td class='mapper-other-date'>⚠ 2021-07-20 (not the report&#x27;s date)</td>" in html
    )
    assert "<td>2021-07-10</td>" in html


def test_checked_claims_carry_notes_and_format_numbers_like_the_checker(world) -> None:
    """On 2021-07-20 Nolan is government (row 7): Taliban low 0 km², high = s1 + s2 = 70 km².
    On 2021-07-02 Sarak and Sorkh have no claim yet: the checker notes 2 of 4 unknown."""
    units, ledger = world
    state = state_at(ledger, units, "2021-07-02")
    checked = _checked(
        world,
        ["The Taliban control over 5% of the country", "The Taliban hold 3 districts"],
        "2021-07-02",
    )
    md = rpt.report_markdown(state, units, ledger, map_image=None, checks=checked)
    # a share: percentages with the amounts in km² (n1 = 10 km² of 100)
    assert "Measured: low 10.0% (10.0 km²) · mid 10.0% (10.0 km²) · high 10.0% (10.0 km²) ·" in md
    # a count: counts, the unit once
    assert "Measured: low 1 · mid 1 · high 1 districts ·" in md
    note = (
        "Note: 2 of 4 districts in scope have no claim on record by 2021-07-02: 70.0 of 100.0 km² "
        "(70.0% of the denominator)"
    )
    assert note in md
    # the checker's default assumption about them, and the range it opens
    assert "Note: Units with no claim on record: open (the default)" in md
    assert "· with units that have no claim: 10.0% to 80.0%." in md
    assert "· with units that have no claim: 1 to 3 districts." in md
    assert "open:" not in md and "unclaimed_units" not in md
    assert "high = " not in md and "0.1;" not in md
    html = rpt.report_html(state, units, ledger, checks=checked)
    assert f"<div class='mapper-note'>{note}" in html
    assert "<div class='mapper-small'>low 10.0% (10.0 km²) · mid 10.0%" in html
    assert f"data-verdict='supported' style='color:{rpt.VERDICT_COLOURS['supported']}'" in html


def test_unknown_verdict_fields_and_values_are_shown_not_fatal(world) -> None:
    """A newer checker's verdict value, mode and bounds: shown as they come, neutral colour."""
    units, ledger = world
    state = state_at(ledger, units, DATE)
    newer = {
        "sentence": "The Taliban control half of the country",
        "verdict": "undetermined",
        "date": DATE,
        "parsed": {"form": "share", "measure": "area"},
        "values": {"high": 0.8, "low": 0.1, "unclaimed_high": 0.9, "mid": 0.1},
        "amounts": {"low": 10.0, "mid": 10.0, "high": 80.0, "unclaimed_high": 90.0},
        "unit": "km²",
        "assumption": "counted for the side",
        "bounds": {"unclaimed_low": 0.1},
        "notes": ["A note of the newer checker."],
        "scope_units": ["N/n1"],  # known: not shown
    }
    html = rpt.report_html(state, units, ledger, checks=[newer])
    assert (
        f"data-verdict='undetermined' style='color:{rpt.OTHER_VERDICT_COLOUR}'>undetermined" in html
    )
    assert (
        "low 10.0% (10.0 km²) · mid 10.0% (10.0 km²) · high 80.0% (80.0 km²) · unclaimed_high "
        "90.0% (90.0 km²)" in html
    )
    assert "<div class='mapper-note'>Note: assumption: counted for the side</div>" in html
    assert "<div class='mapper-note'>Note: bounds: {&quot;unclaimed_low&quot;: 0.1}</div>" in html
    assert "A note of the newer checker." in html and "scope_units" not in html
    md = rpt.report_markdown(state, units, ledger, map_image=None, checks=[newer])
    assert "**undetermined**" in md and "Note: assumption: counted for the side" in md
    # one verdict object (`mapper check "SENTENCE" --format json`) reads as a list of one
    assert rpt.normalize_verdicts(newer)[0]["verdict"] == "undetermined"


def test_method_record_and_html(world) -> None:
    units, ledger = world
    state = state_at(ledger, units, DATE, max_age=30)
    rec = method_record(state, units, ledger)
    assert rec["date"] == DATE
    assert rec["area_crs"] == "EPSG:6933"
    assert rec["claims"]["used"] == 5 and rec["claims"]["after_date"] == 1
    assert [x["row"] for x in rec["ledger"]] == [2, 3, 4, 5, 6]
    assert rec["rules"][-1].startswith("Staleness limit: a status older than 30 days")
    html = method_html(rec)
    assert html.startswith("<details class='mapper-method'")
    assert '<a href="https://a.example/1"' in html
    assert "Later outlet" not in html
    assert method_markdown(rec).startswith("## Method and sources")


def test_static_map_meaning(world) -> None:
    units, ledger = world
    state = state_at(ledger, units, DATE)
    svg = figure_bytes(plot_state(state, units, ledger, title="Tiny"), fmt="svg").decode()
    assert "Tiny — state on 2021-07-10" in svg
    assert "1 district (25.0%), 10 km² (10.0% of area)" in svg
    assert "Sorkh, South" in svg  # listed as disputed
    assert "Test squares" in svg  # attribution
    # one group per drawn status, hatching where the vocabulary says so
    for gid in (
        "status-taliban",
        "status-government",
        "status-contested",
        "status-disputed",
        "hatch-contested",
        "hatch-disputed",
        "provinces",
    ):
        assert f'id="{gid}"' in svg
    assert 'id="hatch-taliban"' not in svg
    assert "fill: #d55e00" in svg.lower() or "fill:#d55e00" in svg.lower()
    assert "<dc:date>" not in svg
    png = figure_bytes(plot_state(state, units, ledger), fmt="png")
    assert png.startswith(b"\x89PNG")


def test_embed_page_has_no_page_styles(world) -> None:
    units, ledger = world
    state = state_at(ledger, units, DATE)
    html = build_map(
        state,
        units,
        ledger,
        options=MapOptions(embed=True, embed_width_px=640, embed_height_px=480),
    )
    assert "html, body" not in html and "#map {" not in html
    # responsive: the full width at the announced aspect ratio (as a page: the whole frame)
    assert (
        'class="mapper-embed mapper-compact" style="position:relative;width:100%;'
        "aspect-ratio:640 / 480" in html
    )
    assert "id='mapper-method'" in html
    full = build_map(state, units, ledger)
    assert "id='mapper-method'" in full


def test_report_html_embeds_sandboxed_map(world) -> None:
    units, ledger = world
    state = state_at(ledger, units, DATE)
    html = rpt.report_html(state, units, ledger)
    frames = re.findall(r"<iframe [^>]*>", html)
    assert len(frames) == 1
    assert 'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"' in frames[0]
    assert "allow-same-origin" not in frames[0]
    assert "<li data-unit='S/s2'><b>Sorkh</b>, South (2021-07-09)" in html
    assert html.count("<details class='mapper-method'") == 1  # the page's own (map's is escaped)


# ------------------------------------------------------------------------------ CLI, real data


@pytest.fixture
def runner(mirror: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.setenv("MAPPER_MIRROR", str(mirror))
    monkeypatch.setenv("MAPPER_CACHE", str(tmp_path / "cache"))
    return CliRunner()


def test_cli_report_markdown_real(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    res = runner.invoke(main, ["report", str(EXAMPLE), "--date", "2021-08-10", "-o", str(out)])
    assert res.exit_code == 0, res.output
    md = out.read_text("utf-8")
    png = tmp_path / "r-map.png"
    assert png.read_bytes().startswith(b"\x89PNG")
    assert "![Map of reported control on 2021-08-10](r-map.png)" in md
    assert "398 districts of boundary set 'afg-districts'" in md
    assert "## Disputes" in md and "**Kunduz**, Kunduz (2021-08-08)" in md
    # the same stats functions as `mapper stats`
    res = runner.invoke(main, ["stats", str(EXAMPLE), "--date", "2021-08-10", "--format", "json"])
    doc = json.loads(res.output)
    tal = next(r for r in doc["by_status"] if r["status"] == "taliban")
    assert f"| Taliban control | {tal['units']} | {100 * tal['share_units']:.1f}% |" in md
    # refuses to overwrite unless asked
    res = runner.invoke(main, ["report", str(EXAMPLE), "--date", "2021-08-10", "-o", str(out)])
    assert res.exit_code == 1 and "--overwrite" in res.output
    # ... and a refused report leaves no new map behind
    png.unlink()
    res = runner.invoke(main, ["report", str(EXAMPLE), "--date", "2021-08-10", "-o", str(out)])
    assert res.exit_code == 1 and "--overwrite" in res.output and not png.exists()


def test_cli_report_html_with_checks(runner: CliRunner, tmp_path: Path) -> None:
    verdicts = tmp_path / "v.json"
    verdicts.write_text(json.dumps({"checks": [{"sentence": "s1", "verdict": "misleading"}]}))
    out = tmp_path / "r.html"
    res = runner.invoke(
        main,
        ["report", str(EXAMPLE), "--date", "2021-08-10", "-o", str(out), "--checks", str(verdicts)],
    )
    assert res.exit_code == 0, res.output
    html = out.read_text("utf-8")
    assert "<td>s1</td><td class='mapper-other-date'>not given</td>" in html
    assert "data-verdict='misleading'" in html


def test_cli_report_checks_sentences_like_mapper_check(runner: CliRunner, tmp_path: Path) -> None:
    # the news-only ledger (no baseline): most of the country has no claim on record
    sentences = tmp_path / "s.txt"
    sentences.write_text(
        "The Taliban have captured over two-thirds of the country\n"
        "# a comment line\n"
        "The Taliban control 2/3 of the territory on the Afghan-Tajik border\n"
        "no number here at all\n"
    )
    out = tmp_path / "r.md"
    res = runner.invoke(
        main,
        [
            "report",
            str(NEWS_ONLY),
            "--date",
            "2021-08-10",
            "-o",
            str(out),
            "--checks",
            str(sentences),
        ],
    )
    assert res.exit_code == 0, res.output
    md = out.read_text("utf-8")
    verdicts = tmp_path / "v.json"
    res = runner.invoke(
        main,
        [
            "check",
            str(NEWS_ONLY),
            "--date",
            "2021-08-10",
            "--batch",
            str(sentences),
            "--format",
            "json",
            "-o",
            str(verdicts),
        ],
    )
    assert res.exit_code == 1  # one sentence is unreadable; the others are checked
    checked = json.loads(verdicts.read_text("utf-8"))
    # Taliban area 27.9%-34.4% on that date, but 63% of the area has no claim on record
    assert checked[0]["verdict"] == "undetermined"
    # the report shows the checker's own verdicts, whichever way they come in
    for c in checked:
        verdict = c["verdict"] or "not checked"
        assert f"| **{verdict}** |" in md
    out2 = tmp_path / "r2.md"
    res = runner.invoke(
        main,
        [
            "report",
            str(NEWS_ONLY),
            "--date",
            "2021-08-10",
            "-o",
            str(out2),
            "--checks",
            str(verdicts),
        ],
    )
    assert res.exit_code == 0, res.output
    table = lambda text: text[text.index("## Checked claims") : text.index("## Method")]  # noqa: E731
    assert table(out2.read_text("utf-8")) == table(md)


def test_cli_report_of_a_batch_checked_on_another_date(runner: CliRunner, tmp_path: Path) -> None:
    """The reviewer's case: verdicts of 2021-08-16 in a report on 2021-08-10."""
    sentences = tmp_path / "s.txt"
    sentences.write_text(
        "The Taliban control over two-thirds of the country\n"
        "The Taliban hold 30% of the districts\n"
    )
    verdicts = tmp_path / "b.json"
    res = runner.invoke(
        main,
        [
            "check",
            str(EXAMPLE),
            "--batch",
            str(sentences),
            "--date",
            "2021-08-16",
            "--format",
            "json",
            "-o",
            str(verdicts),
        ],
    )
    assert res.exit_code == 0, res.output
    checked = json.loads(verdicts.read_text("utf-8"))
    out = tmp_path / "r.html"
    res = runner.invoke(
        main,
        ["report", str(EXAMPLE), "--date", "2021-08-10", "-o", str(out), "--checks", str(verdicts)],
    )
    assert res.exit_code == 0, res.output
    html = out.read_text("utf-8")
    assert (
        "2 of 2 claims were checked against the state on 2021-08-16, not on this report&#x27;s "
        "date (2021-08-10)" in html
    )
    assert html.count("<td class='mapper-other-date'>⚠ 2021-08-16") == 2
    for c in checked:
        # the checker's caveats: its notes and what it says about units with no claim
        assert c["unclaimed_summary"] and all(
            esc(n) in html for n in [*c["notes"], c["unclaimed_summary"]]
        )
        low = c["values"]["low"]
        assert f"low {100 * low:.1f}%" in html and f"low = {low}" not in html
    assert "have no claim on record by 2021-08-16" in html


def test_cli_report_errors(runner: CliRunner, tmp_path: Path) -> None:
    res = runner.invoke(
        main, ["report", str(EXAMPLE), "--date", "2021-08-10", "-o", str(tmp_path / "r.pdf")]
    )
    assert res.exit_code == 1 and "a report is .md (Markdown) or .html" in res.output
    bad = tmp_path / "v.json"
    bad.write_text('[{"sentence": "x"}]')
    res = runner.invoke(
        main,
        [
            "report",
            str(EXAMPLE),
            "--date",
            "2021-08-10",
            "-o",
            str(tmp_path / "r.md"),
            "--checks",
            str(bad),
        ],
    )
    assert res.exit_code == 1 and "verdict" in res.output
    assert not (tmp_path / "r.md").exists()


def test_cli_render_png_svg_embed(runner: CliRunner, tmp_path: Path) -> None:
    for fmt in ("png", "svg"):
        out = tmp_path / f"m.{fmt}"
        res = runner.invoke(
            main, ["render", str(EXAMPLE), "--date", "2021-08-10", "--format", fmt, "-o", str(out)]
        )
        assert res.exit_code == 0, res.output
    assert (tmp_path / "m.png").read_bytes().startswith(b"\x89PNG")
    svg = (tmp_path / "m.svg").read_text("utf-8")
    assert "Reported territorial control in Afghanistan — state on 2021-08-10" in svg
    out = tmp_path / "e.html"
    res = runner.invoke(
        main,
        [
            "render",
            str(EXAMPLE),
            "--date",
            "2021-08-10",
            "--embed",
            "--width",
            "640",
            "--height",
            "480",
            "-o",
            str(out),
        ],
    )
    assert res.exit_code == 0, res.output
    assert '<iframe src="e.html" width="640" height="480"' in res.output
    assert "max-width:640px;height:auto;aspect-ratio:640 / 480" in res.output
    assert "aspect-ratio:640 / 480" in out.read_text("utf-8")
    res = runner.invoke(
        main,
        [
            "render",
            str(EXAMPLE),
            "--date",
            "2021-08-10",
            "--embed",
            "--format",
            "png",
            "-o",
            str(tmp_path / "x.png"),
        ],
    )
    assert res.exit_code == 2


def test_cli_help_has_examples() -> None:
    for cmd in (["report"], ["render"]):
        res = CliRunner().invoke(main, [*cmd, "--help"])
        assert res.exit_code == 0 and "Example" in res.output


@pytest.mark.browser
def test_embed_page_fits_its_box_in_chromium(world, tmp_path: Path) -> None:
    from browser import open_page

    units, ledger = world
    state = state_at(ledger, units, DATE)
    html = build_map(
        state,
        units,
        ledger,
        options=MapOptions(embed=True, embed_width_px=640, embed_height_px=480),
    )
    path = tmp_path / "embed.html"
    path.write_text(html, encoding="utf-8")
    # an iframe of exactly the announced size: nothing may overflow it
    with open_page(path, width=640, height=480) as (page, log):
        box = page.eval_on_selector(".mapper-embed", "e => e.getBoundingClientRect().toJSON()")
        assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, 640, 480)
        assert page.evaluate("document.documentElement.scrollWidth") <= 640
        assert page.evaluate("document.documentElement.scrollHeight") <= 480
        panel = page.eval_on_selector(".mapper-panel", "e => e.getBoundingClientRect().toJSON()")
        # folded to a strip along the top (title, date, legend line): the map keeps the frame
        assert panel["right"] <= 640 and panel["height"] <= 0.25 * 480
        # one drawn (canvas) shape per unit (plus province outlines)
        assert page.locator(".leaflet-container canvas").count() == 1
        assert page.evaluate("mapper.layers.filter(l => l._pxBounds).length") == 4
        page.click("#mapper-method summary")
        assert page.is_visible("text=Rules of the snapshot")
        assert log.errors == [] and log.external == []
        page.screenshot(path=str(tmp_path / "embed.png"))


@pytest.mark.browser
def test_report_html_map_runs_in_its_iframe(world, tmp_path: Path) -> None:
    from browser import open_page

    units, ledger = world
    state = state_at(ledger, units, DATE)
    path = tmp_path / "report.html"
    path.write_text(rpt.report_html(state, units, ledger), encoding="utf-8")
    with open_page(path, width=1100, height=900) as (page, log):
        frame = page.frame_locator("iframe.mapper-map")
        # the srcdoc page loads after the report: wait for it on a busy machine
        frame.locator(".leaflet-container canvas").first.wait_for(timeout=15_000)
        inner = next(f for f in page.frames if f != page.main_frame)
        assert inner.evaluate("mapper.layers.filter(l => l._pxBounds).length") == 4
        assert frame.locator("#mapper-date").inner_text() == DATE
        assert page.locator("table.mapper-stats tr").count() == 7  # header + 6 statuses
        assert log.errors == [] and log.external == []


def test_stale_dispute_is_shown_as_unknown_everywhere(world) -> None:
    units, ledger = world
    # s2's dispute is 1 day old on the 10th: stale with a 0-day limit
    state = state_at(ledger, units, DATE, max_age=0)
    assert state.at["S/s2", "status"] == "unknown" and state.at["S/s2", "disputed"]
    svg = figure_bytes(plot_state(state, units, ledger), fmt="svg").decode()
    assert "Sorkh, South" not in svg
    md = rpt.report_markdown(state, units, ledger, map_image=None)
    assert (
        "- **Sorkh**, South (2021-07-09) (older than the staleness limit: shown as unknown):" in md
    )
    assert "| Disputed (conflicting claims) | 0 | 0.0% | 0 | 0.0% |" in md


def test_timeline_and_compare_pages_carry_the_method_section(world) -> None:
    from mapper.render_timeline import build_compare_page, build_timeline_page
    from mapper.timeline import build_timeline

    units, ledger = world
    tl = build_timeline(ledger, units, ["2021-07-01", DATE])
    page = build_timeline_page(tl, units, ledger)
    assert page.count("<details class='mapper-method' id='mapper-method'>") == 1
    assert "5 dated on or before 2021-07-10 were used, 1 later one(s) ignored" in page
    cmp = build_compare_page(ledger, units, "2021-07-01", DATE)
    assert cmp.count("<details class='mapper-method mapper-method-inline'") == 1


def test_caveats_are_shown_next_to_the_numbers(world, tmp_path: Path) -> None:
    """A staleness limit and skipped rows are stated on every output, not only in the method."""
    from mapper.render_timeline import build_timeline_page
    from mapper.timeline import build_timeline

    units, good = world
    path = Path(good.file)
    path.write_text(
        path.read_text(encoding="utf-8") + "2021-07-05,North,Nolan,bogus,,Outlet F,,,\n",
        encoding="utf-8",
    )
    ledger = read_claims(
        path, units, today=__import__("datetime").date(2021, 12, 31), skip_invalid=True
    )
    assert ledger.skipped_rows == [8]
    state = state_at(ledger, units, DATE, max_age=5)  # n1, n2, s1 older than 5 days
    stale = (
        "Staleness limit 5 days: 3 district(s) whose last claim is older are counted as no claim."
    )
    skipped = "1 invalid ledger row(s) skipped (--skip-invalid): rows 8."
    html = build_map(state, units, ledger)
    start = html.index('id="mapper-panel"')
    panel = html[start : html.index("</div>\n", html.index("mapper-small", start))]
    assert stale in panel and skipped in panel
    svg = figure_bytes(plot_state(state, units, ledger), fmt="svg").decode()
    assert stale in svg and skipped in svg
    md = rpt.report_markdown(state, units, ledger, map_image=None)
    assert f"> **Note:** {stale}" in md and f"> **Note:** {skipped}" in md
    rhtml = rpt.report_html(state, units, ledger)
    head = rhtml[: rhtml.index("<iframe")]
    assert stale in head and skipped in head
    assert "1 invalid row(s) were skipped (--skip-invalid): rows 8." in method_html(
        method_record(state, units, ledger)
    )
    tl = build_timeline(ledger, units, ["2021-07-05", DATE], max_age=5)
    assert "1 invalid ledger row(s) skipped" in build_timeline_page(tl, units, ledger)
    # without a limit and without skipped rows, no caveat is printed
    clean = build_map(state_at(good, units, DATE), units, good)
    assert "mapper-caveat" not in clean.replace(".mapper-caveat", "")


def test_report_checks_read_a_relative_date_as_check_does(world) -> None:
    """ "three weeks ago" is read from the report's date, and the state checked is the one
    on that day, as ``mapper check --date`` does (the report's checker gave no verdict)."""
    ago, now = _checked(
        world,
        [
            "The Taliban held at least 10% of the country three weeks ago",
            "The Taliban held at least 10% of the country",
        ],
        DATE,
    )
    # the ledger's first claims are dated 2021-07-01: on 2021-06-19 nothing is on record
    # (undetermined); Nolan (10 of 100 km²) is the Taliban's from 2021-07-01
    assert (ago["verdict"], ago["date"]) == ("undetermined", "2021-06-19")
    assert (now["verdict"], now["date"]) == ("supported", DATE)
