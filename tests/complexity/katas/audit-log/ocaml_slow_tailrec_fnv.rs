// learner: slow
// why: fnv1a64 is O(n) space, target O(1): OCaml-style tail recursion, one stack frame per byte since Rust does not guarantee tail calls
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// let rec go h = function [] -> h | b :: rest -> go ((h lxor b) * prime) rest
fn go(h: u64, bytes: &[u8]) -> u64 {
    match bytes {
        [] => h,
        [b, rest @ ..] => go((h ^ *b as u64).wrapping_mul(FNV_PRIME), rest),
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    go(FNV_OFFSET, bytes)
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let a_len = (actor.len() as u64).to_le_bytes();
    let b_len = (action.len() as u64).to_le_bytes();
    let chunks: [&[u8]; 6] = [
        &prev.to_le_bytes(),
        &seq.to_le_bytes(),
        &a_len,
        actor.as_bytes(),
        &b_len,
        action.as_bytes(),
    ];
    chunks.iter().fold(FNV_OFFSET, |h, c| go(h, c))
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Position in the log, starting at 0.
    pub seq: u64,
    pub actor: String,
    pub action: String,
    /// `hash` of the previous entry ([`GENESIS`] for the first).
    pub prev_hash: u64,
    /// `entry_hash(prev_hash, seq, actor, action)`.
    pub hash: u64,
}


/// An append-only log in which every entry commits to the one before it.
#[derive(Debug, Default)]
pub struct AuditLog {
    entries: Vec<Entry>,
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = match self.entries.last() {
            None => GENESIS,
            Some(e) => e.hash,
        };
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_string(), action: action.to_string(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        match self.entries.as_slice() {
            [] => GENESIS,
            [.., last] => last.hash,
        }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Raw access to the stored entries, bypassing `append`: this is how the tests play an
    /// attacker with write access to the storage.
    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    pub fn verify(&self) -> Option<usize> {
        let walk = self.entries.iter().enumerate().try_fold(GENESIS, |prev, (i, e)| {
            match (e.seq == i as u64, e.prev_hash == prev) {
                (true, true) if e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) => Ok(e.hash),
                _ => Err(i),
            }
        });
        match walk {
            Ok(_) => None,
            Err(i) => Some(i),
        }
    }
}
