"""Welsh mixed into English questions, read in English.

Welsh speakers type a question's frame in Welsh, the story's names and things in English ("Pwy
ysgrifennodd yr article?", "Be ddudodd Rudd am WhatsApp?"), with the circumflex or without, in literary
or spoken forms ("ddywedodd", "ddudodd", "wedodd"). Welsh mutates a word's first consonant ("pobl" →
"bobl", "car" → "gar", "nghar"): each noun, verb and adjective is also listed mutated (``_mutated``). It
joins "the", "yn" and "his" to the word before ("i'r", "sy'n", "wedi'i"), split off first, puts the verb
first ("Beth ddywedodd Rudd": what said Rudd), an adjective and an owner after the noun ("enw'r
ymosodwr": name the attacker) and builds tenses from "yn" or "wedi" and a verb-noun ("oedd e'n byw": was
he living): the idioms read those and ``_welsh_order`` puts the clear cases in English order, in the
words ``events_asked`` knows ("pwy sy'n berchen ar WhatsApp" → "who owns WhatsApp").
"""
from __future__ import annotations

import re
from functools import lru_cache

from qabot.languages import Idioms, Language, with_plain_spellings

# the letters typed without their accents ("ôl" as "ol", "cwmnïau" as "cwmniau")
_PLAIN = str.maketrans("âêîôûŵŷáéíóúàèìòùïëöüÿ", "aeiouwyaeiouaeiouieouy")


def _table(text: str) -> dict[str, str]:
    """"welsh:english" pairs, "_" a space."""
    return {w.replace("_", " "): e.replace("_", " ") for w, e in (p.split(":") for p in text.split())}


# radical: soft, nasal, aspirate ("-" the consonant dropped); a digraph that does not mutate maps to none
_MUTATIONS = [("ll", "l", "", ""), ("rh", "r", "", ""), *((d, "", "", "") for d in "ch ph th dd ff ng".split()),
              ("c", "g", "ngh", "ch"), ("p", "b", "mh", "ph"), ("t", "d", "nh", "th"), ("g", "-", "", ""),
              ("b", "f", "", ""), ("d", "dd", "", ""), ("m", "f", "", "")]


def _mutated(word: str) -> set[str]:
    """A word as Welsh mutates it: soft ("pobl" → "bobl"), nasal and aspirate ("car" → "nghar", "char"), "h"
    before a vowel ("enw" → "henw")."""
    forms = set()
    for radical, soft, nasal, aspirate in _MUTATIONS:
        if word.lower().startswith(radical):
            rest = word[len(radical):]
            forms = {m + rest for m in (soft, nasal, aspirate) if m and m != "-"} | ({rest} if soft == "-" else set())
            break
    else:
        if word[:1].lower() in "aeiouwyâêîôûŵŷ":
            forms = {"h" + word}
    return {f for f in forms if len(f) > 1 and f.translate(_PLAIN) not in _NOT_MUTATED}


# (forms that are English words or other Welsh ones: "tad" → "dad", "tŷ" → "dŷ", "arf" → "harf")
_NOT_MUTATED = frozenset("dad dy thy harf thai".split())

# the verbs: verb-nouns / pasts / English base and past ("_" a space); a participle is the past but for
# ``_PARTICIPLE``
_VERB_TABLE = """
    dweud deud gweud dwedyd/dywedodd dwedodd dudodd deudodd wedodd meddai medda/say said;
    ysgrifennu sgwennu sgrifennu/ysgrifennodd sgwennodd sgrifennodd/write wrote; digwydd/digwyddodd/happen happened;
    lladd/lladdodd/kill killed; marw//die died; trywanu/trywanodd/stab stabbed; saethu/saethodd/shoot shot;
    gyrru dreifio/gyrrodd dreifiodd/drive drove;
    llogi rhentu rentio hurio/llogodd rhentodd rentiodd huriodd/rent rented;
    defnyddio iwsio/defnyddiodd iwsiodd/use used; hawlio honni/hawliodd honnodd/claim claimed;
    mynnu/mynnodd/demand demanded; gofyn holi/gofynnodd holodd/ask asked; galw/galwodd/call called;
    gwybod/gwyddai/know knew; nabod adnabod/nabododd adnabu/know knew;
    ffeindio ffendio darganfod/ffeindiodd ffendiodd darganfu/find found; darllen/darllenodd/read read;
    agor/agorodd/open opened; datgloi/datglodd datgloiodd/unlock unlocked;
    anfon danfon/anfonodd danfonodd/send sent; byw//live lived; geni//born born; magu/magodd/raise raised;
    arestio/arestiodd/arrest arrested; gweithredu/gweithredodd/act acted; ateb/atebodd/answer answered;
    ymateb/ymatebodd/respond responded; cydweithio cydweithredu/cydweithiodd cydweithredodd/cooperate cooperated;
    gwrthod/gwrthododd/refuse refused; atal rhwystro/ataliodd rhwystrodd/prevent prevented;
    cuddio/cuddiodd/hide hid; gorfodi/gorfododd/force forced;
    cael/cafodd/get got; cymryd/cymerodd cymrodd/take took; rhoi/rhoddodd rhoes/give gave; gwneud neud//do did;
    dod dwad dŵad/daeth/come came; mynd/aeth/go went; talu/talodd/pay paid; prynu/prynodd/buy bought;
    anafu brifo/anafodd brifodd/injure injured; ymosod/ymosododd/attack attacked; gweithio/gweithiodd/work worked;
    cyfarfod cwrdd/cyfarfu cwrddodd/meet met; ymddiswyddo/ymddiswyddodd/resign resigned; ennill/enillodd/win won;
    colli/collodd/lose lost; pleidleisio/pleidleisiodd/vote voted; siarad/siaradodd/speak spoke;
    cysylltu/cysylltodd/contact contacted; tecstio/tecstiodd/text texted; cyhoeddi/cyhoeddodd/publish published;
    gwahardd/gwaharddodd/ban banned; caniatáu/caniataodd/allow allowed; cytuno/cytunodd/agree agreed;
    helpu/helpodd/help helped; newid/newidiodd/change changed; 
    meddwl credu/meddyliodd credodd/think thought; amgryptio/amgryptiodd/encrypt encrypted;
    cyhuddo/cyhuddodd/charge charged; carcharu/carcharodd/jail jailed;
    rhyddhau/rhyddhaodd/release released; ethol/etholodd/elect elected; penodi/penododd/appoint appointed;
    dechrau/dechreuodd/start started; para/parodd/last lasted; gadael/gadawodd/leave left;
    sacio diswyddo/sacodd diswyddodd/fire fired; ceisio trio/ceisiodd triodd/try tried;
    llwyddo/llwyddodd/manage managed; penderfynu/penderfynodd/decide decided; hacio/haciodd/hack hacked;
    priodi/priododd/marry married"""
