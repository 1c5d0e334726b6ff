"""Indonesian and Malay mixed into English questions.

Indonesians and Malaysians ask with their own frame around the English names and things of the
article: "Siapa yang nulis artikel ini?", "Masood umur berapa?", "Amber Rudd bilang apa soal
WhatsApp?", "bila serangan tu berlaku?". The words take affixes (me-/di-/ber-/ter-, -kan, -i,
-nya) and chat spellings ("yg", "gak", "utk"); the common affixed and chat forms are listed as
they are typed rather than stemmed, as a stem often means something else ("tahu" knows, "tahun"
is a year). Indonesian puts a modifier after its noun ("nama penyerang": the attacker's name)
and often asks with the question word last ("Masood tinggal di mana?"), so the glossing is put
in English order for those clear cases (``_indonesian_order``). What the bot checks an answering
passage for (``events_asked``: an owner, a make, kin, pay, a price, a criminal record, a reply, how
it ended ...) is glossed into the English words it knows ("gaji Rudd berapa?" → "how much is the
salary of Rudd?", "Masood ada rekod jenayah ke?" → "did Masood have a criminal record?").
"""
from __future__ import annotations

import re

from . import Idioms, Language

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


# the adjectives glossed here, after a noun only ("pesan sebelumnya": the previous message; "dia
# tinggal di mana sebelumnya?" asks where he lived before)
_ADJECTIVES = {"sebelumnya": "previous", "terakhirnya": "his last", "pertamanya": "his first", "sewaan": "rented"}


def _adjective(m: re.Match) -> str:
    """"pesan terenkripsi" is an encrypted message: an adjective goes before its noun (but "dia
    baru datang", he has just come, has none)."""
    noun, adjective = m.group(1).split()[-1], m.group(2)
    # (a name before the noun is named after the adjective: "pesan WhatsApp terakhir": the last WhatsApp message)
    name = m.group(1)[:-len(noun)]
    if name and not (noun.lower() in _INDONESIAN_NOUNS or noun.lower() in _NOUN_WORDS):
        return m.group(0)
    this = {"": "", "ini": "this ", "ni": "this "}.get((m.group(3) or "").strip().lower(), "the ")
    if adjective.lower() in _ADJECTIVES:
        if noun.lower() in _INDONESIAN_NOUNS or noun.lower() in _NOUN_WORDS:
            return f"{this}{_ADJECTIVES[adjective.lower()]} {name}{noun}"
        return m.group(0)
    if noun.lower() in _INDONESIAN_NOUNS or (noun.lower() not in _INDONESIAN and noun.islower()):
        return f"{this}{adjective} {name}{noun}"
    return m.group(0)


# what is asked last, before any particle of talk ("WhatsApp punya siapa sih?")
_END = r"(?=(?:\s+(?:sih|ya|yah|yaa|dong|deh|nih|tuh|kah|lah|gan|sis|bro|kak|itu|tu|ini|ni))*\s*[?.!]*\s*$)"
# the words of what the bot checks a passage for (``events_asked``), said in its English: a sum of money,
# a real name, a reply, kin, the thing a make is asked of, a stab or a shot asked "with what"
_MONEY = r"(?:gaji|upah|harga|biaya|ongkos|kos|denda|duit|uang|wang|dana|bayaran|pendapatan|penghasilan)(?:nya)?"
_ASLI = r"(?:asli|sebenar|sebenarnya|sebetulnya|sesungguhnya)"
_RESPONSES = r"(?:tanggapan|respons|respon|reaksi|balasan|jawaban|jawapan|maklum\s+balas|komentar|komen|pernyataan|" \
             r"kenyataan)"
_KIN_COUNTED = {"anak-anak": "children", "anak": "children", "istri": "wives", "isteri": "wives", "saudara": "siblings",
                "cucu": "grandchildren"}
_KIN_HAD = {"anak": "children", "istri": "a wife", "isteri": "a wife", "suami": "a husband", "keluarga": "a family",
            "saudara": "siblings"}
_THINGS = {"mobil": "car", "kereta": "car", "kendaraan": "vehicle", "van": "van", "truk": "truck", "lori": "lorry",
           "hp": "phone", "ponsel": "phone", "handphone": "phone", "telepon": "phone", "telefon": "phone",
           "pisau": "knife", "senjata": "weapon", "pistol": "gun", "senapan": "rifle", "car": "car", "phone": "phone",
           "knife": "knife", "gun": "gun", "vehicle": "vehicle"}
_THING = "(?:%s)" % "|".join(_THINGS)
_BRAND = r"(?:merek|merk|jenama|buatan|model|tipe)"
_STRUCK = r"(?:menusuk|nusuk|tusuk|menikam|nikam|tikam|menembak|nembak|tembak|membunuh|bunuh|melukai|menyerang|" \
          r"ditusuk|ditikam|ditembak|dibunuh|diserang|dilukai)"
_WITH = r"(?:pakai|pake|dengan|dgn|menggunakan|memakai|guna)"
_WRITTEN = r"(?:pesan|mesej|sms|teks|tulisan|surat|chat|catatan|postingan|unggahan|status|message|text|whatsapp)"
_NAMED = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?"


def _brand(word: str) -> str:
    """The English of a word asking a make: "merek" a brand, "buatan" a make, "tipe" a model."""
    return {"buatan": "make", "model": "model", "tipe": "model"}.get(word.lower(), "brand")


def _response(word: str) -> str:
    """The English of a word for a reply ("tanggapan": response)."""
    low = re.sub(r"\s+", " ", word.lower())
    return {"reaksi": "reaction", "balasan": "reply", "jawaban": "answer", "jawapan": "answer", "komentar": "comment",
            "komen": "comment", "pernyataan": "statement", "kenyataan": "statement"}.get(low, "response")


def _owned_first(m: re.Match) -> str:
    """"Masood istrinya siapa?" asks who Masood's wife is: the question word and the noun go
    before the owner ("siapa istri Masood"), which the glossing then reads."""
    noun = m.group(3)
    # (a word of the language opening the question is no owner: "Judul artikelnya apa?")
    if noun.lower() not in _INDONESIAN_NOUNS or m.group(2).lower() in _INDONESIAN:
        return m.group(0)
    return f"{m.group(1)}{m.group(4)} {'pekerjaan' if noun.lower() == 'kerja' else noun} {m.group(2)}"


_PLACES = {"kota": "city", "bandar": "city", "desa": "village", "kampung": "village", "daerah": "area",
           "wilayah": "area", "negara": "country", "negeri": "country", "tempat": "place", "partai": "party",
           "parti": "party", "perusahaan": "company", "syarikat": "company", "aplikasi": "app"}


def _unit(m: re.Match) -> str:
    """"unit mana" is which unit, a police one when the question speaks of police ("polisi yang
    menembak Masood dari unit mana?")."""
    kind = (m.group(1) or "").strip().lower()
    kind = {"polisi": "police", "polis": "police", "bersenjata": "armed", "khusus": "special", "elit": "elite",
            "senjata api": "firearms"}.get(re.sub(r"\s+", " ", kind), "counter-terror" if kind else "")
    if not kind and re.search(r"\b(?:polisi|polis|police|petugas|officers?)\b", m.string, re.I):
        kind = "police"
    return f"which {kind} unit".replace("  ", " ")


