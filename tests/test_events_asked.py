"""A question about an event (a birth, an injury, an arrest ...) is answered only by a passage
that speaks of it."""
from __future__ import annotations

import pytest

from qabot.events_asked import counts_what_is_asked, events_asked, reports_events
from tests.conftest import ingest_texts


@pytest.fixture
def loaded(engine, corpus):
    engine.ingest([corpus])
    return engine

DRIVE = ("Khalid Masood, 52, drove a rented car into pedestrians on Westminster Bridge on Wednesday, "
         "killing three people, before stabbing a police officer to death outside Parliament.")


@pytest.mark.parametrize("question, events", [
    ("How many people were injured on Westminster Bridge?", ["injury", "amount"]),
    ("How many were wounded?", ["injury", "amount"]),
    ("How many messages did Masood send?", ["amount"]),
    ("When was Khalid Masood born?", ["birth"]),
    ("What is Masood's birthplace?", ["birth"]),
    ("Was anyone arrested after the attack?", ["arrest"]),
    ("When was WhatsApp founded?", ["founding"]),
    ("What is the name of Masood's wife?", ["family"]),
    ("What was Masood's religion?", ["religion"]),
    ("What was Masood's nationality?", ["nationality"]),
    ("Who owns WhatsApp?", ["ownership"]),
    ("Where did Masood live?", ["residence"]),
    ("Where did Khalid Masood grow up?", ["residence"]),
    ("Where was the attacker living before the attack?", ["residence"]),
    ("How many people were hospitalised after the attack?", ["injury", "amount"]),
    ("What is the name of Masood's son?", ["family"]),
    ("How many children did Masood have?", ["family", "amount"]),
    ("Was Masood a Muslim convert?", ["religion"]),
    ("How did Masood become radicalised?", ["radicalisation"]),
    ("When did Masood buy the car?", ["purchase"]),
    ("Did WhatsApp agree to give access to messages?", ["compliance"]),
    ("Did WhatsApp hand over the messages?", ["compliance"]),
    ("How long did the attack last?", ["duration"]),
    ("Which hospital treated the wounded?", ["injury", "institution"]),
    ("When did Amber Rudd resign?", ["resignation"]),
    ("Did the Home Secretary step down?", ["resignation"]),
    ("What is the Home Secretary's salary?", ["pay"]),
    ("When was Amber Rudd appointed Home Secretary?", ["appointment"]),
    ("What is the name of WhatsApp's parent company?", ["ownership"]),
    ("How old is Amber Rudd?", ["age"]),
    ("What time did the attack start?", ["time"]),
    ("What was Masood's job?", ["job"]),
    ("What profession was Nathan Alterman?", ["job"]),
    ("What was Masood's motive?", ["motive"]),
    ("Who was Masood messaging on WhatsApp?", ["contact"]),
    ("Who did the attacker communicate with?", ["contact"]),
    ("What is Khalid Masood's real name?", ["alias"]),
    ("Which mosque did Masood attend?", ["institution"]),
    ("Where did Masood rent the car from?", ["source"]),
    ("Where was Khalid Masood from?", ["residence"]),
    ("What is the name of the new law?", ["law_name"]),
    ("Did the FBI ever get into the iPhone?", ["outcome"]),
    # where someone lived, asked by the kind of place; a hospital or a law asked anywhere in the question
    ("In which city did Khalid Masood live?", ["residence"]),
    ("what town did he live in", ["residence"]),
    ("where were the victims taken like which hospital", ["institution"]),
    ("Which company rented the car to the attacker?", ["source"]),
    ("what company did he rent the car from", ["source"]),
    ("Which law would the government use to force the companies?", ["law_name"]),
    ("is there like a specific act they would use", ["law_name"]),
    ("Which law of thermodynamics applies?", []),
    ("What did the hospital say?", []),
    ("Where was Khalid Masood from originally?", ["residence"]),
    ("What make of car did Masood rent, and from which company?", ["source", "make"]),
    ("What was the exact date of the Westminster attack?", ["date"]),
    ("What day did the attack happen?", []),
    ("What make of car did Masood drive onto the bridge?", ["make"]),
    ("What were the nationalities of the people killed?", ["nationality"]),
    ("Which countries did the people killed on the bridge come from?", ["nationality"]),
    ("Was Masood already known to MI5 before the attack?", ["known_before"]),
    ("Did Masood have a criminal record?", ["known_before"]),
    ("Had the security services had their eye on Masood?", ["known_before"]),
    ("What would the new law to force the companies be called?", ["law_name"]),
    ("Which other messaging apps did Rudd name besides WhatsApp?", ["others"]),
    # answered by "other encrypted messaging services": no names asked
    ("Which services did Rudd call on besides WhatsApp?", []),
    ("What other sources of high oxidative potential can add to a fire?", []),
    # talking about someone is no contact with them
    ("who is the home secretary there talking about", []),
    ("Which company makes the iPhone?", []),
    # the same words in another sense ask about no such event
    ("How old were the fossils found in China?", []),
    ("During what time did the rainforest span a narrow band?", []),
    ("Who spoke to Luther about his books?", []),
    ("Where does the Apple and FBI information come from?", []),
    ("What happened to the attacker in the end?", []),
    ("What can hurt a teacher's health?", []),
    ("Which husband and wife design team is in the collection?", []),
    ("Which group has young that are born with no tentacles?", []),
    ("Which animal that lives in the Amazon can produce a shock?", []),
    ("How much has a Lama agreed to be reborn?", ["amount"]),
    ("Who agreed with the burning of synagogues?", []),
    ("What did Masood send?", []),
    # a birthplace asked by "which", a month, the clock time, a conversion anywhere in the question
    ("In which city Masood was born?", ["birth"]),
    ("the attack was in which month and date?", ["date"]),
    ("Exact time of the attack - clock time.", ["time"]),
    ("Masood converted to islam? when?", ["religion"]),
    # whom a message went to, asked with "who"; what it said; what someone said back
    ("To who Masood sent the whatsapp message?", ["contact"]),
    ("What was written in his last whatsapp message?", ["message_content"]),
    ("What did the message say?", ["message_content"]),
    ("What WhatsApp company answered to Rudd?", ["response"]),
    ("WhatsApp response to Rudd - any statement from the company?", ["response"]),
    ("How did WhatsApp respond?", ["response"]),
    ("What did Rudd say in response to the attack?", []),
    # what something cost, and the weapon used
    ("How much did the FBI pay to hack that iPhone?", ["money", "amount"]),
    ("How much did he weigh?", ["amount"]),
    ("what weapon did masood use to stab the officer?", ["weapon"]),
    ("What kind of knife did Masood use?", ["weapon"]),
    # "at the end" asks how it ended, unless what ended is a life
    ("At the end FBI could open the iPhone or not? how they did?", ["outcome"]),
    ("how the attacker died at the end?", []),
    # "the messaging apps" are no messaging of anyone's; a response "said back"; a law qualified twice
    ("Who does Rudd want the messaging apps to give access to?", []),
    ("Has WhatsApp said anything back to Rudd?", ["response"]),
    ("Which existing law would let the police get into WhatsApp with a warrant?", ["law_name"]),
    ("What specific new law is the UK government drafting?", ["law_name"]),
    ("Which police unit shot Masood dead?", ["institution"]),
    ("What unit is measured to determine circuit complexity?", []),
    ("Have the police managed to get into the attacker's WhatsApp messages yet?", ["outcome"]),
    ("On what date did Amaq publish the claim?", ["date"]),
    ("Where were the people who died on the bridge from?", ["residence"]),
    ("Which political party is Amber Rudd from?", ["party"]),
    ("What penalties would the new laws impose on a company that refuses?", ["penalty"]),
    ("Has the Home Secretary arranged any meeting with the technology companies?", ["meeting"]),
    ("Is Rudd meeting tech company bosses about this?", ["meeting"]),
    ("What happens if WhatsApp refuses?", []),
    ("Where did the couple meet?", []),
    # asked in the words the glossaries give: since when, a name changed, a statement, a fine, a
    # weapon after its object, a refusal, a contact, a price, a conviction, a faith taken up
    ("Since when has Rudd been Home Secretary?", ["duration", "tenure"]),
    ("Did Masood change his name?", ["alias"]),
    ("What was WhatsApp's statement?", ["response"]),
    ("By what lawful means, per the Home Secretary's statement, were interceptions carried out?", []),
    ("What is the fine?", ["penalty"]),
    ("Is that fine?", []),
    ("What did Masood stab the police officer with?", ["weapon"]),
    ("Did WhatsApp refuse?", ["compliance"]),
    ("Who did Masood contact before the attack?", ["contact"]),
    ("What is the price of the hack?", ["money"]),
    ("Had he been convicted before?", ["known_before"]),
    ("When did Masood become Muslim?", ["religion"]),
    # the name of a minister who wants to read messages is asked, not what a message said
    ("What is the name of the minister who wants to read terrorists' messages?", []),
])
def test_events_asked(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, passage, reports", [
    ("How many people were injured on Westminster Bridge?", DRIVE, False),
    ("What penalties would the new laws impose?", "The government would consider new laws to force them.", False),
    ("What penalties would the new laws impose?", "Firms that refuse could be fined up to 4 percent of turnover.", True),
    ("Has Rudd arranged a meeting with the companies?", "Rudd will meet the companies on Thursday.", True),
    ("Has Rudd arranged a meeting with the companies?", "Rudd called on the companies on Sunday.", False),
    ("How many people were injured on Westminster Bridge?", "About 40 people were taken to hospital.", True),
    ("How many people were hurt?", "Fifty people were wounded in the attack.", True),
    ("When was Khalid Masood born?", DRIVE, False),
    ("When was Khalid Masood born?", "Masood was born in Kent on 25 December 1964.", True),
    ("What was Masood's nationality?", "Masood, a British citizen, lived in Birmingham.", True),
    ("What was Hero of Alexandria's nationality?", "The Greek mathematician Hero described an engine.", True),
    ("What was Masood's nationality?", 'The Islamic State group called Masood "a soldier".', False),
    ("How many people did Masood kill?", DRIVE, True),
    # an amount is a number or a word of quantity
    ("How many messages did Masood send?", "Rudd said attacks like Masood's would be easier to prevent.", False),
    ("How many sacks did Wolfe register?", "Wolfe had 5½ sacks.", True),
    ("How many lakes are there in Warsaw?", "There are also several lakes in Warsaw.", True),
    # a vague amount counts only what follows it
    ("How many others like WhatsApp are there?", "there are plenty of others like that", True),
    ("How many people use WhatsApp?", "there are plenty of others like that", False),
    ("How long did the attack last?", "The Islamic State group claimed responsibility for the attack.", False),
    ("How long did the attack last?", "The attack lasted 82 seconds.", True),
    # a number or a day is no length of time without its unit
    ("How long was Masood in prison?", DRIVE, False),
    ("How long is the bridge?", "The bridge is 1,250 metres long.", True),
    ("How long did the trial take?", "It was a three-day trial.", True),
    ("Did WhatsApp agree to give access to messages?", "Rudd called on WhatsApp to give access to messages.", False),
    ("Did WhatsApp agree to give access to messages?", "WhatsApp refused to give access.", True),
    # a group's name is no religion
    ("What religion did Masood follow?", 'The Islamic State group called Masood "a soldier".', False),
    ("What religion did Masood follow?", "Masood converted to Islam in prison.", True),
    # a word the question uses for something else reports nothing: the hospital asked for is
    # in any passage about a hospital
    ("Which hospital treated the wounded?", "Clinton did not want to remain in the hospital.", False),
    ("Which hospital treated the wounded?", "The wounded were taken to St Thomas' Hospital.", True),
    ("How many people were hospitalised?", "Eleven people were taken to hospital.", True),
    ("When did Amber Rudd resign?", "Britain's Home Secretary Amber Rudd on Sunday called on WhatsApp.", False),
    ("When did Amber Rudd resign?", "Rudd resigned in April 2018.", True),
    ("What is Amber Rudd's salary?", "Britain's Home Secretary Amber Rudd on Sunday called on WhatsApp.", False),
    ("What is Amber Rudd's salary?", "Rudd earns £141,000 a year.", True),
    ("When was Amber Rudd appointed Home Secretary?", "Britain's Home Secretary Amber Rudd on Sunday called on WhatsApp.", False),
    ("When was Amber Rudd appointed Home Secretary?", "Rudd became Home Secretary in July 2016.", True),
    # "become" in another sense is no appointment
    ("When was Amber Rudd appointed Home Secretary?", "Apps must not become a hiding place for terrorists.", False),
    # an age or a job is of whom the question names
    ("How old is Amber Rudd?", DRIVE, False),
    ("How old was Masood?", DRIVE, True),
    ("How old was the attacker?", DRIVE, True),
    ("What was Masood's job?", DRIVE, False),
    ("What is Amber Rudd's job?", "Britain's Home Secretary Amber Rudd on Sunday called on WhatsApp.", True),
    ("What was Brown's job?", "Tesla met Alfred S. Brown, a Western Union superintendent, and Charles Peck.", True),
    ("What time did the attack start?", DRIVE, False),
    ("What time did the attack start?", "The attack began at 2.40pm.", True),
    ("Who was Masood messaging on WhatsApp?",
     "We need to make sure WhatsApp doesn't provide a secret place for terrorists to communicate with each other.", False),
    ("Who was Masood messaging on WhatsApp?", "Masood sent a WhatsApp message to a friend minutes before.", True),
    ("Where did Masood rent the car from?", DRIVE, False),
    ("Where did Masood rent the car from?", "He rented the car from a firm in Birmingham.", True),
    ("What is the name of the new law?", "The government would consider new laws to force them.", False),
    ("What is the name of the new law?", "Police used powers under the Investigatory Powers Act.", True),
    ("Did the FBI ever get into the iPhone?", "The company refused to help unlock an iPhone.", False),
    ("Did the FBI ever get into the iPhone?", "The FBI eventually unlocked the phone without Apple's help.", True),
    ("Which mosque did Masood attend?", DRIVE, False),
    ("What is Khalid Masood's real name?", DRIVE, False),
    ("What is Khalid Masood's real name?", "Masood was born Adrian Elms.", True),
    ("What was Masood's motive?", DRIVE, False),
    ("In which city did Khalid Masood live?", DRIVE, False),
    ("What was the exact date of the Westminster attack?", DRIVE, False),
    ("What was the exact date of the Westminster attack?", "The attack took place on 22 March 2017.", True),
    # a job asked as into a search box is the job of whom it names
    ("Amber Rudd job", DRIVE, False),
    ("What make of car did Masood drive?", DRIVE, False),
    ("Was Masood already known to MI5 before the attack?", DRIVE, False),
    ("Was Masood already known to MI5 before the attack?", "Masood was known to police and had previous convictions.", True),
    # the age of whom the question describes, when the passage speaks of them: beside them
    ("How old was the officer he stabbed?", DRIVE, False),
    ("How old was the police officer?", "He stabbed PC Keith Palmer, 48, a police officer.", True),
    ("How old was the man who drove the car?", DRIVE, True),
    # a possessive is no name listed ("attacks like Masood's")
    ("Besides WhatsApp, which other messaging services did Rudd name?",
     "Rudd said attacks like Masood's would be easier to prevent.", False),
    # the name asked besides is the question's, however the trigger is worded
    ("Which other messaging apps did Rudd name besides WhatsApp?",
     '"We need to make sure that organisations like WhatsApp, and there are plenty of others," she said.', False),
    ("What make of car did Masood drive?", "Masood drove a grey Hyundai Tucson into the crowd.", True),
    ("Which other apps did Rudd name besides WhatsApp?",
     "Britain's Home Secretary Amber Rudd on Sunday called on WhatsApp and other encrypted messaging services.", False),
    ("Which other apps did Rudd name besides WhatsApp?", "Rudd named apps such as WhatsApp, Telegram and Signal.", True),
    ("What's Rudd's job?", "Britain's Home Secretary Amber Rudd on Sunday called on WhatsApp.", True),
    ("Amber Rudd job", "Britain's Home Secretary Amber Rudd on Sunday called on WhatsApp.", True),
    ("In which city did Khalid Masood live?", "Masood had been living in Birmingham.", True),
    ("Which company rented the car to the attacker?", DRIVE, False),
    ("Which company rented the car to the attacker?", "The car was hired from Enterprise in Birmingham.", True),
    ("Which law would the government use?", "The government would consider new laws to force them.", False),
    ("Which law would the government use?", "Ministers could use the Investigatory Powers Act.", True),
    # whose job "her job" asks: the name given before it
    ("who is Amber Rudd? what is her job?", "Britain's Home Secretary Amber Rudd on Sunday called on WhatsApp.", True),
    ("who is Amber Rudd? what is her job?", DRIVE, False),
    ("In which city Masood was born?", DRIVE, False),
    ("the attack was in which month and date?", DRIVE, False),
    ("the attack was in which month and date?", "The attack took place on 22 March 2017.", True),
    ("What was written in his last whatsapp message?",
     "The Westminster attacker used the app minutes before he struck.", False),
    ("What was written in his last whatsapp message?", 'His last message read: "I am sorry."', True),
    ("What WhatsApp company answered to Rudd?",
     "Britain's Home Secretary Amber Rudd on Sunday called on WhatsApp to give intelligence agencies access.", False),
    ("What WhatsApp company answered to Rudd?", "A WhatsApp spokesman said it was cooperating with police.", True),
    ("How much did the FBI pay to hack that iPhone?",
     "The company refused to help unlock an iPhone used by one of the San Bernardino shooters.", False),
    ("How much did the FBI pay to hack that iPhone?", "The FBI paid $900,000 for the tool.", True),
    # what was done tells the weapon, unless the question names the act itself
    ("What weapon did Masood use against the police officer?", DRIVE, True),
    ("what weapon did masood use to stab the officer?", DRIVE, False),
    ("what weapon did masood use to stab the officer?", "He stabbed PC Palmer with a kitchen knife.", True),
    ("What kind of knife did Masood use?", DRIVE, False),
    ("At the end FBI could open the iPhone or not? how they did?", "The company refused to help unlock an iPhone.", False),
    # a response is said by whom the question asks it of: Rudd's words about WhatsApp are none of
    # WhatsApp's; a pronoun may be them when the passage does not name them otherwise
    ("Has WhatsApp said anything back to Rudd?",
     '"We need to make sure that organisations like WhatsApp don\'t provide a secret place," she said.', False),
    ("Has WhatsApp said anything back to Rudd?", "WhatsApp said it was cooperating with police.", True),
    ("How did Rudd respond to the attack?",
     '"We need to make sure that organisations like WhatsApp don\'t provide a secret place," she said.', True),
    ("How did Rudd respond to the attack?", "WhatsApp said it was cooperating with police.", False),
    ("Which police unit shot Masood dead?", "He was shot dead by police.", False),
    # an arrest asked of the attacker is answered by his death; one asked of others, or before, not
    ("Was the attacker arrested or did he die?", "He was shot dead by police.", True),
    ("did they arrest him after", "He was shot dead by police.", True),
    ("Has anyone else been arrested over the attack?", "He was shot dead by police.", False),
    ("How many people were arrested after the attack?", "He was shot dead by police.", False),
    ("When was Khalid Masood arrested before?", "He was shot dead by police.", False),
])
def test_reports_events(question, passage, reports):
    assert reports_events(question, passage) is reports


