// learner: optimal
// idiom: over-engineered: NodeId/Tick newtypes, Verdict accumulator struct, PartialCausalOrd trait, PairedEntries iterator struct implementing Iterator over the union of keys
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

mod model {
    use std::borrow::Borrow;
    use std::collections::HashMap;

    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub struct NodeId(pub String);

    impl Borrow<str> for NodeId {
        fn borrow(&self) -> &str {
            &self.0
        }
    }

    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
    pub struct Tick(pub u64);

    pub type Table = HashMap<NodeId, Tick>;

    /// Every node of `left` with both counters, then every node only in `right`.
    pub struct PairedEntries<'a> {
        left: &'a Table,
        right: &'a Table,
        left_iter: std::collections::hash_map::Iter<'a, NodeId, Tick>,
        right_iter: std::collections::hash_map::Iter<'a, NodeId, Tick>,
    }

    impl<'a> PairedEntries<'a> {
        pub fn new(left: &'a Table, right: &'a Table) -> Self {
            PairedEntries { left, right, left_iter: left.iter(), right_iter: right.iter() }
        }
    }

    impl<'a> Iterator for PairedEntries<'a> {
        type Item = (Tick, Tick);

        fn next(&mut self) -> Option<(Tick, Tick)> {
            if let Some((id, &mine)) = self.left_iter.next() {
                let theirs = self.right.get(id.0.as_str()).copied().unwrap_or_default();
                return Some((mine, theirs));
            }
            for (id, &theirs) in self.right_iter.by_ref() {
                if !self.left.contains_key(id.0.as_str()) {
                    return Some((Tick::default(), theirs));
                }
            }
            None
        }
    }
}

mod verdict {
    use super::Causality;
    use std::cmp::Ordering;

    #[derive(Default, Clone, Copy)]
    pub struct Verdict {
        smaller: bool,
        larger: bool,
    }

    impl Verdict {
        pub fn observe(self, o: Ordering) -> Self {
            match o {
                Ordering::Less => Verdict { smaller: true, ..self },
                Ordering::Greater => Verdict { larger: true, ..self },
                Ordering::Equal => self,
            }
        }

        pub fn settled(&self) -> bool {
            self.smaller && self.larger
        }
    }

    impl From<Verdict> for Causality {
        fn from(v: Verdict) -> Causality {
            match (v.smaller, v.larger) {
                (false, false) => Causality::Equal,
                (true, false) => Causality::Before,
                (false, true) => Causality::After,
                (true, true) => Causality::Concurrent,
            }
        }
    }
}

use model::{NodeId, PairedEntries, Table, Tick};
use verdict::Verdict;

pub trait PartialCausalOrd {
    fn causal_cmp(&self, other: &Self) -> Causality;
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counters: Table,
}

impl PartialCausalOrd for VectorClock {
    fn causal_cmp(&self, other: &Self) -> Causality {
        let mut verdict = Verdict::default();
        for (mine, theirs) in PairedEntries::new(&self.counters, &other.counters) {
            verdict = verdict.observe(mine.cmp(&theirs));
            if verdict.settled() {
                break;
            }
        }
        verdict.into()
    }
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.counters.get(node).map_or(0, |t| t.0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let tick = match self.counters.get_mut(node) {
            Some(t) => t,
            None => self.counters.entry(NodeId(node.to_owned())).or_default(),
        };
        tick.0 += 1;
        tick.0
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (id, &theirs) in &other.counters {
            match self.counters.get_mut(id.0.as_str()) {
                Some(mine) => *mine = (*mine).max(theirs),
                None => {
                    self.counters.insert(id.clone(), theirs);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        self.causal_cmp(other)
    }
}

#[allow(dead_code)]
fn _tick_is_ordered(a: Tick, b: Tick) -> bool {
    a <= b
}
