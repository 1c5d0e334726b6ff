"""Hungarian mixed into English questions, read in English.

Hungarians frame a question in their language around the story's English names ("Ki írta the
article?", "Masood hány éves volt?"), accents typed or not. Hungarian has cases for prepositions ("a
cikkben": in the article, "Ruddról"), postpositions ("a támadás után"), its possessor first, a verb's
prefix apart ("lőtte le"), the subject after the verb ("mit mondott Rudd") or first ("Masood hol
lakott?"). Verbs are listed as typed ("tud" can, "tudja" knows), a noun's regular cases made. A case
tells a subject from an object: the subject is put first on the Hungarian (``_subject_first``), the
rest in English order on the glossing (``_hungarian_order``).
"""
from __future__ import annotations

import re

from . import Idioms, Language, with_plain_spellings

# the letters chat types without their accents ("miert", "rendorseg", "lelottek")
_PLAIN = str.maketrans("áéíóöőúüű", "aeiooouuu")


def _accents_optional(pattern: str) -> str:
    """``pattern`` matching its words typed without accents too."""
    return "".join("[" + re.sub("[^áéíóöőúüű]", "", p).translate(_PLAIN) + p[1:] if p.startswith("[") else
                   re.sub("[áéíóöőúüű]", lambda m: "[%s%s]" % (m.group(0), m.group(0).translate(_PLAIN)), p)
                   for p in re.split(r"(\[[^\]]*\])", pattern))


def _typed(words: str) -> frozenset[str]:
    """``words``, each also as typed without its accents."""
    return frozenset(words.split()) | frozenset(words.translate(_PLAIN).split())


def _table(text: str) -> dict[str, str]:
    """``text``'s groups "english: word word ..." (apart by ";" or a line) as {word: english}."""
    words: dict[str, str] = {}
    for group in text.replace("\n", ";").split(";"):
        english, _, typed = group.rpartition(":")
        words.update(dict.fromkeys(typed.split(), english.strip()))
    return with_plain_spellings(words, _PLAIN)


# -- the words --

# the verbs, past, present and infinitive; a plural done to someone is "they" ("lelőtték": they shot). A form
# is also read without its prefix, which a question puts apart ("megölte": "ölte meg")
_VERBS = _table("""said: mondott mondta mondták mondtak elmondta elmondták kijelentette közölte közölték mesélte
says: mond mondja közli; say: mondják mondanak; to say: mondani; stated: nyilatkozott nyilatkozta
spoke: beszélt beszéltek; wrote: írt írta írták írtak megírta megírták; writes: ír írja; asked: megkérdezte kérdezték
called: nevezte nevezték hívta; they called: hívták hívják; announced: bejelentette bejelentették
happened: történt lezajlott; killed: ölt megölt megölte meggyilkolta meggyilkolt
they killed: megölték megöltek meggyilkolták; died: meghalt elhunyt meghaltak elhunytak
stabbed: megkéselt megkéselte leszúrt leszúrta megszúrta szúrt; they stabbed: megkéselték leszúrták
shot: lőtt lőtte lelőtte lelőtt; they shot: lelőtték; drove: vezetett vezette hajtott
drove into: belehajtott behajtott; ran over: elgázolt elgázolta elütött elütötte; rented: bérelt bérelte kibérelte
used: használt használta használták; uses: használ használja; use: használják használnak
claimed: vállalta vállalták állította állították; wanted: akart akarta akarták akartak
wants: akar akarja szeretné szeretne; want: akarják akarnak szeretnék; demanded: követelt követelte követelték
demands: követel követeli követelik; asked for: kért kérte kérték kértek; asks for: kér kéri
knew: tudta tudták ismerte ismerték; knows: tudja ismeri; can: tud tudnak tudják; could: tudott tudtak
found: talált megtalálta találtak; they found: megtalálták; read: olvasott olvasta elolvasta olvasták
reads: olvas elolvassa; to read: elolvasni; unlocked: feloldotta kinyitotta feltörte
they unlocked: feloldották kinyitották feltörték; to unlock: feloldani kinyitni feltörni; to access: hozzáférni
sent: küldött elküldte küldtek küldték; sends: küld küldi; messaged: üzent üzenget üzengetett chatelt
lived: élt lakott éltek laktak; lives: lakik; was born: született; were born: születtek
arrested: letartóztatta letartóztatott; they arrested: letartóztatták letartóztattak elfogták
they charged: megvádolták; acted: cselekedett; answered: válaszolt válaszolta felelt; responded: reagált
cooperated: együttműködött; cooperates: együttműködik; cooperate: együttműködnek; to cooperate: együttműködni
refused: megtagadta elutasította; they refused: megtagadták elutasították; refuses: megtagadja elutasítja
prevented: megakadályozta megelőzte; to prevent: megakadályozni megelőzni; hid: elrejtette rejtőzött bujkált
hide: rejtőznek rejtőzködnek bujkálnak; to hide: elrejteni rejtőzni; forced: rákényszerítette
to force: rákényszeríteni kötelezni; did: tett tette csinált csinálta; does: tesz csinál; to do: tenni csinálni
gave: adott adta; handed over: átadta átadták; hands over: átadja; to hand over: átadni; got: kapott kapta
bought: vett megvette vásárolt megvásárolta; paid: fizetett kifizette fizettek; pays: fizet; to pay: fizetni
earns: keres; earned: keresett; worked: dolgozott; converted: áttért; encrypts: titkosítja; cost: került
costs: kerül; appointed: kinevezte kinevezett nevezett; they appointed: kinevezték; resigned: lemondott
met: találkozott; meets: találkozik; to meet: találkozni; came: jött érkezett; came from: származott
comes from: származik; injured: megsebesített megsebesítette; was injured: megsebesült megsérült
were injured: megsebesültek megsérültek; attacked: megtámadta támadt; lasted: tartott; belongs to: tartozik
signed: aláírta; banned: betiltotta; passed: elfogadta; voted: szavazott szavaztak; won: nyert megnyerte
fired: kirúgta; helped: segített; to help: segíteni""")
_VERBS = {**{m.group(2): e for w, e in _VERBS.items()
             for m in [re.match(r"(meg|el|le|fel|ki|bele|be|át|at|rá|ra)(.{4,})", w)] if m}, **_VERBS}
