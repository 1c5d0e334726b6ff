"""Serbo-Croatian (Serbian, Croatian, Bosnian, Montenegrin) mixed into English questions, read in English.

A question's frame is typed in Latin letters, with diacritics or without ("sta", "napadac"), ijekavian or
ekavian ("gdje", "gde"): "Ko je rekao da je WhatsApp a secret place?". The past is an auxiliary and a
participle ("je rekao": said; ``_auxiliary``), a yes-no question opens with "da li", "je li" (whether), names
decline ("o WhatsAppu", "FBI-ju", "Ruddova": Rudd's), and a verb may come before its subject ("šta je rekla
Rudd"), put in English order by ``_serbocroatian_order``. A word is written once, its forms made from a stem
(``_forms``, ``_past``), its spellings without diacritics from it.
"""
from __future__ import annotations

import re

from qabot.languages import Idioms, Language, with_plain_spellings

_PLAIN = (str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj"}),
          str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "d"}))


def _typed(words: dict[str, str]) -> dict[str, str]:
    """``words`` each also as typed without diacritics."""
    return with_plain_spellings(with_plain_spellings(words, _PLAIN[1]), _PLAIN[0])


def _table(text: str) -> dict[str, str]:
    """A table written "word=English; ..." ("# ..." its comments)."""
    return dict(e.strip().split("=") for e in re.sub(r"#[^\n]*", "", text).split(";") if e.strip())


def _forms(table: str) -> dict[str, str]:
    """A table's words from "stem ending ...=English" ("-": the stem alone, "*": an adjective's endings)."""
    out = {}
    for key, english in (_table(table) if isinstance(table, str) else table).items():
        stem, *ends = key.split()
        ends = " ".join(ends).replace("*", "i a o e og om oj u ih im").split()
        out.update({stem + ("" if end == "-" else end): english for end in ends or ["-"]})
    return out


def _past(table: dict[str, str]) -> dict[str, str]:
    """A past participle's forms from its stem: "napisa" napisao, napisala, ...; "rek" rekao; "htje" htio."""
    out = {}
    for stem, english in table.items():
        masculine = stem[:-2] + "io" if stem.endswith("je") else stem if stem.endswith("o") else stem + (
            "o" if stem[-1] in "aeiur" else "ao")
        out.update({masculine: english, **{stem + end: english for end in ("la", "lo", "li", "le")}})
    return out


# -- words
_IRREGULAR = dict(w.split(":") for w in """said:say spoke:speak wrote:write shot:shoot hit:hit drove:drive bought:buy
    paid:pay knew:know read:read sent:send came:come did:do hid:hide met:meet became:become won:win got:get took:take
    gave:give had:have found:find ran:run grew:grow does:do has:have""".split())


def _bare(verb: str) -> str:
    """The bare form of a verb glossed: "said" say, "stabbed" stab, "lived" live, "says" say."""
    first, *rest = verb.split(" ", 1)
    if first in _IRREGULAR:
        first = _IRREGULAR[first]
    elif first.endswith("ed"):
        stem = first[:-2]
        first = stem[:-1] if stem[-1] == stem[-2] and stem[-1] in "bpn" else \
            stem + "e" if re.search(r"(?:[aiou][vsr]|[cg]|[ao]t|i)$", stem) else stem
    else:
        first = first[:-2] if first.endswith("sses") else first[:-1]
    return " ".join([first, *rest])


# the past participles ("je rekao": said), by their stems; also what makes an auxiliary a past's
_PARTICIPLES = _typed({**_past(_table("""
    # saying, writing, answering
    rek=said; kaza=said; izjavi=stated; tvrdi=claimed; priča=talked; govori=spoke; napisa=wrote; pisa=wrote;
    objavi=published; odgovori=answered; reagova=responded; reagira=responded; nazva=called; spomenu=mentioned;
    nave=stated; pita=asked; prisluškiva=wiretapped; pripada=belonged; kritikova=criticised; kritizira=criticised;
    poče=started; predloži=proposed; imenova=appointed; zabrani=banned;
    # happening, killing, dying, the car
    dogodi=happened; desi=happened; ubi=killed; poginu=died; umr=died; strada=died; rani=injured; povrijedi=injured;
    povredi=injured; puca=shot; upuca=shot; ustrijeli=shot dead; izbo=stabbed; ubo=stabbed; napa=attacked;
    uletje=drove into; ulete=drove into; pregazi=ran over; udari=hit; vozi=drove; iznajmi=rented; unajmi=rented;
    koristi=used; kupi=bought; plati=paid; nabavi=got; traja=lasted;
    # wanting, asking, knowing, finding, reading, opening, sending
    htje=wanted; hte=wanted; želje=wanted; žele=wanted; zatraži=demanded; traži=asked for; zahtijeva=demanded;
    zahteva=demanded; zna=knew; sazna=found out; pronaš=found; naš=found; otkri=discovered; čita=read; pročita=read;
    otvori=opened; otključa=unlocked; posla=sent; sla=sent; dopisiva=texted; zva=called;
    # living, coming, arrests, acting, cooperating, refusing, preventing, hiding, forcing, helping, firing
    živje=lived; žive=lived; doš=came; uhapsi=arrested; uhiti=arrested; prive=detained; zadrža=detained;
    osudi=convicted; djelova=acted; delova=acted; radi=worked; uradi=did; učini=did; napravi=did; sarađiva=cooperated;
    surađiva=cooperated; odbi=refused; spriječi=prevented; spreči=prevented; zaustavi=stopped; skriva=hid;
    prisili=forced; natjera=forced; natera=forced; primora=forced; pomog=helped; sasta=met; posta=became;
    preš=converted; glasa=voted; pobijedi=won; pobedi=won; dobi=got; uze=took; preuze=took; preda=handed over;
    otpusti=fired;
    # to be, to have, can, must
    bi=was; ima=had; mog=could; mora=had to; treba=needed;
""")), **_table("""
    bili=were; dao=gave; dala=gave; odrastao=grew up; odrasla=grew up;
    # as said in chat: "reko" (rekao), "napiso", "doso"
    reko=said; kazo=said; napiso=wrote; piso=wrote; doso=came; pronaso=found; mogo=could; pomogo=helped; upuco=shot;
    puco=shot;
""")})
# "vozilo", "vozila" are the vehicle; "morale", "bile" English words
for _word in ("vozilo", "vozila", "morale", "bile"):
    del _PARTICIPLES[_word]

