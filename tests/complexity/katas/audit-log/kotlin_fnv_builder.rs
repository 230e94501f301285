// learner: optimal
// idiom: Kotlin-ish: small Fnv builder struct with chained feed calls, struct-update copy, index while-loop verify with early return
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

struct Fnv {
    state: u64,
}

impl Fnv {
    fn new() -> Self {
        Fnv { state: FNV_OFFSET }
    }

    fn feed(mut self, bytes: &[u8]) -> Self {
        for &b in bytes {
            self.state ^= b as u64;
            self.state = self.state.wrapping_mul(FNV_PRIME);
        }
        self
    }

    fn feed_str(self, s: &str) -> Self {
        self.feed(&(s.len() as u64).to_le_bytes()).feed(s.as_bytes())
    }

    fn done(self) -> u64 {
        self.state
    }
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    Fnv::new().feed(bytes).done()
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    Fnv::new()
        .feed(&prev.to_le_bytes())
        .feed(&seq.to_le_bytes())
        .feed_str(actor)
        .feed_str(action)
        .done()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: u64,
    pub actor: String,
    pub action: String,
    pub prev_hash: u64,
    pub hash: u64,
}

impl Entry {
    fn recomputed(&self) -> u64 {
        entry_hash(self.prev_hash, self.seq, &self.actor, &self.action)
    }

    fn is_valid_at(&self, index: usize, prev: u64) -> bool {
        self.seq == index as u64 && self.prev_hash == prev && self.hash == self.recomputed()
    }
}

#[derive(Debug, Default)]
pub struct AuditLog {
    entries: Vec<Entry>,
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let draft = Entry {
            seq: self.entries.len() as u64,
            actor: actor.to_string(),
            action: action.to_string(),
            prev_hash: self.head(),
            hash: 0,
        };
        let entry = Entry { hash: draft.recomputed(), ..draft };
        let h = entry.hash;
        self.entries.push(entry);
        h
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
        while i < self.entries.len() {
            let e = &self.entries[i];
            if !e.is_valid_at(i, expected_prev) {
                return Some(i);
            }
            expected_prev = e.hash;
            i += 1;
        }
        None
    }
}
