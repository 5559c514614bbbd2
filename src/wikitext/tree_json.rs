//! `wikiparse --tree`: the syntax tree as JSON, each node an object with `kind`, `span` and its
//! children, text resolved. Serialized straight from the tree (no intermediate JSON value), so
//! a page of hundreds of MB streams out in memory proportional to its tree.

use super::node::*;
use super::plain;
use crate::span::Span;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::Serialize;

/// The tree of `src` as a serializable value (`serde_json::to_writer(out, &Tree::new(…))`).
#[derive(Clone, Copy)]
pub struct TreeJson<'a> {
    src: &'a str,
    nodes: &'a [Node],
}

impl<'a> TreeJson<'a> {
    /// The nodes of a page with the page's text.
    pub fn new(src: &'a str, nodes: &'a [Node]) -> Self {
        TreeJson { src, nodes }
    }
}

/// The tree as a JSON value (for tests and small pages; the CLI streams [`TreeJson`]).
pub fn tree_json(src: &str, nodes: &[Node]) -> serde_json::Value {
    serde_json::to_value(TreeJson::new(src, nodes)).unwrap_or(serde_json::Value::Null)
}

fn text(src: &str, s: Span) -> &str {
    src.get(s.start..s.end).unwrap_or("")
}

impl Serialize for TreeJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut seq = ser.serialize_seq(Some(self.nodes.len()))?;
        for n in self.nodes {
            seq.serialize_element(&NodeJson {
                src: self.src,
                node: n,
            })?;
        }
        seq.end()
    }
}

struct NodeJson<'a> {
    src: &'a str,
    node: &'a Node,
}

struct ParamJson<'a> {
    src: &'a str,
    param: &'a Param,
}

struct RowJson<'a> {
    src: &'a str,
    row: &'a Row,
}

struct CellJson<'a> {
    src: &'a str,
    cell: &'a Cell,
}

struct PartsJson<'a> {
    src: &'a str,
    parts: &'a [Vec<Node>],
}

impl Serialize for ParamJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut m = ser.serialize_map(Some(3))?;
        m.serialize_entry(
            "name",
            &self.param.name.as_ref().map(|n| plain::name(self.src, n)),
        )?;
        m.serialize_entry("span", &self.param.span)?;
        m.serialize_entry("value", &TreeJson::new(self.src, &self.param.value))?;
        m.end()
    }
}

impl Serialize for PartsJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut seq = ser.serialize_seq(Some(self.parts.len()))?;
        for p in self.parts {
            seq.serialize_element(&TreeJson::new(self.src, p))?;
        }
        seq.end()
    }
}

impl Serialize for CellJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let c = self.cell;
        let mut m = ser.serialize_map(Some(5))?;
        m.serialize_entry("kind", if c.header { "header_cell" } else { "cell" })?;
        m.serialize_entry("span", &c.span)?;
        m.serialize_entry("attrs", &c.attrs.map(|a| text(self.src, a).trim()))?;
        m.serialize_entry("attr_nodes", &TreeJson::new(self.src, &c.attr_nodes))?;
        m.serialize_entry("children", &TreeJson::new(self.src, &c.children))?;
        m.end()
    }
}

impl Serialize for RowJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let r = self.row;
        let cells: Vec<CellJson> = r
            .cells
            .iter()
            .map(|cell| CellJson {
                src: self.src,
                cell,
            })
            .collect();
        let mut m = ser.serialize_map(Some(5))?;
        m.serialize_entry("kind", "row")?;
        m.serialize_entry("span", &r.span)?;
        m.serialize_entry("attrs", text(self.src, r.attrs).trim())?;
        m.serialize_entry("attr_nodes", &TreeJson::new(self.src, &r.attr_nodes))?;
        m.serialize_entry("children", &cells)?;
        m.end()
    }
}

