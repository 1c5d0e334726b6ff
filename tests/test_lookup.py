"""who and said on the seed-like article, with the real extractor, model and store."""
from __future__ import annotations

import shutil

import pytest

from qabot.engine import subject_before
from qabot.lookup import parse_article_lookup
from tests.conftest import SEED, assert_answered_alike, ingest_texts


@pytest.fixture
def loaded(engine, corpus):
    engine.ingest([corpus])
    return engine


def test_said_finds_the_speaker_with_the_citation(loaded):
    answer = loaded.said("a secret place for terrorists")
    top = answer.quotes[0]
    assert top.speaker == "Amber Rudd" and top.paragraph == 4 and not answer.abstained
    assert "secret place for terrorists to communicate" in top.text
    assert top.article.title == "UK demands access to Westminster attacker's WhatsApp messages"


def test_said_in_other_words(loaded):
    answer = loaded.said("terrorists must have nowhere to hide")
    assert answer.quotes[0].speaker == "Amber Rudd"


@pytest.mark.parametrize("name", ["Rudd", "amber rudd", "Home Secretary Amber Rudd", "the Home Secretary"])
def test_who_matches_name_variants(loaded, name):
    answer = loaded.who(name)
    assert answer.question.startswith("What Amber Rudd said")
    texts = " ".join(q.text for q in answer.quotes)
    assert "secret place for terrorists" in texts                          # direct
    assert "would be easier to prevent" in texts                           # reported
    assert all(q.speaker == "Amber Rudd" for q in answer.quotes)


def test_who_with_a_topic_ranks_by_it(loaded):
    answer = loaded.who("Rudd", "warrants")
    assert "warrant" in answer.quotes[0].text


def test_unknown_name_suggests_speakers(loaded):
    answer = loaded.who("Angela Merkel")
    assert answer.abstained and not answer.quotes
    assert answer.message.startswith("Nobody called “Angela Merkel” is quoted in the corpus. Closest speakers: ")
    assert "Amber Rudd" in answer.message


@pytest.mark.parametrize("question, expect_abstain", [
    ("What did Amber Rudd say about WhatsApp?", False),
    ("What did Amber Rudd say about football transfers?", True),
    # she is quoted, but not about the officer (the best statement scores 0.33, under 0.4)
    ("What did Amber Rudd say about the police officer?", True),
    # the passages name WhatsApp, but none reports WhatsApp saying anything
    ("What did WhatsApp say in response to Rudd?", True),
    ("What did WhatsApp say in its statement?", True),
    ("What did Angela Merkel say about encryption?", True),
])
def test_ask_routes_what_did_x_say(loaded, question, expect_abstain):
    answer = loaded.ask(question)
    assert answer.abstained is expect_abstain
    if not expect_abstain:
        assert any("secret place for terrorists" in q.text and q.speaker == "Amber Rudd" for q in answer.quotes)


def test_subject_of_a_quote_without_a_verb_of_saying():
    text = "After the debate, Trump openly admires Russian President Vladimir Putin as a “strong leader.”"
    assert subject_before(text, 0, text.index("strong"), []) == "Trump"


def test_speaker_rows_read_their_bodies_from_the_corpus_view(loaded):
    import pickle

    speakers = loaded.speakers()
    index = loaded.index()
    before = [(r.speaker, r.statement.model_dump()) for r in speakers.rows]
    assert before and all(r.source is speakers.source for r in speakers.rows)
    copy = pickle.loads(pickle.dumps(speakers))
    assert copy.source.blobs is None                  # the bodies are not pickled twice
    with pytest.raises(RuntimeError, match="source was attached"):
        copy.rows[0].statement
    copy.source.attach(index.statements)
    assert [(r.speaker, r.statement.model_dump()) for r in copy.rows] == before


def test_someone_described_through_another_is_not_that_person():
    from qabot.lookup import possessive, reports_speech

    assert possessive("Stein's spokeswoman") == ("Stein", "spokeswoman")
    assert possessive("the president’s lawyer") == ("president", "lawyer")
    assert possessive("Amber Rudd") is None and possessive("O'Brien") is None
    assert reports_speech("Stein spokeswoman Melezia Figueroa said", "Stein's spokeswoman")
    # the owner alone is not the person asked about
    assert not reports_speech("Stein said she plans to join her supporters", "Stein's spokeswoman")


@pytest.mark.parametrize("passage, name, reports", [
    ("There should be no place for terrorists to hide,\" Rudd told the BBC's Andrew Marr Show.", "Amber Rudd", True),
    ("\"It is unacceptable,\" said Home Secretary Amber Rudd.", "Amber Rudd", True),
    ("A WhatsApp spokesman declined to comment.", "WhatsApp", True),
    ("The dispute was first reported according to Fox News.", "Fox News", True),
    ("WhatsApp, which is owned by Facebook, said it was cooperating.", "WhatsApp", True),
    ("The group claimed responsibility through its Amaq news agency, calling Masood \"a soldier\".",
     "the Islamic State's Amaq agency", True),
    # named, but not saying anything
    ("Amber Rudd called on WhatsApp and other encrypted messaging services to give agencies access.", "WhatsApp", False),
    ("The attacker used WhatsApp minutes before he struck.", "WhatsApp", False),
    ("Rudd told the BBC", "Jill Stein", False),
    # someone else, named after a comma, says it
    ("In a Facebook message posted Friday, Cruz said he would vote for Trump.", "Facebook", False),
    # spoken to, not speaking
    ("There should be no place for terrorists to hide,\" Rudd told the BBC's Andrew Marr Show.", "Andrew Marr", False),
    ("Rudd said to Andrew Marr that it was unacceptable.", "Andrew Marr", False),
])
def test_a_passage_reports_what_someone_said(passage, name, reports):
    from qabot.lookup import reports_speech

    assert reports_speech(passage, name) is reports


def test_ask_about_someone_described_through_another(engine, tmp_path):
    ingest_texts(engine, tmp_path / "news", {"stein.txt": (
        "Candidate removed from debate site\n\n"
        "Green Party candidate Jill Stein was escorted off the premises on Monday.\n\n"
        "\"We want a fair debate,\" Stein said at a rally.\n\n"
        "Stein spokeswoman Melezia Figueroa said the candidate was headed to the venue for interviews.\n")})
    answer = engine.ask("What did Stein's spokeswoman say?")
    # not Stein's own statements, and not an abstention: the passage naming her spokeswoman
    assert not answer.abstained
    assert answer.quotes[0].text.startswith("Stein spokeswoman Melezia Figueroa said")
    assert answer.quotes[0].speaker == "Melezia Figueroa"


def test_who_is_a_role_names_the_person(loaded):
    from qabot.lookup import parse_identity

    assert parse_identity("Who is the Home Secretary?") == "the Home Secretary"
    assert parse_identity("Who is Amber Rudd?") is None          # a name: an ordinary question
    assert parse_identity("Who is the attacker?") is None        # not a role the corpus gives
    answer = loaded.ask("Who is the Home Secretary?")
    assert answer.question == "Who is the Home Secretary?" and not answer.abstained
    assert "Home Secretary Amber Rudd" in answer.quotes[0].text


@pytest.mark.parametrize("question, about", [
    ("Who wrote the article about WhatsApp and the Westminster attacker?", "WhatsApp and the Westminster attacker"),
    ("Who is the author of the story on the cider harvest?", "the cider harvest"),
    ("Which journalist wrote about the Westminster attack?", "the Westminster attack"),
    ("Who wrote it?", ""),
    ("Who wrote this article?", ""),
    ("Who wrote the WhatsApp article?", "WhatsApp"),
    ("Who wrote the Westminster attack story?", "Westminster attack"),
    ("Who wrote the letter?", None),
    # who said a phrase, or who reported a fact: not a question about an article's author
    ("Who wrote 'a secret place for terrorists'?", None),
    ("Who wrote that terrorists must have nowhere to hide?", None),
    ("Who reported the Apple dispute?", None),
    ("Who reported it?", ""),
    # of the conversation's article, or the bot asks which
    ("Who is the author?", ""),
    ("Who was the writer", ""),
    ("who write this article?", ""),
    ("Who's the author of the article?", ""),
    # whether a name wrote it: the byline answers
    ("Was the article written by Ben Ariel?", ""),
    ("Did Ben Ariel write this piece?", ""),
    ("Is Ben Ariel the author?", ""),
    ("The WhatsApp article was written by Ben Ariel?", "WhatsApp"),
    ("Ben Ariel wrote it?", ""),
    ("Was the article about WhatsApp written by Ben Ariel?", "WhatsApp"),
    ("Was Ben Ariel at the scene?", None),
])
def test_author_questions_are_told_apart(question, about):
    from qabot.lookup import parse_author

    assert parse_author(question) == about


def test_who_wrote_quotes_the_byline(loaded):
    answer = loaded.ask("Who wrote the article about WhatsApp and the Westminster attacker?")
    assert not answer.abstained
    assert answer.message == "“UK demands access to Westminster attacker's WhatsApp messages” is by Ben Ariel."
    byline = answer.quotes[0]
    assert byline.text == "Ben Ariel" and byline.article.author == "Ben Ariel"
    from qabot.render import citation

    line = citation(loaded.prompts(), 1, byline)
    assert " · byline · " in line and "¶" not in line
    assert " · ¶" in citation(loaded.prompts(), 2, answer.quotes[1])
    # the passages that matched the description follow, from the same article
    assert len(answer.quotes) > 1 and {q.article.id for q in answer.quotes} == {byline.article.id}


def test_who_wrote_an_article_with_front_matter(loaded):
    answer = loaded.ask("Who is the author of the story about the apple harvest?")
    assert answer.message == "“Cider makers fear a poor apple harvest” is by Lena Ortiz."
    top = answer.quotes[0]
    assert top.text == "Lena Ortiz"
    with open(top.article.path, encoding="utf-8", newline="") as f:
        assert f.read()[top.start:top.end] == "Lena Ortiz"


def test_who_wrote_an_article_without_author(engine, tmp_path):
    ingest_texts(engine, tmp_path / "news", {"bridge.txt": (
        "Old toll bridge to close for repairs\n\n"
        "The county will close the old toll bridge over the Severn for six weeks of repairs from March.\n")})
    answer = engine.ask("Who wrote the article about the toll bridge repairs?")
    assert answer.abstained
    assert answer.message == "“Old toll bridge to close for repairs” does not name its author. The passages that matched are below."
    assert "close the old toll bridge" in answer.quotes[0].text
    # "Who wrote it?" in a conversation about it: no passages were looked for, none are promised
    from qabot.session import Conversation

    conv = Conversation()
    conv.ask(engine, "When will the toll bridge close?")
    it = conv.ask(engine, "Who wrote it?")
    assert it.abstained and not it.quotes
    assert it.message == "“Old toll bridge to close for repairs”, the article this conversation is about, does not name its author."


def test_who_wrote_it_follows_the_conversation(loaded):
    from qabot.session import Conversation

    conv = Conversation()
    assert conv.ask(loaded, "Who wrote it?").message.startswith("Which article?")
    conv.ask(loaded, "What did Amber Rudd say about WhatsApp?")
    answer = conv.ask(loaded, "Who wrote it?")
    assert answer.message.endswith("is by Ben Ariel.") and answer.quotes[0].text == "Ben Ariel"


def test_a_lower_case_speaker_the_corpus_quotes_is_routed(loaded):
    from qabot.lookup import parse_group_lookup, parse_lookup

    assert parse_lookup("What did police say about the attacker?") is None
    assert parse_group_lookup("What did the police say about the attacker?") == ("police", "the attacker")
    answer = loaded.ask("What did police say about the attacker?")
    assert not answer.abstained and answer.quotes[0].speaker == "Police"
    assert "no evidence that the group directed him" in answer.quotes[0].text


def test_a_misspelt_name_is_taken_for_the_one_speaker_it_comes_close_to(loaded):
    speakers = loaded.speakers()
    assert speakers.correct("Amber Rud") == speakers.correct("Ambre Rudd") == "amber rudd"
    assert speakers.correct("Angela Merkel") is None          # nobody close: not a guess
    answer = loaded.ask("What did Amber Rud say about WhatsApp?")
    assert not answer.abstained and answer.quotes[0].speaker == "Amber Rudd"
    assert "secret place for terrorists" in answer.quotes[0].text
    assert loaded.who("Amber Rud").question.startswith("What Amber Rudd said")


def test_a_misspelt_name_close_to_two_people_is_not_guessed(engine, tmp_path):
    ingest_texts(engine, tmp_path / "council", {"council.txt": (
        "Council splits over the harbour wall\n\n"
        "\"The wall must be rebuilt this year,\" said councillor Tom Barrow.\n\n"
        "\"We cannot afford it,\" said treasurer Tom Barlow.\n")})
    speakers = engine.speakers()
    assert speakers.correct("Tom Barow") is None
    assert speakers.correct("Tom Barrrow") == "tom barrow"
    assert engine.ask("What did Tom Barow say?").abstained


def test_more_verbs_of_saying_make_a_look_up(loaded):
    from qabot.lookup import parse_group_lookup, parse_lookup

    assert parse_lookup("What did Andrew Marr ask Rudd?") == ("who", "Andrew Marr", None)
    assert parse_group_lookup("What did police conclude about the attacker?") == ("police", "the attacker")
    assert parse_lookup("What did the Islamic State call Masood?") is None      # calling names, not saying
    # Andrew Marr is quoted nowhere, and the passage naming him has Rudd speaking to his show
    answer = loaded.ask("What did Andrew Marr ask Rudd?")
    assert answer.abstained
    assert loaded.ask("What did police conclude about the attacker?").quotes[0].speaker == "Police"



def test_a_group_written_in_lower_case_is_not_a_surname(engine, tmp_path):
    ingest_texts(engine, tmp_path / "news", {"stabbing.txt": (
        "Man held after stabbing\n\n"
        "Police said a man had been arrested near the station.\n\n"
        "The victim was taken to hospital, according to police, and is in a stable condition.\n\n"
        "\"We will rebuild,\" Clinton said at the rally.\n")})
    speakers = engine.speakers()
    assert speakers.match("Bill Clinton") == ["clinton"]          # the name less a first name
    assert speakers.match("the Metropolitan Police commissioner") == []
    assert engine.ask("What did the Metropolitan Police commissioner say?").abstained


