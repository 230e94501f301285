// learner: optimal
// idiom: TypeScript/Node backend developer: interned node names (Map<string, index> + counters array, like a normalized store), compare folds per-node Orderings into one result with try_fold
// why:
//! Vector clocks: one counter per node, compared pointwise.

use std::cmp::Ordering;
use std::collections::HashMap;

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    indexByNode: HashMap<String, usize>,
    entries: Vec<(String, u64)>,
}

impl Causality {
    fn combine(self, step: Ordering) -> Causality {
        match (self, step) {
            (current, Ordering::Equal) => current,
            (Causality::Equal | Causality::Before, Ordering::Less) => Causality::Before,
            (Causality::Equal | Causality::After, Ordering::Greater) => Causality::After,
            _ => Causality::Concurrent,
        }
    }
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.indexByNode.get(node).map_or(0, |&i| self.entries[i].1)
    }

    fn slotFor(&mut self, node: &str) -> usize {
        if let Some(&i) = self.indexByNode.get(node) {
            return i;
        }
        let i = self.entries.len();
        self.entries.push((node.to_owned(), 0));
        self.indexByNode.insert(node.to_owned(), i);
        i
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let i = self.slotFor(node);
        self.entries[i].1 += 1;
        self.entries[i].1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, theirs) in &other.entries {
            let i = self.slotFor(node);
            let ours = &mut self.entries[i].1;
            *ours = (*ours).max(*theirs);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mine = self.entries.iter().map(|(node, c)| c.cmp(&other.get(node)));
        let onlyTheirs = other
            .entries
            .iter()
            .filter(|(node, _)| !self.indexByNode.contains_key(node))
            .map(|(_, c)| 0.cmp(c));
        let result = mine.chain(onlyTheirs).try_fold(Causality::Equal, |acc, step| {
            match acc.combine(step) {
                Causality::Concurrent => Err(()),
                next => Ok(next),
            }
        });
        result.unwrap_or(Causality::Concurrent)
    }
}
