//! Reading `<page>` elements out of MediaWiki export XML (schema 0.10 and 0.11) with quick-xml,
//! one page at a time, so memory holds one page however large the dump.
//!
//! Only what a page needs is kept: `<title>`, `<ns>`, `<id>`, `<redirect title>`, and of the
//! last `<revision>` its `<id>`, `<timestamp>`, `<model>` and `<text>`. Everything else
//! (`<siteinfo>`, contributors, comments, hashes, uploads) is skipped. Entity and character
//! references are resolved into the text (`&lt;ref&gt;` is `<ref>` in the wikitext).

use super::error::{DumpError, Location};
use crate::ast::PageInfo;
use quick_xml::events::Event;
use std::io::BufRead;
use std::path::PathBuf;

/// One page of a dump: where it came from and its wikitext.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Page {
    /// Id, title, namespace, revision, timestamp, redirect target, content model.
    pub info: PageInfo,
    /// The wikitext of the last revision (empty when the dump has none, e.g. deleted text).
    pub text: String,
    /// Byte offset of `<page>` in the decompressed XML.
    pub offset: u64,
}

impl Page {
    /// `page "Title" (id 12)` for messages.
    pub fn describe(&self) -> String {
        format!("page {:?} (id {})", self.info.title, self.info.id)
    }
}

/// Which element's text is being collected.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Ns,
    Id,
    RevisionId,
    Timestamp,
    Model,
    Text,
}

/// Reads the pages of a MediaWiki XML export in order.
///
/// The iterator yields `Ok(page)` for every well-formed page and `Err` for a page that lacks
/// its title, id or namespace ([`DumpError::Page`], after which reading goes on) or for a dump
/// that cannot be read on (corrupt compression, malformed XML, truncation; the iterator ends).
pub struct PageReader<R> {
    reader: quick_xml::Reader<R>,
    buf: Vec<u8>,
    /// Reading one stream of a multistream dump: `</mediawiki>` may come without its start tag,
    /// and the end of the input is not a truncation.
    fragment: bool,
    /// The XML comes out of a decompressor (see [`PageReader::compressed`]).
    compressed: bool,
    at: Location,
    seen_root: bool,
    seen_end: bool,
    last_page: Option<String>,
    done: bool,
}

impl<R: BufRead> PageReader<R> {
    /// Read a whole dump: it must start with `<mediawiki` and end with `</mediawiki>`.
    pub fn new(xml: R, file: PathBuf) -> Self {
        Self::with(xml, file, None)
    }

    /// Read one bz2 stream of a multistream dump (the stream at compressed byte `stream`):
    /// pages without the enclosing `<mediawiki>`, which only the first and last streams hold.
    pub fn fragment(xml: R, file: PathBuf, stream: u64) -> Self {
        Self::with(xml, file, Some(stream))
    }

    fn with(xml: R, file: PathBuf, stream: Option<u64>) -> Self {
        let mut reader = quick_xml::Reader::from_reader(xml);
        let config = reader.config_mut();
        config.check_end_names = true;
        config.allow_unmatched_ends = stream.is_some();
        config.expand_empty_elements = false;
        PageReader {
            reader,
            buf: Vec::with_capacity(1 << 16),
            fragment: stream.is_some(),
            compressed: stream.is_some(),
            at: Location {
                file,
                stream,
                ..Location::default()
            },
            seen_root: false,
            seen_end: false,
            last_page: None,
            done: false,
        }
    }

    /// True once `</mediawiki>` has been read (the last stream of a multistream dump holds it).
    pub fn saw_end(&self) -> bool {
        self.seen_end
    }

    /// Say that the XML comes out of a decompressor, so that malformed XML is first checked
    /// against the compressed data's checksums.
    pub fn compressed(mut self, yes: bool) -> Self {
        self.compressed = yes;
        self
    }

    /// True once `<mediawiki>` has been read (the first stream of a multistream dump holds it).
    pub fn saw_root(&self) -> bool {
        self.seen_root
    }

    /// Bytes of decompressed XML read so far.
    pub fn position(&self) -> u64 {
        self.reader.buffer_position()
    }

