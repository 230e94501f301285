// learner: optimal
// idiom: Option<usize> parent vec doubling as visited mark, DFS stack of slice iterators plus a position-on-path array for O(1) cycle slicing
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen = vec![false; adj.len()];
    seen[start] = true;
    let mut frontier = VecDeque::new();
    frontier.push_back(start);
    while let Some(u) = frontier.pop_front() {
        if u == goal {
            let mut path = vec![goal];
            let mut at = goal;
            while let Some(p) = parent[at] {
                path.push(p);
                at = p;
            }
            path.reverse();
            return Some(path);
        }
        for &v in adj[u].iter().filter(|&&v| !seen[v]).collect::<Vec<_>>() {
            seen[v] = true;
            parent[v] = Some(u);
            frontier.push_back(v);
        }
    }
    None
}

enum Mark {
    Unseen,
    OnPath(usize),
    Done,
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let mut mark: Vec<Mark> = (0..adj.len()).map(|_| Mark::Unseen).collect();
    let mut post = Vec::with_capacity(adj.len());
    let mut path: Vec<usize> = Vec::new();
    let mut iters: Vec<std::slice::Iter<'_, usize>> = Vec::new();

    for root in 0..adj.len() {
        if !matches!(mark[root], Mark::Unseen) {
            continue;
        }
        mark[root] = Mark::OnPath(0);
        path.push(root);
        iters.push(adj[root].iter());
        while let Some(it) = iters.last_mut() {
            match it.next() {
                Some(&v) => match mark[v] {
                    Mark::Unseen => {
                        mark[v] = Mark::OnPath(path.len());
                        path.push(v);
                        iters.push(adj[v].iter());
                    }
                    Mark::OnPath(depth) => return Err(path[depth..].to_vec()),
                    Mark::Done => {}
                },
                None => {
                    iters.pop();
                    let u = path.pop().unwrap();
                    mark[u] = Mark::Done;
                    post.push(u);
                }
            }
        }
    }
    post.reverse();
    Ok(post)
}
