"""Telugu mixed into English questions, read in English.

Telugus type a question's frame in romanized Telugu in chat's spellings ("evaru", "yevaru"), the story's names
and things in English ("Rudd WhatsApp gurinchi emi cheppindi?"). The verb comes last, the question word before
it, case endings after the noun, apart or joined ("Rudd ki", "articlelo"): ``_postpositions`` puts them before
their nouns, ``_telugu_order`` the question word and verb in English order. An English verb takes "cheyu"
("unlock chesaaru": did unlock); a verb of Telugu is written once, by its stems ("r(aa|a)s": "raasaaru").
"""
from __future__ import annotations

import re

from qabot.languages import Idioms, Language


def _expand(spec: str) -> list[str]:
    """Each spelling of "r(aa|a)s": "raas", "ras"."""
    out = [""]
    for part in re.split(r"(\([^)]*\))", spec):
        out = [o + a for o in out for a in (part[1:-1].split("|") if part[:1] == "(" else [part])]
    return out


# the endings of "they" and of things ("gaayapaddaaru": were injured)
_PLURAL = ("aaru", "aru", "aayi", "ayi", "aara", "aaraa", "ara", "araa")


def _table(text: str, ends: str = "") -> dict[str, str]:
    """Lines "english = spellings" ("was injured/were injured": the plural's after "/")."""
    words = {}
    for line in re.split(r"\n|; ", text.strip().replace("@", _PERSONS).replace("%", _NOW)):
        english, _, specs = line.partition(" = ")
        one, _, many = english.strip().partition("/")
        words.update({w: many if many and w.endswith(_PLURAL) else one for spec in specs.split()
                      for stem in _expand(spec) for w in (stem + e for e in ends.split() or [""])})
    return words


# -- verbs --
_IRREGULAR = dict(w.split(":") for w in """say:said write:wrote do:did shoot:shot drive:drove hit:hit find:found
    read:read send:sent come:came go:went give:gave take:took meet:met pay:paid buy:bought hide:hid catch:caught
    speak:spoke become:became win:won lose:lost know:knew""".split())


def _past_of(base: str) -> str:
    """"unlock", "stab", "ask for" → "unlocked", "stabbed", "asked for"."""
    head, _, tail = base.partition(" ")
    past = _IRREGULAR.get(head) or (head + "d" if head.endswith("e") else head + head[-1] * (head in (
        "stab", "ban", "stop", "plan")) + "ed")
    return f"{past} {tail}".strip()


_PERSONS = "(aadu|adu|aaru|aru|indi|aayi|ayi|aadaa|ada|aaraa|ara|indaa|inda)"
_NOW = "(aadu|adu|aaru|aru|undi|undhi|aayi|unnaadu|unnadu|unnaaru|unnaru|ondi|unnadi|aaraa|undaa|unnaaraa|unnara)"
# he, she or it, they, things; asking whether ("chesaadaa"); they say ("chesaaranta")
_PAST_ENDS = " ".join(_expand(_PERSONS)) + " aadhu indhi aada indha aara araa aadanta aaranta indanta"
# past stems ("chepp": "cheppaadu") and after "+" the moods' ("chadav": "chadavaali" must read; none: the past's)
_STEMS = """say = chep(p|) ann + chep(p|)
write = r(aa|a)(s|sh) + r(aa|a)y
do = ches chees + chey(y|)
happen = jarig
die = chanip(o|oo)y chachip(o|oo)y sachip(o|oo)y maraninch
kill = champ champ(e|)s chanp(e|)s + champ
stab = p(o|u)d(i|u)ch
shoot = (k|)(aa|a)lch (k|)(aa|a)lches
drive = nad(i|u)p
hit = gudd
use = v(aa|a)d upay(o|oo)ginch + v(aa|a)d
ask for = kor
ask = adig
announce = prakatinch
find = kanukkunn kanug(o|oo)nn kanipett
read = chad(i|u)v + chad(a|u)v
open = ter(i|a)ch + ter(a|u)v
send = pamp pampinch + pamp
live = nivasinch
come = va(ch|chch|cch)
go = vell
give = i(ch|chch|cch) + i(v|vv)
take = t(ee|i)suk(u|o)nn
meet = kalis + kal(a|u)v
pay = chellinch +
buy = konn
refuse = n(i|ee)r(aa|a)karinch
agree = opp(u|)kunn
cooperate = sahakarinch +
respond = spandinch +
stop = aap +
prevent = add(u|)kunn + add(u|)k(o|u)
hide = d(aa|a)ch +
call = pilich
speak = m(aa|a)t(l|)(aa|a)d
win = gelich
lose = odip(o|oo)y
injure = g(aa|a)yaparich
catch = pa(tt|t)(u|)kunn
know = telis
fire = t(ee|i)ses
elect = ennuk(u|o)nn
leave = vadil
demand = dimaand
think = anukunn
convert = m(aa|a)r m(aa|a)rchukunn
criticize = vimarshinch"""
_MOODS = _table("""did not {} = aledu aledhu aleda aledaa; must {} = aali ali aala
can {} = agalaru agaladu agalara agaladaa agalaraa agalavu
could {} = agaligaaru agaligindi agaligaadu agaligaara agaligindaa agaligaadaa
cannot {} = aleru alemu alevu; to {} = adaniki adaaniki adanki ataniki aalani alani
asked to {} = amani amannaaru amannaru amannadi""")
_PRESENT_ENDS = " ".join(_expand("(t|th)" + _NOW))
_SPECS = [(b, p, m or p * (s[-1:] == "+")) for b, _, s in (line.partition(" = ") for line in _STEMS.splitlines())
          for p, _, m in [s.rstrip(" +").partition(" + ")]]
_VERBS = {stem + end: english for base, past, _ in _SPECS for english in [_past_of(base)] for spec in past.split()
          for stem in _expand(spec) for end in _PAST_ENDS.split()}
_VERBS.update({stem + end: mood.format(base) for base, _, moods in _SPECS for spec in moods.split()
               for stem in _expand(spec) for end, mood in _MOODS.items()})
