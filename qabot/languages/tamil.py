"""Tamil mixed into English questions, read in English.

Tamils type a question's frame in romanized Tamil, informally spelt, the story's names and things in
English ("Rudd WhatsApp pathi enna sonnaru?"). A word is written once, its spellings in brackets
("e(zh|l)u(dh|th)(i|u)n"), a past stem once for its endings ("sonn": "sonnaaru", "sonnanga"). The verb
comes last, the question word before it, case endings after the noun ("Rudd-oda", "article la"):
``_postpositions`` puts them in English with their nouns at the clause's end; an English verb takes
"pannu" ("unlock pannanga": did unlock); ``_tamil_order`` puts the question word and verb in English
order, the subject being the noun no ending marks ("ah" marks an object).
"""
from __future__ import annotations

import re

from qabot.languages import Idioms, Language


def _expand(spec: str) -> list[str]:
    """Each spelling of "va(a|)ng": "vaang", "vang"."""
    out = [""]
    for part in re.split(r"(\([^)]*\))", spec):
        out = [o + a for o in out for a in (part[1:-1].split("|") if part[:1] == "(" else [part])]
    return out


def _forms(specs: str, ends: str = "") -> list[str]:
    return [stem + end for spec in specs.split() for stem in _expand(spec) for end in (ends.split() or [""])]


def _table(text: str, ends: str = "") -> dict[str, str]:
    """Lines "english = spellings" ("was killed/were killed": the plural's after "/")."""
    words = {}
    for line in re.split(r"\n|; ", text.strip()):
        english, _, specs = line.partition(" = ")
        one, _, many = english.strip().partition("/")
        words.update({w: many if many and w.endswith(("nga", "ngal")) else one for w in _forms(specs, ends)})
    return words


# "who did unlock": who unlocked
_IRREGULAR = dict(w.split(":") for w in """write:wrote say:said drive:drove shoot:shot send:sent meet:met find:found
    give:gave take:took buy:bought pay:paid read:read hide:hid know:knew win:won lose:lost come:came go:went do:did
    speak:spoke become:became""".split())


def _past_of(base: str) -> str:
    """"unlock", "stab" → "unlocked", "stabbed"."""
    head, _, tail = base.partition(" ")
    past = _IRREGULAR.get(head) or (head + "d" if head.endswith("e") else head[:-1] + "ied" if re.search(
        r"[^aeiou]y$", head) else head + head[-1] * bool(re.search(r"^[^aeiou]*[aeiou][bdgmnpt]$", head)) + "ed")
    return f"{past} {tail}".strip()


# he, she, they (or polite he), it
_PAST_ENDS = "aan an aar ar aaru aru aa aal anga aanga angal adhu athu uchu"
_SCRIPT = dict(zip("""என்ன யார் யாரு எப்போது எங்கே ஏன் எத்தனை எப்படி எந்த சொன்னார் எழுதினார் நடந்தது இறந்தனர் வயது
    பெயர் கட்டுரையை தாக்குதலில் பேர் பற்றி சொன்னது""".split(), """enna yaar yaaru eppodhu enga yen ethana eppadi endha
    sonnaar ezhudhinaar nadandhadhu irandhaanga vayasu peyar katturai_ah thaakkudhal_la per pathi sonnadhu""".split()))

# -- "pannu" (do) after an English verb, modal verbs after an infinitive
_PANNU = {**_table("did {} = pann pann(u|i)n pann(i|)(tt|t) pannir(u|)(kk|k) senj sei(dh|th)", _PAST_ENDS), **_table(
    """does {} = pan(r|dr)(aan|aar|aaru|aru|anga|aanga) pannur(aan|aaru|anga) seir(aar|aanga) pan(nu|ra)(dh|th)u
will {} = pannuv(aanga|anga|aaru|aru|aan|an) pannum; did not {} = pannal(a|ai|e|ae) pannavillai senjala seiyala
must {} = pannanum(nu|) panna(v|)(endum|enum) seyyanum; to {} = panna seyya seiya""")}
_MODALS = _table("""can {} = mudiyum(a|aa|); could not {} = mudiyal(a|ai|e); cannot {} = mudiya(dh|th)u mudiyaadhu
could {} = mudinju(dh|ch)(u|a) mudinja(dh|th)u; will not {} = (maa|ma)tt(aanga|anga|aan|an|aar|ar|om)
wants to {} = ven(n|d|)um venumnu venuma virumb(in|u)(aar|thu|chu); refused to {} = maru(th|thth|tth)(aanga|anga|aar|ar)
asked to {} = sonn(aanga|anga|aaru|aru|aar|ar) ke(tt|t)(aanga|anga|aaru|aru|aar|ar)""")
_INFINITIVES = _table("""read = padi(kk|k)a; open = th(i|o)rakka; prevent = thadukka; hide = maraikka; say = solla
write = e(zh|l)u(dh|th)a; kill = kolla; send = anu(pp|p)a; give = k(u|o)dukka; speak = pesa
cooperate = o(th|tt)u(zh|l)aikka; find = kandup(i|u)dikka; stop = niru(th|thth)a; know = theriya
meet = sa(n|)(dh|th)ikka; pay = katta; drive = otta; shoot = suda; attack = tha(a|)(kk|k)a; ask = ke(kk|tk)a
use = payanpadu(th|thth)a upayogikka; force = kattayapadutha vatpuru(th|thth)a""")
# nouns that "pannu" makes verbs ("kolai pannaan": killed)
_LIGHT = _table("""kill = kolai; arrest = kai(dh|th)u; help = u(dh|th)avi; resign = r(aa|a)jin(aa|a)m(aa|a)
rent = vaadagai; meet = sa(n|)(dh|th)ippu; attack = tha(a|)(kk|k)u(dh|th)al; work = velai vela
cooperate = o(th|tt)u(zh|l)aippu""")
# "arrest aanaan": was arrested
_PARTICIPLES = {"kaidhu": "arrested", "kaithu": "arrested", "kaayam": "injured", **{w: _past_of(w) for w in """arrest
    injure kill shoot stab ban release elect appoint hack block leak publish convict pass approve reject sign fire jail
    charge""".split()}}
_PASSIVE_FORMS = frozenset(_forms("aan(aan|an|aar|ar|aaru|aru|aa|adhu|athu|aanga|anga) aachu aayit(aan|aar|aanga)"))
_TAMIL_WORD = r"[A-Za-z][\w'’]*"


