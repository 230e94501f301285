// learner: optimal
// idiom: Fortran-style Kahn's algorithm on an in-degree array; cycle found by walking a predecessor array with step stamps
const NONE: usize = usize::MAX;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut dist = vec![NONE; n];
    let mut pred = vec![NONE; n];
    let mut frontier = vec![start];
    let mut nextf: Vec<usize> = Vec::new();
    dist[start] = 0;
    let mut level = 0usize;
    while !frontier.is_empty() && dist[goal] == NONE {
        level += 1;
        nextf.clear();
        for i in 0..frontier.len() {
            let u = frontier[i];
            for &v in adj[u].iter() {
                if dist[v] == NONE {
                    dist[v] = level;
                    pred[v] = u;
                    nextf.push(v);
                }
            }
        }
        std::mem::swap(&mut frontier, &mut nextf);
    }
    if dist[goal] == NONE {
        return None;
    }
    let len = dist[goal] + 1;
    let mut path = vec![0usize; len];
    let mut x = goal;
    let mut i = len;
    while i > 0 {
        i -= 1;
        path[i] = x;
        x = pred[x];
    }
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0usize; n];
    for u in 0..n {
        for &v in adj[u].iter() {
            indeg[v] += 1;
        }
    }
    let mut out = vec![0usize; n];
    let mut tail = 0usize;
    for u in 0..n {
        if indeg[u] == 0 {
            out[tail] = u;
            tail += 1;
        }
    }
    let mut head = 0usize;
    while head < tail {
        let u = out[head];
        head += 1;
        for &v in adj[u].iter() {
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
    // every node left with indeg > 0 has a predecessor that is also left
    let mut pred = vec![NONE; n];
    for u in 0..n {
        if indeg[u] == 0 {
            continue;
        }
        for &v in adj[u].iter() {
            if indeg[v] > 0 {
                pred[v] = u;
            }
        }
    }
    let mut x = (0..n).find(|&u| indeg[u] > 0).unwrap();
    let mut stamp = vec![NONE; n];
    let mut step = 0usize;
    while stamp[x] == NONE {
        stamp[x] = step;
        step += 1;
        x = pred[x];
    }
    // x is on the cycle; walk it once backwards and flip
    let mut cyc = vec![x];
    let mut y = pred[x];
    while y != x {
        cyc.push(y);
        y = pred[y];
    }
    let m = cyc.len();
    let (a, b) = cyc.split_at_mut(m / 2);
    let bl = b.len();
    for i in 0..a.len() {
        std::mem::swap(&mut a[i], &mut b[bl - 1 - i]);
    }
    Err(cyc)
}