# "ayyaadu" he became, "ayyindi" it happened
_VERBS.update({"ayy" + e: "became" for e in _PAST_ENDS.split()})
_VERBS.update(_table("""happened = ayy(i|)ndi ayyindhi aindi aindhi ayindi ayindhi ayyinda ainda ayinda ayyaayi
was born/were born = pu(tt|t)@ janminch@
was injured/were injured = g(aa|a)y(a|aa)pad(d|)@
was killed/were killed = (champ|hatya)ab(a|)d(d|)@
was stabbed/were stabbed = p(o|u)d(a|i)vab(a|)d(d|)@
was shot/were shot = kalchab(a|)d(d|)@
says/say = chebu(t|th)% an(t|tt)%
wants/want = k(aa|a)v(aa|a)l(i|a|ani|aa) koru(kun|)(t|tt|th)% anukun(t|tt)%
knows = tel(u|)su; does not know = teliyadu teliyadhu telidu; did not know = teliyaledu teliyaledhu
knew = telusa telusaa telsa telisindaa; took = t(ee|i)sukun(d|dh)(i|aa|a)
lives/live = un(t|tt)(aadu|adu|aaru|aru|undi) nivasis(t|th)%
lived = unde(vaadu|vadu|vaaru|varu|di|vaalu|vaadaa|vaada|vaaraa); did = chese(vaadu|vadu|vaaru)
does/do = ches(t|th)%; uses/use = v(aa|a)d(u|a)(t|th)%; will meet = kalus(t|th)%; will come = vas(t|th)%
is = undi undhi unnadi unnaadu unnadu unnaadaa unnada untundi untundaa
are = unnaaru unnaru unnaayi unnayi unnaaraa unnara untaayi untaaya untaayaa
was = undindi undedhi; is there = unda undaa undha undhaa unnaaya unnaayaa"""))
# "cheyu" (do) and "avvu" (become) after an English verb
_CHEYU = {**_table("did {} = ches", _PAST_ENDS), **_table("does {}/do {} = ches", _PRESENT_ENDS),
          **{"chey" + y + e: mood for y in ("y", "") for e, mood in _MOODS.items()}}
_AVVU = frozenset(_table("x = ayy@ aindi ayindi ainda ayinda"))
_PARTICIPLES = frozenset("""arrest injure kill shoot stab ban release elect appoint hack block leak publish convict pass
    approve reject sign fire jail charge unlock open close suspend convert""".split())
# nouns that "cheyu" makes verbs ("daadi chesaadu": attacked)
_LIGHT = _table("""attack = d(aa|a)(d|dh)i; kill = hatya; help = sah(aa|a)yam; resign = r(aa|a)jin(aa|a)m(aa|a)
work = pani; arrest = arestu; cooperate = sahak(aa|a)ram; call = phonu""")


def _cheyu(m: re.Match) -> str:
    """"unlock chesaaru" → "did unlock", "arrest ayyaadu" → "was arrested"."""
    word, light = m.group(1), m.group(2).lower()
    low = _LIGHT.get(word.lower(), word.lower())
    if light in _AVVU:
        return f"{'were' if light.endswith(_PLURAL) else 'was'} {_past_of(low)}" if low in _PARTICIPLES else m.group(0)
    if light not in _CHEYU or (word.lower() in _TELUGU and word.lower() not in _LIGHT) or not word.islower():
        return m.group(0)
    return _CHEYU[light].format(low)


