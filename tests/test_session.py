"""Conversation: follow-up questions rewritten, earlier articles boosted, earlier quotes referred to.

Real MiniLM, real Chroma store over the fixture corpus (one store for the module).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from qabot.errors import QabotError, QuestionError
from qabot.models import Answer
from qabot.session import Conversation, QuoteRef, entities_of, parse_quote_ref

from .conftest import fixture_store

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def engine(tmp_path_factory, embedder):
    """One engine over the fixture corpus for the whole module."""
    from qabot.config import Settings
    from qabot.engine import Engine

    return Engine(Settings(store=fixture_store(tmp_path_factory.mktemp("session"), embedder)), embedder=embedder)


def westminster(engine) -> str:
    return next(a for a, art in engine.index().articles.items() if "WhatsApp" in art.title)


# history (asked for real), follow-up, expected rewritten question
REWRITES = [
    (["Who is the Home Secretary?"], "What did she say about warrants?", "What did Amber Rudd say about warrants?"),
    (["Who is the Home Secretary?"], "What was her warning to the companies?",
     "What was Amber Rudd's warning to the companies?"),
    (["Who claimed responsibility for the attack?"], "Did they direct him?",
     "Did the Islamic State group direct Khalid Masood?"),
    (["Who claimed responsibility for the attack?"], "Did the group direct him?",
     "Did the Islamic State group direct Khalid Masood?"),
    (["Who was the Westminster attacker?"], "How many people did he kill?", "How many people did Khalid Masood kill?"),
    (["What happened between Apple and the FBI?"], "What did the company refuse to do?", "What did Apple refuse to do?"),
    (["Who is the council leader in Portwell?"], "What did he say about sandbagging?",
     "What did Tom Barrow say about sandbagging?"),
    (["Who is the director of the city museum?"], "What did she say at the handover ceremony?",
     "What did Helen Voss say at the handover ceremony?"),
    (["Who is Ruth Nakamura?"], "What did she say about the harvest?", "What did Ruth Nakamura say about the harvest?"),
    # ellipsis: the previous question's topic, or its entity of the same kind, is replaced
    (["What did Amber Rudd say about WhatsApp?"], "What about warrants?", "What did Amber Rudd say about warrants?"),
    (["What did Amber Rudd say about WhatsApp?"], "And about new laws?", "What did Amber Rudd say about new laws?"),
    (["What did Amber Rudd say about WhatsApp?"], "And Apple?", "What did Amber Rudd say about Apple?"),
    (["What did Amber Rudd say about WhatsApp?"], "What about Tom Barrow?", "What did Tom Barrow say about WhatsApp?"),
    # three turns: the chain keeps its referent
    (["Who is the Home Secretary?", "What did she say about warrants?"], "And what did she say about WhatsApp?",
     "And what did Amber Rudd say about WhatsApp?"),
    (["What did Amber Rudd say about WhatsApp?", "What about warrants?"], "And Apple?",
     "What did Amber Rudd say about Apple?"),
    # an event, not a thing: "it" is what the previous question was about
    (["Who was the Westminster attacker?"], "When did it happen?", "When? Who was the Westminster attacker?"),
    (["Who was the Westminster attacker?", "When did it happen?"], "Where was that?",
     "Where? Who was the Westminster attacker?"),
    (["Who was the Westminster attacker?"], "Why did he do it?", "Why did Khalid Masood do it?"),
    (["What did Amber Rudd say about WhatsApp?"], "Did it agree?", "Did WhatsApp agree?"),
    # "about it": what the previous question was about, not a thing its answer named
    (["Who claimed responsibility for the attack?"], "What did they say about it?",
     "What did the Islamic State group say about the attack?"),
    (["What did Amber Rudd say about WhatsApp?"], "What did the police say about it?",
     "What did the police say about WhatsApp?"),
    (["Who was the Westminster attacker?"], "What did the police say about it?",
     "What did the police say about the Westminster attacker?"),
    (["Who is the Home Secretary?"], "What did she say about it?", "What did Amber Rudd say?"),
    # not follow-ups: unchanged
    (["Who is the Home Secretary?"], "When will work on the sea wall start?", "When will work on the sea wall start?"),
    ([], "What did she say?", "What did she say?"),
]


@pytest.mark.parametrize("history,question,expected", REWRITES)
def test_rewrite(engine, history, question, expected):
    conv = Conversation()
    for h in history:
        conv.ask(engine, h)
    assert conv.rewrite(question) == expected


def test_ask_sets_rewritten_and_keeps_question(engine):
    conv = Conversation()
    first = conv.ask(engine, "Who is the Home Secretary?")
    assert first.rewritten == first.question == "Who is the Home Secretary?"
    second = conv.ask(engine, "  What did she say about warrants? ")
    assert second.question == "What did she say about warrants?"
    assert second.rewritten == "What did Amber Rudd say about warrants?"
    assert not second.abstained
    assert "warrant" in second.quotes[0].text


@pytest.mark.parametrize("line", (FIXTURES / "conversations" / "westminster.jsonl").read_text().splitlines())
def test_conversation_fixture(engine, line):
    """Every follow-up turn of the fixture conversations is answered from its passage (top quote)."""
    case = json.loads(line)
    conv = Conversation()
    answers = [conv.ask(engine, q) for q in case["turns"]]
    for answer, expect in zip(answers[1:], case["expect"]):
        assert not answer.abstained, answer.rewritten
        assert expect in answer.quotes[0].text, (answer.rewritten, answer.quotes[0].text)


def test_entities_gender_and_kind_from_the_article(engine):
    art = engine.index().articles[westminster(engine)]
    ents = {e.name: e for e in entities_of(art.text, art.text)}
    assert ents["Amber Rudd"].kind == "person" and ents["Amber Rudd"].gender == "f"
    assert ents["Khalid Masood"].kind == "person" and ents["Khalid Masood"].gender == "m"
    group = next(e for name, e in ents.items() if "Islamic State group" in name)
    assert group.kind == "org"


def test_boost_goes_to_the_conversations_articles(engine):
    conv = Conversation()
    assert conv.boosts() is None
    conv.ask(engine, "Who is the Home Secretary?")
    boosts = conv.boosts()
    assert boosts[westminster(engine)] == pytest.approx(conv.boost)
    assert max(boosts.values()) <= 0.1


def test_boost_does_not_hide_a_better_passage_elsewhere(engine):
    conv = Conversation()
    conv.ask(engine, "Who is the Home Secretary?")
    # asked as a follow-up (the Westminster article is boosted), answered from the harbour article
    answer = conv.ask(engine, "How many homes would the sea wall protect?")
    assert "300 homes" in answer.quotes[0].text
    assert "Harbour" in answer.quotes[0].article.title
    # and the same with a boost on every article but the harbour's
    others = {a: 0.1 for a, art in engine.index().articles.items() if "Harbour" not in art.title}
    assert "300 homes" in engine.ask("How many homes would the sea wall protect?", boost_articles=others).quotes[0].text


def test_boost_decides_a_near_tie_for_the_conversation(engine):
    """A follow-up about something both articles mention stays in the conversation's article."""
    conv = Conversation()
    conv.ask(engine, "What did the Portwell harbour council vote for?")
    answer = conv.ask(engine, "When will work start?")
    assert "April" in answer.quotes[0].text


