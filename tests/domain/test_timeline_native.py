"""The compiled timeline parser (scripts/native.py) reads every message as the plain one does.

``scripts/setup`` compiles ``afterview.domain.timeline`` with mypyc where a C compiler is
available, and falls back to plain Python where not. The two must agree on everything a
caller sees: deadline, vague, kind, matched text, reading, explanation and span.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import afterview.domain.timeline.tokens as tokens_module
from afterview import parse_timeline
from tests.native import native_status
from tests.paths import DATA, ROOT

COMPILED = Path(tokens_module.__file__ or "").suffix in {".so", ".pyd"}

# Run by a plain-Python copy of the package; prints one JSON line per message.
READER = """
import json, sys
from datetime import date
import afterview.domain.timeline as timeline
from afterview.domain.timeline import parse_timeline
assert timeline.__file__.endswith(".py"), timeline.__file__
for line in sys.stdin:
    text, said_on, country = json.loads(line)
    result = parse_timeline(text, said_on=date.fromisoformat(said_on), country=country)
    print(json.dumps([result.to_dict(), result.span]))
"""


def _messages() -> list[tuple[str, str, str]]:
    found = []
    probes = sorted((ROOT / "tests" / "data").glob("timeline-probe*.tsv"))
    paths = [DATA / "timeline-dev.tsv", *(p for p in probes if ".meta" not in p.name),
             *sorted((ROOT / "tests" / "data").glob("timeline-real*.tsv"))]
    for path in paths:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                found.append((row["text"], row["said_on"], row["country"]))
    # Messages stitched from the sets' own words, and character soup, exercise the odd paths.
    rng = random.Random(3)
    words = " ".join(text for text, _, _ in found).split()
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        found.append((text.upper() if rng.random() < 0.1 else text,
                      rng.choice(["2026-03-04", "2025-12-22", "2027-02-26"]),
                      rng.choice(["US", "GB"])))
    for _ in range(1000):
        text = "".join(rng.choice("0123456789/-.,: thndrsaq\n\u2013\u2019'\"FMTW")
                       for _ in range(rng.randint(0, 40)))
        found.append((text, "2026-03-04", rng.choice(["US", "GB"])))
    return found


def test_compiled_modules_are_current() -> None:
    assert native_status() != "stale"


@pytest.mark.skipif(os.environ.get("CI") != "true", reason="only CI insists on the compiled build")
def test_ci_runs_the_compiled_parser() -> None:
    assert COMPILED, "scripts/setup did not compile the timeline parser (see scripts/native.py)"


@pytest.mark.skipif(not COMPILED, reason="the timeline parser runs as plain Python here")
def test_compiled_and_plain_python_agree(tmp_path: Path) -> None:
    plain = tmp_path / "src"
    shutil.copytree(ROOT / "src", plain, ignore=shutil.ignore_patterns("*.so", "*.pyd"))
    messages = _messages()
    env = {**os.environ, "PYTHONPATH": str(plain)}
    run = subprocess.run(
        [sys.executable, "-c", READER], input="\n".join(json.dumps(m) for m in messages),
        capture_output=True, text=True, env=env, check=False, timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.splitlines()
    assert len(lines) == len(messages)
    differ = []
    for (text, said_on, country), line in zip(messages, lines, strict=True):
        result = parse_timeline(text, said_on=date.fromisoformat(said_on), country=country)
        ours = json.loads(json.dumps([result.to_dict(), result.span]))
        if ours != json.loads(line):
            differ.append((text, said_on, country, ours, line))
    assert not differ, differ[:5]