    fn location(&self, page: Option<String>) -> Location {
        Location {
            xml_offset: Some(self.reader.buffer_position()),
            page: page.or_else(|| self.last_page.as_ref().map(|p| format!("after {p}"))),
            ..self.at.clone()
        }
    }

    fn xml_error(&mut self, e: quick_xml::Error, page: Option<String>) -> DumpError {
        use quick_xml::Error as X;
        let at = Location {
            xml_offset: Some(
                self.reader
                    .error_position()
                    .max(self.reader.buffer_position()),
            ),
            ..self.location(page)
        };
        // Garbage from a corrupt compressed block reaches the XML reader before the block's
        // checksum is checked at its end: read on to the end of the block (bz2 blocks hold at
        // most 900 kB) and name the corruption rather than the garbage.
        if self.compressed && !matches!(e, X::Io(_)) {
            let rest = std::io::Read::take(self.reader.get_mut(), 1 << 21);
            if let Err(source) = std::io::copy(&mut { rest }, &mut std::io::sink()) {
                return DumpError::Read { at, source };
            }
        }
        match e {
            X::Io(io) => DumpError::Read {
                at,
                source: std::io::Error::new(io.kind(), io.to_string()),
            },
            e => DumpError::Xml {
                at,
                message: e.to_string(),
            },
        }
    }

    /// The next page, or `None` at the end of the dump.
    fn next_page(&mut self) -> Option<Result<Page, DumpError>> {
        loop {
            self.buf.clear();
            let event = match self.reader.read_event_into(&mut self.buf) {
                Ok(e) => e,
                Err(e) => return Some(Err(self.xml_error(e, None))),
            };
            match event {
                Event::Start(e) => match e.name().as_ref() {
                    "mediawiki" => self.seen_root = true,
                    "page" => {
                        if !self.seen_root && !self.fragment {
                            return Some(Err(self.not_a_dump("<page> before <mediawiki>")));
                        }
                        return Some(self.page());
                    }
                    _ if !self.seen_root && !self.fragment => {
                        let name = e.name().as_ref().to_owned();
                        return Some(Err(
                            self.not_a_dump(&format!("the root element is <{name}>"))
                        ));
                    }
                    _ => {}
                },
                Event::End(e) if e.name().as_ref() == "mediawiki" => self.seen_end = true,
                Event::Text(t) if !self.seen_root && !self.fragment && !t.trim().is_empty() => {
                    return Some(Err(self.not_a_dump("text before the root element")));
                }
                Event::Eof => {
                    if self.fragment || self.seen_end {
                        return None;
                    }
                    if !self.seen_root {
                        return Some(Err(self.not_a_dump("no <mediawiki> element")));
                    }
                    return Some(Err(DumpError::Truncated {
                        at: self.location(None),
                        message: "it ends before </mediawiki>".into(),
                    }));
                }
                _ => {}
            }
        }
    }

    fn not_a_dump(&self, message: &str) -> DumpError {
        DumpError::NotADump {
            path: self.at.file.clone(),
            message: format!("{message}, at XML byte {}", self.reader.buffer_position()),
        }
    }

