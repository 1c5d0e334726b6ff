"""Malayalam mixed into English questions, read in English.

Keralites type a question's frame in romanized Malayalam ("Manglish", as chat spells it), the story's
names and things in English: "Rudd WhatsApp-ine kurichu enthu paranju?". A word is written once, its
spellings in brackets ("paranj(u|o|athu)"). Malayalam puts the verb last, the question word late,
and glues case endings to a noun or a name ("Masoodinte", "London-il", "paalathil"): the idioms split
them off, ``_endings`` puts each in English before its noun ("WhatsApp-ine kurichu" → "about
WhatsApp"), ``_malayalam_order`` the question word and the verb ("Rudd what said about WhatsApp?" →
"what did Rudd say about WhatsApp?"). A yes-no question ends its verb in "-o" ("paranjo", "aano");
an English verb takes "cheyyuka", do ("unlock cheytho?": did ... unlock?).
"""
from __future__ import annotations

import re

from qabot.languages import Idioms, Language


def _spellings(spec: str) -> list[str]:
    """Each spelling of "paranj(u|o)": "paranju", "paranjo"."""
    out = [""]
    for part in re.split(r"(\([^)]*\))", spec):
        out = [o + a for o in out for a in (part[1:-1].split("|") if part[:1] == "(" else [part])]
    return out


def _table(text: str) -> dict[str, str]:
    """Lines "english = spellings"."""
    words = {}
    for line in re.split(r"\n|; ", text.strip()):
        english, _, specs = line.partition(" = ")
        words.update({w: english.strip() for spec in specs.split() for w in _spellings(spec)})
    return words


# -- the words
# ("aaranu", "enthanu": a question word with its copula, which the order puts back)
_MALAYALAM = _table("""who = aar(u|a|aa|anu|aanu|okke) aru
who was = aar(aa|a)yirunnu
whom = aare(yaanu|); to whom = aark(k|)(u|aanu|anu); with whom = aarod(u|aanu)
whose = aarude aarudeth(u|aanu|anu)
what = en(th|t)(u|) entha(a|) enth(aa|a)nu endhu endu enthokke
what was = enth(aa|a)yirunnu
why = enthin(u|a|aa|aanu|anu) enthukond(u|aanu|a)
when = eppo(l|zh|zha|zhanu|zhaanu|laanu|) epo
where = evide(ya|yaa|yanu|yaanu|) evida evde; from where = evid(unnu|ennu|eninnu)
how = eng(a|i)ne(ya|yaanu|)
how many = ethra ethre etra
which = eth(u|aa|aanu|anu|)
is = aan(u|) anu; is it = aano ano; is not = alla
was = (aa|a)yirunnu (aa|a)runnu; was it = (aa|a)yirunno; was not = illayirunnu
there is = und(u|); is there = undo; there was = und(aa|a)yirunnu; was there = und(aa|a)yirunno
not = illa; became = aay(i|o|athu|ath); you = nee ningal
he = avan; his = avante avande; him = avane; she = aval; her = avalude avale
they = avar avaru; their = avarude; them = avare
it = athu adhu; this = ithu idhu ee; its = athinte; the = aa; a = oru; all = ellaam ellam; other = mattu vere
and = pinne; or = allenkil; but = pakshe; if = enkil; that = ennu enn; then = appol; now = ippol ippo
exactly = kr(i|u)thyamaayi krithyamayi; really = sherikkum sharikkum; only = maathram mathram
alone = thaniye ottakku
years = varsham varshangal; age = vayassu vayasu vayas prayam
day = divasam; week = aazhcha azhcha; minutes = nimisham; time = samayam neram
Sunday = njayar njayaraazhcha; Wednesday = budhan budhanaazhcha budhanazhcha
name = per peru peyar; reason = kaaranam karanam
attack = aakramanam akramanam; attacker = aakrami akrami aakramikal
perpetrator = kuttavaali prathi; police = polees; officer = udyogasthan
bridge = paalam palam; vehicle = vandi vaahanam vahanam
pedestrians = kaalnadaya(a|)thrakkar
people = aalukal aalkar janangal aalukale; person = aal aalu
victims = irakal; dead = marichavar; injured = parikkettavar
knife = kathi; gun = thokku; weapon = aayudham ayudham
article = lekhanam; headline = thalakkettu thalakkett; news = vaartha vartha
author = lekhakan ezhuthukaaran; journalist = pathrapravarthakan
programme = paripaadi paripadi; interview = abhimukham
government = sarkar sarkkar; minister = manthri mantri; law = niyamam; laws = niyamangal
message = sandesham; messages = sandeshangal
company = kampani; companies = kampanikal; services = sevanangal
security = suraksha; evidence = thelivu thelivukal; group = sangham sanghadana
soldier = sainikan; secret = rahasyam rahasya
place = sthalam; terrorists = bheekarar theevravaadikal; terrorist = bheekaran
envelope = kavar; access = praveshanam
new = puthiya; old = pazhaya; real = yathartha
owner = udama udamasthan; content = ullatakkam; religion = matham
job = joli; price = vila; money = panam; salary = shampalam; fine = pizha
meeting = koodikkazhcha yogam; response = prathikaranam; reply = marupadi; statement = prasthaavana
responsibility = uttaravaadithvam utharavadithvam; dispute = prashnam
family = kudumbam; wife = bharya; children = makkal; country = raajyam; election = thiranjeduppu
said = paranj(u|o|athu|ath|irunnu|e)
says = parayunn(u|athu); to say = parayan; did not say = paranjilla
wrote = ezhu(th|dh)(i|iyo|iyathu|iyath)
happened = sambhav(ichu|ichathu|icho) sambavichu nadann(u|o|athu|ath|e) undaayathu
killed = konn(u|o|ath|athu); to kill = kollan; was killed = kollappettu kollapettu
died = mar(ichu|icho|ichath|ichathu) maranappettu
stabbed = kuth(i|iyo|iyath|iyathu); was stabbed = kuthiyettu kuthettu
shot = vedivechu vedivachu; was shot = vediyettu
drove = odich(u|athu|o) oodichu; rammed = idichu
used = upayogich(u|athu|o); uses = upayogikkunnu; to use = upayogikkan
claimed = avakaashapp(ettu|ettathu) avakashap(p|)ettu
demanded = aavashyappettu avashyap(p|)ettu; asked = chodich(u|athu|o)
needs = venam venamo; wants = aagrahikkunnu; wanted = aagrahichu
knows = ariyaam ariyam ariyamo; knew = ariya(a|)maayirunnu
does not know = ariyilla; found out = arinju
found = kandeth(i|iyathu) kandupidichu; met = kand(u|o); will meet = kaanum kaanumo
read = vaayich(u|o) vayichu; to read = vaayikkan vayikkan
to open = thurakkan
sent = ayach(u|o|athu|ath); to send = ayakkan
lived = tha(a|)masich(u|irunnathu|o) jeevichu
was born = jan(ichu|ichathu|icho) jenich(u|athu)
caught = pidichu; was caught = pidikkappettu; was injured = parikkettu parukkettu
acted = pravarthich(u|athu|o); responded = prathikarichu
helped = saha(a|)yich(u|o); did not help = saha(a|)yichilla; to help = saha(a|)yikkan
cooperated = sahakarich(u|o); to cooperate = sahakarikkan; did not cooperate = sahakarichilla
refused = nishedhichu visammathichu niraakarichu
prevented = thadanju; to prevent = thadayan; hid = olippichu olichu; to hide = olikkan olikkaan
forced = nirbandhichu; to force = nirbandhikkan
came = vann(u|o|athu); went = poy(i|ittundo|ittundu); will come = varum(o|)
got = kitti(yo|yathu|); released = vittayachu; meets = kaanunn(u|athu); mother = amma umma; father = achan
gave = koduth(u|o) nalki; took = etteduthu; bought = vaangi vangi; paid = adachu; held = nadathi
did = cheyth(u|o|athu) chaithu; does = cheyyunnu; will do = cheyyum
attacked = aakramichu; banned = nirodhichu; will ban = nirodhikkum(o|); called = vilichu
won = jayich(u|o); appointed = niyamich(u|athu|o); spoke = samsarich(u|athu|o); opposes = ethirkkunn(u|athu)
can = kazhiyum pattum; could = kazhinjo; could not = kazhinjilla; cannot = kazhiyilla""")

