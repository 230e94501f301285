// learner: optimal
// idiom: Dart/Flutter-turned-Rust: level-by-level frontier lists with a HashMap of "cameFrom", and a DFS whose stack holds slice iterators (like Dart's Iterator.moveNext) plus the live path for cycle slicing
use std::collections::HashMap;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut came_from: HashMap<usize, usize> = HashMap::new();
    came_from.insert(start, start);
    let mut frontier = vec![start];

    while !frontier.is_empty() && !came_from.contains_key(&goal) {
        let mut next_level = Vec::new();
        for &node in &frontier {
            for &next in &adj[node] {
                if let std::collections::hash_map::Entry::Vacant(slot) = came_from.entry(next) {
                    slot.insert(node);
                    next_level.push(next);
                }
            }
        }
        frontier = next_level;
    }

    came_from.contains_key(&goal).then(|| {
        let mut path = vec![goal];
        let mut at = goal;
        while at != start {
            at = came_from[&at];
            path.push(at);
        }
        path.reverse();
        path
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Fresh,
    OnPath(usize), // position in the current path
    Done,
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let mut marks = vec![Mark::Fresh; adj.len()];
    let mut post_order = Vec::with_capacity(adj.len());
    let mut path: Vec<usize> = Vec::new();
    let mut iters: Vec<std::slice::Iter<'_, usize>> = Vec::new();

    for root in 0..adj.len() {
        if marks[root] != Mark::Fresh {
            continue;
        }
        marks[root] = Mark::OnPath(0);
        path.push(root);
        iters.push(adj[root].iter());

        while let Some(it) = iters.last_mut() {
            match it.next() {
                Some(&child) => match marks[child] {
                    Mark::Fresh => {
                        marks[child] = Mark::OnPath(path.len());
                        path.push(child);
                        iters.push(adj[child].iter());
                    }
                    Mark::OnPath(pos) => return Err(path[pos..].to_vec()),
                    Mark::Done => {}
                },
                None => {
                    iters.pop();
                    let finished = path.pop().unwrap();
                    marks[finished] = Mark::Done;
                    post_order.push(finished);
                }
            }
        }
    }

    post_order.reverse();
    Ok(post_order)
}
