"""Korean (romanized, or in Hangul) mixed into English questions, read in English.

Koreans type a question's frame in romanized Korean as chats spell it ("mwoya", "moya", "eottoke"), and
the story's names and things in English ("Rudd-ga WhatsApp-e daehae mwo-ra haesseo?"). The verb comes
last, each word's role in a particle after it, attached by a hyphen ("Masood-ui": Masood's), joined
("gyeongchari") or apart: the idioms make the particles marks, several being English or other languages'
words ("i", "ga", "e", "do"), and ``_korean_order`` builds the English question from the parts they mark
("Rudd ~T about WhatsApp ~P what said" → "what did Rudd say about WhatsApp?") or puts the question word
first. A verb made with "hada" is glossed whole ("hyeomnyeok an haesseo": did not cooperate); what a
passage must tell, in the words of ``events_asked``.
"""
from __future__ import annotations

import re

from . import Idioms, Language

# the particles, as marks the word order is read from (private-use letters: no word of a question)
_TOPIC, _OBJECT, _OF, _POST = "\ue030", "\ue031", "\ue033", "\ue032"


def _glossary(text: str) -> dict[str, str]:
    """Words written in groups of one meaning ("gonggyeok tereo 공격 = attack | ..."), "_" a space."""
    return {word: english.strip().replace("_", " ") for group in text.split("|")
            for words, english in [group.split("=")] for word in words.split()}


# nouns made verbs with "hada" ("hyeomnyeok-hada": cooperate), by their English base and past ("~" a space)
_HADA = {noun: tuple(part.replace("~", " ") for part in english.split()) for noun, english in _glossary("""
    mal yaegi 말 = say said | jujang 주장 = claim claimed | eongeup = mention mentioned
    | balpyo 발표 = announce announced | daedap dap 대답 = answer answered | eungdap baneung = respond responded
    | jakseong = write wrote | won 원 = want wanted | yogu 요구 = demand demanded
    | yocheong = ask asked | hyeomnyeok hyeopjo 협력 = cooperate cooperated | geobu geojeol 거부 = refuse refused
    | bangji = prevent prevented | chadan = block blocked | gangyo = force forced | eunpye = hide hid
    | sayong iyong 사용 = use used | unjeon 운전 = drive drove | dolijin = ram rammed | renteu imdae = rent rented
    | gonggyeok 공격 = attack attacked | sarhae = kill killed | chepo geomgeo 체포 = arrest arrested
    | guso = detain detained | giso = charge charged | haengdong beomhaeng = act acted | jibul gyeolje = pay paid
    | guip gumae = buy bought | soyu = own owned | yeollak = contact contacted | jeonsong = send sent
    | inteobyu = interview interviewed | hoedam = meet met | sajik = resign resigned | immyeong = appoint appointed
    | gaejong = convert converted | heoyong = allow allowed | bandae = oppose opposed | dongui chanseong = agree agreed
    | susa = investigate investigated | hwagin = confirm confirmed | haeje = unlock unlocked | haeking = hack hacked
    | amhohwa = encrypt encrypted | tupyo = vote voted | bipan = criticize criticized
    | bangsong = broadcast broadcast | piryo = need needed | saenggak = think thought
    | geunmu il = work worked | geoju = live lived | haego = fire fired | tonggwa = pass passed | jisok = last lasted
    | sijak = start started | dochak 도착 = arrive arrived | toron = debate debated | yeongyeol = connect connected
    | balsaeng 발생 = happen happened | samang 사망 = die died
    | sasal = shoot~dead shot~dead | busang = be~injured was~injured | chulsaeng = be~born was~born""").items()}
# (these happen rather than are done: "balsaeng-dwaesseo" is happened)
_UNDONE = frozenset("balsaeng samang sijak tonggwa jisok busang chulsaeng 발생 사망".split())
# the endings of "hada" (and its passives "doeda", "danghada") by the form they make ("dapaesseo": no "h")
_HADA_FORMS = {ending.replace("~", " "): form for ending, form in _glossary("""aesseo aesseoyo aetda aet-da aetseo
    aessda aenni aenna aesseumnikka aetji aetdae aet an 했어 했어요 했다 했나 했니 한 = past
    | ae aeyo anda ani anya amnikka aneun 해 해요 한다 = base | dwae~isseosseo
    dwae~isseo dwaesseo dwaetda dwaessda dwaesseoyo dwaenni dwaenna doeeosseo doeeotda doeeonni doen danghaesseo
    danghaetda dangaesseo danghaenni 됐어 됐다 되었어 당했어 = passive | al~su~isseo al~su~itda
    al~su~inna al~su~isseoyo 할~수~있어 = can | al~su~eopseo al~su~eopda 할~수~없어 = cannot | al~su~isseosseo = could
    | al~geoya al~geonga alkka al~kka al~geonji = will | aji~anasseo aji~anatda aji~ananna 하지~않았어 = did_not
    | aji~ana = does_not | aeya~hae = must""").items()}
_LATIN_FORMS, _HANGUL_FORMS = ("|".join(sorted((f.replace(" ", r"\s*") for f in _HADA_FORMS if f.isascii() == latin),
                                               key=len, reverse=True)) for latin in (True, False))


