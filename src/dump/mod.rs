//! MediaWiki XML dumps: pages streamed out of plain, bz2 (single or multistream) or gzip
//! exports, parsed on every core, in dump order. Behind the `dump` cargo feature.
//!
//! ```no_run
//! # fn main() -> Result<(), wikiparse::dump::DumpError> {
//! // one thread, in order: each page's metadata and its Article
//! for item in wikiparse::dump::articles("enwiki-pages-articles.xml.bz2".as_ref())? {
//!     let (page, article) = item?;
//!     println!("{} ({}): {} infoboxes", page.title, page.id, article.infoboxes.len());
//! }
//! # Ok(()) }
//! ```
//!
//! [`Dump::run`] does the same on several threads (and with an index, decompresses the
//! streams of a multistream dump in parallel too), still in dump order.
//!
//! Memory stays flat as the dump grows: one page at a time is read ([`PageReader`]), at most a
//! few pages (or streams) per thread are in flight ([`pipeline::ordered`]), and the index is
//! read line by line, never held.

mod error;
pub mod index;
pub mod pipeline;
pub mod source;
mod xml;

pub use error::{DumpError, Location};
pub use index::{IndexEntry, StreamRange};
pub use pipeline::Flow;
pub use source::Compression;
pub use xml::{Page, PageReader};

