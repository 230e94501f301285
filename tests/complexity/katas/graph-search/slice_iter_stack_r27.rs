// learner: optimal
// idiom: Eiffel design-by-contract developer: a small Search object with class invariant check, level-by-level BFS with frontier/next vectors, DFS stack holding slice iterators and an on-path position table
//! Graph search, breadth first and depth first: see README.md.

const UNSET: usize = usize::MAX;

struct Walk<'g> {
    graph: &'g [Vec<usize>],
    came_from: Vec<usize>,
}

impl<'g> Walk<'g> {
    fn make(graph: &'g [Vec<usize>]) -> Self {
        Walk { graph, came_from: vec![UNSET; graph.len()] }
    }

    /// invariant: came_from has one slot per node
    fn invariant(&self) -> bool {
        self.came_from.len() == self.graph.len()
    }

    fn trace_back(&self, start: usize, goal: usize) -> Vec<usize> {
        let mut path = Vec::new();
        let mut node = goal;
        loop {
            path.push(node);
            if node == start {
                break;
            }
            node = self.came_from[node];
        }
        path.reverse();
        path
    }
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    assert!(start < adj.len() && goal < adj.len(), "require: valid endpoints");
    let mut walk = Walk::make(adj);
    walk.came_from[start] = start;
    let mut frontier = vec![start];
    let mut next_frontier = Vec::new();
    while !frontier.is_empty() && walk.came_from[goal] == UNSET {
        for &u in &frontier {
            for &v in &adj[u] {
                if walk.came_from[v] == UNSET {
                    walk.came_from[v] = u;
                    next_frontier.push(v);
                }
            }
        }
        std::mem::swap(&mut frontier, &mut next_frontier);
        next_frontier.clear();
    }
    debug_assert!(walk.invariant());
    if walk.came_from[goal] == UNSET {
        None
    } else {
        Some(walk.trace_back(start, goal))
    }
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    // on_path[v] = index of v in `path` while v is on the current DFS path
    let mut on_path = vec![UNSET; n];
    let mut done = vec![false; n];
    let mut post_order = Vec::with_capacity(n);
    let mut path: Vec<usize> = Vec::new();
    let mut iters: Vec<std::slice::Iter<usize>> = Vec::new();

    for root in 0..n {
        if done[root] {
            continue;
        }
        on_path[root] = 0;
        path.push(root);
        iters.push(adj[root].iter());
        while let Some(it) = iters.last_mut() {
            match it.next() {
                Some(&v) if on_path[v] != UNSET => {
                    return Err(path[on_path[v]..].to_vec());
                }
                Some(&v) if !done[v] => {
                    on_path[v] = path.len();
                    path.push(v);
                    iters.push(adj[v].iter());
                }
                Some(_) => {}
                None => {
                    iters.pop();
                    let u = path.pop().expect("path and iters move together");
                    on_path[u] = UNSET;
                    done[u] = true;
                    post_order.push(u);
                }
            }
        }
    }
    post_order.reverse();
    debug_assert_eq!(post_order.len(), n, "ensure: all nodes ordered");
    Ok(post_order)
}