@pytest.mark.parametrize("question, lookup", [
    # whether someone said something
    ("Did Rudd say WhatsApp was acceptable?", ("who", "Rudd", "WhatsApp was acceptable")),
    ("Did Rudd think the situation was acceptable?", ("who", "Rudd", "the situation was acceptable")),
    ("Did Rudd call for new laws?", ("who", "Rudd", "new laws")),
    ("What did Rudd threaten if the firms refuse?", ("who", "Rudd", "the firms refuse")),
    ("What did Rudd say if asked?", None),
    # what they said of a thing the question names
    ("What old surveillance methods did Rudd mention?", ("who", "Rudd", "old surveillance methods")),
    ("Which organisations did Rudd mention?", ("who", "Rudd", "organisations")),
    ("What action did the Home Secretary call for?", None),
    ("Which FBI case does the article mention?", None),
    ("Did Facebook comment on the Home Secretary's demand?", ("who", "Facebook", "the Home Secretary's demand")),
    ("How did WhatsApp respond to the Home Secretary?", ("who", "WhatsApp", "the Home Secretary")),
    # "in its statement", "in an interview" frame the words and are no topic
    ("What did WhatsApp say in its statement?", ("who", "WhatsApp", None)),
    ("What did Rudd say in her interview about WhatsApp?", ("who", "Rudd", "WhatsApp")),
    ("What did Rudd say in London?", None),
    # a time frame is the topic: what was said then
    ("What did Masood say before the attack?", ("who", "Masood", "the attack")),
    # asked as a request
    ("Quote Amber Rudd on terrorists.", ("who", "Amber Rudd", "terrorists")),
    ("Show me what Rudd said about warrants", ("who", "Rudd", "warrants")),
    ("What Rudd said about warrants", ("who", "Rudd", "warrants")),
    ("Give me Rudd's words on encrypted WhatsApp", ("who", "Rudd", "encrypted WhatsApp")),
    ("Find the quote about Brexit by Amber Rudd", ("who", "Amber Rudd", "Brexit")),
    ("Give me the quote where Rudd mentions envelopes", ("who", "Rudd", "envelopes")),
    ("Show me the passage in which Amber Rudd talks about warrants?", ("who", "Amber Rudd", "warrants")),
    ("Give me the quote where", None),
    # what they said in reply
    ("What did WhatsApp say back to Rudd?", ("who", "WhatsApp", "Rudd")),
    # claiming an attack is no saying: "who claimed" is the said look-up only with "that" or quotes
    ("Who claimed the attack?", None),
    ("Who claimed that the attack was planned?", ("said", "the attack was planned", None)),
    # asked through the noun for what was said
    ("What is WhatsApp's response to Rudd?", ("who", "WhatsApp", "Rudd")),
    ("What was WhatsApp's official response to Rudd?", ("who", "WhatsApp", "Rudd")),
    ("What was the reaction from WhatsApp?", ("who", "WhatsApp", None)),
    ("What was the response from the police to the attack?", ("who", "the police", "the attack")),
    ("What was Amber Rudd's view on encryption?", ("who", "Amber Rudd", "encryption")),
    ("What was Amber Rudd's position on encryption?", ("who", "Amber Rudd", "encryption")),
    ("What is Apple's reaction?", ("who", "Apple", None)),
    # her position alone is her job
    ("What is the Home Secretary's position?", None),
    # doing, not saying, and requests for no one's words: ordinary questions
    ("Did the attacker act alone?", None),
    ("Did police find evidence that the Islamic State directed Masood?", None),
    ("Did WhatsApp agree to give access to messages?", None),
    ("Find the quote about steam-opening envelopes", None),
    ("Tell me about Khalid Masood", None),
])
def test_other_forms_of_the_what_did_x_say_look_up(question, lookup):
    from qabot.lookup import parse_lookup

    assert parse_lookup(question) == lookup


@pytest.mark.parametrize("question", ["How did WhatsApp respond to the Home Secretary?",
                                      "What is WhatsApp's response to Rudd?"])
def test_a_response_nobody_reports_is_not_answered(loaded, question):
    answer = loaded.ask(question)
    assert answer.abstained and answer.message.startswith("Nobody called “WhatsApp” is quoted")


def test_requests_are_answered_from_the_speakers_statements(loaded):
    answer = loaded.ask("Quote Amber Rudd on warrants.")
    assert not answer.abstained and answer.quotes[0].speaker == "Amber Rudd"
    assert "warrant" in answer.quotes[0].text
    assert loaded.ask("Find the quote about football transfers by Amber Rudd").abstained


@pytest.mark.parametrize("question, topic", [
    ("Is there anything about Apple in the corpus?", "Apple"),
    ("Do you have anything on the San Bernardino shooters?", "the San Bernardino shooters"),
    ("Are there any articles about the harvest?", "the harvest"),
    ("Does any article mention WhatsApp?", "WhatsApp"),
    # the article is no speaker, though some article may quote "the article"
    ("What does the article say about Apple?", "Apple"),
    ("What does the story say about warrants?", "warrants"),
    ("What did the report say about Brexit?", None),
    # questions about the world, not about what the corpus holds
    ("Is there a law against encryption?", None),
    ("Are there any survivors?", None),
    ("Do you have the time?", None),
])
def test_questions_about_what_the_corpus_mentions(question, topic):
    from qabot.lookup import parse_mention

    assert parse_mention(question) == topic


def test_anything_about_a_topic_quotes_the_passages_naming_it(loaded):
    answer = loaded.ask("Is there anything about Apple in the corpus?")
    assert not answer.abstained and answer.question == "Is there anything about Apple in the corpus?"
    assert all("Apple" in q.text for q in answer.quotes)
    assert "refused to help unlock an iPhone" in answer.quotes[0].text
    nothing = loaded.ask("Is there anything about football transfers?")
    assert nothing.abstained and nothing.quotes  # the nearest passages, for context


@pytest.mark.parametrize("question, about", [
    ("Summarise the article about WhatsApp", "WhatsApp"),
    ("What is the article about the sea wall about?", "the sea wall"),
    ("Give me a summary of the Jill Stein story", "Jill Stein"),
    ("Summarize it", ""),
    ("What is the WhatsApp article about?", "WhatsApp"),
    ("What is WhatsApp about?", None),
    ("What is the attack about?", None),
    ("What did Rudd say about WhatsApp?", None),
])
def test_summary_questions(question, about):
    from qabot.lookup import parse_summary

    assert parse_summary(question) == about


def test_a_summary_is_the_articles_own_standfirst_and_opening(loaded):
    answer = loaded.ask("Summarise the article about WhatsApp and the Westminster attacker")
    assert not answer.abstained
    assert answer.message == "“UK demands access to Westminster attacker's WhatsApp messages”, in its own words:"
    art = loaded.article(answer.quotes[0].article.id)
    assert [q.paragraph for q in answer.quotes] == [0, 1]
    assert answer.quotes[0].text == "Home Secretary says encrypted messaging apps must not become a hiding place for terrorists."
    assert all(q.text == art.text[q.start:q.end] for q in answer.quotes)
    # asked of "it" with no article in the conversation yet
    which = loaded.ask("Summarise it")
    assert which.abstained and which.message.startswith("Which article?")


def test_a_question_typed_in_lower_case_finds_the_names(loaded):
    # the corpus writes "Rudd" and "Masood" with capitals, "police" and "warrants" without
    assert loaded._recased("what did rudd say about warrants") == "what did Rudd say about warrants"
    assert loaded._recased("what did police say about masood") == "what did police say about Masood"
    assert loaded._recased("What did rudd say?") == "What did rudd say?"       # capitals typed: left alone
    answer = loaded.ask("what did rudd say about warrants")
    assert answer.question == "what did rudd say about warrants"              # the user's words
    assert not answer.abstained and answer.quotes[0].speaker == "Amber Rudd"
    assert "warrant" in answer.quotes[0].text


def test_a_misspelt_name_in_lower_case_is_taken_for_the_speaker(loaded):
    speakers = loaded.speakers()
    # one letter wrong in a short name
    assert speakers.correct("Ruud") == speakers.correct("amber ruud") == "amber rudd"
    answer = loaded.ask("what did ruud say about whatsapp")
    assert not answer.abstained and answer.quotes[0].speaker == "Amber Rudd"
    assert "secret place for terrorists" in answer.quotes[0].text


def test_a_statement_about_him_is_about_whom_the_sentence_before_named(loaded):
    # "Police said ... that the group directed him": the sentence before names Masood
    answer = loaded.ask("What did the police say about Masood?")
    assert not answer.abstained and answer.quotes[0].speaker == "Police"
    assert "no evidence that the group directed him" in answer.quotes[0].text
    # the "she" of "she warned" is the speaker: Rudd's warning stays off a topic the sentence
    # before hers names (Apple)
    assert loaded.who("Amber Rudd", "Apple").abstained


@pytest.mark.parametrize("question, inside", [
    ("I'd like to know which group claimed the Westminster attack", "Which group claimed the Westminster attack"),
    ("Can you please tell me when the attack happened?", "When did the attack happen?"),
    ("Do you know how old Masood was?", "How old was Masood?"),
    ("could you tell me who the attacker was", "who was the attacker?"),
    # politeness after the question, and a thing asked for
    ("I would like to know who wrote this article, please.", "Who wrote this article?"),
    ("On which programme did she say it, may I ask?", "On which programme did she say it?"),
    ("What became of him, if you don't mind my asking?", "What became of him?"),
    ("Who wrote the article, do you know?", "Who wrote the article?"),
    # a bot addressed, and a remark after the question mark that asks nothing
    ("@bot what happened to masood in the end?", "what happened to masood in the end?"),
    ("hey bot, who wrote it", "who wrote it"),
    ("whats the attackers name again? forgot lol", "whats the attackers name?"),
    ("What did she say? And when?", "What did she say? And when?"),
    ("Who said it? Rudd or May?", "Who said it? Rudd or May?"),
    ("remind me who wrote it", "who wrote it"),
    # the asker's guess after the question; a thing guessed stays, its words may be the answer's
    ("How old was he, in his fifties wasn't he?", "How old was he?"),
    ("How old was the officer he stabbed, I think he was in his forties?", "How old was the officer he stabbed?"),
    ("What did she call it, a secret place?", "What did she call it, a secret place?"),
    ("Could you kindly tell me the headline of the piece?", "What is the headline of the piece?"),
    ("Who said please?", "Who said please?"),
    ("I was wondering what the police said about the attacker", "What the police said about the attacker"),
    ("ok, I want to know: who said that?", "who said that?"),       # typed in lower case: left so
    ("And what was the headline?", "What was the headline?"),
    # the article is where every answer comes from
    ("According to the article, what did Amber Rudd call for?", "What did Amber Rudd call for?"),
    ("What did Rudd call for, according to the story?", "What did Rudd call for?"),
    ("Who is the British Home Secretary named in the story?", "Who is the British Home Secretary?"),
    ("Which app is mentioned in the piece?", "Which app is mentioned?"),
    ("What is in the article?", "What is in the article?"),
    ("According to Rudd, what must not happen?", "According to Rudd, what must not happen?"),
    # no frame, or a frame around something that is not a question: as it is
    ("Tell me about the attack", "Tell me about the attack"),
    ("tell me more", "tell me more"),
    ("What did Rudd want to know?", "What did Rudd want to know?"),
    # a fact-checker's instruction around what is checked, and a thing asked for as a note
    ("Confirm attacker age.", "Attacker age."),
    # a yes/no question asked in the negative asks what the positive one does (a why-question
    # keeps its "not")
    ("Wasn't Masood living in Birmingham before the attack?", "Was Masood living in Birmingham before the attack?"),
    ("Didn't Rudd name the people who were killed?", "Did Rudd name the people who were killed?"),
    ("Won't WhatsApp cooperate?", "Will WhatsApp cooperate?"),
    ("Isn't it true the attacker's name was Khalid Masood?", "The attacker's name was Khalid Masood?"),
    ("Why didn't WhatsApp respond?", "Why didn't WhatsApp respond?"),
    # a name guessed after the question is no part of it
    ("Who wrote this article, wasn't it Ben Ariel?", "Who wrote this article?"),
    ("Which shooting was that iPhone from, was it Orlando?", "Which shooting was that iPhone from?"),
    ("When did Rudd go on the BBC about it, was that the Saturday?", "When did Rudd go on the BBC about it?"),
    ("Which bridge was it actually, London Bridge or another one?", "Which bridge was it actually?"),
    ("What did Rudd say, was it about WhatsApp?", "What did Rudd say, was it about WhatsApp?"),
    # a claim put to be checked asks whether it holds
    ("True or false: four people were killed on the bridge.", "Four people were killed on the bridge?"),
    ("Claim: four people were killed on the bridge. Right or wrong?", "Four people were killed on the bridge?"),
    ("Fact or fiction: Masood hired the car in Birmingham.", "Masood hired the car in Birmingham?"),
    ("Rudd on Marr show - what exactly?", "Rudd on Marr show?"),
    ("IS description of Masood - quote needed", "IS description of Masood?"),
    ("Check: who claimed it?", "Who claimed it?"),
    ("Rudd's job title - confirm Home Sec.", "What is Rudd's job title?"),
    ("Number dead?", "How many dead?"),
    ("Number of people killed", "How many people killed?"),
    ("Police officer's name?", "Police officer's name?"),
    ("the number 52", "the number 52"),
    ("Confirm.", "Confirm."),
    ("quick q, how old was the attacker?", "how old was the attacker?"),
    ("Just to check - who wrote it?", "Who wrote it?"),
    ("What's the attacker's full name as reported?", "What's the attacker's full name?"),
    # a fact-checker's claim is asked as a question
    ("Is it true that the Westminster attacker was 52 years old?", "The Westminster attacker was 52 years old?"),
    ("Claim: Rudd made her remarks on Sky News. True or false?", "Rudd made her remarks on Sky News?"),
    ("Who said it was right?", "Who said it was right?"),
    ("who actually wrote this article?", "who wrote this article?"),
    # a question asked inside a frame, its verb going on after the auxiliary
    ("Tell me who Masood was messaging on WhatsApp right before the attack.",
     "Who was Masood messaging on WhatsApp right before the attack?"),
    ("Can you tell me which group was behind it?", "Which group was behind it?"),
    ("Tell me how many people died.", "How many people died."),
    # a request for a thing is the question for it; a request for words or a passage is a look-up's
    ("Show me WhatsApp's response to Rudd.", "What is WhatsApp's response to Rudd?"),
    ("Name the Westminster attacker.", "What is the name of the Westminster attacker?"),
    ("Identify the attacker.", "What is the name of the attacker?"),
    ("Identify the weapon.", "What is the weapon?"),
    ("List the people who were killed.", "What are the people who were killed?"),
    ("Give me the date of the attack.", "What is the date of the attack?"),
    ("Give me Rudd's words on encryption.", "Give me Rudd's words on encryption."),
    ("Give me the quote where Rudd mentions envelopes", "Give me the quote where Rudd mentions envelopes"),
    ("Find the part about Apple.", "Find the part about Apple."),
    # word for word from another language: the verb before its subject
    ("How was called the attacker of Westminster?", "What was the name of the attacker of Westminster?"),
    ("What was the attacker called?", "What was the name of the attacker?"),
    ("What is the search feature called?", "What is the search feature called?"),
    ("What said the minister about WhatsApp?", "What did the minister say about WhatsApp?"),
    ("What says the headline?", "What does the headline say?"),
    ("What responded WhatsApp to the request?", "What did WhatsApp respond to the request?"),
    ("exactly how many minutes before the attack did he send it?", "how many minutes before the attack did he send it?"),
    ("Exactly. Who said it?", "Exactly. Who said it?"),
    # how unsure the asker is asks nothing
    ("the Home Secretary in this, pretty sure it was Amber Rudd? correct me if I'm wrong",
     "the Home Secretary in this, it was Amber Rudd?"),
    ("was it a van he drove into people or a car, kinda fuzzy on that", "was it a van he drove into people or a car"),
    ("the old days, steaming letters open or something like that?", "the old days, steaming letters open?"),
    ("What do you think?", "What do you think?"),
    # a look-up asked first, another question after it
    ("Who wrote this WhatsApp article, also when was it published?", "Who wrote this WhatsApp article?"),
    ("what's the headline of the westminster whatsapp story and whats it mostly about",
     "what's the headline of the westminster whatsapp story?"),
    ("Who is Rudd and what did she want?", "Who is Rudd and what did she want?"),
    ("What said the minister exactly, that it is unacceptable?",
     "What did the minister exactly say, that it is unacceptable?"),
    ("What caused the crash?", "What caused the crash?"),
])
def test_a_polite_frame_is_no_part_of_the_question(question, inside):
    from qabot.lookup import strip_frame

    assert strip_frame(question) == inside


