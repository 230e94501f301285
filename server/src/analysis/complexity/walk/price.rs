//! The cost table of the standard library: what a method call costs on the
//! receiver's collection kind, and the space it allocates.

use super::*;

impl<'a, 't> Walker<'a, 't> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn price(
        &mut self,
        node: Node<'t>,
        method: &str,
        recv: &Val,
        recv_node: Node<'t>,
        args: &[Node<'t>],
        arg_vals: &[Val],
        closure: Part,
        turbofish: Option<Node<'t>>,
    ) -> (Part, Val) {
        let kind = recv.ty.kind().clone();
        let n_if_sized = |class: Class| {
            if recv.size().is_one() {
                Class::ONE
            } else {
                class
            }
        };
        let first = args.first().map_or("", |a| self.t(*a));
        let local_recv = self.local_receiver(recv, recv_node);
        if recv.bound.is_some() && recv_node.kind() == "identifier" && !tracked_method(method) {
            // Grown some way whose size we do not follow: n-sized from now on.
            let name = self.t(recv_node);
            if let Some((_, v)) = self.env.iter_mut().rev().find(|(n, _)| n == name) {
                v.bound = None;
            }
        }

        // ---- iterators: adaptors and consumers (walk/iterators.rs)
        let closure = match recv.iter {
            Some(len) => match self.price_iterator(
                node, method, recv, recv_node, len, args, arg_vals, closure, turbofish,
            ) {
                Ok(priced) => return priced,
                Err(closure) => closure,
            },
            None => closure,
        };

        // `v.drain(..k)` on a Vec or String removes a prefix: everything after
        // it shifts down, O(n) whatever k is (a VecDeque's is O(k)).
        if method == "drain" && matches!(kind, Kind::Vec | Kind::String) {
            let prefix = args
                .first()
                .filter(|a| a.kind() == "range_expression")
                .is_some_and(|r| {
                    let text = self.t(*r).replace(' ', "");
                    (text.starts_with("..") || text.starts_with("0..")) && !text.ends_with("..")
                });
            if prefix {
                let what = format!(
                    "removes a prefix of {}: the rest shifts down",
                    recv.ty.name()
                );
                return (
                    self.cost(node, &what, Class::N, "remove-front"),
                    Val::iter(Class::ONE),
                );
            }
        }
        if let Some(priced) = self.price_growth(node, method, recv, recv_node, args, arg_vals) {
            return priced;
        }
        let closure = match self.price_copy(node, method, recv, recv_node, closure) {
            Ok(priced) => return priced,
            Err(closure) => closure,
        };
        match method {
            // ---- iterator sources
            "iter" | "iter_mut" | "into_iter" | "chars" | "bytes" | "char_indices" | "keys"
            | "values" | "values_mut" | "into_keys" | "into_values" | "lines"
            | "split_whitespace" | "split" | "windows" | "chunks" | "chunks_exact" | "drain"
            | "split_terminator" | "matches" | "rsplit" | "split_ascii_whitespace"
            | "encode_utf16" => {
                let len = match kind {
                    Kind::Array | Kind::Scalar => Class::ONE,
                    Kind::Range => recv.iter.unwrap_or(Class::N),
                    // Already an iterator (`window(..).into_iter()`): as
                    // long as it was.
                    _ if method == "into_iter" && recv.iter.is_some() => {
                        recv.iter.unwrap_or(Class::N)
                    }
                    _ if recv.ty.is_sized() => recv.size(),
                    _ => Class::N,
                };
                let assumed_len = recv.assumed_len
                    || (recv.iter.is_none() && !recv.ty.is_sized() && length_unknown(&kind));
                // The list of one element, or a part of one element (a
                // closure's item `r`, `r.tags`), walked once per element
                // visited: the parts add up to the input.
                let amortised = !len.is_one() && self.in_iteration() && (recv.node_list || recv.elem);
                let len = if amortised { Class::ONE } else { len };
                let mut val = Val::iter(len);
                val.assumed_len = assumed_len && !len.is_one();
                val.node_list = recv.node_list;
                val.nested = recv.ty.element().is_sized();
                val.chars = matches!(method, "chars" | "bytes" | "char_indices");
                val.overlapping = method == "windows";
                (Part::one(), val)
            }
            "range" if matches!(kind, Kind::BTreeMap | Kind::BTreeSet) => (
                self.cost(node, "finds the start (O(log n)), then yields the k keys in range, charged to the output", ordered_lookup(recv), "btree"),
                Val::iter(Class::ONE),
            ),
            // ---- membership and lookup
            "contains" => match kind {
                Kind::Vec | Kind::Slice | Kind::VecDeque | Kind::LinkedList => (
                    self.cost(node, &format!("on {}", recv.ty.name()), Class::N, "vec-contains"),
                    Val::unknown(),
                ),
                Kind::String | Kind::Str => (
                    self.cost(node, "searches the string", Class::N, "linear-search"),
                    Val::unknown(),
                ),
                Kind::BTreeMap | Kind::BTreeSet => (
                    self.cost(node, &format!("on {}", recv.ty.name()), ordered_lookup(recv), "btree"),
                    Val::unknown(),
                ),
                _ => (Part::one(), Val::unknown()),
            },
            "contains_key" | "get" | "get_mut" | "entry" | "insert" | "remove" | "take"
            | "get_key_value" | "remove_entry" => {
                let mut val = match method {
                    // An entry holds the value it finds or inserts:
                    // `entry(k).or_default()` is the map's value type.
                    "get" | "get_mut" | "remove" | "take" | "entry" => Val::elem(Ty::with_args(Kind::Wrapper, vec![recv.ty.element()])),
                    _ => Val::unknown(),
                };
                val.node_list = matches!(method, "get" | "get_mut") && recv.ty.element().is_sized();
                if matches!(method, "insert" | "entry") && local_recv {
                    let ctx = self.ctx_since(recv.depth);
                    if recv_node.kind() == "identifier" {
                        self.grow_bound(self.t(recv_node), ctx);
                    }
                    self.note_space(node, "grows inside loops", ctx);
                }
                let part = match kind {
                    Kind::BTreeMap | Kind::BTreeSet => self.cost(
                        node,
                        &format!("on {}", recv.ty.name()),
                        ordered_lookup(recv),
                        "btree",
                    ),
                    Kind::Vec | Kind::VecDeque | Kind::String
                        if matches!(method, "insert" | "remove") =>
                    {
                        let front = first == "0";
                        let back = first.ends_with("len()") || first.ends_with("len() - 1");
                        if back || (front && kind == Kind::VecDeque) {
                            Part::one()
                        } else if front {
                            let (what, code) = if method == "remove" {
                                ("shifts every element left", "remove-front")
                            } else {
                                ("shifts every element right", "insert-front")
                            };
                            self.cost(node, &format!("on {}: {what}", recv.ty.name()), Class::N, code)
                        } else {
                            self.cost(
                                node,
                                &format!("on {} shifts the elements after it", recv.ty.name()),
                                Class::N,
                                "vec-shift",
                            )
                        }
                    }
                    _ => Part::one(),
                };
                (part, val)
            }
            "pop" if kind == Kind::BinaryHeap => (
                self.cost(node, "on a BinaryHeap", Class::LOG, "heap"),
                Val::elem(Ty::with_args(Kind::Wrapper, vec![recv.ty.element()])),
            ),
            "pop" | "pop_front" | "pop_back" | "last" | "first" | "last_mut" | "first_mut"
            | "front" | "back" | "front_mut" | "back_mut" | "peek" | "peek_mut" => {
                if matches!(kind, Kind::BTreeSet | Kind::BTreeMap) && matches!(method, "first" | "last") {
                    return (
                        self.cost(node, &format!("on {}", recv.ty.name()), ordered_lookup(recv), "btree"),
                        Val::unknown(),
                    );
                }
                (
                    Part::one(),
                    Val::of(Ty::with_args(Kind::Wrapper, vec![recv.ty.element()])),
                )
            }
            // `v.split_off(1)` moves all but the first element out: O(n).
            "split_off"
                if matches!(kind, Kind::Vec | Kind::VecDeque | Kind::String)
                    && args.first().is_some_and(|a| self.small(*a)) =>
            {
                let what = format!("moves all but the first elements of {} into a new one", recv.ty.name());
                let part = self.cost(node, &what, Class::N, "remove-front");
                self.note_space(node, "copies the data", Class::N);
                let mut val = Val::of(recv.ty.clone());
                val.local = true;
                (part, val)
            }
            "pop_first" | "pop_last" | "first_key_value" | "last_key_value" | "split_off"
                if matches!(kind, Kind::BTreeMap | Kind::BTreeSet) =>
            {
                (
                    self.cost(node, &format!("on {}", recv.ty.name()), ordered_lookup(recv), "btree"),
                    Val::unknown(),
                )
            }
            // ---- whole-collection work
            "sort" | "sort_unstable" | "sort_by" | "sort_by_key" | "sort_unstable_by"
            | "sort_unstable_by_key" | "sort_by_cached_key" => {
                let class = n_if_sized(Class::N_LOG);
                let sort = self.cost(node, "sorts", class, "sort");
                let part = match sort.steps.first().cloned() {
                    Some(step) => closure.times(class, step, Confidence::High),
                    None => closure,
                };
                (part, Val::unknown())
            }
            "binary_search" | "binary_search_by" | "binary_search_by_key" | "partition_point" => (
                {
                    let search =
                        self.cost(node, "halves the range each step", n_if_sized(Class::LOG), "binary-search");
                    match search.steps.first().cloned() {
                        Some(step) if !closure.class.is_one() => {
                            closure.times(Class::LOG, step, Confidence::High)
                        }
                        _ => search,
                    }
                },
                Val::unknown(),
            ),
            // `[a.as_slice(), b].concat()`: copies every part into a new Vec.
            "concat" | "join"
                if recv_node.kind() == "array_expression" && {
                    let mut c = recv_node.walk();
                    let parts: Vec<Node> = recv_node.named_children(&mut c).collect();
                    parts.iter().any(|p| !self.small(*p))
                } =>
            {
                let part = self.cost(node, "copies every part into a new collection", Class::N, "clone");
                self.note_space(node, "builds a new collection", Class::N);
                (part, Val::of(Ty::of(Kind::Vec)))
            }
            // Replacing a range in the middle shifts everything after it.
            "splice" if matches!(kind, Kind::Vec | Kind::VecDeque) => {
                if local_recv {
                    // What it inserts stays: it grows like a push.
                    let ctx = self.ctx_since(recv.depth);
                    if recv_node.kind() == "identifier" {
                        self.grow_bound(self.t(recv_node), ctx);
                    }
                    self.note_space(node, "grows inside loops", ctx);
                }
                (
                    self.cost(node, &format!("shifts the rest of {}", recv.ty.name()), Class::N, "vec-shift"),
                    Val::iter(Class::ONE),
                )
            }
            // `s.replace_range(lo..hi, tag)`: the bytes after the range move
            // to close or open the gap, as a Vec's splice. A range open at
            // the end (`k..`) replaces the tail: nothing after it moves.
            "replace_range"
                if kind == Kind::String && !args.first().is_some_and(|a| open_ended(*a)) =>
            {
                let what = format!("shifts the rest of {}", recv.ty.name());
                (self.cost(node, &what, Class::N, "vec-shift"), Val::unknown())
            }
            "retain" | "retain_mut" | "dedup" | "dedup_by_key" | "dedup_by" | "reverse" | "fill"
            | "resize" | "rotate_left" | "rotate_right" | "concat" | "join" | "repeat"
            | "to_lowercase" | "to_uppercase" | "to_ascii_lowercase" | "to_ascii_uppercase"
            | "replacen" | "trim_matches" | "make_ascii_lowercase"
            | "make_ascii_uppercase" | "split_at_mut"
                if recv.ty.is_sized() =>
            {
                if method == "split_at_mut" {
                    return (Part::one(), Val::unknown());
                }
                // One element's list (`streams[s].reverse()` for each `s`):
                // the lists add up to the input, as for `clone` below.
                let size = if self.in_iteration() && recv.node_list { Class::ONE } else { recv.size() };
                let walk = self.cost(node, "walks every element", size, "linear-scan");
                let part = match walk.steps.first().cloned() {
                    Some(step) => closure.times(size, step, Confidence::High),
                    None => closure,
                };
                if matches!(method, "to_lowercase" | "to_uppercase" | "concat" | "join" | "repeat") {
                    self.note_space(node, "builds a new string", Class::N);
                }
                (part, Val::of(recv.ty.clone()))
            }
            "find" | "replace" if matches!(kind, Kind::String | Kind::Str) => {
                let part = self.cost(node, "searches the string", Class::N, "linear-search");
                if method == "replace" {
                    self.note_space(node, "builds a new string", Class::N);
                }
                (part, Val::unknown())
            }
            "len" | "is_empty" | "capacity" | "swap" | "swap_remove" | "truncate" | "clear"
            | "starts_with" | "ends_with" | "is_some" | "is_none" | "is_ok" | "is_err" => {
                (Part::one(), Val::of(Ty::of(Kind::Scalar)))
            }
            "as_slice" | "as_str" | "as_bytes" | "as_mut_slice" | "trim" | "trim_start"
            | "trim_end" | "split_at" => {
                let mut val = Val::of(recv.ty.clone());
                val.elem = recv.elem;
                (Part::one(), val)
            }
            // Smart pointers, locks, options: look through. With a fallback
            // (`unwrap_or_else(PoisonError::into_inner)` recovering a poisoned
            // lock's guard) the value is the same; the fallback runs at most
            // once.
            "as_ref" | "as_mut" | "borrow" | "borrow_mut" | "lock" | "read" | "write"
            | "unwrap" | "expect" | "unwrap_or_default" | "unwrap_or_else" | "unwrap_or"
            | "as_deref" | "as_deref_mut" | "ok" | "get_or_insert" | "or_insert" | "or_default"
            | "or_insert_with" | "or_insert_with_key" | "deref" | "deref_mut" | "copied"
            | "cloned" => {
                let ty = match recv.ty.kind {
                    Kind::Wrapper | Kind::Shared => {
                        recv.ty.args.first().cloned().unwrap_or(Ty::UNKNOWN)
                    }
                    _ => recv.ty.clone(),
                };
                let mut val = Val::of(ty);
                val.elem = recv.elem && !val.ty.is_sized();
                (closure, val)
            }
            // Closure called once (Option, Result, entry API).
            "map" | "and_then" | "or_else" | "map_or" | "map_or_else" | "filter"
            | "is_some_and" | "is_none_or" | "then" | "get_or_insert_with"
            | "and_modify" | "map_err" | "ok_or_else" | "then_some"
            | "ok_or" | "or" | "and" => (closure, Val::unknown()),
            "nth" if recv.chars => (
                self.cost(node, "walks the characters from the start", Class::N, "chars-nth"),
                Val::unknown(),
            ),
            _ => (closure, Val::unknown()),
        }
    }
}

