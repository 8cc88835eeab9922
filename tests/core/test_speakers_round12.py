"""Shapes of official briefings and wire copy: a speaker who asks a question and answers it in
the same paragraph (`一是…怎么看？主要是…`). Sentences written for these tests."""

from desktop.core.speakers import find_speakers
from tests.helpers import speaker_of


def test_a_question_the_speaker_answers_in_the_same_paragraph_is_the_speakers():
    text = (
        "发言人林远说，这次会谈谈了两件事：一是成绩怎么看？主要是总结去年的合作；"
        "二是下一步怎么走？主要是商定今年的重点。此外双方还谈了人员往来。"
    )
    for said in ("主要是总结去年的合作", "主要是商定今年的重点", "此外双方还谈了人员往来"):
        assert speaker_of(text, said) == {"林远"}


def test_a_question_that_ends_the_paragraph_is_still_not_the_speakers():
    text = "发言人林远说，这次会谈谈了两件事。外界关心的是，会谈何时再开？\n\n林远没有回答。"
    assert speaker_of(text, "这次会谈谈了两件事") == {"林远"}
    assert speaker_of(text, "会谈何时再开") == set()


def test_a_body_speaks_through_its_website_which_is_no_persons_name():
    # 官 is a surname; 官网 after a ministry is where it published, not a person
    text = "交通运输部官网日前公告，自下月起调整部分航线。"
    assert speaker_of(text, "自下月起调整部分航线") == {"交通运输部"}
    text = "南江市人民政府官网于5月3日发布消息称，两名干部已被免职。"
    assert speaker_of(text, "两名干部已被免职") == {"南江市人民政府"}
    text = "南江市公安局官微通报称，两人已被依法刑拘。"
    assert speaker_of(text, "两人已被依法刑拘") == {"南江市公安局"}


def test_a_transliterated_name_of_two_after_a_title_speaks_when_printed_again():
    # 里 ends many transliterations; 克里 is a word of some weight in the dictionary (克里米亚)
    text = "国家主席在北京会见了来访的美国国务卿克里。\n\n克里表示，此次访问正处于关键时期。"
    assert speaker_of(text, "此次访问正处于关键时期") == {"克里"}
    text = "部长在家里表示，此次访问正处于关键时期。"
    assert speaker_of(text, "此次访问正处于关键时期") == {"部长"}


def test_the_sides_of_a_case_and_what_they_say_in_court():
    text = "检方指控，被告人利用职务便利收受财物。"
    assert speaker_of(text, "被告人利用职务便利收受财物") == {"检方"}
    text = "院方表示，将全力配合调查。"
    assert speaker_of(text, "将全力配合调查") == {"院方"}
    text = "被告人林某供述说，自己只是帮朋友借钱。"
    assert speaker_of(text, "自己只是帮朋友借钱") == {"林某"}
    text = "江西南昌的消费者周亮投诉，自己买到的手机是翻新机。"
    assert speaker_of(text, "自己买到的手机是翻新机") == {"周亮"}


def test_one_charged_is_not_the_one_who_charges():
    text = "原副总经理林某被指控，利用职务便利收受财物。"
    assert speaker_of(text, "利用职务便利收受财物") == set()
    text = "原副总经理林某被检方指控，利用职务便利收受财物。"
    assert "林某" not in speaker_of(text, "利用职务便利收受财物")


def test_how_often_a_speaker_said_it_is_no_part_of_the_name():
    text = "财政部部长林安平昨日出席论坛。林安平始终强调，改革是一个渐进的过程。"
    assert speaker_of(text, "改革是一个渐进的过程") == {"林安平"}
    text = "财政部部长林安平昨日出席论坛。他不止一次公开强调，预算不会大幅调整。"
    assert speaker_of(text, "预算不会大幅调整") == {"林安平"}
    text = "首相岸田文雄昨日抵达。岸田刚刚在国会发表演说，他说，两国关系正在改善。"
    assert speaker_of(text, "两国关系正在改善") == {"岸田文雄"}


def test_a_name_ends_where_the_word_after_it_starts():
    # 针锋相对 is one word: the name is 易安, not 易安针
    text = "行长易安昨日出席论坛。易安针锋相对地提出，利率不会大幅调整。"
    assert speaker_of(text, "利率不会大幅调整") == {"易安"}


def test_a_quotation_after_a_closed_one_is_the_next_speakers():
    text = (
        "研究中心主任Karl Weber表示，两家的合作“方向完全正确。现在还不能马上盈利。”"
        "“我们的首个目标是成为行业大玩家。”车企董事Anna Roth表示。"
    )
    assert speaker_of(text, "现在还不能马上盈利") == {"Karl Weber"}
    assert speaker_of(text, "我们的首个目标是成为行业大玩家") == {"Anna Roth"}


