// Lazy deletion: stale stamps pile up in a log that is compacted only once
// it holds more than twice the live entries; the guard is an early return
// at the top of the helper. Each stamp is pushed once and dropped once:
// O(1) amortised, so a single call's O(n) is only an upper bound.
// expect Recent::touch: time O(n), space O(1)
// unsure: each compaction runs once per len-many touches
// target Recent::touch: time O(1), space O(1)
use std::collections::{HashMap, VecDeque};

pub struct Recent {
    stamps: HashMap<u32, u64>,
    log: VecDeque<(u32, u64)>,
    clock: u64,
}

impl Recent {
    pub fn touch(&mut self, key: u32) {
        self.clock += 1;
        self.stamps.insert(key, self.clock);
        self.log.push_back((key, self.clock));
        self.compact();
    }

    fn compact(&mut self) {
        if self.log.len() <= 2 * self.stamps.len() + 16 {
            return;
        }
        let stamps = &self.stamps;
        self.log.retain(|(k, t)| stamps.get(k) == Some(t));
    }
}
