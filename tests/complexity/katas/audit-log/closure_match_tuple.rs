// learner: optimal
// idiom: hashing step stored in a closure variable, verify with a loop over indices, match on a (bool, bool, bool) tuple and mem::replace for prev
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut state = FNV_OFFSET;
    let mut eat = |b: u8| {
        state ^= b as u64;
        state = state.wrapping_mul(FNV_PRIME);
    };
    for &b in bytes {
        eat(b);
    }
    state
}

/// The hash of one entry.
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut state = FNV_OFFSET;
    let mut feed = |part: &[u8]| {
        for &b in part {
            state ^= b as u64;
            state = state.wrapping_mul(FNV_PRIME);
        }
    };
    feed(&prev.to_le_bytes());
    feed(&seq.to_le_bytes());
    feed(&(actor.len() as u64).to_le_bytes());
    feed(actor.as_bytes());
    feed(&(action.len() as u64).to_le_bytes());
    feed(action.as_bytes());
    state
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
        let prev_hash = match self.entries.last() {
            Some(last) => last.hash,
            None => GENESIS,
        };
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        let entry = Entry { seq, actor: String::from(actor), action: String::from(action), prev_hash, hash };
        self.entries.push(entry);
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
        let mut i = 0usize;
        loop {
            let Some(e) = self.entries.get(i) else { return None };
            let checks = (
                e.seq == i as u64,
                e.prev_hash == expected_prev,
                e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action),
            );
            match checks {
                (true, true, true) => {
                    let _old = std::mem::replace(&mut expected_prev, e.hash);
                    i += 1;
                }
                _ => return Some(i),
            }
        }
    }
}
