"""How Chinese news reports speech, shape by shape, on sentences written for these tests (none
is taken from a real article): speech verbs and frames, names of many shapes, organisations,
references, quotations inside reported speech, interviews — and what is no speech at all."""

import itertools
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import speakers as speakers_module
from desktop.core.analysis import analyze
from desktop.core.speakers import apply_corrections, find_speakers


def said(text: str, byline=()) -> list[tuple[str, str | None, bool]]:
    """(the words said, speaker, direct) of every statement, in order."""
    found = find_speakers(text, byline)
    return [(text[s["start"] : s["end"]], s["speaker"], s["direct"]) for s in found.statements]


def who_says(text: str, fragment: str, byline=()) -> tuple[str | None, bool] | None:
    """The speaker and direct flag of the statement holding `fragment`, None if none does."""
    at = text.index(fragment)
    found = find_speakers(text, byline)
    return next(
        (
            (s["speaker"], s["direct"])
            for s in found.statements
            if s["start"] <= at and at + len(fragment) <= s["end"]
        ),
        None,
    )


def people(text: str) -> dict[str, str]:
    return {
        s["name"]: s["role"] or "" for s in find_speakers(text).speakers if s["kind"] == "person"
    }


def kinds(text: str) -> dict[str, str]:
    return {s["name"]: s["kind"] for s in find_speakers(text).speakers}


# --- speech verbs and frames ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ("张建告诉本报，今年的订单明显多于去年。", "订单明显多于去年", "张建"),
        ("李华告诉《每日经济新闻》记者，工厂已经满负荷运转。", "工厂已经满负荷运转", "李华"),
        ("赵明告诉21世纪经济报道记者，新线将在年底投产。", "新线将在年底投产", "赵明"),
        ("孙强透露，新工厂下个月试产。", "新工厂下个月试产", "孙强"),
        ("周红坦言，成本压力仍然很大。", "成本压力仍然很大", "周红"),
        ("刘芳预计，下半年价格将企稳。", "下半年价格将企稳", "刘芳"),
        ("王磊介绍，项目总投资约十亿元。", "项目总投资约十亿元", "王磊"),
        ("据陈刚介绍，今年已签约项目二十个。", "今年已签约项目二十个", "陈刚"),
        ("央视引述彭涛的话称，事故原因仍在调查之中。", "事故原因仍在调查之中", "彭涛"),
        ("研究员潘建华近日撰文表示，消费回暖的势头已经形成。", "消费回暖的势头已经形成", "潘建华"),
        ("分析师郑后来分析称，出口仍有韧性。", "出口仍有韧性", "郑后来"),
        ("律师许明对本报记者表示，投资者胜诉的可能性较大。", "投资者胜诉的可能性较大", "许明"),
        (
            "教授卢山在接受本报记者采访时表示，园区降低了企业的成本。",
            "园区降低了企业的成本",
            "卢山",
        ),
        ("在高平看来，这一轮调整已经接近尾声。", "这一轮调整已经接近尾声", "高平"),
        ("吴清同时预计今年产量将继续增加。", "今年产量将继续增加", "吴清"),
    ],
)
def test_speech_verbs_and_frames(text, fragment, speaker):
    assert who_says(text, fragment) == (speaker, False)


def test_a_colon_and_a_quotation_is_direct_speech():
    text = "周涛认为：“市场最困难的时候已经过去，企业要抓住机会。”"
    assert said(text) == [("市场最困难的时候已经过去，企业要抓住机会。", "周涛", True)]


def test_attribution_after_the_quotation_even_a_clause_away():
    text = "“需求正在回来，订单也在增加。”在今年的发布会上，公司总裁何平回答提问时如是说。"
    assert who_says(text, "需求正在回来") == ("何平", True)


