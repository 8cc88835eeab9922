"""Who said what: speakers (people, unnamed sources, organisations) and their statements.

News text attributes speech in a few fixed shapes, read here from a lexicon of speech verbs
(resources/speech_verbs.txt) and the subject standing before the verb:
  reported   `ROLE NAME (在…时/对…记者/6日) VERB，…` + the rest of the sentence, and on to the
             end of the paragraph while no new attribution or quotation starts; `VERB` with no
             comma after a named speaker (`某某集团宣布调整…`); `在X看来，…`; `据X介绍，…`
  direct     `“…”ROLE NAME 说。`, `X表示：“…”`, a transcript line (`职务　姓名` and the
             paragraphs under it, `姓名：…`), and a quotation that follows a statement of the same
             speaker with no attribution of its own (also inside it: `X表示，…，“…”`).
The subject is split into role and name at the end of the last job title or organisation
(`协会会长|王某`). A name is a Han surname and one or two characters, a compound or Japanese
surname and more, a foreign name with dots, a name printed after a title, or one the article
has already named. 他/她 and a bare title (总理, 该负责人) speak for the nearest person before
them who fits. Reporters, bylines and outlets are never speakers; data (`数据显示`) is no speech.

Every step looks at a bounded window around a verb or a quotation, and positions are found by
binary search, so the time grows linearly with the text, however long one paragraph is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import deque
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core.han import is_han as _is_han
from desktop.core.lexicon import (
    DUTY_WORDS,
    EVERYDAY_TITLES,
    FAMILY_TITLES,
    HAN,
    JAPANESE_SURNAMES,
    KNOWN_ORGANISATIONS,
    NAME_DOTS,
    SURNAMES,
    TITLES,
    TITLES_RE,
    alternation,
    ends_with_title,
    has_org_ending,
    is_outlet,
    load_sections,
    name_shaped,
    opens_with_outlet_ending,
    org_ending_length,
    speaker_line,
    to_simplified,
)
from desktop.core.segment import tokenizer

_SENT_END = "。！？!?"
# (a bracketed lead-in over a paragraph, `【…】`, is a clause of its own)
_CLAUSE_BREAK = "。！？!?；;，,：:\n【】"
# how often a title and the character after it are one word (代表团, 董事会) where no name follows
_TITLE_IN_WORD = 40
_OPENERS = "“「『"
_CLOSERS = "”」』"
_QUOTES = {"“": "”", "「": "」", "『": "』"}
_PRONOUN_REACH = 400  # how far back 他/她 may find the person it means, in characters
_WINDOW = 80  # the longest subject clause looked at before a verb (roles run to ~45 characters)

_LEX = load_sections("speech_verbs.txt")
_BARE = frozenset(_LEX["bare"])
_BARE_ORG = frozenset(_LEX["bare_org"])
_BARE_SHORT = frozenset(_LEX["bare_short"])
# a clause that ends in what its subject did to say it, before 称 (回复称, 公告称, 回应股民称)
_SAID_BEFORE = re.compile(
    r"^(?P<who>[^，,]{2,30}?)(?:即|随即|则|也|还|当天|当晚|随后)?(?:通过[^，,]{2,14})?"
    r"(?:回复|回应|答复|公告|宣布|披露|发文|发布公告|发布声明|发表声明)(?:[^，,]{1,4})?$"
)
_TOLD = frozenset(("记者", "对方", "大家", "众人", "观众", "听众"))
_BARE_ANONYMOUS = frozenset(("认为", "预计", "预测", "估计", "判断", "相信"))
_OBJECT = frozenset(_LEX["object"])
_DOCUMENTS = frozenset(to_simplified(w) for w in _LEX["document"])
_CHANNELS = frozenset(_LEX["channel"])
_CHANNEL_WORDS = tuple(sorted(_CHANNELS))
_SAY = alternation(set(_LEX["say"]) | _BARE | _OBJECT)
_MANNER = alternation(_LEX["manner"])
# who is told: `告诉本报`, `告诉《每日经济新闻》记者`, `告诉21世纪经济报道记者`
_RECIPIENT = (
    rf"(?:本报记者|本报|本刊|本台|记者|笔者|媒体|《[^》\n]{{1,20}}》(?:记者)?"
    rf"|[A-Za-z\d{HAN}]{{2,14}}(?:记者|日报|时报|周刊|新闻|网|社|台)"
    # the paper itself, named whole: `告诉21世纪经济报道，`, `告诉经济观察报：`
    rf"|[A-Za-z\d{HAN}]{{2,14}}(?:报道|报)(?=[，,：:“]|说|称|表示)"
    # a person told, right before the comma: `王某告诉夏某，…`, `他告诉我们：…`
    rf"|[{HAN}]{{1,4}}(?=[，,：:]))"
)
_VERB_RE = re.compile(
    rf"(?P<manner>(?:{_MANNER})(?:并|后|时)?)?(?P<verb>告诉{_RECIPIENT}(?:说|称|表示)?|{_SAY})道?"
)
_NOT_SPEECH = re.compile(alternation(_LEX["not_speech"]))

# the day of the week news gives for when someone spoke (拜登周二表示), where no name goes on
# (董事长周一鸣)
_WEEKDAY = (
    r"(?:周|星期|礼拜)[一二三四五六日天]"
    r"(?=$|[在于对向就也还则又再曾已都均亦早晚上下，,（(]|接受|发表|举行|出席|召开)"
)
_ADVERBIAL = re.compile(
    r"^(?:$|在|于|近日|日前|此前|昨日|昨天|昨|今天|今日|今年|去年|今晨|昨晚|当天|当日|对|向|就|接受|受访|闻言|见状|听罢|回答|答|也|还|则|却|便|更|曾|又|都|已|"
    r"只是|只|当庭|当场|当面|稍早前|稍早|稍后|迅速|火速|立即|第一时间|紧急|主动|亲自|特意|再度|一度|[今昨]\s*[（(]\d{1,2}[）)]日|同一天|同日|当晚|当地时间|再次|多次|一再|反复|进一步|明确|同时|坦率|不约而同|均|亦|首先|最后|随后|公开|特别|专门|通过|针对|"
    r"围绕|结合|早前|早些时候|上周|本周|上月|本月|近期|最近|如是|如此|撰文|发文|致函|日|\d{1,2}月|\d{1,2}日|"
    # how often, how long or how lately they said it (某某始终强调, 他不止一次公开表示, 刚刚,
    # 某某第二天在…时表示)
    r"始终|一直|一贯|一向|向来|历来|不止一次|屡次|屡屡|再三|多番|曾经|私下|刚刚|"
    r"第二天|次日|翌日|隔天|前一天|"
    # the day as speech gives it (某某2号在安理会发言时指出)
    r"\d{1,2}号(?=在|于|对|向|就|也|还|又|表示|指出|说|称|，|,)|"
    r"[一二三四五六七八九十]{1,3}日|上午|下午|晚间|会上|会后|现场|随即|接着|继续|据此|为此|对此|直接|"
    rf"先后|分别|共同|一同|等人|等|[（(]|赛后|赛前|事后|会前|{_WEEKDAY})"
)
_STRONG_ADVERBIAL = re.compile(
    rf"^(?:$|在|于|近日|日前|此前|昨|对|向|就|接受|受访|闻言|回答|\d{{1,2}}月|\d{{1,2}}日|{_WEEKDAY}"
    r"|[今昨]\s*[（(]\d{1,2}[）)]日)"
)
# when it was said, where a name's last character could start it (稍早, 日前)
_STRONG_WHEN = re.compile(r"^(?:稍早|稍后|日前|近日|昨日|今日|当天|当日|同日)")
# a manner may be printed in quotation marks (“洋洋得意”地宣布)
_MANNER_TAIL = re.compile(f"^[“「]?[{HAN}]{{1,4}}[”」]?[地着著]$")
# after a name, a manner may run longer (叶某一脸笑容地说)
_LONG_MANNER = re.compile(f"^[“「]?[{HAN}]{{1,6}}[”」]?[地着著]$")  # 不无得意地说, 笑着说, 緊接著說
# when, after the name: 致词时指出, 受访时也表示
_WHEN_TAIL = re.compile(f"^[{HAN}]{{1,6}}时(?:也|还|则|又|亦|均)?$")
_LEADING_CONNECTIVE = re.compile(
    r"^(?:而且|而|但是|但|并且|并|同时|此外|另外|对此|其中|随后|然后|此前|因此|所以|不过|另|还有|与此同时|"
    r"正如|诚如|就像|如同)"
)
_ANONYMOUS_NOUN = (
    r"(?:分析人士|业内人士|知情人士|观察人士|消息人士|市场人士|投行人士|官方人士|权威人士|人士|"
    r"专家学者|专家|学者|与会专家|与会者|网友|受访者|受访人士|投资者|分析师|消费者|从业者|居民|"
    r"市民|村民|研究人员|业内专家|官员|中层官员|干部|中层干部|高层|高管|员工|工作人员|负责人|"
    r"代表|业主|股民|基民|商户|商家|经销商|人员|义工|志愿者|游客|乘客|旅客|家长|患者|青年|大学生|学生|店主|摊主|司机|农民|工人|主人|球迷)"
)
_ANONYMOUS_NOUN_RE = re.compile(_ANONYMOUS_NOUN)
_ANONYMOUS = re.compile(
    rf"^(?P<name>有?(?:不少|许多|一些|多位|部分|多名|个别|很多|诸多|众多|有关|相关|大多数|多数|一位|一名|"
    rf"某位|某|几位|两位|数位|多家)?(?:业内|业界|市场|专业|官方|相关部委|相关部门)?{_ANONYMOUS_NOUN})"
)
_KNOWN_ORGANISATION = re.compile(alternation(KNOWN_ORGANISATIONS))
_GLOSS = re.compile(f"[（(][{HAN}]{{1,6}}[）)]")
# unnamed sources that are many people: 他/她 cannot mean them
_PLURAL_SOURCE = re.compile(
    r"^有?(?:不少|许多|一些|多位|部分|多名|很多|诸多|众多|大多数|多数|几位|两位|数位|多家)"
)
# an organisation and one unnamed person of it: 某某重工一位高层, 浙江一家家电企业负责人
_MEMBER_OF = re.compile(
    rf"^(?P<name>.{{0,20}}?(?:一位|一名|某位|多位|几位|两位|的|某)[{HAN}]{{0,6}}?{_ANONYMOUS_NOUN})"
)
# sentences that open in the reporter's voice: a reported statement does not run on into them
_NARRATION = re.compile(
    r"^(?:值得注意的是|值得一提的是|值得关注的是|与之类似|另据|记者|(?:公开)?(?:资料|数据|公告|统计)显示|"
    r"截至|截止"
    # a sentence that opens with the day it tells of: `5月29日，深交所对公司下发关注函`
    r"|\d{1,2}月\d{1,2}日(?:上午|下午|晚间|晚)?[，,])"
)
# an organisation and its people with no name (有上市公司高管, 中信银行人士)
_ANONYMOUS_TAIL = re.compile(rf"^(?P<name>有?[{HAN}A-Za-z]{{2,16}}?{_ANONYMOUS_NOUN})")
_REPORTER = re.compile(r"^(?:本报|本台|本刊|本网)?(?:特约|见习|首席)?(?:记者|笔者|小编|编者)")
# what calls a person a woman or a man, after the surname (张女士, 陈阿姨; 王先生, 李大爷)
_FEMALE_TERMS = ("女士", "小姐", "太太", "夫人", "阿姨", "大妈", "大婶", "大姐", "奶奶", "阿婆")
_MALE_TERMS = ("先生", "大爷", "大叔", "大哥", "爷爷", "阿伯")
# what people are called by with their surname (陈阿姨, 王大爷, 李师傅)
_ADDRESS_TERMS = frozenset(
    ("阿姨", "大爷", "大妈", "大叔", "大婶", "师傅", "大姐", "大哥", "奶奶", "爷爷", "阿婆", "阿伯")
)
# 老人 stands for the old person the article is about, as 他 does (老人告诉记者，…)
_PRONOUN = re.compile(r"^(?:他|她|其|(?:这位|该名|该)?(?:老人家|老人|老者))(?!们)")
# a short adverbial of where or when before 他/她 with no comma (演讲中他表示, 会上她指出)
_PRONOUN_AFTER = re.compile(rf"^[{HAN}]{{1,4}}(?:中|上|时|后|里)(?=[他她](?!们))")
# who the subject of a sentence's first clause may be, to speak in a later clause of its own
_OPENING_KINDS = ("person", "organization", "pronoun")
# what may follow a name that opens a sentence's first clause, when no verb of saying does
_AFTER_OPENING_NAME = frozenset("就在于对向也还又曾已将")
# a passive's agent at the end of a subject clause (…被网友爆料), not 被告, 被害人, 被迫
_PASSIVE = re.compile(
    r"被(?!告|害|访|调查|执行|保险|申请|迫|动|选|称|认为|指)(?P<agent>[^，,被]{2,12})$"
)
# a name and its spelling in Latin letters after it (克里（John Kerry）)
_LATIN_GLOSS = re.compile(
    rf"(?P<name>[{HAN}]{{2,6}}(?:[{NAME_DOTS}][{HAN}]{{1,8}})*)"
    r"\s*[（(][A-Z][A-Za-z.'’ -]{1,40}[）)]"
)
# after a name, when and the partner it met (`3月2日当天在与…`), whose name follows
_MEETING_PARTNER = re.compile(
    r"(?:\d{1,2}月\d{1,2}日|\d{1,2}日|当天|当日|今天|昨天|日前|近日|晚间|上午|下午|稍早)*"
    r"(?:在|于)(?:与|同|和|跟)"
)
# a connective that is a clause of its own at a sentence's start (不过，他…)
_CONNECTIVE_CLAUSE = re.compile(
    r"(?:不过|但是|然而|可是|此外|另外|同时|与此同时|对此|其后|随后|事实上|其实|当然"
    # or when, as a clause of its own (上个月，某某…)
    r"|上个月|上月|上周|日前|近日|昨天|昨日|今天|今日|此前|当天|当日|近年来|目前"
    # or whence the writer knows it (据台媒报道，某某…)
    r"|据[^，,。]{0,12}(?:报道|消息|了解|悉))[，,]"
)
# a clause with no subject of its own (`张三也予以否认，并称：…`): the sentence's subject speaks
_NO_SUBJECT = re.compile(
    r"^(?:也|还|则|又|并|同时|随后|进而|另外|此外|更|曾|均|亦|都|再次|多次|多番|一再|反复|"
    r"进一步|随即|接着|只|仅|特别|明确|首先|最后|当时|后来|然后|早前)*$"
)
_REFERRING = re.compile(r"^(?:该|这位|这名|此位|该名|上述|前述|这些|那位)")
_ORG_REFERENCE = re.compile(
    r"^(?:该|这家|此|这个)?(?:公司|集团|企业|机构|银行|行|所|部门|单位)(?:方面)?$"
    # what a body published, named again (该消息称, 上述通报指出): the body that published it
    r"|^(?:该|此|上述)(?:消息|通报|通告|声明|公告)$"
)
# parts joined by a dot; an Arabic name may join two of them by a hyphen (阿卜杜勒-阿齐兹·沙巴尼)
_FOREIGN_NAME = re.compile(
    f"[{HAN}]{{1,8}}(?:[-－][{HAN}]{{1,8}})*(?:[{NAME_DOTS}][{HAN}]{{1,8}}(?:[-－][{HAN}]{{1,8}})*)+"
)
_LATIN_NAME = re.compile(
    r"(?<![A-Za-z])[A-Z][A-Za-z'’-]*[a-z](?: [A-Z][A-Za-z'’-]*[a-z]){0,3}(?![A-Za-z])"
)
_DATA_NOUN = re.compile(
    r"(?:的)?(?:相关|最新|初步|公开|统计|监测|调查)?(?:监测|统计|调查|研究|测算)?"
    r"(?:数据|结果|报告|资料|信息|消息|公告|通报|统计|调查|研究|测算|分析|情况|显示)$"
)
_GENERIC = frozenset(
    [
        "数据",
        "公开信息",
        "公开资料",
        "资料",
        "消息",
        "信息",
        "统计",
        "调查",
        "研究",
        "报告",
        "分析",
        "市场",
        "机构",
        "业界",
        "舆论",
        "外界",
        "有关方面",
        "各方",
        "官方",
        "方面",
        "结果",
        "情况",
        "通知",
        "文件",
        "公告",
        "规划",
        "方案",
        "意见",
        "会议",
        "会上",
    ]
)
_ORG_TAIL = re.compile(
    rf"(?:方面|官方|稍早前|稍早|稍后|迅速|火速|立即|随即|第一时间|紧急|很快|近日|日前|此前|也|还|则|均|都|已|曾|又|初步|正式|同时|再次|进一步|今天|昨日|当天|当日|同日|同一天|当晚|会后|会前|赛后|赛前|事后|"
    rf"\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}日|{_WEEKDAY})+$"
)
# a date or time word opening the subject: when it was said, not part of the name
_LEADING_DATE = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年(?:\d{1,2}月)?|\d{1,2}日|近日|日前|此前|今天|昨天|"
    r"今日|昨日|当天|当日)(?:上午|下午|晚间|晚)?"
)
# the endings of companies' names (resources/org_suffixes.txt): what stands before one is a name
# the text may use alone (某某家居 … 某某称)
_ORG_CONTEXT = re.compile(
    alternation([*load_sections("org_suffixes.txt")["business"], "方面", "官方"])
)
_QUESTION = re.compile(
    rf"^[【\[〔]?(?:(?:记者|问|本报|[A-Z]{{2,5}}|[QＱ]\d{{0,2}}|《[^》]{{1,20}}》"
    rf"|[{HAN}A-Za-z]{{0,16}}(?:记者|报|网|新闻))[】\]〕]?\s*[:：]|[QＱ]\d{{0,2}}\s*$)"
)
# an interviewer's question set off by a dash or a bullet (`-您怎么看？`, `●去过平壤吗？`)
# a clause that opens with a preposition has no subject in it (在某某带领下, 据某某, 与某某)
_NOT_SUBJECT_LEAD = (
    r"^(?:在|由|据|对|向|和|与|跟|同|随|被|让|给|请|经|为|将|把|从|自|受|应|陪同|跟随|经过)"
)
_ASKING = re.compile(r"^(?:有|一位|一名)?[^，,。；;]{0,12}?记者(?:追|提|发|反)?$")
# a paragraph that holds a reporter's question: `“…？”一位记者问道。`, `记者追问：“…？”`
_ASKS = re.compile(
    r"[？?…]”[^“”]{0,30}?(?:记者|主持人)[^“”，,]{0,12}?(?:问|发问|提问|追问)"
    r"|(?:记者|主持人)[^“”，,]{0,12}?(?:问|追问|问道)[：:]“[^”]*[？?…]”"
)
# the reporter asking, right before the quoted question (当被记者问道“…？”)
_ASKED_BEFORE = re.compile(r"(?:记者|主持人)[^“”，,。]{0,8}?(?:问|问道|追问|提问|发问)$")
# a sentence after a quotation that says someone heard, read or saw the words
_HEARS = re.compile(r"听|看到|读到|读了|印象|想起|感动|写着|贴着|挂着|标语|印着|记得")
# after a quotation, its sentence gives it to someone asking (`另一位记者马上向他这样发问`)
_ASKED_AFTER = re.compile(
    r"^[^。！？!?“”]{0,30}?(?:记者|主持人|提问者|网友|观众|听众|有人)[^。！？!?“”，,]{0,12}?"
    r"(?:问|发问|提问|追问|问道)"
)
_BULLET_QUESTION = re.compile(r"^[-－—–●■◆▲•]+\s*\S.*[？?]$")
# a short quotation with no sentence in it, run on by the words after it: a name or a term
_TERM_QUOTE = re.compile(
    rf"[“「『][^“”「」『』\n。！？!?，,；;]{{1,20}}[”」』](?=[{HAN}A-Za-z0-9])"
)
_NOUN_AFTER_VERB = set("师员家者书稿")
_FORECAST = frozenset(("预计", "预测", "估计", "预期"))
_OBJECT_OF = {
    "予以",
    "加以",
    "进行",
    "作出",
    "做出",
    "给予",
    "得到",
    "受到",
    "引发",
    "没有",
}  # 予以否认: no speech
_ROLE_LEAD = re.compile(
    r"^(?:按照|根据|据|在|对于|由|与|和|同|跟|经|向|给|让|被|把|从|是|为|即|系|其中|包括)+"
)
# where a role printed before a name starts at the latest: after what was done to the person
_ROLE_AFTER = re.compile(
    r".*(?:致电|采访|联系|拨通|会见|会晤|约见|专访|问及|询问|对|向|与|和|给|(?<!主)任|担任|作为|据|被|"
    r"出席|参加|陪同|率领|邀请|看望|慰问|接见|主持|宴请|悼念|祝贺|致函)(?:到|了)?"
)
# nor before a clause that describes the person (将满85岁的…主席) or joins two (…联同…局长)
_ROLE_DESCRIBED = re.compile(r".*(?:的|是|联同|偕同|连同)")


def _trimmed_role(role: str) -> str:
    """The title part of a role printed with a description before it, where one is left; in
    a list of people (`财政部部长蓝佛安、商务部部长王文涛`) the part after the last person."""
    head, sep, last = role.rpartition("、")
    if sep and ends_with_title(last) and _ends_with_person(head):
        role = last
    trimmed = _ROLE_DESCRIBED.sub("", role)
    return trimmed if trimmed != role and ends_with_title(trimmed) else role


def _ends_with_person(text: str) -> bool:
    """Does this end in a title and a name (`财政部部长蓝佛安`)?"""
    return any(
        len(text) >= n and name_shaped(text[-n:]) and (len(text) == n or ends_with_title(text[:-n]))
        for n in (2, 3)
    )


_SURNAME_FIRSTS = frozenset(s[0] for s in SURNAMES | JAPANESE_SURNAMES)
# titles a reference by title alone (`总理说`) can mean one person by; not those many share
_SHARED_TITLES = frozenset(
    [
        "专家",
        "学者",
        "分析师",
        "经济学家",
        "研究员",
        "律师",
        "医生",
        "老师",
        "代表",
        "委员",
        "成员",
        "顾问",
        "教授",
        "工程师",
        "记者",
        "学者",
        "作家",
        "演员",
        "导演",
        "运动员",
        "议员",
        "官员",
        "员工",
        "主管",
        "高管",
        "首席",
        "博士",
        "作者",
        "市民",
        "居民",
        "村民",
        "业主",
        "股民",
        "网友",
        "司机",
        "店主",
        "老板",
        "店员",
        "摊主",
        "车主",
        "家长",
        "学生",
        "游客",
        "患者",
        "职工",
    ]
)
# what news prints after a surname for someone it does not name in full (王女士, 张某)
_COURTESY = ("先生", "女士", "小姐", "老师", "师傅", "阿姨", "大爷", "某某", "某")
_BAD_GIVEN = set("的了在是和与及等对将也还都而从被把为以于就说表示认指称据这那其之者们则却便曾")
# nor in a name printed after a title without a surname we know (主任会上表示 names nobody)
_BAD_IN_BARE_NAME = _BAD_GIVEN | set("会上时中后前内外称道")
# function words that real given names also use as their first character (郭于玮, 文在寅)
_FUNCTION_IN_GIVEN = frozenset("于在与")


@dataclass
class _Speaker:
    name: str
    kind: str
    role: str = ""
    mentions: list[list[int]] = field(default_factory=list)


@dataclass
class Speakers:
    speakers: list[dict[str, Any]]
    statements: list[dict[str, Any]]


@dataclass
class _Subject:
    """Who a clause names: a speaker, or a reference (他, 总理, 该公司) resolved at the end."""

    name: str
    kind: (
        str  # person, anonymous, organization; or references: pronoun, role, unnamed, org-ref, zero
    )
    role: str = ""
    at: int | None = None  # where the name stands in the text
    title: str = ""  # of a role reference: the title it names (总理)
    shown: int | None = None  # how long the name is where it stands, when printed shorter (艾伦)


@dataclass
class _Event:
    """A speech verb with its subject clause."""

    verb_start: int
    verb_end: int
    subject_start: int
    subject: _Subject | None
    verb: str
    direct: bool = False  # its content is a quotation, taken as direct speech


@dataclass
class _Found:
    start: int
    end: int
    speaker: _Subject
    direct: bool
    said_at: int  # where the attribution starts: a later statement's attribution ends this one


def find_speakers(text: str, byline: Iterable[str] = (), title: str | None = None) -> Speakers:
    """Speakers and statements of one article's text (paragraphs separated by "\\n"); a person
    its headline names with a title (`外交部发言人某某：…`) is one the text may mean by 她 or 答."""
    text = _curly_quotes(text)
    folded = to_simplified(text)
    heading = to_simplified(title or "")
    if folded == text:
        return _Reader(text, set(byline), heading).read()
    # traditional characters: read the simplified text (the lists and rules are written in it),
    # and give the names and roles back as printed, from where they stand
    found = _Reader(folded, {to_simplified(b) for b in byline}, heading).read()
    printed = {
        n: _as_printed(n, folded, text) for s in found.speakers for n in (s["name"], s["role"]) if n
    }
    for sp in found.speakers:
        sp["name"] = printed[sp["name"]]
        sp["role"] = printed.get(sp["role"], sp["role"])
    for st in found.statements:
        if st["speaker"]:
            st["speaker"] = printed.get(st["speaker"], st["speaker"])
    return found


def _curly_quotes(text: str) -> str:
    """Web pages often print quotations between straight quotes (他说:"…"): where a paragraph
    holds them in pairs, read them as “ and ” (one character each, so every offset stands)."""
    if '"' not in text:
        return text
    lines = []
    for line in text.split("\n"):
        if line.count('"') % 2 == 0:
            parts = line.split('"')
            line = "".join(p + ("“" if i % 2 == 0 else "”") for i, p in enumerate(parts[:-1]))
            line += parts[-1]
        lines.append(line)
    return "\n".join(lines)


def _as_printed(words: str, folded: str, text: str) -> str:
    at = folded.find(words)
    return text[at : at + len(words)] if at >= 0 else words


def apply_corrections(
    speakers: list[dict[str, Any]],
    statements: list[dict[str, Any]],
    corrections: Mapping[tuple[int, int], str | None],
    kinds: Mapping[str, str] | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The reader's corrections of who said what, applied to an article's speakers and statements:
    `{(start, end): speaker}` gives that statement a new speaker (None: nobody); a speaker left
    with no statement goes, a new one is added (`kinds` names its kind, person by default).
    Corrections for statements that are not there (the text changed) are ignored."""
    said = [dict(s) for s in statements]
    for s in said:
        key = (s["start"], s["end"])
        if key in corrections:
            s["speaker"] = corrections[key]
    by_name = {sp["name"]: dict(sp, mentions=[list(m) for m in sp["mentions"]]) for sp in speakers}
    used = {s["speaker"] for s in said if s["speaker"]}
    kept = [
        sp
        for name, sp in by_name.items()
        if name in used or not any(st["speaker"] == name for st in statements)
    ]
    for name in sorted(used - set(by_name)):
        kept.append(
            {"name": name, "kind": (kinds or {}).get(name, "person"), "role": None, "mentions": []}
        )
    return kept, said


