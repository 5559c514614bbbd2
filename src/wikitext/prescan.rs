//! Where a page's infoboxes can start, found without parsing it.
//!
//! Why: infobox facts sit near the top of a page (the box ends within the first tenth of the
//! bytes on most corpus pages), so a facts-only parse may stop once the last box is behind it.
//! This scan reads the name after every `{{` at memchr speed and keeps the last one that names
//! an infobox — or that it cannot read without the parser (a name holding a comment, a nested
//! template, a link, …). It may report a box where there is none, never the reverse: every
//! template the parser builds starts its name right after a run of `{`, and a name made of
//! plain text gives the same [`key_of_text`] as the parser's [`super::templates::key`].

use super::templates::key_of_text;

/// Longest template name worth reading ahead; a longer one counts as a possible box.
const MAX_NAME: usize = 256;

/// The byte where the name of the last possible infobox template starts, or `None` when no
/// template of the page can be an infobox.
pub fn last_box_name(src: &str) -> Option<usize> {
    let b = src.as_bytes();
    let boxes = crate::lexicon::wikitext::get();
    let mut last = None;
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'{', &b[i..]) {
        let run_start = i + k;
        let mut name = run_start;
        while name < b.len() && b[name] == b'{' {
            name += 1;
        }
        i = name;
        if name - run_start < 2 {
            continue;
        }
        let possible = match plain_name(b, name) {
            Name::Plain(end) => src.get(name..end).is_some_and(|n| {
                boxes.may_name_box(n) && boxes.infobox_kind(&key_of_text(n)).is_some()
            }),
            Name::Unread(end) => src.get(name..end).is_none_or(could_start_box),
        };
        if possible {
            last = Some(name);
        }
    }
    last
}

/// Whether any template of the page can be an infobox (see [`last_box_name`]): a page for
/// which this is false has no infobox, so a facts-only reader can skip it.
pub fn may_hold_infobox(src: &str) -> bool {
    last_box_name(src).is_some()
}

/// How far the name starting at a `{` run reads as its bytes.
enum Name {
    /// Plain to its end (`|` or `}`): the parser's key is [`key_of_text`] of these bytes.
    Plain(usize),
    /// Plain up to here, where a byte starts what only the parser reads: a nested template or
    /// link (which may hold the `|` that ends the name), a comment or tag, a character
    /// reference, a bare URL, a new line with text on it — or no end within [`MAX_NAME`] bytes.
    Unread(usize),
}

/// Read the name starting at `at` (bold quotes, `=`, `!`, signatures and behaviour switches
/// inside a name are text to the parser as well).
fn plain_name(b: &[u8], at: usize) -> Name {
    let mut after_newline = false;
    for (k, &c) in b.iter().enumerate().skip(at).take(MAX_NAME) {
        match c {
            b'|' | b'}' => return Name::Plain(k),
            b'{' | b'[' | b']' | b'<' | b'&' => return Name::Unread(k),
            b':' if b[k + 1..].starts_with(b"//") => return Name::Unread(k),
            b'\n' => after_newline = true,
            b' ' | b'\t' | b'\r' => {}
            _ if after_newline => return Name::Unread(k),
            _ => {}
        }
    }
    Name::Unread(b.len().min(at + MAX_NAME))
}

/// Whether a name whose plain beginning is `prefix` may still be an infobox's: its key so far
/// is empty, or begins a box name, `infobox …`, or a prefix MediaWiki drops (`subst:`).
fn could_start_box(prefix: &str) -> bool {
    let k = key_of_text(prefix);
    let begins = |whole: &str| whole.starts_with(&*k);
    k.is_empty()
        || k.starts_with("infobox")
        || begins("infobox")
        || super::templates::DROPPED_PREFIXES.into_iter().any(begins)
        || crate::lexicon::wikitext::get()
            .boxes
            .keys()
            .any(|b| begins(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_last_box_name() {
        let src = "{{Infobox war\n| a = {{cite web|x}}\n}}\nText {{convert|1|km}}.";
        assert_eq!(last_box_name(src), Some(2));
        let src = "{{cite}} {{ template:infobox_person | n = {{Taxobox|x}} }} {{reflist}}";
        assert_eq!(last_box_name(src), src.find("Taxobox"));
        assert_eq!(last_box_name("{{subst:Infobox}}"), Some(2));
        assert_eq!(last_box_name("{{{{Infobox x}}}}"), Some(4));
    }

    #[test]
    fn plain_templates_are_not_boxes() {
        assert_eq!(
            last_box_name("{{cite web|url=x}} {{navbox|a}} {{Infoboxes}}"),
            None
        );
        assert_eq!(last_box_name("no templates { at all }"), None);
        assert!(!may_hold_infobox("{{convert|1|km}}{{Userbox}}"));
        assert!(!may_hold_infobox("{{'}} {{__NOTOC__}} {{~~~~}}"));
        assert!(!may_hold_infobox("{"));
    }

    #[test]
    fn names_only_the_parser_can_read_count_as_boxes() {
        for src in [
            "{{Info<!-- c -->box war}}",
            "{{Tax&#111;box}}",
            "{{ {{x}} }}",
            "{{Template:{{x}} }}",
            "{{Infobox\n* item\n}}",
            "{{Infobox &amp; x}}",
            "{{Infobox {{!}} x}}",
            &format!("{{{{Infobox {}", "x".repeat(300)),
        ] {
            assert!(may_hold_infobox(src), "{src}");
        }
        // unless what can be read already rules a box out
        for src in [
            "{{formatnum:{{x}}}}",
            "{{cite web <!-- c -->|x}}",
            "{{lang|fr|&amp;}}",
            "{{!}} {{=}} {{LSJ|a{{=}}|b}}",
            "{{http://example.org}}",
            &format!("{{{{{}", "x".repeat(300)),
        ] {
            assert!(!may_hold_infobox(src), "{src}");
        }
        // a line break inside the name, spaces only after it, is plain
        assert!(!may_hold_infobox("{{cite web\n  |x}}"));
        assert!(may_hold_infobox("{{Infobox war\n  |x}}"));
    }

    /// Every box name of the table, however written, is found by the pre-scan and by the
    /// parser; a page of prose and other templates is not.
    #[test]
    fn the_pre_scan_finds_every_box_name() {
        let w = crate::lexicon::wikitext::get();
        let names = w
            .templates
            .keys()
            .map(|n| format!("Infobox {n}"))
            .chain(w.boxes.keys().map(|n| n.to_string()));
        let mut boxes = 0;
        for name in names {
            for written in [
                name.clone(),
                name.replace(' ', "_"),
                name.to_uppercase(),
                format!(" {}", name.replace(' ', "  ")),
                format!("subst:Template:{name}"),
            ] {
                let page = format!("Intro.\n{{{{{written}\n| name = X\n| date = 1900\n}}}}\n");
                assert_eq!(last_box_name(&page), page.find(&written), "{written}");
                boxes += crate::wikitext::parse(&page).infoboxes.len();
            }
        }
        assert!(boxes > 500, "{boxes}");
        let prose =
            "{{Use dmy dates}}\n'''Emu War''' was a [[wildlife]] operation.{{sfn|Jenkins|1988}}\n";
        assert!(!may_hold_infobox(prose));
    }
}
