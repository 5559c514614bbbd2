//! The one fatal error type: what stops the CLI from producing an Article at all.
//!
//! The parser itself never returns it (any `&str` parses); it covers reading and decoding input
//! and bad options.

use std::path::PathBuf;

/// A fatal error with the file and byte offset where one exists.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file (or `-` for stdin).
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// The input is not UTF-8.
    #[error(
        "{path}: invalid UTF-8 at byte offset {offset} (use `--lossy` to replace invalid bytes)"
    )]
    InvalidUtf8 {
        /// The file (or `-` for stdin).
        path: PathBuf,
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The input is a directory, not a file.
    #[error("{path}: is a directory")]
    IsDirectory {
        /// The directory given.
        path: PathBuf,
    },
    /// An unknown dialect name.
    #[error("unknown dialect `{0}` (expected `auto`, `rendered` or `wikitext`)")]
    UnknownDialect(String),
}

/// `Result` with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
