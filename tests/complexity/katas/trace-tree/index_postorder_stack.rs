// learner: optimal
// idiom: Solidity smart-contract developer: everything by index (uint arrays instead of structs of pointers), an explicit post-order DFS with an (index, expanded) frame stack to avoid the call-depth limit, bestBelow/nextHop arrays filled like storage slots
//! The critical path of a distributed trace: see README.md.

#![allow(non_snake_case)]
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

/// @notice id => child ids, in input order
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

/// @notice heaviest root-to-leaf chain; ties go to the earliest in input
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let mut indexOf: HashMap<u64, usize> = HashMap::with_capacity(n);
    for i in 0..n {
        indexOf.insert(spans[i].id, i);
    }
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots: Vec<usize> = Vec::new();
    for i in 0..n {
        match spans[i].parent.and_then(|p| indexOf.get(&p)) {
            Some(&p) => kids[p].push(i),
            None => roots.push(i),
        }
    }

    let mut bestBelow: Vec<u64> = vec![0; n]; // own duration + best child path
    let mut nextHop: Vec<usize> = vec![usize::MAX; n];
    let mut stack: Vec<(usize, bool)> = Vec::new();
    for &r in &roots {
        stack.push((r, false));
        while let Some((i, expanded)) = stack.pop() {
            if !expanded {
                stack.push((i, true));
                for &c in &kids[i] {
                    stack.push((c, false));
                }
            } else {
                let mut best: u64 = 0;
                let mut hop = usize::MAX;
                for &c in &kids[i] {
                    if hop == usize::MAX || bestBelow[c] > best {
                        best = bestBelow[c];
                        hop = c;
                    }
                }
                bestBelow[i] = spans[i].duration_us + best;
                nextHop[i] = hop;
            }
        }
    }

    let mut start = roots[0];
    for &r in &roots {
        if bestBelow[r] > bestBelow[start] {
            start = r;
        }
    }
    let mut path: Vec<u64> = Vec::new();
    let mut cur = start;
    loop {
        path.push(spans[cur].id);
        if nextHop[cur] == usize::MAX {
            break;
        }
        cur = nextHop[cur];
    }
    Some(CriticalPath { total_us: bestBelow[start], spans: path })
}
