//! When a derivation is certain enough to speak up.
//!
//! The walk derives an upper bound: each loop runs at most n times, each
//! call costs at most what its body can cost. A finding claims more: that
//! the solution *is* that slow. The claim holds only when the factors of
//! the derivation are tight and independent: an outer loop over an input,
//! and inside it a loop over a whole input, or a standard-library call that
//! walks one. Learners' correct solutions showed where an upper bound is
//! not the truth (measured on a corpus of solutions nobody on the project
//! wrote):
//!
//! - a **work list** (`while let Some(x) = stack.pop()`, a BFS frontier):
//!   what its rounds push, and the loops over what they pop, add up to the
//!   elements over the whole run, not per round;
//! - a **call nested in other work**: the callee was priced against its own
//!   parameters, but here it receives a part (one record's fields, a window
//!   of four digits, a sift-down from one position);
//! - a **call that receives no input** of its caller (a counter, a constant,
//!   `&w.to_le_bytes()`): its cost does not grow with the caller's n;
//! - a **loop whose bound names no input** (`for k in start..end` of a merge
//!   pass, `while at != 0` of a sift-up, `while k < width` with a constant
//!   width): its count is not the input's size;
//! - a **prefix scan** (`take_while`, `skip_while`) stops early: over many
//!   operations it removes what it counts;
//! - a **refill that runs only once its destination is empty** (`if
//!   !out.is_empty() { return }` before it, the `None` arm of `match
//!   out.pop()`): each element moves once, O(1) amortised;
//! - a **call that shares a table of marks with its loop** (`if marks[r] ==
//!   Unseen { dfs(r, &mut marks) }`): the calls skip what earlier ones
//!   marked, so together they visit each element once;
//! - **work guarded by a collection's length and a doubling**: a
//!   compaction past a multiple (`if q.len() > 2 * cap { q.retain(..) }`), a
//!   growth when full (`if n == ring.len() { ring.resize(2 * n, 0) }`): the
//!   doubling argument makes it O(1) amortised;
//! - a **local made from no input collection** (`digits(id).collect()` of
//!   a number's digits, `vec![0; len]` with `len` from a call on a number):
//!   its size is whatever that computation yields.
//!
//! Such a derivation keeps its class in the hover, as an upper bound, and
//! stays quiet in diagnostics: where it exceeds a target it counts as
//! `medium` confidence, so it never decides a verdict; measured growth does.

mod amortised;
mod cursor;
mod facts;
mod frontier;
mod places;

use super::{Confidence, Derivation, ItemEstimate, Step, StepKind};
use amortised::*;
use facts::*;
use frontier::*;
use tree_sitter::Tree;

/// Marks every estimate whose derivation is only an upper bound (rules
/// above) as not tight.
pub fn review(src: &str, tree: &Tree, estimates: &mut [ItemEstimate]) {
    for est in estimates.iter_mut() {
        est.tight = tight(src, tree, &est.steps);
        est.space_tight = space_tight(src, tree, &est.space_steps, &est.steps);
        if !est.time_certain() || est.priced_through_helper() {
            est.floor = est
                .dominated
                .iter()
                .find(|d| is_floor(src, tree, d))
                .cloned();
        }
    }
}

/// A term beneath an upper bound that the code certainly costs: one
/// standard-library call at the top of the function (a sort, a copy of an
/// input), recognised with high confidence, up to n log n. A longer
/// derivation beneath an uncertain one is not trusted: what made the upper
/// bound uncertain (a loop whose count was assumed, a callee priced on its
/// own parameters) is as often what a nested term hides (measured on the
/// learner corpus: a level loop read as n, a ring buffer's loop over its
/// bounded length).
fn is_floor(src: &str, tree: &Tree, term: &Derivation) -> bool {
    term.confidence == Confidence::High
        && super::is_one_std_call(&term.steps)
        && tight(src, tree, &term.steps)
}

fn grows(step: &Step) -> bool {
    match step.kind {
        StepKind::Loop { factor } => !factor.is_one(),
        StepKind::Cost { class, .. }
        | StepKind::Call { class }
        | StepKind::Recursion { class, .. } => !class.is_one(),
        StepKind::Space { .. } => false,
    }
}