# -- the words --
_ASKED = _table("""what = emi yemi emiti yemiti emti yemti enti yenti em yem emitee emaite emundi emundhi emunnadi emani
who = evaru evvaru yevaru yevvaru evaroo evarru; whom = evarini evarni yevarini evvarini
to whom = evariki evarki yevariki evvariki; with whom = evaritho evarito yevaritho evarithoo
whose = evari yevari evaridi evaridhi yevaridi evvari
when = eppudu yeppudu epudu yepudu eppudoo
where = ekkada yekkada ekkad ekkadaa ekkadiki yekkadiki ekkadi yekkadi
from where = ekkadinunchi ekkadinundi yekkadinunchi ekkadnunchi
why = enduku yenduku endhuku yendhuku enduk endukani endhukani deniki deeniki
how = ela elaa yela yelaa etla ettaa; how many = enni yenni ennii; how much = entha yentha enta yenta enthaa
which = edi yedi edhi evi yevi""")
_NOUNS = _table("""attack = d(aa|a)(d|dh)i d(aa|a)(d|dh)ulu; suspect = nind(h|)i(t|th)udu; killer = han(t|th)akudu
police = p(o|oo)l(i|ee)s(u|)lu; officer = adhik(aa|a)ri adhik(aa|a)rulu; bridge = van(t|th)ena; car = k(aa|a)ru
vehicle = v(aa|a)hanam bandi; road = r(o|oo)ddu; pedestrians = p(aa|a)dach(aa|a)rulu
people = manush(u|)lu manush(u|)lni jan(aa|a)lu jan(aa|a)lni prajalu vyaktulu mandi mandini
person = vyak(t|th)i manishi; victims = b(aa|a)dhi(t|th)ulu; dead = mru(t|th)ulu
years = samvatsar(aa|a)lu (y|)ell(u|a) (y|)endlu; year = samvatsaram; age = vayas(s|)u vaya(s|ss)
day = r(o|oo)ju r(o|oo)juna dinam; days = r(o|oo)julu; week = v(aa|a)ram; month = nela
Sunday = (aa|a)div(aa|a)ram; Wednesday = budhav(aa|a)ram; Thursday = guruv(aa|a)ram
time = samayam; minutes = nimish(aa|a)lu; hours = gan(t|tt)alu; name = peru perlu
article = vy(aa|a)sam; headline = sh(ee|i)rshika; author = racha(y|)i(t|th)a; journalist = vilek(h|)ari
programme = k(aa|a)ryakramam; interview = mukh(aa|a)mukhi
government = prabhu(t|th)vam sark(aa|a)ru; minister = man(t|th)ri; law = chatt(a|)m; laws = chatt(aa|a)lu
message = sandes(h|)am; messages = sandes(h|)(aa|a)lu
company = sam(s|)tha san(s|)tha; companies = sam(s|)thalu san(s|)thalu; services = sevalu
security = bhad(r|)a(t|th)a suraksha; group = sam(oo|u)ham mutha; news = v(aa|a)r(t|th)a v(aa|a)r(t|th)alu
evidence = s(aa|a)kshyam s(aa|a)kshyalu (aa|a)dh(aa|a)r(aa|a)lu rujuvulu
soldier = sainikudu; phone = phonu; secret = rahasyam rahasya gopyam
place = ch(o|oo)tu prades(h|)am sthalam; terrorists = ugrav(aa|a)dulu t(ee|i)vrav(aa|a)dulu
terrorist = ugrav(aa|a)di; envelope = kavaru; owner = yajam(aa|a)ni; religion = ma(t|th)am dharmam
job = udyogam; work = pani; price = dhara; money = dabbu dabbulu; weapon = (aa|a)yudham
knife = ka(t|tt)(h|)i ch(aa|a)ku; gun = t(u|oo)p(aa|a)ki; fine = jarim(aa|a)na; meeting = sam(aa|a)ves(h|)am
response = spandana; answer = jav(aa|a)bu jawabu samaadhanam badulu; statement = prakatana
country = desam; city = nagaram; house = illu; family = kutumbam; wife = bh(aa|a)rya; children = pillalu
party = p(aa|a)rti; election = ennika ennikalu; leader = n(aa|a)yakudu; hospital = (aa|a)supa(t|th)ri
mosque = masidu; responsibility = b(aa|a)(d|dh)(h|)ya(t|th)a; connection = sambandham; marriage = pelli""")
# the oblique of a plural ("chattala gurinchi": about the laws)
_NOUNS.update({w[:-1] + "a": e for w, e in list(_NOUNS.items()) if w.endswith("lu") and w[:-1] + "a" not in _NOUNS})
_TELUGU = {**_VERBS, **_NOUNS, **_ASKED, **_table("""he = a(t|th)anu a(t|th)adu aayana ayana vaadu vadu
she = aame ame aavida avida; they = vaallu vallu vaaru; it = adi adhi; this = idi idhi ee; that = aa
his = a(t|th)ani vaadi; their = vaalla vaari; its = d(aa|a)ni deeni; anyone = evaraina evarainaa
a = oka; one = okati okaru; two = rendu iddaru; three = moodu mugguru; four = naalugu naluguru
and = mariyu; or = leda ledaa ledha leka; but = k(aa|a)ni kaanee; if = aithe ayithe; that = ani
not = ledu ledhu kaadu kaadhu; also = kuda kooda kudaa; only = m(aa|a)(t|tr)rame m(aa|a)tram
now = ippudu ipudu; then = appudu apudu; already = ippatike; again = malli
before = mundu mundhu munde gatamlo; after = tarv(aa|a)(t|th)a taruv(aa|a)(t|th)a tarwata
in the end = chivaraku chivariki chivaraki chivarlo (aa|a)khariki; first = modati modata; last = chivari
alone = okkade okkadu ontariga ontarigaa
exactly = khachi(t|th)anga kachi(t|th)anga kachitamga sari(g|gg)(a|aa)
really = nija(n|m)g(a|aa) nijame nijamenaa; many = ch(aa|a)la; all = anni andaru; some = konni kondaru
more = ekkuva; new = ko(t|tt)(h|)a nootana; other = vere itara; old = p(aa|a)(t|th)a; big = pedda
real = as(a|)li nijamaina; used = v(aa|a)dina; rented = adde addeki; written = r(aa|a)sina
dead = chanipoyina""")}
# the endings, after their noun (``_postpositions``)
_POSTPOSITIONS = _table("""in = lo loo lopala loni lona; to = ki ku loki; about = gur(i|u)nchi gurinche
with = tho thoo; from = nunchi nundi ninchi nunci; on = meeda mida meedha paina pai; at = daggara daggira dagara
for = kosam; by = dwara dvara dwaara dvaara valla; until = varaku daaka; without = lekunda lekundaa
according to = prak(aa|a)ram""")
_SECOND = {**_table("before = mundu mundhu munde; after = tarv(aa|a)(t|th)a taruv(aa|a)(t|th)a tarwata"),
           **{w: "from" for w, e in _POSTPOSITIONS.items() if e == "from"}}
# an ending with no noun before it
_TELUGU.update({w: e for w, e in _POSTPOSITIONS.items() if w not in _TELUGU})
# particles and talk: "ra", "andi" (polite), "kada" (isn't it), "anta" (they say), "cheppandi" (tell)
_TELUGU_DROPPED = frozenset("""ra raa re andi andii garu gaaru ga gaa kada kadaa kadha anta antaa ata ante antey asalu
    mari emo bro bhayya bava babu cheppandi cheppu chepu cheppandii chepthara cheppagalara cheppagalaraa chepparaa
    teliyajeyandi please pls plz naaku naku maaku meeku miku neeku nuvvu meeru nenu inka""".split())
# English words and tokens ("lo and behold", "Peru", "'em", "tho"), glossed before Telugu or a name
_TELUGU_SHARED = frozenset("lo ki ku tho pai ee aa adi idi em edi vadu peru oka ani mandi leka".split())

# -- the idioms --
_SCRIPT = dict(zip("""ఎవరు ఏమి ఏంటి ఏమిటి ఎప్పుడు ఎక్కడ ఎందుకు ఎన్ని ఎంత ఎలా ఏ ఎవరి ఏది చెప్పారు చెప్పింది చేశారు
    జరిగింది చనిపోయారు పేరు వయసు గురించి""".split(), """evaru emi enti emiti eppudu ekkada enduku enni entha ela e evari
    edi cheppaaru cheppindi chesaaru jarigindi chanipoyaaru peru vayasu gurinchi""".split()))
_ENDINGS = "gur(?:i|u)nchi|gurinche|nunchi|nundi|yokka|daggara|meeda|paina|kosam|tho|loki|loni|lo|ki|ku|ni|nu|pai"
# names that end as an ending does ("Helsinki", "Sunni")
_NOT_JOINED = frozenset("helsinki nikki sunni carlo marlo bikini toni rani".split())


def _joined(m: re.Match) -> str:
    """"articlelo", "Ruddki" → "article lo", "Rudd ki"; other words as typed."""
    word, stem, end = m.group(0), m.group(1), m.group(2)
    low = stem.lower()
    if word.lower() in _NOT_JOINED or word.lower() in _TELUGU or len(stem) < 2:
        return word
    if low in _NOUNS or low in _THE | _HEADS | _JOINED or end.startswith("gur") or stem[:1].isupper() and \
            len(stem) > 2 and (stem.isupper() or re.search(r"[bcdfghjklmnpqrstvwxyz]$", stem)):
        return f"{stem} {end}"
    return word


