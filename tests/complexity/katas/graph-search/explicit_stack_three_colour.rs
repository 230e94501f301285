// learner: optimal
// idiom: Haskell-convert imperative style: VecDeque BFS with parent breadcrumbs, DFS with explicit (node, next_edge) stack and a three-state enum
use std::collections::VecDeque;

#[derive(Clone, Copy, PartialEq, Eq)]
enum VisitState {
    Unseen,
    OnCurrentPath,
    Finished,
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let node_count = adj.len();
    let mut parent_of: Vec<Option<usize>> = vec![None; node_count];
    let mut discovered: Vec<bool> = vec![false; node_count];
    let mut frontier_queue: VecDeque<usize> = VecDeque::new();

    discovered[start] = true;
    frontier_queue.push_back(start);

    while let Some(current_node) = frontier_queue.pop_front() {
        if current_node == goal {
            let mut path_backwards = vec![goal];
            let mut walker = goal;
            while let Some(previous_node) = parent_of[walker] {
                path_backwards.push(previous_node);
                walker = previous_node;
            }
            path_backwards.reverse();
            return Some(path_backwards);
        }
        for &neighbour in &adj[current_node] {
            if !discovered[neighbour] {
                discovered[neighbour] = true;
                parent_of[neighbour] = Some(current_node);
                frontier_queue.push_back(neighbour);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let node_count = adj.len();
    let mut state_of = vec![VisitState::Unseen; node_count];
    let mut finishing_order: Vec<usize> = Vec::with_capacity(node_count);
    let mut dfs_stack: Vec<(usize, usize)> = Vec::new();

    for root in 0..node_count {
        if state_of[root] != VisitState::Unseen {
            continue;
        }
        state_of[root] = VisitState::OnCurrentPath;
        dfs_stack.push((root, 0));

        while let Some(&(top_node, next_edge_index)) = dfs_stack.last() {
            if next_edge_index < adj[top_node].len() {
                let stack_len = dfs_stack.len();
                dfs_stack[stack_len - 1].1 += 1;
                let target = adj[top_node][next_edge_index];
                match state_of[target] {
                    VisitState::Unseen => {
                        state_of[target] = VisitState::OnCurrentPath;
                        dfs_stack.push((target, 0));
                    }
                    VisitState::OnCurrentPath => {
                        let cycle_start_position = dfs_stack
                            .iter()
                            .rposition(|&(node, _)| node == target)
                            .expect("an on-path node is on the stack");
                        let cycle_nodes: Vec<usize> = dfs_stack[cycle_start_position..]
                            .iter()
                            .map(|&(node, _)| node)
                            .collect();
                        return Err(cycle_nodes);
                    }
                    VisitState::Finished => {}
                }
            } else {
                state_of[top_node] = VisitState::Finished;
                finishing_order.push(top_node);
                dfs_stack.pop();
            }
        }
    }
    finishing_order.reverse();
    Ok(finishing_order)
}