class _Reader:
    def __init__(self, text: str, reporters: set[str], title: str = ""):
        self.text = text
        self.title = title
        self.reporters = {r for r in reporters if r} | _reporters_named(text)
        self.speakers: dict[str, _Speaker] = {}
        self.known_people: dict[str, str] = {}  # name -> role, of people an interview line names
        self.known_lengths: list[int] = []
        self.aliases: dict[str, str] = {}  # the last part of a foreign name -> the whole name
        self._shared_terms: set[str] = set()  # address terms two people of the text are called by
        self.name_firsts: frozenset[str] | set[str] = _SURNAME_FIRSTS
        self.freq = tokenizer().FREQ
        # every title the text prints, read once for the people named after one
        self.title_marks = self._titles_in(text)
        self.quotes = _quotations(text)
        self.quote_opens = [o for o, _ in self.quotes]
        self.titles = [(m.start(), m.end()) for m in re.finditer(r"《[^》\n]{0,60}》", text)]
        self.sentence_ends = _sentence_ends(text)
        self.org_stems = _org_stems(text)

    def _titles_in(self, text: str) -> list[re.Match[str]]:
        """The titles a text prints, but not one that starts a longer word (代表|团审议,
        董事|会表示), where no name follows."""
        return [
            m
            for m in TITLES_RE.finditer(text)
            if self.freq.get(m.group(0) + text[m.end() : m.end() + 1], 0) < _TITLE_IN_WORD
        ]

    # --- the pass over the text -------------------------------------------------------------

    def read(self) -> Speakers:
        self._transcript_names()
        self._defined_names()
        self._names_after_titles()
        events = self._events()
        self._seen_as = [
            (m, self._subject(m.group("who"), m.start("who")))
            for m in re.finditer(r"在(?P<who>[^，,。；;“”\n]{1,40}?)看来[，,]", self.text)
        ]
        self._marks = sorted(
            [
                e.subject_start
                for e in events
                if e.subject
                and (
                    self._attributes(e)
                    or (
                        self._opens_sentence(e)
                        and _takes_bare(e, self.text[e.verb_end : e.verb_end + 1])
                    )
                )
            ]
            + [m.start() for m, who in self._seen_as if who]
            # `有记者问，…`: a reporter's question ends the statement before it
            + [
                e.subject_start
                for e in events
                if e.subject is None
                and _ASKING.match(self.text[e.subject_start : e.verb_start])
                and self._attributes(e)
            ]
            # `…，而根据彭博报道，…`: so does an outlet's report cited
            + [
                m.start()
                for m in _OUTLET_CITED.finditer(self.text)
                if is_outlet(m.group("who")) and not self._inside_quote(m.start())
            ]
            # `西班牙媒体认为，…`: an outlet's report is no one's words, and ends the one before
            + [
                e.subject_start
                for e in events
                if e.subject is None
                and self._attributes(e)
                and _outlet_reports(self.text[e.subject_start : e.verb_start])
            ]
        )
        self._stops: list[int] | None = None
        found = self._direct(events)
        found += self._reported(events, found)
        found += self._frames(found)
        found = self._without_overlaps(found)
        found = self._continuing_quotes(found)
        found += self._opening_quotes(found)
        found += self._transcripts(found)
        found.sort(key=lambda f: f.start)
        self._register(found)
        self._mentions()
        found = self._resolve(found)
        speakers = [
            {"name": s.name, "kind": s.kind, "role": s.role or None, "mentions": s.mentions}
            for s in self.speakers.values()
        ]
        statements = [
            {"start": f.start, "end": f.end, "speaker": f.speaker.name, "direct": f.direct}
            for f in found
        ]
        return Speakers(speakers, statements)

    def _opens_sentence(self, event: _Event) -> bool:
        """Does the subject of this verb start a sentence (`她同时预计今年…`), or a clause after
        a semicolon (`…；主任某某也表示国际板…`)?"""
        return self._sentence_start(event.subject_start) == event.subject_start or self.text[
            event.subject_start - 1 : event.subject_start
        ] in ("\n", "", "；", ";")

    def _attributes(self, event: _Event) -> bool:
        """Does this verb end its clause, as an attribution does (`X表示，`, `X说：`, `X说。`)?"""
        after = self._after_verb(event.verb_end)
        return after in ("", "，", ",", "：", ":", "\n") or after in _SENT_END + _OPENERS

    def _after_verb(self, pos: int) -> str:
        """The character after a verb, past spaces before a stop or a comma (`表示 , “…”`: a page
        that sets its commas between spaces)."""
        text = self.text
        after = text[pos : pos + 1]
        if after in (" ", "　"):
            k = pos
            while k < len(text) and text[k] in " 　":
                k += 1
            if text[k : k + 1] in ("，", ",", "：", ":"):
                return text[k]
        return after

    def _inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_opens, pos - 1) - 1
        return i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1]

    def _events(self) -> list[_Event]:
        """Every speech verb outside quotations, with the subject standing before it."""
        text = self.text
        events = []
        for m in _VERB_RE.finditer(text):
            start, end = m.start(), m.end()
            if (
                self._inside_quote(start)
                or _inside(self.titles, start)
                or text[end : end + 1] in _NOUN_AFTER_VERB
                or text[max(0, start - 2) : start] in _OBJECT_OF
            ):
                continue  # words a speaker says are not an attribution; 分析师, 评论员 are people
            window = text[max(0, start - 8) : min(len(text), end + 2)]
            offset = max(0, start - 8)
            verb_start, verb_end = m.start("verb"), m.end("verb")
            if any(
                w.start() + offset < end
                and w.end() + offset > verb_start
                # a longer speech verb holding the word (回答道 holds 回答) is speech
                and not (
                    verb_start <= w.start() + offset
                    and w.end() + offset <= verb_end
                    and verb_end - verb_start > len(w.group())
                )
                for w in _NOT_SPEECH.finditer(window)
                if not self._answers(w.group(), offset + w.end())
            ):
                continue
            clause, clause_start = self._clause_before(start)
            if _TOPIC_OPENING.match(clause.lstrip(" 　")) and _CLAIM_ANSWERED.match(text, end):
                continue  # 对于网友称“…”的说法，: the claim someone answers is not a statement
            blank = len(clause) - len(clause.lstrip(" 　"))
            if clause.strip():
                subject = self._subject(clause, clause_start)
                if (subject is None or subject.kind in ("anonymous", "unnamed")) and (
                    said := _SAID_BEFORE.match(clause)
                ):
                    # `长春高新回复称：`, `公司即公告称，`, `某某通过互动平台回应股民称`: the one
                    # who replied or announced says it (not 股民, whom it replied to)
                    who = self._subject(said.group("who"), clause_start)
                    if who is not None and (
                        subject is None or who.kind not in ("anonymous", "unnamed")
                    ):
                        subject = who
                if subject is not None and subject.kind == "zero":
                    # `崔某来到会场，并表示…`: the sentence's subject, when its first clause
                    # names one, before anyone else the sentence goes on to name
                    opening = self._opening_subject(clause_start)
                    if opening is not None:
                        subject = opening
                manner = text[start : m.start("verb")]
                if subject is None and re.search("公告|回复", manner):
                    # `某某发布公告表示`: the manner holds the filing that names the company
                    subject = self._subject(clause + manner, clause_start)
            elif m.group("verb") in _FORECAST and text[end : end + 1] not in "，,：:“「":
                # `…成为常委，预计将在下月当选`: the writer's forecast about the subject, not
                # something the subject says
                subject = None
            else:
                subject = self._opening_subject(start)
            if subject and subject.kind == "person" and subject.name not in self.known_people:
                self._know(subject.name, subject.role)
            events.append(_Event(start, end, clause_start + blank, subject, m.group("verb")))
        return self._outer_reports(events)

    def _answers(self, word: str, end: int) -> bool:
        """`部长微笑着回答，…`, `他回答：…`: 回答 with what was answered after its comma or
        colon is speech (not `没有回答，`, nor `回答了记者的提问`)."""
        text = self.text
        return (
            word == "回答"
            and text[end : end + 1] in ("，", ",", "：", ":")
            and text[end - 3 : end - 2] not in ("没", "未", "不", "无")
        )

    def _outer_reports(self, events: list[_Event]) -> list[_Event]:
        """`X说，习近平主席曾强调，…`, `X表示，正如Y指出，…`: after a named speaker's `说，` the
        rest of the sentence is what that speaker says; a speech verb inside it reports words the
        speaker cites, and attributes nothing. One pass, in order: linear in the events."""
        out: list[_Event] = []
        outer: _Event | None = None
        for e in events:
            if (
                outer is not None
                and e.subject is not None
                and e.subject_start >= outer.verb_end
                and self._sentence_start(e.subject_start) <= outer.subject_start
                # (`X说，“…。”Y说：`: a quoted sentence that closed before it ends X's words)
                and not re.search(
                    r"[；;]|[。！？!?][”」』]", self.text[outer.verb_end : e.subject_start]
                )
                # `X告诉记者，将推迟…，其政府官员稍早时表示，…`: someone else named after a
                # clause of X's own words reports, and is not cited by X
                and not self._named_after_clause(outer, e)
            ):
                continue
            out.append(e)
            named = e.subject is not None and e.subject.kind in ("person", "organization")
            after = self.text[e.verb_end : e.verb_end + 1]
            outer = e if named and after in ("，", ",") else None
        return out

    def _named_after_clause(self, outer: _Event, e: _Event) -> bool:
        between = self.text[outer.verb_end + 1 : e.subject_start]
        return (
            e.subject is not None
            and e.subject.kind in ("person", "organization", "anonymous")
            and e.subject.name != (outer.subject.name if outer.subject else None)
            and self._attributes(e)
            and bool(re.search(r"[，,]$", between))
            and bool(re.search(f"[{HAN}]{{4}}", between))
            and not re.search(r"(?:正如|就像|诚如|如同|曾|也|还)$", between[:-1])
        )

    def _opening_subject(self, pos: int) -> _Subject | None:
        """Who speaks in a clause after a comma that names no one (`，并表示…`): the subject of
        the sentence's first clause, or else the one person the sentence names after a role
        (`董事长某某来到会场，表示…`)."""
        if self.text[pos - 1 : pos] not in ("，", ","):
            return None
        subject = self._subject_of_sentence(pos)
        if subject is not None and subject.kind in _OPENING_KINDS:
            return subject
        if self._unnamed_opening(self._sentence_start(pos), pos) is not None:
            return None  # `受访者对…持谨慎态度，…，同时强调…`: resolved as a zero subject
        return self._sentence_person(pos)

    def _subject_of_sentence(self, pos: int) -> _Subject | None:
        """`崔某在宴会上致辞，表示…`: a verb that opens a clause after a comma has the subject
        of the sentence's first clause, when that clause opens with one."""
        if self.text[pos - 1 : pos] not in ("，", ","):
            return None
        begin = self._sentence_start(pos)
        while begin < pos and self.text[begin] in "\n 　":
            begin += 1
        # `不过，他以…比喻…，认为…`: a connective standing as a clause of its own is passed over
        if (lead := _CONNECTIVE_CLAUSE.match(self.text, begin)) and lead.end() < pos:
            begin = lead.end()
        # (a short term in quotation marks may stand in it: 就香港“某某阵线”发言人…)
        first = re.match(
            r"(?:[^，,：:；;“”]|“[^“”，,。]{1,12}”){2,40}(?=[，,])", self.text[begin:pos]
        )
        if first is None:
            return None
        if _PRONOUN.match(first.group(0)) and self.text[begin : begin + 1] in "他她":
            # `他以神话比喻新局面，认为…`: he, who is resolved as any 他 is
            return _Subject("", "pronoun", "", begin)
        subject = self._subject(first.group(0), begin)
        if subject is None and (person := self._person(first.group(0))):
            # `港督某某就…一事，再次妄言…`: a clause that opens with a name after its title,
            # whatever it goes on to say the person did
            name, role, offset = person
            if (
                not re.search(r"[了过着在与和同对向被把将就]", role)
                and first.group(0)[offset + len(name) : offset + len(name) + 1]
                in _AFTER_OPENING_NAME
            ):
                subject = _Subject(name, "person", role, begin + offset)
        if subject is None or subject.kind == "zero" or subject.at is None:
            return None
        # the clause must go on past the name: what it did (致辞), not a noun phrase that ends in
        # something shaped like a name (…保险费率，)
        if subject.at + (subject.shown or len(subject.name)) >= begin + first.end():
            return None
        return subject

    def _clause_before(self, pos: int) -> tuple[str, int]:
        """The clause ending at pos: from the last break (a comma, a stop, the paragraph's start,
        or a closing quotation mark whose quotation opened before the clause), at most _WINDOW
        characters back; a quotation inside it (`在年会“……论坛”上表示`) is part of it."""
        text = self.text
        lo = max(0, pos - _WINDOW)
        window = text[lo:pos]
        cut = max(window.rfind(c) for c in _CLAUSE_BREAK) + 1
        clause = window[cut:]
        depth = 0
        for i, c in enumerate(clause):
            if c in _OPENERS:
                depth += 1
            elif c in _CLOSERS:
                if depth == 0:
                    return clause[i + 1 :], lo + cut + i + 1
                depth -= 1
        return clause, lo + cut

    # --- direct speech ---------------------------------------------------------------------

    def _direct(self, events: list[_Event]) -> list[_Found]:
        """`“…”NAME说。` and `NAME表示：“…”`."""
        text = self.text
        by_verb_end = {e.verb_end: e for e in events}
        verb_starts = [e.verb_start for e in events]
        found = []
        self.claimed: set[int] = set()  # quotations an attribution we could not read claims
        for o, c in self.quotes:
            inner = text[o + 1 : c]
            said = _speech_like(inner) or self._whole_sentence(o, c)
            # a short sentence after a colon is said (她补充说：“明年再来。”); a short term is not
            short_said = inner[-1:] in _SENT_END and o > 0 and text[o - 1] in "：:"
            if not said and len(inner) < 6 and not short_said:
                continue
            before = o
            while before > 0 and o - before < 3 and text[before - 1] in " ：:，,\n":
                before -= 1
            if _ASKED_BEFORE.search(text[max(0, before - 20) : before]) and inner[-1:] in "？?":
                self.claimed.add(o)  # `当被记者问道“…？”`: the reporter's question, no one's words
                continue
            # `他说了一句“…”`: a sentence may follow its verb with no colon
            event = by_verb_end.get(before) if before < o or said else None
            if event is None and before < o and text[before - 2 : before] in _TOLD:
                # `他反问记者，“…”`, `她告诉大家：“…”`: the verb, whom it was said to, the words
                event = by_verb_end.get(before - 2)
            if event and not said and re.search("[：:]", text[before:o]):
                said = True  # `X表示：“降价的核心是降本”；`: what a verb's colon opens is said
            if event and not said and text[before:o] in ("，", ",") and len(inner) >= 4:
                said = self._closes_clause(c)  # `X表示，“我没有可以提供的信息”，并强调…`
            if said and event and event.subject and self._closes_clause(c):
                event.direct = True
                found.append(_Found(o + 1, c, event.subject, True, event.subject_start))
                continue
            if (
                said
                and event is None
                and before < o
                and text[before] in "：:"
                and (lead := self._verb_in_clause(events, verb_starts, before))
                and lead.subject
            ):
                # `黄秋生坦言压力大：“…”`: what the verb reports first, then the words it opens
                found.append(_Found(o + 1, c, lead.subject, True, lead.subject_start))
                continue
            if (
                said
                and before < o
                and text[before] in "：:，,"
                and (subject := self._colon_subject(before, event))
            ):
                # `她又侧身看着我：“…”`, `她笑着拍了拍腿说：“…”`: a person's clause, whatever
                # it says they did, and a colon before the quotation
                found.append(_Found(o + 1, c, subject, True, subject.at or before))
                continue
            if not said and not self._closes_clause(c):
                continue  # a term inside a clause (`“某某节”实行委员会…表示`) is no one's words
            event = self._attribution_after(c, verb_starts, events)
            if event:
                if event.subject:
                    found.append(_Found(o + 1, c, event.subject, True, event.subject_start))
                else:
                    self.claimed.add(o)
        return found

    def _verb_in_clause(
        self, events: list[_Event], verb_starts: list[int], colon: int
    ) -> _Event | None:
        """The attribution whose verb stands in the colon's own clause, a few words before it
        (`X透露与对手将有亲热戏：`, not `X表示，…：`)."""
        k = bisect_right(verb_starts, colon) - 1
        if k < 0:
            return None
        event = events[k]
        between = self.text[event.verb_end : colon]
        if 0 < len(between) <= 24 and not re.search(rf"[，,；;“”\n{_SENT_END}]", between):
            return event
        return None

    def _colon_subject(self, colon: int, event: _Event | None) -> _Subject | None:
        """The person whose clause ends in the colon before a quotation when no attribution
        was read there: a clause of its own (after a stop or a comma) that opens with 他/她 or
        with a person's name, and holds no comma; never a reporter."""
        end = event.verb_start if event else colon
        clause, at = self._clause_before(end)
        clause = clause.lstrip(" 　")
        if (
            clause
            and len(clause) <= 30
            and not re.search(r"[，,；;]", clause)
            and (event is not None or self.text[colon] in "：:")
        ):
            # a clause of its own before a colon, or before the verb; after a comma only
            # `…学者专家邀稿，“…”` would make a name of the clause's last word
            at = end - len(clause)
            if _PRONOUN.match(clause) and self.text[colon] in "：:":
                return _Subject("", "pronoun", "", at)
            subject = self._subject(clause, at)
            if subject and subject.kind == "person":
                return subject
        return self._sentence_person(colon)

    def _sentence_person(self, colon: int) -> _Subject | None:
        """`队长某某与队员们对…有着深切体会：“…”`, `院长某某深受感召，更加坚定了方向：“…”`: the
        one person of the sentence, named after a role at the start of a clause, whose words
        the colon opens; none when the sentence names anyone else or is a quotation's."""
        if not hasattr(self, "_people_named"):
            named = self._named_people()
            self._people_named = sorted(
                {(p, n) for p, n, _ in named} | set(self._every_mention(n for _, n, _ in named))
            )
        # the sentence, looked at no further back than a subject clause reaches: a paragraph
        # whose stops all stand inside quotations is one long sentence
        begin = max(self._sentence_start(colon), colon - 2 * _WINDOW)
        i = bisect_left(self._people_named, (begin, ""))
        here = []
        while i < len(self._people_named) and self._people_named[i][0] < colon:
            if not self._inside_quote(self._people_named[i][0]):
                here.append(self._people_named[i])
            i += 1
        if len({n for _, n in here}) != 1:
            return None
        pos, name = here[0]
        lead = max(self.text.rfind(c, begin, pos) for c in "，,：:\n") + 1
        role = self.text[max(lead, begin) : pos].lstrip(" 　")
        if role and not self._role_before_name(role):
            return None
        if re.match(_NOT_SUBJECT_LEAD, role) or self.text[
            pos + len(name) : pos + len(name) + 1
        ] in (
            "的",
            "之",
        ):
            return None  # `在队长某某的带领下`: named, but not the one who speaks
        return _Subject(name, "person", role, pos)

    def _attribution_after(
        self, close: int, verb_starts: list[int], events: list[_Event]
    ) -> _Event | None:
        """The attribution after a quotation: the first speech verb of the same sentence, at most
        60 characters on, that ends its clause (`“…”在两会上，部长王文涛回答提问时如是说。`)."""
        text = self.text
        for event in events[bisect_right(verb_starts, close) :]:
            # a quoted term inside the subject clause (`“…”“某某节”组委会主任张三说`) is no break
            between = _TERM_QUOTE.sub("", text[close + 1 : event.verb_start])
            if event.verb_start - close > 60 or re.search(f"[{_SENT_END}{_OPENERS}\n]", between):
                return None
            if re.match(f"[：:]\\s*[{_OPENERS}]", text[event.verb_end : event.verb_end + 3]):
                return None  # `“…”张三答：“…”`: the verb and its colon give the next quotation
            if between.strip(" 　，,") and text[event.verb_end : event.verb_end + 1] in (
                "",
                "。",
                "，",
                ",",
                "！",
                "？",
                "?",
                "：",
                ":",
                "\n",
            ):
                return event
        return None

    def _closes_clause(self, close: int) -> bool:
        """Is a quotation the whole of what follows the verb (not a term: `“十二五”期间，…`)?"""
        nxt = self.text[close + 1 : close + 2]
        return (
            nxt in ("", "\n")
            or nxt in _SENT_END + "，,；;" + _OPENERS
            or (close > 0 and self.text[close - 1] in _SENT_END + "…")
        )

    def _whole_sentence(self, o: int, c: int) -> bool:
        """A quotation that is a sentence of its own (`“这是借鉴了我们‘特区’的做法”。`)."""
        text = self.text
        starts = o == 0 or text[o - 1] in _SENT_END + "\n" + _CLOSERS
        return (
            c - o > 6
            and starts
            and self._closes_clause(c)
            and text[c + 1 : c + 2] not in ("，", ",")
        )

    # --- reported speech -------------------------------------------------------------------

    def _reported(self, events: list[_Event], direct: list[_Found]) -> list[_Found]:
        text = self.text
        direct_spans = sorted((f.start - 1, f.end + 1) for f in direct)
        found = []
        bare = []
        for e in events:
            if e.subject is None or e.direct:
                continue
            after = self._after_verb(e.verb_end)
            start = e.verb_end
            whole = True
            if e.verb in _OBJECT and after and after not in _SENT_END + "\n，,：:":
                whole = False
            elif after in ("，", ",", "：", ":"):
                start += 1
            elif after and after in _OPENERS:
                pass
            elif _takes_bare(e, after) or self._bare_after_unnamed(e, after):
                nxt = _VERB_RE.match(text, e.verb_end)
                if not (nxt and text[nxt.end() : nxt.end() + 1] in ("，", ",", "：", ":")):
                    bare.append(e)  # not `公告称，…`, where the next verb says it
                continue
            else:
                continue
            while start < len(text) and text[start] in " 　，,":
                start += 1
            if _inside(direct_spans, start):
                continue
            end = self._reported_end(start) if whole else self._sentence_end(start)
            if whole and e.subject.kind == "person" and e.subject.name:
                # a later sentence naming the speaker is the writer's again, not the speaker's
                # (…的时间。对中国经济很关注的渡边园子15日上午还采访了…)
                named = text.find(e.subject.name, start, end)
                begin = self._sentence_start(named) if named > start else start
                said = text[begin : self._sentence_end(begin + 1)]
                if begin > start and not any(c in said for c in _OPENERS):
                    end = begin  # (one that leads into a quotation of theirs carries it on)
            # `…，其政府官员稍早时表示，…`: another attribution after a comma ends this one
            j = bisect_right(self._marks, start)
            if j < len(self._marks) and self._marks[j] < end and text[self._marks[j] - 1] in "，,":
                end = self._marks[j] - 1
            if end - start >= 2:
                found.append(_Found(start, end, e.subject, False, e.subject_start))
        # `X宣布…` with nothing between: only where no other statement is running already
        spans = sorted((f.start, f.end) for f in found) + direct_spans
        spans.sort()
        for e in bare:
            end = self._sentence_end(e.verb_end)
            after_semicolon = text[e.subject_start - 1 : e.subject_start] in ("；", ";")
            if (
                e.subject
                and end - e.verb_end >= 6
                # a new report after a semicolon ends the one running (…；主任某某也表示…)
                and (after_semicolon or not _inside(spans, e.subject_start))
                and (after_semicolon or not _inside(spans, e.verb_end))
            ):
                found.append(_Found(e.verb_end, end, e.subject, False, e.subject_start))
        return found

    def _frames(self, found: list[_Found]) -> list[_Found]:
        """`在X看来，…` and `据X统计/测算/报道，…`."""
        spans = sorted((f.start, f.end) for f in found)
        out = []
        for m, subject in self._seen_as:
            if subject and not _inside(spans, m.end()):
                out.append(_Found(m.end(), self._reported_end(m.end()), subject, False, m.start()))
        for m in re.finditer(
            r"(?:正如|就像|诚如|正像|如同)(?P<who>[^，,。；;“”\n]{2,40}?)"
            r"(?:所说|所言|所讲|所指出|所强调|指出)的?(?:那样)?[，,]",
            self.text,
        ):
            subject = self._subject(m.group("who"), m.start("who"))
            if subject and subject.kind == "person" and not _inside(spans, m.end()):
                out.append(_Found(m.end(), self._reported_end(m.end()), subject, False, m.start()))
        for m in re.finditer(
            r"据(?P<who>[^，,。；;“”\n]{2,40}?)(?:初步)?(?:统计|测算|报道|消息|披露|调查|了解)(?:结果|数据)?[，,]",
            self.text,
        ):
            subject = self._subject(m.group("who"), m.start("who"), organisation=True)
            if subject and not _inside(spans, m.end()):
                out.append(_Found(m.end(), self._sentence_end(m.end()), subject, False, m.start()))
        return out

    def _sentence_start(self, pos: int) -> int:
        k = bisect_right(self.sentence_ends, pos) - 1
        return self.sentence_ends[k] if k >= 0 else 0

    def _sentence_end(self, pos: int) -> int:
        ends = self.sentence_ends
        return (
            ends[bisect_right(ends, pos)] if bisect_right(ends, pos) < len(ends) else len(self.text)
        )

    def _reported_end(self, start: int) -> int:
        """End of the sentence, and of each following sentence of the paragraph that carries on
        the statement: one that starts no quotation and no attribution of its own."""
        ends = self.sentence_ends
        stops = self._stop_after()
        k = bisect_right(ends, start)
        if k >= len(ends):
            return len(self.text)
        last = stops[k + 1] - 1 if k + 1 < len(stops) else k
        return ends[max(k, last)]

    def _stop_after(self) -> list[int]:
        """For each sentence index, the first sentence at or after it that ends a reported
        statement's run: the first of a paragraph, or one that starts a quotation, an
        attribution, a `据…` or the reporter's own words."""
        if self._stops is not None:
            return self._stops
        text, ends = self.text, self.sentence_ends
        stops = [0] * (len(ends) + 1)
        stops[len(ends)] = len(ends)
        next_first = True  # whether the sentence after this one opens a paragraph
        for i in range(len(ends) - 1, -1, -1):
            start = ends[i - 1] if i else 0
            first = start == 0 or text[start] == "\n" or text[start - 1] == "\n"
            if text[start : start + 1] == "\n":
                start += 1
            while text[start : start + 1] in (" ", "　"):
                start += 1
            head = text[start : start + 8]
            attributed = self._marks_between(start, ends[i])
            end_mark = text[max(start, ends[i] - 2) : ends[i]]
            # a question the paragraph ends with is someone else's (the reporter's); one the
            # speaker goes on to answer (`一是过去怎么看？主要是…`) is the speaker's own
            asked = next_first and ("？" in end_mark or "?" in end_mark)
            next_first = first
            stop = (
                first
                or asked
                or head[:1] in _OPENERS
                or head.startswith("据")
                or bool(_REPORTER.match(head) or _NARRATION.match(head))
                or attributed
            )
            stops[i] = i if stop else stops[i + 1]
        self._stops = stops
        return stops

    def _without_overlaps(self, found: list[_Found]) -> list[_Found]:
        """Quotations keep their span; a reported statement ends where the next attribution or
        quotation inside it begins."""
        found.sort(key=lambda f: (f.start, not f.direct))
        out: list[_Found] = []
        for f in found:
            if out and f.start < out[-1].end:
                prev = out[-1]
                if prev.direct:
                    if f.direct or f.end <= prev.end:
                        continue
                    f.start = prev.end + 1
                else:
                    prev.end = f.said_at if prev.start <= f.said_at < f.start else f.start - 1
                    while prev.end > prev.start and _is_punct(self.text[prev.end - 1]):
                        prev.end -= 1
                    if (
                        self.text[prev.start : prev.start + 1] in _OPENERS
                        and self.text[prev.end : prev.end + 1] in _CLOSERS
                        and not re.search(f"[{_CLOSERS}]", self.text[prev.start : prev.end])
                    ):
                        # what is left is one quotation (`表示，“…”；主任某某也表示…`)
                        prev.start += 1
                        prev.direct = True
            out.append(f)
        return [f for f in out if f.end > f.start]

    # --- quotations that carry on a statement ------------------------------------------------

    def _continuing_quotes(self, found: list[_Found]) -> list[_Found]:
        """A quotation with no attribution of its own, right after a statement (or inside a
        reported one, after a comma), carries on that statement's speaker."""
        text = self.text
        waiting = deque(sorted(found, key=lambda f: f.start))
        taken = {f.start - 1 for f in found if f.direct}
        out: list[_Found] = []
        last: _Found | None = None
        for o, c in self.quotes:
            while waiting and waiting[0].start <= o:
                f = waiting.popleft()
                out.append(f)
                if last is None or f.end >= last.end:
                    last = f
            if o in taken or o in self.claimed or last is None:
                continue
            named = self._named_after(c)
            if named is not None and (
                last.speaker.kind != "person" or named.name != last.speaker.name
            ):
                # `“…”张三向本报记者回顾了…`: the person named after the quotation said it
                if self._tells_reporter(c, named):
                    out.append(_Found(o + 1, c, named, True, c + 1))
                continue
            inner = text[o + 1 : c]
            if not (_speech_like(inner) or self._whole_sentence(o, c)) or not self._closes_clause(
                c
            ):
                continue
            if _ASKED_AFTER.match(text[c + 1 : self._sentence_end(c + 1)]):
                continue  # `“…”张三话音未落，另一位记者问道`: the questioner's, not the speaker's
            if last.start < o < last.end and not last.direct:
                if (
                    text[o - 1 : o] not in ("，", ",", "：", ":")
                    and text[o - 1 : o] not in _SENT_END
                ):
                    continue  # a quoted term inside the statement
                tail = last.end
                last.end = o
                while last.end > last.start and text[last.end - 1] in "，,：: ":
                    last.end -= 1
                quote = _Found(o + 1, c, last.speaker, True, last.said_at)
                rest = c + 1
                while rest < tail and text[rest] in "，,。 " + _CLOSERS:
                    rest += 1
                if tail - rest >= 2:
                    waiting.appendleft(_Found(rest, tail, last.speaker, False, last.said_at))
            elif (
                last.end <= o
                and len(text[last.end : o]) <= 3
                and all(ch in _SENT_END + "\n " + _CLOSERS for ch in text[last.end : o])
            ) or self._about_speaker(last, o):
                quote = _Found(o + 1, c, last.speaker, True, last.said_at)
            else:
                continue
            out.append(quote)
            last = quote
        out.extend(waiting)
        return self._open_quotations(out)

    def _about_speaker(self, last: _Found, o: int) -> bool:
        """`方先生说，…。“…”方先生感到诧异的是，…。“…”` (or 他感到…): one sentence of the same
        paragraph between the speaker's words and a quotation, telling of that speaker and naming
        no one else, leaves the quotation theirs."""
        gap = self.text[last.end : o]
        if last.speaker.kind != "person" or "\n" in gap or len(gap) > 80:
            return False
        sentence = gap.lstrip("".join(_CLOSERS) + "，,。 ")
        name = last.speaker.name
        at = o - len(sentence)
        by_pronoun = (
            sentence[:1] in ("他", "她")
            and sentence[1:2] not in ("们", "的")  # 他们, 他的医生: others
            and not self._other_sex(at, name)
        )
        one = sentence[-1:] in _SENT_END and not any(c in _SENT_END for c in sentence[:-1])
        if not ((sentence.startswith(name) or by_pronoun) and one):
            return False
        others = {n for n in self.known_people if n != name and n not in name}
        named = any(at <= p < o and n != name for p, n, _ in self._named_people())
        return not (named or any(n in sentence for n in others) or self._marks_between(last.end, o))

    def _marks_between(self, start: int, end: int) -> bool:
        """Does an attribution (a verb of saying with its speaker) stand between the two?"""
        j = bisect_left(self._marks, start)
        return j < len(self._marks) and self._marks[j] < end

    def _opening_quotes(self, found: list[_Found]) -> list[_Found]:
        """`“…。”果不其然，某某抢先发言了。`, `“…。”谈及消费，某某用…切入。`: a quotation that opens
        its paragraph as a sentence of its own, with no attribution, is the words of the one
        person its sentence goes on to name at the start of a clause (a person named after a
        title, or one who speaks elsewhere); none when the sentence names two, hears or reads
        the words (听到, 看到, 写着), or the name belongs to something (某某的).
        """
        text = self.text
        names = {n for _, n, _ in self._named_people()} | {
            f.speaker.name for f in found if f.speaker.kind == "person"
        }
        mentions = [(p, n) for p, n in self._every_mention(names) if not self._inside_quote(p)]
        taken = {f.start - 1 for f in found if f.direct}
        spans = sorted((f.start, f.end) for f in found)
        persons = sorted((f.start, f.speaker.name) for f in found if f.speaker.kind == "person")
        out = []
        for o, c in self.quotes:
            if (
                o in taken
                or o in self.claimed
                or not (o == 0 or text[o - 1] == "\n")
                or text[c - 1 : c] not in _SENT_END + "…"
                or _overlaps(spans, o + 1, c)
            ):
                continue
            if o > 0 and text[c + 1 : c + 2] in ("", "\n"):
                # a paragraph that is only a quotation, under a reporter's question: the answer
                # of the one the reporters are asking, who spoke last
                asked = text[text.rfind("\n", 0, o - 1) + 1 : o - 1]
                answering = _nearest_at(persons, o)
                if _ASKS.search(asked) and answering:
                    out.append(_Found(o + 1, c, _Subject(answering[1], "person"), True, o))
                continue
            end = self._sentence_end(c + 1)
            if (newline := text.find("\n", c + 1, end)) >= 0:
                end = newline  # the quotation's paragraph only
            after = text[c + 1 : end]
            if (
                not after.strip()
                or len(after) > 80
                or _HEARS.search(after)
                or _ASKED_AFTER.match(after)
            ):
                continue
            i = bisect_left(mentions, (c + 1, ""))
            here = []
            while i < len(mentions) and mentions[i][0] < end:
                here.append(mentions[i])
                i += 1
            if len({n for _, n in here}) != 1:
                continue
            pos, name = here[0]
            # at a clause's start, or after what it names the person as (香港青年某某) in a
            # later clause (the first after the quotation must tell a reporter: _named_after)
            lead = max(text.rfind(m, c, pos) for m in "，,”") + 1
            role = text[max(lead, c + 1) : pos]
            described = lead > c + 1 and (
                self._role_before_name(role) or _ANONYMOUS_NOUN_RE.fullmatch(role)
            )
            if (role and not described) or text[pos + len(name) : pos + len(name) + 1] in (
                "的",
                "之",
            ):
                continue
            out.append(_Found(o + 1, c, _Subject(name, "person", role, pos), True, pos))
        return out

    def _named_after(self, close: int) -> _Subject | None:
        """The person a clause right after a quotation opens with (`“…”某研究院院长张三向…`)."""
        end = close + 1
        text = self.text
        while end < len(text) and end - close < _WINDOW and text[end] not in _CLAUSE_BREAK:
            end += 1
        clause = text[close + 1 : end]
        if text[close - 1 : close] in _SENT_END and re.match("在[^，,。]{1,40}看来$|据", clause):
            return None  # `“…。”在某某看来，…`: the frame of the next one's view, not this one's
        person = self._person(clause) if clause else None
        if person is None:
            return None
        name, role, pos = person
        full = self.aliases.get(name, name)
        return _Subject(full, "person", role, close + 1 + pos, shown=len(name))

    def _tells_reporter(self, close: int, named: _Subject) -> bool:
        """Is the clause after the quotation its speaker turning to the reporter
        (`张三向《某报》记者回顾…`, `对记者坦言`), whatever the verb?"""
        begin = (named.at or close) + (named.shown or len(named.name))
        after = self.text[begin : self._sentence_end(begin)]
        return bool(
            re.match(
                r"^[^。！？!?]{0,40}?(?:向|对|告诉|接受)[^，,。]{0,25}?(?:记者|本报|本刊|采访|《)",
                after,
            )
        )

    def _open_quotations(self, found: list[_Found]) -> list[_Found]:
        """A quotation of several paragraphs opens each of them and closes only the last; the
        attribution after the last is the speaker of them all."""
        text = self.text
        starts = {f.start - 1: f for f in found if f.direct}
        spans = sorted(
            (f.start, f.end) for f in found
        )  # a quotation inside a statement is no other
        added = []
        for o, c in reversed(self.quotes):
            if o in starts or o in self.claimed or c >= len(text) or text[c] != "\n":
                continue  # attributed already, or closed in its own paragraph
            nxt = starts.get(c + 1)
            if nxt and _speech_like(text[o + 1 : c]) and not _overlaps(spans, o + 1, c):
                quote = _Found(o + 1, c, nxt.speaker, True, nxt.said_at)
                starts[o] = quote
                added.append(quote)
        return [f for f in found + added if f.end > f.start]

    # --- interviews: `职务　姓名` lines and `姓名：…` ------------------------------------------

    def _paragraphs(self) -> list[tuple[int, int]]:
        out, pos = [], 0
        for para in self.text.split("\n"):
            out.append((pos, pos + len(para)))
            pos += len(para) + 1
        return out

    def _know(self, name: str, role: str) -> None:
        """A person named once is known by name alone later on (特朗普26日表示); a foreign name
        also by its last part (卡洛斯·古铁雷斯 … 古铁雷斯说, LeBron James … James说), a Japanese
        one by its surname."""
        self.known_people[name] = role
        last = re.split(f"[{NAME_DOTS} ]", name)[-1]
        if last == name and len(name) >= 3:
            # a Japanese name is meant later by its surname (岸田文雄 … 岸田表示)
            last = next((name[:n] for n in (3, 2) if name[:n] in JAPANESE_SURNAMES), name)
        if len(name) in (3, 4) and name[-2:] in _ADDRESS_TERMS:
            # 陈阿姨 … 阿姨表示: the term alone means the one so named, while only one is
            last = name[-2:]
            if self.aliases.get(last, name) != name:
                self.aliases.pop(last)
                self.known_people.pop(last, None)
                self._shared_terms.add(last)
            if last in self._shared_terms:
                last = name
        if last != name and len(last) >= 2 and last not in self.known_people:
            self.known_people[last] = role
            self.aliases[last] = name
            self.name_firsts = self.name_firsts | {last[0]}
        self.known_lengths = sorted({len(n) for n in self.known_people}, reverse=True)
        self.name_firsts = self.name_firsts | {name[0]}

    def _transcript_names(self) -> None:
        """People an interview introduces by a `职务　姓名` line are known names from the start."""
        self.intro_lines: dict[int, tuple[str, str]] = {}
        for start, end in self._paragraphs():
            if end - start <= 60 and (line := speaker_line(self.text[start:end])):
                role, name = line
                self.intro_lines[start] = (role.strip(), name)
                self.known_people.setdefault(name, role.strip())
        self.headline_people: list[tuple[str, str]] = []
        if self.title:
            for _, name, role in _Reader(self.title, self.reporters)._named_people():
                if name not in self.reporters:
                    if m := _LEADING_DATE.match(role):
                        role = role[m.end() :]  # `2020年2月24日外交部发言人…`: the day, no role
                    self.headline_people.append((name, role))
                    self.known_people.setdefault(name, role)
        self.known_lengths = sorted({len(n) for n in self.known_people}, reverse=True)
        self.name_firsts = _SURNAME_FIRSTS | {n[0] for n in self.known_people}

    def _defined_names(self) -> None:
        """`范徐丽泰（以下称“范太”）`, `张三（下称“老张”）`: the short name the text will use for a
        person it has just named in full."""
        for m in _DEFINED.finditer(self.text):
            clause, _ = self._clause_before(m.start())
            person = self._person(clause)
            if person and person[2] + len(person[0]) == len(clause):
                self.aliases[m.group("alias")] = person[0]

    def _names_after_titles(self) -> None:
        """People a title introduces in a sentence where nobody speaks, known ahead for what they
        say later: `苹果公司首席执行官蒂姆·库克陪同…` (then `库克表示`; the last part ends where
        the segmenter's word does, a one-character piece taking the next: 泽|连斯基), a name
        with no surname we know printed again (川普), a name in Latin letters."""
        text = self.text
        cut = tokenizer().cut
        title_ends = {t.end() for t in self.title_marks}
        for dot in re.finditer(f"[{NAME_DOTS}]", text):
            first = next(
                (
                    e
                    for e in range(dot.start() - 1, max(-1, dot.start() - 9), -1)
                    if e in title_ends
                ),
                None,
            )
            if first is None or not all(_is_han(c) for c in text[first : dot.start()]):
                continue
            words = list(cut(text[dot.end() : dot.end() + 12]))
            last = words[0] if words else ""
            if len(last) == 1 and len(words) > 1:
                last += words[1]
            if not (2 <= len(last) <= 5 and all(_is_han(c) for c in last)):
                continue
            name = text[first : dot.end() + len(last)]
            if name not in self.known_people:
                self._know(name, self._role_at(first))
        # a name with no surname we know after a title (美国总统川普推迟…, 总统马克龙), where the
        # text prints it again: the longest reading printed more than once
        candidates: dict[int, list[str]] = {}
        for end in title_ends:
            after = text[end : end + 6]
            if self.freq.get(after[:2], 0) > 1000:
                continue  # a common word follows the title: no reading would be _rare
            if after[:1] and _is_han(after[0]) and not self._names_at(after, 0, False):
                names = [n for n, _ in self._names_at(after, 0, True) if self._rare(n)]
                if names:
                    candidates[end] = names
        # every print of each reading, the shorter inside the longer too (川普推迟 … 川普表示)
        printed = {n: text.count(n) for ns in candidates.values() for n in ns}
        for end, names in candidates.items():
            again = [n for n in names if printed[n] >= 2 and n not in self.known_people]
            if again:
                # the longest reading printed as often as any: a name, not the name and the
                # first character of the verb that followed it twice (多斯桑托斯|举行)
                most = max(printed[n] for n in again)
                name = max((n for n in again if printed[n] == most), key=len)
                self._know(name, self._role_at(end))
        # a Japanese name after a title (日本首相岸田文雄10日…), later called by its surname alone
        # (岸田表示): a surname of two or three and a given name of two, the surname printed more
        # often than the whole name
        for end in title_ends:
            for n in (3, 2):
                surname, name = text[end : end + n], text[end : end + n + 2]
                if (
                    surname in JAPANESE_SURNAMES
                    and len(name) == n + 2
                    and all(_is_han(c) for c in name)
                    and surname not in self.known_people
                    and text.count(surname) > text.count(name)
                    and not self._common_word(name[n:])
                ):
                    self._know(name, self._role_at(end))
                    break
        # a name after a title glossed in Latin letters (国务卿克里（John Kerry）), whatever
        # characters it is written in
        for end in title_ends:
            if (m := _LATIN_GLOSS.match(text, end)) and m.group("name") not in self.known_people:
                self._know(m.group("name"), self._role_at(end))
        # a given name holding a character that is mostly a function word (分析师郭于玮, 总统
        # 文在寅), after a title, where the text prints the whole name again
        for end in title_ends:
            name = text[end : end + 3]
            if (
                len(name) == 3
                and name[0] in SURNAMES
                and name[1] in _FUNCTION_IN_GIVEN
                and _is_han(name[2])
                and name[2] not in _BAD_GIVEN
                and name not in self.known_people
                and text.count(name) >= 2
                and self.freq.get(name[1:], 0) < _GOES_ON  # 在于, 与会: a word, no given name
            ):
                self._know(name, self._role_at(end))
        # a name the text gives as one (一名叫做杰森的博主, 名叫小林的店员), whatever its shape
        for m in _CALLED.finditer(text):
            name = m.group("name")
            if name not in self.known_people and not self._common_word(name):
                self._know(name, "")
        # a name in Latin letters after a title (湖人前锋LeBron James), later called by its last
        # word (James说)
        for m in _LATIN_NAME.finditer(text):
            after_title = m.start() in title_ends or (
                text[m.start() - 1 : m.start()] == " " and m.start() - 1 in title_ends
            )
            if after_title and m.group(0) not in self.known_people:
                self._know(m.group(0), self._role_at(m.start()))

    def _rare(self, name: str) -> bool:
        """A word of two to four characters the dictionary hardly knows, nor its halves
        (川普, 马克龙; not 访华, 经济形势)."""
        if len(name) == 2:
            # as rare as a name printed after a title may be at all (_names_at): 克里 is 216
            return self.freq.get(name, 0) <= 300
        if len(name) > 4:
            # a long transliteration (多斯桑托斯, 内塔尼亚胡): no pair of it a word of any weight
            return len(name) <= 6 and all(
                self.freq.get(name[i : i + 2], 0) <= 300 for i in range(len(name) - 1)
            )
        return (
            self.freq.get(name, 0) <= 100
            and self.freq.get(name[:2], 0) <= 1000
            and self.freq.get(name[-2:], 0) <= 1000
        )

    def _transcripts(self, found: list[_Found]) -> list[_Found]:
        """The paragraphs under a `职务　姓名` line are that person's words, up to the next such
        line, a question or a heading; `姓名：…` gives what follows to that person."""
        from desktop.core.page import clause_heading, is_heading_like

        text = self.text
        said = sorted((f.start, f.end) for f in found)
        speakers_at = sorted((f.start, f.speaker.name) for f in found)
        out = []
        current: _Subject | None = None
        asked = False  # the paragraph before was an interviewer's bulleted question
        labelled = False  # the interviewer's questions carry a label (`记者：…`)
        for start, end in self._paragraphs():
            para = text[start:end]
            if (
                asked
                and re.fullmatch(r"“[^“”]+”", para.strip())
                and not _overlaps(said, start, end)
            ):
                # the answer, printed as a quotation under the question: the person the
                # interview is with, named before it
                out.append(
                    _Found(start + 1, end - 1, _Subject("答", "answer", "", start), True, start)
                )
            asked = bool(_BULLET_QUESTION.match(para.strip()))
            if asked:
                current = None
                continue
            if start in self.intro_lines:
                role, name = self.intro_lines[start]
                current = _Subject(name, "person", role, start + len(para) - len(name))
                continue
            if not para.strip():
                continue
            if is_heading_like(para) or clause_heading(para) or _QUESTION.match(para):
                labelled = labelled or bool(_QUESTION.match(para))
                current = None
                continue
            colon = re.match(r"^(?P<who>[^，,。：:“”\n]{1,44})[：:](?P<rest>.?)", para)
            if colon and len(colon.group("who")) > 24 and not speaker_line(colon.group("who")):
                colon = None  # a long label only as `职务　姓名` (`…统计司司长、新闻发言人 某某：`)
            if colon and self._interviewer(colon.group("who")):
                current = None  # `斯旺：…`, `彭博社记者：…`: the reporter asks
                labelled = True
                continue
            if colon and (subject := self._speaker_before_colon(colon.group("who"), start)):
                current = subject  # `张三：` alone on its line speaks in the paragraphs after it
                begin = start + colon.start("rest")
                # up to where the text gives someone else's words (`正如某某指出，…`)
                stop = min((f.said_at for f in found if begin < f.start < end), default=end)
                while stop > begin and text[stop - 1] in "，,：: 　":
                    stop -= 1
                if colon.group("rest") and stop - begin >= 2 and not _overlaps(said, begin, stop):
                    out.append(_Found(begin, stop, subject, True, start))
                continue
            if (
                not labelled
                and para.rstrip().endswith(("？", "?"))
                and not _overlaps(said, start, end)
            ):
                # the reporter's question, where questions carry no label; under labelled ones
                # a paragraph ending so is the answer's own question (…是怎么来的呢？)
                current = None
                continue
            if current and not _overlaps(said, start, end):
                out.append(_Found(start, end, current, True, start))
            elif current and self._names_someone_else(speakers_at, start, end, current.name):
                current = None  # the reporter speaks again, naming someone else
        return out

    @staticmethod
    def _names_someone_else(
        speakers_at: list[tuple[int, str]], start: int, end: int, name: str
    ) -> bool:
        """Does a statement of someone other than `name` start in this paragraph?"""
        i = bisect_left(speakers_at, (start, ""))
        while i < len(speakers_at) and speakers_at[i][0] < end:
            if speakers_at[i][1] != name:
                return True
            i += 1
        return False

    def _interviewer(self, who: str) -> bool:
        """A transcript line's label that names a reporter: one the text names (斯旺), or a
        reporter of some outlet (`彭博社记者`, `德国电视二台记者`)."""
        who = who.strip(" 　【[〔】]〕")
        return who in self.reporters or bool(re.fullmatch(rf"[{HAN}A-Za-z]{{0,12}}记者", who))

    def _speaker_before_colon(self, who: str, at: int) -> _Subject | None:
        """`田中花子：…`, `总裁 张三：…`, `【张三】：`: a person named before a colon at a
        paragraph's start."""
        bare = who.lstrip(" 　【[〔")
        at += len(who) - len(bare)
        who = bare.rstrip(" 　】]〕")
        if who in self.reporters or _REPORTER.match(who):
            return None
        if who in self.known_people:
            return _Subject(who, "person", self.known_people[who], at)
        if line := speaker_line(who):
            return _Subject(line[1], "person", line[0], at + len(who) - len(line[1]))
        person = self._person(who)
        if person and person[2] + len(person[0]) == len(who):
            return _Subject(person[0], "person", person[1], at + person[2])
        for n in range(
            min(len(who) - 2, 6), 1, -1
        ):  # 立法会主席曾钰成议员: the title after the name
            person = self._person(who[:-n]) if who[-n:] in TITLES else None
            if person and person[2] + len(person[0]) == len(who) - n:
                return _Subject(person[0], "person", person[1] or who[-n:], at + person[2])
        return _role_before_colon(who, at)

    # --- speakers, mentions and references ----------------------------------------------------

    def _register(self, found: list[_Found]) -> None:
        for f in found:
            s = f.speaker
            if s.kind not in ("person", "anonymous", "organization"):
                continue
            sp = self.speakers.get(s.name)
            if sp is None:
                sp = self.speakers[s.name] = _Speaker(s.name, s.kind, s.role)
            elif s.role and not sp.role:
                sp.role = s.role
            if s.at is not None:
                mention = [s.at, s.at + (s.shown or len(s.name))]
                if mention not in sp.mentions:
                    sp.mentions.append(mention)

    def _mentions(self) -> None:
        """Every place the text names a person who speaks (one pass, whatever their number)."""
        people = {s.name: s for s in self.speakers.values() if s.kind == "person"}
        spans: dict[str, set[tuple[int, int]]] = {
            n: {(m[0], m[1]) for m in s.mentions} for n, s in people.items()
        }
        # a foreign name is also named by its last part
        shown = {n: n for n in people} | {
            a: full for a, full in self.aliases.items() if full in people
        }
        for i, key in _printed_at(self.text, shown):
            spans[shown[key]].add((i, i + len(key)))
        self.roles_seen: dict[str, list[str]] = {}
        for sp in self.speakers.values():
            if sp.kind == "person":
                sp.mentions = [list(s) for s in sorted(spans[sp.name])]
                self.roles_seen[sp.name] = [
                    r for r in (self._role_at(m[0]) for m in sp.mentions) if r
                ]
                if not sp.role and self.roles_seen[sp.name]:
                    sp.role = self.roles_seen[sp.name][0]
            else:
                sp.mentions = sorted(sp.mentions)

    def _role_at(self, pos: int) -> str:
        """The job title printed right before a name (`某部部长张三`), or ''."""
        clause, _ = self._clause_before(pos)
        clause = re.split(r"[\s“”]", clause)[-1] if clause else ""
        clause = _trimmed_role(_ROLE_LEAD.sub("", _ROLE_AFTER.sub("", clause)))
        return clause if len(clause) <= 40 and ends_with_title(clause) else ""

    def _named_people(self) -> tuple[tuple[int, str, str], ...]:
        """(position, name, role) of every person the text names after a title (`国务院总理李强
        主持…`), speaking or not: whom a later 他 or 总理 may mean. Found once a text (three
        steps of the reading ask)."""
        if not hasattr(self, "_named_people_found"):
            self._named_people_found = tuple(self._find_named_people())
        return self._named_people_found

    def _find_named_people(self) -> list[tuple[int, str, str]]:
        text = self.text
        out = []
        for t in self.title_marks:
            # a name printed before its title at a clause's start (`，崔天凯大使接受…`)
            for k in (3, 2):
                begin = t.start() - k
                # at a clause's start, or after what it says of the person (74岁的胡某老人)
                if begin < 0 or (begin and _is_han(text[begin - 1]) and text[begin - 1] != "的"):
                    continue
                before = [n for n, _ in self._names_at(text[begin : t.start()], 0, False)]
                if text[begin : t.start()] in before:
                    out.append((begin, text[begin : t.start()], t.group(0)))
                    break
            pos = t.end()
            names = [n for n, _ in self._names_at(text[pos : pos + 6], 0, False)]
            if not names:
                continue
            # the longest, unless what follows the shorter one is a word (李强主持, not 李强主)
            names.sort(key=len, reverse=True)
            name = self._double_surname(text, pos) or names[0]
            if (
                len(names) > 1
                and self.freq.get(text[pos + len(names[1]) : pos + len(names[1]) + 2], 0) >= 100
            ):
                name = names[1]
            if name not in self.known_people and (
                _given_is_not_a_name(name)
                or (len(name) == 3 and self.freq.get(name[:2], 0) >= _EVERYDAY_WORD)
                or self._reads_as_words(name, pos)
            ):
                # 司机曾起诉, 儿子支持林某: an adverb and a verb, or one of the commonest words,
                # after the title
                continue
            out.append((pos, name, self._role_at(pos)))
        return out

    def _reads_as_words(self, name: str, pos: int) -> bool:
        """企业家信心不足, 总书记关心黑龙江: three characters that are a common word and the
        start of the next word the segmenter reads, not a surname and a given name."""
        if len(name) != 3 or self.freq.get(name[:2], 0) < _COMMON_WORD:
            return False
        words = list(tokenizer().cut(self.text[pos : pos + 8], HMM=False))
        return len(words) >= 2 and words[0] == name[:2] and len(words[1]) >= 2

    def _every_mention(self, names: Iterable[str]) -> list[tuple[int, str]]:
        """(position, name) of every place the text prints one of these names, in one pass:
        a person introduced once after a title (`商务部部长王文涛`) is named again bare later
        (`王文涛用…切入。他指出`), and that later place is the one 他 looks back to."""
        return _printed_at(self.text, {n for n in names if len(n) >= 2})

    def _resolve(self, found: list[_Found]) -> list[_Found]:
        """他/她 and bare titles speak for the nearest person before them who fits."""
        named = self._named_people()
        people = sorted(
            set(
                [
                    (m[0], sp.name)
                    for sp in self.speakers.values()
                    if sp.kind == "person"
                    for m in sp.mentions
                ]
                + [(pos, who) for pos, who, _ in named]
                + self._every_mention(who for _, who, _ in named)
            )
            | {(-1, who) for who, _ in self.headline_people}  # named in the headline
        )
        # someone named inside a quotation is talked about by its speaker: `“习近平主席提出…”
        # 他表示` means the one quoted, not the one named in the quote
        people = [(pos, who) for pos, who in people if pos < 0 or not self._inside_quote(pos)]
        roles: dict[str, list[str]] = {n: list(r) for n, r in self.roles_seen.items()}
        for _, who, role in named:
            roles.setdefault(who, []).append(role)
        for who, role in self.headline_people:
            roles.setdefault(who, []).append(role)
        for sp in self.speakers.values():
            roles.setdefault(sp.name, []).append(sp.role)
        orgs = sorted(
            (m[0], sp.name)
            for sp in self.speakers.values()
            if sp.kind == "organization"
            for m in sp.mentions
        )
        anonymous = sorted(
            (m[0], sp.name)
            for sp in self.speakers.values()
            if sp.kind == "anonymous"
            for m in sp.mentions
        )
        unnamed_said: list[tuple[int, str]] = []  # where an unnamed source spoke
        kept = []
        added = False
        for f in found:
            s = f.speaker
            name: str | None = None
            if s.kind == "pronoun":
                # 他/她 means someone named a few sentences before, not pages before
                # (before the pronoun itself where it stands apart from its verb)
                at = f.said_at if s.at is None else min(s.at, f.said_at)
                near = _nearest_at(people, at)
                if near is None or f.said_at - near[0] > _PRONOUN_REACH:
                    continue
                name = near[1]
                if self._other_sex(f.said_at, name):
                    continue  # 他 after 陈阿姨: someone the text has not named
                # ... and not a person named before the unnamed one who spoke since
                # (`该负责人解释说，…。她同时预计`): a wrong name is worse than none
                since = max(
                    (
                        p
                        for p in (
                            _nearest_at(anonymous, f.said_at),
                            _nearest_at(unnamed_said, f.said_at),
                        )
                        if p
                    ),
                    default=None,
                )
                if since is not None and since[0] > near[0]:
                    if _PLURAL_SOURCE.match(since[1]):
                        continue
                    name = since[1]
            elif s.kind == "role":
                title = s.title
                surname = s.name[: len(s.name) - len(title)]
                if surname in SURNAMES and s.name.endswith(title):
                    # 崔大使 after 崔天凯大使: the person of that surname named before
                    name = _nearest(people, f.said_at, _surnamed(surname))
                else:
                    name = _nearest(people, f.said_at, _holding(roles, title, whole=False))
                if name is None and s.name != title:  # 上述人士, 该负责人
                    name = _nearest(anonymous, f.said_at, _ending_with(title))
            elif s.kind == "unnamed":
                held = s.title
                name = None
                for t in TITLES_RE.finditer(held):
                    if t.end() != len(held):
                        continue
                    surname = held[: t.start()]
                    if surname not in SURNAMES and t.start() >= 3:
                        surname = held[t.start() - 1 : t.start()]  # 北京大学张副校长
                    if surname in SURNAMES:
                        # 崔大使表示 after 崔天凯大使…: the person of that surname named before
                        name = _nearest(people, f.said_at, _surnamed(surname))
                if name is None:
                    name = _nearest(people, f.said_at, _holding(roles, held, whole=True))
            elif s.kind == "org-ref":
                name = _nearest(orgs, f.said_at, lambda n: True)
            elif s.kind == "answer":
                # 答：the person the interview is with, named before the answers
                near = _nearest_at(people, f.said_at)
                if near is None:
                    continue
                name = near[1]
            elif s.kind == "zero":
                # the subject of the same sentence, a person or an organisation named before it
                begin = self._sentence_start(f.said_at)
                here = [
                    p for p in (_nearest_at(people, f.said_at), _nearest_at(orgs, f.said_at)) if p
                ]
                best = max(here, default=None)
                # or an unnamed source the sentence opens with (`受访者对…持谨慎态度，…，同时
                # 强调…`), before anyone else it names
                first = self._unnamed_opening(begin, f.said_at)
                if first is not None and (
                    best is None or best[0] < begin or best[0] > (first.at or begin)
                ):
                    self._add_speaker(first.name, "anonymous", first.at or begin)
                    best = (begin, first.name)
                if best is None or best[0] < begin:
                    continue
                name = best[1]
            if s.kind in ("pronoun", "role", "unnamed", "org-ref", "zero", "answer"):
                if name is None:
                    name = s.name
                    self._add_speaker(name, "anonymous", f.said_at)
                    insort(anonymous, (f.said_at, name))
                elif name not in self.speakers:
                    role = next((r for r in roles.get(name, []) if r), "")
                    self.speakers[name] = _Speaker(name, "person", role)
                    added = True
                f.speaker = _Subject(name, self.speakers[name].kind)
            if f.speaker.kind == "anonymous":
                insort(unnamed_said, (f.said_at, f.speaker.name))
            kept.append(f)
        if added:
            self._mentions()
        return kept

    def _other_sex(self, at: int, name: str) -> bool:
        """Does the pronoun at `at` (他 or 她) not fit what the name calls its person (女士, 阿姨,
        先生, 大爷)?"""
        pronoun = re.search("[他她]", self.text[at : at + 6])
        if pronoun is None:
            return False
        return name.endswith(_MALE_TERMS if pronoun.group() == "她" else _FEMALE_TERMS)

    def _bare_after_unnamed(self, event: _Event, after: str) -> bool:
        """`受访者对…持谨慎态度，…，同时强调…`: a clause with no subject of its own takes what
        follows it bare when its sentence opens with an unnamed source (not with whatever
        else a sentence may open with)."""
        if event.subject is None or event.subject.kind != "zero" or event.verb not in _BARE:
            return False
        if not after or after in _SENT_END + "\n" + _CLOSERS + "了过的着":
            return False
        begin = self._sentence_start(event.subject_start)
        return self._unnamed_opening(begin, event.subject_start) is not None

    def _unnamed_opening(self, begin: int, pos: int) -> _Subject | None:
        """The unnamed source (受访者, 业内人士) whose clause opens the sentence before pos, or
        opens its second clause after a concession (`虽然…有所改善，但受访者对…`)."""
        while begin < pos and self.text[begin] in "\n 　":
            begin += 1
        for _ in range(2):
            first = re.match(r"[^，,：:；;“”]{2,40}(?=[，,])", self.text[begin:pos])
            if first is None:
                return None
            subject = self._subject(first.group(0), begin)
            if subject and subject.kind == "anonymous":
                return subject
            if not re.match("虽然|虽|尽管|即使|固然", first.group(0)):
                return None
            begin += first.end() + 1
        return None

    def _add_speaker(self, name: str, kind: str, at: int) -> None:
        sp = self.speakers.setdefault(name, _Speaker(name, kind))
        if self.text[at : at + len(name)] == name and [at, at + len(name)] not in sp.mentions:
            sp.mentions.append([at, at + len(name)])

    # --- subjects -------------------------------------------------------------------------

    def _subject(
        self, clause: str, clause_start: int, organisation: bool = False
    ) -> _Subject | None:
        """Who the clause before a speech verb names, or None when it names nobody who speaks."""
        if (code := _LISTING_NOTE.search(clause)) and not _LISTING_NOTE.search(clause, code.end()):
            # 兴业证券（601377）表示: the speaker is read as if the note were not printed, when
            # the name stands before it
            found = self._subject(
                clause[: code.start()] + clause[code.end() :], clause_start, organisation
            )
            if found and found.at is not None and found.at < clause_start + code.start():
                return found
        offset = len(clause) - len(clause.lstrip(" 　"))
        subject = clause[offset:]
        while m := _LEADING_CONNECTIVE.match(subject):
            offset += m.end()
            subject = subject[m.end() :]
        if subject.startswith("据"):
            offset, subject = offset + 1, subject[1:]
        if m := re.match(r"^(?:听到|听见|听完|听了)(?=[^，,]{2})", subject):
            offset, subject = offset + m.end(), subject[m.end() :]  # 听到某某代表谈到…
        if m := re.match(r"^(?:也|还|亦|则|更|又)(?=有)", subject):
            offset, subject = offset + m.end(), subject[m.end() :]  # 也有专家认为
        if m := re.search(r"(?:引述|援引|引用|转述)(?P<who>[^，,。]{2,30}?)的话$", subject):
            return self._subject(m.group("who"), clause_start + offset + m.start("who"))
        if m := re.search(r"采访的", subject):
            offset, subject = offset + m.end(), subject[m.end() :]
        at = clause_start + offset
        if spaced := self._spaced_name(subject, at):
            return spaced
        if (
            (passive := _PASSIVE.search(subject))
            and passive.start() > 0
            # 被记者问及时表示, 被邀请发言时说: asked, the one asked answers
            and not re.search("问|询|邀|请|采访", passive.group("agent"))
        ):
            # `某某昨日也被网友爆料称`: the one by whom it is done speaks, or no one named
            agent = self._subject(passive.group("agent"), at + passive.start("agent"), organisation)
            return agent if agent is not None and agent.kind != "zero" else None
        lead = re.match(r"^(?:在|当)[^，,]{2,40}?(?:时|之际|期间|会上|上|中|后)", subject)
        if lead and self.freq.get(subject[lead.end() - 1 : lead.end() + 1], 0) >= 1000:
            lead = None  # `在…新闻中心的工作人员`: 中 of 中心 ends no adverbial
        if lead and len(subject) - lead.end() >= 2:
            # `在谈到…时总理说`: the subject follows the adverbial
            found = self._subject(subject[lead.end() :], at + lead.end(), organisation)
            if found:
                return found
        if clause.strip() and _NO_SUBJECT.match(subject) and not organisation:
            return _Subject("", "zero")
        if (
            not subject
            or _REPORTER.match(subject)
            or any(subject.startswith(r) for r in self.reporters)
        ):
            return None
        if not organisation:
            if (m := _PRONOUN.match(subject)) and _ADVERBIAL.match(subject[m.end() :]):
                return _Subject("", "pronoun")
            if (
                (lead := _PRONOUN_AFTER.match(subject))
                and (m := _PRONOUN.match(subject[lead.end() :]))
                and _ADVERBIAL.match(subject[lead.end() + m.end() :])
            ):
                return _Subject("", "pronoun")  # 演讲中他表示, 会上她指出
            if ref := self._reference(subject, at):
                return ref
            if (m := _CALLED.search(subject)) and m.group("name") in self.known_people:
                # 一位叫小林的店员: the one called so, by name
                return _Subject(m.group("name"), "person", "", at + m.start("name"))
            m = _ANONYMOUS.match(subject)
            if m and (
                _opens_adverbial(subject[m.end() :]) or _MANNER_TAIL.match(subject[m.end() :])
            ):
                name = m.group("name")
                if name.startswith("有") and not re.match(
                    r"有(?:不少|许多|一些|多位|部分|多名|很多|诸多|众多)", name
                ):
                    name, at = name[1:], at + 1
                return _Subject(name, "anonymous", "", at)
            if (alone := self._surname_alone(subject)) is not None:
                held = self.known_people.get(alone) or next(
                    (r for _, n, r in self._named_people() if n == alone), ""
                )
                return _Subject(alone, "person", held, at)
            person = None if self._known_organisation(subject) else self._person(subject)
            if person:
                name, role, pos = person
                if name in self.reporters:
                    return None
                if re.search(r"(?:公司|机构|集团|企业|投行|智库|银行|媒体|网站|平台)$", role):
                    # 咨询公司麦肯锡: the firm's name after what kind of firm it is
                    return _Subject(name, "organization", "", at + pos)
                full = self.aliases.get(name, name)
                return _Subject(full, "person", role, at + pos, shown=len(name))
            m = _MEMBER_OF.match(subject) or _ANONYMOUS_TAIL.match(subject)
            if m and _ADVERBIAL.match(subject[m.end() :]) and not is_outlet(m.group("name")):
                skip = 1 if m.group("name").startswith("有") else 0
                return _Subject(m.group("name")[skip:], "anonymous", "", at + skip)
            if named := self._name_before_title(subject):
                name, title = named
                return _Subject(name, "person", title, at)
            for t in reversed(list(TITLES_RE.finditer(subject))):
                rest = subject[t.end() :]
                if (
                    _ADVERBIAL.match(rest)
                    and not re.search(r"[，,“”]", subject[: t.end()])
                    and not _about_topic(subject[: t.start()])
                ):
                    # 商务部有关负责人: unnamed, unless the article named whoever holds that role;
                    # not a title inside the topic (某某11月2日就…提名某某为新任国务总理表示)
                    return _Subject(subject[: t.end()], "unnamed", "", at, title=subject[: t.end()])
        return self._organisation(subject, at)

    def _name_before_title(self, subject: str) -> tuple[str, str] | None:
        """`拉夫罗夫外长12日表示`, `某某主席日前…时指出`: a name with no surname we know, printed
        before the title, opening the clause. A rare word of two to five characters, not one
        that counts, points or names a body (两国, 该国, 中方, 商务部)."""
        m = TITLES_RE.search(subject, 2)
        if m is None or not 2 <= m.start() <= 5 or not _after_name(subject[m.start() :]):
            return None
        name = subject[: m.start()]
        if (
            name in DUTY_WORDS  # 办案民警: what the officer is doing, not a name
            or not all(_is_han(c) and c not in _BAD_IN_BARE_NAME for c in name)
            or name[0] in "一二两三四五六七八九十几多各该这那此本我其双全"
            or self.freq.get(name, 0) > 300
            or any(self.freq.get(name[i : i + 2], 0) > 1000 for i in range(len(name) - 1))
            or has_org_ending(name)
            or is_outlet(name)
            or name in TITLES
            or _ANONYMOUS_NOUN_RE.search(name)
        ):
            return None
        return name, m.group(0)

    def _reference(self, subject: str, at: int) -> _Subject | None:
        """`总理`, `该负责人`, `上述人士`, `该公司`, `该行`: a reference to someone named before."""
        m = _REFERRING.match(subject)
        lead = m.end() if m else 0
        for n in range(min(len(subject), lead + 8), lead, -1):
            word, rest = subject[lead:n], subject[n:]
            if not (_ADVERBIAL.match(rest) or _MANNER_TAIL.match(rest)):
                continue
            if not _ADVERBIAL.match(rest) and any(
                name_shaped(rest[:k]) and _LONG_MANNER.match(rest[k:]) for k in (2, 3)
            ):
                continue  # 司长邹某笑着: the title before a name, not a reference by title
            if _ORG_REFERENCE.match(subject[:n]):
                return _Subject(subject[:n], "org-ref", "", at)
            if len(word) >= 2 and (
                (word in TITLES and (m or word not in _SHARED_TITLES))
                or (m and re.fullmatch(_ANONYMOUS_NOUN, word))
            ):
                return _Subject(subject[:n], "role", "", at, title=word)
        return None

    def _person(self, subject: str) -> tuple[str, str, int] | None:
        """Split `ROLE NAME adverbials` into (name, role, offset of the name)."""
        for m in _FOREIGN_NAME.finditer(subject):
            dot = next(i for i in range(m.start(), m.end()) if subject[i] in NAME_DOTS)
            start = max([m.start()] + [t.end() for t in TITLES_RE.finditer(subject, 0, dot)])
            last_dot = max(i for i in range(m.start(), m.end()) if subject[i] in NAME_DOTS)
            # the last part may run into what follows (约翰·史密斯在接受…): the shortest that
            # leaves an adverbial or nothing after it
            for end in range(last_dot + 2, m.end() + 1):
                rest = subject[end:]
                if _after_name(rest):
                    return subject[start:end], subject[:start].strip("，,、 "), start
        best: tuple[tuple[int, bool, int, int, bool, bool, int], str, int] | None = None
        title_ends = {t.end() for t in self._titles_in(subject)}
        # a gloss in brackets between the title and the name: `院内代表(党鞭)某某则说`
        title_ends |= {g.end() for e in title_ends if (g := _GLOSS.match(subject, e))}
        # another outlet's reporter, interviewed: `日本经济新闻社记者某某说` (not 本报记者)
        for r in re.finditer("记者", subject):
            if not subject[: r.start()].endswith(
                ("本报", "本刊", "本台", "本网")
            ) and _outlet_before(subject, r.start()):
                title_ends.add(r.end())
        objects_from = len(subject)  # a name after `张三对…` is whom 张三 speaks to, not a speaker
        for start in range(len(subject) - 1):
            if start >= objects_from:
                break
            after_title = start in title_ends or (
                start >= 2 and subject[start - 1] in "师员" and _is_han(subject[start - 2])
            )
            if not (after_title or subject[start] in self.name_firsts):
                continue
            names = self._names_at(subject, start, after_title)
            if not names or (
                start and not after_title and not self._role_before_name(subject[:start])
            ):
                continue
            for name, known in names:
                rest = subject[start + len(name) :]
                if not _after_name(rest) or rest.startswith(tuple(FAMILY_TITLES)):
                    continue  # 某某妻子介绍: the relative speaks, not the one named
                if not known and (name in TITLES or _ANONYMOUS_NOUN_RE.fullmatch(name)):
                    continue  # 高管, 主任: a title with the shape of a name
                if not known and not _ADVERBIAL.match(rest) and _STRONG_WHEN.match(name[-1] + rest):
                    continue  # 官员稍|早时: the name's last character starts when it was said
                if (
                    not known
                    and (
                        to_simplified(name) in _DOCUMENTS
                        or name.startswith(_CHANNEL_WORDS)  # 官网, 官网|昨日
                        or (name[-1] in "中里内" and to_simplified(name[:-1]) in _DOCUMENTS)
                    )
                ):
                    continue  # 贺信, 公告中: what was written, or where it says so, not who
                if not known and opens_with_outlet_ending(rest):
                    continue  # 华尔街|日报: the start of a paper's name
                if not known and not after_title and _REPORT_BY.match(rest):
                    continue  # 东方金城研报认为: a research house, unless a title says who
                if not known and _ends_adverbial(subject[:start], name):
                    continue  # 在官方公告中: the end of where it was said, not 公 and 告中
                if not known and not after_title and _given_is_not_a_name(name):
                    continue  # 曾报道称, 都会感慨: an adverb and a verb, not a surname and a name
                if (
                    not known
                    and after_title
                    and rest
                    and self.freq.get(name[-2:] + rest[0], 0) > 100
                ):
                    continue  # 主持人开玩|笑式地问: the name would cut a word of three in two
                if not known and not after_title and self._cuts_word(name, rest):
                    continue  # 应用正|在: the name would end inside a common word (not 市长韩正|在)
                if not known and (t := TITLES_RE.match(name[-1] + rest)) and t.end() >= 2:
                    continue  # 陈某|副教授, not 陈某副|教授: a title takes its own first character
                if not known and (
                    org_ending_length(subject[: start + len(name)]) >= len(name)
                    # 陆委会, 东吴证券: a body, not a surname and a given name ending in an ending
                    or (len(name) >= 3 and org_ending_length(name) >= 2)
                    or is_outlet(name)
                    or (start and not after_title and self.freq.get(name, 0) > 100)
                    # 宣言指出: a common word of the dictionary, not a name nobody gave before
                    or (not after_title and len(name) == 2 and self.freq.get(name, 0) >= 1000)
                ):
                    continue  # the end of 办公室 or 管理层: no name after 办 or after 东风集团股份
                strong = 2 if _STRONG_ADVERBIAL.match(rest) or _MANNER_TAIL.match(rest) else 1
                if re.match("对|向|跟|同|给|就(?!此)", rest) or (
                    (partner := _MEETING_PARTNER.match(rest)) and partner.end() < len(rest)
                ):
                    # 王某当天在与某外长通电话时说: whom the speaker met, not a speaker
                    objects_from = min(objects_from, start + len(name) + 1)
                # 叶坚|一脸笑容地说, not 叶坚一|脸…: a name ends where a word does not go on
                # nor 马云乐|呵呵地: a word of three
                whole = rest == "" or (
                    self.freq.get(name[-1] + rest[0], 0) < 500
                    and not self.freq.get(name[-1] + rest[:2])
                )
                # 易纲|针锋相对地提出, not 易纲针|锋相对地: what follows a name starts a word
                opens_word = not rest or any(
                    self.freq.get(rest[:n], 0) > 0 for n in (2, 3, 4) if len(rest) >= n
                )
                score = (known, after_title, strong, start, whole, opens_word, len(name))
                if best is None or score > best[0]:
                    best = (score, name, start)
        if best is None:
            return None
        _, name, start = best
        return name, _trimmed_role(subject[:start].strip("，,、 ")), start

    def _spaced_name(self, subject: str, at: int) -> _Subject | None:
        """`李 朝林指出`: a person the text has named, printed with a space after the surname (a
        page's typesetting), opening the clause."""
        if not re.match(rf"[{HAN}][ 　][{HAN}]", subject):
            return None
        for k in (2, 1):
            name = subject[0] + subject[2 : 2 + k]
            if name in self.known_people and len(name) == k + 1 and _after_name(subject[2 + k :]):
                return _Subject(name, "person", self.known_people[name], at, shown=k + 2)
        return None

    def _surname_alone(self, subject: str) -> str | None:
        """`陳指，…`, `李表示`: the surname alone, as the Hong Kong press prints it, means the
        one person of that surname the text has named in full."""
        if not (subject[:1] in SURNAMES and _ADVERBIAL.match(subject[1:])):
            return None
        # (known as a speaker, or named after a title: 司长某某出席了会议 … 刘表示)
        people = set(self.known_people) | {n for _, n, _ in self._named_people()}
        named = {
            self.aliases.get(n, n)
            for n in people
            if n[0] == subject[0] and 2 <= len(n) <= 3 and n[-2:] not in _ADDRESS_TERMS
        }
        return named.pop() if len(named) == 1 else None

    def _cuts_word(self, name: str, rest: str) -> bool:
        """Would a name ending here cut a common word in two (`新的应用正在开发`: 正在;
        `林郑月娥今日`: 今日), where what follows it starts no common word of its own
        (`张国生日前`: 日前 is one, so 张国生 stands)?"""
        if not rest:
            return False
        if self.freq.get(name[-1] + rest[0], 0) < 3000:
            return False
        return len(rest) < 2 or self.freq.get(rest[:2], 0) < 1000

    def _role_before_name(self, role: str) -> bool:
        """Can this text stand before a name as its role (a title, an organisation, a list)?"""
        return (
            role.endswith(("、", " ", "　"))
            or (len(role) >= 3 and role.endswith("的"))  # 家住公园附近的田中花子说
            # 车上的“导航员”某某: a role in quotation marks, as a nickname for the job
            or bool(re.search(r"[“「][^“”「」，,。]{2,6}[”」]$", role))
            # 越南政治分析人士某某: what kind of source, and then who
            or (len(role) >= 3 and bool(re.search(f"{_ANONYMOUS_NOUN}$", role)))
            or ends_with_title(role)
            or self._names_organisation(role)
            or is_outlet(role)
        )

    def _names_at(self, subject: str, start: int, after_title: bool) -> list[tuple[str, int]]:
        """Names that could start at `start`: (name, 1 if the article has named them already)."""
        out = []
        for n in self.known_lengths:
            if subject[start : start + n] in self.known_people:
                out.append((subject[start : start + n], 1))
        if start >= len(subject) or not (subject[start] in _SURNAME_FIRSTS or after_title):
            return out
        for surname_len in (3, 2, 1):
            surname = subject[start : start + surname_len]
            if len(surname) != surname_len:
                continue
            if surname in JAPANESE_SURNAMES:
                given_lens: tuple[int, ...] = (1, 2, 3)
            elif surname in SURNAMES:
                given_lens = (1, 2)
            else:
                continue
            for courtesy in _COURTESY:
                if subject.startswith(courtesy, start + surname_len) and surname_len <= 2:
                    out.append((subject[start : start + surname_len + len(courtesy)], 0))
            for given_len in given_lens:
                name = subject[start : start + surname_len + given_len]
                given = name[surname_len:]
                if (
                    len(given) == given_len
                    and all(
                        _is_han(c) and _may_be_given(c, k, len(given)) for k, c in enumerate(given)
                    )
                    and not self._common_word(name)
                    and given not in TITLES  # 崔大使, 王部长: a surname and a title
                    # 陈某|和记者: 和 ends a given name (美和), never one hidden as 某
                    and not (given[0] == "某" and given[-1] in _BAD_GIVEN)
                ):
                    out.append((name, 0))
        if after_title and (double := self._double_surname(subject, start)):
            out.append((double, 0))
        if (
            after_title
            and not any(_after_name(subject[start + len(n) :]) for n, _ in out)
            # 网友|爆料称: after a word for people described, only a name with a surname
            and not subject[:start].endswith(tuple(EVERYDAY_TITLES))
        ):
            # a name printed after a title need not have a surname we know (总统某某, 经理田中花子);
            # a transliterated one may run to six characters (总理内塔尼亚胡), none of its pairs
            # a common word
            for n in (2, 3, 4, 5, 6):
                name = subject[start : start + n]
                # a long transliteration may hold 内, 里, 中 (内塔尼亚胡), never at its end
                bad = _BAD_IN_BARE_NAME if n <= 3 else _BAD_GIVEN
                if (
                    len(name) == n
                    and all(_is_han(c) and c not in bad for c in name)
                    and name[-1] not in _BAD_IN_BARE_NAME
                    and name[-1] not in "着著地"  # 钟山部长|微笑着回答: a manner, no name
                    and not _ADVERBIAL.match(name)
                    and not re.search(_WEEKDAY, name)  # 总统拜登周二: the day, not the name
                    and self.freq.get(name, 0) <= 300
                    and not has_org_ending(name)
                    and not TITLES_RE.search(name)
                    and (
                        n <= 4
                        or all(self.freq.get(name[i : i + 2], 0) <= 300 for i in range(n - 1))
                    )
                ):
                    out.append((name, 0))
        return out

    def _double_surname(self, text: str, start: int) -> str | None:
        """Hong Kong prints a married woman's name with her husband's surname before her own
        (林郑月娥, 范徐丽泰): two single surnames and a given name of two, after a title."""
        name = text[start : start + 4]
        if (
            len(name) == 4
            and name[0] in SURNAMES
            and name[1] in SURNAMES
            and all(_is_han(c) and c not in _BAD_IN_BARE_NAME for c in name[2:])
            and self.freq.get(name[2:], 0) <= 100
            and self.freq.get(name[1:3], 0) <= 100
            and not _ADVERBIAL.match(name[2:])
            # 王海涛|接受, 王海涛|谈起: the fourth character begins a word with what follows
            and self.freq.get(name[3] + text[start + 4 : start + 5], 0) < 100
        ):
            return name
        return None

    def _org_ending(self, name: str) -> bool:
        """An organisation's ending, but not the end of a common word (社会, 机会, 进行)."""
        return bool(org_ending_length(name)) or (
            has_org_ending(name) and self.freq.get(name[-2:], 0) < 1000
        )

    def _names_organisation(self, name: str) -> bool:
        """By its ending, by the name the article gave it in full, or as a known brand."""
        return self._org_ending(name) or name in self.org_stems or name in KNOWN_ORGANISATIONS

    def _known_organisation(self, subject: str) -> bool:
        """`谷歌在声明中`: a brand that stands for its firm, then when or how (not 谷 + 歌)."""
        m = _KNOWN_ORGANISATION.match(subject)
        return bool(m and _opens_adverbial(subject[m.end() :]))

    def _may_file(self, name: str) -> bool:
        """Could this be the short name of a company that files (亿利洁能, 御家汇): not a word of
        the dictionary (最新公告), a reference (该公司公告) or an outlet."""
        return not (
            self.freq.get(name, 0) > 100
            or _REFERRING.match(name)
            or name in _GENERIC
            or is_outlet(name)
            or _REPORTER.match(name)
            or name in self.reporters
        )

    def _common_word(self, name: str) -> bool:
        """A frequent dictionary word (公开, 东风) is no name; real names are rare in it."""
        return bool(self.freq.get(name, 0) > 2000)

    def _without_paper(self, head: str) -> str:
        """`某某股份回复函`, `某某部官网`: the body, without what it filed or where it published."""
        if (m := _ORG_PAPER.search(head)) and self._org_ending(head[: m.start()]):
            return head[: m.start()]
        return head

    def _organisation(self, subject: str, at: int) -> _Subject | None:
        """An organisation that speaks (某某证券认为, 某某委员会公布, 某某科技公告); never data
        (数据显示), an outlet, or a phrase that merely ends like one."""
        head = subject
        if m := re.search(r"^(?:来自|根据|针对|从|由)", head):
            head, at = head[m.end() :], at + m.end()
        if m := _LEADING_DATE.match(head):
            head, at = head[m.end() :], at + m.end()  # 1999年12月11日国家药监局公布…
        if (m := _LISTED.match(head)) and 2 <= len(head) - m.end() <= 10:
            # 在美国上市的拍拍贷宣布: a listed company, whatever its name ends in
            name = _ORG_TAIL.sub("", re.sub(r"(?:发布)?(?:公告|回复|声明)$", "", head[m.end() :]))
            if len(name) >= 2 and _is_han(name[0]) and not re.search(r"[，,。“”：:\s]", name):
                return _Subject(name, "organization", "", at + m.end())
        if m := _FILED_BY.match(head):
            if _ORG_REFERENCE.match(m.group("name")):
                return _Subject(m.group("name"), "org-ref", "", at)  # 该公司公告称: named before
            if self._may_file(m.group("name")):
                return _Subject(m.group("name"), "organization", "", at)  # 某某股份公告称
        for m in re.finditer(r"在|接受|向|对|于|就|通过|发文|撰文|以", head):
            if not _word_of_its_own(head[m.start() :], m[0]):
                continue  # 韩国在野党…: the start of a longer word (在野), not where it was said
            # 某某部门12日对记者称, 某某市政府官网于4月15日发布消息
            before = self._without_paper(_ORG_TAIL.sub("", head[: m.start()]))
            if len(before) >= 2 and self._names_organisation(before):
                head = before
                break
        head = _ORG_TAIL.sub("", head)
        if head.endswith("时"):
            for k in range(2, min(len(head) - 1, 7)):
                if self._names_organisation(head[:-k]):
                    head = head[:-k]  # 某某法院二审时: when the body said it
                    break
        if m := re.search(
            r"(?:发布|公布|发表|出具)(?:的)?(?:《[^》]{1,40}》|[^，,。]{0,20}(?:报告|数据))", head
        ):
            head = head[: m.start()]
            head = re.sub(
                r"(?:\d{1,2}月\d{1,2}日|\d{1,2}日|[一二三四五六七八九十]{1,3}日|近日|日前|此前|最新"
                r"|上午|下午|今日|今天|昨日|昨天|当天|同日)+$",
                "",
                head,
            )
        if re.search(r"推动|要求|促使|敦促|督促|呼吁|希望|探讨|敦请|责令|促请", head):
            return None  # 正探讨推动某国政府公布…: the body is made to speak, it does not
        head = _DATA_NOUN.sub("", head) if _DATA_NOUN.search(head) and len(head) > 2 else head
        head = _ORG_TAIL.sub("", head)
        head = self._without_paper(head)
        for m in _ORG_KIND.finditer(head):
            rest = head[m.end() :]
            if len(rest) >= 2 and self._names_organisation(rest):
                # 全球第二大硅片制造商某某股份: what kind of company, and then which
                head, at = rest, at + m.end()
                break
        if (
            not 2 <= len(head) <= 24
            or head in _GENERIC
            or (head.startswith("在") and not head.startswith("在线"))  # 在某集团宣布上市之后
            # 某某6日中午在某某指挥中心: a name, when and where, not a body's name
            or bool(re.search(r"\d{1,2}[日号]|(?:在|于)(?!线)", head[1:]))
            or is_outlet(head)
            or re.search(r"[，,。“”《》:：;；、的\s]", head)
            or _REPORTER.match(head)
        ):
            return None
        if self._names_organisation(head):
            return _Subject(head, "organization", "", at)
        return None


