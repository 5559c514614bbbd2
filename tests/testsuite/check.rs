//! Invariants every Article must satisfy, shared by the property tests and the fixture tests.

use wikiparse::{Article, Block, Span};

fn span_ok(input: &str, s: Span, what: &str) {
    assert!(s.start <= s.end, "{what}: inverted span {s:?}");
    assert!(
        s.end <= input.len(),
        "{what}: span {s:?} past the input ({} bytes)",
        input.len()
    );
    assert!(
        input.is_char_boundary(s.start) && input.is_char_boundary(s.end),
        "{what}: span {s:?} not on char boundaries"
    );
}

/// Spans in bounds, on char boundaries, markers in reading order, JSON round trip.
#[track_caller]
pub fn article(input: &str, a: &Article) {
    span_ok(input, a.span, "article");
    for b in &a.infoboxes {
        span_ok(input, b.span, "infobox");
        for f in &b.fields {
            span_ok(input, f.span, "field");
            span_ok(input, f.value.span, "value");
            for i in &f.value.items {
                span_ok(input, i.span, "item");
            }
        }
        for c in b.captions.iter().chain(&b.groups) {
            span_ok(input, c.span, "caption/group");
        }
        for n in &b.notes {
            span_ok(input, n.span, "note");
        }
    }
    for s in &a.sections {
        span_ok(input, s.span, "section");
        for blk in &s.blocks {
            match blk {
                Block::Paragraph {
                    span, footnotes, ..
                } => {
                    span_ok(input, *span, "paragraph");
                    for m in footnotes {
                        assert!(
                            span.start <= m.span.start && m.span.end <= span.end,
                            "marker outside its paragraph"
                        );
                    }
                }
                Block::List { span, items, .. } => {
                    span_ok(input, *span, "list");
                    for it in items {
                        span_ok(input, it.span, "list item");
                    }
                }
            }
        }
    }
    for w in a.footnote_markers.windows(2) {
        assert!(
            w[0].span.start < w[1].span.start,
            "markers out of order: {:?} then {:?}",
            w[0],
            w[1]
        );
    }
    for m in &a.footnote_markers {
        span_ok(input, m.span, "marker");
        let text = &input[m.span.start..m.span.end];
        let bracketed = text.starts_with('[') && text.ends_with(']');
        let symbol = ["*", "†", "‡", "§", "¶"].contains(&text);
        assert!(
            bracketed || symbol,
            "a marker span covers its brackets or its symbol: {m:?} = {text:?}"
        );
    }
    for d in &a.diagnostics {
        span_ok(input, d.span, "diagnostic");
    }
    let json = serde_json::to_string(a).unwrap();
    let back: Article = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, a, "JSON round trip changed the article");
}
