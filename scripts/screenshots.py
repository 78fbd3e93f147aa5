"""Re-render the README screenshots: the example map on a laptop and on a phone.

    MAPPER_MIRROR=/path/to/boundaries .venv/bin/python scripts/screenshots.py [--date D]

Writes ``docs/map-<D>.png`` (1280 x 800) and ``docs/map-<D>-phone.png`` (390 x 844, the
panel folded to its strip) with headless Chromium (``/usr/bin/chromium`` or $CHROMIUM),
offline: every request other than the page itself is refused. Look at them before committing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"": (1280, 800), "-phone": (390, 844)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--date", default="2021-08-16")
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    args = ap.parse_args()
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "map.html"
        mapper = Path(sys.executable).with_name("mapper")
        cmd = [str(mapper), "render", str(ROOT / "examples" / "afghanistan-2021.csv")]
        subprocess.run([*cmd, "--date", args.date, "-o", str(page_path)], check=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            for suffix, (w, h) in SIZES.items():
                ctx = browser.new_context(viewport={"width": w, "height": h})
                ctx.route(
                    "**/*",
                    lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort(),
                )
                page = ctx.new_page()
                page.goto(page_path.as_uri())
                page.wait_for_timeout(800)
                out = args.out / f"map-{args.date}{suffix}.png"
                page.screenshot(path=str(out))
                print(f"wrote {out} ({w} x {h})")
                ctx.close()
            browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
