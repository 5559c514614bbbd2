//! Property tests: any string parses without panic into an Article whose spans are in bounds,
//! on char boundaries and ordered, and whose JSON round-trips.

use crate::check;
use proptest::prelude::*;

/// Fragments of the rendered grammar, so generated inputs reach labels, tables and markers.
const PIECES: &[&str] = &[
    "Date",
    "12 January 1918",
    " — ",
    "–",
    "-",
    "[1]",
    "[a]",
    "[F 1]",
    "[citation needed]",
    "[",
    "]",
    "\n",
    "\r\n",
    "\r",
    "  • ",
    "• ",
    "* ",
    "  1. ",
    "^ a b ",
    "|",
    " | ",
    "||||",
    "|---|---|",
    "Strength",
    "Casualties and losses",
    "50,000-70,000 troops",
    "4,700+",
    "~",
    "c. ",
    "(7 years, 4 months, 1 week and 1 day)",
    "Part of ",
    "Result ",
    "Territorial",
    "changes",
    "Commanders and leaders",
    "Born",
    "(1809-02-12)",
    "In office",
    "References",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\t",
    "![]()",
    "°",
    "±",
    "×",
    "US$",
    "(",
    ")",
    ":",
    "Flag_of_X.svg ",
    "Emu War",
    "é",
    "漢字",
];

fn rendered_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_string(s in ".{0,300}") {
        let a = wikiparse::parse(&s);
        check::article(&s, &a);
    }

    #[test]
    fn rendered_shaped(s in rendered_like()) {
        let a = wikiparse::parse_with(&s, &wikiparse::Options { dialect: Some(wikiparse::Dialect::Rendered) });
        check::article(&s, &a);
    }
}

/// Inputs shaped to make naive scanning quadratic or deep; checked for invariants only (the
/// scaling bench measures their time).
#[test]
fn hostile_families() {
    let n = 20_000;
    let families = [
        "x[1]".repeat(n),
        "[".repeat(n),
        "Date12 January 1918\n".repeat(n / 10),
        "  • 50,000-70,000 troops[4]\n".repeat(n / 10),
        "| a | ||||\n".repeat(n / 10),
        format!("T\n\nT\nStrength1 ({}", "1 (".repeat(n)),
        format!("T | |\n---|---|\nStrength | {} |\n", "1 (".repeat(n)),
        format!("T\n\nT\nDate1 {}", "x (".repeat(n)),
        format!("T\n\nT\nStrength1 {}", "![".repeat(n)),
        "\n".repeat(n),
        "\u{a0}\u{200b}\u{feff}\t\r".repeat(n / 4),
        "(".repeat(n),
        "1–".repeat(n),
        "Territorial\nchanges\n".repeat(n / 10),
        "  1. ^ a b note[1]\n".repeat(n / 10),
    ];
    for s in &families {
        let a = wikiparse::parse(s);
        check::article(s, &a);
    }
}

#[test]
fn edge_inputs() {
    for s in [
        "",
        "\n",
        "\r",
        "\u{feff}",
        "[",
        "|",
        "||",
        "• ",
        "  1. ",
        "Date",
        "Date12",
        "(",
        "((((",
        "\u{0}",
        "a\r\nb\rc",
    ] {
        let a = wikiparse::parse(s);
        check::article(s, &a);
    }
}

