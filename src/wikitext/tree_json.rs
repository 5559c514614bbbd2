//! `wikiparse --tree`: the syntax tree as JSON, each node an object with `kind`, `span` and its
//! children, text resolved.

use super::node::*;
use super::plain;
use serde_json::{json, Map, Value};

/// The tree as a JSON array of nodes.
pub fn tree_json(src: &str, nodes: &[Node]) -> Value {
    Value::Array(nodes.iter().map(|n| node(src, n)).collect())
}

fn list(src: &str, nodes: &[Node]) -> Value {
    tree_json(src, nodes)
}

fn text(src: &str, s: crate::span::Span) -> &str {
    src.get(s.start..s.end).unwrap_or("")
}

fn node(src: &str, n: &Node) -> Value {
    let span = n.span();
    let mut o = Map::new();
    let kind = match n {
        Node::Text(s) => {
            o.insert("text".into(), text(src, *s).into());
            "text"
        }
        Node::Template(t) => {
            o.insert("name".into(), plain::name(src, &t.name).into());
            let params: Vec<Value> = t
                .params
                .iter()
                .map(|p| {
                    json!({
                        "name": p.name.as_ref().map(|n| plain::name(src, n)),
                        "span": p.span,
                        "value": list(src, &p.value),
                    })
                })
                .collect();
            o.insert("params".into(), params.into());
            "template"
        }
        Node::Argument(a) => {
            o.insert("name".into(), plain::name(src, &a.name).into());
            o.insert(
                "default".into(),
                a.default.as_ref().map_or(Value::Null, |d| list(src, d)),
            );
            "argument"
        }
        Node::Link(l) => {
            o.insert("target".into(), plain::name(src, &l.target).into());
            o.insert(
                "link_kind".into(),
                match l.kind {
                    LinkKind::Page => "page",
                    LinkKind::File => "file",
                    LinkKind::Category => "category",
                    LinkKind::Interlanguage => "interlanguage",
                }
                .into(),
            );
            o.insert(
                "parts".into(),
                l.parts
                    .iter()
                    .map(|p| list(src, p))
                    .collect::<Vec<_>>()
                    .into(),
            );
            if let Some(t) = l.trail {
                o.insert("trail".into(), text(src, t).into());
            }
            "link"
        }
        Node::ExternalLink(l) => {
            o.insert("url".into(), text(src, l.url).into());
            o.insert("bracketed".into(), l.bracketed.into());
            o.insert("children".into(), list(src, &l.text));
            "external_link"
        }
        Node::Heading(h) => {
            o.insert("level".into(), h.level.into());
            o.insert("children".into(), list(src, &h.children));
            "heading"
        }
        Node::Tag(t) => {
            o.insert("name".into(), t.name.into());
            o.insert("attrs".into(), text(src, t.attrs).trim().into());
            if !t.attr_nodes.is_empty() {
                o.insert("attr_nodes".into(), list(src, &t.attr_nodes));
            }
            o.insert("self_closing".into(), t.self_closing.into());
            o.insert("children".into(), list(src, &t.children));
            "tag"
        }
        Node::Comment(_) => "comment",
        Node::Entity(e) => {
            o.insert("value".into(), e.value.clone().into());
            "entity"
        }
        Node::Format(f) => {
            o.insert("bold".into(), f.bold.into());
            o.insert("italic".into(), f.italic.into());
            "format"
        }
        Node::List(l) => {
            o.insert("children".into(), list(src, &l.items));
            "list"
        }
        Node::ListItem(i) => {
            o.insert("prefix".into(), text(src, i.prefix).into());
            o.insert("children".into(), list(src, &i.children));
            "list_item"
        }
        Node::Table(t) => {
            o.insert("attrs".into(), text(src, t.attrs).trim().into());
            if !t.attr_nodes.is_empty() {
                o.insert("attr_nodes".into(), list(src, &t.attr_nodes));
            }
            o.insert(
                "caption".into(),
                t.caption.as_ref().map_or(Value::Null, |c| list(src, c)),
            );
            let rows: Vec<Value> = t
                .rows
                .iter()
                .map(|r| {
                    let cells: Vec<Value> = r
                        .cells
                        .iter()
                        .map(|c| {
                            json!({
                                "kind": if c.header { "header_cell" } else { "cell" },
                                "span": c.span,
                                "attrs": c.attrs.map(|a| text(src, a).trim().to_owned()),
                                "attr_nodes": list(src, &c.attr_nodes),
                                "children": list(src, &c.children),
                            })
                        })
                        .collect();
                    json!({"kind": "row", "span": r.span, "attrs": text(src, r.attrs).trim(), "attr_nodes": list(src, &r.attr_nodes), "children": cells})
                })
                .collect();
            o.insert("children".into(), rows.into());
            "table"
        }
        Node::MagicWord(s) => {
            o.insert("name".into(), text(src, *s).trim_matches('_').into());
            "magic_word"
        }
        Node::Signature(_) => "signature",
        Node::HorizontalRule(_) => "horizontal_rule",
        Node::Redirect(_) => "redirect",
    };
    let mut head = Map::new();
    head.insert("kind".into(), kind.into());
    head.insert("span".into(), json!(span));
    head.extend(o);
    Value::Object(head)
}
