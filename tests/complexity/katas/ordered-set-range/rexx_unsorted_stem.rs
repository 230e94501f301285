// learner: slow
// idiom: REXX: a plain unsorted stem, KEY.0 = count, appended to on insert; every question is a DO i = 1 TO KEY.0 loop, and range results get sorted before returning
// why: contains/insert/remove scan all n keys (O(n)), range_count/range_keys scan all n keys plus a sort: O(n + k log k) per query

/* REXX-style: removal copies the last entry into the hole: KEY.i = KEY.(KEY.0) ; KEY.0 = KEY.0 - 1 */

#[derive(Debug, Default)]
pub struct OrderedSet {
    key_stem: Vec<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    fn find_pos(&self, key: i64) -> Option<usize> {
        let mut i = 0usize;
        loop {
            if i >= self.key_stem.len() {
                return None;
            }
            if self.key_stem[i] == key {
                return Some(i);
            }
            i += 1;
        }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        if self.find_pos(key).is_some() {
            return false;
        }
        self.key_stem.push(key);
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        match self.find_pos(key) {
            Some(i) => {
                self.key_stem.swap_remove(i);
                true
            }
            None => false,
        }
    }

    pub fn contains(&self, key: i64) -> bool {
        self.find_pos(key).is_some()
    }

    pub fn len(&self) -> usize {
        self.key_stem.len()
    }

    pub fn is_empty(&self) -> bool {
        self.key_stem.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut hit_count = 0;
        for &k in &self.key_stem {
            if lo <= k && k <= hi {
                hit_count += 1;
            }
        }
        hit_count
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out_keys = Vec::new();
        for &k in &self.key_stem {
            if lo <= k && k <= hi {
                out_keys.push(k);
            }
        }
        out_keys.sort_unstable();
        out_keys
    }
}
