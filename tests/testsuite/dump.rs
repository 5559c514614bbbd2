//! MediaWiki XML dumps: the real English Wikipedia samples in `fixtures/dumps/`, and dumps
//! generated from the wikitext corpus in every shape the command reads (plain XML 0.10/0.11,
//! single-stream bz2, gzip, multistream bz2 with its index) and broken ones (truncated,
//! corrupt, bad index, malformed page). Through the library and through the binary.

#[path = "../../benches/dumps.rs"]
mod dumps;

use dumps::DumpPage;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use wikiparse::dump::{self, Dump, DumpError, Flow, Selection};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fixtures/dumps/enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2"
);
const TABLES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fixtures/dumps/enwiki-table-markup.xml.bz2"
);

fn wikiparse(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wikiparse"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every stdout line, each checked to be a complete JSON object.
fn lines(o: &Output) -> Vec<Value> {
    let out = std::str::from_utf8(&o.stdout).unwrap();
    assert!(out.is_empty() || out.ends_with('\n'), "a partial last line");
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l:.200}")))
        .collect()
}

fn ids(lines: &[Value]) -> Vec<u64> {
    lines
        .iter()
        .map(|l| l["page"]["id"].as_u64().unwrap())
        .collect()
}

/// `<title>`s in document order, found by plain text search (not by the reader under test).
fn titles_by_scan(xml: &str) -> Vec<(String, i64, bool)> {
    xml.split("<page>")
        .skip(1)
        .map(|p| {
            let between = |a: &str, b: &str| {
                let s = p.find(a).unwrap() + a.len();
                p[s..s + p[s..].find(b).unwrap()].to_string()
            };
            let title = between("<title>", "</title>")
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#039;", "'");
            (
                title,
                between("<ns>", "</ns>").parse().unwrap(),
                p.contains("<redirect"),
            )
        })
        .collect()
}

fn bunzip(path: &str) -> String {
    let mut s = String::new();
    std::io::Read::read_to_string(
        &mut bzip2::read::MultiBzDecoder::new(std::fs::File::open(path).unwrap()),
        &mut s,
    )
    .unwrap();
    s
}

#[test]
fn real_sample_every_article_in_order_redirects_marked() {
    let xml = bunzip(SAMPLE);
    let expected = titles_by_scan(&xml);
    assert_eq!(expected.len(), 206);
    let articles: Vec<_> = expected.iter().filter(|(_, ns, _)| *ns == 0).collect();
    assert_eq!(articles.len(), 205);
    assert_eq!(articles.iter().filter(|(_, _, r)| *r).count(), 99);

    let o = wikiparse(&["dump", SAMPLE]);
    assert!(o.status.success(), "{}", stderr(&o));
    let got = lines(&o);
    assert_eq!(got.len(), 205);
    for (line, (title, _, redirect)) in got.iter().zip(&articles) {
        assert_eq!(line["page"]["title"], title.as_str());
        assert_eq!(line["title"], title.as_str());
        assert_eq!(line["page"]["ns"], 0);
        assert_eq!(line["page"]["redirect"].is_string(), *redirect, "{title}");
        assert!(line["page"]["revision_id"].as_u64().unwrap() > 0);
        assert!(line["page"]["timestamp"].as_str().unwrap().ends_with('Z'));
    }
    let first = &got[0];
    assert_eq!(first["page"]["id"], 10);
    assert_eq!(first["page"]["title"], "AccessibleComputing");
    assert_eq!(first["page"]["redirect"], "Computer accessibility");
    assert_eq!(first["page"]["revision_id"], 631144794);
    assert_eq!(first["page"]["timestamp"], "2014-10-26T04:50:23Z");
    // the redirect directive is the page's `redirect`, not a paragraph of prose
    assert_eq!(first["redirect"], "Computer accessibility");
    assert_eq!(first["sections"][0]["blocks"], serde_json::json!([]));
    // the summary line names what was done
    let err = stderr(&o);
    assert!(err.contains("205 pages (99 redirects)"), "{err}");

    // entities in <text> are resolved: `&lt;ref&gt;` is a footnote of the page
    let anarchism = got.iter().find(|l| l["title"] == "Anarchism").unwrap();
    assert!(anarchism["references"].as_array().unwrap().len() > 50);
    assert!(anarchism["sections"].as_array().unwrap().len() > 5);
    assert!(anarchism["categories"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c == "Anarchism"));
}

