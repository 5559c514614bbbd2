//! Byte spans into the original input.
//!
//! Every node of the tree carries exactly one [`Span`]; line and column are derived only when a
//! message needs them ([`Span::line_col`]), never stored.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the parsed input, serialized as `[start, end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, JsonSchema)]
#[schemars(with = "[usize; 2]")]
pub struct Span {
    /// First byte of the node.
    pub start: usize,
    /// One past the last byte of the node.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; an inverted pair is clamped to an empty span at `start`.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// The empty span at `at`.
    pub fn empty(at: usize) -> Self {
        Span { start: at, end: at }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn join(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Shift by `offset` bytes (a sub-slice parsed on its own reports spans relative to itself).
    pub fn shift(self, offset: usize) -> Span {
        Span {
            start: self.start + offset,
            end: self.end + offset,
        }
    }

    /// 1-based line and column (in chars) of `start`, for messages.
    pub fn line_col(&self, input: &str) -> (usize, usize) {
        let upto = input.get(..self.start.min(input.len())).unwrap_or("");
        let line = upto.bytes().filter(|&b| b == b'\n').count() + 1;
        let col = upto.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, col)
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(d)?;
        Ok(Span { start, end })
    }
}

/// The span of `part`, a sub-slice of `whole`, in `whole`'s coordinates.
///
/// This is the one bridge between nom's "remaining input" view and byte offsets: parsers work on
/// slices of the input, and the offset of a slice is its pointer distance from the start.
pub fn of(whole: &str, part: &str) -> Span {
    let start = (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize);
    let start = start.min(whole.len());
    Span::new(start, (start + part.len()).min(whole.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn of_sub_slice() {
        let s = "hello world";
        assert_eq!(of(s, &s[6..]), Span::new(6, 11));
        assert_eq!(Span::new(6, 11).line_col(s), (1, 7));
        assert_eq!(Span::new(5, 2), Span::empty(5));
    }
}
