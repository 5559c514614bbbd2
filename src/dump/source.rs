//! Opening a dump: a file or stdin, plain XML, bz2 (one stream or many) or gzip, recognised by
//! its first bytes rather than its name, with a counter of the compressed bytes read (for the
//! progress bar and its ETA).

use super::error::DumpError;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// How a dump file is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Plain XML.
    None,
    /// bzip2, one stream or several concatenated (multistream).
    Bzip2,
    /// gzip, one member or several.
    Gzip,
}

impl Compression {
    /// Recognise the compression from the first bytes of a file.
    pub fn sniff(head: &[u8]) -> Compression {
        if head.starts_with(b"BZh") {
            Compression::Bzip2
        } else if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else {
            Compression::None
        }
    }
}

/// Counts the bytes read through it into a shared counter.
pub struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// An opened dump: decompressed XML to read, and what is known about the file.
pub struct Input {
    /// The decompressed XML.
    pub xml: Box<dyn BufRead + Send>,
    /// How the file is compressed.
    pub compression: Compression,
    /// The compressed size, when the input is a file.
    pub size: Option<u64>,
    /// Compressed bytes read so far.
    pub read: Arc<AtomicU64>,
    /// The file (`-` for stdin).
    pub path: PathBuf,
}

/// Size of the read buffers: large enough that decompression and XML scanning work on long runs.
const BUFFER: usize = 1 << 16;

/// Size of the buffer decompressed XML is read into: a megabyte at a time keeps the decoder's
/// tables warm in the cache (decoding and parsing in small turns is slower on one thread).
const DECODED: usize = 1 << 20;

/// Open a dump file, or stdin for `-`.
pub fn open(path: &Path) -> Result<Input, DumpError> {
    let open_error = |source| DumpError::Open {
        path: path.into(),
        source,
    };
    let (raw, size): (Box<dyn Read + Send>, Option<u64>) = if path.as_os_str() == "-" {
        (Box::new(io::stdin()), None)
    } else {
        if path.is_dir() {
            return Err(open_error(io::Error::other("is a directory")));
        }
        let file = File::open(path).map_err(open_error)?;
        let size = file.metadata().ok().map(|m| m.len());
        (Box::new(file), size)
    };
    let read = Arc::new(AtomicU64::new(0));
    let mut counted = BufReader::with_capacity(
        BUFFER,
        Counting {
            inner: raw,
            count: Arc::clone(&read),
        },
    );
    let compression = Compression::sniff(counted.fill_buf().map_err(open_error)?);
    let xml: Box<dyn BufRead + Send> = match compression {
        Compression::None => Box::new(counted),
        Compression::Bzip2 => Box::new(BufReader::with_capacity(
            DECODED,
            bzip2::bufread::MultiBzDecoder::new(counted),
        )),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            DECODED,
            flate2::bufread::MultiGzDecoder::new(counted),
        )),
    };
    Ok(Input {
        xml,
        compression,
        size,
        read,
        path: path.into(),
    })
}

/// Decompress a byte range holding whole bz2 streams (one of a multistream dump's).
pub fn bz2_range(bytes: &[u8]) -> impl BufRead + Send + '_ {
    BufReader::with_capacity(BUFFER, bzip2::bufread::MultiBzDecoder::new(bytes))
}
