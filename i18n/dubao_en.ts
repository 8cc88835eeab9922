<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../desktop/gui/about.py" line="108"/>
        <source>A reader for Chinese news: words with pinyin, figures and speakers marked, highlights and notes kept in one local file.</source>
        <translation>A reader for Chinese news: words with pinyin, figures and speakers marked, highlights and notes kept in one local file.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="111"/>
        <source>Built on:</source>
        <translation>Built on:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="112"/>
        <source>CC-CEDICT is licensed under Creative Commons Attribution-ShareAlike 4.0.</source>
        <translation>CC-CEDICT is licensed under Creative Commons Attribution-ShareAlike 4.0.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="137"/>
        <source>HSK {level}</source>
        <translation>HSK {level}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="137"/>
        <source>not in HSK</source>
        <translation>not in HSK</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="139"/>
        <source>K known · L learning</source>
        <translation>K known · L learning</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="158"/>
        <source>Not in CC-CEDICT: its parts</source>
        <translation>Not in CC-CEDICT: its parts</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="162"/>
        <source>Loading the dictionary…</source>
        <translation>Loading the dictionary…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="167"/>
        <source>Figure: {text} ({kind})</source>
        <translation>Figure: {text} ({kind})</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="177"/>
        <source>{name}, {role}: {count} statements</source>
        <translation>{name}, {role}: {count} statements</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/popup.py" line="208"/>
        <source>Word details</source>
        <translation>Word details</translation>
    </message>
    <message>
        <location filename="../desktop/gui/undo.py" line="33"/>
        <source>Add highlight</source>
        <translation>Add highlight</translation>
    </message>
    <message>
        <location filename="../desktop/gui/undo.py" line="63"/>
        <source>Edit highlight</source>
        <translation>Edit highlight</translation>
    </message>
    <message>
        <location filename="../desktop/gui/undo.py" line="84"/>
        <source>Delete highlight</source>
        <translation>Delete highlight</translation>
    </message>
    <message>
        <location filename="../desktop/gui/undo.py" line="103"/>
        <source>Mark words {status}</source>
        <translation>Mark words {status}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="34"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="36"/>
        <source>{n} minutes ago</source>
        <translation>{n} minutes ago</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="38"/>
        <source>{n} hours ago</source>
        <translation>{n} hours ago</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="40"/>
        <source>1 day ago</source>
        <translation>1 day ago</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="40"/>
        <source>{n} days ago</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="45"/>
        <source>{when} ({age})</source>
        <translation>{when} ({age})</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="47"/>
        <source>made before an update of the library</source>
        <translation>made before an update of the library</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="128"/>
        <source>The library file is damaged.</source>
        <translation>The library file is damaged.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="135"/>
        <source>The newest sound backup was made {when}. Restore it? The damaged file is kept aside in the backups folder.</source>
        <translation>The newest sound backup was made {when}. Restore it? The damaged file is kept aside in the backups folder.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="139"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restore the backup</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="141"/>
        <source>No sound backup of it was found.</source>
        <translation>No sound backup of it was found.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="143"/>
        <source>Open &amp;read-only</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="144"/>
        <source>Read-only, nothing more is written into it: you can read and export.</source>
        <translation>Read-only, nothing more is written into it: you can read and export.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../desktop/gui/system_check.py" line="31"/>
        <source>Qt cannot open a window: the system lacks {library}. Install it: {command}</source>
        <translation>Qt cannot open a window: the system lacks {library}. Install it: {command}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/system_check.py" line="35"/>
        <source>no X server answers at DISPLAY={display}: start the reader in a desktop session</source>
        <translation>no X server answers at DISPLAY={display}: start the reader in a desktop session</translation>
    </message>
    <message>
        <location filename="../desktop/gui/system_check.py" line="39"/>
        <source>no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start the reader in a desktop session; `dubao --screenshot OUT.png` draws it without one</source>
        <translation>no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start the reader in a desktop session; `dubao --screenshot OUT.png` draws it without one</translation>
    </message>
    <message>
        <location filename="../desktop/gui/system_check.py" line="56"/>
        <source>No font with Chinese characters is installed, so the text shows as boxes. Install one ({command}) and start Dubao again.</source>
        <translation>No font with Chinese characters is installed, so the text shows as boxes. Install one ({command}) and start Dubao again.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/system_check.py" line="60"/>
        <source>No font with Chinese characters is installed, so the text shows as boxes. Install a font for Simplified Chinese, such as Noto Sans CJK SC, and start Dubao again.</source>
        <translation>No font with Chinese characters is installed, so the text shows as boxes. Install a font for Simplified Chinese, such as Noto Sans CJK SC, and start Dubao again.</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <location filename="../desktop/gui/annotating.py" line="68"/>
        <source>Select a highlight first (or put the word cursor in one).</source>
        <translation>Select a highlight first (or put the word cursor in one).</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="107"/>
        <source>Bookmark removed.</source>
        <translation>Bookmark removed.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="111"/>
        <source>Bookmarked.</source>
        <translation>Bookmarked.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="113"/>
        <location filename="../desktop/gui/annotating.py" line="162"/>
        <location filename="../desktop/gui/annotating.py" line="209"/>
        <source>The library cannot be changed</source>
        <translation>The library cannot be changed</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="153"/>
        <source>Note on this article</source>
        <translation>Note on this article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="154"/>
        <source>Your note on the whole article (empty: none):</source>
        <translation>Your note on the whole article (empty: none):</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="165"/>
        <source>Note kept.</source>
        <translation>Note kept.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="165"/>
        <source>Note removed.</source>
        <translation>Note removed.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="177"/>
        <source>(nobody named)</source>
        <translation>(nobody named)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="177"/>
        <source>(as Dubao read it)</source>
        <translation>(as Dubao read it)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="191"/>
        <source>Who said this?</source>
        <translation>Who said this?</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="192"/>
        <source>Speaker of “{quote}” (or type a name):</source>
        <translation>Speaker of “{quote}” (or type a name):</translation>
    </message>
    <message>
        <location filename="../desktop/gui/annotating.py" line="212"/>
        <source>Speaker corrected; kept for this article.</source>
        <translation>Speaker corrected; kept for this article.</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../desktop/gui/panels/bookmarks.py" line="17"/>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/bookmarks.py" line="27"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/bookmarks.py" line="28"/>
        <source>at character {offset}</source>
        <translation>at character {offset}</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <location filename="../desktop/gui/corrections_dialog.py" line="22"/>
        <source>Pinyin corrections</source>
        <translation>Pinyin corrections</translation>
    </message>
    <message>
        <location filename="../desktop/gui/corrections_dialog.py" line="25"/>
        <source>Your pinyin corrections</source>
        <translation>Your pinyin corrections</translation>
    </message>
    <message>
        <location filename="../desktop/gui/corrections_dialog.py" line="26"/>
        <source>Remove (use Dubao&apos;s own reading again)</source>
        <translation>Remove (use Dubao&apos;s own reading again)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/corrections_dialog.py" line="32"/>
        <source>Readings you set apply to every article, stored and to come.</source>
        <translation>Readings you set apply to every article, stored and to come.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="35"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="38"/>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="39"/>
        <source>Highlights and notes</source>
        <translation>Highlights and notes</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="40"/>
        <source>Figures (CSV)</source>
        <translation>Figures (CSV)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="41"/>
        <source>Quotations and reported statements (CSV)</source>
        <translation>Quotations and reported statements (CSV)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="42"/>
        <source>Vocabulary: my learning words</source>
        <translation>Vocabulary: my learning words</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="44"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="48"/>
        <source>This article</source>
        <translation>This article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="49"/>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="61"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="65"/>
        <source>&amp;Export:</source>
        <translation>&amp;Export:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="66"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="67"/>
        <source>Articles:</source>
        <translation>Articles:</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="102"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="103"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="104"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="105"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="106"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="133"/>
        <source>{low} to {high} {unit}</source>
        <translation>{low} to {high} {unit}</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="194"/>
        <source>Figures of the article</source>
        <translation>Figures of the article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="202"/>
        <source>Copy as CSV</source>
        <translation>Copy as CSV</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="203"/>
        <source>Copy the figures as CSV</source>
        <translation>Copy the figures as CSV</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="200"/>
        <source>The colour each kind of figure is marked with in the text</source>
        <translation>The colour each kind of figure is marked with in the text</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/figures.py" line="201"/>
        <source>Colours of the kinds of figures</source>
        <translation>Colours of the kinds of figures</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../desktop/gui/file_dialogs.py" line="33"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../desktop/gui/file_dialogs.py" line="35"/>
        <source>{suffix} file</source>
        <translation>{suffix} file</translation>
    </message>
    <message>
        <location filename="../desktop/gui/file_dialogs.py" line="38"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/gui/file_dialogs.py" line="51"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/file_dialogs.py" line="55"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../desktop/gui/files.py" line="37"/>
        <source>Import cancelled; the library is as it was.</source>
        <translation>Import cancelled; the library is as it was.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="46"/>
        <source>Open news pages</source>
        <translation>Open news pages</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="47"/>
        <source>News pages (*.txt *.html *.htm *.xhtml *.epub);;All files (*)</source>
        <translation>News pages (*.txt *.html *.htm *.xhtml *.epub);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="63"/>
        <location filename="../desktop/gui/files.py" line="240"/>
        <source>This file cannot be opened</source>
        <translation>This file cannot be opened</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="84"/>
        <source>The clipboard holds no text.</source>
        <translation>The clipboard holds no text.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="93"/>
        <source>The clipboard could not be kept</source>
        <translation>The clipboard could not be kept</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="108"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="116"/>
        <source>The export was not written</source>
        <translation>The export was not written</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="118"/>
        <source>Exported {count} records to {path}</source>
        <translation>Exported {count} records to {path}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="129"/>
        <source>Open an article first.</source>
        <translation>Open an article first.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="138"/>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="147"/>
        <source>Printed {pages} pages.</source>
        <translation>Printed {pages} pages.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="161"/>
        <location filename="../desktop/gui/files.py" line="167"/>
        <source>The PDF was not written</source>
        <translation>The PDF was not written</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="172"/>
        <source>Saved {pages} pages to {path}</source>
        <translation>Saved {pages} pages to {path}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="205"/>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="212"/>
        <source>Saving {name}…</source>
        <translation>Saving {name}…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/files.py" line="229"/>
        <source>{name}: {count} articles</source>
        <translation>{name}: {count} articles</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="35"/>
        <source>Whole library</source>
        <translation>Whole library</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="36"/>
        <source>Show the highlights of the whole library</source>
        <translation>Show the highlights of the whole library</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="39"/>
        <source>Filter by colour</source>
        <translation>Filter by colour</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="40"/>
        <source>All colours</source>
        <translation>All colours</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="45"/>
        <location filename="../desktop/gui/panels/highlights.py" line="46"/>
        <source>Filter by tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="49"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="49"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="49"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="51"/>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="61"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="63"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/highlights.py" line="95"/>
        <source>(not found in the edited text) </source>
        <translation>(not found in the edited text) </translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <location filename="../desktop/gui/learning.py" line="87"/>
        <source>Put the word cursor on a word first (arrow keys or hover).</source>
        <translation>Put the word cursor on a word first (arrow keys or hover).</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="95"/>
        <source>Correct this reading</source>
        <translation>Correct this reading</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="97"/>
        <source>Pinyin for {word}, one syllable per character (tone marks or numbers: zhi4 pu3):</source>
        <translation>Pinyin for {word}, one syllable per character (tone marks or numbers: zhi4 pu3):</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="106"/>
        <source>This reading was not kept</source>
        <translation>This reading was not kept</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="111"/>
        <source>{word} is now read {reading} everywhere.</source>
        <translation>{word} is now read {reading} everywhere.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="124"/>
        <source>The library cannot be changed</source>
        <translation>The library cannot be changed</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="128"/>
        <source>{word} is read as the dictionary says again.</source>
        <translation>{word} is read as the dictionary says again.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="141"/>
        <source>My HSK &amp;level</source>
        <translation>My HSK &amp;level</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="144"/>
        <source>HSK {level}</source>
        <translation>HSK {level}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="149"/>
        <source>HSK &amp;edition</source>
        <translation>HSK &amp;edition</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="151"/>
        <source>HSK 3.0 (exam syllabus, 2025)</source>
        <translation>HSK 3.0 (exam syllabus, 2025)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/learning.py" line="152"/>
        <source>HSK 3.0 (2021 standard)</source>
        <translation>HSK 3.0 (2021 standard)</translation>
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
        <translation>Backing up the library…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="188"/>
        <source>Backed up to {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="192"/>
        <source>No backup was made: {reason}</source>
        <translation>No backup was made: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="201"/>
        <location filename="../desktop/gui/backups.py" line="209"/>
        <source>The backup was not restored</source>
        <translation>The backup was not restored</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="202"/>
        <source>An import is under way; restore when it is done.</source>
        <translation>An import is under way; restore when it is done.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="214"/>
        <source>Restored {backup}; the file it replaced is kept as {aside}</source>
        <translation>Restored {backup}; the file it replaced is kept as {aside}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="223"/>
        <source>the library file is damaged</source>
        <translation>the library file is damaged</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../desktop/gui/panels/library.py" line="103"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/library.py" line="106"/>
        <source>{percent}% read</source>
        <translation>{percent}% read</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/library.py" line="110"/>
        <source>Documents and articles</source>
        <translation>Documents and articles</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/library.py" line="162"/>
        <source>{figures} figures · {people} people</source>
        <translation>{figures} figures · {people} people</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/gui/main_window.py" line="105"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="188"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="202"/>
        <source>Share of the article read</source>
        <translation>Share of the article read</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="208"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="209"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="210"/>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="250"/>
        <source>{percent}% read</source>
        <translation>{percent}% read</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="294"/>
        <source>This article cannot be opened</source>
        <translation>This article cannot be opened</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="272"/>
        <source>The library cannot be changed</source>
        <translation>The library cannot be changed</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="354"/>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="360"/>
        <source>Read-only: {why}</source>
        <translation>Read-only: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/gui/main_window.py" line="383"/>
        <source>About Dubao</source>
        <translation>About Dubao</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="24"/>
        <source>Note and tags</source>
        <translation>Note and tags</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="30"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="32"/>
        <source>tags, separated by commas</source>
        <translation>tags, separated by commas</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="33"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="35"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="46"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="47"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/note_editor.py" line="48"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop/gui/preferences.py" line="30"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="35"/>
        <source>Chinese font</source>
        <translation>Chinese font</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="45"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="48"/>
        <source>On hover</source>
        <translation>On hover</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="49"/>
        <source>Above the words</source>
        <translation>Above the words</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="50"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="53"/>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="58"/>
        <source>Tone colours</source>
        <translation>Tone colours</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="62"/>
        <location filename="../desktop/gui/preferences.py" line="76"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="63"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="64"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="67"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="70"/>
        <source>HSK edition</source>
        <translation>HSK edition</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="73"/>
        <source>My HSK level</source>
        <translation>My HSK level</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="78"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="81"/>
        <source>the default place</source>
        <translation>the default place</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="82"/>
        <location filename="../desktop/gui/preferences.py" line="144"/>
        <source>Library file</source>
        <translation>Library file</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="83"/>
        <source>Daily backups kept</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="84"/>
        <source>Weekly backups kept</source>
        <translation>Weekly backups kept</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="86"/>
        <source>the last</source>
        <translation>the last</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="88"/>
        <source>days and</source>
        <translation>days and</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="90"/>
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="92"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="103"/>
        <source>Chinese &amp;font:</source>
        <translation>Chinese &amp;font:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="104"/>
        <source>Text &amp;size:</source>
        <translation>Text &amp;size:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="105"/>
        <source>&amp;Pinyin:</source>
        <translation>&amp;Pinyin:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="106"/>
        <source>&amp;Tone colours:</source>
        <translation>&amp;Tone colours:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="107"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="108"/>
        <source>HSK &amp;edition:</source>
        <translation>HSK &amp;edition:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="109"/>
        <source>My HSK &amp;level:</source>
        <translation>My HSK &amp;level:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="110"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="111"/>
        <source>Library &amp;file:</source>
        <translation>Library &amp;file:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="112"/>
        <source>A new library file is used from the next start.</source>
        <translation>A new library file is used from the next start.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="113"/>
        <source>&amp;Backups kept:</source>
        <translation>&amp;Backups kept:</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="146"/>
        <source>Dubao library (*.db)</source>
        <translation>Dubao library (*.db)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="173"/>
        <source>Zhongwen: red, orange, green, blue</source>
        <translation>Zhongwen: red, orange, green, blue</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="174"/>
        <source>Pleco: red, green, blue, purple</source>
        <translation>Pleco: red, green, blue, purple</translation>
    </message>
    <message>
        <location filename="../desktop/gui/preferences.py" line="175"/>
        <source>None: one colour</source>
        <translation>None: one colour</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../desktop/gui/about.py" line="16"/>
        <source>Chinese–English dictionary © MDBG and the CC-CEDICT contributors</source>
        <translation>Chinese–English dictionary © MDBG and the CC-CEDICT contributors</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="25"/>
        <source>word segmentation and its dictionary</source>
        <translation>word segmentation and its dictionary</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="32"/>
        <source>pinyin</source>
        <translation>pinyin</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="39"/>
        <source>phrase readings (from CC-CEDICT, CC BY-SA 4.0)</source>
        <translation>phrase readings (from CC-CEDICT, CC BY-SA 4.0)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="46"/>
        <source>HSK 3.0 and 2.0 word lists</source>
        <translation>HSK 3.0 and 2.0 word lists</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="53"/>
        <source>traditional characters</source>
        <translation>traditional characters</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="60"/>
        <source>articles of web pages</source>
        <translation>articles of web pages</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="67"/>
        <source>the interface</source>
        <translation>the interface</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="74"/>
        <source>the library file</source>
        <translation>the library file</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="81"/>
        <source>where files live</source>
        <translation>where files live</translation>
    </message>
    <message>
        <location filename="../desktop/gui/about.py" line="88"/>
        <source>Anki decks</source>
        <translation>Anki decks</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="28"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="30"/>
        <source>Open news pages (text files)</source>
        <translation>Open news pages (text files)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="34"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="36"/>
        <source>Export highlights, figures or quotations</source>
        <translation>Export highlights, figures or quotations</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="40"/>
        <source>&amp;Back up the library now</source>
        <translation>&amp;Back up the library now</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="42"/>
        <source>Make a backup of the library beside it</source>
        <translation>Make a backup of the library beside it</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="46"/>
        <source>Restore from &amp;backup…</source>
        <translation>Restore from &amp;backup…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="48"/>
        <source>Put a backup of the library in its place</source>
        <translation>Put a backup of the library in its place</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="52"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="54"/>
        <source>Print articles with their pinyin above the characters</source>
        <translation>Print articles with their pinyin above the characters</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="60"/>
        <source>Export to P&amp;DF…</source>
        <translation>Export to P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="62"/>
        <source>Save articles as a PDF, with their pinyin above the characters</source>
        <translation>Save articles as a PDF, with their pinyin above the characters</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="68"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="70"/>
        <source>Fonts, pinyin, colours, HSK, language, library file</source>
        <translation>Fonts, pinyin, colours, HSK, language, library file</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="78"/>
        <source>Quit Dubao</source>
        <translation>Quit Dubao</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="82"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="84"/>
        <source>Copy the selected characters</source>
        <translation>Copy the selected characters</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="88"/>
        <source>&amp;Paste as new document</source>
        <translation>&amp;Paste as new document</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="90"/>
        <source>Read the text or web page on the clipboard</source>
        <translation>Read the text or web page on the clipboard</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="94"/>
        <source>Pinyin on &amp;hover</source>
        <translation>Pinyin on &amp;hover</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="96"/>
        <source>Show pinyin in a popup over each word</source>
        <translation>Show pinyin in a popup over each word</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="101"/>
        <source>Pinyin &amp;above</source>
        <translation>Pinyin &amp;above</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="103"/>
        <source>Show pinyin above every word</source>
        <translation>Show pinyin above every word</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="108"/>
        <source>Pinyin &amp;off</source>
        <translation>Pinyin &amp;off</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="110"/>
        <source>Hide pinyin</source>
        <translation>Hide pinyin</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="115"/>
        <source>&amp;Word boundaries</source>
        <translation>&amp;Word boundaries</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="117"/>
        <source>Mark where each word starts and ends</source>
        <translation>Mark where each word starts and ends</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="122"/>
        <source>&amp;Tone colours</source>
        <translation>&amp;Tone colours</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="124"/>
        <source>Colour pinyin by tone</source>
        <translation>Colour pinyin by tone</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="129"/>
        <source>Tone colours on &amp;characters</source>
        <translation>Tone colours on &amp;characters</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="131"/>
        <source>Colour the characters too</source>
        <translation>Colour the characters too</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="136"/>
        <source>&amp;Figures</source>
        <translation>&amp;Figures</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="138"/>
        <source>Mark amounts, percentages, dates and counts</source>
        <translation>Mark amounts, percentages, dates and counts</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="143"/>
        <source>&amp;Speakers</source>
        <translation>&amp;Speakers</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="145"/>
        <source>Mark speakers and tint what they said</source>
        <translation>Mark speakers and tint what they said</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="150"/>
        <source>T&amp;raditional characters</source>
        <translation>T&amp;raditional characters</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="152"/>
        <source>Show the text in traditional characters</source>
        <translation>Show the text in traditional characters</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="157"/>
        <source>Mark &amp;new and learning words</source>
        <translation>Mark &amp;new and learning words</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="159"/>
        <source>Underline the words you do not know yet</source>
        <translation>Underline the words you do not know yet</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="164"/>
        <source>Mark words above my &amp;HSK level</source>
        <translation>Mark words above my &amp;HSK level</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="166"/>
        <source>Mark words above the HSK level you chose</source>
        <translation>Mark words above the HSK level you chose</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="171"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="173"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="178"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="180"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="184"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="186"/>
        <source>Text at its default size</source>
        <translation>Text at its default size</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="190"/>
        <source>System theme</source>
        <translation>System theme</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="192"/>
        <source>Follow the system&apos;s light or dark setting</source>
        <translation>Follow the system&apos;s light or dark setting</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="197"/>
        <source>Light theme</source>
        <translation>Light theme</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="199"/>
        <source>Dark text on a light page</source>
        <translation>Dark text on a light page</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="204"/>
        <source>Dark theme</source>
        <translation>Dark theme</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="206"/>
        <source>Light text on a dark page</source>
        <translation>Light text on a dark page</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="211"/>
        <source>Start of the article</source>
        <translation>Start of the article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="213"/>
        <source>Go to the top of the article</source>
        <translation>Go to the top of the article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="217"/>
        <source>End of the article</source>
        <translation>End of the article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="219"/>
        <source>Go to the end of the article</source>
        <translation>Go to the end of the article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="223"/>
        <source>Next article</source>
        <translation>Next article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="225"/>
        <source>Open the next article</source>
        <translation>Open the next article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="229"/>
        <source>Previous article</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="231"/>
        <source>Open the previous article</source>
        <translation>Open the previous article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="235"/>
        <source>Next figure</source>
        <translation>Next figure</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="237"/>
        <source>Jump to the next figure</source>
        <translation>Jump to the next figure</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="241"/>
        <source>Previous figure</source>
        <translation>Previous figure</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="243"/>
        <source>Jump to the previous figure</source>
        <translation>Jump to the previous figure</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="247"/>
        <source>Next statement</source>
        <translation>Next statement</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="249"/>
        <source>Jump to the next statement</source>
        <translation>Jump to the next statement</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="253"/>
        <source>Previous statement</source>
        <translation>Previous statement</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="255"/>
        <source>Jump to the previous statement</source>
        <translation>Jump to the previous statement</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="259"/>
        <source>Highlight in &amp;yellow</source>
        <translation>Highlight in &amp;yellow</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="261"/>
        <source>Highlight the selection in yellow</source>
        <translation>Highlight the selection in yellow</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="265"/>
        <source>Highlight in &amp;green</source>
        <translation>Highlight in &amp;green</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="267"/>
        <source>Highlight the selection in green</source>
        <translation>Highlight the selection in green</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="271"/>
        <source>Highlight in &amp;blue</source>
        <translation>Highlight in &amp;blue</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="273"/>
        <source>Highlight the selection in blue</source>
        <translation>Highlight the selection in blue</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="277"/>
        <source>Highlight in &amp;pink</source>
        <translation>Highlight in &amp;pink</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="279"/>
        <source>Highlight the selection in pink</source>
        <translation>Highlight the selection in pink</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="283"/>
        <source>Highlight in p&amp;urple</source>
        <translation>Highlight in p&amp;urple</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="285"/>
        <source>Highlight the selection in purple</source>
        <translation>Highlight the selection in purple</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="289"/>
        <source>Edit &amp;note and tags…</source>
        <translation>Edit &amp;note and tags…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="291"/>
        <source>Write a note or tags for the highlight here</source>
        <translation>Write a note or tags for the highlight here</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="295"/>
        <source>Note on this &amp;article…</source>
        <translation>Note on this &amp;article…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="297"/>
        <source>Write a note on the whole article, shown at its top</source>
        <translation>Write a note on the whole article, shown at its top</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="303"/>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="305"/>
        <source>The reading and meaning of the selection, or of the word here</source>
        <translation>The reading and meaning of the selection, or of the word here</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="311"/>
        <source>Copy with &amp;pinyin</source>
        <translation>Copy with &amp;pinyin</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="313"/>
        <source>Copy the selection with each word&apos;s reading after it</source>
        <translation>Copy the selection with each word&apos;s reading after it</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="319"/>
        <source>&amp;Delete highlight</source>
        <translation>&amp;Delete highlight</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="321"/>
        <source>Remove the highlight here</source>
        <translation>Remove the highlight here</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="325"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="327"/>
        <source>Undo the last change to highlights</source>
        <translation>Undo the last change to highlights</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="331"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="333"/>
        <source>Redo what was undone</source>
        <translation>Redo what was undone</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="337"/>
        <source>Mark word &amp;known</source>
        <translation>Mark word &amp;known</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="339"/>
        <source>Mark the word at the cursor known (again: new)</source>
        <translation>Mark the word at the cursor known (again: new)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="343"/>
        <source>Mark word &amp;learning</source>
        <translation>Mark word &amp;learning</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="345"/>
        <source>Mark the word at the cursor learning (again: new)</source>
        <translation>Mark the word at the cursor learning (again: new)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="349"/>
        <source>Mark the rest of the article known</source>
        <translation>Mark the rest of the article known</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="351"/>
        <source>Every word of this article that is new becomes known</source>
        <translation>Every word of this article that is new becomes known</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="357"/>
        <source>Correct this &amp;reading…</source>
        <translation>Correct this &amp;reading…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="359"/>
        <source>Set your own pinyin for the word at the cursor</source>
        <translation>Set your own pinyin for the word at the cursor</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="363"/>
        <source>Pinyin &amp;corrections…</source>
        <translation>Pinyin &amp;corrections…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="365"/>
        <source>See and undo the readings you set</source>
        <translation>See and undo the readings you set</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="369"/>
        <source>Toggle &amp;bookmark</source>
        <translation>Toggle &amp;bookmark</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="371"/>
        <source>Bookmark this place, or remove its bookmark</source>
        <translation>Bookmark this place, or remove its bookmark</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="375"/>
        <source>&amp;Find in article…</source>
        <translation>&amp;Find in article…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="377"/>
        <source>Search this article</source>
        <translation>Search this article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="381"/>
        <source>Find in &amp;library…</source>
        <translation>Find in &amp;library…</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="383"/>
        <source>Search every article and note</source>
        <translation>Search every article and note</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="387"/>
        <source>&amp;About Dubao</source>
        <translation>&amp;About Dubao</translation>
    </message>
    <message>
        <location filename="../desktop/gui/actions.py" line="389"/>
        <source>Version, licences and credits</source>
        <translation>Version, licences and credits</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="20"/>
        <source>Markdown (Obsidian, GitHub)</source>
        <translation>Markdown (Obsidian, GitHub)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="21"/>
        <location filename="../desktop/gui/export_dialog.py" line="28"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (spreadsheets)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="22"/>
        <source>JSON (W3C Web Annotation)</source>
        <translation>JSON (W3C Web Annotation)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="23"/>
        <source>HTML page</source>
        <translation>HTML page</translation>
    </message>
    <message>
        <location filename="../desktop/gui/export_dialog.py" line="24"/>
        <location filename="../desktop/gui/export_dialog.py" line="27"/>
        <source>Anki deck</source>
        <translation>Anki deck</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="38"/>
        <source>money</source>
        <translation>money</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="39"/>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="40"/>
        <source>multiple</source>
        <translation>multiple</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="41"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="42"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="43"/>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="44"/>
        <source>ordinal</source>
        <translation>ordinal</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="45"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="47"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="48"/>
        <source>unnamed source</source>
        <translation>unnamed source</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="49"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="51"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="52"/>
        <source>learning</source>
        <translation>learning</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="53"/>
        <source>known</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="55"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="56"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="57"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="58"/>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="59"/>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <location filename="../desktop/gui/i18n.py" line="63"/>
        <source>(continued from another page)</source>
        <translation>(continued from another page)</translation>
    </message>
    <message>
        <location filename="../desktop/gui/docks.py" line="75"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../desktop/gui/docks.py" line="82"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../desktop/gui/docks.py" line="89"/>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../desktop/gui/docks.py" line="96"/>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../desktop/gui/docks.py" line="103"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../desktop/gui/docks.py" line="109"/>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="19"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="22"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="26"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="27"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="32"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="35"/>
        <source>&amp;Words</source>
        <translation>&amp;Words</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="38"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/gui/menus.py" line="85"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../desktop/gui/reader/view.py" line="54"/>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../desktop/gui/reader/view.py" line="279"/>
        <source>Open a news page (Ctrl+O) or drop a file here</source>
        <translation>Open a news page (Ctrl+O) or drop a file here</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../desktop/gui/backups.py" line="76"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="79"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="88"/>
        <source>The library file as it is now is kept in {folder}; nothing is deleted.</source>
        <translation>The library file as it is now is kept in {folder}; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="95"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../desktop/gui/backups.py" line="103"/>
        <source>There are no backups of this library yet.</source>
        <translation>There are no backups of this library yet.</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../desktop/gui/printing.py" line="46"/>
        <source>What to print</source>
        <translation>What to print</translation>
    </message>
    <message>
        <location filename="../desktop/gui/printing.py" line="51"/>
        <source>&amp;This article</source>
        <translation>&amp;This article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/printing.py" line="52"/>
        <source>&amp;Every article of its page</source>
        <translation>&amp;Every article of its page</translation>
    </message>
    <message>
        <location filename="../desktop/gui/printing.py" line="53"/>
        <source>The articles &amp;ticked below</source>
        <translation>The articles &amp;ticked below</translation>
    </message>
    <message>
        <location filename="../desktop/gui/printing.py" line="59"/>
        <source>Articles to print</source>
        <translation>Articles to print</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../desktop/gui/panels/search.py" line="95"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/search.py" line="97"/>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/search.py" line="99"/>
        <source>Whole library</source>
        <translation>Whole library</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/search.py" line="100"/>
        <source>Search the whole library</source>
        <translation>Search the whole library</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/search.py" line="104"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/search.py" line="145"/>
        <source>{count} found</source>
        <translation>{count} found</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="26"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="26"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="30"/>
        <source>Speakers and statements</source>
        <translation>Speakers and statements</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="47"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="49"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="51"/>
        <source>Unnamed sources</source>
        <translation>Unnamed sources</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="53"/>
        <source>Said by nobody named</source>
        <translation>Said by nobody named</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="122"/>
        <source>quoted</source>
        <translation>quoted</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="122"/>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/speakers.py" line="149"/>
        <source>Who said this? Correct the speaker…</source>
        <translation>Who said this? Correct the speaker…</translation>
    </message>
</context>
<context>
    <name>VocabularyModel</name>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="28"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="29"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="31"/>
        <source>HSK</source>
        <translation>HSK</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="32"/>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="33"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>VocabularyPanel</name>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="95"/>
        <source>Words of the article</source>
        <translation>Words of the article</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="98"/>
        <source>Filter words, pinyin or meaning</source>
        <translation>Filter words, pinyin or meaning</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="99"/>
        <source>Filter the vocabulary</source>
        <translation>Filter the vocabulary</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="102"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="103"/>
        <source>All words</source>
        <translation>All words</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="108"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="109"/>
        <source>Mark the rest known</source>
        <translation>Mark the rest known</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="111"/>
        <source>Mark every word of this article that is not learning or known as known</source>
        <translation>Mark every word of this article that is not learning or known as known</translation>
    </message>
    <message>
        <location filename="../desktop/gui/panels/vocabulary.py" line="130"/>
        <source>You know {share:.0%} of this article&apos;s words</source>
        <translation>You know {share:.0%} of this article&apos;s words</translation>
    </message>
</context>
</TS>
