<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddCommitmentDialog</name>
    <message>
        <source>Add commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OP5, PP3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddInputDialog</name>
    <message>
        <source>Add stakeholder input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society, Private sector, USA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OP5, PP3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BracketsBoard</name>
    <message>
        <source>Bracket census</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by paragraph, proponent or text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter open bracket groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bracket groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-down across versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn-down chart of open brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open bracket groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraphs with brackets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <source>Overdue: the due date has passed and it is not done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected commitment done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark d&amp;ropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected commitment dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!! %n overdue (listed first, in bold)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Before ({version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After ({version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity {pct:.0f}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{changed} changed · {added} added · {removed} removed · {moved} moved · {renumbered} renumbered · {merged} merged · {split} split · {unchanged} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brackets {before} → {after}: {resolved} resolved, {dropped} dropped, {added} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} now agreed ad ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No substantive change: the words are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new}
was {old}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped with their text: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bracket groups {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now agreed ad ref</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document with at least two versions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next changed paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous changed paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column: deleted struck, inserted underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns: before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Word redline with tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a photocopy-ready PDF redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only c&amp;hanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only changed paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;bracket changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only paragraphs whose brackets changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has only one version: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing {old} with {new}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more changes below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more changes above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export redline as DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export redline as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the redline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paragraph matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>resolved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Version shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;bracketed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only paragraphs with brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with &amp;status marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only paragraphs with a status marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by proponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text of this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proponent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs of the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a version in the library, or import a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paragraph matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>removed (was {label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (was {old})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Paragraph history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph history heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph in each version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paragraph has no history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: in {n} of {total} versions; underlined = inserted, struck = deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a paragraph to see its history across versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Zero draft, Rev.1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulation date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A/80/L.1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputsView</name>
    <message>
        <source>Inputs ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add input…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stakeholder input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the transparency report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the transparency report as DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: where it landed, or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the outcome of the selected input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export transparency report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an input to set its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a paragraph to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph text, footnotes and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bracket groups of the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bracket groups: {n}, deepest {d}; proponents: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brackets of this paragraph do not pair up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterventionEditor</name>
    <message>
        <source>party code or name, e.g. Civil Society Caucus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretable pace: about 100–120 words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no document —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels, e.g. OP3, OP5bis or OP3-OP5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement as it will be delivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace in words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph labels referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refers to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterventionsView</name>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark deli&amp;vered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spea&amp;ker mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{t}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{t}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked “{t}” delivered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSIS Desk will use {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Negotiations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n paragraph(s), from {source}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library of negotiations, documents and versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WSIS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{v}&apos; of &apos;{d}&apos; is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{documents}, {versions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No drafts yet.

Import a draft (or drop a .docx here), or load the demo negotiation to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{groups} in {paragraphs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open bracket group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This content is already &apos;{label}&apos; of &apos;{doc}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported &apos;{label}&apos; of &apos;{doc}&apos;: %n paragraph(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, with remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About WSIS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSIS Desk {v}
An offline desk for negotiated texts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>no position recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Position matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a group&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties with positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All member states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;contested paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contested paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our party, e.g. EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our party for the state of play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of &amp;play PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the one-page state of play as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: {stances}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key to the stance marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties by paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doc} {ver}: {rows} parties × {cols} paragraphs, {n} stances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export matrix as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export state of play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the state of play…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merge report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <source>Statements in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OP3, OP5bis, OP7-OP9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;changes against the previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a text file of &apos;term = explanation&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the first statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Double-sided (each item starts on a recto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK AGAINST DELIVERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ OUT VERBATIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs (labels of a version):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;nner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} · {items} · fingerprint {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %n page(s), fingerprint {fp}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the preview: press Preview (F5) again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackPreviewPane</name>
    <message>
        <source>Pack preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what goes in the pack, then press Preview (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more page(s) in the exported file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) (page images need pdftoppm from poppler-utils).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphTableModel</name>
    <message>
        <source>The square brackets in this paragraph do not pair up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Edit position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USA, G77, Grupo Sur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party or actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new actor when not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>⚠ text changed since — review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>Positions on the selected paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions: select a paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions on {label}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to review (text changed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every version: words, or &quot;a phrase&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 paragraph found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>{version} (not in the newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In: {versions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In: {versions}. Now {label}, with other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In: {versions}. The paragraph is gone from the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} of {version}, {document}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerMode</name>
    <message>
        <source>Speaker mode — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space start/pause · R reset · Esc leave · Ctrl+± text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elapsed (no slot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} OVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP — over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIND UP — left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused · Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop: %1 (%2) · last sync: %3 · open conflicts: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the team&apos;s bundles (leave empty if you do not use one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the team sees this laptop (e.g. &apos;CSO caucus laptop 3&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} · last sync {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} · not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <source>Listing the open brackets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is the first version: choose a later one to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Import draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .docx, .txt or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;demo negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brackets board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Positions matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder &amp;inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;terventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter &amp;pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync and &amp;conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search all versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About WSIS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proponents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bracketed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Could not do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside WSIS Desk. Your data is safe; the last action was not completed. Copy the details below when you report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Add position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timing</name>
    <message>
        <source>about {clock} at {wpm} words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time limit set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits the slot, {spare} to spare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the slot at this pace: fits only at {pace} words a minute, or cut {cut}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits the slot but too fast to interpret ({pace} words a minute): cut {cut}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over: cut {cut}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ too fast: cut {cut}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!! OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preambular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed ad referendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested for closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearsay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partially reflected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reflected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flexible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
