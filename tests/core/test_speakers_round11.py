"""A clause that names no one after the comma of a sentence whose subject did something first:
`董事长某某来到会场，并表示…`, `…，但多次强调…`, and `不过，他以…比喻…，认为…`, where 他 is
the person named before the sentence, not someone the sentence itself mentions. Sentences
written for these tests."""

from desktop.core.speakers import find_speakers
from tests.helpers import speaker_of


def test_a_bare_clause_after_what_the_subject_did_is_the_subjects_words():
    text = "集团董事长崔建华昨天来到发布会现场，并表示明年将加大研发投入。"
    assert speaker_of(text, "明年将加大研发投入") == {"崔建华"}
    text = "集团董事长崔建华在发布会上致辞，但多次强调明年将加大研发投入。"
    assert speaker_of(text, "明年将加大研发投入") == {"崔建华"}
    text = "集团董事长崔建华昨天来到发布会现场，表示明年将加大研发投入。"
    assert speaker_of(text, "明年将加大研发投入") == {"崔建华"}


def test_with_two_people_in_the_sentence_a_bare_clause_names_no_one():
    text = "集团董事长崔建华昨天会见了市长李明远，并表示明年将加大研发投入。"
    assert speaker_of(text, "明年将加大研发投入") <= {"崔建华"}


def test_a_pronoun_after_a_connective_clause_is_the_person_named_before():
    text = (
        "集团董事长崔建华昨天出席了发布会。不过，他以一个老故事比喻新的局面，"
        "认为很多困难最终都能克服。"
    )
    assert speaker_of(text, "很多困难最终都能克服") == {"崔建华"}


def test_a_pronoun_means_someone_named_before_it_not_in_its_own_clause():
    text = (
        "集团董事长崔建华昨天出席了发布会。他没有回答是否与部长王立新见过面，只说曾经交换意见，"
        "但强调没有受到任何压力，认为外界的传言并不公平。"
    )
    assert speaker_of(text, "外界的传言并不公平") == {"崔建华"}
    assert "王立新" not in {s["speaker"] for s in find_speakers(text).statements}


def test_a_common_word_after_a_title_is_no_person_for_a_bare_clause():
    text = "会议主要出于对企业家信心不足的担忧，同时强调财政政策有必要继续发力。"
    assert find_speakers(text).statements == []


def test_a_name_with_no_surname_after_a_title_is_known_by_its_later_prints():
    text = "外交部长王毅同菲律宾总统埃斯特拉达举行会谈。\n\n埃斯特拉达表示，菲方愿同中方加强合作。"
    assert speaker_of(text, "菲方愿同中方加强合作") == {"埃斯特拉达"}
    text = "美国总统川普推迟了访问。川普表示，他将在下月前往亚洲。"
    assert speaker_of(text, "他将在下月前往亚洲") == {"川普"}


def test_a_title_that_starts_a_longer_word_introduces_no_name():
    text = "广东代表团审议时表示，要加大对农业的投入。"
    assert find_speakers(text).statements == []
    text = "在广东代表团审议时，省长周立平表示，今年将加大投入。"
    assert speaker_of(text, "今年将加大投入") == {"周立平"}


def test_a_bracketed_lead_in_is_a_clause_of_its_own():
    text = (
        "【总书记关心农业】在审议时，听到陈立新代表谈到本省旅游业的发展很快。总书记说，要加大投入。"
    )
    names = {s["name"] for s in find_speakers(text).speakers}
    assert speaker_of(text, "本省旅游业的发展很快") == {"陈立新"}
    assert "关心农" not in names
    assert speaker_of(text, "要加大投入") <= {"总书记"}
    assert not any("【" in n or "听到" in n for n in names)


def test_whom_the_speaker_met_is_not_the_speaker():
    text = "外交部长王立当天在与法国外长马克通电话时说，对话是唯一出路。"
    assert speaker_of(text, "对话是唯一出路") == {"王立"}


def test_a_name_glossed_in_latin_letters_is_known_by_its_characters():
    text = "美国国务卿克里（John Kerry）发表了声明。克里说，这项决议反映了各国的决心。"
    assert speaker_of(text, "这项决议反映了各国的决心") == {"克里"}


def test_the_day_printed_with_hao_after_a_name():
    text = "常驻联合国代表刘立2号在安理会发言时指出，新决议是新的起点。"
    assert speaker_of(text, "新决议是新的起点") == {"刘立"}


def test_what_an_officer_is_doing_before_the_title_is_no_name():
    text = "据办案民警介绍，这个团伙分工明确。"
    assert speaker_of(text, "这个团伙分工明确") <= {"办案民警"}
    assert {s["kind"] for s in find_speakers(text).speakers} <= {"anonymous"}


def test_a_passive_gives_the_words_to_its_agent_not_to_the_person_it_names():
    text = "局长王立新昨日也被网友爆料称曾出入私人会所，他本人对此没有回应。"
    assert "王立新" not in speaker_of(text, "曾出入私人会所")
    assert {s["name"] for s in find_speakers(text).speakers}.isdisjoint({"爆料", "王立新"})


