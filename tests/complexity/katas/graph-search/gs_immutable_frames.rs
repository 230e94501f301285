// learner: optimal
// idiom: Dart-ish: small Copy structs and enums, VecDeque BFS, path rebuilt with iter::successors, Frame stack
use std::collections::VecDeque;
use std::iter::successors;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Fresh,
    OnPath,
    Done,
}

#[derive(Clone, Copy)]
struct Frame {
    node: usize,
    next_edge: usize,
}

impl Frame {
    fn at(node: usize) -> Self {
        Frame { node, next_edge: 0 }
    }
    fn advanced(self) -> Self {
        Frame { next_edge: self.next_edge + 1, ..self }
    }
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut came_from: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen = vec![false; adj.len()];
    let mut queue = VecDeque::from([start]);
    seen[start] = true;
    while let Some(node) = queue.pop_front() {
        if node == goal {
            let mut path: Vec<usize> =
                successors(Some(goal), |&n| came_from[n]).collect();
            path.reverse();
            return Some(path);
        }
        adj[node].iter().copied().for_each(|next| {
            if !seen[next] {
                seen[next] = true;
                came_from[next] = Some(node);
                queue.push_back(next);
            }
        });
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let mut marks = vec![Mark::Fresh; adj.len()];
    let mut finished = Vec::with_capacity(adj.len());
    let mut stack: Vec<Frame> = Vec::new();

    for root in 0..adj.len() {
        if marks[root] != Mark::Fresh {
            continue;
        }
        marks[root] = Mark::OnPath;
        stack.push(Frame::at(root));
        while let Some(&top) = stack.last() {
            match adj[top.node].get(top.next_edge).copied() {
                Some(next) => {
                    *stack.last_mut().unwrap() = top.advanced();
                    match marks[next] {
                        Mark::Fresh => {
                            marks[next] = Mark::OnPath;
                            stack.push(Frame::at(next));
                        }
                        Mark::OnPath => {
                            let from = stack.iter().rposition(|f| f.node == next).unwrap();
                            return Err(stack[from..].iter().map(|f| f.node).collect());
                        }
                        Mark::Done => {}
                    }
                }
                None => {
                    marks[top.node] = Mark::Done;
                    finished.push(top.node);
                    stack.pop();
                }
            }
        }
    }
    finished.reverse();
    Ok(finished)
}
