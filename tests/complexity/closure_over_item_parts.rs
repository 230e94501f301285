// A closure over each node collects the node's own children: the parts of
// the items add up to the input, O(n) in all, as the `for` loop form is.
// expect children_map: time O(n), space O(n)
// expect child_count: time O(n), space O(1)
// target children_map: time O(n), space O(n)
// target child_count: time O(n), space O(1)
pub struct Node {
    pub id: u32,
    pub children: Vec<u32>,
}
pub fn children_map(nodes: &[Node]) -> Vec<(u32, Vec<u32>)> {
    nodes
        .iter()
        .map(|n| (n.id, n.children.iter().copied().collect()))
        .collect()
}
pub fn child_count(nodes: &[Node]) -> usize {
    nodes.iter().map(|n| n.children.iter().filter(|c| **c > 0).count()).sum()
}
