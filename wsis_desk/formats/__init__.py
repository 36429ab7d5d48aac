"""File formats: bytes and paths in, core objects out (and back)."""
