"""Catalan (and Valencian, Balearic) mixed into English questions, read in English.

Catalans type a question's frame in Catalan, the story's names and things in English or Catalan ("qui va
escriure the article?"), with accents or without. Catalan makes its past with "va" and an infinitive ("va dir":
said), puts an object pronoun before the verb ("el va matar": killed him), an adjective after its noun, a topic
first ("i Apple, què ha dit?"), and leaves out a subject it need not say: ``_catalan_order`` puts the clear
cases in English order. Many of its words are Spanish, French or English too ("policia", "qui", "on" is
where), so only words of Catalan alone show it.
"""
from __future__ import annotations

import re

from qabot.languages import Idioms, Language, third_person, with_plain_spellings

_PLAIN = str.maketrans("àèéíïòóúüç", "aeeiioouuc")


def _words(text: str) -> frozenset[str]:
    """``text``'s words, "_" a space ("run_over")."""
    return frozenset(w.replace("_", " ") for w in text.split())


# the words starred below ("cotxe*") show Catalan (``_CATALAN_MARK``)
_STARRED: set[str] = set()


def _pairs(text: str) -> dict[str, str]:
    """``text``'s "word=English" pairs, "_" a space, its starred words kept in ``_STARRED``."""
    _STARRED.update(re.findall(r"([^\s=,]+)\*", text))
    return {w.replace("_", " "): e.replace("_", " ") for w, e in (p.split("=") for p in text.replace("*", "").split())}


# infinitive, English bare form, past if not "-ed", participle if another ("-ir" verbs take "-eix": "llegeix")
_VERBS = """
matar kill, assassinar kill, apunyalar* stab stabbed, disparar shoot shot, atropellar run_over ran_over run_over,
llogar* rent, utilitzar* use, usar use, reivindicar claim, demanar ask_for, preguntar ask, trobar find found,
desbloquejar* unlock, piratejar* hack, enviar send sent, arrestar arrest, actuar act, cooperar cooperate, collaborar
cooperate, rebutjar* refuse, negar deny, amagar hide hid hidden, obligar force, passar happen, parlar speak spoke
spoken, publicar publish, treballar* work, pagar pay paid, comprar buy bought, atacar attack, durar last, trigar* take
took taken, ajudar help, aprovar pass, votar vote, guanyar* win won, signar sign, acabar end, començar* start, pensar
think thought, necessitar need, multar fine, ordenar order, xifrar* encrypt, donar give gave given, entregar hand_over,
costar cost cost, casar marry, portar carry, exigir demand, impedir prevent, llegir* read read, conduir* drive drove
driven, envestir* ram rammed, aconseguir* get got, dimitir resign, ferir injure, prohibir ban banned, reunir meet met,
accedir* access, convertir convert, encriptar encrypt, dirigir direct, sortir appear, aturar stop stopped, explicar
explain, firmar sign, opinar think thought, emetre broadcast broadcast, implicar involve, arribar arrive, canviar
change, produir happen, entrevistar interview, deixar leave left
"""
# the irregular verbs' forms, as typed
_IRREGULAR = _pairs("""dir=say diu*=says diuen*=say deia*=said deien*=said dit=said escriure*=write escriu*=writes
    escriuen*=write escrivia*=wrote escrit*=written viure*=live viu=lives viuen*=live vivia=lived vivien*=lived
    viscut*=lived néixer*=be_born neix*=is_born nascut*=born nascuda*=born morir=die mor=dies moria=died mort=dead
    morts=dead obrir*=open obert*=opened detenir*=arrest detingut*=arrested detinguts*=arrested respondre*=answer
    respon*=answers respost*=answered saber=know sap=knows saben=know sabia=knew sabien=knew coneix*=knows
    coneixia*=knew conegut*=known voler=want vol=wants volen*=want volia*=wanted volien*=wanted poder=be_able_to pot=can
    poden*=can podia=could podien*=could podria*=could fer=do fa=does fan=do feia=did feien*=did fet*=done farà=will_do
    facin=do coneixien=knew tenir=have té*=has tenen*=have tenia=had tenien*=had tingut*=had ser=be és*=is són*=are
    era=was eren*=were fou=was serà*=will_be seria=would_be estat*=been estar=be està*=is estan=are estava=was
    estaven*=were ha=has han=have havia=had havien*=had venir=come ve=comes venia=came anava*=went rebut=received
    abatut=shot_dead conté=contains contenia=contained va*=did abatre=shoot resultar=be obria=opened obrien=opened
    creu=believes surt=appears surten=appear pertany=belongs pertanyia=belonged estigués*=was""")
# the irregular English pasts' bare forms, and participles
_IRREGULAR_BARE = _pairs("""said=say wrote=write lived=live died=die opened=open arrested=arrest answered=answer
    knew=know wanted=want could=can did=do had=have came=come went=go received=receive contained=contain
    belonged=belong believed=believe""")
_PP = _pairs("wrote=written did=done knew=known came=come went=gone")


def _conjugated(spec: str) -> tuple[dict, dict, dict]:
    """``spec``'s forms in English ("matava": killed), pasts after "va", "ha" ("va matar": killed), and each
    English form's bare form and auxiliary."""
    words, pasts, bare_of = {}, {}, {}
    _STARRED.update(re.findall(r"(\w+)\*", spec))
    for item in spec.replace("*", "").split(","):
        inf, bare, *past = item.split()
        past += [re.sub(r"(?<=[^aeiou])y(?=_|$)|(?=_|$)", lambda e: "ied" if e.group() else
                           "d" if bare[e.start() - 1] == "e" else "ed", bare, 1)] * (not past)
        bare, past, pp = (w.replace("_", " ") for w in (bare, past[0], past[-1]))
        stem = inf[:-2]
        soft = re.sub(r"c$", "qu", re.sub(r"g$", "gu", re.sub(r"ç$", "c", re.sub(r"j$", "g", stem))))
        if inf.endswith("ar"):
            forms = {stem + "a": third_person(bare), soft + "en": bare, stem + "ava": past, stem + "aven": past,
                     soft + "i": third_person(bare), soft + "in": bare, soft + "és": past}
            made = [stem + e for e in ("at", "ada", "ats", "ades")]
        else:
            i = "ï" if stem[-1] in "aeiou" else "i"
            forms = {stem + "eix": third_person(bare), stem + "eixen": bare, stem + i + "a": past, stem + i + "en": past,
                     stem + "ís": past}
            made = [stem + i + e for e in ("t", "da", "ts", "des")]
        words.update({**forms, inf + "à": "will " + bare, inf + "an": "will " + bare, inf: bare,
                      **{m: pp for m in made}})
        pasts.update({inf: past, **{m: past for m in made}})
        _PP.setdefault(past, pp)
        _IRREGULAR_BARE.setdefault(past, bare)
    for past, bare in _IRREGULAR_BARE.items():
        for english, aux in ((past, "did"), (third_person(bare), "does"), (bare, "do")):
            bare_of.setdefault(english, (bare, aux))
    ed = {**{b: p for p, b in _IRREGULAR_BARE.items()}, **{p: p for p in _IRREGULAR_BARE},
          **{pp: p for p, pp in _PP.items()}, "be": "was", "be born": "was born", "born": "was born", "dead": "died",
          "be able to": "could", "been": "was"}
    pasts.update({w: ed[e] for w, e in _IRREGULAR.items() if e in ed and re.search(r"(?:r|re|t|ts|da)$", w)})
    return words, with_plain_spellings(pasts, _PLAIN), bare_of


