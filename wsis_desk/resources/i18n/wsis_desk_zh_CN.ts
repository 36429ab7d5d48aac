<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddCommitmentDialog</name>
    <message>
        <source>Add commitment</source>
        <translation>添加承诺</translation>
    </message>
    <message>
        <source>OP5, PP3</source>
        <translation>OP5, PP3</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>承诺方(&amp;W)</translation>
    </message>
    <message>
        <source>Who committed</source>
        <translation>作出承诺的一方</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>内容(&amp;H)</translation>
    </message>
    <message>
        <source>What was committed</source>
        <translation>承诺的内容</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>期限(&amp;D)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>段落(&amp;P)</translation>
    </message>
    <message>
        <source>Linked paragraphs</source>
        <translation>相关段落</translation>
    </message>
</context>
<context>
    <name>AddInputDialog</name>
    <message>
        <source>Add stakeholder input</source>
        <translation>添加利益攸关方意见</translation>
    </message>
    <message>
        <source>Civil society, Private sector, USA…</source>
        <translation>民间社会、私营部门、美国……</translation>
    </message>
    <message>
        <source>OP5, PP3</source>
        <translation>OP5, PP3</translation>
    </message>
    <message>
        <source>&amp;Submitter</source>
        <translation>提交方(&amp;S)</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>提交方</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Date submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>段落(&amp;P)</translation>
    </message>
    <message>
        <source>Target paragraphs</source>
        <translation>涉及的段落</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>文本(&amp;X)</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>所提要求</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Deleted drafts</source>
        <translation>已删除的草案</translation>
    </message>
    <message>
        <source>Deleted versions and documents</source>
        <translation>已删除的版本和文件</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>没有已删除的内容。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the selected item</source>
        <translation>恢复所选项目</translation>
    </message>
    <message>
        <source>Deleted versions and documents stay here, on every laptop the deletion reaches, until someone restores them.</source>
        <translation>已删除的版本和文件保留在这里（删除同步到的每台电脑上都有），直到有人将其恢复。</translation>
    </message>
    <message>
        <source>Version “{v}” of “{d}” (deleted {when})</source>
        <translation>“{d}”的版本“{v}”（删除于 {when}）</translation>
    </message>
    <message numerus="yes">
        <source>Document “{d}” with %Ln version(s)</source>
        <translation>
            <numerusform>文件“{d}”，共 %Ln 个版本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BracketDelegate</name>
    <message>
        <source>unpaired bracket</source>
        <translation>不配对的方括号</translation>
    </message>
</context>
<context>
    <name>BracketsBoard</name>
    <message>
        <source>Bracket census</source>
        <translation>方括号统计</translation>
    </message>
    <message>
        <source>Filter by paragraph, proponent or text…</source>
        <translation>按段落、提议方或文本筛选……</translation>
    </message>
    <message>
        <source>Filter open bracket groups</source>
        <translation>筛选未解决的方括号组</translation>
    </message>
    <message>
        <source>Open bracket groups</source>
        <translation>未解决的方括号组</translation>
    </message>
    <message>
        <source>Burn-down across versions</source>
        <translation>各版本的消减情况</translation>
    </message>
    <message>
        <source>Burn-down chart of open brackets</source>
        <translation>未解决方括号消减图</translation>
    </message>
    <message>
        <source>open bracket groups</source>
        <translation>未解决的方括号组</translation>
    </message>
    <message>
        <source>paragraphs with brackets</source>
        <translation>含方括号的段落</translation>
    </message>
</context>
<context>
    <name>ChangesTableModel</name>
    <message>
        <source>{what} (deleted)</source>
        <translation>{what}（已删除）</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <source>Overdue: the due date has passed and it is not done.</source>
        <translation>逾期：已过截止日期且尚未完成。</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Commitments summary</source>
        <translation>承诺摘要</translation>
    </message>
    <message>
        <source>Commitments list</source>
        <translation>承诺列表</translation>
    </message>
    <message>
        <source>&amp;Add commitment…</source>
        <translation>添加承诺(&amp;A)……</translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation>添加一项承诺</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the selected commitment done</source>
        <translation>将所选承诺标记为已完成</translation>
    </message>
    <message>
        <source>Mark d&amp;ropped</source>
        <translation>标记为已放弃(&amp;R)</translation>
    </message>
    <message>
        <source>Mark the selected commitment dropped</source>
        <translation>将所选承诺标记为已放弃</translation>
    </message>
    <message>
        <source>No commitments</source>
        <translation>没有承诺</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln 项承诺</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!! %Ln overdue (listed first, in bold)</source>
        <translation>
            <numerusform>!! %Ln 项逾期（列在最前，粗体显示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments (step 11 of the guidelines) record who undertook to do what, by when, and which paragraphs it serves.

Choose a version in the library, then press Add commitment… to record one for its document.</source>
        <translation>承诺（准则第 11 步）记录谁承诺做什么、何时完成，以及涉及哪些段落。

请在文库中选择一个版本，然后点击“添加承诺……”，为其文件记录一项承诺。</translation>
    </message>
    <message>
        <source>No commitment recorded for this document yet.

Press Add commitment… to record who undertook to do what, by when, and the paragraphs it serves.</source>
        <translation>本文件尚未记录任何承诺。

点击“添加承诺……”，记录谁承诺做什么、何时完成，以及涉及的段落。</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Before ({version})</source>
        <translation>修改前（{version}）</translation>
    </message>
    <message>
        <source>After ({version})</source>
        <translation>修改后（{version}）</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>Similarity {pct:.0f}%</source>
        <translation>相似度 {pct:.0f}%</translation>
    </message>
    <message>
        <source>{changed} changed · {added} added · {removed} removed · {moved} moved · {renumbered} renumbered · {merged} merged · {split} split · {unchanged} unchanged</source>
        <translation>修改 {changed} · 新增 {added} · 删除 {removed} · 移动 {moved} · 重新编号 {renumbered} · 合并 {merged} · 拆分 {split} · 未变 {unchanged}</translation>
    </message>
    <message>
        <source>Brackets {before} → {after}: {resolved} resolved, {dropped} dropped, {added} added</source>
        <translation>方括号 {before} → {after}：解决 {resolved}，删除 {dropped}，新增 {added}</translation>
    </message>
    <message>
        <source>Footnote brackets {before} → {after}: {resolved} resolved, {dropped} dropped, {added} added</source>
        <translation>脚注方括号 {before} → {after}：解决 {resolved}，删除 {dropped}，新增 {added}</translation>
    </message>
    <message>
        <source>{n} now agreed ad ref</source>
        <translation>现已待核准同意 {n} 段</translation>
    </message>
    <message>
        <source>Footnotes changed: {n}</source>
        <translation>已修改的脚注：{n}</translation>
    </message>
    <message>
        <source>Footnotes no paragraph cites changed: {diff}</source>
        <translation>未被任何段落引用的脚注已修改：{diff}</translation>
    </message>
    <message>
        <source>No substantive change: the words are the same.</source>
        <translation>无实质性修改：措辞相同。</translation>
    </message>
    <message>
        <source>{new}