def test_a_country_and_its_side_speak_as_bodies():
    text = "海上自卫队的舰艇进入该海域后，日本还表示将通过外交渠道提出抗议。"
    assert speaker_of(text, "将通过外交渠道提出抗议") == {"日本"}
    text = "中方表示，将作出必要回应。"
    assert speaker_of(text, "将作出必要回应") == {"中方"}
    text = "该国国防部宣称那里可能成为新的基地，但中国说这纯属猜测。"
    assert speaker_of(text, "这纯属猜测") == {"中国"}
    assert "中国" not in speaker_of(text, "那里可能成为新的基地")
    text = "中国说服了各方接受新的方案。"
    assert speaker_of(text, "了各方接受新的方案") == set()


def test_a_relative_by_marriage_before_a_name_is_a_role():
    text = "据林老汉的女婿方先生说，岳父生前身体尚好。"
    assert speaker_of(text, "岳父生前身体尚好") == {"方先生"}
    text = "林老汉的外孙女周小云说，外公每天都去公园散步。"
    assert speaker_of(text, "外公每天都去公园散步") == {"周小云"}


def test_a_body_may_admit_or_deny_with_no_comma():
    text = "南江市第一医院承认在此事件中医生存在失误，但建议家属通过司法途径解决。"
    assert speaker_of(text, "但建议家属通过司法途径解决") == {"南江市第一医院"}
    text = "南江科技公司否认曾向对方支付任何费用。"
    assert speaker_of(text, "曾向对方支付任何费用") == {"南江科技公司"}


def test_a_quotation_after_a_sentence_about_the_speaker_is_the_speakers():
    text = (
        "周先生说，进到医院后，医生开了多项检查。“其中包括心电图。”"
        "周先生感到奇怪的是，医生又做了一次检查。“我们又看不懂心电图，也不知道结果。”"
    )
    assert speaker_of(text, "我们又看不懂心电图") == {"周先生"}
    text = (
        "周先生说，进到医院后，医生开了多项检查。"
        "他感到奇怪的是，医生又做了一次检查。“我们又看不懂心电图，也不知道结果。”"
    )
    assert speaker_of(text, "我们又看不懂心电图") == {"周先生"}


def test_not_when_the_sentence_between_tells_of_someone_else():
    text = (
        "周先生说，进到医院后，医生开了多项检查。“其中包括心电图。”"
        "他的主治医生李大明赶到医院时，检查已经做完。“我们又看不懂心电图，也不知道结果。”"
    )
    assert "周先生" not in speaker_of(text, "我们又看不懂心电图")


def test_a_country_that_only_qualifies_what_follows_does_not_speak():
    # 在 of 在野党 is no "where it was said": the leader named after the party speaks
    text = "韩国在野党国民之党前党魁金正勋在记者会上表示：“政府必须改组。”"
    assert speaker_of(text, "政府必须改组") == {"金正勋"}
    text = "日本在野党立宪民主党党首林田浩二批评说，“预算案完全没有考虑民生。”"
    assert speaker_of(text, "预算案完全没有考虑民生") == {"林田浩二"}


def test_a_gloss_in_brackets_between_title_and_name():
    text = "该党院内代表(党鞭)朴正民则说：“这份名单没有征求我们的意见。”"
    assert speaker_of(text, "这份名单没有征求我们的意见") == {"朴正民"}


def test_a_title_inside_the_topic_is_not_the_speaker():
    text = "南江市政府3月2日就市长提名林某为新任秘书长表示，这是正常的人事安排。"
    assert speaker_of(text, "这是正常的人事安排") == {"南江市政府"}
    text = "新就任的秘书长表示，将继续推进改革。"  # 就任 is no topic
    assert speaker_of(text, "将继续推进改革") == {"新就任的秘书长"}


def test_the_next_day_is_when_not_a_name():
    text = (
        "官房长官林田5月28日曾称“深表忧虑”，外交部发言人周立明第二天在回答提问时表示，"
        "“希望对方创造良好的环境”。"
    )
    assert speaker_of(text, "希望对方创造良好的环境") == {"周立明"}


def test_commas_set_between_spaces():
    text = "外交部发言人周立明表示 , 希望对方创造良好的环境和氛围。"
    assert speaker_of(text, "希望对方创造良好的环境和氛围") == {"周立明"}
    (statement,) = [
        s for s in find_speakers(text).statements if "希望对方" in text[s["start"] : s["end"]]
    ]
    assert text[statement["start"] : statement["start"] + 2] == "希望"


def test_a_pronoun_after_an_interview_means_the_one_interviewed():
    text = "主持人张华在节目中采访了董事长王大明。“今年订单增长了三成。”他说。"
    assert speaker_of(text, "今年订单增长了三成") == {"王大明"}


