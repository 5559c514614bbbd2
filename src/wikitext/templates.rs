//! Value templates: what `{{start date|1918|1|12}}`, `{{convert|50|km}}`, `{{coord|…}}`,
//! `{{flag|UK}}`, `{{ubl|a|b}}`, `{{US$|5 million}}` and the other common formatting templates
//! print, and the typed reading they give for sure. Unknown templates print nothing (as
//! mwparserfromhell's `strip_code` does); their parameters stay reachable in the tree.

use super::node::{Node, Template};
use super::plain::Render;
use crate::value::typed::{Coordinates, Date, Quantity, Typed};
use std::borrow::Cow;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A template name as a lookup key: lowercase, `_` as space, spaces collapsed, `Template:`,
/// `subst:` and `safesubst:` dropped.
pub fn key<'s>(src: &'s str, name: &[Node]) -> Cow<'s, str> {
    match name {
        [Node::Text(s)] => key_of_text(src.get(s.start..s.end).unwrap_or("")),
        _ => Cow::Owned(key_of_text(&super::plain::name(src, name)).into_owned()),
    }
}

/// Name prefixes a key drops (lowercase), in the order they are stripped.
pub const DROPPED_PREFIXES: [&str; 4] = ["safesubst:", "subst:", "template:", "msgnw:"];

/// [`key`] of a name already read as plain text (also what [`super::prescan`] reads ahead).
pub fn key_of_text(name: &str) -> Cow<'_, str> {
    // most names are plain ASCII words (`Cite web`): borrowed when already lowercase,
    // lowercased in one copy otherwise
    let t = name.trim();
    let plain = t
        .bytes()
        .all(|b| (0x20..0x7f).contains(&b) && !matches!(b, b'_' | b':'))
        && !t.contains("  ");
    if plain {
        return if t.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(t.to_ascii_lowercase())
        } else {
            Cow::Borrowed(t)
        };
    }
    let n = crate::value::text::normalize(name).replace('_', " ");
    let mut n = crate::value::text::normalize(&n).to_lowercase();
    for prefix in DROPPED_PREFIXES {
        if let Some(rest) = n.strip_prefix(prefix) {
            n = rest.trim_start().to_owned();
        }
    }
    Cow::Owned(n)
}

/// A template's parameters by position (1-based) and by name.
pub struct Args<'t> {
    pos: Vec<Option<&'t [Node]>>,
    named: Vec<(std::borrow::Cow<'t, str>, &'t [Node])>,
}

impl<'t> Args<'t> {
    /// Index the parameters of `t`; `2=x` counts as the second positional one.
    pub fn of(src: &'t str, t: &'t Template) -> Self {
        // sized once: a citation has a dozen named parameters
        let positional = t.params.iter().filter(|p| p.name.is_none()).count();
        let mut pos: Vec<Option<&[Node]>> =
            Vec::with_capacity(positional + usize::from(positional > 0));
        let mut named = Vec::with_capacity(t.params.len() - positional);
        let mut next = 1;
        for p in &t.params {
            match &p.name {
                None => {
                    set(&mut pos, next, &p.value);
                    next += 1;
                }
                Some(n) => {
                    // a plain name is borrowed; anything else is rendered once
                    let k: std::borrow::Cow<str> = match n.as_slice() {
                        [Node::Text(s)] => src.get(s.start..s.end).unwrap_or("").trim().into(),
                        _ => super::plain::name(src, n).into(),
                    };
                    match k.parse::<usize>() {
                        Ok(i) if (1..100).contains(&i) => set(&mut pos, i, &p.value),
                        _ => named.push((k, p.value.as_slice())),
                    }
                }
            }
        }
        Args { pos, named }
    }

    /// No parameter at all.
    pub fn empty() -> Self {
        Args {
            pos: Vec::new(),
            named: Vec::new(),
        }
    }

    /// Positional parameter `k` (1-based).
    pub fn pos(&self, k: usize) -> Option<&'t [Node]> {
        self.pos.get(k).copied().flatten()
    }

    /// How many positional slots there are.
    pub fn len(&self) -> usize {
        self.pos.len().saturating_sub(1)
    }

    /// Whether there is no positional parameter.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Named parameter `k` (lowercase).
    pub fn named(&self, k: &str) -> Option<&'t [Node]> {
        self.named
            .iter()
            .rev()
            .find(|(n, _)| n == k)
            .map(|(_, v)| *v)
    }

    /// Every named parameter, in order (duplicates included).
    pub fn named_all(&self) -> impl Iterator<Item = (&str, &'t [Node])> + '_ {
        self.named.iter().map(|(k, v)| (k.as_ref(), *v))
    }

    /// Named parameter as plain text, when not empty.
    pub fn named_text(&self, src: &str, k: &str) -> Option<String> {
        self.named(k)
            .map(|v| super::plain::text(src, v))
            .filter(|s| !s.is_empty())
    }

    /// Positional parameter as plain text, when not empty.
    pub fn pos_text(&self, src: &str, k: usize) -> Option<String> {
        self.pos(k)
            .map(|v| super::plain::text(src, v))
            .filter(|s| !s.is_empty())
    }
}

fn set<'t>(pos: &mut Vec<Option<&'t [Node]>>, i: usize, v: &'t [Node]) {
    if pos.len() <= i {
        pos.resize(i + 1, None);
    }
    pos[i] = Some(v);
}

/// `{{citation needed}}` and its kin print a `[citation needed]` marker.
pub fn is_citation_needed(k: &str) -> bool {
    matches!(
        k,
        "cn" | "citation needed"
            | "fact"
            | "cite needed"
            | "citeneeded"
            | "citation required"
            | "cn-span"
            | "clarify"
            | "when"
            | "who"
            | "which"
            | "dubious"
            | "vague"
            | "failed verification"
            | "better source needed"
            | "according to whom"
            | "by whom"
            | "page needed"
            | "full citation needed"
            | "specify"
    )
}

/// How a short citation brackets itself, by template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CiteStyle {
    /// `{{harvnb}}`, `{{sfn}}`: `Smith 2005, p. 25`.
    Plain,
    /// `{{harv}}`: `(Smith 2005, p. 25)`.
    Bracketed,
    /// `{{harvp}}`, `{{harvtxt}}`: `Smith (2005, p. 25)`.
    YearOn,
    /// `{{sfnp}}`: `Smith (2005), p. 25`.
    YearOnly,
    /// `{{harvcolnb}}`: `Smith 2005:25`.
    Colon,
    /// `{{harvcol}}`: `(Smith 2005:25)`.
    ColonBracketed,
    /// `{{harvcoltxt}}`: `Smith (2005:25)`.
    ColonYearOn,
}

impl CiteStyle {
    /// The style of a Harvard citation template (full names and short ones), if it is one.
    pub fn of(key: &str) -> Option<CiteStyle> {
        Some(match key {
            "harvnb" | "harvard citation no brackets" => CiteStyle::Plain,
            "harv" | "harvard citation" => CiteStyle::Bracketed,
            "harvp" | "harvtxt" | "harvard citation text" => CiteStyle::YearOn,
            "harvcolnb" => CiteStyle::Colon,
            "harvcol" => CiteStyle::ColonBracketed,
            "harvcoltxt" => CiteStyle::ColonYearOn,
            _ => return None,
        })
    }
}

/// What a short citation (`{{harvnb|Smith|2005|p=25}}`, `{{sfn|…}}`) says, read once: its
/// authors (positional parameters before the year), the year, and where in the work.
struct ShortCite {
    names: Vec<String>,
    year: String,
    /// `, p. 25`, `, pp. 25–26`, `:25` (the colon forms), then `, ` and `loc=`.
    place: String,
}

impl ShortCite {
    fn read(src: &str, args: &Args, style: CiteStyle) -> Self {
        let mut names = Vec::new();
        let mut year = String::new();
        for k in 1..=5 {
            let Some(t) = args.pos_text(src, k) else {
                break;
            };
            if t.len() >= 4 && t.chars().take(4).all(|c| c.is_ascii_digit()) {
                year = t;
                break;
            }
            names.push(t);
        }
        let colon = matches!(
            style,
            CiteStyle::Colon | CiteStyle::ColonBracketed | CiteStyle::ColonYearOn
        );
        let page = args
            .named_text(src, "p")
            .or_else(|| args.named_text(src, "page"));
        let pages = args
            .named_text(src, "pp")
            .or_else(|| args.named_text(src, "pages"));
        let mut place = match (page, pages) {
            (Some(p), _) if colon => format!(":{p}"),
            (None, Some(p)) if colon => format!(":{p}"),
            (Some(p), _) => format!(", p. {p}"),
            (None, Some(p)) => format!(", pp. {p}"),
            (None, None) => String::new(),
        };
        if let Some(loc) = args.named_text(src, "loc") {
            place.push_str(&format!(", {loc}"));
        }
        ShortCite { names, year, place }
    }

    /// Four authors or more print as `Smith et al.`.
    fn hides_authors(&self) -> bool {
        self.names.len() >= 4
    }

    /// The citation as `style` prints it; with `every_author`, no `et al.`.
    fn text(&self, style: CiteStyle, every_author: bool) -> String {
        let authors = match self.names.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [a, b] => format!("{a} & {b}"),
            [a, b, c] => format!("{a}, {b} & {c}"),
            [a, ..] if !every_author => format!("{a} et al."),
            [rest @ .., last] => format!("{} & {last}", rest.join(", ")),
        };
        let (year, place) = (&self.year, &self.place);
        let sep = if authors.is_empty() || year.is_empty() {
            ""
        } else {
            " "
        };
        // (no year to bracket: the plain form)
        let style = match style {
            CiteStyle::YearOn | CiteStyle::ColonYearOn | CiteStyle::YearOnly if year.is_empty() => {
                CiteStyle::Plain
            }
            other => other,
        };
        match style {
            CiteStyle::Plain | CiteStyle::Colon => format!("{authors}{sep}{year}{place}"),
            CiteStyle::Bracketed | CiteStyle::ColonBracketed => {
                format!("({authors}{sep}{year}{place})")
            }
            CiteStyle::YearOn | CiteStyle::ColonYearOn => format!("{authors} ({year}{place})"),
            CiteStyle::YearOnly => format!("{authors} ({year}){place}"),
        }
    }
}

/// The text of a short citation (`{{harvnb|Smith|2005|p=25}}` → `Smith 2005, p. 25`): up to
/// four authors (`Smith & Jones`, `Smith, Jones & Brown`, four or more `Smith et al.`), the
/// year, the page or pages and `loc=`, bracketed as the template does it.
pub fn short_cite(src: &str, args: &Args, style: CiteStyle) -> String {
    ShortCite::read(src, args, style).text(style, false)
}

/// A shortened footnote (`{{sfn}}`): its text, and its name, which lists every author (four
/// or more print as `Smith et al.`, but two such sources are two footnotes, as MediaWiki keys
/// them by all their parameters).
pub fn short_footnote(src: &str, args: &Args, style: CiteStyle) -> (String, String) {
    let cite = ShortCite::read(src, args, style);
    let text = cite.text(style, false);
    let name = if cite.hides_authors() {
        format!("sfn:{}", cite.text(style, true))
    } else {
        format!("sfn:{text}")
    };
    (text, name)
}

