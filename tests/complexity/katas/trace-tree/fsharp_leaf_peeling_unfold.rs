// learner: optimal
// idiom: F#-style: children_map as a fold, bottom-up "peel the leaves" with pending-child counters (Kahn from the leaves), path read off with successors (unfold)
use std::collections::HashMap;

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
    let empty: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, vec![])).collect();
    spans.iter().fold(empty, |mut acc, s| {
        if let Some(kids) = s.parent.and_then(|p| acc.get_mut(&p)) {
            kids.push(s.id);
        }
        acc
    })
}

struct Tree {
    parent: Vec<Option<usize>>,
    kids: Vec<Vec<usize>>,
}

fn build(spans: &[Span]) -> Tree {
    let at: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let parent: Vec<Option<usize>> = spans
        .iter()
        .map(|s| s.parent.and_then(|p| at.get(&p).copied()))
        .collect();
    let kids = parent.iter().enumerate().fold(vec![Vec::new(); spans.len()], |mut acc, (i, p)| {
        if let Some(p) = p {
            acc[*p].push(i);
        }
        acc
    });
    Tree { parent, kids }
}

/// Best total from each node down, computed leaves-first without recursion.
fn best_below(spans: &[Span], t: &Tree) -> Vec<u64> {
    let mut waiting: Vec<usize> = t.kids.iter().map(Vec::len).collect();
    let mut deepest: Vec<u64> = vec![0; spans.len()];
    let mut best: Vec<u64> = vec![0; spans.len()];
    let mut ready: Vec<usize> = (0..spans.len()).filter(|&i| waiting[i] == 0).collect();
    while let Some(u) = ready.pop() {
        best[u] = spans[u].duration_us + deepest[u];
        if let Some(p) = t.parent[u] {
            deepest[p] = deepest[p].max(best[u]);
            waiting[p] -= 1;
            if waiting[p] == 0 {
                ready.push(p);
            }
        }
    }
    best
}

fn first_max(cands: impl Iterator<Item = usize>, best: &[u64]) -> Option<usize> {
    cands.fold(None, |acc: Option<usize>, c| match acc {
        Some(b) if best[b] >= best[c] => Some(b),
        _ => Some(c),
    })
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let tree = build(spans);
    let best = best_below(spans, &tree);
    let roots = (0..spans.len()).filter(|&i| tree.parent[i].is_none());
    let root = first_max(roots, &best)?;
    let path: Vec<u64> = std::iter::successors(Some(root), |&u| first_max(tree.kids[u].iter().copied(), &best))
        .map(|u| spans[u].id)
        .collect();
    Some(CriticalPath { total_us: best[root], spans: path })
}