_HOW = _table("""how many people = mandi mandini manushulu manushulni janalu janaalu vyaktulu
how many times = s(aa|a)rlu s(aa|a)r(u|)lu s(aa|a)ri; how long = rojulu gantalu kaalam kalam sepu
how much money = dabbu dabbulu money""")
_WHAT = _table("""on what day = r(o|oo)ju r(o|oo)juna; in what year = samvatsaram; on what date = tedi date
at what time = time samayam samayamlo; what kind of = rakam rakamaina type""")
_DATIVE_SUBJECT = ("kaav", "kav", "telus", "telis", "teliy", "tels", "nach", "ishtam", "avasaram")
_NP = r"[A-Za-z][\w'’]*(?:\s+(?-i:[A-Z])\w*)?"
# the question's end, after its fillers ("undi kada?")
_END = r"(?=(?:\s+(?:kadh?aa?|raa?|andi|anta|bro))*\s*[?.!]*\s*$)"


def _asked_two(m: re.Match) -> str:
    """"enni mandi", "e roju ki" → "how many people", "on what day"."""
    which = m.group(1).lower() == "which"
    english = (_WHAT if which else _HOW).get(m.group(2).lower())
    return (english or f"{m.group(1)} {m.group(2)}") + (m.group(3) or "") * (not which or not english)


_TELUGU_IDIOMS = Idioms([
    # Telugu script; endings hyphened ("Rudd-ki") or joined ("Ruddki", "daadilo")
    (r"[\u0c00-\u0c7f]+", lambda m: _SCRIPT.get(m.group(0), m.group(0))),
    (r"(?<=\w)-(?=(?:%s|gaaru|garu)\b)" % _ENDINGS, " "), (r"\b(\w+?)(%s)\b" % _ENDINGS, _joined),
    (r"(?-i:\b(?:anna|akka|bava|mama)\b)", ""), (r"\s+leka\s+(?=\w+\s+\w+)", ", or "),
    # question words with an ending typed apart ("evari tho": with whom)
    (r"\b(evari|yevari|ekkadi|yekkadi|deeni|daani)\s+(ki|ku|tho|to|ni|nunchi|nundi|lo)\b", r"\1\2"),
    (r"\b(?:ekkad(?:a|i)|yekkad(?:a|i))\s*(?:nunchi|nundi|ninchi)\b", "ekkadinunchi"),
    (r"\b(?:eppati|yeppati|eppudu)\s*(?:nunchi|nundi|ninchi)\b", "since when"),
    (r"\s+(?:ledh?aa?|aa)" + _END, ""),
    # "X evaru telusa?" (do you know who X is), not "police ki Masood telusaa?" (did they know him)
    (r"\b(?:meeku|miku|neeku)\s+tel(?:u|)saa?\b|\b(emi|emiti|enti|evaru|ekkada|eppudu|enduku|ela|enni|entha)\s+"
     r"tel(?:u|)saa?\b" + _END, r"\1"),
    # "e", "ye" (which), "ee" (this), "aa" (that)
    (r"\b(?:e|ye|ey)\s+(?=[A-Za-z])", "which "), (r"\bee\s+(?=[A-Za-z])", "this "), (r"\baa\s+(?=[A-Za-z])", "that "),
    (r"\bwhich\s+(?:company|brand|kampeni|sam?n?stha)\s+(?=\w)", "which brand of "),
    # age: "Masood vayasu entha", "Masood ki enni ellu"
    (r"(?:\s*\b(?:ki|ku|yokka))?\s*\b(?:(?:vayas\w*|vaya|age)\s+(?:entha|enta|yentha|yenta|enthaa|emiti|enti|enni)|"
     r"(?:entha|enta|yentha)\s+(?:vayas\w*|age)|(?:enni|yenni)\s+(?:samvatsar\w*|y?ell[ua]|y?endl[ua]|years))"
     r"(?:\s+(und\w*|unn\w*|ayy\w*))?",
     lambda m: " how old " + ("is" if re.match(r"(?:undi|unn|untu)", m.group(1) or "") else "was")),
    # having: "Masood ki enni pillalu", "Masood ki criminal record undaa"
    (r"\b(%s)\s+k[iu]\s+(?:enni|yenni|entha)\s+(?:mandi\s+)?(\w+)(?:\s+(?:unn|und)\w*)?%s" % (_NP, _END),
     r"how many \2 did \1 have"),
    (r"\b(%s)\s+k[iu]\s+(?:enni|yenni)\s+(\w+)\s+vach\w*" % _NP, r"how many \2 did \1 get"),
    (r"^(\s*)(%s)\s+k[iu]\s+(.+?)\s+(?:und(?:aa|a|ha|haa|eda|edaa|edi|i)|unnaa?(?:ya|yaa|ra|raa))%s"
     % (_NP, _END), r"\1did \2 have \3"),
    (r"\b(%s)\s+k[iu]\s+pell(?:i|aind|ayind|ayyind)\w*" % _NP, r"was \1 married"),
    # "enni mandi" (how many people), "e roju" (on what day)
    (r"\b(enni|yenni|entha|yentha|enta|which)\s+(\w+)\b(\s+(?:ki|ku|lo|na)\b)?", _asked_two),
    (r"^(\s*)(.+?)\s+(since when|how long)\s+(.+?)\s+(?:ga\s+)?unn\w*", r"\1\3 has \2 been \4"),
    (r"\b(?:emi|em|yem)\s+(?:ayyindi|aindi|ayindi|jarigindi)\b|\bem(?:a|ay|ayy)indi\b", "what happened"),
    (r"\bem(?:i\s+)?und(?:i|hi|edi|indi)\b|\bemunnadi\b", "what was"),
    (r"\b(?:ekkadi|yekkadi)\s*(?:vaadu|vadu|vaallu|vallu|vaaru|varu|vaari|vaadi)\b", "from where"),
    # "X e party ki chendina vaaru" (which party does X belong to), "X e desam vaallu"
    (r"^(\s*)(.+?)\s+which\s+(?:party|paarti)\s*k[iu]?\s+chend\w*(?:\s+(?:vaaru|vaadu|vyakti|aavida))?",
     r"\1which party does \2 belong to"),
    (r"^(\s*)(.+?)\s+which\s+(?:desam|desaniki|country)\s*(?:k[iu]\s+chend\w*\s+)?(vaadu|vadu|vaallu|vallu|vaaru"
     r"|varu|vyakti)\b", lambda m: f"{m.group(1)}which country {'was' if 'd' in m.group(3) else 'were'} "
     f"{m.group(2)} from"),
    # the one who wrote it, did it, died
    (r"\b(\S+(?:\s+\S+)?)\s+r(?:aa|a)sina\s+(?:vyak[th]*i|vaaru|vaadu|aayana|aame|aavida|person|journalist)\b",
     r"author of \1"),
    (r"\b(?:d(?:aa|a)d?h?i|attack)\s+chesi(?:na|nna)\s*(?:vaadu|vadu|vyak[th]*i|odu|atanu|vaallu|vaaru)\b", "attacker"),
    (r"\bchanipoyi?na\s*(?:vaaru|vaallu|vallu|varu)\b", "the dead"),
    (r"\bg(?:aa|a)y(?:a|aa)pad(?:d|)(?:ina|inna|a)\s*(?:vaaru|vaallu|vallu|varu)\b", "the injured"),
    # the story's phrases
    (r"\b(?:n(?:ee|e)ra\s+charitra|crime\s+record|criminal\s+history)\b", "criminal record"),
    (r"\bisl(?:aa|a)mi(?:c|k)\s+(?:r(?:aa|a)jyam|state|desam)\b", "Islamic State"),
    (r"\b(?:b|bh)(?:aa|a)(?:d|dh)h?ya(?:t|th)a\s+(?:(\w+)\s+)?(?:t(?:ee|i)suk|prakatinch|vahinch)\w*",
     lambda m: f"{m.group(1) or ''} claimed responsibility"),
    (r"\b(?:home|hom|gruha|griha)\s*(?:mantri|manthri|minister|sekretary)\b", "Home Secretary"),
    (r"\bpolice\s*(adhik(?:aa|a)r(?:i|ulu)|vaadu|aayana|odu|officer|vaallu|vallu)\b",
     lambda m: "police officers" if m[1].endswith("ulu") else "police" if "ll" in m[1] else "police officer"),
    (r"\bv(?:aa|a)r(?:t|th)(?:aa|a)\s+sam?n?sth?a\b", "news agency"),
    (r"\b(?:asalu|asali|asal|nijamaina|original)\s+(?:peru|name)\b", "real name"),
    (r"\bintaku\s+mundu\b|\bmundu\s+ninche\b", "before"),
    # verbs of two words ("kalavaali anukuntunnaaru": wants to meet)
    (r"\b(?:adde|rent)\s*k[iu]\s+t(?:ee|i)s(?:u|)k(?:u|o)n\w*", "rented"),
    (r"\b(?:k(?:aa|a)lchi|shoot\s+chesi)\s+champ\w*", "shot dead"),
    (r"\b(?:okkade|okkadu|ontarigaa?)\s+(?:ches|chees)\w*", "acted alone"),
    (r"\b(\w+?)aa?li\s+(?=(?:anuk|koruk)\w*)", r"\1aalani "),
    (r"\b(\w+)\s+((?:ches|chey|ayy|aind|ayind)\w*)\b", _cheyu),
    # the endings last, their nouns in English
    (r"(?s)^.*$", lambda m: _postpositions(m.group(0))),
])