/// Render a template into `r`; false when it is not one this module knows (it prints nothing).
pub fn render(r: &mut Render, t: &Template) -> bool {
    let src = r.src;
    let k = key(src, &t.name);
    let args = Args::of(src, t);
    if let Some((func, rest)) = k.split_once(':') {
        return parser_function(r, t, func, rest);
    }
    match &*k {
        // footnotes: the label in brackets, taken out again as a marker
        "efn" | "efn-la" | "notetag" | "efn-lr" | "efn-ua" | "efn-ur" | "refn" | "sfn" | "sfnp"
        | "sfnm" | "r" => r.marker(t.span.start),
        k if is_citation_needed(k) => r.marker(t.span.start),
        // characters
        "ndash" | "–" | "en dash" | "endash" => r.out.push('–'),
        "mdash" | "—" | "em dash" | "emdash" => r.out.push('—'),
        "snd" | "snds" | "spaced ndash" | "spnd" | "sndash" | "spaced en dash" | "snd-" => {
            r.out.push_str(" – ")
        }
        "spaced mdash" | "spmd" => r.out.push_str(" — "),
        "nbsp" | "space" => r.out.push(' '),
        "thinsp" | "thin space" => r.out.push('\u{2009}'),
        "·" | "dot" | "middot" | "dot separator" => r.out.push_str(" · "),
        "•" | "bull" | "bullet" => r.out.push_str(" • "),
        "!" | "pipe" => r.out.push('|'),
        "=" => r.out.push('='),
        "!!" => r.out.push_str("||"),
        "'" => r.out.push('\''),
        "break" | "br" | "crlf" => r.out.push('\n'),
        "minus" | "−" => r.out.push('−'),
        "×" | "times" => r.out.push('×'),
        // change arrows (an election's swing, a company's revenue) are images: a rendered page's
        // text has nothing of them, and the value's text agrees with it
        "increase" | "increasenegative" | "increase negative" | "decrease" | "decreasepositive"
        | "decrease positive" | "steady" => {}
        // a sort key only: the number shown follows it
        "ntsh" => {}
        // a ship's flag is a picture
        "shipboxflag" => {}
        // an album box's `misc = {{Singles|name=…|single1=…|single1date=…}}`: the list the
        // box prints, a line a single and its release date under it
        "singles" => {
            let name = args.named_text(src, "name");
            let mut lines: Vec<String> = name.map(|n| format!("Singles from {}", n.trim())).into_iter().collect();
            for i in 1..=30 {
                let Some(single) = args.named(&format!("single{i}")) else {
                    break;
                };
                let text = r.sub(single);
                lines.push(text.trim().to_owned());
                if let Some(d) = args.named_text(src, &format!("single{i}date")) {
                    lines.push(format!("Released: {}", d.trim()));
                }
            }
            if lines.len() > 1 {
                r.out.push_str(&lines.join("\n"));
            }
        }
        // `{{sclass|Olympic|ocean liner}}` → `Olympic-class ocean liner`
        "sclass" | "sclass2" | "sclass-" | "sclass2-" => ship_class(r, &args),
        // `{{percentage|62984828|136669276|1}}` → `46.1%`: the share, rounded as asked
        "percentage" | "percent" | "pct" => percentage(r, &args),
        // `{{sigfig|123456|2}}` → `120000`: the number rounded to that many significant digits
        "sigfig" => sigfig(r, &args),
        // tonnages: `{{GRT|46,328}}` → `46,328 GRT`
        "grt" | "gt" | "nrt" | "dwt" => {
            if let Some(v) = args.pos(1) {
                let n = r.sub(v);
                let (abbr, name) = match &*k {
                    "grt" => ("GRT", "gross register tons"),
                    "gt" => ("GT", "gross tonnage"),
                    "nrt" => ("NRT", "net register tons"),
                    _ => ("DWT", "deadweight tonnage"),
                };
                let first = args.named_text(src, "first").is_some_and(|f| f.trim() == "yes");
                r.out.push_str(n.trim());
                r.out.push(' ');
                if first {
                    r.out.push_str(&format!("{name} ({abbr})"));
                } else {
                    r.out.push_str(abbr);
                }
            }
        }
        // `{{nihongo|Tokyo|東京|Tōkyō}}` → `Tokyo (東京, Tōkyō)`; without the English,
        // `東京 (Tōkyō)`
        "nihongo" | "nihongo2" | "nihongo3" => {
            let parts: Vec<String> = (1..=3)
                .map(|k| {
                    args.pos(k)
                        .map(|v| r.sub(v).trim().to_owned())
                        .unwrap_or_default()
                })
                .collect();
            let inner: Vec<&str> = parts[1..]
                .iter()
                .map(String::as_str)
                .filter(|p| !p.is_empty())
                .collect();
            let (head, inner) = match (parts[0].is_empty(), inner.split_first()) {
                (false, _) => (parts[0].as_str(), inner.join(", ")),
                (true, Some((first, rest))) => (*first, rest.join(", ")),
                (true, None) => ("", String::new()),
            };
            r.out.push_str(head);
            if !inner.is_empty() {
                r.out.push_str(&format!(" ({inner})"));
            }
        }
        // a medal record (`medaltemplates`): one line a row, as the box shows it
        "medalsport" | "medalcompetition" | "medalcountry" | "medalgold" | "medalsilver"
        | "medalbronze" => medal_row(r, &k, &args),
        // status marks after a commander's name, as the rendered box prints them
        "kia" | "died in action" => r.out.push_str(" †"),
        // (died of wounds: an abbreviation like the others, not KIA's dagger)
        "dow" => r.out.push_str(" (DOW)"),
        "pow" => r.out.push_str(" (POW)"),
        "wia" => r.out.push_str(" (WIA)"),
        "mia" => r.out.push_str(" (MIA)"),
        "executed" => r.out.push_str(" (executed)"),
        "surrendered" => r.out.push_str(" (surrendered)"),
        // wrappers that print their first parameter
        "nowrap"
        | "nobr"
        | "nobreak"
        | "small"
        | "smaller"
        | "big"
        | "larger"
        | "large"
        | "huge"
        | "midsize"
        | "sup"
        | "sub"
        | "smallsup"
        | "smallsub"
        | "normal"
        | "noitalic"
        | "em"
        | "strong"
        | "var"
        | "samp"
        | "code"
        | "kbd"
        | "center"
        | "small caps"
        | "smallcaps"
        | "sc"
        | "allcaps"
        | "abbr"
        | "tooltip"
        | "hover title"
        | "ill"
        | "interlanguage link"
        | "interlanguage link multi"
        | "keypress"
        | "mvar"
        | "math"
        | "bold"
        | "italic"
        | "ital"
        | "nobold"
        | "visible anchor"
        | "nastaliq"
        | "nq"
        | "baseball year"
        // a season's year, linked to the season (`{{NFL Year|2000}}` → `2000`)
        | "nfl year"
        | "nba year"
        | "mlb year"
        | "cfl year"
        | "wnba year"
        | "afl year"
        | "vanchor"
        | "anchored"
        | "noflag"
        | "plainlink"
        | "strikethrough"
        | "strike"
        | "underline"
        | "u"
        | "font"
        | "color"
        | "colored"
        | "text"
        | "title case"
        | "monospace"
        | "mono"
        | "dfn"
        | "nowrap begin"
        | "tq"
        | "tqi"
        | "xt"
        | "mxt"
        | "!xt"
        | "sic" => {
            let which = match &*k {
                "color" | "colored" => 2,
                _ => 1,
            };
            if let Some(v) = args.pos(which).or_else(|| args.named("text")) {
                r.nodes(v);
            }
        }
        // `{{longitem|line-height:1.25em|text}}`: a style may come first
        "resize" | "longitem" => {
            if let Some(v) = args.pos(args.len()) {
                r.nodes(v);
            }
        }
        "langx" => super::language::render(r, &args, None),
        "ipac-en" => super::language::ipac_en(r, &args),
        "ipa" => super::language::ipa(r, &args, None),
        "respell" => super::language::respell(r, &args),
        "lang" | "native name" | "script" | "audio" | "native phrase" => {
            if let Some(v) = args.pos(2).or_else(|| args.pos(1)) {
                r.nodes(v);
            }
        }
        "transl" | "transliteration" => {
            if let Some(v) = args.pos(args.len()) {
                r.nodes(v);
            }
        }
        "sortname" | "sortkeyname" => {
            let a = args.pos(1).map(|v| r.sub(v)).unwrap_or_default();
            let b = args.pos(2).map(|v| r.sub(v)).unwrap_or_default();
            r.out.push_str(a.trim());
            r.out.push(' ');
            r.out.push_str(b.trim());
        }
        "sort" | "sortname2" | "hs" => {
            if let Some(v) = args.pos(2).or_else(|| args.pos(1)) {
                r.nodes(v);
            }
        }
        "frac" | "fraction" | "sfrac" => {
            let p: Vec<String> = (1..=3).filter_map(|i| args.pos_text(src, i)).collect();
            // `1{{sfrac|1|4}}` shows as one and a quarter: the whole number stands apart
            if r.out.ends_with(|c: char| c.is_ascii_digit()) && !p.is_empty() {
                r.out.push(' ');
            }
            match p.as_slice() {
                [a, b, c] => r.out.push_str(&format!("{a} {b}/{c}")),
                [a, b] => r.out.push_str(&format!("{a}/{b}")),
                [a] => r.out.push_str(&format!("1/{a}")),
                _ => {}
            }
        }
        "val" => val(r, &args),
        // `{{OldStyleDate|1 January|1700|21 December 1699}}` → `1 January 1700 [O.S. 21 December
        // 1699]`: the Gregorian date, the Julian one in brackets
        "oldstyledate" | "old style date" => {
            let day = args.pos_text(src, 1).unwrap_or_default();
            let year = args.pos_text(src, 2).unwrap_or_default();
            r.out.push_str(format!("{} {}", day.trim(), year.trim()).trim());
            if let Some(old) = args.pos_text(src, 3).filter(|o| !o.trim().is_empty()) {
                r.out.push_str(&format!(" [O.S. {}]", old.trim()));
            }
        }
        // `{{quote|To be…|Shakespeare|Hamlet}}`: the words, then who said them and where
        k if is_quotation(k) => quotation(r, &args),
        // `{{bracket|x}}` → `[x]`, `{{angle bracket|x}}` → `⟨x⟩`
        "bracket" | "brackets" | "angle bracket" | "angbr" | "angle brackets" => {
            let (open, close) = match &*k {
                "bracket" | "brackets" => ('[', ']'),
                _ => ('⟨', '⟩'),
            };
            r.out.push(open);
            if let Some(v) = args.pos(1) {
                r.nodes(v);
            }
            r.out.push(close);
        }
        // `{{plural|3|item}}` → `3 items` (a third parameter is the plural form)
        "plural" => {
            let n = args.pos_text(src, 1).unwrap_or_default();
            let word = args.pos_text(src, 2).unwrap_or_default();
            let n = n.trim();
            let one = n.replace(',', "").parse::<f64>().is_ok_and(|x| x == 1.0);
            let shown = match (one, args.pos_text(src, 3)) {
                (true, _) => word.trim().to_owned(),
                (false, Some(plural)) => plural.trim().to_owned(),
                (false, None) => format!("{}s", word.trim()),
            };
            r.out.push_str(n);
            r.out.push(' ');
            r.out.push_str(&shown);
        }
        // `{{ordinal|21}}` → `21st`
        "ordinal" => {
            if let Some(n) = args.pos_text(src, 1) {
                let n = n.trim();
                r.out.push_str(n);
                if let Ok(x) = n.replace(',', "").parse::<u64>() {
                    r.out.push_str(ordinal_suffix(x));
                }
            }
        }
        // `{{age|1950|1|2|2000|1|1}}` → `49`; without its second date the age depends on the
        // day the page is read, which a parse does not know: nothing is printed
        "age" => {
            let num = |i: usize| args.pos_text(src, i)?.trim().parse::<i64>().ok();
            if let (Some(y1), Some(m1), Some(d1), Some(y2), Some(m2), Some(d2)) =
                (num(1), num(2), num(3), num(4), num(5), num(6))
            {
                let years = y2 - y1 - i64::from((m2, d2) < (m1, d1));
                if (0..=1000).contains(&years) {
                    r.out.push_str(&years.to_string());
                }
            }
        }
        // `{{post-nominals|country=GBR|KBE|FRS}}` → `KBE FRS`
        "post-nominals" | "postnominals" => {
            let letters: Vec<String> = (1..=args.len())
                .filter_map(|i| args.pos_text(src, i))
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty())
                .collect();
            r.out.push_str(&letters.join(" "));
        }
        "circa" | "c." | "ca." | "ca" | "c" => {
            r.out.push_str("c. ");
            if let Some(v) = args.pos(1) {
                r.nodes(v);
            }
        }
        "url" => {
            if let Some(v) = args.pos(2).or_else(|| args.pos(1)) {
                let s = r.sub(v);
                let s = s.trim();
                let shown = s
                    .trim_start_matches("https://")
                    .trim_start_matches("http://")
                    .trim_end_matches('/');
                r.out.push_str(shown);
            }
        }
        "official website" | "official" => r.out.push_str("Official website"),
        "as of" => {
            let y = args.pos_text(src, 1).unwrap_or_default();
            let m = args.pos_text(src, 2).and_then(|m| month_name(&m));
            r.out.push_str("As of ");
            if let Some(m) = m {
                r.out.push_str(m);
                r.out.push(' ');
            }
            r.out.push_str(&y);
        }
        "marriage" | "married" => marriage(r, &args),
        // `{{dts||10|17}}`: a day of the year, no year to type
        "dts" if args.pos_text(src, 1).is_none() => {
            let m = args.pos_text(src, 2).and_then(|m| month_of(&m));
            let d = args.pos_text(src, 3).and_then(|d| day_of(&d));
            match (m.and_then(month_called), d) {
                (Some(mo), Some(d)) if day_first(src, &args) => {
                    r.out.push_str(&format!("{d} {mo}"))
                }
                (Some(mo), Some(d)) => r.out.push_str(&format!("{mo} {d}")),
                (Some(mo), None) => r.out.push_str(mo),
                _ => {}
            }
        }
        // `{{chem|H|2|O}}` → `H2O`: the parts written together
        "chem" | "chem2" => {
            for k in 1..=args.len() {
                if let Some(v) = args.pos_text(src, k) {
                    r.out.push_str(v.trim());
                }
            }
        }
        // `{{legend|#FAEB86|indicates the winner}}`: a colour swatch and its words
        "legend" | "legend2" | "legend inline" => {
            if let Some(v) = args.pos(2) {
                r.nodes(v);
            }
        }
        // `{{LSJ|a)po/llwn|Ἀπόλλων}}`: a dictionary link showing its second parameter
        "lsj" => {
            if let Some(v) = args.pos(2).or_else(|| args.pos(1)) {
                r.nodes(v);
            }
        }
        // `{{SimpleNuclide2|Carbon|14}}` → `carbon-14`
        "simplenuclide2" | "simplenuclide" | "nuclide2" => {
            let element = args.pos_text(src, 1).unwrap_or_default().to_lowercase();
            match args.pos_text(src, 2) {
                Some(mass) => r
                    .out
                    .push_str(&format!("{}-{}", element.trim(), mass.trim())),
                None => r.out.push_str(element.trim()),
            }
        }
        "n/a" => r.out.push_str("N/A"),
        // `{{jct|state=FL|I|10|US|1}}` → `I-10 / US 1`: the routes a junction joins, each
        // as its shield reads (an Interstate `I-10`, other types `US 1`, `SR 7`)
        "jct" => {
            let parts: Vec<String> = (1..=args.len())
                .filter_map(|i| args.pos_text(src, i))
                .map(|t| t.trim().to_owned())
                .collect();
            let routes: Vec<String> = parts
                .chunks(2)
                .filter_map(|p| match p {
                    [t, n] if !n.is_empty() => Some(match t.as_str() {
                        "I" => format!("I-{n}"),
                        _ => format!("{t} {n}"),
                    }),
                    _ => None,
                })
                .collect();
            r.out.push_str(&routes.join(" / "));
        }
        // `{{ussc|344|1|1952}}` → `344 U.S. 1 (1952)`: a Supreme Court citation
        "ussc" | "scotus" => {
            let part = |i: usize| args.pos_text(src, i).map(|t| t.trim().to_owned());
            if let (Some(vol), Some(page)) = (part(1), part(2)) {
                r.out.push_str(&format!("{vol} U.S. {page}"));
                if let Some(year) = part(3).filter(|y| !y.is_empty()) {
                    r.out.push_str(&format!(" ({year})"));
                }
            }
        }
        // the astronomers' units, printed as their symbols (`{{Solar mass}}` → `M☉`)
        k if astronomical_unit(k).is_some() => {
            if let Some(symbol) = astronomical_unit(k) {
                r.out.push_str(symbol);
            }
        }
        // identifiers as a reference prints them: `ISBN 978-0-19-852663-6`, `doi:10.1000/182`
        id if identifier(id).is_some() => {
            if let (Some(shown), Some(v)) = (identifier(id), args.pos_text(src, 1)) {
                r.out.push_str(&format!("{shown}{}", v.trim()));
            }
        }
        // `{{ISIN|sl=n|pl=y|US5949181045}}`: the code
        "isin" => {
            if let Some(v) = args.pos_text(src, args.len().max(1)) {
                r.out.push_str(v.trim());
            }
        }
        // `{{Google books|id|Title}}`: the book's title
        "google books" => {
            if let Some(v) = args.pos(2).or_else(|| args.named("title")) {
                r.nodes(v);
            }
        }
        // `{{IMDb name|0000123|John Smith}}` → `John Smith at IMDb`
        "imdb name" | "imdb title" | "imdb" => {
            let shown = args
                .pos(2)
                .or_else(|| args.named("name"))
                .or_else(|| args.named("title"))
                .map(|v| r.sub(v).trim().to_owned())
                .filter(|s| !s.is_empty());
            if let Some(s) = shown {
                r.out.push_str(&format!("{s} at IMDb"));
            }
        }
        // `{{Webarchive|url=…|date=2010-01-01}}` → `Archived 2010-01-01 at the Wayback Machine`
        "webarchive" | "wayback" => {
            let date = args.named_text(src, "date").unwrap_or_default();
            let date = date.trim();
            // a Wayback timestamp (`20130805102916`) is its day, `2013-08-05`
            let date = match date.get(..8) {
                Some(d) if date.len() == 14 && date.bytes().all(|b| b.is_ascii_digit()) => {
                    format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..])
                }
                _ => date.to_owned(),
            };
            r.out.push_str("Archived ");
            if !date.is_empty() {
                r.out.push_str(&date);
                r.out.push(' ');
            }
            r.out.push_str("at the Wayback Machine");
        }
        // `{{native name list|tag1=de|name1=Donau|…}}`: a line a name, its language after it
        "native name list" => {
            for n in 1..=20 {
                let Some(name) = args.named(&format!("name{n}")).map(|v| r.sub(v)) else {
                    break;
                };
                let tag = args.named_text(src, &format!("tag{n}")).unwrap_or_default();
                if !r.out.is_empty() && !r.out.ends_with('\n') {
                    r.out.push('\n');
                }
                r.out.push_str(name.trim());
                if let Some(language) = super::language::name(&tag) {
                    r.out.push_str(&format!(" ({language})"));
                }
            }
        }
        // lifeboat stations and classes of the RNLI lists
        "lbs" | "lbb" => {
            if let Some(v) = args.pos(1) {
                r.nodes(v);
            }
        }
        // a squad list row: `{{Fs player|no=1|nat=Scotland|name=[[A B]]|pos=GK}}` →
        // `1 GK Scotland A B`
        "fs player" | "football squad player" | "fs2 player" => {
            let parts: Vec<String> = ["no", "pos", "nat", "name"]
                .iter()
                .filter_map(|k| args.named(k).map(|v| r.sub(v).trim().to_owned()))
                .filter(|p| !p.is_empty())
                .collect();
            r.out.push_str(&parts.join(" "));
            if let Some(o) = args.named("other").map(|v| r.sub(v)) {
                if !o.trim().is_empty() {
                    r.out.push_str(&format!(" ({})", o.trim()));
                }
            }
        }
        "'s" => r.out.push_str("'s"),
        "p." => r.out.push_str("p."),
        "mdashb" => r.out.push('—'),
        // `{{Video game release|NA|March 3, 2017|EU|…}}`: a line per region, `NA: March 3,
        // 2017`; worldwide (`WW`) is the date alone
        "video game release" | "vgrelease" | "vgr" | "video game release hlist" => {
            let n = args.len();
            let mut k = 1;
            while k <= n {
                let region = args.pos_text(src, k).unwrap_or_default();
                let date = args.pos(k + 1).map(|v| r.sub(v)).unwrap_or_default();
                let (region, date) = (region.trim(), date.trim());
                k += 2;
                if region.is_empty() && date.is_empty() {
                    continue;
                }
                if !r.out.is_empty() && !r.out.ends_with('\n') {
                    r.out.push('\n');
                }
                match (region, date) {
                    (reg, d) if reg.eq_ignore_ascii_case("ww") || reg.is_empty() => {
                        r.out.push_str(d)
                    }
                    (reg, "") => r.out.push_str(reg),
                    (reg, d) => r.out.push_str(&format!("{reg}: {d}")),
                }
            }
        }
        // `{{ICD10|F|84|0|f|80}}` → `F84.0`, `{{ICD9|299.00}}` → `299.00` (classification codes
        // of a medical condition's box)
        "icd10" => {
            let part = |k| args.pos_text(src, k).unwrap_or_default();
            let (letter, num, sub) = (part(1), part(2), part(3));
            if !letter.is_empty() || !num.is_empty() {
                r.out.push_str(letter.trim());
                r.out.push_str(num.trim());
                if !sub.trim().is_empty() {
                    r.out.push('.');
                    r.out.push_str(sub.trim());
                }
            }
        }
        "icd9" | "icd9cm" | "icd11" | "icdo" => {
            if let Some(v) = args.pos_text(src, 1) {
                r.out.push_str(v.trim());
            }
        }
        // `{{fossil range|5|0}}` prints `5–0 Ma` before its timeline bar; named periods
        // (`Late Silurian|Recent`) print as they are
        "fossil range" | "fossilrange" | "long fossil range" => {
            let a = args.pos_text(src, 1).unwrap_or_default();
            let b = args.pos_text(src, 2).filter(|b| !b.is_empty());
            let numeric = |s: &str| !s.is_empty() && s.parse::<f64>().is_ok();
            r.out.push_str(&a);
            if let Some(b) = &b {
                r.out.push('–');
                r.out.push_str(b);
            }
            if numeric(&a) && b.as_deref().is_none_or(numeric) {
                r.out.push_str(" Ma ");
            }
        }
        "based on" => {
            if let Some(v) = args.pos(1) {
                r.nodes(v);
            }
            let by: Vec<String> = (2..=args.len())
                .filter_map(|k| args.pos_text(src, k))
                .collect();
            if !by.is_empty() {
                r.out.push_str("\nby ");
                r.out.push_str(&by.join(" and "));
            }
        }
        "age in years, months and days"
        | "age in years, months, weeks and days"
        | "age in months, weeks and days"
        | "age in weeks and days"
        | "age in years and months"
        | "age in years and days"
        | "age in days"
        | "years, months and days" => {
            if let Some((text, d)) = elapsed(src, &k, &args) {
                r.out.push_str(&text);
                r.typed.push((text, Typed::Duration(d)));
            }
        }
        // `{{Duration|m=53|s=21}}`, `{{duration|1|2|3}}`: a clock-style length
        "duration" | "dur" => {
            let part = |name: &str, k: usize| {
                args.named_text(src, name)
                    .or_else(|| args.pos_text(src, k))
                    .and_then(|v| v.trim().parse::<u32>().ok())
            };
            let (h, m, sec) = (part("h", 1), part("m", 2), part("s", 3));
            if h.is_some() || m.is_some() || sec.is_some() {
                let text = match h.filter(|h| *h > 0) {
                    Some(h) => format!("{h}:{:02}:{:02}", m.unwrap_or(0), sec.unwrap_or(0)),
                    None => format!("{}:{:02}", m.unwrap_or(0), sec.unwrap_or(0)),
                };
                if let Some(d) = crate::value::duration::clock(&text) {
                    r.out.push_str(&text);
                    r.typed.push((text, Typed::Duration(d)));
                }
            }
        }
        // `{{RA|05|55|10.3}}` → `05h 55m 10.3s`, `{{DEC|+07|24|25.4}}` → `+07° 24′ 25.4″`: a
        // star's sky position, as the templates print it (the parts given, in order)
        "ra" | "dec" => {
            let signs: [&str; 3] = if k == "ra" {
                ["h", "m", "s"]
            } else {
                ["°", "′", "″"]
            };
            let parts: Vec<String> = (1..=3)
                .map_while(|n| args.pos_text(src, n))
                .map(|v| v.trim().to_owned())
                .take_while(|v| !v.is_empty())
                .zip(signs)
                .map(|(v, s)| format!("{v}{s}"))
                .collect();
            r.out.push_str(&parts.join(" "));
        }
        "height" => height(r, &args),
        "weight" => weight(r, &args),
        // `{{nts|12345}}`: a number, grouped as the table shows it
        "nts" | "nts-i" => {
            if let Some(v) = args.pos_text(src, 1) {
                r.out.push_str(&super::convert::as_written(&v));
            }
        }
        // `{{ntsp|125000000000||$}}` → `$125 billion` (number to short prose)
        "ntsp" => {
            if let Some(n) = args
                .pos_text(src, 1)
                .and_then(|v| v.replace(',', "").trim().parse::<f64>().ok())
                .filter(|n| n.is_finite())
            {
                // (a page can ask for any number of places: a few are all a figure has)
                let decimals = args
                    .pos_text(src, 2)
                    .and_then(|d| d.trim().parse::<usize>().ok())
                    .map(|d| d.min(12));
                let prefix = args.pos_text(src, 3).unwrap_or_default();
                let suffix = args.pos_text(src, 4).unwrap_or_default();
                r.out.push_str(prefix.trim());
                r.out.push_str(&short_prose(n, decimals));
                r.out.push_str(&suffix);
            }
        }
        // `{{floruit|1200}}` → `fl. 1200`; `{{reign|1066|1087}}` → `r. 1066–1087`
        "floruit" | "fl." | "fl" => {
            if let Some(v) = args.pos_text(src, 1) {
                r.out.push_str(&format!("fl. {}", v.trim()));
            }
        }
        "reign" | "r." | "ruled" => {
            let from = args.pos_text(src, 1).unwrap_or_default();
            let to = args.pos_text(src, 2).unwrap_or_default();
            let (from, to) = (from.trim(), to.trim());
            if !from.is_empty() || !to.is_empty() {
                r.out.push_str(&format!("r. {from}–{to}"));
            }
        }
        "coord" | "coor" | "coord dms" | "location" if k != "location" || !args.is_empty() => {
            coord(r, &args)
        }
        "convert" => super::convert::render(r, &args, false),
        "cvt" => super::convert::render(r, &args, true),
        "flag" | "flagcountry" | "flagu" | "flag country" | "flagc" | "flagg" | "flagcountry2" => {
            let name = args
                .named_text(src, "name")
                .or_else(|| args.pos_text(src, 1).map(|c| country(&c)));
            if let Some(n) = name {
                r.out.push_str(&n);
            }
        }
        // `{{linktext|big|cat}}`: the words run together
        "linktext" => {
            for k in 1..=args.len() {
                if let Some(v) = args.pos(k) {
                    r.nodes(v);
                }
            }
        }
        "spaces" => {
            let n = args
                .pos_text(src, 1)
                .and_then(|n| n.trim().parse::<usize>().ok())
                .unwrap_or(1);
            r.out.push_str(&" ".repeat(n.min(10)));
        }
        // `{{USS|Hornet|CV-12}}`: the prefix, the name in full, the hull number in brackets
        prefix if ship_prefix(prefix).is_some() => {
            if let Some(name) = args.pos_text(src, 1) {
                r.out.push_str(ship_prefix(prefix).unwrap_or_default());
                r.out.push(' ');
                r.out.push_str(&name);
                if let Some(id) = args.pos_text(src, 2) {
                    r.out.push_str(&format!(" ({id})"));
                }
            }
        }
        "ship" => {
            let parts: Vec<String> = (1..=3).filter_map(|k| args.pos_text(src, k)).collect();
            if let [prefix, name, rest @ ..] = parts.as_slice() {
                r.out.push_str(&format!("{prefix} {name}"));
                if let Some(id) = rest.first() {
                    r.out.push_str(&format!(" ({id})"));
                }
            }
        }
        // `{{NYSE|EXC}}`: the exchange and the ticker
        exchange if stock_exchange(exchange).is_some() => {
            if let (Some(name), Some(code)) = (stock_exchange(exchange), args.pos_text(src, 1)) {
                r.out.push_str(&format!("{name}: {code}"));
            }
        }
        "army" | "navy" | "air force" | "marines" | "naval" | "airforce" => {
            if let Some(c) = args.pos_text(src, 1) {
                r.out.push_str(&service(&k, &country(&c)));
            }
        }
        "flagathlete" => {
            if let Some(a) = args.pos(1) {
                r.nodes(a);
            }
            if let Some(c) = args.pos_text(src, 2) {
                r.out.push_str(&format!(" ({c})"));
            }
        }
        "fb" | "fbw" | "fbu" | "fb-rt" | "fb-big" => {
            if let Some(c) = args.pos_text(src, 1) {
                r.out.push_str(&country(&c));
            }
        }
        "flagicon" | "flagdeco" | "flag icon" | "flagicon image" | "flagiconlink" | "flagdeco2" => {
        }
        "plainlist"
        | "plain list"
        | "flatlist"
        | "flat list"
        | "ubl"
        | "unbulleted list"
        | "bulleted list"
        | "bulletedlist"
        | "blist"
        | "hlist"
        | "collapsible list"
        | "indented plainlist"
        | "ordered list"
        | "unbulleted list citebundle"
        | "ublist"
        | "unbulletedlist"
        | "vunblist"
        | "br separated entries"
        | "br list"
        | "ubil"
        | "nowrap list"
        | "cslist"
        | "comma separated list"
        | "enum"
        | "numbered list" => {
            // `{{collapsible list|title=…|a|b}}` shows its title above the items
            if let Some(t) = args.named("title").filter(|_| k == "collapsible list") {
                let title = r.sub(t);
                let title = title.trim();
                if !title.is_empty() {
                    r.out.push_str(title);
                    r.out.push('\n');
                }
            }
            list_template(r, &args)
        }
        _ => {
            if let Some(d) = date_template(r, &k, &args) {
                r.out.push_str(&d.0);
                r.typed.push(d);
            } else if let Some(sym) = currency(&k) {
                r.out.push_str(sym);
                if let Some(v) = args.pos(1) {
                    let s = r.sub(v);
                    r.out.push_str(s.trim());
                }
            } else if let Some(style) = CiteStyle::of(&k) {
                r.out.push_str(&short_cite(src, &args, style));
            } else if k == "inrconvert" {
                inr_convert(r, &args);
            } else if k.starts_with("cite ")
                || k.starts_with("vcite ")
                || matches!(&*k, "citation" | "cite" | "internetquelle" | "literatur")
            {
                citation(r, &k, &args);
            } else if args.is_empty() && is_country_code(&k) {
                // `{{USA}}`, `{{UK}}`: a flag and the country name
                r.out.push_str(&country(&k.to_uppercase()));
            } else if let Some(code) = k.strip_prefix("lang-") {
                super::language::render(r, &args, Some(code));
            } else if let Some(code) = k.strip_prefix("ipa-") {
                super::language::ipa(r, &args, Some(code));
            } else if k.starts_with("ipa") {
                if let Some(v) = args.pos(args.len().clamp(1, 2)) {
                    let s = r.sub(v);
                    r.out.push_str(&s);
                }
            } else {
                return false;
            }
        }
    }
    true
}