# the passive participles ("je ubijen": was killed; "koliko je ubijeno": how many were killed)
_PASSIVES = _typed(_forms({f"{stem} - a o i e ih im og om u oj": english for stem, english in _table("""
    ubijen=killed; ranjen=injured; povrijeđen=injured; povređen=injured; uhapšen=arrested; uhićen=arrested;
    priveden=detained; rođen=born; izboden=stabbed; upucan=shot; ustrijeljen=shot dead; pogođen=hit; iznajmljen=rented;
    unajmljen=rented; šifrovan=encrypted; šifriran=encrypted; osuđen=convicted; osuđivan=convicted; poznat=known;
    optužen=charged; pušten=released; poslan=sent; poslat=sent; napisan=written; objavljen=published; kupljen=bought;
    plaćen=paid; imenovan=appointed; oženjen=married; zatvoren=jailed;
""").items()}))
_PASSIVES.update({w: "were " + e for w, e in _PASSIVES.items() if w.endswith("o") and e.split()[0] in (
    "killed injured arrested detained stabbed shot hit")})

# the present, and the infinitive ("to" before it: "nije htio pomoći", did not want to help)
_PRESENT = _table("""
    kaže=says; kažu=say; tvrdi=claims; piše=writes; pišu=write; želi=wants; žele=want; hoće=wants; traži=asks for;
    traže=ask for; zahtijeva=demands; zahteva=demands; zna=knows; znaju=know; koristi=uses; koriste=use; živi=lives;
    radi=works; odbija=refuses; odbijaju=refuse; skriva=hides; skrivaju=hide; sarađuje=cooperates; surađuje=cooperates;
    sarađuju=cooperate; surađuju=cooperate; pomaže=helps; ima=has; imaju=have; nema=has no; može=can; mogu=can;
    mora=must; moraju=must; treba=needs; trebaju=need; čita=reads; čitaju=read; pročita=reads; šalje=sends; šalju=send;
    dešava=happens; događa=happens; znači=means; misli=thinks; smatra=thinks; planira=plans; posjeduje=owns;
    poseduje=owns; pripada=belongs; košta=costs; traje=lasts; sastaje=meets; uradi=does; učini=does; napravi=does;
    otključa=unlocks; otvori=opens; zabrani=bans; spriječi=prevents; spreči=prevents; prisili=forces; natjera=forces;
    pristupi=accesses; plati=pays; kupi=buys; uhapsi=arrests; odbiju=refuse; znamo=do we know; predlaže=proposes;
    reći=to say; pomoći=to help; sarađivati=to cooperate; surađivati=to cooperate; dati=to give; biti=to be;
    dobiti=to get; ubiti=to kill; sastati=to meet;
""")
# the infinitive of a present in -a, -i ("čita" čitati: to read), after a verb ("nije htio pomoći": to help)
_PRESENT = _typed({**{w + "ti": "to " + _bare(e) for w, e in _PRESENT.items() if w[-1] in "ai" and
                      e.split()[0].endswith("s") and e != "has no"}, **_PRESENT})
_VERBS = {**_PRESENT, **_PASSIVES, **_PARTICIPLES}

# the story's nouns and adjectives, in the cases typed
_NOUNS = _typed(_forms("""
    # the attack, the attacker, the police, the bridge, the car, the dead, the weapon
    napad - a u om=attack; napad i e ima=attacks; napadač - a u em=attacker; napadač i e a ima=attackers;
    počinitelj - a u em=perpetrator; počini lac oca ocu=perpetrator; ubic a e u=killer; vozač - a u em=driver;
    policij a e i u om=police; policaj ac ca cu cem=police officer; policaj ci aca cima ce=police officers;
    policijsk *=police; most a u om=bridge; parlament - a u om=parliament; aut o a u om=car; automobil - a u om i=car;
    vozil o a u om=vehicle; kol a ima=car; pješa ci ke ka cima=pedestrians; peša ci ke ka cima=pedestrians;
    ljud i ima=people; osob a e u i=people; građan i a ima=people; žrtv a u=victim; žrtv e i ama=victims;
    žrtava -=victims; mrtv i ih ima=dead; poginul i ih ima=dead; nož - a u em=knife; oružj e a em u=weapon;
    bolnic a e i u=hospital; teroris ta ti te tima=terrorists; terorist -=terrorist;
    terorističk i a o e og om ih=terrorist; islam - a u=Islam; vojni k ka ci ku=soldier;
    # the article and the programme
    članak -=article; člank a u om=article; tekst - a u om=article; naslov - a u om=headline; autor - a u om=author;
    autoric a e u i=author; autork a e u i=author; novinar - a u om ka ke ku=journalist; emisij a e i u om=programme;
    program a u om=programme; intervju - a u om=interview; tom e u=that;
    # the government, its laws and warrants
    vlad a e i u om=government; minist ar ra ru rom=minister; ministric a e u i om=minister; ministark a e u i=minister;
    zakon - a u om=law; zakon i e ima=laws; nalog - a u om=warrant; nalozi -=warrants;
    # the messages, the apps, the companies, the services
    poruk a u=message; poruci -=message; poruk e ama=messages; aplikacij a e i u ama om=app;
    kompanij a e i u om=company; kompanijama=companies; tvrtk a e i u om=company; tvrtkama=companies;
    firm a e i u om=company; firmama=companies; uslug a e ama=services; servis - a i e=service;
    služb a e i u ama=services; obavještajn i e ih im=intelligence; obaveštajn i e ih im=intelligence;
    sigurnost - i=security; bezbjednost - i=security; bezbednost - i=security; dokaz - a i e=evidence;
    grup a e i u om=group; agencij a e i u=agency; telefon - a u om=phone; mobitel - a u om=phone;
    enkripcij a e u i=encryption; šifriranj e a=encryption; šifrovanj e a=encryption; tajn a i o e ih im u=secret;
    mjest o a u=place; mest o a u=place; kovert a e i u=envelope; kuvert a e i u=envelope; omotnic a e i u=envelope;
    pristup - a u om=access;
    # who owns it, its make, what a message said, a record, a reply, a meeting, a reason
    vlasni k ka ku ci=owner; mark a e u=make; sadržaj - a u=content; dosij e ea eu=record; dosje - a u=record;
    odgovor - a u om=response; reakcij a e u i=reaction; izjav a e u i=statement; saopćenj e a u=statement;
    saopštenj e a u=statement; priopćenj e a u=statement; sastan ak ka ku=meeting; razlog - a=reason; motiv - a=motive;
    # a person: name, age, family, faith, country, job, pay, a price, a penalty
    im e ena enom=name; starost - i=age; čovjek - a u=man; čovek - a u=man; žen a e u i=wife; supru ga gu ge zi=wife;
    muž - a=husband; djec a e u=children; dec a e u=children; sin a ovi ove=son; kćer - i ka ku=daughter;
    ćerk a u e=daughter; ot ac ca=father; majk a e u=mother; brat a=brother; porodic a e i u=family; obitelj - i=family;
    roditelj i a ima=parents; vjer a e u i=religion; religij a e u i=religion; posao -=job; posl a u=job;
    zanimanj e a u=job; plat a u=salary; plać a u=salary; novac -=money; novc a em=money; dolar a i=dollars;
    funt i e a=pounds; cijen a e u i=price; cen a e u i=price; kazn a e u i om=penalty; zatvor - a u=prison;
    muslimanima=Muslims; kriv a i -=to blame; ulaz ak ka=entry; grad a u om=city; zemlj a e i u=country;
    britanij a e i u=Britain; amerik a e u=America; americi -=America; rusij a e i u om=Russia;
    # when: years, days, time
    godin a e u i ama=years; mjesec - a i=month; mesec - a i=month; da n na nu ni=day; sedmic a e i u=week;
    tjed an na nu=week; nedjelj a e i u=Sunday; nedelj a e i u=Sunday; srijed a e i u=Wednesday; sred a e i u=Wednesday;
    vrijem e ena=time; vrem e ena=time; minut a e i=minutes; sat i a=hours;
    # US politics
    predsjedni k ka ku kom=president; predsedni k ka ku kom=president; izbor i a ima=election; kongres - a u=Congress;
    senat - a u=Senate; republikan ci aca cima=Republicans; demokrat i a ima e=Democrats; strank a e i u=party;
    partij a e i u=party; glasanj e a u=vote; zabran a e u i=ban; izbjeglic e a ama=refugees; izbeglic e a ama=refugees;
    istrag a e u i=investigation;
    # British, American, Russian, new, other, real, first, last
    britansk *=British; američk *=American; rusk *=Russian; nov *=new; drug *=other; ostal i e ih im=other;
    siguran -=safe; sigurn a o i e=safe; prav i a o e og u=real; prv i a o e og om u ih=first;
    zadnj i a e u eg oj em=last; posljednj i a e u eg oj em=last; poslednj i a e u eg oj em=last; star i a o=old;
    šef - a=boss; šefov i e ima=bosses;
"""))