# the verbs of being, asking in English order already ("hány éves volt": how old was)
_BEING = _table("""is: van; are: vannak; was: volt; were: voltak; will be: lesz lesznek; became: lett lettek
would be: lenne; is not: nincs; are not: nincsenek; can: lehet; could: lehetett; must: kell; had to: kellett
should: kellene kéne; will: fog fogja fognak fogják""")
# the nouns as subjects, which may follow their verb (``_subject_first``)
_NOUNS = _table("""attack: támadás merénylet terrortámadás; attacker: támadó merénylő; attackers: támadók
perpetrator: tettes elkövető; police: rendőrség; bridge: híd; police officer: rendőr rendőrtiszt
police officers: rendőrök; car: autó kocsi; vehicle: jármű; pedestrians: gyalogosok járókelők; pedestrian: gyalogos
people: emberek ember személy; victim: áldozat; victims: áldozatok; dead: halott halottak; injured: sérült sebesült
year: év; age: életkor; day: nap; week: hét; Sunday: vasárnap; Wednesday: szerda; time: idő időpont; minutes: perc
hour: óra; name: név; article: cikk; title: cím; headline: főcím; author: szerző; journalist: újságíró
programme: műsor; interview: interjú; government: kormány; minister: miniszter; Home Secretary: belügyminiszter
president: elnök; prime minister: miniszterelnök; law: törvény; laws: törvények; warrant: parancs végzés
message: üzenet; messages: üzenetek; app: alkalmazás; apps: alkalmazások; company: cég vállalat
companies: cégek vállalatok; services: szolgáltatások szolgálatok; messaging: üzenetküldő; intelligence: hírszerzés
intelligence services: titkosszolgálat titkosszolgálatok; security: biztonság; evidence: bizonyíték bizonyítékok
group: csoport; news agency: hírügynökség; soldier: katona; phone: telefon mobil okostelefon; encryption: titkosítás
secret: titok; envelope: boríték; place: hely; terrorist: terrorista; terrorists: terroristák; access: hozzáférés
owner: tulajdonos; brand: márka; make: gyártmány; model: típus modell; content: tartalom; religion: vallás vallású
party: párt; job: munka állás foglalkozás; price: ár; weapon: fegyver; knife: kés; fine: bírság; penalty: büntetés
meeting: találkozó megbeszélés; response: válasz reakció; statement: nyilatkozat közlemény; wife: feleség
husband: férj; family: család; children: gyerekek; hospital: kórház; motive: indíték; prison: börtön; court: bíróság
judge: bíró; authorities: hatóságok; election: választás; Democrats: demokraták
Republicans: republikánusok republikánus; Congress: kongresszus; Senate: szenátus; vote: szavazás szavazat
citizen: állampolgár; investigation: nyomozás vizsgálat; problem: baj; responsible: felelős; backdoor: kiskapu
unlocking: feltörés""")


def _in_cases(nouns: dict[str, str]) -> dict[str, str]:
    """The regular cases of ``nouns`` by vowel harmony: "cikk" → "cikkben" (in the article), "cikket", ..."""
    out = {}
    plain = {w.translate(_PLAIN) for w in nouns if w.translate(_PLAIN) != w}
    for word, english in nouns.items():
        if word in plain:
            continue
        vowels = "".join(re.findall("[aáeéiíoóöőuúüű]", word))
        back, round_ = bool(re.search("[aáoóuú][eéií]*$", vowels)), vowels[-1:] in tuple("öőüű")
        stem = re.sub("a$", "á", re.sub("e$", "é", word))
        vowel = stem[-1] in "aáeéiíoóöőuúüű"
        many = english.endswith("s") or english == "people"
        link = "" if vowel else "a" if back and many else "o" if back else "ö" if round_ and not many else "e"
        for ends, case in (("ban ben", "in"), ("ba be", "into"), ("ról ről", "about"), ("ból ből", "from"),
                           ("tól től", "from"), ("nak nek", "to"), ("nál nél", "at"), ("ra re", "onto"),
                           ("hoz hez", "to"), ("ért ért", "for")):
            out[stem + ends.split()[not back].replace("hez", "höz" if round_ else "hez")] = f"{case} the {english}"
        direct = vowel or re.search("(?:[lnrjz]|[^c]s|ny|ly)$", word) and not many
        out[stem + ("" if direct else link) + "t"] = english
        out[stem + link.replace("a", "o") + "n"] = f"on the {english}"
        two = stem[-2:] in ("ny", "ly", "sz", "zs", "cs", "gy", "ty")
        out[("v" if vowel else "" if stem[-1] == stem[-2] else stem[-2] if two else stem[-1]).join(
            (stem[:-2], stem[-2:]) if two else (stem, "")) + ("al" if back else "el")] = f"with the {english}"
    return with_plain_spellings(out, _PLAIN)


