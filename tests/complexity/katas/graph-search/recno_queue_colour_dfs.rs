// learner: optimal
// idiom: Visual FoxPro database developer: BFS over a Vec "table" read with a moving record pointer (no deque), sentinel-filled parent column; topo order by an explicit DFS stack with a per-node edge pointer and 0/1/2 status codes.
//! Graph search, breadth first and depth first: see README.md.

const NO_PARENT: usize = usize::MAX;

// status codes, like a lookup table
const ST_NEW: u8 = 0;
const ST_OPEN: u8 = 1;
const ST_DONE: u8 = 2;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let ln_nodes = adj.len();
    let mut la_parent: Vec<usize> = vec![NO_PARENT; ln_nodes];
    let mut la_seen: Vec<bool> = vec![false; ln_nodes];
    // the queue is an append-only table; ln_recno is the record pointer
    let mut la_queue: Vec<usize> = Vec::with_capacity(ln_nodes);
    let mut ln_recno: usize = 0;
    let mut ll_found = false;

    la_queue.push(start);
    la_seen[start] = true;
    while ln_recno < la_queue.len() {
        let ln_node = la_queue[ln_recno];
        ln_recno += 1;
        if ln_node == goal {
            ll_found = true;
            break;
        }
        for ln_i in 0..adj[ln_node].len() {
            let ln_next = adj[ln_node][ln_i];
            if !la_seen[ln_next] {
                la_seen[ln_next] = true;
                la_parent[ln_next] = ln_node;
                la_queue.push(ln_next);
            }
        }
    }
    if !ll_found {
        return None;
    }

    let mut la_path: Vec<usize> = Vec::new();
    let mut ln_node = goal;
    loop {
        la_path.push(ln_node);
        if ln_node == start {
            break;
        }
        ln_node = la_parent[ln_node];
    }
    la_path.reverse();
    Some(la_path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let ln_nodes = adj.len();
    let mut la_status: Vec<u8> = vec![ST_NEW; ln_nodes];
    let mut la_edge_ptr: Vec<usize> = vec![0; ln_nodes]; // next edge to read, per node
    let mut la_stack_pos: Vec<usize> = vec![0; ln_nodes]; // where an open node sits on the stack
    let mut la_stack: Vec<usize> = Vec::new();
    let mut la_finished: Vec<usize> = Vec::with_capacity(ln_nodes);

    for ln_root in 0..ln_nodes {
        if la_status[ln_root] != ST_NEW {
            continue;
        }
        la_status[ln_root] = ST_OPEN;
        la_stack_pos[ln_root] = la_stack.len();
        la_stack.push(ln_root);

        while !la_stack.is_empty() {
            let ln_top = la_stack[la_stack.len() - 1];
            let ln_ptr = la_edge_ptr[ln_top];
            if ln_ptr == adj[ln_top].len() {
                // EOF() on this node's edges: close it
                la_status[ln_top] = ST_DONE;
                la_finished.push(ln_top);
                la_stack.pop();
                continue;
            }
            la_edge_ptr[ln_top] = ln_ptr + 1;
            let ln_next = adj[ln_top][ln_ptr];
            if la_status[ln_next] == ST_OPEN {
                // back edge: the cycle is the stack from ln_next up to the top
                let ln_from = la_stack_pos[ln_next];
                return Err(la_stack[ln_from..].to_vec());
            }
            if la_status[ln_next] == ST_NEW {
                la_status[ln_next] = ST_OPEN;
                la_stack_pos[ln_next] = la_stack.len();
                la_stack.push(ln_next);
            }
        }
    }
    la_finished.reverse();
    Ok(la_finished)
}
