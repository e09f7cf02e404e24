"""Write lexicon/en/date_rule_starts.json: where each date rule can begin, read off its pattern.

Run after changing date_rules.toml or the grammar (tests/test_date_rules.py fails until you do);
factx reads the file at start-up instead of parsing every pattern a second time.
"""

from __future__ import annotations

import json

from factx.extractors.dates.rules import STARTS_FILE, patterns_key, read_starts


def main() -> None:
    starts = read_starts()
    rows = ",\n".join(f"  {json.dumps(name)}: {json.dumps(words)}" for name, words in sorted(starts.items()))
    STARTS_FILE.write_text(f'{{"key": {json.dumps(patterns_key())},\n "starts": {{\n{rows}\n }}\n}}\n',
                           encoding="utf-8")
    print(f"date_starts: {STARTS_FILE}")


if __name__ == "__main__":
    main()
