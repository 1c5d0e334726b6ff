"""Indonesian and Malay mixed into English questions.

Indonesians and Malaysians ask with their own frame around the English names and things of the
article: "Siapa yang nulis artikel ini?", "Masood umur berapa?", "Amber Rudd bilang apa soal
WhatsApp?", "bila serangan tu berlaku?". The words take affixes (me-/di-/ber-/ter-, -kan, -i,
-nya) and chat spellings ("yg", "gak", "utk"); the common affixed and chat forms are listed as
they are typed rather than stemmed, as a stem often means something else ("tahu" knows, "tahun"
is a year). Indonesian puts a modifier after its noun ("nama penyerang": the attacker's name)
and often asks with the question word last ("Masood tinggal di mana?"), so the glossing is put
in English order for those clear cases (``_indonesian_order``).
"""
from __future__ import annotations

import re

from . import Language

# -- idioms ----------------------------------------------------------------------------------

_BERAPA = r"(?:berapa|brp|brapa|berapakah)"

# a passive typed apart ("di tulis") and "-nya" typed apart ("mobil nya") are joined when the joined
# word is one of ours; a "-nya" left alone carries nothing the English needs
def _joined_passive(m: re.Match) -> str:
    word = "di" + m.group(1)
    return word if word.lower() in _PASSIVES else m.group(0)


def _joined_nya(m: re.Match) -> str:
    word = m.group(1) + "nya"
    return word if word.lower() in _INDONESIAN else m.group(1)


def _demonstrative(english: str):
    """"artikel itu" is "the article", "artikel ini" "this article": a noun (or an English word
    typed among the Indonesian) takes the demonstrative before it; after a name, a pronoun, a word
    of the frame or an English article ("the car itu") it only marks the topic ("Rudd itu siapa?")
    and is left out."""
    def put(m: re.Match) -> str:
        word = m.group(2)
        low = word.lower()
        if m.group(1) or word[0].isupper() or low.endswith("nya") or \
                (low in _INDONESIAN and low not in _INDONESIAN_NOUNS):
            return (m.group(1) or "") + word
        return f"{english} {word}"
    return put


def _adjective(m: re.Match) -> str:
    """"pesan terenkripsi" is an encrypted message: an adjective goes before its noun (but "dia
    baru datang", he has just come, has none)."""
    noun, adjective = m.group(1), m.group(2)
    if noun.lower() in _INDONESIAN_NOUNS or (noun.lower() not in _INDONESIAN and noun.islower()):
        return f"{adjective} {noun}"
    return m.group(0)