# the asking words, in their cases
_ASKING = _typed(_forms("""
    ko=who; tko=who; koga=whom; kome=to whom; komu=to whom; kim=whom; kime=whom; šta=what; što=what; čega=what;
    čemu=what; čime=with what; kada=when; kad=when; kolko=how many; gdje=where; gde=where; di=where; kuda=where;
    kamo=where; odakle=where from; zašto=why; kako=how; koliko=how many; kolika=how much; koliki=how much;
    koliku=how much; kog=which; čiji=whose; čija=whose; čije=whose; čijeg=whose; čiju=whose;
    koj i a e u eg ega em oj im ih ima=which; kakav -=what; kakv a o i e og u im om oj ih=what;
"""))
_ASKING["đe"] = "where"

# the small words: prepositions, pronouns, joining words, negation, the copula, time and manner
_SMALL = _typed(_forms("""
    u=in; na=on; o=about; iz=from; sa=with; s=with; za=for; od=from; do=to; kod=at; prema=according to; nakon=after;
    poslije=after; posle=after; prije=before; pre=before; tokom=during; tijekom=during; pri=during; kroz=through;
    bez=without; preko=via; protiv=against; između=between; zbog=because of; oko=about; osim=besides; pod=under; ja=I;
    ona=she; oni=they; ga=him; mu=him; joj=her; ih=them; njega=him; nju=her; njih=them; njemu=him; njoj=her; me=me;
    njegov - a o e og om oj u i ih im=his; njen - a o e og u i ih=her; njezin - a o e og u i ih=her;
    njihov - a o e og om oj u i ih im=their; svoj - a e u eg im ih om oj=own; ov aj a o e og om oj u ih i=this;
    taj -=that; tog - a=that; neko=anyone; netko=anyone; nekoga=anyone; nekome=anyone; nešto=anything; niko=nobody;
    nitko=nobody; ništa=nothing; sve=all; svi=all; svih=all; i=and; ili=or; ali=but; nego=than; jer=because; ako=if;
    da=that; dok=while; kao=as; ne=not; nije=is not; nisu=are not; je=is; su=are; jeste=is; jesu=are; će=will; ću=will;
    neće=will not; bi=would; sam=alone; sama=alone; sami=alone; samo=only; tek=only; još=still; već=already; ikad=ever;
    ikada=ever; nikad=never; nikada=never; uvijek=always; uvek=always; opet=again; ponovo=again; sada=now; danas=today;
    jučer=yesterday; juče=yesterday; onda=then; tada=then; kasnije=later; ranije=before; prethodno=before; tamo=there;
    ovdje=here; ovde=here; tačno=exactly; točno=exactly; stvarno=really; zaista=really; baš=really; konačno=finally;
    napokon=finally; zapravo=actually; također=also; takođe=also; dva=two; tri=three; više=more; puta=times; god=years;
"""))
_SERBOCROATIAN = {**_VERBS, **_NOUNS, **_SMALL, **_ASKING}

# -- idioms
_W = r"[\w'’-]+"
_NAME = r"(?-i:[A-Z])[\w'’.-]*"


def _either(pattern: str) -> str:
    """``pattern`` matching its words typed with diacritics or without ("šta", "sta"; "rođen", "rodjen")."""
    return re.sub(r"[čćšžđ]", lambda m: {"č": "[čc]", "ć": "[ćc]", "š": "[šs]", "ž": "[žz]",
                                          "đ": "(?:đ|dj|d)"}[m.group(0)], pattern)


# the words that end an auxiliary's clause ("ko je čovjek koji je ubio ...")
_CLAUSE = frozenset("da koji koja koje kojeg što sto šta sta ali i a jer ako kad kada li ili nego".split())


