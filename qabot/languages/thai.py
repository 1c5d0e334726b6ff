"""Thai mixed into English questions, read in English.

Thais type a question's frame in Thai, romanized as chat spells it, and the story's names and things in
English ("Rudd puut arai kiew kab WhatsApp?", "attacker ayu gee pee?", "kao tai muea rai krub?"), rarely in
Thai script ("ใครเขียนบทความนี้"), which is romanized first. Chat spells one word many ways ("krai", "khrai";
"muea rai", "meuarai"): the common spellings are listed, and a word typed apart ("mua rai") is joined into
the glossary's word (``_joined``). Without tones many syllables are English words ("man" it, "pen" is, "rod"
car) or several Thai ones ("mai" not, new, and a last question mark; "nai" in, and which after its noun):
those are read by their place, and none shows a question to be Thai. Thai has no inflection, asks in place,
often last ("kao tai muea rai": he died when), yes or no with a last "mai", "rue plao", and puts a modifier
after its noun ("bot kwam nee": this article): ``_thai_order`` puts the clear cases in English order, in the
words ``events_asked`` knows.
"""
from __future__ import annotations

import re

from qabot.languages import Idioms, Language


def _table(text: str) -> list[tuple[list[str], str]]:
    """The entries of "spelling/spelling=English", parted by "|" or a line ("#" opens a comment)."""
    return [([s.strip() for s in spellings.split("/")], english.strip()) for line in text.splitlines()
            if not line.strip().startswith("#") for entry in line.split("|") if entry.strip()
            for spellings, english in [entry.split("=")]]