# irregular cases, and possessed forms, whose "his" a possessor takes ("Masood autója": Masood's car)
_FORMS = _table("""bridge: hidat; on the bridge: hídon; onto the bridge: hídra; from the bridge: hídról
into the crowd: tömegbe; people: embert személyt; on Wednesday: szerdán; on Thursday: csütörtökön
votes: szavazatot szavazatokat; to the hackers: hackereknek; years: évet évig; years old: éves; minutes: percig
at o'clock: órakor; his name: neve nevét; his age: kora életkora; his car: autója kocsija autóját kocsiját
in his car: autójában; his phone: telefonja telefonját mobilja; on his phone: telefonján
his wife: felesége feleségét; his family: családja; his children: gyerekei gyereke; his religion: vallása
his party: pártja; his job: munkája foglalkozása állása; his owner: tulajdonosa; his title: címe
his author: szerzője; his message: üzenete; his messages: üzenetei üzeneteit; in his message: üzenetében
in his article: cikkében; in his interview: interjújában; his content: tartalma tartalmát; his price: ára
his salary: fizetése; his response: válasza reakciója válaszát; his statement: nyilatkozata; his motive: indítéka
his weapon: fegyvere; his make: márkája gyártmánya; his nationality: állampolgársága nemzetisége
his firing: kirúgása; about his firing: kirúgásáról; for his unlocking: feloldásáért; his place: helye""")
_FORMS = {**_in_cases(_NOUNS), **_FORMS}
# asking, pointing, joining, time
_WORDS = _table("""who: ki kik; whom: kit kiket; to whom: kinek kiknek kihez; whose: kié; with whom: kivel kikkel
from whom: kitől; about whom: kiről; what: mi mit mik miket milyen milyet; with what: mivel; about what: miről
in what: miben; why: miért; when: mikor; since when: mióta; how long: meddig; where: hol; at what time: hánykor
where to: hova hová; from where: honnan; how: hogyan miként; how many: hány hányat; how many people: hányan
how many times: hányszor; how much: mennyi mennyit mennyibe; for how much: mennyiért; which: melyik melyiket melyek
the: a az; a: egy; this: ez ezt; that: azt hogy; about it: róla erről arról; with him: vele; to him: neki
to them: nekik; he: ő; him: őt; they: ők; them: őket; own: saját; and: és; or: vagy; but: de; because: mert; if: ha
also: szintén; after: után; before: előtt előtte; during: alatt során; according to: szerint; because of: miatt
between: között; since: óta; against: ellen; without: nélkül; besides: mellett; by: által; not: nem; true: igaz
after that: utána; earlier: korábban; later: később; finally: végül; anyone: valaki valakit senki senkit
owned by: tulajdonában; first: először első; last: utoljára utolsó; already: már; still: még; exactly: pontosan
really: tényleg valóban; only: csak csupán; alone: egyedül; ever: valaha; never: soha; new: új újabb
other: más másik többi; real: igazi valódi; original: eredeti; birth: születési; criminal: büntetett
British: brit angol; American: amerikai; Russian: orosz; Muslim: muszlim; Islam: iszlám; to Islam: iszlámra
encrypted: titkosított; tech: technológiai; security: biztonsági; healthcare: egészségügyi; secret: titkos
known: ismert; rented: bérelt""")
# (nouns last: "sérült" is injured, not a verb less its prefix)
_HUNGARIAN = {**_FORMS, **_WORDS, **_VERBS, **_BEING, **_NOUNS}
# a form without accents that is English: "no" (nő), "ok" (ők), "even" (éven)
for _word in "no ok o art even evert parton".split():
    _HUNGARIAN.pop(_word, None)

# words of talk, left out: "vajon" (I wonder), "kérem" (please), a prefix apart ("ölte meg")
_HUNGARIAN_DROPPED = _typed("""vajon kérem kérlek légyszi szia hali hát na szóval egyébként amúgy tehát
    ugye persze nos kösz köszi köszönöm meg el le""") - {"hat"}
# English words too, glossed before a word of Hungarian or a name: "a támadó" but "a rented car", "kit"
_HUNGARIAN_SHARED = frozenset("a kit van ha nap fog part ora eves".split())
# the words that show Hungarian, less English ones ("halt") and the other languages' ("es", "nem", "het", "az",
# "telefon", "terrorista"; "mi", "mit", "ki" show it opening a question); "volt" is English, but rare
_HUNGARIAN_MARK = (frozenset(_HUNGARIAN) | _HUNGARIAN_DROPPED) - _HUNGARIAN_SHARED - frozenset(
    "az de es mas más nem mar het na ki mi mit meg le el mobil ar ember torte utan auto brit halt hid marka nos "
    "cim kie kora autora auton markat telefon modell ot terrorista ara aron hidra ir neve vele ove tette cime heten"
    .split())
_HUNGARIAN_OPENING = re.compile(
    r"^\s*(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}(?:(?-i:[Mm]i[tk])\s+(?!(?:wem|welch\w*|d[eia][mnrs]|einer?m?|ihm|ihr\w*|"
    r"uns)\b)|(?-i:[MmKk]it?)\s+(?=(?:a|az|volt|van|voltak|vannak|lett|lesz|nem|irta|mondta|olte|lotte|tortent)\b|"
    r"[\w-]*[áéíóöőúüű]))", re.I)


# -- names, possessors, postpositions, articles --

# a name's endings ("Ruddról": about Rudd, "FBI-jal": with FBI)
_CASES = with_plain_spellings(dict(c.split(":") for c in """ról:about ről:about ból:from ből:from tól:from
    től:from ban:in ben:in ba:to be:to nál:at nél:at hoz:to hez:to höz:to ra:on re:on nak:to nek:to val:with
    vel:with on:on en:on ön:on n:on ot: et: öt: at: t: ért:for ig:until i: os: es: ként:as é:'s""".split()), _PLAIN)