# -- the endings, put before their nouns --
_MODIFIERS = frozenset("""aa ee the this that his her their its a an oka kotta new vere other chivari last modati
    first secret encrypted rented adde real previous old big islamic tech which what whose how many much""".split())
# names of two words: "Amber Rudd", "Westminster Bridge"
_GIVEN = frozenset("""Amber Khalid Theresa Andrew Donald Hillary Barack Boris Jeremy Sadiq Mark Tim Mike James John Paul
    David Bernie Ted Joe New Jeff Keith Nancy Mitch Chuck Jim""".split())
_HEADS = frozenset("""bridge state secretary office party minister court parliament police hospital news show agency
    services security attack senate congress officers statement messages message encryption emails interview""".split())
# in a subject only a brand owns the next ("WhatsApp encryption"; "Masood message pampaadu")
_BRANDS = frozenset("WhatsApp Apple FBI Facebook Google Telegram BBC Twitter Islamic ISIS Westminster MI5".split())
_COMPOUNDS = frozenset("""police officer|home secretary|news agency|security services|prime minister|criminal record|
islamic state|tech companies|real name|last message|messaging apps|police officers""".replace("\n", "").split("|"))
_FUNCTION = frozenset("is was are were did does can will and or but who what when where why how he she they it".split())
_WORDS_RE = re.compile(r"[\w'’-]+(?:\.[\w'’-]+)*")
_ENDING = re.compile(r"(?<=[\w'’.])\s+([A-Za-z]+)\b")
_CLAUSE_END = re.compile(r"\s+(?:ani)\b|\s*[,;]\s+|\s*[?.!]+\s*$")


def _np_start(words: list[re.Match]) -> int:
    """Where the noun phrase ending at the last of ``words`` begins."""
    j = len(words) - 1
    while j > 0:
        p, cur = words[j - 1].group(0), words[j].group(0)
        if p.lower() in _MODIFIERS or p.isdigit() or p.endswith(("'s", "’s")) or f"{p} {cur}".lower() in _COMPOUNDS \
                or p[:1].isupper() and p.lower() not in _TELUGU and (
                    cur[:1].isupper() and (p in _GIVEN or cur.lower() in _HEADS) or cur.islower() and cur in _HEADS):
            j -= 1
        else:
            break
    return j


def _dative(nxt: list[str], rest: list[str]) -> str:
    """"ki": "FBI ki sahakarinchaledu" (with), "FBI ki help" (object: ""), with no verb after it for."""
    if any(w.startswith(("sahakar", "cooperat", "maatl", "matl", "kalis", "kalus", "kalav", "meet")) for w in nxt):
        return "with"
    if set(nxt) & {"help", "phone", "call", "warn", "claim"}:
        return ""
    return "for" if "responsibility" in nxt or not any(w in _VERBS or w in _BASE or w in _FUNCTION for w in rest) \
        else "to"


