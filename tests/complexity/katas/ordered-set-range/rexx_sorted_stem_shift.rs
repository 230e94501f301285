// learner: slow
// idiom: REXX: a sorted stem KEY.1..KEY.n with a hand-written binary search; inserting means shifting the tail up one slot, like rewriting the stem
// why: insert and remove shift every later element (Vec::insert/remove): O(n) per update, so n inserts cost O(n^2)

/* REXX-style: find the slot with a binary search, then DO j = KEY.0 TO slot BY -1 ; KEY.(j+1) = KEY.j ; END */

#[derive(Debug, Default)]
pub struct OrderedSet {
    key_stem: Vec<i64>, // always ascending
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// first slot whose key is >= wanted (KEY.0 + 1 when none)
    fn lower_slot(&self, wanted: i64) -> usize {
        let mut low_pos = 0usize;
        let mut high_pos = self.key_stem.len();
        loop {
            if low_pos >= high_pos {
                break;
            }
            let mid_pos = low_pos + (high_pos - low_pos) / 2;
            if self.key_stem[mid_pos] < wanted {
                low_pos = mid_pos + 1;
            } else {
                high_pos = mid_pos;
            }
        }
        low_pos
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let slot = self.lower_slot(key);
        if slot < self.key_stem.len() && self.key_stem[slot] == key {
            return false;
        }
        self.key_stem.insert(slot, key);
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let slot = self.lower_slot(key);
        if slot < self.key_stem.len() && self.key_stem[slot] == key {
            self.key_stem.remove(slot);
            return true;
        }
        false
    }

    pub fn contains(&self, key: i64) -> bool {
        let slot = self.lower_slot(key);
        slot < self.key_stem.len() && self.key_stem[slot] == key
    }

    pub fn len(&self) -> usize {
        self.key_stem.len()
    }

    pub fn is_empty(&self) -> bool {
        self.key_stem.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let start = self.lower_slot(lo);
        let mut idx = start;
        loop {
            if idx >= self.key_stem.len() || self.key_stem[idx] > hi {
                break;
            }
            idx += 1;
        }
        idx - start
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out_keys = Vec::new();
        if lo > hi {
            return out_keys;
        }
        let mut idx = self.lower_slot(lo);
        loop {
            if idx >= self.key_stem.len() || self.key_stem[idx] > hi {
                break;
            }
            out_keys.push(self.key_stem[idx]);
            idx += 1;
        }
        out_keys
    }
}