# the story's names, with endings typed unhyphened ("Masoodnak") and in lower case; other names take only an
# ending no English name has ("Farookról"; "Boston" and "Taliban" end in cases)
_CASED = {n.lower(): n for n in """Amber BBC Masood Rudd Trump Obama Clinton Comey WhatsApp Apple Facebook Google
    Twitter Telegram London Westminster Birmingham Brexit Putin Sanders Khalid Adrian Kent iPhone ISIS Amaq FBI
    CIA""".split()}
_NAMES = frozenset(_CASED) | {"obamá"}
_NAME = r"(?:[A-Z]|i[A-Z])"
# first names ("Amber Ruddnak" is one name; "Trump Comeyt" two)
_FIRST_NAMES = frozenset("amber khalid donald theresa andrew hillary barack".split())


def _name_case(word: str) -> tuple[str, str] | None:
    """A name with an ending as (preposition, name): "Ruddról" ("about", "Rudd"); None if it has none."""
    if not re.match(_NAME, word):
        return None
    if "-" in word:
        name, end = word.split("-", 1)
        low = end.lower()
        if low in _CASES:
            return _CASES[low], name
        if re.fullmatch(r"\w?[ae]l", low):
            return "with", name
        return ("", f"{name} {_HUNGARIAN[low]}") if low in _HUNGARIAN else ("", name)
    low = word.lower()
    for k in range(len(word) - 1, 2, -1):
        stem, end = low[:k], low[k:]
        if stem in _NAMES and end in _CASES:
            return _CASES[end], word[:k]
        if stem in _NAMES and (end in ("al", "el") or end[1:] in ("al", "el") and end[0] in (stem[-1], "v", "j")):
            return "with", word[:k]
        if end in ("ról", "ről", "ból", "ből", "tól", "től", "nál", "nél", "ért") and k > 3:
            return _CASES[end], word[:k]
    return None


def _cased(m: re.Match) -> str:
    """A name of the story typed in lower case, as written ("whatsapprol" → "WhatsApprol")."""
    low = m.group(0).lower()
    for n in _CASED:
        end = low[len(n):].lstrip("-")
        if low.startswith(n) and (not end or end in _CASES or end[-2:] in ("al", "el") and len(end) < 4):
            return _CASED[n] + m.group(0)[len(n):]
    return m.group(0)


def _named(m: re.Match) -> str:
    """A name in its case, and its article ("az Andrew Marr Show-ban": in the Andrew Marr Show)."""
    words = m.group(2).split()
    case = _name_case(words[-1])
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in _HUNGARIAN:
        lead += 1
    if case is None or lead and m.group(1):
        return m.group(0)
    preposition, name = case
    name = " ".join(words[lead:-1] + [name])
    if preposition == "'s":
        return " ".join(words[:lead] + [name + "'s"])
    the = "the " if m.group(1) and (name.isupper() or " " in name) else ""
    return " ".join(words[:lead] + [f"{preposition} {the}{name}".strip()])


# adjectives before a noun ("Masood igazi neve": Masood's real name)
_ADJECTIVES = _typed("igazi valódi eredeti születési utolsó első új saját brit titkos titkosított technológiai "
                     "egészségügyi biztonsági")
_OWNED = r"^(?:(\w+)\s+)?his\s+(.+)$"


def _possessors(text: str) -> str:
    """``text`` with possessions in English: "a támadó autója" → "the car of the attacker"."""
    out: list[str] = []
    for word in text.split():
        core = word.rstrip("?.!,")
        owned = re.match(_OWNED, _FORMS.get(core.lower(), ""))
        if not owned or not out:
            out.append(word)
            continue
        adjective = out.pop() if len(out) > 1 and out[-1].lower() in _ADJECTIVES else ""
        thing = f"{_WORDS.get(adjective.lower(), '')} {owned.group(2)}".strip()
        k = len(out)
        while k > 0 and re.match(_NAME, out[k - 1]) and out[k - 1].lower() not in _HUNGARIAN:
            k -= 1
        if k < len(out):
            owner = f"{' '.join(out[k:])}'s {thing}"
            k -= k > 0 and out[k - 1].lower() in ("a", "az")
        elif len(out) > 1 and out[-2].lower() in ("a", "az") and (out[-1].lower() in _NOUNS or re.match(
                _NAME, out[-1]) or out[-1].lower() not in _HUNGARIAN):
            noun = _NOUNS.get(out[-1].lower(), out[-1])
            owner = f"the {thing} of {'' if re.match(_NAME, noun) else 'the '}{noun}"
            k = len(out) - 2
        else:
            out += [adjective, word] if adjective else [word]
            continue
        del out[k:]
        out.append(f"{owned.group(1) or ''} {owner}{word[len(core):]}".strip())
    return " ".join(out)


def _possessed_of(m: re.Match) -> str:
    """An owner after, in the dative: "neve a támadónak" → "the name of the attacker"."""
    owned = re.match(_OWNED, _FORMS.get(m.group(1).lower(), ""))
    owner = m.group(2) if re.match(_NAME, m.group(2)) else "the " + _NOUNS.get(m.group(2).lower(), "")
    if not owned or owner == "the ":
        return m.group(0)
    return f"{owned.group(1) or ''} the {owned.group(2)} of {owner}".strip()


_POSTPOSITIONS = {w: _WORDS[w] for w in _typed("után előtt alatt során szerint miatt között óta ellen nélkül mellett "
                                                "által")}
_NOUN_PHRASE = (r"(?<![\w'’-])(?:a|az|egy|ez|ezen|azon)\s+(?:[\w'’-]+\s+)?[\w'’-]+|(?-i:[A-Z])[\w'’.-]*"
                r"(?:\s+(?-i:[A-Z])[\w'’.-]*)*|[\w'’-]+")