def _pannu(m: re.Match) -> str:
    """"unlock pannanga" → "did unlock", "arrest aanaan" → "was arrested"; "enna pannaan" is the glossary's."""
    word, light = m.group(1), m.group(2).lower()
    low = word.lower()
    if light in _PASSIVE_FORMS:
        return f"{'were' if light.endswith('nga') else 'was'} {_PARTICIPLES[low]}" if low in _PARTICIPLES \
            else m.group(0)
    if light not in _PANNU or (low in _TAMIL and low not in _LIGHT) or not word.islower():
        return m.group(0)
    return _PANNU[light].format(_LIGHT.get(low, word))


def _modal(m: re.Match) -> str:
    """"unlock panna mudiyuma", "padikka mudiyuma" → "can unlock", "can read"."""
    word, light, modal = m.group(1), m.group(2), m.group(3).lower()
    low = word.lower()
    base = (_LIGHT.get(low, word) if word.islower() and (low not in _TAMIL or low in _LIGHT) else None) if light \
        else _INFINITIVES.get(low)
    return m.group(0) if base is None or modal not in _MODALS else _MODALS[modal].format(base)


def _asked_yes_no(m: re.Match) -> str:
    """The last verb without its yes-no "-aa" ("sonnaaraa", "nadandhucha"): no question word asks anyway."""
    low = m.group(1).lower()
    if low in _TAMIL or low in _PANNU or low in _MODALS:
        return m.group(1)
    return next((s for s in (low[:-1], low[:-2], low[:-1] + "u", low[:-2] + "u", low[:-3])
                 if len(s) > 3 and (s in _VERBISH or s in _MODALS)), m.group(1))


# -- the case endings typed apart ------------------------------------------------------------
_POSTPOSITIONS = _table("""about = pa(th|tth|thth|tr|ttr)i pathhi
in = la le lla il ila ile laye (u|)kkulla
to = ku kku ukku kk kitta kita kitte
by = naala nala aala
with = kooda kuda
without = ill(a|aa)ma(l|)
through = moolam(a|aa|) vazhiya(a|)
until = varai(kk|k)um varai
on = mela mele mee(dh|th)u
against = e(th|dh)ira(a|aaga|)
according to = padi
near = pakkathula pakkam arugil; during = samayathula samayathil nerathula
from = irun(dh|th)u lerndhu lendhu lerundhu (i|)lirundhu""")
# after "ku" or "la": "attack ku munnadi" (before the attack), "London la irundhu" (from London)
_SECOND = {**_table("""before = munn(a|aa)di mundhi munbu
after = a(pp|p)(r|ur)(a|o)m pinn(a|aa)di piragu"""), **{w: e for w, e in _POSTPOSITIONS.items() if e == "from"}}
_GENITIVE = frozenset("oda ode odaya udaya udaiya".split())
_OBJECT = frozenset("ah ai a".split())
# "andha article la": in the article
_MODIFIERS = frozenset("""andha antha indha intha the this that these those his her their its a an oru new pudhu pudhiya
    other vera last kadaisi first secret encrypted rented vaadagai real previous old big british american islamic
    terror tech avanoda avaroda what which whose how many much any every no some""".split())
# one name ("Amber Rudd", "Westminster Bridge") or two ("Rudd WhatsApp pathi")
_GIVEN = frozenset("""Amber Khalid Theresa Andrew Donald Hillary Barack Boris Jeremy Sadiq Keith Mark Tim Mike Jeff
    James John Paul David Bernie Ted Joe New""".split())
_HEADS = frozenset("""bridge state secretary street house office party minister court parliament police hospital news
    show department agency services security kingdom states union council yard senate congress committee attack director
    spokesman chief officers investigation inquiry case policy campaign speech statement report messages message
    account data encryption users access emails""".split())
# ... a subject's ("FBI director"), not an object's ("WhatsApp message padikka")
_NAME_HEADS = _HEADS - {"message", "messages", "account", "data", "case"}
_COMPOUNDS = frozenset("""police officer|home secretary|news agency|security services|prime minister|criminal record|
    islamic state|tech companies|real name|last message""".replace("\n    ", "").split("|"))
# "X ku": a subject ("police ku theriyuma"), an object ("FBI ku help pannala") or "for" X
_DATIVE_SUBJECT = ("theri", "ven", "pidi", "kidai", "keda", "can", "could")
_DATIVE_OBJECT = frozenset("help meet call phone message text tell contact warn".split())
_DATIVE_FOR = frozenset("claimed responsibility vote voted votes".split())
_KITTA = (("from", ("ke", "ask", "vaang", "bough")),
          ("with", ("oth", "ottu", "pes", "spok", "coop", "san", "met", "meet", "talk", "not")))
_ASKING = frozenset(_forms("enna ena yenna endha entha edhu ethu evlo evalo evlavu evvalavu ethana(i|) what which how"))
_FUNCTION = frozenset("is was are were did does can will and or but who what when where why how he she they it".split())
_WORDS_RE = re.compile(r"[\w'’-]+(?:\.[\w'’-]+)*")
_ENDING = re.compile(r"(?<=[\w'’.])\s+([A-Za-z]+)\b")
_CLAUSE_END = re.compile(r"\s+(?:nu|nnu|endru|enru)\b|\s*[,;]\s+|\s*[?.!]+\s*$")


def _np_start(words: list[re.Match], text: str) -> int:
    """Where the noun phrase ending at the last of ``words`` begins."""
    j = len(words) - 1
    while j > 0 and not text[words[j - 1].end():words[j].start()].strip():
        p, cur = words[j - 1].group(0), words[j].group(0)
        first = words[j - 2].group(0) if j > 1 else ""
        # (a person's name owns the next noun, another doesn't: "Andrew Marr show", "Islamic State attack")
        run = first[:1].isupper() and p.lower() in _HEADS and first not in _GIVEN
        if p.lower() in _MODIFIERS or p.isdigit() or p.endswith(("'s", "’s", "s'")) or \
                f"{p} {cur}".lower() in _COMPOUNDS \
                or p[:1].isupper() and p.lower() not in _TAMIL and (
                    cur[:1].isupper() and (p in _GIVEN or cur.lower() in _HEADS)
                    or cur.islower() and (_TAMIL.get(cur, cur) in _HEADS and not run or first in _GIVEN)) \
                or p.islower() and cur.islower() and not first.islower() and cur not in _TAMIL and p not in _TAMIL \
                and p not in _TAMIL_DROPPED and p not in _FUNCTION and p not in _THE:  # "tech companies kitta"
            j -= 1
        else:
            break
    return j


