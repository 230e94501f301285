// learner: slow
// idiom: MATLAB signal-processing engineer: queue as a growing vector popped with q(1) = [] (Vec::remove(0)), visited as a list searched with ismember (Vec::contains), parent table; Kahn sort with index loops
// why: shortest_path is O(V^2 + V*E) time (remove(0) shifts the queue on each dequeue, contains scans the visited list on every edge) vs target O(V + E); topological_order is O(V + E)
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n_nodes = adj.len();
    let mut q: Vec<usize> = vec![start];
    let mut visited: Vec<usize> = vec![start];
    let mut prev = vec![usize::MAX; n_nodes];

    while !q.is_empty() {
        let u = q.remove(0); // q(1) = []
        if u == goal {
            break;
        }
        for j in 0..adj[u].len() {
            let v = adj[u][j];
            if !visited.contains(&v) {
                visited.push(v);
                prev[v] = u;
                q.push(v);
            }
        }
    }

    if !visited.contains(&goal) {
        return None;
    }
    let mut path = vec![goal];
    let mut k = goal;
    while k != start {
        k = prev[k];
        path.push(k);
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n_nodes = adj.len();
    let mut indeg = vec![0usize; n_nodes];
    for u in 0..n_nodes {
        for j in 0..adj[u].len() {
            indeg[adj[u][j]] += 1;
        }
    }
    let mut order = Vec::with_capacity(n_nodes);
    for u in 0..n_nodes {
        if indeg[u] == 0 {
            order.push(u);
        }
    }
    // order doubles as the queue: read index k runs behind the write end
    let mut k = 0;
    while k < order.len() {
        let u = order[k];
        k += 1;
        for j in 0..adj[u].len() {
            let v = adj[u][j];
            indeg[v] -= 1;
            if indeg[v] == 0 {
                order.push(v);
            }
        }
    }
    if order.len() == n_nodes {
        return Ok(order);
    }

    // leftovers have indeg > 0; step backwards through leftover predecessors until a repeat
    let mut pred = vec![usize::MAX; n_nodes];
    for u in 0..n_nodes {
        if indeg[u] == 0 {
            continue;
        }
        for j in 0..adj[u].len() {
            let v = adj[u][j];
            if pred[v] == usize::MAX {
                pred[v] = u;
            }
        }
    }
    let mut step = vec![usize::MAX; n_nodes];
    let mut walk = Vec::new();
    let mut c = (0..n_nodes).find(|&u| indeg[u] > 0).unwrap();
    while step[c] == usize::MAX {
        step[c] = walk.len();
        walk.push(c);
        c = pred[c];
    }
    let mut cyc = walk[step[c]..].to_vec();
    cyc.reverse();
    Err(cyc)
}
