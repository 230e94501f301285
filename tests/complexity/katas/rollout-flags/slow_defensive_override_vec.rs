// learner: slow
// why: Flags::is_enabled and Flags::allow are O(list length) time, target O(1): overrides kept in a Vec of structs scanned with a for loop

//! Deterministic percentage rollouts for feature flags: see README.md.

/// Number of buckets: a rollout of `b` basis points enables buckets `0..b` (1 bp = 0.01 %).
pub const BUCKETS: u32 = 10_000;

/// Why a flag update was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    /// More than [`BUCKETS`] basis points (over 100 %).
    PercentageTooHigh(u32),
}

use std::collections::HashMap;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut hash: u64 = 0xcbf29ce484222325;
    for byte in flag.bytes() {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    }
    hash ^= 0xFF;
    hash = hash.wrapping_mul(0x100000001b3);
    for byte in user.bytes() {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    }
    let result = hash % (BUCKETS as u64);
    result as u32
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Allow,
    Deny,
}

#[derive(Debug, Clone)]
struct Override {
    user: String,
    kind: Kind,
}

#[derive(Debug, Default)]
struct Flag {
    basis_points: u32,
    overrides: Vec<Override>,
}

impl Flag {
    fn find(&self, user: &str, kind: &Kind) -> Option<usize> {
        for i in 0..self.overrides.len() {
            let o = &self.overrides[i];
            if o.user.as_str() == user && &o.kind == kind {
                return Some(i);
            }
        }
        None
    }

    fn add(&mut self, user: &str, kind: Kind) {
        match self.find(user, &kind) {
            Some(_) => {}
            None => self.overrides.push(Override { user: user.to_string(), kind }),
        }
    }

    fn remove(&mut self, user: &str, kind: Kind) -> bool {
        match self.find(user, &kind) {
            Some(i) => {
                self.overrides.swap_remove(i);
                true
            }
            None => false,
        }
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn get_or_create(&mut self, flag: &str) -> &mut Flag {
        if !self.flags.contains_key(flag) {
            self.flags.insert(flag.to_string(), Flag::default());
        }
        match self.flags.get_mut(flag) {
            Some(f) => f,
            None => unreachable!(),
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        let f = self.get_or_create(flag);
        f.basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.get_or_create(flag).add(user, Kind::Allow);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.get_or_create(flag).add(user, Kind::Deny);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let f = match self.flags.get_mut(flag) {
            Some(f) => f,
            None => return false,
        };
        let was_allowed = f.remove(user, Kind::Allow);
        let was_denied = f.remove(user, Kind::Deny);
        was_allowed || was_denied
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let f = match self.flags.get(flag) {
            Some(f) => f,
            None => return false,
        };
        if f.find(user, &Kind::Deny).is_some() {
            return false;
        }
        if f.find(user, &Kind::Allow).is_some() {
            return true;
        }
        bucket(flag, user) < f.basis_points
    }
}
