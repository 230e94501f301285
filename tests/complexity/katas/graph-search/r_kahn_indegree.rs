// learner: optimal
// idiom: R-style index vectors: BFS parent vector + path via successors/rev; Kahn's algorithm on an indegree vector, cycle recovered from a predecessor vector
use std::collections::VecDeque;

fn path_from_parents(parent: &[Option<usize>], start: usize, goal: usize) -> Vec<usize> {
    let mut path: Vec<usize> = std::iter::successors(Some(goal), |&v| if v == start { None } else { parent[v] })
        .collect();
    path.reverse();
    path
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut parent: Vec<Option<usize>> = vec![None; n];
    let mut seen = vec![false; n];
    seen[start] = true;
    let mut queue = VecDeque::from(vec![start]);
    while let Some(u) = queue.pop_front() {
        if u == goal {
            return Some(path_from_parents(&parent, start, goal));
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

fn indegrees(adj: &[Vec<usize>]) -> Vec<usize> {
    let mut deg = vec![0usize; adj.len()];
    adj.iter().flatten().for_each(|&v| deg[v] += 1);
    deg
}

fn find_cycle(adj: &[Vec<usize>], remaining: &[bool]) -> Vec<usize> {
    // every remaining node has an in-edge from another remaining node
    let n = adj.len();
    let mut pred: Vec<Option<usize>> = vec![None; n];
    for u in (0..n).filter(|&u| remaining[u]) {
        for &v in adj[u].iter().filter(|&&v| remaining[v]) {
            pred[v] = Some(u);
        }
    }
    let first = (0..n).find(|&u| remaining[u]).expect("a cycle exists");
    // walk predecessors until a node repeats
    let mut mark = vec![false; n];
    let mut cur = first;
    while !mark[cur] {
        mark[cur] = true;
        cur = pred[cur].expect("remaining node has a remaining predecessor");
    }
    // cur is on the cycle; collect it backwards then reverse
    let mut cycle = vec![cur];
    let mut x = pred[cur].unwrap();
    while x != cur {
        cycle.push(x);
        x = pred[x].unwrap();
    }
    cycle.reverse();
    cycle
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut deg = indegrees(adj);
    let mut ready: Vec<usize> = (0..n).filter(|&u| deg[u] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(u) = ready.pop() {
        order.push(u);
        for &v in &adj[u] {
            deg[v] -= 1;
            if deg[v] == 0 {
                ready.push(v);
            }
        }
    }
    if order.len() == n {
        Ok(order)
    } else {
        let remaining: Vec<bool> = deg.iter().map(|&d| d > 0).collect();
        Err(find_cycle(adj, &remaining))
    }
}
