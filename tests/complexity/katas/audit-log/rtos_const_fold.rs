// learner: optimal
// idiom: embedded-style: const fn FNV with while loop, fixed [u8; 8] header arrays, verify as an explicit state machine
//! Append-only, hash-chained audit log: see README.md.

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
pub const GENESIS: u64 = 0;

const fn fold(state: u64, bytes: &[u8]) -> u64 {
    let mut h = state;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fold(FNV_OFFSET, bytes)
}

const HEADER_WORDS: usize = 2;

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let header: [[u8; 8]; HEADER_WORDS] = [prev.to_le_bytes(), seq.to_le_bytes()];
    let mut h = FNV_OFFSET;
    for word in &header {
        h = fold(h, word);
    }
    let fields: [&[u8]; 2] = [actor.as_bytes(), action.as_bytes()];
    for field in fields {
        h = fold(h, &(field.len() as u64).to_le_bytes());
        h = fold(h, field);
    }
    h
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

#[derive(Clone, Copy)]
enum Check {
    Seq,
    Link,
    Digest,
    Advance,
}

impl AuditLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev_hash = match self.entries.last() {
            Some(e) => e.hash,
            None => GENESIS,
        };
        let seq = self.entries.len() as u64;
        let hash = entry_hash(prev_hash, seq, actor, action);
        self.entries.push(Entry { seq, actor: actor.into(), action: action.into(), prev_hash, hash });
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
        let mut idx = 0usize;
        let mut link = GENESIS;
        let mut state = Check::Seq;
        while idx < self.entries.len() {
            let e = &self.entries[idx];
            state = match state {
                Check::Seq if e.seq == idx as u64 => Check::Link,
                Check::Link if e.prev_hash == link => Check::Digest,
                Check::Digest if e.hash == entry_hash(e.prev_hash, e.seq, &e.actor, &e.action) => Check::Advance,
                Check::Advance => {
                    link = e.hash;
                    idx += 1;
                    Check::Seq
                }
                _ => return Some(idx),
            };
        }
        None
    }
}