def _clause(text: str) -> str:
    """A clause's endings before their nouns at its end ("X gurinchi emi cheppindi" → "emi cheppindi about
    X"), an object's "ni" as "_obj_", an owner's "yokka" as "'s"."""
    moved, pos = [], 0
    while m := _ENDING.search(text, pos):
        low, before, after = m.group(1).lower(), text[:m.start()], text[m.end():]
        nxt = [w.lower() for w in re.findall(r"[\w'’-]+", after)[:4]]
        english, stop = _POSTPOSITIONS.get(low) or _SECOND.get(low), m.end()
        last = re.search(r"([\w'’-]+)\s*$", before)
        last = last.group(1).lower() if last else ""
        if not last or last in _FUNCTION or last in _TELUGU and last not in _NOUNS and _TELUGU[last] not in (
                "he", "she", "they", "it", "this", "the dead") or english is None and low not in ("ni", "nu", "yokka"):
            # no noun before it
            pos = m.end()
        elif low in ("ni", "nu"):
            text, pos = before + " _obj_" * (not nxt or nxt[0] not in _POSTPOSITIONS) + after, m.start() + 1
        elif low == "yokka":
            text = before + ("'" if before.endswith("s") else "'s") + after
            pos = len(text) - len(after)
        elif english == "to" and any(w.startswith(_DATIVE_SUBJECT) for w in re.findall(r"\w+", after.lower())):
            # who wants or knows ("Rudd ki emi kaavaali")
            text, pos = before + after, m.start() + 1
        else:
            if english in ("to", "in") and nxt and nxt[0] in _SECOND:
                english, stop = _SECOND[nxt[0]], m.end() + re.match(r"\s+\S+", after).end()
            elif english == "to" and not (english := _dative(nxt, re.findall(r"[\w'’-]+", after.lower()))):
                text, pos = before + " _obj_" + after, m.start() + 1
                continue
            words = list(_WORDS_RE.finditer(before))
            start = words[_np_start(words)].start()
            noun = before[start:].strip()
            if english == "in" and noun.lower().endswith(("bridge", "vanthena", "time", "samayam", "roju", "day")):
                english = "at" if noun.lower().endswith(("time", "samayam")) else "on"
            moved.append(f"{english} {noun}")
            text, pos = (text[:start].rstrip() + " " + text[stop:].lstrip()).lstrip(), start
    return f"{text.rstrip()} {' '.join(moved)}".strip() if moved else text


def _postpositions(text: str) -> str:
    """``text``'s endings in English, clause by clause ("ani", that, ends one)."""
    out, pos = [], 0
    for m in _CLAUSE_END.finditer(text):
        out.append(_clause(text[pos:m.start()]) + m.group(0))
        pos = m.end()
    return "".join(out) + (_clause(text[pos:]) if pos < len(text) else "")


# the words that show Telugu, less English ones ("loo") and others' ("ella", "anni", "kota", "asli", "kati");
# Tamil's stay ("vayasu", "entha"): Tamil, listed first, wins a tie
_TELUGU_MARK = (frozenset(_TELUGU) | _TELUGU_DROPPED | frozenset(_CHEYU) | {"baadhyata", "addeki", "kalchi", "sepu",
                                                                              "chendina", "pellaindaa"}) \
    - _TELUGU_SHARED - frozenset("""ela ella ra re ga gaa ante anta ata bro babu please pls plz kada mari emo yem evi
    ame pani vere dhara bandi leda kani aithe inka pedda samayam nela adde loo lona pata paata parti perla perlu ainda
    avida anni dani enta garu kati kota kotha kuda malli meeru mundu dadi adhi asli chaku chaaku dvara dwara mantri
    suraksha adhikari rasada rasara""".split())
# script, a verb (a yes-no question's one Telugu word: "FBI unlock chesindaa?"), "vayasu entha" (Tamil: "enna")
_TELUGU_OPENING = re.compile(
    r"^.*?(?:[\u0c00-\u0c7f]|\b(?:(?:%s)(?:%s)|(?:%s)(?:%s)|ches(?:%s)|(?<=\bki\s)(?:\S+\s+){1,3}?und(?:aa|haa|a|i)|"
    r"undev\w*|unnaa(?:ya|yaa|raa)|unta?ayaa?|chendh?ina|pell(?:aind|ayind)\w*|ayy(?:indi|aa?du|aa?ru)|a(?:y|)indi|"
    r"(?:vayas\w*|peru|age)\s+(?:entha|enta|yentha|emiti|enti))\b)" % (
        "|".join(p for _, past, _ in _SPECS for p in past.split()), _PAST_ENDS.replace(" ", "|"),
        "|".join(m for _, _, moods in _SPECS for m in moods.split()), "|".join(_MOODS),
        _PRESENT_ENDS.replace(" ", "|")), re.S | re.I)

# -- English order --
_BASE = {**{_past_of(b): b for b in {b for b, _, _ in _SPECS} | _PARTICIPLES}, **{p: b for b, p in _IRREGULAR.items()},
         **{b + "s": b for b in "say want know live use".split()}, "does": "do", "shot dead": "shoot dead",
         "acted alone": "act alone", "rented": "rent",
         "claimed responsibility": "claim responsibility", "asked for": "ask for"}
_PRESENT = frozenset(w for w in _BASE if w.endswith("s") and not w.endswith("ss"))
_BASE.update((b, b) for b in "say want know live use do".split())
_BASES = frozenset(_BASE.values()) | _PARTICIPLES
_UNDONE = frozenset("happened died came went lived became".split())
_PREPOSITIONS = r"in|on|at|about|with|without|for|to|from|by|against|after|before|during|through|until|near"
_PREP = frozenset(_PREPOSITIONS.split("|"))
_ASK = (r"how old|how long|how many times|how many|how much|since when|from where|to whom|with whom|whose|"
        r"(?:in|on|at)\s+what\s+(?:year|day|date|time)|which brand of \w+|what kind of|what happened|which|what|who|"
        r"whom|when|where|why|how")
