"""Vietnamese mixed into English questions, read in English.

Vietnamese speakers type a question's frame in Vietnamese, mostly without the tone marks ("nguoi" for
"người"), and the story's names and things in English ("Rudd noi gi ve WhatsApp?", "ke tan cong bao
nhieu tuoi?"). A word is one syllable, so most words of the story are phrases ("canh sat" police, "ke
tan cong" the attacker), glossed before the single syllables (``_PHRASES``, looked up syllable by
syllable, not as one huge pattern). Without their marks many syllables are English words ("co", "la",
"ten", "song", "to"): those are glossed only beside Vietnamese (``_VIETNAMESE_SHARED``), the most
ambiguous ("ai", "gi", "nao", "ban", "may") only by the idioms, and none shows a question to be
Vietnamese. Vietnamese asks in place, often last ("Rudd noi gi?": Rudd said what?), a modifier after its
noun ("luat moi": the new law), yes or no with "co ... khong": ``_vietnamese_order`` puts the clear cases in
English order. What a passage must tell (``events_asked``) is glossed into the words that module knows.
"""
from __future__ import annotations

import re
import unicodedata

from . import Language, with_plain_spellings


def _plain(word: str) -> str:
    """``word`` as chat types it: without its tone and vowel marks, "đ" as "d"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)) \
        .replace("đ", "d").replace("Đ", "D")


def _table(text: str) -> dict[str, str]:
    """A table of "phrase=English" entries, parted by "|" or a line ("#" opens a heading)."""
    return dict(e.strip().split("=") for line in text.splitlines() if not line.strip().startswith("#")
                for e in line.split("|") if e.strip())


def _typed(words: dict[str, str]) -> dict[str, str]:
    """``words`` each also as typed without its marks (``with_plain_spellings``)."""
    return with_plain_spellings(words, _plain)


# -- phrases --
# Written with their marks, which show Vietnamese (``_VIETNAMESE_MARK``); read without them. No English here
# is a word of ``_VIETNAMESE``, which would gloss it again.
_PHRASES = _table("""
    # asking
    cái gì=what|những gì=what|khi nào=when|bao giờ=when|lúc nào=when|vào lúc nào=when
    mấy giờ=what time|lúc mấy giờ=at what time|ngày nào=on which day|vào ngày nào=on which day|năm nào=in which year
    ở đâu=where|nơi nào=where|từ đâu=from where|tại sao=why|vì sao=why|sao lại=why|vì lý do gì=why
    bao nhiêu=how many|bao nhiêu tuổi=how old|mấy tuổi=how old|bao nhiêu lần=how many times|mấy lần=how many times
    bao nhiêu tiền=how much money|bao lâu=how long|từ khi nào=since when
    từ bao giờ=since when|mấy người=how many people|như thế nào=how|thế nào=how|ra sao=how|làm sao=how
    bằng cách nào=how|của ai=whose|với ai=with whom|cho ai=to whom|do ai=by whom|bằng gì=with what
    loại gì=what kind of|loại nào=what kind of|là loại gì=is what kind|hãng gì=what brand|hiệu gì=what brand
    có phải=is it true that|có thể=can|không thể=cannot|có bao nhiêu=how many|là ai=is who|là gì=is what
    làm gì=did what|làm nghề gì=did what job
    # the attack, the attacker, the police, the bridge, the car, the dead
    kẻ tấn công=the attacker|người tấn công=the attacker|hung thủ=the perpetrator|thủ phạm=the perpetrator
    nghi phạm=the suspect|kẻ khủng bố=the terrorist|những kẻ khủng bố=terrorists|khủng bố=terrorism
    vụ tấn công=the attack|cuộc tấn công=the attack|tấn công=attack|trước khi tấn công=before the attack
    sau khi tấn công=after the attack|cảnh sát=the police|viên cảnh sát=the police officer
    sĩ quan cảnh sát=the police officer|công an=the police|cây cầu=the bridge|cầu westminster=Westminster Bridge
    xe hơi=car|ô tô=car|oto=car|chiếc xe=the car|xe thuê=the rented car|lái xe=drove the car|lao xe vào=drove into
    lao vào=drove into|người đi bộ=pedestrians|người dân=people|mọi người=people|người ta=people|nạn nhân=victims
    bị thương=was injured|làm bị thương=injured|bị giết=was killed|giết chết=killed|thiệt mạng=died|tử vong=died
    qua đời=died|bị bắn chết=was shot dead|bắn chết=shot dead|bị bắn=was shot|đâm chết=stabbed to death
    bị đâm=was stabbed|bị bắt=was arrested|bắt giữ=arrested|bị bắt giữ=was arrested|được thả=was released
    bị buộc tội=was charged|bị kết án=was convicted|bị phạt=was fined|tiền phạt=fine|vũ khí=weapon|con dao=the knife
    một mình=alone|hành động=acted|hành động một mình=acted alone|nhận trách nhiệm=claimed responsibility
    đứng sau=was behind|động cơ=motive|bệnh viện=hospital|được đưa đến=was taken to|đưa tin=reported
    # who he was: name, birth, home, family, faith, work, record
    tên thật=real name|tên khai sinh=birth name|tên là=named|bí danh=alias|sinh ra=was born|được sinh ra=was born
    sinh năm=was born in|sinh năm nào=was born in which year|đến từ=came from|quê=hometown|quốc tịch=nationality
    người anh=British|người mỹ=American|con cái=children|gia đình=family|bố mẹ=parents|tôn giáo=religion
    theo tôn giáo=followed religion|hồi giáo=Islam|đạo hồi=Islam|người hồi giáo=Muslim|theo đạo=followed
    cải đạo=converted|nghề nghiệp=job|nghề=job|công việc=job|làm việc=worked|tiền án=criminal record
    tiền sự=criminal record|hồ sơ tội phạm=criminal record|trước đây=previously|bị theo dõi=was under surveillance
    theo dõi=monitored|ở tù=was in prison|từng ở tù=had been in prison|khách sạn=hotel|thành phố=city|nhà tù=prison
    # the article, the programme
    bài báo=the article|bài viết=the article|tờ báo=the newspaper|nhà báo=journalist|phóng viên=reporter
    tác giả=the author|tiêu đề=the headline|chương trình=programme|cuộc phỏng vấn=the interview
    phỏng vấn=interview|xuất hiện=appeared
    # government, laws, warrants, US politics
    chính phủ=the government|bộ trưởng=minister|bộ trưởng nội vụ=Home Secretary|bộ nội vụ=Home Office
    thủ tướng=prime minister|tổng thống=president|quốc hội=parliament|thượng viện=the Senate|hạ viện=the House
    nhà trắng=the White House|tòa án tối cao=the Supreme Court|tòa án=court|bầu cử=election
    thắng cuộc bầu cử=won the election|thắng cử=won the election|đảng cộng hòa=the Republican Party
    đảng dân chủ=the Democratic Party|đảng nào=which party|ứng cử viên=candidate|sắc lệnh=executive order
    lệnh hành pháp=executive order|lệnh cấm=the ban|bảo hiểm y tế=health insurance|kiểm soát=controls|sa thải=fired
    bỏ phiếu=voted|luật mới=new law|đạo luật=the act|dự luật=the bill|có hiệu lực=took effect
    lệnh khám xét=search warrant|lệnh bắt=arrest warrant|trát=warrant|thông qua=passed
    # messages, apps, companies, secrets
    tin nhắn=messages|nhắn tin=messaged|nội dung=the content of|ứng dụng=app|ứng dụng nhắn tin=messaging app
    công ty=company|các công ty=companies|công ty công nghệ=tech company|các công ty công nghệ=tech companies
    dịch vụ=services|cơ quan tình báo=intelligence services|tình báo=intelligence|an ninh=security
    cơ quan an ninh=security services|bằng chứng=evidence|nhà nước hồi giáo=Islamic State|hãng thông tấn=news agency
    người lính=soldier|binh sĩ=soldier|điện thoại=phone|mã hóa=encryption
    mã hóa đầu cuối=end-to-end encryption|bí mật=secret|nơi bí mật=secret place|truy cập=access
    quyền truy cập=access|cửa hậu=backdoor|mở khóa=unlock|bẻ khóa=crack|tin tặc=hackers|chủ sở hữu=owner|sở hữu=owns
    thuộc về=belongs to|nhãn hiệu=brand|thương hiệu=brand|trả tiền=paid|cuộc họp=meeting|gặp gỡ=met
    phản hồi=responded|trả lời=answered|câu trả lời=the answer|phản ứng=reacted|tuyên bố=stated|phát biểu=said
    bình luận=commented|người phát ngôn=the spokesman
    # doing, saying, wanting
    nói rằng=said that|nói là=said that|nói về=talked about|nói với=told|cho biết=said|xảy ra=happened
    diễn ra=took place|kéo dài=lasted|sử dụng=used|yêu cầu=demanded|đòi hỏi=demanded|kêu gọi=called for
    tìm thấy=found|phát hiện=found|liên lạc với=contacted|liên lạc=contacted|hợp tác=cooperate|từ chối=refused
    ngăn chặn=prevent|che giấu=hide|bắt buộc=force|cho phép=allow|đồng ý=agreed|tuân thủ=comply|giao nộp=hand over
    cung cấp=provide|điều tra=investigated|từ chức=resigned|bổ nhiệm=appointed|trở thành=became|kết thúc=ended
    bắt đầu=started|ủng hộ=supports|phản đối=opposes|thắng cuộc=won
    # time, place, how it ended
    chủ nhật=Sunday|thứ hai=Monday|thứ ba=Tuesday|thứ tư=Wednesday|thứ năm=Thursday|thứ sáu=Friday|thứ bảy=Saturday
    thời gian=time|lúc đó=at that time|khi đó=at that time
    trước đó=before that|sau đó=after that|trước khi=before|sau khi=after|kể từ=since|cuối cùng=in the end
    đầu tiên=first|thực sự=really|thật sự=really|đã từng=ever
    # pronouns
    anh ấy=he|anh ta=he|ông ấy=he|ông ta=he|cô ấy=she|bà ấy=she|chúng tôi=we
    # asking to ask, thanks: nothing to gloss
    cho hỏi=|cho em hỏi=|xin hỏi=|cảm ơn=
