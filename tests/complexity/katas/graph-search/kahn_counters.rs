// learner: optimal
// idiom: bioinformatics style: hand-rolled Vec queue with read head, Kahn in-degree counters, cycle recovered by walking predecessor marks
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    const NONE: usize = usize::MAX;
    let mut prev = vec![NONE; n];
    let mut seen = vec![false; n];
    let mut q: Vec<usize> = Vec::with_capacity(n);
    let mut head = 0usize;
    seen[start] = true;
    q.push(start);
    let mut found = start == goal;
    while head < q.len() && !found {
        let u = q[head];
        head += 1;
        for &v in adj[u].iter() {
            if seen[v] {
                continue;
            }
            seen[v] = true;
            prev[v] = u;
            if v == goal {
                found = true;
                break;
            }
            q.push(v);
        }
    }
    if !found {
        return None;
    }
    let mut out = Vec::new();
    let mut cur = goal;
    loop {
        out.push(cur);
        if cur == start {
            break;
        }
        cur = prev[cur];
    }
    out.reverse();
    Some(out)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0usize; n];
    for row in adj {
        for &v in row {
            indeg[v] += 1;
        }
    }
    let mut order: Vec<usize> = Vec::with_capacity(n);
    for u in 0..n {
        if indeg[u] == 0 {
            order.push(u);
        }
    }
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        for &v in &adj[u] {
            indeg[v] -= 1;
            if indeg[v] == 0 {
                order.push(v);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    // leftover nodes all have in-degree > 0 from other leftovers: walk predecessors
    const NONE: usize = usize::MAX;
    let mut pred = vec![NONE; n];
    let mut any = NONE;
    for u in 0..n {
        if indeg[u] == 0 {
            continue;
        }
        any = u;
        for &v in &adj[u] {
            if indeg[v] > 0 {
                pred[v] = u;
            }
        }
    }
    // step stamp: position in the backward walk
    let mut stamp = vec![NONE; n];
    let mut walk: Vec<usize> = Vec::new();
    let mut cur = any;
    while stamp[cur] == NONE {
        stamp[cur] = walk.len();
        walk.push(cur);
        cur = pred[cur];
    }
    let mut cyc = walk[stamp[cur]..].to_vec();
    cyc.reverse();
    Err(cyc)
}
