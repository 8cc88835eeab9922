"""Speech shapes on sentences written for these tests: the day of the week after a name (拜登周二
表示), ministers and other titles of foreign governments, royal houses, the military and sport
before a name (大臣, 外相, 主帅), brands that speak for their firm with no 公司 after them (苹果称,
谷歌在声明中表示), and 他/她 after an unnamed source: the unnamed source, never a person named
before it."""

from desktop.core.speakers import find_speakers
from tests.helpers import people_named as people
from tests.helpers import speaker_kind as _kind
from tests.helpers import speaker_of


def test_a_weekday_after_a_name_is_when_it_was_said():
    text = "加拿大总理特鲁多周四表示，政府将提高移民配额。"
    assert people(text) == {"特鲁多"}
    assert speaker_of(text, "政府将提高移民配额") == {"特鲁多"}
    text = "联合国秘书长古特雷斯星期一呼吁，各方保持克制。"
    assert speaker_of(text, "各方保持克制") == {"古特雷斯"}


def test_a_name_may_hold_the_character_of_a_week():
    text = "董事长周一鸣表示，公司明年将扩大产能。"
    assert speaker_of(text, "公司明年将扩大产能") == {"周一鸣"}


def test_foreign_ministers_and_other_titles_before_a_name():
    text = "日本外务大臣上川阳子3日称，日方愿与各国加强沟通。"
    assert speaker_of(text, "日方愿与各国加强沟通") == {"上川阳子"}
    text = "英国国王查尔斯在致辞中说，这是一个值得纪念的日子。"
    assert speaker_of(text, "这是一个值得纪念的日子") == {"查尔斯"}
    text = "球队主帅马宁赛后表示，球员们打出了应有的水平。"
    assert speaker_of(text, "球员们打出了应有的水平") == {"马宁"}


def test_a_known_brand_speaks_for_its_firm():
    text = "特斯拉称，上海工厂的交付量再创新高。"
    assert speaker_of(text, "上海工厂的交付量再创新高") == {"特斯拉"}
    assert _kind(text, "特斯拉") == "organization"
    text = "谷歌在一份声明中表示，将继续投资数据中心。"
    assert speaker_of(text, "将继续投资数据中心") == {"谷歌"}
    assert _kind(text, "谷歌") == "organization"
    text = "微软周三宣布，新版系统将于秋季推出。"
    assert speaker_of(text, "新版系统将于秋季推出") == {"微软"}


def test_a_brand_that_does_not_speak_is_no_speaker():
    text = "苹果的价格今年上涨了两成，小米则供不应求。"
    assert find_speakers(text).speakers == []


def test_she_after_an_unnamed_source_is_that_source():
    text = (
        "财政部部长刘昆日前表示，财政政策要提质增效。"
        "省财政厅有关负责人在发布会上介绍，今年减税降费力度加大。该负责人解释说，企业负担明显减轻。"
        "她同时透露，下一步将出台更多支持政策。"
    )
    assert speaker_of(text, "下一步将出台更多支持政策") == {"省财政厅有关负责人"}
    assert speaker_of(text, "财政政策要提质增效") == {"刘昆"}


def test_he_after_many_unnamed_sources_is_nobody_named_before():
    text = (
        "经济学家孙涛表示，消费将继续回暖。"
        "不少业内人士认为，楼市仍在筑底。他还指出，明年上半年成交量有望企稳。"
    )
    assert "孙涛" not in speaker_of(text, "明年上半年成交量有望企稳")


def test_the_day_in_brackets_after_today():
    text = "海关总署新闻发言人吕大良今（14）日表示，前三季度进出口保持增长。"
    assert speaker_of(text, "前三季度进出口保持增长") == {"吕大良"}
    assert people(text) == {"吕大良"}


def test_going_on_with_what_was_said():
    text = "分析师邓辉指出，债市短期仍有波动。他续指，长端利率下行空间有限。"
    assert speaker_of(text, "长端利率下行空间有限") == {"邓辉"}
    text = "评论员孔明直呼：“这样的失误不可原谅。”"
    assert speaker_of(text, "这样的失误不可原谅") == {"孔明"}


def test_only_between_the_subject_and_the_verb():
    text = "领队贾磊说，队员们发挥正常。他只是强调，后面的比赛更加艰难。"
    assert speaker_of(text, "后面的比赛更加艰难") == {"贾磊"}


def test_an_organisation_answers_at_once():
    text = "外交部迅速回应：“中方对此表示坚决反对。”"
    assert speaker_of(text, "中方对此表示坚决反对") == {"外交部"}
    assert _kind(text, "外交部") == "organization"


