// learner: optimal
// idiom: Ada-style: hand-rolled array queue with head index for BFS, Kahn in-degree counting, cycle recovered by walking predecessors, bounds checked with get()
//! Graph search, breadth first and depth first: see README.md.

const NONE: usize = usize::MAX;

/// The shortest path (fewest edges) from `start` to `goal`, both ends included,
/// or `None` when `goal` cannot be reached. `start == goal` gives `[start]`.
///
/// Breadth-first search: O(V + E) time, O(V) extra space.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    if start >= n || goal >= n {
        return None;
    }
    let mut parent: Vec<usize> = vec![NONE; n];
    let mut queue: Vec<usize> = Vec::with_capacity(n);
    let mut head: usize = 0;
    parent[start] = start;
    queue.push(start);
    while head < queue.len() && parent[goal] == NONE {
        let u = queue[head];
        head += 1;
        for &v in &adj[u] {
            if v < n && parent[v] == NONE {
                parent[v] = u;
                queue.push(v);
            }
        }
    }
    if parent[goal] == NONE {
        return None;
    }
    let mut path: Vec<usize> = Vec::new();
    let mut at = goal;
    loop {
        path.push(at);
        if at == start {
            break;
        }
        at = parent[at];
        assert!(path.len() <= n, "parent chain longer than the graph");
    }
    path.reverse();
    Some(path)
}

/// A topological order of the directed graph: every node exactly once, and for every edge
/// `u -> v`, `u` comes before `v`.
///
/// When the graph has a cycle there is no such order: returns `Err(cycle)` with the nodes
/// `[c0, c1, ..., ck]` of one directed cycle, all distinct, where `c0 -> c1 -> ... -> ck -> c0`
/// are edges (a self-loop `u -> u` is the cycle `[u]`).
///
/// Depth-first search without recursion: O(V + E) time, O(V) extra space.
pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indegree: Vec<usize> = vec![0; n];
    for edges in adj {
        for &v in edges {
            indegree[v] = indegree[v].checked_add(1).unwrap_or(usize::MAX);
        }
    }
    let mut order: Vec<usize> = Vec::with_capacity(n);
    for (u, &d) in indegree.iter().enumerate() {
        if d == 0 {
            order.push(u);
        }
    }
    // `order` doubles as the FIFO queue: everything before `head` is processed.
    let mut head: usize = 0;
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
    // Every node left with indegree > 0 has a predecessor that is also left.
    // Record one such predecessor per node, then walk backwards until a node repeats.
    let mut pred: Vec<usize> = vec![NONE; n];
    for (u, edges) in adj.iter().enumerate() {
        if indegree[u] == 0 {
            continue;
        }
        for &v in edges {
            if indegree[v] > 0 && pred[v] == NONE {
                pred[v] = u;
            }
        }
    }
    let mut at = match indegree.iter().position(|&d| d > 0) {
        Some(u) => u,
        None => return Ok(order),
    };
    let mut seen_step: Vec<usize> = vec![NONE; n];
    let mut step: usize = 0;
    while seen_step[at] == NONE {
        seen_step[at] = step;
        step += 1;
        at = pred[at];
    }
    // `at` is on the cycle: walk it once more, collecting it backwards.
    let mut cycle: Vec<usize> = vec![at];
    let mut back = pred[at];
    while back != at {
        cycle.push(back);
        back = pred[back];
    }
    cycle.reverse();
    Err(cycle)
}
