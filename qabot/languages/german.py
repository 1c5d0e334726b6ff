"""German mixed into English questions, read in English.

Germans, Austrians and the Swiss type a question's frame in German and the story's names and things in
English ("Wer hat the article geschrieben?"), or all of it in German, with umlauts or without ("ueber").
German puts its finite verb second, its participle or infinitive last ("hat ... gesagt"), a clause's verb
last after "dass", a question word or a relative pronoun, a separable verb's particle last ("fand ...
statt": happened). The idioms join phrases, separable verbs and a verb's own preposition ("erinnert an":
recalls); a participle is glossed as an English one, its auxiliary kept, and ``_german_order`` puts the
clear cases in English order ("who has the article written" → "who wrote the article"). Words that are
English too ("was", "die", "will", "am") are glossed only where the German is sure (``_GERMAN_SHARED``, the
idioms) or not at all, and show no German.
"""
from __future__ import annotations

import re

from qabot.languages import Idioms, Language


def _table(text: str) -> dict[str, str]:
    """"german=english" pairs ("warum,wieso=why": words of one English joined), "_" a space in the English."""
    return {w: e.replace("_", " ") for p in text.split() for e in [p.split("=")[1]] for w in p.split("=")[0].split(",")}


# each word also as typed without umlauts ("über": "ueber", "uber"); a word listed keeps its own English ("toten")
_PLAIN = [str.maketrans({"ä": a, "ö": o, "ü": u, "ß": "ss"}) for a, o, u in (("ae", "oe", "ue"), ("a", "o", "u"))]


def _spellings(word: str) -> set[str]:
    """``word`` with its umlauts, with "ae" and with "a" ("für", "fuer", "fur")."""
    return {word, *(word.translate(t) for t in _PLAIN)}


# -- English verbs --

# the English verbs the glossing uses, their past and participle (where it differs) where not made by rule
_IRREGULAR = {t[0]: (t[1], t[-1]) for t in (x.split() for x in """say said; write wrote written; shoot shot;
    drive drove driven; know knew known; find found; read read; send sent; hide hid hidden; do did done;
    give gave given; come came come; meet met; win won; pay paid; tell told; speak spoke spoken; take took taken;
    get got; think thought; have had; be was been; bear bore born; cost cost; run ran run; buy bought;
    grow grew grown""".split(";"))}


def _english(base: str) -> tuple[str, str, str]:
    """An English verb's third person, past and participle ("say": says, said, said)."""
    verb, _, tail = base.partition(" ")
    tail = " " + tail if tail else ""
    if verb in _IRREGULAR:
        past, pp = _IRREGULAR[verb]
    else:
        stem = verb + verb[-1] if verb in ("stab", "ban") else \
            verb[:-1] + "i" if re.search(r"[^aeiou]y$", verb) else verb
        past = pp = stem + ("d" if stem.endswith("e") else "ed")
    third = {"be": "is", "have": "has", "do": "does"}.get(verb) or re.sub(r"(?<=[^aeiou])y$", "ie", verb) + (
        "es" if re.search(r"(?:s|sh|ch|x)$", verb) else "s")
    return third + tail, past + tail, pp + tail


# -- German verbs --

# the weak verbs by their stem ("sag": sagen, sagt, sagte, sagten, gesagt), a separable one's particle
# before "|" ("mit|mach": mitmachen, mitgemacht); an inseparable prefix or "-ier" takes no "ge"
_WEAK = _table("""sag=say töt=kill nutz,benutz=use miet,an|miet=rent forder,verlang=demand antwort=answer verhaft=arrest
    wohn,leb=live öffn=open schick=send meld,bericht=report behaupt,beanspruch,reklamier=claim handel=act erklär=declare
    kooperier,mit|mach,zusammen|arbeit=cooperate reagier=react kommentier,äußer=comment radikalisier=radicalise
    konvertier=convert ermittel,untersuch=investigate verletz=injure zahl,bezahl=pay kauf=buy brauch=need mach=do
    arbeit=work hack=hack knack=crack entschlüssel=decrypt verschlüssel=encrypt entsperr=unlock verhinder=prevent
    versteck=hide teil=share versuch=try passier=happen ermord=murder überleb=survive verurteil=convict an|klag=charge
    veröffentlich=publish erzähl=tell frag=ask kost=cost verdien=earn wähl=elect ab|stimm=vote dauer=last verklag=sue
    weiger,ab|lehn,verweiger=refuse ein|führ=introduce durch|führ=carry_out an|kündig=announce steuer,lenk=direct
    erinner=recall gehör=belong überwach=spy_on ab|hör=listen_in_on plan=plan prüf=consider bezeichn=describe
    erwähn=mention mein=mean warn=warn glaub=believe kommunizier=communicate aus|weit=expand""")
# the strong and mixed verbs: infinitive, third person, past and participle
_STRONG = {tuple(forms.split(",")): base.replace("_", " ") for forms, base in (p.split("=") for p in """
    schreiben,schreibt,schrieb,geschrieben=write sterben,stirbt,starb,gestorben=die lesen,liest,las,gelesen=read
    sprechen,spricht,sprach,gesprochen=speak erstechen,ersticht,erstach,erstochen=stab_to_death
    stechen,sticht,stach,gestochen=stab niederstechen,niedersticht,niederstach,niedergestochen=stab
    erschießen,erschießt,erschoss,erschossen=shoot_dead schießen,schießt,schoss,geschossen=shoot
    fahren,fährt,fuhr,gefahren=drive überfahren,überfährt,überfuhr,überfahren=run_over finden,findet,fand,gefunden=find
    stattfinden,stattfindet,stattfand,stattgefunden=happen wissen,weiß,wusste,gewusst=know geben,gibt,gab,gegeben=give
    beziehen,bezieht,bezog,bezogen=refer_to kennen,kennt,kannte,gekannt=know nennen,nennt,nannte,genannt=call
    heißen,heißt,hieß,geheißen=be_called nehmen,nimmt,nahm,genommen=take
    herausgeben,herausgibt,herausgab,herausgegeben=hand_over festnehmen,festnimmt,festnahm,festgenommen=arrest
    kommen,kommt,kam,gekommen=come tun,tut,tat,getan=do umbringen,umbringt,umbrachte,umgebracht=kill
    denken,denkt,dachte,gedacht=think helfen,hilft,half,geholfen=help verbieten,verbietet,verbot,verboten=ban
    zwingen,zwingt,zwang,gezwungen=force treffen,trifft,traf,getroffen=meet gewinnen,gewinnt,gewann,gewonnen=win
    anrufen,anruft,anrief,angerufen=call bekommen,bekommt,bekam,bekommen=get
    angreifen,angreift,angriff,angegriffen=attack besitzen,besitzt,besaß,besessen=own
    ernennen,ernennt,ernannte,ernannt=appoint vorschlagen,vorschlägt,vorschlug,vorgeschlagen=propose
    zurücktreten,zurücktritt,zurücktrat,zurückgetreten=resign aufwachsen,aufwächst,aufwuchs,aufgewachsen=grow_up
    geschehen,geschieht,geschah,geschehen=happen freilassen,freilässt,freiließ,freigelassen=release
    entlassen,entlässt,entließ,entlassen=fire stammen,stammt,stammte,gestammt=come stehen,steht,stand,gestanden=stand
    herausfinden,herausfindet,herausfand,herausgefunden=find_out auftreten,auftritt,auftrat,aufgetreten=appear
    berufen,beruft,berief,berufen=cite halten,hält,hielt,gehalten=consider laufen,läuft,lief,gelaufen=run""".split())}


