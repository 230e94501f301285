//! What serde cannot check in a `kata.toml`: rule queries that compile,
//! targets that are complexity classes, rule ids that are unique, an id that
//! matches its directory. Every error names the line and column of the
//! offending value; for a query, the place inside the query.

use super::load::{line_col, LoadError, Queries};
use super::KataSpec;
use crate::analysis::complexity::Class;
use serde::Deserialize;
use std::collections::HashMap;
use std::ops::Range;
use toml::Spanned;

/// Where the values we validate sit in the text. Parsed leniently (unknown
/// keys ignored) from a document `KataSpec` already accepted.
#[derive(Deserialize, Default)]
struct Spans {
    id: Option<Spanned<String>>,
    #[serde(default)]
    target: Vec<TargetSpans>,
    #[serde(default)]
    rule: Vec<RuleSpans>,
    probe: Option<ProbeSpans>,
}

#[derive(Deserialize)]
struct TargetSpans {
    time: Option<Spanned<String>>,
    space: Option<Spanned<String>>,
}

#[derive(Deserialize)]
struct RuleSpans {
    id: Option<Spanned<String>>,
    query: Option<Spanned<String>>,
}

#[derive(Deserialize)]
struct ProbeSpans {
    expect: Option<Spanned<String>>,
}

/// Every problem of `spec`, parsed from `text`, in the kata directory
/// `dir_name`; errors are located in `toml_path`.
pub(super) fn validate(
    spec: &KataSpec,
    text: &str,
    dir_name: &str,
    toml_path: &str,
    queries: Queries,
) -> Vec<LoadError> {
    let spans: Spans = toml::from_str(text).unwrap_or_default();
    let mut errors = Vec::new();
    let mut error = |span: Option<Range<usize>>, message: String| {
        let (line, column) = span.map(|s| line_col(text, s.start)).unzip();
        errors.push(LoadError {
            path: toml_path.to_string(),
            line,
            column,
            message,
        });
    };
    let span = |s: &Option<Spanned<String>>| s.as_ref().map(Spanned::span);

    if spec.id != dir_name {
        error(
            span(&spans.id),
            format!(
                "id `{}` does not match the directory name `{dir_name}`",
                spec.id
            ),
        );
    }

    for (i, target) in spec.targets.iter().enumerate() {
        let at = spans.target.get(i);
        if let Err(e) = Class::parse(&target.time) {
            error(
                at.and_then(|t| span(&t.time)),
                format!("target `{}`: time: {e}", target.item),
            );
        }
        if let Some(space) = &target.space {
            if let Err(e) = Class::parse(space) {
                error(
                    at.and_then(|t| span(&t.space)),
                    format!("target `{}`: space: {e}", target.item),
                );
            }
        }
    }
    if let Some(probe) = &spec.probe {
        if let Err(e) = Class::parse(&probe.expect) {
            error(
                spans.probe.as_ref().and_then(|p| span(&p.expect)),
                format!("probe: expect: {e}"),
            );
        }
    }

    let mut seen: HashMap<&str, Option<usize>> = HashMap::new();
    let language = crate::analysis::language();
    for (i, rule) in spec.rules.iter().enumerate() {
        let at = spans.rule.get(i);
        let id_span = at.and_then(|r| span(&r.id));
        let first_line = id_span.as_ref().map(|s| line_col(text, s.start).0);
        if let Some(first) = seen.insert(&rule.id, first_line) {
            let before = first.map_or(String::new(), |l| format!(" (first on line {l})"));
            error(id_span, format!("duplicate rule id `{}`{before}", rule.id));
        }
        if queries == Queries::Trusted {
            continue;
        }
        if let Err(e) = tree_sitter::Query::new(&language, &rule.query) {
            let query_span = at.and_then(|r| r.query.as_ref());
            let place = query_span.map(|q| {
                let value = q.span();
                let inside = raw_offset(&text[value.clone()], &rule.query, e.offset);
                let at = value.start + inside.unwrap_or(0);
                at..at
            });
            error(
                place,
                format!(
                    "rule `{}`: the query does not compile: {} (query line {}, column {})",
                    rule.id,
                    describe(&e),
                    e.row + 1,
                    e.column + 1,
                ),
            );
        }
    }
    errors
}

