// learner: slow
// why: AuditLog::verify is O(n) space, target O(1): it first collects every recomputed hash into a Vec, then compares
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash = FNV_OFFSET;
    for i in 0..bytes.len() {
        hash = (hash ^ bytes[i] as u64).wrapping_mul(FNV_PRIME);
    }
    hash
}

/// The hash of one entry.
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut hash = FNV_OFFSET;
    let parts: [&[u8]; 6] = [
        &prev.to_le_bytes(),
        &seq.to_le_bytes(),
        &(actor.len() as u64).to_le_bytes(),
        actor.as_bytes(),
        &(action.len() as u64).to_le_bytes(),
        action.as_bytes(),
    ];
    for part in parts {
        for &b in part {
            hash = (hash ^ b as u64).wrapping_mul(FNV_PRIME);
        }
    }
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
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_string(), action: action.to_string(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        if let Some(e) = self.entries.last() { e.hash } else { GENESIS }
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

    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    pub fn verify(&self) -> Option<usize> {
        // Step 1: what each entry's hash should be.
        let recomputed: Vec<u64> = self
            .entries
            .iter()
            .map(|e| entry_hash(e.prev_hash, e.seq, &e.actor, &e.action))
            .collect();
        // Step 2: what each entry's prev_hash should be.
        let mut expected_prev: Vec<u64> = Vec::with_capacity(self.entries.len());
        expected_prev.push(GENESIS);
        for e in &self.entries {
            expected_prev.push(e.hash);
        }
        for i in 0..self.entries.len() {
            let e = &self.entries[i];
            if e.seq != i as u64 || e.prev_hash != expected_prev[i] || e.hash != recomputed[i] {
                return Some(i);
            }
        }
        None
    }
}
