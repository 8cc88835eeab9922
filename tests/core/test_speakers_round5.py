"""Speech shapes of financial and press-conference news, on sentences written for these tests:
given names that start with 以 or 为, a name before a title that starts with 副, a person named
once after a title and bare later (whom 他 then means), a list of people with their titles, the
roles left after `采访到`/`采访了`, chief officers of any kind, long `职务　姓名：` labels of a
transcript, a verb's colon before a short quotation, a reporter's question after a quotation,
回答 with what was answered, a manner after `姓名+职务`, surveys' shares of experts (`超过三成的
学者认为…`), `也有专家认为`; and on the page: a headline holding a span of months, a column's
label under the headline."""

from desktop.core.page import split_page
from desktop.core.speakers import find_speakers
from tests.helpers import people_named as people
from tests.helpers import speaker_of


def _role(text: str, name: str) -> str | None:
    return next(s["role"] for s in find_speakers(text).speakers if s["name"] == name)


def test_a_given_name_may_start_with_yi_or_wei():
    text = "“楼市的调整还没有结束。”邵以诚表示，明年的成交量会先抑后扬。"
    assert people(text) == {"邵以诚"}
    assert speaker_of(text, "明年的成交量会先抑后扬") == {"邵以诚"}
    assert speaker_of(text, "楼市的调整还没有结束") == {"邵以诚"}
    text = "研究员葛为民认为，出口增速将在二季度见底。"
    assert speaker_of(text, "出口增速将在二季度见底") == {"葛为民"}


def test_yi_and_wei_do_not_end_a_name():
    text = "董事长贺明为此表示，公司将追加投资。"
    assert people(text) == {"贺明"}


def test_a_title_keeps_its_own_first_character():
    text = "城市学院胡亮副教授在研讨会上谈到：“区域协调的关键是产业转移。”"
    assert people(text) == {"胡亮"}
    assert speaker_of(text, "区域协调的关键是产业转移") == {"胡亮"}


def test_a_surname_before_a_title_is_the_person_of_that_surname():
    text = "副院长杜文斌介绍了项目。研究院杜副院长表示，二期工程年底开工。"
    assert speaker_of(text, "二期工程年底开工") == {"杜文斌"}


def test_he_means_the_person_named_last_even_if_first_named_after_a_title():
    text = (
        "发改委主任秦立峰、工信部部长严守中、央行行长华振宇出席发布会。谈及制造业，"
        "严守中用一组数字开场。他指出，高技术制造业增速明显加快。"
    )
    assert speaker_of(text, "高技术制造业增速明显加快") == {"严守中"}


def test_a_colon_after_a_person_named_before_opens_their_words():
    text = (
        "发改委主任秦立峰、工信部部长严守中出席发布会。谈及数字经济，"
        "秦立峰举了一个身边的例子：“现在网上下单，第二天就能送到山区。”"
    )
    assert speaker_of(text, "现在网上下单") == {"秦立峰"}


def test_a_role_in_a_list_of_people_is_the_persons_own():
    text = "发改委主任秦立峰、工信部部长严守中出席发布会。严守中表示，芯片产能继续扩大。"
    assert _role(text, "严守中") == "工信部部长"


def test_a_list_of_ordinals_is_no_list_of_people():
    text = "第七、八届全国政协副主席庞天佑指出，改革要久久为功。"
    assert _role(text, "庞天佑") == "第七、八届全国政协副主席"


def test_the_role_after_interviewed_has_no_particle():
    text = "记者专访了知名学者、东方大学经济学院院长吕嘉禾。吕嘉禾表示，消费复苏需要时间。"
    assert _role(text, "吕嘉禾") == "知名学者、东方大学经济学院院长"
    text = "记者采访到天成股份首席合规官、总裁助理葛子涵，她认为，这笔交易合规。"
    assert _role(text, "葛子涵") == "天成股份首席合规官、总裁助理"