@pytest.fixture
def storm(engine, tmp_path):
    return ingest_texts(engine, tmp_path / "c", {
        "storm.txt": "Storm batters Portwell harbour\n\n"
                     "A storm battered Portwell harbour on Monday night, killing two fishermen whose boat "
                     "capsized near the harbour wall.\n\n"
                     "Eleven people were taken to hospital, the coastguard said.\n\n"
                     "The harbour master said the storm was the worst since 1987.\n",
        "match.txt": "Late goal wins the derby\n\nA late goal won the derby for Portwell on Saturday in front of "
                     "a crowd of 4,000.\n"})


@pytest.mark.parametrize("question", [
    "How many people were injured in the Portwell harbour storm?",
    # the best passage is the storm's ("killing two fishermen"): the one of its article speaking
    # of injuries leads instead
    "How many people were injured when the storm battered Portwell harbour on Monday night?",
])
def test_the_passage_reporting_the_event_answers(storm, question):
    answer = storm.ask(question)
    assert not answer.abstained
    assert "Eleven people were taken to hospital" in answer.quotes[0].text


def test_no_passage_reporting_the_event_is_an_abstention(storm):
    answer = storm.ask("How many people were arrested after the Portwell harbour storm?")
    assert answer.abstained
    assert answer.quotes, "the nearest passages are still shown"
    assert not storm.ask("How many fishermen did the storm kill?").abstained


