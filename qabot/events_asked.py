"""Events a question asks about that an answering passage must speak of: a birth, an injury, an
arrest, a resignation, an appointment, a founding, a spouse or kin, a religion, a nationality, an
ownership, a residence, a radicalisation, a purchase, pay, whether someone agreed or handed
something over; the attributes a passage must give: an age or a job (of whom the question
names), a time of day, a motive, whom someone was in touch with, another name, which hospital
or court, where a thing was got, a law's name, how it ended; and an amount or a duration, which
"How many ...?" and "How long ...?" ask and only a passage with a number or a word of quantity
or time gives.

"How many people were injured on Westminster Bridge?" meets "Khalid Masood ... drove a rented car
into pedestrians on Westminster Bridge on Wednesday, killing three people": every name and the
number type match, and only the event tells that it is no answer. News words these few events
in few ways ("wounded", "hurt", "taken to hospital"), so a passage using none of an event's
words does not report it. Other predicates paraphrase too freely for such a rule ("were chosen"
/ "were selected"; measured in benchmarks/README.md, ninth session), and each trigger here is
narrowed to the sense news asks about ("What can hurt a teacher's health?" asks no injury).
"""
from __future__ import annotations

import re

from .names_asked import CALENDAR_WORDS

_DEMONYM = r"(?-i:[A-Z][a-z]+(?:ish|ian|ese|an|ch|i)|Greeks?|Swiss|Basque|Czech|Scots?|Welsh|Maltese|Thai)"

# the words of a post or trade, which tell a job only beside the name of whom they describe
# ("Home Secretary Amber Rudd"; "stabbing a police officer" is no job of Masood's)
_ROLE = (r"secretar(?:y|ies)|ministers?|president|director|chief|executive|senator|governor|mayor|officers?|"
         r"officials?|spokes(?:man|woman|person)|leader|chairman|chairwoman|editor|reporter|correspondent|"
         r"journalist|lawyer|attorney|judge|professor|teacher|doctor|nurse|driver|engineer|manager|"
         r"founder|owner|ceo|mp|candidate|nominee|analyst|adviser|advisor|detective|police(?:man|woman)")
# a person, as a question names one: "Khalid Masood", "he", "the attacker" (not "the information")
_WHO = (r"(?:(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)|he|she|they|the\s+(?:\w+\s+)?(?:\w+(?:er|or|ist|ian|man|woman)|"
        r"victims?|suspects?|officers?|police|minister|secretary|families|family|couple))")
_GOT = r"(?:rent|rented|hire|hired|buy|bought|purchased?|obtain(?:ed)?)"