def _verbs() -> dict[str, str]:
    """Every form of ``_WEAK`` and ``_STRONG`` in English (a participle as one: "geschrieben": written)."""
    out: dict[str, str] = {}
    for stem, base in _WEAK.items():
        pre, _, st = stem.rpartition("|")
        e = "e" if re.search(r"(?:[td]|(?:ch|[^aeiouäöülrhmn])[mn])$", st) else ""
        ge = "" if re.match(r"(?:be|ge|ver|er|ent|zer|über|unter)", st) or st.endswith("ier") else "ge"
        third, past, pp = _english(base)
        out.update({pre + st + ("n" if re.search(r"[^e]e[lr]$", st) else "en"): base, pre + st + e + "t": third,
                    pre + st + e + "te": past, pre + st + e + "ten": past, pre + ge + st + e + "t": pp})
    for (inf, third_de, past_de, pp_de), base in _STRONG.items():
        third, past, pp = _english(base)
        out.update({inf: base, third_de: third, past_de: past, past_de + ("n" if past_de[-1] == "e" else "en"): past,
                    pp_de: pp})
    return out


# -- words --

# adjectives in every ending ("neu": neue, neuen, neuer, neues, neuem)
_ADJECTIVES = {a + end: e for a, e in _table("""neu=new geheim=secret verschlüsselt=encrypted britisch=British
    amerikanisch=American islamistisch=Islamist islamisch=Islamic terroristisch=terrorist tot=dead letzt=last erst=first
    ander=other eigen=own echt=real wahr=true richtig=right ehemalig=former konservativ=Conservative ganz=whole
    gemietet=rented getötet=killed verletzt=injured bewaffnet=armed bekannt=known gefährlich=dangerous
    mutmaßlich=suspected politisch=political inakzeptabel=unacceptable sicher=safe früher=earlier
    möglich=possible""").items()
               for end in ("", "e", "en", "er", "es", "em")}
_VERB_GLOSS = _verbs()
_GERMAN = {**_VERB_GLOSS, **_ADJECTIVES, **_table("""
    wer=who wen,wem=whom wessen=whose was,woran,worauf=what wann,als=when wo=where woher=where_from
    warum,wieso,weshalb=why wie=how welche,welcher,welches,welchen,welchem=which wieviel=how_much wieviele=how_many
    worüber=about_what der,die,das,den,dem=the des=of_the ein,eine,einen,einem,einer=a eines=of_a
    kein,keine,keinen,keinem=no ich=I du,dir=you er=he sie=she es=it wir=we ihr,ihre,ihren=her ihm,ihn=him ihnen=them
    uns=us mir,mich=me sein,seine,seinen,seinem,seiner,seines=his mein,meine=my dieser,diese,dieses,diesen,diesem=this
    jemand=anyone niemand=nobody etwas=anything nichts=nothing alle=all alles=everything viele=many viel=much mehr=more
    andere,anderen=other von=of vom=from_the mit=with für=for über,ungefähr,etwa=about auf=on an,bei=at am=on_the
    im=in_the ins=into_the zum,zur=to_the zu=to aus=from beim=at_the nach,nachdem=after vor,bevor,vorher=before
    seit=since bis=until gegen=against ohne=without durch=through um=around unter=among zwischen=between während=during
    wegen=because_of laut=according_to und=and oder=or aber=but weil=because wenn,falls=if ob=whether dass,daß=that
    damit=so_that nicht=not nie=never jetzt=now heute=today danach=after_that dann=then noch=still schon,bereits=already
    oft=often jemals=ever genau=exactly wirklich=really tatsächlich=actually nur=only auch=also allein,alleine=alone
    vielleicht=maybe drin=in alt=old zwei=two drei=three ist,lautet=is sind=are war,wurde=was waren,wurden=were bin=am
    gewesen=been wäre=would_be hat=has haben,habe=have hatte,hatten,gehabt=had wird,werden=will würde,würden=would
    kann,können=can konnte,konnten,könnte=could muss,muß,müssen=must musste=had_to soll,sollen,sollte=should darf=may
    will,möchte=wants wollen=want wollte,wollten=wanted womit=with_what dazu=about_it gehört=belongs verbot=ban
    angriff=attack gestimmt=voted gechattet=chatted geboren=born damals=back_then völlig=completely""")}
# the nouns of the story
_NOUNS = _table("""anschlag,anschlags,angriffs,attentat=attack anschläge,anschlägen=attacks
    terroranschlag=terrorist_attack attentäter,attentäters,angreifer,angreifers=attacker täter,täters=perpetrator
    mörder=murderer terroristen=terrorists polizei=police
    polizist,polizisten,polizeibeamter,polizeibeamte,polizeibeamten=police_officer brücke=bridge auto,wagen=car
    autos=cars mietwagen=rental_car fahrzeug=vehicle fußgänger,fußgängern=pedestrians passanten=passers-by
    menschen,leute,leuten,personen=people opfer=victims tote,toten=dead verletzte,verletzten=injured messer=knife
    waffe=weapon waffen=weapons helfer=helpers typ,mann=man frau,ehefrau=wife kinder=children familie=family
    krankenhaus=hospital stadt=city land=country großbritannien=Britain russland=Russia alter=age jahr,jahres=year
    jahre,jahren=years tag=day tage,tagen=days woche=week wochen=weeks monat=month zeit,uhrzeit=time uhr=o'clock
    minuten=minutes stunden=hours ende=end mittwoch=Wednesday sonntag=Sunday märz=March name,namen=name
    artikel,artikels=article bericht=report überschrift,schlagzeile=headline titel=title autor,autorin=author
    journalistin=journalist zeitung=newspaper sendung=show quelle=source regierung=government ministerin=minister
    innenministerin,innenminister=Home_Secretary innenministerium=Home_Office premierministerin=Prime_Minister
    parlament=Parliament behörden=authorities gesetz,gesetzes=law gesetze,gesetzen=laws gesetzentwurf=bill
    durchsuchungsbefehl=warrant haftbefehl=arrest_warrant ermittlungen=investigation nachricht=message
    nachrichten=messages dienste,diensten=services firma,unternehmen,konzern=company firmen=companies
    geheimdienst=intelligence_service geheimdienste,geheimdiensten=intelligence_services
    sicherheitsdienste=security_services sicherheit=security beweis,beweise,hinweise=evidence gruppe=group
    nachrichtenagentur=news_agency soldat=soldier handy,telefon=phone ort=place versteck=hiding_place umschlag=envelope
    zugang,zugriff=access verschlüsselung=encryption kontakt=contact besitzer,eigentümer=owner marke=make inhalt=content
    beruf,arbeit=job partei=party preis=price kosten=cost geld=money strafe,geldstrafe=fine treffen=meeting
    antwort=answer reaktion=response erklärung,stellungnahme,aussage=statement forderung=demand forderungen=demands
    verantwortung=responsibility bekennerschreiben=claim_of_responsibility motiv=motive präsident=president
    wahl=election wahlen=elections republikaner=Republicans demokraten=Democrats kongress=Congress senat=Senate
    abstimmung=vote stimmen=votes wochentag=weekday einzeltäter=lone_attacker streit,streits=dispute fall,fälle=case
    überwachung=surveillance schütze=shooter schützen=shooters vorspann=standfirst briefe=letters umschläge=envelopes
    telefone,handys=phones agentur=agency verletzungen=injuries komplizen=accomplices
    hintermänner,hintermännern=masterminds mauer=wall grenze=border""")
