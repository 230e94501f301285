// learner: slow
// why: Flags::is_enabled is O(list) time, target O(1): overrides kept in a List(Of OverrideEntry) that is searched with a counter loop on every check (allow too)
use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut running_hash: u64 = 0xcbf29ce484222325;
    for current_byte in flag.bytes() {
        running_hash ^= current_byte as u64;
        running_hash = running_hash.wrapping_mul(0x100000001b3);
    }
    running_hash ^= 0xFF;
    running_hash = running_hash.wrapping_mul(0x100000001b3);
    for current_byte in user.bytes() {
        running_hash ^= current_byte as u64;
        running_hash = running_hash.wrapping_mul(0x100000001b3);
    }
    (running_hash % BUCKETS as u64) as u32
}

#[derive(Debug)]
struct OverrideEntry {
    user_name: String,
    is_allowed: bool,
    is_denied: bool,
}

#[derive(Debug, Default)]
struct FlagSettings {
    rollout_basis_points: u32,
    user_overrides: Vec<OverrideEntry>,
}

impl FlagSettings {
    fn find_override_position(&self, user_name: &str) -> Option<usize> {
        let mut entry_counter: usize = 0;
        while entry_counter < self.user_overrides.len() {
            if self.user_overrides[entry_counter].user_name == user_name {
                return Some(entry_counter);
            }
            entry_counter += 1;
        }
        None
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    settings_by_flag_name: HashMap<String, FlagSettings>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn get_or_create_settings(&mut self, flag_name: &str) -> &mut FlagSettings {
        self.settings_by_flag_name.entry(flag_name.to_string()).or_insert_with(FlagSettings::default)
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.get_or_create_settings(flag).rollout_basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let flag_settings = self.get_or_create_settings(flag);
        match flag_settings.find_override_position(user) {
            Some(position) => flag_settings.user_overrides[position].is_allowed = true,
            None => flag_settings.user_overrides.push(OverrideEntry {
                user_name: user.to_string(),
                is_allowed: true,
                is_denied: false,
            }),
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let flag_settings = self.get_or_create_settings(flag);
        match flag_settings.find_override_position(user) {
            Some(position) => flag_settings.user_overrides[position].is_denied = true,
            None => flag_settings.user_overrides.push(OverrideEntry {
                user_name: user.to_string(),
                is_allowed: false,
                is_denied: true,
            }),
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let flag_settings = match self.settings_by_flag_name.get_mut(flag) {
            Some(found) => found,
            None => return false,
        };
        match flag_settings.find_override_position(user) {
            Some(position) => {
                let removed_entry = flag_settings.user_overrides.remove(position);
                removed_entry.is_allowed || removed_entry.is_denied
            }
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let flag_settings = match self.settings_by_flag_name.get(flag) {
            Some(found) => found,
            None => return false,
        };
        match flag_settings.find_override_position(user) {
            Some(position) => {
                let entry = &flag_settings.user_overrides[position];
                if entry.is_denied {
                    return false;
                }
                if entry.is_allowed {
                    return true;
                }
            }
            None => {}
        }
        bucket(flag, user) < flag_settings.rollout_basis_points
    }
}
