"""Ukrainian mixed into English questions, read in English.

Ukrainians type a question's frame in Ukrainian, mostly in Latin letters as in chats, each spelling as he
likes ("khto/hto/xto napysav the article?", "shcho/scho/sho skazala Rudd pro WhatsApp?"), some in Cyrillic.
So each word is listed once, in a strict Latin spelling read into Cyrillic (``_cyrillic``), its chat
spellings made from the Cyrillic (``_latin``), and the idioms, in Cyrillic, match either script
(``_pattern``). The words a question needs most are spelled apart from Russian ("khto", "shcho", "koly",
"skilky", "chy", "buv"); those spelled alike ("pered", "skazala") show neither. Ukrainian has no articles,
declines nouns and names ("u Masooda") and often puts the verb first ("shcho skazala Rudd": what did Rudd
say), which ``_ukrainian_order`` puts in English order.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from itertools import product

from qabot import languages
from qabot.languages import Idioms, Language

# the Latin letters chats type for each Cyrillic one ("г" as "h" or "g", "х" as "kh", "h" or "x", "ч" as "4")
_LETTERS = {c: tuple(latin.split(",")) for c, latin in (pair.split(":") for pair in """а:a б:b в:v г:h,g ґ:g д:d е:e
    є:ye,ie,je,e ж:zh,j з:z и:y,i і:i ї:yi,i,ji й:y,i,j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh,h,x ц:ts,c
    ч:ch,4 ш:sh щ:shch,sch,sh ь:,' ю:yu,iu,ju я:ya,ia,ja ':,'""".split())}


# the strict Latin spelling of the words listed ("shch" щ, "ja" я, "'" ь, "`" an apostrophe, "|" parting "z|h",
# зг): half the bytes of Cyrillic
_CYRILLIC = {**dict(zip("abvhgdezyijklmnoprstufc'`", "абвгґдезиійклмнопрстуфць'")), "shch": "щ", "zh": "ж", "kh": "х",
             "ch": "ч", "sh": "ш", "je": "є", "ji": "ї", "ju": "ю", "ja": "я", "|": ""}


def _cyrillic(word: str) -> str:
    """A word in its strict Latin spelling, in Cyrillic ("skazav": сказав, "statt'ju": статтю)."""
    return re.sub(r"shch|[zkcs]h|j[eiua]|.", lambda m: _CYRILLIC.get(m.group(0), m.group(0)), word)


def _latin(word: str) -> set[str]:
    """The Latin spellings of a Cyrillic ``word`` ("хто": khto, hto, xto)."""
    return {"".join(p) for p in product(*(_LETTERS.get(c, (c,)) for c in word))}


def _pattern(p: str) -> str:
    """An idiom written in Cyrillic, matching it as typed in either script ("скільки": skilky, skil'ki);
    what is in a character class ("[\\w'’-]") stays as it is."""
    out, in_class = [], False
    for k, c in enumerate(p):
        in_class = (in_class or c == "[" and p[k - 1:k] != "\\") and not (c == "]" and p[k - 1:k] != "\\")
        out.append(c if in_class or c not in _LETTERS else "(?:%s)" % "|".join((c, *_LETTERS[c], *"’ʼ" * (c == "'"))))
    return "".join(out)


def _table(text: str, past: bool = False) -> dict[str, str]:
    """Words in Cyrillic and their English from "form form=English; ...", the first listed keeping its own;
    "jak~" is an adjective's stem (який, яка ...), and with ``past`` a masculine past gives the others."""
    out: dict[str, str] = {}
    for entry in text.split(";"):
        forms, english = entry.split("=")
        for form in forms.split():
            form = _cyrillic(form)
            ends = ("ий а е і ого ої ому ій им ими их у ою" if form.endswith("~") else
                    "ся лася лась лося лось лися лись" if past and form.endswith("вся") else
                    "в ла ло ли" if past and form.endswith("в") else "").split() or [""]
            stem = form.rstrip("~")[:-3 if ends[0] == "ся" else -1 if ends[0] == "в" else None]
            for end in ends:
                out.setdefault(stem + ("в" if end == "ся" else "") + end, " ".join(english.split()))
    return out


# -- words ------------------------------------------------------------------------------------

