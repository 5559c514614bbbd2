//! Whether a name holds any of a fixed list of words (`birth_date` holds `date`), read once
//! whatever the list's length: the lists that type a parameter by its name are tried on every
//! parameter of every box, and a `contains` per word is most of that box's cost.

/// Up to 64 words, indexed by their first byte.
pub struct Words {
    list: &'static [&'static str],
    /// For each byte, the words (bits of their indices in `list`) that start with it.
    first: [u64; 256],
}

impl Words {
    /// Index a list of non-empty words (at most 64; checked when the constant is built).
    pub const fn new(list: &'static [&'static str]) -> Words {
        assert!(list.len() <= 64, "a word list holds at most 64 words");
        let mut first = [0u64; 256];
        let mut i = 0;
        while i < list.len() {
            let word = list[i].as_bytes();
            assert!(!word.is_empty(), "a word list holds no empty word");
            first[word[0] as usize] |= 1 << i;
            i += 1;
        }
        Words { list, first }
    }

    /// Some word of the list occurs in `text` (as `list.iter().any(|w| text.contains(w))`).
    pub fn in_text(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        (0..bytes.len()).any(|at| {
            let mut candidates = self.first[bytes[at] as usize];
            while candidates != 0 {
                let word = self.list[candidates.trailing_zeros() as usize];
                if bytes[at..].starts_with(word.as_bytes()) {
                    return true;
                }
                candidates &= candidates - 1;
            }
            false
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &[&str] = &["date", "as_of", "year", "é", "dates"];

    #[test]
    fn a_word_is_found_wherever_it_is() {
        let words = Words::new(LIST);
        for text in [
            "",
            "d",
            "dat",
            "birth_dat",
            "name",
            "yea",
            "as_o",
            "e",
            "date",
            "birth_date",
            "dateformat",
            "population_as_of",
            "years",
            "café",
            "da date",
            "ddate",
        ] {
            let want = LIST.iter().any(|w| text.contains(w));
            assert_eq!(words.in_text(text), want, "{text:?}");
        }
    }
}