#[test]
fn real_sample_selection_flags() {
    let skip = wikiparse(&["dump", SAMPLE, "--skip-redirects", "--ns", "0,4", "-j", "1"]);
    assert!(skip.status.success(), "{}", stderr(&skip));
    let skip = lines(&skip);
    assert_eq!(skip.len(), 106, "the articles that are not redirects");
    assert!(skip
        .iter()
        .all(|l| l["page"].get("redirect").is_none() && l["page"]["ns"] == 0));

    let project = wikiparse(&["dump", SAMPLE, "--ns", "4"]);
    let project = lines(&project);
    assert_eq!(project.len(), 1);
    assert_eq!(
        project[0]["page"]["redirect"],
        "Wikipedia:Nupedia and Wikipedia"
    );
    assert_eq!(project[0]["redirect"], "Wikipedia:Nupedia and Wikipedia");

    let boxes = wikiparse(&["dump", SAMPLE, "--infobox-only", "--limit", "5"]);
    assert!(boxes.status.success(), "{}", stderr(&boxes));
    let boxes = lines(&boxes);
    assert_eq!(boxes.len(), 5);
    for b in &boxes {
        assert!(!b["infoboxes"].as_array().unwrap().is_empty());
        assert!(b.get("sections").is_none(), "only the infobox facts");
        assert!(b["page"]["id"].is_u64());
    }
}

