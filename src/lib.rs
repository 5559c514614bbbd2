//! wikiparse turns Wikipedia-style articles into typed, structured JSON.
//!
//! ```
//! let article = wikiparse::parse("Emu War\n\nEmu War\nDate2 November – 10 December 1932\n(1 month, 1 week and 1 day)\n");
//! let date = &article.infoboxes[0].fields[0];
//! assert_eq!(date.key, "date");
//! let json = serde_json::to_value(&date.value.typed)?;
//! assert_eq!(json["start"], "1932-11-02");
//! assert_eq!(json["duration"]["weeks"], 1);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Dialects
//! [`Dialect::Rendered`] is text copied from a rendered page: the infobox flattened into lines,
//! labels glued to values or lost, footnote markers in brackets. [`Dialect::Wikitext`] is
//! MediaWiki markup, read into a syntax tree ([`wikitext::parse_tree`]) whose infoboxes give
//! the same keys and typed values. [`parse`] detects the dialect ([`dialect::detect`]);
//! [`parse_with`] forces one.
//!
//! ```
//! let page = "{{Infobox person\n| name = Ada Lovelace\n| birth_date = {{birth date|1815|12|10|df=y}}\n\
//!             | spouse = [[William King-Noel, 1st Earl of Lovelace|William King]] (m. 1835)\n}}\n\
//!             '''Ada Lovelace''' was an English [[mathematician]].<ref>Toole 1998.</ref>\n";
//! let article = wikiparse::parse(page);
//! assert_eq!(article.dialect, wikiparse::Dialect::Wikitext);
//! let born = &article.infoboxes[0].fields[0];
//! assert_eq!((born.key.as_str(), born.value.text.as_str()), ("born", "10 December 1815"));
//! assert_eq!(serde_json::to_value(&born.value.typed)?["date"], "1815-12-10");
//! assert_eq!(article.references[0].text, "Toole 1998.");
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Spans
//! Every node has a `span`: byte offsets `[start, end)` into the input. Text fields are
//! normalised (markers removed, whitespace collapsed); the span points at the original bytes.
//!
//! # Diagnostics
//! Parsing never fails and never panics on a `&str`. What could not be given structure stays as
//! text and is reported in [`Article::diagnostics`] with a stable `code`.
//!
//! # JSON stability
//! The output shape is versioned ([`json::SCHEMA_VERSION`]); see [`json`] for the object-by-object
//! description and `schema/article.schema.json` for the generated JSON Schema.

pub mod ast;
pub mod check;
pub mod diagnostic;
pub mod dialect;
#[cfg(feature = "dump")]
pub mod dump;
pub mod error;
pub mod hash;
pub mod json;
pub mod lexicon;
pub mod rendered;
pub mod span;
pub mod value;
pub mod wikitext;

pub use ast::{
    Article, Block, Field, Infobox, Link, ListItem, Marker, Note, PageInfo, Reference, Section,
    SectionKind, TableCell, TextLine, Value,
};
pub use diagnostic::{Diagnostic, Severity};
pub use dialect::Dialect;
pub use error::{Error, Result};
pub use span::Span;
pub use value::typed::Typed;

/// Parse options.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Force a dialect; `None` detects it.
    pub dialect: Option<Dialect>,
}

/// Parse an article, detecting its dialect.
pub fn parse(input: &str) -> Article {
    parse_with(input, &Options::default())
}

/// Parse an article with options.
pub fn parse_with(input: &str, options: &Options) -> Article {
    parse_scoped(input, options, false)
}

/// Parse only what infobox facts need: the title, the infoboxes (with their footnote labels,
/// numbered as in the whole page) and the redirect. Wikitext is read only up to the end of the
/// last infobox and of the lead's bold title (a pre-scan of the template names finds where the
/// last box can start; on the corpus that is under a tenth of the bytes), and the sections,
/// reference texts and categories stay empty; the footnote markers and diagnostics are those of
/// the bytes read, which the Article's `span` covers. The rendered dialect is parsed whole.
/// What `--infobox-only` prints.
pub fn parse_infoboxes(input: &str, options: &Options) -> Article {
    parse_scoped(input, options, true)
}

fn parse_scoped(input: &str, options: &Options, infoboxes_only: bool) -> Article {
    let article = match options.dialect.unwrap_or_else(|| dialect::detect(input)) {
        Dialect::Rendered => rendered::parse(input),
        Dialect::Wikitext if infoboxes_only => wikitext::parse_infoboxes(input),
        Dialect::Wikitext => wikitext::parse(input),
    };
    #[cfg(debug_assertions)]
    if let Err(v) = if infoboxes_only {
        check::spans(input, &article)
    } else {
        check::structure(input, &article)
    } {
        debug_assert!(false, "wikiparse invariant broken: {v}");
    }
    article
}
