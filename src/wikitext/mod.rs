//! The wikitext dialect (MediaWiki markup): a syntax tree, then the Article.
//!
//! [`parse_tree`] reads the markup into [`Node`]s in one linear pass ([`parser`]), one module
//! per construct. [`parse`] turns that tree into the [`Article`] every dialect shares:
//! infobox templates become fields with the rendered dialect's canonical keys ([`infobox`]),
//! value templates (`{{start date}}`, `{{convert}}`, `{{coord}}`, …) become text and typed
//! values ([`templates`]), `<ref>`s become references ([`article`]).

pub mod article;
pub mod convert;
pub mod entity;
pub mod heading;
pub mod infobox;
pub mod link;
pub mod list;
pub mod magic;
pub mod node;
pub mod parser;
pub mod plain;
pub mod refs;
pub mod table;
pub mod tag;
pub mod template;
pub mod templates;
pub mod tree_json;

pub use node::*;
pub use parser::MAX_DEPTH;
pub use tree_json::{tree_json, TreeJson};

use crate::ast::Article;
use crate::diagnostic::Diagnostic;

/// The markup tree of a page and what looked wrong while reading it.
#[derive(Debug, Clone, PartialEq)]
pub struct Tree {
    /// Top-level nodes in order.
    pub nodes: Vec<Node>,
    /// Unclosed constructs, depth limit.
    pub diagnostics: Vec<Diagnostic>,
}

/// Read markup into a tree. Total and linear: any `&str` gives a tree.
pub fn parse_tree(input: &str) -> Tree {
    let (nodes, diagnostics) = parser::Parser::new(input).run();
    Tree { nodes, diagnostics }
}

/// Parse wikitext into an Article.
pub fn parse(input: &str) -> Article {
    let tree = parse_tree(input);
    #[cfg(debug_assertions)]
    if let Err(v) = crate::check::tree(input, &tree) {
        debug_assert!(false, "wikiparse tree invariant broken: {v}");
    }
    article::build(input, tree)
}
