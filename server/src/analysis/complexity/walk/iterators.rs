//! Pricing iterator adaptors (lazy: they change what each item costs or
//! how many there are) and consumers (they walk the items).

use super::*;

impl<'a, 't> Walker<'a, 't> {
    /// `Err(closure)`, handing the closure's cost back, when `method` is
    /// neither an adaptor nor a consumer the table knows: the caller prices
    /// it as a method of the collection.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn price_iterator(
        &mut self,
        node: Node<'t>,
        method: &str,
        recv: &Val,
        recv_node: Node<'t>,
        len: Class,
        args: &[Node<'t>],
        arg_vals: &[Val],
        closure: Part,
        turbofish: Option<Node<'t>>,
    ) -> Result<(Part, Val), Part> {
        let mut next = recv.clone();
        next.local = false;
        match method {
            "map" | "filter" | "filter_map" | "flat_map" | "inspect" | "skip_while"
            | "take_while" | "map_while" | "scan" | "for_each_adaptor" => {
                next.per = next.per.seq(closure);
                return Ok((Part::one(), next));
            }
            "enumerate" | "rev" | "skip" | "step_by" | "copied" | "cloned" | "peekable"
            | "fuse" | "flatten" | "by_ref" | "chain" | "zip" => {
                if method == "zip" {
                    // Zipped with a collection of lists: items carry lists.
                    next.nested |= arg_vals
                        .first()
                        .is_some_and(|v| v.nested || v.ty.element().is_sized());
                }
                if matches!(method, "zip" | "chain") {
                    if let Some(other) = arg_vals.first() {
                        next.per = next.per.seq(other.per.clone());
                    }
                }
                // `once(0).chain(v.iter())`: as long as both sides together.
                if method == "chain" {
                    if let Some(other) = arg_vals.first() {
                        let other_len = match other.iter {
                            Some(len) => len,
                            None if other.ty.is_sized() => other.size(),
                            None => Class::ONE,
                        };
                        next.iter = Some(next.iter.map_or(other_len, |len| len.max(other_len)));
                        next.overlapping |= other.overlapping;
                    }
                }
                // A zip is as long as its shorter side.
                if method == "zip"
                    && args.first().zip(arg_vals.first()).is_some_and(|(a, v)| {
                        v.iter
                            .map_or(v.ty.kind() == &Kind::Array || self.small(*a), |l| {
                                l.is_one()
                            })
                    })
                {
                    next.iter = Some(Class::ONE);
                }
                return Ok((Part::one(), next));
            }
            "take" => {
                if args.first().is_some_and(|a| self.small(*a)) {
                    next.iter = Some(Class::ONE);
                }
                return Ok((Part::one(), next));
            }
            "next" | "next_back" | "peek" => {
                return Ok((recv.per.clone().seq(closure), Val::unknown()));
            }
            _ => {}
        }
        let consumer = matches!(
            method,
            "count"
                | "sum"
                | "product"
                | "max"
                | "min"
                | "max_by"
                | "min_by"
                | "max_by_key"
                | "min_by_key"
                | "last"
                | "fold"
                | "rfold"
                | "try_rfold"
                | "for_each"
                | "try_for_each"
                | "reduce"
                | "all"
                | "any"
                | "find"
                | "find_map"
                | "position"
                | "rposition"
                | "collect"
                | "unzip"
                | "partition"
                | "nth"
                | "eq"
                | "cmp"
                | "try_fold"
                | "is_sorted"
                | "rfind"
                | "ne"
                | "lt"
        );
        if consumer {
            let per = recv.per.clone().seq(closure);
            let (what, code) = match method {
                "all" | "any" | "find" | "find_map" | "position" | "rposition" | "rfind" => {
                    ("searches every element", "linear-search")
                }
                "collect" | "unzip" | "partition" => ("collects every element", "collect"),
                "nth" if recv.chars => ("walks the characters from the start", "chars-nth"),
                _ => ("walks every element", "linear-scan"),
            };
            // Over a value whose length the walk assumed: an upper bound.
            let conf = if recv.assumed_len {
                Confidence::Medium
            } else {
                Confidence::High
            };
            let walk = self.cost(node, what, len, code).lower(conf);
            // Consumed to the end, from an input, with no adaptor that
            // stops early: every element is visited (see `walks_input`).
            let to_the_end = matches!(
                method,
                "count"
                    | "sum"
                    | "product"
                    | "max"
                    | "min"
                    | "max_by"
                    | "min_by"
                    | "max_by_key"
                    | "min_by_key"
                    | "last"
                    | "fold"
                    | "rfold"
                    | "for_each"
                    | "reduce"
                    | "collect"
                    | "unzip"
                    | "partition"
            );
            if to_the_end && len == Class::N && self.walks_input.is_none() {
                if let Some(step) = walk
                    .steps
                    .first()
                    .filter(|_| self.chain_of_input(recv_node))
                {
                    self.walks_input = Some(step.clone());
                }
            }
            let part = if len.is_one() {
                per
            } else {
                let step = walk.steps.first().cloned();
                match step {
                    Some(step) => per.times(len, step, conf),
                    None => per,
                }
            };
            if matches!(method, "fold" | "rfold" | "try_fold" | "try_rfold")
                && !len.is_one()
                && self.fold_builds_collection(args)
            {
                self.note_space_with(node, "the accumulator keeps every element", len, conf);
            }
            let mut val = Val::unknown();
            if method == "collect" || method == "unzip" || method == "partition" {
                self.note_space(node, "collects the elements", len);
                val.ty = turbofish
                    .and_then(|t| t.named_child(0))
                    .map(|t| self.file.ty_of_type(t))
                    .unwrap_or(Ty::UNKNOWN);
                if val.ty.kind == Kind::Unknown && !len.is_one() {
                    // Typed later by the `let` annotation; n-sized anyway.
                    val.ty = Ty::of(Kind::Vec);
                }
                val.local = true;
            }
            return Ok((part, val));
        }
        Err(closure)
    }

    /// An iterator chain over a whole input: a parameter or a field of
    /// `self`, through adaptors that visit every element (`enumerate`,
    /// `map`, `filter`, …), none that stops early (`take`, `take_while`).
    pub(super) fn chain_of_input(&self, node: Node<'t>) -> bool {
        let mut node = node;
        loop {
            match node.kind() {
                "call_expression" => {
                    let Some((_, m)) = self.method_of(node) else {
                        return false;
                    };
                    let every = matches!(
                        m,
                        "iter"
                            | "iter_mut"
                            | "into_iter"
                            | "enumerate"
                            | "map"
                            | "filter"
                            | "filter_map"
                            | "copied"
                            | "cloned"
                            | "rev"
                            | "inspect"
                            | "chars"
                            | "bytes"
                            | "char_indices"
                            | "keys"
                            | "values"
                            | "values_mut"
                            | "flat_map"
                            | "flatten"
                    );
                    let Some(recv) = node
                        .child_by_field_name("function")
                        .and_then(|f| f.child_by_field_name("value"))
                    else {
                        return false;
                    };
                    if !every {
                        return false;
                    }
                    node = recv;
                }
                "reference_expression" | "parenthesized_expression" => {
                    match node.named_child(node.named_child_count().saturating_sub(1) as u32) {
                        Some(inner) => node = inner,
                        None => return false,
                    }
                }
                _ => return self.input_rooted(node),
            }
        }
    }
}