_PARTICIPLE = {"wrote": "written", "drove": "driven", "spoke": "spoken", "took": "taken", "gave": "given",
               "hid": "hidden", "knew": "known", "came": "come", "went": "gone", "saw": "seen", "did": "done"}
# the impersonal past ("lladdwyd": was killed)
_IMPERSONAL = {w: "was " + e for w, e in _table("""lladdwyd:killed anafwyd:injured arestiwyd:arrested ganwyd:born
    saethwyd:shot trywanwyd:stabbed cyhoeddwyd:published ysgrifennwyd:written""").items()}

_VN: dict[str, str] = {}                        # a verb-noun, as typed and mutated: its English base
_PAST: dict[str, str] = {}                      # a past, as typed and mutated ("laddodd"; "lladdon"): its English
_BASE: dict[str, str] = {"got": "get", "became": "become"}     # an English past: its base
for _entry in _VERB_TABLE.split(";"):
    _vns, _pasts, _english = (p.split() for p in _entry.split("/"))
    _BASE[_english[1].replace("_", " ")] = _base = _english[0].replace("_", " ")
    _VN.update(dict.fromkeys({f for w in _vns for f in (w, *_mutated(w))}, _base))
    _forms = {f for w in _pasts for f in (w, *_mutated(w))}
    _PAST.update(dict.fromkeys(_forms | {f[:-3] + "on" for f in _forms if f.endswith("odd") and len(f) > 6},
                               _english[1].replace("_", " ")))
_VN = with_plain_spellings(_VN, _PLAIN)
_PAST = with_plain_spellings({**_PAST, **{f: e for w, e in _IMPERSONAL.items() for f in (w, *_mutated(w))}}, _PLAIN)
_PP = {v: _PARTICIPLE.get(v, v) for v in _BASE}


def _participle(base: str) -> str:
    """The English participle of a base ("write" → "written")."""
    past = next((p for p, b in _BASE.items() if b == base), base)
    return _PP.get(past, past)


def _ing(base: str) -> str:
    """The English "-ing" of a verb ("live" → "living", "stab" → "stabbing"); a state stays bare ("know")."""
    first, _, rest = base.partition(" ")
    if first in ("know", "own", "need", "like", "think", "born"):
        return base
    if first.endswith("ie"):
        first = first[:-2] + "y"
    elif first.endswith("e") and not first.endswith(("ee", "ye", "oe")):
        first = first[:-1]
    elif re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", first):
        first += first[-1]
    return f"{first}ing" + (f" {rest}" if rest else "")


# the nouns and adjectives, each also mutated
_NOUNS = _table("""
    erthygl:article erthyglau:articles pennawd:headline penawd:headline teitl:title awdur:author
    newyddiadurwr:journalist newyddiadurwyr:journalists gohebydd:correspondent papur:paper stori:story
    newyddion:news rhaglen:programme sioe:show cyfweliad:interview datganiad:statement ymateb:response
    ymosodiad:attack ymosodwr:attacker ymosodwyr:attackers cyflawnwr:perpetrator troseddwr:criminal
    terfysgwr:terrorist terfysgwyr:terrorists terfysgaeth:terrorism dioddefwr:victim dioddefwyr:victims
    cerddwr:pedestrian cerddwyr:pedestrians twristiaid:tourists pobl:people dyn:man dynes:woman plismon:policeman
    plismyn:police_officers heddwas:police_officer heddweision:police_officers heddlu:police swyddog:officer
    milwr:soldier ysbyty:hospital carchar:prison llys:court teulu:family gwraig:wife gŵr:husband plentyn:child
    plant:children mab:son merch:daughter tad:father mam:mother brawd:brother chwaer:sister car:car cerbyd:vehicle
    cyllell:knife gwn:gun arf:weapon arfau:weapons ffôn:phone neges:message negeseuon:messages apiau:apps
    cyfrif:account amgryptiad:encryption cwmni:company cwmnïau:companies gwasanaeth:service gwasanaethau:services
    diogelwch:security cudd-wybodaeth:intelligence tystiolaeth:evidence grŵp:group asiantaeth:agency amlen:envelope
    mynediad:access cyfrinach:secret lleoliad:location llywodraeth:government gweinidog:minister
    ysgrifennydd:secretary arlywydd:president gwleidydd:politician aelod:member seneddwr:senator senedd:parliament
    cyngres:Congress plaid:party etholiad:election pleidlais:vote pleidleisiau:votes ymgeisydd:candidate
    arweinydd:leader pennaeth:head llefarydd:spokesperson Democratiaid:Democrats Gweriniaethwyr:Republicans
    cyfraith:law cyfreithiau:laws deddf:law deddfau:laws mesur:bill gwarant:warrant gwarantau:warrants hawl:right
    dirwy:fine trosedd:crime troseddau:crimes euogfarn:conviction cofnod:record ymchwiliad:investigation
    perchennog:owner brand:brand model:model gwneuthuriad:make cynnwys:content pris:price arian:money pres:money
    cyflog:salary crefydd:religion swydd:job gwaith:work barn:opinion cyfarfod:meeting cymhelliad:motive
    rheswm:reason enw:name oed:age oedran:age cenedligrwydd:nationality cartref:home tŷ:house tai:houses dinas:city
    tref:town gwlad:country ardal:area cyfeiriad:address blwyddyn:year blynedd:years mlynedd:years blynyddoedd:years
    mis:month wythnos:week diwrnod:day dydd:day bore:morning awr:hour munud:minute munudau:minutes amser:time
    tro:time dyddiad:date diwedd:end nifer:number pont:bridge cyfrifoldeb:responsibility Mwslim:Muslim
    technoleg:technology""")
_ADJECTIVES = _table("""newydd:new cyfrinachol:secret cyntaf:first olaf:last ola:last diwethaf:last dwetha:last
    nesaf:next arall:other eraill:other blaenorol:previous Islamaidd:Islamic Prydeinig:British Americanaidd:American
    troseddol:criminal cyhoeddus:public swyddogol:official anghyfreithlon:illegal cyfreithlon:legal diogel:safe
    gwahanol:different pwysig:important mawr:big bach:small euog:guilty cyfrifol:responsible hir:long hen:old""")
