//! `wikiparse dump`: a MediaWiki XML dump to JSONL, one Article a line in dump order, with a
//! progress bar on a terminal and a summary line at the end.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use wikiparse::dump::{Dump, DumpError, Flow, Page, Selection};

/// Read a MediaWiki XML dump (plain, .bz2 single or multistream, .gz, or `-` for stdin) and
/// print one JSON line per page: its Article with a `page` object (id, title, ns, revision_id,
/// timestamp, redirect).
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  wikiparse dump enwiki-pages-articles.xml.bz2 > pages.jsonl\n  wikiparse dump dump.xml.bz2 --index index.txt.bz2 --jobs 8     streams decompressed in parallel\n  wikiparse dump dump.xml.bz2 --index index.txt.bz2 --title \"Emu War\"   one page, one stream read\n  wikiparse dump dump.xml --infobox-only --skip-redirects --limit 100\n  bzcat dump.xml.bz2 | wikiparse dump -\n\nExit codes: 0 success; 1 the dump (or index) is unreadable, corrupt or truncated, or a page is\nmalformed (the lines written before are complete; other pages are still written); 2 usage error."
)]
pub struct DumpArgs {
    /// The dump file, or `-` for stdin.
    pub file: PathBuf,
    /// The multistream index (`offset:page_id:title` lines, bz2 or plain): streams are then
    /// decompressed in parallel, and --title/--page-id read only the stream holding the page.
    #[arg(long, value_name = "FILE")]
    pub index: Option<PathBuf>,
    /// Threads (default: the number of cores); 1 does everything on one thread.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Namespaces to keep, comma-separated, or `all` (default: 0, articles; all namespaces
    /// when a page is asked for by --title or --page-id).
    #[arg(long, value_name = "LIST")]
    pub ns: Option<String>,
    /// Leave out redirect pages.
    #[arg(long)]
    pub skip_redirects: bool,
    /// Only pages with an infobox, and of those only the infobox facts (each page read up to
    /// the end of its last infobox).
    #[arg(long)]
    pub infobox_only: bool,
    /// Only the page with this title (`_` or spaces).
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// Only the page with this id.
    #[arg(long, value_name = "N")]
    pub page_id: Option<u64>,
    /// Stop after N pages.
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// No progress bar and no summary line.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Only decompress, with the same parallelism, and print the summary (a benchmark of the
    /// speed limit).
    #[arg(long)]
    pub decompress_only: bool,
}

/// What one page contributed: its JSON line (none when left out) and counts for the summary.
struct Done {
    line: Option<Vec<u8>>,
    infoboxes: usize,
    diagnostics: usize,
    redirect: bool,
}

