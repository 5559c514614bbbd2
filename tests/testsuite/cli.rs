//! The built binary: files, stdin, flags, exit codes and messages.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fixtures/rendered/allied_intervention_russian_civil_war.txt"
);

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wikiparse"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    // a usage error exits before reading stdin: a closed pipe is no test failure
    let _ = input.write_all(stdin.unwrap_or_default());
    drop(input);
    child.wait_with_output().unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn file_to_json() {
    let o = run(&[SEED], None);
    assert!(o.status.success());
    let a = json(&o);
    assert_eq!(a["schema_version"], 1);
    assert_eq!(a["title"], "Allied intervention in the Russian Civil War");
    assert_eq!(
        a["infoboxes"][0]["fields"][1]["value"]["typed"]["start"],
        "1918-01-12"
    );
}

#[test]
fn stdin_and_pretty() {
    let text = std::fs::read(SEED).unwrap();
    let o = run(&["--pretty"], Some(&text));
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("\n  \"schema_version\": 1"));
    let dash = run(&["-"], Some(&text));
    assert_eq!(json(&dash)["title"], json(&o)["title"]);
}

#[test]
fn jsonl_many_files_and_a_missing_one() {
    let o = run(&["--jsonl", SEED, "/nonexistent/missing.txt", SEED], None);
    assert_eq!(o.status.code(), Some(1), "a missing file is exit 1");
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(
        out.lines().count(),
        2,
        "the other files are still processed"
    );
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["schema_version"], 1);
    }
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("wikiparse: /nonexistent/missing.txt"),
        "the message names the file: {err}"
    );
}

#[test]
fn invalid_utf8_and_lossy() {
    let dir = std::env::temp_dir().join(format!("wikiparse-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"Title\nDate12 May 1918\xff\xfe\n").unwrap();
    let o = run(&[bad.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("bad.txt") && err.contains("byte offset 21"),
        "{err}"
    );
    let o = run(&["--lossy", bad.to_str().unwrap()], None);
    assert!(o.status.success());
    let d = run(&[dir.to_str().unwrap()], None);
    assert_eq!(d.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&d.stderr).contains("is a directory"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn usage_errors_and_schema() {
    assert_eq!(run(&["--no-such-flag"], None).status.code(), Some(2));
    assert_eq!(
        run(&["--dialect", "klingon", SEED], None).status.code(),
        Some(2)
    );
    let s = run(&["--schema"], None);
    assert!(s.status.success());
    assert_eq!(json(&s)["title"], "Article");
    let h = run(&["--help"], None);
    assert!(h.status.success() && String::from_utf8_lossy(&h.stdout).contains("Examples:"));
    let v = run(&["--version"], None);
    assert!(String::from_utf8_lossy(&v.stdout).starts_with("wikiparse "));
}

#[test]
fn infobox_only() {
    let o = run(&["--infobox-only", SEED], None);
    let a = json(&o);
    assert!(a.get("sections").is_none() && a["infoboxes"][0]["fields"].is_array());
}

#[test]
fn empty_input() {
    let o = run(&[], Some(b""));
    assert!(o.status.success());
    assert_eq!(json(&o)["title"], serde_json::Value::Null);
}

#[test]
fn tree_of_wikitext() {
    let page = b"{{Infobox settlement|name=X|population_total=559}}\n== History ==\n* [[Paris|the city]]s <ref name=a>r</ref>\n{|\n|a||b\n|}\n";
    let o = run(&["--tree"], Some(page));
    assert!(o.status.success());
    let j = json(&o);
    assert_eq!(j["schema_version"], 1);
    let nodes = j["nodes"].as_array().unwrap();
    assert_eq!(nodes[0]["kind"], "template");
    assert_eq!(nodes[0]["name"], "Infobox settlement");
    assert_eq!(nodes[0]["params"][1]["name"], "population_total");
    assert_eq!(nodes[0]["params"][1]["value"][0]["text"], "559");
    let kinds: Vec<&str> = nodes.iter().map(|n| n["kind"].as_str().unwrap()).collect();
    for k in ["heading", "list", "table"] {
        assert!(kinds.contains(&k), "{kinds:?}");
    }
    let link = &nodes.iter().find(|n| n["kind"] == "list").unwrap()["children"][0]["children"][1];
    assert_eq!(
        (
            link["kind"].as_str(),
            link["target"].as_str(),
            link["trail"].as_str()
        ),
        (Some("link"), Some("Paris"), Some("s"))
    );
    // the tree reads wikitext: asking for the rendered dialect with it is a usage error
    let o = run(&["--tree", "--dialect", "rendered"], Some(page));
    assert_eq!(o.status.code(), Some(2));
    // the Article of the same page
    let o = run(&[], Some(page));
    let a = json(&o);
    assert_eq!(a["dialect"], "wikitext");
    assert_eq!(a["infoboxes"][0]["fields"][0]["key"], "population_total");
    assert_eq!(a["infoboxes"][0]["fields"][0]["value"]["typed"]["min"], 559);
    assert_eq!(a["references"][0]["name"], "a");
}
