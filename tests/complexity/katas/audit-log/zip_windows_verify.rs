// learner: optimal
// idiom: verify zips the entries with a once(GENESIS).chain(previous hashes) iterator and uses find_map; entry_hash via a local closure
//! Append-only, hash-chained audit log: see README.md.

use std::iter;

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut state = FNV_OFFSET;
    bytes.iter().for_each(|&b| {
        state ^= u64::from(b);
        state = state.wrapping_mul(FNV_PRIME);
    });
    state
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut state = FNV_OFFSET;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            state ^= u64::from(b);
            state = state.wrapping_mul(FNV_PRIME);
        }
    };
    eat(&prev.to_le_bytes());
    eat(&seq.to_le_bytes());
    eat(&(actor.len() as u64).to_le_bytes());
    eat(actor.as_bytes());
    eat(&(action.len() as u64).to_le_bytes());
    eat(action.as_bytes());
    state
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
    fn is_consistent(&self, index: usize, previous_hash: u64) -> bool {
        self.seq == index as u64
            && self.prev_hash == previous_hash
            && self.hash == entry_hash(self.prev_hash, self.seq, &self.actor, &self.action)
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
        let entry = {
            let prev_hash = self.head();
            let seq = self.len() as u64;
            Entry {
                seq,
                actor: actor.to_owned(),
                action: action.to_owned(),
                prev_hash,
                hash: entry_hash(prev_hash, seq, actor, action),
            }
        };
        let hash = entry.hash;
        self.entries.push(entry);
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
        let previous_hashes = iter::once(GENESIS).chain(self.entries.iter().map(|e| e.hash));
        self.entries
            .iter()
            .zip(previous_hashes)
            .enumerate()
            .find_map(|(i, (entry, prev))| (!entry.is_consistent(i, prev)).then_some(i))
    }
}
