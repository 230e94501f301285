// learner: optimal
// idiom: C++-style: flags in a Vec arena addressed through a name->index HashMap, Box<str> sets, generic FNV helper over any byte iterator
use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

fn fnv1a<I: IntoIterator<Item = u8>>(bytes: I) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let bytes = flag.bytes().chain([0xFFu8]).chain(user.bytes());
    (fnv1a(bytes) % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
struct Entry {
    threshold: u32,
    allow: HashSet<Box<str>>,
    deny: HashSet<Box<str>>,
}

#[derive(Debug, Default)]
pub struct Flags {
    index: HashMap<Box<str>, usize>,
    arena: Vec<Entry>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot(&mut self, flag: &str) -> &mut Entry {
        let next = self.arena.len();
        let i = *self.index.entry(flag.into()).or_insert(next);
        if i == next {
            self.arena.push(Entry::default());
        }
        &mut self.arena[i]
    }

    fn find(&self, flag: &str) -> Option<&Entry> {
        self.index.get(flag).map(|&i| &self.arena[i])
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.slot(flag).threshold = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.slot(flag).allow.insert(user.into());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.slot(flag).deny.insert(user.into());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(&i) = self.index.get(flag) else { return false };
        let e = &mut self.arena[i];
        let a = e.allow.remove(user);
        let d = e.deny.remove(user);
        a || d
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.find(flag) {
            None => false,
            Some(e) if e.deny.contains(user) => false,
            Some(e) if e.allow.contains(user) => true,
            Some(e) => bucket(flag, user) < e.threshold,
        }
    }
}