# the postpositions, after their noun ("WhatsApp-ine kurichu": about WhatsApp)
_POSTPOSITIONS = _table("""about = kurich(u|) patti pati karyathil
with = koode kude oppam odoppam; through = vazhi moolam; like = pole; until = vare; since = muthal
after = shesham sesham kazhinju; before = mun(p|b)u mumbu munne; for = vendi; between = thammil
according to = anusarich(u|) prakaaram prakaram; during = samayath(u|); against = ethire; without = illathe""")
# the case endings as the idioms leave them, one spelling each, typed apart too ("Rudd nte"): of, an
# object's, to, in ...
_CASES = {**dict.fromkeys("inte nte ude yude".split(), "of"), "ine": "", "ne": "", "inu": "to", "nu": "to",
          "kku": "to", "il": "in", "ile": "in", "ninnu": "from", "ilninnu": "from", "ilekku": "to", "aal": "by",
          "odu": "to", "ode": "to"}
# an ending hyphened in any spelling ("Rudd-de", "FBI-kk") → its one spelling ("-o", asking, left out)
_HYPHENED = {w: one for one, spellings in (
    ("inte", "inte nte nde ude yude de te"), ("ine", "ine ne ye e"), ("inu", "inu nu kku ikku kk"),
    ("il", "il ile yil le ilu"), ("aal", "aal al"), ("odu", "odu ode inodu nodu"), ("ninnu", "ninnu ilninnu ninn nnu"),
    ("ilekku", "ilekku lekku ekku"), ("um", "um"), ("aano", "aano ano"), ("aanu", "aanu anu"),
    ("", "o")) for w in spellings.split()}
# ... and glued to a name or to a story's English noun
_GLUED = ("ilninnu", "ilekku", "ninnu", "inodu", "inte", "yude", "ude", "nte", "ikku", "kku", "inu", "yil", "ile",
          "il", "ine", "ye", "odu", "ode")
# names and words that only end like an ending
_NOT_GLUED = frozenset("april brazil until civil evil council engine online palestine marine claude include".split())
_NOUNS = frozenset("""attacker police officer article bridge car government company companies app phone message
    messages law laws show programme minister attack victims group terrorists warrant party election wall""".split())

# fillers: "ketto" (you know), "machane", "chetta" (mate, brother), "alle" (isn't it), "parayamo" (tell me)
_MALAYALAM_DROPPED = frozenset("""ketto keto machane machan macha mone mole da di eda edi chetta chetto chechi bro
    aliya ikka sir please pls plz thanne alle allo okke sheri ulla parayamo parayumo parayu ille vechu""".split())

# Malayalam script, romanized
_SCRIPT = dict(zip("""എന്ത് എന്താണ് ആര് ആരാണ് എപ്പോൾ എവിടെ എന്തുകൊണ്ട് എത്ര ഏത് എങ്ങനെ പറഞ്ഞു പറഞ്ഞത്
    ആണ്""".split(), """enthu enthaanu aaru aaranu eppol evide enthukondu ethra ethu engane paranju paranjathu
    aanu""".split()))

# -- the idioms