#[test]
fn real_table_dump_reads() {
    let o = wikiparse(&["dump", TABLES, "--jobs", "2"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let got = lines(&o);
    assert_eq!(got.len(), 5);
    let tables = got
        .iter()
        .flat_map(|l| l["sections"].as_array().unwrap())
        .flat_map(|s| s["blocks"].as_array().unwrap())
        .filter(|b| b["type"] == "table")
        .count();
    assert!(tables >= 5, "{tables} tables");
}

/// Generated dumps: small corpus pages (so the debug binary stays quick), some made redirects
/// and some moved to namespace 4, 250 pages: three streams of 100 or fewer.
struct Generated {
    dir: PathBuf,
    pages: Vec<DumpPage>,
}

impl Generated {
    fn path(&self, name: &str) -> String {
        self.dir.join(name).to_string_lossy().into_owned()
    }
    fn articles(&self) -> Vec<&DumpPage> {
        self.pages.iter().filter(|p| p.ns == 0).collect()
    }
}

fn generated() -> &'static Generated {
    static CELL: OnceLock<Generated> = OnceLock::new();
    CELL.get_or_init(|| {
        let small: Vec<DumpPage> = dumps::corpus_pages(Path::new(ROOT), 1)
            .into_iter()
            .filter(|p| p.text.len() < 6_000)
            .collect();
        let mut pages = Vec::new();
        for (i, p) in small.iter().cycle().take(250).enumerate() {
            let id = 1000 + i as u64;
            let mut p = DumpPage {
                id,
                title: format!("{} {}", p.title, i),
                ..p.clone()
            };
            if i % 9 == 4 {
                p.redirect = Some(format!("Target & {i}"));
                p.text = format!("#REDIRECT [[Target & {i}]] {{{{R from move}}}}");
            }
            if i % 50 == 7 {
                p.ns = 4;
                p.title = format!("Wikipedia:Page {i}");
            }
            pages.push(p);
        }
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("dump-tests");
        std::fs::create_dir_all(&dir).unwrap();
        let plain = dumps::plain(&pages, "0.10");
        std::fs::write(dir.join("plain.xml"), &plain).unwrap();
        std::fs::write(dir.join("plain-0.11.xml"), dumps::plain(&pages, "0.11")).unwrap();
        std::fs::write(dir.join("single.xml.bz2"), dumps::bz2(&plain)).unwrap();
        std::fs::write(dir.join("dump.xml.gz"), dumps::gz(&plain)).unwrap();
        let mut multi = Vec::new();
        let mut index = Vec::new();
        let offsets = dumps::multistream(pages.clone(), 100, &mut multi, &mut index).unwrap();
        assert_eq!(offsets.len(), 3);
        std::fs::write(dir.join("multi.xml.bz2"), &multi).unwrap();
        std::fs::write(dir.join("multi-index.txt.bz2"), dumps::bz2(&index)).unwrap();
        std::fs::write(dir.join("multi-index.txt"), &index).unwrap();
        Generated { dir, pages }
    })
}

#[test]
fn every_format_gives_the_same_lines_in_order() {
    let g = generated();
    let want: Vec<u64> = g.articles().iter().map(|p| p.id).collect();
    let reference = wikiparse(&["dump", &g.path("plain.xml"), "-j", "1"]);
    assert!(reference.status.success(), "{}", stderr(&reference));
    assert_eq!(ids(&lines(&reference)), want);
    let runs = [
        "dump plain.xml -j 2",
        "dump plain-0.11.xml",
        "dump single.xml.bz2 -j 3",
        "dump dump.xml.gz",
        "dump multi.xml.bz2",
        "dump multi.xml.bz2 --index multi-index.txt.bz2 -j 1",
        "dump multi.xml.bz2 --index multi-index.txt.bz2 -j 2",
        "dump multi.xml.bz2 --index multi-index.txt -j 4",
    ];
    for args in runs {
        let args: Vec<String> = args
            .split(' ')
            .map(|a| {
                if a.contains('.') {
                    g.path(a)
                } else {
                    a.to_string()
                }
            })
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = wikiparse(&args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert_eq!(
            o.stdout, reference.stdout,
            "{args:?} differs from the plain dump"
        );
    }
}

#[test]
fn stdin_reads_a_compressed_dump() {
    let g = generated();
    let o = Command::new(env!("CARGO_BIN_EXE_wikiparse"))
        .args(["dump", "-", "--limit", "3"])
        .stdin(std::fs::File::open(g.dir.join("single.xml.bz2")).unwrap())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(ids(&lines(&o)), vec![1000, 1001, 1002]);
}

#[test]
fn random_access_reads_only_the_stream_that_holds_the_page() {
    let g = generated();
    // break the first page stream: a page of the third stream is still found, because only
    // its own stream is decompressed; the whole dump now fails, naming the broken stream
    let index = std::fs::read_to_string(g.dir.join("multi-index.txt")).unwrap();
    let offsets: Vec<u64> = index
        .lines()
        .map(|l| l.split(':').next().unwrap().parse().unwrap())
        .collect();
    let (first, third) = (offsets[0], *offsets.last().unwrap());
    let mut broken = std::fs::read(g.dir.join("multi.xml.bz2")).unwrap();
    let mid = (first + 200) as usize;
    for b in &mut broken[mid..mid + 64] {
        *b ^= 0x5a;
    }
    let path = g.dir.join("multi-broken.xml.bz2");
    std::fs::write(&path, &broken).unwrap();
    let path = path.to_string_lossy().into_owned();
    let target = g
        .pages
        .iter()
        .rev()
        .find(|p| p.ns == 0 && p.redirect.is_none())
        .unwrap();
    assert!(index.contains(&format!("{third}:{}:", target.id)));
    let idx = g.path("multi-index.txt.bz2");
    let wanted = target.title.replace(' ', "_");
    let o = wikiparse(&["dump", &path, "--index", &idx, "--title", &wanted]);
    assert!(o.status.success(), "{}", stderr(&o));
    let got = lines(&o);
    assert_eq!(ids(&got), vec![target.id]);
    assert_eq!(got[0]["title"], target.title.as_str());
    // (a count of one is singular in the summary line)
    assert!(
        stderr(&o).contains("wikiparse: 1 page (0 redirects)"),
        "{}",
        stderr(&o)
    );
    let by_id = wikiparse(&[
        "dump",
        &path,
        "--index",
        &idx,
        "--page-id",
        &target.id.to_string(),
    ]);
    assert_eq!(by_id.stdout, o.stdout);

    let whole = wikiparse(&["dump", &path, "--index", &idx]);
    assert_eq!(whole.status.code(), Some(1));
    assert!(
        lines(&whole).is_empty(),
        "the first page stream is the broken one"
    );
    let err = stderr(&whole);
    assert!(
        err.contains(&format!("bz2 stream at byte {first}")),
        "{err}"
    );

    let missing = wikiparse(&["dump", &path, "--index", &idx, "--title", "No such page"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr(&missing).contains("lists no page titled \"No such page\""),
        "{}",
        stderr(&missing)
    );
}

/// Truncated and corrupt dumps: exit 1, a message naming the place, and stdout a prefix of the
/// good output made of whole lines.
#[test]
fn broken_dumps_fail_cleanly_after_whole_lines() {
    let g = generated();
    let good = wikiparse(&["dump", &g.path("plain.xml")]);
    let good_lines = lines(&good);
    let cases: Vec<(&str, Vec<u8>, Vec<&str>, &str)> = {
        let plain = std::fs::read(g.dir.join("plain.xml")).unwrap();
        let single = std::fs::read(g.dir.join("single.xml.bz2")).unwrap();
        let multi = std::fs::read(g.dir.join("multi.xml.bz2")).unwrap();
        let mut corrupt = single.clone();
        let at = single.len() * 2 / 3;
        for b in &mut corrupt[at..at + 32] {
            *b = b.wrapping_add(77);
        }
        vec![
            (
                "cut-plain.xml",
                plain[..plain.len() * 3 / 5].to_vec(),
                vec![],
                "ends inside a <page>",
            ),
            (
                "cut-footer.xml",
                plain[..plain.len() - 14].to_vec(),
                vec![],
                "ends before </mediawiki>",
            ),
            (
                "cut-single.xml.bz2",
                single[..single.len() / 2].to_vec(),
                vec![],
                "corrupt or truncated",
            ),
            (
                "corrupt-single.xml.bz2",
                corrupt,
                vec![],
                "corrupt or truncated",
            ),
            (
                "cut-multi.xml.bz2",
                multi[..multi.len() - 500].to_vec(),
                vec!["--index", "multi-index.txt"],
                "corrupt or truncated",
            ),
            (
                "cut-multi-seq.xml.bz2",
                multi[..multi.len() - 500].to_vec(),
                vec![],
                "corrupt or truncated",
            ),
        ]
    };
    for (name, bytes, extra, message) in cases {
        let path = g.dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let path = path.to_string_lossy().into_owned();
        let mut args = vec!["dump".to_string(), path.clone()];
        args.extend(extra.iter().map(|a| {
            if a.contains('.') {
                g.path(a)
            } else {
                a.to_string()
            }
        }));
        for jobs in ["1", "2"] {
            let mut args = args.clone();
            args.extend(["-j".to_string(), jobs.to_string()]);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let o = wikiparse(&args);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(1), "{name}: {err}");
            assert!(err.contains(message), "{name}: {err}");
            assert!(
                err.contains(&path),
                "{name}: the message names the file: {err}"
            );
            let got = lines(&o);
            assert!(
                got.len() < good_lines.len() || name == "cut-footer.xml",
                "{name}"
            );
            assert_eq!(
                got[..],
                good_lines[..got.len()],
                "{name}: not a prefix of the good output"
            );
        }
    }
    // where the cut falls inside a page, the message names that page
    let o = wikiparse(&["dump", &g.path("cut-plain.xml"), "--ns", "all"]);
    let next = &g.pages[lines(&o).len()];
    let err = stderr(&o);
    assert!(
        err.contains(&format!("in page {:?} (id {})", next.title, next.id)),
        "{err}"
    );
}

#[test]
fn bad_indexes_are_named_with_their_line() {
    let g = generated();
    let good = std::fs::read_to_string(g.dir.join("multi-index.txt")).unwrap();
    let mut lines_: Vec<String> = good.lines().map(String::from).collect();
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "index-text.txt",
            format!("{}\nnot an index line\n", lines_[..3].join("\n")),
            "line 4",
        ),
        (
            "index-number.txt",
            format!("{}\nx12:5:Title\n", lines_[..2].join("\n")),
            "the offset \"x12\" is not a number",
        ),
        (
            "index-order.txt",
            {
                let last = lines_.pop().unwrap();
                format!("{last}\n{}\n", lines_.join("\n"))
            },
            "comes after the larger offset",
        ),
        (
            "index-past.txt",
            "99999999:1:Far\n".to_string(),
            "past the end of the dump",
        ),
        (
            "index-off.txt",
            format!("{}\n", good.lines().next().unwrap().replacen(':', "3:", 1)),
            "does not point at a bz2 stream",
        ),
        ("index-empty.txt", String::new(), "the index is empty"),
    ];
    for (name, text, message) in cases {
        let path = g.dir.join(name);
        std::fs::write(&path, text).unwrap();
        let o = wikiparse(&[
            "dump",
            &g.path("multi.xml.bz2"),
            "--index",
            &path.to_string_lossy(),
        ]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{name}: {err}");
        assert!(err.contains(message), "{name}: {err}");
        assert!(std::str::from_utf8(&o.stdout)
            .unwrap()
            .lines()
            .all(|l| serde_json::from_str::<Value>(l).is_ok()));
    }
    // an index for a dump that is not bz2 is a usage error
    let o = wikiparse(&[
        "dump",
        &g.path("plain.xml"),
        "--index",
        &g.path("multi-index.txt"),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn a_malformed_page_is_reported_and_the_dump_goes_on() {
    let g = generated();
    let mut xml = String::from_utf8(std::fs::read(g.dir.join("plain.xml")).unwrap()).unwrap();
    let victim = &g.pages[2];
    let id = format!("<id>{}</id>", victim.id);
    xml = xml.replacen(&id, "<id>twelve</id>", 1);
    let path = g.dir.join("malformed.xml");
    std::fs::write(&path, xml).unwrap();
    let o = wikiparse(&["dump", &path.to_string_lossy()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("{:?}", victim.title)) && err.contains("\"twelve\" is not a number"),
        "{err}"
    );
    assert!(err.contains("1 malformed page,"), "{err}");
    assert_eq!(
        lines(&o).len(),
        g.articles().len() - 1,
        "every other page is written"
    );
}

#[test]
fn not_a_dump_and_usage_errors() {
    let article = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/wikitext/redirect.txt"
    );
    let o = wikiparse(&["dump", article]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("not a MediaWiki XML dump"),
        "{}",
        stderr(&o)
    );
    let o = wikiparse(&["dump", "/nonexistent/dump.xml.bz2"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/nonexistent/dump.xml.bz2"));
    for bad in [
        vec!["dump", SAMPLE, "--jobs", "0"],
        vec!["dump", SAMPLE, "--ns", "main"],
        vec!["dump"],
    ] {
        let o = wikiparse(&bad);
        assert_eq!(o.status.code(), Some(2), "{bad:?}: {}", stderr(&o));
    }
}

#[test]
fn library_iterator_and_parallel_run_agree() {
    let g = generated();
    let path = g.dir.join("single.xml.bz2");
    let sequential: Vec<(u64, String, usize)> = dump::articles(&path)
        .unwrap()
        .map(|r| {
            let (page, article) = r.unwrap();
            assert_eq!(article.page.as_ref(), Some(&page));
            (page.id, article.title.unwrap(), article.sections.len())
        })
        .collect();
    assert_eq!(
        sequential.len(),
        g.pages.len(),
        "the iterator keeps every namespace"
    );
    for jobs in [1, 2, 3] {
        let mut d = Dump::new(g.dir.join("multi.xml.bz2"));
        d.index = Some(g.dir.join("multi-index.txt.bz2"));
        d.jobs = jobs;
        let mut got = Vec::new();
        d.run(
            |p| {
                let a = p.parse();
                (p.info.id, a.title.unwrap_or_default(), a.sections.len())
            },
            |r| {
                got.push(r?);
                Ok(Flow::Continue)
            },
        )
        .unwrap();
        assert_eq!(got, sequential, "jobs {jobs}");
    }
    // selection and limit
    let mut d = Dump::new(&path);
    d.selection = Selection {
        namespaces: Some(vec![0]),
        skip_redirects: true,
        ..Selection::default()
    };
    d.limit = Some(10);
    let mut n = 0;
    d.run(
        |p| p.info.clone(),
        |r| {
            let info = r?;
            assert!(info.ns == 0 && info.redirect.is_none());
            n += 1;
            Ok(Flow::Continue)
        },
    )
    .unwrap();
    assert_eq!(n, 10);
    // a truncated dump: the pages before the cut, then the error
    let bytes = std::fs::read(g.dir.join("multi.xml.bz2")).unwrap();
    let cut = g.dir.join("lib-cut.xml.bz2");
    std::fs::write(&cut, &bytes[..bytes.len() * 2 / 3]).unwrap();
    let items: Vec<_> = dump::pages(&cut).unwrap().collect();
    let (last, before) = items.split_last().unwrap();
    assert!(before.iter().all(Result::is_ok) && !before.is_empty());
    assert!(matches!(last, Err(DumpError::Read { .. })), "{last:?}");
}

#[test]
fn titles_compare_as_mediawiki_compares_them() {
    assert_eq!(dump::normalize_title("emu_War"), "Emu War");
    assert_eq!(dump::normalize_title("  Emu   War "), "Emu War");
    assert_eq!(dump::normalize_title("éclair"), "Éclair");
    assert_eq!(dump::normalize_title("talk:emu_war"), "Talk:Emu war");
    assert_eq!(dump::normalize_title("Talk: Emu war"), "Talk:Emu war");
}

#[test]
fn a_page_that_is_not_wikitext_is_flagged_not_parsed() {
    let g = generated();
    let xml = String::from_utf8(std::fs::read(g.dir.join("plain.xml")).unwrap()).unwrap();
    // an article with an infobox becomes a stylesheet
    let victim = g
        .articles()
        .into_iter()
        .find(|p| p.text.contains("{{Infobox"))
        .unwrap();
    let at = xml
        .find(&format!("<title>{}</title>", victim.title))
        .unwrap();
    let model = at + xml[at..].find("<model>wikitext</model>").unwrap();
    let xml = format!(
        "{}<model>css</model>{}",
        &xml[..model],
        &xml[model + "<model>wikitext</model>".len()..]
    );
    let path = g.dir.join("css.xml");
    std::fs::write(&path, xml).unwrap();
    let o = wikiparse(&["dump", &path.to_string_lossy()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let written = lines(&o);
    assert_eq!(written.len(), g.articles().len());
    for line in &written {
        let css = line["page"]["id"] == victim.id;
        assert_eq!(line["page"]["model"], if css { "css" } else { "wikitext" });
        let codes: Vec<&Value> = line["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| &d["code"])
            .collect();
        assert_eq!(codes.contains(&&Value::from("not_wikitext")), css, "{line}");
        if css {
            assert_eq!(line["infoboxes"].as_array().unwrap().len(), 0);
            let sections = line["sections"].as_array().unwrap();
            assert!(sections
                .iter()
                .all(|s| s["blocks"].as_array().unwrap().is_empty()));
            assert_eq!(line["title"], Value::from(victim.title.clone()));
        }
    }
    // and a stylesheet has no infobox facts
    let facts = |path: &str| {
        let o = wikiparse(&["dump", path, "--infobox-only"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        lines(&o).iter().any(|l| l["page"]["id"] == victim.id)
    };
    assert!(facts(&g.path("plain.xml")));
    assert!(!facts(&path.to_string_lossy()));
}

#[test]
fn infobox_facts_skip_only_pages_without_a_box() {
    let (mut skipped, mut boxes) = (0, 0);
    for page in dump::pages(Path::new(SAMPLE)).unwrap() {
        let page = page.unwrap();
        let full = page.parse();
        match page.infobox_facts() {
            Some(facts) => {
                assert_eq!(facts.infoboxes, full.infoboxes, "{}", page.info.title);
                assert_eq!(facts.title, full.title);
                assert_eq!(facts.page, full.page);
                boxes += facts.infoboxes.len();
            }
            None => {
                assert!(full.infoboxes.is_empty(), "{}", page.info.title);
                skipped += 1;
            }
        }
    }
    assert!(
        boxes >= 50 && skipped > 100,
        "{boxes} boxes, {skipped} pages skipped"
    );
}