# -- words --
# Each spelling as typed; one typed apart ("mua rai") is read as its entry's first spelling typed whole
# ("muearai"). No English here is a word of the glossary, which would gloss it again.
_ENTRIES = _table("""
    # asking: who, what, when, where, why, how, how many, how much
    krai/khrai=who|kon nai/khon nai=which person|khong krai/kong krai/khong khrai=whose
    kab krai/kap krai/gap krai/gub krai/kub krai=with whom|hai krai/hai khrai/ha krai=to whom
    arai/a-rai/alai/a rai/rai=what|pen arai=is what
    muearai/muerai/meuarai/muarai/muea rai/mua rai/meua rai/mue rai/muea dai=when
    muea/meua/muer/tonnai/ton nai/torn nai=when|wannai/wan nai=which day|wanarai/wan arai=what day
    teenai/thinai/tinai/tee-nai/tee nai/thi nai/ti nai=where|nhai=which|painai/pai nai=went where
    jaknai/jak nai/jak tee nai/ma jak nai=from where
    tammai/tummai/thammai/tham mai/tam mai/tum mai/pror arai/proh arai=why
    yangrai/yangngai/yungai/yang rai/yang ngai/yung ngai=how|gee/kee/ki/kii=how many
    geekon/keekon/gee kon/kee kon/gee khon=how many people
    geekrung/gee krung/kee krung/gee khrang/kee khrang=how many times
    geepee/keepee/gee pee/kee pee/kii pee/gee pi/ki pi/ayu gee pee/ayu kee pee/ayu tao rai/ayu thao rai=how old
    taorai/thaorai/tao rai/thao rai=how much|geemong/gee mong/kee mong=what time
    nan tao rai/nan thao rai/nan kae nai=how long|tang tae muea rai/tang tae mua rai=since when
    tam ngan arai/tum ngan arai/tamngan arai=did what job|baep nai/baep arai/bab arai=what kind of
    yee ho arai/yi ho arai=what brand|kon prathet arai/khon prathet arai/sanchat arai=what nationality
    # yes or no, last: "or not", "yet or not"
    mhai/rueplao/rue plao/reu plao/rue pao/rue mai=or not|rueyang/rue yang/reu yang=yet or not
    # pronouns, "of", "this", "that"
    khao/kao=he|ter/thoe=she|puak kao/puak khao=they|man=it|phom/pom/chan=I|rao=we|khong/kong=of
    khong kao/khong khao=his|nee/ni/nii=this|nan=that|tee/thi=that|wa/waa=that
    # prepositions and joining
    nai=in|bon=on|kab/kap/gap/gub/kub=with|lae=and|rue/reu=or|tae=but|jak/chak=from|tueng/thueng=to|hai=to
    samrap/sumrub=for|puea/phuea/pheua/pue=to|duay/duai=with|doi=by|rawang=during|gon/korn/gorn=before
    tang tae/tangtae=since|kiewkab/kiew kab/kiew gub/kiaw kap/giew gap/kiao kap/keaw kab/rueang/reuang/ruang=about
    lang/langjak/lang jak=after|taam/tarm/tam tee=according to|pror/proh/phro=because
    # negation, auxiliaries and copulas (no tense: "ja" will, "koey" ever, "thuk" a passive)
    mai=not|maichai/mai chai=is not|maidai/mai dai=did not|maikoey/mai koey=never|maiyom/mai yom/mai yorm=refused
    pen=is|khue/kue/keu=is|mee/mii=has|ja=will|koey/keuy/kuey/koei=ever|tong=must|khuan/kuan=should|thuk=was
    yom/yorm=agreed|jing/ching/jingjing/jing jing=really|naenon/nae non=exactly|uen/eun=other
    kae/khae/piang/phiang/taonan/tao nan=only|suttai/sut tai/sud tai=last|raek/rark=first
    naitisud/nai tee sud/nai thi sut=in the end|tonnan/ton nan=at that time
    # saying, writing, happening
    puut/phut/pood/poot/pud/bok/bork/klao=said|thalaeng/talaeng=stated|khian/kian/kean/kien=wrote
    kerdkhuen/kerd khuen/gerd khuen/koet khuen/gerd keun=happened
    # killing, dying, the car
    kha/khaa=killed|tai/dtai=died|siachiwit/sia chiwit/sia cheewit=died|taeng/thaeng=stabbed|ying=shot
    yingtai/ying tai=shot dead|khap/khab=drove|kabrod/kab rod/kap rot/khap rot/khab rod=drove the car|chon=rammed
    chao=rented|rodchao/rod chao/rot chao=rented car|chai=used|rod/rot=car|rodyon/rod yon=car
    # claiming, wanting, asking, knowing, finding, sending
    ang/oang/aang=claimed|rabphidchob/rab phid chob/rap phit chop/rub pid chob/rab pit chob=claimed responsibility
    yak/yaak=wants|tongkan/tong kan/tong karn/tongkarn=wants|riakrong/riak rong=demanded|yakru/yak ru/yak roo=
    kho/khor=asked for|ru/roo/rujak/ru jak=knew|jer/joe/pob/phop/hajer/ha jer=found|aan/arn=read|perd/poet=opened
    plodlock/plod lock/plot lock/plod lok=unlocked|song=sent|kui/kuy/khui=chatted|tohha/toh ha/tho ha=called
    tho/toh=called|jaai/jai ngern/jaai ngern/jai tang=paid|sue/seu/suea=bought|tamtam/tam tam/tham tam=complied with
    # living, birth, arrest, acting, answering, cooperating, refusing, coming out
    yoo/yu/yuu=lived|asai/arsai/asai yoo/arsai yoo=lived|muang/mueang=city|kid/khit=thought|sen=signed|sang=built
    majak/ma jak/maa jak=came from|gerd/kerd/koet/goet=born|jab/jap/jabkum/jab kum/jab gum=arrested
    batjeb/bat jeb/bad jeb=injured|kondiao/kon diao/kon deaw/khon diao=alone
    tamkondeaw/tam kon deaw/tam kon diao/tham khon diao=acted alone|torb/tob=answered
    torbklab/torb klab/tob klab=replied|ruammue/ruam mue=cooperated|patiset/pati set=refused
    pongkan/pong kan=prevented|son=hid|pokpid/pok pid=concealed|bangkap/bang kap=forced|chuay/chuai/chuey=helped
    tam/tham/tum=did|tamngan/tam ngan/tum ngan/tham ngan=worked|pai/bpai=went|ork/awk=came out
    jaok/ja ok/ja ork=will come out|okraikan/ok rai kan/ork rai kan=appeared on programme
    tidkuk/tid kuk/tit khuk=was jailed|chana=won|pae/phae=lost|longkanaen/long kanaen=voted|longnam/long nam=signed
    prakat=announced|jomtee/jom tee/chom ti=attacked|kanjomtee/kan jom tee/gan jom tee/het jom tee=the attack
    hetkan/het kan/het karn=the incident|kinwela/kin wela/chai wela=lasted|samachik=member|prachum/pra chum=meeting
    # the attack and the people in it
    kon/khon=people|konrai/kon rai/khon rai=attacker|phujomtee/phu jom tee/pu jom tee=attacker
    pukorhet/phu ko het/pu kor het/phu kor het=perpetrator|yuea/yeua=victims|phukrohrai/phu kroh rai=victims
    phusiachiwit/phu sia chiwit/pu sia cheewit=the dead|kontai/kon tai/khon tai=the dead
    phubatjeb/phu bat jeb=the injured|kondern/kon dern/kon doen/kon dern thanon=pedestrians
    tamruat/tumruat/tamruad/tam ruat=police|jaonatee/jao na tee/jao nathi=officer
    naitamruat/jao na tee tamruat/nai tamruat=police officer
    phukokanrai/phu ko kan rai/pu kor karn rai/phu kor karn rai=terrorists|kanrai/kan rai=terrorism
    tahan/thahan=soldier|awut/arwut=weapon|meed/miid=knife|puen/peun=gun|saphan/sapan=bridge|thanon/tanon=road
    # who he was
    chue/chuea/cheu=name|chuejing/chue jing=real name|ayu/aayu=age|pee/bpee=years|satsana/sasana=religion
    archeep/achip=job|ngan/ngarn=job|phak/pak=party|luk=children|mia/panraya=wife|sami=husband
    krobkrua/krob krua=family|prathet=country|sanchat=nationality|prawat=record
    prawatachayakam/prawat achayakam/prawat atchayakam=criminal record|jaokhong/jao khong/jao kong=owner
    yeeho/yee ho/yi ho=brand|roon=model|rakha/raka=price|kaprab/kha prap/ka prab=fine|ngern/ngoen=money
    nueaha/nuea ha/neua ha=content|khamtorb/kham torb/kam torb=answer|tobsanong/tob sanong/torb sanong=responded
    kamphaeng/kam paeng=wall|thalaengkan/thalaeng kan=statement
    # the article, the programme
    botkwam/bot kwam/bot khwam/bod kwam=article|padhua/pad hua/paad hua=headline|huakor/hua kor/hua khor=title
    phukhian/phu khian/pu kian/pu khian/kon khian/khon khian=author|nakkhao/nak khao/nak kao=journalist
    nakkhian/nak khian=writer|raikan/rai kan/rai karn/rai gan=programme|sampat/sam phat=interview|kaow=news
    # government, laws, warrants, US politics
    rattaban/ratthaban=government|rattamontri/ratthamontri/rmt=minister|kotmai/kot mai/kod mai/kodmai=law
    kotmaimai/kot mai mai/kotmai mai/kod mai mai=new law|maijab/mai jab=arrest warrant
    maikhon/mai khon=search warrant|prathanathibodi/prathan athibodi=president|sapha=Congress|wuthisapha=Senate
    tamniapkhao/tamniap khao=White House|lueaktang/lueak tang/leuak tang=election|khamsang/kham sang=order
    khamsangphuborihan/kham sang phu borihan=executive order|sansung/san sung=Supreme Court
    # messages, companies, security, secrets
    korkwam/kor kwam/khor khwam/kho khwam=messages|borisat=company|borisattech/borisat tech=tech companies
    borikan=services|khaokrong/khao krong/kao krong=intelligence|mankong/man kong/man khong=security
    laktan/lak tan/lak thaan=evidence|klum/kloom=group|samnakkhao/samnak khao/samnak kao=news agency
    torasap/thorasap/muetue/mue tue/mue thue=phone|khaorahat/khao rahat/kao rahat=encryption|rahat=code
    kwamlap/kwam lap/khwam lap/kwam lub=secret|sathanti/sathan tee/sathan thi=place
    teelap/tee lap/sathan tee lap=secret place|teeson/tee son=hiding place|penkhong/pen khong/pen kong=belongs to
    jodmai/jod mai=letter|songjodmai/song jod mai=envelope|khaothueng/khao thueng/kao tueng/khao tueng=access
    ratitsalam/rat itsalam/rat islam=Islamic State
    # days, time
    wan=day|wanathit/wan athit/wan artit=Sunday|wanjan/wan jan=Monday|wanangkhan/wan angkhan=Tuesday
    wanphut/wan phut/wan put/wan pud=Wednesday|wanpharuehat/wan pharuehat=Thursday|wansuk/wan suk=Friday
    wansao/wan sao=Saturday|sapda/athit=week|wela=time|natee/na tee=minutes|duean/deuan=month
""")
# the words, each typed whole; and each spelling typed apart, as the idioms join it ("mua rai" → "muearai")
_THAI = {s: english for spellings, english in _ENTRIES for s in spellings if " " not in s}
_PHRASES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _spellings, _english in _ENTRIES:
    _whole = next((s for s in _spellings if " " not in s), _spellings[0].replace(" ", ""))
    _THAI.setdefault(_whole, _english)
    for _spelling in (s.split() for s in _spellings if " " in s):
        _PHRASES.setdefault(_spelling[0], []).append((tuple(_spelling), _whole))