def test_a_question_in_a_polite_frame_is_answered_as_the_question(loaded):
    framed = loaded.ask("I'd like to know which group claimed the Westminster attack")
    plain = loaded.ask("Which group claimed the Westminster attack")
    assert framed.question == "I'd like to know which group claimed the Westminster attack"
    assert [q.text for q in framed.quotes] == [q.text for q in plain.quotes]
    assert framed.abstained is plain.abstained is False
    assert "The Islamic State group claimed responsibility" in framed.quotes[0].text


@pytest.mark.parametrize("question, about", [
    ("What is the headline of the WhatsApp article?", "WhatsApp"),
    ("What's the title of the article about the Westminster attack?", "the Westminster attack"),
    ("What is the WhatsApp story called?", "WhatsApp"),
    ("How is the article about Apple titled?", "Apple"),
    ("What was the headline?", ""),
    ("What's the title of it?", ""),
    ("Can you show me the headline of the WhatsApp story?", "WhatsApp"),
    ("Give me the headline of the article about Jill Stein.", "Jill Stein"),
    ("What does the headline say of the news about the UK?", "the UK"),
    # a name asked for is not an article's
    ("What is the name of the attacker?", None),
    ("What is the attacker called?", None),
    ("What was it called?", None),
])
def test_headline_questions(question, about):
    from qabot.lookup import parse_headline

    assert parse_headline(question) == about


@pytest.mark.parametrize("question, about", [
    ("What is the subtitle of the article?", ""),
    ("What was the subtitle of the WhatsApp story?", "WhatsApp"),
    ("Can you show me the subheading of the article about Jill Stein?", "Jill Stein"),
    ("What's the standfirst?", ""),
    ("What does the article's subheading say?", ""),
    ("What does the subtitle say?", ""),
    # the headline's and a name's questions are not the standfirst's
    ("What is the headline of the WhatsApp article?", None),
    ("What is the WhatsApp article called?", None),
    ("What is the name of the attacker?", None),
])
def test_standfirst_questions(question, about):
    from qabot.lookup import parse_standfirst

    assert parse_standfirst(question) == about


def test_the_standfirst_is_quoted_from_the_article(loaded, tmp_path):
    from qabot.render import citation
    from qabot.session import Conversation

    answer = loaded.ask("What is the subtitle of the WhatsApp article?")
    line = "Home Secretary says encrypted messaging apps must not become a hiding place for terrorists."
    assert not answer.abstained
    assert answer.message == ("The line under the headline of “UK demands access to Westminster attacker's "
                              "WhatsApp messages”:")
    top = answer.quotes[0]
    assert top.text == line and top.paragraph == 0
    with open(top.article.path, encoding="utf-8", newline="") as f:
        assert f.read()[top.start:top.end] == line
    assert " · standfirst · " in citation(loaded.prompts(), 1, top)
    conv = Conversation()
    assert conv.ask(loaded, "What was the subtitle?").message.startswith("Which article?")
    conv.ask(loaded, "What did Amber Rudd say about WhatsApp?")
    assert conv.ask(loaded, "and what's the subtitle?").quotes[0].text == line


def test_an_article_without_a_standfirst_says_so(engine, tmp_path):
    ingest_texts(engine, tmp_path / "c", {"dam.txt": "Dam opens\n\nThe new dam opened on Friday after "
                                           "ten years of work.\n\nIt holds water for the whole valley.\n"})
    answer = engine.ask("What is the subtitle of the article about the new dam?")
    assert answer.abstained
    assert answer.message == "“Dam opens” has no subtitle (standfirst) under its headline."
    assert "The new dam opened on Friday" in answer.quotes[0].text


def test_the_headline_is_quoted_from_the_article(loaded):
    from qabot.render import citation
    from qabot.session import Conversation

    answer = loaded.ask("What is the headline of the WhatsApp article?")
    title = "UK demands access to Westminster attacker's WhatsApp messages"
    assert not answer.abstained and answer.message == f"The headline is “{title}”."
    top = answer.quotes[0]
    assert (top.text, top.start, top.end) == (title, 0, len(title))
    with open(top.article.path, encoding="utf-8", newline="") as f:
        assert f.read()[top.start:top.end] == title
    assert " · headline · " in citation(loaded.prompts(), 1, top)
    # the passages that matched the description follow, the headline not twice
    assert len(answer.quotes) > 1 and all(q.start > 0 for q in answer.quotes[1:])
    conv = Conversation()
    assert conv.ask(loaded, "What was the headline?").message.startswith("Which article?")
    conv.ask(loaded, "What did Amber Rudd say about WhatsApp?")
    # a word leading into the question is no part of it
    assert conv.ask(loaded, "and what was the headline?").quotes[0].text == title
    assert conv.ask(loaded, "ok so who wrote it?").quotes[0].text == "Ben Ariel"


@pytest.mark.parametrize("question, described", [
    ("Who was the Westminster attacker?", ("the Westminster attacker", "attacker")),
    ("What was the name of the gunman?", ("the gunman", "gunman")),
    ("Who is the suspect?", ("the suspect", "suspect")),
    ("What was the attacker's name?", ("the attacker", "attacker")),
    ("What is the Westminster attacker's full name?", ("the Westminster attacker", "attacker")),
    ("What's the name of the attacker?", ("the attacker", "attacker")),
    ("What's the attacker's name?", ("the attacker", "attacker")),
    # typed as into a search box
    ("attacker name", ("attacker", "attacker")),
    ("Name of the attacker?", ("the attacker", "attacker")),
    ("westminster attacker name?", ("westminster attacker", "attacker")),
    ("what is your name", None),
    # the one who did a deed is its doer
    ("What was the full name of the man who carried out the Westminster attack?",
     ("the man who carried out the Westminster attack", "attacker")),
    ("what was the name of the guy who did the attack on the bridge", ("the guy who did the attack", "attacker")),
    ("What did the man who carried out the attack drive?", None),
    ("Who was Khalid Masood?", None),
    ("What is Masood's name?", None),
    ("Who said that?", None),
])
def test_questions_about_someone_described(question, described):
    from qabot.lookup import parse_described

    assert parse_described(question) == described


def test_who_was_the_attacker_is_answered_with_his_name(loaded):
    # the lead calls him "the Westminster attacker"; the next paragraph names him
    for question in ("Who was the Westminster attacker?", "What was the name of the attacker?", "attacker name"):
        answer = loaded.ask(question)
        assert answer.question == question and not answer.abstained
        assert answer.quotes[0].text.startswith("Khalid Masood, 52, drove a rented car")
    # a role the speakers hold is still read from them
    assert "Amber Rudd" in loaded.ask("Who is the Home Secretary?").quotes[0].text


def test_a_name_in_a_possessive_or_after_other_words_is_not_who_spoke():
    from qabot.lookup import reports_speech

    # "Rudd said attacks like Masood's ...": Rudd speaks, not Masood
    assert not reports_speech("Rudd said attacks like Masood's would be easier to prevent.", "Masood")
    # "calling Masood 'a soldier of the Islamic State'": "State" is no verb of saying
    assert not reports_speech('The group claimed the attack, calling Masood "a soldier of the Islamic State."', "Masood")
    assert reports_speech('"We will act," said Home Secretary Amber Rudd.', "Amber Rudd")
    assert reports_speech("The app is safe, according to the WhatsApp spokesman.", "WhatsApp")


def test_what_someone_quoted_nowhere_said_is_not_answered(loaded):
    answer = loaded.ask("What did Masood say before the attack?")
    assert answer.abstained


def test_it_in_a_store_of_one_article_is_that_article(engine, tmp_path):
    one = tmp_path / "one"
    one.mkdir()
    (one / SEED.name).write_bytes(SEED.read_bytes())
    engine.ingest([one])
    assert engine.ask("What's the headline?").quotes[0].text.startswith("UK demands access")
    assert engine.ask("Who wrote it?").quotes[0].text == "Ben Ariel"


@pytest.mark.parametrize("question, name", [
    ("Who is Ben Ariel?", "Ben Ariel"),
    ("who was Lena Ortiz", "Lena Ortiz"),
    ("Who is the Home Secretary?", None),
    ("Who is she?", None),
])
def test_who_named_questions(question, name):
    from qabot.lookup import parse_who_named

    assert parse_who_named(question) == name


def test_a_writer_known_only_from_bylines_is_answered_with_them(loaded):
    answer = loaded.ask("Who is Ben Ariel?")
    assert not answer.abstained
    assert answer.message == ("Ben Ariel wrote “UK demands access to Westminster attacker's WhatsApp messages” "
                              "in the corpus; the articles say nothing else about them.")
    top = answer.quotes[0]
    assert top.text == "Ben Ariel" and top.article.author == "Ben Ariel"
    with open(top.article.path, encoding="utf-8", newline="") as f:
        assert f.read()[top.start:top.end] == "Ben Ariel"
    # a Markdown article's byline is its front matter's, quoted from the file all the same
    orchard = loaded.ask("Who is Lena Ortiz?")
    assert not orchard.abstained and [q.text for q in orchard.quotes] == ["Lena Ortiz"]
    assert orchard.message.startswith("Lena Ortiz wrote “Cider makers fear a poor apple harvest”")


def test_a_writer_the_news_speaks_of_is_a_question_for_the_passages(engine, tmp_path):
    ingest_texts(engine, tmp_path / "c", {
        "a.md": "---\ntitle: Ferry fares rise\nauthor: Nora Bell\n---\nFerry fares rise by ten percent in May.\n",
        "b.txt": "Prize for reporter\n\nNora Bell, a reporter at the Gazette, won the county's press prize.\n"})
    answer = engine.ask("Who is Nora Bell?")
    assert not answer.abstained
    assert "a reporter at the Gazette" in answer.quotes[0].text


@pytest.mark.parametrize("question, according", [
    ("According to Rudd, what must not happen with WhatsApp?", ("Rudd", "what must not happen with WhatsApp?")),
    ("How many others like WhatsApp are there, according to Rudd?", ("Rudd", "How many others like WhatsApp are there")),
    ("according to police, did Masood act alone", ("police", "did Masood act alone")),
    ("What did Trump say, according to the Post?", ("the Post", "What did Trump say")),
    ("According to Rudd?", None),
    ("What did Rudd say?", None),
])
def test_according_to_questions(question, according):
    from qabot.lookup import parse_according

    assert parse_according(question) == according


@pytest.mark.parametrize("question, expected", [
    ("According to Rudd, what must not happen with WhatsApp?", "secret place for terrorists"),
    ("How many others like WhatsApp are there, according to Rudd?", "plenty of others like that"),
    ("According to police, did Masood act alone?", "they believe he acted alone"),
])
def test_a_question_put_to_someones_statements(loaded, question, expected):
    answer = loaded.ask(question)
    assert not answer.abstained
    assert expected in answer.quotes[0].text and answer.quotes[0].speaker in ("Amber Rudd", "Police")
    assert answer.question == question


