// learner: slow
// why: AuditLog::append is O(n) time, target O(1): a defensive self.verify() over the whole chain before every append
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// Incremental FNV-1a hasher, so entry_hash does not need to build a buffer.
struct Fnv1aHasher {
    current_state: u64,
}

impl Fnv1aHasher {
    fn new() -> Self {
        Fnv1aHasher { current_state: FNV_OFFSET }
    }

    fn update(&mut self, bytes: &[u8]) {
        for single_byte in bytes {
            self.current_state ^= *single_byte as u64;
            self.current_state = self.current_state.wrapping_mul(FNV_PRIME);
        }
    }

    fn update_u64(&mut self, value: u64) {
        self.update(&value.to_le_bytes());
    }

    fn finish(&self) -> u64 {
        self.current_state
    }
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hasher = Fnv1aHasher::new();
    hasher.update(bytes);
    hasher.finish()
}

/// The hash of one entry: FNV-1a over `prev` (8 bytes, little-endian), `seq` (8 bytes LE),
/// the byte length of `actor` as u64 LE, the bytes of `actor`, the byte length of `action`
/// as u64 LE, and the bytes of `action`, in that order.
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut hasher = Fnv1aHasher::new();
    hasher.update_u64(prev);
    hasher.update_u64(seq);
    hasher.update_u64(actor.len() as u64);
    hasher.update(actor.as_bytes());
    hasher.update_u64(action.len() as u64);
    hasher.update(action.as_bytes());
    hasher.finish()
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

impl Entry {
    fn recomputed_hash(&self) -> u64 {
        entry_hash(self.prev_hash, self.seq, &self.actor, &self.action)
    }
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

    /// Appends an entry and returns its hash (the new head). Must be O(1) amortised (plus the
    /// length of the two strings), however long the log is.
    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        // never extend a chain that has already been tampered with
        if let Some(broken_index) = self.verify() {
            panic!("refusing to append: audit chain broken at entry {broken_index}");
        }
        let previous_hash = self.head();
        let next_sequence_number = self.entries.len() as u64;
        let new_hash = entry_hash(previous_hash, next_sequence_number, actor, action);
        let new_entry = Entry {
            seq: next_sequence_number,
            actor: actor.to_string(),
            action: action.to_string(),
            prev_hash: previous_hash,
            hash: new_hash,
        };
        self.entries.push(new_entry);
        new_hash
    }

    /// The hash of the last entry, or [`GENESIS`] for an empty log.
    pub fn head(&self) -> u64 {
        if let Some(last_entry) = self.entries.last() {
            last_entry.hash
        } else {
            GENESIS
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

    fn is_entry_valid(entry: &Entry, expected_index: usize, expected_previous_hash: u64) -> bool {
        entry.seq == expected_index as u64
            && entry.prev_hash == expected_previous_hash
            && entry.hash == entry.recomputed_hash()
    }

    /// Re-checks the whole chain in one pass (O(n)). Returns the index of the first entry where it
    /// breaks: wrong `seq`, a `prev_hash` that is not the previous entry's `hash`, or a `hash`
    /// that does not match the entry's contents. `None` when the chain is intact.
    pub fn verify(&self) -> Option<usize> {
        let mut expected_previous_hash = GENESIS;
        for (index, entry) in self.entries.iter().enumerate() {
            if !Self::is_entry_valid(entry, index, expected_previous_hash) {
                return Some(index);
            }
            expected_previous_hash = entry.hash;
        }
        None
    }
}
