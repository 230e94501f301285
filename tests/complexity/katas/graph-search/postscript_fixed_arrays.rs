// learner: optimal
// idiom: PostScript: everything in preallocated fixed-size arrays with hand-kept pointers: the BFS queue is an array of V slots with head/tail, the DFS stack two arrays of V slots with a stack pointer
// why: each node occupies one queue slot / one stack frame at most once and each edge is read once: O(V + E) time, O(V) space
//! Graph search, breadth first and depth first: see README.md.
//!
//! A graph with `n` nodes is given as adjacency lists: `adj[u]` lists the nodes `v` with an edge
//! `u -> v`. Nodes are `0..adj.len()`, and every listed neighbour is a valid node.

/// The shortest path (fewest edges) from `start` to `goal`, both ends included,
/// or `None` when `goal` cannot be reached. `start == goal` gives `[start]`.
///
/// Breadth-first search: O(V + E) time, O(V) extra space.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    // a node goes into the queue at most once, so V slots are enough
    let mut queue = vec![0usize; n];
    let mut head = 0;
    let mut tail = 0;
    let mut prev = vec![usize::MAX; n];
    let mut seen = vec![false; n];
    queue[tail] = start;
    tail += 1;
    seen[start] = true;
    let mut found = start == goal;
    while head < tail && !found {
        let u = queue[head];
        head += 1;
        for &v in adj[u].iter() {
            if !seen[v] {
                seen[v] = true;
                prev[v] = u;
                queue[tail] = v;
                tail += 1;
                if v == goal {
                    found = true;
                    break;
                }
            }
        }
    }
    if !found {
        return None;
    }
    let mut path = vec![goal];
    let mut at = goal;
    while at != start {
        at = prev[at];
        path.push(at);
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
    // where each node sits on the stack while it is on the path, NOT_ON otherwise
    const NOT_ON: usize = usize::MAX;
    let mut slot = vec![NOT_ON; n];
    let mut done = vec![false; n];
    let mut node_at = vec![0usize; n];
    let mut edge_at = vec![0usize; n];
    // fill the answer from the back: the first node finished goes last
    let mut order = vec![0usize; n];
    let mut fill = n;

    for root in 0..n {
        if done[root] {
            continue;
        }
        node_at[0] = root;
        edge_at[0] = 0;
        slot[root] = 0;
        let mut sp = 1usize;
        while sp > 0 {
            let u = node_at[sp - 1];
            let k = edge_at[sp - 1];
            if k >= adj[u].len() {
                sp -= 1;
                slot[u] = NOT_ON;
                done[u] = true;
                fill -= 1;
                order[fill] = u;
                continue;
            }
            edge_at[sp - 1] = k + 1;
            let v = adj[u][k];
            if done[v] {
                continue;
            }
            if slot[v] != NOT_ON {
                // back edge u -> v: the frames from v's slot to the top are the cycle
                return Err(node_at[slot[v]..sp].to_vec());
            }
            slot[v] = sp;
            node_at[sp] = v;
            edge_at[sp] = 0;
            sp += 1;
        }
    }
    Ok(order)
}