impl Serialize for NodeJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let src = self.src;
        let n = self.node;
        let tree = |nodes| TreeJson::new(src, nodes);
        let mut m = ser.serialize_map(None)?;
        let kind = match n {
            Node::Text(_) => "text",
            Node::Template(_) => "template",
            Node::Argument(_) => "argument",
            Node::Link(_) => "link",
            Node::ExternalLink(_) => "external_link",
            Node::Heading(_) => "heading",
            Node::Tag(_) => "tag",
            Node::Comment(_) => "comment",
            Node::Entity(_) => "entity",
            Node::Format(_) => "format",
            Node::List(_) => "list",
            Node::ListItem(_) => "list_item",
            Node::Table(_) => "table",
            Node::MagicWord(_) => "magic_word",
            Node::Signature(_) => "signature",
            Node::HorizontalRule(_) => "horizontal_rule",
            Node::Redirect(_) => "redirect",
        };
        m.serialize_entry("kind", kind)?;
        m.serialize_entry("span", &n.span())?;
        match n {
            Node::Text(s) => m.serialize_entry("text", text(src, *s))?,
            Node::Template(t) => {
                m.serialize_entry("name", &plain::name(src, &t.name))?;
                let params: Vec<ParamJson> = t
                    .params
                    .iter()
                    .map(|param| ParamJson { src, param })
                    .collect();
                m.serialize_entry("params", &params)?;
            }
            Node::Argument(a) => {
                m.serialize_entry("name", &plain::name(src, &a.name))?;
                m.serialize_entry("default", &a.default.as_deref().map(tree))?;
            }
            Node::Link(l) => {
                m.serialize_entry("target", &plain::name(src, &l.target))?;
                let kind = match l.kind {
                    LinkKind::Page => "page",
                    LinkKind::File => "file",
                    LinkKind::Category => "category",
                    LinkKind::Interlanguage => "interlanguage",
                };
                m.serialize_entry("link_kind", kind)?;
                m.serialize_entry(
                    "parts",
                    &PartsJson {
                        src,
                        parts: &l.parts,
                    },
                )?;
                if let Some(t) = l.trail {
                    m.serialize_entry("trail", text(src, t))?;
                }
            }
            Node::ExternalLink(l) => {
                m.serialize_entry("url", text(src, l.url))?;
                m.serialize_entry("bracketed", &l.bracketed)?;
                m.serialize_entry("children", &tree(&l.text))?;
            }
            Node::Heading(h) => {
                m.serialize_entry("level", &h.level)?;
                m.serialize_entry("children", &tree(&h.children))?;
            }
            Node::Tag(t) => {
                m.serialize_entry("name", t.name)?;
                m.serialize_entry("attrs", text(src, t.attrs).trim())?;
                if !t.attr_nodes.is_empty() {
                    m.serialize_entry("attr_nodes", &tree(&t.attr_nodes))?;
                }
                m.serialize_entry("self_closing", &t.self_closing)?;
                m.serialize_entry("children", &tree(&t.children))?;
            }
            Node::Entity(e) => m.serialize_entry("value", &e.value)?,
            Node::Format(f) => {
                m.serialize_entry("bold", &f.bold)?;
                m.serialize_entry("italic", &f.italic)?;
            }
            Node::List(l) => m.serialize_entry("children", &tree(&l.items))?,
            Node::ListItem(i) => {
                m.serialize_entry("prefix", text(src, i.prefix))?;
                m.serialize_entry("children", &tree(&i.children))?;
            }
            Node::Table(t) => {
                m.serialize_entry("attrs", text(src, t.attrs).trim())?;
                if !t.attr_nodes.is_empty() {
                    m.serialize_entry("attr_nodes", &tree(&t.attr_nodes))?;
                }
                if !t.outside.is_empty() {
                    m.serialize_entry("outside", &tree(&t.outside))?;
                }
                m.serialize_entry("caption", &t.caption.as_deref().map(tree))?;
                let rows: Vec<RowJson> = t.rows.iter().map(|row| RowJson { src, row }).collect();
                m.serialize_entry("children", &rows)?;
            }
            Node::MagicWord(s) => m.serialize_entry("name", text(src, *s).trim_matches('_'))?,
            Node::Comment(_) | Node::Signature(_) | Node::HorizontalRule(_) | Node::Redirect(_) => {
            }
        }
        m.end()
    }
}
