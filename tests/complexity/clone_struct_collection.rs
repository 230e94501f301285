// A derived `clone` of a struct that owns a HashMap copies every entry, and
// the copy is then merged: O(n) time and O(n) extra space to answer a
// question a pointwise comparison answers in O(1) space.
// expect Clock::dominated_by: time O(n), space O(n)
// target Clock::dominated_by: time O(n), space O(1)
use std::collections::HashMap;

#[derive(Clone, PartialEq)]
pub struct Clock {
    counters: HashMap<String, u64>,
}

impl Clock {
    pub fn merge(&mut self, other: &Clock) {
        for (node, &v) in &other.counters {
            let c = self.counters.entry(node.clone()).or_insert(0);
            *c = (*c).max(v);
        }
    }

    pub fn dominated_by(&self, other: &Clock) -> bool {
        let mut joined = other.clone();
        joined.merge(self);
        joined == *other
    }
}
