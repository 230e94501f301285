//! What a rule's violation is called on, as far as the syntax tells: the
//! root of a method chain (`trio` of `trio.iter().position(..)`) and the
//! head of its declared type. A rule matches names (`sort`, `remove`,
//! `position`); the receiver tells a cost from none: a call on an array
//! literal or a `[T; N]` works on a constant amount of data, and a kata can
//! exempt receiver types where the named call is cheap (`remove(0)` on a
//! `VecDeque`).

use tree_sitter::Node;

/// `"array"` for a fixed-size array, else the type name of `root` (the
/// root of a violation's receiver chain, `root_receiver`): `VecDeque` of
/// `VecDeque<u64>`, when its declaration is in the file.
pub(super) fn receiver_type(root: Node, text: &str) -> Option<String> {
    match root.kind() {
        "array_expression" => Some("array".into()),
        "identifier" => local_type(root, &text[root.byte_range()], text),
        // `self.sort(part)` in an impl: the impl's own type.
        "self" => {
            let imp = std::iter::successors(Some(root), |n| n.parent())
                .find(|n| n.kind() == "impl_item")?;
            type_head(imp.child_by_field_name("type")?, text)
        }
        // A field of `self` or of another value: looked up by name among
        // the file's structs.
        "field_expression" => {
            let field = &text[root.child_by_field_name("field")?.byte_range()];
            field_type(root, field, text)
        }
        _ => None,
    }
}

/// The receiver of the call a violation names, followed down its chain.
pub(super) fn root_receiver(violation: Node) -> Option<Node> {
    let call = match violation.kind() {
        "call_expression" => violation,
        "field_identifier" => violation.parent()?.parent()?,
        _ => return None,
    };
    let mut value = call
        .child_by_field_name("function")
        .filter(|f| f.kind() == "field_expression")?
        .child_by_field_name("value")?;
    loop {
        match value.kind() {
            "call_expression" => {
                value = value
                    .child_by_field_name("function")
                    .filter(|f| f.kind() == "field_expression")?
                    .child_by_field_name("value")?;
            }
            "reference_expression" | "parenthesized_expression" => {
                let last = value.named_child_count().checked_sub(1)?;
                value = value.named_child(u32::try_from(last).ok()?)?;
            }
            _ => return Some(value),
        }
    }
}

/// A collection of collections as `Vec<Vec>`: the type's head and its
/// first type argument's (`Vec<Vec<Digest>>`, `&[Vec<u8>]` is not
/// generic). Iterating such a value yields lists, one per item, not the
/// elements inside them.
pub(super) fn receiver_nested_type(root: Node, text: &str) -> Option<String> {
    // A range of it (`self.levels[1..]`) holds lists too.
    let root = match root.kind() {
        "index_expression"
            if root
                .named_child(1)
                .is_some_and(|i| i.kind() == "range_expression") =>
        {
            root.named_child(0)?
        }
        _ => root,
    };
    let ty = match root.kind() {
        "field_expression" => {
            let field = &text[root.child_by_field_name("field")?.byte_range()];
            field_declaration(root, field, text)?.child_by_field_name("type")?
        }
        _ => return None,
    };
    let mut ty = ty;
    while ty.kind() == "reference_type" {
        ty = ty.child_by_field_name("type")?;
    }
    if ty.kind() != "generic_type" {
        return None;
    }
    let head = type_head(ty.child_by_field_name("type")?, text)?;
    let arg = ty.child_by_field_name("type_arguments")?.named_child(0)?;
    let inner = match arg.kind() {
        "generic_type" => type_head(arg.child_by_field_name("type")?, text)?,
        _ => return None,
    };
    Some(format!("{head}<{inner}>"))
}

/// The head of a type: `VecDeque` of `&mut std::collections::VecDeque<u64>`,
/// `array` of `[u8; 62]`.
fn type_head(ty: Node, text: &str) -> Option<String> {
    match ty.kind() {
        // `[u8; 62]`; a slice `[u8]` has no length and is any size.
        "array_type" if ty.child_by_field_name("length").is_some() => Some("array".into()),
        "reference_type" => type_head(ty.child_by_field_name("type")?, text),
        "generic_type" => type_head(ty.child_by_field_name("type")?, text),
        "scoped_type_identifier" => type_head(ty.child_by_field_name("name")?, text),
        "type_identifier" | "primitive_type" => Some(text[ty.byte_range()].to_string()),
        _ => None,
    }
}

/// A local's type: its parameter's, its `let`'s annotation, or what its
/// initialiser builds (`[a, b, c]`, `VecDeque::new()`).
fn local_type(at: Node, name: &str, text: &str) -> Option<String> {
    let function = std::iter::successors(Some(at), |n| n.parent())
        .find(|n| matches!(n.kind(), "function_item" | "closure_expression"))?;
    let binds = |pattern: Option<Node>| {
        pattern
            .and_then(|p| {
                if p.kind() == "mut_pattern" {
                    p.named_child(0)
                } else {
                    Some(p)
                }
            })
            .is_some_and(|p| p.kind() == "identifier" && &text[p.byte_range()] == name)
    };
    let decl = first_node(function, |n| {
        matches!(n.kind(), "parameter" | "let_declaration")
            && binds(n.child_by_field_name("pattern"))
    })?;
    if let Some(ty) = decl.child_by_field_name("type") {
        return type_head(ty, text);
    }
    let value = decl.child_by_field_name("value")?;
    match value.kind() {
        "array_expression" => Some("array".into()),
        "call_expression" => {
            let path = value
                .child_by_field_name("function")?
                .child_by_field_name("path")?;
            type_head(path, text).or_else(|| {
                (path.kind() == "identifier").then(|| text[path.byte_range()].to_string())
            })
        }
        _ => None,
    }
}

