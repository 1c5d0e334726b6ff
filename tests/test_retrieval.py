"""Hybrid retrieval: dense and lexical evidence fused; exact names, numbers and quoted phrases
count for more; broad questions draw on several articles; reprinted copy is not repeated."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import ingest_texts

from qabot.retrieval import Retriever, entity_terms, phrase_words, question_type, quoted_phrases, stem


@pytest.fixture
def news(tmp_path, engine):
    texts = {}
    texts["permits.txt"] = ("Council reviews building permits\n\n"
          "The council approved most building permits on Tuesday. "
          "Permit XK-4471 for the riverside tower was refused because of flood risk. "
          "Officials called the tower plan a castle in the clouds.\n")
    texts["housing.txt"] = ("Housing shortage deepens\n\n"
          "Rents in the city rose by 12 percent last year, the housing office said. "
          "The office blamed a shortage of new homes.\n")
    texts["rents-a.txt"] = ("Tenants protest rent rises\n\n"
          "Hundreds of tenants marched to city hall on Saturday to protest rising rents.\n")
    texts["rents-b.txt"] = ("Landlords defend rent rises\n\n"
          "Landlords said rising rents reflect higher interest rates on their mortgages.\n")
    texts["wire-1.txt"] = ("Storm closes port\n\n"
          "A storm closed the port of Lynmouth on Monday, stranding 40 fishing boats, officials said.\n")
    texts["wire-2.txt"] = ("Port shut by storm\n\n"
          "A storm closed the port of Lynmouth on Monday, stranding 40 fishing boats, port officials said.\n")
    return ingest_texts(engine, tmp_path / "news", texts)


def ranked(engine, question):
    idx = engine.index()
    cands = Retriever(engine.dense(), idx).search(question, engine.embedder.encode([question])[0])
    return [(idx.text(c.row), c) for c in cands]


def test_exact_code_outranks_paraphrase(news):
    (text, cand), *_ = ranked(news, "Why was permit XK-4471 refused?")
    assert text == "Permit XK-4471 for the riverside tower was refused because of flood risk."
    assert cand.bm25 == 1.0 and cand.idf_coverage > 0.5


def test_quoted_phrase_counts_for_more(news):
    (text, cand), *_ = ranked(news, "What did officials call 'a castle in the clouds'?")
    assert text == "Officials called the tower plan a castle in the clouds."
    assert cand.phrase == 1.0


def test_numbers_in_the_question_must_be_in_the_article(news):
    _, cand = ranked(news, "How much did rents rise in 2031?")[0]
    assert cand.missing == 1.0       # 2031 appears in no article: a near miss, penalised


def test_broad_question_draws_on_several_articles(news):
    answer = news.ask("Why are rents rising?", k=3)
    titles = {q.article.title for q in answer.quotes}
    assert len(titles) >= 2


def test_reprinted_wire_copy_is_quoted_once(news):
    answer = news.ask("How many fishing boats were stranded in Lynmouth?", k=3)
    assert sum("stranding 40 fishing boats" in q.text for q in answer.quotes) == 1


@pytest.mark.parametrize("question, kind", [
    ("Who claimed responsibility?", "who"), ("When did the mill close?", "when"),
    ("In what year was it built?", "when"), ("Where is the port?", "where"),
    ("How many boats were stranded?", "number"), ("Why was the permit refused?", "why"),
    ("Did police find evidence?", "yesno"), ("What did the council approve?", "what"),
    ("Which programme did the minister appear on?", "where"), ("What TV show was she speaking to?", "where"),
    ("What age was the driver?", "number"),
    # typed as into a search box
    ("attacker age", "number"), ("Amber Rudd age?", "number"),
    # a consequence asked
    ("What happens if WhatsApp won't cooperate?", "if"), ("What's the government's threat?", "if"),
    ("what if they say no", "if"), ("What happened to the attacker?", "what"),
])
def test_question_types(question, kind):
    assert question_type(question) == kind


def test_entity_terms_and_quoted_phrases():
    assert entity_terms("What did Angela Merkel say in 2016 about the EU?") == ["angela", "merkel", "2016", "eu"]
    assert [p.pattern for p in quoted_phrases('Who said "no place to hide"?')] == [r"\bno\W+place\W+to\W+hide\b"]
    assert quoted_phrases("What is Rudd's view?") == []
    assert phrase_words(quoted_phrases("Who said ‘Anti-Semitic Images’ in Zürich?")[0]) == {"anti", "semitic", "images"}


def test_word_index_finds_the_articles_holding_every_word(news):
    idx = news.index()
    by_title = {a.title: aid for aid, a in idx.articles.items()}
    wires = sorted([by_title["Storm closes port"], by_title["Port shut by storm"]])
    assert idx.articles_with({"storm", "lynmouth"}) == wires
    assert idx.articles_with({"lynmouth", "permit"}) == []
    assert idx.articles_with({"xk", "4471"}) == [by_title["Council reviews building permits"]]
    assert idx.articles_with({"nowhere"}) == []
    assert idx.article_has(by_title["Housing shortage deepens"], "rents")
    assert not idx.article_has(by_title["Housing shortage deepens"], "rent")   # words, not stems
    assert not idx.article_has("no-such-article", "rents")


def test_sentence_table_and_ids_agree(news):
    idx = news.index()
    assert [idx.by_id[r.id] for r in idx.rows] == list(range(len(idx.rows)))
    assert idx.rows.ids() == [r.id for r in idx.rows]
    first = idx.rows[0]
    aid, v, _ = first.id.rsplit(":", 2)
    assert idx.by_id.get(f"{aid}:{v}:s{len(idx.by_article[aid])}") is None    # past the article's end
    assert idx.by_id.get(f"{aid}:000000000000:s0") is None                   # another version
    assert idx.by_id.get(f"{aid}:{v}:c0") is None and "nonsense" not in idx.by_id
    for aid, rows in idx.by_article.items():
        assert all(idx.rows[i].article_id == aid for i in rows)
        text = idx.articles[aid].text
        assert all(idx.text(idx.rows[i]) == text[idx.rows[i].start:idx.rows[i].end] for i in rows)


def test_the_corpus_view_keeps_paragraphs_as_numbers_and_gives_whole_articles(engine, corpus):
    from qabot.readers import read_path

    engine.ingest([corpus])
    index = engine.index()
    for aid, light in index.articles.items():
        whole = index.article(aid)
        assert light.paragraphs == [] and whole.text == light.text
        source = {a.id: a for a in read_path(Path(whole.path))}[aid]
        assert whole == source  # the article as read from its file, paragraphs included
        for p in whole.paragraphs:
            for offset in (p.start, (p.start + p.end) // 2, p.end - 1):
                assert index.paragraph_at(aid, offset) == p.number == whole.paragraph_at(offset)
        gaps = [p.end for p in whole.paragraphs if p.end < len(whole.text) and whole.paragraph_at(p.end) is None]
        assert all(index.paragraph_at(aid, g) is None for g in gaps)
    assert index.paragraph_at("no-such-article", 0) is None


@pytest.mark.parametrize("a, b", [("planned", "plans"), ("stopping", "stop"), ("carried", "carry"),
                                  ("stories", "story"), ("collapsed", "collapse"), ("votes", "voted"),
                                  ("used", "use"), ("uses", "use"), ("cars", "car"), ("aged", "age")])
def test_stems_meet(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", [("fall", "fail"), ("pass", "pas"), ("planet", "plan"),
                                  ("attacker", "attacked"), ("news", "new"), ("need", "nee")])
def test_stems_keep_apart(a, b):
    assert stem(a) != stem(b)


@pytest.fixture
def profiles(tmp_path, engine):
    return ingest_texts(engine, tmp_path / "profiles", {
        "schiff.txt": ("Lawmaker urges retaliation\n\n"
                       "Rep. Adam Schiff called on the president to retaliate against Russia.\n\n"
                       "Schiff will hold hearings on the hacking in March.\n"),
        "bridge.txt": ("Attack on the bridge\n\n"
                       "Khalid Masood drove a rented car into pedestrians on the bridge. "
                       "He was shot dead by police. Officers closed the area for hours.\n"),
        "hearings.txt": ("Senate schedules hearings\n\n"
                         "The Senate will hold hearings on the budget in March.\n"),
    })


def test_a_surname_stands_for_the_full_name_the_article_gives(profiles):
    ranked_ = ranked(profiles, "When will Adam Schiff hold hearings?")
    by_text = {t: c for t, c in ranked_}
    surname = by_text["Schiff will hold hearings on the hacking in March."]
    assert surname.idf_coverage == pytest.approx(1.0)
    # an article that never names Adam Schiff gets no such credit
    assert by_text["The Senate will hold hearings on the budget in March."].idf_coverage < 0.7
    assert ranked_[0][0] == "Schiff will hold hearings on the hacking in March."


def test_a_sentence_opening_with_a_pronoun_covers_what_the_one_before_names(profiles):
    by_text = dict(ranked(profiles, "What happened to Khalid Masood?"))
    shot = by_text["He was shot dead by police."]
    # "happened" is the question's frame; the pronoun stands for the name in the sentence before
    assert shot.idf_coverage == pytest.approx(1.0) and shot.ctx_coverage == pytest.approx(1.0)
    # a sentence not opening with a reference keeps its own coverage, with context apart
    closed = by_text.get("Officers closed the area for hours.")
    assert closed is None or (closed.idf_coverage == 0.0 and closed.ctx_coverage == 0.0)
    answer = profiles.ask("What happened to Khalid Masood?")
    assert "He was shot dead by police." in answer.quotes[0].text


def test_a_sentence_covers_the_name_of_who_says_it(engine, tmp_path):
    ingest_texts(engine, tmp_path / "talks", {"talks.txt": (
        "Minister warns the rail companies\n\n"
        "Transport Secretary Maria Lindqvist met the rail companies on Monday.\n\n"
        "The talks lasted four hours, officials said.\n\n"
        "If the companies do not cut delays, she warned, the government would take back the franchises.\n\n"
        "Union leader Tom Barrow said the companies had ignored the drivers.\n")})
    idx = engine.index()
    said_by = {idx.text(idx.rows[i]): idx.speakers[n] for i, n in enumerate(idx.said_by.tolist()) if n >= 0}
    # the statement resolved "she" to the minister: her sentence counts as naming her
    assert said_by["If the companies do not cut delays, she warned, the government would take back the franchises."] \
        .endswith("Maria Lindqvist")
    assert said_by["Union leader Tom Barrow said the companies had ignored the drivers."].endswith("Tom Barrow")
    assert "Transport Secretary Maria Lindqvist met the rail companies on Monday." not in said_by
    by_text = dict(ranked(engine, "What did Lindqvist warn the companies?"))
    warned = by_text["If the companies do not cut delays, she warned, the government would take back the franchises."]
    assert warned.idf_coverage == pytest.approx(1.0)
    assert ranked(engine, "What did Lindqvist warn the companies?")[0][0].startswith("If the companies do not cut delays")


def test_bm25_scores_are_bm25s_scores_without_loading_bm25s(news):
    import pickle
    import subprocess
    import sys

    import bm25s
    import numpy as np

    idx = news.index()
    texts = [idx.text(idx.rows[i]) for i in range(len(idx.rows))]
    tokens = bm25s.tokenize(texts, stopwords="en", show_progress=False)
    reference = bm25s.BM25()
    reference.index(tokens, show_progress=False)
    for q in ("Why was the riverside tower permit refused?", "rents rents rising", "storm port boats"):
        words = [w for w in re.findall(r"\w+", q.lower()) if len(w) > 1 and w in tokens.vocab]
        expected = reference.get_scores([tokens.vocab[w] for w in words])
        assert np.array_equal(idx.bm25_scores(q), expected)
    # the pickled view (what a later reader loads) needs neither bm25s nor scipy
    blob = pickle.dumps(idx)
    code = ("import pickle, sys; pickle.loads(sys.stdin.buffer.read()); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('bm25s', 'scipy')))")
    out = subprocess.run([sys.executable, "-c", code], input=blob, capture_output=True, check=True)
    assert out.stdout.decode().strip() == "[]"


@pytest.mark.parametrize("sentence, place", [
    ("He drove into pedestrians on Westminster Bridge on Wednesday.", True),
    ("He was stabbed outside Parliament.", True),
    ("The rally was held in Ohio.", True),
    ("She spoke on Sunday.", False),
    ("The vote is due in March.", False),
])
def test_where_questions_look_for_a_place(sentence, place):
    from qabot.retrieval import type_bonus

    assert type_bonus("where", sentence, "Where did it happen?") == (1.0 if place else 0.0)


@pytest.mark.parametrize("sentence, question, venue", [
    ("There should be no place for terrorists to hide,\" Rudd told the BBC's Andrew Marr Show.", "Where did Rudd speak?", True),
    ("She said so in an interview with The Washington Post.", "Where did Lynch give the interview?", True),
    ("There should be no place for terrorists to hide,\" Rudd told the BBC's Andrew Marr Show.", "Where did the attack happen?", False),
    # "called on WhatsApp" urges WhatsApp; it is no place
    ("Amber Rudd on Sunday called on WhatsApp to give agencies access.", "Where did Rudd speak?", False),
    ("Amber Rudd on Sunday called on WhatsApp to give agencies access.", "Where did the attack happen?", False),
])
def test_where_someone_spoke_is_a_programme_or_an_interview(sentence, question, venue):
    from qabot.retrieval import type_bonus

    assert type_bonus("where", sentence, question) == (1.0 if venue else 0.0)


@pytest.mark.parametrize("sentence, refers", [
    ("He was shot dead by police.", True),
    ("The group claimed responsibility.", True),
    ("In 2012, again the Green Party nominee, she was arrested after entering the debate venue.", True),
    ("If the companies do not cooperate, she warned, the government would consider new laws.", True),
    ("On Monday, they met the rail companies.", True),
    ("Khalid Masood, 52, drove a rented car into pedestrians.", False),
    ("In 2012, the Green Party nominee was arrested.", False),
    ("Police said they had found no evidence that the group directed him, and that he acted alone.", True),
    ("Adam Schiff said his committee would hold hearings.", False),
    ("The committee will hold hearings in March.", False),
])
def test_a_sentence_about_what_an_earlier_one_named(sentence, refers):
    from qabot.text import refers_back

    assert refers_back(sentence) is refers


@pytest.mark.parametrize("sentence, opens", [
    ("This is unacceptable.", True),
    ("It blamed the council.", True),
    ("The group claimed responsibility.", True),
    # a time, no reference to the sentence before
    ("This week, the president declined to threaten Moscow.", False),
    ("That morning, police closed the bridge.", False),
    ("Khalid Masood, 52, drove a rented car.", False),
])
def test_a_sentence_opening_with_a_reference(sentence, opens):
    from qabot.text import opens_with_reference

    assert opens_with_reference(sentence) is opens


def test_a_pronoun_subject_after_an_opening_phrase_takes_the_sentence_before(engine, tmp_path):
    ingest_texts(engine, tmp_path / "stein", {"stein.txt": (
        "Candidate removed from debate site\n\n"
        "Green Party candidate Jill Stein was escorted off the premises on Monday.\n\n"
        "Monday's trip to the university wasn't Stein's first. In 2012, again the Green Party nominee, "
        "she was arrested after entering the debate venue and handcuffing herself to a chair.\n")})
    answer = engine.ask("What happened to Jill Stein in 2012?")
    assert "she was arrested after entering the debate venue" in answer.quotes[0].text


@pytest.mark.parametrize("a, b", [("fought", "fight"), ("drove", "driving"), ("told", "tells"), ("died", "dies"),
                                  ("children", "child"), ("written", "writes")])
def test_irregular_forms_meet(a, b):
    from qabot.retrieval import irregular_forms

    assert stem(a) == stem(b)
    # a search by prefix finds the form that does not start with the stem
    assert a in irregular_forms(stem(b)) or a.startswith(stem(b))


def test_an_irregular_form_in_the_question_finds_the_sentence(engine, tmp_path):
    ingest_texts(engine, tmp_path / "court", {"court.txt": (
        "Phone maker in court\n\n"
        "The dispute recalls the fight between the phone maker and the regulator last year.\n\n"
        "The regulator fined three other companies in May.\n")})
    by_text = dict(ranked(engine, "Which regulator fought with the phone maker?"))
    assert by_text["The dispute recalls the fight between the phone maker and the regulator last year."] \
        .idf_coverage == pytest.approx(1.0)


def test_rerank_reads_a_sentence_after_the_one_before(engine, corpus, embedder):
    from qabot.engine import Engine

    engine.ingest([corpus])
    engine = Engine(engine.settings.model_copy(update={"rerank": 0}), embedder=embedder)
    plain = engine.ask("Did Masood act with others?")
    reranked_engine = Engine(engine.settings.model_copy(update={"rerank": 5}), embedder=embedder)
    reranked = reranked_engine.ask("Did Masood act with others?")
    # alone, "Police said ... he acted alone" loses to the sentence naming Masood; read after it, it wins
    assert "acted alone" not in plain.quotes[0].text
    assert "they believe he acted alone" in reranked.quotes[0].text
    # re-scoring reorders answers but never turns an abstention into one
    for q in ("What did the Pope say about the election?", "How old was the attacker's wife?",
              "What is the capital of Mongolia?", "Did Masood act with others?"):
        assert reranked_engine.ask(q).abstained == engine.ask(q).abstained


def test_title_stems_read_an_agent_noun_as_its_verb():
    from qabot.retrieval import title_stems

    assert {"attack", "attacker", "messag"} <= title_stems("UK demands access to Westminster attacker's messages")
    assert stem("attacker") != stem("attacked")  # in a sentence the two stay apart


def test_the_headline_ranks_articles_not_sentences(engine, tmp_path):
    ingest_texts(engine, tmp_path / "markets", {
        "bomb.txt": ("Bomber strikes Lenton market\n\n"
                     "A man set off a device in the crowded market on Friday, injuring twelve people.\n\n"
                     "The council said the stalls would reopen next week.\n"),
        "farm.txt": ("Farmers see record crowds\n\n"
                     "The farmers market in Dunmore drew record crowds on Friday.\n")})
    results = ranked(engine, "Which market was bombed?")
    by_text = dict(results)
    bombed = by_text["A man set off a device in the crowded market on Friday, injuring twelve people."]
    stalls = by_text["The council said the stalls would reopen next week."]
    farm = by_text["The farmers market in Dunmore drew record crowds on Friday."]
    # "bomb" is only in the headline: every sentence of that article gains the same, none of the other's
    assert bombed.title_coverage == stalls.title_coverage > 0 and farm.title_coverage == 0
    assert bombed.idf_coverage < 1.0 and bombed.title_gain > 0
    assert results[0][0].startswith("A man set off a device")
    # and abstention is decided without it
    answer = engine.ask("Which market was bombed?")
    assert answer.confidence == pytest.approx(answer.quotes[0].score - bombed.title_gain, abs=1e-3)


def test_within_an_article_the_headline_changes_no_order(engine, tmp_path):
    ingest_texts(engine, tmp_path / "talks", {"talks.txt": (
        "Minister warns the rail companies\n\n"
        "Transport Secretary Maria Lindqvist met the rail companies on Monday.\n\n"
        "If the companies do not cut delays, she warned, the government would take back the franchises.\n")})
    assert ranked(engine, "What did Lindqvist warn the companies?")[0][0].startswith("If the companies do not cut")


def test_a_sentence_about_what_the_one_before_named_comes_up_with_it(engine, corpus):
    from qabot.retrieval import Retriever

    engine.ingest([corpus])
    question = "Did the Islamic State direct the attack?"
    # few candidates from each search, as in a large corpus: the police sentence's own words
    # ("the group directed him") are far from the question's
    retriever = Retriever(engine.dense(), engine.index(), n_dense=3, n_chunks=1, n_lexical=3)
    found = {engine.index().text(c.row): c for c in retriever.search(question, engine.embedder.encode([question])[0])}
    after = "Police said they had found no evidence that the group directed him, and that they believe he acted alone."
    assert after in found
    # it takes the overlap of the sentence naming the group
    assert found[after].ctx_coverage == pytest.approx(1.0)


@pytest.mark.parametrize("text, links", [
    # described in the lead, introduced at the start of the next paragraph
    ("UK demands access\n\nRudd spoke after it emerged that the Westminster attacker used the app.\n\n"
     "Khalid Masood, 52, drove a rented car into pedestrians.", [("attacker", "Khalid Masood")]),
    # in apposition, a middle initial and a title kept out
    ("Police are hunting the gunman, Sgt. John P. Smith, who fled.", [("gunman", "John P. Smith")]),
    ("The suspect was arrested on Monday. Ahmad Khan Rahami, 28, was charged.", [("suspect", "Ahmad Khan Rahami")]),
    # a name met before is not the one described
    ("Amber Rudd called the attacker a coward. Amber Rudd, 53, spoke on Sunday.", []),
    # a name that is not introduced ("Name, 52," / "Name, a ...") is not taken for the description
    ("It emerged that the attacker used the app. John Smith said so.", []),
    # words of those endings that are no people, and verbs
    ("The number rose. Jane Doe, 40, counted. The government would consider it. John Roe, 3, cried.", []),
    ("On the other side, the Follow button. Follow Pam Key, a reporter, on Twitter.", []),
])
def test_a_person_described_then_named(text, links):
    from qabot.text import descriptor_links

    assert descriptor_links(text) == links


def test_the_description_and_the_name_cover_each_other(engine, corpus):
    engine.ingest([corpus])
    # "attacker" is nowhere near "He was shot dead by police" but in the lead: the sentence before
    # it names Khalid Masood, whom the lead calls the Westminster attacker
    answer = engine.ask("What happened to the attacker?")
    assert "He was shot dead by police." in answer.quotes[0].text
    by_text = dict(ranked(engine, "What emerged about Masood and WhatsApp?"))
    lead = next(t for t in by_text if t.startswith("Britain's Home Secretary"))
    assert by_text[lead].idf_coverage == pytest.approx(1.0)


def test_a_date_framing_a_statement_is_when_it_was_said():
    from qabot.retrieval import SentenceRow, content_only

    text = "Home Secretary Amber Rudd on Sunday called on WhatsApp to act after the attack on Wednesday."
    statement = {"source": {"start": 0, "end": 25}, "cue": {"start": 36, "end": 45},
                 "content": [{"start": 46, "end": len(text) - 1}]}
    row = SentenceRow(id="s", article_id="a", paragraph=1, n=0, start=0, end=len(text))
    kept = content_only(text, row, [statement])
    assert len(kept) == len(text) and "Sunday" not in kept and "on Wednesday" in kept
    assert kept[46:] == text[46:]
    # a statement elsewhere in the article leaves the sentence alone
    far = {"source": {"start": 200, "end": 204}, "cue": {"start": 205, "end": 209}, "content": [{"start": 210, "end": 230}]}
    assert content_only(text, row, [far]) == text


def test_when_did_the_attack_happen_is_not_when_it_was_talked_about(engine, corpus):
    engine.ingest([corpus])
    # the lead's "Rudd on Sunday called on ..." dates what she said, not the attack
    answer = engine.ask("When did the Westminster attack happen?")
    assert "on Wednesday" in answer.quotes[0].text
    assert "on Sunday" in engine.ask("When did Rudd call on WhatsApp to give access?").quotes[0].text
    # the answer type ranks; abstention is decided without the part that only ranks
    by_text = dict(ranked(engine, "When did the Westminster attack happen?"))
    top = next(c for t, c in by_text.items() if t.startswith("Khalid Masood, 52"))
    assert top.type_strong == 1.0 and top.type_gain > 0
    from qabot.answer import decision_score

    assert answer.confidence == pytest.approx(max(decision_score(c) for c in by_text.values()), abs=1e-3)
    assert decision_score(top) == pytest.approx(top.score - top.type_gain - top.title_gain)


@pytest.mark.parametrize("sentence, age", [
    ("Khalid Masood, 52, drove a rented car into pedestrians.", True),
    ("Crutcher, 40 ― a father and student ― was shot.", True),
    ("A 40-year-old man was arrested.", True),
    ("The driver, aged 30, was unhurt.", True),
    # a number is no age: "How old ...?" is not answered by a count
    ("Masood drove into pedestrians, killing three people.", False),
    ("In 2012 she was arrested at a debate.", False),
    ("The bridge, 215 feet high, is a rocky arch.", False),
])
def test_how_old_asks_for_an_age(sentence, age):
    from qabot.retrieval import type_bonus

    assert type_bonus("number", sentence, "How old was the driver?") == (1.0 if age else 0.0)
    assert type_bonus("number", sentence, "How many people were hurt?") == 1.0


def test_what_the_described_person_did_comes_up_with_their_article(engine, corpus):
    engine.ingest([corpus])
    question = "When did the attack happen?"
    # few candidates from each search, as in a large corpus full of attacks: "Khalid Masood, 52,
    # drove ..." says no "attack", but the article calls him "the Westminster attacker"
    retriever = Retriever(engine.dense(), engine.index(), n_dense=3, n_chunks=1, n_lexical=3)
    found = {engine.index().text(c.row): c for c in retriever.search(question, engine.embedder.encode([question])[0])}
    masood = next((c for t, c in found.items() if t.startswith("Khalid Masood, 52, drove")), None)
    assert masood is not None and masood.idf_coverage == pytest.approx(1.0) and masood.type_strong == 1.0
    assert "on Wednesday" in engine.ask(question).quotes[0].text


def test_a_sentence_that_asks_does_not_answer(engine, tmp_path):
    ingest_texts(engine, tmp_path / "flood", {
        "speech.txt": ("Mayor demands flood defences\n\n"
                       "How many more people must die in floods before the council acts?\n\n"
                       "The mayor spoke at the town hall.\n"),
        "report.txt": ("Flood hits valley\n\n"
                       "Four people died in the flood on Tuesday, when the river burst its banks.\n")})
    results = ranked(engine, "How many people died in the flood?")
    by_text = dict(results)
    asking = by_text["How many more people must die in floods before the council acts?"]
    assert asking.asks == 1.0 and asking.asks_gain < 0
    assert results[0][0] == "Four people died in the flood on Tuesday, when the river burst its banks."
    # a ranking matter: abstention is decided without it
    from qabot.answer import CLOSE_IN_MEANING, MEANING_WEIGHT, decision_score

    meaning = MEANING_WEIGHT * max(0.0, asking.cos - CLOSE_IN_MEANING)
    assert decision_score(asking) == pytest.approx(asking.score - asking.asks_gain - asking.title_gain
                                                   - asking.type_gain + meaning)


def test_take_place_is_the_questions_frame():
    from qabot.retrieval import _TAKE_PLACE, stems

    # "When did the attack take place?" asks when it happened; the answer need not say "place"
    assert _TAKE_PLACE.search("When did the Westminster attack take place?")
    assert _TAKE_PLACE.search("Where did Super Bowl 50 take place?")
    assert not _TAKE_PLACE.search("Which place did the attacker take?")
    assert stems("take place") == {"tak", "plac"}


@pytest.mark.parametrize("question, qtype", [
    ("What was Masood's age?", "number"),
    ("What is the age of the attacker?", "number"),
    ("How old was Masood?", "number"),
    ("What was Masood's car?", "what"),
])
def test_an_age_asked_is_a_number(question, qtype):
    from qabot.retrieval import question_type

    assert question_type(question) == qtype


def test_another_name_for_what_the_question_names_covers_it(engine, tmp_path):
    from qabot.retrieval import Retriever
    from tests.conftest import ingest_texts

    # "ISIS" in the question, "the Islamic State group" in the passage: the same group
    ingest_texts(engine, tmp_path / "c", {
        "claim.txt": "Group claims attack\n\nThe Islamic State group claimed responsibility for the attack on "
                     "the bridge.\n\nPolice said the driver acted alone.\n",
        "games.txt": "Board games\n\nA new board game about an attack on a castle sold out on Friday.\n"})
    index = engine.index()
    question = "Did ISIS claim the attack on the bridge?"
    candidates = Retriever(engine.dense(), index).search(question, engine.embedder.encode([question])[0])
    top = next(c for c in candidates if "Islamic State" in index.text(c.row))
    assert top.idf_coverage == pytest.approx(1.0)


def test_a_rare_name_opening_the_question_keeps_to_its_article(engine, tmp_path):
    # "Rudd" opens the question (its capital says nothing there: the corpus tells it is a name);
    # a passage of an article without her, sharing the common "Monday", does not lead
    ingest_texts(engine, tmp_path / "c", {
        "rudd.txt": "Rudd demands access\n\nHome Secretary Amber Rudd made the comments on Sunday.\n\n"
                    "Rudd spoke to the BBC about encrypted apps.\n",
        "debate.txt": "Debate night\n\nThe candidates made their comments on Monday night.\n\n"
                      "On Monday the debate drew a record audience. Monday was busy.\n",
        "week.txt": "A busy week\n\nMonday brought rain to the city.\n"})
    results = ranked(engine, "Rudd made these comments on Monday, correct?")
    assert results[0][0] == "Home Secretary Amber Rudd made the comments on Sunday."
    by_text = dict(results)
    # the article lacking the rare name misses more of the question than the one lacking "Monday"
    assert by_text["The candidates made their comments on Monday night."].missing > 0.5
    assert by_text["Home Secretary Amber Rudd made the comments on Sunday."].missing < 0.5


@pytest.mark.parametrize("question, answer", [
    ("Who took credit for the bombing?", "A militant group claimed responsibility for the bombing."),
    ("How many people lost their lives in the bombing?", "The bombing killed four people."),
    ("Was the bomber on his own?", "Police believe the bomber acted alone."),
    ("Did the bomber have accomplices?", "Police believe the bomber acted alone."),
    ("Which group say they did the bombing?", "A militant group claimed responsibility for the bombing."),
    ("Did the group give him orders for the bombing?", "Police found nothing to show the group directed him in the bombing."),
    ("Was the van the bomber drove hired?", "The bomber drove a rented van to the market."),
    ("Which clash was the bombing compared to?", "The bombing recalls the fight between two clans last year."),
    ("Was IS giving him orders for the bombing?", "Police found nothing to show the group directed him in the bombing."),
    ("Would attacks like this be easier to stop with more guards?", "Attacks like this would be easier to prevent with more guards."),
])
def test_news_idioms_cover_each_other(engine, tmp_path, question, answer):
    ingest_texts(engine, tmp_path / "c", {
        "bomb.txt": "Bomb hits market\n\nA militant group claimed responsibility for the bombing.\n\n"
                    "The bombing killed four people.\n\nPolice believe the bomber acted alone.\n\n"
                    "Police found nothing to show the group directed him in the bombing.\n\n"
                    "The bomber drove a rented van to the market.\n\n"
                    "The bombing recalls the fight between two clans last year.\n\n"
                    "The Islamic State group praised the bomber.\n\n"
                    "Attacks like this would be easier to prevent with more guards.\n",
        "bank.txt": "Bank lends more\n\nThe bank took credit risks on his own account, lending to people "
                    "who lost their jobs in the bombing's aftermath.\n"})
    results = ranked(engine, question)
    by_text = dict(results)
    # the idiom's words are covered by the other idiom's
    assert by_text[answer].idf_coverage >= 0.99
    assert results[0][0] == answer


def test_a_day_of_the_week_is_given_by_a_days_name(engine, tmp_path):
    """"On which day of the week did the bombing happen?": "on Wednesday" covers "week" as much
    as "day"."""
    ingest_texts(engine, tmp_path / "c", {
        "bomb.txt": "Bomb hits market\n\nA bomb hit the market on Wednesday, killing four people.\n"})
    by_text = dict(ranked(engine, "On which day of the week did the bombing happen?"))
    assert by_text["A bomb hit the market on Wednesday, killing four people."].idf_coverage >= 0.99


def test_a_consequence_is_answered_by_a_condition(engine, tmp_path):
    """"What happens if the council won't play ball?" is answered by what would follow if it does
    not cooperate, not by the passage naming the council most."""
    ingest_texts(engine, tmp_path / "c", {
        "wall.txt": "Sea wall row\n\nThe council and the harbour board have argued over the sea wall for years, "
                    "and the council wants the board to pay for the sea wall.\n\n"
                    "If the board does not cooperate, the minister said, the government would take over the harbour.\n"})
    results = ranked(engine, "What happens if the harbour board won't play ball?")
    assert results[0][0].startswith("If the board does not cooperate")
    assert results[0][1].type_strong == 1.0


@pytest.mark.parametrize("question, sentence, other", [
    # either-or: the choice given covers the other's words
    ("Was it his own car he used or a hired one?",
     "Khalid Masood, 52, drove a rented car into pedestrians on the bridge.", "The bridge reopened on Thursday."),
    ("Is she asking for access only with a warrant or blanket access?",
     "Rudd said the security services could read such messages when they have a warrant.",
     "Rudd said the security services could read such messages."),
    # "earlier" is "last year"; what became of someone is how it ended for them
    ("Which earlier dispute does this row echo?",
     "The dispute recalls the fight between Apple and the FBI last year.", "The dispute recalls the fight between Apple and the FBI."),
    ("What became of the attacker in the end?", "Masood was shot dead by police.", "Masood was seen by police."),
    # the ways of listening in; a car is a vehicle
    ("What old-school snooping did she compare it to?",
     "People would steam-open envelopes or just listen in on phones.", "People would open envelopes."),
    ("What vehicle did the attacker use?", "The attacker drove a rented car.", "The attacker drove away."),
    # a post's name is a title; the asker's feelings are no words of the answer
    ("What's Amber Rudd's official title?", "Home Secretary Amber Rudd spoke on Sunday.", "Amber Rudd spoke on Sunday."),
    # how she felt, as news quotes it; whether anyone pulled his strings
    ("Was she angry about it?", "Rudd called the attack completely unacceptable.", "Rudd called the police."),
    ("Was IS pulling his strings?", "Police found no evidence that the group directed him.", "Police found no evidence of it."),
    # a reader's own words for the article's: the crowd, the feds, a phone, chats, a capability,
    # a demand, a minister, the only one, lives lost, the methods asked for
    ("What did the company refuse the feds?", "Apple refused to help the FBI.", "Apple refused to help."),
    ("Whose phone was it?", "The iPhone was used by one of the shooters.", "The car was used by one of the shooters."),
    ("Can spies read the chats?", "Spies could read such messages.", "Spies could read."),
    ("What capability do the spies need?", "The spies need the ability to get in.", "The spies need to get in."),
    ("When did the minister make her demand?", "Home Secretary Amber Rudd called on WhatsApp on Sunday.",
     "Amber Rudd spoke of WhatsApp on Sunday."),
    ("Is WhatsApp the only app she is worried about?", "WhatsApp, and there are plenty of others like that.",
     "WhatsApp is an app."),
    ("How many persons lost the life on the bridge?", "The attack on the bridge killed three people.",
     "The attack on the bridge was on Wednesday."),
])
def test_a_passage_covers_what_the_question_words_otherwise(engine, tmp_path, question, sentence, other):
    ingest_texts(engine, tmp_path / "c", {"a.txt": f"Attack on the bridge\n\n{sentence}\n\n{other}\n"})
    by_text = dict(ranked(engine, question))
    assert by_text[sentence].idf_coverage > by_text[other].idf_coverage


@pytest.mark.parametrize("question, choices", [
    ("Was it his own car he used or a hired one?", [({"own", "car", "use"}, {"hir", "one"})]),
    ("His own car or hired?", [({"own", "car"}, {"hir"})]),
    ("which channel was it on like bbc or sky or what", [({"lik", "bbc"}, {"sky"})]),
    # no choice: verbs joined, "or not", "or some such"
    ("What often affects or facilitates ease of analysis?", []),
    ("Did he act alone or not?", []),
    ("Didn't they call him a soldier or some such?", []),
    # the choices offered after the question
    ("which bridge was it again, Westminster or London Bridge?", [({"westminster"}, {"london", "bridg"})]),
])
def test_the_choices_of_an_either_or_question(question, choices):
    from qabot.retrieval import alternatives, stems

    got = alternatives(question, stems(question))
    assert got == [pair for one, other in choices for pair in ((one, other), (other, one))]


@pytest.mark.parametrize("question, kind", [
    ("What was the name of the man who did the killings?", "who"),
    ("What was the attacker's name?", "who"),
    ("In which broadcast did she speak?", "where"),
    ("Which programme did the minister appear on?", "where"),
    ("What was the name of the bill?", "what"),
])
def test_a_name_asked_is_a_who_question(question, kind):
    assert question_type(question) == kind


def test_a_who_question_is_answered_by_a_name_not_by_the_words_for_anyone(engine, tmp_path):
    """"What was the name of the man who did the killings?" is answered by the passage naming
    him; "man" and "name" are the question's frame (not "Manning", which stems as "man" does)."""
    ingest_texts(engine, tmp_path / "c", {
        "a.txt": "Killings in the square\n\nKhalid Masood, 52, did the killings in the square.\n\n"
                 "A man walked his dog in the square later.\n"})
    results = ranked(engine, "What was the name of the man who did the killings in the square?")
    assert results[0][0] == "Khalid Masood, 52, did the killings in the square."
    assert results[0][1].idf_coverage >= 0.99
    manning = dict(ranked(engine, "Who recovered a Manning fumble in the square?"))
    assert manning["Khalid Masood, 52, did the killings in the square."].idf_coverage < 0.5


