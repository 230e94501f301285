// learner: optimal
// idiom: SRE: everything keyed by u64 id in HashMaps (no positions), reuses children_map, in-degree-free Kahn-ish queue via VecDeque
use std::collections::{HashMap, VecDeque};

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
    let mut out: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, vec![])).collect();
    spans.iter().for_each(|s| {
        if let Some(v) = s.parent.and_then(|p| out.get_mut(&p)) {
            v.push(s.id);
        }
    });
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let kids = children_map(spans);
    let dur: HashMap<u64, u64> = spans.iter().map(|s| (s.id, s.duration_us)).collect();
    let is_root = |s: &Span| s.parent.map_or(true, |p| !kids.contains_key(&p));
    let roots: Vec<u64> = spans.iter().filter(|s| is_root(s)).map(|s| s.id).collect();

    let mut q: VecDeque<u64> = roots.iter().copied().collect();
    let mut order = Vec::with_capacity(spans.len());
    while let Some(id) = q.pop_front() {
        order.push(id);
        q.extend(kids[&id].iter().copied());
    }

    let mut best: HashMap<u64, u64> = HashMap::with_capacity(spans.len());
    for id in order.into_iter().rev() {
        let sub = kids[&id].iter().map(|c| best[c]).max().unwrap_or(0);
        best.insert(id, dur[&id] + sub);
    }

    let first_max = |ids: &[u64]| -> Option<u64> {
        let mut r: Option<u64> = None;
        for &i in ids {
            match r {
                Some(b) if best[&b] >= best[&i] => {}
                _ => r = Some(i),
            }
        }
        r
    };

    let mut cur = first_max(&roots)?;
    let total_us = best[&cur];
    let mut path = vec![cur];
    loop {
        match first_max(&kids[&cur]) {
            Some(n) => {
                path.push(n);
                cur = n;
            }
            None => break,
        }
    }
    Some(CriticalPath { total_us, spans: path })
}
