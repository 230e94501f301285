// learner: slow
// idiom: PostScript: the BFS queue is a plain array read from index 0 (remove(0), like `1 index` then shrinking the array); DFS colours and frames as in an explicit stack
// why: remove(0) shifts the whole queue on every dequeue: O(V) per node, O(V^2) for a wide BFS
//! Graph search, breadth first and depth first: see README.md.
//!
//! A graph with `n` nodes is given as adjacency lists: `adj[u]` lists the nodes `v` with an edge
//! `u -> v`. Nodes are `0..adj.len()`, and every listed neighbour is a valid node.

/// The shortest path (fewest edges) from `start` to `goal`, both ends included,
/// or `None` when `goal` cannot be reached. `start == goal` gives `[start]`.
///
/// Breadth-first search: O(V + E) time, O(V) extra space.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen = vec![false; adj.len()];
    let mut queue: Vec<usize> = vec![start];
    seen[start] = true;
    while !queue.is_empty() {
        let u = queue.remove(0);
        if u == goal {
            let mut path = vec![u];
            let mut at = u;
            while let Some(p) = parent[at] {
                path.push(p);
                at = p;
            }
            path.reverse();
            return Some(path);
        }
        for &v in &adj[u] {
            if !seen[v] {
                seen[v] = true;
                parent[v] = Some(u);
                queue.push(v);
            }
        }
    }
    None
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
    let mut state = vec![0u8; n]; // 0 new, 1 on path, 2 done
    let mut out = Vec::new();
    let mut frames: Vec<(usize, usize)> = Vec::new();
    for s in 0..n {
        if state[s] != 0 {
            continue;
        }
        state[s] = 1;
        frames.push((s, 0));
        while !frames.is_empty() {
            let top = frames.len() - 1;
            let (u, k) = frames[top];
            if k < adj[u].len() {
                frames[top].1 += 1;
                let v = adj[u][k];
                if state[v] == 0 {
                    state[v] = 1;
                    frames.push((v, 0));
                } else if state[v] == 1 {
                    let from = frames.iter().rposition(|f| f.0 == v).unwrap();
                    return Err(frames[from..].iter().map(|f| f.0).collect());
                }
            } else {
                state[u] = 2;
                out.push(u);
                frames.pop();
            }
        }
    }
    out.reverse();
    Ok(out)
}