for _entries in _PHRASES.values():
    _entries.sort(key=lambda e: -len(e[0]))

# particles of talk and politeness, nominalizers ("kan", "kwam"), classifiers ("tua", "chabab"),
# "dai" and "laew" (a past), "kamlang" (doing), "ma" (hither), "khun" (Mr or Ms before a name)
_THAI_DROPPED = frozenset("""na naa nah nha krub krab khrap krap khrub ka kah kaa jaa jah loei loey leuy nia nea ngai
    la si lor ror hor noi eiei kan karn kwam khwam dai laew laeo leaw lew kamlang gumlung yang ma maa khuen
    kuen keun khun kun tua lem chabab""".split())
# glossed only before Thai, a name or nothing (``code_mixed._glossed``): "man" before its verb is it,
# but "the man who"; "son" hid, "sue" bought, "gap" with, "jab" arrested, but "his son", "sue Apple"
_THAI_SHARED = frozenset("man son sue gap jab".split())
# words that show nothing: of two letters, English ones ("pen", "tee", "bon", "tam"), other languages' (Hindi "kab",
# "hai", "kon", "tum"; Indonesian "yang", "tahan"; Vietnamese "khong", "phu", "mua"; Italian "mai", "dai"; Tagalog
# "ang"; Chinese "ying", "jing", "tai") and names ("Rao", "Chan", "Mia")
_NOT_SHOWN = frozenset("""aan ang arn asai awk bad bang bat bod bon bork bot chai chak chan chana chao ching
    chon chop chum dai doen doi eun gan gee gerd gon gorn gum hai het hor hua islam jaa jai jak jan jap jer jing
    joe jom kab kae kah kam kan kap karn kean kee keu kha khab khae kham kho khong khor khuan khun kian kid kien
    kin kon kong kor korn kot kuan kue kui kuk kum kun kuy kwam lang lap lem lew lock lok long lor lub luk maa
    mai mee meed mia mii mong mua naa nae nah nai nak nam nan nea nee ngan nha nii noi non pad pae pai pak pao
    pee pen perd phat phu phut pit plod plot pob poet pom pong pood pra pud put rahat rai raka rakha rao rap rat
    reu rod roo roon ror rot ruam rub rue sam sami san sang sao sen set seu song sud suk sung taam tae tahan tai
    tam tan tang tao tech tee ter tham thi tho thue thuk tid tit tob toh ton tong torn tua tue tum wan yak yang
    yee ying yom yon yoo yung""".split())
_THAI_MARK = frozenset(w for w in {*_THAI, *_THAI_DROPPED, *(s for ss, _ in _ENTRIES for w in ss for s in w.split())}
                       if len(w) > 2) - _THAI_SHARED - _NOT_SHOWN

# -- Thai script --
# its commonest words, romanized, the longest first, as the script leaves no space between words
_SCRIPT = dict(p.split(":") for p in """ใคร:krai อะไร:arai ไร:arai เมื่อไร:muearai เมื่อไหร่:muearai
    ตอนไหน:muearai ที่ไหน:teenai ไหน:nhai ทำไม:tammai อย่างไร:yangrai ยังไง:yangrai กี่:gee ครั้ง:krung
    เท่าไร:taorai เท่าไหร่:taorai อายุ:ayu ไหม:mhai มั้ย:mhai หรือเปล่า:mhai ใช่ไหม:mhai หรือยัง:rueyang
    หรือ:rue ไม่:mai ครับ:krub ค่ะ:krub คะ:krub นะ:na คือ:khue เป็น:pen มี:mee ได้:dai แล้ว:laew จะ:ja
    เขา:kao ของ:khong ใน:nai ที่:tee นี้:nee กับ:kab เกี่ยวกับ:kiewkab หลัง:lang ก่อน:gon พูด:puut
    บอก:puut เขียน:khian ตาย:tai ฆ่า:kha แทง:taeng ยิง:ying ขับ:khap เช่า:chao ใช้:chai เกิด:gerd
    อยู่:yoo จับ:jab ต้องการ:tongkan คน:kon ตำรวจ:tamruat คนร้าย:konrai สะพาน:saphan รถ:rod
    บทความ:botkwam พาดหัว:padhua ผู้:phu ชื่อ:chue ปี:pee กฎหมาย:kotmai ข้อความ:korkwam บริษัท:borisat
    การ:kan ความ:kwam คัน:tua""".split())
