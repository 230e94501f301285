//! Item collection: the functions, methods and structs of a file, and the
//! summaries of functions (memoised, computed on first use).

use super::*;

pub(super) struct FnDef<'t> {
    pub(super) node: Node<'t>,
    pub(super) name_node: Node<'t>,
    pub(super) self_ty: Option<String>,
}

pub(crate) struct FileCtx<'t> {
    pub(super) src: &'t str,
    /// struct name → field name → type node.
    pub(super) structs: HashMap<String, HashMap<String, Node<'t>>>,
    pub(super) fns: Vec<(String, FnDef<'t>)>,
    /// `None` while being computed (mutual recursion is charged O(1)).
    pub(super) memo: RefCell<HashMap<String, Option<Summary>>>,
}

impl<'t> FileCtx<'t> {
    pub fn new(src: &'t str, root: Node<'t>) -> FileCtx<'t> {
        let mut ctx = FileCtx {
            src,
            structs: HashMap::new(),
            fns: Vec::new(),
            memo: RefCell::new(HashMap::new()),
        };
        ctx.collect(root, None);
        ctx
    }

    pub(super) fn collect(&mut self, node: Node<'t>, self_ty: Option<&str>) {
        let mut cursor = node.walk();
        for child in node.named_children(&mut cursor) {
            match child.kind() {
                "function_item" => {
                    let Some(name_node) = child.child_by_field_name("name") else {
                        continue;
                    };
                    let name = text(name_node, self.src);
                    let item = match self_ty {
                        Some(ty) => format!("{ty}::{name}"),
                        None => name.to_string(),
                    };
                    if !self.fns.iter().any(|(n, _)| *n == item) {
                        self.fns.push((
                            item,
                            FnDef {
                                node: child,
                                name_node,
                                self_ty: self_ty.map(str::to_string),
                            },
                        ));
                    }
                }
                "impl_item" => {
                    let ty = child
                        .child_by_field_name("type")
                        .map(|t| match t.kind() {
                            "generic_type" => t
                                .child_by_field_name("type")
                                .map_or("", |h| text(h, self.src)),
                            _ => text(t, self.src),
                        })
                        .map(types::last_segment)
                        .unwrap_or_default()
                        .to_string();
                    if let Some(body) = child.child_by_field_name("body") {
                        self.collect(body, Some(&ty));
                    }
                }
                "struct_item" => {
                    let Some(name) = child.child_by_field_name("name") else {
                        continue;
                    };
                    let mut fields = HashMap::new();
                    if let Some(body) = child.child_by_field_name("body") {
                        let mut c = body.walk();
                        let mut index = 0;
                        for field in body.named_children(&mut c) {
                            match field.kind() {
                                "field_declaration" => {
                                    if let (Some(n), Some(t)) = (
                                        field.child_by_field_name("name"),
                                        field.child_by_field_name("type"),
                                    ) {
                                        fields.insert(text(n, self.src).to_string(), t);
                                    }
                                }
                                "visibility_modifier"
                                | "attribute_item"
                                | "line_comment"
                                | "block_comment" => {}
                                _ => {
                                    // tuple struct: `struct Stack(Vec<i32>);`
                                    fields.insert(index.to_string(), field);
                                    index += 1;
                                }
                            }
                        }
                    }
                    self.structs
                        .insert(text(name, self.src).to_string(), fields);
                }
                "mod_item" => {
                    if let Some(body) = child.child_by_field_name("body") {
                        self.collect(body, None);
                    }
                }
                _ => {}
            }
        }
    }

    pub fn estimate_all(&self) -> Vec<ItemEstimate> {
        self.fns
            .iter()
            .map(|(item, def)| {
                let summary = self.summary(item);
                ItemEstimate {
                    item: item.clone(),
                    range: def.name_node.start_byte()..def.name_node.end_byte(),
                    time: summary.time.class,
                    space: summary.space.class,
                    confidence: summary.time.conf,
                    steps: summary.time.steps,
                    space_steps: summary.space.steps,
                    unwritten: calls_todo(def.node, self.src),
                    walks_input: summary.walks_input,
                    tight: true,
                    space_confidence: summary.space.conf,
                    space_tight: true,
                    dominated: summary
                        .time
                        .alts
                        .into_iter()
                        .map(|alt| Derivation {
                            class: alt.class,
                            steps: alt.steps,
                            confidence: alt.conf,
                        })
                        .collect(),
                    floor: None,
                    constant_receivers: summary.small_receivers,
                }
            })
            .collect()
    }

    pub(super) fn summary(&self, item: &str) -> Summary {
        self.summary_as(item, false)
    }

    /// The summary of a free function called from a method with keys
    /// (`deliver(&mut self.conns, ids, msg)`): its string parameters are
    /// keys too, as they are in the method (n is the structure's size).
    pub(super) fn summary_with_string_keys(&self, item: &str) -> Summary {
        self.summary_as(item, true)
    }

    fn summary_as(&self, item: &str, string_keys: bool) -> Summary {
        let memo_key = if string_keys {
            format!("{item}#string-keys")
        } else {
            item.to_string()
        };
        let item = item.to_string();
        let item = item.as_str();
        if let Some(done) = self.memo.borrow().get(&memo_key) {
            return done.clone().unwrap_or(Summary {
                time: Part::one().lower(Confidence::Medium),
                space: Part::one(),
                params: Vec::new(),
                is_method: false,
                self_drives: false,
                walks_input: None,
                small_receivers: Vec::new(),
            });
        }
        let Some(def) = self.fn_def(item) else {
            return Summary {
                time: Part::one(),
                space: Part::one(),
                params: Vec::new(),
                is_method: false,
                self_drives: false,
                walks_input: None,
                small_receivers: Vec::new(),
            };
        };
        self.memo.borrow_mut().insert(memo_key.clone(), None);
        let mut walker = Walker::new(self, def);
        walker.string_keys = string_keys;
        let summary = walker.run();
        self.memo
            .borrow_mut()
            .insert(memo_key, Some(summary.clone()));
        summary
    }

    /// The declared return type of a function of the file.
    pub(super) fn return_ty(&self, item: &str) -> Ty {
        self.fn_def(item)
            .and_then(|def| def.node.child_by_field_name("return_type"))
            .map_or(Ty::UNKNOWN, |t| self.ty_of_type(t))
    }

    /// `item` returns a range of an ordered map or set (`Option<btree_map::
    /// Range<'_, K, V>>`): an iterator over the keys in range, whose
    /// length is the output's, as `.range(..)` written inline is.
    pub(super) fn returns_ordered_range(&self, item: &str) -> bool {
        self.fn_def(item)
            .and_then(|def| def.node.child_by_field_name("return_type"))
            .is_some_and(|t| {
                let t: String = text(t, self.src).split_whitespace().collect();
                t.contains("btree_map::Range<")
                    || t.contains("btree_set::Range<")
                    || t.contains("Range<'")
            })
    }

    /// The function returns a length: every value it can return is a
    /// `.len()` (or a literal, `0` for an empty structure), as
    /// `fn len(&self) -> usize { self.items.len() }`. Counting up to such
    /// a number is n for certain; up to another number a helper returns
    /// (a skip list's random level), an assumption.
    pub(super) fn returns_a_length(&self, item: &str) -> bool {
        let Some(body) = self
            .fn_def(item)
            .and_then(|def| def.node.child_by_field_name("body"))
        else {
            return false;
        };
        let mut leaves = Vec::new();
        returned_values(body, &mut leaves);
        let is_len = |n: &Node| {
            n.kind() == "call_expression"
                && n.child_by_field_name("function")
                    .and_then(|f| f.child_by_field_name("field"))
                    .is_some_and(|m| text(m, self.src) == "len")
        };
        leaves.iter().any(is_len)
            && leaves
                .iter()
                .all(|n| is_len(n) || n.kind() == "integer_literal")
    }

    pub(super) fn has_fn(&self, item: &str) -> bool {
        self.fn_def(item).is_some()
    }

    /// The definition of a function of the file (`name`, `Type::name`).
    pub(super) fn fn_def(&self, item: &str) -> Option<&FnDef<'t>> {
        self.fns.iter().find(|(n, _)| n == item).map(|(_, def)| def)
    }

    pub(super) fn is_struct(&self, name: &str) -> bool {
        self.structs.contains_key(name)
    }

    pub(super) fn ty_of_type(&self, node: Node) -> Ty {
        types::from_type_node(node, self.src, &|n| self.is_struct(n))
    }

    /// A field of the struct that holds its own collection (not behind a
    /// shared pointer, whose clone is a count bump): what a derived
    /// `clone` copies element by element. None when the file implements
    /// `Clone` by hand.
    pub(super) fn owned_collection_field(&self, strukt: &str) -> Option<String> {
        if self.has_fn(&format!("{strukt}::clone")) {
            return None;
        }
        let mut fields: Vec<(&String, &Node)> = self.structs.get(strukt)?.iter().collect();
        fields.sort_by_key(|(_, n)| n.start_byte());
        fields.into_iter().find_map(|(name, node)| {
            let ty = self.ty_of_type(*node);
            // A `String` field is a name or a label (`Job { name, .. }`):
            // its length is not the number of elements the kata counts.
            (!matches!(ty.kind, Kind::Wrapper | Kind::Shared | Kind::String) && ty.is_sized())
                .then(|| name.clone())
        })
    }

    /// A struct whose fields hold values of its own type (`children:
    /// HashMap<char, Node>`, `next: Option<Box<Node>>`): a tree or a list,
    /// whose methods can recurse into the values they hold.
    pub(super) fn is_recursive_struct(&self, strukt: &str) -> bool {
        let Some(fields) = self.structs.get(strukt) else {
            return false;
        };
        fields.values().any(|ty| {
            let mut stack = vec![*ty];
            while let Some(n) = stack.pop() {
                if n.kind() == "type_identifier"
                    && matches!(text(n, self.src), t if t == strukt || t == "Self")
                {
                    return true;
                }
                stack.extend(n.named_children(&mut n.walk()));
            }
            false
        })
    }

    pub(super) fn field_ty(&self, strukt: &str, field: &str) -> Option<Ty> {
        let node = *self.structs.get(strukt)?.get(field)?;
        Some(self.ty_of_type(node))
    }

    /// Every field of the file named `field` is a map or set keyed by a
    /// character (`children: HashMap<char, usize>`): one value of it holds
    /// at most σ entries, a constant for a fixed alphabet (a trie node's
    /// children).
    /// Some struct of the file has a field keyed by a character (a cheap
    /// test before looking for what fills a local).
    pub(super) fn has_character_keyed_field(&self) -> bool {
        self.structs
            .values()
            .flat_map(|fields| fields.keys())
            .any(|field| self.keyed_by_character(field))
    }

    pub(super) fn keyed_by_character(&self, field: &str) -> bool {
        let mut found = false;
        for fields in self.structs.values() {
            let Some(&ty) = fields.get(field) else {
                continue;
            };
            let name = ty.child_by_field_name("type").map(|n| text(n, self.src));
            let key = ty
                .child_by_field_name("type_arguments")
                .and_then(|a| a.named_child(0))
                .map(|k| text(k, self.src));
            let keyed = matches!(name, Some("HashMap" | "BTreeMap" | "HashSet" | "BTreeSet"))
                && matches!(key, Some("char" | "u8"));
            if !keyed {
                return false;
            }
            found = true;
        }
        found
    }
}

