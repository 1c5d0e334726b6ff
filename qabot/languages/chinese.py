"""Chinese (Mandarin in pinyin, at times in characters) mixed into English questions, read in English.

Chinese speakers type a question's frame in pinyin without tones ("Rudd shuo le shenme about WhatsApp?",
"xiongshou ji sui?"), now and then with tone numbers ("shen2me") or characters ("Rudd说了什么?"). Mandarin has
no articles nor tenses, and asks with its question word where the answer stands ("Rudd shuo le shenme": Rudd
said what), which ``_chinese_order`` puts first ("what did Rudd say?") where the parts are clear; "de" owns
("xiongshou de mingzi": the attacker's name) or makes a clause ("Masood kai de che": the car Masood drove), a
last "ma" asks yes or no. Its syllables are English words ("he", "you") or other languages' ("de", "si", "ni"):
only longer words show it (``_CHINESE_MARK``), and phrases no other language has (``_CHINESE_OPENING``). The
words of the events asked about (``events_asked``: owner, brand, criminal record, injured, real name, party)
are glossed into its English.
"""
from __future__ import annotations

import re

from . import Idioms, Language

# the idioms' marks for ``_chinese_order`` (private-use letters): a yes-no question ("ma"), an owner ("de"
# between nouns), a clause ("de" after a verb), a question word asked within ("knew who the attacker was")
_YES_NO, _OWNS, _CLAUSE, _WITHIN = "\ue030", "\ue031", "\ue032", "\ue033"


def _w(english: str, spellings: str) -> dict[str, str]:
    """Each of ``spellings`` (joined, shortened as chat types them, in characters) glossed ``english``."""
    return dict.fromkeys(spellings.split(), english)


