//! The templates this crate prints nothing for, most used first, over the pages given: which
//! value templates to teach `src/wikitext/templates.rs` next.
//! `cargo run --release --example unknown_templates -- fixtures/wikitext/corpus/*/*.txt`

use std::collections::HashMap;
use std::io::Write;
use wikiparse::wikitext::node::Node;
use wikiparse::wikitext::plain::Render;
use wikiparse::wikitext::templates;

/// Count every template under `nodes` that does not print.
fn walk(src: &str, nodes: &[Node], counts: &mut HashMap<String, usize>) {
    for n in nodes {
        match n {
            Node::Template(t) => {
                if !templates::render(&mut Render::new(src, None), t) {
                    let key = templates::key(src, &t.name).into_owned();
                    *counts.entry(key).or_default() += 1;
                }
                for p in &t.params {
                    walk(src, &p.value, counts);
                }
            }
            Node::Tag(t) => walk(src, &t.children, counts),
            Node::Link(l) => l.parts.iter().for_each(|p| walk(src, p, counts)),
            Node::List(l) => walk(src, &l.items, counts),
            Node::ListItem(i) => walk(src, &i.children, counts),
            Node::Heading(h) => walk(src, &h.children, counts),
            Node::Table(t) => {
                for c in t.rows.iter().flat_map(|r| &r.cells) {
                    walk(src, &c.children, counts);
                }
            }
            _ => {}
        }
    }
}

fn main() {
    let mut counts = HashMap::new();
    for file in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&file).unwrap_or_default();
        let tree = wikiparse::wikitext::parse_tree(&src);
        walk(&src, &tree.nodes, &mut counts);
    }
    let mut counts: Vec<(String, usize)> = counts.into_iter().collect();
    counts.sort_by_key(|(k, n)| (std::cmp::Reverse(*n), k.clone()));
    let mut out = std::io::stdout().lock();
    for (k, n) in counts.iter().take(200) {
        // (a closed pipe, `| head`, ends the listing)
        if writeln!(out, "{n}\t{k}").is_err() {
            break;
        }
    }
}
