<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddCommitmentDialog</name>
    <message>
        <source>Add commitment</source>
        <translation>Ajouter un engagement</translation>
    </message>
    <message>
        <source>OP5, PP3</source>
        <translation>OP5, PP3</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>Who committed</source>
        <translation>Auteur de l&apos;engagement</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>What was committed</source>
        <translation>Objet de l&apos;engagement</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>&amp;Paragraphes</translation>
    </message>
    <message>
        <source>Linked paragraphs</source>
        <translation>Paragraphes liés</translation>
    </message>
</context>
<context>
    <name>AddInputDialog</name>
    <message>
        <source>Add stakeholder input</source>
        <translation>Ajouter une contribution des parties prenantes</translation>
    </message>
    <message>
        <source>Civil society, Private sector, USA…</source>
        <translation>Société civile, Secteur privé, États-Unis…</translation>
    </message>
    <message>
        <source>OP5, PP3</source>
        <translation>OP5, PP3</translation>
    </message>
    <message>
        <source>&amp;Submitter</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date submitted</source>
        <translation>Date de soumission</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>&amp;Paragraphes</translation>
    </message>
    <message>
        <source>Target paragraphs</source>
        <translation>Paragraphes visés</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Ce qui était demandé</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Deleted drafts</source>
        <translation>Projets supprimés</translation>
    </message>
    <message>
        <source>Deleted versions and documents</source>
        <translation>Versions et documents supprimés</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore the selected item</source>
        <translation>Restaurer l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Deleted versions and documents stay here, on every laptop the deletion reaches, until someone restores them.</source>
        <translation>Les versions et documents supprimés restent ici, sur chaque ordinateur que la suppression atteint, jusqu&apos;à ce que quelqu&apos;un les restaure.</translation>
    </message>
    <message>
        <source>Version “{v}” of “{d}” (deleted {when})</source>
        <translation>Version « {v} » de « {d} » (supprimée le {when})</translation>
    </message>
    <message numerus="yes">
        <source>Document “{d}” with %Ln version(s)</source>
        <translation>
            <numerusform>Document « {d} » avec %Ln version</numerusform>
            <numerusform>Document « {d} » avec %Ln versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BracketDelegate</name>
    <message>
        <source>unpaired bracket</source>
        <translation>crochet non apparié</translation>
    </message>
</context>
<context>
    <name>BracketsBoard</name>
    <message>
        <source>Bracket census</source>
        <translation>Recensement des crochets</translation>
    </message>
    <message>
        <source>Filter by paragraph, proponent or text…</source>
        <translation>Filtrer par paragraphe, auteur ou texte…</translation>
    </message>
    <message>
        <source>Filter open bracket groups</source>
        <translation>Filtrer les groupes entre crochets ouverts</translation>
    </message>
    <message>
        <source>Open bracket groups</source>
        <translation>Groupes entre crochets ouverts</translation>
    </message>
    <message>
        <source>Burn-down across versions</source>
        <translation>Évolution d&apos;une version à l&apos;autre</translation>
    </message>
    <message>
        <source>Burn-down chart of open brackets</source>
        <translation>Graphique d&apos;évolution des crochets ouverts</translation>
    </message>
    <message>
        <source>open bracket groups</source>
        <translation>groupes entre crochets ouverts</translation>
    </message>
    <message>
        <source>paragraphs with brackets</source>
        <translation>paragraphes avec crochets</translation>
    </message>
</context>
<context>
    <name>ChangesTableModel</name>
    <message>
        <source>{what} (deleted)</source>
        <translation>{what} (supprimé)</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <source>Overdue: the due date has passed and it is not done.</source>
        <translation>En retard : l&apos;échéance est passée et l&apos;engagement n&apos;est pas rempli.</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Commitments summary</source>
        <translation>Résumé des engagements</translation>
    </message>
    <message>
        <source>Commitments list</source>
        <translation>Liste des engagements</translation>
    </message>
    <message>
        <source>&amp;Add commitment…</source>
        <translation>&amp;Ajouter un engagement…</translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation>Ajouter un engagement</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer &amp;rempli</translation>
    </message>
    <message>
        <source>Mark the selected commitment done</source>
        <translation>Marquer l&apos;engagement sélectionné comme rempli</translation>
    </message>
    <message>
        <source>Mark d&amp;ropped</source>
        <translation>Marquer a&amp;bandonné</translation>
    </message>
    <message>
        <source>Mark the selected commitment dropped</source>
        <translation>Marquer l&apos;engagement sélectionné comme abandonné</translation>
    </message>
    <message>
        <source>No commitments</source>
        <translation>Aucun engagement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!! %Ln overdue (listed first, in bold)</source>
        <translation>
            <numerusform>!! %Ln en retard (en tête de liste, en gras)</numerusform>
            <numerusform>!! %Ln en retard (en tête de liste, en gras)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments (step 11 of the guidelines) record who undertook to do what, by when, and which paragraphs it serves.

Choose a version in the library, then press Add commitment… to record one for its document.</source>
        <translation>Les engagements (étape 11 des lignes directrices) indiquent qui s’est engagé à faire quoi, pour quand, et à quels paragraphes cela se rapporte.

Choisissez une version dans la bibliothèque, puis cliquez sur Ajouter un engagement… pour en consigner un pour son document.</translation>
    </message>
    <message>
        <source>No commitment recorded for this document yet.

Press Add commitment… to record who undertook to do what, by when, and the paragraphs it serves.</source>
        <translation>Aucun engagement n’est encore consigné pour ce document.

Cliquez sur Ajouter un engagement… pour consigner qui s’est engagé à faire quoi, pour quand, et les paragraphes concernés.</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Before ({version})</source>
        <translation>Avant ({version})</translation>
    </message>
    <message>
        <source>After ({version})</source>
        <translation>Après ({version})</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>Similarity {pct:.0f}%</source>
        <translation>Similarité {pct:.0f} %</translation>
    </message>
    <message>
        <source>{changed} changed · {added} added · {removed} removed · {moved} moved · {renumbered} renumbered · {merged} merged · {split} split · {unchanged} unchanged</source>
        <translation>{changed} modifiés · {added} ajoutés · {removed} supprimés · {moved} déplacés · {renumbered} renumérotés · {merged} fusionnés · {split} scindés · {unchanged} inchangés</translation>
    </message>
    <message>
        <source>Brackets {before} → {after}: {resolved} resolved, {dropped} dropped, {added} added</source>
        <translation>Crochets {before} → {after} : {resolved} levés, {dropped} supprimés, {added} ajoutés</translation>
    </message>
    <message>
        <source>Footnote brackets {before} → {after}: {resolved} resolved, {dropped} dropped, {added} added</source>
        <translation>Crochets des notes de bas de page {before} → {after} : {resolved} levés, {dropped} supprimés, {added} ajoutés</translation>
    </message>
    <message>
        <source>{n} now agreed ad ref</source>
        <translation>{n} désormais approuvés ad referendum</translation>
    </message>
    <message>
        <source>Footnotes changed: {n}</source>
        <translation>Notes de bas de page modifiées : {n}</translation>
    </message>
    <message>
        <source>Footnotes no paragraph cites changed: {diff}</source>
        <translation>Notes de bas de page citées par aucun paragraphe modifiées : {diff}</translation>
    </message>
    <message>
        <source>No substantive change: the words are the same.</source>
        <translation>Aucune modification de fond : les mots sont les mêmes.</translation>
    </message>
    <message>
        <source>{new}