_INDONESIAN_IDIOMS = [(re.compile(p, re.I), plain) for p, plain in [
    # asking to ask ("mau tanya, ..."): nothing to gloss
    (r"\b(?:saya\s+|aku\s+|gw\s+|gue\s+)?(?:mau|mo|numpang|boleh|nak|izin)\s+(?:tanya|nanya)\b\s*,?", ""),
    # separated affixes joined before anything reads them
    (r"\bdi\s+(?=\w)(\w+)\b", _joined_passive),
    (r"\b([a-z][\w]*?)(?:\s+|-)nya\b", _joined_nya),
    # how old, how long, how many times, what time ...
    (rf"\b{_BERAPA}\s+(?:umur|usia)(?:nya)?(?:\s+{_BERAPA})?\b", "how old"),
    (rf"\b(?:umur|usia)(?:nya)?\s+{_BERAPA}(?:\s+tahun)?\b", "how old"),
    (rf"\b(?:umur|usia)\s+(.{{1,40}}?)\s+{_BERAPA}(?:\s+tahun)?\b", r"how old is \1"),
    (rf"\b{_BERAPA}\s+lama\b", "how long"), (rf"\b{_BERAPA}\s+kali\b", "how many times"),
    (rf"\b{_BERAPA}\s+(?:banyak|ramai)\b", "how many"), (rf"\bada\s+{_BERAPA}\b", "how many"),
    (rf"\b(?:jam|pukul)\s+{_BERAPA}\b", "what time"), (rf"\btahun\s+{_BERAPA}\b", "what year"),
    (rf"\btanggal\s+{_BERAPA}\b", "what date"), (r"\bhari\s+apa\b", "what day"), (r"\bbulan\s+apa\b", "what month"),
    # "berapa orang yang tewas": how many people died
    (rf"\b({_BERAPA})\s+([\w-]+)\s+(?:yang|yg)\b", r"\1 \2"),
    (r"\b(?:siapa|sapa|siapakah|who)\s+(?:yang|yg)\b", "who"), (r"\b(?:apa|apakah|what)\s+(?:yang|yg)\b", "what"),
    (r"^(.+?)\s+namanya\s+(?:siapa|apa)\b", r"what is the name of \1"),
    (r"\b(?:siapa|apa)\s+namanya\b|\bnamanya\s+(?:siapa|apa)\b", "what is his name"),
    (r"\bnama\s+(.{1,40}?)\s+(?:siapa|apa)\b", r"what is the name of \1"),
    (r"\b(?:siapa|apa)\s+nama\b", "what is the name of"),
    (r"\b(?:apa|apakah)\s+ada\b", "is there"),
    (r"\bapa\s+(?:itu|tu|sih)\b(?=\s+[\w\"'“])", "what is"),
    (r"\bsiapa\s+(?:itu|tu|sih)\b(?=\s+[\w\"'“])", "who is"),
    (r"\bapa\s+(?:saja|aja|sahaja|je)\b", "what"), (r"\bsiapa\s+(?:saja|aja|sahaja|je)\b", "who"),
    (r"\b(?:apa\s+sebab|sebab\s+apa|karena\s+apa|(?:untuk|utk|buat)\s+apa)\b", "why"),
    (r"\b(?:jenis|macam|tipe)\s+([\w-]+)\s+apa\b", r"\1 what kind"),
    (r"\b(?:jenis|macam|tipe)(?:nya)?\s+apa\b", "what kind"),
    (r"\bapa\s+(?:jenis|macam)\b", "what kind of"),
    (r"\b(?:bagaimana|gimana|gmn|bgmn|macam\s+mana)\s+cara(?:nya)?\b", "how"), (r"\b(?:macam|mcm)\s+mana\b", "how"),
    (r"\b(?:yang|yg)\s+mana\b|\bmana\s+(?:yang|yg)\b", "which"),
    (r"\b(?:di|kat|dekat)\s+mana\b", "where"), (r"\bke\s+mana\b", "where"), (r"\bdari\s+mana\b", "from where"),
    (r"\bmana\s*(?=[?.!]*\s*$)", "where"),
    # Malay "... ke?" closes a yes-no question
    (r"\s+ke\s*(?=\?+\s*$)", ""),
    (r"\b(?:apa|what)\s+(?:yang\s+|yg\s+)?berlaku\b", "what happened"),
    # "sudah ... belum?", "... gak?": asked yes or no
    (r"^\s*(?:sudah|udah|sdh|dah)\s+ada\b(.*?)\s+(?:belum|blm)\b", r"is there already\1"),
    (r"\s+(?:belum|blm)\s*(?=\?+\s*$)", " yet"),
    (r"\s+(?:gak|ga|nggak|ngga|enggak|tidak|tdk|gk)\s*(?=\?+\s*$)", " or not"),
    # phrases of the story
    (r"\bkorban\s+(?:tewas|meninggal|jiwa)\b", "dead"), (r"\bkorban\s+luka(?:-luka)?\b", "injured"),
    (r"\b(?:pada\s+)?(?:waktu|saat|ketika|semasa|sewaktu)\s+(?=(?:serangan|penyerangan|kejadian|wawancara|acara)"
     r"\w*\b)", "at the time of "),
    (r"\bserangan\s+((?-i:[A-Z])[\w'’-]*)", r"the \1 attack"),
    (r"\bakses\s+(?!ke\b|kepada\b|terhadap\b)(?=[\w-])", "access to "),
    (r"\b((?:undang-undang|uu|hukum|peraturan)(?:nya)?(?:\s+(?:itu|tu|ini|baru))?)\s+(?:mulai\s+)?berlaku\b",
     r"\1 took effect"),
    (r"\bruu\s+([\w-]+)(?:\s+(?:itu|tu|ini|tersebut))?", r"the \1 bill"),
    # a country after what it owns: "Jaksa Agung AS" is the US Attorney General
    (r"\b(jaksa\s+agung|perdana\s+menteri|presiden|pemerintah|kerajaan|kongres|parlemen|polisi|menteri)\s+"
     r"((?-i:AS|Amerika|Inggris))\b",
     lambda m: {"AS": "US", "Amerika": "US", "Inggris": "British"}[m.group(2)] + " " + m.group(1)),
    (r"\b(?:mengaku|ngaku|mengklaim|ngeklaim|klaim|mendakwa)\s+(?:bertanggung\s*jawab|tanggung\s*jawab)\b",
     "claimed responsibility"),
    (r"\bbertanggung\s*jawab\b", "responsible"), (r"\btanggung\s*jawab\b", "responsibility"),
    (r"\b(?:negara|daulah)\s+islam(?:iyah)?\b|\bNIIS\b", "Islamic State"),
    (r"\b(?:catatan|rekam\s+jejak|rekod)\s+(?:kriminal|kejahatan|jenayah)\b", "criminal record"),
    (r"\b(?:menteri|setiausaha)\s+dalam\s+negeri(?:\s+inggris)?\b|\bmendagri\b", "Home Secretary"),
    (r"\bkementerian\s+dalam\s+negeri\b", "Home Office"), (r"\bmenteri\s+luar\s+negeri\b", "Foreign Secretary"),
    (r"\bperdana\s+menteri\b", "prime minister"),
    (r"\b(?:kantor|agensi)\s+berita\s+((?-i:[A-Z])[\w'’-]*)", r"\1 news agency"),
    (r"\b(?:kantor|agensi)\s+berita\b", "news agency"),
    (r"\bsurat\s+perintah\b|\bwaran\b", "warrant"), (r"\bsurat\s+kabar\b", "newspaper"),
    (r"\bsampul\s+surat\b", "envelope"),
    (r"\b(?:badan|dinas|agensi|layanan)\s+(?:intelijen|perisikan)\b", "intelligence services"),
    (r"\b(?:badan|dinas|layanan|aparat)\s+keamanan\b|\bperkhidmatan\s+keselamatan\b", "security services"),
    (r"\b(?:petugas|anggota|aparat)\s+polisi\b|\bpegawai\s+polis\b", "police officer"),
    (r"\bpolisi\s+metropolitan\b", "Metropolitan Police"),
    (r"\bpejalan\s+kaki\b", "pedestrians"), (r"\bmeninggal\s+dunia\b", "died"), (r"\bditembak\s+mati\b", "shot dead"),
    (r"\bseorang\s+diri\b", "alone"), (r"\b(?:be)?kerja\s*sama\b", "cooperate"),
    (r"\bmengundurkan\s+diri\b", "resigned"), (r"\bmelarikan\s+diri\b", "fled"), (r"\bbunuh\s+diri\b", "suicide"),
    (r"\b(?:mem)?buka\s+kunci(?:an)?\b", "unlocked"),
    (r"\bkasih\s+ta(?:h)?u\b|\bkasi\s+tau\b|\bkasitau\b|\bmemberi\s+tahu\b", "told"),
    (r"\bmasuk\s+islam\b", "converted to Islam"), (r"\bberasal\s+dari\b", "came from"),
    (r"\bujung\s+ke\s+ujung\b", "end-to-end"), (r"\bpintu\s+belakang\b", "backdoor"),
    (r"\bmedia\s+sosial\b|\bmedsos\b", "social media"),
    # times
    (r"\bhari\s+ini\b", "today"), (r"\b(?:pada\s+)?(?:waktu|saat|ketika)\s+(?:itu|tu)\b", "at that time"),
    (r"\bhari\s+(?:itu|tu)\b", "that day"),
    (r"\bminggu\s+(?:lalu|lepas)\b", "last week"), (r"\btahun\s+(?:lalu|lepas)\b", "last year"),
    (r"\b(?:pada\s+)?hari\s+minggu\b", "on Sunday"), (r"(?-i:(?<=\s)Minggu\b)", "Sunday"),
    (r"\b(?:pada\s+)?hari\s+(?=(?:senin|isnin|selasa|rabu|kamis|khamis|jumat|jumaat|sabtu|ahad)\b)", "on "),
    # a place is named before its kind in English: "Jembatan Westminster" is Westminster Bridge
    (r"\bj[ea]mbatan\s+((?-i:[A-Z])[\w'’-]*)", r"\1 Bridge"),
    (r"\bistana\s+((?-i:[A-Z])[\w'’-]*)", r"Palace of \1"), (r"\bsungai\s+((?-i:[A-Z])[\w'’-]*)", r"River \1"),
    (r"\baplikasi\s+((?-i:[A-Z])[\w'’-]*)", r"\1 app"),
    (r"\b(?:pesan(?:-pesan)?|mesej)\s+((?-i:[A-Z])[\w'’-]*)", r"\1 messages"),
    (r"\b(?:acara|rancangan|program)\s+((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)", r"the \1 show"),
    (r"\b(?:undang-undang|uu)\s+(?=(?-i:[A-Z]))", "the "),
    (r"\bgedung\s+putih\b", "White House"), (r"\bmahkamah\s+agung\b", "Supreme Court"),
    (r"\bjaksa\s+agung\b", "Attorney General"), (r"\bamerika\s+serikat\b", "United States"),
    (r"\bbritania\s+raya\b|\bkerajaan\s+bersatu\b", "Britain"), (r"\bgedung\s+parlemen\b", "Parliament"),
    (r"\bpartai\s+republik\b", "Republican Party"), (r"\bpartai\s+demokrat\b", "Democratic Party"),
    (r"\bpartai\s+buruh\b", "Labour Party"), (r"\bpartai\s+konservatif\b", "Conservative Party"),
    (r"\bjuru\s+bicara\b|\bjubir\b", "spokesman"), (r"\bpemilihan\s+presiden\b|\bpilpres\b", "presidential election"),
    (r"\basuransi\s+kesehatan\b", "health insurance"),
    # "AS" is the United States only in capitals ("as" is English); "Pak", "Bu" before a name are titles
    (r"(?-i:\bAS\b)", "US"), (r"\b(?:pak|bapak|bu|ibu|encik|puan|mas|mbak)\s+(?=(?-i:[A-Z]))", ""),
    # "dan", "yang" glossed only in small letters: "Dan Coats", "Andrew Yang" are names
    (r"(?-i:\bdan\b)", "and"), (r"(?-i:(?:^\s*[Yy]|\by)ang\b|\byg\b)", "that"),
    # an adjective, a demonstrative after its noun
    (r"\b([\w-]+)\s+(terenkripsi|rahasia|rahsia|baru|lain|lainnya|terakhir|pertama)\b", _adjective),
    (r"\b((?:the|this|that)\s+)?([\w-]+)\s+(?:itu|tu|tersebut|tsb)\b", _demonstrative("the")),
    (r"\b((?:the|this|that)\s+)?([\w-]+)\s+(?:ini|ni)\b", _demonstrative("this")),
]]