fn tight(src: &str, tree: &Tree, steps: &[Step]) -> bool {
    let chain: Vec<&Step> = steps.iter().filter(|s| grows(s)).collect();
    for (i, step) in chain.iter().enumerate() {
        // Inside a work list: the step repeats once per element popped.
        let work_list = chain[..i].iter().any(|s| s.text.contains("work list"));
        // Inside a loop (not merely inside the levels of a recursion).
        let in_loop = chain[..i]
            .iter()
            .any(|s| matches!(s.kind, StepKind::Loop { .. } | StepKind::Cost { .. }));
        // Reached through a call: the callee's parameters stand for what
        // the caller passed.
        let via_call = chain[..i]
            .iter()
            .any(|s| matches!(s.kind, StepKind::Call { .. }));
        match step.kind {
            StepKind::Loop { .. } => {
                // A count the walk assumed (`loop` until a break, a `while`
                // over a condition it could not read): what the loop does,
                // including what it stores, is only as certain as that
                // assumption (`loop { match .. { .. => wait, .. } insert;
                // break }` stores once).
                if step.text.contains("assumed") {
                    return false;
                }
                if cursor::moves_a_given_cursor(src, tree, step)
                    || cursor::resumes_a_stored_cursor(src, tree, step)
                {
                    return false;
                }
                if work_list && !step.text.contains("work list") {
                    return false;
                }
                // A callee draining a collection of the structure
                // (`expire(&mut self.failures, now)`): what it pops was
                // pushed once by earlier calls, O(1) amortised per call,
                // as the same loop written in the method is.
                if step.text.contains("work list") && drains_field_of_self(src, tree, &chain[..i]) {
                    return false;
                }
                if refills_when_empty(src, tree, step)
                    || guarded_by_doubling(src, tree, step)
                    || prefix_scan_then_drained(src, tree, step)
                    || loops_over_frontier(src, tree, step)
                {
                    return false;
                }
                // A path down a tree or a halving range: the walk judged
                // these from the index's own moves.
                let path = step.text.contains("index doubles") || step.text.contains("halves");
                if !path
                    && (i > 0 || is_while(src, step))
                    && !bound_names_input(src, tree, step, via_call)
                {
                    return false;
                }
                if i > 0
                    && is_while(src, step)
                    && moves_shared_pointer(src, tree, step, chain[i - 1])
                {
                    return false;
                }
                // Levels that halve (`while width > 1 { for k in 0..width
                // … width /= 2 }`): the inner rounds add up to about 2n.
                let halving_outer = chain[..i].iter().any(|o| {
                    o.text.contains("halves") && {
                        let moved = loop_variables(src, tree, o);
                        identifiers(&src[step.range.clone()]).any(|id| moved.contains(&id))
                    }
                });
                if halving_outer {
                    return false;
                }
                // `for j in 0..sizes[lvl]` inside `for lvl in …`: the inner
                // rounds add up to the values stored in `sizes` (a tree's
                // level widths), which the walk does not follow.
                let counted_by_element = element_bound(src, tree, step).is_some_and(|index| {
                    chain[..i].iter().any(|o| {
                        matches!(o.kind, StepKind::Loop { .. })
                            && loop_variables(src, tree, o).contains(&index)
                    })
                });
                if counted_by_element {
                    return false;
                }
                if is_while(src, step) && window_of_constant_width(src, tree, step) {
                    return false;
                }
            }
            StepKind::Call { .. } | StepKind::Cost { .. }
                if in_loop && via_call && on_early_return(tree, step) =>
            {
                // A callee's cost on its way out (`return Some(..)` from
                // inside its loop) is paid once per call at most, and
                // perhaps once in all: the call that finds what it looks
                // for ends the caller's loop too. Multiplied by the
                // caller's loop it is only an upper bound.
                return false;
            }
            StepKind::Call { .. } => {
                if work_list || !passes_input(src, tree, step) {
                    return false;
                }
                if rebuilds_by_doubling(src, tree, step) {
                    return false;
                }
                // Inside a loop, a call costs what its body costs only when
                // it gets a whole input (`present(hay, x)`), not a part of
                // one (`entry_hash(&e.actor, ..)`), and does not start from
                // the loop's position (a sift-down from each `i` of a
                // heapify adds up to n, not n log n).
                if in_loop {
                    if !passes_whole_input(src, tree, step) {
                        return false;
                    }
                    let outer = chain[..i]
                        .iter()
                        .rev()
                        .find(|s| matches!(s.kind, StepKind::Loop { .. } | StepKind::Cost { .. }));
                    let from_position = outer.is_some_and(|o| {
                        let moved = loop_variables(src, tree, o);
                        identifiers(&src[step.range.clone()]).any(|id| moved.contains(&id))
                    });
                    // A path down the heap below it: a loop whose index
                    // doubles, or a recursion one level down per call.
                    let path_after = chain[i..].iter().any(|s| {
                        s.text.contains("index doubles")
                            || matches!(s.kind, StepKind::Recursion { class, .. } if class == super::Class::LOG)
                    });
                    // A sift that starts at the root (`sift(v, 0, end)` of a
                    // heapsort) walks a whole path each time.
                    let from_root = call_arguments(src, tree, step).contains(&"0");
                    if from_position && path_after && !from_root {
                        return false;
                    }
                    if outer.is_some_and(|o| shares_marks_with_loop(src, tree, step, o)) {
                        return false;
                    }
                }
            }
            StepKind::Cost { code, .. } => {
                let text = &src[step.range.clone()];
                // Filling `vec![0; len]` costs what `len` is: unknown when
                // it came back from a call on a number (see `space_tight`).
                if code == "alloc" && !mentions_input(src, tree, step, true, true, &[]) {
                    return false;
                }
                if on_local_of_unknown_size(src, tree, step)
                    || amortised_by_doubling(src, tree, step)
                    || guarded_by_doubling(src, tree, step)
                    || on_frontier(src, tree, step)
                    || refills_when_empty(src, tree, step)
                {
                    return false;
                }
                if text.contains("take_while") || text.contains("skip_while") {
                    return false;
                }
                // A window `b[i..i + w]` holds w elements, not the input:
                // a size only when `w` is the function's own parameter (a
                // window size `k`), not a constant or what a caller passed.
                if has_window_slice(tree, step)
                    && (via_call || !window_names_param(src, tree, step))
                {
                    return false;
                }
                // Work on the work list itself or on what it popped (an
                // `extend` of the list, a `position` that the list then
                // skips) adds up over the whole run; shifting a Vec does not.
                let shifts = matches!(code, "remove-front" | "insert-front" | "vec-shift");
                let on_list = chain[..i]
                    .iter()
                    .filter(|s| s.text.contains("work list"))
                    .any(|w| {
                        let names = work_list_names(src, w);
                        identifiers(text).any(|id| names.contains(&id))
                    });
                if on_list && !shifts {
                    return false;
                }
                // Per element of a work list, only a search of another
                // collection or a shift is certain; a copy of the element's
                // own data grows with the output, not n per round.
                let searches = matches!(code, "vec-contains" | "linear-search" | "sort");
                if work_list && !shifts && !searches {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

/// The space class is what the code keeps: every step of its derivation
/// grows with an input. Space reserved from a size that names no input
/// (`with_capacity` of a fixed buffer's length) is not the input's size; a
/// collection filled round after round of a work list holds what the
/// rounds add up to, and one filled in nested loops may hold far less than
/// their product (`next.push(v)` of a BFS level, the drivers found in a
/// 3 × 3 block of cells).
fn space_tight(src: &str, tree: &Tree, space_steps: &[Step], time_steps: &[Step]) -> bool {
    // The loops of the work lists: a collection filled inside one holds what
    // the rounds add up to; one filled before (`for c in s.chars() {
    // stack.push(c) }`, then popped) holds what that loop pushed.
    let work_lists: Vec<std::ops::Range<usize>> = time_steps
        .iter()
        .filter(|s| s.text.contains("work list"))
        .filter_map(|s| node_at(tree, s).and_then(loop_node))
        .map(|l| l.byte_range())
        .collect();
    let in_work_list = |s: &Step| {
        work_lists
            .iter()
            .any(|w| w.start <= s.range.start && s.range.end <= w.end)
    };
    // The loops of the time derivation around a step: what a collection
    // filled inside them holds is only as certain as their counts (`while
    // k >= 1` over a digit count is not n rounds, so its pushes are not n
    // elements).
    let loops_around = |s: &Step| -> Vec<Step> {
        time_steps
            .iter()
            .filter(|t| matches!(t.kind, StepKind::Loop { .. }))
            .filter(|t| {
                node_at(tree, t)
                    .and_then(loop_node)
                    .is_some_and(|l| l.start_byte() <= s.range.start && s.range.end <= l.end_byte())
            })
            .cloned()
            .collect()
    };
    !space_steps.iter().any(|s| {
        let work_list = in_work_list(s);
        let filled = s.text.contains("grows inside loops") || s.text.contains("adds every element");
        let around = if filled { loops_around(s) } else { Vec::new() };
        if !around.is_empty() && !tight(src, tree, &around) {
            return true;
        }
        let beyond_n = matches!(s.kind, StepKind::Space { class } if class > super::Class::N);
        ((s.text.contains("reserves") || s.text.contains("which uses"))
            && !passes_input(src, tree, s))
            // `vec![0; len]` where `len` came back from a call on a number
            // (`count_digits(id)`): the size is whatever that call returns,
            // which the walk does not follow.
            || (s.text.contains("allocates") && !mentions_input(src, tree, s, true, true, &[]))
            // A hand-written growth when full: the structure's own storage.
            || guarded_by_doubling(src, tree, s)
            || (filled && work_list)
            || (filled && popped_in_its_loop(src, tree, s))
            // A refill of a field that runs only once it is empty moves the
            // elements into the structure's own storage, once each.
            || (s.text.contains("collects") && refills_when_empty(src, tree, s))
            || (s.text.contains("collects") && on_frontier(src, tree, s))
            // A copy of a local made from a number (a u64's digits) holds
            // what that computation yields, not the input.
            || on_local_of_unknown_size(src, tree, s)
            // More than n extra cells is a product of loops the walk may
            // have multiplied past what they hold at once.
            || beyond_n
    })
}

/// The index of the element that bounds a loop (`lvl` of `for j in
/// 0..sizes[lvl]` or `while j < sizes[lvl]`).
fn element_bound<'s>(src: &'s str, tree: &Tree, step: &Step) -> Option<&'s str> {
    let lp = node_at(tree, step).and_then(loop_node)?;
    let end = match lp.kind() {
        "for_expression" => {
            let value = lp.child_by_field_name("value")?;
            (value.kind() == "range_expression")
                .then(|| value.named_child(value.named_child_count().checked_sub(1)? as u32))
                .flatten()?
        }
        "while_expression" => {
            let cond = lp.child_by_field_name("condition")?;
            let op = cond.child_by_field_name("operator")?;
            (cond.kind() == "binary_expression" && matches!(&src[op.byte_range()], "<" | "<="))
                .then(|| cond.child_by_field_name("right"))
                .flatten()?
        }
        _ => return None,
    };
    let index = (end.kind() == "index_expression")
        .then(|| end.named_child(1))
        .flatten()
        .filter(|i| i.kind() == "identifier")?;
    Some(&src[index.byte_range()])
}

/// The nearest call before a step passes a field of `self` by `&mut`.
fn drains_field_of_self(src: &str, tree: &Tree, before: &[&Step]) -> bool {
    before
        .iter()
        .rev()
        .find(|s| matches!(s.kind, StepKind::Call { .. }))
        .is_some_and(|call| {
            call_arguments(src, tree, call)
                .iter()
                .any(|a| a.replace(' ', "").starts_with("&mutself."))
        })
}

/// A push into a collection that a loop around it also pops (`loop {
/// match stack.pop() … stack.push(part) }`): the collection's size at
/// any time is what was pushed and not yet popped, not the pushes
/// (quicksort's stack of deferred parts stays O(log n) when the larger
/// part waits).
fn popped_in_its_loop(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some((call, receiver)) = method_call_at(tree, step) else {
        return false;
    };
    let name = src[receiver.byte_range()].replace(' ', "");
    let mut at = call;
    while let Some(lp) = loop_node(at) {
        let body = src[lp.byte_range()].replace(' ', "");
        if [
            "pop()",
            "pop_front()",
            "pop_back()",
            "pop_first()",
            "pop_last()",
        ]
        .iter()
        .any(|m| body.contains(&format!("{name}.{m}")))
        {
            return true;
        }
        match lp.parent() {
            Some(p) => at = p,
            None => break,
        }
    }
    false
}

/// A `while` whose count the walk judged from its condition (not a work
/// list, not `while let`, which walks an iterator or a linked structure).
fn is_while(src: &str, step: &Step) -> bool {
    let head = src[step.range.clone()].trim_start();
    head.starts_with("while ")
        && !head.starts_with("while let ")
        && !step.text.contains("work list")
}