fn namespaces(list: &str) -> Result<Option<Vec<i64>>, String> {
    if list.trim() == "all" {
        return Ok(None);
    }
    list.split(',')
        .map(|n| {
            n.trim()
                .parse::<i64>()
                .map_err(|_| format!("--ns: {n:?} is not a namespace number (or `all`)"))
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

fn convert(page: &Page, infobox_only: bool) -> Done {
    let redirect = page.info.redirect.is_some();
    let article = if infobox_only {
        // most pages hold no infobox: a scan of the template names spares their parse
        let Some(article) = page.infobox_facts() else {
            return Done {
                line: None,
                infoboxes: 0,
                diagnostics: 0,
                redirect,
            };
        };
        article
    } else {
        page.parse()
    };
    let (infoboxes, diagnostics) = (article.infoboxes.len(), article.diagnostics.len());
    let line = if infobox_only {
        #[derive(serde::Serialize)]
        struct Facts<'a> {
            schema_version: u32,
            dialect: wikiparse::Dialect,
            title: &'a Option<String>,
            page: &'a Option<wikiparse::PageInfo>,
            infoboxes: &'a [wikiparse::Infobox],
        }
        (infoboxes > 0).then(|| {
            serde_json::to_vec(&Facts {
                schema_version: article.schema_version,
                dialect: article.dialect,
                title: &article.title,
                page: &article.page,
                infoboxes: &article.infoboxes,
            })
        })
    } else {
        Some(serde_json::to_vec(&article))
    };
    Done {
        // serializing owned data into memory cannot fail
        line: line.and_then(Result::ok),
        infoboxes,
        diagnostics,
        redirect,
    }
}

fn progress_bar(size: Option<u64>) -> indicatif::ProgressBar {
    let bar = match size {
        Some(n) => indicatif::ProgressBar::new(n),
        None => indicatif::ProgressBar::new_spinner(),
    };
    let template = if size.is_some() {
        "{bar:20} {bytes}/{total_bytes} · {msg} · {bytes_per_sec} · ETA {eta}"
    } else {
        "{spinner} {bytes} · {msg} · {bytes_per_sec}"
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("█▉▊▋▌▍▎▏ "));
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// Run `wikiparse dump`.
pub fn run(args: &DumpArgs) -> ExitCode {
    let single = args.title.is_some() || args.page_id.is_some();
    let ns = args
        .ns
        .as_deref()
        .unwrap_or(if single { "all" } else { "0" });
    let namespaces = match namespaces(ns) {
        Ok(n) => n,
        Err(e) => {
            eprintln!("wikiparse: {e}");
            return ExitCode::from(2);
        }
    };
    if args.jobs == Some(0) {
        eprintln!("wikiparse: --jobs must be at least 1");
        return ExitCode::from(2);
    }
    let mut dump = Dump::new(&args.file);
    dump.index.clone_from(&args.index);
    if let Some(j) = args.jobs {
        dump.jobs = j;
    }
    // with --infobox-only, pages without a box write nothing: the limit counts lines written
    dump.limit = args.limit.filter(|_| !args.infobox_only);
    let line_limit = args.limit.unwrap_or(u64::MAX);
    dump.selection = Selection {
        namespaces,
        skip_redirects: args.skip_redirects,
        title: args.title.clone(),
        page_id: args.page_id,
    };
    let bar = (!args.quiet && io::stderr().is_terminal()).then(|| progress_bar(dump.size()));
    let started = Instant::now();
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let (mut pages, mut redirects, mut infoboxes, mut diagnostics, mut malformed) =
        (0u64, 0u64, 0u64, 0u64, 0u64);
    let result = if args.decompress_only {
        dump.decompress().map(|_| ())
    } else {
        let infobox_only = args.infobox_only;
        dump.run(
            |page| convert(page, infobox_only),
            |result| {
                if pages >= line_limit {
                    return Ok(Flow::Stop);
                }
                match result {
                    Ok(done) => {
                        if let Some(line) = done.line {
                            out.write_all(&line)
                                .and_then(|()| out.write_all(b"\n"))
                                .map_err(DumpError::Output)?;
                            pages += 1;
                            redirects += u64::from(done.redirect);
                            infoboxes += done.infoboxes as u64;
                            diagnostics += done.diagnostics as u64;
                        }
                    }
                    Err(e) => {
                        // a malformed page: said, counted, and the dump goes on
                        if let Some(bar) = &bar {
                            bar.suspend(|| eprintln!("wikiparse: {e}"));
                        } else {
                            eprintln!("wikiparse: {e}");
                        }
                        malformed += 1;
                    }
                }
                if let Some(bar) = &bar {
                    bar.set_position(dump.progress.read.load(Ordering::Relaxed));
                    bar.set_message(format!("{pages} pages"));
                }
                Ok(if pages >= line_limit {
                    Flow::Stop
                } else {
                    Flow::Continue
                })
            },
        )
    };
    let flushed = out.flush().map_err(DumpError::Output);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let result = result.and(flushed);
    if let Err(DumpError::Output(e)) = &result {
        if e.kind() == io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
    }
    if !args.quiet {
        let seconds = started.elapsed().as_secs_f64();
        let xml = dump.progress.xml.load(Ordering::Relaxed) as f64 / 1e6;
        let rate = if seconds > 0.0 { xml / seconds } else { 0.0 };
        if args.decompress_only {
            eprintln!(
                "wikiparse: decompressed {xml:.1} MB of XML in {seconds:.2} s ({rate:.1} MB/s)"
            );
        } else {
            let bad = if malformed > 0 {
                format!(
                    ", {}",
                    count(malformed, "malformed page", "malformed pages")
                )
            } else {
                String::new()
            };
            eprintln!(
                "wikiparse: {} ({}), {}, {}{bad}, {seconds:.2} s ({xml:.1} MB of XML, {rate:.1} MB/s)",
                count(pages, "page", "pages"),
                count(redirects, "redirect", "redirects"),
                count(infoboxes, "infobox", "infoboxes"),
                count(diagnostics, "diagnostic", "diagnostics"),
            );
        }
    }
    match result {
        Ok(()) if malformed == 0 => ExitCode::SUCCESS,
        Ok(()) => ExitCode::from(1),
        Err(DumpError::Usage(e)) => {
            eprintln!("wikiparse: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("wikiparse: {e}");
            ExitCode::from(1)
        }
    }
}

/// `1 page`, `2 pages`: a count and its noun, for the summary line.
fn count(n: u64, one: &str, many: &str) -> String {
    match n {
        1 => format!("1 {one}"),
        _ => format!("{n} {many}"),
    }
}