# the verbs, by their masculine past, then in their other forms
_VERBS = {**_table("""
    skazav kazav hovoryv=said; zajavyv=stated; povidomyv=reported; vidpoviv=answered; vidreahuvav=responded;
    prokomentuvav=commented; rozpoviv=told; nazvav=called; napysav pysav=wrote; vbyv ubyv=killed; zahynuv=died;
    poranyv=injured; vdaryv=hit; zarizav zakolov=stabbed; zastrelyv=shot; striljav=fired; napav atakuvav=attacked;
    jikhav=drove; v`jikhav zajikhav=drove into; najikhav zbyv=ran over; orenduvav=rented; vynajnjav=hired; vykorystav
    vykorystovuvav=used; vymahav=demanded; khotiv=wanted; prosyv poprosyv=asked for; zaklykav=called for; prodav=sold;
    zaproponuvav proponuvav=proposed; pidpysav=signed; proholosuvav=voted; znav=knew; diznavsja z`jasuvav=found out;
    prochytav chytav=read; vidkryv=opened; rozblokuvav=unlocked; zlamav=hacked; otrymav=got; nadislav vidpravyv
    nadsylav=sent; zhyv prozhyvav meshkav=lived; narodyvsja=was born; zaareshtuvav=arrested; zatrymav=detained;
    dijav=acted; spivpracjuvav=cooperated; vidmovyvsja=refused; zupynyv=stopped; prykhovuvav=hid; zmusyv=forced;
    zaboronyv=banned; zrobyv robyv=did; zaplatyv platyv=paid; kupyv=bought; koshtuvav=cost; zarobljav=earned;
    volodiv=owned; pokhodyv=came from; pryjikhav=came; pracjuvav=worked; zustrivsja=met; holosuvav=voted; vyhrav=won;
    lystuvavsja perepysuvavsja=texted; spilkuvavsja=communicated; zv`jazuvavsja kontaktuvav=contacted; podzvonyv=phoned;
    pryznachyv=appointed; stav=became; dav=gave; zvynuvatyv=charged; zvil'nyv=fired; pohodyvsja=agreed;
    peredav=handed over; ukhvalyv pryjnjav=passed; opublikuvav=published; pidtrymav=supported; tryvav=lasted;
    stezhyv=monitored; rozsliduvav=investigated; stavsja trapyvsja vidbuvsja=happened; mav=had; buv=was""",
    past=True), **_table("""
    buly=were; pomer vmer pomerla vmerla pomerly=died; znajshov znajshla znajshly=found; pryjshov pryjshla=came; mih
    mohla mohlo mohly=could; zapobih zapobihla=prevented; dopomih dopomohla=helped; peremih peremohla=won; kazhe
    hovoryt'=says; kazhut'=say; pyshe=writes; khoche=wants; khochut'=want; vymahaje=demands; vymahajut'=demand;
    znaje=knows; znajut'=know; zhyve=lives; vykorystovuje=uses; vykorystovujut'=use; vidmovljajet'sja=refuses;
    spivpracjuje=cooperates; spivpracjujut'=cooperate; prykhovujut' khovajut'=hide; shyfruje=encrypts; volodije=owns;
    pracjuje=works; koshtuje=costs; dumaje vvazhaje=thinks; stajet'sja=happens; zustrinet'sja=will meet; robyt'=does;
    proponuje=proposes; potrebuje=needs; stezhyt' stezhat'=monitor; pidtrymuje=supports; pidtrymujut'=support;
    skazaty=say; napysaty=write; chytaty prochytaty=read; vidkryty=open; rozblokuvaty=unlock; zlamaty=hack;
    otrymaty=get; nadislaty=send; spivpracjuvaty=cooperate; dopomohty=help; zapobihty=prevent; zupynyty=stop;
    prykhovuvaty=hide; zmusyty=force; zaboronyty=ban; zrobyty robyty=do; znaty=know; znajty=find; vbyty=kill;
    zaplatyty=pay; kupyty=buy; peredaty=hand over; daty=give; vykorystovuvaty=use; maty=have; buty=be; vbyt~
    vbyto=killed; poranen~ poraneno postrazhdaly postrazhdalykh=injured; zaareshtovan~ zaareshtovano=arrested; zatryman~
    zatrymano=detained; zastrelen~=shot dead; zashyfrovan~ zashyfrovano=encrypted; napysano=was written;
    napysan~=written; dovho=long; daje=gives; dajut'=give; pobuduvaty=build; zmozhe zmozhut'=can; opublikovan~
    opublikovano=published; orendovan~=rented; zasudzhen~=convicted; narodzhen~=born; je=is; bude budut'=will; mozhe
    mozhut' mozhna=can; maje=has; majut'=have; povynen povynna povynni musyt'=must; treba potribno=need; potriben
    potribn~=needed""")}

# the asking, in its cases
_ASKING = _table("""
    khto=who; koho=whom; komu=to whom; kym=by whom; shcho=what; choho chym=what; koly=when; de kudy=where;
    zvidky=from where; chomu navishcho nashcho=why; skil'ky=how many; jak=how; jak~=what; kotr~=which; chyj chyja chyje
    chyji chyjoho chyjeji=whose; chy=whether""")

# prepositions, pronouns, joining words, negation, time and place
_SMALL = _table("""
    v u=in; na=on; z iz zi=with; do=to; vid=from; dlja=for; pro shchodo=about; pislja=after; pered=before; pid=under;
    cherez=because of; bez=without; za=for; po=on; mizh=between; proty=against; bilja=near; o ob=at; ja=I; mene meni=me;
    my=we; nas nam=us; vy vas vam ty tebe tobi=you; vin=he; vona=she; vono=it; vony=they; joho=his; jiji=her; jikh
    jikhnij jikhnja jikhni=their; jomu nym n'oho=him; jij neju neji=her; jim nymy nykh=them; svij svoja svoje svoji
    svoho svojeji svoju=his own; mij moja moje moji=my; cej cja ce ci c'oho cijeji cju cym cykh=this; toj te ti toho
    tijeji tu tykh=that; khtos' kohos' komus'=someone; shchos'=something; nikhto=nobody; nichoho=nothing; vsi usi=all;
    vse use=everything; insh~=other; i j ta a=and; ale=but; abo=or; bo=because; jakshcho jakby=if; shchob=to; takozh
    tezh=also; tomu=so; ne=not; ni=no; nikoly=never; nemaje nema=there is no; sam sama samotuzhky=alone; odyn odna=one;
    tochno same=exactly; spravdi dijsno naspravdi=really; til'ky lyshe=only; ranishe=before; potim todi=then; zaraz=now;
    vzhe=already; shche dosi=still; tam=there; tut=here; s'ohodni=today; vchora=yesterday; zreshtoju nareshti=finally;
    vpershe=first; ostannij ostannja ostannje=last; persh~=first; spravzhnij spravzhnje spravzhnja=real; vidom~=known;
    pravda=true; kryminal'n~=criminal; nov~=new; brytans'k~=British; islams'k~=Islamic""")