def _split(m: re.Match) -> str:
    """A name or a story's noun with its ending glued on, the ending apart ("Masoodinte" → "Masood inte",
    "FBIkku" → "FBI inu", "bridgil" → "bridge il")."""
    word, low = m.group(0), m.group(0).lower()
    if low in _MALAYALAM or low in _NOT_GLUED or low in _NOUNS:
        return word
    for end in (e for e in _GLUED if low.endswith(e) and len(low) > len(e) + 1):
        stem = word[:-len(end)]
        if not word[0].isupper():
            noun = next((n for n in (stem, stem + "e") if n in _NOUNS), None)
            if noun:
                return f"{noun} {_HYPHENED[end]}"
        # ("Obamayude", "UKil", "Ruddine", but not "Ukraine")
        elif not (end[0] == "y" and stem[-1].lower() not in "aeiou" or end in ("il", "ine", "ude", "ode", "odu", "ile")
                  and not stem.isupper() and (len(stem) < 3 or stem[-1].lower() in "aeiou" and end != "ude")):
            return f"{stem} {_HYPHENED[end]}"
    return word


def _noun_case(m: re.Match) -> str:
    """A noun of Malayalam with its ending, the ending apart ("paalathil" → "paalam il")."""
    low = m.group(0)
    for end, stem, case in (w.split(":") for w in "athinte:am:inte athil:am:il athe:am:ine yude::inte "
                            "yil::il inte::inte ude::inte inodu::odu il::il inu::inu ine::ine".split()):
        base = low[:-len(end)] + stem
        if low.endswith(end) and low not in _MALAYALAM and base in _MALAYALAM and " " not in _MALAYALAM[base] \
                and not re.search(r"ed$|s$|^(?:is|was|not)$", _MALAYALAM[base]):
            return f"{base} {case}"
    return low


def _have(m: re.Match) -> str:
    """"Masood-inu criminal record undayirunno": did Masood have a criminal record."""
    who, what, aux = m.group(2), m.group(3), "did" if re.search("ayir|arun", m.group(4)) else "does"
    asked = re.match(r"(ethra|ethre|etra|ethu|eth|enthu|enth)\s+(.+)", what)
    if asked:
        return f"{m.group(1)}{'how many' if asked.group(1)[3] == 'r' else 'which'} {asked.group(2)} {aux} {who} have"
    last = what.split()[-1].lower()
    a = "" if _MALAYALAM.get(last, last).endswith("s") or what.split()[0].lower() in _MALAYALAM else "a "
    return f"{m.group(1)}{aux} {who} have {a}{what}"


# an English verb with "cheyyuka" (do): "unlock cheytho" (did unlock), "arrest aayi" (was arrested); a verb before
# "kazhiyum" (can): "vaayikkan kazhiyumo", "unlock cheyyan pattumo"
_DO = _table("""did {} = cheyth(u|o|athu|ath|irunnu|irunno|ittundo) chaith(u|o); does {} = cheyyunn(u|athu)
will {} = cheyyum(o|); did not {} = cheythilla chaithilla; to {} = cheyy(a|aa)n; {pp} = cheytha chaitha
was {pp} = cheyya(pp|p)(ettu|etto|ettathu) aayi ayi aayo""")
_MODALS = _table("""can {} = kazhiyum(o|) pattum(o|); could {} = kazhinj(u|o) pattiyo; could not {} = kazhinjilla
cannot {} = kazhiyilla pattilla; wants to {} = venam(o|) aagrahikkunnu
refused to {} = nishedhich(u|athu) visammathich(u|athu); agreed to {} = sammathichu""")
_IRREGULAR = dict(w.split(":") for w in """write:wrote say:said drive:drove shoot:shot send:sent meet:met find:found
    give:gave take:took buy:bought pay:paid read:read hide:hid know:knew win:won come:came go:went do:did
    speak:spoke become:became hold:held get:got""".split())
_PARTICIPLE = dict(w.split(":") for w in "write:written drive:driven give:given take:taken hide:hidden".split())


def _past_of(base: str) -> str:
    """"unlock", "stab" → "unlocked", "stabbed"."""
    head, _, tail = base.partition(" ")
    past = _IRREGULAR.get(head) or (head + "d" if head.endswith("e") else head[:-1] + "ied" if re.search(
        r"[^aeiou]y$", head) else head + head[-1] * bool(re.search(r"^[^aeiou]*[aeiou][bdgmnpt]$", head)) + "ed")
    return f"{past} {tail}".strip()


def _do(m: re.Match) -> str:
    """An English verb with its Malayalam "do" (``_DO``)."""
    word, do = m.group(1), m.group(2).lower()
    if word.lower() in _MALAYALAM or word.lower() in _MALAYALAM_DROPPED or not word.islower() or \
            do.startswith("a") and word not in ("arrest", "ban", "kill", "injure", "elect", "release", "hack", "block",
                                                "charge", "jail", "shoot", "stab", "appoint", "sack", "fire"):
        return m.group(0)
    return _DO[do].format(word, pp=_PARTICIPLE.get(word) or _past_of(word))


def _modal(m: re.Match) -> str:
    """"vaayikkan kazhiyumo", "unlock cheyyan pattumo" → "can read", "can unlock"."""
    word, do, modal = m.group(1), m.group(2), m.group(3).lower()
    gloss = _MALAYALAM.get(word.lower(), "")
    if do and gloss:
        # "enthu cheyyan kazhiyum": what can ... do
        return f"{word} {_MODALS[modal].format('do')}"
    base = word if do and word.islower() else gloss[3:] if not do and gloss.startswith("to ") else None
    return m.group(0) if base is None else _MODALS[modal].format(base)