# -- words -----------------------------------------------------------------------------------

# the nouns, kept apart as the English order needs them ("mobil apa": what car; "nama X": name of X)
_INDONESIAN_NOUNS = {
    "serangan": "attack", "penyerangan": "attack", "terorisme": "terrorism", "teroris": "terrorists",
    "pengganas": "terrorists", "penyerang": "attacker", "pelaku": "perpetrator", "tersangka": "suspect",
    "polisi": "police", "polis": "police", "petugas": "officer", "jembatan": "bridge", "jambatan": "bridge",
    "mobil": "car", "kereta": "car", "orang": "people", "org": "people", "orang-orang": "people",
    "korban": "victims", "tahun": "years", "umur": "age", "usia": "age", "hari": "day", "minggu": "week",
    "bulan": "month", "jam": "hour", "menit": "minutes", "minit": "minutes", "waktu": "time", "nama": "name",
    "artikel": "article", "berita": "news", "judul": "headline", "tajuk": "headline", "penulis": "author",
    "wartawan": "journalist", "jurnalis": "journalist", "acara": "programme", "rancangan": "programme",
    "wawancara": "interview", "pemerintah": "government", "kerajaan": "government", "menteri": "minister",
    "presiden": "President", "hukum": "law", "undang-undang": "law", "uu": "law", "ruu": "bill", "pesan": "message",
    "mesej": "messages", "aplikasi": "app", "perusahaan": "company", "syarikat": "company", "layanan": "services",
    "intelijen": "intelligence", "keamanan": "security", "keselamatan": "security", "bukti": "evidence",
    "kelompok": "group", "kumpulan": "group", "grup": "group", "tentara": "soldier", "askar": "soldier",
    "ponsel": "phone", "telepon": "phone", "hp": "phone", "enkripsi": "encryption", "rahasia": "secret",
    "rahsia": "secret", "tempat": "place", "amplop": "envelope", "akses": "access", "pisau": "knife",
    "parlemen": "Parliament", "negara": "country", "agama": "religion", "rumah": "house", "istri": "wife",
    "alasan": "reason", "pernyataan": "statement", "jawaban": "answer", "kejadian": "incident", "jalan": "street",
    "wanita": "woman", "perempuan": "woman", "pria": "man", "lelaki": "man", "pemilu": "election",
    "partai": "party", "pajak": "tax", "kongres": "Congress", "tembok": "wall", "perbatasan": "border",
    "isi": "content", "kerja": "work",
    # "-nya": his, her, its or the
    "umurnya": "his age", "usianya": "his age", "namanya": "his name", "judulnya": "the headline",
    "penulisnya": "the author", "mobilnya": "the car", "keretanya": "the car", "korbannya": "the victims",
    "pelakunya": "the perpetrator", "penyerangnya": "the attacker", "serangannya": "the attack",
    "artikelnya": "the article", "pesannya": "the messages", "alasannya": "the reason", "jawabannya": "the answer",
    "pernyataannya": "his statement", "kejadiannya": "the incident", "pekerjaannya": "his job",
}

