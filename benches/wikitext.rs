//! Wikitext throughput over the shared corpus (MANIFEST order, each page parsed on its own),
//! wikiparse beside parse_wiki_text on the same bytes in the same run; and the hostile families
//! at two sizes 4× apart, so superlinear time shows as a falling MB/s.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use wikiparse::{Dialect, Options};

#[path = "families.rs"]
mod families;

fn corpus() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/wikitext/corpus");
    let manifest = std::fs::read_to_string(format!("{root}/MANIFEST.tsv")).unwrap_or_default();
    manifest
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .filter_map(|p| std::fs::read_to_string(format!("{root}/{p}")).ok())
        .collect()
}

fn wikitext(c: &mut Criterion) {
    let pages = corpus();
    let bytes: usize = pages.iter().map(String::len).sum();
    let options = Options {
        dialect: Some(Dialect::Wikitext),
    };
    let pwt = parse_wiki_text::Configuration::default();
    let mut g = c.benchmark_group("wikitext_corpus");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("parse_wiki_text", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| pwt.parse(black_box(p)).nodes.len())
                .sum::<usize>()
        })
    });
    // the call as the issue writes it: `Configuration::default().parse(page)`, per page
    g.bench_function("parse_wiki_text_default_per_page", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| {
                    parse_wiki_text::Configuration::default()
                        .parse(black_box(p))
                        .nodes
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("wikiparse_tree", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| wikiparse::wikitext::parse_tree(black_box(p)).nodes.len())
                .sum::<usize>()
        })
    });
    // the infobox facts (`--infobox-only`: each page read up to its last box), then the
    // whole Article
    type Parse = fn(&str, &Options) -> wikiparse::Article;
    let parsers: [(&str, Parse); 2] = [
        ("wikiparse_parse_infoboxes", wikiparse::parse_infoboxes),
        ("wikiparse_parse", wikiparse::parse_with),
    ];
    for (name, parse) in parsers {
        g.bench_function(name, |b| {
            b.iter(|| {
                pages
                    .iter()
                    .map(|p| parse(black_box(p), &options).infoboxes.len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

fn hostile(c: &mut Criterion) {
    let options = Options {
        dialect: Some(Dialect::Wikitext),
    };
    let mut g = c.benchmark_group("wikitext_hostile");
    g.sample_size(10);
    for (name, make) in families::WIKITEXT.iter().chain(families::WIKITEXT_AUDIT) {
        for n in [64_000usize, 256_000, 1_024_000] {
            let input = make(n);
            g.throughput(Throughput::Bytes(input.len() as u64));
            g.bench_with_input(BenchmarkId::new(*name, n), &input, |b, s| {
                b.iter(|| {
                    wikiparse::parse_with(black_box(s), &options)
                        .diagnostics
                        .len()
                })
            });
        }
    }
    g.finish();
}

criterion_group!(benches, wikitext, hostile);
criterion_main!(benches);
