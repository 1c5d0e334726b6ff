"""Italian mixed into English questions, read in English.

Italians type a question's frame in Italian and its names in English ("Chi ha scritto the article?") or all of it
in Italian, with accents or without ("perche'", "perche"), with words of talk ("cioè", "boh"). Italian joins an
article to a preposition ("dell'attacco"), makes a past of an auxiliary and a participle ("è stato ucciso": was
killed, "l'ha ucciso": killed him), leaves a subject pronoun out and asks with the subject after the verb ("cosa
ha detto Rudd") or first ("Masood quanti anni aveva?"): ``_italian_order`` puts the clear cases in English order.
A verb is listed by its infinitive, its forms made from it (``_conjugated``).
"""
from __future__ import annotations

import re

from qabot.languages import Idioms, Language, with_plain_spellings

# the letters chat types without their accents ("perche", "citta")
_PLAIN = str.maketrans("àèéìíòóù", "aeeiioou")


def _pairs(text: str) -> dict[str, str]:
    """``text``'s "word=English" pairs ("_": a space)."""
    return {w: e.replace("_", " ") for w, e in (p.split("=") for p in text.split())}


def _english(bare: str, end: str) -> str:
    """``bare`` with an English ending on its first word: "s" (runs over), "ed" (stabbed)."""
    verb, _, rest = bare.partition(" ")
    if end == "s":
        verb = {"have": "ha", "be": "i", "do": "doe", "go": "goe"}.get(verb, verb)
        verb = re.sub(r"(?<=[^aeiou])y$", "ie", verb) + ("e" if re.search(r"(?:s|sh|ch|x|z)$", verb) else "")
    else:
        verb = verb + verb[-1] if verb in ("stab", "ban", "stop") else re.sub(r"y$", "i", verb).removesuffix("e")
    return f"{verb}{end} {rest}".strip()


# -- the verbs --------------------

# infinitive (its participle, then its past, after "/" where irregular; "+" for -isc-, "*" its past made with
# "essere"), English bare form (its past, then participle after "/", where irregular)
_VERBS = """raccontare tell told, dichiarare declare, parlare speak spoke/spoken, chiedere/chiesto/chiese ask,
rispondere/risposto/rispose respond, scrivere/scritto/scrisse write wrote/written, leggere/letto/lesse read read,
pubblicare publish, mandare send sent, inviare send sent, contattare contact, chiamare call, messaggiare message,
succedere*/successo/successe happen, accadere*/accaduto/accadde happen, uccidere/ucciso/uccise kill, ammazzare kill,
accoltellare stab, ferire+ injure, sparare shoot shot, abbattere shoot_dead shot_dead, colpire+ hit hit, investire
run_over ran_over/run_over, attaccare attack, sopravvivere*/sopravvissuto/sopravvisse survive, guidare drive
drove/driven, noleggiare rent, comprare buy bought, pagare pay paid, costare* cost cost, usare use, utilizzare use,
rivendicare claim, assumere/assunto/assunse take took/taken, pretendere/preteso/pretese demand,
richiedere/richiesto/richiese demand, conoscere/conosciuto/conobbe know knew/known, trovare find found,
scoprire/scoperto find_out found_out, aprire/aperto open, sbloccare unlock, hackerare hack, vivere/vissuto/visse live,
abitare live, nascere*/nato/nacque be_born was_born/born, crescere*/cresciuto/crebbe grow_up grew_up/grown_up,
convertire convert, arrestare arrest, fermare stop, accusare charge, condannare convict, rilasciare release, agire+ act,
reagire+ react, collaborare cooperate, aiutare help, fornire+ provide, consegnare hand_over, concedere/concesso/concesse
grant, accettare agree, rifiutare refuse, impedire+ prevent, nascondere/nascosto/nascose hide hid/hidden,
costringere/costretto/costrinse force, obbligare force, vietare ban, spiare spy_on, monitorare monitor,
dimettere/dimesso/dimise resign, incontrare meet met, votare vote, vincere/vinto/vinse win won, approvare pass,
cambiare* change, durare* last, iniziare* start, finire+* end, pensare think thought, provare try, lavorare work,
possedere own, guadagnare earn, minacciare threaten, radicalizzare radicalise, ricoverare hospitalise, portare take
took/taken, prendere/preso/prese take took/taken, vedere/visto/vide see saw/seen, arrivare* arrive, tornare* return,
diventare* become became/become, fuggire* flee fled, riportare report, intervistare interview, firmare sign,
eleggere/eletto/elesse elect, dirigere/diretto/diresse direct, ricoprire/ricoperto hold held, paragonare compare,
giudicare describe, definire+ describe, descrivere/descritto/descrisse describe, intercettare intercept, ascoltare
listen_to, commentare comment_on, considerare consider, confermare confirm, affermare state"""
# the irregular verbs' forms, as typed
_IRREGULAR = _pairs("""è=is e'=is sono=are era=was erano=were fu=was furono=were sarà=will_be sarebbe=would_be sia=is
fosse=was essere=be stato=been stata=been stati=been ha=has hanno=have ho=have hai=have aveva=had avevano=had
avrà=will_have avrebbe=would_have avere=have può=can possono=can poteva=could potrebbe=could possa=can possano=can
potere=be_able_to deve=must devono=must doveva=had_to dovrebbe=should dovrebbero=should vuole=wants vogliono=want
voleva=wanted volevano=wanted vorrebbe=would_like volere=want sa=knows sanno=know sapeva=knew sapevano=knew sapere=know
fa=does fanno=do faceva=did facevano=did fece=did farà=will_do fare=do dà=gives danno=give diede=gave dare=give
dice=says dicono=say dire=say diceva=said disse=said dissero=said va=goes vanno=go andò=went andare=go viene=comes
vengono=come veniva=came venne=came venire=come proviene=comes_from proveniva=came_from sta=is stava=was morire=die
muore=dies moriva=died morì=died morirono=died ottenne=got possiede=owns possedeva=owned avviene=happens
avvenne=happened appartiene=belongs apparteneva=belonged sostiene=claims riesce=manages riuscì=managed
usciva=came_out""")


