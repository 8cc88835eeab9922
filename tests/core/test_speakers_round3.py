"""Speech shapes of wire and Hong Kong/Taiwan news, on sentences written for these tests: a
title that starts with 总 (总书记), words a speaker cites inside a report (`X说，Y强调，…`),
documents where a name would stand (贺信), given names ending in 之, Hong Kong's double surnames,
long transliterated names after a title, names that would cut a word, the writer's forecast
(`…，预计将…`), and a source's kind before a name (分析人士某某)."""

from desktop.core.speakers import find_speakers
from tests.helpers import people_named as people
from tests.helpers import speaker_of


def test_a_general_secretary_is_not_part_of_the_name():
    text = "某党中央总书记陈明远在信中指出，两党要加强交流。"
    assert people(text) == {"陈明远"}
    assert speaker_of(text, "两党要加强交流") == {"陈明远"}


def test_what_a_speaker_cites_stays_the_speakers():
    text = "研究院院长王海涛说，李国华部长曾强调，“能源要自主”。我们一直照此推进项目。"
    assert speaker_of(text, "我们一直照此推进项目") == {"王海涛"}
    assert "李国华" not in people(text)


def test_as_someone_pointed_out_inside_a_report():
    text = "协会副会长赵文斌表示，正如钱主席在贺信中指出，合作基础很好。双方已建立机制。"
    assert speaker_of(text, "双方已建立机制") == {"赵文斌"}


def test_a_new_report_after_a_semicolon_is_its_own():
    text = "教授孙海说，方案可行；研究员周平则认为，还需论证。"
    assert speaker_of(text, "还需论证") == {"周平"}


def test_a_letter_is_not_a_person():
    text = "某国学者阮文海表示，陈明远主席的贺信指出两国是好邻居。"
    assert people(text) == {"阮文海"}
    assert speaker_of(text, "两国是好邻居") == {"阮文海"}


def test_a_given_name_may_end_in_zhi():
    text = "立委葉元之表示，這個方案應該重審。"
    assert speaker_of(text, "這個方案應該重審") == {"葉元之"}


def test_a_hong_kong_double_surname():
    text = "行政長官林鄭美芬今日表示，會盡快公布方案。"
    assert people(text) == {"林鄭美芬"}


def test_a_long_transliterated_name_after_a_title():
    text = "某国总统阿尔捷米耶夫当天说，合作前景广阔。"
    assert speaker_of(text, "合作前景广阔") == {"阿尔捷米耶夫"}


def test_a_name_does_not_cut_a_word():
    text = "一批新的应用正在开发中，预计年底上线。"
    assert people(text) == set()
    assert speaker_of(text, "年底上线") == set()


def test_a_name_before_a_date_word_stands():
    text = "主任张国生日前表示，项目进展顺利。"
    assert speaker_of(text, "项目进展顺利") == {"张国生"}


def test_the_writers_forecast_is_not_the_subjects_words():
    text = "王海涛去年成为理事，预计将在明年当选会长。"
    assert speaker_of(text, "当选会长") == set()


def test_a_forecast_with_a_comma_is_still_speech():
    text = "经济学家王海涛在会上发言，预计，今年出口将增长。"
    assert speaker_of(text, "今年出口将增长") == {"王海涛"}


def test_a_kind_of_source_before_a_name():
    text = "某国政治分析人士阮文海表示，两国关系根基牢固。"
    assert speaker_of(text, "两国关系根基牢固") == {"阮文海"}


def test_an_interviewers_lines_are_no_statements():
    text = (
        "某国大使周文海接受某电视台采访，回答了记者约翰·史密斯的提问。\n"
        "史密斯：大使先生，您怎么看？\n"
        "周大使：我们一直主张对话。\n"
        "史密斯：您想传递什么信息？\n"
        "周大使：合作是唯一出路。"
    )
    assert people(text) == {"周文海"}
    assert speaker_of(text, "您想传递什么信息") == set()
    assert speaker_of(text, "合作是唯一出路") == {"周文海"}


def test_a_reporter_of_an_outlet_asks():
    text = "某台记者：贵方对此有何评论？\n李文华：我们已多次阐明立场。"
    assert speaker_of(text, "贵方对此有何评论") == set()
    assert speaker_of(text, "我们已多次阐明立场") == {"李文华"}


def test_a_short_name_the_text_defines():
    text = "前议员范徐美珍（以下称“范太”）谈起往事。“那时很奇妙。”范太回忆道。"
    assert people(text) == {"范徐美珍"}
    assert speaker_of(text, "那时很奇妙") == {"范徐美珍"}


def test_a_pronouns_clause_before_a_colon_and_a_quotation():
    text = (
        "教授王海涛谈起往事。她笑着拍了拍桌子说：“那一年我们过得很难。”"
        "她又转头看着我：“后来我们就好了。”"
    )
    assert speaker_of(text, "那一年我们过得很难") == {"王海涛"}
    assert speaker_of(text, "后来我们就好了") == {"王海涛"}


def test_a_body_made_to_publish_does_not_speak():
    text = "某国国内正探讨推动某国政府公布所有相关信息。"
    assert find_speakers(text).statements == []


