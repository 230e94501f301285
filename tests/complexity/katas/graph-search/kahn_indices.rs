// learner: optimal
// idiom: beginner index loops: Vec queue with a head cursor for BFS, Kahn's in-degree algorithm with predecessor walk for the cycle
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let none = usize::MAX;
    let mut prev = vec![none; n];
    let mut visited = vec![false; n];
    let mut queue: Vec<usize> = Vec::with_capacity(n);
    let mut head = 0;
    queue.push(start);
    visited[start] = true;
    let mut found = false;
    while head < queue.len() {
        let u = queue[head];
        head += 1;
        if u == goal {
            found = true;
            break;
        }
        let mut i = 0;
        while i < adj[u].len() {
            let v = adj[u][i];
            if !visited[v] {
                visited[v] = true;
                prev[v] = u;
                queue.push(v);
            }
            i += 1;
        }
    }
    if !found {
        return None;
    }
    let mut path = Vec::new();
    let mut at = goal;
    loop {
        path.push(at);
        if at == start {
            break;
        }
        at = prev[at];
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0usize; n];
    for u in 0..n {
        for &v in &adj[u] {
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
    // Every node left over still has an in-edge from another left-over node:
    // remember one such predecessor and walk backwards until a node repeats.
    let mut pred = vec![usize::MAX; n];
    for u in 0..n {
        if indeg[u] == 0 {
            continue;
        }
        for &v in &adj[u] {
            if indeg[v] > 0 {
                pred[v] = u;
            }
        }
    }
    let mut step = vec![usize::MAX; n];
    let mut walk = Vec::new();
    let mut cur = (0..n).find(|&u| indeg[u] > 0).unwrap();
    while step[cur] == usize::MAX {
        step[cur] = walk.len();
        walk.push(cur);
        cur = pred[cur];
    }
    let mut cycle = walk.split_off(step[cur]);
    cycle.reverse();
    Err(cycle)
}