/// A number in words of scale, as `{{ntsp}}` prints it: `125 billion`, `1.85 million`; to
/// `decimals` places when given, else to two with trailing zeros dropped.
pub(super) fn short_prose(n: f64, decimals: Option<usize>) -> String {
    const SCALES: &[(f64, &str)] = &[
        (1e12, " trillion"),
        (1e9, " billion"),
        (1e6, " million"),
        (1e3, " thousand"),
    ];
    let (scaled, word) = SCALES
        .iter()
        .find(|(s, _)| n.abs() >= *s)
        .map_or((n, ""), |(s, w)| (n / s, *w));
    let shown = match decimals {
        Some(d) => format!("{scaled:.d$}"),
        None => {
            let t = format!("{scaled:.2}");
            t.trim_end_matches('0').trim_end_matches('.').to_owned()
        }
    };
    format!("{shown}{word}")
}

/// `{{formatnum:1234}}`, `{{lc:…}}` and the other parser functions with a shown value.
fn parser_function(r: &mut Render, t: &Template, func: &str, _rest: &str) -> bool {
    // the text after the colon is in the name nodes: render them minus the function word
    // (rendered, not raw, so a template inside prints what it prints: `{{formatnum:{{x}}}}`)
    let raw = if t.name.iter().any(|n| matches!(n, Node::Template(_))) {
        r.sub(&t.name)
    } else {
        super::plain::name(r.src, &t.name)
    };
    let arg = raw.split_once(':').map_or("", |(_, a)| a).trim().to_owned();
    match func.trim() {
        "formatnum" => r.out.push_str(&super::convert::as_written(&arg)),
        "#expr" | "padleft" | "padright" => r.out.push_str(&arg),
        "lc" => r.out.push_str(&arg.to_lowercase()),
        "uc" => r.out.push_str(&arg.to_uppercase()),
        "ucfirst" | "lcfirst" => {
            let mut c = arg.chars();
            if let Some(f) = c.next() {
                if func == "ucfirst" {
                    r.out.extend(f.to_uppercase());
                } else {
                    r.out.extend(f.to_lowercase());
                }
                r.out.push_str(c.as_str());
            }
        }
        "#tag" if arg.eq_ignore_ascii_case("ref") => r.marker(t.span.start),
        _ => return false,
    }
    true
}

