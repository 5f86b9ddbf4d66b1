"""press-reader."""
