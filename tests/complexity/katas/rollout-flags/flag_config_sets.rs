// learner: optimal
// idiom: TypeScript/Node backend developer: a FlagConfig record per flag in a Map, allow/deny as Sets, bucket as an iterator fold like bytes.reduce
// why:
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let hash = flag
        .bytes()
        .chain(std::iter::once(0xFF))
        .chain(user.bytes())
        .fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME));
    (hash % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct FlagConfig {
    basisPoints: u32,
    allowList: HashSet<String>,
    denyList: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, FlagConfig>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn getOrCreate(&mut self, flag: &str) -> &mut FlagConfig {
        if !self.flags.contains_key(flag) {
            self.flags.insert(flag.to_string(), FlagConfig::default());
        }
        self.flags.get_mut(flag).unwrap()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.getOrCreate(flag).basisPoints = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let config = self.getOrCreate(flag);
        if !config.allowList.contains(user) {
            config.allowList.insert(user.to_string());
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let config = self.getOrCreate(flag);
        if !config.denyList.contains(user) {
            config.denyList.insert(user.to_string());
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flags.get_mut(flag) {
            Some(config) => {
                let wasAllowed = config.allowList.remove(user);
                let wasDenied = config.denyList.remove(user);
                wasAllowed || wasDenied
            }
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(config) = self.flags.get(flag) else {
            return false;
        };
        if config.denyList.contains(user) {
            return false;
        }
        if config.allowList.contains(user) {
            return true;
        }
        bucket(flag, user) < config.basisPoints
    }
}