_VERB_WORDS, _PASTS, _BARE = _conjugated(_VERBS)
_BARE.update({"was born": ("be born", "was"), "born": ("be born", "was")})
_INFINITIVES = frozenset(w for w in _PASTS if re.search(r"(?:r|re)$", w))
# the finite verbs an object pronoun goes before ("ho sap": knows it)
_FINITE = {w for w, e in {**_VERB_WORDS, **_IRREGULAR}.items() if re.sub("^will ", "", e) in _BARE and not
           re.search(r"(?:r|re|t|da|ts|des)$", w)} - {"va", "fa"}
_FINITE = frozenset(_FINITE | {w.translate(_PLAIN) for w in _FINITE})

# a question's frame
_FRAME = _pairs("""
qui*=who què*=what quin*=which quina*=which quins*=which quines*=which quant=how_much quanta=how_much quants*=how_many
quantes*=how_many quan*=when com=how el=the la=the els*=the les=the un=a una=a uns=some unes=some de=of en=in amb*=with
per=for sobre=about des=since fins=until entre=between contra=against sense=without durant=during després*=after
abans*=before sota=under dins=inside davant*=in_front_of prop=near o=or però=but si=if també*=also no=not mai=never
res=anything ningú*=nobody cap=any ell=he ella=she ells=they elles=they nosaltres*=we ho=it em=me ens=us seu=his
seva*=his seus=his seves=his aquest*=this aquesta*=this aquests*=these aquestes*=these aquell*=that aquella=that
això*=this allò*=that aquí=here allà*=there ja=already encara=still ara=now avui*=today ahir*=yesterday llavors*=then
aleshores=then molt=very molts=many més*=more menys*=less només*=only tot=all tots=all algú*=anyone algun=any
altre=other altra=other altres*=other sol=alone sola=alone realment*=really exactament*=exactly finalment*=finally
primer=first darrer=last sí=yes
""")
# the things and people of the news
_NOUNS = _pairs("""
atac=attack atacs*=attacks atemptat*=attack atacant*=attacker atacants*=attackers autor=author autora=author
terrorista=terrorist terroristes=terrorists policia=police policies=police_officers agent=officer agents=officers
víctima=victim víctimes*=victims vianant*=pedestrian vianants*=pedestrians gent=people persones*=people persona=person
dona=woman esposa=wife marit*=husband fill=son fills=children família=family soldat=soldier pont=bridge cotxe*=car
ganivet*=knife arma=weapon armes=weapons pistola=gun ciutat*=city país=country lloc*=place presó*=prison
parlament=Parliament congrés*=Congress mèxic*=Mexico dia=day dies=days setmana*=week mes=month anys*=years hora=time
hores*=hours minuts*=minutes temps=time data=date vegada=time vegades*=times dilluns*=Monday dimarts*=Tuesday
dimecres*=Wednesday dijous*=Thursday divendres*=Friday dissabte*=Saturday diumenge*=Sunday edat*=age nom=name
nacionalitat*=nationality religió*=religion feina*=job treball*=job càrrec*=position partit=party preu*=price
diners=money multa=fine reunió*=meeting resposta=response reacció*=reaction reivindicació*=claim declaració*=statement
comunicat*=statement contingut*=content propietari*=owner marca=brand motiu*=motive diari=newspaper titular=headline
títol*=headline periodista=journalist programa=show televisió*=television entrevista=interview govern*=government
ministre=minister ministres=ministers ministra=minister president=president llei*=law lleis*=laws ordre=order
eleccions*=election campanya*=campaign vots*=votes demòcrates*=Democrats mur=wall missatge*=message missatges*=messages
aplicació*=app empresa=company empreses*=companies serveis*=services intelligència*=intelligence seguretat*=security
proves=evidence prova=evidence grup=group agència*=agency telèfon*=phone mòbil*=phone xifratge*=encryption
secreta=secret accés*=access ajuda=help nou=new nova=new nous=new noves*=new britànic*=British islàmic*=Islamic
musulmà*=Muslim conegut=known ferit*=injured ferits*=injured ferides*=injured amo=owner amos=owners subtítol*=subtitle
entradeta*=standfirst tirador=shooter conversa=conversation converses=conversations completament=completely
inacceptable=unacceptable autors=authors aplicacions=apps sobres=envelopes cartes=letters notícia=story
propietaris=owners segur*=safe
""")
_CATALAN = with_plain_spellings({**_VERB_WORDS, **_IRREGULAR, **_FRAME, **_NOUNS}, _PLAIN)
# "es" is "és" but before a verb ("es va negar"); "que", "on", "i", "a", "al" are read by the idioms
_CATALAN.update({"es": "is", "te": "has", "perque": "why"})

# -- idioms

_NAME = r"(?-i:[A-Z][\w'.&-]*)"
_PRODUCTS = frozenset("whatsapp iphone telegram signal facebook twitter instagram youtube apple google".split())
_ELIDED = {"l": "the ", "d": "of ", "m": "me ", "t": "you ", "qu": "that "}
_CLITICS = {"el": "him", "l'": "him", "la": "her", "els": "them", "les": "them", "li": "him", "ho": "it",
            "l'hi": "it", "m'": "me", "em": "me", "ens": "us", "lo": "him", "l": "him", "los": "them", "ls": "them",
            "me": "me", "nos": "us"}
_CLITIC = r"l'hi|li\s+ho|l'|el|la|els|les|li|ho|s'|se|es|n'|en|hi|m'|em|t'|et|ens|us"
# the verbs done to a person ("el va matar": killed him, "ho va dir": said it), after which "a" is "to"
# ("va dir a Rudd"), done to no one ("li va passar"), "es" makes one's own ("es va reunir": met; else a
# passive: "es va publicar", was published)
_ON_PERSON = _words("""kill stab shoot run_over shoot_dead arrest help contact call attack meet force ask direct
    injure convict threaten radicalise appoint pay fine monitor investigate find know order charge see""")
_TO = _words("say ask ask_for send write give answer speak explain report hand_over happen go come access belong")
_UNDONE = _words("happen die come live last start end work act arrive go be_born")
_REFLEXIVE = frozenset("meet deny refuse convert die marry hide say act".split())
# bodies that keep their article ("la Casa Blanca": the White House)
_BODIES = frozenset("""White Home Islamic Parliament Congress Senate Supreme House Government Police Democrats
    Republicans""".split())
