"""Compile the timeline parser with mypyc, once per change of its sources.

The parser (``src/afterview/domain/timeline/``) is plain, strictly typed Python. mypyc turns
those same modules into a C extension about twice as fast; the compiled modules sit beside
the sources (ignored by git) and Python loads them in preference to the ``.py`` files.
Where no C compiler or Python headers are available, nothing is compiled and the parser
runs as plain Python, with identical results (a test compares the two).

A fingerprint of the sources, this script and the Python and mypy versions is stored next
to the compiled modules, so ``scripts/setup`` rebuilds only after a change, and the tests
refuse to run against modules compiled from older sources.

    .venv/bin/python scripts/native.py           # build if the sources changed
    .venv/bin/python scripts/native.py --check   # exit 1 if compiled modules are stale
    .venv/bin/python scripts/native.py --clean   # remove them (plain Python from then on)
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PACKAGE = SRC / "afterview" / "domain" / "timeline"
GROUP = "afterview.domain._timeline"  # the shared library sits beside the package
STAMP = PACKAGE / ".native-fingerprint"
BUILD = ROOT / "build" / "native"


def sources() -> list[Path]:
    return sorted(PACKAGE.glob("*.py"))


def compiled() -> list[Path]:
    """The compiled modules present now (the package's and the shared library)."""
    return sorted([*PACKAGE.glob("*.so"), *PACKAGE.parent.glob("_timeline__mypyc*.so"),
                   *PACKAGE.glob("*.pyd"), *PACKAGE.parent.glob("_timeline__mypyc*.pyd")])


def fingerprint() -> str:
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    try:
        from mypy.version import __version__ as mypy_version
    except ImportError:
        mypy_version = "none"
    digest.update(mypy_version.encode())
    for path in [Path(__file__).resolve(), *sources()]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def status() -> str:
    """"current", "stale" or "absent" for the compiled modules."""
    if not compiled():
        return "absent"
    try:
        stored = STAMP.read_text(encoding="utf-8").strip()
    except OSError:
        return "stale"
    expected = len(sources()) + 1  # one module per source, and the shared library
    return "current" if stored == fingerprint() and len(compiled()) == expected else "stale"


def clean() -> None:
    for path in compiled():
        path.unlink()
    STAMP.unlink(missing_ok=True)


def build() -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    here = Path.cwd()
    os.chdir(ROOT)  # mypy reads the project's configuration from pyproject.toml
    try:
        modules = mypycify(
            [str(path.relative_to(ROOT)) for path in sources()],
            group_name=GROUP,
            target_dir=str(BUILD / "c"),
        )
        setup(
            name="afterview-timeline-native",
            package_dir={"": "src"},
            ext_modules=modules,
            script_args=["-q", "build_ext", "--inplace", "--build-temp", str(BUILD / "temp"),
                         "--build-lib", str(BUILD / "lib")],
        )
    finally:
        os.chdir(here)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if compiled modules are stale")
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args()
    if args.clean:
        clean()
        return 0
    state = status()
    if args.check:
        print(f"timeline parser: compiled modules {state}")
        return 1 if state == "stale" else 0
    if state == "current":
        return 0
    clean()
    print("Compiling the timeline parser with mypyc (about half a minute) ...")
    log = io.StringIO()
    try:
        with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
            build()
        if len(compiled()) != len(sources()) + 1:
            raise RuntimeError("the build produced no modules")
    except (Exception, SystemExit) as exc:  # no compiler, no headers, no mypy: plain Python
        clean()
        tail = "\n".join(log.getvalue().strip().splitlines()[-5:])
        print(f"The timeline parser could not be compiled ({exc or 'build failed'}); it will "
              f"run as plain Python, same results at about half the speed.\n{tail}",
              file=sys.stderr)
        return 0
    STAMP.write_text(fingerprint() + "\n", encoding="utf-8")
    shutil.rmtree(BUILD / "temp", ignore_errors=True)
    print(f"Compiled {len(sources())} modules.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
