//! The index of a multistream bz2 dump: lines `offset:page_id:title`, where `offset` is the
//! byte at which the bz2 stream holding the page starts. Wikimedia ships it bz2-compressed
//! (`…-multistream-index.txt.bz2`); plain text works too.
//!
//! The index of English Wikipedia has tens of millions of lines, so it is never held in memory:
//! [`stream_offsets`] keeps one number per stream, and [`find`] reads until the page it wants.

use super::error::DumpError;
use super::source::Compression;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// One line of the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEntry {
    /// Byte offset of the bz2 stream holding the page.
    pub offset: u64,
    /// The page id.
    pub page_id: u64,
    /// The page title.
    pub title: String,
    /// The line of the index it is on (1-based).
    pub line: u64,
}

/// The byte range of one bz2 stream: `[start, end)`; `end` is `None` for the last one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StreamRange {
    /// First byte of the stream.
    pub start: u64,
    /// First byte after it (the next stream's start), or the end of the file.
    pub end: Option<u64>,
}

fn open(path: &Path) -> Result<Box<dyn BufRead + Send>, DumpError> {
    let open_error = |source| DumpError::Open {
        path: path.into(),
        source,
    };
    let mut file = BufReader::new(File::open(path).map_err(open_error)?);
    let head = file.fill_buf().map_err(open_error)?;
    Ok(match Compression::sniff(head) {
        Compression::Bzip2 => Box::new(BufReader::new(bzip2::bufread::MultiBzDecoder::new(file))),
        Compression::Gzip => Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(file))),
        Compression::None => Box::new(file),
    })
}

/// Read the index line by line, checking each, until `visit` returns `true`.
fn each(path: &Path, mut visit: impl FnMut(IndexEntry) -> bool) -> Result<(), DumpError> {
    let mut reader = open(path)?;
    let invalid = |line: u64, message: String| DumpError::Index {
        path: path.into(),
        line,
        message,
    };
    let mut bytes = Vec::new();
    let mut line_no = 0u64;
    let mut last_offset = 0u64;
    loop {
        bytes.clear();
        let n = (&mut reader)
            .take(1 << 20)
            .read_until(b'\n', &mut bytes)
            .map_err(|e| invalid(line_no + 1, format!("cannot be read: {e}")))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        if bytes.last() != Some(&b'\n') && n == 1 << 20 {
            return Err(invalid(line_no, "a line longer than 1 MiB".into()));
        }
        let line = std::str::from_utf8(&bytes)
            .map_err(|e| {
                invalid(
                    line_no,
                    format!("invalid UTF-8 at column {}", e.valid_up_to() + 1),
                )
            })?
            .trim_end_matches(['\n', '\r']);
        if line.is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, ':');
        let (Some(offset), Some(id), Some(title)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(invalid(
                line_no,
                format!("{line:?} is not offset:page_id:title"),
            ));
        };
        let offset: u64 = offset
            .parse()
            .map_err(|_| invalid(line_no, format!("the offset {offset:?} is not a number")))?;
        let page_id: u64 = id
            .parse()
            .map_err(|_| invalid(line_no, format!("the page id {id:?} is not a number")))?;
        if offset < last_offset {
            return Err(invalid(
                line_no,
                format!("the offset {offset} comes after the larger offset {last_offset}"),
            ));
        }
        last_offset = offset;
        let entry = IndexEntry {
            offset,
            page_id,
            title: title.to_owned(),
            line: line_no,
        };
        if visit(entry) {
            break;
        }
    }
    if line_no == 0 {
        return Err(invalid(0, "the index is empty".into()));
    }
    Ok(())
}

/// The start of every stream the index names, in order, each once, with the index line that
/// first names it.
pub fn stream_offsets(path: &Path) -> Result<Vec<(u64, u64)>, DumpError> {
    let mut offsets: Vec<(u64, u64)> = Vec::new();
    each(path, |e| {
        if offsets.last().map(|o| o.0) != Some(e.offset) {
            offsets.push((e.offset, e.line));
        }
        false
    })?;
    Ok(offsets)
}

/// Check that every offset of the index starts a bz2 stream of the dump (`BZh` and a block
/// size digit), so that a wrong index is named before any work starts.
pub fn check_offsets(index: &Path, dump: &Path, offsets: &[(u64, u64)]) -> Result<(), DumpError> {
    use std::io::{Seek, SeekFrom};
    let open_error = |source| DumpError::Open {
        path: dump.into(),
        source,
    };
    let mut file = File::open(dump).map_err(open_error)?;
    let size = file.metadata().map_err(open_error)?.len();
    for &(offset, line) in offsets {
        let invalid = |message: String| DumpError::Index {
            path: index.into(),
            line,
            message,
        };
        if offset >= size {
            return Err(invalid(format!(
                "the offset {offset} is past the end of the dump ({size} bytes)"
            )));
        }
        let mut head = [0u8; 4];
        file.seek(SeekFrom::Start(offset)).map_err(open_error)?;
        let n = file.read(&mut head).map_err(open_error)?;
        if n < 4 || !head.starts_with(b"BZh") || !(b'1'..=b'9').contains(&head[3]) {
            return Err(invalid(format!(
                "the offset {offset} does not point at a bz2 stream of {}",
                dump.display()
            )));
        }
    }
    Ok(())
}

/// The first entry `wanted` accepts, with the range of its stream.
pub fn find(
    path: &Path,
    mut wanted: impl FnMut(&IndexEntry) -> bool,
) -> Result<Option<(IndexEntry, StreamRange)>, DumpError> {
    let mut found: Option<IndexEntry> = None;
    let mut end = None;
    each(path, |e| match &found {
        None => {
            if wanted(&e) {
                found = Some(e);
            }
            false
        }
        Some(f) if e.offset > f.offset => {
            end = Some(e.offset);
            true
        }
        Some(_) => false,
    })?;
    Ok(found.map(|f| {
        let start = f.offset;
        (f, StreamRange { start, end })
    }))
}

/// The ranges of all streams of a dump: the header stream before the first indexed one, then
/// each indexed stream up to the next (the last one runs to the end of the file and so
/// includes the closing stream).
pub fn ranges(offsets: &[(u64, u64)]) -> Vec<StreamRange> {
    let mut starts = Vec::with_capacity(offsets.len() + 1);
    if offsets.first().map(|o| o.0) != Some(0) {
        starts.push(0);
    }
    starts.extend(offsets.iter().map(|o| o.0));
    starts
        .iter()
        .enumerate()
        .map(|(i, &start)| StreamRange {
            start,
            end: starts.get(i + 1).copied(),
        })
        .collect()
}
