"""Spanish mixed into English questions, read in English.

Spanish speakers of Spain and Latin America type a question's frame in Spanish and its names and things in
English or Spanish ("Quién wrote el artículo?", "cuántos años tenía the attacker?"), with accents or without,
in chat's short forms ("q", "xq") and with words of talk ("oye", "wey", "che", "tío", "o sea"). Spanish puts
an adjective after its noun, an object pronoun before its verb ("lo mandó": sent him), marks a person acted
on with "a" ("mató al policía", but "el policía que mató Masood" is the one Masood killed) and asks with the
subject after the verb ("qué dijo Rudd"): ``_spanish_order`` puts the clear cases in English order. A verb
is listed by its infinitive, its forms made from it (``_conjugated``); a word is also read without accents.
"""
from __future__ import annotations

import re

from qabot.languages import Idioms, Language, third_person, with_plain_spellings

_PLAIN = str.maketrans("áéíóúüñ", "aeiouun")


def _pairs(text: str) -> dict[str, str]:
    """``text``'s "word=English" pairs, "_" a space."""
    return {w.replace("_", " "): e.replace("_", " ") for w, e in (p.split("=") for p in text.split())}


# infinitive (and the stem of its present if it changes: "encontrar/encuentr"), English bare form, past,
# participle if another
_VERBS = """
matar kill killed, asesinar kill killed, apuñalar stab stabbed, disparar shoot shot, atropellar run_over ran_over
run_over, manejar drive drove driven, alquilar rent rented, rentar rent rented, usar use used, utilizar use used,
reivindicar claim claimed, exigir demand demanded, preguntar ask asked, encontrar/encuentr find found, desbloquear
unlock unlocked, hackear hack hacked, mandar send sent, enviar send sent, arrestar arrest arrested, actuar act
acted, responder answer answered, cooperar cooperate cooperated, rechazar refuse refused, evitar prevent prevented,
impedir/impid prevent prevented, esconder hide hid hidden, obligar force forced, pasar happen happened, ocurrir
happen happened, hablar speak spoke spoken, contar/cuent tell told, publicar publish published, llamar call called,
trabajar work worked, pagar pay paid, comprar buy bought, atacar attack attacked, durar last lasted, cambiar change
changed, investigar investigate investigated, ayudar help helped, aprobar/aprueb pass passed, votar vote voted,
radicalizar radicalise radicalised, contactar contact contacted, intentar try tried, lograr manage managed, ganar
win won, nombrar appoint appointed, renunciar resign resigned, dimitir resign resigned, condenar convict convicted,
apoyar support supported, identificar identify identified, firmar sign signed, terminar end ended, acabar end ended,
empezar/empiez start started, pensar/piens think thought, necesitar need needed, sacar get got, entrar get_into
got_into, multar fine fined, conocer know knew known, crecer grow_up grew_up grown_up, fallecer die died dead,
escribir write wrote written, vivir live lived, permitir allow allowed, sufrir suffer suffered, cumplir comply
complied, prohibir ban banned, abatir shoot_dead shot_dead, reunir meet met
"""
# the irregular verbs' forms, as typed
_IRREGULAR = _pairs("""dijo=said dijeron=said dice=says dicen=say decía=said decir=say dicho=said hizo=did
    hicieron=did hace=does hacen=do hacía=did hacer=do tenía=had tenían=had tuvo=had tiene=has tienen=have
    tener=have puede=can pueden=can podía=could pudo=could podría=could poder=be_able_to quiere=wants quieren=want
    quería=wanted querían=wanted quiso=wanted querer=want sabe=knows saben=know sabía=knew sabían=knew
    supo=found_out saber=know sabes=know es=is son=are era=was eran=were fue=was fueron=were ser=be está=is
    están=are estaba=was estaban=were estuvo=was estar=be ha=has han=have había=had habían=had hubo=were_there
    hay=is_there vino=came viene=comes venía=came venir=come murió=died murieron=died muere=dies morir=die
    muerto=dead muerta=dead muertos=dead muertas=dead condujo=drove conducía=drove conduce=drives conducir=drive
    dio=gave dar=give vio=saw ver=see visto=seen leyó=read leer=read cree=thinks creía=thought pidió=asked_for
    pidieron=asked_for pide=asks_for pedir=ask_for hirió=injured hirieron=injured herido=injured herida=injured
    heridos=injured heridas=injured herir=injure consiguió=got conseguir=get detuvo=arrested detuvieron=arrested
    detener=arrest detenido=arrested detenidos=arrested abrió=opened abrir=open abierto=opened escrito=written
    atribuyó=claimed impidió=prevented salió=came_out envía=sends actúa=acts construir=build construyó=built
    opina=thinks convirtió=converted convertido=converted contenía=contained contiene=contains contener=contain
    nació=was_born nacieron=were_born nace=is_born nacido=born nacida=born debe=must deben=must debería=should""")
# the irregular English pasts' bare forms, and the participles that are no past
_IRREGULAR_BARE = _pairs("""said=say did=do had=have wanted=want knew=know found_out=find_out came=come died=die
    drove=drive gave=give saw=see read=read thought=think asked_for=ask_for injured=injure got=get arrested=arrest
    opened=open claimed=claim converted=convert prevented=prevent built=build contained=contain""")
_IRREGULAR_PARTICIPLES = _pairs("did=done knew=known came=come drove=driven gave=given saw=seen")


