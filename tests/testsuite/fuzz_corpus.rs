//! Replays the committed fuzz corpus (`fuzz/corpus/<target>/`) through the same checks as the
//! fuzz targets, on the stable toolchain and without a fuzzer.

use crate::check;
use wikiparse::{Dialect, Options};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = format!("{}/fuzz/corpus/{target}", env!("CARGO_MANIFEST_DIR"));
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| {
            let p = e.unwrap().path();
            (p.display().to_string(), std::fs::read(&p).unwrap())
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "{dir} is empty");
    out
}

#[test]
fn parse_targets() {
    for target in ["parse_rendered", "parse_wikitext", "parse_auto", "json"] {
        for (name, bytes) in inputs(target) {
            let Ok(s) = std::str::from_utf8(&bytes) else {
                continue;
            };
            for dialect in [None, Some(Dialect::Rendered), Some(Dialect::Wikitext)] {
                let a = wikiparse::parse_with(s, &Options { dialect });
                if wikiparse::check::article(s, &a).is_err() {
                    eprintln!("corpus file {name}");
                }
                check::article(s, &a);
                // the infobox-only parse (which stops early in wikitext) finds the same facts
                let facts = wikiparse::parse_infoboxes(s, &Options { dialect });
                assert!(
                    facts.infoboxes == a.infoboxes && facts.title == a.title,
                    "corpus file {name}: the infobox-only parse disagrees"
                );
            }
        }
    }
}

#[test]
fn value_target() {
    for (name, bytes) in inputs("value") {
        let Ok(s) = std::str::from_utf8(&bytes) else {
            continue;
        };
        if let Err(v) = wikiparse::check::values(s) {
            panic!("corpus file {name}: {v}");
        }
    }
}

/// The `dump_xml` target's checks: whole and as a stream fragment, no item after a fatal error,
/// every page's Article keeps the invariants.
#[cfg(feature = "dump")]
#[test]
fn dump_xml_target() {
    use wikiparse::dump::PageReader;
    let mut pages = 0;
    for (name, bytes) in inputs("dump_xml") {
        for fragment in [false, true] {
            let reader = if fragment {
                PageReader::fragment(&bytes[..], name.clone().into(), 0)
            } else {
                PageReader::new(&bytes[..], name.clone().into())
            };
            let mut fatal = false;
            for item in reader.take(bytes.len() + 1) {
                assert!(!fatal, "{name}: an item after a fatal error");
                match item {
                    Ok(page) => {
                        pages += 1;
                        let article = page.parse();
                        assert_eq!(article.page.as_ref(), Some(&page.info), "{name}");
                        check::article(&page.text, &article);
                    }
                    Err(e) => fatal |= !e.is_page_error(),
                }
            }
        }
    }
    assert!(pages > 0);
}
