"""Speakers: canonical names, aliases, roles; merged across the corpus."""
