"""A question asking for a person's name is answered only by a passage that names someone new."""
from __future__ import annotations

import pytest

from qabot.names_asked import (asked_as_statement, asked_person, lacks_asked_name, mentions_unnamed, names_asked_person,
                               new_names, yes_no_names, yes_no_subject)

DRIVE = ("Khalid Masood, 52, drove a rented car into pedestrians on Westminster Bridge on Wednesday, "
         "killing three people, before stabbing a police officer to death outside Parliament.")
RUDD = "Britain's Home Secretary Amber Rudd on Sunday called on WhatsApp and other encrypted messaging services."


@pytest.mark.parametrize("question, noun", [
    ("What was the name of the officer Masood killed?", "officer"),
    ("police officer name who died", "officer"),
    ("What was the name of the stabbed police officer?", "officer"),
    ("What is the name of Masood's wife?", "wife"),
    ("What is the Home Secretary's name?", "secretary"),
    ("Who was the police officer who died?", "officer"),
    ("Who is the leader of the Islamic State?", "leader"),
    ("What was Tesla's father's name?", "father"),
    # no person's name asked
    ("What is the name of the Host Committee's charitable initiative?", None),
    ("What is the name of the proposed new law?", None),
    ("Who claimed responsibility for the attack?", None),
    ("Who is Amber Rudd?", None),
    ("What did the officer say?", None),
    # the person named by a name before the noun
    ("what was San Bernardino shooters's name?", "shooter"),
    ("What is Amber Rudd's name?", None),
])
def test_asked_person(question, noun):
    assert asked_person(question) == noun


def test_new_names_leave_out_places_days_and_the_questions_own_names():
    assert new_names(DRIVE, "What is the name of Masood's wife?") == []
    assert new_names(DRIVE, "What was the name of the officer?") == ["Khalid Masood"]
    # the possessive splits the country from the person it qualifies; a capital opening the
    # passage is no sign of a name
    assert new_names(RUDD, "What is the Home Secretary's name?") == ["Home Secretary Amber Rudd"]
    assert new_names("The minister met " + RUDD, "What is the Home Secretary's name?") == [
        "Home Secretary Amber Rudd"]
    # a country, an organisation's letters and a common word opening a sentence name nobody
    assert new_names("Ahead of Friday's meeting, France and Germany unveiled a plan for E.U. forces.",
                     "Who is the president of France?") == []
    assert new_names("Yet the BBC has angered prime ministers.", "Who is the Prime Minister?") == []
    assert new_names("Yet Theresa May was not invited.", "Who is the Prime Minister?") == ["Theresa May"]
    assert new_names(RUDD, "Who is Amber Rudd's boss?") == []
    # nor one that opens a quotation or a sentence inside the passage
    assert new_names('"We need to make sure that organisations like WhatsApp do not," she said.',
                     "Who is the CEO of WhatsApp?") == []
    assert new_names("It was late. Police said he acted alone.", "Who is the CEO?") == []


def test_an_unnamed_mention_is_told_from_a_named_one():
    assert mentions_unnamed(DRIVE, "officer")
    assert not mentions_unnamed("He stabbed a police officer, PC Keith Palmer, outside Parliament.", "officer")
    assert not mentions_unnamed("He stabbed a police officer named Keith Palmer.", "officer")
    assert not mentions_unnamed("Keith Palmer, a police officer, was stabbed.", "officer")
    assert not mentions_unnamed(DRIVE, "wife")


