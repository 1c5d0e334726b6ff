"""Sentences and chunks: offsets always index the article text, and nothing exceeds the model window."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from qabot.chunking import TokenCounter, article_sentences, chunk_sentences
from qabot.embeddings import model_dir
from qabot.errors import ReadError
from qabot.readers import read_path
from qabot.text import split_sentences

from .conftest import SEED

COUNTER = TokenCounter(model_dir())


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith went to Washington. He stayed.", ["Mr. Smith went to Washington.", "He stayed."]),
    ('He said: "It is fine." Then he left.', ['He said: "It is fine."', "Then he left."]),
    ("The U.S. Senate met on Jan. 5. It voted.", ["The U.S. Senate met on Jan. 5.", "It voted."]),
    ("J. K. Rowling wrote 3.5 books! Really? Yes.", ["J. K. Rowling wrote 3.5 books!", "Really?", "Yes."]),
    ("“Go now,” she said. ‘Fine.’ He went.", ["“Go now,” she said.", "‘Fine.’", "He went."]),
    ("No full stop at the end", ["No full stop at the end"]),
])
def test_sentence_split(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_chunks_keep_offsets_paragraphs_and_overlap():
    art = read_path(SEED)[0]
    sents = article_sentences(art, COUNTER)
    chunks = chunk_sentences(art, sents, COUNTER, chunk_tokens=40)
    for c in chunks:
        assert c.text == art.text[c.start:c.end]
        assert art.paragraph_at(c.start) == c.paragraph == art.paragraph_at(c.end - 1)
    # paragraph 6 has two sentences, too long together for 40 tokens: two chunks, in order
    p6 = [c for c in chunks if c.paragraph == 6]
    assert [c.text[:25] for c in p6] == ['"It used to be that peopl', '"But on this situation we']
    # with room for two sentences, consecutive chunks of a paragraph share one
    wide = [c for c in chunk_sentences(art, sents, COUNTER, chunk_tokens=60) if c.paragraph == 2]
    assert len(wide) == 1 and len(wide[0].sentences) == 2


def test_no_sentence_or_chunk_exceeds_the_model_window(tmp_path):
    # a 3,000-word "sentence" of unusual text: no full stops, digits, CJK, emoji, long words
    words = ["supercalifragilistic", "東京都", "🙂", "1,234,567.89", "Zürich-Oerlikon", "naïve", "x"]
    body = " ".join(words[i % len(words)] for i in range(3000))
    p = tmp_path / "long.txt"
    p.write_text("A long one\n\n" + body + "\n", encoding="utf-8")
    art = read_path(p)[0]
    sents = article_sentences(art, COUNTER)
    assert len(sents) > 10
    assert max(COUNTER.count([s.text for s in sents])) <= COUNTER.limit
    chunks = chunk_sentences(art, sents, COUNTER, chunk_tokens=10_000)
    assert max(COUNTER.count([c.text for c in chunks])) <= COUNTER.limit
    # together the pieces cover all of the text, in order, without gaps beyond white space
    covered = "".join(art.text[s.start:s.end] for s in sents)
    assert covered.replace(" ", "") == body.replace(" ", "")
    for s in sents:
        assert s.text == art.text[s.start:s.end]


_pieces = st.sampled_from([
    "Rudd said ", '"Quote," she said. ', "“Curly quote.” ", "Mr. ", "U.S. ", "\n", "\n\n", "\r\n", "\r",
    "\u200b", "\u0301", "\u202e", "مرحبا ", "日本語。", "  ", "...", "? ", "! ", "(illustration)\n",
    "Ben Ariel ,\n", "A", "word ", "1.5 ", "'", "’", "—",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_pieces, min_size=1, max_size=80), st.text(max_size=40))
def test_offsets_invariant_on_arbitrary_text(tmp_path, parts, noise):
    text = "Title line\n\n" + "".join(parts) + noise
    p = tmp_path / "fuzz.txt"
    p.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        arts = read_path(p)
    except ReadError:
        return  # rejected with a reason: allowed
    for art in arts:
        for para in art.paragraphs:
            assert 0 <= para.start < para.end <= len(art.text)
        sents = article_sentences(art, COUNTER)
        for s in sents:
            assert s.text == art.text[s.start:s.end] and s.text.strip()
        for c in chunk_sentences(art, sents, COUNTER):
            assert c.text == art.text[c.start:c.end]
