// learner: slow
// why: Flags::is_enabled is O(m) time in the override count, target O(1): overrides are one Vec of (user, allowed) pairs searched with find
//! Deterministic percentage rollouts for feature flags.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let step = |h: u64, b: u8| (h ^ b as u64).wrapping_mul(0x100000001b3);
    let h = user.bytes().fold(step(flag.bytes().fold(0xcbf29ce484222325, step), 0xFF), step);
    (h % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
struct Flag {
    bp: u32,
    /// (user, true = allow / false = deny)
    overrides: Vec<(String, bool)>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn get_or_create(&mut self, flag: &str) -> &mut Flag {
        self.flags.entry(flag.to_string()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            Err(RolloutError::PercentageTooHigh(basis_points))
        } else {
            self.get_or_create(flag).bp = basis_points;
            Ok(())
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.get_or_create(flag).overrides.push((user.to_string(), true));
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.get_or_create(flag).overrides.push((user.to_string(), false));
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.flags.get_mut(flag).map_or(false, |f| {
            let before = f.overrides.len();
            f.overrides.retain(|(u, _)| u != user);
            f.overrides.len() != before
        })
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get(flag) else { return false };
        let denied = f.overrides.iter().find(|(u, allowed)| !*allowed && u == user).is_some();
        let allowed = f.overrides.iter().find(|(u, allowed)| *allowed && u == user).is_some();
        !denied && (allowed || bucket(flag, user) < f.bp)
    }
}