_SCRIPT_LONGEST = max(map(len, _SCRIPT))


def _thai_script(m: re.Match) -> str:
    """A run of Thai script as the romanized words it holds, read by the longest first ("ใครเขียน" → "krai
    khian"); what is none of them is left as typed."""
    text, out, i, unknown = m.group(0), [], 0, ""
    while i < len(text):
        for n in range(min(_SCRIPT_LONGEST, len(text) - i), 0, -1):
            if text[i:i + n] in _SCRIPT:
                out += [unknown, _SCRIPT[text[i:i + n]]] if unknown else [_SCRIPT[text[i:i + n]]]
                unknown, i = "", i + n
                break
        else:
            unknown, i = unknown + text[i], i + 1
    return f" {' '.join(out + [unknown]).strip()} "


def _found(words: list[str]) -> list[tuple[int, int, str]]:
    """Where ``words`` (lower case) hold a word of several syllables typed apart: (first, count, the word
    typed whole), the longest first ("mua rai" → "muearai")."""
    found, i = [], 0
    while i < len(words):
        n, whole = next(((len(s), w) for s, w in _PHRASES.get(words[i], ()) if tuple(words[i:i + len(s)]) == s),
                        (1, None))
        if whole:
            found.append((i, n, whole))
        i += n
    return found


def _joined(m: re.Match) -> str:
    """A question with its words of several syllables typed apart typed whole, so that the glossary reads
    them, and a shared word before one as Thai ("tai muea rai")."""
    text, tokens = m.group(0), list(re.finditer(r"[\w'’-]+", m.group(0)))
    out, at = [], 0
    for i, n, whole in _found([t.group(0).lower() for t in tokens]):
        span = tokens[i:i + n]
        if all(not text[a.end():b.start()].strip() for a, b in zip(span, span[1:])):
            out.append(text[at:span[0].start()] + whole)
            at = span[-1].end()
    return "".join(out) + text[at:]


# what ends a question: its marks, and the particles of politeness after a question word ("krai na krub?")
_END = r"(?=\s*[?.!…]*\s*$)"
_PARTICLES = (r"na|naa|nah|nha|krub|krab|khrap|krap|khrub|khrup|kub|kab|kap|ka|kah|kaa|kha|khaa|ja|jaa|jah|ha|hah|"
              r"la|wa|waa|si|nia|nea|ngai|duay|duai|noi|nhoi|loei|loey|leuy|looei|eiei|ah|hok|lei|\d*555\d*")
_THAI_IDIOMS = Idioms([
    # Thai script, romanized first
    (r"[\u0E01-\u0E5B]+", _thai_script),
    # the words of several syllables joined ("tee nai" → "teenai")
    (r"(?s)^.+$", _joined),
    # asking to be told, left out: "chuay bok noi wa ...", "yak ru wa ..."
    (r"^\s*(?:chuay|chuai|chuey|yakru|yakroo|yak\s+ru|yak\s+roo)(?:\s+(?:bok|bork|noi|nhoi|duay|hai|dai|mai))*"
     r"(?:\s+(?:wa|waa))?\s+(?=\w)", ""),
    # the particles of politeness last; then a last "mai", "lor", "rue" (or not), a last "nai" (which)
    (r"(?:[\s,]+(?:%s))+%s" % (_PARTICLES, _END), ""),
    (r"(?:\s+(?:dai|chai))?\s+(?:mai|mhai|lor|ror|hor|rue|reu|ruea|mai\s+hor)%s" % _END, " mhai"),
    (r"(?<=\S)\s+nai%s" % _END, " nhai"),
    # "kerd arai khuen": what happened; "krai pen kon khian": who wrote
    (r"\b(?:kerd|gerd|koet|goet|kert)\s+(arai|a-rai|alai|rai)(?:\s+(?:khuen|kuen|keun|khun))?\b", r"\1 kerdkhuen"),
    (r"\b(krai|khrai)\s+(?:pen|khue|kue)\s+(?:kon|khon|phu|pu)\s+(?=\w)", r"\1 "),
    # a passive ("thuk ying", "don jab": was shot, was arrested)
    (r"\b(?:took|thuk|tuk|don|doan|dohn)\s+(?=(?:ying|yingtai|kha|khaa|jab|jap|jabkum|taeng|thaeng|teang)\b)",
     "thuk "),
    # age: "ayu Masood gee pee" (how old is Masood); "ying kao tai" (shot him dead)
    (r"\b(?:ayu|aayu)\s+(?:khong\s+|kong\s+)?((?:[\w'’-]+\s+){0,3}?)(?:geepee|keepee|taorai|thaorai)\b", r"\1geepee"),
    (r"\bying\s+((?:[\w'’-]+\s+){1,2}?)(?:tai|dtai)\b", r"ying \1dead"),
    # "tee" after a verb of place and before a name is "in" ("gerd tee Kent": born in Kent), elsewhere "that"
    (r"\b((?:yoo|yu|yuu|asai|arsai|gerd|kerd|koet|goet|tai|dtai|siachiwit|jer|pob|tamngan|prachum|jab|jabkum)\s+)"
     r"(?:tee|thi)\s+(?=(?-i:[A-Z]))", r"\1nai "),
    (r"\b(yoo|yu|yuu|asai|arsai)\s+(?=(?-i:[A-Z]))", r"\1 nai "),
    # "yoo pak nai": is in which party
    (r"\b(?:yoo|yu|yuu)\s+(?=(?:phak|pak|phuk|klum)\b)", "pen nai "),
    # a noun's classifier before "nee", "nai" ("rod kan nee": this car)
    (r"\b(?:kan|tua|lem|chabab|chabap|an|khon|kon)\s+(?=(?:nee|ni|nan|nhai)\b)", ""),
    # the Home Secretary ("rattamontri mahatthai"), "kwam rab phid chob" (responsibility) claimed
    (r"\b(?:rattamontri|ratthamontri|rattamontree|rmt)\s+(?:wa\s+kan\s+)?(?:krasuang\s+)?"
     r"(?:mahatthai|mahadthai|mahad\s+thai|mahattai|maha\s+thai)\b", "Home Secretary"),
    (r"\b(?:ang|oang|aang)\s+(?:kwam|khwam)\s+(?=rabphidchob\b)", ""),
])


