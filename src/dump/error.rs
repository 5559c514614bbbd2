//! What stops a dump, or one page of it, with the place it happened.

use std::path::PathBuf;

/// Where in a dump something went wrong: the file, the compressed bz2 stream (multistream
/// dumps), the byte offset in the decompressed XML, and the page being read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Location {
    /// The dump file (`-` for stdin).
    pub file: PathBuf,
    /// Byte offset of the bz2 stream in the compressed file, when streams are read one by one.
    pub stream: Option<u64>,
    /// Byte offset in the decompressed XML (of that stream, when `stream` is set).
    pub xml_offset: Option<u64>,
    /// The page being read (`in page "Title" (id 12)`) or the last complete one
    /// (`after page …`).
    pub page: Option<String>,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(s) = self.stream {
            write!(f, ", bz2 stream at byte {s}")?;
        }
        if let Some(x) = self.xml_offset {
            write!(f, ", XML byte {x}")?;
        }
        if let Some(p) = &self.page {
            write!(f, ", {p}")?;
        }
        Ok(())
    }
}

/// A dump that cannot be read on, a page that cannot be read, or a bad index.
#[derive(Debug, thiserror::Error)]
pub enum DumpError {
    /// The dump or index file could not be opened.
    #[error("{path}: {source}")]
    Open {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Reading or decompressing failed: a corrupt or truncated compressed file.
    #[error("{at}: the compressed data is corrupt or truncated ({source})")]
    Read {
        /// Where.
        at: Location,
        /// The decoder's or the system's error.
        source: std::io::Error,
    },
    /// The XML is not well formed.
    #[error("{at}: malformed XML: {message}")]
    Xml {
        /// Where.
        at: Location,
        /// What the XML reader saw.
        message: String,
    },
    /// The dump stops before its end (inside a page, or before `</mediawiki>`).
    #[error("{at}: the dump is truncated ({message})")]
    Truncated {
        /// Where.
        at: Location,
        /// What was still open.
        message: String,
    },
    /// The input is not a MediaWiki XML export.
    #[error("{path}: not a MediaWiki XML dump ({message})")]
    NotADump {
        /// The file.
        path: PathBuf,
        /// What was found instead.
        message: String,
    },
    /// A page lacks its title, id or namespace, or one of them is not what the schema allows.
    /// Not fatal: the pages after it are still read.
    #[error("{at}: malformed page: {message}")]
    Page {
        /// Where.
        at: Location,
        /// What is missing or wrong.
        message: String,
    },
    /// The multistream index is not `offset:page_id:title` lines with growing offsets, or an
    /// offset does not fit the dump.
    #[error("{path}, line {line}: invalid index: {message}")]
    Index {
        /// The index file.
        path: PathBuf,
        /// The line (1-based; 0 when the problem is the whole file).
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// `--title` or `--page-id` named a page the index does not list.
    #[error("{path}: the index lists no page {what}")]
    NotInIndex {
        /// The index file.
        path: PathBuf,
        /// The page asked for (`titled "X"`, `with id 12`).
        what: String,
    },
    /// `--title` or `--page-id` named a page the dump does not hold (read without an index).
    #[error("{path}: the dump has no page {what}")]
    NotFound {
        /// The dump file.
        path: PathBuf,
        /// The page asked for.
        what: String,
    },
    /// The options do not fit the dump (an index for a dump that is not bz2, …).
    #[error("{0}")]
    Usage(String),
    /// Writing the output failed.
    #[error("writing the output: {0}")]
    Output(#[source] std::io::Error),
}

impl DumpError {
    /// True for an error that concerns one page only; the dump goes on after it.
    pub fn is_page_error(&self) -> bool {
        matches!(self, DumpError::Page { .. })
    }
}
