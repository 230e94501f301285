// learner: optimal
// idiom: PostScript: BFS ring by ring with two arrays swapped each level (this ring / next ring); topological order by Kahn's in-degree counting with a plain Vec as the ready stack, and a cycle found by walking predecessors among the leftovers
// why: each node enters a ring once, each edge is read once per pass (a constant number of passes): O(V + E) time; in-degrees, one predecessor per node and the marks are O(V) space
//! Graph search, breadth first and depth first: see README.md.
//!
//! A graph with `n` nodes is given as adjacency lists: `adj[u]` lists the nodes `v` with an edge
//! `u -> v`. Nodes are `0..adj.len()`, and every listed neighbour is a valid node.

const NONE: usize = usize::MAX;

/// The shortest path (fewest edges) from `start` to `goal`, both ends included,
/// or `None` when `goal` cannot be reached. `start == goal` gives `[start]`.
///
/// Breadth-first search: O(V + E) time, O(V) extra space.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut from = vec![NONE; n];
    from[start] = start; // the start is its own parent: marks it seen
    let mut ring = vec![start];
    let mut next_ring: Vec<usize> = Vec::new();
    while !ring.is_empty() && from[goal] == NONE {
        for &u in &ring {
            for &v in &adj[u] {
                if from[v] == NONE {
                    from[v] = u;
                    next_ring.push(v);
                }
            }
        }
        ring.clear();
        std::mem::swap(&mut ring, &mut next_ring);
    }
    if from[goal] == NONE {
        return None;
    }
    let mut path = Vec::new();
    let mut at = goal;
    loop {
        path.push(at);
        if at == start {
            break;
        }
        at = from[at];
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
    let mut indeg = vec![0usize; n];
    for u in 0..n {
        for &v in &adj[u] {
            indeg[v] += 1;
        }
    }
    let mut ready: Vec<usize> = (0..n).filter(|&u| indeg[u] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(u) = ready.pop() {
        order.push(u);
        for &v in &adj[u] {
            indeg[v] -= 1;
            if indeg[v] == 0 {
                ready.push(v);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    Err(leftover_cycle(adj, &indeg))
}

/// Every node Kahn could not place still has an in-edge from another such node,
/// so walking backwards along those edges must come round to a node already met.
fn leftover_cycle(adj: &[Vec<usize>], indeg: &[usize]) -> Vec<usize> {
    let n = adj.len();
    let mut pred = vec![NONE; n];
    for u in 0..n {
        if indeg[u] == 0 {
            continue; // placed
        }
        for &v in &adj[u] {
            if indeg[v] > 0 && pred[v] == NONE {
                pred[v] = u;
            }
        }
    }
    let mut step_of = vec![NONE; n];
    let mut walk = Vec::new();
    let mut at = (0..n).find(|&u| indeg[u] > 0).expect("a leftover node");
    while step_of[at] == NONE {
        step_of[at] = walk.len();
        walk.push(at);
        at = pred[at];
    }
    // walk[step_of[at]..] goes backwards along edges: flip it
    let mut cycle = walk.split_off(step_of[at]);
    cycle.reverse();
    cycle
}
