// learner: optimal
// idiom: Perl-veteran: hash of (bp, hash-of-user -> override byte) like %{$f{$flag}}, byte loop for FNV with as_bytes indexing
use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    let f = flag.as_bytes();
    let mut i = 0;
    while i < f.len() {
        h ^= f[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    h ^= 0xff;
    h = h.wrapping_mul(0x100000001b3);
    for &b in user.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % 10_000) as u32
}

// override byte: 1 = allowed, 2 = denied, 3 = both (deny wins)
#[derive(Debug, Default)]
pub struct Flags {
    f: HashMap<String, (u32, HashMap<String, u8>)>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.f.entry(flag.to_owned()).or_default().0 = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        *self.f.entry(flag.to_owned()).or_default().1.entry(user.to_owned()).or_insert(0) |= 1;
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        *self.f.entry(flag.to_owned()).or_default().1.entry(user.to_owned()).or_insert(0) |= 2;
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(e) = self.f.get_mut(flag) else { return false };
        e.1.remove(user).map_or(false, |m| m != 0)
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some((bp, ov)) = self.f.get(flag) else { return false };
        match ov.get(user).copied().unwrap_or(0) {
            m if m & 2 != 0 => false,
            1 => true,
            _ => bucket(flag, user) < *bp,
        }
    }
}
