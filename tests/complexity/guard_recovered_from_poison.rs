// A lock's guard recovered with `unwrap_or_else(PoisonError::into_inner)`
// is the guarded collection: an insert into a BTreeSet behind it is
// O(log n), a lookup in a HashMap behind it O(1).
// expect Registry::note: time O(log n), space O(1)
// expect Registry::seen: time O(1), space O(1)
// target Registry::note: time O(log n), space O(1)
// target Registry::seen: time O(1), space O(1)
use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, PoisonError};

pub struct Registry {
    names: Mutex<BTreeSet<String>>,
    counts: Mutex<HashMap<String, u64>>,
}

impl Registry {
    pub fn note(&self, name: &str) {
        self.names
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(name.to_string());
    }

    pub fn seen(&self, name: &str) -> u64 {
        let counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        counts.get(name).copied().unwrap_or(0)
    }
}
