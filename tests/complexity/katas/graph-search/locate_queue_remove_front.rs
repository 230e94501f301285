// learner: slow
// idiom: Visual FoxPro database developer: BFS queue as a Vec "table" whose first record is deleted (remove(0)) on every read, and a visited list searched with LOCATE-style contains; topo order by a plain in-degree countdown.
// why: shortest_path is O(V^2 + V*E) time (remove(0) shifts the queue per dequeue, la_visited.contains scans per edge) vs the O(V + E) target; topological_order is O(V + E) as required.
//! Graph search, breadth first and depth first: see README.md.

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    // la_queue rows are (node, parent)
    let mut la_queue: Vec<(usize, usize)> = vec![(start, start)];
    let mut la_visited: Vec<usize> = vec![start];
    let mut la_log: Vec<(usize, usize)> = Vec::new(); // every row we read, with its parent

    while !la_queue.is_empty() {
        let (ln_node, ln_parent) = la_queue.remove(0);
        la_log.push((ln_node, ln_parent));
        if ln_node == goal {
            // walk the log back to the start
            let mut la_path = vec![goal];
            let mut ln_cur = ln_parent;
            let mut ln_child = goal;
            while ln_child != start {
                la_path.push(ln_cur);
                ln_child = ln_cur;
                let mut ln_i = 0;
                while ln_i < la_log.len() {
                    if la_log[ln_i].0 == ln_cur {
                        ln_cur = la_log[ln_i].1;
                        break;
                    }
                    ln_i += 1;
                }
            }
            la_path.reverse();
            return Some(la_path);
        }
        for &ln_next in &adj[ln_node] {
            if !la_visited.contains(&ln_next) {
                la_visited.push(ln_next);
                la_queue.push((ln_next, ln_node));
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let ln_nodes = adj.len();
    let mut la_indeg: Vec<usize> = vec![0; ln_nodes];
    for ln_u in 0..ln_nodes {
        for &ln_v in &adj[ln_u] {
            la_indeg[ln_v] += 1;
        }
    }
    let mut la_order: Vec<usize> = Vec::with_capacity(ln_nodes);
    for ln_u in 0..ln_nodes {
        if la_indeg[ln_u] == 0 {
            la_order.push(ln_u);
        }
    }
    let mut ln_recno = 0;
    while ln_recno < la_order.len() {
        let ln_u = la_order[ln_recno];
        ln_recno += 1;
        for &ln_v in &adj[ln_u] {
            la_indeg[ln_v] -= 1;
            if la_indeg[ln_v] == 0 {
                la_order.push(ln_v);
            }
        }
    }
    if la_order.len() == ln_nodes {
        return Ok(la_order);
    }
    // cycle: from a blocked node keep stepping to a blocked successor that is
    // still blocked *and* has a blocked successor itself; mark positions as we go
    let mut la_where: Vec<usize> = vec![usize::MAX; ln_nodes];
    // prune: a blocked node with no blocked successor can't be on a cycle
    let mut la_alive: Vec<bool> = la_indeg.iter().map(|&d| d > 0).collect();
    let mut la_outdeg: Vec<usize> = vec![0; ln_nodes];
    let mut la_preds: Vec<Vec<usize>> = vec![Vec::new(); ln_nodes];
    for ln_u in 0..ln_nodes {
        if !la_alive[ln_u] {
            continue;
        }
        for &ln_v in &adj[ln_u] {
            if la_alive[ln_v] {
                la_outdeg[ln_u] += 1;
                la_preds[ln_v].push(ln_u);
            }
        }
    }
    let mut la_sinks: Vec<usize> = (0..ln_nodes).filter(|&u| la_alive[u] && la_outdeg[u] == 0).collect();
    while let Some(ln_s) = la_sinks.pop() {
        la_alive[ln_s] = false;
        for &ln_p in &la_preds[ln_s] {
            la_outdeg[ln_p] -= 1;
            if la_outdeg[ln_p] == 0 && la_alive[ln_p] {
                la_sinks.push(ln_p);
            }
        }
    }
    let mut la_walk: Vec<usize> = Vec::new();
    let mut ln_cur = (0..ln_nodes).find(|&u| la_alive[u]).unwrap();
    while la_where[ln_cur] == usize::MAX {
        la_where[ln_cur] = la_walk.len();
        la_walk.push(ln_cur);
        ln_cur = *adj[ln_cur].iter().find(|&&v| la_alive[v]).unwrap();
    }
    Err(la_walk[la_where[ln_cur]..].to_vec())
}
