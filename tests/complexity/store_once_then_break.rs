// A `loop` that waits until no load is running, then stores one entry and
// breaks: the walk assumes the loop runs n times, an upper bound, not a
// certain O(n). What it stores goes into the map behind `self`'s lock (the
// guard lends a place in the structure): the cache's state, not extra space.
// expect Cache::claim: time O(n), space O(1)
// unsure: the loop only goes round again after a wait; it stores once
// target Cache::claim: time O(1), space O(1)
use std::collections::HashMap;
use std::sync::{Condvar, Mutex};

enum Slot {
    Loading,
    Ready(u64),
}

pub struct Cache {
    slots: Mutex<HashMap<String, Slot>>,
    settled: Condvar,
}

impl Cache {
    pub fn claim(&self, key: &str) -> Option<u64> {
        let mut slots = self.slots.lock().unwrap();
        loop {
            match slots.get(key) {
                Some(Slot::Ready(v)) => return Some(*v),
                Some(Slot::Loading) => {
                    slots = self.settled.wait(slots).unwrap();
                    continue;
                }
                None => {}
            }
            slots.insert(key.to_string(), Slot::Loading);
            break;
        }
        None
    }
}