def test_a_quotation_split_by_its_attribution():
    text = "“这本书刚上市就加印了三次，”作者林一凡笑着说，“出版社给的样书早就送完了。”"
    assert said(text) == [
        ("这本书刚上市就加印了三次，", "林一凡", True),
        ("出版社给的样书早就送完了。", "林一凡", True),
    ]


# --- names of many shapes ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("外交部发言人毛晓6日表示，中方愿同各方一道努力。", "毛晓", "外交部发言人"),
        (
            "某某商事株式会社中国区总经理佐藤美和表示，公司明年将扩大在华采购。",
            "佐藤美和",
            "某某商事株式会社中国区总经理",
        ),
        (
            "丰田中国区总经理田中一郎在会上说，未来五年还会加大投资。",
            "田中一郎",
            "丰田中国区总经理",
        ),
        ("美国总统拜登表示，将继续推进谈判。", "拜登", "美国总统"),
        (
            "俄罗斯议员伊万·彼得罗夫（Ivan Petrov）称，这一行动是挑衅。",
            "伊万·彼得罗夫",
            "俄罗斯议员",
        ),
        (
            "国家统计局城市司高级统计师董丽娟表示，价格涨势初步得到遏制。",
            "董丽娟",
            "国家统计局城市司高级统计师",
        ),
        ("上海某某律师事务所律师许峰表示，胜诉概率较大。", "许峰", "上海某某律师事务所律师"),
        (
            "国网某市电力公司副总经理司马光辉表示，用电负荷再创新高。",
            "司马光辉",
            "国网某市电力公司副总经理",
        ),
    ],
)
def test_names_of_many_shapes(text, name, role):
    assert people(text) == {name: role}


def test_a_name_once_named_is_known_by_itself():
    text = "美国总统特朗普表示，谈判进展顺利。特朗普26日在白宫对记者表示，会晤仍按计划举行。"
    assert [s[1] for s in said(text)] == ["特朗普", "特朗普"]


def test_the_end_of_an_organisation_is_no_name():
    # 办公室 and 管理层 end organisations; 公室 and 管理层 are no people
    text = (
        "日前，某市房地产市场平稳健康发展领导小组办公室发文表示，进一步明确预售款监管。"
        "东风集团股份管理层表示，整合正在进行。"
    )
    assert people(text) == {}
    assert kinds(text) == {
        "某市房地产市场平稳健康发展领导小组办公室": "organization",
        "东风集团股份管理层": "organization",
    }


# --- organisations, and what is no organisation ---------------------------------------------


@pytest.mark.parametrize(
    "text, fragment, organisation",
    [
        ("中信证券认为，制造业投资将温和回升。", "制造业投资将温和回升", "中信证券"),
        ("通用汽车称，将召回部分车辆。", "将召回部分车辆", "通用汽车"),
        ("某某集团宣布调整公司现行产业及业务结构。", "调整公司现行产业及业务结构", "某某集团"),
        (
            "达芬奇家居近日陷入质量风波。达芬奇称，公司产品符合国家标准。",
            "公司产品符合国家标准",
            "达芬奇",
        ),
        ("国家发改委公布，将投放中央猪肉储备。", "将投放中央猪肉储备", "国家发改委"),
        ("“我行已第一时间报警，并将配合调查。”某某银行表示。", "我行已第一时间报警", "某某银行"),
    ],
)
def test_organisations_that_speak(text, fragment, organisation):
    assert who_says(text, fragment)[0] == organisation
    assert kinds(text)[organisation] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "数据显示，一季度销量增长一成。",
        "数据还显示，城镇新增就业人数稳定。",
        "公开信息显示，该公司成立于2005年。",
        "统计数据显示，并购数量同比增长。",
        "据新华社报道，会议在北京举行。",
        "《经济参考报》记者了解到，多家企业已复工。",
        "本报记者统计发现，价格普遍上涨。",
        "这说明，需求正在恢复。",
    ],
)
def test_data_outlets_and_reporters_are_no_speakers(text):
    assert find_speakers(text).speakers == [] and find_speakers(text).statements == []