_ETHRA = r"(?:ethra|ethre|etra)"
_THE_OLD = r"(?:vayass?u?|vayas|prayam)"
_END = r"(?=\s*[?.!]*\s*$)"
_MALAYALAM_IDIOMS = Idioms([
    # Malayalam script, as typed in Latin letters
    (r"[\u0d00-\u0d7f]+", lambda m: _SCRIPT.get(m.group(0), m.group(0))),
    # endings hyphened to a word ("Rudd-inte", "FBI-kku", "Rudd-um May-um") or glued to it
    (r"(?<=[\w.])-(%s)\b" % "|".join(sorted(_HYPHENED, key=len, reverse=True)),
     lambda m: " " + _HYPHENED[m.group(1).lower()]),
    (r"\b[A-Za-z][A-Za-z0-9]{3,}\b", _split), (r"(?<=\w) um\s+(\S+)\s+um\b", r" and \1"),
    # asking in two words
    (r"(?:\s+(?:inte|inu))?\s*\b(?:%s\s+%s|%s\s+%s)\w*(?:\s+(aa?yirunnu|aa?runnu|aa?nu|und(?:aa?yirunnu|arunnu|u)?))?\b"
     % (_THE_OLD, _ETHRA, _ETHRA, _THE_OLD), lambda m: " how old %s " % ("is" if re.search(
         r"aa?nu$|undu?$", m.group(0)) else "was")),
    (r"\b%s\s+(?:per(?:u|e|ine|kku)?|aalukal\w*|aalkar\w*|janangal\w*)(?:\s+(?:ine|inu))?" % _ETHRA, "how many people"),
    (r"\b%s\s+(?:thavana|pravashyam|vattam)\b" % _ETHRA, "how many times"),
    (r"\b%s\s+(?:kaalam|kalam|naal|neram|samayam)\w*" % _ETHRA, "how long"),
    (r"\b%s\s+(?:roopa|rupa|panam|paisa|pound|dollar)\w*" % _ETHRA, "how much money"),
    (r"\b%s(?:ya(?:a?nu)?)?%s" % (_ETHRA, _END), "how much"),
    (r"\b(?:eppo(?:l|zh)?|epo)\s+(?:muthal|thottu)\b", "since when"), (r"\bevide\s+ninn\w*", "from where"),
    (r"\b(?:enth?u?|ethu?)\s+(?:tharam|type|maathiri|mathiri|vidham)\b", "what kind of"),
    (r"\b(?:entha|enthaa|enthu|enth)\s+(?:pattiye|patti|pattiyathu|pattu)\b", "what happened"),
    (r"\baarude\s+(?:koode|kude|oppam)\b", "with whom"),
    (r"^(\s*)(.+?)\s+(?:aarude(?:th|d)(?:u|aanu|anu)|aarude\s+aa?nu)%s" % _END, r"\1who owns \2"),
    # having: "Masood-inu criminal record undayirunno", "Masood-inte kayyil ... undu"
    (r"^(\s*)(.+?)\s+(?:inu|nu|kku|inte\s+ka(?:yy|i)il)\s+(.+?)\s+(und(?:aa?yirunn?o|aa?yirunnu|arunn?[ou]|o|u)?)%s"
     % _END, _have),
    # the story's phrases
    (r"\b(?:kutta\s*kr[iu]thya|criminal)\s+(?:charit?h?ram|history|record)\b", "criminal record"),
    (r"\bislamika?\s+(?:raa?shtram|state)\b", "Islamic State"),
    (r"\b(?:responsibility|ut+h?aravaa?dith[vw]am)\s+(?:ett?edu(?:th|tth)|ettu\s*eduth)\w*", "claimed responsibility"),
    (r"\ba?abhyan[dt]hara\s+(?:manth?ri|sekrattari|secretary)\b|\bhome\s+(?:minister|manthri)\b",
     "Home Secretary"),
    (r"\bpolice\s*(?:udyogasth[ae]n|kaar[ae]n|kar[ae]n)(e|ine|inte|ude|inu|u|)\b",
     lambda m: "police officer " + {"u": "inu", "e": "ine", "ude": "inte"}.get(m.group(1).lower(), m.group(1))),
    (r"\bneend?u?\s*(?:ninnu|nilkkunnu|nilkkum|ninno)\b", "lasted"), (r"\bparikk?u?\s*patt\w*", "were injured"),
    (r"\bvaa?rtha?a?\s+(?:ajansi|agency)\b", "news agency"),
    (r"\b(?:yatha?artha|sh?ariyaya|sherikkulla|original|asal)\s+(?:peru|per|peyar)\b", "real name"),
    (r"\bvaa?daka(?:y|)k?ku?\s*(?:eduth|edutha)\w*|\brent\s+inu\s+eduth\w*", "rented"),
    (r"\bvaa?daka\s+(?=car|vandi|van\b)", "rented "),
    (r"\bvedi\s*v[ae]chu?\s*konn(?:u|o|athu)\b", "shot dead"), (r"\bvedi\s*v[ae]ch(?:u|o|athu)?\b", "shot"),
    (r"\bkuthik?\s*konn(?:u|o|athu)\b", "stabbed to death"),
    (r"\bo?odich\w*\s*(?:kayatti|keri)\w*", "drove into"),
    (r"\bthaniye\s+(?:aa?no\s+|aa?nu\s+|aa?yirunno\s+)?(?:pravarthich|cheyth|chaith|aakramich)\w*", "acted alone"),
    (r"\bmarupadi\s+(?:paranj|nalk|koduth)\w*", "answered"),
    (r"\b(?:islam(?:ilekku|il)?|matham)\s+maa?r\w*", "converted to Islam"),
    (r"\b(?:panam|paisa)\s+(?:koduth|adach|nalk)\w*", "paid"),
    # "X aayi nominate cheythu": nominated as X
    (r"\b((?:(?-i:[A-Z])\w*\s+)?\w+)\s+aayi\s+(?=[a-z]+\s+(?:cheyth|chaith)|niyamich)", r"as \1 "),
    (r"\bjoli\s+(?:cheyth|chaith)\w*", "worked"),
    (r"\b(?:ettavum\s+)?(?:avasanam|oduvil)\b|\blast\s+il\b", "in the end"),
    # "olikkan ulla sthalam": a place to hide; "attack nadanna divasam": the day of the attack
    (r"\b(\w+k(?:a|aa)n)\s+(?:ulla|pattiya)\s+(\w+)", r"\2 \1"), (r"\b(\S+)\s+nadanna\s+(\w+)", r"\2 of the \1"),
    (r"\b[a-z]{5,}\b", _noun_case),
    (r"\b(\w+)\s+(?:(cheyy?(?:a|aa)n)\s+)?(%s)\b" % "|".join(_MODALS), _modal),
    (r"\b(\w+)\s+(%s)\b" % "|".join(sorted(_DO, key=len, reverse=True)), _do),
    # the endings last, their nouns in English
    (r"(?s)^.*$", lambda m: _endings(m.group(0))),
])