_CHINESE = {
    # asking (with a tone number, it shows Chinese as typed: ``_toneless`` reads the rest)
    **_w("who", "shei shui shei2 谁"), **_w("whose", "sheide shuide"),
    **_w("what", "shenme sm shenmo sheme sha shen2me 什么"), **_w("when", "shenmeshihou shemeshihou 什么时候"),
    **_w("where", "nali naer nar zainali na3li3 哪里"),
    **_w("why", "weishenme weisheme weisha wsm ganma wei4shen2me 为什么"),
    **_w("how", "zenme zenmo zenyang ruhe 怎么"),
    **_w("how many", "duoshao jige 多少"), **_w("how old", "jisui duoda 几岁"), **_w("how long", "duojiu duochang"),
    "jici": "how many times", "jidian": "what time", **_w("which", "nage neige nayige neiyige naxie neixie najia"),
    # pronouns ("ta": he or she, which pinyin does not tell), this, other, all
    "ta": "he", "tamen": "they", "wo": "I", "women": "we", **_w("you", "ni nimen"), "tade": "his",
    "tamende": "their", "wode": "my", "nide": "your", **_w("this", "zhe zhege zheige zheci"), "zhexie": "these",
    **_w("other", "biede qita"), "suoyou": "all",
    # prepositions, and the words after a noun ("zai qiao shang": on the bridge, which the idioms read)
    "zai": "in", "cong": "from", **_w("to", "gei dui weile dao"), "guanyu": "about", "genju": "according to",
    "gen": "with", "tongguo": "through", "bei": "by", "shang": "on", **_w("before", "zhiqian yiqian"),
    **_w("after", "zhihou yihou"),
    # conjunctions, negation
    "yu": "and", **_w("or", "huozhe haishi"), "danshi": "but", "yinwei": "because", "suoyi": "so", "ruguo": "if",
    "bu": "not", **_w("did not", "mei meiyou"), "bushi": "is not", "buneng": "cannot", "buhui": "will not",
    "buxiang": "does not want to", **_w("refused to", "buken buyuanyi"),
    # to be, to have, can, will, want, must
    **_w("is", "shi jiushi"), "you": "has", **_w("can", "neng keyi"), **_w("will", "hui jiang"),
    **_w("wants", "yao xiang xiangyao"), "xuyao": "needs", "yinggai": "should", "bixu": "must",
    "yuanyi": "willing to", "yijing": "already", "haimei": "not yet",
    # saying, telling, writing, answering
    **_w("said", "shuo shuole 说"), "biaoshi": "stated", "tidao": "mentioned",
    **_w("claimed", "chengshuo shengcheng xuancheng"), "gaosu": "told", "wen": "asked", **_w("wrote", "xie xiele"),
    "jiao": "called", "huida": "answered", "huiying": "responded", "huifu": "replied", "fanying": "reacted",
    # happening, killing, dying, stabbing, shooting, injuring
    "fasheng": "happened", **_w("died", "si sile siwang yunan"), **_w("killed", "sha shasi shahai"),
    **_w("stabbed", "ci cisha cishang"), "kaiqiang": "fired", **_w("shot dead", "jibi qiangsha"),
    "shoushang": "injured", "zhongshang": "seriously injured", **_w("attack", "gongji xiji 袭击"), "zhuang": "rammed",
    # the car, using, renting, buying, paying, owning, where from
    **_w("drove", "kai kaiche jiashi"), **_w("rented", "zu zulin"), "zuche": "rented a car",
    **_w("used", "yong shiyong"), **_w("bought", "mai goumai"), **_w("paid", "zhifu fu fuqian"), "hua": "spent",
    "yongyou": "owns", "shuyu": "belongs to", "laizi": "came from",
    # claiming, wanting, asking for, handing over
    "renling": "claimed responsibility for", "chengren": "admitted", "fuze": "responsible", "yaoqiu": "demanded",
    "qingqiu": "asked for", "jiaochu": "hand over", "tigong": "provided", "dedao": "got", "fangwen": "access",
    # knowing, finding, reading, opening, sending, contacting
    **_w("knew", "zhidao renshi"), **_w("found", "faxian zhaodao"), **_w("read", "du yuedu kan"), "dakai": "open",
    "rang": "make", "jiesuo": "unlocked", "pojie": "cracked", **_w("sent", "fa fasong"), "liaotian": "chatted",
    "lianxi": "contacted",
    # living, being born, arrests, acting alone, work, faith
    **_w("lived", "zhu juzhu"), "zhuzai": "lived in", "chusheng": "born", **_w("arrested", "daibu zhuabu zhua"),
    "qisu": "charged", "shifang": "released", "xingdong": "acted", **_w("alone", "dandu duzi yigeren"),
    "gongzuo": "work", **_w("joined", "jiaru canjia"), "gaixin": "converted",
    # cooperating, refusing, preventing, hiding, forcing, banning, laws passed, watching
    "hezuo": "cooperate", "jujue": "refused", **_w("prevent", "zuzhi fangzhi"), "yincang": "hide", "cang": "hid",
    **_w("force", "qiangpo qiangzhi"), "jinzhi": "ban", "tongguole": "passed",
    **_w("monitored", "jianting jiankong"), "diaocha": "investigated",
    # meetings, resignations, elections
    **_w("met", "jianmian huijian"), "cizhi": "resigned", "renming": "appointed", "dangxuan": "elected",
    "ying": "won", "toupiao": "voted", "xuanju": "election", **_w("fired", "jiegu kaichu"), "qianshu": "signed",
    "qianfa": "issued", "kongzhi": "controls", "chixu": "lasted", **_w("became", "chengwei dangshang"),
    **_w("published", "fabiao fabu"), "jieshu": "ended", "jinru": "got into",
    # the attack, and whom it hit
    **_w("attacker", "xiongshou xijizhe gongjizhe"), **_w("perpetrator", "zuifan fanren"),
    "kongbufenzi": "terrorists", "kongbu": "terror", **_w("police", "jingcha 警察 jingfang"),
    **_w("police officer", "jingyuan jingguan"), **_w("bridge", "qiao daqiao"), **_w("car", "che qiche"),
    "xingren": "pedestrians", "ren": "people", **_w("victims", "shouhaizhe shounanzhe"), "sizhe": "dead",
    "shangzhe": "injured", "daozi": "knife", "wuqi": "weapon", "qiang": "gun", "shibing": "soldier",
    "yiyuan": "hospital",
    # time ("shijian" is time too, read so by the idioms: "shenme shijian")
    "nian": "years", "sui": "years old", **_w("age", "nianling nianji"), "tian": "days",
    **_w("week", "xingqi libai"), **_w("Sunday", "xingqitian xingqiri zhouri"), "xingqisan": "Wednesday",
    "xingqiyi": "Monday", "xingqier": "Tuesday", "xingqisi": "Thursday", "xingqiwu": "Friday",
    "xingqiliu": "Saturday", "shijian": "incident", "shihou": "time", "fenzhong": "minutes", "riqi": "date",
    "xianzai": "now", "jinnian": "this year", "dangshi": "at the time", "houlai": "later",
    **_w("in the end", "zuihou zuizhong"), "zhongyu": "finally", "shouci": "first",
    # the article, the programme, who made them, what was said
    "mingzi": "name", **_w("real name", "zhenming benming"), **_w("article", "wenzhang 文章"), "baodao": "report",
    "xinwen": "news", "biaoti": "headline", "zuozhe": "author", "jizhe": "journalist", "jiemu": "programme",
    **_w("interview", "caifang fangtan"), "neirong": "content", "shengming": "statement", "huiyi": "meeting",
    "jieguo": "outcome", "yuanyin": "reason", "dongji": "motive", "zhengju": "evidence",
    "qianke": "criminal record", "zhengyi": "dispute",
    # the government, laws, warrants, US politics
    "zhengfu": "government", **_w("minister", "buzhang dachen"), **_w("prime minister", "shouxiang zongli"),
    "zongtong": "president", "fuzongtong": "vice president", **_w("law", "falv falu"), "lifa": "legislation",
    "xinfa": "new law", **_w("warrant", "sousuoling souchaling"), "guohui": "Congress", "yihui": "Parliament",
    "canyiyuan": "Senate", "gonghedang": "Republicans", "minzhudang": "Democrats", "zhengdang": "party",
    "baigong": "White House", "zhou": "states",
    # messages, apps, companies, intelligence, security
    **_w("messages", "xiaoxi xinxi"), "duanxin": "text", **_w("app", "yingyong ruanjian"), "gongsi": "company",
    "fuwu": "services", "qingbao": "intelligence", "anquan": "security", "jituan": "group",
    "tongxunshe": "news agency", **_w("phone", "shouji dianhua"), "mima": "passcode", "jiami": "encrypted",
    "houmen": "backdoor", "mimi": "secret", "difang": "place", "xinfeng": "envelope", "quanxian": "access",
    # owner, brand, price, money, fine, religion, job, family, country
    **_w("owner", "suoyouzhe yongyouzhe chezhu"), **_w("brand", "pinpai paizi"), "xinghao": "model",
    "jiage": "price", "qian": "money", "fakuan": "fine", "chufa": "penalty", "zongjiao": "religion",
    "musilin": "Muslim", "yisilanjiao": "Islam", "zhiye": "job", "jiaren": "family", **_w("father", "baba fuqin"),
    "muqin": "mother", "erzi": "son", "qizi": "wife", "haizi": "children", "guoji": "nationality",
    "guojia": "country", "chengshi": "city", "jia": "home",
    # the story's places and people as Chinese names them
    "lundun": "London", "yingguo": "Britain", "meiguo": "US", "pingguo": "Apple", **_w("Trump", "telangpu chuanpu"),
    "ximinsi": "Westminster", "yisilanguo": "Islamic State",
    # new, alone, exactly, really, only
    "xin": "new", **_w("really", "zhende queshi"), **_w("exactly", "jingque juti"), **_w("only", "zhiyou zhi"),
}
# the words of talk, left out: "qingwen" (may I ask), "xiexie" (thanks), "daodi" (on earth), "jiujing"
# (exactly, as emphasis); the particles that are English words too ("a", "ne", "ba") only last (the idioms)
_CHINESE_DROPPED = frozenset("""qingwen qing xiexie daodi jiujing jiu aiya dajia nihao nimenhao jiushishuo
    wenyixia shuoyixia""".split())

