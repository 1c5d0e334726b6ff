"""Quote selection on hand-made articles: the least context needed, merged neighbours, no
repeats across articles, at most three sentences and 500 characters."""
from __future__ import annotations

import pytest

from .conftest import ingest_texts

from qabot.answer import MAX_QUOTE_CHARS


@pytest.fixture
def news(tmp_path, engine):
    texts = {}
    texts["ferry.txt"] = ("Island ferry cancelled\n\n"
          "The harbour authority cancelled the morning ferry to Skarholm on Friday. "
          "It blamed a broken propeller shaft on the only vessel.\n\n"
          "Passengers waited for three hours before the announcement.\n")
    texts["wire1.txt"] = ("Mill closes after 90 years\n\n"
          "The Brackley paper mill will close in June, putting 140 jobs at risk, the owners said.\n")
    texts["wire2.txt"] = ("Paper mill to shut\n\n"
          "The Brackley paper mill will close in June, putting 140 jobs at risk, the owners said.\n\n"
          "The mill opened in 1931.\n")
    texts["long.txt"] = ("A long sentence\n\n" + "The committee considered " + ", ".join(
          f"item {i} of the agenda" for i in range(120)) + ", and adjourned at noon.\n")
    return ingest_texts(engine, tmp_path / "news", texts)


def test_a_pronoun_brings_its_antecedent(news):
    answer = news.ask("What did the authority blame for cancelling the ferry?")
    assert answer.quotes[0].text == ("The harbour authority cancelled the morning ferry to Skarholm on Friday. "
                                     "It blamed a broken propeller shaft on the only vessel.")


def test_wire_copy_is_not_repeated(news):
    answer = news.ask("How many jobs are at risk at the Brackley mill?", k=3)
    texts = [q.text for q in answer.quotes]
    assert texts[0] == "The Brackley paper mill will close in June, putting 140 jobs at risk, the owners said."
    assert texts.count(texts[0]) == 1


def test_quotes_stay_short(news):
    answer = news.ask("What did the committee consider on the agenda?", k=3)
    for q in answer.quotes:
        assert len(q.text) <= max(MAX_QUOTE_CHARS, len(q.text.split(". ")[0]) + 1)
        assert q.text.count(". ") <= 2