# -- the endings in English
# "ee article-il": in this article
_MODIFIERS = frozenset("""ee aa oru ethu eth etha the this that a an new old other last first secret encrypted rented
    real his her puthiya pazhaya mattu avante avarude avalude athinte""".split())
# places, which name an attack ("Westminster attack-il"); another name opening a clause is its subject
_PLACES = frozenset("Westminster London Manchester Birmingham Paris Berlin UK US".split())
# a name's first words ("Amber Rudd", "Saudi Arabia")
_GIVEN = frozenset("""Amber Khalid Theresa Andrew Donald Hillary Barack Bernie Keith Sean New Saudi
    United Downing White Islamic""".split())
_HEADS = frozenset("""bridge state secretary street house office party minister court parliament police news show
    agency services security states yard senate congress attack director messages message""".split())
_COMPOUNDS = frozenset(c.replace("_", " ") for c in """police_officer home_secretary news_agency prime_minister
    criminal_record islamic_state tech_companies real_name white_house""".split())
# "X-inu ariyamo": does X know (the dative is the subject)
_DATIVE_SUBJECT = ("ariy", "ven", "kazhi", "patt", "kitt", "parikk", "paruk", "arinj", "can", "could", "wants",
                   "got")
_COPULAS = frozenset("aanu anu aan aano ano aayirunnu ayirunnu aarunnu aayirunno".split())
_AUXILIARIES = ("was", "were", "did", "does", "can", "could", "cannot", "will", "acted")
_ON = tuple("bridge paalam palam paripadi show programme whatsapp twitter phone app sunday wednesday day".split())
_KNOWN = frozenset(_MALAYALAM) | _MALAYALAM_DROPPED | frozenset(_POSTPOSITIONS) | frozenset(_CASES)
_CLAUSE_END = re.compile(r"\s+(?:ennu|enn)\b|\s*[,;]\s+|\s*[?.!]+\s*$")


def _np_start(words: list[str], subject_first: bool = False) -> int:
    """Where the noun phrase ending ``words`` begins; a name opening the clause is its subject when
    ``subject_first`` ("Masood attack-inu munpu ...")."""
    j = len(words) - 1
    while j > 0:
        p, cur, first = words[j - 1], words[j], words[j - 2] if j > 1 else ""
        if p == "and" and first:
            j -= 2  # "Apple-um FBI-um thammil": between Apple and FBI
        elif p.lower() in _MODIFIERS or p.isdigit() or p.endswith(("'s", "’s")) or f"{p} {cur}".lower() in _COMPOUNDS \
                or p[:1].isupper() and p.lower() not in _MALAYALAM and (cur[:1].isupper() and (
                    p in _GIVEN or cur.lower() in _HEADS) or cur.islower() and _MALAYALAM.get(cur, cur) in _HEADS) \
                or p.islower() and cur.islower() and not first.islower() and not {p, cur} & _KNOWN:
            j -= 1
        else:
            break
    if subject_first and j == 0 and words[0][:1].isupper() and words[0] not in _PLACES and "'" not in words[0]:
        j = next((h for h in range(1, len(words)) if words[h].islower() and words[h - 1][:1].isupper()), 0)
    return j


def _clause(text: str) -> str:
    """A clause's endings in English, each with its noun, at the clause's end ("Rudd WhatsApp ine
    kurichu enthu paranju" → "Rudd enthu paranju about WhatsApp")."""
    words, out, moved, k = text.split(), [], [], 0
    while k < len(words):
        low, k = words[k].lower(), k + 1
        nxt, later = [w.lower() for w in words[k:k + 3]], [w.lower() for w in words[k:]]
        verb = _MALAYALAM.get(nxt[0], nxt[0]) if nxt else ""
        if low in _COPULAS and verb and (verb in _BASE or verb.split()[0] in _AUXILIARIES):
            continue  # "evide aanu thaamasichathu": where (is it that) he lived
        english = _POSTPOSITIONS.get(low) or _CASES.get(low)
        # ("aal" after a word of Malayalam is a person: "aa aal")
        if not out or english is None or low == "aal" and out[-1].lower() in _MALAYALAM:
            out.append(words[k - 1])
            continue
        if english == "of" and nxt[:2] == ["claimed", "responsibility"]:
            english = "for"
        elif english in ("of", ""):
            # an owner ("attacker's name"); an object, marked for ``_malayalam_order``; neither before a
            # postposition ("WhatsApp-ine kurichu") or a question word ("Masood-inte how old")
            if nxt and (nxt[0] in _POSTPOSITIONS or nxt[0] in _CASES or nxt[0] == "how"):
                continue
            if english:
                out[-1] = _MALAYALAM.get(out[-1].lower(), out[-1])
                out[-1] += "'" if out[-1].endswith("s") else "'s"
            else:
                out.append("_o")
            continue
        elif low in ("inu", "nu", "kku"):
            if nxt and nxt[0] in _POSTPOSITIONS:
                english, k = _POSTPOSITIONS[nxt[0]], k + 1
            elif nxt[:2] == ["how", "old"] or any(w.startswith(_DATIVE_SUBJECT) for w in later) and (
                    out[-1][:1].isupper() or out[-1].lower() in _THE or "venam" not in later):
                out.append("_S")  # "police-inu ariyamo": do the police know (the subject ends there)
                continue
            elif "venam" in later or any(_MALAYALAM.get(w, "").startswith("to ") for w in nxt):
                english = "for"  # "wall-inu ... venam", needed for the wall; "terrorists-inu olikkan", to hide
        elif low in ("il", "ile") and nxt[:1] in (["ninnu"], ["ninn"], ["vechu"]):
            english, k = "from" if nxt[0][0] == "n" else "in", k + 1
        elif low in ("odu", "ode"):
            english = "with" if any(w.startswith(("sams", "saha", "kood", "kand", "spok", "coop")) for w in nxt) else \
                "from" if any(w.startswith(("aavash", "avash", "chodi", "demand")) for w in nxt) else "to"
        start = _np_start(out, not any(w.startswith(("aar", "ethr", "how", "who")) for w in later) and any(
            _MALAYALAM.get(w, w) in _BASE and _MALAYALAM.get(w, w) not in _UNDONE for w in later))
        noun = " ".join(out[start:])
        if english == "in" and noun.lower().endswith(_ON):
            english = "on"
        elif english == "in" and any(_MALAYALAM.get(w) in ("went", "came") for w in later):
            english = "to"
        moved.append(f"{english} {noun}")
        del out[start:]
    return " ".join(w for w in out + moved if w != "_S")


