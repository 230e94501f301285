// Cloning an `Rc<str>` bumps a count: the string is shared, not copied, so
// the loop over the virtual nodes does O(log n) work per node.
// expect Ring::add: time O(n log n), space O(1)
// target Ring::add: time O(n log n), space O(1)
use std::collections::BTreeMap;
use std::rc::Rc;

pub struct Ring {
    tokens: BTreeMap<u64, Rc<str>>,
    per_node: u64,
}

impl Ring {
    pub fn add(&mut self, node: &str) {
        let name: Rc<str> = node.into();
        for i in 0..self.per_node {
            self.tokens.insert(i.wrapping_mul(0x9e37_79b9), name.clone());
        }
    }
}
