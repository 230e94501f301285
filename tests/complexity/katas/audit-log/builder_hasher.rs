// learner: optimal
// idiom: Kotlin-style builder object: a Fnv1a struct with chained write_* methods, for-loop verify with a `previous` var and early return
//! Append-only, hash-chained audit log: see README.md.

/// FNV-1a 64-bit offset basis (the hash of no bytes).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// The `prev_hash` of the first entry.
pub const GENESIS: u64 = 0;

/// Small builder-style hasher, like a Kotlin class wrapping a `var state`.
#[derive(Debug, Clone, Copy)]
struct Fnv1a {
    state: u64,
}

impl Fnv1a {
    fn new() -> Self {
        Fnv1a { state: FNV_OFFSET }
    }

    fn write(mut self, bytes: &[u8]) -> Self {
        for &b in bytes {
            self.state ^= b as u64;
            self.state = self.state.wrapping_mul(FNV_PRIME);
        }
        self
    }

    fn write_u64(self, value: u64) -> Self {
        self.write(&value.to_le_bytes())
    }

    fn write_str(self, text: &str) -> Self {
        self.write_u64(text.len() as u64).write(text.as_bytes())
    }

    fn finish(self) -> u64 {
        self.state
    }
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    Fnv1a::new().write(bytes).finish()
}

/// The hash of one entry (see README for the byte layout).
pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    Fnv1a::new().write_u64(prev).write_u64(seq).write_str(actor).write_str(action).finish()
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
        let entry = Entry {
            seq: self.entries.len() as u64,
            actor: actor.into(),
            action: action.into(),
            prev_hash: self.head(),
            hash: 0,
        };
        let hash = entry_hash(entry.prev_hash, entry.seq, &entry.actor, &entry.action);
        self.entries.push(Entry { hash, ..entry });
        hash
    }

    pub fn head(&self) -> u64 {
        match self.entries.last() {
            Some(last) => last.hash,
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
        let mut previous = GENESIS;
        for (index, entry) in self.entries.iter().enumerate() {
            let expected = entry_hash(entry.prev_hash, entry.seq, &entry.actor, &entry.action);
            let broken = entry.seq != index as u64 || entry.prev_hash != previous || entry.hash != expected;
            if broken {
                return Some(index);
            }
            previous = entry.hash;
        }
        None
    }
}
