// learner: optimal
// idiom: arena of flags in a Vec indexed through a name->index HashMap, HashSet<Box<str>> overrides, while-loop FNV over byte indices
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

fn fnv_feed(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    h
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = 0xcbf29ce484222325u64;
    h = fnv_feed(h, flag.as_bytes());
    h = fnv_feed(h, &[0xFF]);
    h = fnv_feed(h, user.as_bytes());
    (h % 10_000) as u32
}

#[derive(Debug, Default)]
struct Entry {
    bp: u32,
    allowed: HashSet<Box<str>>,
    denied: HashSet<Box<str>>,
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

    fn slot(&mut self, flag: &str) -> usize {
        if let Some(&i) = self.index.get(flag) {
            return i;
        }
        self.arena.push(Entry::default());
        let i = self.arena.len() - 1;
        self.index.insert(flag.into(), i);
        i
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            Err(RolloutError::PercentageTooHigh(basis_points))
        } else {
            let i = self.slot(flag);
            self.arena[i].bp = basis_points;
            Ok(())
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let i = self.slot(flag);
        self.arena[i].allowed.insert(user.into());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let i = self.slot(flag);
        self.arena[i].denied.insert(user.into());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        if let Some(&i) = self.index.get(flag) {
            let e = &mut self.arena[i];
            let was_allowed = e.allowed.remove(user);
            let was_denied = e.denied.remove(user);
            was_allowed | was_denied
        } else {
            false
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(&i) = self.index.get(flag) else { return false };
        let e = &self.arena[i];
        if e.denied.contains(user) {
            false
        } else if e.allowed.contains(user) {
            true
        } else {
            bucket(flag, user) < e.bp
        }
    }
}