def test_a_person_named_in_the_headline_is_whom_she_means():
    text = "12月28日，她接受了本报采访。\n她说“作为发言人，我被问得最多的是经济问题”。"
    found = find_speakers(text, title="外交部发言人周文芳：我比谁都强硬")
    assert {s["speaker"] for s in found.statements} == {"周文芳"}


def test_answers_printed_as_quotations_under_bulleted_questions():
    text = (
        "教授王海涛接受了本报采访。\n"
        "-您觉得今年最难忘的是什么？\n"
        "“其实每一天都很难忘，我们一直在忙。”"
    )
    assert speaker_of(text, "其实每一天都很难忘") == {"王海涛"}


def test_a_hong_kong_double_surname_in_a_transcripts_lead():
    text = (
        "以下是行政長官林鄭美芬今日會見傳媒的答問內容：\n"
        "記者：你好，請問你怎樣看？\n"
        "行政長官：多謝你的問題，我們會盡快處理。"
    )
    assert speaker_of(text, "我們會盡快處理") == {"林鄭美芬"}


def test_someone_told_by_name_before_the_comma():
    text = "常委王海涛告诉赵文斌，两岸交流要尽早恢复。"
    assert speaker_of(text, "两岸交流要尽早恢复") == {"王海涛"}


def test_a_manner_written_with_zhu_in_traditional_text():
    text = "立委葉元之緊接著說，「我覺得這個做法非常奇怪」。"
    assert speaker_of(text, "我覺得這個做法非常奇怪") == {"葉元之"}


def test_a_party_and_an_army_speak():
    text = "某国民党表示，会继续推动交流。某国国防军同一天称，行动已经结束。"
    assert speaker_of(text, "会继续推动交流") == {"某国民党"}
    assert speaker_of(text, "行动已经结束") == {"某国国防军"}


def test_posts_on_social_media_are_speech():
    text = "21日，某国外长洛文钦发布多条推文称，会议具有启发性。"
    assert speaker_of(text, "会议具有启发性") == {"洛文钦"}


def test_an_arabic_name_joined_by_a_hyphen():
    text = "某研究中心研究员阿卜杜勒-阿齐兹·沙巴尼说，冲突无法用武力解决。"
    assert people(text) == {"阿卜杜勒-阿齐兹·沙巴尼"}


def test_a_colon_opens_the_words_of_the_one_person_the_sentence_names():
    text = (
        "学习了贺信，某大学学生、科技小院院长刘文静深受感召，更加坚定了方向："
        "“我们要把论文写在大地上。”"
    )
    assert speaker_of(text, "我们要把论文写在大地上") == {"刘文静"}


def test_no_colon_speaker_when_the_sentence_names_two():
    text = "在队长王文海的带领下，队员李小华喊出口号：“我们一定要赢下这场比赛。”"
    assert speaker_of(text, "我们一定要赢下这场比赛") != {"王文海"}


def test_a_transliteration_may_hold_nei():
    text = "某国总理内塔尼亚胡当天表示，绝不允许对方重建势力。"
    assert speaker_of(text, "绝不允许对方重建势力") == {"内塔尼亚胡"}


def test_after_a_comma_the_clauses_last_word_is_no_name():
    text = "葉元之說，這篇文章不是投書，而是學者專家邀稿，「這是不一樣的狀況」。"
    assert "邀稿" not in people(text)


def test_a_scholar_of_a_field_before_a_name():
    text = "某国汉学家冯文城是写信人之一。他说：“汉学是交流的平台，我们很珍惜。”"
    assert speaker_of(text, "汉学是交流的平台") == {"冯文城"}


def test_a_doctoral_student_before_a_name():
    text = "在某大学学习的伊朗籍博士生李文凡说，她感到非常激动。"
    assert people(text) == {"李文凡"}


def test_a_long_manner_between_the_name_and_the_verb():
    text = "“泊位今年基本订满了！”某公司高级顾问叶文坚一脸笑容地说。"
    assert speaker_of(text, "泊位今年基本订满了") == {"叶文坚"}


def test_surname_and_title_in_a_report():
    text = "9月30日，周文海大使接受采访。周大使表示，要了解一国的历史。"
    assert speaker_of(text, "要了解一国的历史") == {"周文海"}


def test_a_reporters_question_ends_the_statement_before():
    text = "发言人周文芳表示，中方高度关切。有记者问，据报道，某方判处重刑。中方有何评论？"
    assert speaker_of(text, "某方判处重刑") == set()


def test_a_firm_named_after_its_kind_is_an_organisation():
    text = "知名咨询公司麦肯锡日前指出，车企应调整经营战略。"
    found = find_speakers(text)
    assert [(s["name"], s["kind"]) for s in found.speakers] == [("麦肯锡", "organization")]


def test_a_person_named_inside_a_quotation_is_not_whom_he_means():
    text = (
        "某国汉学家范文迪认为，汉学要让世界理解中国。"
        "“陈明远主席提出的倡议为世界指明了方向。”他表示。"
    )
    assert speaker_of(text, "倡议为世界指明了方向") == {"范文迪"}
