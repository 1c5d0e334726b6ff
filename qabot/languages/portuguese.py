"""Portuguese (of Brazil and of Portugal) mixed into English questions, read in English.

Brazilians and Portuguese type a question's frame in Portuguese and the story's names and things in
English ("Quem escreveu the article?"), or all of it in Portuguese, with accents or without ("policia",
"nao") and in chat's spellings ("vc", "pq", "oq").
Portuguese puts an article before a name ("o Masood": left out; "o FBI": the FBI), an adjective and an
owner after the noun ("o carro alugado dele": put before it by the idioms), a pronoun before its verb or
joined after it ("a polícia o prendeu", "matou-o"), asks with the question word first or last ("o governo
vai fazer o quê?") and, in Portugal, often with the verb before its subject ("o que disse a Rudd?"):
``_portuguese_order`` puts the clear cases in English order. What a passage must tell (``events_asked``)
is glossed into the words it knows ("ficha criminal": criminal record, "no fim": in the end).
"""
from __future__ import annotations

import re

from qabot.languages import Idioms, Language, with_plain_spellings

# the letters chat types without their accents ("policia", "nao", "voce", "ja")
_PLAIN = str.maketrans("áàâãéêíóôõúüç", "aaaaeeiooouuc")


def _typed(words: dict[str, str]) -> dict[str, str]:
    """``words`` each also as typed without its accents; a word listed as it stands keeps its own
    English ("e": and, not "é": is; "esta": this, not "está")."""
    return with_plain_spellings(words, _PLAIN)


# -- the words

