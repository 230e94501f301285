// learner: optimal
// idiom: VB.NET style: explicit For-counter byte loops in the hash, FlagSettings class, Select-Case-style match in is_enabled, verbose names
use std::collections::HashMap;
use std::collections::HashSet;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const FNV_OFFSET_BASIS: u64 = 0xcbf29ce484222325;
const FNV_PRIME_NUMBER: u64 = 0x100000001b3;
const SEPARATOR_BYTE: u8 = 0xFF;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut running_hash: u64 = FNV_OFFSET_BASIS;
    let flag_bytes = flag.as_bytes();
    let mut byte_index: usize = 0;
    while byte_index < flag_bytes.len() {
        running_hash ^= flag_bytes[byte_index] as u64;
        running_hash = running_hash.wrapping_mul(FNV_PRIME_NUMBER);
        byte_index += 1;
    }
    running_hash ^= SEPARATOR_BYTE as u64;
    running_hash = running_hash.wrapping_mul(FNV_PRIME_NUMBER);
    let user_bytes = user.as_bytes();
    byte_index = 0;
    while byte_index < user_bytes.len() {
        running_hash ^= user_bytes[byte_index] as u64;
        running_hash = running_hash.wrapping_mul(FNV_PRIME_NUMBER);
        byte_index += 1;
    }
    let bucket_number = running_hash % (BUCKETS as u64);
    bucket_number as u32
}

#[derive(Debug, Default)]
struct FlagSettings {
    rollout_basis_points: u32,
    allowed_users: HashSet<String>,
    denied_users: HashSet<String>,
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
        if !self.settings_by_flag_name.contains_key(flag_name) {
            self.settings_by_flag_name.insert(flag_name.to_string(), FlagSettings::default());
        }
        self.settings_by_flag_name.get_mut(flag_name).unwrap()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        let flag_settings = self.get_or_create_settings(flag);
        flag_settings.rollout_basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let flag_settings = self.get_or_create_settings(flag);
        flag_settings.allowed_users.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let flag_settings = self.get_or_create_settings(flag);
        flag_settings.denied_users.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.settings_by_flag_name.get_mut(flag) {
            Some(flag_settings) => {
                let was_allowed = flag_settings.allowed_users.remove(user);
                let was_denied = flag_settings.denied_users.remove(user);
                was_allowed || was_denied
            }
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let flag_settings = match self.settings_by_flag_name.get(flag) {
            Some(found_settings) => found_settings,
            None => return false,
        };
        match (flag_settings.denied_users.contains(user), flag_settings.allowed_users.contains(user)) {
            (true, _) => false,
            (false, true) => true,
            (false, false) => bucket(flag, user) < flag_settings.rollout_basis_points,
        }
    }
}
