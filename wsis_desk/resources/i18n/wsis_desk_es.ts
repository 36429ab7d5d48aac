<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddCommitmentDialog</name>
    <message>
        <source>Add commitment</source>
        <translation>Añadir compromiso</translation>
    </message>
    <message>
        <source>OP5, PP3</source>
        <translation>OP5, PP3</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>Who committed</source>
        <translation>Quién se comprometió</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>What was committed</source>
        <translation>Qué se comprometió</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Plazo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>&amp;Párrafos</translation>
    </message>
    <message>
        <source>Linked paragraphs</source>
        <translation>Párrafos vinculados</translation>
    </message>
</context>
<context>
    <name>AddInputDialog</name>
    <message>
        <source>Add stakeholder input</source>
        <translation>Añadir aportación de las partes interesadas</translation>
    </message>
    <message>
        <source>Civil society, Private sector, USA…</source>
        <translation>Sociedad civil, Sector privado, EE. UU.…</translation>
    </message>
    <message>
        <source>OP5, PP3</source>
        <translation>OP5, PP3</translation>
    </message>
    <message>
        <source>&amp;Submitter</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Date submitted</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>&amp;Párrafos</translation>
    </message>
    <message>
        <source>Target paragraphs</source>
        <translation>Párrafos a los que se refiere</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Lo que se pedía</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Deleted drafts</source>
        <translation>Borradores eliminados</translation>
    </message>
    <message>
        <source>Deleted versions and documents</source>
        <translation>Versiones y documentos eliminados</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>No se ha eliminado nada.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the selected item</source>
        <translation>Restaurar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Deleted versions and documents stay here, on every laptop the deletion reaches, until someone restores them.</source>
        <translation>Las versiones y los documentos eliminados quedan aquí, en cada portátil al que llega la eliminación, hasta que alguien los restaure.</translation>
    </message>
    <message>
        <source>Version “{v}” of “{d}” (deleted {when})</source>
        <translation>Versión «{v}» de «{d}» (eliminada el {when})</translation>
    </message>
    <message numerus="yes">
        <source>Document “{d}” with %Ln version(s)</source>
        <translation>
            <numerusform>Documento «{d}» con %Ln versión</numerusform>
            <numerusform>Documento «{d}» con %Ln versiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BracketDelegate</name>
    <message>
        <source>unpaired bracket</source>
        <translation>corchete sin pareja</translation>
    </message>
</context>
<context>
    <name>BracketsBoard</name>
    <message>
        <source>Bracket census</source>
        <translation>Recuento de corchetes</translation>
    </message>
    <message>
        <source>Filter by paragraph, proponent or text…</source>
        <translation>Filtrar por párrafo, proponente o texto…</translation>
    </message>
    <message>
        <source>Filter open bracket groups</source>
        <translation>Filtrar grupos entre corchetes abiertos</translation>
    </message>
    <message>
        <source>Open bracket groups</source>
        <translation>Grupos entre corchetes abiertos</translation>
    </message>
    <message>
        <source>Burn-down across versions</source>
        <translation>Evolución entre versiones</translation>
    </message>
    <message>
        <source>Burn-down chart of open brackets</source>
        <translation>Gráfico de evolución de los corchetes abiertos</translation>
    </message>
    <message>
        <source>open bracket groups</source>
        <translation>grupos entre corchetes abiertos</translation>
    </message>
    <message>
        <source>paragraphs with brackets</source>
        <translation>párrafos con corchetes</translation>
    </message>
</context>
<context>
    <name>ChangesTableModel</name>
    <message>
        <source>{what} (deleted)</source>
        <translation>{what} (eliminado)</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <source>Overdue: the due date has passed and it is not done.</source>
        <translation>Vencido: la fecha límite ha pasado y no se ha cumplido.</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Commitments summary</source>
        <translation>Resumen de compromisos</translation>
    </message>
    <message>
        <source>Commitments list</source>
        <translation>Lista de compromisos</translation>
    </message>
    <message>
        <source>&amp;Add commitment…</source>
        <translation>&amp;Añadir compromiso…</translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation>Añadir un compromiso</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar &amp;cumplido</translation>
    </message>
    <message>
        <source>Mark the selected commitment done</source>
        <translation>Marcar como cumplido el compromiso seleccionado</translation>
    </message>
    <message>
        <source>Mark d&amp;ropped</source>
        <translation>Marcar &amp;descartado</translation>
    </message>
    <message>
        <source>Mark the selected commitment dropped</source>
        <translation>Marcar como descartado el compromiso seleccionado</translation>
    </message>
    <message>
        <source>No commitments</source>
        <translation>Ningún compromiso</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln compromiso</numerusform>
            <numerusform>%Ln compromisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!! %Ln overdue (listed first, in bold)</source>
        <translation>
            <numerusform>!! %Ln vencido (al principio, en negrita)</numerusform>
            <numerusform>!! %Ln vencidos (al principio, en negrita)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments (step 11 of the guidelines) record who undertook to do what, by when, and which paragraphs it serves.

Choose a version in the library, then press Add commitment… to record one for its document.</source>
        <translation>Los compromisos (paso 11 de las directrices) registran quién se comprometió a hacer qué, para cuándo y a qué párrafos se refiere.

Elija una versión en la biblioteca y pulse Añadir compromiso… para registrar uno para su documento.</translation>
    </message>
    <message>
        <source>No commitment recorded for this document yet.

Press Add commitment… to record who undertook to do what, by when, and the paragraphs it serves.</source>
        <translation>Todavía no hay compromisos registrados para este documento.

Pulse Añadir compromiso… para registrar quién se comprometió a hacer qué, para cuándo y los párrafos a los que se refiere.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Before ({version})</source>
        <translation>Antes ({version})</translation>
    </message>
    <message>
        <source>After ({version})</source>
        <translation>Después ({version})</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>Similarity {pct:.0f}%</source>
        <translation>Similitud {pct:.0f} %</translation>
    </message>
    <message>
        <source>{changed} changed · {added} added · {removed} removed · {moved} moved · {renumbered} renumbered · {merged} merged · {split} split · {unchanged} unchanged</source>
        <translation>{changed} modificados · {added} añadidos · {removed} suprimidos · {moved} desplazados · {renumbered} renumerados · {merged} fusionados · {split} divididos · {unchanged} sin cambios</translation>
    </message>
    <message>
        <source>Brackets {before} → {after}: {resolved} resolved, {dropped} dropped, {added} added</source>
        <translation>Corchetes {before} → {after}: {resolved} resueltos, {dropped} suprimidos, {added} añadidos</translation>
    </message>
    <message>
        <source>Footnote brackets {before} → {after}: {resolved} resolved, {dropped} dropped, {added} added</source>
        <translation>Corchetes de las notas al pie {before} → {after}: {resolved} resueltos, {dropped} suprimidos, {added} añadidos</translation>
    </message>
    <message>
        <source>{n} now agreed ad ref</source>
        <translation>{n} ahora acordados ad referendum</translation>
    </message>
    <message>
        <source>Footnotes changed: {n}</source>
        <translation>Notas al pie modificadas: {n}</translation>
    </message>
    <message>
        <source>Footnotes no paragraph cites changed: {diff}</source>
        <translation>Notas al pie no citadas en ningún párrafo modificadas: {diff}</translation>
    </message>
    <message>
        <source>No substantive change: the words are the same.</source>
        <translation>Ningún cambio sustantivo: las palabras son las mismas.</translation>
    </message>
    <message>
        <source>{new}