def test_a_long_transcript_label_names_the_speaker():
    text = (
        "主持人 贝小川：\n欢迎各位出席今天的发布会。下面请司长介绍情况。\n"
        "中华人民共和国海关总署统计分析司司长、新闻发言人 罗振邦：\n"
        "谢谢主持人。前三季度进出口总体平稳。"
    )
    assert speaker_of(text, "前三季度进出口总体平稳") == {"罗振邦"}
    assert speaker_of(text, "欢迎各位出席今天的发布会") == {"贝小川"}


def test_a_verbs_colon_opens_a_short_quotation():
    text = "甲公司销售人员表示：“涨价是因为成本”；乙公司销售人员则表示：“我们暂不调价。”"
    statements = find_speakers(text).statements
    first = next(s for s in statements if text[s["start"] : s["end"]] == "涨价是因为成本")
    assert first["direct"] is True


def test_a_question_after_a_quotation_is_the_reporters():
    text = (
        "“我不知道，没有调研就不好下结论。”鲁长河笑着说，“我只是提出一个问题。”\n"
        "“那您怎么看今年的房价？”鲁长河话音未落，另一位记者马上向他发问。"
    )
    assert speaker_of(text, "那您怎么看今年的房价") == set()
    assert speaker_of(text, "我只是提出一个问题") == {"鲁长河"}


def test_an_answer_after_its_comma_is_said():
    text = "“谢谢您的提问！”司长邹启明笑着回答，稳外贸是今年的重点工作。"
    assert speaker_of(text, "稳外贸是今年的重点工作") == {"邹启明"}
    text = "对此，邹启明没有回答，只是笑了笑。"
    assert find_speakers(text).statements == []


def test_a_manner_after_a_name_and_title_is_no_name():
    text = "行长邹启明走上讲台。“谢谢大家！”邹启明行长微笑着回答，明年信贷投放会更均衡。"
    assert people(text) == {"邹启明"}


def test_shares_of_surveyed_experts_speak_unnamed():
    text = "报告显示，超过三成的经济学者认为四季度增速会回升。近一半的受访者预计明年房价基本持平。"
    assert speaker_of(text, "四季度增速会回升") == {"超过三成的经济学者"}
    assert speaker_of(text, "明年房价基本持平") == {"近一半的受访者"}
    assert people(text) == set()


def test_also_some_experts_is_an_unnamed_source():
    text = "也有专家认为，这个增速仍在合理区间。"
    assert speaker_of(text, "这个增速仍在合理区间") == {"专家"}