def test_straight_quotes_in_pairs_are_quotations():
    text = '队长韩雪赛后说:"我们已经尽力了。"她又补充了一句:"明年再来。"'
    assert speaker_of(text, "我们已经尽力了") == {"韩雪"}
    assert speaker_of(text, "明年再来") == {"韩雪"}
    assert all(s["direct"] for s in find_speakers(text).statements)


def test_an_odd_straight_quote_opens_nothing():
    text = '经理周涛表示,产品已经"基本成熟,明年将量产。'
    said = find_speakers(text).statements
    assert [s["speaker"] for s in said] == ["周涛"]
    assert said[0]["direct"] is False


def test_a_foreign_name_given_in_full_once_is_meant_by_its_last_part():
    text = "微软首席执行官萨提亚·纳德拉上周访问了上海。纳德拉在接受采访时表示，公司将继续在华投资。"
    assert speaker_of(text, "公司将继续在华投资") == {"萨提亚·纳德拉"}


def test_a_name_in_latin_letters_after_a_title():
    text = (
        "赛后，球队中锋Nikola Jokic接受了采访。"
        "“今晚大家的防守都很专注。”Jokic说道。"
        "谈到下一场，Jokic说：“我们会准备好。”"
    )
    assert people(text) == {"Nikola Jokic"}
    assert speaker_of(text, "今晚大家的防守都很专注") == {"Nikola Jokic"}
    assert speaker_of(text, "我们会准备好") == {"Nikola Jokic"}


def test_a_short_body_is_no_surname_and_given_name():
    text = "侨委会今天表示，将扩大对海外侨胞的服务。"
    assert speaker_of(text, "将扩大对海外侨胞的服务") == {"侨委会"}
    assert _kind(text, "侨委会") == "organization"


def test_a_little_earlier_is_when_not_part_of_a_name():
    text = "该国政府官员稍早时表示，谈判仍在进行。"
    assert people(text) == set()
    assert speaker_of(text, "谈判仍在进行") == {"该国政府官员"}


def test_answering_and_pointing_out():
    text = "发言人汪洋在例行记者会上回应指，有关报道不符合事实。"
    assert speaker_of(text, "有关报道不符合事实") == {"汪洋"}


def test_a_quotation_after_the_verb_and_a_comma_is_direct():
    text = "发言人宋涛表示，“目前没有可以发布的消息”，并强调双方保持沟通。"
    said = [s for s in find_speakers(text).statements if s["speaker"] == "宋涛"]
    assert [s["direct"] for s in said][:1] == [True]
    text = "局长马丁表示，“十四五”期间将加大投入。"
    assert [s["direct"] for s in find_speakers(text).statements] == [False]


def test_a_name_with_no_surname_after_a_title_printed_again():
    text = "法国总统马克龙推迟了访问计划。马克龙周二告诉记者，新的日期正在商定。"
    assert speaker_of(text, "新的日期正在商定") == {"马克龙"}


def test_a_common_word_after_a_title_is_no_name_though_printed_twice():
    text = "总理经济形势座谈会召开。会议分析了经济形势。专家认为，复苏仍需时间。"
    assert people(text) == set()


def test_another_source_after_a_clause_of_the_first_ones_words():
    text = (
        "部长贺新周二告诉记者，会谈将推迟举行，其政府官员稍早时表示，"
        "由于议程调整，会谈可能改在下月。"
    )
    assert speaker_of(text, "会谈将推迟举行") == {"贺新"}
    assert speaker_of(text, "会谈可能改在下月") == {"其政府官员"}


def test_a_speaker_citing_someone_right_after_the_verb_keeps_the_words():
    text = "院长陈立说，总理曾强调，要坚持创新驱动。"
    assert speaker_of(text, "要坚持创新驱动") == {"陈立"}


def test_the_reporters_quoted_question_is_no_ones_words():
    text = "当被记者问道“会谈的日期定了吗？” 发言人莱文回答说，目前还没有确定。"
    assert speaker_of(text, "会谈的日期定了吗") == set()
    assert speaker_of(text, "目前还没有确定") == {"莱文"}
    assert people(text) == {"莱文"}


def test_a_short_quotation_opening_the_text_is_no_statement_of_its_own():
    text = "“开门红。”经理高峰表示，一季度订单增长较快。"
    assert speaker_of(text, "开门红") == set()
    assert speaker_of(text, "一季度订单增长较快") == {"高峰"}
