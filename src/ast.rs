//! The typed tree every dialect produces: [`Article`] and the nodes under it.
//!
//! Field names are the JSON contract of `shared/DESIGN.md` §2 (see [`crate::json`]); Rust names
//! may change, wire names may not without a schema version bump. Text is owned: values are
//! normalised (markers removed, whitespace collapsed), so they rarely equal an input slice, and
//! the [`Span`] on every node points back at the original bytes.

use crate::diagnostic::Diagnostic;
use crate::dialect::Dialect;
use crate::span::Span;
use crate::value::typed::Typed;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One parsed article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Article {
    /// Version of this JSON shape; see [`crate::json::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The dialect the input was read as.
    pub dialect: Dialect,
    /// The article title, when one could be found.
    pub title: Option<String>,
    /// True when no title line exists and the title was taken from the infobox or lead sentence.
    #[serde(default, skip_serializing_if = "is_false")]
    pub title_inferred: bool,
    /// The title line, when the title came from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_span: Option<Span>,
    /// Infoboxes in reading order.
    pub infoboxes: Vec<Infobox>,
    /// The lead (section 0, no heading) and the sections after it.
    pub sections: Vec<Section>,
    /// Numbered reference and note lines outside an infobox.
    pub references: Vec<Reference>,
    /// Every footnote marker in reading order.
    pub footnote_markers: Vec<Marker>,
    /// Category names (wikitext).
    pub categories: Vec<String>,
    /// The target page of a redirect (`#REDIRECT [[Target]]`, wikitext).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect: Option<String>,
    /// What looked wrong, with the bytes concerned.
    pub diagnostics: Vec<Diagnostic>,
    /// The whole input; for an infobox-only parse of wikitext, the bytes it read (up to the
    /// end of the last infobox and of the lead's bold title).
    pub span: Span,
    /// The dump page this article came from (`wikiparse dump`; omitted otherwise). Spans are
    /// byte offsets into the page's wikitext, not into the dump file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<PageInfo>,
}

/// Where a page of a MediaWiki XML dump came from: its `<page>` and latest `<revision>`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct PageInfo {
    /// The page id (`<page><id>`).
    pub id: u64,
    /// The full title with its namespace prefix (`Talk:Emu War`).
    pub title: String,
    /// The namespace number (`0` for articles).
    pub ns: i64,
    /// The id of the revision whose text was parsed (the last one in the page).
    pub revision_id: Option<u64>,
    /// The revision's timestamp as the dump writes it (`2016-03-01T12:00:00Z`).
    pub timestamp: Option<String>,
    /// The redirect target (`<redirect title="…"/>`) when the page is a redirect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect: Option<String>,
    /// The revision's content model (`wikitext`, `css`, `javascript`, `json`, `Scribunto`, …)
    /// when the dump names it; only `wikitext` is parsed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

/// An infobox: a title, an optional image caption, and its fields in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Infobox {
    /// The box's own title line, markers removed.
    pub title: Option<String>,
    /// The kind of box guessed from its labels (`military_conflict`, `person`, …).
    pub kind: Option<String>,
    /// The template name (wikitext only).
    pub template: Option<String>,
    /// The image caption (first caption line), never a field.
    pub caption: Option<String>,
    /// Every caption and map-caption line.
    pub captions: Vec<TextLine>,
    /// Header rows (`Personal details`, `History`) in order.
    pub groups: Vec<TextLine>,
    /// The fields in reading order.
    pub fields: Vec<Field>,
    /// Notes printed with the box (the numbered list right after it).
    pub notes: Vec<Note>,
    /// From the box title to its last line.
    pub span: Span,
}

/// A line of plain text with its span (captions, group headers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TextLine {
    /// The text, markers removed and whitespace normalised.
    pub text: String,
    /// The source line.
    pub span: Span,
}

/// One labelled row of an infobox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Field {
    /// Canonical snake_case key shared by all dialects (`date`, `strength`, `born`, …).
    pub key: String,
    /// The label as the source shows it (split labels joined by a space, `:` dropped).
    pub label: String,
    /// True when the label is not in the text and was inferred from the value and position.
    pub inferred: bool,
    /// The column (belligerent 1 or 2, an election's party or candidate) when the source gives
    /// each side its own cell or number.
    pub side: Option<u8>,
    /// The header row above the field.
    pub group: Option<String>,
    /// The value.
    pub value: Value,
    /// Label and value.
    pub span: Span,
}

