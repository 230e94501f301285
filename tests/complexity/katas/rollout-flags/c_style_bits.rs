// learner: optimal
// idiom: C-style: manual FNV byte loop, flags in a Vec arena indexed via HashMap<String, usize>, per-user override bitmask (1 = allow, 2 = deny)
//! Deterministic percentage rollouts for feature flags.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const FNV_OFF: u64 = 0xcbf29ce484222325;
const FNV_MUL: u64 = 0x100000001b3;
const ALLOW: u8 = 1;
const DENY: u8 = 2;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let f = flag.as_bytes();
    let u = user.as_bytes();
    let mut h: u64 = FNV_OFF;
    let mut i: usize = 0;
    while i < f.len() {
        h ^= f[i] as u64;
        h = h.wrapping_mul(FNV_MUL);
        i += 1;
    }
    h ^= 0xFF;
    h = h.wrapping_mul(FNV_MUL);
    i = 0;
    while i < u.len() {
        h ^= u[i] as u64;
        h = h.wrapping_mul(FNV_MUL);
        i += 1;
    }
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct Rec {
    bp: u32,
    over: HashMap<String, u8>,
}

#[derive(Debug, Default)]
pub struct Flags {
    index: HashMap<String, usize>,
    recs: Vec<Rec>,
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
        self.recs.push(Rec::default());
        self.index.insert(flag.to_string(), i);
        i
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
        let i = self.slot(flag);
        let m = self.recs[i].over.entry(user.to_string()).or_insert(0);
        *m |= ALLOW;
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let i = self.slot(flag);
        let m = self.recs[i].over.entry(user.to_string()).or_insert(0);
        *m |= DENY;
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let i = match self.index.get(flag) {
            Some(&i) => i,
            None => return false,
        };
        match self.recs[i].over.remove(user) {
            Some(m) => m != 0,
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let i = match self.index.get(flag) {
            Some(&i) => i,
            None => return false,
        };
        let r = &self.recs[i];
        let m: u8 = match r.over.get(user) {
            Some(&m) => m,
            None => 0,
        };
        if m & DENY != 0 {
            return false;
        }
        if m & ALLOW != 0 {
            return true;
        }
        bucket(flag, user) < r.bp
    }
}
