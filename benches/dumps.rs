//! MediaWiki XML dumps built from wikitext pages, the way Wikimedia builds them, for the dump
//! tests and the dump benchmark: plain XML (export schema 0.10 or 0.11), single-stream bz2,
//! gzip, and multistream bz2 (the header, then `per_stream` pages per bz2 stream, then the
//! footer, each in a stream of its own) with its `offset:page_id:title` index.
#![allow(dead_code)]

use std::io::{self, Write};
use std::path::Path;

/// A page to put in a dump.
#[derive(Debug, Clone)]
pub struct DumpPage {
    /// Page id.
    pub id: u64,
    /// Title (with its namespace prefix).
    pub title: String,
    /// Namespace number.
    pub ns: i64,
    /// Redirect target, written as `<redirect title="…"/>`.
    pub redirect: Option<String>,
    /// The wikitext.
    pub text: String,
}

/// `&`, `<`, `>` and `"` escaped as a MediaWiki export escapes them.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The opening of an export: `<mediawiki>` and `<siteinfo>`; `version` is `0.10` or `0.11`.
pub fn header(version: &str) -> String {
    format!(
        "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-{version}/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://www.mediawiki.org/xml/export-{version}/ \
         http://www.mediawiki.org/xml/export-{version}.xsd\" version=\"{version}\" xml:lang=\"en\">\n\
         \x20 <siteinfo>\n    <sitename>Wikipedia</sitename>\n    <dbname>enwiki</dbname>\n\
         \x20   <base>https://en.wikipedia.org/wiki/Main_Page</base>\n\
         \x20   <generator>MediaWiki 1.43.0-wmf.1</generator>\n    <case>first-letter</case>\n\
         \x20   <namespaces>\n      <namespace key=\"0\" case=\"first-letter\" />\n\
         \x20     <namespace key=\"1\" case=\"first-letter\">Talk</namespace>\n\
         \x20     <namespace key=\"4\" case=\"first-letter\">Wikipedia</namespace>\n\
         \x20   </namespaces>\n  </siteinfo>\n"
    )
}

/// The closing of an export.
pub const FOOTER: &str = "</mediawiki>\n";

/// One `<page>` element (schema 0.10 layout; 0.11 adds `bytes` and `sha1` on `<text>`).
pub fn page_xml(p: &DumpPage, version: &str) -> String {
    let redirect = p
        .redirect
        .as_ref()
        .map(|r| format!("    <redirect title=\"{}\" />\n", escape(r)))
        .unwrap_or_default();
    let text_attrs = if version == "0.11" {
        format!(
            " bytes=\"{}\" sha1=\"0000000000000000000000000000000\"",
            p.text.len()
        )
    } else {
        String::new()
    };
    format!(
        "  <page>\n    <title>{title}</title>\n    <ns>{ns}</ns>\n    <id>{id}</id>\n{redirect}\
         \x20   <revision>\n      <id>{rev}</id>\n      <parentid>{parent}</parentid>\n\
         \x20     <timestamp>2024-01-{day:02}T12:00:00Z</timestamp>\n\
         \x20     <contributor>\n        <username>Example</username>\n        <id>42</id>\n      </contributor>\n\
         \x20     <comment>an edit &amp; its summary</comment>\n      <model>wikitext</model>\n\
         \x20     <format>text/x-wiki</format>\n\
         \x20     <text xml:space=\"preserve\"{text_attrs}>{text}</text>\n\
         \x20     <sha1>0000000000000000000000000000000</sha1>\n    </revision>\n  </page>\n",
        title = escape(&p.title),
        ns = p.ns,
        id = p.id,
        rev = 1_000_000 + p.id,
        parent = 999_999 + p.id,
        day = p.id % 28 + 1,
        text = escape(&p.text),
    )
}

/// A whole export as plain XML.
pub fn plain(pages: &[DumpPage], version: &str) -> Vec<u8> {
    let mut out = header(version);
    for p in pages {
        out.push_str(&page_xml(p, version));
    }
    out.push_str(FOOTER);
    out.into_bytes()
}

/// bzip2-compress bytes as one stream.
pub fn bz2(bytes: &[u8]) -> Vec<u8> {
    let mut enc = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::best());
    // writing into a Vec cannot fail
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

/// gzip-compress bytes.
pub fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

/// Write a multistream bz2 dump of `pages` to `dump` and its index (plain text lines) to
/// `index`: the header stream, streams of `per_stream` pages, the footer stream. Returns the
/// offsets of the page streams.
pub fn multistream(
    pages: impl IntoIterator<Item = DumpPage>,
    per_stream: usize,
    mut dump: impl Write,
    mut index: impl Write,
) -> io::Result<Vec<u64>> {
    let mut offset = 0u64;
    let mut put = |bytes: &[u8], dump: &mut dyn Write| -> io::Result<u64> {
        let compressed = bz2(bytes);
        dump.write_all(&compressed)?;
        let start = offset;
        offset += compressed.len() as u64;
        Ok(start)
    };
    put(header("0.10").as_bytes(), &mut dump)?;
    let mut offsets = Vec::new();
    let mut batch = Vec::new();
    let mut chunk = String::new();
    let mut flush = |batch: &mut Vec<DumpPage>,
                     chunk: &mut String,
                     dump: &mut dyn Write,
                     index: &mut dyn Write,
                     offsets: &mut Vec<u64>|
     -> io::Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let start = put(chunk.as_bytes(), dump)?;
        offsets.push(start);
        for p in batch.drain(..) {
            writeln!(index, "{start}:{}:{}", p.id, p.title)?;
        }
        chunk.clear();
        Ok(())
    };
    for p in pages {
        chunk.push_str(&page_xml(&p, "0.10"));
        batch.push(p);
        if batch.len() == per_stream {
            flush(&mut batch, &mut chunk, &mut dump, &mut index, &mut offsets)?;
        }
    }
    flush(&mut batch, &mut chunk, &mut dump, &mut index, &mut offsets)?;
    put(FOOTER.as_bytes(), &mut dump)?;
    Ok(offsets)
}

/// The wikitext corpus pages (`fixtures/wikitext/corpus`, MANIFEST order) repeated `rounds`
/// times with distinct ids and titles (`Title`, `Title (2)`, …).
pub fn corpus_pages(root: &Path, rounds: usize) -> Vec<DumpPage> {
    let dir = root.join("fixtures/wikitext/corpus");
    let manifest = std::fs::read_to_string(dir.join("MANIFEST.tsv")).unwrap_or_default();
    let base: Vec<(String, String)> = manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            let text = std::fs::read_to_string(dir.join(cols.first()?)).ok()?;
            Some((cols.get(4)?.replace('-', " "), text))
        })
        .collect();
    let mut pages = Vec::with_capacity(base.len() * rounds);
    for round in 0..rounds {
        for (title, text) in &base {
            let id = pages.len() as u64 + 1;
            let title = if round == 0 {
                title.clone()
            } else {
                format!("{title} ({})", round + 1)
            };
            pages.push(DumpPage {
                id,
                title,
                ns: 0,
                redirect: None,
                text: text.clone(),
            });
        }
    }
    pages
}
