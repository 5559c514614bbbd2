//! Parse the wikitext corpus many times (for profilers): `cargo run --release --example
//! profile_wikitext -- [tree|infoboxes|parse|pwt] [rounds]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_else(|| "parse".to_owned());
    let rounds: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(5);
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/wikitext/corpus");
    let manifest = std::fs::read_to_string(format!("{root}/MANIFEST.tsv")).unwrap_or_default();
    let pages: Vec<String> = manifest
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .filter_map(|p| std::fs::read_to_string(format!("{root}/{p}")).ok())
        .collect();
    let options = wikiparse::Options {
        dialect: Some(wikiparse::Dialect::Wikitext),
    };
    let mut n = 0;
    let t = std::time::Instant::now();
    for _ in 0..rounds {
        for p in &pages {
            n += match what.as_str() {
                "tree" => wikiparse::wikitext::parse_tree(p).nodes.len(),
                "pwt" => parse_wiki_text::Configuration::default()
                    .parse(p)
                    .nodes
                    .len(),
                "infoboxes" => wikiparse::parse_infoboxes(p, &options).infoboxes.len(),
                _ => wikiparse::parse_with(p, &options).infoboxes.len(),
            };
        }
    }
    let bytes: usize = pages.iter().map(String::len).sum::<usize>() * rounds;
    let secs = t.elapsed().as_secs_f64();
    println!("{what}: {n} nodes, {:.1} MB/s", bytes as f64 / secs / 1e6);
    println!(
        "size_of Node = {}",
        std::mem::size_of::<wikiparse::wikitext::Node>()
    );
}
