"""Text utilities at the bottom of the core: folding, cleaning, sentences, numbers, language, names.

Nothing here knows about releases, files or models; everything above may use it.
"""