# the passive ("ditulis": was written), kept apart as "oleh siapa" (by whom) turns it active
_PASSIVES = {
    "ditulis": "was written", "dibunuh": "was killed", "ditusuk": "was stabbed", "ditembak": "was shot",
    "ditabrak": "was hit", "disewa": "was rented", "dipakai": "was used", "digunakan": "was used",
    "diklaim": "was claimed", "diminta": "was asked", "ditemukan": "was found", "dibaca": "was read",
    "dibuka": "was opened", "dikirim": "was sent", "ditangkap": "was arrested", "ditahan": "was detained",
    "ditolak": "was rejected", "dilakukan": "was done", "dibuat": "was made", "diserang": "was attacked",
    "dienkripsi": "was encrypted", "dipecat": "was fired", "dilaporkan": "was reported", "dikatakan": "was said",
    "dimiliki": "was owned", "dibutuhkan": "needed",
}

_INDONESIAN = {
    **_INDONESIAN_NOUNS, **_PASSIVES,
    # question words, with the chat and Malay spellings
    "siapa": "who", "siapakah": "who", "sapa": "who", "apa": "what", "apakah": "is it true that",
    "adakah": "is it true that", "benarkah": "is it true that",
    "kapan": "when", "kpn": "when", "bila": "when", "bilakah": "when", "berapa": "how many",
    "berapakah": "how many", "brp": "how many", "brapa": "how many", "seberapa": "how", "kenapa": "why",
    "knp": "why", "napa": "why", "kenape": "why", "mengapa": "why", "ngapain": "why", "kok": "why", "apasal": "why",
    "dimana": "where", "dmn": "where", "kemana": "where", "darimana": "from where", "bagaimana": "how",
    "gimana": "how", "gmn": "how", "bgmn": "how", "camne": "how", "camana": "how",
    # determiners and demonstratives
    "sang": "the", "para": "the", "sebuah": "a", "seorang": "a", "satu": "one", "dua": "two", "tiga": "three",
    "ini": "this", "itu": "that", "tersebut": "that", "tsb": "that", "semua": "all", "beberapa": "several",
    "banyak": "many", "lain": "other", "lainnya": "other", "terakhir": "last", "pertama": "first",
    # prepositions
    "di": "in", "ke": "to", "dari": "from", "pada": "on", "untuk": "for", "utk": "for", "buat": "for",
    "dengan": "with", "dgn": "with", "sama": "with", "oleh": "by", "tentang": "about", "ttg": "about",
    "mengenai": "about", "soal": "about", "pasal": "about", "terhadap": "against", "kepada": "to", "bagi": "for",
    "dalam": "in", "dlm": "in", "atas": "for", "tanpa": "without", "antara": "between", "sejak": "since",
    "sampai": "until", "hingga": "until", "selama": "during", "sebelum": "before", "sblm": "before",
    "sesudah": "after", "setelah": "after", "selepas": "after", "lepas": "after", "menurut": "according to",
    "seperti": "like", "kayak": "like", "melalui": "through", "lewat": "through", "dekat": "near",
    # pronouns and possessives
    "saya": "I", "sy": "I", "aku": "I", "gue": "I", "gw": "I", "kamu": "you", "anda": "you", "lu": "you",
    "awak": "you", "dia": "he", "ia": "he", "beliau": "he", "mereka": "they", "dorang": "they", "kami": "we",
    "kita": "we", "milik": "owned by", "punya": "has",
    # conjunctions
    "atau": "or", "tapi": "but", "tetapi": "but", "tp": "but", "namun": "but", "karena": "because",
    "karna": "because", "krn": "because", "sebab": "because", "soalnya": "because", "kalau": "if", "kalo": "if",
    "jika": "if", "apabila": "if", "agar": "so that", "supaya": "so that", "lalu": "then", "kemudian": "then",
    "terus": "then", "juga": "also", "jg": "also", "bahwa": "that", "ketika": "when",
    "saat": "when", "semasa": "when",
    # negation
    "tidak": "not", "tdk": "not", "gak": "not", "ga": "not", "gk": "not", "nggak": "not", "ngga": "not",
    "enggak": "not", "tak": "not", "bukan": "not", "belum": "not yet", "blm": "not yet",
    "jangan": "don't",
    # auxiliaries and copulas (no tense in Indonesian: "sudah", already, marks a past)
    "adalah": "is", "merupakan": "is", "jadi": "so", "menjadi": "became", "sudah": "already",
    "udah": "already", "sdh": "already", "dah": "already", "telah": "already", "pernah": "ever", "akan": "will",
    "bakal": "will", "sedang": "was", "lagi": "was", "masih": "still", "bisa": "can", "dapat": "can",
    "boleh": "can", "harus": "must", "perlu": "need", "mau": "wants", "ingin": "wants", "pengen": "wants",
    "nak": "wants", "hendak": "wants", "mahu": "wants", "ada": "there is", "memiliki": "had",
    "dulu": "before", "dulunya": "formerly",
    # verbs in the past, bare stems too ("polis tembak penyerang": the police shot the attacker), as
    # the stories are past; after a modal the order puts back the base ("bisa buka": can open)
    # say, tell, write, happen
    "bilang": "said", "berkata": "said", "mengatakan": "said", "kata": "said", "ngomong": "said",
    "menyatakan": "stated", "menyebut": "called", "bicara": "spoke", "berbicara": "spoke", "memberitahu": "told",
    "menulis": "wrote", "nulis": "wrote", "tulis": "wrote", "terjadi": "happened", "berlaku": "happened",
    # kill, die, stab, shoot, drive, rent, use
    "membunuh": "killed", "bunuh": "killed", "terbunuh": "killed", "menewaskan": "killed", "tewas": "died",
    "meninggal": "died", "mati": "died", "menusuk": "stabbed", "nusuk": "stabbed", "menembak": "shot",
    "nembak": "shot", "tembak": "shot", "menyetir": "drove", "nyetir": "drove", "mengemudi": "drove",
    "mengendarai": "drove", "memandu": "drove", "menabrak": "hit", "nabrak": "hit", "merempuh": "rammed",
    "menyewa": "rented", "nyewa": "rented", "sewa": "rented", "pakai": "used", "pake": "used", "memakai": "used",
    "menggunakan": "used",
    # claim, demand, ask for, know, find, read, open, send
    "mengklaim": "claimed", "klaim": "claimed", "mengaku": "claimed", "menuntut": "demanded",
    "meminta": "asked for", "minta": "asked for", "tahu": "know", "tau": "know", "mengetahui": "know",
    "kenal": "knew", "menemukan": "found", "membaca": "read", "baca": "read", "membuka": "opened", "buka": "opened",
    "membobol": "cracked", "mengirim": "sent", "kirim": "sent",
    # live, be born, arrest, act alone, answer, cooperate, refuse, prevent, hide, force, need
    "tinggal": "lived", "hidup": "alive", "lahir": "born", "menangkap": "arrested", "tangkap": "arrested",
    "bertindak": "acted", "sendiri": "alone", "sendirian": "alone", "menjawab": "answered", "jawab": "answered",
    "menanggapi": "responded to", "bekerjasama": "cooperate", "menolak": "refused", "nolak": "refused",
    "tolak": "refused", "mencegah": "prevented", "bersembunyi": "hid", "menyembunyikan": "hid", "memaksa": "forced",
    "paksa": "forced", "butuh": "need", "membutuhkan": "needs",
    # the other verbs of the news
    "melakukan": "did", "membuat": "made", "bikin": "made", "memberikan": "gave", "kasih": "gave",
    "menyerang": "attacked", "terluka": "injured", "luka": "injured", "cedera": "injured", "bertemu": "met",
    "ketemu": "met", "memata-matai": "spied on", "mendekripsi": "decrypted", "terenkripsi": "encrypted",
    "mengakses": "accessed", "memerintahkan": "ordered", "mengesahkan": "passed", "memecat": "fired",
    "menyelidiki": "investigated", "berasal": "came", "melarang": "banned", "membantu": "helped", "bantu": "helped",
    "menang": "won", "berlangsung": "lasted",
    # the other words of such questions
    "baru": "new", "lama": "long", "benar": "true", "betul": "true", "beneran": "really", "persis": "exactly",
    "sebenarnya": "actually", "cuma": "only", "hanya": "only", "saja": "only", "aja": "only", "doang": "only",
    "sekarang": "now", "sebelumnya": "before", "akhirnya": "in the end", "kali": "times", "senin": "Monday",
    "selasa": "Tuesday", "rabu": "Wednesday", "kamis": "Thursday", "jumat": "Friday", "sabtu": "Saturday",
    "ahad": "Sunday", "inggris": "Britain", "rusia": "Russia",
}

