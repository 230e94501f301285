// learner: optimal
// idiom: Pony actor-model programmer: BFS as rounds of messages (current frontier -> next frontier Vecs), DFS as a stack of slice iterators with a three-state enum and a `_came_from` column to rebuild the cycle.
//! Graph search, breadth first and depth first: see README.md.

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Untouched,
    Active,
    Retired,
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut came_from: Vec<Option<usize>> = vec![None; adj.len()];
    let mut reached = vec![false; adj.len()];
    reached[start] = true;

    let mut frontier = vec![start];
    while !frontier.is_empty() && !reached[goal] {
        let mut next_round = Vec::new();
        for &sender in &frontier {
            for &receiver in &adj[sender] {
                if !reached[receiver] {
                    reached[receiver] = true;
                    came_from[receiver] = Some(sender);
                    next_round.push(receiver);
                }
            }
        }
        frontier = next_round;
    }
    if !reached[goal] {
        return None;
    }
    let mut path: Vec<usize> = std::iter::successors(Some(goal), |&v| came_from[v]).collect();
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut mark = vec![Mark::Untouched; n];
    let mut came_from = vec![usize::MAX; n];
    let mut retired = Vec::with_capacity(n);

    for root in 0..n {
        if mark[root] != Mark::Untouched {
            continue;
        }
        mark[root] = Mark::Active;
        let mut stack: Vec<(usize, std::slice::Iter<'_, usize>)> = vec![(root, adj[root].iter())];
        while let Some((node, edges)) = stack.last_mut() {
            let node = *node;
            match edges.next() {
                None => {
                    mark[node] = Mark::Retired;
                    retired.push(node);
                    stack.pop();
                }
                Some(&next) => match mark[next] {
                    Mark::Retired => {}
                    Mark::Untouched => {
                        mark[next] = Mark::Active;
                        came_from[next] = node;
                        stack.push((next, adj[next].iter()));
                    }
                    Mark::Active => {
                        // next -> ... -> node -> next: follow the came_from links back.
                        let mut cycle = vec![node];
                        let mut at = node;
                        while at != next {
                            at = came_from[at];
                            cycle.push(at);
                        }
                        cycle.reverse();
                        return Err(cycle);
                    }
                },
            }
        }
    }
    retired.reverse();
    Ok(retired)
}