@pytest.mark.parametrize("question, full", [
    ("What did the Home Sec say about a secret place?", "What did the Home Secretary say about a secret place?"),
    ("What did the PM say?", "What did the Prime Minister say?"),
    ("What happened at 3 PM on Wednesday?", "What happened at 3 PM on Wednesday?"),
    ("Who spoke at 10PM?", "Who spoke at 10PM?"),
    ("what did the home sec say", "what did the Home Secretary say"),
    ("what did the pm say", "what did the Prime Minister say"),
    ("what happened at 3 pm", "what happened at 3 pm"),
    # "IS", in capitals inside a question, is the Islamic State
    ("What phrase did IS use for Masood?", "What phrase did Islamic State use for Masood?"),
    ("IS it true?", "IS it true?"),
    ("WHAT IS THIS", "WHAT IS THIS"),
    ("is pm short for afternoon", "is pm short for afternoon"),
])
def test_short_titles_are_written_out(question, full):
    from qabot.lookup import expand_titles

    assert expand_titles(question) == full


@pytest.mark.parametrize("question, typed_out", [
    ("whats the headline of the whatsapp story", "what's the headline of the whatsapp story"),
    ("Whos Amber Rudd", "Who's Amber Rudd"),
    ("id like to know who wrote it", "I'd like to know who wrote it"),
    ("why didnt whatsapp cooperate", "why didn't whatsapp cooperate"),
    ("theyre asking what hes done", "they're asking what he's done"),
    # words of their own: left as they are
    ("what is the id of the article", "what is the id of the article"),
    ("what were its words", "what were its words"),
    ("won't it", "won't it"),
    ("what did rudd say about IM apps", "what did rudd say about IM apps"),
    ("ID cards", "ID cards"),
])
def test_contractions_get_their_apostrophes_back(question, typed_out):
    from qabot.lookup import restore_apostrophes

    assert restore_apostrophes(question) == typed_out


@pytest.mark.parametrize("question, read", [
    ("WHO CLAIMED THE WESTMINSTER ATTACK?", "who claimed the westminster attack?"),
    ("What did the UK say?", "What did the UK say?"),
    ("IS", "IS"),
])
def test_a_question_in_capitals_is_read_in_lower_case(question, read):
    from qabot.lookup import unshouted

    assert unshouted(question) == read


@pytest.mark.parametrize("question, asked", [
    ("who is amber rudd", "who is amber rudd?"),
    ("Did Masood act alone", "Did Masood act alone?"),
    ("What did Rudd say?", "What did Rudd say?"),
    ("what did rudd say.", "what did rudd say?"),        # a full stop typed for one
    ("what did rudd say...", "what did rudd say?"),      # trailing off, still a question
    ("tell me about the attack", "tell me about the attack"),
    ("Amber Rudd's words on WhatsApp", "Amber Rudd's words on WhatsApp"),
])
def test_a_question_gets_its_question_mark(question, asked):
    from qabot.lookup import question_mark

    assert question_mark(question) == asked


@pytest.mark.parametrize("typed, recased", [
    # an owner's apostrophe left out, whatever the case: a word no article holds whose stem is a name
    ("what was masoods age", "what was Masood's age"),
    ("What was Masoods age?", "What was Masood's age?"),
    # names as the articles write them: in capitals ("UK" is only in the headline), or two words
    # written as one name ("Home Secretary"; "Ben" opens the byline's line, so alone says nothing)
    ("which app is at the centre of the uks demand", "which app is at the centre of the UK's demand"),
    ("what did the home secretary warn about", "what did the Home Secretary warn about"),
    ("what is the home secretarys name", "what is the Home Secretary's name"),
    ("who is ben ariel", "who is Ben Ariel"),
    # a first name no article holds, before a name one does, is part of it: another Rudd
    ("what did keith rudd say", "what did Keith Rudd say"),
    # common words, and the plural of one, stay as they are
    ("what did the police say about the attackers", "what did the police say about the attackers"),
])
def test_a_question_typed_in_a_hurry_gets_its_capitals_and_apostrophes(loaded, typed, recased):
    assert loaded._recased(typed) == recased


@pytest.mark.parametrize("typed, proper", [
    ("whats the headline of the whatsapp story", "What's the headline of the WhatsApp story?"),
    ("what was masoods age", "What was Masood's age?"),
    ("what did the home sec say about a secret place", "What did the Home Secretary say about a secret place?"),
    ("who is ben ariel", "Who is Ben Ariel?"),
    ("what did keith rudd say about whatsapp", "What did Keith Rudd say about WhatsApp?"),
    # typed in capitals: read in lower case, then given the corpus's capitals
    ("WHAT DID AMBER RUDD SAY ABOUT WHATSAPP?", "What did Amber Rudd say about WhatsApp?"),
    ("HOW OLD WAS MASOOD?", "How old was Masood?"),
])
def test_a_question_typed_in_a_hurry_is_answered_as_if_typed_with_care(loaded, typed, proper):
    assert_answered_alike(loaded, typed, proper)


def test_a_speaker_typed_in_lower_case_whom_the_corpus_never_mentions_is_unknown(loaded):
    # "telegram" is in no article: nobody of that name is quoted, as for "Telegram"
    answer = loaded.ask("what did telegram say about encryption")
    assert answer.abstained and answer.message.startswith("Nobody called “telegram” is quoted in the corpus.")
    assert loaded.ask("What did Telegram say about encryption?").abstained


@pytest.mark.parametrize("question, expected", [
    ("Which programme did the Home Secretary appear on?", "Andrew Marr Show"),
    ("What did the Home Secretary warn the companies about?", "consider new laws to force them"),
])
def test_a_role_one_person_holds_is_searched_by_her_name(loaded, question, expected):
    # the passages call her Rudd; the corpus gives the role to Amber Rudd alone
    assert loaded._roles_held(question) == [("Home Secretary", "Amber Rudd")]
    answer = loaded.ask(question)
    assert answer.question == question and not answer.abstained
    assert expected in answer.quotes[0].text


def test_the_author_of_no_article_named_is_asked_for(loaded):
    answer = loaded.ask("Who is the author?")
    assert answer.abstained and answer.message.startswith("Which article?")


@pytest.mark.parametrize("question, read", [
    ("how many ppl died on the bridge", "how many people died on the bridge"),
    ("what's the govt gonna do if the tech companies refuse", "what's the government going to do if the tech companies refuse"),
    ("was he directed by isis or nah", "was he directed by isis"),
    ("which cop shot him", "which police officer shot him"),
    ("tbh what did u think of her msgs", "what did you think of her messages"),
    ("who wrote it, please?", "who wrote it?"),
    # the sounds of speech, and a question said again after "like"; a comparison stays
    ("um what day of the week did the attack happen", "what day of the week did the attack happen"),
    ("uh how old was he", "how old was he"),
    ("um who wrote this article like whos the reporter", "who wrote this article"),
    ("where was he from like what town did he live in", "where was he from"),
    ("what did she say about apps like what whatsapp does", "what did she say about apps like what whatsapp does"),
    ("which channel was it on like bbc or sky", "which channel was it on like bbc or sky"),
    # a quoted phrase stays as written; a word that is English stays ("info" is written out)
    ('who said "u up"', 'who said "u up"'),
    ("What did Rudd say?", "What did Rudd say?"),
    ("lol", "lol"),
])
def test_chat_shorthand_is_written_out(question, read):
    from qabot.lookup import written_out

    assert written_out(question) == read


def test_a_question_in_chat_shorthand_is_answered_as_written_out(loaded):
    assert_answered_alike(loaded, "how many ppl did masood kill", "How many people did Masood kill?")
    assert_answered_alike(loaded, "was masood directed by isis or nah", "Was Masood directed by the Islamic State?")


@pytest.mark.parametrize("question, about", [
    ("Who is credited as the author of this article?", ""),
    ("Who was credited with writing the story about Rudd?", "Rudd"),
])
def test_credited_authors_are_bylines(question, about):
    assert parse_article_lookup(question) == ("author", about)


def test_the_article_unnamed_is_the_corpus_folders_one(settings, embedder, tmp_path):
    """"Who wrote this article?" asked of the curator's one article among others ingested from
    elsewhere: the curator's; among several of the curator's, the bot asks which."""
    from qabot.engine import Engine

    home, extra = tmp_path / "corpus", tmp_path / "extra"
    home.mkdir()
    shutil.copy(SEED, home / SEED.name)
    engine = Engine(settings.model_copy(update={"corpus": home}), embedder=embedder)
    if settings.chroma_url:
        engine.store().reset()
    ingest_texts(engine, extra, {"a.md": "---\ntitle: Bridge closes\nauthor: Jo Bloggs\n---\nThe old bridge closes.\n",
                                 "b.md": "---\ntitle: Harbour storm\nauthor: Al Smith\n---\nA storm hit the harbour.\n"})
    engine.ingest([home])
    for question in ("Who wrote this article?", "whats the headline"):
        answer = engine.ask(question)
        assert not answer.abstained
        assert answer.quotes[0].article.path.endswith(SEED.name)
    assert engine.ask("Who wrote this article?").quotes[0].text == "Ben Ariel"
    (home / "c.md").write_text("---\ntitle: Another\nauthor: Kim Lee\n---\nAnother story.\n", encoding="utf-8")
    engine.ingest([home])
    assert engine.ask("Who wrote this article?").message.startswith("Which article?")


def test_what_the_article_claims_is_no_speakers_statement(loaded):
    from qabot.lookup import parse_lookup

    question = "Does the piece claim that reading such messages would make attacks easier to prevent?"
    assert parse_lookup(question) is None
    answer = loaded.ask(question)
    assert not answer.abstained
    assert answer.quotes[0].text.startswith("Rudd said attacks like Masood's would be easier to prevent")


def test_whether_a_speaker_holds_a_thing_so_is_found_in_a_passage_reporting_them(loaded):
    # the police's statement speaks of no "help": the passage reporting what they believe answers
    answer = loaded.ask("Do the police think he had help or was it just him?")
    assert not answer.abstained
    # the reporting passage, shown with the sentence naming the group it speaks of
    assert "Police said they had found no evidence" in answer.quotes[0].text
    # what the speaker said about a thing they never spoke of is still no answer
    assert loaded.ask("Did Rudd say anything about Facebook?").abstained


@pytest.mark.parametrize("question", ["Who is the British Home Secretary?", "Who is the UK Home Secretary?"])
def test_a_role_with_its_country_is_the_role(loaded, question):
    # the articles write "Britain's Home Secretary Amber Rudd"
    assert loaded.speakers().match("the Home Secretary") == ["amber rudd"]
    assert loaded.speakers().match(question.removeprefix("Who is ").rstrip("?")) == ["amber rudd"]


@pytest.mark.parametrize("question, lookup", [
    ("Whose byline is on the WhatsApp story?", ("author", "WhatsApp")),
    ("Who is writer of this news?", ("author", "")),
    ("Who wrote this piece anyway?", ("author", "")),
    ("Who was the reporter on the WhatsApp story?", ("author", "WhatsApp")),
    ("What is the title of article?", ("headline", "")),
    # a word alone, as into a search box
    ("headline", ("headline", "")), ("author?", ("author", "")), ("byline", ("author", "")),
    ("What's the headline on this one?", ("headline", "")),
    # not an article's
    ("What is the title of the song?", None),
    ("Who is the reporter for the BBC?", None),
])
def test_an_articles_byline_and_headline_asked_in_other_words(question, lookup):
    from qabot.lookup import written_out

    assert parse_article_lookup(written_out(question)) == lookup


def test_a_role_many_hold_is_first_the_corpus_folders(settings, embedder, tmp_path):
    """"The minister" of an archive holding other ministers is the corpus folder's (a Home
    Secretary is a minister; a press secretary is not), and "the authorities" are reported as
    the police, though an archive quotes a speaker called "Authorities"."""
    from qabot.engine import Engine

    home = tmp_path / "corpus"
    home.mkdir()
    shutil.copy(SEED, home / SEED.name)
    engine = Engine(settings.model_copy(update={"corpus": home}), embedder=embedder)
    if settings.chroma_url:
        engine.store().reset()
    ingest_texts(engine, tmp_path / "archive", {
        "budget.txt": "Budget talks stall\n\n\"We will not raise taxes this year,\" Prime Minister Jane Hale said on Monday.\n\n"
                      "\"The minister has nothing to add,\" her press secretary Tom Reed said.\n",
        "road.txt": "Road closed\n\nAuthorities said the coast road would reopen on Friday after the storm.\n\n"
                    "Police said the storm had brought down three trees.\n"})
    engine.ingest([home])
    ministers = engine.speakers().match("the minister")
    assert "amber rudd" in ministers and "tom reed" not in ministers
    answer = engine.ask("What did the minister say about terrorists having somewhere to hide?")
    assert not answer.abstained and answer.quotes[0].speaker == "Amber Rudd"
    answer = engine.ask("Do the authorities believe the attacker had accomplices?")
    assert not answer.abstained
    assert "Police said they had found no evidence" in answer.quotes[0].text
    # what a speaker of both said: the corpus folder's first, the archive's on its own topic
    assert engine.ask("What did the police say?").quotes[0].text.startswith("Police said they had found no evidence")
    assert engine.ask("What did the police say about the trees?").quotes[0].text.startswith("Police said the storm")


def test_the_authorities_are_reported_as_police_or_officials():
    from qabot.lookup import reports_speech

    assert reports_speech("Police said they believe he acted alone.", "the authorities")
    assert reports_speech("Officials told reporters the road was closed.", "police")
    # named, not reporting
    assert not reports_speech("He was shot dead by police.", "the authorities")


@pytest.mark.parametrize("question, about", [
    ("When was this article published?", ""),
    ("When was it written?", ""),
    ("When was the story first published?", ""),
    ("What is the publication date?", ""),
    ("What is the date of the article?", ""),
    ("What date was the article published?", ""),
    ("When was the article about the apple harvest published?", "the apple harvest"),
    ("When was the WhatsApp article published?", "WhatsApp"),
    # the date asked for, and notes
    ("What is the date this article was published?", ""),
    ("Where's the date the article was published?", ""),
    ("when published?", ""),
    ("article date published", ""),
    ("What is the date the attack happened?", None),
    # when something in the news happened is the passages' to tell
    ("When was the attack?", None),
    ("When was Khalid Masood shot?", None),
    ("When was the law passed?", None),
])
def test_publication_date_questions(question, about):
    from qabot.lookup import parse_published

    assert parse_published(question) == about


