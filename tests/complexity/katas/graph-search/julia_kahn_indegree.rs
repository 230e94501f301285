// learner: optimal
// idiom: Julia-HPC style: flat index arithmetic, hand-rolled Vec ring queue with head index, Kahn in-degree topo sort, cycle found by walking leftover preds
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    const NONE: usize = usize::MAX;
    let mut pred = vec![NONE; n];
    // queue as a preallocated buffer with a read head: each node enqueued at most once
    let mut q: Vec<usize> = Vec::with_capacity(n);
    let mut head = 0usize;
    pred[start] = start;
    q.push(start);
    while head < q.len() {
        let u = q[head];
        head += 1;
        if u == goal {
            break;
        }
        for k in 0..adj[u].len() {
            let v = adj[u][k];
            if pred[v] == NONE {
                pred[v] = u;
                q.push(v);
            }
        }
    }
    if pred[goal] == NONE {
        return None;
    }
    let mut path = Vec::new();
    let mut x = goal;
    loop {
        path.push(x);
        if x == start {
            break;
        }
        x = pred[x];
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0usize; n];
    for u in 0..n {
        for k in 0..adj[u].len() {
            indeg[adj[u][k]] += 1;
        }
    }
    let mut order: Vec<usize> = Vec::with_capacity(n);
    for u in 0..n {
        if indeg[u] == 0 {
            order.push(u);
        }
    }
    let mut head = 0usize;
    while head < order.len() {
        let u = order[head];
        head += 1;
        for k in 0..adj[u].len() {
            let v = adj[u][k];
            indeg[v] -= 1;
            if indeg[v] == 0 {
                order.push(v);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    // every leftover node has indeg > 0 from another leftover node: follow a leftover
    // predecessor backwards until a node repeats
    let mut back = vec![usize::MAX; n];
    for u in 0..n {
        if indeg[u] > 0 {
            for k in 0..adj[u].len() {
                let v = adj[u][k];
                if indeg[v] > 0 && back[v] == usize::MAX {
                    back[v] = u;
                }
            }
        }
    }
    let mut start = usize::MAX;
    for u in 0..n {
        if indeg[u] > 0 {
            start = u;
            break;
        }
    }
    let mut mark = vec![0u8; n];
    let mut x = start;
    while mark[x] == 0 {
        mark[x] = 1;
        x = back[x];
    }
    // x is on the cycle; walk backwards around it, then reverse to get forward edges
    let mut cyc = vec![x];
    let mut y = back[x];
    while y != x {
        cyc.push(y);
        y = back[y];
    }
    cyc.reverse();
    Err(cyc)
}