# particles of talk and titles, left out: "sih", "dong", "ya", "kak"
_INDONESIAN_DROPPED = frozenset("""sih dong deh nih tuh lho loh ya yah yaa kan lah kah pak bu bang mas mbak kak
    kakak gan sis bro tolong mohon ah eh nah wah hmm gitu begitu emang emangnya memang si toh coba ayo yuk
    wkwk wkwkwk haha hehe encik cik puan tuan weh wei meh kot nya""".split())

# the glossed words that are English words or common tokens of English questions ("jam", "sang",
# "lama", "HP" the maker, "GA" Georgia): glossed only before a word of the language or a name
_INDONESIAN_SHARED = frozenset("jam sang lama hp ga kali lain".split())

# a yes-no question opened in Indonesian ("apakah Islamic State claimed the attack?") shows it however
# English its other words
_INDONESIAN_OPENING = re.compile(r"^\s*(?:apakah|adakah|benarkah)\b", re.I)

# the words read only by the idioms, which show the language as well ("ngaku bertanggung jawab")
_IDIOM_WORDS = frozenset("""yang yg mana macam mcm ngaku bertanggung tanggung ramai pukul tanggal jenis catatan
    kriminal perintah negeri mendagri setiausaha jaksa agung gedung putih mahkamah daulah pejalan
    sungai istana nanya numpang mulai peraturan kesehatan asuransi jubir pilpres medsos""".split())