def _owner(text: str, end: int) -> str:
    """``text`` to ``end``, its last word in English ("policekaaran oda")."""
    m = re.search(r"([\w'’-]+)\s*$", text[:end])
    return text[:m.start()] + _TAMIL[m.group(1).lower()] if m and m.group(1).lower() in _TAMIL else text[:end].rstrip()


def _clause(text: str) -> str:
    """A clause's case endings in English with their nouns, at its end ("X pathi enna sonnaru" → "enna
    sonnaru about X")."""
    moved, pos = [], 0
    while m := _ENDING.search(text, pos):
        low, after = m.group(1).lower(), text[m.end():]
        nxt = [w.lower() for w in re.findall(r"[\w'’-]+", after)[:4]]
        english, stop = _POSTPOSITIONS.get(low), m.end()
        if low in _OBJECT and (low != "a" or not nxt or nxt[0] in _TAMIL):
            # an object's mark, for ``_tamil_order``; not before another ending ("Rudd ah pathi")
            keep = not nxt or nxt[0] not in _POSTPOSITIONS and nxt[0] not in _GENITIVE
            text, pos = text[:m.start()] + " ah" * keep + after, m.start() + 1
        elif low in _GENITIVE or english == "to" and len(nxt) == 2 and (nxt[0] in _ASKING) != (nxt[1] in _ASKING) \
                and not set(nxt) & _VERBISH:
            # "Masood oda", "attacker ku enna peru": Masood's, the attacker's name
            text = _owner(text, m.start())
            text += ("'" if re.search(r"[a-z]s$", text) else "'s") + after
            pos = len(text) - len(after)
        elif english == "to" and ((dative := any(w.startswith(_DATIVE_SUBJECT) for w in nxt)) or
                                  set(nxt[:3]) & _DATIVE_OBJECT):
            # the subject of knowing, wanting, being able; the object of helping
            text, pos = text[:m.start()] + ("" if dative else " ah") + after, m.start() + 1
        elif english is None or not _WORDS_RE.search(text[:m.start()]):
            pos = m.end()
        else:
            if english in ("to", "in") and nxt and nxt[0] in _SECOND:
                english, stop = _SECOND[nxt[0]], m.end() + re.match(r"\s+\S+", after).end()
            elif english == "to" and set(nxt[:2]) & _DATIVE_FOR:
                english = "for"
            elif low.startswith("kit"):
                # "X kitta kettaanga": asked X for; "X kitta othuzhaikkala": did not cooperate with X
                english = next((e for e, starts in _KITTA if any(w.startswith(starts) for w in nxt)), english)
            words = list(_WORDS_RE.finditer(text[:m.start()]))
            start = words[_np_start(words, text)].start()
            noun = text[start:m.start()].strip()
            moved.append(f"{'on' if english == 'in' and noun.lower().endswith('bridge') else english} {noun}")
            text, pos = (text[:start].rstrip() + " " + text[stop:].lstrip()).lstrip(), start
    if not moved:
        return text
    # (before a closing "ah", asking whether)
    m = re.match(r"^(.*?)((?:\s+ah)?\s*)$", text, re.S)
    return f"{m.group(1).rstrip()} {' '.join(moved)}{m.group(2)}".strip()


def _postpositions(text: str) -> str:
    """``text``'s case endings in English, clause by clause ("nu", that, ends one); "X um Y um": X and Y."""
    text = re.sub(r"\s+um\b", "", re.sub(r"\s+um\s+(?=(\S+(?:\s+\S+)?)\s+um\b)", " and ", text))
    out, pos = [], 0
    for m in _CLAUSE_END.finditer(text):
        out.append(_clause(text[pos:m.start()]) + m.group(0))
        pos = m.end()
    return "".join(out) + (_clause(text[pos:]) if pos < len(text) else "")


