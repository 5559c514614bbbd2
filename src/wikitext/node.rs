//! The wikitext syntax tree: what the markup says, before any meaning is given to it.
//!
//! Nodes hold spans, not text: the tree is cheap to build and every node points at its bytes.
//! [`crate::wikitext::tree_json()`] prints it with the text resolved.

use crate::span::Span;

/// One node of the markup tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// Plain text (also any markup that did not form a construct).
    Text(Span),
    /// `{{name|a|k=v}}`, including parser functions (`{{#if:…}}`) and `subst:`.
    Template(Template),
    /// `{{{name|default}}}`.
    Argument(Argument),
    /// `[[target|text]]trail`, files, categories and interlanguage links.
    Link(Box<Link>),
    /// `[https://url text]` or a bare `https://url`.
    ExternalLink(ExternalLink),
    /// `== text ==`.
    Heading(Heading),
    /// An HTML or extension tag with its content (`<ref>`, `<small>`, `<nowiki>`, `<br/>`).
    Tag(Box<Tag>),
    /// `<!-- … -->`.
    Comment(Span),
    /// `&nbsp;`, `&#8211;`, `&#x2013;`.
    Entity(Entity),
    /// A run of `''` (italic), `'''` (bold) or `'''''` (both): a toggle, as MediaWiki reads it.
    Format(Format),
    /// Consecutive list items at one level.
    List(List),
    /// One `*`, `#`, `:` or `;` line (with its nested lists).
    ListItem(ListItem),
    /// `{| … |}`.
    Table(Box<Table>),
    /// `__NOTOC__` and the other behaviour switches.
    MagicWord(Span),
    /// `~~~`, `~~~~`, `~~~~~`.
    Signature(Span),
    /// `----`.
    HorizontalRule(Span),
    /// `#REDIRECT` at the start of the page (the link after it is the target).
    Redirect(Span),
}

/// A template call.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    /// `{{` to `}}`.
    pub span: Span,
    /// The name as written (may hold comments or nested templates).
    pub name: Vec<Node>,
    /// Parameters in order.
    pub params: Vec<Param>,
}

/// A template parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// From after the `|` to before the next `|` or `}}`.
    pub span: Span,
    /// `k` of `k=v`; `None` for a positional parameter.
    pub name: Option<Vec<Node>>,
    /// The value.
    pub value: Vec<Node>,
}

/// A template argument `{{{name|default}}}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Argument {
    /// `{{{` to `}}}`.
    pub span: Span,
    /// The argument name.
    pub name: Vec<Node>,
    /// The default after the first `|`.
    pub default: Option<Vec<Node>>,
}

/// What kind of page a wikilink points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// An article or other page, shown as text.
    Page,
    /// `File:`, `Image:`, `Media:`: an image with options and a caption.
    File,
    /// `Category:`: puts the page in a category, shows nothing.
    Category,
    /// `de:Berlin`: the same article in another language, shows nothing.
    Interlanguage,
}

/// A wikilink.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// `[[` to `]]`, trail included.
    pub span: Span,
    /// What the link is.
    pub kind: LinkKind,
    /// The target as written.
    pub target: Vec<Node>,
    /// The `|`-separated parts after the target (text, or file options and caption).
    pub parts: Vec<Vec<Node>>,
    /// Letters glued after `]]` that MediaWiki shows as part of the link text.
    pub trail: Option<Span>,
}

/// An external link.
#[derive(Debug, Clone, PartialEq)]
pub struct ExternalLink {
    /// The whole link, brackets included.
    pub span: Span,
    /// The URL.
    pub url: Span,
    /// The text after the URL (bracketed links only).
    pub text: Vec<Node>,
    /// `[url text]` rather than a bare URL.
    pub bracketed: bool,
}

/// A heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// The heading line without its newline.
    pub span: Span,
    /// 1 to 6 (`=` to `======`).
    pub level: u8,
    /// The text between the `=` runs.
    pub children: Vec<Node>,
}

/// An HTML or extension tag.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    /// Opening tag to closing tag.
    pub span: Span,
    /// Lowercase tag name.
    pub name: &'static str,
    /// The attribute text of the opening tag.
    pub attrs: Span,
    /// The attribute text as nodes, when it holds templates (`<ref name="{{x}}">`).
    pub attr_nodes: Vec<Node>,
    /// The content (one text node for raw tags such as `<nowiki>`, `<math>`, `<pre>`).
    pub children: Vec<Node>,
    /// `<br/>`, `<ref name=x/>` and void tags such as `<br>`.
    pub self_closing: bool,
}

/// A character reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// `&` to `;`.
    pub span: Span,
    /// The character(s) it stands for.
    pub value: String,
}

/// A bold/italic toggle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    /// The apostrophes.
    pub span: Span,
    /// Toggles bold.
    pub bold: bool,
    /// Toggles italic.
    pub italic: bool,
}

/// A list: items that follow each other at one nesting level.
#[derive(Debug, Clone, PartialEq)]
pub struct List {
    /// First item to last item.
    pub span: Span,
    /// Items ([`Node::ListItem`]), each holding its nested lists.
    pub items: Vec<Node>,
}

/// A list item.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    /// The line (and the nested lines under it).
    pub span: Span,
    /// The `*#:;` prefix.
    pub prefix: Span,
    /// The prefix's first character: items of different kinds (`*` then `#`) make two lists.
    pub bullet: char,
    /// The item's content, nested lists last.
    pub children: Vec<Node>,
}

/// A table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// `{|` to `|}`.
    pub span: Span,
    /// Attributes after `{|`.
    pub attrs: Span,
    /// The attributes as nodes, when they hold templates (`{| {{table style}}`).
    pub attr_nodes: Vec<Node>,
    /// Content outside every cell and caption (`{|{{Infobox ship begin}}` then the ship's
    /// boxes before any row): the browser moves it before the table, and so it is read.
    pub outside: Vec<Node>,
    /// `|+` caption.
    pub caption: Option<Vec<Node>>,
    /// The rows.
    pub rows: Vec<Row>,
}

/// A table row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The row's bytes.
    pub span: Span,
    /// Attributes after `|-`.
    pub attrs: Span,
    /// The attributes as nodes, when they hold templates.
    pub attr_nodes: Vec<Node>,
    /// The cells.
    pub cells: Vec<Cell>,
}

/// A table cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The cell's bytes, its `|` or `!` included.
    pub span: Span,
    /// A `!` header cell.
    pub header: bool,
    /// `style="…"` before a single `|`.
    pub attrs: Option<Span>,
    /// The attributes as nodes.
    pub attr_nodes: Vec<Node>,
    /// The content.
    pub children: Vec<Node>,
}

impl Node {
    /// The node's bytes.
    pub fn span(&self) -> Span {
        match self {
            Node::Text(s)
            | Node::Comment(s)
            | Node::MagicWord(s)
            | Node::Signature(s)
            | Node::HorizontalRule(s)
            | Node::Redirect(s) => *s,
            Node::Template(t) => t.span,
            Node::Argument(a) => a.span,
            Node::Link(l) => l.span,
            Node::ExternalLink(l) => l.span,
            Node::Heading(h) => h.span,
            Node::Tag(t) => t.span,
            Node::Entity(e) => e.span,
            Node::Format(f) => f.span,
            Node::List(l) => l.span,
            Node::ListItem(i) => i.span,
            Node::Table(t) => t.span,
        }
    }
}