# what says the name after it is a company's: where it is listed (在美国上市的, 港股上市公司)
_LISTED = re.compile(
    r"^(?:在[^，,。“”]{1,10}?上市的|(?:A股|港股|美股)?上市公司|(?:A股|港股|美股)公司)"
)
# what a company files, printed between its name and the verb (某某股份回复函披露)
_ORG_PAPER = re.compile(
    r"(?:的)?(?:回复函|问询函回复|回函|年报|半年报|季报|招股书|招股说明书|财报"
    rf"|{alternation(_CHANNELS)})$"
)
# a company in the filing it speaks by (某某股份公告称, 某某在回复中表示, 某某研报认为): only
# companies and bodies file announcements, replies to an exchange and research reports, so the
# name before one is theirs
_FILED_BY = re.compile(
    rf"^(?P<name>(?:(?!在|于)[{HAN}A-Za-z]){{2,8}}?)(?:在|于)?(?:其|官方|最新)?(?:发布|披露|发出)?(?:的)?"
    r"(?:公告|回复函|问询函回复|回函|回复|研报|研究报告)(?:中|里)?(?:先是|也|还|则|又|同时|进一步)?$"
)
# what kind of company it is, printed before its name
_ORG_KIND = re.compile(
    r"(?:制造商|供应商|运营商|开发商|服务商|生产商|厂商|经销商|零售商|巨头|龙头|企业|公司|机构)"
)

