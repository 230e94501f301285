// learner: slow
// idiom: verilog: BFS queue carrying a full path copy per entry; topo order by sweeping all nodes until nothing changes (settle loop)
// why: misses both targets: each enqueue clones a path of up to V nodes (O(V * D) time and space), and the sweep loop re-scans all V nodes per pass, up to V passes: O(V * (V + E))
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut visited = vec![false; n];
    let mut q: VecDeque<Vec<usize>> = VecDeque::new();
    visited[start] = true;
    q.push_back(vec![start]);
    while let Some(path) = q.pop_front() {
        let u = path[path.len() - 1];
        if u == goal {
            return Some(path);
        }
        for &v in &adj[u] {
            if !visited[v] {
                visited[v] = true;
                let mut p2 = path.clone();
                p2.push(v);
                q.push_back(p2);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0usize; n];
    for u in 0..n {
        for &v in &adj[u] {
            indeg[v] += 1;
        }
    }
    let mut emitted = vec![false; n];
    let mut out = Vec::with_capacity(n);
    // keep clocking the sweep until the outputs settle
    let mut changed = true;
    while changed {
        changed = false;
        for u in 0..n {
            if !emitted[u] && indeg[u] == 0 {
                emitted[u] = true;
                out.push(u);
                changed = true;
                for &v in &adj[u] {
                    indeg[v] -= 1;
                }
            }
        }
    }
    if out.len() == n {
        return Ok(out);
    }
    // every leftover node has a leftover predecessor: follow those back until one repeats
    let mut pred = vec![usize::MAX; n];
    for u in 0..n {
        if emitted[u] {
            continue;
        }
        for &v in &adj[u] {
            if !emitted[v] {
                pred[v] = u;
            }
        }
    }
    let mut x = (0..n).find(|&i| !emitted[i]).unwrap();
    let mut on = vec![false; n];
    while !on[x] {
        on[x] = true;
        x = pred[x];
    }
    let mut cyc = vec![x];
    let mut y = pred[x];
    while y != x {
        cyc.push(y);
        y = pred[y];
    }
    cyc.reverse();
    Err(cyc)
}