_INDONESIAN_IDIOMS = Idioms([
    # asking to ask ("mau tanya, ..."): nothing to gloss
    (r"\b(?:saya\s+|aku\s+|gw\s+|gue\s+)?(?:mau|mo|numpang|boleh|nak|izin)\s+(?:tanya|nanya)\b\s*,?", ""),
    # separated affixes joined before anything reads them
    (r"\bdi\s+(?=\w)(\w+)\b", _joined_passive),
    (r"\b([a-z][\w]*?)(?:\s+|-)nya\b", _joined_nya),
    # what the bot checks a passage for, asked in words of their own: a sum ("gaji Rudd berapa?": how
    # much is Rudd's salary), kin counted or had, who owns, a make, a real name, a reply, an outcome
    (r"(?-i:\bWA\b)|\b(?:wasap|watsap|wassap|whatsap)\b", "WhatsApp"),
    (rf"^(\s*)({_NAMED}|dia|ia|beliau)\s+([\w-]+?)nya\s+(apa|siapa|{_BERAPA}){_END}", _owned_first),
    (rf"^(\s*)(?:(?:apakah|adakah|apa)\s+)?({_NAMED}|dia|ia|beliau)\s+(?:ada|punya|mempunyai|memiliki)\s+"
     r"(?=(?:catatan|rekam\s+jejak|rekod|riwayat|sejarah)\s+(?:kriminal|kejahatan|jenayah|pidana|polisi)\b)",
     r"\1did \2 have a "),
    (r"^(\s*)(?:polisi|polis)(?=\s+(?:yang|yg)\b)", r"\1the police officer"),
    (rf"^(\s*)(?:(?:apakah|adakah)\s+)?({_NAMED}|dia|ia|beliau)\s+(?:ada|punya)\s+"
     r"(?=(?:pertemuan|rapat|mesyuarat|rencana|jadwal)\b)", r"\1did \2 have a "),
    (rf"^(\s*)(.{{1,40}}?)\s+(?:anggota|ahli)\s+(?:partai|parti)\s+(?:apa|mana){_END}",
     r"\1which party is \2 a member of"),
    (r"\bterakhir\s+kali\b", "the last time"), (r"\bpertama\s+kali\b", "the first time"),
    (rf"\b({'|'.join(_PLACES)})\s+mana\b", lambda m: "which " + _PLACES[m.group(1).lower()]),
    (r"\bdulu(?:nya)?\s+(?=(?:kerja|bekerja|tinggal|menetap|bernama|beragama)\b)", ""),
    (r"\b(?:berhasil|sukses)\s+(?=di\w+)", ""), (r"\b(?:mau|akan|bakal|nak|hendak)\s+(?=di\w+)", "will "),
    (r"\bbos(?:-bos)?\s+((?-i:[A-Z])[\w'’-]*)", r"\1 bosses"),
    (r"\brumah\s+sakit\b|(?-i:\b(?:RS|RSU|RSUD|rs)\b)", "hospital"),
    (r"\bdirawat\s+(?:di\s+)?hospital\b(?!\s+(?:mana|apa|yang|yg)\b)", "was hospitalised"),
    (r"\bhospital\s+(?:mana|apa)\b", "which hospital"),
    (r"\b(?:polisi|polis)\s+(?:dari\s+)?(?:unit|satuan|kesatuan|pasukan)\s+(?:mana|apa)\b", "which police unit"),
    (r"\b(?:unit|satuan|kesatuan|pasukan|regu|tim|skuad)\s+(polisi\s+|polis\s+|bersenjata\s+|khusus\s+|elit\s+|"
     r"senjata\s+api\s+|anti[\s-]?teror(?:is)?\s+)?(?:mana|apa)\b", _unit),
    (r"\b(?:perusahaan|tempat|agen|syarikat)\s+(?:rental|penyewaan|persewaan|sewa)(?:\s+(?:mobil|kereta))?\b"
     r"|\brental\s+(?:mobil|kereta)\b", "rental company"),
    (r"\b(bayar|membayar|bayarin)\s+sewa(?:an)?\b", r"\1 for the rental of"),
    (rf"\b({_MONEY})\s+(yang|yg)\s+(?:di)?keluarkan\b", r"\1 \2 dihabiskan"),
    (rf"^(\s*)(.{{1,40}}?)\s+(?:bisa\s+|dapat\s+|akan\s+|boleh\s+)?didenda\s+{_BERAPA}\b",
     r"\1how much can \2 be fined"),
    (rf"^(\s*)(.{{1,40}}?)\s+(?:berkebangsaan|berwarganegara)\s+apa{_END}", r"\1what nationality was \2"),
    (r"\b(?:berkebangsaan|berwarganegara)\s+apa\b", "what nationality"),
    (r"\b(?:sudah|udah|sdh|dah|telah)\s+lama\s+((?:di|ter|be|me)\w+|tinggal|kerja)\b", r"\1 for a long time"),
    (r"\b(?:dapat|dapet|dpt|mendapat(?:kan)?)\s+(?=akses\b)", "got "),
    (r"\s+atau\s+(?:gak|ga|nggak|ngga|enggak|tidak|tdk|gk|tak|bukan|belum)\s*(?=\?*\s*$)", " or not"),
    (rf"\b{_BERAPA}\s+(?:banyak\s+)?(?:duit|uang|wang|dana)\b", "how much money"),
    (rf"\b{_BERAPA}\s+(?=(?:{_MONEY})\b)", "how much is the "),
    (rf"\b({_MONEY})\b((?:(?!\b{_BERAPA}\b)[^,;?]){{0,40}}?)\s+{_BERAPA}\b",
     lambda m: f"how much is {'' if m.group(1).lower().endswith('nya') else 'the '}{m.group(1)}{m.group(2)}"),
    (rf"\b(bayar|membayar|bayarin|dibayar|mengeluarkan|ngeluarin|menghabiskan|habiskan|habis)\s+((?:(?!{_BERAPA}\b)"
     rf"[\w-]+\s+){{0,2}}?)(?:uang\s+|duit\s+)?{_BERAPA}\b",
     lambda m: ("spent" if "bayar" not in m.group(1).lower() else m.group(1)) + f" {m.group(2)}how much"),
    (rf"\b{_BERAPA}\s+(?:(?:yang|yg)\s+)?(?=(?:di)?bayar\w*|membayar\w*|(?:meng|di)habiskan|(?:meng|di)keluarkan)",
     "how much "),
    (r"\b(harga|biaya|ongkos)\s+sewa(?:an)?\b",
     lambda m: "rental " + {"harga": "price"}.get(m.group(1).lower(), "cost")),
    (rf"\b(?:ada|punya|mempunyai|memiliki)\s+(?={_BERAPA}\s+(?:{'|'.join(_KIN_COUNTED)})\b)", "has "),
    (rf"\b{_BERAPA}\s+(?:(?:jumlah|orang)\s+)?({'|'.join(_KIN_COUNTED)})(?:nya)?\b",
     lambda m: "how many " + _KIN_COUNTED[m.group(1).lower()]),
    (rf"\b({'|'.join(_KIN_COUNTED)})(?:nya)?\s+(?:ada\s+)?{_BERAPA}(?:\s+orang)?\b",
     lambda m: "how many " + _KIN_COUNTED[m.group(1).lower()]),
    (rf"^(\s*)(?:apakah|apa|adakah)\s+(.{{1,40}}?)\s+(?:(?:sudah|udah)\s+)?(?:punya|mempunyai|memiliki|ada)\s+"
     rf"({'|'.join(_KIN_HAD)})(?:nya)?\b",
     lambda m: f"{m.group(1)}did {m.group(2)} have {_KIN_HAD[m.group(3).lower()]}"),
    (r"\b(?:siapa|sapa|who)\s+(?:yang\s+|yg\s+)?(?:punya|mempunyai|memiliki|miliki|empunya)\b", "who owns"),
    (rf"^(\s*)(?:yang|yg)\s+(?:punya|memiliki|empunya)\s+(.{{1,40}}?)\s+(?:siapa|sapa){_END}", r"\1who owns \2"),
    (rf"^(\s*)(.{{1,60}}?)\s+(?:punya|kepunyaan|milik|dimiliki(?:\s+oleh)?)\s+(?:siapa|sapa){_END}", r"\1who owns \2"),
    (rf"\b({_THING})(?:nya)?\b((?:(?!\b{_THING}\b)[^,;?]){{0,50}}?)\s+({_BRAND})(?:nya)?\s+apa{_END}",
     lambda m: f"what {_brand(m.group(3))} was the {_THINGS[m.group(1).lower()]}{m.group(2)}"),
    (rf"\b({_THING})(?:nya)?\s+({_BRAND})(?:nya)?\s+apa\b",
     lambda m: f"what {_brand(m.group(2))} of {_THINGS[m.group(1).lower()]}"),
    (rf"\b(apa\s+)?({_BRAND})(?:nya)?\s+(?=(?:{_THING})\b)",
     lambda m: ("what " if m.group(1) else "") + f"{_brand(m.group(2))} of the "),
    (rf"\b({_BRAND})(?:nya)?\s+apa\b|\bapa\s+({_BRAND})(?:nya)?\b",
     lambda m: f"what {_brand(m.group(1) or m.group(2))}"),
    (rf"\b({_WRITTEN}\w*)\b((?:(?!\bisi)[^,;?]){{0,60}}?)\s+(?:isi|bunyi)(?:nya)?\s+apa{_END}",
     r"what was in the \1\2"),
    (rf"\b(?:isi|bunyi|kandungan)(?:nya)?\s+(?=(?:{_WRITTEN})\w*\b)",
     lambda m: ("the wording" if m.group(0).lower().startswith("bunyi") else "the content") + " of the "),
    (rf"^(.+?)\s+nama\s+{_ASLI}(?:nya)?\s+(?:siapa|apa)\b", r"what is the real name of \1"),
    (r"\b(?:siapa|sapa|apa)\s+nama\s+aslinya\b|\bnama\s+aslinya\s+(?:siapa|apa)\b", "what is his real name"),
    (rf"\b(?:siapa|sapa|apa)\s+nama\s+{_ASLI}\b", "what is the real name of"),
    (rf"\bnama\s+{_ASLI}\s+(.{{1,40}}?)\s+(?:siapa|apa)\b", r"what is the real name of \1"),
    (r"\bnama\s+aslinya\b", "his real name"), (rf"\bnama\s+{_ASLI}\b", "real name"),
    (r"\bnama\s+(?:lahir|kelahiran)(?:nya)?\b", "birth name"),
    (r"\bnama\s+(?:lain|samaran|alias|panggilan)(?:nya)?\b|\baliasnya\b", "alias"),
    (r"\b(?:ganti|mengganti|menukar|tukar|mengubah|ubah|merubah|berganti|bertukar)\s+nama(?:nya)?\b"
     r"(\s+(?:jadi|menjadi|kepada|ke)\b)?", lambda m: "changed his name" + (" to" if m.group(1) else "")),
    (r"^(\s*)(?:siapa|sapa)\s+(?:polisi|polis|polwan|petugas\s+polisi|anggota\s+polisi)\b"
     r"(?!\s+(?:metropolitan|inggris)\b)",
     r"\1who is the police officer"),
    (rf"\b(?:apa|bagaimana|gimana|gmn|bgmn|macam\s+mana)\s+({_RESPONSES})(?:nya)?\s+({_NAMED})"
     r"(\s+(?:terhadap|atas|kepada|ke|buat|untuk)\b)?",
     lambda m: f"what was {m.group(2)}'s {_response(m.group(1))}" + (" to" if m.group(3) else "")),
    (rf"\b(?:(?:apakah|apa)\s+)?(?:ada|adakah)\s+({_RESPONSES})(?:nya)?\s+(?:dari|daripada|drpd)\b",
     lambda m: f"is there any {_response(m.group(1))} from"),
    (rf"\b({_RESPONSES})(?:nya)?\s+({_NAMED})(\s+(?:terhadap|atas|kepada|ke|buat|untuk)\b)?",
     lambda m: f"{m.group(2)}'s {_response(m.group(1))}" + (" to" if m.group(3) else "")),
    (rf"^(\s*)(?:bagaimana|gimana|gmn|bgmn|macam\s+mana|camne)\s+(?:akhirnya|akhirnye|kelanjutannya|hasilnya|ujungnya|"
     rf"ujung-ujungnya|nasibnya|endingnya|kesudahannya){_END}", r"\1how did it end up"),
    (r"\b(?:pada|pd)\s+akhirnya\b|\bujung-ujungnya\b|\bujung2nya\b|\bakhirnye\b|\bkesudahannya\b", "in the end"),
    (r"\b(?:hasil\s+akhir(?:nya)?|hasilnya)\b", "the outcome"),
    (r"\b(?:sampai|hingga|sehingga)\s+(?:sekarang|kini|saat\s+ini|hari\s+ini)\b|\b(?:sejauh|setakat)\s+ini\b",
     "so far"),
    (r"\blama-(?:ke)?lamaan\b|\blama\s+kelamaan\b", "eventually"),
    (r"\b(?:belum|tidak|tdk|tak|gak|ga|nggak|ngga|enggak|gk)\s+pernah\b", "never"),
    (r"\b(?:sejak|semenjak)\s+(?:kapan|bila|bilakah|kpn)\b", "since when"),
    (r"\b(?:sampai|hingga|sehingga)\s+(?:kapan|bila|kpn)\b", "until when"),
    (rf"\b(?:sudah|udah|sdh|dah|telah)\s+(?={_BERAPA}\s+lama\b)", ""),
    (r"\b(?:asal(?:nya)?|asal-usul(?:nya)?)\s+(?:dari\s+)?mana\b", "from where"),
    (rf"\borang\s+mana{_END}", "from where"),
    (rf"^(\s*)(.{{1,40}}?)\s+(?:bekerja|berkerja|kerja|kerjanya)\s+(?:sebagai\s+)?apa{_END}",
     r"\1what job did \2 have"),
    (r"\b(?:pekerjaan|kerjaan|kerja|profesi|jabatan)nya\s+apa\b"
     r"|\bapa\s+(?:pekerjaan|kerjaan|kerja|profesi|jabatan)nya\b",
     "what was his job"),
    (r"\b(?:kerja|bekerja|berkerja)\s+(?=(?:di|kat|dekat)\s+mana\b)", "worked "),
    (r"\b(?:berhubungan|berkomunikasi|kontak(?:an)?|kontek|berkirim\s+(?:pesan|mesej)|chat(?:ting|tingan|an)?|ngobrol|"
     r"bercakap|berbual)\s+(?:dengan|dgn|sama|ama)\s+(?:siapa|sapa)\b", "was in touch with who"),
    (r"\b(?:dengan|dgn|pakai|pake|menggunakan|guna)\s+(?:cara|metode|kaedah)\s+apa\b"
     r"|\b(?:cara|metode|kaedah)(?:nya)?\s+(?:bagaimana|gimana|gmn|bgmn|macam\s+mana|camne|apa)\b", "how"),
    (rf"\b({_STRUCK})\b((?:(?!\b{_WITH}\b)[^,;?]){{0,40}}?)\s+{_WITH}\s+(?:({_THING})\s+)?apa{_END}",
     lambda m: f"{m.group(1)}{m.group(2)} with what" + (f" {_THINGS[m.group(3).lower()]}" if m.group(3) else "")),
    (rf"^(\s*)(.{{1,40}}?)\s+beragama\s+apa{_END}", r"\1what religion was \2"),
    (r"\bberagama\s+apa\b", "what religion"),
    (r"\bberagama\s+(islam|kristen|katolik|yahudi|hindu|buddha|budha)\b", lambda m: {
        "islam": "a Muslim", "kristen": "a Christian", "katolik": "a Catholic", "yahudi": "Jewish",
        "hindu": "a Hindu"}.get(m.group(1).lower(), "a Buddhist")),
    # how old, how long, how many times, what time ...
    (rf"\b{_BERAPA}\s+(?:umur|usia)(?:nya)?(?:\s+{_BERAPA})?\b", "how old"),
    (rf"\b(?:umur|usia)(?:nya)?\s+{_BERAPA}(?:\s+tahun)?\b", "how old"),
    (rf"\b(?:umur|usia)\s+(.{{1,40}}?)\s+{_BERAPA}(?:\s+tahun)?\b", r"how old is \1"),
    (rf"\b{_BERAPA}\s+lama\b", "how long"), (rf"\b{_BERAPA}\s+kali\b", "how many times"),
    (rf"\b{_BERAPA}\s+(?:banyak|ramai)\b", "how many"), (rf"\bada\s+{_BERAPA}\b", "how many"),
    (rf"\b(?:pada|pd)\s+(?=(?:jam|pukul)\s+{_BERAPA}\b)", "at "),
    (rf"\b(?:jam|pukul)\s+{_BERAPA}\b", "what time"), (rf"\btahun\s+{_BERAPA}\b", "what year"),
    (rf"\b(?:tanggal|tgl|tarikh)\s+{_BERAPA}\b", "what date"),
    (r"\b(?:tanggal|tgl|tarikh)\s+(?:persis|pasti|tepat)(?:nya)?\b", "the exact date"),
    (r"\b(?:waktu|jam|pukul)\s+(?:persis|pasti|tepat)(?:nya)?\b", "the exact time"),
    (r"\bhari\s+apa\b", "what day"), (r"\bbulan\s+apa\b", "what month"),
    # "berapa orang yang tewas": how many people died
    (rf"\b({_BERAPA}|how\s+many)\s+([\w-]+)\s+(?:yang|yg)\b", r"\1 \2"),
    (r"\b(?:siapa|sapa|siapakah|who)\s+(?:yang|yg)\b", "who"), (r"\b(?:apa|apakah|what)\s+(?:yang|yg)\b", "what"),
    (r"^(.+?)\s+namanya\s+(?:siapa|apa)\b", r"what is the name of \1"),
    (r"\b(?:siapa|apa)\s+namanya\b|\bnamanya\s+(?:siapa|apa)\b", "what is his name"),
    (r"\bnama\s+(.{1,40}?)\s+(?:siapa|apa)\b", r"what is the name of \1"),
    (r"\b(?:siapa|apa)\s+nama\b", "what is the name of"),
    (r"(?<=\bname of )(?:polisi|polis|polwan)\b", "the police officer"),
    (r"\b(?:apa|apakah)\s+ada\b", "is there"), (r"(?<=\bis there )(?:yang|yg)\b", "anyone who"),
    (r"^(\s*)ada\s+(?:yang|yg)\b", r"\1is there anyone who"),
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
    (r"^\s*(?:sudah|udah|udh|sdh|dah)\s+ada\s+(?:yang|yg)\b(.*?)\s+(?:belum|blm)\b",
     r"has there been anyone who\1 yet"),
    (r"^\s*(?:sudah|udah|udh|sdh|dah)\s+ada\b(.*?)\s+(?:belum|blm)\b", r"has there been\1 yet"),
    (r"\s+(?:belum|blm)\s*(?=\?+\s*$)", " yet"),
    (r"\s+(?:gak|ga|nggak|ngga|enggak|tidak|tdk|gk|tak)\s*(?=\?+\s*$)", " or not"),
    # phrases of the story
    (r"\bkorban\s+(?:tewas|meninggal|jiwa)(?:nya)?\b", "dead"), (r"\bkorban\s+luka(?:-luka)?\b",
     lambda m: "injured" if re.search(rf"(?:{_BERAPA}|how\s+many|ada)\s+$", m.string[:m.start()], re.I)
     else "the injured"),
    (r"\b(?:pada\s+)?(?:waktu|saat|ketika|semasa|sewaktu)\s+(?=(?:serangan|penyerangan|kejadian|wawancara|acara)"
     r"\w*\b)", "at the time of "),
    (r"\bserangan\s+((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)", r"the \1 attack"),
    (r"\bakses\s+(?!ke\b|kepada\b|terhadap\b|or\b)(?=[\w-])", "access to "),
    (r"\b((?:undang-undang|uu|hukum|peraturan)(?:nya)?(?:\s+(?:itu|tu|ini|baru)){0,2})\s+(?:mulai\s+)?berlaku\b",
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
    (r"\b(?:catatan|rekam\s+jejak|rekod|riwayat|sejarah)\s+(?:kriminal|kejahatan|jenayah|pidana|polisi)\b",
     "criminal record"),
    # known to the police before: a record, a conviction, prison, surveillance, a watch list
    (r"\b(?:seorang\s+)?(?:residivis|mantan\s+napi|eks\s+napi|bekas\s+banduan|bekas\s+napi)\b",
     "had previous convictions"),
    (r"\bpernah\s+(?:dihukum|divonis|disabitkan|disabit|dijatuhi\s+hukuman)\b", "had previous convictions"),
    (r"\b(?:hukuman|vonis|sabitan|dakwaan)\s+(?:sebelumnya|terdahulu|lampau|dulu)\b", "previous convictions"),
    (r"\bpernah\s+(?:dipenjara(?:kan)?|dibui|masuk\s+(?:penjara|bui|lokap|lapas)"
     r"|mendekam\s+di\s+(?:penjara|bui|lapas))\b",
     "was in prison before"),
    (r"\bpihak\s+(?:berwenang|berwajib|berkuasa|keamanan)\b|\botoritas\b", "the authorities"),
    (r"\b(?:(?:sudah|udah|sdh|dah|telah|pernah)\s+)?(?:dikenal|dikenali|diketahui|terdeteksi)\s+"
     r"(?:oleh\s+|sama\s+|di\s+)?"
     r"(?=(?:the\s+authorities|pihak|polisi|polis|kepolisian|aparat|intelijen|perisikan|badan|dinas|"
     r"(?-i:MI5|MI6|FBI|CIA|Scotland))\b)", "was known to "),
    (r"\b(?:(?:sedang|pernah|sudah|udah|masih|telah)\s+)?(?:diawasi|dipantau|dimonitor|dimata-matai|"
     r"(?:dalam|di\s*bawah)\s+(?:pengawasan|pemantauan|pengintaian))\b(?:\s+(?:oleh|sama)\b)?"
     r"(?=\s+(?:(?-i:[A-Z])|(?:the|pihak|polisi|polis|kepolisian|aparat|intelijen|badan|dinas)\b))",
     "was under surveillance by"),
    (r"\b(?:(?:sedang|pernah|sudah|udah|masih|telah)\s+)?(?:diawasi|dipantau|dimonitor|dimata-matai|"
     r"(?:dalam|di\s*bawah)\s+(?:pengawasan|pemantauan|pengintaian))\b", "was under surveillance"),
    (r"\b(?:masuk|ada\s+(?:di|dalam)|dalam)\s+"
     r"(?:daftar\s+(?:pantauan|awasan|hitam)|senarai\s+(?:pantau|pantauan|awasan))\b",
     "on the watch list"),
    (r"\b(?:daftar\s+(?:pantauan|awasan)|senarai\s+(?:pantau|pantauan|awasan))\b", "watch list"),
    (r"\b(?:masuk|ada\s+di|dalam)\s+radar\b", "on the radar"),
    (r"\b(?:menteri|setiausaha)\s+dalam\s+negeri(?:\s+inggris)?\b|\bmendagri\b", "Home Secretary"),
    (r"\bkementerian\s+dalam\s+negeri\b", "Home Office"), (r"\bmenteri\s+luar\s+negeri\b", "Foreign Secretary"),
    (r"\bperdana\s+menteri\b", "prime minister"),
    (r"(?<=\w\s)(?:jadi|menjadi)\s+(?=(?-i:[A-Z])|(?:menteri|presiden|perdana|jaksa|ketua|direktur|pemimpin|kepala|"
     r"walikota|gubernur|senator|pemilik|anggota|prime|home)\b)", "became "),
    (r"\b(?:kantor|agensi)\s+berita\s+((?-i:[A-Z])[\w'’-]*)", r"\1 news agency"),
    (r"\b(?:kantor|agensi)\s+berita\b", "news agency"),
    (r"\bsurat\s+perintah\b|\bwaran\b", "warrant"), (r"\bsurat\s+kabar\b", "newspaper"),
    (r"\bsampul\s+surat\b", "envelope"),
    (r"\b(?:badan|dinas|agensi|layanan)\s+(?:intelijen|perisikan)\b", "intelligence services"),
    (r"\b(?:badan|dinas|layanan|aparat)\s+keamanan\b|\bperkhidmatan\s+keselamatan\b", "security services"),
    (r"\b(?:petugas|anggota|aparat)\s+polisi\b|\bpegawai\s+polis\b", "police officer"),
    (r"\bpolisi\s+metropolitan\b", "Metropolitan Police"),
    (r"\bpejalan\s+kaki\b", "pedestrians"), (r"\bmeninggal\s+dunia\b", "died"),
    (r"\bditembak\s+mati\b", "was shot dead"),
    (r"\b(?:menembak|nembak|tembak)\s+mati\b", "shot dead"),
    (r"\b(di)?(?:tusuk|tikam)\s+(?:sampai|hingga)\s+(?:mati|tewas)\b",
     lambda m: ("was " if m.group(1) else "") + "stabbed to death"),
    (r"\b(?:ter)?(?:luka|cedera)(?:-luka)?\s+(?:parah|berat|serius|teruk)\b", "seriously injured"),
    (r"\bmengalami\s+(?:luka(?:-luka)?|cedera)\b", "were injured"), (r"\bluka-luka\b|\bluka2\b", "injured"),
    (r"\bsenjata\s+api\b|\bsenpi\b", "firearm"), (r"\bpisau\s+dapur\b", "kitchen knife"),
    (r"\b(?:mengadakan|menggelar|mengatur|menjadwalkan|adakan|gelar|atur|jadwalkan)\s+(?:sebuah\s+)?"
     r"(?:pertemuan|rapat|mesyuarat|perjumpaan)\b", "held a meeting"),
    (r"\b(?:bertemu|ketemu|berjumpa|jumpa)\s+(?:dengan|dgn|sama)\b", "met with"),
    (r"\b(?:perusahaan|syarikat)(?:-(?:perusahaan|syarikat))?\s+(?:teknologi|tek|IT|internet)\b", "tech companies"),
    (r"\b(?:partai|parti)\s+politik\b", "political party"), (r"\bhukuman\s+mati\b", "death penalty"),
    (r"\bhukuman\s+penjara\b", "prison sentence"),
    (r"\b(?:disebut|dinamakan|dinamai|diberi\s+nama|bernama|dipanggil)\s+apa\b", "called what"),
    (r"\bmenjabat(?:\s+sebagai)?\b", "served as"),
    (r"\bseorang\s+diri\b", "alone"), (r"\b(?:be)?kerja\s*sama\b", "cooperate"),
    (r"\bmengundurkan\s+diri\b", "resigned"), (r"\bmelarikan\s+diri\b", "fled"), (r"\bbunuh\s+diri\b", "suicide"),
    (r"\b(?:mem)?buka\s+kunci(?:an)?\b", "unlocked"),
    (r"\bkasih\s+ta(?:h)?u\b|\bkasi\s+tau\b|\bkasitau\b|\bmemberi\s+tahu\b", "told"),
    (r"\b(?:masuk|memeluk|peluk|(?:ber)?pindah\s+ke|jadi|menjadi|convert\s+ke|konversi\s+ke)\s+(?:agama\s+)?islam\b"
     r"|\b(?:jadi|menjadi)\s+(?:seorang\s+)?mu(?:a|al)la?f\b", "converted to Islam"),
    (r"\b(?:pindah|berpindah|tukar|menukar|ganti|berganti)\s+agama\b", "changed his religion"),
    (r"\bberasal\s+dari\b", "came from"),
    (r"\btempat\s+(?:ke)?lahir(?:nya)?\b|\bkota\s+kelahiran(?:nya)?\b", "birthplace"),
    (r"\b(?:tanggal|tgl|tarikh)\s+(?:ke)?lahir(?:nya)?\b", "date of birth"),
    (r"\bhari\s+(?:ke)?lahir(?:nya)?\b", "birthday"),
    (r"\b(?:kampung\s+halaman|kota\s+asal|kampung\s+asal|daerah\s+asal|tempat\s+asal)(?:nya)?\b", "hometown"),
    (r"\b(?:tumbuh\s+(?:besar|dewasa)|membesar)\b", "grew up"),
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
    (r"\b((?:(?-i:[A-Z])[\w'’-]*\s+)?[\w-]+)\s+(terenkripsi|rahasia|rahsia|baru|lain|lainnya|terakhir|pertama|"
     r"terakhirnya|pertamanya|sebelumnya|sewaan)\b(\s+(?:itu|tu|tersebut|tsb|ini|ni)\b)?", _adjective),
    (r"\b((?:the|this|that)\s+)?([\w-]+)\s+(?:itu|tu|tersebut|tsb)\b", _demonstrative("the")),
    (r"\b((?:the|this|that)\s+)?([\w-]+)\s+(?:ini|ni)\b", _demonstrative("this")),
])

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
    # what the bot checks a passage for (``events_asked``): an owner, a make, a way, what a message
    # said, pay, a reply, kin, a hospital or unit, a weapon, a penalty, a meeting, a price
    "pemilik": "owner", "empunya": "owner", "kepemilikan": "ownership", "merek": "brand", "merk": "brand",
    "jenama": "brand", "buatan": "make", "cara": "way", "metode": "method", "kaedah": "method", "bunyi": "wording",
    "kandungan": "content", "teks": "text", "sms": "text", "pengawasan": "surveillance", "pemantauan": "surveillance",
    "gaji": "salary", "upah": "wages", "pendapatan": "income", "penghasilan": "income", "balasan": "reply",
    "tanggapan": "response", "respons": "response", "respon": "response", "reaksi": "reaction", "jawapan": "answer",
    "komentar": "comment", "komen": "comment", "kenyataan": "statement", "keluarga": "family", "isteri": "wife",
    "bini": "wife", "suami": "husband", "anak": "children", "anak-anak": "children", "putra": "son",
    "putri": "daughter", "ayah": "father", "ibu": "mother", "orangtua": "parents", "ortu": "parents",
    "saudara": "siblings", "satuan": "unit", "kesatuan": "unit", "pasukan": "squad", "senjata": "weapon",
    "senapan": "rifle", "pedang": "sword", "golok": "machete", "parang": "machete", "belati": "dagger", "denda": "fine",
    "hukuman": "penalty", "sanksi": "sanctions", "pertemuan": "meeting", "rapat": "meeting", "mesyuarat": "meeting",
    "perjumpaan": "meeting", "parti": "party", "harga": "price", "biaya": "cost", "ongkos": "cost", "kos": "cost",
    "uang": "money", "duit": "money", "wang": "money", "dana": "funds", "bayaran": "payment", "pembayaran": "payment",
    "pembelian": "purchase", "penyewaan": "rental", "persewaan": "rental", "motif": "motive", "motivasi": "motivation",
    "pekerjaan": "job", "kerjaan": "job", "profesi": "profession", "jabatan": "job", "kewarganegaraan": "nationality",
    "kebangsaan": "nationality", "alamat": "address", "kelahiran": "birth", "penjara": "prison", "tahanan": "custody",
    "penangkapan": "arrest", "pembunuhan": "killing", "kematian": "death", "penusukan": "stabbing",
    "penikaman": "stabbing", "penembakan": "shooting", "dakwaan": "charges", "tuduhan": "charges", "vonis": "sentence",
    "kepolisian": "police", "tanggal": "date", "tgl": "date", "tarikh": "date", "eksekutif": "executives",
    "petinggi": "executives", "bos": "bosses", "penolakan": "refusal", "kerjasama": "cooperation", "mualaf": "convert",
    "muallaf": "convert", "bos-bos": "bosses", "kota": "city", "bandar": "city", "desa": "village",
    "kampung": "village", "daerah": "area",
    # "-nya": his, her, its or the
    "umurnya": "his age", "usianya": "his age", "namanya": "his name", "judulnya": "the headline",
    "penulisnya": "the author", "mobilnya": "the car", "keretanya": "the car", "korbannya": "the victims",
    "pelakunya": "the perpetrator", "penyerangnya": "the attacker", "serangannya": "the attack",
    "artikelnya": "the article", "pesannya": "the messages", "alasannya": "the reason", "jawabannya": "the answer",
    "pernyataannya": "his statement", "kejadiannya": "the incident", "pekerjaannya": "his job",
    "pemiliknya": "the owner", "mereknya": "the brand", "merknya": "the brand", "caranya": "the way",
    "isinya": "the content", "bunyinya": "the wording", "gajinya": "his salary", "pendapatannya": "his income",
    "balasannya": "the reply", "tanggapannya": "the response", "reaksinya": "the reaction", "keluarganya": "his family",
    "istrinya": "his wife", "isterinya": "his wife", "suaminya": "her husband", "anaknya": "his children",
    "anak-anaknya": "his children", "ayahnya": "his father", "ibunya": "his mother", "orangtuanya": "his parents",
    "saudaranya": "his siblings", "senjatanya": "the weapon", "pisaunya": "the knife", "dendanya": "the fine",
    "hukumannya": "the penalty", "pertemuannya": "the meeting", "partainya": "his party", "partinya": "his party",
    "harganya": "the price", "biayanya": "the cost", "motifnya": "his motive", "motivasinya": "his motivation",
    "agamanya": "his religion", "kerjaannya": "his job", "jabatannya": "his job", "profesinya": "his profession",
    "alamatnya": "his address", "tanggalnya": "the date", "kewarganegaraannya": "his nationality",
}

