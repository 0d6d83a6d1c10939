"""Whether the timeline parser runs compiled (see ``scripts/native.py``)."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "native.py"


@cache
def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("afterview_native_build", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def native_status() -> str:
    """"current", "stale" or "absent" for the compiled timeline modules."""
    status: str = _script().status()
    return status
