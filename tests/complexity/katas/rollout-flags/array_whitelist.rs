// learner: slow
// idiom: PHP Laravel developer: flags as a Vec of config rows and allow/deny lists as plain arrays, checked with in_array-style contains
// why: is_enabled and allow are O(flags + list length) (linear scans of the flag rows and of Vec allow/deny lists), vs O(1) expected with hash maps/sets
//! Deterministic percentage rollouts for feature flags: see README.md.

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut hash: u64 = 0xcbf29ce484222325;
    for byte in flag.bytes().chain([0xFFu8]).chain(user.bytes()) {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    }
    (hash % BUCKETS as u64) as u32
}

#[derive(Debug)]
struct FlagConfig {
    name: String,
    rollout: u32,
    allowed: Vec<String>,
    denied: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    config: Vec<FlagConfig>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn find_or_create(&mut self, flag: &str) -> &mut FlagConfig {
        let index = match self.config.iter().position(|f| f.name == flag) {
            Some(i) => i,
            None => {
                self.config.push(FlagConfig {
                    name: flag.to_string(),
                    rollout: 0,
                    allowed: vec![],
                    denied: vec![],
                });
                self.config.len() - 1
            }
        };
        &mut self.config[index]
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.find_or_create(flag).rollout = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let config = self.find_or_create(flag);
        if !config.allowed.iter().any(|u| u == user) {
            config.allowed.push(user.to_string());
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let config = self.find_or_create(flag);
        if !config.denied.iter().any(|u| u == user) {
            config.denied.push(user.to_string());
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(config) = self.config.iter_mut().find(|f| f.name == flag) else {
            return false;
        };
        let before = config.allowed.len() + config.denied.len();
        config.allowed.retain(|u| u != user);
        config.denied.retain(|u| u != user);
        before != config.allowed.len() + config.denied.len()
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.config.iter().find(|f| f.name == flag) {
            None => false,
            Some(config) => {
                if config.denied.iter().any(|u| u == user) {
                    false
                } else if config.allowed.iter().any(|u| u == user) {
                    true
                } else {
                    bucket(flag, user) < config.rollout
                }
            }
        }
    }
}