def _conjugated(spec: str) -> tuple[dict, set, set, dict, dict]:
    """``spec``'s verbs' forms in English ("mataba": killed, "matará": will kill); the finite ones, which an
    object pronoun may precede; those Portuguese types otherwise ("mataron", "mató", not "matar", "mata",
    "matado"), which show Spanish; each English form's bare form and auxiliary ("killed": kill, did); each
    English past's participle ("wrote": written)."""
    words, finite, showing, bare_of, participles = {}, set(), set(), {}, {}
    for item in spec.split(","):
        inf, bare, past, *pp = item.split()
        inf, _, pres = inf.partition("/")
        bare, past, pp = (w.replace("=", " ") for w in (bare, past, pp[0] if pp else past))
        stem, ar = inf[:-2], inf.endswith("ar")
        pres, v = pres or stem, "a" if ar else "e"
        shown = {stem + ("ó" if ar else "ió"): past, stem + ("aron" if ar else "ieron"): past,
                 stem + ("aba" if ar else "ía"): past, stem + ("aban" if ar else "ían"): past,
                 inf + "á": "will " + bare, inf + "án": "will " + bare, inf + "ía": "would " + bare}
        forms = {**shown, pres + v: third_person(bare), pres + v + "n": bare}
        words.update({**forms, inf: bare, **{stem + ("ad" if ar else "id") + e: pp for e in ("o", "a", "os", "as")}})
        finite |= set(forms)
        showing |= {w for w in shown if not w.endswith("á")} | {
            w.translate(_PLAIN) for w in shown if not ar and re.search(r"(?:ían|ió)$", w)}
        participles[past] = pp
        for english, aux in ((past, "did"), (third_person(bare), "does"), (bare, "do")):
            bare_of.setdefault(english, (bare, aux))
    for past, bare in _IRREGULAR_BARE.items():
        participles[past] = _IRREGULAR_PARTICIPLES.get(past, past)
        for english, aux in ((past, "did"), (third_person(bare), "does"), (bare, "do")):
            bare_of.setdefault(english, (bare, aux))
    return words, finite, showing, bare_of, participles


_VERB_WORDS, _FINITE, _SHOWING, _BARE, _PARTICIPLE = _conjugated(_VERBS.replace("_", "="))
_PARTICIPLES = frozenset(_PARTICIPLE.values()) | {"born", "been"}
_FINITE |= {w for w, e in _IRREGULAR.items() if e in _BARE and not re.search(r"(?:ir|er|ar|do|to|cho)$", w)}
_FINITE -= {"ha", "han", "había", "habían", "hay"}

# a question's frame: asking, articles, prepositions, pronouns, adverbs
_FRAME = _pairs("""
qué=what que=what q=what k=what quién=who quien=who quiénes=who quienes=who kien=who cuál=which cual=which
cuáles=which cuales=which cuánto=how_much cuanto=how_much cuánta=how_much cuanta=how_much cuántos=how_many
cuantos=how_many cuántas=how_many cuantas=how_many cuándo=when cuando=when dónde=where donde=where dnd=where
cómo=how como=how porqué=why porque=why xq=why xk=why el=the la=the los=the las=the un=a una=a unos=some unas=some
del=of_the al=to_the de=of en=in con=with a=to para=to por=by sin=without sobre=about desde=since hasta=until
durante=during entre=between contra=against hacia=toward según=according_to tras=after ante=before y=and e=and o=or
pero=but sino=but si=if sí=yes ni=nor entonces=then no=not nunca=never nadie=nobody nada=nothing él=he ella=she
ellos=they usted=you ustedes=you tú=you vos=you yo=I mi=my mis=my tu=your tus=your su=his sus=their nos=us te=you
este=this esta=this estos=these estas=these ese=that esa=that esto=this eso=that alguien=anyone algo=anything
algún=any alguna=any alguno=any todo=all toda=all todos=all todas=all otro=other otra=other otros=other otras=other
suyo=his suya=his también=also además=also ya=already todavía=still aún=still ahora=now hoy=today ayer=yesterday
antes=before después=after muy=very más=more mas=more menos=less muchos=many muchas=many solo=only sólo=only
solamente=only únicamente=only exactamente=exactly realmente=really neta=really verdad=true cierto=true
primero=first primer=first último=last finalmente=finally""")
# the things and people of the news
_NOUNS = _pairs("""
ataque=attack ataques=attacks atentado=attack atentados=attacks atacante=attacker atacantes=attackers
agresor=attacker terrorista=terrorist terroristas=terrorists sospechoso=suspect autor=author periodista=journalist
policía=police policia=police policías=police_officers agente=officer agentes=officers víctima=victim
víctimas=victims peatones=pedestrians gente=people personas=people persona=person hombre=man tipo=guy mujer=woman
esposa=wife esposo=husband marido=husband hijo=son hijos=children familia=family soldado=soldier puente=bridge
coche=car carro=car auto=car vehículo=vehicle camioneta=van cuchillo=knife arma=weapon armas=weapons pistola=gun
calle=street ciudad=city país=country lugar=place casa=house cárcel=prison prisión=prison parlamento=Parliament
londres=London muerte=death día=day dia=day días=days semana=week mes=month año=year años=years anos=years hora=time
minutos=minutes tiempo=time fecha=date vez=time veces=times lunes=Monday martes=Tuesday miércoles=Wednesday
jueves=Thursday viernes=Friday sábado=Saturday domingo=Sunday marzo=March edad=age nombre=name
nacionalidad=nationality religión=religion trabajo=job partido=party precio=price dinero=money multa=fine
reunión=meeting respuesta=response reacción=reaction declaración=statement comunicado=statement contenido=content
dueño=owner propietario=owner marca=brand modelo=model motivo=motive artículo=article articulo=article nota=article
noticia=story dueña=owner titular=headline título=headline programa=programme entrevista=interview
gobierno=government ministro=minister ministra=minister ministerio=ministry presidente=president ley=law leyes=laws
orden=order elecciones=election campaña=campaign votos=votes voto=vote candidato=candidate frontera=border muro=wall
salud=health reforma=reform demócratas=Democrats republicanos=Republicans congreso=Congress senado=Senate
mensaje=message mensajes=messages aplicación=app aplicaciones=apps empresa=company empresas=companies
compañía=company firma=firm servicios=services inteligencia=intelligence seguridad=security pruebas=evidence
prueba=evidence grupo=group agencia=agency teléfono=phone móvil=phone cifrado=encryption cifrados=encrypted
cifrada=encrypted secreto=secret acceso=access cuenta=account ayuda=help nuevo=new nueva=new nuevos=new nuevas=new
británico=British americano=American islámico=Islamic musulmán=Muslim sola=alone solos=alone conocido=known
conocida=known vivo=alive dos=two tres=three cuatro=four cinco=five diez=ten""")
_SPANISH = with_plain_spellings({**_VERB_WORDS, **_IRREGULAR, **_FRAME, **_NOUNS}, _PLAIN)
_FINITE = frozenset({w.translate(_PLAIN) for w in _FINITE} | _FINITE) - set(_FRAME) - set(_NOUNS)

