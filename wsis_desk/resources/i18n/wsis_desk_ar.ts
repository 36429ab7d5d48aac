<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddCommitmentDialog</name>
    <message>
        <source>Add commitment</source>
        <translation>إضافة التزام</translation>
    </message>
    <message>
        <source>OP5, PP3</source>
        <translation>OP5, PP3</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;الجهة</translation>
    </message>
    <message>
        <source>Who committed</source>
        <translation>الجهة الملتزمة</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;المضمون</translation>
    </message>
    <message>
        <source>What was committed</source>
        <translation>مضمون الالتزام</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;الموعد</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>ال&amp;فقرات</translation>
    </message>
    <message>
        <source>Linked paragraphs</source>
        <translation>الفقرات المرتبطة</translation>
    </message>
</context>
<context>
    <name>AddInputDialog</name>
    <message>
        <source>Add stakeholder input</source>
        <translation>إضافة مساهمة من أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Civil society, Private sector, USA…</source>
        <translation>المجتمع المدني، القطاع الخاص، الولايات المتحدة…</translation>
    </message>
    <message>
        <source>OP5, PP3</source>
        <translation>OP5, PP3</translation>
    </message>
    <message>
        <source>&amp;Submitter</source>
        <translation>&amp;مقدِّم المساهمة</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>مقدِّم المساهمة</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>Date submitted</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>ال&amp;فقرات</translation>
    </message>
    <message>
        <source>Target paragraphs</source>
        <translation>الفقرات المعنية</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>ال&amp;نص</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>المطلوب</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Deleted drafts</source>
        <translation>المسودات المحذوفة</translation>
    </message>
    <message>
        <source>Deleted versions and documents</source>
        <translation>الصيغ والوثائق المحذوفة</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;سترجاع</translation>
    </message>
    <message>
        <source>Restore the selected item</source>
        <translation>استرجاع العنصر المحدد</translation>
    </message>
    <message>
        <source>Deleted versions and documents stay here, on every laptop the deletion reaches, until someone restores them.</source>
        <translation>تبقى الصيغ والوثائق المحذوفة هنا، على كل حاسوب يصل إليه الحذف، إلى أن يسترجعها أحد.</translation>
    </message>
    <message>
        <source>Version “{v}” of “{d}” (deleted {when})</source>
        <translation>الصيغة «{v}» من «{d}» (حُذفت في {when})</translation>
    </message>
    <message numerus="yes">
        <source>Document “{d}” with %Ln version(s)</source>
        <translation>
            <numerusform>الوثيقة «{d}» وليس فيها أي صيغة</numerusform>
            <numerusform>الوثيقة «{d}» وفيها صيغة واحدة</numerusform>
            <numerusform>الوثيقة «{d}» وفيها صيغتان</numerusform>
            <numerusform>الوثيقة «{d}» وفيها %Ln صيغ</numerusform>
            <numerusform>الوثيقة «{d}» وفيها %Ln صيغة</numerusform>
            <numerusform>الوثيقة «{d}» وفيها %Ln صيغة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BracketDelegate</name>
    <message>
        <source>unpaired bracket</source>
        <translation>قوس غير متطابق</translation>
    </message>
</context>
<context>
    <name>BracketsBoard</name>
    <message>
        <source>Bracket census</source>
        <translation>إحصاء الأقواس المعقوفة</translation>
    </message>
    <message>
        <source>Filter by paragraph, proponent or text…</source>
        <translation>تصفية حسب الفقرة أو مقدِّم الاقتراح أو النص…</translation>
    </message>
    <message>
        <source>Filter open bracket groups</source>
        <translation>تصفية مجموعات الأقواس المفتوحة</translation>
    </message>
    <message>
        <source>Open bracket groups</source>
        <translation>مجموعات الأقواس المفتوحة</translation>
    </message>
    <message>
        <source>Burn-down across versions</source>
        <translation>التقدّم عبر الصيغ</translation>
    </message>
    <message>
        <source>Burn-down chart of open brackets</source>
        <translation>رسم بياني لتناقص الأقواس المفتوحة</translation>
    </message>
    <message>
        <source>open bracket groups</source>
        <translation>مجموعات الأقواس المفتوحة</translation>
    </message>
    <message>
        <source>paragraphs with brackets</source>
        <translation>فقرات بين أقواس</translation>
    </message>
</context>
<context>
    <name>ChangesTableModel</name>
    <message>
        <source>{what} (deleted)</source>
        <translation>{what} (محذوف)</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <source>Overdue: the due date has passed and it is not done.</source>
        <translation>متأخر: انقضى الموعد النهائي ولم يُنفَّذ.</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Commitments summary</source>
        <translation>ملخص الالتزامات</translation>
    </message>
    <message>
        <source>Commitments list</source>
        <translation>قائمة الالتزامات</translation>
    </message>
    <message>
        <source>&amp;Add commitment…</source>
        <translation>&amp;إضافة التزام…</translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation>إضافة التزام</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>وضع علامة &amp;منفَّذ</translation>
    </message>
    <message>
        <source>Mark the selected commitment done</source>
        <translation>وضع علامة منفَّذ على الالتزام المحدد</translation>
    </message>
    <message>
        <source>Mark d&amp;ropped</source>
        <translation>وضع علامة م&amp;سقَط</translation>
    </message>
    <message>
        <source>Mark the selected commitment dropped</source>
        <translation>وضع علامة مسقَط على الالتزام المحدد</translation>
    </message>
    <message>
        <source>No commitments</source>
        <translation>لا توجد التزامات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln التزام</numerusform>
            <numerusform>التزام واحد</numerusform>
            <numerusform>التزامان</numerusform>
            <numerusform>%Ln التزامات</numerusform>
            <numerusform>%Ln التزامًا</numerusform>
            <numerusform>%Ln التزام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!! %Ln overdue (listed first, in bold)</source>
        <translation>
            <numerusform>!! %Ln متأخرة (في أعلى القائمة، بخط عريض)</numerusform>
            <numerusform>!! التزام واحد متأخر (في أعلى القائمة، بخط عريض)</numerusform>
            <numerusform>!! التزامان متأخران (في أعلى القائمة، بخط عريض)</numerusform>
            <numerusform>!! %Ln متأخرة (في أعلى القائمة، بخط عريض)</numerusform>
            <numerusform>!! %Ln متأخرة (في أعلى القائمة، بخط عريض)</numerusform>
            <numerusform>!! %Ln متأخرة (في أعلى القائمة، بخط عريض)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments (step 11 of the guidelines) record who undertook to do what, by when, and which paragraphs it serves.

Choose a version in the library, then press Add commitment… to record one for its document.</source>
        <translation>تسجّل الالتزامات (الخطوة 11 من المبادئ التوجيهية) من تعهّد بماذا، وفي أي موعد، والفقرات التي يتصل بها.

اختر صيغة من المكتبة، ثم اضغط «إضافة التزام…» لتسجيل التزام بشأن وثيقتها.</translation>
    </message>
    <message>
        <source>No commitment recorded for this document yet.

Press Add commitment… to record who undertook to do what, by when, and the paragraphs it serves.</source>
        <translation>لم يُسجَّل أي التزام لهذه الوثيقة بعد.

اضغط «إضافة التزام…» لتسجيل من تعهّد بماذا، وفي أي موعد، والفقرات التي يتصل بها.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Before ({version})</source>
        <translation>قبل ({version})</translation>
    </message>
    <message>
        <source>After ({version})</source>
        <translation>بعد ({version})</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} ← {new}</translation>
    </message>
    <message>
        <source>Similarity {pct:.0f}%</source>
        <translation>التشابه ‎{pct:.0f}%</translation>
    </message>
    <message>
        <source>{changed} changed · {added} added · {removed} removed · {moved} moved · {renumbered} renumbered · {merged} merged · {split} split · {unchanged} unchanged</source>
        <translation>معدَّلة {changed} · مضافة {added} · محذوفة {removed} · منقولة {moved} · معاد ترقيمها {renumbered} · مدمجة {merged} · مقسَّمة {split} · دون تغيير {unchanged}</translation>
    </message>
    <message>
        <source>Brackets {before} → {after}: {resolved} resolved, {dropped} dropped, {added} added</source>
        <translation>الأقواس {before} ← {after}: رُفع {resolved}، حُذف {dropped}، أضيف {added}</translation>
    </message>
    <message>
        <source>Footnote brackets {before} → {after}: {resolved} resolved, {dropped} dropped, {added} added</source>
        <translation>الأقواس في الحواشي {before} ← {after}: رُفع {resolved}، حُذف {dropped}، أضيف {added}</translation>
    </message>
    <message>
        <source>{n} now agreed ad ref</source>
        <translation>{n} متفق عليها الآن بشرط الاستشارة</translation>
    </message>
    <message>
        <source>Footnotes changed: {n}</source>
        <translation>الحواشي المعدَّلة: {n}</translation>
    </message>
    <message>
        <source>Footnotes no paragraph cites changed: {diff}</source>
        <translation>حواشٍ لا تشير إليها أي فقرة عُدِّلت: {diff}</translation>
    </message>
    <message>
        <source>No substantive change: the words are the same.</source>
        <translation>لا تغيير جوهري: الكلمات نفسها.</translation>
    </message>
    <message>
        <source>{new}
