"""Speech in Taiwan and Hong Kong news and in transcripts, on sentences written for these tests:
traditional characters read with the simplified word lists (names given back as printed), a
transcript line that names its speaker by a title, by a name with the title after it, or only as
the answer, and a role printed before a name that describes the person first; an exchange of
questions and answers reported as such, when the person spoke (致词时), 昨 after a name, and a
common word that has the shape of a name."""

import itertools

from desktop.core.lexicon import to_simplified
from desktop.core.speakers import find_speakers


def said(text: str) -> list[tuple[str, str | None, bool]]:
    found = find_speakers(text)
    return [(text[s["start"] : s["end"]], s["speaker"], s["direct"]) for s in found.statements]


def roles(text: str) -> dict[str, str | None]:
    return {s["name"]: s["role"] for s in find_speakers(text).speakers}


def test_folding_keeps_every_offset_and_leaves_simplified_text_alone():
    text = "盧大明說，這個計劃會繼續。著名的乾隆年間"
    folded = to_simplified(text)
    assert len(folded) == len(text)
    assert folded.startswith("卢大明说，这个计划会继续。")
    simplified = "卢大明说，这个计划会继续。著名的乾隆年间"
    assert to_simplified(simplified) == simplified


def test_a_traditional_name_and_verb_speak_and_keep_their_printed_form():
    text = "台南市長鄭志遠昨日表示，明年的預算會再增加。\n他說：「我們不會放棄，還要做得更好。」"
    assert said(text) == [
        ("明年的預算會再增加。", "鄭志遠", False),
        ("我們不會放棄，還要做得更好。", "鄭志遠", True),
    ]
    assert roles(text) == {"鄭志遠": "台南市長"}


def test_a_transcript_title_speaks_for_the_person_named_with_it():
    text = "以下是交通局局长方国栋今日会见传媒的答问内容：\n局长：今年的计划不变，我们会继续推进。"
    assert said(text) == [("今年的计划不变，我们会继续推进。", "方国栋", True)]


def test_a_transcript_title_nobody_was_named_with_speaks_as_itself():
    text = "委员长：各位早晨，会议现在开始。"
    assert said(text) == [("各位早晨，会议现在开始。", None, True)] or said(text) == [
        ("各位早晨，会议现在开始。", "委员长", True)
    ]


def test_a_name_with_its_title_after_it_speaks_before_a_colon():
    text = "黄志明议员：多谢主席。我想问两个问题。\n财务委员会主席林国华议员：局长。"
    assert said(text) == [
        ("多谢主席。我想问两个问题。", "黄志明", True),
        ("局长。", "林国华", True),
    ]
    assert roles(text)["林国华"] == "财务委员会主席"


def test_the_answers_of_an_interview_belong_to_the_person_interviewed():
    text = "本报记者日前专访了研究员汤立新。\n问：今年的形势怎样？\n答：总体平稳，下半年会更好。"
    assert said(text) == [("总体平稳，下半年会更好。", "汤立新", True)]


def test_an_answer_with_nobody_named_before_is_nobody_s():
    text = "问：今年的形势怎样？\n答：总体平稳。"
    assert all(s != "" for s, _, _ in said(text))
    assert {who for _, who, _ in said(text)} <= {None}


def test_a_role_starts_after_what_describes_the_person():
    text = "刚满六十岁的钢铁协会会长顾长风说，行业正在转型。"
    assert roles(text) == {"顾长风": "钢铁协会会长"}


def test_a_reported_exchange_of_question_and_answer():
    text = "记者孔令文问：“明年的计划会不会改变？”邵东平答：“不会改变，我们会按计划推进。”"
    found = said(text)
    assert ("不会改变，我们会按计划推进。", "邵东平", True) in found
    # the answer's attribution introduces the answer: the question is never the answerer's
    assert ("明年的计划会不会改变？", "邵东平", True) not in found


def test_when_the_person_spoke_stands_between_name_and_verb():
    text = "董事长钱立群致辞时指出，公司今年的营收会继续增长。"
    assert said(text) == [("公司今年的营收会继续增长。", "钱立群", False)]


def test_zuo_after_a_name_is_yesterday():
    text = "前部长邬大伟昨受访时也表示，谈判还会继续下去。"
    assert said(text) == [("谈判还会继续下去。", "邬大伟", False)]


def test_a_manner_verb_before_the_reply():
    text = "评论员柯文斌讽刺回复：“这样的计划谁都会写，关键是做。”"
    assert said(text) == [("这样的计划谁都会写，关键是做。", "柯文斌", True)]


def test_a_common_word_shaped_like_a_name_is_nobody():
    text = "宣言指出，只有大家团结起来，才能渡过难关。"
    assert all(sp["kind"] != "person" for sp in find_speakers(text).speakers)


def test_a_question_asked_is_no_speech_verb():
    text = "部长郁文涛今天连续回答了十多个记者的提问，会场气氛热烈。"
    assert said(text) == []


def test_a_quotation_inside_a_statement_is_not_a_second_one():
    text = "张三表示张三“张三张三000,\n“张三张三张三"
    spans = sorted((s["start"], s["end"]) for s in find_speakers(text).statements)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
