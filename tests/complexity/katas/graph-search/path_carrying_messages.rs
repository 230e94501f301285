// learner: slow
// idiom: Pony actor-model programmer: every BFS message carries its own copy of the route so far (an `iso`-style owned Vec handed to the next node); topo order by DFS with an explicit stack and state enum.
// why: shortest_path is O(V * d) time and space (each enqueued node clones a path of up to d = V nodes, so O(V^2) on a long chain) vs the O(V + E) / O(V) target; topological_order is O(V + E).
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

/// A message: "you were reached, and this is how".
struct Visit {
    node: usize,
    route: Vec<usize>,
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut seen = vec![false; adj.len()];
    seen[start] = true;
    let mut mailbox: VecDeque<Visit> = VecDeque::new();
    mailbox.push_back(Visit { node: start, route: vec![start] });

    while let Some(msg) = mailbox.pop_front() {
        if msg.node == goal {
            return Some(msg.route);
        }
        for &next in &adj[msg.node] {
            if !seen[next] {
                seen[next] = true;
                let mut route = msg.route.clone();
                route.push(next);
                mailbox.push_back(Visit { node: next, route });
            }
        }
    }
    None
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Idle,
    Busy,
    Finished,
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state = vec![State::Idle; n];
    let mut cursor = vec![0usize; n];
    let mut finished = Vec::with_capacity(n);
    let mut stack: Vec<usize> = Vec::new();

    for root in 0..n {
        if state[root] != State::Idle {
            continue;
        }
        state[root] = State::Busy;
        stack.push(root);
        while let Some(&top) = stack.last() {
            if cursor[top] < adj[top].len() {
                let next = adj[top][cursor[top]];
                cursor[top] += 1;
                match state[next] {
                    State::Idle => {
                        state[next] = State::Busy;
                        stack.push(next);
                    }
                    State::Busy => {
                        let at = stack.iter().rposition(|&v| v == next).unwrap();
                        return Err(stack[at..].to_vec());
                    }
                    State::Finished => {}
                }
            } else {
                state[top] = State::Finished;
                finished.push(top);
                stack.pop();
            }
        }
    }
    finished.reverse();
    Ok(finished)
}
