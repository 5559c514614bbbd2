//! The hash maps and sets the parser keeps: std's tables with foldhash in place of SipHash.
//!
//! Why: their keys are short strings and offsets (parameter names, template keys, footnote
//! names), which SipHash hashes at a few hundred instructions each; in profiles of the infobox
//! path it was several per cent of the time. foldhash is several times faster on such keys and
//! is seeded at random per process, so a page cannot be written to make its names collide.

/// A `HashMap` hashed with foldhash.
pub type Map<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A `HashSet` hashed with foldhash.
pub type Set<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;
