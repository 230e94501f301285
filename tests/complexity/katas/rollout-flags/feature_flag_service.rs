// learner: optimal
// idiom: Unity C# game developer: a FeatureFlag class with an IsEnabledFor method, FNV as a small hasher struct with Write(bytes), entry API to create flags
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

struct Fnv1a(u64);

impl Fnv1a {
    fn new() -> Self {
        Fnv1a(FNV_OFFSET)
    }

    fn write(&mut self, bytes: &[u8]) -> &mut Self {
        self.0 = bytes.iter().fold(self.0, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME));
        self
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let hash = Fnv1a::new().write(flag.as_bytes()).write(&[SEPARATOR]).write(user.as_bytes()).finish();
    (hash % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
struct FeatureFlag {
    rollout_bp: u32,
    allow_list: HashSet<String>,
    deny_list: HashSet<String>,
}

impl FeatureFlag {
    fn is_enabled_for(&self, name: &str, user: &str) -> bool {
        if self.deny_list.contains(user) {
            false
        } else if self.allow_list.contains(user) {
            true
        } else {
            bucket(name, user) < self.rollout_bp
        }
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    registry: HashMap<String, FeatureFlag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn get_or_create(&mut self, flag: &str) -> &mut FeatureFlag {
        self.registry.entry(flag.to_owned()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.get_or_create(flag).rollout_bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.get_or_create(flag).allow_list.insert(user.to_owned());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.get_or_create(flag).deny_list.insert(user.to_owned());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.registry
            .get_mut(flag)
            .map(|f| f.allow_list.remove(user) | f.deny_list.remove(user))
            .unwrap_or(false)
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.registry.get(flag).is_some_and(|f| f.is_enabled_for(flag, user))
    }
}