def test_the_publication_date_is_the_articles_own_or_none(loaded):
    dated = loaded.ask("When was the article about the apple harvest published?")
    assert not dated.abstained
    assert dated.message == "“Cider makers fear a poor apple harvest” is dated 2024-09-14."
    assert dated.quotes and dated.quotes[0].article.title == "Cider makers fear a poor apple harvest"
    # the seed article gives no date: no date is made up from its "on Sunday"
    undated = loaded.ask("When was the article about WhatsApp and the Westminster attacker published?")
    assert undated.abstained
    assert undated.message == "“UK demands access to Westminster attacker's WhatsApp messages” gives no date of publication."
    assert undated.quotes and all(q.article.title.startswith("UK demands access") for q in undated.quotes)


@pytest.mark.parametrize("question", ["Headline as it ran.", "Standfirst - what's the gist", "Author please",
                                      "what does the bit under the title say", "Who wrote this piece? Is there a byline?"])
def test_an_article_part_asked_in_a_note(question):
    from qabot.lookup import parse_article_lookup

    kind, about = parse_article_lookup(question)
    assert kind in ("headline", "standfirst", "author") and about == ""


@pytest.mark.parametrize("question, about", [
    ("Which publication originally ran this article?", ""),
    ("Where was this article published?", ""),
    ("Which newspaper published the WhatsApp story?", "WhatsApp"),
    ("What is the source of the article about the apple harvest?", "the apple harvest"),
    # whom the article cites, where something happened: the passages' to tell
    ("What is the source for the Apple and FBI story?", None),
    ("Where was the attack?", None),
    ("Which agency is investigating the attack?", None),
])
def test_publication_questions(question, about):
    from qabot.lookup import parse_outlet

    assert parse_outlet(question) == about


def test_where_an_article_came_out_is_its_source_or_nothing(loaded):
    answer = loaded.ask("Which newspaper published the story about the apple harvest?")
    assert not answer.abstained and answer.message == "“Cider makers fear a poor apple harvest” is from Valley Gazette."
    undated = loaded.ask("Which publication originally ran the article about WhatsApp and the Westminster attacker?")
    assert undated.abstained
    assert undated.message == "“UK demands access to Westminster attacker's WhatsApp messages” does not say where it was published."


def test_the_exact_headline_is_the_headline():
    from qabot.lookup import parse_article_lookup

    assert parse_article_lookup("What's the exact headline of the article?") == ("headline", "")


@pytest.mark.parametrize("question, plain", [
    ("who's the bloke who did it?", "who's the man who did it?"),
    ("where'd he knife the copper?", "where'd he stab the police officer?"),
    ("what kind of knife was it", "what kind of knife was it"),
    ("did they nab him?", "did they arrest him?"),
    ("what day did the attack kick off?", "what day did the attack start?"),
    ("which bridge was it he mowed people down on?", "which bridge was it he drove into people on?"),
    ("what telly show was she on?", "what TV show was she on?"),
    ("so the spooks would need a warrant?", "so the intelligence agencies would need a warrant?"),
])
def test_british_slang_is_read_as_news_writes_it(question, plain):
    from qabot.lookup import written_out

    assert written_out(question) == plain


def test_a_name_heard_as_two_words_is_one(loaded):
    assert loaded._read("what did rudd say about what's app") == "what did Rudd say about WhatsApp?"
    assert loaded._read("who did the west minster attack") == "who did the Westminster attack?"
    # two words of the corpus stay two: "new laws" is no "Newlaws"
    assert "new laws" in loaded._read("what new laws did she mention")


@pytest.mark.parametrize("message, asked", [
    # what the asker says of themselves, and the courtesies, ask nothing
    ("I used to teach geography and bridges were a favourite topic. On which bridge did the attacker "
     "drive into people? Thank you very much.", "On which bridge did the attacker drive into people?"),
    ("Forgive an old woman's curiosity. I always wonder what sort of person does such a thing. How old "
     "was the attacker? Thank you, dear.", "How old was the attacker?"),
    ("Hello there. My late husband always said one should know who wrote a piece. Who is the author of "
     "this article about the Westminster attacker? Many thanks.",
     "Who is the author of this article about the Westminster attacker?"),
    # what it recalls of the story stays, for a question that speaks of someone it named
    ("I heard she wants the security services to read messages. Did she say they'd need permission?",
     "I heard she wants the security services to read messages. Did she say they'd need permission?"),
    ("Claim: Masood used a stolen truck. True or false?", "Claim: Masood used a stolen truck. True or false?"),
    # one sentence, initials, numbers: as it is
    ("What country has higher scores than the U.S.?", "What country has higher scores than the U.S.?"),
    ("Why did OPEC raise the price of oil to $5.11?", "Why did OPEC raise the price of oil to $5.11?"),
    ("My grandson uses WhatsApp.", "My grandson uses WhatsApp."),
])
def test_the_sentences_that_ask(message, asked):
    from qabot.lookup import asked_sentences

    assert asked_sentences(message) == asked


def test_a_question_after_the_askers_background_is_answered_as_the_question(loaded):
    plain = loaded.ask("On which bridge did the attacker drive into people?")
    told = loaded.ask("I used to teach geography and bridges were a favourite topic with my pupils. On which "
                      "bridge did the attacker drive into people? Thank you very much.")
    assert not told.abstained and told.quotes[0].text == plain.quotes[0].text
    assert "Westminster Bridge" in told.quotes[0].text
    assert told.question.startswith("I used to teach")


def test_a_shouted_english_word_is_no_name(loaded):
    """"Did ISIS actually DIRECT him?": the corpus writes "ISIS" as a name, "direct" as a word."""
    read = loaded._read("Is it only WhatsApp she's going after, or EVERY messaging app?!")
    assert "every messaging app" in read and "WhatsApp" in read
    assert loaded._read("Did ISIS actually DIRECT him?") == "Did Islamic State actually direct him?"


def test_a_name_misspelt_by_ear_is_mended(loaded):
    # two letters from "Masood", but it sounds the same
    assert loaded._read("how old was Khaled Masud") == "how old was Khalid Masood?"
    answer = loaded.ask("how old was Khaled Masud")
    assert not answer.abstained and "Khalid Masood, 52," in answer.quotes[0].text
    # a name the corpus has nothing like stays
    assert "Zuckerberg" in loaded._read("Who is Mark Zuckerberg?")


def test_a_speaker_misspelt_by_ear_is_found(loaded):
    answer = loaded.ask("What did Amber Rood actually say?")
    assert not answer.abstained
    assert all(q.speaker == "Amber Rudd" for q in answer.quotes)


@pytest.mark.parametrize("query, splits", [
    ("Rudd WhatsApp quote", [("Rudd WhatsApp", None), ("Rudd", "WhatsApp")]),
    ("Amber Rudd quotes on warrants", [("Amber Rudd", "warrants"), ("Amber", "Rudd warrants")]),
    ("police said", [("police", None)]),
    ("What did Rudd say?", []),
    ("rudd whatsapp", []),
    ("Show me Rudd's words", []),
])
def test_a_search_box_query_for_someones_words(query, splits):
    from qabot.lookup import parse_keyword_lookup

    assert parse_keyword_lookup(query) == splits


def test_a_search_box_query_for_a_speakers_words_is_answered_by_them(loaded):
    answer = loaded.ask("rudd whatsapp quote")
    assert not answer.abstained
    assert "secret place for terrorists" in answer.quotes[0].text
    assert answer.quotes[0].speaker == "Amber Rudd"
    # words of nobody quoted are searched as any query is
    other = loaded.ask("apple fbi quote")
    assert not other.abstained and "Apple and the FBI" in other.quotes[0].text


@pytest.mark.parametrize("question, about", [
    ("who wrote the WhatsApp article about Westminster?", "WhatsApp Westminster"),
    ("Who wrote this article?", ""),
    ("Who wrote the article?", ""),
])
def test_author_questions_describe_the_article(question, about):
    from qabot.lookup import parse_author

    assert parse_author(question) == about


@pytest.mark.parametrize("question, read", [
    ("what was the headline on that Westminster WhatsApp story again",
     "what was the headline on that Westminster WhatsApp story?"),
    ("Who wrote this article anyway?!", "Who wrote this article?"),
    ("How old was the perpetrator, according to the article's account of the incident?",
     "How old was the perpetrator?"),
    ("What did she say then?", "What did she say then?"),
])
def test_words_and_marks_that_end_a_question_but_ask_nothing(loaded, question, read):
    assert loaded._read(question) == read


def test_an_order_is_no_statement_asked_for():
    """"Did ISIS tell him to do it?" asks whether the group directed him, which a passage
    reports in its own words, not what ISIS said."""
    from qabot.lookup import parse_lookup

    assert parse_lookup("Did ISIS tell him to do it?") is None
    assert parse_lookup("Did Rudd tell the BBC about it?") == ("who", "Rudd", "BBC about it")


@pytest.mark.parametrize("message, read", [
    ("WhatsApp is a 'secret place' for terrorists now?! Who came up with that line??",
     'Who said "secret place"?'),
    ('She called it "completely unacceptable". Who said that phrase?', 'Who said "completely unacceptable"?'),
    ("Who came up with that line?", "Who came up with that line?"),
    ("What day did she come out with these demands, another Sunday morning stunt?",
     "What day did she come out with these demands?"),
])
def test_what_a_message_points_back_to_or_guesses_aside(message, read):
    from qabot.lookup import strip_frame

    assert strip_frame(message) == read


def test_who_came_up_with_a_phrase_is_who_said_it(loaded):
    answer = loaded.ask("WhatsApp is a 'secret place' for terrorists now?! Who came up with that line??")
    assert not answer.abstained and answer.quotes[0].speaker == "Amber Rudd"
    assert "secret place for terrorists" in answer.quotes[0].text


@pytest.mark.parametrize("message, asked", [
    # another story recalled before a question that names whom it asks about is left out
    ("Keith Scott was sitting in his own truck in Charlotte. What vehicle did Masood use, was it his own car?",
     "What vehicle did Masood use, was it his own car?"),
    ("Trump was quick to call Chelsea a bomb. Who was the attacker and how old was he?",
     "Who was the attacker and how old was he?"),
    # but kept for one speaking of someone it does not name
    ("I heard the minister wants to read our messages. Did she say they'd need a warrant?",
     "I heard the minister wants to read our messages. Did she say they'd need a warrant?"),
])
def test_what_a_message_recalls_is_kept_only_for_a_pronoun_it_explains(message, asked):
    from qabot.lookup import asked_sentences

    assert asked_sentences(message) == asked


@pytest.mark.parametrize("question, plain", [
    ("What is the good name of the attacker?", "What is the name of the attacker?"),
    ("As per the Home Secretary, how did people spy in the olden days?",
     "According to the Home Secretary, how did people spy in the old days?"),
])
def test_indian_english_is_read_as_news_writes_it(question, plain):
    from qabot.lookup import written_out

    assert written_out(question) == plain


def test_kindly_is_a_polite_frame():
    from qabot.lookup import strip_frame

    assert strip_frame("Kindly tell me what is the name of the attacker?") == "What is the name of the attacker?"


def test_a_speaker_on_a_topic_their_articles_never_name_is_an_abstention(engine, tmp_path):
    """"Did Trump say anything about the Westminster attack?": his words on attacks in an article
    that never names Westminster are about something else; on a topic their article names, or
    whose first name it holds ("the Andrew Neil show" for the Andrew Marr Show), they answer."""
    ingest_texts(engine, tmp_path / "c", {
        "trump.txt": "Trump speaks on security\n\n\"We will stop these attacks,\" Donald Trump said of "
                     "the attacks in Europe.\n",
        "rudd.txt": "Rudd on the Andrew Marr Show\n\n\"It is completely unacceptable,\" Amber Rudd told "
                    "the Andrew Marr Show of the Westminster attack.\n"})
    assert engine.ask("Did Trump say anything about the Westminster attack?").abstained
    assert not engine.ask("Did Trump say anything about the attacks in Europe?").abstained
    answer = engine.ask("What did Amber Rudd say on the Andrew Neil show?")
    assert not answer.abstained and "completely unacceptable" in answer.quotes[0].text


@pytest.mark.parametrize("question, lookup", [
    ("Has Hillary Clinton commented on the London attack?", ("who", "Hillary Clinton", "the London attack")),
    ("Did Trump say anything about the Westminster attack?", ("who", "Trump", "the Westminster attack")),
])
def test_a_verb_of_saying_in_any_tense_makes_a_look_up(question, lookup):
    from qabot.lookup import parse_lookup

    assert parse_lookup(question) == lookup


def test_a_topic_told_at_length_is_found_by_its_answer(loaded):
    """"Is there anything about WhatsApp being a secret place for terrorists to talk?": no passage
    holds every word, but one answers; a topic naming what no article names finds nothing."""
    answer = loaded.ask("Is there anything about WhatsApp being a secret place for terrorists to talk?")
    assert not answer.abstained and "secret place for terrorists" in answer.quotes[0].text
    assert loaded.ask("Is there anything about Telegram being used by terrorists to plan attacks?").abstained


@pytest.mark.parametrize("question, lookup", [
    ("Who has written this article? Kindly tell the author name.", ("author", "")),
    ("For the purposes of source attribution, who is credited as the author of this piece?", ("author", "")),
    ("who rote this article about the whatsapp messages", ("author", "the whatsapp messages")),
    ("Can you give me the headline exactly as it ran?", ("headline", "")),
    ("What is the headline of the article, exactly?", ("headline", "")),
    ("Let's start with the headline. What exactly does it say?", ("headline", "")),
    ("What is the title of the artical", ("headline", "")),
    ("Does the headline of the WhatsApp piece name the attacker?", ("headline", "WhatsApp")),
    ("What does the subhead (the line under the headline) claim the Home Secretary said?", ("standfirst", "")),
    ("the little line under the headline said something about a hiding place, what was it?", ("standfirst", "")),
    ("I would be grateful to know the name of the writer who has composed this article.", ("author", "")),
    # no part of an article: a job title, a question for a person, a phrase's author, an author
    # the news speaks of
    ("What's her official job title?", None),
    ("Whom does the article name as the attacker, given that the headline calls him the Westminster attacker?",
     None),
    ("Who wrote 'a secret place for terrorists' in this article?", None),
    ("Which author did the senator quote?", None),
])
def test_a_part_of_the_article_named_anywhere_is_looked_up(question, lookup):
    """The article's headline, standfirst and author asked in words the set forms do not hold."""
    assert parse_article_lookup(question) == lookup


