// learner: optimal
// idiom: quant-style: BFS by swapping two frontier buffers (level sync), Kahn in-degree counts with a write-cursor queue, cycle via predecessor walk with step stamps
//! Graph search, breadth first and depth first.

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut from: Vec<u32> = vec![u32::MAX; n];
    from[start] = start as u32;
    let mut cur: Vec<usize> = Vec::with_capacity(64);
    let mut nxt: Vec<usize> = Vec::with_capacity(64);
    cur.push(start);
    let mut reached = start == goal;
    while !reached && !cur.is_empty() {
        nxt.clear();
        for &u in cur.iter() {
            for &v in adj[u].iter() {
                if from[v] == u32::MAX {
                    from[v] = u as u32;
                    if v == goal {
                        reached = true;
                    }
                    nxt.push(v);
                }
            }
        }
        std::mem::swap(&mut cur, &mut nxt);
    }
    if !reached {
        return None;
    }
    let mut path = Vec::new();
    let mut x = goal;
    loop {
        path.push(x);
        if x == start {
            break;
        }
        x = from[x] as usize;
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg: Vec<u32> = vec![0; n];
    for u in 0..n {
        for &v in adj[u].iter() {
            indeg[v] += 1;
        }
    }
    // output doubles as the queue: read cursor `rd`, writes append
    let mut out: Vec<usize> = Vec::with_capacity(n);
    for u in 0..n {
        if indeg[u] == 0 {
            out.push(u);
        }
    }
    let mut rd = 0usize;
    while rd < out.len() {
        let u = out[rd];
        rd += 1;
        for &v in adj[u].iter() {
            indeg[v] -= 1;
            if indeg[v] == 0 {
                out.push(v);
            }
        }
    }
    if out.len() == n {
        return Ok(out);
    }
    // leftover nodes (indeg > 0) all have a predecessor among leftovers
    let mut pred: Vec<usize> = vec![usize::MAX; n];
    for u in 0..n {
        if indeg[u] == 0 {
            continue;
        }
        for &v in adj[u].iter() {
            if indeg[v] != 0 {
                pred[v] = u;
            }
        }
    }
    let mut seen_at: Vec<u32> = vec![0; n];
    let mut x = (0..n).find(|&u| indeg[u] != 0).unwrap();
    let mut step: u32 = 1;
    while seen_at[x] == 0 {
        seen_at[x] = step;
        step += 1;
        x = pred[x];
    }
    // x is on the cycle; walk preds once around, then flip to edge direction
    let mut cyc = Vec::new();
    let first = x;
    loop {
        cyc.push(x);
        x = pred[x];
        if x == first {
            break;
        }
    }
    cyc.reverse();
    Err(cyc)
}
