"""Speech shapes of the financial press on sentences written for these tests.

Firms whose short name has a surname's shape (东方证券, 东吴证券), an analyst's team (某某团队认为),
brokerages named bare (中金认为), a company speaking by its announcement or its reply to the
exchange (某某公告称, 某某在回复中表示), and 所以说, which goes on with the speaker's words."""

from desktop.core.lexicon import is_outlet
from desktop.core.speakers import find_speakers
from tests.helpers import people_named as people
from tests.helpers import speaker_kind as _kind
from tests.helpers import speaker_of


def test_a_firm_whose_name_starts_like_a_surname_is_no_person():
    text = "东方证券表示，公司上半年自营收入同比减少。东吴证券认为，明年成交额仍将增加。"
    assert people(text) == set()
    assert speaker_of(text, "公司上半年自营收入同比减少") == {"东方证券"}
    assert _kind(text, "东吴证券") == "organization"


def test_a_person_named_like_a_surname_and_a_word_is_still_a_person():
    text = "分析师东方明表示，明年利率将继续下行。"
    assert speaker_of(text, "明年利率将继续下行") == {"东方明"}


def test_an_analysts_team_speaks_as_the_analyst():
    text = "华泰证券王强团队认为，下半年出口增速可能放缓。"
    assert speaker_of(text, "下半年出口增速可能放缓") == {"王强"}
    assert people(text) == {"王强"}
    text = "国泰君安李明研究团队预计，明年行业利润将回升。"
    assert speaker_of(text, "明年行业利润将回升") == {"李明"}


def test_a_brokerage_named_bare_speaks_for_its_firm():
    text = "中金认为，明年货币政策仍有宽松空间。"
    assert speaker_of(text, "明年货币政策仍有宽松空间") == {"中金"}
    assert _kind(text, "中金") == "organization"


def test_a_company_speaks_by_its_announcement():
    text = "今年5月6日晚间，青禾雅集公告称，公司拟回购部分股份。"
    assert speaker_of(text, "公司拟回购部分股份") == {"青禾雅集"}
    assert _kind(text, "青禾雅集") == "organization"
    text = "上月底，蓝湾优品发布公告表示，新药已获批上市。"
    assert speaker_of(text, "新药已获批上市") == {"蓝湾优品"}


def test_a_company_speaks_by_its_reply_and_is_meant_by_the_company_later():
    text = (
        "晨光悦家在回复中先是表示，业绩考核指标是结合行业前景确定的。"
        "不过公司又补充道：“上述目标不构成业绩承诺。”"
    )
    assert speaker_of(text, "业绩考核指标是结合行业前景确定的") == {"晨光悦家"}
    assert speaker_of(text, "上述目标不构成业绩承诺") == {"晨光悦家"}


def test_an_announcement_by_no_one_named_names_no_company():
    text = "最新公告显示，公司利润下降。"
    assert "最新" not in {s["name"] for s in find_speakers(text).speakers}


def test_so_to_say_goes_on_with_the_speakers_words():
    text = (
        "刘伟表示，房价已经跌到了底部，反弹有一定迷惑性。所以说，这样的数据是否代表回暖还需要观察。"
    )
    assert speaker_of(text, "这样的数据是否代表回暖还需要观察") == {"刘伟"}


def test_the_end_of_where_it_was_said_is_no_name():
    text = "星海资本在官方公告中表示，公司将继续支持被投企业。"
    assert people(text) == set()
    assert speaker_of(text, "公司将继续支持被投企业") == {"星海资本"}


def test_an_adverb_and_a_verb_are_no_surname_and_name():
    text = "此前，《环球日报》曾报道称，该项目已经暂停。"
    assert "曾报道" not in {s["name"] for s in find_speakers(text).speakers}
    text = "回头再看，都会感慨，当时哪来这么大的勇气。"
    assert people(text) == set()


def test_a_name_after_a_title_does_not_cut_a_word_of_three():
    text = "最后主持人开玩笑地问：“那你明年还来吗？”"
    assert people(text) == set()
    text = "研究总监严立新表示，明年市场仍将偏冷。"
    assert speaker_of(text, "明年市场仍将偏冷") == {"严立新"}