def test_the_parts_of_the_article_asked_in_other_words_are_quoted(engine, tmp_path):
    (tmp_path / "seed").mkdir()
    shutil.copy(SEED, tmp_path / "seed" / SEED.name)
    loaded = engine
    loaded.ingest([tmp_path / "seed"])
    author = loaded.ask("Who has written this article? Kindly tell the author name.")
    assert author.quotes[0].text == "Ben Ariel" and not author.abstained
    headline = loaded.ask("Can you give me the headline exactly as it ran?")
    assert headline.quotes[0].text == "UK demands access to Westminster attacker's WhatsApp messages"
    writer = loaded.ask("I would be grateful to know the name of the writer who has composed this article.")
    assert writer.quotes[0].text == "Ben Ariel"
    standfirst = loaded.ask("What does the subhead (the line under the headline) claim the Home Secretary said?")
    assert standfirst.quotes[0].text.startswith("Home Secretary says encrypted messaging apps must not become")


@pytest.mark.parametrize("question, plain", [
    ("Whit programme was Rudd on when she said aw this?", "What programme was Rudd on when she said all this?"),
    ("Dae the polis reckon he was working on his ain?", "Do the police reckon he was working on his own?"),
    ("Did IS tell him tae dae it, or is there nae proof o that?", "Did IS tell him to do it, or is there no proof of that?"),
    ("It says this is like some other fight fae afore, which wan?", "It says this is like some other fight from before, which one?"),
    ("An whit happens if WhatsApp an that say naw?", "And what happens if WhatsApp and that say no?"),
    ("Who wrote this, dae ye ken?", "Who wrote this, do you know?"),
    # English stays English: "an" before a vowel, a capital or a silent h; "O" and "wan" elsewhere
    ("an FBI agent, an hour, and an officer", "an FBI agent, an hour, and an officer"),
    ("O what a wan smile", "O what a wan smile"),
    # a Scots word with a capital inside a sentence is a name: the county, not "knew"
    ("Was Masood born in Kent?", "Was Masood born in Kent?"),
    ("Kent ye the man?", "Knew you the man?"),
])
def test_scots_is_read_as_news_writes_it(question, plain):
    from qabot.lookup import written_out

    assert written_out(question) == plain


@pytest.mark.parametrize("question, inside", [
    ("With regard to the matter of the attacker, please advise as to his stated age.",
     "What is his stated age, regarding the attacker?"),
    ("Confirmation is requested as to the office held by Amber Rudd.", "What is the office held by Amber Rudd?"),
    ("Please advise as to whether the iPhone was unlocked.", "The iPhone was unlocked?"),
    ("On which day was the attack understood to have been carried out?", "On which day was the attack carried out?"),
    ("May I humbly inquire on what day the attack at Westminster was carried out?",
     "On what day the attack at Westminster was carried out?"),
    ("Please allow me to ask the full name of the person who made the attack.",
     "What is the full name of the person who made the attack."),
    ("I wish to know the exact place where the car hit the pedestrians. Could you kindly tell me?",
     "What is the exact place where the car hit the pedestrians."),
    ("I would be grateful to know what finally became of the attacker himself.", "What finally became of the attacker."),
    ("Is it correct to understand that the attacker acted alone?", "The attacker acted alone?"),
    # a reflexive that is the object stays
    ("Did he kill himself?", "Did he kill himself?"),
    ("Did he do it by himself?", "Did he do it by himself?"),
])
def test_officialese_and_formal_frames_are_no_part_of_the_question(question, inside):
    from qabot.lookup import strip_frame

    assert strip_frame(question) == inside


@pytest.mark.parametrize("question", [
    "With regard to the matter of the attacker, please advise as to his stated age.",
    "I would be grateful to know what finally became of the attacker himself.",
    "How auld was the attacker?",
    "Which bridge was it he drove ower the folk on?",
])
def test_formal_and_scots_questions_are_answered_as_plain_ones(loaded, question):
    answer = loaded.ask(question)
    assert not answer.abstained and answer.quotes[0].text.startswith("Khalid Masood, 52,")


def test_a_programme_or_an_age_named_after_what_is_is_the_kind_asked():
    from qabot.retrieval import question_type

    assert question_type("What is the programme on which Amber Rudd was interviewed?") == "where"
    assert question_type("What is his stated age?") == "number"


@pytest.mark.parametrize("question", [
    "whats the attackers name again",
    "Name of the suspect?",
    "What is the name from the Westminster attacker?",
    "How was called the attacker of Westminster?",
    "What is the name of man who did attack?",
    "Please allow me to ask the full name of the person who made the Westminster attack.",
    "What was the attacker's name, for the record?",
])
def test_the_attackers_name_asked_in_any_words_is_his_name(loaded, question):
    answer = loaded.ask(question)
    assert not answer.abstained and answer.quotes[0].text.startswith("Khalid Masood, 52,")


@pytest.mark.parametrize("question, inside", [
    # a command to a search box asks what it names
    ("Find who actually shot Masood", "Who actually shot Masood"),
    ("Get me the bit about how many people died on the bridge", "How many people died on the bridge"),
    ("Pull up the attacker's name", "What is the attacker's name?"),
    ("Search for the TV show Rudd was on", "What is the TV show Rudd was on?"),
    ("Find the part where the police talk about the group", "What did the police say about the group?"),
    # a quotation asked for by what it tells
    ("Quote the line where it says how many people were killed on the bridge.",
     "How many people were killed on the bridge."),
    ("Quote the line where Rudd talks about a secret place for terrorists to communicate.",
     "What did Rudd say about a secret place for terrorists to communicate?"),
    ("Quote the sentence that names the bridge where the car hit pedestrians.",
     "What is the bridge where the car hit pedestrians?"),
    ("Give me the sentence that says how old Masood was.", "How old was Masood?"),
    # a question inside a frame in a statement's order, its subject a name, pronoun or noun phrase
    ("Show me where Khalid Masood lived", "Where did Khalid Masood live?"),
    ("Search for who Masood sent his last WhatsApp message to", "Who did Masood send his last WhatsApp message to?"),
    ("look up how the attacker ended up dying", "how did the attacker end up dying?"),
    ("May I ask what kind of knife was used in stabbing the officer?",
     "What kind of knife was used in stabbing the officer?"),
    ("Tell me what time it started", "What time it started"),
    ("Tell me how old the attacker was", "How old was the attacker?"),
    # "knife" a verb only where it is one
    ("What kind of knife the attacker used?", "What kind of knife the attacker used?"),
])
def test_commands_and_embedded_questions_are_asked_as_questions(question, inside):
    from qabot.lookup import strip_frame

    assert strip_frame(question) == inside


def test_the_past_tense_is_put_back_to_its_base_form():
    from qabot.lookup import _base_form

    assert [_base_form(w) for w in "lived sent carried stopped used ended needed planned".split()] == \
        ["live", "send", "carry", "stop", "use", "end", "need", "plan"]


def test_commands_are_answered_and_checked_as_the_questions_they_ask(loaded):
    died = loaded.ask("Get me the bit about how many people died on the bridge")
    assert not died.abstained and "killing three people" in died.quotes[0].text
    lived = loaded.ask("Show me where Khalid Masood lived")
    assert lived.abstained and lived.missing == "where anyone lived"
    knife = loaded.ask("May I ask what kind of knife was used in stabbing the police officer?")
    assert knife.abstained and knife.missing == "a weapon"


@pytest.mark.parametrize("question, plain", [
    ("Good evening o. Please, who is the man that carried out the attack?", "Good evening. Who is the man that carried out the attack?"),
    ("How old was the attacker sef?", "How old was the attacker?"),
    ("Abeg, how did the attacker end up?", "how did the attacker end up?"),
    ("the Home Secretary wey dey make all these demands", "the Home Secretary who is make all these demands"),
    ("This whole WhatsApp palava reminds the writer of which fight?", "This whole WhatsApp dispute reminds the writer of which fight?"),
    ("How far, how did WhatsApp respond?", "how did WhatsApp respond?"),
    ("Which pollie is carrying on about it?", "Which politician is carrying on about it?"),
    ("What's this whole WhatsApp stoush being compared to?", "What's this whole WhatsApp fight being compared to?"),
    # English stays
    ("How far did he drive?", "How far did he drive?"),
    ("did whatsapp respond? what did they say", "did whatsapp respond? What did they say"),
    # a question said again after "like" leaves no comma behind
    ("Where was Masood from, like what town did he live in?", "Where was Masood from"),
])
def test_nigerian_and_australian_english_are_read_as_news_writes_it(question, plain):
    from qabot.lookup import written_out

    assert written_out(question) == plain


def test_one_of_a_group_is_no_count_of_what_is_asked(loaded):
    """"How many people did the San Bernardino shooters kill?" is not told by "one of the San
    Bernardino shooters"; "How many people did Masood kill?" is by "killing three people"."""
    answer = loaded.ask("How many people did the San Bernardino shooters kill?")
    assert answer.abstained and answer.missing == "an amount"
    killed = loaded.ask("How many people did Masood kill?")
    assert not killed.abstained and "killing three people" in killed.quotes[0].text


@pytest.mark.parametrize("question, inside", [
    ("What was the attacker's name, since he's apparently the new poster boy for surveillance?",
     "What was the attacker's name?"),
    ("What did he drive into people — are they going to demand backdoors into cars next??", "What did he drive into people?"),
    ("How old was he, in his fifties wasn't he?", "How old was he?"),
    # a reason given with "why" is part of what it asks
    ("Why did she want access, since they already had warrants?", "Why did she want access, since they already had warrants?"),
])
def test_asides_after_a_question_ask_nothing(question, inside):
    from qabot.lookup import strip_frame

    assert strip_frame(question) == inside


def test_a_sentence_after_the_first_opens_with_a_capital():
    from qabot.lookup import written_out

    assert written_out("who wrote the article? i need the author") == "who wrote the article? I need the author"
    assert written_out("it cost 3.5 million. ok") == "it cost 3.5 million. Ok"


def test_the_author_of_this_piece_of_anything_is_its_author():
    from qabot.lookup import parse_author

    assert parse_author("Who wrote this piece of surveillance cheerleading?") == ""


@pytest.mark.parametrize("question, checks", [
    ("Was it al-Qaeda that said they were behind the attack?", True),
    ("Was it the Thursday that the attack on the bridge happened?", True),
    ("He was on Facebook before it happened, so they say. Was it Facebook?", True),
    ("That iPhone belonged to one of the Orlando shooters, if I remember rightly?", True),
    ("The paper said this was like that row between Microsoft and the FBI. Have I got that right?", True),
    ("Was it true that he acted alone?", False),
    ("Rudd is a Conservative, isn't she?", False),
    ("Did Rudd mention Telegram?", False),
])
def test_a_guess_put_to_the_bot_is_told_apart(question, checks):
    from qabot.retrieval import checks_statement

    assert checks_statement(question) is checks


def test_a_wrong_name_or_day_guessed_is_corrected_by_the_articles_own(loaded):
    """"Was it the Thursday that the attack happened?" is answered by "on Wednesday"; a fact
    about someone the article does not tell ("Rudd is a Conservative, isn't she?"), and a name
    mentioned that it never holds ("Did Rudd mention Telegram?"), are still abstained on."""
    day = loaded.ask("Was it the Thursday that the attack on the bridge happened?")
    assert not day.abstained and "on Wednesday" in day.quotes[0].text
    assert loaded.ask("Rudd is a Conservative, isn't she?").abstained
    assert loaded.ask("Did Rudd mention Telegram?").abstained


@pytest.mark.parametrize("typed, proper", [
    ("When did Amber Rude say all this?", "When did Amber Rudd say all this?"),
    ("what show was she on, the Andrew Mars show?", "what show was she on, the Andrew Marr show?"),
    ("What did Islamic Stare call him?", "What did Islamic State call him?"),
])
def test_a_names_second_word_autocorrected_into_another_word_is_the_name(loaded, typed, proper):
    """An autocorrecting phone puts a real word for a name's ("Rude" for "Rudd"): no spelling
    check catches it, but the corpus writes "Amber Rudd" and never "Amber Rude"."""
    assert_answered_alike(loaded, typed, proper)


def test_a_real_pair_of_words_is_left_as_typed(loaded):
    """"Amber" is followed by "Rudd" in the corpus, but a word one letter from no name it puts
    after "Amber" stays; a pair the corpus holds stays."""
    assert loaded._read("What did Amber Rudd say?") == "What did Amber Rudd say?"
    assert loaded._read("Was Amber rude to the BBC?") == "Was Amber rude to the BBC?"


@pytest.mark.parametrize("question, plain", [
    # words spelt as they sound
    ("wot tv show was rud on", "what tv show was rud on"),
    ("hoo sed they did the atack", "who said they did the atack"),
    ("wen did he do it", "when did he do it"),
    ("how meny peple died", "how many people died"),
    ("ware did he rent the car from", "where did he rent the car from"),
    # Jamaican and Yorkshire speech
    ("a who do di Westminster attack?", "who do the Westminster attack?"),
    ("wha Rudd seh bout WhatsApp?", "what Rudd say about WhatsApp?"),
    ("what did t Home Secretary want", "what did the Home Secretary want"),
    ("did Rudd say owt about Apple?", "did Rudd say anything about Apple?"),
    # the words of the young, and an "or" left hanging, ask nothing
    ("how many ppl died on the bridge no cap", "how many people died on the bridge"),
    ("spill, what did rudd actually say", "what did rudd actually say"),
    ("lowkey why does she think it would help", "why does she think it would help"),
    ("did isis actually tell him to do it or", "did isis actually tell him to do it"),
    # English stays
    ("what is the t in the name", "what is the t in the name"),
    ("Was it Rudd or May?", "Was it Rudd or May?"),
    ("Do we wear masks?", "Do we wear masks?"),
    ("what did the wen say", "what did the wen say"),
])
def test_words_spelt_as_spoken_are_read_as_news_writes_them(question, plain):
    from qabot.lookup import written_out

    assert written_out(question) == plain