# the words that show a question is Indonesian: its glossed and dropped words and the idioms', less
# those that are English words, names ("Luka", "Ada", "Hari"; "Dan", "Yang" are glossed in small
# letters only), or common words of the other languages mixed in: Spanish and Portuguese "dia",
# "para", "mas", "si", "ya", "anda"; Hindi "ke", "tak", "agar", "jawab", "lagi", "saat" (seven),
# "pada", "karna" (to do), "dua", "sewa"; German "artikel"; Tagalog "kita", "kami", "hari"
_INDONESIAN_MARK = (frozenset(_INDONESIAN) | _INDONESIAN_DROPPED | _IDIOM_WORDS) - _INDONESIAN_SHARED - \
    frozenset("""dia si ya para mas ke tak agar jawab lagi karna pada saat kita kami hari mobil luka kan dong lu
    gw ia org tp pak bu bang bro sis gan eh ah nah wah hmm haha hehe yah yuk artikel rusia ahad kata polis
    sewa toh kot meh tuan tau ada anda dua""".split())
# ("mana" asks where, but is Hindi "forbidden" too, "mana kiya": it shows Indonesian only once, unglossed
# but for "di mana", "yang mana", "macam mana" and a last "mana", which the idioms read)

# -- order -----------------------------------------------------------------------------------

_ASKED = r"how many|how much|how old|how long|what time|what year|what date|what day|what month|what kind|" \
         r"from where|who|whom|whose|what|which|when|where|why|how"
# the glossed verbs in the past, and their base forms after a modal ("bisa membuka": can open) or "did"
_BASE = {
    "said": "say", "wrote": "write", "happened": "happen", "killed": "kill", "died": "die", "stabbed": "stab",
    "shot": "shoot", "drove": "drive", "hit": "hit", "rammed": "ram", "rented": "rent", "used": "use",
    "claimed": "claim", "demanded": "demand", "asked for": "ask for", "urged": "urge", "found": "find",
    "read": "read", "opened": "open", "unlocked": "unlock", "cracked": "crack", "sent": "send", "lived": "live",
    "arrested": "arrest", "detained": "detain", "acted": "act", "answered": "answer", "responded to": "respond to",
    "replied": "reply", "refused": "refuse", "prevented": "prevent", "hid": "hide", "forced": "force",
    "did": "do", "made": "make", "gave": "give", "came": "come", "saw": "see", "attacked": "attack", "met": "meet",
    "supported": "support", "spied on": "spy on", "decrypted": "decrypt", "accessed": "access",
    "ordered": "order", "passed": "pass", "fired": "fire", "investigated": "investigate", "banned": "ban",
    "interviewed": "interview", "told": "tell", "stated": "state", "called": "call", "spoke": "speak",
    "knew": "know", "took effect": "take effect", "lasted": "last", "helped": "help", "won": "win",
}
_BASES = frozenset(_BASE.values()) | {"cooperate", "need", "know"}
# the passive after "oleh siapa" (by whom), and its active form: "ditulis oleh siapa": who wrote
_ACTIVE = {**{v.split(" ", 1)[-1]: v.split(" ", 1)[-1] for v in _PASSIVES.values()},
           "written": "wrote", "owned": "owns", "done": "did"}
# the nouns an asked "what" or "how many" takes with it ("mobil apa": what car), glossed or typed in
# English, and a subject that "did" may go before
_NOUN_WORDS = frozenset(v.split()[-1].lower() for v in _INDONESIAN_NOUNS.values()) | frozenset(
    """car show programme program app apps company day year time law laws bridge weapon knife group newspaper
    paper party article headline religion country city name people victims message messages phone model
    website site channel station network agency officer attacker warrant warrants encryption""".split())