def test_parties_to_a_case_and_what_they_say_in_court():
    text = "被告人王某明当庭表示服从判决，不再上诉。"
    assert speaker_of(text, "服从判决") == {"王某明"}


def test_a_court_speaks_when_it_heard_the_case():
    text = "一审法院认为，合同有效。上海市高级人民法院二审时也陈述，原告的证据不足以证明损失。"
    assert speaker_of(text, "原告的证据不足以证明损失") == {"上海市高级人民法院"}


def test_clergy_and_helpers_before_a_name():
    text = "灵隐寺监院慧明法师解释称，近年来到寺里拍照的人越来越多。"
    assert speaker_of(text, "近年来到寺里拍照的人越来越多") == {"慧明"}
    text = "在门口值班的义工陈女士也向记者承认，她说话声音有点大。"
    assert speaker_of(text, "她说话声音有点大") == {"陈女士"}


def test_a_manner_in_quotation_marks():
    text = "市长李国强“信心满满”地宣布，新机场明年通航。"
    assert speaker_of(text, "新机场明年通航") == {"李国强"}


def test_a_claim_answered_is_not_a_statement_of_who_made_it():
    text = "对于有网友称“景区要涨价”的说法，景区负责人张强回应称，门票价格不会调整。"
    assert speaker_of(text, "门票价格不会调整") == {"张强"}
    assert speaker_of(text, "景区要涨价") == set()


def test_a_research_report_speaks_for_who_wrote_it():
    text = "海通证券首席分析师孙立研报认为，下半年消费将温和复苏。"
    assert speaker_of(text, "下半年消费将温和复苏") == {"孙立"}
    text = "东方金信研报认为，竣工面积的降幅明显收窄。"
    assert speaker_of(text, "竣工面积的降幅明显收窄") == {"东方金信"}
    assert people(text) == set()


def test_a_japanese_name_is_meant_later_by_its_surname():
    text = (
        "日本外务大臣岸田健司5日在记者会上就内阁改组表示，“将加强对话”。他表示下周回国。\n"
        "鉴于进口暂停，对此岸田表示想利用国际会议继续交涉。"
    )
    assert speaker_of(text, "想利用国际会议继续交涉") == {"岸田健司"}


def test_an_outlet_with_its_country_before_it_does_not_speak():
    text = "据日本共同社报道，日本首相10日在记者会上就改组内阁表示，“最快将于下周进行”。"
    assert "日本共同社" not in {s["name"] for s in find_speakers(text).speakers}
    assert is_outlet("英国路透社") and not is_outlet("广东省人民政府")


def test_a_promise_is_speech():
    text = "市长王建新承诺，明年将新建十所学校。"
    assert speaker_of(text, "明年将新建十所学校") == {"王建新"}


def test_dao_printed_as_dao_of_arriving():
    text = "总经理刘洋解释到，原计划是今年6月发布新品。"
    assert speaker_of(text, "原计划是今年6月发布新品") == {"刘洋"}


def test_a_person_introduced_by_what_they_are_called():
    text = (
        "一名叫做马可的意大利留学生拍摄的视频走红。“这里的地铁太方便了！”马可在视频中发出感叹。"
        "马可称这座城市的公共交通非常便利。"
    )
    assert speaker_of(text, "这里的地铁太方便了") == {"马可"}
    assert speaker_of(text, "这座城市的公共交通非常便利") == {"马可"}
    text = "一位叫小周的店员说，今天的面包卖完了。"
    assert speaker_of(text, "今天的面包卖完了") == {"小周"}


def test_the_old_person_an_article_is_about_is_meant_by_lao_ren():
    text = "85岁的退休工程师周启明仍在整理书稿。老人告诉记者，出版社已经不再重印他的书了。"
    assert speaker_of(text, "出版社已经不再重印他的书了") == {"周启明"}
    text = "社区里很多老人表示，希望多建几个食堂。"
    assert people(text) == set()
