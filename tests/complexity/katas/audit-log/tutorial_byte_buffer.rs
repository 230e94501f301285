// learner: optimal
// idiom: hobbyist for-loops, entry_hash builds a temporary byte Vec then hashes it, verify with index while-loop and early return
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash = FNV_OFFSET;
    for b in bytes {
        let byte_as_number = *b as u64;
        hash = hash ^ byte_as_number;
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    // put all the bytes in one buffer, in the order from the README
    let mut all_bytes: Vec<u8> = Vec::new();
    all_bytes.extend_from_slice(&prev.to_le_bytes());
    all_bytes.extend_from_slice(&seq.to_le_bytes());
    let actor_len = actor.len() as u64;
    all_bytes.extend_from_slice(&actor_len.to_le_bytes());
    all_bytes.extend_from_slice(actor.as_bytes());
    let action_len = action.len() as u64;
    all_bytes.extend_from_slice(&action_len.to_le_bytes());
    all_bytes.extend_from_slice(action.as_bytes());
    let result = fnv1a64(&all_bytes);
    result
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: u64,
    pub actor: String,
    pub action: String,
    pub prev_hash: u64,
    pub hash: u64,
}

#[derive(Debug, Default)]
pub struct AuditLog {
    entries: Vec<Entry>,
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
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

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let mut previous = GENESIS;
        if self.entries.len() > 0 {
            let last_index = self.entries.len() - 1;
            previous = self.entries[last_index].hash;
        }
        let new_seq = self.entries.len() as u64;
        let new_hash = entry_hash(previous, new_seq, actor, action);
        let entry = Entry {
            seq: new_seq,
            actor: actor.to_string(),
            action: action.to_string(),
            prev_hash: previous,
            hash: new_hash,
        };
        self.entries.push(entry);
        new_hash
    }

    pub fn head(&self) -> u64 {
        let mut h = GENESIS;
        if let Some(last) = self.entries.last() {
            h = last.hash;
        }
        h
    }

    pub fn verify(&self) -> Option<usize> {
        let mut expected_prev = GENESIS;
        let mut i = 0;
        while i < self.entries.len() {
            let e = &self.entries[i];
            if e.seq != i as u64 {
                return Some(i);
            }
            if e.prev_hash != expected_prev {
                return Some(i);
            }
            let should_be = entry_hash(e.prev_hash, e.seq, &e.actor, &e.action);
            if e.hash != should_be {
                return Some(i);
            }
            expected_prev = e.hash;
            i += 1;
        }
        None
    }
}
