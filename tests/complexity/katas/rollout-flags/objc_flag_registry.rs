// learner: optimal
// idiom: ObjC-style: FeatureFlagDefinition class with small query methods, registry with explicit Option checks, for-loop FNV, one HashMap keyed by (flag, user) for overrides
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

#[allow(non_snake_case)]
pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut runningHash: u64 = 0xcbf29ce484222325;
    let separatorByte: [u8; 1] = [0xFF];
    for byteSource in [flag.as_bytes(), &separatorByte[..], user.as_bytes()] {
        for &currentByte in byteSource {
            runningHash ^= currentByte as u64;
            runningHash = runningHash.wrapping_mul(0x100000001b3);
        }
    }
    (runningHash % BUCKETS as u64) as u32
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OverrideDecision {
    AlwaysOn,
    AlwaysOff,
}

#[derive(Debug, Default)]
struct FeatureFlagDefinition {
    rolloutBasisPoints: u32,
}

#[allow(non_snake_case)]
impl FeatureFlagDefinition {
    fn updateRolloutBasisPoints(&mut self, newBasisPoints: u32) {
        self.rolloutBasisPoints = newBasisPoints;
    }

    fn userFallsInsideRollout(&self, flagName: &str, userIdentifier: &str) -> bool {
        bucket(flagName, userIdentifier) < self.rolloutBasisPoints
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    definitionsByFlagName: HashMap<String, FeatureFlagDefinition>,
    /// flag name -> user -> decision. Deny wins, so a user has at most one decision: a later
    /// allow does not override an earlier deny.
    overridesByFlagName: HashMap<String, HashMap<String, (bool, bool)>>,
}

#[allow(non_snake_case)]
impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn definitionCreatingIfMissing(&mut self, flagName: &str) -> &mut FeatureFlagDefinition {
        if !self.definitionsByFlagName.contains_key(flagName) {
            self.definitionsByFlagName.insert(flagName.to_owned(), FeatureFlagDefinition::default());
        }
        self.definitionsByFlagName.get_mut(flagName).expect("just inserted")
    }

    fn recordOverride(&mut self, flagName: &str, userIdentifier: &str, decision: OverrideDecision) {
        self.definitionCreatingIfMissing(flagName);
        let overridesForFlag = self.overridesByFlagName.entry(flagName.to_owned()).or_default();
        let entryForUser = overridesForFlag.entry(userIdentifier.to_owned()).or_insert((false, false));
        match decision {
            OverrideDecision::AlwaysOn => entryForUser.0 = true,
            OverrideDecision::AlwaysOff => entryForUser.1 = true,
        }
    }

    fn overrideDecisionFor(&self, flagName: &str, userIdentifier: &str) -> Option<OverrideDecision> {
        let overridesForFlag = self.overridesByFlagName.get(flagName)?;
        let (isAllowed, isDenied) = *overridesForFlag.get(userIdentifier)?;
        if isDenied {
            return Some(OverrideDecision::AlwaysOff);
        }
        if isAllowed {
            return Some(OverrideDecision::AlwaysOn);
        }
        None
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.definitionCreatingIfMissing(flag).updateRolloutBasisPoints(basis_points);
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.recordOverride(flag, user, OverrideDecision::AlwaysOn);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.recordOverride(flag, user, OverrideDecision::AlwaysOff);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let overridesForFlag = match self.overridesByFlagName.get_mut(flag) {
            Some(map) => map,
            None => return false,
        };
        match overridesForFlag.remove(user) {
            Some((isAllowed, isDenied)) => isAllowed || isDenied,
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let definition = match self.definitionsByFlagName.get(flag) {
            Some(definition) => definition,
            None => return false,
        };
        match self.overrideDecisionFor(flag, user) {
            Some(OverrideDecision::AlwaysOff) => false,
            Some(OverrideDecision::AlwaysOn) => true,
            None => definition.userFallsInsideRollout(flag, user),
        }
    }
}