# -- idioms ----------------------------------------------------------------------------------

_Q = r"(?:qu[eé]|q|k)"
_WHO = r"qui[eé]n(?:es)?"
_PRODUCTS = "WhatsApp iPhone Telegram Signal Facebook Twitter".split()
# a name of several words ("Amber Rudd"), not run on into a thing used ("Masood WhatsApp")
_NAME = rf"(?-i:[A-Z][\w'’.&-]*)(?:\s+(?!(?:{'|'.join(_PRODUCTS)})\b)(?-i:[A-Z][\w'’.&-]*))*"
# what is told, sent or paid to someone is "to whom" ("a quién le mandó"); whom one kills, "whom"
_TO_WHOM = frozenset("sent said told wrote spoke called paid gave asked answered".split())
_BEFORE_OF = _pairs("antes=before después=after despues=after cerca=near acerca=about")
# the words after which "como" and "porque" ask ("y cómo", "sabes por qué")
_ASKING_AFTER = frozenset("y e o pero sabes sabe saber dime explica se sé and know".split())


def _person_done(verb: str) -> bool:
    """Whether a Spanish verb acts on a person, marked with "a" ("mató a Masood")."""
    return _BARE.get(re.sub(r"^(?:will|would) ", "", _SPANISH.get(verb.lower(), "")), ("",))[0] in _ON_PERSON


def _clitic(m: re.Match) -> str:
    """An object pronoun after its verb ("lo mató": killed him, "lo dijo": said it)."""
    pronoun, verb = m.group(1).lower(), m.group(2)
    if verb.lower() not in _FINITE:
        return m.group(0)
    person = _person_done(verb) or _SPANISH[verb.lower()] in ("sent", "send", "sends")
    return f"{verb} " + {"lo": "him" if person else "it", "la": "her" if person else "it"}.get(pronoun, "them")


def _passive(m: re.Match) -> str:
    """"se" making a passive ("se votó la ley": was voted), or left out ("se reunió": met)."""
    found = _BARE.get(_SPANISH.get(m.group(1).lower(), ""))
    if not found or found[1] == "do" or found[0] in _REFLEXIVE:
        return m.group(1)
    past = next(p for p, (bare, aux) in _BARE.items() if bare == found[0] and aux == "did")
    return ("was " if found[1] == "did" else "is ") + _PARTICIPLE.get(past, past)


def _asks_after(m: re.Match, word: str, otherwise: str) -> str:
    """``word`` after a word it asks after ("y como", "sabes porque"), else ``otherwise``."""
    return f"{m.group('prev')} {word if m.group('prev').lower() in _ASKING_AFTER else otherwise}"


