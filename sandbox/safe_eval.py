"""A safe evaluator for dispatcher ``condition`` expressions (Python-like, e.g. ``input_1_files > 0``).

The platform evaluates a dispatcher's condition as a Python expression. The sandbox must never hand user text to
``eval``/``exec``, so this module parses the text with :mod:`ast` and interprets a small whitelist of node types
itself: literals, variable names, boolean/arithmetic/comparison operators (``in`` included), conditional
expressions, subscripts and slices, list/tuple/set/dict displays, comprehensions over bounded data, and calls of a
few pure built-ins (``len any all min max sum str int float abs round bool``). There is no attribute access, no
other call, no lambda, no assignment, no f-string; names starting with ``_`` are refused. Sizes are bounded (text
length, node count, nesting, loop iterations, the size of ints, strings and lists produced), so a condition
cannot exhaust memory or CPU.

Every problem - a forbidden construct or an error while evaluating - raises :class:`UnsafeExpression` (a
``ValueError``) with a message that can be shown to the user.
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Iterable
from typing import Any, Callable

MAX_LENGTH = 2000
MAX_NODES = 400
MAX_DEPTH = 40
MAX_ITERATIONS = 100_000
MAX_SEQUENCE = 100_000
MAX_INT_BITS = 4096
MAX_EXPONENT = 1024


class UnsafeExpression(ValueError):
    """The expression uses something outside the whitelist, is too big, or failed while being evaluated."""


def _bounded_len(value: Any) -> Any:
    return len(value)


def _check_size(value: Any) -> Any:
    """Refuse results that are too big to be a sensible condition value."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise UnsafeExpression(f"Integer result larger than {MAX_INT_BITS} bits")
    if isinstance(value, (str, list, tuple, dict, set, frozenset)) and len(value) > MAX_SEQUENCE:
        raise UnsafeExpression(f"Result longer than {MAX_SEQUENCE} items")
    return value


def _safe_pow(base: Any, exponent: Any) -> Any:
    if isinstance(exponent, (int, float)) and abs(exponent) > MAX_EXPONENT:
        raise UnsafeExpression(f"Exponent larger than {MAX_EXPONENT}")
    if isinstance(base, int) and isinstance(exponent, int) and exponent > 0:
        if max(1, abs(base).bit_length()) * exponent > MAX_INT_BITS:
            raise UnsafeExpression(f"Power larger than {MAX_INT_BITS} bits")
    return operator.pow(base, exponent)


def _safe_mul(left: Any, right: Any) -> Any:
    for sequence, count in ((left, right), (right, left)):
        if isinstance(sequence, (str, list, tuple)) and isinstance(count, int):
            if len(sequence) * max(count, 0) > MAX_SEQUENCE:
                raise UnsafeExpression(f"Repetition longer than {MAX_SEQUENCE} items")
    return operator.mul(left, right)


def _safe_int(value: Any = 0, *base: Any) -> int:
    if isinstance(value, str) and len(value) > 1000:
        raise UnsafeExpression("int() of a string longer than 1000 characters")
    return int(value, *base)


def _safe_str(value: Any = "") -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 3000:
        raise UnsafeExpression("str() of an integer that is too large")
    return str(value)


_BINARY: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: _safe_mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: _safe_pow,
}
_UNARY: dict[type, Callable[[Any], Any]] = {ast.Not: operator.not_, ast.USub: operator.neg, ast.UAdd: operator.pos}
_COMPARE: dict[type, Callable[[Any, Any], Any]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
    ast.Is: operator.is_,
    ast.IsNot: operator.is_not,
}
FUNCTIONS: dict[str, Callable[..., Any]] = {
    "len": _bounded_len,
    "any": any,
    "all": all,
    "min": min,
    "max": max,
    "sum": sum,
    "str": _safe_str,
    "int": _safe_int,
    "float": float,
    "abs": abs,
    "round": round,
    "bool": bool,
}
_CONSTANTS = {"True": True, "False": False, "None": None}
_ALLOWED_NODES = (
    ast.Expression,
    ast.BoolOp,
    ast.And,
    ast.Or,
    ast.BinOp,
    ast.UnaryOp,
    ast.Compare,
    ast.IfExp,
    ast.Constant,
    ast.Name,
    ast.Load,
    ast.Store,
    ast.List,
    ast.Tuple,
    ast.Set,
    ast.Dict,
    ast.Subscript,
    ast.Slice,
    ast.Call,
    ast.ListComp,
    ast.SetComp,
    ast.GeneratorExp,
    ast.comprehension,
    *_BINARY,
    *_UNARY,
    *_COMPARE,
)
if hasattr(ast, "Index"):  # Python < 3.9 wraps subscripts in ast.Index.
    _ALLOWED_NODES = (*_ALLOWED_NODES, ast.Index)