# the nouns that own the next ("enw'r ymosodwr": the name of the attacker, "awdur yr erthygl")
_OWNED = """enw oed oedran awdur perchennog pennawd teitl gwraig gŵr teulu tad mam plant brawd chwaer
    cartref crefydd swydd cyflog pris ymateb datganiad arweinydd pennaeth llefarydd cynnwys cymhelliad rheswm
    cenedligrwydd dioddefwyr diwedd nifer cyfeiriad lleoliad dyddiad brand model gwneuthuriad barn""".split()


def _with_mutations(words: dict[str, str]) -> dict[str, str]:
    """``words`` and their mutated forms, also typed without accents."""
    return with_plain_spellings({**{f: e for w, e in words.items() for f in _mutated(w)}, **words}, _PLAIN)


_NOUN_FORMS = _with_mutations({w.lower(): e for w, e in _NOUNS.items()})
_ADJECTIVE_FORMS = _with_mutations({w.lower(): e for w, e in _ADJECTIVES.items()})
# the soft forms, which after "yn" say what a thing is ("yn Fwslim", "yn ddiogel"), not where
_SOFT_FORMS = frozenset(f for w in (*_NOUNS, *_ADJECTIVES) for f in _mutated(w.lower()) if f[:1] != "h") - \
    frozenset("ddydd ddinas dref wlad".split())
_OWNED_FORMS = frozenset(f for w in _OWNED for f in (w, *_mutated(w), w.translate(_PLAIN)))
# a noun or a name before which another noun says what kind ("cwmnïau technoleg": technology companies)
_MODIFIERS = frozenset("technoleg diogelwch heddlu terfysgaeth amgryptio".split())
_NAMED = frozenset("neges negeseuon apiau ffôn ffon ffonau cyfrif gwasanaeth cwmni".split())

# the other words: asking, being, pointing, joining
_WORDS = _table("""
    pwy:who bwy:who phwy:who beth:what be:what pryd:when bryd:when ble:where lle:where pam:why faint:how_much
    sut:how pa:which sawl:how_many p'un:which mae:is ma:is maen:are ydy:is ydi:is yw:is ydyw:is oes:is_there sy:is
    sydd:is ydyn:are oedd:was roedd:was o'dd:was oedden:were roedden:were bu:was fu:was buodd:was fuodd:was
    buon:were fuon:were bydd:will fydd:will byddai:would fyddai:would bod:that fod:that mai:that taw:that wnaeth:did
    gwnaeth:did naeth:did nath:did wnaethon:did naethon:did nathon:did ddaru:did wnaiff:will gall:can gallai:could
    allai:could gallu:can fedr:can medru:can dylai:should ddylai:should rhaid:must cafodd:got gafodd:got cawson:got
    gawson:got caiff:can gaiff:can cael:get gael:get eisiau:want isio:want isho:want isie:want eisie:want moyn:want
    angen:need piau:owns biau:owns bia:owns ddim:not nid:not nad:not na:not dim:no neb:anyone heb:without y:the
    yr:the 'r:the 'i:his 'u:their 'w:his am:about ar:on o:of yn:in ym:in yng:in mewn:in gan:from gyda:with
    gydag:with efo:with hefo:with dros:for drwy:through trwy:through wrth:to rhwng:between ers:since cyn:before
    ger:near tua:about iddo:to_him iddi:to_her amdano:about_him amdani:about_her arno:on_him arni:on_her
    ganddo:by_him e:he fe:he fo:he hi:she nhw:they ni:we chi:you ti:you fi:me ei:his ein:our eich:your fy:my
    hwn:this hon:this hyn:this yma:this 'ma:this hynny:that yna:that 'na:that ac:and neu:or ond:but os:if pe:if
    achos:because oherwydd:because felly:so tra:while pan:when nes:until pawb:everyone rhywun:anyone
    rhywbeth:anything unrhyw:any rhai:some mwy:more llawer:many dau:two ddau:two dwy:two tri:three dri:three
    tair:three hefyd:also eto:yet erioed:ever wedyn:then nawr:now rŵan:now heddiw:today ddoe:yesterday iawn:right
    gwir:true wir:really unig:only Llundain:London Lloegr:England Cymru:Wales Prydain:Britain Mawrth:March""")
# (a form listed later keeps its English: "bod" is that); "car", "brand", "EU", "UN", "Dan" stay as typed
_WELSH = {**_VN, **_PAST, **_NOUN_FORMS, **_ADJECTIVE_FORMS, "farw": "die", "fyw": "live",
          **with_plain_spellings({w.lower(): e for w, e in _WORDS.items()}, _PLAIN)}
for _w in ("car", "brand", "model", "eu", "un", "dan", "tan", "dy", "thy", "thai"):
    _WELSH.pop(_w, None)


# -- idioms ----------------------------------------------------------------------------------

# a subject in Welsh: a name, "y"/"yr"/"'r" and a word, a pronoun
_SUBJECT_CY = (r"(?:(?:y|yr|'r)\s+[\w'-]+|(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,3}|"
               r"e|o|fo|fe|hi|nhw)")
_PASSIVE_AUX = re.compile(r"\b(?:[cg]af(?:odd|on)|[cg]awson|[cg]ael|[cg]aiff|wedi|was|were)\b", re.I)
_COPULA = re.compile(r"\b(?:oedd|roedd|mae|ma|ydy|ydi|yw|sy|sydd|fydd|bydd|[cg]afodd|was|is|has|had)\b", re.I)


def _split(m: re.Match) -> str:
    """"i'r", "sy'n", "wedi'i", "enw'r": the article, "yn" and "his" joined to a word of Welsh, split off."""
    word = m.group(1).lower()
    return f"{m.group(1)} {m.group(2)}" if word in _WELSH or word in ("i", "a", "wedi") or _english_verb(word) \
        else m.group(0)


def _cael(m: re.Match) -> str:
    """"cafodd" is "was" before "ei"/"eu" and a verb ("gafodd Masood ei eni": was Masood born), else "got"."""
    after = re.match(r"(?:\s+[\w'-]+){0,4}?\s+(ei|eu|'[iu])\s+([\w'-]+)", m.string[m.end():])
    if after and after.group(2).lower() in _VN:
        return "were" if after.group(1)[-1:].lower() == "u" or m.group(0).lower().endswith("on") else "was"
    return m.group(0)


def _his_verb(m: re.Match) -> str:
    """"ei"/"eu" before a verb-noun: its participle after "cafodd" or "wedi" ("ei ladd": killed), an object
    left out elsewhere ("wnaeth e ei logi": did he rent); before a noun, "his", "their"."""
    word = m.group(2)
    if word.lower() not in _VN:
        return m.group(0) if m.group(1).lower() != "eu" else f"their {word}"
    before = " ".join(m.string[:m.start()].split()[-6:])
    return _participle(_VN[word.lower()]) if _PASSIVE_AUX.search(before) else _VN[word.lower()]