def _hada(m: re.Match) -> str:
    """"hyeomnyeok haesseo" → "cooperated", "chepo-dwaesseo" → "was arrested", "hack haesseo" → "did hack"."""
    noun, form = m.group("noun").lower(), re.sub(r"\s+", " ", m.group("form").lower())
    negation, kind = (m.group("not1") or m.group("not2") or "").lower(), _HADA_FORMS[form]
    if noun.isascii() and form[0] == "a" and not m.group("h") and noun[-1] not in "kpt":
        return m.group(0)
    if noun in _HADA:
        base, past = _HADA[noun]
    elif noun.isascii() and len(noun) > 2 and noun not in _KOREAN and noun not in _KOREAN_DROPPED and \
            kind in ("past", "base") and m.group("noun").islower() and \
            (re.search(r"\s", m.group(0)) or re.search(r"[fvxzq]|c(?!h)|ee|oo|th|w$", noun)):
        # (joined, only a word no romanized Korean is: "tweethaesseo")
        base, past = noun, f"did {noun}"
    else:
        return m.group(0)
    if negation:
        kind = {"past": "did not", "base": "does not", "can": "cannot"}.get(kind, kind) if negation in ("an", "안") \
            else "could not"
    if kind in ("past", "passive", "base"):
        return {"past": past, "base": base if " " in base else f"{base}s",
                "passive": past if noun in _UNDONE or past.startswith("was ") else f"was {past}"}[kind]
    return f"{kind} {base}"


# the particles after a hyphen or an apostrophe ("Rudd-ga") or joined to a Korean noun ("gisareul", "공격자는"),
# by the mark or the English they make
_PARTICLES = _glossary(f"""neun eun nun ga i iga deureun deuri 는 은 이 가 = {_TOPIC} | reul eul rul lul deureul
    를 을 = {_OBJECT} | ui deurui 의 = {_OF} | e eseo seo eseoneun eneun 에 에서 = {_POST}in
    | ege hante egeneun hanteneun 에게 한테 = {_POST}to | rang irang hago wa gwa ro euro lo 랑 이랑 하고 와 과 로 으로 = {_POST}with
    | buteo eseobuteo egeseo hanteseo 부터 = {_POST}from | kkaji 까지 = {_POST}until | do 도 = also
    | deul 들 = | iya ya ida imnikka ieyo yeyo inga 이야 야 이에요 예요 = is
    | ieosseo yeosseo iesseo yesseo ieotda yeotda 였어 이었어 = was""")
_LATIN_PARTICLES = sorted((p for p in _PARTICLES if p.isascii()), key=len, reverse=True)
_HANGUL_PARTICLES = sorted((p for p in _PARTICLES if not p.isascii()), key=len, reverse=True)
_ASKING_STEMS = ("nugu", "mwo", "mueot", "eodi", "eonje", "누구", "어디", "언제")
# a final consonant typed as it sounds before a particle's vowel ("gyeongchari": gyeongchal-i)
_LIAISON = {"g": "k", "b": "p", "r": "l", "d": "t", "j": "t", "s": "t"}


def _parted(m: re.Match) -> str:
    """A word's particle parted into a mark ("Rudd-ga" → "Rudd ~T", "gisareul" → "gisa ~O", "nuguege" → "nugu ~Pto")."""
    word, low = m.group(0), m.group(0).lower()
    if low in _KOREAN and not low.startswith(_ASKING_STEMS) or low in _KOREAN_DROPPED:
        return word
    head = tail = None
    parts = re.match(r"^(.+?)(?:[-'’]|(?<=[a-z0-9.])(?=[가-힣]))([a-z]+|[가-힣]+)$", word, re.I)
    if parts and parts.group(2).lower() in _PARTICLES:
        head, tail = parts.group(1), parts.group(2).lower()
        plural = re.match(r"(.+?)[-'’]?deul$", head)
        if plural:
            head = plural.group(1) + "deul" * (plural.group(1).lower() + "deul" in _KOREAN)
    for particle in (_LATIN_PARTICLES if low.isascii() else _HANGUL_PARTICLES) if head is None else ():
        stem = low[:-len(particle)]
        if low.endswith(particle) and len(stem) >= (3 if low.isascii() else 1):
            for candidate in (stem, stem[:-1] + _LIAISON.get(stem[-1], stem[-1])):
                if candidate in _NOUNS or candidate.endswith(("deul", "deur")) and candidate[:-4] in _NOUNS or \
                        candidate in _ASKING_STEMS and _PARTICLES[particle][1:] not in ("from", "until"):
                    head, tail = candidate[:-4] if candidate[:-4] in _NOUNS else candidate, particle
                    break
            if head:
                break
    return word if head is None else f"{head} {_PARTICLES[tail]}".rstrip()


def _quoted(m: re.Match) -> str:
    """A clause said, its speaker the first topic or "nuga" before it, its own topic an "is" ("-rago": it is)."""
    head, quote = "", m.group(1)
    speaker = re.match(r"\s*(nuga|who|[^%s]*%s)\s*(.+)$" % (_TOPIC, _TOPIC), quote)
    if speaker and not re.match(r"\s*(?:nuga|who)\b", m.string[m.end():]):
        head, quote = speaker.groups()
    quote = quote.replace(_TOPIC, " is" * m.group(2).endswith("rago")).replace(_OBJECT, "")
    return f"{head} that {quote} "


def _tense(copula: str) -> str:
    """The English copula of a Korean one ("-iya": is, "-ieosseo", "dwaesseo": was)."""
    return " was" if re.search(r"ss|eot|eonn|였", copula) else " is" if copula else ""


def _counted(m: re.Match) -> str:
    """"myeot sal" → "how old", "myeot myeong-i" → "how many people ~T", "myeot sal-ieosseo" → "how old was"."""
    english, after = _COUNTERS[m.group("unit").lower()], (m.group("after") or "").lower()
    mark = _PARTICLES.get(after, "is")
    return f"{english} {mark}" if mark not in ("is", "was") else english + _tense(after)


_COUNTERS = _glossary("""sal sar 살 = how_old | myeong myung 명 = how_many_people | beon 번 = how_many_times
    | bun 분 = how_many_minutes | si 시 = what_time | sigan 시간 = how_many_hours | nyeon 년 = how_many_years
    | nyeondo = what_year | gae dae 개 대 = how_many | il 일 = how_many_days | wol 월 = what_month""")
