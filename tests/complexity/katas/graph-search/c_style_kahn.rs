// learner: optimal
// idiom: C-style: array queue with head/tail counters, usize::MAX sentinels, Kahn's in-degree counting, cycle walk over leftovers
//! Graph search, breadth first and depth first.

const NONE: usize = usize::MAX;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut prev = vec![NONE; n];
    let mut q = vec![0usize; n];
    let mut head: usize = 0;
    let mut tail: usize = 0;
    prev[start] = start;
    q[tail] = start;
    tail += 1;
    while head < tail {
        let u = q[head];
        head += 1;
        if u == goal {
            break;
        }
        let nb = &adj[u];
        let mut j = 0;
        while j < nb.len() {
            let v = nb[j];
            if prev[v] == NONE {
                prev[v] = u;
                q[tail] = v;
                tail += 1;
            }
            j += 1;
        }
    }
    if prev[goal] == NONE {
        return None;
    }
    let mut path = Vec::new();
    let mut c = goal;
    loop {
        path.push(c);
        if c == start {
            break;
        }
        c = prev[c];
    }
    let len = path.len();
    let mut i = 0;
    while i < len / 2 {
        path.swap(i, len - 1 - i);
        i += 1;
    }
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0u32; n];
    for u in 0..n {
        for k in 0..adj[u].len() {
            indeg[adj[u][k]] += 1;
        }
    }
    let mut out = vec![0usize; n];
    let mut head = 0usize;
    let mut tail = 0usize;
    for u in 0..n {
        if indeg[u] == 0 {
            out[tail] = u;
            tail += 1;
        }
    }
    while head < tail {
        let u = out[head];
        head += 1;
        for k in 0..adj[u].len() {
            let v = adj[u][k];
            indeg[v] -= 1;
            if indeg[v] == 0 {
                out[tail] = v;
                tail += 1;
            }
        }
    }
    if tail == n {
        return Ok(out);
    }
    // Every leftover node still has an incoming edge from another leftover node: remember one
    // such predecessor per node and walk predecessors until a node repeats.
    let mut pred = vec![NONE; n];
    for u in 0..n {
        if indeg[u] == 0 {
            continue;
        }
        for k in 0..adj[u].len() {
            let v = adj[u][k];
            if indeg[v] != 0 && pred[v] == NONE {
                pred[v] = u;
            }
        }
    }
    let mut start = NONE;
    for u in 0..n {
        if indeg[u] != 0 {
            start = u;
            break;
        }
    }
    // Follow predecessors until a node repeats; the repeat closes a cycle.
    let mut stamp = vec![NONE; n];
    let mut c = start;
    let mut step = 0usize;
    while stamp[c] == NONE {
        stamp[c] = step;
        step += 1;
        c = pred[c];
    }
    // c is on the cycle; collect it walking predecessors, then reverse into edge order.
    let mut cyc = Vec::new();
    let first = c;
    loop {
        cyc.push(c);
        c = pred[c];
        if c == first {
            break;
        }
    }
    cyc.reverse();
    Err(cyc)
}
