// A search down a tree kept in an arena: the cursor moves to the left or
// the right child by a comparison. The path is as long as the tree is tall,
// log n for a balanced tree (a treap, a red-black tree) and n for a
// degenerate one; nothing in the loop says which, so it stays an upper
// bound, unlike a walk along one link (`cur = node.next`).
// unsure: the tree's height decides, and the code does not show it
// expect Set::contains: time O(n), space O(1)
// target Set::contains: time O(log n), space O(1)
pub struct Node {
    key: i64,
    left: Option<usize>,
    right: Option<usize>,
}
pub struct Set {
    nodes: Vec<Node>,
    root: Option<usize>,
}
impl Set {
    pub fn contains(&self, key: i64) -> bool {
        let mut cur = self.root;
        while let Some(i) = cur {
            let n = &self.nodes[i];
            cur = match key.cmp(&n.key) {
                std::cmp::Ordering::Less => n.left,
                std::cmp::Ordering::Greater => n.right,
                std::cmp::Ordering::Equal => return true,
            };
        }
        false
    }
}
