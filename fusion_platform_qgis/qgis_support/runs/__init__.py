"""What a run *is*, in plain Python (no Qt, no QGIS; tested in tests/unit, also on Python 3.9): runs from the
platform's wire dicts (records), their status and progress (status), may it run and what was spent (credits), its
Layers-panel indicator (badge), and the work a killed QGIS left unfinished (interrupted)."""