# the passive ("ditulis": was written), kept apart as "oleh siapa" (by whom) turns it active
_PASSIVES = {
    "ditulis": "was written", "dibunuh": "was killed", "ditusuk": "was stabbed", "ditembak": "was shot",
    "ditabrak": "was hit", "disewa": "was rented", "dipakai": "was used", "digunakan": "was used",
    "diklaim": "was claimed", "diminta": "was asked", "ditemukan": "was found", "dibaca": "was read",
    "dibuka": "was opened", "dikirim": "was sent", "ditangkap": "was arrested", "ditahan": "was detained",
    "ditolak": "was rejected", "dilakukan": "was done", "dibuat": "was made", "diserang": "was attacked",
    "dienkripsi": "was encrypted", "dipecat": "was fired", "dilaporkan": "was reported", "dikatakan": "was said",
    "dimiliki": "was owned", "dibutuhkan": "needed", "dipake": "was used",
    "dibeli": "was bought", "dibayar": "was paid", "dilahirkan": "was born", "diamankan": "was arrested",
    "dibekuk": "was arrested", "diringkus": "was arrested", "dicokok": "was arrested", "didakwa": "was charged",
    "dituduh": "was accused", "dibebaskan": "was released", "dilepaskan": "was released", "dilepas": "was released",
    "dipenjara": "was jailed", "dipenjarakan": "was jailed", "dihukum": "was sentenced", "divonis": "was sentenced",
    "didenda": "was fined", "ditikam": "was stabbed", "dirawat": "was treated", "dilukai": "was injured",
    "diangkat": "was appointed", "ditunjuk": "was appointed", "dilantik": "was sworn in", "dihubungi": "was contacted",
    "dikirimkan": "was sent", "dihantar": "was sent", "disewakan": "was rented", "dibesarkan": "was brought up",
    "disebut": "was called", "dinamakan": "was named", "dipanggil": "was called", "dijual": "was sold",
    "disetujui": "was agreed", "dihabiskan": "was spent", "dibawa": "was taken",
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
    # buy, pay, agree, reply, stab, die, live, work, contact, send, release, meet
    "beli": "bought", "membeli": "bought", "bayar": "paid", "membayar": "paid", "bayarin": "paid",
    "menghabiskan": "spent", "setuju": "agreed", "bersetuju": "agreed", "sepakat": "agreed", "menyetujui": "agreed to",
    "mematuhi": "complied with", "patuh": "complied", "menuruti": "complied with", "menyerahkan": "handed over",
    "serahkan": "handed over", "bersedia": "willing", "membalas": "replied", "balas": "replied",
    "merespons": "responded to", "merespon": "responded to", "bereaksi": "reacted", "menikam": "stabbed",
    "nikam": "stabbed", "tikam": "stabbed", "tusuk": "stabbed", "tertembak": "was shot", "gugur": "died",
    "wafat": "died", "tercedera": "injured", "melukai": "injured", "mencederakan": "injured", "menetap": "lived",
    "bermukim": "lived", "berdomisili": "lived", "datang": "came", "bekerja": "worked", "berhasil": "managed",
    "menghubungi": "contacted", "hubungi": "contacted", "berhubungan": "was in touch", "berkomunikasi": "communicated",
    "ngechat": "messaged", "nge-chat": "messaged", "ngewa": "messaged", "nge-wa": "messaged", "mengirimkan": "sent",
    "mengirimi": "sent", "ngirim": "sent", "hantar": "sent", "menghantar": "sent", "mengetik": "typed",
    "ngetik": "typed", "ketik": "typed", "tertulis": "was written", "membebaskan": "released", "menahan": "detained",
    "mundur": "stepped down", "berhenti": "quit", "berjumpa": "met", "jumpa": "met", "bernama": "named",
    "menamai": "named", "menyebutkan": "named", "sebutkan": "name", "pandu": "drove", "bales": "replied",
    # the other words of such questions
    "baru": "new", "lama": "long", "benar": "true", "betul": "true", "beneran": "really", "persis": "exactly",
    "sebenarnya": "actually", "cuma": "only", "hanya": "only", "saja": "only", "aja": "only", "doang": "only",
    "sekarang": "now", "sebelumnya": "before", "akhirnya": "in the end", "kali": "times", "senin": "Monday",
    "selasa": "Tuesday", "rabu": "Wednesday", "kamis": "Thursday", "jumat": "Friday", "sabtu": "Saturday",
    "ahad": "Sunday", "inggris": "Britain", "rusia": "Russia",
    "selain": "besides", "udh": "already", "guna": "used", "gunakan": "used", "bawa": "carried",
    "membawa": "carried", "tuntutan": "demand", "permintaan": "request", "mangsa": "victims",
    "kompensasi": "compensation", "pampasan": "compensation", "daripada": "from", "drpd": "from",
    "kemarin": "yesterday", "semalam": "last night", "tepatnya": "exactly",
    "persisnya": "exactly", "semenjak": "since", "terakhirnya": "last", "pertamanya": "first", "parah": "seriously",
    "kristen": "Christian", "katolik": "Catholic", "yahudi": "Jewish", "warga": "citizen", "warganegara": "citizen",
}