# the verbs, finite, in the English a question uses
_PORTUGUESE_VERBS = {
    # saying, writing, calling, answering
    "disse": "said", "disseram": "said", "diz": "says", "dizem": "say", "falou": "said", "fala": "says",
    "contou": "told", "declarou": "declared", "escreveu": "wrote", "escreve": "writes", "chamou": "called",
    "chama": "calls", "chamava": "called", "respondeu": "answered", "responde": "answers",
    # happening, killing, dying
    "aconteceu": "happened", "acontece": "happens", "matou": "killed", "mataram": "killed", "morreu": "died",
    "morreram": "died", "esfaqueou": "stabbed", "atirou": "shot", "atacou": "attacked", "durou": "lasted",
    "acabou": "ended",
    # the car, the messages, the phone
    "dirigia": "drove", "dirigiu": "drove", "atropelou": "ran over", "alugou": "rented", "usou": "used",
    "usaram": "used", "usa": "uses", "usam": "use", "mandou": "sent", "mandaram": "sent", "enviou": "sent",
    "leu": "read", "desbloqueou": "unlocked", "hackeou": "hacked", "escondem": "hide",
    # claiming, wanting, knowing, finding
    "reivindicou": "claimed", "assumiu": "took on", "quer": "wants", "querem": "want", "queria": "wanted",
    "quis": "wanted", "exigiu": "demanded", "exige": "demands", "pediu": "asked for", "sabe": "knows",
    "sabia": "knew", "conhecia": "knew", "achou": "found", "encontrou": "found", "acha": "thinks",
    # acting, refusing, forcing, managing
    "agiu": "acted", "fez": "did", "faz": "does", "cooperou": "cooperated", "coopera": "cooperates",
    "recusou": "refused", "recusa": "refuses", "recusam": "refuse", "impediu": "prevented", "obrigou": "forced",
    "proibiu": "banned", "conseguiu": "managed", "conseguiram": "managed", "consegue": "can", "tentou": "tried",
    "precisa": "needs", "precisam": "need",
    # lives, arrests, money, offices
    "nasceu": "was born", "morava": "lived", "vivia": "lived", "veio": "came", "trabalhava": "worked",
    "prendeu": "arrested", "prenderam": "arrested", "converteu": "converted", "tornou": "became", "pagou": "paid",
    "comprou": "bought", "custou": "cost", "ganhou": "won", "renunciou": "resigned", "reuniu": "met",
    "pertence": "belongs", "publicou": "published", "representa": "represents", "faça": "do",
}
# the infinitives, after which "a", "de", "quer", "tentou", ... are "to" (an idiom)
_PORTUGUESE_INFINITIVES = {
    "dizer": "say", "falar": "speak", "escrever": "write", "acontecer": "happen", "matar": "kill", "morrer": "die",
    "dirigir": "drive", "atropelar": "run over", "alugar": "rent", "usar": "use", "mandar": "send",
    "enviar": "send", "ler": "read", "abrir": "open", "desbloquear": "unlock", "hackear": "hack",
    "acessar": "access", "quebrar": "break", "esconder": "hide", "querer": "want", "exigir": "demand",
    "pedir": "ask for", "saber": "know", "encontrar": "find", "agir": "act", "fazer": "do", "cooperar": "cooperate",
    "cooperarem": "cooperate", "colaborar": "cooperate", "recusar": "refuse", "impedir": "prevent",
    "obrigar": "force", "forçar": "force", "proibir": "ban", "permitir": "allow", "ajudar": "help",
    "espionar": "spy on", "proteger": "protect", "responder": "answer", "prender": "arrest", "pagar": "pay",
    "viver": "live", "criar": "create", "mudar": "change", "virar": "become", "haver": "be", "dar": "give",
    "ter": "have", "ser": "be", "estar": "be",
}
# the participles, after "foi" (was) or after a noun; the short table's first
_PORTUGUESE_PARTICIPLES = {
    "esfaqueado": "stabbed", "esfaqueada": "stabbed", "morto": "killed", "morta": "killed", "preso": "arrested",
    "presos": "arrested", "ferido": "injured", "feridos": "injured", "feridas": "injured", "ferida": "injured",
    "convertido": "converted", "alugado": "rented", "usado": "used", "escrito": "written", "dito": "said",
    "mortos": "dead", "mortas": "dead", "baleado": "shot", "abatido": "shot dead", "detido": "detained",
    "alugada": "rented", "enviado": "sent", "encontrado": "found", "lido": "read", "desbloqueado": "unlocked",
    "criptografado": "encrypted", "criptografadas": "encrypted", "nascido": "born", "sido": "been",
    "demitido": "fired", "entrevistada": "interviewed", "entrevistado": "interviewed",
}
_PORTUGUESE = _typed({
    **_PORTUGUESE_VERBS, **_PORTUGUESE_INFINITIVES, **_PORTUGUESE_PARTICIPLES,
    # asking, and chat's spellings ("oq", "qdo"; "pq" is why opening a question: an idiom)
    "quem": "who", "que": "what", "quê": "what", "oq": "what", "oque": "what", "quando": "when", "qdo": "when",
    "qnd": "when", "onde": "where", "cadê": "where is", "como": "how", "quantos": "how many", "quantas": "how many",
    "qts": "how many", "quanto": "how much", "qual": "which", "quais": "which", "porquê": "why", "pq": "because",
    "porque": "because",
    # articles, and the prepositions joined to them
    "o": "the", "a": "the", "os": "the", "as": "the", "um": "a", "uma": "a", "do": "of the", "da": "of the",
    "dos": "of the", "das": "of the", "de": "of", "no": "in the", "na": "in the", "nos": "in the", "nas": "in the",
    "em": "in", "ao": "to the", "à": "to the", "aos": "to the", "às": "to the", "pelo": "by the", "pela": "by the",
    "por": "by", "para": "to", "pra": "to", "pro": "to the", "com": "with", "sem": "without", "sobre": "about",
    "entre": "between", "contra": "against", "até": "until", "desde": "since", "durante": "during", "após": "after",
    "segundo": "according to",
    # pronouns and possessives
    "eu": "I", "você": "you", "vc": "you", "ele": "he", "ela": "she", "eles": "they", "elas": "they", "nós": "we",
    "lhe": "him", "dele": "his", "dela": "her", "seu": "his", "sua": "his", "seus": "his", "suas": "his",
    "esse": "this", "essa": "this", "este": "this", "esta": "this", "isso": "this", "disso": "of this",
    "nesse": "in this", "nessa": "in this", "alguém": "anyone", "algo": "anything", "algum": "any", "alguma": "any",
    "ninguém": "nobody", "nada": "nothing", "todos": "all", "tudo": "everything",
    # conjunctions and negation
    "e": "and", "ou": "or", "mas": "but", "se": "if", "nem": "nor", "não": "not", "nao": "not", "ñ": "not",
    "nunca": "never", "também": "also", "ainda": "still", "já": "already", "antes": "before", "depois": "after",
    # being, having, going to, can, must
    "é": "is", "eh": "is", "são": "are", "era": "was", "eram": "were", "foi": "was", "foram": "were", "está": "is",
    "tá": "is", "estão": "are", "estava": "was", "tava": "was", "seria": "would be", "tem": "has", "têm": "have",
    "tinha": "had", "tinham": "had", "teve": "had", "há": "are there", "houve": "there was", "vai": "will",
    "vão": "will", "ia": "would", "pode": "can", "podem": "can", "deve": "should", "deveria": "should",
    "ficou": "was", "ficaram": "were", "fica": "is",
    # the attack and its people
    "ataque": "attack", "atentado": "attack", "atacante": "attacker", "terrorista": "terrorist",
    "terroristas": "terrorists", "autor": "author", "autora": "author", "polícia": "police",
    "policial": "police officer", "policiais": "police officers", "agente": "officer", "ponte": "bridge",
    "carro": "car", "veículo": "vehicle", "pedestres": "pedestrians", "peões": "pedestrians", "pessoas": "people",
    "gente": "people", "cara": "guy", "vítimas": "victims", "morte": "death", "faca": "knife", "arma": "weapon",
    "grupo": "group", "soldado": "soldier", "provas": "evidence", "evidências": "evidence", "motivo": "motive",
    "islã": "Islam", "islamismo": "Islam", "responsabilidade": "responsibility",
    # time
    "anos": "years", "ano": "year", "idade": "age", "dia": "day", "semana": "week", "mês": "month", "hora": "time",
    "minutos": "minutes", "tempo": "time", "vez": "time", "vezes": "times", "data": "date", "fim": "end",
    "domingo": "Sunday", "quarta-feira": "Wednesday",
    # the article, who speaks of it, the law
    "artigo": "article", "matéria": "article", "reportagem": "report", "notícia": "story", "título": "headline",
    "manchete": "headline", "subtítulo": "standfirst", "jornalista": "journalist", "programa": "programme",
    "entrevista": "interview", "governo": "government", "ministro": "minister", "ministra": "minister",
    "presidente": "president", "lei": "law", "leis": "laws", "mandado": "warrant", "empresa": "company",
    "empresas": "companies", "serviços": "services", "inteligência": "intelligence", "segurança": "security",
    "agência": "agency", "partido": "party", "eleição": "election", "senador": "senator", "eleições": "elections",
    "reivindicação": "claim", "parlamento": "Parliament",
    # the messages, the phone, their secrets
    "mensagem": "message", "mensagens": "messages", "msg": "message", "msgs": "messages", "aplicativo": "app",
    "aplicação": "app", "telefone": "phone", "celular": "phone", "telemóvel": "phone", "criptografia": "encryption",
    "encriptação": "encryption", "cartas": "letters", "acesso": "access", "lugar": "place", "local": "place",
    "conteúdo": "content",
    # what a passage must tell: an owner, a make, a job, a price, a fine, a meeting, an answer
    "dono": "owner", "proprietário": "owner", "marca": "make", "modelo": "model", "religião": "religion",
    "emprego": "job", "preço": "price", "dinheiro": "money", "multa": "fine", "reunião": "meeting",
    "resposta": "response", "declaração": "statement", "nome": "name", "nomes": "names", "papel": "role",
    "história": "story", "filhos": "children", "cidade": "city", "país": "country", "antecedentes": "record",
    "criminais": "criminal",
    # adjectives and adverbs
    "novo": "new", "nova": "new", "novas": "new", "outro": "other", "outra": "other", "outros": "other",
    "sozinho": "alone", "sozinhos": "alone", "secreto": "secret", "secreta": "secret", "verdadeiro": "real",
    "real": "real", "último": "last", "última": "last", "primeiro": "first", "britânico": "British",
    "islâmico": "Islamic", "três": "three", "mais": "more", "exatamente": "exactly", "realmente": "really",
    "mesmo": "really", "só": "only", "apenas": "only", "sempre": "always", "assim": "like that",
    "afinal": "in the end",
})
# a spelling without accents that is another word ("so": só, "ha": há, "ai": aí, as in AI)
for _word in ("so", "ha", "ai"):
    _PORTUGUESE.pop(_word, None)