def _wedi(m: re.Match) -> str:
    """"wedi" before a verb-noun is its participle ("wedi marw": died; after its noun, "car wedi'i logi": the
    rented car); before a noun, "after"."""
    noun, word = m.group(1), m.group(3)
    before = f"{noun} " if noun else ""
    if word.lower() in ("bod", "fod"):
        return f"{before}been"
    base = _VN.get(word.lower()) or _english_verb(word)
    if not base:
        return f"{before}after {word}"
    participle = _participle(base)
    if noun and m.group(2) and noun.lower() in _NOUN_FORMS and not _COPULA.search(
            " ".join(m.string[:m.start()].split()[-2:])):
        return f"{participle} {noun}"
    return f"{before}{participle}"


_PREDICATES = frozenset("""ysgrifennydd aelod arlywydd ymgeisydd arweinydd home prime chief dead alive guilty true
    safe secret alone known married injured arrested muslim""".split())
_NOT_VERBS = frozenset("radio audio studio ratio patio portfolio scenario folio cardio".split())


def _english_verb(word: str) -> str | None:
    """An English verb made a Welsh verb-noun ("unlockio", "hackio", "bannio"): the English verb."""
    stem = word[:-2]
    if word.islower() and word.endswith("io") and len(word) > 5 and word not in _WELSH and word not in _NOT_VERBS \
            and stem[-1] not in "aeiouy":
        return stem[:-1] if stem[-1] == stem[-2] and stem[-1] not in "lsf" else stem
    return None


def _yn(m: re.Match) -> str:
    """"yn"/"'n" before a verb-noun is "-ing" ("e'n byw": he living), bare after "will" ("fydd X yn gwneud"); before
    an adjective or a mutated noun, what a thing is ("yn farw": dead, "yn Fwslim": Muslim); before a place, "in"."""
    word = m.group(2)
    low = word.lower()
    if low in ("farw", "fyw"):
        return {"farw": "dead", "fyw": "alive"}[low]
    base = _VN.get(low) or (low if low in _BASE.values() else _english_verb(low))
    if base:
        will = re.search(r"\b(?:f|b)ydd\b|\bwill\b", " ".join(m.string[:m.start()].split()[-4:]), re.I)
        return "able to" if low in ("gallu", "allu", "medru", "fedru") else base if will else _ing(base)
    if low in _ADJECTIVE_FORMS or low in _PREDICATES or low in _SOFT_FORMS or low.endswith("ing"):
        return _ADJECTIVE_FORMS.get(low, word)
    return word if m.group(1).lower() != "yn" else f"in {word}"


def _owner(m: re.Match) -> str:
    """A noun before its owner ("enw 'r ymosodwr", "enw gwraig Masood"): "the name of"; not after "his"."""
    word, after = m.group(1), re.match(r"\s*([\w'-]+)", m.string[m.end():])
    before = m.string[:m.start()].split()[-1:]
    if word.lower() not in _OWNED_FORMS or not after or before and before[0].lower() in (
            "y", "yr", "'r", "ei", "'i", "eu", "ein", "eich", "fy", "the", "his", "their"):
        return m.group(0)
    owner = after.group(1)
    if owner.lower() in ("y", "yr", "'r") or owner.lower() in _OWNED_FORMS or \
            owner[0].isupper() and owner.lower() not in _WELSH:
        return f"the {word} of "
    return m.group(0)


def _adjectives_first(m: re.Match) -> str:
    """Each adjective after its noun put before it ("cyfraith newydd": new law, "lle cyfrinachol": secret place),
    as is a noun or a name saying what kind ("swyddog heddlu": police officer, "negeseuon WhatsApp")."""
    tokens = re.findall(r"[\w'-]+|[^\w'-]+", m.group(0))
    for k in range(2, len(tokens)):
        second, noun = tokens[k], tokens[k - 2].lower()
        if not tokens[k - 1].isspace() or not (noun in _NOUN_FORMS or noun == "lle"):
            continue
        if second.lower() in _ADJECTIVE_FORMS:
            tokens[k - 2:k + 1] = [_ADJECTIVE_FORMS[second.lower()], " ", "place" if noun == "lle" else tokens[k - 2]]
        elif second.lower() in _MODIFIERS or noun in _NAMED and second[0].isupper() and second.lower() not in _WELSH:
            tokens[k - 2:k + 1] = [second, " ", tokens[k - 2]]
    return "".join(tokens)


def _and(m: re.Match) -> str:
    """"a" between words of Welsh or names is "and" ("Rudd a'r heddlu"), before a verb "that" ("yr heddwas a
    gafodd ei ladd"); "a WhatsApp message" is English."""
    left, right = m.group(1), m.group(3)
    if right.lower() in _PAST or right.lower() in ("oedd", "sydd", "wnaeth", "fu", "fuodd", "was", "were"):
        return f"{left} " if _WELSH.get(left.lower()) in ("who", "what", "which") else f"{left} that "
    welsh = lambda w: w.lower() in _WELSH or w[:1] == "'"
    if (welsh(left) or left[0].isupper() and m.start() > 0) and (welsh(right) or right[0].isupper()):
        return f"{left} and "
    return m.group(0)


_FIRST_PERSON = frozenset("dw ydw wnes nes es alla ga dylwn gen oeddwn o'n roeddwn baswn fyswn wn dwi".split())


def _to_or_i(m: re.Match) -> str:
    """"i" is "I" after a verb of the first person ("dw i", "wnes i"), "to" elsewhere; "I" is English."""
    before = m.string[:m.start()].split()[-1:]
    return "I" if before and before[0].lower() in _FIRST_PERSON else "to"


def _yn_lle(m: re.Match) -> str:
    """"yn lle" is "instead of", but "a ... place" before an adjective ("fod X yn lle cyfrinachol": that X is a
    secret place)."""
    adjective = _ADJECTIVE_FORMS.get(m.group(1).lower())
    that = re.search(r"\b[bf]od\b", " ".join(m.string[:m.start()].split()[-3:]))
    return f"{'is ' * bool(that)}a {adjective} place" if adjective else f"instead of {m.group(1)}"


def _dod(m: re.Match, base: str) -> str:
    """"dod": "ddaeth Rudd yn" (did Rudd become), "ddaeth X o hyd i" (did X find), "daeth o" (came from)."""
    if m.group(1).lower() != "aeth":
        return base
    return f"did {m.group(2)} {base}" if m.group(2) else {"find": "found", "come": "came"}.get(base, "became")