_EVLO = r"(?:evlo|evalo|evlavu|evvalavu|evvalo|yevlo|ethana|ethanai|eththanai|eththana|ethna)"
_YAAR = r"(?:yaaru|yaar|yar|yaru)"
# "evlo per", "enna time": how many people, what time
_HOW = _table("""how many people = per peru perkal pergal makkal aalunga aatkal nabargal
how many times = (th|dh)adava(i|) murai vaati dharam; how long = n(e|ae)ram naal(a|) kaala(m|ma) kalama
how much money = panam kaasu rubaai selavu vilai sambalam""")
_WHICH = ("enna", "yenna", "endha", "entha")
_WHAT = _table("""what year = varu(sh|s)am aandu; what date = naal the(th|dh)i date; what day = ki(zh|l)amai kezhamai
what time = time neram; why = k(a|aa)ranam reason karanathukaga; what kind of = maari ma(dh|th)iri maadhiri vagai type
what happened = aachu aachi aayiduchu aagiduchu nada(n|)(dh|th)(uchu|adhu|athu)""")
_TAMIL_IDIOMS = Idioms([
    # Tamil script; endings hyphened ("Rudd-oda", "police-u") or joined to a noun or a name
    (r"[\u0b80-\u0bff]+", lambda m: _SCRIPT.get(m.group(0), m.group(0)).replace("_", " ")), (r"(?<=\w)-u\b", ""),
    (r"(?<=\w)-(?=(?:ku|kku|ukku|oda|ode|la|le|lla|ah|a|ai|kitta|pathi|naala|aala|um|nu|dhaan|thaan)\b)", " "),
    (r"(?-i:\b(article|attacker|police|bridge|phone|whatsapp|government|messages?|app|company|attack|headline|show|"
     r"law|car)(ku|kku|ukku|oda|la|lla|ah|kitta)\b)", r"\1 \2"),
    (r"\b((?-i:[A-Z])\w{2,}?[bcdfgkmnprstvz])(oda|ukku|kku|ku|kitta)\b", r"\1 \2"),
    (r"\b((?-i:[A-Z])\w{3,}?[bcdfgkmnprstvz])(la)\b", r"\1 \2"), (r"(?-i:\b(?:anna|akka|thambi|anne)\b)", ""),
    (r"\bnadan?[dt]ha(?:ppo|po|podhu)\b", "samayathula"), (r"\s+illai?ya(?=\s*[?.!]*\s*$)", ""),
    # "thaan" typed "than" (just: "Masood than attacker ah?"), but "more than"
    (r"\b([\w'’-]+)\s+than\b", lambda m: m.group(0) if re.search(r"(?:er|more|less|other|rather)$", m.group(1), re.I)
     else m.group(1)),
    (r"\b(?:nu|nnu)\s+(?:ungalukku\s+|unakku\s+)?theriyuma?a?\b", ""),
    (r"\b([A-Za-z]+)(?=\s*[?.!]*\s*$)", _asked_yes_no),
    # the story's questions Tamil asks in its own order: "X endha party la irukaanga?" (which party is
    # X in), "sethavanga endha country aalunga?" (which country were the dead from), "last la" (in
    # the end), "endha time la" (at what time), "X ah shoot panna police aalu yaaru?" (who is the
    # police officer who shot X)
    (r"\b(?:last|kadaisi(?:yaa?)?)\s*(?:la|le|ila|yila)\b", "in the end"),
    (r"\b(?:endha|entha|enna)\s+(?:time|neram|mani)\s*(?:la|le|ku|kku)?\b", "at what time"),
    (r"^(\s*)(.+?)\s+(?:endha|entha)\s+party\s*(?:la|le)?\s+iruk\w*", r"\1which party is \2 in"),
    (r"^(\s*)(\w+)\s+(?:endha|entha)\s+(?:country|naa?du|naattu|desa?m)\s+(?:aalunga|aalu|aal|makkal)\b",
     r"\1which country were \2 from"),
    (r"^(\s*)(\S+)\s+(?:ah|a|ai)\s+(\w+)\s+(?:panna|panniya|pannuna|senja)\s+(.+?)\s+(?:aalu|aal|nabar|person)\s+"
     r"(?:yaaru|yaar|yar)\b", r"\1who is the \4 person who \3 \2"),
    # "X sonnadhuku Y enna reply pannanga?": what was Y's reply to X (to what X said)
    (r"^(\s*)(.+?)\s+(?:sonnadhuk?ku|sonnathuk?ku|sonnadhukku)\s+(\S+)\s+(?:enna|yenna)\s+(?:reply|badhil|pathil|response)"
     r"\s+\w+", r"\1what was \3's reply to \2"),
    # asking in two words
    (r"(?:\s*\b(?:u?kk?u|od[ae]))?\s*\b(?:(?:%s|enna)\s+vayas\w*|vayas\w*\s+(?:%s|enna))(?:\s+(aach\w|irun[dt]h\w*|"
     r"iruk\w*|aagudhu))?\b" % (_EVLO, _EVLO),
     lambda m: " how old " + ("is" if re.match(r"iruk|aag", m.group(1) or "") else "was")),
    (r"\b(%s|enna|yenna|endha|entha)\s+(\w+)\b" % _EVLO, lambda m: (_WHAT if m.group(1).lower() in _WHICH else _HOW)
     .get(m.group(2).lower(), m.group(0))),
    (r"\b%s\s+(?:kooda|kuda)\b|\byaa?rudan\b" % _YAAR, "with whom"),
    (r"\b%s\s*kitta\b|\byaarukitta\b" % _YAAR, "to whom"),
    (r"\b(enga|engey|enge|eppo|epo)\s*(?:irun[dt]hu|lerndhu|lendhu)\b",
     lambda m: "since when" if m.group(1)[1] == "p" else "from where"),
    (r"\b(.+?)\s+(?:yaarodadhu|yaarodathu|yarodathu|yaarudaiya[dt]hu)\b", r"who owns \1"),
    # having: "Masood ku criminal record irundhucha"
    (r"\b(%s)\s+u?kk?u\s+%s\s+(\w+)\s+(?:irun[dt]h|iruk)\w*" % (_TAMIL_WORD, _EVLO), r"how many \2 did \1 have"),
    (r"^(\s*)(%s(?:\s+(?-i:[A-Z])\w*)?)\s+(?:ku|kku|ukku)\s+(.+?)\s+(?:irun[dt]h|iruk|und)\w*(?=\s*[?.!]*\s*$)"
     % _TAMIL_WORD, r"\1did \2 have \3"),
    # the story's phrases
    (r"\bkut?t?rap?\s+(?:pinnani|pinnanai|varalaa?ru|record)\b|\bcrime\s+record\b", "criminal record"),
    (r"\bislaa?miya\s+(?:arasu|desam|naadu)\b", "Islamic State"),
    (r"\bporuppu\s*(?:eth|ett|edh|edu|etr|yeth|yett|erk|aetr)\w*|\bporuppe[tr]h?\w*", "claimed responsibility"),
    (r"\bul\s*thurai\s+(?:amaic?char|man[dt]hiri|minister)\b|\bhome\s+minister\b", "Home Secretary"),
    (r"\b(?:police|kaa?val)\s+(?:a[dt]hi[kg]aa?ri|kaa?ra[rn])\b", "police officer"),
    (r"\bsei[dt]hi\s+(?:niruvanam|nirvanam|mugamai)\b", "news agency"),
    (r"\b(?:nijamaa?na|unmaiyaa?na|asal|asalaana|original)\s+(?:peru|peyar|per|name)\b", "real name"),
    # verbs of two words
    (r"\bvaa?da[gk]aikk?u\s+(?:edu|eduth)\w*", "rented"), (r"\bsuttu\s+kon\w*", "shot dead"),
    (r"\bkaa?yam\s*(?:patt|adain?[dt]h)\w*(?<!vanga)(?<!vargal)(?<!var)\b|\badi\s*patt\w*(?<!vanga)\b",
     lambda m: "was injured" if re.search(r"(?:aar|ar|aan|an|aal)$", m.group(0)) else "were injured"),
    (r"\bkaa?yam\s*pattavanga\b", "injured"),
    (r"\bkai[dt]hu\s+(?:seiyapp?att|seyyapp?att|aan)\w*",
     lambda m: "were arrested" if m.group(0).endswith(("nga", "nar")) else "was arrested"),
    (r"\b[bp]a[dt]hil\s+(?:sonn|kuduth|koduth|alith|alitth)\w*", "answered"),
    (r"\bven(?:n|d)?um\s*(?:nu|nnu|endru)\s+(?:sonn|kett|solr)\w*", "asked for"),
    (r"\bma[dt]ham\s+maa?r\w*", "converted"), (r"\bislam\s+(?:ku|kku)\s+maar\w*", "converted to Islam"),
    (r"\b(?:panam|kaasu)\s+(?:kuduth|koduth|katt)\w*", "paid"),
    (r"\b(\w+)\s+(?:(panna|seyya|seiya)\s+)?((?:mud|maat|mat|ven|vir|mar|sonn|ket)\w*)\b", _modal),
    (r"\b(%s)\s+((?:pan|senj|sei|aan|aach|aay)\w*)\b" % _TAMIL_WORD, _pannu),
    # the endings last, their nouns in English
    (r"(?s)^.*$", lambda m: _postpositions(m.group(0))),
])

