// learner: optimal
// idiom: Zig-style CSR adjacency: parent index array with usize::MAX sentinel, counts -> offsets -> flat child array, explicit-stack post-order, all index loops
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

const NONE: usize = usize::MAX;

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    let mut i = 0;
    while i < spans.len() {
        map.insert(spans[i].id, Vec::new());
        i += 1;
    }
    i = 0;
    while i < spans.len() {
        let s = &spans[i];
        if let Some(p) = s.parent {
            match map.get_mut(&p) {
                Some(list) => list.push(s.id),
                None => {}
            }
        }
        i += 1;
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let mut slot_of: HashMap<u64, usize> = HashMap::with_capacity(n);
    for i in 0..n {
        slot_of.insert(spans[i].id, i);
    }

    // parent index (or NONE), child counts
    let mut parent = vec![NONE; n];
    let mut count = vec![0usize; n + 1];
    for i in 0..n {
        if let Some(pid) = spans[i].parent {
            if let Some(&p) = slot_of.get(&pid) {
                parent[i] = p;
                count[p] += 1;
            }
        }
    }
    // offsets: children of p live in flat[start[p]..start[p + 1]], in input order
    let mut start = vec![0usize; n + 1];
    for p in 0..n {
        start[p + 1] = start[p] + count[p];
    }
    let mut fill = start.clone();
    let mut flat = vec![0usize; start[n]];
    for i in 0..n {
        let p = parent[i];
        if p != NONE {
            flat[fill[p]] = i;
            fill[p] += 1;
        }
    }

    // post-order with an explicit stack: (node, next child cursor)
    let mut best = vec![0u64; n];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for r in 0..n {
        if parent[r] != NONE {
            continue;
        }
        stack.push((r, start[r]));
        while let Some(top) = stack.last_mut() {
            let (u, cursor) = *top;
            if cursor < start[u + 1] {
                top.1 += 1;
                let c = flat[cursor];
                stack.push((c, start[c]));
            } else {
                let mut m = 0u64;
                let mut k = start[u];
                while k < start[u + 1] {
                    if best[flat[k]] > m {
                        m = best[flat[k]];
                    }
                    k += 1;
                }
                best[u] = spans[u].duration_us + m;
                stack.pop();
            }
        }
    }

    // first root with the largest total
    let mut root = NONE;
    for r in 0..n {
        if parent[r] == NONE && (root == NONE || best[r] > best[root]) {
            root = r;
        }
    }
    let total = best[root];
    let mut path: Vec<u64> = Vec::new();
    let mut u = root;
    while u != NONE {
        path.push(spans[u].id);
        let mut next = NONE;
        let mut k = start[u];
        while k < start[u + 1] {
            let c = flat[k];
            if next == NONE || best[c] > best[next] {
                next = c;
            }
            k += 1;
        }
        u = next;
    }
    Some(CriticalPath { total_us: total, spans: path })
}