fn list_template(r: &mut Render, args: &Args) {
    for k in 1..=args.len() {
        let Some(v) = args.pos(k) else { continue };
        let s = r.sub(v);
        let mut from = 0;
        for line in s.split('\n') {
            let at = from;
            from += line.len() + 1;
            let text = line.trim();
            if text.is_empty() {
                continue;
            }
            if !r.out.is_empty() && !r.out.ends_with('\n') {
                r.out.push('\n');
            }
            let lead = line.len() - line.trim_start().len();
            r.push_sub(&s, at + lead..at + lead + text.len());
        }
    }
    if !r.out.is_empty() && !r.out.ends_with('\n') {
        r.out.push('\n');
    }
}

/// `{{val|1.303|0.003|e=22|u=kg}}` → `(1.303±0.003)×10²² kg`, typed as 1.303 × 10²² kg ± 0.003 ×
/// 10²²: a number with its uncertainty (`±u` or `+a` `−b`), power of ten and unit, as
/// Template:Val prints them.
fn val(r: &mut Render, args: &Args) {
    let src = r.src;
    let Some(number) = args.pos_text(src, 1) else {
        return;
    };
    let number = number.trim().to_owned();
    let (plus, minus) = (args.pos_text(src, 2), args.pos_text(src, 3));
    let exp = args.named_text(src, "e").map(|e| e.trim().to_owned());
    let unit = ["u", "ul"]
        .iter()
        .find_map(|k| args.named_text(src, k))
        .map(|u| u.trim().to_owned())
        .filter(|u| !u.is_empty());
    let per = ["up", "upl"]
        .iter()
        .find_map(|k| args.named_text(src, k))
        .map(|u| u.trim().to_owned())
        .filter(|u| !u.is_empty());
    let uncertainty = match (
        plus.as_deref().map(str::trim),
        minus.as_deref().map(str::trim),
    ) {
        (Some(p), Some(m)) if p.starts_with('+') && m.starts_with(['-', '−']) => {
            format!("{p}{}", m.replace('-', "−"))
        }
        (Some(u), _) if !u.is_empty() => format!("±{u}"),
        _ => String::new(),
    };
    // Val sets digit groups apart by CSS gaps, which copied text loses; `fmt=commas` writes
    // commas (`{{val|249261000|fmt=commas}}` → `249,261,000`)
    let shown = match args.named_text(src, "fmt").as_deref().map(str::trim) {
        Some("commas") => super::convert::as_written(&number),
        _ => number.clone(),
    };
    let mut text = match (&exp, uncertainty.is_empty()) {
        (Some(_), false) => format!("({shown}{uncertainty})"),
        _ => format!("{shown}{uncertainty}"),
    };
    if let Some(e) = &exp {
        text.push_str("×10");
        text.extend(e.chars().map(superscript));
    }
    let unit_text = match (&unit, &per) {
        (Some(u), Some(p)) => Some(format!("{u}/{p}")),
        (Some(u), None) => Some(u.clone()),
        (None, Some(p)) => Some(format!("/{p}")),
        (None, None) => None,
    };
    if let Some(u) = &unit_text {
        // `u=%`, `u=°`: no space, as Val prints them
        if !u.starts_with(['%', '°', '′', '″']) {
            text.push(' ');
        }
        text.push_str(u);
    }
    r.out.push_str(&text);
    // read with the exponent written out (`1.303e22`), which rounds as the number is written
    let e = exp.as_deref().unwrap_or("0").replace('−', "-");
    let read = |s: &str| {
        let s = s.trim().replace(['−', '–'], "-").replace(',', "");
        format!("{s}e{e}")
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
    };
    let Some(v) = read(&number) else { return };
    let mut q = Quantity::new(v, v);
    q.unit = unit_text;
    q.uncertainty = plus.as_deref().filter(|_| minus.is_none()).and_then(read);
    r.typed.push((text, Typed::Quantity(q)));
}

/// The superscript form of a digit or sign (`22` → `²²`).
pub(super) fn superscript(c: char) -> char {
    match c {
        '0' => '⁰',
        '1' => '¹',
        '2' => '²',
        '3' => '³',
        '4' => '⁴',
        '5' => '⁵',
        '6' => '⁶',
        '7' => '⁷',
        '8' => '⁸',
        '9' => '⁹',
        '-' | '−' => '⁻',
        '+' => '⁺',
        other => other,
    }
}

/// A row of a medal record: the sport, `Representing` a country, a competition, or a medal
/// with where and in what it was won.
fn medal_row(r: &mut Render, key: &str, args: &Args) {
    // (its head, and how many parameters follow: a medal gives where and in what)
    let (head, shown) = match key {
        "medalcountry" => ("Representing ", 1),
        "medalgold" => ("Gold medal – first place ", 2),
        "medalsilver" => ("Silver medal – second place ", 2),
        "medalbronze" => ("Bronze medal – third place ", 2),
        _ => ("", 1),
    };
    let parts: Vec<String> = (1..=2)
        .filter_map(|k| args.pos(k))
        .map(|v| r.sub(v).trim().to_owned())
        .filter(|s| !s.is_empty())
        .take(shown)
        .collect();
    if parts.is_empty() {
        return;
    }
    if !r.out.is_empty() && !r.out.ends_with('\n') {
        r.out.push('\n');
    }
    r.out.push_str(head);
    r.out.push_str(&parts.join(" "));
    r.out.push('\n');
}

fn marriage(r: &mut Render, args: &Args) {
    let src = r.src;
    if let Some(v) = args.pos(1) {
        let s = r.sub(v);
        r.out.push_str(s.trim());
    }
    let from = args.pos_text(src, 2);
    let to = args.pos_text(src, 3);
    let end = args.named_text(src, "end").map(|e| e.to_lowercase());
    if let Some(f) = from {
        r.out.push_str(&format!(" (m. {f}"));
        if let Some(t) = to {
            let word = match end.as_deref() {
                Some("div" | "div." | "divorced") => "div.",
                Some("sep" | "sep." | "separated") => "sep.",
                Some("ann" | "ann." | "annulled") => "ann.",
                _ => "died",
            };
            r.out.push_str(&format!("; {word} {t}"));
        }
        r.out.push(')');
    }
}

/// Days in a month of the proleptic Gregorian calendar.
fn month_days(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `{{age in years, months and days|1775|4|19|1783|9|3}}` and its kin (also with `year1=`,
/// `month1=`, `day1=`, `year2=` … as battle boxes write them): the time between two dates,
/// printed as the template prints it (units of value zero left out, `1 month, 1 week and 1 day`).
fn elapsed(src: &str, k: &str, args: &Args) -> Option<(String, crate::value::typed::Duration)> {
    let (y1, m1, d1) = age_date(args, src, 1)?;
    let (y2, m2, d2) = age_date(args, src, 2)?;
    let mut years = y2 - y1;
    let mut months = i64::from(m2) - i64::from(m1);
    let mut days = i64::from(d2) - i64::from(d1);
    if days < 0 {
        months -= 1;
        let (py, pm) = if m2 == 1 { (y2 - 1, 12) } else { (y2, m2 - 1) };
        days += i64::from(month_days(py, pm));
    }
    if months < 0 {
        years -= 1;
        months += 12;
    }
    if years < 0 {
        return None;
    }
    let total_days = day_number(y2, m2, d2) - day_number(y1, m1, d1);
    // (years, months, weeks, days) in the units the template shows
    let (y, m, w, d) = match k {
        "age in days" => (0, 0, 0, total_days),
        "age in weeks and days" => (0, 0, total_days / 7, total_days % 7),
        "age in months, weeks and days" => (0, years * 12 + months, days / 7, days % 7),
        "age in years and days" => {
            // the days since the last anniversary
            let from = day_number(y1 + years, m1, d1.min(month_days(y1 + years, m1)));
            (years, 0, 0, day_number(y2, m2, d2) - from)
        }
        "age in years and months" => (years, months, 0, 0),
        "age in years, months, weeks and days" => (years, months, days / 7, days % 7),
        _ => (years, months, 0, days),
    };
    let plural = |n: i64, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    let mut parts = Vec::new();
    for (n, unit) in [(y, "year"), (m, "month"), (w, "week"), (d, "day")] {
        if n != 0 {
            parts.push(plural(n, unit));
        }
    }
    if parts.is_empty() {
        // nothing elapsed: the smallest unit shown, at zero
        let unit = if k == "age in years and months" {
            "month"
        } else {
            "day"
        };
        parts.push(plural(0, unit));
    }
    let last = parts.pop()?;
    let text = if parts.is_empty() {
        last
    } else {
        format!("{} and {last}", parts.join(", "))
    };
    let n = |v: i64| u32::try_from(v).ok();
    let duration = crate::value::typed::Duration {
        years: n(y)?,
        months: n(m)?,
        weeks: n(w)?,
        days: n(d)?,
        ..Default::default()
    };
    Some((text, duration))
}

/// The first (`which` 1) or second date of an age template: positional (`|1775|4|19|`) or
/// named (`year1=1775|month1=4|day1=19`); a full date is needed.
fn age_date(args: &Args, src: &str, which: usize) -> Option<(i64, u32, u32)> {
    let named = |part: &str| args.named_text(src, &format!("{part}{which}"));
    let (y, m, d) = match named("year") {
        Some(y) => (
            y.trim().parse().ok()?,
            month_of(&named("month")?),
            named("day").and_then(|d| day_of(&d)),
        ),
        None => ymd(args, src, 3 * which - 2)?,
    };
    let (m, d) = (m?, d?);
    // years a calendar can hold (day counts stay far from overflow)
    ((-99_999..=99_999).contains(&y) && d <= month_days(y, m)).then_some((y, m, d))
}

/// Days since 1 March of year 0 (proleptic Gregorian): differences count days between dates.
fn day_number(y: i64, m: u32, d: u32) -> i64 {
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * i64::from(m) + 2) / 5 + i64::from(d) - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy
}

/// `{{height|m=1.83}}` → `1.83 m (6 ft 0 in)`, `{{height|ft=6|in=2}}` → `6 ft 2 in (1.88 m)`:
/// the height as given and in the other system, as Template:Height prints it.
fn height(r: &mut Render, args: &Args) {
    let src = r.src;
    // each unit under any of its names (`m`, `meter`, `metres`, …), read as its first name
    const NAMES: &[(&str, &[&str])] = &[
        ("m", &["m", "meter", "meters", "metre", "metres"]),
        (
            "cm",
            &[
                "cm",
                "centimeter",
                "centimeters",
                "centimetre",
                "centimetres",
            ],
        ),
        ("ft", &["ft", "foot", "feet"]),
        ("in", &["in", "inch", "inches"]),
    ];
    fn alias<'k>(args: &Args, k: &'k str) -> &'k str {
        NAMES
            .iter()
            .find(|(n, _)| *n == k)
            .and_then(|(_, all)| all.iter().find(|a| args.named(a).is_some()))
            .copied()
            .unwrap_or(k)
    }
    let num = |k: &str| named_number(src, args, alias(args, k));
    let given = |k: &str, unit: &str| {
        args.named_text(src, alias(args, k))
            .map(|v| format!("{} {unit}", v.trim()))
    };
    let metres = num("m").or_else(|| num("cm").map(|c| c / 100.0));
    let inches = match (num("ft"), num("in")) {
        (None, None) => None,
        (ft, i) => Some(ft.unwrap_or(0.0) * 12.0 + i.unwrap_or(0.0)),
    };
    match (metres, inches) {
        (Some(m), _) => {
            let text = given("m", "m")
                .or_else(|| given("cm", "cm"))
                .unwrap_or_default();
            let total = (m / 0.0254).round() as i64;
            r.out
                .push_str(&format!("{text} ({} ft {} in)", total / 12, total % 12));
        }
        (None, Some(i)) => {
            let text: Vec<String> = [given("ft", "ft"), given("in", "in")]
                .into_iter()
                .flatten()
                .collect();
            r.out.push_str(&imperial_height(&text.join(" "), i));
        }
        (None, None) => {}
    }
}

/// A height given in feet and inches as `{{height}}` prints it: the given text, then the
/// metres (`6 ft 2 in (1.88 m)`). `inches` is the whole height in inches.
pub(super) fn imperial_height(given: &str, inches: f64) -> String {
    format!("{given} ({:.2} m)", inches * 0.0254)
}

/// `{{weight|kg=80}}` → `80 kg (176 lb)`, `{{weight|lb=190}}` → `190 lb (86 kg)`,
/// `{{weight|st=12|lb=4}}` → `12 st 4 lb (78 kg)`.
fn weight(r: &mut Render, args: &Args) {
    let src = r.src;
    let num = |k: &str| named_number(src, args, k);
    let given = |k: &str| args.named_text(src, k).map(|v| format!("{} {k}", v.trim()));
    const LB: f64 = 0.453_592_37;
    if let (Some(kg), Some(text)) = (num("kg"), given("kg")) {
        r.out.push_str(&format!("{text} ({:.0} lb)", kg / LB));
    } else if num("st").is_some() || num("lb").is_some() {
        let pounds = num("st").unwrap_or(0.0) * 14.0 + num("lb").unwrap_or(0.0);
        let text: Vec<String> = [given("st"), given("lb")].into_iter().flatten().collect();
        r.out
            .push_str(&format!("{} ({:.0} kg)", text.join(" "), pounds * LB));
    }
}

/// Named parameter `k` as a number (`1,234.5`).
fn named_number(src: &str, args: &Args, k: &str) -> Option<f64> {
    args.named_text(src, k)
        .and_then(|v| v.trim().replace(',', "").parse::<f64>().ok())
        .filter(|v| v.is_finite())
}

fn month_name(m: &str) -> Option<&'static str> {
    month_called(m.trim().parse().ok()?)
}

/// The name of month `n` (1 to 12).
fn month_called(n: u32) -> Option<&'static str> {
    MONTHS.get((n as usize).checked_sub(1)?).copied()
}

/// A month as a parameter writes it: `4`, `04`, `April`, `Apr`.
fn month_of(text: &str) -> Option<u32> {
    text.trim()
        .parse::<u32>()
        .ok()
        .or_else(|| crate::value::date::month_number(text).map(u32::from))
        .filter(|m| (1..=12).contains(m))
}

/// A day as a parameter writes it.
fn day_of(text: &str) -> Option<u32> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=31).contains(d))
}

/// A year, month and day from three parameters: each optional after the year.
fn ymd(args: &Args, src: &str, first: usize) -> Option<(i64, Option<u32>, Option<u32>)> {
    let y = args.pos_text(src, first)?;
    let y: i64 = y.trim().parse().ok()?;
    let m = args.pos_text(src, first + 1).and_then(|m| month_of(&m));
    let d = args.pos_text(src, first + 2).and_then(|d| day_of(&d));
    Some((y, m, if m.is_some() { d } else { None }))
}

/// A plain date (no age, not approximate) of a year, month and day.
fn date_of((y, m, d): (i64, Option<u32>, Option<u32>)) -> Date {
    Date {
        date: iso(y, m, d),
        approx: false,
        bce: y < 0,
        age: None,
    }
}

fn iso(y: i64, m: Option<u32>, d: Option<u32>) -> String {
    let mut s = if y < 0 {
        format!("-{:04}", -y)
    } else {
        format!("{y:04}")
    };
    if let Some(m) = m {
        s.push_str(&format!("-{m:02}"));
        if let Some(d) = d {
            s.push_str(&format!("-{d:02}"));
        }
    }
    s
}

