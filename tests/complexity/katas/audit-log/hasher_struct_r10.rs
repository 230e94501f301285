// learner: optimal
// idiom: a small Fnv64 builder struct with write_* methods, while-let over an iterator in verify
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

struct Fnv64 {
    state: u64,
}

impl Fnv64 {
    fn new() -> Fnv64 {
        Fnv64 { state: FNV_OFFSET }
    }

    fn write(&mut self, bytes: &[u8]) -> &mut Self {
        for b in bytes {
            self.state ^= *b as u64;
            self.state = self.state.wrapping_mul(FNV_PRIME);
        }
        self
    }

    fn write_u64(&mut self, v: u64) -> &mut Self {
        self.write(&v.to_le_bytes())
    }

    fn write_str_prefixed(&mut self, s: &str) -> &mut Self {
        self.write_u64(s.len() as u64).write(s.as_bytes())
    }

    fn finish(&self) -> u64 {
        self.state
    }
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    Fnv64::new().write(bytes).finish()
}

/// The hash of one entry.
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    Fnv64::new()
        .write_u64(prev)
        .write_u64(seq)
        .write_str_prefixed(actor)
        .write_str_prefixed(action)
        .finish()
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
        let seq = self.entries.len() as u64;
        let entry = match self.entries.last() {
            None => Self::make(GENESIS, seq, actor, action),
            Some(last) => Self::make(last.hash, seq, actor, action),
        };
        let h = entry.hash;
        self.entries.push(entry);
        h
    }

    fn make(prev_hash: u64, seq: u64, actor: &str, action: &str) -> Entry {
        Entry {
            seq,
            actor: String::from(actor),
            action: String::from(action),
            prev_hash,
            hash: entry_hash(prev_hash, seq, actor, action),
        }
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
        let mut it = self.entries.iter().enumerate();
        while let Some((idx, e)) = it.next() {
            let ok = e.seq == idx as u64
                && e.prev_hash == expected_prev
                && e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action);
            if !ok {
                return Some(idx);
            }
            expected_prev = e.hash;
        }
        None
    }
}