def _conjugated(spec: str) -> tuple[dict, dict, dict, set]:
    """``spec``'s verbs' forms in English ("noleggiava": rented); the participles' stems, in English; each English
    form's bare form and auxiliary ("rented": rent, did); the participles made with "essere" ("è morto")."""
    words, participles, bare_of, with_essere = {}, {}, {}, set()
    for item in spec.split(","):
        inf, bare, *past = item.split()
        inf, part, remote = (inf.split("/") + ["", ""])[:3]
        flags, inf, bare = re.sub(r"\w", "", inf), re.sub(r"\W", "", inf), bare.replace("_", " ")
        past, _, pp = past[0].replace("_", " ").partition("/") if past else (_english(bare, "ed"), "", "")
        pp, stem, vowel, third = pp or past, inf[:-3], inf[-3], _english(bare, "s")
        if vowel == "a":
            forms = {stem + "a": third, stem + "ano": bare, stem + "ò": past, stem + "arono": past}
            fut = (stem[:-1] if stem[-2:] in ("ci", "gi") else stem + "h" if stem[-1] in "cg" else stem) + "er"
            part = part or stem + "ato"
        else:
            pres = stem + ("isc" if "+" in flags else "")
            forms = {pres + "e": third, pres + "ono": bare, **({stem + "ì": past, stem + "irono": past} if vowel == "i"
                                                                else {remote: past, remote + "ro": past} if remote
                                                                else {})}
            fut, part = stem + vowel + "r", part or stem + ("uto" if vowel == "e" else "ito")
        forms.update({stem + vowel + "va": past, stem + vowel + "vano": past, fut + "à": "will " + bare,
                      fut + "anno": "will " + bare, fut + "ebbe": "would " + bare})
        words.update({**forms, inf: bare})
        participles[part[:-1]] = (past, pp)
        if "*" in flags:
            with_essere.add(part[:-1])
        for english, aux in ((past, "did"), (third, "does"), (bare, "do")):
            bare_of.setdefault(english, (bare, aux))
    return words, participles, bare_of, with_essere


_VERB_WORDS, _PARTICIPLE_STEMS, _BARE, _WITH_ESSERE = _conjugated(_VERBS)
for _past, _bare in (p.split(":") for p in """said:say died:die did:do wanted:want knew:know came:come gave:give
        went:go had:have got:get claimed:claim managed:manage appeared:appear belonged:belong""".split()):
    for _form, _aux in ((_past, "did"), (_english(_bare, "s"), "does"), (_bare, "do")):
        _BARE.setdefault(_form, (_bare, _aux))
# the irregular participles, their English past and participle ("*" made with "essere")
for _stem, _en in (p.split("=") for p in """fatt=did/done avut=had/had dett=said/said mort*=died/dead dat=gave/given
        andat*=went/gone venut*=came/come intervenut*=appeared/appeared ottenut=got/got riuscit*=managed/managed
        uscit*=came_out/come_out appartenut=belonged/belonged volut=wanted/wanted provenut*=came_from/come_from
        avvenut*=happened/happened""".split()):
    _PARTICIPLE_STEMS[_stem.strip("*")] = tuple(_en.replace("_", " ").split("/"))
    if "*" in _stem:
        _WITH_ESSERE.add(_stem[:-1])
# the participles as typed, agreeing ("uccisa"), read as adjectives ("il poliziotto ucciso": killed)
_PARTICIPLES = {stem + end: pp for stem, (_, pp) in _PARTICIPLE_STEMS.items() for end in "oaie"}
# the verbs done to a person: "l'ha ucciso" killed him, but "l'ha noleggiata" rented it
_ON_PERSONS = frozenset("""killed stabbed shot hit attacked injured arrested stopped charged convicted released helped
    contacted called met saw directed forced monitored radicalised sent hospitalised interviewed""".split() + [
    "ran over", "shot dead"])
_DONE_TO_PERSONS = frozenset(_BARE[p][0] for p in _ON_PERSONS)

# -- the words --------------------

# a question's frame: asking, articles, prepositions, pronouns, conjunctions, adverbs
_FRAME = _pairs("""chi=who che=what ke=what cosa=what cos=what quando=when dove=where perché=why perchè=why xché=why
xké=why xk=why come=how quanto=how_much quanta=how_much quanti=how_many quante=how_many quale=which quali=which
qual=which il=the lo=the la=the i=the gli=the le=the un=a una=a uno=a di=of a=to ad=to da=from in=in con=with
col=with_the su=on per=for tra=between fra=between senza=without contro=against verso=towards durante=during
tramite=through io=I tu=you lui=he lei=she loro=their mi=me suo=his sua=his suoi=his sue=his mio=my questo=this
questa=this questi=these queste=these quello=that quella=that quelli=those qualcosa=anything niente=nothing
nulla=nothing nessuno=nobody tutto=all tutti=all ogni=every altro=other altra=other altri=other altre=other molto=very
alcuni=some qualche=some e=and o=or ma=but però=but se=if mentre=while anche=also invece=instead non=not no=no mai=ever
più=more ancora=still sempre=always ora=now adesso=now poi=then dopo=after prima=before poco=shortly subito=immediately
qui=here quasi=almost esattamente=exactly davvero=really veramente=really soltanto=only solo=only finalmente=finally
infine=finally secondo=according_to due=two tre=three primo=first ultimo=last ultima=last fuori=outside
davanti=in_front_of vicino=near attraverso=through qualcuno=someone nessun=no completamente=completely""")
# a preposition joined to an article ("dello", "sulle")
_FRAME.update({p + a: f"{e} the" for p, e in (("de", "of"), ("a", "to"), ("da", "from"), ("ne", "in"), ("su", "on"))
               for a in "l llo lla i gli lle".split()})
# the things and people of the news, and what a passage must tell of them
_NOUNS = _pairs("""attacco=attack attacchi=attacks attentato=attack attentati=attacks aggressione=attack
attentatore=attacker aggressore=attacker autore=author terrorista=terrorist terroristi=terrorists polizia=police
poliziotto=police_officer poliziotti=police_officers agente=officer agenti=officers ponte=bridge macchina=car auto=car
veicolo=vehicle coltello=knife arma=weapon armi=weapons pistola=gun pedoni=pedestrians passanti=passers-by
persone=people gente=people vittima=victim vittime=victims morti=dead morte=death feriti=injured ospedale=hospital
uomo=man donna=woman moglie=wife marito=husband figli=children famiglia=family soldato=soldier anni=years anno=year
età=age giorno=day giorni=days settimana=week mese=month ore=hours minuti=minutes secondi=seconds volta=time volte=times
tempo=time data=date domenica=Sunday mercoledì=Wednesday marzo=March nome=name articolo=article titolo=headline
giornalista=journalist programma=programme trasmissione=show intervista=interview notizia=news notizie=news
governo=government ministro=minister ministra=minister legge=law leggi=laws mandato=warrant giudice=judge
messaggio=message messaggi=messages app=app applicazione=app azienda=company aziende=companies servizi=services
sicurezza=security prove=evidence prova=evidence gruppo=group agenzia=agency telefono=phone cellulare=phone
crittografia=encryption criptati=encrypted criptato=encrypted segreto=secret segreti=secret posto=place luogo=place
busta=envelope accesso=access nuovo=new nuova=new nuove=new proprietario=owner marca=make modello=model
contenuto=content religione=religion musulmano=Muslim islamico=Islamic lavoro=job partito=party prezzo=price multa=fine
riunione=meeting incontro=meeting risposta=response dichiarazione=statement dichiarazioni=statements reazione=reaction
rivendicazione=claim responsabilità=responsibility motivo=motive casa=home città=city paese=country londra=London
parlamento=Parliament presidente=president elezioni=election voto=vote repubblicani=Republicans democratici=Democrats
senato=Senate congresso=Congress muro=wall messico=Mexico confine=border immigrati=immigrants ruolo=role
sblocco=unlocking noleggio=rental uso=use vero=true britannico=British americano=American noto=known vivo=alive
fonte=source storia=story mondo=world inaccettabile=unacceptable precedenti=previous penali=criminal carica=post
incarico=post vicenda=affair situazione=situation comportamento=behaviour intercettazioni=interception lettere=letters
buste=envelopes posta=mail persona=person vapore=steam canale=channel pezzo=piece sottotitolo=standfirst
giornale=newspaper attentatori=attackers tribunale=court sparatoria=shooting richiesta=request indagine=investigation
legale=legal legali=legal armato=armed""")
_ITALIAN = with_plain_spellings({**_VERB_WORDS, **_PARTICIPLES, **_IRREGULAR, **_FRAME, **_NOUNS}, _PLAIN)
# the forms made that are English words ("assume", "date", "mandate"), left as typed
for _word in "assume date nate finite mandate collaborate costate volute considerate definite commentate".split():
    _ITALIAN.pop(_word, None)