# the glossed words that are English ones ("you" has, "women" we, "hen" very, "sm" what): glossed only before
# Chinese or a name; "he" (and) and "you" after a name or a noun the idioms read ("Rudd he Apple"; "he shuo": he
# said), as they read "a", "ma", "ba", "de", "le", "ne" (small, last). Other languages' ("ta", "shi", "zai", "bu",
# "dui", "hui", "si", "ni") are glossed, but show nothing
_CHINESE_SHARED = frozenset("you women hen sm".split())
# the words that show Chinese: the glossed and dropped words of four letters or more (and "shei", "shui",
# "wsm", "xie"), less the shared ones, surnames ("jiang", "ying") and other languages' words ("mimi", "baba")
_CHINESE_MARK = frozenset(w for w in frozenset(_CHINESE) | _CHINESE_DROPPED if len(w) >= 4 or w in (
    "shei", "shui", "wsm", "xie")) - _CHINESE_SHARED - frozenset("""jiang qiang xiang ying nimen nayi
    fuze chufa mimi nide baba cong shang yong naer""".split())
# what shows Chinese wherever it stands (an "opening" looked for ahead): characters, however joined to the
# English ("Rudd说了什么?") and unless kana show Japanese, or syllables no other language puts together ("ji
# sui", "shi bu shi", "zai nali", "shuo le", a last "ma", not "his ma")
_CHINESE_OPENING = re.compile(
    r"^(?!.*[\u3040-\u30ff])(?=.*[什么麼谁誰哪为多几怎吗呢说了是的])|^(?=.*\b(?:duo\s*(?:da|jiu)|ji\s*(?:sui|ge)|"
    r"(?:shi|hui|neng)\s*bu\s*(?:shi|hui|neng)|you\s*mei\s*you|(?:zai|zhu|qu|cong)\s*na(?:li|r|er)|"
    r"(?:shuo|xie|sha|kai|fasheng)\s+le|shi\s+(?:shei|shenme|zenme)|(?:na|nei|zhe|zhei)\s*(?:ge|pian|tiao|ci|wei|ming)|"
    r"wei\s*shen\s*me|shen\s*me\s*shi\s*hou)\b|"
    r".*(?-i:\b(?!(?:his|her|your|my|our|their|the|an?|to|is|was|and|or|of)\s)\w+\s+ma)\s*\?\s*$)", re.S | re.I)

# the syllables the idioms read, which show Chinese too when typed with a tone number
_PARTICLES = frozenset("le de ma ne ba ge ji zai na nei zhe yi liang san wu liu qi jiu ming wei pian tiao "
                       "mei you bu shi hou duo da chang ci".split())
_VOCABULARY = frozenset(_CHINESE) | _CHINESE_DROPPED | _PARTICLES

# characters, read as their pinyin ("说了什么": shuo le shenme); the longest first
_HANZI = dict(p.replace("_", " ").split(":") for p in """什么时候:shenme_shihou 为什么:weishenme 什么:shenme
    什麼:shenme 谁:shei 誰:shei 哪里:nali 哪儿:nali 多少:duoshao 几岁:ji_sui 多大:duoda 怎么:zenme 哪个:nage
    几个:ji_ge 说:shuo 文章:wenzhang 警察:jingcha 袭击者:xijizhe 袭击:xiji 凶手:xiongshou 标题:biaoti 作者:zuozhe
    记者:jizhe 名字:mingzi 政府:zhengfu 法律:falv 消息:xiaoxi 信息:xinxi 手机:shouji 苹果:pingguo 伊斯兰国:yisilanguo 加密:jiami
    内政大臣:neizheng_dachen 恐怖分子:kongbufenzi 死了:si_le 杀了:sha_le 是:shi 了:le 吗:ma 呢:ne 你好:nihao
    吧:ba 的:de 他:ta 她:ta 人:ren 车:che 桥:qiao 写:xie 发生:fasheng 有:you 没有:meiyou 在:zai 和:he 被:bei
    住:zhu 出生:chusheng 逮捕:daibu 拒绝:jujue 合作:hezuo 开:kai 用:yong 要求:yaoqiu 年:nian 岁:sui 时候:shihou
    关于:guanyu 这篇:zhe_pian 这个:zhe_ge 那个:na_ge 给:gei 从:cong""".split())


def _hanzi(m: re.Match) -> str:
    return f" {_HANZI[m.group(0)]} "


def _toneless(m: re.Match) -> str:
    """"shen2me" → "shenme", "na3li3" → "nali": a word's tone numbers left out, if it is Chinese (not "mi5")."""
    plain = re.sub(r"[0-5]", "", m.group(0))
    return plain if plain in _VOCABULARY else m.group(0)


_ADJECTIVES = frozenset("new secret encrypted other real".split())
# the words asking, Chinese and English ("nage" is "that" when another asks)
_ASKS = r"\b(?:who|what|when|where|why|how|shei|shui|shenme|sm|sheme|nali|nar|weishenme|wsm|zenme|duoshao|jige)\b"


def _de(m: re.Match) -> str:
    """"de" after an owner ("xiongshou de mingzi": the attacker's name), after a verb a clause ("kai de
    che": the car he drove), after an adjective nothing ("xin de falv": the new law)."""
    before = m.group(1)
    gloss = _CHINESE.get(before.lower(), before.lower())
    if gloss in _ADJECTIVES or re.match(r"\s+shi\b", m.string[m.end():]):
        return before
    return f"{before} {_CLAUSE if gloss in _VERB_GLOSSES else _OWNS}"


def _ba(m: re.Match) -> str:
    """"ba" before what is done to, which follows the verb in English ("shei ba iPhone jiesuo": who unlocked it)."""
    words = m.group(1).split(" ")
    at = next((k for k in range(1, min(len(words), 5)) if _CHINESE.get(words[k].lower()) in _VERB_GLOSSES), 0)
    return " ".join(words[at:at + 1] + words[:at] + words[at + 1:]) if at else m.group(0)


def _which(m: re.Match) -> str:
    """"nage" asks which, unless another word asks ("nage xiongshou ji sui": how old was that attacker)."""
    return "that" if re.search(_ASKS, m.string[:m.start()] + m.string[m.end():], re.I) else "which"


def _yes_no(noun: str):
    """"you mei you" ("shi bu shi") before a verb asks if it was done; before a noun, if one had it (was it)."""
    def gloss(m: re.Match) -> str:
        after = m.string[m.end():].split()
        verb = after and (after[0].lower() in ("bei", "dandu", "yigeren", "yi") or _CHINESE.get(after[0].lower()) in
                          _VERB_GLOSSES)
        return f"{_YES_NO} " if verb else f"{_YES_NO} {noun}"
    return gloss