def _is_past(word: str) -> bool:
    """Whether ``word`` is a past participle: one listed or one of the verbs in -ivati ("prisluškivao")."""
    return word in _PARTICIPLES or bool(re.search(r"[aiou]va(?:o|la|li|lo)$", word))


def _auxiliary(m: re.Match) -> str:
    """An auxiliary by a past participle, left out ("ko je rekao": who said), "nije" leaving "ne" (not); before
    a passive one "bio" ("je ubijen": was killed); else the copula ("ko je autor": who is the author)."""
    aux = m.group(0).lower()
    before = re.findall(_W, m.string[:m.start()])[-1:]
    after = []
    for word in re.findall(r"[\w'’-]+|[^\w\s]", m.string[m.end():])[:5]:
        if not re.match(r"\w", word) or word.lower() in _CLAUSE:
            break
        after.append(word.lower())
    if any(map(_is_past, after)) or (before and _is_past(before[0].lower())):
        return "ne" if aux in ("nije", "nisu") else ""
    passive = next((w for w in after[:2] if w in _PASSIVES), None)
    if passive and not _PASSIVES[passive].startswith("were "):
        past = "bili" if aux in ("su", "nisu") else "bio"
        return f"{past} ne" if aux.startswith("ni") else past
    return "" if passive else m.group(0)


def _pronoun(m: re.Match) -> str:
    """The pronoun a past's ending tells, before it ("gdje je živio?": where he lived)."""
    verb = m.group(3).lower()
    if verb not in _PARTICIPLES or verb.startswith("bi"):
        return m.group(0)
    who = "she" if verb.endswith("la") else "they" if verb.endswith(("li", "le")) else "it" \
        if verb.endswith("lo") else "he"
    return f"{m.group(1)} {who}{m.group(2)} {m.group(3)}"


def _it(m: re.Match) -> str:
    """"to" before a verb is its object ("ko je to rekao": who said it), before a noun "that" ("to auto")."""
    word = m.group(1).lower()
    if word in _PARTICIPLES or word in _PRESENT:
        return f"{m.group(1)} it"
    return f"that {m.group(1)}" if word in _NOUNS else m.group(0)


def _relative(m: re.Match) -> str:
    """"koji" after a noun joins a clause ("policajac koji je ubijen": the officer that was killed); after a
    preposition it asks ("u kojoj emisiji": in which programme)."""
    return m.group(0) if m.group(1).strip().lower() in _ASKS_AFTER else m.group(1) + "that"


_ASKS_AFTER = frozenset("u na o iz sa s za od do kod prema nakon prije pre po pri kroz bez zbog i a ili".split())
# names in their cases ("Masooda", "o WhatsAppu", "iPhoneom") and as owners ("Masoodov auto": Masood's car)
_NAMES = """Masood Khalid Rudd Amber Trump Comey Putin Flynn Gorsuch Corbyn Clinton Sanders Farook Spicer Pence Ryan
    Kushner Bannon Manafort Tillerson Marr Keith Palmer Adrian WhatsApp Facebook Telegram Twitter Google Instagram
    Microsoft Apple iPhone Samsung Hyundai Amaq London Westminster Birmingham Brexit FBI""".split()
_CANON = {n.lower(): n for n in _NAMES}
_STEMS = "|".join(_NAMES).replace("Comey", "Comeyj?").replace("iPhone", "iPhone?")
# nouns owned by the genitive after them ("ime napadača": the name of the attacker)
_HEADS = ("ime imena naslov naslova naslovu autoru autor autora autorica autorka vlasnik vlasnika marka marku marke "
          "sadržaj sadržaja starost motiv motiva razlog cijena cijenu cena cenu vozač odgovor").split()
_GENITIVES = ("napadača|počinitelja|počinioca|članka|teksta|napada|policajca|policije|vlade|zakona|kompanije|"
              "tvrtke|firme|aplikacije|grupe|automobila|auta|vozila|poruke|telefona|emisije|intervjua|"
              "mosta|terorista|ubice|vozača")
# who may act, named by a noun (a subject after its verb: "gdje je radio napadač")
_ACTORS = (r"napadač|napadači|počinitelj|počinilac|policij[ae]|policaj(?:ac|ci)|vlada|ministar|ministric[ae]|"
           r"ministarka|kompanij[ae]|firm[ae]|tvrtk[ae]|autor|autorica|autorka|novinar|predsj?ednik|teroristi|"
           r"vojnik|vozač|ubica|ljudi|grupa|agencija|sud|kongres|senat|republikanci|demokrati|žena|supruga|porodica|"
           r"otac|majka|napad|sastanak|intervju|emisija|istraga|zakon")
_DAYS = r"nedjelju|nedelju|srijedu|sredu|petak|subotu"
_ASK_FIRST = (r"kako|gdje|gde|kada|kad|zašto|šta|što|odakle|kome|koga|whether|with whom|how long|how much|"
              r"with what(?: weapon)?|(?:u\s+|na\s+)?(?:koj|kakv)(?:im|om|eg|ega|u|oj|em|ih|ima|og)\s+\w+")

