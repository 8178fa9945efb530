#!/usr/bin/env python3
"""Page recall and precision@10 of `policylens-cli search` on the labelled real-document queries.

usage (from the repository root, after building and importing the documents the labels name):
  rm -f /tmp/real.lib* && build/app/cli/policylens-cli --library /tmp/real.lib import \\
      ../shared/corpus/real/ko/*.pdf ../shared/corpus/twins/pdf/*.pdf
  python3 scripts/score-real-queries.py --cli 'build/app/cli/policylens-cli --library /tmp/real.lib' \\
      --queries tests/data/queries-real.json --corpus ../shared/corpus [--limit 50] [--misses] [--kind alias]

For every query the script runs `CLI search QUERY --limit N --json` and reads its hits (`path`, `page`, `text`,
`snippet`, `passages[].text`, `partial`). A hit belongs to a labelled file when its resolved path is that file
(`--corpus` joined with the relative path), ends with the relative path, or has the same base name.

- recall: share of the labelled (file, page) pairs that at least one hit lands on.
- precision@10: share of the first min(10, #hits) full hits (hits marked `partial` with `missing` words are
  suggestions that say which words they lack; they count only when there is no full hit) that are on topic: on a labelled page of their file, or
  whose text (text, snippet and passage texts) contains one of the query's `accept` spellings (with
  `"match": "all"`, as for partial queries: every one of them). A query with no hits scores 0.
Summary figures are means over queries (macro); the micro recall over all labelled pages is printed too.

Text is compared normalised: NFC, case-folded, the middle-dot variants (· ㆍ ᆞ ․ ‧ ・ ⋅ ∙ ･) unified, commas
between digits removed, all whitespace removed. A spelling that holds Latin letters is matched with optional
space, hyphen or underscore between its characters and must not sit inside a longer Latin word (`rag` does not
match `storage`; list plural forms explicitly); a spelling that starts or ends with a digit must not continue a
longer number (`10억원` does not match `110억원`). The labels in the queries file were made with the same rules
from `pdftotext -layout` of each page. Exit code 0.
"""
import argparse
import json
import re
import shlex
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

_DOTS = re.compile("[\u00b7\u318d\u119e\u2024\u2027\u30fb\u22c5\u2219\uff65]")
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")
_WS = re.compile(r"\s+")
_TAG = re.compile(r"</?b>")
_ENTITIES = {"&lt;": "<", "&gt;": ">", "&quot;": '"', "&amp;": "&"}