# particles of talk and titles, left out: "sih", "dong", "ya", "kak"
_INDONESIAN_DROPPED = frozenset("""sih dong deh nih tuh lho loh ya yah yaa kan lah kah pak bu bang mas mbak kak
    kakak gan sis bro tolong mohon ah eh nah wah hmm gitu begitu emang emangnya memang si toh coba ayo yuk
    wkwk wkwkwk haha hehe encik cik puan tuan weh wei meh kot nya pihak sempat""".split())

# the glossed words that are English words or common tokens of English questions ("jam", "sang",
# "lama", "HP" the maker, "GA" Georgia): glossed only before a word of the language or a name
_INDONESIAN_SHARED = frozenset("jam sang lama hp ga kali lain".split())

# a yes-no question opened in Indonesian ("apakah Islamic State claimed the attack?") shows it however
# English its other words
_INDONESIAN_OPENING = re.compile(r"^\s*(?:apakah|adakah|benarkah)\b", re.I)

# the words read only by the idioms, which show the language as well ("ngaku bertanggung jawab")
_IDIOM_WORDS = frozenset("""yang yg mana macam mcm ngaku bertanggung tanggung ramai pukul tanggal jenis catatan
    kriminal perintah negeri mendagri setiausaha jaksa agung gedung putih mahkamah daulah pejalan
    sungai istana nanya numpang mulai peraturan kesehatan asuransi jubir pilpres medsos residivis sebenar samaran
    pantauan senarai beragama berkebangsaan kelanjutannya ujung-ujungnya memeluk mengalami napi banduan wasap
    watsap rekod jenayah kejahatan pidana""".split())
