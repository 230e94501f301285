// learner: slow
// idiom: JavaScript bootcamp graduate: BFS like queue.shift() with Vec::remove(0), visited list checked with .contains() like Array.includes, paths stored as whole arrays per queue entry; DFS topo with a Vec<bool> stack walk
// why: shortest_path is O(V^2 + V*E) time and O(V^2) space (remove(0) shifts the queue, visited.contains scans a Vec per edge, each queue entry clones its path) vs the O(V + E) / O(V) target; topological_order is O(V + E)
//! Graph search, breadth first and depth first: see README.md.

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut queue: Vec<Vec<usize>> = vec![vec![start]];
    let mut visited: Vec<usize> = vec![start];
    while queue.len() > 0 {
        let path = queue.remove(0);
        let last = *path.last().unwrap();
        if last == goal {
            return Some(path);
        }
        for &next in &adj[last] {
            if !visited.contains(&next) {
                visited.push(next);
                let mut newPath = path.clone();
                newPath.push(next);
                queue.push(newPath);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state = vec![0u8; n]; // 0 = new, 1 = in progress, 2 = done
    let mut result = vec![];
    let mut stack: Vec<(usize, usize)> = vec![];
    let mut from = vec![0usize; n];
    for s in 0..n {
        if state[s] != 0 {
            continue;
        }
        stack.push((s, 0));
        state[s] = 1;
        while stack.len() > 0 {
            let top = stack.len() - 1;
            let (node, i) = stack[top];
            if i == adj[node].len() {
                stack.pop();
                state[node] = 2;
                result.push(node);
                continue;
            }
            stack[top].1 += 1;
            let next = adj[node][i];
            if state[next] == 1 {
                let mut cycle = vec![node];
                let mut x = node;
                while x != next {
                    x = from[x];
                    cycle.push(x);
                }
                cycle.reverse();
                return Err(cycle);
            }
            if state[next] == 0 {
                state[next] = 1;
                from[next] = node;
                stack.push((next, 0));
            }
        }
    }
    result.reverse();
    Ok(result)
}
