// learner: optimal
// idiom: Forth-style: FNV as a tiny "feed byte" word driven by index loops; flags in a HashMap<String, Flag> with HashSet overrides, if-heavy
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn feed(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(FNV_PRIME)
}

fn feed_all(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h = feed(h, bytes[i]);
        i += 1;
    }
    h
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = FNV_START;
    h = feed_all(h, flag.as_bytes());
    h = feed(h, 0xFF);
    h = feed_all(h, user.as_bytes());
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct Flag {
    bp: u32,
    allow: HashSet<String>,
    deny: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    table: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot(&mut self, flag: &str) -> &mut Flag {
        if !self.table.contains_key(flag) {
            self.table.insert(flag.to_string(), Flag::default());
        }
        self.table.get_mut(flag).unwrap()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.slot(flag).bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let f = self.slot(flag);
        if !f.allow.contains(user) {
            f.allow.insert(user.to_string());
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let f = self.slot(flag);
        if !f.deny.contains(user) {
            f.deny.insert(user.to_string());
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        if let Some(f) = self.table.get_mut(flag) {
            let a = f.allow.remove(user);
            let d = f.deny.remove(user);
            a || d
        } else {
            false
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let f = match self.table.get(flag) {
            Some(f) => f,
            None => return false,
        };
        if f.deny.contains(user) {
            return false;
        }
        if f.allow.contains(user) {
            return true;
        }
        bucket(flag, user) < f.bp
    }
}
