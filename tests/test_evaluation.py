"""qabot eval: the metric arithmetic on cases whose results are known, and a real run."""
from __future__ import annotations

import json

import pytest

from qabot.evaluation import contains, evaluate, load_items, metrics, normalise
from qabot.errors import QabotError


def test_normalise_and_contains():
    assert normalise("The  Denver Broncos!") == "denver broncos"
    assert contains("Won by the Denver Broncos in 2016.", ["denver broncos"])
    assert not contains("Denverites cheered.", ["Denver"])          # word boundaries
    assert contains("“golden anniversary”", ['"golden anniversary'])
    # as written, where normalising joins an owner's "s" to the name
    assert contains("Rudd told the BBC's Andrew Marr Show.", ["Rudd told the BBC"])
    assert not contains("Rudd told the BBCs", ["Rudd told the BBC"])


def test_metric_arithmetic():
    # four answerable questions: found at rank 1, at rank 3, not found, at rank 2;
    # two unanswerable: one abstained (right), one answered; one answerable wrongly abstained
    ranks = [1, 3, None, 2, None, None, 1]
    gold = [False, False, False, False, True, True, False]
    abstained = [False, False, False, False, True, False, True]
    m = metrics(ranks, abstained, gold, verbatim=[True, True, True, False], latencies=[0.01, 0.02, 0.03, 0.04])
    assert m["answerable"] == 5 and m["unanswerable"] == 2
    assert m["recall_at_1"] == 0.4                   # ranks 1 and 1 of 5
    assert m["recall_at_3"] == 0.8                   # 1, 3, 2, 1
    assert m["mrr"] == round((1 + 1 / 3 + 1 / 2 + 1) / 5, 4)
    assert m["abstain_precision"] == 0.5             # 2 abstentions, 1 right
    assert m["abstain_recall"] == 0.5                # 2 unanswerable, 1 caught
    assert m["answered_abstained"] == 1
    assert m["verbatim"] == 0.75
    assert m["latency_p50_ms"] == 25.0


def test_load_items_formats_and_errors(tmp_path):
    f = tmp_path / "q.jsonl"
    f.write_text('{"question": "A?", "answers": ["x"]}\n\n{"question": "B?", "expect": ["y"], "abstain": false}\n'
                 '{"question": "C?", "abstain": true}\n')
    items = load_items(f)
    assert [(i.question, i.answers, i.abstain) for i in items] == [("A?", ["x"], False), ("B?", ["y"], False), ("C?", [], True)]
    f.write_text('{"question": "A?"}\n{"nope": 1}\n')
    with pytest.raises(QabotError, match=r"q.jsonl:2: not a question line"):
        load_items(f)


def question_file(folder, rows: list[dict]):
    """A question file of ``rows`` in ``folder``."""
    f = folder / "q.jsonl"
    f.write_text("\n".join(json.dumps(x) for x in rows))
    return f


def test_eval_on_the_fixture_corpus(engine, corpus, tmp_path):
    engine.ingest([corpus])
    f = question_file(tmp_path, [
        {"question": "How many homes will the sea wall protect?", "answers": ["300 homes"]},
        {"question": "How much will the Portwell sea wall cost?", "answers": ["4.2 million pounds"]},
        {"question": "What is the capital of Mongolia?", "abstain": True},
    ])
    result = evaluate(engine, load_items(f))
    q = result["qabot"]
    assert (q["recall_at_1"], q["recall_at_3"], q["mrr"]) == (1.0, 1.0, 1.0)
    assert (q["abstain_precision"], q["abstain_recall"], q["verbatim"]) == (1.0, 1.0, 1.0)
    assert set(result["baseline"]) == {"recall_at_1", "recall_at_3", "mrr"}
    assert result["difference"]["recall_at_1"] == round(1.0 - result["baseline"]["recall_at_1"], 4)


@pytest.mark.parametrize("question, typed", [
    ("What was Masood's age?", "what was masoods age"),
    ("Who is Amber Rudd? ", "who is amber rudd"),
    ("What’s the headline?", "whats the headline"),
])
def test_a_question_typed_in_a_hurry(question, typed):
    from qabot.evaluation import hurried

    assert hurried(question) == typed


def test_eval_hurried_asks_the_questions_typed_in_a_hurry(engine, corpus, tmp_path):
    from click.testing import CliRunner

    from qabot import cli as cli_mod

    engine.ingest([corpus])
    f = question_file(tmp_path, [
        {"question": "What was Masood's age?", "answers": ["Khalid Masood, 52"]},
        {"question": "What did Amber Rudd say about WhatsApp?", "answers": ["secret place for terrorists"]},
        {"question": "What is the capital of Mongolia?", "abstain": True},
    ])
    original = cli_mod._engine
    cli_mod._engine = lambda ctx: engine
    try:
        out = CliRunner().invoke(cli_mod.cli, ["eval", str(f), "--hurried", "--no-baseline", "--json"],
                                 catch_exceptions=False)
    finally:
        cli_mod._engine = original
    q = json.loads(out.output)["qabot"]
    assert (q["recall_at_1"], q["recall_at_3"], q["abstain_recall"], q["verbatim"]) == (1.0, 1.0, 1.0, 1.0)


def test_a_question_with_a_typo():
    import random

    from qabot.evaluation import with_typo

    rng = random.Random(0)
    typed = with_typo("What did Amber Rudd say about WhatsApp?", rng)
    assert typed != "What did Amber Rudd say about WhatsApp?" and len(typed) == len("What did Amber Rudd say about WhatsApp?")
    # one word changed, by two neighbouring letters swapped inside it
    changed = [(a, b) for a, b in zip("What did Amber Rudd say about WhatsApp?".split(), typed.split()) if a != b]
    assert len(changed) == 1 and sorted(changed[0][0]) == sorted(changed[0][1])
    assert changed[0][0][0] == changed[0][1][0] and changed[0][0][-1] == changed[0][1][-1]
    assert with_typo("Who is he?", rng) == "Who is he?"
