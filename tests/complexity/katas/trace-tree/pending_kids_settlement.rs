// learner: optimal
// idiom: Solidity smart-contract developer: leaves-first settlement like an off-chain batch: count pending children per span, settle leaves, each settled span pushes its result up into its parent's running best (tie broken by input index), parent settles when its counter hits zero
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

/// @notice id => children ids in input order
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut out = HashMap::with_capacity(spans.len());
    for s in spans.iter() {
        out.entry(s.id).or_insert_with(Vec::new);
    }
    for s in spans.iter() {
        let parent = match s.parent {
            Some(p) => p,
            None => continue,
        };
        if let Some(v) = out.get_mut(&parent) {
            v.push(s.id);
        }
    }
    out
}

const NONE: usize = usize::MAX;

/// @notice critical path, computed leaves-first without recursion
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let mut slot: HashMap<u64, usize> = HashMap::with_capacity(n);
    for (i, s) in spans.iter().enumerate() {
        slot.insert(s.id, i);
    }
    let mut parentSlot: Vec<usize> = vec![NONE; n];
    let mut pendingKids: Vec<u32> = vec![0; n];
    for (i, s) in spans.iter().enumerate() {
        if let Some(&p) = s.parent.and_then(|pid| slot.get(&pid)) {
            parentSlot[i] = p;
            pendingKids[p] += 1;
        }
    }

    let mut bestKid: Vec<usize> = vec![NONE; n];
    let mut kidTotal: Vec<u64> = vec![0; n];
    let mut total: Vec<u64> = vec![0; n];
    let mut ready: Vec<usize> = (0..n).filter(|&i| pendingKids[i] == 0).collect();
    while let Some(i) = ready.pop() {
        total[i] = spans[i].duration_us + kidTotal[i];
        let p = parentSlot[i];
        if p == NONE {
            continue;
        }
        let cur = bestKid[p];
        if cur == NONE || total[i] > kidTotal[p] || (total[i] == kidTotal[p] && i < cur) {
            bestKid[p] = i;
            kidTotal[p] = total[i];
        }
        pendingKids[p] -= 1;
        if pendingKids[p] == 0 {
            ready.push(p);
        }
    }

    let mut winner = NONE;
    for i in 0..n {
        if parentSlot[i] == NONE && (winner == NONE || total[i] > total[winner]) {
            winner = i;
        }
    }
    let mut ids: Vec<u64> = Vec::new();
    let mut at = winner;
    while at != NONE {
        ids.push(spans[at].id);
        at = bestKid[at];
    }
    Some(CriticalPath { total_us: total[winner], spans: ids })
}
