// learner: optimal
// idiom: MUMPS: queue kept as a flat array with HEAD/TAIL counters (like ^TMP($J,"Q",TAIL)=N), Kahn's in-degree countdown for the order, predecessor walk to dig out a cycle
// why: every node enters the queue once and every edge is counted and decremented once: O(V + E) time; indeg/queue/pred/pos arrays are O(V) extra space

//! Graph search, breadth first and depth first: see README.md.

/// BFS with a hand-kept ring: Q(1..TAIL), HEAD walks up behind it.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let nn = adj.len();
    let mut q: Vec<usize> = Vec::with_capacity(nn);
    let mut from: Vec<Option<usize>> = vec![None; nn];
    let mut seen = vec![false; nn];
    let mut hd = 0usize;
    seen[start] = true;
    q.push(start);
    while hd < q.len() {
        let nd = q[hd];
        hd += 1;
        if nd == goal {
            break;
        }
        for &to in adj[nd].iter() {
            if !seen[to] {
                seen[to] = true;
                from[to] = Some(nd);
                q.push(to);
            }
        }
    }
    if !seen[goal] {
        return None;
    }
    let mut pth = Vec::new();
    let mut x = Some(goal);
    while let Some(n) = x {
        pth.push(n);
        x = from[n];
    }
    pth.reverse();
    Some(pth)
}

/// Kahn: count INDEG(N), feed the zeros through the queue.
pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let nn = adj.len();
    let mut indeg = vec![0usize; nn];
    for lst in adj {
        for &to in lst {
            indeg[to] += 1;
        }
    }
    let mut q: Vec<usize> = Vec::with_capacity(nn);
    for n in 0..nn {
        if indeg[n] == 0 {
            q.push(n);
        }
    }
    let mut hd = 0;
    while hd < q.len() {
        let nd = q[hd];
        hd += 1;
        for &to in &adj[nd] {
            indeg[to] -= 1;
            if indeg[to] == 0 {
                q.push(to);
            }
        }
    }
    if q.len() == nn {
        return Ok(q);
    }
    // Leftovers all still have an in-edge from another leftover. Build PRED lists
    // among the leftovers and walk backwards until a node repeats.
    let mut pred: Vec<usize> = vec![usize::MAX; nn]; // one leftover predecessor is enough
    for u in 0..nn {
        if indeg[u] == 0 {
            continue;
        }
        for &to in &adj[u] {
            if indeg[to] != 0 {
                pred[to] = u;
            }
        }
    }
    let mut pos = vec![usize::MAX; nn]; // where in the walk we met N
    let mut walk = Vec::new();
    let mut x = (0..nn).find(|&n| indeg[n] != 0).unwrap();
    while pos[x] == usize::MAX {
        pos[x] = walk.len();
        walk.push(x);
        x = pred[x];
    }
    // walk[pos[x]..] goes backwards along edges: reverse it
    let mut cyc: Vec<usize> = walk[pos[x]..].to_vec();
    cyc.reverse();
    Err(cyc)
}
