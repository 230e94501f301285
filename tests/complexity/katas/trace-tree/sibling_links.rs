// learner: optimal
// idiom: C-style: first-child/next-sibling index arrays with a NIL sentinel, BFS order built by a read cursor, bottom-up pass, while loops
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

const NIL: usize = usize::MAX;

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    let mut i = 0;
    while i < spans.len() {
        map.insert(spans[i].id, Vec::new());
        i += 1;
    }
    i = 0;
    while i < spans.len() {
        if let Some(p) = spans[i].parent {
            if let Some(list) = map.get_mut(&p) {
                list.push(spans[i].id);
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
    let mut index: HashMap<u64, usize> = HashMap::with_capacity(n);
    for i in 0..n {
        index.insert(spans[i].id, i);
    }
    let mut first_child = vec![NIL; n];
    let mut last_child = vec![NIL; n];
    let mut next_sib = vec![NIL; n];
    let mut order: Vec<usize> = Vec::with_capacity(n);
    for i in 0..n {
        let p = match spans[i].parent {
            Some(pid) => match index.get(&pid) {
                Some(&p) => p,
                None => NIL,
            },
            None => NIL,
        };
        if p == NIL {
            order.push(i); // a root, in input order
            continue;
        }
        if first_child[p] == NIL {
            first_child[p] = i;
        } else {
            next_sib[last_child[p]] = i;
        }
        last_child[p] = i;
    }
    let root_count = order.len();
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        let mut c = first_child[u];
        while c != NIL {
            order.push(c);
            c = next_sib[c];
        }
    }
    let mut best = vec![0u64; n];
    let mut k = order.len();
    while k > 0 {
        k -= 1;
        let u = order[k];
        let mut below = 0u64;
        let mut c = first_child[u];
        while c != NIL {
            if best[c] > below {
                below = best[c];
            }
            c = next_sib[c];
        }
        best[u] = spans[u].duration_us + below;
    }
    let mut start = order[0];
    for r in 1..root_count {
        if best[order[r]] > best[start] {
            start = order[r];
        }
    }
    let total = best[start];
    let mut path = Vec::new();
    let mut u = start;
    loop {
        path.push(spans[u].id);
        let mut pick = NIL;
        let mut c = first_child[u];
        while c != NIL {
            if pick == NIL || best[c] > best[pick] {
                pick = c;
            }
            c = next_sib[c];
        }
        if pick == NIL {
            break;
        }
        u = pick;
    }
    Some(CriticalPath { total_us: total, spans: path })
}