@pytest.mark.parametrize("question, passage, counts", [
    ("How many people were injured?", "Eleven people were taken to hospital.", True),
    ("How many police officers were hurt?", "Two police officers were hurt.", True),
    # some number, but not of what is counted
    ("How many times did Masood use WhatsApp?", DRIVE, False),
    # nothing named is counted
    ("How much did the wall cost?", "It cost a lot.", True),
])
def test_counts_what_is_asked(question, passage, counts):
    assert counts_what_is_asked(question, passage) is counts


@pytest.mark.parametrize("question", [
    "amber rudd job title",
    "whats Amber Rudds job, is she the foreign secretary?",
])
def test_a_job_asked_in_a_hurry_or_with_a_guess_is_told_by_the_post(loaded, question):
    answer = loaded.ask(question)
    assert not answer.abstained and answer.missing is None
    assert "Home Secretary Amber Rudd" in answer.quotes[0].text


def test_a_job_asked_of_the_one_person_named_is_told_beside_the_name(loaded):
    answer = loaded.ask("What job title does the article give Amber Rudd?")
    assert not answer.abstained and "Home Secretary Amber Rudd" in answer.quotes[0].text
    assert not loaded.ask("How old was the Westminster attacker?").abstained


@pytest.mark.parametrize("question, paragraph, names, elsewhere", [
    ("How many died in the San Bernardino shooting?",
     "Khalid Masood, 52, drove a rented car into pedestrians on Westminster Bridge, killing three people.",
     ["san", "bernardino"], True),
    ("How many people died in the Westminster attack?",
     "Khalid Masood, 52, drove a rented car into pedestrians on Westminster Bridge, killing three people.",
     ["westminster"], False),
    # one name of several is enough: the paragraph may spell another ("Skłodowska")
    ("How many beds does the Maria Sklodowska-Curie Institute of Oncology have?",
     "While the Maria Skłodowska-Curie Institute of Oncology ... The clinical section has 700 beds.",
     ["maria", "sklodowska", "curie", "institute", "oncology"], False),
    # no count, or no name: nothing to judge
    ("Who died in the San Bernardino shooting?", "Khalid Masood ... killing three people.", ["san", "bernardino"], False),
    ("How many people died?", "Khalid Masood ... killing three people.", [], False),
])
def test_a_count_in_a_paragraph_naming_none_of_the_question_is_of_something_else(question, paragraph, names, elsewhere):
    from qabot.events_asked import counts_of_something_else

    assert counts_of_something_else(question, paragraph, names) is elsewhere


