// learner: slow
// idiom: Dart/Flutter-turned-Rust: each queue entry carries its own full path (List.of(path)..add(next)), seen-set as a HashSet; topo via iterator-stack DFS
// why: shortest_path clones the whole path into every queue entry: O(V * depth) time and space, O(V^2) on a long line, vs target O(V + E) time / O(V) space; topological_order is O(V + E)
use std::collections::{HashSet, VecDeque};

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut seen: HashSet<usize> = HashSet::from([start]);
    let mut queue: VecDeque<Vec<usize>> = VecDeque::from([vec![start]]);

    while let Some(path) = queue.pop_front() {
        let last = *path.last().unwrap();
        if last == goal {
            return Some(path);
        }
        for &next in &adj[last] {
            if seen.insert(next) {
                let mut extended = path.clone();
                extended.push(next);
                queue.push_back(extended);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut done = vec![false; n];
    let mut pos_on_path: Vec<Option<usize>> = vec![None; n];
    let mut result = Vec::with_capacity(n);

    for root in 0..n {
        if done[root] {
            continue;
        }
        let mut path = vec![root];
        pos_on_path[root] = Some(0);
        let mut stack = vec![adj[root].iter()];
        while let Some(iter) = stack.last_mut() {
            if let Some(&child) = iter.next() {
                if let Some(p) = pos_on_path[child] {
                    return Err(path[p..].to_vec());
                }
                if !done[child] {
                    pos_on_path[child] = Some(path.len());
                    path.push(child);
                    stack.push(adj[child].iter());
                }
            } else {
                stack.pop();
                let node = path.pop().unwrap();
                pos_on_path[node] = None;
                done[node] = true;
                result.push(node);
            }
        }
    }
    result.reverse();
    Ok(result)
}
