"""The sandbox's password policy, shared by user update and change_password.

Policy: at least 12 characters, with at least one upper-case letter, one lower-case letter, one digit and
one symbol (any character that is not a letter, digit or whitespace). ``password_problems`` returns the
list of unmet rules (empty when the password is acceptable) so that the API can name what is missing.
"""

from __future__ import annotations

MIN_LENGTH = 12


def password_problems(password: str) -> list[str]:
    """Names of the unmet rules, e.g. ``["at least 12 characters", "a digit"]``; empty when acceptable."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(f"at least {MIN_LENGTH} characters")
    if not any(c.isupper() for c in password):
        problems.append("an upper-case letter")
    if not any(c.islower() for c in password):
        problems.append("a lower-case letter")
    if not any(c.isdigit() for c in password):
        problems.append("a digit")
    if not any(not c.isalnum() and not c.isspace() for c in password):
        problems.append("a symbol")
    return problems


def password_message(password: str) -> str | None:
    """A user-facing sentence for a policy violation, or None when the password is acceptable."""
    problems = password_problems(password)
    if not problems:
        return None
    return "Password does not meet the policy: it needs " + ", ".join(problems)
