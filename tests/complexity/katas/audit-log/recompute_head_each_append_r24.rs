// learner: slow
// idiom: PowerShell sysadmin: "trust nothing cached" script habit, Get-ChainHead re-walks the whole log from GENESIS every time it is asked
// why: AuditLog::append calls head(), which re-hashes all n stored entries: O(n) per append (O(n^2) to write n entries) vs the O(1) amortised target; verify and fnv1a64 are O(n) as required
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
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

fn continue_hash(mut hash: u64, bytes: &[u8]) -> u64 {
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// The hash of one entry (see README for the byte layout).
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut hash = FNV_OFFSET;
    hash = continue_hash(hash, &prev.to_le_bytes());
    hash = continue_hash(hash, &seq.to_le_bytes());
    hash = continue_hash(hash, &(actor.len() as u64).to_le_bytes());
    hash = continue_hash(hash, actor.as_bytes());
    hash = continue_hash(hash, &(action.len() as u64).to_le_bytes());
    continue_hash(hash, action.as_bytes())
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
        self.entries.push(Entry {
            seq,
            actor: actor.to_string(),
            action: action.to_string(),
            prev_hash,
            hash,
        });
        hash
    }

    /// Get-ChainHead: recompute from the start, like re-reading the log file each time.
    pub fn head(&self) -> u64 {
        let mut current = GENESIS;
        for entry in &self.entries {
            current = entry_hash(current, entry.seq, &entry.actor, &entry.action);
        }
        current
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

    /// Raw access to the stored entries, bypassing `append`.
    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    pub fn verify(&self) -> Option<usize> {
        let mut expected_prev = GENESIS;
        for (index, entry) in self.entries.iter().enumerate() {
            let recomputed = entry_hash(entry.prev_hash, entry.seq, &entry.actor, &entry.action);
            let ok = entry.seq == index as u64 && entry.prev_hash == expected_prev && entry.hash == recomputed;
            if !ok {
                return Some(index);
            }
            expected_prev = entry.hash;
        }
        None
    }
}
