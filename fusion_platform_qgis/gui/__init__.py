"""Widgets: one module per dock or dialog, each with its ``.ui`` beside it."""