_GERMAN.update(_NOUNS)
_GERMAN = {**{v: e for w, e in _GERMAN.items() for v in _spellings(w)}, **_GERMAN}
# the verb forms ("das" before one is "that": "wer hat das gesagt"); the participles ("gelesen werden": be read)
_VERB_FORMS = frozenset(v for w in _VERB_GLOSS for v in _spellings(w))
_PARTICIPLES_DE = frozenset(v for forms in _STRONG for v in _spellings(forms[3])) | frozenset(
    w for w in _VERB_FORMS if w.startswith("ge") and w.endswith("t"))

# words of talk, left out: particles ("denn", "halt", "eigentlich", "doch"), "sich", please and thanks
_GERMAN_DROPPED = frozenset(v for w in """denn eigentlich mal doch ja nochmal überhaupt einfach halt eben bitte danke
    sich gerade grad wohl nun bloß eh oida gell""".split() for v in _spellings(w))
# glossed words that are English too: glossed only before German or a name ("was hat", "die Polizei", "will
# Rudd", "am Mittwoch"), not before English ("was the", "to die in", "will be"); "war" and "hat" always are
_GERMAN_SHARED = frozenset("was die will am an um im den bin bald alt tag land alter handy fur uber half tat tun tut"
                           " las fall falls".split())


# -- idioms --

# separable verbs, their particle last ("fand der Anschlag statt": happened der Anschlag)
_SEPARABLE = {(v, p): e.replace("_", " ") for vs, p, e in (t.split(":") for t in """fand,fanden:statt:happened
    findet:statt:happens nahm,nahmen:fest:arrested griff:an:attacked rief:an:called machte:mit:cooperated
    macht,machen:mit:cooperate lehnte,lehnten:ab:refused lehnt:ab:refuses schlug:vor:proposed gab:heraus:handed_over
    gibt,geben:heraus:hand_over trat:zurück:resigned brachte:um:killed kam,kamen:um:died führte:ein:introduced
    stach:nieder:stabbed trat:auf:appeared tritt:auf:appears fand:heraus:found_out
    hörte:ab:listened_in_on""".split()) for v0 in vs.split(",") for v in _spellings(v0)}
_SEPARABLE = {(v, q): e for (v, p), e in _SEPARABLE.items() for q in _spellings(p)}
# the verbs German "Was" opens a question with ("Was sagte", "Was lehnte ... ab", "Was kann"), less English's
_WAS_VERBS = (_VERB_FORMS | {v for v, _ in _SEPARABLE} | {w for w, e in _GERMAN.items() if e in
    "is are was were can could must should may will would".split()}) - frozenset(
    "half plant stand tat tun tut war".split())


def _was_german(question: str) -> bool:
    """Whether ``question`` opens with German "Was", as English "was" never does: before a German verb ("Was sagte
    Rudd?"), or "Was hat" before a participle last."""
    m = re.match(r"\s*(?:(?:und|aber|also)\s+)?was\s+([\w'’-]+)", question, re.I)
    verb, last = (m.group(1).lower(), re.findall(r"[\w'’-]+", question)[-1].lower()) if m else ("", "")
    return verb in _WAS_VERBS or verb in ("hat", "hatte") and (last in _VERB_FORMS or bool(re.fullmatch(
        r"(?:\w*ge|ver|be|er|ent|zer|über)[a-zäöüß]{3,}(?:t|en)", last)))


def _separated(m: re.Match) -> str:
    """A separable verb and its particle in English ("fand ... statt": happened)."""
    english = _SEPARABLE.get((m.group(1).lower(), m.group(3).lower()))
    return m.group(0) if english is None else english + m.group(2)


def _passive(m: re.Match) -> str:
    """"werden" after a participle is "be" ("gelesen werden" → "be gelesen"), "worden" is left out."""
    if m.group(1).lower() not in _PARTICIPLES_DE:
        return m.group(0)
    return ("be " if m.group(2).lower() == "werden" else "") + m.group(1)


def _das(m: re.Match) -> str:
    """"das" before a verb or an adverb is "that" ("wer hat das gesagt", "ist das wahr"), else "the"."""
    word = m.group(1)
    that = word.lower() in _VERB_FORMS or word.lower() in "wahr richtig nicht auch schon noch so wirklich".split()
    return ("that " if that and not word[0].isupper() else "the ") + word


def _relative(m: re.Match) -> str:
    """A relative pronoun after a comma: who, that, or which after a preposition no verb takes ("der Polizist,
    der erstochen wurde"); an article where no verb ends the clause."""
    prep, words = m.group(2), (m.group(4) + m.group(5)).split()
    if prep and not re.match(_OWN, words[-1], re.I):
        return f"{m.group(1)}{_GERMAN.get(prep.lower(), prep)}·which "   # (one word, unlike a question's)
    if m.group(4)[0].isupper() and words[-1].lower() not in _WAS_VERBS or words[-2:-1] == ["zu"]:
        return m.group(0)   # ("..., dem FBI zu helfen")
    return m.group(1) + ("who " if m.group(3).lower() in ("der", "die") and m.group(4).islower() else "that ")


_IS = {"geh": "is", "ging": "was"}
_OWN = r"(?:erinner|beruf|berief|bezieh|bezog)\w*"
_WHOM = {v: e for w, e in _table("mit=with an=to für=for über=about von=by zu=to bei=with gegen=against").items()
         for v in _spellings(w)}
_MODAL_DE = r"kann|konnte|könnte|muss|musste|soll|sollte|darf|wird|würde|hat|hatte|weiß|wusste"
_EVENT = r"(?:anschlag|angriff|attentat|terroranschlag|attack)\w*"


def _typed(pattern: str) -> str:
    """``pattern`` matching its umlauts typed or not ("ü": "ü", "ue", "u")."""
    return re.sub("[äöüß]", lambda m: {"ä": "(?:ä|ae?)", "ö": "(?:ö|oe?)", "ü": "(?:ü|ue?)", "ß": "(?:ß|ss?)"}[
        m.group(0)], pattern)


