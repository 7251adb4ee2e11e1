"""``python -m speechparse``."""

from .cli import run

run()
