// learner: optimal
// idiom: Julia-style: fnv_step!/fnv_bytes! helpers over byte slices with index loops, HashMap<String, Flag> with HashSet overrides, plain if/else
use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const FNV_START: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(FNV_PRIME)
}

fn fnv_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    for i in 0..bytes.len() {
        h = fnv_step(h, bytes[i]);
    }
    h
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = fnv_bytes(FNV_START, flag.as_bytes());
    h = fnv_step(h, 0xFF);
    h = fnv_bytes(h, user.as_bytes());
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

    fn flag_mut(&mut self, flag: &str) -> &mut Flag {
        if !self.table.contains_key(flag) {
            self.table.insert(flag.to_string(), Flag::default());
        }
        self.table.get_mut(flag).unwrap()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flag_mut(flag).bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).allow.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).deny.insert(user.to_string());
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
            false
        } else if f.allow.contains(user) {
            true
        } else {
            bucket(flag, user) < f.bp
        }
    }
}
