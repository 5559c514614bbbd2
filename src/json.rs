//! The JSON output, schema version 1.
//!
//! An [`crate::Article`] serializes to one object:
//!
//! | field | meaning |
//! |---|---|
//! | `schema_version` | `1`; bumped when a field is renamed or removed |
//! | `dialect` | `"rendered"` or `"wikitext"` |
//! | `title` | the article title or null; `title_inferred: true` when no title line existed |
//! | `infoboxes` | `{title, kind, template, caption, captions, groups, fields, notes, span}` |
//! | `fields[]` | `{key, label, inferred, side, group, value, span}` |
//! | `value` | `{text, footnotes, items, typed, links, span}` |
//! | `typed` | tagged by `type`: `date`, `date_range`, `duration`, `quantity`, `coordinates` |
//! | `sections` | `{heading, level, kind, blocks, span}`; the lead has `heading: null`, `level: 0` |
//! | `blocks[]` | `{type: "paragraph", text, footnotes, span}`, `{type: "list", ordered, items, span}` or (wikitext) `{type: "table", caption, rows: [[{text, header, span}]], footnotes, span}` |
//! | `references` | `{name, label, text, span}`; `label` is the footnote label markers show (wikitext) |
//! | `categories` | category names (wikitext `[[Category:…]]`) |
//! | `redirect` | the target page of `#REDIRECT [[Target]]` (wikitext; omitted otherwise) |
//! | `footnote_markers` | `{label, span}` in reading order |
//! | `diagnostics` | `{severity, code, message, span}` |
//! | `span` | `[start, end]` byte offsets into the input, end exclusive |
//!
//! In wikitext, `label` is the parameter name as written, `key` the canonical key shared with
//! the rendered dialect, `side` the number of a numbered side parameter (`strength2` → 2),
//! `caption` the image caption parameter; a wikitext `Marker` spans its `<ref>` tag or footnote
//! template.
//!
//! Fields are added freely; renaming or dropping one bumps [`SCHEMA_VERSION`]. The checked-in
//! `src/article.schema.json` is generated from the types by [`schema`].
//!
//! `wikiparse --tree` prints another document, `{schema_version, nodes, diagnostics}`, the
//! wikitext syntax tree ([`crate::wikitext::TreeJson`]).

use crate::ast::Article;

/// Version of the JSON shape.
pub const SCHEMA_VERSION: u32 = 1;

/// The JSON Schema of the output, generated from the types.
pub fn schema() -> String {
    let schema = schemars::schema_for!(Article);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// Compact JSON of an article.
pub fn to_string(article: &Article) -> String {
    serde_json::to_string(article).unwrap_or_default()
}

/// Indented JSON of an article.
pub fn to_string_pretty(article: &Article) -> String {
    serde_json::to_string_pretty(article).unwrap_or_default()
}
