"""Prompt templates: loaded, checked, and editable without touching code."""
from __future__ import annotations

import shutil

import pytest

from qabot.errors import TemplateError
from qabot.models import Answer
from qabot.prompts import PLACEHOLDERS, Prompts, default_dir
from qabot.render import answer_text


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "prompts"
    shutil.copytree(default_dir(), d)
    return d


def test_shipped_templates_load_and_document_their_placeholders():
    prompts = Prompts()
    assert set(prompts.templates) == set(PLACEHOLDERS)
    for name, names in PLACEHOLDERS.items():
        raw = (default_dir() / f"{name}.txt").read_text()
        comments = "\n".join(line for line in raw.splitlines() if line.startswith("#"))
        for placeholder in names:
            assert f"{{{placeholder}}}" in comments, f"{name}.txt does not document {{{placeholder}}}"


def test_unknown_placeholder_names_file_and_line(folder):
    (folder / "answer.txt").write_text("# comment\nHere you go, {user}:\n")
    with pytest.raises(TemplateError) as info:
        Prompts(folder)
    assert str(info.value) == (f"{folder / 'answer.txt'}:2: unknown placeholder {{user}}; "
                               "answer knows {count}, {question}")


def test_stray_brace_and_missing_file(folder):
    (folder / "said.txt").write_text("Who said {phrase:\n")
    with pytest.raises(TemplateError, match=r"said.txt:1: .*literal brace"):
        Prompts(folder)
    (folder / "said.txt").write_text("Who said “{phrase}”:\n")
    (folder / "who.txt").unlink()
    with pytest.raises(TemplateError, match=r"who.txt: missing template"):
        Prompts(folder)


def test_a_curator_edit_changes_what_the_bot_says(folder):
    (folder / "no_answer.txt").write_text("# mine\nSorry, nothing on {question} ({count} nearby).\n")
    text = answer_text(Answer(question="Mars?", abstained=True, quotes=[]), Prompts(folder))
    assert text.splitlines()[0] == "Sorry, nothing on Mars? (0 nearby)."