""")

# the single words, with their marks and without (``_typed``); "ai", "gì", "nào", "sao" are the idioms'
_VIETNAMESE = _typed(_table("""
    # asking ("đâu", "khi", "ntn" are no other language's words: they count twice as marks)
    đâu=where|khi=when|mấy=how many|ntn=how|bn=how many
    # prepositions
    của=of|trong=in|trên=on|dưới=under|với=with|cho=for|về=about|từ=from|đến=to|tới=to|ở=in|tại=at|vào=on|sau=after
    trước=before|trc=before|theo=according to|bằng=with|qua=through|giữa=between|bởi=by|ngoài=besides|cùng=with
    để=to|sang=to
    # pronouns and determiners ("nhung" is "những", the, more often than "nhưng", but)
    tôi=I|anh=he|hắn=he|nó=it|họ=they|các=the|những=the|vụ=the|cuộc=the|cuốn=the|này=this|đó=that|ấy=that|kia=that
    mọi=every|một=a|hai=two|ba=three|bốn=four|năm=five|nhiều=many|khác=other|mới=new|cũ=old|cuối=last|chỉ=only
    ngay=right
    # joining and negation
    và=and|hoặc=or|hay=or|vì=because|nên=so|nếu=if|rằng=that|mà=that|không=not|ko=not|hông=not|chưa=not yet
    chẳng=not|cũng=also|cx=also|còn=still|vẫn=still|lại=again
    # auxiliaries and copulas (no tense: "đã" past, "đang" now, "sẽ" will)
    là=is|có=has|bị=was|được=was|dc=was|đc=was|sẽ=will|phải=must|muốn=wants|cần=needs|từng=ever
    # verbs
    nói=said|ns=said|kể=told|viết=wrote|giết=killed|chết=died|đâm=stabbed|bắn=shot|lái=drove|thuê=rented|dùng=used
    đòi=demanded|biết=knew|đọc=read|mở=open|gửi=sent|nhắn=messaged|sống=lived|sinh=born|bắt=arrested|thả=released
    giúp=help|ngăn=prevent|giấu=hide|ép=force|buộc=force|trả=paid|mua=bought|gặp=met|họp=met|làm=did|đi=went
    thắng=won|thua=lost|ký=signed|tin=believes|thuộc=belongs to|đăng=published
    # nouns
    người=people|ng=people|tuổi=age|ngày=day|tuần=week|tháng=month|giờ=hours|phút=minutes|giây=seconds|lần=times
    tên=name|bài=article|luật=law|lệnh=order|xe=the car|cầu=the bridge|nhóm=group|hãng=company|dao=knife|súng=gun
    vợ=wife|chồng=husband|con=children|nhà=house|giá=price|tiền=money|đảng=party|nga=Russia|lính=soldier|sách=book
