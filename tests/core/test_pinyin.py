"""Pinyin in context. The gold list was built by reading the sample page: every polyphonic
word below is checked where it stands, against a dictionary reading."""

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.pinyin import name_pinyin, tokens_pinyin, tone_numbers, word_pinyin
from desktop.core.segment import cut
from desktop.resources import resource_path
from tests.conftest import reading

GOLD = [
    ("加速变化和重塑", "重塑", "chóng sù"),
    ("重构叙事节奏", "重构", "chóng gòu"),
    ("《重回永乐大典》", "重回", "chóng huí"),
    ("质朴的乡村美学", "质朴", "zhì pǔ"),
    ("短剧用户与长剧用户", "长剧", "cháng jù"),
    ("副院长杜长辉在年会", "杜长辉", "dù cháng huī"),
    ("从而更好地引领", "更好地", "gèng hǎo de"),
    ("展现得淋漓尽致", "展现得", "zhǎn xiàn de"),
    ("重庆10个优秀", "重庆", "chóng qìng"),
    ("重点在制度建设", "重点", "zhòng diǎn"),
    ("进行战略性重组", "重组", "chóng zǔ"),
    ("国际贸易的重要增长极", "重要", "zhòng yào"),
    ("国际贸易的重要增长极", "增长", "zēng zhǎng"),
    ("协会会长王馨", "会长", "huì zhǎng"),
    ("研究院副院长王小艳", "院长", "yuàn zhǎng"),
    ("商务部部长王文涛", "部长", "bù zhǎng"),
    ("长期系统工程", "长期", "cháng qī"),
    ("公司和长安的整合", "长安", "cháng ān"),
    ("这在中国整个外贸行业里", "行业", "háng yè"),
    ("决心和行动", "行动", "xíng dòng"),
    ("将对整车央企进行战略性重组", "进行", "jìn xíng"),
    ("等行政法规的出台", "行政", "xíng zhèng"),
    ("在运行过程中", "运行", "yùn xíng"),
    ("上举行了", "举行", "jǔ xíng"),
    ("跟着短剧去旅行", "旅行", "lǚ xíng"),
    ("作为一个新生事物", "作为", "zuò wéi"),
    ("已成为中国外贸", "成为", "chéng wéi"),
    ("试验区为例", "为例", "wéi lì"),
    ("科技创新要取得突破", "取得", "qǔ dé"),
    ("等问题值得重视", "值得", "zhí de"),
    ("主要目的是探索", "目的", "mù dì"),
    ("在各地跨境电商综试区的引导下", "各地", "gè dì"),
    ("已有不少地方政府", "地方", "dì fāng"),
    ("已有不少地方政府", "不少", "bù shǎo"),
    ("据了解", "了解", "liǎo jiě"),
    ("第三批还处于综试区建设的早期", "还", "hái"),
    ("第三批还处于综试区建设的早期", "处于", "chǔ yú"),
    ("妥善处理利益平衡", "处理", "chǔ lǐ"),
    ("差异化协调发展成关键", "协调", "xié tiáo"),
    ("杭州市商务局的数据显示", "数据", "shù jù"),
    ("数量的不断增加", "数量", "shù liàng"),
    ("等相关问题涵盖了", "相关", "xiāng guān"),
    ("一是创造一种新的政府治理模式", "种", "zhǒng"),
    ("“不能转”难题", "难题", "nán tí"),
    ("伴随着一系列的创新成果问世", "创新", "chuàng xīn"),
    ("将十几个大模型的安全性能", "模型", "mó xíng"),
    ("将十几个大模型的安全性能", "几", "jǐ"),
    ("当前传统影视", "传统", "chuán tǒng"),
    ("轻量化制作和强传播性", "传播", "chuán bō"),
    ("率先帮中国产业走向国外", "率先", "shuài xiān"),
    ("使用率为59.7%", "率", "lǜ"),
    ("真实申报和阳光结汇", "结汇", "jié huì"),
    ("形成巨大冲击", "冲击", "chōng jī"),
    ("人工智能技术应用给知识产权", "应用", "yìng yòng"),
    ("短剧创作应当立足生活场景", "应当", "yīng dāng"),
    ("当前,我国科技创新进入空前活跃期", "当前", "dāng qián"),
    ("在网上发布不当言论", "不当", "bù dàng"),
    ("遍布全国31个省份", "省份", "shěng fèn"),
    ("自由化、便利化、规范化发展", "便利化", "biàn lì huà"),
    ("审时度势去发展跨境电商", "审时度势", "shěn shí duó shì"),
    ("宁波、厦门", "宁波", "níng bō"),
    ("宁波、厦门", "厦门", "xià mén"),
    ("甚至有假冒名人在平台卖货", "假冒", "jiǎ mào"),
    ("跨境电商空运专线", "空运", "kōng yùn"),
    ("立法仍存在空白", "空白", "kòng bái"),
    ("服务贸易还有很大发展空间", "空间", "kōng jiān"),
    ("但其背后的数据安全性", "背后", "bèi hòu"),
    ("被恶性利用", "恶性", "è xìng"),
    ("深圳机场累计开通9条", "累计", "lěi jì"),
    ("知识普及的高效载体", "载体", "zài tǐ"),
    ("人均单日使用时长", "单日", "dān rì"),
    ("以小切口呈现时代主题", "切口", "qiē kǒu"),
    ("合力打造要素齐全", "合力", "hé lì"),
    ("生成物的版权归属", "归属", "guī shǔ"),
    ("对科技创新给予更多包容", "给予", "jǐ yǔ"),
    ("与会者认为", "与会者", "yù huì zhě"),
    ("乡土中国的生动画卷", "画卷", "huà juàn"),
    ("“耙耳朵”丈夫", "耙耳朵", "pá ěr duo"),
    ("“耙耳朵”丈夫", "丈夫", "zhàng fu"),
    ("“辣妹子”妻子", "妻子", "qī zi"),
    ("“千行百业入‘剧’来", "千行百业", "qiān háng bǎi yè"),
    ("副院长杨乘虎指出", "杨乘虎", "yáng chéng hǔ"),
    ("研究员刘兴国对", "刘兴国", "liú xīng guó"),
    ("总编辑张轴评表示", "张轴评", "zhāng zhóu píng"),
    ("无论从哪个角度来说", "角度", "jiǎo dù"),
    ("《重回永乐大典》", "永乐", "yǒng lè"),
    ("更为重要的是", "的", "de"),
    ("交出了一份不错的成绩单", "成绩单", "chéng jì dān"),
    ("笑着笑着就哭了", "着", "zhe"),
    ("我们持续与各區以及企业", "區", "qū"),
    ("兵装系多家上市公司", "系", "xì"),
    ("间接带动64.7万个就业机会", "间接", "jiàn jiē"),
    ("姑嫂之间真情互助", "之间", "zhī jiān"),
    ("2.63万亿元", "万亿元", "wàn yì yuán"),
]


