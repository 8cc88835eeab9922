"""Speakers and statements: gold lists read off the sample page and the second page, and
the general rules on sentences of other shapes."""

import pytest

from desktop.core.analysis import analyze
from desktop.core.speakers import find_speakers

SAMPLE_PEOPLE = {
    "王馨": "深圳市跨境电子商务协会会长",
    "王小艳": "河南国际数字贸易研究院副院长",
    "王文涛": "商务部部长",
    "杜长辉": "北京知识产权法院党组成员、副院长",
    "张宇雷": "北京市科委中关村管委会副主任",
    "段继平": "奇安信集团副总裁",
    "卢圭成": "韩国生成式人工智能研究院院长",
    "苟坪": "国务院国资委党委委员、副主任",
    "刘兴国": "中国企业联合会特约高级研究员",
    "赵晖": "中国网络视听协会微短剧委员会副会长",
    "张轴评": "抖音集团副总裁、总编辑",
    "卢力": "红果短剧总编辑",
    "杨乘虎": "北京师范大学艺术与传媒学院副院长",
}

# (first words of the statement, speaker, direct) for every statement a reader would mark
SAMPLE_STATEMENTS = [
    ("跨境电商产业每年按25%", "王馨", True),
    ("跨境电商为中国外贸发现了新市场", "王馨", False),
    ("我们看到,跨境电商企业们", "王馨", True),
    ("跨境电商综试区正在成为中国对外开放", "分析人士", False),
    ("仔细分析国务院前后数批", "王小艳", False),
    ("综试区实际上是“试验”", "王小艳", False),
    ("我们将推动新设一批", "王文涛", True),
    ("各综试区所处地域不同", "王馨", False),
    ("首先,各地综试区不能想着", "王馨", True),
    ("总之,跨境电商综试区建设", "王小艳", True),
    ("针对生成式人工智能(AI)", "与会者", False),
    ("生成式人工智能技术应用给知识产权司法", "杜长辉", False),
    ("北京市自然科学基金持续强化", "张宇雷", False),
    ("我们持续与各區以及企业", "张宇雷", True),
    ("目前围绕大模型生成作品", "段继平", False),
    ("要持续完善知识产权保护制度", "有不少学者", False),
    ("法院在裁判时应坚持", "杜长辉", False),
    ("目前最高法已经对大模型", "段继平", False),
    ("从世界范围来看", "卢圭成", False),
    ("当前汽车产业正在加速变化和重塑。下一步", "苟坪", False),
    ("当前汽车产业正在加速变化和重塑,国务院", "苟坪", False),
    ("将对整车央企进行战略性重组,提高", "苟坪", False),
    ("战略性重组通常指的是", "刘兴国", False),
    ("央企汽车产业的重组整合", "刘兴国", False),
    ("今年2月,东风系", None, None),  # 公开信息显示: what is on record, said by nobody
    ("公司和长安的整合目前正在进行中", "东风集团股份管理层", False),
    ("这才是真正的家庭生活", "网友", True),
    ("当前我国微短剧行业,从题材上看", "赵晖", False),
    ("精品化是短剧行业升级蝶变", "张轴评", True),
    ("当前微短剧观众对低成本", "卢力", False),
    ("短剧用户与长剧用户并非割裂群体", "杨乘虎", False),
    ("“精细化”“社会价值”", "受访者", False),
]

SECOND_STATEMENTS = [
    ("外贸开局好于预期", "吕大良", True),
    ("4月当月", "吕大良", False),
    ("外需回暖和企业", "欧阳明高", False),
    ("下半年仍需警惕", "欧阳明高", True),
    ("一季度我国对共建", "张建平", False),
    ("中国制造的竞争力", "约翰·史密斯", False),
    ("外贸企业正在加快开拓", "不少业内人士", False),
    ("今年以来企业在东南亚", "浙江一家家电企业负责人", False),
    ("将出台进一步稳外贸", "商务部有关负责人", False),
    ("公司已提前完成迎峰度夏", "司马光明", False),
    ("今年的负荷增长比预想的快", "司马光明", True),
    ("我们会确保居民用电", "司马光明", True),
]


def _statement_at(articles, fragment):
    for article in articles:
        at = article.text.find(fragment)
        if at >= 0:
            return next(
                (
                    (s["speaker"], s["direct"])
                    for s in article.statements
                    if s["start"] <= at < s["end"]
                ),
                None,
            )
    raise AssertionError(f"{fragment!r} is not on the page")


def _score(articles, gold):
    def want(who, direct):
        return None if who is None else (who, direct)

    wrong = [
        (f, _statement_at(articles, f), want(who, direct))
        for f, who, direct in gold
        if _statement_at(articles, f) != want(who, direct)
    ]
    return 1 - len(wrong) / len(gold), wrong


def test_sample_people_and_roles(sample_articles):
    people = {
        s["name"]: s["role"] for a in sample_articles for s in a.speakers if s["kind"] == "person"
    }
    assert people == SAMPLE_PEOPLE  # all 13, and no false person


