// learner: optimal
// idiom: Kotlin-style extension trait on u64 for feeding bytes, fold-based hashing, try_fold chain verification
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// Extension-style helper: `hash.feed(bytes)` continues an FNV-1a state.
trait FnvFeed {
    fn feed(self, bytes: &[u8]) -> u64;
}

impl FnvFeed for u64 {
    fn feed(self, bytes: &[u8]) -> u64 {
        bytes.iter().fold(self, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
    }
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    FNV_OFFSET.feed(bytes)
}

/// The hash of one entry (see README for the byte layout).
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    FNV_OFFSET
        .feed(&prev.to_le_bytes())
        .feed(&seq.to_le_bytes())
        .feed(&(actor.len() as u64).to_le_bytes())
        .feed(actor.as_bytes())
        .feed(&(action.len() as u64).to_le_bytes())
        .feed(action.as_bytes())
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

impl Entry {
    fn recomputed(&self) -> u64 {
        entry_hash(self.prev_hash, self.seq, &self.actor, &self.action)
    }
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_owned(), action: action.to_owned(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map_or(GENESIS, |e| e.hash)
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
        self.entries
            .iter()
            .enumerate()
            .try_fold(GENESIS, |prev, (i, e)| {
                let ok = e.seq == i as u64 && e.prev_hash == prev && e.hash == e.recomputed();
                if ok { Ok(e.hash) } else { Err(i) }
            })
            .err()
    }
}
