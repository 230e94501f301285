// learner: optimal
// idiom: competitive: Vec as queue with a read index in both, Kahn with in-degrees, cycle by walking predecessors in a reverse adjacency built on failure, terse names
pub fn shortest_path(g: &[Vec<usize>], s: usize, t: usize) -> Option<Vec<usize>> {
    let n = g.len();
    let mut p = vec![usize::MAX; n];
    p[s] = s;
    let mut q = vec![s];
    let mut h = 0;
    while h < q.len() && p[t] == usize::MAX {
        let u = q[h];
        h += 1;
        for &v in &g[u] {
            if p[v] == usize::MAX {
                p[v] = u;
                q.push(v);
            }
        }
    }
    if p[t] == usize::MAX {
        return None;
    }
    let mut r = vec![t];
    let mut c = t;
    while c != s {
        c = p[c];
        r.push(c);
    }
    r.reverse();
    Some(r)
}

pub fn topological_order(g: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = g.len();
    let mut d = vec![0usize; n];
    for e in g {
        for &v in e {
            d[v] += 1;
        }
    }
    let mut q: Vec<usize> = (0..n).filter(|&u| d[u] == 0).collect();
    let mut h = 0;
    while h < q.len() {
        let u = q[h];
        h += 1;
        for &v in &g[u] {
            d[v] -= 1;
            if d[v] == 0 {
                q.push(v);
            }
        }
    }
    if q.len() == n {
        return Ok(q);
    }
    // every leftover node still has a leftover predecessor: walk predecessors until one repeats
    let mut rg = vec![Vec::new(); n];
    for (u, e) in g.iter().enumerate() {
        if d[u] > 0 {
            for &v in e {
                if d[v] > 0 {
                    rg[v].push(u);
                }
            }
        }
    }
    let mut at = vec![usize::MAX; n];
    let mut w = Vec::new();
    let mut c = (0..n).find(|&u| d[u] > 0).unwrap();
    while at[c] == usize::MAX {
        at[c] = w.len();
        w.push(c);
        c = rg[c][0];
    }
    let mut cyc = w.split_off(at[c]);
    cyc.reverse();
    Err(cyc)
}