impl<'a, 't> Walker<'a, 't> {
    /// A collection this function made (bound by `let`), not one reached
    /// through `self`: what it grows to is memory the function allocates.
    pub(super) fn local_receiver(&self, recv: &Val, recv_node: Node) -> bool {
        recv.local && !self.t(recv_node).starts_with("self")
    }
}

/// Methods that read a collection, shrink it, or grow it in a way its
/// bound follows (pushes and inserts).
pub(super) fn tracked_method(m: &str) -> bool {
    matches!(
        m,
        "iter"
            | "iter_mut"
            | "into_iter"
            | "len"
            | "is_empty"
            | "reverse"
            | "sort"
            | "sort_unstable"
            | "sort_by"
            | "sort_by_key"
            | "sort_unstable_by"
            | "sort_unstable_by_key"
            | "contains"
            | "contains_key"
            | "get"
            | "get_mut"
            | "first"
            | "last"
            | "pop"
            | "pop_front"
            | "pop_back"
            | "clone"
            | "to_vec"
            | "join"
            | "concat"
            | "swap"
            | "truncate"
            | "clear"
            | "binary_search"
            | "last_mut"
            | "first_mut"
            | "keys"
            | "values"
            | "drain"
            | "retain"
            | "dedup"
            | "windows"
            | "chunks"
            | "as_slice"
            | "push"
            | "push_back"
            | "push_front"
            | "insert"
            | "entry"
            | "extend"
            | "extend_from_slice"
            | "push_str"
            | "remove"
            | "front"
            | "back"
            | "as_str"
            | "as_bytes"
            | "chars"
            | "bytes"
            | "iter_rev"
            | "into_boxed_slice"
    )
}

/// A range with no end (`k..`, `..`): it reaches the end of what it
/// slices.
fn open_ended(range: Node) -> bool {
    range.kind() == "range_expression"
        && range
            .child(range.child_count().saturating_sub(1))
            .is_some_and(|last| last.kind() == "..")
}

/// A step of an ordered map or set: O(log n), or O(1) when its keys are
/// of a type with few values (`BTreeMap<char, Node>`: at most σ entries).
fn ordered_lookup(recv: &Val) -> Class {
    if recv.ty.keyed_by_few_values() {
        Class::ONE
    } else {
        Class::LOG
    }
}
