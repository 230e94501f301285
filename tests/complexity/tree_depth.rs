// Recursion into both children of a tree: each node once.
// expect depth: time O(n), space O(n)
pub struct Node {
    pub left: Option<Box<Node>>,
    pub right: Option<Box<Node>>,
}
pub fn depth(node: &Option<Box<Node>>) -> usize {
    match node {
        None => 0,
        Some(n) => 1 + depth(&n.left).max(depth(&n.right)),
    }
}