# -- order --
# the verbs glossed in the past, and their base forms
_BASE = dict(p.split(":") for p in """said:say wrote:write happened:happen killed:kill died:die stabbed:stab
    shot:shoot drove:drive rammed:ram used:use claimed:claim demanded:demand knew:know found:find read:read
    opened:open unlocked:unlock sent:send chatted:chat called:call paid:pay bought:buy lived:live arrested:arrest
    injured:injure answered:answer replied:reply cooperated:cooperate refused:refuse prevented:prevent hid:hide
    concealed:conceal forced:force helped:help did:do worked:work went:go won:win lost:lose voted:vote
    signed:sign announced:announce attacked:attack stated:state agreed:agree rented:rent met:meet
    jailed:jail appeared:appear lasted:last responded:respond built:build""".split())
_DONE_TO = {"wrote": "written", "sent": "sent", "signed": "signed", "passed": "passed", "found": "found"}
_PRESENT = {"wants": "want", "has": "have", "belongs to": "belong to"}
_MULTI = {"shot dead": "shoot dead", "came from": "come from", "acted alone": "act alone", "asked for": "ask for",
          "claimed responsibility": "claim responsibility", "drove the car": "drive the car",
          "did what job": "do what job", "complied with": "comply with", "came out": "come out"}
_PAST = "|".join(sorted(map(re.escape, {**_BASE, **_MULTI}), key=len, reverse=True))
# (and their base forms, after "will", "can")
_VERBS = "|".join(sorted(map(re.escape, {*_BASE, *_MULTI, *_PRESENT, *_BASE.values(), *_MULTI.values()}), key=len,
                           reverse=True))
_ASKED = (r"how many times|how many people|how many|how much|how old|how long|since when|what time|what kind of|"
          r"what brand(?: of \w+)?|which day|what day|from where|to whom|with whom|whose|who|what|which|when|where|"
          r"why|how")
# the nouns of the story, which an adjective, "this", an owner or a question word follows in Thai
_NOUNS = (r"(?:rented car|car|phone|new law|law|messages?|real name|name|age|article|headline|title|author|"
          r"programme|interview|job|religion|party|price|brand|model|owner|content|weapon|knife|gun|people|victims|"
          r"children|company|companies|app|group|government|minister|president|police officer|police|officer|"
          r"attacker|perpetrator|bridge|evidence|warrant|answer|response|statement|time|day|week|news agency|news|"
          r"letter|place|soldier|executive order|order|election|nationality|incident|attack|city|wall)")
_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*"
# a subject: a name (after a title: "president Trump"), a pronoun, a noun of the story (of a name)
_SUBJECT = (r"(?:(?:the|this|that|his|her|their)\s+)?(?:(?:new|other|last|first|rented)\s+)?"
            r"(?:(?:(?:president|minister)\s+)?%s|he|she|they|it|I|we|%s|journalist|tech companies|terrorists|the dead|"
            r"the incident|the attack|(?:the\s+)?%s\s+(?:party|programme|app|messages?|interview))"
            r"(?:\s+who\s+(?:was\s+)?[a-z]+)?"
            r"(?:['’]s\s+[a-z]+|\s+of\s+(?:the\s+)?%s)?" % (_NAME, _NOUNS, _NAME, _NAME))
# "the" before the story's nouns that Thai leaves bare, but not after a word that has one ("his", "which")
_BARE = (r"(?<![\w'’-])(attacker|perpetrator|police officer|police|bridge|car|government|article|headline|author|"
         r"victims|rented car|wall|phone|knife|programme|interview|owner|new law|law|election|religion|real name|"
         r"name|job|(?:last|first) messages?)\b(?!\s+(?-i:[A-Z]))")
# the words no question word follows as its noun ("said what", "is what")
_FUNCTION = frozenset("""is was are were that this of in on at about with from to for by and or but the a an he she it
    they not ever really only also will can must should has have had did do does after before during since because
    according born""".split())


def _the(m: re.Match) -> str:
    """"the" before a bare noun of the story, unless a word before it has one ("his", "which", "new") or it
    is named ("the Andrew Marr programme")."""
    if re.search(r"(?:\b(?:the|this|that|his|her|their|which|what|many|real|other|new|last|first|rented|a|an|"
                 r"brand of)|['’]s|(?-i:[A-Z])[\w'’.-]*)\s+$", m.string[:m.start()]):
        return m.group(0)
    return f"the {m.group(1)}"


def _base(verb: str) -> str:
    """A glossed verb's base form ("said" → "say", "shot dead" → "shoot dead")."""
    low = verb.lower()
    return _MULTI.get(low) or _BASE.get(low) or _PRESENT.get(low) or verb


def _did(asked: str, before: str, after: str) -> str | None:
    """"Rudd said" asked "what": "what did Rudd say"; "Masood was shot" asked "when": "when was Masood shot";
    none unless ``before`` opens with a subject and a verb."""
    m = re.match(r"^(%s)\s+(?:(ever|really|only|also|in the end)\s+)?(?:(will|can|must|should|was|is|not|did not|never)"
                 r"\s+)?(%s|born|refused|agreed)\b\s*(.*)$" % (_SUBJECT, _VERBS), before, re.I)
    if not m:
        return None
    subject, adverb, aux, verb, rest = m.groups()
    # a thing is done to: "this article wrote when" asks when it was written
    if not aux and not rest and verb in _DONE_TO and re.search(r"\b(?:article|headline|messages?|law|order)$", subject):
        aux, verb = "was", _DONE_TO[verb]
    if aux in ("was", "is") or verb.lower() == "born":
        words = (asked, aux or "was", subject, adverb, verb, rest, after)
    elif aux in ("will", "can", "must", "should"):
        words = (asked, aux, subject, adverb, _base(verb), rest, after)
    else:
        do = "does" if verb.lower() in _PRESENT else "did"
        words = (asked, do, subject, "not" if aux in ("not", "did not") else "never" if aux == "never" else None,
                 adverb, _base(verb), rest, after)
    return " ".join(w for w in words if w)