# -- the words: past stems, then the others ("aanaa" is but)
_TAMIL = {**_table("""did = pann pann(u|i)n senj sei(dh|th)
said = so(nn|n) koorin
spoke = pes(i|u)n
wrote = e(zh|l)u(dh|th)(i|u)n
killed = ko(nn|ndr)
was killed/were killed = kolla(pp|p)att
died = se(th|thth|tth) se(th|thth)u(tt|t|pon) ira(n|)(dh|th) uyirizha(n|)(dh|th)
stabbed = ku(th|thth)(i|u)n
was stabbed/were stabbed = ku(th|thth)a(pp|p)att
shot = su(tt|t)
was shot/were shot = suda(pp|p)att
drove = o(tt|t)(i|u)n
rammed = mo(th|dh)(i|u)n
ran over = (y|)e(th|tth)(i|u)n
used = payanpadu(th|thth)(i|u)n upayogich
asked for = ke(tt|t)
found = kandup(i|u)dich kandupidith
read = padi(ch|th|thth)
opened = th(i|o)ra(n|)(dh|th)
sent = anu(pp|p)(i|u)n anu(pp|p)ich
lived = va(a|)zh(n|)(dh|th) vasi(ch|th)
was born/were born = p(o|i)ra(n|)(dh|th)
refused = maru(th|thth|tth)
prevented = thadu(th|thth)
hid = mara(i|)ch olich
gave = k(u|o)du(th|thth)
took = edu(th|thth)
came = va(n|)(dh|th)
went = pon
met = sa(n|)(dh|th)i(ch|th)
paid = katt(i|u)n
bought = va(a|)ng(i|u)n
attacked = tha(a|)(kk|k)(i|u)n
converted = (maa|ma)r(i|u)n
won = je(i|yi)ch jaich
lost = tho(th|tr)
cooperated = o(th|tt)u(zh|l)aich
was/were = iru(n|)(dh|th)
became = aan""", _PAST_ENDS), **_table("""what = enna ena ennaa yenna enna(dh|th)u enna(n|nn)u
what happened = enna(a|)chu
who = yaaru yaru yaar yar yaa(r|ru)nu yarunu
whom = yaara yaarai yarai
to whom = ya(a|)ru(kk|k)u
whose = yaa(r|ru)(o|oo)da ya(a|)ruda(i|)ya yaaroda(dh|th)u yaarudaiya(dh|th)u
by whom = yaaraala yaaral yaarala
when = eppo epo eppa eppo(dh|th)u epponu
how = e(pp|p)(a|i|u)di epdi eppadinu epdinu
where = enga engey enge engu enganu
from where = engirun(dh|th)u engerndhu engalerndhu
why = yen en yean yaen een e(dh|th|d)u(kk|k)u e(dh|th)u(kk|k)aga
how much = evlo evalo evlavu evvalavu evvalo yevlo
how many = e(th|thth)ana(i|) ethna
which = endha entha yendha edhu ethu
in which = e(dh|th)ula e(dh|th)il
he = avan avar avaru
own = so(n|)(dh|th)a; hometown = ooru oor
she = aval
they = avanga avangal avargal
it = adhu athu
this = idhu ithu idha itha indha intha
the = andha antha
his = avanoda avanudaya avaroda avarudaya
other = vera veru matha mattha mattra
a = oru
but = aana aanaa aanaal anaal
or = alladhu allathu
then = appo apo appo(dh|th)u
not = illa illai ille kidaiyadhu
that = nu nnu endru enru yendru
is = irukku iruku irukku(dh|th)u irukkaru irukaru irukkaar
are = irukkaanga irukaanga irukanga
is there = irukka irukkaa undaa unda
happened = aachu aachi aayiduchu aagiduchu nada(n|)(dh|th)(uchu|adhu|athu|a|udhu|uchi)
can = mudiyum mudiyuma mudiyumaa
could = mudinju(dh|ch)u mudinja(dh|th)u
could not = mudiyala mudiyalai
cannot = mudiya(dh|th)u mudiyaadhu
wants = venum vennum vendum venuma venumnu
does not want = vendam venaam vendaam
knows = theriyum theriyuma theriyumaa
knew = therinju(dh|ch)u therinja(dh|th)u
did not know = theriya(dh|th)u theriyaadhu theriyala theriyalai
says = sol(r|dr|lur)(aaru|aru|aar|anga|aanga|adhu) sollu(dh|th)u
lives = vasi(k|kk)(i|u)r(aar|aru|aan)
born = p(o|i)ra(n|)(dh|th)(a|u)
said = sonna
arrest = kai(dh|th)u kaidu
was arrested = kai(dh|th)(aa|a)naan kaidhaanaar
were arrested = kaithanar kai(dh|th)(aa|a)naanga
alone = thaniya(a|)(ga|gave|ve|) thanya(a|)
answer = (b|p)a(dh|th)il
cooperate = o(th|tt)u(zh|l)aikka; did not cooperate = o(th|tt)u(zh|l)aikkala
attack = tha(a|)(kk|k)u(dh|th)al
attacker = tha(a|)(kk|k)(i|u)(y|n)av(an|ar) thaakkudhalkaaran
perpetrator = ku(tt|t)rava(a|)li
killer = kolai(k|)(a|aa)ran
murder = kolai
police = ka(a|)val ka(a|)valthurai
police officer = ka(a|)valar police(k|kk)a(a|)r(an|ar)
officer = a(dh|th)i(k|g)a(a|)ri
bridge = paalam
on the bridge = paala(th|thth)(u|i)la paala(th|thth)il
car = kaar
vehicle = vandi(ya|) va(a|)(h|g)anam
pedestrians = pa(a|)(dh|th)asa(a|)rigal
people = makkal jan(am|angal) aalunga aatkal nabargal
person = nabar
victims = pa(a|)(dh|th)i(kk|k)a(pp|p)att(avanga|avargal) baliy(aa|a)na(vargal|vanga)
dead = se(th|thth|tth)avanga ira(n|)(dh|th)ava(rgal|nga)
injured = ka(a|)yampattavanga adipattavanga
injury = ka(a|)yam
years = varu(sh|s)am varudam
year = aandu
age = vaya(s|dh|th)(u|a)
day = naal thinam dhinam ki(zh|l)amai kezhamai
week = vaaram
Sunday = gnayiru nyaayiru nyayiru
Wednesday = bu(dh|th)an
time = neram naeram
minutes = nimi(sh|s)am
now = ippo ipo ippa ippo(dh|th)u
before = munn(a|aa)di mundhi munbu munnaala
already = munn(a|aa)diye yerkanave erkanave
after = a(pp|p)(r|ur)(a|o)m pinn(a|aa)di piragu
in the end = kadaisi(la|yila|yaga|yil) kadasila mudiv(ula|il) iru(th|dh)iyil
last = kadaisi(ya|) kadasi
first = m(u|o)(dh|th)al(la|il|)
name = peru peyar peyaru per
article = katturai katurai kattura
news = sei(dh|th)i(gal|)
headline = thalaippu thalaipu talaippu
author = e(zh|l)u(th|dh)aalar ezhuthalar e(zh|l)u(dh|th)(i|u)(y|n)ava(r|n)
journalist = pathirikaiya(a|)lar nirubar
newspaper = pa(th|thth)irikai
programme = ni(g|k)a(zh|l)chi
interview = petti nerka(a|)nal
government = arasu aras(aa|a)ngam
minister = amai(ch|chch)ar man(dh|th)iri
home = ulthurai
party = katchi
election = therthal thaerthal
law = sattam chattam
laws = sattangal chattangal
warrant = vaarant aanai
content = ulladak(k|)am
app = seyali cheyali
apps = seyaligal
company = niruvanam nirvanam
companies = niruvanangal nirvanangal
services = sevaigal
intelligence = ulavu ulavuthurai
security = pa(a|)(dh|th)u(g|k)a(a|)(pp|p)u
evidence = sa(a|)tchi(yangal|) aa(dh|th)aara(m|ngal) aadharam
group = kuzhu amai(pp|p)u iyakkam
soldier = si(pp|p)aai
phone = kaipe(s|sh)i kaipaesi alaipesi
encryption = maraiya(a|)kkam
secret = ra(g|h)asiya(m|maana|mana|)
place = idam edam
terrorists = th(ee|i)viravaa(dh|th)igal theeviravathigal (b|p)ayangaravaa(dh|th)igal
terrorist = theeviravaa(dh|th)i
envelope = kavar
access = anu(g|k)al
owner = so(n|)(dh|th)a(kk|k)aara(n|r) urimaiyaalar
make = thay(aa|a)rippu
religion = ma(dh|th)am
job = velai vela thozhil
price = vilai
salary = sambalam sambhalam
money = panam kaasu
weapon = a(a|)yu(dh|th)am
knife = ka(th|tth|thth)i
gun = thu(pp|p)akki
fine = abara(a|)(dh|th)am
meeting = koo(tt|t)am sa(n|)(dh|th)ippu
statement = ari(kk|k)ai
response = e(dh|th)irvinai
responsibility = poruppu
new = pu(dh|th)u pu(dh|th)iya pudusu pudhusa
old = pa(l|zh)(a|ai)ya
exactly = sariyaa sariyaga correcta
really = n(i|e)jama(a|) unmaiyaa
only = mattum mattumaa mattume
real = unmai unmaiya(a|)na nijama(a|)na
Islamic = isl(aa|a)miya
three = moonu moondru""")}
# the endings with no noun before them
_TAMIL.update({**{w: e for w, e in _POSTPOSITIONS.items() if w not in _TAMIL and w not in ("il", "ila", "ile")},
               **dict.fromkeys(_GENITIVE, "of")})