/// A value: plain text, its footnotes, list items and a typed reading where one is certain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Value {
    /// Plain text: markers removed, bullets removed, lines joined by `\n`, spaces collapsed.
    pub text: String,
    /// Labels of the footnote markers attached to the value, in order, repeats kept.
    pub footnotes: Vec<String>,
    /// List items when the value is a list (bullets, lines, several quantities).
    pub items: Vec<Value>,
    /// The typed reading of the whole value, or null when the text cannot be typed for sure.
    pub typed: Option<Typed>,
    /// Links in the value (wikitext).
    pub links: Vec<Link>,
    /// The value's bytes.
    pub span: Span,
}

/// A link inside a value or paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Link {
    /// Displayed text.
    pub text: String,
    /// Page or URL.
    pub target: String,
    /// The link's bytes.
    pub span: Span,
}

/// What a section is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// Ordinary prose.
    Body,
    /// `Notes`, `Footnotes`.
    Notes,
    /// `References`, `Sources`, `Citations`, `Bibliography`.
    References,
    /// `See also`.
    SeeAlso,
    /// `External links`, `Other websites`.
    ExternalLinks,
    /// `Further reading`.
    FurtherReading,
}

/// A section: the lead has no heading and level 0.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Section {
    /// The heading text, `[edit]` removed; null for the lead.
    pub heading: Option<String>,
    /// 0 for the lead, 2 for `==` headings and for rendered headings.
    pub level: u8,
    /// What the heading says the section is.
    pub kind: SectionKind,
    /// Paragraphs and lists.
    pub blocks: Vec<Block>,
    /// From the heading to the last block.
    pub span: Span,
}

/// A block of a section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A prose paragraph.
    Paragraph {
        /// Plain text, markers removed.
        text: String,
        /// The markers removed from it.
        footnotes: Vec<Marker>,
        /// The paragraph's bytes.
        span: Span,
    },
    /// A bulleted or numbered list.
    List {
        /// Numbered (`1.`) rather than bulleted.
        ordered: bool,
        /// The items.
        items: Vec<ListItem>,
        /// The list's bytes.
        span: Span,
    },
    /// A table (wikitext `{| … |}`): its caption and rows of cells as plain text.
    Table {
        /// The `|+` caption.
        caption: Option<String>,
        /// Rows of cells, header cells included.
        rows: Vec<Vec<TableCell>>,
        /// The markers inside the table.
        footnotes: Vec<Marker>,
        /// The table's bytes.
        span: Span,
    },
}

/// One cell of a table block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TableCell {
    /// Plain text, markers removed, lines joined by spaces.
    pub text: String,
    /// A header cell (`!`).
    pub header: bool,
    /// The cell's bytes.
    pub span: Span,
}

/// One list item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ListItem {
    /// The printed number of a numbered item.
    pub label: Option<String>,
    /// Plain text, markers removed.
    pub text: String,
    /// The markers removed from it.
    pub footnotes: Vec<Marker>,
    /// The item's bytes.
    pub span: Span,
}

/// A note printed with an infobox (`  1. text`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Note {
    /// The printed label (`1`, `a`).
    pub label: String,
    /// The note text, back-links (`^ a b`) removed.
    pub text: String,
    /// Markers inside the note.
    pub footnotes: Vec<String>,
    /// The note line.
    pub span: Span,
}

/// A reference: a wikitext `<ref>` or a numbered reference line of a rendered page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Reference {
    /// The `<ref name=…>` (wikitext) or the printed number (rendered).
    pub name: Option<String>,
    /// The label its footnote markers show (`1`, `a`, `note 2`), when the source numbers them
    /// (wikitext).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The reference text, back-links removed.
    pub text: String,
    /// The reference's bytes.
    pub span: Span,
}

/// A footnote marker such as `[17]`, `[a]`, `[note 3]`, `[citation needed]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Marker {
    /// The label between the brackets, whitespace normalised.
    pub label: String,
    /// The marker's bytes, brackets included.
    pub span: Span,
}

fn is_false(b: &bool) -> bool {
    !*b
}