def test_who_said_the_second_one(engine):
    conv = Conversation()
    first = conv.ask(engine, "Who is the Home Secretary?")
    second_quote = first.quotes[1]
    answer = conv.ask(engine, "who said the second one?")
    assert answer.kind == "said"
    assert not answer.abstained
    q = answer.quotes[0]
    assert q.article.id == second_quote.article.id
    assert q.start < second_quote.end and second_quote.start < q.end
    assert answer.rewritten.startswith("Who said")
    if second_quote.speaker:
        assert answer.message.startswith(second_quote.speaker)


def test_open_and_source_by_words(engine):
    conv = Conversation()
    first = conv.ask(engine, "What did Amber Rudd say about warrants?")
    opened = conv.ask(engine, "open the first quote")
    assert opened.kind == "open"
    para = opened.quotes[0]
    assert para.start <= first.quotes[0].start and first.quotes[0].end <= para.end
    art = engine.article(para.article.id)
    assert art.text[para.start:para.end] == para.text
    source = conv.ask(engine, "where is quote 1 from?")
    assert source.kind == "source" and source.quotes[0].article.path.endswith("westminster_whatsapp.txt")


def test_tell_me_more_reads_on_from_the_top_quote(engine):
    conv = Conversation()
    first = conv.ask(engine, "What did Amber Rudd say about warrants?").quotes[0]
    art = engine.article(first.article.id)
    paras = [p for p in art.paragraphs]
    i = next(n for n, p in enumerate(paras) if p.start <= first.start < p.end)
    more = conv.ask(engine, "Tell me more")
    assert more.kind == "open" and more.rewritten == "more of quote 1"
    # the quote's paragraph and the next one, verbatim
    assert (more.quotes[0].start, more.quotes[0].end) == (paras[i].start, paras[i + 1].end)
    assert more.quotes[0].text == art.text[paras[i].start:paras[i + 1].end]
    on = conv.ask(engine, "go on")  # then one paragraph at a time
    assert (on.quotes[0].start, on.quotes[0].end) == (paras[i + 2].start, paras[i + 2].end)
    assert on.quotes[0].paragraph == paras[i + 2].number


def test_what_else_leaves_out_what_was_shown(engine):
    conv = Conversation()
    shown = conv.ask(engine, "What did Amber Rudd say about WhatsApp?").quotes
    other = conv.ask(engine, "What else did she say?")
    assert other.rewritten == "What else did Amber Rudd say?"
    assert other.quotes and not other.abstained
    for q in other.quotes:
        assert not any(q.article.id == s.article.id and q.start < s.end and s.start < q.end for s in shown)
    # "Anything else?" asks the same question again, for what neither answer showed
    more = conv.ask(engine, "Anything else?")
    assert more.rewritten == "What else did Amber Rudd say?"
    for q in more.quotes:
        assert not any(q.article.id == s.article.id and q.start < s.end and s.start < q.end
                       for s in shown + other.quotes)


