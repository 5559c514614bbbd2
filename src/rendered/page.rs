//! Page-level rules of the rendered dialect: mirror chrome, the title line, short
//! descriptions, prose, headings and note lines.

use super::lines::Row;
use crate::value::text;

const CHROME: &str = include_str!("chrome.txt");

/// Whether a line is mirror-site chrome (taglines, banners, licence footers), from `chrome.txt`.
pub fn is_chrome(line: &str) -> bool {
    static RULES: std::sync::OnceLock<Vec<(u8, String)>> = std::sync::OnceLock::new();
    let rules = RULES.get_or_init(|| {
        CHROME
            .lines()
            .filter_map(|r| {
                let op = *r.as_bytes().first()?;
                matches!(op, b'=' | b'^' | b'$' | b'~').then(|| (op, r[1..].to_owned()))
            })
            .collect()
    });
    let t = line.trim().trim_end_matches(['|', ' ']).trim().as_bytes();
    // chrome lines are short; prose is never chrome
    if t.is_empty() || t.len() > 200 {
        return false;
    }
    rules.iter().any(|(op, pat)| {
        let p = pat.as_bytes();
        match op {
            b'=' => t.eq_ignore_ascii_case(p),
            b'^' => t.len() >= p.len() && t[..p.len()].eq_ignore_ascii_case(p),
            b'~' => memchr::memmem::find(t, p).is_some(),
            _ => t.len() >= p.len() && t[t.len() - p.len()..].eq_ignore_ascii_case(p),
        }
    })
}

/// Suffixes mirrors append to titles.
const TITLE_SUFFIXES: &[&str] = &[
    " facts for kids",
    " information",
    " - Wikipedia",
    " — Wikipedia",
    " | Wikipedia",
    " – Wikipedia",
];

/// The title with a mirror suffix removed.
pub fn clean_title(line: &str) -> String {
    let mut t = text::normalize(line);
    for s in TITLE_SUFFIXES {
        if let Some(x) = t.strip_suffix(s) {
            t = x.trim_end().to_owned();
        }
    }
    // `Title | Military Wiki | Fandom`: a Wikipedia title never contains `|`
    if let Some((head, _)) = t.split_once(" | ").filter(|(h, _)| !h.trim().is_empty()) {
        t = head.trim_end().to_owned();
    }
    // `Title - WikiZero`, `Title – Wikiwand`: a site name after a spaced dash
    for dash in [" - ", " – ", " — "] {
        if let Some((head, site)) = t.rsplit_once(dash) {
            let s = site.to_lowercase();
            let is_site = site.split_whitespace().count() <= 4
                && ["wiki", "pedia", "encyclopedia", "facts"]
                    .iter()
                    .any(|w| s.contains(w));
            if is_site && !head.trim().is_empty() {
                t = head.trim_end().to_owned();
            }
        }
    }
    t
}

/// A Wikipedia short description: lowercase start, a few words, no final punctuation.
pub fn is_short_description(t: &str) -> bool {
    let t = t.trim();
    t.starts_with(|c: char| c.is_lowercase())
        && t.split_whitespace().count() <= 10
        && !text::ends_sentence(t)
        && !t.contains(['|', ':'])
}

/// The rows a navigation box's `v t e` links take at the start of `rows` (one line `v t e`,
/// `v · t · e`, `vte`, or three lines `v` / `t` / `e`), if they are there.
pub fn navbox_marker(rows: &[Row<'_>]) -> Option<usize> {
    let text = |i: usize| rows.get(i).map(|r| r.text().trim());
    let first = text(0)?;
    let squeezed: String = rows[0]
        .cells
        .iter()
        .flat_map(|c| c.text.chars())
        .filter(|c| !c.is_whitespace() && !matches!(c, '·' | '•' | '|'))
        .collect();
    if squeezed == "vte" {
        return Some(1);
    }
    (first == "v" && text(1) == Some("t") && text(2) == Some("e")).then_some(3)
}

/// A prose line: many words and sentence punctuation, or very long.
pub fn is_prose(t: &str) -> bool {
    if t.len() >= 400 {
        return true;
    }
    // fifteen words need fourteen spaces; count no further than that
    let spaces = memchr::memchr_iter(b' ', t.as_bytes()).take(14).count();
    if t.len() < 29 || spaces < 9 {
        return false;
    }
    if spaces < 14 {
        // a stub's short sentence (`At the 2006 census, its population was 559, in 115
        // families.`): ten words or more with a clause comma, a full stop and no bracket
        return t.ends_with('.')
            && t.contains(", ")
            && t.starts_with(|c: char| c.is_uppercase())
            && !t.contains(['(', '[', '•', '\t']);
    }
    (text::ends_sentence(t) || t.contains(". ") || t.contains(".[")) && lowercase_words(t, 3)
}

/// A sentence however short: capitalised, six words or more, three of them lower-case
/// (function words), and a sentence's end. Too weak to end a box on its own; enough under a
/// heading.
pub fn is_sentence(t: &str) -> bool {
    let t = t.trim();
    !t.contains('\t')
        && t.starts_with(|c: char| c.is_uppercase() || c == '"')
        && t.split_whitespace().nth(5).is_some()
        && text::ends_sentence(t)
        && lowercase_words(t, 3)
}

/// At least `n` words that start with a lower-case letter: a sentence has its function
/// words (`of`, `the`, `is`), a court case's citations (`74 S. Ct. 686; 98 L. Ed. 873; …`) or
/// a list of names has none, whatever full stops it holds.
fn lowercase_words(t: &str, n: usize) -> bool {
    t.split(' ')
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .nth(n - 1)
        .is_some()
}

/// A short sentence that opens prose, after a blank line (`Caffeine is a central nervous
/// system (CNS) stimulant of the methylxanthine class.[1]`): capitalised, eight words or more,
/// a verb of being among them, and a sentence's end. Shorter than [`is_prose`] asks, but an
/// infobox value is rarely a sentence about its subject.
pub fn is_lead_sentence(t: &str) -> bool {
    let t = t.trim();
    let words = memchr::memchr_iter(b' ', t.as_bytes()).take(7).count();
    words >= 7
        && !t.contains('\t')
        && t.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '\'')
        && text::ends_sentence(t)
        && [" is ", " was ", " are ", " were ", " refers to "]
            .iter()
            .any(|v| t.contains(v))
}