# the nouns of the story, in the cases typed ("статтю", "у нападника")
_NOUNS = _table("""
    napad napadu napadi napadom ataka ataky ataku terakt teraktu=attack; napadnyk napadnyka napadnyku
    napadnykom=attacker; napadnyky napadnykiv=attackers; teroryst terorysta=terrorist; terorysty terorystiv=terrorists;
    zlochynec' zlochyncja=perpetrator; vbyvcja=killer; policija policiji policiju policijeju=police; policejs'ki
    policejs'kykh=police officers; policejs'k~ policijant policijanta=police officer; mist mostu mosti mostom=bridge;
    mashyna mashynu mashyny mashynoju mashyni avtomobil' avtomobilja avtomobilem avto=car; pishokhody pishokhodiv
    pishokhoda=pedestrians; ljudy ljudej ljudjam=people; ljudyna ljudyny=person; zhertvy zhertv=victims; zahybli
    zahyblykh=dead; druzhyna druzhynu=wife; sim`ja rodyna=family; dity ditej=children; nizh nozha=knife; zbroja zbroji
    zbroju=weapon; pistolet=gun; soldat soldata vijs'kov~=soldier; rik roku=year; roky rokiv=years; vik viku=age; den'
    dnja dni dniv=day; tyzhden' tyzhnja=week; misjac'=month; nedilja nedilju nedili=Sunday; sereda seredu
    seredy=Wednesday; chas chasu=time; khvylyn khvylyny=minutes; hodyn hodyny=hours; im`ja imeni=name; stattja statti
    stattju statteju=article; novyna novyny=news; zaholovok zaholovku=headline; nazva nazvu=title; avtor avtora avtorom
    avtorka=author; zhurnalist zhurnalista zhurnalistka=journalist; prohrama prohramy prohrami prohramu peredacha
    peredachi=programme; shou=show; interv`ju=interview; hazeta hazety hazeti=newspaper; urjad urjadu=government;
    ministr ministra ministrom=minister; zakon zakonu zakonom=law; zakony zakoniv=laws; order ordera=warrant; dozvil
    dozvolu=permission; sud sudu=court; povidomlennja povidomlen'=messages; povidomlenni=message; lystuvannja
    perepyska=messages; zlom zlamu=hacking; rozblokuvannja=unlocking; zastosunok zastosunku dodatok dodatku=app;
    zastosunky dodatky=apps; kompanija firma=company; kompaniji kompanij=companies; sluzhby sluzhb=services; rozvidka
    rozvidky=intelligence; bezpeka bezpeky=security; dokazy dokaziv=evidence; hrupa hrupy uhrupovannja=group; ahentstvo
    ahentstva=agency; telefon telefonu=phone; ajfon ajfona=iPhone; shyfruvannja=encryption; tajemn~ sekretn~=secret;
    misce miscja miscem=place; misto mista=city; krajina krajiny=country; konvert=envelope; dostup dostupu=access;
    motyv=motive; vlasnyk vlasnyka=owner; marka marky marku=make; model'=model; zmist=content; relihija
    relihiji=religion; islam islamu=Islam; musul'manyn musul'manynom=Muslim; robota robotu=job; profesija=occupation;
    partija partiji=party; cina cinu=price; shtraf=fine; zustrich zustrichi=meeting; vidpovid' vidpovidi=response;
    zajava zajavu=statement; hroshi hroshej=money; informacija informaciju=information; prezydent prezydenta=president;
    vybory vyborakh=election; respublikanci respublikanciv=Republicans; superechka superechky=dispute;
    ukaz=executive order; demokraty=Democrats; konhres=Congress; senat=Senate; stina stinu=wall""")

_WORDS = {**_ASKING, **_VERBS, **_SMALL, **_NOUNS}
# Latin spellings of no use: English words ("she": ще, "use": усе, "toy": той, "ii": її), German and French ("ja", "je")
_NOT_LATIN = frozenset("ii ji im jim ie je ja she use dali mig nim prosit ix nix toy tu coho jive jogo y j e".split())
# every Latin spelling, the first word listed keeping it ("ti": ти, you, before ті, those)
_LATIN = {latin: english for word, english in reversed(list(_WORDS.items())) for latin in _latin(word)
          if latin not in _NOT_LATIN}
# chat spellings the letters do not make
_CHAT = {"shco": "what", "chomy": "why", "skiki": "how many", "ssha": "US", "шо": "what"}
# names in Cyrillic by their stems, which take the case endings ("Масуда", "Обамі")
_NAMES = {_cyrillic(name): english for name, english in (pair.split(":") for pair in """masud:Masood khalid:Khalid
    radd:Rudd ember:Amber tramp:Trump komi:Comey obam:Obama epl:Apple eppl:Apple fbr:FBI votsap:WhatsApp
    vatsap:WhatsApp london:London ssha:US vestminster:Westminster putin:Putin klinton:Clinton birminhem:Birmingham
    ajfon:iPhone telehram:Telegram fejsbuk:Facebook""".split())}
# the words the idioms read ("yak yoho zvaly", "vzyala vidpovidalnist", "sudymist")
_IDIOM_WORDS = """zvaly zvut' nazyvajet'sja nazyvavsja nazyvalasja takyj taka taki stalosja trapylosja kotrij hodyni
    raziv vidkoly prychyny nalezhyt' nalezhav orendu naprokat vidpovidal'nist' sudymist' sudymosti vnutrishnikh
    sprav naskrizne derzhava derzhavy idil specsluzhby vestminsters'kyj vestminsters'komu rodom vici vidstavku
    kinci pidsumku rezul'tati slovamy z|hidno oskil'ky nozhem""".split()
_IDIOM_WORDS = [_cyrillic(word) for word in _IDIOM_WORDS]
_READ = frozenset(_IDIOM_WORDS) | frozenset(latin for word in _IDIOM_WORDS for latin in _latin(word))
# words of talk, left out
_DROPPED_WORDS = """nu os' ot vzahali djakuju skazhit' skazhy pidkazhit' cikavo blin typu koroche zhe zh prosto khlopci
    druzi pryvit vitaju slukhajte mabut' oto khiba aha laska tobto vlasne roci""".split()
_DROPPED_WORDS = [_cyrillic(word) for word in _DROPPED_WORDS]
_UKRAINIAN_DROPPED = frozenset(_DROPPED_WORDS) | frozenset(
    latin for word in _DROPPED_WORDS for latin in _latin(word)) - frozenset("ot os oto typu zhe j prosto".split())