@pytest.mark.parametrize("question, asked", [
    # the question word said last
    ("injured how many?", "how many injured?"),
    ("the attacker's name was what?", "what was the attacker's name?"),
    ("Rudd called it what?", "What did Rudd call it?"),
    ("he's dead or what?", "he's dead or what?"),
    ("Rudd's job?", "What is Rudd's job?"),
    # a worksheet's gap
    ("The attacker was ___ years old.", "The attacker was how many years old?"),
    ("Fill in: Rudd appeared on the ______ Show", "Rudd appeared on the what Show?"),
    ("The Westminster attacker's name was ______ ______.", "What was the Westminster attacker's name?"),
    ("The attack happened on ________ (day of the week)", "The attack happened on what (day of the week)?"),
    # a gap after "born" asks where (or when: a birth either way)
    ("Fill in: Masood was born ___.", "Where was Masood born?"),
    # a quotation to complete is found by its words
    ('Complete the quote: "There should be no place for ___"', 'Who said "There should be no place for"?'),
    ("Complete Rudd's quote: \"It used to be that people would ___ envelopes\"",
     'Who said "It used to be that people would"?'),
    # (a headline to complete is no quotation)
    ('Complete the headline: "UK demands ___ to Westminster attacker\'s WhatsApp messages"',
     'Complete the headline: "UK demands what to Westminster attacker\'s WhatsApp messages"?'),
    # a gap alone to complete asks the thing
    ("Complete the text of Masood's last WhatsApp message: \"___\"", "What was the text of Masood's last WhatsApp message?"),
    # a word said again after a comma
    ("what's the headline, the headline?", "what's the headline?"),
    # the reporting of the time is the article
    ("On which bridge did the vehicle attack take place, according to contemporary reporting?",
     "On which bridge did the vehicle attack take place?"),
    ("At the time, how was the attacker identified?", "How was the attacker identified?"),
    ("Did Masood have any previous criminal convictions, as reported at the time?",
     "Did Masood have any previous criminal convictions?"),
    # where in the article a thing is told
    ("Where does it say how old the attacker was?", "How old was the attacker?"),
    ("Which sentence tells you what happened to Masood himself in the end?", "What happened to Masood in the end?"),
    ("Is there a sentence about how the FBI got into the iPhone?", "How did the FBI get into the iPhone?"),
    ("Where in the article does it mention who claimed the attack?", "Who claimed the attack?"),
])
def test_fragments_gaps_and_where_it_says_are_asked_as_questions(question, asked):
    from qabot.lookup import strip_frame

    assert strip_frame(question) == asked


@pytest.mark.parametrize("question, about", [
    ("What is the author's name?", ""),
    ("author name?", ""),
    ("What's the name of the writer of this article?", ""),
    ("What was the name of the reporter on this story?", ""),
])
def test_the_authors_name_is_the_author(question, about):
    from qabot.lookup import parse_article_lookup

    assert parse_article_lookup(question) == ("author", about)


def test_the_name_of_the_author_of_a_study_asks_the_passages():
    from qabot.lookup import parse_article_lookup

    assert parse_article_lookup("What is the name of the author of the study?") is None


def test_spoken_spellings_gaps_and_fragments_are_answered(loaded):
    show = loaded.ask("wot tv show was she on")
    assert not show.abstained and "Andrew Marr Show" in show.quotes[0].text
    age = loaded.ask("The attacker was ___ years old.")
    assert not age.abstained and "52" in age.quotes[0].text
    day = loaded.ask("Fill in: Rudd appeared on the ______ Show")
    assert not day.abstained and "Andrew Marr Show" in day.quotes[0].text
    name = loaded.ask("The Westminster attacker's name was ______ ______.")
    assert not name.abstained and "Khalid Masood" in name.quotes[0].text


@pytest.mark.parametrize("question, plain", [
    ("#Westminster attacker name??", "Westminster attacker name??"),
    ("which show was @AmberRudd_MP on", "which show was Amber Rudd on"),
    ("#WestminsterAttack who did it", "Westminster Attack who did it"),
    ("@AmberRudd_MP job title?", "Amber Rudd job title?"),
    # the bot's own handle opening a message stays, for the frame to drop; other marks stay
    ("@qabot who wrote it", "@qabot who wrote it"),
    ("email me at a@b.com", "email me at a@b.com"),
    ("is C# mentioned", "is C# mentioned"),
])
def test_hashtags_and_handles_are_their_words(question, plain):
    from qabot.lookup import written_out

    assert written_out(question) == plain


@pytest.mark.parametrize("question, plain", [
    ("attacker ka naam kya tha yaar?", "what was attacker's name?"),
    ("Masood kitne saal ka tha?", "how old was Masood?"),
    ("Rudd ne WhatsApp ke baare mein kya bola?", "what did Rudd say about WhatsApp?"),
    ("yeh article kisne likha hai?", "who wrote article?"),
    ("police officer ke saath kya hua tha?", "what happened with police officer?"),
    ("Theresa May ne WhatsApp pe kya bola?", "what did Theresa May say on WhatsApp?"),
    # English with a word Hindi shares stays English
    ("Who is Imran Khan?", "Who is Imran Khan?"),
    ("What did the IS say in its claim?", "What did the IS say in its claim?"),
    ("Was it ka-ching or ki?", "Was it ka-ching or ki?"),
])
def test_hindi_in_an_english_question_is_read_in_english(question, plain):
    from qabot.lookup import written_out

    assert written_out(question) == plain


def test_which_before_a_thing_named_is_what():
    from qabot.lookup import written_out

    assert written_out("Which is her job in the government?") == "what is her job in the government?"
    assert written_out("Which is bigger, the app or the phone?") == "Which is bigger, the app or the phone?"


def test_hashtags_and_hindi_questions_are_answered(loaded):
    show = loaded.ask("#Westminster attacker name??")
    assert not show.abstained and "Khalid Masood" in show.quotes[0].text
    said = loaded.ask("Rudd ne yeh sab kaunse show pe bola tha?")
    assert not said.abstained and "Andrew Marr Show" in said.quotes[0].text
    age = loaded.ask("Masood kitne saal ka tha?")
    assert not age.abstained and "52" in age.quotes[0].text


@pytest.mark.parametrize("question, asked", [
    # a question broken off and asked again: the last is asked
    ("who was the, no wait, what was the attacker called", "what was the name of the attacker?"),
    ("what did he drive, I mean whose car was it", "whose car was it"),
    ("was he arrested or, I mean what happened to the attacker in the end", "what happened to the attacker in the end"),
    ("how many, or actually how many people did he kill", "how many people did he kill"),
    ("Sorry, who wrote it?", "Sorry, who wrote it?"),
    ("what did rudd say, I mean about whatsapp", "what did rudd say, I mean about whatsapp"),
    # legal drafting in plain words
    ("What was the age of the said individual at the time of the commission of the offence?",
     "What was the age of the individual?"),
    ("At what location did the said individual drive the vehicle into members of the public?",
     "At what location did the individual drive the vehicle into people?"),
    ("What became of the party responsible following the commission of the offences in question?",
     "What became of the person responsible?"),
    ("What harm, if any, was occasioned to a member of the constabulary?", "What harm was caused to a police officer?"),
    ("By whom was the aforementioned article authored?", "Who authored the article?"),
    ("On what day did the incident take place, per the report?", "On what day did the incident take place?"),
    # a verb after "said" stays: "Rudd said terrorists ..."
    ("Who said terrorists must have nowhere to hide?", "Who said terrorists must have nowhere to hide?"),
])
def test_broken_off_questions_and_legal_drafting_are_asked_plainly(question, asked):
    from qabot.lookup import strip_frame

    assert strip_frame(question) == asked


@pytest.mark.parametrize("question, plain", [
    ("quién was the attacker?", "who was the attacker?"),
    ("cuántos años tenía el attacker?", "how old was the attacker?"),
    ("qué dijo Rudd about WhatsApp?", "what did Rudd say about WhatsApp?"),
    ("cómo se llamaba el police officer que murió?", "what is the name of the police officer that died?"),
    ("who wrote este artículo?", "who wrote this article?"),
    ("Sino po yung attacker sa Westminster?", "who is the attacker in Westminster?"),
    ("Ano sinabi ni Rudd about WhatsApp?", "what said Rudd about WhatsApp?"),
    ("Ilang taon na si Amber Rudd?", "how old is Amber Rudd?"),
    # English, and names, stay
    ("Who is Que Lin?", "Who is Que Lin?"),
    ("Was El Chapo mentioned?", "Was El Chapo mentioned?"),
    ("Is it a la carte?", "Is it a la carte?"),
    ("What did Ana say about it?", "What did Ana say about it?"),
])
def test_spanish_and_tagalog_in_an_english_question_are_read_in_english(question, plain):
    from qabot.lookup import written_out

    assert written_out(question) == plain


def test_code_mixed_broken_off_and_legal_questions_are_answered(loaded):
    for question, expected in [("quién was the attacker?", "Khalid Masood"),
                               ("cuántos años tenía el attacker?", "52"),
                               ("Ano sinabi ni Rudd about WhatsApp?", "secret place for terrorists"),
                               ("who was the, no wait, what was the attacker called", "Khalid Masood"),
                               ("By whom was the aforementioned attack claimed?", "Islamic State")]:
        answer = loaded.ask(question)
        assert not answer.abstained and expected in answer.quotes[0].text, question


@pytest.mark.parametrize("question, asked", [
    # punctuation dictated as words
    ("who wrote this article question mark", "who wrote this article?"),
    ("what did rudd say comma exactly", "what did rudd say, exactly?"),
    ("Which sentence has the words quote secret place unquote in it?", 'Which sentence has the words "secret place" in it?'),
    ("give me a quote from Rudd", "give me a quote from Rudd"),
    ("what is a comma", "what is a comma?"),
    ("who wrote this article period", "who wrote this article?"),
    ("What did Rudd say in that period", "What did Rudd say in that period?"),
    # slips of fast thumbs on short words
    ("hwo old was the attacker", "how old was the attacker?"),
    ("hwo wrote it", "who wrote it?"),
    ("waht did teh police say", "what did the police say?"),
    # whom the message is addressed to, a name taken up again by a pronoun, a South African "hey"
    ("Hello brother, who is the man who did the attack?", "Who is the man who did the attack?"),
    ("Please sir, how old was he?", "how old was he?"),
    ("Who is Masood's sister?", "Who is Masood's sister?"),
    ("Masood he was known to MI5 before the attack?", "Masood was known to MI5 before the attack?"),
    ("Who wrote this article, hey?", "Who wrote this article?"),
    ("Who said hey?", "Who said hey?"),
])
def test_dictated_marks_thumb_slips_and_addresses_are_read_plainly(question, asked):
    from qabot.lookup import question_mark, strip_frame, written_out

    assert question_mark(strip_frame(written_out(question))) == asked


@pytest.mark.parametrize("question, plain", [
    ("qui a dit that WhatsApp is a secret place?", "who said that WhatsApp is a secret place?"),
    ("combien de people died?", "how many people died?"),
    ("quel âge avait the attacker?", "how old was the attacker?"),
    ("l'Etat islamique a revendiqué through quelle news agency?", "the Etat islamique claimed through which news agency?"),
    ("Wer hat the article geschrieben?", "who wrote the article?"),
    ("Wie alt war der attacker?", "how old was the attacker?"),
    ("was für ein Auto hatte er, sein eigenes?", "what kind of car had he, his own?"),
    # English, and names that are the other language's words, stay
    ("Who is Wer?", "Who is Wer?"),
    ("Was Rudd on the BBC?", "Was Rudd on the BBC?"),
    ("How many people die in car crashes?", "How many people die in car crashes?"),
    ("Did WhatsApp comment on it?", "Did WhatsApp comment on it?"),
    ("Is Le Pen mentioned?", "Is Le Pen mentioned?"),
])
def test_french_and_german_in_an_english_question_are_read_in_english(question, plain):
    from qabot.lookup import written_out

    assert written_out(question) == plain


def test_french_and_german_questions_are_answered(loaded):
    for question, expected in [("quel âge avait the attacker?", "52"), ("Wie alt war der attacker?", "52"),
                               ("qui a dit that WhatsApp is a secret place?", "secret place for terrorists")]:
        answer = loaded.ask(question)
        assert not answer.abstained and expected in answer.quotes[0].text, question


@pytest.mark.parametrize("question, read", [
    # a wire desk's queries
    ("UK-ATTACK // attacker age?", "attacker age?"),
    ("RUDD-WHATSAPP: venue of remarks?", "venue of remarks?"),
    ("hsec: access with or without a warrant?", "Home Secretary: access with or without a warrant?"),
    ("PC death - how and where?", "police officer death - how and where?"),
    ("hed as filed?", "headline as filed?"),
    # London's young
    ("how old was the man dat did it bruv", "how old was the man that did it?"),
    ("wat did he drive into ppl wiv", "what did he drive into people with?"),
    # capitals that are names stay
    ("Is T-MOBILE mentioned?", "Is T-MOBILE mentioned?"),
    ("What is the UK-US deal?", "What is the UK-US deal?"),
])
def test_wire_desk_and_london_shorthand_are_read_plainly(question, read):
    from qabot.lookup import expand_titles, question_mark, strip_frame, written_out

    assert expand_titles(question_mark(strip_frame(written_out(question)))) == read


