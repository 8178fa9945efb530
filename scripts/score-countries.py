#!/usr/bin/env python3
"""Per-section coverage of PolicyLens country tags against a labelled countries file.

usage:
  cd build && rm -f /tmp/c.lib* && \\
  ./app/cli/policylens-cli --library /tmp/c.lib extract /work/shared/corpus/seeds/003-ai-industry-trends-2024.pdf \\
      --json --passages > /tmp/c-003.json
  python3 ../scripts/score-countries.py /tmp/c-003.json \\
      --gold /work/shared/gold-dev/003.countries.json --source /work/shared/corpus/seeds/source/003.txt [--misses]

The extract JSON must carry "passages" (`--passages`): each passage's text and the country it was tagged with.
Each passage is placed on a source line by text matching (letters and digits only, searched just ahead of the
previous passage's line, else anywhere for longer texts); a passage that cannot be placed (fewer than 8 letters
and digits, or text the source does not hold) is left out and counted as "unplaced". For every labelled section (or, where a section lists subsections, for every subsection) the script
prints how many of the passages placed inside it carry the section's country. Exit code 0 when every section reaches
--min (default 0.95).
"""
import argparse
import bisect
import json
import os
import sys

sys.path.insert(0, "/work/shared/tools")
try:
    from textnorm import squash, strip_markup
except ImportError:  # the shared tools are not mounted: a local equivalent
    import unicodedata

    def strip_markup(text):
        return text

    def squash(text):
        text = unicodedata.normalize("NFC", text).casefold()
        return "".join(ch for ch in text if ch.isalnum())


def source_index(path):
    """The squashed source as one string, with the 1-based line number where each line starts."""
    starts, lines, parts, pos = [], [], [], 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            s = squash(strip_markup(line))
            if not s:
                continue
            starts.append(pos)
            lines.append(number)
            parts.append(s)
            pos += len(s)
    return "".join(parts), starts, lines


def place(passages, text, starts, lines):
    """Source line of each passage (or None). Passages come in document order, so each is looked for just ahead
    of the previous one first; short texts (headings repeated in every section) only there."""
    out, cursor = [], 0
    for p in passages:
        s = squash(p.get("text", ""))
        if len(s) < 8:  # "주요 내용", "2020": printed in every section, cannot be placed
            out.append(None)
            continue
        found = -1
        for probe in (s[:40], s[:20], s[-20:], s[:12]):
            if len(probe) < 4:
                continue
            near = text.find(probe, max(0, cursor - 3000), cursor + 30000)
            if near >= 0:
                found = near
            elif len(probe) >= 20:
                found = text.find(probe)
            if found >= 0:
                if probe is s[-20:]:
                    found = max(0, found - (len(s) - 20))
                break
        if found < 0:
            out.append(None)
            continue
        if len(s) >= 20 or abs(found - cursor) < 30000:
            cursor = found
        out.append(lines[bisect.bisect_right(starts, found) - 1])
    return out


def sections(gold):
    for sec in gold:
        subs = sec.get("subsections")
        if subs:
            for sub in subs:
                yield sub["country"], sub["start_line"], sub["end_line"], sub.get("heading", "")
        else:
            yield sec["country"], sec["start_line"], sec["end_line"], sec.get("heading", "")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("app")
    ap.add_argument("--gold", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--min", type=float, default=0.95)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    app = json.load(open(args.app, encoding="utf-8"))
    passages = app.get("passages")
    if passages is None:
        sys.exit("the extract JSON has no 'passages': run 'policylens-cli extract DOC --json --passages'")
    # The country lists are the contract; the per-passage field only helps when listing misses.
    tag = {}
    for c in app.get("countries", []):
        for i in c["passages"]:
            tag[i] = c["country"]
    text, starts, lines = source_index(args.source)
    placed = place(passages, text, starts, lines)
    unplaced = sum(1 for x in placed if x is None)
    ok = True
    total_hit = total_n = 0
    for country, first, last, heading in sections(json.load(open(args.gold, encoding="utf-8"))):
        inside = [i for i, line in enumerate(placed) if line is not None and first <= line <= last]
        hit = [i for i in inside if tag.get(i) == country]
        cov = len(hit) / len(inside) if inside else 0.0
        ok &= cov >= args.min
        total_hit += len(hit)
        total_n += len(inside)
        print(json.dumps({"country": country, "lines": f"{first}-{last}", "passages": len(inside),
                          "tagged": len(hit), "coverage": round(cov, 4)}, ensure_ascii=False))
        if args.misses:
            for i in inside:
                if tag.get(i) != country:
                    print(f"    #{i} L{placed[i]} p.{passages[i].get('page')} [{tag.get(i, '')}] "
                          f"{passages[i].get('text', '')[:90]}")
    print(json.dumps({"all_sections": round(total_hit / total_n, 4) if total_n else 0.0, "passages": total_n,
                      "unplaced_passages": unplaced, "of": len(passages)}, ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