/// `1918-01-12`, `1918-01` → its parts.
fn iso_parts(t: &str) -> Option<(i64, Option<u32>, Option<u32>)> {
    let mut it = t.split('-');
    let y = it.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let m = match it.next() {
        Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let d = match it.next() {
        Some(d) => Some(d.parse().ok().filter(|d| (1..=31).contains(d))?),
        None => None,
    };
    it.next().is_none().then_some((y, m, d))
}

fn shown(y: i64, m: Option<u32>, d: Option<u32>, dmy: bool) -> String {
    match (m.and_then(month_called), d) {
        (Some(mo), Some(d)) if dmy => format!("{d} {mo} {y}"),
        (Some(mo), Some(d)) => format!("{mo} {d}, {y}"),
        (Some(mo), None) => format!("{mo} {y}"),
        _ => y.to_string(),
    }
}

fn age(birth: (i64, Option<u32>, Option<u32>), at: (i64, Option<u32>, Option<u32>)) -> Option<u32> {
    let mut a = at.0.checked_sub(birth.0)?;
    match (birth.1, at.1) {
        (Some(bm), Some(am)) => {
            if am < bm || (am == bm && at.2.unwrap_or(31) < birth.2.unwrap_or(1)) {
                a -= 1;
            }
        }
        _ => return None,
    }
    u32::try_from(a).ok()
}

/// A date template asked to print the day first (`df=y`, `dmy=yes`, `format=dmy`).
fn day_first(src: &str, args: &Args) -> bool {
    ["df", "dmy"].iter().any(|n| {
        args.named_text(src, n)
            .is_some_and(|v| matches!(v.to_lowercase().as_str(), "y" | "yes" | "1" | "true"))
    }) || args
        .named_text(src, "format")
        .is_some_and(|f| f.trim().eq_ignore_ascii_case("dmy"))
}

/// The date family: `{{start date|1918|1|12}}`, `{{birth date and age|…}}`,
/// `{{death date and age|…}}`, `{{dts|…}}`, `{{end date|…}}`, …
fn date_template(r: &Render, k: &str, args: &Args) -> Option<(String, Typed)> {
    let src = r.src;
    let family = matches!(
        k,
        "start date"
            | "end date"
            | "start date and age"
            | "end date and age"
            | "birth date"
            | "death date"
            | "birth date and age"
            | "death date and age"
            | "birth year and age"
            | "death year and age"
            | "bda"
            | "dob"
            | "dts"
            | "date"
            | "film date"
            | "release date"
            | "start date text"
            | "birth-date"
            | "death-date"
            | "birth-date and age"
            | "death-date and age"
            | "start-date"
            | "end-date"
            | "death date and given age"
            | "b-da"
            | "release date and age"
            | "dda"
            | "formatdate"
            | "format date"
    );
    let dmy = || day_first(src, args);
    if matches!(k, "start and end dates" | "start and end date") {
        return start_and_end(ymd(args, src, 1)?, ymd(args, src, 4), dmy());
    }
    if !family {
        return None;
    }
    let dmy = dmy();
    if k == "death year and age" {
        // `{{death year and age|2000|1920}}`: `2000 (aged 79–80)`; a death month narrows
        // nothing without the birth month
        let died: i64 = args.pos_text(src, 1)?.trim().parse().ok()?;
        let born: i64 = args.pos_text(src, 2)?.trim().parse().ok()?;
        let month = args.pos_text(src, 3).as_deref().and_then(month_of);
        let mut date = date_of((died, month, None));
        let years = died.checked_sub(born).filter(|a| (1..=150).contains(a))?;
        let text = format!(
            "{} (aged {}–{years})",
            shown(died, month, None, dmy),
            years - 1
        );
        date.age = None;
        return Some((text, Typed::Date(date)));
    }
    let when = match ymd(args, src, 1) {
        Some(w) => w,
        None => {
            // free-text forms: `{{birth-date|7 December 1941}}`; a sortable or formatted ISO
            // date prints as a date (`{{dts|1918-01-12}}` → `January 12, 1918`)
            let t = args.pos_text(src, 1)?;
            let typed = crate::value::date::whole(&t)?;
            let t = match (k, iso_parts(t.trim())) {
                ("dts" | "formatdate" | "format date", Some((y, m, d))) => shown(y, m, d, dmy),
                _ => t,
            };
            return Some((t, Typed::Date(typed)));
        }
    };
    let mut text = shown(when.0, when.1, when.2, dmy);
    if k == "film date" {
        // `{{film date|1997|1|17|Spain|1997|5|2|US}}`: each date, its place after it
        let mut first = 1;
        loop {
            if let Some(place) = args.pos_text(src, first + 3) {
                text.push_str(&format!(" ({place})"));
            }
            first += 4;
            let Some(next) = ymd(args, src, first) else {
                break;
            };
            text.push('\n');
            text.push_str(&shown(next.0, next.1, next.2, dmy));
        }
    }
    let mut date = date_of(when);
    if matches!(k, "death date and age" | "dda" | "death-date and age") {
        if let Some(birth) = ymd(args, src, 4) {
            if let Some(a) = age(birth, when) {
                text.push_str(&format!(" (aged {a})"));
                date.age = Some(a);
            }
        }
    }
    Some((text, Typed::Date(date)))
}

/// `{{start and end dates|1916|7|1|1916|11|18|df=y}}`: `1 July – 18 November 1916`, the
/// shared month and year printed once, typed as a range.
fn start_and_end(
    a: (i64, Option<u32>, Option<u32>),
    b: Option<(i64, Option<u32>, Option<u32>)>,
    dmy: bool,
) -> Option<(String, Typed)> {
    let Some(b) = b else {
        return Some((shown(a.0, a.1, a.2, dmy), Typed::Date(date_of(a))));
    };
    let month = |m: Option<u32>| m.and_then(month_called);
    let text = match (month(a.1), a.2, month(b.1), b.2) {
        (Some(ma), Some(da), Some(mb), Some(db)) if a.0 == b.0 && ma == mb && dmy => {
            format!("{da}–{db} {ma} {}", a.0)
        }
        (Some(ma), Some(da), Some(mb), Some(db)) if a.0 == b.0 && ma == mb => {
            format!("{ma} {da}–{db}, {}", a.0)
        }
        (Some(ma), Some(da), Some(mb), Some(db)) if a.0 == b.0 && dmy => {
            format!("{da} {ma} – {db} {mb} {}", a.0)
        }
        (Some(ma), Some(da), Some(mb), Some(db)) if a.0 == b.0 => {
            format!("{ma} {da} – {mb} {db}, {}", a.0)
        }
        _ => format!(
            "{} – {}",
            shown(a.0, a.1, a.2, dmy),
            shown(b.0, b.1, b.2, dmy)
        ),
    };
    let range = crate::value::typed::DateRange {
        start: Some(iso(a.0, a.1, a.2)),
        end: Some(iso(b.0, b.1, b.2)),
        ongoing: false,
        duration: None,
        qualifier: None,
    };
    Some((text, Typed::DateRange(range)))
}

/// `{{INRConvert|500|c}}`: the amount in rupees with its Indian scale word (`₹500 crore`).
/// The page adds a conversion to US dollars at a rate the template keeps; that is left out,
/// as it changes with the rate.
fn inr_convert(r: &mut Render, args: &Args) {
    let src = r.src;
    let Some(amount) = args.pos_text(src, 1) else {
        return;
    };
    let scale = match args.pos_text(src, 2).as_deref().map(str::trim) {
        Some("k") => " thousand",
        Some("l") => " lakh",
        Some("c") => " crore",
        Some("lc") => " lakh crore",
        Some("m") => " million",
        Some("b") => " billion",
        Some("t") => " trillion",
        _ => "",
    };
    r.out.push_str(&format!("₹{}{scale}", amount.trim()));
}

/// Currency templates: the symbol printed before the amount.
fn currency(k: &str) -> Option<&'static str> {
    Some(match k {
        "us$" | "usd" | "us dollar" => "US$",
        "£" | "gbp" | "pound sterling" => "£",
        "€" | "eur" | "euro" => "€",
        "¥" | "jpy" | "yen" => "¥",
        "inr" | "₹" | "indian rupee" => "₹",
        "cad" | "ca$" => "CA$",
        "aud" | "a$" => "A$",
        "nzd" | "nz$" => "NZ$",
        "hkd" | "hk$" => "HK$",
        "chf" => "CHF ",
        "rub" | "₽" => "₽",
        "cny" | "rmb" | "cn¥" => "CN¥",
        "krw" | "₩" => "₩",
        "brl" | "r$" => "R$",
        "sek" => "SEK ",
        "nok" => "NOK ",
        "dkk" => "DKK ",
        "zar" => "R",
        "mxn" | "mx$" => "MX$",
        "sgd" | "s$" => "S$",
        "pkr" => "₨",
        "php" | "₱" => "₱",
        "ils" | "₪" => "₪",
        "try" | "₺" => "₺",
        _ => return None,
    })
}

/// `{{citation}}`/`{{cite …}}`: authors, title, work, publisher, date, pages.
/// Identifiers as a citation prints them, by template or citation parameter name.
const IDENTIFIERS: [(&str, &str); 10] = [
    ("isbn", "ISBN "),
    ("issn", "ISSN "),
    ("oclc", "OCLC "),
    ("lccn", "LCCN "),
    ("doi", "doi:"),
    ("pmid", "PMID "),
    ("pmc", "PMC "),
    ("bibcode", "Bibcode:"),
    ("arxiv", "arXiv:"),
    ("jstor", "JSTOR "),
];

/// How identifier `k` (`isbn`, `doi`) is printed before its value.
fn identifier(k: &str) -> Option<&'static str> {
    IDENTIFIERS.iter().find(|(n, _)| *n == k).map(|(_, s)| *s)
}

/// Whether a citation prints parameter `k`: only those are rendered.
/// The Citation Style 1 name of a citation parameter: the German citation templates of pages
/// copied from de.wikipedia (`{{Internetquelle}}`, `{{Literatur}}`) name theirs in German.
fn cs1_name(k: &str) -> Cow<'_, str> {
    // (their names are capitalised: `Autor`, `Titel`; so are some English ones: `Title`)
    let key: Cow<'_, str> = if k.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(k.to_ascii_lowercase())
    } else {
        Cow::Borrowed(k)
    };
    let english = match &*key {
        "titel" => "title",
        "autor" | "autoren" => "author",
        "hrsg" | "verlag" => "publisher",
        "werk" | "sammelwerk" => "work",
        "datum" => "date",
        "jahr" => "year",
        "abruf" => "access-date",
        "seiten" => "pages",
        "seite" => "page",
        "ort" => "location",
        "band" => "volume",
        "nummer" => "issue",
        "auflage" => "edition",
        _ => return key,
    };
    Cow::Borrowed(english)
}

fn cited(k: &str) -> bool {
    let base = k.trim_end_matches(|c: char| c.is_ascii_digit());
    matches!(base, "last" | "author" | "first")
        || identifier(k).is_some()
        || matches!(
            k,
            "authors"
                | "vauthors"
                | "date"
                | "year"
                | "work"
                | "website"
                | "newspaper"
                | "journal"
                | "magazine"
                | "periodical"
                | "encyclopedia"
                | "chapter"
                | "volume"
                | "issue"
                | "number"
                | "title"
                | "format"
                | "edition"
                | "pages"
                | "page"
                | "pp"
                | "p"
                | "location"
                | "place"
                | "publisher"
                | "archive-date"
                | "archivedate"
                | "access-date"
                | "accessdate"
        )
}

fn citation(r: &mut Render, k: &str, args: &Args) {
    let src = r.src;
    // each printed parameter rendered once (a citation looks up some forty names, most of
    // them absent, and some twice); the last of duplicates wins, as in [`Args::named`]
    let texts: Vec<(Cow<str>, String)> = args
        .named_all()
        .map(|(k, v)| (cs1_name(k), v))
        .filter(|(k, _)| cited(k))
        .map(|(k, v)| (k, super::plain::text(src, v)))
        .collect();
    let get = |k: &str| {
        texts
            .iter()
            .rev()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    };
    let any = |keys: &[&str]| keys.iter().find_map(|k| get(k));
    // (surname, author, given name) parameters of the first ten authors
    const AUTHORS: [(&str, &str, &str); 10] = [
        ("last", "author", "first"),
        ("last1", "author1", "first1"),
        ("last2", "author2", "first2"),
        ("last3", "author3", "first3"),
        ("last4", "author4", "first4"),
        ("last5", "author5", "first5"),
        ("last6", "author6", "first6"),
        ("last7", "author7", "first7"),
        ("last8", "author8", "first8"),
        ("last9", "author9", "first9"),
    ];
    let mut authors = String::new();
    let push_author = |authors: &mut String, a: &str, f: Option<&str>| {
        if !authors.is_empty() {
            authors.push_str("; ");
        }
        authors.push_str(a);
        if let Some(f) = f {
            authors.push_str(", ");
            authors.push_str(f);
        }
    };
    for (i, (last, author, first)) in AUTHORS.into_iter().enumerate() {
        let last = get(last).or_else(|| get(author));
        let first = get(first);
        match (last, first) {
            (Some(l), f) => push_author(&mut authors, l, f),
            _ if i > 1 => break,
            _ => {}
        }
    }
    if authors.is_empty() {
        if let Some(a) = any(&["authors", "vauthors"]) {
            push_author(&mut authors, a, None);
        }
    }
    let date = any(&["date", "year"]);
    let work = any(&[
        "work",
        "website",
        "newspaper",
        "journal",
        "magazine",
        "periodical",
        "encyclopedia",
    ]);
    // Citation Style 1, as plain text: a part of a larger work (an article, a web page, a
    // chapter) is quoted; a whole work (a book, a thesis) is set in italics, which plain
    // text drops
    let chapter = get("chapter");
    let title = get("title");
    let publisher = get("publisher");
    let (volume, issue) = (get("volume"), get("issue").or_else(|| get("number")));
    let journal_pages = work.is_some() && (volume.is_some() || issue.is_some());
    let whole_work =
        matches!(k, "cite book" | "cite thesis" | "vcite book" | "literatur") && chapter.is_none();
    // a citation without author, title, work or publisher (a site-specific wrapper such as
    // `{{Cite GovTrack|CA|4|accessdate=…}}`, whose title this parser cannot know) prints
    // nothing rather than a lone `Retrieved …`
    if authors.is_empty()
        && work.is_none()
        && title.is_none()
        && chapter.is_none()
        && publisher.is_none()
    {
        return;
    }
    let mut part = String::new();
    let out = &mut r.out;
    // parts end in a full stop, unless they end in one already (`Rhome, Jamie R.`)
    let mut end_part = |part: &mut String| {
        let p = part.trim();
        if !p.is_empty() {
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
            out.push_str(p);
            if !p.ends_with(['.', '?', '!']) {
                out.push('.');
            }
        }
        part.clear();
    };
    if !authors.is_empty() {
        part.push_str(&authors);
        if let Some(d) = date {
            part.push_str(&format!(" ({d})"));
        }
        end_part(&mut part);
    }
    if let Some(c) = chapter {
        part.push_str(&format!("\"{c}\""));
        end_part(&mut part);
    }
    if let Some(t) = title {
        if whole_work || chapter.is_some() {
            part.push_str(t);
        } else {
            part.push_str(&format!("\"{t}\""));
        }
        if let Some(f) = get("format") {
            part.push_str(&format!(" ({f})"));
        }
        end_part(&mut part);
    }
    if let Some(e) = get("edition") {
        part.push_str(&format!("{e} ed"));
        end_part(&mut part);
    }
    if let Some(w) = work {
        // a journal's volume, issue and pages follow its name: `Nature. 12 (3): 1–9`
        part.push_str(w);
        if let Some(v) = volume {
            part.push_str(&format!(". {v}"));
        }
        if let Some(i) = issue {
            part.push_str(&format!(" ({i})"));
        }
        if journal_pages {
            if let Some(p) = any(&["pages", "page", "pp", "p"]) {
                part.push_str(&format!(": {p}"));
            }
        }
        end_part(&mut part);
    }
    match (get("location").or_else(|| get("place")), publisher) {
        (Some(l), Some(p)) => part.push_str(&format!("{l}: {p}")),
        (None, Some(p)) => part.push_str(p),
        _ => {}
    }
    end_part(&mut part);
    if authors.is_empty() {
        if let Some(d) = date {
            part.push_str(d);
            end_part(&mut part);
        }
    }
    if !journal_pages {
        if let Some(p) = any(&["page", "p"]) {
            part.push_str(&format!("p. {p}"));
        } else if let Some(p) = any(&["pages", "pp"]) {
            part.push_str(&format!("pp. {p}"));
        }
        end_part(&mut part);
    }
    for (key, shown) in IDENTIFIERS {
        if let Some(v) = get(key) {
            part.push_str(shown);
            part.push_str(v);
            end_part(&mut part);
        }
    }
    if let Some(d) = any(&["archive-date", "archivedate"]) {
        part.push_str(&format!("Archived from the original on {d}"));
        end_part(&mut part);
    }
    if let Some(d) = any(&["access-date", "accessdate"]) {
        part.push_str(&format!("Retrieved {d}"));
        end_part(&mut part);
    }
}

