// learner: optimal
// idiom: Java-style: FeatureFlag struct with getters/setters and private helpers, a Fnv1a hasher struct with write/finish, flag lookup through a flag_mut helper that creates on demand
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

struct Fnv1a {
    state: u64,
}

impl Fnv1a {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    fn new() -> Self {
        Fnv1a { state: Self::OFFSET }
    }

    fn write_byte(&mut self, b: u8) {
        self.state ^= b as u64;
        self.state = self.state.wrapping_mul(Self::PRIME);
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_byte(b);
        }
    }

    fn finish(&self) -> u64 {
        self.state
    }
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = Fnv1a::new();
    h.write(flag.as_bytes());
    h.write_byte(0xFF);
    h.write(user.as_bytes());
    (h.finish() % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct FeatureFlag {
    basis_points: u32,
    allowed: HashSet<String>,
    denied: HashSet<String>,
}

impl FeatureFlag {
    fn set_basis_points(&mut self, bp: u32) {
        self.basis_points = bp;
    }

    fn get_basis_points(&self) -> u32 {
        self.basis_points
    }

    fn is_allowed(&self, user: &str) -> bool {
        self.allowed.contains(user)
    }

    fn is_denied(&self, user: &str) -> bool {
        self.denied.contains(user)
    }

    fn add_allowed(&mut self, user: &str) {
        if !self.allowed.contains(user) {
            self.allowed.insert(user.to_string());
        }
    }

    fn add_denied(&mut self, user: &str) {
        if !self.denied.contains(user) {
            self.denied.insert(user.to_string());
        }
    }

    fn clear(&mut self, user: &str) -> bool {
        let a = self.allowed.remove(user);
        let d = self.denied.remove(user);
        a || d
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, FeatureFlag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flag_mut(&mut self, name: &str) -> &mut FeatureFlag {
        if !self.flags.contains_key(name) {
            self.flags.insert(name.to_string(), FeatureFlag::default());
        }
        self.flags.get_mut(name).expect("just inserted")
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flag_mut(flag).set_basis_points(basis_points);
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).add_allowed(user);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).add_denied(user);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flags.get_mut(flag) {
            Some(f) => f.clear(user),
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let f = match self.flags.get(flag) {
            Some(f) => f,
            None => return false,
        };
        if f.is_denied(user) {
            return false;
        }
        if f.is_allowed(user) {
            return true;
        }
        bucket(flag, user) < f.get_basis_points()
    }
}