    /// Read from just after `<page>` to its `</page>`.
    fn page(&mut self) -> Result<Page, DumpError> {
        let mut page = Page {
            offset: self.reader.buffer_position().saturating_sub(6),
            ..Page::default()
        };
        let (mut id, mut ns, mut title) = (None::<String>, None::<String>, None::<String>);
        let mut scratch = String::new();
        let mut depth = 0u32;
        let mut in_revision = false;
        let mut field: Option<Field> = None;
        let here = |page: &Page, title: &Option<String>, id: &Option<String>| {
            Some(match (title, id) {
                (Some(t), Some(i)) => format!("in page {t:?} (id {i})"),
                (Some(t), None) => format!("in page {t:?}"),
                (None, Some(i)) => format!("in the page with id {i}"),
                (None, None) => format!("in the page at XML byte {}", page.offset),
            })
        };
        // the event reader's state after a text event is "at a reference" when the text
        // ended at `&`: the fast path must then let it read that reference itself
        let mut after_text = false;
        loop {
            if field == Some(Field::Text) && !after_text {
                if let Err(e) = read_text(&mut self.reader.stream(), &mut page.text) {
                    let at = here(&page, &title, &id);
                    self.done = true;
                    return Err(self.xml_error(e.into(), at));
                }
            }
            self.buf.clear();
            let event = match self.reader.read_event_into(&mut self.buf) {
                Ok(e) => e,
                Err(e) => {
                    let at = here(&page, &title, &id);
                    self.done = true;
                    return Err(self.xml_error(e, at));
                }
            };
            after_text = matches!(event, Event::Text(_));
            match event {
                Event::Start(e) => {
                    depth += 1;
                    let name = e.name();
                    field = match (depth, in_revision, name.as_ref()) {
                        (1, _, "title") => Some(Field::Title),
                        (1, _, "ns") => Some(Field::Ns),
                        (1, _, "id") => Some(Field::Id),
                        (1, _, "revision") => {
                            in_revision = true;
                            page.text.clear();
                            page.info.model = None;
                            None
                        }
                        (2, true, "id") => Some(Field::RevisionId),
                        (2, true, "timestamp") => Some(Field::Timestamp),
                        (2, true, "model") => Some(Field::Model),
                        (2, true, "text") => {
                            // the size the dump gives spares the text's regrowth
                            let bytes = e.try_get_attribute("bytes").ok().flatten();
                            let size = bytes.and_then(|a| a.value.trim().parse().ok());
                            page.text
                                .reserve(size.unwrap_or(0usize).min(TEXT_RESERVE_MAX));
                            Some(Field::Text)
                        }
                        _ => None,
                    };
                    scratch.clear();
                }
                Event::Empty(e) => {
                    let name = e.name();
                    if depth == 0 && name.as_ref() == "redirect" {
                        let target = e.try_get_attribute("title").ok().flatten().and_then(|a| {
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .ok()
                                .map(|v| v.into_owned())
                        });
                        page.info.redirect = Some(target.unwrap_or_default());
                    } else if depth == 1 && in_revision && name.as_ref() == "text" {
                        page.text.clear();
                    }
                }
                Event::Text(t) => match field {
                    Some(Field::Text) => page.text.push_str(&t.xml10_content()),
                    Some(_) => scratch.push_str(&t.xml10_content()),
                    None => {}
                },
                Event::CData(t) => match field {
                    Some(Field::Text) => page.text.push_str(&t.xml10_content()),
                    Some(_) => scratch.push_str(&t.xml10_content()),
                    None => {}
                },
                Event::GeneralRef(r) => match field {
                    Some(Field::Text) => push_reference(&mut page.text, &r),
                    Some(_) => push_reference(&mut scratch, &r),
                    None => {}
                },
                Event::End(e) => {
                    if depth == 0 {
                        // `</page>` (end names are checked by the reader)
                        break;
                    }
                    let name = e.name();
                    if let Some(f) = field.take() {
                        let value = std::mem::take(&mut scratch);
                        match f {
                            Field::Title => title = Some(value),
                            Field::Ns => ns = Some(value),
                            Field::Id => id = Some(value),
                            Field::RevisionId => page.info.revision_id = value.trim().parse().ok(),
                            Field::Timestamp => page.info.timestamp = Some(value),
                            Field::Model => page.info.model = Some(value.trim().to_owned()),
                            Field::Text => {}
                        }
                    }
                    if depth == 1 && name.as_ref() == "revision" {
                        in_revision = false;
                    }
                    depth -= 1;
                }
                Event::Eof => {
                    let at = here(&page, &title, &id);
                    self.done = true;
                    return Err(DumpError::Truncated {
                        at: self.location(at),
                        message: "it ends inside a <page>".into(),
                    });
                }
                _ => {}
            }
        }
        let at = here(&page, &title, &id);
        let malformed = |this: &Self, message: String| DumpError::Page {
            at: this.location(at.clone()),
            message,
        };
        page.info.title = match title {
            Some(t) if !t.trim().is_empty() => t,
            _ => return Err(malformed(self, "it has no <title>".into())),
        };
        page.info.id = number(id, "id").map_err(|m| malformed(self, m))?;
        page.info.ns = number(ns, "ns").map_err(|m| malformed(self, m))?;
        self.last_page = Some(page.describe());
        Ok(page)
    }
}

