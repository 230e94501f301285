// learner: optimal
// idiom: Objective-C macOS veteran: index lookup dictionary, per-span child index arrays, an iterative breadth-first ordering from the roots, then a reverse sweep computing each subtree best and a walk down the remembered best children
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

/// Maps every span id to the ids of its children, in input order.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut childrenById: HashMap<u64, Vec<u64>> = spans.iter().map(|span| (span.id, Vec::new())).collect();
    for span in spans {
        if let Some(parentId) = span.parent {
            if let Some(siblings) = childrenById.get_mut(&parentId) {
                siblings.push(span.id);
            }
        }
    }
    childrenById
}

#[allow(non_snake_case)]
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let indexForId: HashMap<u64, usize> = spans.iter().enumerate().map(|(index, span)| (span.id, index)).collect();
    let parentIndexOf = |span: &Span| span.parent.and_then(|parentId| indexForId.get(&parentId).copied());

    let mut childIndices: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    let mut rootIndices = Vec::new();
    for (index, span) in spans.iter().enumerate() {
        match parentIndexOf(span) {
            Some(parentIndex) => childIndices[parentIndex].push(index),
            None => rootIndices.push(index),
        }
    }

    // Breadth-first order: every parent comes before its children.
    let mut visitOrder = rootIndices.clone();
    let mut cursor = 0;
    while cursor < visitOrder.len() {
        let current = visitOrder[cursor];
        visitOrder.extend_from_slice(&childIndices[current]);
        cursor += 1;
    }

    // Children before parents: the slowest total below each span, and which child gives it.
    let mut slowestTotal = vec![0u64; spans.len()];
    let mut bestChild: Vec<Option<usize>> = vec![None; spans.len()];
    for &index in visitOrder.iter().rev() {
        let mut bestBelow = 0;
        for &child in &childIndices[index] {
            if bestChild[index].is_none() || slowestTotal[child] > bestBelow {
                bestBelow = slowestTotal[child];
                bestChild[index] = Some(child);
            }
        }
        slowestTotal[index] = spans[index].duration_us + bestBelow;
    }

    let mut bestRoot = rootIndices[0];
    for &root in &rootIndices[1..] {
        if slowestTotal[root] > slowestTotal[bestRoot] {
            bestRoot = root;
        }
    }

    let mut pathIds = vec![spans[bestRoot].id];
    let mut current = bestRoot;
    while let Some(next) = bestChild[current] {
        pathIds.push(spans[next].id);
        current = next;
    }
    Some(CriticalPath { total_us: slowestTotal[bestRoot], spans: pathIds })
}