def test_a_sentence_naming_the_speaker_ends_their_reported_words():
    text = "工程师林美子说，这次参观的机会很难得。对经济很关注的林美子上午还采访了董事长王大明。"
    assert speaker_of(text, "这次参观的机会很难得") == {"林美子"}
    assert speaker_of(text, "上午还采访了董事长王大明") == set()


def test_a_parent_before_a_name_is_a_role():
    text = "林小泰的爸爸林宝龙是一位企业家，他表示，不希望孩子养尊处优。"
    assert speaker_of(text, "不希望孩子养尊处优") == {"林宝龙"}
    text = "“捐出压岁钱，也和学校的培养分不开。”联络员、周行的妈妈吴小蓉说。"
    assert speaker_of(text, "也和学校的培养分不开") == {"吴小蓉"}


def test_the_next_speaker_after_a_quoted_sentence_is_not_cited_by_the_first():
    text = "作家林平说，“我刚出版了一本长篇小说。”主席周明说：“好啊。你以前的书我都看过。”"
    assert speaker_of(text, "我刚出版了一本长篇小说") == {"林平"}
    assert speaker_of(text, "你以前的书我都看过") == {"周明"}


def test_a_word_for_people_that_only_qualifies_a_body_does_not_speak():
    # 就 of 就业 is no "about": 学生 names the office, the teacher named after it speaks
    text = "“新生容易在自由的环境中迷失方向。”学生就业指导中心老师周小莉说。"
    assert speaker_of(text, "新生容易在自由的环境中迷失方向") == {"周小莉"}
    text = "学生就此表示，希望学校延长开放时间。"
    assert speaker_of(text, "希望学校延长开放时间") == {"学生"}


def test_another_outlets_reporter_interviewed_speaks():
    text = "晨风日报社记者林美子说，参加这次大会是了解这个行业的好机会。"
    assert speaker_of(text, "参加这次大会是了解这个行业的好机会") == {"林美子"}
    # this paper's own reporter, or one with no outlet, is no speaker
    for text in ("本报记者林美子说，现场秩序井然。", "记者林美子说，现场秩序井然。"):
        assert speaker_of(text, "现场秩序井然") == set()


def test_not_after_a_sentence_about_them_or_two_sentences():
    said = "周先生说，进到医院后，医生开了多项检查。“其中包括心电图。”"
    quote = "“我们又看不懂心电图，也不知道结果。”"
    assert speaker_of(said + "他们感到奇怪的是，医生又做了检查。" + quote, "我们又看不懂") != {
        "周先生"
    }
    two = "周先生离开了病房。他的家人随后赶到。"
    assert speaker_of(said + two + quote, "我们又看不懂") != {"周先生"}
    assert speaker_of(said + "他感到奇怪的是，医生又做了检查。" + quote, "我们又看不懂") == {
        "周先生"
    }


def test_under_labelled_questions_an_answer_may_end_in_a_question():
    text = (
        "记者：您怎么看读书的方法？\n\n"
        "林青：读书要爱书，也要疑书。\n\n"
        "其次，得有多角度的思路。反过来想，这个道理是否也站得住脚？\n\n"
        "记者：您最近在读什么书？\n\n林青：我在读一本小说。\n"
    )
    assert speaker_of(text, "得有多角度的思路") == {"林青"}
    assert speaker_of(text, "您最近在读什么书") == set()


def test_a_section_heading_with_a_comma_is_no_answer():
    text = (
        "记者：您怎么看传统文化？\n\n林青：传统文化要与时代结合起来看。\n\n"
        "人适当有些书生气，是可爱的\n\n记者：网络阅读呢？\n\n林青：网上浏览也是阅读。\n"
    )
    assert speaker_of(text, "人适当有些书生气") == set()
    assert speaker_of(text, "网上浏览也是阅读") == {"林青"}


def test_what_a_body_published_named_again_speaks_for_it():
    text = (
        "南江市人民政府官网昨日发布消息称，两名干部已被免职。据公开简历，其中一人去年到任。"
        "该消息称，已要求相关部门深刻反思。"
    )
    assert speaker_of(text, "已要求相关部门深刻反思") == {"南江市人民政府"}
    text = "南江市人民政府官网昨日发布消息称，两名干部已被免职。"  # 官网|昨 is no name
    assert speaker_of(text, "两名干部已被免职") == {"南江市人民政府"}


def test_a_view_framed_after_a_quotation_is_the_next_ones():
    text = (
        "咨询公司合伙人林小川表示，合作是竞争压力造成的结果。“但现在还无法判断谁能取胜。”"
        "在研究所副所长周明看来，两家的合作还会深化。"
    )
    assert speaker_of(text, "但现在还无法判断谁能取胜") == {"林小川"}
    assert speaker_of(text, "两家的合作还会深化") == {"周明"}
