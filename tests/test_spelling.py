"""Slips of the keyboard in a question are mended from the corpus's words; English words and
unknown names are left as typed."""
from __future__ import annotations

import pytest

from qabot.spelling import frequency, is_english


@pytest.mark.parametrize("word, english", [
    ("accomplices", True), ("unify", True), ("boast", True),
    # British spellings are English: their American forms are in the dictionary
    ("labour", True), ("centre", True), ("organisation", True), ("programme", True), ("defence", True),
    ("summarise", True), ("neighbourhood", True),
    # slips of the keyboard and names are not
    ("attcak", False), ("abmer", False), ("terorists", False), ("whatsap", False), ("zuckerberg", False),
])
def test_is_english(word, english):
    assert is_english(word) is english


def test_frequency_reads_british_spelling_as_american():
    assert frequency("programme") == frequency("program") > 0
    assert frequency("attcak") == 0


@pytest.fixture
def loaded(engine, corpus):
    engine.ingest([corpus])
    return engine


@pytest.mark.parametrize("typed, mended", [
    ("Who claimed responsibility for the Westminster attcak?", "Who claimed responsibility for the Westminster attack?"),
    ("What did Abmer Rudd say about Whatsap?", "What did Amber Rudd say about WhatsApp?"),
    ("What was Maosod's age?", "What was Masood's age?"),
    # two letters swapped before any other slip: "where", not "three"
    ("Whree did the attack take place?", "Where did the attack take place?"),
    # an English word the corpus holds in another form: "warrant"
    ("What did Rudd say about warrnats?", "What did Rudd say about warrants?"),
    # left as typed: English words the corpus lacks, British or not, a name it never mentions,
    # an acronym, an owner typed without the apostrophe, short words
    ("Is it believed that Masood had accomplices?", "Is it believed that Masood had accomplices?"),
    ("Who leads the Labour Party?", "Who leads the Labour Party?"),
    ("What did Mark Zuckerberg say?", "What did Mark Zuckerberg say?"),
    ("What is CITA?", "What is CITA?"),
    ("what was masoods age", "what was masoods age"),
    ("Who is teh Home Secretary?", "Who is teh Home Secretary?"),
])
def test_a_slip_of_the_keyboard_is_mended(loaded, typed, mended):
    assert loaded._spelled(typed) == mended


@pytest.mark.parametrize("typed, proper", [
    ("Who claimed responsibility for the Westminster attcak?", "Who claimed responsibility for the Westminster attack?"),
    ("What did Abmer Rudd say about Whatsap?", "What did Amber Rudd say about WhatsApp?"),
    ("Acording to the aritcle, what did Amber Rudd call for?", "According to the article, what did Amber Rudd call for?"),
])
def test_a_question_with_a_slip_is_answered_as_if_typed_right(loaded, typed, proper):
    from .conftest import assert_answered_alike

    assert not loaded.ask(proper).abstained
    assert_answered_alike(loaded, typed, proper)


@pytest.mark.parametrize("word", ["texting", "texted", "apps", "selfie", "retweeted", "screenshot"])
def test_words_of_the_internet_age_are_english(word):
    # "who was masood texting" is no slip for "testing"
    assert is_english(word)


@pytest.mark.parametrize("typed, mended", [
    # typed without vowels: a common English word, else the corpus's word, else a rarer English one
    ("wht ws th attckr nm", "what was th attacker name"),
    ("who clmd th attck", "who claimed th attack"),
    ("wht is amber rdds job", "what is amber rudds job"),
    ("hw dd rdd spk abt whtsapp", "how did rudd speak about whatsapp"),
    # an abbreviation of two letters or a unit stays, as does a word with vowels
    ("how many km and lb", "how many km and lb"),
    ("how many mln", "how many mln"),
])
def test_a_word_typed_without_its_vowels_is_read(loaded, typed, mended):
    assert loaded._spelled(typed) == mended


def test_unvowelled_takes_the_commonest_word_with_those_consonants():
    from qabot.spelling import unvowelled
    assert unvowelled("ws")[1] == "was"
    assert unvowelled("hppnd")[1] == "happened"
    assert unvowelled("brdg")[1] == "bridge"
    assert unvowelled("kto") is None
    # the letters typed must be the word's, in order
    assert unvowelled("tht")[1] == "that"


def test_a_question_texted_without_vowels_is_answered(loaded):
    answer = loaded.ask("hw old ws masood")
    assert not answer.abstained and "52" in answer.quotes[0].text
    answer = loaded.ask("who clmd th attck")
    assert not answer.abstained and "Islamic State" in answer.quotes[0].text
    answer = loaded.ask("wht hppnd 2 masood in th end")
    assert not answer.abstained and "shot dead" in answer.quotes[0].text


@pytest.mark.parametrize("typed, read", [
    ("what happened 2 Masood", "what happened to Masood"),
    ("would it b easier 2 stop", "would it be easier 2 stop"),
    ("able 2 read the messages", "able to read the messages"),
    ("he killed 2 people", "he killed 2 people"),
    ("Plan b is 2 go", "Plan b is 2 go"),
])
def test_texting_digits_for_words(typed, read):
    from qabot.lookup import texted_words
    assert texted_words(typed) == read