# the past verbs a pronoun before is the object of ("a polícia o prendeu": arrested him)
_PAST = frozenset(w for w in _typed(_PORTUGUESE_VERBS) if re.search(r"(?:ou|eu|iu|aram|eram|ez|is)$", w))
_INFINITIVE = "|".join(sorted(_typed(_PORTUGUESE_INFINITIVES), key=len, reverse=True))
# the verbs a "se" before them makes reflexive ("ele se recusou": he refused), not if
_REFLEXIVE = (r"recus\w*|torn\w*|convert\w*|radicaliz\w*|entreg\w*|reun\w*|encontr\w*|mat(?:ou|aram)|escond\w*|"
              r"neg\w*|demit\w*|trata|mud\w*|declar\w*|feriu")

# -- idioms

_PRONOUNS = {**dict.fromkeys("o lo no lhe".split(), "him"), **dict.fromkeys("a la na".split(), "her"),
             **dict.fromkeys("os los nos as las lhes".split(), "them"), "me": "me", "se": ""}


def _enclitic(m: re.Match) -> str:
    """A pronoun joined to its verb ("matou-o": killed him, "prendê-lo": arrest him), set after it."""
    verb, pronoun = m.group(1), m.group(2).lower()
    if verb.lower() not in _PORTUGUESE and pronoun[:1] == "l":
        verb = verb.translate(_PLAIN) + "r"
    return f"{verb} {_PRONOUNS[pronoun]}".strip() if verb.lower() in _PORTUGUESE else m.group(0)


def _proclitic(m: re.Match) -> str:
    """A pronoun before its past verb ("quem o matou": who killed him), set after it."""
    return f"{m.group(2)} {_PRONOUNS[m.group(1).lower()]}" if m.group(2).lower() in _PAST else m.group(0)


def _asks_or_joins(m: re.Match) -> str:
    """"que" after a word joins a clause ("o policial que foi esfaqueado": that); after a name or a
    preposition it asks ("de que partido": of what party)."""
    prev = m.group("prev")
    asks = prev[0].isupper() or prev.strip().lower() in ("de", "em", "a", "para", "pra", "por", "com", "e", "ou")
    return prev + ("what" if asks else "that")


def _the(english: str):
    """A thing named with its article or contraction (``_ART``: "na Casa Branca": in the White House)."""
    return lambda m: {"n": "in ", "d": "of ", "pel": "by "}.get((m.group("p") or "").lower(), "") + english


_ART = r"(?:\b(?P<p>n|d|pel)?(?:o|a|os|as)\s+)?"
# a noun and the adjective after it ("o carro alugado": the rented car)
_NOUNS_AFTER = (r"carros?|ve[íi]culos?|mensage(?:m|ns)|aplicativos?|apps?|leis?|servi[çc]os|telefones?|celular|"
                r"lugar|local|mandados?|empresas?|ataques?|atentado|pessoas|v[íi]timas|policia(?:l|is)|agentes?|"
                r"pedestres|grupo|nome|facas?|armas?|homem")
_ADJECTIVES_AFTER = (r"alugad[oa]s?|criptografad[oa]s?|encriptad[oa]s?|secret[oa]s?|nov[oa]s?|verdadeiro|"
                     r"brit[âa]nic[oa]s?|terroristas?|ferid[oa]s?|mort[oa]s?|[úu]ltim[oa]s?|isl[âa]mic[oa]s?|"
                     r"outr[oa]s?")
# "I'd like to know", "tell me", "does anyone know", left out before what is asked
_KNOW = (r"(?:eu\s+)?(?:queria|quero|gostaria\s+de|preciso)\s+saber|algu[ée]m\s+sabe(?:\s+me\s+dizer)?|"
         r"(?:voc[êe]s?|vcs?)\s+sabem?(?:\s+me\s+dizer)?|sabe\s+me\s+dizer|"
         r"(?:me\s+)?(?:diz|diga|fala|fale|conta|explica)(?:\s+(?:a[íi]|pra\s+mim))?")
_ASKING_NEXT = r"(?=o\s+qu|oq|quem|quant|qual|quais|onde|quando|como|cad[êe]|por\s*qu|pq|de\s|com\s|pra?\s|em\s|a\s+qu)"
_DAYS = dict(zip("segunda terça terca quarta quinta sexta".split(), "Monday Tuesday Tuesday Wednesday Thursday Friday".split()))
# the capitals that are no one's name ("o Home Secretary": the Home Secretary)
_TITLES = frozenset("Home Prime White Metropolitan Parliament Senate Congress".split())
# "não" before a verb ("não pode": cannot), as typed without accents
_NOT = {w: e.replace("_", " ") for w, e in (p.split(":") for p in """pode:cannot podem:cannot deve:should_not devem:should_not
    vai:will_not vao:will_not quer:does_not_want querem:do_not_want quis:did_not_want sabe:does_not_know
    sabia:did_not_know e:is_not era:was_not foi:was_not sao:are_not""".split())}
_BESIDE = {"por causa": "because of", "antes": "before", "depois": "after", "perto": "near", "dentro": "inside",
           "fora": "outside", "longe": "far from", "em vez": "instead of"}