def test_the_outlet_is_never_the_speaker():
    text = "山河智能一位高层在接受《第一财经日报》采访时认为，工程机械行业将迎来复苏。"
    assert kinds(text) == {"山河智能一位高层": "anonymous"}
    text = "《第一财经日报》采访的大多数人士均认为，政策红利正在显现。"
    assert kinds(text) == {"大多数人士": "anonymous"}


def test_a_source_named_after_its_data():
    text = "来自铁道部的消息称，春运将增开列车。"
    assert who_says(text, "春运将增开列车") == ("铁道部", False)
    text = "据某市检验检疫局初步调查结果，这批货物不符合标准。"
    assert kinds(text) == {"某市检验检疫局": "organization"}


# --- references: pronouns, titles, 该负责人 --------------------------------------------------


def test_she_after_a_named_speaker():
    text = (
        "外交部发言人毛晓6日表示，中方愿同各方一道努力。"
        "她说：“我们始终主张通过对话解决分歧，这一立场没有变化。”"
    )
    assert said(text) == [
        ("中方愿同各方一道努力。", "毛晓", False),
        ("我们始终主张通过对话解决分歧，这一立场没有变化。", "毛晓", True),
    ]


def test_a_title_alone_means_the_person_who_holds_it():
    text = (
        "国务院总理李强主持召开座谈会。他强调，要稳住经济大盘。"
        "“困难是暂时的，前景是光明的。”总理说。"
    )
    assert said(text) == [
        ("要稳住经济大盘。", "李强", False),
        ("困难是暂时的，前景是光明的。", "李强", True),
    ]
    assert people(text) == {"李强": "国务院总理"}


def test_the_same_unnamed_source_again():
    text = "证监会有关负责人表示，将继续完善制度。该负责人还指出，要加强监管。"
    assert [s[1] for s in said(text)] == ["证监会有关负责人", "证监会有关负责人"]
    assert kinds(text) == {"证监会有关负责人": "anonymous"}


def test_a_clause_without_subject_speaks_for_the_sentence():
    text = "针对网上传言，董秘张德明也予以否认，并称：“我们没有听说相关情况。”"
    assert said(text) == [("我们没有听说相关情况。", "张德明", True)]


def test_a_pronoun_far_from_any_name_speaks_for_nobody():
    filler = "这座城市的老街区里有许多小店，每天早上都很热闹。" * 20
    text = f"作家林一凡表示，他小时候就住在这里。{filler}他说：“我现在每天都做直播，粉丝很多。”"
    assert who_says(text, "我现在每天都做直播") is None


def test_a_pronoun_with_nobody_before_it_speaks_for_nobody():
    assert said("他说：“我们会继续努力，争取更好的成绩。”") == []


# --- quotations inside reported speech -----------------------------------------------------


def test_a_quoted_term_is_not_the_whole_quotation():
    text = (
        "协会会长朱长明表示：“十二五”期间，行业产量稳步增长，结构不断优化。"
        "她同时预计今年产量将继续增加。"
    )
    assert said(text) == [
        ("“十二五”期间，行业产量稳步增长，结构不断优化。", "朱长明", False),
        ("今年产量将继续增加。", "朱长明", False),
    ]


def test_a_reported_lead_and_its_quotation_are_two_statements():
    text = "李强表示，今年的目标能够实现，“我们对此充满信心，也做好了应对困难的准备。”"
    assert said(text) == [
        ("今年的目标能够实现", "李强", False),
        ("我们对此充满信心，也做好了应对困难的准备。", "李强", True),
    ]


def test_a_quotation_after_a_statement_carries_on_its_speaker():
    text = "教授卢山指出，园区降低了企业的成本。“这是借鉴了我们特区的做法”。"
    assert who_says(text, "这是借鉴了我们特区的做法") == ("卢山", True)


