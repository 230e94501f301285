//! Small syntax helpers shared by the walk.

use super::*;

pub(super) fn is_const_name(t: &str) -> bool {
    t.chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && t.chars().any(|c| c.is_ascii_uppercase())
}

pub(in crate::analysis::complexity) fn is_ident(t: &str) -> bool {
    !t.is_empty()
        && t.chars().all(|c| c.is_alphanumeric() || c == '_')
        && !t.starts_with(|c: char| c.is_ascii_digit())
}

/// The names a `format!` reads: its arguments and the `{name}`s inlined in
/// its format string.
pub(super) fn format_names(tokens: Node, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![tokens];
    while let Some(n) = stack.pop() {
        match n.kind() {
            "identifier" => out.push(text(n, src).to_string()),
            "string_literal" | "raw_string_literal" => {
                let t = text(n, src);
                let mut rest = t;
                while let Some(open) = rest.find('{') {
                    rest = &rest[open + 1..];
                    if rest.starts_with('{') {
                        rest = &rest[1..];
                        continue;
                    }
                    let end = rest.find(['}', ':']).unwrap_or(rest.len());
                    let name = rest[..end].trim();
                    if is_ident(name) {
                        out.push(name.to_string());
                    }
                }
            }
            _ => {
                let mut cursor = n.walk();
                stack.extend(n.named_children(&mut cursor));
            }
        }
    }
    out
}

/// `self.a.b`-style paths of some code.
pub(super) fn words_with_fields(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in code
        .char_indices()
        .chain(std::iter::once((code.len(), ' ')))
    {
        let ident = c.is_alphanumeric() || c == '_' || c == '.';
        match (start, ident) {
            (None, true) => start = Some(i),
            (Some(st), false) => {
                let w = code[st..i].trim_end_matches('.');
                if !w.is_empty() && !out.contains(&w) {
                    out.push(w);
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Looks through `&`, `&mut`, parentheses and `.as_ref()`-style views.
pub(super) fn peel<'n>(node: Node<'n>, src: &str) -> Node<'n> {
    match node.kind() {
        "reference_expression" => match node.child_by_field_name("value") {
            Some(v) => peel(v, src),
            None => node,
        },
        "parenthesized_expression" => match node.named_child(0) {
            Some(v) => peel(v, src),
            None => node,
        },
        "call_expression" => {
            let f = node.child_by_field_name("function");
            let view = f.filter(|f| f.kind() == "field_expression").and_then(|f| {
                let m = f.child_by_field_name("field").map_or("", |m| text(m, src));
                matches!(
                    m,
                    "as_ref"
                        | "as_deref"
                        | "as_mut"
                        | "as_deref_mut"
                        | "unwrap"
                        | "clone"
                        | "borrow"
                        | "iter"
                        | "iter_mut"
                        | "into_iter"
                        | "values"
                        | "values_mut"
                )
                .then(|| f.child_by_field_name("value"))
                .flatten()
            });
            match view {
                Some(v)
                    if node
                        .child_by_field_name("arguments")
                        .is_some_and(|a| a.named_child_count() == 0) =>
                {
                    peel(v, src)
                }
                _ => node,
            }
        }
        _ => node,
    }
}

pub(super) fn factor_text(c: Class) -> String {
    c.term()
}

/// A short one-line rendering of code for step texts.
pub(in super::super) fn snippet(code: &str) -> String {
    let one_line: String = code.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 60 {
        let cut: String = one_line.chars().take(57).collect();
        format!("{cut}…")
    } else {
        one_line
    }
}

/// `for x in nums` / `while lo < hi`: the loop without its body.
pub(super) fn header_text(node: Node, src: &str) -> String {
    let end = node
        .child_by_field_name("body")
        .map_or(node.end_byte(), |b| b.start_byte());
    snippet(src[node.start_byte()..end].trim())
}

pub(super) fn identifiers<'s>(node: Node, src: &'s str) -> Vec<&'s str> {
    let mut out = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        // A struct pattern's shorthand field (`Closed { failures }`) binds
        // the name as an identifier would.
        if matches!(n.kind(), "identifier" | "shorthand_field_identifier") {
            out.push(text(n, src));
            continue;
        }
        if matches!(
            n.kind(),
            "scoped_identifier" | "type_identifier" | "scoped_type_identifier"
        ) {
            continue;
        }
        let mut cursor = n.walk();
        for c in n.named_children(&mut cursor) {
            if n.kind() == "tuple_struct_pattern"
                && c.id() == n.named_child(0).map_or(0, |f| f.id())
            {
                continue; // `Some` in `Some(x)`
            }
            if n.kind() == "parameter" && Some(c) == n.child_by_field_name("type") {
                continue;
            }
            stack.push(c);
        }
    }
    out
}