was {old}</source>
        <translation>{new}
era {old}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>desplazado</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>renumerado</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>suprimido</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionado</translation>
    </message>
    <message>
        <source>split</source>
        <translation>dividido</translation>
    </message>
    <message>
        <source>footnote changed</source>
        <translation>nota al pie modificada</translation>
    </message>
    <message>
        <source>Footnote bracket groups {details}</source>
        <translation>Grupos entre corchetes de las notas al pie {details}</translation>
    </message>
    <message>
        <source>Footnote changed: {diff}</source>
        <translation>Nota al pie modificada: {diff}</translation>
    </message>
    <message>
        <source>resolved: {n}</source>
        <translation>resueltos: {n}</translation>
    </message>
    <message>
        <source>dropped with their text: {n}</source>
        <translation>suprimidos con su texto: {n}</translation>
    </message>
    <message>
        <source>added: {n}</source>
        <translation>añadidos: {n}</translation>
    </message>
    <message>
        <source>Bracket groups {details}</source>
        <translation>Grupos entre corchetes {details}</translation>
    </message>
    <message>
        <source>now agreed ad ref</source>
        <translation>ahora acordado ad referendum</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Choose a document with at least two versions to compare.</source>
        <translation>Elija un documento con al menos dos versiones para comparar.</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Cambio siguiente</translation>
    </message>
    <message>
        <source>Go to the next changed paragraph</source>
        <translation>Ir al siguiente párrafo modificado</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Cambio anterior</translation>
    </message>
    <message>
        <source>Go to the previous changed paragraph</source>
        <translation>Ir al párrafo modificado anterior</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <source>One column: deleted struck, inserted underlined</source>
        <translation>Una columna: lo suprimido tachado, lo insertado subrayado</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Two columns: before and after</source>
        <translation>Dos columnas: antes y después</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>Exportar DOCX…</translation>
    </message>
    <message>
        <source>Save a Word redline with tracked changes</source>
        <translation>Guardar una versión de Word con control de cambios</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Save a photocopy-ready PDF redline</source>
        <translation>Guardar una comparación en PDF lista para fotocopiar</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versión más reciente</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;con</translation>
    </message>
    <message>
        <source>Only c&amp;hanged</source>
        <translation>Solo &amp;modificados</translation>
    </message>
    <message>
        <source>Show only changed paragraphs</source>
        <translation>Mostrar solo los párrafos modificados</translation>
    </message>
    <message>
        <source>Only &amp;bracket changes</source>
        <translation>Solo cambios de &amp;corchetes</translation>
    </message>
    <message>
        <source>Show only paragraphs whose brackets changed</source>
        <translation>Mostrar solo los párrafos cuyos corchetes cambiaron</translation>
    </message>
    <message>
        <source>Inline redline</source>
        <translation>Comparación integrada</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>Exportar DOCX</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Summary of the comparison</source>
        <translation>Resumen de la comparación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Paragraphs compared</source>
        <translation>Párrafos comparados</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>Nada que comparar</translation>
    </message>
    <message>
        <source>This document has only one version: nothing to compare.</source>
        <translation>Este documento solo tiene una versión: nada que comparar.</translation>
    </message>
    <message>
        <source>Comparing {old} with {new}…</source>
        <translation>Comparando {old} con {new}…</translation>
    </message>
    <message>
        <source>No more changes below.</source>
        <translation>No hay más cambios abajo.</translation>
    </message>
    <message>
        <source>No more changes above.</source>
        <translation>No hay más cambios arriba.</translation>
    </message>
    <message>
        <source>Export redline as DOCX</source>
        <translation>Exportar la comparación como DOCX</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Export redline as PDF</source>
        <translation>Exportar la comparación como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Writing the redline…</source>
        <translation>Redactando la comparación…</translation>
    </message>
    <message>
        <source>No paragraph matches these filters.</source>
        <translation>Ningún párrafo coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Redline {old} → {new}</source>
        <translation>Comparación {old} → {new}</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>yours</source>
        <translation>usted</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Version shown</source>
        <translation>Versión mostrada</translation>
    </message>
    <message>
        <source>Only &amp;bracketed</source>
        <translation>Solo &amp;entre corchetes</translation>
    </message>
    <message>
        <source>Show only paragraphs with brackets</source>
        <translation>Mostrar solo los párrafos con corchetes</translation>
    </message>
    <message>
        <source>Only with &amp;status marker</source>
        <translation>Solo con &amp;marca de estado</translation>
    </message>
    <message>
        <source>Show only paragraphs with a status marker</source>
        <translation>Mostrar solo los párrafos con una marca de estado</translation>
    </message>
    <message>
        <source>Filter by proponent</source>
        <translation>Filtrar por proponente</translation>
    </message>
    <message>
        <source>Search the text…</source>
        <translation>Buscar en el texto…</translation>
    </message>
    <message>
        <source>Search the text of this version</source>
        <translation>Buscar en el texto de esta versión</translation>
    </message>
    <message>
        <source>Filters in use</source>
        <translation>Filtros aplicados</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>Quitar los &amp;filtros</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>Proponent:</source>
        <translation>Proponente:</translation>
    </message>
    <message>
        <source>Paragraphs of the version</source>
        <translation>Párrafos de la versión</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <source>Import a draft…</source>
        <translation>Importar un borrador…</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Importar un borrador</translation>
    </message>
    <message>
        <source>Load the demo negotiation</source>
        <translation>Cargar la negociación de demostración</translation>
    </message>
    <message>
        <source>Choose a version in the library, or import a draft.</source>
        <translation>Elija una versión en la biblioteca o importe un borrador.</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>No version open</source>
        <translation>Ninguna versión abierta</translation>
    </message>
    <message>
        <source>Filtered: {shown} of {total} shown.</source>
        <translation>Filtrado: se muestran {shown} de {total}.</translation>
    </message>
    <message>
        <source>No paragraph matches these filters.</source>
        <translation>Ningún párrafo coincide con estos filtros.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>Buscar en este documento</translation>
    </message>
    <message>
        <source>Find in this document…</source>
        <translation>Buscar en este documento…</translation>
    </message>
    <message>
        <source>Words to find in this document</source>
        <translation>Palabras que buscar en este documento</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+Intro, Mayús+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation>Coincidencia siguiente (Intro, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>WSIS Desk guide</source>
        <translation>Guía de WSIS Desk</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>The guide is missing from this installation ({path}). Reinstall WSIS Desk.</source>
        <translation>Falta la guía en esta instalación ({path}). Vuelva a instalar WSIS Desk.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>removed (was {label})</source>
        <translation>suprimido (era {label})</translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation>no está en esta versión</translation>
    </message>
    <message>
        <source>{label} (was {old})</source>
        <translation>{label} (era {old})</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>primera versión</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>renumerado</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Paragraph history</source>
        <translation>Historial del párrafo</translation>
    </message>
    <message>
        <source>Paragraph history heading</source>
        <translation>Encabezado del historial del párrafo</translation>
    </message>
    <message>
        <source>The paragraph in each version</source>
        <translation>El párrafo en cada versión</translation>
    </message>
    <message>
        <source>This paragraph has no history yet.</source>
        <translation>Este párrafo aún no tiene historial.</translation>
    </message>
    <message>
        <source>{label}: in {n} of {total} versions; underlined = inserted, struck = deleted</source>
        <translation>{label}: en {n} de {total} versiones; subrayado = insertado, tachado = suprimido</translation>
    </message>
    <message>
        <source>Select a paragraph to see its history across versions.</source>
        <translation>Seleccione un párrafo para ver su historial entre versiones.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Drafts (*.docx *.pdf *.txt *.md);;All files (*)</source>
        <translation>Borradores (*.docx *.pdf *.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Importar un borrador</translation>
    </message>
    <message>
        <source>Draft file</source>
        <translation>Archivo del borrador</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>A new document, or pick one from the list</source>
        <translation>Un documento nuevo, o elija uno de la lista</translation>
    </message>
    <message>
        <source>Where the draft goes</source>
        <translation>Adónde va el borrador</translation>
    </message>
    <message>
        <source>e.g. Zero draft, Rev.1 (optional)</source>
        <translation>p. ej. Borrador cero, Rev.1 (opcional)</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Nombre de la versión</translation>
    </message>
    <message>
        <source>Circulated at</source>
        <translation>Distribuido el</translation>
    </message>
    <message>
        <source>Circulation date and time</source>
        <translation>Fecha y hora de distribución</translation>
    </message>
    <message>
        <source>Where the date comes from</source>
        <translation>De dónde viene la fecha</translation>
    </message>
    <message>
        <source>e.g. A/80/L.1 (optional)</source>
        <translation>p. ej. A/80/L.1 (opcional)</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Signatura del documento</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Choose a draft</source>
        <translation>Elegir un borrador</translation>
    </message>
    <message>
        <source>The date printed on the draft; set the time if known.</source>
        <translation>La fecha impresa en el borrador; indique la hora si la conoce.</translation>
    </message>
    <message>
        <source>Name the document this draft is a version of.</source>
        <translation>Indique el documento del que este borrador es una versión.</translation>
    </message>
    <message>
        <source>A new document “{name}” will be created.</source>
        <translation>Se creará un documento nuevo «{name}».</translation>
    </message>
    <message>
        <source>The draft becomes the next version of “{name}”.</source>
        <translation>El borrador pasa a ser la próxima versión de «{name}».</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que se importará</translation>
    </message>
</context>
<context>
    <name>ImportRemarks</name>
    <message>
        <source>Imported, with remarks</source>
        <translation>Importado, con observaciones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lettered sub-paragraph(s) with no numbered paragraph above them</source>
        <translation>
            <numerusform>%Ln apartado con letra sin párrafo numerado encima</numerusform>
            <numerusform>%Ln apartados con letra sin párrafo numerado encima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph number(s) out of order or printed twice</source>
        <translation>
            <numerusform>%Ln número de párrafo fuera de orden o impreso dos veces</numerusform>
            <numerusform>%Ln números de párrafo fuera de orden o impresos dos veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other remark(s)</source>
        <translation>
            <numerusform>%Ln observación más</numerusform>
            <numerusform>%Ln observaciones más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln remark(s) to check:</source>
        <translation>
            <numerusform>%Ln observación que revisar:</numerusform>
            <numerusform>%Ln observaciones que revisar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a paragraph to see its remarks in the inspector; Show Details lists them all.</source>
        <translation>Seleccione un párrafo para ver sus observaciones en el inspector; «Mostrar los detalles» las enumera todas.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputsView</name>
    <message>
        <source>Inputs ledger</source>
        <translation>Registro de aportaciones</translation>
    </message>
    <message>
        <source>Stakeholder inputs</source>
        <translation>Aportaciones de las partes interesadas</translation>
    </message>
    <message>
        <source>&amp;Add input…</source>
        <translation>&amp;Añadir aportación…</translation>
    </message>
    <message>
        <source>Add a stakeholder input</source>
        <translation>Añadir una aportación de las partes interesadas</translation>
    </message>
    <message>
        <source>Report &amp;PDF…</source>
        <translation>Informe &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the transparency report as PDF</source>
        <translation>Exportar el informe de transparencia como PDF</translation>
    </message>
    <message>
        <source>Report &amp;DOCX…</source>
        <translation>Informe &amp;DOCX…</translation>
    </message>
    <message>
        <source>Export the transparency report as DOCX</source>
        <translation>Exportar el informe de transparencia como DOCX</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why: where it landed, or why not</source>
        <translation>Por qué: dónde quedó reflejada, o por qué no</translation>
    </message>
    <message>
        <source>&amp;Set outcome</source>
        <translation>&amp;Fijar resultado</translation>
    </message>
    <message>
        <source>Set the outcome of the selected input</source>
        <translation>Fijar el resultado de la aportación seleccionada</translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation>Historial de resultados</translation>
    </message>
    <message>
        <source>Selected input</source>
        <translation>Aportación seleccionada</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Export transparency report</source>
        <translation>Exportar el informe de transparencia</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Redactando el informe…</translation>
    </message>
    <message>
        <source>Select an input to set its outcome.</source>
        <translation>Seleccione una aportación para fijar su resultado.</translation>
    </message>
    <message>
        <source>Transparency report: {document}</source>
        <translation>Informe de transparencia: {document}</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a paragraph to see it in full.</source>
        <translation>Seleccione un párrafo para verlo completo.</translation>
    </message>
    <message>
        <source>Selected paragraph</source>
        <translation>Párrafo seleccionado</translation>
    </message>
    <message>
        <source>Paragraph text, footnotes and comments</source>
        <translation>Texto del párrafo, notas al pie y comentarios</translation>
    </message>
    <message>
        <source>Bracket groups of the paragraph</source>
        <translation>Grupos entre corchetes del párrafo</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>nadie nombrado</translation>
    </message>
    <message>
        <source>Bracket groups: {n}, deepest {d}; proponents: {who}</source>
        <translation>Grupos entre corchetes: {n}, nivel de anidamiento máximo {d}; proponentes: {who}</translation>
    </message>
    <message>
        <source>Comment positions: {who}</source>
        <translation>Posiciones en comentarios: {who}</translation>
    </message>
    <message>
        <source>A bracket group runs across this and another paragraph.</source>
        <translation>Un grupo entre corchetes abarca este párrafo y otro.</translation>
    </message>
    <message>
        <source>The brackets of this paragraph do not pair up.</source>
        <translation>Los corchetes de este párrafo no están emparejados.</translation>
    </message>
    <message>
        <source>Before tracked changes</source>
        <translation>Antes del control de cambios</translation>
    </message>
</context>
<context>
    <name>InspectorTabs</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Stance history</source>
        <translation>Historial de posiciones</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
</context>
<context>
    <name>InterventionEditor</name>
    <message>
        <source>party code or name, e.g. Civil Society Caucus</source>
        <translation>código o nombre de la parte, p. ej. Caucus de la Sociedad Civil</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> palabras/min</translation>
    </message>
    <message>
        <source>Interpretable pace: about 100–120 words a minute</source>
        <translation>Ritmo interpretable: unas 100–120 palabras por minuto</translation>
    </message>
    <message>
        <source>— no document —</source>
        <translation>— ningún documento —</translation>
    </message>
    <message>
        <source>labels, e.g. OP3, OP5bis or OP3-OP5</source>
        <translation>números, p. ej. OP3, OP5bis u OP3-OP5</translation>
    </message>
    <message>
        <source>The statement as it will be delivered…</source>
        <translation>La declaración tal como se pronunciará…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>Tiempo máximo en segundos</translation>
    </message>
    <message>
        <source>Pace in words a minute</source>
        <translation>Ritmo en palabras por minuto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Document referred to</source>
        <translation>Documento al que se refiere</translation>
    </message>
    <message>
        <source>Paragraph labels referred to</source>
        <translation>Números de párrafo a los que se refiere</translation>
    </message>
    <message>
        <source>Statement text</source>
        <translation>Texto de la declaración</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Número de palabras</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Tiempo de intervención</translation>
    </message>
    <message>
        <source>Timing verdict</source>
        <translation>Veredicto sobre el tiempo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Orador:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>T&amp;urno:</translation>
    </message>
    <message>
        <source>P&amp;ace:</source>
        <translation>R&amp;itmo:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>&amp;Refers to:</source>
        <translation>&amp;Se refiere a:</translation>
    </message>
</context>
<context>
    <name>InterventionsView</name>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Mark deli&amp;vered</source>
        <translation>Marcar pronun&amp;ciada</translation>
    </message>
    <message>
        <source>Spea&amp;ker mode</source>
        <translation>Modo &amp;orador</translation>
    </message>
    <message>
        <source>Add to &amp;pack</source>
        <translation>Añadir a la &amp;carpeta</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <source>Save the intervention</source>
        <translation>Guardar la intervención</translation>
    </message>
    <message>
        <source>Saved “{t}”.</source>
        <translation>«{t}» guardada.</translation>
    </message>
    <message>
        <source>Edit intervention “{t}”</source>
        <translation>Editar la intervención «{t}»</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Marked “{t}” delivered.</source>
        <translation>«{t}» marcada como pronunciada.</translation>
    </message>
    <message>
        <source>Delete intervention “{t}”</source>
        <translation>Eliminar la intervención «{t}»</translation>
    </message>
    <message>
        <source>Deleted “{t}”. Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>«{t}» eliminada. Edición › Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Restored “{t}”.</source>
        <translation>«{t}» restaurada.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>WSIS Desk will use {language} the next time it starts.</source>
        <translation>WSIS Desk usará {language} la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>LibraryEdits</name>
    <message>
        <source>Delete version “{v}”</source>
        <translation>Eliminar la versión «{v}»</translation>
    </message>
    <message>
        <source>Rename version “{v}”</source>
        <translation>Cambiar el nombre de la versión «{v}»</translation>
    </message>
    <message>
        <source>Move version “{v}” to “{d}”</source>
        <translation>Mover la versión «{v}» a «{d}»</translation>
    </message>
    <message>
        <source>Delete document “{d}”</source>
        <translation>Eliminar el documento «{d}»</translation>
    </message>
    <message>
        <source>Rename document “{d}”</source>
        <translation>Cambiar el nombre del documento «{d}»</translation>
    </message>
    <message>
        <source>Restore “{n}”</source>
        <translation>Restaurar «{n}»</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>Updating the library…</source>
        <translation>Actualizando la biblioteca…</translation>
    </message>
    <message>
        <source>Reading the draft…</source>
        <translation>Leyendo el borrador…</translation>
    </message>
    <message>
        <source>A scanned draft</source>
        <translation>Un borrador escaneado</translation>
    </message>
    <message>
        <source>“{name}” is a scan: its pages are pictures, with no text to read.</source>
        <translation>«{name}» es un escaneo: sus páginas son imágenes, sin texto que leer.</translation>
    </message>
    <message>
        <source>It can be read by OCR, in the six UN languages. The text will be approximate: check every number, bracket and label against the original.</source>
        <translation>Puede leerse mediante reconocimiento óptico de caracteres (OCR), en los seis idiomas de las Naciones Unidas. El texto será aproximado: compruebe cada número, corchete y etiqueta con el original.</translation>
    </message>
    <message>
        <source>Read it by OCR</source>
        <translation>Leer mediante OCR</translation>
    </message>
    <message>
        <source>Is this the right document?</source>
        <translation>¿Es este el documento correcto?</translation>
    </message>
    <message>
        <source>{file} shares little wording with “{latest}” of “{doc}” ({share:.0%} of their phrases): it may be another document.</source>
        <translation>{file} comparte poca redacción con «{latest}» de «{doc}» ({share:.0%} de sus frases): puede ser otro documento.</translation>
    </message>
    <message>
        <source>Import it as a new version of “{doc}” anyway?</source>
        <translation>¿Importarlo de todos modos como nueva versión de «{doc}»?</translation>
    </message>
    <message>
        <source>Add to “{doc}”</source>
        <translation>Añadir a «{doc}»</translation>
    </message>
    <message>
        <source>Import as a new document</source>
        <translation>Importar como documento nuevo</translation>
    </message>
    <message>
        <source>This content is already &apos;{label}&apos; of &apos;{doc}&apos;.</source>
        <translation>Este contenido ya es «{label}» de «{doc}».</translation>
    </message>
    <message numerus="yes">
        <source>Imported &apos;{label}&apos; of &apos;{doc}&apos;: %Ln paragraph(s).</source>
        <translation>
            <numerusform>Importado «{label}» de «{doc}»: %Ln párrafo.</numerusform>
            <numerusform>Importado «{label}» de «{doc}»: %Ln párrafos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the pages by OCR…</source>
        <translation>Leyendo las páginas mediante OCR…</translation>
    </message>
    <message>
        <source>Importing the draft…</source>
        <translation>Importando el borrador…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importación cancelada: no se importó nada.</translation>
    </message>
    <message>
        <source>&amp;Move to another document…</source>
        <translation>&amp;Mover a otro documento…</translation>
    </message>
    <message>
        <source>Deleted &amp;drafts…</source>
        <translation>Borradores eli&amp;minados…</translation>
    </message>
    <message>
        <source>Delete “{v}” of “{d}”? It goes to Deleted drafts, and Ctrl+Z brings it back.</source>
        <translation>¿Eliminar «{v}» de «{d}»? Pasa a Borradores eliminados, y Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Delete the document “{d}” with all its versions? It goes to Deleted drafts, and Ctrl+Z brings it back.</source>
        <translation>¿Eliminar el documento «{d}» con todas sus versiones? Pasa a Borradores eliminados, y Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation>Cambiar el nombre de la versión</translation>
    </message>
    <message>
        <source>New label for “{v}”:</source>
        <translation>Nueva etiqueta para «{v}»:</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Cambiar el nombre del documento</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nuevo título:</translation>
    </message>
    <message>
        <source>Move to another document</source>
        <translation>Mover a otro documento</translation>
    </message>
    <message>
        <source>Move “{v}” to the document (pick one, or type a new name):</source>
        <translation>Mover «{v}» al documento (elija uno o escriba un nombre nuevo):</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%Ln open [ ]</source>
        <translation>
            <numerusform>%Ln abierto [ ]</numerusform>
            <numerusform>%Ln abiertos [ ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>Negociaciones</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Otros documentos</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %Ln paragraph(s), from {source}</source>
        <translation>
            <numerusform>{label}: %Ln párrafo, de {source}</numerusform>
            <numerusform>{label}: %Ln párrafos, de {source}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library of negotiations, documents and versions</source>
        <translation>Biblioteca de negociaciones, documentos y versiones</translation>
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
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>Datos: {path}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <source>About WSIS Desk</source>
        <translation>Acerca de WSIS Desk</translation>
    </message>
    <message>
        <source>WSIS Desk {v}
An offline desk for negotiated texts.</source>
        <translation>WSIS Desk {v}
Un escritorio sin conexión para textos negociados.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>no position recorded</source>
        <translation>ninguna posición registrada</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Position matrix</source>
        <translation>Matriz de posiciones</translation>
    </message>
    <message>
        <source>Show a group&apos;s members</source>
        <translation>Mostrar los miembros de un grupo</translation>
    </message>
    <message>
        <source>All parties with positions</source>
        <translation>Partes con posición</translation>
    </message>
    <message>
        <source>All member states</source>
        <translation>Todos los Estados Miembros</translation>
    </message>
    <message>
        <source>Only &amp;red lines</source>
        <translation>&amp;Líneas rojas</translation>
    </message>
    <message>
        <source>Only red lines</source>
        <translation>Solo líneas rojas</translation>
    </message>
    <message>
        <source>Only &amp;contested paragraphs</source>
        <translation>Párrafos en &amp;disputa</translation>
    </message>
    <message>
        <source>Only contested paragraphs</source>
        <translation>Solo párrafos en disputa</translation>
    </message>
    <message>
        <source>our party, e.g. EU</source>
        <translation>nuestra parte, p. ej. UE</translation>
    </message>
    <message>
        <source>Our party for the state of play</source>
        <translation>Nuestra parte para el estado de situación</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exportar CS&amp;V…</translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation>Exportar la matriz como CSV</translation>
    </message>
    <message>
        <source>State of &amp;play PDF…</source>
        <translation>Estado de &amp;situación PDF…</translation>
    </message>
    <message>
        <source>Export the one-page state of play as PDF</source>
        <translation>Exportar el estado de situación en una página como PDF</translation>
    </message>
    <message>
        <source>&amp;Record a position…</source>
        <translation>&amp;Registrar una posición…</translation>
    </message>
    <message>
        <source>Record a position of the chosen party on the chosen paragraph</source>
        <translation>Registrar una posición de la parte elegida sobre el párrafo elegido</translation>
    </message>
    <message>
        <source>Matrix summary</source>
        <translation>Resumen de la matriz</translation>
    </message>
    <message>
        <source>Key: {stances}</source>
        <translation>Leyenda: {stances}</translation>
    </message>
    <message>
        <source>Key to the stance marks</source>
        <translation>Leyenda de las posiciones</translation>
    </message>
    <message>
        <source>Parties by paragraphs</source>
        <translation>Partes por párrafos</translation>
    </message>
    <message>
        <source>Record a position…</source>
        <translation>Registrar una posición…</translation>
    </message>
    <message>
        <source>&amp;Our party:</source>
        <translation>&amp;Nuestra parte:</translation>
    </message>
    <message>
        <source>{doc} {ver}: {rows} parties × {cols} paragraphs, {n} stances</source>
        <translation>{doc} {ver}: {rows} partes × {cols} párrafos, {n} posiciones</translation>
    </message>
    <message>
        <source>Building the matrix…</source>
        <translation>Construyendo la matriz…</translation>
    </message>
    <message>
        <source>Export matrix as CSV</source>
        <translation>Exportar la matriz como CSV</translation>
    </message>
    <message>
        <source>Export state of play</source>
        <translation>Exportar el estado de situación</translation>
    </message>
    <message>
        <source>Writing the state of play…</source>
        <translation>Redactando el estado de situación…</translation>
    </message>
    <message>
        <source>State of play: {document}</source>
        <translation>Estado de situación: {document}</translation>
    </message>
    <message>
        <source>Record position of {party}</source>
        <translation>Registrar la posición de {party}</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <source>Statements in the pack</source>
        <translation>Declaraciones de la carpeta</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>OP3, OP5bis, OP7-OP9</source>
        <translation>OP3, OP5bis, OP7-OP9</translation>
    </message>
    <message>
        <source>Paragraph labels</source>
        <translation>Números de párrafo</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Paragraphs in the pack</source>
        <translation>Párrafos de la carpeta</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Add the &amp;changes against the previous version</source>
        <translation>Añadir los &amp;cambios respecto de la versión anterior</translation>
    </message>
    <message>
        <source>optional: a text file of &apos;term = explanation&apos;</source>
        <translation>opcional: un archivo de texto «término = explicación»</translation>
    </message>
    <message>
        <source>Glossary file</source>
        <translation>Archivo de glosario</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>as the first statement</source>
        <translation>como primera declaración</translation>
    </message>
    <message>
        <source>&amp;Double-sided (each item starts on a recto)</source>
        <translation>&amp;Doble cara (cada elemento empieza en página impar)</translation>
    </message>
    <message>
        <source>CHECK AGAINST DELIVERY</source>
        <translation>COTEJAR CON EL DISCURSO PRONUNCIADO</translation>
    </message>
    <message>
        <source>READ OUT VERBATIM</source>
        <translation>LEER TEXTUALMENTE</translation>
    </message>
    <message>
        <source>Interpreter pack</source>
        <translation>Carpeta para intérpretes</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Pack summary</source>
        <translation>Resumen de la carpeta</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Statements:</source>
        <translation>Declaraciones:</translation>
    </message>
    <message>
        <source>Paragraphs (labels of a version):</source>
        <translation>Párrafos (números de una versión):</translation>
    </message>
    <message>
        <source>How it prints</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Pa&amp;pel:</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>C&amp;opias:</translation>
    </message>
    <message>
        <source>Ba&amp;nner:</source>
        <translation>Ró&amp;tulo:</translation>
    </message>
    <message>
        <source>{pages} · {items} · fingerprint {fp}</source>
        <translation>{pages} · {items} · huella {fp}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Export the pack</source>
        <translation>Exportar la carpeta</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;Word document (*.docx)</source>
        <translation>PDF para imprimir (*.pdf);;Documento de Word (*.docx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %Ln page(s), fingerprint {fp}.</source>
        <translation>
            <numerusform>Escrito {path}: %Ln página, huella {fp}.</numerusform>
            <numerusform>Escrito {path}: %Ln páginas, huella {fp}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: fingerprint {fp}.</source>
        <translation>Escrito {path}: huella {fp}.</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>Redactando la carpeta…</translation>
    </message>
    <message>
        <source>Cancelled: no pack was written.</source>
        <translation>Cancelado: no se escribió ninguna carpeta para intérpretes.</translation>
    </message>
    <message>
        <source>Choose a glossary</source>
        <translation>Elegir un glosario</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Changed since the preview: press Preview (F5) again.</source>
        <translation>Cambiado desde la vista previa: pulse de nuevo Vista previa (F5).</translation>
    </message>
</context>
<context>
    <name>PackPreviewPane</name>
    <message>
        <source>Pack preview</source>
        <translation>Vista previa de la carpeta</translation>
    </message>
    <message>
        <source>Choose what goes in the pack, then press Preview (F5).</source>
        <translation>Elija el contenido de la carpeta y pulse Vista previa (F5).</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more page(s) in the exported file.</source>
        <translation>
            <numerusform>… y %Ln página más en el archivo exportado.</numerusform>
            <numerusform>… y %Ln páginas más en el archivo exportado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) (page images need pdftoppm from poppler-utils).</source>
        <translation>
            <numerusform>%Ln página (las imágenes de página requieren pdftoppm de poppler-utils).</numerusform>
            <numerusform>%Ln páginas (las imágenes de página requieren pdftoppm de poppler-utils).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphTableModel</name>
    <message>
        <source>↔ spans</source>
        <translation>↔ abarca</translation>
    </message>
    <message>
        <source>⚠ unbalanced</source>
        <translation>⚠ sin pareja</translation>
    </message>
    <message>
        <source>A bracket group runs across this and another paragraph.</source>
        <translation>Un grupo entre corchetes abarca este párrafo y otro.</translation>
    </message>
    <message>
        <source>The square brackets in this paragraph do not pair up.</source>
        <translation>Los corchetes de este párrafo no están emparejados.</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Edit position</source>
        <translation>Editar posición</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Añadir posición</translation>
    </message>
    <message>
        <source>USA, G77, Grupo Sur…</source>
        <translation>EE. UU., G77, Grupo Sur…</translation>
    </message>
    <message>
        <source>Party or actor</source>
        <translation>Parte o actor</translation>
    </message>
    <message>
        <source>Add as a new actor when not in the registry</source>
        <translation>Añadir como nuevo actor si no está en el registro</translation>
    </message>
    <message>
        <source>Add as a new actor</source>
        <translation>Añadir como nuevo actor</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Redacción propuesta</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Parte</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>P&amp;osición</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Redacción</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>⚠ text changed since — review</source>
        <translation>⚠ texto modificado desde entonces — revisar</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>Add position</source>
        <translation>Añadir posición</translation>
    </message>
    <message>
        <source>Edit position</source>
        <translation>Editar posición</translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation>Eliminar posición</translation>
    </message>
    <message>
        <source>Positions on the selected paragraph</source>
        <translation>Posiciones sobre el párrafo seleccionado</translation>
    </message>
    <message>
        <source>Positions: select a paragraph.</source>
        <translation>Posiciones: seleccione un párrafo.</translation>
    </message>
    <message>
        <source>Positions heading</source>
        <translation>Encabezado de posiciones</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>&amp;Add position…</source>
        <translation>&amp;Añadir posición…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation>Añadir una posición</translation>
    </message>
    <message>
        <source>Edit the selected position</source>
        <translation>Editar la posición seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected position</source>
        <translation>Eliminar la posición seleccionada</translation>
    </message>
    <message>
        <source>Positions on {label}: {n}</source>
        <translation>Posiciones sobre {label}: {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review (text changed)</source>
        <translation>
            <numerusform>%Ln por revisar (texto modificado)</numerusform>
            <numerusform>%Ln por revisar (texto modificado)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Word redlines show their tracked changes as made by this person. Leave it empty to use this computer&apos;s user ({name}).</source>
        <translation>Las versiones con control de cambios de Word atribuyen sus cambios a esta persona. Déjelo vacío para usar el usuario de este ordenador ({name}).</translation>
    </message>
    <message>
        <source>Redline &amp;author:</source>
        <translation>&amp;Autor de los cambios:</translation>
    </message>
    <message>
        <source>Redline author</source>
        <translation>Autor de los cambios</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be started. Check that it is connected and switched on, then print again (or print to a PDF file).</source>
        <translation>No se pudo iniciar la impresora. Compruebe que está conectada y encendida y vuelva a imprimir (o imprima en un archivo PDF).</translation>
    </message>
    <message>
        <source>There is nothing to print in this page range.</source>
        <translation>No hay nada que imprimir en este intervalo de páginas.</translation>
    </message>
    <message>
        <source>Nothing to print here. Open the interpreter pack, a comparison, the positions matrix or the stakeholder inputs, then print.</source>
        <translation>Aquí no hay nada que imprimir. Abra la carpeta para intérpretes, una comparación, la matriz de posiciones o las aportaciones de las partes interesadas y luego imprima.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Preparando las páginas…</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Imprimir {title}</translation>
    </message>
    <message numerus="yes">
        <source>Printed {title}: %Ln page(s) to {where}.</source>
        <translation>
            <numerusform>{title} impreso: %Ln página en {where}.</numerusform>
            <numerusform>{title} impreso: %Ln páginas en {where}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>Vista previa de impresión: {title}</translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search every version: words, or &quot;a phrase&quot;…</source>
        <translation>Buscar en todas las versiones: palabras, o «una frase»…</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Dónde buscar</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Este documento</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Esta versión</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Paragraphs found</source>
        <translation>Párrafos encontrados</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) found.</source>
        <translation>
            <numerusform>%Ln párrafo encontrado.</numerusform>
            <numerusform>%Ln párrafos encontrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>{version} (not in the newest)</source>
        <translation>{version} (no está en la más reciente)</translation>
    </message>
    <message>
        <source>In: {versions}</source>
        <translation>En: {versions}</translation>
    </message>
    <message>
        <source>In: {versions}. Now {label}, with other words.</source>
        <translation>En: {versions}. Ahora {label}, con otras palabras.</translation>
    </message>
    <message>
        <source>In: {versions}. The paragraph is gone from the newest version.</source>
        <translation>En: {versions}. El párrafo ya no está en la versión más reciente.</translation>
    </message>
    <message>
        <source>{label} of {version}, {document}: {text}</source>
        <translation>{label} de {version}, {document}: {text}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter: a command or a key…</source>
        <translation>Filtrar: un comando o una tecla…</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Filtrar los atajos</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
</context>
<context>
    <name>SpeakerMode</name>
    <message>
        <source>Speaker mode — {title}</source>
        <translation>Modo orador — {title}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Countdown state</source>
        <translation>Estado de la cuenta atrás</translation>
    </message>
    <message>
        <source>Space start/pause · R reset · Esc leave · Ctrl+± text size</source>
        <translation>Espacio iniciar/pausa · R reiniciar · Esc salir · Ctrl+± tamaño del texto</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>elapsed (no slot)</source>
        <translation>transcurrido (sin turno)</translation>
    </message>
    <message>
        <source>{clock} OVER</source>
        <translation>{clock} EXCEDIDO</translation>
    </message>
    <message>
        <source>STOP — over time</source>
        <translation>ALTO — tiempo excedido</translation>
    </message>
    <message>
        <source>WIND UP — left</source>
        <translation>CONCLUYA — restante</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restante</translation>
    </message>
    <message>
        <source>paused · Space to start</source>
        <translation>en pausa · Espacio para iniciar</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
</context>
<context>
    <name>StancePanel</name>
    <message>
        <source>Stance history</source>
        <translation>Historial de posiciones</translation>
    </message>
    <message>
        <source>Party and paragraph</source>
        <translation>Parte y párrafo</translation>
    </message>
    <message>
        <source>Stances over time</source>
        <translation>Posiciones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Click a cell of the positions matrix to see that party&apos;s stances here.</source>
        <translation>Haga clic en una celda de la matriz de posiciones para ver aquí las posiciones de esa parte.</translation>
    </message>
    <message>
        <source>{paragraph} of {document}</source>
        <translation>{paragraph} de {document}</translation>
    </message>
    <message>
        <source>{party} on {where}</source>
        <translation>{party} sobre {where}</translation>
    </message>
    <message>
        <source>No position recorded for {party} here. Record one in the Positions tab of the paragraph.</source>
        <translation>No hay ninguna posición registrada aquí para {party}. Registre una en la pestaña Posiciones del párrafo.</translation>
    </message>
    <message>
        <source>recorded on {version}</source>
        <translation>registrada en {version}</translation>
    </message>
    <message>
        <source>by {laptop}</source>
        <translation>por {laptop}</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Redacción propuesta</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync and conflicts</source>
        <translation>Sincronización y conflictos</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Write this laptop&apos;s changes to the team&apos;s sync folder and read everyone&apos;s</source>
        <translation>Escribir los cambios de este equipo en la carpeta de sincronización del grupo y leer los de todos</translation>
    </message>
    <message>
        <source>No sync yet in this session.</source>
        <translation>Todavía no se ha sincronizado en esta sesión.</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>Resultado de la última sincronización</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflictos por revisar</translation>
    </message>
    <message>
        <source>Latest changes from the team</source>
        <translation>Últimos cambios del grupo</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <source>Keep &amp;your version</source>
        <translation>Conservar &amp;su versión</translation>
    </message>
    <message>
        <source>Keep &amp;their version</source>
        <translation>Conservar la &amp;otra versión</translation>
    </message>
    <message>
        <source>Both versions are kept; choose the one that stays for everyone.</source>
        <translation>Se conservan ambas versiones; elija la que quedará para todos.</translation>
    </message>
    <message>
        <source>Writing bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Importing bundle…</source>
        <translation>Importando el paquete…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync stopped: what came in so far is kept; the rest comes next time.</source>
        <translation>Sincronización detenida: lo recibido hasta ahora se conserva; el resto llegará la próxima vez.</translation>
    </message>
    <message>
        <source>Sync done: {received}, {sent}, {conflicts}.</source>
        <translation>Sincronización terminada: {received}, {sent}, {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>received %Ln change(s)</source>
        <translation>
            <numerusform>%Ln cambio recibido</numerusform>
            <numerusform>%Ln cambios recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln</source>
        <translation>
            <numerusform>%Ln enviado</numerusform>
            <numerusform>%Ln enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln conflicto por revisar</numerusform>
            <numerusform>%Ln conflictos por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) could not be read.</source>
        <translation>
            <numerusform>No se pudo leer %Ln paquete.</numerusform>
            <numerusform>No se pudieron leer %Ln paquetes.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>This laptop: {name} · last sync: {when} · {conflicts}</source>
        <translation>Este equipo: {name} · última sincronización: {when} · {conflicts}</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review (%Ln)</source>
        <translation>
            <numerusform>Conflictos por revisar (%Ln)</numerusform>
            <numerusform>Conflictos por revisar (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the version of {laptop}</source>
        <translation>Conservar la versión de {laptop}</translation>
    </message>
    <message>
        <source>Keep your version: {what}</source>
        <translation>Conservar su versión: {what}</translation>
    </message>
    <message>
        <source>Keep their version: {what}</source>
        <translation>Conservar la otra versión: {what}</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Position of {name}</source>
        <translation>Posición de {name}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Commitment: {name}</source>
        <translation>Compromiso: {name}</translation>
    </message>
    <message>
        <source>Intervention: {name}</source>
        <translation>Intervención: {name}</translation>
    </message>
    <message>
        <source>Stakeholder input: {name}</source>
        <translation>Aportación de las partes interesadas: {name}</translation>
    </message>
    <message>
        <source>Interpreter pack: {name}</source>
        <translation>Carpeta para intérpretes: {name}</translation>
    </message>
    <message>
        <source>Party or actor: {name}</source>
        <translation>Parte o actor: {name}</translation>
    </message>
    <message>
        <source>Negotiation: {name}</source>
        <translation>Negociación: {name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>Documento: {name}</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Redacción propuesta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>What was said or written</source>
        <translation>Lo que se dijo o escribió</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Tiempo de intervención (segundos)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Presentada por</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>{paragraph} of {document}</source>
        <translation>{paragraph} de {document}</translation>
    </message>
    <message>
        <source>Your version ({laptop}, {when})</source>
        <translation>Su versión ({laptop}, {when})</translation>
    </message>
    <message>
        <source>Their version ({laptop}, {when})</source>
        <translation>La otra versión ({laptop}, {when})</translation>
    </message>
    <message>
        <source>in effect now</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>(deleted on this side)</source>
        <translation>(eliminado en esta versión)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>wsis_desk bundles (*.wsisdesk);;All files (*)</source>
        <translation>Paquetes de wsis_desk (*.wsisdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Frase de contraseña del equipo</translation>
    </message>
    <message>
        <source>Passphrase of the team&apos;s bundles (leave empty if you do not use one):</source>
        <translation>Frase de contraseña de los paquetes del equipo (déjela vacía si no usa ninguna):</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Nombre de este portátil</translation>
    </message>
    <message>
        <source>How the team sees this laptop (e.g. &apos;CSO caucus laptop 3&apos;):</source>
        <translation>Cómo ve el equipo este portátil (p. ej. «portátil 3 del caucus de OSC»):</translation>
    </message>
    <message>
        <source>{site} · last sync {when}</source>
        <translation>{site} · última sincronización {when}</translation>
    </message>
    <message>
        <source>{site} · not synced yet</source>
        <translation>{site} · aún sin sincronizar</translation>
    </message>
</context>
<context>
    <name>UncitedNotes</name>
    <message>
        <source>Footnotes not cited in the text</source>
        <translation>Notas al pie no citadas en el texto</translation>
    </message>
    <message>
        <source>Footnotes not cited in the text ({count})</source>
        <translation>Notas al pie no citadas en el texto ({count})</translation>
    </message>
    <message>
        <source>bracket groups: {count}</source>
        <translation>grupos entre corchetes: {count}</translation>
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
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln versión</numerusform>
            <numerusform>%Ln versiones</numerusform>
        </translation>
    </message>
    <message>
        <source>No drafts yet.

Import a draft (or drop a .docx, .pdf, .txt or .md file here), or load the demo negotiation to look around.</source>
        <translation>Aún no hay borradores.

Importe un borrador (o suelte aquí un archivo .docx, .pdf, .txt o .md), o cargue la negociación de demostración para explorar.</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; of &apos;{d}&apos; is no longer in the library.</source>
        <translation>«{v}» de «{d}» ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Loading the demo…</source>
        <translation>Cargando la demostración…</translation>
    </message>
    <message>
        <source>{groups} in {paragraphs}</source>
        <translation>{groups} en {paragraphs}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open bracket group(s)</source>
        <translation>
            <numerusform>%Ln grupo entre corchetes abierto</numerusform>
            <numerusform>%Ln grupos entre corchetes abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln párrafo</numerusform>
            <numerusform>%Ln párrafos</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation>Abriendo {label}…</translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <source>Listing the open brackets…</source>
        <translation>Listando los corchetes abiertos…</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is the first version: choose a later one to compare.</source>
        <translation>«{v}» es la primera versión: elija una posterior para comparar.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Import draft…</source>
        <translation>&amp;Importar borrador…</translation>
    </message>
    <message>
        <source>Import a .docx, .pdf, .txt or .md</source>
        <translation>Importar un .docx, .pdf, .txt o .md</translation>
    </message>
    <message>
        <source>Load the &amp;demo negotiation</source>
        <translation>Cargar la negociación de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>Import &amp;bundle…</source>
        <translation>Importar &amp;paquete…</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name…</source>
        <translation>&amp;Nombre de este portátil…</translation>
    </message>
    <message>
        <source>&amp;Sync folder…</source>
        <translation>Carpeta de &amp;sincronización…</translation>
    </message>
    <message>
        <source>Sync with the team</source>
        <translation>Sincronizar con el equipo</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the pack, redline, state of play or report of this view</source>
        <translation>Imprimir la carpeta, la comparación, el estado de situación o el informe de esta vista</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>&amp;Brackets board</source>
        <translation>Tablero de &amp;corchetes</translation>
    </message>
    <message>
        <source>&amp;Compare versions</source>
        <translation>&amp;Comparar versiones</translation>
    </message>
    <message>
        <source>&amp;Positions matrix</source>
        <translation>Matriz de &amp;posiciones</translation>
    </message>
    <message>
        <source>Stakeholder &amp;inputs</source>
        <translation>Aportaciones de las partes &amp;interesadas</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>Co&amp;mpromisos</translation>
    </message>
    <message>
        <source>In&amp;terventions</source>
        <translation>In&amp;tervenciones</translation>
    </message>
    <message>
        <source>Interpreter &amp;pack</source>
        <translation>Carpeta para &amp;intérpretes</translation>
    </message>
    <message>
        <source>Sync and &amp;conflicts</source>
        <translation>Sincronización y con&amp;flictos</translation>
    </message>
    <message>
        <source>&amp;Search all versions…</source>
        <translation>&amp;Buscar en todas las versiones…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Deleted &amp;drafts…</source>
        <translation>Borradores eli&amp;minados…</translation>
    </message>
    <message>
        <source>Versions and documents deleted here or by the team</source>
        <translation>Versiones y documentos eliminados aquí o por el equipo</translation>
    </message>
    <message>
        <source>&amp;Find in this document…</source>
        <translation>&amp;Buscar en este documento…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About WSIS Desk</source>
        <translation>&amp;Acerca de WSIS Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Proponents</source>
        <translation>Proponentes</translation>
    </message>
    <message>
        <source>Bracketed text</source>
        <translation>Texto entre corchetes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Párrafos</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Redline</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Landed</source>
        <translation>Reflejada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Registrada el</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>In effect now</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Apartada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Could not do that</source>
        <translation>No se pudo hacer</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside WSIS Desk. Your data is safe; the last action was not completed. Copy the details below when you report it.</source>
        <translation>Algo falló dentro de WSIS Desk. Sus datos están a salvo; la última acción no se completó. Copie los detalles de abajo al informar del problema.</translation>
    </message>
</context>
<context>
    <name>timing</name>
    <message>
        <source>about {clock} at {chars} characters ({wpm} words) a minute</source>
        <translation>unos {clock} a {chars} caracteres ({wpm} palabras) por minuto</translation>
    </message>
    <message>
        <source>about {clock} at {wpm} words a minute</source>
        <translation>unos {clock} a {wpm} palabras por minuto</translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>turno {slot}</translation>
    </message>
    <message>
        <source>No time limit set.</source>
        <translation>Sin límite de tiempo.</translation>
    </message>
    <message>
        <source>Fits the slot, {spare} to spare.</source>
        <translation>Cabe en el turno, sobran {spare}.</translation>
    </message>
    <message>
        <source>Over the slot at this pace: fits only at {pace} characters a minute, or cut {cut}.</source>
        <translation>Excede el turno a este ritmo: solo cabe a {pace} caracteres por minuto, o recorte {cut}.</translation>
    </message>
    <message>
        <source>Over the slot at this pace: fits only at {pace} words a minute, or cut {cut}.</source>
        <translation>Excede el turno a este ritmo: solo cabe a {pace} palabras por minuto, o recorte {cut}.</translation>
    </message>
    <message>
        <source>Fits the slot but too fast to interpret ({pace} characters a minute): cut {cut}.</source>
        <translation>Cabe en el turno pero es demasiado rápido para interpretar ({pace} caracteres por minuto): recorte {cut}.</translation>
    </message>
    <message>
        <source>Fits the slot but too fast to interpret ({pace} words a minute): cut {cut}.</source>
        <translation>Cabe en el turno pero es demasiado rápido para interpretar ({pace} palabras por minuto): recorte {cut}.</translation>
    </message>
    <message>
        <source>no slot</source>
        <translation>sin turno</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <source>over: cut {cut}</source>
        <translation>excede: recortar {cut}</translation>
    </message>
    <message>
        <source>⚠ too fast: cut {cut}</source>
        <translation>⚠ demasiado rápido: recortar {cut}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ cumplido</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>!! OVERDUE</source>
        <translation>!! VENCIDO</translation>
    </message>
    <message>
        <source>preambular</source>
        <translation>preambular</translation>
    </message>
    <message>
        <source>operative</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>título</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>option</source>
        <translation>opción</translation>
    </message>
    <message>
        <source>table</source>
        <translation>cuadro</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>alternativa</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>marcador de posición</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>agreed ad referendum</source>
        <translation>acordado ad referendum</translation>
    </message>
    <message>
        <source>suggested for closure</source>
        <translation>propuesto para cierre</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>acordado</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>se mantiene</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>en sala</translation>
    </message>
    <message>
        <source>written</source>
        <translation>por escrito</translation>
    </message>
    <message>
        <source>Word comment</source>
        <translation>comentario de Word</translation>
    </message>
    <message>
        <source>bracket</source>
        <translation>corchete</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <source>hearsay</source>
        <translation>de oídas</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitiva</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>pronunciada</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>reflected</source>
        <translation>reflejada</translation>
    </message>
    <message>
        <source>partially reflected</source>
        <translation>reflejada en parte</translation>
    </message>
    <message>
        <source>not reflected</source>
        <translation>no reflejada</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>ad ref</source>
        <translation>ad ref</translation>
    </message>
    <message>
        <source>for closure</source>
        <translation>para cierre</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>apoya</translation>
    </message>
    <message>
        <source>opposes</source>
        <translation>se opone</translation>
    </message>
    <message>
        <source>amends</source>
        <translation>enmienda</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>reserva</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>línea roja</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>flexible</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
</context>
</TS>
