//! A species' binomial (or trinomial) name and its authority: `Vulpes vulpes` over
//! `(Linnaeus, 1758)`, on two lines or one, as a taxobox prints them.

use super::typed::Binomial;

/// The binomial of a value: the name on its first line (a capitalised genus, then one or two
/// lower-case epithets), the authority after it (the next lines, or the rest of the line).
pub fn parse(text: &str) -> Option<Binomial> {
    let text = text.trim();
    let (first, below) = match text.split_once('\n') {
        Some((a, b)) => (a.trim(), Some(b)),
        None => (text, None),
    };
    let words: Vec<&str> = first.split_whitespace().collect();
    // the name's words: a genus, then epithets (a hybrid's `×` between them)
    let mut n = 0;
    for (k, w) in words.iter().enumerate() {
        let ok = match k {
            0 => is_genus(w),
            _ => is_epithet(w) || *w == "×",
        };
        if !ok || k >= 4 {
            break;
        }
        n = k + 1;
    }
    if n < 2 || words[n - 1] == "×" {
        return None;
    }
    let name = words[..n].join(" ");
    let rest = words[n..].join(" ");
    let below = below.map(|b| b.split_whitespace().collect::<Vec<_>>().join(" "));
    let authority = match (rest.is_empty(), below) {
        (true, None) => None,
        (true, Some(b)) => Some(b),
        (false, None) => Some(rest),
        // words after the name and lines under it: not a binomial's shape
        (false, Some(_)) => return None,
    };
    if authority.as_deref().is_some_and(|a| !is_authority(a)) {
        return None;
    }
    Some(Binomial { name, authority })
}

fn is_genus(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && w.len() >= 2
        && cs.all(|c| c.is_lowercase() || c == '-')
}

fn is_epithet(w: &str) -> bool {
    w.len() >= 2
        && w.starts_with(|c: char| c.is_lowercase())
        && w.chars().all(|c| c.is_lowercase() || c == '-')
}

/// `(Linnaeus, 1758)`, `Linnaeus, 1758`, `L.`, `Waterhouse 1839`: a name (capitalised), a
/// year perhaps, a few words; no sentence.
fn is_authority(a: &str) -> bool {
    let t = a.trim_start_matches('(');
    t.starts_with(|c: char| c.is_uppercase())
        && a.split_whitespace().count() <= 10
        && !super::text::ends_sentence(a.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(t: &str) -> Option<(String, Option<String>)> {
        parse(t).map(|b| (b.name, b.authority))
    }

    #[test]
    fn names_and_authorities() {
        let both = |n: &str, a: &str| Some((n.to_owned(), Some(a.to_owned())));
        assert_eq!(
            read("Vulpes vulpes\n(Linnaeus, 1758)"),
            both("Vulpes vulpes", "(Linnaeus, 1758)")
        );
        assert_eq!(
            read("Panthera tigris (Linnaeus, 1758)"),
            both("Panthera tigris", "(Linnaeus, 1758)")
        );
        assert_eq!(
            read("Canis lupus familiaris Linnaeus, 1758"),
            both("Canis lupus familiaris", "Linnaeus, 1758")
        );
        assert_eq!(
            read("Homo sapiens"),
            Some(("Homo sapiens".to_owned(), None))
        );
        // not a name: a genus alone, a sentence, capitalised words
        assert_eq!(read("Vulpes"), None);
        assert_eq!(read("Red Fox"), None);
        assert_eq!(
            read("Vulpes vulpes\nis a fox that lives in many places."),
            None
        );
        assert_eq!(read("Vulpes vulpes (Linnaeus, 1758)\nmore"), None);
    }
}
