// learner: optimal
// idiom: C-style: CSR adjacency (counts, prefix offsets, fill), iterative post-order DFS with an explicit (node, next-child) stack, best child recorded per node
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
    let mut out = HashMap::with_capacity(spans.len());
    for s in spans {
        out.insert(s.id, Vec::new());
    }
    for s in spans {
        let Some(p) = s.parent else { continue };
        match out.get_mut(&p) {
            Some(v) => v.push(s.id),
            None => {}
        }
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let mut pos: HashMap<u64, usize> = HashMap::with_capacity(n);
    for (i, s) in spans.iter().enumerate() {
        pos.insert(s.id, i);
    }
    let mut par = vec![usize::MAX; n];
    let mut count = vec![0usize; n + 1];
    for i in 0..n {
        if let Some(pid) = spans[i].parent {
            if let Some(&p) = pos.get(&pid) {
                par[i] = p;
                count[p + 1] += 1;
            }
        }
    }
    for i in 0..n {
        count[i + 1] += count[i];
    }
    let offs = count.clone();
    let mut fill = count;
    let mut adj = vec![0usize; n];
    for i in 0..n {
        let p = par[i];
        if p != usize::MAX {
            adj[fill[p]] = i;
            fill[p] += 1;
        }
    }
    drop(fill);

    let mut best = vec![0u64; n];
    let mut via = vec![usize::MAX; n];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    let mut top_root = usize::MAX;
    for r in 0..n {
        if par[r] != usize::MAX {
            continue;
        }
        stack.push((r, offs[r]));
        while let Some(&mut (u, ref mut k)) = stack.last_mut() {
            if *k < offs[u + 1] {
                let c = adj[*k];
                *k += 1;
                stack.push((c, offs[c]));
                continue;
            }
            // all children done
            let mut m = 0u64;
            let mut pick = usize::MAX;
            for j in offs[u]..offs[u + 1] {
                let c = adj[j];
                if pick == usize::MAX || best[c] > m {
                    m = best[c];
                    pick = c;
                }
            }
            best[u] = spans[u].duration_us + m;
            via[u] = pick;
            stack.pop();
        }
        if top_root == usize::MAX || best[r] > best[top_root] {
            top_root = r;
        }
    }

    let mut ids = Vec::new();
    let mut u = top_root;
    while u != usize::MAX {
        ids.push(spans[u].id);
        u = via[u];
    }
    Some(CriticalPath { total_us: best[top_root], spans: ids })
}