/// Headings that say what a section is for.
const KNOWN_HEADINGS: &[(&str, crate::ast::SectionKind)] = {
    use crate::ast::SectionKind::*;
    &[
        ("references", References),
        ("notes", Notes),
        ("footnotes", Notes),
        ("notes and references", References),
        ("citations", References),
        ("sources", References),
        ("bibliography", References),
        ("works cited", References),
        ("see also", SeeAlso),
        ("external links", ExternalLinks),
        ("other websites", ExternalLinks),
        ("further reading", FurtherReading),
    ]
};

/// The heading text with `[edit]` removed, when `t` has a heading's shape.
pub fn heading(t: &str) -> Option<(String, crate::ast::SectionKind)> {
    let (h, kind) = heading_shape(t)?;
    Some((h.to_owned(), kind))
}

/// [`heading`] without allocating: the heading text as a slice of `t`, and its kind.
fn heading_shape(t: &str) -> Option<(&str, crate::ast::SectionKind)> {
    // headings are short: reject long lines before any work
    if t.len() > 80 {
        return None;
    }
    let h = t
        .trim()
        .trim_end_matches("[edit]")
        .trim_end_matches("[change]")
        .trim();
    if let Some((_, k)) = KNOWN_HEADINGS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(h))
    {
        return Some((h, *k));
    }
    // a footnote marker closes a sentence or a value, never a heading (`… in 1815.[3]`)
    let marked = h.ends_with(']') && h.contains('[');
    let shaped = h.len() <= 60
        && !marked
        && h.starts_with(|c: char| c.is_uppercase())
        && !h.ends_with(['.', ':', ',', ';', '!', '?'])
        && !h.contains([':', '|'])
        && h.split_whitespace().count() <= 8;
    shaped.then_some((h, crate::ast::SectionKind::Body))
}

/// Whether `t` names a known section (`References`, `See also`, …).
pub fn is_known_heading(t: &str) -> bool {
    heading_shape(t).is_some_and(|(_, k)| k != crate::ast::SectionKind::Body)
}

/// A numbered note or reference line: `1. text`, `^ text`, `1. ^ a b text`.
///
/// Returns the printed label (if any) and the text with back-links removed.
pub fn note_line(t: &str) -> Option<(Option<String>, &str)> {
    let t = t.trim();
    let (label, rest) = match t.split_once(". ") {
        Some((n, rest))
            if !n.is_empty()
                && n.len() <= 3
                && (n.bytes().all(|b| b.is_ascii_digit())
                    || n.bytes().all(|b| b.is_ascii_lowercase()) && n.len() == 1) =>
        {
            (Some(n.to_owned()), rest)
        }
        _ => (None, t),
    };
    let rest = rest.trim_start();
    let body = match rest.strip_prefix('^') {
        Some(r) => strip_backlinks(r.trim_start()),
        None if label.is_some() => rest,
        None => return None,
    };
    Some((label, body))
}

/// `a b Cite error…` → `Cite error…`: the letters linking back to each citation
/// (en.wikipedia prints them after `Jump up to:`).
fn strip_backlinks(s: &str) -> &str {
    let s = s
        .strip_prefix("Jump up to:")
        .or_else(|| s.strip_prefix("Jump up"))
        .map_or(s, str::trim_start);
    let mut rest = s;
    let mut n = 0;
    loop {
        let mut chars = rest.chars();
        match (chars.next(), chars.next()) {
            (Some(c), Some(' ')) if c.is_ascii_lowercase() => {
                rest = &rest[2..];
                n += 1;
            }
            _ => break,
        }
    }
    if n >= 2 {
        rest
    } else {
        s
    }
}

