<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>QObject</name>
    <message>
        <source>No such article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::AboutDialog</name>
    <message>
        <source>About Synoptic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Synoptic %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Compare how different outlets cover the same news story: aligned paragraphs, shared quotes, disputed numbers and syndicated copies, side by side.&lt;/p&gt;&lt;p&gt;Homepage: %1&lt;br&gt;Report a bug: %2&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Synoptic authors&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Synoptic is free software: you can redistribute it and/or modify it under the terms of the &lt;b&gt;GNU General Public License&lt;/b&gt; as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (SPDX: GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party components and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::AlignmentRowModel</name>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worded differently from the base outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from its place in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries a disputed figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subhead in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::ComparisonHeader</name>
    <message>
        <source>Outlet headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family %1 · source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as &amp;Base Outlet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::ComparisonView</name>
    <message>
        <source>&lt;p&gt;“%1”&lt;/p&gt;&lt;p&gt;— %2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Quoted by %3 outlets. Click to see every version.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Disputed figure: %1&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — the outlets agree&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted by %1 outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved — paragraph %1 in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side-by-side comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrolled out of view →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← scrolled out of view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and 1 more outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraphs only in %1, %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: only in %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subhead in %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boilerplate of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 boilerplate paragraph — click to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boilerplate paragraphs — click to show</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the comparison by outlet; click to scroll there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::ExportDialog</name>
    <message>
        <source>Export Comparison PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (the outlet in most rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write an HTML page beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write CSV tables (quotes, numbers, alignment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Comparison PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one outlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::HandbookWindow</name>
    <message>
        <source>Synoptic Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook is missing from this build of Synoptic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::MainWindow</name>
    <message>
        <source>Synoptic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdict on “%1” could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep “%1” Apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new outlet name could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Story Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Story Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo story is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file in this folder could not be read and is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files in this folder could not be read and are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Synoptic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outlets · %2 aligned rows · %3 shared quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Comparison PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Boilerplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word Differences Against Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse Syndication Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one column per family of syndicated copies: its likely original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every outlet again, in article order, at automatic widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing further in that direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Disputed Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Disputed N&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Shared Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Shared &amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synoptic &amp;Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Synoptic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1” as Base Outlet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::MessageBanner</name>
    <message>
        <source>Import problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::NumberGroupModel</name>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::NumbersPanel</name>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::OutletModel</name>
    <message>
        <source>Syndication family %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (likely original)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to show a column; double-click or F2 to rename. The list is in column order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word differences are shown against this outlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected outlet&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::QuoteClusterModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::QuotePanel</name>
    <message>
        <source>Quote details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a highlighted quotation in any column to see every outlet that used it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted by 1 outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted by %1 outlets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not quote it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording in each outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortened</source>
        <translation type="unfinished"></translation>
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
        </translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::QuotesPanel</name>
    <message>
        <source>Filter by speaker or words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::SearchPanel</name>
    <message>
        <source>Search all articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::SpellingVariantModel</name>
    <message>
        <source>found automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” are compared as different words. Tick to treat them as one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” are compared as one name. Untick if they are different words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::SpellingsPanel</name>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These forms are one name: compare them as the same word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These forms are different words: compare them as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget your verdict: Synoptic decides again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name is spelled differently across these outlets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names spelled differently across outlets. Ticked forms are compared as one name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Synoptic::Ui::StartPage</name>
    <message>
        <source>Synoptic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare how different outlets cover one story. Open a folder of articles: Synoptic aligns their paragraphs side by side, highlights the quotes they share and marks the numbers they disagree on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Demo Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent stories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare news coverage of one story across outlets.

Commands (run &apos;synoptic COMMAND --help&apos;):
  analyze FOLDER   import a folder and write the analysis as JSON
  export FOLDER    write the comparison report (--pdf, --html, --csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this library database instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders of articles to open, one window each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