/// A query error in one line (tree-sitter's own message for a syntax error
/// spans lines, with a caret under the place we already name).
fn describe(e: &tree_sitter::QueryError) -> String {
    use tree_sitter::QueryErrorKind as Kind;
    let name = e.message.trim().trim_matches('"');
    match e.kind {
        Kind::NodeType => format!("unknown node type `{name}`"),
        Kind::Field => format!("unknown field `{name}`"),
        Kind::Capture => format!("unknown capture `@{name}`"),
        Kind::Structure => "this pattern can never match (impossible structure)".into(),
        Kind::Syntax => "invalid syntax".into(),
        Kind::Predicate => format!("bad predicate: {name}"),
        Kind::Language => format!("language mismatch: {name}"),
    }
}

/// The byte offset in `raw` (a TOML string literal, delimiters included) of
/// the byte `offset` of its value `decoded`; `None` when the literal cannot
/// be read back to `decoded`.
fn raw_offset(raw: &str, decoded: &str, offset: usize) -> Option<usize> {
    let map = decode(raw)?;
    let text: String = map.iter().map(|(c, _)| *c).collect();
    if text != decoded {
        return None;
    }
    let mut at = 0;
    for (c, raw_at) in &map {
        if at >= offset {
            return Some(*raw_at);
        }
        at += c.len_utf8();
    }
    // At the end of the value: just before the closing delimiter.
    let close = if raw.ends_with("'''") || raw.ends_with("\"\"\"") {
        3
    } else {
        1
    };
    Some(raw.len().saturating_sub(close))
}

/// Each character of a TOML string literal's value with the byte offset in
/// `raw` where it is written.
fn decode(raw: &str) -> Option<Vec<(char, usize)>> {
    let (delim, literal, multiline) = if raw.starts_with("'''") {
        ("'''", true, true)
    } else if raw.starts_with("\"\"\"") {
        ("\"\"\"", false, true)
    } else if raw.starts_with('\'') {
        ("'", true, false)
    } else if raw.starts_with('"') {
        ("\"", false, false)
    } else {
        return None;
    };
    let body = raw
        .get(delim.len()..)?
        .strip_suffix(delim)
        .filter(|_| raw.len() >= 2 * delim.len())?;
    let mut chars = body.char_indices().peekable();
    let base = delim.len();
    if multiline {
        // A newline right after the opening delimiter is trimmed.
        if body.starts_with("\r\n") {
            chars.next();
            chars.next();
        } else if body.starts_with('\n') {
            chars.next();
        }
    }
    let mut out = Vec::new();
    while let Some((i, c)) = chars.next() {
        if literal || c != '\\' {
            out.push((c, base + i));
            continue;
        }
        let (_, esc) = chars.next()?;
        let simple = match esc {
            'b' => Some('\u{8}'),
            't' => Some('\t'),
            'n' => Some('\n'),
            'f' => Some('\u{c}'),
            'r' => Some('\r'),
            'e' => Some('\u{1b}'),
            '"' => Some('"'),
            '\\' => Some('\\'),
            _ => None,
        };
        if let Some(value) = simple {
            out.push((value, base + i));
            continue;
        }
        let digits = match esc {
            'x' => 2,
            'u' => 4,
            'U' => 8,
            ' ' | '\t' | '\r' | '\n' if multiline => {
                // A line-ending backslash swallows the whitespace after it.
                while chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
                    chars.next();
                }
                continue;
            }
            _ => return None,
        };
        let mut code = 0u32;
        for _ in 0..digits {
            let (_, d) = chars.next()?;
            code = code * 16 + d.to_digit(16)?;
        }
        out.push((char::from_u32(code)?, base + i));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(raw: &str, decoded: &str, offset: usize) -> Option<usize> {
        raw_offset(raw, decoded, offset)
    }

    #[test]
    fn maps_offsets_through_every_kind_of_string() {
        assert_eq!(at("'(a) (b)'", "(a) (b)", 4), Some(5));
        assert_eq!(at("'''\n(a)\n(b)'''", "(a)\n(b)", 4), Some(8));
        assert_eq!(at(r#""\"x\" (b)""#, "\"x\" (b)", 4), Some(7));
        assert_eq!(at(r#""\u00e9 (b)""#, "é (b)", 3), Some(8));
        assert_eq!(at("\"\"\"\n(a) \\\n   (b)\"\"\"", "(a) (b)", 4), Some(13));
        assert_eq!(at("'(a'", "(a", 2), Some(3));
        assert_eq!(at("'(a'", "(b", 2), None);
    }
}
