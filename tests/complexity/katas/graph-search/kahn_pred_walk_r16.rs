// learner: optimal
// idiom: PureScript-ish: BFS with VecDeque and a parent table unfolded with successors; Kahn's algorithm, cycle recovered by walking predecessor links among the leftover nodes
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen = vec![false; adj.len()];
    let mut queue = VecDeque::from([start]);
    seen[start] = true;
    while let Some(u) = queue.pop_front() {
        if u == goal {
            let mut path: Vec<usize> = std::iter::successors(Some(goal), |&v| parent[v]).collect();
            path.reverse();
            return Some(path);
        }
        for &v in &adj[u] {
            if !seen[v] {
                seen[v] = true;
                parent[v] = Some(u);
                queue.push_back(v);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indegree = vec![0usize; n];
    adj.iter().flatten().for_each(|&v| indegree[v] += 1);
    let mut ready: VecDeque<usize> = (0..n).filter(|&u| indegree[u] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(u) = ready.pop_front() {
        order.push(u);
        for &v in &adj[u] {
            indegree[v] -= 1;
            if indegree[v] == 0 {
                ready.push_back(v);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    // Every leftover node still has an in-edge from another leftover node.
    let left_over = |u: usize| indegree[u] > 0;
    let mut pred: Vec<Option<usize>> = vec![None; n];
    (0..n).filter(|&u| left_over(u)).for_each(|u| {
        adj[u].iter().filter(|&&v| left_over(v)).for_each(|&v| pred[v] = Some(u));
    });
    let first = (0..n).find(|&u| left_over(u)).expect("a leftover node");
    // Walk back n steps: we are then surely on the cycle.
    let on_cycle = (0..n).fold(first, |v, _| pred[v].expect("leftover nodes have a predecessor"));
    let mut cycle: Vec<usize> = std::iter::successors(Some(on_cycle), |&v| pred[v].filter(|&p| p != on_cycle)).collect();
    cycle.reverse();
    Ok(()).and(Err(cycle))
}
