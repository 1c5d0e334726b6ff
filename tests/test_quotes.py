"""Tests for the rule-based attribution extractor (qabot.quotes).

Each construction is a short hand-written text with the exact spans expected.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qabot.models import Statement
from qabot.quotes import extract_statements, statements_to_json


def texts(s: Statement) -> tuple[list[str], str | None, str | None]:
    return ([c.text for c in s.content], s.cue.text if s.cue else None,
            s.source.text if s.source else None)


def only(text: str, start: int = 0) -> Statement:
    found = extract_statements(text, start)
    assert len(found) == 1, [texts(s) for s in found]
    return found[0]


def check_offsets(text: str, found: list[Statement]) -> None:
    for s in found:
        for sp in s.content + [x for x in (s.cue, s.source) if x is not None]:
            assert sp.text == text[sp.start:sp.end]


# --- direct quotations -----------------------------------------------------------------------

def test_straight_quote_then_cue():
    text = 'Officials met in London.\n\n"We will not be cowed," Amber Rudd said.'
    s = only(text)
    assert texts(s) == (['"We will not be cowed,"'], "said", "Amber Rudd")
    assert s.speaker == "Amber Rudd" and s.direct


def test_curly_quote_inverted_cue():
    text = "\u201cIt is a disgrace,\u201d said Mr. Smith."
    s = only(text)
    assert texts(s) == (["\u201cIt is a disgrace,\u201d"], "said", "Mr. Smith")
    assert s.speaker == "Smith" and s.direct


def test_quote_spanning_sentences():
    text = 'Jane Cole runs the shelter. "We are ready. We have always been ready," she said.'
    s = only(text)
    assert texts(s) == (['"We are ready. We have always been ready,"'], "said", "she")
    assert s.speaker == "Jane Cole"


def test_quote_spanning_paragraphs():
    text = ('John Carter said: "This is the first paragraph of my remarks.\n\n'
            '"And this is the second one."')
    s = only(text)
    assert texts(s) == (['"This is the first paragraph of my remarks',
                         '"And this is the second one."'], "said", "John Carter")
    assert s.speaker == "John Carter"


def test_split_quote_is_one_statement():
    text = 'Mary Lane was upbeat. "We will win," she said, "and we will win big."'
    s = only(text)
    assert texts(s) == (['"We will win,"', '"and we will win big."'], "said", "she")
    assert s.speaker == "Mary Lane"


def test_nested_quote():
    text = "\u201cHe told me, \u2018You are fired,\u2019 and I left,\u201d Tom Jones said."
    s = only(text)
    assert texts(s) == (["\u201cHe told me, \u2018You are fired,\u2019 and I left,\u201d"],
                        "said", "Tom Jones")


def test_quote_continues_in_next_sentence():
    text = '"It was a long night," Ann Webb said. "Nobody slept."'
    s = only(text)
    assert texts(s) == (['"It was a long night,"', '"Nobody slept."'], "said", "Ann Webb")


# --- reported speech -------------------------------------------------------------------------

def test_reported_speech_after_cue():
    text = ("Amber Rudd said attacks like Masood's would be easier to prevent if technology "
            "firms shared data.")
    s = only(text)
    assert texts(s) == (["attacks like Masood's would be easier to prevent if technology firms "
                         "shared data"], "said", "Amber Rudd")
    assert not s.direct


def test_parenthetical_cue():
    text = "Amber Rudd spoke. Terrorists and criminals, she warned, would exploit any gap."
    s = only(text)
    assert texts(s) == (["Terrorists and criminals", "would exploit any gap"], "warned", "she")
    assert s.speaker == "Amber Rudd"


def test_content_before_cue_sources_said():
    text = "The company will cut 500 jobs next year, sources said."
    s = only(text)
    assert texts(s) == (["The company will cut 500 jobs next year"], "said", "sources")
    assert s.speaker == "sources"


def test_according_to_after_content():
    text = "The deal collapsed on Friday, according to Fox News."
    s = only(text)
    assert texts(s) == (["The deal collapsed on Friday"], "according to", "Fox News")
    assert s.speaker == "Fox News"


def test_according_to_before_content():
    text = "According to a new poll, most voters want change."
    s = only(text)
    assert texts(s) == (["most voters want change"], "According to", "a new poll")


def test_told_someone_that():
    text = "Amber Rudd told the BBC that the law would change."
    s = only(text)
    assert texts(s) == (["the law would change"], "told", "Amber Rudd")


def test_mixed_quote():
    text = 'Amber Rudd said the plan was "completely unacceptable" to the government.'
    s = only(text)
    assert texts(s) == (['the plan was "completely unacceptable" to the government'], "said",
                        "Amber Rudd")
    assert not s.direct


def test_belief_is_attributed():
    text = "Many economists believe that the recession is over."
    s = only(text)
    assert texts(s) == (["the recession is over"], "believe", "Many economists")


# --- speakers --------------------------------------------------------------------------------

def test_pronoun_resolves_to_fullest_name():
    text = "Amber Rudd arrived late on Monday. She said the meeting had gone well."
    s = only(text)
    assert texts(s) == (["the meeting had gone well"], "said", "She")
    assert s.speaker == "Amber Rudd"


def test_he_skips_female_names():
    text = ("Amber Rudd met Mr. Tom Baker on Monday. He said the talks were useful.")
    s = only(text)
    assert s.source is not None and s.source.text == "He"
    assert s.speaker == "Tom Baker"


def test_surname_resolves_to_full_name():
    text = "Amber Rudd visited Leeds.\n\nRudd said the police had done well."
    s = only(text)
    assert texts(s) == (["the police had done well"], "said", "Rudd")
    assert s.speaker == "Amber Rudd"


def test_role_resolves_to_name():
    text = ("Home Secretary Amber Rudd visited Leeds on Monday.\n\n"
            "The Home Secretary said the police had done well.")
    s = only(text)
    assert texts(s) == (["the police had done well"], "said", "The Home Secretary")
    assert s.speaker == "Amber Rudd"
    assert s.speaker_description == "The Home Secretary"


def test_unknown_role_is_kept_as_speaker():
    text = "The spokesman said the office was closed."
    s = only(text)
    assert s.speaker == "The spokesman"


def test_no_speaker():
    text = "The bridge was expected to reopen in May."
    s = only(text)
    assert texts(s) == (["to reopen in May"], "expected", None)
    assert s.source is None and s.speaker is None


def test_transcript_label():
    text = "Q: What did you find when you arrived?\nA: Nothing at all, the house was empty."
    found = extract_statements(text)
    assert [texts(s) for s in found] == [
        (["What did you find when you arrived?"], ":", "Q"),
        (["Nothing at all, the house was empty"], ":", "A"),
    ]


# --- API -------------------------------------------------------------------------------------

def test_start_skips_title_and_offsets_are_absolute():
    text = 'Rudd says "no"\n\n"We will not be cowed," Amber Rudd said.'
    start = text.index("\n") + 1
    s = only(text, start)
    assert s.content[0].start == text.index('"We')
    assert text[s.content[0].start:s.content[0].end] == s.content[0].text


def test_end_limits_the_region():
    text = '"One," Ann Webb said.\n\n"Two," Bob Hale said.'
    found = extract_statements(text, 0, text.index("\n"))
    assert [texts(s)[2] for s in found] == ["Ann Webb"]


def test_statements_to_json_shape():
    text = '"We will not be cowed," Amber Rudd said.'
    out = statements_to_json(extract_statements(text))
    assert out == [{
        "content": [{"start": 0, "end": 23, "text": '"We will not be cowed,"'}],
        "cue": {"start": 35, "end": 39, "text": "said"},
        "source": {"start": 24, "end": 34, "text": "Amber Rudd"},
        "speaker": "Amber Rudd",
        "direct": True,
    }]


def test_empty_and_plain_text():
    assert extract_statements("") == []
    assert extract_statements("The sun rose over the hills. It was warm.") == []


# --- property: every span is a slice of the text ---------------------------------------------

FRAGMENTS = [
    '"', "\u201c", "\u201d", "''", "'", ",", ".", ":", ";", " ", "\n", "\n\n", "\u2014", "(", ")",
    "said", "says", "told", "according to", "she", "he", "they", "who", "that", "Amber Rudd",
    "Rudd", "Mr. Smith", "the Home Secretary", "Home Secretary", "the", "police", "will", "not",
    "Fox News", "warned", "believes", "Q", "A", "\u2015", "in a statement", "on Tuesday", "and",
    "We", "It", "is", "sources", "Sen.", "U.S.", "asked", "was", "calling", "?", "!",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60), st.integers(0, 30))
def test_spans_match_text(parts: list[str], start: int):
    text = " ".join(parts) if parts and parts[0] != "\n" else "".join(parts)
    start = min(start, len(text))
    found = extract_statements(text, start)
    check_offsets(text, found)
    for s in found:
        for sp in s.content:
            assert sp.start >= start
    statements_to_json(found)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('abc XYZ".,:\u201c\u201d\n\'')), max_size=200))
def test_spans_match_random_text(text: str):
    check_offsets(text, extract_statements(text))


# --- regressions: source choice and speaker names ---------------------------------------------

def test_question_mark_quote_keeps_its_attribution():
    # The sentence must not be cut after `?"` when "Clinton asked." follows.
    text = '"Or do we make promises we can\'t keep?" Clinton asked.'
    s = only(text)
    assert texts(s) == (['"Or do we make promises we can\'t keep?"'], "asked", "Clinton")


def test_new_sentence_after_quote_is_not_an_attribution():
    text = 'Baker said the probe is "ongoing." He said the FBI has not commented on its focus or scope.'
    found = extract_statements(text)
    assert [texts(s)[2] for s in found][:2] == ["Baker", "He"]
    assert texts(found[0])[0] == ['the probe is "ongoing."']


def test_inverted_asked_after_question():
    text = '"Why should the nomination be grabbed from him?" asked Bennett, a radio host.'
    s = only(text)
    assert texts(s) == (['"Why should the nomination be grabbed from him?"'], "asked", "Bennett")


def test_capitalised_name_that_is_also_an_auxiliary():
    text = '"This might hasten the eclipse of Donald Trump," Will wrote.'
    assert texts(only(text)) == (['"This might hasten the eclipse of Donald Trump,"'], "wrote", "Will")


def test_pronoun_source_after_intro_year():
    text = 'In 2010, he warned it "risks higher inflation."'
    s = only(text)
    assert texts(s)[1:] == ("warned", "he")


def test_sentence_starting_with_this_is_content():
    text = "This makes it difficult to dislodge misinformation, he said."
    assert texts(only(text)) == (["This makes it difficult to dislodge misinformation"], "said", "he")


def test_trailing_according_to_takes_the_whole_sentence():
    text = '"I ask you not to protest on the floor," Sanders said, according to CNN.'
    s = only(text)
    assert texts(s) == (['"I ask you not to protest on the floor," Sanders said'], "according to", "CNN")


def test_quote_comma_then_long_tail_is_content_first():
    text = ('"I stand by everything I said," the Florida senator told the magazine on Thursday '
            'when asked if he still believes Trump is unfit.')
    s = extract_statements(text)[0]
    assert texts(s) == (['"I stand by everything I said,"'], "told", "the Florida senator")


def test_quote_then_passive_looking_word():
    text = '"The more protected the public will be," said Joseph Conlon, an adviser.'
    s = only(text)
    assert texts(s) == (['"The more protected the public will be,"'], "said", "Joseph Conlon")
    assert s.speaker == "Joseph Conlon"


def test_said_opening_the_sentence():
    text = 'Said Comey, "The thought that an error on our part is connected to this is painful."'
    s = only(text)
    assert texts(s)[1:] == ("Said", "Comey") and s.speaker == "Comey"


def test_leading_participle_takes_main_subject():
    text = 'Citing "obligations in Tennessee," the spokeswoman told POLITICO that Gore will skip it.'
    found = extract_statements(text)
    assert texts(found[0]) == (['"obligations in Tennessee,"'], "Citing", "the spokeswoman")


def test_put_it_and_as_source():
    text = '"We are in trouble," as one senior aide put it.'
    assert texts(only(text)) == (['"We are in trouble,"'], "put it", "one senior aide")
    assert extract_statements("He put it on the table and left the room.") == []


def test_wondered_and_considered_are_cues():
    s = only('"Who wants to work with us?" he wondered.')
    assert texts(s)[1:] == ("wondered", "he")


def test_one_word_quotation_after_cue():
    s = only('Co-anchor Norah O\u2019Donnell, who was off-screen, then loudly asked, "Really?"')
    assert texts(s)[0] == ['"Really?"'] and s.speaker == "Norah O\u2019Donnell"


def test_appositive_with_several_commas():
    text = ('"These are steps in the right direction," Anne Richards, assistant secretary of state '
            'for population, refugees, and migration, said on the call.')
    s = only(text)
    assert s.speaker == "Anne Richards"


def test_possessor_and_role_are_not_part_of_the_name():
    text = ("Britain's Home Secretary Amber Rudd on Sunday called on WhatsApp to give agencies access.\n\n"
            '"It is unacceptable," Rudd told the BBC\'s Andrew Marr Show.\n\n'
            '"We need to make sure WhatsApp doesn\'t provide a secret place for terrorists," she said.')
    found = extract_statements(text)
    assert [s.speaker for s in found] == ["Amber Rudd"] * 3
    assert found[0].speaker_description == "Home Secretary"


def test_westminster_fixture_speakers():
    from pathlib import Path
    text = (Path(__file__).parent / "fixtures" / "westminster_whatsapp.txt").read_text(encoding="utf-8")
    found = extract_statements(text)
    rudd = [s for s in found if s.source and s.source.text in {"Rudd", "she", "the Home Secretary"}]
    assert len(rudd) >= 4 and all(s.speaker == "Amber Rudd" for s in rudd)
    secret = next(s for s in found if any("secret place" in c.text for c in s.content))
    assert secret.source.text == "she" and secret.speaker == "Amber Rudd"
    assert not any(s.speaker and "'s" in s.speaker for s in found)
