// learner: optimal
// idiom: Terraform-ish: HashMap<String, FlagConfig> with entry().or_default(), lookups with defaults via map_or
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

pub fn bucket(flag: &str, user: &str) -> u32 {
    let bytes = flag
        .as_bytes()
        .iter()
        .chain(std::iter::once(&SEPARATOR))
        .chain(user.as_bytes().iter());
    let hash = bytes.fold(FNV_OFFSET, |h, &b| (h ^ b as u64).wrapping_mul(FNV_PRIME));
    (hash % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct FlagConfig {
    basis_points: u32,
    allow: HashSet<String>,
    deny: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, FlagConfig>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn config(&mut self, flag: &str) -> &mut FlagConfig {
        self.flags.entry(flag.to_string()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.config(flag).basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.config(flag).allow.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.config(flag).deny.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flags.get_mut(flag) {
            None => false,
            Some(cfg) => {
                let a = cfg.allow.remove(user);
                let d = cfg.deny.remove(user);
                a || d
            }
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.flags.get(flag).map_or(false, |cfg| {
            !cfg.deny.contains(user)
                && (cfg.allow.contains(user) || bucket(flag, user) < cfg.basis_points)
        })
    }
}
