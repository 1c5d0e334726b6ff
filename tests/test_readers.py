"""Readers: each format, the layout of scraped text, and every kind of bad file."""
from __future__ import annotations

from pathlib import Path

import pytest

from qabot.errors import ReadError
from qabot.readers import iter_sources, read_path

from .conftest import FIXTURES, SEED


def read_one(path: Path):
    (article,) = read_path(path)
    return article


def test_txt_seed_layout_title_standfirst_byline_and_captions():
    a = read_one(SEED)
    assert a.title == "UK demands access to Westminster attacker's WhatsApp messages"
    assert a.author == "Ben Ariel"
    assert a.standfirst == "Home Secretary says encrypted messaging apps must not become a hiding place for terrorists."
    texts = [a.text[p.start:p.end] for p in a.paragraphs]
    assert [p.number for p in a.paragraphs] == list(range(0, len(texts)))
    assert not any("(illustration)" in t for t in texts)
    assert texts[1].startswith("Britain's Home Secretary Amber Rudd on Sunday")
    assert texts[3] == ('"It is completely unacceptable. There should be no place for terrorists to hide," '
                        "Rudd told the BBC's Andrew Marr Show.")
    with open(SEED, encoding="utf-8", newline="") as f:
        assert a.text == f.read()


def test_txt_offsets_survive_crlf_and_bom(tmp_path):
    p = tmp_path / "crlf.txt"
    raw = "\ufeffA title\r\n\r\nFirst paragraph here.\r\nSecond one, said Jo.\r\n"
    p.write_bytes(raw.encode("utf-8"))
    a = read_one(p)
    assert a.title == "A title"
    assert [a.text[x.start:x.end] for x in a.paragraphs] == ["First paragraph here.", "Second one, said Jo."]
    assert a.text == raw


def test_hard_wrapped_lines_join_into_one_paragraph(tmp_path):
    p = tmp_path / "wrapped.txt"
    p.write_text("Title\n\nThis paragraph is wrapped\nacross two lines.\n\nAnother one.\n")
    a = read_one(p)
    assert [a.text[x.start:x.end] for x in a.paragraphs] == [
        "This paragraph is wrapped\nacross two lines.", "Another one."]


def test_markdown_front_matter():
    a = read_one(FIXTURES / "corpus" / "orchard.md")
    assert (a.title, a.author, a.date, a.url, a.source) == (
        "Cider makers fear a poor apple harvest", "Lena Ortiz", "2024-09-14",
        "https://example.org/news/cider-harvest", "Valley Gazette")
    assert a.text[a.paragraphs[0].start:a.paragraphs[0].end].startswith("A late frost in May")
    assert a.text == (FIXTURES / "corpus" / "orchard.md").read_text()


def test_html_main_text_and_metadata():
    a = read_one(FIXTURES / "corpus" / "museum.html")
    assert a.title == "Museum returns bronze statue"
    assert a.author == "Oscar Lind"
    body = [a.text[p.start:p.end] for p in a.paragraphs]
    assert body[0].startswith("The city museum has returned a bronze statue")
    assert not any("Home | News" in t or "Copyright" in t for t in body)


def test_json_and_jsonl_records():
    (lib,) = read_path(FIXTURES / "corpus" / "library.json")
    assert (lib.title, lib.author, lib.source, lib.url) == (
        "City library extends opening hours", "Sam Idris", "Metro Daily", "https://example.org/library")
    rail, bees = read_path(FIXTURES / "corpus" / "feeds.jsonl")
    assert rail.id == "rail-1" and bees.id == "bees-2"
    assert bees.author == "Priya Shah"
    assert rail.text[rail.paragraphs[1].start:rail.paragraphs[1].end] == (
        "The service was cut in 2020 when passenger numbers collapsed.")


def test_ids_are_stable_and_hashes_follow_content(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Title\n\nBody one.\n")
    first = read_one(p)
    assert read_one(p).id == first.id and read_one(p).content_hash == first.content_hash
    p.write_text("Title\n\nBody two.\n")
    second = read_one(p)
    assert second.id == first.id and second.content_hash != first.content_hash


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file (contains NUL bytes)"),
    ("latin1.txt", "Caf\xe9 society\n\nBody.".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 3)"),
    ("bad.json", b'{"title": "x", "text": ', "malformed JSON: Expecting value (line 1, column 24)"),
    ("notext.json", b'{"title": "x"}', 'record has no "text"'),
    ("bad.jsonl", b'{"text": "ok"}\n{oops}\n', "malformed JSON: Expecting property name enclosed in double quotes (column 2)"),
    ("front.md", b"---\ntitle: [unclosed\n---\nBody.\n", "malformed front matter at line 2: expected ',' or ']', but got '<stream end>'"),
    ("open.md", b"---\ntitle: x\nBody.\n", "malformed front matter: no closing '---' line"),
    ("doc.pdf", b"%PDF-1.4", "unsupported file type .pdf; use one of .txt, .md, .markdown, .html, .htm, .json, .jsonl"),
])
def test_bad_files_name_the_file_and_the_reason(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(ReadError) as info:
        read_path(p)
    assert info.value.reason == reason
    assert str(p) in str(info.value)


def test_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("Title\n\n" + "word " * 1000)
    with pytest.raises(ReadError, match="over the 0 MB limit"):
        read_path(p, max_bytes=100)


def test_walk_reports_missing_paths_skips_readmes_and_symlink_loops(tmp_path):
    d = tmp_path / "c"
    (d / "sub").mkdir(parents=True)
    (d / "README.md").write_text("# about")
    (d / "a.txt").write_text("T\n\nBody.")
    (d / "sub" / "b.md").write_text("T\n\nBody.")
    (d / "sub" / "loop").symlink_to(d, target_is_directory=True)
    (d / "notes.pdf").write_text("x")
    found = list(iter_sources([d, tmp_path / "missing"]))
    files = [f for f in found if isinstance(f, Path)]
    errors = [f for f in found if isinstance(f, ReadError)]
    assert [f.relative_to(d).as_posix() for f in files] == ["a.txt", "sub/b.md"]
    assert [(e.path, e.reason) for e in errors] == [(str(tmp_path / "missing"), "no such file or folder")]