_COPULA = r"i?ya|i?eo?sseo|yeo?sseo|i?eotda|yeotda|i?eyo|yeyo|imnikka|ieonni|inde|inga"
_AFTER = r"(?=[\s?.!,]|$)"
# a thing had, needed or become: "jeongwa-ga isseosseo" (had a criminal record), "daetongnyeong-i dwaesseo"
_HAD = _glossary("""isseosseo isseotda isseonni isseonna 있었어 = had | isseo itda inna inni isseoyo 있어 = has
    | eopseosseo eopseotda = did_not_have | dwaesseo doeeosseo dwaetda doeeotda dwaenni 됐어 = became
    | piryohae = needs | piryohaesseo = needed""")
_KOREAN_IDIOMS = Idioms([
    # honorifics after a name ("Rudd-ssi", "Trump-nim")
    (r"(?<=[\w.])[-'’\s](?-i:ssi|nim|씨|님)(?=[-'’\s?.!,]|$)", ""),
    # counts, ages and times ("myeot sal", "몇 명", "myeochil")
    (r"\bmy(?:eo|o|u)t?\s*(?:bun|sigan|nal|il|nyeon|ju)\s+dongan\b", "how long"),
    (r"(?:\b(?:nai|age)(?:[-'’]?ga|\s+ga|neun|-neun)?\s+)?\bmy(?:eo|o|u)(?:t|n|ch)?\s*(?P<unit>nyeondo|sigan|"
     r"myeong|myung|nyeon|beon|sal|sar(?=i)|bun|gae|dae|si|il|wol)"
     r"(?:[-'’]?(?P<after>%s|i|eun|neun|ga|e|eseo))?\b" % _COPULA, _counted),
    (r"(?:나이가?\s*)?몇\s*(?P<unit>시간|살|명|번|분|시|년|개|대|일|월)(?P<after>이야|였어|이|은|에)?", _counted),
    (r"\bnai(?:[-'’]?ga|\s+ga)?\s+(?:eotteoke|eottoke|eolmana)\s+(dwae|dwaesseo|doeeosseo|dwaeyo)\b",
     lambda m: "how old" + _tense(m.group(1))),
    (r"\b(?:saram(?:deu[lr])?(?:[-'’]?(?:i|eun)|i|eun)?\s+)?(?=how many people)", ""),
    (r"\beolmana\s+manh?eun\s+don\b", "how much money"), (r"\beolmana\s+(?:orae|gin\s+sigan)\b", "how long"),
    (r"\beolmana\s+(?:manhi|mani|manheun|maneun)\b", "how many"), (r"\beonje\s*buteo\b", "since when"),
    (r"\beodi\s*(?:chulsin|saram)(?:[-'’]?(%s))?\b" % _COPULA, lambda m: "from where" + _tense(m.group(1) or "")),
    (r"\bmus(?:eu|u)n\s+yoil\b", "what day"),
    (r"\b(?:museun|eotteon|otton)\s+(?:jongnyu|jonglyu|jong)(?:[-'’]?ui|ui)?\b", "what kind of"),
    (r"\bmuseun\s*il(?:[-'’]?i|i)?\s+(?:isseosseo|ireonasseo|saenggyeosseo|isseotda|ireonatda)\b", "what happened"),
    (r"\bmwo[-'’\s]?ra(?:go)?\s+(?:mal)?hae(?:sseo(?:yo)?|tda|nni)\b", "what said"),
    (r"\bchong(?:[-'’]?e|e)?\s+maj(?:a|ass)\w*", "was shot"), (r"\ballyeojyeo\s+isseo(?:sseo|tda)\b", "was known"),
    (r"\b((?-i:[A-Z])\w+)\s+daetongnyeong\b", r"President \1"),
    (r"\bdaetongnyeong\s+seongeo\b|\bdaeseon\b", "presidential election"),
    (r"\biseullam\s*guk(?:ga)?\b|이슬람\s*국가", "Islamic State"),
    (r"\bbeomjoe\s*(?:girok|gyeongnyeok)\b|범죄\s*기록", "criminal record"),
    (r"\b(?:jinjja|silje|bon|wollae)\s+ireum\b", "real name"),
    (r"\b(sal|al)go\s+isseo(sseo)?(?:yo)?\b", lambda m: ("knew knows" if m.group(1).lower() == "al" else
                                                          "lived lives").split()[not m.group(2)]),
    (r"\b(?-i:sara)(?=\s*[?.!,]|\s*$)", "lives"),
    # the particles, attached ("Rudd-ga", "gisareul", "공격자는") or typed apart ("Rudd ga")
    (r"(?<![\w'’-])[\w'’-]+(?![\w'’-])", _parted),
    (r"(?<=[\w.'’)])\s+(neun|nun|eun|ga|reul|eul|rul|lul|ui|eseo|e|ege|hante|rang|irang|hago|gwa|buteo|는|은|가|를|을|"
     r"의|에서|에|에게|한테|랑|이랑|하고|부터)(?=\s|[?.!,]|$)", lambda m: " " + _PARTICLES[m.group(1).lower()]),
    # postpositions of two words ("WhatsApp-e daehae": about WhatsApp) and after a noun ("gonggyeok jeone")
    *((r"(?:\s*%s(?:in|with))?\s+(?:%s)(?:\s*%sin)?%s" % (_POST, words, _POST, _AFTER), " " + _POST + english)
      for words, english in [
        ("daehae(?:seo|seoneun)?|daehan|gwanhae(?:seo)?|gwanhan|gwallyeon(?:hae(?:seo)?)?|대해|대해서|대한|관해", "about"),
        ("ttareumyeon|ttareun|ttara|ttarasseo|uihamyeon|uihaemyeon|따르면", "according_to"),
        ("uihae(?:seo)?|의해", "by"), ("eopsi|없이", "without"), ("hamkke|gachi|함께", "with"),
        ("ttaemun(?:e|en)?|때문에", "because_of"), (r"i?jeon(?:e|\s*%sin)|전에" % _POST, "before"),
        ("i?hue?|dwie?|daeume?|후에|다음에", "after"), ("dongan|ttae|ttaen|dojung(?:e)?|동안|때", "during")]),
    (r"([\w'’.-]+)\s*%sin\s+(?:jeopgeun(?:gwon)?|jeopsok|access)\b(?:\s*%s)?" % (_POST, _OBJECT),
     r"access to \1 " + _OBJECT),
    (r"\s*%s\s+(%s)(?:yo)?(?=\s*[?.!,]|\s*$)" % (_TOPIC, "|".join(_HAD)),
     lambda m: f" {_OBJECT} {_HAD[m.group(1).lower()]}"),
    (r"\s*%s\s+tonghae(?:seo)?\b" % _OBJECT, " " + _POST + "through"),
    (r"\b(\w+)\s+geo(?:ya|yeyo|ji|nya|nga)\b", r"will \1"),
    # "yeongjang-i isseumyeon": with a warrant; "eopseumyeon": without
    (r"\s*%s\s+(is|eop)seumyeon\b" % _TOPIC, lambda m: f" {_POST}{'having' if m.group(1) == 'is' else 'without'}"),
    # a clause before its noun: "gisa-reul sseun saram" is the person that wrote the article, "gonggyeokja-ga
    # sseun cha beuraendeu" the brand of the car the attacker used
    (r"\bsseun(?=\s+(?:cha|kal|aep|app|pon|phone|car|knife)\b)", "used"),
    (r"([\w'’.-]+)(?:\s*[%s%s])?\s+(sseun|jjireun|jugin|bonaen|malhan|billin|used)\s+(?:saram(?:deul)?|nom|ja)\b"
     % (_TOPIC, _OBJECT), r"the person that \2 \1"),
    (r"([\w'’.-]+)\s*%s\s+((?:majimage|cheoeum\w*)\s+)?(sseun|bonaen|billin|used|morasseon)\s+([\w'’.-]+)"
     r"(?:\s+([\w'’.-]+)(?=\s*[%s%s]))?" % (_TOPIC, _TOPIC, _OBJECT),
     lambda m: f"{m.group(5)} of " * bool(m.group(5)) + f"{m.group(4)} {m.group(1)} {m.group(2) or ''}{m.group(3)}"),
    # responsibility claimed ("chaegim-eul jujanghaesseo", "chaegim injeong")
    (r"\bchaegim(?:\s*%s)?\s+(?:jujang|injeong|jacheong)" % _OBJECT, "responsibility " + _OBJECT + " jujang"),
    # what was said ("Rudd-neun WhatsApp-i bimil jangso-rago malhaesseo?": said that WhatsApp is a secret place)
    (r"^(.+?)(?<!mwo)[-'’\s]?(i?rago|n?dago)\s+(?=(?:nuga\s+|who\s+)?(?:mal|hae|jujang|said|말))", _quoted),
    # the verbs made with "hada", and "sseoda" of a thing used ("WhatsApp-eul sseosseo": used WhatsApp)
    (r"\bi\s+(?=mal\b)", "this "),
    (r"\b(?:(?P<not1>an|mot)\s+)?(?P<noun>[a-z]+?)(?:\s*%s)?[\s-]*(?:(?P<not2>an|mot)\s+)?(?P<h>h?)(?P<form>%s)"
     r"(?![\w'’-])" % (_OBJECT, _LATIN_FORMS), _hada),
    (r"(?:(?P<not1>안|못)\s*)?(?P<noun>[가-힣]+?)\s*(?:(?P<not2>안|못)\s*)?(?P<h>)(?P<form>%s)(?![가-힣])" % _HANGUL_FORMS,
     _hada),
    (r"\b((?:whatsapp|telegram|signal|aep|eopeul|app|kal|knife|cha|car|phone|pon|hyudaepon|iphone|aipon|chong|gun|"
     r"mugi|hyunggi|weapon)(?:\s*%s)?\s+)sseo(?:sseo|tda|t-da|ssda|nni|nna|sseoyo)\b" % _OBJECT, r"\1used"),
    (r"\b(\S+)\s+su\s+(i|eop)(sseosseo|sseoyo|sseumnikka|sseo|seo|tda|nna|da)\b", lambda m: (
        "could " if m.group(3) == "sseosseo" else "cannot " if m.group(2).lower() == "eop" else "can ") + m.group(1)),
    # "an jugeosseo": did not die ("an" before no word of ours is English: "an app")
    (r"\b(an|mot|안|못)\s+([\w'’-]+)", lambda m: ("not " if m.group(1).lower() in ("an", "안") else "could not ") +
     m.group(2) if m.group(2).lower() in _KOREAN else m.group(0)),
    # "X-neun eotteoke dwaesseo?": what happened to X
    (r"^\s*(.+?)\s*%s\s+(?:(gyeolguk|gyeolgugen|결국)\s+)?(?:eotteoke|eottoke|otteoke|어떻게)\s+"
     r"(?:dwaesseo|doeeosseo|dwaetda|doeeotda|dwaenni|됐어)\b" % _TOPIC,
     lambda m: f"what happened to {m.group(1)}" + (" in the end" if m.group(2) else "")),
])


