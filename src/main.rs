//! The `wikiparse` command: read files or stdin, print Article JSON.

use clap::Parser;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use wikiparse::{Dialect, Error, Options};

/// The command's own modules (not part of the library).
mod cli {
    pub mod dump;
}

/// Turn Wikipedia-style articles (rendered text or wikitext) into typed JSON.
#[derive(Parser, Debug)]
#[command(
    name = "wikiparse",
    version,
    about,
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  wikiparse article.txt --pretty          one article, indented JSON\n  cat article.txt | wikiparse             read stdin\n  wikiparse --jsonl corpus/*.txt          one JSON line per file\n  wikiparse --infobox-only article.txt    only the infobox facts\n  wikiparse --schema                      the JSON Schema of the output\n  wikiparse --tree page.wiki              the wikitext syntax tree\n  wikiparse dump pages.xml.bz2            a MediaWiki XML dump to JSON lines (wikiparse dump --help)\n\nExit codes: 0 success, 1 an input could not be read or decoded, 2 usage error."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Input files; stdin when none or `-`.
    files: Vec<PathBuf>,
    /// Indent the JSON.
    #[arg(long)]
    pretty: bool,
    /// One JSON object per line (the default when several files are given).
    #[arg(long)]
    jsonl: bool,
    /// Input dialect: auto, rendered or wikitext.
    #[arg(long, default_value = "auto")]
    dialect: String,
    /// Print only the title and the infoboxes (wikitext is read up to the end of the last
    /// infobox: footnote markers and diagnostics are those of the bytes read, `span` says how
    /// far).
    #[arg(long)]
    infobox_only: bool,
    /// Print the wikitext syntax tree (templates, links, tags, tables, …) instead of the
    /// Article; the input is read as wikitext.
    #[arg(long)]
    tree: bool,
    /// Print the JSON Schema of the output and exit.
    #[arg(long)]
    schema: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    lossy: bool,
}

#[derive(clap::Subcommand, Debug)]
enum Command {
    /// Read a MediaWiki XML dump (plain, .bz2, multistream .bz2 with its index, .gz) into JSON
    /// lines, one page a line, in dump order, on every core.
    Dump(cli::dump::DumpArgs),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    // a parser bug is one line on stderr; the file (or dump page) it hit is reported by name
    std::panic::set_hook(Box::new(|info| {
        eprintln!("wikiparse: internal error: {info}");
    }));
    if let Some(Command::Dump(args)) = &cli.command {
        return cli::dump::run(args);
    }
    match run(&cli) {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("wikiparse: {e}");
            ExitCode::from(1)
        }
    }
}

fn read(path: &Path, lossy: bool) -> Result<String, Error> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .map_err(|source| Error::Io {
                path: path.into(),
                source,
            })?;
        buf
    } else {
        if path.is_dir() {
            return Err(Error::IsDirectory { path: path.into() });
        }
        std::fs::read(path).map_err(|source| Error::Io {
            path: path.into(),
            source,
        })?
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(Error::InvalidUtf8 {
            path: path.into(),
            offset: e.utf8_error().valid_up_to(),
        }),
    }
}

/// One JSON document and a newline, written as it is serialized.
fn write_json(out: &mut impl Write, value: &impl serde::Serialize, pretty: bool) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, value)
    } else {
        serde_json::to_writer(&mut *out, value)
    }
    .map_err(io::Error::from)?;
    out.write_all(b"\n")
}

/// What one input turns into.
enum Converted {
    Tree(wikiparse::wikitext::Tree),
    Facts(Box<wikiparse::Article>),
    Article(Box<wikiparse::Article>),
}

fn convert(text: &str, cli: &Cli, options: &Options) -> Converted {
    if cli.tree {
        Converted::Tree(wikiparse::wikitext::parse_tree(text))
    } else if cli.infobox_only {
        Converted::Facts(Box::new(wikiparse::parse_infoboxes(text, options)))
    } else {
        Converted::Article(Box::new(wikiparse::parse_with(text, options)))
    }
}

fn run(cli: &Cli) -> io::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if cli.schema {
        out.write_all(wikiparse::json::schema().as_bytes())?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let dialect = match cli.dialect.as_str() {
        "auto" => None,
        d => match d.parse::<Dialect>() {
            Ok(d) => Some(d),
            Err(e) => {
                eprintln!("wikiparse: {e}");
                return Ok(ExitCode::from(2));
            }
        },
    };
    if cli.tree && dialect == Some(Dialect::Rendered) {
        eprintln!(
            "wikiparse: --tree reads wikitext; it cannot be combined with --dialect rendered"
        );
        return Ok(ExitCode::from(2));
    }
    let options = Options { dialect };
    let files: Vec<PathBuf> = if cli.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        cli.files.clone()
    };
    let jsonl = cli.jsonl || files.len() > 1;
    let mut failed = false;
    for path in &files {
        let text = match read(path, cli.lossy) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("wikiparse: {e}");
                failed = true;
                continue;
            }
        };
        let pretty = cli.pretty && !jsonl;
        // the parser never panics by contract; should a bug make it, this file is reported
        // and the others still run
        let converted = std::panic::catch_unwind(|| convert(&text, cli, &options));
        match converted {
            Ok(Converted::Tree(tree)) => {
                #[derive(serde::Serialize)]
                struct TreeOut<'a> {
                    schema_version: u32,
                    nodes: wikiparse::wikitext::TreeJson<'a>,
                    diagnostics: &'a [wikiparse::Diagnostic],
                }
                let value = TreeOut {
                    schema_version: wikiparse::json::SCHEMA_VERSION,
                    nodes: wikiparse::wikitext::TreeJson::new(&text, &tree.nodes),
                    diagnostics: &tree.diagnostics,
                };
                write_json(&mut out, &value, pretty)?;
            }
            Ok(Converted::Facts(article)) => {
                let value = serde_json::json!({
                    "schema_version": article.schema_version,
                    "dialect": article.dialect,
                    "title": article.title,
                    "infoboxes": article.infoboxes,
                });
                write_json(&mut out, &value, pretty)?;
            }
            Ok(Converted::Article(article)) => write_json(&mut out, &article, pretty)?,
            Err(_) => {
                eprintln!(
                    "wikiparse: {}: not converted: the parser failed (a bug; please report it \
                     with this input)",
                    path.display()
                );
                failed = true;
            }
        }
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
