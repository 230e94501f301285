//! Hover text (`handlers::hover` answers the request): a rule finding
//! explains why the rule exists; a std call with a cost worth knowing gets
//! a one-line note; a graded item shows the kata prompt in short, its
//! target complexity, the static estimate, the measured growth and the
//! last run. Byte offsets in, markdown and byte ranges out.

use super::katas::{graded_items, KataCtx, Role};
use super::measured::Growth;
use tree_sitter::{Node, Tree};

/// The hover text and the byte range it is about.
pub fn hover_at(
    kata: &KataCtx,
    role: Role,
    text: &str,
    tree: &Tree,
    offset: usize,
) -> Option<(String, std::ops::Range<usize>)> {
    let cost = cost_hover(text, tree, offset);
    if role == Role::Solution {
        if let Some((mut md, range)) = rule_hover(kata, text, tree, offset) {
            // On a call inside a finding, both are worth reading.
            if let Some((note, note_range)) = cost {
                md.push_str("\n\n---\n\n");
                md.push_str(&note);
                return Some((md, note_range));
            }
            return Some((md, range));
        }
        if let Some(found) = graded_hover(kata, text, tree, offset) {
            return Some(found);
        }
    }
    cost
}

fn rule_hover(
    kata: &KataCtx,
    text: &str,
    tree: &Tree,
    offset: usize,
) -> Option<(String, std::ops::Range<usize>)> {
    let finding = kata
        .rules
        .check(text, tree)
        .into_iter()
        .filter(|f| f.range.start <= offset && offset <= f.range.end)
        .min_by_key(|f| f.range.len())?;
    let id = finding.code.strip_prefix("rule/")?;
    let rule = kata.kata.spec.rules.iter().find(|r| r.id == id)?;
    let mut md = format!(
        "**kata rule `{}`** ({})\n\n{}",
        rule.id,
        rule.severity.as_str(),
        rule.message
    );
    if let Some(why) = &rule.why {
        md.push_str(&format!("\n\n*Why:* {why}"));
    }
    Some((md, finding.range))
}

/// The opening of the prompt, without its title: up to the first section
/// heading, or the first paragraph break after about 500 characters
/// (never inside a code block).
pub fn prompt_summary(readme: &str) -> String {
    let mut lines: Vec<&str> = Vec::new();
    let mut in_code = false;
    let mut len = 0;
    for line in readme.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            in_code = !in_code;
        }
        if !in_code && trimmed.starts_with('#') {
            if lines.is_empty() {
                continue;
            }
            break;
        }
        if !in_code && trimmed.is_empty() {
            if lines.is_empty() {
                continue;
            }
            if len > 500 {
                break;
            }
        }
        len += line.len();
        lines.push(line);
    }
    lines.join("\n").trim().to_string()
}

fn graded_hover(
    kata: &KataCtx,
    text: &str,
    tree: &Tree,
    offset: usize,
) -> Option<(String, std::ops::Range<usize>)> {
    let item = graded_items(tree, text, &kata.kata.spec.targets)
        .into_iter()
        .find(|g| g.name.start <= offset && offset <= g.name.end)?;
    let spec = &kata.kata.spec;
    // What the learner came for first (status, target, estimate, growth,
    // hints); the prompt last, where a long one does not push them away.
    let last = kata.last_outcome();
    let status = match &last {
        Some(outcome) => outcome.headline.clone(),
        None => "not checked yet: save the file to run the tests".into(),
    };
    let mut md = format!(
        "**{}** · {} · `{}`\n\n**Status** {status}  \n",
        spec.title,
        spec.difficulty.as_str(),
        spec.id,
    );
    md.push_str(&format!(
        "**Target** `{}`: time {}",
        item.target.item, item.target.time
    ));
    if let Some(space) = &item.target.space {
        md.push_str(&format!(", space {space}"));
    }
    let estimates = super::katas::estimates(text, tree);
    if let Some(estimate) = super::katas::estimate_of(&estimates, &item) {
        md.push_str(&format!("  \n**Estimate** {estimate}"));
    }
    if let Some(probe) = &spec.probe {
        // The probe measures the kata as a whole (n operations), not this
        // item alone: say so, so that `O(n)` under an `O(1)` target reads
        // right.
        md.push_str(&format!(
            "  \n**Probe** the whole kata, n operations: expected {}",
            probe.expect
        ));
    }
    let growth = Growth::of(kata.is_measuring(), last.as_ref());
    if let Some(line) = growth.hover_line() {
        md.push_str(&format!("  \n{line}"));
        if let Some(spark) = growth.sparkline() {
            md.push_str(&format!(" `{spark}`"));
        }
    }
    let progress = kata.progress();
    md.push_str(&format!(
        "  \n**Hints** {}/{} shown",
        progress.hints_shown.min(spec.hints.len()),
        spec.hints.len()
    ));
    md.push_str(&format!(
        "\n\n---\n\n{}\n",
        prompt_summary(kata.kata.prompt())
    ));
    Some((md, item.name))
}

