// In-degrees by index: the inner loop runs over the indices of one node's
// list (`0..adj[u].len()`), and the lists add up to the edges: O(V + E).
// expect in_degrees: time O(n), space O(n)
// target in_degrees: time O(n), space O(n)
pub fn in_degrees(adj: &Vec<Vec<usize>>) -> Vec<usize> {
    let n = adj.len();
    let mut deg = vec![0; n];
    for u in 0..n {
        for k in 0..adj[u].len() {
            deg[adj[u][k]] += 1;
        }
    }
    deg
}