_N = r"[\w'’.-]+"
# the words after a noun that English puts before it ("zai qiao shang": on the bridge)
_AFTER_NOUN = {"shang": "on", "shangmian": "on", "limian": "in", "li": "in", "zhong": "in", "zhihou": "after",
               "yihou": "after", "zhiqian": "before", "yiqian": "before", "qian": "before", "hou": "after"}
# English words before "he" or "you" that are no subject of Chinese ("did he", "when he": he)
_NO_SUBJECT = frozenset("did does do was is were are when why how what who where that if and but so because can "
                        "will would should could".split())


def _after_subject(english: str):
    """"he" (and) or "you" (has) after a name or a Chinese noun ("Rudd he Apple"), not "did he"."""
    def gloss(m: re.Match) -> str:
        before = m.group(1)
        known = _CHINESE.get(before.lower())
        subject = before[0].isupper() and before.lower() not in _NO_SUBJECT or known and known not in _VERB_GLOSSES
        return f"{before} {english} " if subject else m.group(0)
    return gloss


_CHINESE_IDIOMS = Idioms([
    # characters, read as pinyin, and their punctuation; a tone number left out
    ("|".join(sorted(_HANZI, key=len, reverse=True)), _hanzi),
    ("？", "?"), ("，", ","), ("。", "."), ("！", "!"),
    (r"(?-i:\b[a-z]+[0-5](?:[a-z]+[0-5]?)*\b)", _toneless),
    # asking yes or no: "ma" last, "shi bu shi", "you mei you", "hui bu hui", "... le meiyou"
    (r"(?-i:\s+ma)(?=\s*[?.!]*\s*$)|(?-i:\s+(?:le\s+)?mei(?:you)?)(?=\s*\?+\s*$)", f" {_YES_NO}"),
    (r"\bshi\s*bu\s*shi\b|\bshi\s*fou\b|\bdui\s*bu\s*dui\b", _yes_no("is ")),
    (r"\byou\s*mei\s*you\b", _yes_no("had ")),
    (r"\bhui\s*bu\s*hui\b", f"{_YES_NO} will"), (r"\bneng\s*bu\s*neng\b|\bke\s*bu\s*keyi\b", f"{_YES_NO} can"),
    # the question words of two words, or of a number and a measure ("ji sui", "duo da", "ji ge ren")
    (r"\b(?:ji\s*sui|duo\s*shao\s*sui|(?:nian(?:ling|ji)\s+)?duo\s*da(?:\s+nianji)?)(?:\s+le)?\b", "how old"),
    (r"^(\s*)you\s+(?=(?:duo\s*shao|ji\s*(?:ge|ming|wei|tiao|ci|jia)|shei|shui|naxie)\b)", r"\1"),
    (r"\bzhi\s*bu\s*zhidao\b", f"{_YES_NO} knew"), (r"\b(?-i:ba)\s+(.+)$", _ba),
    (r"\b(?:shou|zhong)\s*shang\s+(?:de\s+)?ren\s+(?:you\s+)?(?:duo\s*shao|ji\s*ge)\b", "how many people were injured"),
    (r"\b(?:si|si\s*wang|si\s*le)\s+(?:de\s+)?ren\s+(?:you\s+)?(?:duo\s*shao|ji\s*ge)\b", "how many people died"),
    (r"\b(?:ji\s*ge|duo\s*shao|ji\s*ming|ji\s*wei)\s+(?:ren|renmen)\b", "how many people"),
    (r"\bduo\s*shao\s*qian\b", "how much money"),
    (r"\b(?:ji\s*(?:ge|ming|wei|liang|tiao|pian|jia|bu|ben)|duo\s*shao(?:\s*ge)?)\b", "how many"),
    (r"\b(?:ji|duoshao)\s*ci\b", "how many times"),
    (r"\bji\s*(tian|nian|fen\s*zhong)\b", lambda m: "how many " + _CHINESE[m.group(1).replace(" ", "")]),
    (r"\bji\s*dian\b", "what time"),
    (r"\b(?:duo\s*jiu|duo\s*chang\s*shijian|duo\s*chang)\b", "how long"),
    (r"\b(?:cong|zi)\s+(?:shenme|sm|sheme)\s*shihou(?:\s+kaishi)?\b", "since when"),
    (r"\b(?:shenme|sheme|sm|shenmo)\s*(?:shihou|shi\s*hou)\b", "when"),
    (r"\b(?:shenme|sheme|sm)\s*shijian\b", "what time"),
    (r"\b(?:xingqi|libai|zhou)\s*ji\b", "what day"), (r"\bna\s*(?:yi\s*)?tian\b", "which day"),
    (r"\bna\s*(?:yi\s*)?nian\b", "which year"), (r"\bji\s*hao\b", "what date"),
    (r"\b(?:shenme\s*yang\s*de|na\s*(?:yi\s*)?zhong)\b", "what kind of"),
    (r"\bzai\s*(?:nali|nar|naer|na\s*li)\b", "where"), (r"\bcong\s*(?:nali|nar|naer|na\s*li)\b", "from where"),
    (r"\bwei\s*(?:shenme|sheme|sm|sha)\b", "why"), (r"\bfa\s*(?:song)?\s+gei\b", "sent to"),
    (r"\bgei\s+(?:shei|shui)\b", "to whom"),
    (r"\b(?:gen|he)\s+(?:shei|shui)\b", "with whom"), (r"\bbei\s+(?:shei|shui)\b", "by whom"),
    (r"\b(?:shei|shui)\s+de\b", "whose"),
    (r"\b(?:zuo|gan)\s*(?:le\s+)?(?:shenme|sha|sm)\s+(?:gongzuo|zhiye)\b|\bzuo\s+shenme\s+de\b", "did what job"),
    (r"\b(?:zuo|gan)\s*(?:le\s+)?(?:shenme|sha|sm)\b", "did what"),
    (r"\b(?:fasheng\s*(?:le\s+)?(?:shenme|sha|sm)(?:\s*shi)?|chu\s*(?:le\s+)?(?:shenme|sha)\s*shi)\b", "what happened"),
    (r"\bjiao\s+(?:shenme|sha|sm)(?:\s+mingzi)?\b", "is called what"),
    (r"\blai\s*zi\s+(?:nali|nar|naer|na\s*li)\b", "came from where"), (r"\bcheng\s*wei\b", "became"),
    (r"\b(?:na\s*ge|nage|shenme|sha)\s+dang\b", "which party"),
    (r"\bxin\s+(?=(?:shenme|sha|sm)\s+zongjiao\b)", "followed "),
    (r"\b(?:na|nei)\s*(?:ge|ming|wei)\s+jingcha\b", lambda m: f"{_which(m)} police officer"),
    (r"\b(?:yi|zhe|zhei)?\s*(?:ming|ge|wei)\s+jingcha\b", "police officer"),
    (r"\bna\s*(?:yi\s*)?(?:ge|jia|wei|liang|tiao|pian|zhi|xie)\b|\bnei\s*(?:yi\s*)?(?:ge|xie)\b", _which),
    (r"\bnage\b|\bneige\b", _which),
    (r"\b(?:zuihou|zui\s*hou)\s+(?:yi\s*tiao\s+)?(?:xiao\s*xi|xinxi)\b", "last message"),
    # this and that, a number and its measure ("zhe pian wenzhang": this article, "yi liang che": a car)
    (r"\bzh(?:e|ei)\s*(?:yi\s*)?(?:ge|ci|pian|tiao|jia|liang|wei|ming|zhi|ben|chang|qi)\b", "this"),
    (r"\bzh(?:e|ei)\s*xie\b", "these"), (r"\bna\s*xie\b", "those"),
    (r"\b(?:dandu|duzi|yigeren|yi\s*ge\s*ren)\s+(?:xingdong|zuoan|zuo\s*an|zuo\s*de|gan\s*de)\b", "acted alone"),
    (r"\byi\s*(?:ge|ming|wei|liang|tiao|pian|jia|zhi|ben|feng|bu)\b", "a"), (r"\byi\s*ci\b", "once"),
    (r"\b(\d+)\s*(?:ge|ming|wei|liang|tiao|pian|jia)\b", r"\1"), (r"\b(\d+)\s*sui\b", r"\1 years old"),
    (r"\b(\d{4})\s*nian\b", r"\1"), (r"\b(\d+)\s*nian\b", r"\1 years"), (r"\b(\d+)\s*ci\b", r"\1 times"),
    # the story's names and phrases
    (r"\byi\s*si\s*lan\s*guo\b|\bIS\s+zuzhi\b", "Islamic State"),
    (r"\b(?:xuancheng|shengcheng|chengren|xuanbu)\s+(?:dui\s+(?:ci|zhe\s*ci\s*\w+)\s+)?fuze\b|\brenling\s+le\b",
     "claimed responsibility for"),
    (r"\bnei\s*(?:zheng|wu)\s*(?:da\s*chen|bu\s*zhang|da\s*ren)\b", "Home Secretary"),
    (r"\bnei\s*(?:zheng|wu)\s*bu\b", "Home Office"), (r"\bximinsi(?:te)?\s*(?:da\s*)?qiao\b", "Westminster Bridge"),
    (r"\byou\s+(?:fanzui\s*jilu|qian\s*ke|an\s*di)\b", "had a criminal record"),
    (r"\b(?:fanzui\s*jilu|qian\s*ke|an\s*di)\b", "a criminal record"),
    (r"\bzhen\s*(?:shi\s*)?(?:de\s+)?ming(?:\s*zi)?\b", "real name"),
    (r"\bke\s*ji\s*gong\s*si\b", "tech companies"), (r"\bzu\s*(?:che|lin)\s*gong\s*si\b", "rental company"),
    (r"\b(?:anquan|qingbao)\s*(?:bumen|jigou|bu\s*men|ji\s*gou)\b", "security services"),
    (r"\bkong\s*bu\s*fen\s*zi\b", "terrorists"), (r"\bkong\s*bu\s*(?:xi\s*ji|gong\s*ji)\b|\bkongxi\b", "terror attack"),
    (r"\bduan\s*(?:dui|dao)\s*duan\s*jia\s*mi\b", "end-to-end encryption"),
    (r"\b(?:yi\s*)?tiao\s+(?:xiaoxi|xinxi)\b", "message"),
    (r"\b(?:zu\s*de|zu\s*lai\s*de)\s+che\b", "rented car"), (r"\bxin\s*(?:de\s+)?fa\s*(?:lv|lü|lu)\b", "new law"),
    (r"\bjiami\s+(?:de\s+)?(?:xiaoxi|xinxi)\b", "encrypted messages"),
    (r"\b(?:liaotian|tongxun|tongxin)\s*(?:ruanjian|yingyong)\b", "messaging apps"),
    (r"\bshou\s+(?:le\s+)?shang\b", "injured"),
    (r"\bkai\s*che\s+zhuang(?:\s*(?:le|si|shang))?\b", "drove into"),
    (r"\b(?:si|sha|zhuang|ci|ya)\s*(?:le|si)\b",
     lambda m: {"si": "died", "sha": "killed", "zhuang": "hit", "ci": "stabbed", "ya": "ran over"}[
         re.match(r"zhuang|sha|si|ci|ya", m.group(0).lower()).group(0)]),
    (r"\b(?:gongji|xiji)\s+le\b", "attacked"), (r"\bkai\s+qiang\b", "fired"), (r"\bji\s*bi\b", "shot dead"),
    (r"\bfa\s+(?:le\s+)?(?:xiao\s*xi|duan\s*xin)\b", "sent messages"),
    (r"\bdao\s+le\b", "arrived"), (r"\bzhao\s+dao\b", "found"), (r"\bkai\s*hui\b", "met"),
    (r"\bzai\s+(?=xingqi|libai|zhou[a-z])", "on "),
    (r"\b(?:zai\s+)?(gongji|xiji|shijian)\s+(%s)\b" % "|".join(_AFTER_NOUN),
     lambda m: f"{_AFTER_NOUN[m.group(2).lower()]} {m.group(1)}"),
    (r"\btong\s*guo\s+le\b", "passed"), (r"\bzhu\s+zai\b", "lived in"), (r"\bchu\s*sheng\s+zai\b", "born in"),
    (r"\blai\s*zi\b", "came from"), (r"\bguan\s*yu\b", "about"), (r"\bgen\s*ju\b", "according to"),
    (r"\bbei\s+(?:zhua|daibu|bu)\b", "was arrested"), (r"\bhai\s*mei(?:you)?\b", "not yet"),
    # "zai X shang" (on X), "zai X li" (in X), "zai X zhihou" (after X): the word after its noun put before it
    (r"\bzai\s+((?:%s\s+){0,3}?%s)\s+(%s|de\s+shihou)\b" % (_N, _N, "|".join(_AFTER_NOUN)),
     lambda m: f"{_AFTER_NOUN.get(m.group(2).lower(), 'when')} {m.group(1)}"),
    (r"^(\s*)((?:%s\s+){0,2}?%s)\s+(zhihou|yihou|zhiqian|yiqian)\s*,"
     % (_N, _N), lambda m: "%s%s %s," % (m.group(1), "after" if "hou" in m.group(3).lower() else "before", m.group(2))),
    (r"([\w'’.-]+)\s+(?-i:he)\s+(?=[\w'’-])", _after_subject("and")),
    (r"([\w'’.-]+)\s+(?-i:you)\s+(?=[\w'’-])", _after_subject("has")),
    # "shi ... de" (it was ... that): "shi" left out ("shi shei qianfa de": who issued)
    (r"\bshi\s+(?=(?:(?!\bshi\b)[^?])*?\s(?-i:de)\s*[?.!]*\s*$)", ""),
    # the possessive pronouns, "de" between words, and the particles left: "le", "guo", "ge", a last "de", "a", "ne"
    (r"\b(ta|wo|ni)\s*(men)?\s+de\b", lambda m: {"ta": "his", "wo": "my", "ni": "your", "tamen": "their",
                                                  "women": "our", "nimen": "your"}[m.group(1) + (m.group(2) or "")]),
    (r"(%s)\s+(?-i:de)(?=\s+[\w'’-])" % _N, _de),
    (r"(?-i:\s+(?:de|le|a|ne|ba|ya|la|ah|o|ou|lo|wa|ma))(?=\s*[?.!,]*\s*$)", ""),
    (r"(?-i:\b(?:le|ge|guo|ba|de)\b)\s*", ""),
])