_SERBOCROATIAN_IDIOMS = Idioms([
    # words of talk, left out: "reci mi" (tell me), "zanima me" (I wonder), "znaš li" (do you know); "kolko"
    (r"\bkolko\b", "koliko"),
    (r"\b(?:reci|recite|kaži|kažite)\s+mi\b|\bmož(?:eš|ete)\s+li\s+mi\s+reći\b|\b(?:zanima|interesuje)\s+me\b|"
     r"\b(?:da\s+li\s+)?zna(?:š|te)\s+li\b|\bda\s+li\s+zna(?:š|te)\b", ""),
    # names in their cases, owned ("vlasnik WhatsAppa": the owner of WhatsApp) and owning ("Ruddova izjava")
    (r"\b(%s)\s+(?=(?:%s)(?:a|ja)\b|%s-j?a\b)" % ("|".join(_HEADS), _STEMS, _NAME), r"\1 of "),
    (r"\b(%s)(?:ov|ev)(?:a|o|e|og|oga|om|oj|u|i|ih|im)?\b" % _STEMS,
     lambda m: _CANON.get(m.group(1).lower().rstrip("j"), m.group(1)) + "'s"),
    (r"\b((?-i:[A-Z])\w{2,}?)(?:j?ev|ov)(?:a|o|e|og|oga|om|oj|u|i|ih|im)\b(?=\s+\w)", r"\1's"),
    (r"\b(%s)(?:a|u|om|e|em|ja|ju|jem|ea|eu|eom)?\b" % _STEMS,
     lambda m: _CANON.get(m.group(1).lower().rstrip("j"), _CANON.get(m.group(1).lower() + "e", m.group(1)))),
    (r"\b((?-i:[A-Z][\w.]*|[\w.]*\d[\w.]*))-(?:a|u|om|e|em|ja|ju|jem|(ov\w*))\b",
     lambda m: m.group(1) + ("'s" if m.group(2) else "")),
    # asking whether: "da li", "je li", "jel", "zar" (the auxiliary read below)
    (r"\b(?:je\s+li|da\s+li\s+je)\s+(?:istina|tačno|točno)\s+da\b", "is it true that"),
    (r"(^\s*|[,;]\s*|\bi\s+)(?:da\s+li|dal|dali|zar)\b", r"\1whether"),
    (r"(^\s*|[,;]\s*|\bi\s+)(?:je\s+li|jel|jeli|je\s+l)\b", r"\1whether je"),
    (r"(^\s*|[,;]\s*|\bi\s+)(?:jesu\s+li|jesul)\b", r"\1whether su"),
    (r"(^\s*|[,;]\s*|\bi\s+)hoće\s+li\b", r"\1whether će"),
    (r"\bima\s+li\s+(%s(?:\s+%s)*)" % (_NAME, _NAME), r"does \1 have"), (r"\bima\s+li\b", "is there"),
    # the auxiliary, left out by a participle (``_auxiliary``); "he", "it" ("on je rekao", "ko je to rekao")
    (r"\b(?:je|su|nije|nisu|smo|ste)\b", _auxiliary),
    (r"\bon\s+(?=(?:je|nije|bi|će|neće)\b)", "he "),
    (r"\bon\s+(?=(%s))" % _W, lambda m: "he " if m.group(1).lower() in _VERBS else m.group(0)),
    (r"\bto\s+(%s)" % _W, _it), (r"\b(je|is)\s+to\s+(?=%s)" % _NAME, r"\1 "),
    # age: "koliko je godina imao Masood", "koliko mu je bilo godina", "koliko godina ima Rudd"
    (r"\bkoliko\s+(?:je\s+)?(mu|joj)\s+(?:je\s+)?(bilo\s+)?godina\b",
     lambda m: "how old %s %s" % ("was" if m.group(2) else "is", "he" if m.group(1).lower() == "mu" else "she")),
    (r"\bkoliko\s+(?:je\s+)?(?:god(?:ina)?\s+((?:%s\s+){0,3}?)(?:je\s+)?(ima\w*)|(ima\w*)\s+((?:%s\s+){0,3}?)"
     r"god(?:ina)?)\b\.?" % (_W, _W),
     lambda m: "how old %s %s" % ("is" if (m.group(2) or m.group(3)).lower() in ("ima", "imaju") else "was",
                                  (m.group(1) or m.group(4) or "").strip())),
    (r"\bkoliko\s+(?:je\s+)?(bio|bila|bili)?\s*star[aoi]?\b", lambda m: "how old " + ("was" if m.group(1) else "is")),
    (r"\bsa?\s+koliko\s+godina\b", "at what age"),
    (r"\b(\d+)\s*-?\s*godišnj\w*", r"\1-year-old"), (r"\bkoliko\s+godina\b", "how many years"),
    # money: "koliko je FBI platio" (how much did the FBI pay), "koliko košta"
    (r"\bkoliko\s+(?=(?:%s\s+){0,2}?(?:plati\w*|plać\w*|košt\w*|novca|novac|para|pare|dolar\w*|funt\w*|eur\w*|evr\w*|"
     r"zarađ\w*|zaradi\w*|cijen\w*|cen[aeu]|kazn\w*|dobi\w*)\b)" % _W, "how much "),
    # since, until, how long, how often, what time, which day and year, in the end, so far
    (r"\bod\s+kad(?:a)?\b|\bot?kad(?:a)?\b|\bodkad(?:a)?\b", "since when"),
    (r"\bdo\s+kad(?:a)?\b|\bdokad\b", "until when"),
    (r"\bkoliko\s+(?:je\s+)?(?:dugo|vremena)\b|\bkoliko\s+(?=(?:je\s+)?traja)", "how long "),
    (r"\bkoliko\s+(?:je\s+)?puta\b", "how many times"),
    (r"^(\s*how many times\s+)((?:%s\s+){1,3}?)(?:bio|bila)\s+(?:osuđivan|kažnjavan)\w*" % _W, r"\1was \2convicted"),
    (r"\bkoliko\s+često\b", "how often"),
    (r"\bu\s+koliko\s+sati\b|\bu\s+koje\s+vr(?:ij)?eme\b|\bu\s+koliko\s+h\b", "at what time"),
    (r"\bkoje\s+godine\b", "in which year"),
    (r"\bkoj?e?g\s+dana\b", "on which day"), (r"\bkoj?e?g\s+datuma\b", "on what date"),
    (r"\bod\s+(?=\d{4}\b)|\bod\s+(?:godine|god\.?)\s+(?=\d)", "since "),
    (r"\bna\s+kraju\b", "in the end"), (r"\bdo\s+sad(?:a)?\b|\bdosad(?:a)?\b", "so far"),
    (r"\bprvi\s+puta?\b", "for the first time"),
    (r"\bu\s+(?=(?:%s)\b)" % _DAYS, "on "), (r"\bna\s+izbor\w*", "in the election"), (r"\btreba\s+da\b", "should"),
    # the asking: what happened, the name, what kind, with whom, why, how
    (r"\b(?:šta|što)\s+(?:se\s+)?(?:to\s+)?(?:dogodilo|desilo|zbilo)(?:\s+se)?\b", "what happened"),
    (r"\b(?:šta|što)\s+(?:je\s+)?bilo\s+sa?\b", "what happened to"),
    (r"\bkako\s+se\s+(zove|zovu|zva\w+)\b(?=(\s+\w)?)", lambda m: "what %s %s" % (
        "was" if m.group(1).lower().startswith("zva") else "is", "the name of" if m.group(2) else "his name")),
    (r"\b(?:koja|kakva)\s+vrsta\b|\b(?:kakav|koji)\s+tip\b", "what kind of"),
    (r"\bsa?\s+kim(?:e)?\b", "with whom"), (r"\bod\s+koga\b", "from whom"), (r"\bza\s+koga\b", "for whom"),
    (r"\bo\s+kome\b", "about whom"), (r"\bo\s+čemu\b", "about what"), (r"\bsa?\s+čime\b", "with what"),
    (r"\bzbog\s+čega\b|\biz\s+kojeg\s+razloga\b", "why"), (r"\bna\s+koji\s+način\b", "how"),
    (r"\bzato\s+što\b", "because"),
    (r"(?-i:\b[ai]\s+)(?=(?:ko|tko|šta|što|gdje|gde|kada|kad|zašto|kako|koliko|koj\w+|odakle|kome|čij\w+)\b)", "and "),
    (r"\b(?:se\s+rodi(?:o|la|li)|rodi(?:o|la|li)\s+se)\b", "was born"),
    # the events asked: a record, known to the police, responsibility, a weapon, a job, a message, a make
    (r"\b(?:krivičn|kaznen|policijsk)\w*\s+(?:dosij|dosje|karton|evidencij|prošlost)\w*", "criminal record"),
    (r"\b(?:bio|bila)\s+(?:već\s+|ranije\s+|prije\s+|pre\s+|prethodno\s+)*(?:osuđivan|kažnjavan)\w*",
     "had previous convictions"),
    (r"\bpoznat\w*\s+(?=(?:policij\w*|služb\w*|MI5|MI6|FBI\w*|vlastima|obavješt\w*|obavešt\w*)\b)", "known to "),
    (r"\bpod\s+(?:nadzorom|prismotrom)\b", "under surveillance"),
    (r"\b(?:preuz(?:eo|ela|eli|ima|imaju)|preuzme)\s+odgovornost\b", "claimed responsibility"),
    (r"\bislamsk\w*\s+držav\w*", "Islamic State"),
    (r"\bčime\s+(?=(?:ga\s+|ju\s+)*(?:izbo|ubo|ubio|napao|ranio|ubola|izbola|ubila|napala)\w*)", "with what weapon "),
    (r"\b(?:kojim|kakvim)\s+(?:oružjem|nožem)\b", "with what weapon"),
    (r"\bčime\s+se\s+bavi(?:o|la)?\b(?:\s+(%s))?" % _NAME, lambda m: f"what did {m.group(1) or 'he'} do for a living"),
    (r"\b(?:šta|što)\s+(?:je\s+)?(?:pisalo|piše|bilo\s+napisano|napisano)\s+(?=u\b)", "what was written "),
    (r"\bsadržaj\w*\s+(?=poruk)", "content of the "),
    (r"\b(odgovor(?:a|u)?|reakcij[aeiu]|izjav[aeiu]|komentar(?:a)?)\s+(%s?)(?:-?(?:a|u|ja|ju))?"
     r"(?=\s*(?:[?.!,]|$|na\b))" % _NAME, r"\2's \1"),
    (r"\b(?:koje|kakve)\s+marke\s+(?:bio|bila|bilo|je)?\s*(?:taj\s+|to\s+)?", "what make was the "),
    (r"\b(?:koja|kakva)\s+(?:je\s+)?(?:bila\s+)?marka\b", "what was the make"),
    (r"\bkome\s+(?:pripada|pripadaju)\b|\bko\s+(?:posjeduje|poseduje)\b", "who owns"),
    (r"\bkome\s+(?:je\s+)?pripada(?:o|la|lo|li)\b", "who owned"), (r"\bna\s+licu\s+mj?esta\b", "on the spot"),
    (r"\bodakle\s+(?:(%s)\s+)?(?:nabavio|dobio|uzeo|iznajmio|kupio|imao|nabavila|dobila)\s+(.+?)(\s*[?.!]*)$" % _NAME,
     lambda m: f"where did {m.group(1) or 'he'} get {m.group(2)} from{m.group(3)}"),
    (r"\bodakle\s+(?:je|su)\s*(?=[?.!]*\s*$)", "where is he from"),
    (r"\bodakle\s+(?:je\s+)?(?:bio\s+|bila\s+|došao\s+|došla\s+)?(?:porijeklom\s+|poreklom\s+)?(.+?)(\s*[?.!]*)$",
     r"where was \1 from\2"),
    (r"\bprešao\s+na\s+islam\b|\bprešla\s+na\s+islam\b", "converted to Islam"),
    (r"\b(?:podnio|podnijela|podnela|podneo|dao|dala)\s+ostavku\b", "resigned"),
    (r"\b(zna\w*)\s+za\b", r"\1 about"), (r"\bod\s+ranije\b|\botprije\b", "before"),
    (r"\b(pristup\w*)\s+(?=poruk|podac|telefon|aplikacij|WhatsApp)", r"\1 to "),
    (r"\bsastanak\s+sa?\b", "meeting with"), (r"\b(sasta\w*)\s+se\s+sa?\b", r"\1 with"),
    (r"\bdopisiva(?:o|la|li)\s+se\b|\bse\s+dopisiva(?:o|la|li)\b", "texted"),
    # the story's names: the Home Secretary, the services, warrants, the White House, the bridge
    (r"\bminist\w*\s+(?:unutrašnjih|unutarnjih)\s+poslova\b", "Home Secretary"),
    (r"\bnovinsk\w*\s+agencij\w*", "news agency"),
    (r"\b(?:obavještajn|obaveštajn)\w*\s+služb\w*", "intelligence services"),
    (r"\b(?:sigurnosn|bezbjednosn|bezbednosn)\w*\s+služb\w*", "security services"),
    (r"\btehnološk\w*\s+(?:kompanij|tvrtk|firm|gigant)\w*", "tech companies"),
    (r"\b(?:end-to-end|potpun\w*)\s+(?:enkripcij|šifr\w+nj|kriptiranj)\w*", "end-to-end encryption"),
    (r"\bsudsk\w*\s+nalog\w*|\bnalog\w*\s+(?:za\s+pretres|suda)\b", "warrant"),
    (r"\b(?:bijel|bel)\w*\s+kuć\w*", "White House"), (r"\bizvršn\w*\s+(?:naredb|uredb)\w*", "executive order"),
    (r"\bzdravstven\w*\s+osiguranj\w*", "health insurance"),
    (r"\bwestminstersk\w*\s+most\w*|\bmost\w*\s+westminster\w*", "Westminster Bridge"),
    (r"\bprav\w*\s+ime\w*", "real name"), (r"\bprom(?:ij|j|i)?eni(?:o|la)\s+(?:svoje\s+)?ime\b", "changed his name"),
    (r"\b(datum|mj?est)\w*\s+rođenja\b", lambda m: "birthplace" if m.group(1)[0] in "mM" else "date of birth"),
    # a question word and a past with no subject after it ("gdje je živio?": where did he live; ``_pronoun``)
    (r"((?:^|,|\band\b)\s*(?:%s))((?:\s+(?:ga|mu|joj|ih|tačno|točno|zapravo|prvo))?)\s+(%s)"
     r"(?!\s+(?:(?:%s)\b|(?-i:[A-Z])))"
     % (_ASK_FIRST, _W, _ACTORS), _pronoun),
    # "koji" joining a clause, "ime napadača" (the name of the attacker), "da" before a present ("to")
    (r"(?<![\w'’-])([\w'’-]+,?\s+)(?:koji|koja|koje|kojeg|kojega|koju|kojem|kojoj|kojim|kojih|kojima)\b", _relative),
    (r"\b(%s)\s+(?=(?:%s)\b)" % ("|".join(_HEADS), _GENITIVES), r"\1 of the "),
    (r"\b(%s)\s+(?=(?:ovog|ovoga|ove|tog|toga|te|njegov\w*|njen\w*)\s)" % "|".join(_HEADS), r"\1 of "),
    (r"\bda\s+da\b", "to give"), (r"\bbilo\s+(?=(%s))" % _W, lambda m: "" if _PASSIVES.get(
        m.group(1).lower(), "").startswith("were") else m.group(0)),
    (r"\bda\s+(?=(%s))" % _W, lambda m: "to " if m.group(1).lower() in _PRESENT else m.group(0)),
], _either)