def test_tv_is_no_name_the_article_must_hold():
    from qabot.retrieval import entity_terms

    assert entity_terms("What TV show was she on?") == []
    assert entity_terms("Which MP was killed in the attack?") == ["mp"]
    assert entity_terms("Which day did Mrs Rudd speak?") == ["rudd"]


@pytest.mark.parametrize("question, qtype", [
    ("What will the government do if WhatsApp refuses to cooperate?", "if"),
    ("What's Rudd threatening if WhatsApp won't play ball?", "if"),
    ("What will the government do?", "what"),
])
def test_a_consequence_asked(question, qtype):
    from qabot.retrieval import question_type

    assert question_type(question) == qtype


def test_the_askers_feelings_are_no_words_of_the_answer(engine, tmp_path):
    ingest_texts(engine, tmp_path / "c", {"a.txt": "Attack on the bridge\n\nThe attack happened on Westminster Bridge.\n"})
    by_text = dict(ranked(engine, "Which bridge did this terrible thing happen on?"))
    assert by_text["The attack happened on Westminster Bridge."].idf_coverage == pytest.approx(1.0)


def test_the_pieces_of_a_contraction_are_no_words():
    from qabot.retrieval import content_words

    assert content_words("What if WhatsApp won't cooperate? Rudd's words, they're sure") == [
        "whatsapp", "cooperate", "rudd", "words", "sure"]


