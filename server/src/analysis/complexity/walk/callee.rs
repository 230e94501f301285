//! Calls into this file's functions: the callee's summary priced at the
//! call site (constant-size arguments, its extra space, amortised runs).

use super::*;

impl<'a, 't> Walker<'a, 't> {
    /// An argument holding a constant amount of data for a parameter of
    /// type `param`.
    pub(super) fn small_arg(&self, node: Node, val: &Val, param: &Ty) -> bool {
        if param.is_sized() || param.kind() == &Kind::Unknown {
            val.is_small() || self.small(node)
        } else {
            // In a method n is the size of the structure: a number passed
            // along is a key or a value, not a size.
            self.small(node) || val.elem || (self.is_method && val.ty.kind() == &Kind::Scalar)
        }
    }

    /// The cost of calling `item` of this file. A free function that gets
    /// only constant-size data where its cost grows costs O(1) here.
    pub(super) fn callee(
        &mut self,
        node: Node,
        item: &str,
        args: Option<&[(Node<'t>, Val)]>,
    ) -> Part {
        let mut summary = self.file.summary(item);
        // A free helper called from a method with the method's keys for
        // its strings (`deliver(conns, ids, msg)`): priced as the method
        // would price them, keys of constant size.
        if (self.is_method || self.string_keys) && !summary.is_method {
            if let Some(args) = args.filter(|a| a.len() == summary.params.len()) {
                let strings: Vec<usize> = (0..args.len())
                    .filter(|&i| matches!(summary.params[i].1.kind(), Kind::String | Kind::Str))
                    .collect();
                let keys = !strings.is_empty()
                    && strings.iter().all(|&i| {
                        self.small(args[i].0)
                            || args[i].1.elem
                            || args[i].1.ty.kind() == &Kind::Scalar
                    });
                if keys {
                    summary = self.file.summary_with_string_keys(item);
                }
            }
        }
        let class = summary.time.class;
        if class.is_one() {
            return Part::one().lower(summary.time.conf);
        }
        if let Some(args) = args.filter(|a| a.len() == summary.params.len()) {
            let driving: Vec<usize> = (0..args.len()).filter(|&i| summary.params[i].2).collect();
            // A method counts too when its cost comes from its parameters
            // only (`self.admit(r)` cloning the record it is given), not
            // from `self`'s fields.
            if (!summary.is_method || !summary.self_drives) && !driving.is_empty() {
                if driving
                    .iter()
                    .all(|&i| self.small_arg(args[i].0, &args[i].1, &summary.params[i].1))
                {
                    return Part::one();
                }
                // Given one node's list, once per node visited: the lists
                // add up to the nested structure, n in all.
                if self.in_iteration() && driving.iter().all(|&i| args[i].1.node_list) {
                    return Part::one().lower(Confidence::Medium);
                }
                for &i in &driving {
                    let text = self.t(args[i].0);
                    self.mark_driving(text, false);
                }
            }
        }
        // While a callee runs, its memory is the caller's extra memory too:
        // a recursion's frames (a retry by recursion keeps one per attempt),
        // and what a helper function allocates (a table of marks). A method
        // growing its own storage (a ring buffer doubling) is the
        // structure's size, not extra memory of the operation.
        let recursion_depth = summary
            .space
            .steps
            .iter()
            .any(|s| s.text.starts_with("recursion depth"));
        if !summary.space.class.is_one() && (recursion_depth || !summary.is_method) {
            let space = summary.space.class;
            let step = self.step(
                node,
                format!(
                    "`{}` calls `{item}`, which uses {space} extra space",
                    snippet(self.t(node))
                ),
                StepKind::Space { class: space },
            );
            let mut steps = vec![step];
            steps.extend(summary.space.steps.iter().cloned());
            let part = Part::new(space, steps, summary.space.conf);
            self.space = std::mem::replace(&mut self.space, Part::one()).seq(part);
        }
        let step = self.step(
            node,
            format!("`{}` calls `{item}`: {class}", snippet(self.t(node))),
            StepKind::Call { class },
        );
        summary.time.behind(step, class)
    }

    /// Adds the cost of a call into this file (`part`) to the cost of its
    /// arguments: per execution, or once per loop when a skip mark amortises
    /// it (see `skip_mark`).
    pub(super) fn charge_call(&self, node: Node, cost: Cost, mut part: Part) -> Cost {
        if part.class.is_one() {
            return cost.then(part);
        }
        let Some((cursor, mark)) = self.skip_mark(node) else {
            return cost.then(part);
        };
        if let Some(call) = part.steps.first_mut() {
            call.text = format!(
                "{} in all, amortised: it only runs once `{cursor}` has reached `{mark}`, and then moves `{mark}` on, so no run is read twice",
                call.text
            );
        }
        cost.seq(Cost::of(part.lower(Confidence::Medium)).into_brk())
    }
}