# the verbs an object pronoun comes before ("lo sapeva": knew it), not the nouns ("la legge": the law)
_FINITE = frozenset(w for w, e in _ITALIAN.items() if e in _BARE and not re.search(r"(?:re|ndo|[aiu]t[oaie])$", w)
                    ) - {w.translate(_PLAIN) for w in _NOUNS} - {"e", "sono", "sta", "ha", "hanno", "fa", "va", "da"}
_INFINITIVES = frozenset(w for w in _ITALIAN if re.fullmatch(r"\w+[aei]re", w) and _ITALIAN[w] in _BARE)

# -- the idioms --------------------

# the phrases read as one, typed with accents or without (nothing: words of talk)
_PHRASES = dict(p.split("=") for p in re.sub(r"\s+", " ", """quanto tempo=how long|da quanto tempo=how long|da
quando=since when|quante volte=how many times|a che eta=at what age|a che ora=at what time|per quale motivo=why|come
mai=why|che tipo di=what kind of|che genere di=what kind of|che cosa=what|qual e stato=what was|qual e stata=what
was|qual e=what is|qual'e=what is|di chi=whose|a chi=to whom|da chi=by whom|di dove=from where|alla fine=in the
end|riguardo a=about|in merito a=about|una cosa=a thing|la cosa=the thing|in che giorno=on what day|ke cosa=what|a chi
appartiene=who owns|a detta di=according to|non ci deve essere=there must be|una volta=in the past|in passato=in the
past|più di una volta=more than once|all'epoca=at the time|in considerazione=into consideration|a noleggio=rented|un
po'=|per favore=|per piacere=|mi puoi dire=can you tell me|dimmi=tell me|e vero che=is it true that|stato
islamico=Islamic State|ministero dell'interno=Home Office|primo ministro=Prime Minister|casa bianca=White House|regno
unito=UK|stati uniti=US|ponte di westminster=Westminster Bridge|servizi segreti=intelligence services|servizi di
intelligence=intelligence services|servizi di sicurezza=security services|agenzia di stampa=news agency|forze
dell'ordine=police|mandato di perquisizione=warrant|app di messaggistica=messaging app|aziende tecnologiche=tech
companies|precedenti penali=criminal record|fedina penale=criminal record|vero nome=real name|all'islam=to Islam|la
responsabilita=responsibility|elezioni presidenziali=presidential election|c'entra=has to do|ci sono stati=were there|ci
sono=are there|c'e=is there|c'era scritto=was written|c'erano=were there|c'era=was there|se la prende con=is angry
with""").split("|"))


def _phrase_pattern() -> str:
    """``_PHRASES`` as one pattern, each vowel with its accents or without."""
    letters = {"a": "[aà]", "e": "[eèé]", "i": "[iì]", "o": "[oò]", "u": "[uù]", "'": "['’]\\s*", " ": "\\s+"}
    return r"(?<![\w'’])(?:%s)(?![\w'’])" % "|".join("".join(letters.get(ch, re.escape(ch)) for ch in p)
                                                    for p in sorted(_PHRASES, key=len, reverse=True))


# the auxiliaries ("a": chat's "ha"), their English in a passive ("present/past") or a perfect
_ESSERE = frozenset("è e sono era erano fu furono sarà sara saranno sarebbe sia siano fosse essere".split())
_AUX = "|".join(sorted(_ESSERE | set("ha hanno ho hai aveva avevano avrà avra avrebbe abbia aver avere a".split()),
                       key=len, reverse=True))
_BE = _pairs("""e=is/was sia=is/was sono=are/were siano=are/were era=was fu=was fosse=was erano=were furono=were
    sara=will_be saranno=will_be sarebbe=would_be essere=be""")
_PERFECT = {"avra": "will have", "avrebbe": "would have", "aver": "having", "avere": "having"}
_ADVERBS = _pairs("""gia=already mai=ever davvero=really veramente=really poi=then finalmente=finally
    infine=finally anche=also ancora=yet subito=immediately appena=just""")
_OBJECTS = {"l'": "him", "lo": "him", "la": "her", "li": "them", "le": "them", "gli": "him", "mi": "me", "ci": "us"}
# a question word alone before a past with no subject after it ("quando è morto?": when did he die)
_ALONE = re.compile(r"\s*(?:(?:e|ma|and|but)\s+)?(?:quando|dove|come|perch\w*|xch\w*|xk\w*|why|how|when|where|"
                    r"at what time|in what year)\s*", re.I)
_NO_SUBJECT = re.compile(r"\s*(?:[?.!,]|$|(?:o|e|or|and|a|in|su|sul|sulla|nel|nella|con|dopo|prima|esattamente|"
                         r"on|at|before|"
                         r"after|exactly)\b)", re.I)


