// learner: optimal
// idiom: iterative post-order DFS with an explicit stack of (node, next child index) — nested while/if loops, each node pushed and popped once: O(n); children_map built with the entry API
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
    let mut map: HashMap<u64, Vec<u64>> = HashMap::new();
    for s in spans {
        map.entry(s.id).or_default();
    }
    for s in spans {
        match s.parent {
            Some(p) if map.contains_key(&p) => map.entry(p).or_default().push(s.id),
            _ => {}
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    let at: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        if let Some(&p) = s.parent.and_then(|p| at.get(&p)) {
            kids[p].push(i);
        } else {
            roots.push(i);
        }
    }
    let mut best = vec![0u64; n];
    let mut pick: Vec<Option<usize>> = vec![None; n];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for &r in &roots {
        stack.push((r, 0));
        while let Some(top) = stack.last_mut() {
            let (u, k) = *top;
            if k < kids[u].len() {
                top.1 += 1;
                stack.push((kids[u][k], 0));
                continue;
            }
            stack.pop();
            let mut chosen: Option<usize> = None;
            for &c in &kids[u] {
                if chosen.is_none() || best[c] > best[chosen.unwrap()] {
                    chosen = Some(c);
                }
            }
            pick[u] = chosen;
            best[u] = spans[u].duration_us + chosen.map_or(0, |c| best[c]);
        }
    }
    let mut u = *roots.first()?;
    for &r in &roots {
        if best[r] > best[u] {
            u = r;
        }
    }
    let mut path = CriticalPath { total_us: best[u], spans: vec![spans[u].id] };
    while let Some(c) = pick[u] {
        path.spans.push(spans[c].id);
        u = c;
    }
    Some(path)
}
