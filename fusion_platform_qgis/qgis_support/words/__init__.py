"""What the user reads: translation and locale formatting (i18n), failures as messages, wording of statuses and
times, the services' Markdown documentation, and the "Copy as Python" script."""