def _past(m: re.Match) -> str:
    """An auxiliary and its participle as one English verb ("ha detto": said, "l'ha ucciso": killed him, "è stato
    ucciso": was killed); with no subject, the pronoun its ending tells ("quando è morta?": when did she die)."""
    raw, p, been = m.group("aux").lower(), m.group("p").lower(), bool(m.group("been"))
    aux, stem = raw.translate(_PLAIN), p[:-1]
    if raw == "e" and not been and stem not in _WITH_ESSERE or raw == "a" and stem in ("lett", "mort"):
        return m.group(0)
    past, pp = _PARTICIPLE_STEMS[stem]
    adverb = (m.group("adv") or "").strip().lower().translate(_PLAIN)
    never = m.group("neg") and adverb == "mai"
    adverb = "never " if never else _ADVERBS[adverb] + " " if adverb else ""
    neg = "not " if m.group("neg") and not never else ""
    obj = (m.group("obj") or "").strip().lower().replace("’", "'")
    obj = "it" if obj in ("l'", "lo", "la") and past not in _ON_PERSONS else _OBJECTS.get(obj, "")
    passive = been or aux in _ESSERE and stem not in _WITH_ESSERE and not m.group("si")
    head, _, tail = (pp if passive or aux in _PERFECT or stem == "nat" else past).partition(" ")
    head = "told" if past == "said" and obj and obj != "it" and not passive else head
    who = {"o": "he", "a": "she"}.get(p[-1], "they")
    wh = (m.group("wh") or "").strip().lower()
    # (no subject: after a question word alone or nothing, before a passive's agent or no noun)
    before = m.string[:m.start()] + wh
    alone = (_ALONE.fullmatch(before) or not before.strip()) and (
        m.group("by") or _NO_SUBJECT.match(m.string[m.end():]))
    wh = {"dove": "where ", "come": "how ", "quando": "when ", "": ""}.get(wh, "why ")
    by = (" by the" if len(m.group("by").strip()) > 2 else " by") if passive and m.group("by") else m.group("by") or ""
    if passive or stem == "nat":
        be = _BE.get(aux, "is/was").split("/")[-1 if been or stem == "nat" else 0]
        be = f"{be.split()[0]} {who} {' '.join(be.split()[1:])}" if alone else be
        return re.sub(r"\s+", " ", f"{wh}{be} {neg}{adverb}{pp}{by}")
    if aux in ("hanno", "avevano") and obj in ("him", "her", "them") and (alone or not m.string[:m.start()].strip()
                                                                          ) and _NO_SUBJECT.match(m.string[m.end():]):
        return f"{wh}{'were' if obj == 'them' else 'was'} {dict(him='he', her='she', them='they')[obj]} {pp}"
    if aux in _PERFECT:
        return f"{wh}{_PERFECT[aux]} {neg}{adverb}{' '.join(w for w in (head, obj, tail) if w)}{by}"
    if neg or alone and aux in _ESSERE:
        who = f" {who}" if alone and aux in _ESSERE else ""
        bare = _BARE.get(past, (past,))[0].partition(" ")[0]
        return f"{wh}did{who} {neg}{adverb}{' '.join(w for w in (bare, obj, tail) if w)}{by}"
    return f"{wh}{adverb}{' '.join(w for w in (head, obj, tail) if w)}{by}"


def _asked_after(word: str, asks: str, joins: str, after: str, not_before: str = "") -> tuple[str, object]:
    """A word that asks first, after a name or one of ``after`` ("di che partito"), else joins ("come WhatsApp")."""
    def english(m: re.Match) -> str:
        prev, low = m.group("prev"), m.group("prev").strip().lower()
        prev = _ITALIAN[low] + " " if low in _ITALIAN_SHARED else prev
        return prev + (asks if prev[0].isupper() or low in after.split() else joins)
    return rf"(?<![\w'’])(?P<prev>[\w'’]+\s+){word}\b{not_before}", english


def _clitic(m: re.Match) -> str:
    """An object pronoun before a verb ("lo sapeva": knew it) or on an infinitive ("sbloccarlo": unlock it)."""
    verb, pronoun = (m.group(2), m.group(1)) if m.group(2) else (m.group(3) + "e", m.group(4))
    if verb.lower().translate(_PLAIN) not in (_FINITE if m.group(2) else _INFINITIVES):
        return m.group(0)
    person = _BARE.get(_ITALIAN.get(verb.lower(), ""), ("",))[0] in _DONE_TO_PERSONS
    return f"{verb} " + {"la": "her" if person else "it", "li": "them", "le": "them", "gli": "him"}.get(
        pronoun.lower(), "him" if person else "it")


_TALK = "past e ma o sai sapete dimmi spiegami chiedo capire and but or me know tell"
_ELIDED = _pairs("""l=the dell=of_the all=to_the dall=from_the nell=in_the sull=on_the quell=that quest=this un=a d=of
    c=there""")

