// learner: slow
// why: slowest_path is O(n * depth) = O(n^2) time on deep traces, target O(n): for every leaf it walks parent links up to the root to add the durations
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
    let mut map: HashMap<u64, Vec<u64>> = HashMap::new();
    for s in spans {
        map.insert(s.id, vec![]);
    }
    for s in spans {
        if let Some(p) = s.parent {
            map.entry(p).and_modify(|v| v.push(s.id));
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let by_id: HashMap<u64, &Span> = spans.iter().map(|s| (s.id, s)).collect();
    let kids = children_map(spans);
    let mut best: Option<CriticalPath> = None;
    for leaf in spans.iter().filter(|s| kids[&s.id].is_empty()) {
        // climb to the root, collecting the chain
        let mut chain = vec![leaf.id];
        let mut total = leaf.duration_us;
        let mut cur = leaf;
        while let Some(parent) = cur.parent.and_then(|p| by_id.get(&p)) {
            chain.push(parent.id);
            total += parent.duration_us;
            cur = parent;
        }
        chain.reverse();
        let better = match &best {
            None => true,
            Some(b) => total > b.total_us || (total == b.total_us && earlier(&chain, &b.spans, spans, &kids)),
        };
        if better {
            best = Some(CriticalPath { total_us: total, spans: chain });
        }
    }
    best
}

/// Tie-break: compare the two paths at the first place they differ, by input order among siblings
/// (or among roots).
fn earlier(a: &[u64], b: &[u64], spans: &[Span], _kids: &HashMap<u64, Vec<u64>>) -> bool {
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return pos[x] < pos[y];
        }
    }
    false
}