# the words that show a question is Indonesian: its glossed and dropped words and the idioms', less
# those that are English words, names ("Luka", "Ada", "Hari"; "Dan", "Yang" are glossed in small
# letters only), or common words of the other languages mixed in: Spanish and Portuguese "dia",
# "para", "mas", "si", "ya", "anda"; Hindi "ke", "tak", "agar", "jawab", "lagi", "saat" (seven),
# "pada", "karna" (to do), "dua", "sewa", "asal" (real), "putra", "alamat"; German "artikel"; Tagalog "kita",
# "kami", "hari", "anak", "tahanan" (home); Dutch "merk", "komen", "bos", "duit"; Czech and Polish "komentar",
# "katolik"; Arabic "tarikh", "wafat", "yahudi"; English "ayah", "bini", "cara", "dana", "kos", "parang", "sms"
_INDONESIAN_MARK = (frozenset(_INDONESIAN) | _INDONESIAN_DROPPED | _IDIOM_WORDS) - _INDONESIAN_SHARED - \
    frozenset("""dia si ya para mas ke tak agar jawab lagi karna pada saat kita kami hari mobil luka kan dong lu
    gw ia org tp pak bu bang bro sis gan eh ah nah wah hmm haha hehe yah yuk artikel rusia ahad kata polis
    sewa toh kot meh tuan tau ada anda dua asal putra putri alamat anak tahanan merk komen bos duit komentar
    katolik tarikh wafat yahudi ayah balas bales bini cara dana kaedah kos kristen parang wang sms teks
    motif""".split())
