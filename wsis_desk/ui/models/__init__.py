"""Qt item models: rows of core records shown in tables and lists."""
