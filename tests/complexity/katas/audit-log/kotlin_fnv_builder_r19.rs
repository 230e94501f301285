// learner: optimal
// idiom: Kotlin style: a Fnv builder with chained `feed` calls (like apply {}), head via last()?.hash ?: GENESIS, verify with iterator position over zipped predecessors
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// A running FNV-1a state, fed like a Kotlin builder.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(FNV_OFFSET)
    }
    fn feed(self, bytes: &[u8]) -> Self {
        Fnv(bytes.iter().fold(self.0, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)))
    }
    fn feed_str(self, s: &str) -> Self {
        self.feed(&(s.len() as u64).to_le_bytes()).feed(s.as_bytes())
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    Fnv::new().feed(bytes).0
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    Fnv::new()
        .feed(&prev.to_le_bytes())
        .feed(&seq.to_le_bytes())
        .feed_str(actor)
        .feed_str(action)
        .0
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
        self.entries.push(Entry { seq, actor: actor.to_owned(), action: action.to_owned(), prev_hash, hash });
        hash
    }

    pub fn head(&self) -> u64 {
        self.entries.last().map(|e| e.hash).unwrap_or(GENESIS)
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
        let previous_hashes = std::iter::once(GENESIS).chain(self.entries.iter().map(|e| e.hash));
        self.entries
            .iter()
            .zip(previous_hashes)
            .enumerate()
            .position(|(i, (e, expected_prev))| {
                e.seq != i as u64
                    || e.prev_hash != expected_prev
                    || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action)
            })
    }
}