# words of talk, left out: "molim" (please), "bre", "brate", "li", "se", "mi" (to me), "ti" (to you)
_SERBOCROATIAN_DROPPED = frozenset(_typed({w: "" for w in """molim molimo pls plz hvala bre brate brt ej hej ma pa
    li jel jeli se si mi ti te vam uopće uopšte inače eto evo ono ajde hajde daj jbg valjda zar aha ćao
    pozdrav""".split()}))
# the words glossed only before a word of the language or a name: "u članku" (in the article), "i Rudd",
# "do mosta", "auto je", but "did u know", "I do", "most people", "radio show", "God"
_SERBOCROATIAN_SHARED = frozenset("i u do me most auto pod grad god radio dan".split())
# the words that show a question is in Serbo-Croatian: those glossed and left out, less English words and the
# words of the languages read before it (``_NOT_MARK``): pasts in -la, -li, -lo ("rekla") and words ("je", "zakon",
# "gde", "ljudi") Czech, Polish and Russian share, Italian "sta", "li", Indonesian "dan", Tagalog "ko", "sa",
# Turkish "kim", Persian "koja", Japanese "ima", Greek "marka"
_SHARED_PASTS = "rek|napisa|pisa|zna|mog|pomog|posla|kupi|plati|rani|ubi|govori|reagova|preda|da|bi|zva|zadr.a|sla|" \
                "pita|na."
