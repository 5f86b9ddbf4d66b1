"""What the screens' widgets do off the UI thread and between keys: no widget is touched here."""