/// The names bound inside `node`: by `let`, `if let`/`while let` and match
/// arms.
pub(super) fn bound_names<'s>(node: Node, src: &'s str) -> Vec<&'s str> {
    let mut out = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if matches!(
            n.kind(),
            "let_declaration" | "let_condition" | "match_pattern"
        ) {
            let pattern = if n.kind() == "match_pattern" {
                Some(n)
            } else {
                n.child_by_field_name("pattern")
            };
            if let Some(p) = pattern {
                out.extend(identifiers(p, src));
            }
        }
        let mut cursor = n.walk();
        stack.extend(n.named_children(&mut cursor));
    }
    out
}

/// The expression of a statement (`x += 1` of `x += 1;`), or the node
/// itself when it is not an expression statement.
pub(super) fn statement_expr(stmt: Node) -> Option<Node> {
    if stmt.kind() == "expression_statement" {
        stmt.named_child(0)
    } else {
        Some(stmt)
    }
}

/// The head of a `loop` that is a `while let` written out: its first
/// statement takes the next value and breaks when there is none —
/// `match q.pop() { Some(x) => …, None => break }`, `let t = match
/// q.front() { Some(t) => *t, None => break };`, `let Some(x) = q.pop()
/// else { break };`, `if let Some(x) = q.pop() { … } else { break }`. The
/// node returned has the value taken as its `value` field (a
/// `match_expression`, `let_declaration` or `let_condition`).
pub(super) fn desugared_while_let<'n>(body: Option<Node<'n>>, src: &str) -> Option<Node<'n>> {
    let first = statement_expr(body?.named_children(&mut body?.walk()).next()?)?;
    let is_break = |n: Node| {
        let n = if n.kind() == "block" {
            let mut c = n.walk();
            let inner: Vec<Node> = n.named_children(&mut c).collect();
            match inner.as_slice() {
                [only] if only.kind() == "expression_statement" => only.named_child(0),
                [only] => Some(*only),
                _ => None,
            }
        } else {
            Some(n)
        };
        n.is_some_and(|n| n.kind() == "break_expression" && n.named_child_count() == 0)
    };
    let breaking_match = |m: Node| {
        m.kind() == "match_expression"
            && m.child_by_field_name("body").is_some_and(|b| {
                let mut c = b.walk();
                let arms: Vec<Node> = b.named_children(&mut c).collect();
                arms.iter()
                    .any(|a| a.child_by_field_name("value").is_some_and(is_break))
            })
    };
    match first.kind() {
        "match_expression" if breaking_match(first) => Some(first),
        "let_declaration" => {
            let value = first.child_by_field_name("value")?;
            if breaking_match(value) {
                return Some(value);
            }
            if first
                .child_by_field_name("alternative")
                .is_some_and(is_break)
            {
                return Some(first);
            }
            // `let next = cur.borrow().next.clone(); match next { Some(n)
            // => cur = n, None => break }`: the value is taken by the `let`
            // and matched by the statement after it.
            let bound = first
                .child_by_field_name("pattern")
                .filter(|p| p.kind() == "identifier")?;
            let second = statement_expr(body?.named_children(&mut body?.walk()).nth(1)?)?;
            let scrutinee = second.child_by_field_name("value")?;
            (second.kind() == "match_expression"
                && breaking_match(second)
                && scrutinee.kind() == "identifier"
                && src[scrutinee.byte_range()] == src[bound.byte_range()])
            .then_some(first)
        }
        "if_expression" => {
            let cond = first.child_by_field_name("condition")?;
            let alt = first.child_by_field_name("alternative")?;
            let alt_block = alt.named_child(0)?;
            (cond.kind() == "let_condition" && is_break(alt_block)).then_some(cond)
        }
        _ => None,
    }
}

/// Names bound by `let x = q.pop()…`/`let x = q.remove(0)` in a loop body.
pub(super) fn popped_bindings(body: Option<Node>, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let Some(body) = body else { return out };
    let mut cursor = body.walk();
    for stmt in body.named_children(&mut cursor) {
        if stmt.kind() != "let_declaration" {
            continue;
        }
        let value = stmt
            .child_by_field_name("value")
            .map_or("", |v| text(v, src));
        if [
            ".pop",
            ".remove(0)",
            ".pop_front",
            ".pop_back",
            ".pop_first",
            ".pop_last",
        ]
        .iter()
        .any(|p| value.contains(p))
        {
            if let Some(p) = stmt.child_by_field_name("pattern") {
                out.extend(identifiers(p, src).into_iter().map(str::to_string));
            }
        }
    }
    out
}