def _past(stems: dict[str, str]) -> dict[str, str]:
    """The past forms of verbs given by their past stem ("jugeo" gives "jugeosseo", "jugeotda" ...)."""
    return {stem + end: english for stem, english in stems.items()
            for end in ("sseo", "sseoyo", "tda", "t-da", "ssda", "nni", "nna", "sseumnikka", "tji")
            if stem + end != "wanna"}


# the verbs not made with "hada", by their past stem ("jugeo" died), and their present and modifier forms
_KOREAN_VERBS = {**_past(_glossary("""jugeo = died | jugyeo = killed | ireona saenggyeo = happened | sseo = wrote
    | jjilleo = stabbed | jjillyeo = was_stabbed | sswa ssoa = shot | maja = was_hit | mora = drove | billyeo = rented
    | bonae = sent | sara = lived | taeeona = was_born | jaba = caught | japyeo = was_caught | chaja chajanae = found
    | sseuyeo = was_written | ara = knew | molla = did_not_know | ilgeo = read | yeoreo = opened | pureo = unlocked
    | maga = prevented | sumgyeo = hid | dachyeo = was_injured | sa = bought | wa = came | ga = went | nae = paid
    | manna = met | kkeunna = ended | ollyeo = posted | gajyeo = had | igyeo = won | nawa naowa = appeared
    | doeeo dwae = became | isseo = was | eopseo = was_not | hae = did""")),
    **_glossary("""ara = knows | saneun = lives | ilgeul = read | mageul = prevent | yeol yeolge = open | sseul = use
    | jugeun = dead | dachin = injured | billin = rented | sseun = wrote | ireonan = happened | bonaen = sent
    | hal = do | sseo = uses | mannal = meet | bol = see | hae haeyo = does | haesseo haetda = did
    | wonhae wonhandae = wants
    | dwae iya ida imnikka ieyo yeyo inga ingayo isseo isseoyo itda inna = is
    | ieosseo yeosseo ieotda yeotda ieonni = was | aniya eopseo eopda = is_not | anieosseo anieotda = was_not
    | doeeosseo dwaesseo doeeotda = became | 썼어 = wrote | 일어났어 = happened | 죽었어 = died | 이야 있어 = is
    | 였어 있었어 = was""")}
