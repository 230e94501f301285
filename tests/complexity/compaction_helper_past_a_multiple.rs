// A log of touches compacted by a helper (`retain` of the stale ones) only
// once it passes twice the capacity (`if len > 2 * cap + 16 {
// self.compact() }`): the guard waits for a multiple, so the compaction is
// O(1) amortised over the pushes (an upper bound: no finding).
// expect Lru::touch: time O(n), space O(1)
// target Lru::touch: time O(1), space O(1)
// unsure: each compaction runs once per capacity-many pushes
use std::collections::{HashMap, VecDeque};

pub struct Lru {
    cap: usize,
    stamps: HashMap<u32, u64>,
    log: VecDeque<(u32, u64)>,
    clock: u64,
}

impl Lru {
    pub fn touch(&mut self, key: u32) {
        self.clock += 1;
        self.stamps.insert(key, self.clock);
        self.log.push_back((key, self.clock));
        if self.log.len() > 2 * self.cap + 16 {
            self.compact();
        }
    }

    fn compact(&mut self) {
        let stamps = &self.stamps;
        self.log.retain(|(k, s)| stamps.get(k) == Some(s));
    }
}
