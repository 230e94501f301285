//! What a standard-library call costs, in words, for the hover: one note
//! per (method, collection), keyed on the same collection kinds the
//! estimator prices with (`types`), and read off the same declarations
//! (`types::from_type_node`). `tests::notes_agree_with_the_estimator`
//! prices every note's call through the estimator and fails when the two
//! disagree, so the hover never says one cost and the estimate another.

use super::text;
use super::types::{from_type_node, kind_of_name, last_segment, Kind, Ty};
use tree_sitter::{Node, Tree};

/// A note: the cost the estimator also charges (`None` where it depends on
/// an argument, as `Vec::remove(i)`), and the sentence shown.
struct Note {
    // Read by `tests::notes_agree_with_the_estimator`, which keeps the
    // sentence and the estimator's price in step.
    #[cfg_attr(not(test), allow(dead_code))]
    class: Option<&'static str>,
    text: &'static str,
}

const fn note(class: &'static str, text: &'static str) -> Option<Note> {
    Some(Note {
        class: Some(class),
        text,
    })
}

const fn words(text: &'static str) -> Option<Note> {
    Some(Note { class: None, text })
}

/// The note on `method` called on a `kind` collection (`None`: unknown).
fn lookup(kind: Option<&Kind>, method: &str, args: &str) -> Option<Note> {
    use Kind::*;
    let first_arg_zero = args.split(',').next().is_some_and(|a| a.trim() == "0");
    match (method, kind) {
        ("contains", Some(Vec | VecDeque | Slice)) => note("O(n)", "`contains` on a Vec or slice scans every element: **O(n)**. A HashSet answers in O(1) on average."),
        ("contains", Some(HashSet)) => note("O(1)", "`HashSet::contains` hashes the value once: **O(1)** on average."),
        ("contains", Some(BTreeSet)) => note("O(log n)", "`BTreeSet::contains` walks the tree: **O(log n)**."),
        ("contains", Some(String | Str)) => words("`str::contains` searches the text: **O(n + m)** for a pattern of length m."),
        ("contains", None) => words("`contains` costs **O(n)** on a Vec or slice (a linear scan), O(1) on average on a HashSet, O(log n) on a BTreeSet."),
        ("contains_key", Some(BTreeMap)) => note("O(log n)", "`BTreeMap::contains_key` walks the tree: **O(log n)**."),
        ("contains_key", Some(HashMap)) => note("O(1)", "`HashMap::contains_key` hashes the key once: **O(1)** on average."),
        ("contains_key", _) => words("`contains_key` hashes the key once on a HashMap: **O(1)** on average (O(log n) on a BTreeMap)."),
        ("remove", Some(Vec)) if first_arg_zero => note("O(n)", "`Vec::remove(0)` shifts every remaining element left: **O(n)**. A VecDeque's `pop_front` is O(1)."),
        ("remove", None) if first_arg_zero => words("`remove(0)` on a Vec shifts every remaining element left: **O(n)**. A VecDeque's `pop_front` is O(1)."),
        ("remove", Some(Vec)) => words("`Vec::remove(i)` shifts the elements after `i`: **O(n − i)**. `swap_remove` is O(1) when order does not matter."),
        ("remove", Some(VecDeque)) => words("`VecDeque::remove(i)` shifts the shorter side: **O(min(i, n − i))**."),
        ("remove", Some(HashMap | HashSet)) => note("O(1)", "Removing from a hash table hashes the key once: **O(1)** on average."),
        ("remove", Some(BTreeMap | BTreeSet)) => note("O(log n)", "Removing from a B-tree: **O(log n)**."),
        ("remove", Some(String)) => words("`String::remove` shifts the rest of the string: **O(n)**."),
        ("insert", Some(Vec)) if first_arg_zero => note("O(n)", "`Vec::insert(0, x)` shifts every element right: **O(n)**. A VecDeque's `push_front` is O(1)."),
        ("insert", None) if first_arg_zero => words("`insert(0, x)` on a Vec shifts every element right: **O(n)**. A VecDeque's `push_front` is O(1)."),
        ("insert", Some(Vec)) => words("`Vec::insert(i, x)` shifts the elements after `i`: **O(n − i)**."),
        ("insert", Some(HashMap | HashSet)) => note("O(1)", "Inserting into a hash table: **O(1)** on average (amortised: it occasionally rehashes everything)."),
        ("insert", Some(BTreeMap | BTreeSet)) => note("O(log n)", "`BTreeMap::insert` / `BTreeSet::insert` walks the tree: **O(log n)**."),
        ("insert", Some(String)) => words("`String::insert` shifts the rest of the string: **O(n)**."),
        ("get", Some(HashMap)) => note("O(1)", "`HashMap::get` hashes the key once: **O(1)** on average."),
        ("get", Some(BTreeMap)) => note("O(log n)", "`BTreeMap::get` walks the tree: **O(log n)**."),
        ("get", Some(Vec | VecDeque | Slice)) => note("O(1)", "Indexing with `get` is **O(1)**."),
        ("get", None) => words("`get` is O(1) on a Vec or slice, **O(1) on average** on a HashMap, O(log n) on a BTreeMap."),
        ("sort" | "sort_by" | "sort_by_key" | "sort_by_cached_key", Some(Vec | Slice)) => note("O(n log n)", "A stable sort: **O(n log n)** comparisons and O(n) extra memory."),
        ("sort" | "sort_by" | "sort_by_key" | "sort_by_cached_key", _) => words("A stable sort: **O(n log n)** comparisons and O(n) extra memory."),
        ("sort_unstable" | "sort_unstable_by" | "sort_unstable_by_key", Some(Vec | Slice)) => note("O(n log n)", "An in-place sort: **O(n log n)** comparisons, no allocation."),
        ("sort_unstable" | "sort_unstable_by" | "sort_unstable_by_key", _) => words("An in-place sort: **O(n log n)** comparisons, no allocation."),
        ("binary_search" | "binary_search_by" | "binary_search_by_key" | "partition_point", Some(Vec | Slice)) => note("O(log n)", "Binary search: **O(log n)**, and only correct on sorted data."),
        ("binary_search" | "binary_search_by" | "binary_search_by_key" | "partition_point", _) => words("Binary search: **O(log n)**, and only correct on sorted data."),
        ("clone", Some(Vec | String | HashMap | HashSet | BTreeMap | BTreeSet | VecDeque)) => note("O(n)", "`clone` copies every element: **O(n)** time and memory."),
        ("clone", Some(_)) => words("`clone` copies the value: **O(n)** for a collection; O(1) for an `Rc`/`Arc` or a `Copy` type."),
        ("clone", None) => words("`clone` copies the value: **O(n)** for a collection (Vec, String, HashMap, …); O(1) for an `Rc`/`Arc` or a `Copy` type."),
        ("to_vec" | "to_owned", Some(Vec | Slice)) => note("O(n)", "Copies every element: **O(n)** time and memory."),
        ("to_vec" | "to_owned", _) => words("Copies every element: **O(n)** time and memory."),
        ("push_front" | "pop_front", Some(VecDeque)) => note("O(1)", "O(1) at both ends of a VecDeque."),
        ("pop" | "push", Some(BinaryHeap)) => note("O(log n)", "`BinaryHeap` push and pop: **O(log n)**."),
        ("dedup" | "retain", Some(Vec)) => note("O(n)", "One pass over the collection: **O(n)**."),
        ("dedup" | "retain", _) => words("One pass over the collection: **O(n)**."),
        ("count", _) if args.is_empty() => words("`count` consumes the iterator: **O(n)**."),
        ("nth", _) => words("`nth(i)` steps through `i` items: **O(i)** (for `chars()` there is no shortcut)."),
        _ => None,
    }
}