# ("mana" asks where, but is Hindi "forbidden" too, "mana kiya": it shows Indonesian only once, unglossed
# but for "di mana", "yang mana", "macam mana" and a last "mana", which the idioms read)

# -- order -----------------------------------------------------------------------------------

_ASKED = r"since when|until when|how many times|how many|how much|how old|how long|what time|what year|what date|" \
         r"what day|what month|what kind|from where|who|whom|whose|what|which|when|where|why|how"
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
    "paid": "pay", "bought": "buy", "spent": "spend", "became": "become", "changed": "change", "worked": "work",
    "agreed": "agree", "agreed to": "agree to", "complied": "comply", "complied with": "comply with",
    "handed over": "hand over", "messaged": "message", "typed": "type", "released": "release", "treated": "treat",
    "converted": "convert", "managed": "manage", "served as": "serve as", "held": "hold", "reacted": "react",
    "stepped down": "step down", "resigned": "resign", "named": "name", "communicated": "communicate",
    "shot dead": "shoot dead", "quit": "quit", "carried": "carry",
}
_BASES = frozenset(_BASE.values()) | {"cooperate", "need", "know"}
# the passive after "oleh siapa" (by whom), and its active form: "ditulis oleh siapa": who wrote
_ACTIVE = {**{v.split(" ", 1)[-1]: v.split(" ", 1)[-1] for v in _PASSIVES.values()},
           "written": "wrote", "owned": "owns", "done": "did", "shot dead": "shot dead"}