/// The most a `<text bytes="…">` attribute reserves ahead (a larger text still grows as read).
const TEXT_RESERVE_MAX: usize = 1 << 24;

/// Append a reference (`lt`, `#x263A`) resolved; one that is not XML is kept as written
/// rather than lost.
fn push_reference(target: &mut String, name: &str) {
    // the five XML entities, by far the most frequent, without the general lookups
    let predefined = match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    };
    if let Some(c) = predefined {
        target.push(c);
        return;
    }
    let r = quick_xml::events::BytesRef::new(name);
    match r.resolve_char_ref() {
        Ok(Some(c)) => target.push(c),
        _ => match quick_xml::escape::resolve_predefined_entity(&r) {
            Some(s) => target.push_str(s),
            None => {
                target.push('&');
                target.push_str(&r);
                target.push(';');
            }
        },
    }
}

/// Append the wikitext of a `<text>` element up to the next markup, the fast way: a page's
/// text is most of a dump, and taking it a run and a reference at a time through the event
/// reader costs more than the rest of the reading. When the buffer holds the text up to its
/// next `<` (a stream decompressed in memory always does), that segment is validated as UTF-8
/// once and taken whole; otherwise the whole buffer is, and the next one after it. Runs
/// are copied with their line ends normalized as XML 1.0 says, references resolved in place.
/// Whatever this does not take for sure (markup, invalid UTF-8, a reference or a character
/// cut by the buffer's end, a `&` with no `;`) is left unread, for the event reader to read or
/// to report as before; reading through `stream` keeps the reader's byte offsets right.
fn read_text(stream: &mut impl BufRead, out: &mut String) -> std::io::Result<()> {
    loop {
        let available = match stream.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if let Some(end) = memchr::memchr(b'<', available) {
            // (before invalid UTF-8, what is valid is taken and the event reader reports the
            // rest: the segment is never validated twice)
            let segment = match std::str::from_utf8(&available[..end]) {
                Ok(s) => s,
                Err(e) => std::str::from_utf8(&available[..e.valid_up_to()]).unwrap_or_default(),
            };
            out.reserve(segment.len());
            let used = take_segment(segment, out);
            stream.consume(used);
            return Ok(());
        }
        // no `<` in the buffer: the text goes on past its end. What is sure is taken (not a
        // character cut by the end, nor a last `\r` that may open a `\r\n`, nor a reference
        // cut by the end), and the buffer refilled; the rest is the event reader's.
        let valid = match std::str::from_utf8(available) {
            Ok(s) => s,
            Err(e) => std::str::from_utf8(&available[..e.valid_up_to()]).unwrap_or_default(),
        };
        let sure = valid.strip_suffix('\r').unwrap_or(valid);
        // (refilled only when all of it was taken; at the input's end nothing was)
        let (used, all) = (take_segment(sure, out), available.len());
        stream.consume(used);
        if used < all || all == 0 {
            return Ok(());
        }
    }
}

/// Append a text that holds no `<`, its references resolved; the bytes taken, which are all
/// but from a `&` that starts no reference (`a & b`: malformed, left to the event reader).
fn take_segment(text: &str, out: &mut String) -> usize {
    let bytes = text.as_bytes();
    let normalize = memchr::memchr(b'\r', bytes).is_some();
    let push = |out: &mut String, run: &str| {
        if normalize {
            push_normalized(out, run)
        } else {
            out.push_str(run)
        }
    };
    let mut done = 0;
    while let Some(k) = memchr::memchr(b'&', &bytes[done..]) {
        let amp = done + k;
        push(out, &text[done..amp]);
        // the five XML entities (most references of a page's text) are matched in place; any
        // other reference is read to its `;` (or found to have none)
        let after = &bytes[amp + 1..];
        let quick = match after.first() {
            Some(b'l') if after.starts_with(b"lt;") => Some(('<', 3)),
            Some(b'g') if after.starts_with(b"gt;") => Some(('>', 3)),
            Some(b'a') if after.starts_with(b"amp;") => Some(('&', 4)),
            Some(b'q') if after.starts_with(b"quot;") => Some(('"', 5)),
            Some(b'a') if after.starts_with(b"apos;") => Some(('\'', 5)),
            _ => None,
        };
        if let Some((c, len)) = quick {
            out.push(c);
            done = amp + 1 + len;
            continue;
        }
        let end = memchr::memchr2(b';', b'&', &bytes[amp + 1..]).map(|i| amp + 1 + i);
        let Some(semi) = end.filter(|&i| bytes[i] == b';') else {
            return amp;
        };
        push_reference(out, &text[amp + 1..semi]);
        done = semi + 1;
    }
    push(out, &text[done..]);
    bytes.len()
}