/// What a receiver probably is, from the declarations in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Vec,
    VecDeque,
    HashMap,
    HashSet,
    BTreeMap,
    BTreeSet,
    String,
    BinaryHeap,
}

fn classify(type_or_value: &str) -> Option<Kind> {
    let t = type_or_value;
    let kinds = [
        ("VecDeque", Kind::VecDeque),
        ("BinaryHeap", Kind::BinaryHeap),
        ("HashMap", Kind::HashMap),
        ("HashSet", Kind::HashSet),
        ("BTreeMap", Kind::BTreeMap),
        ("BTreeSet", Kind::BTreeSet),
        ("String", Kind::String),
        ("&str", Kind::String),
        ("&mut str", Kind::String),
        ("Vec", Kind::Vec),
        ("vec!", Kind::Vec),
    ];
    let first = kinds
        .iter()
        .filter_map(|(name, kind)| t.find(name).map(|i| (i, *kind)))
        .min_by_key(|(i, _)| *i)
        .map(|(_, k)| k);
    first.or_else(|| {
        t.trim_start_matches(['&', ' '])
            .trim_start_matches("mut ")
            .starts_with('[')
            .then_some(Kind::Vec)
    })
}

fn node_text<'a>(node: Node, text: &'a str) -> &'a str {
    text.get(node.start_byte()..node.end_byte()).unwrap_or("")
}

/// Guesses the receiver's collection from a parameter, `let` or struct
/// field declaring it.
fn receiver_kind(receiver: Node, text: &str) -> Option<Kind> {
    let (name, is_field) = match receiver.kind() {
        "identifier" => (node_text(receiver, text), false),
        "field_expression" => {
            let field = receiver.child_by_field_name("field")?;
            (node_text(field, text), true)
        }
        "reference_expression" => {
            return receiver_kind(receiver.child_by_field_name("value")?, text)
        }
        "call_expression" => {
            // `x.iter()`: the collection behind an adapter is not followed.
            return None;
        }
        _ => return None,
    };
    let root = {
        let mut n = receiver;
        while let Some(p) = n.parent() {
            n = p;
        }
        n
    };
    // Search the enclosing function first, then the whole file.
    let scope = {
        let mut n = receiver;
        while n.kind() != "function_item" {
            match n.parent() {
                Some(p) => n = p,
                None => break,
            }
        }
        n
    };
    let mut found = None;
    for area in [scope, root] {
        visit(area, &mut |node| {
            if found.is_some() {
                return;
            }
            let decl = match node.kind() {
                "parameter" | "let_declaration" if !is_field => node,
                "field_declaration" if is_field => node,
                _ => return,
            };
            let pattern = decl
                .child_by_field_name("pattern")
                .or_else(|| decl.child_by_field_name("name"));
            let Some(pattern) = pattern else { return };
            let pat = node_text(pattern, text).trim_start_matches("mut ").trim();
            if pat != name {
                return;
            }
            let ty = decl
                .child_by_field_name("type")
                .map(|t| node_text(t, text))
                .or_else(|| {
                    decl.child_by_field_name("value")
                        .map(|v| node_text(v, text))
                });
            found = ty.and_then(classify);
        });
        if found.is_some() {
            break;
        }
    }
    found
}

/// Every named node under `node`, in order; a stack, not recursion, so
/// that a deeply nested file cannot overflow the thread's stack.
fn visit<'t>(node: Node<'t>, f: &mut impl FnMut(Node<'t>)) {
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        f(node);
        let first = stack.len();
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        stack[first..].reverse();
    }
}

fn cost_hover(text: &str, tree: &Tree, offset: usize) -> Option<(String, std::ops::Range<usize>)> {
    let node = tree.root_node().descendant_for_byte_range(offset, offset)?;
    if node.kind() != "field_identifier" {
        return None;
    }
    let field_expr = node.parent().filter(|p| p.kind() == "field_expression")?;
    let call = field_expr
        .parent()
        .filter(|p| p.kind() == "call_expression")?;
    if call.child_by_field_name("function")?.id() != field_expr.id() {
        return None;
    }
    let method = node_text(node, text);
    let args = call
        .child_by_field_name("arguments")
        .map(|a| {
            node_text(a, text)
                .trim_start_matches('(')
                .trim_end_matches(')')
                .trim()
        })
        .unwrap_or("");
    let kind = field_expr
        .child_by_field_name("value")
        .and_then(|r| receiver_kind(r, text));
    let note = cost_note(kind, method, args)?;
    Some((note, node.start_byte()..node.end_byte()))
}