_PERSON_WORDS = r"(?:polic|agent|atacant|v[ií]ctim|vianant|persones|gent|soldat|ministr|periodist|officer|attacker)"


def _english_verb(word: str) -> tuple[str, str]:
    """A word's bare form and auxiliary ("diu", "said": say)."""
    low = word.lower()
    return _BARE.get(_CATALAN.get(low, low), _BARE.get(low, ("", "")))


def _past(m: re.Match) -> str:
    """"va dir" (said), "van ser" (were), "el va matar" (killed him), "es va publicar" (was published)."""
    clitic, aux, verb = re.sub(r"\s+", "", (m.group(1) or "").lower()), m.group(2).lower(), m.group(3).lower()
    past = _PASTS.get(verb) if (verb in _INFINITIVES) == aux.startswith("v") else None
    if past is None:
        return m.group(0)
    plural = aux in ("van", "vam", "vau", "varen", "han", "havien")
    past = "were" + past[3:] if past.startswith("was") and plural else past
    bare = _BARE.get(past, ("",))[0]
    if clitic in ("es", "se", "s'") and bare not in _REFLEXIVE | _UNDONE:
        return f"{'were' if plural else 'was'} {_PP.get(past, past)}"
    if clitic == "li" and bare in ("say", "ask"):
        return ("told" if bare == "say" else "asked") + " him"
    obj = _CLITICS.get(clitic, "")
    obj = "it" if obj == "him" and bare not in _ON_PERSON and clitic != "li" else obj
    # (done by "they": "el van detenir", they arrested him)
    they = "they " * (plural and obj in ("him", "her", "them") and bare in _ON_PERSON)
    return past if bare in _UNDONE or not obj else f"{they}{past} {obj}"


def _clitic(m: re.Match) -> str:
    """An object pronoun after its verb ("ho sap": knows it; "la multa" is a fine)."""
    clitic, verb = m.group(1).lower(), m.group(2)
    if verb.lower() not in _FINITE or clitic in ("el", "la", "els", "les") and (
            verb.lower() in _NOUNS or re.search(r"[^iv]a$", verb.lower())):
        return m.group(0)
    obj = _CLITICS.get(clitic, "")
    return f"{verb} {'it' if obj == 'him' and _english_verb(verb)[0] not in _ON_PERSON else obj}".rstrip()


def _article(m: re.Match) -> str:
    """An article before a name: a person's left out ("la Rudd"), a body's kept ("el FBI")."""
    word, name = m.group(1).lower(), m.group(2)
    if name.lower() in _PRODUCTS:
        return "on " if word == "en" else ""
    return "the " if word not in ("en", "na") and (name.isupper() or name in _BODIES) else ""


def _a(m: re.Match) -> str:
    """"a", "al": "to" after saying ("va dir a Rudd"), none after a verb done to a person ("va disparar al
    policia"), "in" before a name or Catalan ("a Londres"), as typed before English ("a car")."""
    a, the, after = m.group(1), m.group(2), m.group(3)
    the, low = " the" if the or a != "a" else "", after.lower()
    # (the verb a few words before; no participle: "ferides a l'atac", injured in the attack)
    before = re.findall(r"[\w']+", m.string[:m.start()])[-4:][::-1]
    bare = next((v for v in (_english_verb(w)[0] for w in before if w.lower() not in _PASTS or
                             w.lower() in _INFINITIVES) if v), "")
    person = re.match(r"\s*(?:the\s+)?([\w']+)", m.string[m.start(3):]).group(1)
    if low in _INFINITIVES or bare in _TO:
        return f"to{the} "
    if bare in _ON_PERSON and (person[0].isupper() or re.match(_PERSON_WORDS, person, re.I) or
                               _english_verb(before[0] if before else "")[0] == bare):
        return the.lstrip() + " " if the else ""
    if the or after[0].isupper() or low in _CATALAN and low not in _CATALAN_SHARED:
        return f"{'on' if low in ('pont', 'carrer') else 'in'}{the} "
    return m.group(0)


def _relative(m: re.Match) -> str:
    """"que" first or after a preposition asks; after a word it joins ("el policia que va morir")."""
    prev = m.group(1)
    # (and after a topic: "i la Rudd que ha dit?", and what did Rudd say)
    if not prev or prev.lower() in "de amb per en sobre o of to with for in about and or".split() or re.fullmatch(
            r"\s*(?:and\s+)?(?:[A-Z][\w.]*\s+)*[A-Z][\w.]*", m.string[:m.start()] + prev):
        return f"{prev or ''} what".lstrip()
    return f"{prev} that"


def _phrase(key: str) -> str:
    """A phrase typed with or without accents."""
    return r"\b%s\b" % re.sub(r"[aeiouc]", lambda v: "[%s%s]" % (v.group(0), {
        "a": "à", "e": "èé", "i": "íï", "o": "òó", "u": "úü", "c": "ç"}[v.group(0)]), key).replace(" ", r"\s+")


# phrases glossed as one ("de debò", "quant de temps", "fa servir")
_PHRASES = _pairs("""regne_unit=UK estats_units=US casa_blanca=White_House primer_ministre=Prime_Minister
    primera_ministra=Prime_Minister tribunal_suprem=Supreme_Court ministeri_de_l'interior=Home_Office
    empreses_tecnologiques=tech_companies agencia_de_noticies=news_agency porta_del_darrere=backdoor
    cotxe_de_lloguer=rented_car ordre_judicial=warrant ordre_executiva=executive_order
    xifratge_d'extrem_a_extrem=end-to-end_encryption nom_real=real_name de_debo=really al_final=in_the_end tot_sol=alone
    pel_seu_compte=alone quina_hora_era=what_time_was_it quant_de_temps=how_long quant_temps=how_long
    quantes_vegades=how_many_times des_de_quan=since_when fins_quan=until_when a_quina_hora=at_what_time cap_a_on=where
    vol_dir=means si_us_plau= es_a_dir= va_fer_servir=used van_fer_servir=used ha_fet_servir=used feia_servir=used
    fa_servir=uses fan_servir=use hi_va_haver=there_was hi_havia=there_were hi_ha=there_is la_policia=the_police
    quina_edat=how_old quants_anys=how_old quina_marca_de=what_make_of quin_tipus_de=what_kind_of
    quanta_gent=how_many_people cal=is_needed calia=was_needed fa_falta=is_needed es_necessita=is_needed
    de_lloguer=rented a_trets=by_shooting d'extrem_a_extrem=end-to-end de_quina_marca=what_brand
    programa_de_televisio=TV_show llei_de_salut=healthcare_law reforma_sanitaria=healthcare_reform de_qui_es=who_owns
    de_qui_era=who_owned de_qui=whose amb_qui=with_whom per_qui=by_whom fa_quant=how_long_ago quants_anys_te=how_old_is
    quants_anys_tenia=how_old_was quants_anys_tenien=how_old_were quina_edat_tenia=how_old_was com_a=as
    serveis_d'intelligencia=intelligence_services serveis_de_seguretat=security_services
    a_que_es_dedica=what_is_the_job_of a_que_es_dedicava=what_was_the_job_of""")