/// `{{coord|51|30|26|N|0|7|39|W}}`, `{{coord|51.507|-0.127}}`: signed decimal degrees, and the
/// text a rendered page shows.
fn coord(r: &mut Render, args: &Args) {
    let src = r.src;
    let mut vals: Vec<String> = Vec::new();
    for k in 1..=args.len() {
        match args.pos_text(src, k) {
            Some(v) if !v.contains(':') => vals.push(v),
            Some(_) => break,
            None => vals.push(String::new()),
        }
    }
    let Some((lat, lon, text)) = read_coord(&vals) else {
        return;
    };
    r.out.push_str(&text);
    r.typed
        .push((text, Typed::Coordinates(Coordinates { lat, lon })));
}

fn read_coord(v: &[String]) -> Option<(f64, f64, String)> {
    let hemi = v
        .iter()
        .position(|s| matches!(s.as_str(), "N" | "S"))
        .filter(|&i| i <= 3);
    match hemi {
        None => {
            let lat: f64 = v.first()?.trim().parse().ok()?;
            let lon: f64 = v.get(1)?.trim().parse().ok()?;
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                return None;
            }
            let text = format!(
                "{}°{} {}°{}",
                lat.abs(),
                if lat < 0.0 { 'S' } else { 'N' },
                lon.abs(),
                if lon < 0.0 { 'W' } else { 'E' }
            );
            Some((lat, lon, text))
        }
        Some(h) => {
            let lat_parts = &v[..h];
            let ns = v[h].as_str();
            let rest = &v[h + 1..];
            let e = rest
                .iter()
                .position(|s| matches!(s.as_str(), "E" | "W"))
                .filter(|&i| (1..=3).contains(&i))?;
            let lon_parts = &rest[..e];
            let ew = rest[e].as_str();
            let (la, lat_text) = dms(lat_parts)?;
            let (lo, lon_text) = dms(lon_parts)?;
            let lat = if ns == "S" { -la } else { la };
            let lon = if ew == "W" { -lo } else { lo };
            if la > 90.0 || lo > 180.0 {
                return None;
            }
            Some((lat, lon, format!("{lat_text}{ns} {lon_text}{ew}")))
        }
    }
}

fn dms(parts: &[String]) -> Option<(f64, String)> {
    if parts.is_empty() {
        return None;
    }
    let mut value = 0.0;
    let mut text = String::new();
    for (i, (p, mark)) in parts.iter().zip(['°', '′', '″']).enumerate() {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        let x: f64 = p.parse().ok()?;
        if x < 0.0 {
            return None;
        }
        value += x / [1.0, 60.0, 3600.0][i];
        text.push_str(p);
        text.push(mark);
    }
    Some((value, text))
}
/// Templates that print a quotation (`{{quote|…|author}}`); set off on their own lines they
/// are a paragraph of the prose ([`super::article`]).
pub fn is_quotation(key: &str) -> bool {
    matches!(
        key,
        "quote"
            | "blockquote"
            | "block quote"
            | "bquote"
            | "quotation"
            | "cquote"
            | "quote box"
            | "rquote"
            | "poem quote"
            | "centered pull quote"
            | "blockindent"
            | "block indent"
    )
}

/// A quotation: `text`/`quote` or the first parameter; the author (`author`, `sign`, or the
/// second parameter of `{{quote}}`) and source after a dash, as the page prints them.
fn quotation(r: &mut Render, args: &Args) {
    let src = r.src;
    let plain = |k: &str| args.named_text(src, k).map(|t| t.trim().to_owned());
    let text = args
        .named("text")
        .or_else(|| args.named("quote"))
        .or_else(|| args.pos(1));
    if let Some(v) = text {
        r.nodes(v);
    }
    let by_position = |i: usize| args.pos_text(src, i).map(|t| t.trim().to_owned());
    let author = plain("author")
        .or_else(|| plain("sign"))
        .or_else(|| by_position(2))
        .filter(|a| !a.is_empty());
    let source = plain("source")
        .or_else(|| plain("title"))
        .or_else(|| by_position(3))
        .filter(|s| !s.is_empty());
    match (author, source) {
        (Some(a), Some(s)) => r.out.push_str(&format!("\n— {a}, {s}")),
        (Some(a), None) => r.out.push_str(&format!("\n— {a}")),
        (None, Some(s)) => r.out.push_str(&format!("\n— {s}")),
        (None, None) => {}
    }
}

/// `1` → `st`, `12` → `th`, `22` → `nd`.
fn ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// `{{percentage|part|whole|decimals}}`: `100 × part / whole`, rounded to `decimals` places (0
/// unless given); `pad=yes` keeps trailing zeros, which the template's arithmetic otherwise
/// drops. Prints nothing when either number does not read.
fn percentage(r: &mut Render, args: &Args) {
    let src = r.src;
    let num = |i: usize| -> Option<f64> {
        let t = args.pos_text(src, i)?;
        t.trim().replace(',', "").parse::<f64>().ok()
    };
    let (Some(part), Some(whole)) = (num(1), num(2)) else {
        return;
    };
    if whole == 0.0 || !part.is_finite() || !whole.is_finite() {
        return;
    }
    let places = args
        .pos_text(src, 3)
        .and_then(|d| d.trim().parse::<usize>().ok())
        .unwrap_or(0)
        .min(10);
    let mut shown = format!("{:.*}", places, 100.0 * part / whole);
    let pad = args
        .named_text(src, "pad")
        .is_some_and(|p| p.trim() == "yes");
    if !pad && shown.contains('.') {
        shown.truncate(shown.trim_end_matches('0').trim_end_matches('.').len());
    }
    r.out.push_str(&shown);
    r.out.push('%');
}

fn sigfig(r: &mut Render, args: &Args) {
    let src = r.src;
    let Some(n) = args
        .pos_text(src, 1)
        .and_then(|t| t.trim().replace(',', "").parse::<f64>().ok())
        .filter(|n| n.is_finite())
    else {
        return;
    };
    let digits = args
        .pos_text(src, 2)
        .and_then(|d| d.trim().parse::<i32>().ok())
        .unwrap_or(1)
        .clamp(1, 15);
    if n == 0.0 {
        r.out.push('0');
        return;
    }
    // the power of ten of the last digit kept
    let last = n.abs().log10().floor() as i32 - digits + 1;
    let rounded = (n / 10f64.powi(last)).round() * 10f64.powi(last);
    // (a number too small to scale, `5e-324`, prints as written)
    if !rounded.is_finite() {
        if let Some(t) = args.pos_text(src, 1) {
            r.out.push_str(t.trim());
        }
        return;
    }
    let places = usize::try_from(-last).unwrap_or(0).min(15);
    r.out.push_str(&format!("{rounded:.places$}"));
}

/// Ship prefix templates (`{{USS|…}}`, `{{HMS|…}}`) by key: the prefix as printed.
/// `{{sclass|class name|ship type|format}}`: the class name, `-class` and the type, in the
/// template's formats (0 `Olympic-class`, 4 `Olympic class`, 5 `Olympic`, otherwise
/// `Olympic-class ocean liner`).
fn ship_class(r: &mut Render, args: &Args) {
    let src = r.src;
    let Some(name) = args.pos_text(src, 1) else {
        return;
    };
    let kind = args.pos_text(src, 2).unwrap_or_default();
    let format = args.pos_text(src, 3).unwrap_or_default();
    let text = match format.trim() {
        "0" => format!("{}-class", name.trim()),
        "4" => format!("{} class", name.trim()),
        "5" => name.trim().to_owned(),
        _ if kind.trim().is_empty() => format!("{}-class", name.trim()),
        _ => format!("{}-class {}", name.trim(), kind.trim()),
    };
    r.out.push_str(&text);
}

fn ship_prefix(k: &str) -> Option<&'static str> {
    Some(match k {
        "uss" => "USS",
        "hms" => "HMS",
        "hmas" => "HMAS",
        "hmcs" => "HMCS",
        "hmnzs" => "HMNZS",
        "ins" => "INS",
        "sms" => "SMS",
        "usns" => "USNS",
        "usat" => "USAT",
        "usrc" => "USRC",
        "uscgc" => "USCGC",
        "rms" => "RMS",
        "ss" => "SS",
        "jds" => "JDS",
        "hnlms" => "HNLMS",
        "hdms" => "HDMS",
        "hswms" => "HSwMS",
        _ => return None,
    })
}

/// Stock exchange templates (`{{NYSE|…}}`, `{{LSE|…}}`) by key: the exchange as printed.
fn stock_exchange(k: &str) -> Option<&'static str> {
    Some(match k {
        "nyse" => "NYSE",
        "nasdaq" => "Nasdaq",
        "nyse american" | "nyse mkt" | "amex" => "NYSE American",
        "lse" => "LSE",
        "tyo" => "TYO",
        "euronext" => "Euronext",
        "tsx" => "TSX",
        "asx" => "ASX",
        "fwb" => "FWB",
        "sehk" | "hkex" => "SEHK",
        "bse" => "BSE",
        "nse" => "NSE",
        "six" => "SIX",
        "krx" => "KRX",
        "sse" => "SSE",
        "szse" => "SZSE",
        "omx" | "nasdaq nordic" => "Nasdaq Nordic",
        "bmad" => "BMAD",
        "bmv" => "BMV",
        "b3" | "bmfbovespa" | "bovespa" => "B3",
        "jse" => "JSE",
        "wse" => "WSE",
        "sgx" => "SGX",
        "twse" => "TWSE",
        "nzx" => "NZX",
        "idx" => "IDX",
        "otcqx" => "OTCQX",
        "bit" => "BIT",
        "moex" => "MOEX",
        "otc pink" => "OTC Pink",
        _ => return None,
    })
}

/// `{{army|USA}}`, `{{navy|UK}}`: the name of a country's armed service, as the country's flag
/// data names it (`United States Army`, `Royal Navy`); otherwise the country and the service.
fn service(kind: &str, country: &str) -> String {
    #[rustfmt::skip]
    const NAMES: &[(&str, &str, &str)] = &[
        ("army", "United Kingdom", "British Army"),
        ("army", "Germany", "German Army"),
        ("army", "Nazi Germany", "German Army"),
        ("army", "German Empire", "Imperial German Army"),
        ("army", "France", "French Army"),
        ("army", "Italy", "Italian Army"),
        ("army", "Russia", "Russian Ground Forces"),
        ("army", "Russian Empire", "Imperial Russian Army"),
        ("army", "Soviet Union", "Soviet Army"),
        ("army", "Australia", "Australian Army"),
        ("army", "Canada", "Canadian Army"),
        ("army", "India", "Indian Army"),
        ("army", "Empire of Japan", "Imperial Japanese Army"),
        ("army", "Japan", "Japan Ground Self-Defense Force"),
        ("army", "Confederate States of America", "Confederate States Army"),
        ("army", "Union", "Union Army"),
        ("navy", "United Kingdom", "Royal Navy"),
        ("navy", "Germany", "German Navy"),
        ("navy", "Nazi Germany", "Kriegsmarine"),
        ("navy", "German Empire", "Imperial German Navy"),
        ("navy", "France", "French Navy"),
        ("navy", "Italy", "Italian Navy"),
        ("navy", "Russia", "Russian Navy"),
        ("navy", "Russian Empire", "Imperial Russian Navy"),
        ("navy", "Soviet Union", "Soviet Navy"),
        ("navy", "Australia", "Royal Australian Navy"),
        ("navy", "Canada", "Royal Canadian Navy"),
        ("navy", "India", "Indian Navy"),
        ("navy", "Empire of Japan", "Imperial Japanese Navy"),
        ("navy", "Japan", "Japan Maritime Self-Defense Force"),
        ("navy", "Confederate States of America", "Confederate States Navy"),
        ("air force", "United Kingdom", "Royal Air Force"),
        ("air force", "Germany", "German Air Force"),
        ("air force", "Nazi Germany", "Luftwaffe"),
        ("air force", "France", "French Air and Space Force"),
        ("air force", "Italy", "Italian Air Force"),
        ("air force", "Russia", "Russian Air Force"),
        ("air force", "Soviet Union", "Soviet Air Forces"),
        ("air force", "Australia", "Royal Australian Air Force"),
        ("air force", "Canada", "Royal Canadian Air Force"),
        ("air force", "India", "Indian Air Force"),
        ("air force", "Japan", "Japan Air Self-Defense Force"),
        ("marines", "United Kingdom", "Royal Marines"),
        ("marines", "United States", "United States Marine Corps"),
    ];
    let kind = match kind {
        "naval" => "navy",
        "airforce" => "air force",
        k => k,
    };
    if let Some((_, _, name)) = NAMES.iter().find(|(k, c, _)| *k == kind && *c == country) {
        return (*name).to_owned();
    }
    let service = match kind {
        "army" => "Army",
        "navy" => "Navy",
        "air force" => "Air Force",
        _ => "Marines",
    };
    format!("{country} {service}")
}

