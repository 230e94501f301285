// learner: optimal
// idiom: Raku-flavoured hash of arrays: children_map reused as the tree, explicit-stack post-order over ids, memo HashMap of (total, best child)
//! The critical path of a distributed trace: see README.md.

use std::collections::HashMap;

/// One span of a trace, as a collector receives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub id: u64,
    pub parent: Option<u64>,
    pub duration_us: u64,
}

/// The slowest root-to-leaf chain of spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    pub total_us: u64,
    pub spans: Vec<u64>,
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut kids: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, vec![])).collect();
    spans
        .iter()
        .filter_map(|s| s.parent.map(|p| (p, s.id)))
        .for_each(|(p, c)| {
            if let Some(list) = kids.get_mut(&p) {
                list.push(c);
            }
        });
    kids
}

enum Visit {
    Enter(u64),
    Leave(u64),
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let kids = children_map(spans);
    let dur: HashMap<u64, u64> = spans.iter().map(|s| (s.id, s.duration_us)).collect();
    let roots: Vec<u64> = spans
        .iter()
        .filter(|s| s.parent.map_or(true, |p| !dur.contains_key(&p)))
        .map(|s| s.id)
        .collect();

    // memo: id -> (total below and including id, best child)
    let mut memo: HashMap<u64, (u64, Option<u64>)> = HashMap::with_capacity(spans.len());
    let mut stack: Vec<Visit> = roots.iter().rev().map(|&r| Visit::Enter(r)).collect();
    while let Some(step) = stack.pop() {
        match step {
            Visit::Enter(id) => {
                stack.push(Visit::Leave(id));
                stack.extend(kids[&id].iter().map(|&c| Visit::Enter(c)));
            }
            Visit::Leave(id) => {
                let pick = kids[&id].iter().fold(None::<(u64, u64)>, |acc, &c| {
                    let t = memo[&c].0;
                    match acc {
                        Some((_, bt)) if bt >= t => acc,
                        _ => Some((c, t)),
                    }
                });
                let below = pick.map_or(0, |(_, t)| t);
                memo.insert(id, (dur[&id] + below, pick.map(|(c, _)| c)));
            }
        }
    }

    let root = roots.iter().copied().fold(None::<u64>, |best, r| match best {
        Some(b) if memo[&b].0 >= memo[&r].0 => Some(b),
        _ => Some(r),
    })?;
    let total_us = memo[&root].0;
    let spans_on_path: Vec<u64> =
        std::iter::successors(Some(root), |id| memo[id].1).collect();
    Some(CriticalPath { total_us, spans: spans_on_path })
}