def _base(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    text = _DOTS.sub("\u00b7", text)
    return _DIGIT_COMMA.sub("", text)


def squash(text: str) -> str:
    """The normalised form: no whitespace at all."""
    return _WS.sub("", _base(text))


def spaced(text: str) -> str:
    """Normalised, but runs of whitespace kept as one space (to see where Latin words end)."""
    return _WS.sub(" ", _base(text))


_PATTERNS = {}


def _pattern(term: str):
    if term in _PATTERNS:
        return _PATTERNS[term]
    t = squash(term)
    if re.search("[a-z]", t):
        core = re.sub(r"[-_]", "", t)
        body = r"[\s\-_]?".join(re.escape(c) for c in core)
        left = r"(?<![a-z0-9])" if re.match("[a-z0-9]", core) else ""
        if re.search("[a-z]$", core):
            right = r"(?![a-z])"
        elif re.search(r"\d$", core):
            right = r"(?!\d|\.\d)"
        else:
            right = ""
        result = ("spaced", re.compile(left + body + right))
    else:
        left = r"(?<![\d.])" if re.match(r"\d", t) else ""
        right = r"(?!\d)" if re.search(r"\d$", t) else ""
        result = ("squash", re.compile(left + re.escape(t) + right))
    _PATTERNS[term] = result
    return result


def contains(text: str, term: str, _cache={}) -> bool:
    """Whether text holds term under the normalisation above."""
    kind, rx = _pattern(term)
    key = (id(text), kind)
    if _cache.get("text") is not text:
        _cache.clear()
        _cache["text"] = text
    if key not in _cache:
        _cache[key] = spaced(text) if kind == "spaced" else squash(text)
    return bool(rx.search(_cache[key]))


def hit_text(hit: dict) -> str:
    parts = [hit.get("text") or ""]
    snippet = hit.get("snippet") or ""
    if snippet:
        snippet = _TAG.sub("", snippet)
        for k, v in _ENTITIES.items():
            snippet = snippet.replace(k, v)
        parts.append(snippet)
    for p in hit.get("passages") or []:
        if isinstance(p, dict) and p.get("text"):
            parts.append(p["text"])
    return "\n".join(parts)


def on_topic_text(text: str, query: dict) -> bool:
    accept = query.get("accept") or [w for w in query["query"].split() if w]
    if query.get("match") == "all" or query.get("kind") == "partial":
        return all(contains(text, a) for a in accept)
    return any(contains(text, a) for a in accept)


class FileMap:
    """Maps a hit's path to a labelled file's relative path (or None)."""

    def __init__(self, corpus: Path, rels):
        self.by_abs = {}
        self.rels = sorted(set(rels))
        names = defaultdict(list)
        for rel in self.rels:
            self.by_abs[str((corpus / rel).resolve())] = rel
            names[Path(rel).name].append(rel)
        self.by_name = {n: r[0] for n, r in names.items() if len(r) == 1}
        self.cache = {}

    def __call__(self, path):
        if not path:
            return None
        if path in self.cache:
            return self.cache[path]
        p = Path(path)
        try:
            resolved = str(p.resolve())
        except OSError:
            resolved = str(p)
        rel = self.by_abs.get(resolved)
        if rel is None:
            norm = path.replace("\\", "/")
            for r in self.rels:
                if norm.endswith("/" + r) or resolved.endswith("/" + r):
                    rel = r
                    break
        if rel is None:
            rel = self.by_name.get(p.name)
        self.cache[path] = rel
        return rel


def run_search(cli, query: str, limit: int, timeout: float):
    cmd = cli + ["search", query, "--limit", str(limit), "--json"]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as e:
        return [], f"{type(e).__name__}: {e}"
    out = proc.stdout.decode("utf-8", "replace")
    start = out.find("{")
    if start < 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return [], f"exit {proc.returncode}, no JSON" + (f": {err[-1]}" if err else "")
    try:
        data = json.loads(out[start:])
    except json.JSONDecodeError as e:
        return [], f"exit {proc.returncode}, bad JSON: {e}"
    hits = data.get("hits") or []
    error = data.get("error")
    return [h for h in hits if isinstance(h, dict)], (f"exit {proc.returncode}: {error}" if error else None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", required=True, help="the CLI command with its options, e.g. "
                    "'build/app/cli/policylens-cli --library LIB'")
    ap.add_argument("--queries", required=True, help="labelled queries (JSON list)")
    ap.add_argument("--corpus", required=True, help="folder the labelled paths are relative to")
    ap.add_argument("--limit", type=int, default=50, help="--limit passed to search (default 50)")
    ap.add_argument("--misses", action="store_true", help="list the labelled pages no hit landed on")
    ap.add_argument("--kind", action="append", help="only queries of this kind (repeatable)")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per search (default 300)")
    args = ap.parse_args()

    with open(args.queries, encoding="utf-8") as f:
        queries = json.load(f)
    if args.kind:
        queries = [q for q in queries if q.get("kind") in set(args.kind)]
    cli = shlex.split(args.cli)
    corpus = Path(args.corpus)
    filemap = FileMap(corpus, [rel for q in queries for rel in q.get("files", {})])

    rows = []
    total_labelled = total_found = 0
    for q in queries:
        labelled = {(rel, int(p)) for rel, pages in q.get("files", {}).items() for p in pages}
        hits, error = run_search(cli, q["query"], args.limit, args.timeout)
        found = set()
        # Hits marked partial are the search's suggestions below the full hits, each saying which words it
        # lacks: precision is judged on the full hits (on all hits when there are none).
        full = [h for h in hits if not h.get("partial") or not h.get("missing")] or hits
        top = full[:10]
        top_ids = {id(h) for h in top}
        good = 0
        for h in hits:
            rel = filemap(h.get("path"))
            try:
                page = int(h.get("page"))
            except (TypeError, ValueError):
                page = None
            pair = (rel, page)
            if pair in labelled:
                found.add(pair)
            if id(h) in top_ids and (pair in labelled or on_topic_text(hit_text(h), q)):
                good += 1
        recall = len(found) / len(labelled) if labelled else 0.0
        precision = good / len(top) if top else 0.0
        n_partial = sum(1 for h in hits if h.get("partial"))
        total_labelled += len(labelled)
        total_found += len(found)
        rows.append((q, recall, precision))
        line = (f"{q.get('kind', '?'):14} {q['query']:<30} recall {len(found):3}/{len(labelled):<3} {recall:5.2f}"
                f"  p@10 {good:2}/{len(top):<2} {precision:5.2f}  hits {len(hits)}")
        if n_partial:
            line += f" ({n_partial} partial)"
        if error:
            line += f"  [{error}]"
        print(line)
        if args.misses:
            for rel, page in sorted(labelled - found):
                print(f"    missed {rel} p.{page}")

    if not rows:
        print("recall 0.000 precision@10 0.000 over 0 queries")
        return 0
    by_kind = defaultdict(list)
    for q, r, p in rows:
        by_kind[q.get("kind", "?")].append((r, p))
    print()
    for kind in sorted(by_kind):
        rs = by_kind[kind]
        print(f"{kind:14} recall {sum(r for r, _ in rs) / len(rs):.3f} precision@10 "
              f"{sum(p for _, p in rs) / len(rs):.3f} over {len(rs)} queries")
    print(f"micro recall {total_found}/{total_labelled} = {total_found / max(total_labelled, 1):.3f}")
    mean_r = sum(r for _, r, _ in rows) / len(rows)
    mean_p = sum(p for _, _, p in rows) / len(rows)
    print(f"recall {mean_r:.3f} precision@10 {mean_p:.3f} over {len(rows)} queries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