/// A one-line cost note for a method call, if it has one worth knowing.
pub fn cost_note(kind: Option<Kind>, method: &str, args: &str) -> Option<String> {
    use Kind::*;
    let first_arg_zero = args.split(',').next().is_some_and(|a| a.trim() == "0");
    let note = match (method, kind) {
        ("contains", Some(Vec | VecDeque)) => "`contains` on a Vec or slice scans every element: **O(n)**. A HashSet answers in O(1) on average.",
        ("contains", Some(HashSet)) => "`HashSet::contains` hashes the value once: **O(1)** on average.",
        ("contains", Some(BTreeSet)) => "`BTreeSet::contains` walks the tree: **O(log n)**.",
        ("contains", Some(String)) => "`str::contains` searches the text: **O(n + m)** for a pattern of length m.",
        ("contains", None) => "`contains` costs **O(n)** on a Vec or slice (a linear scan), O(1) on average on a HashSet, O(log n) on a BTreeSet.",
        ("contains_key", Some(BTreeMap)) => "`BTreeMap::contains_key` walks the tree: **O(log n)**.",
        ("contains_key", _) => "`HashMap::contains_key` hashes the key once: **O(1)** on average (O(log n) on a BTreeMap).",
        ("remove", Some(Vec)) | ("remove", None) if first_arg_zero => "`Vec::remove(0)` shifts every remaining element left: **O(n)**. A VecDeque's `pop_front` is O(1).",
        ("remove", Some(Vec)) => "`Vec::remove(i)` shifts the elements after `i`: **O(n − i)**. `swap_remove` is O(1) when order does not matter.",
        ("remove", Some(VecDeque)) => "`VecDeque::remove(i)` shifts the shorter side: **O(min(i, n − i))**.",
        ("remove", Some(HashMap | HashSet)) => "Removing from a hash table hashes the key once: **O(1)** on average.",
        ("remove", Some(BTreeMap | BTreeSet)) => "Removing from a B-tree: **O(log n)**.",
        ("remove", Some(String)) => "`String::remove` shifts the rest of the string: **O(n)**.",
        ("insert", Some(Vec)) | ("insert", None) if first_arg_zero => "`Vec::insert(0, x)` shifts every element right: **O(n)**. A VecDeque's `push_front` is O(1).",
        ("insert", Some(Vec)) => "`Vec::insert(i, x)` shifts the elements after `i`: **O(n − i)**.",
        ("insert", Some(HashMap | HashSet)) => "Inserting into a hash table: **O(1)** on average (amortised: it occasionally rehashes everything).",
        ("insert", Some(BTreeMap | BTreeSet)) => "`BTreeMap::insert` / `BTreeSet::insert` walks the tree: **O(log n)**.",
        ("insert", Some(String)) => "`String::insert` shifts the rest of the string: **O(n)**.",
        ("get", Some(HashMap)) => "`HashMap::get` hashes the key once: **O(1)** on average.",
        ("get", Some(BTreeMap)) => "`BTreeMap::get` walks the tree: **O(log n)**.",
        ("get", Some(Vec | VecDeque)) => "Indexing with `get` is **O(1)**.",
        ("get", None) => "`get` is O(1) on a Vec or slice, **O(1) on average** on a HashMap, O(log n) on a BTreeMap.",
        ("sort" | "sort_by" | "sort_by_key" | "sort_by_cached_key", _) => "A stable sort: **O(n log n)** comparisons and O(n) extra memory.",
        ("sort_unstable" | "sort_unstable_by" | "sort_unstable_by_key", _) => "An in-place sort: **O(n log n)** comparisons, no allocation.",
        ("binary_search" | "binary_search_by" | "binary_search_by_key" | "partition_point", _) => "Binary search: **O(log n)**, and only correct on sorted data.",
        ("clone", Some(_)) => "`clone` copies every element: **O(n)** time and memory.",
        ("clone", None) => "`clone` copies the value: **O(n)** for a collection (Vec, String, HashMap, …); O(1) for an `Rc`/`Arc` or a `Copy` type.",
        ("to_vec" | "to_owned", _) => "Copies every element: **O(n)** time and memory.",
        ("push_front" | "pop_front", Some(VecDeque)) => "O(1) at both ends of a VecDeque.",
        ("pop", Some(BinaryHeap)) | ("push", Some(BinaryHeap)) => "`BinaryHeap` push and pop: **O(log n)**.",
        ("dedup" | "retain", _) => "One pass over the collection: **O(n)**.",
        ("count", _) if args.is_empty() => "`count` consumes the iterator: **O(n)**.",
        ("nth", _) => "`nth(i)` steps through `i` items: **O(i)** (for `chars()` there is no shortcut).",
        _ => return None,
    };
    Some(format!("**cost** {note}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prompt_summary_skips_the_title() {
        let readme =
            "# Pairs\n\nGiven a slice,\nfind pairs.\n\n```\n# not a title\n```\n\n## Examples\n";
        assert_eq!(
            prompt_summary(readme),
            "Given a slice,\nfind pairs.\n\n```\n# not a title\n```"
        );
    }

    #[test]
    fn classifies_declarations() {
        assert_eq!(classify("&[i64]"), Some(Kind::Vec));
        assert_eq!(classify("HashMap::new()"), Some(Kind::HashMap));
        assert_eq!(classify("Vec<HashSet<i32>>"), Some(Kind::Vec));
        assert_eq!(classify("VecDeque::with_capacity(3)"), Some(Kind::VecDeque));
        assert_eq!(classify("42"), None);
    }
}
