// learner: optimal
// idiom: C#-style LINQ: iterator chains, enum NodeState, VecDeque queue, explicit frame stack
use std::collections::VecDeque;

#[derive(Clone, Copy, PartialEq, Eq)]
enum NodeState {
    Unseen,
    OnPath,
    Done,
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen: Vec<bool> = vec![false; adj.len()];
    let mut queue: VecDeque<usize> = VecDeque::new();
    seen[start] = true;
    queue.push_back(start);
    while let Some(current) = queue.pop_front() {
        if current == goal {
            let mut path: Vec<usize> =
                std::iter::successors(Some(goal), |&n| parent[n]).collect();
            path.reverse();
            return Some(path);
        }
        for &next in adj[current].iter() {
            if !seen[next] {
                seen[next] = true;
                parent[next] = Some(current);
                queue.push_back(next);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let count = adj.len();
    let mut state = vec![NodeState::Unseen; count];
    let mut finished: Vec<usize> = Vec::with_capacity(count);
    let mut frames: Vec<(usize, usize)> = Vec::new();
    for root in 0..count {
        if state[root] != NodeState::Unseen {
            continue;
        }
        state[root] = NodeState::OnPath;
        frames.push((root, 0));
        while let Some(&(node, edge)) = frames.last() {
            if let Some(&next) = adj[node].get(edge) {
                frames.last_mut().unwrap().1 += 1;
                match state[next] {
                    NodeState::Unseen => {
                        state[next] = NodeState::OnPath;
                        frames.push((next, 0));
                    }
                    NodeState::OnPath => {
                        let from = frames.iter().position(|&(n, _)| n == next).unwrap();
                        return Err(frames[from..].iter().map(|&(n, _)| n).collect());
                    }
                    NodeState::Done => {}
                }
            } else {
                state[node] = NodeState::Done;
                finished.push(node);
                frames.pop();
            }
        }
    }
    Ok(finished.into_iter().rev().collect())
}