_GERMAN_IDIOMS = Idioms([
    # greetings, asking to ask ("kannst du mir sagen", "weißt du"), a tag question ("..., oder?": right?)
    (r"^\s*(?:hallo|servus|moin|grüezi)\b\s*[,!.:]*\s*|(?-i:\b(?:Frau|Herrn?)\s+(?=[A-Z]))", ""),
    (r"\b(?:kannst\s+du|können\s+sie)\s+(?:mir\s+)?(?:bitte\s+)?(?:sagen|erklären|"
     r"verraten)\b\s*,?\s*|\b(?:weißt\s+du|wissen\s+sie)\b\s*,?\s*(?=\w)|\bsag\s+(?:mal|mir)\b\s*,?\s*|"
     r"\bich\s+(?:möchte|will|würde|wüsste)\s+(?:gerne?\s+)?(?:mal\s+)?(?:gerne?\s+)?wissen\b\s*,?\s*|"
     r"^\s*(?:also|so|na\s*ja|ok(?:ay)?)\s*,\s*", ""),
    (r"\s*,?\s*\b(?:oder|gell|gelle|oda|ne|nicht\s+wahr|stimmt['’]?s)\s*\?+\s*$", ", right?"),
    # the story's things named in two words or more; a compound's hyphen ("WhatsApp-Nachricht", "Tech-Firmen")
    (r"\bislamische[nrsm]?\s+staat(?:e?s)?\b", "Islamic State"), (r"(?-i:\bvom\s+IS\b)", "by Islamic State"),
    (r"(?-i:\b(?:[Dd](?:er|en|em)\s+)?IS\b)", "Islamic State"),
    (r"\b(?:(?:der|die)\s+)?westminster[\s-]*(?:brücke|bridge)\b", "Westminster Bridge"),
    (r"\bweiße[ns]?\s+haus(?:es)?\b", "White House"),
    (r"\bende[\s-]+zu[\s-]+ende[\s-]*verschlüssel(ung|t\w*)", lambda m: "end-to-end " + (
        "encryption" if m.group(1)[0] in "uU" else "encrypted")),
    (r"\b([\w'’]+)-(?=([\w'’]+)\b)", lambda m: m.group(1) + (" " if m.group(2).lower() in _GERMAN else "-")),
    (r"\b(?:richtige|echte|wahre|bürgerliche)[nr]?\s+namen?\b|\bgeburtsname\b", "real name"),
    # "der" between nouns ("die Forderung der Ministerin": of the), "die Tat" (the attack)
    (r"(?-i:\b([A-ZÄÖÜ]\w+)\s+der\s+(?=[A-ZÄÖÜ]))", lambda m: m.group(1) + (
        " of the " if m.group(1).lower() in _NOUNS else " der ")),
    (r"\b(?:der|die)\s+tat\b", "the attack"),
    # a record ("war er vorbestraft": did he have a criminal record), being known to the police
    (r"\b(?:war|ist)\s+((?:\S+\s+){0,2}?)(?:schon\s+|bereits\s+)?vorbestraft\b", r"hatte \1Vorstrafen"),
    (r"\bkriminelle\s+vergangenheit\b|\bvorstrafen\b|\bstrafregister\b", "criminal record"),
    (r"^(\s*)(?:hatte|hat)\s+((?:\S+\s+){1,2}?)(?:eine?\s+)?criminal record\b", r"\1did \2have a criminal record"),
    (r"\b(?:der\s+|den\s+)?(polizei|behörden|geheimdiensten?)\s+bekannt\b", r"known to the \1"),
    (r"\bpolizeibekannt\b", "known to the police"),
    # claiming ("hat sich zu dem Anschlag bekannt", "die Verantwortung übernommen")
    (r"\bsich\s+((?:\S+\s+){0,3}?)(zu|zum|zur)\s+(.{1,60}?)\s+bekannt\b",
     lambda m: f"{m.group(1)}claimed responsibility for {'' if m.group(2).lower() == 'zu' else 'the '}{m.group(3)}"),
    (r"\b(bekannte|bekannten|bekennt)\s+sich\s+((?:\S+\s+){0,3}?)(?:(zu)|zu[mr])\b", lambda m: "claim%s %sresponsib"
     "ility for%s" % ("s" if m.group(1).lower() == "bekennt" else "ed", m.group(2), "" if m.group(3) else " the")),
    (r"\b(?:die\s+)?verantwortung\s+(?:für\s+(.{1,60}?)\s+)?übernommen\b",
     lambda m: "claimed responsibility" + (f" for {m.group(1)}" if m.group(1) else "")),
    (r"\bübernahm(?:en)?\s+(?:die\s+)?verantwortung\b", "claimed responsibility"),
    (r"\s+für\s+sich\b", ""),
    (r"\büber\s+(?=(?:welche\w*|die|eine\w*|den|das)\s+(?:\w+\s+)?(?:nachrichtenagentur|agentur|app|kanal)\b)",
     "through "),
    # asking: age, number, time, kind, name, whom, whence
    (r"\bwie\s+alt\b", "how old"), (r"\bwie\s*viele\s+male?\b", "how many times"), (r"\bwie\s+oft\b", "how often"),
    (r"\b(?:um\s+wie\s*viel\s+uhr|um\s+welche\s+uhrzeit|zu\s+welcher\s+uhrzeit)\b", "at what time"),
    (r"\bwie\s*viele\b", "how many"), (r"\bwie\s*viel\b", "how much"), (r"\bwie\s+lange?\b", "how long"),
    (r"\bseit\s+wann\b", "since when"),
    (r"\bwie\s+(heißt|hieß)\s+(er|sie)\b(?!\s+\w)", lambda m: "what %s %s name" % (
        "was" if "ie" in m.group(1).lower() else "is", "his" if m.group(2).lower() == "er" else "her")),
    (r"\bwie\s+heißt(?=\s+\w)", "what is the name of"), (r"\bwie\s+hieß(?=\s+\w)", "what was the name of"),
    (r"\bwie\s+heißen(?=\s+\w)", "what are the names of"),
    (r"\bwie\s+laute(?:t|te)\b", "what is"), (r"\bwas\s+heißt\s+(.+?)(\s*[?.!]*)$", r"what does \1 mean\2"),
    (r"\bwas\s+für\s+(?:ein(?:e|en|em|er)?\s+)?|\bwelche[rsnm]?\s+art\s+(?:von\s+)?", "what kind of "),
    (r"\bals\s+einzeltäter\b", "alone"),
    # a verb's own preposition, left out ("an welchen Fall erinnert": which case recalls)
    (rf"\b(?:an|auf)\s+((?:welche\w*|wessen|was\s+für)\s+(?:\S+\s+){{0,2}}?|wen\s+|wem\s+)(?={_OWN})", r"\1"),
    (rf"\b({_OWN}|h[äa]lt\w*|hielt\w*)((?:\s+(?!(?:und|oder|dass|als)\b)[^\s,?.!]+){{0,5}}?)\s+(?:an|auf|für)\b",
     r"\1\2"),
    # owning ("welcher Firma gehört": which company owns; "wem gehörte das iPhone": whose)
    (r"\bwelche(m\s+\S+|r\s+\S+(?:[ae]|ung|ei|ion))\s+gehör(t|te)\b(?![^,?]*\san\b)",
     lambda m: f"which {m.group(1)[2:]} own" + ("s" if m.group(2) == "t" else "ed")),
    (r"\bwem\s+gehör(t|te)\s+(?:das|die|der|den)\s+([^\s,?.!]+)(?=\s*[?.!]*$)",
     lambda m: f"whose {m.group(2)} {'is' if m.group(1) == 't' else 'was'} it"),
    (r"(?<=\S\s)gehör(t|te)\s+(?:dem|der|den)\b(?![^,?]*\san\b)",
     lambda m: "belong%s to the" % ("s" if m.group(1) == "t" else "ed")),
    (r"\ban\s+welche[mn]\b", "on which"), (r"\bwem\s+gehör(?:t|en)\b", "who owns"), (r"\bwem\s+gehörte\b", "who owned"),
    (r"\b(?:mit\s+)?wem\s+(hat|hatte)\s+(.{1,40}?)\s+(?:eine\s+|die\s+)?(?:nachrichte?n?\s+)?(?:geschrieben|geschickt|"
     r"gesendet|gechattet)\b", r"whom \1 \2 messaged"),
    (r"\b(mit|an|für|über|von|zu|bei|gegen)\s+(?:wem|wen)\b", lambda m: _WHOM[m.group(1).lower()] + " whom"),
    (r"\bwoher\b([^,;?.!]*?)(?=\s*(?:[,;?.!]|$))", r"where\1 from"),
    (r"\bwo\b([^,;?.!]*?)\s+her(?=\s*(?:[,;?.!]|$))", r"where\1 from"),
    (r"\b(will|wollte|wollen|wollten|verlangt|verlangte|fordert|forderte)\b((?:\s+[\w'’-]+){1,4}?)\s+von\b",
     r"\1\2 from"),
    (r"\bwas\s+(hat|hatte)\s+(.{1,40}?)\s+mit\s+(.{1,40}?)\s+zu\s+tun\b", lambda m: "what %s %s have to do with %s" % (
        "does" if m.group(1).lower() == "hat" else "did", m.group(2), m.group(3))),
    (r"\b(meint|meinte)\b((?:\s+[\w'’-]+){1,3}?)\s+mit\b", r"\1\2 by"), (r"\bgibt\s+es\b", "is there"),
    (r"\bgab\s+es\b", "were there"), (r"\bes\s+gibt\b", "there is"),
    (r"\bes\s+gab\b", "there were"), (r"\b(?:stimmt\s+es|ist\s+es\s+wahr)\s*,?\s*dass\b", "is it true that"),
    (r"\bwas\s+(?:ist|war)\s+mit\s+(.{1,40}?)\s+(?:passiert|geschehen)\b", r"what happened to \1"),
    (r"\bwas\s+(?:ist|war)\s+(?:\w+\s+){0,2}?(?:passiert|geschehen)\b", "what happened"),
    (r"\bums\s+leben\s+(?:gekommen|kamen|kam|kommen)\b", "died"), (r"\bzu\s+tode\b", "to death"),
    # what it is about ("worum ging es", "der Fall, um den es ging"); "bezeichnete ... als" (as)
    (r"\b(?:worum|um\s+(was|(?:welche\w*|wessen)(?:\s+\S+){1,3}?))\s+(geh|ging)t?\s+es(\s+(?:in|im|bei|beim)\s+"
     r"(?:(?:dem|der|den|the)\s+)?([^?.!,]+?)(?=\s*[?.!]*$))?", lambda m: f"what {_IS[m.group(2).lower()]} the "
     f"{m.group(4)} about" if m.group(4) and not m.group(1) else
     f"{m.group(1) or 'what'} {_IS[m.group(2).lower()]} it about{m.group(3) or ''}"),
    (r",\s*um\s+d(?:en|ie|as)\s+es\s+((?:\S+\s+){0,3}?)(geh|ging)t?\b",
     lambda m: f", that it {_IS[m.group(2).lower()]} about {m.group(1)}"),
    (r"\b(?:es\s+(geh|ging)t?|(geh|ging)t?\s+es)\s+((?:\S+\s+){0,3}?)um\b",
     lambda m: (f"it {_IS[m.group(1).lower()]}" if m.group(1) else f"{_IS[m.group(2).lower()]} it")
     + f" {m.group(3)}about"),
    (r"\b(streit\w*)\s+um\b", r"\1 about"),
    (r"\bwas\s+(stand|steht)\s+(?=in\b|im\b)", lambda m: "what %s written " % (
        "is" if m.group(1).lower() == "steht" else "was")),
    (r"\b((?:bezeichn|beschr[ei]+b|nannte|nennt|sah|sieht|galt|gilt|handelt)\w*)\b([^,?.!]*?)\s+als\b", r"\1\2 as"),
    # time and place ("am Mittwoch", "vor zwei Jahren", "am Ende", "bei dem Anschlag")
    (r"\bam\s+(?=(?:\w+tag|mittwoch|wochenende|\d)\b)", "on "),
    (r"\bam\s+ende\b|\bzum\s+schluss\b|\bletzten\s+endes\b|\bletztendlich\b|\bschlussendlich\b|\bschließlich\b",
     "in the end"),
    (r"\bkurz\s+(?=(?:vor|bevor|nach)\b)", "shortly "),
    (r"\bvor\s+(\S+\s+(?:jahren|monaten|wochen|tagen|stunden|minuten))\b", r"\1 ago"), (r"\bum\s+(?=\d)", "at "),
    (rf"\bbeim\s+(?={_EVENT})", "in the "), (rf"\bbei\s+(?=(?:dem|einem|diesem|den|the)\s+{_EVENT})", "in "),
    (r"\bnoch\s+nicht\b", "not yet"),
    (r"\bschon\s+(?:mal|einmal)\b", "ever"),
    (r"\büber\s+(?=(?:die\s+|the\s+)?(?:westminster\s+)?(?:brücke|bridge)\b)", "across "),
    # "um ... zu" (to read), also inside a separable verb ("abzuhören"); "man" (they) beside its verb
    (r"\b(ab|an|auf|aus|ein|fest|heraus|mit|zu|zurück)zu(\w+en)\b",
     lambda m: "zu " + ("" if (m.group(1) + m.group(2)).lower() not in _GERMAN else m.group(1)) + m.group(2)),
    (r"\bum\s+((?:\S+\s+){0,4}?)zu\s+(\w+n)\b", r"to \2 \1"),
    (r"\b([\w'’]+)\s+man\b", lambda m: m.group(1) + (" they" if m.group(1).lower() in _VERB_FORMS or re.fullmatch(
        _MODAL_DE, m.group(1).lower()) else " man")), (rf"\bman\s+(?=(?:{_MODAL_DE})\b)", "they "),
    (r"\bzum\s+(?=islam\b)", "to "),
    # "Was" before its verb (what), before the separable verbs make the verb English
    (r"^(\s*(?:(?:und|aber|also)\s+)?)was\b", lambda m: m.group(1) + "what" if _was_german(m.string) else m.group(0)),
    # separable verbs; "werden" after a participle (be), "worden" (left out), "sein" last (be)
    ("SEPARABLE", _separated),
    (r"\b([\w'’-]+)\s+(werden|worden)\b", _passive), (r"\bsein(?=\s*(?:[?.!,]|$))", "be"),
    # a relative pronoun after a comma; "das" last or before a verb (that)
    (r"(,\s*)(?:(mit|über|an|auf|von|bei|in|für|gegen|durch)\s+)?(d(?:e[rmn]|ie|as|enen))\s+(?=([\w'’-]+)([^,?.!]*))",
     _relative),
    (r"\bdas(?=\s*(?:[?.!,]|$))", "that"), (r"\bdas\s+([\w'’-]+)", _das),
], prepare=lambda p: _typed(p) if p != "SEPARABLE" else _typed(
    r"\b(%s)\b((?:\s+(?!(?:und|oder|aber|dass|weil|wenn|ob)\b)[^\s,.?!]+){0,6}?)\s+(%s)(?=\s*(?:[?.!,;]|$))" % (
        "|".join(sorted({v for v, _ in _SEPARABLE}, key=len, reverse=True)),
        "|".join(sorted({p for _, p in _SEPARABLE}, key=len, reverse=True)))))

