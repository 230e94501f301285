// learner: optimal
// idiom: SAS statistician: array-and-pointer processing; BFS with a Vec used as a queue plus a read pointer, topo sort by in-degree counts (Kahn), leftover nodes traced backwards to a cycle
//! Graph search, breadth first and depth first: see README.md.

const NONE: usize = usize::MAX;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n_obs = adj.len();
    let mut pred = vec![NONE; n_obs];
    let mut seen = vec![false; n_obs];
    let mut queue: Vec<usize> = Vec::with_capacity(n_obs);
    let mut head = 0;
    queue.push(start);
    seen[start] = true;
    while head < queue.len() {
        let u = queue[head];
        head += 1;
        if u == goal {
            break;
        }
        for i in 0..adj[u].len() {
            let v = adj[u][i];
            if !seen[v] {
                seen[v] = true;
                pred[v] = u;
                queue.push(v);
            }
        }
    }
    if !seen[goal] {
        return None;
    }
    let mut out = Vec::new();
    let mut x = goal;
    loop {
        out.push(x);
        if x == start {
            break;
        }
        x = pred[x];
    }
    out.reverse();
    Some(out)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n_obs = adj.len();
    let mut indeg = vec![0usize; n_obs];
    for u in 0..n_obs {
        for j in 0..adj[u].len() {
            indeg[adj[u][j]] += 1;
        }
    }
    let mut order: Vec<usize> = Vec::with_capacity(n_obs);
    for u in 0..n_obs {
        if indeg[u] == 0 {
            order.push(u);
        }
    }
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        for j in 0..adj[u].len() {
            let v = adj[u][j];
            indeg[v] -= 1;
            if indeg[v] == 0 {
                order.push(v);
            }
        }
    }
    if order.len() == n_obs {
        return Ok(order);
    }

    // leftover nodes all have a predecessor among the leftovers: walk backwards until one repeats
    let mut left = vec![false; n_obs];
    for u in 0..n_obs {
        left[u] = indeg[u] > 0;
    }
    let mut back = vec![NONE; n_obs];
    for u in 0..n_obs {
        if !left[u] {
            continue;
        }
        for j in 0..adj[u].len() {
            let v = adj[u][j];
            if left[v] && back[v] == NONE {
                back[v] = u;
            }
        }
    }
    let mut step = vec![NONE; n_obs];
    let mut x = (0..n_obs).find(|&u| left[u]).unwrap();
    let mut k = 0;
    while step[x] == NONE {
        step[x] = k;
        k += 1;
        x = back[x];
    }
    // x is on the cycle; walking back gives the cycle in reverse edge order
    let mut cycle = vec![x];
    let mut y = back[x];
    while y != x {
        cycle.push(y);
        y = back[y];
    }
    cycle.reverse();
    Err(cycle)
}
