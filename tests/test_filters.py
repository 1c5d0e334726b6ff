"""Metadata filters: flags are strict, what a question says is soft."""
from __future__ import annotations

from datetime import date

import pytest

from qabot.filters import Filters, from_question, parse_date


@pytest.mark.parametrize("text, expected", [
    ("2016-09-12", date(2016, 9, 12)),
    ("March 26, 2017", date(2017, 3, 26)),
    ("26 Sept 2017", date(2017, 9, 26)),
    ("2019", date(2019, 1, 1)),
    ("breitbart_2016-09-12_stealth.txt", date(2016, 9, 12)),
    ("soon", None),
    ("2017-02-30", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("question, since, until, source, author", [
    ("What did Trump say in 2016?", date(2016, 1, 1), date(2016, 12, 31), None, None),
    ("What happened in February 2024?", date(2024, 2, 1), date(2024, 2, 29), None, None),
    ("What changed since 2023?", date(2023, 1, 1), None, None, None),
    ("Who resigned before 2020?", None, date(2019, 12, 31), None, None),
    ("What is planned, according to the Valley Gazette?", None, None, "Valley Gazette", None),
    ("What was reported by Maria Keane?", None, None, None, "Maria Keane"),
    ("What was reported by the police in Portwell?", None, None, None, None),
    ("What was written by Maria Keane?", None, None, None, "Maria Keane"),
    ("When did the 1973 oil crisis begin?", None, None, None, None),
])
def test_filters_read_from_questions(question, since, until, source, author):
    f = from_question(question)
    assert (f.since, f.until, f.source, f.author, f.soft) == (since, until, source, author, True)


@pytest.fixture
def loaded(engine, corpus):
    engine.ingest([corpus])
    return engine


def titles(answer):
    return {q.article.title for q in answer.quotes}


def test_explicit_filters_are_strict(loaded):
    a = loaded.ask("What will happen from March?", k=5, filters=Filters(source="Metro Daily"))
    assert titles(a) == {"City library extends opening hours"}
    a = loaded.ask("What happened?", k=5, filters=Filters(since=date(2024, 1, 1)))
    assert titles(a) <= {"Cider makers fear a poor apple harvest", "Night trains return to the northern line"}
    a = loaded.ask("What happened?", k=5, filters=Filters(author="Lena Ortiz"))
    assert titles(a) == {"Cider makers fear a poor apple harvest"}
    none = loaded.ask("What happened?", filters=Filters(until=date(1990, 1, 1)))
    assert none.abstained and none.message == "No article matches the filters given." and not none.quotes


def test_question_filters_are_soft(loaded):
    # the source named in the question narrows the search
    a = loaded.ask("What was announced on Monday according to Rail Weekly?", k=3)
    assert titles(a) == {"Night trains return to the northern line"}
    # a year that matches no article date does not make the question unanswerable
    a = loaded.ask("How many homes will the sea wall protect in 2031?")
    assert "about 300 homes" in a.quotes[0].text


def test_the_corpus_view_knows_every_articles_date(loaded):
    from qabot.filters import article_date

    index = loaded.index()
    assert index.dates == {aid: article_date(art) for aid, art in index.articles.items()}
    assert any(index.dates.values()) and None in index.dates.values()  # the fixture has both kinds
    for f in (Filters(since=date(2024, 1, 1)), Filters(until=date(2023, 12, 31), soft=True),
              Filters(since=date(2024, 1, 1), author="Lena Ortiz")):
        # the dates the view holds select exactly what parsing each article's date selects
        assert f.select(index.articles, index.dates) == f.select(index.articles)
        assert f.select(index.articles) == ({aid for aid, a in index.articles.items() if f.accepts(a)} or None)


def test_a_soft_year_keeps_articles_that_name_it(engine, tmp_path):
    from .conftest import ingest_texts

    ingest_texts(engine, tmp_path / "news", {
        "stein.md": "---\ntitle: Candidate escorted from debate site\ndate: 2016-09-26\n---\n"
                    "Police escorted the candidate from the debate site on Monday.\n\n"
                    "Monday's trip was not her first. In 2012 she was arrested after entering the venue.\n",
        "budget.md": "---\ntitle: City budget passes\ndate: 2012-03-01\n---\n"
                     "The council passed the city budget after a long debate.\n",
        "storm.md": "---\ntitle: Storm closes port\ndate: 2016-10-02\n---\n"
                    "A storm closed the port on Sunday and stranded the fishing fleet.\n",
    })
    index = engine.index()
    f = from_question("What happened to the candidate in 2012?")
    assert f.year_asked() == "2012"
    by_title = {a.title: aid for aid, a in index.articles.items()}
    # by date alone only the 2012 budget is kept; the 2016 article names the year and stays too
    assert f.select(index.articles, index.dates) == {by_title["City budget passes"]}
    assert f.select(index.articles, index.dates, index.articles_with({"2012"})) == {
        by_title["City budget passes"], by_title["Candidate escorted from debate site"]}
    # strict filters (flags) keep to the dates
    strict = Filters(since=date(2012, 1, 1), until=date(2012, 12, 31))
    assert strict.select(index.articles, index.dates, index.articles_with({"2012"})) == {by_title["City budget passes"]}
    answer = engine.ask("What happened to the candidate in 2012?")
    assert "she was arrested" in answer.quotes[0].text
