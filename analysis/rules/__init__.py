"""Rule data files (speech verbs, titles, boilerplate, themes, number words)."""