/// `name` occurs in `code` as a whole identifier.
pub(in crate::analysis::complexity) fn mentions(code: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    let bytes = code.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut start = 0;
    while let Some(pos) = code[start..].find(name) {
        let at = start + pos;
        let end = at + name.len();
        let before = at == 0 || !is_ident(bytes[at - 1]);
        let after = end >= bytes.len() || !is_ident(bytes[end]);
        if before && after {
            return true;
        }
        start = at + 1;
    }
    false
}

pub(super) fn is_numeric_expr(node: Node, src: &str) -> bool {
    let t = text(node, src);
    !t.contains('"') && !t.contains('&') && !t.contains("to_string") && !t.contains("format!")
}

/// The text after the first top-level `sep` (`vec![0; n]` → ` n`).
pub(super) fn top_level_split(inner: &str, sep: char) -> Option<&str> {
    let mut depth = 0i32;
    for (i, c) in inner.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            c if c == sep && depth == 0 => return Some(&inner[i + 1..]),
            _ => {}
        }
    }
    None
}

pub(super) fn small_text(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty()
        && t.split(|c: char| "+-*/ ()".contains(c))
            .filter(|s| !s.is_empty())
            .all(|s| {
                s.parse::<u64>().is_ok()
                    || s.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                        .parse::<u64>()
                        .is_ok()
                    || (s
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
            })
}

/// Whether the function still holds a `todo!()` or `unimplemented!()`.
/// A `return`, `?` or a `break` of this loop (not of a loop inside it)
/// somewhere in `node`, outside closures.
pub(super) fn exits_early(node: Node, nested: bool) -> bool {
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        let found = match child.kind() {
            "return_expression" | "try_expression" => true,
            "break_expression" => !nested,
            "closure_expression" => false,
            "for_expression" | "while_expression" | "loop_expression" => exits_early(child, true),
            _ => exits_early(child, nested),
        };
        if found {
            return true;
        }
    }
    false
}

pub(super) fn calls_todo(node: Node, src: &str) -> bool {
    if node.kind() == "macro_invocation" {
        let name = node
            .child_by_field_name("macro")
            .map_or("", |m| text(m, src));
        if matches!(name, "todo" | "unimplemented") {
            return true;
        }
    }
    let mut cursor = node.walk();
    let found = node
        .named_children(&mut cursor)
        .any(|child| calls_todo(child, src));
    found
}

/// The value of the nearest `let name = value;` (not `mut`) before `at` in
/// the blocks enclosing it: what an immutable local stands for.
pub(super) fn immutable_let_value<'t>(at: Node<'t>, name: &str, src: &str) -> Option<Node<'t>> {
    let mut inner = at;
    while let Some(outer) = inner.parent() {
        if outer.kind() == "block" {
            let mut cursor = outer.walk();
            let found = outer
                .named_children(&mut cursor)
                .take_while(|c| c.end_byte() <= inner.start_byte())
                .filter(|c| c.kind() == "let_declaration")
                .filter_map(|c| Some((c, c.child_by_field_name("pattern")?)))
                .filter(|(_, p)| {
                    let p = match p.kind() {
                        "mut_pattern" => p.named_child(0),
                        _ => Some(*p),
                    };
                    p.is_some_and(|p| p.kind() == "identifier" && text(p, src) == name)
                })
                .last();
            if let Some((decl, pattern)) = found {
                return (pattern.kind() == "identifier")
                    .then(|| decl.child_by_field_name("value"))
                    .flatten();
            }
        }
        if matches!(outer.kind(), "function_item" | "closure_expression") {
            return None;
        }
        inner = outer;
    }
    None
}

/// The names of the methods `node` calls on `self` (`self.refill()`).
pub(super) fn self_method_calls<'s>(node: Node, src: &'s str) -> Vec<&'s str> {
    let mut names = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.kind() == "call_expression" {
            let method = n
                .child_by_field_name("function")
                .filter(|f| f.kind() == "field_expression")
                .filter(|f| {
                    f.child_by_field_name("value")
                        .is_some_and(|v| v.kind() == "self")
                });
            if let Some(field) = method.and_then(|f| f.child_by_field_name("field")) {
                names.push(text(field, src));
            }
        }
        stack.extend(n.named_children(&mut n.walk()));
    }
    names
}

/// A new, empty collection: `Vec::new()`, `String::with_capacity(n)`,
/// `vec![]`, `Default::default()`.
pub(super) fn starts_empty(init: &str) -> bool {
    let t = init.replace(' ', "");
    t.ends_with("::new()")
        || t.ends_with("::default()")
        || t.contains("::with_capacity(")
        || t == "vec![]"
}
