// learner: optimal
// idiom: Smalltalk developer: BFS ring by ring (swap current/next frontier collections), DFS with Enter/Leave messages pushed on an explicit work stack
//! Graph search, breadth first and depth first: see README.md.

enum Visit {
    Enter { node: usize, from: Option<usize> },
    Leave(usize),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Unvisited,
    OnPath,
    Done,
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut came_from: Vec<Option<usize>> = vec![None; adj.len()];
    let mut reached = vec![false; adj.len()];
    reached[start] = true;
    let mut frontier = vec![start];
    let mut next_ring = Vec::new();
    while !frontier.is_empty() && !reached[goal] {
        for &node in &frontier {
            for &neighbour in &adj[node] {
                if !reached[neighbour] {
                    reached[neighbour] = true;
                    came_from[neighbour] = Some(node);
                    next_ring.push(neighbour);
                }
            }
        }
        std::mem::swap(&mut frontier, &mut next_ring);
        next_ring.clear();
    }
    reached[goal].then(|| {
        let mut path: Vec<usize> =
            std::iter::successors(Some(goal), |&n| came_from[n]).collect();
        path.reverse();
        path
    })
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut mark = vec![Mark::Unvisited; n];
    let mut parent: Vec<Option<usize>> = vec![None; n];
    let mut postorder = Vec::with_capacity(n);
    let mut work = Vec::new();
    for root in 0..n {
        if mark[root] != Mark::Unvisited {
            continue;
        }
        work.push(Visit::Enter { node: root, from: None });
        while let Some(visit) = work.pop() {
            match visit {
                Visit::Leave(node) => {
                    mark[node] = Mark::Done;
                    postorder.push(node);
                }
                Visit::Enter { node, from } => {
                    if mark[node] != Mark::Unvisited {
                        continue;
                    }
                    mark[node] = Mark::OnPath;
                    parent[node] = from;
                    work.push(Visit::Leave(node));
                    for &child in adj[node].iter().rev() {
                        match mark[child] {
                            Mark::OnPath => return Err(cycle_through(&parent, node, child)),
                            Mark::Unvisited => work.push(Visit::Enter { node: child, from: Some(node) }),
                            Mark::Done => {}
                        }
                    }
                }
            }
        }
    }
    postorder.reverse();
    Ok(postorder)
}

fn cycle_through(parent: &[Option<usize>], tail: usize, head: usize) -> Vec<usize> {
    let mut cycle: Vec<usize> = std::iter::successors(Some(tail), |&n| if n == head { None } else { parent[n] }).collect();
    cycle.reverse();
    cycle
}