_COMPOUNDS = frozenset({"news agency", "police officer", "Home Secretary", "security services",
                        "intelligence services", "prime minister", "criminal record"})
_SUBJECT = r"(?:(?:the\s+)?(?:%s)|he|she|they|we|you|I|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})" % \
    "|".join(sorted(_NOUN_WORDS | {"police"}, key=len, reverse=True))
# the nouns that own what follows in Indonesian ("nama penyerang": the attacker's name)
_OWNED = r"(?-i:name|age|author|headline|title|wife|house|religion|reason|statement|answer|message|messages|" \
         r"phone|car|content|job)"
_OWNER = r"(?:the\s+|this\s+)?(?:attacker|perpetrator|suspect|police officer|officer|victims?|minister|" \
         r"journalist|author|article|story|news|programme|interview|law|(?-i:[A-Z])[\w'’.-]*)"
# words that are no subject of "did" ("where is Masood", "who can ...")
_AUXILIARIES = frozenset("is was were did does do can will must not already also then that".split())


def _asked_of(body: str, past: str) -> str:
    """A question word asked of what a subject did, with "did" and the base form ("where Masood
    lived" → "where did Masood live", "what car Masood used" → "what car did Masood use"); asked of
    the subject itself ("how many people died") as it is; "was" before its subject ("who the last
    message was sent to" → "who was the last message sent to")."""
    m = re.match(rf"^({_ASKED})\s+(.*)$", body, re.I)
    if not m:
        return body
    asked, rest = m.group(1), m.group(2)
    nouns = "|".join(sorted(map(re.escape, _NOUN_WORDS | _COMPOUNDS), key=len, reverse=True))
    if asked.lower() in ("what", "which", "how many", "whose", "what kind"):
        owned = re.match(rf"^((?:of\s+)?(?:{nouns}))\s+(.*)$", rest, re.I)
        if owned:
            if re.match(rf"(?:{past}|was|were|is|are|injured)\b", owned.group(2), re.I):
                # asked of the subject: "how many people died", "how many people injured"
                return re.sub(rf"^((?:{_ASKED})\s+{re.escape(owned.group(1))})\s+injured\b", r"\1 were injured", body)
            asked, rest = f"{asked} {owned.group(1)}", owned.group(2)
    # "what said Rudd" ("apa kata Rudd"): what did Rudd say
    said = re.match(rf"^({past})\s+((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){{0,2}})(.*)$", rest)
    if said and asked.lower() == "what":
        return f"what did {said.group(2)} {_BASE[said.group(1).lower()]}{said.group(3)}"
    did = re.match(rf"^({_SUBJECT})\s+({past})\b(.*)$", rest, re.I)
    if did and not set(did.group(1).lower().split()) & _AUXILIARIES:
        return f"{asked} did {did.group(1)} {_BASE[did.group(2).lower()]}{did.group(3)}"
    does = re.match(rf"^({_SUBJECT})\s+(wants|needs|does not want)\b(.*)$", rest, re.I)
    if does and not set(does.group(1).lower().split()) & _AUXILIARIES:
        verb = {"wants": "want", "needs": "need", "does not want": "not want"}[does.group(2).lower()]
        return f"{asked} does {does.group(1)} {verb}{does.group(3)}"
    was = re.match(r"^((?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+was\s+(?!not\b)(.*)$", rest, re.I)
    if was and not set(was.group(1).lower().split()) & (_AUXILIARIES | {w.lower() for w in _BASE}):
        return f"{asked} was {was.group(1)} {was.group(2)}"
    needed = re.match(rf"^({_SUBJECT})\s+(needed|born)\b(.*)$", rest, re.I)
    if needed:
        return f"{asked} {'is' if needed.group(2) == 'needed' else 'was'} {needed.group(1)} {needed.group(2)}" \
               f"{needed.group(3)}"
    if asked.lower() == "how long" and re.fullmatch(_SUBJECT, rest, re.I):
        return f"how long did {rest} last"
    return body


