//! One integration binary (links once: CI has two cores).
//!
//! - `snapshots`: the JSON of every fixture, reviewed insta snapshots
//! - `expected`: scores against the hand-checked `*.expected.json` files (score.py's points)
//! - `detection`: dialect detection over the fixtures and markup samples
//! - `invariants`: property tests — no panic, spans in bounds and ordered, JSON round trip
//! - `fuzz_corpus`: the committed fuzz corpus replayed through the fuzz targets' checks
//! - `cli`: the built binary — files, stdin, flags, exit codes, stderr
//! - `schema`: the checked-in JSON Schema matches the types
//! - `dump`: MediaWiki XML dumps, real and generated, whole and broken (feature `dump`)

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod check;
#[cfg(feature = "cli")]
mod cli;
mod cross;
mod detection;
#[cfg(feature = "cli")]
mod dump;
mod expected;
mod fuzz_corpus;
mod invariants;
mod oracle;
mod schema;
mod snapshots;