# the glossary: the Latin spellings, the Cyrillic words (an apostrophe typed as "’" or "ʼ" too), the names
_UKRAINIAN = {**_LATIN, **_CHAT, **{w.replace("'", q): e for q in "'’ʼ" for w, e in _WORDS.items()},
              **{w + end: e for w, e in _NAMES.items() for end in ("", "а", "у", "ом", "ові", "і", "и", "ою")}}

# the Latin spellings that are English words ("de" as in "de Blasio"), glossed only before a word of Ukrainian or
# a name: "i Trump" (and Trump), "de vin zhyv" (where he lived), but "a WhatsApp message", "my phone" stay
_UKRAINIAN_SHARED = frozenset("a i do my de ye same den mist sud order".split())

# the words that show Ukrainian: its words that are no English word ("vin", "yak") nor another language's (those
# of ``languages``: Russian "pered", Polish "zrobila"; Italian "nei"), but "sho", the commonest spelling of "що",
# Arabizi's too (an Arabizi question with its "sho" shows Ukrainian twice, Arabizi more, and a tie is Arabizi's)
_OTHERS = [value for module in pkgutil.iter_modules(languages.__path__) if module.name != __name__.split(".")[-1]
           for value in vars(importlib.import_module(f"qabot.languages.{module.name}")).values()
           if isinstance(value, Language)]
_UKRAINIAN_MARK = frozenset(w for w in {*_UKRAINIAN, *_UKRAINIAN_DROPPED, *_READ} if len(w) > 2 or w[0] > "z") - \
    _UKRAINIAN_SHARED - frozenset().union(*(set(other.words) | other.marks | other.dropped for other in _OTHERS)) - \
    frozenset("""pro tam tut tak yak vin rik sam sama nas vas mene ale moi nova nove mala model firma marka gazeta
    programa ministra togo nam kim nei dati oto typu vid koli aha aga malo cina moje nema usi pistolet
    schob""".split()) | {"sho"}

# -- idioms -----------------------------------------------------------------------------------

_NAME = r"(?-i:[A-Z])[\w'’-]*"
_OWNER = r"нього|неї|них|поліції|уряду|нападника|" + _NAME
# the story's names typed with a Ukrainian case ending ("Masooda", "Ruddy", "Obami"); others but a dative "-ovi"
_DECLINED = r"Masood|Khalid|Rudd|Trump|Comey|Putin|Clinton|Apple|WhatsApp|Westminster|Amber|iPhone"


def _person(word: str, he: str = "he") -> str:
    """Whom a pronoun stands for ("неї", "їй": she, "них": they, else ``he``), or whose ("її": her)."""
    english = _UKRAINIAN.get(word.lower(), "")
    return ("her" if he == "his" else "she") if english in ("her", "she") else \
        ("their" if he == "his" else "they") if english in ("them", "their", "they") else he


def _had(m: re.Match) -> str:
    """"chy buv u nyoho", "u Masooda bula": did he have, did Masood have."""
    who, english = m.group("who"), _UKRAINIAN.get(m.group("who").lower(), "")
    who = who if who[0].isupper() else _person(who) if english in ("him", "her", "them") else "the " + english
    return f"{'does' if m.group('now') else 'did'} {who} have"


def _back(m: re.Match) -> str:
    """A Cyrillic word no idiom read nor the glossary knows, in Latin letters."""
    word = m.group(0)
    if word.lower() in _UKRAINIAN or word.lower() in _UKRAINIAN_DROPPED:
        return word
    latin = "".join(_LETTERS.get(c, (c,))[0] for c in word.lower())
    return latin.capitalize() if word[0].isupper() else latin


# nouns that own the next one in the genitive ("avtor statti": the author of the article), and those genitives
_HEADS = "|".join(map(_cyrillic, """im`ja imeni avtor avtora avtorom zaholovok nazva nazvu vlasnyk vlasnyka marka marku
    marky model' zmist cina cinu vik viku motyv tekst relihija profesija robota partija""".split()))
_GENITIVES = "|".join(map(_cyrillic, """statti napadnyka policejs'koho mashyny avtomobilja telefonu povidomlennja
    zakonu prohramy peredachi urjadu kompaniji hrupy ataky napadu mostu ajfona zhertv prezydenta ministra""".split()))