_NOT_MARK = re.compile(r"""(?x)(?:aha|bi|bio|c[eu]|di|ja|kola|li|ma|mi|minute|mora|mu|ne|nova|o|od|ova|pa|s|sati|si|
    ti|toga?|vise|pre|kim|ali|ko|sta|sto|da|se|te|sama|ga|na|ako|sa|ima|koja|je|ona|oni|ono|za|iz|pri|bez|kao|eto|jos|
    bas|dao|cao|dati|su|minuti|kaze|dana|kime|cime|sina|skriva|bre|plz|pls|h?ej|cemu|čemu|firma|jeste|kamo|komu|motiv|
    muž|napokon|pise|platu|pomoci|prave|prva|sve|treba|tvrdi|zna|moze|drugoj|gde|ih|ili|kuda|nego|posle|protiv|sredu|
    svoj|grupa|ministra|sam|tome|danu|plata|novo|nove|auta|sefove|novinar|plati|napisano|amerika)$
    |(?:autor|program|mark|terorist|kongres|senat|demokrat|islam|cen[aeu]|clank|mest|most|no[zž]|poslan|poslat|
    pristup|rusk|sifrovan|tajne|telefon|vlad|zakon|zen|žen|intervju|kompanij|ljud|nedelj|partij|polici|parlament|
    britansk)""")
_SERBOCROATIAN_MARK = frozenset(w for w in (frozenset(_SERBOCROATIAN) | _SERBOCROATIAN_DROPPED) - _SERBOCROATIAN_SHARED
                                if not _NOT_MARK.match(w) and not re.match(r"(?:%s)l[aeio]$" % _SHARED_PASTS, w))
# a question word opening a question with its auxiliary or pronoun ("ko je", "sta su", "da li") shows it
# however few its other words
_SERBOCROATIAN_OPENING = re.compile(_either(
    r"^\s*(?:(?:ko|tko|šta|što|gdje|gde|kada|kad|kako|koliko|kolko|zašto|odakle|koj[iae]|kojeg|kome|koga|čiji|di|đe|"
    r"sa?\s+kim)(?:\s+\w+)?\s+(?:je|su|se|li|će|nije|nisu|bi|ga|mu|joj|ih|bio|bila|bilo|bili|ima|to|kaže|piše|"
    r"hoće|želi)\b|"
    r"(?:da\s+li|dal\s+je|je\s+li|jel|jeli|ima\s+li|hoće\s+li|jesu\s+li)\b)"),
    re.I)


# -- English order
# the verbs glossed, their bare forms, and the auxiliary that asks with them
_BARE = {
    **{e: (_bare(e), "does") for e in _PRESENT.values() if e.split(" ", 1)[0].endswith("s") and e != "has no"},
    **{e: (e, "do") for e in _PRESENT.values() if not e.startswith(("to ", "can", "must")) and
       not e.split(" ", 1)[0].endswith("s")},
    **{e: (_bare(e), "did") for e in _PARTICIPLES.values() if e not in ("was", "were", "could", "had to")},
}
_VERB = "|".join(sorted(map(re.escape, _BARE), key=len, reverse=True))
# who may be the subject: a name ("Amber Rudd", "FBI"), a pronoun, a noun of the story that acts (one: also
# given an article)
_ONE = (r"police officer|police|attacker|perpetrator|suspect|killer|driver|government|minister|Home Secretary|article|"
        r"author|journalist|company|group|news agency|agency|president|owner|parliament|law|attack|meeting|interview|"
        r"investigation")