/// Append text with its line ends normalized: `\r\n` and a lone `\r` are `\n` (XML 1.0).
fn push_normalized(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(i) = memchr::memchr(b'\r', rest.as_bytes()) {
        out.push_str(&rest[..i]);
        out.push('\n');
        rest = &rest[i + 1..];
        if let Some(after) = rest.strip_prefix('\n') {
            rest = after;
        }
    }
    out.push_str(rest);
}

/// The number an element holds, or what is wrong with it.
fn number<T: std::str::FromStr>(value: Option<String>, element: &str) -> Result<T, String> {
    match value {
        None => Err(format!("it has no <{element}>")),
        Some(v) => v
            .trim()
            .parse()
            .map_err(|_| format!("its <{element}> {v:?} is not a number")),
    }
}

impl<R: BufRead> Iterator for PageReader<R> {
    type Item = Result<Page, DumpError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let next = self.next_page();
        match &next {
            Some(Err(e)) if !e.is_page_error() => self.done = true,
            None => self.done = true,
            _ => {}
        }
        next
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests fail loudly by design
mod tests {
    use super::*;

    fn read(xml: &str) -> Vec<Result<Page, DumpError>> {
        PageReader::new(xml.as_bytes(), "t.xml".into()).collect()
    }

    const HEAD: &str = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\">\n<siteinfo><sitename>W</sitename></siteinfo>\n";

    #[test]
    fn entities_cdata_and_the_last_revision() {
        let xml = format!(
            "{HEAD}<page><title>A &amp; B</title><ns>0</ns><id>1</id>\
             <revision><id>2</id><timestamp>t1</timestamp><text>old</text></revision>\
             <revision><id>3</id><timestamp>t2</timestamp><contributor><id>99</id></contributor>\
             <model>wikitext</model><text bytes=\"9\">&lt;ref&gt;&#x263A;&#65;&unknown;<![CDATA[<b>]]>\r\n</text></revision>\
             </page></mediawiki>"
        );
        let pages = read(&xml);
        assert_eq!(pages.len(), 1);
        let p = pages[0].as_ref().unwrap();
        assert_eq!(p.info.title, "A & B");
        assert_eq!((p.info.id, p.info.ns, p.info.revision_id), (1, 0, Some(3)));
        assert_eq!(p.info.timestamp.as_deref(), Some("t2"));
        assert_eq!(p.info.model.as_deref(), Some("wikitext"));
        assert_eq!(p.text, "<ref>☺A&unknown;<b>\n");
    }

    #[test]
    fn the_text_is_the_same_whatever_the_buffer_size() {
        // references, line ends and characters cut by every possible buffer boundary
        let xml = format!(
            "{HEAD}<page><title>T</title><ns>0</ns><id>1</id><revision><id>2</id>\
             <text bytes=\"99\">a\r\nb\rc&lt;ref name=&quot;x&quot;&gt;é☺&#x1F600;\r\r\n\
             &amp;&#65;&nbsp;<!-- c --><![CDATA[&lt;\r\n]]>日本語&gt;\n</text></revision></page></mediawiki>"
        );
        let want = "a\nb\nc<ref name=\"x\">é☺😀\n\n&A&nbsp;&lt;\n日本語>\n";
        for size in 1..=24 {
            let reader = std::io::BufReader::with_capacity(size, xml.as_bytes());
            let pages: Vec<_> = PageReader::new(reader, "t.xml".into()).collect();
            assert_eq!(pages.len(), 1, "buffer of {size}");
            assert_eq!(pages[0].as_ref().unwrap().text, want, "buffer of {size}");
        }
    }