def test_a_count_asked_of_another_event_is_an_abstention(loaded):
    other = loaded.ask("How many died in the San Bernardino shooting?")
    assert other.abstained and other.missing == "an amount"
    here = loaded.ask("How many people died in the Westminster attack?")
    assert not here.abstained and "killing three people" in here.quotes[0].text


@pytest.mark.parametrize("question, events", [
    # a calendar date asked in any words; "to date" and a date of birth are not one
    ("Which date exactly was the attack?", ["date"]),
    ("What date of the month was the Westminster attack?", ["date"]),
    ("what was the date of the attack", ["date"]),
    ("How many arrests have there been to date?", ["arrest", "amount"]),
    # a residence asked without the question's order
    ("In which city Masood was living before the attack?", ["residence"]),
    ("What town or city was Masood living in?", ["residence"]),
    # a response asked by its noun
    ("What response did WhatsApp issue to the demands?", ["response"]),
    ("What's WhatsApp's side of the story?", ["response"]),
    ("WhatsApp response?", ["response"]),
    ("WhatsApp answered to the Rudd?", ["response"]),
])
def test_events_asked_in_other_words(question, events):
    assert events_asked(question) == events


def test_a_date_a_residence_or_a_response_the_article_lacks_is_an_abstention(loaded):
    for question, missing in [("Which date exactly was the attack?", "a calendar date"),
                              ("In which city Masood was living before the attack?", "where anyone lived"),
                              ("What response did WhatsApp issue to Rudd's demands?", "a response")]:
        answer = loaded.ask(question)
        assert answer.abstained and answer.missing == missing, question
    day = loaded.ask("What day was the attack?")
    assert not day.abstained and "on Wednesday" in day.quotes[0].text


@pytest.mark.parametrize("question, events", [
    ("Who own WhatsApp?", ["ownership"]),
    ("Which company does WhatsApp belong to?", ["ownership"]),
    ("who did he send the WhatsApp to", ["contact"]),
    ("What was the eventual outcome of the dispute between Apple and the FBI?", ["outcome"]),
    ("Apple FBI outcome?", ["outcome"]),
    # how someone died is the end told, not an outcome to be told again
    ("What was the outcome for the attacker, did he die?", []),
    ("What do they own?", []),
])
def test_an_owner_a_contact_and_an_outcome_asked_in_other_words(question, events):
    assert events_asked(question) == events


