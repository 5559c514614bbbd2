//! Bytes as a MediaWiki XML dump, whole and as one stream of a multistream dump: reading never
//! panics or loops, nothing comes after a fatal error, and every page read parses into an
//! Article that keeps the invariants.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wikiparse::dump::PageReader;

fuzz_target!(|data: &[u8]| {
    for fragment in [false, true] {
        let reader = if fragment {
            PageReader::fragment(data, "fuzz.xml".into(), 0)
        } else {
            PageReader::new(data, "fuzz.xml".into())
        };
        let mut fatal = false;
        // every item consumes input: a dump of n bytes has fewer than n items
        for item in reader.take(data.len() + 1) {
            assert!(!fatal, "an item after a fatal error");
            match item {
                Ok(page) => {
                    assert!(page.offset as usize <= data.len());
                    let article = page.parse();
                    assert_eq!(article.page.as_ref(), Some(&page.info));
                    if let Err(v) = wikiparse::check::article(&page.text, &article) {
                        panic!("{v}");
                    }
                }
                Err(e) => {
                    fatal |= !e.is_page_error();
                    assert!(!e.to_string().is_empty());
                }
            }
        }
    }
});
