// learner: optimal
// idiom: Kotlin-ish: HashMap id->index, Vec<Vec<usize>> children, BFS order list walked backwards, when-style matches on parent lookup
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
    for span in spans {
        map.insert(span.id, Vec::new());
    }
    for span in spans {
        if let Some(pid) = span.parent {
            match map.get_mut(&pid) {
                Some(kids) => kids.push(span.id),
                None => {}
            }
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let index: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    let mut roots = Vec::new();
    for (i, span) in spans.iter().enumerate() {
        match span.parent.and_then(|p| index.get(&p)) {
            Some(&p) => kids[p].push(i),
            None => roots.push(i),
        }
    }
    let mut order = roots.clone();
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        order.extend_from_slice(&kids[u]);
    }
    let mut best = vec![0u64; spans.len()];
    for &u in order.iter().rev() {
        let below = kids[u].iter().map(|&c| best[c]).max().unwrap_or(0);
        best[u] = spans[u].duration_us + below;
    }
    let pick_first_max = |cands: &[usize]| -> Option<usize> {
        let mut chosen: Option<usize> = None;
        for &c in cands {
            match chosen {
                Some(b) if best[b] >= best[c] => {}
                _ => chosen = Some(c),
            }
        }
        chosen
    };
    let mut at = pick_first_max(&roots)?;
    let total_us = best[at];
    let mut path = vec![spans[at].id];
    while let Some(next) = pick_first_max(&kids[at]) {
        path.push(spans[next].id);
        at = next;
    }
    Some(CriticalPath { total_us, spans: path })
}
