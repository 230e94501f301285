// A method that filters every entry: linear in the structure's size.
// expect Index::between: time O(n), space O(n)
use std::collections::HashMap;
pub struct Index {
    by_time: HashMap<u64, u32>,
}
impl Index {
    pub fn between(&self, from: u64, to: u64) -> Vec<u32> {
        self.by_time.iter().filter(|(t, _)| **t >= from && **t < to).map(|(_, v)| *v).collect()
    }
}
