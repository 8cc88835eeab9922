"""More credits and headings as pages print them, on pages written for these tests: a byline with
a bar after 记者, an author behind a plain space with the outlet before the name, a translator's
credit (编译), a dateline whose bracket names the paper before its reporter, a bracketed credit
naming its paper, and a second section heading of two parts inside an article with no byline."""

from desktop.core.page import split_page


def test_a_byline_with_a_bar_after_the_reporter():
    page = "港口吞吐量再创新高，多家机构看好下半年外贸？\n\n记者 | 林一帆\n\n上月吞吐量同比增长。\n"
    (piece,) = split_page(page)
    assert piece.title == "港口吞吐量再创新高，多家机构看好下半年外贸？"
    assert piece.byline == ["林一帆"]
    assert piece.paragraphs == ["上月吞吐量同比增长。"]


def test_an_author_behind_a_space_with_the_outlet_before_the_name():
    page = "“这还是老街吗？”当地回应\n\n文 晨光网 苏晓\n\n近日，老街改造在网上引发讨论。\n"
    (piece,) = split_page(page)
    assert piece.title == "“这还是老街吗？”当地回应"
    assert piece.byline == ["苏晓"]
    assert piece.source == "晨光网"
    assert piece.sections == []


def test_a_translators_credit_is_the_byline():
    page = "芯片短缺缓解了吗？\n\n远景网编译周明远\n\n多家车企本月恢复了生产。\n"
    (piece,) = split_page(page)
    assert piece.byline == ["周明远"]


def test_a_datelines_bracket_may_name_the_paper_before_its_reporter():
    page = "全运会乒乓球赛开幕\n\n晨报客户端广州5月3日电(晨报·晨报网记者韩青)今天下午，比赛开始。\n"
    (piece,) = split_page(page)
    assert piece.byline == ["韩青"]


def test_a_bracketed_credit_may_name_its_paper():
    page = "纪念活动在京举行\n\n【东方时报记者 赵一鸣 钱多多】纪念活动24日在北京举行。\n"
    (piece,) = split_page(page)
    assert piece.byline == ["赵一鸣", "钱多多"]
    assert piece.paragraphs == ["纪念活动24日在北京举行。"]


def test_a_second_section_heading_of_two_parts_stays_in_the_article():
    page = (
        "咖啡连锁品牌完成重组，门店数量回升\n\n"
        "当地时间周五，该品牌向监管机构提交了文件。\n\n"
        "控股股东变更\n\n"
        "今年1月，原股东牵头的财团完成收购。\n\n"
        "财务状况好转 股价波动加大\n\n"
        "过去一年多，该品牌解决了一系列历史问题。\n"
    )
    (piece,) = split_page(page)
    assert [s["heading"] for s in piece.sections] == ["控股股东变更", "财务状况好转 股价波动加大"]


def test_a_byline_whose_paper_has_digits_in_its_name():
    page = (
        "央行降准释放长期资金\n\n22世纪财经报道记者吴启明 上海报道\n\n"
        "人民银行宣布下调存款准备金率。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == "央行降准释放长期资金"
    assert piece.byline == ["吴启明"]
    assert piece.source == "22世纪财经报道"


def test_a_photo_line_with_its_credit_in_brackets_is_a_caption_not_a_headline():
    page = (
        "两国元首举行会谈\n\n双方在会谈中交换了意见。\n\n"
        "两国元首握手（图：远东通讯社）\n\n会谈持续了三个小时。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == "两国元首举行会谈"
    assert "两国元首握手（图：远东通讯社）" in piece.captions
    assert "会谈持续了三个小时。" in piece.paragraphs


def test_a_web_pages_summary_over_the_body_with_its_dateline_is_one_article():
    page = (
        "老城区旧房改造启动\n\n"
        "住了三十年的老房子终于要改造了，居民们盼了很久。\n\n"
        "远东晨报讯 （记者林海）住了三十年的老房子终于要改造了，居民们盼了很久。"
        "昨日，改造正式启动。\n\n"
        "街道办负责人表示，工程年底完工。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == "老城区旧房改造启动"
    assert piece.byline == ["林海"]
    assert piece.source == "远东晨报"


def test_a_reporters_credit_under_the_body_closes_the_article():
    page = "老街夜市重新开张\n\n来源：远东晨报\n\n夜市昨晚重新开张，摊位有八十多个。\n\n记者林海\n"
    (piece,) = split_page(page)
    assert piece.title == "老街夜市重新开张"
    assert piece.byline == ["林海"]
    assert piece.paragraphs == ["夜市昨晚重新开张，摊位有八十多个。"]


def test_a_closing_source_line_with_its_author_gives_the_byline():
    page = (
        "老街夜市重新开张\n\n夜市昨晚重新开张，摊位有八十多个。\n\n(本文来源：远东晨报作者：林海)\n"
    )
    (piece,) = split_page(page)
    assert piece.byline == ["林海"]
    assert piece.source == "远东晨报"
    assert piece.paragraphs == ["夜市昨晚重新开张，摊位有八十多个。"]


def test_a_reposts_original_headline_under_its_new_one_is_furniture():
    page = (
        "老街夜市重新开张 八十多个摊位回来了\n\n"
        "原标题：夜市回来了\n\n"
        "夜市昨晚重新开张，摊位有八十多个。\n\n"
        "摊主王芳说，生意比去年好。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == "老街夜市重新开张 八十多个摊位回来了"
    assert piece.paragraphs == ["夜市昨晚重新开张，摊位有八十多个。", "摊主王芳说，生意比去年好。"]


def test_a_page_that_signs_and_closes_nothing_is_one_article_whatever_its_headings():
    page = (
        "廉价航空迎来新时代\n\n"
        "本月起，国内航线取消票价下浮限制。\n\n"
        "开启大众化 机票价格下浮幅度无限制\n\n"
        "此前，多数航线的票价只能在基准价上下浮动。\n\n"
        "白菜价更多 共同经营航线也放开\n\n"
        "业内人士表示，低价机票会越来越多。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == "廉价航空迎来新时代"
    assert "业内人士表示，低价机票会越来越多。" in piece.paragraphs