_PORTUGUESE_IDIOMS = Idioms([
    # greetings, "please", "I'd like to know" before what is asked, a particle asking agreement last
    (r"^\s*(?:(?:oi|ol[áa]|opa|e\s+a[íi]|eai|bom\s+dia|boa\s+(?:tarde|noite)|gente|galera|pessoal|mano|cara)"
     r"\s*[,!.:]\s*)+", ""),
    (r"\b(?:por\s+favor|pfv|pfvr|pf)\b|\btipo\s+assim\b", ""), (r",\s*(?:n[ée]|t[áa]|sabe|p[áa]|hein)\s*\?\s*$", "?"),
    (r"^\s*(?:%s)\s*[:,]?\s*se\s+(?=\w)" % _KNOW, ""), (r"^\s*(?:%s)\s*[:,]?\s*%s" % (_KNOW, _ASKING_NEXT), ""),
    (r"\bser[áa]\s+que\b", ""), (r"\b[ée]\s+verdade\s+que\b", "is it true that"),
    # names: "como se chamava o policial", "o atacante se chamava como?", "qual era o nome"
    (r"\b(chama(?:va)?)-se\b", r"se \1"), (r"\bnome\s+(?:verdadeiro|real)\b|\bverdadeiro\s+nome\b", "real name"),
    (r"\bqual\s+(?:é|e|era)\s+o\s+nome\b", "what is the name"),
    (r"\bcomo\s+(ele|ela)\s+se\s+chama(va)?\b",
     lambda m: f"what {'was' if m.group(2) else 'is'} {'his' if m.group(1).lower() == 'ele' else 'her'} name"),
    (r"\bcomo\s+se\s+chama(va)?m?\s+(?=\w)", lambda m: f"what {'was' if m.group(1) else 'is'} the name of "),
    (r"\bcomo\s+se\s+chama(va)?\b", lambda m: f"what {'was' if m.group(1) else 'is'} the name"),
    (r"^(\s*)(.+?)\s+(?:se\s+)?chama(va)?\s+como\s*\?",
     lambda m: f"{m.group(1)}what {'was' if m.group(3) else 'is'} the name of {m.group(2)}?"),
    (r"^(\s*)como\s+(?:[ée]\s+que\s+)?(.+?)\s+chamou\b", r"\1what \2 called"),
    (r"\bfal(?:ou|aram)\b(?=\s+(?:antes|depois|ontem|hoje|quando|pel[oa]|por|ao\s+telefone)\b|\s*[?.,!]|\s*$)", "spoke"),
    (r"\bse\s+(?:encontr|reun)(ar|ir|ou|iu|a|e|am|em|aram|iram)\s+com\b", lambda m: ("met" if m.group(1).lower() in
     ("ou", "iu", "aram", "iram") else "meets" if m.group(1).lower() in ("a", "e") else "meet") + " with"),
    # a pronoun joined to its verb ("matou-o", "recusou-se"), and before it ("o prendeu", "lhe disse")
    (r"(?<![\w'’-])([^\W\d_]+)-(se|o|a|os|as|lo|la|los|las|no|na|nos|lhe|lhes|me)(?![\w'’-])", _enclitic),
    (r"\b(?:se\s+)?recus(?:ou|aram)(?:\s+se)?\s+a\b", "refused to"), (r"\b(?:se\s+)?recusam?\s+a\b", "refuse to"),
    (r"\bse\s+(?=(?:%s)\b)" % _REFLEXIVE, ""), (r"(?<![\w'’-])(o|a|os|as|lhe|lhes)\s+([^\W\d_]+)(?![\w'’-])", _proclitic),
    # age: "quantos anos tinha the attacker", "quantos anos o atacante tinha", "ele tinha quantos anos"
    (r"\bquantos\s+anos\s+(?=de\b)", "how many years "),
    (r"\bquantos\s+anos\s+(?:(?:ele|ela)\s+)?(tinha|tinham|teria|tem|t[êe]m)\b",
     lambda m: "how old " + ("was" if m.group(1).lower() in ("tinha", "tinham", "teria") else "is")),
    (r"\bquantos\s+anos\s+([^?,]{1,40}?)\s+(tinha|tem)\s*(?=[?.!]|$)",
     lambda m: f"how old {'was' if m.group(2).lower() == 'tinha' else 'is'} {m.group(1)}"),
    (r"\btinham?\s+quantos\s+anos\b", "was how old"), (r"\bt[eê]m\s+quantos\s+anos\b", "is how old"),
    (r"\bquantos\s+anos\b", "how old"), (r"\b(?:com\s+)?que\s+idade\b", "at what age"),
    # the question words of two words or more
    (r"\bo\s+que\s+(?:houve|rolou)\b", "what happened"),
    (r"\bo\s+qu[eê]\b", "what"), (r"\b(?:é|e)\s+que\b", ""),
    (r"^(\s*)(?:por\s*qu[eê]|porqu[eê]|pq|porque)\b", r"\1why"), (r"\bpor\s+qu[eê]\b", "why"),
    (r"\bde\s+quem\b", "whose"), (r"\b(?:para|pra)\s+quem\b", "to whom"), (r"\bcom\s+quem\b", "with whom"),
    (r"\bpor\s+quem\b", "by whom"), (r"\ba\s+quem\b", "to whom"), (r"\bde\s+onde\b", "from where"),
    (r"\b(?:pra|para)\s+onde\b", "where"), (r"\bdesde\s+quando\b", "since when"), (r"\bat[ée]\s+quando\b", "until when"),
    (r"\b(?:h[áa]\s+)?quanto\s+tempo\b", "how long"), (r"\bquantas\s+vezes\b", "how many times"),
    (r"\bquanto\s+dinheiro\b", "how much money"), (r"\bque\s+tipo\s+de\b", "what kind of"),
    (r"\bque\s+(marca|modelo)\s+de\b", lambda m: "what %s of" % ("model" if m.group(1).lower() == "modelo" else "make")),
    (r"\b(?:em\s+)?que\s+dia\b", "on what day"), (r"\b(?:a|em)\s+que\s+horas?\b|\bque\s+horas\b", "at what time"),
    (r"\bem\s+que\s+(ano|m[êe]s|cidade|pa[íi]s|hospital|programa|jornal|lugar|local|pris[ãa]o)\b",
     lambda m: "in what " + m.group(1)), (r"\bem\s+que\b", "on which"),
    (r"\bquant[oa]s\s+(feridos|mortos|v[íi]timas)\s+(?:teve|houve|deixou)\b", r"how many \1 were there in"),
    # "qual é" is what is, as "qual o nome" (Brazil); "quem e", "onde e" typed without the accent: is
    (r"\bqual\s+(?:é|e|eh)\b", "what is"), (r"\bqual\s+(?:era|foi)\b", "what was"), (r"\bquais\s+s[ãa]o\b", "what are"),
    (r"\bquais\s+(?:eram|foram)\b", "what were"), (r"^(\s*)qual\s+(?=(?:o|a|os|as)\s)", r"\1what is "),
    (r"^(\s*)quais\s+(?=(?:os|as)\s)", r"\1what are "),
    (r"\b(quem|onde|quando|cad[eê]|como)\s+(?:e|eh)\b(?!\s+(?:quando|onde|quem|por|porque|como|qual)\b)", r"\1 é"),
    (r"\b(quem|onde|como|qual|que)\s+esta\b", r"\1 está"), (r"^(\s*)e\s+se\b(?![^,]*,)", r"\1what if"),
    (r"^(\s*)(?:tem|h[áa])\s+(?=(?:algu\w+|provas?|evid[êe]ncias?|mais|outr[oa]s?)\b)", r"\1is there "),
    (r"^(\s*)(?:teve|houve|havia)\s+(?=(?:algu\w+|provas?|evid[êe]ncias?|mais|outr[oa]s?|mortos|feridos)\b)",
     r"\1was there "),
    # the story's names and things, with the article before them ("na Casa Branca": in the White House)
    (r"\b(?:o\s+)?estado\s+isl[âa]mico\b|(?-i:\bEI\b)", "Islamic State"),
    (r"\b(?:ao|o)\s+isl(?:ã|a|amismo)\b", lambda m: ("to " if m.group(0)[:2].lower() == "ao" else "") + "Islam"),
    (_ART + r"(?:ministr[ao]|secret[áa]ri[ao](?:\s+de\s+estado)?)(?:\s+brit[âa]nic[ao])?\s+(?:do\s+interior|"
     r"da\s+administra[çc][ãa]o\s+interna|(?:dos|para)\s+assuntos\s+internos)\b", _the("the Home Secretary")),
    (_ART + r"primeir[oa][\s-]+ministr[oa]\b", _the("the prime minister")),
    (_ART + r"casa\s+branca\b", _the("the White House")), (_ART + r"(?:estados\s+unidos|eua)\b", _the("the US")),
    (_ART + r"reino\s+unido\b", _the("the UK")),
    (r"\b(?:(n|d)?a\s+)?ponte\s+de\s+westminster\b",
     lambda m: {"n": "on ", "d": "of "}.get((m.group(1) or "").lower(), "") + "Westminster Bridge"),
    (r"\bna\s+ponte\b", "on the bridge"),
    (_ART + r"servi[çc]os\s+(?:de\s+intelig[êe]ncia|secretos|de\s+informa[çc][õo]es)\b", _the("the intelligence services")),
    (_ART + r"servi[çc]os\s+de\s+seguran[çc]a\b", _the("the security services")),
    (_ART + r"ag[êe]ncia\s+de\s+not[íi]cias\b", _the("the news agency")),
    (_ART + r"empresas\s+de\s+tecnologia\b", _the("the tech companies")),
    (r"\b(?:aplicativo|app)\s+de\s+mensagens\b", "messaging app"),
    (r"\b(?:criptografia|encripta[çc][ãa]o)\s+de\s+ponta\s+a\s+ponta\b", "end-to-end encryption"),
    (r"\bmandado\s+(?:judicial|de\s+busca)\b", "warrant"),
    (r"(\b(?:o|a|os|as|um|uma|da|do)\s+)?\b(?:antecedentes\s+criminais|ficha\s+(?:criminal|suja)|cadastro\s+criminal|"
     r"regist(?:r)?o\s+criminal)\b", lambda m: (m.group(1) or "a ") + "criminal record"),
    (r"\bcom\s+vapor\b", "with steam"), (r"\bt[eê]m\s+a\s+ver\b", "are connected"),
    # the events: claiming, shooting, messaging, the end
    (r"\b(?:assumiu|assumiram|reivindicou)\s+a\s+(?:autoria|responsabilidade)(\s+(?:pel[oa]|d[oa]|por)\b)?",
     lambda m: "claimed responsibility" + ("" if not m.group(1) else " for" if m.group(1).strip() == "por" else " for the")),
    (r"\b(?:mort[oa]|abatid[oa])\s+a\s+tiros?\b", "shot dead"), (r"\bfoi\s+mandad[oa]\b", "was sent"),
    (r"\b(?:mandou|enviou|mandava)\s+(?:uma\s+)?(?:mensage(?:m|ns)|msgs?)(?:\s+(?:para|pra|a)\b)?|"
     r"\btrocou\s+mensagens\s+com\b", "messaged"),
    (r"\b(?:no\s+(?:final|fim)(?:\s+das\s+contas)?|afinal\s+de\s+contas|por\s+fim|ao\s+final)\b", "in the end"),
    (r"^(\s*)afinal\s*,\s*", r"\1"), (r"\b(?:de\s+acordo\s+com)\b", "according to"),
    (r"\b(?:a\s+respeito\s+d[eoa]s?|em\s+rela[çc][ãa]o\s+a[os]?)\b", "about"),
    (r"\b(por\s+causa|antes|depois|perto|dentro|fora|longe|em\s+vez|por\s+tr[áa]s|atr[áa]s)\s+d(?:e|(o|a|os|as))\b",
     lambda m: _BESIDE.get(re.sub(r"\s+", " ", m.group(1).lower()), "behind") + (" the" if m.group(2) else "")),
    (r"\b(o|a|os|as|um|uma|no|na)\s+segund[oa]s?\b", r"\1 second"),
    (r"\b(?:na\s+|numa\s+)?(segunda|ter[çc]a|quarta|quinta|sexta)[\s-]+feira\b|\bna\s+(segunda|ter[çc]a|quarta|"
     r"quinta|sexta)\b(?!\s+vez)", lambda m: ("on " if m.group(0)[:1].lower() == "n" else "")
     + _DAYS[(m.group(1) or m.group(2)).lower()]),
    (r"\bno\s+(s[áa]bado|domingo)\b", lambda m: "on " + ("Sunday" if m.group(1)[:1] in "dD" else "Saturday")),
    (r"\bfal(ou|aram|a|am)\s+(?:com|(de|d[oa]s?|disso))\b", lambda m: ("said" if m.group(1).lower() in ("ou", "aram") else
     "say" + "s" * (m.group(1).lower() == "a")) + " about" + {"de": "", "disso": " this"}.get(m.group(2), " the") if m.group(2) else
     ("spoke" if m.group(1).lower() in ("ou", "aram") else "speak" + "s" * (m.group(1).lower() == "a")) + " to"),
    # "do", "com" before an English word ("a idade do attacker"), not before a pronoun ("do you")
    (r"\bdo\s+(?!(?:you|they|we|i|not|so|this|that|these|those|it|he|she|any|people|to)\b)(?=(?-i:[a-z]))", "of the "),
    (r"(?<![.\w])com\s+(?=(?-i:[a-z]))", "with "),
    # must, need: "tem que" (has to), "precisa de" (needs); "a", "de", "quer", ... before a verb: to
    (r"^(\s*)precisa(?:m)?\s+de\s+(?:um\s+|uma\s+)?([^\W\d_]+)", r"\1is a \2 needed"),
    (r"\bt[eê]m\s+(?:que|de)\b", "has to"), (r"\btinha\s+(?:que|de)\b", "had to"),
    (r"\bprecis(a|am|ava)\s+de\b", lambda m: {"a": "needs", "am": "need"}.get(m.group(1).lower(), "needed")),
    (r"\b((?:mand|obrig|forç|pedi|ajud)\w*)\s+(el[ea]s?)\s+(?=(?:%s)\b)" % _INFINITIVE,
     lambda m: f"{m.group(1)} {_PRONOUNS.get(m.group(2).lower()[:-1] + 'a' * (m.group(2)[-1:] == 's'), 'him')} to "),
    (r"(?<![\w'’-])(quer|querem|queria|quis|tentou|tenta|precisa|precisam|conseguiu|conseguiram|exige|exigiu|"
     r"pediu|pede|a|de)\s+(?=(?:%s)\b)" % _INFINITIVE,
     lambda m: "to " if m.group(1).lower() in ("a", "de") else f"{m.group(1)} to "),
    (r"\bn[ãa]o\s+(podem?|devem?|vai|v[ãa]o|quer|querem|quis|sabe|sabia|[ée]|era|foi|s[ãa]o)\b", lambda m: _NOT[
        m.group(1).lower().translate(_PLAIN)]),
    # an adjective and an owner after their noun ("o carro dele": his car), put before it
    (r"\b(%s)\s+(%s)\b(?!\s+(?:por|pel[oa]s?)\b)" % (_NOUNS_AFTER, _ADJECTIVES_AFTER), r"\2 \1"),
    (r"\b(?:o|a|os|as)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(dele|dela|deles|delas)\b",
     lambda m: {"dele": "his", "dela": "her"}.get(m.group(2).lower(), "their") + " " + m.group(1)),
    # "de que" before a clause is that ("provas de que o EI mandou": evidence that)
    (r"\bde\s+que\s+(?=(?:o|a|os|as|ele|ela|eles|elas|um|uma|n[ãa]o)\b|(?-i:[A-Z]))", "that "),
    # an article before a name is left out ("o Masood", "a Rudd"), "the" before letters ("o FBI")
    (r"\b(?:o|a)\s+(?=((?-i:[A-Z])[\w.-]*))(?!IS\b)", lambda m: "the " if m.group(1).isupper() and len(m.group(1)) > 1
     or m.group(1) in _TITLES else ""), (r"\b(d[oa]|pel[oa]|[àa]o?)\s+(?=(?-i:[A-Z][a-z]))",
                lambda m: {"d": "of ", "p": "by "}.get(m.group(1)[0].lower(), "to ")),
    # "as" after a word of Portuguese is the ("ganhou as eleições"), not the English "as" ("known as")
    (r"(?<![\w'’-])(?P<prev>[^\W\d_]+\s+)as\s+(?=(?-i:[a-zà-ÿ]))",
     lambda m: m.group("prev") + ("the " if m.group("prev").strip().lower() in _PORTUGUESE and
                                  m.group("prev").strip().lower() not in _PORTUGUESE_SHARED else "as ")),
    (r"(?<![\w'’])(?P<prev>[\w'’]+\s+)que\b", _asks_or_joins),
])

