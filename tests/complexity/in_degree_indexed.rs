// In-degrees by index, with neutral names: `g[u]` is one list of a
// collection of lists, walked once per node: O(V + E).
// expect count_in: time O(n), space O(n)
// target count_in: time O(V + E), space O(V)
pub fn count_in(g: &Vec<Vec<usize>>) -> Vec<u32> {
    let mut c = vec![0; g.len()];
    for u in 0..g.len() {
        for &w in &g[u] {
            c[w] += 1;
        }
    }
    c
}