# the nouns, which may take a particle joined to them ("gisareul", "gyeongchari", "공격자는")
_NOUNS = _glossary("""gonggyeok tereo 공격 테러 = attack | gonggyeokja gongkyeokja beomin tereobeom 공격자 범인 = attacker
    | gahaeja = perpetrator | yonguija = suspect | tereoriseuteu = terrorists | pihaeja huisaengja 피해자 = victims
    | samangja 사망자 jugeun = dead | sasangja = casualties | busangja 부상자 = injured | busang = injuries
    | sageon = incident | hyeonjang = scene | gyeongchal kyungchal 경찰 = police | gunin = soldier
    | gyeongchalgwan gyeonggwan 경찰관 = police_officer | dari 다리 = bridge | cha jadongcha 차 자동차 = car
    | charyang = vehicle | renteoka = rental_car | bohaengja haengin = pedestrians | saram saramdeul 사람 사람들 = people
    | kal 칼 = knife | hyunggi mugi 무기 = weapon | chong = gun | iseullam = Islam | jeongwa 전과 = criminal_record
    | jonggyo = religion | dongi = motive | iyu = reason | nai 나이 = age | ireum 이름 = name | bonmyeong = real_name
    | jigeop = job | gajok = family | anae = wife | nampyeon = husband | adeul = son | ttal = daughter
    | bumo = parents | gohyang = hometown | jip = home | gukjeok = nationality | chulsin = origin
    | byeongwon = hospital | dosi = city | nara = country | gisa 기사 = article | jemok hedeurain 제목 = headline
    | gija 기자 = journalist | jeoja jakga pilja = author | peurogeuraem = programme | bangsong = show
    | inteobyu = interview | nyuseu = news | sinmun = newspaper | tongsinsa = news_agency | seongmyeong = statement
    | dapbyeon = reply | eungdap baneung = response | naeyong = content | balpyo = announcement
    | jeongbu 정부 = government | janggwan 장관 = minister | naemujanggwan 내무장관 = Home_Secretary | naemubu = Home_Office
    | beop beomnyul 법 = law | beoban = bill | yeongjang 영장 = warrant | beolgeum = fine
    | jeongbogigwan = intelligence_services | jeongbo = intelligence | boan anbo = security | jeunggeo = evidence
    | danche = group | jojik = organization | hoesa 회사 = company | gieop eopche hoesadeul = companies
    | seobiseu = services | juin soyuja 주인 = owner | beuraendeu = brand | jejosa = make | chajong = model
    | gagyeok = price | don = money | hoeui mannam = meeting | haeking = hacking | museullim musullim 무슬림 = Muslim
    | gukjang = director | yocheong = request | yogu = demand | jeopgeun = access | bimil = secret | jangso = place
    | bongtu = envelope | gamok gyodoso = prison | yoil = day | ju = state | doum = help
    | jeonhwa hyudaepon haendeupon pon = phone | aipon = iPhone | mesiji meseji 메시지 = message
    | munja = text_message | aep eopeul 앱 = app | amhohwa = encryption | daetongnyeong 대통령 = president
    | seongeo = election | uihoe = Congress | sangwon = Senate | hawon = House | minjudang = Democrats
    | gonghwadang = Republicans | jeongdang dang = party | hubo = candidate | uiwon = lawmaker
    | baegakgwan = White_House | nal = day | nalja = date | sigan = time | nyeon = year | iljuil ilju = week
    | jinanju = last_week | suyoil = Wednesday | iryoil = Sunday | achim = morning | ohu = afternoon
    | jeonyeok = evening | bun = minutes | cho = seconds | sal 살 = years_old""")
