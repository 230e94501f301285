// learner: slow
// idiom: logo teacher: a small FIND.CHILDREN procedure that looks at every span, and IS.IN.TRACE that scans for a parent
// why: misses children_map and slowest_path O(n): each span finds its children (and roots check their parent) by scanning all n spans, O(n) per span, O(n^2) per trace
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

// Procedure: the positions of the children of `parent_id`, found by looking at every span.
fn find_children_positions(spans: &[Span], parent_id: u64) -> Vec<usize> {
    let mut found = Vec::new();
    for (position, other) in spans.iter().enumerate() {
        if other.parent == Some(parent_id) {
            found.push(position);
        }
    }
    found
}

// Procedure: is there a span with this id in the trace?
fn is_in_trace(spans: &[Span], id: u64) -> bool {
    for span in spans {
        if span.id == id {
            return true;
        }
    }
    false
}

/// Maps every span id to the ids of its children, in input order (leaves map to an empty Vec).
///
/// O(n) expected time and space.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut answer = HashMap::new();
    for span in spans {
        let mut child_ids = Vec::new();
        for position in find_children_positions(spans, span.id) {
            child_ids.push(spans[position].id);
        }
        answer.insert(span.id, child_ids);
    }
    answer
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    // Step 1: the roots: no parent, or a parent that is not in the trace.
    let mut roots = Vec::new();
    for (position, span) in spans.iter().enumerate() {
        let is_root = match span.parent {
            None => true,
            Some(parent_id) => !is_in_trace(spans, parent_id),
        };
        if is_root {
            roots.push(position);
        }
    }
    // Step 2: list the spans from the top, level by level, looking children up as we go.
    let mut order = roots.clone();
    let mut children_of: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    let mut reading = 0;
    while reading < order.len() {
        let here = order[reading];
        children_of[here] = find_children_positions(spans, spans[here].id);
        order.extend_from_slice(&children_of[here]);
        reading += 1;
    }
    // Step 3: bottom-up totals.
    let mut total_from = vec![0u64; spans.len()];
    for &here in order.iter().rev() {
        let mut best_below = 0;
        for &child in &children_of[here] {
            if total_from[child] > best_below {
                best_below = total_from[child];
            }
        }
        total_from[here] = spans[here].duration_us + best_below;
    }
    // Step 4: walk down from the best root, always into the best child.
    let mut best_root: Option<usize> = None;
    for &root in &roots {
        if best_root.is_none() || total_from[root] > total_from[best_root.unwrap()] {
            best_root = Some(root);
        }
    }
    let mut here = best_root?;
    let mut path = vec![spans[here].id];
    loop {
        let mut best_child: Option<usize> = None;
        for &child in &children_of[here] {
            if best_child.is_none() || total_from[child] > total_from[best_child.unwrap()] {
                best_child = Some(child);
            }
        }
        match best_child {
            Some(child) => {
                path.push(spans[child].id);
                here = child;
            }
            None => break,
        }
    }
    Some(CriticalPath { total_us: total_from[best_root?], spans: path })
}