_SPANISH_IDIOMS = Idioms([
    # names and offices ("USA", "UN" would be read as Spanish words)
    (r"(?-i:\bUSA\b)|\bEE\.?\s?UU\.?(?!\w)|\bestados\s+unidos\b", "US"), (r"(?-i:\bUN\b)", "United Nations"),
    (r"\breino\s+unido\b", "UK"), (r"\bestado\s+isl[aá]mico\b", "Islamic State"),
    (r"\b(?:(en|sobre|por)\s+)?(?:el\s+)?puente\s+de\s+westminster\b",
     lambda m: ("on " if m.group(1) else "") + "Westminster Bridge"),
    (r"\b(?:(la|el)\s+)?(?:ministr|secretari)[oa]\s+(?:brit[aá]nic[oa]\s+)?(?:del?\s+)?interior\b",
     lambda m: ("the " if m.group(1) else "") + "Home Secretary"),
    (r"\bministerio\s+del?\s+interior\b", "Home Office"), (r"\bprimer[oa]?\s+ministr[oa]\b", "Prime Minister"),
    (r"\bcasa\s+blanca\b", "White House"), (r"\b[oó]rden(?:es)?\s+ejecutivas?\b", "executive order"),
    (r"\b(?:[oó]rden(?:es)?|mandamientos?|autorizaci[oó]n(?:es)?)\s+judicial(?:es)?\b", "warrant"),
    (r"\bservicios\s+de\s+(inteligencia|seguridad)\b", lambda m: _SPANISH[m.group(1).lower()] + " services"),
    (r"\b(?:empresas|compa[ñn][ií]as)\s+(?:tecnol[oó]gicas|de\s+tecnolog[ií]a)\b", "tech companies"),
    (r"\bagencia\s+de\s+noticias\b", "news agency"), (r"\bpuerta\s+trasera\b", "backdoor"),
    (r"\b(?:cifrado|encriptaci[oó]n)\s+de\s+extremo\s+a\s+extremo\b", "end-to-end encryption"),
    (r"\bmensaje(s?)\s+de\s+(WhatsApp|Telegram)\b", r"\2 message\1"),
    (r"\b(entr(?:ar|ó|o|aron|a|an))\s+(?:a|en)(l)?\b", lambda m: m.group(1) + (" the" if m.group(2) else "")),
    # what a passage must tell: a record, being known to the police, a real name, a claim, a reply, an owner, a job
    (r"\b(?:(los|sus|su)\s+)?antecedentes(?:\s+(?:penales|criminales|policiales))?\b",
     lambda m: (m.group(1) or "a") + " criminal record"),
    (r"\b(?:(era|es|fue|estaba)\s+)?conocid[oa]s?\s+(?:por|para|de)\s+(?=(?:la\s+|el\s+|los\s+)?(?:polic|MI5|MI6|"
     r"FBI|servicios|autoridades|inteligencia))", lambda m: (_SPANISH[m.group(1).lower()] + " " if m.group(1)
                                                              else "") + "known to "),
    (r"\bfichad[oa]s?\s+por\b", "known to"), (r"\bfichad[oa]s?\b", "known to the police"),
    (r"\bbajo\s+vigilancia\b", "under surveillance"),
    (r"\b(?:nombre\s+(?:real|verdadero)|verdadero\s+nombre)\b", "real name"),
    (r"\b(?:se\s+)?(?:atribuy[oó]|asumi[oó]|reivindic[oó])\s+(?:la\s+)?(?:responsabilidad|autor[ií]a)\b"
     r"(?:\s+(de)(l)?\b)?",
     lambda m: "claimed responsibility" + (" for" + (" the" if m.group(2) else "") if m.group(1) else "")),
    (r"\bse\s+convirti[oó]\s+al\s+islam\b", "converted to Islam"), (r"\bse\s+convirti[oó]\s+en\b", "became"),
    (r"\b(?:(?:la|el|su)\s+)?(respuesta|reacci[oó]n|declaraci[oó]n|comunicado)\s+(?:oficial\s+)?de\s+"
     r"((?-i:[A-Z])[\w'’-]*)", lambda m: f"{m.group(2)}'s {_SPANISH[m.group(1).lower()]}"),
    (rf"\bde\s+{_WHO}\s+(es|son|era|eran|fue)\s+(?=\S)",
     lambda m: "who owns " if m.group(1).lower() in ("es", "son") else "who owned "),
    (rf"\ba\s+{_WHO}\s+pertenec[eií](a)?\b", lambda m: "who owned" if m.group(1) else "who owns"),
    (rf"\bde\s+{_WHO}\b", "whose"),
    (rf"\b(?:a\s+{_Q}\s+se\s+dedica|en\s+{_Q}\s+trabaja)(ba)?\b(?:\s+({_NAME}))?",
     lambda m: f"what {'did' if m.group(1) else 'does'} {m.group(2)} do for a living" if m.group(2) else
     f"what {'was' if m.group(1) else 'is'} the job"),
    (r"\bde\s+qu[eé]\s+marca\s+(?:era|es|fue)\s+", "what brand was "), (r"\bqu[eé]\s+marca\s+de\b", "what make of"),
    (rf"\b{_Q}\s+(?:tipo|clase)\s+de\b", "what kind of"),
    # asking: an age, a name, why, whom, when, how long, how much, where from
    (r"\b(?:cu[aá]ntos\s+a[ñn]os|qu[eé]\s+edad)\s+(ten[ií]an?|tuvo|tienen?)\b", lambda m: "how old " + {
        "tienen": "are", "tiene": "is", "tenian": "were"}.get(m.group(1).lower().translate(_PLAIN), "was")),
    (r"\bc[oó]mo\s+se\s+llama(?:ba|n|ban)?(?=\s+\w)", "what is the name of"),
    (r"\bc[oó]mo\s+se\s+llama(?:ba)?\b", "what is the name"),
    (rf"\b(?:sabes|sabe|saben|sab[eé]s)\s+(?=(?:si|qu[eé]|{_WHO}|cu[aá]nd|d[oó]nde|c[oó]mo|por\s*qu[eé]|"
     r"cu[aá]nt|cu[aá]l|algo)\b)", "do you know "),
    (r"(?P<prev>[\w'’]+)\s+porque\b", lambda m: _asks_after(m, "why", "because")),
    (r"\bpor\s*qu[eé]\b|\b(?:xq|xk|pq|porq)\b|\b(?:para|pa)\s+qu[eé]\b", "why"),
    (rf"\b(con|para|por)\s+{_WHO}\b", lambda m: {"con": "with", "para": "for"}.get(m.group(1).lower(), "by") + " whom"),
    (rf"\ba\s+{_WHO}\s+(?:(?:le|les|se)\s+)?(?=(\w+))",
     lambda m: "to whom " if _SPANISH.get(m.group(1).lower(), "") in _TO_WHOM else "whom "),
    (r"\ba\s+qu[eé]\s+hora\b", "at what time"), (r"\bdesde\s+cu[aá]ndo\b", "since when"),
    (r"\bhace\s+cu[aá]nto(?:\s+tiempo)?\b", "how long ago"), (r"\b(?:por\s+)?cu[aá]nto\s+tiempo\b", "how long"),
    (r"\bcu[aá]ntas\s+veces\b", "how many times"),
    (r"\bcu[aá]nto\s+(?:le\s+|les\s+)?cost[oó](\s+al\b)?",
     lambda m: "how much did it cost" + " the" * bool(m.group(1))),
    (r"\bcu[aá]nto\s+(?=(?:dur[oó]|dura|duraba|tard[oó])\b)", "how long "),
    (r"\bqu[eé]\s+polic[ií]a\b", "which police officer"),
    (r"\bcon\s+qu[eé]\s+(?=(?:lo\s+|la\s+|le\s+)?(?:apu[ñn]al|acuchill|mat|hiri|atac)\w*)", "with what weapon "),
    (r"\bcu[aá]nt[oa]s\s+(\w+)\s+(hab[ií]a|hay)\b",
     lambda m: f"how many {m.group(1)} {'are' if m.group(2).lower() == 'hay' else 'were'} there"),
    (r"\bde\s+d[oó]nde\s+(?:(era|eran|ven[ií]a)|es|son|viene)\s+(\S.*?)(\s*[?.!]*)$",
     lambda m: f"where {'was' if m.group(1) else 'is'} {m.group(2)} from{m.group(3)}"),
    (r"\bde\s+d[oó]nde\s+(\S.*?)(\s*[?.!]*)$", r"where \1 from\2"),
    (r"\bcu[aá]l(?:es)?\s+(es|era|fue|son|eran|fueron|is|was)\b",
     lambda m: "what " + _SPANISH.get(m.group(1).lower(), m.group(1))),
    (rf"\b{_Q}\s+(?:le\s+|les\s+)?pas[oó]\b", "what happened"),
    (r"\bqu[eé]\s+pasa\b", "what happens"),
    (r"\b(?:es|era)\s+(?:cierto|verdad)\s+(?:que|q)\b", "is it true that"),
    (r"\b(?:me\s+)?(?:puedes|podr[ií]as|puede|podr[ií]a|pod[eé]s)\s+(?:decir|explicar|contar)(?:me)?\b",
     "can you tell me"), (r"\bd[ií]me\b|\bd[ií]game\b|\bcu[eé]ntame\b", "tell me"),
    (r"\b(?:quisiera|quiero|me\s+gustar[ií]a)\s+saber\b", "I'd like to know"),
    # words of talk that ask nothing
    (r"\bo\s+sea\b|\ba\s+ver\b|\bpor\s+favor\b|\bbuen[oa]s\s+(?:d[ií]as|tardes|noches)\b|\b(?:tengo\s+)?una\s+"
     r"(?:pregunta|duda)\b|\bla\s+neta\s+(?=\w)", ""),
    # going to, having to, refusing to, ago, before, in the end, really
    (r"\b(va|van|vas|iba|iban)\s+a\s+(?=\w+(?:ar|er|ir)(?:lo|la|le|los|las|les)?\b)",
     lambda m: "would " if m.group(1).lower().startswith("i") else "will "),
    (r"\b(tiene|tienen|ten[ií]an?)\s+que\b",
     lambda m: {"tiene": "has to", "tienen": "have to"}.get(m.group(1).lower(), "had to")),
    (r"\bhay\s+que\b", "must"), (r"\balguien\s+m[aá]s\b", "anyone else"),
    (r"\b(no\s+)?deb(e|er[ií]a)\s+haber\b",
     lambda m: f"there {'must' if m.group(2) == 'e' else 'should'}{' not' * bool(m.group(1))} be"),
    (r"\b(?:trat|intent)[oó]\s+de\b", "tried to"),
    (r"\bse\s+neg(?:ó|o|aron)\s+a\b", "refused to"),
    (r"\bse\s+niegan?(\s+a\b)?", lambda m: "refuses" + " to" * bool(m.group(1))),
    (r"\bhace\s+((?:\d+|un|una|unos|unas|dos|tres|cuatro|cinco|diez|pocos|pocas|muchos|muchas)\s+\w+)", r"\1 ago"),
    (r"\b(antes|despu[eé]s|cerca|acerca)\s+de(l)?\b",
     lambda m: _BEFORE_OF[m.group(1).lower()] + (" the" if m.group(2) else "")),
    (r"\bal\s+final\s+de(l)?\b", lambda m: "at the end of" + (" the" if m.group(1) else "")),
    (r"\b(?:al|a\s+la)\s+final\b", "in the end"), (r"\bpor\s+fin\b|\bal\s+fin\b", "finally"),
    (r"\ben\s+serio\b|\bde\s+verdad\b", "really"), (r"\b(?:por\s+su\s+cuenta|en\s+solitario)\b", "alone"),
    (r"\ben\s+qu[eé]\s+(?=(?:programa|show|canal|entrevista|d[ií]a|fecha|peri[oó]dico)\b)", "on what "),
    (r"\bel\s+(?=(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b)", "on "),
    # "el policía" is an officer, "la policía" the police; "el autor del ataque" its perpetrator
    (r"\b(el|un|del|al|ese|este|otro)\s+polic[ií]a\b", r"\1 police officer"),
    (r"\b(los|unos|dos|tres|cuatro|otros|cu[aá]ntos)\s+polic[ií]as\b", r"\1 police officers"),
    (r"\bautor(?:es)?\s+(?=del\s+(?:ataque|atentado|crimen|asesinato|tiroteo)\b)", "perpetrator "),
    # "lo que" is what, "el que" the one who, "de que" that, "como un ..." like, "esta en" is in, "para el" for
    (r"\blo\s+(?:que|q)\b", "what"),
    (r"\b(?:(de|en|a|con|por|para|sobre)\s+)?(el|la|los|las)\s+que\b",
     lambda m: m.group(0) if m.group(1) else "the one who" if m.group(2).lower() in ("el", "la") else "those who"),
    (r"(?<=\w\s)de\s+(?:que|q)\b", "that"),
    (r"(?P<prev>[\w'’]+)\s+como\s+(?=(\w+))",
     lambda m: _asks_after(m, "how", "how" if m.group(2).lower() in _FINITE | {"se", "lo", "la"} else "as") + " "),
    (r"\b(esta|estan)\s+(?=(?:el|la|los|las|en|muert[oa]s?|viv[oa]s?|herid[oa]s?|detenid[oa]s?|cifrad[oa]s?|"
     r"segur[oa]s?|bien|mal|aqu[ií]|ah[ií]|all[ií])\b|\s*\?)", lambda m: "is " if len(m.group(1)) == 4 else "are "),
    (r"\bpara\s+(?!\w+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b)(?=\w)", "for "),
    (r"\bpor\s+(?=\w+(?:ar|er|ir)\b)", "to "), (r",\s*(?:verdad|no|cierto)\s*(?=\?)", ""),
    (r"\ben\s+el\s+puente\b", "on the bridge"),
    (r"\b(actu\w+|estaba|iba|hizo|atac\w+|viv[ií]a)\s+sol[oa]s?\b", r"\1 alone"),
    (r"\bsol[oa]s?(?=\s*[?.!]*\s*$)", "alone"),
    # an object pronoun after its verb in English, "lo arrestaron" asked as "was he arrested"; "se" (a
    # passive, or one's own doing); the "a" of a person acted on, which the order reads ("mató a Masood")
    (r"\blo\s+arrestaron\b", "was he arrested"), (r"\b(lo|la|los|las)\s+(\w+)", _clitic),
    (r"\bse\s+(\w+)", _passive),
    (r"\b(\w+)\s+a\s+(?=\w)", lambda m: f"{m.group(1)} to " if _person_done(m.group(1)) else m.group(0)),
    # "que" after a word that is no preposition joins a clause ("el officer que murió": the officer
    # that died); first, or after "en", "de", ..., it asks ("en qué show", "que dijo")
    (r"(?<=\w\s)(?<!\ben\s)(?<!\bde\s)(?<!\bpor\s)(?<!\bpara\s)(?<!\ba\s)(?<!\bcon\s)(?<!\by\s)(?<!\bo\s)(?:que|q)\b",
     "that"),
])

