// learner: optimal
// idiom: Haskell-flavoured: FNV as a fold over chained byte streams, newtypes BasisPoints/Fnv, Decision enum matched in is_enabled
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};
use std::iter::once;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    const SEED: Fnv = Fnv(0xcbf2_9ce4_8422_2325);

    fn step(self, byte: u8) -> Fnv {
        Fnv((self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
    }
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let Fnv(h) = flag
        .bytes()
        .chain(once(0xFF))
        .chain(user.bytes())
        .fold(Fnv::SEED, Fnv::step);
    (h % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default, Clone, Copy)]
struct BasisPoints(u32);

impl BasisPoints {
    fn parse(bp: u32) -> Result<BasisPoints, RolloutError> {
        match bp {
            ok if ok <= BUCKETS => Ok(BasisPoints(ok)),
            too_high => Err(RolloutError::PercentageTooHigh(too_high)),
        }
    }
}

#[derive(Debug, Default)]
struct Rollout {
    share: BasisPoints,
    allowed: HashSet<String>,
    denied: HashSet<String>,
}

enum Decision {
    Denied,
    Allowed,
    ByBucket(BasisPoints),
}

impl Rollout {
    fn decide(&self, user: &str) -> Decision {
        match (self.denied.contains(user), self.allowed.contains(user)) {
            (true, _) => Decision::Denied,
            (false, true) => Decision::Allowed,
            (false, false) => Decision::ByBucket(self.share),
        }
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    table: HashMap<String, Rollout>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn upsert(&mut self, flag: &str) -> &mut Rollout {
        self.table.entry(flag.to_owned()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        BasisPoints::parse(basis_points).map(|bp| self.upsert(flag).share = bp)
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.upsert(flag).allowed.insert(user.to_owned());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.upsert(flag).denied.insert(user.to_owned());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.table
            .get_mut(flag)
            .map_or(false, |r| r.allowed.remove(user) | r.denied.remove(user))
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.table.get(flag).map(|r| r.decide(user)) {
            None | Some(Decision::Denied) => false,
            Some(Decision::Allowed) => true,
            Some(Decision::ByBucket(BasisPoints(bp))) => bucket(flag, user) < bp,
        }
    }
}
