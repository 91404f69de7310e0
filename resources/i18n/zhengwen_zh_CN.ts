<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>The paragraph open at line %1 goes on at… (G on that line)</source>
        <translation>第 %1 行未完的段落接续于……（在那一行按 G）</translation>
    </message>
    <message>
        <source>Line %1 cannot go on at line %2</source>
        <translation>第 %1 行不能接续于第 %2 行</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
</context>
<context>
    <name>ArticlePicker</name>
    <message>
        <source>Move to article</source>
        <translation>移到文章</translation>
    </message>
    <message>
        <source>Article number or words of its headline, then Enter:</source>
        <translation>输入文章序号或标题中的字词，按回车确认：</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <source>Goes on in article</source>
        <translation>续接到文章</translation>
    </message>
    <message>
        <source>%1 (page %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>Zhengwen did not close normally. Unsaved work on %2 from %1 was kept aside.

Restore it?</source>
        <translation>Zhengwen 上次没有正常关闭。版面 %2 在 %1 尚未保存的工作已另行保留。

是否恢复？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Single-letter keys work while the raw lines pane has focus.</source>
        <translation>单字母快捷键仅在原始行窗格获得焦点时有效。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Open a page or a session</source>
        <translation>打开版面或会话</translation>
    </message>
    <message>
        <source>Pages and sessions (*.txt *.md *.json)</source>
        <translation>版面和会话 (*.txt *.md *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a folder of pages</source>
        <translation>打开版面文件夹</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 is not a Zhengwen session: Zhengwen will not write over it. Use Save As to choose another file.</source>
        <translation>%1 不是 Zhengwen 会话文件：Zhengwen 不会覆盖它。请用“另存为”选择其他文件。</translation>
    </message>
    <message>
        <source>Save the session as</source>
        <translation>会话另存为</translation>
    </message>
    <message>
        <source>Sessions (*.json)</source>
        <translation>会话 (*.json)</translation>
    </message>
    <message>
        <source>%1 exists: Save As in a folder writes a copy and never replaces a file. Choose a new name.</source>
        <translation>%1 已存在：在文件夹中“另存为”只写副本，绝不替换文件。请另选一个新名称。</translation>
    </message>
    <message>
        <source>Saved a copy as %1; the page&apos;s work stays in its own session</source>
        <translation>已另存副本为 %1；本版面的工作仍保存在它自己的会话中</translation>
    </message>
    <message>
        <source>Export the clean text</source>
        <translation>导出整理后的文本</translation>
    </message>
    <message>
        <source>%1 is a page or a session: an export never replaces one. Choose another file.</source>
        <translation>%1 是版面或会话文件：导出绝不会替换它。请选择其他文件。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Building the articles…</source>
        <translation>正在整理文章…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>无法写入</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to this page before closing it?</source>
        <translation>关闭前是否保存对本版面的修改？</translation>
    </message>
    <message>
        <source>The session changed on disk</source>
        <translation>磁盘上的会话已被修改</translation>
    </message>
    <message>
        <source>%1 was saved by someone else (another window?) since this window opened or saved it.</source>
        <translation>自本窗口打开或保存 %1 以来，它已被别处（另一个窗口？）保存过。</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>重新载入对方的</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>The page changed</source>
        <translation>版面已改变</translation>
    </message>
    <message>
        <source>%1 is not the text its saved session was made from: the file changed since.

Keep working on the saved session (the page as it was), or start afresh from the changed page? Starting afresh replaces the session at the next save.</source>
        <translation>%1 已不是其已存会话所依据的文本：文件此后被修改过。

继续使用已存会话（即原来的版面），还是从修改后的版面重新开始？重新开始会在下次保存时替换该会话。</translation>
    </message>
    <message>
        <source>Keep the saved session</source>
        <translation>保留已存会话</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>--session names the session of one page; in a folder each page keeps its own.</source>
        <translation>--session 指定的是单个版面的会话；文件夹中的每个版面都有自己的会话。</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Text to find (spaces between characters are ignored)</source>
        <translation>要查找的文字（忽略字间空格）</translation>
    </message>
    <message>
        <source>Raw lines</source>
        <translation>原始行</translation>
    </message>
    <message>
        <source>Clean text</source>
        <translation>整理后文本</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>FolderExport</name>
    <message>
        <source>JSON Lines, one article a line (*.jsonl)</source>
        <translation>JSON Lines，每行一篇文章 (*.jsonl)</translation>
    </message>
    <message>
        <source>JSON, one document holding the pages (*.json)</source>
        <translation>JSON，一个文档包含所有版面 (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export this page, or every page of the folder as one corpus?</source>
        <translation>导出本版面，还是把文件夹中的所有版面导出为一个语料？</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>本版面</translation>
    </message>
    <message>
        <source>The whole folder</source>
        <translation>整个文件夹</translation>
    </message>
    <message>
        <source>Export the folder as one corpus</source>
        <translation>将文件夹导出为一个语料</translation>
    </message>
    <message>
        <source>Exporting the folder…</source>
        <translation>正在导出文件夹…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>导出已取消；没有写入任何文件</translation>
    </message>
    <message>
        <source>Exported %1: %2</source>
        <translation>已导出 %1：%2</translation>
    </message>
    <message>
        <source>%1 pages could not be exported; the reasons are in the errors file beside %2.</source>
        <translation>有 %1 个版面无法导出；原因记录在 %2 旁边的错误文件中。</translation>
    </message>
</context>
<context>
    <name>GotoDialog</name>
    <message>
        <source>Go to line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <source>Line N, or lines N-M (1–%1):</source>
        <translation>行号 N，或行范围 N-M（1–%1）：</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm article</source>
        <translation>确认整篇文章</translation>
    </message>
    <message>
        <source>Article starts</source>
        <translation>文章从此开始</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Line number in the page file; ✎ before it: the line&apos;s text was edited.</source>
        <translation>版面文件中的行号；前面有 ✎ 表示该行文字已修改。</translation>
    </message>
    <message>
        <source>Width bar: how wide the line is against its article&apos;s column. A short bar is a short line (a paragraph&apos;s last line, a title); orange: wider than the column.</source>
        <translation>宽度条：该行相对于所在文章栏宽的宽度。短条表示短行（段落末行、标题）；橙色表示比栏宽更宽。</translation>
    </message>
    <message>
        <source>Label band: the line&apos;s label by its colour and letter. Pale with a dark letter: suggested; solid with a white letter: confirmed.</source>
        <translation>标注色块：用颜色和字母表示该行的标注。浅色深字：自动建议；实色白字：已确认。</translation>
    </message>
    <message>
        <source>Grey italic text: the engine&apos;s suggestion; black: confirmed (Space). · and □ show half-width and full-width spaces.</source>
        <translation>灰色斜体：引擎的建议；黑色：已确认（空格键）。· 和 □ 分别表示半角和全角空格。</translation>
    </message>
    <message>
        <source>¶ the paragraph ends after this line (pale: suggested).</source>
        <translation>¶ 表示段落在此行后结束（浅色：自动建议）。</translation>
    </message>
    <message>
        <source>↪ N: the paragraph left open on this line goes on at line N (printed out of line order); ↩ M: the line goes on from line M&apos;s paragraph. G on both lines links, Shift+G unlinks.</source>
        <translation>↪ N：此行未完的段落接续于第 N 行（提取时顺序颠倒）；↩ M：此行接续第 M 行的段落。在两行上各按 G 连接，Shift+G 取消。</translation>
    </message>
    <message>
        <source>Blue rule and #n: article n starts on this line. Rows of one article share a tint.</source>
        <translation>蓝线和 #n：第 n 篇文章从此行开始。同一篇文章的行底色相同。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>What the raw lines show</source>
        <translation>原始行的各种标记</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>blank line</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>自动建议</translation>
    </message>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation>第 %1 行：%2（%3）</translation>
    </message>
    <message>
        <source>label: %1 %2</source>
        <translation>标注：%1 %2</translation>
    </message>
    <message>
        <source>paragraph end: %1 %2</source>
        <translation>段末：%1 %2</translation>
    </message>
    <message>
        <source>article: %1 %2</source>
        <translation>分篇：%1 %2</translation>
    </message>
    <message>
        <source>edited; raw text: %1</source>
        <translation>已修改；原文：%1</translation>
    </message>
</context>
<context>
    <name>LinesView</name>
    <message>
        <source>↪ goes on at line %1</source>
        <translation>↪ 接续于第 %1 行</translation>
    </message>
    <message>
        <source>↩ comes from line %1</source>
        <translation>↩ 接自第 %1 行</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Article list</source>
        <translation>文章列表</translation>
    </message>
    <message>
        <source>%1 is the key of: %2 (it stays with one of them)</source>
        <translation>%1 同时是以下操作的键：%2（只归其中一个）</translation>
    </message>
    <message>
        <source>The keymap file has problems; Zhengwen uses it with these left out:</source>
        <translation>键位文件有问题；正文在使用时略去了以下各项：</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>会话：%1</translation>
    </message>
    <message>
        <source>restored the unsaved work</source>
        <translation>已恢复未保存的工作</translation>
    </message>
    <message numerus="yes">
        <source>restored %n unsaved step(s)</source>
        <translation>
            <numerusform>已恢复 %n 个未保存的步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the unsaved work could not be restored: %1</source>
        <translation>部分未保存的工作无法恢复：%1</translation>
    </message>
    <message>
        <source>This page is already open in another Zhengwen (process %1). Work in both windows and the second save will ask before it replaces the first.</source>
        <translation>此版面已在另一个 Zhengwen（进程 %1）中打开。若在两个窗口中都修改，后保存的一方会在替换前先询问。</translation>
    </message>
    <message>
        <source>%1 holds no pages (*.txt files)</source>
        <translation>%1 中没有版面（*.txt 文件）</translation>
    </message>
    <message>
        <source>%1 could not be opened and was skipped: %2</source>
        <translation>%1 无法打开，已跳过：%2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 无法打开：%2</translation>
    </message>
    <message>
        <source>Every page of the folder is done</source>
        <translation>文件夹中的所有版面均已完成</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>版次 %1</translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation>已确认 %1</translation>
    </message>
    <message>
        <source>%1 to review</source>
        <translation>待审 %1 行</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>This page has no text</source>
        <translation>此版面没有文字</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>(%1 selected)</source>
        <translation>（选中 %1 行）</translation>
    </message>
    <message>
        <source>article %1 of %2</source>
        <translation>第 %1 篇，共 %2 篇</translation>
    </message>
    <message>
        <source>Zhengwen</source>
        <translation>Zhengwen</translation>
    </message>
</context>
<context>
    <name>PageNumberDialog</name>
    <message>
        <source>Page number</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>The page&apos;s number as printed (2, A2, 第七版):</source>
        <translation>本版的版次，照报上所印填写（如 2、A2、第七版）：</translation>
    </message>
    <message>
        <source>Empty: the number the page gives, %1.</source>
        <translation>留空：用版面上读出的版次 %1。</translation>
    </message>
    <message>
        <source>Empty: the page gives no number.</source>
        <translation>留空：版面上读不出版次。</translation>
    </message>
    <message>
        <source>“%1” is not a page number: type it as printed, as 2, A2 or 第七版.</source>
        <translation>“%1”不是版次：请照报上所印填写，如 2、A2 或 第七版。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>new</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>set by you; the page gives %1</source>
        <translation>由你设定；版面上读出的是 %1</translation>
    </message>
    <message>
        <source>no number in the page&apos;s first and last lines or in its file name</source>
        <translation>版面首尾几行和文件名中都没有版次</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>取自文件名</translation>
    </message>
    <message>
        <source>from the folio &apos;%1&apos;</source>
        <translation>取自页码“%1”</translation>
    </message>
    <message>
        <source>from the running head &apos;%1&apos;</source>
        <translation>取自报眉“%1”</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 of %2 pages done</source>
        <translation>已完成 %1 / %2 个版面</translation>
    </message>
    <message>
        <source>%1 lines confirmed</source>
        <translation>已确认 %1 的行</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>(no text: every line is noise)</source>
        <translation>（无正文：所有行均为版面杂项）</translation>
    </message>
    <message>
        <source>continued from page %1</source>
        <translation>上接第 %1 版</translation>
    </message>
    <message>
        <source>continued on page %1</source>
        <translation>下转第 %1 版</translation>
    </message>
    <message>
        <source> (no such page in this folder)</source>
        <translation>（本文件夹中没有这一版）</translation>
    </message>
    <message>
        <source>Article %1 · %2 lines</source>
        <translation>第 %1 篇 · %2 行</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>type a line number N or a range N-M</source>
        <translation>请输入行号 N 或行范围 N-M</translation>
    </message>
    <message>
        <source>line numbers start at 1</source>
        <translation>行号从 1 开始</translation>
    </message>
    <message>
        <source>Line not changed: the text holds the control character %1. Remove it and edit again.</source>
        <translation>此行未改：文字中含有控制字符 %1。请删去后再编辑。</translation>
    </message>
    <message>
        <source>The text was cut to its first %1 characters (it had %2).</source>
        <translation>文字已截为前 %1 个字符（原有 %2 个）。</translation>
    </message>
    <message>
        <source>The line breaks of the pasted text were left out.</source>
        <translation>粘贴文字中的换行已去掉。</translation>
    </message>
    <message>
        <source>Only the first %1 lines of the text were kept (it had %2).</source>
        <translation>只保留了文字的前 %1 行（原有 %2 行）。</translation>
    </message>
    <message>
        <source>Split into %1 lines at the line breaks of the pasted text.</source>
        <translation>已按粘贴文字中的换行拆成 %1 行。</translation>
    </message>
    <message>
        <source>The control character %1 cannot be typed or pasted into a line.</source>
        <translation>控制字符 %1 不能输入或粘贴到行中。</translation>
    </message>
    <message>
        <source>The pasted text was cut: a line holds at most %1 characters.</source>
        <translation>粘贴的文字已截断：一行最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Open the folder of the page to link an article to another of its pages.</source>
        <translation>请打开该版面所在的文件夹，才能把文章接到其他版面。</translation>
    </message>
    <message>
        <source>The folder has no other page with articles.</source>
        <translation>文件夹中没有其他含文章的版面。</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>%1: is a folder; open it as a folder (zhengwen FOLDER)</source>
        <translation>%1：是文件夹；请作为文件夹打开（zhengwen 文件夹）</translation>
    </message>
    <message>
        <source>opened the session %1</source>
        <translation>已打开会话 %1</translation>
    </message>
    <message>
        <source>%1: an exported corpus, not a page or a session; open the page it was made from</source>
        <translation>%1：是导出的语料，不是版面或会话；请打开生成它的版面</translation>
    </message>
    <message>
        <source>%1: not a Zhengwen session; Zhengwen will not write over it (choose a new file for --session)</source>
        <translation>%1：不是 Zhengwen 会话；Zhengwen 不会覆盖它（请为 --session 另选一个新文件）</translation>
    </message>
    <message>
        <source>resumed the older session %1; saving keeps it in %2</source>
        <translation>已继续旧会话 %1；保存时将存到 %2</translation>
    </message>
    <message>
        <source>resumed the session saved %1</source>
        <translation>已继续 %1 保存的会话</translation>
    </message>
    <message>
        <source>started afresh from the changed page; the next save replaces its session</source>
        <translation>已从修改后的版面重新开始；下次保存将替换其会话</translation>
    </message>
    <message>
        <source>unsaved steps could not be read (%1); the file is left as it is</source>
        <translation>无法读取未保存的步骤（%1）；该文件保持原样</translation>
    </message>
    <message>
        <source>unsaved steps from an older state of this session were kept in %1</source>
        <translation>本会话较早状态下未保存的步骤已保留在 %1</translation>
    </message>
    <message>
        <source>%1: the page changed since its session was saved; exported the saved work, made from the page as it was (the window keeps it too, unless you open the page and choose Start afresh)</source>
        <translation>%1：版面在其会话保存后已修改；导出的是已保存的工作，依据修改前的版面（窗口同样保留它，除非打开该版面并选择“重新开始”）</translation>
    </message>
    <message>
        <source>%1: its page %2 changed since this session was saved; exported the saved work, made from the page as it was (the window keeps it too, unless you open the page and choose Start afresh)</source>
        <translation>%1：其版面 %2 在此会话保存后已修改；导出的是已保存的工作，依据修改前的版面（窗口同样保留它，除非打开该版面并选择“重新开始”）</translation>
    </message>
    <message>
        <source>%1: read again to join an article continued on it, it could not be (%2): written as it was read first, not joined</source>
        <translation>%1：为拼接转版文章需再读一次，但未能读取（%2）：按第一次读到的内容写出，未拼接</translation>
    </message>
    <message>
        <source>%1: a part of an article here goes on to, or comes from, %2, which this export leaves out (another status): the article is exported in part</source>
        <translation>%1：此处一篇文章的部分转至或接自 %2，而此次导出不含该页（状态不同）：这篇文章只导出了一部分</translation>
    </message>
    <message>
        <source>%1: not a file path.</source>
        <translation>%1：不是文件路径。</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1: permission denied (cannot look at the file).</source>
        <translation>%1：权限不足（无法查看该文件）。</translation>
    </message>
    <message>
        <source>%1: cannot open: %2.</source>
        <translation>%1：无法打开：%2。</translation>
    </message>
    <message>
        <source>%1: is a folder, not a text file.</source>
        <translation>%1：是文件夹，不是文本文件。</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, pipe or socket).</source>
        <translation>%1：不是普通文件（是设备、管道或套接字）。</translation>
    </message>
    <message>
        <source>%1: too large (%2; the limit is %3).</source>
        <translation>%1：文件过大（%2；上限为 %3）。</translation>
    </message>
    <message>
        <source>%1: permission denied (the file is not readable).</source>
        <translation>%1：权限不足（文件不可读）。</translation>
    </message>
    <message>
        <source>%1: cannot read: %2.</source>
        <translation>%1：无法读取：%2。</translation>
    </message>
    <message>
        <source>%1: too large (more than %2).</source>
        <translation>%1：文件过大（超过 %2）。</translation>
    </message>
    <message>
        <source>unknown action %1 in the keymap file</source>
        <translation>快捷键文件中有未知操作 %1</translation>
    </message>
    <message>
        <source>%1 is a fixed movement key and cannot be changed</source>
        <translation>%1 是固定的移动键，不能更改</translation>
    </message>
    <message>
        <source>keys of %1 must be a list of strings</source>
        <translation>%1 的按键必须是字符串列表</translation>
    </message>
    <message>
        <source>unknown modifier %1 in key %2</source>
        <translation>按键 %2 中有未知修饰键 %1</translation>
    </message>
    <message>
        <source>a keymap file holds a JSON object</source>
        <translation>快捷键文件应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;keys&quot; must be an object of action id -&gt; list of keys</source>
        <translation>&quot;keys&quot; 必须是“操作 id -&gt; 按键列表”的对象</translation>
    </message>
    <message>
        <source>%1: the document&apos;s rows do not cover its source text</source>
        <translation>%1：文档的行未覆盖其原文</translation>
    </message>
    <message>
        <source>%1: cannot save the session: %2</source>
        <translation>%1：无法保存会话：%2</translation>
    </message>
    <message>
        <source>%1: cannot lock the session (its lock file keeps changing)</source>
        <translation>%1：无法锁定会话（其锁文件不断变化）</translation>
    </message>
    <message>
        <source>%1: too large for a journal (%2 bytes)</source>
        <translation>%1：作为日志文件过大（%2 字节）</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not a journal (its first line is not JSON)</source>
        <translation>%1：不是日志文件（首行不是 JSON）</translation>
    </message>
    <message>
        <source>%1: not a Zhengwen journal</source>
        <translation>%1：不是 Zhengwen 日志文件</translation>
    </message>
    <message>
        <source>%1: a journal of another Zhengwen version (%2)</source>
        <translation>%1：是其他 Zhengwen 版本的日志文件（%2）</translation>
    </message>
    <message>
        <source>%1: damaged at line %2</source>
        <translation>%1：第 %2 行已损坏</translation>
    </message>
    <message>
        <source>%1: line %2 is not a step</source>
        <translation>%1：第 %2 行不是一个步骤</translation>
    </message>
    <message>
        <source>step %1 of %2 does not apply: %3</source>
        <translation>第 %1 步（共 %2 步）无法应用：%3</translation>
    </message>
    <message>
        <source>%1: looks like %2, not text (a binary file).</source>
        <translation>%1：看起来是%2，不是文本（二进制文件）。</translation>
    </message>
    <message>
        <source>%1: looks binary, not text (NUL byte at offset %2).
If it really is text, use --encoding NAME to force one.</source>
        <translation>%1：看起来是二进制，不是文本（偏移 %2 处有 NUL 字节）。
如果确实是文本，请用 --encoding 编码名 强制指定。</translation>
    </message>
    <message>
        <source>%1: looks binary, not text (contains NUL characters).
If it really is text, use --encoding NAME to force one.</source>
        <translation>%1：看起来是二进制，不是文本（含有 NUL 字符）。
如果确实是文本，请用 --encoding 编码名 强制指定。</translation>
    </message>
    <message>
        <source>%1: looks binary, not text (%2 control characters in the first %3).
If it really is text, use --encoding NAME to force one.</source>
        <translation>%1：看起来是二进制，不是文本（前 %3 个字符中有 %2 个控制字符）。
如果确实是文本，请用 --encoding 编码名 强制指定。</translation>
    </message>
    <message>
        <source>%1: unknown text encoding %2 (try utf-8, gb18030, big5hkscs or utf-16).</source>
        <translation>%1：未知的文本编码 %2（可试 utf-8、gb18030、big5hkscs 或 utf-16）。</translation>
    </message>
    <message>
        <source>%1: not valid %2: %3.
Use --errors replace to decode it anyway.</source>
        <translation>%1：不是有效的 %2：%3。
如仍要解码，请用 --errors replace。</translation>
    </message>
    <message>
        <source>%1: unknown error handling %2; use one of %3.</source>
        <translation>%1：未知的错误处理方式 %2；请用其中之一：%3。</translation>
    </message>
    <message>
        <source>Use --encoding NAME (and --errors replace) to force one.</source>
        <translation>如需强制，请用 --encoding 编码名（及 --errors replace）。</translation>
    </message>
    <message>
        <source>%1: UTF-8, but cut short in the middle of a character at offset %2.
Use --encoding NAME (and --errors replace) to force one.</source>
        <translation>%1：是 UTF-8，但在偏移 %2 处一个字符中途截断。
如需强制，请用 --encoding 编码名（及 --errors replace）。</translation>
    </message>
    <message>
        <source>%1: mostly UTF-8, but %2 starts a stretch in another encoding (GBK?).
Use --encoding NAME (and --errors replace) to force one.</source>
        <translation>%1：大部分是 UTF-8，但%2起有一段是别的编码（GBK？）。
如需强制，请用 --encoding 编码名（及 --errors replace）。</translation>
    </message>
    <message>
        <source>%1: cannot tell which encoding this is; it reads cleanly as %2.
Force the right one: %3.</source>
        <translation>%1：无法判断是哪种编码；按以下编码都能完整读出：%2。
请强制指定正确的一种：%3。</translation>
    </message>
    <message>
        <source>%1: cannot decode as %2: %3.
%4</source>
        <translation>%1：无法按 %2 解码：%3。
%4</translation>
    </message>
    <message>
        <source>%1: cannot decode as %2: %3 as %4.
%5</source>
        <translation>%1：无法按 %2 解码：按 %4 时%3。
%5</translation>
    </message>
    <message>
        <source>It might be %1 (detector confidence %2): use --encoding %1.</source>
        <translation>可能是 %1（检测置信度 %2）：请用 --encoding %1。</translation>
    </message>
    <message>
        <source>%1: starts with a %2 byte-order mark but is not valid %2: %3.
Use --encoding NAME (and --errors replace) to force one.</source>
        <translation>%1：以 %2 字节顺序标记开头，但不是有效的 %2：%3。
如需强制，请用 --encoding 编码名（及 --errors replace）。</translation>
    </message>
    <message>
        <source>%1: looks like %2 text without a byte-order mark, but has an odd number of bytes (byte %3 at offset %4 is left over).
Use --encoding NAME (and --errors replace) to force one.</source>
        <translation>%1：看起来是没有字节顺序标记的 %2 文本，但字节数为奇数（偏移 %4 处的字节 %3 多余）。
如需强制，请用 --encoding 编码名（及 --errors replace）。</translation>
    </message>
    <message>
        <source>%1: the session file is empty</source>
        <translation>%1：会话文件为空</translation>
    </message>
    <message>
        <source>%1: not a session: not a JSON file (to open a page, give the page itself)</source>
        <translation>%1：不是会话：不是 JSON 文件（要打开版面，请直接给出版面文件）</translation>
    </message>
    <message>
        <source>%1: too large for a session (the limit is %2 bytes)</source>
        <translation>%1：作为会话文件过大（上限为 %2 字节）</translation>
    </message>
    <message>
        <source>%1: not a Zhengwen session (a JSON file without &quot;format&quot;: &quot;zhengwen-session&quot;)</source>
        <translation>%1：不是 Zhengwen 会话（JSON 文件中没有 &quot;format&quot;: &quot;zhengwen-session&quot;）</translation>
    </message>
    <message>
        <source>%1: this is an exported corpus, not a session; open the source page instead</source>
        <translation>%1：这是导出的语料，不是会话；请改为打开原版面</translation>
    </message>
    <message>
        <source>%1: not a Zhengwen session (its format is %2)</source>
        <translation>%1：不是 Zhengwen 会话（其格式为 %2）</translation>
    </message>
    <message>
        <source>%1: damaged session: bad version %2</source>
        <translation>%1：会话已损坏：版本号 %2 无效</translation>
    </message>
    <message>
        <source>%1: made by a newer Zhengwen (version %2); this one reads up to %3</source>
        <translation>%1：由较新的 Zhengwen 生成（版本 %2）；本程序最多能读版本 %3</translation>
    </message>
    <message>
        <source>%1: damaged session: the page text does not match its recorded sha256</source>
        <translation>%1：会话已损坏：版面文字与记录的 sha256 不符</translation>
    </message>
    <message>
        <source>%1: damaged session: source.lines says %2 lines, the text has %3</source>
        <translation>%1：会话已损坏：source.lines 记为 %2 行，文字实有 %3 行</translation>
    </message>
    <message>
        <source>%1: damaged session: settings.fold_half_width is not true or false</source>
        <translation>%1：会话已损坏：settings.fold_half_width 不是 true 或 false</translation>
    </message>
    <message>
        <source>%1: damaged session: rows.labels has %2 entries for %3 rows</source>
        <translation>%1：会话已损坏：rows.labels 有 %2 项，而行数为 %3</translation>
    </message>
    <message>
        <source>%1: damaged session: unknown label code %2 in rows.labels</source>
        <translation>%1：会话已损坏：rows.labels 中有未知标注代码 %2</translation>
    </message>
    <message>
        <source>%1: damaged session: rows.splits: the first row cannot be a later piece</source>
        <translation>%1：会话已损坏：rows.splits：第一行不能是拆分后的后续部分</translation>
    </message>
    <message>
        <source>%1: damaged session: %2 rows with %3 split pieces do not make the text&apos;s %4 lines</source>
        <translation>%1：会话已损坏：%2 行加 %3 个拆分部分，拼不成文字的 %4 行</translation>
    </message>
    <message>
        <source>%1: damaged session: links is not a list</source>
        <translation>%1：会话已损坏：links 不是列表</translation>
    </message>
    <message>
        <source>%1: damaged session: %2 has no &quot;%3&quot;</source>
        <translation>%1：会话已损坏：%2 中没有 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: damaged session: %2.%3 has the wrong type (%4)</source>
        <translation>%1：会话已损坏：%2.%3 的类型不对（%4）</translation>
    </message>
    <message>
        <source>%1: damaged session: %2 holds an invalid character %3 at offset %4</source>
        <translation>%1：会话已损坏：%2 在偏移 %4 处有无效字符 %3</translation>
    </message>
    <message>
        <source>%1: damaged session: %2 is not a list</source>
        <translation>%1：会话已损坏：%2 不是列表</translation>
    </message>
    <message>
        <source>%1: damaged session: %2 is not an object</source>
        <translation>%1：会话已损坏：%2 不是对象</translation>
    </message>
    <message>
        <source>%1: damaged session: %2 is not a run-length list</source>
        <translation>%1：会话已损坏：%2 不是游程编码列表</translation>
    </message>
    <message>
        <source>%1: damaged session: %2 covers %3 rows, expected %4</source>
        <translation>%1：会话已损坏：%2 覆盖 %3 行，应为 %4 行</translation>
    </message>
    <message>
        <source>%1: not a session: not UTF-8 text (bad byte at offset %2)</source>
        <translation>%1：不是会话：不是 UTF-8 文本（偏移 %2 处有错误字节）</translation>
    </message>
    <message>
        <source>%1: not a session: %2 is not a number JSON allows</source>
        <translation>%1：不是会话：%2 不是 JSON 允许的数</translation>
    </message>
    <message>
        <source>%1: damaged session: the number %2 is out of range</source>
        <translation>%1：会话已损坏：数 %2 超出范围</translation>
    </message>
    <message>
        <source>%1: not a session: nested too deeply</source>
        <translation>%1：不是会话：嵌套过深</translation>
    </message>
    <message>
        <source>%1: not a session: invalid JSON at line %2, column %3 (%4)</source>
        <translation>%1：不是会话：第 %2 行第 %3 列的 JSON 无效（%4）</translation>
    </message>
    <message>
        <source>%1: too large for a session (%2 bytes; the limit is %3)</source>
        <translation>%1：作为会话文件过大（%2 字节；上限为 %3）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a folder, not a session file</source>
        <translation>%1：是文件夹，不是会话文件</translation>
    </message>
    <message>
        <source>%1: damaged session: rows.texts do not piece together line %2 of the page</source>
        <translation>%1：会话已损坏：rows.texts 拼不成版面的第 %2 行</translation>
    </message>
    <message>
        <source>%1: damaged session: rows.why.table[%2] is not [rule, confidence] x 3</source>
        <translation>%1：会话已损坏：rows.why.table[%2] 不是 [规则, 置信度] x 3</translation>
    </message>
    <message>
        <source>%1: damaged session: rows.why.blank has a bad entry for row %2</source>
        <translation>%1：会话已损坏：rows.why.blank 中第 %2 行的项无效</translation>
    </message>
    <message>
        <source>%1: damaged session: row %2 (line %3) has text but no label</source>
        <translation>%1：会话已损坏：第 %2 行（原第 %3 行）有文字但没有标注</translation>
    </message>
    <message>
        <source>%1: damaged session: links holds a bad entry %2</source>
        <translation>%1：会话已损坏：links 中有无效项 %2</translation>
    </message>
    <message>
        <source>%1: damaged session: %2 refers to row %3, outside 0..%4</source>
        <translation>%1：会话已损坏：%2 指向第 %3 行，超出 0..%4</translation>
    </message>
    <message>
        <source>%1: damaged session: %2 is not in increasing order</source>
        <translation>%1：会话已损坏：%2 不是递增顺序</translation>
    </message>
    <message>
        <source>%1: damaged session: %2[%3] has the wrong type (%4)</source>
        <translation>%1：会话已损坏：%2[%3] 的类型不对（%4）</translation>
    </message>
    <message>
        <source>%1: damaged session: %2 has a bad run (%3 x %4)</source>
        <translation>%1：会话已损坏：%2 中有无效游程（%3 x %4）</translation>
    </message>
    <message>
        <source>%1: damaged session: %2 covers more than the %3 rows expected</source>
        <translation>%1：会话已损坏：%2 覆盖的行数超过应有的 %3 行</translation>
    </message>
    <message>
        <source>%1: the session file is cut short (truncated inside a character at byte %2); it may have been copied or saved incompletely</source>
        <translation>%1：会话文件不完整（在第 %2 字节处的一个字符中途截断）；可能复制或保存得不完整</translation>
    </message>
    <message>
        <source>%1: the session file is cut short (truncated at line %2, column %3); it may have been copied or saved incompletely</source>
        <translation>%1：会话文件不完整（在第 %2 行第 %3 列处截断）；可能复制或保存得不完整</translation>
    </message>
    <message>
        <source>%1: damaged session: rows.%2_blank names row %3, which is not blank</source>
        <translation>%1：会话已损坏：rows.%2_blank 列出第 %3 行，但该行不是空行</translation>
    </message>
    <message>
        <source>%1: damaged session: rows.%2_blank has a bad %3 %4</source>
        <translation>%1：会话已损坏：rows.%2_blank 中有无效的%3 %4</translation>
    </message>
    <message>
        <source>%1: damaged session: links holds a bad link %2</source>
        <translation>%1：会话已损坏：links 中有无效链接 %2</translation>
    </message>
    <message>
        <source>%1: damaged session: goes_on is not a list</source>
        <translation>%1：会话已损坏：goes_on 不是列表</translation>
    </message>
    <message>
        <source>%1: damaged session: goes_on holds a bad entry %2</source>
        <translation>%1：会话已损坏：goes_on 中有无效项 %2</translation>
    </message>
    <message>
        <source>%1: damaged session: page.number %2 is not a page number</source>
        <translation>%1：会话已损坏：page.number %2 不是版次</translation>
    </message>
</context>
<context>
    <name>keymap</name>
    <message>
        <source>Previous line</source>
        <translation>上一行</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>下一行</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>上翻一页</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>下翻一页</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>第一行</translation>
    </message>
    <message>
        <source>Last line</source>
        <translation>最后一行</translation>
    </message>
    <message>
        <source>Extend selection up</source>
        <translation>向上扩展选择</translation>
    </message>
    <message>
        <source>Extend selection down</source>
        <translation>向下扩展选择</translation>
    </message>
    <message>
        <source>Extend selection a page up</source>
        <translation>向上扩展选择一页</translation>
    </message>
    <message>
        <source>Extend selection a page down</source>
        <translation>向下扩展选择一页</translation>
    </message>
    <message>
        <source>Extend selection to the first line</source>
        <translation>选择到第一行</translation>
    </message>
    <message>
        <source>Extend selection to the last line</source>
        <translation>选择到最后一行</translation>
    </message>
    <message>
        <source>Go to line…</source>
        <translation>转到行…</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>上一篇文章</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>下一篇文章</translation>
    </message>
    <message>
        <source>Next line to review</source>
        <translation>下一处待审行</translation>
    </message>
    <message>
        <source>Previous line to review</source>
        <translation>上一处待审行</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>正文段落</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>版面杂项（噪声）</translation>
    </message>
    <message>
        <source>Confirm and go to the next unconfirmed line</source>
        <translation>确认并转到下一处未确认行</translation>
    </message>
    <message>
        <source>Confirm the article and go to the next one to review</source>
        <translation>确认本篇并转到下一篇待审文章</translation>
    </message>
    <message>
        <source>Article starts here</source>
        <translation>新文章从本行开始</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Merge into previous article</source>
        <translation>并入上一篇文章</translation>
    </message>
    <message>
        <source>Move lines to article…</source>
        <translation>将行移到文章…</translation>
    </message>
    <message>
        <source>Article goes on on another page…</source>
        <translation>文章转到其他版面…</translation>
    </message>
    <message>
        <source>Article goes on on no other page</source>
        <translation>文章不转版</translation>
    </message>
    <message>
        <source>Toggle paragraph end</source>
        <translation>切换段末</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Paragraph goes on at another line (press on both lines)</source>
        <translation>段落接续于另一行（在两行上各按一次）</translation>
    </message>
    <message>
        <source>Paragraph goes on at no other line (it ends there)</source>
        <translation>段落不接续于其他行（在此结束）</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>编辑本行</translation>
    </message>
    <message>
        <source>Split line at cursor (while editing)</source>
        <translation>在光标处拆分本行（编辑时）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一个版面</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一个版面</translation>
    </message>
    <message>
        <source>Page done, next page not done</source>
        <translation>本版完成，转到下一个未完成版面</translation>
    </message>
    <message>
        <source>Page number…</source>
        <translation>设定版次…</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Save session as…</source>
        <translation>会话另存为…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Show blank lines</source>
        <translation>显示空行</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Keep half-width punctuation in the clean text</source>
        <translation>在整理后的文本中保留半角标点</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>快捷键一览</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>subheading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>正文段落</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>版面杂项</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>标注(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Label kicker</source>
        <translation>标为引题</translation>
    </message>
    <message>
        <source>Label headline</source>
        <translation>标为标题</translation>
    </message>
    <message>
        <source>Label subtitle</source>
        <translation>标为副题</translation>
    </message>
    <message>
        <source>Label byline</source>
        <translation>标为署名</translation>
    </message>
    <message>
        <source>Label subheading</source>
        <translation>标为小标题</translation>
    </message>
    <message>
        <source>Label paragraph</source>
        <translation>标为正文段落</translation>
    </message>
    <message>
        <source>Label caption</source>
        <translation>标为图片说明</translation>
    </message>
    <message>
        <source>Label noise</source>
        <translation>标为版面杂项</translation>
    </message>
    <message>
        <source>Toggle paragraph end</source>
        <translation>切换段末</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm article</source>
        <translation>确认整篇文章</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>修改文字</translation>
    </message>
    <message>
        <source>Start article</source>
        <translation>另起文章</translation>
    </message>
    <message>
        <source>Merge with previous article</source>
        <translation>并入上一篇文章</translation>
    </message>
    <message>
        <source>Move to new article</source>
        <translation>移到新文章</translation>
    </message>
    <message>
        <source>Move to article</source>
        <translation>移到文章</translation>
    </message>
    <message>
        <source>Split line</source>
        <translation>拆分行</translation>
    </message>
    <message>
        <source>Keep half-width punctuation</source>
        <translation>保留半角标点</translation>
    </message>
    <message>
        <source>Fold half-width punctuation</source>
        <translation>半角标点转为全角</translation>
    </message>
    <message>
        <source>Set page number</source>
        <translation>设定版次</translation>
    </message>
    <message>
        <source>Clear page number</source>
        <translation>清除设定的版次</translation>
    </message>
    <message>
        <source>Link to another page</source>
        <translation>转到其他版面</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消转版</translation>
    </message>
    <message>
        <source>Paragraph goes on at line</source>
        <translation>段落接续于另一行</translation>
    </message>
    <message>
        <source>Paragraph goes on nowhere</source>
        <translation>段落不再接续</translation>
    </message>
    <message>
        <source>Move to article %1</source>
        <translation>移到第 %1 篇文章</translation>
    </message>
</context>
<context>
    <name>rules.article</name>
    <message>
        <source>a header, with the body that shares its words</source>
        <translation>标题区，归入与其用词相同的正文</translation>
    </message>
    <message>
        <source>a caption, with the article that shares its words</source>
        <translation>图片说明，归入与其用词相同的文章</translation>
    </message>
    <message>
        <source>text going on a paragraph printed elsewhere in the column, with that paragraph&apos;s article</source>
        <translation>接续栏中别处所印段落的文字，归入该段落所在的文章</translation>
    </message>
    <message>
        <source>page furniture, with the text around it</source>
        <translation>版面杂项，随前后文字归篇</translation>
    </message>
    <message>
        <source>body text, under the header whose words it shares</source>
        <translation>正文，归入用词相同的标题之下</translation>
    </message>
    <message>
        <source>body text that no header claims</source>
        <translation>无标题认领的正文</translation>
    </message>
    <message>
        <source>a paragraph where two stories set to different widths meet, with the story whose column its lines fit</source>
        <translation>两篇不同栏宽的稿件相接处的段落：归入其各行与栏宽相符的那一篇</translation>
    </message>
    <message>
        <source>a run of two stories set to different widths, parted where its lines&apos; widths step</source>
        <translation>两篇不同栏宽的稿件连排：在各行宽度变化处分开</translation>
    </message>
    <message>
        <source>a caption inside its article&apos;s text</source>
        <translation>文章正文中间的图片说明</translation>
    </message>
    <message>
        <source>a header left without a body, with the first article after it that has no headline</source>
        <translation>没有正文的标题区，归入其后第一篇没有标题的文章</translation>
    </message>
    <message>
        <source>a byline printed apart from its headline, with the body under it: with the page&apos;s one headline that has no byline</source>
        <translation>与标题分开排印的署名及其下正文：归入本版唯一没有署名的标题所在的文章</translation>
    </message>
    <message>
        <source>a headline printed apart from its byline, over another story&apos;s column: with the page&apos;s one byline that has no headline</source>
        <translation>与署名分开排印、其下为另一篇栏文的标题：归入本版唯一没有标题的署名所在的文章</translation>
    </message>
    <message>
        <source>a headline printed apart from its deck: with the page&apos;s one deck naming the same place, whose article has no headline</source>
        <translation>与副题分开排印的标题：归入本版唯一点出同一地名、所在文章没有标题的副题所在的文章</translation>
    </message>
    <message>
        <source>header lines printed right over the header that took the body under them: with that body&apos;s article</source>
        <translation>紧排在取得其下正文的标题之上的标题行：归入该正文所在的文章</translation>
    </message>
    <message>
        <source>two stories&apos; headers read across line by line: each story&apos;s lines go with the article after them that carries that story on</source>
        <translation>两篇报道的标题区被逐行横向读出：各篇的行归入其后接续该篇的文章</translation>
    </message>
    <message>
        <source>two stories&apos; headers read across over one run holding both bodies: the story not ending the header, with the run from the last paragraph opening after a closed piece</source>
        <translation>两篇稿件的标题串读成一组、其下一段栏文含两篇正文：不以该组收尾的那篇，连同栏文中最后一处在句末之后另起段落处往后的部分</translation>
    </message>
    <message>
        <source>a header without a body</source>
        <translation>没有正文的标题区</translation>
    </message>
    <message>
        <source>one run under a header steps into another story at another measure: the part over the step, with the byline set apart over it, goes to the header before it left without a body</source>
        <translation>标题下的一段栏文在句末之后以另一栏宽另起一篇：转栏处之前的部分（连同其上另起的署名）归入其前没有正文的标题区</translation>
    </message>
    <message>
        <source>a header printed at the foot of another story&apos;s body, with a body under it that has no headline: with that body</source>
        <translation>排在另一篇正文末尾的标题区，其下正文所在的文章没有标题：归入其下正文所在的文章</translation>
    </message>
    <message>
        <source>the whole page is one article</source>
        <translation>整版为一篇文章</translation>
    </message>
    <message>
        <source>decided by a person</source>
        <translation>人工确定</translation>
    </message>
</context>
<context>
    <name>rules.break</name>
    <message>
        <source>a sentence cut by a header printed inside the column: the paragraph goes on after it</source>
        <translation>句子被栏中插印的标题隔断：段落在标题之后继续</translation>
    </message>
    <message>
        <source>the next line is the paragraph&apos;s credit in brackets: the paragraph goes on</source>
        <translation>下一行是括号中的段落署名：段落继续</translation>
    </message>
    <message>
        <source>a subheading that goes on in the next line</source>
        <translation>小标题在下一行继续</translation>
    </message>
    <message>
        <source>a block of one line kind ends at its line</source>
        <translation>同类行组成的块到此结束</translation>
    </message>
    <message>
        <source>ends with a credit in brackets</source>
        <translation>以括号内署名结尾</translation>
    </message>
    <message>
        <source>ends a sentence (no column to measure it against)</source>
        <translation>以句末标点结尾（无栏宽可比）</translation>
    </message>
    <message>
        <source>a full line ending a sentence, on a page whose first lines are full</source>
        <translation>满行且句子结束，本版段首行不缩进</translation>
    </message>
    <message>
        <source>a paragraph&apos;s first line: a sentence ending on it ends the paragraph only if the next line starts one</source>
        <translation>段落首行：句子在此结束，仅当下一行另起一段时才分段</translation>
    </message>
    <message>
        <source>a full line: the paragraph goes on</source>
        <translation>满行：段落继续</translation>
    </message>
    <message>
        <source>an open column foot whose paragraph went on in a piece printed before it</source>
        <translation>栏底未完的行，其段落在排在它之前的一段中接续</translation>
    </message>
    <message>
        <source>an open column foot whose paragraph goes on in a piece printed before it (linked there)</source>
        <translation>栏底未完的行，其段落接排在它之前的一段中（已链接到那里）</translation>
    </message>
    <message>
        <source>the next line of its story opens the rest of a paragraph printed further down: this paragraph ends</source>
        <translation>本篇下一行是排在后面的某段的后半段：本段在此结束</translation>
    </message>
    <message>
        <source>a full line ending a sentence before its text group&apos;s short last line: the paragraph goes on</source>
        <translation>整行以句末标点结束，其下是本文字组较短的末行：段落未完</translation>
    </message>
    <message>
        <source>a justified (letter-spaced) line never ends a paragraph</source>
        <translation>两端对齐（字间加空格）的行不会是段尾</translation>
    </message>
    <message>
        <source>ends a sentence, on a page of one paragraph per line</source>
        <translation>一行一段的版面上，句子在此结束</translation>
    </message>
    <message>
        <source>a stray break inside a paragraph</source>
        <translation>段落中间多余的换行</translation>
    </message>
    <message>
        <source>the next line is indented</source>
        <translation>下一行有缩进</translation>
    </message>
    <message>
        <source>ends a sentence, and the next line lost its indent</source>
        <translation>句子结束，且下一行是失去缩进的段首行</translation>
    </message>
    <message>
        <source>ends a sentence, and the next line lost its indent (its last mark squeezed in)</source>
        <translation>句子结束，且下一行是失去缩进的段首行（行末标点挤入）</translation>
    </message>
    <message>
        <source>the next line starts a new text frame</source>
        <translation>下一行开始新的文字框</translation>
    </message>
    <message>
        <source>the next line continues this one (it opens with a mark or a word&apos;s end)</source>
        <translation>下一行接续本行（以标点或词尾开头）</translation>
    </message>
    <message>
        <source>ends without final punctuation: the paragraph goes on</source>
        <translation>行末无句末标点：段落继续</translation>
    </message>
    <message>
        <source>the page ends</source>
        <translation>版面结束</translation>
    </message>
    <message>
        <source>a short last line ending a sentence</source>
        <translation>短的末行，句子结束</translation>
    </message>
    <message>
        <source>ends a sentence a cell short of the column, though the next line&apos;s first glyph would have fitted</source>
        <translation>句子结束，比栏宽短一格，而下一行的首字本可排入</translation>
    </message>
    <message>
        <source>decided by a person</source>
        <translation>人工确定</translation>
    </message>
    <message>
        <source>the next line is a %1</source>
        <translation>下一行是%1</translation>
    </message>
</context>
<context>
    <name>rules.label</name>
    <message>
        <source>a narrow first title line over a much wider one: the kicker</source>
        <translation>较窄的首个标题行，下面一行宽得多：引题</translation>
    </message>
    <message>
        <source>the wrapped end of the deck above</source>
        <translation>上方副题折行的末尾</translation>
    </message>
    <message>
        <source>the wrapped end of the subheading above</source>
        <translation>上方小标题折行的末尾</translation>
    </message>
    <message>
        <source>a few characters without punctuation set apart between paragraphs: the wrapped end of a subheading printed elsewhere</source>
        <translation>段落之间单独成组、不带标点的几个字：印在别处的小标题折行的末尾</translation>
    </message>
    <message>
        <source>running text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>a narrow plain line over a headline that is whole without it: the kicker</source>
        <translation>标题上方一行较窄的普通文字，标题没有它也完整：引题</translation>
    </message>
    <message>
        <source>one or two title lines set apart by blank lines: a headline</source>
        <translation>由空行隔开的一两行标题样式文字：主标题</translation>
    </message>
    <message>
        <source>a narrow title line set apart right over a headline: its kicker</source>
        <translation>紧贴主标题上方、单独成组的一行窄标题：引题</translation>
    </message>
    <message>
        <source>a series tag or narrow title line set apart, the next line but page furniture a headline: its kicker</source>
        <translation>单独成组的栏目名或一行窄标题，其后除版面杂项外的下一行是主标题：引题</translation>
    </message>
    <message>
        <source>a head-shaped line whose short unpunctuated tail follows: a subheading</source>
        <translation>形似小标题的一行，后接无标点的短尾行：小标题</translation>
    </message>
    <message>
        <source>a title line over a deck or byline, or right after a header or a closing credit: a headline</source>
        <translation>位于副题或署名之上，或紧接另一标题区、文末署名之后的标题行：主标题</translation>
    </message>
    <message>
        <source>a photo credit (……供图, ……摄)</source>
        <translation>图片来源（……供图、……摄）</translation>
    </message>
    <message>
        <source>a deck opening with a dash</source>
        <translation>以破折号开头的副题</translation>
    </message>
    <message>
        <source>page furniture: running head, date, page number or jump line</source>
        <translation>版面杂项：栏目头、日期、版次或转版提示</translation>
    </message>
    <message>
        <source>shaped like a head: four characters, a comma, a phrase</source>
        <translation>小标题句式：四字、逗号、短语</translation>
    </message>
    <message>
        <source>a jump line back (上接第1版): the part goes on from that page</source>
        <translation>接版行（上接第1版）：这部分接自该版</translation>
    </message>
    <message>
        <source>a jump line (下转第2版): the part goes on on that page</source>
        <translation>转版行（下转第2版）：这部分转到该版</translation>
    </message>
    <message>
        <source>a Markdown heading (# or **bold**)</source>
        <translation>Markdown 标题（# 或 **加粗**）</translation>
    </message>
    <message>
        <source>the line after a Markdown headline: its deck</source>
        <translation>Markdown 标题之后一行：副题</translation>
    </message>
    <message>
        <source>the line before a Markdown headline: its kicker</source>
        <translation>Markdown 标题之前一行：引题</translation>
    </message>
    <message>
        <source>a short line without final punctuation between paragraphs</source>
        <translation>段落之间无句末标点的短行</translation>
    </message>
    <message>
        <source>names of reporters or authors</source>
        <translation>记者或作者姓名</translation>
    </message>
    <message>
        <source>after a paragraph&apos;s end, and the next line lost its indent</source>
        <translation>位于段尾之后，且下一行是失去缩进的段首行</translation>
    </message>
    <message>
        <source>after a paragraph&apos;s end, before a new text frame</source>
        <translation>位于段尾之后、新文字框之前</translation>
    </message>
    <message>
        <source>a numbered head, or one ending in a dash</source>
        <translation>带序号的小标题，或以破折号结尾的小标题</translation>
    </message>
    <message>
        <source>a last headline line much wider than the headline&apos;s widest row above it: the deck</source>
        <translation>标题末行比其上最宽的一行宽得多：副题</translation>
    </message>
    <message>
        <source>a series tag above the headline</source>
        <translation>标题上方的栏目标签</translation>
    </message>
    <message>
        <source>short after a paragraph&apos;s end, on a page whose first lines are full</source>
        <translation>位于段尾之后且偏短，本版段首行不缩进</translation>
    </message>
    <message>
        <source>a letter-spaced headline right under the story before&apos;s headline: the next story&apos;s</source>
        <translation>紧接上一篇标题之下的字距拉开的标题：属于下一篇</translation>
    </message>
    <message>
        <source>a headline row that the rows above could not have wrapped into (wider than a full row, under a wrap&apos;s last row, or a whole headline of its own): the next story&apos;s</source>
        <translation>上方标题行不可能折行成的一行标题（比满行更宽、位于折行末行之下，或本身即完整标题）：属于下一篇</translation>
    </message>
    <message>
        <source>a title-shaped line in a header block</source>
        <translation>标题区中的标题形状行</translation>
    </message>
    <message>
        <source>not indented, before an indented paragraph</source>
        <translation>无缩进，位于有缩进的段落之前</translation>
    </message>
    <message>
        <source>after a paragraph&apos;s end, much shorter or wider than the column</source>
        <translation>位于段尾之后，明显短于或宽于栏宽</translation>
    </message>
    <message>
        <source>a short headline repeated above a jump line back</source>
        <translation>接版行上方重复的短标题</translation>
    </message>
    <message>
        <source>decided by a person</source>
        <translation>人工确定</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
</context>
</TS>
