// learner: optimal
// idiom: Tcl/Tk tools engineer: a small `fnv_feed` proc that extends a running hash, entry_hash calls it field by field, verify is an index loop with early returns
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

/// Continues an FNV-1a hash `h` over more bytes.
fn fnv_feed(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fnv_feed(FNV_OFFSET, bytes)
}

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

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = self.head();
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.to_string(), action: action.to_string(), prev_hash, hash });
        hash
    }

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

    pub fn storage_mut(&mut self) -> &mut Vec<Entry> {
        &mut self.entries
    }

    pub fn verify(&self) -> Option<usize> {
        let mut expected_prev = GENESIS;
        for i in 0..self.entries.len() {
            let e = &self.entries[i];
            if e.seq != i as u64 {
                return Some(i);
            }
            if e.prev_hash != expected_prev {
                return Some(i);
            }
            if e.hash != entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) {
                return Some(i);
            }
            expected_prev = e.hash;
        }
        None
    }
}
