// learner: optimal
// idiom: flat layout: HashMap<String, u32> of rollouts plus two HashSet<(String, String)> of (flag, user) pairs, byte loop hashing with `for &b in`, iterator `any`-free
use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in flag.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= 0xFF;
    h = h.wrapping_mul(0x100000001b3);
    for &b in user.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % 10_000) as u32
}

#[derive(Debug, Default)]
pub struct Flags {
    rollout: HashMap<String, u32>,
    allowed: HashSet<(String, String)>,
    denied: HashSet<(String, String)>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn touch(&mut self, flag: &str) {
        if !self.rollout.contains_key(flag) {
            self.rollout.insert(flag.to_owned(), 0);
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            Err(RolloutError::PercentageTooHigh(basis_points))
        } else {
            self.rollout.insert(flag.to_owned(), basis_points);
            Ok(())
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.touch(flag);
        self.allowed.insert((flag.to_owned(), user.to_owned()));
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.touch(flag);
        self.denied.insert((flag.to_owned(), user.to_owned()));
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let key = (flag.to_owned(), user.to_owned());
        let was_allowed = self.allowed.remove(&key);
        let was_denied = self.denied.remove(&key);
        was_allowed | was_denied
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let bp = match self.rollout.get(flag) {
            Some(&bp) => bp,
            None => return false,
        };
        let key = (flag.to_owned(), user.to_owned());
        if self.denied.contains(&key) {
            return false;
        }
        if self.allowed.contains(&key) {
            return true;
        }
        bucket(flag, user) < bp
    }
}