_KOREAN = {**_KOREAN_VERBS, **_NOUNS, **_glossary("""
    nugu nuga 누구 누가 = who | nuguya nugunde 누구야 = who_is | nuguyeosseo nuguyeotda = who_was
    | nugureul nugul = whom | nuguhante nuguege = to_whom | nugurang nuguwa nuguhago = with_whom | nuguui = whose
    | mwo mwol mwoga mwoleul mueot mueosi mueoseul museun mwora mworago mwo-ra mwo-rago 뭐 무엇 무슨 뭐라고 = what
    | mwoya moya mwoyeyo mwoeyo mwonde mwoji mwonya mwomnikka mueosimnikka 뭐야 = what_is
    | mwoyeosseo mwoyeotda mueosieosseo = what_was | mworae mworaesseo mworaetda mworaenni = what_said
    | eonje onje 언제 = when | eonjeya = when_is | eonjeyeosseo = when_was | eonjebuteo = since_when
    | eonjekkaji = until_when | eodi odi eodiseo odiseo eodieseo eodie eodiro 어디 어디서 = where
    | eodiya eodieyo 어디야 = where_is | eodiyeosseo = where_was | wae waeyo 왜 = why
    | eotteoke eottoke otteoke ottoke eotteokke eoteoke otoke 어떻게 = how | eotteon eottun otton eoneu oneu 어떤 어느 = which
    | myeot myot 몇 = how_many | myeochil = what_date | eolma eolmana 얼마나 = how_much | eolmaya = how_much_is
    | geu geuge geugeo geugeot 그 = that | i ige igeo igeot 이 = this | geuneun geu-neun geuga geu-ga = he
    | geunyeo geunyeoneun = she | geudeul geudeureun = they | geuui = his | geunyeoui = her | geudeurui = their
    | yeogi = here | geogi = there | geurigo 그리고 = and | geuraeseo 그래서 = so
    | hajiman geureona geureonde = but | ttoneun animyeon = or | waenyahamyeon = because
    | honja honjaseo dandok dandogeuro 혼자 = alone | jeonghwakhi jeonghwakhage = exactly
    | jeongmal jinjja jinja chinja = really | sasil = actually | ojik = only | tto ttohan = also
    | imi beolsseo = already | ajik = still | jigeum ije = now | gyeolguk gyeolgugen 결국 = in_the_end
    | machimnae kkeunnae = finally | majimak majimageuro majimak-euro majimage = last | cheoeum cheoeumeuro = first
    | jeone ijeone jeon = before | ihue ihu dwie = after | najunge nanjunge = later | dasi = again
    | sae saeroun 새 = new | dareun 다른 = other | amhohwadoen = encrypted | modu jeonbu = all
    | oneul = today | eoje = yesterday""")}
# words of talk and politeness, left out
_KOREAN_DROPPED = frozenset("""sosok yo jom hoksi geunyang mak jebal allyeojwo allyeojuseyo allyeojullae malhaejwo
    malhaejuseyo gunggeumhae gunggeumhaeyo gunggeumhande eum eo geunde neun eun nun reul eul rul lul juseyo
    hyeong eonni oppa nuna kk kkk ㅋㅋ ㅋㅋㅋ ㅎㅎ
    좀 혹시 그냥 요 알려줘 알려주세요 궁금해 근데""".split())
# glossed only before a word of Korean or a name: English words and names ("i", "sal", "don", "cha", "kal")
_KOREAN_SHARED = frozenset("i sal bun cho don cha kal pon hal ara jeon chong dang nara nal tto ije bol".split())
# the words that show Korean: ours less the shared ones, English words ("ida", "nun", "moya"), other languages'
# ("dari", "dasi" Indonesian, "nai" Greek, "neun" German, "juin" French, "yeyo" Russian) and fillers ("eo", "kk")
_KOREAN_MARK = (frozenset(_KOREAN) | _KOREAN_DROPPED) - _KOREAN_SHARED - frozenset("""dari moya ida inga nai hubo
    don yo eo eum kk kkk neun eun nun nara dasi dang juin dosi anae chong hae hal jinja yeyo mak""".split())

# the verbs glossed, by their base form ("wants", "has": what "does" asks with), those with "hada" and others
_BASE = {**{past: base for base, past in _HADA.values() if not past.startswith("was ")},
         **{base + "s": base for base, _ in _HADA.values() if " " not in base}, **_glossary("""stabbed = stab
    | shot = shoot | caught = catch | found = find | knew knows = know | read = read | opened = open | came = come
    | went = go | ended = end | posted = post | had has = have | became = become | did does = do | appeared = appear
    | won = win""")}
_COPULAS = frozenset("is was are were".split())
_WH = (r"since when|until when|from where|to whom|with whom|how old|how long|how many times|how many|how much|"
       r"what kind of|what time|what date|what year|what month|who|whom|whose|what|which|when|where|why|how")
_ADVERBS = re.compile(r"^(?:(?:in the end|finally|alone|really|exactly|last|first|already|still|again|also|before|"
                      r"after|later|now)\s+)+", re.I)
_ADVERBIAL = re.compile(r"when|where|why|how|since when|how long|from where", re.I)
# a thing done to as a topic ("Masood-ui cha-neun eodiseo billyeosseo": where was the car rented)
_THINGS = frozenset("car vehicle phone iPhone article message messages law app knife weapon".split())
_DONE_TO = {**dict.fromkeys("rented bought used sent found opened unlocked hacked read posted paid".split()),
            "wrote": "written", "drove": "driven"}


def _asked(text: str) -> tuple[str, str, str] | None:
    """The words before the first question word of ``text``, it (with its noun: "which car"), the words after."""
    m = re.search(r"(?<![\w'’])(%s)(?![\w'’])" % _WH, text, re.I)
    if not m:
        return None
    asked, after = m.group(1), text[m.end():].strip()
    noun = re.match(r"((?:police|news|Home|criminal|real|rental)\s+\w+|[\w'’-]+)\s*(.*)$", after)
    if asked.lower() in ("what", "which", "whose", "how many", "how much", "what kind of") and noun and \
            noun.group(1).lower() not in _COPULAS | _BASE.keys() | {"does", "can", "could", "will", "not", "alone"}:
        asked, after = f"{asked} {noun.group(1)}", noun.group(2)
    return text[:m.start()].strip(), asked, after


