// learner: optimal
// idiom: embedded-style: FNV-1a with explicit index while loops over as_bytes(), HashMap<String, Flag> with HashSet overrides, get_mut-then-insert instead of entry
pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

use std::collections::{HashMap, HashSet};

const FNV_OFF: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = FNV_OFF;
    let a = flag.as_bytes();
    let mut i = 0;
    while i < a.len() {
        h ^= a[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h ^= 0xFF;
    h = h.wrapping_mul(FNV_PRIME);
    let b = user.as_bytes();
    i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
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
    tab: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot(&mut self, flag: &str) -> &mut Flag {
        if !self.tab.contains_key(flag) {
            self.tab.insert(flag.to_string(), Flag::default());
        }
        self.tab.get_mut(flag).unwrap()
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
        match self.tab.get_mut(flag) {
            None => false,
            Some(f) => {
                let a = f.allow.remove(user);
                let d = f.deny.remove(user);
                a | d
            }
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let f = match self.tab.get(flag) {
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
