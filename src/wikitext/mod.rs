//! The wikitext dialect (MediaWiki markup): a syntax tree, then the Article.
//!
//! [`parse_tree`] reads the markup into [`Node`]s in one linear pass ([`parser`]), one module
//! per construct. [`parse`] turns that tree into the [`Article`] every dialect shares:
//! infobox templates become fields with the rendered dialect's canonical keys ([`infobox`]),
//! value templates (`{{start date}}`, `{{convert}}`, `{{coord}}`, …) become text and typed
//! values ([`templates`]), `<ref>`s become references ([`article`]).

pub mod article;
pub mod chem;
pub mod convert;
pub mod cyclone;
pub mod entity;
mod entity_names;
pub mod heading;
pub mod infobox;
pub mod language;
pub mod link;
pub mod list;
pub mod magic;
pub mod node;
pub mod parser;
pub mod plain;
pub mod prescan;
pub mod refs;
pub mod starbox;
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
    /// Where reading ended: the input's length, except for [`parse_facts_tree`].
    pub end: usize,
}

/// Read markup into a tree. Total and linear: any `&str` gives a tree.
pub fn parse_tree(input: &str) -> Tree {
    let (nodes, diagnostics, end) = parser::Parser::new(input).run();
    Tree {
        nodes,
        diagnostics,
        end,
    }
}

/// The tree of the part of a page its infobox facts need: reading stops at the first line
/// break with no construct open past the name of the last possible infobox ([`prescan`]),
/// once the lead's bold title is known. The nodes are those of [`parse_tree`] up to
/// [`Tree::end`], the last text node cut there.
pub fn parse_facts_tree(input: &str) -> Tree {
    facts_tree(input, prescan::last_box_name(input))
}

/// [`parse_facts_tree`] with the pre-scan's answer already known.
fn facts_tree(input: &str, last_box: Option<usize>) -> Tree {
    let (nodes, diagnostics, end) = parser::Parser::facts_only(input, last_box).run();
    Tree {
        nodes,
        diagnostics,
        end,
    }
}

/// Parse wikitext into an Article.
pub fn parse(input: &str) -> Article {
    parse_scoped(input, article::Scope::Full)
}

/// Parse wikitext into an Article of the title and infoboxes only (see
/// [`crate::parse_infoboxes`]).
pub fn parse_infoboxes(input: &str) -> Article {
    parse_scoped(input, article::Scope::Infoboxes)
}

/// [`parse_infoboxes`] of a page that may hold an infobox; `None`, without parsing, for a
/// page that cannot ([`prescan`]): what a reader that skips pages without a box wants.
pub fn parse_infoboxes_if_any(input: &str) -> Option<Article> {
    let last_box = prescan::last_box_name(input)?;
    let tree = facts_tree(input, Some(last_box));
    Some(build(input, tree, article::Scope::Infoboxes))
}

fn parse_scoped(input: &str, scope: article::Scope) -> Article {
    let tree = match scope {
        article::Scope::Full => parse_tree(input),
        article::Scope::Infoboxes => parse_facts_tree(input),
    };
    build(input, tree, scope)
}

