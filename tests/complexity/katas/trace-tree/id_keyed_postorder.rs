// learner: optimal
// idiom: everything keyed by span id (no indices), reuses children_map, post-order with an explicit (id, expanded) stack and match
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
    for span in spans {
        map.entry(span.id).or_insert_with(Vec::new);
    }
    for span in spans {
        match span.parent {
            Some(parent) if map.contains_key(&parent) => map.get_mut(&parent).unwrap().push(span.id),
            _ => {}
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let children = children_map(spans);
    let duration: HashMap<u64, u64> = spans.iter().map(|s| (s.id, s.duration_us)).collect();
    let roots: Vec<u64> = spans
        .iter()
        .filter(|s| match s.parent {
            None => true,
            Some(p) => !duration.contains_key(&p),
        })
        .map(|s| s.id)
        .collect();

    let mut best: HashMap<u64, u64> = HashMap::with_capacity(spans.len());
    let mut next_hop: HashMap<u64, u64> = HashMap::new();
    let mut stack: Vec<(u64, bool)> = roots.iter().map(|&r| (r, false)).collect();
    while let Some((id, expanded)) = stack.pop() {
        if !expanded {
            stack.push((id, true));
            for &c in &children[&id] {
                stack.push((c, false));
            }
            continue;
        }
        let mut top: Option<(u64, u64)> = None; // (sum, child id)
        for &c in &children[&id] {
            let s = best[&c];
            top = match top {
                Some((t, _)) if t >= s => top,
                _ => Some((s, c)),
            };
        }
        let below = match top {
            Some((s, c)) => {
                next_hop.insert(id, c);
                s
            }
            None => 0,
        };
        best.insert(id, duration[&id] + below);
    }

    let mut start: Option<u64> = None;
    for &r in &roots {
        start = match start {
            Some(s) if best[&s] >= best[&r] => Some(s),
            _ => Some(r),
        };
    }
    let start = start?;
    let mut spans_on_path = vec![start];
    let mut cur = start;
    while let Some(&c) = next_hop.get(&cur) {
        spans_on_path.push(c);
        cur = c;
    }
    Some(CriticalPath { total_us: best[&start], spans: spans_on_path })
}