"""))
# a plain spelling of too many meanings ("nam" five, year, south; "ban" shoots, you; "lai" drove, again;
# "dang" party, is doing) read in phrases or idioms only; "do" (that, by, because) as that
for _word in ("nam", "ba", "may", "can", "lai", "van", "dang", "mot", "ban"):
    _VIETNAMESE.pop(_word)
_VIETNAMESE["do"] = "that"

# a word typed with marks whose plain spelling means another thing, in English at once (none opens a phrase)
_ACCENTED = {"bạn": "you", "cần": "needs", "bán": "sold", "đăng": "published", "à": "", "ạ": "", "ả": "",
             "hả": "", "vậy": "", "nhỉ": "", "nhé": ""}
# words of talk, left out: particles ("vậy", "nhỉ", "hả"), "đã" (a past), "đang" (is doing), "thì", "rồi"
_VIETNAMESE_DROPPED = frozenset("""da đã dang đang thi thì roi rồi oi ơi vay vậy nhi nhỉ nhe nhé nha ne nè hen
    hả ha ak ah uh ạ z dzay zay thế xin""".split())
# glossed only before Vietnamese, a name or nothing: "song o London" lived in London, but "a song", "ten people"
_VIETNAMESE_SHARED = frozenset("ten song hang tin do no ho han theo dam sung bang va nay con hay ma".split())
# syllables read by the idioms alone, which show Vietnamese too
_IDIOM_WORDS = frozenset("""ai gi gì j nào nao sao bao bảo nhiêu nhieu tuổi tuoi khong chua phai phải dung đúng
    cay cây hoa hóa hoi hỏi khoa khóa nhat nhật""".split())


# -- idioms --
_WORD = re.compile(r"[\w'’-]+")
_VIET_ONLY = re.compile("[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ]")
_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _english in _PHRASES.items():
    _syllables = tuple(_plain(_phrase).split())
    _BY_FIRST.setdefault(_syllables[0], []).append((_syllables, _english))
for _entries in _BY_FIRST.values():
    _entries.sort(key=lambda e: -len(e[0]))
# every syllable of Vietnamese glossed here, without marks, and those that are no English words
_SYLLABLES = frozenset(s for p in _PHRASES for s in _plain(p).split()) | frozenset(_VIETNAMESE) | \
    frozenset(map(_plain, _VIETNAMESE_DROPPED | _IDIOM_WORDS))
# syllables that show nothing: English ("co", "san"; "xe" is none), other languages' (French "loi", Italian
# "tra", Portuguese "sao", German "neu", Hindi "ke", Greek "gia", Finnish "voi") and Asian names
_ENGLISH = frozenset("""a ad ah ak an ay ban bat bay be bi bo bon cam can cap cay cha chan chang chap chung co cu
    dang den diem doc dong du dung em ep go ha hack hen hong hop hung it ky lac lam lan len long luc mat may me mo
    mot moi my nam nan on ong phat ra rang sat so su ta tam tan te that the thu thong tong thanh tim to toa tri uh
    van y z westminster ty gap san sang sa dat thai tho pho ly bn dc ns ba qua""".split())
_FOREIGN = frozenset("""o da dai dan de di la ne oi se si ve vi vo tu bien chien dieu loi roi ton vu sac là à ô tra
    che chi tua trai deu quê cai boi nau nó dich neu rot bau hau trat gui ke kia tha thi gai sach hoa gia cau tai
    voi tuan nga zay nen lao mua que sao chu quan minh linh trang pham""".split())
_VIET_WORDS = _SYLLABLES - _VIETNAMESE_SHARED - _ENGLISH


def _unaccented(m: re.Match) -> str:
    """A word typed with marks as the idioms read it: plain ("người" → "nguoi"), but a name ("José") as typed."""
    low, plain = m.group(0).lower(), _plain(m.group(0))
    if low in _ACCENTED:
        return _ACCENTED[low]
    return plain if _VIET_ONLY.search(low) or plain.lower() in _SYLLABLES else m.group(0)


def _phrased(text: str) -> str:
    """``text`` with its phrases in English, the longest first, and a word shared with English
    (``_VIETNAMESE_SHARED``) in English when the word after it is Vietnamese, a name, or none."""
    tokens = list(_WORD.finditer(text))
    out, at, i = [], 0, 0
    while i < len(tokens):
        low, found = tokens[i].group(0).lower(), None
        for syllables, english in _BY_FIRST.get(low, ()):
            span = tokens[i:i + len(syllables)]
            if len(span) == len(syllables) and all(t.group(0).lower() == s for t, s in zip(span, syllables)) \
                    and all(not text[a.end():b.start()].strip() for a, b in zip(span, span[1:])):
                found = (len(syllables), english)
                break
        if found is None and low in _VIETNAMESE_SHARED:
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            # (the idioms have already made a last "khong", "chua" "or not", "yet or not")
            rest = text[tokens[i].end():]
            if after is None or rest[:after.start() - tokens[i].end()].strip() or after.group(0)[0].isupper() or \
                    after.group(0).lower() in _VIET_WORDS or re.match(r"\s*(?:yet\s+)?or not\b", rest):
                found = (1, _VIETNAMESE[low])
        if found is None:
            i += 1
            continue
        out.append(text[at:tokens[i].start()] + found[1])
        at = tokens[i + found[0] - 1].end()
        i += found[0]
    return re.sub(r"\s{2,}", " ", "".join(out) + text[at:]).strip()


# the things a make is asked of ("xe hieu gi": what make of car), and the nouns an adjective or "nay",
# "do" (this, that) follows ("bai bao nay": this article, "luat moi": the new law)
_THINGS = r"(?:xe hoi|xe|o to|oto|chiec xe|dien thoai|sung|dao|iphone)"
_NOUNS = (r"bai bao|bai viet|bai|luat|dao luat|du luat|xe|chiec xe|tin nhan|ung dung|cong ty|chuong trinh|"
          r"cuoc phong van|vu tan cong|cuoc tan cong|nguoi|ke tan cong|canh sat|cay cau|cau|dien thoai|nhom|"
          r"tuan|lenh|tieu de|tac gia|nha bao|vu viec|chinh phu|cuoc hop")
_ADJECTIVES = {"nay": "this", "do": "that", "ay": "that", "kia": "that", "moi": "the new", "khac": "the other",
               "cuoi cung": "the last", "thue": "the rented", "dau tien": "the first", "bi mat": "the secret",
               "ma hoa": "the encrypted"}
_MAKE = r"(?:hieu|hang|nhan hieu|thuong hieu|loai|doi)\s+(?:gi|nao)\b"
_END = r"(?=\s*[?.!]*\s*$)"
_NO = r"(?:khong|ko|k|hong|hem|kg|khg)"
_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*"

_VIETNAMESE_IDIOMS = [(re.compile(p, re.I), plain) for p, plain in [
    # marks off first, so that everything after reads the plain spelling
    (r"\w*[^\x00-\x7f]\w*", _unaccented),
    # yes or no: "co ... khong", "... duoc khong", "... phai khong" (or not), "da ... chua" (yet)
    (r",?\s+(?:phai|dung)\s+%s%s" % (_NO, _END), " or not"), (r"(?:\s+hay)?\s+%s%s" % (_NO, _END), " or not"),
    (r"\s+(?:hay\s+)?chua%s" % _END, " yet or not"), (r"\bco\s+(.+?)\s+duoc\s+(.+?)\s+or not", r"can \1 \2 or not"),
    (r"\b(\S+(?:\s+khoa)?)\s+duoc\s+or not", r"can \1 or not"),
    (r"^(\s*)(.+?)\s+co\s+phai\s+(?:la\s+)?(.+?\s+or not)", r"\1is \2 \3"),
    # the agent of a passive, after its verb in English ("bi MI5 theo doi": was under surveillance by MI5)
    (r"\b(bi|duoc|dc)\s+(%s|canh sat|chinh phu|ke tan cong)\s+(theo doi|mo khoa|bat giu|\w+)\b" % _NAME,
     r"\1 \3 boi \2"),
    # "chiec xe Masood lai": the car Masood drove ("lai" alone is again: "sao lai"); "ai la nguoi viet": who wrote
    (r"\b((?:chiec\s+)?xe)\s+((?-i:[A-Z])[\w'’.-]*|ke tan cong)\s+lai\b", r"\1 \2 drove"),
    (r"\bai\s+la\s+nguoi\s+(?=\w)", "ai "), (r"\bco\s+can\s+(?=\w)", "co needs "),
    (r"\b(mo khoa|mo|doc|be khoa|truy cap|tim|bat|hack|ngan)\s+duoc\b", r"managed to \1"),
    # a name asked last ("ke tan cong ten (la) gi": what is the name of the attacker), an owner, a home
    (r"^(\s*)(.+?)\s+(ten that|ten)\s+(?:la\s+)?(?:gi|j)%s" % _END,
     lambda m: f"{m.group(1)}what is the {'real ' if m.group(3) != 'ten' else ''}name of {m.group(2)}"),
    (r"^(\s*)(.+?)\s+(?:la\s+)?(?:cua\s+ai|thuoc\s+ve\s+ai)%s" % _END, r"\1who owns \2"),
    (r"\b(?:la\s+)?nguoi\s+(?:o\s+)?(?:dau|nuoc\s+nao)%s" % _END, " from where"),
    # a make ("xe hieu gi": what make of car), a price ("voi gia bao nhieu": at what price)
    (r"\b(%s)\s+cua\s+(\S+)\s+(?:la\s+)?(?:xe\s+)?%s" % (_THINGS, _MAKE), r"what make was \1 of \2"),
    (r"\b(%s)\s+%s" % (_THINGS, _MAKE), r"what make of \1"),
    (r"\blai\s+(?:chiec\s+)?(?:xe|o to|oto)\s+(?:gi|nao|loai gi)\b", "drove what car"),
    (r"\b(?:voi|o)\s+(?:muc\s+)?gia\s+bao\s+nhieu\b", "at what price"), (r"\bgia\s+bao\s+nhieu\b", "how much"),
    # "lam Bo truong Noi vu": served as Home Secretary; a title before a name left out ("ong Trump")
    (r"\blam\s+(?=(?:bo truong|thu tuong|tong thong|chu tich|giam doc|nghi si)\b)", "served as "),
    (r"\b(?:ong|ba|ngai)\s+(?=(?-i:[A-Z]))", ""),
    # an adjective or "nay", "do" after a noun goes before it ("bai bao nay": this article)
    (r"\b(%s)\s+(%s)\b" % (_NOUNS, "|".join(_ADJECTIVES)),
     lambda m: f"{_ADJECTIVES[m.group(2).lower()]} {m.group(1)}"),
    # numbers: "52 tuoi", "nam 2017", "3 nam"
    (r"\b(\d+)\s+tuoi\b", r"\1 years old"), (r"\b(?:vao\s+)?nam\s+(\d{4})\b", r"in \1"),
    (r"\b(\d+)\s+nam\b", r"\1 years"), (r"\bthang\s+(\d{1,2})\b", r"month \1"),
    # the phrases, and the shared words beside Vietnamese
    (r"^.+$", lambda m: _phrased(m.group(0))),
    # the words glossed here and not by the words: "ai" (who, but "AI"), "gi" (what, but "GI"), "nao"
    # (which, after its noun), "sao" (why first, how last), "ban" (shot, before whom), "Anh" (Britain)
    (r"(?-i:\b(?:ai|Ai)\b)", "who"), (r"(?-i:\b(?:gi|Gi|j)\b)", "what"), (r"\bnao\b", "which"),
    (r"^(\s*)sao\b", r"\1why"), (r"\bsao\s*(?=\?*\s*$)", "how"),
    (r"\bban\b(?=\s+(?:(?-i:[A-Z])\w*|him|her|them|the police|who|how|at)\b)", "shot"),
    (r"\bbao\s+(?=\w)", "told "), (r"(?-i:\bAnh\b)", "Britain"), (r"(?-i:(?<=\w )My\b)", "the US"),
    (r"\b(?:the\s+)?(government|police|prime minister|parliament|people|law|laws)\s+(Britain|the US)\b",
     lambda m: f"the {'British' if m.group(2) == 'Britain' else 'US'} {m.group(1)}"),
    (r"\s+(?:a|the)(?=\s*\?+\s*$)", ""),
    (r"\bmay\s+(?=(?:people|days|years|minutes|times|hours|week|month|children|wives)\b)", "how many "),
]]


# -- order --
# the glossed verbs in the past, and their base forms
_BASE = dict(p.split(":") for p in re.split(r"\s*[|\n]\s*", """said:say|said that:say that|told:tell|wrote:write
    happened:happen|took place:take place|killed:kill|died:die|stabbed:stab|shot:shoot|shot dead:shoot dead
    drove:drive|drove the car:drive the car|drove into:drive into|drove what car:drive what car|rented:rent
    used:use|claimed responsibility:claim responsibility|demanded:demand|called for:call for|knew:know|found:find
    read:read|sent:send|messaged:message|lived:live|arrested:arrest|released:release|acted:act|acted alone:act alone
    answered:answer|responded:respond|reacted:react|stated:state|commented:comment|refused:refuse|agreed:agree
    paid:pay|bought:buy|sold:sell|met:meet|did:do|did what job:do what job|went:go|won:win|lost:lose|signed:sign
    passed:pass|voted:vote|contacted:contact|investigated:investigate|resigned:resign|appointed:appoint
    became:become|ended:end|started:start|lasted:last|converted:convert|followed:follow
    followed religion:follow religion|worked:work|came from:come from|served as:serve as|hacked:hack|fired:fire
    monitored:monitor|stabbed to death:stab to death|injured:injure|took effect:take effect|appeared:appear
    talked about:talk about|published:publish|reported:report""".strip()))
_PRESENT = {"wants": "want", "needs": "need", "owns": "own", "belongs to": "belong to", "supports": "support",
            "opposes": "oppose", "has": "have", "believes": "believe", "controls": "control"}
# the verbs glossed in their base form ("mo khoa": unlock), which ask with "did" as they stand
_BARE = frozenset("unlock open help cooperate prevent hide force allow comply provide access crack read".split())
_PAST = "|".join(sorted(map(re.escape, _BASE), key=len, reverse=True))
_VERBS = "|".join(sorted(map(re.escape, {*_BASE, *_PRESENT, *_BARE}), key=len, reverse=True))
# a passive said without "was" ("Masood born where": where was Masood born)
_BORN = r"(?:born|born in|known|injured|taken to)"
_ASKED = (r"how many times|how many|how much money|how much|how old|how long|since when|at what time|what time|"
          r"at what price|on which day|on what date|in which year|in which month|what kind of|what brand|"
          r"what make of|with what|from where|to whom|with whom|by whom|whose|who|what|which|when|where|why|how")
# a subject: a name, a pronoun or a noun of the story
_SUBJECT = (r"(?:(?:the|this|that)\s+)?(?:(?:new|other|last|rented|first|secret|encrypted|British|US)\s+)?"
            r"(?:(?:(?:president|prime minister|minister)\s+)?(?-i:[A-Z])[\w'’.-]*"
            r"(?:\s+(?:vs\.?\s+|v\.\s+)?(?-i:[A-Z])[\w'’.-]*){0,3}|he|she|they|it|we|I|you|police|attacker|"
            r"perpetrator|suspect|terrorists?|police officer|government|minister|president|company|companies|"
            r"tech companies|author|journalist|reporter|article|law|people|victims|soldier|court|authorities|group|"
            r"car|phone|messages?|app|attack|interview|programme|spokesman)"
            r"(?:\s+(?:of|in|on|at|from)\s+(?:the\s+)?[\w'’.-]+)?")
_ADVERB = r"(?:ever|finally|in the end|really|first|also|already|still|exactly|previously)"
# the nouns a question word takes with it ("drove what car", "killed how many people")
_ASKED_NOUN = (r"(?:(?:new|other|last|first|rented|secret|encrypted|political|news)\s+)?(?:car|people|victims|"
               r"pedestrians|party|religion|job|company|app|law|weapon|knife|gun|hospital|city|country|messages?|"
               r"times|day|year|month|time|money|programme|show|newspaper|phone|group|brand|nationality|children|"
               r"police officers|police|hotel|prison|executive order|bill|warrant|court|agency|motive|minutes|hours|"
               r"days|years)")
_MODAL = re.compile(r"^(?P<subject>%s)\s+(?:has\s+)?(?:(?P<adverb>%s)\s+)?(?P<modal>can|cannot|will|must|should)\s+"
                    r"(?:%s\s+)?(?P<rest>.*)$" % (_SUBJECT, _ADVERB, _ADVERB), re.I)
_DONE = re.compile(r"^(?P<subject>%s)\s+(?:has\s+)?(?:(?P<adverb>%s)\s+)?(?:(?P<was>was|were)\s+)?"
                   r"(?P<verb>%s|%s)\b\s*(?P<rest>.*)$" % (_SUBJECT, _ADVERB, _VERBS, _BORN), re.I)


def _base(verb: str) -> str:
    """The base form of a glossed verb ("said" → "say", "wants" → "want")."""
    return _BASE.get(verb.lower()) or _PRESENT.get(verb.lower()) or verb


def _did(subject: str, verb: str, rest: str = "", adverb: str = "") -> str:
    """"did Rudd say", "does Rudd want": the auxiliary a verb asks with, its subject, its base form."""
    aux = "does" if verb.lower() in _PRESENT and verb.lower() != "has" else "did"
    return " ".join(x for x in (aux, subject, adverb, _base(verb), rest) if x)


def _modal(asked: str, m: re.Match) -> str:
    """"Rudd will meet ..." asked: "when will Rudd meet ...", the verb after the modal in its base form."""
    rest = re.sub(r"^(%s)\b" % _VERBS, lambda x: _base(x.group(1)), m.group("rest"))
    return " ".join(x for x in (asked, m.group("modal"), m.group("subject"), m.group("adverb"), rest) if x)


def _done(asked: str, m: re.Match, after: str = "") -> str:
    """"Masood lived" or "Masood was born" asked: "where did Masood live", "where was Masood born"."""
    if m.group("was") or re.fullmatch(_BORN, m.group("verb"), re.I):
        return " ".join(x for x in (asked, m.group("was") or "was", m.group("subject"), m.group("adverb"),
                                    m.group("verb"), m.group("rest"), after) if x)
    return " ".join(x for x in (asked, _did(m.group("subject"), m.group("verb"), m.group("rest"),
                                            m.group("adverb") or ""), after) if x)


def _yes_no(body: str) -> str:
    """A question asked yes or no ("... or not") as English asks it: "the police has shot dead Masood" →
    "did the police shoot dead Masood"."""
    m = re.match(r"^(.*?)\s*(yet\s+)?or not$", body)
    if m is None or not m.group(1).strip(" ,"):
        return body  # ("co khong" alone: "or not" with nothing asked)
    body, end = m.group(1).strip(" ,"), " yet" if m.group(2) else ""
    if re.match(r"(?:is it true|is|was|can|will|did|does|do|has|should|must)\b", body, re.I):
        return re.sub(r"^(can|cannot)\s+(%s)\s+(%s)\b" % (_SUBJECT, _VERBS),
                      lambda x: f"{x.group(1)} {x.group(2)} {_base(x.group(3))}", body) + end
    lead = re.match(r"^(in the end|finally|really)\s+(.*)$", body, re.I)
    if lead:
        body, end = lead.group(2), f" {lead.group(1)}{end}"
    if _MODAL.match(body):
        return _modal("", _MODAL.match(body)) + end
    if _DONE.match(body):
        return _done("", _DONE.match(body)) + end
    m = re.match(r"^(%s)\s+(?:(%s)\s+)?(is|was|had been)\s+(.*)$" % (_SUBJECT, _ADVERB), body, re.I)
    if m:
        verb = m.group(3).split()
        return " ".join(x for x in (verb[0], m.group(1), *verb[1:], m.group(2), m.group(4)) if x) + end
    m = re.match(r"^(.+)\s+(was|were|is)\s+(.+)$", body)
    if m:
        plural = re.search(r"\b(?:people|victims|companies|police officers|messages|who were)\b", m.group(1))
        return f"{'were' if plural else m.group(2)} {m.group(1)} {m.group(3)}{end}"
    return f"is it true that {body}{end}"


def _asked_last(body: str) -> str:
    """A question word asked in place put first: "Rudd said what about WhatsApp" → "what did Rudd say about
    WhatsApp", "Masood killed how many people" → "how many people did Masood kill"."""
    asked = list(re.finditer(r"(?<![\w'’-])(?:%s)(?![\w'’-])" % _ASKED, body, re.I))
    # ("when he died" is a clause: "Masood how old when he died")
    asked = [a for a in asked if len(asked) == 1 or a.group(0).lower() != "when" or not body[a.end():].strip()]
    if len(asked) != 1 or asked[0].start() == 0:
        return body
    a = asked[0]
    before, word, after = body[:a.start()].strip(" ,"), a.group(0).lower(), body[a.end():].strip()
    if word in ("what", "which", "how many", "how much", "what kind of", "whose"):
        noun = re.match(r"^(?:the\s+)?(%s)\b\s*(.*)$" % _ASKED_NOUN, after, re.I)
        last = re.match(r"^(.*?)\s*\b(?:the\s+)?(%s)$" % _ASKED_NOUN, before, re.I)
        if noun:
            word, after = f"{word} {noun.group(1)}", noun.group(2)
        elif last and word in ("what", "which") and not after:
            # "Trump signed executive order what": what executive order did Trump sign
            word, before = f"{word} {last.group(2)}", last.group(1).strip()
    if word == "from where":
        if re.fullmatch(_SUBJECT, before, re.I):
            return f"where is {before} from {after}".strip()
        word, before = "where", re.sub(r"\s+from$", "", before) + " from"
    if word == "how many" and re.search(r"\b(?:fined|paid)$", before):
        word = "how much"
    # "after the attack Rudd met who": who did Rudd meet after the attack
    lead = re.match(r"^((?:after|before|during|since)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?|in the end|finally),?\s+"
                    r"(?=(?-i:[A-Z]))", before, re.I)
    if lead and _DONE.match(before[lead.end():]):
        before, after = before[lead.end():], f"{after} {lead.group(1)}".strip()
    # "Masood in which hotel": in which hotel was Masood; "the headline is what": what is the headline
    prep = re.match(r"^(%s)\s+(in|at|on|to|from|with)$" % _SUBJECT, before, re.I)
    if prep:
        return " ".join(x for x in (prep.group(2), word, "was", prep.group(1), after) if x)
    m = re.match(r"^(.+?)\s+(is|was)$", before)
    if m and not after:
        return f"{word} {m.group(2)} {m.group(1)}"
    if _MODAL.match(before):
        return _modal(word, _MODAL.match(before)) + (f" {after}" if after else "")
    if _DONE.match(before):
        return _done(word, _DONE.match(before), after)
    m = re.match(r"^(%s)(?:\s+(?:is|was))?(?:\s+(.*))?$" % _SUBJECT, before, re.I)
    if m and not re.search(r"\b(?:%s)\b" % _VERBS, before, re.I) and (not after or word == "how old"):
        return " ".join(x for x in (word, "was" if after else "is", m.group(1), m.group(2), after) if x)
    # "the messages of Masood sent at what time": at what time were they sent
    m = re.match(r"^(.+?)\s+(sent|wrote|killed|arrested|shot|stabbed|rented|bought|found|released|passed|signed|"
                 r"published)$", before, re.I)
    if m:
        return " ".join(x for x in (word, "was", m.group(1), {"wrote": "written"}.get(m.group(2), m.group(2)), after)
                        if x)
    return body