_THE = {"l'": "the ", "el": "the ", "un": "a ", "del": "of the ", "al": "to the ", "aquest": "this ",
        "aquell": "that ", "quin": "which ", "cap": "any ", "cada": "each ", "and": "and "}
_BEFORE_OF = {"abans": "before", "despres": "after", "prop": "near", "dins": "inside", "davant": "in front of",
              "darrere": "behind", "a causa": "because of", "a prop": "near", "aprop": "near", "a part": "besides",
              "apart": "besides", "a mes": "besides", "a traves": "through"}
_INF = r"\w+(?:ar|er|ir|re)\b"

_CATALAN_IDIOMS = Idioms([
    # "l·l" typed "l.l" ("col·laborar"), "’" as "'"
    (r"(?<=l)[·.•](?=l)", ""), (r"’", "'"), (r"(?-i:\bUN\b)", "United Nations"),
    (r"\b(?:l')?estat\s+isl[aà]mic\b|\b(?:l'|el\s+)?(?-i:EI|ISIS|Daesh)\b", "Islamic State"),
    (r"\b(?:(a|al|sobre\s+(?:el\s+)?)\s+|el\s+)?pont\s+de\s+westminster\b",
     lambda m: "on " * bool(m.group(1)) + "Westminster Bridge"),
    (r"\b(?:(la|el)\s+)?(?:ministr|secretari)[ae]?\s+(?:brit[aà]nic[a]?\s+)?(?:d'|de\s+l')interior\b",
     lambda m: "the " * bool(m.group(1)) + "Home Secretary"),
    (r"\b(?:(?:el|els|un|uns)\s+)?missatge(s?)\s+de\s+(WhatsApp|Telegram)\b", r"the \2 message\1"),
    # what a passage must tell (``events_asked``): a record, a claim, a job
    (r"\b(?:els\s+|uns\s+)?antecedents(?:\s+(?:penals|criminals|policials))?\b", "a criminal record"),
    (r"\b(?:es\s+va\s+atribuir|va\s+assumir|va\s+reivindicar)\s+(?:l'autoria|la\s+responsabilitat)\b"
     r"(?:\s+(de)(l|\s+l')?)?", lambda m: "claimed responsibility" + (" for" + " the" * bool(m.group(2))) * bool(
        m.group(1))),
    (r"\b(era|és|es|va\s+ser)\s+conegut\s+(?:per|de)\s+(?:la\s+)?policia\b",
     lambda m: ("is" if m.group(1).lower() in ("és", "es") else "was") + " known to the police"),
    (r"\bes\s+va\s+convertir\s+a\s+l'isla?m\b", "converted to Islam"), (r"\bes\s+va\s+convertir\s+en\b", "became"),
    (r"\b(actuar|actuat|actuava|actua|atacar|atacat|estava|anava)\s+sol[as]?\b", r"\1 alone"),
    (r"\bsol[as]?(?=\s*[?.!]*\s*$)", "alone"),
    # asking: a name, whom, where from, why, how much
    (r"\bcom\s+(?:es|s')\s*(deia|deien|diu|diuen|va\s+dir|anomena|anomenava)\b(?=(\s+\w)?)", lambda m: "what %s the "
     "name%s" % ("is" if m.group(1).lower() in ("diu", "diuen", "anomena") else "was", " of" * bool(m.group(2)))),
    (r"\b(?:es|s')\s*(deia|deien|diu|diuen)\b", lambda m: ("is" if m.group(1)[1] == "i" else "was") + " called"),
    (r"\bde\s+qu[eè]\s+(?:va|parla|tracta)\s+(.+?)(\s*[?.!]*)$", r"what is \1 about\2"),
    # "qui és l'amo de": who owns; "qui més": who else
    (r"\bqui\s+(és|es|era|són|son|eren)\s+(?:l'amo|els\s+amos|el\s+propietari)\s+d(?:e\s+|'|(el)\b)",
     lambda m: f"who own{'ed' if m.group(1)[:2].lower() == 'er' else 's'} " + "the" * bool(m.group(2))),
    (r"(?<!el )(?<!la )\b(qui|qu[eè]|on)\s+m[eé]s\b", lambda m: {"qui": "who", "on": "where"}.get(
        m.group(1).lower(), "what") + " else"),
    (r"\bquin(?:a|s|es)?\s+(és|es|era|són|eren|va\s+ser|fou)\b",
     lambda m: "what " + {"és": "is", "es": "is", "són": "are", "eren": "were"}.get(m.group(1).lower(), "was")),
    (r"\bquant\s+(?:va\s+)?(cost|dur)(?:ar|à)\b(?=(\s+\w+)?)", lambda m: ("how much " if m.group(1).lower() == "cost"
     else "how long ") + ("did it " + m.group(1).lower().replace("dur", "last") + " to" * bool(m.group(2)) if not
     m.group(2) or m.group(2).strip().lower() in _INFINITIVES else m.group(1).lower().replace("dur", "lasted"))),
    (r"\bquant(?:s|es)\s+(\w+)\s+hi\s+(havia|ha|va\s+haver)\b", lambda m: "how many %s %s there" % (
        _CATALAN.get(m.group(1).lower(), m.group(1)), "are" if m.group(2) == "ha" else "were")),
    (r"\ba\s+qui\s+(?:(?:li|els)\s+)?(?=(\w+)\s+(\w+))", lambda m: "to " * (_english_verb(
        m.group(2) if m.group(1).lower() in ("va", "van") else m.group(1))[0] in _TO) + "whom "),
    (r"\bd'\s*on\s+(?:(era|eren|venia|venien|va\s+venir)|és|es|són|ve|venen)\s+(\S.*?)(\s*[?.!]*)$",
     lambda m: f"where {'was' if m.group(1) else 'is'} {m.group(2)} from{m.group(3)}"),
    (r"\bd'\s*on\b", "from where"),
    (r"\bper\s*qu[eè]\b|\b(?:xq|pq|pk|perq)\b|\bcom\s+(?:és|es)\s+que\b|\bcom\s+aix[ií]\b", "why"),
    # "perquè" asks first or after "i", "o", "saps"; elsewhere it is "because"
    (r"(?:(?<=^)|(?<=[¿¡])|(?<=[,;]\s)|\b(i|o|saps)\s+)perqu[eè]\b", lambda m: f"{m.group(1) or ''} why".strip()),
    (r"\bperqu[eè]\b", "because"),
    # "on" (where), "com" (how) before a word of Catalan ("on va ser"), not "on Sunday"
    (r"(?:^|(?<=[¿¡\s]))(on|com)(?=\s+(\w+))", lambda m: ("where" if m.group(1).lower() == "on" else "how")
     if m.group(2).lower() in _CATALAN and m.group(2).lower() not in _CATALAN_SHARED or m.group(2).lower() in (
        "van", "han", "vam") else m.group(0)),
    (r"^\s*(on|com)\s*\?", lambda m: "where?" if m.group(1).lower() == "on" else "how?"),
    (r"\b(?:[ée]s\s+)?(?:veritat|cert)\s+que\b", "is it true that"),
    # "i" is "and", but for the English "I" ("i si WhatsApp ...", "I al final ...?")
    (r"(?-i:\bi\b)(?!')|^\s*I\s+(?=(?:al|si|on|com|quan|qu[eè]|qui|per|el|la|els|les|l'|ara|doncs)\b)", "and "),
    (r"\bsaps\s+(?=(?:si|qui|qu[eè]|quan|on|com|per\s*qu[eè]|quant\w*|quin\w*)\b)", "do you know "),
    (r"^\s*(?:home|noi|nen|tio|va)\s*,\s*|,\s*(?:home|noi|oi|eh|no|veritat)\s*(?=\?)|\btinc\s+una\s+(?:pregunta|"
     r"dubte)\b", ""),
    # "home" a man, "any" a year, "sobre" an envelope, "segons" seconds, "el policia" an officer
    (r"\b(l'\s*|un\s+|aquest\s+|aquell\s+|quin\s+|cap\s+)home\b", lambda m: _THE.get(m.group(1).strip(), "") + "man"),
    (r"\b(l'\s*|un\s+|aquell\s+|aquest\s+|quin\s+|cada\s+|el\s+|del\s+|(?<=mes )and\s+)any\b",
     lambda m: _THE.get(m.group(1).strip(), "") + "year"),
    (r"\b(el|un|del|al|aquell|aquest)\s+sobre\b", lambda m: _THE[m.group(1).lower()] + "envelope"),
    (r"\b(\d+|uns|pocs|dos|tres|quatre|cinc|deu|vint|trenta)\s+segons\b", r"\1 seconds"),
    (r"\bsegons\s+(?=\w)", "according to "),
    (r"\b(el|un|del|al|aquell|aquest|cap|quin)\s+polic[ií]a\b", lambda m: _THE[m.group(1).lower()] + "police officer"),
    (r"(?:\bel\s+|(?<=[a-z] )(?<!de )(?<!quin )(?<!cada ))(?=(?:dilluns|dimarts|dimecres|dijous|divendres|dissabte|"
     r"diumenge)\b)", "on "),
    (r"\b(abans|despr[eé]s|prop|dins|davant|darrere|a\s+causa|a\s*prop|a\s*part|a\s+m[eé]s|a\s+trav[eé]s)\s+"
     r"d(?:e\s+|'|(?=els?\b))", lambda m: _BEFORE_OF[re.sub(r"\s+", " ", m.group(1).lower().translate(_PLAIN))] + " "),
    (r"\bper\s+(?=(?:WhatsApp|Telegram|Signal|Facebook|Twitter|tel[eè]fon|m[oò]bil|correu|email)\b)", "on "),
    (r"\bper\s+(?=%s)" % _INF, "to "),
    (r"\b(?:es|s')\s*(va|van|ha|han|nega|neguen)\s+(?:negar\s+|negat\s+)?a\b", lambda m: "refuse" + {
        "nega": "s", "neguen": ""}.get(m.group(1).lower(), "d") + " to"),
    # the phrases; the past: "must", "will", "was", "said", "killed him"
    ("|".join(map(_phrase, sorted(_PHRASES, key=len, reverse=True))),
     lambda m: _PHRASES[re.sub(r"\s+", " ", m.group(0).lower().translate(_PLAIN))]),
    (r"\b(ha|han|havia|havien|va|van|hauria)\s+(?:d'|de\s+)(?=%s)" % _INF, lambda m: {
        "ha": "must ", "han": "must ", "hauria": "should "}.get(m.group(1).lower(), "had to ")),
    (r"\b(va|van|anava|anaven)\s+a\s+(?=%s)" % _INF, lambda m: "would " if m.group(1)[1] == "n" else "will "),
    (r"\b(?:ha|han|havia|havien)\s+estat\b", lambda m: {"ha": "was", "han": "were"}.get(
        m.group(0).split()[0].lower(), "had been")),
    (r"(?<=[rt])-(lo|la|los|les|li|ho|hi|ne|se|me|nos|l|ls|n|s)\b",
     lambda m: " " + _CLITICS.get(m.group(1).lower(), "")),
    (r"\bno\s+(?=(?:(?:%s)\s*)?(?:va|van|ha|han|havia|havien)\s)" % _CLITIC, "not "),
    (r"(?:\b(%s)\s*)?\b(va|van|vaig|vam|vau|varen|ha|han|havia|havien)\s+(\w+)" % _CLITIC, _past),
    (r"\b(%s)\s*(\w+)" % _CLITIC, _clitic),
    # articles elided, contracted, before a name ("la Rudd", "en Masood"); "a" (``_a``)
    (r"\b(el|la|l'|en|na)\s*(?=(%s))(?<![\w']\w)" % _NAME, _article),
    (r"\b(l|d|s|n|m|t|qu)'(?=\w)", lambda m: _ELIDED.get(m.group(1).lower(), "")),
    (r"\b(?-i:(a|al|als))\b(\s+(?:el|la|les|els|the))?\s+(?=(\w+))", _a),
    (r"\bdel\s+que\b", "of what"),
    (r"(?-i:\b(?:dels|del|pels|pel)\b)(?=\s+\w)", lambda m: "of the" if m.group(0)[0] == "d" else "by the"),
    (r"(?<=\w)(?:(?<=t)|(?<=ts)|(?<=da)|(?<=des))\s+per\b", " by"), (r"\bper\s+a\b", "for"),
    # "el que" what, "que"; "el seu cotxe": his car
    (r"\b(?:el|la|allò|lo)\s+(?:que|q)\b", "what"),
    (r"(?:(?<![\w'])([\w']+)\s+)?\b(?:que|q)\b(?!')", _relative),
    (r"\b(?:el|la|els|les)\s+(?=(?:seu|seva|seus|seves|seua|meu|meva|teu|nostre|nostra)\b)", ""),
])