# the answers of an interview printed as questions and answers (问：… 答：…)
_ANSWER = ("答", "回答", "A", "Ａ")


def _role_before_colon(who: str, at: int) -> _Subject | None:
    """`行政长官：…`, `财政司司长：…`, `张三议员：…`, `答：…`: a transcript line that names its
    speaker by a title (the person named with that title before speaks; else the title), by a
    name with the title after it, as the press of Hong Kong prints it, or only as the answer."""
    if who in _ANSWER:
        return _Subject(who, "answer", "", at)
    for n in range(min(len(who), 6), 1, -1):
        title, rest = who[len(who) - n :], who[: len(who) - n]
        if title not in TITLES:
            continue
        if name_shaped(rest):
            return _Subject(rest, "person", title, at)
        if len(rest) <= 8 and not any(c in _BAD_IN_BARE_NAME or not _is_han(c) for c in rest):
            return _Subject(who, "role", "", at, title=title)
    return None


def _may_be_given(c: str, k: int, length: int) -> bool:
    """May this character stand at position k of a given name? Particles never do; 和 and 之
    do as the last of two or more (美和, 平和, 元之, 羲之), where they cannot join the name to
    another one; 以 and 为 as the first of two (以宁, 为民), where a name cannot end in them
    (`张三以视频方式…`, `李四为此…` keep their two-character names)."""
    return (
        c not in _BAD_GIVEN
        or (c in "和之" and k == length - 1 and length >= 2)
        or (c in "以为" and k == 0 and length == 2)
    )