# fillers, "thaan" (just), "sollunga" (tell me), the yes-no "aa" (the object's "ah" is ``_tamil_order``'s)
_TAMIL_DROPPED = frozenset("""da di dei dey machan macha machi machaan nanba nanbaa bro ji thala thalaiva pa ppa nga ngo
    ey dhaan thaan dhan thane dhaane thaane aa ahh aah seri sari sollunga sollu solunga sollungalen sollungo solluda
    konjam koncham please pls plz enakku enaku ungalukku unakku apdiya romba summa chumma um""".split())
# English words or names too: "per year", "Peru", "la la land" stay; "attacker per enna" is a name
_TAMIL_SHARED = frozenset("""per peru la le vera ku kk kita il ila ile pathi padi mela mele kuda nu avar aval ena idam
    naal vela aanai kavar""".split())
# the idioms' words, which show Tamil too
_IDIOM_WORDS = frozenset(_forms("vaadagaikku suttu pattaanga pattanga kutra pinnani ethukitt(aa|a)nga(la|)"))

# -- English order ------------------------------------------------------------------------------
# the verbs glossed, and their base forms
_BASE = {**{p: b for b, p in _IRREGULAR.items()}, **{_past_of(b): b for b in """kill die stab ram rent use open live
    answer cooperate refuse prevent force attack convert work happen""".split()}, **dict.fromkeys(["said", "says"],
    "say"), "wants": "want", "knows": "know", "lives": "live", "does": "do", "use": "use", "refuse": "refuse",
    "hide": "hide", "shot dead": "shoot dead", "ran over": "run over", "asked for": "ask for", "asks for": "ask for",
    "claimed responsibility": "claim responsibility", "converted to Islam": "convert to Islam"}
_UNDONE = frozenset("happened died came went lived became".split())
_PRESENT = frozenset(["says", "wants", "knows", "lives", "uses", "does", "asks for"])
# Tamil verbs, whose yes-no forms ("sonnaaraa") show Tamil too
_VERBISH = frozenset(w for w, e in _TAMIL.items() if e in _BASE or e.split()[0] in (
    "was", "were", "is", "are", "can", "cannot", "could", "did", "wants", "knows", "happened")) | frozenset(_PANNU)
# less English words, names ("Vera"), others' ("yaar", "maari" Hindi, "ena" Greek, "katta" Japanese ...)
# and English questions' tokens ("oru", "ku", "yen")
_TAMIL_MARK = (frozenset(_TAMIL) | _TAMIL_DROPPED | frozenset(_PANNU) | frozenset(_MODALS) | frozenset(_INFINITIVES)
               | frozenset(_LIGHT) | _IDIOM_WORDS | frozenset(_HOW) | frozenset(_WHAT) | frozenset(
                   f for w in _VERBISH for f in (
                   [w[:-1] + "a", w[:-1] + "aa"] if w[-1] == "u" else [w + "la", w + "laa"] if w.endswith("nga") else
                   [w + "a", w + "aa"] if w[-1] in "nrl" else []))) - _TAMIL_SHARED - frozenset(
    """da di dei dey bro ji pa ppa nga ngo ey aa aah ahh seri sari please pls plz um summa thala apo en yen een yean oru
    ipo edam thane saatchi yaar yar yaru adhikari sarkar ketaan patri machi kita kayam katta maari epidi ketka marinara
    ode pesa suda vaati time date type reason sonar""".split())