def _describe(node: ast.AST) -> str:
    names = {
        ast.Attribute: "attribute access",
        ast.Lambda: "lambda",
        ast.NamedExpr: "assignment (:=)",
        ast.JoinedStr: "f-strings",
        ast.Starred: "* unpacking",
        ast.DictComp: "dict comprehensions",
        ast.Await: "await",
        ast.Yield: "yield",
    }
    return names.get(type(node), type(node).__name__)


def _parse(expression: str) -> ast.Expression:
    """Parse and check the whole tree against the whitelist, before anything runs."""
    if not isinstance(expression, str):
        raise UnsafeExpression("The expression must be text")
    if len(expression) > MAX_LENGTH:
        raise UnsafeExpression(f"The expression is longer than {MAX_LENGTH} characters")
    if "\x00" in expression:
        raise UnsafeExpression("The expression contains a NUL character")
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError as error:
        raise UnsafeExpression(f"Invalid syntax: {error.msg}")
    except (RecursionError, MemoryError, ValueError):
        raise UnsafeExpression("The expression is nested too deeply")
    count = 0
    stack: list[tuple[ast.AST, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise UnsafeExpression(f"The expression has more than {MAX_NODES} parts")
        if depth > MAX_DEPTH:
            raise UnsafeExpression("The expression is nested too deeply")
        if not isinstance(node, _ALLOWED_NODES):
            raise UnsafeExpression(f"Not allowed in a condition: {_describe(node)}")
        if isinstance(node, ast.Name) and node.id.startswith("_"):
            raise UnsafeExpression(f"Names starting with '_' are not allowed: {node.id}")
        if isinstance(node, ast.Constant) and not (
            node.value is None or isinstance(node.value, (bool, int, float, str))
        ):
            raise UnsafeExpression(f"Not allowed in a condition: {type(node.value).__name__} literal")
        if isinstance(node, ast.Dict) and any(key is None for key in node.keys):
            raise UnsafeExpression("Not allowed in a condition: ** unpacking")
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
                name = node.func.id if isinstance(node.func, ast.Name) else _describe(node.func)
                raise UnsafeExpression(
                    f"Only these functions may be called: {', '.join(sorted(FUNCTIONS))} (not {name})"
                )
            if node.keywords:
                raise UnsafeExpression("Keyword arguments are not allowed")
        if isinstance(node, ast.comprehension):
            if node.is_async:
                raise UnsafeExpression("Not allowed in a condition: async comprehension")
            if not isinstance(node.target, (ast.Name, ast.Tuple)) or (
                isinstance(node.target, ast.Tuple) and not all(isinstance(e, ast.Name) for e in node.target.elts)
            ):
                raise UnsafeExpression("Comprehension targets must be plain names")
        for child in ast.iter_child_nodes(node):
            stack.append((child, depth + 1))
    return tree


def check_syntax(expression: str) -> str | None:
    """None when the expression is acceptable, else the reason it is not (names are not resolved here)."""
    try:
        _parse(expression)
    except UnsafeExpression as error:
        return str(error)
    return None


class _Interpreter:
    def __init__(self, variables: dict[str, Any]):
        self.scopes: list[dict[str, Any]] = [dict(variables)]
        self.iterations = 0

    def lookup(self, name: str) -> Any:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        if name in _CONSTANTS:
            return _CONSTANTS[name]
        if name in FUNCTIONS:
            raise UnsafeExpression(f"{name} can only be called, not used as a value")
        raise UnsafeExpression(f"Unknown name: {name}")

    def tick(self) -> None:
        self.iterations += 1
        if self.iterations > MAX_ITERATIONS:
            raise UnsafeExpression(f"The expression loops more than {MAX_ITERATIONS} times")

    def bounded(self, values: Iterable[Any]) -> Iterable[Any]:
        for value in values:
            self.tick()
            yield value

    def run(self, node: ast.AST) -> Any:
        if isinstance(node, ast.Expression):
            return self.run(node.body)
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            return self.lookup(node.id)
        if isinstance(node, ast.BoolOp):
            result: Any = None
            for value in node.values:
                result = self.run(value)
                if isinstance(node.op, ast.And) and not result:
                    return result
                if isinstance(node.op, ast.Or) and result:
                    return result
            return result
        if isinstance(node, ast.BinOp):
            return _check_size(_BINARY[type(node.op)](self.run(node.left), self.run(node.right)))
        if isinstance(node, ast.UnaryOp):
            return _UNARY[type(node.op)](self.run(node.operand))
        if isinstance(node, ast.Compare):
            left = self.run(node.left)
            for op, comparator in zip(node.ops, node.comparators):
                right = self.run(comparator)
                if not _COMPARE[type(op)](left, right):
                    return False
                left = right
            return True
        if isinstance(node, ast.IfExp):
            return self.run(node.body) if self.run(node.test) else self.run(node.orelse)
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            items = [self.run(element) for element in node.elts]
            return _check_size({ast.List: list, ast.Tuple: tuple, ast.Set: set}[type(node)](items))
        if isinstance(node, ast.Dict):
            if any(key is None for key in node.keys):
                raise UnsafeExpression("Not allowed in a condition: ** unpacking")
            return {self.run(key): self.run(value) for key, value in zip(node.keys, node.values)}
        if isinstance(node, ast.Subscript):
            container = self.run(node.value)
            index = node.slice
            if hasattr(ast, "Index") and isinstance(index, ast.Index):
                index = index.value  # type: ignore[attr-defined]
            if isinstance(index, ast.Slice):
                key: Any = slice(
                    *(None if part is None else self.run(part) for part in (index.lower, index.upper, index.step))
                )
            else:
                key = self.run(index)
            if not isinstance(container, (str, list, tuple, dict)):
                raise UnsafeExpression(f"Cannot subscript a {type(container).__name__}")
            return container[key]
        if isinstance(node, ast.Call):
            function = FUNCTIONS[node.func.id]  # type: ignore[attr-defined]
            arguments = [self.run(argument) for argument in node.args]
            if node.func.id in ("any", "all", "min", "max", "sum"):  # type: ignore[attr-defined]
                arguments = (
                    [self.bounded(a) if not isinstance(a, (int, float)) else a for a in arguments]
                    if len(arguments) == 1
                    else arguments
                )
            return _check_size(function(*arguments))
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            values = list(self.comprehend(node.generators, node.elt))
            return set(values) if isinstance(node, ast.SetComp) else values
        raise UnsafeExpression(f"Not allowed in a condition: {_describe(node)}")

    def comprehend(self, generators: list[ast.comprehension], element: ast.AST) -> Iterable[Any]:
        first, rest = generators[0], generators[1:]
        iterable = self.run(first.iter)
        if not isinstance(iterable, (str, list, tuple, dict, set, frozenset, range)):
            raise UnsafeExpression(f"Cannot iterate over a {type(iterable).__name__}")
        for item in iterable:
            self.tick()
            scope: dict[str, Any] = {}
            if isinstance(first.target, ast.Name):
                scope[first.target.id] = item
            else:
                names = [target.id for target in first.target.elts]  # type: ignore[attr-defined]
                values = list(item) if isinstance(item, (list, tuple)) else None
                if values is None or len(values) != len(names):
                    raise UnsafeExpression("Cannot unpack a comprehension item")
                scope.update(zip(names, values))
            self.scopes.append(scope)
            try:
                if all(self.run(condition) for condition in first.ifs):
                    if rest:
                        yield from self.comprehend(rest, element)
                    else:
                        yield self.run(element)
            finally:
                self.scopes.pop()


def evaluate(expression: str, variables: dict[str, Any] | None = None) -> Any:
    """Evaluate an expression with the given variables; raises :class:`UnsafeExpression` on any problem."""
    tree = _parse(expression)
    interpreter = _Interpreter(variables or {})
    try:
        return interpreter.run(tree)
    except UnsafeExpression:
        raise
    except RecursionError:
        raise UnsafeExpression("The expression is nested too deeply")
    except ZeroDivisionError:
        raise UnsafeExpression("Division by zero")
    except (TypeError, ValueError, KeyError, IndexError, OverflowError, AttributeError) as error:
        raise UnsafeExpression(f"The expression failed: {type(error).__name__}: {str(error)[:200]}")