# words of talk, left out: "né", "tipo", "mano", "pá" (Portugal), "aí", "valeu", "kkkk"
_PORTUGUESE_DROPPED = frozenset("""né ne tipo mano pá aí então entao hein uai tchê pô poxa caramba véi galera olha
    lá la daí eita vixe valeu vlw obrigado obrigada obg brigado kkkk kkkkk rsrs pois hã bem aliás""".split())
# the words glossed only before a word of Portuguese or a name: English ones ("a car", "no place", ".com")
_PORTUGUESE_SHARED = frozenset("a as do no um me com data nova real local ate pro nos".split())
# the words that show Portuguese: those glossed and left out, less those shared, most infinitives (Spanish
# shares them) and the words of other languages: English ("era", "sem", "dia", "ele", "carro", "eu", "os", "vc";
# "foi", "vai", "tem" kept), Spanish, Italian, French ("que", "quando", "qual", "como": the opening shows
# them; "ataque", "país", "né", "à") and those after it ("ja", "dessa": Swedish; "preco": Slovak; "eh", "na")
_NOT_MARKS = frozenset("""o e de se para por pra como que quando quanto qual la lá eh ne né mais sobre entre
    antes era sem mas pais país dia ele ela dele carro morte algo nada local agente tempo ia ano dos das esta este
    ou mes autor autora marca modelo cara tipo mano ponte sua seu programa grupo hora empresa empresas soldado
    partido arma multa secreto secreta contra durante segundo novo novas ataque atacante atentado terrorista
    terroristas gente policia celular lugar fez vez nunca todos bem olha pois aliás vixe presidente sempre mandado
    apenas deve nem fala faz eram usa usam cartas morto morta eu os na nas da ta tá vc msg em leis leu lido seria
    esse essa preco telefone faca ultima ultimo última último coopera dono porque exige precisa proprietario sabe
    sabia realmente semana titulo título subtitulo subtítulo noticia materia ministro ministra motivo parlamento
    inteligencia entrevista criptografia antecedentes evidencias islamico britanico galera caramba hein desde dito
    escrito enviado encontrado abatido preso presos ferido ferida queria vivia à pelo usado está ja domingo
    senador""".split()) | frozenset(
    _typed(_PORTUGUESE_INFINITIVES)) - frozenset("ler fazer dizer escrever falar alugar obrigar proibir ajudar viver".split())
