"""Which words are English, to tell a slip of the keyboard from a word the corpus lacks.

A question's word that no article holds is either misspelt ("attcak") or a word or name the
corpus never uses ("accomplices", "Zuckerberg"). Mending the second kind into a corpus word one
letter away changes the question ("unify" is not "unity", "boast" not "boat"), so only a word
that is not English is mended. The word list is pyspellchecker's English dictionary (160,000
words, with their inflections), shipped inside its wheel; it is loaded at the first question
that needs it (0.15 s). It spells as Americans do, so a British spelling ("labour", "centre",
"organisation", "programme", "defence") is English when its American form is: "Labour" is not
to be mended into the corpus's "Labor".
"""
from __future__ import annotations

import re
from functools import lru_cache

# British spellings and their American forms, each tried alone and all together
_BRITISH = [(re.compile(a), b) for a, b in [
    (r"our(?=s?$|ed$|ing$|ite|able|ful|less|hood|ly|ist|er)", "or"),   # labour, favourite, behaviour
    (r"tre(?=s?$|d$)", "ter"),                                        # centre, theatres
    (r"(?<=[a-z]{2})is(?=e[sd]?$|ing$|ation|er)", "iz"),                # organise, realisation
    (r"yse(?=[sd]?$)|ysing$", "yze"),                                  # analyse
    (r"ence(?=s?$)", "ense"),                                          # defence, licence
    (r"mme(?=s?$)", "m"),                                              # programme
    (r"(?<=[aeiou])ll(?=ed$|ing$|er$|ery$)", "l"),                     # travelled, jewellery
    (r"ae", "e"), (r"oe(?=[a-z])", "e"),                               # paediatric, manoeuvre
    (r"ogue(?=s?$)", "og"), (r"ium$", "um"), (r"^kerb", "curb"), (r"ery$", "ry"),
]]


@lru_cache(maxsize=1)
def _dictionary():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency


def _forms(word: str) -> list[str]:
    """``word`` (lower case) and its American forms, were it spelt the British way."""
    forms, every = [word], word
    for pattern, american in _BRITISH:
        if pattern.search(word):
            forms.append(pattern.sub(american, word))
        every = pattern.sub(american, every)
    return forms + [every]


def frequency(word: str) -> int:
    """How often ``word`` (lower case; British spelling counts as American) occurs in the
    dictionary's sources, 0 when it is none of its words: to choose between mendings."""
    words = _dictionary()
    return max((words[f] for f in _forms(word) if f in words), default=0)


# words of the last twenty years the dictionary lacks, with their endings: "who was masood
# texting" is not "testing"
_RECENT = re.compile(r"(?:text|google|tweet|retweet|livestream|stream|unfollow|follow|friend|unfriend|skype|"
                     r"facetime|snapchat|whatsapp|instagram|hashtag|vlog|blog|podcast|screenshot|dox|doxx|"
                     r"message|email|e-mail|upload|download|hack|troll|swipe|like)(?:s|es|ed|d|ing|er|ers)?"
                     r"|(?:app|apps|selfie|selfies|smartphones?|cyberattacks?|cybersecurity|deepfakes?|"
                     r"whistleblowers?|whistleblowing|emojis?|wifi|chatbots?|bots?|online|website|webpages?|"
                     r"ebooks?|vaping|vape|podcasts?|influencers?|metadata|malware|ransomware|spyware|"
                     r"crypto|cryptocurrenc(?:y|ies)|bitcoin|blockchain|broadband|touchscreen|username|"
                     r"login|logout|passcode|biometrics?|geolocation)")


def is_english(word: str) -> bool:
    """True when ``word`` (any case) is an English word, in British or American spelling, or
    one of the words of the internet age the dictionary lacks ("texting", "app", "selfie")."""
    low = word.lower()
    return frequency(low) > 0 or bool(_RECENT.fullmatch(low))


# how often an English word must occur in the dictionary's sources to be a mending's result
# ("nationality" 945, "summarize" 779; "comminatory" 50, the least)
COMMON_WORD = 100

# a word typed without its vowels ("wht ws th attckr nm") is known by its first letter and its
# consonants, which it keeps in order
_VOWEL = re.compile(r"[aeiou]")
# a common word is one of these many uses or more in the dictionary's sources ("ws" is "was",
# not "woes"); a rarer one gives way to a word of the corpus with the same consonants ("msd" is
# "masood", not "mused")
COMMONLY_SHORTENED = 100_000


def consonant_key(word: str) -> str:
    """``word``'s first letter and the consonants after it ("attacker" → "attckr")."""
    return word[:1] + _VOWEL.sub("", word[1:])


@lru_cache(maxsize=1)
def _by_consonants() -> dict[str, tuple[int, str]]:
    """The most frequent English word of each consonant key (built at the first word typed
    without vowels: 0.13 s)."""
    best: dict[str, tuple[int, str]] = {}
    for word, count in _dictionary().dictionary.items():
        if count >= COMMON_WORD and word.isalpha():
            key = consonant_key(word)
            if key != word and count > best.get(key, (0, ""))[0]:
                best[key] = (count, word)
    return best


def typed_without_vowels(word: str) -> bool:
    """Whether ``word`` (two letters or more) has no vowel after its first letter ("wht", "rdd")."""
    return len(word) >= 2 and not _VOWEL.search(word[1:].lower())


def is_subsequence(short: str, word: str) -> bool:
    """Whether ``short``'s letters are ``word``'s in order, some left out."""
    letters = iter(word)
    return all(c in letters for c in short)


def unvowelled(word: str) -> tuple[int, str] | None:
    """The English word (with its frequency) that ``word`` (lower case) is, typed without its
    vowels ("ws" → "was", "hppnd" → "happened"), else None."""
    found = _by_consonants().get(consonant_key(word))
    return found if found and is_subsequence(word, found[1]) and found[1] != word else None