# (a raw pattern is marked 1; the others are Cyrillic, ``_pattern``)
_UKRAINIAN_IDIOMS = Idioms([(p if raw else _pattern(p), plain) for raw, p, plain in [
    (1, r"(?<=[a-z])’(?=[a-z])", "'"),
    (1, r"\b(%s)(?:a|u|ovi|om|oyu|y|i|e)\b" % _DECLINED, r"\1"), (1, r"\bObam(?:y|i|u|oyu)\b", "Obama"),
    (1, r"\b((?-i:[A-Z])\w{2,})ovi\b", r"\1"),
    # words of talk opening a question ("skazhit, bud laska,"), "a" (and) opening one
    (0, r"^\s*(?:скажіть|скажи|підкажіть|підкажи)(?:\s+будь\s*ласка)?\s*,?\s*", ""), (0, r",?\s*будь\s*ласка\s*,?", ""),
    (0, r"^\s*(?:а|і)\s+(?=\w)", ""),
    # age: "skilky rokiv bulo napadnyku", "skilky yomu bulo rokiv", "v yakomu vitsi"
    (0, r"\bскільки\s+(йому|їй)\s+(?:було\s+)?років\b|\bскільки\s+років\s+(?:було\s+)?(йому|їй)\b",
     lambda m: "how old was " + _person(m.group(1) or m.group(2))),
    (0, r"\bскільки\s+років\s+(?:було|виповнилося)\b", "how old was"),
    (0, r"\bскільки\s+було\s+((?:[\w'’-]+\s+){1,3}?)років\b", r"how old was \1"),
    (0, r"\bскільки\s+років(?=\s+(?:(?-i:[A-Z])|нападник|поліцейськ|автор))", "how old is"),
    (0, r"\b(?:років|роки)\s+тому\b", "years ago"), (0, r"\bскільки\s+років\b", "how many years"),
    (0, r"\b(?:в|у)\s+якому\s+віці\b", "at what age"),
    # names: "yak yoho zvaly", "yak zvaly napadnyka", "yak nazyvayetsya zakon"
    (0, r"\bяк\s+(його|її)\s+(?:звали|звав|звала)\b", lambda m: f"what was {_person(m.group(1), 'his')} name"),
    (0, r"\bяк\s+(його|її)\s+звуть\b", lambda m: f"what is {_person(m.group(1), 'his')} name"),
    (0, r"\bяк\s+(?:звали|звав|звала)\b|\bяк\s+назива(?:вся|лася|лась|лося|лось)\b", "what was the name of"),
    (0, r"\bяк\s+звуть\b|\bяк\s+називається\b", "what is the name of"),
    # the asking: "shcho take", "khto takyi", "shcho za", "o kotriy", "skilky chasu", "z kym", "pro shcho"
    (0, r"\bщо\s+таке\b", "what is"), (0, r"\bхто\s+так(?:ий|а|і)\b", "who is"),
    (0, r"\bщо\s+(?:сталося|трапилося|відбулося)\b", "what happened"), (0, r"\bце\s+сталося\b", "it happened"),
    (0, r"\bщо\s+(?:це\s+)?за\b|\bякого\s+(?:типу|роду)\b", "what kind of"),
    (0, r"\b(?:о|в|у)\s+котрій(?:\s+годині)?\b|\b(?:в|у)\s+який\s+час\b", "at what time"),
    (0, r"\bскільки\s+часу\b|\bяк\s+довго\b", "how long"), (0, r"\bяк\s+часто\b", "how often"),
    (0, r"\bскільки\s+разів\b", "how many times"), (0, r"\bз\s+якого\s+(?:часу|року)\b|\bвідколи\b", "since when"),
    (0, r"\b(?:в|у)\s+який\s+день\b", "on what day"),
    (0, r"\b(?:в|у)\s+(?=(?:середу|неділю|понеділок|вівторок|четвер|п'ятницю|суботу)\b)", "on "),
    (0, r"\b(що|шо)\s+(про\s+(?:це|нього|неї|них))\s+(\S+)\s+([^?.!]+)", r"\1 \3 \4 \2"),
    (0, r"\bпро\s+що\b", "about what"), (0, r"\bз\s+ким\b", "with whom"),
    (0, r"\bчерез\s+що\b|\bз\s+якої\s+причини\b", "why"),
    (0, r"\bкому\s+належ(?:ить|ать)\b", "who owns"), (0, r"\bкому\s+належ(?:ав|ала|ало|али)\b", "who owned"),
    (0, r"\bчим\s+(?=(?:(?:він|вона)\s+)?(?:поранив|вбив|убив|вдарив|зарізав|заколов|атакував|напав))",
     "with what weapon "),
    (0, r"\bскільки\s+коштува(?:в|ла|ло|ли)\s+(.+?)(\s*[?.!]*)$", r"how much did \1 cost\2"),
    (0, r"\bскільки\s+коштує\s+(.+?)(\s*[?.!]*)$", r"how much does \1 cost\2"),
    (0, r"\bскільки\s+(?=(?:[\w'’-]+\s+)?(?:заплати|плати|заробля|грошей|доларів|фунтів)\w*)", "how much "),
    (0, r"\bякої\s+марки\s+(?:був|була|було)\b", "what make was the"), (0, r"\bякої\s+марки\b", "what make of"),
    (0, r"\bзвідки\s+(?:був|була|були|родом)\s+(?:родом\s+)?([^?.!,]+?)(?:\s+родом)?(\s*[?.!]*)$",
     r"where was \1 from\2"),
    (0, r"\bродом\s+(?:з|із)\b|\b(?:з|із)\s+(?=(?:якого|якої)\s+(?:міста|села|країни)\b)", "from "),
    # "chy pravda, shcho": is it true that; "chy ye": is there; "u nyoho bula", "chy buv u Masooda": did he have
    (0, r"\b(?:чи\s+)?(?:це\s+)?правда\s*,?\s*(?:що|шо)\b", "is it true that"),
    (0, r"\bчи\s+(?:це\s+)?правда\b", "is it true"),
    (0, r"\b(?:чи\s+)?(?:був|була|було|були|(?P<now>є))\s+(?:у|в)\s+(?P<who>%s)" % _OWNER, _had),
    (0, r"\b(?:чи\s+)?(?:у|в)\s+(?P<who>%s)\s+(?:був|була|було|були|(?P<now>є))\b" % _OWNER, _had),
    (0, r"\bне\s+(?:ма(?:є|ють)|повин\w*)\s+бути\b", "should not be"), (0, r"\bма(?:є|ють)\s+бути\b", "should be"),
    (0, r"\bчи\s+є\b", "is there"),
    (0, r"\b(?:було|були)\s+(?=(?:вбито|поранено|заарештовано|затримано|поранені|вбиті|заарештовані)\b)", "were "),
    # "shcho" joining a clause ("Rudd skazala, shcho": said that); "yakyi", "yakoho" after a noun (who, whom)
    (0, r"\b((?:сказа|заяви|повідоми|написа|зна|дума|вважа|каз|каж|пиш|заявля|говори|стверджу|вимага)\w*)\s*,?\s+"
        r"(?:що|шо)\b", r"\1 that"),
    (0, r",\s*(?:що|шо)\b", ", that"),
    (0, r"(?<=\w)\s*,?\s+(?:якого|яку|яких|котрого|котру)\s+([\w'’ʼ-]+)\s+(%s(?:\s+%s)*)" % (_NAME, _NAME),
     lambda m: f", whom {m.group(2)} {m.group(1)}" if _UKRAINIAN.get(m.group(1).lower()) in _BARE else m.group(0)),
    (0, r",\s*(?:який|яка|яке|які|котрий|котра|котре|котрі)\b", ", who"),
    # "pislya toho yak", "pid chas", "zreshtoyu", "za slovamy", "tomu shcho", "diyav sam"
    (0, r"\bпісля\s+того\s*,?\s+як\b", "after"), (0, r"\b(?:перед\s+тим|до\s+того)\s*,?\s+як\b", "before"),
    (0, r"\bпід\s+час\b", "during"),
    (0, r"\bврешті(?:-|\s+)решт\b|\b(?:в|у)\s+кінці\s+кінців\b|\b(?:в|у)\s+(?:результаті|підсумку)\b", "in the end"),
    (0, r"\bза\s+(?:словами|даними)\b|\bзгідно\s+(?:з|із)\b", "according to"),
    (0, r"\bтому\s*,?\s+що\b|\bоскільки\b", "because"),
    (0, r"\b(діяв|діяла|діяли)\s+((?:[\w'’-]+\s+){0,2}?)(?:сам|сама|самі|один|одна|самостійно|наодинці|самотужки)\b",
     r"\1 \2alone"),
    # the story's things: the bridge, the knife, the rented car, the claim, the record, the offices
    (0, r"\bна\s+(?:мосту|мості)\b", "on the bridge"), (0, r"\bна\s+міст\b", "onto the bridge"),
    (0, r"\b(?:вестмінстерськ\w*|westminster)\s+(?:міст|мост\w+|bridge)\b", "Westminster Bridge"),
    (0, r"\b(?:вдарив|поранив|вбив|убив|зарізав|заколов|атакував)\w*\s+((?:[\w'’-]+\s+){0,2}?)ножем\b", r"stabbed \1"),
    (0, r"\bножем\b", "with a knife"),
    (0, r"\bвзя\w*\s+((?:[\w'’-]+\s+){0,2}?)(?:(?:в|у)\s+оренду|напрокат)\b", r"rented \1"),
    (0, r"\bвзя\w*\s+(?:на\s+себе\s+)?відповідальн\w*", "claimed responsibility"),
    (0, r"\bсудим(?:ість|ост\w*)|\bкримінальн\w*\s+(?:минул\w*|досьє|історі\w*)", "criminal record"),
    (0, r"\bвідом\w*\s+(?=(?:поліції|MI5|MI6|спецслужбам|ФБР|FBI)\b)", "known to "),
    (0, r"\bісламськ\w*\s+держав\w*|\bіділ\b", "Islamic State"), (0, r"\bісламськ\w*", "Islamic"),
    (0, r"\bміністр\w*\s+внутрішніх\s+справ\b", "Home Secretary"),
    (0, r"\bнаскрізн\w*\s+шифруванн\w*", "end-to-end encryption"),
    (0, r"\bслужб\w*\s+безпеки\b|\bспецслужб\w*", "security services"),
    (0, r"\bрозвід(?:к|увальн)\w*(?:\s+служб\w*)?", "intelligence services"),
    (0, r"\b(?:інформаційн|новинн)\w*\s+агентств\w*|\bінформагентств\w*", "news agency"),
    (0, r"\bтехнологічн\w*\s+компані\w*|\bтехкомпані\w*", "tech companies"),
    (0, r"\bбіл\w*\s+(?:дім|дому|домі)\b", "White House"), (0, r"\bверховн\w*\s+суд\w*", "Supreme Court"),
    (0, r"\bприйня\w*\s+іслам\w*|\bперейш\w*\s+(?:в|у)\s+іслам\w*", "converted to Islam"),
    (0, r"\b(?:пішов|пішла|пода\w*)\s+(?:у|в)\s+відставку\b", "resigned"),
    (0, r"\b(?:повідомлен|листуванн)\w*\s+((?-i:[A-Z])\w*)", r"\1 messages"),
    # an owned noun before its owner ("avtor statti": the author of the article; "vlasnyk WhatsApp")
    (0, r"\b(%s)\s+(?=(?:%s)\b)" % (_HEADS, _GENITIVES), r"\1 of the "),
    (0, r"\b(%s)\s+(?=(?-i:[A-Z])|(?:цієї|цього)\s)" % _HEADS, r"\1 of "),
    # "chy" inside a question is "or" ("Rudd chy Trump"); "Apple v. FBI" versus
    (1, r"(?<=[\w'’])\s+(?:chy|chi|4y|чи)\s+(?=[\w'’])", " or "), (1, r"(?<=\w)\s+v\.(?=\s+(?-i:[A-Z]))", " vs."),
    (1, r"[а-яіїєґ][а-яіїєґ'’ʼ]*", _back),
]])

