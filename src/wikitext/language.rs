//! Foreign-language text and pronunciations, printed the way the page shows them, which a lead
//! sentence's prose needs: `{{langx|ru|Москва|Moskva}}` and `{{lang-ru|…}}` print
//! `Russian: Москва, romanized: Moskva` (`{{lang|ru|…}}` prints the text alone and is read
//! elsewhere); `{{IPAc-en|ə|ˈ|k|ɪ|l|iː|z}}` prints `/əˈkɪliːz/`, `{{IPA-fr|kʁisteva}}`
//! `French pronunciation: [kʁisteva]`, `{{respell|ə|KIL|eez}}` `ə-KIL-eez`.

use super::plain::Render;
use super::templates::Args;

/// English names of the language codes lead sentences use most, by ISO 639 code (and the
/// few Wikipedia-specific codes such as `grc-gre`, read by their first part).
const NAMES: &[(&str, &str)] = &[
    ("af", "Afrikaans"),
    ("akk", "Akkadian"),
    ("am", "Amharic"),
    ("an", "Aragonese"),
    ("ang", "Old English"),
    ("ar", "Arabic"),
    ("arc", "Aramaic"),
    ("as", "Assamese"),
    ("ast", "Asturian"),
    ("az", "Azerbaijani"),
    ("ba", "Bashkir"),
    ("be", "Belarusian"),
    ("bg", "Bulgarian"),
    ("bn", "Bengali"),
    ("bo", "Tibetan"),
    ("br", "Breton"),
    ("bs", "Bosnian"),
    ("ca", "Catalan"),
    ("ce", "Chechen"),
    ("chr", "Cherokee"),
    ("ckb", "Central Kurdish"),
    ("co", "Corsican"),
    ("cop", "Coptic"),
    ("cs", "Czech"),
    ("cu", "Church Slavonic"),
    ("cv", "Chuvash"),
    ("cy", "Welsh"),
    ("da", "Danish"),
    ("de", "German"),
    ("dv", "Dhivehi"),
    ("dz", "Dzongkha"),
    ("egy", "Egyptian"),
    ("el", "Greek"),
    ("en", "English"),
    ("enm", "Middle English"),
    ("eo", "Esperanto"),
    ("es", "Spanish"),
    ("et", "Estonian"),
    ("eu", "Basque"),
    ("fa", "Persian"),
    ("fi", "Finnish"),
    ("fil", "Filipino"),
    ("fo", "Faroese"),
    ("fr", "French"),
    ("fro", "Old French"),
    ("fy", "West Frisian"),
    ("ga", "Irish"),
    ("gd", "Scottish Gaelic"),
    ("gl", "Galician"),
    ("gmh", "Middle High German"),
    ("gn", "Guaraní"),
    ("goh", "Old High German"),
    ("got", "Gothic"),
    ("grc", "Ancient Greek"),
    ("gsw", "Swiss German"),
    ("gu", "Gujarati"),
    ("gv", "Manx"),
    ("ha", "Hausa"),
    ("haw", "Hawaiian"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("hr", "Croatian"),
    ("ht", "Haitian Creole"),
    ("hu", "Hungarian"),
    ("hy", "Armenian"),
    ("id", "Indonesian"),
    ("ig", "Igbo"),
    ("is", "Icelandic"),
    ("it", "Italian"),
    ("iu", "Inuktitut"),
    ("ja", "Japanese"),
    ("jv", "Javanese"),
    ("ka", "Georgian"),
    ("kk", "Kazakh"),
    ("kl", "Greenlandic"),
    ("km", "Khmer"),
    ("kn", "Kannada"),
    ("ko", "Korean"),
    ("ku", "Kurdish"),
    ("kw", "Cornish"),
    ("ky", "Kyrgyz"),
    ("la", "Latin"),
    ("lb", "Luxembourgish"),
    ("lo", "Lao"),
    ("lt", "Lithuanian"),
    ("lv", "Latvian"),
    ("mg", "Malagasy"),
    ("mi", "Māori"),
    ("mk", "Macedonian"),
    ("ml", "Malayalam"),
    ("mn", "Mongolian"),
    ("mr", "Marathi"),
    ("ms", "Malay"),
    ("mt", "Maltese"),
    ("my", "Burmese"),
    ("nah", "Nahuatl"),
    ("nb", "Norwegian Bokmål"),
    ("nds", "Low German"),
    ("ne", "Nepali"),
    ("nl", "Dutch"),
    ("nn", "Norwegian Nynorsk"),
    ("no", "Norwegian"),
    ("non", "Old Norse"),
    ("nv", "Navajo"),
    ("oc", "Occitan"),
    ("or", "Odia"),
    ("os", "Ossetian"),
    ("ota", "Ottoman Turkish"),
    ("pa", "Punjabi"),
    ("peo", "Old Persian"),
    ("pi", "Pali"),
    ("pl", "Polish"),
    ("ps", "Pashto"),
    ("pt", "Portuguese"),
    ("qu", "Quechua"),
    ("rm", "Romansh"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("rus", "Russian"),
    ("rw", "Kinyarwanda"),
    ("sa", "Sanskrit"),
    ("sah", "Yakut"),
    ("sc", "Sardinian"),
    ("scn", "Sicilian"),
    ("sco", "Scots"),
    ("sd", "Sindhi"),
    ("se", "Northern Sami"),
    ("sh", "Serbo-Croatian"),
    ("si", "Sinhala"),
    ("sk", "Slovak"),
    ("sl", "Slovene"),
    ("sm", "Samoan"),
    ("sn", "Shona"),
    ("so", "Somali"),
    ("sq", "Albanian"),
    ("sr", "Serbian"),
    ("st", "Sesotho"),
    ("su", "Sundanese"),
    ("sux", "Sumerian"),
    ("sv", "Swedish"),
    ("sw", "Swahili"),
    ("syc", "Classical Syriac"),
    ("ta", "Tamil"),
    ("te", "Telugu"),
    ("tg", "Tajik"),
    ("th", "Thai"),
    ("ti", "Tigrinya"),
    ("tk", "Turkmen"),
    ("tl", "Tagalog"),
    ("tn", "Tswana"),
    ("to", "Tongan"),
    ("tr", "Turkish"),
    ("tt", "Tatar"),
    ("ug", "Uyghur"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("uz", "Uzbek"),
    ("vi", "Vietnamese"),
    ("wo", "Wolof"),
    ("xh", "Xhosa"),
    ("yi", "Yiddish"),
    ("yo", "Yoruba"),
    ("yue", "Cantonese"),
    ("za", "Zhuang"),
    ("zh", "Chinese"),
    ("zu", "Zulu"),
];

/// The English name of a language code (`fa` → `Persian`; `grc-gre` → `Ancient Greek`, by the
/// part before the first hyphen; case ignored).
pub fn name(code: &str) -> Option<&'static str> {
    let code = code.trim().to_ascii_lowercase();
    let find = |c: &str| NAMES.iter().find(|(k, _)| *k == c).map(|(_, n)| *n);
    find(&code).or_else(|| find(code.split('-').next().unwrap_or("")))
}

/// Whether `name` is the English name of one of those languages (`French`, `Japanese`).
pub fn is_name(name: &str) -> bool {
    NAMES.iter().any(|(_, n)| *n == name)
}

/// Print `{{langx|code|text|translit|translation}}` (`code` is `None`: taken from the first
/// positional parameter) or `{{lang-code|text|translit|translation}}` (`code` from the name).
/// `label=none` drops the language name, `label=X` replaces it; `translit=` and `lit=` are the
/// named forms of the last two.
pub fn render(r: &mut Render, args: &Args, code: Option<&str>) {
    let src = r.src;
    let (code, first) = match code {
        Some(c) => (c.to_owned(), 1),
        None => (args.pos_text(src, 1).unwrap_or_default(), 2),
    };
    let Some(text) = args.pos(first) else {
        return;
    };
    let label = match args.named_text(src, "label") {
        Some(l) if l.eq_ignore_ascii_case("none") => None,
        Some(l) if !l.is_empty() => Some(l),
        _ => name(&code).map(str::to_owned),
    };
    if let Some(l) = label {
        r.out.push_str(&l);
        r.out.push_str(": ");
    }
    r.nodes(text);
    let part = |r: &mut Render, k: usize, named: &str| {
        args.pos(k)
            .or_else(|| args.named(named))
            .map(|v| r.sub(v).trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    if let Some(t) = part(r, first + 1, "translit") {
        r.out.push_str(", romanized: ");
        r.out.push_str(&t);
    }
    if let Some(t) = part(r, first + 2, "lit") {
        r.out.push_str(", lit. '");
        r.out.push_str(&t);
        r.out.push('\'');
    }
}

/// `{{IPAc-en|…}}`: the segments joined between slashes (`_` a space), after the labels that may lead them
/// (`lang` → `English pronunciation:`, `pron` → `pronounced`, `US` → `US:`, …).
pub fn ipac_en(r: &mut Render, args: &Args) {
    let src = r.src;
    let mut labels = Vec::new();
    let mut segments = String::new();
    for k in 1..=args.len() {
        let Some(seg) = args.pos_text(src, k) else {
            continue;
        };
        let label = match seg.as_str() {
            "lang" => Some("English pronunciation:"),
            "pron" => Some("pronounced"),
            "local" => Some("locally"),
            "also" => Some("also"),
            "US" | "us" => Some("US:"),
            "UK" | "uk" => Some("UK:"),
            "CA" | "ca" => Some("Canada:"),
            "AU" | "au" => Some("Australia:"),
            "NZ" | "nz" => Some("New Zealand:"),
            "IE" | "ie" => Some("Ireland:"),
            _ => None,
        };
        match label {
            Some(l) if segments.is_empty() => labels.push(l),
            // `_` is a space; a lone `'` the stress mark
            _ if seg == "'" => segments.push('ˈ'),
            _ => segments.push_str(&seg.replace('_', " ")),
        }
    }
    for l in labels {
        r.out.push_str(l);
        r.out.push(' ');
    }
    if !segments.is_empty() {
        r.out.push('/');
        r.out.push_str(&segments);
        r.out.push('/');
    }
}

/// `{{IPA-fr|kʁisteva|label}}` (`code` from the name) and `{{IPA|fr|kʁisteva|label}}`: the
/// transcription in brackets after `French pronunciation:`; the label parameter `lang` prints
/// `French:`, `pron` `pronounced`, `local` `locally`, an empty one nothing. The old one-parameter
/// `{{IPA|…}}` prints its text alone.
pub fn ipa(r: &mut Render, args: &Args, code: Option<&str>) {
    let src = r.src;
    let (code, first) = match code {
        Some(c) => (c.to_owned(), 1),
        None => match args.pos_text(src, 1) {
            Some(c) if args.pos(2).is_some() && name(&c).is_some() => (c, 2),
            _ => {
                if let Some(v) = args.pos(1) {
                    r.nodes(v);
                }
                return;
            }
        },
    };
    let Some(text) = args.pos_text(src, first).filter(|t| !t.is_empty()) else {
        return;
    };
    let language = name(&code);
    let label_param = args.pos(first + 1).map(|v| super::plain::text(src, v));
    let label = match label_param.as_deref() {
        None => language.map(|l| format!("{l} pronunciation: ")),
        Some("lang") => language.map(|l| format!("{l}: ")),
        Some("pron") => Some("pronounced ".to_owned()),
        Some("local") => Some("locally ".to_owned()),
        Some(_) => None,
    };
    if let Some(l) = label {
        r.out.push_str(&l);
    }
    r.out.push('[');
    r.out.push_str(text.trim_matches(['[', ']', '/']));
    r.out.push(']');
}

/// `{{respell|ə|KIL|eez}}`: the syllables joined by hyphens (an `_` is a space).
pub fn respell(r: &mut Render, args: &Args) {
    let parts: Vec<String> = (1..=args.len())
        .filter_map(|k| args.pos_text(r.src, k))
        .filter(|p| !p.is_empty())
        .map(|p| p.replace('_', " "))
        .collect();
    r.out.push_str(&parts.join("-"));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prose a template prints within a sentence (alone on its line it is no prose).
    fn prints(src: &str) -> String {
        let a = crate::wikitext::parse(&format!("In {src}"));
        match a.sections.first().and_then(|s| s.blocks.first()) {
            Some(crate::ast::Block::Paragraph { text, .. }) => text["In ".len()..].to_owned(),
            _ => String::new(),
        }
    }

    #[test]
    fn language_names_lead_the_text() {
        assert_eq!(prints("({{lang-fa|تيمنك عليا}})"), "(Persian: تيمنك عليا)");
        assert_eq!(
            prints("{{langx|el|Ατυχής πόλεμος|Atychis polemos|lit=Unlucky war}}"),
            "Greek: Ατυχής πόλεμος, romanized: Atychis polemos, lit. 'Unlucky war'"
        );
        assert_eq!(prints("{{langx|ru|Москва|label=none}}"), "Москва");
        // an unknown code prints the text alone, as before
        assert_eq!(prints("{{lang-qqq|x}}"), "x");
    }

    #[test]
    fn pronunciations() {
        assert_eq!(
            prints("({{IPAc-en|ə|ˈ|k|ɪ|l|iː|z}} {{respell|ə|KIL|eez}})"),
            "(/əˈkɪliːz/ ə-KIL-eez)"
        );
        assert_eq!(prints("{{IPAc-en|US|ˈ|æ|k}}"), "US: /ˈæk/");
        assert_eq!(
            prints("{{IPA-fr|kʁisteva}}"),
            "French pronunciation: [kʁisteva]"
        );
        assert_eq!(prints("{{IPA-fr|kʁisteva|lang}}"), "French: [kʁisteva]");
        assert_eq!(prints("{{IPA-de|ʃtʊt|}}"), "[ʃtʊt]");
        assert_eq!(prints("{{IPA|fr|kʁis|pron}}"), "pronounced [kʁis]");
        // the old one-parameter form is the transcription alone
        assert_eq!(prints("{{IPA|/ˈæk/}}"), "/ˈæk/");
    }

    #[test]
    fn names_by_code_and_by_first_part() {
        assert_eq!(name("fa"), Some("Persian"));
        assert_eq!(name("grc-gre"), Some("Ancient Greek"));
        assert_eq!(name("RU"), Some("Russian"));
        assert_eq!(name("xx"), None);
    }
}