_ITALIAN_IDIOMS = Idioms([
    # an accent typed as an apostrophe ("perche'"), an apostrophe as a space ("l attacco") or nothing ("lattacco")
    (r"\bun\s+po['’]", ""),
    (r"(?<![\w'’])(\w*?)([aeiou])['’](?=[\s?.!,;:]|$)", lambda m: m.group(1) + (
        "é" if m.group(1).lower().endswith("ch") else dict(zip("aeiou", "àèìòù"))[m.group(2).lower()])),
    (r"(?-i:\b(l|dell|all|dall|nell|sull|quell|quest|c|dov|cos|com))\s+(?=[aeiouàèéìòù])", r"\1'"),
    (r"(?-i:\b(l|dell|nell|sull)([aeiou]\w{3,}))",
     lambda m: f"{m.group(1)}'{m.group(2)}" if m.group(2) in _ITALIAN and m.group(0) not in _ITALIAN else m.group(0)),
    (r"\b(dov|com|cos)['’]\s*", lambda m: {"dov": "dove ", "com": "come "}.get(m.group(1).lower(), "cosa ")),
    (r"^(\s*(?:chi|cosa|dove|come|quando|qual|quale|perch\w*))\s+e\b(?!\s+(?:chi|cosa|dove|come|quando|perch\w*)\b)",
     r"\1 è"), (r"\b(?:rimast|restat)([oaie])\s+(?=ferit|uccis|coinvolt)", r"stat\1 "),
    # words of talk: a greeting, "dai", a tag ("..., no?"); "USA", which is no verb
    (r"^\s*(?:ciao|salve|buongiorno|buonasera|scusa(?:te|mi)?|senti|allora)\s*[,!.]+\s*", ""),
    (r"^\s*dai\s*(?:[,!]+\s*|(?=\s+(?:chi|cosa|che|come|dove|quando|perch\w*|quant\w*|qual\w*)\b))|"
     r"[,\s]+dai(?=\s*[?!.]*\s*$)|,\s*(?:no|vero|giusto)\s*(?=\?)|\s+o\s+no\s*(?=\?)", ""),
    (r"(?-i:\bed\b)", "e"), (r"(?-i:\bUSA\b)", "US"),
    # how old, how long, how much, a name; then the phrases and the offices
    (r"\bquanti\s+anni\s+(aveva|avevano|ha|hanno)\b",
     lambda m: "how old " + {"ha": "is", "hanno": "are", "avevano": "were"}.get(m.group(1).lower(), "was")),
    (r"\bquanti\s+anni\b", "how old"), (r"\bquanto\s+(?:è|e|era)\s+durat[oa]\b", "how long lasted"),
    (r"\bquanto\s+(?=(?:(?:è|e|ha|hanno|aveva)\s+)?(?:costat|cost|pagat|pag|guadagn|spes)\w*)", "how much "),
    (r"\bcome\s+(?:ha|hanno)\s+fatto\s+(.{1,40}?)\s+a(?=\s+\w+[aei]re\b)", r"how did \1 manage to"),
    (r"\bcome\s+si\s+chiama(?:va|no|vano)?(?=\s+\w)", "what is the name of"),
    (r"\bcome\s+si\s+chiama(?:va)?\b", "what is the name"),
    # "I" an article ("I servizi": "gli"); what became of someone, who owns a thing, named first or last
    (r"(?-i:(?<![\w'’])[iI]\s+(?=([a-z]\w*)))", lambda m: "gli " if m[1] in _ITALIAN else m[0]),
    (r"^(\s*)(?:(?:e|ma)\s+)?(?:(.+?),?\s+)?(?:che\s+fine\s+(?:ha|hanno|aveva\w*)\s+fatto|di\s+chi\s+(è|e|era)\b)",
     lambda m: f"{m[1]}{'who own' + ('ed' if m[3] == 'era' else 's') if m[3] else 'what happened to'} {m[2] or ''}"),
    ("PHRASES", lambda m: _PHRASES[re.sub(r"['’]\s*|\s+", lambda s: s[0][0] if s[0][0] in "'’" else " ",
                                          m.group(0).lower().translate(_PLAIN)).replace("’", "'")]),
    (r"\b(?:(il|la)\s+)?ministr[oa]\s+(?:dell['’]\s*interno|degli\s+interni)(\s+(?:britannic|ingles)\w)?\b",
     lambda m: ("the " if m[1] else "") + ("British " if m[2] else "") + "Home Secretary"),
    (r"\bdi\s+(?:che|quale)\s+(?=(?:religione|partito|nazionalit\w*|marca|paese|citt\w*)\b)", "what "),
    (r"\bda\s+sol[oaie]\b", "alone"),
    # how a thing ended; which company owns it ("·": no verb its name is put before); on air; needed; outside
    (r"\bandat([oaie])\s+a\s+finire\b", r"finit\1"), (r"\bpres([oaie])\s+a\s+noleggio\b", r"noleggiat\1"),
    (r"\b(?:a|di)\s+(?:quale|che)\s+(aziend\w|societ\w*|compagni\w|grupp\w)\s+(appartiene|apparteneva|è|e|era)\b",
     lambda m: f"which {m[1]}·own{'ed' if m[2][-1] == 'a' else 's'}"),
    (r"\b(?:(?:è|e)\s+andat[oa]|(va|andava))\s+in\s+onda\b",
     lambda m: ("is" if m[1] == "va" else "was") + " broadcast"),
    (r"\b(che\s+)?(?:ci\s+vuole|serv(e|ono))\s+((?:un|una|uno|il|la|i|le|dei|delle)\s+\w+"
     r"(?:\s+d(?:i|el|ella)(?:\s+una?)?\s+\w+)?)", lambda m: (f"{m[1]}{m[3]} {{}}" if m[1] else "{} " + m[3]).format(
        "are" if m[2] == "ono" else "is") + " needed"),
    (r"\b(fuori|davanti|vicino)\s+(?:a|ad|da|di)?(l|ll['’]\s*|lla|llo|i|gli|le|el|ella|ello|ell['’]\s*)?\s*(?=(\w))",
     lambda m: _ITALIAN[m[1].lower()] + (" the " if m[2] and m[3].islower() else " ")),
    (r"\b(prima|dopo|a\s+causa)\s+d(?:i|(el|ella|ello|ell['’]\s*|ei|egli|elle))\b", lambda m: {
        "prima": "before", "dopo": "after"}.get(m.group(1).lower(), "because of") + (" the " if m.group(2) else " ")),
    (r"\b(?:(il|i|un|del|dei|nel|nei|sul|sui|al|ai)\s+)?messaggi(o)?\s+(?:(?:di|su|via)\s+)?(WhatsApp|Telegram)\b",
     lambda m: f"{(m.group(1) or '').lower().replace('il', 'the')} {m.group(3)} message{'' if m.group(2) else 's'}"),
    (r"(\w+\s+(?:anni|giorni|settimane|mesi|ore|minuti))\s+fa\b", r"\1 ago"),
    (r"\b(dett\w*|dic\w*|dichiarat\w*|pens\w*|parl\w*|scritt\w*|scriv\w*|comment\w*|articolo)"
     r"((?:\s+(?-i:[A-Z])[\w'’-]*){0,2}|\s+(?:il|la|lo|i|gli|le)\s+\w+)"
     r"\s+(su|di)(l|lla|i|gli|lle|llo|ll['’])?\b\s*",
     lambda m: m.group(0) if m.group(3).lower() == "di" and not m.group(1).lower().startswith(("parl", "pens")) else
     f"{m.group(1)}{m.group(2)} about " + ("the " if m.group(4) else "")),
    (r"\ba\s+(?=(?:Londra|London|Westminster|Birmingham|Kent|Brighton|Roma|Milano|Parigi|Washington)\b)", "in "),
    # the past: an auxiliary and its participle, a negation, an object pronoun, an adverb, an agent
    (r"(?<![\w'’])(?P<wh>(?:dove|come|quando|perch[eéè]|xch[eéè]|xk[eè]?)\s+)?(?P<neg>non\s+)?"
     r"(?P<si>si\s+|s['’]\s*)?(?P<obj>l['’]\s*|(?:lo|la|li|le|gli|mi|ci)\s+)?(?P<aux>AUX)"
     r"(?P<adv>\s+(?:già|gia|mai|davvero|veramente|poi|finalmente|infine|anche|ancora|subito|appena))?"
     r"(?P<been>\s+stat[oaie])?\s+(?P<p>(?:PARTICIPLES)[oaie])\b(?P<by>\s+da(?:l|lla|llo|i|gli|lle)?\b)?", _past),
    # an object pronoun; a reflexive infinitive ("nascondersi": hide)
    (r"(?<![\w'’])(?:(lo|la|li|gli|l['’])\s*(\w+)|(\w+?[aei]r)(lo|la|li|le|gli))\b", _clitic),
    (r"\b(\w+?[aei]r)si\b", lambda m: m[1] + "e" if (m[1] + "e").lower() in _ITALIAN else m[0]),
    # a participle after its noun, an adjective ("il poliziotto ucciso": the killed police officer)
    (r"\b((?:de|ne|a|su)?(?:l|lo|la|llo|lla|i|gli|le|lle)|il|un|una|uno)\s+(\w+)\s+((?:PARTICIPLES)[oaie])\b(?!\s+da)",
     lambda m: f"{m[1]} {m[3]} {m[2]}" if m[2].lower() in _NOUNS else m[0]),
    # "si trova": is; a verb with no subject after a question word, plural or impersonal ("cosa si faceva")
    (r"\bsi\s+trova(va)?\b", lambda m: "was" if m[1] else "is"),
    (r"^(\s*(?:(?:e|ma|in the past)\s+)?(?:cosa|che|come|dove|quando|perch\w*)\s+)(?:(si\s+)(\w+)|(\w+)"
     r"(?=\s*(?:[?.!]|$|in the past(?!\s+(?:the|il|la|le|gli|l['’]))|(?:per|con|a|in|nel|nella|prima|dopo)\b)))",
     lambda m: f"{m[1]}{m[3] or m[4]} they" if (m[2] or m[4][-2:] == "no") and _ITALIAN.get((m[3] or m[4]).lower())
     in _BARE else m[0]),
    # "che" after a word that is no preposition nor a name joins a clause, as "come" and "perché" do
    _asked_after("che", "what", "that", "di a da in con su per e o ma", not_before=r"(?!\s+cosa\b)"),
    _asked_after("come", "how", "like", _TALK, not_before=r"(?!\s+(?:si|mai)\b)"),
    _asked_after("perch[éèe]", "why", "because", _TALK),
    # an article before a surname ("la Rudd"), or a possessive ("il suo nome": his name)
    (r"\b(?:il|la|lo)\s+(?=(?-i:[A-Z])(?!SS\b))", ""),
    (r"\b(?:(il|la|i|le|lo|gli)|(d|a|da|ne|su)(?:el|ella|ei|elle|ello|egli|l|lla|i|lle|llo|gli))\s+"
     r"(?=(?:suo|sua|suoi|sue|loro|mio|mia|tuo|nostro)\b)",
     lambda m: "" if m.group(1) else {"d": "of ", "a": "to ", "da": "from ", "ne": "in "}.get(m.group(2).lower(),
                                                                                            "on ")),
    (r"\b(?:è|e['’])\s+stat[oa]\b", "was"), (r"\bsono\s+stat[ie]\b", "were"),
    # "di", "a", "per" before an infinitive: "to" ("ha rifiutato di collaborare": refused to cooperate)
    (r"\b(?:di|a|ad|per)\s+(?=(\w+))", lambda m: "to " if m.group(1).lower() in _INFINITIVES else m.group(0)),
    # the elided articles, an English word before them glossed too ("e l'attacco": and the attack)
    (r"(?<![\w'’])((?:e|o|con|per|come|su|a|in|da)\s+)?(l|dell|all|dall|nell|sull|quell|quest|un|d|c)['’]\s*(?=\w)",
     lambda m: (_ITALIAN[m.group(1).strip().lower()] + " " if m.group(1) else "") + _ELIDED[m.group(2).lower()] + " "),
], prepare=lambda p: _phrase_pattern() if p == "PHRASES" else p.replace("AUX", _AUX).replace(
    "PARTICIPLES", "|".join(sorted(_PARTICIPLE_STEMS, key=len, reverse=True))))

