"""Speech shapes of general and financial news on sentences written for these tests.

A paper told by its whole name (告诉经济观察报), a listed company with its stock code, a verb that
reports a few words before the colon of a quotation, 受访时 and 闻言 after a name, a quotation
opening a paragraph before the person it introduces, an outlet's view ending the statement before
it, 诉苦说, a sports body after the match, an address term standing for the one so called, and a
pronoun that does not fit the sex its antecedent is called by."""

from desktop.core.speakers import find_speakers
from tests.helpers import people_named as people
from tests.helpers import speaker_kind as _kind
from tests.helpers import speaker_of


def _direct(text: str, fragment: str) -> set[bool]:
    at = text.index(fragment)
    return {
        s["direct"]
        for s in find_speakers(text).statements
        if s["start"] <= at and s["end"] >= at + len(fragment)
    }


def test_a_paper_told_by_its_whole_name():
    text = "研究员王磊告诉经济观察报，今年出口增速会放缓。"
    assert speaker_of(text, "今年出口增速会放缓") == {"王磊"}
    text = "宏观分析师赵敏告诉21世纪经济报道：“明年仍有降息空间。”"
    assert speaker_of(text, "明年仍有降息空间") == {"赵敏"}


def test_a_listed_company_speaks_with_its_stock_code_after_its_name():
    text = "浦发银行（600000）表示，下半年将继续压降不良贷款。"
    assert speaker_of(text, "下半年将继续压降不良贷款") == {"浦发银行"}
    assert _kind(text, "浦发银行") == "organization"
    text = "腾讯控股（00700.HK）首席战略官李伟表示，明年将加大投入。"
    assert speaker_of(text, "明年将加大投入") == {"李伟"}


def test_a_quotation_after_a_few_reported_words_is_the_speakers_own():
    text = "李强坦言压力大：“会，很紧张，要背很长的台词，每天都在练。”王五也表示：“大家都很努力。”"
    assert speaker_of(text, "要背很长的台词") == {"李强"}
    assert _direct(text, "要背很长的台词") == {True}
    assert speaker_of(text, "压力大") == {"李强"}
    assert speaker_of(text, "大家都很努力") == {"王五"}


def test_when_the_name_was_interviewed_or_heard_it_is_no_part_of_the_name():
    text = "歌手林静受访时表示，新专辑明年春天发行。"
    assert speaker_of(text, "新专辑明年春天发行") == {"林静"}
    assert people(text) == {"林静"}
    text = "教练周涛闻言即表示：“我们一定会调整过来。”"
    assert speaker_of(text, "我们一定会调整过来") == {"周涛"}
    assert people(text) == {"周涛"}


def test_a_quotation_opening_a_paragraph_is_the_words_of_the_person_introduced_after_it():
    text = (
        "“排了两个小时的队，终于办下来了。”拿着新证件，台湾青年林建面带笑容。\n\n"
        "林建告诉记者，以后坐火车就方便了。"
    )
    assert speaker_of(text, "终于办下来了") == {"林建"}
    # the person named is not the clause's subject: whoever takes the photo has not spoken
    text = (
        "“排了两个小时的队，终于办下来了。”拿着新证件，一旁的工作人员为林建拍照。\n\n"
        "林建告诉记者，以后坐火车就方便了。"
    )
    assert speaker_of(text, "终于办下来了") == set()


def test_an_outlets_view_is_no_ones_words_and_ends_the_statement_before_it():
    text = (
        "该国外交部表示，对方事先提出了申请，并获得了许可。不过，当地媒体认为，这次演习是一种施压。"
    )
    assert speaker_of(text, "并获得了许可") == {"该国外交部"}
    assert speaker_of(text, "这次演习是一种施压") == set()


def test_a_source_who_complained_is_no_person_named_after_the_adverb():
    text = "有俱乐部人士曾诉苦说，“连续加班一个月，体力跟不上。”"
    assert people(text) == set()
    assert speaker_of(text, "体力跟不上") == {"俱乐部人士"}


def test_a_sports_body_speaks_after_the_match():
    text = "中国篮协赛后确认，当值主裁判存在两次明显误判。"
    assert speaker_of(text, "当值主裁判存在两次明显误判") == {"中国篮协"}
    assert _kind(text, "中国篮协") == "organization"


def test_an_address_term_alone_means_the_one_so_called():
    text = "王大爷说，菜园是他退休后开的。记者了解到，菜园不大。大爷表示，种菜能锻炼身体。"
    assert speaker_of(text, "种菜能锻炼身体") == {"王大爷"}
    assert people(text) == {"王大爷"}
    # two people so called: the term alone means the nearer, as a bare title does
    text = "王大爷说，菜园是他开的。李大爷说，他每天都来。大爷表示，种菜能锻炼身体。"
    assert speaker_of(text, "种菜能锻炼身体") == {"李大爷"}


def test_a_pronoun_never_means_a_person_called_the_other_sex():
    text = "刘女士说，摊位每天早上六点开张。有司机在一旁等候。他告诉记者，自己每周都来买。"
    assert speaker_of(text, "自己每周都来买") == set()
    text = "刘女士说，摊位每天早上六点开张。她告诉记者，自己每周都来进货。"
    assert speaker_of(text, "自己每周都来进货") == {"刘女士"}