def test_a_group_one_belongs_to_is_no_owner():
    assert events_asked("Which group did Masood belong to, according to Amaq?") == []


@pytest.mark.parametrize("question, events", [
    ("When did Amber Rudd become Home Secretary?", ["appointment"]),
    ("When did the app become popular?", []),
])
def test_becoming_a_post_is_an_appointment_asked(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, passage, reports", [
    ("When did Amber Rudd become Home Secretary?", "Home Secretary Amber Rudd on Sunday called on WhatsApp ...", False),
    ("When did Amber Rudd become Home Secretary?", "Amber Rudd became Home Secretary in July 2016.", True),
])
def test_becoming_a_post_must_be_told(question, passage, reports):
    assert reports_events(question, passage) is reports


@pytest.mark.parametrize("question, events", [
    # a message's recipient asked with the question word last, or in Pidgin
    ("Masood send WhatsApp to who?", ["contact"]),
    ("Na who Masood send the WhatsApp message to?", ["contact"]),
    ("Who did he send the message to?", ["contact"]),
    # a response asked with its verb in the past, or as a reply to someone named
    ("What has WhatsApp itself answered on the demand of Rudd?", ["response"]),
    ("What's WhatsApp saying back to Rudd?", ["response"]),
    ("WhatsApp company reply Rudd what?", ["response"]),
    # the verb before its subject ("In which city lived Masood?"), glossed word for word
    ("In which city lived Masood?", ["residence"]),
    ("from where was Khalid Masood, where lived?", ["residence"]),
    # kin asked as a yes/no question
    ("Had Masood children or a wife?", ["family"]),
    ("Did he have any kids?", ["family"]),
    ("What stood in the WhatsApp message exactly?", ["message_content"]),
    ("How many people became injured by the attack?", ["injury", "amount"]),
    ("How many people wound for the attack?", ["injury", "amount"]),
    # a count asked anywhere, but "how much time" is a length of time
    ("San Bernardino shooting killed how many people?", ["amount"]),
    ("The attacker used WhatsApp how much time before the attack?", ["duration"]),
    ("Rudd has been Home Secretary how long already?", ["duration"]),
    # a payment, not attention paid
    ("Who did the FBI end up paying to hack the iPhone?", ["payment"]),
    ("Did anyone pay attention to the warnings?", []),
    ("the new law they want to make, call what?", ["law_name"]),
])
def test_events_asked_in_word_orders_of_other_englishes(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, passage, reports", [
    # what happened to someone in the end is told by his death or arrest
    ("In the end, what happened to the attacker?", "He was shot dead by police.", True),
    ("Did the FBI ever get into the iPhone?", "He was shot dead by police.", False),
    ("Who paid for the rental car?", "Khalid Masood, 52, drove a rented car into pedestrians.", False),
    ("Who paid for the rental car?", "The car was paid for with a stolen card.", True),
])
def test_an_end_and_a_payment_must_be_told(question, passage, reports):
    assert reports_events(question, passage) is reports


def test_a_recipient_a_response_or_kin_the_article_lacks_is_an_abstention(loaded):
    for question, missing in [("Masood send WhatsApp to who ah?", "whom anyone was in touch with"),
                              ("Based on the article, who was Masood messaging on WhatsApp before the attack?",
                               "whom anyone was in touch with"),
                              ("What has WhatsApp itself answered on the demand of Rudd?", "a response"),
                              ("Had Masood children or a wife?", "a spouse or relative"),
                              ("who did the FBI end up paying to hack the San Bernardino iPhone", "a payment")]:
        answer = loaded.ask(question)
        assert answer.abstained and answer.missing == missing, question
    assert loaded.ask("How many people became injured by the attack?").abstained
    end = loaded.ask("In the end, what happened to the attacker?")
    assert not end.abstained and "shot dead by police" in end.quotes[0].text


@pytest.mark.parametrize("question, events", [
    # an end asked after a frame or in a learner's words; a thing asked "in the end" is no outcome
    ("Do we know whether the FBI ever got into the San Bernardino iPhone in the end?", ["outcome"]),
    ("FBI in the end the iPhone could unlock or not?", ["outcome"]),
    ("FBI later open the iPhone or no?", ["outcome"]),
    ("What was the eventual outcome of the dispute?", ["outcome"]),
    ("Who claimed responsibility for it in the end?", []),
    ("What did NSFNET eventually provide", []),
    ("can the security services read the messages when ever they want", []),
    # a recipient, a message's words, a response, a birth and what MI5 knew, in other orders
    ("Masood WhatsApp message to who he sent?", ["contact"]),
    ("Masood write what in WhatsApp message?", ["message_content"]),
    ("Does it say what his last WhatsApp message actually said?", ["message_content"]),
    ("WhatsApp company answer what to Rudd?", ["response"]),
    ("Masood born in which city please?", ["birth"]),
    ("MI5 already knew Masood before of the attack?", ["known_before"]),
    ("this law new that the government wants has name?", ["law_name"]),
])
def test_events_asked_after_frames_and_in_learners_orders(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, events", [
    # without the auxiliary, as a learner or a hurried speaker asks
    ("who he send the WhatsApp message to before?", ["contact"]),
    ("what he wrote in that WhatsApp message?", ["message_content"]),
    ("where was Masood from, which town?", ["residence"]),
    ("where did he get the car from which car place", ["source"]),
    ("Where did he get shot?", []),
    ("he was in prison before, this Masood?", ["known_before"]),
    ("was he known was he in trouble before with police", ["known_before"]),
    # a weapon asked as what someone stabbed with; what a car hit people with is the car
    ("what did he stab with was it a knife", ["weapon"]),
    ("what did he hit people with, a van or a car?", []),
])
def test_events_asked_without_an_auxiliary(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, events", [
    # notes typed into a search box, and a learner's "which hour", "which model", "from which city"
    ("time of attack", ["time"]),
    ("whatsapp message recipient", ["contact"]),
    ("whatsapp message content", ["message_content"]),
    ("rudd party", ["party"]),
    ("search party", []),
    ("At which hour exactly happened the attack?", ["time"]),
    ("Which model was the rented car?", ["make"]),
    ("Masood was from which city of UK?", ["residence"]),
    ("Where did Masood stay the night before the attack?", ["residence"]),
])
def test_events_asked_as_notes(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, passage, reports", [
    # how often: a count of times, shots or of what the question names
    ("How many times did he stab the officer?", DRIVE, False),
    ("how many time was he shott", "He was shot dead by police.", False),
    ("How many shots did police fire at Masood?", "Police fired three shots at him.", True),
    ("How many times has Brazil won the World Cup?", "Brazil has won the World Cup five times.", True),
    ("How many times had Thomas Davis torn his ACL?", "Davis had already overcome three ACL tears in his career.", True),
    ("How often did they meet?", "They met weekly.", True),
    # an age asked with the verb last is the age of whom it names
    ("how old Amber Rudd is", DRIVE, False),
    ("how old Masood was", DRIVE, True),
])
def test_how_often_and_an_age_asked_verb_last_must_be_told(question, passage, reports):
    assert reports_events(question, passage) is reports


