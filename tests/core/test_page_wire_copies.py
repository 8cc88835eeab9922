"""Wire copies as portals print them, on pages written for these tests: the photographer's
credit on a line of its own, the headline printed again in brackets before the dateline, and two
reporters of three characters each printed as one in the dateline's bracket."""

from desktop.core.page import split_page


def test_a_photographers_credit_alone_is_a_caption_not_a_heading():
    page = (
        "稳增长政策持续发力\n\n7月8日，发布会在北京举行。\n\n林 青摄（东方视觉）\n\n"
        "外需回暖\n\n出口订单连续两个月回升，企业信心增强。\n\n内需提振\n\n消费市场逐步恢复。\n"
    )
    (piece,) = split_page(page)
    assert "林 青摄（东方视觉）" in piece.captions
    assert [s["heading"] for s in piece.sections] == ["外需回暖", "内需提振"]
    assert "林 青摄" not in piece.text


def test_the_headline_printed_again_in_brackets_before_the_dateline():
    page = (
        "商务部：将进一步稳定外贸预期\n\n"
        "[商务部：将进一步稳定外贸预期]新华社北京5月6日电（记者林小川）商务部6日表示，"
        "将出台更多举措。\n"
    )
    (piece,) = split_page(page)
    assert piece.byline == ["林小川"]
    assert piece.source == "新华社"
    assert piece.paragraphs == ["商务部6日表示，将出台更多举措。"]


def test_two_reporters_of_three_characters_printed_as_one():
    page = "联合国大会通过决议\n\n新华社纽约3月2日电（记者杨晓红孙国栋）联合国大会2日通过决议。\n"
    (piece,) = split_page(page)
    assert piece.byline == ["杨晓红", "孙国栋"]
    assert piece.paragraphs == ["联合国大会2日通过决议。"]


def test_a_dateline_may_end_in_xiaoxi():
    page = "城管收缴单车又退还\n\n晨光网成都11月27日消息（记者林小川） 最近，单车成了街头一景。\n"
    (piece,) = split_page(page)
    assert piece.byline == ["林小川"]
    assert piece.source == "晨光网"
    assert piece.paragraphs == ["最近，单车成了街头一景。"]


def test_who_gave_the_picture_then_tu_is_a_caption():
    page = (
        "警方破获传销案\n\n近日，警方破获了一起传销案。\n\n微博@某地公安 图\n\n"
        "层层发展下线\n\n该组织要求成员发展下线。\n\n抓获多人\n\n警方共抓获两百余人。\n"
    )
    (piece,) = split_page(page)
    assert "微博@某地公安 图" in piece.captions
    assert [s["heading"] for s in piece.sections] == ["层层发展下线", "抓获多人"]


def test_a_page_that_opens_with_its_headline_and_a_section_heading():
    page = (
        "男子与人争执 当街摔坏路人手机\n\n手机被摔在地\n\n事发公交站旁，多名商户证实了此事。\n\n"
        "停车引发争执\n\n据商户介绍，两人因停车发生口角。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == "男子与人争执 当街摔坏路人手机"
    assert [s["heading"] for s in piece.sections][-1] == "停车引发争执"


def test_a_line_under_a_triangle_is_a_caption_not_a_byline_or_heading():
    page = (
        "两国关系迎来关键时刻\n\n据报道，司长林立新昨天召开记者会。\n\n▲林立新在记者会上\n\n"
        "林立新称，双方关系稳定。\n\n▲会场外景\n\n他表示，合作计划进展顺利。\n"
    )
    (piece,) = split_page(page)
    assert piece.captions == ["▲林立新在记者会上", "▲会场外景"]
    assert piece.byline == []
    assert piece.sections == []


def test_a_caption_ending_with_its_photographers_and_agency_is_no_text():
    # the caption opens the page, before the dateline; two photographers, one printed spaced
    caption = "5月6日，检查组在渔港了解燃油补贴发放情况。林 青 方小舟摄影报道（东方视觉）"
    page = (
        f"渔船补贴发放到位\n\n{caption}\n\n"
        "本报北京5月7日电　（记者林小川）财政部今天举行吹风会，介绍补贴发放情况。\n\n"
        "补贴已全部发放到位。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == "渔船补贴发放到位"
    assert piece.captions == [caption]
    assert piece.byline == ["林小川"]
    assert piece.paragraphs[0] == "财政部今天举行吹风会，介绍补贴发放情况。"


def test_a_head_credit_with_the_outlets_report_before_the_reporter():
    page = "海关数据公布\n\n【晨风网报道 记者 林小川】海关总署7日公布了前两个月的数据。\n"
    (piece,) = split_page(page)
    assert piece.byline == ["林小川"]
    assert piece.paragraphs == ["海关总署7日公布了前两个月的数据。"]
    page = "海关数据公布\n\n【晨风报-晨风网报道 记者 林小川】海关总署7日公布了数据。\n"
    (piece,) = split_page(page)
    assert piece.byline == ["林小川"]


def test_a_closing_credit_may_name_the_outlet_before_its_reporter():
    page = "海关数据公布\n\n海关总署7日公布了数据。进出口保持平稳。（晨风台记者 林小川）\n"
    (piece,) = split_page(page)
    assert piece.byline == ["林小川"]
    assert piece.paragraphs == ["海关总署7日公布了数据。进出口保持平稳。"]


def test_a_long_caption_signed_after_a_dash_is_no_text():
    caption = "图说：工厂远远望去并没有什么人，显得十分冷清，门口只停着两辆货车。——方小舟摄"
    page = f"探访新工厂\n\n{caption}\n\n【晨风报特约记者 林小川】记者近日来到工厂门口。\n"
    (piece,) = split_page(page)
    assert piece.captions == [caption]
    assert piece.byline == ["林小川"]
    assert piece.paragraphs == ["记者近日来到工厂门口。"]


def test_a_dateline_with_its_reporter_between_spaces():
    page = (
        "老人输液时猝死，家属质疑延误救治；医院承认过失愿担责(图)\n\n"
        "晨都讯 记者林小川 发自南江 正在输液的老人突然离世。\n\n"
        "做了两次心电图 却只写胆囊炎\n\n老人的女婿说，岳父生前身体尚好。\n"
    )
    (piece,) = split_page(page)
    assert piece.title == "老人输液时猝死，家属质疑延误救治；医院承认过失愿担责(图)"
    assert piece.byline == ["林小川"]
    assert piece.paragraphs[0] == "正在输液的老人突然离世。"
    # the two-part line under a dated article is its section heading, not another headline
    assert [s["heading"] for s in piece.sections] == ["做了两次心电图 却只写胆囊炎"]


def test_a_two_part_headline_over_the_next_dateline_still_starts_an_article():
    page = (
        "外贸稳中有进\n\n新华社北京5月6日电（记者林小川）前四个月外贸保持增长。\n\n"
        "外需回暖 订单增加\n\n"
        "新华社上海5月6日电（记者方小舟）上海港集装箱吞吐量创新高。\n"
    )
    first, second = split_page(page)
    assert first.title == "外贸稳中有进" and first.byline == ["林小川"]
    assert second.title == "外需回暖 订单增加" and second.byline == ["方小舟"]


def test_a_picture_note_alone_over_a_dateline_is_no_headline_and_no_crash():
    page = "标题一\n\n（图）\n\n新华社北京5月6日电（记者林小川）前四个月外贸保持增长。\n"
    pieces = split_page(page)
    assert all(p.title != "（图）" for p in pieces)
    assert any(p.byline == ["林小川"] for p in pieces)
