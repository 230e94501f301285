// learner: optimal
// idiom: Terraform-ish declarative: indegree map built up front (for_each over edges), Kahn's algorithm; BFS by frontier levels with dist table
//! Graph search, breadth first and depth first: see README.md.

const UNSET: usize = usize::MAX;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut prev = vec![UNSET; n];
    prev[start] = start;
    let mut frontier = vec![start];
    let mut next_frontier = Vec::new();
    while !frontier.is_empty() && prev[goal] == UNSET {
        for &u in &frontier {
            for &v in &adj[u] {
                if prev[v] == UNSET {
                    prev[v] = u;
                    next_frontier.push(v);
                }
            }
        }
        std::mem::swap(&mut frontier, &mut next_frontier);
        next_frontier.clear();
    }
    if prev[goal] == UNSET {
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

/// Follows predecessor links inside the leftover (cyclic) subgraph until a node repeats.
fn extract_cycle(adj: &[Vec<usize>], indegree: &[usize]) -> Vec<usize> {
    let n = adj.len();
    // every leftover node has a leftover predecessor; walk successors that are leftover instead
    let leftover = |v: usize| indegree[v] > 0;
    let start = (0..n).find(|&v| leftover(v)).unwrap();
    // build reverse step: for each leftover node, one leftover predecessor
    let mut pred = vec![UNSET; n];
    for u in 0..n {
        if !leftover(u) {
            continue;
        }
        for &v in &adj[u] {
            if leftover(v) && pred[v] == UNSET {
                pred[v] = u;
            }
        }
    }
    let mut when = vec![UNSET; n];
    let mut walk = Vec::new();
    let mut v = start;
    while when[v] == UNSET {
        when[v] = walk.len();
        walk.push(v);
        v = pred[v];
    }
    let mut cycle: Vec<usize> = walk[when[v]..].to_vec();
    cycle.reverse(); // predecessor walk runs against the edges
    cycle
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indegree = vec![0usize; n];
    adj.iter().flatten().for_each(|&v| indegree[v] += 1);
    let mut ready: Vec<usize> = (0..n).filter(|&v| indegree[v] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(u) = ready.pop() {
        order.push(u);
        for &v in &adj[u] {
            indegree[v] -= 1;
            if indegree[v] == 0 {
                ready.push(v);
            }
        }
    }
    if order.len() == n {
        Ok(order)
    } else {
        Err(extract_cycle(adj, &indegree))
    }
}
