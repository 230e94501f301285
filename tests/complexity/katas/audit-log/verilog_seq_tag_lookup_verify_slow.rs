// learner: slow
// idiom: verilog: verify finds each entry's predecessor by tag (scan for seq == i - 1 from slot 0) instead of by position
// why: misses AuditLog::verify O(n): the tag search walks i entries for entry i, O(n^2) compares for n entries
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for i in 0..bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// The hash of one entry (see README.md for the byte layout).
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut buf: Vec<u8> = Vec::with_capacity(32 + actor.len() + action.len());
    buf.extend_from_slice(&prev.to_le_bytes());
    buf.extend_from_slice(&seq.to_le_bytes());
    buf.extend_from_slice(&(actor.len() as u64).to_le_bytes());
    buf.extend_from_slice(actor.as_bytes());
    buf.extend_from_slice(&(action.len() as u64).to_le_bytes());
    buf.extend_from_slice(action.as_bytes());
    fnv1a64(&buf)
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

    /// Appends an entry and returns its hash (the new head).
    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_string(), action: action.to_string(), prev_hash, hash });
        hash
    }

    /// The hash of the last entry, or [`GENESIS`] for an empty log.
    pub fn head(&self) -> u64 {
        match self.entries.last() {
            Some(e) => e.hash,
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

    /// Raw access to the stored entries, bypassing `append`.
    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    /// Re-checks the whole chain. Returns the index of the first broken entry.
    /// The predecessor is looked up by its sequence number, like addressing a
    /// memory by tag instead of trusting the slot it sits in.
    pub fn verify(&self) -> Option<usize> {
        for i in 0..self.entries.len() {
            let e = &self.entries[i];
            if e.seq != i as u64 {
                return Some(i);
            }
            let expect_prev = if i == 0 {
                GENESIS
            } else {
                match self.entries.iter().position(|p| p.seq == e.seq - 1) {
                    Some(j) => self.entries[j].hash,
                    None => return Some(i),
                }
            };
            if e.prev_hash != expect_prev {
                return Some(i);
            }
            if e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
        }
        None
    }
}
