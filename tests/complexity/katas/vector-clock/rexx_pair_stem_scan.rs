// learner: slow
// idiom: REXX: the clock as a parallel stem of (NODE.i, COUNT.i) pairs, looked up with DO i = 1 TO NODE.0 every time
// why: every lookup scans the list, so merge and compare do O(b) lookups of O(a) each: O(a * b)

/* REXX-style: like keeping NODE.i and COUNT.i side by side and searching them by hand */

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

/// (self had a smaller counter somewhere, self had a bigger counter somewhere) -> verdict
fn verdict(self_smaller: bool, self_bigger: bool) -> Causality {
    match (self_smaller, self_bigger) {
        (false, false) => Causality::Equal,
        (true, false) => Causality::Before,
        (false, true) => Causality::After,
        (true, true) => Causality::Concurrent,
    }
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    pair_stem: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    fn find_slot(&self, node: &str) -> Option<usize> {
        let mut i = 0usize;
        loop {
            if i >= self.pair_stem.len() {
                return None;
            }
            if self.pair_stem[i].0 == node {
                return Some(i);
            }
            i += 1;
        }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.find_slot(node) {
            Some(i) => self.pair_stem[i].1,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.find_slot(node) {
            Some(i) => {
                self.pair_stem[i].1 += 1;
                self.pair_stem[i].1
            }
            None => {
                self.pair_stem.push((node.to_string(), 1));
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node_name, their_count) in other.pair_stem.iter() {
            match self.find_slot(node_name) {
                Some(i) => {
                    if *their_count > self.pair_stem[i].1 {
                        self.pair_stem[i].1 = *their_count;
                    }
                }
                None => self.pair_stem.push((node_name.clone(), *their_count)),
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller_seen = false;
        let mut bigger_seen = false;
        for (node_name, my_count) in self.pair_stem.iter() {
            let their_count = other.get(node_name);
            if *my_count < their_count {
                smaller_seen = true;
            } else if *my_count > their_count {
                bigger_seen = true;
            }
        }
        for (node_name, their_count) in other.pair_stem.iter() {
            if self.find_slot(node_name).is_none() && *their_count > 0 {
                smaller_seen = true;
            }
        }
        verdict(smaller_seen, bigger_seen)
    }
}
