// learner: optimal
// idiom: Go-style: index map id -> position, Vec<Vec<usize>> children, helper funcs with many params, preorder by explicit stack then a reverse pass for best sums
//! Critical path of a distributed trace.
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

fn index_ids(spans: &[Span]) -> HashMap<u64, usize> {
    let mut pos = HashMap::with_capacity(spans.len());
    for i in 0..spans.len() {
        pos.insert(spans[i].id, i);
    }
    pos
}

fn parent_index(spans: &[Span], pos: &HashMap<u64, usize>, i: usize) -> Option<usize> {
    let p = spans[i].parent?;
    pos.get(&p).copied()
}

fn pick_best(cands: &[usize], best: &[u64]) -> Option<usize> {
    let mut chosen: Option<usize> = None;
    for &c in cands {
        match chosen {
            Some(b) if best[b] >= best[c] => {}
            _ => chosen = Some(c),
        }
    }
    chosen
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut out: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for s in spans {
        out.insert(s.id, Vec::new());
    }
    for s in spans {
        let p = match s.parent {
            Some(p) => p,
            None => continue,
        };
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
    let n = spans.len();
    let pos = index_ids(spans);
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots: Vec<usize> = Vec::new();
    for i in 0..n {
        match parent_index(spans, &pos, i) {
            Some(p) => kids[p].push(i),
            None => roots.push(i),
        }
    }
    let mut order: Vec<usize> = Vec::with_capacity(n);
    let mut stack: Vec<usize> = roots.clone();
    while let Some(v) = stack.pop() {
        order.push(v);
        for &c in &kids[v] {
            stack.push(c);
        }
    }
    let mut best = vec![0u64; n];
    for &v in order.iter().rev() {
        let mut top = 0u64;
        for &c in &kids[v] {
            if best[c] > top {
                top = best[c];
            }
        }
        best[v] = spans[v].duration_us + top;
    }
    let mut at = pick_best(&roots, &best)?;
    let total = best[at];
    let mut path = vec![spans[at].id];
    loop {
        match pick_best(&kids[at], &best) {
            Some(c) => {
                at = c;
                path.push(spans[at].id);
            }
            None => break,
        }
    }
    Some(CriticalPath { total_us: total, spans: path })
}