_PORTUGUESE_MARK = (frozenset(_PORTUGUESE) | _PORTUGUESE_DROPPED) - _PORTUGUESE_SHARED - _NOT_MARKS
# what shows Portuguese opening a question: "o que", a question word before an article, a pronoun or "foi"
# ("que carro o Masood usou"; not "que carro el", "quando è"), an article, a noun and a verb ("o Masood agiu")
_PORTUGUESE_OPENING = re.compile(
    r"^\s*(?:o\s+qu[eê]|oq|oque|em\s+(?:que|qual|quais)|(?:com|para|pra|de|por|a)\s+quem|(?:desde|at[ée])\s+quando|"
    r"(?:que|qual|quais|quando|quanto|quantos|quantas|onde|como|por\s*qu[eê]|pq|cad[eê])\s+(?:(?:[ée]|eh)\s+que\s+)?"
    r"(?:(?:o|a|os|as)|(?:(?-i:[a-zà-ÿ])[^\W\d_]*\s+){0,3}(?:o|os|as|ele|ela|eles|elas|voc[êe]|vc|foi|é|era|s[ãa]o|"
    r"tinha|tem|est[áa]))(?!['’])|(?:o|a|os|as)\s+[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]*)*\s+(?:disse|quer|quis|fez|diz|"
    r"tem|tinha|foi|era|vai|pode|deve|sabia|est[áa]|estava|é|usa|faz|acha|precisa|[^\W\d_]{2,}"
    r"(?:ou|eu|iu|aram|eram|iram)))\b", re.I)