/// What a block or expression can evaluate to: the tail expressions,
/// through `if`/`else` and `match` arms, and the values of `return`s.
fn returned_values<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>) {
    let mut returns = Vec::new();
    collect_returns(node, &mut returns);
    out.extend(returns);
    tail_values(node, out);
}

fn tail_values<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>) {
    match node.kind() {
        "block" => {
            let mut cursor = node.walk();
            let last = node
                .named_children(&mut cursor)
                .filter(|c| !matches!(c.kind(), "line_comment" | "block_comment"))
                .last();
            match last {
                // An `if` or a `match` at the end is parsed as a statement
                // without its `;`.
                Some(l) if l.kind() == "expression_statement" => {
                    if let Some(inner) = l.named_child(0).filter(|_| l.child_count() == 1) {
                        tail_values(inner, out)
                    }
                }
                Some(l) if !l.kind().ends_with("declaration") => tail_values(l, out),
                // A block ending in a statement returns `()` or returned
                // earlier: what its `return`s give is collected apart.
                _ => {}
            }
        }
        "if_expression" => {
            if let Some(c) = node.child_by_field_name("consequence") {
                tail_values(c, out);
            }
            match node.child_by_field_name("alternative") {
                Some(alt) => {
                    let mut cursor = alt.walk();
                    for c in alt.named_children(&mut cursor) {
                        tail_values(c, out);
                    }
                }
                // No `else`: `()`, which is no length.
                None => out.push(node),
            }
        }
        "match_expression" => {
            if let Some(body) = node.child_by_field_name("body") {
                let mut cursor = body.walk();
                for arm in body.named_children(&mut cursor) {
                    if let Some(v) = arm.child_by_field_name("value") {
                        tail_values(v, out);
                    }
                }
            }
        }
        "parenthesized_expression" => {
            if let Some(inner) = node.named_child(0) {
                tail_values(inner, out);
            }
        }
        "return_expression" => {}
        _ => out.push(node),
    }
}

fn collect_returns<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>) {
    let mut cursor = node.walk();
    for c in node.named_children(&mut cursor) {
        match c.kind() {
            // A closure's or a nested function's `return` is its own.
            "closure_expression" | "function_item" => {}
            "return_expression" => match c.named_child(0) {
                Some(v) => tail_values(v, out),
                None => out.push(c),
            },
            _ => collect_returns(c, out),
        }
    }
}