def test_an_adverb_and_a_verb_after_a_title_are_no_name():
    text = "此前，司机曾起诉那家轮胎公司，并申请了鉴定。他说，轮胎本身有问题。"
    assert people(text) == set()
    assert speaker_of(text, "轮胎本身有问题") == set()


def test_a_papers_name_is_no_persons_name():
    text = "华岭日报周一文章称，美国房地产市场已出现降温迹象。"
    assert people(text) == set()
    assert speaker_of(text, "美国房地产市场已出现降温迹象") == set()
    # a press conference is where a person spoke, not a paper
    text = "外交部发言人陈晓在新闻发布会上表示，中方欢迎各方参与。"
    assert speaker_of(text, "中方欢迎各方参与") == {"陈晓"}


def test_a_relative_named_after_the_kinship_speaks():
    text = "“爷爷每天都要练字，从来不间断。”孙女周小雨介绍说，爷爷年轻时是木匠。"
    assert speaker_of(text, "从来不间断") == {"周小雨"}
    assert speaker_of(text, "爷爷年轻时是木匠") == {"周小雨"}


def test_where_a_document_says_so_is_no_name():
    text = "公告中还指出，受让方须向公司提供不少于1亿元的借款。"
    assert people(text) == set()
    text = "市房屋登记部门相关负责人透露，尚未遇到过住宅土地使用权到期的情况。"
    assert people(text) == set()
    assert speaker_of(text, "尚未遇到过住宅土地使用权到期的情况") == {"市房屋登记部门相关负责人"}


def test_an_old_person_named_before_laoren_is_whom_he_later_means():
    text = (
        "去年冬天，80岁的钱守义老人接到了医院的电话。"
        "老人在家中接受了记者采访。他说，孙子一直是他的骄傲。"
    )
    assert speaker_of(text, "孙子一直是他的骄傲") == {"钱守义"}


def test_the_hong_kong_presss_surname_alone_and_its_verbs():
    text = "工程经理陈志恒供称，报告只是小问题。陈指，当时未必能即时更新图纸。"
    assert speaker_of(text, "报告只是小问题") == {"陈志恒"}
    assert speaker_of(text, "当时未必能即时更新图纸") == {"陈志恒"}
    # two of that surname named: the surname alone picks neither (the one named first least)
    text = "经理陈志恒表示，报告只是小问题。律师陈文表示，报告另有隐情。陈指，图纸未及更新。"
    assert "陈志恒" not in speaker_of(text, "图纸未及更新")
    # 指 counts only where it ends its clause, as an attribution
    text = "他的手指，还在流血。"
    assert find_speakers(text).statements == []


def test_a_name_ends_before_a_word_of_three_its_last_character_would_start():
    text = "导演周云乐呵呵地回答：“明年还会再来。”"
    assert speaker_of(text, "明年还会再来") == {"周云"}


def test_a_shops_staff_named_after_the_job_speak_and_keep_their_quotation():
    text = (
        "小馆的领班许秋月告诉本报记者，客人是傍晚临时决定来吃饭的。\n\n"
        "许秋月说，客人吃得很满意，“希望他们以后再来。”"
    )
    assert speaker_of(text, "客人是傍晚临时决定来吃饭的") == {"许秋月"}
    assert speaker_of(text, "希望他们以后再来") == {"许秋月"}


def test_an_inquiry_team_speaks_and_an_announcement_inside_a_time_clause_does_not():
    text = "调查组认为，该平台的推广标识不清，必须立即整改。"
    assert speaker_of(text, "必须立即整改") == {"调查组"}
    assert _kind(text, "调查组") == "organization"
    text = "在星河集团宣布上市之后，相关概念股大涨。"
    assert find_speakers(text).statements == []


def test_one_of_the_commonest_words_after_a_title_starts_no_name():
    text = "记者追问他的两个儿子支持林永年，他反问，“如果你五十岁了，你会听爸爸的吗？”"
    assert "支持林" not in people(text)
    assert "支持林" not in speaker_of(text, "你会听爸爸的吗")


def test_simply_put_is_the_writers_words():
    text = "简单地说，这家公司的业务并未获得支付许可。"
    assert find_speakers(text).statements == []


def test_an_outlets_report_cited_ends_the_statement_running():
    text = (
        "东岳证券在研报中称，三轮融资后，该公司估值已在万亿量级，"
        "而根据远东通讯社报道，该公司上一轮融资后的估值约为1500亿美元。"
    )
    assert speaker_of(text, "该公司估值已在万亿量级") == {"东岳证券"}
    assert speaker_of(text, "上一轮融资后的估值约为1500亿美元") == set()


def test_a_name_hidden_as_mou_ends_before_he():
    text = "副镇长李某和记者说起那晚的事时，显得很无奈：“我是为了陪好客人才喝的酒。”"
    assert people(text) == {"李某"}
    assert speaker_of(text, "我是为了陪好客人才喝的酒") == {"李某"}


def test_a_company_said_to_be_listed_speaks_whatever_its_name_ends_in():
    text = "在美国上市的贷贷乐宣布，与一家香港券商达成战略合作。"
    assert speaker_of(text, "与一家香港券商达成战略合作") == {"贷贷乐"}
    assert _kind(text, "贷贷乐") == "organization"
    text = "港股上市公司星光昨日公告称，上半年收入增长三成。"
    assert speaker_of(text, "上半年收入增长三成") == {"星光"}
    # when it was listed is no company
    text = "在上市的第一天，他表示很高兴。"
    assert people(text) == set()