_AUX = r"did not|does not|did|does|cannot|could|can|will|must|asked to"
_PASSIVE = r"(?:was|were|is|are)\s+(?:born|shot dead|%s)" % "|".join(_past_of(p) for p in _PARTICIPLES)
_PAST_VERB = "|".join(sorted(map(re.escape, _BASE), key=len, reverse=True))
_VERB = rf"(?:{_AUX})\s+[a-z]+(?:\s+(?:alone|over|out|up|dead))?|{_PASSIVE}|{_PAST_VERB}"
_SAYING = r"said|says|wrote|asked for|told|did say"
_AFTER = rf"(?P<after>\s+(?:{_PREPOSITIONS}|in the end|according to)\b.*)?"
# English nouns an ending is joined to ("articlelo", "carlo")
_JOINED = frozenset("phone iphone whatsapp app apps law laws company companies terrorists people islam".split())
_THE = frozenset("""attacker article headline author police car bridge attack government perpetrator journalist
    programme show interview warrant minister soldier envelope killer suspect victims pedestrians""".split())
_OWNED = "name|age|job|religion|headline|title|author|owner|brand|make|price|party|wife|salary|nationality|content|work"
_BEFORE_THE = frozenset([*_PREP] + _AUX.split("|") + list(_BASE) + list(_BASES) +
                        "of is was are were has had have that and or".split())
_ADVERBS = frozenset("not also alone really exactly only that and or already still always now then first again".split())


def _units(text: str) -> list[list[str]]:
    """``text``'s phrases: a preposition's ("to unlock iPhone"), a name, a noun with modifiers, an object."""
    words, units, k = text.split(), [], 0
    while k < len(words):
        unit = []
        while k < len(words) and (words[k].lower() in _PREP or words[k].lower() in _MODIFIERS):
            unit.append(words[k])
            k += 1
        unit += words[k:k + 1]
        k += 1
        if unit[-2:-1] == ["to"] and unit[-1] in _BASES and k < len(words):
            unit += (nxt := _units(" ".join(words[k:]))[0])
            k += len(nxt)
        while k < len(words) and words[k] != "_obj_" and (unit[-1][:1].isupper() and (
                words[k][:1].isupper() and (unit[-1] in _GIVEN or words[k].lower() in _HEADS) or words[k] in _HEADS
                and (words[k + 1:k + 2] == ["_obj_"] or unit[-1] in _BRANDS))
                or unit[-1].endswith(("'s", "’s")) or f"{unit[-1]} {words[k]}".lower() in _COMPOUNDS):
            unit.append(words[k])
            k += 1
        if words[k:k + 1] == ["_obj_"]:
            unit.append("_obj_")
            k += 1
        units.append(unit)
    return units


def _subject(text: str) -> tuple[str, str]:
    """The first phrase neither a preposition's nor an object, and the rest, objects first."""
    units = _units(text)
    for k, unit in enumerate(units):
        if unit[-1] != "_obj_" and unit[0].lower() not in _PREP and unit[0].lower() not in _ADVERBS:
            others = units[:k] + units[k + 1:]
            return " ".join(unit), " ".join(w for u in sorted(others, key=lambda u: u[0].lower() in _PREP) for w in u)
    return "", text


def _auxiliary(verb: str) -> tuple[str, str]:
    """"did unlock", "said", "did not help" → ("did", "unlock"), ("did", "say"), ("did", "not help")."""
    m = re.match(rf"^({_AUX}|was|were|is|are)\s+(.+)$", verb)
    if m and verb not in _BASE:
        aux, base = ("did", "ask to " + m.group(2)) if m.group(1) == "asked to" else m.groups()
    elif verb in ("was", "were", "is", "are"):
        aux, base = verb, ""
    else:
        base = _BASE.get(verb, verb)
        aux = "does" if verb in _PRESENT else "do" if verb == base else "did"
    if aux.endswith(" not") or aux == "cannot":
        return (aux[:-4], "not " + base) if aux.endswith(" not") else ("can", "not " + base)
    return aux, base


def _does(aux: str, subject: str) -> str:
    """"do" for many ("terrorists", "police"), "does" for one (Rudd, though "korukuntunnaaru" is polite)."""
    if aux in ("do", "does"):
        return "do" if re.search(r"(?-i:[a-z])s$|^(?:police|people|they)$", subject) else "does"
    return aux


def _asked(before: str, ask: str, between: str, verb: str, after: str) -> str:
    """A question whose question word and verb came last ("Rudd what said about WhatsApp")."""
    nouns = between.split()
    if nouns[:1] == ["people"] and nouns[1:2] and nouns[1].islower() and nouns[1] != "_obj_":
        nouns = nouns[1:]  # "enni mandi police officers": how many police officers
    if ask in ("what", "which", "how many", "how much", "whose", "what kind of") and nouns and \
            nouns[0].islower() and nouns[0] != "_obj_" and nouns[0] not in _PREP:
        take = 2 if " ".join(nouns[:2]).lower() in _COMPOUNDS else 1
        ask, nouns = f"{ask} {' '.join(nouns[:take])}", nouns[take:]
    between = re.sub(r"^_obj_\b\s*", "", " ".join(nouns))
    if ask == "from where":
        ask, after = "where", f"{after} from".strip()
    aux, base = _auxiliary(verb)
    base = "last" if ask == "how long" and base == "happen" else base
    words = " ".join(x for x in (before, between) if x)
    subject, rest = _subject(words)
    # of the subject: "who wrote", "what happened", "how many people died"
    if ask in ("who", "whose", "what happened") or not subject or (ask == "what" or re.match(
            r"how many (?!times)|which|what kind|whose", ask)) and (
                verb in _UNDONE or aux in ("was", "were") and ask != "what"):
        if verb not in _BASE and aux in ("did", "does"):
            verb = _past_of(base) if aux == "did" else re.sub(r"^(\w+)", r"\1s", base)
        if verb == "shot dead" and words:
            return " ".join(x for x in (ask, "shot", words, "dead", after) if x)
        return " ".join(x for x in (ask, verb, words, after) if x)
    return " ".join(x for x in (ask, _does(aux, subject), subject, base, rest, after) if x)