def _vietnamese_order(glossed: str) -> str:
    """A Vietnamese question glossed word for word, in English order where that is clear: the question
    word first with its auxiliary ("Masood lived where?" → "where did Masood live?", "why Apple refused
    help FBI" → "why did Apple refuse to help FBI"), a yes or no question asked with one."""
    m = re.match(r"^(.*?)(\s*[?.!]*)$", glossed, re.S)
    body, end = m.group(1).strip(" ,"), m.group(2).strip() or "?"
    # what phrases glossed side by side leave: "this the article", "has was", "of of"
    body = re.sub(r"\b(the|this|that|which|what|how many|whose|the (?:new|other|last|rented|first|secret|encrypted))"
                  r"\s+the\s+", r"\1 ", body, flags=re.I)
    body = re.sub(r"\b(?:is|was|has)\s+(is|was)\b", r"\1", body)
    body = re.sub(r"\bof\s+of\b", "of", body)
    body = re.sub(r"\b(can|cannot|will|must|should)\s+was\b", r"\1 be", body)
    # "the people was arrested has was released": the people who were arrested
    body = re.sub(r"^((?:the\s+)?(?:people|victims))\s+was\s+(\w+)\s+(?=(?:has|was|is|can|will)\b)", r"\1 who were \2 ",
                  body)
    # "hotel which" ("nao" after its noun): which hotel
    body = re.sub(r"\b(?:the\s+)?(%s)\s+(which|what)\b" % _ASKED_NOUN, r"\2 \1", body, flags=re.I)
    # "the motive of Masood": Masood's motive, as ``events_asked`` reads it
    body = re.sub(r"\b(?:the\s+)?(motive|wife|husband|children|family|age|job|religion|nationality|response|reaction|"
                  r"statement|answer)\s+of\s+((?-i:[A-Z])[\w'’-]*)\b(?!\s+(?-i:[A-Z]))", r"\2's \1", body)
    # "the author the article" (Vietnamese leaves out "of": "tac gia bai bao")
    body = re.sub(r"\b(author|headline|title|name|owner|content|price|brand|reporter|journalist)\s+(?=the\s)",
                  r"\1 of ", body, flags=re.I)
    # "allow the police read", "refused help": to
    body = re.sub(r"\b(allow|allowed|force|forced|ask|asked)\s+((?:the\s+)?[\w-]+(?:\s+officers?)?)\s+(read|unlock|"
                  r"access|open|hand over|decrypt|give|help|cooperate)\b", r"\1 \2 to \3", body)
    body = re.sub(r"\b(refused?|wants?|demanded|needs?|agreed?|managed|asked)\s+(help|cooperate|read|unlock|open|"
                  r"prevent|hide|force|give|hand over|provide|access|comply|meet|pay|resign|crack|hack)\b",
                  r"\1 to \2", body, flags=re.I)
    # a thing named after its kind ("programme Andrew Marr", "messages WhatsApp"): the name first
    body = re.sub(r"\b(programme|show|newspaper|interview|app|company|messages|message|account)\s+(%s)" % _NAME,
                  r"the \2 \1", body)
    # whole questions of their own shapes: "the article by whom wrote", "the article talked about what",
    # "the knife Masood used is what kind", "Rudd wants tech companies did what"
    m = re.match(r"^(.+?)\s+(?:was\s+)?(?:by whom\s+(%s)|(%s)\s+by whom)$" % (_PAST, _PAST), body, re.I)
    if m:
        body = f"who {m.group(2) or m.group(3)} {m.group(1)}"
    body = re.sub(r"^((?:this |the )?(?:article|programme|interview|law|bill))\s+(?:said|talked)\s+about\s+what$",
                  r"what is \1 about", body, flags=re.I)
    m = re.match(r"^(?:the\s+)?(%s)\s+(%s)\s+(%s)\b(.*?)\s+is\s+(what kind|what brand|(?:what|which)(?:\s+the)?\s+\1)$"
                 % (_ASKED_NOUN, _SUBJECT, _PAST), body, re.I)
    if m:
        asked = f"{m.group(5)} of {m.group(1)}" if m.group(5).lower() in ("what kind", "what brand") else \
            re.sub(r"\s+the\b", "", m.group(5))
        body = f"{asked} {_did(m.group(2), m.group(3), m.group(4).strip())}"
    m = re.match(r"^(%s)\s+(wants|demanded|asked)\s+(.+?)\s+(?:did|to do)\s+what$" % _SUBJECT, body, re.I)
    if m:
        body = f"what {_did(m.group(1), m.group(2), m.group(3))} to do"
    if re.search(r"\bor not$", body):
        body = _yes_no(body)
    else:
        body = _asked_last(body)
        # "when Rudd will meet ...": when will Rudd meet; "why Apple refused ...": why did Apple refuse
        m = re.match(r"^(%s)\s+(?!(?:did|does|do|is|was|can|will|has)\b)(.*)$" % _ASKED, body, re.I)
        if m and _MODAL.match(m.group(2)):
            body = _modal(m.group(1), _MODAL.match(m.group(2)))
        elif m and _DONE.match(m.group(2)) and m.group(1).lower() in (
                "why", "when", "where", "how", "how long", "since when", "how many times", "how much", "who", "what") \
                and not re.search(r"\b(?:did|does|do|is|was|were|will|can|has|had)\b", m.group(2)):
            body = _done(m.group(1), _DONE.match(m.group(2)))
    body = re.sub(r"^(how many\s+(?:people|victims|pedestrians|police))\s+(?:was\s+)?(injured|arrested|killed)\b",
                  r"\1 were \2", body, flags=re.I)
    body = re.sub(r"^(since when|how long)\s+did\s+(%s)\s+serve as\b" % _SUBJECT, r"\1 has \2 been", body, flags=re.I)
    # "what did the last message of Masood say": what did Masood say in the last message
    body = re.sub(r"^what did (the (?:last |first )?messages?) of ((?-i:[A-Z])[\w'’-]*) say\b",
                  r"what did \2 say in \1", body)
    # "with what did Masood stab the police": what did Masood stab the police with; "to whom did ... send"
    body = re.sub(r"^with what (did .+)$", r"what \1 with", body)
    body = re.sub(r"^to whom did (.+?) (message|call|text)\b", r"who did \1 \2", body)
    body = re.sub(r"^to whom (did .+?)(\s+(?:before|after|during|when|on|in)\b.*)?$", r"who \1 to\2", body)
    body = re.sub(r"^(why|when|how)\s+(%s)\s+not\s+(%s)\b" % (_SUBJECT, _VERBS),
                  lambda x: f"{x.group(1)} did {x.group(2)} not {_base(x.group(3))}", body)
    # "the police officer was stabbed": who was; "what is real name of": the
    body = re.sub(r"(\bof the (?:[\w-]+ )?(?:officer|attacker|man|woman|soldier|victims?|people))\s+(was|were)\b",
                  r"\1 who \2", body)
    body = re.sub(r"^((?:what|who|which \w+|where|when)\s+(?:is|was))\s+(?!(?:the|a|an|this|that|his|her|by|in|on|at|"
                  r"from|not|ever|really|behind|%s|%s)\b)(?=(?-i:[a-z]))" % (_VERBS, _BORN), r"\1 the ", body)
    body = re.sub(r"\bwas\s+((?:the\s+)?(?:[\w-]+\s+)?(?:victims|people|pedestrians|police officers|police|companies|"
                  r"messages))\b", r"were \1", body)
    body = re.sub(r"\b(have|has|had)\s+(?=(?:wife|husband|criminal record|family|job|gun|knife|warrant|meeting)\b)",
                  r"\1 a ", body)
    body = re.sub(r"\b(can|will|must|should|to|did|does|do)\s+(%s)\b" % _PAST,
                  lambda x: f"{x.group(1)} {_base(x.group(2))}", body)
    body = re.sub(r"\b(say|said|talk|talked)\s+with\s+(?=(?-i:[A-Z])|the\b)", r"\1 to ", body)
    return re.sub(r"\s{2,}", " ", body).strip() + end


# the words that show a question is in Vietnamese: those glossed or left out and the syllables of the
# phrases and idioms, less English words and other languages' (``_ENGLISH``, ``_FOREIGN``). One alone shows
# nothing, so "ai", "gi" (glossed by the idioms: each counts once, and "AI" opening a question shows
# nothing), "nao" (Portuguese "não"), "ko" (Hindi), "hoi" (Dutch) are kept.
_PHRASE_WORDS = frozenset(s for p in _PHRASES for w in p.split() for s in (w, _plain(w)))
_VIETNAMESE_MARK = (frozenset(_VIETNAMESE) | _VIETNAMESE_DROPPED | _IDIOM_WORDS | _PHRASE_WORDS |
                    frozenset(map(_plain, _IDIOM_WORDS))) - _VIETNAMESE_SHARED - _ENGLISH - _FOREIGN

VIETNAMESE = Language(_VIETNAMESE_IDIOMS, _VIETNAMESE, _VIETNAMESE_DROPPED, _VIETNAMESE_MARK,
                      reorder=_vietnamese_order, shared=_VIETNAMESE_SHARED)