# -- English order --

# the English verbs of the glossary, and the bare verb of each past, third person and participle
_FORMS = {b: _english(b) for b in {*_WEAK.values(), *_STRONG.values(), "belong", "vote", "want", "bear", "have", "mean",
                                                                   "message"}}
_PAST, _THIRD, _PARTICIPLE = ({f[k]: b for b, f in _FORMS.items()} for k in (1, 0, 2))
# participles "ist" makes active ("ist gestorben": died), and states ("ist verschlüsselt": is encrypted)
_ACTIVE_WITH_IS = frozenset("died happened come gone fled stayed driven run moved grown up resigned converted".split())
_STATES = frozenset("encrypted called known owned used banned hidden".split())
_AUX, _MODAL = "has|have|had|is|are|was|were|will", "can|could|must|should|may|would|will|wants|want|wanted|had to"
_CLAUSE = r"that|who|whom|which|whether|because|if|when|is|are|was|were|has|have|had"
_KEEP = _CLAUSE + "|and|or|but"
_CONJ = r"that|whether|if|because|when|while|although|before|after|so that|until|\w+·which"
# what a question asks, with the noun it asks of ("which car", "how many people", "at what time")
_Q = (r"(?:(?:at|on|in|with|by|from|to|for|about|of|after|before|since|until|through|according\s+to)\s+)?"
      r"(?:(?:which|what(?:\s+kind\s+of)?|whose|how\s+many|how\s+much)(?:\s+(?!(?:%s|%s)\b)[\w'’-]+){0,2}|who|whom|"
      r"what|when|where|why|how(?:\s+(?:old|long|often))?)(?:\s+(?:exactly|really|actually))?" % (_AUX, _MODAL))
