"""``python -m speechparse``."""

from .cli import main

main(prog_name="speechparse")
