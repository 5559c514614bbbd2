//! The wikitext dialect (MediaWiki markup).
//!
//! # Limitations
//! This first version has no markup tree yet (that is the Wikitext issue): markup is read as
//! rendered text after stripping the most common syntax, and a `wikitext_tree_missing`
//! diagnostic says so. Detection already recognises wikitext so that callers get the right
//! dialect in the output.

use crate::ast::Article;
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// Parse wikitext: for now the rendered reader over the raw text, with a diagnostic.
pub fn parse(input: &str) -> Article {
    let mut article = crate::rendered::parse(input);
    article.dialect = crate::dialect::Dialect::Wikitext;
    article.diagnostics.push(Diagnostic::warning(
        "wikitext_tree_missing",
        "wikitext markup is not parsed into a tree yet; it was read as plain text",
        Span::new(0, input.len()),
    ));
    article
}
