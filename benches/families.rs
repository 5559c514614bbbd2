//! Hostile wikitext families shared by the scaling bench and the tests: each builds an input
//! of about `n` bytes that makes naive wikitext parsers quadratic, deep or lossy.

/// A family: its name and a builder for about `n` bytes.
pub type Family = (&'static str, fn(usize) -> String);

fn rep(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len().max(1) + 1)
}

/// Every wikitext family.
pub const WIKITEXT: &[Family] = &[
    ("unclosed_braces", |n| rep("{{", n)),
    ("nested_templates", |n| {
        let k = n / 8 + 1;
        format!("{}x{}", "{{a|".repeat(k), "}}".repeat(k))
    }),
    ("unclosed_refs", |n| rep("<ref>", n)),
    ("unclosed_refs_text", |n| rep("<ref>x ", n)),
    ("nested_unclosed_inline", |n| rep("<small><b><span>x", n)),
    ("nested_inline", |n| {
        let k = n / 15 + 1;
        format!("{}x{}", "<small>".repeat(k), "</small>".repeat(k))
    }),
    ("small_table", |n| {
        format!("{{|\n{}", rep("|-\n| {{small|x\n", n))
    }),
    ("open_links", |n| rep("[[", n)),
    ("quotes", |n| rep("'''''x", n)),
    ("open_comments", |n| rep("<!--", n)),
    ("open_nowiki", |n| rep("<nowiki>", n)),
    ("entity_soup", |n| {
        rep("&amp;&#x41;&nbsp;&bogus;&#99999999;&", n)
    }),
    ("heading_soup", |n| rep("== a\n=b==\n======\n= =\n", n)),
    ("link_soup", |n| {
        rep("[[a|[[b]] [http://x y] ]] [[File:x|[[c|", n)
    }),
    ("deep_list", |n| rep("*", n)),
    ("growing_lists", |n| {
        let mut s = String::new();
        let mut k = 1;
        while s.len() < n {
            s.push_str(&"*#:".repeat(k));
            s.push_str(" x\n");
            k += 1;
        }
        s
    }),
    ("pipes_and_equals", |n| rep("{{a|b=c|=|==|", n)),
    ("table_soup", |n| rep("{|\n|-\n||a!!b|+c\n", n)),
    ("mixed_openers", |n| rep("{{a|[[b|<ref>c<small>''{|", n)),
    ("closers", |n| rep("}}]]</ref></small>|}", n)),
    ("bare_urls", |n| {
        rep("http://x.org/a_b https:// ftp://y ", n)
    }),
];

/// Families found quadratic while auditing (now linear), kept so they stay linear.
pub const WIKITEXT_AUDIT: &[Family] = &[
    ("distinct_categories", |n| {
        let mut s = String::new();
        let mut i = 0;
        while s.len() < n {
            s.push_str(&format!("[[Category:C{i}]]\n"));
            i += 1;
        }
        s
    }),
    ("generic_infobox_pairs", |n| {
        let mut s = String::from("{{Infobox x");
        let mut i = 0;
        while s.len() < n {
            s.push_str(&format!("|label{i}=a|data{i}=b"));
            i += 1;
        }
        s + "}}"
    }),
    ("table_cell_pipes", |n| {
        format!("{{|\n|{}", rep("[[a|b]]|", n))
    }),
    // aimed at the infobox pre-scan and the facts-only stop: names it cannot read that may be
    // boxes, names past its read-ahead, and bold runs with no title in them between boxes
    ("box_name_soup", |n| {
        rep("{{Infobox x<!--\n{{Taxo&amp;{{subst:{{ {{Info[[", n)
    }),
    ("long_box_names", |n| {
        rep(&format!("{{{{Infobox {}\n", "x".repeat(300)), n)
    }),
    ("empty_bold_between_boxes", |n| {
        rep("'''''' '''<!---->''' {{Infobox a|b=c}}\n", n)
    }),
    // prose templates between long runs of blank space: deciding whether each stands alone
    // on its line looked at every blank byte of the page
    ("templates_in_blank_space", |n| {
        let pad = " ".repeat(n / 3);
        format!("{pad}{}{pad}", rep("{{a}}x", n / 3))
    }),
    ("templates_between_blank_lines", |n| {
        let pad = "\n".repeat(n / 3);
        format!("{pad}{}{pad}", rep("{{a}}x\n", n / 3))
    }),
];