/// A country name from a flag template's code or name (`UK`, `USA`, `FRA`, `Soviet Union`).
pub fn country(code: &str) -> String {
    const CODES: &[(&str, &str)] = &[
        ("UK", "United Kingdom"),
        ("GBR", "United Kingdom"),
        ("GB", "United Kingdom"),
        ("USA", "United States"),
        ("US", "United States"),
        ("FRA", "France"),
        ("GER", "Germany"),
        ("DEU", "Germany"),
        ("ITA", "Italy"),
        ("ESP", "Spain"),
        ("RUS", "Russia"),
        ("URS", "Soviet Union"),
        ("USSR", "Soviet Union"),
        ("CHN", "China"),
        ("PRC", "China"),
        ("JPN", "Japan"),
        ("CAN", "Canada"),
        ("AUS", "Australia"),
        ("NZL", "New Zealand"),
        ("IND", "India"),
        ("BRA", "Brazil"),
        ("ARG", "Argentina"),
        ("MEX", "Mexico"),
        ("NED", "Netherlands"),
        ("NLD", "Netherlands"),
        ("BEL", "Belgium"),
        ("SUI", "Switzerland"),
        ("CHE", "Switzerland"),
        ("AUT", "Austria"),
        ("SWE", "Sweden"),
        ("NOR", "Norway"),
        ("DEN", "Denmark"),
        ("DNK", "Denmark"),
        ("FIN", "Finland"),
        ("POL", "Poland"),
        ("CZE", "Czech Republic"),
        ("HUN", "Hungary"),
        ("ROU", "Romania"),
        ("BUL", "Bulgaria"),
        ("GRE", "Greece"),
        ("GRC", "Greece"),
        ("TUR", "Turkey"),
        ("POR", "Portugal"),
        ("PRT", "Portugal"),
        ("IRL", "Ireland"),
        ("ISL", "Iceland"),
        ("UKR", "Ukraine"),
        ("BLR", "Belarus"),
        ("EST", "Estonia"),
        ("LAT", "Latvia"),
        ("LVA", "Latvia"),
        ("LTU", "Lithuania"),
        ("SRB", "Serbia"),
        ("CRO", "Croatia"),
        ("HRV", "Croatia"),
        ("SLO", "Slovenia"),
        ("SVK", "Slovakia"),
        ("ISR", "Israel"),
        ("EGY", "Egypt"),
        ("RSA", "South Africa"),
        ("ZAF", "South Africa"),
        ("NGR", "Nigeria"),
        ("KEN", "Kenya"),
        ("ETH", "Ethiopia"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("VIE", "Vietnam"),
        ("VNM", "Vietnam"),
        ("THA", "Thailand"),
        ("INA", "Indonesia"),
        ("IDN", "Indonesia"),
        ("PHI", "Philippines"),
        ("PHL", "Philippines"),
        ("MAS", "Malaysia"),
        ("MYS", "Malaysia"),
        ("PAK", "Pakistan"),
        ("IRN", "Iran"),
        ("IRI", "Iran"),
        ("IRQ", "Iraq"),
        ("KSA", "Saudi Arabia"),
        ("SAU", "Saudi Arabia"),
        ("CHI", "Chile"),
        ("CHL", "Chile"),
        ("COL", "Colombia"),
        ("PER", "Peru"),
        ("VEN", "Venezuela"),
        ("URU", "Uruguay"),
        ("URY", "Uruguay"),
        ("CUB", "Cuba"),
        ("SCO", "Scotland"),
        ("WAL", "Wales"),
        ("ENG", "England"),
        ("NIR", "Northern Ireland"),
    ];
    let c = code.trim();
    CODES
        .iter()
        .find(|(k, _)| *k == c)
        .map_or_else(|| c.to_owned(), |(_, v)| (*v).to_owned())
}

/// Whether `{{XXX}}` names a country by its code.
fn is_country_code(k: &str) -> bool {
    let up = k.to_uppercase();
    (2..=4).contains(&k.len()) && country(&up) != up
}

/// A quantity typed directly (used by `{{convert}}`).
pub fn quantity(min: f64, max: f64, unit: &str) -> Quantity {
    let mut q = Quantity::new(min, max);
    q.unit = Some(unit.to_owned());
    q
}

/// `{{Solar mass}}`, `{{Jupiter radius}}`: the unit templates of stars and planets, as symbols.
fn astronomical_unit(k: &str) -> Option<&'static str> {
    Some(match k {
        "solar mass" | "solar masses" | "msun" => "M☉",
        "solar radius" | "solar radii" | "rsun" => "R☉",
        "solar luminosity" | "lsun" => "L☉",
        "earth mass" | "earth masses" => "M🜨",
        "earth radius" | "earth radii" => "R🜨",
        "jupiter mass" | "jupiter masses" => "MJ",
        "jupiter radius" | "jupiter radii" => "RJ",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `src` (one template) prints, and the typed reading it gives.
    fn shown(src: &str) -> (String, Option<Typed>) {
        let tree = super::super::parse_tree(src);
        let mut r = Render::new(src, None);
        r.nodes(&tree.nodes);
        (r.out, r.typed.pop().map(|(_, t)| t))
    }

    /// Each template prints its text.
    fn prints(cases: &[(&str, &str)]) {
        for (src, want) in cases {
            assert_eq!(shown(src).0, *want, "{src}");
        }
    }

    #[test]
    fn sortable_dates_formulas_and_table_marks() {
        prints(&[
            ("{{dts|2001-05-06}}", "May 6, 2001"),
            // a commander's fate
            ("Nelson{{KIA}}", "Nelson †"),
            ("Gravina{{DOW}}", "Gravina (DOW)"),
            ("Villeneuve{{POW}}", "Villeneuve (POW)"),
            ("{{dts|format=dmy|1985|10|24}}", "24 October 1985"),
            ("{{dts||10|17}}", "October 17"),
            // ships
            ("{{sclass|Olympic|ocean liner|4}}", "Olympic class"),
            ("{{sclass|Olympic|ocean liner}}", "Olympic-class ocean liner"),
            ("{{sclass2|Type 45|destroyer|0}}", "Type 45-class"),
            ("{{GRT|46,328}}", "46,328 GRT"),
            ("{{GRT|46,328|first=yes}}", "46,328 gross register tons (GRT)"),
            ("{{shipboxflag|UK|civil}}", ""),
            ("24{{smallsup|h}} 37{{smallsup|m}}", "24h 37m"),
            ("{{bracket|x}} {{angle bracket|y}}", "[x] ⟨y⟩"),
            (
                "{{OldStyleDate|1 January|1700|21 December 1699}}",
                "1 January 1700 [O.S. 21 December 1699]",
            ),
            ("{{quote|To be.|Shakespeare|Hamlet}}", "To be.\n— Shakespeare, Hamlet"),
            ("{{quote|text=Hello|author=A}}", "Hello\n— A"),
            ("{{quote|Hello}}", "Hello"),
            ("{{plural|3|item}}, {{plural|1|item}}, {{plural|2|mouse|mice}}", "3 items, 1 item, 2 mice"),
            ("{{ordinal|21}} {{ordinal|112}} {{ordinal|3}}", "21st 112th 3rd"),
            ("noted, {{ussc|344|1|1952}}; {{ussc|349|294}}", "noted, 344 U.S. 1 (1952); 349 U.S. 294"),
            ("{{jct|state=FL|US|1}} in Miami; {{jct|state=NC|I|40|US|70}}", "US 1 in Miami; I-40 / US 70"),
            ("2.063 {{Solar mass}}, 1.7 {{Solar radius}}", "2.063 M☉, 1.7 R☉"),
            ("{{age|1950|1|2|2000|1|1}} {{age|1950|1|2|2000|1|2}}", "49 50"),
            ("{{age|1950|1|2}}", ""),
            ("Sir John Smith {{post-nominals|country=GBR|KBE|FRS}}", "Sir John Smith KBE FRS"),
            ("{{sfrac|3|4}} {{tq|quoted}} 1{{sfrac|1|4}}", "3/4 quoted 1 1/4"),
            // shares
            ("{{percentage|62984828|136669276|1}}", "46.1%"),
            ("{{percent|1|2|2}}", "50%"),
            ("{{percent|1|2|2|pad=yes}}", "50.00%"),
            ("{{percentage|1,000|3,000}}", "33%"),
            ("{{percentage|1|0}}", ""),
            ("{{percentage|x|3}}", ""),
            // an album's singles
            (
                "{{Singles|name=Abbey Road|type=studio|single1=[[Something (Beatles song)|Something]] / [[Come Together]]|single1date=6 October 1969|single2=Here|single2date=1970}}",
                "Singles from Abbey Road\nSomething / Come Together\nReleased: 6 October 1969\nHere\nReleased: 1970",
            ),
            // a season's year
            (
                "[[New England Patriots]] ({{NFL Year|2000}}–{{NFL Year|2019}})",
                "New England Patriots (2000–2019)",
            ),
            ("{{formatdate|1999-01-02}}", "January 2, 1999"),
            ("{{chem|H|2|O}}", "H2O"),
            (
                "{{legend|#FAEB86|indicates the winner}}",
                "indicates the winner",
            ),
            ("{{angbr|a}}", "⟨a⟩"),
            ("{{SimpleNuclide2|Carbon|14}}", "carbon-14"),
            ("{{LSJ|a)po/llwn|Ἀπόλλων}}", "Ἀπόλλων"),
            ("{{n/a}}", "N/A"),
            ("{{ISBN|978-0-19-852663-6}}", "ISBN 978-0-19-852663-6"),
            ("{{doi|10.1000/182}}", "doi:10.1000/182"),
            ("{{ISIN|sl=n|pl=y|US5949181045}}", "US5949181045"),
            (
                "{{Wayback|url=http://x.org|date=20130805102916}}",
                "Archived 2013-08-05 at the Wayback Machine",
            ),
            ("{{IMDb name|0000123|John Smith}}", "John Smith at IMDb"),
            (
                "{{native name list|tag1=de|name1=Donau|tag2=hu|name2=Duna}}",
                "Donau (German)\nDuna (Hungarian)",
            ),
            ("{{SortKeyName|José Antonio|Álvarez Jonte}}", "José Antonio Álvarez Jonte"),
            (
                "{{Fs player|no=2 |nat=Scotland|name=[[Jason Thomson]]|pos=DF|other=[[Captain (association football)|captain]]}}",
                "2 DF Scotland Jason Thomson (captain)",
            ),
            ("{{ntsp|1850000000||$}}", "$1.85 billion"),
            ("{{ntsp|2500000|1|€}}", "€2.5 million"),
            // places are capped, and a number that is none prints nothing
            ("{{ntsp|1|999999999}}", "1.000000000000"),
            ("{{ntsp|inf}}", ""),
            (
                "{{Video game release|NA|March 3, 2017|JP|March 4, 2017}}",
                "NA: March 3, 2017\nJP: March 4, 2017",
            ),
            ("{{Video game release|WW|March 3, 2017}}", "March 3, 2017"),
        ]);
    }

    #[test]
    fn sigfig_rounds_to_significant_digits() {
        prints(&[
            ("{{sigfig|500|2}}", "500"),
            ("{{sigfig|123456|2}}", "120000"),
            ("{{sigfig|0.012345|3}}", "0.0123"),
            ("{{sigfig|-2,718|1}}", "-3000"),
            ("{{sigfig|0|3}}", "0"),
            ("{{sigfig|x|3}}", ""),
            ("{{sigfig|5e-324|2}}", "5e-324"),
        ]);
    }

    #[test]
    fn citations_print_as_citation_style_1_does() {
        prints(&[
            (
                "{{cite web |last1=Knabb |first1=Richard D. |last2=Rhome |first2=Jamie R. |title=Tropical Cyclone Report |format=PDF |publisher=National Hurricane Center |date=December 20, 2005 |access-date=May 30, 2006}}",
                "Knabb, Richard D.; Rhome, Jamie R. (December 20, 2005). \"Tropical Cyclone Report\" (PDF). National Hurricane Center. Retrieved May 30, 2006.",
            ),
            (
                "{{cite book |last=Smith |first=John |title=A History |publisher=OUP |location=Oxford |year=1999 |isbn=978-0-19-852663-6 |page=12}}",
                "Smith, John (1999). A History. Oxford: OUP. p. 12. ISBN 978-0-19-852663-6.",
            ),
            (
                "{{cite journal |author=Doe J |title=On things |journal=Nature |volume=12 |issue=3 |pages=1–9 |year=2001 |doi=10.1038/x}}",
                "Doe J (2001). \"On things\". Nature. 12 (3): 1–9. doi:10.1038/x.",
            ),
            // no author: the date follows the work
            (
                "{{cite news |title=Storm hits |work=The Times |date=1 May 2001}}",
                "\"Storm hits\". The Times. 1 May 2001.",
            ),
            ("{{Cite GovTrack|CA|4|accessdate=March 3, 2013}}", ""),
            // an issue given as `number=` takes the pages with it, once
            (
                "{{cite journal |title=T |journal=J |number=3 |pages=1–9 |lccn=79001042}}",
                "\"T\". J (3): 1–9. LCCN 79001042.",
            ),
        ]);
    }

    fn duration(src: &str) -> (String, [u32; 4]) {
        match shown(src) {
            (t, Some(Typed::Duration(d))) => (t, [d.years, d.months, d.weeks, d.days]),
            other => panic!("{src}: {other:?}"),
        }
    }

    #[test]
    fn age_templates_print_what_the_template_prints() {
        // zero units are left out, as Module:Age leaves them out
        assert_eq!(
            duration("{{Age in months, weeks and days|month1=11|day1=2|year1=1932|month2=12|day2=10|year2=1932}}"),
            ("1 month, 1 week and 1 day".to_owned(), [0, 1, 1, 1])
        );
        assert_eq!(
            duration("{{age in years, months and days|1775|04|19|1783|09|03}}"),
            ("8 years, 4 months and 15 days".to_owned(), [8, 4, 0, 15])
        );
        assert_eq!(
            duration("{{Age in years, months, weeks and days|year1=1941|month1=6|day1=22|year2=1945|month2=5|day2=9}}"),
            ("3 years, 10 months, 2 weeks and 3 days".to_owned(), [3, 10, 2, 3])
        );
        // across a leap day and a year boundary
        assert_eq!(
            duration("{{age in days|2019|12|31|2020|3|1}}"),
            ("61 days".to_owned(), [0, 0, 0, 61])
        );
        assert_eq!(
            duration("{{age in weeks and days|2020|1|1|2020|1|16}}"),
            ("2 weeks and 1 day".to_owned(), [0, 0, 2, 1])
        );
        assert_eq!(
            duration("{{age in years and days|2000|2|29|2001|3|1}}"),
            ("1 year and 1 day".to_owned(), [1, 0, 0, 1])
        );
        assert_eq!(
            duration("{{age in years and months|1990|5|20|2000|5|19}}"),
            ("9 years and 11 months".to_owned(), [9, 11, 0, 0])
        );
        assert_eq!(
            duration("{{age in days|1990|5|20|1990|5|20}}"),
            ("0 days".to_owned(), [0, 0, 0, 0])
        );
        // no second date (today's), a date that does not exist, a reversed range: nothing
        for src in [
            "{{age in days|1990|5|20}}",
            "{{age in days|1990|2|30|1991|1|1}}",
            "{{age in days|1991|1|1|1990|1|1}}",
            "{{age in days|-9223372036854775808|1|1|9223372036854775807|1|1}}",
        ] {
            assert_eq!(shown(src), (String::new(), None), "{src}");
        }
        // years far apart: the date, and no age
        let (text, _) =
            shown("{{death date and age|9223372036854775807|1|1|-9223372036854775808|1|1}}");
        assert!(!text.contains("aged"), "{text}");
    }

    #[test]
    fn feet_and_inches_are_typed_as_a_rendered_page_reads_them() {
        // the printed metric value, decimal feet derived (as `6 ft 2 in (1.88 m)` reads)
        for src in ["{{convert|6|ft|2|in|m}}", "{{convert|6|ft|2|in|m|abbr=on}}"] {
            match shown(src).1 {
                Some(Typed::Quantity(q)) => {
                    assert_eq!((q.min, q.unit.as_deref()), (1.88, Some("m")), "{src}");
                    let feet = q.converted.as_deref().map(|c| (c.min, c.unit.as_deref()));
                    assert_eq!(feet, Some((74.0 / 12.0, Some("ft"))), "{src}");
                }
                other => panic!("{src}: {other:?}"),
            }
        }
        // other pairs keep their first unit
        match shown("{{convert|10|st|4|lb|kg}}").1 {
            Some(Typed::Quantity(q)) => assert_eq!(q.unit.as_deref(), Some("st")),
            other => panic!("{other:?}"),
        }
        // an engineering prefix is the scale word, applied, as `22 million acres` reads
        match shown("{{convert|22|e6acre|e6ha}}").1 {
            Some(Typed::Quantity(q)) => {
                let scaled = |q: &crate::value::typed::Quantity| (q.min, q.scale.clone());
                assert_eq!(scaled(&q), (22e6, Some("million".to_owned())));
                assert_eq!(
                    q.converted.as_deref().map(scaled),
                    Some((8.9e6, Some("million".to_owned())))
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn convert_prints_what_module_convert_prints() {
        prints(&[
            ("{{convert|120|km|mi|abbr=on}}", "120 km (75 mi)"),
            // engineering prefixes
            ("{{convert|22|e6acre|km2}}", "22 million acres (89,000 km2)"),
            (
                "{{convert|101|e6acre|e6ha|abbr=off}}",
                "101 million acres (41 million hectares)",
            ),
            ("{{convert|1|e6mi|e6km|abbr=on}}", "1×10⁶ mi (1.6×10⁶ km)"),
            (
                "{{convert|400000|oilbbl/d}}",
                "400,000 barrels per day (64,000 m3/d)",
            ),
            (
                "{{convert|2.1|Moilbbl}}",
                "2.1 million barrels (330×10³ m3)",
            ),
            (
                "{{convert|85.4|Tcuft}}",
                "85.4 trillion cubic feet (2.42×10¹² m3)",
            ),
            (
                "{{convert|1.2|PD/sqmi}}",
                "1.2 inhabitants per square mile (0.46/km2)",
            ),
            ("{{convert|7|-|8|C-change}}", "7–8 °C (13–14 °F)"),
            ("{{convert|5|km3}}", "5 cubic kilometres (1.2 cu mi)"),
            ("{{convert|100|acre.ft}}", "100 acre-feet (120,000 m3)"),
            ("{{convert|1998|cc|cuin|abbr=on}}", "1,998 cc (121.9 cu in)"),
            ("{{convert|11.2|km/s|abbr=on}}", "11.2 km/s (7.0 mi/s)"),
            (
                "{{convert|249261000|km|AU|abbr=on}}",
                "249,261,000 km (1.66621 AU)",
            ),
            ("{{convert|4.24|ly|pc|abbr=on}}", "4.24 ly (1.30 pc)"),
            ("{{convert|21|km|mi}}", "21 kilometres (13 mi)"),
            ("{{convert|46|km|mi|0|adj=on}}", "46-kilometre (29 mi)"),
            (
                "{{convert|7|to|8|km|mi}}",
                "7 to 8 kilometres (4.3 to 5.0 mi)",
            ),
            ("{{convert|10|-|20|km}}", "10–20 kilometres (6.2–12.4 mi)"),
            ("{{convert|-10|C|F|0|abbr=on}}", "−10 °C (14 °F)"),
            ("{{convert|37|C|F}}", "37 °C (99 °F)"),
            ("{{convert|19000|sqft|m2}}", "19,000 square feet (1,800 m2)"),
            ("{{convert|1.80|m|ftin|abbr=on}}", "1.80 m (5 ft 11 in)"),
            ("{{convert|6600|ft|km|1|abbr=on}}", "6,600 ft (2.0 km)"),
            ("{{convert|35|km|mi|0|order=flip}}", "22 miles (35 km)"),
            ("{{convert|1|mi|km}}", "1 mile (1.6 km)"),
            ("{{convert|100|m|ft}}", "100 metres (330 ft)"),
            ("{{convert|30|m|ft}}", "30 metres (98 ft)"),
            (
                "{{convert|8848.86|m|ft|abbr=on}}",
                "8,848.86 m (29,031.7 ft)",
            ),
            ("{{cvt|5|km}}", "5 km (3.1 mi)"),
            ("{{convert|5|ft|11|in|m}}", "5 feet 11 inches (1.80 m)"),
            ("{{convert|6|ft|2|in|cm|abbr=on}}", "6 ft 2 in (188 cm)"),
            ("{{convert|12|st|4|lb|kg|abbr=on}}", "12 st 4 lb (78 kg)"),
            // log10(2) is the rounding allowance: 3.47 kg is 7.7 lb, not 7.65
            ("{{cvt|3.47|kg|lb}}", "3.47 kg (7.7 lb)"),
            ("{{convert|1|kg|lb}}", "1 kilogram (2.2 lb)"),
            (
                "{{convert|52419|sqmi|km2}}",
                "52,419 square miles (135,760 km2)",
            ),
            // a temperature keeps three significant figures in kelvin
            ("{{convert|200|C|F}}", "200 °C (392 °F)"),
            ("{{convert|40|F|C}}", "40 °F (4 °C)"),
            // several output units, each with its own precision
            ("{{convert|100|m|ft yd}}", "100 metres (330 ft; 110 yd)"),
            (
                "{{convert|1234|m|ft yd|sigfig=2}}",
                "1,234 metres (4,000 ft; 1,300 yd)",
            ),
            (
                "{{convert|10|-|20|km|mi nmi}}",
                "10–20 kilometres (6.2–12.4 mi; 5.4–10.8 nmi)",
            ),
            ("{{convert|1000|m|ft|sigfig=2}}", "1,000 metres (3,300 ft)"),
            ("{{convert|50|km|mi|disp=or}}", "50 kilometres or 31 mi"),
            (
                "{{convert|600000|sqft|m2|adj=on}}",
                "600,000-square-foot (56,000 m2)",
            ),
            ("{{convert|12|furlong|m}}", "12 furlong"),
        ]);
        // the typed value keeps the converted figure the reader sees
        let Some(Typed::Quantity(q)) = shown("{{convert|120|km|mi}}").1 else {
            panic!("no quantity")
        };
        assert_eq!((q.min, q.unit.as_deref()), (120.0, Some("km")));
        let c = q.converted.as_deref().map(|c| (c.min, c.unit.as_deref()));
        assert_eq!(c, Some((75.0, Some("mi"))));
    }

    #[test]
    fn service_exchange_and_film_date_templates() {
        prints(&[
            ("{{army|USA}}", "United States Army"),
            ("{{navy|UK}}", "Royal Navy"),
            ("{{air force|Nazi Germany}}", "Luftwaffe"),
            ("{{marines|USA}}", "United States Marine Corps"),
            ("{{NYSE|EXC}}", "NYSE: EXC"),
            ("{{Duration|m=53|s=21}}", "53:21"),
            ("{{duration|h=1|m=2|s=3}}", "1:02:03"),
            ("{{duration|0|4|5}}", "4:05"),
            ("{{USS|Hornet|CV-12}}", "USS Hornet (CV-12)"),
            ("{{HMS|Victory}}", "HMS Victory"),
            ("{{ship|HMS|Dreadnought|1906}}", "HMS Dreadnought (1906)"),
            ("{{harvnb|Smith|2000|p=5}}", "Smith 2000, p. 5"),
            ("1990{{endash}}1995{{emdash}}", "1990–1995—"),
            ("{{INRConvert|500|c}}", "₹500 crore"),
            (
                "{{Literatur|Autor=Anna Schmidt|Titel=Die Stadt|Verlag=Beck|Ort=München|Jahr=2005}}",
                "Anna Schmidt (2005). Die Stadt. München: Beck.",
            ),
            (
                "{{Internetquelle|url=u|titel=Geschichte|hrsg=Stadt X|abruf=2020-01-02}}",
                "\"Geschichte\". Stadt X. Retrieved 2020-01-02.",
            ),
            ("{{vcite book|author=Smith J|title=A Book|year=2001}}", "Smith J (2001). A Book."),
            ("{{cite book|Title=A Book|ISBN=978-0-00-000000-0}}", "A Book. ISBN 978-0-00-000000-0."),
            ("{{INRConvert|2.5|lc}}", "₹2.5 lakh crore"),
            ("{{RMB|5 billion}}", "CN¥5 billion"),
            ("{{linktext|big|cat}}", "bigcat"),
            ("{{RA|05|55|10.30536}}", "05h 55m 10.30536s"),
            ("{{DEC|+07|24|25.4304}}", "+07° 24′ 25.4304″"),
            ("{{RA|12|30}}", "12h 30m"),
            ("{{ublist|a|b}}", "a\nb\n"),
            (
                "{{Film date|2001|5|17|Cannes|2001|6|1|United States}}",
                "May 17, 2001 (Cannes)\nJune 1, 2001 (United States)",
            ),
            // a country the table does not know: the country and the service
            ("{{army|Poland}}", "Poland Army"),
        ]);
    }

    /// The Harvard citation templates as their documentation prints them.
    #[test]
    fn harvard_citations_bracket_and_list_authors_as_documented() {
        prints(&[
            ("{{harv|Smith|2005|p=25}}", "(Smith 2005, p. 25)"),
            (
                "{{harv|Smith|Jones|2005|p=25}}",
                "(Smith & Jones 2005, p. 25)",
            ),
            (
                "{{harv|Smith|Jones|Brown|2005|p=25}}",
                "(Smith, Jones & Brown 2005, p. 25)",
            ),
            (
                "{{harv|Smith|Jones|Brown|Black|2005|p=25}}",
                "(Smith et al. 2005, p. 25)",
            ),
            ("{{harv|Smith|2005|loc=chpt. 3}}", "(Smith 2005, chpt. 3)"),
            ("{{Harvard citation|Smith|2005}}", "(Smith 2005)"),
            (
                "{{Harvard citation no brackets|Smith|2005|pp=25–26}}",
                "Smith 2005, pp. 25–26",
            ),
            ("{{harvp|Smith|2005|p=25}}", "Smith (2005, p. 25)"),
            ("{{harvtxt|Smith|2005}}", "Smith (2005)"),
            ("{{harvcol|Smith|2005|p=25}}", "(Smith 2005:25)"),
            ("{{harvcolnb|Smith|2005|p=25}}", "Smith 2005:25"),
            ("{{harvcoltxt|Smith|2005|p=25}}", "Smith (2005:25)"),
            // no year: nothing to bracket
            ("{{harvtxt|Smith}}", "Smith"),
        ]);
    }

    #[test]
    fn start_and_end_dates_print_the_shared_parts_once() {
        for (src, want, range) in [
            (
                "{{Start and end dates|1916|7|1|1916|11|18|df=yes}}",
                "1 July – 18 November 1916",
                ("1916-07-01", "1916-11-18"),
            ),
            (
                "{{start and end dates|1916|7|1|1916|7|18}}",
                "July 1–18, 1916",
                ("1916-07-01", "1916-07-18"),
            ),
            (
                "{{start and end dates|1914|7|28|1918|11|11|df=y}}",
                "28 July 1914 – 11 November 1918",
                ("1914-07-28", "1918-11-11"),
            ),
        ] {
            let (text, typed) = shown(src);
            assert_eq!(text, want, "{src}");
            let Some(Typed::DateRange(r)) = typed else {
                panic!("{src}: not a range")
            };
            assert_eq!(
                (r.start.as_deref(), r.end.as_deref()),
                (Some(range.0), Some(range.1))
            );
        }
    }

    #[test]
    fn medal_records_and_change_arrows() {
        prints(&[
            ("{{MedalSport|Men's [[athletics]]}}", "Men's athletics\n"),
            ("{{MedalCountry|{{USA}}}}", "Representing United States\n"),
            (
                "{{MedalGold | [[1996 Summer Olympics|1996 Atlanta]] | Singles }}",
                "Gold medal – first place 1996 Atlanta Singles\n",
            ),
            (
                "{{MedalBronze|2000 Sydney|}}",
                "Bronze medal – third place 2000 Sydney\n",
            ),
            ("{{MedalSilver}}", ""),
            // arrows are images: the text around them stays
            ("{{increase}} 7", " 7"),
            ("{{DecreasePositive}}3", "3"),
        ]);
    }

    #[test]
    fn val_prints_uncertainty_power_and_unit() {
        for (src, want, value, uncertainty) in [
            (
                "{{val|1.303|0.003|e=22|u=kg}}",
                "(1.303±0.003)×10²² kg",
                1.303e22,
                Some(3e19),
            ),
            (
                "{{val|1188.3|0.8|u=km}}",
                "1188.3±0.8 km",
                1188.3,
                Some(0.8),
            ),
            (
                "{{val|1.774443|e=7|u=km2}}",
                "1.774443×10⁷ km2",
                1.774443e7,
                None,
            ),
            ("{{val|12.5|+0.3|-0.2|u=%}}", "12.5+0.3−0.2%", 12.5, None),
            ("{{val|9.81|u=m|up=s2}}", "9.81 m/s2", 9.81, None),
            ("{{val|2.5|e=-3}}", "2.5×10⁻³", 2.5e-3, None),
            (
                "{{val|249261000|fmt=commas|u=km}}",
                "249,261,000 km",
                249261000.0,
                None,
            ),
        ] {
            let (text, typed) = shown(src);
            assert_eq!(text, want, "{src}");
            let Some(Typed::Quantity(q)) = typed else {
                panic!("{src}: {typed:?}")
            };
            assert_eq!((q.min, q.uncertainty), (value, uncertainty), "{src}");
        }
        assert_eq!(shown("{{val|about}}").1, None);
    }

    #[test]
    fn measures_numbers_and_reigns() {
        prints(&[
            ("{{height|m=1.83}}", "1.83 m (6 ft 0 in)"),
            ("{{height|ft=6|in=2}}", "6 ft 2 in (1.88 m)"),
            ("{{height|cm=170}}", "170 cm (5 ft 7 in)"),
            ("{{weight|kg=80}}", "80 kg (176 lb)"),
            ("{{weight|lb=190}}", "190 lb (86 kg)"),
            ("{{weight|st=12|lb=4}}", "12 st 4 lb (78 kg)"),
            ("{{formatnum:1234567}}", "1,234,567"),
            ("{{formatnum:{{val|1234567}}}}", "1,234,567"),
            ("{{nts|12345}}", "12,345"),
            ("{{ntsh|12345}}12,345", "12,345"),
            ("{{floruit|1200}}", "fl. 1200"),
            ("{{reign|1066|1087}}", "r. 1066–1087"),
            ("{{death year and age|2000|1920}}", "2000 (aged 79–80)"),
            ("{{nihongo|Tokyo|東京|Tōkyō}}", "Tokyo (東京, Tōkyō)"),
            ("{{nihongo||東京|Tōkyō}}", "東京 (Tōkyō)"),
        ]);
    }
}
