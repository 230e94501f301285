// learner: optimal
// idiom: iterator-heavy with small helpers: successors via filter/for_each, path rebuilt with successors(), DFS stack of slice iterators
use std::collections::VecDeque;

fn rebuild(parent: &[usize], goal: usize) -> Vec<usize> {
    let mut path: Vec<usize> = std::iter::successors(Some(goal), |&v| {
        let p = parent[v];
        (p != v).then_some(p)
    })
    .collect();
    path.reverse();
    path
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    const UNSEEN: usize = usize::MAX;
    let mut parent = vec![UNSEEN; adj.len()];
    parent[start] = start;
    let mut frontier = VecDeque::from([start]);
    while let Some(u) = frontier.pop_front() {
        if u == goal {
            return Some(rebuild(&parent, goal));
        }
        adj[u].iter().for_each(|&v| {
            if parent[v] == UNSEEN {
                parent[v] = u;
                frontier.push_back(v);
            }
        });
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    const NEW: u8 = 0;
    const OPEN: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; adj.len()];
    let mut post = Vec::with_capacity(adj.len());
    let mut path: Vec<usize> = Vec::new();
    let mut iters: Vec<std::slice::Iter<'_, usize>> = Vec::new();

    for s in 0..adj.len() {
        if state[s] != NEW {
            continue;
        }
        state[s] = OPEN;
        path.push(s);
        iters.push(adj[s].iter());
        while let Some(it) = iters.last_mut() {
            match it.next().copied() {
                Some(v) if state[v] == NEW => {
                    state[v] = OPEN;
                    path.push(v);
                    iters.push(adj[v].iter());
                }
                Some(v) if state[v] == OPEN => {
                    let at = path.iter().rposition(|&w| w == v).unwrap();
                    return Err(path.split_off(at));
                }
                Some(_) => {}
                None => {
                    iters.pop();
                    let u = path.pop().unwrap();
                    state[u] = DONE;
                    post.push(u);
                }
            }
        }
    }
    Ok(post.into_iter().rev().collect())
}
