// learner: slow
// idiom: awk/sed one-liner sysadmin: clock kept like lines of a "node count" file, Vec<(String, u64)>, every lookup a grep through the lines
// why: compare and merge are O(a*b) vs target O(a+b) (get/increment O(a) vs O(1)): each node of one clock is searched linearly in the other
//! Vector clocks: one counter per node, compared pointwise.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    lines: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        for (n, c) in &self.lines {
            if n == node {
                return *c;
            }
        }
        0
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        for (n, c) in self.lines.iter_mut() {
            if n == node {
                *c += 1;
                return *c;
            }
        }
        self.lines.push((node.to_string(), 1));
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (n, c) in &other.lines {
            match self.lines.iter_mut().find(|(m, _)| m == n) {
                Some((_, mine)) => *mine = (*mine).max(*c),
                None => self.lines.push((n.clone(), *c)),
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut lt = false;
        let mut gt = false;
        for (n, c) in &self.lines {
            let o = other.get(n);
            if *c < o { lt = true }
            if *c > o { gt = true }
        }
        for (n, c) in &other.lines {
            let s = self.get(n);
            if s < *c { lt = true }
            if s > *c { gt = true }
        }
        match (lt, gt) {
            (true, true) => Causality::Concurrent,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Equal,
        }
    }
}
