"""``python -m speechparse``."""

from .cli import main

main()