# -- order ------------------------------------------------------------------------------------


# the verbs glossed, their bare forms, and the auxiliary that asks with them (an irregular past as "said:say",
# a regular one by its bare form: "rent", "hand_over")
_BARE = {
    **{(past if bare else re.sub(r"e?(?=_|$)", "ed", past, 1)).replace("_", " "):
       ((bare or past).replace("_", " "), "did") for past, _, bare in (word.partition(":") for word in """said:say
        told:tell wrote:write shot:shoot drove_into:drive_into drove:drive ran_over:run_over knew:know
        found_out:find_out found:find read:read got:get sent:send hid:hide did:do paid:pay bought:buy cost:cost
        came_from:come_from came:come met:meet won:win became:become gave:give had:have sold:sell stabbed:stab
        stopped:stop banned:ban state report answer respond comment call kill die injure fire attack rent hire use
        demand want ask_for call_for open unlock hack live arrest detain act cooperate refuse prevent force earn own
        work vote text communicate contact phone appoint help charge agree hand_over pass publish last monitor
        investigate happen support convert sign propose claim_responsibility""".split())},
    **{present: (present[:-1], "does") for present in """says writes wants demands knows lives uses refuses
        cooperates encrypts owns works costs thinks happens proposes needs supports gives""".split()},
    "does": ("do", "does"),
    **{bare: (bare, "do") for bare in "say write want demand know use hide cooperate support".split()},
}
_VERB = "|".join(sorted(map(re.escape, _BARE), key=len, reverse=True))
_BARE_FORMS = {bare for bare, _ in _BARE.values()}
_STORY = r"police officers?|police|attackers?|perpetrator|terrorists?|government|minister|author|journalist|" \
         r"soldier|group|president|company|companies|court|killer|Home Secretary|attack|article|law|car|dispute"