    #[test]
    fn invalid_utf8_in_the_text_is_an_error_at_any_buffer_size() {
        for bad in [&b"a&lt;b\xff c"[..], b"&lt;\xe2\x98", b"ok&amp;&#x\xff;"] {
            let mut xml =
                format!("{HEAD}<page><title>T</title><ns>0</ns><id>1</id><revision><text>")
                    .into_bytes();
            xml.extend_from_slice(bad);
            xml.extend_from_slice(b"</text></revision></page></mediawiki>");
            for size in [1, 3, 7, 1 << 16] {
                let reader = std::io::BufReader::with_capacity(size, &xml[..]);
                let items: Vec<_> = PageReader::new(reader, "t.xml".into()).collect();
                assert!(
                    matches!(
                        items[..],
                        [Err(DumpError::Xml { .. } | DumpError::Read { .. })]
                    ),
                    "{bad:?} at {size}: {items:?}"
                );
            }
        }
    }

    #[test]
    fn a_lone_ampersand_in_the_text_is_malformed_xml() {
        for text in ["a & b", "a &amp b", "a &lt"] {
            let xml = format!(
                "{HEAD}<page><title>T</title><ns>0</ns><id>1</id>\
                 <revision><text>{text}</text></revision></page></mediawiki>"
            );
            let items = read(&xml);
            assert!(
                matches!(items[..], [Err(DumpError::Xml { .. })]),
                "{text}: {items:?}"
            );
        }
    }

    #[test]
    fn deleted_text_and_redirects() {
        let xml = format!(
            "{HEAD}<page><title>R</title><ns>0</ns><id>5</id><redirect title=\"T &amp; U\" />\
             <revision><id>6</id><text bytes=\"0\" deleted=\"deleted\" /></revision></page></mediawiki>"
        );
        let p = read(&xml).remove(0).unwrap();
        assert_eq!(p.info.redirect.as_deref(), Some("T & U"));
        assert_eq!(p.text, "");
    }

    #[test]
    fn a_malformed_page_does_not_stop_the_reader() {
        let xml = format!(
            "{HEAD}<page><title>A</title><ns>0</ns></page>\
             <page><title>B</title><ns>0</ns><id>2</id></page></mediawiki>"
        );
        let items = read(&xml);
        assert_eq!(items.len(), 2);
        let e = items[0].as_ref().unwrap_err();
        assert!(
            e.is_page_error()
                && e.to_string()
                    .contains("in page \"A\": malformed page: it has no <id>"),
            "{e}"
        );
        assert_eq!(items[1].as_ref().unwrap().info.title, "B");
    }

    #[test]
    fn broken_xml_ends_the_reader_with_its_place() {
        let xml = format!(
            "{HEAD}<page><title>A</title><ns>0</ns><id>1</id></revision></page></mediawiki>"
        );
        let items = read(&xml);
        assert_eq!(items.len(), 1);
        let e = items[0].as_ref().unwrap_err();
        assert!(
            matches!(e, DumpError::Xml { .. }) && e.to_string().contains("in page \"A\" (id 1)"),
            "{e}"
        );
        let items = read("<html><body>not a dump</body></html>");
        assert!(
            matches!(items[..], [Err(DumpError::NotADump { .. })]),
            "{items:?}"
        );
        let items = read(&format!("{HEAD}<page><title>A</title>"));
        assert!(
            matches!(items[..], [Err(DumpError::Truncated { .. })]),
            "{items:?}"
        );
    }

    #[test]
    fn a_stream_fragment_needs_no_root() {
        let xml = "<page><title>A</title><ns>0</ns><id>1</id></page>\n</mediawiki>\n";
        let mut reader = PageReader::fragment(xml.as_bytes(), "t.xml.bz2".into(), 600);
        assert_eq!(reader.next().unwrap().unwrap().info.id, 1);
        assert!(reader.next().is_none());
        assert!(reader.saw_end() && !reader.saw_root());
    }
}
