// learner: optimal
// idiom: C-style: flags interned into a Vec arena by index, one override map per flag holding a bitmask (ALLOW|DENY), byte loop FNV
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

fn fnv_step(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    h
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    h = fnv_step(h, flag.as_bytes());
    h = fnv_step(h, &[0xFF]);
    h = fnv_step(h, user.as_bytes());
    (h % (BUCKETS as u64)) as u32
}

const ALLOW: u8 = 1;
const DENY: u8 = 2;

#[derive(Debug, Default)]
struct FlagRec {
    bp: u32,
    marks: HashMap<String, u8>,
}

#[derive(Debug, Default)]
pub struct Flags {
    index: HashMap<String, usize>,
    recs: Vec<FlagRec>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot(&mut self, flag: &str) -> usize {
        if let Some(&i) = self.index.get(flag) {
            return i;
        }
        let i = self.recs.len();
        self.recs.push(FlagRec::default());
        self.index.insert(flag.to_string(), i);
        i
    }

    fn mark(&mut self, flag: &str, user: &str, bit: u8) {
        let i = self.slot(flag);
        let m = self.recs[i].marks.entry(user.to_string()).or_insert(0);
        *m |= bit;
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        let i = self.slot(flag);
        self.recs[i].bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, ALLOW);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, DENY);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let i = match self.index.get(flag) {
            Some(&i) => i,
            None => return false,
        };
        match self.recs[i].marks.remove(user) {
            Some(bits) => bits != 0,
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let i = match self.index.get(flag) {
            Some(&i) => i,
            None => return false,
        };
        let r = &self.recs[i];
        let bits = match r.marks.get(user) {
            Some(&b) => b,
            None => 0,
        };
        if bits & DENY != 0 {
            return false;
        }
        if bits & ALLOW != 0 {
            return true;
        }
        bucket(flag, user) < r.bp
    }
}