# who may be the subject next to its verb: a pronoun, a name ("Amber Rudd", "FBI"), a noun of the story
_SUBJECT = rf"(?:he|she|they|it|(?:the\s+|this\s+)?(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*|{_STORY}))" \
           rf"(?![\w'’-])"
_ASKED = r"(?:what|when|where|why|how long|how often|how many times|how much|how|whom|to whom|with whom|" \
         r"from where|about what|since when|with what weapon|at what time|on what day)"
# what "what ..." asks for, no subject ("what car drove the attacker": what car did he drive)
_THINGS = r"(?:(?:new|other|secret|last|real)\s+)?(?:car|phone|app|law|laws|message|messages|knife|weapon|" \
          r"article|headline|programme|show|interview|name|day|time|newspaper|evidence|warrant|make|model|" \
          r"religion|job|party|price|fine|statement|access|wall)"
_WHAT_THING = rf"(?:(?:in|on|at|from|about|with|for|under)\s+)?(?:what|which|whose)\s+{_THINGS}"
# the nouns Ukrainian leaves bare, which English says with "the" ("was attacker": was the attacker)
_BARE_NOUN = rf"(?:(?:new|last|real)\s+)?(?:{_STORY}|knife|weapon|bridge|headline|message|phone|owner|price|name|" \
             r"content|motive|app|programme|interview|victims|warrant|iPhone|FBI|meeting|statement|response|make|" \
             r"model|religion|job|occupation|party|age)\b"


def _the(subject: str) -> str:
    return re.sub(rf"^(?=(?:{_STORY})\b)", "the ", subject)


def _did(asked: str, subject: str, negated: str | None, verb: str, rest: str) -> str:
    """``asked``, the auxiliary of ``verb``, ``subject``, the verb: "what did Rudd say"."""
    bare, aux = _BARE[verb.lower()]
    return f"{asked}{aux} {_the(subject)} {'not ' if negated else ''}{bare}{rest}"


def _to_infinitive(out: str) -> str:
    """"refused help" → "refused to help", "forced WhatsApp open" → "forced WhatsApp to open"."""
    out = re.sub(r"\basked for\s+(?=(?:help|unlock|open|read|cooperate|give|hand over)\b)", "asked to ", out)
    return re.sub(r"\b(refused?|refuses|wanted|wants?|demanded|demands|needs?|called for|forced|agreed?|could not|"
                  r"(?:force|forced|asked|ask)\s+(?-i:[A-Z])[\w'’-]*)\s+(help|cooperate|read|unlock|open|prevent|do|"
                  r"say|ban|hide|get|hack|use|stop|pass|meet|hand over|give|know|find|pay|buy|send|write|have|"
                  r"comment|answer|build)\b", r"\1 to \2", out)


def _ukrainian_order(glossed: str) -> str:
    """A Ukrainian question glossed word for word, in English order: "what said Rudd?" → "what did Rudd
    say?", "whether acted Masood alone" → "did Masood act alone", "who author?" → "who is the author?"."""
    return _articles(_to_infinitive(_verb_first(_to_infinitive(glossed))))


