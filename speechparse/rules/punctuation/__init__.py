"""SP4xx: punctuation (GB/T 15834), invisible characters and broken paragraphs."""