# -- words left out, shared with English, showing Spanish --------------------------------------

_SPANISH_DROPPED = frozenset("""oye oigan oiga pues bueno mira mire wey güey guey che tío tía tio tia boludo boluda
    chamo pana parce parcero vale venga ándale andale órale orale porfa porfavor gracias hola saludos disculpa
    disculpe perdón perdon jaja jajaja jeje xd nomás nomas le les se lo""".split())
# English words (or tokens of English questions) glossed only before a Spanish word or a name ("no place")
_SPANISH_SHARED = frozenset("""a no ya ha hay dice era son sin solo mas ante todo nada contra vino mi e auto yo nos
    q k te tu""".split())
# the words that show Spanish: its frame and irregular verbs, a regular verb's forms other languages type
# otherwise, a noun with an accent or spelled so only in Spanish; not English words, nor those of the other
# languages mixed in ("ano" Tagalog, "en" Arabizi, "este" Romanian, "hizo" Swahili, "como" Portuguese)
_NOT_MARKS = frozenset("""abrir al algo antes como con conduce convertido cree dar de dio en es esa escrito ese
    esta este está han hizo hoy hubo la le les lo mira mire mis más neta ni o pide podia por porque primer primero
    que sabe saber se ser si sino sobre su sus tenia tia tio toda tus tú un una unas vale ver desde entre hasta
    estas menos nunca todos todas tiene queria sabia tener venir poder pedir morir conseguir sabes viene visto
    todavia realmente finalmente solamente unicamente creia estar querer orale parce venga chamo pana título país
    sábado último che kien durante vos envia ultimo vivian""".split())
