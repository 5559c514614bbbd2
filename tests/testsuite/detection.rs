//! Dialect detection: every rendered fixture reads as rendered; markup reads as wikitext, even
//! when a rendered page quotes a template or a ref tag in an error message.

use wikiparse::Dialect;

#[test]
fn rendered_fixtures_are_rendered() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/rendered");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(
                wikiparse::dialect::detect(&text),
                Dialect::Rendered,
                "{}",
                path.display()
            );
        }
    }
}

#[test]
fn markup_is_wikitext() {
    let samples = [
        "{{Infobox military conflict\n| conflict = Emu War\n| date = {{start date|1932|11|2}}\n| place = [[Western Australia]]\n}}\nThe '''Emu War''' was a [[wildlife management]] operation.\n\n== Background ==\n",
        "'''Aardvark''' (''Orycteropus afer'') is a [[mammal]] native to [[Africa]].<ref>{{cite book|title=X}}</ref>\n\n==Taxonomy==\nText.\n\n[[Category:Mammals]]\n",
        "'''Asia Minor''' is another name for [[Anatolia]]. It may also refer to:\n* [[Asia Minor (album)|''Asia Minor'' (album)]], an album\n* [[Asia Minor (instrumental)]]\n\n{{Disambiguation}}",
        "#REDIRECT [[Battle of Hastings]]\n{{R from move}}\n[[Category:Redirects]] [[Category:Battles]] [[Category:1066]]\n",
    ];
    for s in samples {
        assert_eq!(wikiparse::dialect::detect(s), Dialect::Wikitext, "{s}");
    }
    let rendered_quoting_markup = "Emu War\n\nEmu War\nDate2 November – 10 December 1932\n  1. ^ Cite error: {{cite journal}} and <ref group=a> tags were found\n";
    assert_eq!(
        wikiparse::dialect::detect(rendered_quoting_markup),
        Dialect::Rendered
    );
}

/// Every page of the wikitext corpus (181 real articles, a redirect and non-English pages
/// among them) and every wikitext fixture reads as wikitext.
#[test]
fn wikitext_corpus_is_wikitext() {
    let paths = crate::check::corpus_and_fixtures(&["wikitext"]);
    for p in &paths {
        let text = std::fs::read_to_string(p).unwrap();
        assert_eq!(wikiparse::dialect::detect(&text), Dialect::Wikitext, "{p}");
    }
}