def test_how_often_the_article_never_tells_is_an_abstention(loaded):
    for question in ["How many times did he stab the officer?", "How many shots did police fire at Masood?"]:
        answer = loaded.ask(question)
        assert answer.abstained and answer.missing == "how many times", question


@pytest.mark.parametrize("question, events", [
    # a recipient asked with the verb's -ing form, a tenure, a weapon and a message's content
    ("Who Masood was messaging on WhatsApp before the attack?", ["contact"]),
    ("who he was texting on WhatsApp right before?", ["contact"]),
    ("Who was Masood WhatsApping just before he struck?", ["contact"]),
    ("With whom the attacker was exchanging messages on the app?", ["contact"]),
    ("How long has Amber Rudd been Home Secretary?", ["duration", "tenure"]),
    ("Since how long is Amber Rudd Home Secretary?", ["tenure"]),
    ("how long did the attack last?", ["duration"]),
    ("what was the knife he used?", ["weapon"]),
    ("What was Masood's last WhatsApp message's content?", ["message_content"]),
])
def test_events_asked_with_ing_forms_a_tenure_and_a_weapon(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, passage, reports", [
    ("How long has Amber Rudd been Home Secretary?",
     "Britain's Home Secretary Amber Rudd on Sunday called on WhatsApp. Masood used it minutes before he struck.", False),
    ("How long has Amber Rudd been Home Secretary?", "Rudd has been Home Secretary since July 2016.", True),
    ("How long has Rudd been Home Secretary?", "Theresa May appointed Rudd Home Secretary when she became Prime Minister.", True),
])
def test_a_tenure_is_told_by_when_it_began(question, passage, reports):
    assert reports_events(question, passage) is reports


def test_a_tenure_a_recipient_or_a_weapon_the_article_lacks_is_an_abstention(loaded):
    for question, missing in [("How long has Amber Rudd been Home Secretary?", "how long anyone held a post"),
                              ("Who Masood was messaging on WhatsApp before the attack.", "whom anyone was in touch with")]:
        answer = loaded.ask(question)
        assert answer.abstained and answer.missing == missing, question
    assert loaded.ask("What was the knife he used?").abstained


@pytest.mark.parametrize("question, events", [
    # a record and what MI5 knew in more words, kids counted, a learner's "mark", a name at birth
    ("Had Masood been convicted of any crimes before the attack?", ["known_before"]),
    ("did Masood have any criminal convictions before the attack?", ["known_before"]),
    ("he had a record before this or he was clean", ["known_before"]),
    ("Masood was in the prison before?", ["known_before"]),
    ("was Masood known to m i 5 before the attack?", ["known_before"]),
    ("how many kids did Masood have?", ["family", "amount"]),
    ("What mark of car used the attacker?", ["make"]),
    ("Car that Masood rented, what brand car?", ["make"]),
    ("What was Khalid Masood's name at birth?", ["alias"]),
    # amounts and lengths asked after a note, the subject before its verb, a company described
    ("Westminster attack, how much people injured?", ["injury", "amount"]),
    ("Attack, how long it take from bridge until police shoot him?", ["duration"]),
    ("How many minutes did the whole attack last?", ["duration", "amount"]),
    ("Where Khalid Masood was living before attack?", ["residence"]),
    ("Looking for where Khalid Masood lived before the attack.", ["residence"]),
    ("What is the company Masood rented the car from?", ["source"]),
    ("A patron asks where Masood rented the car he used in the attack.", ["source"]),
    ("Which knife the attacker use to stab the officer?", ["weapon"]),
])
def test_events_asked_in_more_words(question, events):
    assert events_asked(question) == events


def test_what_the_seed_never_tells_asked_in_more_words_is_an_abstention(loaded):
    for question in ["Had Masood been convicted of any crimes before the attack?", "how meny kids did masood have",
                     "What mark of car used the attacker?", "Where Khalid Masood was living before attack?",
                     "I heard a police officer was stabbed outside Parliament. What was his name?",
                     "Which knife the attacker use to stab the officer?"]:
        assert loaded.ask(question).abstained, question
    answer = loaded.ask("did he knife the officer?")
    assert not answer.abstained and "stabbing a police officer" in answer.quotes[0].text


@pytest.mark.parametrize("question, events", [
    # an end asked in other orders, a law named by its country, a date or deadline due, how a thing works
    ("Eventually did the FBI succeed to unlock the iPhone without the help of Apple?", ["outcome"]),
    ("The FBI eventually got into the San Bernardino iPhone without Apple's help.", ["outcome"]),
    ("How did the Apple vs FBI standoff over the San Bernardino iPhone end?", ["outcome"]),
    ("How did the attack end?", []),
    ("Which existing UK law governs the warrants Rudd is talking about?", ["law_name"]),
    ("Did Rudd set a deadline for the tech firms to comply?", ["compliance", "schedule"]),
    ("When would the new laws to force the companies be introduced?", ["schedule"]),
    ("New law for encrypted app, when parliament vote?", ["schedule"]),
    ("What's the timeline - which day did Masood strike?", []),
    ("When did Rudd say the government would consider new laws?", []),
    ("how does WhatsApp encryption actually work?", ["mechanism"]),
    ("WhatsApp encryption, how it work?", ["mechanism"]),
])
def test_events_asked_an_end_a_law_a_schedule_and_a_mechanism(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, passage, reports", [
    ("When would the new laws be introduced?", "If the companies do not cooperate, the government would consider new laws.", False),
    ("When would the new laws be introduced?", "The bill will be introduced in Parliament next month.", True),
    ("how does WhatsApp encryption actually work?", "Rudd called on WhatsApp and other encrypted services to open up.", False),
    ("how does WhatsApp encryption actually work?", "Messages are scrambled with keys only the phones hold.", True),
])
def test_a_schedule_and_a_mechanism_must_be_told(question, passage, reports):
    assert reports_events(question, passage) is reports


