//! Throughput of the rendered parser over the fixtures, beside a memchr newline count over the
//! same bytes in the same run (the floor any line-based reader pays), and pathological families
//! that grow so superlinear time shows.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

fn fixtures() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/rendered");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn rendered(c: &mut Criterion) {
    let docs: Vec<String> = {
        let all = fixtures();
        all.split("\n\n\n").map(str::to_owned).collect()
    };
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("rendered_fixtures");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("memchr_newlines", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| memchr::memchr_iter(b'\n', black_box(d.as_bytes())).count())
                .sum::<usize>()
        })
    });
    g.bench_function("wikiparse_parse", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| wikiparse::parse(black_box(d)).infoboxes.len())
                .sum::<usize>()
        })
    });
    g.bench_function("wikiparse_parse_to_json", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| wikiparse::json::to_string(&wikiparse::parse(black_box(d))).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

/// Builds an input of a hostile family at size `n`.
type Family = (&'static str, fn(usize) -> String);

/// Inputs that make naive parsers quadratic; time per byte should stay flat as n grows.
fn pathological(c: &mut Criterion) {
    let families: [Family; 11] = [
        ("markers", |n| "x[1]".repeat(n)),
        ("glued_quantity_parens", |n| {
            format!("T\n\nT\nStrength1 ({}", "1 (".repeat(n))
        }),
        ("table_quantity_parens", |n| {
            format!("T | |\n---|---|\nStrength | {} |\n", "1 (".repeat(n))
        }),
        ("date_parens", |n| {
            format!("T\n\nT\nDate1 {}", "x (".repeat(n))
        }),
        ("image_openers", |n| {
            format!("T\n\nT\nStrength1 {}", "![".repeat(n))
        }),
        ("blank_lines", |n| "\n".repeat(n)),
        ("unclosed_brackets", |n| "[".repeat(n)),
        ("glued_labels", |n| "Date12 January 1918\n".repeat(n)),
        ("bullets", |n| "  • 50,000-70,000 troops[4]\n".repeat(n)),
        ("pipes", |n| "| a | ||||\n".repeat(n)),
        ("one_long_line", |n| "word ".repeat(n)),
    ];
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);
    for (name, make) in families {
        for n in [1_000usize, 4_000] {
            let input = make(n);
            g.throughput(Throughput::Bytes(input.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, n), &input, |b, s| {
                b.iter(|| wikiparse::parse(black_box(s)).diagnostics.len())
            });
        }
    }
    g.finish();
}

criterion_group!(benches, rendered, pathological);
criterion_main!(benches);
