//! Growth: what `push`, `extend`, `append` and `insert_str` cost, and how
//! much the collection they grow comes to hold (the loops around the push,
//! or what an extend copies in).

use super::*;

impl<'a, 't> Walker<'a, 't> {
    /// The growing family of `price`: `None` for a method that adds
    /// nothing.
    pub(super) fn price_growth(
        &mut self,
        node: Node<'t>,
        method: &str,
        recv: &Val,
        recv_node: Node<'t>,
        args: &[Node<'t>],
        arg_vals: &[Val],
    ) -> Option<(Part, Val)> {
        let kind = recv.ty.kind().clone();
        let first = args.first().map_or("", |a| self.t(*a));
        let local_recv = self.local_receiver(recv, recv_node);
        Some(match method {
            "push" | "push_str" | "push_back" | "push_front" | "extend" | "extend_from_slice"
            | "append" | "insert_str" => {
                let mut part = Part::one();
                // A local bound inside a loop starts empty every round: only
                // the loops inside its binding multiply what it holds.
                let mut grow = if local_recv {
                    self.ctx_since(recv.depth)
                } else {
                    self.loop_ctx
                };
                if matches!(method, "extend" | "extend_from_slice" | "append") {
                    let neighbours =
                        self.in_iteration() && arg_vals.first().is_some_and(|v| v.node_list);
                    // How many elements come in: what the argument holds,
                    // or, for a value of unknown kind (an iterator a method
                    // of the file returned), assumed n.
                    let (len, conf) = arg_vals
                        .first()
                        .zip(args.first())
                        .map(|(v, a)| {
                            if v.is_small() || self.small(*a) {
                                (Class::ONE, Confidence::High)
                            } else if v.iter.is_some() || v.ty.is_sized() {
                                (v.size(), Confidence::High)
                            } else {
                                (Class::N, Confidence::Medium)
                            }
                        })
                        .unwrap_or((Class::N, Confidence::Medium));
                    let len = if neighbours { Class::ONE } else { len };
                    let per = arg_vals.first().map_or(Part::one(), |v| v.per.clone());
                    let walk = self.cost(node, "copies every element", len, "linear-scan");
                    part = match walk.steps.first().cloned() {
                        Some(step) => per.times(len, step, conf),
                        None => per,
                    };
                    grow = grow.times(len);
                }
                if method == "insert_str" && first == "0" {
                    part = self.cost(
                        node,
                        "on a String shifts every byte",
                        Class::N,
                        "insert-front",
                    );
                }
                if kind == Kind::BinaryHeap {
                    part = part.seq(self.cost(node, "on a BinaryHeap", Class::LOG, "heap"));
                }
                if local_recv && recv_node.kind() == "identifier" {
                    self.grow_bound(self.t(recv_node), grow);
                }
                if local_recv {
                    let what = if matches!(method, "extend" | "extend_from_slice" | "append") {
                        "adds every element"
                    } else {
                        "grows inside loops"
                    };
                    // `if !v.contains(&x) { v.push(x) }`: distinct values of
                    // the input, at most n of them.
                    let dedup = format!("!{}.contains(", self.t(recv_node));
                    let mut up = node.parent();
                    let mut distinct = false;
                    while let Some(n) = up {
                        if n.kind() == "if_expression"
                            && n.child_by_field_name("condition")
                                .is_some_and(|c| self.t(c).contains(&dedup))
                        {
                            distinct = true;
                            break;
                        }
                        if n.id() == self.fn_node.id() {
                            break;
                        }
                        up = n.parent();
                    }
                    let grow = if distinct { grow.min(Class::N) } else { grow };
                    self.note_space(node, what, grow);
                }
                (part, Val::unknown())
            }
            _ => return None,
        })
    }

    /// A local list whose every filling (`let kids = …`, `kids.extend(…)`)
    /// reads a field keyed by a character (`node.children.keys()`, see
    /// `FileCtx::keyed_by_character`).
    pub(super) fn filled_from_character_keys(&self, name: &str) -> bool {
        if !self.file.has_character_keyed_field() {
            return false;
        }
        let body = Code::of(self.fn_node.child_by_field_name("body"), self.src);
        // `let mut kids = Vec::new()` starts empty: not a filling.
        let mut fills: Vec<Node> = body
            .let_init(name)
            .into_iter()
            .filter(|i| !starts_empty(self.t(*i)))
            .collect();
        fills.extend(
            body.of_kind("call_expression")
                .into_iter()
                .filter_map(|call| {
                    let f = call.child_by_field_name("function")?;
                    let recv = f.child_by_field_name("value")?;
                    let method = f.child_by_field_name("field")?;
                    (f.kind() == "field_expression"
                        && self.t(recv) == name
                        && matches!(self.t(method), "extend" | "push" | "insert" | "append"))
                    .then(|| call.child_by_field_name("arguments"))
                    .flatten()
                }),
        );
        !fills.is_empty()
            && fills.iter().all(|fill| {
                let mut stack = vec![*fill];
                while let Some(n) = stack.pop() {
                    if n.kind() == "field_expression"
                        && n.child_by_field_name("field")
                            .is_some_and(|f| self.file.keyed_by_character(self.t(f)))
                    {
                        return true;
                    }
                    stack.extend(n.named_children(&mut n.walk()));
                }
                false
            })
    }
}