def _did_have(m: re.Match) -> str:
    """"oedd gan Masood" (was with Masood) is "did Masood have", "oes gan" "does ... have"."""
    aux = "did" if m.group(1).lower() in ("oedd", "roedd", "o'dd") else "does"
    return f"{aux} {dict(do='he', di='she', dyn='they').get(m.group(2).lower(), m.group(2))} have "


_DAYS = _table("""sul:Sunday llun:Monday lun:Monday mawrth:Tuesday fawrth:Tuesday mercher:Wednesday fercher:Wednesday
    iau:Thursday gwener:Friday wener:Friday sadwrn:Saturday""")

# (compiled when a question first shows Welsh: ``Idioms``)
_WELSH_IDIOMS = Idioms([
    # one apostrophe; greetings, "tell me", "please", the particles "fe"/"mi" before a verb
    (r"’", "'"),
    # "yr erthygl ma": "ma" after a noun is "yma" (this)
    (r"\b(yr|y|'r)\s+(\w+)\s+ma\b", r"\1 \2 yma"),
    (r"^\s*(?:helo|haia|hei|hi|shwmae|s'mae)\s*[,!]\s*", ""),
    (r"\b(?:dudwch|deudwch|dwedwch|dywedwch|gwedwch|deud|dweud)\s+wrtha\s+(?:i|fi)\b[,:]?\s*", ""),
    (r"\bos\s+gwelwch\s+(?:chi)?\s*(?:yn|'n)\s+dda\b", ""), (r"^\s*(?:fe|mi)\s+(?=[\w'-]+\s)", ""),
    # North's "'di" is "ydi" after a question word ("be 'di": what is), "wedi" elsewhere
    (r"(?<![\w'-])(pwy|be|beth|lle|ble|sut|pa\s+un)\s*'\s*di\b|(?<![\w'-])(be|pwy)di\b", r"\1\2 ydi"),
    (r"(?<![\w'-])'di\b", "wedi"), (r"(?<![\w'-])([\w-]+)('(?:r|n|i|u|w))(?![\w'-])", _split),
    # a name opening the question is no question word ("Pam Bondi", "Beth Rigby")
    (r"^(?-i:(Pam|Beth)(?=\s+[A-Z]\w*\s+(?:is|was|said|says|has|had|and|will|told|did|asked|wrote)\b))", r" \1"),
    # fixed phrases
    (r"\bar\s+(?:ei|eu|'?i)\s+(?:b|ph)en(?:nau)?\s+(?:ei|eu|'i)\s+hun(?:an|ain)?\b|\bar\s+ben\s+ei\s+hun(?:an)?\b",
     "alone"),
    (r"\byn\s+y\s+diwedd\b", "in the end"), (r"\bo\s*'r\s+diwedd\b|\byn\s+olaf\b", "finally"),
    (r"\b(blwyddyn|flwyddyn|blynedd|mlynedd|flynedd|wythnos(?:au)?|mis|fis|diwrnod(?:au)?|dyddiau|oriau|awr|"
     r"munud(?:au)?|amser)\s+yn\s+[oô]l\b", r"\1 ago"),
    (r"\byn\s+[oô]l\b", "according to"), (r"\bar\s+[oô]l(?:\s+i\b)?", "after"), (r"\bcyn\s+i\b", "before"),
    (r"\b(?:h?enw\s+(?:go\s+)?iawn|g?wir\s+enw)\b", lambda m: "the real name of" if re.match(
        r"\s+(?:(?:y|yr|'r)\b|(?-i:[A-Z]))", m.string[m.end():]) else "real name"),
    (r"\b(ydy|ydi|yw|oedd|mae)\s+(?:hi\s*)?'n\s+wir\b", lambda m: "was it true" if m.group(1).lower() == "oedd"
     else "is it true"), (r"\byn\s+union\b", "exactly"), (r"\bgo\s+iawn\b|\byn\s+wir\b", "really"),
    (r"\bg?yfrifoldeb\s+am\b", "responsibility for"), (r"\bdim\s+ond\b", "only"), (r"\bdim\s+byd\b", "nothing"),
    (r"\bunrhyw\s+un(\s+arall)?\b", lambda m: "anyone" + " else" * bool(m.group(1))),
    (r"\byn\s+ystod\b", "during"), (r"\byn\s+erbyn\b", "against"),
    (r"\bynghylch\b|\bynglŷn\s+[âa]g?\b|\bynglyn\s+[âa]g?\b", "about"), (r"\byn\s+lle\s+([\w'-]+)", _yn_lle),
    (r"\bar\s+gyfer\b", "for"), (r"\ber\s+mwyn\b", "to"), (r"\bar\s+y\s+pryd\b", "at the time"),
    (r"\bar\s+hyn\s+o\s+bryd\b", "at the moment"), (r"\bo\s+hyd\b(?!\s+i)", "still"), (r"\byn\s+barod\b", "already"),
    (r"\bei\s+hun(?:an)?\b", "himself"),
    (r"\b(?:am\s+)?y\s+tro\s+cyntaf\b", "for the first time"),
    (r"\b((?:t|d)al(?:u|odd|on)|g?ofyn(?:nodd)?|g?alw(?:odd)?)\s+am\b", r"\1 for"),
    (r"(?-i:\bo\s+dan\b|\bdan\b)", "under"), (r"(?-i:\btan\b)(?=\s+(?:\d|pryd\b|y\b|yr\b|[A-Z]))", "until"),
    # the story's names and things
    (r"\b(?:ym\s+)?(?:[bp]|mh)ont\s+(?:san\s+steffan|westminster)\b", "Westminster Bridge"),
    (r"\bsan\s+steffan\b", "Westminster"),
    (r"\bt[ŷy]\s*'?r\s+cyffredin\b", "the House of Commons"), (r"\b(?:y\s+)?t[ŷy]\s+gwyn\b", "the White House"),
    (r"\b(?:yr\s+)?unol\s+daleithiau\b|\buda\b", "the United States"),
    (r"\b(?:y\s+)?deyrnas\s+unedig\b", "the United Kingdom"), (r"\b(?:y\s+)?swyddfa\s+gartref\b", "the Home Office"),
    (r"\b(?:yr\s+)?ysgrifenn?ydd\s+(?:cartref|y\s+swyddfa\s+gartref)\b", "Home Secretary"),
    (r"\b(?:y\s+)?(?:p|b)rif\s+(?:w|g)einidog\b", "Prime Minister"), (r"\b(?:p|b)rif\b", "chief"),
    (r"\b(?:y\s+)?g?wladwriaeth\s+islamaidd\b", "Islamic State"), (r"\basiantaeth\s+newyddion\b", "news agency"),
    (r"\bgwasanaethau\s+diogelwch\b", "security services"), (r"\bgwasanaethau\s+cudd\S*", "intelligence services"),
    (r"\b(?:neges|negeseuon)\s+(?:d|t)estun\b", "text messages"), (r"\bff[ôo]n\s+symudol\b", "mobile phone"),
    (r"\bap(?:iau)?\s+negeseuon\b", "messaging app"), (r"\b(?:p|b)apur\s+newydd\b", "newspaper"),
    (r"\b(?:(?:c|g|ch)ofnod|record|hanes)\s+(?:t|d)roseddol\b", "criminal record"),
    (r"\b(?:d|dd|n)ydd\s+(sul|llun|mawrth|mercher|iau|gwener|sadwrn)\b|"
     r"\bnos\s+(sul|lun|fawrth|fercher|iau|wener|sadwrn)\b",
     lambda m: _DAYS[(m.group(1) or m.group(2)).lower()] + (" night" if m.group(2) else "")),
    (r"\b(?:yn\s+)?(\d+)\s+(?:oed|mlwydd\s+oed|blwydd\s+oed|mlwydd)\b", r"\1 years old"),
    (r"\b[dt]ro(i|dd)\s*(?:'n|yn)\s+(?:f|m)wslim\b", lambda m: f"convert{'ed' * (m.group(1) == 'dd')} to Islam"),
    # asking: age, number, kind, place, person, owner
    (r"\bfaint\s+(?:oed|o\s+oed)\s+(oedd|ydy|ydi|yw|ydyw|mae|fydd)\b|\bfaint\s+(oedd|ydy|ydi|yw|ydyw)\s+oed\b",
     r"how old \1\2"), (r"\bfaint\s+oed\b|\bpa\s+mor\s+hen\b", "how old"),
    (r"\b(?:am\s+)?faint\s+o\s*'r\s+gloch\b", "what time"),
    (r"\bfaint\s+o\s+(?:amser|hyd)\b|\bpa\s+mor\s+hir\b|\bam\s+ba\s+hyd\b|\bers\s+faint\b|\bam\s+faint\b", "how long"),
    (r"\bfaint\s+o\s+(?:weithiau|withie)\b|\bsawl\s+(?:gwaith|tro)\b", "how many times"),
    (r"\bfaint\s+o\s+(?=(?:arian|bres|pres|gyflog|ddirwy)\b)", "how much "), (r"\bfaint\s+o\b", "how many"),
    (r"\b(?:pa|sut)\s+(?:f|m)ath\s+(?:o|ar)\b|\bpa\s+fath\b", "what kind of"), (r"\bpa\s+mor\b", "how"),
    (r"\bp(?:a\s+|')un\s+o\b", "which of"), (r"\bpa\s+(?:un|rai)\b", "which"),
    (r"\bpa\s+(?:b|p)ryd\b", "when"), (r"\bpa\s+le\b", "where"), (r"(?-i:\bun\b)", "one"),
    (r"\bsut\s+(?=([\w'-]+))", lambda m: "what kind of " if m.group(1).lower() in _NOUN_FORMS else "how "),
    (r"\bo\s+(?:ble|le|lle)\b", "from where"), (r"\bi\s+ble\b", "where"), (r"\b(?:at|i)\s+(?:b|p)wy\b", "to whom"),
    (r"\b(?:gyda|efo|hefo)\s+(?:ph|p|b)wy\b", "with whom"), (r"\bgan\s+bwy\b", "by whom"),
    (r"\bam\s+bwy\b", "about whom"), (r"\bo\s+bwy\b", "from whom"),
    (r"\b(?:(sy|sydd)|(oedd|roedd))?\s*(?:'n|yn|\b)\s*(?:b|p)erchen(?:\s+ar)?\b|\b(?:b|p)iau?\b",
     lambda m: "owned " if m.group(2) else "own " if m.string[m.start():m.start() + 1] in "y'" else "owns "),
    (r"\bbe(?:th)?\s+am\b", "what about"), (r"\bam\s+beth\b", "about what"),
    (r"\bers\s+(?:p|b)ryd\b", "since when"), (r"\btan\s+(?:p|b)ryd\b", "until when"), (r"\bpam\s+(?:bod|fod)\b", "why"),
    (r"\b(?:a\s+)?oes\s+(?:yna|'na)\b", "is there"), (r"\b(?:a\s+)?oedd\s+(?:yna|'na)\b", "was there"),
    (r"^\s*a\s+(?=(?:oes|oedd|wnaeth|yw|ydy|ydi|fydd|gafodd)\b)", ""), (r"\b(?:oes\s+)?rhaid\s+i\b", "must"),
    (r"\boes\s+angen\b", "is there a need for"), (r"\b(sydd|sy|mae|ma|oedd)\s+angen\b", r"\1 needed"),
    # "dod": come from, become, find; "bu farw": died; "oedd gan": had; "mae ... wedi": has
    (r"\b(?:d|dd)(aeth|od|wad|ŵad)(?:\s+(%s))?\s+o\s+hyd\s+(?:i\b)?" % _SUBJECT_CY, lambda m: _dod(m, "find") + " "),
    (r"\b(?:d|dd)(aeth|od|wad|ŵad)(?:\s+(%s))?\s+o\b" % _SUBJECT_CY, lambda m: _dod(m, "come") + " from"),
    (r"\b(?:d|dd)(aeth|od)(?:\s+(%s))?\s+(?:yn|'n)\b" % _SUBJECT_CY, lambda m: _dod(m, "become")),
    (r"\b(?:bu|fu|buodd|fuodd|buon|fuon)\s+(?:(%s)\s+)?farw\b" % _SUBJECT_CY,
     lambda m: f"did {m.group(1)} die" if m.group(1) else "died"),
    (r"\b(oes|oedd|roedd|o'dd|sydd|sy|mae|ma)\s+gan\s+(%s)(?:\s+|(?=\s*[?.!]*\s*$))" % _SUBJECT_CY, _did_have),
    (r"\b(oes|oedd|roedd|o'dd|sydd|sy|mae|ma)\s+g?and(do|di|dyn)(?:\s+(?:fo|o|e|fe|hi|nhw))?\b", _did_have),
    (r"\b(mae|ma|ydy|ydi|yw|oedd|roedd|o'dd)\s+(%s)\s+(?=wedi\b(\s+'[iu]\s)?)" % _SUBJECT_CY,
     lambda m: ("had ", "has ", "was ", "is ")[(m.group(1).lower()[:1] not in "or") + 2 * bool(m.group(3))] +
     m.group(2) + " "),
    (r"\b(?:sydd|sy)\s+(?=wedi\b)", "has "),
    (r"\b(?:bod|fod)\s+(%s)\s+(?:yn|'n)\s+([\w'-]+)" % _SUBJECT_CY,
     lambda m: f"that {m.group(1)} is " + (_ing(_VN[m.group(2).lower()]) if m.group(2).lower() in _VN else m.group(2))),
    # the tenses: "cafodd ... ei" (was), "wedi" (a participle), "ei" (his, or a participle), "yn" (-ing, in)
    (r"\b(?:[cg]af(?:odd|on)|[cg]awson|[cg]awsant)\b", _cael),
    (r"(?<![\w'-])(?:([\w'-]+)\s+)?wedi(?:\s+('[iu]))?\s+([\w'-]+)", _wedi),
    (r"(?<![\w'-])(?-i:(ei|Ei|eu|Eu|'[iu]))\s+([\w'-]+)", _his_verb),
    (r"(?<![\w'-])(yn|'n)\s+([\w'-]+)", _yn),
    (r"(?<![\w'-])[a-z]+io(?![\w'-])", lambda m: _english_verb(m.group(0)) or m.group(0)),
    # an owner and an adjective after the noun; "a" and; "o" he after a verb or last; "i" to; "â" with
    (r"(?<![\w'-])([\w'-]+)\s+", _owner), (r"(?s)^.+$", _adjectives_first),
    (r"(?<![\w'-])([\w'-]+)(\s+)a\s+(?=([\w'-]+))", _and),
    (r"\b(wnaeth|naeth|nath|oedd|ydy|ydi|mae|fydd|gafodd|ddaru|ddim|roedd|was|did|is)\s+o\b", r"\1 he"),
    (r"\bo(?=\s*[?.!]*\s*$)", "he"), (r"(?-i:(?<![\w'-])i(?![\w'-]))", _to_or_i),
    (r"(?<![\w'-])â(?![\w'-])", "with"),
    # "pa", "be" before English: which, what
    (r"^(\s*)pa\s+(?=[a-z])", r"\1which "),
    (r"^(\s*)be\s+(?=(?:did|does|do|is|was|were|are|has|had|happened|will|would|can|could|should)\b)", r"\1what "),
])