@pytest.mark.parametrize("question, passage, lacks", [
    ("What was the name of the officer Masood killed?", DRIVE, True),
    ("Who was the police officer who died?", DRIVE, True),
    ("What is the name of Masood's wife?", DRIVE, True),
    # the policeman asked is the police officer the passage leaves unnamed
    ("What was the name of the poor policeman who got stabbed?", DRIVE, True),
    ("What was the name of the officer Masood killed?",
     "Masood stabbed PC Keith Palmer, 48, to death outside Parliament.", False),
    ("What is the Home Secretary's name?", RUDD, False),
    ("What is the name of the spiritual teacher in Hinduism?",
     "In Hinduism the spiritual teacher is known as a guru.", False),
    # a question asking no person's name is never held to this
    ("How many people did Masood kill?", DRIVE, False),
    # "one of the San Bernardino shooters" is someone left unnamed, when a name is asked
    ("What is the name of the San Bernardino shooter with the iphone?",
     "Apple refused to help unlock an iPhone used by one of the San Bernardino shooters, according to Fox News.", True),
    ("Which shooters used the iPhone?",
     "Apple refused to help unlock an iPhone used by one of the San Bernardino shooters, according to Fox News.", False),
    # the people an event befell, asked by it
    ("Names of the three killed on the bridge.", DRIVE, True),
    ("Names of the three killed on the bridge.", "The victims were named as Kurt Cochran, Aysha Frade and Leslie Rhodes, "
     "all killed on the bridge.", False),
])
def test_lacks_asked_name(question, passage, lacks):
    assert lacks_asked_name(question, passage) is lacks


@pytest.mark.parametrize("question, passage, names", [
    ("Who is the director of the city museum?",
     '"It belongs where it was made," director Helen Voss said at the handover ceremony.', True),
    ("Who is the council leader in Portwell?", "Council leader Tom Barrow said the wall would protect homes.", True),
    ("What was the name of the officer?", "Keith Palmer, a police officer, was stabbed.", True),
    # a new name, but not of the person asked about
    ("What was the name of the officer?", "The Islamic State group claimed responsibility for the attack.", False),
    ("What was the name of the officer?", DRIVE, False),
    ("How many people did Masood kill?", DRIVE, False),
])
def test_names_asked_person(question, passage, names):
    assert names_asked_person(question, passage) is names


@pytest.mark.parametrize("question, noun", [
    ("what was the police officers name?", "officer"),
    ("Which officer shot Khalid Masood?", "officer"),
    ("What were the names of the three people killed on the bridge?", "people"),
    ("Which officers in the area responded?", None),
])
def test_a_name_asked_in_a_hurry_or_by_which(question, noun):
    assert asked_person(question) == noun


@pytest.mark.parametrize("question", [
    "What were the names of the three people killed on Westminster Bridge?",
    "Who were the three people killed on Westminster Bridge?",
])
def test_several_names_asked_need_several(question):
    # one new name ("Khalid Masood", who killed them) does not name three people
    assert lacks_asked_name(question, DRIVE)
    assert not lacks_asked_name(question, "The victims were named as Kurt Cochran, Aysha Frade and Leslie Rhodes.")
    assert not lacks_asked_name("What was the name of the attacker?", DRIVE)


@pytest.mark.parametrize("question, words", [
    ("Did Theresa May back her up on the WhatsApp business?", ["theresa", "may"]),
    ("Was Masood's car rented?", ["masood"]),
    ("Did the police shoot him?", []),
    ("Who did Rudd call on?", []),
    # a title is no name an article must hold
    ("Did Ms Rudd confine her criticism to WhatsApp?", ["rudd"]),
])
def test_yes_no_subject(question, words):
    from qabot.names_asked import yes_no_subject

    assert yes_no_subject(question) == words


@pytest.mark.parametrize("question, names", [
    ("Did Rudd mention Telegram?", ["rudd", "telegram"]),
    ("Is WhatsApp owned by Facebook?", ["whatsapp", "facebook"]),
    ("Did I hear that Rudd's words were about WhatsApp?", ["rudd", "whatsapp"]),
    ("Who did Rudd call on?", []),
    ("Is it Ms Rudd's contention that access would help?", ["rudd"]),
    ("Was it Mr. Masood's own car?", ["masood"]),
])
def test_yes_no_names(question, names):
    from qabot.names_asked import yes_no_names

    assert yes_no_names(question) == names


def test_a_peoples_adjective_is_no_name_an_article_must_hold():
    from qabot.names_asked import yes_no_names

    assert yes_no_names("Did the British police find that the Islamic State directed Masood?") == [
        "islamic", "state", "masood"]


@pytest.mark.parametrize("question, noun", [
    ("Who's the officer that shot him?", "officer"),
    ("who actually shot him, do they name the officer?", "officer"),
    ("Name the officer who shot Masood.", "officer"),
    ("What were the names of the three pedestrians who died?", "pedestrian"),
    ("the police officer who got stabbed, name what?", "officer"),
    ("Who's the guy that did it?", None),
    ("Did Rudd name the companies?", None),
])
def test_a_name_asked_by_who_s_by_naming_or_last(question, noun):
    assert asked_person(question) == noun