def _split_verb(text: str) -> tuple[str, str] | None:
    """(the words before it, the verb) of a predicate ending in a verb of ours ("alone acted")."""
    text = text.strip()
    two = re.match(r"^(.*?)\s*\b(\S+\s+\S+)$", text)
    if two and two.group(2).lower() in _BASE and not re.search(r"\b(?:was|were|is|are)$", two.group(1)):
        return two.group(1), two.group(2)
    m = re.match(r"^(.*?)\s*\b((?:(?:did|does|do|can|could|will|must)\s+not|cannot|can|could|will|must|did|does)\s+\S+"
                 r"|(?:was|were|is|are)\s+(?:not\s+)?(?:born|known|\S+ed|\S+en|shot(?:\s+dead)?|hurt|caught|found|hit|"
                 r"broadcast|sent|paid|bought)"
                 r"|not\s+\S+|(?:wants|wanted)\s+to\s+\S+|\S+)$", text, re.I)
    words = m.group(2).lower().split() if m else []
    if not m or len(words) == 1 and words[0] not in _BASE and words[0] not in _COPULAS or \
            words[0] == "not" and words[1] not in _BASE:
        return None
    return m.group(1).strip(), m.group(2)


def _prep(kind: str, text: str) -> str:
    """The English preposition of a postposition ("-e" is on a day or a bridge, at a time, else in)."""
    if kind == "in" and re.search(r"bridge|day\b|date|weekend|programme|show|TV|interview", text, re.I):
        return "on"
    if kind == "in" and re.search(r"\btime\b|o'clock|\d\s*[ap]m\b", text, re.I):
        return "at"
    return "with" if kind == "having" else kind.replace("_", " ")


def _asked_with(kind: str, wh: str) -> str:
    """A question word a postposition marks: "where", "on which day", "to whom"."""
    if _ADVERBIAL.fullmatch(wh):
        return "from where" if (kind, wh) == ("from", "where") else wh
    return f"{_prep(kind, wh)} {'whom' if wh == 'who' else wh}"


def _parts(body: str) -> list[tuple[str, str]]:
    """A glossed clause's phrases and their marks: "T" topic, "O" object, a preposition, "" the predicate."""
    parts, start = [], 0
    for m in re.finditer("(%s)|(%s)|%s(\\S+)" % (_TOPIC, _OBJECT, _POST), body):
        kind = "T" if m.group(1) else "O" if m.group(2) else m.group(3)
        text = body[start:m.start()].strip()
        if parts and parts[-1][1] == "with" and kind == "T" and text:
            parts[-1] = (f"{parts[-1][0]} and {text}", "T")
        else:
            parts.append((text, kind))
        start = m.end()
    return parts + [(body[start:].strip(), "")]


def _plain(parts: list[tuple[str, str]]) -> str:
    """A clause in its order, a postposition before its noun, the question word first ("where Masood lived")."""
    text = " ".join(x for x in (t if k in ("T", "O", "") else _asked_with(k, t) if re.fullmatch(_WH, t, re.I)
                                else f"{_prep(k, t)} {t}".strip() for t, k in parts) if x)
    found = _asked(text)
    if not found or not found[0]:
        return text
    before, asked, after = found
    if re.search(r"\b(?:at|on|in|to|with|from|about)$", before):
        before, asked = before.rsplit(" ", 1)[0] if " " in before else "", f"{before.split()[-1]} {asked}"
    return f"{asked} {after} {before}" if after.lower() in _COPULAS else f"{asked} {before} {after}".strip()


def _built(parts: list[tuple[str, str]]) -> str | None:
    """The English question from the parts the particles mark, or None when they do not part it clearly."""
    asked = role = None
    subject, objects, preps = "", [], []
    for k, (text, kind) in enumerate(parts):
        m = _ADVERBS.match(text)
        if m and m.end() < len(text):
            preps.append(m.group(0).strip())
            parts[k] = (text[m.end():], kind)
    for text, kind in parts[:-1]:
        found = _asked(text) if asked is None else None
        if found and found[0]:
            return None
        if found:
            _, wh, text = found
            if not text:
                asked, role = (_asked_with(kind, wh), "adverb") if kind not in ("T", "O") else \
                    ("whom" if (wh, kind) == ("who", "O") else wh, kind)
                continue
            if wh in ("who", "what") and kind == "O":
                # "nuga i gisa-reul sseosseo": who wrote this article
                asked, role = wh, "T"
            elif _ADVERBIAL.fullmatch(wh):
                asked, role = wh, "adverb"
            else:
                return None
        if not text:
            if kind not in ("T", "O"):
                preps.append(_prep(kind, ""))
        elif kind == "T":
            if subject:
                return None
            subject = text
        elif kind == "O":
            objects.append(text)
        else:
            preps.append(f"{_prep(kind, text)} {text}")
    predicate = parts[-1][0]
    if asked is None and (found := _asked(predicate)):
        before, asked, predicate = found
        role = "P"
        if before.lower() in ("from", "in", "on", "at", "to", "with", "about"):
            before, asked = "", f"{before} {asked}"
        if before and (subject or asked.lower() == "who"):
            objects.insert(0, before)
        elif before:
            subject = before
    before_verb, verb = _split_verb(predicate) or (None, None)
    if verb is None:
        if asked is None or predicate:
            return None
        before_verb, verb = "", "is"
    if not subject and before_verb and _ADVERBIAL.fullmatch(asked or ""):
        subject, before_verb = before_verb, ""
    rest = " ".join(x for x in objects + [before_verb] + preps if x)
    low = verb.lower()
    first, others = low.split()[0], " ".join(verb.split()[1:])
    if asked is None or subject and low not in _COPULAS and asked.lower() != "who" or \
            subject and low in _COPULAS and role != "T":
        if not subject:
            return None
        if asked in ("how many", "how many people") and low in _COPULAS and not rest:
            return f"how many {subject} {'were' if low in ('was', 'were') else 'are'} there"
        elif low in _DONE_TO and not objects and subject.split()[-1] in _THINGS:
            head = f"was {subject} {_DONE_TO[low] or low}"
        elif low in ("did", "does"):
            head = f"{low} {subject} do"
        elif low in _COPULAS or first in _COPULAS | {"did", "does", "can", "cannot", "could", "will", "must"}:
            head = f"{first} {subject} {others}"
        elif first == "not":
            head = f"did {subject} not {_BASE[others]}"
        elif first in _BASE:
            # ("on which programme did Rudd say?": speak)
            base = "speak" if _BASE[first] == "say" and role == "adverb" and not rest.strip() else _BASE[first]
            head = f"{'does' if first.endswith('s') and first != 'was' else 'did'} {subject} {base} {others}"
        else:
            head = f"{subject} {verb}"
        return f"{asked + ' ' if asked else ''}{head} {rest}"
    # asked of the subject ("who wrote this article", "what happened on the bridge", "how many people died")
    if asked.lower().startswith("how many") and first in ("was", "is"):
        verb = ("were" if first == "was" else "are") + verb[len(first):]
    return f"{asked} {verb} {subject} {rest}"