_STORY = _ONE + r"|police officers|attackers|tech companies|companies|intelligence services|security services|" \
                r"terrorists?|soldier|Congress|Republicans|Democrats|victims"
_SUBJECT = (r"(?:he|she|they|(?:the\s+)?(?:%s(?:\s+(?-i:[A-Z])[\w'’.-]*)*(?:['’]s\s+\w+)?|%s))(?![\w'’-])"
            % (_NAME, _STORY))
_THING = (r"(?:new\s+|other\s+|secret\s+)?(?:car|vehicle|phone|apps?|laws?|messages?|knife|weapon|article|headline|"
          r"programme|interview|name|company|party|job|make|"
          r"agency|group|services?|evidence|people|victims|pedestrians)")
_ASKED = (r"(?:what|when|where|why|how|how much|how long|how many times|since when|until when|at what time|"
          r"to whom|with whom|from whom|for whom|about whom|about what|with what weapon|with what|for what|whom|"
          r"(?:(?:in|on|at|from|about|with|for|to)\s+)?(?:what|which|whose)\s+%s|how many\s+%s)" % (_THING, _THING))
_ADVERB = r"(?:\s+(?:in the end|finally|ever|already|really|actually|exactly|first|later|still|so far|alone))?"
_AUX_FIRST = r"is|are|was|were|will|can|could|would|should|must"
# nouns English gives an article that the language has not ("who is the author", "on the bridge")
_THE = (r"\b(is|was|were|are|did|does|do|of|in|on|at|about|with|from|to|by|for|after|before|during|into|"
        r"(?:kill|stabb?|shoot|shot|drove|drive|rent|use|unlock|own|wrote|write|answer|respond)(?:ed|s|d)?)\s+(?=(?:%s|"
        r"bridge|car|vehicle|headline|programme|warrant|message|app|knife|weapon|phone|reaction|response|statement|"
        r"envelope|hospital|make of|content of|name of)\b)" % _ONE)


def _serbocroatian_order(glossed: str) -> str:
    """A question glossed word for word, in English order: "whether Masood acted alone" → "did Masood act
    alone", "what said Rudd" → "what did Rudd say", "who him killed" → "who killed him", with articles."""
    g = re.sub(r"\bto\s+(%s)\b" % _VERB, lambda m: "to " + _BARE[m.group(1)][0], glossed)
    g = re.sub(r"\b(can|could|must|should|will|would|did|does|do)\s+(%s\s+)?to\s+" % _SUBJECT, r"\1 \2", g)
    g = re.sub(r"\b(him|her|them|it)\s+(%s)\b" % _VERB, r"\2 \1", g)
    g = re.sub(r"\bthat\s+(is|was|are|were)\s+(%s)" % _SUBJECT, r"that \2 \1", g)
    clauses = re.split(r"((?:,\s*|\s+and\s+)(?=(?:what|when|where|why|how|which)\b))", g)
    return "".join(map(_clause_order, clauses))


def _clause_order(g: str) -> str:
    """A clause of the question in English order (``_serbocroatian_order``), with its articles."""
    g = re.sub(r"^(\s*)which\s+(is|was|are|were)\b", r"\1what \2", g, flags=re.I)
    g = re.sub(r"^(\s*(?:%s)\s+(?:was|were|is))\s+born\s+(%s)" % (_ASKED, _SUBJECT), r"\1 \2 born", g, flags=re.I)
    whether = re.match(r"^(\s*)whether\s+", g, re.I)
    start, rest = (whether.group(1), g[whether.end():]) if whether else ("", g)
    # asked whether: "Masood acted alone" (did Masood act alone), "acted Masood", "Masood was known" (was Masood)
    m = whether and (re.match(r"()(%s)(%s)\s+(not\s+)?(%s)\b(.*)$" % (_SUBJECT, _ADVERB, _VERB), rest, re.I) or
                     re.match(r"()(?:not\s+)?(%s)\s+(%s)()()\b(.*)$" % (_VERB, _SUBJECT), rest, re.I))
    if m:
        verb, who = (m.group(5), m.group(2)) if m.group(5) else (m.group(2), m.group(3))
        bare, aux = _BARE[verb.lower()]
        return _articles(f"{start}{aux} {who}{m.group(3) if m.group(5) else ''} {m.group(4) or ''}{bare}{m.group(6)}")
    m = whether and re.match(r"(%s)\s+(not\s+)?(%s)\b(.*)$" % (_SUBJECT, _AUX_FIRST), rest, re.I)
    if m:
        return _articles(f"{start}{m.group(3)} {m.group(1)} {m.group(2) or ''}{m.group(4).lstrip()}")
    if whether:
        return _articles(start + rest)
    # the verb before its subject ("what said Rudd"), after it ("why Apple refused"); not "where did he get"
    m = re.match(r"^(\s*(?:%s)%s\s+)(%s)(\s+it)?\s+(%s)(?!\s+(?:get|do|have)\b)(.*)$"
                 % (_ASKED, _ADVERB, _VERB, _SUBJECT), g, re.I)
    if m and (_BARE[m.group(2).lower()][1] == "did" or not m.group(1).lower().strip().startswith("how many")):
        bare, aux = _BARE[m.group(2).lower()]
        return _articles(f"{m.group(1)}{aux} {m.group(4)} {bare}{m.group(3) or ''}{m.group(5)}")
    m = re.match(r"^(\s*(?:%s)\s+)(%s)(%s)\s+(not\s+)?(%s)\b(.*)$" % (_ASKED, _SUBJECT, _ADVERB, _VERB), g, re.I)
    if m:
        bare, aux = _BARE[m.group(5).lower()]
        g = f"{m.group(1)}{aux} {m.group(2)}{m.group(3)} {m.group(4) or ''}{bare}{m.group(6)}"
    return _articles(g)


def _articles(glossed: str) -> str:
    """``glossed`` with "the" before the story's nouns where English wants it."""
    glossed = re.sub(r"\b(have|has|had)\s+(?=criminal record)", r"\1 a ", glossed)
    return re.sub(_THE, r"\1 the ", glossed)


SERBOCROATIAN = Language(_SERBOCROATIAN_IDIOMS, _SERBOCROATIAN, _SERBOCROATIAN_DROPPED, _SERBOCROATIAN_MARK,
                         reorder=_serbocroatian_order, shared=_SERBOCROATIAN_SHARED, opening=_SERBOCROATIAN_OPENING)