def _article(m: re.Match) -> str:
    """An article taken into a case ("a titkosított üzenetekkel": with the encrypted messages), left
    out before a name ("a WhatsApp") but an acronym's ("az FBI")."""
    word, before = m.group(3), m.group(2)
    adjective = _WORDS.get((before or "").lower(), before)
    english = _HUNGARIAN.get(word.lower(), "")
    case = re.match(r"(in|on|at|to|from|about|with|into|onto|of|for|his)\s+(?:the\s+)?(.*)", english)
    if case:
        return english if not adjective else f"{case.group(1)} the {adjective} {case.group(2)}".replace(
            f"the {adjective} his", "his " + adjective).replace("his the", "his")
    if before and re.match(_NAME, before) and before.lower() not in _HUNGARIAN:
        return f"{'the ' if before.isupper() or word.lower() in _NOUNS else ''}{before} {word}"
    if not before and re.match(_NAME, word) and not word.isupper() and word.lower() not in _HUNGARIAN:
        return word
    return m.group(0)


def _had(m: re.Match) -> str:
    """"volt Masoodnak" → "Masood had": the dative and being is having."""
    case = _name_case(m.group(2) or m.group(3))
    if not case or case[0] != "to":
        return m.group(0)
    return f"{case[1]} {'had' if (m.group(1) or m.group(4)).lower() == 'volt' else 'has'}"


def _which_case(m: re.Match) -> str:
    """"melyik műsorban" → "in which programme"."""
    case = re.match(r"(in|on|at|to|from|about|with|into)\s+the\s+(.*)", _FORMS.get(m.group(2).lower(), ""))
    return f"{case.group(1)} {_WORDS[m.group(1).lower()]} {case.group(2)}" if case else m.group(0)


def _also(m: re.Match) -> str:
    """"is" before Hungarian is "also" ("Trump is mondta": Trump also said)."""
    after = m.group(1).lower()
    return "also" if after in _HUNGARIAN and after not in _HUNGARIAN_SHARED | {"az", "egy", "hogy"} else "is"


# -- the subject before its verb, told by its case --

# the question words that are no subject, and those that may be ("ki írta", "hány ember")
_ASKED_OBJECT = _typed("""mit miket mikor hol hova hová honnan miért hogyan hogy kinek kit kiket kivel kitől kiről
    kihez mivel miről miben mióta meddig mennyit mennyiért mennyibe hányszor hánykor""")
_ASKED = _ASKED_OBJECT | _typed("mi ki kik mik hány hányan mennyi melyik melyiket milyen milyet")
_BEFORE_VERB = _typed("egyedül végül már tényleg valóban valaha pontosan")
_PREFIXES = _typed("meg el le ki be fel át vissza rá bele is")


def _noun(word: str) -> bool:
    """Whether ``word`` is a noun in the nominative, Hungarian or English."""
    low = word.lower()
    return word[:1].islower() and (low in _NOUNS or low not in _HUNGARIAN and low not in _POSTPOSITIONS and
                                   word.isalpha())


def _subject_at(words: list[str], k: int) -> int | None:
    """Where a subject at ``words[k]`` ends: a name with no ending, an article and a noun, a pronoun."""
    low = words[k].lower() if k < len(words) else ""
    j = k + 1
    if re.match(_NAME, words[k] if low else "") and (low not in _HUNGARIAN or low in _NOUNS):
        j = k
        while j < len(words) and re.match(_NAME, words[j]):
            if _name_case(words[j]) is not None:
                if j == k or words[j - 1].lower() in _FIRST_NAMES:
                    return None
                break
            j += 1
    elif low in ("a", "az", "the", "egy"):
        while j + 1 < len(words) and (words[j].lower() in _ADJECTIVES or re.match(_NAME, words[j]) and _noun(
                words[j + 1]) or words[j][-1] == "i" and words[j][0].islower() and words[j] not in _HUNGARIAN):
            j += 1
        if not (j < len(words) and (re.match(_NAME, words[j]) and _name_case(words[j]) is None or _noun(words[j]))):
            return None
        j += 1
    elif low not in ("ő", "ők"):
        return None
    return j if (words[j:j + 1] or [""])[0].lower() not in _POSTPOSITIONS else None


def _subject_first(question: str) -> str:
    """``question`` with a subject after its verb put before it ("mit mondott Rudd" → "mit Rudd
    mondott"), or the one its ending tells ("mit mondott?" → "mit he mondott?"). A noun in another case
    is no subject ("lelőtték Masoodot": they shot Masood)."""
    m = re.match(r"^(\s*)([^,?!]*)(.*)$", question, re.S)
    words = m.group(2).split()
    low = [w.lower() for w in words]
    i = 0
    if low and low[0] in _ASKED:
        i = 1
        while i < min(len(words), 4) and low[i] not in _VERBS and low[i] not in _BEING and \
                low[i] not in ("a", "az", "nem", "is", "the") and words[i][:1].islower():
            i += 1
        # "ki", "mi", "hány ember" ask for the subject: what follows the verb is its object
        if low[0] not in _ASKED_OBJECT and (i == 1 or low[i - 1] in _NOUNS):
            return question
    else:
        while i < len(words) - 1 and low[i] in _BEFORE_VERB:
            i += 1
    verb = i + (i < len(words) and low[i] == "nem")
    if verb >= len(words) or low[verb] not in _VERBS:
        return question
    k = verb + 1
    while k < len(words) and (low[k] in _PREFIXES or low[k] in _BEFORE_VERB or low[k].endswith("ni")):
        k += 1
    end, obj = _subject_at(words, k), k
    the = k + 1 < len(words) and low[k] in ("a", "az")
    if end is None and k + the + 1 < len(words) and (low[k + the] in _HUNGARIAN or _name_case(words[k + the])):
        end, obj = _subject_at(words, k + the + 1), k + the + 1
    if end is not None:
        at = i if low[0] in _ASKED else 0
        words = words[:at] + words[obj:end] + words[at:obj] + words[end:]
    elif i == verb == 1 and low[0] in _ASKED_OBJECT and \
            not _VERBS[low[verb]].startswith(("they", "happen", "turned", "lasted", "to ", "cost")):
        words.insert(verb, "they" if re.search(r"[aeáé]k$", low[verb]) else "he")
    else:
        return question
    return m.group(1) + " ".join(words) + m.group(3)