# who or what may be a subject: a pronoun, a name ("Amber Rudd", "FBI"), or a noun after its article
_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[a-z'’.-]+)*"
_SUBJECT = (rf"(?:he|she|they|we|you|I|it|one|(?:the|this|that|his|her|their|its|a|an)\s+(?:(?:%s|two|three)\s+)*"
            rf"(?:police officers?|news agency|Home Secretary|(?:intelligence|security) services?|"
            rf"(?:(?-i:[A-Z])[\w'’-]*\s+(?!(?:the|a|an|for|of|to|in|on|at|by|about|with|from|against|after|before|and|"
            rf"or)\s))?(?-i:[a-z][\w'’-]*)|[\w'’-]+)"
            rf"(?:\s+of\s+(?:the\s+|an?\s+)?(?:{_NAME}|[\w'’-]+))?|{_NAME})(?![\w'’-])"
            % "|".join(sorted({e for e in _ADJECTIVES.values() if " " not in e})))
_PARTICIPLES = "|".join(sorted(map(re.escape, _PARTICIPLE), key=len, reverse=True))
_BARE = "|".join(sorted(_FORMS, key=len, reverse=True))
_FINITE = "|".join(sorted({*_PAST, *_THIRD} - {"was", "had", "is", "has", "is called", "was called"}, key=len,
                           reverse=True))
# a word in small letters may be a name typed so ("rudd"), but no preposition, adverb or verb
_NOT_SUBJECT = (r"about|against|on|in|at|with|for|from|to|of|by|before|after|during|since|until|through|really|"
                r"exactly|also|already|still|not|never|alone|there|then|now|only|just|ever|shortly|" + _BARE)
# the things "which" asks of that are no subject ("which car did Masood rent", not "which agency reported")
_THINGS = frozenset("""car vehicle phone app law laws message messages knife weapon article headline title show name day
    time year place bridge warrant evidence source case""".split())


def _asks_subject(q: str | None, subject: tuple[str, str] | None, plural: bool) -> bool:
    """Whether the asked ``q`` is the subject ("who", "which news agency", "how many people" before "were")."""
    words = re.sub(r"\s+(?:exactly|really|actually)$", "", q or "").lower().split()
    if not words or words[0] in "at on in with by from to for about of after before through".split():
        return False
    if words == ["who"] or subject is None:
        return True
    if words[0] in ("which", "what", "whose") and len(words) > 1:
        return words[-1] not in _THINGS
    return words[:2] == ["how", "many"] and plural


def _join(*parts: str | None) -> str:
    return re.sub(r"\s+(?=[,;:])|(?<=\s)\s+", "", " ".join(p.strip() for p in parts if p and p.strip()))


def _subject_of(middle: str) -> tuple[str, str, str] | None:
    """The subject opening ``middle``, its adverbs ("really", put before the verb), and the rest."""
    m = re.match(rf"({_SUBJECT}|(?!(?:{_NOT_SUBJECT})\b)[a-z][\w'’-]*(?![\w'’-]))((?:\s+(?:really|actually|already|"
                 rf"ever|also|still|just))*)(.*)$", middle.strip())
    return (m.group(1), m.group(2), m.group(3)) if m else None


def _not(middle: str) -> tuple[str, str]:
    """A last "not" of ``middle`` ("Apple the FBI not"), which English puts before the verb."""
    m = re.match(r"^(.*?)\s*\b(not|never|not yet)$", middle.strip())
    return (m.group(2), m.group(1)) if m else ("", middle)


def _plural(subject: str) -> bool:
    return bool(re.fullmatch(r"you|they|we|I|(?:the|these|their)\s.*(?:[a-z](?<!ss|us)s|police|people)", subject))


def _perfect(body: str) -> str:
    """A participle after its auxiliary ("who has the article written" → "who wrote the article")."""
    m = re.match(rf"^(?:(?P<q>{_Q})\s+)?(?P<aux>{_AUX})\s+(?P<mid>(?:(?!\b(?:{_CLAUSE})\b).)*(?:\b(?:that|this|it)\s+)?"
                 rf")\s*(?<![\w'’-])(?<!the\s)(?<!\ba\s)(?P<pp>{_PARTICIPLES})(?![\w'’-])(?P<rest>.*)$", body, re.I)
    if not m:
        return body
    q, aux, pp, rest = m.group("q"), m.group("aux").lower(), m.group("pp").lower(), m.group("rest")
    neg, mid = _not(m.group("mid"))
    if aux == "will":
        if pp in _FORMS:   # "wird ... lesen" will read (``_modal``); "wird ... verschlüsselt" is encrypted
            return body
        aux = "is"
    subject = _subject_of(mid)
    if q is None and subject is None:
        return body
    asked = _asks_subject(q, subject, aux in ("have", "are", "were"))
    who, adverb, after = subject or ("", "", mid)
    bare = _PARTICIPLE[pp]
    if aux in ("has", "have", "had") or pp in _ACTIVE_WITH_IS:
        if asked and not neg:
            past = _FORMS[bare][1].split()
            return _join(q, past[0], mid, *past[1:], rest)
        return _join(q, "did", None if asked else who, adverb, neg, bare, mid if asked else after, rest)
    was = {"is": "was", "are": "were"}.get(aux, aux) if pp not in _STATES else aux
    agent = re.match(r"^(.+?)\s+of\s+((?:the\s+|an?\s+)?(?:police|officers?|soldiers?|(?-i:[A-Z])).*)$", who)
    if agent and not after.strip():   # (the passive's agent: "von der Polizei" by the police)
        who, after = agent.group(1), " of " + agent.group(2)
    after = re.sub(r"^\s*of\b", "by", after)
    return _join(q, was, neg, pp, mid) + rest if asked else _join(q, was, who, adverb, neg, pp, after, rest)


def _modal(body: str) -> str:
    """An infinitive after its modal ("can the police the messages read" → "can the police read the messages")."""
    m = re.match(rf"^(?:(?P<q>{_Q})\s+)?(?P<m>{_MODAL})\s+(?P<mid>[^,]*?)\s+(?P<v>be\s+(?:{_PARTICIPLES})|{_BARE})"
                 rf"(?P<tail>\s+(?:to\s+(?:{_BARE})\b.*|(?:after|before|during|in|on|at|with|for|from)\b[^,]*))?$",
                 body, re.I)
    if not m or re.search(rf"\b(?:{_KEEP})\b|\b(?:the|a|an|his|her|to|of|on|in|at|with|for)$", m.group("mid"), re.I):
        return body
    q, modal, verb, tail = m.group("q"), m.group("m").lower(), m.group("v"), m.group("tail")
    neg, mid = _not(m.group("mid"))
    want = {"wants": "does", "want": "do", "wanted": "did", "had to": "did"}.get(modal)
    to = ("have to" if modal == "had to" else "want to") if want else ""
    if q is not None and q.lower() == "who":
        return _join(q, modal, neg, "to" if want and modal != "had to" else "", verb, mid, tail)
    subject = _subject_of(mid)
    if subject is None or not (subject[2].strip() or want or neg or subject[1]):
        return body
    who, adverb, after = subject
    if want:
        return _join(q, "do" if want == "does" and _plural(who) else want, who, adverb, neg, to, verb, after, tail)
    return _join(q, modal, who, adverb, neg, verb, after, tail)


def _verb_second(body: str) -> str:
    """A verb before its subject ("what said Rudd" → "what did Rudd say", "acted he alone" → "did he act alone")."""
    m = re.match(rf"^(?:(?P<q>{_Q})\s+)?(?P<v>{_FINITE}|do|say|want|know)\s+(?P<s>{_SUBJECT})(?P<rest>.*)$", body, re.I)
    if not m or _asks_subject(m.group("q"), (m.group("s"), "", m.group("rest")), False):
        return body
    q, verb, subject = m.group("q"), m.group("v").lower(), m.group("s")
    neg, rest = _not(m.group("rest"))
    if verb in ("did", "does", "do") and re.match(rf"\s+(?:{_BARE}|have|be)\b", rest):
        return body   # ("did" typed in English before its verb: "warum did Apple refuse")
    if verb in _THIRD:
        return _join(q, "do" if _plural(subject) else "does", subject, neg, _THIRD[verb], rest)
    if verb in _PAST:
        return _join(q, "did", subject, neg, _PAST[verb], rest)
    return _join(q, "do", subject, neg, verb, rest) if q and q.lower() in "what why how when where".split() else body


def _verb_last(body: str) -> str:
    """A clause after a conjunction or a question word, its verb last ("that IS him sent has")."""
    m = re.match(rf"^(?P<c>(?:{_CONJ}|(?>{_Q}))\s+)(?:(?P<mid>.+?)\s+)?(?P<v>(?:be\s+)?(?:{_PARTICIPLES})|{_BARE})\s+"
                 rf"(?P<aux>{_AUX}|{_MODAL})$", body, re.I)
    conj = m and re.match(rf"(?:{_CONJ})\s", m.group("c"), re.I)
    if m and not conj:
        ordered = _join(m.group("c"), m.group("aux"), m.group("mid"), m.group("v"))
        return next((o for o in (_perfect(ordered), _modal(ordered)) if o != ordered), ordered)
    if m:
        subject = _subject_of(m.group("mid") or "")
        if subject is None:
            return body
        neg, rest = _not(subject[2])
        rest = re.sub(r"^\s*of\b", "by", rest) if m.group("aux").lower() in ("was", "were", "is") else rest
        to = "to" if m.group("aux").lower() in ("wants", "want", "wanted") and m.group("v").lower() in _FORMS else ""
        return _join(m.group("c"), subject[0], m.group("aux"), subject[1], neg, to, m.group("v"), rest)
    m = re.match(rf"^(?P<c>(?:{_CONJ}|(?>{_Q}))\s+)(?P<s>{_SUBJECT})(?P<mid>(?:(?!\b(?:{_AUX}|{_MODAL})\b).)*?)\s+"
                 rf"(?P<v>{_FINITE}|is|was|are|were|has|had)$", body, re.I)
    if not m:
        return body
    c, subject, verb = m.group("c"), m.group("s"), m.group("v").lower()
    neg, mid = _not(m.group("mid"))
    if not mid and " " in subject and subject[0].isupper() and verb in ("is", "was", "are", "were"):
        subject, _, mid = subject.rpartition(" ")   # (a German noun in capitals ends a name: "that Masood Muslim was")
    if not re.match(rf"(?:{_CONJ})\s", c, re.I):
        if c.strip().lower() == "who":
            return _join(c, "did" if neg else "", neg, _PAST.get(verb, verb) if neg else verb, subject, mid)
        return _verb_second(_join(c, verb, subject, mid, neg))
    bare = _THIRD.get(verb) or (_PAST.get(verb) if c.strip().lower() == "if" else None)
    if neg and bare:   # ("wenn" asks of a present: "if WhatsApp does not cooperate")
        return _join(c, subject, "do" if _plural(subject) else "does", neg, bare, mid)
    if neg and verb in _PAST:
        return _join(c, subject, "did", neg, _PAST[verb], mid)
    return _join(c, subject, verb, neg, mid)


def _clause(body: str, first: bool) -> str:
    """One clause of ``_german_order``, without its punctuation."""
    lead = re.match(r"^(?:(?:and|but|or)\s+)?", body, re.I).group(0)
    rest = body[len(lead):]
    m = re.match(rf"^((?:{_Q})\s+)(?:has|have|had)\s+(that\s.+)\s+({_PARTICIPLES})$", rest, re.I)
    if m:   # ("Wer hat that WhatsApp is a secret place gesagt?")
        rest = f"{m.group(1)}{_FORMS[_PARTICIPLE[m.group(3).lower()]][1]} {m.group(2)}"
    for step in (_verb_last, _perfect, _modal, _verb_second):
        if step(rest) != rest:
            rest = step(rest)
            break
    # a clause inside the clause, its verb last ("did the police find evidence that IS him sent has")
    m = re.match(rf"^(.+?\s)((?:{_CONJ})\s.+)$", rest, re.I)
    rest = m.group(1) + _verb_last(m.group(2)) if m else rest
    if not first:   # "the FBI to help" after a comma: to help the FBI
        rest = re.sub(rf"^(?!(?:to|that|who|whom|which|whose)\b)(\S.*?)\s+to\s+({_BARE})$", r"to \2 \1", rest)
    rest = re.sub(rf"\b(refused?|refuses|tried|tries|needs?|needed)\s+((?:(?!\b(?:{_KEEP})\b)[^,])+?)\s+to\s+"
                  rf"({_BARE})$", r"\1 to \3 \2", rest)
    rest = re.sub(rf"\b(wants?|wanted)\s+(?!(?:help|answer|vote|call|attack|need)\b)({_BARE})\b", r"\1 to \2", rest)
    return lead + re.sub(rf"^((?:{_Q})\s+will)\s+(?=(?:the|a|an)\s)(?!.*\b(?:{_BARE})$)", r"\1 be ", rest)


def _german_order(glossed: str) -> str:
    """A German question glossed word for word, each clause in English order; "die" before an English word is
    its article ("die police", not "to die"); no comma before "that" or "to"."""
    glossed = re.sub(r"(?<!\bto\s)\b(?:die|den)\s+(?!(?:in|on|at|of|from|after|before|during|when|if|because|for|with|"
                     r"by|and|or|there|here|alone|instantly|later|soon)\b)(?=[\w'’-])", "the ", glossed)
    m = re.match(r"^(.*?)(\s*[?.!]*)$", glossed, re.S)
    parts = re.split(r"(\s*[,;:]\s*|\s+(?=(?:and|or|but)\s+(?:\w+\s+(?:he|she|they)\s|who|what|when|where|why|how|"
                     r"which|did|was|were|is|are|has|have|had)\b))", m.group(1).strip())
    out = "".join(p if k % 2 else _clause(p, k == 0) for k, p in enumerate(parts))
    out = re.sub(r"\b((?:react|answer)\w*)\s+on\b", r"\1 to", out)
    out = re.sub(r"\s*,\s+(?=(?:that|whether|who|to)\s)|\s*,\s*$", " ", out)
    out = re.sub(r"\b(shoot|shot|stab|stabbed) (dead|to death) (him|her|the \w+(?: officer)?|(?-i:[A-Z])\w+)",
                 r"\1 \3 \2", out)
    return re.sub(r"\ba(?=\s+[aeioAEIO])", "an", re.sub(r"\s{2,}", " ", out)).strip() + m.group(2).strip()


# -- marks --

# the words the idioms read, which show the language as well ("vorbestraft", "fand ... statt")
_IDIOM_WORDS = frozenset(v for w in """vorbestraft polizeibekannt reklamiert reklamierte beanspruchte übernommen statt
    fest zurück heraus nieder worum geht stimmt vergangenheit islamische islamischen islamischer staat
    vorstrafen strafregister bürgerliche geburtsname ums letztendlich schlussendlich schließlich weißt servus
    ende-zu-ende-verschlüsselt ende-zu-ende-verschlüsselung herauszugeben""".split() for v in _spellings(w))
# the words that show German: its glossed, dropped and idiom words, less the shared ones, the other English
# words ("hat", "auto", "nun", "von" of "von der Leyen", "dem" of the Democrats) and the other languages' ("es",
# "autor": Spanish; "des", "du": French; "nie": Polish; "mein", "kam": Hindi); "wie" (Dutch who) and "wo"
# (Japanese "wo") show it only opening a question (``_GERMAN_OPENING``)
_GERMAN_MARK = (frozenset(_GERMAN) | _GERMAN_DROPPED | _IDIOM_WORDS) - _GERMAN_SHARED - frozenset("""auto autos dir
    du eh er es grad halt hat ins ja kinder mal name nun oft tater taters tot tote totem toter totes von war
    ware wen dem des autor firma attentat quelle senat nie marke neu mein kam wie wo
    plant stand telefone berichten""".split())
# a question opening with a word English or Dutch has too ("War er vorbestraft?", "Wie alt", "Wo ist") shows
# German when a German verb, participle or word of its frame follows
_GERMAN_OPENING = re.compile(
    r"^\s*(?:(?:und|aber)\s+)?(?:(?:wie|wo)\s+(?=(?:ist|sind|hat|hatte|wurde|wurden|kann|wird)\b)|wie\s+(?=alt|viele?|"
    r"lange?|oft|hei(?:ß|ss?)t|hie(?:ß|ss?)|laute)|wo\s+(?=(?:war|waren|lebte|wohnte|genau)\b)|(?:war|hat|was|will)"
    r"(?:\s+(?:will|hat|war))?\s+(?-i:die|der|das|den|dem|ein|eine|er|sie)\s|(?:war|hat|was|will|die)\s+(?=(?:[^?]*\s)?"
    r"(?:ge[a-zäöüß]{3,}(?:t|en)\b|vorbestraft|lesen|verbieten|zwingen|knacken|entsperren|machen|tun|sagen|einführen|"
    r"(?-i:wer|wie|wann|warum|nicht|und|oder|der|das|dem|ein|eine|einen|ist|sind|schon|noch)\b)))", re.I)


class _Opening:
    """The openings that show German however few its other words."""
    match = staticmethod(lambda question: bool(_GERMAN_OPENING.match(question)) or _was_german(question))


GERMAN = Language(_GERMAN_IDIOMS, _GERMAN, _GERMAN_DROPPED, _GERMAN_MARK, reorder=_german_order, shared=_GERMAN_SHARED,
                  opening=_Opening())
