// learner: optimal
// idiom: PostScript: the head is simply the top of the entry stack (`dup` of the last hash); FNV fed piece by piece through a small `h bytes -> h` helper; verify walks once carrying the previous hash
// why: append reads only the last entry: O(1) amortised + string length; verify one pass O(n); fnv1a64 O(bytes)
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fnv_feed(FNV_OFFSET, bytes)
}

/// Continue an FNV-1a hash: `h bytes -> h'` on the stack.
fn fnv_feed(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// The hash of one entry: FNV-1a over `prev` (8 bytes, little-endian), `seq` (8 bytes LE),
/// the byte length of `actor` as u64 LE, the bytes of `actor`, the byte length of `action`
/// as u64 LE, and the bytes of `action`, in that order.
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut h = FNV_OFFSET;
    h = fnv_feed(h, &prev.to_le_bytes());
    h = fnv_feed(h, &seq.to_le_bytes());
    h = fnv_feed(h, &(actor.len() as u64).to_le_bytes());
    h = fnv_feed(h, actor.as_bytes());
    h = fnv_feed(h, &(action.len() as u64).to_le_bytes());
    h = fnv_feed(h, action.as_bytes());
    h
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

    /// Appends an entry and returns its hash (the new head). Must be O(1) amortised (plus the
    /// length of the two strings), however long the log is.
    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev, seq, actor, action);
        self.entries.push(Entry {
            seq,
            actor: actor.to_string(),
            action: action.to_string(),
            prev_hash: prev,
            hash,
        });
        hash
    }

    /// The hash of the last entry, or [`GENESIS`] for an empty log.
    pub fn head(&self) -> u64 {
        match self.entries.last() {
            Some(top) => top.hash,
            None => GENESIS,
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

    /// Re-checks the whole chain in one pass (O(n)). Returns the index of the first entry where it
    /// breaks: wrong `seq`, a `prev_hash` that is not the previous entry's `hash`, or a `hash`
    /// that does not match the entry's contents. `None` when the chain is intact.
    pub fn verify(&self) -> Option<usize> {
        let mut prev = GENESIS;
        for (i, e) in self.entries.iter().enumerate() {
            if e.seq != i as u64
                || e.prev_hash != prev
                || e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action)
            {
                return Some(i);
            }
            prev = e.hash;
        }
        None
    }
}