def _ends_adverbial(role: str, name: str) -> bool:
    """Does this "name" close an adverbial opened before it (`在官方公告中`, `于会上`)?"""
    return name[-1] in "中上里时后" and bool(re.search("在|于|当(?!地)", role))


# what no given name is: a word of reporting (曾|报道), or a modal verb alone (都|会, 也|要)
_NOT_GIVEN = frozenset(_LEX["say"]) | frozenset(_LEX["not_given"])


# how often jieba's dictionary has a word among the commonest of the language (支持, 方向)
_EVERYDAY_WORD = 8000
# how often a one-character verb and what follows are one word (说服, 说好): no bare speech
_GOES_ON = 100
# ... and a word common enough that a name and the word after it rarely both read as one
_COMMON_WORD = 1000


def _outlet_before(text: str, pos: int) -> bool:
    """Does an outlet's name (up to 12 characters) end at `pos` (`日本经济新闻社|记者`)?"""
    return any(is_outlet(text[k:pos]) for k in range(max(0, pos - 12), pos - 1))


def _about_topic(text: str) -> bool:
    """Does the text hold 就 as a word of its own, opening a topic (某某11月2日就…提名…), not 就任,
    就职, 成就, nor 就此?"""
    words = list(tokenizer().cut(text)) if "就" in text else []
    return any(
        w == "就" and k + 1 < len(words) and not words[k + 1].startswith(("此", "该", "这"))
        for k, w in enumerate(words)
    )


