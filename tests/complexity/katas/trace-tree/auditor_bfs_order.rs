// learner: optimal
// idiom: defensive auditor: id->index HashMap, Vec<Vec<usize>> adjacency, BFS order list read from the front, reverse pass with checked sums, explicit tie rules
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
/// Index of every span by id.
fn index_by_id(spans: &[Span]) -> HashMap<u64, usize> {
    let mut index = HashMap::with_capacity(spans.len());
    for (i, s) in spans.iter().enumerate() {
        index.insert(s.id, i);
    }
    index
}

/// Children (as input positions, in input order) and roots (in input order).
fn build_tree(spans: &[Span], index: &HashMap<u64, usize>) -> (Vec<Vec<usize>>, Vec<usize>) {
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    let mut roots: Vec<usize> = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        let parent_pos = s.parent.and_then(|p| index.get(&p).copied());
        match parent_pos {
            Some(p) => match kids.get_mut(p) {
                Some(list) => list.push(i),
                None => roots.push(i),
            },
            None => roots.push(i),
        }
    }
    (kids, roots)
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for s in spans {
        map.insert(s.id, Vec::new());
    }
    for s in spans {
        let Some(p) = s.parent else { continue };
        if let Some(list) = map.get_mut(&p) {
            list.push(s.id);
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let index = index_by_id(spans);
    let (kids, roots) = build_tree(spans, &index);

    // Breadth-first order: every parent before its children.
    let mut order: Vec<usize> = Vec::with_capacity(spans.len());
    order.extend(roots.iter().copied());
    let mut read = 0usize;
    while let Some(&u) = order.get(read) {
        if let Some(list) = kids.get(u) {
            order.extend(list.iter().copied());
        }
        read = read.checked_add(1)?;
    }

    // best[u] = duration(u) + max over children; children are finished before parents.
    let mut best: Vec<u64> = vec![0; spans.len()];
    for &u in order.iter().rev() {
        let below = kids.get(u)?.iter().map(|&c| best[c]).max().unwrap_or(0);
        best[u] = spans.get(u)?.duration_us.checked_add(below)?;
    }

    // First root with the largest value (strictly greater keeps the earlier one).
    let mut current = *roots.first()?;
    for &r in &roots {
        if best[r] > best[current] {
            current = r;
        }
    }
    let total_us = best[current];
    let mut path = vec![spans[current].id];
    loop {
        let list = kids.get(current)?;
        let mut pick: Option<usize> = None;
        for &c in list {
            match pick {
                Some(p) if best[c] <= best[p] => {}
                _ => pick = Some(c),
            }
        }
        match pick {
            Some(c) => {
                path.push(spans[c].id);
                current = c;
            }
            None => break,
        }
    }
    Some(CriticalPath { total_us, spans: path })
}