def test_the_perpetrator_is_the_attacker_and_fatalities_are_deaths(engine, tmp_path):
    ingest_texts(engine, tmp_path / "c", {
        "a.txt": "Westminster attacker named\n\nThe Westminster attacker struck on Wednesday.\n\n"
                 "Khalid Masood, 52, drove a car into pedestrians on the bridge, killing three people.\n\n"
                 "The bridge reopened on Friday.\n"})
    by_text = dict(ranked(engine, "How old was the perpetrator?"))
    assert by_text["Khalid Masood, 52, drove a car into pedestrians on the bridge, killing three people."].idf_coverage >= 0.99
    results = ranked(engine, "How many fatalities were there on the bridge?")
    assert results[0][0].startswith("Khalid Masood, 52,") and results[0][1].idf_coverage >= 0.99


@pytest.mark.parametrize("question", [
    "The bridge attack was last Monday, right?",
    "Was the bridge attack on Monday?",
])
def test_a_day_checked_is_covered_by_the_day_it_was(engine, tmp_path, question):
    """A statement checked with a wrong day is answered by the passage giving the right one;
    the day it names is no name the article must hold."""
    ingest_texts(engine, tmp_path / "c", {
        "a.txt": "Bridge attack\n\nThe bridge attack came on Wednesday.\n\n"
                 "The bridge attack shocked the city.\n"})
    results = ranked(engine, question)
    by_text = dict(results)
    assert results[0][0] == "The bridge attack came on Wednesday."
    assert by_text["The bridge attack came on Wednesday."].missing == 0.0
    assert by_text["The bridge attack came on Wednesday."].idf_coverage > by_text["The bridge attack shocked the city."].idf_coverage


