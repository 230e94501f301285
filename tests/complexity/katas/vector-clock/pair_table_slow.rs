// learner: slow
// why: VectorClock::compare is O(a*b) time, target O(a+b): counters live in a flat Vec<(String, u64)> searched linearly for every node
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    tab: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { tab: Vec::new() }
    }

    fn slot(&self, node: &str) -> usize {
        let mut i = 0;
        while i < self.tab.len() {
            if self.tab[i].0 == node {
                return i;
            }
            i += 1;
        }
        usize::MAX
    }

    pub fn get(&self, node: &str) -> u64 {
        let i = self.slot(node);
        if i == usize::MAX { 0 } else { self.tab[i].1 }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let i = self.slot(node);
        if i == usize::MAX {
            self.tab.push((node.to_string(), 1));
            return 1;
        }
        self.tab[i].1 += 1;
        self.tab[i].1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        let mut j = 0;
        while j < other.tab.len() {
            let (ref k, v) = other.tab[j];
            let i = self.slot(k);
            if i == usize::MAX {
                self.tab.push((k.clone(), v));
            } else if v > self.tab[i].1 {
                self.tab[i].1 = v;
            }
            j += 1;
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut f = 0u8;
        let mut i = 0;
        while i < self.tab.len() {
            let b = other.get(&self.tab[i].0);
            let a = self.tab[i].1;
            f |= ((a < b) as u8) | (((a > b) as u8) << 1);
            i += 1;
        }
        let mut j = 0;
        while j < other.tab.len() {
            let a = self.get(&other.tab[j].0);
            let b = other.tab[j].1;
            f |= ((a < b) as u8) | (((a > b) as u8) << 1);
            j += 1;
        }
        match f {
            0 => Causality::Equal,
            1 => Causality::Before,
            2 => Causality::After,
            _ => Causality::Concurrent,
        }
    }
}