def _verb_first(out: str) -> str:
    """``out`` with its subject and verb in English order (what asks of the subject, "who killed", is)."""
    out = re.sub(rf"\b(this)\s+({_VERB})\b(?!\s+(?:the|a|an|this|that|his|her)\b)", r"\2 \1", out)
    # a name before the question word: "Rudd what said about WhatsApp"
    m = re.match(r"^(\s*)((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*)\s+(what|where|when|why|how|whom)\s+(.*)$",
                 out)
    if m and not re.match(r"(?:is|was|are|were|did|does|do)\b", m.group(4)):
        out = f"{m.group(1)}{m.group(3)} {m.group(2)} {m.group(4)}"
    # asking whether: "whether said Rudd", "whether Apple refused", "whether was Masood known"
    m = re.match(rf"^(\s*)whether\s+(not\s+)?({_VERB})\s+({_SUBJECT})(.*)$", out, re.I)
    if m:
        return _did(m.group(1), m.group(4), m.group(2), m.group(3), m.group(5))
    m = re.match(rf"^(\s*)whether\s+({_SUBJECT})\s+(not\s+)?({_VERB})\b(.*)$", out, re.I)
    if m:
        return _did(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5))
    out = re.sub(r"^(\s*)whether\s+(?=(?:is|was|were|are|can|could|will|must|did|does|do|has|had|have)\b)", r"\1",
                 out, flags=re.I)
    out = re.sub(r"^(\s*)(?:whether\s+)?(?:needed|need)\s+(.+?)\s+(?=(?:to|for)\b)",
                 lambda m: f"{m.group(1)}is {'a ' * m.group(2).isalpha()}{m.group(2)} needed ", out, flags=re.I)
    out = re.sub(rf"^(\s*(?:was|were|is|can|could|will|must)\s+)(?=(?:{_STORY})\b)", r"\1the ", out, flags=re.I)
    out = re.sub(r"^(\s*how many\s+(?!times\b)\w+)\s+was\b", r"\1 were", out, flags=re.I)
    out = re.sub(r"^(\s*how many)\s+(?:was|were)\s+(?:the\s+)?(\w+)(?=\s*[?.!]*$)", r"\1 \2 were there", out,
                 flags=re.I)
    out = re.sub(r"^(\s*how many\s+\w+)\s+(?=(?:arrested|killed|injured|detained|shot|stabbed)\s*[?.!]*$)",
                 r"\1 were ", out, flags=re.I)
    # "where was born Masood": where was Masood born; "what will do Rudd": what will Rudd do
    m = re.match(rf"^(\s*(?:{_ASKED}|{_WHAT_THING})\s+(was|were|is|can|could|will|must))\s+([a-z]+(?: dead)?)\s+"
                 rf"({_SUBJECT})(.*)$", out, re.I)
    if m and m.group(3) in (("born", "arrested", "killed", "shot dead", "shot", "injured", "stabbed", "published",
                             "rented", "written", "detained", "known") if m.group(2) in ("was", "were", "is")
                            else _BARE_FORMS):
        return f"{m.group(1)} {_the(m.group(4))} {m.group(3)}{m.group(5)}"
    # "when Rudd will meet": when will Rudd meet
    m = re.match(rf"^(\s*(?:{_ASKED})\s+)({_SUBJECT})\s+(not\s+)?(can|could|will|must)\s+(.*)$", out, re.I)
    if m:
        return f"{m.group(1)}{m.group(4)} {_the(m.group(2))} {m.group(3) or ''}{m.group(5)}"
    out = re.sub(rf"^(\s*(?:{_ASKED})\s+)({_SUBJECT})\s+(was|were)\b", r"\1\3 \2", out, flags=re.I)
    # a verb before its subject: "what said Rudd", "what car drove the attacker", but "what newspaper
    # published the article" (its object)
    m = re.match(rf"^(\s*(?:{_ASKED}|{_WHAT_THING}|how\s+many\s+(?:people|victims|pedestrians|messages)(?=\s+"
                 rf"(?:killed|stabbed|injured|shot|ran over|arrested|detained|sent|wrote)\s+(?:(?-i:[A-Z])|the\b|"
                 rf"police\b|attacker\b|he\b|she\b)))(?:\s+exactly)?\s+)(not\s+)?({_VERB})((?:\s+to\s+[a-z]+)?)\s+"
                 rf"({_SUBJECT})(.*)$", out, re.I)
    if m and not (re.search(_THINGS + r"\s*$", m.group(1)) and m.group(3) not in ("happened", "died", "lasted") and
                  re.match(r"(?:the\s+)?(?:article|law|attack)$", m.group(5)) or m.group(3) in ("did", "does") and
                  (re.findall(r"\w+", m.group(6)) or [""])[0] in _BARE_FORMS):
        return _did(m.group(1), m.group(5), m.group(2), m.group(3), m.group(4) + m.group(6))
    # a subject before its verb: "why Apple refused", "what Rudd said" (but "what company owns WhatsApp")
    m = re.match(rf"^(\s*(?:{_ASKED}|how\s+many\s+(?:people|victims)|{_WHAT_THING})\s+)({_SUBJECT})"
                 rf"(\s+(?:finally|eventually|already|first|really|ever))?\s+(not\s+)?({_VERB})\b(.*)$", out, re.I)
    if m and not (re.match(r"(?:what|which)\s*$", m.group(1), re.I) and m.group(2).islower()):
        return _did(m.group(1), m.group(2) + (m.group(3) or ""), m.group(4), m.group(5), m.group(6))
    # "what did Masood": what did Masood do
    m = re.match(rf"^(\s*(?:{_ASKED})\s+did\s+({_SUBJECT}))(\s*[?.!]*)$", out, re.I)
    if m:
        return f"{m.group(1)} do{m.group(3)}"
    # no verb: "who author of the article?" → "who is the author of the article?"
    m = re.match(r"^(\s*(?:who|what|where|whose\s+\w+|which\s+\w+))\s+(?:now\s+)?([\w'’-]+)", out, re.I)
    if m and (m.group(2)[0].isupper() or re.match(_BARE_NOUN, m.group(2)) or m.group(2) in ("this", "his", "her")) \
            and not re.search(rf"\b(?:is|was|were|are|will|can|could|must|did|does|do|has|had|have|{_VERB})\b", out):
        out = f"{m.group(1)} is {out[m.end(1):].lstrip()}"
    return out


def _articles(out: str) -> str:
    """``out`` with the articles Ukrainian has not: "was attacker" → "was the attacker", "had criminal
    record" → "had a criminal record"."""
    out = re.sub(r"\b(is|was|were|are|did|does|of|in|on|at|about|with|from|to|before|after|during|by|for|get|got|"
                 r"rent|rented|drive|drove|use|used|buy|bought|unlock|unlocked|own|owns|stab|stabbed|kill|killed|"
                 r"shoot|shot|"
                 r"write|wrote|read|say|said|publish|published|pass|passed|support|against|into|under|whom|"
                 r"contact|contacted|text|texted|attack|attacked)\s+(?!terrorists|attackers)(?=%s)" % _BARE_NOUN,
                 r"\1 the ", out)
    return re.sub(r"\b(have|has|had|got)\s+(?=(?:wife|family|criminal record)\b)", r"\1 a ", out)


class _Opening:
    """Whether a question opens with a question word of Ukrainian and another word of it soon after ("de vin
    zhyv", "yak zvaly"): Ukrainian however few its marks ("de", "yak" are English words, no marks)."""

    def match(self, question: str) -> bool:
        words = re.findall(r"[\w'’ʼ-]+", question)
        # (a preposition before it: "z kym", "v yakiy")
        words = words[len(words) > 2 and _UKRAINIAN.get(words[0].lower()) in ("with", "in", "on", "about", "to"):]
        if len(words) < 2 or _UKRAINIAN.get(words[0].lower()) not in (
                "who", "whom", "to whom", "by whom", "what", "when", "where", "from where", "why", "how", "how many",
                "whose", "which", "whether"):
            return False
        after = next((w for w in words[1:4] if w.lower() not in _UKRAINIAN_SHARED and not w[0].isupper()), "")
        return after.lower() in _UKRAINIAN or after.lower() in _READ


UKRAINIAN = Language(_UKRAINIAN_IDIOMS, _UKRAINIAN, _UKRAINIAN_DROPPED, _UKRAINIAN_MARK, reorder=_ukrainian_order,
                     shared=_UKRAINIAN_SHARED, opening=_Opening())
