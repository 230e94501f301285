// A node that holds nodes of its own type: `child.count()` on a value taken
// from its map recurses into the children, each node once.
// expect Node::count: time O(n), space O(n)
// target Node::count: time O(n), space O(n)
use std::collections::HashMap;

pub struct Node {
    children: HashMap<char, Node>,
    terminal: bool,
}

impl Node {
    pub fn count(&self) -> usize {
        let mut total = usize::from(self.terminal);
        for child in self.children.values() {
            total += child.count();
        }
        total
    }
}
