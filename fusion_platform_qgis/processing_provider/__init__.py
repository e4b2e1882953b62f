"""Processing provider: every Fusion Platform service is a Processing algorithm."""
