// learner: optimal
// idiom: Dart/Flutter-turned-Rust: small "service" style helpers, VecDeque BFS with parent Option table, Kahn's in-degree topo sort and a reverse-edge walk to dig out the cycle
use std::collections::VecDeque;

/// Breadth-first search, parents remembered as `Option<usize>` (think nullable `int?`).
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    if start == goal {
        return Some(vec![start]);
    }
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen = vec![false; adj.len()];
    let mut queue = VecDeque::from([start]);
    seen[start] = true;

    while let Some(node) = queue.pop_front() {
        for &next in &adj[node] {
            if seen[next] {
                continue;
            }
            seen[next] = true;
            parent[next] = Some(node);
            if next == goal {
                return Some(_rebuildPath(&parent, goal));
            }
            queue.push_back(next);
        }
    }
    None
}

#[allow(non_snake_case)]
fn _rebuildPath(parent: &[Option<usize>], goal: usize) -> Vec<usize> {
    let mut path = vec![goal];
    let mut cursor = goal;
    while let Some(p) = parent[cursor] {
        path.push(p);
        cursor = p;
    }
    path.reverse();
    path
}

/// Kahn's algorithm: peel off nodes with no incoming edges. Whatever is left over sits on or
/// behind a cycle; walking backwards along edges inside the leftovers always finds one.
pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut inDegree = vec![0usize; n];
    adj.iter().flatten().for_each(|&v| inDegree[v] += 1);

    let mut ready: VecDeque<usize> = (0..n).filter(|&u| inDegree[u] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(u) = ready.pop_front() {
        order.push(u);
        for &v in &adj[u] {
            inDegree[v] -= 1;
            if inDegree[v] == 0 {
                ready.push_back(v);
            }
        }
    }

    if order.len() == n {
        Ok(order)
    } else {
        Err(_findCycleInLeftovers(adj, &inDegree))
    }
}

#[allow(non_snake_case)]
fn _findCycleInLeftovers(adj: &[Vec<usize>], inDegree: &[usize]) -> Vec<usize> {
    let n = adj.len();
    let leftover = |u: usize| inDegree[u] > 0;
    // One predecessor per leftover node, taken from the leftovers only: every leftover node has
    // at least one (its in-degree never reached zero), so following them must loop.
    let mut pred: Vec<Option<usize>> = vec![None; n];
    for (u, targets) in adj.iter().enumerate() {
        if !leftover(u) {
            continue;
        }
        for &v in targets {
            if pred[v].is_none() {
                pred[v] = Some(u);
            }
        }
    }

    let start = (0..n).find(|&u| leftover(u)).expect("there are leftovers");
    let mut stepOf: Vec<Option<usize>> = vec![None; n];
    let mut walk = Vec::new();
    let mut cur = start;
    while stepOf[cur].is_none() {
        stepOf[cur] = Some(walk.len());
        walk.push(cur);
        cur = pred[cur].expect("leftover nodes always have a leftover predecessor");
    }
    // walk[first..] goes backwards along edges; flip it to get forward edges.
    let first = stepOf[cur].unwrap();
    let mut cycle = walk.split_off(first);
    cycle.reverse();
    cycle
}