def _opens_adverbial(rest: str) -> bool:
    """Does what follows a name open with when, where or how it was said, as a word of its own?
    Not 在 of 在野党 (韩国在野党…), nor 就 of 就业 (学生就业指导中心老师…): there the name only
    qualifies the longer noun that goes on."""
    adverbial = _ADVERBIAL.match(rest)
    return adverbial is not None and (
        not adverbial.group() or _word_of_its_own(rest, adverbial.group())
    )


def _word_of_its_own(text: str, word: str) -> bool:
    """Is `word`, opening `text`, a word there and not the start of a longer one (在 of 在野党, 就
    of 就业)? A preposition with 此 or 于 is one still (就此, 对于)."""
    first = next(iter(tokenizer().cut(text[:12])), "")
    return len(first) <= len(word) or (len(first) == 2 and first[1] in "此于")


def _given_is_not_a_name(name: str) -> bool:
    """Is what follows a one-character surname a word that never names anyone?"""
    return name[1:] in _NOT_GIVEN


# a topic the sentence answers (对于网友称“…”的说法，某某回应称): a claim cited, not spoken here
_TOPIC_OPENING = re.compile(r"^(?:对于|关于|针对)")
_CLAIM_ANSWERED = re.compile(
    r"(?:“[^”]{0,80}”|「[^」]{0,80}」|[^，,。；;“「]){0,80}?"
    r"的(?:说法|传言|传闻|质疑|报道|消息|言论|观点|指控|疑问|猜测)(?=[，,。])"
)