def test_quote_out_of_range(engine):
    conv = Conversation()
    with pytest.raises(QabotError, match="no answer yet"):
        conv.quote(1)
    with pytest.raises(QabotError, match="no answer yet to read on from"):
        conv.ask(engine, "Tell me more")
    conv.ask(engine, "Who is the Home Secretary?")
    with pytest.raises(QabotError, match="there is no quote 9"):
        conv.ask(engine, "who said the ninth one?")


def test_bad_question(engine):
    conv = Conversation()
    with pytest.raises(QuestionError):
        conv.ask(engine, "   ")
    assert conv.turns == []


def test_reset(engine):
    conv = Conversation()
    conv.ask(engine, "Who is the Home Secretary?")
    conv.reset()
    assert conv.rewrite("What did she say about warrants?") == "What did she say about warrants?"
    assert conv.last_answer is None


def test_turns_are_bounded(engine):
    conv = Conversation(max_turns=2)
    for q in ["Who is the Home Secretary?", "Who is Ruth Nakamura?", "Who is the council leader in Portwell?"]:
        conv.ask(engine, q)
    assert [t.question for t in conv.turns] == ["Who is Ruth Nakamura?", "Who is the council leader in Portwell?"]


def test_record_without_articles():
    """A turn recorded from a bare Answer (no store) still gives its names to later turns."""
    conv = Conversation()
    conv.record("What did Tom Barrow say about the wall?", Answer(question="x", abstained=True))
    assert conv.rewrite("What did he say about the cost?") == "What did Tom Barrow say about the cost?"


@pytest.mark.parametrize("text,ref", [
    ("who said the second one?", QuoteRef("said", 2)),
    ("Who said the first quote?", QuoteRef("said", 1)),
    ("who said that?", QuoteRef("said", 1)),
    ("And who said the last one?", QuoteRef("said", -1)),
    ("open the first quote", QuoteRef("open", 1)),
    ("show me quote 3", QuoteRef("open", 3)),
    ("where is the second one from?", QuoteRef("source", 2)),
    ("Which article is quote #2 from?", QuoteRef("source", 2)),
    ("Who was the first to claim responsibility?", None),
    ("What did she say about the second attack?", None),
    ("Who said there should be no place for terrorists to hide?", None),
    ("Tell me more", QuoteRef("more", 1)),
    ("ok, go on", QuoteRef("more", 1)),
    ("Can you tell me more about that?", QuoteRef("more", 1)),
    ("Tell me more about the attack", None),
    ("What more could the police do?", None),
])
def test_parse_quote_ref(text, ref):
    assert parse_quote_ref(text) == ref


def test_a_persons_gender_is_learnt_from_the_articles_naming_them():
    from types import SimpleNamespace

    from qabot.session import corpus_gender, gender_votes

    # a story about a supporter: "She" opens the sentence after his name, a vote for "she"
    rally = ("Dana Price drove four hours to the rally. Mark Delaney spoke for an hour. "
             "She cheered at every line.")
    speeches = ["Mark Delaney said on Monday that he would run again. He thanked the volunteers.",
                "Mark Delaney opened the plant. He said it would employ 300 people."]
    name = ("mark", "delaney")
    assert gender_votes(rally, name) == (1, 0)
    assert corpus_gender(name, [rally]) is None  # one vote decides nothing
    assert corpus_gender(name, [rally] + speeches) == "m"
    assert corpus_gender(name, [rally, rally.replace("She", "He")]) is None  # a tie

    articles = {"rally": SimpleNamespace(text=rally), "a": SimpleNamespace(text=speeches[0]),
                "b": SimpleNamespace(text=speeches[1])}
    conv = Conversation()
    conv.record("What did Mark Delaney say?", Answer(question="What did Mark Delaney say?", abstained=True),
                articles, naming=lambda words: sorted(articles) if words == set(name) else [])
    assert conv.rewrite("What did he promise?") == "What did Mark Delaney promise?"
    assert conv.rewrite("What did she promise?") == "What did she promise?"


def test_a_lone_surname_the_article_has_speaking_is_a_person():
    ctx = ("The two candidates met on Monday. When Varga noted that taxes had risen, Holm laughed. "
           "Later Varga said she would cut them.")
    ents = {e.name: e for e in entities_of("What did Holm say about Varga?", ctx)}
    assert ents["Varga"].kind == "person" and ents["Varga"].gender == "f"
    assert ents["Holm"].kind == "thing"  # never seen speaking: nothing says it is a person


def test_titles_count_for_the_person_they_name_when_two_share_a_surname():
    from qabot.session import gender_votes

    text = ("Bill Clinton spoke in Flint on Monday. His wife Hillary Clinton was in Ohio. "
            "Mrs. Clinton spoke there later.")
    assert gender_votes(text, ("bill", "clinton"))[0] == 0       # not "wife Hillary Clinton", nor "Mrs. Clinton"
    assert gender_votes(text, ("hillary", "clinton"))[0] >= 2    # "wife Hillary Clinton"
    assert gender_votes(text, ("clinton",)) == (0, 0)            # which Clinton, no title tells