# nouns English puts an article before, the owners among them ("attacker name": the attacker's name)
_THE = frozenset("""attacker perpetrator suspect police police_officer officer bridge car vehicle article headline
    author journalist attack government Home_Secretary Home_Office minister president programme show interview
    company app phone message knife weapon gun news_agency warrant law owner incident scene White_House election
    envelope rental_car brand name age job religion content price motive reason statement response reply
    real_name""".split())
_OWNERS = _THE - {"police", "bridge", "attack", "law", "warrant", "election"} | {"victim", "Masood", "Rudd"}
_OWNED = frozenset("""name age headline author job religion owner brand make model content price car phone wife
    family real_name reply response statement party nationality motive""".split())
_DETERMINERS = frozenset("""the a an this that these those his her its their whose which what any some every my
    your our new other same last first real secret encrypted rented previous another each presidential""".split())


def _articles(text: str) -> str:
    """``text`` with the owners, articles and prepositions English wants ("the attacker's name")."""
    text = re.sub(r"\b(police|news|Home|White|real|rental)\s+(officer|agency|Secretary|Office|House|name|car)\b",
                  r"\1_\2", text)
    words, out = text.split(" "), []
    for k, word in enumerate(words):
        core = word.rstrip("?.!,")
        after = words[k + 1].rstrip("?.!,") if k + 1 < len(words) else ""
        if (core in _OWNERS or core[:1].isupper() and k > 0 and core.isalpha()) and after in _OWNED:
            word = core + "'s" + word[len(core):]
        previous = out[-1] if out else ""
        if (re.sub(r"['’]s$", "", core) in _THE or core in ("new", "other", "last", "presidential") and after in
                _THE | {"laws", "apps"}) and previous.lower() not in _DETERMINERS and \
                not previous.endswith(("'s", "’s")) and not previous[:1].isupper():
            out.append("the")
        out.append(word)
    out = " ".join(out).replace("_", " ")
    for pattern, english in [
            (r"\b(demand\w*|ask\w*|request\w*)\s+to\b", r"\1 from"), (r"\b(pa(?:y|id))\s+to\b", r"\1"),
            (r"\b(cooperat\w*|meet|met|talk\w*|spoke)\s+to\b", r"\1 with"), (r"\b(pa(?:y|id))\s+in\b", r"\1 for"),
            (r"\b(respond\w*|answer\w*|repl\w*|known|convert\w*|went|go|came)\s+(?:in|with)\b", r"\1 to"),
            (r"\b(appoint\w*|name[ds]?)\s+with\b", r"\1 as"), (r"\bwithout the\b", "without a"),
            (r"\b(have|has|had)\s+(?=criminal record\b)", r"\1 a "), (r"(?<=s)'s\b", "'"),
            (r"\bshoot dead ((?:the )?\S+)", r"shoot \1 dead"),
            (r"\b(?:the\s+)?(\w+)'s responsibility\b", r"responsibility for the \1")]:
        out = re.sub(pattern, english, out)
    return out


def _korean_order(glossed: str) -> str:
    """A Korean question glossed word for word, in English order where its particles part it clearly ("Rudd
    ~T about WhatsApp ~P what said?" → "what did Rudd say about WhatsApp?"), else with its question word first."""
    m = re.match(r"^(.*?)(\s*[?.!]*)$", glossed.strip(), re.S)
    body, end = m.group(1).strip(" ,"), m.group(2).strip()
    if not re.search("[%s%s%s%s]" % (_TOPIC, _OBJECT, _OF, _POST), body) and not _asked(body):
        return glossed
    body = re.sub(r"\s*%s\s*" % _OF, "'s ", re.sub(r"\b(?:who|whose)\s*%s\s*" % _OF, "whose ", body))
    clauses = [_built(parts) or _plain(parts) for parts in map(_parts, re.split(r"\s*,\s*", body))]
    return _articles(re.sub(r"\s{2,}", " ", ", ".join(clauses)).strip()) + (end or "?")


# what shows Korean however few its glossed words (``Language.opening``): Hangul, "mwoya", a past ("-sseo",
# "-tda"), a particle after a hyphen ("Rudd-ga"; "-eun" after no name: "Kim Jong-un", "Ji-eun")
_SHOWN = re.compile(r".*?(?:[가-힣]|\b(?:mwoya|nuguya|eodiya|eonjeya|mwoyeosseo|nuguyeosseo)\b|\w(?:sseo|sseoyo|tda|ssda|"
                    r"haeyo|hamnikka|sseumnikka|\w\whae)\b|\b(?-i:[a-z])[\w.]*[-'’]eun\b|[\w.][-'’](?:neun|reul|eul|"
                    r"ga|ui|eseo|ege|hante|rang|irang|i?ya|yeosseo|ieosseo|deul)\b)", re.I | re.S)

KOREAN = Language(_KOREAN_IDIOMS, _KOREAN, _KOREAN_DROPPED, _KOREAN_MARK, reorder=_korean_order,
                  shared=_KOREAN_SHARED, opening=_SHOWN)