_MARKED = frozenset("""articulo policia mensajes mensaje carro ley leyes ataque atacante nombre empresa gente puente
    gobierno pruebas conocido coche mujer hijo hijos cuchillo calle ciudad edad precio peatones nacionalidad muerte
    victimas actuo alquilo apunalo atropello ayudo desbloqueo empezo hablo hackeo llamo necesito nombro obligo
    pregunto rento""".split())
# an opening that shows Spanish however few its other words ("que dijo Obama ...?")
_OPENING = re.compile(r"[\s¿¡]*(?:que|q|k|xq|pq|por\s*que)\s+(?:l[eo]\s+)?(?:dijo|dijeron|dice|pas[oó]|pasa|hizo|"
                      r"hicieron|quiere|quieren|tiene|ten[ií]a|fue|hay|escribi[oó]|mat[oó]|muri[oó]|us[oó])\b", re.I)
_SPANISH_MARK = (set(_FRAME) | set(_IRREGULAR) | _SPANISH_DROPPED | _SHOWING | _MARKED | {
    w for w in _NOUNS if re.search("[áéíóúñ]", w)} | {w.translate(_PLAIN) for w in _FRAME | _IRREGULAR.keys()
                                                        if re.search("[áéíóú]", w)}) - _SPANISH_SHARED - _NOT_MARKS

# -- English order -----------------------------------------------------------------------------

# the verbs "se" makes one's own doing, not a passive ("se reunió": met); those whose object is a person
# marked by "a" ("mató al policía"), a "to" left out in English
_REFLEXIVE = frozenset(w.replace("_", " ") for w in "meet find_out hide call convert claim refuse act comply".split())
_ON_PERSON = frozenset(b.replace("_", " ") for b in """kill stab shoot run_over shoot_dead know arrest help contact
    call attack meet interview force ask injure convict threaten support identify radicalise inspire appoint pay
    hire fine monitor investigate find""".split())
_UNDONE = frozenset("last start end happen die come live work crash act speak".split())
_PERSON = (r"attackers?|perpetrators?|police\s+officers?|officers?|police|government|ministers?|Home\s+Secretary|"
           r"author|journalist|compan(?:y|ies)|firms?|group|agency|president|judge|court|man|guy|woman|wife|"
           r"husband|family|soldiers?|terrorists?|suspects?|killer|spokesman|victims?|hackers?|FBI|MI5|"
           r"Republicans|Democrats|Senate|Congress")
_DET = r"(?:the|his|her|their|this|that|these|those)\s+"
# who or what may be a verb's subject: a name, a person of the story, a pronoun, an article, a law, an event
_SUBJECT = (rf"(?:{_DET}(?:[a-z]+\s+)?(?:{_PERSON}|article|headline|messages?|laws?|report|statement|attacks?|"
            rf"shooting|incident|meeting|election|dispute|case)\b(?:\s+of\s+(?:the\s+)?{_NAME})?|(?:the\s+)?{_NAME}|"
            r"he|she|they)")
_ACTOR = rf"(?:{_DET}(?:[a-z]+\s+)?(?:{_PERSON})\b|(?:the\s+)?{_NAME}|he|she|they)"
_PREP = r"(?:(?:in|on|at|from|with|to|of|for|about|by|since|until)\s+)?"
_WH = rf"{_PREP}(?:what|which|whom|whose|when|where|why|how(?:\s+(?:long(?:\s+ago)?|often|far|much|many))?)"
_ADVERB = r"(?:already|finally|really|exactly|first|ever|alone|yet|later|eventually|actually|in the end)"
_MODAL = r"(?:will|would|can|could|should|must)"
_AUX = frozenset("will would can could should must is was are were has have had".split())
_VERB_RE = r"[a-z]+(?:\s+(?:over|for|out|dead|into))?"
_END = r"(?=[\s?.!,;]|$)"
# what follows "did Masood" when "did" is "hizo" (what did he do)
_AFTER_DO = r"\s*(?:[?.!,]|$|(?:with|to|in|on|at|after|before|then|about|anything|something|it|that)\b)"
_PATTERNS: dict[str, re.Pattern] = {}


