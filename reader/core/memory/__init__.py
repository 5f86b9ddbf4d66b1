"""The archive as memory: aligned sentence pairs of official renderings, concordance, TM and terms."""