# -- English order --------------------

_NAME = r"(?-i:[A-Z][\w'’.&-]*)(?:\s+(?!Sunday|Wednesday|March)(?-i:[A-Z][\w'’.&-]*))*"
_ACTORS = (r"attackers?|perpetrators?|police officers?|officers?|police|government|ministers?|Home Secretary|author|"
           r"journalist|(?:tech )?compan(?:y|ies)|(?:intelligence |security )?services|group|agency|president|man|"
           r"woman|wife|family|soldiers?|terrorists?|suspects?|killer|victims?|judge|court")
_DET = r"(?:the|his|her|their|this|that|these)\s+"
_ACTOR = rf"(?:{_DET}(?:[a-z]+\s+)?(?:{_ACTORS})\b|(?:the\s+)?{_NAME}|he|she|they)"
_SUBJECT = (rf"(?:{_DET}(?:[\w'’-]+\s+)?(?:{_ACTORS}|article|headline|standfirst|laws?|attacks?)\b(?:\s+(?:of\s+"
            rf"(?:the\s+)?)?{_NAME})?|(?:the\s+)?{_NAME}(?!\s+(?:messages?|apps?|account|group)\b)|he|she|they)")
# what is said to be so, a thing too ("are the messages encrypted?", "did the affair end"); who is acted on
_THINGS = "|".join(sorted({e for e in _NOUNS.values() if e.isalpha() and e.islower()} | {"apps"}, key=len,
                          reverse=True))
_BEING = (rf"(?:{_SUBJECT}|{_DET}(?:[\w'’-]+\s+)?(?:{_THINGS})\b(?:\s+(?:of\s+(?:the\s+)?)?{_NAME}|"
          rf"\s+of\s+the\s+(?:{_THINGS}))?)")
_VICTIM = rf"{_DET}(?:[a-z]+\s+)?(?:police officers?|officers?|people|pedestrians|victims?|man|woman|soldiers?)"
_WH = (r"(?:(?:in|on|at|from|with|to|of|for|about|by|since|until|through|according to)\s+)?(?:whom|when|where|why|"
       r"how(?:\s+(?:long|much|many))?|since when|from where|what|which|whose)")
# the nouns after a question word ("what app"), not an auxiliary ("what will")
_NOUN = (r"(?:\s+(?!(?:will|would|can|could|should|must|is|was|are|were|has|have|had|did|does|do|not|if|that|and|or|"
         r"when)\b)[a-z]+)")
_ADV = r"(?:already|finally|really|exactly|first|ever|never|alone|then|also|in the end)"
_MODAL = "will|would|can|could|should|must"
_COPULA = f"is|was|are|were|{_MODAL}"
_VERB = r"[a-z]+(?:\s+(?:over|dead|out|up|from|on))?"
_END = r"(?=[\s?.!,;]|$)"
_UNDONE = frozenset("happen die live come last start end work act arrive return flee cost".split())
# what follows "did Masood" when "did" is "fece"
_AFTER_DO = r"\s*(?:[?.!,]|$|(?:with|to|in|on|at|after|before|then|about|it|that|alone|outside|near)\b)"
_PP = frozenset(pp for _, pp in _PARTICIPLE_STEMS.values()) | {"born", "known"}


def _verb(english: str, asked: str = "") -> tuple[str, str] | None:
    """An English verb's bare form and auxiliary ("said": say, did), but "happened" after "what"."""
    found = _BARE.get(english.lower())
    return None if not found or found[0] == "happen" and re.match(r"\s*(?:what|which)\b", asked) else found


