// learner: optimal
// idiom: Scala/cats flavour: compare as a fold of Ordering into a (lt, gt) monoid over chained iterators, match on the pair, Option::map_or for get
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

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

/// A tiny "monoid" of what we saw so far: (some counter smaller, some counter larger).
#[derive(Clone, Copy, Default)]
struct Seen(bool, bool);

impl Seen {
    fn combine(self, o: Ordering) -> Seen {
        match o {
            Ordering::Less => Seen(true, self.1),
            Ordering::Greater => Seen(self.0, true),
            Ordering::Equal => self,
        }
    }
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.entries.get(node).copied().map_or(0, |c| c)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = self
            .entries
            .get_mut(node)
            .map(|c| {
                *c += 1;
                *c
            });
        slot.unwrap_or_else(|| {
            self.entries.insert(node.to_owned(), 1);
            1
        })
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.entries.iter().for_each(|(node, &theirs)| {
            self.entries
                .entry(node.clone())
                .and_modify(|mine| *mine = (*mine).max(theirs))
                .or_insert(theirs);
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mine = self
            .entries
            .iter()
            .map(|(n, &c)| c.cmp(&other.get(n)));
        let only_theirs = other
            .entries
            .iter()
            .filter(|(n, _)| !self.entries.contains_key(n.as_str()))
            .map(|(_, &c)| 0u64.cmp(&c));
        match mine.chain(only_theirs).fold(Seen::default(), Seen::combine) {
            Seen(false, false) => Causality::Equal,
            Seen(true, false) => Causality::Before,
            Seen(false, true) => Causality::After,
            Seen(true, true) => Causality::Concurrent,
        }
    }
}
