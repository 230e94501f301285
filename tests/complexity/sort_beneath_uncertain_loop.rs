// A sort beneath an upper bound that is not certain: the work list's loop
// over each node's items is priced n × n (an upper bound: each item is
// pushed once), but the sort of the n values collected is certain, and it
// is over the O(n) target on its own.
// expect flatten: time O(n^2), space O(n^2)
// target flatten: time O(n), space O(n)
pub enum Tree {
    Leaf(i64),
    Node(Vec<Tree>),
}
pub fn flatten(tree: &Tree) -> Vec<i64> {
    let mut stack: Vec<&Tree> = vec![tree];
    let mut found: Vec<(usize, i64)> = Vec::new();
    let mut visit = 0usize;
    while let Some(node) = stack.pop() {
        match node {
            Tree::Leaf(v) => {
                found.push((visit, *v));
                visit += 1;
            }
            Tree::Node(items) => {
                for item in items {
                    stack.push(item);
                }
            }
        }
    }
    found.sort_by(|a, b| b.0.cmp(&a.0));
    found.into_iter().map(|(_, v)| v).collect()
}