# -- words left out, shared with English, showing Catalan

# words of talk: "doncs" (so), "noi", "nen" (mate), "oi" (right?), "ostres" (wow), "escolta" (listen)
_CATALAN_DROPPED = frozenset("""doncs eh noi nen nena tio tia oi ostres ostra hòstia vaja apa escolta escolti
    mira bé vinga sisplau gràcies hola xd jaja hi""".split())
# English words glossed only before a word of Catalan or a name ("no place", "per day", "his son", "dies")
_CATALAN_SHARED = frozenset("""no com per cap son pot sol sols data dies fins res molt ho tot ell vol sap ha
    fa president agent agents dona mur fill dit fet ve mor sota dins prop primer""".split())
# the words that show Catalan (starred above, these, verbs by their endings: "llogat"), none another language's
# ("policia", "tenia", "farà"; "qui" is French too, but a tie goes to French)
_MARKS = """dels pels tambe perquè perque aixo despres neixer sabut religio reunio reaccio declaracio titol aplicacio
    intelligencia britanic mexic televisio penals antecedents extrem darrere tinc dedicava doncs ostres vaja sisplau
    gràcies hòstia escolti l'amo cal calia subtitol lloguer""".split()
_CATALAN_MARK = frozenset(_MARKS) | _STARRED | {w for w in _VERB_WORDS if re.search(
    r"(?:[^e]at|ats|ades|aven|[^aeiou]en|eix|eixen|[ïi]ts?|ïda|ides|arà|aran|ïen|guin|quin)$", w)} - frozenset(
    "costat forçat forçats convertit convertits conduit paguen".split())
