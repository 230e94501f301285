// learner: slow
// why: slowest_path is O(n * depth) = O(n^2) time on deep traces, target O(n): recomputes every span's best sum in repeated passes over the input until nothing changes (a Bellman-Ford-style fixpoint)
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
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for s in spans {
        if let Some(list) = s.parent.and_then(|p| map.get_mut(&p)) {
            list.push(s.id);
        }
    }
    map
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let kids = children_map(spans);
    let index: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut best: Vec<u64> = spans.iter().map(|s| s.duration_us).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for (i, s) in spans.iter().enumerate() {
            let below = kids[&s.id].iter().map(|c| best[index[c]]).max().unwrap_or(0);
            let total = s.duration_us + below;
            if total != best[i] {
                best[i] = total;
                changed = true;
            }
        }
    }
    let mut root: Option<usize> = None;
    for (i, s) in spans.iter().enumerate() {
        let is_root = s.parent.map_or(true, |p| !index.contains_key(&p));
        if is_root && root.map_or(true, |r| best[i] > best[r]) {
            root = Some(i);
        }
    }
    let mut at = root?;
    let mut path = vec![spans[at].id];
    loop {
        let list = &kids[&spans[at].id];
        let mut pick: Option<usize> = None;
        for c in list {
            let j = index[c];
            if pick.map_or(true, |p| best[j] > best[p]) {
                pick = Some(j);
            }
        }
        match pick {
            Some(j) => {
                path.push(spans[j].id);
                at = j;
            }
            None => break,
        }
    }
    Some(CriticalPath { total_us: best[root?], spans: path })
}