def _asked_last(body: str) -> str:
    """A question word asked in place put first: "Rudd said what about WhatsApp" → "what did Rudd say about
    WhatsApp", "he died when" → "when did he die", "the headline is what" → "what is the headline"."""
    asked = list(re.finditer(r"(?<![\w'’-])(?:%s)(?![\w'’-])" % _ASKED, body, re.I))
    if len(asked) != 1 or asked[0].start() == 0:
        return body
    a = asked[0]
    before, word, after = body[:a.start()].strip(" ,"), a.group(0).lower(), body[a.end():].strip(" ,")
    if word in ("what", "which", "how many", "what brand") and not re.fullmatch(r"(?:the\s+)?%s" % _NOUNS, before):
        noun = re.match(r"^(?:the\s+)?(%s)\b\s*(.*)$" % _NOUNS, after)
        if noun:
            word, after = f"{word} {noun.group(1)}", noun.group(2)
    # "Obama was president how old": how many years ("gee pee" asks an age only of whom it follows)
    if word == "how old" and not re.fullmatch(_SUBJECT, before, re.I):
        word = "how many years"
    # "Rudd is in which party", "this article about what": which party is Rudd in, what is this article about
    m = re.match(r"^(%s|(?:this|the)\s+%s)\s+(?:is\s+|was\s+|lived\s+)?((?:a member\s+)?(?:in|at|from|with|to|about|"
                 r"of))$" % (_SUBJECT, _NOUNS), before, re.I)
    if m:
        return " ".join(x for x in (word, "is", m.group(1), m.group(2), after) if x)
    # "the headline is what", "Masood is who", "Rudd is Home Secretary since when"
    m = re.match(r"^(.+?)\s+(is|was)$", before) or re.match(r"^(%s)\s+(is|was)\s+(?!%s)(.+)$" % (_SUBJECT, _VERBS),
                                                           before, re.I)
    if m:
        return " ".join(x for x in (word, m.group(2), m.group(1), *m.groups()[2:], after) if x)
    # "this article who wrote": who wrote this article
    m = re.match(r"^(%s)\b\s*(.*)$" % _VERBS, after)
    if word == "who" and m:
        return " ".join(x for x in ("who", m.group(1), before, m.group(2)) if x)
    # "Rudd said what", and asked before the verb: "Masood when died"
    did = _did(word, before, after) or m and _did(word, f"{before} {after}", "")
    if did:
        return did
    # "Masood from where": where is Masood from
    if word == "from where" and re.fullmatch(_SUBJECT, before, re.I):
        return " ".join(x for x in ("where is", before, "from", after) if x)
    # "Masood how old", "the name of the attacker what": how old is Masood
    if re.fullmatch(_SUBJECT + r"|(?:the\s+)?[\w'’-]+(?:\s+of\s+" + _SUBJECT + ")?", before, re.I) and \
            not re.search(r"\b(?:%s)$" % _VERBS, before):
        return " ".join(x for x in (word, "is", before, after) if x)
    return body


def _yes_no(body: str) -> str:
    """A question asked yes or no ("... or not") as English asks it: "the police shot Masood" → "did the police
    shoot Masood"; "what", "who" in it are "anything", "anyone" ("Rudd said what or not": did Rudd say anything)."""
    m = re.match(r"^(.*?)\s*(yet\s+)?or not$", body)
    if m is None or not m.group(1).strip(" ,"):
        return body  # ("rue plao" alone: "or not" with nothing asked)
    body, end = m.group(1).strip(" ,"), " yet" if m.group(2) else ""
    body = re.sub(r"\bwhat\b", "anything", re.sub(r"\bwho\b(?!\s+(?:was|were|is|are)\b)", "anyone", body))
    if re.match(r"(?:is|was|can|will|did|does|has)\b", body):
        return body + end
    did = _did("", body, "")
    if did:
        return did + end
    m = re.match(r"^(%s)\s+(is|was|has)\s+(.*)$" % _SUBJECT, body, re.I) or re.match(r"^(.+?)\s+(is|was)\s+(.+)$", body)
    if m:
        return f"{m.group(2)} {m.group(1)} {m.group(3)}{end}"
    return f"is it true that {body}{end}"


def _noun_asked(m: re.Match) -> str:
    """"car which", "religion what": which car, what religion; "said what" as it is."""
    noun = m.group(1)
    if not re.fullmatch(_NOUNS, noun) and (noun.split()[-1].lower() in _FUNCTION or re.fullmatch(_VERBS, noun, re.I)):
        return m.group(0)
    return f"{m.group(2)} {noun}"


