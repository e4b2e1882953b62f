"""The Fusion Platform's password policy as a pure function, checked as the user types.

Policy (the platform refuses anything else): at least 12 characters, with an upper-case letter, a lower-case
letter, a digit and a symbol (any character that is neither a letter, a digit nor white space). The client
(``api``) has no such check, and the server only answers after the request, so the change-password dialog uses
this function to say what is missing before anything is sent. Kept free of Qt so it is tested directly.
"""

from __future__ import annotations

MIN_LENGTH = 12

# Rule keys, in the order they are shown.
LENGTH = "length"
UPPER = "upper"
LOWER = "lower"
DIGIT = "digit"
SYMBOL = "symbol"
RULES = (LENGTH, UPPER, LOWER, DIGIT, SYMBOL)


def unmet_rules(password: str) -> list[str]:
    """The keys of the rules ``password`` does not meet (empty: acceptable)."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(LENGTH)
    if not any(c.isupper() for c in password):
        problems.append(UPPER)
    if not any(c.islower() for c in password):
        problems.append(LOWER)
    if not any(c.isdigit() for c in password):
        problems.append(DIGIT)
    if not any(not c.isalnum() and not c.isspace() for c in password):
        problems.append(SYMBOL)
    return problems


def is_acceptable(password: str) -> bool:
    return not unmet_rules(password)