/// Fragments of wikitext, so generated inputs open, nest, break and close every construct.
const WIKI_PIECES: &[&str] = &[
    "{{",
    "}}",
    "{{{",
    "}}}",
    "|",
    "=",
    "[[",
    "]]",
    "[",
    "]",
    "http://x.org/a ",
    "<ref>",
    "</ref>",
    "<ref name=a/>",
    "<ref name=\"b\">",
    "<small>",
    "</small>",
    "<br/>",
    "<br>",
    "<nowiki>",
    "</nowiki>",
    "<!--",
    "-->",
    "&nbsp;",
    "&#x2013;",
    "&amp",
    "''",
    "'''",
    "'''''",
    "\n",
    "\n== H ==\n",
    "\n=",
    "==",
    "\n* ",
    "\n# ",
    "\n: ",
    "\n; ",
    "\n{|",
    "\n|-",
    "\n|",
    "\n!",
    "||",
    "!!",
    "\n|}",
    "\n|+",
    "__NOTOC__",
    "~~~~",
    "#REDIRECT ",
    "Infobox x",
    "{{Infobox military conflict\n|",
    "{{Info",
    "box ",
    "{{Taxobox\n |",
    "{{subst:infobox_person|",
    "\n  |name=",
    "{{=}}",
    "{{!}}",
    "'''T'''",
    "combatant1=",
    "date={{start date|1918|1|12}}",
    "{{convert|5|km}}",
    "{{coord|1|2|N|3|4|W}}",
    "{{flag|UK}}",
    "{{ubl|a|b}}",
    "{{efn|n}}",
    "File:x.jpg",
    "Category:",
    "de:",
    "x",
    " ",
    "é",
    "漢",
    "\u{a0}",
    "\r\n",
    "\t",
    "\u{0}",
];

fn wikitext_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WIKI_PIECES), 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn wikitext_shaped(s in wikitext_like()) {
        let tree = wikiparse::wikitext::parse_tree(&s);
        if let Err(v) = wikiparse::check::tree(&s, &tree) {
            panic!("{v} in {s:?}");
        }
        let a = wikiparse::parse_with(&s, &wikiparse::Options { dialect: Some(wikiparse::Dialect::Wikitext) });
        check::article(&s, &a);
    }

    /// The facts-only parse, which stops early, finds what the whole parse finds.
    #[test]
    fn facts_only_parse_agrees(s in wikitext_like()) {
        let options = wikiparse::Options { dialect: Some(wikiparse::Dialect::Wikitext) };
        let full = wikiparse::parse_with(&s, &options);
        let facts = wikiparse::parse_infoboxes(&s, &options);
        prop_assert_eq!(&facts.infoboxes, &full.infoboxes, "{:?}", s);
        prop_assert_eq!(&facts.title, &full.title, "{:?}", s);
        prop_assert_eq!(&facts.redirect, &full.redirect, "{:?}", s);
        let end = facts.span.end;
        let before: Vec<_> = full.footnote_markers.iter().filter(|m| m.span.start < end).cloned().collect();
        prop_assert_eq!(&facts.footnote_markers, &before, "{:?}", s);
    }

    #[test]
    fn any_string_as_wikitext(s in ".{0,300}") {
        let tree = wikiparse::wikitext::parse_tree(&s);
        if let Err(v) = wikiparse::check::tree(&s, &tree) {
            panic!("{v} in {s:?}");
        }
    }
}

#[path = "../../benches/families.rs"]
mod families;

/// The hostile wikitext families at 200 KB: total, lossless, within the depth limit, and
/// reported where nesting passes it. (Their time is measured by `cargo bench --bench wikitext`.)
#[test]
fn hostile_wikitext() {
    let options = wikiparse::Options {
        dialect: Some(wikiparse::Dialect::Wikitext),
    };
    for (name, make) in families::WIKITEXT.iter().chain(families::WIKITEXT_AUDIT) {
        let s = make(200_000);
        let tree = wikiparse::wikitext::parse_tree(&s);
        if let Err(v) = wikiparse::check::tree(&s, &tree) {
            panic!("{name}: {v}");
        }
        let a = wikiparse::parse_with(&s, &options);
        check::article(&s, &a);
        let facts = wikiparse::parse_infoboxes(&s, &options);
        assert!(
            facts.infoboxes == a.infoboxes && facts.title == a.title,
            "{name}"
        );
        let codes: Vec<&str> = a.diagnostics.iter().map(|d| d.code.as_str()).collect();
        match *name {
            "unclosed_braces" | "nested_templates" | "nested_inline" => {
                assert!(
                    codes.contains(&"max_depth"),
                    "{name}: no max_depth diagnostic"
                )
            }
            "unclosed_refs"
            | "unclosed_refs_text"
            | "nested_unclosed_inline"
            | "open_comments"
            | "open_nowiki" => {
                assert!(
                    codes.contains(&"unclosed"),
                    "{name}: no unclosed diagnostic"
                )
            }
            _ => {}
        }
    }
}

