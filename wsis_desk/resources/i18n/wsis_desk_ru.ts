<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AddCommitmentDialog</name>
    <message>
        <source>Add commitment</source>
        <translation>Добавить обязательство</translation>
    </message>
    <message>
        <source>OP5, PP3</source>
        <translation>OP5, PP3</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Кто</translation>
    </message>
    <message>
        <source>Who committed</source>
        <translation>Кто принял обязательство</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;Что</translation>
    </message>
    <message>
        <source>What was committed</source>
        <translation>Что предусматривает обязательство</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>&amp;Пункты</translation>
    </message>
    <message>
        <source>Linked paragraphs</source>
        <translation>Связанные пункты</translation>
    </message>
</context>
<context>
    <name>AddInputDialog</name>
    <message>
        <source>Add stakeholder input</source>
        <translation>Добавить предложение заинтересованных сторон</translation>
    </message>
    <message>
        <source>Civil society, Private sector, USA…</source>
        <translation>Гражданское общество, частный сектор, США…</translation>
    </message>
    <message>
        <source>OP5, PP3</source>
        <translation>OP5, PP3</translation>
    </message>
    <message>
        <source>&amp;Submitter</source>
        <translation>&amp;Автор</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>Date submitted</source>
        <translation>Дата представления</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>&amp;Пункты</translation>
    </message>
    <message>
        <source>Target paragraphs</source>
        <translation>Пункты, к которым относится</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Т&amp;екст</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Что предлагалось</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Deleted drafts</source>
        <translation>Удалённые проекты</translation>
    </message>
    <message>
        <source>Deleted versions and documents</source>
        <translation>Удалённые версии и документы</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore the selected item</source>
        <translation>Восстановить выбранный элемент</translation>
    </message>
    <message>
        <source>Deleted versions and documents stay here, on every laptop the deletion reaches, until someone restores them.</source>
        <translation>Удалённые версии и документы остаются здесь, на каждом ноутбуке, до которого дошло удаление, пока кто-нибудь их не восстановит.</translation>
    </message>
    <message>
        <source>Version “{v}” of “{d}” (deleted {when})</source>
        <translation>Версия «{v}» документа «{d}» (удалена {when})</translation>
    </message>
    <message numerus="yes">
        <source>Document “{d}” with %Ln version(s)</source>
        <translation>
            <numerusform>Документ «{d}»: %Ln версия</numerusform>
            <numerusform>Документ «{d}»: %Ln версии</numerusform>
            <numerusform>Документ «{d}»: %Ln версий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BracketDelegate</name>
    <message>
        <source>unpaired bracket</source>
        <translation>непарная скобка</translation>
    </message>
</context>
<context>
    <name>BracketsBoard</name>
    <message>
        <source>Bracket census</source>
        <translation>Учёт квадратных скобок</translation>
    </message>
    <message>
        <source>Filter by paragraph, proponent or text…</source>
        <translation>Фильтр по пункту, автору или тексту…</translation>
    </message>
    <message>
        <source>Filter open bracket groups</source>
        <translation>Фильтр открытых групп в квадратных скобках</translation>
    </message>
    <message>
        <source>Open bracket groups</source>
        <translation>Открытые группы в квадратных скобках</translation>
    </message>
    <message>
        <source>Burn-down across versions</source>
        <translation>Динамика по версиям</translation>
    </message>
    <message>
        <source>Burn-down chart of open brackets</source>
        <translation>График снятия открытых квадратных скобок</translation>
    </message>
    <message>
        <source>open bracket groups</source>
        <translation>открытые группы в квадратных скобках</translation>
    </message>
    <message>
        <source>paragraphs with brackets</source>
        <translation>пункты с квадратными скобками</translation>
    </message>
</context>
<context>
    <name>ChangesTableModel</name>
    <message>
        <source>{what} (deleted)</source>
        <translation>{what} (удалено)</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <source>Overdue: the due date has passed and it is not done.</source>
        <translation>Просрочено: срок прошёл, а обязательство не выполнено.</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Commitments summary</source>
        <translation>Сводка обязательств</translation>
    </message>
    <message>
        <source>Commitments list</source>
        <translation>Список обязательств</translation>
    </message>
    <message>
        <source>&amp;Add commitment…</source>
        <translation>&amp;Добавить обязательство…</translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation>Добавить обязательство</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Отметить как &amp;выполненное</translation>
    </message>
    <message>
        <source>Mark the selected commitment done</source>
        <translation>Отметить выбранное обязательство как выполненное</translation>
    </message>
    <message>
        <source>Mark d&amp;ropped</source>
        <translation>Отметить как &amp;снятое</translation>
    </message>
    <message>
        <source>Mark the selected commitment dropped</source>
        <translation>Отметить выбранное обязательство как снятое</translation>
    </message>
    <message>
        <source>No commitments</source>
        <translation>Обязательств нет</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln обязательство</numerusform>
            <numerusform>%Ln обязательства</numerusform>
            <numerusform>%Ln обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!! %Ln overdue (listed first, in bold)</source>
        <translation>
            <numerusform>!! %Ln просрочено (вверху списка, жирным)</numerusform>
            <numerusform>!! %Ln просрочено (вверху списка, жирным)</numerusform>
            <numerusform>!! %Ln просрочено (вверху списка, жирным)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments (step 11 of the guidelines) record who undertook to do what, by when, and which paragraphs it serves.

Choose a version in the library, then press Add commitment… to record one for its document.</source>
        <translation>Обязательства (шаг 11 руководящих принципов) фиксируют, кто взял на себя что сделать, к какому сроку и к каким пунктам это относится.

Выберите версию в библиотеке, затем нажмите «Добавить обязательство…», чтобы записать обязательство по её документу.</translation>
    </message>
    <message>
        <source>No commitment recorded for this document yet.

Press Add commitment… to record who undertook to do what, by when, and the paragraphs it serves.</source>
        <translation>По этому документу обязательства ещё не записаны.

Нажмите «Добавить обязательство…», чтобы записать, кто взял на себя что сделать, к какому сроку и по каким пунктам.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Before ({version})</source>
        <translation>До ({version})</translation>
    </message>
    <message>
        <source>After ({version})</source>
        <translation>После ({version})</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>Similarity {pct:.0f}%</source>
        <translation>Сходство {pct:.0f} %</translation>
    </message>
    <message>
        <source>{changed} changed · {added} added · {removed} removed · {moved} moved · {renumbered} renumbered · {merged} merged · {split} split · {unchanged} unchanged</source>
        <translation>изменено: {changed} · добавлено: {added} · удалено: {removed} · перемещено: {moved} · перенумеровано: {renumbered} · объединено: {merged} · разделено: {split} · без изменений: {unchanged}</translation>
    </message>
    <message>
        <source>Brackets {before} → {after}: {resolved} resolved, {dropped} dropped, {added} added</source>
        <translation>Квадратные скобки {before} → {after}: снято {resolved}, удалено {dropped}, добавлено {added}</translation>
    </message>
    <message>
        <source>Footnote brackets {before} → {after}: {resolved} resolved, {dropped} dropped, {added} added</source>
        <translation>Квадратные скобки в сносках {before} → {after}: снято {resolved}, удалено {dropped}, добавлено {added}</translation>
    </message>
    <message>
        <source>{n} now agreed ad ref</source>
        <translation>теперь согласовано ad referendum: {n}</translation>
    </message>
    <message>
        <source>Footnotes changed: {n}</source>
        <translation>Изменено сносок: {n}</translation>
    </message>
    <message>
        <source>Footnotes no paragraph cites changed: {diff}</source>
        <translation>Изменены сноски, на которые не ссылается ни один пункт: {diff}</translation>
    </message>
    <message>
        <source>No substantive change: the words are the same.</source>
        <translation>Изменений по существу нет: слова те же.</translation>
    </message>
    <message>
        <source>{new}