def _inverted(glossed: str) -> str:
    """A question word's subject after its verb ("what said Rudd", "where rented the car Masood", "when stabbed
    the police officer": was the officer stabbed), or first ("Masood how old was"), put in English order."""
    lead = rf"^(\s*(?:(?:and|but|so|in the past)\s+)?{_WH}"
    m = re.match(rf"{lead})\s+({_VERB})\s+({_DET}(?:[a-z]+\s+)?(?:car|van|phone|messages?|article|knife|apps?|weapon|"
                 rf"laws?))\s+({_NAME})(\s*[?.!]*)$", glossed)
    found = m and _verb(m.group(2), m.group(1))
    if found and found[1] == "did":
        return f"{m.group(1)} did {m.group(4)} {found[0]} {m.group(3)}{m.group(5)}"
    for n in range(4):
        m = re.match(rf"{lead}{_NOUN}{{{n}}})\s+(not\s+)?({_VERB})(\s+(?:him|her|it|them))?(\s+{_ADV})?\s+({_BEING})"
                     rf"{_END}(.*)$", glossed)
        found = m and (n == 0 or re.match(r"\s*(?:\w+\s+)?(?:what|which|whose|how many|how much)\b", m.group(1))) \
            and _verb(m.group(3), m.group(1))
        victim = found and m.group(3) in _ON_PERSONS and not m.group(2) and re.fullmatch(_VICTIM, m.group(6))
        found = found and (victim or re.fullmatch(_SUBJECT, m.group(6)) or found[0] in _UNDONE) and not any(
            w in _BARE and w not in _NOUN_VALUES for w in m.group(1).split()[1:]) and found
        # ("what group claimed the attack": a thing after a verb done to it is its object)
        if not found or n and found[0] not in _UNDONE and not victim and not re.fullmatch(_ACTOR, m.group(6)) or \
                found[0] == "do" and not re.match(_AFTER_DO, m.group(7)):
            continue
        if victim:
            be = "were" if re.search(r"(?:s|people)$", m.group(6)) else "was"
            return f"{m.group(1)} {be} {m.group(6)} {dict(_PARTICIPLE_STEMS.values()).get(m.group(3))}{m.group(7)}"
        return (f"{m.group(1)} {found[1]} {m.group(6)}{' not' if m.group(2) else ''}{m.group(5) or ''} "
                f"{found[0]}{m.group(4) or ''}{m.group(7)}")
    m = re.match(rf"{lead}{_NOUN}{{0,2}}?)\s+(was|were|is|are)\s+({_VERB})\s+({_BEING}){_END}(.*)$", glossed)
    if m and m.group(3) in _PP:
        return f"{m.group(1)} {m.group(2)} {m.group(4)} {m.group(3)}{m.group(5)}"
    m = re.match(rf"{lead}{_NOUN}?)\s+({_MODAL}|wants?|wanted)\s+(not\s+)?([a-z]+)\s+({_SUBJECT}){_END}(.*)$", glossed)
    if m and (_verb(m.group(4)) or ("", ""))[1] == "do":
        aux, bare = (m.group(2), "") if re.fullmatch(_MODAL, m.group(2)) else (_verb(m.group(2))[1], "want to ")
        return f"{m.group(1)} {aux} {m.group(5)} {m.group(3) or ''}{bare}{m.group(4)}{m.group(6)}"
    # the subject before its verb: "why Apple did not want", "why Apple refused", "where the attacker was"
    m = re.match(rf"{lead}{_NOUN}{{0,2}}?)\s+({_BEING})(\s+{_ADV})?\s+(?:(not)\s+|(does|did|do)\s+not\s+)?({_VERB})"
                 rf"{_END}(.*)$", glossed)
    m = m if m and not any(w in _BARE and w not in _NOUN_VALUES for w in m.group(1).split()[1:]) else None
    if m and m.group(1).split()[0] != "who" and re.fullmatch(_COPULA, m.group(6)):
        return f"{m.group(1)} {m.group(6)} {m.group(2)}{' not' if m.group(4) else ''}{m.group(3) or ''}{m.group(7)}"
    found = m and re.fullmatch(_SUBJECT, m.group(2)) and (m.group(5) and (m.group(6), m.group(5)) or _verb(m.group(6)))
    if found and found[0] not in ("did", "does", "do"):
        return (f"{m.group(1)} {found[1]} {m.group(2)}{' not' if m.group(4) or m.group(5) else ''}{m.group(3) or ''} "
                f"{found[0]}{m.group(7)}")
    m = re.match(rf"^(\s*)({_SUBJECT})\s+((?:and\s+)?{_WH}{_NOUN}{{0,2}}?)\s+(.*?)(\s*[?.!]*)$", glossed)
    for k in (1, 0) if m else ():
        rest = m.group(4).split()
        asked = " ".join([m.group(3)] + rest[:k] + [m.group(2)] + rest[k:])
        if k and len(rest) == 1 and re.fullmatch(_COPULA, rest[0]) or _inverted(asked) != asked:
            return m.group(1) + _inverted(asked) + m.group(5)
    return glossed


def _yes_no(glossed: str) -> str:
    """A question asking whether, in English order: "Masood acted alone?", "died the police officer?"."""
    if not glossed.rstrip().endswith("?") or re.search(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b",
                                                       glossed):
        return glossed
    lead = r"^(\s*(?:(?:in the end|finally|and|but|so)\s+)?)"
    m = re.match(rf"{lead}(not\s+)?({_VERB})(\s+(?:him|her|it|them))?\s+({_SUBJECT}){_END}(.*)$", glossed)
    found = m and _verb(m.group(3))
    if found and found[0] != "do":
        return (f"{m.group(1)}{found[1]} {m.group(5)}{' not' if m.group(2) else ''} {found[0]}{m.group(4) or ''}"
                f"{m.group(6)}")
    m = re.match(rf"{lead}({_BEING})\s+(not\s+)?({_ADV}\s+)?({_VERB}){_END}(.*)$", glossed)
    if m and re.fullmatch(_COPULA, m.group(5)):
        return f"{m.group(1)}{m.group(5)} {m.group(2)}{' not' if m.group(3) else ''}{m.group(6)}"
    found = m and (re.fullmatch(_SUBJECT, m.group(2)) or (_verb(m.group(5)) or "-")[0] in _UNDONE) and _verb(m.group(5))
    if found and (found[0] != "do" or re.match(r"\s+(?:it|this|that|something|anything)\b", m.group(6))):
        return (f"{m.group(1)}{found[1]} {m.group(2)}{' not' if m.group(3) else ''} {m.group(4) or ''}{found[0]}"
                f"{m.group(6)}")
    # a passive's subject after it ("was arrested someone": was someone arrested)
    m = re.match(rf"{lead}(was|were|is|are)\s+([a-z]+)(\s+also)?\s+(?!(?:by|in|on|at|to|with|from|outside|that)\b)"
                 r"([^?]+?)(\s*\?)$", glossed)
    if m and m.group(3) in _PP:
        return f"{m.group(1)}{m.group(2)} {m.group(5)}{m.group(4) or ''} {m.group(3)}{m.group(6)}"
    return glossed