# Tamil script or a common verb, often a yes-no question's one Tamil word ("unlock pannucha?")
_TAMIL_OPENING = re.compile(r"^.*?(?:[\u0b80-\u0bff]|\b(?:pann(?:aa|a[nrl]|u|in(?!g\b)|it|ir)|pa(?:n|nd)r(?:a|aa|u)|"
                            r"senj[aeiu]|sei[dt]h[aeiu]|irun[dt]h|iruk|theri[yn]|mudi[yn]|nadan[dt]h|p[oi]ran[dt]h|"
                            r"sonn[aiu]|sonaa|e(?:zh|l)u[dt]h|vasich|anupp)[a-z]*\b|"
                            r"\byaa?ru?\s+[a-z]+(?:adhu|athu|aanga|anga|aaru|[iu]naa?[nr])\b)",
                            re.S | re.I)
_PREPOSITIONS = r"in|on|at|about|with|without|for|to|from|by|against|after|before|during|through|until|near|" \
                "according to"
_ASK = (r"how old|how long|how many times|how many|how much|since when|from where|to whom|with whom|by whom|whose|"
        r"in which|what kind of|what (?:time|year|date|day)|which|what|who|whom|when|where|why|how")
_AUX = r"did not|does not|did|does|cannot|could not|could|can|will not|will|must|wants to|refused to|asked to|to"
_PASSIVE = r"(?:was|were|is|are)\s+(?:born|shot dead|%s)" % "|".join(set(_PARTICIPLES.values()))
_PAST_VERB = "|".join(sorted(map(re.escape, _BASE), key=len, reverse=True))
_VERB = rf"(?:{_AUX})\s+[a-z]+(?:\s+(?:alone|over|out|up|dead))?|{_PASSIVE}|{_PAST_VERB}"
_SAYING = r"said|says|wrote|asked for|claimed|told"
_AFTER = rf"(?P<after>\s+(?:{_PREPOSITIONS}|in the end)\b.*)?"
# "who wrote the article"
_THE = frozenset("""attacker article headline author police car bridge attack government perpetrator journalist
    programme show interview warrant minister soldier envelope killer suspect victims pedestrians""".split())
# "police officer name what": the name of the police officer
_OWNED = "name|age|job|religion|headline|title|author|owner|brand|make|price|party|wife|salary|nationality|content"
_BEFORE_THE = re.compile(rf"^(?:{_PREPOSITIONS}|of|{_AUX}|{_PAST_VERB}|%s|is|was|are|were|has|had|have|that|and|or|"
                         r"[a-z]+ed)$" % "|".join(sorted(set(_BASE.values()), key=len, reverse=True)))
# no subject ("police already knows")
_ADVERBS = frozenset("not also alone really exactly only that and already still always now then first".split())


def _units(text: str) -> list[list[str]]:
    """``text``'s phrases: a preposition's, a name, a noun with its modifiers, an object ("... ah")."""
    words, units, k = text.split(), [], 0
    while k < len(words):
        unit = []
        while k < len(words) and (re.fullmatch(_PREPOSITIONS, words[k], re.I) or words[k].lower() in _MODIFIERS):
            unit.append(words[k])
            k += 1
        unit += words[k:k + 1]
        k += 1
        while k < len(words) and words[k] != "ah" and (
                unit[-1][:1].isupper() and (words[k] in _NAME_HEADS or words[k][:1].isupper() and (
                    unit[-1] in _GIVEN or words[k].lower() in _HEADS) or words[k] in _HEADS and words[k + 1:k + 2] == [
                    "ah"]) or unit[-1].endswith(("'s", "’s", "s'")) or f"{unit[-1]} {words[k]}".lower() in _COMPOUNDS):
            unit.append(words[k])
            k += 1
        if words[k:k + 1] == ["ah"]:
            unit.append("ah")
            k += 1
        units.append(unit)
    return units


def _subject(text: str) -> tuple[str, str]:
    """The first phrase neither a preposition's nor an object, and the rest, objects first."""
    units = _units(text)
    for k, unit in enumerate(units):
        if unit[-1] != "ah" and not re.fullmatch(_PREPOSITIONS, unit[0], re.I) and unit[0].lower() not in _ADVERBS:
            others = units[:k] + units[k + 1:]
            rest = [w for u in others if not re.fullmatch(_PREPOSITIONS, u[0], re.I) for w in u] + \
                [w for u in others if re.fullmatch(_PREPOSITIONS, u[0], re.I) for w in u]
            return " ".join(unit), " ".join(rest)
    return "", text


def _tamil_order(glossed: str) -> str:
    """A question glossed word for word in English order ("Rudd what said about WhatsApp?" → "what did
    Rudd say about WhatsApp?", "FBI iPhone ah did unlock?" → "did FBI unlock iPhone?"), or as it is."""
    parts = re.split(r"(?<=[?.!])\s+(?=\w)", glossed.strip())
    if len(parts) > 1:
        return " ".join(map(_tamil_order, parts))
    m = re.match(r"^\s*(.*?)\s*([?.!]*)\s*$", glossed, re.S)
    body, end = m.group(1).strip(" ,"), m.group(2)
    body = re.sub(rf"\b({_ASK})\s+that\s+(?=(?:{_SAYING})\b)", r"\1 ", body)
    body = re.sub(r"\s+ah\b", "", _reordered(body, end) or body)
    return _articles(re.sub(r"\s{2,}", " ", body).strip()) + end


