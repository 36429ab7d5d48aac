<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BinDialog</name>
    <message numerus="yes">
        <source>Document “{d}” with %n version(s)</source>
        <translation>
            <numerusform>Document “{d}” with %n version</numerusform>
            <numerusform>Document “{d}” with %n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!! %n overdue (listed first, in bold)</source>
        <translation>
            <numerusform>!! %n overdue (listed first, in bold)</numerusform>
            <numerusform>!! %n overdue (listed first, in bold)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRemarks</name>
    <message numerus="yes">
        <source>%n lettered sub-paragraph(s) with no numbered paragraph above them</source>
        <translation>
            <numerusform>%n lettered sub-paragraph with no numbered paragraph above it</numerusform>
            <numerusform>%n lettered sub-paragraphs with no numbered paragraph above them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph number(s) out of order or printed twice</source>
        <translation>
            <numerusform>%n paragraph number out of order or printed twice</numerusform>
            <numerusform>%n paragraph numbers out of order or printed twice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other remark(s)</source>
        <translation>
            <numerusform>%n other remark</numerusform>
            <numerusform>%n other remarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) to check:</source>
        <translation>
            <numerusform>%n remark to check:</numerusform>
            <numerusform>%n remarks to check:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryEdits</name>
    <message numerus="yes">
        <source>Imported &apos;{label}&apos; of &apos;{doc}&apos;: %n paragraph(s).</source>
        <translation>
            <numerusform>Imported &apos;{label}&apos; of &apos;{doc}&apos;: %n paragraph.</numerusform>
            <numerusform>Imported &apos;{label}&apos; of &apos;{doc}&apos;: %n paragraphs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%n open [ ]</source>
        <translation>
            <numerusform>%n open [ ]</numerusform>
            <numerusform>%n open [ ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n paragraph(s), from {source}</source>
        <translation>
            <numerusform>{label}: %n paragraph, from {source}</numerusform>
            <numerusform>{label}: %n paragraphs, from {source}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %n page(s), fingerprint {fp}.</source>
        <translation>
            <numerusform>Wrote {path}: %n page, fingerprint {fp}.</numerusform>
            <numerusform>Wrote {path}: %n pages, fingerprint {fp}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackPreviewPane</name>
    <message numerus="yes">
        <source>… and %n more page(s) in the exported file.</source>
        <translation>
            <numerusform>… and %n more page in the exported file.</numerusform>
            <numerusform>… and %n more pages in the exported file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) (page images need pdftoppm from poppler-utils).</source>
        <translation>
            <numerusform>%n page (page images need pdftoppm from poppler-utils).</numerusform>
            <numerusform>%n pages (page images need pdftoppm from poppler-utils).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message numerus="yes">
        <source>%n to review (text changed)</source>
        <translation>
            <numerusform>%n to review (text changed)</numerusform>
            <numerusform>%n to review (text changed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>Printed {title}: %n page(s) to {where}.</source>
        <translation>
            <numerusform>Printed {title}: %n page to {where}.</numerusform>
            <numerusform>Printed {title}: %n pages to {where}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n paragraph(s) found.</source>
        <translation>
            <numerusform>%n paragraph found.</numerusform>
            <numerusform>%n paragraphs found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message numerus="yes">
        <source>received %n change(s)</source>
        <translation>
            <numerusform>received %n change</numerusform>
            <numerusform>received %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n</source>
        <translation>
            <numerusform>sent %n</numerusform>
            <numerusform>sent %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) could not be read.</source>
        <translation>
            <numerusform>%n bundle could not be read.</numerusform>
            <numerusform>%n bundles could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review (%n)</source>
        <translation>
            <numerusform>Conflicts to review (%n)</numerusform>
            <numerusform>Conflicts to review (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionFlow</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open bracket group(s)</source>
        <translation>
            <numerusform>%n open bracket group</numerusform>
            <numerusform>%n open bracket groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
</context>
</TS>