def _indonesian_order(glossed: str) -> str:
    """An Indonesian question glossed word for word, put in English order where that is clear:
    "the article was written by who?" → "who wrote the article?"; a question word asked last, or
    just after its verb or noun, goes first ("Masood lived where?" → "where did Masood live?", "Rudd
    said what about WhatsApp?" → "what did Rudd say about WhatsApp?", "Masood used car what?" → "what
    car did Masood use?"); an owned noun takes "of" before its owner ("name the attacker" → "name of
    the attacker"); a verb after a modal its base form ("can opened" → "can open")."""
    m = re.match(r"^(.*?)(\s*[?.!]*)$", glossed, re.S)
    body, end = m.group(1).strip(), m.group(2).strip()
    passive = "|".join(sorted(map(re.escape, _ACTIVE), key=len, reverse=True))
    by = re.match(rf"^(?:that\s+)?(.+?)\s+(?:that\s+)?(?:was\s+)?({passive})\s+by\s+(?:who|whom)$", body, re.I)
    if by:
        body = f"who {_ACTIVE[by.group(2).lower()]} {by.group(1)}"
    # an owner after its noun, while the noun still stands by it
    body = re.sub(rf"\b({_OWNED})\s+(?!of\b)(?={_OWNER}\b)", r"\1 of ", body, flags=re.I)
    asked = list(re.finditer(rf"(?<![\w'’-])(?:{_ASKED})(?![\w'’-])", body, re.I))
    if len(asked) == 1 and asked[0].start() > 0:
        a = asked[0]
        before, word, after = body[:a.start()].rstrip(" ,"), a.group(0).lower(), body[a.end():].strip()
        words = before.split()
        noun = next((" ".join(words[-k:]) for k in (2, 1) if len(words) >= k and (
            " ".join(words[-k:]) in _COMPOUNDS or (k == 1 and words[-1].lower() in _NOUN_WORDS))), None)
        owned = noun is not None and len(words) > len(noun.split()) and \
            words[-len(noun.split()) - 1].lower() in ("the", "of", "this", "that", "his", "her")
        verb_before = any(re.search(rf"(?:^|\s){re.escape(v)}$", before, re.I) for v in (*_BASE, "wants"))
        rest = " ".join(words[:len(words) - len(noun.split())]) if noun else before
        if noun and word in ("what", "which", "what kind", "how many") and \
                (not owned or (word == "how many" and rest.lower() == "the")):
            # a bare noun goes with what asks of it ("car what": what car; "the victims how many")
            asks = f"what kind of {noun}" if word == "what kind" else f"{word} {noun}"
            rest = re.sub(r"(?i)\bthe$", "", rest)
            body = f"{asks} {rest} {after}"
        elif noun and word == "who" and not owned and not after and noun != before:
            body = f"whose {noun} {rest}"
        elif word == "from where" and not after:
            body = f"where {before} from"
        elif not after or verb_before or re.search(r"\b(?:to|with|from|by|for|about)$", before, re.I):
            body = f"{word} {before} {after}"
        body = re.sub(r"\s{2,}", " ", body).strip()
        # "that wrote the article who?" ("yang nulis artikel itu siapa?"): who wrote the article
        body = re.sub(rf"^({_ASKED})\s+that\s+", r"\1 ", body, flags=re.I)
    body = re.sub(rf"^(who|what|which)\s+(?=(?:{_OWNED})\s+of\b)", r"\1 is the ", body, flags=re.I)
    # "who Amber Rudd?", "who Home Secretary that asked ...": who is
    body = re.sub(r"^(who|what)\s+(?=(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*(?:$|\s+that\b))", r"\1 is ",
                  body, flags=re.I)
    past = "|".join(sorted(map(re.escape, _BASE), key=len, reverse=True))
    # a verb after a modal in its base form ("can opened": can open; "wants cooperate": wants to
    # cooperate), but not a noun that is a verb too ("wants access to")
    body = re.sub(rf"\b(wants|want|refused|refuse|tried|managed|failed|agreed|asked for|need|needs|ordered)\s+"
                  rf"({past}|{'|'.join(_BASES)})\b(?!\s+to\b)",
                  lambda m: f"{m.group(1)} to {_BASE.get(m.group(2).lower(), m.group(2))}", body, flags=re.I)
    body = re.sub(rf"\b(can|could|will|would|must|should|may|don't|to)\s+({past})\b",
                  lambda m: f"{m.group(1)} {_BASE[m.group(2).lower()]}", body, flags=re.I)
    body = re.sub(r"\bnot\s+wants\b", "does not want", body)
    body = _asked_of(body, past)
    # "who soldier that shot Masood?", "who British prime minister at that time?": who is the
    nouns = "|".join(sorted(map(re.escape, _NOUN_WORDS | _COMPOUNDS), key=len, reverse=True))
    body = re.sub(rf"^(who|what)\s+((?:British\s+|US\s+|new\s+|last\s+|first\s+)?(?:{nouns}))(?=\s+that\b|\s+at\b|"
                  r"\s+in\b|$)", r"\1 is the \2", body, flags=re.I)
    body = re.sub(r"^how old\s+(?!is\b|was\b)", "how old is ", body, flags=re.I)
    # "... or not" ("bisa baca ... gak?", "ngaku ... gak?"): asked yes or no
    body = re.sub(r"^(.+?)\s+(can|will|must)\s+(.+?)\s+or not$", r"\2 \1 \3", body, flags=re.I)
    body = re.sub(r"^(.+?)\s+wants\s+(?:to\s+)?(.+?)\s+or not$", r"does \1 want to \2", body, flags=re.I)
    body = re.sub(rf"^({_SUBJECT})\s+({past})\s+(.+?)\s+or not$",
                  lambda m: f"did {m.group(1)} {_BASE[m.group(2).lower()]} {m.group(3)}", body, flags=re.I)
    # the agent of a passive follows it bare ("dipecat Trump": fired by Trump)
    body = re.sub(rf"\b(was\s+(?:{'|'.join(v.split(' ', 1)[1] for v in _PASSIVES.values() if ' ' in v)}))\s+"
                  r"(?=(?:the\s+)?(?:(?-i:[A-Z])|(?:police|attacker|perpetrator|soldier|officer)\b))", r"\1 by ", body)
    return re.sub(r"\s{2,}", " ", body).strip() + end


INDONESIAN = Language(_INDONESIAN_IDIOMS, _INDONESIAN, _INDONESIAN_DROPPED, _INDONESIAN_MARK, reorder=_indonesian_order, shared=_INDONESIAN_SHARED, opening=_INDONESIAN_OPENING)
