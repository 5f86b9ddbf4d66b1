"""The pure core: no textual, no rich. Everything here is usable from scripts and tests."""