# -- English order

# the verbs glossed, their bare form and the auxiliary asking with them ("ran_over": ran over)
_BARE = {v.replace("_", " "): (v.replace("_", " ").replace(v.split("_")[0], bare, 1), aux)
         for aux, verbs in [("did", """said:say spoke:speak told:tell declared:declare wrote:write called:call
    answered:answer happened:happen killed:kill died:die stabbed:stab shot:shoot
    attacked:attack lasted:last ended:end drove:drive ran_over:run rented:rent
    used:use sent:send read:read unlocked:unlock hacked:hack claimed:claim
    wanted:want demanded:demand asked_for:ask knew:know found:find acted:act did:do
    cooperated:cooperate refused:refuse prevented:prevent forced:force banned:ban
    managed:manage tried:try lived:live came:come worked:work arrested:arrest
    converted:convert became:become paid:pay bought:buy cost:cost resigned:resign
    fired:fire met:meet messaged:message had:have"""),
                            ("does", """says:say speaks:speak writes:write answers:answer happens:happen uses:use
    wants:want demands:demand knows:know thinks:think does:do cooperates:cooperate
    refuses:refuse needs:need belongs:belong calls:call has:have
    represents:represent"""), ("do", "say:say use:use want:want know:know need:need refuse:refuse "
                                    "cooperate:cooperate hide:hide")]
         for v, bare in (pair.split(":") for pair in verbs.split())}
_BARE_VERB = "|".join(sorted(map(re.escape, _BARE), key=len, reverse=True))
_BARE_FORMS = "|".join(sorted({b for b, _ in _BARE.values()}, key=len, reverse=True))
# a subject: a name ("Amber Rudd", "the FBI"), a pronoun, or a noun of the story that acts
_SUBJECT = (r"(?:the\s+)?(?!(?-i:I|Is|Was|Did|Does|What|Who|When|Where|Why|How|Which)\b)(?-i:[A-Z][\w'’.-]*)"
            r"(?:\s+(?-i:[A-Z][\w'’.-]*))*|he|she|they|you|we|anyone|someone|"
            r"(?:the|this|that)\s+(?:(?:new|other|British|Islamic|rented|last)\s+)?(?:attacker|perpetrator|terrorists?|"
            r"police officers?|police|officers?|government|minister|prime minister|Home Secretary|authors?|"
            r"journalists?|company|companies|group|soldiers?|victims?|people|president|senator|man|guy|article|app|"
            r"intelligence services|security services|tech companies|attack|car|i?[Pp]hone|messages?|laws?)")
# what a "what" or "which" asks for, no subject ("que carro ele usou": what car did he use)
_THINGS = (r"car|vehicle|knife|weapon|apps?|messages?|laws?|article|phone|day|year|time|programme|interview|"
           r"evidence|job|party|religion|city|country|make|model|name|date|month|information|money|reason")
_ASKED = (r"(?:(?:on|in|at|from|with|for|about|to|by|of)\s+)?(?:what|which)(?:\s+(?:kind|make|model)\s+of)?"
          r"\s+(?:%s)|what|which|when|where|why|how long|how much|how many times|how many\s+(?:police officers|\w+)|"
          r"how|who|since when|until when|from where" % _THINGS)
_ASKED_LAST = (r"(?:(?:on|in|at|from|with|for|about|to|by)\s+)?(?:what|which)\s+(?:%s)|what|who|whom|whose|where|"
               r"when|why|how|how much|how long|how many times|how many\s+(?:police officers|\w+)|from where|"
               r"since when|(?:by|to|with|from)\s+whom" % _THINGS)
# what a "what" after its verb asks for ("uses what kind of encryption")
_ASKED_THING = r"(?:what|which)(?:\s+(?:kind|make|model)\s+of)?(?:\s+(?!(?:about|to|in|on|of|for|with|from|at|by)\b)[a-z-]+)?"
_ASKED_ANY = r"\b(?:what|who|whom|whose|which|when|where|why|how)\b"
_AUX = r"will|would|can|could|should|must|has to|had to"
_ADVERB = r"(?:really|alone|exactly|finally|already|still|also|in the end)"
_PASSIVE = (r"born|arrested|killed|stabbed|shot dead|shot|injured|written|found|rented|used|sent|claimed|detained|"
            r"fired|interviewed|elected|appointed|published")