# -- the word lists ---------------------------------------------------------------------------

# particles of talk, please and thanks, left out
_WELSH_DROPPED = frozenset("""mi ynde yndê ynte yntê 'n wel wsti sti plis plîs diolch yli ylwch tybed bois boi
    achan chwaraeteg reit jyst wedi""".split())
# the words glossed only before a word of Welsh or a name, English ones
_WELSH_SHARED = frozenset("be pa pan hen plant mam fam fab hon dim hi plaid pres char bore fore merch mis tai tref "
                          "gall trio".split())
# the words that show Welsh: those glossed and left out, and joined forms ("i'r", "sy'n"), less the shared ones,
# English ones ("am", "o", "yr", "bod", "barn") and other languages' ("sut" Thai, "ble" Norwegian, "pont" French,
# "sy" Indonesian, "heb" Dutch, "ein" German, "ti", "enw" Greek, "fi" Arabizi, "para" Spanish, "eto" Russian);
# "beth", "pam", "be", "faint", "sut", "ble", "pa" show it opening a question (``_WELSH_OPENING``)
_NOT_MARKS = frozenset("""am ar o y yr ac e fe fo ni chi ti fi mi ei ein eich fy gan bod os na nad heb beth pam
    faint sut ble sy pont gar ers tri ma dau tra nes hir mai taw rhai iawn wir gwir pe 'n blant bu enw eto golli
    nhai para sti tro wlad bara tua bach dynes gael olaf roes barn""".split())
