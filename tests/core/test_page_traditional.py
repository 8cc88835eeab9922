"""Where Taiwan, Hong Kong and wire articles start, on pages written for these tests: the credit
of a Taiwan agency or paper opening the first paragraph, the editors' line closing the last, a
photo credited in brackets, the headline over a web page's date line and a byline, a short caption
with its picture credit, and the headline a wire prints after 题."""

from desktop.core.page import split_page


def test_an_agency_credit_in_brackets_gives_reporter_and_agency():
    text = "市府公布新預算\n\n（中央社記者林大中台北5日電）台北市政府今天公布明年度預算。\n"
    (piece,) = split_page(text)
    assert piece.title == "市府公布新預算"
    assert piece.byline == ["林大中"]
    assert piece.source == "中央社"
    assert piece.paragraphs == ["台北市政府今天公布明年度預算。"]


def test_a_paper_credit_names_two_reporters_and_where_they_filed():
    text = "港口貨運量回升\n\n〔記者王小美、陳志豪／高雄報導〕高雄港上月貨運量回升。\n"
    (piece,) = split_page(text)
    assert piece.byline == ["王小美", "陳志豪"]
    assert piece.paragraphs == ["高雄港上月貨運量回升。"]


def test_the_editors_line_and_date_code_after_the_last_sentence_go():
    text = "新站啟用\n\n新車站今天啟用。\n\n旅客反應良好。（編輯：張一鳴）1130105\n"
    (piece,) = split_page(text)
    assert piece.paragraphs == ["新車站今天啟用。", "旅客反應良好。"]


def test_a_paragraph_ending_with_a_bracketed_photographer_is_a_caption():
    text = "市長視察工地\n\n市長昨日視察捷運工地。（李大同攝）\n\n市長表示，工程將如期完工。\n"
    (piece,) = split_page(text)
    assert piece.captions == ["市長昨日視察捷運工地。（李大同攝）"]
    assert piece.paragraphs == ["市長表示，工程將如期完工。"]


def test_a_headline_over_a_date_line_and_a_byline_stays_the_headline():
    text = (
        "新能源车销量再创新高\n\n某某财经 2023-05-06 10:20:30\n\n某某记者 周文 某某编辑 钱武\n\n"
        "会场一角。 图片来源：某某网\n\n今年前四个月，新能源车销量继续增长。\n"
    )
    (piece,) = split_page(text)
    assert piece.title == "新能源车销量再创新高"
    assert piece.byline == ["周文"]
    assert piece.captions == ["会场一角。 图片来源：某某网"]
    assert piece.paragraphs == ["今年前四个月，新能源车销量继续增长。"]


def test_a_wire_prints_its_headline_after_ti():
    text = "新华社北京3月1日电 题：某某工程顺利完工\n\n新华社记者 张三 李四\n\n某某工程1日完工。\n"
    (piece,) = split_page(text)
    assert piece.title == "某某工程顺利完工"
    assert piece.byline == ["张三", "李四"]
    assert piece.source == "新华社"


def test_a_long_headline_over_the_wires_ti_line():
    text = (
        "推进合作 共谋发展——某某论坛在京开幕引发各方热烈反响\n\n"
        "新华社北京3月1日电　题：推进合作　共谋发展——某某论坛在京开幕引发各方热烈反响\n\n"
        "新华社记者\n\n某某论坛1日在京开幕。\n"
    )
    (piece,) = split_page(text)
    assert piece.title == "推进合作 共谋发展——某某论坛在京开幕引发各方热烈反响"
    assert piece.source == "新华社"
    assert piece.paragraphs == ["某某论坛1日在京开幕。"]


def test_the_wires_ti_line_and_its_byline_are_one_article():
    text = (
        "推进合作 共谋发展——某某论坛在京开幕\n\n"
        "新华社北京3月1日电 题：推进合作 共谋发展——某某论坛在京开幕\n\n"
        "新华社记者张三、李四\n\n某某论坛1日在京开幕。\n"
    )
    (piece,) = split_page(text)
    assert piece.title == "推进合作 共谋发展——某某论坛在京开幕"
    assert piece.byline == ["张三", "李四"]


def test_a_taiwan_byline_with_the_place_after_a_slash():
    text = "某會 促兩岸交流\n特派記者張三豐／北京報導\n\n某某十日在北京會見某某。\n"
    (piece,) = split_page(text)
    assert piece.title == "某會 促兩岸交流"
    assert piece.byline == ["張三豐"]


def test_a_two_part_line_inside_a_signed_article_is_a_section():
    text = (
        "某會 促兩岸交流\n特派記者張三豐／北京報導\n\n某某十日在北京會見某某。\n\n"
        "任主席之前 先見訪客\n\n某某預計下月當選主席。\n"
    )
    (piece,) = split_page(text)
    assert [s["heading"] for s in piece.sections] == ["任主席之前 先見訪客"]


def test_a_rule_line_is_a_blank_line():
    text = "行政長官會見傳媒答問內容\n*******************\n  以下是答問內容：\n\n記者：你好。\n"
    (piece,) = split_page(text)
    assert piece.title == "行政長官會見傳媒答問內容"


def test_a_name_then_the_post_is_a_byline():
    text = (
        "发言人周文芳“我比谁都强硬”\n张文海 驻北京记者\n\n她说，今年很忙。\n\n"
        "-您最难忘什么？\n\n“每一天。”\n"
    )
    (piece,) = split_page(text)
    assert piece.title == "发言人周文芳“我比谁都强硬”"
    assert piece.byline == ["张文海"]
    assert piece.sections == []


def test_parallel_section_headings_do_not_cut_a_feature():
    text = (
        "某某港口御长风\n\n港口里车辆川流不息。\n\n"
        "夯实基础 能力更强\n\n十多年前这里还是滩涂。\n\n"
        "服务升级 产业更旺\n\n邮轮港的泊位订满了。\n\n"
        "领衔记者：张三 文字记者：李四、王五 主编：赵六\n"
    )
    (piece,) = split_page(text)
    assert [s["heading"] for s in piece.sections] == ["夯实基础 能力更强", "服务升级 产业更旺"]
    assert "领衔记者" not in piece.text


def test_a_dateline_with_its_date_may_run_into_the_text():
    text = (
        "某某发布新规\n\n某某网北京3月1日电（记者 张三）某某发布新规。\n\n"
        "某某处分违规公司\n\n中国某某网北京12月20日讯某某所公布处分决定。\n"
    )
    pieces = split_page(text)
    assert [p.title for p in pieces] == ["某某发布新规", "某某处分违规公司"]