def _reordered(body: str, end: str) -> str | None:
    """``body`` in English order, or None."""
    if re.match(rf"^(?:{_AUX}|is|was|are|were|has|had|have)\b", body) and not re.search(rf"\b(?:{_ASK})\s*$", body):
        return None
    # "WhatsApp secret place that who said", "WhatsApp secret place that Rudd said"
    m = re.match(rf"^(.+?)\s+that\s+(?:(.+?)\s+)?({_SAYING})$", body)
    if m and m.group(2) in ("who", "whom"):
        return f"who {m.group(3)} that {m.group(1)}"
    if m and end and not re.search(rf"\b(?:{_ASK})\b", m.group(1)):
        subject, rest = (m.group(2), m.group(1)) if m.group(2) else _subject(m.group(1))
        if subject and rest:
            return f"did {subject} {_BASE.get(m.group(3), 'say')} that {rest}"
    # a question word and verb last ("Rudd what said"), or the verb first ("Westminster did attack who")
    m = re.match(rf"^(?P<before>.*?)\s*\b(?P<ask>{_ASK})\b(?:\s+(?P<between>.*?))??\s+(?P<verb>{_VERB}){_AFTER}$",
                 body) or re.match(rf"^(?P<before>.+?)\s+(?P<verb>{_VERB})\s+(?P<ask>{_ASK}){_AFTER}$", body)
    if m:
        return _asked(m.group("before") or "", m.group("ask"), m.groupdict().get("between") or "", m.group("verb"),
                      (m.group("after") or "").strip())
    # asked in a phrase after the verb: "Masood came in which car"
    m = re.match(rf"^(?P<before>.+?)\s+(?P<verb>{_VERB})\s+(?P<pp>(?:{_PREPOSITIONS})\s+(?:which|what|whose|whom)"
                 rf"(?:\s+(?!(?:{_PREPOSITIONS})\b)[a-z]+)?)(?P<after>\s+.*)?$", body)
    if m:
        subject, rest = _subject(m.group("before"))
        aux, base = _auxiliary(m.group("verb"))
        if subject:
            return " ".join(x for x in (m.group("pp"), aux, subject, base, rest, (m.group("after") or "").strip()) if x)
    # no verb ("attacker name what", "Masood how old was"; "used car": an adjective)
    m = re.match(rf"^(?P<before>.+?)\s+(?P<ask>{_ASK})(?:\s+(?P<noun>(?!(?:is|was|are|were)\b)[a-z]+))?"
                 rf"(?:\s+(?P<cop>is|was|are|were))?{_AFTER}$", body)
    if m and not re.search(rf"\b(?:{_VERB})\b(?!\s+(?-i:[a-z]))", m.group("before")):
        ask, noun = m.group("ask"), m.group("noun")
        before = re.sub(r"^(used|rented|written|driven)\s+(\w+)", r"\2 \1", re.sub(r"\s*_obj_$", "", m.group("before")))
        cop = m.group("cop") or ("was" if ask in ("when", "how old", "how long") else "is")
        after = f" {m.group('after').strip()}" if m.group("after") else ""
        if ask == "from where":
            return f"where {cop} {before} from{after}"
        if noun:
            return f"{ask} {cop} {before} {noun}{after}" if before.endswith(("'s", "’s")) else \
                f"{ask} {noun} {cop} {before}{after}"
        owned = re.match(rf"^(.+?)\s+((?:real|last|first|new|full)\s+)?({_OWNED})$", before)
        if owned and ask in ("what", "who", "which") and not re.search(r"['’]s\b", owned.group(1)):
            return f"{ask} {cop} the {owned.group(2) or ''}{owned.group(3)} of {owned.group(1)}{after}"
        return f"{ask} {cop} {before}{after}"
    # yes or no: "FBI iPhone _obj_ did unlock", "police can read WhatsApp messages"
    if re.search(rf"\b(?:{_ASK})\b", body) or not end:
        return None
    m = re.match(rf"^(?P<before>.+?)\s+(?P<verb>{_VERB}|was|were|is|are){_AFTER}$", body)
    subject, rest = _subject(m.group("before")) if m else ("", "")
    if subject:
        aux, verb = _auxiliary(m.group("verb"))
        return " ".join(x for x in (_does(aux, subject), subject, verb, rest, (m.group("after") or "").strip()) if x)
    return None


def _articles(text: str) -> str:
    """"who wrote article", "in attack" → "who wrote the article", "in the attack"; "have a criminal record"."""
    out, words = [], text.split(" ")
    for k, w in enumerate(words):
        prev = out[-1] if out else ""
        if (re.sub(r"['’]s$|,$", "", w) in _THE or w in ("dead", "injured", "rented", "last") and words[k + 1:k + 2]
                and words[k + 1] in _THE) and (not prev or prev in _BEFORE_THE or prev.endswith("ed")) \
                and prev not in ("the", "many", "much"):
            out.append("the")
        out.append(w)
    text = re.sub(r"\b(before|again|already)\s+((?:about|in|on|at|with|from|to|for)\s+.+)$", r"\2 \1", " ".join(out))
    return re.sub(r"\b(have|has|had)\s+(?=criminal record\b)", r"\1 a ", text)


def _telugu_order(glossed: str) -> str:
    """A question glossed word for word in English order ("Rudd what said?" → "what did Rudd say?")."""
    parts = re.split(r"(?<=[?.!])\s+(?=\w)", glossed.strip())
    if len(parts) > 1:
        return " ".join(map(_telugu_order, parts))
    m = re.match(r"^\s*(.*?)\s*([?.!]*)\s*$", glossed, re.S)
    body, end = m.group(1).strip(" ,"), m.group(2)
    # "iPhone to unlock": to unlock iPhone
    body = re.sub(r"((?:(?-i:[A-Z])[\w'’-]*\s+(?=[a-z]+\b))?[\w'’-]+)(\s+_obj_)?\s+to\s+([a-z]+)\b",
                  lambda x: f"to {x[3]} {x[1]}" if x[3] in _BASES and x[1].lower() not in _FUNCTION else x[0], body)
    # each clause ("Rudd what did, why")
    body = ", ".join(c[:len(c) - len(rest)] + (_reordered(rest, end) or rest) for c in body.split(", ")
                     for rest in [re.sub(r"^(?:or|and|but)\s+", "", c)])
    return _articles(re.sub(r"\s{2,}", " ", re.sub(r"\s*\b_obj_\b", "", body)).strip()) + end


TELUGU = Language(_TELUGU_IDIOMS, _TELUGU, _TELUGU_DROPPED, _TELUGU_MARK, reorder=_telugu_order,
                  shared=_TELUGU_SHARED, opening=_TELUGU_OPENING)
