// learner: optimal
// idiom: Spring-style: entry API, compare as a try_fold over the union of keys producing Option<Ordering>, mapped to Causality at the end
use std::cmp::Ordering;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    entries: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.entries.get(node).map_or(0, |&count| count)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = self.entries.entry(node.to_string()).or_insert(0);
        *slot += 1;
        *slot
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.entries.iter().for_each(|(node, &count)| {
            self.entries
                .entry(node.clone())
                .and_modify(|existing| *existing = (*existing).max(count))
                .or_insert(count);
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let own_side = self.entries.iter().map(|(node, &mine)| mine.cmp(&other.get(node)));
        let other_side = other
            .entries
            .iter()
            .filter(|(node, _)| !self.entries.contains_key(node.as_str()))
            .map(|(_, &theirs)| 0u64.cmp(&theirs));
        let combined = own_side
            .chain(other_side)
            .try_fold(Ordering::Equal, Self::combine);
        Self::to_causality(combined)
    }

    fn combine(acc: Ordering, next: Ordering) -> Option<Ordering> {
        match (acc, next) {
            (Ordering::Equal, other) | (other, Ordering::Equal) => Some(other),
            (a, b) if a == b => Some(a),
            _ => None,
        }
    }

    fn to_causality(result: Option<Ordering>) -> Causality {
        match result {
            Some(Ordering::Less) => Causality::Before,
            Some(Ordering::Greater) => Causality::After,
            Some(Ordering::Equal) => Causality::Equal,
            None => Causality::Concurrent,
        }
    }
}