# -- phrases --

_HUNGARIAN_IDIOMS = Idioms([
    # "-e" asking yes or no ("volt-e": was), words of talk ("mondd meg": tell me, "tudod": you know)
    (r"(?<=\w)-e\b", ""),
    (r"\b(?:mondd|mondja)\s+(?:meg|el)\b,?|\bmeg\s+tudn?[áa]?d\s+mondani\b,?|\btudod\b,?", ""),
    (r"\bhogy(?:an)?\s+hívják\b", "what is the name of"), (r"\bhogy(?:an)?\s+hívták\b", "what was the name of"),
    (r"\bmelyik\s+párt(?:nak\s+a)?\s+tagja\s+((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)",
     r"which party does \1 belong to"),
    (r"(?<![\w'’-])(?-i:[a-z])[\w'’-]*", _cased),
    (r"\bwestminster-?i\b", "Westminster"), (r"\blondoni\b", "London"), (r"\bsérült\s+meg\b", "was injured"),
    (r"\bsérültek\s+meg\b", "were injured"), (r"^(\s*)lesz\s+(?=\w)", r"\1will there be "),
    (r"^(\s*)van\s+(?=(?-i:[a-z]))", r"\1is there "),
    # "Rudd szerint ...?": according to Rudd, last
    (r"^(\s*)(%s)\s+szerint\s*,?\s+(.+?)(\s*[?.!]*)$" % _NOUN_PHRASE, r"\1\3 according to \2\4"),
    (r"\bmondott\s+le\b", "lemondott"),
    (r"^.+", lambda m: _subject_first(m.group(0))),
    # age, time, how long, how often
    (r"\bhány\s+éves\s+volt\b", "how old was"),
    (r"\bhány\s+évesen\b", "at what age"), (r"\bhány\s+éves\b", "how old"), (r"\bhány\s+éve\b", "how many years ago"),
    (r"\bmennyi\s+ideig\b|\bhány\s+percig\b|\bmennyi\s+idő\s+alatt\b", "how long"),
    (r"\bhány\s+óra(?:kor)?\b", "at what time"),
    (r"\ba\s+végén\b|\bvégül\s+is\b", "in the end"),
    (r"\bhonnan\s+(?:(\S+)\s+)?származ(ik|ott)\b",
     lambda m: f"where {'is' if m.group(2) == 'ik' else 'was'} {m.group(1) or ''} from"),
    # what it is, who owns it, whether it is true, how it ended
    (r"\bmilyen\s+(?:márkájú|gyártmányú)\s+(?=volt|van)", "what make "),
    (r"\bmilyen\s+(?:márkájú|gyártmányú)\b", "what make of"), (r"\bkié\s+(?:a|az)\s+", "who owns "),
    (r"\bkinek\s+a\s+tulajdonában\s+van\b", "who owns"),
    (r"\bigaz(?:,)?\s+hogy\b", "is it true that"), (r"\bmi\s+állt\b", "what was written"),
    (r"\bmi\s+(?:lett|volt)\s+(?:a|az)\s+(?:vége|eredménye)\b", "what was the outcome of"),
    # having and needing, told by the dative ("volt Masoodnak felesége": did Masood have a wife)
    (r"\b(volt|van)\s+((?-i:[A-Z])[\w'’-]*)\b|\b((?-i:[A-Z])[\w'’-]*)\s+(volt|van)\b", _had),
    (r"\bházkutatási\s+parancs\w*|\bbírósági\s+(?:végzés|engedély)\w*", "warrant"),
    (r"\bkell\s+(?:a|az)\s+(\w+)\b", lambda m: "does the %s need" % _FORMS[m.group(1).lower()][7:]
     if _FORMS.get(m.group(1).lower(), "").startswith("to the ") else m.group(0)),
    (r"^(\s*)kell\s+((?!\w+ni\b)[\w'’-]+)", r"\1is a \2 needed"), (r"\bahhoz,?\s+hogy\b", "so that"),
    # records, claims, acting alone, dying, arrests
    (r"\bvolt\s+büntetett\s+előélet(?:e|ű)\b|\bbüntetett\s+előélete\s+volt\b", "had a criminal record"),
    (r"\bbüntetett\s+előélet\w*|\bpriusz\w*", "criminal record"),
    (r"\bismert\s+volt\s+(?:a|az)\s+(\w+)\s+előtt\b", lambda m: "was known to the " + _NOUNS.get(m.group(1), "")),
    (r"\bmegfigyelés\s+alatt\b", "under surveillance"),
    (r"\b(?:magára\s+vállalta|vállalta\s+magára|vállalta\s+a\s+felelősséget|felelősséget\s+vállalt)\b(\s+(?:a|az)\b)?",
     lambda m: "claimed responsibility" + (" for the" if m.group(1) else "")),
    (r"\begyedül\s+(?:cselekedett|követte\s+el|hajtotta\s+végre)\b|\bcselekedett\s+egyedül\b", "acted alone"),
    (r"\bélet(?:ét|üket)\s+vesztett(?:e|ék)\b", "died"), (r"\bőrizetbe\s+vették\b", "they detained"),
    (r"\bvádat\s+emeltek\b", "they charged"),
    (r"\bnem\s+hajlandó\b", "refuses"), (r"\bnem\s+volt\b", "was not"),
    (r"\bazt\s+(?=(?:mondta|mondták|írta|állította|nyilatkozta|követelte|kérte)\b)", ""),
    # "tudott Masoodról": knew about Masood; "fel tudta oldani": could unlock
    (r"\btud(ott|nak|tak)?\s+(?=\S+r[óő]l\b)", lambda m: {"nak": "know ", None: "knows "}.get(m.group(1), "knew ")),
    (r"\btudt(?:a|ák)\s+(?=\w+ni\b)", "could "), (r"\btud(?:ja|ják|nak)?\s+(?=\w+ni\b)", "can "),
    (r"\bez(?:t)?\s+az?\b", "this"),
    # the story's names and things
    (r"\b(?:(?:a|az)\s+)?iszlám\s+állam(?:nak|ot|hoz)?\b", "Islamic State"),
    (r"\b(?:(?:a|az)\s+)?westminster(?:i|-i)?\s+hídon\b", "on Westminster Bridge"),
    (r"\b(?:(?:a|az)\s+)?westminster(?:i|-i)?\s+híd\w*", "Westminster Bridge"),
    (r"\bvégponttól\s+végpontig(?:\s+tartó)?\b", "end-to-end"),
    # "melyik műsorban": in which programme; a name or a number in its case ("2017-ben": in 2017)
    (r"\b(melyik|milyen|hány|mennyi)\s+([\w'’-]+)", _which_case),
    (r"(?<![\w'’-])((?:a|az)\s+)?((?:(?-i:[A-Z])[\w.'’]*\s+){0,3}(?-i:[A-Z]|i[A-Z])[\w.'’]*(?:-\w+)?)(?![\w'’-])",
     _named),
    (r"\b(\d+)-[aáeéoö]?(ban|ben|n|ig|tól|től|ra|re|i|as|es|os)\b",
     lambda m: f"{_CASES.get(m.group(2).lower(), '')} {m.group(1)}".strip()),
    # a possessor first ("Masood autója", "a támadó neve"), or after in the dative ("neve a támadónak")
    (r"^.+", lambda m: _possessors(m.group(0))),
    (r"(?:(?<![\w'’-])(?:a|az)\s+)?([\w'’-]+)\s+(?:a|az)\s+([\w'’.-]+?)-?(?:nak|nek)\b", _possessed_of),
    # a postposition after its noun ("a támadás után": after the attack), an article
    (r"(%s)\s+(%s)\b" % (_NOUN_PHRASE, "|".join(_POSTPOSITIONS)), lambda m: f"{_POSTPOSITIONS[m.group(2).lower()]} "
                                                                            f"{m.group(1)}"),
    (r"(?<![\w'’-])(a|az)\s+(?:(%s|(?-i:[A-Z])[\w'’.-]*)\s+)?([\w'’.-]+)" % "|".join(_ADJECTIVES), _article),
    # a prefix after its verb ("nyitotta ki"), "is" before Hungarian (also), "hogy" opening (how)
    (r"(?<![\w'’-])([\w'’-]+)\s+(?:ki|be|fel|át|vissza|rá|bele|oda|össze)\b",
     lambda m: m.group(1) if m.group(1).lower() in _VERBS else m.group(0)),
    (r"(?<![\w'’-])is(?=\s+([\w'’-]+))", _also),
    (r"^(\s*)hogy\b(?!\s+(?:a|az)\b)", r"\1how"),
], prepare=_accents_optional)


