// learner: optimal
// idiom: Idris dependent-types fan: a BasisPoints newtype that can only be built in range (smart constructor returning Result), FNV as a fold over a byte chain, a Flag record with two HashSets
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const SEPARATOR: u8 = 0xFF;

fn fnv1a(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(FNV_OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = fnv1a(flag.bytes().chain(std::iter::once(SEPARATOR)).chain(user.bytes()));
    (h % u64::from(BUCKETS)) as u32
}

/// A rollout share in `0..=BUCKETS`; the only way to build one is `BasisPoints::new`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct BasisPoints(u32);

impl BasisPoints {
    fn new(bp: u32) -> Result<Self, RolloutError> {
        if bp <= BUCKETS {
            Ok(BasisPoints(bp))
        } else {
            Err(RolloutError::PercentageTooHigh(bp))
        }
    }

    fn admits(self, b: u32) -> bool {
        b < self.0
    }
}

#[derive(Debug, Default)]
struct Flag {
    share: BasisPoints,
    allow: HashSet<String>,
    deny: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flag_mut(&mut self, flag: &str) -> &mut Flag {
        if !self.flags.contains_key(flag) {
            self.flags.insert(flag.to_owned(), Flag::default());
        }
        self.flags.get_mut(flag).expect("just inserted")
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        let share = BasisPoints::new(basis_points)?;
        self.flag_mut(flag).share = share;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).allow.insert(user.to_owned());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).deny.insert(user.to_owned());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flags.get_mut(flag) {
            None => false,
            Some(f) => {
                let a = f.allow.remove(user);
                let d = f.deny.remove(user);
                a || d
            }
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.flags.get(flag) {
            None => false,
            Some(f) if f.deny.contains(user) => false,
            Some(f) if f.allow.contains(user) => true,
            Some(f) => f.share.admits(bucket(flag, user)),
        }
    }
}
