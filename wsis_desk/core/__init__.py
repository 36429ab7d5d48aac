"""Pure domain: dataclasses and algorithms; no I/O, no clock, no adapters."""
