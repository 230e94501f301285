// learner: optimal
// idiom: logo teacher: depth-first visit with hand-made stack frames (span, children done), best child remembered on the way back up
// why: each span is pushed and popped once and each child is looked at a constant number of times; hash index and children lists are O(n): O(n) time and space, no recursion
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
    // Round 1: every span gets an empty list of children.
    let mut kids_of: HashMap<u64, Vec<u64>> = HashMap::new();
    for span in spans {
        kids_of.insert(span.id, Vec::new());
    }
    // Round 2: every span adds itself to its parent's list (if the parent is in the trace).
    for span in spans {
        if let Some(parent_id) = span.parent {
            if let Some(list_of_parent) = kids_of.get_mut(&parent_id) {
                list_of_parent.push(span.id);
            }
        }
    }
    kids_of
}

// One frame of our hand-made call stack: the span we are visiting and
// how many of its children we have already come back from.
struct VisitFrame {
    span_position: usize,
    children_done: usize,
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let how_many = spans.len();

    // Build the tree: position of each id, then children positions in input order.
    let mut position_of: HashMap<u64, usize> = HashMap::new();
    for position in 0..how_many {
        position_of.insert(spans[position].id, position);
    }
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); how_many];
    let mut roots: Vec<usize> = Vec::new();
    for position in 0..how_many {
        let parent_position = match spans[position].parent {
            Some(parent_id) => position_of.get(&parent_id).copied(),
            None => None,
        };
        match parent_position {
            Some(parent_position) => children[parent_position].push(position),
            None => roots.push(position),
        }
    }

    // The turtle visits every tree depth-first, like a recursive procedure would,
    // but keeps its own stack of frames. When it comes BACK from a span, all the
    // span's children are finished, so the span's best value can be computed.
    let mut best_total: Vec<u64> = vec![0; how_many];
    let mut best_child: Vec<Option<usize>> = vec![None; how_many];
    let mut frames: Vec<VisitFrame> = Vec::new();
    for &root in &roots {
        frames.push(VisitFrame { span_position: root, children_done: 0 });
        while let Some(frame) = frames.last_mut() {
            let here = frame.span_position;
            if frame.children_done < children[here].len() {
                // Go down into the next child.
                let child = children[here][frame.children_done];
                frame.children_done += 1;
                frames.push(VisitFrame { span_position: child, children_done: 0 });
            } else {
                // All children finished: choose the best one (first wins ties) and go back up.
                let mut chosen: Option<usize> = None;
                for &child in &children[here] {
                    let better = match chosen {
                        None => true,
                        Some(so_far) => best_total[child] > best_total[so_far],
                    };
                    if better {
                        chosen = Some(child);
                    }
                }
                best_child[here] = chosen;
                best_total[here] = spans[here].duration_us + chosen.map_or(0, |c| best_total[c]);
                frames.pop();
            }
        }
    }

    // Pick the best root (first wins ties) and follow the best children down.
    let mut best_root: Option<usize> = None;
    for &root in &roots {
        if best_root.map_or(true, |so_far| best_total[root] > best_total[so_far]) {
            best_root = Some(root);
        }
    }
    let start = best_root?;
    let mut path = Vec::new();
    let mut walker = Some(start);
    while let Some(here) = walker {
        path.push(spans[here].id);
        walker = best_child[here];
    }
    Some(CriticalPath { total_us: best_total[start], spans: path })
}