# --- a wrong named person is worse than none -------------------------------------------------


def test_a_quotation_with_its_own_attribution_is_never_the_previous_speakers():
    text = "韩立松表示，行业整体平稳。“明年我们预测需求还会增长，价格会逐步趋稳。”张建告诉本报。"
    assert who_says(text, "明年我们预测") == ("张建", True)


def test_a_quotation_whose_attribution_cannot_be_read_goes_to_nobody():
    text = (
        "韩立松表示，行业整体平稳。“明年需求还会增长，价格会逐步趋稳。”这家不愿具名的经销商补充说。"
    )
    assert who_says(text, "明年需求还会增长") != ("韩立松", True)


def test_a_foreign_speaker_after_another_speaker():
    text = (
        "经销商刘东表示，今年销量不如预期。"
        "而销售专家斯坦尼斯拉夫·考夫曼认为：“价格战不会持续太久，市场会回到理性。”"
    )
    assert who_says(text, "价格战不会持续太久") == ("斯坦尼斯拉夫·考夫曼", True)


# --- interviews ----------------------------------------------------------------------------


def test_an_interview_line_gives_the_paragraphs_under_it_to_that_person():
    text = (
        "多家外资企业负责人日前接受本报采访。\n"
        "某某商事株式会社中国区总经理　山田花子\n"
        "中国的消费市场仍在成长，我们计划明年在华东新设两个仓库。\n"
        "物流成本是我们最关心的问题。\n"
        "某某物流集团副总裁　陈志远\n"
        "今年订单比去年增加了两成。"
    )
    assert said(text) == [
        ("中国的消费市场仍在成长，我们计划明年在华东新设两个仓库。", "山田花子", True),
        ("物流成本是我们最关心的问题。", "山田花子", True),
        ("今年订单比去年增加了两成。", "陈志远", True),
    ]
    assert people(text) == {
        "山田花子": "某某商事株式会社中国区总经理",
        "陈志远": "某某物流集团副总裁",
    }


def test_the_interview_ends_where_the_reporter_names_someone_else():
    text = (
        "某某物流集团副总裁　陈志远\n"
        "今年订单比去年增加了两成。\n"
        "分析师张亮表示，物流行业正在回暖。\n"
        "记者在现场看到，仓库里堆满了货物。"
    )
    assert said(text) == [
        ("今年订单比去年增加了两成。", "陈志远", True),
        ("物流行业正在回暖。", "张亮", False),
    ]


def test_a_quotation_of_several_paragraphs_has_the_speaker_named_after_its_last():
    text = (
        "记者走访了多家企业。\n"
        "“今年的订单比去年多，我们已经开始招工。\n"
        "“不过原材料价格上涨很快，利润被压缩了不少。”某某服装厂厂长刘建华说。"
    )
    assert [(s[1], s[2]) for s in said(text)] == [("刘建华", True), ("刘建华", True)]


def test_questions_and_answers():
    text = (
        "记者：您如何看待今年的市场？\n王建国：今年市场总体平稳，下半年会更好。\n"
        "记者：企业有哪些打算？"
    )
    assert said(text) == [("今年市场总体平稳，下半年会更好。", "王建国", True)]


def test_a_name_alone_before_a_colon_speaks_in_the_paragraphs_under_it():
    text = (
        "Q1\n您今年的工作重心是什么？\n刘东：\n这是我最忙的一年，每天都在加班。\n"
        "工作重心转到了对外沟通。\nQ2\n您怎么看前景？\n刘东：\n我们有信心渡过难关。"
    )
    assert said(text) == [
        ("这是我最忙的一年，每天都在加班。", "刘东", True),
        ("工作重心转到了对外沟通。", "刘东", True),
        ("我们有信心渡过难关。", "刘东", True),
    ]


