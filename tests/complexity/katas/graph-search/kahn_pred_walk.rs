// learner: optimal
// idiom: BFS over VecDeque with a labelled while-let and an impl Iterator of unvisited neighbours; Kahn with a Vec stack, cycle found by recording one leftover predecessor per node and walking it back
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

const NONE: usize = usize::MAX;

fn fresh<'a>(adj: &'a [Vec<usize>], parent: &'a [usize], u: usize) -> impl Iterator<Item = usize> + 'a {
    adj[u].iter().copied().filter(move |&v| parent[v] == NONE)
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent = vec![NONE; adj.len()];
    parent[start] = start;
    let mut queue = VecDeque::from([start]);
    'bfs: while let Some(u) = queue.pop_front() {
        if u == goal {
            break 'bfs;
        }
        let found: Vec<usize> = fresh(adj, &parent, u).collect();
        for v in found {
            if parent[v] == NONE {
                parent[v] = u;
                queue.push_back(v);
            }
        }
    }
    if parent[goal] == NONE {
        return None;
    }
    let mut path = vec![goal];
    let mut at = goal;
    while at != start {
        at = parent[at];
        path.push(at);
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indegree = vec![0usize; n];
    for targets in adj {
        for &v in targets {
            indegree[v] += 1;
        }
    }
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
        return Ok(order);
    }
    // Every leftover node still has a leftover predecessor: remember one each.
    let mut pred = vec![NONE; n];
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
    let first = (0..n).find(|&v| indegree[v] > 0).expect("a leftover node");
    let mut step_seen = vec![false; n];
    let mut at = first;
    while !step_seen[at] {
        step_seen[at] = true;
        at = pred[at];
    }
    // `at` is on a cycle; walk predecessors once round it.
    let mut cycle = vec![at];
    let mut cur = pred[at];
    while cur != at {
        cycle.push(cur);
        cur = pred[cur];
    }
    cycle.reverse();
    Ok(cycle).and_then(Err)
}
