"""Write lexicon/en/date_rule_starts.json: where each date rule can begin, read off its pattern.

Run after changing date_rules.toml or the grammar (tests/test_date_rules.py fails until you do);
factx reads the file at start-up instead of parsing every pattern a second time.
"""

from __future__ import annotations

import json

from factx.extractors.dates.rules import STARTS_FILE, patterns_key, read_starts


def main() -> None:
    STARTS_FILE.write_text(json.dumps({"key": patterns_key(), "starts": read_starts()}, indent=1, sort_keys=True)
                           + "\n", encoding="utf-8")
    print(f"date_starts: {STARTS_FILE}")


if __name__ == "__main__":
    main()