def _endings(text: str) -> str:
    """``text``'s endings in English, clause by clause ("ennu", that, ends one)."""
    out, pos = [], 0
    for m in _CLAUSE_END.finditer(text):
        out += [_clause(text[pos:m.start()]), m.group(0).strip()]
        pos = m.end()
    return " ".join(x for x in out + [_clause(text[pos:])] if x)


# -- English order
# the verbs glossed, and their base forms
_BASE = {**{p: b for b, p in _IRREGULAR.items()}, **{_past_of(b): b for b in """kill die stab ram rent use open live
    answer cooperate refuse prevent force attack ban call blame resign claim demand ask unlock arrest respond agree
    escape happen work convert tweet vote last help appoint""".split()}, "caught": "catch", "shot dead": "shoot dead",
    "drove into": "drive into", "stabbed to death": "stab to death", "claimed responsibility": "claim responsibility",
    "acted alone": "act alone", "converted to Islam": "convert to Islam", "found out": "find out", "said": "say",
    "cooperates": "cooperate", "does": "do", **{w: w[:-1] for w in """says wants needs knows lives uses claims demands
    asks sends writes opposes meets owns""".split()}}
_UNDONE = frozenset("happened died came went lived became escaped".split())
_PRESENT = frozenset(w for w in _BASE if w.endswith("s") and w != "was")
_ASK = (r"how old|how long|how many times|how much money|how many|how much|since when|from where|to whom|with whom|"
        r"by whom|whose|what kind of|which|what|who|whom|when|where|why|how")
_AUX = r"did not|does not|did|does|cannot|could not|could|can|will not|will|wants to|refused to|agreed to|to"
_PASSIVE = r"(?:was|were|is|are)\s+(?:born|shot dead|stabbed|shot|killed|injured|caught|[a-z]+ed)"
_PREPOSITIONS = r"in|on|at|about|with|without|for|to|from|by|against|after|before|during|through|until|since|" \
    r"like|among|between|as|according to|in the end"
_THE = frozenset("""attacker article headline author police car bridge attack government perpetrator journalist
    programme show interview election minister victims pedestrians""".split())
_ADVERBS = frozenset("not also alone really exactly only that and now then".split())
_AFTER = rf"(?:\s+(?P<after>(?:{_PREPOSITIONS})\b.*))?$"
_VERBS = r"(?:%s)\s+[a-z]+(?:\s+(?:alone|over|out|up|dead|into|for|responsibility))?|%s|%s" % (
    _AUX, _PASSIVE, "|".join(sorted(map(re.escape, _BASE), key=len, reverse=True)))
# the words after which a noun takes "the" ("who wrote the article", "in the attack")
_BEFORE_THE = rf"{_PREPOSITIONS}|of|is|was|are|were|did|does|do|can|could|will|that|and|or|[a-z]+ed|" + \
    "|".join(sorted(set(_BASE.values()) | set(_BASE), key=len, reverse=True))


def _units(text: str) -> list[list[str]]:
    """``text``'s phrases: a preposition's, a name, a noun with its modifiers, an object ("... _o")."""
    words, units, k = text.split(), [], 0
    while k < len(words):
        unit = []
        while k < len(words) and (re.fullmatch(_PREPOSITIONS, words[k]) or words[k].lower() in _MODIFIERS):
            unit.append(words[k])
            k += 1
        unit += words[k:k + 1]
        k += 1
        # ("Masood police officer _o": two phrases; "Andrew Marr show": one)
        while k < len(words) and words[k] != "_o" and (
                unit[-1][:1].isupper() and words[k][:1].isupper() and (unit[-1] in _GIVEN or words[k].lower() in _HEADS)
                or unit[-1].endswith(("'s", "’s")) or f"{unit[-1]} {words[k]}".lower() in _COMPOUNDS
                or unit[-1][:1].isupper() and words[k] in _HEADS and words[k] not in ("message", "messages")
                and "_o" not in words[k:k + 3]):
            unit.append(words[k])
            k += 1
        if words[k:k + 1] == ["_o"]:
            unit.append("_o")
            k += 1
        units.append(unit)
    return units


def _subject(text: str) -> tuple[str, str]:
    """The first phrase neither a preposition's nor an object, and the rest, objects first."""
    units = _units(text)
    for k, unit in enumerate(units):
        if unit and unit[-1] != "_o" and not re.fullmatch(_PREPOSITIONS, unit[0]) and unit[0].lower() not in _ADVERBS:
            others = sorted(units[:k] + units[k + 1:], key=lambda u: bool(re.fullmatch(_PREPOSITIONS, u[0])))
            return " ".join(unit), " ".join(w for u in others for w in u)
    return "", text


def _auxiliary(verb: str) -> tuple[str, str]:
    """"did unlock", "said", "wants" → ("did", "unlock"), ("did", "say"), ("does", "want")."""
    m = re.match(rf"^({_AUX}|was|were|is|are)\s+(.+)$", verb)
    if m and verb not in _BASE:
        aux = m.group(1)
        if aux.endswith("to"):
            return ("does" if aux.startswith("want") else "did"), (
                _BASE.get(aux[:-3], aux[:-3]) + " to " if aux != "to" else "") + m.group(2)
        return aux, m.group(2)
    if verb in ("was", "were", "is", "are"):
        return verb, ""
    base = _BASE.get(verb, verb)
    return ("does" if verb in _PRESENT else "do" if verb == base else "did"), base


