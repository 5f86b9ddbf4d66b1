"""Allow ``python -m reader`` to behave exactly like the ``press-reader`` script."""

from reader.cli import entry

if __name__ == "__main__":
    entry()
