// learner: slow
// why: OrderedSet::insert is O(n) time, target O(log n): binary search finds the slot but Vec::insert shifts every later key
//! An ordered set with range queries: see README.md.

/// The set is represented as an ordered list (a sorted vector), as in SICP 2.3.3.
#[derive(Debug, Default)]
pub struct OrderedSet {
    elements: Vec<i64>,
}

/// Where `key` is, or where it would go: the first index whose element is >= key.
fn lower_bound(elements: &[i64], key: i64) -> usize {
    fn search(elements: &[i64], key: i64, lo: usize, hi: usize) -> usize {
        if lo >= hi {
            lo
        } else {
            let mid = lo + (hi - lo) / 2;
            if elements[mid] < key {
                search(elements, key, mid + 1, hi)
            } else {
                search(elements, key, lo, mid)
            }
        }
    }
    search(elements, key, 0, elements.len())
}

/// First index whose element is > key.
fn upper_bound(elements: &[i64], key: i64) -> usize {
    elements.partition_point(|&x| x <= key)
}

fn element_at(elements: &[i64], i: usize, key: i64) -> bool {
    i < elements.len() && elements[i] == key
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { elements: Vec::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let i = lower_bound(&self.elements, key);
        if element_at(&self.elements, i, key) {
            false
        } else {
            self.elements.insert(i, key);
            true
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let i = lower_bound(&self.elements, key);
        if element_at(&self.elements, i, key) {
            self.elements.remove(i);
            true
        } else {
            false
        }
    }

    pub fn contains(&self, key: i64) -> bool {
        element_at(&self.elements, lower_bound(&self.elements, key), key)
    }

    pub fn len(&self) -> usize {
        self.elements.len()
    }

    pub fn is_empty(&self) -> bool {
        self.elements.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        upper_bound(&self.elements, hi).saturating_sub(lower_bound(&self.elements, lo))
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if lo > hi {
            return Vec::new();
        }
        let start = lower_bound(&self.elements, lo);
        let end = upper_bound(&self.elements, hi);
        self.elements[start..end.max(start)].to_vec()
    }
}