def _join(*words: str) -> str:
    return " ".join(w for w in words if w)


def _with_object(verb: str, rest: str) -> str:
    """"stab", "the officer" → "stab the officer"; "shoot dead", "Masood" → "shoot Masood dead"."""
    head, _, tail = verb.partition(" ")
    return f"{head} {rest} {tail}" if rest and tail in ("dead", "to death") else _join(verb, rest)


def _negated(aux: str, base: str) -> tuple[str, str]:
    """("did not", "help") → ("did", "not help"): the subject goes between."""
    return (aux[:-4], "not " + base) if aux.endswith(" not") else ("can", "not " + base) if aux == "cannot" \
        else (aux, base)


def _asked(before: str, ask: str, between: str, verb: str, after: str) -> str:
    """A question whose question word and verb came last, in English order."""
    nouns = [w for w in between.split() if w not in ("is", "was")]
    if ask in ("what", "which", "how many", "how much", "whose", "what kind of") and nouns and \
            nouns[0].islower() and nouns[0] != "_o" and not re.fullmatch(_PREPOSITIONS, nouns[0]):
        # ("how many police officers", "which company's car")
        take = 2 if re.sub("s$", "", " ".join(nouns[:2]).lower()) in _COMPOUNDS or nouns[0].endswith("'s") else 1
        ask, nouns = f"{ask} {' '.join(nouns[:take])}", [w for w in nouns[take:] if w != "_o"]
    if ask == "from where":
        ask, after = "where", f"{after} from".strip()
    aux, base = _auxiliary(verb)
    words = _join(before, " ".join(nouns))
    subject, rest = _subject(words)
    # of the subject: "who wrote", "what happened", "how many people died"
    if ask.split()[0] in ("who", "whose") or not subject or ask.startswith(("how many", "which")) and aux in (
            "was", "were"):
        if not subject and verb == "needs":
            verb, aux = "is needed", ""
        if verb not in _BASE and aux in ("did", "does"):
            verb = _past_of(base) if aux == "did" else re.sub(r"^(\w+)", r"\1s", base)
        if ask.startswith("how many") and aux == "was":
            verb = "were" + verb[3:]
        return _join(ask, verb, words, after)
    aux, base = _negated(aux, base)
    return _join(ask, aux, subject, _with_object(base, rest), after)


def _reordered(body: str, end: str) -> str | None:
    """``body`` in English order, or None."""
    if re.match(r"(?:did|does|do|is|was|are|were|can|could|will|has|have|had)\b", body):
        return None
    # "X that who said": who said that X; "X that Rudd said": did Rudd say that X
    m = re.match(r"^(.+?)\s+that\s+(?:(who)\s+|(.+?)\s+)?(said|says|wrote|claimed|asked|demanded)$", body)
    if m:
        said = re.sub(r"^(\S+) (.+?) (is|was)\b", r"\1 \3 \2", m.group(1))  # "WhatsApp place is": WhatsApp is place
        if m.group(2):
            return f"who {m.group(4)} that {said}"
        if m.group(3) and not re.search(rf"\b(?:{_ASK})\b", m.group(3)):
            return f"did {m.group(3)} {_BASE.get(m.group(4), 'say')} that {said}"
        return None
    # "Rudd spoke on which programme": on which programme did Rudd speak
    pp = re.search(rf"(?:^|\s+)((?:{_PREPOSITIONS})\s+(?:which|what)\s+[\w']+)(?=\s|$)", body)
    rest = f"{body[:pp.start()]} {body[pp.end():]}".strip() if pp else ""
    if pp and not re.search(rf"\b(?:{_ASK})\b", rest):
        m = re.match(rf"^(?P<before>.*?)\s*\b(?P<verb>{_VERBS})" + _AFTER, rest)
        if m:
            before = re.sub(r"\s*\b(?:is|was)\b", "", m.group("before"))
            return _asked(before, pp.group(1), "", m.group("verb"), m.group("after") or "")
        m = re.match(r"^(.+?)\s+(is|was)$", rest)
        if m:  # "Clinton is in which party": in which party is Clinton
            return f"{pp.group(1)} {m.group(2)} {m.group(1)}"
    # the question word, then the verb ("Rudd what said"), or the verb, then the question word ("Rudd said what")
    m = re.match(rf"^(?P<before>.*?)\s*\b(?P<ask>{_ASK})\b(?:\s+(?P<between>.*?))?\s+(?P<verb>{_VERBS})"
                 + _AFTER, body) or re.match(rf"^(?P<before>.+?)\s+(?P<verb>{_VERBS})\s+(?:(?:is|was)\s+)?"
                                             rf"(?P<ask>{_ASK})(?:\s+(?:is|was))?" + _AFTER, body)
    if m:
        return _asked(m.group("before") or "", m.group("ask"), m.groupdict().get("between") or "", m.group("verb"),
                      m.group("after") or "")
    # no verb: "attacker's name what", "attacker who was", "Obama how many years president was"
    m = re.match(rf"^(?P<before>.+?)\s+(?P<ask>{_ASK})(?:\s+(?P<noun>(?!(?:is|was|are|were)\b)[a-z]+))?"
                 rf"(?:(?:\s+(?P<pred>[\w' ]+?))?\s+(?P<cop>is|was|are|were)(?:\s+(?P<was>was))?)?" + _AFTER, body)
    if m and not re.search(rf"\b(?:{_VERBS})\b", m.group("before")):
        ask, before, noun = m.group("ask"), re.sub(r"\s+_o$", "", m.group("before")), m.group("noun")
        cop = m.group("was") or m.group("cop") or ("was" if ask in ("when", "how long") else "is")
        after = f" {m.group('after')}" if m.group("after") else ""
        if m.group("pred"):
            return f"{ask}{' ' + noun if noun else ''} {cop} {before} {m.group('pred')}{after}"
        if noun:
            return f"{ask} {cop} {before} {noun}{after}" if before.endswith(("'s", "’s")) else \
                f"{ask} {noun} {cop} {before}{after}"
        return f"{'what' if ask == 'which' else ask} {cop} {before}{after}"
    # "aaranu Khalid Masood": who is Khalid Masood
    m = re.match(r"^(who|what|where|whose)\s+(?!(?:is|was|are|were|did|does|do|can)\b)(.+)$", body)
    if m and not re.search(rf"\b(?:{_VERBS}|is|was|are|were)\b", m.group(2)):
        return f"{m.group(1)} is {m.group(2)}"
    # yes or no: "FBI iPhone _o did unlock", "Masood attacker is it"
    if re.search(rf"\b(?:{_ASK})\b", body) or not end:
        return None
    body = re.sub(r"\s+(?:is it|was it)\b(?=.*\b(?:%s)\b)" % _VERBS, "", body)
    m = re.match(rf"^(?P<before>.+?)\s+(?P<verb>{_VERBS}|is there|was there|was it|is it|was|were|is|are)" + _AFTER,
                 body)
    if not m:
        return None
    subject, rest = _subject(m.group("before"))
    verb, after = {"is it": "is", "was it": "was"}.get(m.group("verb"), m.group("verb")), m.group("after") or ""
    if verb in ("is there", "was there"):
        return _join(verb, m.group("before"), after)
    aux, base = _negated(*_auxiliary(verb))
    if not subject:
        return None
    if re.search(r"\b[a-z]+[^s'\s]s\b", m.group("before")):
        aux = {"is": "are", "was": "were"}.get(aux, aux)
    return _join(aux, subject, _with_object(base, rest), after)


