"""A run's outputs from the platform to the map: downloads (resumable, safe names, Windows path budget), streaming,
previews, the styled layers of a run in their group, their styles, provenance and facts, and time series."""
