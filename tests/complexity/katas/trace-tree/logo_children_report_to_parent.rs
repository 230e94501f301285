// learner: optimal
// idiom: logo teacher: bottom-up "calls finishing" with waiting-children counters (Kahn style), each child reports to its parent, best-child arrows followed down
// why: every span is finished once and reports once through an O(1) parent lookup; the hash index and arrays are O(n): O(n) expected time and space, no recursion
//! The critical path of a distributed trace: see README.md.

use std::collections::HashMap;

/// One span of a trace, as a collector receives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Unique within the trace.
    pub id: u64,
    /// The span that caused this one; `None` (or an id that is not in the trace) makes it a root.
    pub parent: Option<u64>,
    /// Duration in microseconds.
    pub duration_us: u64,
}

/// The slowest root-to-leaf chain of spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    /// Sum of the durations along the path.
    pub total_us: u64,
    /// Span ids from the root down to the leaf.
    pub spans: Vec<u64>,
}

/// Maps every span id to the ids of its children, in input order (leaves map to an empty Vec).
///
/// O(n) expected time and space.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|span| (span.id, Vec::new())).collect();
    spans.iter().for_each(|span| {
        if let Some(list) = span.parent.and_then(|parent_id| map.get_mut(&parent_id)) {
            list.push(span.id);
        }
    });
    map
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    // Where is each span? id -> position in the input.
    let mut position_of: HashMap<u64, usize> = HashMap::with_capacity(n);
    for (position, span) in spans.iter().enumerate() {
        position_of.insert(span.id, position);
    }
    // The parent of each span, as a position (None for a root).
    let mut parent_position: Vec<Option<usize>> = Vec::with_capacity(n);
    for span in spans {
        parent_position.push(span.parent.and_then(|id| position_of.get(&id).copied()));
    }
    // How many children each span is still waiting for.
    let mut children_still_running: Vec<usize> = vec![0; n];
    for parent in parent_position.iter().flatten() {
        children_still_running[*parent] += 1;
    }

    // Think of it as the calls FINISHING, leaves first: a span is finished when
    // all its children are. When a child finishes, it reports to its parent.
    let mut best_total: Vec<u64> = vec![0; n];
    let mut best_child: Vec<Option<usize>> = vec![None; n];
    let mut best_child_total: Vec<u64> = vec![0; n];
    let mut finished_but_not_reported: Vec<usize> = Vec::new();
    for position in 0..n {
        if children_still_running[position] == 0 {
            finished_but_not_reported.push(position);
        }
    }
    while let Some(done) = finished_but_not_reported.pop() {
        // Step 1: my total is my time plus my best child's total.
        best_total[done] = spans[done].duration_us + best_child_total[done];
        // Step 2: report to my parent.
        let Some(parent) = parent_position[done] else {
            continue;
        };
        // Larger total wins; on a tie, the child earlier in the input wins.
        let i_am_better = match best_child[parent] {
            None => true,
            Some(current) => {
                best_total[done] > best_child_total[parent]
                    || (best_total[done] == best_child_total[parent] && done < current)
            }
        };
        if i_am_better {
            best_child[parent] = Some(done);
            best_child_total[parent] = best_total[done];
        }
        // Step 3: one less child to wait for; the last one to report finishes the parent.
        children_still_running[parent] -= 1;
        if children_still_running[parent] == 0 {
            finished_but_not_reported.push(parent);
        }
    }

    // The best root: the largest total; the first one in the input on a tie.
    let mut chosen_root = None;
    for position in 0..n {
        if parent_position[position].is_some() {
            continue;
        }
        match chosen_root {
            Some(current) if best_total[position] <= best_total[current] => {}
            _ => chosen_root = Some(position),
        }
    }
    let root = chosen_root?;
    // Follow the best-child arrows down to a leaf.
    let mut ids_on_path = Vec::new();
    let mut step = Some(root);
    while let Some(here) = step {
        ids_on_path.push(spans[here].id);
        step = best_child[here];
    }
    Some(CriticalPath { total_us: best_total[root], spans: ids_on_path })
}
