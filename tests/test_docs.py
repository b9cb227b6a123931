"""Every command appears in the README with its help text."""
import pytest

from conftest import ROOT
from quotes.cli import cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_in_readme(name):
    command = cli.commands[name]
    assert f"quotes {name}" in README
    assert command.get_short_help_str(limit=200).rstrip(".") in README


def test_extensions_are_listed():
    from quotes.components import EXTENSIONS
    for name in EXTENSIONS:
        assert f"doc._.{name}" in README