def test_sample_unnamed_sources(sample_articles):
    kinds = {s["name"]: s["kind"] for a in sample_articles for s in a.speakers}
    for name in ("分析人士", "与会者", "有不少学者", "网友", "受访者"):
        assert kinds[name] == "anonymous"
    assert kinds["东风集团股份管理层"] == "organization"
    assert (
        "公开信息" not in kinds
    )  # no organisation: 公开信息显示 reports the record, nobody says it


def test_sample_statements(sample_articles):
    accuracy, wrong = _score(sample_articles, SAMPLE_STATEMENTS)
    assert accuracy >= 0.95, wrong


def test_second_page_statements_and_people(second_articles):
    accuracy, wrong = _score(second_articles, SECOND_STATEMENTS)
    assert accuracy >= 0.95, wrong
    people = {
        s["name"]: s["role"] for a in second_articles for s in a.speakers if s["kind"] == "person"
    }
    assert people == {
        "吕大良": "海关总署新闻发言人、统计分析司司长",
        "欧阳明高": "中国国际经济交流中心首席研究员",
        "张建平": "商务部研究院研究员",
        "约翰·史密斯": "美国彼得森国际经济研究所高级研究员",
        "司马光明": "国网上海市电力公司副总经理",
    }


def test_unattributed_quotations_have_no_speaker(sample_articles):
    for fragment in ("创新是引领发展的第一动力", "先行先试", "野蛮生长", "骨关节炎药物", "不愿转"):
        assert _statement_at(sample_articles, fragment) is None


def test_reporters_are_not_speakers(sample_articles):
    names = {s["name"] for a in sample_articles for s in a.speakers}
    assert not names & {"吴瞬", "程丹", "郭博昊", "江楠", "江卿", "记者"}
    assert _statement_at(sample_articles, "当前传统影视中成熟的武侠") is None  # 记者发现，…


def test_every_mention_of_a_name(sample_articles):
    wang = next(s for s in sample_articles[0].speakers if s["name"] == "王馨")
    text = sample_articles[0].text
    assert [text[a:b] for a, b in wang["mentions"]] == ["王馨"] * 3
    assert len(wang["mentions"]) == text.count("王馨")


def test_names_are_whole_tokens_with_name_readings(sample_articles, second_articles):
    for article in sample_articles + second_articles:
        people = {
            tuple(m) for s in article.speakers if s["kind"] == "person" for m in s["mentions"]
        }
        tokens = {(t["start"], t["end"]) for t in article.tokens}
        assert people <= tokens


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        ("国家统计局副局长胡春华表示，经济运行总体平稳。", "胡春华", "国家统计局副局长"),
        ("高新华指出，市场预期正在改善。", "高新华", ""),
        ("马明说：“这是一个好的开始，我们会继续努力。”", "马明", ""),
        ("清华大学教授白重恩认为，消费仍有潜力。", "白重恩", "清华大学教授"),
        ("中国工程院院士诸葛亮明在会上强调，要加强基础研究。", "诸葛亮明", "中国工程院院士"),
        ("美联储主席杰罗姆·鲍威尔表示，通胀仍然偏高。", "杰罗姆·鲍威尔", "美联储主席"),
        ("据公司董事长欧阳平介绍，新工厂将于年底投产。", "欧阳平", "公司董事长"),
    ],
)
def test_names_of_many_shapes(sentence, name, role):
    found = find_speakers(sentence)
    people = [s for s in found.speakers if s["kind"] == "person"]
    assert [(s["name"], s["role"] or "") for s in people] == [(name, role)]
    assert found.statements and found.statements[0]["speaker"] == name


@pytest.mark.parametrize(
    "sentence",
    [
        "为发展新质生产力保驾护航，推进阳光化试点。",
        "传统影视中成熟的武侠、刑侦题材已渗透到微短剧中。",
        "需要法院准确查明技术事实，提升安全性。",
        "街坊邻里“龙门阵”诙谐幽默。",
        "记者发现，当前市场回暖。",
    ],
)
def test_no_false_people(sentence):
    assert [s for s in find_speakers(sentence).speakers if s["kind"] == "person"] == []


def test_reporter_in_byline_is_not_a_speaker():
    found = find_speakers("李明表示，今年以来市场回暖。", byline=["李明"])
    assert found.speakers == [] and found.statements == []


def test_pronoun_speaks_for_the_person_named_before():
    text = "研究员王强表示，经济稳中向好。他强调：“要坚定信心，稳住预期。”"
    found = find_speakers(text)
    assert [(s["speaker"], s["direct"]) for s in found.statements] == [
        ("王强", False),
        ("王强", True),
    ]


def test_found_names_are_segmented_as_names():
    (article,) = analyze("高新华指出，市场预期正在改善。")
    first = article.tokens[0]
    assert (first["start"], first["end"]) == (0, 3)
    assert first["pinyin"] == ["gāo", "xīn", "huá"]
