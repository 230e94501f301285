// learner: slow
// why: Flags::is_enabled is O(list length) time, target O(1): allow/deny lists are Vec<String> searched with iter().any
pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

use std::collections::HashMap;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let hash = flag
        .bytes()
        .chain(std::iter::once(0xFFu8))
        .chain(user.bytes())
        .fold(0xcbf29ce484222325u64, |hash, byte| (hash ^ byte as u64).wrapping_mul(0x100000001b3));
    (hash % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct FeatureFlag {
    rollout: u32,
    allowed: Vec<String>,
    denied: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    byName: HashMap<String, FeatureFlag>,
}

#[allow(non_snake_case)]
impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flagNamed(&mut self, name: &str) -> &mut FeatureFlag {
        self.byName.entry(name.to_string()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        guard_or_throw(basis_points <= BUCKETS, RolloutError::PercentageTooHigh(basis_points))?;
        self.flagNamed(flag).rollout = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        // append, duplicates do no harm
        self.flagNamed(flag).allowed.push(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flagNamed(flag).denied.push(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        guard_let(self.byName.get_mut(flag)).map_or(false, |feature| {
            let before = feature.allowed.len() + feature.denied.len();
            feature.allowed.retain(|name| name != user);
            feature.denied.retain(|name| name != user);
            before != feature.allowed.len() + feature.denied.len()
        })
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(feature) = self.byName.get(flag) else {
            return false;
        };
        if feature.denied.iter().any(|name| name == user) {
            return false;
        }
        if feature.allowed.iter().any(|name| name == user) {
            return true;
        }
        bucket(flag, user) < feature.rollout
    }
}

fn guard_or_throw<E>(condition: bool, error: E) -> Result<(), E> {
    if condition { Ok(()) } else { Err(error) }
}

fn guard_let<T>(value: Option<T>) -> Option<T> {
    value
}