/// Inputs the property tests and the fuzzer reduced to, kept as cases.
#[test]
fn wikitext_edge_inputs() {
    for s in [
        "",
        "{{",
        "}}",
        "{|{{<!--\n|}=",
        "{{a|<!--}}",
        "[[a|{{b]]}}",
        "<ref>{{a|</ref>}}",
        "== {{a\n|b}} ==",
        "{|\n|a||b\n|}",
        "* {{a|\n* b}}",
        "#REDIRECT",
        "&#0;&#xD800;&#1114112;",
        "'''''''''",
        "{{{{{{x}}}}}}",
        "[http://x [[a]] <ref>b</ref>]",
    ] {
        let tree = wikiparse::wikitext::parse_tree(s);
        if let Err(v) = wikiparse::check::tree(s, &tree) {
            panic!("{v} in {s:?}");
        }
        let a = wikiparse::parse_with(
            s,
            &wikiparse::Options {
                dialect: Some(wikiparse::Dialect::Wikitext),
            },
        );
        check::article(s, &a);
    }
}

/// `parse_infoboxes` (what `--infobox-only` prints) gives exactly the full parse's title,
/// infoboxes (footnote labels included), markers and redirect on every corpus page and fixture.
#[test]
fn infobox_only_parse_agrees_with_the_full_parse() {
    /// The items that start before `end`.
    fn upto<T: Clone>(items: &[T], start: impl Fn(&T) -> usize, end: usize) -> Vec<T> {
        items.iter().filter(|i| start(i) < end).cloned().collect()
    }
    let paths = check::corpus_and_fixtures(&["wikitext", "rendered"]);
    let options = wikiparse::Options::default();
    let (mut boxes, mut read, mut total) = (0, 0, 0);
    for p in &paths {
        let text = std::fs::read_to_string(p).unwrap();
        let full = wikiparse::parse_with(&text, &options);
        let facts = wikiparse::parse_infoboxes(&text, &options);
        assert_eq!(facts.infoboxes, full.infoboxes, "{p}");
        assert_eq!(facts.title, full.title, "{p}");
        assert_eq!(facts.redirect, full.redirect, "{p}");
        // markers and diagnostics: those of the bytes the facts-only parse read
        let end = facts.span.end;
        assert_eq!(facts.span.start, 0, "{p}");
        let marker_at = |m: &wikiparse::Marker| m.span.start;
        assert_eq!(
            facts.footnote_markers,
            upto(&full.footnote_markers, marker_at, end)
        );
        let diagnostic_at = |d: &wikiparse::Diagnostic| d.span.start;
        assert_eq!(
            facts.diagnostics,
            upto(&full.diagnostics, diagnostic_at, end)
        );
        if full.dialect == wikiparse::Dialect::Wikitext {
            // the pre-scan that lets `dump --infobox-only` skip pages never skips a box
            if !full.infoboxes.is_empty() {
                assert!(wikiparse::wikitext::prescan::may_hold_infobox(&text), "{p}");
            }
            // a whole line read, or the whole page
            assert!(
                end == text.len() || text.as_bytes()[end] == b'\n',
                "{p}: {end}"
            );
            read += end;
            total += text.len();
        } else {
            assert_eq!(end, text.len(), "{p}");
        }
        boxes += facts.infoboxes.len();
    }
    assert!(boxes > 100, "{boxes} infoboxes");
    // the box and the lead's title sit near the top: most of each page is never read
    assert!(read * 4 < total, "read {read} of {total} wikitext bytes");
}