def test_a_role_in_quotation_marks_before_a_name():
    text = "“请大家系好安全带。”车上的“导航员”王立新介绍，这些指标是按最复杂的路况设计的。"
    assert speaker_of(text, "这些指标是按最复杂的路况设计的") == {"王立新"}
    assert speaker_of(text, "请大家系好安全带") == {"王立新"}


def test_a_named_persons_bare_shuo_unless_a_word_goes_on():
    text = "民警上门询问。魏丽华说确实捡到了钱包，随后把钱包交给了民警。"
    assert speaker_of(text, "确实捡到了钱包") == {"魏丽华"}
    text = "民警上门询问。魏丽华说服了家人，随后把钱包交给了民警。"
    assert find_speakers(text).statements == []


def test_the_police_of_a_place_speak_as_a_body():
    text = "泉州警方提醒，凡是要先交钱才能加入的项目都要警惕。"
    assert speaker_of(text, "凡是要先交钱才能加入的项目都要警惕") == {"泉州警方"}
    assert {s["kind"] for s in find_speakers(text).speakers} == {"organization"}


def test_a_given_name_may_hold_yu_or_zai_when_printed_again_after_a_title():
    text = "在宏观分析师郭于玮看来，近期降息的可能性不大。郭于玮认为，社融增速会温和回升。"
    assert speaker_of(text, "社融增速会温和回升") == {"郭于玮"}
    assert speaker_of(text, "近期降息的可能性不大") == {"郭于玮"}


def test_a_name_printed_with_a_space_after_its_surname():
    text = "协会副会长李朝明表示，煤价将保持稳定。\n\n李 朝明指出，能源结构不可能短期内改变。"
    assert speaker_of(text, "能源结构不可能短期内改变") == {"李朝明"}


def test_thus_said_after_a_quotation():
    text = "“煤炭供求大体平衡。”研究员李朝明如此表示。"
    assert speaker_of(text, "煤炭供求大体平衡") == {"李朝明"}


def test_zeng_after_a_name_is_once_not_part_of_the_name():
    text = "在随后的沟通会上，雷军曾对本报记者透露，他与几位创始人签署了协议。"
    assert speaker_of(text, "他与几位创始人签署了协议") == {"雷军"}


def test_a_relative_after_a_name_speaks_not_the_one_named():
    text = "遇害司机陈师傅的家属接受了采访。陈师傅妻子介绍，此案前不久召开了庭前会议。"
    assert "陈师傅" not in speaker_of(text, "此案前不久召开了庭前会议")
    text = "74岁的胡某老人住在村口。胡某老人说，这条路修好了，出门方便多了。"
    assert speaker_of(text, "这条路修好了") == {"胡某"}


def test_a_claim_without_ground_is_speech_and_a_governor_a_title():
    text = "前港督林德康日前又谈及此事。他妄称，“英国有权监督声明的落实”。"
    assert speaker_of(text, "英国有权监督声明的落实") == {"林德康"}
    text = "普吉府府尹诺拉帕说，当时海浪高达5米。"
    assert speaker_of(text, "当时海浪高达5米") == {"诺拉帕"}


def test_the_subject_of_a_sentence_opened_by_when_and_a_topic_with_jiu():
    text = (
        "前港督林德康多次谈及香港。上个月，林德康就“某某阵线”发言人王小川被判入狱一事，"
        "再次妄言“有关法律被滥用”。"
    )
    assert speaker_of(text, "有关法律被滥用") == {"林德康"}


def test_a_name_when_and_where_are_no_bodys_name():
    text = "府尹诺拉帕6日中午在救援指挥中心接受记者采访时说，仍有多人失踪。"
    assert speaker_of(text, "仍有多人失踪") <= {"诺拉帕"}
    assert all(s["kind"] != "organization" for s in find_speakers(text).speakers)


def test_a_sentence_opened_by_whence_the_writer_knows_it():
    text = "据台媒报道，外事部门“司长”林立新昨天召开记者会，并称双方关系“牢不可破”。"
    assert speaker_of(text, "双方关系“牢不可破”") == {"林立新"}


def test_of_his_own_accord_and_the_surname_alone_for_one_named_after_a_title():
    text = "司长林立新出席了会议。在记者会上，林立新主动宣称，对方尚未收到邀请函。"
    assert speaker_of(text, "对方尚未收到邀请函") == {"林立新"}
    text = "司长林立新出席了会议。媒体追问对方会否出席？林表示，目前没有收到任何回应。"
    assert speaker_of(text, "目前没有收到任何回应") == {"林立新"}


def test_an_embassy_or_consulate_speaks_as_a_body():
    text = "中国驻意大利大使馆提醒，近期当地雨水较多，游客出行要注意安全。"
    assert speaker_of(text, "近期当地雨水较多") == {"中国驻意大利大使馆"}
    assert {s["kind"] for s in find_speakers(text).speakers} == {"organization"}
