//! Input dialects and their detection.
//!
//! Detection weighs structural evidence in the first 8 KiB, never a single token: a rendered
//! page may quote `{{cite journal}}` or `<ref group=…>` in an error message, or a help page a
//! whole template. Wikitext evidence is template parameter lines (`| key = value`),
//! `==Heading==` lines, closed `[[…]]` links and their density, closed `<ref>…</ref>` pairs and
//! `'''bold'''`. Rendered evidence counts against it, and is what only a rendered copy has:
//! footnote markers glued to the text (`died.[3]`), reference lines opening with `^`, headings
//! ending in `[edit]` and the `From Wikipedia, the free encyclopedia` line. Each kind of
//! evidence is capped, so that no one of them decides alone.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An input dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Dialect {
    /// Text copied from a rendered page.
    Rendered,
    /// MediaWiki markup.
    Wikitext,
}

impl std::str::FromStr for Dialect {
    type Err = crate::error::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "rendered" => Ok(Dialect::Rendered),
            "wikitext" => Ok(Dialect::Wikitext),
            other => Err(crate::error::Error::UnknownDialect(other.to_owned())),
        }
    }
}

/// How much of the input detection reads.
const WINDOW: usize = 8 * 1024;

/// Guess the dialect from structure in the first few KiB.
pub fn detect(input: &str) -> Dialect {
    let mut end = input.len().min(WINDOW);
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    let head = &input[..end];
    let mut score = 0i32;
    // a redirect page is its first line: `#REDIRECT [[Target]]`
    let first = head.trim_start_matches('\u{feff}').trim_start();
    if first
        .get(..9)
        .is_some_and(|h| h.eq_ignore_ascii_case("#redirect"))
        && first.contains("[[")
    {
        score += 6;
    }
    let mut rendered = Rendered::default();
    let mut headed = false;
    let mut tables = 0i32;
    for line in head.lines() {
        let t = line.trim();
        rendered.read(t);
        // category lines and list items that open with a wikilink
        if t.starts_with("[[Category:") {
            score += 3;
        } else if t.trim_start_matches(['*', '#', ' ']).starts_with("[[")
            && t.starts_with(['*', '#'])
        {
            score += 2;
        }
        if t.starts_with('|') && t.contains('=') && !t.ends_with('|') {
            score += 2;
        }
        if t.len() > 4 && t.starts_with("==") && t.ends_with("==") {
            // `== History ==`, as many `=` on each side, is a heading (`=====` is no text):
            // no rendered copy has one, so the first weighs as much as the threshold
            let heading = is_heading_line(t);
            score += if heading && !headed { 6 } else { 3 };
            headed |= heading;
        }
        if t.starts_with("{{") {
            score += 2;
            // a whole line of template (`{{Iran-geo-stub}}`, `{{Reflist}}`)
            if t.ends_with("}}") {
                score += 1;
            }
            // an infobox call opening a line: a rendered copy shows the box, and an error
            // message quotes a template inside its sentence
            if t.get(2..9)
                .is_some_and(|n| n.eq_ignore_ascii_case("infobox"))
            {
                score += 4;
            }
        }
        // a table's first and last lines (`{| class="wikitable"`, `|}`): no rendered copy
        // prints them, a pipe-table mirror's rows end in `|`
        if t.starts_with("{|") || t == "|}" {
            tables += 1;
        }
        if t.starts_with("'''") || t.contains(" '''") {
            score += 2;
            // a closed bold pair (`'''Foo''' is a village`): rendered text has no runs of
            // three apostrophes around words
            if t.matches("'''").count() >= 2 {
                score += 2;
            }
        }
    }
    score += 3 * tables.min(2);
    score += (head.matches("[[").count() as i32).min(20) / 2;
    // one closed wikilink counts even on a stub: a rendered copy shows its text instead
    if has_closed_link(head) {
        score += 3;
    }
    if head.contains("}}\n") {
        score += 1;
    }
    // a footnote written in the text (`<ref>…</ref>`); an error message quotes an opening
    // tag, not a pair
    score += 3 * (head.matches("</ref>").count() as i32).min(2);
    score -= rendered.score();
    if score >= 6 {
        Dialect::Wikitext
    } else {
        Dialect::Rendered
    }
}

/// `== History ==`: the same run of `=` (two to six) on each side of some text.
fn is_heading_line(t: &str) -> bool {
    let open = t.bytes().take_while(|&b| b == b'=').count();
    let close = t.bytes().rev().take_while(|&b| b == b'=').count();
    (2..=6).contains(&open)
        && open == close
        && t.len() > open + close
        && !t[open..t.len() - close].trim().is_empty()
}

