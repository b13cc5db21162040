#!/usr/bin/env python3
"""Writes random answer sheets for POST /api/v1/assessments/preview, one JSON body per line.

Reads the product's own rule files (src/main/resources/criteria/<version>/set-NN.yaml), so the sheets use
real criterion and option codes of all 26 sets: each criterion is answered with probability 40-100 %, one case
at most per alternative heading. Usage: bench/preview-bodies.py COUNT > target/bench/preview-bodies.jsonl
"""
import glob
import json
import random
import sys

import yaml

count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
random.seed(148)
sets = []
for path in sorted(glob.glob("src/main/resources/criteria/*/set-*.yaml")):
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    code = f"{data['criteria-version']}-{data['product-set']}"
    headings = []
    for part in data["parts"]:
        for heading in part["headings"]:
            hcode = f"{part['part']}.{heading['heading']}"
            if "options" in heading:
                headings.append((False, [(hcode, len(heading["options"]))]))
            else:
                headings.append((heading.get("alternative", False),
                                 [(f"{hcode}.{c['criterion']}", len(c["options"])) for c in heading["criteria"]]))
    sets.append((code, headings))

for _ in range(count):
    code, headings = random.choice(sets)
    fill = random.uniform(0.4, 1.0)
    answers = {}
    for alternative, criteria in headings:
        chosen = [random.choice(criteria)] if alternative else criteria
        for criterion, options in chosen:
            if random.random() < fill:
                answers[criterion] = f"{criterion}.{random.randint(1, options)}"
    print(json.dumps({"criteriaSet": code, "answers": answers}, ensure_ascii=False, separators=(",", ":")))
