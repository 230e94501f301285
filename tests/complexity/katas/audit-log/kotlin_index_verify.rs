// learner: optimal
// idiom: Kotlin style: mutable hash with a local `mix` lambda, index-based while verify with early returns, head via last()?.let { it.hash } ?: GENESIS
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash = FNV_OFFSET;
    for &byte in bytes {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut hash = FNV_OFFSET;
    let mut mix = |bytes: &[u8]| {
        for &byte in bytes {
            hash = (hash ^ byte as u64).wrapping_mul(FNV_PRIME);
        }
    };
    mix(&prev.to_le_bytes());
    mix(&seq.to_le_bytes());
    mix(&(actor.len() as u64).to_le_bytes());
    mix(actor.as_bytes());
    mix(&(action.len() as u64).to_le_bytes());
    mix(action.as_bytes());
    hash
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
        let entry = Entry {
            seq: self.entries.len() as u64,
            actor: String::from(actor),
            action: String::from(action),
            prev_hash: self.head(),
            hash: 0,
        };
        let hash = entry_hash(entry.prev_hash, entry.seq, actor, action);
        self.entries.push(Entry { hash, ..entry });
        hash
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map_or(GENESIS, |it| it.hash)
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
        let mut expected_prev = GENESIS;
        let mut i = 0;
        while i < self.entries.len() {
            let it = &self.entries[i];
            if it.seq != i as u64 {
                return Some(i);
            }
            if it.prev_hash != expected_prev {
                return Some(i);
            }
            if it.hash != entry_hash(it.prev_hash, it.seq, &it.actor, &it.action) {
                return Some(i);
            }
            expected_prev = it.hash;
            i += 1;
        }
        None
    }
}
