"""The functional core stays pure: domain/ imports no I/O, web, CLI or database code."""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

from tests.paths import ROOT

DOMAIN = ROOT / "src" / "afterview" / "domain"
FORBIDDEN = {
    "sqlalchemy", "alembic", "typer", "click", "rich", "starlette", "fastapi", "uvicorn",
    "httpx", "requests", "smtplib", "imaplib", "socket", "sqlite3", "subprocess", "psycopg",
    "platformdirs", "afterview.store", "afterview.cli", "afterview.web",
    "afterview.integrations",
}
CLOCK_CALLS = {"now", "today", "utcnow", "time"}


def _imports(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_domain_imports_nothing_impure() -> None:
    offenders = []
    for path in DOMAIN.rglob("*.py"):
        for name in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_domain_never_reads_the_clock() -> None:
    offenders = []
    for path in DOMAIN.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in CLOCK_CALLS
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id in {"date", "datetime", "time"}):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_import_linter_contract_holds() -> None:
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "lint-imports")], cwd=ROOT, capture_output=True,
        text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# a path that climbs out of the repository to a folder beside it (the development sets
# once lived there), written as a pattern so this file does not name one itself
_SIBLING = "sh" + "ared"
_OUTSIDE = re.compile(rf"ROOT\.parent\b|\.\./{_SIBLING}\b|[\"']{_SIBLING}[\"']\s*/")


def test_tests_and_benchmarks_read_nothing_outside_the_repository() -> None:
    """A clone with nothing beside it runs its own tests: no path reaches past ROOT."""
    offenders = []
    for folder in ("tests", "bench", "scripts"):
        for path in (ROOT / folder).rglob("*.py"):
            if path == Path(__file__).resolve():
                continue
            text = path.read_text(encoding="utf-8")
            offenders += [f"{path.relative_to(ROOT)}: {hit.group()}"
                          for hit in _OUTSIDE.finditer(text)]
    assert offenders == []
