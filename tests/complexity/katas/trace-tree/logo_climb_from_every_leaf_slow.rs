// learner: slow
// idiom: logo teacher: for every leaf the turtle climbs to its root adding durations, keeping the best climb
// why: misses slowest_path O(n): every leaf re-walks its whole path to the root, O(depth) per leaf, O(n * depth) = O(n^2) for a long chain with many leaves at the bottom
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
    let mut children: HashMap<u64, Vec<u64>> = HashMap::new();
    for span in spans {
        children.insert(span.id, Vec::new());
    }
    for span in spans {
        if let Some(parent_id) = span.parent {
            if let Some(list) = children.get_mut(&parent_id) {
                list.push(span.id);
            }
        }
    }
    children
}

// Procedure: is path A better than path B? Both are lists of input positions, root first.
// Larger total wins; on equal totals, the one that turns to an earlier span first wins.
fn first_path_is_better(total_a: u64, path_a: &[usize], total_b: u64, path_b: &[usize]) -> bool {
    if total_a != total_b {
        return total_a > total_b;
    }
    path_a < path_b
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    // Where is each span? And which spans are somebody's parent?
    let mut position_of: HashMap<u64, usize> = HashMap::new();
    for (position, span) in spans.iter().enumerate() {
        position_of.insert(span.id, position);
    }
    let mut is_a_parent = vec![false; spans.len()];
    for span in spans {
        if let Some(&parent_position) = span.parent.and_then(|id| position_of.get(&id)) {
            is_a_parent[parent_position] = true;
        }
    }

    // For every leaf, the turtle climbs up to the root, adding the durations.
    let mut best: Option<(u64, Vec<usize>)> = None;
    for leaf in 0..spans.len() {
        if is_a_parent[leaf] {
            continue;
        }
        let mut climb: Vec<usize> = Vec::new();
        let mut total = 0u64;
        let mut here = Some(leaf);
        while let Some(position) = here {
            climb.push(position);
            total += spans[position].duration_us;
            here = spans[position].parent.and_then(|id| position_of.get(&id).copied());
        }
        climb.reverse(); // root first
        let take_it = match &best {
            None => true,
            Some((best_total, best_path)) => first_path_is_better(total, &climb, *best_total, best_path),
        };
        if take_it {
            best = Some((total, climb));
        }
    }

    let (total_us, positions) = best?;
    let ids = positions.iter().map(|&position| spans[position].id).collect();
    Some(CriticalPath { total_us, spans: ids })
}