# the nouns an asked "what" or "how many" takes with it ("mobil apa": what car), glossed or typed in
# English, and a subject that "did" may go before
_NOUN_WORDS = frozenset(v.split()[-1].lower() for v in _INDONESIAN_NOUNS.values()) | frozenset(
    """car show programme program app apps company day year time law laws bridge weapon knife group newspaper
    paper party article headline religion country city name people victims message messages phone model hospital
    unit gun rifle pistol website site channel station network agency officer attacker warrant warrants
    encryption""".split())
_COMPOUNDS = frozenset({"news agency", "police officer", "Home Secretary", "security services",
                        "intelligence services", "prime minister", "criminal record", "rental company",
                        "police unit"})
_SUBJECT = r"(?:(?:the\s+|his\s+|her\s+|their\s+|(?-i:[A-Z])[\w.-]*['’]s\s+)?" \
    r"(?:(?:last|first|previous|new|rented)\s+)?" \
    r"(?:%s)|he|she|they|we|you|I|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})" % \
    "|".join(sorted(_NOUN_WORDS | {"police"}, key=len, reverse=True))
# the nouns that own what follows in Indonesian ("nama penyerang": the attacker's name)
_OWNED = r"(?-i:name|age|author|headline|title|wife|house|religion|reason|statement|answer|message|messages|" \
         r"phone|car|content|job|owner|brand|make|model|wording|salary|income|wages|price|cost|family|children|" \
         r"husband|father|mother|parents|son|daughter|siblings|motive|penalty|fine|weapon|knife|response|reply|" \
         r"reaction|party|date|birthplace|address|nationality|alias|hometown|profession|demand|request|" \
         r"perpetrator|victims)"
_OWNER = r"(?:the\s+|this\s+)?(?:attacker|perpetrator|suspect|police officer|officer|victims?|minister|" \
         r"journalist|author|article|story|news|programme|interview|law|attack|shooting|stabbing|incident|car|" \
         r"phone|company|app|knife|weapon|gun|" \
         r"(?-i:[A-Z]|i[A-Z])[\w'’.-]*)"
