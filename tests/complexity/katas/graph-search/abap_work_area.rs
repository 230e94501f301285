// learner: optimal
// idiom: ABAP-style long names, explicit work areas, VecDeque BFS with parent table, (node, next_edge) DFS stack with state table
use std::collections::VecDeque;

const STATE_UNSEEN: u8 = 0;
const STATE_ON_CURRENT_PATH: u8 = 1;
const STATE_FINISHED: u8 = 2;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let number_of_nodes = adj.len();
    let mut parent_table: Vec<Option<usize>> = vec![None; number_of_nodes];
    let mut seen_table: Vec<bool> = vec![false; number_of_nodes];
    let mut work_queue: VecDeque<usize> = VecDeque::new();

    seen_table[start] = true;
    work_queue.push_back(start);

    let mut goal_was_found = start == goal;
    while let Some(current_node) = work_queue.pop_front() {
        if goal_was_found {
            break;
        }
        for &neighbour_node in adj[current_node].iter() {
            if seen_table[neighbour_node] {
                continue;
            }
            seen_table[neighbour_node] = true;
            parent_table[neighbour_node] = Some(current_node);
            if neighbour_node == goal {
                goal_was_found = true;
                break;
            }
            work_queue.push_back(neighbour_node);
        }
    }

    if !goal_was_found {
        return None;
    }

    let mut result_path: Vec<usize> = Vec::new();
    let mut walking_node = goal;
    result_path.push(walking_node);
    while let Some(parent_of_walking_node) = parent_table[walking_node] {
        result_path.push(parent_of_walking_node);
        walking_node = parent_of_walking_node;
    }
    result_path.reverse();
    Some(result_path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let number_of_nodes = adj.len();
    let mut state_table: Vec<u8> = vec![STATE_UNSEEN; number_of_nodes];
    let mut finish_order: Vec<usize> = Vec::with_capacity(number_of_nodes);
    // work area: (node, index of next edge to try)
    let mut dfs_stack: Vec<(usize, usize)> = Vec::new();

    for root_node in 0..number_of_nodes {
        if state_table[root_node] != STATE_UNSEEN {
            continue;
        }
        state_table[root_node] = STATE_ON_CURRENT_PATH;
        dfs_stack.push((root_node, 0));

        while !dfs_stack.is_empty() {
            let top_index = dfs_stack.len() - 1;
            let (top_node, next_edge_index) = dfs_stack[top_index];
            if next_edge_index < adj[top_node].len() {
                dfs_stack[top_index].1 = next_edge_index + 1;
                let target_node = adj[top_node][next_edge_index];
                if state_table[target_node] == STATE_UNSEEN {
                    state_table[target_node] = STATE_ON_CURRENT_PATH;
                    dfs_stack.push((target_node, 0));
                } else if state_table[target_node] == STATE_ON_CURRENT_PATH {
                    // cycle: from target_node up to the top of the stack
                    let mut cycle_nodes: Vec<usize> = Vec::new();
                    let mut copy_active = false;
                    for &(stack_node, _) in dfs_stack.iter() {
                        if stack_node == target_node {
                            copy_active = true;
                        }
                        if copy_active {
                            cycle_nodes.push(stack_node);
                        }
                    }
                    return Err(cycle_nodes);
                }
            } else {
                state_table[top_node] = STATE_FINISHED;
                finish_order.push(top_node);
                dfs_stack.pop();
            }
        }
    }

    finish_order.reverse();
    Ok(finish_order)
}
