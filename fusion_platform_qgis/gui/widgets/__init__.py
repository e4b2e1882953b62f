"""Reusable widgets (option editors, progress rows)."""