# -- English order --

# the bare forms of the irregular verbs ("said": "say"); a regular one is its past less "-ed" ("used": "use")
_IRREGULAR = dict(w.split(":") for w in """said:say wrote:write spoke:speak drove:drive ran:run knew:know found:find
    read:read sent:send hid:hide did:do gave:give got:get bought:buy paid:pay met:meet came:come shot:shoot won:win
    became:become had:have has:have does:do cost:cost""".split())
_ENGLISH_VERBS = frozenset(e.removeprefix("they ") for e in _VERBS.values() if not e.startswith("to ")) | {
    "had", "became", "know"}
_AUXILIARIES = frozenset("was were is are will can could must should would".split())
_ADVERBS = frozenset("not also really first finally ever already alone".split())
_ASKING = frozenset("who whom whose what which when where why how".split())
# nouns after "how many"
_PLURALS = {e[:-1] if not e.endswith("ies") else e[:-3] + "y": e for e in _NOUNS.values()
            if e.endswith("s") and " " not in e.replace("police ", "")}


def _bare(verb: str) -> tuple[str, str] | None:
    """A glossed verb's bare form and auxiliary ("said": "say", "did"), or None."""
    if verb not in _ENGLISH_VERBS:
        return None
    first, _, rest = verb.partition(" ")
    rest = " " + rest if rest else ""
    if first in _IRREGULAR:
        return _IRREGULAR[first] + rest, "does" if first in ("has", "does") else "did"
    if first.endswith("ed"):
        first = re.sub(r"(?:[cvzui]|[ar]g|[^s]s|[ui]r|[ao]t)$", r"\g<0>e", first[:-2])
        return re.sub(r"([bnp])\1$", r"\1", first) + rest, "did"
    if first.endswith("s") and first != "was":
        return re.sub(r"(?<=ss|sh|ch)es$|s$", "", first) + rest, "does"
    return verb, "do"


