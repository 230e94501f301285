// learner: optimal
// idiom: ids mapped to input indices, Vec<Vec<usize>> child lists, explicit-stack preorder then a reversed pass for best sums
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
    let mut map: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for s in spans {
        map.insert(s.id, Vec::new());
    }
    for s in spans {
        if let Some(p) = s.parent {
            if let Some(kids) = map.get_mut(&p) {
                kids.push(s.id);
            }
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let n = spans.len();
    let index: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        match s.parent.and_then(|p| index.get(&p)) {
            Some(&p) => kids[p].push(i),
            None => roots.push(i),
        }
    }
    // preorder with an explicit stack; parents come before their children
    let mut order = Vec::with_capacity(n);
    let mut stack = roots.clone();
    while let Some(v) = stack.pop() {
        order.push(v);
        stack.extend_from_slice(&kids[v]);
    }
    let mut best = vec![0u64; n];
    for &v in order.iter().rev() {
        let below = kids[v].iter().map(|&c| best[c]).max().unwrap_or(0);
        best[v] = spans[v].duration_us + below;
    }
    let pick = |cands: &[usize]| -> Option<usize> {
        let mut chosen: Option<usize> = None;
        for &c in cands {
            if chosen.map_or(true, |b| best[c] > best[b]) {
                chosen = Some(c);
            }
        }
        chosen
    };
    let mut cur = pick(&roots)?;
    let total_us = best[cur];
    let mut path = vec![spans[cur].id];
    while let Some(next) = pick(&kids[cur]) {
        path.push(spans[next].id);
        cur = next;
    }
    Some(CriticalPath { total_us, spans: path })
}
