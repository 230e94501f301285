// learner: optimal
// idiom: Swift-server style: FNV as a fold over a chained byte iterator, entry().or_default(), a FlagState struct with its own decide() method, Option combinators
pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

use std::collections::{HashMap, HashSet};
use std::iter::once;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let hash = flag
        .bytes()
        .chain(once(0xFF))
        .chain(user.bytes())
        .fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3));
    (hash % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
struct FlagState {
    basisPoints: u32,
    allowList: HashSet<String>,
    denyList: HashSet<String>,
}

#[allow(non_snake_case)]
impl FlagState {
    fn decide(&self, flagName: &str, user: &str) -> bool {
        if self.denyList.contains(user) {
            return false;
        }
        self.allowList.contains(user) || bucket(flagName, user) < self.basisPoints
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    states: HashMap<String, FlagState>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn state(&mut self, flag: &str) -> &mut FlagState {
        self.states.entry(flag.to_owned()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        guard(basis_points <= BUCKETS).ok_or(RolloutError::PercentageTooHigh(basis_points))?;
        self.state(flag).basisPoints = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.state(flag).allowList.insert(user.to_owned());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.state(flag).denyList.insert(user.to_owned());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.states
            .get_mut(flag)
            .map(|state| {
                let wasAllowed = state.allowList.remove(user);
                let wasDenied = state.denyList.remove(user);
                wasAllowed || wasDenied
            })
            .unwrap_or(false)
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.states.get(flag).is_some_and(|state| state.decide(flag, user))
    }
}

fn guard(condition: bool) -> Option<()> {
    condition.then_some(())
}