use crate::ast::{Article, PageInfo};
use crate::{Diagnostic, Dialect, Options, Severity, Span};
use std::io::{BufRead, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

impl Page {
    /// Parse the page's wikitext into an Article carrying the page's metadata (`page`) and
    /// title. A parser failure (a bug) becomes an error diagnostic in the Article instead of
    /// stopping the dump. A revision whose content model is not wikitext (a stylesheet, a
    /// script, JSON, a Lua module) is not parsed: its Article is empty but for a
    /// `not_wikitext` warning over the whole text.
    pub fn parse(&self) -> Article {
        self.parse_scoped(false)
    }

    /// Like [`Page::parse`], but only the title and infoboxes (see [`crate::parse_infoboxes`]).
    pub fn parse_infoboxes(&self) -> Article {
        self.parse_scoped(true)
    }

    /// The infobox facts of a page that may hold an infobox ([`Page::parse_infoboxes`]);
    /// `None`, without parsing, for a page that cannot (its template names rule it out, or it
    /// is not wikitext).
    pub fn infobox_facts(&self) -> Option<Article> {
        if !self.is_wikitext() {
            return None;
        }
        match self.guarded(|| crate::wikitext::parse_infoboxes_if_any(&self.text)) {
            Ok(found) => found.map(|article| self.with_page(article)),
            Err(failed) => Some(*failed),
        }
    }

    /// The content model is wikitext (or the dump does not say).
    fn is_wikitext(&self) -> bool {
        self.info.model.as_deref().is_none_or(|m| m == "wikitext")
    }

    fn parse_scoped(&self, infoboxes_only: bool) -> Article {
        if !self.is_wikitext() {
            let model = self.info.model.as_deref().unwrap_or_default();
            let message = format!("the content model is {model:?}, not wikitext: not parsed");
            return self.unparsed(Severity::Warning, "not_wikitext", message);
        }
        let options = Options {
            dialect: Some(Dialect::Wikitext),
        };
        let parsed = self.guarded(|| {
            if infoboxes_only {
                crate::parse_infoboxes(&self.text, &options)
            } else {
                crate::parse_with(&self.text, &options)
            }
        });
        parsed.map_or_else(|failed| *failed, |article| self.with_page(article))
    }

    /// Run a parse; a parser failure (a bug) becomes, in `Err`, an empty Article with an error
    /// diagnostic.
    fn guarded<T>(
        &self,
        parse: impl FnOnce() -> T + std::panic::UnwindSafe,
    ) -> Result<T, Box<Article>> {
        std::panic::catch_unwind(parse).map_err(|panic| Box::new(self.failed(panic)))
    }

    /// The Article of a page the parser failed on: empty, with the panic's message.
    fn failed(&self, panic: Box<dyn std::any::Any + Send>) -> Article {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let message = format!("the parser failed on this page: {why}");
        self.unparsed(Severity::Error, "internal", message)
    }

    /// An empty Article whose one diagnostic covers the whole text.
    fn unparsed(&self, severity: Severity, code: &str, message: String) -> Article {
        let options = Options {
            dialect: Some(Dialect::Wikitext),
        };
        let mut article = crate::parse_with("", &options);
        article.span = Span::new(0, self.text.len());
        article.diagnostics.push(Diagnostic {
            severity,
            code: code.into(),
            message,
            span: article.span,
        });
        self.with_page(article)
    }

    /// The page's title and metadata on its Article.
    fn with_page(&self, mut article: Article) -> Article {
        article.title = Some(self.info.title.clone());
        article.title_inferred = false;
        article.page = Some(self.info.clone());
        article
    }
}

/// Open a dump (a file, or stdin for `-`) and read its pages in order on this thread.
pub fn pages(path: &Path) -> Result<PageReader<Box<dyn BufRead + Send>>, DumpError> {
    let input = source::open(path)?;
    let compressed = input.compression != Compression::None;
    Ok(PageReader::new(input.xml, input.path).compressed(compressed))
}

/// Open a dump and parse its pages in order on this thread: each page's metadata and Article.
pub fn articles(
    path: &Path,
) -> Result<impl Iterator<Item = Result<(PageInfo, Article), DumpError>>, DumpError> {
    Ok(pages(path)?.map(|page| {
        page.map(|page| {
            let article = page.parse();
            (page.info, article)
        })
    }))
}

thread_local! {
    /// The buffer a worker decompresses its streams into, kept from one stream to the next so
    /// that it is allocated and zeroed once, not for every stream.
    static DECODED: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// A buffer past this size (a stream far larger than Wikimedia's 100 pages) is not kept.
const DECODED_KEEP: usize = 1 << 26;

/// Read `reader` to its end into `buf` from its start, growing it as needed (the bytes past
/// the returned length are left over from earlier reads).
fn read_all(reader: &mut impl Read, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut filled = 0;
    loop {
        if filled == buf.len() {
            buf.resize(buf.len() + buf.len().max(1 << 20), 0);
        }
        match reader.read(&mut buf[filled..]) {
            Ok(0) => return Ok(filled),
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// A title as MediaWiki compares it: `_` is a space, spaces collapse, and the first letter is
/// upper case (the default for Wikipedia's namespaces), as is the first letter after a
/// namespace prefix (`talk:emu_war` → `Talk:Emu war`; any prefix is taken for one: both sides
/// of a comparison are normalised alike).
pub fn normalize_title(title: &str) -> String {
    let spaced = title.replace('_', " ");
    let joined = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let upper_first = |s: &str| {
        let mut chars = s.chars();
        chars.next().map_or_else(String::new, |c| {
            c.to_uppercase().chain(chars).collect::<String>()
        })
    };
    match joined.split_once(':') {
        Some((ns, rest)) => format!("{}:{}", upper_first(ns), upper_first(rest.trim_start())),
        None => upper_first(&joined),
    }
}

/// Which pages of a dump to read.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Namespaces to keep; `None` keeps all.
    pub namespaces: Option<Vec<i64>>,
    /// Leave out redirect pages.
    pub skip_redirects: bool,
    /// Only the page with this title (compared as [`normalize_title`] does).
    pub title: Option<String>,
    /// Only the page with this id.
    pub page_id: Option<u64>,
}

impl Selection {
    /// Whether a page is wanted.
    pub fn accepts(&self, info: &PageInfo) -> bool {
        if let Some(ns) = &self.namespaces {
            if !ns.contains(&info.ns) {
                return false;
            }
        }
        if self.skip_redirects && info.redirect.is_some() {
            return false;
        }
        if let Some(id) = self.page_id {
            if info.id != id {
                return false;
            }
        }
        if let Some(t) = &self.title {
            if normalize_title(&info.title) != normalize_title(t) {
                return false;
            }
        }
        true
    }

    /// True when one page at most is wanted (by title or id).
    fn single(&self) -> bool {
        self.title.is_some() || self.page_id.is_some()
    }

    fn describe(&self) -> String {
        match (&self.title, self.page_id) {
            (Some(t), _) => format!("titled {t:?}"),
            (None, Some(id)) => format!("with id {id}"),
            (None, None) => "at all".into(),
        }
    }
}

/// How far a running dump has got.
#[derive(Debug, Default)]
pub struct Progress {
    /// Compressed bytes read (or, with an index, in streams already finished).
    pub read: AtomicU64,
    /// Decompressed XML bytes.
    pub xml: AtomicU64,
}

/// A dump to read: the file, its index, the threads and the selection.
#[derive(Debug, Clone)]
pub struct Dump {
    /// The dump file, or `-` for stdin.
    pub path: PathBuf,
    /// The multistream index (`offset:page_id:title` lines, plain or bz2).
    pub index: Option<PathBuf>,
    /// Threads that parse (and, with an index, decompress); 1 runs everything on the caller's.
    pub jobs: usize,
    /// Which pages.
    pub selection: Selection,
    /// Stop after this many pages.
    pub limit: Option<u64>,
    /// Shared counters for a progress display.
    pub progress: Arc<Progress>,
}

/// A page's result, or the error that made its page unreadable (the dump goes on).
pub type PageResult<R> = Result<R, DumpError>;

impl Dump {
    /// A dump read with every core, all namespaces, no limit.
    pub fn new(path: impl Into<PathBuf>) -> Dump {
        Dump {
            path: path.into(),
            index: None,
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            selection: Selection::default(),
            limit: None,
            progress: Arc::new(Progress::default()),
        }
    }

    /// The compressed size of the dump, when it is a file.
    pub fn size(&self) -> Option<u64> {
        if self.path.as_os_str() == "-" {
            return None;
        }
        std::fs::metadata(&self.path).ok().map(|m| m.len())
    }

    /// Read the selected pages, apply `work` to each on the worker threads, and hand the
    /// results to `sink` in dump order. A malformed page reaches `sink` as an `Err` and the
    /// dump goes on; an error that stops the dump (corrupt or truncated file, bad index) is
    /// returned after every page before it has reached `sink`.
    pub fn run<R: Send>(
        &self,
        work: impl Fn(&Page) -> R + Sync,
        mut sink: impl FnMut(PageResult<R>) -> Result<Flow, DumpError>,
    ) -> Result<(), DumpError> {
        let mut left = self.limit.unwrap_or(u64::MAX);
        if left == 0 {
            return Ok(());
        }
        let mut counted = |result: PageResult<R>| {
            let ok = result.is_ok();
            let flow = sink(result)?;
            if ok {
                left -= 1;
            }
            Ok(if left == 0 { Flow::Stop } else { flow })
        };
        match &self.index {
            Some(index) if self.selection.single() => self.run_one(index, &work, &mut counted),
            Some(index) => self.run_streams(index, &work, &mut counted),
            None => self.run_sequential(&work, &mut counted),
        }
    }

    /// Decompress the dump without parsing it, with the same parallelism as [`Dump::run`]
    /// (streams in parallel with an index): the speed limit a run can reach. Returns the
    /// decompressed size.
    pub fn decompress(&self) -> Result<u64, DumpError> {
        match &self.index {
            None => {
                let mut input = source::open(&self.path)?;
                let mut buf = vec![0u8; 1 << 16];
                let mut total = 0u64;
                loop {
                    let n = input.xml.read(&mut buf).map_err(|source| DumpError::Read {
                        at: Location {
                            file: self.path.clone(),
                            xml_offset: Some(total),
                            ..Location::default()
                        },
                        source,
                    })?;
                    if n == 0 {
                        break;
                    }
                    total += n as u64;
                    self.progress
                        .read
                        .store(input.read.load(Ordering::Relaxed), Ordering::Relaxed);
                }
                self.progress.xml.store(total, Ordering::Relaxed);
                Ok(total)
            }
            Some(index) => {
                let ranges = self.stream_ranges(index)?;
                let mut next = ranges.iter();
                let mut total = 0u64;
                pipeline::ordered(
                    self.jobs,
                    self.jobs * 4,
                    || next.next().map(|r| Ok(*r)),
                    |range| {
                        let bytes = self.read_range(range)?;
                        let mut reader = source::bz2_range(&bytes);
                        let n = std::io::copy(&mut reader, &mut std::io::sink())
                            .map_err(|source| self.stream_error(range, source))?;
                        Ok((n, bytes.len() as u64))
                    },
                    |(n, compressed)| {
                        total += n;
                        self.progress.xml.fetch_add(n, Ordering::Relaxed);
                        self.progress.read.fetch_add(compressed, Ordering::Relaxed);
                        Ok(Flow::Continue)
                    },
                )?;
                Ok(total)
            }
        }
    }

    fn run_sequential<R: Send>(
        &self,
        work: &(impl Fn(&Page) -> R + Sync),
        sink: &mut impl FnMut(PageResult<R>) -> Result<Flow, DumpError>,
    ) -> Result<(), DumpError> {
        let input = source::open(&self.path)?;
        let read = Arc::clone(&input.read);
        let compressed = input.compression != Compression::None;
        let mut reader = PageReader::new(input.xml, input.path).compressed(compressed);
        let (selection, progress) = (&self.selection, &self.progress);
        let mut left = self.limit.unwrap_or(u64::MAX);
        let single = selection.single();
        let produce = move || {
            if left == 0 {
                return None;
            }
            let item = loop {
                let next = reader.next();
                progress
                    .read
                    .store(read.load(Ordering::Relaxed), Ordering::Relaxed);
                progress.xml.store(reader.position(), Ordering::Relaxed);
                match next? {
                    Ok(page) if !selection.accepts(&page.info) => continue,
                    Ok(page) => {
                        left = if single { 0 } else { left - 1 };
                        break Ok(Ok(page));
                    }
                    Err(e) if e.is_page_error() => break Ok(Err(e)),
                    Err(e) => break Err(e),
                }
            };
            Some(item)
        };
        let mut found = false;
        pipeline::ordered(
            self.jobs,
            self.jobs * 8,
            produce,
            |page: PageResult<Page>| Ok(page.map(|p| work(&p))),
            |result| {
                found |= result.is_ok();
                sink(result)
            },
        )?;
        if single && !found {
            return Err(DumpError::NotFound {
                path: self.path.clone(),
                what: self.selection.describe(),
            });
        }
        Ok(())
    }

    fn stream_ranges(&self, index: &Path) -> Result<Vec<StreamRange>, DumpError> {
        self.check_bz2()?;
        let offsets = index::stream_offsets(index)?;
        index::check_offsets(index, &self.path, &offsets)?;
        Ok(index::ranges(&offsets))
    }

    fn check_bz2(&self) -> Result<(), DumpError> {
        if self.path.as_os_str() == "-" {
            return Err(DumpError::Usage(
                "--index needs the dump as a file, not stdin: its streams are read by offset"
                    .into(),
            ));
        }
        let mut head = [0u8; 3];
        let mut file = std::fs::File::open(&self.path).map_err(|e| self.open_error(e))?;
        let n = file.read(&mut head).map_err(|e| self.open_error(e))?;
        if Compression::sniff(&head[..n]) != Compression::Bzip2 {
            return Err(DumpError::Usage(format!(
                "{}: --index needs a multistream bz2 dump, and this file is not bz2",
                self.path.display()
            )));
        }
        Ok(())
    }

    /// The compressed bytes of one stream (its offset was checked by
    /// [`index::check_offsets`] before any work started).
    fn read_range(&self, range: StreamRange) -> Result<Vec<u8>, DumpError> {
        let at = |source| self.stream_error(range, source);
        let mut file = std::fs::File::open(&self.path).map_err(|source| self.open_error(source))?;
        file.seek(SeekFrom::Start(range.start)).map_err(at)?;
        let mut bytes = Vec::new();
        match range.end {
            Some(end) => {
                let len = end.saturating_sub(range.start);
                file.take(len).read_to_end(&mut bytes).map_err(at)?;
                if (bytes.len() as u64) < len {
                    return Err(at(std::io::Error::new(
                        std::io::ErrorKind::UnexpectedEof,
                        format!(
                            "the file ends {} bytes into the stream, which should have {len}",
                            bytes.len()
                        ),
                    )));
                }
            }
            None => {
                file.read_to_end(&mut bytes).map_err(at)?;
            }
        }
        Ok(bytes)
    }

    fn open_error(&self, source: std::io::Error) -> DumpError {
        DumpError::Open {
            path: self.path.clone(),
            source,
        }
    }

    fn stream_error(&self, range: StreamRange, source: std::io::Error) -> DumpError {
        DumpError::Read {
            at: Location {
                file: self.path.clone(),
                stream: Some(range.start),
                ..Location::default()
            },
            source,
        }
    }

    /// The pages of one stream, read and checked: the first stream must open the dump, the last
    /// must close it.
    fn stream_pages(
        &self,
        range: StreamRange,
        first: bool,
        each: impl FnMut(PageResult<Page>),
    ) -> Result<u64, DumpError> {
        let bytes = self.read_range(range)?;
        // Decompress the whole stream first (a few MB): the decoder then runs with its tables
        // warm in the cache instead of taking turns with the parser, about a third faster.
        let mut xml = DECODED.take();
        let decoded = read_all(&mut source::bz2_range(&bytes), &mut xml);
        let result = decoded
            .map_err(|source| self.stream_error(range, source))
            .and_then(|len| self.read_stream(&xml[..len], range, first, each));
        if xml.len() <= DECODED_KEEP {
            DECODED.set(xml);
        }
        result.map(|()| bytes.len() as u64)
    }

    /// The pages of one decompressed stream (see [`Dump::stream_pages`]).
    fn read_stream(
        &self,
        xml: &[u8],
        range: StreamRange,
        first: bool,
        mut each: impl FnMut(PageResult<Page>),
    ) -> Result<(), DumpError> {
        let mut reader = PageReader::fragment(xml, self.path.clone(), range.start);
        for page in &mut reader {
            match page {
                Ok(p) => each(Ok(p)),
                Err(e) if e.is_page_error() => each(Err(e)),
                Err(e) => return Err(e),
            }
        }
        if first && !reader.saw_root() {
            return Err(DumpError::NotADump {
                path: self.path.clone(),
                message: "its first bz2 stream has no <mediawiki> element".into(),
            });
        }
        if range.end.is_none() && !reader.saw_end() {
            return Err(DumpError::Truncated {
                at: Location {
                    file: self.path.clone(),
                    stream: Some(range.start),
                    xml_offset: Some(reader.position()),
                    page: None,
                },
                message: "its last bz2 stream ends before </mediawiki>".into(),
            });
        }
        self.progress
            .xml
            .fetch_add(reader.position(), Ordering::Relaxed);
        Ok(())
    }

    fn run_streams<R: Send>(
        &self,
        index: &Path,
        work: &(impl Fn(&Page) -> R + Sync),
        sink: &mut impl FnMut(PageResult<R>) -> Result<Flow, DumpError>,
    ) -> Result<(), DumpError> {
        let ranges = self.stream_ranges(index)?;
        let mut next = ranges.iter().enumerate();
        pipeline::ordered(
            self.jobs,
            self.jobs * 4,
            || next.next().map(|(i, r)| Ok((i == 0, *r))),
            |(first, range)| {
                let mut results = Vec::new();
                let compressed = self.stream_pages(range, first, |page| match page {
                    Ok(p) if self.selection.accepts(&p.info) => results.push(Ok(work(&p))),
                    Ok(_) => {}
                    Err(e) => results.push(Err(e)),
                })?;
                Ok((results, compressed))
            },
            |(results, compressed)| {
                self.progress.read.fetch_add(compressed, Ordering::Relaxed);
                for r in results {
                    if sink(r)? == Flow::Stop {
                        return Ok(Flow::Stop);
                    }
                }
                Ok(Flow::Continue)
            },
        )
    }

    /// Random access: decompress only the stream the index names for the wanted page.
    fn run_one<R: Send>(
        &self,
        index: &Path,
        work: &(impl Fn(&Page) -> R + Sync),
        sink: &mut impl FnMut(PageResult<R>) -> Result<Flow, DumpError>,
    ) -> Result<(), DumpError> {
        self.check_bz2()?;
        let wanted = self.selection.title.as_deref().map(normalize_title);
        let found = index::find(index, |e| {
            self.selection.page_id.is_none_or(|id| id == e.page_id)
                && wanted
                    .as_ref()
                    .is_none_or(|t| normalize_title(&e.title) == *t)
        })?;
        let Some((entry, range)) = found else {
            return Err(DumpError::NotInIndex {
                path: index.into(),
                what: self.selection.describe(),
            });
        };
        index::check_offsets(index, &self.path, &[(entry.offset, entry.line)])?;
        let mut page = None;
        self.stream_pages(range, range.start == 0, |p| {
            if let Ok(p) = p {
                if page.is_none() && p.info.id == entry.page_id {
                    page = Some(p);
                }
            }
        })
        .or_else(|e| match e {
            // a stream in the middle has neither the dump's start nor its end
            DumpError::NotADump { .. } | DumpError::Truncated { .. } if page.is_some() => Ok(0),
            e => Err(e),
        })?;
        let Some(page) = page else {
            return Err(DumpError::Index {
                path: index.into(),
                line: 0,
                message: format!(
                    "page {:?} (id {}) is not in the stream at byte {} where line {} puts it",
                    entry.title, entry.page_id, entry.offset, entry.line
                ),
            });
        };
        if self.selection.accepts(&page.info) {
            sink(Ok(work(&page)))?;
        }
        Ok(())
    }
}