was {old}</source>
        <translation>{new}
原为 {old}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>已重新编号</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>split</source>
        <translation>已拆分</translation>
    </message>
    <message>
        <source>footnote changed</source>
        <translation>脚注已修改</translation>
    </message>
    <message>
        <source>Footnote bracket groups {details}</source>
        <translation>脚注方括号组 {details}</translation>
    </message>
    <message>
        <source>Footnote changed: {diff}</source>
        <translation>脚注已修改：{diff}</translation>
    </message>
    <message>
        <source>resolved: {n}</source>
        <translation>已解决：{n}</translation>
    </message>
    <message>
        <source>dropped with their text: {n}</source>
        <translation>连同文本删除：{n}</translation>
    </message>
    <message>
        <source>added: {n}</source>
        <translation>新增：{n}</translation>
    </message>
    <message>
        <source>Bracket groups {details}</source>
        <translation>方括号组 {details}</translation>
    </message>
    <message>
        <source>now agreed ad ref</source>
        <translation>现已待核准同意</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare versions</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <source>Choose a document with at least two versions to compare.</source>
        <translation>请选择至少有两个版本的文件进行比较。</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>下一处修改</translation>
    </message>
    <message>
        <source>Go to the next changed paragraph</source>
        <translation>转到下一个修改过的段落</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>上一处修改</translation>
    </message>
    <message>
        <source>Go to the previous changed paragraph</source>
        <translation>转到上一个修改过的段落</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>合并显示</translation>
    </message>
    <message>
        <source>One column: deleted struck, inserted underlined</source>
        <translation>单栏：删除内容加删除线，插入内容加下划线</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Two columns: before and after</source>
        <translation>双栏：修改前和修改后</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>导出 DOCX……</translation>
    </message>
    <message>
        <source>Save a Word redline with tracked changes</source>
        <translation>保存带修订标记的 Word 对照稿</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF……</translation>
    </message>
    <message>
        <source>Save a photocopy-ready PDF redline</source>
        <translation>保存可供复印的 PDF 对照稿</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>较早版本</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>较新版本</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>与(&amp;W)</translation>
    </message>
    <message>
        <source>Only c&amp;hanged</source>
        <translation>仅显示修改(&amp;H)</translation>
    </message>
    <message>
        <source>Show only changed paragraphs</source>
        <translation>仅显示修改过的段落</translation>
    </message>
    <message>
        <source>Only &amp;bracket changes</source>
        <translation>仅显示方括号变化(&amp;B)</translation>
    </message>
    <message>
        <source>Show only paragraphs whose brackets changed</source>
        <translation>仅显示方括号有变化的段落</translation>
    </message>
    <message>
        <source>Inline redline</source>
        <translation>合并对照稿</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>导出 DOCX</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Summary of the comparison</source>
        <translation>比较摘要</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>导出状态</translation>
    </message>
    <message>
        <source>Paragraphs compared</source>
        <translation>比较的段落</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>无可比较</translation>
    </message>
    <message>
        <source>This document has only one version: nothing to compare.</source>
        <translation>此文件只有一个版本：无可比较。</translation>
    </message>
    <message>
        <source>Comparing {old} with {new}…</source>
        <translation>正在比较 {old} 与 {new}……</translation>
    </message>
    <message>
        <source>No more changes below.</source>
        <translation>下方没有更多修改。</translation>
    </message>
    <message>
        <source>No more changes above.</source>
        <translation>上方没有更多修改。</translation>
    </message>
    <message>
        <source>Export redline as DOCX</source>
        <translation>将对照稿导出为 DOCX</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Export redline as PDF</source>
        <translation>将对照稿导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Writing the redline…</source>
        <translation>正在生成对照稿……</translation>
    </message>
    <message>
        <source>No paragraph matches these filters.</source>
        <translation>没有符合这些筛选条件的段落。</translation>
    </message>
    <message>
        <source>Redline {old} → {new}</source>
        <translation>对照稿 {old} → {new}</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>yours</source>
        <translation>您的</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln 个字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Version shown</source>
        <translation>显示的版本</translation>
    </message>
    <message>
        <source>Only &amp;bracketed</source>
        <translation>仅含方括号(&amp;B)</translation>
    </message>
    <message>
        <source>Show only paragraphs with brackets</source>
        <translation>仅显示含方括号的段落</translation>
    </message>
    <message>
        <source>Only with &amp;status marker</source>
        <translation>仅含状态标记(&amp;S)</translation>
    </message>
    <message>
        <source>Show only paragraphs with a status marker</source>
        <translation>仅显示带状态标记的段落</translation>
    </message>
    <message>
        <source>Filter by proponent</source>
        <translation>按提议方筛选</translation>
    </message>
    <message>
        <source>Search the text…</source>
        <translation>搜索文本……</translation>
    </message>
    <message>
        <source>Search the text of this version</source>
        <translation>搜索此版本的文本</translation>
    </message>
    <message>
        <source>Filters in use</source>
        <translation>已应用的筛选</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>清除筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Proponent:</source>
        <translation>提议方：</translation>
    </message>
    <message>
        <source>Paragraphs of the version</source>
        <translation>该版本的段落</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>无可显示内容</translation>
    </message>
    <message>
        <source>Import a draft…</source>
        <translation>导入草案……</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>导入草案</translation>
    </message>
    <message>
        <source>Load the demo negotiation</source>
        <translation>加载演示谈判</translation>
    </message>
    <message>
        <source>Choose a version in the library, or import a draft.</source>
        <translation>请在文库中选择一个版本，或导入草案。</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>任何一方</translation>
    </message>
    <message>
        <source>No version open</source>
        <translation>未打开任何版本</translation>
    </message>
    <message>
        <source>Filtered: {shown} of {total} shown.</source>
        <translation>已筛选：显示 {shown} / {total}。</translation>
    </message>
    <message>
        <source>No paragraph matches these filters.</source>
        <translation>没有符合这些筛选条件的段落。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>在本文件中查找</translation>
    </message>
    <message>
        <source>Find in this document…</source>
        <translation>在本文件中查找……</translation>
    </message>
    <message>
        <source>Words to find in this document</source>
        <translation>要在本文件中查找的词语</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配项（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation>下一个匹配项（Enter、F3）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>第 {current} 个，共 {total} 个</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>WSIS Desk guide</source>
        <translation>WSIS Desk 指南</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>The guide is missing from this installation ({path}). Reinstall WSIS Desk.</source>
        <translation>本安装中缺少指南（{path}）。请重新安装 WSIS Desk。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>removed (was {label})</source>
        <translation>已删除（原为 {label}）</translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation>不在此版本中</translation>
    </message>
    <message>
        <source>{label} (was {old})</source>
        <translation>{label}（原为 {old}）</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>第一版</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>已重新编号</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Paragraph history</source>
        <translation>段落历史</translation>
    </message>
    <message>
        <source>Paragraph history heading</source>
        <translation>段落历史标题</translation>
    </message>
    <message>
        <source>The paragraph in each version</source>
        <translation>该段落在各版本中的情况</translation>
    </message>
    <message>
        <source>This paragraph has no history yet.</source>
        <translation>此段落尚无历史。</translation>
    </message>
    <message>
        <source>{label}: in {n} of {total} versions; underlined = inserted, struck = deleted</source>
        <translation>{label}：出现在 {total} 个版本中的 {n} 个；下划线 = 插入，删除线 = 删除</translation>
    </message>
    <message>
        <source>Select a paragraph to see its history across versions.</source>
        <translation>选择一个段落，查看其在各版本中的历史。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Drafts (*.docx *.pdf *.txt *.md);;All files (*)</source>
        <translation>草案 (*.docx *.pdf *.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>导入草案</translation>
    </message>
    <message>
        <source>Draft file</source>
        <translation>草案文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览……</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A new document, or pick one from the list</source>
        <translation>新文件，或从列表中选择一个</translation>
    </message>
    <message>
        <source>Where the draft goes</source>
        <translation>草案归入何处</translation>
    </message>
    <message>
        <source>e.g. Zero draft, Rev.1 (optional)</source>
        <translation>例如：零草案、Rev.1（可选）</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>版本名称</translation>
    </message>
    <message>
        <source>Circulated at</source>
        <translation>分发时间</translation>
    </message>
    <message>
        <source>Circulation date and time</source>
        <translation>分发日期和时间</translation>
    </message>
    <message>
        <source>Where the date comes from</source>
        <translation>日期的来源</translation>
    </message>
    <message>
        <source>e.g. A/80/L.1 (optional)</source>
        <translation>例如：A/80/L.1（可选）</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Choose a draft</source>
        <translation>选择草案</translation>
    </message>
    <message>
        <source>The date printed on the draft; set the time if known.</source>
        <translation>草案上印的日期；如知道时间，请填写。</translation>
    </message>
    <message>
        <source>Name the document this draft is a version of.</source>
        <translation>请填写此草案所属的文件。</translation>
    </message>
    <message>
        <source>A new document “{name}” will be created.</source>
        <translation>将新建文件“{name}”。</translation>
    </message>
    <message>
        <source>The draft becomes the next version of “{name}”.</source>
        <translation>此草案将成为“{name}”的下一个版本。</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
</context>
<context>
    <name>ImportRemarks</name>
    <message>
        <source>Imported, with remarks</source>
        <translation>已导入，附有说明</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lettered sub-paragraph(s) with no numbered paragraph above them</source>
        <translation>
            <numerusform>%Ln 个带字母的分段上方没有编号段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph number(s) out of order or printed twice</source>
        <translation>
            <numerusform>%Ln 个段落编号顺序错乱或重复印出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other remark(s)</source>
        <translation>
            <numerusform>另有 %Ln 条说明</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln remark(s) to check:</source>
        <translation>
            <numerusform>有 %Ln 条说明需要核对：</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a paragraph to see its remarks in the inspector; Show Details lists them all.</source>
        <translation>选择一个段落即可在检查器中查看其说明；“显示详情”会列出全部说明。</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>……另有 %Ln 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputsView</name>
    <message>
        <source>Inputs ledger</source>
        <translation>意见登记册</translation>
    </message>
    <message>
        <source>Stakeholder inputs</source>
        <translation>利益攸关方意见</translation>
    </message>
    <message>
        <source>&amp;Add input…</source>
        <translation>添加意见(&amp;A)……</translation>
    </message>
    <message>
        <source>Add a stakeholder input</source>
        <translation>添加一条利益攸关方意见</translation>
    </message>
    <message>
        <source>Report &amp;PDF…</source>
        <translation>PDF 报告(&amp;P)……</translation>
    </message>
    <message>
        <source>Export the transparency report as PDF</source>
        <translation>将透明度报告导出为 PDF</translation>
    </message>
    <message>
        <source>Report &amp;DOCX…</source>
        <translation>DOCX 报告(&amp;D)……</translation>
    </message>
    <message>
        <source>Export the transparency report as DOCX</source>
        <translation>将透明度报告导出为 DOCX</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why: where it landed, or why not</source>
        <translation>原因：体现在何处，或为何未采纳</translation>
    </message>
    <message>
        <source>&amp;Set outcome</source>
        <translation>设定处理结果(&amp;S)</translation>
    </message>
    <message>
        <source>Set the outcome of the selected input</source>
        <translation>设定所选意见的处理结果</translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation>处理结果历史</translation>
    </message>
    <message>
        <source>Selected input</source>
        <translation>所选意见</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>处理结果(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Export transparency report</source>
        <translation>导出透明度报告</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告……</translation>
    </message>
    <message>
        <source>Select an input to set its outcome.</source>
        <translation>选择一条意见以设定其处理结果。</translation>
    </message>
    <message>
        <source>Transparency report: {document}</source>
        <translation>透明度报告：{document}</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a paragraph to see it in full.</source>
        <translation>选择一个段落以查看全文。</translation>
    </message>
    <message>
        <source>Selected paragraph</source>
        <translation>所选段落</translation>
    </message>
    <message>
        <source>Paragraph text, footnotes and comments</source>
        <translation>段落文本、脚注和批注</translation>
    </message>
    <message>
        <source>Bracket groups of the paragraph</source>
        <translation>该段落的方括号组</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>未指明</translation>
    </message>
    <message>
        <source>Bracket groups: {n}, deepest {d}; proponents: {who}</source>
        <translation>方括号组：{n}，最深 {d} 层；提议方：{who}</translation>
    </message>
    <message>
        <source>Comment positions: {who}</source>
        <translation>批注中的立场：{who}</translation>
    </message>
    <message>
        <source>A bracket group runs across this and another paragraph.</source>
        <translation>一个方括号组跨越本段和另一段。</translation>
    </message>
    <message>
        <source>The brackets of this paragraph do not pair up.</source>
        <translation>此段落的方括号不配对。</translation>
    </message>
    <message>
        <source>Before tracked changes</source>
        <translation>修订前</translation>
    </message>
</context>
<context>
    <name>InspectorTabs</name>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Stance history</source>
        <translation>立场历史</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场沿革</translation>
    </message>
</context>
<context>
    <name>InterventionEditor</name>
    <message>
        <source>party code or name, e.g. Civil Society Caucus</source>
        <translation>缔约方代码或名称，例如：民间社会核心小组</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> 字/分钟</translation>
    </message>
    <message>
        <source>Interpretable pace: about 100–120 words a minute</source>
        <translation>便于口译的语速：每分钟约 100–120 个词</translation>
    </message>
    <message>
        <source>— no document —</source>
        <translation>— 无文件 —</translation>
    </message>
    <message>
        <source>labels, e.g. OP3, OP5bis or OP3-OP5</source>
        <translation>段落编号，例如 OP3、OP5bis 或 OP3-OP5</translation>
    </message>
    <message>
        <source>The statement as it will be delivered…</source>
        <translation>发言稿，按实际宣读的内容……</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>时限（秒）</translation>
    </message>
    <message>
        <source>Pace in words a minute</source>
        <translation>语速（每分钟词数）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Document referred to</source>
        <translation>涉及的文件</translation>
    </message>
    <message>
        <source>Paragraph labels referred to</source>
        <translation>涉及的段落编号</translation>
    </message>
    <message>
        <source>Statement text</source>
        <translation>发言文本</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>发言时间</translation>
    </message>
    <message>
        <source>Timing verdict</source>
        <translation>时间评估</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>发言人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>会议(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>时段(&amp;L)：</translation>
    </message>
    <message>
        <source>P&amp;ace:</source>
        <translation>语速(&amp;A)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Refers to:</source>
        <translation>涉及(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>InterventionsView</name>
    <message>
        <source>Interventions</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Mark deli&amp;vered</source>
        <translation>标记为已宣读(&amp;V)</translation>
    </message>
    <message>
        <source>Spea&amp;ker mode</source>
        <translation>发言人模式(&amp;K)</translation>
    </message>
    <message>
        <source>Add to &amp;pack</source>
        <translation>加入资料包(&amp;P)</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>上一操作</translation>
    </message>
    <message>
        <source>Save the intervention</source>
        <translation>保存发言</translation>
    </message>
    <message>
        <source>Saved “{t}”.</source>
        <translation>已保存“{t}”。</translation>
    </message>
    <message>
        <source>Edit intervention “{t}”</source>
        <translation>编辑发言“{t}”</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存……</translation>
    </message>
    <message>
        <source>Marked “{t}” delivered.</source>
        <translation>已将“{t}”标记为已宣读。</translation>
    </message>
    <message>
        <source>Delete intervention “{t}”</source>
        <translation>删除发言“{t}”</translation>
    </message>
    <message>
        <source>Deleted “{t}”. Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除“{t}”。编辑 › 撤销（Ctrl+Z）可恢复。</translation>
    </message>
    <message>
        <source>Restored “{t}”.</source>
        <translation>已恢复“{t}”。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>WSIS Desk will use {language} the next time it starts.</source>
        <translation>WSIS Desk 下次启动时将使用{language}。</translation>
    </message>
</context>
<context>
    <name>LibraryEdits</name>
    <message>
        <source>Delete version “{v}”</source>
        <translation>删除版本“{v}”</translation>
    </message>
    <message>
        <source>Rename version “{v}”</source>
        <translation>重命名版本“{v}”</translation>
    </message>
    <message>
        <source>Move version “{v}” to “{d}”</source>
        <translation>将版本“{v}”移至“{d}”</translation>
    </message>
    <message>
        <source>Delete document “{d}”</source>
        <translation>删除文件“{d}”</translation>
    </message>
    <message>
        <source>Rename document “{d}”</source>
        <translation>重命名文件“{d}”</translation>
    </message>
    <message>
        <source>Restore “{n}”</source>
        <translation>恢复“{n}”</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)……</translation>
    </message>
    <message>
        <source>Updating the library…</source>
        <translation>正在更新文库……</translation>
    </message>
    <message>
        <source>Reading the draft…</source>
        <translation>正在读取草案……</translation>
    </message>
    <message>
        <source>A scanned draft</source>
        <translation>扫描的草案</translation>
    </message>
    <message>
        <source>“{name}” is a scan: its pages are pictures, with no text to read.</source>
        <translation>“{name}”是扫描件：其页面是图片，没有可读取的文本。</translation>
    </message>
    <message>
        <source>It can be read by OCR, in the six UN languages. The text will be approximate: check every number, bracket and label against the original.</source>
        <translation>可以用光学字符识别（OCR）以联合国六种语文读取。文本将是近似的：请对照原件核对每个数字、方括号和编号。</translation>
    </message>
    <message>
        <source>Read it by OCR</source>
        <translation>用 OCR 读取</translation>
    </message>
    <message>
        <source>Is this the right document?</source>
        <translation>文件选对了吗？</translation>
    </message>
    <message>
        <source>{file} shares little wording with “{latest}” of “{doc}” ({share:.0%} of their phrases): it may be another document.</source>
        <translation>{file} 与“{doc}”的“{latest}”措辞相同之处很少（{share:.0%} 的词组）：可能是另一份文件。</translation>
    </message>
    <message>
        <source>Import it as a new version of “{doc}” anyway?</source>
        <translation>仍要将其作为“{doc}”的新版本导入吗？</translation>
    </message>
    <message>
        <source>Add to “{doc}”</source>
        <translation>添加到“{doc}”</translation>
    </message>
    <message>
        <source>Import as a new document</source>
        <translation>作为新文件导入</translation>
    </message>
    <message>
        <source>This content is already &apos;{label}&apos; of &apos;{doc}&apos;.</source>
        <translation>此内容已是“{doc}”的“{label}”。</translation>
    </message>
    <message numerus="yes">
        <source>Imported &apos;{label}&apos; of &apos;{doc}&apos;: %Ln paragraph(s).</source>
        <translation>
            <numerusform>已导入“{doc}”的“{label}”：%Ln 个段落。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the pages by OCR…</source>
        <translation>正在用 OCR 读取页面……</translation>
    </message>
    <message>
        <source>Importing the draft…</source>
        <translation>正在导入草案……</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>已取消导入：未导入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Move to another document…</source>
        <translation>移至其他文件(&amp;M)……</translation>
    </message>
    <message>
        <source>Deleted &amp;drafts…</source>
        <translation>已删除的草案(&amp;D)……</translation>
    </message>
    <message>
        <source>Delete “{v}” of “{d}”? It goes to Deleted drafts, and Ctrl+Z brings it back.</source>
        <translation>删除“{d}”的“{v}”？它将移入“已删除的草案”，按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <source>Delete the document “{d}” with all its versions? It goes to Deleted drafts, and Ctrl+Z brings it back.</source>
        <translation>删除文件“{d}”及其所有版本？它将移入“已删除的草案”，按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation>重命名版本</translation>
    </message>
    <message>
        <source>New label for “{v}”:</source>
        <translation>“{v}”的新标签：</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>重命名文件</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>新标题：</translation>
    </message>
    <message>
        <source>Move to another document</source>
        <translation>移至其他文件</translation>
    </message>
    <message>
        <source>Move “{v}” to the document (pick one, or type a new name):</source>
        <translation>将“{v}”移至文件（从中选择，或输入新名称）：</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%Ln open [ ]</source>
        <translation>
            <numerusform>%Ln 处未解决 [ ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>其他文件</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %Ln paragraph(s), from {source}</source>
        <translation>
            <numerusform>{label}：%Ln 个段落，来自 {source}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library of negotiations, documents and versions</source>
        <translation>谈判、文件和版本文库</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WSIS Desk</source>
        <translation>WSIS Desk</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>数据：{path}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>撤销(&amp;U)：{action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做(&amp;R)：{action}</translation>
    </message>
    <message>
        <source>About WSIS Desk</source>
        <translation>关于 WSIS Desk</translation>
    </message>
    <message>
        <source>WSIS Desk {v}
An offline desk for negotiated texts.</source>
        <translation>WSIS Desk {v}
离线处理谈判文本的工作台。</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>no position recorded</source>
        <translation>未记录立场</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Position matrix</source>
        <translation>立场矩阵</translation>
    </message>
    <message>
        <source>Show a group&apos;s members</source>
        <translation>显示集团成员</translation>
    </message>
    <message>
        <source>All parties with positions</source>
        <translation>有立场的所有各方</translation>
    </message>
    <message>
        <source>All member states</source>
        <translation>所有会员国</translation>
    </message>
    <message>
        <source>Only &amp;red lines</source>
        <translation>仅红线(&amp;R)</translation>
    </message>
    <message>
        <source>Only red lines</source>
        <translation>仅红线</translation>
    </message>
    <message>
        <source>Only &amp;contested paragraphs</source>
        <translation>仅有争议的段落(&amp;C)</translation>
    </message>
    <message>
        <source>Only contested paragraphs</source>
        <translation>仅有争议的段落</translation>
    </message>
    <message>
        <source>our party, e.g. EU</source>
        <translation>我方，例如：欧盟</translation>
    </message>
    <message>
        <source>Our party for the state of play</source>
        <translation>谈判进展中的我方</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>导出 CSV(&amp;V)……</translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation>将矩阵导出为 CSV</translation>
    </message>
    <message>
        <source>State of &amp;play PDF…</source>
        <translation>谈判进展 PDF(&amp;P)……</translation>
    </message>
    <message>
        <source>Export the one-page state of play as PDF</source>
        <translation>将一页谈判进展导出为 PDF</translation>
    </message>
    <message>
        <source>&amp;Record a position…</source>
        <translation>记录立场(&amp;R)…</translation>
    </message>
    <message>
        <source>Record a position of the chosen party on the chosen paragraph</source>
        <translation>记录所选缔约方对所选段落的立场</translation>
    </message>
    <message>
        <source>Matrix summary</source>
        <translation>矩阵摘要</translation>
    </message>
    <message>
        <source>Key: {stances}</source>
        <translation>图例：{stances}</translation>
    </message>
    <message>
        <source>Key to the stance marks</source>
        <translation>立场符号图例</translation>
    </message>
    <message>
        <source>Parties by paragraphs</source>
        <translation>各方与段落</translation>
    </message>
    <message>
        <source>Record a position…</source>
        <translation>记录立场…</translation>
    </message>
    <message>
        <source>&amp;Our party:</source>
        <translation>我方(&amp;O)：</translation>
    </message>
    <message>
        <source>{doc} {ver}: {rows} parties × {cols} paragraphs, {n} stances</source>
        <translation>{doc} {ver}：{rows} 方 × {cols} 段，{n} 个立场</translation>
    </message>
    <message>
        <source>Building the matrix…</source>
        <translation>正在构建矩阵……</translation>
    </message>
    <message>
        <source>Export matrix as CSV</source>
        <translation>将矩阵导出为 CSV</translation>
    </message>
    <message>
        <source>Export state of play</source>
        <translation>导出谈判进展</translation>
    </message>
    <message>
        <source>Writing the state of play…</source>
        <translation>正在生成谈判进展……</translation>
    </message>
    <message>
        <source>State of play: {document}</source>
        <translation>谈判进展：{document}</translation>
    </message>
    <message>
        <source>Record position of {party}</source>
        <translation>记录{party}的立场</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <source>Statements in the pack</source>
        <translation>资料包中的发言</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>OP3, OP5bis, OP7-OP9</source>
        <translation>OP3, OP5bis, OP7-OP9</translation>
    </message>
    <message>
        <source>Paragraph labels</source>
        <translation>段落编号</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Paragraphs in the pack</source>
        <translation>资料包中的段落</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add the &amp;changes against the previous version</source>
        <translation>加入与上一版本相比的修改(&amp;C)</translation>
    </message>
    <message>
        <source>optional: a text file of &apos;term = explanation&apos;</source>
        <translation>可选：一个“术语 = 解释”的文本文件</translation>
    </message>
    <message>
        <source>Glossary file</source>
        <translation>术语表文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)……</translation>
    </message>
    <message>
        <source>as the first statement</source>
        <translation>作为第一篇发言</translation>
    </message>
    <message>
        <source>&amp;Double-sided (each item starts on a recto)</source>
        <translation>双面打印(&amp;D)（每项从奇数页开始）</translation>
    </message>
    <message>
        <source>CHECK AGAINST DELIVERY</source>
        <translation>请以实际发言为准</translation>
    </message>
    <message>
        <source>READ OUT VERBATIM</source>
        <translation>请逐字宣读</translation>
    </message>
    <message>
        <source>Interpreter pack</source>
        <translation>口译资料包</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)……</translation>
    </message>
    <message>
        <source>Pack summary</source>
        <translation>资料包摘要</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Statements:</source>
        <translation>发言：</translation>
    </message>
    <message>
        <source>Paragraphs (labels of a version):</source>
        <translation>段落（某一版本的段落编号）：</translation>
    </message>
    <message>
        <source>How it prints</source>
        <translation>打印方式</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>会议(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>份数(&amp;O)：</translation>
    </message>
    <message>
        <source>Ba&amp;nner:</source>
        <translation>标语(&amp;N)：</translation>
    </message>
    <message>
        <source>{pages} · {items} · fingerprint {fp}</source>
        <translation>{pages} · {items} · 指纹 {fp}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览……</translation>
    </message>
    <message>
        <source>Export the pack</source>
        <translation>导出资料包</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;Word document (*.docx)</source>
        <translation>打印用 PDF (*.pdf);;Word 文档 (*.docx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %Ln page(s), fingerprint {fp}.</source>
        <translation>
            <numerusform>已写入 {path}：%Ln 页，指纹 {fp}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: fingerprint {fp}.</source>
        <translation>已写入 {path}：指纹 {fp}。</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>正在生成资料包……</translation>
    </message>
    <message>
        <source>Cancelled: no pack was written.</source>
        <translation>已取消：未写入口译资料包。</translation>
    </message>
    <message>
        <source>Choose a glossary</source>
        <translation>选择术语表</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Changed since the preview: press Preview (F5) again.</source>
        <translation>预览后已有更改：请再次按“预览”(F5)。</translation>
    </message>
</context>
<context>
    <name>PackPreviewPane</name>
    <message>
        <source>Pack preview</source>
        <translation>资料包预览</translation>
    </message>
    <message>
        <source>Choose what goes in the pack, then press Preview (F5).</source>
        <translation>选择要放入资料包的内容，然后按“预览”(F5)。</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more page(s) in the exported file.</source>
        <translation>
            <numerusform>……导出的文件中还有 %Ln 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) (page images need pdftoppm from poppler-utils).</source>
        <translation>
            <numerusform>%Ln 页（页面图像需要 poppler-utils 中的 pdftoppm）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphTableModel</name>
    <message>
        <source>↔ spans</source>
        <translation>↔ 跨段</translation>
    </message>
    <message>
        <source>⚠ unbalanced</source>
        <translation>⚠ 不配对</translation>
    </message>
    <message>
        <source>A bracket group runs across this and another paragraph.</source>
        <translation>一个方括号组跨越本段和另一段。</translation>
    </message>
    <message>
        <source>The square brackets in this paragraph do not pair up.</source>
        <translation>此段落中的方括号不配对。</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Edit position</source>
        <translation>编辑立场</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>添加立场</translation>
    </message>
    <message>
        <source>USA, G77, Grupo Sur…</source>
        <translation>美国、77国集团、Grupo Sur……</translation>
    </message>
    <message>
        <source>Party or actor</source>
        <translation>缔约方或行为方</translation>
    </message>
    <message>
        <source>Add as a new actor when not in the registry</source>
        <translation>不在登记册中时作为新行为方添加</translation>
    </message>
    <message>
        <source>Add as a new actor</source>
        <translation>作为新行为方添加</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>拟议措辞</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>缔约方(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>立场(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>来源(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>措辞(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>⚠ text changed since — review</source>
        <translation>⚠ 文本此后有改动 — 需复核</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>Add position</source>
        <translation>添加立场</translation>
    </message>
    <message>
        <source>Edit position</source>
        <translation>编辑立场</translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation>删除立场</translation>
    </message>
    <message>
        <source>Positions on the selected paragraph</source>
        <translation>对所选段落的立场</translation>
    </message>
    <message>
        <source>Positions: select a paragraph.</source>
        <translation>立场：请选择一个段落。</translation>
    </message>
    <message>
        <source>Positions heading</source>
        <translation>立场标题</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>&amp;Add position…</source>
        <translation>添加立场(&amp;A)……</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)……</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation>添加一个立场</translation>
    </message>
    <message>
        <source>Edit the selected position</source>
        <translation>编辑所选立场</translation>
    </message>
    <message>
        <source>Delete the selected position</source>
        <translation>删除所选立场</translation>
    </message>
    <message>
        <source>Positions on {label}: {n}</source>
        <translation>对 {label} 的立场：{n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review (text changed)</source>
        <translation>
            <numerusform>%Ln 项待复核（文本已改动）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Word redlines show their tracked changes as made by this person. Leave it empty to use this computer&apos;s user ({name}).</source>
        <translation>Word 修订稿中的修订将标为此人所作。留空则使用本计算机的用户（{name}）。</translation>
    </message>
    <message>
        <source>Redline &amp;author:</source>
        <translation>修订作者(&amp;A)：</translation>
    </message>
    <message>
        <source>Redline author</source>
        <translation>修订作者</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be started. Check that it is connected and switched on, then print again (or print to a PDF file).</source>
        <translation>无法启动打印机。请检查打印机已连接并开机，然后重新打印（或打印到 PDF 文件）。</translation>
    </message>
    <message>
        <source>There is nothing to print in this page range.</source>
        <translation>此页面范围内没有可打印的内容。</translation>
    </message>
    <message>
        <source>Nothing to print here. Open the interpreter pack, a comparison, the positions matrix or the stakeholder inputs, then print.</source>
        <translation>此处没有可打印的内容。请打开口译资料包、版本比较、立场矩阵或利益攸关方意见，然后再打印。</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>正在准备页面……</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>打印 {title}</translation>
    </message>
    <message numerus="yes">
        <source>Printed {title}: %Ln page(s) to {where}.</source>
        <translation>
            <numerusform>已打印 {title}：%Ln 页，输出到 {where}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印……</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>打印预览：{title}</translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search every version: words, or &quot;a phrase&quot;…</source>
        <translation>搜索所有版本：词语，或“一个短语”……</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>要搜索的词语</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>此文件</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>此版本</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>搜索结果数</translation>
    </message>
    <message>
        <source>Paragraphs found</source>
        <translation>找到的段落</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) found.</source>
        <translation>
            <numerusform>找到 %Ln 个段落。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>{version} (not in the newest)</source>
        <translation>{version}（不在最新版本中）</translation>
    </message>
    <message>
        <source>In: {versions}</source>
        <translation>出现于：{versions}</translation>
    </message>
    <message>
        <source>In: {versions}. Now {label}, with other words.</source>
        <translation>出现于：{versions}。现为 {label}，措辞有改动。</translation>
    </message>
    <message>
        <source>In: {versions}. The paragraph is gone from the newest version.</source>
        <translation>出现于：{versions}。最新版本中已无此段落。</translation>
    </message>
    <message>
        <source>{label} of {version}, {document}: {text}</source>
        <translation>{document} {version} 的 {label}：{text}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter: a command or a key…</source>
        <translation>筛选：命令或按键……</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>所有位置</translation>
    </message>
</context>
<context>
    <name>SpeakerMode</name>
    <message>
        <source>Speaker mode — {title}</source>
        <translation>发言人模式 — {title}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Countdown state</source>
        <translation>倒计时状态</translation>
    </message>
    <message>
        <source>Space start/pause · R reset · Esc leave · Ctrl+± text size</source>
        <translation>空格 开始/暂停 · R 重置 · Esc 退出 · Ctrl+± 文字大小</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>elapsed (no slot)</source>
        <translation>已用时间（无时段）</translation>
    </message>
    <message>
        <source>{clock} OVER</source>
        <translation>超时 {clock}</translation>
    </message>
    <message>
        <source>STOP — over time</source>
        <translation>停止 — 已超时</translation>
    </message>
    <message>
        <source>WIND UP — left</source>
        <translation>请结束 — 剩余</translation>
    </message>
    <message>
        <source>left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>paused · Space to start</source>
        <translation>已暂停 · 按空格开始</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>StancePanel</name>
    <message>
        <source>Stance history</source>
        <translation>立场历史</translation>
    </message>
    <message>
        <source>Party and paragraph</source>
        <translation>缔约方和段落</translation>
    </message>
    <message>
        <source>Stances over time</source>
        <translation>历次立场</translation>
    </message>
    <message>
        <source>Click a cell of the positions matrix to see that party&apos;s stances here.</source>
        <translation>点击立场矩阵中的单元格，即可在此查看该方的立场。</translation>
    </message>
    <message>
        <source>{paragraph} of {document}</source>
        <translation>{document} 的 {paragraph}</translation>
    </message>
    <message>
        <source>{party} on {where}</source>
        <translation>{party} 关于 {where}</translation>
    </message>
    <message>
        <source>No position recorded for {party} here. Record one in the Positions tab of the paragraph.</source>
        <translation>此处没有记录 {party} 的立场。请在该段落的“立场”选项卡中记录。</translation>
    </message>
    <message>
        <source>recorded on {version}</source>
        <translation>记录于 {version}</translation>
    </message>
    <message>
        <source>by {laptop}</source>
        <translation>记录者：{laptop}</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>拟议措辞</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>Sync and conflicts</source>
        <translation>同步与冲突</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Write this laptop&apos;s changes to the team&apos;s sync folder and read everyone&apos;s</source>
        <translation>将本机的修改写入团队的同步文件夹，并读取所有人的修改</translation>
    </message>
    <message>
        <source>No sync yet in this session.</source>
        <translation>本次会话尚未同步。</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>上次同步的结果</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>待审查的冲突</translation>
    </message>
    <message>
        <source>Latest changes from the team</source>
        <translation>团队的最新修改</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>对方的版本</translation>
    </message>
    <message>
        <source>Keep &amp;your version</source>
        <translation>保留您的版本(&amp;Y)</translation>
    </message>
    <message>
        <source>Keep &amp;their version</source>
        <translation>保留对方的版本(&amp;T)</translation>
    </message>
    <message>
        <source>Both versions are kept; choose the one that stays for everyone.</source>
        <translation>两个版本都已保存；请选择对所有人保留的版本。</translation>
    </message>
    <message>
        <source>Writing bundle…</source>
        <translation>正在写入数据包……</translation>
    </message>
    <message>
        <source>Importing bundle…</source>
        <translation>正在导入数据包……</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步……</translation>
    </message>
    <message>
        <source>Sync stopped: what came in so far is kept; the rest comes next time.</source>
        <translation>同步已停止：已收到的内容会保留，其余内容下次同步时接收。</translation>
    </message>
    <message>
        <source>Sync done: {received}, {sent}, {conflicts}.</source>
        <translation>同步完成：{received}，{sent}，{conflicts}。</translation>
    </message>
    <message numerus="yes">
        <source>received %Ln change(s)</source>
        <translation>
            <numerusform>收到 %Ln 项修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln</source>
        <translation>
            <numerusform>发送 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln 个冲突待审查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) could not be read.</source>
        <translation>
            <numerusform>有 %Ln 个同步包无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>This laptop: {name} · last sync: {when} · {conflicts}</source>
        <translation>本机：{name} · 上次同步：{when} · {conflicts}</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review (%Ln)</source>
        <translation>
            <numerusform>待审查的冲突（%Ln）</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the version of {laptop}</source>
        <translation>保留 {laptop} 的版本</translation>
    </message>
    <message>
        <source>Keep your version: {what}</source>
        <translation>保留您的版本：{what}</translation>
    </message>
    <message>
        <source>Keep their version: {what}</source>
        <translation>保留对方的版本：{what}</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Position of {name}</source>
        <translation>{name} 的立场</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Commitment: {name}</source>
        <translation>承诺：{name}</translation>
    </message>
    <message>
        <source>Intervention: {name}</source>
        <translation>发言：{name}</translation>
    </message>
    <message>
        <source>Stakeholder input: {name}</source>
        <translation>利益攸关方意见：{name}</translation>
    </message>
    <message>
        <source>Interpreter pack: {name}</source>
        <translation>口译资料包：{name}</translation>
    </message>
    <message>
        <source>Party or actor: {name}</source>
        <translation>缔约方或行为体：{name}</translation>
    </message>
    <message>
        <source>Negotiation: {name}</source>
        <translation>谈判：{name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>拟议措辞</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>What was said or written</source>
        <translation>所说或所写的内容</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>承诺方</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>发言时限（秒）</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交方</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>{paragraph} of {document}</source>
        <translation>{document} 的 {paragraph}</translation>
    </message>
    <message>
        <source>Your version ({laptop}, {when})</source>
        <translation>您的版本（{laptop}，{when}）</translation>
    </message>
    <message>
        <source>Their version ({laptop}, {when})</source>
        <translation>对方的版本（{laptop}，{when}）</translation>
    </message>
    <message>
        <source>in effect now</source>
        <translation>当前有效</translation>
    </message>
    <message>
        <source>(deleted on this side)</source>
        <translation>（此版本中已删除）</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>wsis_desk bundles (*.wsisdesk);;All files (*)</source>
        <translation>wsis_desk 数据包 (*.wsisdesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>团队口令</translation>
    </message>
    <message>
        <source>Passphrase of the team&apos;s bundles (leave empty if you do not use one):</source>
        <translation>团队数据包的口令（如不使用请留空）：</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <source>How the team sees this laptop (e.g. &apos;CSO caucus laptop 3&apos;):</source>
        <translation>团队看到的本机名称（例如“民间社会组织核心小组 3 号电脑”）：</translation>
    </message>
    <message>
        <source>{site} · last sync {when}</source>
        <translation>{site} · 上次同步 {when}</translation>
    </message>
    <message>
        <source>{site} · not synced yet</source>
        <translation>{site} · 尚未同步</translation>
    </message>
</context>
<context>
    <name>UncitedNotes</name>
    <message>
        <source>Footnotes not cited in the text</source>
        <translation>正文中未引用的脚注</translation>
    </message>
    <message>
        <source>Footnotes not cited in the text ({count})</source>
        <translation>正文中未引用的脚注（{count}）</translation>
    </message>
    <message>
        <source>bracket groups: {count}</source>
        <translation>方括号组：{count}</translation>
    </message>
</context>
<context>
    <name>VersionFlow</name>
    <message>
        <source>{documents}, {versions}</source>
        <translation>{documents}，{versions}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln 份文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>No drafts yet.

Import a draft (or drop a .docx, .pdf, .txt or .md file here), or load the demo negotiation to look around.</source>
        <translation>尚无草案。

导入草案（或将 .docx、.pdf、.txt 或 .md 文件拖放到此处），或加载演示谈判来了解本软件。</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; of &apos;{d}&apos; is no longer in the library.</source>
        <translation>“{d}”的“{v}”已不在文库中。</translation>
    </message>
    <message>
        <source>Loading the demo…</source>
        <translation>正在加载演示……</translation>
    </message>
    <message>
        <source>{groups} in {paragraphs}</source>
        <translation>{paragraphs}中有{groups}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open bracket group(s)</source>
        <translation>
            <numerusform>%Ln 个未解决的方括号组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation>正在打开 {label}……</translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <source>Listing the open brackets…</source>
        <translation>正在列出未解决的方括号……</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is the first version: choose a later one to compare.</source>
        <translation>“{v}”是第一版：请选择较新的版本进行比较。</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Import draft…</source>
        <translation>导入草案(&amp;I)……</translation>
    </message>
    <message>
        <source>Import a .docx, .pdf, .txt or .md</source>
        <translation>导入 .docx、.pdf、.txt 或 .md 文件</translation>
    </message>
    <message>
        <source>Load the &amp;demo negotiation</source>
        <translation>加载演示谈判(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>导出数据包(&amp;E)……</translation>
    </message>
    <message>
        <source>Import &amp;bundle…</source>
        <translation>导入数据包(&amp;B)……</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name…</source>
        <translation>本机名称(&amp;N)……</translation>
    </message>
    <message>
        <source>&amp;Sync folder…</source>
        <translation>同步文件夹(&amp;S)……</translation>
    </message>
    <message>
        <source>Sync with the team</source>
        <translation>与团队同步</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)……</translation>
    </message>
    <message>
        <source>Print the pack, redline, state of play or report of this view</source>
        <translation>打印此视图的资料包、对照稿、谈判进展或报告</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)……</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Brackets board</source>
        <translation>方括号看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Compare versions</source>
        <translation>比较版本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Positions matrix</source>
        <translation>立场矩阵(&amp;P)</translation>
    </message>
    <message>
        <source>Stakeholder &amp;inputs</source>
        <translation>利益攸关方意见(&amp;I)</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>承诺(&amp;M)</translation>
    </message>
    <message>
        <source>In&amp;terventions</source>
        <translation>发言(&amp;T)</translation>
    </message>
    <message>
        <source>Interpreter &amp;pack</source>
        <translation>口译资料包(&amp;P)</translation>
    </message>
    <message>
        <source>Sync and &amp;conflicts</source>
        <translation>同步与冲突(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search all versions…</source>
        <translation>搜索所有版本(&amp;S)……</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Deleted &amp;drafts…</source>
        <translation>已删除的草案(&amp;D)……</translation>
    </message>
    <message>
        <source>Versions and documents deleted here or by the team</source>
        <translation>在本机或由团队删除的版本和文件</translation>
    </message>
    <message>
        <source>&amp;Find in this document…</source>
        <translation>在本文件中查找(&amp;F)……</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>查找下一个(&amp;X)</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>检查器(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About WSIS Desk</source>
        <translation>关于 WSIS Desk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
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
    <name>columns</name>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Proponents</source>
        <translation>提议方</translation>
    </message>
    <message>
        <source>Bracketed text</source>
        <translation>方括号内文本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>承诺方</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Redline</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>提交方</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>集团</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Landed</source>
        <translation>体现之处</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>缔约方</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>发言内容</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>In effect now</source>
        <translation>当前有效</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>By</source>
        <translation>修改者</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Could not do that</source>
        <translation>无法完成此操作</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside WSIS Desk. Your data is safe; the last action was not completed. Copy the details below when you report it.</source>
        <translation>WSIS Desk 内部出错。您的数据安全无虞；上一操作未完成。报告问题时请复制下面的详细信息。</translation>
    </message>
</context>
<context>
    <name>timing</name>
    <message>
        <source>about {clock} at {chars} characters ({wpm} words) a minute</source>
        <translation>按每分钟 {chars} 字（{wpm} 个词）约需 {clock}</translation>
    </message>
    <message>
        <source>about {clock} at {wpm} words a minute</source>
        <translation>按每分钟 {wpm} 个词约需 {clock}</translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>时段 {slot}</translation>
    </message>
    <message>
        <source>No time limit set.</source>
        <translation>未设时限。</translation>
    </message>
    <message>
        <source>Fits the slot, {spare} to spare.</source>
        <translation>符合时段，尚余 {spare}。</translation>
    </message>
    <message>
        <source>Over the slot at this pace: fits only at {pace} characters a minute, or cut {cut}.</source>
        <translation>按此语速超出时段：只有每分钟 {pace} 字才能讲完，或删减 {cut}。</translation>
    </message>
    <message>
        <source>Over the slot at this pace: fits only at {pace} words a minute, or cut {cut}.</source>
        <translation>按此语速超出时段：只有每分钟 {pace} 个词才能讲完，或删减 {cut}。</translation>
    </message>
    <message>
        <source>Fits the slot but too fast to interpret ({pace} characters a minute): cut {cut}.</source>
        <translation>符合时段，但语速过快，不便口译（每分钟 {pace} 字）：删减 {cut}。</translation>
    </message>
    <message>
        <source>Fits the slot but too fast to interpret ({pace} words a minute): cut {cut}.</source>
        <translation>符合时段，但语速过快，不便口译（每分钟 {pace} 个词）：删减 {cut}。</translation>
    </message>
    <message>
        <source>no slot</source>
        <translation>无时段</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>over: cut {cut}</source>
        <translation>超时：删减 {cut}</translation>
    </message>
    <message>
        <source>⚠ too fast: cut {cut}</source>
        <translation>⚠ 过快：删减 {cut}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ 已完成</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>!! OVERDUE</source>
        <translation>!! 逾期</translation>
    </message>
    <message>
        <source>preambular</source>
        <translation>序言部分</translation>
    </message>
    <message>
        <source>operative</source>
        <translation>执行部分</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>option</source>
        <translation>备选方案</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>备选措辞</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>agreed ad referendum</source>
        <translation>待核准同意</translation>
    </message>
    <message>
        <source>suggested for closure</source>
        <translation>建议结束</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>会上发言</translation>
    </message>
    <message>
        <source>written</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>Word comment</source>
        <translation>Word 批注</translation>
    </message>
    <message>
        <source>bracket</source>
        <translation>方括号</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>观察所得</translation>
    </message>
    <message>
        <source>hearsay</source>
        <translation>传闻</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已宣读</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>reflected</source>
        <translation>已体现</translation>
    </message>
    <message>
        <source>partially reflected</source>
        <translation>部分体现</translation>
    </message>
    <message>
        <source>not reflected</source>
        <translation>未体现</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>ad ref</source>
        <translation>待核准</translation>
    </message>
    <message>
        <source>for closure</source>
        <translation>建议结束</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>opposes</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>amends</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>保留意见</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>红线</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>灵活</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
</TS>