@pytest.mark.parametrize("question, kind", [
    ("How did Rudd describe the situation?", "describe"),
    ("What did Rudd call the situation with WhatsApp?", "describe"),
    ("was she like angry about it, what word did she use", "describe"),
    ("How did the claim of responsibility characterise Masood?", "describe"),
    ("What did Rudd call for?", "what"),
    ("What did Rudd call on WhatsApp to do?", "what"),
    # a consequence asked after its condition
    ("If WhatsApp and others do not cooperate, what will the government do?", "if"),
])
def test_a_description_asked(question, kind):
    assert question_type(question) == kind


def test_a_description_asked_is_answered_by_a_verdict(engine, tmp_path):
    """"How did the mayor describe it?" of the mayor's "It is absolutely disgraceful.", not of
    another sentence about him."""
    ingest_texts(engine, tmp_path / "c", {
        "a.txt": "Flooding in the town\n\nThe mayor described the new bridge to reporters on Monday.\n\n"
                 "\"It is absolutely disgraceful,\" the mayor said of the flooding.\n"})
    results = ranked(engine, "How did the mayor describe it?")
    assert results[0][0] == "\"It is absolutely disgraceful,\" the mayor said of the flooding."
    assert results[0][1].type_strong == 1.0


@pytest.mark.parametrize("question, sentence", [
    # the article as the question's subject is no word of the answer; tech firms are companies;
    # "the guy who did this" is whom a name answers
    ("Which earlier dispute does the article compare this to?", "The dispute recalls the fight between Apple and the FBI last year."),
    ("What happens if the tech firms won't play ball?", "If the companies do not cooperate, the government would act."),
    ("How old was the guy who did this?", "Khalid Masood, 52, did this."),
    ("Did he drive into the crowd?", "Masood drove into pedestrians."),
    ("What old-fashioned spying methods were there?", "It used to be that people would steam-open envelopes."),
])
def test_a_passage_covers_every_word_a_reader_adds(engine, tmp_path, question, sentence):
    ingest_texts(engine, tmp_path / "c", {"a.txt": f"Attack on the bridge\n\n{sentence}\n\nThe bridge reopened.\n"})
    assert dict(ranked(engine, question))[sentence].idf_coverage >= 0.99