def _portuguese_order(glossed: str) -> str:
    """A Portuguese question glossed word for word, put in English order clause by clause: a question
    word asked last put first ("the government will do what?"), a subject after its verb before it ("what
    said Rudd?"), the auxiliary a question needs ("where he lived?", "Masood acted alone?"), a pronoun
    after its verb its object ("who killed he?": him). "to whom Masood sent ..." is left as it reads."""
    g = re.sub(r",\s*(?=[?.!]*\s*$)", "", re.sub(r",(?:\s*,)+", ",", glossed))
    g = re.sub(r"^(\s*which)\s+the\s+", r"\1 ", g, flags=re.I)
    clauses = re.split(r"((?<=[?.!,])\s+|\s+(?=and\s+(?:what|who|where|when|why|how)\b))", g)
    for k in range(0, len(clauses), 2):
        lead = re.match(r"\s*(?:(?:and|but|so|then|in the end|finally)\s*,?\s+)?", clauses[k]).group(0)
        clauses[k] = lead + _question_first(clauses[k][len(lead):])
    g = "".join(clauses)
    g = re.sub(r"(?<!was )(?<!were )(?<!is )(?<!are )(?<!be )(?<!been )\bnot\s+(%s)\b" % "|".join(
        v for v, (_, aux) in _BARE.items() if aux != "do"), lambda m: "%s not %s" % _BARE[m.group(1).lower()][::-1], g)
    g = re.sub(r"\b(if|that|when|because)\s+(%s)\s+not\s+(%s)\b" % (_SUBJECT, _BARE_FORMS), lambda m: "%s %s %s not %s" % (
        m.group(1), m.group(2), "do" if re.search(r"(?:they|you|we|s)$", m.group(2)) and m.group(2).islower()
        else "does", m.group(3)), g)
    g = re.sub(r"\b(%s|%s)\s+(he|she|they)(?=\s*(?:[?.!,]|$)|\s+(?:to|in|on|at|with|for|about|before|after|from|by|"
               r"because|and|or|alone|again|dead)\b)" % (_BARE_VERB, _BARE_FORMS),
               lambda m: f"{m.group(1)} " + {"he": "him", "she": "her", "they": "them"}[m.group(2).lower()], g)
    return re.sub(r"\b(say|said)\s+(him|her|them)\b", lambda m: ("tell " if m.group(1) == "say" else "told ")
                  + m.group(2), g)


def _do(verb: str, subject: str, negated: object = None, adverb: str | None = None) -> str:
    """The auxiliary, the subject and the bare verb that ask with ``verb`` ("said", "Rudd": did Rudd say)."""
    bare, aux = _BARE[verb.lower()]
    return f"{aux} {subject}{' not' if negated else ''}{adverb or ''} {bare}"


def _question_first(g: str) -> str:
    """A clause ``g`` with its question word first and its subject before its verb (``_portuguese_order``)."""
    S, Q, L, V, A, E = _SUBJECT, _ASKED, _ASKED_LAST, _BARE_VERB, _AUX, r"(\s*[?.!,]*)$"
    be = r"was|is|were|are"
    # asked last: "the government will do what?", "the attack was when?", "the officer was stabbed by whom?"
    m = re.match(rf"^((?:{S})(?:\s+that\s+[^?]+?)?)\s+({A}|{be})\s+((?:\w+\s+)*?)({L}|how old)((?:\s+of\s+the\s+\w+)?){E}",
                 g, re.I)
    if m and not re.search(_ASKED_ANY, m.group(3), re.I):
        return f"{m.group(4)}{m.group(5)} {m.group(2)} {m.group(1)}{' ' + m.group(3).strip() if m.group(3) else ''}{m.group(6)}"
    # "Rudd said what about WhatsApp?", "the attack happened where?", "WhatsApp uses what kind of encryption?"
    m = re.match(rf"^({S})\s+(not\s+)?({V})(?:\s+({_ASKED_THING}|who|whom)(.*?)|(.*?)\s+({L})){E}", g, re.I)
    if m:
        asked, rest = (m.group(4), m.group(5)) if m.group(4) else (m.group(7), m.group(6))
        if not re.search(_ASKED_ANY, rest, re.I):
            return f"{asked} {_do(m.group(3), m.group(1), m.group(2))}{rest}{m.group(8)}"
    # "when was arrested the attacker", "where he was born", "what the new law will change"
    m = re.match(rf"^((?:{Q})\s+(?:{be}))\s+({_PASSIVE})\s+({S})(.*)$", g, re.I)
    if m:
        return f"{m.group(1)} {m.group(3)} {m.group(2)}{m.group(4)}"
    m = re.match(rf"^((?:{Q})\s+)({S})\s+({be}|{A})\s+(\w+)(.*)$", g, re.I)
    if m and (m.group(3).lower() not in be.split("|") or re.fullmatch(_PASSIVE, m.group(4), re.I)):
        return f"{m.group(1)}{m.group(3)} {m.group(2)} {m.group(4)}{m.group(5)}"
    if re.fullmatch(rf"\s*(?:what|which)\s+(?:{_THINGS})\s+(?:{be})", g.rstrip(" ?.!"), re.I):
        return re.sub(r"(?=\s*[?.!]*$)", " it", g, count=1)
    # "what said Rudd", "to whom belongs WhatsApp": the verb before its subject
    m = re.match(rf"^((?:{Q}|(?:to|with|by|from|for|about)\s+whom)\s+)(?!(?:did|does|has|had)\b)({V})(\s+{_ADVERB})?\s+({S})(.*)$",
                 g, re.I)
    if m and not m.group(1).strip().lower().startswith("who"):
        return f"{m.group(1)}{_do(m.group(2), m.group(4))}{m.group(3) or ''}{m.group(5)}"
    # "where he lived", "what the government wants", "which app Masood used": the auxiliary
    m = re.match(rf"^((?:{Q})\s+)({S})(\s+{_ADVERB})?\s+(not\s+)?({V})\b(.*)$", g, re.I)
    if m and not re.search(_ASKED_ANY, m.group(6), re.I):
        return f"{m.group(1)}{_do(m.group(5), m.group(2), m.group(4), m.group(3))}{m.group(6)}"
    # asking whether: "Masood acted alone?", "Masood was arrested?", "the car that he used was rented?"
    if not re.search(_ASKED_ANY, g, re.I) and g.rstrip().endswith("?"):
        m = re.match(rf"^({S})(\s+that\s+[^?]+?)?\s+({be}|{A}|(?:did|does|do)(?=\s+not\b))\s+(.+)$", g, re.I)
        if m:
            return f"{m.group(3)} {m.group(1)}{m.group(2) or ''} {m.group(4)}"
        m = re.match(rf"^({S})(\s+{_ADVERB})?\s+(not\s+)?(?!(?:did|does|has|had)\s+not\b)({V})\b(.*)$", g, re.I)
        if m:
            return f"{_do(m.group(4), m.group(1), m.group(3), m.group(2))}{m.group(5)}"
    return g


PORTUGUESE = Language(_PORTUGUESE_IDIOMS, _PORTUGUESE, _PORTUGUESE_DROPPED, _PORTUGUESE_MARK,
                      reorder=_portuguese_order, shared=_PORTUGUESE_SHARED, opening=_PORTUGUESE_OPENING)
