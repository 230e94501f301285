// learner: optimal
// idiom: BFS level by level (for u in frontier { for v in adj[u] }) swapping two Vecs; Kahn's algorithm with a Vec+head-index queue, cycle found by walking predecessors among leftover nodes — all O(V+E)
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    const NONE: usize = usize::MAX;
    let mut parent = vec![NONE; adj.len()];
    parent[start] = start;
    let mut frontier = vec![start];
    let mut next = Vec::new();
    while !frontier.is_empty() && parent[goal] == NONE {
        for &u in &frontier {
            for &v in &adj[u] {
                if parent[v] == NONE {
                    parent[v] = u;
                    next.push(v);
                }
            }
        }
        frontier.clear();
        std::mem::swap(&mut frontier, &mut next);
    }
    if parent[goal] == NONE {
        return None;
    }
    let mut path = vec![goal];
    while *path.last().unwrap() != start {
        path.push(parent[*path.last().unwrap()]);
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indegree = vec![0usize; n];
    for edges in adj {
        for &v in edges {
            indegree[v] += 1;
        }
    }
    let mut order: Vec<usize> = (0..n).filter(|&u| indegree[u] == 0).collect();
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        for &v in &adj[u] {
            indegree[v] -= 1;
            if indegree[v] == 0 {
                order.push(v);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    // Every leftover node still has a leftover predecessor: walk predecessors until one repeats.
    let mut pred = vec![usize::MAX; n];
    for u in 0..n {
        if indegree[u] == 0 {
            continue;
        }
        for &v in &adj[u] {
            if indegree[v] > 0 {
                pred[v] = u;
            }
        }
    }
    let mut step = vec![usize::MAX; n];
    let mut cur = (0..n).find(|&u| indegree[u] > 0).unwrap();
    let mut walk = Vec::new();
    while step[cur] == usize::MAX {
        step[cur] = walk.len();
        walk.push(cur);
        cur = pred[cur];
    }
    let mut cycle = walk.split_off(step[cur]);
    cycle.reverse();
    Err(cycle)
}
