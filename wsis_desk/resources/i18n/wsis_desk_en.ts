<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BinDialog</name>
    <message numerus="yes">
        <source>Document “{d}” with %Ln version(s)</source>
        <translation>
            <numerusform>Document “{d}” with %Ln version</numerusform>
            <numerusform>Document “{d}” with %Ln versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln commitment</numerusform>
            <numerusform>%Ln commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!! %Ln overdue (listed first, in bold)</source>
        <translation>
            <numerusform>!! %Ln overdue (listed first, in bold)</numerusform>
            <numerusform>!! %Ln overdue (listed first, in bold)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRemarks</name>
    <message numerus="yes">
        <source>%Ln lettered sub-paragraph(s) with no numbered paragraph above them</source>
        <translation>
            <numerusform>%Ln lettered sub-paragraph with no numbered paragraph above it</numerusform>
            <numerusform>%Ln lettered sub-paragraphs with no numbered paragraph above them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph number(s) out of order or printed twice</source>
        <translation>
            <numerusform>%Ln paragraph number out of order or printed twice</numerusform>
            <numerusform>%Ln paragraph numbers out of order or printed twice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other remark(s)</source>
        <translation>
            <numerusform>%Ln other remark</numerusform>
            <numerusform>%Ln other remarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln remark(s) to check:</source>
        <translation>
            <numerusform>%Ln remark to check:</numerusform>
            <numerusform>%Ln remarks to check:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryEdits</name>
    <message numerus="yes">
        <source>Imported &apos;{label}&apos; of &apos;{doc}&apos;: %Ln paragraph(s).</source>
        <translation>
            <numerusform>Imported &apos;{label}&apos; of &apos;{doc}&apos;: %Ln paragraph.</numerusform>
            <numerusform>Imported &apos;{label}&apos; of &apos;{doc}&apos;: %Ln paragraphs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%Ln open [ ]</source>
        <translation>
            <numerusform>%Ln open [ ]</numerusform>
            <numerusform>%Ln open [ ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label}: %Ln paragraph(s), from {source}</source>
        <translation>
            <numerusform>{label}: %Ln paragraph, from {source}</numerusform>
            <numerusform>{label}: %Ln paragraphs, from {source}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %Ln page(s), fingerprint {fp}.</source>
        <translation>
            <numerusform>Wrote {path}: %Ln page, fingerprint {fp}.</numerusform>
            <numerusform>Wrote {path}: %Ln pages, fingerprint {fp}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackPreviewPane</name>
    <message numerus="yes">
        <source>… and %Ln more page(s) in the exported file.</source>
        <translation>
            <numerusform>… and %Ln more page in the exported file.</numerusform>
            <numerusform>… and %Ln more pages in the exported file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) (page images need pdftoppm from poppler-utils).</source>
        <translation>
            <numerusform>%Ln page (page images need pdftoppm from poppler-utils).</numerusform>
            <numerusform>%Ln pages (page images need pdftoppm from poppler-utils).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message numerus="yes">
        <source>%Ln to review (text changed)</source>
        <translation>
            <numerusform>%Ln to review (text changed)</numerusform>
            <numerusform>%Ln to review (text changed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>Printed {title}: %Ln page(s) to {where}.</source>
        <translation>
            <numerusform>Printed {title}: %Ln page to {where}.</numerusform>
            <numerusform>Printed {title}: %Ln pages to {where}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln paragraph(s) found.</source>
        <translation>
            <numerusform>%Ln paragraph found.</numerusform>
            <numerusform>%Ln paragraphs found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message numerus="yes">
        <source>received %Ln change(s)</source>
        <translation>
            <numerusform>received %Ln change</numerusform>
            <numerusform>received %Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln</source>
        <translation>
            <numerusform>sent %Ln</numerusform>
            <numerusform>sent %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln conflict to review</numerusform>
            <numerusform>%Ln conflicts to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) could not be read.</source>
        <translation>
            <numerusform>%Ln bundle could not be read.</numerusform>
            <numerusform>%Ln bundles could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review (%Ln)</source>
        <translation>
            <numerusform>Conflicts to review (%Ln)</numerusform>
            <numerusform>Conflicts to review (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionFlow</name>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln version</numerusform>
            <numerusform>%Ln versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open bracket group(s)</source>
        <translation>
            <numerusform>%Ln open bracket group</numerusform>
            <numerusform>%Ln open bracket groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln paragraph</numerusform>
            <numerusform>%Ln paragraphs</numerusform>
        </translation>
    </message>
</context>
</TS>
