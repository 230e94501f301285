// Cloning a struct whose collection sits behind an `Rc` bumps a count: O(1),
// however large the shared Vec is.
// expect Handle::fork: time O(1), space O(1)
// target Handle::fork: time O(1), space O(1)
use std::rc::Rc;

#[derive(Clone)]
pub struct Handle {
    items: Rc<Vec<u64>>,
    id: u32,
}

impl Handle {
    pub fn fork(&self) -> Handle {
        let mut h = self.clone();
        h.id += 1;
        h
    }
}