# -- order -----------------------------------------------------------------------------------

# the verbs glossed: their past (or present) as the glossary gives it, and the base form after "did"
_BASE = {**{v + ("d" if v.endswith("e") else v[-1] + "ed" if v in ("stab", "ram", "ban", "chat", "admit") else "ed"): v
            for v in """happen die kill stab fire rent use own claim demand ask unlock crack decrypt live arrest act
            answer respond react refuse prevent force ban pass attack ram join convert resign appoint monitor
            investigate charge release last mention state call chat contact obtain vote propose issue criticise sign
            admit provide comment detain elect cooperate work open publish end follow arrive""".split()},
         **{past: base for base, past in (p.replace("_", " ").split(":") for p in """say:said write:wrote shoot:shot
            shoot_dead:shot_dead drive:drove rent_a_car:rented_a_car buy:bought pay:paid spend:spent
            claim_responsibility_for:claimed_responsibility_for ask_for:asked_for know:knew find:found read:read see:saw
            send:sent send_messages:sent_messages live_in:lived_in act_alone:acted_alone reply:replied hide:hid
            come_from:came_from win:won meet:met tell:told do:did get:got make:made have:had have:has want:wants
            need:needs control:controls own:owns hit:hit drive_into:drove_into belong_to:belongs_to become:became
            get_into:got_into cooperate:cooperate work:work open:open change:change hand_over:hand_over
            access:access""".split())}}
