"""Output formats of speechparse validate."""
