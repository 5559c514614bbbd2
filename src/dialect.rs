//! Input dialects and their detection.
//!
//! Detection weighs structural evidence in the first 8 KiB, never a single token: a rendered
//! page may quote `{{cite journal}}` or `<ref group=…>` in an error message. Wikitext evidence
//! is template parameter lines (`| key = value`), `==Heading==` lines, `[[…]]` density and
//! `'''bold'''`; rendered evidence is lines that read as prose or flattened infobox rows.

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
    for line in head.lines() {
        let t = line.trim();
        // category lines and list items that open with a wikilink
        if t.starts_with("[[Category:")
            || t.trim_start_matches(['*', '#', ' ']).starts_with("[[") && t.starts_with(['*', '#'])
        {
            score += 2;
        }
        if t.starts_with('|') && t.contains('=') && !t.ends_with('|') {
            score += 2;
        }
        if t.len() > 4 && t.starts_with("==") && t.ends_with("==") {
            score += 3;
        }
        if t.starts_with("{{") {
            score += 2;
            // a whole line of template (`{{Iran-geo-stub}}`, `{{Reflist}}`)
            if t.ends_with("}}") {
                score += 1;
            }
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
    score += (head.matches("[[").count() as i32).min(20) / 2;
    // one closed wikilink counts even on a stub
    if head.contains("[[") && head.contains("]]") {
        score += 1;
    }
    if head.contains("}}\n") {
        score += 1;
    }
    if score >= 6 {
        Dialect::Wikitext
    } else {
        Dialect::Rendered
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
}