# and after an elided article as typed ("l'atacant", "d'on")
_CATALAN_MARK = _CATALAN_MARK | {e + q + w for w in _CATALAN_MARK | set("home any atac autor autora estat".split())
                                 if w[:1] in "aeiouàèéíòóúh" for e in "ld" for q in "'’"} | {
    e + q + w for e, w in (("d", "on"), ("l", "hi"), ("l", "han")) for q in "'’"}
# an opening "va" before a Catalan infinitive ("qui va escriure"; not French "va faire", Spanish "va a"), "on"
# or "com" before a verb, "qui és", "per què", "d'on", "cal", after a topic ("i el policia, com el va matar?")
_OPENING = re.compile(
    r"^[\s¿¡]*(?:i\s+)?(?:(?:(?:el|els|l['’])\s*[\w'’]+|la\s+\w+a)\s*,?\s+|"
    r"(?-i:[A-Z][\w'’]*,?\s+)+)?(?:(?:[\w'’]+,?\s+){0,3}?(?:(?:%s)\s*)?(?:(?:ha|han)\s+(?:dit|fet|escrit|respost|"
    r"\w+at)\b|(?:va|van)\s+(?:\w+ar|\w+ure|dir|fer|ser|dirigir|sortir|abatre|emetre|estar|morir|n[eé]ixer|poder|saber|"
    r"con[eè]ixer|obrir|llegir|conduir|exigir|impedir|respondre|rebre|haver|dimitir|ferir|envestir|aconseguir|tenir|"
    r"detenir)\b)|(?:on|com)\s+(?:(?:es|s['’]|li|l['’]|hi|el|la|els|les|ho)\s*)?(?:va|van|és|era|eren|està|estava|viu|"
    r"vivia|deia|diu|ha|han|havia|(?-i:[a-z]\w*ava))\b|qui\s+(?:és|es|era|eren|són|ha\s+\w+t|l['’]ha|(?!va\b)\w\w+a)\b|"
    r"vol(?:en|ia)?\s+(?:una?|el|la|els|les|que|\w+(?:ar|re|ir))\b|(?:i\s+|doncs\s+)?(?:què|per\s*qu[eè]|perqu[eè])\b|"
    r"(?-i:[Cc]al)\s+(?:una?|el|la|que|\w+[aei]r)\b|(?:el|all[oò])\s+que\s+(?:\w+a|va|van|diu|vol)\b|d['’]\s*on\b|"
    r"(?:amb|per)\s+qui\b|de\s+qui\s+(?:és|era|eren|són)\b|a\s+qui\s+(?:va|van|li|l['’]|el|la|ha)\b|"
    r"(?:[\w'’]+\s+){0,4}?per\s+la\s+polic[ií]a\b)" % _CLITIC.replace("'", "['’]"),
    re.I)

# -- English order

# a name of several words ("Amber Rudd"), not run on into a thing used ("Masood WhatsApp")
_NAMES = r"(?-i:[A-Z][\w'.&-]*)(?:\s+(?!(?i:%s)\b)(?-i:[A-Z][\w'.&-]*))*" % "|".join(_PRODUCTS)
_PERSON = (r"attackers?|perpetrators?|police\s+officers?|officers?|police|government|ministers?|author|journalist|"
           r"compan(?:y|ies)|group|agency|president|judge|man|woman|wife|husband|family|soldiers?|terrorists?|"
           r"suspects?|victims?|hackers?|newspaper|Democrats|Republicans")
_DET = r"(?:the|his|her|their|this|that|these|those)\s+"
_ADJ = r"(?-i:new|dead|secret|encrypted|rented|injured|Islamic|British|American|real|other)"
_SUBJECT = (rf"(?:{_DET}(?:(?:{'|'.join(_PRODUCTS)})\s+)?(?:{_ADJ}\s+)?(?-i:[a-zà-ÿ]+)"
            rf"(?:\s+(?:officers?|services|compan(?:y|ies)|agency))?|(?:the\s+)?{_NAMES}|he|she|they)")
_ACTOR = rf"(?:{_DET}(?:{_ADJ}\s+)?(?:{_PERSON})|(?:the\s+)?{_NAMES}|he|she|they)"
_PREP = r"(?:(?:in|on|at|from|with|to|of|for|about|by|through)\s+)?"
_WH = (rf"{_PREP}(?:what|when|where|why|whom|since when|until when|"
       r"how(?:\s+(?:long(?:\s+ago)?|often|much|many\s+times))?)(?:\s+else)?")
_WH_NOUN = (rf"{_PREP}(?:what|which|how\s+many|how\s+much)(?:\s+{_ADJ})?"
            r"(?:\s+(?!(?:was|were|is|are|did|does|do|will|can)\b)[A-Za-z]+){1,2}?(?:\s+of\s+the\s+week)?")
_VERB = r"(?-i:[a-z]+)(?:\s+(?:over|for|out|dead|into|born))?"
_ADVERB = r"(?:already|finally|really|exactly|first|ever|alone|in the end)"
_MODAL = r"(?:will|would|can|could|should|must)"
_END = r"(?=[\s?.!,;]|$)"
_VICTIM = r"(?:dead\s+|injured\s+)?(?:police\s+officers?|officers?|victims?|people|pedestrians|soldiers?)"
# verbs done to things ("a qui va enviar el missatge": to whom did he send the message)
_DONE_TO_THINGS = _words("""send write rent use buy drive read open unlock hide find pay carry publish sign pass
    ban encrypt get take hand_over give receive hack leave""")
_PATTERNS: dict[str, re.Pattern] = {}


def _pattern(text: str) -> re.Pattern:
    """``text`` compiled when first needed."""
    if text not in _PATTERNS:
        _PATTERNS[text] = re.compile(text, re.I)
    return _PATTERNS[text]


def _did(verb: str) -> tuple[str, str]:
    """A glossed verb's bare form and auxiliary ("said": say, did)."""
    return _BARE.get(verb.lower(), ("", ""))


