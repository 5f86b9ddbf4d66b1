"""press-reader: read government press releases and translate them offline."""

__version__ = "0.1.0"
