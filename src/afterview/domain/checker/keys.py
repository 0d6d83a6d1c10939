"""Keyword prefilters: which sentences contain which keys, found in one scan per sentence.

Detectors skip sentences that cannot match a pattern by asking whether a sentence contains
one of a few plain substrings ("wait", "no ", "n't"). Testing every key against every
draft one at a time cost a few hundred substring searches per draft. Instead each
``Keys`` set is registered here when its module is imported, all keys are compiled into
one trie-shaped regex, and a sentence is scanned once: at each offset the regex reports
the longest registered key that starts there. A key occurs in the sentence exactly when
it is a prefix of one of those longest keys, so each ``Keys`` set is expanded once into
the registered keys that start with one of its keys, and a sentence passes when it holds
one of them. The answer is exactly ``any(key in sentence for key in keys)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, TypeAlias

_Trie: TypeAlias = dict[str, "_Trie"]

_REGISTRY: Final[list[str]] = []
"""Every registered key, once, in registration order."""
_REGISTERED: Final[set[str]] = set()
# Branches are tried in this order; any order gives the same result (the characters at a
# branch differ), but trying common characters first makes the scan faster.
_COMMON_FIRST = " etaoinshrdlcumwfgypbvk'!jxqz"


class Keys:
    """A fixed set of substrings; a sentence passes if it contains any one of them."""

    __slots__ = ("_expanded", "keys", "version")

    def __init__(self, *keys: str) -> None:
        if not keys or any(not k for k in keys):
            raise ValueError("keys must be non-empty strings")
        self.keys: tuple[str, ...] = keys
        for key in keys:
            if key not in _REGISTERED:
                _REGISTERED.add(key)
                _REGISTRY.append(key)
        self.version: int = len(_REGISTRY)
        """Registry size once this set was added: a scanner at least this big knows it."""
        self._expanded: dict[int, frozenset[str]] = {}

    def in_text(self, text: str) -> bool:
        """Whether ``text`` contains one of the keys (a direct search)."""
        return any(k in text for k in self.keys)

    def expanded(self, scan: Scanner) -> frozenset[str]:
        """The keys of ``scan`` that start with one of these keys."""
        found = self._expanded.get(scan.size)
        if found is None:
            found = frozenset(k for k in scan.keys if k.startswith(self.keys))
            self._expanded[scan.size] = found
        return found


@dataclass(frozen=True, slots=True)
class Scanner:
    """The compiled scan for the first ``size`` registered keys."""

    size: int
    keys: tuple[str, ...]
    pattern: re.Pattern[str]

    def longest(self, text: str) -> frozenset[str]:
        """At every offset of ``text``, the longest key that starts there."""
        return frozenset(self.pattern.findall(text))


def scanner() -> Scanner:
    """The scanner for every key registered so far (rebuilt only when keys were added)."""
    return _scanner(len(_REGISTRY))


@lru_cache(maxsize=4)
def _scanner(size: int) -> Scanner:
    keys = tuple(_REGISTRY[:size])
    trie: _Trie = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}
    body = _alternatives(trie) if keys else "(?!)"
    # A look-ahead, so overlapping keys are all seen; the greedy trie takes the longest.
    return Scanner(size, keys, re.compile(f"(?=({body}))"))


def _order(char: str) -> int:
    at = _COMMON_FIRST.find(char)
    return at if at >= 0 else len(_COMMON_FIRST) + ord(char)


def _alternatives(node: _Trie) -> str:
    """The regex for the keys below ``node``: a longer key is tried before its prefix."""
    branches = [
        re.escape(c) + _alternatives(node[c]) for c in sorted(node, key=_order) if c
    ]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:  # a key ends here: longer keys are tried first, then this one
        return f"(?:{group})?"
    return group


def boundary_first(pattern: str) -> str:
    r"""``pattern`` with a run of top-level ``\b...`` alternatives written ``\b(?:...|...)``.

    The same regex (alternatives keep their order), but the word boundary is tested once
    per offset instead of once per alternative, which makes long alternations much faster.
    """
    alternatives: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(pattern[start:i])
            start = i + 1
        i += 1
    alternatives.append(pattern[start:])
    out: list[str] = []
    run: list[str] = []
    for alternative in [*alternatives, ""]:
        if alternative.startswith(r"\b") and alternative:
            run.append(alternative[2:])
            continue
        if run:
            out.append(rf"\b(?:{'|'.join(run)})" if len(run) > 1 else rf"\b{run[0]}")
            run = []
        out.append(alternative)
    return "|".join(out[:-1])