# kin owned by a name, as English owns them ("the wife of Masood": Masood's wife)
_KIN = r"(?:wife|husband|family|children|father|mother|parents|son|daughter|siblings)"
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
            injured = r"(?:seriously\s+)?injured" if asked.lower() == "how many" else past
            if re.match(rf"(?:{past}|was|were|is|are|{injured})\b", owned.group(2), re.I):
                # asked of the subject: "how many people died", "how many people injured"
                return re.sub(rf"^((?:{_ASKED})\s+{re.escape(owned.group(1))})\s+((?:seriously\s+)?injured)\b",
                              r"\1 were \2", body)
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
    # (a participle after an article is an adjective: "the rented car")
    if was and not set(re.sub(r"\b(?:the|a|his|her|this)\s+\S+", "", was.group(1).lower()).split()) & \
            (_AUXILIARIES | {w.lower() for w in _BASE}):
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
    body = re.sub(r"\bthe\s+(?=(?:his|her|their|the)\b)", "", body, flags=re.I)
    passive = "|".join(sorted(map(re.escape, _ACTIVE), key=len, reverse=True))
    by = re.match(rf"^(?:that\s+)?(.+?)\s+(?:that\s+)?(?:was\s+)?({passive})\s+by\s+(?:who|whom)$", body, re.I)
    if by:
        body = f"who {_ACTIVE[by.group(2).lower()]} {by.group(1)}"
    # the agent of a passive, before the words move ("WhatsApp was bought Facebook what year": by Facebook)
    body = _by_agent(body)
    # an owner after its noun, while the noun still stands by it
    body = re.sub(rf"\b({_OWNED})\s+(?!of\b)(?={_OWNER}\b)", r"\1 of ", body, flags=re.I)
    asked = list(re.finditer(rf"(?<![\w'’-])(?:{_ASKED})(?![\w'’-])", body, re.I))
    if len(asked) == 1 and asked[0].start() > 0:
        a = asked[0]
        before, word, after = body[:a.start()].rstrip(" ,"), a.group(0).lower(), body[a.end():].strip()
        words = before.split()
        noun = next((" ".join(words[-k:]) for k in (2, 1) if len(words) >= k and (
            " ".join(words[-k:]) in _COMPOUNDS or (k == 1 and words[-1].lower() in _NOUN_WORDS))), None)
        # (an adjective or a name between: "the content of his last message what", "the San Bernardino attack")
        ahead = words[:len(words) - len(noun.split())] if noun else []
        while ahead and (ahead[-1].lower() in ("last", "first", "previous", "new", "rented", "secret", "encrypted")
                         or ahead[-1][:1].isupper() and len(ahead) > 1):
            ahead.pop()
        owned = bool(ahead) and ahead[-1].lower() in ("the", "of", "this", "that", "his", "her")
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
        elif word in ("which", "what") and after and after.split()[0].lower() in _NOUN_WORDS and \
                re.search(r"\b(?:in|at|on|to|with|from|by|for)$", before, re.I):
            # "the victims were treated in which hospital": which hospital were the victims treated in
            k = 2 if " ".join(after.split()[:2]) in _COMPOUNDS else 1
            was = "was " if re.match(r"(?:the|his|her|their)\b", before) and \
                not re.search(r"\b(?:was|were|is|are)\b", before) else ""
            body = f"{word} {' '.join(after.split()[:k])} {was}{before} {' '.join(after.split()[k:])}"
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
    body = re.sub(r"\bfor\s+(opened|unlocked|cracked|read|accessed|decrypted)\b", lambda m: f"to {_BASE[m.group(1)]}",
                  body)
    # "FBI how to open the iPhone" ("FBI pakai cara apa buat buka iPhone"): how did the FBI open it
    body = re.sub(rf"^({_SUBJECT})\s+how\s+to\s+(?=\w)", r"how did \1 ", body)
    # "Rudd how long became ..." ("Rudd sudah berapa lama jadi ..."): how long first
    body = re.sub(rf"^({_SUBJECT})\s+(how long)\s+(?=\w)", r"\2 \1 ", body)
    # "where wife of Masood lived": where did Masood's wife live
    body = re.sub(rf"^((?:where|when|why|how(?!\s+(?:many|much)\b))\s+)({_KIN})\s+of\s+"
                  r"((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?)\b(?!['’])",
                  r"\1\3's \2", body, flags=re.I)
    body = _asked_of(body, past)
    # "who was contacted by Masood": who had Masood contacted
    body = re.sub(rf"^who\s+was\s+contacted\s+by\s+({_SUBJECT})", r"who had \1 contacted", body, flags=re.I)
    # "since when did Rudd become Home Secretary": since when has she been
    body = re.sub(rf"^(since when|how long)\s+(?:did\s+)?({_SUBJECT})\s+(?:became|become|served as|serve as)\s+",
                  r"\1 has \2 been ", body, flags=re.I)
    # yes or no, asked of what in the end came of it ("apakah FBI akhirnya berhasil ...": did the FBI in the
    # end manage ...) or of an agreement: with "did", as English asks them
    yes_no = re.match(rf"^is it true that\s+({_SUBJECT})\s+(?:(ever|finally|eventually|in the end|already)\s+)?"
                      rf"({past})\b(.*)$", body, re.I)
    if yes_no and (yes_no.group(2) or yes_no.group(3).lower() in (
            "agreed", "agreed to", "complied", "complied with", "handed over", "managed", "refused")):
        adverb = f"{yes_no.group(2)} " if yes_no.group(2) else ""
        body = f"did {yes_no.group(1)} {adverb}{_BASE[yes_no.group(3).lower()]}{yes_no.group(4)}"
    # "Masood has how many children": how many children did Masood have
    body = re.sub(rf"^({_SUBJECT})\s+(?:has|had)\s+(how many\s+[\w-]+)$", r"\2 did \1 have", body, flags=re.I)
    # "Rudd what party": what party is Rudd
    body = re.sub(r"^((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*)\s+((?:what|which)\s+(?:party|religion|"
                  r"nationality|brand|make|model))$", r"\2 is \1", body)
    body = re.sub(rf"^where\s+({_SUBJECT})\s+from$", r"where is \1 from", body, flags=re.I)
    body = re.sub(r"^((?:what|which)\s+(?:party|religion|nationality))\s+"
                  r"((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*)\s+from$", r"\1 is \2 from", body)
    body = re.sub(r"^(what\s+(?:date|time|year|day|month))\s+(?=the\b)", r"\1 was ", body, flags=re.I)
    # "who soldier that shot Masood?", "who British prime minister at that time?": who is the
    nouns = "|".join(sorted(map(re.escape, _NOUN_WORDS | _COMPOUNDS), key=len, reverse=True))
    body = re.sub(rf"^(who|what)\s+((?:British\s+|US\s+|new\s+|last\s+|first\s+)?(?:{nouns}))(?=\s+that\b|\s+at\b|"
                  r"\s+in\b|$)", r"\1 is the \2", body, flags=re.I)
    body = re.sub(r"^how old\s+(?!is\b|was\b)", "how old is ", body, flags=re.I)
    # "who his wife", "what WhatsApp's response": who is, what is
    body = re.sub(r"^(who|what)\s+(?=(?:his|her|their)\s|(?-i:[A-Z])[\w.-]*['’]s\s)", r"\1 is ", body, flags=re.I)
    body = re.sub(rf"(?:\bthe\s+|(?<=\bof\s))({_KIN})\s+of\s+"
                  r"((?:the\s+)?(?:attacker|perpetrator|suspect|officer|police officer|victim)"
                  r"|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?)\b", r"\2's \1", body, flags=re.I)
    body = re.sub(r"\bthe\s+(?=(?:his|her|their|the)\b)", "", body, flags=re.I)
    body = re.sub(r"\b((?:(?:ever|already|still)\s+)+)(was|were)\b", r"\2 \1", body, flags=re.I).replace("  ", " ")
    body = re.sub(r"\b(will|can|must|would|could)\s+was\b", r"\1 be", body, flags=re.I)
    body = re.sub(r"^(how many\s+[\w-]+)\s+was\b", r"\1 were", body, flags=re.I)
    # "... or not" ("bisa baca ... gak?", "ngaku ... gak?"): asked yes or no
    body = re.sub(r"^(.+?)\s+(can|will|must)\s+(.+?)\s+or not$", r"\2 \1 \3", body, flags=re.I)
    body = re.sub(r"^(.+?)\s+wants\s+(?:to\s+)?(.+?)\s+or not$", r"does \1 want to \2", body, flags=re.I)
    body = re.sub(rf"^({_SUBJECT})\s+({past})\s+(.+?)\s+or not$",
                  lambda m: f"did {m.group(1)} {_BASE[m.group(2).lower()]} {m.group(3)}", body, flags=re.I)
    body = _by_agent(body)
    body = re.sub(r"\bwas\s+(they|we|you)\b", r"were \1", body)
    body = re.sub(r"\b(they|we|you)\s+was\b", r"\1 were", body)
    body = re.sub(r"\bwas\s+(?:the\s+)?(victims|people|pedestrians|injured|wounded|dead)\b", r"were the \1", body)
    return re.sub(r"\s{2,}", " ", body).strip() + end


def _by_agent(body: str) -> str:
    """The agent of a passive follows it bare ("dipecat Trump": fired by Trump)."""
    participles = "|".join(v.split(" ", 1)[1] for v in _PASSIVES.values() if " " in v)
    return re.sub(rf"\b((?:was|were|be)\s+(?:{participles}))\s+"
                  r"(?=(?:the\s+)?(?:(?-i:[A-Z])|(?:police|attacker|perpetrator|soldier|officer|government)\b))",
                  r"\1 by ", body)


INDONESIAN = Language(_INDONESIAN_IDIOMS, _INDONESIAN, _INDONESIAN_DROPPED, _INDONESIAN_MARK,
                      reorder=_indonesian_order, shared=_INDONESIAN_SHARED, opening=_INDONESIAN_OPENING)