def test_becoming_a_post_with_its_article_is_an_appointment():
    assert events_asked("When did Amber Rudd become an MP?") == ["appointment"]
    assert events_asked("When did he become a teacher?") == ["appointment"]
    assert not reports_events("When did Amber Rudd become an MP?", "Home Secretary Amber Rudd on Sunday called on WhatsApp.")
    assert reports_events("When did Amber Rudd become an MP?", "Rudd was elected MP for Hastings in 2010.")


@pytest.mark.parametrize("question, events", [
    # the place of a rental asked by its kind
    ("In what city was the car rented?", ["source"]),
    ("Masood rented the car in the city of what?", ["source"]),
    # (which kind of car is asked, not where it came from)
    ("What kind of car did Masood rent?", ["kind"]),
    # a law's start, a prison term before
    ("When does the new law start?", ["schedule"]),
    ("When did the attack start?", []),
    ("Did Masood go to prison before?", ["known_before"]),
    ("Did Masood go to the bridge before the attack?", []),
])
def test_a_rental_place_a_law_starting_and_prison_before_are_asked(question, events):
    assert events_asked(question) == events


def test_a_rental_place_must_be_told():
    assert not reports_events("In what city was the car rented?",
                              "Khalid Masood, 52, drove a rented car into pedestrians on Westminster Bridge.")
    assert reports_events("In what city was the car rented?", "He rented the car from a firm in Birmingham.")


@pytest.mark.parametrize("question, passage, reports", [
    ("How many people follow the Islamic State?", "Radical Islamic terrorists are engaged in a two-front war.", False),
    ("How many days did the siege last?", "It was a three-day siege.", True),
    ("How many people died?", "A 52-year-old man killed three people.", True),
])
def test_a_number_made_part_of_a_word_counts_only_that_words_thing(question, passage, reports):
    assert reports_events(question, passage) is reports


@pytest.mark.parametrize("question, events", [
    ("In which city the attacker Masood was living before the attack?", ["residence"]),
    ("In which city was Masood living?", ["residence"]),
    ("What area of London was hit?", []),
])
def test_a_home_asked_by_its_kind_is_a_residence(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, events", [
    ("the new law Rudd spoke of, what is its name?", ["law_name"]),
    ("to which company does WhatsApp belong, is Facebook?", ["ownership"]),
])
def test_a_laws_name_and_an_owner_asked_after_the_thing(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, events", [
    ("What was the text of Masood's last WhatsApp message?", ["message_content"]),
    ("the existing law that lets UK agencies get warrants is called the what?", ["law_name"]),
])
def test_a_messages_text_and_a_law_called_what_are_asked(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, events", [
    ("did Masood have wife or children?", ["family"]),
    ("what is the party of Amber Rudd?", ["party"]),
    ("in his last WhatsApp message he write what?", ["message_content"]),
    ("Did the police have evidence?", []),
])
def test_kin_a_party_and_a_message_asked_in_a_learners_words(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, events", [
    ("What colour was the car Masood drove into people?", ["colour"]),
    ("what kind of car was it? what color", ["colour", "kind"]),
    ("what rank was the officer who was killed outside Parliament?", ["rank"]),
    ("What was the police officer's rank?", ["rank"]),
    ("how do i turn on end to end encryption on my whatsapp", ["instructions"]),
    ("Should I stop using WhatsApp?", ["instructions"]),
    # the article's source is asked, not the asker's way of doing something
    ("How do we know he acted alone?", []),
    ("Which colour party does Rudd belong to?", ["party", "colour"]),
])
def test_a_colour_a_rank_and_instructions_are_asked(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, passage, reports", [
    ("What colour was the car?", "Masood drove a rented car into pedestrians.", False),
    ("What colour was the car?", "Masood drove a grey SUV into pedestrians.", True),
    ("What rank was the officer?", "He stabbed a police officer outside Parliament.", False),
    ("What rank was the officer?", "He stabbed PC Keith Palmer outside Parliament.", True),
    ("How do I back up my WhatsApp chats?", "WhatsApp and other encrypted messaging services must cooperate.", False),
    ("How do I back up my WhatsApp chats?", "To back up your chats, open Settings and tap Chats.", True),
])
def test_a_colour_a_rank_and_instructions_must_be_told(question, passage, reports):
    assert reports_events(question, passage) is reports


def test_a_colour_a_rank_or_instructions_the_article_lacks_is_an_abstention(loaded):
    for question, missing in [("What colour was the car Masood drove into people?", "a colour"),
                              ("What was the police officer's rank?", "a rank"),
                              ("How can I stop the intelligence services reading my encrypted WhatsApp messages?",
                               "instructions or advice")]:
        answer = loaded.ask(question)
        assert answer.abstained and answer.missing == missing, question


@pytest.mark.parametrize("question, events", [
    ("who shot him, which officer", ["shooter"]),
    ("Was it an armed protection officer who shot Masood?", ["shooter"]),
    # "by police" tells who shot him and who killed him, when the person is not asked; and who
    # reported the shooting is asked of the article
    ("Who shot Masood?", []),
    ("How attacker died, who killed him?", []),
    ("how did the attacker die? who says he was shot?", []),
])
def test_who_fired_is_asked(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, passage, reports", [
    ("Who actually shot Masood?", "He was shot dead by police.", False),
    ("Who actually shot Lincoln?", "Lincoln was shot by John Wilkes Booth.", True),
    ("Which one shot Lincoln, who shot him?", "John Wilkes Booth shot Lincoln at the theatre.", True),
    ("Who actually shot Scott?", "Brentley Vinson, who is also black, shot Scott.", True),
])
def test_who_fired_must_be_told_by_name(question, passage, reports):
    assert reports_events(question, passage) is reports


def test_who_shot_the_attacker_asked_of_the_person_is_an_abstention_and_who_killed_him_is_answered(loaded):
    shot = loaded.ask("Who shot Masood, was it an armed officer or a bodyguard?")
    assert shot.abstained and shot.missing == "who fired the shots"
    killed = loaded.ask("How did the attacker die, who killed him?")
    assert not killed.abstained and "shot dead by police" in killed.quotes[0].text


