"""The docked panels around the work area: library, history, inspector, positions, search."""
