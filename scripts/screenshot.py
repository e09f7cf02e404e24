"""The README's picture of the HTML view: the seed article's page, drawn by headless Chromium.

Usage: scripts/screenshot.py [OUT.png] — run it after a change to what the view shows, so the picture
stays the real output (`make run` installs factx; Chromium is Debian's `chromium` package).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed-airstrike.txt"
SIZE = "1200,900"


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "html-view.png"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("screenshot: headless Chromium not found (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "seed.html"
        subprocess.run([sys.executable, "-m", "factx", "extract", str(SEED.relative_to(ROOT)), "-o", str(page)], check=True, cwd=ROOT)
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--disable-background-networking", "--no-first-run", f"--user-data-dir={tmp}/profile",
                        f"--window-size={SIZE}", f"--screenshot={out.resolve()}", page.as_uri()],
                       check=True, capture_output=True, timeout=120, env={**os.environ, "LANG": "C.UTF-8"})
    print(f"screenshot: {out}")


if __name__ == "__main__":
    main()
