// learner: optimal
// idiom: C#-style: record-like FlagRule struct, HashMap<String, FlagRule> with entry().or_default(), fold for the hash
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
        .chain(std::iter::once(0xFFu8))
        .chain(user.bytes())
        .fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME));
    (hash % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct FlagRule {
    basis_points: u32,
    allowed: HashSet<String>,
    denied: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    rules: HashMap<String, FlagRule>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn rule_mut(&mut self, flag: &str) -> &mut FlagRule {
        self.rules.entry(flag.to_string()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.rule_mut(flag).basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.rule_mut(flag).allowed.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.rule_mut(flag).denied.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.rules.get_mut(flag) {
            Some(rule) => {
                let a = rule.allowed.remove(user);
                let d = rule.denied.remove(user);
                a || d
            }
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.rules
            .get(flag)
            .map(|rule| {
                !rule.denied.contains(user)
                    && (rule.allowed.contains(user) || bucket(flag, user) < rule.basis_points)
            })
            .unwrap_or(false)
    }
}
