// learner: slow
// idiom: SAS statistician: a "dataset" of visited nodes kept as a plain Vec and looked up with contains, the queue dequeued with remove(0); Kahn's sort with the same remove(0) queue
// why: shortest_path is O(V^2 + V*E) (visited.contains scans the visited list on every edge, remove(0) shifts the queue) vs O(V + E); topological_order is O(V^2) on wide graphs (remove(0) on a queue of ready nodes) vs O(V + E)
//! Graph search, breadth first and depth first: see README.md.

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited: Vec<usize> = vec![start];
    let mut pred: Vec<(usize, usize)> = Vec::new(); // (node, predecessor) records
    let mut queue: Vec<usize> = vec![start];
    while !queue.is_empty() {
        let u = queue.remove(0);
        if u == goal {
            break;
        }
        for &v in &adj[u] {
            if !visited.contains(&v) {
                visited.push(v);
                pred.push((v, u));
                queue.push(v);
            }
        }
    }
    if !visited.contains(&goal) {
        return None;
    }
    let mut path = vec![goal];
    let mut x = goal;
    while x != start {
        let rec = pred.iter().find(|r| r.0 == x).unwrap();
        x = rec.1;
        path.push(x);
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0usize; n];
    for u in 0..n {
        for &v in &adj[u] {
            indeg[v] += 1;
        }
    }
    let mut ready: Vec<usize> = (0..n).filter(|&u| indeg[u] == 0).collect();
    let mut order = Vec::new();
    while !ready.is_empty() {
        let u = ready.remove(0);
        order.push(u);
        for &v in &adj[u] {
            indeg[v] -= 1;
            if indeg[v] == 0 {
                ready.push(v);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    // leftovers: each has a leftover predecessor; follow predecessors until a node repeats
    let mut back = vec![usize::MAX; n];
    for u in 0..n {
        if indeg[u] == 0 {
            continue;
        }
        for &v in &adj[u] {
            if indeg[v] > 0 && back[v] == usize::MAX {
                back[v] = u;
            }
        }
    }
    let mut onwalk = vec![false; n];
    let mut x = (0..n).find(|&u| indeg[u] > 0).unwrap();
    while !onwalk[x] {
        onwalk[x] = true;
        x = back[x];
    }
    let mut cycle = vec![x];
    let mut y = back[x];
    while y != x {
        cycle.push(y);
        y = back[y];
    }
    cycle.reverse();
    Err(cycle)
}
