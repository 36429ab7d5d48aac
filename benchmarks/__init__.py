"""Performance benchmarks: ``python -m benchmarks`` (budgets live here, never in unit tests)."""