/// The first node under `root` (itself included, depth first) that `hit`
/// accepts.
fn first_node<'t>(root: Node<'t>, hit: impl Fn(Node<'t>) -> bool) -> Option<Node<'t>> {
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        if hit(n) {
            return Some(n);
        }
        let mut cursor = n.walk();
        stack.extend(n.named_children(&mut cursor));
    }
    None
}

/// The root of the file `at` is in.
fn file_root(at: Node) -> Node {
    std::iter::successors(Some(at), |n| n.parent())
        .last()
        .unwrap_or(at)
}

/// A struct, enum or union the file defines: a method called on it is the
/// learner's own (`sorter.sort(v)`), not the std one a rule names.
pub(super) fn defined_in_file(ty: &str, at: Node, text: &str) -> bool {
    first_node(file_root(at), |n| {
        matches!(n.kind(), "struct_item" | "enum_item" | "union_item")
            && n.child_by_field_name("name")
                .is_some_and(|name| &text[name.byte_range()] == ty)
    })
    .is_some()
}

/// The call is of a method the file defines in an `impl` or a `trait`, and
/// cannot be the std method of that name: it passes as many arguments as
/// the file's method takes and a different number from the std one (`t
/// .matches(c, from)` of a learner's pattern type, where `str::matches`
/// takes one). A call with the std method's arity stays the rule's (a
/// trie's own `starts_with(prefix)` beside `word.starts_with(prefix)`).
pub(super) fn calls_own_method(call: Node, method: &str, text: &str) -> bool {
    let Some(std_arity) = std_arity(method) else {
        return false;
    };
    let Some(args) = call.child_by_field_name("arguments") else {
        return false;
    };
    let given = args
        .named_children(&mut args.walk())
        .filter(|a| !a.kind().ends_with("comment"))
        .count();
    given != std_arity
        && first_node(file_root(call), |n| {
            n.kind() == "function_item"
                && n.parent().is_some_and(|p| p.kind() == "declaration_list")
                && n.child_by_field_name("name")
                    .is_some_and(|f| &text[f.byte_range()] == method)
                && n.child_by_field_name("parameters").is_some_and(|ps| {
                    ps.named_children(&mut ps.walk())
                        .filter(|p| p.kind() == "parameter")
                        .count()
                        == given
                })
        })
        .is_some()
}

/// How many arguments the std string and slice search helpers take.
fn std_arity(method: &str) -> Option<usize> {
    Some(match method {
        "split_whitespace" | "split_ascii_whitespace" | "chars" | "bytes" | "lines" => 0,
        "find" | "rfind" | "split" | "rsplit" | "split_terminator" | "matches"
        | "match_indices" | "rmatch_indices" | "rmatches" | "starts_with" | "ends_with"
        | "strip_prefix" | "strip_suffix" | "contains" | "position" | "split_once" => 1,
        "splitn" | "rsplitn" | "replace" => 2,
        "replacen" => 3,
        _ => return None,
    })
}

/// The type of a field of the file's structs named `field`.
fn field_type(at: Node, field: &str, text: &str) -> Option<String> {
    type_head(
        field_declaration(at, field, text)?.child_by_field_name("type")?,
        text,
    )
}

/// The declaration of a struct field of that name in the file.
fn field_declaration<'t>(at: Node<'t>, field: &str, text: &str) -> Option<Node<'t>> {
    first_node(file_root(at), |n| {
        n.kind() == "field_declaration"
            && n.child_by_field_name("name")
                .is_some_and(|f| &text[f.byte_range()] == field)
    })
}

/// The violation is a lazy adaptor (`rev`, `chars`, `map`..) whose chain
/// ends in a consumer that stores nothing (`count`, `position`, `any`,
/// `nth`..): `bytes[..j].iter().rev().take_while(..).count()` reads the
/// buffer backwards and keeps a number, no second buffer.
pub(super) fn consumed_without_storing(violation: Node, text: &str) -> bool {
    let Some(mut call) = (match violation.kind() {
        "call_expression" => Some(violation),
        "field_identifier" => violation.parent().and_then(|f| f.parent()),
        _ => None,
    }) else {
        return false;
    };
    let method = |call: Node| {
        call.child_by_field_name("function")
            .filter(|f| f.kind() == "field_expression")
            .and_then(|f| f.child_by_field_name("field"))
            .map(|m| &text[m.byte_range()])
    };
    const LAZY: &[&str] = &[
        "rev",
        "chars",
        "bytes",
        "char_indices",
        "iter",
        "map",
        "filter",
        "take",
        "skip",
        "take_while",
        "skip_while",
        "enumerate",
        "zip",
        "copied",
        "cloned",
        "peekable",
    ];
    if !method(call).is_some_and(|m| LAZY.contains(&m)) {
        return false;
    }
    // Up the chain: `call` is the receiver of the next method call.
    while let Some(next) = call
        .parent()
        .filter(|f| f.kind() == "field_expression" && f.child_by_field_name("value") == Some(call))
        .and_then(|f| f.parent())
        .filter(|c| c.kind() == "call_expression")
    {
        call = next;
    }
    const STORES_NOTHING: &[&str] = &[
        "count",
        "position",
        "rposition",
        "any",
        "all",
        "find",
        "nth",
        "last",
        "next",
        "sum",
        "min",
        "max",
        "eq",
        "ne",
        "lt",
        "le",
        "gt",
        "ge",
        "cmp",
    ];
    method(call).is_some_and(|m| STORES_NOTHING.contains(&m))
}