_BASES = frozenset(_BASE.values())
_VERB_GLOSSES = frozenset(_BASE) - {"has", "wants", "needs", "controls", "belongs to", "owns"}
_ADVERB = r"(?:finally|in the end|already|really|first|later|not yet|at the time|recently|exactly|only|ever|also)"
# the things of the story, which take "the" after a verb or a preposition (Chinese has no articles)
_STORY = (r"police officer|Home Secretary|Home Office|news agency|security services|rental company|rented car|"
          r"White House|terror attack|new law|last message|tech companies|companies|attacker|perpetrator|suspect|"
          r"police|bridge|car|article|headline|title|author|journalist|editor|programme|interview|government|"
          r"minister|law|attack|owner|company|app|phone|group|soldier|victims|president|warrant|name|statement|"
          r"response|knife|weapon|meeting|FBI|iPhone")
# things, and what is done to them: "the last message sent to whom" (to whom was the last message sent)
_THINGS = r"(?:message|messages|car|phone|iPhone|warrant|knife|weapon|envelope|law|laws|article)$"
_DONE_TO = frozenset("sent rented bought used found unlocked cracked issued passed signed owned hid made published"
                     .split())
_ONE = (r"(?:(?:the|this|that|his|her|their|its)\s+)?(?:(?:new|last|first|real|other|secret|encrypted)\s+)?"
        r"(?:%s)s?(?:['’]s\s+(?:last\s+|new\s+|real\s+)?[\w-]+)?|(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
        r"(?:['’]s\s+(?:last\s+|new\s+|real\s+)?[\w-]+)?|(?:his|her|their)\s+[\w-]+|he|she|they|we|you|I|it" % _STORY)
_SUBJECT = r"(?:%s)(?:\s+and\s+(?:%s))?" % (_ONE, _ONE)
_ASKED = (r"since when|how many times|how many(?:\s+(?:people|[\w-]+s))?|how much money|how much|how old|how long|"
          r"what time|what day|which day|which year|what date|what kind of\s+[\w-]+|(?<!came\s)from where|to whom|"
          r"with whom|by whom|whose(?:\s+[\w-]+)?|who|(?:what|which)(?:\s+(?:car|phone|app|apps|company|law|party|"
          r"religion|brand|model|job|weapon|programme|show|newspaper|group|country|city|hospital|messages|message|"
          r"name|article|day|year|time))?|when|where|why|how")
_MODAL = r"(?:can|cannot|will|will not|should|must|could|did not|does not want to|wants to|willing to|not)"


def _verbs() -> str:
    return "|".join(sorted(map(re.escape, set(_BASE) | {"is", "was", "born"}), key=len, reverse=True))


