<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>No such article.</source>
        <translation>Diesen Artikel gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::AboutDialog</name>
    <message>
        <source>About Synoptic</source>
        <translation>Über Synoptic</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Synoptic %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Synoptic %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Compare how different outlets cover the same news story: aligned paragraphs, shared quotes, disputed numbers and syndicated copies, side by side.&lt;/p&gt;&lt;p&gt;Homepage: %1&lt;br&gt;Report a bug: %2&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Synoptic authors&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vergleichen Sie, wie verschiedene Medien über dieselbe Nachricht berichten: zugeordnete Absätze, gemeinsame Zitate, strittige Zahlen und übernommene Agenturtexte, nebeneinander.&lt;/p&gt;&lt;p&gt;Homepage: %1&lt;br&gt;Fehler melden: %2&lt;/p&gt;&lt;p&gt;Copyright © 2026 Die Synoptic-Autoren&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&lt;p&gt;Synoptic is free software: you can redistribute it and/or modify it under the terms of the &lt;b&gt;GNU General Public License&lt;/b&gt; as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (SPDX: GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Synoptic ist freie Software: Sie können es unter den Bedingungen der &lt;b&gt;GNU General Public License&lt;/b&gt;, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (SPDX: GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Synoptic wird in der Hoffnung verbreitet, dass es nützlich ist, aber OHNE JEDE GEWÄHRLEISTUNG, sogar ohne die implizite Gewährleistung der MARKTREIFE oder der EIGNUNG FÜR EINEN BESTIMMTEN ZWECK.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Lizenz lesen</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Third-party components and their licences</source>
        <translation>Komponenten Dritter und ihre Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;Komponenten</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::AlignmentRowModel</name>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>worded differently from the base outlet</source>
        <translation>anders formuliert als im Basismedium</translation>
    </message>
    <message>
        <source>moved from its place in the article</source>
        <translation>von seiner Stelle im Artikel verschoben</translation>
    </message>
    <message>
        <source>carries a disputed figure</source>
        <translation>enthält eine strittige Zahl</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Nur in %1</translation>
    </message>
    <message>
        <source>Subhead in %1</source>
        <translation>Zwischentitel in %1</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Textbaustein</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::ComparisonHeader</name>
    <message>
        <source>Outlet headers</source>
        <translation>Spaltenköpfe der Medien</translation>
    </message>
    <message>
        <source>family %1 · source</source>
        <translation>Familie %1 · Quelle</translation>
    </message>
    <message>
        <source>family %1</source>
        <translation>Familie %1</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>Automatic &amp;Width</source>
        <translation>Automatische &amp;Breite</translation>
    </message>
    <message>
        <source>&amp;Hide %1</source>
        <translation>%1 &amp;ausblenden</translation>
    </message>
    <message>
        <source>Use as &amp;Base Outlet</source>
        <translation>Als &amp;Basismedium verwenden</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::ComparisonView</name>
    <message>
        <source>&lt;p&gt;“%1”&lt;/p&gt;&lt;p&gt;— %2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Quoted by %3 outlets. Click to see every version.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;„%1“&lt;/p&gt;&lt;p&gt;— %2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Von %3 Medien zitiert. Klicken, um jede Fassung zu sehen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>unbekannte Person</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Disputed figure: %1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Strittige Zahl: %1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — the outlets agree&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — die Medien stimmen überein&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quoted by %1 outlets</source>
        <translation>Von %1 Medien zitiert</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Nur in %1</translation>
    </message>
    <message>
        <source>Moved — paragraph %1 in this article</source>
        <translation>Verschoben — Absatz %1 in diesem Artikel</translation>
    </message>
    <message>
        <source>Side-by-side comparison</source>
        <translation>Vergleich nebeneinander</translation>
    </message>
    <message>
        <source>scrolled out of view →</source>
        <translation>außerhalb der Ansicht →</translation>
    </message>
    <message>
        <source>← scrolled out of view</source>
        <translation>← außerhalb der Ansicht</translation>
    </message>
    <message>
        <source>%1 and 1 more outlet</source>
        <translation>%1 und 1 weiteres Medium</translation>
    </message>
    <message>
        <source>%1 and %2 more outlets</source>
        <translation>%1 und %2 weitere Medien</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraphs only in %1, %2</source>
        <translation>
            <numerusform>%n Absatz nur in %1, %2</numerusform>
            <numerusform>%n Absätze nur in %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: only in %2, %3</source>
        <translation>Zeile %1: nur in %2, %3</translation>
    </message>
    <message>
        <source>Only in %1, %2</source>
        <translation>Nur in %1, %2</translation>
    </message>
    <message>
        <source>Subhead in %1, %2</source>
        <translation>Zwischentitel in %1, %2</translation>
    </message>
    <message>
        <source>Boilerplate of %1, %2</source>
        <translation>Textbausteine von %1, %2</translation>
    </message>
    <message>
        <source>not in this outlet</source>
        <translation>nicht in diesem Medium</translation>
    </message>
    <message>
        <source>1 boilerplate paragraph — click to show</source>
        <translation>1 Textbaustein — zum Anzeigen klicken</translation>
    </message>
    <message>
        <source>%1 boilerplate paragraphs — click to show</source>
        <translation>%1 Textbausteine — zum Anzeigen klicken</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Disputed figure (%1): %2&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::CoverageMap</name>
    <message>
        <source>Coverage map</source>
        <translation>Abdeckungskarte</translation>
    </message>
    <message>
        <source>Rows of the comparison by outlet; click to scroll there.</source>
        <translation>Zeilen des Vergleichs je Medium; klicken, um dorthin zu blättern.</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::ExportDialog</name>
    <message>
        <source>Export Comparison PDF</source>
        <translation>Vergleich als PDF exportieren</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Automatic (the outlet in most rows)</source>
        <translation>Automatisch (das Medium in den meisten Zeilen)</translation>
    </message>
    <message>
        <source>&amp;Base outlet:</source>
        <translation>&amp;Basismedium:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Save PDF as:</source>
        <translation>PDF &amp;speichern unter:</translation>
    </message>
    <message>
        <source>Also write an HTML page beside it</source>
        <translation>Auch eine HTML-Seite daneben schreiben</translation>
    </message>
    <message>
        <source>Also write CSV tables (quotes, numbers, alignment)</source>
        <translation>Auch CSV-Tabellen schreiben (Zitate, Zahlen, Zuordnung)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Save Comparison PDF</source>
        <translation>Vergleichs-PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Choose at least one outlet.</source>
        <translation>Wählen Sie mindestens ein Medium.</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation>Der Bericht wird vorbereitet</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>%n Seite in %1 gespeichert.</numerusform>
            <numerusform>%n Seiten in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Export abgebrochen; nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::HandbookWindow</name>
    <message>
        <source>Synoptic Handbook</source>
        <translation>Synoptic-Handbuch</translation>
    </message>
    <message>
        <source>Handbook text</source>
        <translation>Text des Handbuchs</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>The handbook is missing from this build of Synoptic.</source>
        <translation>Diesem Build von Synoptic fehlt das Handbuch.</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::MainWindow</name>
    <message>
        <source>Synoptic</source>
        <translation>Synoptic</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation>Fortschritt beim Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel opening</source>
        <translation>Öffnen abbrechen</translation>
    </message>
    <message>
        <source>Your verdict on “%1” could not be saved.</source>
        <translation>Ihre Entscheidung zu „%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Keep “%1” Apart</source>
        <translation>„%1“ getrennt halten</translation>
    </message>
    <message>
        <source>Confirm “%1”</source>
        <translation>„%1“ bestätigen</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>The new outlet name could not be saved.</source>
        <translation>Der neue Name des Mediums konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Spellings</source>
        <translation>Schreibweisen</translation>
    </message>
    <message>
        <source>Open Story Folder</source>
        <translation>Story-Ordner öffnen</translation>
    </message>
    <message>
        <source>Demo Story Missing</source>
        <translation>Demo-Story fehlt</translation>
    </message>
    <message>
        <source>The demo story is not installed.</source>
        <translation>Die Demo-Story ist nicht installiert.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <source>The story could not be opened.</source>
        <translation>Die Story konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>1 file in this folder could not be read and is not shown.</source>
        <translation>1 Datei in diesem Ordner konnte nicht gelesen werden und wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 files in this folder could not be read and are not shown.</source>
        <translation>%1 Dateien in diesem Ordner konnten nicht gelesen werden und werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 — Synoptic</source>
        <translation>%1 — Synoptic</translation>
    </message>
    <message>
        <source>%1 outlets · %2 aligned rows · %3 shared quotes</source>
        <translation>%1 Medien · %2 zugeordnete Zeilen · %3 gemeinsame Zitate</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>Ordner ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Story</source>
        <translation>&amp;Demo-Story öffnen</translation>
    </message>
    <message>
        <source>&amp;Export Comparison PDF…</source>
        <translation>Vergleich als PDF &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Boilerplate</source>
        <translation>&amp;Textbausteine anzeigen</translation>
    </message>
    <message>
        <source>&amp;Word Differences Against Base</source>
        <translation>&amp;Wortunterschiede zur Basis</translation>
    </message>
    <message>
        <source>&amp;Collapse Syndication Families</source>
        <translation>Agentur&amp;familien zusammenfassen</translation>
    </message>
    <message>
        <source>Show one column per family of syndicated copies: its likely original</source>
        <translation>Eine Spalte je Familie übernommener Texte zeigen: ihr wahrscheinliches Original</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show every outlet again, in article order, at automatic widths</source>
        <translation>Alle Medien wieder zeigen, in Artikelreihenfolge und automatischer Breite</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Seitenleisten</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Nothing further in that direction</source>
        <translation>In dieser Richtung kommt nichts mehr</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>&amp;Nächster Unterschied</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Vorheriger Unterschied</translation>
    </message>
    <message>
        <source>Next &amp;Disputed Number</source>
        <translation>Nächste &amp;strittige Zahl</translation>
    </message>
    <message>
        <source>Previous Disputed N&amp;umber</source>
        <translation>Vorherige strittige &amp;Zahl</translation>
    </message>
    <message>
        <source>Next &amp;Shared Quote</source>
        <translation>Nächstes &amp;gemeinsames Zitat</translation>
    </message>
    <message>
        <source>Previous Shared &amp;Quote</source>
        <translation>Vorheriges gemeinsames &amp;Zitat</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Synoptic &amp;Handbook</source>
        <translation>Synoptic-&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;About Synoptic</source>
        <translation>Ü&amp;ber Synoptic</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow &amp;System Colours</source>
        <translation>&amp;Systemfarben folgen</translation>
    </message>
    <message>
        <source>Use “%1” as Base Outlet</source>
        <translation>„%1“ als Basismedium verwenden</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::MessageBanner</name>
    <message>
        <source>Import problems</source>
        <translation>Probleme beim Import</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::NumberGroupModel</name>
    <message>
        <source>figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Attributed to %1</source>
        <translation>Zugeschrieben: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>As reported</source>
        <translation>Wie berichtet</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::NumbersPanel</name>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::OutletModel</name>
    <message>
        <source>Syndication family %1%2</source>
        <translation>Agenturfamilie %1%2</translation>
    </message>
    <message>
        <source> (likely original)</source>
        <translation> (wahrscheinlich das Original)</translation>
    </message>
    <message>
        <source>%1, article %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::OutletsPanel</name>
    <message>
        <source>Colour…</source>
        <translation>Farbe …</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Tick to show a column; double-click or F2 to rename. The list is in column order.</source>
        <translation>Ankreuzen, um eine Spalte zu zeigen; Doppelklick oder F2 zum Umbenennen. Die Liste folgt der Spaltenreihenfolge.</translation>
    </message>
    <message>
        <source>Base outlet</source>
        <translation>Basismedium</translation>
    </message>
    <message>
        <source>Word differences are shown against this outlet.</source>
        <translation>Wortunterschiede werden gegenüber diesem Medium gezeigt.</translation>
    </message>
    <message>
        <source>Change the selected outlet&apos;s colour</source>
        <translation>Farbe des ausgewählten Mediums ändern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;Base outlet:</source>
        <translation>&amp;Basismedium:</translation>
    </message>
    <message>
        <source>Colour for %1</source>
        <translation>Farbe für %1</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::QuoteClusterModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>unbekannte Person</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::QuotePanel</name>
    <message>
        <source>Quote details</source>
        <translation>Zitatdetails</translation>
    </message>
    <message>
        <source>Click a highlighted quotation in any column to see every outlet that used it.</source>
        <translation>Klicken Sie in einer beliebigen Spalte auf ein hervorgehobenes Zitat, um jedes Medium zu sehen, das es verwendet hat.</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>unbekannte Person</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>sinngemäß</translation>
    </message>
    <message>
        <source>not quoted</source>
        <translation>nicht zitiert</translation>
    </message>
    <message>
        <source>Quoted by 1 outlet:</source>
        <translation>Von 1 Medium zitiert:</translation>
    </message>
    <message>
        <source>Quoted by %1 outlets:</source>
        <translation>Von %1 Medien zitiert:</translation>
    </message>
    <message>
        <source>Did not quote it:</source>
        <translation>Nicht zitiert von:</translation>
    </message>
    <message>
        <source>Wording in each outlet</source>
        <translation>Wortlaut in jedem Medium</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <source>shortened</source>
        <translation>gekürzt</translation>
    </message>
    <message>
        <source>fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant, worded differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, split by the attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, over %n paragraph(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::QuotesPanel</name>
    <message>
        <source>Filter by speaker or words…</source>
        <translation>Nach Person oder Wörtern filtern …</translation>
    </message>
    <message>
        <source>Filter quotes</source>
        <translation>Zitate filtern</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::SearchPanel</name>
    <message>
        <source>Search all articles…</source>
        <translation>Alle Artikel durchsuchen …</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::SpellingVariantModel</name>
    <message>
        <source>found automatically</source>
        <translation>automatisch gefunden</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>kept apart</source>
        <translation>getrennt gehalten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” are compared as different words. Tick to treat them as one name.</source>
        <translation>„%1“ werden als verschiedene Wörter verglichen. Ankreuzen, um sie als einen Namen zu behandeln.</translation>
    </message>
    <message>
        <source>“%1” are compared as one name. Untick if they are different words.</source>
        <translation>„%1“ werden als ein Name verglichen. Das Häkchen entfernen, wenn es verschiedene Wörter sind.</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::SpellingsPanel</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Keep Apart</source>
        <translation>&amp;Getrennt halten</translation>
    </message>
    <message>
        <source>&amp;Undo Verdict</source>
        <translation>Entscheidung &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Spelling variants</source>
        <translation>Schreibvarianten</translation>
    </message>
    <message>
        <source>These forms are one name: compare them as the same word.</source>
        <translation>Diese Formen sind ein Name: als dasselbe Wort vergleichen.</translation>
    </message>
    <message>
        <source>These forms are different words: compare them as written.</source>
        <translation>Diese Formen sind verschiedene Wörter: so vergleichen, wie sie geschrieben sind.</translation>
    </message>
    <message>
        <source>Forget your verdict: Synoptic decides again.</source>
        <translation>Ihre Entscheidung verwerfen: Synoptic entscheidet wieder selbst.</translation>
    </message>
    <message>
        <source>No name is spelled differently across these outlets.</source>
        <translation>Kein Name wird in diesen Medien unterschiedlich geschrieben.</translation>
    </message>
    <message>
        <source>Names spelled differently across outlets. Ticked forms are compared as one name.</source>
        <translation>Namen, die die Medien unterschiedlich schreiben. Angekreuzte Formen werden als ein Name verglichen.</translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::StartPage</name>
    <message>
        <source>Synoptic</source>
        <translation>Synoptic</translation>
    </message>
    <message>
        <source>Compare how different outlets cover one story. Open a folder of articles: Synoptic aligns their paragraphs side by side, highlights the quotes they share and marks the numbers they disagree on.</source>
        <translation>Vergleichen Sie, wie verschiedene Medien über eine Nachricht berichten. Öffnen Sie einen Ordner mit Artikeln: Synoptic stellt ihre Absätze nebeneinander, hebt gemeinsame Zitate hervor und markiert die Zahlen, bei denen sie sich widersprechen.</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ordner öffnen …</translation>
    </message>
    <message>
        <source>Open Demo Story</source>
        <translation>Demo-Story öffnen</translation>
    </message>
    <message>
        <source>Recent stories</source>
        <translation>Zuletzt geöffnete Storys</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare news coverage of one story across outlets.

Commands (run &apos;synoptic COMMAND --help&apos;):
  analyze FOLDER   import a folder and write the analysis as JSON
  export FOLDER    write the comparison report (--pdf, --html, --csv)</source>
        <translation>Vergleicht die Berichterstattung verschiedener Medien über eine Nachricht.

Befehle (siehe &apos;synoptic BEFEHL --help&apos;):
  analyze ORDNER   einen Ordner importieren und die Analyse als JSON schreiben
  export ORDNER    den Vergleichsbericht schreiben (--pdf, --html, --csv)</translation>
    </message>
    <message>
        <source>Open the bundled demo story.</source>
        <translation>Die mitgelieferte Demo-Story öffnen.</translation>
    </message>
    <message>
        <source>Use this library database instead of the default.</source>
        <translation>Diese Bibliotheksdatenbank statt der voreingestellten verwenden.</translation>
    </message>
    <message>
        <source>Folders of articles to open, one window each.</source>
        <translation>Zu öffnende Artikelordner, jeder in einem eigenen Fenster.</translation>
    </message>
</context>
</TS>