was {old}</source>
        <translation>{new}
était {old}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>renuméroté</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>split</source>
        <translation>scindé</translation>
    </message>
    <message>
        <source>footnote changed</source>
        <translation>note de bas de page modifiée</translation>
    </message>
    <message>
        <source>Footnote bracket groups {details}</source>
        <translation>Groupes entre crochets des notes de bas de page {details}</translation>
    </message>
    <message>
        <source>Footnote changed: {diff}</source>
        <translation>Note de bas de page modifiée : {diff}</translation>
    </message>
    <message>
        <source>resolved: {n}</source>
        <translation>levés : {n}</translation>
    </message>
    <message>
        <source>dropped with their text: {n}</source>
        <translation>supprimés avec leur texte : {n}</translation>
    </message>
    <message>
        <source>added: {n}</source>
        <translation>ajoutés : {n}</translation>
    </message>
    <message>
        <source>Bracket groups {details}</source>
        <translation>Groupes entre crochets {details}</translation>
    </message>
    <message>
        <source>now agreed ad ref</source>
        <translation>désormais approuvé ad referendum</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare versions</source>
        <translation>Comparer des versions</translation>
    </message>
    <message>
        <source>Choose a document with at least two versions to compare.</source>
        <translation>Choisissez un document ayant au moins deux versions à comparer.</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <source>Go to the next changed paragraph</source>
        <translation>Aller au paragraphe modifié suivant</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <source>Go to the previous changed paragraph</source>
        <translation>Aller au paragraphe modifié précédent</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>One column: deleted struck, inserted underlined</source>
        <translation>Une colonne : suppressions barrées, insertions soulignées</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Two columns: before and after</source>
        <translation>Deux colonnes : avant et après</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>Exporter en DOCX…</translation>
    </message>
    <message>
        <source>Save a Word redline with tracked changes</source>
        <translation>Enregistrer une version Word avec suivi des modifications</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Save a photocopy-ready PDF redline</source>
        <translation>Enregistrer une version comparée en PDF prête à photocopier</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Version plus récente</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;avec</translation>
    </message>
    <message>
        <source>Only c&amp;hanged</source>
        <translation>Seulement les &amp;modifiés</translation>
    </message>
    <message>
        <source>Show only changed paragraphs</source>
        <translation>N&apos;afficher que les paragraphes modifiés</translation>
    </message>
    <message>
        <source>Only &amp;bracket changes</source>
        <translation>Seulement les modifications de &amp;crochets</translation>
    </message>
    <message>
        <source>Show only paragraphs whose brackets changed</source>
        <translation>N&apos;afficher que les paragraphes dont les crochets ont changé</translation>
    </message>
    <message>
        <source>Inline redline</source>
        <translation>Version comparée intégrée</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>Exporter en DOCX</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Summary of the comparison</source>
        <translation>Résumé de la comparaison</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;export</translation>
    </message>
    <message>
        <source>Paragraphs compared</source>
        <translation>Paragraphes comparés</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>Rien à comparer</translation>
    </message>
    <message>
        <source>This document has only one version: nothing to compare.</source>
        <translation>Ce document n&apos;a qu&apos;une version : rien à comparer.</translation>
    </message>
    <message>
        <source>Comparing {old} with {new}…</source>
        <translation>Comparaison de {old} avec {new}…</translation>
    </message>
    <message>
        <source>No more changes below.</source>
        <translation>Plus de modifications plus bas.</translation>
    </message>
    <message>
        <source>No more changes above.</source>
        <translation>Plus de modifications plus haut.</translation>
    </message>
    <message>
        <source>Export redline as DOCX</source>
        <translation>Exporter la version comparée en DOCX</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Export redline as PDF</source>
        <translation>Exporter la version comparée en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Writing the redline…</source>
        <translation>Rédaction de la version comparée…</translation>
    </message>
    <message>
        <source>No paragraph matches these filters.</source>
        <translation>Aucun paragraphe ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Redline {old} → {new}</source>
        <translation>Version comparée {old} → {new}</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>yours</source>
        <translation>vous</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Version shown</source>
        <translation>Version affichée</translation>
    </message>
    <message>
        <source>Only &amp;bracketed</source>
        <translation>Seulement &amp;entre crochets</translation>
    </message>
    <message>
        <source>Show only paragraphs with brackets</source>
        <translation>N&apos;afficher que les paragraphes comportant des crochets</translation>
    </message>
    <message>
        <source>Only with &amp;status marker</source>
        <translation>Seulement avec &amp;mention d&apos;état</translation>
    </message>
    <message>
        <source>Show only paragraphs with a status marker</source>
        <translation>N&apos;afficher que les paragraphes portant une mention d&apos;état</translation>
    </message>
    <message>
        <source>Filter by proponent</source>
        <translation>Filtrer par auteur de proposition</translation>
    </message>
    <message>
        <source>Search the text…</source>
        <translation>Rechercher dans le texte…</translation>
    </message>
    <message>
        <source>Search the text of this version</source>
        <translation>Rechercher dans le texte de cette version</translation>
    </message>
    <message>
        <source>Filters in use</source>
        <translation>Filtres appliqués</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>Effacer les &amp;filtres</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Proponent:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Paragraphs of the version</source>
        <translation>Paragraphes de la version</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <source>Import a draft…</source>
        <translation>Importer un projet…</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Importer un projet</translation>
    </message>
    <message>
        <source>Load the demo negotiation</source>
        <translation>Charger la négociation de démonstration</translation>
    </message>
    <message>
        <source>Choose a version in the library, or import a draft.</source>
        <translation>Choisissez une version dans la bibliothèque, ou importez un projet.</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>No version open</source>
        <translation>Aucune version ouverte</translation>
    </message>
    <message>
        <source>Filtered: {shown} of {total} shown.</source>
        <translation>Filtré : {shown} sur {total} affichés.</translation>
    </message>
    <message>
        <source>No paragraph matches these filters.</source>
        <translation>Aucun paragraphe ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>Rechercher dans ce document</translation>
    </message>
    <message>
        <source>Find in this document…</source>
        <translation>Rechercher dans ce document…</translation>
    </message>
    <message>
        <source>Words to find in this document</source>
        <translation>Mots à rechercher dans ce document</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation>Occurrence précédente (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>WSIS Desk guide</source>
        <translation>Guide de WSIS Desk</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>The guide is missing from this installation ({path}). Reinstall WSIS Desk.</source>
        <translation>Le guide est absent de cette installation ({path}). Réinstallez WSIS Desk.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>removed (was {label})</source>
        <translation>supprimé (était {label})</translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation>absent de cette version</translation>
    </message>
    <message>
        <source>{label} (was {old})</source>
        <translation>{label} (était {old})</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>première version</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>renuméroté</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Paragraph history</source>
        <translation>Historique du paragraphe</translation>
    </message>
    <message>
        <source>Paragraph history heading</source>
        <translation>Titre de l&apos;historique du paragraphe</translation>
    </message>
    <message>
        <source>The paragraph in each version</source>
        <translation>Le paragraphe dans chaque version</translation>
    </message>
    <message>
        <source>This paragraph has no history yet.</source>
        <translation>Ce paragraphe n&apos;a pas encore d&apos;historique.</translation>
    </message>
    <message>
        <source>{label}: in {n} of {total} versions; underlined = inserted, struck = deleted</source>
        <translation>{label} : dans {n} versions sur {total} ; souligné = inséré, barré = supprimé</translation>
    </message>
    <message>
        <source>Select a paragraph to see its history across versions.</source>
        <translation>Sélectionnez un paragraphe pour voir son historique d&apos;une version à l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Drafts (*.docx *.pdf *.txt *.md);;All files (*)</source>
        <translation>Projets (*.docx *.pdf *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Importer un projet</translation>
    </message>
    <message>
        <source>Draft file</source>
        <translation>Fichier du projet</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>A new document, or pick one from the list</source>
        <translation>Un nouveau document, ou choisissez-en un dans la liste</translation>
    </message>
    <message>
        <source>Where the draft goes</source>
        <translation>Où va le projet</translation>
    </message>
    <message>
        <source>e.g. Zero draft, Rev.1 (optional)</source>
        <translation>p. ex. Avant-projet, Rev.1 (facultatif)</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Nom de la version</translation>
    </message>
    <message>
        <source>Circulated at</source>
        <translation>Distribué le</translation>
    </message>
    <message>
        <source>Circulation date and time</source>
        <translation>Date et heure de distribution</translation>
    </message>
    <message>
        <source>Where the date comes from</source>
        <translation>D’où vient la date</translation>
    </message>
    <message>
        <source>e.g. A/80/L.1 (optional)</source>
        <translation>p. ex. A/80/L.1 (facultatif)</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Cote du document</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Choose a draft</source>
        <translation>Choisir un projet</translation>
    </message>
    <message>
        <source>The date printed on the draft; set the time if known.</source>
        <translation>La date imprimée sur le projet ; indiquez l’heure si vous la connaissez.</translation>
    </message>
    <message>
        <source>Name the document this draft is a version of.</source>
        <translation>Nommez le document dont ce projet est une version.</translation>
    </message>
    <message>
        <source>A new document “{name}” will be created.</source>
        <translation>Un nouveau document « {name} » sera créé.</translation>
    </message>
    <message>
        <source>The draft becomes the next version of “{name}”.</source>
        <translation>Le projet devient la prochaine version de « {name} ».</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
</context>
<context>
    <name>ImportRemarks</name>
    <message>
        <source>Imported, with remarks</source>
        <translation>Importé, avec remarques</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lettered sub-paragraph(s) with no numbered paragraph above them</source>
        <translation>
            <numerusform>%Ln alinéa lettré sans paragraphe numéroté au-dessus</numerusform>
            <numerusform>%Ln alinéas lettrés sans paragraphe numéroté au-dessus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph number(s) out of order or printed twice</source>
        <translation>
            <numerusform>%Ln numéro de paragraphe hors d’ordre ou imprimé deux fois</numerusform>
            <numerusform>%Ln numéros de paragraphe hors d’ordre ou imprimés deux fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other remark(s)</source>
        <translation>
            <numerusform>%Ln autre remarque</numerusform>
            <numerusform>%Ln autres remarques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln remark(s) to check:</source>
        <translation>
            <numerusform>%Ln remarque à vérifier :</numerusform>
            <numerusform>%Ln remarques à vérifier :</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a paragraph to see its remarks in the inspector; Show Details lists them all.</source>
        <translation>Sélectionnez un paragraphe pour voir ses remarques dans l’inspecteur ; « Montrer les détails » les énumère toutes.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln de plus</numerusform>
            <numerusform>… et %Ln de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputsView</name>
    <message>
        <source>Inputs ledger</source>
        <translation>Registre des contributions</translation>
    </message>
    <message>
        <source>Stakeholder inputs</source>
        <translation>Contributions des parties prenantes</translation>
    </message>
    <message>
        <source>&amp;Add input…</source>
        <translation>&amp;Ajouter une contribution…</translation>
    </message>
    <message>
        <source>Add a stakeholder input</source>
        <translation>Ajouter une contribution des parties prenantes</translation>
    </message>
    <message>
        <source>Report &amp;PDF…</source>
        <translation>Rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the transparency report as PDF</source>
        <translation>Exporter le rapport de transparence en PDF</translation>
    </message>
    <message>
        <source>Report &amp;DOCX…</source>
        <translation>Rapport &amp;DOCX…</translation>
    </message>
    <message>
        <source>Export the transparency report as DOCX</source>
        <translation>Exporter le rapport de transparence en DOCX</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why: where it landed, or why not</source>
        <translation>Pourquoi : où elle a été reprise, ou pourquoi pas</translation>
    </message>
    <message>
        <source>&amp;Set outcome</source>
        <translation>&amp;Fixer la suite donnée</translation>
    </message>
    <message>
        <source>Set the outcome of the selected input</source>
        <translation>Fixer la suite donnée à la contribution sélectionnée</translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation>Historique de la suite donnée</translation>
    </message>
    <message>
        <source>Selected input</source>
        <translation>Contribution sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Suite donnée</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Export transparency report</source>
        <translation>Exporter le rapport de transparence</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Select an input to set its outcome.</source>
        <translation>Sélectionnez une contribution pour fixer la suite donnée.</translation>
    </message>
    <message>
        <source>Transparency report: {document}</source>
        <translation>Rapport de transparence : {document}</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a paragraph to see it in full.</source>
        <translation>Sélectionnez un paragraphe pour le voir en entier.</translation>
    </message>
    <message>
        <source>Selected paragraph</source>
        <translation>Paragraphe sélectionné</translation>
    </message>
    <message>
        <source>Paragraph text, footnotes and comments</source>
        <translation>Texte du paragraphe, notes de bas de page et commentaires</translation>
    </message>
    <message>
        <source>Bracket groups of the paragraph</source>
        <translation>Groupes entre crochets du paragraphe</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>personne de nommé</translation>
    </message>
    <message>
        <source>Bracket groups: {n}, deepest {d}; proponents: {who}</source>
        <translation>Groupes entre crochets : {n}, niveau d&apos;imbrication maximal {d} ; auteurs : {who}</translation>
    </message>
    <message>
        <source>Comment positions: {who}</source>
        <translation>Positions exprimées en commentaire : {who}</translation>
    </message>
    <message>
        <source>A bracket group runs across this and another paragraph.</source>
        <translation>Un groupe entre crochets s’étend sur ce paragraphe et un autre.</translation>
    </message>
    <message>
        <source>The brackets of this paragraph do not pair up.</source>
        <translation>Les crochets de ce paragraphe ne sont pas appariés.</translation>
    </message>
    <message>
        <source>Before tracked changes</source>
        <translation>Avant le suivi des modifications</translation>
    </message>
</context>
<context>
    <name>InspectorTabs</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Stance history</source>
        <translation>Historique des positions</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Prises de position</translation>
    </message>
</context>
<context>
    <name>InterventionEditor</name>
    <message>
        <source>party code or name, e.g. Civil Society Caucus</source>
        <translation>code ou nom de la partie, p. ex. Caucus de la société civile</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> mots/min</translation>
    </message>
    <message>
        <source>Interpretable pace: about 100–120 words a minute</source>
        <translation>Rythme interprétable : environ 100 à 120 mots par minute</translation>
    </message>
    <message>
        <source>— no document —</source>
        <translation>— aucun document —</translation>
    </message>
    <message>
        <source>labels, e.g. OP3, OP5bis or OP3-OP5</source>
        <translation>cotes, p. ex. OP3, OP5bis ou OP3-OP5</translation>
    </message>
    <message>
        <source>The statement as it will be delivered…</source>
        <translation>La déclaration telle qu&apos;elle sera prononcée…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>Temps de parole en secondes</translation>
    </message>
    <message>
        <source>Pace in words a minute</source>
        <translation>Rythme en mots par minute</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Document referred to</source>
        <translation>Document visé</translation>
    </message>
    <message>
        <source>Paragraph labels referred to</source>
        <translation>Numéros de paragraphe visés</translation>
    </message>
    <message>
        <source>Statement text</source>
        <translation>Texte de la déclaration</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Nombre de mots</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Timing verdict</source>
        <translation>Verdict sur le temps de parole</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Orateur :</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Séance :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>&amp;Créneau :</translation>
    </message>
    <message>
        <source>P&amp;ace:</source>
        <translation>R&amp;ythme :</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <source>&amp;Refers to:</source>
        <translation>&amp;Porte sur :</translation>
    </message>
</context>
<context>
    <name>InterventionsView</name>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Mark deli&amp;vered</source>
        <translation>Marquer pro&amp;noncée</translation>
    </message>
    <message>
        <source>Spea&amp;ker mode</source>
        <translation>Mode &amp;orateur</translation>
    </message>
    <message>
        <source>Add to &amp;pack</source>
        <translation>Ajouter au &amp;dossier</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Save the intervention</source>
        <translation>Enregistrer l’intervention</translation>
    </message>
    <message>
        <source>Saved “{t}”.</source>
        <translation>« {t} » enregistrée.</translation>
    </message>
    <message>
        <source>Edit intervention “{t}”</source>
        <translation>Modifier l&apos;intervention « {t} »</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Marked “{t}” delivered.</source>
        <translation>« {t} » marquée comme prononcée.</translation>
    </message>
    <message>
        <source>Delete intervention “{t}”</source>
        <translation>Supprimer l&apos;intervention « {t} »</translation>
    </message>
    <message>
        <source>Deleted “{t}”. Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>« {t} » supprimée. Édition › Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>Restored “{t}”.</source>
        <translation>« {t} » restaurée.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>WSIS Desk will use {language} the next time it starts.</source>
        <translation>WSIS Desk utilisera {language} au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LibraryEdits</name>
    <message>
        <source>Delete version “{v}”</source>
        <translation>Supprimer la version « {v} »</translation>
    </message>
    <message>
        <source>Rename version “{v}”</source>
        <translation>Renommer la version « {v} »</translation>
    </message>
    <message>
        <source>Move version “{v}” to “{d}”</source>
        <translation>Déplacer la version « {v} » vers « {d} »</translation>
    </message>
    <message>
        <source>Delete document “{d}”</source>
        <translation>Supprimer le document « {d} »</translation>
    </message>
    <message>
        <source>Rename document “{d}”</source>
        <translation>Renommer le document « {d} »</translation>
    </message>
    <message>
        <source>Restore “{n}”</source>
        <translation>Restaurer « {n} »</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Updating the library…</source>
        <translation>Mise à jour de la bibliothèque…</translation>
    </message>
    <message>
        <source>Reading the draft…</source>
        <translation>Lecture du projet…</translation>
    </message>
    <message>
        <source>A scanned draft</source>
        <translation>Un projet numérisé</translation>
    </message>
    <message>
        <source>“{name}” is a scan: its pages are pictures, with no text to read.</source>
        <translation>« {name} » est une numérisation : ses pages sont des images, sans texte à lire.</translation>
    </message>
    <message>
        <source>It can be read by OCR, in the six UN languages. The text will be approximate: check every number, bracket and label against the original.</source>
        <translation>Il peut être lu par reconnaissance optique de caractères (OCR), dans les six langues de l’ONU. Le texte sera approximatif : vérifiez chaque chiffre, crochet et numéro par rapport à l’original.</translation>
    </message>
    <message>
        <source>Read it by OCR</source>
        <translation>Lire par OCR</translation>
    </message>
    <message>
        <source>Is this the right document?</source>
        <translation>Est-ce le bon document ?</translation>
    </message>
    <message>
        <source>{file} shares little wording with “{latest}” of “{doc}” ({share:.0%} of their phrases): it may be another document.</source>
        <translation>{file} a peu de libellé en commun avec « {latest} » de « {doc} » ({share:.0%} de leurs segments) : il s&apos;agit peut-être d&apos;un autre document.</translation>
    </message>
    <message>
        <source>Import it as a new version of “{doc}” anyway?</source>
        <translation>L&apos;importer quand même comme nouvelle version de « {doc} » ?</translation>
    </message>
    <message>
        <source>Add to “{doc}”</source>
        <translation>Ajouter à « {doc} »</translation>
    </message>
    <message>
        <source>Import as a new document</source>
        <translation>Importer comme nouveau document</translation>
    </message>
    <message>
        <source>This content is already &apos;{label}&apos; of &apos;{doc}&apos;.</source>
        <translation>Ce contenu est déjà « {label} » de « {doc} ».</translation>
    </message>
    <message numerus="yes">
        <source>Imported &apos;{label}&apos; of &apos;{doc}&apos;: %Ln paragraph(s).</source>
        <translation>
            <numerusform>« {label} » de « {doc} » importé : %Ln paragraphe.</numerusform>
            <numerusform>« {label} » de « {doc} » importé : %Ln paragraphes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the pages by OCR…</source>
        <translation>Lecture des pages par OCR…</translation>
    </message>
    <message>
        <source>Importing the draft…</source>
        <translation>Importation du projet…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée : rien n’a été importé.</translation>
    </message>
    <message>
        <source>&amp;Move to another document…</source>
        <translation>&amp;Déplacer vers un autre document…</translation>
    </message>
    <message>
        <source>Deleted &amp;drafts…</source>
        <translation>Projets su&amp;pprimés…</translation>
    </message>
    <message>
        <source>Delete “{v}” of “{d}”? It goes to Deleted drafts, and Ctrl+Z brings it back.</source>
        <translation>Supprimer « {v} » de « {d} » ? La version va dans Projets supprimés, et Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <source>Delete the document “{d}” with all its versions? It goes to Deleted drafts, and Ctrl+Z brings it back.</source>
        <translation>Supprimer le document « {d} » avec toutes ses versions ? Il va dans Projets supprimés, et Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation>Renommer la version</translation>
    </message>
    <message>
        <source>New label for “{v}”:</source>
        <translation>Nouveau libellé pour « {v} » :</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Renommer le document</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nouveau titre :</translation>
    </message>
    <message>
        <source>Move to another document</source>
        <translation>Déplacer vers un autre document</translation>
    </message>
    <message>
        <source>Move “{v}” to the document (pick one, or type a new name):</source>
        <translation>Déplacer « {v} » vers le document (choisissez-en un ou saisissez un nouveau nom) :</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%Ln open [ ]</source>
        <translation>
            <numerusform>%Ln ouvert [ ]</numerusform>
            <numerusform>%Ln ouverts [ ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>Négociations</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Autres documents</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %Ln paragraph(s), from {source}</source>
        <translation>
            <numerusform>{label} : %Ln paragraphe, de {source}</numerusform>
            <numerusform>{label} : %Ln paragraphes, de {source}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library of negotiations, documents and versions</source>
        <translation>Bibliothèque des négociations, documents et versions</translation>
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
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>Données : {path}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler : {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir : {action}</translation>
    </message>
    <message>
        <source>About WSIS Desk</source>
        <translation>À propos de WSIS Desk</translation>
    </message>
    <message>
        <source>WSIS Desk {v}
An offline desk for negotiated texts.</source>
        <translation>WSIS Desk {v}
Un bureau hors ligne pour les textes négociés.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>no position recorded</source>
        <translation>aucune position enregistrée</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Position matrix</source>
        <translation>Matrice des positions</translation>
    </message>
    <message>
        <source>Show a group&apos;s members</source>
        <translation>Afficher les membres d&apos;un groupe</translation>
    </message>
    <message>
        <source>All parties with positions</source>
        <translation>Parties ayant une position</translation>
    </message>
    <message>
        <source>All member states</source>
        <translation>Tous les États Membres</translation>
    </message>
    <message>
        <source>Only &amp;red lines</source>
        <translation>&amp;Lignes rouges</translation>
    </message>
    <message>
        <source>Only red lines</source>
        <translation>Seulement les lignes rouges</translation>
    </message>
    <message>
        <source>Only &amp;contested paragraphs</source>
        <translation>Paragraphes &amp;contestés</translation>
    </message>
    <message>
        <source>Only contested paragraphs</source>
        <translation>Seulement les paragraphes contestés</translation>
    </message>
    <message>
        <source>our party, e.g. EU</source>
        <translation>notre partie, p. ex. UE</translation>
    </message>
    <message>
        <source>Our party for the state of play</source>
        <translation>Notre partie pour le point de situation</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exporter CS&amp;V…</translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation>Exporter la matrice en CSV</translation>
    </message>
    <message>
        <source>State of &amp;play PDF…</source>
        <translation>&amp;Point de situation PDF…</translation>
    </message>
    <message>
        <source>Export the one-page state of play as PDF</source>
        <translation>Exporter le point de situation sur une page en PDF</translation>
    </message>
    <message>
        <source>&amp;Record a position…</source>
        <translation>&amp;Enregistrer une position…</translation>
    </message>
    <message>
        <source>Record a position of the chosen party on the chosen paragraph</source>
        <translation>Enregistrer une position de la partie choisie sur le paragraphe choisi</translation>
    </message>
    <message>
        <source>Matrix summary</source>
        <translation>Résumé de la matrice</translation>
    </message>
    <message>
        <source>Key: {stances}</source>
        <translation>Légende : {stances}</translation>
    </message>
    <message>
        <source>Key to the stance marks</source>
        <translation>Légende des positions</translation>
    </message>
    <message>
        <source>Parties by paragraphs</source>
        <translation>Parties par paragraphe</translation>
    </message>
    <message>
        <source>Record a position…</source>
        <translation>Enregistrer une position…</translation>
    </message>
    <message>
        <source>&amp;Our party:</source>
        <translation>&amp;Notre partie :</translation>
    </message>
    <message>
        <source>{doc} {ver}: {rows} parties × {cols} paragraphs, {n} stances</source>
        <translation>{doc} {ver} : {rows} parties × {cols} paragraphes, {n} positions</translation>
    </message>
    <message>
        <source>Building the matrix…</source>
        <translation>Construction de la matrice…</translation>
    </message>
    <message>
        <source>Export matrix as CSV</source>
        <translation>Exporter la matrice en CSV</translation>
    </message>
    <message>
        <source>Export state of play</source>
        <translation>Exporter le point de situation</translation>
    </message>
    <message>
        <source>Writing the state of play…</source>
        <translation>Rédaction du point de situation…</translation>
    </message>
    <message>
        <source>State of play: {document}</source>
        <translation>Point de situation : {document}</translation>
    </message>
    <message>
        <source>Record position of {party}</source>
        <translation>Enregistrer la position de {party}</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <source>Statements in the pack</source>
        <translation>Déclarations du dossier</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>OP3, OP5bis, OP7-OP9</source>
        <translation>OP3, OP5bis, OP7-OP9</translation>
    </message>
    <message>
        <source>Paragraph labels</source>
        <translation>Numéros de paragraphe</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Paragraphs in the pack</source>
        <translation>Paragraphes du dossier</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Add the &amp;changes against the previous version</source>
        <translation>Ajouter les &amp;modifications par rapport à la version précédente</translation>
    </message>
    <message>
        <source>optional: a text file of &apos;term = explanation&apos;</source>
        <translation>facultatif : un fichier texte « terme = explication »</translation>
    </message>
    <message>
        <source>Glossary file</source>
        <translation>Fichier de glossaire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>as the first statement</source>
        <translation>en première déclaration</translation>
    </message>
    <message>
        <source>&amp;Double-sided (each item starts on a recto)</source>
        <translation>&amp;Recto verso (chaque élément commence sur une page impaire)</translation>
    </message>
    <message>
        <source>CHECK AGAINST DELIVERY</source>
        <translation>SEUL LE TEXTE PRONONCÉ FAIT FOI</translation>
    </message>
    <message>
        <source>READ OUT VERBATIM</source>
        <translation>À LIRE TEL QUEL</translation>
    </message>
    <message>
        <source>Interpreter pack</source>
        <translation>Dossier des interprètes</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Pack summary</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Statements:</source>
        <translation>Déclarations :</translation>
    </message>
    <message>
        <source>Paragraphs (labels of a version):</source>
        <translation>Paragraphes (numéros d&apos;une version) :</translation>
    </message>
    <message>
        <source>How it prints</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Séance :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Pa&amp;pier :</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>E&amp;xemplaires :</translation>
    </message>
    <message>
        <source>Ba&amp;nner:</source>
        <translation>Ba&amp;ndeau :</translation>
    </message>
    <message>
        <source>{pages} · {items} · fingerprint {fp}</source>
        <translation>{pages} · {items} · empreinte {fp}</translation>
    </message>
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
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Export the pack</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf);;Word document (*.docx)</source>
        <translation>PDF pour l&apos;impression (*.pdf);;Document Word (*.docx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %Ln page(s), fingerprint {fp}.</source>
        <translation>
            <numerusform>{path} écrit : %Ln page, empreinte {fp}.</numerusform>
            <numerusform>{path} écrit : %Ln pages, empreinte {fp}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: fingerprint {fp}.</source>
        <translation>{path} écrit : empreinte {fp}.</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>Rédaction du dossier…</translation>
    </message>
    <message>
        <source>Cancelled: no pack was written.</source>
        <translation>Annulé : aucun dossier des interprètes n’a été écrit.</translation>
    </message>
    <message>
        <source>Choose a glossary</source>
        <translation>Choisir un glossaire</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Changed since the preview: press Preview (F5) again.</source>
        <translation>Modifié depuis l&apos;aperçu : appuyez de nouveau sur Aperçu (F5).</translation>
    </message>
</context>
<context>
    <name>PackPreviewPane</name>
    <message>
        <source>Pack preview</source>
        <translation>Aperçu du dossier</translation>
    </message>
    <message>
        <source>Choose what goes in the pack, then press Preview (F5).</source>
        <translation>Choisissez le contenu du dossier, puis appuyez sur Aperçu (F5).</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more page(s) in the exported file.</source>
        <translation>
            <numerusform>… et %Ln page de plus dans le fichier exporté.</numerusform>
            <numerusform>… et %Ln pages de plus dans le fichier exporté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) (page images need pdftoppm from poppler-utils).</source>
        <translation>
            <numerusform>%Ln page (les images de pages nécessitent pdftoppm de poppler-utils).</numerusform>
            <numerusform>%Ln pages (les images de pages nécessitent pdftoppm de poppler-utils).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphTableModel</name>
    <message>
        <source>↔ spans</source>
        <translation>↔ chevauche</translation>
    </message>
    <message>
        <source>⚠ unbalanced</source>
        <translation>⚠ non appariés</translation>
    </message>
    <message>
        <source>A bracket group runs across this and another paragraph.</source>
        <translation>Un groupe entre crochets s’étend sur ce paragraphe et un autre.</translation>
    </message>
    <message>
        <source>The square brackets in this paragraph do not pair up.</source>
        <translation>Les crochets de ce paragraphe ne sont pas appariés.</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Edit position</source>
        <translation>Modifier la position</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Ajouter une position</translation>
    </message>
    <message>
        <source>USA, G77, Grupo Sur…</source>
        <translation>États-Unis, G77, Grupo Sur…</translation>
    </message>
    <message>
        <source>Party or actor</source>
        <translation>Partie ou acteur</translation>
    </message>
    <message>
        <source>Add as a new actor when not in the registry</source>
        <translation>Ajouter comme nouvel acteur s&apos;il n&apos;est pas dans le registre</translation>
    </message>
    <message>
        <source>Add as a new actor</source>
        <translation>Ajouter comme nouvel acteur</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Libellé proposé</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Partie</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>S&amp;ource</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>⚠ text changed since — review</source>
        <translation>⚠ texte modifié depuis — à revoir</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <source>Add position</source>
        <translation>Ajouter une position</translation>
    </message>
    <message>
        <source>Edit position</source>
        <translation>Modifier la position</translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation>Supprimer la position</translation>
    </message>
    <message>
        <source>Positions on the selected paragraph</source>
        <translation>Positions sur le paragraphe sélectionné</translation>
    </message>
    <message>
        <source>Positions: select a paragraph.</source>
        <translation>Positions : sélectionnez un paragraphe.</translation>
    </message>
    <message>
        <source>Positions heading</source>
        <translation>Titre des positions</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>&amp;Add position…</source>
        <translation>&amp;Ajouter une position…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation>Ajouter une position</translation>
    </message>
    <message>
        <source>Edit the selected position</source>
        <translation>Modifier la position sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected position</source>
        <translation>Supprimer la position sélectionnée</translation>
    </message>
    <message>
        <source>Positions on {label}: {n}</source>
        <translation>Positions sur {label} : {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review (text changed)</source>
        <translation>
            <numerusform>%Ln à revoir (texte modifié)</numerusform>
            <numerusform>%Ln à revoir (texte modifié)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Word redlines show their tracked changes as made by this person. Leave it empty to use this computer&apos;s user ({name}).</source>
        <translation>Les versions révisées Word attribuent leurs modifications suivies à cette personne. Laissez vide pour utiliser l’utilisateur de cet ordinateur ({name}).</translation>
    </message>
    <message>
        <source>Redline &amp;author:</source>
        <translation>&amp;Auteur des révisions :</translation>
    </message>
    <message>
        <source>Redline author</source>
        <translation>Auteur des révisions</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be started. Check that it is connected and switched on, then print again (or print to a PDF file).</source>
        <translation>L’imprimante n’a pas pu être lancée. Vérifiez qu’elle est connectée et allumée, puis relancez l’impression (ou imprimez dans un fichier PDF).</translation>
    </message>
    <message>
        <source>There is nothing to print in this page range.</source>
        <translation>Il n’y a rien à imprimer dans cette plage de pages.</translation>
    </message>
    <message>
        <source>Nothing to print here. Open the interpreter pack, a comparison, the positions matrix or the stakeholder inputs, then print.</source>
        <translation>Rien à imprimer ici. Ouvrez le dossier des interprètes, une comparaison, la matrice des positions ou les contributions des parties prenantes, puis imprimez.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Imprimer {title}</translation>
    </message>
    <message numerus="yes">
        <source>Printed {title}: %Ln page(s) to {where}.</source>
        <translation>
            <numerusform>{title} imprimé : %Ln page sur {where}.</numerusform>
            <numerusform>{title} imprimé : %Ln pages sur {where}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>Aperçu avant impression : {title}</translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search every version: words, or &quot;a phrase&quot;…</source>
        <translation>Rechercher dans toutes les versions : des mots, ou « une expression »…</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>Mots à rechercher</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Où chercher</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Cette version</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>Paragraphs found</source>
        <translation>Paragraphes trouvés</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) found.</source>
        <translation>
            <numerusform>%Ln paragraphe trouvé.</numerusform>
            <numerusform>%Ln paragraphes trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>{version} (not in the newest)</source>
        <translation>{version} (absent de la plus récente)</translation>
    </message>
    <message>
        <source>In: {versions}</source>
        <translation>Dans : {versions}</translation>
    </message>
    <message>
        <source>In: {versions}. Now {label}, with other words.</source>
        <translation>Dans : {versions}. Désormais {label}, en d&apos;autres termes.</translation>
    </message>
    <message>
        <source>In: {versions}. The paragraph is gone from the newest version.</source>
        <translation>Dans : {versions}. Le paragraphe a disparu de la version la plus récente.</translation>
    </message>
    <message>
        <source>{label} of {version}, {document}: {text}</source>
        <translation>{label} de {version}, {document} : {text}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter: a command or a key…</source>
        <translation>Filtrer : une commande ou une touche…</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
</context>
<context>
    <name>SpeakerMode</name>
    <message>
        <source>Speaker mode — {title}</source>
        <translation>Mode orateur — {title}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Countdown state</source>
        <translation>État du compte à rebours</translation>
    </message>
    <message>
        <source>Space start/pause · R reset · Esc leave · Ctrl+± text size</source>
        <translation>Espace démarrer/pause · R remise à zéro · Échap quitter · Ctrl+± taille du texte</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>elapsed (no slot)</source>
        <translation>écoulé (sans créneau)</translation>
    </message>
    <message>
        <source>{clock} OVER</source>
        <translation>{clock} DE DÉPASSEMENT</translation>
    </message>
    <message>
        <source>STOP — over time</source>
        <translation>STOP — temps dépassé</translation>
    </message>
    <message>
        <source>WIND UP — left</source>
        <translation>CONCLURE — restant</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restant</translation>
    </message>
    <message>
        <source>paused · Space to start</source>
        <translation>en pause · Espace pour démarrer</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
</context>
<context>
    <name>StancePanel</name>
    <message>
        <source>Stance history</source>
        <translation>Historique des positions</translation>
    </message>
    <message>
        <source>Party and paragraph</source>
        <translation>Partie et paragraphe</translation>
    </message>
    <message>
        <source>Stances over time</source>
        <translation>Positions au fil du temps</translation>
    </message>
    <message>
        <source>Click a cell of the positions matrix to see that party&apos;s stances here.</source>
        <translation>Cliquez sur une case de la matrice des positions pour voir ici les positions de cette partie.</translation>
    </message>
    <message>
        <source>{paragraph} of {document}</source>
        <translation>{paragraph} de {document}</translation>
    </message>
    <message>
        <source>{party} on {where}</source>
        <translation>{party} sur {where}</translation>
    </message>
    <message>
        <source>No position recorded for {party} here. Record one in the Positions tab of the paragraph.</source>
        <translation>Aucune position consignée ici pour {party}. Consignez-en une dans l’onglet Positions du paragraphe.</translation>
    </message>
    <message>
        <source>recorded on {version}</source>
        <translation>consignée sur {version}</translation>
    </message>
    <message>
        <source>by {laptop}</source>
        <translation>par {laptop}</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Libellé proposé</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync and conflicts</source>
        <translation>Synchronisation et conflits</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Write this laptop&apos;s changes to the team&apos;s sync folder and read everyone&apos;s</source>
        <translation>Écrire les modifications de cet ordinateur dans le dossier de synchronisation de l’équipe et lire celles de tous</translation>
    </message>
    <message>
        <source>No sync yet in this session.</source>
        <translation>Aucune synchronisation encore dans cette session.</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>Résultat de la dernière synchronisation</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Latest changes from the team</source>
        <translation>Modifications de l’équipe</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Keep &amp;your version</source>
        <translation>Garder &amp;votre version</translation>
    </message>
    <message>
        <source>Keep &amp;their version</source>
        <translation>Garder &amp;leur version</translation>
    </message>
    <message>
        <source>Both versions are kept; choose the one that stays for everyone.</source>
        <translation>Les deux versions sont conservées ; choisissez celle qui reste pour tous.</translation>
    </message>
    <message>
        <source>Writing bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>Importing bundle…</source>
        <translation>Importation du paquet…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync stopped: what came in so far is kept; the rest comes next time.</source>
        <translation>Synchronisation arrêtée : ce qui est déjà arrivé est conservé ; le reste viendra la prochaine fois.</translation>
    </message>
    <message>
        <source>Sync done: {received}, {sent}, {conflicts}.</source>
        <translation>Synchronisation terminée : {received}, {sent}, {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>received %Ln change(s)</source>
        <translation>
            <numerusform>%Ln modification reçue</numerusform>
            <numerusform>%Ln modifications reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln</source>
        <translation>
            <numerusform>%Ln envoyée</numerusform>
            <numerusform>%Ln envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln conflit à examiner</numerusform>
            <numerusform>%Ln conflits à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) could not be read.</source>
        <translation>
            <numerusform>%Ln lot n’a pas pu être lu.</numerusform>
            <numerusform>%Ln lots n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>This laptop: {name} · last sync: {when} · {conflicts}</source>
        <translation>Cet ordinateur : {name} · dernière synchronisation : {when} · {conflicts}</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review (%Ln)</source>
        <translation>
            <numerusform>Conflits à examiner (%Ln)</numerusform>
            <numerusform>Conflits à examiner (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the version of {laptop}</source>
        <translation>Garder la version de {laptop}</translation>
    </message>
    <message>
        <source>Keep your version: {what}</source>
        <translation>Garder votre version : {what}</translation>
    </message>
    <message>
        <source>Keep their version: {what}</source>
        <translation>Garder leur version : {what}</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Position of {name}</source>
        <translation>Position de {name}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Commitment: {name}</source>
        <translation>Engagement : {name}</translation>
    </message>
    <message>
        <source>Intervention: {name}</source>
        <translation>Intervention : {name}</translation>
    </message>
    <message>
        <source>Stakeholder input: {name}</source>
        <translation>Contribution des parties prenantes : {name}</translation>
    </message>
    <message>
        <source>Interpreter pack: {name}</source>
        <translation>Dossier des interprètes : {name}</translation>
    </message>
    <message>
        <source>Party or actor: {name}</source>
        <translation>Partie ou acteur : {name}</translation>
    </message>
    <message>
        <source>Negotiation: {name}</source>
        <translation>Négociation : {name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>Document : {name}</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Libellé proposé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>What was said or written</source>
        <translation>Ce qui a été dit ou écrit</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Temps de parole (secondes)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Soumise par</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>{paragraph} of {document}</source>
        <translation>{paragraph} de {document}</translation>
    </message>
    <message>
        <source>Your version ({laptop}, {when})</source>
        <translation>Votre version ({laptop}, {when})</translation>
    </message>
    <message>
        <source>Their version ({laptop}, {when})</source>
        <translation>Leur version ({laptop}, {when})</translation>
    </message>
    <message>
        <source>in effect now</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>(deleted on this side)</source>
        <translation>(supprimé de ce côté)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>wsis_desk bundles (*.wsisdesk);;All files (*)</source>
        <translation>Paquets wsis_desk (*.wsisdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Phrase secrète de l&apos;équipe</translation>
    </message>
    <message>
        <source>Passphrase of the team&apos;s bundles (leave empty if you do not use one):</source>
        <translation>Phrase secrète des paquets de l&apos;équipe (laisser vide si vous n&apos;en utilisez pas) :</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <source>How the team sees this laptop (e.g. &apos;CSO caucus laptop 3&apos;):</source>
        <translation>Comment l&apos;équipe voit cet ordinateur (p. ex. « ordinateur 3 du caucus des OSC ») :</translation>
    </message>
    <message>
        <source>{site} · last sync {when}</source>
        <translation>{site} · dernière synchronisation {when}</translation>
    </message>
    <message>
        <source>{site} · not synced yet</source>
        <translation>{site} · pas encore synchronisé</translation>
    </message>
</context>
<context>
    <name>UncitedNotes</name>
    <message>
        <source>Footnotes not cited in the text</source>
        <translation>Notes de bas de page non appelées dans le texte</translation>
    </message>
    <message>
        <source>Footnotes not cited in the text ({count})</source>
        <translation>Notes de bas de page non appelées dans le texte ({count})</translation>
    </message>
    <message>
        <source>bracket groups: {count}</source>
        <translation>groupes entre crochets : {count}</translation>
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
    <message>
        <source>No drafts yet.

Import a draft (or drop a .docx, .pdf, .txt or .md file here), or load the demo negotiation to look around.</source>
        <translation>Aucun projet pour l&apos;instant.

Importez un projet (ou déposez ici un fichier .docx, .pdf, .txt ou .md), ou chargez la négociation de démonstration pour découvrir l&apos;application.</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; of &apos;{d}&apos; is no longer in the library.</source>
        <translation>« {v} » de « {d} » n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Loading the demo…</source>
        <translation>Chargement de la démonstration…</translation>
    </message>
    <message>
        <source>{groups} in {paragraphs}</source>
        <translation>{groups} dans {paragraphs}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open bracket group(s)</source>
        <translation>
            <numerusform>%Ln groupe entre crochets ouvert</numerusform>
            <numerusform>%Ln groupes entre crochets ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln paragraphe</numerusform>
            <numerusform>%Ln paragraphes</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation>Ouverture de {label}…</translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <source>Listing the open brackets…</source>
        <translation>Liste des crochets ouverts…</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is the first version: choose a later one to compare.</source>
        <translation>« {v} » est la première version : choisissez-en une plus récente pour comparer.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Import draft…</source>
        <translation>&amp;Importer un projet…</translation>
    </message>
    <message>
        <source>Import a .docx, .pdf, .txt or .md</source>
        <translation>Importer un .docx, .pdf, .txt ou .md</translation>
    </message>
    <message>
        <source>Load the &amp;demo negotiation</source>
        <translation>Charger la négociation de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exporter un paquet…</translation>
    </message>
    <message>
        <source>Import &amp;bundle…</source>
        <translation>Importer un &amp;paquet…</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;name…</source>
        <translation>&amp;Nom de cet ordinateur…</translation>
    </message>
    <message>
        <source>&amp;Sync folder…</source>
        <translation>Dossier de &amp;synchronisation…</translation>
    </message>
    <message>
        <source>Sync with the team</source>
        <translation>Synchroniser avec l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the pack, redline, state of play or report of this view</source>
        <translation>Imprimer le dossier, la version comparée, le point de situation ou le rapport de cette vue</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Brackets board</source>
        <translation>Tableau des &amp;crochets</translation>
    </message>
    <message>
        <source>&amp;Compare versions</source>
        <translation>&amp;Comparer des versions</translation>
    </message>
    <message>
        <source>&amp;Positions matrix</source>
        <translation>Matrice des &amp;positions</translation>
    </message>
    <message>
        <source>Stakeholder &amp;inputs</source>
        <translation>Contributions des parties &amp;prenantes</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>En&amp;gagements</translation>
    </message>
    <message>
        <source>In&amp;terventions</source>
        <translation>In&amp;terventions</translation>
    </message>
    <message>
        <source>Interpreter &amp;pack</source>
        <translation>Dossier des &amp;interprètes</translation>
    </message>
    <message>
        <source>Sync and &amp;conflicts</source>
        <translation>Synchronisation et &amp;conflits</translation>
    </message>
    <message>
        <source>&amp;Search all versions…</source>
        <translation>&amp;Rechercher dans toutes les versions…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Deleted &amp;drafts…</source>
        <translation>Projets su&amp;pprimés…</translation>
    </message>
    <message>
        <source>Versions and documents deleted here or by the team</source>
        <translation>Versions et documents supprimés ici ou par l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Find in this document…</source>
        <translation>&amp;Rechercher dans ce document…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Occurrence pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About WSIS Desk</source>
        <translation>À &amp;propos de WSIS Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Proponents</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Bracketed text</source>
        <translation>Texte entre crochets</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Redline</source>
        <translation>Version comparée</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Landed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Propos tenus</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>In effect now</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Mise de côté</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Could not do that</source>
        <translation>Impossible d&apos;effectuer cette action</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside WSIS Desk. Your data is safe; the last action was not completed. Copy the details below when you report it.</source>
        <translation>Une erreur s&apos;est produite dans WSIS Desk. Vos données sont intactes ; la dernière action n&apos;a pas été menée à bien. Copiez les détails ci-dessous pour la signaler.</translation>
    </message>
</context>
<context>
    <name>timing</name>
    <message>
        <source>about {clock} at {chars} characters ({wpm} words) a minute</source>
        <translation>environ {clock} à {chars} caractères ({wpm} mots) par minute</translation>
    </message>
    <message>
        <source>about {clock} at {wpm} words a minute</source>
        <translation>environ {clock} à {wpm} mots par minute</translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>créneau {slot}</translation>
    </message>
    <message>
        <source>No time limit set.</source>
        <translation>Aucune limite de temps.</translation>
    </message>
    <message>
        <source>Fits the slot, {spare} to spare.</source>
        <translation>Tient dans le créneau, {spare} de marge.</translation>
    </message>
    <message>
        <source>Over the slot at this pace: fits only at {pace} characters a minute, or cut {cut}.</source>
        <translation>Dépasse le créneau à ce rythme : ne tient qu&apos;à {pace} caractères par minute, ou coupez {cut}.</translation>
    </message>
    <message>
        <source>Over the slot at this pace: fits only at {pace} words a minute, or cut {cut}.</source>
        <translation>Dépasse le créneau à ce rythme : ne tient qu&apos;à {pace} mots par minute, ou coupez {cut}.</translation>
    </message>
    <message>
        <source>Fits the slot but too fast to interpret ({pace} characters a minute): cut {cut}.</source>
        <translation>Tient dans le créneau, mais trop rapide pour l&apos;interprétation ({pace} caractères par minute) : coupez {cut}.</translation>
    </message>
    <message>
        <source>Fits the slot but too fast to interpret ({pace} words a minute): cut {cut}.</source>
        <translation>Tient dans le créneau, mais trop rapide pour l&apos;interprétation ({pace} mots par minute) : coupez {cut}.</translation>
    </message>
    <message>
        <source>no slot</source>
        <translation>sans créneau</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>tient</translation>
    </message>
    <message>
        <source>over: cut {cut}</source>
        <translation>dépasse : couper {cut}</translation>
    </message>
    <message>
        <source>⚠ too fast: cut {cut}</source>
        <translation>⚠ trop rapide : couper {cut}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ rempli</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>!! OVERDUE</source>
        <translation>!! EN RETARD</translation>
    </message>
    <message>
        <source>preambular</source>
        <translation>préambule</translation>
    </message>
    <message>
        <source>operative</source>
        <translation>dispositif</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>variante</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>espace réservé</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>agreed ad referendum</source>
        <translation>approuvé ad referendum</translation>
    </message>
    <message>
        <source>suggested for closure</source>
        <translation>proposé pour clôture</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>maintenu</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>en séance</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>Word comment</source>
        <translation>commentaire Word</translation>
    </message>
    <message>
        <source>bracket</source>
        <translation>crochet</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <source>hearsay</source>
        <translation>ouï-dire</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>final</source>
        <translation>finale</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>prononcée</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>reflected</source>
        <translation>repris</translation>
    </message>
    <message>
        <source>partially reflected</source>
        <translation>partiellement repris</translation>
    </message>
    <message>
        <source>not reflected</source>
        <translation>non repris</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>ad ref</source>
        <translation>ad ref</translation>
    </message>
    <message>
        <source>for closure</source>
        <translation>pour clôture</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>appuie</translation>
    </message>
    <message>
        <source>opposes</source>
        <translation>s&apos;oppose</translation>
    </message>
    <message>
        <source>amends</source>
        <translation>modifie</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>réserve</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>ligne rouge</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>souple</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
</TS>