def _inverted(glossed: str) -> str:
    """A question word and a verb before their subject, in English order: "what said Rudd", "which car rented
    Masood" (not "which group claimed the attack"), "where was born Masood", "why Rudd wants"."""
    for key, asked in (("wh", _WH), ("whn", _WH_NOUN)):
        m = _pattern(rf"^(\s*(?:(?:and|but|so|then)\s+)?{asked})\s+(not\s+)?(did\s+)?({_VERB})(\s+(?:him|her|"
                     rf"it|them))?(\s+{_ADVERB})?\s+(the\s+[a-z]+\s+of\s+the\s+(?:article|story)|{_SUBJECT}){_END}(.*)$"
                     ).match(glossed)
        if not m or m.group(3) and m.group(4) in "the a an his her its this that before after with in on to".split():
            continue
        (bare, aux), rest, who, no = _did(m.group(4)), m.group(8), m.group(7), " not" * bool(m.group(2))
        bare, aux = (m.group(4), "did") if m.group(3) and not bare else (bare, aux)
        if m.group(4).lower() in ("did", "does", "do") and rest.split() and _did(rest.split()[0])[1] == "do":
            continue
        actor, name = re.fullmatch(_ACTOR, who), re.fullmatch(rf"\s+({_NAMES})(\s*[?.!]*)", rest)
        # (a thing, then who did it: "com va reivindicar l'atac l'EI"; no subject said before a thing, a victim, a
        # place: "quantes vegades va apunyalar el policia", "per què va atacar el Parlament")
        if aux == "did" and not actor and name:
            return f"{m.group(1)} did {name.group(1)} {bare} {who}{name.group(2)}"
        thing = not actor or re.fullmatch(r"(?:the\s+)?(?:Parliament|Westminster(?: Bridge)?)", who)
        if aux == "did" and (key == "wh" and thing and (bare in _DONE_TO_THINGS or bare in _ON_PERSON and
                                                        m.group(1).split()[-1] not in ("what", "whom")) or
                             bare in _ON_PERSON and re.fullmatch(rf"{_DET}(?:{_VICTIM})", who)):
            return f"{m.group(1)} did he {bare} {who}{rest}"
        if aux == "was":
            return f"{m.group(1)} was {who}{no} born{rest}"
        if aux in ("did", "does", "do") and not (key == "whn" and not actor and bare not in _UNDONE) and not (
                bare in _UNDONE and m.group(1).split()[-1].lower() == "what"):
            return f"{m.group(1)} {aux} {who}{no}{m.group(6) or ''} {bare}{m.group(5) or ''}{rest}"
    # no subject said: "what did" (did he do), "how killed him" (did he kill him), "which car drove" (did he drive),
    # "which year happened" (did it happen)
    it = ("happen", "start", "end", "last")
    m = _pattern(rf"^(\s*(?:and\s+)?{_WH})\s+({_VERB})(?=\s+(?:him|her|them|it|before|after|with|in|on|at|near|then|"
                 r"to)\b|\s*[?.!]*$)").match(glossed)
    bare, aux = _did(m.group(2)) if m else ("", "")
    if aux in ("did", "does") and not (bare in _UNDONE and m.group(1).split()[-1] == "what"):
        return f"{m.group(1)} {aux} {'it' if bare in it else 'he'} {bare}{glossed[m.end():]}"
    m = _pattern(rf"^(\s*{_WH_NOUN})\s+({_VERB})(\s*[?.!]*)$").match(glossed)
    bare, aux = _did(m.group(2)) if m else ("", "")
    if aux in ("did", "does") and " the " not in m.group(1) and (re.search(
            r"(?:day|month|year|time|date|week)$", m.group(1)) or bare not in _UNDONE and not re.search(
            rf"\b(?:{_PERSON})$", m.group(1))):
        return f"{m.group(1)} {aux} {'it' if bare in it else 'he'} {bare}{m.group(3)}"
    m = _pattern(rf"^(\s*(?:{_WH}|{_WH_NOUN}))\s+(was|were|is|are)\s+([a-z]+(?:\s+dead)?)\s+({_SUBJECT})"
                 rf"{_END}(.*)$").match(glossed)
    if m and m.group(3).lower() in _PARTICIPLES:
        return f"{m.group(1)} {m.group(2)} {m.group(4)} {m.group(3)}{m.group(5)}"
    m = _pattern(rf"(^\s*|,\s*)((?:{_WH}|{_WH_NOUN}))\s+({_MODAL})\s+(not\s+)?([a-z]+)\s+({_SUBJECT}){_END}"
                 ).search(glossed)
    if m and _did(m.group(5))[1] == "do":
        return (f"{glossed[:m.start()]}{m.group(1)}{m.group(2)} {m.group(3)} {m.group(6)} {m.group(4) or ''}"
                f"{m.group(5)}{glossed[m.end():]}")
    m = _pattern(rf"^(\s*(?:and\s+)?(?:why|when|where|how(?:\s+long|\s+much)?|since when))\s+({_SUBJECT})\s+"
                 rf"([a-z]+){_END}").match(glossed)
    bare, aux = _did(m.group(3)) if m else ("", "")
    return f"{m.group(1)} {aux} {m.group(2)} {bare}{glossed[m.end():]}" if aux in ("did", "does") else glossed


def _topic(glossed: str) -> str:
    """A question after its topic ("i el policia, com el va matar?", "Rudd què va dir?"): the topic for its
    pronoun or in the subject's place ("what did Rudd say?"), else before the question."""
    m = _pattern(rf"^(\s*(?:(?:and|but|so)\s+)?)(?!{_WH}\b|he\b|she\b|they\b)({_SUBJECT}(?:\s+of\s+the\s+\w+)?)\s*,?\s*"
                 rf"((?:how\s+old|who|{_WH}|{_WH_NOUN})\s.*)$").match(glossed)
    if not m:
        return _inverted(glossed)
    lead, topic, asked = m.groups()
    order = _inverted(asked)
    # (an object first, but a person's "it": "la policia, com ho va aturar?"; a subject where the order put it)
    it = _pattern(r"(?<=\s)(?:him|her|them|it)\b").search(order)
    if not it or it.group(0) == "it" and re.fullmatch(_ACTOR, topic):
        it = _pattern(r"(?<=was |ere |did |oes )(?:he|she|they)\b").search(order)
    if it:
        return f"{lead}{order[:it.start()]}{topic}{order[it.end():]}"
    if order.endswith("the name?"):
        return f"{lead}{order[:-1]} of {topic}?"
    verb = _pattern(rf"((?:how\s+old|who|{_WH}|{_WH_NOUN})\s+(?:{_MODAL}\s+)?)({_VERB})\b(.*)$").match(asked)
    if order == asked and verb and (_did(verb.group(2))[1] or verb.group(2) in ("was", "is", "were", "are")):
        return lead + _inverted(f"{verb.group(1)}{verb.group(2)} {topic}{verb.group(3)}")
    return f"{lead}{topic}, {order}"