/// A `[[…]]` link closed on its line. Each line is looked at once: after an opener, the rest of
/// its line is searched for a closer and then skipped (a line of many unclosed `[[` stays linear).
fn has_closed_link(head: &str) -> bool {
    let mut rest = head;
    while let Some(i) = rest.find("[[") {
        rest = &rest[i + 2..];
        let line_end = rest.find('\n').unwrap_or(rest.len());
        if rest[..line_end].contains("]]") {
            return true;
        }
        rest = &rest[line_end..];
    }
    false
}

/// Evidence that only a rendered copy carries, read line by line.
#[derive(Debug, Default)]
struct Rendered {
    /// Footnote markers glued to the text: `died.[3]`, `Paris[12]`.
    glued_markers: i32,
    /// Reference lines: `^ "Title". Retrieved …`, `1. ^ a b Smith`.
    caret_lines: i32,
    /// Headings copied with their edit link: `History[edit]`.
    edit_headings: i32,
    /// `From Wikipedia, the free encyclopedia`.
    chrome: bool,
}

impl Rendered {
    fn read(&mut self, t: &str) {
        let after_number = t
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .strip_prefix('.')
            .map_or(t, str::trim_start);
        if after_number.starts_with("^ ") {
            self.caret_lines += 1;
        }
        if t.ends_with("[edit]") && t.len() <= 90 {
            self.edit_headings += 1;
        }
        if t == "From Wikipedia, the free encyclopedia" {
            self.chrome = true;
        }
        let b = t.as_bytes();
        for (i, _) in t.match_indices('[') {
            let glued = i > 0 && !matches!(b[i - 1], b' ' | b'\t' | b'[' | b'|');
            let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if glued && (1..=3).contains(&digits) && b.get(i + 1 + digits) == Some(&b']') {
                self.glued_markers += 1;
            }
        }
    }

    /// What the evidence weighs against the wikitext score.
    fn score(&self) -> i32 {
        self.glued_markers.min(4)
            + 2 * self.caret_lines.min(3)
            + 2 * self.edit_headings.min(2)
            + if self.chrome { 4 } else { 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_structure_not_tokens() {
        assert_eq!(detect("{{Infobox war\n| date = 1918\n| place = x\n}}\n'''War''' was [[a]] [[b]].\n== History ==\n"), Dialect::Wikitext);
        assert_eq!(detect("Title\n\nCite error: {{cite journal}} <ref group=a> was invoked\nDate12 May 1918\n"), Dialect::Rendered);
        // a stub: a bold title, one link, a stub template
        assert_eq!(
            detect("'''Foo''' is a village in [[Iran]].\n\n{{Iran-geo-stub}}\n"),
            Dialect::Wikitext
        );
        assert_eq!(
            detect("Foo\n\nFoo is a village in Iran.[1]\n\nReferences\n\n    ^ Census of 2006.\n"),
            Dialect::Rendered
        );
    }

    #[test]
    fn little_markup_is_still_wikitext() {
        for page in [
            "==History==\nThe town was founded in 1850 by settlers from the east.\n",
            "The '''Acme Corporation''' is a fictional company.<ref>Jones 2001.</ref>\n",
            "Acme is a village in [[Ruritania]].\n\n{{Ruritania-geo-stub}}\n",
            "Acme village\n\nAcme is a village with a church.\n\n[[Category:Villages]]\n",
            // a snippet: one infobox call, one table
            "{{Infobox person|name=Jane Doe}}",
            "{{Infobox settlement\n| name = Acme\n}}",
            "{| class=\"wikitable\"\n|-\n| a || b\n|}\n",
        ] {
            assert_eq!(detect(page), Dialect::Wikitext, "{page}");
        }
    }

    #[test]
    fn closed_links_are_found_on_their_line_in_one_pass() {
        assert!(has_closed_link("a [[b]] c"));
        assert!(!has_closed_link("a [[b\n]] c"));
        assert!(has_closed_link("[[x\n[[y]]"));
        // many openers on one long line and no closer
        let long = "[[".repeat(4000);
        assert!(!has_closed_link(&long));
    }

    #[test]
    fn a_rendered_page_quoting_a_template_is_rendered() {
        let quoted =
            "{{Infobox person\n| name = Jane Doe\n| birth_date = {{birth date|1900|1|1}}\n}}\n";
        let page = format!(
            "Help:Infobox\nFrom Wikipedia, the free encyclopedia\nAn infobox is a panel of \
             facts. Editors write markup such as this:\n{quoted}The fields then appear in a \
             box.[1]\n\nReferences\n^ Help page.\n"
        );
        assert_eq!(detect(&page), Dialect::Rendered);
        // the same template on a page of markup
        let wiki = format!("{quoted}'''Jane Doe''' was a [[writer]].<ref>Smith.</ref>\n");
        assert_eq!(detect(&wiki), Dialect::Wikitext);
    }
}