was {old}</source>
        <translation>{new}
было {old}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перемещён</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>перенумерован</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединён</translation>
    </message>
    <message>
        <source>split</source>
        <translation>разделён</translation>
    </message>
    <message>
        <source>footnote changed</source>
        <translation>сноска изменена</translation>
    </message>
    <message>
        <source>Footnote bracket groups {details}</source>
        <translation>Группы в квадратных скобках в сносках {details}</translation>
    </message>
    <message>
        <source>Footnote changed: {diff}</source>
        <translation>Сноска изменена: {diff}</translation>
    </message>
    <message>
        <source>resolved: {n}</source>
        <translation>снято: {n}</translation>
    </message>
    <message>
        <source>dropped with their text: {n}</source>
        <translation>удалено вместе с текстом: {n}</translation>
    </message>
    <message>
        <source>added: {n}</source>
        <translation>добавлено: {n}</translation>
    </message>
    <message>
        <source>Bracket groups {details}</source>
        <translation>Группы в квадратных скобках {details}</translation>
    </message>
    <message>
        <source>now agreed ad ref</source>
        <translation>теперь согласовано ad referendum</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare versions</source>
        <translation>Сравнить версии</translation>
    </message>
    <message>
        <source>Choose a document with at least two versions to compare.</source>
        <translation>Выберите документ, у которого не меньше двух версий.</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Следующее изменение</translation>
    </message>
    <message>
        <source>Go to the next changed paragraph</source>
        <translation>Перейти к следующему изменённому пункту</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Предыдущее изменение</translation>
    </message>
    <message>
        <source>Go to the previous changed paragraph</source>
        <translation>Перейти к предыдущему изменённому пункту</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>В тексте</translation>
    </message>
    <message>
        <source>One column: deleted struck, inserted underlined</source>
        <translation>Одна колонка: удалённое зачёркнуто, вставленное подчёркнуто</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <source>Two columns: before and after</source>
        <translation>Две колонки: до и после</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>Экспорт в DOCX…</translation>
    </message>
    <message>
        <source>Save a Word redline with tracked changes</source>
        <translation>Сохранить сравнение Word с исправлениями</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Save a photocopy-ready PDF redline</source>
        <translation>Сохранить сравнение в PDF, готовое к копированию</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Более ранняя версия</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Более поздняя версия</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;с</translation>
    </message>
    <message>
        <source>Only c&amp;hanged</source>
        <translation>Только &amp;изменённые</translation>
    </message>
    <message>
        <source>Show only changed paragraphs</source>
        <translation>Показывать только изменённые пункты</translation>
    </message>
    <message>
        <source>Only &amp;bracket changes</source>
        <translation>Только изменения &amp;скобок</translation>
    </message>
    <message>
        <source>Show only paragraphs whose brackets changed</source>
        <translation>Показывать только пункты с изменёнными квадратными скобками</translation>
    </message>
    <message>
        <source>Inline redline</source>
        <translation>Сравнение в тексте</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>Экспорт в DOCX</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Summary of the comparison</source>
        <translation>Сводка сравнения</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Состояние экспорта</translation>
    </message>
    <message>
        <source>Paragraphs compared</source>
        <translation>Сравниваемые пункты</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>Нечего сравнивать</translation>
    </message>
    <message>
        <source>This document has only one version: nothing to compare.</source>
        <translation>У этого документа только одна версия: сравнивать нечего.</translation>
    </message>
    <message>
        <source>Comparing {old} with {new}…</source>
        <translation>Сравнение {old} с {new}…</translation>
    </message>
    <message>
        <source>No more changes below.</source>
        <translation>Ниже изменений больше нет.</translation>
    </message>
    <message>
        <source>No more changes above.</source>
        <translation>Выше изменений больше нет.</translation>
    </message>
    <message>
        <source>Export redline as DOCX</source>
        <translation>Экспорт сравнения в DOCX</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Export redline as PDF</source>
        <translation>Экспорт сравнения в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Writing the redline…</source>
        <translation>Подготовка сравнения…</translation>
    </message>
    <message>
        <source>No paragraph matches these filters.</source>
        <translation>Ни один пункт не соответствует этим фильтрам.</translation>
    </message>
    <message>
        <source>Redline {old} → {new}</source>
        <translation>Сравнение {old} → {new}</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>yours</source>
        <translation>ваша</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln слово</numerusform>
            <numerusform>%Ln слова</numerusform>
            <numerusform>%Ln слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln знак</numerusform>
            <numerusform>%Ln знака</numerusform>
            <numerusform>%Ln знаков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Version shown</source>
        <translation>Показанная версия</translation>
    </message>
    <message>
        <source>Only &amp;bracketed</source>
        <translation>Только &amp;в скобках</translation>
    </message>
    <message>
        <source>Show only paragraphs with brackets</source>
        <translation>Показывать только пункты с квадратными скобками</translation>
    </message>
    <message>
        <source>Only with &amp;status marker</source>
        <translation>Только с &amp;отметкой о статусе</translation>
    </message>
    <message>
        <source>Show only paragraphs with a status marker</source>
        <translation>Показывать только пункты с отметкой о статусе</translation>
    </message>
    <message>
        <source>Filter by proponent</source>
        <translation>Фильтр по автору</translation>
    </message>
    <message>
        <source>Search the text…</source>
        <translation>Поиск по тексту…</translation>
    </message>
    <message>
        <source>Search the text of this version</source>
        <translation>Поиск по тексту этой версии</translation>
    </message>
    <message>
        <source>Filters in use</source>
        <translation>Применённые фильтры</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Proponent:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Paragraphs of the version</source>
        <translation>Пункты версии</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Нечего показать</translation>
    </message>
    <message>
        <source>Import a draft…</source>
        <translation>Импортировать проект…</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Импортировать проект</translation>
    </message>
    <message>
        <source>Load the demo negotiation</source>
        <translation>Загрузить демонстрационные переговоры</translation>
    </message>
    <message>
        <source>Choose a version in the library, or import a draft.</source>
        <translation>Выберите версию в библиотеке или импортируйте проект.</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>No version open</source>
        <translation>Версия не открыта</translation>
    </message>
    <message>
        <source>Filtered: {shown} of {total} shown.</source>
        <translation>Фильтр: показано {shown} из {total}.</translation>
    </message>
    <message>
        <source>No paragraph matches these filters.</source>
        <translation>Ни один пункт не соответствует этим фильтрам.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>Найти в этом документе</translation>
    </message>
    <message>
        <source>Find in this document…</source>
        <translation>Найти в этом документе…</translation>
    </message>
    <message>
        <source>Words to find in this document</source>
        <translation>Слова для поиска в этом документе</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation>Следующее совпадение (Enter, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Закрыть панель поиска (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} из {total}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>WSIS Desk guide</source>
        <translation>Руководство WSIS Desk</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>The guide is missing from this installation ({path}). Reinstall WSIS Desk.</source>
        <translation>В этой установке нет руководства ({path}). Переустановите WSIS Desk.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>removed (was {label})</source>
        <translation>удалён (был {label})</translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation>нет в этой версии</translation>
    </message>
    <message>
        <source>{label} (was {old})</source>
        <translation>{label} (был {old})</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>первая версия</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>перенумерован</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Paragraph history</source>
        <translation>История пункта</translation>
    </message>
    <message>
        <source>Paragraph history heading</source>
        <translation>Заголовок истории пункта</translation>
    </message>
    <message>
        <source>The paragraph in each version</source>
        <translation>Пункт в каждой версии</translation>
    </message>
    <message>
        <source>This paragraph has no history yet.</source>
        <translation>У этого пункта ещё нет истории.</translation>
    </message>
    <message>
        <source>{label}: in {n} of {total} versions; underlined = inserted, struck = deleted</source>
        <translation>{label}: в {n} из {total} версий; подчёркнуто = вставлено, зачёркнуто = удалено</translation>
    </message>
    <message>
        <source>Select a paragraph to see its history across versions.</source>
        <translation>Выберите пункт, чтобы увидеть его историю по версиям.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Drafts (*.docx *.pdf *.txt *.md);;All files (*)</source>
        <translation>Проекты (*.docx *.pdf *.txt *.md);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Импортировать проект</translation>
    </message>
    <message>
        <source>Draft file</source>
        <translation>Файл проекта</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>A new document, or pick one from the list</source>
        <translation>Новый документ или выберите из списка</translation>
    </message>
    <message>
        <source>Where the draft goes</source>
        <translation>Куда попадёт проект</translation>
    </message>
    <message>
        <source>e.g. Zero draft, Rev.1 (optional)</source>
        <translation>напр. Нулевой проект, Rev.1 (необязательно)</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Название версии</translation>
    </message>
    <message>
        <source>Circulated at</source>
        <translation>Распространён</translation>
    </message>
    <message>
        <source>Circulation date and time</source>
        <translation>Дата и время распространения</translation>
    </message>
    <message>
        <source>Where the date comes from</source>
        <translation>Откуда взята дата</translation>
    </message>
    <message>
        <source>e.g. A/80/L.1 (optional)</source>
        <translation>напр. A/80/L.1 (необязательно)</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Условное обозначение документа</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Условное обозначение</translation>
    </message>
    <message>
        <source>Choose a draft</source>
        <translation>Выберите проект</translation>
    </message>
    <message>
        <source>The date printed on the draft; set the time if known.</source>
        <translation>Дата, напечатанная на проекте; укажите время, если оно известно.</translation>
    </message>
    <message>
        <source>Name the document this draft is a version of.</source>
        <translation>Укажите документ, версией которого является этот проект.</translation>
    </message>
    <message>
        <source>A new document “{name}” will be created.</source>
        <translation>Будет создан новый документ «{name}».</translation>
    </message>
    <message>
        <source>The draft becomes the next version of “{name}”.</source>
        <translation>Проект станет следующей версией документа «{name}».</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
</context>
<context>
    <name>ImportRemarks</name>
    <message>
        <source>Imported, with remarks</source>
        <translation>Импортировано, с замечаниями</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lettered sub-paragraph(s) with no numbered paragraph above them</source>
        <translation>
            <numerusform>%Ln буквенный подпункт без пронумерованного пункта над ним</numerusform>
            <numerusform>%Ln буквенных подпункта без пронумерованного пункта над ними</numerusform>
            <numerusform>%Ln буквенных подпунктов без пронумерованного пункта над ними</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph number(s) out of order or printed twice</source>
        <translation>
            <numerusform>%Ln номер пункта не по порядку или напечатан дважды</numerusform>
            <numerusform>%Ln номера пунктов не по порядку или напечатаны дважды</numerusform>
            <numerusform>%Ln номеров пунктов не по порядку или напечатаны дважды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other remark(s)</source>
        <translation>
            <numerusform>ещё %Ln замечание</numerusform>
            <numerusform>ещё %Ln замечания</numerusform>
            <numerusform>ещё %Ln замечаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln remark(s) to check:</source>
        <translation>
            <numerusform>%Ln замечание для проверки:</numerusform>
            <numerusform>%Ln замечания для проверки:</numerusform>
            <numerusform>%Ln замечаний для проверки:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a paragraph to see its remarks in the inspector; Show Details lists them all.</source>
        <translation>Выберите пункт, чтобы увидеть его замечания в инспекторе; «Показать подробности» перечисляет их все.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputsView</name>
    <message>
        <source>Inputs ledger</source>
        <translation>Реестр предложений</translation>
    </message>
    <message>
        <source>Stakeholder inputs</source>
        <translation>Предложения заинтересованных сторон</translation>
    </message>
    <message>
        <source>&amp;Add input…</source>
        <translation>&amp;Добавить предложение…</translation>
    </message>
    <message>
        <source>Add a stakeholder input</source>
        <translation>Добавить предложение заинтересованных сторон</translation>
    </message>
    <message>
        <source>Report &amp;PDF…</source>
        <translation>Отчёт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the transparency report as PDF</source>
        <translation>Экспортировать отчёт о прозрачности в PDF</translation>
    </message>
    <message>
        <source>Report &amp;DOCX…</source>
        <translation>Отчёт в &amp;DOCX…</translation>
    </message>
    <message>
        <source>Export the transparency report as DOCX</source>
        <translation>Экспортировать отчёт о прозрачности в DOCX</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Why: where it landed, or why not</source>
        <translation>Почему: где учтено или почему нет</translation>
    </message>
    <message>
        <source>&amp;Set outcome</source>
        <translation>&amp;Задать результат</translation>
    </message>
    <message>
        <source>Set the outcome of the selected input</source>
        <translation>Задать результат для выбранного предложения</translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation>История результатов</translation>
    </message>
    <message>
        <source>Selected input</source>
        <translation>Выбранное предложение</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Export transparency report</source>
        <translation>Экспорт отчёта о прозрачности</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Подготовка отчёта…</translation>
    </message>
    <message>
        <source>Select an input to set its outcome.</source>
        <translation>Выберите предложение, чтобы задать результат.</translation>
    </message>
    <message>
        <source>Transparency report: {document}</source>
        <translation>Отчёт о прозрачности: {document}</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a paragraph to see it in full.</source>
        <translation>Выберите пункт, чтобы увидеть его полностью.</translation>
    </message>
    <message>
        <source>Selected paragraph</source>
        <translation>Выбранный пункт</translation>
    </message>
    <message>
        <source>Paragraph text, footnotes and comments</source>
        <translation>Текст пункта, сноски и комментарии</translation>
    </message>
    <message>
        <source>Bracket groups of the paragraph</source>
        <translation>Группы пункта в квадратных скобках</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>никто не назван</translation>
    </message>
    <message>
        <source>Bracket groups: {n}, deepest {d}; proponents: {who}</source>
        <translation>Группы в квадратных скобках: {n}, наибольший уровень вложенности {d}; авторы: {who}</translation>
    </message>
    <message>
        <source>Comment positions: {who}</source>
        <translation>Позиции в комментариях: {who}</translation>
    </message>
    <message>
        <source>A bracket group runs across this and another paragraph.</source>
        <translation>Группа в квадратных скобках охватывает этот и другой пункт.</translation>
    </message>
    <message>
        <source>The brackets of this paragraph do not pair up.</source>
        <translation>Квадратные скобки этого пункта не парны.</translation>
    </message>
    <message>
        <source>Before tracked changes</source>
        <translation>До исправлений</translation>
    </message>
</context>
<context>
    <name>InspectorTabs</name>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Stance history</source>
        <translation>История позиций</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция стороны</translation>
    </message>
</context>
<context>
    <name>InterventionEditor</name>
    <message>
        <source>party code or name, e.g. Civil Society Caucus</source>
        <translation>код или название стороны, напр. Кокус гражданского общества</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> слов/мин</translation>
    </message>
    <message>
        <source>Interpretable pace: about 100–120 words a minute</source>
        <translation>Темп, удобный для перевода: около 100–120 слов в минуту</translation>
    </message>
    <message>
        <source>— no document —</source>
        <translation>— без документа —</translation>
    </message>
    <message>
        <source>labels, e.g. OP3, OP5bis or OP3-OP5</source>
        <translation>номера, напр. OP3, OP5bis или OP3-OP5</translation>
    </message>
    <message>
        <source>The statement as it will be delivered…</source>
        <translation>Выступление в том виде, в каком оно будет произнесено…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>Регламент в секундах</translation>
    </message>
    <message>
        <source>Pace in words a minute</source>
        <translation>Темп в словах в минуту</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Document referred to</source>
        <translation>Документ, к которому относится</translation>
    </message>
    <message>
        <source>Paragraph labels referred to</source>
        <translation>Номера пунктов, к которым относится</translation>
    </message>
    <message>
        <source>Statement text</source>
        <translation>Текст выступления</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Число слов</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Время выступления</translation>
    </message>
    <message>
        <source>Timing verdict</source>
        <translation>Оценка времени</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Оратор:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Заседание:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>&amp;Регламент:</translation>
    </message>
    <message>
        <source>P&amp;ace:</source>
        <translation>&amp;Темп:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Refers to:</source>
        <translation>&amp;Относится к:</translation>
    </message>
</context>
<context>
    <name>InterventionsView</name>
    <message>
        <source>Interventions</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новое</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Mark deli&amp;vered</source>
        <translation>&amp;Произнесено</translation>
    </message>
    <message>
        <source>Spea&amp;ker mode</source>
        <translation>Режим &amp;оратора</translation>
    </message>
    <message>
        <source>Add to &amp;pack</source>
        <translation>Добавить в &amp;пакет</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Последнее действие</translation>
    </message>
    <message>
        <source>Save the intervention</source>
        <translation>Сохранить выступление</translation>
    </message>
    <message>
        <source>Saved “{t}”.</source>
        <translation>«{t}» сохранено.</translation>
    </message>
    <message>
        <source>Edit intervention “{t}”</source>
        <translation>Изменить выступление «{t}»</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Marked “{t}” delivered.</source>
        <translation>«{t}» отмечено как произнесённое.</translation>
    </message>
    <message>
        <source>Delete intervention “{t}”</source>
        <translation>Удалить выступление «{t}»</translation>
    </message>
    <message>
        <source>Deleted “{t}”. Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>«{t}» удалено. Правка › Отменить (Ctrl+Z) вернёт его.</translation>
    </message>
    <message>
        <source>Restored “{t}”.</source>
        <translation>«{t}» восстановлено.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>WSIS Desk will use {language} the next time it starts.</source>
        <translation>WSIS Desk будет использовать язык «{language}» при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>LibraryEdits</name>
    <message>
        <source>Delete version “{v}”</source>
        <translation>Удалить версию «{v}»</translation>
    </message>
    <message>
        <source>Rename version “{v}”</source>
        <translation>Переименовать версию «{v}»</translation>
    </message>
    <message>
        <source>Move version “{v}” to “{d}”</source>
        <translation>Переместить версию «{v}» в «{d}»</translation>
    </message>
    <message>
        <source>Delete document “{d}”</source>
        <translation>Удалить документ «{d}»</translation>
    </message>
    <message>
        <source>Rename document “{d}”</source>
        <translation>Переименовать документ «{d}»</translation>
    </message>
    <message>
        <source>Restore “{n}”</source>
        <translation>Восстановить «{n}»</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Updating the library…</source>
        <translation>Обновление библиотеки…</translation>
    </message>
    <message>
        <source>Reading the draft…</source>
        <translation>Чтение проекта…</translation>
    </message>
    <message>
        <source>A scanned draft</source>
        <translation>Отсканированный проект</translation>
    </message>
    <message>
        <source>“{name}” is a scan: its pages are pictures, with no text to read.</source>
        <translation>«{name}» — это скан: его страницы — изображения, текста для чтения нет.</translation>
    </message>
    <message>
        <source>It can be read by OCR, in the six UN languages. The text will be approximate: check every number, bracket and label against the original.</source>
        <translation>Его можно прочитать с помощью оптического распознавания символов (OCR) на шести языках ООН. Текст будет приблизительным: сверьте каждую цифру, скобку и номер с оригиналом.</translation>
    </message>
    <message>
        <source>Read it by OCR</source>
        <translation>Распознать (OCR)</translation>
    </message>
    <message>
        <source>Is this the right document?</source>
        <translation>Это тот документ?</translation>
    </message>
    <message>
        <source>{file} shares little wording with “{latest}” of “{doc}” ({share:.0%} of their phrases): it may be another document.</source>
        <translation>В {file} мало общих формулировок с версией «{latest}» документа «{doc}» ({share:.0%} фраз): возможно, это другой документ.</translation>
    </message>
    <message>
        <source>Import it as a new version of “{doc}” anyway?</source>
        <translation>Всё равно импортировать как новую версию документа «{doc}»?</translation>
    </message>
    <message>
        <source>Add to “{doc}”</source>
        <translation>Добавить в «{doc}»</translation>
    </message>
    <message>
        <source>Import as a new document</source>
        <translation>Импортировать как новый документ</translation>
    </message>
    <message>
        <source>This content is already &apos;{label}&apos; of &apos;{doc}&apos;.</source>
        <translation>Это содержимое уже есть: «{label}» документа «{doc}».</translation>
    </message>
    <message numerus="yes">
        <source>Imported &apos;{label}&apos; of &apos;{doc}&apos;: %Ln paragraph(s).</source>
        <translation>
            <numerusform>Импортировано «{label}» документа «{doc}»: %Ln пункт.</numerusform>
            <numerusform>Импортировано «{label}» документа «{doc}»: %Ln пункта.</numerusform>
            <numerusform>Импортировано «{label}» документа «{doc}»: %Ln пунктов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the pages by OCR…</source>
        <translation>Распознавание страниц (OCR)…</translation>
    </message>
    <message>
        <source>Importing the draft…</source>
        <translation>Импорт проекта…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Импорт отменён: ничего не импортировано.</translation>
    </message>
    <message>
        <source>&amp;Move to another document…</source>
        <translation>П&amp;ереместить в другой документ…</translation>
    </message>
    <message>
        <source>Deleted &amp;drafts…</source>
        <translation>Удалённые п&amp;роекты…</translation>
    </message>
    <message>
        <source>Delete “{v}” of “{d}”? It goes to Deleted drafts, and Ctrl+Z brings it back.</source>
        <translation>Удалить «{v}» документа «{d}»? Версия попадёт в «Удалённые проекты», Ctrl+Z вернёт её.</translation>
    </message>
    <message>
        <source>Delete the document “{d}” with all its versions? It goes to Deleted drafts, and Ctrl+Z brings it back.</source>
        <translation>Удалить документ «{d}» со всеми версиями? Он попадёт в «Удалённые проекты», Ctrl+Z вернёт его.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation>Переименовать версию</translation>
    </message>
    <message>
        <source>New label for “{v}”:</source>
        <translation>Новое название для «{v}»:</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Переименовать документ</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Move to another document</source>
        <translation>Переместить в другой документ</translation>
    </message>
    <message>
        <source>Move “{v}” to the document (pick one, or type a new name):</source>
        <translation>Переместить «{v}» в документ (выберите или введите новое название):</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%Ln open [ ]</source>
        <translation>
            <numerusform>%Ln открыта [ ]</numerusform>
            <numerusform>%Ln открыты [ ]</numerusform>
            <numerusform>%Ln открыто [ ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Другие документы</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %Ln paragraph(s), from {source}</source>
        <translation>
            <numerusform>{label}: %Ln пункт, из {source}</numerusform>
            <numerusform>{label}: %Ln пункта, из {source}</numerusform>
            <numerusform>{label}: %Ln пунктов, из {source}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library of negotiations, documents and versions</source>
        <translation>Библиотека переговоров, документов и версий</translation>
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
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>Данные: {path}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Отменить: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Повторить: {action}</translation>
    </message>
    <message>
        <source>About WSIS Desk</source>
        <translation>О программе WSIS Desk</translation>
    </message>
    <message>
        <source>WSIS Desk {v}
An offline desk for negotiated texts.</source>
        <translation>WSIS Desk {v}
Автономное рабочее место для согласуемых текстов.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>no position recorded</source>
        <translation>позиция не записана</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Position matrix</source>
        <translation>Матрица позиций</translation>
    </message>
    <message>
        <source>Show a group&apos;s members</source>
        <translation>Показать членов группы</translation>
    </message>
    <message>
        <source>All parties with positions</source>
        <translation>Стороны с позициями</translation>
    </message>
    <message>
        <source>All member states</source>
        <translation>Все государства-члены</translation>
    </message>
    <message>
        <source>Only &amp;red lines</source>
        <translation>&amp;Красные линии</translation>
    </message>
    <message>
        <source>Only red lines</source>
        <translation>Только красные линии</translation>
    </message>
    <message>
        <source>Only &amp;contested paragraphs</source>
        <translation>&amp;Спорные пункты</translation>
    </message>
    <message>
        <source>Only contested paragraphs</source>
        <translation>Только спорные пункты</translation>
    </message>
    <message>
        <source>our party, e.g. EU</source>
        <translation>наша сторона, напр. ЕС</translation>
    </message>
    <message>
        <source>Our party for the state of play</source>
        <translation>Наша сторона для обзора хода переговоров</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Экспорт CS&amp;V…</translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation>Экспортировать матрицу в CSV</translation>
    </message>
    <message>
        <source>State of &amp;play PDF…</source>
        <translation>&amp;Обзор хода PDF…</translation>
    </message>
    <message>
        <source>Export the one-page state of play as PDF</source>
        <translation>Экспортировать одностраничный обзор хода переговоров в PDF</translation>
    </message>
    <message>
        <source>&amp;Record a position…</source>
        <translation>&amp;Записать позицию…</translation>
    </message>
    <message>
        <source>Record a position of the chosen party on the chosen paragraph</source>
        <translation>Записать позицию выбранной стороны по выбранному пункту</translation>
    </message>
    <message>
        <source>Matrix summary</source>
        <translation>Сводка матрицы</translation>
    </message>
    <message>
        <source>Key: {stances}</source>
        <translation>Условные обозначения: {stances}</translation>
    </message>
    <message>
        <source>Key to the stance marks</source>
        <translation>Условные обозначения позиций</translation>
    </message>
    <message>
        <source>Parties by paragraphs</source>
        <translation>Стороны по пунктам</translation>
    </message>
    <message>
        <source>Record a position…</source>
        <translation>Записать позицию…</translation>
    </message>
    <message>
        <source>&amp;Our party:</source>
        <translation>&amp;Наша сторона:</translation>
    </message>
    <message>
        <source>{doc} {ver}: {rows} parties × {cols} paragraphs, {n} stances</source>
        <translation>{doc} {ver}: сторон — {rows} × пунктов — {cols}, позиций — {n}</translation>
    </message>
    <message>
        <source>Building the matrix…</source>
        <translation>Построение матрицы…</translation>
    </message>
    <message>
        <source>Export matrix as CSV</source>
        <translation>Экспорт матрицы в CSV</translation>
    </message>
    <message>
        <source>Export state of play</source>
        <translation>Экспорт обзора хода переговоров</translation>
    </message>
    <message>
        <source>Writing the state of play…</source>
        <translation>Подготовка обзора хода переговоров…</translation>
    </message>
    <message>
        <source>State of play: {document}</source>
        <translation>Обзор хода переговоров: {document}</translation>
    </message>
    <message>
        <source>Record position of {party}</source>
        <translation>Записать позицию: {party}</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <source>Statements in the pack</source>
        <translation>Выступления в пакете</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>OP3, OP5bis, OP7-OP9</source>
        <translation>OP3, OP5bis, OP7-OP9</translation>
    </message>
    <message>
        <source>Paragraph labels</source>
        <translation>Номера пунктов</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Paragraphs in the pack</source>
        <translation>Пункты в пакете</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Add the &amp;changes against the previous version</source>
        <translation>Добавить &amp;изменения по сравнению с предыдущей версией</translation>
    </message>
    <message>
        <source>optional: a text file of &apos;term = explanation&apos;</source>
        <translation>необязательно: текстовый файл «термин = пояснение»</translation>
    </message>
    <message>
        <source>Glossary file</source>
        <translation>Файл глоссария</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>as the first statement</source>
        <translation>первым выступлением</translation>
    </message>
    <message>
        <source>&amp;Double-sided (each item starts on a recto)</source>
        <translation>&amp;Двусторонняя печать (каждый элемент с нечётной страницы)</translation>
    </message>
    <message>
        <source>CHECK AGAINST DELIVERY</source>
        <translation>СВЕРИТЬ С ФАКТИЧЕСКИ ПРОИЗНЕСЁННЫМ ТЕКСТОМ</translation>
    </message>
    <message>
        <source>READ OUT VERBATIM</source>
        <translation>ЗАЧИТАТЬ ДОСЛОВНО</translation>
    </message>
    <message>
        <source>Interpreter pack</source>
        <translation>Пакет для переводчиков</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Pack summary</source>
        <translation>Сводка пакета</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Что входит</translation>
    </message>
    <message>
        <source>Statements:</source>
        <translation>Выступления:</translation>
    </message>
    <message>
        <source>Paragraphs (labels of a version):</source>
        <translation>Пункты (номера пунктов версии):</translation>
    </message>
    <message>
        <source>How it prints</source>
        <translation>Как печатается</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Заседание:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>&amp;Копии:</translation>
    </message>
    <message>
        <source>Ba&amp;nner:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <source>{pages} · {items} · fingerprint {fp}</source>
        <translation>{pages} · {items} · отпечаток {fp}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln страница</numerusform>
            <numerusform>%Ln страницы</numerusform>
            <numerusform>%Ln страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln элемент</numerusform>
            <numerusform>%Ln элемента</numerusform>
            <numerusform>%Ln элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка просмотра…</translation>
    </message>
    <message>
        <source>Export the pack</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;Word document (*.docx)</source>
        <translation>PDF для печати (*.pdf);;Документ Word (*.docx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %Ln page(s), fingerprint {fp}.</source>
        <translation>
            <numerusform>Записано {path}: %Ln страница, отпечаток {fp}.</numerusform>
            <numerusform>Записано {path}: %Ln страницы, отпечаток {fp}.</numerusform>
            <numerusform>Записано {path}: %Ln страниц, отпечаток {fp}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: fingerprint {fp}.</source>
        <translation>Записано {path}: отпечаток {fp}.</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>Подготовка пакета…</translation>
    </message>
    <message>
        <source>Cancelled: no pack was written.</source>
        <translation>Отменено: пакет для переводчиков не записан.</translation>
    </message>
    <message>
        <source>Choose a glossary</source>
        <translation>Выберите глоссарий</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Changed since the preview: press Preview (F5) again.</source>
        <translation>Изменено после просмотра: снова нажмите «Просмотр» (F5).</translation>
    </message>
</context>
<context>
    <name>PackPreviewPane</name>
    <message>
        <source>Pack preview</source>
        <translation>Просмотр пакета</translation>
    </message>
    <message>
        <source>Choose what goes in the pack, then press Preview (F5).</source>
        <translation>Выберите, что войдёт в пакет, затем нажмите «Просмотр» (F5).</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Страница {n} из {total}</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more page(s) in the exported file.</source>
        <translation>
            <numerusform>… и ещё %Ln страница в экспортированном файле.</numerusform>
            <numerusform>… и ещё %Ln страницы в экспортированном файле.</numerusform>
            <numerusform>… и ещё %Ln страниц в экспортированном файле.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) (page images need pdftoppm from poppler-utils).</source>
        <translation>
            <numerusform>%Ln страница (для изображений страниц нужен pdftoppm из poppler-utils).</numerusform>
            <numerusform>%Ln страницы (для изображений страниц нужен pdftoppm из poppler-utils).</numerusform>
            <numerusform>%Ln страниц (для изображений страниц нужен pdftoppm из poppler-utils).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphTableModel</name>
    <message>
        <source>↔ spans</source>
        <translation>↔ охватывает</translation>
    </message>
    <message>
        <source>⚠ unbalanced</source>
        <translation>⚠ непарные</translation>
    </message>
    <message>
        <source>A bracket group runs across this and another paragraph.</source>
        <translation>Группа в квадратных скобках охватывает этот и другой пункт.</translation>
    </message>
    <message>
        <source>The square brackets in this paragraph do not pair up.</source>
        <translation>Квадратные скобки в этом пункте не парны.</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Edit position</source>
        <translation>Изменить позицию</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Добавить позицию</translation>
    </message>
    <message>
        <source>USA, G77, Grupo Sur…</source>
        <translation>США, G77, Grupo Sur…</translation>
    </message>
    <message>
        <source>Party or actor</source>
        <translation>Сторона или участник</translation>
    </message>
    <message>
        <source>Add as a new actor when not in the registry</source>
        <translation>Добавить как нового участника, если его нет в реестре</translation>
    </message>
    <message>
        <source>Add as a new actor</source>
        <translation>Добавить как нового участника</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Предлагаемая формулировка</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Сторона</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>&amp;Позиция</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Формулировка</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Заседание</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>При&amp;мечание</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>⚠ text changed since — review</source>
        <translation>⚠ текст с тех пор изменён — проверить</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>Add position</source>
        <translation>Добавить позицию</translation>
    </message>
    <message>
        <source>Edit position</source>
        <translation>Изменить позицию</translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation>Удалить позицию</translation>
    </message>
    <message>
        <source>Positions on the selected paragraph</source>
        <translation>Позиции по выбранному пункту</translation>
    </message>
    <message>
        <source>Positions: select a paragraph.</source>
        <translation>Позиции: выберите пункт.</translation>
    </message>
    <message>
        <source>Positions heading</source>
        <translation>Заголовок позиций</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>&amp;Add position…</source>
        <translation>&amp;Добавить позицию…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation>Добавить позицию</translation>
    </message>
    <message>
        <source>Edit the selected position</source>
        <translation>Изменить выбранную позицию</translation>
    </message>
    <message>
        <source>Delete the selected position</source>
        <translation>Удалить выбранную позицию</translation>
    </message>
    <message>
        <source>Positions on {label}: {n}</source>
        <translation>Позиции по {label}: {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review (text changed)</source>
        <translation>
            <numerusform>%Ln к проверке (текст изменён)</numerusform>
            <numerusform>%Ln к проверке (текст изменён)</numerusform>
            <numerusform>%Ln к проверке (текст изменён)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Word redlines show their tracked changes as made by this person. Leave it empty to use this computer&apos;s user ({name}).</source>
        <translation>В сравнительных версиях Word отслеживаемые исправления будут указаны как внесённые этим человеком. Оставьте поле пустым, чтобы использовать пользователя этого компьютера ({name}).</translation>
    </message>
    <message>
        <source>Redline &amp;author:</source>
        <translation>&amp;Автор исправлений:</translation>
    </message>
    <message>
        <source>Redline author</source>
        <translation>Автор исправлений</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be started. Check that it is connected and switched on, then print again (or print to a PDF file).</source>
        <translation>Не удалось запустить принтер. Проверьте, что он подключён и включён, и повторите печать (или напечатайте в файл PDF).</translation>
    </message>
    <message>
        <source>There is nothing to print in this page range.</source>
        <translation>В этом диапазоне страниц нечего печатать.</translation>
    </message>
    <message>
        <source>Nothing to print here. Open the interpreter pack, a comparison, the positions matrix or the stakeholder inputs, then print.</source>
        <translation>Здесь нечего печатать. Откройте пакет для переводчиков, сравнение, матрицу позиций или предложения заинтересованных сторон и повторите печать.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Подготовка страниц…</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Печать: {title}</translation>
    </message>
    <message numerus="yes">
        <source>Printed {title}: %Ln page(s) to {where}.</source>
        <translation>
            <numerusform>Напечатано «{title}»: %Ln страница на {where}.</numerusform>
            <numerusform>Напечатано «{title}»: %Ln страницы на {where}.</numerusform>
            <numerusform>Напечатано «{title}»: %Ln страниц на {where}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>Предварительный просмотр: {title}</translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search every version: words, or &quot;a phrase&quot;…</source>
        <translation>Поиск во всех версиях: слова или «фраза»…</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>Слова для поиска</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Где искать</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Этот документ</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Эта версия</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Число найденных</translation>
    </message>
    <message>
        <source>Paragraphs found</source>
        <translation>Найденные пункты</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) found.</source>
        <translation>
            <numerusform>Найден %Ln пункт.</numerusform>
            <numerusform>Найдено %Ln пункта.</numerusform>
            <numerusform>Найдено %Ln пунктов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>{version} (not in the newest)</source>
        <translation>{version} (нет в последней)</translation>
    </message>
    <message>
        <source>In: {versions}</source>
        <translation>В: {versions}</translation>
    </message>
    <message>
        <source>In: {versions}. Now {label}, with other words.</source>
        <translation>В: {versions}. Теперь {label}, другими словами.</translation>
    </message>
    <message>
        <source>In: {versions}. The paragraph is gone from the newest version.</source>
        <translation>В: {versions}. В последней версии этого пункта нет.</translation>
    </message>
    <message>
        <source>{label} of {version}, {document}: {text}</source>
        <translation>{label} из {version}, {document}: {text}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Filter: a command or a key…</source>
        <translation>Фильтр: команда или клавиша…</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Фильтр сочетаний клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
</context>
<context>
    <name>SpeakerMode</name>
    <message>
        <source>Speaker mode — {title}</source>
        <translation>Режим оратора — {title}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось времени</translation>
    </message>
    <message>
        <source>Countdown state</source>
        <translation>Состояние отсчёта</translation>
    </message>
    <message>
        <source>Space start/pause · R reset · Esc leave · Ctrl+± text size</source>
        <translation>Пробел старт/пауза · R сброс · Esc выход · Ctrl+± размер текста</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>elapsed (no slot)</source>
        <translation>прошло (без регламента)</translation>
    </message>
    <message>
        <source>{clock} OVER</source>
        <translation>ПРЕВЫШЕНИЕ {clock}</translation>
    </message>
    <message>
        <source>STOP — over time</source>
        <translation>СТОП — время истекло</translation>
    </message>
    <message>
        <source>WIND UP — left</source>
        <translation>ЗАКАНЧИВАЙТЕ — осталось</translation>
    </message>
    <message>
        <source>left</source>
        <translation>осталось</translation>
    </message>
    <message>
        <source>paused · Space to start</source>
        <translation>пауза · Пробел — старт</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>ПАУЗА</translation>
    </message>
</context>
<context>
    <name>StancePanel</name>
    <message>
        <source>Stance history</source>
        <translation>История позиций</translation>
    </message>
    <message>
        <source>Party and paragraph</source>
        <translation>Сторона и пункт</translation>
    </message>
    <message>
        <source>Stances over time</source>
        <translation>Позиции во времени</translation>
    </message>
    <message>
        <source>Click a cell of the positions matrix to see that party&apos;s stances here.</source>
        <translation>Щёлкните ячейку матрицы позиций, чтобы увидеть здесь позиции этой стороны.</translation>
    </message>
    <message>
        <source>{paragraph} of {document}</source>
        <translation>{paragraph} документа {document}</translation>
    </message>
    <message>
        <source>{party} on {where}</source>
        <translation>{party}: {where}</translation>
    </message>
    <message>
        <source>No position recorded for {party} here. Record one in the Positions tab of the paragraph.</source>
        <translation>Здесь нет записанных позиций {party}. Запишите позицию на вкладке «Позиции» пункта.</translation>
    </message>
    <message>
        <source>recorded on {version}</source>
        <translation>записано по версии {version}</translation>
    </message>
    <message>
        <source>by {laptop}</source>
        <translation>компьютер: {laptop}</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Предлагаемая формулировка</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync status</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>Sync and conflicts</source>
        <translation>Синхронизация и конфликты</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>Write this laptop&apos;s changes to the team&apos;s sync folder and read everyone&apos;s</source>
        <translation>Записать изменения этого компьютера в папку синхронизации группы и прочитать изменения всех</translation>
    </message>
    <message>
        <source>No sync yet in this session.</source>
        <translation>В этом сеансе синхронизации ещё не было.</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>Итог последней синхронизации</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Конфликты для рассмотрения</translation>
    </message>
    <message>
        <source>Latest changes from the team</source>
        <translation>Изменения группы</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Другая версия</translation>
    </message>
    <message>
        <source>Keep &amp;your version</source>
        <translation>Оставить &amp;вашу версию</translation>
    </message>
    <message>
        <source>Keep &amp;their version</source>
        <translation>Оставить &amp;другую версию</translation>
    </message>
    <message>
        <source>Both versions are kept; choose the one that stays for everyone.</source>
        <translation>Обе версии сохранены; выберите ту, что останется у всех.</translation>
    </message>
    <message>
        <source>Writing bundle…</source>
        <translation>Запись пакета данных…</translation>
    </message>
    <message>
        <source>Importing bundle…</source>
        <translation>Импорт пакета данных…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Sync stopped: what came in so far is kept; the rest comes next time.</source>
        <translation>Синхронизация остановлена: полученное сохранено, остальное придёт в следующий раз.</translation>
    </message>
    <message>
        <source>Sync done: {received}, {sent}, {conflicts}.</source>
        <translation>Синхронизация выполнена: {received}, {sent}, {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>received %Ln change(s)</source>
        <translation>
            <numerusform>получено %Ln изменение</numerusform>
            <numerusform>получено %Ln изменения</numerusform>
            <numerusform>получено %Ln изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln</source>
        <translation>
            <numerusform>отправлена %Ln запись</numerusform>
            <numerusform>отправлено %Ln записи</numerusform>
            <numerusform>отправлено %Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln конфликт для рассмотрения</numerusform>
            <numerusform>%Ln конфликта для рассмотрения</numerusform>
            <numerusform>%Ln конфликтов для рассмотрения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) could not be read.</source>
        <translation>
            <numerusform>Не удалось прочитать %Ln пакет.</numerusform>
            <numerusform>Не удалось прочитать %Ln пакета.</numerusform>
            <numerusform>Не удалось прочитать %Ln пакетов.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>This laptop: {name} · last sync: {when} · {conflicts}</source>
        <translation>Этот компьютер: {name} · последняя синхронизация: {when} · {conflicts}</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review (%Ln)</source>
        <translation>
            <numerusform>Конфликты для рассмотрения (%Ln)</numerusform>
            <numerusform>Конфликты для рассмотрения (%Ln)</numerusform>
            <numerusform>Конфликты для рассмотрения (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the version of {laptop}</source>
        <translation>Оставить версию компьютера {laptop}</translation>
    </message>
    <message>
        <source>Keep your version: {what}</source>
        <translation>Оставить вашу версию: {what}</translation>
    </message>
    <message>
        <source>Keep their version: {what}</source>
        <translation>Оставить другую версию: {what}</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Position of {name}</source>
        <translation>Позиция: {name}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Commitment: {name}</source>
        <translation>Обязательство: {name}</translation>
    </message>
    <message>
        <source>Intervention: {name}</source>
        <translation>Выступление: {name}</translation>
    </message>
    <message>
        <source>Stakeholder input: {name}</source>
        <translation>Предложение заинтересованной стороны: {name}</translation>
    </message>
    <message>
        <source>Interpreter pack: {name}</source>
        <translation>Пакет для переводчиков: {name}</translation>
    </message>
    <message>
        <source>Party or actor: {name}</source>
        <translation>Сторона или участник: {name}</translation>
    </message>
    <message>
        <source>Negotiation: {name}</source>
        <translation>Переговоры: {name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>Документ: {name}</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Предлагаемая формулировка</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>What was said or written</source>
        <translation>Что было сказано или написано</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Регламент (секунды)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Представлено</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Условное обозначение</translation>
    </message>
    <message>
        <source>{paragraph} of {document}</source>
        <translation>{paragraph} документа {document}</translation>
    </message>
    <message>
        <source>Your version ({laptop}, {when})</source>
        <translation>Ваша версия ({laptop}, {when})</translation>
    </message>
    <message>
        <source>Their version ({laptop}, {when})</source>
        <translation>Другая версия ({laptop}, {when})</translation>
    </message>
    <message>
        <source>in effect now</source>
        <translation>действует сейчас</translation>
    </message>
    <message>
        <source>(deleted on this side)</source>
        <translation>(удалено в этой версии)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>wsis_desk bundles (*.wsisdesk);;All files (*)</source>
        <translation>Пакеты данных wsis_desk (*.wsisdesk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Парольная фраза группы</translation>
    </message>
    <message>
        <source>Passphrase of the team&apos;s bundles (leave empty if you do not use one):</source>
        <translation>Парольная фраза пакетов данных группы (оставьте пустой, если не используете):</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Экспорт пакета данных</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Импорт пакета данных</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Папка синхронизации</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Имя этого ноутбука</translation>
    </message>
    <message>
        <source>How the team sees this laptop (e.g. &apos;CSO caucus laptop 3&apos;):</source>
        <translation>Как группа видит этот ноутбук (напр. «ноутбук 3 кокуса ОГО»):</translation>
    </message>
    <message>
        <source>{site} · last sync {when}</source>
        <translation>{site} · последняя синхронизация {when}</translation>
    </message>
    <message>
        <source>{site} · not synced yet</source>
        <translation>{site} · ещё не синхронизирован</translation>
    </message>
</context>
<context>
    <name>UncitedNotes</name>
    <message>
        <source>Footnotes not cited in the text</source>
        <translation>Сноски, на которые нет ссылок в тексте</translation>
    </message>
    <message>
        <source>Footnotes not cited in the text ({count})</source>
        <translation>Сноски, на которые нет ссылок в тексте ({count})</translation>
    </message>
    <message>
        <source>bracket groups: {count}</source>
        <translation>групп в квадратных скобках: {count}</translation>
    </message>
</context>
<context>
    <name>VersionFlow</name>
    <message>
        <source>{documents}, {versions}</source>
        <translation>{documents}, {versions}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln документ</numerusform>
            <numerusform>%Ln документа</numerusform>
            <numerusform>%Ln документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln версия</numerusform>
            <numerusform>%Ln версии</numerusform>
            <numerusform>%Ln версий</numerusform>
        </translation>
    </message>
    <message>
        <source>No drafts yet.

Import a draft (or drop a .docx, .pdf, .txt or .md file here), or load the demo negotiation to look around.</source>
        <translation>Проектов пока нет.

Импортируйте проект (или перетащите сюда файл .docx, .pdf, .txt или .md) или загрузите демонстрационные переговоры, чтобы осмотреться.</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; of &apos;{d}&apos; is no longer in the library.</source>
        <translation>«{v}» документа «{d}» больше нет в библиотеке.</translation>
    </message>
    <message>
        <source>Loading the demo…</source>
        <translation>Загрузка демонстрации…</translation>
    </message>
    <message>
        <source>{groups} in {paragraphs}</source>
        <translation>{groups} в {paragraphs}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open bracket group(s)</source>
        <translation>
            <numerusform>%Ln открытая группа в скобках</numerusform>
            <numerusform>%Ln открытые группы в скобках</numerusform>
            <numerusform>%Ln открытых групп в скобках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln пункт</numerusform>
            <numerusform>%Ln пункта</numerusform>
            <numerusform>%Ln пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation>Открытие {label}…</translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <source>Listing the open brackets…</source>
        <translation>Перечень открытых квадратных скобок…</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is the first version: choose a later one to compare.</source>
        <translation>«{v}» — первая версия: выберите более позднюю для сравнения.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Import draft…</source>
        <translation>&amp;Импортировать проект…</translation>
    </message>
    <message>
        <source>Import a .docx, .pdf, .txt or .md</source>
        <translation>Импортировать .docx, .pdf, .txt или .md</translation>
    </message>
    <message>
        <source>Load the &amp;demo negotiation</source>
        <translation>Загрузить &amp;демонстрационные переговоры</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Экспорт пакета данных…</translation>
    </message>
    <message>
        <source>Import &amp;bundle…</source>
        <translation>Импорт пакета &amp;данных…</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name…</source>
        <translation>&amp;Имя этого ноутбука…</translation>
    </message>
    <message>
        <source>&amp;Sync folder…</source>
        <translation>Папка &amp;синхронизации…</translation>
    </message>
    <message>
        <source>Sync with the team</source>
        <translation>Синхронизировать с группой</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the pack, redline, state of play or report of this view</source>
        <translation>Напечатать пакет, сравнение, обзор хода переговоров или отчёт этого представления</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Документ</translation>
    </message>
    <message>
        <source>&amp;Brackets board</source>
        <translation>Доска &amp;квадратных скобок</translation>
    </message>
    <message>
        <source>&amp;Compare versions</source>
        <translation>&amp;Сравнить версии</translation>
    </message>
    <message>
        <source>&amp;Positions matrix</source>
        <translation>Матрица &amp;позиций</translation>
    </message>
    <message>
        <source>Stakeholder &amp;inputs</source>
        <translation>Предложения &amp;заинтересованных сторон</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>&amp;Обязательства</translation>
    </message>
    <message>
        <source>In&amp;terventions</source>
        <translation>Выс&amp;тупления</translation>
    </message>
    <message>
        <source>Interpreter &amp;pack</source>
        <translation>Пакет для &amp;переводчиков</translation>
    </message>
    <message>
        <source>Sync and &amp;conflicts</source>
        <translation>Синхронизация и &amp;конфликты</translation>
    </message>
    <message>
        <source>&amp;Search all versions…</source>
        <translation>&amp;Поиск во всех версиях…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Deleted &amp;drafts…</source>
        <translation>Удалённые п&amp;роекты…</translation>
    </message>
    <message>
        <source>Versions and documents deleted here or by the team</source>
        <translation>Версии и документы, удалённые здесь или командой</translation>
    </message>
    <message>
        <source>&amp;Find in this document…</source>
        <translation>&amp;Найти в этом документе…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Высокая контрастность</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Инспектор</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About WSIS Desk</source>
        <translation>&amp;О программе WSIS Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Proponents</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Bracketed text</source>
        <translation>Текст в квадратных скобках</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Redline</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Landed</source>
        <translation>Где учтено</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Что было сказано</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>In effect now</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Отложена</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Could not do that</source>
        <translation>Не удалось выполнить</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside WSIS Desk. Your data is safe; the last action was not completed. Copy the details below when you report it.</source>
        <translation>В WSIS Desk произошёл сбой. Ваши данные в сохранности; последнее действие не было завершено. Скопируйте подробности ниже, когда будете сообщать о проблеме.</translation>
    </message>
</context>
<context>
    <name>timing</name>
    <message>
        <source>about {clock} at {chars} characters ({wpm} words) a minute</source>
        <translation>около {clock} при {chars} иероглифах ({wpm} словах) в минуту</translation>
    </message>
    <message>
        <source>about {clock} at {wpm} words a minute</source>
        <translation>около {clock} при {wpm} словах в минуту</translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>регламент {slot}</translation>
    </message>
    <message>
        <source>No time limit set.</source>
        <translation>Регламент не задан.</translation>
    </message>
    <message>
        <source>Fits the slot, {spare} to spare.</source>
        <translation>Укладывается в регламент, запас {spare}.</translation>
    </message>
    <message>
        <source>Over the slot at this pace: fits only at {pace} characters a minute, or cut {cut}.</source>
        <translation>При этом темпе превышает регламент: уложится только при {pace} иероглифах в минуту, или сократите {cut}.</translation>
    </message>
    <message>
        <source>Over the slot at this pace: fits only at {pace} words a minute, or cut {cut}.</source>
        <translation>При этом темпе превышает регламент: уложится только при {pace} словах в минуту, или сократите {cut}.</translation>
    </message>
    <message>
        <source>Fits the slot but too fast to interpret ({pace} characters a minute): cut {cut}.</source>
        <translation>Укладывается в регламент, но слишком быстро для перевода ({pace} иероглифов в минуту): сократите {cut}.</translation>
    </message>
    <message>
        <source>Fits the slot but too fast to interpret ({pace} words a minute): cut {cut}.</source>
        <translation>Укладывается в регламент, но слишком быстро для перевода ({pace} слов в минуту): сократите {cut}.</translation>
    </message>
    <message>
        <source>no slot</source>
        <translation>без регламента</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>укладывается</translation>
    </message>
    <message>
        <source>over: cut {cut}</source>
        <translation>превышение: сократить {cut}</translation>
    </message>
    <message>
        <source>⚠ too fast: cut {cut}</source>
        <translation>⚠ слишком быстро: сократить {cut}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ выполнено</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>снято</translation>
    </message>
    <message>
        <source>!! OVERDUE</source>
        <translation>!! ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>preambular</source>
        <translation>преамбула</translation>
    </message>
    <message>
        <source>operative</source>
        <translation>постановляющая часть</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>article</source>
        <translation>статья</translation>
    </message>
    <message>
        <source>option</source>
        <translation>вариант</translation>
    </message>
    <message>
        <source>table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>вариант</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>заполнитель</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>agreed ad referendum</source>
        <translation>согласовано ad referendum</translation>
    </message>
    <message>
        <source>suggested for closure</source>
        <translation>предложено к закрытию</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>остаётся</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>в зале</translation>
    </message>
    <message>
        <source>written</source>
        <translation>письменно</translation>
    </message>
    <message>
        <source>Word comment</source>
        <translation>комментарий Word</translation>
    </message>
    <message>
        <source>bracket</source>
        <translation>скобка</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>наблюдение</translation>
    </message>
    <message>
        <source>hearsay</source>
        <translation>с чужих слов</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательный</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>произнесено</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>reflected</source>
        <translation>учтено</translation>
    </message>
    <message>
        <source>partially reflected</source>
        <translation>учтено частично</translation>
    </message>
    <message>
        <source>not reflected</source>
        <translation>не учтено</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <source>ad ref</source>
        <translation>ad ref</translation>
    </message>
    <message>
        <source>for closure</source>
        <translation>к закрытию</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>поддерживает</translation>
    </message>
    <message>
        <source>opposes</source>
        <translation>возражает</translation>
    </message>
    <message>
        <source>amends</source>
        <translation>предлагает поправку</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>оговорка</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>красная линия</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>гибкая позиция</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
</TS>
