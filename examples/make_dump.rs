//! Build a multistream bz2 dump (and its bz2 index) of about SIZE MB of XML from the wikitext
//! corpus repeated, the way Wikimedia builds them: 100 pages per stream, header and footer in
//! streams of their own. For the dump benchmark (`benches/dump_report.sh`) and for trying
//! `wikiparse dump` on something large.
//!
//! ```text
//! cargo run --release --example make_dump -- /tmp/big 300    # /tmp/big.xml.bz2, /tmp/big-index.txt.bz2
//! ```

#[path = "../benches/dumps.rs"]
mod dumps;

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(prefix), Some(size)) = (
        args.first(),
        args.get(1).and_then(|s| s.parse::<f64>().ok()),
    ) else {
        eprintln!("usage: make_dump OUT_PREFIX SIZE_MB [PAGES_PER_STREAM]");
        std::process::exit(2);
    };
    let per_stream = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(100);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let one_round: usize = dumps::corpus_pages(root, 1)
        .iter()
        .map(|p| p.text.len())
        .sum();
    let rounds = ((size * 1e6) / one_round as f64).ceil().max(1.0) as usize;
    let pages = dumps::corpus_pages(root, rounds);
    let n = pages.len();
    let dump_path = PathBuf::from(format!("{prefix}.xml.bz2"));
    let index_path = PathBuf::from(format!("{prefix}-index.txt.bz2"));
    let dump = BufWriter::new(std::fs::File::create(&dump_path)?);
    let mut index = Vec::new();
    let offsets = dumps::multistream(pages, per_stream, dump, &mut index)?;
    let mut index_file = std::fs::File::create(&index_path)?;
    index_file.write_all(&dumps::bz2(&index))?;
    let compressed = std::fs::metadata(&dump_path)?.len();
    eprintln!(
        "{}: {n} pages in {} streams, {:.1} MB of wikitext, {:.1} MB compressed; index {}",
        dump_path.display(),
        offsets.len(),
        (one_round * rounds) as f64 / 1e6,
        compressed as f64 / 1e6,
        index_path.display()
    );
    Ok(())
}