/// The Article of a tree (checked first in debug builds).
fn build(input: &str, tree: Tree, scope: article::Scope) -> Article {
    #[cfg(debug_assertions)]
    if let Err(v) = crate::check::tree(input.get(..tree.end).unwrap_or(input), &tree) {
        debug_assert!(false, "wikiparse tree invariant broken: {v}");
    }
    article::build(input, tree, scope)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A compact picture of a tree: kinds and names, children in brackets.
    fn shape(src: &str) -> String {
        fn walk(src: &str, nodes: &[Node], out: &mut String) {
            for n in nodes {
                if !out.is_empty() && !out.ends_with('[') {
                    out.push(' ');
                }
                match n {
                    Node::Text(s) => out.push_str(&format!("{:?}", &src[s.start..s.end])),
                    Node::Template(t) => {
                        out.push_str(&format!("T({})[", plain::name(src, &t.name)));
                        for (i, p) in t.params.iter().enumerate() {
                            if i > 0 {
                                out.push_str(" |");
                            }
                            if let Some(k) = &p.name {
                                out.push_str(&format!(" {}=", plain::name(src, k)));
                            }
                            walk(src, &p.value, out);
                        }
                        out.push(']');
                    }
                    Node::Argument(a) => out.push_str(&format!("A({})", plain::name(src, &a.name))),
                    Node::Link(l) => {
                        out.push_str(&format!("L({:?} {})[", l.kind, plain::name(src, &l.target)));
                        for p in &l.parts {
                            walk(src, p, out);
                        }
                        out.push(']');
                    }
                    Node::ExternalLink(l) => {
                        out.push_str(&format!("X({})", &src[l.url.start..l.url.end]))
                    }
                    Node::Heading(h) => {
                        out.push_str(&format!("H{}[", h.level));
                        walk(src, &h.children, out);
                        out.push(']');
                    }
                    Node::Tag(t) => {
                        out.push_str(&format!("<{}>[", t.name));
                        walk(src, &t.children, out);
                        out.push(']');
                    }
                    Node::List(l) => {
                        out.push_str("List[");
                        walk(src, &l.items, out);
                        out.push(']');
                    }
                    Node::ListItem(i) => {
                        out.push_str(&format!("{}[", &src[i.prefix.start..i.prefix.end]));
                        walk(src, &i.children, out);
                        out.push(']');
                    }
                    Node::Table(t) => {
                        out.push_str("Table[");
                        walk(src, &t.outside, out);
                        for r in &t.rows {
                            out.push_str("Row[");
                            for c in &r.cells {
                                out.push_str(if c.header { "!" } else { "|" });
                                walk(src, &c.children, out);
                            }
                            out.push(']');
                        }
                        out.push(']');
                    }
                    Node::Comment(_) => out.push('C'),
                    Node::Entity(e) => out.push_str(&format!("&{}", e.value)),
                    Node::Format(f) => out.push_str(if f.bold { "B" } else { "I" }),
                    other => out.push_str(&format!("{:?}", std::mem::discriminant(other))),
                }
            }
        }
        let tree = parse_tree(src);
        assert!(crate::check::tree(src, &tree).is_ok(), "{src:?}");
        let mut out = String::new();
        walk(src, &tree.nodes, &mut out);
        out
    }

    fn codes(src: &str) -> Vec<String> {
        parse_tree(src)
            .diagnostics
            .into_iter()
            .map(|d| d.code)
            .collect()
    }

    #[test]
    fn templates_and_parameters() {
        assert_eq!(shape("{{a|b|k=v|=x}}"), r#"T(a)["b" | k= "v" | = "x"]"#);
        assert_eq!(shape("{{a<!--c-->|[[b|c]]}}"), r#"T(a)[L(Page b)["c"]]"#);
        assert_eq!(shape("{{{1|d}}}"), "A(1)");
        assert_eq!(shape("{{a|{{b|c}}}}"), r#"T(a)[T(b)["c"]]"#);
        // a `=` inside a nested template is not the outer parameter's name
        assert_eq!(shape("{{a|{{b|c=d}}}}"), r#"T(a)[T(b)[ c= "d"]]"#);
    }

    #[test]
    fn links() {
        assert_eq!(shape("[[a]]s"), "L(Page a)[]");
        assert_eq!(
            shape("[[File:x.jpg|thumb|a [[b]] c]]"),
            r#"L(File File:x.jpg)["thumb" "a " L(Page b)[] " c"]"#
        );
        assert_eq!(shape("[[Category:X]]"), "L(Category Category:X)[]");
        assert_eq!(
            shape("[http://x.org y] http://z.org."),
            r#"X(http://x.org) " " X(http://z.org) ".""#
        );
        // a line break ends a target: text, not a link
        assert_eq!(shape("[[a\nb]]"), r#""[[a\nb]]""#);
    }

    #[test]
    fn unclosed_constructs_are_text_and_do_not_swallow() {
        assert_eq!(shape("{{a [[b]]"), r#""{{a " L(Page b)[]"#);
        assert_eq!(codes("{{a [[b]]"), ["unclosed"]);
        assert_eq!(shape("<ref>x"), r#""<ref>x""#);
        assert_eq!(shape("{{a|[[b|c}}"), r#"T(a)["[[b" | "c"]"#);
    }

    #[test]
    fn tags_and_comments() {
        assert_eq!(shape("a<ref name=x>b</ref>"), r#""a" <ref>["b"]"#);
        assert_eq!(shape("<nowiki>{{a}}</nowiki>"), r#"<nowiki>["{{a}}"]"#);
        assert_eq!(shape("a<!-- {{b --> c"), r#""a" C " c""#);
        assert_eq!(shape("a&nbsp;b&bogus;"), "\"a\" &\u{a0} \"b&bogus;\"");
        // an extension tag is read whole: its pipes are not the template's
        assert_eq!(shape("{{a|<ref>b|c</ref>}}"), r#"T(a)[<ref>["b|c"]]"#);
    }

    #[test]
    fn lines_headings_lists_tables() {
        assert_eq!(shape("== a ==\nb"), r#"H2[" a "] "\nb""#);
        assert_eq!(shape("== a\n"), r#""== a\n""#);
        assert_eq!(
            shape("* a\n** b\n# c"),
            r#"List[*[" a" List[**[" b"]]]] "\n" List[#[" c"]]"#
        );
        assert_eq!(
            shape("{|\n! h1 !! h2\n|-\n| a || b\n|}"),
            r#"Table[Row[! " h1 "! " h2\n"]Row[| " a "| " b\n"]]"#
        );
        // content in no cell is kept (a browser moves it before the table); line breaks are not
        assert_eq!(
            shape("{|{{begin}}\n{{part|x}}\n|-\n| a\n|}"),
            r#"Table[T(part)["x"]Row[| " a\n"]]"#
        );
    }

    /// The first paragraph of `src`: its text, its footnotes and the bytes its span covers.
    fn first_paragraph(src: &str) -> (String, Vec<String>, String) {
        let a = crate::parse_with(
            src,
            &crate::Options {
                dialect: Some(crate::Dialect::Wikitext),
            },
        );
        match &a.sections[0].blocks[0] {
            crate::ast::Block::Paragraph {
                text,
                footnotes,
                span,
            } => (
                text.clone(),
                footnotes.iter().map(|m| m.label.clone()).collect(),
                src[span.start..span.end].to_owned(),
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn templates_beside_templates_and_boxes_are_no_prose() {
        // templates that share their line only with templates and comments
        let (text, _, bytes) = first_paragraph(
            "{{Short description|X}}{{Use dmy dates}} <!-- c -->\n'''X''' is a thing.",
        );
        assert_eq!(
            (text.as_str(), bytes.trim()),
            ("X is a thing.", "'''X''' is a thing.")
        );
        // a box drawn in two templates: its footnote is not the lead's
        let (text, notes, _) = first_paragraph(
            "{{Infobox aircraft begin\n|name=B}}{{Infobox aircraft type\n|number built=5<ref>R</ref>\n}}\nThe '''B''' is a plane.",
        );
        assert_eq!((text.as_str(), notes.len()), ("The B is a plane.", 0));
        // a box glued to the lead's first word
        let (text, notes, bytes) =
            first_paragraph("{{Infobox person\n| name = X\n| born = 1900<ref>R</ref>\n}}'''X''' was a man.<ref>S</ref>");
        assert_eq!(
            (text.as_str(), notes, bytes.as_str()),
            (
                "X was a man.",
                vec!["2".to_owned()],
                "'''X''' was a man.<ref>S</ref>"
            )
        );
        // templates inside a sentence are its text
        let (text, _, _) = first_paragraph("He said {{lang|fr|oui}} {{nowrap|then}}.");
        assert_eq!(text, "He said oui then.");
    }

    #[test]
    fn quotations_galleries_and_listed_references() {
        let src = "'''Foo''' is a bar.<ref name=\"a\"/> It is red.{{efn|name=r}}\n\n{{quote|To be.|Shakespeare}}\n<gallery>\nFile:A.jpg|alt=x|Caption ''A''\nFile:B.jpg\nFile:C.jpg|[[C|See C]] caption|alt=y\n</gallery>\n\n== Notes ==\n{{notelist|refs={{efn|name=r|Mostly.}}}}\n== References ==\n{{reflist|refs=\n<ref name=\"a\">Alpha.</ref>\n<ref name=\"unused\">Beta.</ref>\n}}\n";
        let a = parse(src);
        let blocks: Vec<String> = a.sections[0]
            .blocks
            .iter()
            .map(|b| match b {
                crate::ast::Block::Paragraph { text, .. } => text.clone(),
                crate::ast::Block::List { items, .. } => items
                    .iter()
                    .map(|i| i.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" / "),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(
            blocks,
            [
                "Foo is a bar. It is red.",
                "To be. — Shakespeare",
                "Caption A / See C caption"
            ]
        );
        // a reference defined in a list shows no marker there, and gives its text to its use
        let refs: Vec<(Option<&str>, &str)> = a
            .references
            .iter()
            .map(|r| (r.label.as_deref(), r.text.as_str()))
            .collect();
        assert_eq!(
            refs,
            [
                (Some("1"), "Alpha."),
                (Some("a"), "Mostly."),
                (Some("2"), "Beta.")
            ]
        );
        let markers: Vec<&str> = a
            .footnote_markers
            .iter()
            .map(|m| m.label.as_str())
            .collect();
        assert_eq!(markers, ["1", "a"]);
    }

    #[test]
    fn formulas_print_their_tex_and_quotations_and_poems_stand_apart() {
        let a = parse("The formula <math>E = mc^2</math> is known. It said:<blockquote>A quoted passage.</blockquote>\n<poem>\nLine one\nLine two\n</poem>\nWater is <chem>H2O</chem>.\n");
        let texts: Vec<&str> = a.sections[0]
            .blocks
            .iter()
            .filter_map(|b| match b {
                crate::ast::Block::Paragraph { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            texts,
            [
                "The formula E = mc^2 is known. It said:",
                "A quoted passage.",
                "Line one Line two",
                "Water is H2O."
            ]
        );
    }

    #[test]
    fn an_embedded_box_is_part_of_its_parent_and_a_nested_one_is_not() {
        let a = parse("{{Infobox officeholder\n| name = X\n| term_start = 1990\n| module = {{Infobox military person\n | embed = yes\n | branch = [[United States Army]]\n | serviceyears = 1962–1966\n}}\n}}\n'''X''' is a man.\n");
        assert_eq!(a.infoboxes.len(), 1);
        let got: Vec<(&str, Option<&str>)> = a.infoboxes[0]
            .fields
            .iter()
            .map(|f| (f.key.as_str(), f.group.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("term_start", None),
                ("branch", Some("Military service")),
                ("service_years", Some("Military service"))
            ]
        );
        // without `embed = yes` a box in a parameter is a box of its own
        let b =
            parse("{{Infobox person\n| name = Y\n| misc = {{Infobox ship\n| name = Z\n}}\n}}\n");
        assert_eq!(b.infoboxes.len(), 2);
    }

    #[test]
    fn short_footnotes_printed_alike_stay_two_when_their_authors_differ() {
        let a = parse("A.{{sfn|Lee|Ma|Ng|Oh|2001|p=3}} B.{{sfn|Lee|Ma|Ng|Xu|2001|p=3}} C.{{sfn|Lee|Ma|Ng|Oh|2001|p=3}} D.{{sfn|Kim|2000|loc=ch. 2}}\n");
        let refs: Vec<(&str, &str)> = a
            .references
            .iter()
            .map(|r| (r.name.as_deref().unwrap_or(""), r.text.as_str()))
            .collect();
        assert_eq!(
            refs,
            [
                ("sfn:Lee, Ma, Ng & Oh 2001, p. 3", "Lee et al. 2001, p. 3"),
                ("sfn:Lee, Ma, Ng & Xu 2001, p. 3", "Lee et al. 2001, p. 3"),
                ("sfn:Kim 2000, ch. 2", "Kim 2000, ch. 2")
            ]
        );
        let markers: Vec<&str> = a
            .footnote_markers
            .iter()
            .map(|m| m.label.as_str())
            .collect();
        assert_eq!(markers, ["1", "2", "1", "3"]);
    }

    #[test]
    fn depth_is_capped_with_a_diagnostic() {
        let deep = "{{a|".repeat(MAX_DEPTH + 50) + &"}}".repeat(MAX_DEPTH + 50);
        let tree = parse_tree(&deep);
        assert!(crate::check::tree(&deep, &tree).is_ok());
        assert!(tree.diagnostics.iter().any(|d| d.code == "max_depth"));
    }
}
