// Iterative depth-first search with an explicit stack.
// expect reachable: time O(n), space O(n)
pub fn reachable(adj: &[Vec<usize>], start: usize) -> usize {
    let mut seen = vec![false; adj.len()];
    let mut stack = vec![start];
    let mut count = 0;
    while let Some(u) = stack.pop() {
        if seen[u] {
            continue;
        }
        seen[u] = true;
        count += 1;
        for &v in &adj[u] {
            stack.push(v);
        }
    }
    count
}
