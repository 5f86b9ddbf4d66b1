"""Allow ``python -m reader`` to behave exactly like the ``press-reader`` script."""

from reader.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