was {old}</source>
        <translation>{new}
كانت {old}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>معدَّلة</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>منقولة</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>معاد ترقيمها</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مضافة</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>مدمجة</translation>
    </message>
    <message>
        <source>split</source>
        <translation>مقسَّمة</translation>
    </message>
    <message>
        <source>footnote changed</source>
        <translation>حاشية معدَّلة</translation>
    </message>
    <message>
        <source>Footnote bracket groups {details}</source>
        <translation>مجموعات الأقواس في الحواشي {details}</translation>
    </message>
    <message>
        <source>Footnote changed: {diff}</source>
        <translation>حاشية معدَّلة: {diff}</translation>
    </message>
    <message>
        <source>resolved: {n}</source>
        <translation>رُفعت: {n}</translation>
    </message>
    <message>
        <source>dropped with their text: {n}</source>
        <translation>حُذفت مع نصها: {n}</translation>
    </message>
    <message>
        <source>added: {n}</source>
        <translation>أضيفت: {n}</translation>
    </message>
    <message>
        <source>Bracket groups {details}</source>
        <translation>مجموعات الأقواس {details}</translation>
    </message>
    <message>
        <source>now agreed ad ref</source>
        <translation>متفق عليها الآن بشرط الاستشارة</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare versions</source>
        <translation>مقارنة الصيغ</translation>
    </message>
    <message>
        <source>Choose a document with at least two versions to compare.</source>
        <translation>اختر وثيقة لها صيغتان على الأقل للمقارنة.</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>التغيير التالي</translation>
    </message>
    <message>
        <source>Go to the next changed paragraph</source>
        <translation>الانتقال إلى الفقرة المعدَّلة التالية</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>التغيير السابق</translation>
    </message>
    <message>
        <source>Go to the previous changed paragraph</source>
        <translation>الانتقال إلى الفقرة المعدَّلة السابقة</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <source>One column: deleted struck, inserted underlined</source>
        <translation>عمود واحد: المحذوف مشطوب والمُدرَج مسطَّر</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Two columns: before and after</source>
        <translation>عمودان: قبل وبعد</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>تصدير DOCX…</translation>
    </message>
    <message>
        <source>Save a Word redline with tracked changes</source>
        <translation>حفظ نسخة Word بتتبع التغييرات</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>Save a photocopy-ready PDF redline</source>
        <translation>حفظ مقارنة PDF جاهزة للنسخ</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>الصيغة الأقدم</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>الصيغة الأحدث</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>م&amp;قارنة</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;مع</translation>
    </message>
    <message>
        <source>Only c&amp;hanged</source>
        <translation>المعدَّلة &amp;فقط</translation>
    </message>
    <message>
        <source>Show only changed paragraphs</source>
        <translation>عرض الفقرات المعدَّلة فقط</translation>
    </message>
    <message>
        <source>Only &amp;bracket changes</source>
        <translation>تغييرات الأ&amp;قواس فقط</translation>
    </message>
    <message>
        <source>Show only paragraphs whose brackets changed</source>
        <translation>عرض الفقرات التي تغيرت أقواسها فقط</translation>
    </message>
    <message>
        <source>Inline redline</source>
        <translation>مقارنة مدمجة</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>تصدير DOCX</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>Summary of the comparison</source>
        <translation>ملخص المقارنة</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>حالة التصدير</translation>
    </message>
    <message>
        <source>Paragraphs compared</source>
        <translation>الفقرات المقارَنة</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>لا شيء للمقارنة</translation>
    </message>
    <message>
        <source>This document has only one version: nothing to compare.</source>
        <translation>لهذه الوثيقة صيغة واحدة فقط: لا شيء للمقارنة.</translation>
    </message>
    <message>
        <source>Comparing {old} with {new}…</source>
        <translation>جارٍ مقارنة {old} بـ {new}…</translation>
    </message>
    <message>
        <source>No more changes below.</source>
        <translation>لا مزيد من التغييرات في الأسفل.</translation>
    </message>
    <message>
        <source>No more changes above.</source>
        <translation>لا مزيد من التغييرات في الأعلى.</translation>
    </message>
    <message>
        <source>Export redline as DOCX</source>
        <translation>تصدير المقارنة بصيغة DOCX</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Export redline as PDF</source>
        <translation>تصدير المقارنة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
    <message>
        <source>Writing the redline…</source>
        <translation>جارٍ إعداد المقارنة…</translation>
    </message>
    <message>
        <source>No paragraph matches these filters.</source>
        <translation>لا توجد فقرة تطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>Redline {old} → {new}</source>
        <translation>مقارنة {old} ← {new}</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>yours</source>
        <translation>أنت</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln حرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%Ln أحرف</numerusform>
            <numerusform>%Ln حرفًا</numerusform>
            <numerusform>%Ln حرف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Version shown</source>
        <translation>الصيغة المعروضة</translation>
    </message>
    <message>
        <source>Only &amp;bracketed</source>
        <translation>ما بين الأ&amp;قواس فقط</translation>
    </message>
    <message>
        <source>Show only paragraphs with brackets</source>
        <translation>عرض الفقرات التي فيها أقواس فقط</translation>
    </message>
    <message>
        <source>Only with &amp;status marker</source>
        <translation>ما عليه &amp;علامة حالة فقط</translation>
    </message>
    <message>
        <source>Show only paragraphs with a status marker</source>
        <translation>عرض الفقرات التي عليها علامة حالة فقط</translation>
    </message>
    <message>
        <source>Filter by proponent</source>
        <translation>تصفية حسب مقدِّم الاقتراح</translation>
    </message>
    <message>
        <source>Search the text…</source>
        <translation>البحث في النص…</translation>
    </message>
    <message>
        <source>Search the text of this version</source>
        <translation>البحث في نص هذه الصيغة</translation>
    </message>
    <message>
        <source>Filters in use</source>
        <translation>عوامل التصفية المطبقة</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>إزالة عوامل الت&amp;صفية</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>إزالة عوامل التصفية</translation>
    </message>
    <message>
        <source>Proponent:</source>
        <translation>مقدِّم الاقتراح:</translation>
    </message>
    <message>
        <source>Paragraphs of the version</source>
        <translation>فقرات الصيغة</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>لا شيء للعرض</translation>
    </message>
    <message>
        <source>Import a draft…</source>
        <translation>استيراد مسودة…</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>استيراد مسودة</translation>
    </message>
    <message>
        <source>Load the demo negotiation</source>
        <translation>تحميل المفاوضات التجريبية</translation>
    </message>
    <message>
        <source>Choose a version in the library, or import a draft.</source>
        <translation>اختر صيغة من المكتبة، أو استورد مسودة.</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>أي جهة</translation>
    </message>
    <message>
        <source>No version open</source>
        <translation>لا توجد صيغة مفتوحة</translation>
    </message>
    <message>
        <source>Filtered: {shown} of {total} shown.</source>
        <translation>تصفية: يُعرض {shown} من {total}.</translation>
    </message>
    <message>
        <source>No paragraph matches these filters.</source>
        <translation>لا توجد فقرة تطابق عوامل التصفية هذه.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>البحث في هذه الوثيقة</translation>
    </message>
    <message>
        <source>Find in this document…</source>
        <translation>البحث في هذه الوثيقة…</translation>
    </message>
    <message>
        <source>Words to find in this document</source>
        <translation>الكلمات المراد البحث عنها في هذه الوثيقة</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+Enter، Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation>النتيجة التالية (Enter، F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>إغلاق شريط البحث (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} من {total}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>WSIS Desk guide</source>
        <translation>دليل WSIS Desk</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>The guide is missing from this installation ({path}). Reinstall WSIS Desk.</source>
        <translation>الدليل غير موجود في هذا التثبيت ({path}). أعد تثبيت WSIS Desk.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>removed (was {label})</source>
        <translation>محذوفة (كانت {label})</translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation>ليست في هذه الصيغة</translation>
    </message>
    <message>
        <source>{label} (was {old})</source>
        <translation>{label} (كانت {old})</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>الصيغة الأولى</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مضافة</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>معدَّلة</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>معاد ترقيمها</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Paragraph history</source>
        <translation>تاريخ الفقرة</translation>
    </message>
    <message>
        <source>Paragraph history heading</source>
        <translation>عنوان تاريخ الفقرة</translation>
    </message>
    <message>
        <source>The paragraph in each version</source>
        <translation>الفقرة في كل صيغة</translation>
    </message>
    <message>
        <source>This paragraph has no history yet.</source>
        <translation>لا تاريخ لهذه الفقرة بعد.</translation>
    </message>
    <message>
        <source>{label}: in {n} of {total} versions; underlined = inserted, struck = deleted</source>
        <translation>{label}: في {n} من {total} صيغ؛ المسطَّر = مُدرَج، المشطوب = محذوف</translation>
    </message>
    <message>
        <source>Select a paragraph to see its history across versions.</source>
        <translation>اختر فقرة لعرض تاريخها عبر الصيغ.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Drafts (*.docx *.pdf *.txt *.md);;All files (*)</source>
        <translation>مسودات (*.docx *.pdf *.txt *.md);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>استيراد مسودة</translation>
    </message>
    <message>
        <source>Draft file</source>
        <translation>ملف المسودة</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>A new document, or pick one from the list</source>
        <translation>وثيقة جديدة، أو اختر وثيقة من القائمة</translation>
    </message>
    <message>
        <source>Where the draft goes</source>
        <translation>أين تذهب المسودة</translation>
    </message>
    <message>
        <source>e.g. Zero draft, Rev.1 (optional)</source>
        <translation>مثلًا: المسودة الصفرية، Rev.1 (اختياري)</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>اسم الصيغة</translation>
    </message>
    <message>
        <source>Circulated at</source>
        <translation>تاريخ التعميم</translation>
    </message>
    <message>
        <source>Circulation date and time</source>
        <translation>تاريخ التعميم ووقته</translation>
    </message>
    <message>
        <source>Where the date comes from</source>
        <translation>مصدر التاريخ</translation>
    </message>
    <message>
        <source>e.g. A/80/L.1 (optional)</source>
        <translation>مثلًا: A/80/L.1 (اختياري)</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>رمز الوثيقة</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Choose a draft</source>
        <translation>اختيار مسودة</translation>
    </message>
    <message>
        <source>The date printed on the draft; set the time if known.</source>
        <translation>التاريخ المطبوع على المسودة؛ حدّد الوقت إن كان معروفًا.</translation>
    </message>
    <message>
        <source>Name the document this draft is a version of.</source>
        <translation>سمِّ الوثيقة التي تُعد هذه المسودة صيغة منها.</translation>
    </message>
    <message>
        <source>A new document “{name}” will be created.</source>
        <translation>ستُنشأ وثيقة جديدة «{name}».</translation>
    </message>
    <message>
        <source>The draft becomes the next version of “{name}”.</source>
        <translation>تصبح المسودة الصيغة التالية من «{name}».</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>اختيار الملف المراد استيراده</translation>
    </message>
</context>
<context>
    <name>ImportRemarks</name>
    <message>
        <source>Imported, with remarks</source>
        <translation>استُوردت، مع ملاحظات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lettered sub-paragraph(s) with no numbered paragraph above them</source>
        <translation>
            <numerusform>لا فقرات فرعية مرقمة بحرف بلا فقرة مرقمة فوقها</numerusform>
            <numerusform>فقرة فرعية واحدة مرقمة بحرف بلا فقرة مرقمة فوقها</numerusform>
            <numerusform>فقرتان فرعيتان مرقمتان بحرف بلا فقرة مرقمة فوقهما</numerusform>
            <numerusform>%Ln فقرات فرعية مرقمة بحرف بلا فقرة مرقمة فوقها</numerusform>
            <numerusform>%Ln فقرة فرعية مرقمة بحرف بلا فقرة مرقمة فوقها</numerusform>
            <numerusform>%Ln فقرة فرعية مرقمة بحرف بلا فقرة مرقمة فوقها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph number(s) out of order or printed twice</source>
        <translation>
            <numerusform>لا أرقام فقرات خارج الترتيب أو مطبوعة مرتين</numerusform>
            <numerusform>رقم فقرة واحد خارج الترتيب أو مطبوع مرتين</numerusform>
            <numerusform>رقما فقرتين خارج الترتيب أو مطبوعان مرتين</numerusform>
            <numerusform>%Ln أرقام فقرات خارج الترتيب أو مطبوعة مرتين</numerusform>
            <numerusform>%Ln رقم فقرة خارج الترتيب أو مطبوع مرتين</numerusform>
            <numerusform>%Ln رقم فقرة خارج الترتيب أو مطبوع مرتين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other remark(s)</source>
        <translation>
            <numerusform>لا ملاحظات أخرى</numerusform>
            <numerusform>ملاحظة أخرى واحدة</numerusform>
            <numerusform>ملاحظتان أخريان</numerusform>
            <numerusform>%Ln ملاحظات أخرى</numerusform>
            <numerusform>%Ln ملاحظة أخرى</numerusform>
            <numerusform>%Ln ملاحظة أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln remark(s) to check:</source>
        <translation>
            <numerusform>لا ملاحظات للتحقق منها:</numerusform>
            <numerusform>ملاحظة واحدة للتحقق منها:</numerusform>
            <numerusform>ملاحظتان للتحقق منهما:</numerusform>
            <numerusform>%Ln ملاحظات للتحقق منها:</numerusform>
            <numerusform>%Ln ملاحظة للتحقق منها:</numerusform>
            <numerusform>%Ln ملاحظة للتحقق منها:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a paragraph to see its remarks in the inspector; Show Details lists them all.</source>
        <translation>اختر فقرة لترى ملاحظاتها في المفتش؛ ويعرضها كلها زر «أظهر التّفاصيل».</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… ولا شيء غيرها</numerusform>
            <numerusform>… وملاحظة أخرى</numerusform>
            <numerusform>… وملاحظتان أخريان</numerusform>
            <numerusform>… و%Ln ملاحظات أخرى</numerusform>
            <numerusform>… و%Ln ملاحظة أخرى</numerusform>
            <numerusform>… و%Ln ملاحظة أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputsView</name>
    <message>
        <source>Inputs ledger</source>
        <translation>سجل المساهمات</translation>
    </message>
    <message>
        <source>Stakeholder inputs</source>
        <translation>مساهمات أصحاب المصلحة</translation>
    </message>
    <message>
        <source>&amp;Add input…</source>
        <translation>&amp;إضافة مساهمة…</translation>
    </message>
    <message>
        <source>Add a stakeholder input</source>
        <translation>إضافة مساهمة من أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Report &amp;PDF…</source>
        <translation>تقرير &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the transparency report as PDF</source>
        <translation>تصدير تقرير الشفافية بصيغة PDF</translation>
    </message>
    <message>
        <source>Report &amp;DOCX…</source>
        <translation>تقرير &amp;DOCX…</translation>
    </message>
    <message>
        <source>Export the transparency report as DOCX</source>
        <translation>تصدير تقرير الشفافية بصيغة DOCX</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Why: where it landed, or why not</source>
        <translation>لماذا: أين أُدرجت، أو لماذا لم تُدرج</translation>
    </message>
    <message>
        <source>&amp;Set outcome</source>
        <translation>&amp;تحديد النتيجة</translation>
    </message>
    <message>
        <source>Set the outcome of the selected input</source>
        <translation>تحديد نتيجة المساهمة المحددة</translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation>سجل النتائج</translation>
    </message>
    <message>
        <source>Selected input</source>
        <translation>المساهمة المحددة</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>ال&amp;نتيجة</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>History</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Export transparency report</source>
        <translation>تصدير تقرير الشفافية</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Select an input to set its outcome.</source>
        <translation>اختر مساهمة لتحديد نتيجتها.</translation>
    </message>
    <message>
        <source>Transparency report: {document}</source>
        <translation>تقرير الشفافية: {document}</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a paragraph to see it in full.</source>
        <translation>اختر فقرة لعرضها كاملة.</translation>
    </message>
    <message>
        <source>Selected paragraph</source>
        <translation>الفقرة المحددة</translation>
    </message>
    <message>
        <source>Paragraph text, footnotes and comments</source>
        <translation>نص الفقرة والحواشي والتعليقات</translation>
    </message>
    <message>
        <source>Bracket groups of the paragraph</source>
        <translation>مجموعات الأقواس في الفقرة</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>لم تُسمَّ جهة</translation>
    </message>
    <message>
        <source>Bracket groups: {n}, deepest {d}; proponents: {who}</source>
        <translation>مجموعات الأقواس: {n}، أعمقها {d}؛ مقدِّمو الاقتراحات: {who}</translation>
    </message>
    <message>
        <source>Comment positions: {who}</source>
        <translation>المواقف الواردة في التعليقات: {who}</translation>
    </message>
    <message>
        <source>A bracket group runs across this and another paragraph.</source>
        <translation>مجموعة بين أقواس معقوفة تمتد عبر هذه الفقرة وفقرة أخرى.</translation>
    </message>
    <message>
        <source>The brackets of this paragraph do not pair up.</source>
        <translation>أقواس هذه الفقرة غير متطابقة.</translation>
    </message>
    <message>
        <source>Before tracked changes</source>
        <translation>قبل تتبع التغييرات</translation>
    </message>
</context>
<context>
    <name>InspectorTabs</name>
    <message>
        <source>Inspector</source>
        <translation>المفتش</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <source>History</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Stance history</source>
        <translation>سجل المواقف</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>سجل الموقف</translation>
    </message>
</context>
<context>
    <name>InterventionEditor</name>
    <message>
        <source>party code or name, e.g. Civil Society Caucus</source>
        <translation>رمز الطرف أو اسمه، مثلًا: تجمّع المجتمع المدني</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> كلمة/دقيقة</translation>
    </message>
    <message>
        <source>Interpretable pace: about 100–120 words a minute</source>
        <translation>سرعة تتيح الترجمة الشفوية: نحو 100–120 كلمة في الدقيقة</translation>
    </message>
    <message>
        <source>— no document —</source>
        <translation>— بلا وثيقة —</translation>
    </message>
    <message>
        <source>labels, e.g. OP3, OP5bis or OP3-OP5</source>
        <translation>أرقام الفقرات، مثلًا OP3 أو OP5bis أو OP3-OP5</translation>
    </message>
    <message>
        <source>The statement as it will be delivered…</source>
        <translation>البيان كما سيُلقى…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>الوقت المحدد بالثواني</translation>
    </message>
    <message>
        <source>Pace in words a minute</source>
        <translation>السرعة بالكلمات في الدقيقة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Document referred to</source>
        <translation>الوثيقة المشار إليها</translation>
    </message>
    <message>
        <source>Paragraph labels referred to</source>
        <translation>أرقام الفقرات المشار إليها</translation>
    </message>
    <message>
        <source>Statement text</source>
        <translation>نص البيان</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>عدد الكلمات</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>مدة الكلمة</translation>
    </message>
    <message>
        <source>Timing verdict</source>
        <translation>تقييم المدة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>ال&amp;متكلم:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>ال&amp;جلسة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>الو&amp;قت المخصص:</translation>
    </message>
    <message>
        <source>P&amp;ace:</source>
        <translation>ال&amp;سرعة:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Refers to:</source>
        <translation>&amp;يشير إلى:</translation>
    </message>
</context>
<context>
    <name>InterventionsView</name>
    <message>
        <source>Interventions</source>
        <translation>الكلمات والبيانات</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <source>Mark deli&amp;vered</source>
        <translation>وضع علامة &amp;أُلقي</translation>
    </message>
    <message>
        <source>Spea&amp;ker mode</source>
        <translation>وضع ال&amp;متكلم</translation>
    </message>
    <message>
        <source>Add to &amp;pack</source>
        <translation>إضافة إلى ال&amp;ملف</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>آخر إجراء</translation>
    </message>
    <message>
        <source>Save the intervention</source>
        <translation>حفظ المداخلة</translation>
    </message>
    <message>
        <source>Saved “{t}”.</source>
        <translation>حُفظ «{t}».</translation>
    </message>
    <message>
        <source>Edit intervention “{t}”</source>
        <translation>تعديل المداخلة «{t}»</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Marked “{t}” delivered.</source>
        <translation>وُضعت على «{t}» علامة أُلقي.</translation>
    </message>
    <message>
        <source>Delete intervention “{t}”</source>
        <translation>حذف المداخلة «{t}»</translation>
    </message>
    <message>
        <source>Deleted “{t}”. Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>حُذفت «{t}». تحرير › تراجع (Ctrl+Z) يعيدها.</translation>
    </message>
    <message>
        <source>Restored “{t}”.</source>
        <translation>استُرجعت «{t}».</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>WSIS Desk will use {language} the next time it starts.</source>
        <translation>سيستخدم WSIS Desk ‏{language} عند تشغيله في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>LibraryEdits</name>
    <message>
        <source>Delete version “{v}”</source>
        <translation>حذف الصيغة «{v}»</translation>
    </message>
    <message>
        <source>Rename version “{v}”</source>
        <translation>إعادة تسمية الصيغة «{v}»</translation>
    </message>
    <message>
        <source>Move version “{v}” to “{d}”</source>
        <translation>نقل الصيغة «{v}» إلى «{d}»</translation>
    </message>
    <message>
        <source>Delete document “{d}”</source>
        <translation>حذف الوثيقة «{d}»</translation>
    </message>
    <message>
        <source>Rename document “{d}”</source>
        <translation>إعادة تسمية الوثيقة «{d}»</translation>
    </message>
    <message>
        <source>Restore “{n}”</source>
        <translation>استرجاع «{n}»</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة ال&amp;تسمية…</translation>
    </message>
    <message>
        <source>Updating the library…</source>
        <translation>جارٍ تحديث المكتبة…</translation>
    </message>
    <message>
        <source>Reading the draft…</source>
        <translation>جارٍ قراءة المسودة…</translation>
    </message>
    <message>
        <source>A scanned draft</source>
        <translation>مسودة ممسوحة ضوئيًا</translation>
    </message>
    <message>
        <source>“{name}” is a scan: its pages are pictures, with no text to read.</source>
        <translation>«{name}» نسخة ممسوحة ضوئيًا: صفحاتها صور، ولا نص فيها يمكن قراءته.</translation>
    </message>
    <message>
        <source>It can be read by OCR, in the six UN languages. The text will be approximate: check every number, bracket and label against the original.</source>
        <translation>يمكن قراءتها بالتعرف الضوئي على الحروف (OCR) باللغات الرسمية الست للأمم المتحدة. سيكون النص تقريبيًا: تحقق من كل رقم وقوس معقوف ورقم فقرة بمقارنته بالأصل.</translation>
    </message>
    <message>
        <source>Read it by OCR</source>
        <translation>قراءتها بالتعرف الضوئي</translation>
    </message>
    <message>
        <source>Is this the right document?</source>
        <translation>هل هذه هي الوثيقة الصحيحة؟</translation>
    </message>
    <message>
        <source>{file} shares little wording with “{latest}” of “{doc}” ({share:.0%} of their phrases): it may be another document.</source>
        <translation>يشترك {file} في القليل من الصياغة مع «{latest}» من «{doc}» ({share:.0%} من العبارات): قد تكون وثيقة أخرى.</translation>
    </message>
    <message>
        <source>Import it as a new version of “{doc}” anyway?</source>
        <translation>هل تريد استيرادها مع ذلك بوصفها صيغة جديدة من «{doc}»؟</translation>
    </message>
    <message>
        <source>Add to “{doc}”</source>
        <translation>إضافة إلى «{doc}»</translation>
    </message>
    <message>
        <source>Import as a new document</source>
        <translation>استيراد بوصفها وثيقة جديدة</translation>
    </message>
    <message>
        <source>This content is already &apos;{label}&apos; of &apos;{doc}&apos;.</source>
        <translation>هذا المحتوى موجود بالفعل بوصفه «{label}» من «{doc}».</translation>
    </message>
    <message numerus="yes">
        <source>Imported &apos;{label}&apos; of &apos;{doc}&apos;: %Ln paragraph(s).</source>
        <translation>
            <numerusform>استُوردت «{label}» من «{doc}»: %Ln فقرة.</numerusform>
            <numerusform>استُوردت «{label}» من «{doc}»: فقرة واحدة.</numerusform>
            <numerusform>استُوردت «{label}» من «{doc}»: فقرتان.</numerusform>
            <numerusform>استُوردت «{label}» من «{doc}»: %Ln فقرات.</numerusform>
            <numerusform>استُوردت «{label}» من «{doc}»: %Ln فقرة.</numerusform>
            <numerusform>استُوردت «{label}» من «{doc}»: %Ln فقرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the pages by OCR…</source>
        <translation>جارٍ قراءة الصفحات بالتعرف الضوئي…</translation>
    </message>
    <message>
        <source>Importing the draft…</source>
        <translation>جارٍ استيراد المسودة…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>أُلغي الاستيراد: لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>&amp;Move to another document…</source>
        <translation>&amp;نقل إلى وثيقة أخرى…</translation>
    </message>
    <message>
        <source>Deleted &amp;drafts…</source>
        <translation>المسودات ال&amp;محذوفة…</translation>
    </message>
    <message>
        <source>Delete “{v}” of “{d}”? It goes to Deleted drafts, and Ctrl+Z brings it back.</source>
        <translation>هل تريد حذف «{v}» من «{d}»؟ تنتقل إلى المسودات المحذوفة، ويعيدها Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete the document “{d}” with all its versions? It goes to Deleted drafts, and Ctrl+Z brings it back.</source>
        <translation>هل تريد حذف الوثيقة «{d}» بكل صيغها؟ تنتقل إلى المسودات المحذوفة، ويعيدها Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation>إعادة تسمية الصيغة</translation>
    </message>
    <message>
        <source>New label for “{v}”:</source>
        <translation>تسمية جديدة لـ «{v}»:</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>إعادة تسمية الوثيقة</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>العنوان الجديد:</translation>
    </message>
    <message>
        <source>Move to another document</source>
        <translation>نقل إلى وثيقة أخرى</translation>
    </message>
    <message>
        <source>Move “{v}” to the document (pick one, or type a new name):</source>
        <translation>نقل «{v}» إلى الوثيقة (اختر واحدة أو اكتب اسمًا جديدًا):</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%Ln open [ ]</source>
        <translation>
            <numerusform>%Ln مفتوحة [ ]</numerusform>
            <numerusform>واحدة مفتوحة [ ]</numerusform>
            <numerusform>اثنتان مفتوحتان [ ]</numerusform>
            <numerusform>%Ln مفتوحة [ ]</numerusform>
            <numerusform>%Ln مفتوحة [ ]</numerusform>
            <numerusform>%Ln مفتوحة [ ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>المفاوضات</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>وثائق أخرى</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %Ln paragraph(s), from {source}</source>
        <translation>
            <numerusform>{label}: %Ln فقرة، من {source}</numerusform>
            <numerusform>{label}: فقرة واحدة، من {source}</numerusform>
            <numerusform>{label}: فقرتان، من {source}</numerusform>
            <numerusform>{label}: %Ln فقرات، من {source}</numerusform>
            <numerusform>{label}: %Ln فقرة، من {source}</numerusform>
            <numerusform>{label}: %Ln فقرة، من {source}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library of negotiations, documents and versions</source>
        <translation>مكتبة المفاوضات والوثائق والصيغ</translation>
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
        <translation>المفتش</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>البيانات: {path}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>ت&amp;راجع: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>إ&amp;عادة: {action}</translation>
    </message>
    <message>
        <source>About WSIS Desk</source>
        <translation>حول WSIS Desk</translation>
    </message>
    <message>
        <source>WSIS Desk {v}
An offline desk for negotiated texts.</source>
        <translation>WSIS Desk {v}
مكتب يعمل دون اتصال للنصوص قيد التفاوض.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>no position recorded</source>
        <translation>لم يُسجَّل موقف</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Position matrix</source>
        <translation>مصفوفة المواقف</translation>
    </message>
    <message>
        <source>Show a group&apos;s members</source>
        <translation>عرض أعضاء مجموعة</translation>
    </message>
    <message>
        <source>All parties with positions</source>
        <translation>جميع الأطراف التي لها مواقف</translation>
    </message>
    <message>
        <source>All member states</source>
        <translation>جميع الدول الأعضاء</translation>
    </message>
    <message>
        <source>Only &amp;red lines</source>
        <translation>ال&amp;خطوط الحمراء فقط</translation>
    </message>
    <message>
        <source>Only red lines</source>
        <translation>الخطوط الحمراء فقط</translation>
    </message>
    <message>
        <source>Only &amp;contested paragraphs</source>
        <translation>الفقرات الم&amp;تنازع عليها فقط</translation>
    </message>
    <message>
        <source>Only contested paragraphs</source>
        <translation>الفقرات المتنازع عليها فقط</translation>
    </message>
    <message>
        <source>our party, e.g. EU</source>
        <translation>طرفنا، مثلًا: الاتحاد الأوروبي</translation>
    </message>
    <message>
        <source>Our party for the state of play</source>
        <translation>طرفنا في عرض حالة المفاوضات</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>تصدير CS&amp;V…</translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation>تصدير المصفوفة بصيغة CSV</translation>
    </message>
    <message>
        <source>State of &amp;play PDF…</source>
        <translation>حالة ال&amp;مفاوضات PDF…</translation>
    </message>
    <message>
        <source>Export the one-page state of play as PDF</source>
        <translation>تصدير حالة المفاوضات في صفحة واحدة بصيغة PDF</translation>
    </message>
    <message>
        <source>&amp;Record a position…</source>
        <translation>&amp;تسجيل موقف…</translation>
    </message>
    <message>
        <source>Record a position of the chosen party on the chosen paragraph</source>
        <translation>تسجيل موقف الطرف المختار من الفقرة المختارة</translation>
    </message>
    <message>
        <source>Matrix summary</source>
        <translation>ملخص المصفوفة</translation>
    </message>
    <message>
        <source>Key: {stances}</source>
        <translation>المفتاح: {stances}</translation>
    </message>
    <message>
        <source>Key to the stance marks</source>
        <translation>مفتاح علامات المواقف</translation>
    </message>
    <message>
        <source>Parties by paragraphs</source>
        <translation>الأطراف حسب الفقرات</translation>
    </message>
    <message>
        <source>Record a position…</source>
        <translation>تسجيل موقف…</translation>
    </message>
    <message>
        <source>&amp;Our party:</source>
        <translation>&amp;طرفنا:</translation>
    </message>
    <message>
        <source>{doc} {ver}: {rows} parties × {cols} paragraphs, {n} stances</source>
        <translation>{doc} {ver}: {rows} طرفًا × {cols} فقرة، {n} موقفًا</translation>
    </message>
    <message>
        <source>Building the matrix…</source>
        <translation>جارٍ بناء المصفوفة…</translation>
    </message>
    <message>
        <source>Export matrix as CSV</source>
        <translation>تصدير المصفوفة بصيغة CSV</translation>
    </message>
    <message>
        <source>Export state of play</source>
        <translation>تصدير حالة المفاوضات</translation>
    </message>
    <message>
        <source>Writing the state of play…</source>
        <translation>جارٍ إعداد حالة المفاوضات…</translation>
    </message>
    <message>
        <source>State of play: {document}</source>
        <translation>حالة المفاوضات: {document}</translation>
    </message>
    <message>
        <source>Record position of {party}</source>
        <translation>تسجيل موقف {party}</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <source>Statements in the pack</source>
        <translation>البيانات في الملف</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>OP3, OP5bis, OP7-OP9</source>
        <translation>OP3, OP5bis, OP7-OP9</translation>
    </message>
    <message>
        <source>Paragraph labels</source>
        <translation>أرقام الفقرات</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Paragraphs in the pack</source>
        <translation>الفقرات في الملف</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Add the &amp;changes against the previous version</source>
        <translation>إضافة ال&amp;تغييرات مقارنة بالصيغة السابقة</translation>
    </message>
    <message>
        <source>optional: a text file of &apos;term = explanation&apos;</source>
        <translation>اختياري: ملف نصي بصيغة «مصطلح = شرح»</translation>
    </message>
    <message>
        <source>Glossary file</source>
        <translation>ملف المسرد</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>as the first statement</source>
        <translation>بوصفه البيان الأول</translation>
    </message>
    <message>
        <source>&amp;Double-sided (each item starts on a recto)</source>
        <translation>الطباعة على ال&amp;وجهين (يبدأ كل بند في صفحة فردية)</translation>
    </message>
    <message>
        <source>CHECK AGAINST DELIVERY</source>
        <translation>يُرجى المراجعة عند الإلقاء</translation>
    </message>
    <message>
        <source>READ OUT VERBATIM</source>
        <translation>يُقرأ حرفيًا</translation>
    </message>
    <message>
        <source>Interpreter pack</source>
        <translation>ملف المترجمين الشفويين</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>م&amp;عاينة</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Pack summary</source>
        <translation>ملخص الملف</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Statements:</source>
        <translation>البيانات:</translation>
    </message>
    <message>
        <source>Paragraphs (labels of a version):</source>
        <translation>الفقرات (أرقام فقرات صيغة ما):</translation>
    </message>
    <message>
        <source>How it prints</source>
        <translation>طريقة الطباعة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>ال&amp;جلسة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>عدد ال&amp;نسخ:</translation>
    </message>
    <message>
        <source>Ba&amp;nner:</source>
        <translation>ال&amp;شعار:</translation>
    </message>
    <message>
        <source>{pages} · {items} · fingerprint {fp}</source>
        <translation>{pages} · {items} · البصمة {fp}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln بند</numerusform>
            <numerusform>بند واحد</numerusform>
            <numerusform>بندان</numerusform>
            <numerusform>%Ln بنود</numerusform>
            <numerusform>%Ln بندًا</numerusform>
            <numerusform>%Ln بند</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>Export the pack</source>
        <translation>تصدير الملف</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;Word document (*.docx)</source>
        <translation>PDF للطباعة (*.pdf);;مستند Word (*.docx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %Ln page(s), fingerprint {fp}.</source>
        <translation>
            <numerusform>كُتب {path}: %Ln صفحة، البصمة {fp}.</numerusform>
            <numerusform>كُتب {path}: صفحة واحدة، البصمة {fp}.</numerusform>
            <numerusform>كُتب {path}: صفحتان، البصمة {fp}.</numerusform>
            <numerusform>كُتب {path}: %Ln صفحات، البصمة {fp}.</numerusform>
            <numerusform>كُتب {path}: %Ln صفحة، البصمة {fp}.</numerusform>
            <numerusform>كُتب {path}: %Ln صفحة، البصمة {fp}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: fingerprint {fp}.</source>
        <translation>كُتب {path}: البصمة {fp}.</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>جارٍ إعداد الملف…</translation>
    </message>
    <message>
        <source>Cancelled: no pack was written.</source>
        <translation>أُلغي: لم يُكتب أي ملف للمترجمين الشفويين.</translation>
    </message>
    <message>
        <source>Choose a glossary</source>
        <translation>اختيار مسرد</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>ملفات نصية (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Changed since the preview: press Preview (F5) again.</source>
        <translation>تغيّر منذ المعاينة: اضغط «معاينة» (F5) مجددًا.</translation>
    </message>
</context>
<context>
    <name>PackPreviewPane</name>
    <message>
        <source>Pack preview</source>
        <translation>معاينة الملف</translation>
    </message>
    <message>
        <source>Choose what goes in the pack, then press Preview (F5).</source>
        <translation>اختر ما يدخل في الملف، ثم اضغط «معاينة» (F5).</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>الصفحة {n} من {total}</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more page(s) in the exported file.</source>
        <translation>
            <numerusform>… و%Ln صفحة أخرى في الملف المصدَّر.</numerusform>
            <numerusform>… وصفحة واحدة أخرى في الملف المصدَّر.</numerusform>
            <numerusform>… وصفحتان أخريان في الملف المصدَّر.</numerusform>
            <numerusform>… و%Ln صفحات أخرى في الملف المصدَّر.</numerusform>
            <numerusform>… و%Ln صفحة أخرى في الملف المصدَّر.</numerusform>
            <numerusform>… و%Ln صفحة أخرى في الملف المصدَّر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) (page images need pdftoppm from poppler-utils).</source>
        <translation>
            <numerusform>%Ln صفحة (صور الصفحات تتطلب pdftoppm من poppler-utils).</numerusform>
            <numerusform>صفحة واحدة (صور الصفحات تتطلب pdftoppm من poppler-utils).</numerusform>
            <numerusform>صفحتان (صور الصفحات تتطلب pdftoppm من poppler-utils).</numerusform>
            <numerusform>%Ln صفحات (صور الصفحات تتطلب pdftoppm من poppler-utils).</numerusform>
            <numerusform>%Ln صفحة (صور الصفحات تتطلب pdftoppm من poppler-utils).</numerusform>
            <numerusform>%Ln صفحة (صور الصفحات تتطلب pdftoppm من poppler-utils).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphTableModel</name>
    <message>
        <source>↔ spans</source>
        <translation>↔ يمتد</translation>
    </message>
    <message>
        <source>⚠ unbalanced</source>
        <translation>⚠ غير متطابقة</translation>
    </message>
    <message>
        <source>A bracket group runs across this and another paragraph.</source>
        <translation>مجموعة بين أقواس معقوفة تمتد عبر هذه الفقرة وفقرة أخرى.</translation>
    </message>
    <message>
        <source>The square brackets in this paragraph do not pair up.</source>
        <translation>الأقواس المعقوفة في هذه الفقرة غير متطابقة.</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Edit position</source>
        <translation>تعديل الموقف</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>إضافة موقف</translation>
    </message>
    <message>
        <source>USA, G77, Grupo Sur…</source>
        <translation>الولايات المتحدة، مجموعة الـ77، Grupo Sur…</translation>
    </message>
    <message>
        <source>Party or actor</source>
        <translation>الطرف أو الجهة الفاعلة</translation>
    </message>
    <message>
        <source>Add as a new actor when not in the registry</source>
        <translation>الإضافة بوصفه جهة فاعلة جديدة إن لم يكن في السجل</translation>
    </message>
    <message>
        <source>Add as a new actor</source>
        <translation>الإضافة بوصفه جهة فاعلة جديدة</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>الصيغة المقترحة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>ال&amp;طرف</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>ال&amp;موقف</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>الم&amp;صدر</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>ال&amp;صياغة</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>ال&amp;جلسة</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>⚠ text changed since — review</source>
        <translation>⚠ تغيّر النص منذئذ — يلزم الاستعراض</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>Add position</source>
        <translation>إضافة موقف</translation>
    </message>
    <message>
        <source>Edit position</source>
        <translation>تعديل الموقف</translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation>حذف الموقف</translation>
    </message>
    <message>
        <source>Positions on the selected paragraph</source>
        <translation>المواقف من الفقرة المحددة</translation>
    </message>
    <message>
        <source>Positions: select a paragraph.</source>
        <translation>المواقف: اختر فقرة.</translation>
    </message>
    <message>
        <source>Positions heading</source>
        <translation>عنوان المواقف</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <source>&amp;Add position…</source>
        <translation>&amp;إضافة موقف…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation>إضافة موقف</translation>
    </message>
    <message>
        <source>Edit the selected position</source>
        <translation>تعديل الموقف المحدد</translation>
    </message>
    <message>
        <source>Delete the selected position</source>
        <translation>حذف الموقف المحدد</translation>
    </message>
    <message>
        <source>Positions on {label}: {n}</source>
        <translation>المواقف من {label}: {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review (text changed)</source>
        <translation>
            <numerusform>%Ln للاستعراض (تغيّر النص)</numerusform>
            <numerusform>واحد للاستعراض (تغيّر النص)</numerusform>
            <numerusform>اثنان للاستعراض (تغيّر النص)</numerusform>
            <numerusform>%Ln للاستعراض (تغيّر النص)</numerusform>
            <numerusform>%Ln للاستعراض (تغيّر النص)</numerusform>
            <numerusform>%Ln للاستعراض (تغيّر النص)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Word redlines show their tracked changes as made by this person. Leave it empty to use this computer&apos;s user ({name}).</source>
        <translation>تُنسب التغييرات المتعقَّبة في نسخ Word المقارَنة إلى هذا الشخص. اتركه فارغا لاستخدام مستخدم هذا الحاسوب ({name}).</translation>
    </message>
    <message>
        <source>Redline &amp;author:</source>
        <translation>&amp;مؤلف التغييرات:</translation>
    </message>
    <message>
        <source>Redline author</source>
        <translation>مؤلف التغييرات</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be started. Check that it is connected and switched on, then print again (or print to a PDF file).</source>
        <translation>تعذّر تشغيل الطابعة. تحقّق من أنها موصولة ومشغّلة، ثم أعد الطباعة (أو اطبع إلى ملف PDF).</translation>
    </message>
    <message>
        <source>There is nothing to print in this page range.</source>
        <translation>لا يوجد ما يُطبع في نطاق الصفحات هذا.</translation>
    </message>
    <message>
        <source>Nothing to print here. Open the interpreter pack, a comparison, the positions matrix or the stakeholder inputs, then print.</source>
        <translation>لا يوجد ما يُطبع هنا. افتح ملف المترجمين الشفويين أو مقارنة أو مصفوفة المواقف أو مساهمات أصحاب المصلحة، ثم اطبع.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>جارٍ إعداد الصفحات…</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>طباعة {title}</translation>
    </message>
    <message numerus="yes">
        <source>Printed {title}: %Ln page(s) to {where}.</source>
        <translation>
            <numerusform>طُبع {title}: %Ln صفحة على {where}.</numerusform>
            <numerusform>طُبع {title}: صفحة واحدة (%Ln) على {where}.</numerusform>
            <numerusform>طُبع {title}: صفحتان (%Ln) على {where}.</numerusform>
            <numerusform>طُبع {title}: %Ln صفحات على {where}.</numerusform>
            <numerusform>طُبع {title}: %Ln صفحة على {where}.</numerusform>
            <numerusform>طُبع {title}: %Ln صفحة على {where}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>معاينة الطباعة: {title}</translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Search every version: words, or &quot;a phrase&quot;…</source>
        <translation>البحث في كل الصيغ: كلمات، أو «عبارة»…</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>الكلمات المراد البحث عنها</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>نطاق البحث</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>كل الوثائق</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>هذه الوثيقة</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>هذه الصيغة</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>عدد نتائج البحث</translation>
    </message>
    <message>
        <source>Paragraphs found</source>
        <translation>الفقرات التي وُجدت</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) found.</source>
        <translation>
            <numerusform>وُجدت %Ln فقرة.</numerusform>
            <numerusform>وُجدت فقرة واحدة.</numerusform>
            <numerusform>وُجدت فقرتان.</numerusform>
            <numerusform>وُجدت %Ln فقرات.</numerusform>
            <numerusform>وُجدت %Ln فقرة.</numerusform>
            <numerusform>وُجدت %Ln فقرة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>{version} (not in the newest)</source>
        <translation>{version} (ليست في الأحدث)</translation>
    </message>
    <message>
        <source>In: {versions}</source>
        <translation>في: {versions}</translation>
    </message>
    <message>
        <source>In: {versions}. Now {label}, with other words.</source>
        <translation>في: {versions}. الآن {label}، بكلمات أخرى.</translation>
    </message>
    <message>
        <source>In: {versions}. The paragraph is gone from the newest version.</source>
        <translation>في: {versions}. لم تعد الفقرة في الصيغة الأحدث.</translation>
    </message>
    <message>
        <source>{label} of {version}, {document}: {text}</source>
        <translation>{label} من {version}، {document}: {text}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Filter: a command or a key…</source>
        <translation>تصفية: أمر أو مفتاح…</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>تصفية الاختصارات</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
</context>
<context>
    <name>SpeakerMode</name>
    <message>
        <source>Speaker mode — {title}</source>
        <translation>وضع المتكلم — {title}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>Countdown state</source>
        <translation>حالة العد التنازلي</translation>
    </message>
    <message>
        <source>Space start/pause · R reset · Esc leave · Ctrl+± text size</source>
        <translation>المسافة بدء/إيقاف مؤقت · R إعادة الضبط · Esc خروج · Ctrl+± حجم النص</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>elapsed (no slot)</source>
        <translation>المنقضي (بلا وقت مخصص)</translation>
    </message>
    <message>
        <source>{clock} OVER</source>
        <translation>تجاوز {clock}</translation>
    </message>
    <message>
        <source>STOP — over time</source>
        <translation>توقف — انتهى الوقت</translation>
    </message>
    <message>
        <source>WIND UP — left</source>
        <translation>اختتم — المتبقي</translation>
    </message>
    <message>
        <source>left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>paused · Space to start</source>
        <translation>متوقف مؤقتًا · المسافة للبدء</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
</context>
<context>
    <name>StancePanel</name>
    <message>
        <source>Stance history</source>
        <translation>سجل المواقف</translation>
    </message>
    <message>
        <source>Party and paragraph</source>
        <translation>الطرف والفقرة</translation>
    </message>
    <message>
        <source>Stances over time</source>
        <translation>المواقف عبر الزمن</translation>
    </message>
    <message>
        <source>Click a cell of the positions matrix to see that party&apos;s stances here.</source>
        <translation>انقر على خانة في مصفوفة المواقف لترى مواقف ذلك الطرف هنا.</translation>
    </message>
    <message>
        <source>{paragraph} of {document}</source>
        <translation>{paragraph} من {document}</translation>
    </message>
    <message>
        <source>{party} on {where}</source>
        <translation>{party} بشأن {where}</translation>
    </message>
    <message>
        <source>No position recorded for {party} here. Record one in the Positions tab of the paragraph.</source>
        <translation>لا يوجد موقف مسجّل لـ {party} هنا. سجّل موقفًا في علامة تبويب «المواقف» الخاصة بالفقرة.</translation>
    </message>
    <message>
        <source>recorded on {version}</source>
        <translation>سُجّل على {version}</translation>
    </message>
    <message>
        <source>by {laptop}</source>
        <translation>من {laptop}</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>الصيغة المقترحة</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <source>Sync and conflicts</source>
        <translation>المزامنة والتعارضات</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>مزامنة ال&amp;آن</translation>
    </message>
    <message>
        <source>Write this laptop&apos;s changes to the team&apos;s sync folder and read everyone&apos;s</source>
        <translation>كتابة تغييرات هذا الحاسوب في مجلد المزامنة الخاص بالفريق وقراءة تغييرات الجميع</translation>
    </message>
    <message>
        <source>No sync yet in this session.</source>
        <translation>لم تجرِ أي مزامنة في هذه الجلسة بعد.</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>نتيجة آخر مزامنة</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>تعارضات للمراجعة</translation>
    </message>
    <message>
        <source>Latest changes from the team</source>
        <translation>آخر تغييرات الفريق</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>النسخة الأخرى</translation>
    </message>
    <message>
        <source>Keep &amp;your version</source>
        <translation>الإبقاء على &amp;نسختك</translation>
    </message>
    <message>
        <source>Keep &amp;their version</source>
        <translation>الإبقاء على النسخة ال&amp;أخرى</translation>
    </message>
    <message>
        <source>Both versions are kept; choose the one that stays for everyone.</source>
        <translation>النسختان محفوظتان؛ اختر النسخة التي تبقى للجميع.</translation>
    </message>
    <message>
        <source>Writing bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <source>Importing bundle…</source>
        <translation>جارٍ استيراد الحزمة…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Sync stopped: what came in so far is kept; the rest comes next time.</source>
        <translation>توقفت المزامنة: يُحتفظ بما وصل حتى الآن، ويصل الباقي في المرة القادمة.</translation>
    </message>
    <message>
        <source>Sync done: {received}, {sent}, {conflicts}.</source>
        <translation>تمت المزامنة: {received}، {sent}، {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>received %Ln change(s)</source>
        <translation>
            <numerusform>لم يُستلم أي تغيير (%Ln)</numerusform>
            <numerusform>استُلم تغيير واحد (%Ln)</numerusform>
            <numerusform>استُلم تغييران (%Ln)</numerusform>
            <numerusform>استُلم %Ln تغييرات</numerusform>
            <numerusform>استُلم %Ln تغييرًا</numerusform>
            <numerusform>استُلم %Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln</source>
        <translation>
            <numerusform>أُرسل %Ln</numerusform>
            <numerusform>أُرسل %Ln</numerusform>
            <numerusform>أُرسل %Ln</numerusform>
            <numerusform>أُرسل %Ln</numerusform>
            <numerusform>أُرسل %Ln</numerusform>
            <numerusform>أُرسل %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>لا تعارضات للمراجعة (%Ln)</numerusform>
            <numerusform>تعارض واحد للمراجعة (%Ln)</numerusform>
            <numerusform>تعارضان للمراجعة (%Ln)</numerusform>
            <numerusform>%Ln تعارضات للمراجعة</numerusform>
            <numerusform>%Ln تعارضًا للمراجعة</numerusform>
            <numerusform>%Ln تعارض للمراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) could not be read.</source>
        <translation>
            <numerusform>تعذّرت قراءة %Ln حزمة.</numerusform>
            <numerusform>تعذّرت قراءة حزمة واحدة (%Ln).</numerusform>
            <numerusform>تعذّرت قراءة حزمتين (%Ln).</numerusform>
            <numerusform>تعذّرت قراءة %Ln حزم.</numerusform>
            <numerusform>تعذّرت قراءة %Ln حزمة.</numerusform>
            <numerusform>تعذّرت قراءة %Ln حزمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>This laptop: {name} · last sync: {when} · {conflicts}</source>
        <translation>هذا الحاسوب: {name} · آخر مزامنة: {when} · {conflicts}</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review (%Ln)</source>
        <translation>
            <numerusform>تعارضات للمراجعة (%Ln)</numerusform>
            <numerusform>تعارضات للمراجعة (%Ln)</numerusform>
            <numerusform>تعارضات للمراجعة (%Ln)</numerusform>
            <numerusform>تعارضات للمراجعة (%Ln)</numerusform>
            <numerusform>تعارضات للمراجعة (%Ln)</numerusform>
            <numerusform>تعارضات للمراجعة (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the version of {laptop}</source>
        <translation>الإبقاء على نسخة {laptop}</translation>
    </message>
    <message>
        <source>Keep your version: {what}</source>
        <translation>الإبقاء على نسختك: {what}</translation>
    </message>
    <message>
        <source>Keep their version: {what}</source>
        <translation>الإبقاء على النسخة الأخرى: {what}</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Position of {name}</source>
        <translation>موقف {name}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Commitment: {name}</source>
        <translation>التزام: {name}</translation>
    </message>
    <message>
        <source>Intervention: {name}</source>
        <translation>مداخلة: {name}</translation>
    </message>
    <message>
        <source>Stakeholder input: {name}</source>
        <translation>مساهمة أصحاب المصلحة: {name}</translation>
    </message>
    <message>
        <source>Interpreter pack: {name}</source>
        <translation>ملف المترجمين الشفويين: {name}</translation>
    </message>
    <message>
        <source>Party or actor: {name}</source>
        <translation>طرف أو جهة فاعلة: {name}</translation>
    </message>
    <message>
        <source>Negotiation: {name}</source>
        <translation>مفاوضات: {name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>وثيقة: {name}</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>الصيغة المقترحة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>What was said or written</source>
        <translation>ما قيل أو كُتب</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>الوقت المحدد (بالثواني)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>مقدّمة من</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>{paragraph} of {document}</source>
        <translation>{paragraph} من {document}</translation>
    </message>
    <message>
        <source>Your version ({laptop}, {when})</source>
        <translation>نسختك ({laptop}، {when})</translation>
    </message>
    <message>
        <source>Their version ({laptop}, {when})</source>
        <translation>النسخة الأخرى ({laptop}، {when})</translation>
    </message>
    <message>
        <source>in effect now</source>
        <translation>سارية الآن</translation>
    </message>
    <message>
        <source>(deleted on this side)</source>
        <translation>(محذوفة في هذه النسخة)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>wsis_desk bundles (*.wsisdesk);;All files (*)</source>
        <translation>حزم wsis_desk (*.wsisdesk);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>عبارة مرور الفريق</translation>
    </message>
    <message>
        <source>Passphrase of the team&apos;s bundles (leave empty if you do not use one):</source>
        <translation>عبارة مرور حزم الفريق (اتركها فارغة إن لم تستخدم واحدة):</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>مجلد المزامنة</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <source>How the team sees this laptop (e.g. &apos;CSO caucus laptop 3&apos;):</source>
        <translation>كيف يرى الفريق هذا الحاسوب (مثلًا «حاسوب تجمّع منظمات المجتمع المدني 3»):</translation>
    </message>
    <message>
        <source>{site} · last sync {when}</source>
        <translation>{site} · آخر مزامنة {when}</translation>
    </message>
    <message>
        <source>{site} · not synced yet</source>
        <translation>{site} · لم تتم المزامنة بعد</translation>
    </message>
</context>
<context>
    <name>UncitedNotes</name>
    <message>
        <source>Footnotes not cited in the text</source>
        <translation>حواشٍ لم يُشَر إليها في النص</translation>
    </message>
    <message>
        <source>Footnotes not cited in the text ({count})</source>
        <translation>حواشٍ لم يُشَر إليها في النص ({count})</translation>
    </message>
    <message>
        <source>bracket groups: {count}</source>
        <translation>مجموعات الأقواس: {count}</translation>
    </message>
</context>
<context>
    <name>VersionFlow</name>
    <message>
        <source>{documents}, {versions}</source>
        <translation>{documents}، {versions}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln وثيقة</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%Ln وثائق</numerusform>
            <numerusform>%Ln وثيقة</numerusform>
            <numerusform>%Ln وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln صيغة</numerusform>
            <numerusform>صيغة واحدة</numerusform>
            <numerusform>صيغتان</numerusform>
            <numerusform>%Ln صيغ</numerusform>
            <numerusform>%Ln صيغة</numerusform>
            <numerusform>%Ln صيغة</numerusform>
        </translation>
    </message>
    <message>
        <source>No drafts yet.

Import a draft (or drop a .docx, .pdf, .txt or .md file here), or load the demo negotiation to look around.</source>
        <translation>لا توجد مسودات بعد.

استورد مسودة (أو أفلت هنا ملف ‎.docx أو ‎.pdf أو ‎.txt أو ‎.md)، أو حمّل المفاوضات التجريبية للتعرف على البرنامج.</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; of &apos;{d}&apos; is no longer in the library.</source>
        <translation>لم تعد «{v}» من «{d}» في المكتبة.</translation>
    </message>
    <message>
        <source>Loading the demo…</source>
        <translation>جارٍ تحميل العرض التجريبي…</translation>
    </message>
    <message>
        <source>{groups} in {paragraphs}</source>
        <translation>{groups} في {paragraphs}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open bracket group(s)</source>
        <translation>
            <numerusform>%Ln مجموعة أقواس مفتوحة</numerusform>
            <numerusform>مجموعة أقواس مفتوحة واحدة</numerusform>
            <numerusform>مجموعتا أقواس مفتوحتان</numerusform>
            <numerusform>%Ln مجموعات أقواس مفتوحة</numerusform>
            <numerusform>%Ln مجموعة أقواس مفتوحة</numerusform>
            <numerusform>%Ln مجموعة أقواس مفتوحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln فقرة</numerusform>
            <numerusform>فقرة واحدة</numerusform>
            <numerusform>فقرتان</numerusform>
            <numerusform>%Ln فقرات</numerusform>
            <numerusform>%Ln فقرة</numerusform>
            <numerusform>%Ln فقرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation>جارٍ فتح {label}…</translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <source>Listing the open brackets…</source>
        <translation>جارٍ سرد الأقواس المفتوحة…</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is the first version: choose a later one to compare.</source>
        <translation>«{v}» هي الصيغة الأولى: اختر صيغة لاحقة للمقارنة.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Import draft…</source>
        <translation>&amp;استيراد مسودة…</translation>
    </message>
    <message>
        <source>Import a .docx, .pdf, .txt or .md</source>
        <translation>استيراد ملف ‎.docx أو ‎.pdf أو ‎.txt أو ‎.md</translation>
    </message>
    <message>
        <source>Load the &amp;demo negotiation</source>
        <translation>تحميل المفاوضات ال&amp;تجريبية</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>ت&amp;صدير حزمة…</translation>
    </message>
    <message>
        <source>Import &amp;bundle…</source>
        <translation>استيراد &amp;حزمة…</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name…</source>
        <translation>ا&amp;سم هذا الحاسوب…</translation>
    </message>
    <message>
        <source>&amp;Sync folder…</source>
        <translation>مجلد الم&amp;زامنة…</translation>
    </message>
    <message>
        <source>Sync with the team</source>
        <translation>المزامنة مع الفريق</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the pack, redline, state of play or report of this view</source>
        <translation>طباعة الملف أو المقارنة أو حالة المفاوضات أو التقرير في هذا العرض</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>م&amp;عاينة الطباعة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>ال&amp;وثيقة</translation>
    </message>
    <message>
        <source>&amp;Brackets board</source>
        <translation>لوحة الأ&amp;قواس</translation>
    </message>
    <message>
        <source>&amp;Compare versions</source>
        <translation>م&amp;قارنة الصيغ</translation>
    </message>
    <message>
        <source>&amp;Positions matrix</source>
        <translation>مصفوفة ال&amp;مواقف</translation>
    </message>
    <message>
        <source>Stakeholder &amp;inputs</source>
        <translation>مساهمات أصحاب ال&amp;مصلحة</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>الال&amp;تزامات</translation>
    </message>
    <message>
        <source>In&amp;terventions</source>
        <translation>الكلمات وال&amp;بيانات</translation>
    </message>
    <message>
        <source>Interpreter &amp;pack</source>
        <translation>ملف ال&amp;مترجمين الشفويين</translation>
    </message>
    <message>
        <source>Sync and &amp;conflicts</source>
        <translation>المزامنة وال&amp;تعارضات</translation>
    </message>
    <message>
        <source>&amp;Search all versions…</source>
        <translation>ال&amp;بحث في كل الصيغ…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Deleted &amp;drafts…</source>
        <translation>المسودات ال&amp;محذوفة…</translation>
    </message>
    <message>
        <source>Versions and documents deleted here or by the team</source>
        <translation>الصيغ والوثائق المحذوفة هنا أو من قِبل الفريق</translation>
    </message>
    <message>
        <source>&amp;Find in this document…</source>
        <translation>&amp;بحث في هذه الوثيقة…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>النتيجة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>النتيجة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>تكبير ال&amp;نص</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>تباين &amp;عالٍ</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>ال&amp;مفتش</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>ال&amp;دليل</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About WSIS Desk</source>
        <translation>&amp;حول WSIS Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>العمق</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Proponents</source>
        <translation>مقدِّمو الاقتراحات</translation>
    </message>
    <message>
        <source>Bracketed text</source>
        <translation>النص بين الأقواس</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>الفقرات</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المضمون</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Redline</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>مقدِّم المساهمة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Landed</source>
        <translation>أين أُدرجت</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>ما قيل</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>الاستعراض</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>In effect now</source>
        <translation>السارية الآن</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>المنحّاة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>من</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Could not do that</source>
        <translation>تعذّر تنفيذ ذلك</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong inside WSIS Desk. Your data is safe; the last action was not completed. Copy the details below when you report it.</source>
        <translation>حدث خطأ داخل WSIS Desk. بياناتك في أمان؛ لم يكتمل الإجراء الأخير. انسخ التفاصيل أدناه عند الإبلاغ عنه.</translation>
    </message>
</context>
<context>
    <name>timing</name>
    <message>
        <source>about {clock} at {chars} characters ({wpm} words) a minute</source>
        <translation>نحو {clock} بسرعة {chars} حرف ({wpm} كلمة) في الدقيقة</translation>
    </message>
    <message>
        <source>about {clock} at {wpm} words a minute</source>
        <translation>نحو {clock} بسرعة {wpm} كلمة في الدقيقة</translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>الوقت المخصص {slot}</translation>
    </message>
    <message>
        <source>No time limit set.</source>
        <translation>لم يُحدَّد وقت.</translation>
    </message>
    <message>
        <source>Fits the slot, {spare} to spare.</source>
        <translation>يتسع له الوقت المخصص، مع {spare} متبقية.</translation>
    </message>
    <message>
        <source>Over the slot at this pace: fits only at {pace} characters a minute, or cut {cut}.</source>
        <translation>يتجاوز الوقت المخصص بهذه السرعة: لا يتسع إلا بسرعة {pace} حرف في الدقيقة، أو احذف {cut}.</translation>
    </message>
    <message>
        <source>Over the slot at this pace: fits only at {pace} words a minute, or cut {cut}.</source>
        <translation>يتجاوز الوقت المخصص بهذه السرعة: لا يتسع إلا بسرعة {pace} كلمة في الدقيقة، أو احذف {cut}.</translation>
    </message>
    <message>
        <source>Fits the slot but too fast to interpret ({pace} characters a minute): cut {cut}.</source>
        <translation>يتسع له الوقت المخصص لكنه أسرع من أن يُترجم شفويًا ({pace} حرف في الدقيقة): احذف {cut}.</translation>
    </message>
    <message>
        <source>Fits the slot but too fast to interpret ({pace} words a minute): cut {cut}.</source>
        <translation>يتسع له الوقت المخصص لكنه أسرع من أن يُترجم شفويًا ({pace} كلمة في الدقيقة): احذف {cut}.</translation>
    </message>
    <message>
        <source>no slot</source>
        <translation>بلا وقت مخصص</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>يتسع</translation>
    </message>
    <message>
        <source>over: cut {cut}</source>
        <translation>تجاوز: احذف {cut}</translation>
    </message>
    <message>
        <source>⚠ too fast: cut {cut}</source>
        <translation>⚠ سريع جدًا: احذف {cut}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ منفَّذ</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>مسقَط</translation>
    </message>
    <message>
        <source>!! OVERDUE</source>
        <translation>!! متأخر</translation>
    </message>
    <message>
        <source>preambular</source>
        <translation>ديباجة</translation>
    </message>
    <message>
        <source>operative</source>
        <translation>منطوق</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>article</source>
        <translation>مادة</translation>
    </message>
    <message>
        <source>option</source>
        <translation>خيار</translation>
    </message>
    <message>
        <source>table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>بديل</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>عنصر نائب</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>agreed ad referendum</source>
        <translation>متفق عليها بشرط الاستشارة</translation>
    </message>
    <message>
        <source>suggested for closure</source>
        <translation>مقترحة للإقفال</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>متفق عليها</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>تبقى</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>في القاعة</translation>
    </message>
    <message>
        <source>written</source>
        <translation>كتابية</translation>
    </message>
    <message>
        <source>Word comment</source>
        <translation>تعليق Word</translation>
    </message>
    <message>
        <source>bracket</source>
        <translation>قوس معقوف</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>ملاحَظ</translation>
    </message>
    <message>
        <source>hearsay</source>
        <translation>نقلًا عن الغير</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>final</source>
        <translation>نهائية</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>أُلقيت</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>قيد النظر</translation>
    </message>
    <message>
        <source>reflected</source>
        <translation>أُدرجت</translation>
    </message>
    <message>
        <source>partially reflected</source>
        <translation>أُدرجت جزئيًا</translation>
    </message>
    <message>
        <source>not reflected</source>
        <translation>لم تُدرج</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>سُحبت</translation>
    </message>
    <message>
        <source>ad ref</source>
        <translation>بشرط الاستشارة</translation>
    </message>
    <message>
        <source>for closure</source>
        <translation>للإقفال</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>يؤيد</translation>
    </message>
    <message>
        <source>opposes</source>
        <translation>يعارض</translation>
    </message>
    <message>
        <source>amends</source>
        <translation>يعدّل</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>تحفظ</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>خط أحمر</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>مرن</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
</TS>
