// learner: slow
// why: children_map and slowest_path are O(n log n) time, target O(n): sort-then-group habit; the (parent, input position) rows are sorted to group the children
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

use std::collections::BTreeMap;

/// (parent row, child row) edges, sorted by parent then input position: a group-by on the parent.
fn edges_sorted(spans: &[Span], pos: &HashMap<u64, usize>) -> Vec<(usize, usize)> {
    let mut edges: Vec<(usize, usize)> = spans
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.parent.and_then(|p| pos.get(&p)).map(|&p| (p, i)))
        .collect();
    edges.sort();
    edges
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut out: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for (p, c) in edges_sorted(spans, &pos) {
        out.get_mut(&spans[p].id).unwrap().push(spans[c].id);
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let edges = edges_sorted(spans, &pos);
    // first edge of every parent's group
    let mut group_start: BTreeMap<usize, usize> = BTreeMap::new();
    for (k, &(p, _)) in edges.iter().enumerate() {
        group_start.entry(p).or_insert(k);
    }
    let kids = |u: usize| -> &[(usize, usize)] {
        match group_start.get(&u) {
            Some(&start) => {
                let len = edges[start..].iter().take_while(|&&(p, _)| p == u).count();
                &edges[start..start + len]
            }
            None => &[],
        }
    };
    let roots: Vec<usize> = (0..spans.len())
        .filter(|&i| spans[i].parent.and_then(|p| pos.get(&p)).is_none())
        .collect();

    let mut order = roots.clone();
    let mut i = 0;
    while i < order.len() {
        let u = order[i];
        order.extend(kids(u).iter().map(|&(_, c)| c));
        i += 1;
    }
    let mut total = vec![0u64; spans.len()];
    let mut next: Vec<Option<usize>> = vec![None; spans.len()];
    for &u in order.iter().rev() {
        let mut best: Option<usize> = None;
        for &(_, c) in kids(u) {
            if best.map_or(true, |b| total[c] > total[b]) {
                best = Some(c);
            }
        }
        total[u] = spans[u].duration_us + best.map_or(0, |b| total[b]);
        next[u] = best;
    }
    let mut root = roots[0];
    for &r in &roots {
        if total[r] > total[root] {
            root = r;
        }
    }
    let mut ids = vec![];
    let mut cur = Some(root);
    while let Some(u) = cur {
        ids.push(spans[u].id);
        cur = next[u];
    }
    Some(CriticalPath { total_us: total[root], spans: ids })
}