def _thai_order(glossed: str) -> str:
    """A Thai question glossed word for word, in English order where that is clear: a modifier, "this" and
    an owner before their noun ("article this" → "this article", "name he" → "his name"), the question
    word first with its auxiliary ("Rudd said what about WhatsApp" → "what did Rudd say about WhatsApp",
    "attacker how old" → "how old is the attacker"), a yes or no question asked with one ("the FBI unlocked
    iPhone or not" → "did the FBI unlock iPhone"), "to" before a verb after another, "the" before a bare
    noun of the story."""
    m = re.match(r"^(.*?)(\s*[?.!]*)$", glossed, re.S)
    body, end = m.group(1).strip(" ,"), m.group(2).strip() or "?"
    # what the words glossed side by side leave ("said that what", "claimed claimed responsibility")
    body = re.sub(r"\bthat\s+(?=(?:what|how|who)\b)", "", body)
    body = re.sub(r"\bclaimed\s+(?=claimed responsibility\b)|\bpeople\s+(?=the dead\b)|"
                  r"^has\s+(?=(?:people|the dead|the injured)\b)", "", body)
    body = re.sub(r"\b(claimed responsibility)\s+(?=the\b)", r"\1 for ", body)
    body = re.sub(r"\b(before|after|during)\s+(?:the\s+)?(?:attacked|the attack)\b", r"\1 the attack", body)
    body = re.sub(r"^(?:the (incident)|the attack|attacked)\s+(?:born|happened)\b",
                  lambda x: f"the {x.group(1) or 'attack'} happened", body)
    body = re.sub(r"\b(happened|born)\s+(?=(?-i:[SMTWF][a-z]+day)\b)", r"\1 on ", body)
    body = re.sub(r"^(%s)\s+age\s+(\d+)\s+years\b" % _NAME, r"\1 is \2 years old", body)
    # "this article wrote by who": who wrote this article; "journalist which person": which journalist
    body = re.sub(r"^(.+?)\s+(%s)\s+by\s+who$" % _PAST, r"who \2 \1", body)
    body = re.sub(r"\b(%s|journalist|writer|terrorists)\s+which person\b" % _NOUNS, r"which \1", body)
    # "Rudd wants to WhatsApp did what": what does Rudd want WhatsApp to do; "demanded to WhatsApp open"
    m = re.match(r"^(%s)\s+(will\s+)?(wants|demanded|asked|forced)\s+(?:to\s+)?(.+?)\s+did what$" % _SUBJECT, body,
                 re.I)
    if m:
        aux = "will" if m.group(2) else "does" if m.group(3) == "wants" else "did"
        body = f"what {aux} {m.group(1)} {_base(m.group(3))} {m.group(4)} to do"
    body = re.sub(r"\b(wants?|demand(?:ed)?|asked|forced?)\s+to\s+((?:the\s+)?(?:%s|tech companies|companies|company|"
                  r"police|government))\s+(%s)\b" % (_NAME, _PAST),
                  lambda x: f"{x.group(1)} {x.group(2)} to {_base(x.group(3))}", body)
    # "the Democrat party thought how with this law": what does the Democrat party think about this law
    body = re.sub(r"^(.+?)\s+thought\s+how\s+(?:with|about)\s+(.+)$", r"what does \1 think about \2", body)
    # "drove the car rammed": into; "before died": before dying
    body = re.sub(r"\bdrove the car rammed\b", "drove the car into", body)
    body = re.sub(r"\b(before|after)\s+died\b", r"\1 dying", body)
    body = re.sub(r"\bor has people helped\b", "or did someone help", body)
    body = re.sub(r"\baccording to\s+(%s)\s+said\b" % _NAME, r"according to \1", body)
    body = re.sub(r"\b(replied|answered|responded|reply|answer|respond)\s+(?=(?-i:[A-Z]))", r"\1 to ", body)
    body = re.sub(r"\bwill\s+meeting\b", "will meet", body)
    # a name after its kind ("bridge Westminster", "programme Andrew Marr", "party Republican")
    body = re.sub(r"\b(?:the\s+)?bridge\s+((?-i:[A-Z])\w+)", r"\1 Bridge", body)
    body = re.sub(r"\b(?:the\s+)?(programme|app|messages|message|interview|party|group)\s+(%s)" % _NAME, r"the \2 \1",
                  body)
    body = re.sub(r"\bmember\s+(?=the\b)", "a member of ", body)
    # a modifier after its noun ("messages last", "law new", "people other"), "this" after its noun
    body = re.sub(r"\b(%s)\s+(new|other|last|first|secret)\b" % _NOUNS, r"\2 \1", body)
    body = re.sub(r"\b(last|first)\s+messages\b", r"\1 message", body)
    # ("police that was stabbed": the police officer who; "that" before a verb is "who", after it none)
    body = re.sub(r"\bpolice\s+that\s+(?=was\b|died\b)", "police officer who ", body)
    body = re.sub(r"\b(?:the\s+)?((?:(?:new|other|last|first|rented)\s+)?%s|[a-z]+)\s+"
                  r"(this|that(?=\s+(?:%s|is|belongs)\b|\s*$))(?=\s+(?:%s|%s|%s|is|about|yet|or)\b|\s*$)"
                  % (_NOUNS, _ASKED, _ASKED, _VERBS, _NOUNS),
                  lambda x: x.group(0) if re.fullmatch(_VERBS, x.group(1)) else f"{x.group(2)} {x.group(1)}", body)
    # an owner after its noun ("name he", "name of he": his name; "headline article": the headline of)
    body = re.sub(r"\b(%s)\s+(?:of\s+)?(he|she|they)\b" % _NOUNS,
                  lambda x: f"{ {'he': 'his', 'she': 'her', 'they': 'their'}[x.group(2)]} {x.group(1)}", body)
    body = re.sub(r"\b(name|real name|headline|title|author|owner|age|content|price|brand|model|religion|job)\s+"
                  r"(?=(?:the\s+|this\s+)?(?:article|attacker|car|phone|message|messages|law|programme|interview|%s)\b)"
                  % _NAME, r"\1 of ", body)
    body = re.sub(r"\b(shot|killed|stabbed|arrested|helped|forced|found|met|called)\s+(he|she|they)\b",
                  lambda x: f"{x.group(1)} {dict(he='him', she='her', they='them')[x.group(2)]}", body)
    # "member party what": a member of what party; "the officer who died name what": what is the name of
    body = re.sub(r"\bmember\s+party\s+(what|which)\b", r"a member of \1 party", body)
    body = re.sub(r"^(.+?)\s+(?:the\s+)?(name|real name|religion|job|party|price|brand|title|headline|age)\s+(?:is\s+)?"
                  r"what$", r"what is the \2 of \1", body)
    # the question word after its noun ("car which", "religion what", "children how many people")
    body = re.sub(r"\b(?:the\s+)?((?:(?:new|other|last|first|rented)\s+)?(?:%s|[a-z]{3,}))\s+(which|what)"
                  r"(?=\s*$|\s+(?:%s|is|was|or|and|in|on|at|to|from|with|about|before|after)\b)" % (_NOUNS, _VERBS),
                  _noun_asked, body)
    body = re.sub(r"\b(?:the\s+)?(people|victims|children|police officers|police|soldiers)\s+(?:has\s+)?how many"
                  r"(?: people)?\b(?! times)", r"how many \1", body)
    body = re.sub(r"\b(?:the\s+)?(%s)\s+how many\b(?! times)" % _NOUNS, r"how many \1", body)
    # "car what brand": what brand of car
    body = re.sub(r"\b(?:the\s+)?(car|rented car|phone|knife|gun)\s+what brand\b", r"what brand of \1", body)
    # "the dead how many people", "police officer died how many people": how many police officers died
    body = re.sub(r"^(?:has\s+)?the dead\b", "people died", body)
    body = re.sub(r"^(?:has\s+)?the injured\b", "people injured", body)
    body = re.sub(r"^(?:has\s+)?(?:the\s+)?(people|police officers?|victims|pedestrians|soldiers|children)\s+"
                  r"(died|injured)\s+(?:has\s+)?how many(?: people)?\b", lambda x: "how many %s %s" % (
                      re.sub(r"(?<=officer)$", "s", x.group(1)), x.group(2).replace("injured", "were injured")), body)
    body = re.sub(r"^((?:the\s+)?(?:last\s+|first\s+)?messages?\s+of\s+%s)\s+(?:said\s+)?(?:how|what)$" % _NAME,
                  r"what did \1 say", body)
    body = re.sub(r"^(?:the\s+)?(attacker|perpetrator)\s+has\s+how many(?: people)?$", r"how many \1s were there", body)
    # "Masood used knife or gun" (no question word): asked yes or no
    if not re.search(r"(?<![\w'’-])(?:%s)(?![\w'’-])" % _ASKED, body, re.I) and re.search(r"\bor\b(?! not$)", body):
        body += " or not"
    if re.search(r"\bor not$", body):
        body = _yes_no(body)
    else:
        body = _asked_last(body)
        # a question word first, its subject and verb after: "why Apple refused ..." → "why did Apple refuse ..."
        m = re.match(r"^(?>(%s))\s+(?!(?:did|does|do|is|was|were|can|will|has)\b)(.*)$" % _ASKED, body, re.I)
        if m and m.group(1).lower() not in ("who", "what", "which", "how many people"):
            body = _did(m.group(1), m.group(2), "") or body
    # "what did the last message of Masood write": what did Masood write in the last message
    body = re.sub(r"^what did ((?:the )?(?:last |first )?messages?) of (%s) (say|write)\b" % _NAME,
                  r"what did \2 \3 in \1", body)
    # "refused helped", "help FBI unlocked": to help, unlock; a base form after "can", "did", "to"
    body = re.sub(r"\b(refused?|wants?|demanded|demand|agreed?|asked for|asked|forced\s+\S+|forces?\s+\S+)\s+(%s)\b"
                  % _PAST, lambda x: f"{x.group(1)} to {_base(x.group(2))}", body)
    body = re.sub(r"\b(can|will|must|should|to|did|does|do|help|helped|let)\s+((?:(?:the\s+)?(?-i:[A-Z])\S*\s+)?)(%s)\b"
                  % _PAST, lambda x: f"{x.group(1)} {x.group(2)}{_base(x.group(3))}", body)
    body = re.sub(r"\b(have|has|had)\s+(?=(?:criminal record|wife|husband|family|job|gun|knife|warrant)\b)", r"\1 a ",
                  body)
    body = re.sub(_BARE, _the, body)
    body = re.sub(r"\bthe\s+the\b", "the", body)
    return re.sub(r"\s{2,}", " ", body).strip() + end