def _articles(text: str) -> str:
    """"who wrote article", "in attack" → "who wrote the article", "in the attack"."""
    out: list[str] = []
    for w in text.split(" "):
        if re.sub(r"['’]s$", "", w) in _THE and (not out or re.fullmatch(_BEFORE_THE, out[-1])) and \
                " ".join(out[-2:]) not in ("how many", "how much"):
            out.append("the")
        out.append(w)
    return " ".join(out)


def _malayalam_order(glossed: str) -> str:
    """A question glossed word for word in English order ("Rudd what said about WhatsApp?" → "what did
    Rudd say about WhatsApp?", "FBI iPhone _o did unlock?" → "did FBI unlock iPhone?"), or as it is."""
    parts = re.split(r"(?<=[?.!])\s+(?=\w)", glossed.strip())
    if len(parts) > 1:
        return " ".join(map(_malayalam_order, parts))
    m = re.match(r"^\s*(.*?)\s*([?.!]*)\s*$", glossed, re.S)
    body, end = m.group(1).strip(" ,"), m.group(2)
    # "what there was in ...", "how many officers there was": what was, how many were there
    body = re.sub(r"^(what|who|which|how many(?: (?!there)[a-z]+){1,2}) there (was|is)\b", lambda m: m.group(1) + (
        {"was": " were there", "is": " are there"}[m.group(2)] if m.group(1)[1] == "o" else " " + m.group(2)), body)
    body = re.sub(r"\s+_o\b|\b_o\s+", " ", _reordered(body, end) or body)
    return _articles(re.sub(r"\s{2,}", " ", body).strip()) + end


_MALAYALAM.update({**_POSTPOSITIONS, **{k: e for k, e in _CASES.items() if k != "aal"}})
# English words or names too: "per year", "Peru", "pole", "undo", "ode", "engine" (how)
_MALAYALAM_SHARED = frozenset("per peru pole undo ode engine".split())
# less the words of three letters ("und", "ano", the endings), of English and other languages ("alle" German,
# "inte" Swedish, "sarkar" Hindi), of chat ("please"), Tamil's too ("avan", "illa")
_MALAYALAM_MARK = frozenset(w for w in (*_MALAYALAM, *_MALAYALAM_DROPPED, *_DO, *_MODALS) if len(w) > 3) - \
    _MALAYALAM_SHARED - frozenset("""alle vere ninnu pinne ippo eppo please okke sheri ulla ille appol aayi aare pati
    patti vare vendi kathi kando aalu vandi munne prathi avan aval avar avaru athu adhu ithu idhu illa alla pole
    muthal thokku kavar vila udama yogam mattu nalki macha mole keto aliya allo vanno inte joli mantri sarkar
    suraksha""".split())
# Malayalam script, an ending hyphened to a word ("Rudd-inte") or glued to a name ("Masoodinte"), a closing
# "aano", a copula glued on ("aaraayirunnu") or a common verb: Malayalam however few its words ("unlock cheytho?")
_MALAYALAM_OPENING = re.compile(
    r"^.*?(?:[\u0d00-\u0d7f]|\w-(?:inte|nte|ude|yude|ine|ne|inu|nu|kku|ninnu|ilekku|inodu|aano|aanu|yil|il|ile)\b"
    r"|\baano\s*[?.!]*\s*$|(?-i:[A-Z])\w+(?:inte|inodu|ilekku)\b|\b\w*aa?(?:yi)?runn[ou]\b|\b(?:cheyth|chaith|cheyy|"
    r"paranj|ezhuth|samb[ha]v|nadann|undayir|kazhi|upayog|vaayich|ayach|thaa?mas|j[ae]nich|marich|kollapp|vedivech|"
    r"aakram|avaka|aavashya|avashyap|ettedu|jayich)[a-z]*\b)", re.S | re.I)

MALAYALAM = Language(_MALAYALAM_IDIOMS, _MALAYALAM, _MALAYALAM_DROPPED, _MALAYALAM_MARK, reorder=_malayalam_order,
                     shared=_MALAYALAM_SHARED, opening=_MALAYALAM_OPENING)
