// learner: optimal
// idiom: BFS with iterator-based path rebuild (successors); DFS with enter/exit events on one stack and parent pointers for the cycle
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited = vec![false; adj.len()];
    let mut parent = vec![usize::MAX; adj.len()];
    let mut q = VecDeque::from(vec![start]);
    visited[start] = true;
    while let Some(u) = q.pop_front() {
        if u == goal {
            break;
        }
        for &v in adj[u].iter().filter(|&&v| !visited[v]).collect::<Vec<_>>() {
            visited[v] = true;
            parent[v] = u;
            q.push_back(v);
        }
    }
    if !visited[goal] {
        return None;
    }
    let mut path: Vec<usize> = std::iter::successors(Some(goal), |&x| {
        if x == start { None } else { Some(parent[x]) }
    })
    .collect();
    path.reverse();
    Some(path)
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    New,
    Active,
    Finished,
}

enum Event {
    Enter(usize, usize), // node, parent
    Exit(usize),
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut mark = vec![Mark::New; n];
    let mut parent = vec![usize::MAX; n];
    let mut order = Vec::with_capacity(n);
    let mut events: Vec<Event> = Vec::new();
    for root in 0..n {
        if mark[root] != Mark::New {
            continue;
        }
        events.push(Event::Enter(root, usize::MAX));
        while let Some(ev) = events.pop() {
            match ev {
                Event::Enter(u, p) => {
                    if mark[u] != Mark::New {
                        continue;
                    }
                    mark[u] = Mark::Active;
                    parent[u] = p;
                    events.push(Event::Exit(u));
                    for &v in &adj[u] {
                        match mark[v] {
                            Mark::New => events.push(Event::Enter(v, u)),
                            Mark::Active => {
                                // v is an ancestor of u (or u itself)
                                let mut cyc = vec![u];
                                let mut w = u;
                                while w != v {
                                    w = parent[w];
                                    cyc.push(w);
                                }
                                cyc.reverse();
                                return Err(cyc);
                            }
                            Mark::Finished => {}
                        }
                    }
                }
                Event::Exit(u) => {
                    mark[u] = Mark::Finished;
                    order.push(u);
                }
            }
        }
    }
    order.reverse();
    Ok(order)
}
