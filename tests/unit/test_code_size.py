"""No function over 120 lines, no module over 600 lines in the plugin, the sandbox and the benchmarks.

A long function or module is where a reader loses the thread; the limits are CONTRIBUTING's. The allow-list names
what is still being split, each with its current size as a ceiling: it may shrink, never grow, and an entry that
fits the limits fails the test until it is removed from the list.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("fusion_platform_qgis", "sandbox", "bench")
MAX_FUNCTION_LINES = 120
MAX_MODULE_LINES = 600

# A module allowed past the limit while it is being split; the number is its size then, a ceiling. Empty: none.
ALLOWED_MODULES: dict[str, int] = {}
ALLOWED_FUNCTIONS: dict[str, int] = {}


def sizes() -> tuple[dict[str, int], dict[str, int]]:
    """(module path -> lines, "path::function" -> lines) for every Python file of PACKAGES."""
    modules: dict[str, int] = {}
    functions: dict[str, int] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            text = path.read_text(encoding="utf-8")
            modules[name] = len(text.splitlines())
            for node in ast.walk(ast.parse(text, filename=name)):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    key = f"{name}::{node.name}"
                    length = (node.end_lineno or node.lineno) - node.lineno + 1
                    functions[key] = max(functions.get(key, 0), length)
    return modules, functions


def over(found: dict[str, int], limit: int, allowed: dict[str, int]) -> list[str]:
    """What breaks the rule: over the limit and not allowed, over its allowed ceiling, or allowed but no longer long."""
    problems = []
    for name, lines in sorted(found.items()):
        ceiling = allowed.get(name)
        if ceiling is None and lines > limit:
            problems.append(f"{name}: {lines} lines (limit {limit})")
        elif ceiling is not None and lines > ceiling:
            problems.append(f"{name}: {lines} lines, grew past its allowed {ceiling}")
    for name in sorted(allowed):
        if found.get(name, 0) <= limit:
            problems.append(f"{name}: fits the limit now (or is gone); remove it from the allow-list")
    return problems


def test_no_module_over_600_lines():
    modules, _ = sizes()
    assert over(modules, MAX_MODULE_LINES, ALLOWED_MODULES) == []


def test_no_function_over_120_lines():
    _, functions = sizes()
    assert over(functions, MAX_FUNCTION_LINES, ALLOWED_FUNCTIONS) == []


def test_the_check_sees_a_long_function_and_a_long_module():
    modules = {"a.py": 601, "b.py": 600}
    functions = {"a.py::f": 121, "a.py::g": 120, "c.py::h": 200}
    assert over(modules, 600, {}) == ["a.py: 601 lines (limit 600)"]
    assert over(functions, 120, {"c.py::h": 150}) == [
        "a.py::f: 121 lines (limit 120)",
        "c.py::h: 200 lines, grew past its allowed 150",
    ]
    assert over({"d.py": 10}, 600, {"d.py": 700}) == [
        "d.py: fits the limit now (or is gone); remove it from the allow-list"
    ]
