// learner: optimal
// idiom: Java-ish: a PairFinder class with a HashMap of counts, getters and early returns
#![allow(non_snake_case)]
use std::collections::HashMap;

struct PairFinder {
    counts: HashMap<i64, usize>,
    target: i64,
}

impl PairFinder {
    fn new(target: i64) -> PairFinder {
        PairFinder { counts: HashMap::new(), target }
    }

    fn get_counts(&self) -> &HashMap<i64, usize> {
        &self.counts
    }

    fn get_target(&self) -> i64 {
        self.target
    }

    fn add_number(&mut self, value: i64) {
        let counter = self.counts.entry(value).or_insert(0);
        *counter += 1;
    }

    fn find_partner(&self, value: i64) -> Option<i64> {
        let partner = match self.get_target().checked_sub(value) {
            Some(p) => p,
            None => return None,
        };
        if partner < value {
            return None; // reported from the other side
        }
        let partnerCount = match self.get_counts().get(&partner) {
            Some(c) => *c,
            None => return None,
        };
        if partner == value && partnerCount < 2 {
            return None;
        }
        Some(partner)
    }
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut finder = PairFinder::new(target);
    for i in 0..nums.len() {
        finder.add_number(nums[i]);
    }
    let mut result: Vec<(i64, i64)> = Vec::new();
    for (value, _count) in finder.get_counts().iter() {
        let value = *value;
        if let Some(partner) = finder.find_partner(value) {
            result.push((value, partner));
        }
    }
    result
}
