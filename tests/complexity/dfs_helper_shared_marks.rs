// A depth-first search from every unvisited root through a helper that gets
// the marks table: the calls skip what earlier calls marked, so together
// they visit every node once, O(V + E), not n searches of O(n).
// unsure: the helper's cost is per call; only over the whole loop is it n
// expect order: time O(n^2), space O(n)
// target order: time O(n), space O(n)
fn visit(adj: &[Vec<usize>], root: usize, seen: &mut [bool], out: &mut Vec<usize>) {
    let mut stack = vec![root];
    seen[root] = true;
    while let Some(u) = stack.pop() {
        out.push(u);
        for &v in &adj[u] {
            if !seen[v] {
                seen[v] = true;
                stack.push(v);
            }
        }
    }
}

pub fn order(adj: &[Vec<usize>]) -> Vec<usize> {
    let mut seen = vec![false; adj.len()];
    let mut out = Vec::with_capacity(adj.len());
    for root in 0..adj.len() {
        if !seen[root] {
            visit(adj, root, &mut seen, &mut out);
        }
    }
    out
}