def _yes_no(glossed: str) -> str:
    """A question asking whether, in English order: "acted alone the attacker?", "the police found ...?"."""
    if not glossed.rstrip().endswith("?") or _pattern(rf"\b(?:{_WH}|which|who|whose)\b").search(glossed):
        return glossed
    lead = r"^(\s*(?:(?:in the end|finally|and|but|so)\s+)*)"
    m = _pattern(rf"{lead}(not\s+)?({_VERB})(\s+(?:him|her|it|them))?(\s+{_ADVERB})?\s+({_SUBJECT})"
                 rf"{_END}(.*)$").match(glossed)
    bare, aux = _did(m.group(3)) if m else ("", "")
    if aux in ("did", "does"):
        return (f"{m.group(1)}{aux} {m.group(6)}{' not' * bool(m.group(2))} {bare}{m.group(4) or ''}{m.group(5) or ''}"
                f"{m.group(7)}")
    m = _pattern(rf"{lead}({_SUBJECT})\s+(not\s+)?({_ADVERB}\s+)?({_MODAL}|is|was|are|were|{_VERB})"
                 rf"{_END}(.*)$").match(glossed)
    if m and re.fullmatch(rf"{_MODAL}|is|was|are|were", m.group(5), re.I):
        return f"{m.group(1)}{m.group(5)} {m.group(2)}{' not' * bool(m.group(3))}{m.group(6)}"
    bare, aux = _did(m.group(5)) if m else ("", "")
    if aux in ("did", "does"):
        return f"{m.group(1)}{aux} {m.group(2)}{' not' * bool(m.group(3))} {m.group(4) or ''}{bare}{m.group(6)}"
    # no subject said: "va actuar sol?" (did he act alone)
    m = _pattern(rf"{lead}({_VERB})\b(.*)$").match(glossed)
    bare, aux = _did(m.group(2)) if m else ("", "")
    return glossed if aux != "did" or bare in ("have", "do", "be born") else f"{m.group(1)}did he {bare}{m.group(3)}"


def _not(m: re.Match) -> str:
    """"not" after an auxiliary ("not was": was not) or with "do" ("not cooperates": does not cooperate)."""
    if m.group(1):
        return m.group(0)
    if re.fullmatch(r"is|was|are|were|will|can|could|would|should|must|has|had|have", m.group(2), re.I):
        return f"{m.group(2)} not"
    bare, aux = _did(m.group(2))
    return f"{aux} not {bare}" if aux in ("did", "does") else m.group(0)


# last: "say of" (about), "what did he say that was" (say was), "is needed a warrant", "in which show" (on)
_TIDY = [(r"\b(sa(?:ys?|id)|speaks?|spoke|talk(?:s|ed)?|th(?:inks?|ought))\s+of\b", r"\1 about"),
         (r"^(\s*what\b.*\bsay)\s+that\s+(?=(?:was|is|were|are)\b)", r"\1 "),
         (r"^(\s*)(is|was)\s+needed\s+((?:an?|the|any)\s+[a-z]+)", r"\1\2 \3 needed"),
         (r"\b(?:in|to)\s+((?:the|which|this|that|a)\s+show|(?:the\s+)?BBC|Andrew|TV)\b", r"on \1"),
         (r"\bdo\s+(?=(?:new\s+)?laws?\b)", "make ")]


def _catalan_order(glossed: str) -> str:
    """A Catalan question glossed word for word, in English order: an adjective before its noun (but "was the
    officer dead?"), a subject before its verb, "not" after an auxiliary, "to" before an infinitive."""
    # (a phrase before the question stays there: "besides Rudd, who else ...")
    m = _pattern(r"^(\s*(?:besides|through|according to|with|after|before)\s[^,?]+,\s*)(.+)$").match(glossed)
    if m:
        return m.group(1) + _catalan_order(m.group(2))
    # "el que demana Rudd": what Rudd asks for ("què és el que": what), as "el cotxe que va llogar Masood": the car
    # that Masood rented (not "the officer that killed Masood")
    glossed = _pattern(r"^(\s*)what\s+(?:is|was)\s+what\b").sub(r"\1what", glossed)
    glossed = _pattern(rf"(?:(?<=\w\s)|^(?=what\s+{_VERB}\s+{_SUBJECT}\s+(?:is|was)\b))(what|that)\s+({_VERB})\s+"
                       rf"({_SUBJECT}){_END}").sub(lambda m: m.group(0) if _did(m.group(2))[1] not in ("does", "did")
        or re.fullmatch(r"\s*\w+\s*", m.string[:m.start()]) or m.group(1) == "that" and re.search(
        rf"\b(?:{_PERSON})\s+$", m.string[:m.start()]) else f"{m.group(1)} {m.group(3)} {m.group(2)}", glossed)
    glossed = _pattern(rf"\b(the|an?|his|her|their|this|that|these|those|which|what|many)\s+"
                       rf"(?!(?:the|a|an|his|her|their|this|that)\b)((?-i:[a-z]+)(?:\s+officers?)?)\s+({_ADJ})\b"
                       r"(?!\s+(?:(?:it|him|her|them|by)\b|(?-i:[A-Z])))").sub(lambda m: m.group(0) if re.search(
        r"\b(?:was|were|is|are)\s+$", m.string[:m.start()]) and re.match(r"\s*[?.!]*$", m.string[m.end():]) or
        m.group(1).lower() in ("which", "what", "many") and (m.group(3) in ("rented", "injured", "dead") or
                                                             _did(m.group(2))[1]) else
        f"{m.group(1)} {m.group(3)} {m.group(2)}", glossed)
    glossed = _yes_no(_topic(glossed))
    glossed = _pattern(rf"(\b(?:to|do|did|does|{_MODAL[3:-1]})\s+)?\bnot\s+([a-z]+)\b").sub(_not, glossed)
    glossed = _pattern(rf"^(\s*(?:and\s+)?(?:why|when|where|how|what))\s+({_SUBJECT})\s+"
                       rf"(does|did|do|is|was|are|were|{_MODAL})\s+not\b").sub(r"\1 \3 \2 not", glossed)
    for pattern, plain in _TIDY:
        glossed = _pattern(pattern).sub(plain, glossed)
    return _pattern(r"\b((?:want|refuse|tr(?:y|ie)|manage|need|agree|decide|promise|threaten|force|ask|demand)"
                    r"(?:s|d|ed)?)\s+((?:him|her|them|it)\s+)?([a-z]+)\b").sub(
        lambda m: f"{m.group(1)} {m.group(2) or ''}to {m.group(3)}" if m.group(3) in _INFINITIVE_BARES else
        m.group(0), glossed)


# participles of passives ("was arrested"); infinitives' bare verbs but nouns ("wants access")
_PARTICIPLES = frozenset(e for w, e in _CATALAN.items() if re.search(r"(?:t|ts|da|des)$", w)) | set(_PP.values())
_INFINITIVE_BARES = frozenset(_CATALAN[w] for w in _INFINITIVES if w in _CATALAN) - {
    "access", "claim", "order", "use", "answer", "report", "call"}

CATALAN = Language(_CATALAN_IDIOMS, _CATALAN, _CATALAN_DROPPED, _CATALAN_MARK, reorder=_catalan_order,
                   shared=_CATALAN_SHARED, opening=_OPENING)
