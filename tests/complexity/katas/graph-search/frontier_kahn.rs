// learner: optimal
// idiom: APL-style level-synchronous BFS (whole frontier vectors swapped per level) and Kahn's in-degree reduction with a reverse-edge walk to extract the cycle
//! Graph search, breadth first and depth first: see README.md.

const NONE: usize = usize::MAX;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut parent = vec![NONE; n];
    parent[start] = start;
    let mut frontier = vec![start];
    let mut next = Vec::new();
    while !frontier.is_empty() && parent[goal] == NONE {
        next.clear();
        for &u in &frontier {
            for &v in &adj[u] {
                if parent[v] == NONE {
                    parent[v] = u;
                    next.push(v);
                }
            }
        }
        std::mem::swap(&mut frontier, &mut next);
    }
    if parent[goal] == NONE {
        return None;
    }
    let mut path: Vec<usize> = std::iter::successors(Some(goal), |&v| {
        let p = parent[v];
        (p != v).then_some(p)
    })
    .collect();
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0usize; n];
    adj.iter().flatten().for_each(|&v| indeg[v] += 1);
    let mut order: Vec<usize> = (0..n).filter(|&v| indeg[v] == 0).collect();
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
    // Every node left over has a left-over predecessor: walk predecessors until one repeats.
    let alive: Vec<bool> = indeg.iter().map(|&d| d > 0).collect();
    let mut pred = vec![NONE; n];
    for (u, vs) in adj.iter().enumerate().filter(|(u, _)| alive[*u]) {
        for &v in vs {
            if alive[v] && pred[v] == NONE {
                pred[v] = u;
            }
        }
    }
    let mut mark = vec![false; n];
    let mut v = alive.iter().position(|&a| a).unwrap();
    while !mark[v] {
        mark[v] = true;
        v = pred[v];
    }
    // v is on the cycle; collect it walking predecessors, then reverse into edge order.
    let mut cycle = vec![v];
    let mut w = pred[v];
    while w != v {
        cycle.push(w);
        w = pred[w];
    }
    cycle.reverse();
    Err(cycle)
}
