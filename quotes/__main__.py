"""`python -m quotes` is the `quotes` command."""
from .cli import cli

cli(prog_name="quotes")