def _reordered(body: str, end: str) -> str | None:
    """``body`` in English order, or None."""
    # "who WhatsApp secret place that said", "WhatsApp secret place that Rudd said", "Rudd ... that said"
    m = re.match(rf"^(?:(who)\s+(.+?)|(.+?)\s+(who))\s+that\s+({_SAYING})$", body)
    if m:
        return f"who {m.group(5)} that {m.group(2) or m.group(3)}"
    m = re.match(rf"^(.+?)\s+that\s+(?:(.+?)\s+)?({_SAYING})$", body)
    if m and end and not re.search(rf"\b(?:{_ASK})\b", m.group(1)):
        subject, rest = (m.group(2), m.group(1)) if m.group(2) else _subject(m.group(1))
        if subject and rest:
            return f"did {subject} {_BASE.get(m.group(3), 'say')} that {rest}"
    # a question word and a verb last, or the verb then the question word
    m = re.match(rf"^(?P<before>.*?)\s*\b(?P<ask>{_ASK})\b(?:\s+(?P<between>.*?))?\s+(?P<verb>{_VERB}){_AFTER}$",
                 body) or re.match(rf"^(?P<before>.+?)\s+(?P<verb>{_VERB})\s+(?P<ask>{_ASK}){_AFTER}$", body)
    if m:
        return _asked(m.group("before") or "", m.group("ask"), m.groupdict().get("between") or "", m.group("verb"),
                      (m.group("after") or "").strip())
    # no verb: "attacker's name what"
    m = re.match(rf"^(?P<before>.+?)\s+(?P<ask>{_ASK})(?:\s+(?P<noun>(?!(?:is|was|are|were)\b)[a-z]+))?"
                 rf"(?:\s+(?P<cop>is|was|are|were))?{_AFTER}$", body)
    if m and not re.search(rf"\b(?:{_VERB})\b", m.group("before")):
        ask, before, noun = m.group("ask"), re.sub(r"\s+ah$", "", m.group("before")), m.group("noun")
        cop = m.group("cop") or ("was" if ask in ("when", "how old", "how long") else "is")
        if re.fullmatch(r"(?:[A-Z][\w.-]*\s?)+", before):
            cop = {"were": "was", "are": "is"}.get(cop, cop)
        after = f" {m.group('after').strip()}" if m.group("after") else ""
        if noun:
            return f"{ask} {cop} {before} {noun}{after}" if before.endswith(("'s", "’s")) else \
                f"{ask} {noun} {cop} {before}{after}"
        owned = re.match(rf"^(.+?)\s+({_OWNED})$", before)
        if owned and ask in ("what", "who", "which") and not re.search(r"['’]s\b", owned.group(1)) and \
                owned.group(1).split()[-1].lower() not in _MODIFIERS:
            return f"{ask} {cop} the {owned.group(2)} of {owned.group(1)}{after}"
        return f"{ask} {cop} {before}{after}"
    # yes or no: "FBI iPhone ah did unlock", "Masood attacker ah"
    if re.search(rf"\b(?:{_ASK})\b", body) or not end:
        return None
    m = re.match(rf"^(?P<before>.+?)\s+(?P<verb>{_VERB}|was|were|is|are){_AFTER}$", body)
    if m:
        subject, rest = _subject(m.group("before"))
        aux, verb = _auxiliary(m.group("verb"))
        if aux.endswith(" not") or aux == "cannot":
            aux, verb = (aux[:-4], "not " + verb) if aux.endswith(" not") else ("can", "not " + verb)
        if not subject and aux not in ("can", "must", "could", "will"):
            return None
        return " ".join(x for x in (aux, subject, verb, rest, (m.group("after") or "").strip()) if x)
    m = re.match(r"^(.+?)\s+ah$", body)
    subject, rest = _subject(m.group(1)) if m else ("", "")
    return f"is {subject} {rest}" if subject and rest else None


def _auxiliary(verb: str) -> tuple[str, str]:
    """"did unlock", "said", "wants" → ("did", "unlock"), ("did", "say"), ("does", "want")."""
    m = re.match(rf"^({_AUX}|was|were|is|are)\s+(.+)$", verb)
    if m and verb not in _BASE:
        aux = m.group(1)
        return (aux, m.group(2)) if not aux.endswith("to") else ("does" if aux[0] == "w" else "did", {
            "to": "", "wants to": "want to ", "refused to": "refuse to ", "asked to": "ask to "}[aux] + m.group(2))
    if verb in ("was", "were", "is", "are"):
        return verb, ""
    base = _BASE.get(verb, verb)
    return ("does" if verb in _PRESENT else "do" if verb == base else "did"), base


def _asked(before: str, ask: str, between: str, verb: str, after: str) -> str:
    """A question whose question word and verb came last."""
    nouns = between.split()
    if ask in ("what", "which", "how many", "how much", "whose", "what kind of") and nouns and \
            nouns[0].islower() and nouns[0] != "ah" and not re.fullmatch(_PREPOSITIONS, nouns[0]):
        take = 2 if " ".join(nouns[:2]).lower() in _COMPOUNDS else 1
        ask, between = f"{ask} {' '.join(nouns[:take])}", " ".join(nouns[take:])
    if " " in ask and not ask.startswith(("to ", "with ", "by ", "in ")):
        between = re.sub(r"^ah\b\s*", "", between)  # "evlo per ah konnaan": how many people did he kill
    if ask == "from where":
        ask, after = "where", f"{after} from".strip()
    aux, base = _auxiliary(verb)
    base = "last" if ask == "how long" and base == "happen" else base
    words = " ".join(x for x in (before, between) if x)
    subject, rest = _subject(words)
    # of the subject: "who wrote", "what happened", "how many people died"
    if ask in ("who", "whose") or not subject or (ask == "what" or ask.startswith(("how many", "which", "what kind"))) \
            and (verb in _UNDONE or aux in ("was", "were") and ask != "what"):
        if verb not in _BASE and aux in ("did", "does"):
            verb = _past_of(base) if aux == "did" else re.sub(r"^(\w+)", r"\1s", base)
        return " ".join(x for x in (ask, verb, words, after) if x)
    if aux.endswith(" not") or aux == "cannot":
        aux, base = (aux[:-4], "not " + base) if aux.endswith(" not") else ("can", "not " + base)
    return " ".join(x for x in (ask, aux, subject, base, rest, after) if x)


def _articles(text: str) -> str:
    """"who wrote article", "in attack" → "who wrote the article", "in the attack"."""
    out: list[str] = []
    for w in text.split(" "):
        prev = out[-1] if out else ""
        if re.sub(r"['’]s$", "", w) in _THE and (not prev or _BEFORE_THE.match(prev)) and \
                " ".join(out[-2:]) not in ("how many", "how much"):
            out.append("the")
        out.append(w)
    return " ".join(out)


TAMIL = Language(_TAMIL_IDIOMS, _TAMIL, _TAMIL_DROPPED, _TAMIL_MARK, reorder=_tamil_order, shared=_TAMIL_SHARED,
                 opening=_TAMIL_OPENING)