def _pattern(key: str, text: str) -> re.Pattern:
    """``text`` compiled when a question in Spanish first needs it."""
    if key not in _PATTERNS:
        _PATTERNS[key] = re.compile(text, re.I)
    return _PATTERNS[key]


def _verb(english: str, asked: str = "") -> tuple[str, str] | None:
    """An English verb's bare form and auxiliary ("said": say, did); none for "happened" after "what"
    ("what happened the day of the attack" has no subject after it)."""
    found = _BARE.get(english.lower())
    return None if not found or found[0] == "happen" and re.match(r"\s*(?:what|which)\b", asked, re.I) else found


def _inverted(glossed: str) -> str:
    """A question word and a verb before their subject, in English order: "what said Rudd", "what app used
    Masood", "where was born Masood", "when arrested to Masood" (was Masood arrested), "what will do the
    government", "and Rudd what said"."""
    for n in range(4):
        asked = rf"{_PREP}(?:what|which|whose|how\s+many|how\s+much)(?:\s+[a-z]+){{{n}}}" if n else _WH
        m = _pattern(f"wh{n}", rf"^(\s*(?:(?:and|but|so|then)\s+)?{asked})\s+(not\s+)?({_VERB_RE})"
                               rf"(\s+(?:him|her|it|them))?(\s+{_ADVERB})?\s+({_SUBJECT}){_END}(.*)$").match(glossed)
        found = m and not any(w in _AUX for w in m.group(1).split()[-n:] if n) and \
            _verb(m.group(3), m.group(1))
        # ("what group claimed the attack": a thing after a verb done to it is its object)
        if found and n and found[0] not in _UNDONE and (not re.fullmatch(_ACTOR, m.group(6), re.I) or
                                                        m.group(6) in _PRODUCTS):
            continue
        if found and not (found[0] == "do" and not re.match(_AFTER_DO, m.group(7))) and \
                not (found[0] == "have" and m.group(7).split()[:1] and m.group(7).split()[0] in _PARTICIPLES):
            return (f"{m.group(1)} {found[1]} {m.group(6)}{' not' if m.group(2) else ''}{m.group(5) or ''} "
                    f"{found[0]}{m.group(4) or ''}{m.group(7)}")
    # a person acted on, whoever did it: "when arrested to Masood", "where killed him"
    m = _pattern("done", rf"^(\s*(?:and\s+)?{_PREP}(?:when|where|why|how))\s+({_VERB_RE})\s+(?:to\s+({_ACTOR})|"
                         rf"(him|her|them)){_END}(.*)$").match(glossed)
    if m and (_verb(m.group(2)) or ("", ""))[1] == "did" and _verb(m.group(2))[0] in _ON_PERSON:
        who = m.group(3) or {"him": "he", "her": "she"}.get(m.group(4).lower(), "they")
        return (f"{m.group(1)} {'were' if who == 'they' else 'was'} {who} "
                f"{_PARTICIPLE.get(m.group(2).lower(), m.group(2))}{m.group(5)}")
    m = _pattern("passive", rf"^(\s*(?:and\s+)?{_WH}(?:\s+[a-z]+){{0,2}}?)\s+(was|were|is|are|has|have|had)\s+"
                            rf"({_VERB_RE})\s+({_SUBJECT}){_END}(.*)$").match(glossed)
    if m and m.group(3) in _PARTICIPLES:
        return f"{m.group(1)} {m.group(2)} {m.group(4)} {m.group(3)}{m.group(5)}"
    m = _pattern("modal", rf"\b({_WH}(?:\s+[a-z]+)?)\s+({_MODAL})\s+(not\s+)?([a-z]+)\s+({_SUBJECT}){_END}").search(
        glossed)
    if m and _BARE.get(m.group(4), ("", ""))[1] == "do":
        return (f"{glossed[:m.start()]}{m.group(1)} {m.group(2)} {m.group(5)} {m.group(3) or ''}{m.group(4)}"
                f"{glossed[m.end():]}")
    m = _pattern("topic", rf"^(\s*(?:and\s+)?)({_SUBJECT})\s+({_WH})\s+(.*?)(\s*[?.!]*)$").match(glossed)
    for k in (1, 2) if m else ():
        rest = m.group(4).split()
        asked = " ".join([m.group(3)] + rest[:k] + [m.group(2)] + rest[k:])
        if _inverted(asked) != asked or k == 2 and re.fullmatch(r"old (?:was|is)", " ".join(rest)):
            return m.group(1) + _inverted(asked) + m.group(5)
    return glossed


def _yes_no(glossed: str) -> str:
    """A question asking whether, in English order: "acted alone Masood?", "the police found evidence ...?",
    "the government can read ...?"."""
    if not glossed.rstrip().endswith("?") or _pattern("asks", rf"\b(?:{_WH}|who)\b").search(glossed):
        return glossed
    lead = r"^(\s*(?:(?:in the end|finally|eventually|and|but)\s+)?)"
    m = _pattern("vfirst", rf"{lead}(not\s+)?({_VERB_RE})(\s+(?:him|her|it|them))?(\s+{_ADVERB})?\s+({_SUBJECT})"
                           rf"{_END}(.*)$").match(glossed)
    found = m and _verb(m.group(3))
    if found and found[1] != "do" and (m.group(3).lower() not in ("did", "does") or re.match(_AFTER_DO, m.group(7))):
        return (f"{m.group(1)}{found[1]} {m.group(6)}{' not' if m.group(2) else ''} {found[0]}{m.group(4) or ''}"
                f"{m.group(5) or ''}{m.group(7)}")
    m = _pattern("sfirst", rf"{lead}({_SUBJECT})\s+(not\s+)?({_ADVERB}\s+)?({_MODAL}|is|was|are|were|{_VERB_RE})"
                           rf"{_END}(.*)$").match(glossed)
    if m and m.group(5).lower() in _AUX - {"has", "have", "had"}:
        return f"{m.group(1)}{m.group(5)} {m.group(2)}{' not' if m.group(3) else ''}{m.group(6)}"
    found = m and _verb(m.group(5))
    if found:
        return (f"{m.group(1)}{found[1]} {m.group(2)}{' not' if m.group(3) else ''} {m.group(4) or ''}{found[0]}"
                f"{m.group(6)}")
    return glossed