def _articles(body: str) -> str:
    """"the" before a thing of the story opening the question or after a verb or a preposition."""
    return re.sub(r"(^|\b(?:%s|of|in|on|at|about|by|with|to|from|for|after|before|and|or)\s+)(%s)\b(?!['’]s\b(?!\s))"
                  % (_verbs(), _STORY + "|new laws"), lambda m: m.group(0) if m.group(2) == "attack" and re.search(
                      r"\b(?:wants?|to|will|can)\s+$", m.group(1)) else f"{m.group(1)}the {m.group(2)}", body)


def _clause(body: str) -> str:
    """A clause before its noun put after it ("Masood drove ~ car" → "the car that Masood drove")."""
    m = re.match(r"^(.+?)\s*%s\s+((?:the\s+)?[\w'’-]+)(.*)$" % _CLAUSE, body)
    if m and not re.search(r"\b(?:%s)\b" % _ASKED, m.group(1), re.I):
        return f"the {re.sub(r'^the ', '', m.group(2))} that {m.group(1)}{m.group(3)}"
    return body.replace(_CLAUSE, " ")


def _asked_of(subject: str, middle: str, verb: str, rest: str) -> str:
    """What follows the question word, asked of what ``subject`` did ("did Rudd say about WhatsApp"): a
    preposition's phrase put after the verb; "was" for a thing done to, "born", or after "is" ("is he called")."""
    pp = re.match(r"^(.*?)\b((?:about|on|in|at|to|with|from|after|before|during|according to|through)\b.*)$", middle)
    adverb, pp = (pp.group(1).strip(), pp.group(2)) if pp else (middle.strip(), "")
    if adverb in ("before", "after"):
        adverb, pp = "", f"{pp} {adverb}".strip()
    tail = " ".join(x for x in (rest, pp) if x)
    low = verb.lower()
    be = re.search(r"\b(is|was|were|are)$", adverb)
    if low in ("is", "was"):
        return f"{low} {subject} {adverb} {tail}"
    if be or low == "born" or re.search(_THINGS, subject) and low in _DONE_TO:
        adverb = adverb[:be.start()] if be else adverb
        return f"{be.group(1) if be else 'was'} {subject} {adverb} {verb} {tail}"
    modal = re.search(r"\b(%s)$" % _MODAL, adverb)
    if modal:
        adverb, aux = adverb[:modal.start()], modal.group(1)
        aux, to = {"wants to": ("does", "want to "), "does not want to": ("does", "not want to "),
                   "willing to": ("is", "willing to "), "not": ("did", "not "), "did not": ("did", "not ")}.get(
            aux, (aux, ""))
        return f"{aux} {subject} {adverb} {to}{_BASE.get(low, low)} {tail}"
    base = _BASE.get(low, low)
    aux = "does" if low in ("wants", "needs", "has", "controls", "belongs to", "owns") or low == base else "did"
    return f"{aux} {subject} {adverb} {base} {tail}"


def _asked_first(body: str, asked: re.Match) -> str:
    """The question word first, where the answer stood ("Rudd about WhatsApp said what" → "what did Rudd
    say about WhatsApp", "the attacker how old" → "how old is the attacker")."""
    word, before, after = asked.group(0), body[:asked.start()].strip(" ,"), body[asked.end():].strip(" ,")
    verbs, low = _verbs(), word.lower()
    if not before:
        # asked first ("what car Masood drove", "when happened"): did, if its verb follows
        m = re.match(r"^(%s)\s+(%s)?\s*(%s)\b(.*)$" % (_SUBJECT, _ADVERB, verbs), after)
        if m and (low not in ("who", "whose") and not low.startswith(("which", "how many")) or " " in low):
            return f"{word} {_asked_of(m.group(1), m.group(2) or '', m.group(3), m.group(4).strip())}"
        if low.startswith("how many") and re.match(r"(?:injured|arrested|killed|stabbed|shot)\b", after):
            return f"{word} were {after}"
        m = re.match(r"^(%s)\b(.*)$" % verbs, after)
        if m and low in ("when", "where", "why", "how") and m.group(1).lower() in _BASE:
            return f"{word} {_asked_of('it', '', m.group(1), m.group(2).strip())}"
        return body
    # a preposition before it goes with it ("Rudd on which programme said": on which programme did Rudd say)
    prep = re.search(r"\s+(on|in|at|to|with|from|about|for)$", before)
    if prep and not low.startswith(("to ", "with ", "by ", "from ")) and not re.search(r"\b(?:%s)$" % verbs, before):
        on = "on" if prep.group(1) == "in" and re.search(r"\b(?:day|date)$", low) else prep.group(1)
        word, before = f"{on} {'whom' if low == 'who' else word}", before[:prep.start()]
    cop = re.match(r"^(.+?)\s+(is|was|are|were)$", before)
    if cop and not after and (" that " in before or not re.search(r"\b(?:%s)\b" % verbs, cop.group(1))):
        # ("Masood's car is whose": who owns Masood's car)
        return f"who owns {cop.group(1)}" if low == "whose" else f"{word} {cop.group(2)} {cop.group(1)}"
    # the verb before it ("Rudd ... said what", "Masood killed how many people", "Masood's last message sent to whom")
    m = re.match(r"^(?:(%s)\s+)?(.*?)\b(%s)((?:\s+[\w'’-]+)*)\s*$" % (_SUBJECT, verbs), before)
    if m:
        subject, middle, verb, post = m.group(1), m.group(2).strip(), m.group(3), m.group(4).strip()
        if subject:
            return f"{word} {_asked_of(subject, middle, verb, ' '.join(x for x in (post, after) if x))}"
        if verb == "has" and low.startswith("how many") and re.match(verbs, after):
            return f"{word} {after} {middle}"
        if low.startswith("how many") and (not middle or middle.startswith(("in ", "on ", "at "))):
            were = "" if verb.lower() in ("died", "happened") else "were "
            return f"{word} {were}{verb} {middle} {post} {after}"
        return body
    # the verb after it ("Apple why refused the FBI", "the warrant who issued": who issued the warrant)
    m = re.match(r"^(%s)(?:\s+(%s))?$" % (_SUBJECT, _ADVERB), before)
    v = re.match(r"^(?:(%s)\s+)?(?:(%s)\s+)?(%s)\b(.*)$" % (_ADVERB, _MODAL, verbs), after)
    if m and v:
        if low == "who" and not v.group(4).strip() and v.group(3).lower() in _BASE:
            return f"who {v.group(3)} {before}"
        middle = " ".join(x for x in (m.group(2), v.group(1), v.group(2)) if x)
        return f"{word} {_asked_of(m.group(1), middle, v.group(3), v.group(4).strip())}"
    # no verb: "the attacker how old", "the headline is what", "the car that Masood drove is what brand"
    if not after:
        if re.fullmatch(_SUBJECT, before) or low in ("how old", "where", "when"):
            return f"{word} {'was' if low in ('where', 'when') else 'is'} {before}"
    return body


