"""Qt front end (PySide6). Filled in by the GUI issue; only ui/ and app.py may import Qt."""