def test_gold_list_is_large_enough():
    assert len(GOLD) >= 60
    assert len({(c, w) for c, w, _ in GOLD}) == len(GOLD)


def test_gold_readings_in_context(sample_articles):
    wrong = [
        (w, reading(sample_articles, c, w), want)
        for c, w, want in GOLD
        if reading(sample_articles, c, w) != want
    ]
    accuracy = 1 - len(wrong) / len(GOLD)
    assert accuracy >= 0.98, wrong


def test_every_token_has_one_syllable_per_character(sample_articles):
    for article in sample_articles:
        for tok in article.tokens:
            word = article.text[tok["start"] : tok["end"]]
            assert len(tok["pinyin"]) == len(word)
            for ch, syl in zip(word, tok["pinyin"]):
                assert (syl != "") == ("\u4e00" <= ch <= "\u9fff"), (word, tok["pinyin"])


def test_digits_and_latin_have_no_pinyin():
    assert list(word_pinyin("AI技术2025")) == ["", "", "jì", "shù", "", "", "", ""]


def test_particles_from_their_neighbours():
    text = "他积极地参加，两地合作，各地都说得很好，跑得快，得到支持。"
    spans = cut(text)
    words = [text[s:e] for s, e in spans]
    readings = dict(zip(words, tokens_pinyin(text, spans)))
    assert readings["得到"] == ["dé", "dào"]
    di = [p for (s, e), p in zip(spans, tokens_pinyin(text, spans)) if text[s:e] == "地"]
    assert di and di[0] == ["de"]
    assert ["dì"] not in [readings.get("两地"), readings.get("各地")]


