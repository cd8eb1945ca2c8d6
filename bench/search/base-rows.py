#!/usr/bin/env python3
"""Writes base.tsv: one row per Contracts Finder release with a tender title (the real titles, descriptions,
buyers, CPV codes and values), the material seed.sql multiplies into 100,000 notices.

Usage: python3 base-rows.py ../../opportunities-service/src/main/resources/seed/contracts-finder-releases.jsonl \
         ../../opportunities-service/src/main/resources/cpv/cpv-2008.csv > base.tsv
"""
import csv
import json
import sys

releases, cpv_csv = sys.argv[1], sys.argv[2]
full = {row["code"][:8]: row["code"] for row in csv.DictReader(open(cpv_csv, encoding="utf-8"))}


def clean(text):
    return " ".join((text or "").replace("\t", " ").replace("\\", " ").split())


def prefixes(codes):
    out = []
    for code in codes:
        level = code[:8]
        while len(level) > 2 and level.endswith("0"):
            level = level[:-1]
        for n in range(2, len(level) + 1):
            if level[:n] not in out:
                out.append(level[:n])
    return out


seen = set()
for line in open(releases, encoding="utf-8"):
    r = json.loads(line)
    t = r.get("tender", {})
    title = clean(t.get("title"))
    if not title or r["ocid"] in seen:
        continue
    seen.add(r["ocid"])
    digits = (t.get("classification") or {}).get("id", "")[:8]
    codes = [full[digits]] if digits in full else []
    value = (t.get("value") or {}).get("amount")
    pence = str(int(round(float(value) * 100))) if value is not None else "\\N"
    print("\t".join([title, clean(t.get("description")) or title, clean(r.get("buyer", {}).get("name")) or "Unknown",
                     "{" + ",".join(codes) + "}", "{" + ",".join(prefixes(codes)) + "}", pence]))
