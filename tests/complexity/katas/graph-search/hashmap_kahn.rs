// learner: optimal
// idiom: TS-style: VecDeque BFS with a HashMap of parents and successors() for the path; Kahn's algorithm with in-degrees, cycle found by walking predecessors
use std::collections::{HashMap, VecDeque};

fn build_path(parents: &HashMap<usize, usize>, start: usize, goal: usize) -> Vec<usize> {
    let mut path: Vec<usize> = std::iter::successors(Some(goal), |node| {
        if *node == start {
            None
        } else {
            parents.get(node).copied()
        }
    })
    .collect();
    path.reverse();
    path
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parents: HashMap<usize, usize> = HashMap::new();
    parents.insert(start, start);
    let mut queue = VecDeque::from([start]);

    while let Some(node) = queue.pop_front() {
        if node == goal {
            return Some(build_path(&parents, start, goal));
        }
        for &next in &adj[node] {
            if !parents.contains_key(&next) {
                parents.insert(next, node);
                queue.push_back(next);
            }
        }
    }
    None
}

fn count_in_degrees(adj: &[Vec<usize>]) -> Vec<usize> {
    let mut in_degree = vec![0; adj.len()];
    adj.iter().flatten().for_each(|&to| in_degree[to] += 1);
    in_degree
}

/// Every node left after Kahn's algorithm still has a predecessor that is left too,
/// so walking predecessors must eventually repeat a node: that loop is a cycle.
fn find_cycle(adj: &[Vec<usize>], left: &[bool]) -> Vec<usize> {
    let mut some_pred: Vec<Option<usize>> = vec![None; adj.len()];
    for (from, targets) in adj.iter().enumerate() {
        if !left[from] {
            continue;
        }
        for &to in targets {
            if left[to] {
                some_pred[to] = Some(from);
            }
        }
    }
    let begin = left.iter().position(|&l| l).expect("some node is left");
    let mut seen_at: Vec<Option<usize>> = vec![None; adj.len()];
    let mut walk: Vec<usize> = Vec::new();
    let mut node = begin;
    loop {
        if let Some(at) = seen_at[node] {
            let mut cycle = walk[at..].to_vec();
            cycle.reverse(); // we walked edges backwards
            return cycle;
        }
        seen_at[node] = Some(walk.len());
        walk.push(node);
        node = some_pred[node].expect("a left node has a left predecessor");
    }
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let mut in_degree = count_in_degrees(adj);
    let mut ready: VecDeque<usize> = (0..adj.len()).filter(|&n| in_degree[n] == 0).collect();
    let mut order = Vec::with_capacity(adj.len());

    while let Some(node) = ready.pop_front() {
        order.push(node);
        for &next in &adj[node] {
            in_degree[next] -= 1;
            if in_degree[next] == 0 {
                ready.push_back(next);
            }
        }
    }

    if order.len() == adj.len() {
        Ok(order)
    } else {
        let left: Vec<bool> = in_degree.iter().map(|&d| d > 0).collect();
        Err(find_cycle(adj, &left))
    }
}
