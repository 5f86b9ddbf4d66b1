"""CLI command implementations: each a thin layer over reader.core, printing through rich."""