def test_a_reported_statement_stops_where_the_reporter_speaks_again():
    text = "董秘周勇答复称，公司将积极跟进。值得注意的是，公司股价近期下跌较多。"
    assert said(text) == [("公司将积极跟进。", "周勇", False)]


def test_people_of_an_organisation_without_a_name():
    text = "“线上答疑更方便，也更高效。”有上市公司高管对此称。"
    assert kinds(text) == {"上市公司高管": "anonymous"}


def test_the_reader_in_the_byline_never_speaks():
    assert said("王建国：今年市场总体平稳，下半年会更好。", byline=["王建国"]) == []


# --- the reader's corrections ---------------------------------------------------------------


def test_corrections_give_a_statement_to_another_speaker_or_to_nobody():
    text = "张三表示，市场回暖。李四认为，需求仍弱。"
    found = find_speakers(text)
    first, second = ((s["start"], s["end"]) for s in found.statements)
    kept, statements = apply_corrections(
        found.speakers, found.statements, {first: "王五", second: None}, kinds={"王五": "person"}
    )
    assert [s["speaker"] for s in statements] == ["王五", None]
    assert {s["name"] for s in kept} == {"王五"}
    assert [s["speaker"] for s in find_speakers(text).statements] == ["张三", "李四"]  # not changed


def test_corrections_for_statements_no_longer_there_are_ignored():
    found = find_speakers("张三表示，市场回暖。")
    kept, statements = apply_corrections(found.speakers, found.statements, {(100, 120): "王五"})
    assert statements == found.statements and kept == found.speakers


# --- any text -----------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "张三",
        "表示",
        "说",
        "，",
        "。",
        "“",
        "”",
        "他",
        "认为",
        "：",
        "\n",
        "公司",
        "据",
        "介绍",
        "记者",
        "总理",
        "该负责人",
        "数据显示",
        "告诉本报",
        "看来",
        "在",
    ]
)


@given(st.lists(_PIECES | st.text(max_size=6), max_size=40).map("".join))
def test_any_text_gives_well_formed_statements(text):
    found = find_speakers(text)
    names = {s["name"] for s in found.speakers}
    for s in found.statements:
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert s["speaker"] is None or s["speaker"] in names
    for sp in found.speakers:
        assert sp["kind"] in ("person", "anonymous", "organization")
        for start, end in sp["mentions"]:
            assert 0 <= start < end <= len(text)
    spans = sorted((s["start"], s["end"]) for s in found.statements)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))  # no two statements overlap


# --- time grows linearly with the paragraph --------------------------------------------------

_PARAGRAPH = (
    "研究员王强表示，经济稳中向好，“我们对此有信心，也有办法。”他强调：“要稳住预期，"
    "做好准备。”据李明介绍，项目进展顺利，数据显示，订单增加，业内人士认为还会更好，"
)


def _steps(text: str) -> int:
    """Lines of the speakers module run while reading the text: the work done, as a count."""
    count = 0
    module_file = speakers_module.__file__

    def tracer(frame, event, arg):
        nonlocal count
        if frame.f_code.co_filename != module_file:
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        find_speakers(text)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("shape", ["sentences", "one sentence"])
def test_work_grows_linearly_with_one_long_paragraph(shape):
    unit = _PARAGRAPH if shape == "sentences" else _PARAGRAPH.replace("。", "，").replace("”", "，")
    find_speakers(unit)  # jieba's dictionary is loaded once, outside the count
    small, large = _steps(unit * 30), _steps(unit * 120)
    assert large <= 4.6 * small, (small, large)  # four times the text, four times the work


def test_analysing_the_sample_finds_its_people(sample_articles):
    # the whole pipeline keeps every person's name a token of its own
    article = sample_articles[0]
    assert {s["name"] for s in article.speakers if s["kind"] == "person"} >= {
        "王馨",
        "王小艳",
        "王文涛",
    }
    assert analyze("高新华指出，市场预期正在改善。")[0].speakers[0]["name"] == "高新华"
