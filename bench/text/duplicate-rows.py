#!/usr/bin/env python3
"""Text fidelity of a seed document with the source's duplicated table rows set aside.

Some source texts (003) print a table twice: once as HTML and again as tab-separated rows right below it,
while the PDF prints it once. Every word of the second copy counts as missed by score-text.py. This script
reports score-text's recall as is and with those repeated rows left out of the source, so the two can be
told apart. It does not replace score-text.py; bench/RESULTS.md gives both numbers.

usage: duplicate-rows.py SOURCE.txt EXTRACTED.txt
"""
import collections
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "tools"))
from textnorm import eojeols  # noqa: E402


def main() -> int:
    lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
    dup = collections.Counter()
    rows = 0
    for i, line in enumerate(lines):
        if "\t" not in line or "<" in line:
            continue
        before = " ".join(lines[max(0, i - 12):i])
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if "<table" in before and cells and all(c in before for c in cells):
            dup.update(eojeols(line))
            rows += 1
    src = collections.Counter(eojeols("\n".join(lines)))
    got = collections.Counter(eojeols(open(sys.argv[2], encoding="utf-8").read()))
    miss = src - got
    total, missed, repeated = sum(src.values()), sum(miss.values()), sum(dup.values())
    missed_wo = sum(max(0, c - dup[w]) for w, c in miss.items())
    print({"repeated_rows": rows, "repeated_words": repeated, "recall": round(1 - missed / total, 4),
           "recall_without_repeated_rows": round(1 - missed_wo / (total - repeated), 4)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
