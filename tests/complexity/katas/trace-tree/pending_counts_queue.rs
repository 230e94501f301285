// learner: optimal
// idiom: Kahn-style: count pending children, VecDeque of finished leaves feeds parents upward; tie-break by input position
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
    let mut out: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for s in spans {
        out.entry(s.id).or_default();
    }
    for s in spans {
        let Some(p) = s.parent else { continue };
        if let Some(list) = out.get_mut(&p) {
            list.push(s.id);
        }
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let index: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let up: Vec<Option<usize>> = spans
        .iter()
        .map(|s| s.parent.and_then(|p| index.get(&p).copied()))
        .collect();
    let mut pending = vec![0usize; spans.len()];
    for p in up.iter().flatten() {
        pending[*p] += 1;
    }
    let mut best: Vec<u64> = spans.iter().map(|s| s.duration_us).collect();
    let mut best_child: Vec<Option<usize>> = vec![None; spans.len()];
    let mut child_best = vec![0u64; spans.len()];
    let mut ready: VecDeque<usize> = (0..spans.len()).filter(|&i| pending[i] == 0).collect();
    while let Some(u) = ready.pop_front() {
        if let Some(c) = best_child[u] {
            let _ = c;
            best[u] += child_best[u];
        }
        if let Some(p) = up[u] {
            let better = match best_child[p] {
                None => true,
                Some(cur) => best[u] > child_best[p] || (best[u] == child_best[p] && u < cur),
            };
            if better {
                best_child[p] = Some(u);
                child_best[p] = best[u];
            }
            pending[p] -= 1;
            if pending[p] == 0 {
                ready.push_back(p);
            }
        }
    }
    let root = (0..spans.len())
        .filter(|&i| up[i].is_none())
        .fold(None, |acc: Option<usize>, i| match acc {
            Some(b) if best[b] >= best[i] => Some(b),
            _ => Some(i),
        })?;
    let mut ids = vec![spans[root].id];
    let mut cur = root;
    while let Some(c) = best_child[cur] {
        ids.push(spans[c].id);
        cur = c;
    }
    Some(CriticalPath { total_us: best[root], spans: ids })
}