/// The note on the method call at `offset`, with the method name's range.
pub fn note_at(src: &str, tree: &Tree, offset: usize) -> Option<(String, std::ops::Range<usize>)> {
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
    let method = text(node, src);
    let args = call
        .child_by_field_name("arguments")
        .map(|a| {
            text(a, src)
                .trim_start_matches('(')
                .trim_end_matches(')')
                .trim()
        })
        .unwrap_or("");
    let ty = field_expr
        .child_by_field_name("value")
        .and_then(|r| receiver_type(r, src));
    let kind = ty.as_ref().map(Ty::kind).filter(|k| **k != Kind::Unknown);
    let note = lookup(kind, method, args)?;
    Some((format!("**cost** {}", note.text), node.byte_range()))
}

/// The receiver's type from the parameter, `let` or struct field that
/// declares it: its type annotation, else the constructor it is set from
/// (`HashMap::new()`, `vec![…]`, `String::from(…)`).
fn receiver_type(receiver: Node, src: &str) -> Option<Ty> {
    let (name, is_field) = match receiver.kind() {
        "identifier" => (text(receiver, src), false),
        "field_expression" => (text(receiver.child_by_field_name("field")?, src), true),
        "reference_expression" => {
            return receiver_type(receiver.child_by_field_name("value")?, src)
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
    let no_structs = |_: &str| false;
    for area in [scope, root] {
        let mut stack = vec![area];
        while let Some(node) = stack.pop() {
            let declares = match node.kind() {
                "parameter" | "let_declaration" => !is_field,
                "field_declaration" => is_field,
                _ => false,
            };
            if declares {
                let pattern = node
                    .child_by_field_name("pattern")
                    .or_else(|| node.child_by_field_name("name"));
                let named =
                    pattern.is_some_and(|p| text(p, src).trim_start_matches("mut ").trim() == name);
                if named {
                    if let Some(ty) = node.child_by_field_name("type") {
                        return Some(from_type_node(ty, src, &no_structs));
                    }
                    if let Some(value) = node.child_by_field_name("value") {
                        return constructed(value, src);
                    }
                }
            }
            let mut cursor = node.walk();
            stack.extend(node.named_children(&mut cursor));
        }
    }
    None
}

/// The collection a value is built as: `HashMap::new()`, `vec![…]`.
fn constructed(value: Node, src: &str) -> Option<Ty> {
    match value.kind() {
        "macro_invocation" if text(value, src).starts_with("vec!") => Some(Ty::of(Kind::Vec)),
        "call_expression" => {
            let function = value.child_by_field_name("function")?;
            let path = function.child_by_field_name("path")?;
            let kind = kind_of_name(last_segment(text(path, src)), &|_| false);
            (kind != Kind::Unknown).then(|| Ty::of(kind))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::complexity::{estimate, Class};
    use crate::analysis::parse;

    /// The note at `$0` in `src`.
    fn check(src: &str, expect: expect_test::Expect) {
        let offset = src.find("$0").expect("a $0 marks the cursor");
        let text = src.replace("$0", "");
        let tree = parse(&text);
        let got = note_at(&text, &tree, offset).map_or("no note".to_string(), |(n, _)| n);
        expect.assert_eq(&got);
    }

    #[test]
    fn notes_follow_declarations() {
        check(
            "fn f(v: &[i64], x: i64) -> bool { v.con$0tains(&x) }",
            expect_test::expect!["**cost** `contains` on a Vec or slice scans every element: **O(n)**. A HashSet answers in O(1) on average."],
        );
        check(
            "fn f(x: i64) -> bool { let seen = std::collections::HashSet::<i64>::new(); seen.con$0tains(&x) }",
            expect_test::expect!["**cost** `contains` costs **O(n)** on a Vec or slice (a linear scan), O(1) on average on a HashSet, O(log n) on a BTreeSet."],
        );
        check(
            "use std::collections::HashSet;\nfn f(x: i64) -> bool { let seen: HashSet<i64> = HashSet::new(); seen.con$0tains(&x) }",
            expect_test::expect!["**cost** `HashSet::contains` hashes the value once: **O(1)** on average."],
        );
        check(
            "use std::collections::HashMap;\nfn f() { let mut m = HashMap::new(); m.ins$0ert(1, 2); }",
            expect_test::expect!["**cost** Inserting into a hash table: **O(1)** on average (amortised: it occasionally rehashes everything)."],
        );
        check(
            "struct Q { items: Vec<u32> }\nimpl Q { fn pop(&mut self) -> u32 { self.items.rem$0ove(0) } }",
            expect_test::expect!["**cost** `Vec::remove(0)` shifts every remaining element left: **O(n)**. A VecDeque's `pop_front` is O(1)."],
        );
        check(
            "fn f() { let v = vec![3, 1]; v.l$0en(); }",
            expect_test::expect!["no note"],
        );
    }

    /// Every note that states a class says what the estimator charges for
    /// the same call on the same collection.
    #[test]
    fn notes_agree_with_the_estimator() {
        let cases: &[(&str, &str, &str)] = &[
            ("Vec<i64>", "contains", "&1"),
            ("HashSet<i64>", "contains", "&1"),
            ("BTreeSet<i64>", "contains", "&1"),
            ("BTreeMap<i64, i64>", "contains_key", "&1"),
            ("HashMap<i64, i64>", "contains_key", "&1"),
            ("Vec<i64>", "remove", "0"),
            ("HashMap<i64, i64>", "remove", "&1"),
            ("BTreeMap<i64, i64>", "remove", "&1"),
            ("Vec<i64>", "insert", "0, 1"),
            ("HashSet<i64>", "insert", "1"),
            ("BTreeSet<i64>", "insert", "1"),
            ("HashMap<i64, i64>", "get", "&1"),
            ("BTreeMap<i64, i64>", "get", "&1"),
            ("Vec<i64>", "get", "0"),
            ("Vec<i64>", "sort", ""),
            ("Vec<i64>", "sort_unstable", ""),
            ("Vec<i64>", "binary_search", "&1"),
            ("Vec<i64>", "clone", ""),
            ("Vec<i64>", "to_vec", ""),
            ("VecDeque<i64>", "pop_front", ""),
            ("BinaryHeap<i64>", "pop", ""),
            ("BinaryHeap<i64>", "push", "1"),
            ("Vec<i64>", "retain", "|x| *x > 0"),
        ];
        let mut disagree = Vec::new();
        for (ty, method, args) in cases {
            let src = format!(
                "use std::collections::*;\npub fn probe(v: &mut {ty}) {{\n    let _ = v.{method}({args});\n}}\n"
            );
            let tree = parse(&src);
            let at = src.find(&format!(".{method}(")).unwrap() + 1;
            let (head, _) = ty.split_once('<').unwrap();
            let Some((text, _)) = note_at(&src, &tree, at) else {
                disagree.push(format!("{head}::{method}: no note"));
                continue;
            };
            let kind = kind_of_name(head, &|_| false);
            let stated = lookup(Some(&kind), method, args)
                .and_then(|n| n.class)
                .unwrap_or_else(|| panic!("{head}::{method}: the note states no class: {text}"));
            let estimated = estimate(&src, &tree)
                .into_iter()
                .find(|e| e.item == "probe")
                .map(|e| e.time)
                .unwrap();
            if Class::parse(stated).unwrap() != estimated {
                disagree.push(format!(
                    "{head}::{method}: the hover says {stated}, the estimate {estimated}"
                ));
            }
        }
        assert!(disagree.is_empty(), "{}", disagree.join("\n"));
    }
}
