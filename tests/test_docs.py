"""The README keeps up with the code: every command, option and setting is documented."""
from __future__ import annotations

from pathlib import Path

import pytest

from qabot import __all__ as exported
from qabot.cli import cli
from qabot.config import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_readme(name):
    assert f"qabot {name}" in README


@pytest.mark.parametrize("name", sorted(f for f in Settings.model_fields if not f.startswith("discord_")))
def test_every_setting_is_in_the_readme(name):
    assert f"QABOT_{name.upper()}" in README


@pytest.mark.parametrize("name", sorted(f for f in Settings.model_fields if f.startswith("discord_")))
def test_every_discord_setting_is_in_the_readme(name):
    assert f"QABOT_{name.upper()}" in README


@pytest.mark.parametrize("option", ["--prune", "--rebuild", "--strict", "--wait", "--since", "--until",
                                    "--source", "--author", "--json", "-k"])
def test_options_are_in_the_readme(option):
    assert option in README


def test_exported_names_are_sorted_and_importable():
    import qabot

    assert exported == sorted(exported)
    assert all(hasattr(qabot, name) for name in exported)