_NOUN_VALUES = frozenset(_NOUNS.values())
_AFTER_NOUN = r"new|secret|encrypted|rented|real|British|American|Islamic|political|criminal|previous|unacceptable|dead"


def _italian_order(glossed: str) -> str:
    """An Italian question glossed word for word in English order: an adjective before its noun ("the car
    rented"), "not" after an auxiliary, a subject before its verb, "to" before an infinitive ("wants read")."""
    glossed = re.sub(rf"\b(the|an?|his|her|their|this|these|of)\s+(?!(?:the|an?|his|her|their)\b)([a-z]+)\s+"
                     rf"({_AFTER_NOUN})\b(?!\s+(?:it|him|her|them)\b|\s+[A-Z])",
                     lambda m: m.group(0) if m.group(2) in _BARE and m.group(2) not in _NOUN_VALUES or m.group(2) in (
                         "is", "was", "be", "been") else f"{m.group(1)} {m.group(3)} {m.group(2)}", glossed)
    glossed = re.sub(r"\b(responsibility)\s+of\b|\b(shot|shoots?|fired|shot dead)\s+to\b",
                     lambda m: "responsibility for" if m.group(1) else m.group(2), glossed)
    glossed = re.sub(rf"(\b(?:to|do|did|does|{_MODAL})\s+)?\bnot\s+([a-z]+)\b",
                     lambda m: m.group(0) if m.group(1) else f"{m.group(2)} not" if re.fullmatch(_COPULA, m.group(2))
                     else "{1} not {0}".format(*_verb(m.group(2))) if _verb(m.group(2)) else m.group(0), glossed)
    # a question word after "if ..." or "according to ..." opens a clause of its own ("and if ..., what will the
    # government do")
    m = re.match(r"^(.*?\b(?:if|according to\s+\S)[^?]*?)\s*,?\s+((?:what|which|when|where|why|how)\b.*)$", glossed)
    if m and not re.match(r"\s*(?:what|which|when|where|why|how|who)\b", glossed):
        glossed = f"{m.group(1)}, {_inverted(m.group(2))}"
    else:
        glossed = _yes_no(_inverted(glossed))
    glossed = re.sub(r"\b(wants?|wanted|refuse[sd]?|tr(?:y|ies|ied)|manage[sd]?|decided?|asks?|asked|needs?|needed|"
                     r"agreed?|demand(?:s|ed)?)\s+((?:him|her|them|it)\s+)?(?=([a-z]+)\b)",
                     lambda m: f"{m.group(1)} {m.group(2) or ''}to " if _BARE.get(m.group(3), ("",))[0] == m.group(3)
                     and m.group(3) not in ("access", "help", "have") else m.group(0), glossed)
    glossed = re.sub(r"\b(have|has|had|with|without)\s+(?=criminal record\b)", r"\1 a ", glossed)
    # "they" of "si" ("si sblocca"), laws made (not done), one stabbed who is not named ("who stabbed outside")
    glossed = glossed.replace("does they", "do they").replace("do new law", "make new law")
    glossed = re.sub(rf"^(\s*who\s+(?:{'|'.join(_ON_PERSONS)}))(?=\s+(?:outside|inside|near|in front of|on|in|at)\b)",
                     r"\1 someone", glossed)
    return re.sub(r"\b(?-i:a)\s+(?=(?:[aeio]|un[^i])\w)", "an ", glossed)


# -- left out, shared with English, showing Italian --------------------

# words of talk, left out ("lo", "ci", "si" once their readings in the idioms are read)
_ITALIAN_DROPPED = frozenset("""ma allora quindi cioè cioe tipo beh bè boh dai dunque già gia proprio ci si lo
    insomma comunque cmq magari senti scusa scusate ciao salve grazie eh ehm mah vabbè vabbe praticamente appunto ecco
    mica ne""".split())
# English words glossed only before a word of Italian or a name ("a secret place", "come back", "what fine")
_ITALIAN_SHARED = frozenset("a i in come solo auto no fine data prove per vera ora dare due".split())
# the words that show Italian, as typed ("l'attacco", "perche'"), less the English ones ("dove", "dice", "app") and
# the other languages' ("qui": French; "disse", "quando", "considera": Portuguese; "hai": Hindi; "dai": Welsh; of two
# letters, all but "di", "il" and "è")
_ELIDED_MARKS = frozenset(a + q + w for w in _NOUNS if w[:1] in "aeiouè" for a in ("l", "dell", "nell", "all", "sull")
                          for q in "'’") | {w.translate(_PLAIN) + q for w in _ITALIAN if w[-1:] in "àèéìòù"
                                            for q in "'’"} | {"c'è", "c'era", "dov'è", "cos'è", "com'è"}
_NOT_MARKS = frozenset("""cos sue con era del fare dice dove dire ore concede una uno donna casa vive mai sara tempo
    eta primo costa salve sta app nato usa come quando quanto qual agi reagi qui disse hai dai per confine vince
    vista quasi guido considera possa posta completamente""".split())
_ITALIAN_MARK = {w for w in frozenset(_ITALIAN) | _ITALIAN_DROPPED | _ELIDED_MARKS
                 if len(w) > 2 or w in ("di", "il", "è")} - _ITALIAN_SHARED - _NOT_MARKS
_AUXILIARY = frozenset("ha hanno ho è e' sono era erano aveva avevano l'ha l'hanno l'aveva".split())


class _Shown:
    """Whether a question shows Italian however few its marks (``Language.opening``): an auxiliary and a participle,
    English or Portuguese words alone ("ha agito", "era nato"), or "quando", "quanto", "dove", "come" and a word of
    Italian only."""

    def match(self, question: str) -> bool:
        words = [w.lower().replace("’", "'") for w in re.findall(r"[\w'’-]+", question)]
        return any(w in _AUXILIARY and a[:-1] in _PARTICIPLE_STEMS and a[-1] in "oaie" for w, a in
                   zip(words, words[1:])) or words[:1] in (["quando"], ["quanto"], ["dove"], ["come"]) and bool(
            set(words) & _ITALIAN_MARK - {"governo", "lei", "nome"})


ITALIAN = Language(_ITALIAN_IDIOMS, _ITALIAN, _ITALIAN_DROPPED, _ITALIAN_MARK, reorder=_italian_order,
                   shared=_ITALIAN_SHARED, opening=_Shown())