@pytest.mark.parametrize("question, noun", [
    ("Is the officer who shot Masood identified?", "officer"),
    ("Is the police officer who was stabbed named anywhere?", "officer"),
    ("Is the article named after the attacker?", None),
])
def test_a_name_asked_as_whether_someone_is_named(question, noun):
    assert asked_person(question) == noun


@pytest.mark.parametrize("question, noun", [
    ("what were the names of three people killed on the bridge?", "people"),
    ("the police officer the one stabbed what was his name", "officer"),
    ("the San Bernardino shooters, what were their names?", "shooter"),
    ("who shot him which police man shot him", "policeman"),
    ("In which country did the president sign it?", None),
])
def test_a_name_asked_after_the_person_or_without_a_determiner(question, noun):
    assert asked_person(question) == noun


def test_a_post_as_a_names_title_names_who_holds_it():
    # "Home Secretary Amber Rudd" names the Home Secretary; "a police officer" names no officer
    lead = "Britain's Home Secretary Amber Rudd on Sunday called on WhatsApp to give access to messages."
    assert names_asked_person("What is name of Home Secretary in this article?", lead)
    assert not names_asked_person("What was the name of the police officer?", DRIVE)


@pytest.mark.parametrize("question, noun", [
    ("officer who shot masood", "officer"),
    ("Who was officer that shot Masood?", "officer"),
    ("was the officer who got stabbed armed?", None),
    ("Who was Khalid Masood?", None),
])
def test_a_name_asked_as_a_note_or_without_the(question, noun):
    assert asked_person(question) == noun


@pytest.mark.parametrize("question, stated", [
    ("Khalid Masood was born in Kent?", True),
    ("Masood rented the car in Birmingham?", True),
    ("The attack was on Monday, right?", True),
    # a question word anywhere, an auxiliary first, a note without a verb: none
    ("Chelsea had 29 injured, right? How many did the attacker kill?", False),
    ("Was Masood born in Kent?", False),
    ("Attacker age?", False),
    ("Khalid Masood was born in Kent.", False),
])
def test_a_statement_asked_as_a_question(question, stated):
    assert asked_as_statement(question) is stated


def test_the_names_of_a_statement_asked():
    """A statement's names are checked as a yes/no question's: its first word is a name unless
    it is an English word opening the sentence; names joined by a hyphen are two, a quoted
    name's quotation mark is none of it."""
    assert yes_no_subject("Theresa May backed Rudd?") == ["theresa", "may"]
    assert yes_no_subject("Four people were killed on the bridge?") == []
    assert yes_no_names("The Apple-FBI fight was over the Orlando shooting?") == ["apple", "fbi", "orlando"]
    assert yes_no_names("Islamic State called Masood 'a soldier of the Islamic State'?")[-1] == "state"


@pytest.mark.parametrize("question, names", [
    ("Did Amber Rudd give her interview on Sky News or on the Andrew Marr Show?", ["sky", "news", "andrew", "marr", "show"]),
    ("Did Rudd make her call on Saturday, Sunday or Monday?", ["saturday", "sunday", "monday"]),
    ("Was Amber Rudd the Foreign Secretary or the Prime Minister?", ["foreign", "secretary", "prime", "minister"]),
    ("Was the iPhone used by one of the Orlando shooters or one of the San Bernardino shooters?",
     ["orlando", "san", "bernardino"]),
    ("Did Rudd mention Telegram or not?", []),
    ("Is it true or false that Rudd spoke?", []),
])
def test_choice_names(question, names):
    from qabot.names_asked import choice_names
    assert choice_names(question) == names


@pytest.mark.parametrize("question, noun", [
    # the person first and the name after, glossed word for word; the name asked again as a note
    ("what was the killed police officer his name?", "officer"),
    ("the three people killed on the bridge is who? Names?", "people"),
    ("Who wrote the article? Names of sources?", None),
])
def test_a_name_asked_after_the_person(question, noun):
    from qabot.names_asked import asked_person
    assert asked_person(question) == noun
