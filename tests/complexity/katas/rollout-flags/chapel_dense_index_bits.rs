// learner: optimal
// idiom: Chapel HPC programmer: flag names map to dense indices into a record array (an associative domain over a block of records); per flag one override map holding a bitmask (ALLOW | DENY); FNV as an explicit byte loop kernel
//! Deterministic percentage rollouts for feature flags: see README.md.
use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;
const SEPARATOR: u8 = 0xFF;

const ALLOW_BIT: u8 = 1;
const DENY_BIT: u8 = 2;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

fn fnvStep(mut h: u64, bytes: &[u8]) -> u64 {
    for i in 0..bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = fnvStep(FNV_OFFSET, flag.as_bytes());
    h = fnvStep(h, &[SEPARATOR]);
    h = fnvStep(h, user.as_bytes());
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct FlagRecord {
    basisPoints: u32,
    overrides: HashMap<String, u8>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flagIdx: HashMap<String, usize>,
    records: Vec<FlagRecord>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn indexOf(&mut self, flag: &str) -> usize {
        if let Some(&i) = self.flagIdx.get(flag) {
            return i;
        }
        let i = self.records.len();
        self.records.push(FlagRecord::default());
        self.flagIdx.insert(flag.to_string(), i);
        i
    }

    fn setBit(&mut self, flag: &str, user: &str, bit: u8) {
        let i = self.indexOf(flag);
        *self.records[i].overrides.entry(user.to_string()).or_insert(0) |= bit;
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        let i = self.indexOf(flag);
        self.records[i].basisPoints = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.setBit(flag, user, ALLOW_BIT);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.setBit(flag, user, DENY_BIT);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flagIdx.get(flag) {
            Some(&i) => self.records[i].overrides.remove(user).is_some(),
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let i = match self.flagIdx.get(flag) {
            Some(&i) => i,
            None => return false,
        };
        let rec = &self.records[i];
        let bits = rec.overrides.get(user).copied().unwrap_or(0);
        if bits & DENY_BIT != 0 {
            false
        } else if bits & ALLOW_BIT != 0 {
            true
        } else {
            bucket(flag, user) < rec.basisPoints
        }
    }
}