# a person introduced by what they are called (一名叫做杰森的博主): the name, then 的 and who
_CALLED = re.compile(
    rf"(?:叫做|名为|名叫(?!做)|(?<=一名|一位|一个)叫(?!做))(?P<name>[{HAN}]{{2,4}}|{_FOREIGN_NAME.pattern})的"
    rf"(?=[{HAN}]{{0,12}}(?:人|者|员|师|生|家|主|手|客|友|孩|子|女|男|士|工|博主))"
)


# the team an analyst leads, printed after the analyst's name
_TEAM = re.compile(r"^(?:研究团队|分析师团队|团队|课题组)")
# the research report an analyst speaks by (某某研报认为, 某某在最新研报中指出)
_REPORT_BY = re.compile(r"^(?:在)?(?:最新|近日|日前)?(?:发布的)?(?:研报|研究报告)(?:中)?")


def _after_name(rest: str) -> bool:
    """May this follow a name before its verb: adverbials (`12日在…上`), a manner (`笑着`), or a
    title printed after the name (`张军教授`, `拉夫罗夫外长`) and then adverbials? A team named
    after its head (`某某团队认为`) speaks as that person."""
    rest = _REPORT_BY.sub("", _TEAM.sub("", rest, count=1), count=1)
    if _ADVERBIAL.match(rest) or _LONG_MANNER.match(rest) or _WHEN_TAIL.match(rest):
        return True
    title = TITLES_RE.match(rest) or re.match("先生|女士", rest)
    if title is None or title.end() == 0:
        return False
    after = rest[title.end() :]
    return bool(_ADVERBIAL.match(after) or _MANNER_TAIL.match(after))