def _whether(body: str) -> str:
    """A yes-no question in English order ("Masood had a criminal record" → "did Masood have a criminal
    record", "WhatsApp will cooperate" → "will WhatsApp cooperate")."""
    m = re.match(r"^(%s)\s+(can|cannot|will|should|must|could)\s+(.*)$" % _SUBJECT, body)
    if m:
        return f"{m.group(2)} {m.group(1)} {m.group(3)}"
    verbs = _verbs()
    m = re.match(r"^(%s)\s+(.*?)\b(%s)\b(.*)$" % (_SUBJECT, verbs), body)
    if m and not re.search(r"\b(?:%s)\b" % verbs, m.group(2)):
        return _asked_of(m.group(1), m.group(2), m.group(3), m.group(4).strip())
    m = re.match(r"^(%s)\s+(.+)$" % _SUBJECT, body)
    return f"is {m.group(1)} {m.group(2)}" if m and not re.search(r"\b(?:%s)\b" % verbs, body) else body


def _nouns(body: str) -> str:
    """A verb glossed where a noun stands ("WhatsApp's responded" → "WhatsApp's response")."""
    nouns = {"responded": "response", "answered": "answer", "replied": "reply", "reacted": "reaction",
             "claimed": "claim", "demanded": "demand", "met": "meeting", "attacked": "attack", "work": "job"}
    return re.sub(r"(['’]s?|\b(?:the|his|her|their|its|what|which|this))\s+(%s)\b" % "|".join(nouns),
                  lambda m: f"{m.group(1)} {nouns[m.group(2)]}", body)


def _forms(body: str) -> str:
    """The verbs in the forms English wants after a modal or "to" ("can unlocked" → "can unlock", "wants read"
    → "wants to read", "force WhatsApp hand over" → "force WhatsApp to hand over")."""
    verb = "|".join(sorted(map(re.escape, set(_BASE) | _BASES), key=len, reverse=True))
    base = lambda v: _BASE.get(v, v)
    body = re.sub(r"\b(wants|want|needs|need|refused|refuse|willing|demand(?:ed)?|forced?|ask(?:ed)?)\s+(?:to\s+)?"
                  r"((?:(?-i:[A-Z])[\w.-]*|him|them|the\s+[\w-]+)\s+)?(%s)\b" % verb,
                  lambda m: f"{m.group(1)} {m.group(2) or ''}to {base(m.group(3))}", body)
    body = re.sub(r"\b(make|let)\s+((?-i:[A-Z])[\w.-]*|him|them)\s+(%s)\b" % verb,
                  lambda m: f"{m.group(1)} {m.group(2)} {base(m.group(3))}", body)
    body = re.sub(r"\b(spend|pay|use)\s+(%s)\b" % verb, lambda m: f"{m.group(1)} to {base(m.group(2))}", body)
    return re.sub(r"\b(can|cannot|will|should|must|could|would|to|did|does|do|not)\s+(%s)\b" % verb,
                  lambda m: f"{m.group(1)} {base(m.group(2))}", body)


def _chinese_order(glossed: str) -> str:
    """A Chinese question glossed word for word, in English order where that is clear: an owner before
    what it owns, a clause after its noun, "the" before the story's things, "shi ... de" (it was ... that) left out,
    a passive made of "bei", the one question word first, a yes-no question opened by its auxiliary."""
    m = re.match(r"^(.*?)(\s*[?.!]*)$", glossed, re.S)
    body, end = m.group(1).strip(), m.group(2).strip()
    whether = _YES_NO in body
    body = re.sub(r"\s*%s\s*" % _YES_NO, " ", body).strip(" ,")
    body = re.sub(r"\s*%s\s*" % _OWNS, "'s ", body).replace("s's ", "s' ")
    body = re.sub(r"\s{2,}", " ", _nouns(_articles(_clause(body)))).strip()
    verbs = _verbs()
    # "bei" (by) before its agent and verb: a passive ("Comey by Trump fired" → "Comey was fired by Trump")
    body = re.sub(r"^(%s)\s+by\s+(.+?)\s+(%s)\b" % (_SUBJECT, verbs), r"\1 was \3 by \2", body)
    body = re.sub(r"\bby\s+(%s)\b" % verbs, r"was \1", body)
    body = re.sub(r"^(%s)\s+is\s+(?=.*\b(?:%s)$)" % (_SUBJECT, verbs), r"\1 ", body)
    if " that " not in body:
        body = re.sub(r"\b(%s)\s+is\s+(?=(?:%s)\b)" % (verbs, _ASKED), r"\1 ", body)
    # asked within ("knew the attacker is who": knew who the attacker was), which is no question word of its own
    if whether or len(re.findall(r"\b(?:%s)\b" % _ASKED, body)) > 1:
        body = re.sub(r"\b(knew|know|said|told|asked)\s+(.+?)\s+is\s+(who|what)$", r"\1 %s\3 \2 was" % _WITHIN, body)
    asked = list(re.finditer(r"(?<![\w'’%s-])(?:%s)(?![\w'’-])" % (_WITHIN, _ASKED), body, re.I))
    if len(asked) == 1:
        body = _asked_first(body, asked[0])
    elif not asked and whether:
        body = _whether(body)
    body = _forms(re.sub(r"\s{2,}", " ", body).strip())
    body = re.sub(r"\bthe\s+(?=(?:the|his|her|their|this|that|a)\b)", "", body).replace(_WITHIN, "")
    return re.sub(r"\s{2,}", " ", body).strip() + (end or "?")


CHINESE = Language(_CHINESE_IDIOMS, _CHINESE, _CHINESE_DROPPED, _CHINESE_MARK, reorder=_chinese_order,
                   shared=_CHINESE_SHARED, opening=_CHINESE_OPENING)