# event: (what in a question asks about it, the words a passage reporting it uses)
EVENTS: dict[str, tuple[re.Pattern, re.Pattern]] = {
    name: (re.compile(asked, re.I), re.compile(rf"\b(?:{told})\b", re.I))
    for name, asked, told in [
        ("birth",
         r"\b(?:when|where|(?:what|which)\s+(?:year|date|day|city|town|country|place|hospital|village))\b.*\bborn\b|\bbirth(?:place|day|date)\b"
         r"|\bdate\s+of\s+birth\b|\bborn\s+(?:in\s+|on\s+)?(?:which|what|where|when)\b",
         r"born|birth|birthplace|birthday|née|nee"),
        ("injury",
         r"\b(?:were|was|been|being|are|is|get|got|became|become|left)\s+(?:\w+\s+)?(?:injured|wounded|hurt|hospitali[sz]ed)\b"
         r"|\binjur(?:ies|y)\b"
         r"|\bhow\s+(?:many|much)\s+(?:\w+\s+){0,2}(?:injured|wounded|wound|hurt)\b|\bthe\s+(?:injured|wounded)\b",
         r"injur\w*|wound\w*|hurt\w*|hospital\w*|casualt\w*|suffer\w*|tore|torn|tear|broke|broken|"
         r"fractur\w*|sprain\w*|sidelined"),
        ("arrest", r"\b(?:arrested|arrest|arrests|detained)\b",
         r"arrest\w*|detain\w*|detention|custody|charged|held"),
        ("resignation", r"\b(?:resign(?:ed|s|ation)?|retire[ds]?|retirement|step(?:s|ped)?\s+down|quit)\b",
         r"resign\w*|retir\w*|step\w*\s+down|stood\s+down|quit\w*|left|leav\w*|ousted|replac\w*|fired|"
         r"sacked|dismiss\w*|depart\w*|successor|succeed\w*"),
        ("appointment", r"\bappoint(?:s|ed|ment)?\b|\bsworn\s+in\b|\btook\s+office\b"
         # "When did Amber Rudd become Home Secretary?"
         rf"|\bbec(?:ome|ame)\s+(?:the\s+|an?\s+)?(?:(?-i:[A-Z])\w+\s+)*(?:{_ROLE})\b",
         r"appoint\w*|named|nominat\w*|sworn|took\s+office|became|succeed\w*|replac\w*|elected|promot\w*|"
         r"chose|chosen|picked|tapped|installed|hired"),
        ("founding", r"\bfounded\b",
         r"found(?:ed|er|ers|ing)|establish\w*|set\s+up|creat\w*|launch\w*|start\w*|form(?:ed|ation)"),
        # someone's spouse or kin, not "a husband and wife design team"
        ("family",
         r"\bmarried\b|(?:['’]s|\bhis|\bher|\btheir)\s+(?:wife|husband|spouse|sons?|daughters?|child|children|"
         r"father|mother|parents|brothers?|sisters?|family)\b|\b(?:wife|husband|spouse)\s+of\b"
         r"|\bhow\s+many\s+(?:children|kids|sons|daughters|brothers|sisters|siblings)\b"
         r"|^\s*(?:had|has|have|did|does|do)\s+(?:[\w'’-]+\s+){1,3}?(?:(?:have|has|had|got)\s+)?(?:any\s+)?"
         r"(?:children|kids|(?:a\s+)?wife|(?:a\s+)?husband|sons|daughters|(?:a\s+)?family)\b",
         r"marri\w*|wife|wives|husband\w*|spouse\w*|widow\w*|sons?|daughters?|child|children|father\w*|"
         r"mother\w*|parents?|brothers?|sisters?|siblings?|famil\w*|relatives?"),
        ("religion", r"\breligion\b|\b(?:what|which)\s+faith\b|^\s*(?:was|is|were|are)\b.*\b(?:muslim|christian|jewish|"
         r"hindu|buddhist|catholic|protestant|sikh|convert)s?\b|\bconvert(?:ed|s|ing)?\s+to\b"
         # a learner's "When did Masood convert Islam?"
         r"|\bconvert(?:ed|s|ing)?\s+(?:islam|christianity|judaism|hinduism|buddhism|catholicism)\b"
         r"|\bbec(?:ome|ame|omes)\s+(?:a\s+)?(?:muslim|christian|jewish|hindu|buddhist|catholic|sikh)\b",
         r"religio\w*|muslim\w*|christian\w*|jew\w*|hindu\w*|islam(?!ic\s+state)\w*|catholic\w*|protestant\w*|buddhis\w*|"
         r"sikh\w*|faith|convert\w*|mosque\w*|church\w*"),
        ("nationality", r"\b(?:nationality|nationalities|citizenship)\b"
         r"|\b(?:which|what)\s+countr(?:y|ies)\s+(?:did|does|do|was|were|is|are)\b.*\b(?:come|came|hail(?:ed)?)\s+from\b"
         # "Which country were the victims from?"
         r"|\b(?:which|what)\s+countr(?:y|ies)\s+(?:was|were|is|are)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+from\b",
         rf"nationalit\w*|citizen\w*|{_DEMONYM}"),
        ("ownership", r"\b(?:owns|owned|owner)\b|\bparent\s+(?:company|firm|group|corporation)\b"
         # "Who own WhatsApp?", "Which company does WhatsApp belong to?"
         # (a company's: "Which group did Masood belong to?" asks whom he joined)
         r"|\b(?:who|which\s+\w+)\s+own\b|\bbelongs?\s+to\s+(?:which|what)\s+(?:company|firm|corporation)\b"
         r"|\b(?:which|what)\s+(?:company|firm|corporation)\s+(?:does|did)\s+\S+\s+belong\s+to\b"
         r"|\bto\s+(?:which|what)\s+(?:company|firm|corporation)\s+(?:does|did)\s+\S+\s+belong\b", r"own(?:s|ed|er|ers|ership)?|bought|acquir\w*|subsidiar\w*|parent"),
        ("residence",
         r"^\s*where\s+(?:did|does|do|has|had|was|were|is)\b.*\b(?:live[ds]?|living|(?:grow|grew|grown)\s+up|brought\s+up)\b"
         r"|\bhow\s+many\s+(?:people|residents|inhabitants)\s+live\b"
         # where someone is from: "Where was Khalid Masood from?"
         rf"|^\s*where\s+(?:is|was|were|are)\s+{_WHO}\s+(?:originally\s+|even\s+|actually\s+)?from(?:\s+originally)?"
         r"(?:\s*,\s*(?:which|what)\s+(?:town|city|country|place|area|part))?\s*\??(?:\s*c['’]?mon)?\s*$"
         rf"|^\s*where\s+(?:did|does|do)\s+{_WHO}\s+(?:originally\s+)?(?:come|hail)\s+from\b|\bhome\s*town\b"
         # glossed word for word: "from where was Khalid Masood, where lived?"
         r"|^\s*from\s+where\s+(?:is|was|were|are)\b|(?:^|[,;?]\s*)(?:and\s+)?where\s+(?:he\s+|she\s+)?(?:lived|lives)\b"
         # "Where Khalid Masood was living before attack?", "Looking for where Masood lived"
         r"|\bwhere\s+(?:he|she|they|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)\s+(?:lived|lives|was\s+living|were\s+living|grew\s+up)\b"
         r"|\bfrom\s+(?:which|what)\s+(?:city|town|country|village|area|part|region)\b"
         # "In which city was Masood living?", "In which city the attacker Masood was living?"
         r"|\b(?:which|what)\s+(?:city|town|country|village|area|part|region|street|house|flat|address)\b"
         r"[^?]*?\b(?:lived|lives|live|living|grew\s+up|stayed|staying|resided|residing)\b"
         r"|^\s*where\s+(?:did|does|do|was|were|is|had|has)\b.*\bstay(?:ed|ing)?\b"
         # "Where were the people who died on the bridge from?"
         r"|^\s*where\s+(?:is|was|were|are)\s+(?:the\s+)?(?:\w+\s+)?(?:people|victims|pedestrians|tourists|men|women|dead|"
         r"injured|wounded|killed)\b[^?]*\bfrom\s*\??\s*$"
         # "In which city did Masood live?", "what town did he live in"
         # ("In which city Masood was living?", "What town or city was he living in?")
         r"|\b(?:which|what)\s+(?:\w+\s+)?(?:city|town|village|country|county|area|region|neighbou?rhood|street|"
         r"suburb|district)\s+(?:(?:or\s+\w+\s+)?(?:did|does|do|was|were|is|are|had|has)\b|(?-i:[A-Z])"
         r"|(?=(?:lived|lives|resided)\b)).*\b(?:live[ds]?|living|reside[ds]?|"
         r"(?:grow|grew|grown)\s+up|(?:come|came|hail(?:ed|s)?)\s+from)\b",
         r"live\w*|lived|living|resid\w*|home(?!\s+(?:secretary|office|minister|affairs|department))\w*|hometown|"
         r"native|population|inhabit\w*|born|moved|settled|grew|stay\w*|hotel\w*|"
         r"raised|brought\s+up|childhood"),
        ("radicalisation", r"\bradicali[sz]\w*",
         r"radicali[sz]\w*|extremis\w*|convert\w*|indoctrinat\w*|inspired|recruit\w*"),
        ("purchase", r"\b(?:buy|bought|purchased?)\b", r"bought|buy\w*|purchas\w*|acquir\w*|paid|pay\w*|sold|sale"),
        # a payment: "Who did the FBI end up paying to hack the iPhone?", "Who paid for the rental
        # car?"; a passage telling what was refused or rented tells of none
        # (how much was paid is money asked; "ISIS paid him to do it, right?" is a guess checked)
        ("payment", r"(?:^|[?.!]\s+)(?:who|whom|what|which|when|where|why|how(?!\s+much\b))\b[^?.!]*"
         r"\b(?:pay|pays|paid|paying)\b(?!\s+(?:attention|tribute|respects?|heed|homage|a\s+visit)\b)",
         r"paid|pay\w*|[$£€]|dollars?|pounds?|euros?|fees?|cost\w*|bought|buy\w*|purchas\w*|money|fund\w*|"
         r"financ\w*|spen[dt]\w*|hired|contract\w*|sponsor\w*|bought|sold|sale"),
        ("pay", r"\b(?:salary|salaries|wages?|earnings|earns?|earned|income)\b",
         r"salar\w*|wages?|earn\w*|income\w*|paid|pay\w*|pounds?|dollars?|euros?|\d[\d,.]*"),
        # "Did WhatsApp agree to give access?", asked of Rudd's demand; not "the Lama agreed to
        # be reborn" or "Who agreed with ...?"
        ("compliance",
         r"^\s*(?:did|has|have|will|would|does|do)\b.*\b(?:agree[ds]?|hand(?:ed|s)?\s+over|compl(?:y|ied|ies)|refuse[ds]?|"
         r"co-?operate[ds]?)\b",
         r"agree\w*|refus\w*|compl\w*|declin\w*|reject\w*|accept\w*|hand\w*\s+over|cooperat\w*|respon\w*|"
         r"deal|consent\w*"),
        # a number is a length of time or a distance only with its unit ("82 seconds", "250
        # metres", "a three-day"): "Khalid Masood, 52," and "on Wednesday" tell no time
        # (asked last too: "Rudd be Home Secretary how long already?")
        ("duration", r"^\s*how\s+long\b|\bhow\s+long(?:\s+already)?\s*[?.!]*\s*$|\bhow\s+much\s+time\b"
         # "Attack, how long it take ...?", "How many minutes did the attack last?"
         r"|[,;:]\s*how\s+long\b|\bhow\s+many\s+(?:seconds|minutes|hours)\b"
         # "Since when has Rudd been Home Secretary?"
         r"|^\s*since\s+when\b",
         r"\d(?:[\d.,]*\d)?(?:\s*-\s*|\s+)?[a-z]+|\w+-(?:second|minute|hour|day|week|month|year|decade|centur)\w*|seconds?|minutes?|hours?|"
         r"days?|weeks?|months?|years?|decades?|centur\w*|long|brief\w*|short|while|since|until"),
        # a person's age is given as "Khalid Masood, 52,", "a 52-year-old", "aged 52" or "in his
        # fifties" (whose age: ``_of_subject``)
        ("age",
         rf"^\s*how\s+old\s+(?:is|was|were|are|would|will)\s+{_WHO}"
         # word for word from other languages: "how old Amber Rudd is", "how old the attacker was"
         rf"|^\s*how\s+old\s+{_WHO}\s+(?:is|was|were|are)\b|\b(?:his|her|their|[A-Z]\w*['’]s)\s+age\b"
         r"|^\s*(?:what|which)\s+age\b|\bat\s+what\s+age\b",
         r"\d{1,3}(?:-|\s)years?(?:-|\s)old|aged\s+\d{1,3}|age\s+(?:of\s+)?\d{1,3}|(?<=\w),\s*\d{1,3}(?=\s*[,)])"
         r"|\(\d{1,3}\)|(?:twen|thir|for|fif|six|seven|eigh|nine)ties|teens?|teenager|born|age[ds]?"),
        # a calendar date, not a day of the week: "on Wednesday" tells no date
        ("date",
         r"\b(?:exact|precise|calendar|full|specific|actual)\s+date\b"
         # "the attack was in which month and date?": a month is a calendar's
         r"|\b(?:which|what)\s+month\b|\bmonth\s+and\s+(?:the\s+)?(?:date|day)\b|\b(?:date|day)\s+and\s+(?:the\s+)?month\b"
         r"|\bon\s+(?:what|which)\s+date\b"
         # "Which date exactly was the attack?", "What date of the month ...?", "what was the date of
         # the attack" (not "to date", "up to date", "a date of birth")
         r"|\b(?:what|which)\s+date\b(?!\s+of\s+birth)|(?<!\bto\s)(?<!\bup\s)\bthe\s+date\b(?!\s+of\s+birth)"
         r"|\bday\s+of\s+the\s+month\b",
         r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|"
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{4}"),
        # the time of day, not the day: "on Wednesday" tells no time
        ("time",
         r"(?<!during\s)(?<!in\s)\bwhat\s+time\b(?!\s+(?:period|frame|zone|span|scale|limit))|\bat\s+(?:what|which)\s+hour\b|\btime\s+of\s+(?:the\s+)?day\b"
         # a note: "time of attack", "exact time of the stabbing"
         r"|^\s*(?:the\s+)?(?:exact\s+)?time\s+of\s+(?:the\s+)?(?:attack|shooting|stabbing|incident|crash|explosion|bombing)\s*\??\s*$"
         r"|\b(?:exact|precise|clock)\s+time\b",
         r"\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:a\.?m|p\.?m)\b\.?|o['’]clock|noon|midday|midnight|morning|afternoon|"
         r"evening|night|dawn|dusk|daybreak|lunchtime|rush\s+hour|hours?"),
        # someone's work: "What was Masood's job?"
        ("job",
         r"\b(?:job|occupation|profession|career|line\s+of\s+work|(?:do|did|does)\s+for\s+a\s+living)\b"
         r"|^\s*(?:what|where)\s+(?:did|does|do)\s+\S+(?:\s+\S+)?\s+work\b",
         rf"work\w*|job\w*|employ\w*|career\w*|profession\w*|occupation\w*|trade|business\w*|trained|"
         rf"former|retired|unemployed|hired|served|serving|{_ROLE}"
         # what a name is said to be: "Alfred S. Brown, a Western Union superintendent,", "Nathan
         # Alterman, the Israeli poet,", "worked as a ..."
         r"|(?<=\w),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}[\w-]+(?=,)|(?:was|is|as|became)\s+(?:a|an)\s+[\w-]+"),
        # why someone did it, asked as a motive: "What was Masood's motive?"
        ("motive", r"\bmotiv(?:e|es|ation|ations|ated)\b",
         r"motiv\w*|because|reasons?|revenge|aveng\w*|retaliat\w*|protest\w*|inspir\w*|grievance\w*|"
         r"ideolog\w*|jihad\w*|radicali[sz]\w*|extremis\w*|anger|angry|hatred|hate[ds]?|in\s+response\s+to|"
         r"in\s+the\s+name\s+of|sake|wanted|aim\w*|goal"),
        # whom someone was in touch with: "Who was Masood messaging on WhatsApp?"; not "terrorists
        # ... communicate with each other"
        ("contact",
         r"^\s*(?:(?:who|whom)\s+(?:was|were|is|are|did|does|do|had|has|have)\s+(?:[\w'’-]+\s+){1,4}?"
         r"|(?:na\s+)?(?:with|to)\s+(?:whom|who)\b.*?)(?:messag(?:e|ed|ing)\b(?!\s+(?:apps?|services?|platforms?|compan\w+|firms?|giants?))|text(?:ed|ing)?\b|"
         r"sen(?:d|t|ding)\s+(?:\w+\s+){0,2}(?:messages?|texts?|whatsapps?)\b|(?:communicat\w*|talk(?:ed|ing)|spoke|speaking|"
         r"contact(?:ed|ing)?|chat(?:ted|ting)?|in\s+touch)\b(?!\s+(?:about|of)\b))"
         # "Masood send WhatsApp to who?", "Who did he send the message to?"
         r"|\bsen(?:d|t|ding|ds)\s+(?:(?:\w+\s+){0,3}?(?:messages?|texts?|whatsapps?)\s+)?to\s+(?:whom|who)\b"
         r"|\b(?:who|whom)\b.*\bsen(?:d|t|ding|ds)\s+(?:\w+\s+){0,3}?(?:messages?|texts?|whatsapps?)\s+to\s*[?.!]*\s*$"
         r"|\b(?:messages?|texts?)\s+to\s+(?:who|whom)\b(?:\s+\w+)?\s+sen(?:d|t|ding|ds)\b"
         r"|\b(?:messages?|texts?)\s+recipients?\b|\brecipients?\s+of\s+(?:the|his|her|that)\s+(?:\w+\s+)?(?:messages?|texts?)\b"
         r"|^\s*(?:who|whom)\s+(?:he|she|they|(?-i:[A-Z])[\w'’-]+)\s+(?:\w+\s+){0,2}?(?:sen(?:d|t|ding)|messag(?:e|ed|ing)|"
         r"text(?:ed|ing)?|contact(?:ed|ing)?|whatsapp(?:ed|ing))\b"
         # "with whom was he exchanging messages", "who was Masood WhatsApping"
         r"|\b(?:with|to)\s+whom\b.*\bexchang\w*\s+(?:\w+\s+)?(?:messages?|texts?)\b|\bwhatsapp(?:ed|ing)\b"
         # "Masood was texting who on WhatsApp?", "who message sent to?", "Who got the message?"
         r"|\b(?:texting|messaging|contacting|writing\s+to)\s+(?:who|whom)\b|\bto\s+whom\b[^?]*\bsen(?:d|t|ding)\s+(?:\w+\s+){0,3}?(?:messages?|texts?|whatsapps?)\b"
         r"|^\s*(?:who|whom)\s+(?:\w+\s+){0,2}(?:messages?|texts?)\s+(?:was\s+|were\s+)?sent\s+to\b"
         r"|^\s*who\s+(?:got|gets|get|received|receives|receive)\s+(?:the|his|her|that|this|their)\s+(?:\w+\s+){0,2}(?:messages?|texts?)\b",
         r"messaged|texted|sent\s+(?:\w+\s+){0,2}(?:messages?|texts?)\s+to|(?:spoke|talked|speaking|talking)\s+(?:to|with)"
         r"|contacted|in\s+(?:touch|contact)\s+with|communicat\w*\s+with(?!\s+(?:each\s+other|one\s+another))"
         r"|correspond\w*|exchang\w*\s+(?:\w+\s+)?messages|messages?\s+(?:to|from|with)\s+[A-Z]"),
        # another name of a person: "What is Khalid Masood's real name?"
        ("alias", r"\b(?:real|birth|original|true|legal|maiden|given)\s+name\b|\bborn\s+as\b|\balias\b|\bname\s+at\s+birth\b"
         r"|\bchang(?:e|ed|es|ing)\s+(?:his|her|their)\s+name\b|\bname\b[^?]*\bborn\s+with\b",
         r"born|real\s+name|birth\s+name|alias\w*|known\s+as|n[ée]e|formerly|changed\s+(?:his|her|their)\s+name|"
         r"original\s+name|also\s+called|aka|nicknamed|named"),
        # "Which hospital treated the victims?": a passage that names none of the kind answers not
        ("institution",
         r"\b(?:which|what)\s+(?:\w+\s+)?(?:hospital|mosque|church|synagogue|temple|court|newspaper|school|"
         r"university|college|prison|jail)s?\b(?!\s+(?:of|said|say|says)\b)"
         # "Which police unit shot Masood dead?" (not "What unit is measured ...?")
         r"|\b(?:which|what)\s+(?:\w+\s+)?(?:police|army|military|armed|firearms|specialist|counter-?terror\w*|special|"
         r"swat|elite|protection)\s+(?:unit|squad|team|officer)s?\b",
         r"hospital\w*|mosques?|church\w*|synagogues?|temples?|courts?|newspapers?|paper|daily|times|post|"
         r"schools?|universit\w*|colleges?|prisons?|jails?|units?|squads?|command|(?-i:[A-Z]{2,}\d+)"),
        # where a thing was got: "Where did Masood rent the car from?"; "a rented car" says not
        ("source",
         rf"^\s*where\b.*\b{_GOT}\b|^\s*(?:who|whom)\b.*\b{_GOT}\b.*\bfrom\b|^\s*from\s+(?:whom|where|which)\b.*\b{_GOT}\b"
         # "Which company rented the car to him?", "what company did he rent the car from"
         rf"|\b(?:which|what)\s+(?:\w+\s+)?(?:company|firm|agency|shop|business|dealer\w*|garage)\b.*\b{_GOT}\b"
         rf"|\b{_GOT}\b.*\bfrom\s+(?:which|what)\s+(?:\w+\s+)?(?:company|firm|agency|shop|business|dealer\w*|garage)\b"
         r"|\b(?:rental|hire)\s+(?:company|firm|agency|shop)\b"
         # "Identify the company Masood rented the car from", "asks where Masood rented the car"
         rf"|\bthe\s+(?:company|firm|agency)\s+(?:\w+\s+){{0,3}}?{_GOT}\b|\bwhere\s+(?:he|she|they|(?-i:[A-Z])\w+)\s+{_GOT}\b"
         r"|^\s*where\b.*\b(?:get|got)\s+(?:the|his|her|their|a|an)\s+\w+(?:\s+\w+)?\s+from\b"
         # "Masood rent the car from where, which company?"
         rf"|\b{_GOT}\b.*\bfrom\s+where\b|\b{_GOT}\b.*\b(?:which|what)\s+(?:company|firm|agency|shop|business|dealer\w*|garage)\b"
         # the place asked by its kind: "In what city was the car rented?", "Masood rented the car
         # in the city of what?"
         rf"|\b(?:what|which)\s+(?:city|town|village|country|place|shop|area|location)\b.*\b{_GOT}\b"
         rf"|\b{_GOT}\b.*\b(?:in|at|from)\s+(?:(?:the\s+)?(?:city|town|village|country|place|shop|area)\s+of\s+what|"
         r"(?:what|which)\s+(?:city|town|village|country|place|shop|area|location))\b",
         r"(?:rent|hire|bought|buy|purchas|obtain|got|acquir)\w*\s+(?:\w+\s+){0,4}(?:from|at|in|through)"
         r"|rental\s+(?:company|firm|agency)|hire\s+(?:company|firm)|dealer\w*|dealership"),
        # the make of a thing: "What make of car did Masood drive?"; "a rented car" gives none
        ("make",
         r"\b(?:make|model|brand|mark)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?"
         r"(?:car|vehicle|van|truck|lorry|suv|jeep|phone|gun|rifle|pistol|knife)s?\b"
         r"|\b(?:car|vehicle|van|truck|phone|gun)\s+(?:make|model|brand)\b"
         r"|\b(?:what|which)\s+(?:make|model|brand)\s+(?:of\s+)?(?:car|vehicle|van|truck|phone|gun)\b"
         r"|\b(?:which|what)\s+(?:make|model|brand)\s+(?:was|is)\s+(?:the|his|her|their)\s+(?:\w+\s+)?(?:car|vehicle|van|truck|phone|gun)\b",
         r"(?-i:[A-Z][\w-]+)\s+(?:[\w-]+\s+)?(?:car|van|suv|truck|lorry|jeep|saloon|hatchback|sedan|4x4|vehicle|"
         r"phone|smartphone|handset|rifle|pistol|handgun|revolver|knife)s?\b|(?-i:iPhone|Galaxy|Glock)"
         # "a grey Hyundai Tucson"
         r"|\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?-i:[A-Z][\w-]+\s+[A-Z][\w-]+)"),
        # others of a kind, asked by name: "Which other apps did Rudd name besides WhatsApp?";
        # "WhatsApp and other encrypted messaging services" names none (a passage's names:
        # ``unreported``). Not "Which services did Rudd call on besides WhatsApp?", which those
        # words answer
        ("others",
         r"\bname[sd]?\b.*\b(?:besides|apart\s+from|other\s+than|aside\s+from)\s+(?-i:[A-Z])"
         r"|\b(?:besides|apart\s+from|other\s+than|aside\s+from)\s+(?-i:[A-Z]).*\bname[sd]?\b"
         r"|^\s*name\s+(?:the\s+)?other\s+\w+",
         r"(?-i:[A-Z][\w'’.-]*)"),
        # the name of a law: "What is the name of the new law?"; "new laws" names none
        ("law_name",
         r"\b(?:name\s+of|called|titled)\b.*\b(?:law|laws|act|bill|legislation|statute)\b"
         r"|\b(?:law|act|bill|legislation|statute)\s+(?:is\s+)?(?:called|named|titled)\b"
         r"|\b(?:law|laws|act|bill|legislation|statute)\b.*\bbe\s+(?:called|named|titled)\b"
         # "the new law Rudd spoke of, what is its name?"
         r"|\b(?:law|laws|act|bill|legislation|statute)\b[^?]*,\s*what\s+(?:is|was|are|were)\s+(?:its|his|her|their|the)\s+names?\b"
         # "What is the new law the government wants to make called?"
         r"|\b(?:law|laws|act|bill|legislation|statute)\b[^?]*\b(?:called|named|titled)(?:\s+the)?(?:\s+what)?\s*[?.!]*\s*$"
         # "the new law they want to make, call what?"
         r"|\b(?:law|laws|act|bill|legislation|statute)\b[^?]*\b(?:call(?:ed)?|name[ds]?)\s+what\b"
         r"|\b(?:law|laws|act|bill|legislation|statute)\b[^?]*\b(?:has|have|had|got)\s+(?:a\s+)?name\b"
         r"|\bwhat\s+is\s+the\s+specific\s+(?:law|act|bill|legislation)\b"
         # "Which law would the government use?", "is there a specific act", "Under which statute?"
         r"|\b(?:which|what)\s+(?:(?:specific|particular|new|actual|exact|existing|current|proposed|uk|british|us|american|"
         r"federal|(?-i:[A-Z]{2,}))\s+){0,3}(?:law|act|bill|statute|legislation)\b(?!\s+(?:of|enforcement)\b)"
         r"|\b(?:specific|particular|actual|exact)\s+(?:law|act|bill|statute|legislation)\b",
         r"(?-i:(?:[A-Z][\w'’-]*\s+)+(?:Act|Bill|Law|Laws|Order|Directive|Regulations?|Amendment|Code))"
         r"|(?-i:Act|Bill)\s+of\s+\d{4}|(?-i:[A-Z]{2,}\s+(?:Act|Bill))"),
        # whether someone was known to the authorities before: "Was Masood known to MI5?", "Did he
        # have a criminal record?"; a passage telling what he did then tells not
        ("known_before",
         r"\bknown\s+to\s+(?:the\s+)?(?:police|authorities|security|intelligence|mi5|mi6|m\s+i\s+[56]|fbi|cia|officials)"
         r"|\b(?:on|off)\s+(?:the|their|a)\s+(?:\w+\s+)?(?:radar|watch\s*-?list)"
         r"|\b(?:had|have|has|kept|keep)\s+(?:their|an?|his|her)\s+eyes?\s+on\b"
         r"|\b(?:criminal|police)\s+(?:record|records|convictions?|history|past|background)\b|\bprevious\s+convictions?\b"
         r"|\bunder\s+surveillance\b|\b(?:had|have|has|with)\s+(?:a\s+)?record\b"
         r"|\bconvicted\s+(?:\w+\s+){0,4}?before\b|\bever\s+(?:been\s+)?convicted\b|\bconvictions\b.*\bbefore\b"
         r"|\b(?:was|were|been)\s+(?:\w+\s+)?in\s+(?:the\s+)?(?:prison|jail|trouble)\b(?:\s+\w+)?\s+before\b"
         # "Did Masood go to prison before?", "Was he ever sent to jail?"
         r"|\b(?:go|went|gone|sent|been)\s+(?:\w+\s+)?to\s+(?:prison|jail)\b(?:\s+\w+)?\s+(?:before|earlier|previously)\b"
         r"|\bever\s+(?:\w+\s+)?(?:go|went|gone|sent|been)\s+to\s+(?:prison|jail)\b"
         r"|\bin\s+trouble\s+(?:\w+\s+)?with\s+(?:the\s+)?(?:police|law|authorities)\b"
         r"|\b(?:mi5|mi6|m\s+i\s+5|police|fbi|cia|authorities|security\s+services)\s+(?:\w+\s+)?(?:knew|know)\s+(?:of\s+|about\s+)?(?:him|her|them|(?-i:[A-Z])\w+)\b",
         r"known|radar|watch\s*-?list|monitor\w*|surveillance|investigat\w*|records?|convict\w*|jailed|prison|"
         r"sentenced|flagged|peripheral|history|previously|past|before\s+(?:the|his|her)\s+attack"),
        # what happened in the end: "Did the FBI ever get into the iPhone?", "How did the FBI
        # eventually unlock it?"; a passage telling what was refused then tells not
        ("outcome",
         # (not how someone died "in the end": the death is the end, and the passage reporting
         # it tells it: "How did the attacker die at the end?")
         # (a thing asked, what or who it was in the end, is told by the passage naming it: "Who
         # claimed responsibility in the end?", "What did NSFNET eventually provide?")
         r"^(?!.*\b(?:die|died|dies|dying|death|killed|dead)\b)"
         # "What was the eventual outcome of the dispute?", "apple fbi outcome?"
         r"(?:.*\b(?:eventual|outcome)\b|(?!\s*(?:what(?!\s+about)|who|whom|which|where)\b)"
         r"(?:.*\b(?:did|has|have|was|were|how|when|whether)\b.*\b(?:eventually|(?<!\bwhen\s)(?<!\bwhat\s)(?<!\bhow\s)ever|"
         r"finally|ultimately|(?:in|at)\s+the\s+end(?!\s+of)|end(?:ed)?\s+up|yet|so\s+far|by\s+now)\b"
         r"|.*\b(?:in|at)\s+the\s+end\b(?!\s+of)"
         # asked in a learner's words: "FBI later open the iPhone or no?"
         r"|.*\b(?:later|eventually|finally)\b.*\bor\s+(?:no|not)\s*\??\s*$"
         # "Eventually did the FBI succeed ...?", "The FBI eventually got into the iPhone?", "How
         # did the standoff end?"
         r"|\s*(?:eventually|finally|ultimately|in\s+the\s+end)\s*,?\s+(?:did|has|have|was|were)\b"
         r"|.*\b(?:eventually|finally|ultimately)\s+(?:got|managed|succeeded|unlocked|cracked|opened|hacked|broke)\b"
         r"|\s*how\s+did\b[^?]*\b(?:dispute|standoff|stand-off|fight|case|battle|row|clash|feud|lawsuit|saga|showdown)"
         r"\s+(?:\w+\s+){0,6}?(?:end|conclude|finish)\s*[?.!]*\s*$))",
         r"eventually|finally|ultimately|in\s+the\s+end|later|subsequently|ended\s+up|since|managed|"
         r"succeeded|went\s+on|dropped|resolved|settled|withdr\w*|outcome|result\w*|unlocked|concluded|ended|ending"),
        # what a message said: "What was written in his last WhatsApp message?"; a passage telling
        # that he used the app tells not
        ("message_content",
         # (not "What is the name of the minister who wants to read messages?")
         r"^\s*what\s+(?:was|were|did|does|is)\b(?:(?!\bnames?\b).)*\b(?:written|say|said|says|read|write|wrote|contain\w*)\b.*\b(?:messages?|texts?|posts?|notes?)\b"
         r"|^\s*what\s+(?:was|were|did|does|is|stood|stands)\s+(?:written\s+)?(?:in|on)\s+(?:the|his|her|their|that)\s+(?:\w+\s+){0,2}(?:messages?|texts?|notes?)\b"
         r"|^\s*what\s+(?:did|does|do)\s+(?:the|his|her|their|that)\s+(?:\w+\s+){0,2}(?:messages?|texts?|posts?|notes?)\s+"
         r"(?:\w+ly\s+)?(?:say|read|contain)\b"
         # "What was the content thereof, regarding the WhatsApp message?"
         r"|^\s*what\s+(?:was|were|is|are)\s+(?:the\s+)?(?:exact\s+)?(?:content|contents|wording)\b.*\b(?:messages?|texts?)\b"
         r"|\b(?:content|contents|wording|text)\s+of\s+(?:the|his|her|their|that|(?-i:[A-Z])[\w-]*['’]s?)\s+(?:\w+\s+){0,3}(?:messages?|texts?|posts?|notes?)\b"
         # "in his last WhatsApp message he write what?"
         r"|\b(?:messages?|texts?)\b[^?]*\b(?:write|wrote|written|say|said|says)\s+what\b"
         # "Masood write what in WhatsApp message?", "Does it say what his last message said?"
         r"|\b(?:write|wrote|written|say|said|says)\s+what\s+(?:in|on)\s+(?:the\s+|his\s+|her\s+)?(?:\w+\s+){0,2}(?:messages?|texts?)\b"
         r"|\bwhat\s+(?:the|his|her|their|that)\s+(?:\w+\s+){0,3}(?:messages?|texts?)\s+(?:\w+\s+)?(?:said|say|says|read|contained)\b"
         r"|\b(?:messages?|texts?)(?:['’]s?)?\s+(?:content|contents|wording|text)\b"
         r"|^\s*what\s+(?:he|she|they|(?-i:[A-Z])[\w'’-]+)\s+(?:wrote|write|said|say|sent|send|typed|type|texted|text)\b.*\b(?:messages?|texts?)\b"
         # the message itself asked for: "What was Masood's last WhatsApp message?"
         # (not "What was Rudd's message?", her point)
         r"|^\s*what\s+(?:was|were|is)\s+(?:his|her|their|the|(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:\w+\s+)?(?:last|final|whatsapp)\s+"
         r"(?:\w+\s+)?(?:messages?|texts?)\s*[?.!]*\s*$",
         r"(?:messages?|texts?|posts?|notes?)\s+(?:\w+\s+){0,3}(?:said|says|read|reads|reading|saying|stated|wrote)"
         r"|(?:said|read|wrote)\s+(?:in\s+)?(?:a|the|his|her|their)\s+(?:\w+\s+)?(?:message|text|post|note)"
         r"|(?:messages?|texts?)\s*[:,]\s*[\"“]"),
        # what a company or a person said back: "What did WhatsApp answer to Rudd?", "WhatsApp
        # response to Rudd"; a passage telling what was asked of them tells not
        ("response",
         r"\b(?:respon(?:d|ds|ded|se)|repl(?:y|ies|ied)|react(?:ed|ion)?|answer(?:ed|s)?)\s+(?:what\s+)?(?:to|from)\s+(?:the\s+)?(?-i:[A-Z])"
         # "What response did WhatsApp issue?", "What's WhatsApp's side of the story?", "WhatsApp response?"
         r"|\bwhat\s+(?:response|reply|reaction|answer)\s+(?:did|has|have|had)\s+(?-i:[A-Z])"
         r"|(?-i:[A-Z])[\w'’-]*['’]s\s+(?:side\s+of\s+the\s+story|response|reply|reaction)\b"
         # "What was WhatsApp's statement?" (not "per the Home Secretary's statement", which frames)
         r"|^\s*what\s+(?:was|is)\s+(?-i:[A-Z])[\w'’-]*['’]s\s+(?:official\s+)?statement\b"
         r"|^\s*(?-i:[A-Z])[\w'’-]*\s+(?:response|reply|reaction)\s*\??\s*$"
         r"|^\s*(?:what|how)\s+(?:did|does|has|have|was|is)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+"
         r"(?:\w+\s+)?(?:respond(?:ed|ing)?|repl(?:y|ied|ying)|react(?:ed|ing)?|answer(?:ed|ing)?)\b"
         r"|\bany\s+(?:statement|comment|response|reply|reaction)\s+from\b"
         # "WhatsApp company reply Rudd what?"
         r"|(?-i:[A-Z])[\w'’-]*\s+(?:\w+\s+)?(?:repl(?:y|ies|ied)|respond(?:s|ed)?|answer(?:s|ed)?)\s+(?-i:[A-Z])"
         r"|\b(?:said|say|says|saying|written|wrote|write|writing)\s+(?:anything\s+|something\s+)?back\b"
         # "Did WhatsApp come back to Rudd at all?", "Did Andrew Marr push back on her argument?"
         r"|(?-i:[A-Z])[\w'’-]*\s+(?:\w+\s+)?(?:come|came|get|got|hit|push|pushed|pushes|fire|fired|fight|fought)\s+back\s+"
         r"(?:to|at|on|against)\b"
         r"|^\s*(?-i:[A-Z])[\w'’-]*\s+(?-i:[A-Z])[\w'’-]*\s+(?:response|reply|reaction)\s*\??\s*$",
         r"respon\w*|repl\w*|react\w*|statement\w*|comment\w*|said|says|say|told|tell\w*|declin\w*|spokes\w*|"
         r"answer\w*|insist\w*|argu\w*|reject\w*|refus\w*|welcom\w*|counter\w*|dismiss\w*"),
        # a politician's party: "Which political party is Amber Rudd from?"
        ("party",
         r"\b(?:which|what)\s+(?:political\s+)?party\b|\bparty\s+(?:does|did|is|was)\s+\S+(?:\s+\S+)?\s+(?:belong|from|in)\b"
         # "what is the party of Amber Rudd?", "Amber Rudd is from party what"
         r"|^\s*what\s+(?:is|was)\s+the\s+(?:political\s+)?party\s+of\b|\bfrom\s+(?:the\s+)?party\s+(?:what|which)\b"
         r"|^\s*(?!(?:what|who|which|the|a|birthday|tea|search|dinner)\b)\w+(?:\s+\w+)?\s+(?:political\s+)?party\s*\??\s*$",
         r"part(?:y|ies)|conservatives?|tor(?:y|ies)|labour|liberal|democrats?|republicans?|gop|snp|ukip|greens?"),
        # what something cost: "How much did the FBI pay to hack the iPhone?"; "one of the
        # shooters" counts nothing paid
        ("money",
         r"^\s*how\s+much\b.*\b(?:pay|paid|cost|costs|spend|spent|charge[ds]?|worth|price|fee|fine[ds]?|money|raise[ds]?)\b"
         r"|\bhow\s+much\s+money\b|\b(?:what|which)\s+(?:(?:was|is|were|are)\s+the\s+)?(?:price|fee|cost|sum|amount\s+of\s+money)\b",
         r"[$£€¥]|\d[\d,.]*\s*(?:k|m|bn|million|billion|thousand)?\s*(?:dollars?|pounds?|euros?|yen|cents?|pence|p\b)"
         r"|(?:dollars?|pounds?|euros?|million|billion|thousand|hundred|fee|price|cost\w*|paid|pay\w*|free|"
         r"sum|budget|fund\w*|spen[dt]\w*|charg\w*|fine[ds]?|worth)"),
        # the weapon used: "What weapon did Masood use to stab the officer?"; "stabbing" names none
        ("weapon",
         r"\b(?:what|which)\s+(?:kind\s+of\s+|type\s+of\s+|sort\s+of\s+)?(?:weapons?|knife|knives|guns?|firearms?|blades?)\b"
         r"|\bwith\s+what\s+(?:weapon|knife|gun)\b"
         r"|^\s*what\s+did\s+\S+\s+(?:stab|shoot|cut)\s+(?:\w+\s+){0,3}?with\b"
         # "what was the knife he used?"
         r"|^\s*what\s+(?:was|is)\s+the\s+(?:weapon|knife|gun|blade)\s+(?:that\s+)?(?:he|she|they|the\s+\w+)\s+used\b",
         r"weapons?|knife|knives|blades?|guns?|firearms?|rifles?|pistols?|handguns?|revolvers?|shotguns?|machetes?|"
         r"axes?|hammers?|bombs?|explosives?|grenades?|swords?|daggers?|bats?|arms|armed|ammunition"
         # for "What weapon ...?", how it was used tells it ("stabbing a police officer", "drove a
         # rented car into pedestrians"), unless the question says so itself (``_ACT_WORDS``)
         r"|stab\w*|shot|shoot\w*|gunned|rammed|ramming|drove|driving|ran\s+over|car|vehicle|van|truck|lorry"),
        # "What penalties would the new laws impose?": a passage telling that laws would force them
        # tells of no penalty
        ("penalty", r"\bpenalt(?:y|ies)\b|\bpunish\w*|\bsanction(?:s|ed)?\b|\bfined\b|\bfines\b"
         # a fine as a thing ("What is the fine?"), not "fine" as well
         r"|\b(?:a|the|any|what)\s+fine\b(?!\s+(?:line|print|art|arts|job|example|mess)\b)",
         r"penalt\w*|punish\w*|fine[sd]?|sanction\w*|jail\w*|prison\w*|imprison\w*|sentenced?|prosecut\w*|liable"),
        # "Has the Home Secretary arranged a meeting with the companies?"
        ("meeting",
         r"\b(?:meet|meets|meeting|met)\s+(?:with\s+)?(?:the\s+|any\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:compan(?:y|ies)|firms?|"
         r"executives?|bosses|heads|chiefs|leaders?|officials?|representatives?|ministers?)\b"
         r"|\b(?:arrange[sd]?|hold|held|call(?:ed)?|set\s+up|plan(?:ned)?|schedule[sd]?|any)\s+(?:a\s+|any\s+)?meetings?\b"
         r"|\bsummit\b|\btalks\s+with\b",
         r"meet\w*|met|talks|summit\w*|summon\w*|convene[sd]?|sit\s+down|sat\s+down"),
        # how long someone has held a post: "How long has Amber Rudd been Home Secretary?", "since
        # when is she Home Secretary"; "minutes before he struck" is no tenure
        ("tenure",
         rf"\b(?:how\s+long|since\s+when)\b.*\b(?:been|be|is|was|served|serving)\b.*\b(?:{_ROLE})\b"
         rf"|\b(?:how\s+long|since\s+when)\b.*\b(?:in\s+(?:the\s+)?(?:job|post|office|role))\b",
         r"since|appoint\w*|became|took\s+(?:over|office)|sworn|elected|named|succeed\w*|replac\w*|\d{4}"
         r"|(?:years?|months?|weeks?)\s+(?:ago|as|in)|for\s+(?:\w+\s+)?(?:years?|months?|weeks?)"),
        # when a law or a step is due: "Did Rudd set a deadline?", "When would the new laws be
        # introduced?"; "the government would consider new laws" gives no date
        ("schedule",
         # (not a story's timeline: "What's the timeline - which day did Masood strike?")
         r"\b(?:deadline|timetable|time\s*-?frame|time\s+limit)s?\b|\btimeline\s+(?:for|to)\b"
         r"|\bwhen\s+(?:would|will|might|could|are|is|do|does)\b[^?]*\b(?:laws?|legislation|bill|act|rules?|ban)\b[^?]*"
         r"\b(?:come|comes|coming|introduced|brought|passed|voted|take\s+effect|in\s+force|enacted|made|happen|start|starts|begin|begins|apply|applies)\b"
         r"|\bwhen\b[^?]*\b(?:parliament|lawmakers|mps)\s+(?:\w+\s+)?vote\b"
         r"|\b(?:new\s+)?laws?\b[^?]*,\s*when\b"
         # a learner's "When the new law will come?"
         r"|\bwhen\s+(?:the\s+)?(?:new\s+)?(?:laws?|legislation|bill|rules?|ban)\s+(?:will|would|is|are|going)\b",
         r"deadline\w*|timetable\w*|time\s*-?frame|timeline|by\s+(?:the\s+end|next|early|late|mid)|"
         r"within\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)|next\s+(?:week|month|year|spring|summer|autumn|fall|winter)|"
         r"(?-i:January|February|March|April|June|July|August|September|October|November|December)|\d{4}|soon|"
         r"later\s+this|this\s+(?:week|month|year)|immediately|days?|weeks?|months?"),
        # how a thing works: "How does WhatsApp's encryption work?"; Rudd's call tells not
        ("mechanism",
         r"\bhow\s+(?:does|do|did|can|could)\s+(?:[\w'’-]+\s+){1,5}?work\b|\bhow\s+(?:it|they)\s+works?\b",
         r"works?|worked|working|by\s+\w+ing|using|uses|through|means|mechanism|process|protocol|keys?|algorithm\w*|"
         r"scrambl\w*|code[ds]?|cipher\w*"),
        # how often something was done: "How many times was Masood shot?", "How many shots did
        # police fire?"; "shot dead by police" and "killing four people" count no times
        ("frequency",
         r"\bhow\s+many\s+(?:\w+\s+)?(?:times?|shots|rounds|bullets|blows|stab\s+wounds|stabs)\b|\bhow\s+often\b",
         r"once|twice|thrice|repeatedly|again|often|regularly|daily|weekly|every\s+\w+"
         r"|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|dozens?(?:\s+of)?)\s+"
         r"(?:[\w-]+\s+)?(?:times|shots|rounds|bullets|blows|wounds|occasions)"),
        # who fired, asked of the person: "who shot him, an armed officer or a bodyguard?", "Who
        # actually shot Masood?"; "He was shot dead by police" tells that police did, not who
        # (it answers "Who shot Masood?" and "Who killed him?")
        ("shooter",
         r"^(?=.*\b(?:(?:which|what\s+(?:kind|type|sort)\s+of)\s+(?:\w+\s+)?(?:officer|cop|policeman|policewoman|unit)|which\s+one|"
         r"names?d?|identif\w*|bodyguards?|"
         r"armed\s+(?:officer|cop|police|protection)\w*|protection\s+officer|firearms\s+officer)\b)"
         r".*\bwho\s+(?:(?:actually|really|exactly|then|had)\s+)?(?:shot|shoots|shoot)\s+(?:him|her|them|(?-i:[A-Z])[\w'’-]+)\b"
         r"|\bwho\s+(?:actually|really|exactly)\s+(?:shot|shoots|shoot)\s+(?:him|her|them|(?-i:[A-Z])[\w'’-]+)\b"
         r"|\bthe\s+one\s+who\s+(?:shot|shoots|shoot)\s+(?:him|her|them|(?-i:[A-Z])[\w'’-]+)\b",
         r"(?:shot|shooting|fired|gunned\s+down)\s+(?:\w+\s+){0,2}by\s+(?:[a-z-]+\s+){0,3}(?-i:[A-Z])[\w'’-]+"
         r"|(?-i:[A-Z])[\w'’-]+,?\s+(?:[^,.]{0,40},\s+)?(?:shot|fired|opened\s+fire)\b"),
        # a year: "What year did the attack happen?"; "on Wednesday" names none ("last year" does,
        # as the article counts: "What year was the Apple FBI fight?")
        ("year", r"\b(?:which|what)\s+year\b(?!\s+(?:old|olds)\b)",
         r"\d{4}|(?:19|20)\d0s|['’]\d{2}\b|(?:last|this|next|previous|following|same)\s+year|years?\s+(?:ago|earlier|later|before)"),
        # a share: "What percentage of Britons use WhatsApp?"; a count of people gives none
        ("percentage",
         r"\b(?:what|which)\s+(?:percentage|proportion|share|fraction|percent)\b|\bhow\s+many\s+percent\b|\bpercentage\s+of\b",
         r"\d+(?:\.\d+)?(?=\s*%)|percent\w*|per\s+cent|proportion|half|third|quarter|majority|minority|most|fraction|share"),
        # where a company is based: "Where is the headquarters of WhatsApp?"
        ("headquarters",
         r"\bheadquarter(?:s|ed)?\b|\bwhere\s+is\s+(?:the\s+)?(?:\w+\s+)?(?:company|firm|app|business\s+)?based\b",
         r"headquarter\w*|based|offices?|(?-i:HQ)|campus"),
        # "What colour was the car?": a passage naming no colour gives none ("a rented car")
        ("colour", r"\b(?:what|which)\s+colou?rs?\b|\bcolou?rs?\s+(?:of|was|is|were)\b|[,;]\s*(?:what\s+)?colou?r\s*\??\s*$",
         r"colou?r\w*|red|orange|yellow|green|blue|purple|violet|pink|brown|black|white|grey|gray|silver|gold\w*|"
         r"beige|maroon|navy|turquoise|crimson|scarlet|khaki|cream|tan|dark|light|bright|pale"),
        # "What rank was the officer who was killed?": "a police officer" gives no rank
        ("rank", r"\b(?:what|which)\s+rank\b|\brank\s+(?:of|did|does|was|is|held)\b|\b(?:his|her|their|[\w'’-]+['’]s)\s+rank\b",
         r"rank\w*|constable|pc|ds|dc|sergeant|inspector|superintendent|commander|commissioner|chief|detective|"
         r"captain|lieutenant|major|colonel|general|corporal|private|admiral|marshal"),
        # how the asker should do something: "How do I turn on end-to-end encryption?", "Should I
        # stop using WhatsApp?"; news reports, it gives no instructions or advice (not "How do we
        # know he acted alone?", which asks the article's source)
        ("instructions",
         r"^\s*(?:(?:so|and|but|ok|okay|also|then)\s*,?\s+)?(?:how\s+(?:do|can|could|should|would)\s+(?:i|we)\s+"
         r"(?!(?:know|tell|find\s+out|be\s+sure|check|verify|confirm)\b)|(?:should|can|could|must)\s+i\b)"
         # advice asked: "whats the best encrypted app to use"
         r"|\b(?:best|safest|most\s+secure|most\s+private)\s+(?:[\w-]+\s+){0,3}?(?:to\s+use|for\s+me|i\s+should)\b",
         r"you|your|yourself|settings?|menu|tap|click|select|enable|users?\s+(?:can|should|must|may)"),
        # the kind of a thing: "What type of encryption does WhatsApp use?"; a passage that
        # speaks of it only bare ("encrypted messaging services") or by the question's own word
        # ("a rented car", asked "what kind of car did he rent?") gives none (``_tells_kind``)
        # (a weapon's kind is the weapon's to ask: "What kind of knife ...?")
        ("kind", r"\b(?:what|which)\s+(?:kind|type|sort|form)s?\s+of\s+(?!(?:weapons?|knife|knives|guns?|firearms?|blades?)\b)"
                 r"[a-z]+\b", r"\w+"),
        # "How many messages did Masood send?" and Rudd's words, with no number in them; vague
        # amounts answer too ("several", "a little": SQuAD's answers)
        # (asked anywhere: "San Bernardino shooting killed how many people?")
        ("amount", r"\bhow\s+(?:many|much)\b(?!\s+time\b)",
         r"\d[\w.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
         r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
         r"thousands?|millions?|billions?|trillions?|dozens?|half|quarter|percent|single|several|few|many|none|"
         r"numerous|multiple|little|much|once|twice|thrice|plenty|lots|handful|countless|various|couple|scores"),
    ]
}
# amounts that count nothing by themselves: "plenty of others like that" answers "How many others
# like WhatsApp are there?", not "How many people use WhatsApp?"
_VAGUE = re.compile(r"\b(?:plenty|lots|handful|countless|various|couple|scores)\b", re.I)


# how an answer names each of them when no passage gives it
DESCRIBED = {"birth": "a birth", "injury": "injuries", "arrest": "an arrest", "resignation": "a resignation",
             "appointment": "an appointment", "founding": "a founding", "family": "a spouse or relative",
             "religion": "a religion", "nationality": "a nationality", "ownership": "an owner",
             "residence": "where anyone lived", "radicalisation": "a radicalisation", "purchase": "a purchase",
             "pay": "pay or income", "payment": "a payment", "compliance": "an agreement or a refusal", "duration": "a length of time",
             "age": "an age", "date": "a calendar date", "time": "a time of day", "job": "a job", "motive": "a motive",
             "contact": "whom anyone was in touch with", "alias": "another name", "institution": "which one",
             "source": "where it came from", "law_name": "a law's name", "make": "a make or model", "others": "others by name", "known_before": "whether anyone was known to the authorities", "outcome": "how it ended", "message_content": "what a message said",
             "response": "a response", "money": "a sum of money", "weapon": "a weapon", "party": "a party",
             "amount": "an amount", "penalty": "a penalty", "meeting": "a meeting",
             "frequency": "how many times", "tenure": "how long anyone held a post", "schedule": "a date or a deadline",
             "mechanism": "how it works", "colour": "a colour", "rank": "a rank",
             "instructions": "instructions or advice", "shooter": "who fired the shots",
             "percentage": "a percentage", "headquarters": "where it is based", "kind": "which kind",
             "year": "a year"}


def events_asked(question: str) -> list[str]:
    """The events ``question`` asks about ("injury" for "How many people were injured?"). Most
    patterns read from the question's start: a second question after a first ("How long before
    the attack did he use WhatsApp, and who was he messaging?") is answered by what answers
    the first."""
    return [name for name, (asked, _) in EVENTS.items() if asked.search(question)]


def reports_events(question: str, passage: str) -> bool:
    """True when ``passage`` speaks of every event ``question`` asks about (and for a question
    asking about none)."""
    return unreported(question, passage) is None


def unreported(question: str, passage: str, instead: bool = False) -> str | None:
    """The first event ``question`` asks about that ``passage`` does not speak of, else None.
    ``instead``: ``passage`` would answer in place of the best one, so it must name the thing
    whose kind is asked ("What type of encryption ...?" is not answered by a passage about
    Apple that never speaks of encryption).

    A word the question uses for something else is no report of the event: "Which hospital
    treated the wounded?" asks of injuries, and a passage's "hospital" is what the question
    named, found in any passage about a hospital ("Clinton did not want to remain in the
    hospital")."""
    asked = events_asked(question)
    for name in asked:
        if name == "duration" and "tenure" in asked:
            # (a tenure is told by when it began: "appointed in July")
            continue
        trigger = EVENTS[name][0].search(question)
        # (but a post guessed at is no other thing: "What's Rudd's job, is she the foreign
        # secretary?" is told by "Home Secretary Amber Rudd")
        named = set() if name == "job" else {
            w.lower() for w in re.findall(r"[\w'’-]+", question[:trigger.start()] + " " + question[trigger.end():])}
        told = [m for m in EVENTS[name][1].finditer(passage) if m.group(0).lower() not in named]
        if name == "amount":
            counted = re.match(r"\s*how\s+many\s+([a-z]+?)s?\b", question, re.I)
            # a vague amount counts only what follows it: "plenty of others"
            told = [m for m in told if not _VAGUE.fullmatch(m.group(0)) or counted and re.match(
                rf"\s+(?:of\s+)?(?:the\s+)?{re.escape(counted.group(1))}", passage[m.end():], re.I)]
            # nor does one of a group count anything but the group: "one of the San Bernardino
            # shooters" tells no number of people they killed ("two of the victims" tells how many
            # victims were children)
            # nor does a number made part of a word count anything but that word's thing: a
            # "two-front war" tells no number of people ("a three-day siege" tells days)
            told = [m for m in told if not (joined := re.match(r"-([a-z]+)", passage[m.end():], re.I))
                    or counted and joined.group(1).lower().rstrip("s") == counted.group(1).lower()]
            told = [m for m in told if not re.match(r"\s+of\s+(?:the|these|those|his|her|their|its|them|us)\b", passage[m.end():], re.I)
                    or counted and re.match(rf"\s+of\s+\w+\s+(?:[\w'’-]+\s+){{0,2}}?{re.escape(counted.group(1))}",
                                            passage[m.end():], re.I)]
        if name == "outcome" and _HAPPENED_TO.search(question):
            # "In the end, what happened to the attacker?": his death or arrest is how it ended
            told += list(_A_PERSONS_END.finditer(passage))
        if name == "arrest" and _ONE_ARRESTED.search(question) and not _OTHERS_ARRESTED.search(question):
            # "Was the attacker arrested?" is answered by "He was shot dead by police." (not "How
            # many people were arrested?", nor "Did police arrest anyone else?")
            told += list(re.finditer(r"\b(?:shot\s+dead|killed|died|dead)\b", passage, re.I))
        if name == "response":
            # said by whom the question asks of: "Has WhatsApp said anything back to Rudd?" is not
            # told by Rudd's words ("... like WhatsApp ...," she said)
            party = _responding(question)
            if party:
                # a pronoun may be them, unless the passage speaks of them by name elsewhere
                who = re.escape(party) + ("" if re.search(rf"\b{re.escape(party)}\b", passage, re.I)
                                          else r"|he|she|it|they")
                told = [m for m in told if not _SPEECH.fullmatch(m.group(0)) or re.search(
                    rf"\b(?:{who}|company|firm|spokes\w*)\b(?:\s+\w+){{0,4}}\s*$",
                    passage[max(0, m.start() - 50):m.start()], re.I)]
        if name == "weapon":
            # "What kind of knife ...?" asks more than that a stabbing took place; "What weapon did
            # police use to shoot him?" is not told by "shot dead"
            # of a question naming the act ("to stab the officer") only a weapon's name tells
            acts_named = any(w in _ACT_WORDS for w in named)
            told = [m for m in told if not _ACT.fullmatch(m.group(0)) or not acts_named
                    and re.search(r"\bweapons?\b", trigger.group(0), re.I)]
        if name == "frequency":
            # a count of what the question names tells how often too: "three ACL tears" answers
            # "How many times had Davis torn his ACL?" ("four people" answers no "How many times
            # did he stab the officer?")
            words = [re.escape(w) for w in named if len(w) > 2 and w not in _ASKING_WORDS | _FREQUENCY_WORDS]
            if words:
                told += list(re.finditer(rf"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                                         rf"(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(words)})\w*", passage, re.I))
        if name == "kind" and not _tells_kind(trigger.group(0).split()[-1], passage, named, instead):
            told = []
        if name in ("age", "job"):
            told = [m for m in told if _of_subject(question, passage, m, name)]
        if name == "others":
            # a name the question does not use, listed beside one it does ("WhatsApp, Telegram and
            # Signal") or after words that list ("such as Telegram"); "Britain's Home Secretary"
            # lists nothing
            names = re.findall(r"\b(?:besides|apart\s+from|other\s+than|aside\s+from)\s+((?-i:[A-Z])[\w'’-]*)", question, re.I)
            lead = "|".join([re.escape(n) for n in names] + [r"such\s+as", r"including", r"like", r"named", r"as\s+well\s+as"])
            asked = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
            told = [m for m in told if m.group(0).lower() not in asked and not re.search(r"['’]s$", m.group(0))
                    and m.group(0).lower() not in CALENDAR_WORDS
                    and re.search(rf"(?:{lead})\W+(?:[\w'’-]+\W+){{0,3}}$", passage[max(0, m.start() - 60):m.start()])]
        if not told:
            return name
    return None


# the words before a noun that are no kind of it, and no word of a question's own
_FUNCTION_WORDS = frozenset("a an the his her their its this that these those of and or such same other any some what "
                            "which our your my to in on at by for with from as into like is was are were be".split())


def _tells_kind(thing: str, passage: str, named: set[str], instead: bool = False) -> bool:
    """Whether ``passage`` may give a kind of ``thing`` (a noun asked "what kind of ...?"). It
    gives none when it speaks of the thing only as an adjective ("encrypted messaging services",
    asked "What type of encryption?") or only beside the question's own words ("a rented car",
    asked "What kind of car did he rent?"). A word of its own before it ("end-to-end
    encryption", "Structural geologists"), a word it ends ("an iPhone" of a phone), or the thing
    named bare ("The economy of Victoria is highly diversified") may give one. A passage that
    never names it may name the kind by another word ("car" for "vehicle"), unless ``instead``."""
    noun = re.escape(thing.lower().rstrip("s") if len(thing) > 3 else thing.lower())
    asked = [w.lower() for w in named if len(w) >= 3 and w.lower() not in _FUNCTION_WORDS]
    mentions = list(re.finditer(rf"(?:\b([\w'’-]+)\s+)?\b(\w*?){noun}(?:s|es)?\b", passage, re.I))
    for m in mentions:
        before = (m.group(1) or "").lower()
        own = before not in _FUNCTION_WORDS and any(before.startswith(w) or w.startswith(before) for w in asked)
        if m.group(2) or not own:
            # a word of its own, a compound, or none beside it (the passage may say more of it)
            return True
    if mentions:
        return False     # only beside the question's own words
    # (only a long word's stem: "encrypted" of "encryption"; "car" has none worth matching)
    stem = noun[:max(5, len(noun) - 4)] if len(noun) >= 7 else None
    derived = stem and re.search(rf"\b{stem}\w*", passage, re.I)
    return not derived and not instead


# what happened to someone, and how a person's part in a story ends
_HAPPENED_TO = re.compile(r"\bhappen\w*\s+to\s+(?:him|her|them|the\s+\w+|(?-i:[A-Z])\w+)", re.I)
_A_PERSONS_END = re.compile(r"\b(?:dead|died|dies|killed|shot|arrested|jailed|imprisoned|convicted|sentenced|charged|"
                            r"released|freed|acquitted|fled|escaped|detained)\b", re.I)
# an arrest asked of one person, and of others, of many or before the events reported
_ONE_ARRESTED = re.compile(r"\barrested\s+or\s+(?:killed|shot|dead)\b|\b(?:killed|shot|dead)\s+or\s+arrested\b"
                           r"|\b(?:he|she)\s+(?:is|was|get|got|be)\s+arrest\b"
                           r"|\barrest(?:ed)?\s+(?:him|her|the\s+(?:\w+\s+)?(?:attacker|suspect|gunman|killer|assailant|man|driver|"
                           r"terrorist))\b|\b(?:he|she|him|[A-Z][\w'’-]+|the\s+(?:\w+\s+)?(?:attacker|suspect|"
                           r"gunman|killer|assailant|man|driver|terrorist))\s+(?:\w+\s+)?arrested\b")
_OTHERS_ARRESTED = re.compile(r"\bhow\s+many\b|\b(?:anyone|anybody|someone|others?|else|people|members|arrests|"
                              r"before|previously|earlier|ever|past|prior|times)\b", re.I)
_SPEECH = re.compile(r"said|says|say|told|tell\w*", re.I)
# the words asking how often, which are no thing counted
_FREQUENCY_WORDS = frozenset("how many times time often shots rounds had has have did does".split())


# who gave the response asked ("any response from WhatsApp", "anyone from Apple")
_RESPONSE_FROM = re.compile(r"\b(?:respon[sd]\w*|repl(?:y|ies)|reactions?|statements?|comments?|words?|anything|anyone|"
                            r"anybody|someone|somebody)\s+from\s+(?:the\s+)?((?-i:[A-Z])[\w'’-]*)", re.I)


def _responding(question: str) -> str | None:
    """Whose response a question asks: a name after "a response from" ("Is there any response
    from WhatsApp to Rudd's demands?"), else its first name not after "to" or "from" ("WhatsApp"
    in "Has WhatsApp said anything back to Rudd?"), else None."""
    source = _RESPONSE_FROM.search(question)
    if source:
        return re.sub(r"['’]s$", "", source.group(1))
    for m in re.finditer(r"(?<![.?!]\s)\b(?-i:[A-Z][\w'’-]*)", question):
        word = re.sub(r"['’]s$", "", m.group(0))
        if m.start() == 0 and word.lower() in _ASKING_WORDS | {"has", "have", "had", "what", "how"}:
            continue
        if not re.search(r"\b(?:to|from)\s+$", question[:m.start()], re.I):
            return word
    return None


# the acts that tell a weapon, and the words of a question naming one
_ACT = re.compile(r"stab\w*|shot|shoot\w*|gunned|rammed|ramming|drove|driving|ran\s+over|car|vehicle|van|truck|lorry", re.I)
_ACT_WORDS = frozenset("stab stabs stabbed stabbing stabbings shot shoot shoots shooting shootings gunned "
                       "drove drive drives driving ram rammed ramming".split())


# whose age or job the question asks: a name it gives ("How old is Amber Rudd?", "What was Masood's
# job?", "What does Rudd do for a living?")
_SUBJECT = re.compile(r"^\s*(?i:how\s+old\s+(?:is|was|were|are|would|will)|what\s+(?:does|did|do)|where\s+(?:does|did|do))"
                      r"\s+(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
                      r"|^\s*(?i:(?:what|which)\s+(?:\w+\s+)?(?:profession|job|occupation|career|trade)\s+(?:was|is|did|does|had|has))"
                      r"\s+(?P<c>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
                      r"|^\s*(?i:how\s+old)\s+(?P<e>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?i:is|was)\b"
                      r"|\b(?P<b>[A-Z][\w'’-]*)['’]s\s+(?:\w+\s+)?(?i:age|job|occupation|profession|career)\b"
                      # typed as into a search box: "Amber Rudd job"
                      r"|^\s*(?!(?i:what|who|which|how|where|when|why|whose)\b)"
                      r"(?P<d>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?i:age|job|occupation|profession|career)(?:\s+(?i:title))?\s*\??\s*$")


# an age or a job asked of a pronoun ("her job"), and the names a question gives before it
_PRONOUN_ASKED = re.compile(r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:age|job|occupation|profession|career)\b", re.I)
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_ASKING_WORDS = frozenset("who whom whose what which when where why how is was are were did does do and but so "
                          "the a an i".split())


# whose age, asked by description: "How old was the officer ...?"
_DESCRIBED_AGE = re.compile(r"^\s*how\s+old\s+(?:is|was|were|are)\s+the\s+(?:[\w-]+\s+){0,2}?([a-z]+)\b(?=\s+(?:he|she|they|who|that|when|at|in|on)\b|\s*[?,.]|\s*$)", re.I)


def _of_subject(question: str, passage: str, told: re.Match, event: str) -> bool:
    """True when the age or job ``told`` is that of the person the question names: beside the
    name ("Khalid Masood, 52,", "Home Secretary Amber Rudd"); "Khalid Masood, 52," tells no age
    of Amber Rudd. Asked of nobody named ("How old was the attacker?"), any age answers, and a
    job only in words of work ("worked as"), as a post's word describes someone unknown."""
    m = _SUBJECT.search(question)
    named = m and (m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e"))
    if not m:
        # "Who is Amber Rudd? What is her job?": whom "her" is, named before it; "What job title
        # does the article give Amber Rudd?": the one person named
        mine = _PRONOUN_ASKED.search(question)
        before = [n for n in _NAME.findall(question[:mine.start()]) if n.split()[0].lower() not in _ASKING_WORDS] if mine else []
        named = before[-1] if before else None
        if not mine and event == "job":
            # (a full name: "the Westminster attacker" names a place, not whose job)
            people = {n for n in _NAME.findall(question[1:]) if len(n.split()) >= 2
                      and n.split()[0].lower() not in _ASKING_WORDS}
            named = people.pop() if len(people) == 1 else None
    if not named:
        if event == "age":
            # "How old was the officer he stabbed?" of a passage speaking of the officer: the age
            # given beside him ("Khalid Masood, 52, ... a police officer" gives Masood's)
            noun = _DESCRIBED_AGE.search(question)
            if noun and re.search(rf"\b{noun.group(1)}s?\b", passage, re.I):
                return any(abs(x.start() - told.start()) <= 40 for x in re.finditer(rf"\b{noun.group(1)}s?\b", passage, re.I))
            return True
        return not re.fullmatch(_ROLE, told.group(0), re.I)
    last = re.escape(named.split()[-1])
    near = passage[max(0, told.start() - 40):told.end() + 40]
    return bool(re.search(rf"\b{last}\b", near))
_COUNTED = re.compile(r"^\s*how\s+many\s+(?P<noun>(?:[\w-]+\s+){0,3}?[\w-]+?)s?\s+"
                      r"(?:are|were|is|was|did|do|does|have|has|had|will|would|can|could)\b", re.I)


def counts_what_is_asked(question: str, passage: str) -> bool:
    """For "How many people were injured?": True when ``passage`` puts an amount before the thing
    counted ("Eleven people were taken to hospital"), not merely some number ("Khalid Masood,
    52"); True for questions counting nothing named."""
    m = _COUNTED.match(question)
    if not m:
        return True
    noun = m.group("noun").split()[-1]
    amount = EVENTS["amount"][1].pattern
    return bool(re.search(rf"{amount}\W+(?:[\w-]+\W+){{0,3}}?{re.escape(noun)}", passage, re.I))


_HOW_MANY = re.compile(r"^\s*how\s+(?:many|much)\b", re.I)


def asks_count(question: str) -> bool:
    """Whether ``question`` asks "How many ...?" or "How much ...?"."""
    return bool(_HOW_MANY.match(question))


def counts_of_something_else(question: str, paragraph: str, names: list[str]) -> bool:
    """For "How many died in the San Bernardino shooting?": True when the question's ``names``
    (its capitalised words, lower case) are all absent from the ``paragraph`` of the count
    ("Khalid Masood, 52, drove ..., killing three people" counts the dead of another attack).
    One name is enough ("Sklodowska-Curie Institute" of "the institute's 700 beds"); a question
    naming nothing, or no count, is never of something else."""
    if not names or not asks_count(question):
        return False
    low = paragraph.lower()
    return not any(re.search(rf"\b{re.escape(name)}", low) for name in names)
