//! Non-fatal findings returned inside the [`Article`](crate::Article).
//!
//! Parsing never fails on a `&str`: what could not be understood becomes plain text plus a
//! diagnostic saying why, with the span of the bytes concerned.

use crate::span::Span;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The output is complete but something looked odd.
    Warning,
    /// Part of the input could not be given structure; it is kept as text.
    Error,
}

/// One finding: a stable snake_case `code`, a lowercase message and the bytes concerned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
    /// Stable machine-readable name, e.g. `invalid_control_char`.
    pub code: String,
    /// Human-readable, lowercase, no trailing period.
    pub message: String,
    /// The input bytes concerned.
    pub span: Span,
}

impl Diagnostic {
    /// A warning.
    pub fn warning(code: &str, message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            code: code.to_owned(),
            message: message.into(),
            span,
        }
    }
}
