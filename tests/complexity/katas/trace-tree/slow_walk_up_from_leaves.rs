// learner: slow
// why: slowest_path is O(n * depth) = O(n^2) time, target O(n): sums every leaf path by walking parent links up to its root
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

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map = HashMap::new();
    for s in spans {
        map.insert(s.id, Vec::new());
    }
    for s in spans {
        if let Some(kids) = s.parent.and_then(|p| map.get_mut(&p)) {
            kids.push(s.id);
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let by_id: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let parent_of = |i: usize| spans[i].parent.and_then(|p| by_id.get(&p).copied());
    let mut has_child = vec![false; spans.len()];
    for i in 0..spans.len() {
        if let Some(p) = parent_of(i) {
            has_child[p] = true;
        }
    }

    // (total, input positions from the root down) of the best leaf so far
    let mut best: Option<(u64, Vec<usize>)> = None;
    for leaf in 0..spans.len() {
        if has_child[leaf] {
            continue;
        }
        let mut chain = vec![leaf];
        let mut total = spans[leaf].duration_us;
        let mut cur = leaf;
        while let Some(p) = parent_of(cur) {
            total += spans[p].duration_us;
            chain.push(p);
            cur = p;
        }
        chain.reverse();
        let better = match &best {
            None => true,
            Some((t, path)) => total > *t || (total == *t && chain < *path),
        };
        if better {
            best = Some((total, chain));
        }
    }
    best.map(|(total_us, chain)| CriticalPath {
        total_us,
        spans: chain.into_iter().map(|i| spans[i].id).collect(),
    })
}
