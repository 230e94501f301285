// In-degrees: the inner loop walks each node's list once, O(V + E) however
// the lists are named.
// expect in_degrees: time O(n), space O(n)
// target in_degrees: time O(V + E), space O(V)
pub fn in_degrees(adj: &[Vec<usize>]) -> Vec<usize> {
    let mut indeg = vec![0; adj.len()];
    for list in adj {
        for &v in list {
            indeg[v] += 1;
        }
    }
    indeg
}