@pytest.mark.parametrize("question, events", [
    ("What was Masood's last WhatsApp message?", ["message_content"]),
    # her point, not a message's text
    ("What was Rudd's message?", []),
    ("What percentage of Britons use WhatsApp?", ["percentage"]),
    ("Where is the headquarters of WhatsApp?", ["headquarters"]),
    ("Where is WhatsApp based?", ["headquarters"]),
])
def test_a_last_message_a_percentage_and_a_headquarters_are_asked(question, events):
    assert events_asked(question) == events


@pytest.mark.parametrize("question, passage, reports", [
    ("What percentage of Britons use WhatsApp?", "Millions of people in Britain use WhatsApp.", False),
    ("What percentage of Britons use WhatsApp?", "About 40 percent of Britons use WhatsApp.", True),
    ("What percentage of farmland grows wheat?", "More than 50% of this area is sown for wheat.", True),
    ("Where is the headquarters of WhatsApp?", "WhatsApp and other encrypted messaging services must cooperate.", False),
    ("Where is the headquarters of WhatsApp?", "WhatsApp, based in Menlo Park, declined to comment.", True),
])
def test_a_percentage_and_a_headquarters_must_be_told(question, passage, reports):
    assert reports_events(question, passage) is reports


def test_a_conversion_asked_without_to_is_a_religion_asked():
    assert events_asked("when did Masood convert Islam?") == ["religion"]
    assert events_asked("Did the app convert messages?") == []


@pytest.mark.parametrize("question, events", [
    ("what kind of car was it he rented, and where did he hire it from?", ["kind"]),
    # a second question after a first is answered by what answers the first
    ("How long before the attack did he use WhatsApp, and who was he messaging?", ["duration"]),
    ("did WhatsApp come back to Rudd at all, what did they say?", ["response"]),
    ("Is there any response from WhatsApp itself to Rudd's demands?", ["response"]),
    ("Did Andrew Marr push back on Rudd's argument?", ["response"]),
    ("To whom sent Masood the message of WhatsApp before the attack?", ["contact"]),
    ("Masood was texting who on WhatsApp?", ["contact"]),
    ("Who gets the WhatsApp message from Masood?", ["contact"]),
    ("what did the WhatsApp message actually say?", ["message_content"]),
    ("what he write in the WhatsApp message?", ["message_content"]),
    ("What was the content thereof, regarding the WhatsApp message?", ["message_content"]),
    ("What name was Masood born with?", ["alias"]),
    ("When the new law will come?", ["schedule"]),
    ("What type of encryption does WhatsApp use?", ["kind"]),
    # whom Rudd said it to, and whom the services should give access to, are in the article
    ("What did Rudd say, and to whom?", []),
    ("To whom, precisely, did the Home Secretary say the messaging services ought to give access?", []),
])
def test_a_kind_a_response_and_a_recipient_are_asked(question, events):
    assert events_asked(question) == events


RUDD_SAID = ('"We need to make sure that organisations like WhatsApp, and there are plenty of others like that, '
             'don\'t provide a secret place for terrorists to communicate with each other," she said.')


@pytest.mark.parametrize("question, passage, reports", [
    ("What type of encryption does WhatsApp use?", "Rudd called on WhatsApp and other encrypted messaging services.", False),
    ("What type of encryption does WhatsApp use?", "WhatsApp uses end-to-end encryption.", True),
    # the question's own word is no kind ("rented"); another is ("a rented car" to "drive")
    ("What kind of car did Masood rent?", DRIVE, False),
    ("What kind of car did Masood drive into people?", DRIVE, True),
    ("What kind of phone did Apple refuse to unlock?", "The company refused to help unlock an iPhone.", True),
    # a passage naming the kind by another word
    ("What kind of vehicle did Masood use?", DRIVE, True),
    # a response from WhatsApp is not Rudd's words about WhatsApp
    ("Is there any response from WhatsApp to Rudd's demands?", RUDD_SAID, False),
    ("Is there any response from WhatsApp to Rudd's demands?", "WhatsApp said in a statement that it was cooperating.", True),
])
def test_a_kind_and_a_response_must_be_told(question, passage, reports):
    assert reports_events(question, passage) is reports


def test_a_passage_in_place_of_the_best_must_name_the_thing_whose_kind_is_asked():
    from qabot.events_asked import unreported

    question = "What kind of vehicle did Masood use?"
    assert unreported(question, DRIVE) is None
    assert unreported(question, DRIVE, instead=True) == "kind"
    assert unreported(question, "He drove a rented vehicle.", instead=True) is None


def test_a_response_a_recipient_a_message_or_a_kind_the_article_lacks_is_an_abstention(loaded):
    for question, missing in [
            # typed in lower case, the names' capitals are put back in both sentences
            ("@qabot did whatsapp respond to rudd? what did they say", "a response"),
            ("To whom sent Masood the message of WhatsApp before the attack?", "whom anyone was in touch with"),
            ("what did the WhatsApp message actually say, do they know?", "what a message said"),
            ("What type of encryption does WhatsApp use?", "which kind"),
            ("What kind of car did Masood rent, and where from?", "which kind")]:
        answer = loaded.ask(question)
        assert answer.abstained and answer.missing == missing, question
    for question, words in [("What kind of phone did Apple refuse to help unlock?", "iPhone"),
                            ("what kind of vehicle did masood drive into people", "rented car"),
                            ("Outcome for Masood - arrested or killed?", "shot dead by police")]:
        answer = loaded.ask(question)
        assert not answer.abstained and any(words in q.text for q in answer.quotes), question


@pytest.mark.parametrize("question, passage, reports", [
    ("What year did the attack happen?", DRIVE, False),
    # a year as the article counts it
    ("What year was the Apple FBI fight?",
     "The dispute recalls the fight between Apple and the FBI last year, when the company refused to help.", True),
    ("In which year did the San Bernardino shooting happen?", "The San Bernardino shooting of December 2015 killed 14.", True),
    # advice is no news: a report tells nobody which app to use
    ("ngl whats the best encrypted app to use", "Rudd called on WhatsApp and other encrypted messaging services.", False),
])
def test_a_year_and_advice_must_be_told(question, passage, reports):
    assert reports_events(question, passage) is reports


def test_a_year_is_asked_and_a_way_is_no_advice():
    assert events_asked("What year did the attack happen?") == ["year"]
    assert events_asked("What is the best way to stop terrorists?") == []
