// learner: optimal
// idiom: security-minded: one HashMap<String, Override> per flag (Allow/Deny enum, deny wins by construction), checked conversion of the bucket, validation before mutation, no unwrap
use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;
const SEPARATOR: u8 = 0xFF;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let hash = flag
        .as_bytes()
        .iter()
        .chain(std::iter::once(&SEPARATOR))
        .chain(user.as_bytes().iter())
        .fold(OFFSET_BASIS, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    let reduced = hash % u64::from(BUCKETS);
    u32::try_from(reduced).unwrap_or(BUCKETS - 1)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Override {
    Allow,
    Deny,
}

#[derive(Debug, Default)]
struct FlagState {
    basis_points: u32,
    allow_count: usize,
    overrides: HashMap<String, Override>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, FlagState>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn state_mut(&mut self, flag: &str) -> &mut FlagState {
        self.flags.entry(flag.to_owned()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.state_mut(flag).basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let state = self.state_mut(flag);
        // Deny wins over allow: never downgrade an existing deny.
        match state.overrides.get(user) {
            Some(Override::Deny) | Some(Override::Allow) => return,
            None => {}
        }
        state.overrides.insert(user.to_owned(), Override::Allow);
        state.allow_count = state.allow_count.saturating_add(1);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let state = self.state_mut(flag);
        let previous = state.overrides.insert(user.to_owned(), Override::Deny);
        if previous == Some(Override::Allow) {
            state.allow_count = state.allow_count.saturating_sub(1);
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(state) = self.flags.get_mut(flag) else {
            return false;
        };
        match state.overrides.remove(user) {
            None => false,
            Some(Override::Allow) => {
                state.allow_count = state.allow_count.saturating_sub(1);
                true
            }
            Some(Override::Deny) => true,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(state) = self.flags.get(flag) else {
            return false;
        };
        match state.overrides.get(user) {
            Some(Override::Deny) => false,
            Some(Override::Allow) => true,
            None => bucket(flag, user) < state.basis_points,
        }
    }
}
