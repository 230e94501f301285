// learner: optimal
// idiom: Haskell-convert: level-synchronous BFS with current/next frontier Vecs, DFS stack of slice iterators plus a stack-position table
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut came_from: Vec<Option<usize>> = vec![None; adj.len()];
    let mut visited_flags = vec![false; adj.len()];
    visited_flags[start] = true;
    let mut current_frontier = vec![start];
    let mut goal_reached = start == goal;

    while !goal_reached && !current_frontier.is_empty() {
        let mut next_frontier = Vec::new();
        for &frontier_node in &current_frontier {
            for &successor in &adj[frontier_node] {
                if !visited_flags[successor] {
                    visited_flags[successor] = true;
                    came_from[successor] = Some(frontier_node);
                    next_frontier.push(successor);
                    if successor == goal {
                        goal_reached = true;
                    }
                }
            }
        }
        current_frontier = next_frontier;
    }

    if !goal_reached {
        return None;
    }
    let mut reversed_route = Vec::new();
    let mut cursor_node = Some(goal);
    while let Some(node) = cursor_node {
        reversed_route.push(node);
        cursor_node = came_from[node];
    }
    reversed_route.reverse();
    Some(reversed_route)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    const NOT_ON_STACK: usize = usize::MAX;
    let node_count = adj.len();
    let mut finished = vec![false; node_count];
    let mut stack_position = vec![NOT_ON_STACK; node_count];
    let mut post_order = Vec::with_capacity(node_count);
    let mut path_nodes: Vec<usize> = Vec::new();
    let mut pending_edges: Vec<std::slice::Iter<'_, usize>> = Vec::new();

    for root in 0..node_count {
        if finished[root] {
            continue;
        }
        stack_position[root] = path_nodes.len();
        path_nodes.push(root);
        pending_edges.push(adj[root].iter());

        loop {
            let depth = pending_edges.len();
            if depth == 0 {
                break;
            }
            match pending_edges[depth - 1].next() {
                Some(&child) => {
                    if stack_position[child] != NOT_ON_STACK {
                        return Err(path_nodes[stack_position[child]..].to_vec());
                    }
                    if !finished[child] {
                        stack_position[child] = path_nodes.len();
                        path_nodes.push(child);
                        pending_edges.push(adj[child].iter());
                    }
                }
                None => {
                    let done_node = path_nodes.pop().unwrap();
                    pending_edges.pop();
                    stack_position[done_node] = NOT_ON_STACK;
                    finished[done_node] = true;
                    post_order.push(done_node);
                }
            }
        }
    }
    post_order.reverse();
    Ok(post_order)
}
