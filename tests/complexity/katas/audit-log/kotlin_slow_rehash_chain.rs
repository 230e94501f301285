// learner: slow
// why: AuditLog::append is O(n) time, target O(1): the head is re-derived by re-hashing the whole chain (fold from GENESIS) on every append
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(FNV_OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

fn feed(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    [
        &prev.to_le_bytes()[..],
        &seq.to_le_bytes()[..],
        &(actor.len() as u64).to_le_bytes()[..],
        actor.as_bytes(),
        &(action.len() as u64).to_le_bytes()[..],
        action.as_bytes(),
    ]
    .iter()
    .fold(FNV_OFFSET, |h, part| feed(h, part))
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

    /// The head as the chain says it should be: don't trust the stored hashes, recompute them.
    fn derived_head(&self) -> u64 {
        self.entries
            .iter()
            .fold(GENESIS, |prev, e| entry_hash(prev, e.seq, &e.actor, &e.action))
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.derived_head();
        val_push(&mut self.entries, actor, action, prev_hash)
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map(|it| it.hash).unwrap_or(GENESIS)
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
        let mut prev = GENESIS;
        for (i, e) in self.entries.iter().enumerate() {
            let ok = e.seq == i as u64
                && e.prev_hash == prev
                && e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action);
            if !ok {
                return Some(i);
            }
            prev = e.hash;
        }
        None
    }
}

fn val_push(entries: &mut Vec<Entry>, actor: &str, action: &str, prev_hash: u64) -> u64 {
    let seq = entries.len() as u64;
    let hash = entry_hash(prev_hash, seq, actor, action);
    entries.push(Entry { seq, actor: actor.into(), action: action.into(), prev_hash, hash });
    hash
}