def _to(m: re.Match) -> str:
    """"to" before an infinitive after a verb of wanting ("wants read"), not before a noun ("wants access to")."""
    if m.group(3) not in _INFINITIVES or m.group(3) in _NOUN_VERBS and re.match(r"\s*(?:to|of|from|for|[?.!,]|$)",
                                                                                m.string[m.end():]):
        return m.group(0)
    return f"{m.group(1)} {m.group(2) or ''}to {m.group(3)}"


def _spanish_order(glossed: str) -> str:
    """A Spanish question glossed word for word, in English order: an adjective before its noun ("the car
    rented"), a subject before its verb (``_inverted``, ``_yes_no``; "the officer that killed Masood" →
    "that Masood killed", a person acted on having "a": "that killed to Masood"), "not" after an auxiliary
    ("WhatsApp not cooperates"), "to" before an infinitive (``_to``), the "a" of a person acted on left out."""
    glossed = _pattern("adj", r"\b(?:(the|an?|his|her|their|this|that|these|those)\s+)?([a-z]+(?:\s+officers?)?)\s+"
                              r"(new|dead|secret|encrypted|rented|real|British|American|Islamic|political|previous|"
                              r"official|exact|original|terrorist)\b(?!\s+(?:it|him|her|them)\b)").sub(
        lambda m: m.group(0) if not m.group(1) and m.group(2) not in _NOUNS.values() or m.group(1) and m.group(1)
        not in ("a", "an") and re.fullmatch(r"\s*(?:was|were|is|are)\s+", m.string[:m.start()]) else
        f"{m.group(1) or ''} {m.group(3)} {m.group(2)}".lstrip(), glossed)
    # "what kind of car was?": what was it
    glossed = re.sub(r"^(\s*(?:what|which)\b[^,]*?\s(?:was|is))(\s*\?)$", r"\1 it\2", glossed)
    # a question word after "if ..." opens a clause of its own ("and if WhatsApp ... what will do the government")
    m = re.match(r"^(.*?\bif\b[^?]*?\s)((?:what|which|when|where|why|how)\b.*)$", glossed, re.I)
    glossed = m.group(1) + _inverted(m.group(2)) if m and not re.match(r"\s*(?:what|which|when|where|why|how)\b",
                                                                        glossed, re.I) else _yes_no(_inverted(glossed))
    glossed = _pattern("rel", rf"\b(that|which)\s+(not\s+)?([a-z]+)\s+({_ACTOR}){_END}").sub(
        lambda m: (f"{m.group(1)} {m.group(4)} {m.group(2) or ''}{m.group(3)}"
                   if (_verb(m.group(3)) or ("", ""))[1] == "did" and m.group(4).split()[-1] not in _PRODUCTS
                   else m.group(0)), glossed)
    glossed = _pattern("not", rf"(\b(?:to|do|did|does|{_MODAL[3:-1]})\s+)?\bnot\s+([a-z]+)\b").sub(
        lambda m: m.group(0) if m.group(1) else f"{_verb(m.group(2))[1]} not {_verb(m.group(2))[0]}" if _verb(
            m.group(2)) else f"{m.group(2)} not" if m.group(2).lower() in _AUX else m.group(0), glossed)
    m = _pattern("whnot", rf"^(\s*(?:and\s+)?(?:why|when|where|how|what))\s+({_SUBJECT})\s+"
                          rf"(does|did|do|is|was|are|were|has|had|have|{_MODAL})\s+not\b").match(glossed)
    if m:
        glossed = f"{m.group(1)} {m.group(3)} {m.group(2)} not{glossed[m.end():]}"
    m = _pattern("whsv", rf"^(\s*(?:and\s+)?(?:why|when|where|how(?:\s+long|\s+much|\s+many\s+[a-z]+)?))\s+"
                         rf"({_SUBJECT})\s+([a-z]+){_END}").match(glossed)
    if m and _verb(m.group(3)):
        glossed = f"{m.group(1)} {_verb(m.group(3))[1]} {m.group(2)} {_verb(m.group(3))[0]}{glossed[m.end():]}"
    # what is asked of someone is asked from them, said of something said about it
    glossed = _pattern("from", r"\b(ask(?:s|ed)?\s+for|demand(?:s|ed)?|wants?|wanted|expect(?:s|ed)?)\s+(?:to|of)\s+"
                               r"(?=the\b|(?-i:[A-Z]))").sub(r"\1 from ", glossed)
    glossed = _pattern("about", r"\b(say|says|said|think|thinks|thought|know|knows|knew)(\s+(?:anything|something|"
                                r"nothing))?\s+of\b").sub(r"\1\2 about", glossed)
    glossed = _pattern("a", r"\b([a-z]+(?:\s+(?:over|dead|on))?)\s+to\s+(?=([\w'’-]+))").sub(
        lambda m: f"{m.group(1)} " if (_BARE.get(m.group(1).lower()) or ("",))[0] in _ON_PERSON and
        m.group(2) not in _INFINITIVES else m.group(0), glossed)
    return _pattern("to", r"\b((?:want|refuse|tr(?:y|ie)|manage|need|agree|decide|promise|threaten|force|expect|ask)"
                          r"(?:s|d|ed)?)\s+((?:him|her|them|it)\s+)?([a-z]+)\b").sub(_to, glossed)


# the bare verbs an infinitive is glossed as ("leer": read), "to" before them after "wants", and those
# that are nouns too ("quiere acceso": wants access)
_INFINITIVES = frozenset(e for w, e in _SPANISH.items() if re.search(r"(?:ar|er|ir)$", w) and e in _BARE)
_NOUN_VERBS = frozenset(_NOUNS.values()) & _INFINITIVES

SPANISH = Language(_SPANISH_IDIOMS, _SPANISH, _SPANISH_DROPPED, _SPANISH_MARK, reorder=_spanish_order,
                   shared=_SPANISH_SHARED, opening=_OPENING)
