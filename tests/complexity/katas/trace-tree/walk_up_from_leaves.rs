// learner: slow
// why: slowest_path is O(n*d) = O(n^2) time on deep traces, target O(n): sums every leaf's path by walking parent links up to the root
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub id: u64,
    pub parent: Option<u64>,
    pub duration_us: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    pub total_us: u64,
    pub spans: Vec<u64>,
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut m: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, vec![])).collect();
    for s in spans {
        if let Some(v) = s.parent.and_then(|p| m.get_mut(&p)) {
            v.push(s.id);
        }
    }
    m
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let has_kids: HashSet<usize> = spans.iter().filter_map(|s| s.parent.and_then(|p| pos.get(&p).copied())).collect();
    let mut best: Option<(u64, Vec<usize>)> = None;
    for leaf in (0..spans.len()).filter(|i| !has_kids.contains(i)) {
        // climb to the root, collecting input positions
        let mut chain = vec![leaf];
        let mut total = spans[leaf].duration_us;
        let mut cur = leaf;
        while let Some(&p) = spans[cur].parent.and_then(|id| pos.get(&id)) {
            chain.push(p);
            total += spans[p].duration_us;
            cur = p;
        }
        chain.reverse();
        // ties: the path whose positions come first, level by level
        let wins = match &best {
            None => true,
            Some((t, c)) => total > *t || (total == *t && chain < *c),
        };
        if wins {
            best = Some((total, chain));
        }
    }
    best.map(|(total_us, chain)| CriticalPath { total_us, spans: chain.into_iter().map(|i| spans[i].id).collect() })
}