_CONTRACTED = frozenset(w + a + c for w in "i o a mae ma sy yw ydy ydi oedd efo gyda hefo wedi e fo hi nhw be beth pwy "
                        "lle ble enw".split() for a in "'’" for c in "rniuw")
_WELSH_MARK = (frozenset(_WELSH) | _WELSH_DROPPED | _CONTRACTED) - _WELSH_SHARED - _NOT_MARKS
# what shows Welsh however few its other words: a word no other language has, wherever it stands ("Who oedd the
# attacker?", "Who ddywedodd that ...?"), and a question word English or another language has too opening the
# question (or a clause) before what only Welsh puts after it: "Beth did Rudd say" (not "Beth Rigby"), "Faint o
# bobl" (not "faint of heart"), "Sut wnaeth" (Thai "sut"), "Ble oedd" (Norwegian "ble"), "Pa gar" (Serbian "pa")
_WELSH_OPENING = re.compile(
    r"^.*?(?<![\w'’-])(?i:oes|oedd|oedden|roedd|ydy|ydi|ydyn|sydd|wnaeth|wnaethon|naeth|ddaru|gafodd|cafodd|fydd|"
    r"ddim|heddlu|heddwas|erthygl|bobl|pobl|negeseuon|llywodraeth|[^\W\d_]{3,}(?:odd|wyd)|"
    r"(?<!\d\s)yr\s+(?!olds?\b)[aeiouwyh]\w+)(?![\w'’-])"
    r"|^(?:.*?[,;:]\s*|\s*)(?:(?:[Bb](?:eth|ETH)|[Pp](?:am|AM))\s+(?!(?:is|was|are|were|said|says|has|had|and|or|"
    r"will|would|told|asked|wrote|gave|who)\b)[a-z'’]|(?:[Bb]e|BE)\s+(?:did|does|do|is|was|were|are|has|had|"
    r"happened|will|would|can|could|should|yw|sy|mae|ma|nath|['’]?\s*di)\b|(?:[Ff]aint|FAINT)\s+(?:o|o['’]r|oed|yw|"
    r"mae|ma|sy|did|was|were|is|are|people|times|years)\b|(?:[Ss]ut|SUT|[Bb]le|BLE)\s+(?:nath|mae|ma|yw|gall|allai|"
    r"fath|ganwyd|fu|fuodd|aeth|did|does|do|is|was|were|are|has|had|can|could|will|would)\b"
    r"|(?:[Pp]a|PA)\s+(?:un|rai|fath|math|mor|bryd|gar|gwmni|blaid|raglen|sioe|bont|wlad|grefydd|swydd|frand|"
    r"gyfraith|flwyddyn|ddiwrnod|ddydd|bapur|ffôn|neges|erthygl|car|company|app|law|party|year|day|kind|one)\b)"
    r"|.*?(?<![\w'’-])(?:beth|pam)\s+(?!(?:is|was|said|says|has|had|and|or|will|would|told|asked|wrote)\b)[a-z]")


# -- English order ------------------------------------------------------------------------------