# an outlet's report, cited (据新华社报道，, 而根据彭博报道，)
_OUTLET_CITED = re.compile(
    r"(?:而|但|不过)?(?:根据|据)(?P<who>[^，,。；;“”\n]{2,20}?)的?(?:报道|消息|报导)[，,]"
)


def _outlet_reports(subject: str) -> bool:
    """Is this clause before a speech verb an outlet and when or how it reported (`西班牙媒体`,
    `新华社当天`)?"""
    subject = subject.strip(" 　")
    while m := _LEADING_CONNECTIVE.match(subject):
        subject = subject[m.end() :]
    return any(
        is_outlet(subject[:k]) and bool(_ADVERBIAL.match(subject[k:]))
        for k in range(2, min(len(subject), 16) + 1)
    )


def _quotations(text: str) -> list[tuple[int, int]]:
    """(index of the opening mark, index of the closing mark) of every top-level quotation;
    one left open at the end of a paragraph closes there."""
    out = []
    i = 0
    n = len(text)
    opener = re.compile("[“「『]")
    while i < n:
        m = opener.search(text, i)
        if not m:
            break
        i = m.start()
        close = _QUOTES[text[i]]
        j = i + 1
        depth = 0
        marks = re.compile(f"[{text[i]}{close}\n]")
        while True:
            k = marks.search(text, j)
            if not k:
                j = n
                break
            j = k.start()
            ch = text[j]
            if ch == "\n":
                break
            if ch == text[i]:
                depth += 1
            elif depth == 0:
                break
            else:
                depth -= 1
            j += 1
        out.append((i, j))
        i = j + 1
    return out


_DEFINED = re.compile(
    r"[（(](?:以下|下文)?(?:简称|下称|称)[“「『](?P<alias>[^”」』\n]{1,6})[”」』][）)]"
)
_REPORTER_NAMED = re.compile(
    rf"记者(?P<name>[{HAN}]{{1,6}}[{NAME_DOTS}][{HAN}]{{1,4}}?|[{HAN}]{{2,3}}?)"
    r"(?=的|[，,。、：:（(]|(?:追|提|发|反)?问|说|表示)"
)


def _reporters_named(text: str) -> set[str]:
    """Reporters the text names (`回答了记者乔纳森·斯旺的提问`, `记者张三问`): an interviewer's
    questions are no statements, under the whole name or its last part."""
    out = set()
    for m in _REPORTER_NAMED.finditer(text):
        name = m.group("name")
        if text.startswith(("说", "表示"), m.end()) and _outlet_before(text, m.start()):
            continue  # `日本经济新闻社记者某某说`: another outlet's reporter, interviewed, speaks
        if any(d in name for d in NAME_DOTS):
            out |= {name, re.split(f"[{NAME_DOTS}]", name)[-1]}
        elif name[0] in _SURNAME_FIRSTS and name not in TITLES:
            out.add(name)
    return out


def _sentence_ends(text: str) -> list[int]:
    """Index just past every sentence (its closing quotation marks included); a paragraph's end
    ends one too. Stops inside a quotation do not end the sentence around it."""
    ends: list[int] = []
    depth = 0
    n = len(text)
    pos = 0
    marks = re.compile(f"[{_OPENERS}{_CLOSERS}{_SENT_END}\n]")
    while m := marks.search(text, pos):
        i = m.start()
        c = text[i]
        pos = i + 1
        if c == "\n":
            if not ends or ends[-1] != i:
                ends.append(i)
            depth = 0
        elif c in _OPENERS:
            depth += 1
        elif c in _CLOSERS:
            depth = max(0, depth - 1)
            if (
                depth == 0
                and i
                and text[i - 1] in _SENT_END
                and i + 1 < n
                and text[i + 1] in _OPENERS
            ):
                # `…可以合并。”“我们…`: a quotation closed on its own stop, another opening
                # straight after, ends the sentence
                ends.append(i + 1)
        elif depth == 0:
            j = i + 1
            while j < n and text[j] in _CLOSERS + _SENT_END:
                j += 1
            ends.append(j)
            pos = j
    if not ends or ends[-1] < n:
        ends.append(n)
    return ends


def _printed_at(text: str, names: Collection[str]) -> list[tuple[int, str]]:
    """(position, name) of every place `text` prints one of `names`, left to right, the longest
    name at a place, in one pass whatever their number."""
    if not names:
        return []
    lengths = sorted({len(n) for n in names}, reverse=True)
    firsts = re.compile("[" + re.escape("".join({n[0] for n in names})) + "]")
    out = []
    pos = 0
    while m := firsts.search(text, pos):
        i = m.start()
        pos = i + 1
        for n in lengths:
            # a slice past the end is shorter than n and may be another name (史密斯)
            if len(key := text[i : i + n]) == n and key in names:
                out.append((i, key))
                pos = i + n
                break
    return out


_STEM = re.compile(f"[{HAN}A-Za-z0-9]+")


def _org_stems(text: str) -> set[str]:
    """Names the text gives an organisation's ending elsewhere (`某某公司`, `某某家居`): the
    two to six characters before each such ending."""
    stems = set()
    for m in _ORG_CONTEXT.finditer(text):
        for n in range(2, 7):
            stem = text[max(0, m.start() - n) : m.start()]
            if len(stem) == n and _STEM.fullmatch(stem):
                stems.add(stem)
    # a listed company is printed with its stock code: 某某高新（000661）, 某某(SZ000661)
    stems.update(m.group("name") for m in _STOCK_CODE.finditer(text))
    return stems


_STOCK_CODE = re.compile(
    rf"(?<![{HAN}])(?P<name>\*?(?:ST)?[{HAN}]{{2,6}})[（(]\s*(?:SZ|SH|BJ|HK)?\d{{6}}(?:\.(?:SZ|SH|BJ))?"
    r"(?:\s*[，,]\s*(?:SZ|SH|BJ))?\s*[）)]"
)


# the stock code a listed company's name carries in brackets: 601377, 600000.SH, 00700.HK
_LISTING_NOTE = re.compile(r"[（(]\s*(?:SZ|SH|BJ|HK)?\d{4,6}(?:\.(?:SZ|SH|BJ|HK))?\s*[）)]")


def _takes_bare(event: _Event, after: str) -> bool:
    """May this verb take what was said with no punctuation after it (`某某集团宣布调整…`)?"""
    if not after or after in _SENT_END + "\n" + _CLOSERS + "了过的着":
        return False
    kind = event.subject.kind if event.subject else ""
    # 某某说确实捡到了…, 但中国说这纯属猜测, not 某某说服|说完: a bare 说 where no word goes on
    short = event.verb in _BARE_SHORT and tokenizer().FREQ.get(event.verb + after, 0) < _GOES_ON
    if kind == "organization":
        return event.verb in _BARE_ORG or short
    if kind == "anonymous":  # 超过四分之一的经济学者认为三季度…, 业内人士预计明年…
        return event.verb in _BARE_ANONYMOUS
    if event.verb in _BARE_SHORT:
        return kind == "person" and short
    return event.verb in _BARE and kind in ("person", "pronoun", "role", "unnamed")


def _speech_like(inner: str) -> bool:
    """A sentence someone says, not a term or title in quotation marks (“先行先试”)."""
    return len(inner) >= 8 and bool(re.search(r"[，,。！？!?；;]", inner))


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(spans, (end, -1)) - 1
    return i >= 0 and spans[i][1] > start


def _is_punct(c: str) -> bool:
    return bool(c) and not (_is_han(c) or c.isalnum())


def _holding(roles: dict[str, list[str]], title: str, whole: bool) -> Callable[[str], bool]:
    """Does a person hold this title (in one of their roles; `whole`: as the end of it)?"""

    def fits(name: str) -> bool:
        return any(r.endswith(title) if whole else title in r for r in roles.get(name, []))

    return fits


def _ending_with(title: str) -> Callable[[str], bool]:
    return lambda name: name.endswith(title)


def _nearest_at(positions: list[tuple[int, str]], at: int) -> tuple[int, str] | None:
    """The nearest mention before `at`."""
    i = bisect_left(positions, (at, ""))
    return positions[i - 1] if i else None


def _surnamed(surname: str) -> Callable[[str], bool]:
    return lambda name: name.startswith(surname) and len(name) > len(surname)


def _nearest(positions: list[tuple[int, str]], at: int, fits: Callable[[str], bool]) -> str | None:
    """The name of the nearest mention before `at` that fits (looking back a bounded way)."""
    i = bisect_left(positions, (at, ""))
    for j in range(i - 1, max(-1, i - 200), -1):
        if fits(positions[j][1]):
            return positions[j][1]
    return None