def test_a_span_of_months_in_a_headline_is_no_date_line():
    page = (
        "海关总署就2023年1-2月份外贸情况举行发布会\n\n海关总署今天举行发布会，介绍外贸运行情况。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == "海关总署就2023年1-2月份外贸情况举行发布会"


def test_a_columns_label_under_the_headline():
    page = "孔令山：稳就业要靠改革\n\n■两会快评\n\n孔令山走到哪里，话筒就跟到哪里。\n"
    (piece,) = split_page(page)
    assert piece.title == "孔令山：稳就业要靠改革"


def test_a_company_after_what_kind_of_company_it_is():
    text = "全球第三大电池制造商远航股份也宣布提价，且幅度更大。"
    (org,) = find_speakers(text).speakers
    assert (org["name"], org["kind"]) == ("远航股份", "organization")


def test_a_company_speaks_in_what_it_filed():
    text = "远航股份回复函披露，三家子公司去年的净利润合计为4.2亿元。"
    assert speaker_of(text, "三家子公司去年的净利润") == {"远航股份"}


def test_a_notice_that_says_is_one_statement():
    text = "远航股份公告称，公司拟回购不超过五亿元的股份。"
    statements = find_speakers(text).statements
    assert [text[s["start"] : s["end"]] for s in statements] == ["公司拟回购不超过五亿元的股份。"]


def test_a_convener_is_a_role_before_a_name():
    text = "会议室挤满了记者，小组召集人柏正清打趣地说：“记者都快比委员多了。”"
    assert speaker_of(text, "记者都快比委员多了") == {"柏正清"}


def test_a_quotation_opening_its_paragraph_is_the_person_named_after_it():
    text = (
        "政协委员柏正清走进会场。\n"
        "“增长目标能不能实现？我们认为有信心实现。”果不其然，柏正清抢在其他委员之前发言了。"
    )
    assert speaker_of(text, "我们认为有信心实现") == {"柏正清"}


def test_a_quotation_someone_heard_or_belongs_to_is_not_theirs():
    text = "政协委员柏正清走进会场。\n“只要改革，就有出路。”这句话让柏正清印象深刻。"
    assert speaker_of(text, "就有出路") == set()
    text = "政协委员柏正清走进会场。\n“只要改革，就有出路。”会后，柏正清的助手整理了材料。"
    assert speaker_of(text, "就有出路") == set()


def test_a_question_alone_in_its_paragraph_is_not_the_next_paragraphs_speaker():
    text = (
        "部长秦立峰走上通道。我拿起话筒提问：\n"
        "“外贸形势严峻，请问部长有何考虑？”\n"
        "“谢谢你的提问！”秦立峰微笑着回答，稳外贸是今年的重点。"
    )
    assert speaker_of(text, "请问部长有何考虑") == set()


def test_the_role_of_a_director_keeps_its_title():
    text = "市政府副秘书长、市卫健委主任房立新出席发布会。房立新介绍，新增病例均已隔离。"
    assert _role(text, "房立新") == "市政府副秘书长、市卫健委主任"


def test_a_sentence_that_opens_with_a_date_is_the_reporters():
    text = (
        "天成股份董秘柯文表示，公司经营正常。他同时表示，不排除有大户爆仓的情况。"
        "5月29日，深交所对公司下发关注函，要求公司说明情况。"
    )
    assert speaker_of(text, "不排除有大户爆仓的情况") == {"柯文"}
    assert speaker_of(text, "深交所对公司下发关注函") == set()


def test_a_bulleted_byline_is_a_byline():
    page = "天成股份董秘回应传闻\n\n■本报记者 柯小舟\n\n5月28日，天成股份股价闪崩。\n"
    (piece,) = split_page(page)
    assert piece.byline == ["柯小舟"]
    assert "柯小舟" not in "".join(piece.paragraphs)


def test_an_unnamed_source_that_opens_the_sentence_goes_on_speaking():
    text = "但受访者对四季度形势依然谨慎，主要出于对出口的担忧，同时强调财政政策有必要继续发力。"
    assert speaker_of(text, "财政政策有必要继续发力") == {"受访者"}
    text = (
        "虽然预期有所改善，但受访者对四季度形势依然谨慎，主要出于对企业家信心不足的担忧，"
        "同时强调财政政策有必要继续发力。"
    )
    assert speaker_of(text, "财政政策有必要继续发力") == {"受访者"}
    assert people(text) == set()


def test_a_clause_with_no_subject_after_something_else_takes_nothing_bare():
    text = "会议审议通过了方案，同时强调各地要加快落实改革措施。"
    assert find_speakers(text).statements == []


def test_a_quotation_alone_under_a_reporters_question_is_the_answer():
    text = (
        "教授鲁长河说：“我没有研究过这个问题。”\n"
        "“那您怎么看房价？”一位女记者问道。\n"
        "“这个问题太大了，你能不能说得具体一些。”\n"
        "“您对货币政策怎么看？”另一位记者追问。\n"
        "“我真的不懂这个，你可以告诉我吗？”"
    )
    assert speaker_of(text, "你能不能说得具体一些") == {"鲁长河"}
    assert speaker_of(text, "你可以告诉我吗") == {"鲁长河"}
    assert speaker_of(text, "那您怎么看房价") == set()


def test_a_quotation_alone_with_no_question_before_it_stays_nobodys():
    text = "教授鲁长河说：“我没有研究过这个问题。”\n会场里很安静。\n“改革是唯一的出路。”"
    assert speaker_of(text, "改革是唯一的出路") == set()


def test_a_wires_special_dispatch_is_a_dateline():
    page = (
        "部长走上通道 回答外贸问题\n\n本报记者 柯小舟\n\n部长走上了通道。\n\n"
        "调查显示学者信心回升\n\n新华社北京10月9日专电 一项调查9日发布报告称，学者信心回升。\n"
    )
    first, second = split_page(page)
    assert first.title == "部长走上通道 回答外贸问题"
    assert second.title == "调查显示学者信心回升"
    assert second.source == "新华社"
    assert second.paragraphs[0].startswith("一项调查")


def test_a_name_after_a_title_may_end_before_zai():
    text = "省长邹正在会上表示，今年要稳住投资。"
    assert speaker_of(text, "今年要稳住投资") == {"邹正"}


def test_a_report_after_a_semicolon_ends_the_one_before():
    text = (
        "市长邹正在记者招待会上表示，“现在是推出新板块的好时机”；"
        "金融办主任柏立新也表示新板块“今年应该推出”。"
    )
    assert speaker_of(text, "现在是推出新板块的好时机") == {"邹正"}
    assert speaker_of(text, "今年应该推出") == {"柏立新"}
    (first,) = [s for s in find_speakers(text).statements if s["speaker"] == "邹正"]
    assert first["direct"] is True


def test_a_verb_then_whom_it_is_said_to_then_the_quotation():
    text = "总理邹正表示，我没有确切消息。他反问记者，“你们有没有在中国买房？”"
    assert speaker_of(text, "你们有没有在中国买房") == {"邹正"}


def test_an_adverbial_does_not_end_inside_a_word():
    text = "据在新闻中心的工作人员介绍，今年有八百名外国记者报名。"
    (source,) = find_speakers(text).speakers
    assert source["name"].endswith("新闻中心的工作人员")


def test_a_source_line_under_the_first_line_keeps_it_the_headline():
    page = "经济，还是经济\n\n来源：某某参考报\n\n16日上午，记者会开始前两小时，大厅已座无虚席。\n"
    (piece,) = split_page(page)
    assert piece.title == "经济，还是经济"
    assert piece.paragraphs[0].startswith("16日上午")


def test_the_one_who_replied_says_what_follows_cheng():
    text = "对上述提问，远航股份回复称：“公司积极关注股票价格变化。”"
    assert speaker_of(text, "公司积极关注股票价格变化") == {"远航股份"}
    text = "18日，远航股份通过投资者互动平台回应股民称，“集采未对公司产品销售产生负面影响。”"
    assert speaker_of(text, "集采未对公司产品销售产生负面影响") == {"远航股份"}


def test_an_unnamed_source_that_replied_stays_unnamed():
    text = "业内人士回应称，这一说法并不准确。"
    assert speaker_of(text, "这一说法并不准确") == {"业内人士"}


def test_a_name_printed_with_its_stock_code_is_a_company():
    text = "5月29日，远山高新（000661）召开业绩说明会。对上述提问，远山高新回复称：“公司关注股价。”"
    assert speaker_of(text, "公司关注股价") == {"远山高新"}
    (org,) = find_speakers(text).speakers
    assert org["kind"] == "organization"


def test_a_body_that_issued_a_report_on_a_day_in_chinese_numerals_speaks():
    text = "某国央行三十日发布《区域金融运行报告》说，今年经济可能适度放缓。"
    assert speaker_of(text, "今年经济可能适度放缓") == {"某国央行"}


def test_a_pronoun_after_a_short_adverbial_of_where_or_when():
    text = "行长柏立新在研讨会上发表演讲。演讲中他表示，今年以来经济增长动能有所回升。"
    assert speaker_of(text, "今年以来经济增长动能有所回升") == {"柏立新"}
    text = "行长柏立新出席会议。会上他们表示，要加强合作交流。"
    assert speaker_of(text, "要加强合作交流") == set()


def test_a_second_credit_between_the_names_of_a_byline():
    page = (
        "天成股份召开投资者会议\n\n本报记者 柯小舟 见习记者 柏立新\n\n5月17日，天成股份召开会议。\n"
    )
    (piece,) = split_page(page)
    assert piece.byline == ["柯小舟", "柏立新"]
    page = (
        "天成股份召開投資者會議\n\n本報記者 柯小舟 見習記者 柏立新\n\n5月17日，天成股份召開會議。\n"
    )
    (piece,) = split_page(page)
    assert piece.byline == ["柯小舟", "柏立新"]
