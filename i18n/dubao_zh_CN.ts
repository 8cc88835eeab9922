<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../desktop/gui/about.py" line="108"/>
        <source>A reader for Chinese news: words with pinyin, figures and speakers marked, highlights and notes kept in one local file.</source>
        <translation>中文新闻阅读器：逐词标注拼音，标出数字与发言人，高亮和笔记都保存在一个本地文件里。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="111"/>
        <source>Built on:</source>
        <translation>使用的开源项目：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="112"/>
        <source>CC-CEDICT is licensed under Creative Commons Attribution-ShareAlike 4.0.</source>
        <translation>CC-CEDICT 依据知识共享 署名-相同方式共享 4.0 许可协议发布。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="137"/>
        <source>HSK {level}</source>
        <translation>HSK {level} 级</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="137"/>
        <source>not in HSK</source>
        <translation>不在 HSK 词表中</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="139"/>
        <source>K known · L learning</source>
        <translation>K 已掌握 · L 学习中</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="158"/>
        <source>Not in CC-CEDICT: its parts</source>
        <translation>CC-CEDICT 没有收录，拆开来看</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="162"/>
        <source>Loading the dictionary…</source>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="167"/>
        <source>Figure: {text} ({kind})</source>
        <translation>数字：{text}（{kind}）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="177"/>
        <source>{name}, {role}: {count} statements</source>
        <translation>{name}，{role}：{count} 段发言</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="208"/>
        <source>Word details</source>
        <translation>词语详情</translation>
    </message>
    <message>
        <location filename="../desktop/gui/undo.py" line="33"/>
        <source>Add highlight</source>
        <translation>添加高亮</translation>
    </message>
    <message>
        <location filename="../desktop/gui/undo.py" line="63"/>
        <source>Edit highlight</source>
        <translation>编辑高亮</translation>
    </message>
    <message>
        <location filename="../desktop/gui/undo.py" line="84"/>
        <source>Delete highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location filename="../desktop/gui/undo.py" line="103"/>
        <source>Mark words {status}</source>
        <translation>把词语标为{status}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="34"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="36"/>
        <source>{n} minutes ago</source>
        <translation>{n} 分钟前</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="38"/>
        <source>{n} hours ago</source>
        <translation>{n} 小时前</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="40"/>
        <source>1 day ago</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="40"/>
        <source>{n} days ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="45"/>
        <source>{when} ({age})</source>
        <translation>{when}（{age}）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="47"/>
        <source>made before an update of the library</source>
        <translation>文库升级前所做</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="128"/>
        <source>The library file is damaged.</source>
        <translation>文库文件已损坏。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="135"/>
        <source>The newest sound backup was made {when}. Restore it? The damaged file is kept aside in the backups folder.</source>
        <translation>最新的完好备份做于 {when}。要恢复它吗？损坏的文件会另存在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="139"/>
        <source>&amp;Restore the backup</source>
        <translation>恢复备份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="141"/>
        <source>No sound backup of it was found.</source>
        <translation>没有找到它的完好备份。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="143"/>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="144"/>
        <source>Read-only, nothing more is written into it: you can read and export.</source>
        <translation>只读，不再向其中写入任何内容：可以阅读和导出。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/system_check.py" line="31"/>
        <source>Qt cannot open a window: the system lacks {library}. Install it: {command}</source>
        <translation>Qt 无法打开窗口：系统缺少 {library}。请安装：{command}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/system_check.py" line="35"/>
        <source>no X server answers at DISPLAY={display}: start the reader in a desktop session</source>
        <translation>DISPLAY={display} 上没有响应的 X 服务器：请在桌面会话中启动阅读器</translation>
    </message>
    <message>
        <location filename="../desktop/gui/system_check.py" line="39"/>
        <source>no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start the reader in a desktop session; `dubao --screenshot OUT.png` draws it without one</source>
        <translation>没有可以打开窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 都未设置）：请在桌面会话中启动阅读器；`dubao --screenshot OUT.png` 无需显示器也能生成截图</translation>
    </message>
    <message>
        <location filename="../desktop/gui/system_check.py" line="56"/>
        <source>No font with Chinese characters is installed, so the text shows as boxes. Install one ({command}) and start Dubao again.</source>
        <translation>系统没有安装含中文字符的字体，文字会显示成方框。请安装一个（{command}），然后重新启动读报。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/system_check.py" line="60"/>
        <source>No font with Chinese characters is installed, so the text shows as boxes. Install a font for Simplified Chinese, such as Noto Sans CJK SC, and start Dubao again.</source>
        <translation>系统没有安装含中文字符的字体，文字会显示成方框。请安装一个简体中文字体（例如 Noto Sans CJK SC），然后重新启动读报。</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <location filename="../desktop/gui/annotating.py" line="68"/>
        <source>Select a highlight first (or put the word cursor in one).</source>
        <translation>请先选择一处高亮（或把词语光标放进高亮里）。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="107"/>
        <source>Bookmark removed.</source>
        <translation>已删除书签。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="111"/>
        <source>Bookmarked.</source>
        <translation>已添加书签。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="113"/>
        <location filename="../desktop/gui/annotating.py" line="162"/>
        <location filename="../desktop/gui/annotating.py" line="209"/>
        <source>The library cannot be changed</source>
        <translation>无法修改书库</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="153"/>
        <source>Note on this article</source>
        <translation>本文笔记</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="154"/>
        <source>Your note on the whole article (empty: none):</source>
        <translation>你对整篇文章的笔记（留空即删除）：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="165"/>
        <source>Note kept.</source>
        <translation>笔记已保存。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="165"/>
        <source>Note removed.</source>
        <translation>笔记已删除。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="177"/>
        <source>(nobody named)</source>
        <translation>（无具名者）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="177"/>
        <source>(as Dubao read it)</source>
        <translation>（按读报的分析）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="191"/>
        <source>Who said this?</source>
        <translation>这是谁说的？</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="192"/>
        <source>Speaker of “{quote}” (or type a name):</source>
        <translation>“{quote}”的发言人（也可输入名字）：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="212"/>
        <source>Speaker corrected; kept for this article.</source>
        <translation>发言人已更正，本文会一直保留。</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../desktop/gui/panels/bookmarks.py" line="17"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/bookmarks.py" line="27"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/bookmarks.py" line="28"/>
        <source>at character {offset}</source>
        <translation>第 {offset} 个字处</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <location filename="../desktop/gui/corrections_dialog.py" line="22"/>
        <source>Pinyin corrections</source>
        <translation>拼音更正</translation>
    </message>
    <message>
        <location filename="../desktop/gui/corrections_dialog.py" line="25"/>
        <source>Your pinyin corrections</source>
        <translation>您的拼音更正</translation>
    </message>
    <message>
        <location filename="../desktop/gui/corrections_dialog.py" line="26"/>
        <source>Remove (use Dubao&apos;s own reading again)</source>
        <translation>删除（恢复读报自己的读音）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/corrections_dialog.py" line="32"/>
        <source>Readings you set apply to every article, stored and to come.</source>
        <translation>您设定的读音适用于所有文章，包括已有的和以后导入的。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="35"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="38"/>
        <source>What to export</source>
        <translation>导出什么</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="39"/>
        <source>Highlights and notes</source>
        <translation>高亮与笔记</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="40"/>
        <source>Figures (CSV)</source>
        <translation>数字（CSV）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="41"/>
        <source>Quotations and reported statements (CSV)</source>
        <translation>直接引语与间接转述（CSV）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="42"/>
        <source>Vocabulary: my learning words</source>
        <translation>词汇：我正在学的词</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="44"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="48"/>
        <source>This article</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="49"/>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="61"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="65"/>
        <source>&amp;Export:</source>
        <translation>导出内容(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="66"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="67"/>
        <source>Articles:</source>
        <translation>文章：</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="102"/>
        <source>Text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="103"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="104"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="105"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="106"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="133"/>
        <source>{low} to {high} {unit}</source>
        <translation>{low} 至 {high} {unit}</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="194"/>
        <source>Figures of the article</source>
        <translation>本文的数字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="202"/>
        <source>Copy as CSV</source>
        <translation>复制为 CSV</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="203"/>
        <source>Copy the figures as CSV</source>
        <translation>把数字表复制为 CSV</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="200"/>
        <source>The colour each kind of figure is marked with in the text</source>
        <translation>正文中各类数字的标记颜色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="201"/>
        <source>Colours of the kinds of figures</source>
        <translation>各类数字的颜色</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../desktop/gui/file_dialogs.py" line="33"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../desktop/gui/file_dialogs.py" line="35"/>
        <source>{suffix} file</source>
        <translation>{suffix} 文件</translation>
    </message>
    <message>
        <location filename="../desktop/gui/file_dialogs.py" line="38"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../desktop/gui/file_dialogs.py" line="51"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/file_dialogs.py" line="55"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../desktop/gui/files.py" line="37"/>
        <source>Import cancelled; the library is as it was.</source>
        <translation>已取消导入，书库保持原样。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="46"/>
        <source>Open news pages</source>
        <translation>打开新闻页面</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="47"/>
        <source>News pages (*.txt *.html *.htm *.xhtml *.epub);;All files (*)</source>
        <translation>新闻页面 (*.txt *.html *.htm *.xhtml *.epub);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="63"/>
        <location filename="../desktop/gui/files.py" line="240"/>
        <source>This file cannot be opened</source>
        <translation>无法打开这个文件</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="84"/>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文字。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="93"/>
        <source>The clipboard could not be kept</source>
        <translation>无法保存剪贴板内容</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="108"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="116"/>
        <source>The export was not written</source>
        <translation>导出失败，未写入文件</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="118"/>
        <source>Exported {count} records to {path}</source>
        <translation>已导出 {count} 条记录到 {path}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="129"/>
        <source>Open an article first.</source>
        <translation>请先打开一篇文章。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="138"/>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="147"/>
        <source>Printed {pages} pages.</source>
        <translation>已打印 {pages} 页。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="161"/>
        <location filename="../desktop/gui/files.py" line="167"/>
        <source>The PDF was not written</source>
        <translation>PDF 未写入</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="172"/>
        <source>Saved {pages} pages to {path}</source>
        <translation>已把 {pages} 页存到 {path}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="205"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="212"/>
        <source>Saving {name}…</source>
        <translation>正在保存 {name}…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="229"/>
        <source>{name}: {count} articles</source>
        <translation>{name}：{count} 篇文章</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="35"/>
        <source>Whole library</source>
        <translation>整个书库</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="36"/>
        <source>Show the highlights of the whole library</source>
        <translation>显示整个书库的高亮</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="39"/>
        <source>Filter by colour</source>
        <translation>按颜色筛选</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="40"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="45"/>
        <location filename="../desktop/gui/panels/highlights.py" line="46"/>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="49"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="49"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="49"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="51"/>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="61"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="63"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="95"/>
        <source>(not found in the edited text) </source>
        <translation>（在修改后的文本中未找到）</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <location filename="../desktop/gui/learning.py" line="87"/>
        <source>Put the word cursor on a word first (arrow keys or hover).</source>
        <translation>请先把词语光标放到一个词上（方向键或鼠标悬停）。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="95"/>
        <source>Correct this reading</source>
        <translation>更正读音</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="97"/>
        <source>Pinyin for {word}, one syllable per character (tone marks or numbers: zhi4 pu3):</source>
        <translation>“{word}”的拼音，每个字一个音节（可用声调符号或数字，如 zhi4 pu3）：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="106"/>
        <source>This reading was not kept</source>
        <translation>未保存这个读音</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="111"/>
        <source>{word} is now read {reading} everywhere.</source>
        <translation>“{word}”现在处处读作 {reading}。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="124"/>
        <source>The library cannot be changed</source>
        <translation>无法修改书库</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="128"/>
        <source>{word} is read as the dictionary says again.</source>
        <translation>{word} 又按词典读音显示了。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="141"/>
        <source>My HSK &amp;level</source>
        <translation>我的 HSK 等级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="144"/>
        <source>HSK {level}</source>
        <translation>HSK {level} 级</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="149"/>
        <source>HSK &amp;edition</source>
        <translation>HSK 版本(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="151"/>
        <source>HSK 3.0 (exam syllabus, 2025)</source>
        <translation>HSK 3.0（2025 年考试大纲）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="152"/>
        <source>HSK 3.0 (2021 standard)</source>
        <translation>HSK 3.0（2021 年等级标准）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="153"/>
        <source>HSK 2.0</source>
        <translation>HSK 2.0</translation>
    </message>
</context>
<context>
    <name>LibraryFile</name>
    <message>
        <location filename="../desktop/gui/backups.py" line="182"/>
        <source>Backing up the library…</source>
        <translation>正在备份文库…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="188"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="192"/>
        <source>No backup was made: {reason}</source>
        <translation>未能备份：{reason}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="201"/>
        <location filename="../desktop/gui/backups.py" line="209"/>
        <source>The backup was not restored</source>
        <translation>未恢复备份</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="202"/>
        <source>An import is under way; restore when it is done.</source>
        <translation>正在导入；导入完成后再恢复。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="214"/>
        <source>Restored {backup}; the file it replaced is kept as {aside}</source>
        <translation>已恢复 {backup}；被替换的文件保留为 {aside}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="223"/>
        <source>the library file is damaged</source>
        <translation>文库文件已损坏</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../desktop/gui/panels/library.py" line="103"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/library.py" line="106"/>
        <source>{percent}% read</source>
        <translation>已读 {percent}%</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/library.py" line="110"/>
        <source>Documents and articles</source>
        <translation>文档与文章</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/library.py" line="162"/>
        <source>{figures} figures · {people} people</source>
        <translation>{figures} 个数字 · {people} 位人物</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/gui/main_window.py" line="105"/>
        <source>Library</source>
        <translation>书库</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="188"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="202"/>
        <source>Share of the article read</source>
        <translation>本文已读的比例</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="208"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="209"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="210"/>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="250"/>
        <source>{percent}% read</source>
        <translation>已读 {percent}%</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="294"/>
        <source>This article cannot be opened</source>
        <translation>无法打开这篇文章</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="272"/>
        <source>The library cannot be changed</source>
        <translation>无法修改书库</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="354"/>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="360"/>
        <source>Read-only: {why}</source>
        <translation>只读：{why}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="383"/>
        <source>About Dubao</source>
        <translation>关于读报</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="24"/>
        <source>Note and tags</source>
        <translation>笔记和标签</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="30"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="32"/>
        <source>tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="33"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="35"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="46"/>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="47"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="48"/>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop/gui/preferences.py" line="30"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="35"/>
        <source>Chinese font</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="45"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="48"/>
        <source>On hover</source>
        <translation>悬停时显示</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="49"/>
        <source>Above the words</source>
        <translation>显示在词语上方</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="50"/>
        <source>Off</source>
        <translation>不显示</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="53"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="58"/>
        <source>Tone colours</source>
        <translation>声调颜色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="62"/>
        <location filename="../desktop/gui/preferences.py" line="76"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="63"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="64"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="67"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="70"/>
        <source>HSK edition</source>
        <translation>HSK 版本</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="73"/>
        <source>My HSK level</source>
        <translation>我的 HSK 等级</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="78"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="81"/>
        <source>the default place</source>
        <translation>默认位置</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="82"/>
        <location filename="../desktop/gui/preferences.py" line="144"/>
        <source>Library file</source>
        <translation>书库文件</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="83"/>
        <source>Daily backups kept</source>
        <translation>保留的每日备份</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="84"/>
        <source>Weekly backups kept</source>
        <translation>保留的每周备份</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="86"/>
        <source>the last</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="88"/>
        <source>days and</source>
        <translation>天和</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="90"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="92"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="103"/>
        <source>Chinese &amp;font:</source>
        <translation>中文字体(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="104"/>
        <source>Text &amp;size:</source>
        <translation>文字大小(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="105"/>
        <source>&amp;Pinyin:</source>
        <translation>拼音(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="106"/>
        <source>&amp;Tone colours:</source>
        <translation>声调颜色(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="107"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="108"/>
        <source>HSK &amp;edition:</source>
        <translation>HSK 版本(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="109"/>
        <source>My HSK &amp;level:</source>
        <translation>我的 HSK 等级(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="110"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="111"/>
        <source>Library &amp;file:</source>
        <translation>书库文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="112"/>
        <source>A new library file is used from the next start.</source>
        <translation>更换书库文件将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="113"/>
        <source>&amp;Backups kept:</source>
        <translation>保留备份(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="146"/>
        <source>Dubao library (*.db)</source>
        <translation>读报书库 (*.db)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="173"/>
        <source>Zhongwen: red, orange, green, blue</source>
        <translation>Zhongwen 配色：红、橙、绿、蓝</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="174"/>
        <source>Pleco: red, green, blue, purple</source>
        <translation>Pleco 配色：红、绿、蓝、紫</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="175"/>
        <source>None: one colour</source>
        <translation>不着色：统一颜色</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../desktop/gui/about.py" line="16"/>
        <source>Chinese–English dictionary © MDBG and the CC-CEDICT contributors</source>
        <translation>汉英词典 © MDBG 及 CC-CEDICT 贡献者</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="25"/>
        <source>word segmentation and its dictionary</source>
        <translation>分词及其词典</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="32"/>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="39"/>
        <source>phrase readings (from CC-CEDICT, CC BY-SA 4.0)</source>
        <translation>词语读音（来自 CC-CEDICT，CC BY-SA 4.0）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="46"/>
        <source>HSK 3.0 and 2.0 word lists</source>
        <translation>HSK 3.0 与 2.0 词表</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="53"/>
        <source>traditional characters</source>
        <translation>繁体字转换</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="60"/>
        <source>articles of web pages</source>
        <translation>网页正文提取</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="67"/>
        <source>the interface</source>
        <translation>用户界面</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="74"/>
        <source>the library file</source>
        <translation>书库文件</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="81"/>
        <source>where files live</source>
        <translation>文件位置</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="88"/>
        <source>Anki decks</source>
        <translation>Anki 牌组</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="28"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="30"/>
        <source>Open news pages (text files)</source>
        <translation>打开新闻页面（文本、网页或电子书）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="34"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="36"/>
        <source>Export highlights, figures or quotations</source>
        <translation>导出高亮、数字或引语</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="40"/>
        <source>&amp;Back up the library now</source>
        <translation>立即备份文库(&amp;B)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="42"/>
        <source>Make a backup of the library beside it</source>
        <translation>在文库旁边备份一份</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="46"/>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="48"/>
        <source>Put a backup of the library in its place</source>
        <translation>用一份备份替换当前文库</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="52"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="54"/>
        <source>Print articles with their pinyin above the characters</source>
        <translation>打印文章，拼音标在汉字上方</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="60"/>
        <source>Export to P&amp;DF…</source>
        <translation>导出为 P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="62"/>
        <source>Save articles as a PDF, with their pinyin above the characters</source>
        <translation>把文章存为 PDF，拼音标在汉字上方</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="68"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="70"/>
        <source>Fonts, pinyin, colours, HSK, language, library file</source>
        <translation>字体、拼音、颜色、HSK、语言、书库文件</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="78"/>
        <source>Quit Dubao</source>
        <translation>退出读报</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="82"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="84"/>
        <source>Copy the selected characters</source>
        <translation>复制选中的汉字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="88"/>
        <source>&amp;Paste as new document</source>
        <translation>粘贴为新文档(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="90"/>
        <source>Read the text or web page on the clipboard</source>
        <translation>读取剪贴板中的文本或网页</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="94"/>
        <source>Pinyin on &amp;hover</source>
        <translation>悬停显示拼音(&amp;H)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="96"/>
        <source>Show pinyin in a popup over each word</source>
        <translation>鼠标悬停时在弹出框中显示拼音</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="101"/>
        <source>Pinyin &amp;above</source>
        <translation>拼音在上(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="103"/>
        <source>Show pinyin above every word</source>
        <translation>在每个词上方显示拼音</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="108"/>
        <source>Pinyin &amp;off</source>
        <translation>不显示拼音(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="110"/>
        <source>Hide pinyin</source>
        <translation>隐藏拼音</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="115"/>
        <source>&amp;Word boundaries</source>
        <translation>词语边界(&amp;W)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="117"/>
        <source>Mark where each word starts and ends</source>
        <translation>标出每个词的起止</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="122"/>
        <source>&amp;Tone colours</source>
        <translation>声调颜色(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="124"/>
        <source>Colour pinyin by tone</source>
        <translation>按声调给拼音着色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="129"/>
        <source>Tone colours on &amp;characters</source>
        <translation>汉字按声调着色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="131"/>
        <source>Colour the characters too</source>
        <translation>汉字也按声调着色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="136"/>
        <source>&amp;Figures</source>
        <translation>数字(&amp;F)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="138"/>
        <source>Mark amounts, percentages, dates and counts</source>
        <translation>标出金额、百分比、日期和数量</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="143"/>
        <source>&amp;Speakers</source>
        <translation>发言人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="145"/>
        <source>Mark speakers and tint what they said</source>
        <translation>标出发言人，并给其发言着色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="150"/>
        <source>T&amp;raditional characters</source>
        <translation>繁体字(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="152"/>
        <source>Show the text in traditional characters</source>
        <translation>以繁体字显示正文</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="157"/>
        <source>Mark &amp;new and learning words</source>
        <translation>标出生词和学习中的词(&amp;N)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="159"/>
        <source>Underline the words you do not know yet</source>
        <translation>给还不认识的词加下划线</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="164"/>
        <source>Mark words above my &amp;HSK level</source>
        <translation>标出高于我的 HSK 等级的词(&amp;H)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="166"/>
        <source>Mark words above the HSK level you chose</source>
        <translation>标出高于所选 HSK 等级的词</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="171"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="173"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="178"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="180"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="184"/>
        <source>&amp;Actual size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="186"/>
        <source>Text at its default size</source>
        <translation>文字恢复默认大小</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="190"/>
        <source>System theme</source>
        <translation>跟随系统主题</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="192"/>
        <source>Follow the system&apos;s light or dark setting</source>
        <translation>跟随系统的浅色或深色设置</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="197"/>
        <source>Light theme</source>
        <translation>浅色主题</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="199"/>
        <source>Dark text on a light page</source>
        <translation>浅色背景，深色文字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="204"/>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="206"/>
        <source>Light text on a dark page</source>
        <translation>深色背景，浅色文字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="211"/>
        <source>Start of the article</source>
        <translation>文章开头</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="213"/>
        <source>Go to the top of the article</source>
        <translation>转到文章开头</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="217"/>
        <source>End of the article</source>
        <translation>文章末尾</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="219"/>
        <source>Go to the end of the article</source>
        <translation>转到文章末尾</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="223"/>
        <source>Next article</source>
        <translation>下一篇文章</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="225"/>
        <source>Open the next article</source>
        <translation>打开下一篇文章</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="229"/>
        <source>Previous article</source>
        <translation>上一篇文章</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="231"/>
        <source>Open the previous article</source>
        <translation>打开上一篇文章</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="235"/>
        <source>Next figure</source>
        <translation>下一个数字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="237"/>
        <source>Jump to the next figure</source>
        <translation>跳到下一个数字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="241"/>
        <source>Previous figure</source>
        <translation>上一个数字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="243"/>
        <source>Jump to the previous figure</source>
        <translation>跳到上一个数字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="247"/>
        <source>Next statement</source>
        <translation>下一段发言</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="249"/>
        <source>Jump to the next statement</source>
        <translation>跳到下一段发言</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="253"/>
        <source>Previous statement</source>
        <translation>上一段发言</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="255"/>
        <source>Jump to the previous statement</source>
        <translation>跳到上一段发言</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="259"/>
        <source>Highlight in &amp;yellow</source>
        <translation>黄色高亮(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="261"/>
        <source>Highlight the selection in yellow</source>
        <translation>用黄色高亮选中的文字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="265"/>
        <source>Highlight in &amp;green</source>
        <translation>绿色高亮(&amp;G)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="267"/>
        <source>Highlight the selection in green</source>
        <translation>用绿色高亮选中的文字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="271"/>
        <source>Highlight in &amp;blue</source>
        <translation>蓝色高亮(&amp;B)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="273"/>
        <source>Highlight the selection in blue</source>
        <translation>用蓝色高亮选中的文字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="277"/>
        <source>Highlight in &amp;pink</source>
        <translation>粉色高亮(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="279"/>
        <source>Highlight the selection in pink</source>
        <translation>用粉色高亮选中的文字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="283"/>
        <source>Highlight in p&amp;urple</source>
        <translation>紫色高亮(&amp;U)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="285"/>
        <source>Highlight the selection in purple</source>
        <translation>用紫色高亮选中的文字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="289"/>
        <source>Edit &amp;note and tags…</source>
        <translation>编辑笔记和标签(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="291"/>
        <source>Write a note or tags for the highlight here</source>
        <translation>为此处的高亮写笔记或加标签</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="295"/>
        <source>Note on this &amp;article…</source>
        <translation>本文笔记(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="297"/>
        <source>Write a note on the whole article, shown at its top</source>
        <translation>为整篇文章写笔记，显示在文章开头</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="303"/>
        <source>&amp;Look up</source>
        <translation>查询(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="305"/>
        <source>The reading and meaning of the selection, or of the word here</source>
        <translation>所选文字或这个词的读音和释义</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="311"/>
        <source>Copy with &amp;pinyin</source>
        <translation>连拼音复制(&amp;P)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="313"/>
        <source>Copy the selection with each word&apos;s reading after it</source>
        <translation>复制所选文字，每个词后附读音</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="319"/>
        <source>&amp;Delete highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="321"/>
        <source>Remove the highlight here</source>
        <translation>删除此处的高亮</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="325"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="327"/>
        <source>Undo the last change to highlights</source>
        <translation>撤销对高亮的上一次修改</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="331"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="333"/>
        <source>Redo what was undone</source>
        <translation>重做刚才撤销的操作</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="337"/>
        <source>Mark word &amp;known</source>
        <translation>标为已掌握(&amp;K)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="339"/>
        <source>Mark the word at the cursor known (again: new)</source>
        <translation>把光标处的词标为已掌握（再按一次恢复为生词）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="343"/>
        <source>Mark word &amp;learning</source>
        <translation>标为学习中(&amp;L)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="345"/>
        <source>Mark the word at the cursor learning (again: new)</source>
        <translation>把光标处的词标为学习中（再按一次恢复为生词）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="349"/>
        <source>Mark the rest of the article known</source>
        <translation>本文其余词语标为已掌握</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="351"/>
        <source>Every word of this article that is new becomes known</source>
        <translation>把本文中所有生词标为已掌握</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="357"/>
        <source>Correct this &amp;reading…</source>
        <translation>更正读音(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="359"/>
        <source>Set your own pinyin for the word at the cursor</source>
        <translation>为光标处的词设定您自己的拼音</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="363"/>
        <source>Pinyin &amp;corrections…</source>
        <translation>拼音更正(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="365"/>
        <source>See and undo the readings you set</source>
        <translation>查看并撤销您设定的读音</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="369"/>
        <source>Toggle &amp;bookmark</source>
        <translation>添加/删除书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="371"/>
        <source>Bookmark this place, or remove its bookmark</source>
        <translation>在此处添加书签，或删除此处的书签</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="375"/>
        <source>&amp;Find in article…</source>
        <translation>在本文中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="377"/>
        <source>Search this article</source>
        <translation>在本文中搜索</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="381"/>
        <source>Find in &amp;library…</source>
        <translation>在书库中查找(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="383"/>
        <source>Search every article and note</source>
        <translation>搜索所有文章和笔记</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="387"/>
        <source>&amp;About Dubao</source>
        <translation>关于读报(&amp;A)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="389"/>
        <source>Version, licences and credits</source>
        <translation>版本、许可协议与致谢</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="20"/>
        <source>Markdown (Obsidian, GitHub)</source>
        <translation>Markdown（Obsidian、GitHub）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="21"/>
        <location filename="../desktop/gui/export_dialog.py" line="28"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="22"/>
        <source>JSON (W3C Web Annotation)</source>
        <translation>JSON（W3C 网页批注）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="23"/>
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="24"/>
        <location filename="../desktop/gui/export_dialog.py" line="27"/>
        <source>Anki deck</source>
        <translation>Anki 牌组</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="38"/>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="39"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="40"/>
        <source>multiple</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="41"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="42"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="43"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="44"/>
        <source>ordinal</source>
        <translation>序数</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="45"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="47"/>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="48"/>
        <source>unnamed source</source>
        <translation>未具名来源</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="49"/>
        <source>organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="51"/>
        <source>new</source>
        <translation>生词</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="52"/>
        <source>learning</source>
        <translation>学习中</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="53"/>
        <source>known</source>
        <translation>已掌握</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="55"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="56"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="57"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="58"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="59"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="63"/>
        <source>(continued from another page)</source>
        <translation>（接上一版）</translation>
    </message>
    <message>
        <location filename="../desktop/gui/docks.py" line="75"/>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../desktop/gui/docks.py" line="82"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../desktop/gui/docks.py" line="89"/>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../desktop/gui/docks.py" line="96"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../desktop/gui/docks.py" line="103"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../desktop/gui/docks.py" line="109"/>
        <source>Vocabulary</source>
        <translation>词汇</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="19"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="22"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="26"/>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="27"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="32"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="35"/>
        <source>&amp;Words</source>
        <translation>词汇(&amp;W)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="38"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="85"/>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../desktop/gui/reader/view.py" line="54"/>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/view.py" line="279"/>
        <source>Open a news page (Ctrl+O) or drop a file here</source>
        <translation>打开新闻页面（Ctrl+O），或把文件拖到这里</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../desktop/gui/backups.py" line="76"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="79"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="88"/>
        <source>The library file as it is now is kept in {folder}; nothing is deleted.</source>
        <translation>当前的文库文件会保留在 {folder}；不删除任何文件。</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="95"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="103"/>
        <source>There are no backups of this library yet.</source>
        <translation>这个文库还没有备份。</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../desktop/gui/printing.py" line="46"/>
        <source>What to print</source>
        <translation>打印什么</translation>
    </message>
    <message>
        <location filename="../desktop/gui/printing.py" line="51"/>
        <source>&amp;This article</source>
        <translation>本篇文章(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/printing.py" line="52"/>
        <source>&amp;Every article of its page</source>
        <translation>同一版面的所有文章(&amp;E)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/printing.py" line="53"/>
        <source>The articles &amp;ticked below</source>
        <translation>下面勾选的文章(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/printing.py" line="59"/>
        <source>Articles to print</source>
        <translation>要打印的文章</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../desktop/gui/panels/search.py" line="95"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/search.py" line="97"/>
        <source>Search text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/search.py" line="99"/>
        <source>Whole library</source>
        <translation>整个书库</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/search.py" line="100"/>
        <source>Search the whole library</source>
        <translation>搜索整个书库</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/search.py" line="104"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/search.py" line="145"/>
        <source>{count} found</source>
        <translation>找到 {count} 处</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="26"/>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="26"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="30"/>
        <source>Speakers and statements</source>
        <translation>发言人与发言</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="47"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="49"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="51"/>
        <source>Unnamed sources</source>
        <translation>未具名消息来源</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="53"/>
        <source>Said by nobody named</source>
        <translation>无具名发言人</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="122"/>
        <source>quoted</source>
        <translation>直接引语</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="122"/>
        <source>reported</source>
        <translation>间接转述</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="149"/>
        <source>Who said this? Correct the speaker…</source>
        <translation>这是谁说的？更正发言人…</translation>
    </message>
</context>
<context>
    <name>VocabularyModel</name>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="28"/>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="29"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="30"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="31"/>
        <source>HSK</source>
        <translation>HSK</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="32"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="33"/>
        <source>Definition</source>
        <translation>释义</translation>
    </message>
</context>
<context>
    <name>VocabularyPanel</name>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="95"/>
        <source>Words of the article</source>
        <translation>本文的词语</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="98"/>
        <source>Filter words, pinyin or meaning</source>
        <translation>按词语、拼音或释义筛选</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="99"/>
        <source>Filter the vocabulary</source>
        <translation>筛选词汇</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="102"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="103"/>
        <source>All words</source>
        <translation>全部词语</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="108"/>
        <source>Coverage</source>
        <translation>掌握程度</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="109"/>
        <source>Mark the rest known</source>
        <translation>其余标为已掌握</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="111"/>
        <source>Mark every word of this article that is not learning or known as known</source>
        <translation>把本文中既不在学习中、也未掌握的词全部标为已掌握</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="130"/>
        <source>You know {share:.0%} of this article&apos;s words</source>
        <translation>本文的词语您已掌握 {share:.0%}</translation>
    </message>
</context>
</TS>