@pytest.mark.parametrize("question, plain", [
    ("Chi ha scritto questo articolo?", "who wrote this article?"),
    ("Quanti anni aveva the attacker?", "how old was the attacker?"),
    ("come si chiamava l'attentatore di Westminster?", "what is the name of the attacker of Westminster?"),
    ("quante persone sono morte on the bridge?", "how many people died on the bridge?"),
    ("Amber Rudd che ruolo ha nel governo?", "what role does Amber Rudd have in the government?"),
    ("Rudd ha detto che è una cosa inaccettabile?", "did Rudd say that is an unacceptable thing?"),
    ("cosa c'era scritto nel messaggio WhatsApp di Masood?", "what was written in the WhatsApp message of Masood?"),
    # English with a word of Italian, and Italian names, stay
    ("Who is Che Guevara?", "Who is Che Guevara?"),
    ("Did the dove come back?", "Did the dove come back?"),
    ("What did Chi say about the era?", "What did Chi say about the era?"),
])
def test_italian_in_an_english_question_is_read_in_english(question, plain):
    from qabot.code_mixed import read_code_mixed

    assert read_code_mixed(question) == plain


@pytest.mark.parametrize("question, asked", [
    # the particles that end a Cantonese or Singaporean speaker's question
    ("the attacker how old ah?", "how old the attacker?"),
    ("Rudd talk to BBC which day wor?", "Rudd talk to BBC which day?"),
    ("Is he in LA?", "Is he in LA?"),
    ("Who is Ah Kow?", "Who is Ah Kow?"),
    # prompts as people write them to chat bots
    ("Based on the article, who was Masood messaging?", "Who was Masood messaging?"),
    ("In the passage, what kind of encryption does WhatsApp use?", "What kind of encryption does WhatsApp use?"),
    ("Answer in one word: which app did the attacker use?", "Which app did the attacker use?"),
    ("Q: What was the name of the Westminster attacker? A:", "What was the name of the Westminster attacker?"),
    ("In the article, who wrote it?", "Who wrote it?"),
])
def test_particles_and_prompt_frames_ask_nothing(question, asked):
    from qabot.lookup import question_mark, strip_frame, written_out

    assert question_mark(strip_frame(written_out(question))) == asked


def test_italian_cantonese_and_prompt_style_questions_are_answered(loaded):
    for question, expected in [("Chi ha rivendicato l'attacco?", "Islamic State"),
                               ("Quanti anni aveva the attacker?", "52"),
                               ("the attacker how old ah?", "52"),
                               ("Q: Who claimed responsibility for the attack? A:", "Islamic State")]:
        answer = loaded.ask(question)
        assert not answer.abstained and expected in answer.quotes[0].text, question
    for question in ["A chi ha mandato il messaggio su WhatsApp prima dell'attacco?",
                     "cosa c'era scritto nel messaggio WhatsApp di Masood?"]:
        assert loaded.ask(question).abstained, question


@pytest.mark.parametrize("question, plain", [
    ("Quantos anos tinha the attacker?", "how old was the attacker?"),
    ("quantas pessoas morreram on the bridge?", "how many people died on the bridge?"),
    ("Quem disse that there should be no place for terrorists?", "who said that there should be no place for terrorists?"),
    ("Para quem o Masood mandou a mensagem no WhatsApp?", "to whom Masood sent the message in the WhatsApp?"),
    ("Qual era o nome do policial que foi esfaqueado?", "what is the name of the police officer that was stabbed?"),
    # Spanish and Portuguese share words: the language shown most is read
    ("Quantas pessoas morreram no ataque com o carro?", "how many people died in the attack with the car?"),
    ("Is Data a character in Star Trek?", "Is Data a character in Star Trek?"),
])
def test_portuguese_in_an_english_question_is_read_in_english(question, plain):
    from qabot.code_mixed import read_code_mixed

    assert read_code_mixed(question) == plain


@pytest.mark.parametrize("question, asked", [
    ("1. (1 mark) What is the headline of the article?", "What is the headline of the article?"),
    ("Q6) On what day did Amber Rudd speak?", "On what day did Amber Rudd speak?"),
    ("b) State the name of the man who carried out the attack.", "What is the name of the man who carried out the attack?"),
    ("[2 marks] Name the TV programme on which Rudd was speaking.", "What is the name of the TV programme on which Rudd was speaking?"),
    ("Task 6 - How did the FBI eventually get into the iPhone?", "How did the FBI eventually get into the iPhone?"),
    ("Describe how WhatsApp responded to Amber Rudd's demands. (3 marks)", "How did WhatsApp respond to Amber Rudd's demands?"),
    ("Explain what Rudd meant by a secret place.", "What did Rudd mean by a secret place?"),
    ("22 people died?", "22 people died?"),
])
def test_a_homework_sheets_numbers_marks_and_instructions_ask_nothing(question, asked):
    from qabot.lookup import question_mark, strip_frame, written_out

    assert question_mark(strip_frame(written_out(question))) == asked


def test_portuguese_and_homework_questions_are_answered_or_abstain(loaded):
    for question, expected in [("Quem reivindicou o ataque?", "Islamic State"),
                               ("3. (1 mark) How old was the Westminster attacker?", "52")]:
        answer = loaded.ask(question)
        assert not answer.abstained and expected in answer.quotes[0].text, question
    for question in ["Para quem o Masood mandou a mensagem no WhatsApp?",
                     "Is the officer who shot Masood identified?",
                     "Task 6 - How did the FBI eventually get into the San Bernardino iPhone?"]:
        assert loaded.ask(question).abstained, question


@pytest.mark.parametrize("question, asked", [
    # words of address and of feeling at either end, a guess left open, London's "who done it"
    ("who wrote this article mate?", "who wrote this article?"),
    ("chale how many people died on the bridge paa?", "how many people died on the bridge?"),
    ("whats the name of the bloke who done Westminster attack, guv?", "what's the name of the man who did Westminster attack?"),
    ("So how'd it end for the attacker, they lock him up or what?", "How'd it end for the attacker?"),
    ("Who's the guy that pulled off the Westminster attack?", "Who's the man that carried out the Westminster attack?"),
    ("How old was the guy?", "How old was the guy?"),
    ("Who is Guy Fawkes?", "Who is Guy Fawkes?"),
    ("Who shot the mate of the attacker?", "Who shot the mate of the attacker?"),
])
def test_addresses_open_guesses_and_street_verbs_are_read_plainly(question, asked):
    from qabot.lookup import question_mark, restore_apostrophes, strip_frame, written_out

    assert question_mark(strip_frame(restore_apostrophes(written_out(question)))) == asked


@pytest.mark.parametrize("question, plain", [
    ("kama years old was the attacker?", "how many years old was the attacker?"),
    ("ma exactly was written in his WhatsApp message?", "what exactly was written in his WhatsApp message?"),
    ("mi amar \"It is completely unacceptable\"?", "who said \"It is completely unacceptable\"?"),
    ("on eize TV show Rudd was talking?", "on which TV show Rudd was talking?"),
    # a mother, a Tibetan teacher, Jamaican "mi" and Swahili "kama" are no Hebrew
    ("Did my ma say what?", "Did my ma say what?"),
    ("Who is the Dalai Lama?", "Who is the Dalai Lama?"),
    ("mi waan know if police find proof", "I waan know if police find proof"),
    ("What will the govt do kama WhatsApp refuses?", "what will the govt do if WhatsApp refuses?"),
])
def test_hebrew_in_an_english_question_is_read_in_english(question, plain):
    from qabot.code_mixed import read_code_mixed

    assert read_code_mixed(question) == plain


@pytest.mark.parametrize("question, asked", [
    ("Quick one - how old was the attacker?", "How old was the attacker?"),
    ("Who was the threat actor behind the Westminster incident?", "Who was the attacker behind the Westminster incident?"),
    ("admit it, who claimed the attack?", "who claimed the attack?"),
    ("lol useless bot, who even wrote this garbage?", "who wrote this article?"),
    ("Be honest, did Rudd want access?", "Did Rudd want access?"),
])
def test_corporate_words_and_a_trolls_bait_ask_nothing(question, asked):
    from qabot.lookup import question_mark, strip_frame, written_out

    assert question_mark(strip_frame(written_out(question))) == asked


@pytest.mark.parametrize("question, read", [
    # a common word in capitals for emphasis, in a question typed in both cases; acronyms stay
    ("Who WROTE this article?", "Who wrote this article?"),
    ("What did the FBI want from Apple?", "What did the FBI want from Apple?"),
    ("Did ISIS direct him?", "Did ISIS direct him?"),
    ("What did WHO say?", "What did WHO say?"),
    ("UK-ATTACK // attacker age?", "UK-ATTACK // attacker age?"),
    ("WHO WROTE THIS ARTICLE?", "who wrote this article?"),
])
def test_capitals_for_emphasis_are_read_in_lower_case(question, read):
    from qabot.lookup import unshouted

    assert unshouted(question) == read


@pytest.mark.parametrize("question, asked", [
    ("Who WROTE this article... I like to know who I'm reading...", "Who wrote this article?"),
    ("Does anyone know the NAME of the man who did this... so sad...", "What is the name of the man who did this?"),
    ("Can someone tell me how many people he killed on that bridge...", "How many people he killed on that bridge?"),
])
def test_a_question_trailing_off_and_asked_of_the_crowd(question, asked):
    from qabot.lookup import question_mark, strip_frame, unshouted, written_out

    assert question_mark(strip_frame(written_out(unshouted(question)))) == asked


@pytest.mark.parametrize("question", [
    "How did the claim of responsibility describe Masood?",
    "What did the claim of responsibility call Masood?",
])
def test_a_determiner_before_a_noun_like_claim_is_no_speaker(question):
    from qabot.lookup import parse_group_lookup, parse_lookup

    assert parse_lookup(question) is None
    assert parse_group_lookup(question) is None


def test_a_claim_of_responsibility_is_answered_by_the_claim(loaded):
    answer = loaded.ask("What did the claim of responsibility call Masood?")
    assert not answer.abstained and "a soldier of the Islamic State" in answer.quotes[0].text


def test_words_close_in_meaning_are_not_the_quotation_asked_for(engine, tmp_path):
    ingest_texts(engine, tmp_path / "news", {"rally.txt": (
        "Candidate vows to beat terror\n\n"
        "\"We will defeat radical Islamic terrorism, just as we have defeated every threat,\" the candidate said "
        "at a rally on Monday.\n\n"
        "\"It is a secret place for criminals to talk to each other,\" the candidate said of the app.\n")})
    # nobody said these words, nor most of them: the candidate's vow is close in meaning only
    unsaid = engine.ask('Who said "we will never waver in the face of terrorism"?')
    assert unsaid.abstained and "defeat radical Islamic terrorism" in unsaid.quotes[0].text
    # a quotation misremembered keeps most of its words, and is found
    misremembered = engine.ask('Who said "a secret place for criminals to chat"?')
    assert not misremembered.abstained and "secret place for criminals" in misremembered.quotes[0].text


@pytest.mark.parametrize("question, about", [
    ("What's the caption on the picture?", ""),
    ("What does the image caption in the article say?", ""),
    ("Is the WhatsApp picture with the story actually from the attacker's phone?", ""),
    ("is that WhatsApp picture real?", ""),
    ("Is there a picture with the article?", ""),
    ("What is the photo caption of the article about the Westminster attack?", "the Westminster attack"),
    ("what's the picture?", ""),
    # who made it is no caption's to tell; pictures the story speaks of are no picture of the article
    ("who took the photo used with the article?", None),
    ("I remember the pictures of people sheltering, was Parliament locked down?", None),
    ("I should like to picture the spot. Where did he drive into people?", None),
])
def test_caption_questions(question, about):
    from qabot.lookup import parse_caption

    assert parse_caption(question) == about


def test_the_pictures_caption_is_quoted_from_the_article(loaded):
    from qabot.render import citation

    answer = loaded.ask("What does the photo caption in the WhatsApp article say?")
    assert not answer.abstained
    assert answer.message == "The picture with “UK demands access to Westminster attacker's WhatsApp messages” is captioned:"
    top = answer.quotes[0]
    assert top.text == "WhatsApp (illustration)" and top.paragraph is None
    with open(top.article.path, encoding="utf-8", newline="") as f:
        assert f.read()[top.start:top.end] == top.text
    assert " · caption · " in citation(loaded.prompts(), 1, top)
    # a caption is never an answer to another question
    assert all("(illustration)" not in q.text for q in loaded.ask("What did Amber Rudd say about WhatsApp?").quotes)


def test_an_article_without_a_caption_says_so(engine, tmp_path):
    ingest_texts(engine, tmp_path / "c", {"dam.txt": "Dam opens\n\nThe new dam opened on Friday after "
                                           "ten years of work.\n\nIt holds water for the whole valley.\n"})
    answer = engine.ask("What is the photo caption of the article about the new dam?")
    assert answer.abstained
    assert answer.message == "“Dam opens” has no picture caption in its text."


@pytest.mark.parametrize("question, found", [
    ("Who is write this article?", ("author", "")),
    ("Name the reporter with the byline on this one.", ("author", "this one")),
    ("Name the journalist who wrote this.", ("author", "")),
    ("Who wrote it.", ("author", "")),
    # a learner's question about who writes laws is no author's
    ("Who is writing the new laws?", None),
    ("Name the officer who was killed.", None),
])
def test_an_author_asked_in_a_learners_words_or_as_a_quiz(question, found):
    assert parse_article_lookup(question) == found


@pytest.mark.parametrize("question, found", [
    ("article writer", ("author", "")),
    ("Article writer, who is? please tell me", ("author", "")),
    ("Who wrote this article, eh?", ("author", "")),
    ("Who wrote this article: A) Andrew Marr B) Ben Ariel C) Amber Rudd?", ("author", "")),
    # asked last, after the asker's own words
    ("kdo napsal tenhle článek? author?", ("author", "")),
    ("I'm doing a media literacy unit and I never checked this one myself. Who's the byline on it?", ("author", "")),
    ("Who wrote this article now then?", ("author", "")),
    ("wait so who even wrote this article", ("author", "")),
    ("who wrote this article? Who is the author", ("author", "")),
    ("Who wrote this article about WhatsApp?", ("author", "WhatsApp")),
    # whom the article cites is asked of its passages
    ("the thing of Apple and FBI, who reports it? What is the source?", None),
])
def test_an_author_asked_alone_with_a_tag_or_last(question, found):
    assert parse_article_lookup(question) == found
