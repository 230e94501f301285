// Methods that only touch a HashMap field: constant.
// expect Counter::add: time O(1), space O(1)
// expect Counter::get: time O(1), space O(1)
use std::collections::HashMap;
pub struct Counter {
    counts: HashMap<String, usize>,
}
impl Counter {
    pub fn add(&mut self, key: &str) {
        *self.counts.entry(key.to_string()).or_insert(0) += 1;
    }
    pub fn get(&self, key: &str) -> usize {
        self.counts.get(key).copied().unwrap_or(0)
    }
}
