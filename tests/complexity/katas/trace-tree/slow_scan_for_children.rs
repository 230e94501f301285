// learner: slow
// why: children_map is O(n^2) time, target O(n): finds each span's children by filtering the whole slice
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
    spans
        .iter()
        .map(|s| {
            let kids = spans.iter().filter(|c| c.parent == Some(s.id)).map(|c| c.id).collect();
            (s.id, kids)
        })
        .collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let idx: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut kids: Vec<Vec<usize>> = vec![vec![]; spans.len()];
    let mut roots = vec![];
    for (i, s) in spans.iter().enumerate() {
        if let Some(&p) = s.parent.and_then(|p| idx.get(&p)) {
            kids[p].push(i);
        } else {
            roots.push(i);
        }
    }
    let mut order = vec![];
    let mut st = roots.clone();
    while let Some(v) = st.pop() {
        order.push(v);
        for &c in &kids[v] {
            st.push(c);
        }
    }
    let mut best = vec![0u64; spans.len()];
    for &v in order.iter().rev() {
        let mut m = 0;
        for &c in &kids[v] {
            if best[c] > m {
                m = best[c];
            }
        }
        best[v] = spans[v].duration_us + m;
    }
    let mut cur = *roots.iter().reduce(|a, b| if best[*b] > best[*a] { b } else { a })?;
    let total_us = best[cur];
    let mut path = vec![spans[cur].id];
    loop {
        let next = kids[cur].iter().copied().reduce(|a, b| if best[b] > best[a] { b } else { a });
        match next {
            Some(c) => {
                path.push(spans[c].id);
                cur = c;
            }
            None => break,
        }
    }
    Some(CriticalPath { total_us, spans: path })
}