_STOP = (r"(?:about|on|in|at|to|from|with|by|for|of|after|before|during|that|and|or|but|when|where|why|if|is|was|"
         r"were|are|did|does|do|has|had|have|will|would|can|could|should|not|the|a|an|this|who|which|what|into|"
         r"since|until|ago|alone|then|there)")
_SUBJECT = (rf"(?:(?:the|this|that|his|her|their|its)\s+(?:(?!{_STOP}\b)[\w'-]+\s+){{0,2}}(?!{_STOP}\b)[\w'-]+"
            r"|(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,3}|he|she|they|it|we|you)")
_ASKED = (r"(?:(?:from|to|with|by|about|for|in|on|at|since|until)\s+)?(?:how\s+(?:many|much)(?:\s+[\w'-]+)?|"
          r"what\s+kind\s+of\s+[\w'-]+|(?:what|which)(?:\s+(?!(?:did|was|were|is)\b)[\w'-]+)?|"
          r"how\s+(?:long|old|often)|since\s+when|where|when|why|how|whom)")


@lru_cache(maxsize=1)
def _orders() -> tuple[re.Pattern, ...]:
    """The patterns of ``_welsh_order`` that list verbs, compiled when a Welsh question first needs them."""
    alternation = lambda words: "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True))
    return (re.compile(rf"^(\s*{_ASKED}\s+|\s*)({alternation(p for p in _BASE if p != 'did')})\s+({_SUBJECT})"
                       r"(?=\s|[?.!,]|$)(.*)$", re.I),
            re.compile(rf"^(\s*(?:{_ASKED}\s+)?)(was|were)\s+({alternation(_PP.values())})\s+({_SUBJECT})"
                       r"(?=\s|[?.!,]|$)(.*)$", re.I),
            re.compile(r"\b(refuse[sd]?|want(?:s|ed)?|demand(?:s|ed)?|ask(?:s|ed)?|agree[sd]?|tr(?:y|ies|ied)|"
                       r"manage[sd]?|decide[sd]?|going|allowed|forced|threaten(?:s|ed)?)\s+(?!to\b)"
                       rf"(?=(?:{alternation(_BASE.values())})\b)", re.I),
            re.compile(rf"\b((?:was|were|been)\s+(?:[\w'-]+\s+){{0,3}}?(?:{alternation(_PP.values())}))\s+from\b"))


_PLURAL = dict(person="people", child="children", man="men", woman="women", policeman="policemen", time="times",
               people="people", police="police")


def _welsh_order(glossed: str) -> str:
    """A Welsh question glossed word for word, in English order: a past before its subject after it ("what
    said Rudd about WhatsApp?" → "what did Rudd say about WhatsApp?"), a passive's subject before its
    participle ("when was arrested Masood"), a state asked with "do" ("is Rudd want", "why Apple not want"),
    "to" after "refuse", "not" after its auxiliary, "this" before its noun ("the article this")."""
    verb_first, passive, infinitive, by = _orders()
    out = re.sub(r"\bnot\s+(did|was|is|does|do|were|are|has|had|could|would|should|will|can)\b",
                 lambda m: {"will": "won't", "can": "can't"}.get(m.group(1).lower(), m.group(1) + "n't"), glossed)
    out = re.sub(r"\b(did|does|do|will|would|can|could|should|must|to|n't)(\s+(?:[\w'-]+\s+){0,3}?)"
                 r"(response|meeting)\b", lambda m: m.group(1) + m.group(2) + dict(response="respond", meeting="meet")[
                 m.group(3)], out)
    out = re.sub(rf"(?:\b(is|was|are|were)(n't)?\s+|(?<=^why\s))({_SUBJECT})\s+(not\s+)?(know|want|own|need|think|"
                 r"have|like)\b", lambda m: {"is": "does", "are": "do"}.get((m.group(1) or "is").lower(), "did") +
                 f"{m.group(2) or ''} {m.group(3)} {m.group(4) or ''}{m.group(5)}", out, flags=re.I)
    out = re.sub(rf"^(\s*(?:why|how|where|when)\s+)(?:that\s+)?({_SUBJECT})\s+(is|was|are|were)\b", r"\1\3 \2", out,
                 flags=re.I)
    m = verb_first.match(out)
    if m:
        out = f"{m.group(1)}did {m.group(3)} {_BASE[m.group(2).lower()]}{m.group(4)}"
    m = passive.match(out)
    if m:
        out = f"{m.group(1)}{m.group(2)} {m.group(4)} {m.group(3)}{m.group(5)}"
    m = re.match(rf"^(\s*{_ASKED}\s+did\s+{_SUBJECT})(?=\s*[?.!]*\s*$|\s+(?:after|before|during|then|with|in|on|at|"
                 r"to|about)\b)", out, flags=re.I)
    if m and m.group(1).split()[-1].lower() not in _BASE.values():
        out = f"{m.group(1)} do{out[m.end():]}"
    out = re.sub(rf"^(\s*{_ASKED}\s+will\s+{_SUBJECT})(\s*[?.!]*\s*)$", r"\1 be\2", out, flags=re.I)
    out = re.sub(r"^(\s*how\s+many\s+)([a-z]+)\b", lambda m: m.group(1) + _PLURAL.get(m.group(2), m.group(2) + (
        "" if m.group(2).endswith("s") or m.group(2) in _PLURAL.values() else "s")), out)
    out = re.sub(r"^(\s*how\s+many\s+(?:[\w'-]+\s+){1,2}?)was\b", r"\1were", out, flags=re.I)
    out = re.sub(r"\bwas\s+(?=they\b|we\b|you\b|the\s+(?:victims|people|pedestrians|attackers|police officers)\b)",
                 "were ", out)
    out = re.sub(r"\b(have|has|had)\s+(?=criminal record\b)", r"\1 a ", out)
    # "gan" after a passive is "by" ("was fired from Trump")
    out = by.sub(r"\1 by", out)
    out = infinitive.sub(r"\1 to ", out)
    out = re.sub(r"\bthe\s+([\w'-]+(?:\s+[\w'-]+)?)\s+this(?=\s*[?.!,]|\s*$|\s+(?:about|in|on|of|by|for|with|"
                 r"from|to|say|said|was|is|did|does)\b)", r"this \1", out)
    return re.sub(r"\s{2,}", " ", re.sub(r"\bthe\s+the\b", "the", out)).strip()


WELSH = Language(_WELSH_IDIOMS, _WELSH, _WELSH_DROPPED, _WELSH_MARK, reorder=_welsh_order, shared=_WELSH_SHARED,
                 opening=_WELSH_OPENING)