/// A line of a copied table of contents: `1 History`, `2.1 Early life`.
pub fn is_toc_entry(t: &str) -> bool {
    toc_entry(t).is_some()
}

/// A table of contents entry's heading level (`1` → 2, `2.1` → 3) and heading text.
pub fn toc_entry(t: &str) -> Option<(u8, &str)> {
    let t = t.trim();
    let num_len = t
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let number = t[..num_len].trim_end_matches('.');
    // section numbers are small: `2.1`, not a year
    let ok = num_len > 0
        && t.as_bytes()[0].is_ascii_digit()
        && number.split('.').all(|p| !p.is_empty() && p.len() <= 2)
        && t[num_len..].starts_with([' ', '\t'])
        && t.len() - num_len <= 80
        && !is_prose(t);
    let depth = number.split('.').count().min(5);
    ok.then(|| (depth as u8 + 1, t[num_len..].trim()))
}

/// The 2022 skin's table of contents controls: `hide`, `(Top)`, `Toggle History subsection`.
pub fn is_toc_chrome(t: &str) -> bool {
    let t = t.trim();
    matches!(t, "hide" | "show" | "(Top)" | "Beginning")
        || t.starts_with("Toggle ") && t.ends_with(" subsection")
}

/// `Categories: 1918 in Russia | Russian Civil War`: the category names of the footer.
pub fn categories(t: &str) -> Option<Vec<String>> {
    let rest = t
        .trim()
        .strip_prefix("Categories:")
        .or_else(|| t.trim().strip_prefix("Category:"))?;
    let names: Vec<String> = rest
        .split(['|', '·', '•'])
        .map(text::normalize)
        .filter(|n| !n.is_empty())
        .collect();
    (!names.is_empty()).then_some(names)
}

/// The subject of a lead sentence: `Git (/ɡɪt/) is a …` → `Git`.
pub fn lead_subject(t: &str) -> Option<String> {
    let cut = [" (", " is ", " was ", " are ", " were ", ","]
        .iter()
        .filter_map(|p| t.find(p))
        .min()?;
    let s = t[..cut].trim();
    let s = s.strip_prefix("The ").unwrap_or(s);
    (!s.is_empty() && s.split_whitespace().count() <= 6).then(|| s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_citations_is_no_prose() {
        assert!(!is_prose(
            "74 S. Ct. 686; 98 L. Ed. 873; 1954 U.S. LEXIS 2094; 53 Ohio L. Abs. 326; 38 A.L.R.2d 1180"
        ));
        assert!(is_prose(
            "Brown v. Board of Education of Topeka was a landmark decision of the Court. It ruled that laws were unconstitutional."
        ));
    }

    #[test]
    fn page_rules() {
        assert!(
            is_chrome("Remove ads")
                && is_chrome(
                    "This article needs additional citations for verification. (April 2020) |"
                )
        );
        assert!(!is_chrome("Wikipedia is an encyclopedia"));
        assert!(is_lead_sentence(
            "Caffeine is a central nervous system (CNS) stimulant of the methylxanthine class.[1]"
        ));
        for value in [
            "192 mg/kg (rat, oral)",
            "Did not participate in the battle.",
            "Odorless, white needles or powder",
            "Treaty of Paris is signed by both sides",
        ] {
            assert!(!is_lead_sentence(value), "{value}");
        }
        assert_eq!(clean_title("Toledo War information"), "Toledo War");
        assert_eq!(clean_title("Battle of X - WikiZero"), "Battle of X");
        assert_eq!(
            clean_title("Battle of X | Military Wiki | Fandom"),
            "Battle of X"
        );
        assert_eq!(
            clean_title("Rock – Paper – Scissors"),
            "Rock – Paper – Scissors"
        );
        assert!(is_short_description("distributed version control system"));
        assert_eq!(
            note_line("  1. ^ a b Cite error: x"),
            Some((Some("1".into()), "Cite error: x"))
        );
        assert_eq!(
            note_line("2. 1918–1920"),
            Some((Some("2".into()), "1918–1920"))
        );
        assert_eq!(note_line("Plain text"), None);
        assert_eq!(
            note_line("3. ^ Jump up to: a b Smith 2001"),
            Some((Some("3".into()), "Smith 2001"))
        );
        assert!(is_toc_entry("2.1 Early life") && !is_toc_entry("1918 was a year"));
        assert_eq!(toc_entry("2.1 Early life"), Some((3, "Early life")));
        assert_eq!(toc_entry("3\tReferences"), Some((2, "References")));
        assert!(is_toc_chrome("Toggle History subsection") && is_toc_chrome("(Top)"));
        assert!(!is_toc_chrome("Toggle switch"));
        assert_eq!(
            categories("Categories: A b | C").unwrap_or_default(),
            ["A b", "C"]
        );
        assert_eq!(lead_subject("Git (/ɡɪt/) is a system"), Some("Git".into()));
        assert!(heading("History[edit]").is_some() && heading("Club: Manchester United").is_none());
        assert!(heading("Napoleon returned in March 1815.[3]").is_none());
        assert!(heading("He returned in 1815[3]").is_none());
    }
}
