// learner: slow
// idiom: MUMPS: the queue is a plain array read from subscript 1 and "shifted down" after each take (Vec::remove(0)), both for BFS and for Kahn's zero-in-degree list
// why: remove(0) moves every queued node on each dequeue: O(V) per take, O(V^2) per search on a wide graph (a star, a fan-out layer)

//! Graph search, breadth first and depth first: see README.md.

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let nn = adj.len();
    let mut par: Vec<Option<usize>> = vec![None; nn];
    let mut sn = vec![false; nn];
    let mut q: Vec<usize> = vec![start];
    sn[start] = true;
    while !q.is_empty() {
        let nd = q.remove(0); // S ND=Q(1) then shift the rest down
        if nd == goal {
            let mut pth = vec![goal];
            let mut x = goal;
            while let Some(p) = par[x] {
                pth.push(p);
                x = p;
            }
            pth.reverse();
            return Some(pth);
        }
        for &to in &adj[nd] {
            if !sn[to] {
                sn[to] = true;
                par[to] = Some(nd);
                q.push(to);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let nn = adj.len();
    let mut deg = vec![0usize; nn];
    for l in adj {
        for &t in l {
            deg[t] += 1;
        }
    }
    let mut q: Vec<usize> = (0..nn).filter(|&n| deg[n] == 0).collect();
    let mut out = Vec::with_capacity(nn);
    while !q.is_empty() {
        let nd = q.remove(0);
        out.push(nd);
        for &t in &adj[nd] {
            deg[t] -= 1;
            if deg[t] == 0 {
                q.push(t);
            }
        }
    }
    if out.len() == nn {
        return Ok(out);
    }
    // cycle: from a leftover node keep stepping to a leftover successor... a leftover
    // node always has a leftover predecessor, so step backwards instead
    let mut pr = vec![usize::MAX; nn];
    for u in 0..nn {
        if deg[u] == 0 {
            continue;
        }
        for &t in &adj[u] {
            if deg[t] != 0 {
                pr[t] = u;
            }
        }
    }
    let mut at = vec![usize::MAX; nn];
    let mut wk = Vec::new();
    let mut x = (0..nn).find(|&n| deg[n] != 0).unwrap();
    while at[x] == usize::MAX {
        at[x] = wk.len();
        wk.push(x);
        x = pr[x];
    }
    let mut c = wk[at[x]..].to_vec();
    c.reverse();
    Err(c)
}