# what shows Thai however few its marks: its script, or words of two syllables that each alone show nothing
# ("tee nai" where, "gee pee" how old, "tam mai" why, "yang rai" how, "rue plao" or not, "bok wa" said that,
# "plod lock" unlock, "pak nai" which party, a last "chai mai" isn't it)
_OPENING = re.compile(r"^(?=.*[\u0E01-\u0E5B])|^(?=.*\b(?:(?:tee|thi|ti|jak|ton|wan|pai)\s*-?\s*nai|(?:gee|kee)\s*"
                      r"(?:pee|pi|kon|krung|khrang|krang|mong)|(?:tam|tham|tum)\s*mai|yang\s*-?\s*(?:rai|ngai)|"
                      r"(?:tao|thao|muea|mua|meua|mue|muer)\s*-?\s*rai|rue\s*(?:plao|yang)|bok\s+wa|"
                      r"plo[dt]\s*lo(?:ck|k))\b)|^(?=.*\b(?:(?:phak|pak|rod|baep|klum|borisat)\s+nai|"
                      r"chai\s*m(?:h)?ai)\s*\??\s*$)", re.S | re.I)


class _Shown:
    """Whether a question shows Thai however few its marks (``Language.opening``, matched as a pattern is):
    its script or the words of ``_OPENING``; or a word of several syllables typed apart ("kon rai", "bot
    kwam") beside another or beside a mark."""

    def match(self, question: str) -> bool:
        words = re.findall(r"[\w'’-]+", question.lower())
        found = len(_found(words))
        return bool(_OPENING.match(question)) or found > 1 or found == 1 and any(w in _THAI_MARK for w in words)


THAI = Language(_THAI_IDIOMS, _THAI, _THAI_DROPPED, _THAI_MARK, reorder=_thai_order, shared=_THAI_SHARED,
                opening=_Shown())