def _asked_end(words: list[str]) -> int:
    """Where a question phrase ("how many people", "to whom") opening ``words`` ends, or 0."""
    low = [w.lower() for w in words] + ["", "", ""]
    k = low[0] in ("with", "to", "from", "about", "in", "on", "at", "of", "for", "by", "since")
    if low[k] not in _ASKING:
        return 0
    k += 1
    if low[k - 1] == "how" and low[k] in ("many", "much", "old", "long"):
        k += 1 + (low[k] == "many" and low[k + 1] == "times")
    if low[k - 1] == "what" and low[k] in ("time", "age"):
        return k + 1
    if low[k - 1] == "what" and low[k] in ("make", "type", "kind") and low[k + 1] == "of":
        k += 2
    for _ in range(2):
        if low[k - 1] in ("what", "which", "whose", "many", "much", "of") or k > 1 and low[k - 2] in (
                "what", "which", "many"):
            if words[k:k + 1] and (words[k][:1].islower() or low[k - 1] == "many") and _bare(low[k]) is None and \
                    low[k] not in _AUXILIARIES | _ADVERBS | {"the", "a", "an", "did", "does", "do", "he", "she",
                                                             "they", "it", ""}:
                k += 1
    return k


def _subject_end(words: list[str], k: int) -> int | None:
    """Where a subject at ``words[k]`` ends before its verb: a name, "the ...", a pronoun."""
    if k >= len(words):
        return None
    if words[k].lower() in ("he", "she", "they", "it"):
        return k + 1
    if re.match(_NAME, words[k]):
        j = k
        while j < len(words) and re.match(_NAME, words[j]):
            j += 1
        return j + (words[j - 1].endswith("'s") and j < len(words))
    if words[k].lower() in ("the", "a", "an"):
        for j in range(k + 2, min(k + 6, len(words))):
            if _bare(" ".join(words[j:j + 2])) or _bare(words[j]) or words[j] in _AUXILIARIES:
                return j
    return None


def _hungarian_order(glossed: str) -> str:
    """A Hungarian question glossed, in English order: a topic after the question word, an auxiliary
    before the subject ("Masood where lived?" → "where did Masood live?", "Masood Muslim was?" → "was
    Masood Muslim?")."""
    glossed = re.sub(r"\b(can|could|will|must|should|did|does|do|cannot)\s+to\s+(?=\w)", r"\1 ", glossed)
    glossed = re.sub(r"^(\s*who)\s+they\b", r"\1", glossed, flags=re.I)
    glossed = re.sub(r"\b(how many )(police officer|[a-z]+)\b", lambda m: m.group(1) + _PLURALS.get(m.group(2),
                                                                                                   m.group(2)), glossed)
    glossed = re.sub(r"\b(how many [\w ]+?) was\b", r"\1 were", glossed)
    glossed = re.sub(r"\b(have|has|had)\s+his\b", r"\1 a", glossed)
    # "had a criminal record to Masood?": did Masood have one
    glossed = re.sub(r"^(\s*)(had|has)\s+(.+?)\s+to\s+(%s[\w'’-]*(?:\s+%s[\w'’-]*)*)(?=\s*[?.!]*$)" % (_NAME, _NAME),
                     r"\1\4 \2 \3", glossed)
    # "Masood Muslim was?", "that Masood British citizen was": the verb of being before what it says
    glossed = re.sub(r"^(\s*|.*\bthat\s+)(%s[\w'’-]*(?:\s+(?!British|American|Russian|Muslim)%s[\w'’-]*)*|the\s+\w+)"
                     r"\s+(?!was\b)([^,?]+?)\s+(was|is|were)(\s*\?)$" % (_NAME, _NAME),
                     lambda m: m.group(0) if set(m.group(3).lower().split()) & _ASKING else (
                         f"{m.group(1)}{m.group(2)} {m.group(4)} " if m.group(1) else f"{m.group(4)} {m.group(2)} ")
                     + m.group(3) + m.group(5), glossed)
    m = re.match(r"^(\s*)([^,?!]*?)(\s*[,?!].*)?$", glossed, re.S)
    words, tail = m.group(2).split(), m.group(3) or ""
    asked = _asked_end(words) if words else 0
    if words and not asked:
        # a topic before the question word: "Masood where lived", "the attacker how old was"
        for q in range(1, min(len(words), 6)):
            n = _asked_end(words[q:])
            if n and _subject_end(words[:q] + ["was"], 0) == q:
                words, asked = words[q:q + n] + words[:q] + words[q + n:], n
                break
    end = _subject_end(words, asked)
    if end is None or words[0].lower() == "who" or not asked and not tail.strip().startswith("?"):
        return _is_asked(" ".join(words) + tail) if words else glossed
    v = end
    while v < len(words) - 1 and words[v].lower() in _ADVERBS:
        v += 1
    two = _bare(" ".join(words[v:v + 2])) if v + 1 < len(words) else None
    bare = two or _bare(words[v]) if v < len(words) else None
    if v < len(words) and words[v] in _AUXILIARIES:
        words = words[:asked] + [words[v]] + words[asked:v] + words[v + 1:]
    elif bare:
        words = words[:asked] + [bare[1]] + words[asked:v] + [bare[0]] + words[v + (2 if two else 1):]
    return m.group(1) + " ".join(words) + tail


def _is_asked(glossed: str) -> str:
    """"what Masood's real name?" → "what is Masood's real name?"."""
    return re.sub(r"^(\s*(?:what|who|which|where|when))\s+(?=(?-i:[A-Z])[\w.-]*['’]s\b)", r"\1 is ", glossed,
                  flags=re.I)


HUNGARIAN = Language(_HUNGARIAN_IDIOMS, _HUNGARIAN, _HUNGARIAN_DROPPED, _HUNGARIAN_MARK,
                     reorder=_hungarian_order, shared=_HUNGARIAN_SHARED, opening=_HUNGARIAN_OPENING)