def test_names_read_as_names():
    assert name_pinyin("杜长辉") == ["dù", "cháng", "huī"]
    assert name_pinyin("单雄信") == ["shàn", "xióng", "xìn"]
    assert name_pinyin("曾乐") == ["zēng", "lè"]
    assert name_pinyin("尉迟恭") == ["yù", "chí", "gōng"]
    assert name_pinyin("约翰·史密斯") == ["yuē", "hàn", "", "shǐ", "mì", "sī"]


def test_readers_own_correction_wins():
    text = "质朴的人"
    spans = cut(text)
    out = tokens_pinyin(text, spans, overrides={"质朴": ["zhì", "piáo"]})
    assert out[0] == ["zhì", "piáo"]


def test_tone_numbers():
    assert tone_numbers(["zhǎng", "de", "", "lǜ"]) == ["zhang3", "de", "", "lv4"]


def test_every_correction_in_the_file_is_needed():
    """A correction pypinyin + pypinyin-dict already get right is dead weight in the file."""
    script = (
        "from pypinyin import lazy_pinyin, Style, load_phrases_dict\n"
        "from desktop.core.pinyin import _cedict_phrases, _read_word_list\n"
        "load_phrases_dict(_cedict_phrases())\n"
        "for w, syl in _read_word_list('pinyin_corrections.txt'):\n"
        "    if lazy_pinyin(w, style=Style.TONE) == syl: print(w)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout == ""


def test_corrections_file_is_well_formed():
    for line in resource_path("pinyin_corrections.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, *syllables = line.split()
            assert len(syllables) == len(word)


@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.characters(),
        max_size=60,
    )
)
def test_any_text_gets_aligned_pinyin(text):
    spans = cut(text)
    for (s, e), syllables in zip(spans, tokens_pinyin(text, spans)):
        assert len(syllables) == e - s


def test_the_models_load_on_the_first_analysis_not_on_import():
    """The reader's first picture shows stored analyses: importing the pipeline loads no numpy
    and no model."""
    script = (
        "import sys, desktop.core.analysis, desktop.core.pinyin\n"
        "print('numpy' in sys.modules, 'desktop.core.polyphone' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_a_word_jiebas_hmm_glued_keeps_its_dictionary_reading():
    """笼罩着 is one token of jieba's HMM, 行业协会 one of its dictionary; the phrase tables know
    笼罩 (lǒng zhào) and 行业 (háng yè) inside them."""
    from desktop.core.pinyin import _table_readings

    assert _table_readings("笼罩着") == ("lǒng", "zhào", None)
    assert _table_readings("行业协会")[:2] == ("háng", "yè")
    assert _table_readings("长而") == (None, None)


def test_only_cc_cedicts_words_may_be_overruled_by_g2pm_alone():
    """拖拽 and 混行 are CC-CEDICT's alone (its tuō yè, hún xíng); 种植 and 划船 are in both tables,
    and a correction is the project's own reading."""
    from desktop.core.pinyin import _choose, _ensure_loaded, _in_cedict_only

    _ensure_loaded()
    assert _in_cedict_only("拖拽") == (True, True)
    assert _in_cedict_only("人车混行")[2:] == (True, True)
    assert _in_cedict_only("种植") == (False, False)
    assert _in_cedict_only("长剧") == (False, False)  # in the corrections file
    sure = {"zhuai4": 1.0 - 1e-7, "ye4": 1e-7}
    assert _choose("yè", False, sure, (), lone=True)[0] == "zhuài"
    assert _choose("yè", False, sure, (), lone=False)[0] == "yè"
    # likely, but not all but certain: the table's reading stands
    assert _choose("yè", False, {"zhuai4": 0.9999, "ye4": 1e-4}, (), lone=True)[0] == "yè"


def test_other_readings_are_offered_only_for_polyphones_and_never_repeat_the_one_shown():
    from desktop.core.pinyin import read_tokens
    from desktop.core.polyphone import is_polyphone

    text = "他在展厅里转了一圈。这件事得抓紧办。新线路的长度和行车间隔都调整了。"
    spans = cut(text)
    result = read_tokens(text, spans)
    shown = [s for syllables in result.syllables for s in syllables]
    for offset, others in result.alternatives.items():
        assert is_polyphone(text[offset])
        assert others and shown[offset] not in others


@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.characters(),
        max_size=60,
    )
)
def test_any_text_gets_alternatives_inside_it(text):
    from desktop.core.pinyin import read_tokens

    result = read_tokens(text, cut(text))
    assert all(0 <= offset < len(text) and others for offset, others in result.alternatives.items())
